"""Bad input never produces a 500, never changes data, and is answered in the user's language."""
import pytest
from flask import url_for
from sqlalchemy import select

from app.extensions import db
from app.models import CampaignProposal, Material, MaterialFile, Notification, Task

from helpers import department, membership, org, snapshot

GARBAGE = [
    {},
    {"start_date": "2027-13-45", "end_date": "yesterday", "value": "1e400", "period_date": "0000-00-00",
     "regional_target": "-1", "status": "exploded", "societies": ["x"], "participation": "abc", "on_date": "x",
     "organization": "999999", "focal_user": "-3", "join": "1", "decline": "1", "withdraw": "1"},
    {"email": "x" * 5000, "password": "y" * 5000, "name": "z" * 5000, "full_name": "\x00" * 10},
    {"role": ["admin", "staff"], "department": "-1", "locale": "../../etc", "default_locale": "xx",
     "working_locales": ["zz"], "slug": "../", "kind": "castle", "country_code": "1"},
    {"department": "9" * 30, "page": "-5", "next": "//evil.example", "description": "💥" * 3000},
]


def _diplomacy_ids():
    from app.models import DiplomacyPlan, Meeting, Partner

    kg = org("kyrgyzstan")
    plan = db.session.scalar(select(DiplomacyPlan).where(DiplomacyPlan.organization_id == kg.id))
    meeting = db.session.scalars(select(Meeting)).first()
    return {"plan_id": plan.id, "activity_id": plan.objectives[0].activities[0].id,
            "objective_id": plan.objectives[0].id,
            "partner_id": db.session.scalar(select(Partner.id).where(Partner.organization_id == kg.id)),
            "other_id": db.session.scalar(select(Partner.id).where(Partner.organization_id != kg.id)),
            "meeting_id": meeting.id, "decision_id": meeting.decisions[-1].id}


def _urls(app):
    from campaign_helpers import campaign, participation

    winter = campaign("Safe winter")
    ids = {"membership_id": membership("volunteer.kyrgyzstan@example.org", "kyrgyzstan").id,
           "department_id": department("kyrgyzstan").id, "invitation_id": 999999,
           "campaign_id": winter.id, "indicator_id": winter.indicators[0].id,
           "report_id": next(r.id for i in winter.indicators for r in i.reports),
           "milestone_id": winter.milestones[0].id, "update_id": winter.updates[0].id, "aim_id": 999999, "application_id": 999999,
           "token_id": 999999, "organization_id": org("kyrgyzstan").id,
           "participation_id": participation(winter, "kyrgyzstan").id,
           "task_id": next(t.id for t in db.session.scalars(select(Task))),
           "notification_id": next(n.id for n in db.session.scalars(select(Notification))),
           "material_id": next(m.id for m in db.session.scalars(select(Material))),
           "file_id": next(f.id for f in db.session.scalars(select(MaterialFile))),
           "proposal_id": db.session.scalar(select(CampaignProposal.id).where(CampaignProposal.status == "open")),
           **_diplomacy_ids()}
    urls = []
    with app.test_request_context():
        for rule in app.url_map.iter_rules():
            if rule.endpoint in ("static", "bootstrap.static"):
                continue
            args = {"lang": "en", "org_slug": "kyrgyzstan", "slug": "kyrgyzstan", "token": "nope",
                    "kind": "department", "obj_id": ids["department_id"], "target": "tg", "chart": "share",
                    "locale": "ky", "fmt": "xlsx", "tab": "news"}
            args.update({k: v for k, v in ids.items() if k in rule.arguments})
            if rule.endpoint in ("campaigns.remove_part", "spaces.restore"):
                args["kind"] = "milestone"
            if rule.endpoint == "campaigns.qr":
                args["fmt"] = "svg"
            if rule.endpoint == "diplomacy.remove_plan_item":
                args["kind"], args["obj_id"] = "activity", ids["activity_id"]
            urls.append((rule.endpoint, url_for(rule.endpoint, **{k: v for k, v in args.items()
                                                                 if k in rule.arguments})))
    return urls


@pytest.mark.parametrize("who", [None, "admin.kyrgyzstan@example.org", "platform@example.org"])
def test_no_route_answers_500_to_garbage(app, database, who):
    c = app.test_client()
    if who:
        c.login(who)
    token = c.csrf_token()
    for endpoint, url in _urls(app):
        if endpoint == "auth.logout":
            continue
        for data in GARBAGE:
            get = c.get(url, query_string={k: v for k, v in data.items() if isinstance(v, str)})
            get.get_data()  # a streamed download is written to the end: an error half-way shows here
            post = c.post(url, data={"csrf_token": token, **data})
            assert get.status_code < 500 and post.status_code < 500, (url, data)


def test_garbage_changes_nothing_for_the_admin(app, database):
    c = app.test_client()
    c.login("admin.kyrgyzstan@example.org")
    token = c.csrf_token()
    before = snapshot()
    for endpoint, url in _urls(app):
        # Buttons whose whole form is the CSRF token are real actions, not garbage.
        if endpoint in ("auth.logout", "main.set_language", "auth.login", "spaces.deactivate",
                        "spaces.reactivate", "spaces.delete_department", "spaces.revoke_invitation",
                        "spaces.respond", "tasks.transition", "notifications.read_all",
                        "notifications.open_one", "account.new_calendar_address", "files.download",
                        "materials.clearance", "diplomacy.approve_plan", "diplomacy.decision_task",
                        "diplomacy.remove_plan_item", "campaigns.remove_part", "spaces.restore",
                        "diplomacy.remove_partner", "diplomacy.remove_meeting", "campaigns.remove_adaptation",
                        "diplomacy.remove_plan"):
            continue
        for data in GARBAGE[1:]:
            c.post(url, data={"csrf_token": token, **data})
    assert snapshot() == before


def test_overlong_field_message_is_in_the_users_language(client):
    client.login("admin.kyrgyzstan@example.org")
    en = client.post_form("/en/s/kyrgyzstan/departments", {"name": "x" * 201}).get_data(as_text=True)
    ru = client.post_form("/ru/s/kyrgyzstan/departments", {"name": "x" * 201}).get_data(as_text=True)
    assert "Field cannot be longer than 200 characters." in en
    assert "Field cannot be longer than" not in ru and "200" in ru


def test_too_large_request_gets_a_translated_413(client, app, monkeypatch):
    monkeypatch.setitem(app.config, "MAX_CONTENT_LENGTH", 1024)
    response = client.post("/ru/auth/login", data={"email": "a" * 5000, "password": "x"})
    assert response.status_code == 413
    page = response.get_data(as_text=True)
    assert '<html lang="ru">' in page and "too large" not in page


def test_unexpected_error_gets_a_translated_500_page(client, app, monkeypatch):
    from app.services import accounts

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setitem(app.config, "PROPAGATE_EXCEPTIONS", False)
    monkeypatch.setattr(accounts, "update_profile", explode)
    client.login("admin.kyrgyzstan@example.org")
    response = client.post_form("/kk/account/", {"full_name": "X", "preferred_locale": "kk"})
    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert '<html lang="kk">' in page and "Something went wrong" not in page

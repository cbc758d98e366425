"""Every endpoint declares its access rule, and foreign objects stay invisible.

Runs every route that carries an id or a slug, as every demo role, against objects of
another organization, with GET and POST, and checks the answer and that nothing changed.
"""
import io

import pytest
from flask import url_for
from sqlalchemy import select

from app.extensions import db
from app.models import Invitation
from app.policy import PLATFORM_ADMIN, PUBLIC, RULES, rule_of
from app.services import campaigns, indicators, members
from helpers import day, department, iso, membership, org, snapshot, user

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
HOME = "kyrgyzstan"  # the society of the acting users
FOREIGN = "kazakhstan"  # the society whose objects they must not reach
ROLES = {
    "anonymous": None,
    "platform": "platform@example.org",
    "coordinator": "coordinator@example.org",
    "admin": f"admin.{HOME}@example.org",
    "staff": f"staff.{HOME}@example.org",
    "translator": f"translator.{HOME}@example.org",
    "volunteer": f"volunteer.{HOME}@example.org",
}


def _foreign_invitation():
    kz = org(FOREIGN)
    members.invite(None, kz, "pending@example.org", "staff", None, "ru", lambda token: token)
    return db.session.scalar(select(Invitation).where(Invitation.organization_id == kz.id))


def _foreign_campaign():
    """A national campaign of the foreign society, with an indicator and a report: nobody of the home
    society, nor the regional office, nor the platform admin may see its workspace."""
    kz_admin = user(f"admin.{FOREIGN}@example.org")
    c = campaigns.create(kz_admin, org(FOREIGN), scope="national", title="Private", summary="", body="",
                         start_date=day(-60), end_date=day(60), audiences=[], hashtags="",
                         is_public=False, locale="kk")
    campaigns.change_status(kz_admin, c, "active")
    indicator = indicators.add(kz_admin, c, name="People", unit="people", regional_target=None,
                               society_targets={}, locale="kk")
    indicators.report(kz_admin, indicator, c.participations[0], period_date=day(-30), value=5, note="")
    return c


def _campaign_args(with_indicator=False, with_participation=False, with_cover=False, **extra):
    c = _foreign_campaign()
    if with_cover:
        import io

        from app.services import covers

        c.cover_key, c.cover_type = covers.store(io.BytesIO(PNG))
        db.session.commit()
    args = {"campaign_id": c.id, **extra}
    if with_indicator:
        args["indicator_id"] = c.indicators[0].id
    if with_participation:
        args["participation_id"] = c.participations[0].id
    return args


def _report_args():
    c = _foreign_campaign()
    return {"campaign_id": c.id, "report_id": c.indicators[0].reports[0].id}


def _foreign_parts():
    """The foreign campaign with a milestone and a news item of its own."""
    from app.services import campaigns as campaign_service

    c = _foreign_campaign()
    kz_admin = user(f"admin.{FOREIGN}@example.org")
    campaign_service.add_milestone(kz_admin, c, on_date=day(5), kind="other", title="Private day", locale="kk")
    campaign_service.post_update(kz_admin, c, org(FOREIGN), body="Private news", locale="kk")
    return c


def _part_args(kind):
    c = _foreign_parts()
    part = c.milestones[0] if kind == "milestone" else c.updates[0]
    return {"campaign_id": c.id, f"{kind}_id": part.id}


def _removed_args():
    """A milestone the foreign society removed: it must stay out of reach of everyone else."""
    from app.services import removals

    c = _foreign_parts()
    milestone = c.milestones[0]
    removals.remove(user(f"admin.{FOREIGN}@example.org"), milestone)
    return {"kind": "milestone", "obj_id": milestone.id}


def _foreign_task():
    """An internal task of the foreign society."""
    from app.services import tasks

    kz = org(FOREIGN)
    task = tasks.create(user(f"admin.{FOREIGN}@example.org"), owner_org=kz, assignee_org=kz, campaign=None,
                        title="Internal", description="", priority="normal", due_date=None,
                        visibility="organization", assignee_user=None, locale="kk", may_backdate=False)
    return {"task_id": task.id}


def _foreign_notification():
    """A notification of the foreign society's admin: nobody else's, whatever their role."""
    from app.models import Notification

    item = Notification(user_id=user(f"admin.{FOREIGN}@example.org").id, kind="comment",
                        task_id=_foreign_task()["task_id"], data={})
    db.session.add(item)
    db.session.commit()
    return {"notification_id": item.id}


def _foreign_material():
    """Kazakhstan's own material for its staff only, with a file that has a thumbnail."""
    import io

    from werkzeug.datastructures import FileStorage

    from app.services import materials
    from app.demo.materials import _png

    m = materials.create(user(f"staff.{FOREIGN}@example.org"), owner_org=org(FOREIGN), campaign=None,
                         kind="poster", audience="organization", title="Internal poster", description="",
                         locale="kk", upload=FileStorage(io.BytesIO(_png("kk")), "p.png"), file_locale="kk")
    return {"material_id": m.id, "file_id": m.files[0].id}


def _foreign_file():
    return {"file_id": _foreign_material()["file_id"]}


def _foreign_material_only():
    return {"material_id": _foreign_material()["material_id"]}


def _foreign_plan():
    """Kazakhstan's own plan with an objective and an activity (the test database has it from the demo)."""
    from app.models import DiplomacyPlan

    plan = db.session.scalar(select(DiplomacyPlan).where(DiplomacyPlan.organization_id == org(FOREIGN).id))
    return {"plan_id": plan.id, "activity_id": plan.objectives[0].activities[0].id,
            "objective_id": plan.objectives[0].id}


def _foreign_aim():
    """An aim of Kazakhstan's development strategy (not shared with the region)."""
    from app.services import strategies

    admin = user(f"admin.{FOREIGN}@example.org")
    strategy = strategies.save_strategy(admin, org(FOREIGN), None, title="Private strategy", start_year=2026,
                                        end_year=2030, shared=False, locale="kk")
    return strategies.add_aim(admin, strategy, title="Private aim", description="", locale="kk").id


def _foreign_partner():
    from app.models import Partner

    return {"partner_id": db.session.scalar(select(Partner.id).where(Partner.organization_id == org(FOREIGN).id))}


def _foreign_partner_pair():
    """Two partners Kazakhstan keeps to itself: not even the coordinator may mark them "not the same"."""
    from app.models import Partner

    first, second = db.session.scalars(select(Partner.id).where(Partner.organization_id == org(FOREIGN).id,
                                                                 Partner.shared_with_region.is_(False))).all()[:2]
    return {"partner_id": first, "other_id": second}


def _foreign_meeting():
    """An internal meeting of Kazakhstan, with a decision: Kyrgyzstan and the region took no part."""
    from datetime import datetime, time, timezone

    from app.services import meetings

    kz_admin = user(f"admin.{FOREIGN}@example.org")
    m = meetings.create(kz_admin, org(FOREIGN), title="Internal", agenda="", mode="in_person", location="",
                        starts_at=datetime.combine(day(3), time(5), timezone.utc),
                        ends_at=datetime.combine(day(3), time(6), timezone.utc), participants=[], locale="kk")
    d = meetings.add_decision(kz_admin, m, text="Secret", locale="kk")
    return {"meeting_id": m.id, "decision_id": d.id}


def _foreign_proposal():
    """A draft campaign proposal of Kazakhstan, with a file: nobody outside Kazakhstan sees a draft."""
    from werkzeug.datastructures import FileStorage

    from app.services import proposals

    p = proposals.create(user(f"staff.{FOREIGN}@example.org"), org(FOREIGN), title="Private idea", problem="p",
                         key_messages="", partners_needed="", start_date=day(5), end_date=day(50), audiences=[],
                         societies=[], indicators=[], locale="kk",
                         files=[FileStorage(io.BytesIO(b"%PDF-1.4\n%%EOF\n"), "idea.pdf")])
    return {"proposal_id": p.id, "file_id": p.files[0].id}


def _foreign_application():
    """A confirmed volunteer application to Kazakhstan: only Kazakhstan's admins see or decide it."""
    from app.services import volunteers

    application = volunteers.apply(org(FOREIGN), full_name="Applicant", email="applicant@example.net", phone="",
                                   city="Almaty", languages=["kk"], interests="Help", consent=True, locale="kk",
                                   link_for=lambda token: token)
    application.status = "pending"
    db.session.commit()
    return {"application_id": application.id}


def _proposal_only():
    return {"proposal_id": _foreign_proposal()["proposal_id"]}


def _foreign_token():
    """A personal access token of Kazakhstan's admin: nobody else may revoke it."""
    from app.services import api_tokens

    return {"token_id": api_tokens.create(user(f"admin.{FOREIGN}@example.org"), name="Theirs", scope="read",
                                          days=30)[0].id}


# endpoint -> builds the URL arguments pointing at another organization's object.
# A new route with an id must be added here: test_every_id_route_is_exercised fails otherwise.
FOREIGN_ARGS = {
    "spaces.change_role": lambda: {"membership_id": membership(f"staff.{FOREIGN}@example.org", FOREIGN).id},
    "spaces.member_edit": lambda: {"membership_id": membership(f"staff.{FOREIGN}@example.org", FOREIGN).id},
    "spaces.deactivate": lambda: {"membership_id": membership(f"staff.{FOREIGN}@example.org", FOREIGN).id},
    "spaces.reactivate": lambda: {"membership_id": membership(f"staff.{FOREIGN}@example.org", FOREIGN).id},
    "spaces.rename_department": lambda: {"department_id": department(FOREIGN).id},
    "spaces.delete_department": lambda: {"department_id": department(FOREIGN).id},
    "spaces.revoke_invitation": lambda: {"invitation_id": _foreign_invitation().id},
    "translations.edit": lambda: {"kind": "department", "obj_id": department(FOREIGN).id, "target": "tg"},
    "translations.review": lambda: {"kind": "department", "obj_id": department(FOREIGN).id, "target": "tg"},
    "campaigns.workspace": lambda: _campaign_args(),
    # Every tab of the workspace (the other tabs: tests/test_campaign_tabs.py); "societies" shares its
    # address with no form, so a POST there is 405.
    "campaigns.tab": lambda: _campaign_args(tab="societies"),
    "campaigns.edit": lambda: _campaign_args(),
    "campaigns.change_status": lambda: _campaign_args(),
    "campaigns.invite": lambda: _campaign_args(),
    "campaigns.add_indicator": lambda: _campaign_args(),
    "campaigns.add_milestone": lambda: _campaign_args(),
    "campaigns.post_update": lambda: _campaign_args(),
    "campaigns.public": lambda: _campaign_args(slug="private"),
    "campaigns.qr": lambda: _campaign_args(slug="private", fmt="svg"),
    "campaigns.cover_preview": lambda: _campaign_args(with_cover=True),
    "campaigns.cover": lambda: _campaign_args(with_cover=True),
    "campaigns.board": lambda: _campaign_args(),
    "campaigns.report": lambda: _campaign_args(with_indicator=True),
    "campaigns.indicator_reports": lambda: _campaign_args(with_indicator=True),
    "campaigns.report_history": lambda: _report_args(),
    "campaigns.edit_indicator": lambda: _campaign_args(with_indicator=True),
    "campaigns.remove_adaptation": lambda: _campaign_args(with_participation=True),
    "campaigns.edit_milestone": lambda: _part_args("milestone"),
    "campaigns.edit_update": lambda: _part_args("update"),
    "campaigns.remove_part": lambda: {**_part_args("milestone"), "kind": "milestone",
                                      "obj_id": _part_args("milestone")["milestone_id"]},
    "spaces.restore": lambda: _removed_args(),
    "campaigns.chart": lambda: _campaign_args(with_indicator=True, chart="share"),
    "campaigns.adaptation": lambda: _campaign_args(with_participation=True),
    "tasks.show": _foreign_task,
    "tasks.group": _foreign_task,
    "tasks.transition": _foreign_task,
    "tasks.comment": _foreign_task,
    "tasks.edit": _foreign_task,
    "tasks.watch": _foreign_task,
    "notifications.open_one": _foreign_notification,
    "calendar.campaign_feed": lambda: _campaign_args(),
    "materials.show": _foreign_material_only,
    "materials.edit": _foreign_material_only,
    "materials.add_file": _foreign_material_only,
    "materials.clearance": _foreign_material_only,
    "materials.download_mine": _foreign_material_only,
    "files.download": _foreign_file,
    "files.thumbnail": _foreign_file,
    "files.pack": lambda: _campaign_args(locale="kk"),
    "diplomacy.plan": lambda: {"plan_id": _foreign_plan()["plan_id"]},
    "diplomacy.approve_plan": lambda: {"plan_id": _foreign_plan()["plan_id"]},
    "diplomacy.add_objective": lambda: {"plan_id": _foreign_plan()["plan_id"]},
    "diplomacy.add_activity": lambda: {"plan_id": _foreign_plan()["plan_id"]},
    "diplomacy.activity_status": _foreign_plan,
    "diplomacy.edit_plan": lambda: {"plan_id": _foreign_plan()["plan_id"]},
    "diplomacy.remove_plan": lambda: {"plan_id": _foreign_plan()["plan_id"]},
    "diplomacy.edit_aim": lambda: {"aim_id": _foreign_aim()},
    "diplomacy.remove_aim": lambda: {"aim_id": _foreign_aim()},
    "diplomacy.edit_activity": _foreign_plan,
    "diplomacy.edit_objective": lambda: {"plan_id": _foreign_plan()["plan_id"],
                                         "objective_id": _foreign_plan()["objective_id"]},
    "diplomacy.remove_plan_item": lambda: {"plan_id": _foreign_plan()["plan_id"], "kind": "activity",
                                           "obj_id": _foreign_plan()["activity_id"]},
    "diplomacy.matrix": lambda: {"plan_id": _foreign_plan()["plan_id"]},
    "diplomacy.matrix_xlsx": lambda: {"plan_id": _foreign_plan()["plan_id"]},
    "diplomacy.partner": _foreign_partner,
    "diplomacy.remove_partner": _foreign_partner,
    "region.not_the_same": _foreign_partner_pair,
    "diplomacy.meeting": lambda: {"meeting_id": _foreign_meeting()["meeting_id"]},
    "diplomacy.save_minutes": lambda: {"meeting_id": _foreign_meeting()["meeting_id"]},
    "diplomacy.add_attendee": lambda: {"meeting_id": _foreign_meeting()["meeting_id"]},
    "diplomacy.add_decision": lambda: {"meeting_id": _foreign_meeting()["meeting_id"]},
    "diplomacy.decision_task": _foreign_meeting,
    "diplomacy.meeting_ics": lambda: {"meeting_id": _foreign_meeting()["meeting_id"]},
    "diplomacy.meeting_print": lambda: {"meeting_id": _foreign_meeting()["meeting_id"]},
    "diplomacy.edit_meeting": lambda: {"meeting_id": _foreign_meeting()["meeting_id"]},
    "diplomacy.remove_meeting": lambda: {"meeting_id": _foreign_meeting()["meeting_id"]},
    "campaigns.reports_export": lambda: _campaign_args(fmt="csv"),
    "diplomacy.meeting_accept": lambda: {"meeting_id": _foreign_meeting()["meeting_id"]},
    "diplomacy.meeting_decline": lambda: {"meeting_id": _foreign_meeting()["meeting_id"]},
    "spaces.respond": lambda: {"participation_id": _campaign_args(with_participation=True)["participation_id"]},
    **{f"proposals.{name}": _proposal_only for name in ("show", "edit", "open_proposal", "withdraw", "decline",
                                                         "ask_changes", "accept", "answer", "comment")},
    "proposals.download": _foreign_proposal,
    "account.revoke_token": _foreign_token,
    "spaces.approve_application": _foreign_application,
    "spaces.decline_application": _foreign_application,
}
# Routes whose only variables are the language and the space's slug.
SPACE_ENDPOINTS = ("spaces.home", "spaces.member_list", "spaces.invite", "spaces.department_list",
                   "spaces.settings", "translations.dashboard", "spaces.campaign_list", "spaces.task_list",
                   "diplomacy.plan_list", "diplomacy.partner_list", "diplomacy.meeting_list", "spaces.task_export",
                   "org_audit.log", "org_audit.export", "spaces.removed_list", "diplomacy.strategy",
                   "diplomacy.save_strategy", "diplomacy.add_aim")
# Space pages the coordinator reads in every organization (not only those of the regional office).
COORDINATOR_READS = ("org_audit.log", "org_audit.export")
# The other URL variables of some of them.
SPACE_ARGS = {"spaces.task_export": {"fmt": "xlsx"}}


def _url_methods(app, url):
    """The methods some route answers at `url` (a campaign tab's GET shares its address with a POST-only
    form route, e.g. /campaigns/<id>/indicators)."""
    from urllib.parse import urlsplit

    from werkzeug.exceptions import HTTPException
    from werkzeug.routing import RequestRedirect

    adapter = app.url_map.bind("localhost")
    methods = set()
    for method in ("GET", "POST"):
        try:
            adapter.match(urlsplit(url).path, method=method)
            methods.add(method)
        except (HTTPException, RequestRedirect):
            pass
    return methods


def _id_endpoints(app):
    """The pages' routes with an id (the JSON API's: tests/security/test_api_access.py)."""
    return sorted({r.endpoint for r in app.url_map.iter_rules()
                   if any(name.endswith("_id") for name in r.arguments) and not r.endpoint.startswith("api.")})


@pytest.mark.parametrize("role", [r for r in ROLES if r != "anonymous"])
@pytest.mark.parametrize("endpoint", ["translations.edit", "translations.review"])
def test_foreign_organization_and_campaign_cannot_be_translated(app, database, role, endpoint):
    """Another society's name is public, but it is not this user's to translate; nor is a campaign
    their society takes no part in: 404 under their own space, 404 under the foreign space."""
    foreign_campaign = _foreign_campaign()
    c = _client(app, ROLES[role])
    token = c.csrf_token()
    before = snapshot()
    for kind, obj_id in (("organization", org(FOREIGN).id), ("campaign", foreign_campaign.id)):
        for slug in (FOREIGN, HOME):
            url = _url(app, endpoint, slug, kind=kind, obj_id=obj_id, target="tg")
            response = c.post(url, data={"csrf_token": token, "name": "Hacked", "title": "Hacked", "version": "1"})
            assert response.status_code == 404, url
    assert snapshot() == before


def test_every_endpoint_declares_an_access_rule(app):
    missing = [e for e in app.view_functions if rule_of(app, e) not in RULES]
    assert missing == []


def test_every_id_route_is_exercised(app):
    assert _id_endpoints(app) == sorted(FOREIGN_ARGS)
    space_routes = {r.endpoint for r in app.url_map.iter_rules() if "org_slug" in r.arguments}
    assert space_routes == {e for e in FOREIGN_ARGS
                            if not e.startswith(("campaigns.", "tasks.", "notifications.", "calendar.", "materials.",
                                                 "files.", "proposals.", "region.", "account."))} | \
        set(SPACE_ENDPOINTS)


def _client(app, email):
    c = app.test_client()
    if email:
        c.login(email)
    return c


def _url(app, endpoint, space, **args):
    with app.test_request_context():
        return url_for(endpoint, lang="en", org_slug=space, **args)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("endpoint", sorted(FOREIGN_ARGS))
def test_foreign_object_by_id_is_404_and_changes_nothing(app, database, role, endpoint):
    args = FOREIGN_ARGS[endpoint]()
    c = _client(app, ROLES[role])
    token = c.csrf_token()
    before = snapshot()
    # The foreign object through its own society's URL, and smuggled under the user's own space.
    for slug in (FOREIGN, HOME):
        url = _url(app, endpoint, slug, **args)
        get = c.get(url)
        post = c.post(url, data={"csrf_token": token, "role": "admin", "department": "0", "name": "Hacked",
                                 "status": "completed", "join": "1", "body": "Hacked", "title": "Hacked",
                                 "value": "1", "period_date": iso(-29), "unit": "people",
                                 "action": "cancel"})
        for method, response in (("GET", get), ("POST", post)):
            if method not in _url_methods(app, url):
                assert response.status_code == 405, (url, method)
            elif rule_of(app, endpoint) == PUBLIC or role != "anonymous":
                assert response.status_code == 404, (url, method, response.status_code)
            else:
                assert response.status_code == 302 and "/auth/login" in response.location, (url, method)
    assert snapshot() == before


@pytest.mark.parametrize("role", [r for r in ROLES if r != "anonymous"])
@pytest.mark.parametrize("endpoint", SPACE_ENDPOINTS)
def test_foreign_space_is_404_for_every_role(app, database, role, endpoint):
    c = _client(app, ROLES[role])
    token = c.csrf_token()
    before = snapshot()
    url = _url(app, endpoint, FOREIGN, **SPACE_ARGS.get(endpoint, {}))
    reads = role == "coordinator" and endpoint in COORDINATOR_READS
    assert c.get(url).status_code in ((200,) if reads else (404, 405))
    assert c.post(url, data={"csrf_token": token, "email": "x@example.org", "role": "admin",
                             "department": "0", "name": "Hacked"}).status_code in (404, 405)
    assert snapshot() == before


# Own-society objects: members who may see but not change get 403, and nothing changes.
OWN_ARGS = {
    "spaces.change_role": lambda: {"membership_id": membership(f"volunteer.{HOME}@example.org", HOME).id},
    "spaces.deactivate": lambda: {"membership_id": membership(f"volunteer.{HOME}@example.org", HOME).id},
    "spaces.reactivate": lambda: {"membership_id": membership(f"volunteer.{HOME}@example.org", HOME).id},
    "spaces.rename_department": lambda: {"department_id": department(HOME).id},
    "spaces.delete_department": lambda: {"department_id": department(HOME).id},
    "spaces.invite": lambda: {},
    # Translators of the home society translate into ru, en, tg and uz only.
    "translations.edit": lambda: {"kind": "department", "obj_id": department(HOME).id, "target": "kk"},
    "translations.review": lambda: {"kind": "department", "obj_id": department(HOME).id, "target": "kk"},
    "spaces.department_list": lambda: {},
    "spaces.settings": lambda: {},
}


@pytest.mark.parametrize("role", ["staff", "translator", "volunteer"])
@pytest.mark.parametrize("endpoint", sorted(OWN_ARGS))
def test_member_without_rights_gets_403_and_changes_nothing(app, database, role, endpoint):
    c = _client(app, ROLES[role])
    token = c.csrf_token()
    before = snapshot()
    url = _url(app, endpoint, HOME, **OWN_ARGS[endpoint]())
    response = c.post(url, data={"csrf_token": token, "email": "x@example.org", "role": "admin",
                                 "department": "0", "name": "Hacked", "default_locale": "ru", "version": "1"})
    assert response.status_code == 403
    assert snapshot() == before


def test_platform_admin_pages_are_403_for_everyone_else(app, database):
    """Every page of the platform admin's that takes no object (the organizations' list and form, the
    audit log, the failed background jobs): 403 to every other role, 200 to the platform admin."""
    pages = sorted(rule.rule.replace("<lang>", "en") for rule in app.url_map.iter_rules()
                   if rule_of(app, rule.endpoint) == PLATFORM_ADMIN and "GET" in rule.methods
                   and rule.arguments <= {"lang"})
    assert {"/en/organizations/new", "/en/audit/", "/en/audit/jobs"} <= set(pages)
    for role in ("coordinator", "admin", "staff", "volunteer"):
        c = _client(app, ROLES[role])
        assert [page for page in pages if c.get(page).status_code != 403] == [], role
    platform = _client(app, ROLES["platform"])
    assert [page for page in pages if platform.get(page).status_code != 200] == []


def test_posts_without_csrf_token_are_refused(app, database):
    c = _client(app, ROLES["admin"])
    before = snapshot()
    m = membership(f"volunteer.{HOME}@example.org", HOME)
    assert c.post(f"/en/s/{HOME}/members/{m.id}/deactivate").status_code == 400
    assert c.post(f"/en/s/{HOME}/departments", data={"name": "No token"}).status_code == 400
    assert snapshot() == before

"""The JSON API keeps the tenancy rules: a token of every role of one society (and of the regional office
and the platform admin) reads nothing and changes nothing of another society's private objects (404), and
a member who may see but not change gets 403. A new API route must be added here or the suite fails."""
import pytest
from sqlalchemy import select

from api_helpers import bearer, token_for
from app.extensions import db
from helpers import iso, org, snapshot, user
from test_access_rules import (FOREIGN, HOME, ROLES, _foreign_campaign, _foreign_material, _foreign_plan,
                               _foreign_task)

API_ROLES = {name: email for name, email in ROLES.items() if email}
# What each request sends: valid bodies, so that only the rules can refuse them.
BODIES = {
    "api.report": {"value": 1, "period_date": iso(-29)},
    "api.correct": {"value": 2, "reason": "Hacked", "version": 1},
    "api.change_status": {"action": "cancel", "reason": "Hacked"},
    "api.comment": {"body": "Hacked"},
}


def _campaign():
    return {"campaign_id": _foreign_campaign().id}


def _indicator():
    c = _foreign_campaign()
    return {"campaign_id": c.id, "indicator_id": c.indicators[0].id}


def _report():
    c = _foreign_campaign()
    return {"campaign_id": c.id, "report_id": c.indicators[0].reports[0].id}


def _space():
    return {"organization_id": org(FOREIGN).id}


def _plan():
    return {"organization_id": org(FOREIGN).id, "plan_id": _foreign_plan()["plan_id"]}


def _plan_smuggled():
    """The foreign plan under the acting user's own organization."""
    return {"organization_id": org(HOME).id, "plan_id": _foreign_plan()["plan_id"]}


# endpoint -> the path arguments of another society's private object.
FOREIGN_ARGS = {
    "api.campaign": _campaign,
    "api.participations": _campaign,
    "api.milestones": _campaign,
    "api.indicator_list": _campaign,
    "api.report": _indicator,
    "api.correct": _report,
    "api.task": _foreign_task,
    "api.change_status": _foreign_task,
    "api.comment": _foreign_task,
    "api.material": lambda: {"material_id": _foreign_material()["material_id"]},
    "api.download": lambda: {"file_id": _foreign_material()["file_id"]},
    "api.plan_list": _space,
    "api.partner_list": _space,
    "api.plan": _plan,
}
# Requests without a private object's id (lists: checked for what they leave out) and organizations'
# names and kinds, which every signed-in person sees in the app too.
OTHER_ENDPOINTS = {"api.organizations", "api.organization", "api.campaigns", "api.task_list", "api.material_list"}


def _url(app, endpoint, **args):
    from flask import url_for

    with app.test_request_context():
        return url_for(endpoint, **args)


def _methods(app, endpoint):
    return {m for r in app.url_map.iter_rules(endpoint) for m in r.methods} & {"GET", "POST"}


def test_every_api_route_is_exercised(app):
    api = {r.endpoint for r in app.url_map.iter_rules() if r.endpoint.startswith("api.")}
    assert api == set(FOREIGN_ARGS) | OTHER_ENDPOINTS


@pytest.mark.parametrize("role", API_ROLES)
@pytest.mark.parametrize("endpoint", sorted(FOREIGN_ARGS))
def test_foreign_object_through_the_api_is_404_and_changes_nothing(app, database, role, endpoint):
    token = token_for(API_ROLES[role], "write")
    args = FOREIGN_ARGS[endpoint]()
    url = _url(app, endpoint, **args)
    c = app.test_client()
    c.get("/api/v1/organizations", headers=bearer(token))  # the token's last use is written once a minute
    before = snapshot()
    for method in ("GET", "POST"):
        response = c.open(url, method=method, json=BODIES.get(endpoint) if method == "POST" else None,
                          headers=bearer(token))
        expected = 404 if method in _methods(app, endpoint) else 405
        assert response.status_code == expected, (url, method, response.status_code)
        assert response.mimetype == "application/problem+json"
    assert snapshot() == before


@pytest.mark.parametrize("role", API_ROLES)
def test_plan_smuggled_under_own_organization_is_404(app, database, role):
    token = token_for(API_ROLES[role])
    assert app.test_client().get(_url(app, "api.plan", **_plan_smuggled()), headers=bearer(token)).status_code == 404


@pytest.mark.parametrize("role", API_ROLES)
def test_lists_leave_out_what_is_not_theirs(app, database, role):
    campaign, task, material = _foreign_campaign(), _foreign_task(), _foreign_material()
    token = token_for(API_ROLES[role])
    c = app.test_client()

    def ids(url):
        response = c.get(url, headers=bearer(token))
        assert response.status_code == 200, url
        return {item["id"] for item in response.json["items"]}

    assert campaign.id not in ids("/api/v1/campaigns?limit=200")
    assert task["task_id"] not in ids("/api/v1/tasks?limit=200")
    assert material["material_id"] not in ids("/api/v1/materials?limit=200")
    assert ids(f"/api/v1/materials?campaign_id={campaign.id}") == set()
    assert c.get(f"/api/v1/tasks?society_id={org(FOREIGN).id}", headers=bearer(token)).status_code == 404


def test_organizations_names_are_seen_by_every_token(app, database):
    """An organization's name and kind are not private (the app shows them to everyone signed in)."""
    token = token_for(ROLES["volunteer"])
    response = app.test_client().get(f"/api/v1/organizations/{org(FOREIGN).id}", headers=bearer(token))
    assert response.status_code == 200 and response.json["slug"] == FOREIGN and response.json["my_role"] is None


def _own_campaign_indicator():
    """A campaign Kyrgyzstan runs and is active in, with an indicator."""
    from app.services import campaigns, indicators
    from helpers import day

    admin = user(f"admin.{HOME}@example.org")
    c = campaigns.create(admin, org(HOME), scope="national", title="Own", summary="", body="",
                         start_date=day(-60), end_date=day(60), audiences=[], hashtags="", is_public=False,
                         locale="ky")
    campaigns.change_status(admin, c, "active")
    return c, indicators.add(admin, c, name="People", unit="people", regional_target=None, society_targets={},
                             locale="ky")


@pytest.mark.parametrize("role", ["translator", "volunteer"])
def test_member_who_may_not_report_gets_403_and_nothing_changes(app, database, role):
    c, indicator = _own_campaign_indicator()
    token = token_for(ROLES[role], "write")
    app.test_client().get("/api/v1/organizations", headers=bearer(token))
    before = snapshot()
    response = app.test_client().post(f"/api/v1/campaigns/{c.id}/indicators/{indicator.id}/reports",
                                      json={"value": 5, "period_date": iso(-1)}, headers=bearer(token))
    assert response.status_code == 403 and response.mimetype == "application/problem+json"
    assert snapshot() == before


def test_staff_may_not_answer_a_task_for_the_society(app, database):
    """Accepting a task given to the society is its admins' decision: staff see the task, and get 403."""
    from app.models import Task

    task = db.session.scalar(select(Task).where(Task.assignee_org_id == org(HOME).id, Task.status == "open",
                                                Task.owner_org_id != org(HOME).id))
    assert task is not None
    token = token_for(ROLES["staff"], "write")
    c = app.test_client()
    assert c.get(f"/api/v1/tasks/{task.id}", headers=bearer(token)).status_code == 200
    before = snapshot()
    response = c.post(f"/api/v1/tasks/{task.id}/status", json={"action": "accept"}, headers=bearer(token))
    assert response.status_code == 403
    assert snapshot() == before


# ---------------------------------------------------------------- the other directions

SOCIETY_ROLES = ("admin", "staff", "translator", "volunteer")
ADMINS = {"kazakhstan": "admin.kazakhstan@example.org", "kyrgyzstan": "admin.kyrgyzstan@example.org",
          "ifrc-central-asia": "coordinator@example.org"}


def _private_objects(slug) -> dict:
    """Private objects of `slug`, by the endpoints that reach them: an internal task and staff-only
    material for everyone; for a society also a national campaign (with a report) and its plan."""
    import io

    from werkzeug.datastructures import FileStorage

    from app.demo.materials import _png
    from app.models import DiplomacyPlan
    from app.services import campaigns, indicators, materials, tasks
    from helpers import day

    owner, actor = org(slug), user(ADMINS[slug])
    task = tasks.create(actor, owner_org=owner, assignee_org=owner, campaign=None, title="Internal", description="",
                        priority="normal", due_date=None, visibility="organization", assignee_user=None,
                        locale="ru", may_backdate=False)
    material = materials.create(actor, owner_org=owner, campaign=None, kind="poster", audience="organization",
                                title="Internal", description="", locale="ru",
                                upload=FileStorage(io.BytesIO(_png("ru")), "p.png"), file_locale="ru")
    found = {"api.task": {"task_id": task.id}, "api.change_status": {"task_id": task.id},
             "api.comment": {"task_id": task.id}, "api.material": {"material_id": material.id},
             "api.download": {"file_id": material.files[0].id}}
    if owner.is_regional_office:
        return found
    c = campaigns.create(actor, owner, scope="national", title="Private", summary="", body="", start_date=day(-60),
                         end_date=day(60), audiences=[], hashtags="", is_public=False, locale="ru")
    campaigns.change_status(actor, c, "active")
    indicator = indicators.add(actor, c, name="People", unit="people", regional_target=None, society_targets={},
                               locale="ru")
    report = indicators.report(actor, indicator, c.participations[0], period_date=day(-30), value=5, note="")
    plan = db.session.scalar(select(DiplomacyPlan).where(DiplomacyPlan.organization_id == owner.id))
    for name in ("api.campaign", "api.participations", "api.milestones", "api.indicator_list"):
        found[name] = {"campaign_id": c.id}
    found["api.report"] = {"campaign_id": c.id, "indicator_id": indicator.id}
    found["api.correct"] = {"campaign_id": c.id, "report_id": report.id}
    found["api.plan_list"] = found["api.partner_list"] = {"organization_id": owner.id}
    found["api.plan"] = {"organization_id": owner.id, "plan_id": plan.id}
    return found


PAIRS = [(f"{role}.kazakhstan@example.org", "kyrgyzstan") for role in SOCIETY_ROLES] + \
    [(f"{role}.{society}@example.org", "ifrc-central-asia") for society in ("kazakhstan", "kyrgyzstan")
     for role in SOCIETY_ROLES]


@pytest.mark.parametrize("email, owner", PAIRS)
def test_other_directions_read_and_change_nothing(app, database, email, owner):
    """Kazakhstan's tokens against Kyrgyzstan's private objects, and both societies' against the
    regional office's: every API route that takes such an object answers 404 and writes nothing."""
    objects = _private_objects(owner)
    assert set(objects) <= set(FOREIGN_ARGS)
    token = token_for(email, "write")
    c = app.test_client()
    c.get("/api/v1/organizations", headers=bearer(token))
    before = snapshot()
    for endpoint, args in objects.items():
        url = _url(app, endpoint, **args)
        for method in _methods(app, endpoint):
            response = c.open(url, method=method, json=BODIES.get(endpoint) if method == "POST" else None,
                              headers=bearer(token))
            assert response.status_code == 404, (email, url, method, response.status_code)
    assert snapshot() == before

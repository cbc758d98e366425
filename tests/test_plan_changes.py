"""Changing a humanitarian-diplomacy plan after it was made: the plan, its objectives and activities are
edited and removed by the society's admins; an approved plan is locked — any change takes it back to
draft with a note of what changed, until it is approved again."""
import re

import pytest
from sqlalchemy import select

from app.extensions import db
from app.i18n import text
from app.models import AuditEvent, DiplomacyPlan
from app.services import plans, removals
from helpers import org, snapshot, user

KZ_ADMIN = "admin.kazakhstan@example.org"


@pytest.fixture(autouse=True)
def english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield


def _plan(status="approved") -> DiplomacyPlan:
    db.session.expire_all()
    return db.session.scalar(select(DiplomacyPlan).where(DiplomacyPlan.organization_id == org("kazakhstan").id,
                                                         DiplomacyPlan.status == status)
                             .order_by(DiplomacyPlan.year.desc()))


def _reload(plan_id) -> DiplomacyPlan:
    db.session.expire_all()
    return db.session.get(DiplomacyPlan, plan_id)


def _activity_form(activity, **changes):
    data = {"title": activity.translation(activity.source_locale).title, "description": "",
            "quarters": [str(q) for q in activity.quarters],
            "departments": [str(d.id) for d in activity.departments],
            "partners": [str(p.id) for p in activity.partners], "campaign": str(activity.campaign_id or 0),
            "version": str(activity.version)}
    data.update(changes)
    return data


def test_changing_an_approved_plan_takes_it_back_to_draft_with_a_note(as_user):
    plan = _plan()
    activity = plan.objectives[0].activities[0]
    admin = as_user(KZ_ADMIN)
    url = f"/en/s/kazakhstan/plans/{plan.id}/activities/{activity.id}/edit"
    assert "back to draft" in admin.get(url).get_data(as_text=True)
    response = admin.post_form(url, _activity_form(activity, title="Meet the ministry of education twice"))
    assert response.status_code == 302
    plan = _reload(plan.id)
    assert plan.status == "draft"
    page = admin.get(f"/en/s/kazakhstan/plans/{plan.id}").get_data(as_text=True)
    note = page.split('class="alert alert-warning plan-changes"', 1)[1].split("</div>", 1)[0]
    assert "Activity edited: Meet the ministry of education twice" in note
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "plan.reopened",
                                                      AuditEvent.object_id == plan.id))
    # More changes add to the note; approving again clears it.
    admin.post_form(f"/en/s/kazakhstan/plans/{plan.id}/objectives", {"title": "Reach the universities"})
    assert "Objective added: Reach the universities" in admin.get(f"/en/s/kazakhstan/plans/{plan.id}").get_data(
        as_text=True)
    plans.approve(user(KZ_ADMIN), _reload(plan.id))
    plan = _reload(plan.id)
    assert plan.status == "approved" and plans.changes(plan) == []


def test_a_draft_never_approved_is_changed_without_a_note():
    from datetime import date

    plan = plans.create_plan(user(KZ_ADMIN), org("kazakhstan"), year=date.today().year + 3, title="Later",
                             summary="", locale="en")
    plans.edit_plan(user(KZ_ADMIN), plan, title="A new title", summary="", locale="en", version=plan.version)
    plan = _reload(plan.id)
    assert plan.status == "draft" and plans.changes(plan) == []


def test_a_stale_edit_changes_nothing_and_staff_may_not_edit(as_user):
    plan = _plan()
    objective = plan.objectives[0]
    admin = as_user(KZ_ADMIN)
    url = f"/en/s/kazakhstan/plans/{plan.id}/objectives/{objective.id}/edit"
    opened = re.search(r'name="version" value="(\d+)"', admin.get(url).get_data(as_text=True)).group(1)
    assert admin.post_form(url, {"title": "First change", "version": opened}).status_code == 302
    before = snapshot()
    stale = admin.post_form(url, {"title": "Second change", "version": opened})
    assert stale.status_code == 409 and "Second change" in stale.get_data(as_text=True)
    assert snapshot() == before
    staff = as_user("staff.kazakhstan@example.org")
    assert staff.post_form(url, {"title": "Staff change", "version": str(int(opened) + 1)}).status_code == 403
    assert as_user("admin.kyrgyzstan@example.org").get(url).status_code == 404


def test_a_removed_activity_leaves_the_plan_and_comes_back_when_restored(as_user):
    plan = _plan()
    activity = plan.objectives[0].activities[0]
    title = text(activity, "title", org("kazakhstan"))  # as an English page shows it
    before = sum(plans.progress(plan).values())
    admin = as_user(KZ_ADMIN)
    response = admin.post_form(f"/en/s/kazakhstan/plans/{plan.id}/activity/{activity.id}/remove", {})
    assert response.status_code == 302
    plan = _reload(plan.id)
    assert plan.status == "draft" and sum(plans.progress(plan).values()) == before - 1
    page = admin.get(f"/en/s/kazakhstan/plans/{plan.id}").get_data(as_text=True)
    assert f'id="activity-{activity.id}"' not in page and f"Activity removed: {title}" in page
    matrix = admin.get(f"/en/s/kazakhstan/plans/{plan.id}/matrix").get_data(as_text=True)
    assert title not in matrix
    listed = admin.get("/en/s/kazakhstan/removed").get_data(as_text=True)
    assert f'data-kind="activity" data-id="{activity.id}"' in listed
    assert as_user("staff.kazakhstan@example.org").post_form(
        f"/en/s/kazakhstan/removed/activity/{activity.id}/restore", {}).status_code == 404
    assert admin.post_form(f"/en/s/kazakhstan/removed/activity/{activity.id}/restore", {}).status_code == 302
    plan = _reload(plan.id)
    assert sum(plans.progress(plan).values()) == before
    assert f"Activity restored: {title}" in admin.get(f"/en/s/kazakhstan/plans/{plan.id}").get_data(as_text=True)


def test_removing_an_objective_hides_its_activities_too():
    plan = _plan()
    objective = plan.objectives[0]
    count = len(objective.activities)
    before = sum(plans.progress(plan).values())
    plans.remove_item(user(KZ_ADMIN), objective)
    assert sum(plans.progress(_reload(plan.id)).values()) == before - count
    removals.restore(user(KZ_ADMIN), objective)
    assert sum(plans.progress(_reload(plan.id)).values()) == before


def test_a_removed_plan_leaves_the_space_its_year_stays_taken_and_it_is_restored(as_user):
    plan = _plan()
    admin = as_user(KZ_ADMIN)
    assert admin.post_form(f"/en/s/kazakhstan/plans/{plan.id}/remove", {}).status_code == 302
    listed = admin.get("/en/s/kazakhstan/plans/").get_data(as_text=True)
    assert f"/plans/{plan.id}" not in listed
    assert admin.get(f"/en/s/kazakhstan/plans/{plan.id}").status_code == 404
    home = admin.get("/en/").get_data(as_text=True).split('data-society="kazakhstan"', 1)[1]
    assert f"/plans/{plan.id}\"" not in home  # the home follows an earlier plan, if any
    # A new plan for the same year is refused with a message, never an error page.
    before = snapshot()
    again = admin.post_form("/en/s/kazakhstan/plans/", {"year": str(plan.year), "title": "Again", "summary": ""})
    assert again.status_code == 400 and "Recently removed" in again.get_data(as_text=True)
    assert snapshot() == before
    assert admin.post_form(f"/en/s/kazakhstan/removed/plan/{plan.id}/restore", {}).status_code == 302
    assert admin.get(f"/en/s/kazakhstan/plans/{plan.id}").status_code == 200

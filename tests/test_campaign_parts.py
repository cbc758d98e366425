"""Correcting a campaign's parts after they were made: indicators, milestones and news are edited by
those who made them (a stale page is a conflict that changes nothing), and they and indicator reports
are removed softly — hidden everywhere — and restored within 30 days by their organization's admins."""
import csv
import io
import re
from decimal import Decimal

import pytest
import time_machine
from sqlalchemy import select

from app.extensions import db
from app.models import AuditEvent, Milestone
from app.services import ServiceError, campaigns, indicators, removals
from campaign_helpers import campaign
from helpers import day, iso, org, snapshot, user

COORDINATOR, KG_ADMIN, KG_STAFF = "coordinator@example.org", "admin.kyrgyzstan@example.org", \
    "staff.kyrgyzstan@example.org"


@pytest.fixture(autouse=True)
def english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield


def _winter():
    return campaign("Safe winter")


def _milestone(title="Campaign launch"):
    return next(m for m in _winter().milestones if m.translation("en") and m.translation("en").title == title)


def _people():
    return next(i for i in _winter().indicators if i.regional_target == 50000)


# ------------------------------------------------------------------ editing


def test_the_coordinator_edits_a_milestone_and_a_stale_page_changes_nothing(as_user):
    winter, milestone = _winter(), _milestone()
    coordinator = as_user(COORDINATOR)
    url = f"/en/campaigns/{winter.id}/milestones/{milestone.id}/edit"
    page = coordinator.get(url).get_data(as_text=True)
    opened = re.search(r'name="version" value="(\d+)"', page).group(1)
    response = coordinator.post_form(url, {"on_date": iso(-29), "kind": "launch", "title": "Launch in Almaty",
                                           "version": opened})
    assert response.status_code == 302
    db.session.expire_all()
    assert _milestone("Launch in Almaty").on_date == day(-29)
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "campaign.milestone_edited"))
    assert event.changes["title"] == "Launch in Almaty" and event.organization_id == org("ifrc-central-asia").id
    before = snapshot()
    stale = coordinator.post_form(url, {"on_date": iso(-28), "kind": "launch", "title": "Launch in Bishkek",
                                        "version": opened})
    assert stale.status_code == 409 and "Launch in Bishkek" in stale.get_data(as_text=True)
    assert snapshot() == before
    # A society that joined sees the milestone but may not change it.
    assert as_user(KG_ADMIN).post_form(url, {"on_date": iso(-28), "kind": "launch", "title": "Hacked",
                                             "version": "9"}).status_code == 403


def test_a_society_edits_its_own_news_and_no_one_elses(as_user):
    winter = _winter()
    item = campaigns.post_update(user(KG_STAFF), winter, org("kyrgyzstan"), body="40 volunteers trained.",
                                 locale="en")
    url = f"/en/campaigns/{winter.id}/updates/{item.id}/edit"
    assert as_user("staff.kazakhstan@example.org").get(url).status_code == 403
    assert as_user(COORDINATOR).get(url).status_code == 403
    response = as_user(KG_ADMIN).post_form(url, {"body": "45 volunteers trained.", "version": str(item.version)})
    assert response.status_code == 302
    assert "45 volunteers trained." in as_user(COORDINATOR).get(f"/en/campaigns/{winter.id}/news").get_data(as_text=True)
    admin = as_user(KG_ADMIN)
    before = snapshot()
    empty = admin.post_form(url, {"body": "", "version": str(item.version + 1)})
    assert empty.status_code == 400 and snapshot() == before


def test_the_coordinator_edits_an_indicators_name_unit_and_targets(as_user):
    winter, people = _winter(), _people()
    url = f"/en/campaigns/{winter.id}/indicators/{people.id}/edit"
    coordinator = as_user(COORDINATOR)
    page = coordinator.get(url).get_data(as_text=True)
    kz, kg, tj = org("kazakhstan"), org("kyrgyzstan"), org("tajikistan")
    assert f'name="target-{kg.id}"' in page and 'value="15000"' in page
    response = coordinator.post_form(url, {"name": "People reached in person", "unit": "people",
                                           "regional_target": "60000", f"target-{kz.id}": "20000",
                                           f"target-{kg.id}": "18000",
                                           f"target-{tj.id}": "", "version": str(people.version)})
    assert response.status_code == 302
    db.session.expire_all()
    people = next(i for i in _winter().indicators if i.id == people.id)
    assert people.regional_target == Decimal(60000) and people.translation("en").name == "People reached in person"
    assert {t.organization.slug: t.target for t in people.targets} == {"kazakhstan": 20000, "kyrgyzstan": 18000}
    bad = coordinator.post_form(url, {"name": "x", "unit": "people", "regional_target": "-5",
                                      "version": str(people.version)})
    assert bad.status_code == 400


# ------------------------------------------------------------------ removing and restoring


def test_a_removed_report_leaves_every_total_and_its_society_restores_it(as_user):
    winter, people = _winter(), _people()
    report = next(r for r in people.reports if r.organization.slug == "kyrgyzstan" and r.value == 2650)
    orgs = {p.organization_id: p.organization for p in winter.participations}
    before = indicators.rollup(people, orgs).total
    response = as_user(KG_STAFF).post_form(f"/en/campaigns/{winter.id}/report/{report.id}/remove", {})
    assert response.status_code == 302
    db.session.expire_all()
    people = _people()
    assert indicators.rollup(people, orgs).total == before - 2650
    coordinator = as_user(COORDINATOR)
    rows = list(csv.reader(io.StringIO(coordinator.get(f"/en/campaigns/{winter.id}/reports.csv").get_data()
                                       .decode("utf-8-sig"))))
    assert not any("2650" in cell.replace(",", "").replace(" ", "") for row in rows for cell in row)
    assert f"{before - 2650:,.0f}" in coordinator.get("/en/region/").get_data(as_text=True)
    # Gone for everyone, its page included, until restored; staff may not restore, the admin may.
    assert coordinator.get(f"/en/campaigns/{winter.id}/reports/{report.id}").status_code == 404
    restore = f"/en/s/kyrgyzstan/removed/report/{report.id}/restore"
    assert as_user(KG_STAFF).get("/en/s/kyrgyzstan/removed").status_code == 403
    assert as_user(KG_STAFF).post_form(restore, {}).status_code == 404
    listed = as_user(KG_ADMIN).get("/en/s/kyrgyzstan/removed").get_data(as_text=True)
    assert f'data-kind="report" data-id="{report.id}"' in listed
    assert as_user(KG_ADMIN).post_form(restore, {}).status_code == 302
    db.session.expire_all()
    assert indicators.rollup(_people(), orgs).total == before


def test_a_removed_milestone_leaves_the_workspace_the_feed_and_the_dashboard(as_user):
    winter = _winter()
    upcoming = min((m for m in winter.milestones if m.on_date >= day(0)), key=lambda m: m.on_date)
    title = upcoming.translation("en").title
    coordinator = as_user(COORDINATOR)
    assert title in coordinator.get("/en/region/").get_data(as_text=True)
    coordinator.post_form(f"/en/campaigns/{winter.id}/milestone/{upcoming.id}/remove", {})
    assert title not in coordinator.get(f"/en/campaigns/{winter.id}/timeline").get_data(as_text=True)
    assert title not in coordinator.get("/en/region/").get_data(as_text=True)
    feed = coordinator.get(f"/en/campaigns/{winter.id}/milestones.ics")
    assert feed.status_code == 200 and title not in feed.get_data(as_text=True)
    assert db.session.scalar(select(Milestone).where(Milestone.id == upcoming.id)) is None
    # Not a society's to restore: the regional office's admins (the coordinator) restore it.
    assert as_user(KG_ADMIN).post_form(f"/en/s/kyrgyzstan/removed/milestone/{upcoming.id}/restore", {}
                                       ).status_code == 404
    assert coordinator.post_form(f"/en/s/ifrc-central-asia/removed/milestone/{upcoming.id}/restore", {}
                                 ).status_code == 302
    assert title in coordinator.get(f"/en/campaigns/{winter.id}/timeline").get_data(as_text=True)


def test_after_30_days_a_removed_thing_can_no_longer_be_restored():
    milestone = _milestone()
    removals.remove(user(COORDINATOR), milestone)
    with time_machine.travel(day(31).isoformat() + " 12:00Z"):
        before = snapshot()
        with pytest.raises(ServiceError, match="more than 30 days ago"):
            removals.restore(user(COORDINATOR), milestone)
        db.session.rollback()
        assert snapshot() == before
    with pytest.raises(ServiceError, match="already been removed"):
        removals.remove(user(COORDINATOR), milestone)


def test_removing_and_restoring_are_in_the_audit_log(as_user):
    milestone = _milestone()
    removals.remove(user(COORDINATOR), milestone)
    removals.restore(user(COORDINATOR), milestone)
    actions = [e.action for e in db.session.scalars(select(AuditEvent).where(AuditEvent.object_type == "Milestone")
                                                    .order_by(AuditEvent.id))]
    assert actions[-2:] == ["campaign.milestone_removed", "campaign.milestone_restored"]


def test_a_local_adaptation_is_edited_on_top_of_its_version_and_removed_without_leaving_the_campaign(as_user):
    from campaign_helpers import participation

    winter = _winter()
    mine = participation(winter, "kyrgyzstan")
    admin = as_user(KG_ADMIN)
    url = f"/en/campaigns/{winter.id}/participants/{mine.id}/adaptation"
    opened = re.search(r'name="version" value="(\d+)"', admin.get(url).get_data(as_text=True)).group(1)
    form = {"focal_user": "0", "local_note": "Mountain villages first.", "key_messages": "", "version": opened}
    assert admin.post_form(url, form).status_code == 302
    before = snapshot()
    stale = admin.post_form(url, {**form, "local_note": "Cities first."})
    assert stale.status_code == 409 and "Cities first." in stale.get_data(as_text=True)
    assert snapshot() == before
    workspace = f"/en/campaigns/{winter.id}/societies"
    assert "Mountain villages first." in as_user(COORDINATOR).get(workspace).get_data(as_text=True)
    assert admin.post_form(f"{url}/remove", {}).status_code == 302
    page = as_user(COORDINATOR).get(workspace).get_data(as_text=True)
    assert "Mountain villages first." not in page and "Red Crescent Society of Kyrgyzstan" in page  # still in it
    translator = as_user("translator.kyrgyzstan@example.org")
    assert translator.get(f"/en/s/kyrgyzstan/translations/adaptation/{mine.id}/tg").status_code == 404
    assert admin.post_form(url, {**form, "version": str(int(opened) + 1)}).status_code == 400  # restore first
    assert admin.post_form(f"/en/s/kyrgyzstan/removed/adaptation/{mine.id}/restore", {}).status_code == 302
    assert "Mountain villages first." in as_user(COORDINATOR).get(workspace).get_data(as_text=True)

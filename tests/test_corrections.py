"""Correcting what was entered wrong: an indicator report gets a new value with a reason (never an
overwrite: its history keeps every value, who and when, and totals use the latest), and a partner moves
back in the pipeline only with a reason, each move in its history."""
import re
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.extensions import db
from app.models import AuditEvent, IndicatorReport, Partner
from app.services import ServiceError, indicators, partners
from app.services.indicators import ReportConflict
from campaign_helpers import campaign
from helpers import org, snapshot, user

KZ_ADMIN, KZ_STAFF = "admin.kazakhstan@example.org", "staff.kazakhstan@example.org"


@pytest.fixture(autouse=True)
def english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield


def _people():
    winter = campaign("Safe winter")
    return winter, next(i for i in winter.indicators if i.regional_target == 50000)


def _kazakh_report(value=Decimal(4100)) -> IndicatorReport:
    """Kazakhstan's report of 4,100 people reached in "Safe winter"."""
    _winter, people = _people()
    return next(r for r in people.reports if r.organization.slug == "kazakhstan" and r.value == value)


def _total() -> Decimal:
    winter, people = _people()
    return indicators.rollup(people, {p.organization_id: p.organization for p in winter.participations}).total


# ------------------------------------------------------------------ services


def test_a_correction_is_a_new_value_with_a_reason_that_the_totals_use_and_the_history_keeps():
    report = _kazakh_report()
    before = _total()
    assert before == Decimal(13850)
    indicators.correct(user(KZ_STAFF), report, value="410", reason="A zero too many: 410 people came.",
                       version=report.version)
    assert _total() == before - 4100 + 410
    db.session.expire_all()
    report = db.session.get(IndicatorReport, report.id)
    assert report.value == Decimal(410) and report.version == 2
    assert [(r.value, r.reason) for r in report.revisions] == [
        (Decimal(4100), None), (Decimal(410), "A zero too many: 410 people came.")]
    assert report.revisions[-1].actor.email == KZ_STAFF
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "campaign.value_corrected"))
    assert event.organization_id == org("kazakhstan").id and event.changes["value"] == ["4100.00", "410"]


@pytest.mark.parametrize("changes,message", [
    ({"reason": "  "}, "Say why the value changes"),
    ({"value": "4100"}, "already has"),
    ({"value": "-3"}, "cannot be negative"),
    ({"value": "lots"}, "Enter a number"),
])
def test_a_correction_without_a_reason_or_a_real_new_number_changes_nothing(changes, message):
    report = _kazakh_report()
    values = {"value": "410", "reason": "Typo", "version": report.version, **changes}
    before = snapshot()
    with pytest.raises(ServiceError, match=message):
        indicators.correct(user(KZ_ADMIN), report, **values)
    db.session.rollback()
    assert snapshot() == before


def test_a_stale_correction_is_a_conflict_that_changes_nothing():
    report = _kazakh_report()
    opened_at = report.version
    indicators.correct(user(KZ_ADMIN), report, value="410", reason="Typo", version=opened_at)
    before = snapshot()
    with pytest.raises(ReportConflict):
        indicators.correct(user(KZ_STAFF), report, value="400", reason="Another typo", version=opened_at)
    assert snapshot() == before


# ------------------------------------------------------------------ pages and rights


def test_the_reporting_society_corrects_from_the_report_page_and_everyone_sees_the_history(as_user):
    winter, people = _people()
    report = _kazakh_report()
    staff = as_user(KZ_STAFF)
    listed = staff.get(f"/en/campaigns/{winter.id}/indicators/{people.id}/").get_data(as_text=True)
    assert f'/en/campaigns/{winter.id}/reports/{report.id}"' in listed
    url = f"/en/campaigns/{winter.id}/reports/{report.id}"
    assert 'name="reason"' in staff.get(url).get_data(as_text=True)
    # No reason: a message in the page, nothing changed.
    before = snapshot()
    response = staff.post_form(url, {"value": "410", "reason": "", "version": report.version})
    assert response.status_code == 400 and "This field is required" in response.get_data(as_text=True)
    assert snapshot() == before
    response = staff.post_form(url, {"value": "410", "reason": "A zero too many", "version": report.version})
    assert response.status_code == 302
    # A page opened before the correction: a conflict, the typed value kept, nothing changed.
    before = snapshot()
    stale = staff.post_form(url, {"value": "400", "reason": "Counted again", "version": "1"})
    page = stale.get_data(as_text=True)
    assert stale.status_code == 409 and 'value="400"' in page and "Counted again" in page
    assert snapshot() == before
    # The coordinator sees the new total and the history, and may not correct.
    coordinator = as_user("coordinator@example.org")
    workspace = coordinator.get(f"/en/campaigns/{winter.id}/indicators").get_data(as_text=True)
    assert "10,160" in workspace  # 13,850 - 4,100 + 410
    history = coordinator.get(url).get_data(as_text=True)
    assert re.search(r"<strong>410</strong>.*A zero too many.*<strong>4,100</strong>", history, re.S)
    assert 'name="reason"' not in history
    assert coordinator.post_form(url, {"value": "1", "reason": "x", "version": "2"}).status_code == 403


@pytest.mark.parametrize("email", ["coordinator@example.org", "staff.kyrgyzstan@example.org",
                                   "admin.kyrgyzstan@example.org", "volunteer.kazakhstan@example.org",
                                   "translator.kazakhstan@example.org"])
def test_only_the_reporting_societys_admins_and_staff_correct(as_user, email):
    winter, _people_indicator = _people()
    report = _kazakh_report()
    client = as_user(email)
    before = snapshot()
    response = client.post_form(f"/en/campaigns/{winter.id}/reports/{report.id}",
                                {"value": "1", "reason": "Hacked", "version": report.version})
    assert response.status_code in (403, 404)
    assert snapshot() == before


def test_a_report_of_another_campaign_is_not_found_under_this_one(as_user):
    winter, _indicator = _people()
    other = campaign("Heat wave: look after yourself")
    foreign = next((r for i in other.indicators for r in i.reports), None)
    if foreign is None:  # the heat wave may have no report in the test data: make one
        from app.models.campaign import JOINED

        p = next(p for p in other.participations if p.status == JOINED)
        foreign = indicators.report(user(f"admin.{p.organization.slug}@example.org"), other.indicators[0], p,
                                    period_date=other.start_date, value=5, note="")
    assert as_user(KZ_ADMIN).get(f"/en/campaigns/{winter.id}/reports/{foreign.id}").status_code == 404


# ------------------------------------------------------------------ partners


def _partner(stage="contacted") -> Partner:
    kz = org("kazakhstan")
    return partners.save(user(KZ_ADMIN), kz, None, name="Akimat of Almaty", kind="government", stage=stage,
                         contact_person="", channels="", next_step="", next_step_date=None, notes="", shared=False,
                         campaigns=[], locale="en")


def _move(partner, stage, reason="", version=None):
    return partners.save(user(KZ_ADMIN), partner.organization, partner, name="Akimat of Almaty", kind="government",
                         stage=stage, contact_person="", channels="", next_step="", next_step_date=None, notes="",
                         shared=False, campaigns=[], locale="en", stage_reason=reason,
                         version=partner.version if version is None else version)


def test_a_partner_goes_forward_freely_and_back_only_with_a_reason_each_move_in_its_history():
    partner = _partner()
    _move(partner, "agreement")
    before = snapshot()
    with pytest.raises(ServiceError, match="Say why the partner goes back"):
        _move(partner, "engaged")
    db.session.rollback()
    assert snapshot() == before
    _move(partner, "engaged", reason="The ministry withdrew its signature.")
    db.session.expire_all()
    partner = db.session.get(Partner, partner.id)
    assert partner.stage == "engaged"
    assert [(c.from_stage, c.to_stage, c.reason) for c in partner.stage_changes] == [
        (None, "contacted", None), ("contacted", "agreement", None),
        ("agreement", "engaged", "The ministry withdrew its signature.")]
    assert all(c.actor.email == KZ_ADMIN for c in partner.stage_changes)


def test_the_partner_page_asks_why_and_shows_the_history(as_user):
    partner = _partner(stage="engaged")
    admin = as_user(KZ_ADMIN)
    url = f"/en/s/kazakhstan/partners/{partner.id}"
    form = {"name": "Akimat of Almaty", "kind": "government", "stage": "identified", "stage_reason": "",
            "version": str(partner.version)}
    before = snapshot()
    response = admin.post_form(url, form)
    assert response.status_code == 400 and "Say why the partner goes back" in response.get_data(as_text=True)
    assert snapshot() == before
    assert admin.post_form(url, {**form, "stage_reason": "Their director changed."}).status_code == 302
    page = admin.get(url).get_data(as_text=True)
    history = page.split('class="col-lg-8 stage-history"', 1)[1]
    assert "Their director changed." in history and "Engaged → Identified" in history


def test_a_stale_partner_page_is_a_conflict_and_a_removed_partner_is_restored(as_user):
    partner = _partner(stage="engaged")
    opened = partner.version
    admin = as_user(KZ_ADMIN)
    url = f"/en/s/kazakhstan/partners/{partner.id}"
    form = {"name": "Akimat of Almaty city", "kind": "government", "stage": "agreement", "version": str(opened)}
    assert admin.post_form(url, form).status_code == 302
    before = snapshot()
    stale = admin.post_form(url, {**form, "name": "Akimat of Almaty region"})
    assert stale.status_code == 409 and "Akimat of Almaty region" in stale.get_data(as_text=True)
    assert snapshot() == before
    # Removed: gone from the directory and its page; the admins restore it.
    assert admin.post_form(f"{url}/remove", {}).status_code == 302
    assert "Akimat of Almaty city" not in admin.get("/en/s/kazakhstan/partners/").get_data(as_text=True)
    assert admin.get(url).status_code == 404
    assert as_user("staff.kazakhstan@example.org").post_form(f"{url}/remove", {}).status_code in (403, 404)
    assert admin.post_form(f"/en/s/kazakhstan/removed/partner/{partner.id}/restore", {}).status_code == 302
    assert "Akimat of Almaty city" in admin.get("/en/s/kazakhstan/partners/").get_data(as_text=True)

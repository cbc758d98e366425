"""Meetings: who sees them, attendees and minutes, decisions that become tasks once, iCal, speed."""
from datetime import datetime, time, timedelta, timezone

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from app.extensions import db
from app.models import Meeting, Task
from app.services import ServiceError, meetings
from helpers import day, iso, org, snapshot, user

KG_ADMIN, KZ_ADMIN = "admin.kyrgyzstan@example.org", "admin.kazakhstan@example.org"


@pytest.fixture(autouse=True)
def request_in_english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield


START = datetime.combine(day(4), time(4), timezone.utc)  # 10:00 in Bishkek, four days from now


ANSWERING = {"kazakhstan": KZ_ADMIN, "ifrc-central-asia": "coordinator@example.org"}


def _meeting(participants=("kazakhstan",), title="Bilateral", accepted=True):
    """A meeting of Kyrgyzstan; the invited organizations' admins accept unless `accepted` is false."""
    start = START
    m = meetings.create(user(KG_ADMIN), org("kyrgyzstan"), title=title, agenda="1. Winter", mode="online",
                        location="https://meet.example.org/x", starts_at=start, ends_at=start + timedelta(hours=2),
                        participants=[org(s) for s in participants], locale="en")
    if accepted:
        for invitation in list(m.invitations):
            meetings.answer(user(ANSWERING[invitation.organization.slug]), invitation, accept=True)
    return m


def test_a_meeting_that_ends_before_it_starts_is_refused(as_user):
    admin = as_user(KG_ADMIN)
    before = snapshot()
    response = admin.post_form("/en/s/kyrgyzstan/meetings/", {
        "title": "Backwards", "starts_at": f"{iso(4)}T10:00", "ends_at": f"{iso(4)}T09:00", "mode": "online"})
    assert response.status_code == 400 and "must end after it starts" in response.get_data(as_text=True)
    assert snapshot() == before
    ok = admin.post_form("/en/s/kyrgyzstan/meetings/", {
        "title": "Forwards", "starts_at": f"{iso(4)}T10:00", "ends_at": f"{iso(4)}T11:30", "mode": "in_person",
        "participants": [org("kazakhstan").id]})
    assert ok.status_code == 302
    created = db.session.scalar(select(Meeting).order_by(Meeting.id.desc()))
    assert created.starts_at.replace(tzinfo=timezone.utc).hour == 4  # 10:00 in Bishkek is 04:00 UTC


def test_participants_see_the_meeting_others_do_not(as_user):
    m = _meeting()
    assert as_user(KZ_ADMIN).get(f"/en/s/kazakhstan/meetings/{m.id}").status_code == 200
    kz_page = as_user(KZ_ADMIN).get("/en/s/kazakhstan/meetings/").get_data(as_text=True)
    assert "Bilateral" in kz_page
    private = _meeting(participants=(), title="Internal only")
    for email, slug in ((KZ_ADMIN, "kazakhstan"), (KZ_ADMIN, "kyrgyzstan"), ("coordinator@example.org",
                                                                               "ifrc-central-asia")):
        assert as_user(email).get(f"/en/s/{slug}/meetings/{private.id}").status_code == 404
    assert as_user("volunteer.kyrgyzstan@example.org").get(
        f"/en/s/kyrgyzstan/meetings/{m.id}").status_code == 404


def test_decision_becomes_a_task_once_and_links_both_ways(as_user):
    m = _meeting()
    decision = meetings.add_decision(user(KG_ADMIN), m, text="Share the winter contacts", locale="en")
    admin = as_user(KG_ADMIN)
    url = f"/en/s/kyrgyzstan/meetings/{m.id}/decisions/{decision.id}/task"
    first = admin.post_form(url, {"assignee_org": org("kazakhstan").id, "due_date": iso(21)})
    assert first.status_code == 302 and "/tasks/" in first.location
    count = db.session.scalar(select(func.count()).select_from(Task))
    second = admin.post_form(url, {"assignee_org": org("kazakhstan").id})
    assert second.location == first.location  # the existing task, not a second one
    assert db.session.scalar(select(func.count()).select_from(Task)) == count
    task_page = as_user(KZ_ADMIN).get(first.location).get_data(as_text=True)
    assert "Share the winter contacts" in task_page and f"/meetings/{m.id}" in task_page
    meeting_page = admin.get(f"/en/s/kyrgyzstan/meetings/{m.id}").get_data(as_text=True)
    assert first.location.split("/en")[-1] in meeting_page


def test_decision_task_only_for_participants():
    m = _meeting()
    decision = meetings.add_decision(user(KG_ADMIN), m, text="Ask the region", locale="en")
    with pytest.raises(ServiceError):
        meetings.decision_to_task(user(KG_ADMIN), decision, assignee_org=org("ifrc-central-asia"), due_date=None,
                                  title="x", locale="en")


def test_attendees_minutes_ical_and_print(as_user):
    m = _meeting()
    admin = as_user(KG_ADMIN)
    assert admin.post_form(f"/en/s/kyrgyzstan/meetings/{m.id}/attendees",
                           {"user": user("staff.kyrgyzstan@example.org").id, "role": "Focal point"}).status_code == 302
    # Another society's members are not listed to the organizer (their member list is theirs): by name.
    assert admin.post_form(f"/en/s/kyrgyzstan/meetings/{m.id}/attendees",
                           {"user": user(KZ_ADMIN).id, "role": "Guest"}).status_code == 400
    assert admin.post_form(f"/en/s/kyrgyzstan/meetings/{m.id}/attendees",
                           {"user": "0", "name": "Aigerim (Kazakhstan)", "role": "Guest"}).status_code == 302
    assert admin.post_form(f"/en/s/kyrgyzstan/meetings/{m.id}/attendees",
                           {"user": "0", "name": "", "role": "x"}).status_code == 400
    admin.post_form(f"/en/s/kyrgyzstan/meetings/{m.id}/minutes",
                    {"agenda": "1. Winter", "minutes": "**Agreed** <script>x()</script>"})
    page = admin.get(f"/en/s/kyrgyzstan/meetings/{m.id}/print").get_data(as_text=True)
    assert "<strong>Agreed</strong>" in page and "<script>x()" not in page and "Focal point" in page
    assert "Aigerim (Kazakhstan)" in page
    ics = admin.get(f"/en/s/kyrgyzstan/meetings/{m.id}/meeting.ics")
    event = next(iter(Calendar.from_ical(ics.get_data()).walk("VEVENT")))
    assert str(event["summary"]) == "Bilateral"
    assert event.decoded("dtstart") == START
    assert as_user(KZ_ADMIN).post_form(f"/en/s/kazakhstan/meetings/{m.id}/minutes",
                                       {"minutes": "Changed by a guest"}).status_code == 403


def test_meeting_list_runs_a_fixed_number_of_queries(as_user, query_counter):
    admin = as_user(KG_ADMIN)
    _meeting()
    with query_counter() as few:
        admin.get("/en/s/kyrgyzstan/meetings/")
    for i in range(20):
        _meeting(participants=("kazakhstan", "ifrc-central-asia"), title=f"Meeting {i}")
    with query_counter() as many:
        page = admin.get("/en/s/kyrgyzstan/meetings/").get_data(as_text=True)
    assert "Meeting 19" in page
    assert many.count == few.count, (few.count, many.count)


def test_odd_dates_and_only_the_organizers_admin_assigns(as_user):
    admin = as_user(KG_ADMIN)
    before = snapshot()
    response = admin.post_form("/en/s/kyrgyzstan/meetings/", {
        "title": "Ancient", "starts_at": "0001-01-01T00:00", "ends_at": "0001-01-01T01:00", "mode": "online"})
    assert response.status_code == 400 and "between 2000 and 2100" in response.get_data(as_text=True)
    assert snapshot() == before
    m = _meeting(participants=("kazakhstan", "ifrc-central-asia"))
    decision = meetings.add_decision(user(KG_ADMIN), m, text="Internal follow-up", locale="en")
    staff = as_user("staff.kyrgyzstan@example.org")
    url = f"/en/s/kyrgyzstan/meetings/{m.id}/decisions/{decision.id}/task"
    assert staff.post_form(url, {"assignee_org": org("kazakhstan").id}).status_code == 403
    assert admin.post_form(url, {"assignee_org": "999999"}).status_code == 400
    internal = admin.post_form(url, {"assignee_org": org("kyrgyzstan").id})
    assert internal.status_code == 302
    # Kazakhstan took part, but the task is Kyrgyzstan's own: no link to it on Kazakhstan's side.
    kz_page = as_user(KZ_ADMIN).get(f"/en/s/kazakhstan/meetings/{m.id}").get_data(as_text=True)
    assert internal.location.split("/en")[-1] not in kz_page


def test_an_invited_society_sees_only_the_invitation_until_its_admin_accepts(as_user):
    """The attack: a society records a phishing-looking meeting with another society as participant and
    turns a decision into a task for it. Nothing but the invitation reaches the invited society."""
    m = _meeting(title="Urgent: verify your account at evil.example", accepted=False)
    decision = meetings.add_decision(user(KG_ADMIN), m, text="Kazakhstan sends its donor list", locale="en")
    with pytest.raises(ServiceError):
        meetings.decision_to_task(user(KG_ADMIN), decision, assignee_org=org("kazakhstan"), due_date=None,
                                  title="Send the donor list", locale="en")
    kg = as_user(KG_ADMIN)
    refused = kg.post_form(f"/en/s/kyrgyzstan/meetings/{m.id}/decisions/{decision.id}/task",
                           {"assignee_org": org("kazakhstan").id, "due_date": iso(7)})
    assert refused.status_code == 400 and db.session.scalar(select(func.count()).select_from(Task).where(
        Task.assignee_org_id == org("kazakhstan").id, Task.owner_org_id == org("kyrgyzstan").id)) == 0
    kz = as_user(KZ_ADMIN)
    base = f"/en/s/kazakhstan/meetings/{m.id}"
    for path in ("", "/print", "/meeting.ics"):
        assert kz.get(base + path).status_code == 404, path
    assert kz.post_form(base + "/minutes", {"minutes": "x"}).status_code == 404
    home = kz.get("/en/s/kazakhstan/").get_data(as_text=True)
    assert 'class="home-meeting-invitations"' in home and "Urgent: verify" not in home
    listing = kz.get("/en/s/kazakhstan/meetings/").get_data(as_text=True)
    invitations = listing.split('class="meeting-invitations', 1)[1].split("</section>", 1)[0]
    assert "Urgent: verify" in invitations and "Kyrgyzstan" in invitations and "Accept" in invitations
    assert f'href="{base}"' not in listing  # not among the society's meetings
    # Staff see the invitation but only the admin answers.
    staff = as_user("staff.kazakhstan@example.org")
    assert "Accept</button>" not in staff.get("/en/s/kazakhstan/meetings/").get_data(as_text=True)
    before = snapshot()
    assert staff.post_form(base + "/accept").status_code == 403
    assert snapshot() == before
    # Declined: it never reaches the society, and cannot be accepted afterwards by replaying the form.
    declined = kz.post_form(base + "/decline")
    assert declined.status_code == 302
    assert "Urgent: verify" not in kz.get("/en/s/kazakhstan/meetings/").get_data(as_text=True)
    kz.post_form(base + "/accept")
    assert kz.get(base).status_code == 404
    organizer_view = kg.get(f"/en/s/kyrgyzstan/meetings/{m.id}").get_data(as_text=True)
    assert "Declined" in organizer_view


def test_after_accepting_the_minutes_and_decision_tasks_reach_the_society(as_user):
    m = _meeting(accepted=False)
    kz = as_user(KZ_ADMIN)
    response = kz.post_form(f"/en/s/kazakhstan/meetings/{m.id}/accept")
    assert response.status_code == 302 and response.location.endswith(f"/meetings/{m.id}")
    assert kz.get(f"/en/s/kazakhstan/meetings/{m.id}").status_code == 200
    decision = meetings.add_decision(user(KG_ADMIN), m, text="Share contacts", locale="en")
    task, created = meetings.decision_to_task(user(KG_ADMIN), decision, assignee_org=org("kazakhstan"),
                                              due_date=None, title="Share contacts", locale="en")
    assert created and task.assignee_org_id == org("kazakhstan").id


def test_meeting_invitations_list_runs_a_fixed_number_of_queries(as_user, query_counter):
    kz = as_user(KZ_ADMIN)
    _meeting(accepted=False)
    with query_counter() as few:
        kz.get("/en/s/kazakhstan/meetings/")
    for i in range(10):
        _meeting(title=f"Invitation {i}", accepted=False)
    with query_counter() as many:
        page = kz.get("/en/s/kazakhstan/meetings/").get_data(as_text=True)
    assert "Invitation 9" in page
    assert many.count == few.count, (few.count, many.count)


def test_an_invitation_reaches_the_invited_admins_and_the_answer_the_organizer(as_user, query_counter, outbox):
    from app.models import Notification
    from app.services import outbox as mail_outbox

    m = _meeting(title="Winter coordination", accepted=False)
    kz = as_user(KZ_ADMIN)
    listing = kz.get("/en/notifications/").get_data(as_text=True)
    assert "invites" in listing and "Winter coordination" in listing
    assert "Winter coordination" not in as_user("staff.kazakhstan@example.org").get(
        "/en/notifications/").get_data(as_text=True)  # admins answer, so admins are told
    note = db.session.scalar(select(Notification).where(Notification.user_id == user(KZ_ADMIN).id,
                                                        Notification.meeting_id == m.id))
    opened = kz.post_form(f"/en/notifications/{note.id}/open")
    assert opened.location.endswith("/en/s/kazakhstan/meetings/")  # where the invitation is answered
    mail_outbox.send_pending()
    mailed = next(msg for msg in outbox if msg.recipients == [KZ_ADMIN])
    assert "/s/kazakhstan/meetings/" in mailed.body and "Winter coordination" in mailed.body
    kz.post_form(f"/en/s/kazakhstan/meetings/{m.id}/accept")
    organizer_page = as_user(KG_ADMIN).get("/en/notifications/").get_data(as_text=True)
    assert "accepted the invitation" in organizer_page and "Winter coordination" in organizer_page
    with query_counter() as few:
        kz.get("/en/notifications/")
    for i in range(8):
        _meeting(title=f"Invitation {i}", accepted=False)
    with query_counter() as many:
        page = kz.get("/en/notifications/").get_data(as_text=True)
    assert "Invitation 7" in page and many.count == few.count, (few.count, many.count)


# ------------------------------------------------------------------ correcting and removing a meeting


def test_the_organizer_edits_a_meeting_on_top_of_the_version_it_showed(as_user):
    m = _meeting(title="Bilateral on winter")
    admin = as_user(KG_ADMIN)
    url = f"/en/s/kyrgyzstan/meetings/{m.id}/edit"
    page = admin.get(url).get_data(as_text=True)
    from app.services import zones

    assert f'value="{zones.local(START, org("kyrgyzstan")).strftime("%Y-%m-%dT%H:%M")}"' in page  # 10:00, Bishkek
    form = {"title": "Bilateral on winter (moved)", "starts_at": (START + timedelta(days=1, hours=6)).strftime(
        "%Y-%m-%dT%H:%M"), "ends_at": (START + timedelta(days=1, hours=8)).strftime("%Y-%m-%dT%H:%M"),
        "mode": "in_person", "location": "Bishkek, Red Crescent office", "version": str(m.version)}
    assert admin.post_form(url, form).status_code == 302
    db.session.expire_all()
    moved = db.session.get(Meeting, m.id)
    assert moved.mode == "in_person" and moved.translation("en").title == "Bilateral on winter (moved)"
    # Times are the organizer's local time (Bishkek, UTC+6).
    assert moved.starts_at.replace(tzinfo=timezone.utc) == START + timedelta(days=1)
    before = snapshot()
    stale = admin.post_form(url, {**form, "title": "Second try"})
    assert stale.status_code == 409 and "Second try" in stale.get_data(as_text=True)
    assert snapshot() == before
    # The participant sees the meeting but does not edit it.
    assert as_user(KZ_ADMIN).get(f"/en/s/kazakhstan/meetings/{m.id}/edit").status_code == 403


def test_a_removed_meeting_disappears_for_every_participant_until_restored(as_user):
    m = _meeting(title="Bilateral to cancel")
    kz = as_user(KZ_ADMIN)
    assert "Bilateral to cancel" in kz.get("/en/s/kazakhstan/meetings/").get_data(as_text=True)
    admin = as_user(KG_ADMIN)
    assert admin.post_form(f"/en/s/kyrgyzstan/meetings/{m.id}/remove", {}).status_code == 302
    for client, slug in ((admin, "kyrgyzstan"), (kz, "kazakhstan")):
        assert "Bilateral to cancel" not in client.get(f"/en/s/{slug}/meetings/").get_data(as_text=True)
        assert client.get(f"/en/s/{slug}/meetings/{m.id}").status_code == 404
        assert client.get(f"/en/s/{slug}/meetings/{m.id}/meeting.ics").status_code == 404
    assert "Bilateral to cancel" not in kz.get("/en/notifications/").get_data(as_text=True)
    assert kz.post_form(f"/en/s/kyrgyzstan/removed/meeting/{m.id}/restore", {}).status_code == 404
    assert admin.post_form(f"/en/s/kyrgyzstan/removed/meeting/{m.id}/restore", {}).status_code == 302
    assert "Bilateral to cancel" in kz.get("/en/s/kazakhstan/meetings/").get_data(as_text=True)


def test_an_invitation_to_a_removed_meeting_is_gone_too(as_user):
    m = _meeting(title="Never mind", accepted=False)
    from app.services import removals

    removals.remove(user(KG_ADMIN), m)
    kz = as_user(KZ_ADMIN)
    assert "Never mind" not in kz.get("/en/s/kazakhstan/meetings/").get_data(as_text=True)
    assert kz.post_form(f"/en/s/kazakhstan/meetings/{m.id}/accept", {}).status_code == 404
    assert "Never mind" not in kz.get("/en/").get_data(as_text=True)

"""Meetings and consultations: participants, attendees, agenda and minutes, decisions that become tasks."""
from datetime import timedelta

from flask_babel import lazy_gettext as _l
from icalendar import Calendar, Event
from sqlalchemy import update

from app.extensions import db
from app.models import Meeting, MeetingAttendee, MeetingDecision, MeetingInvitation
from app.models.base import as_utc, utcnow
from app.models.diplomacy import ACCEPTED, DECLINED, INVITED, MEETING_MODES
from app.services import ServiceError, audit, tasks, translations, versions
from app.services.notifications import notify, org_admins


def _check(starts_at, ends_at, mode):
    if mode not in MEETING_MODES:
        raise ServiceError(_l("Choose online or in person."), field="mode")
    if ends_at <= starts_at:
        raise ServiceError(_l("The meeting must end after it starts."), field="ends_at")
    if ends_at - starts_at > timedelta(days=14):
        raise ServiceError(_l("A meeting lasts at most two weeks."), field="ends_at")


def create(actor, organizer, *, title: str, agenda: str, starts_at, ends_at, mode: str, location: str,
           participants, locale: str) -> Meeting:
    _check(starts_at, ends_at, mode)
    meeting = Meeting(organizer=organizer, starts_at=starts_at, ends_at=ends_at, mode=mode,
                      location=location or "", created_by_id=actor.id, source_locale=locale)
    # Other organizations are invited: nothing of the meeting reaches them until their admin accepts.
    meeting.invitations = [MeetingInvitation(organization=o) for o in participants if o.id != organizer.id]
    db.session.add(meeting)
    translations.apply(actor, meeting, locale, {"title": title, "agenda": agenda, "minutes": ""})
    db.session.flush()
    audit.record(actor, "meeting.created", meeting, organizer,
                 invited=[i.organization.slug for i in meeting.invitations])
    for invitation in meeting.invitations:  # the invited society's admins answer
        notify(meeting, "meeting", org_admins(invitation.organization), actor, step="invited",
               org_id=invitation.organization_id)
    db.session.commit()
    return meeting


def edit(actor, meeting: Meeting, *, title: str, starts_at, ends_at, mode: str, location: str, locale: str,
         version: int | None) -> None:
    """The organizer corrects the meeting's title, time, format or place (the agenda and minutes have
    their own form), on top of the version the page showed."""
    versions.check(meeting, version)
    _check(starts_at, ends_at, mode)
    if not (title or "").strip():
        raise ServiceError(_l("Write a title."), field="title")
    pairs = (("starts_at", as_utc(meeting.starts_at), as_utc(starts_at)), ("ends_at", as_utc(meeting.ends_at),
             as_utc(ends_at)), ("mode", meeting.mode, mode), ("location", meeting.location, location or ""))
    changes = {name: [str(old), str(new)] for name, old, new in pairs if old != new}
    meeting.starts_at, meeting.ends_at, meeting.mode, meeting.location = starts_at, ends_at, mode, location or ""
    if translations.apply_as_shown(actor, meeting, {"title": title}, locale, meeting.organizer):
        changes["title"] = title
    if changes:
        meeting.updated_at = utcnow()
        audit.record(actor, "meeting.edited", meeting, meeting.organizer, **changes)
    versions.commit(meeting)


def answer(actor, invitation: MeetingInvitation, accept: bool) -> None:
    """The invited organization's admin accepts (the meeting, its minutes and decisions reach the
    organization from now on, and decisions may become its tasks) or declines (nothing ever does)."""
    status = ACCEPTED if accept else DECLINED
    meeting = invitation.meeting
    answered = db.session.execute(
        update(MeetingInvitation)
        .where(MeetingInvitation.meeting_id == invitation.meeting_id,
               MeetingInvitation.organization_id == invitation.organization_id,
               MeetingInvitation.status == INVITED)  # two admins at once: the first answer stands
        .values(status=status, answered_at=utcnow(), answered_by_id=actor.id)
        .execution_options(synchronize_session=False)).rowcount
    if not answered:
        db.session.rollback()
        raise ServiceError(_l("This invitation has already been answered."))
    from app.policy import can

    db.session.expire(invitation)  # the row changed under the session: read it, and who takes part, again
    db.session.expire(meeting, ["participants"])
    audit.record(actor, "meeting.accepted" if accept else "meeting.declined", meeting,
                 invitation.organization, meeting_id=invitation.meeting_id, organizer=meeting.organizer.slug)
    creator = meeting.created_by if meeting.created_by and can(meeting.created_by, "meeting.view", meeting) else None
    notify(meeting, "meeting", [*org_admins(meeting.organizer), creator], actor, step=status,
           org_id=invitation.organization_id)
    db.session.commit()


def save_minutes(actor, meeting: Meeting, *, agenda: str, minutes: str, locale: str) -> None:
    translations.apply(actor, meeting, locale, {"agenda": agenda, "minutes": minutes})
    audit.record(actor, "meeting.minutes_saved", meeting, meeting.organizer, locale=locale)
    db.session.commit()


def add_attendee(actor, meeting: Meeting, *, user=None, name: str = "", role: str = "") -> MeetingAttendee:
    if user is None and not (name or "").strip():
        raise ServiceError(_l("Choose a member or write the person's name."), field="name")
    if user is not None and not any(m.is_active and m.organization_id in meeting.organization_ids
                                    for m in user.memberships):
        raise ServiceError(_l("Choose a member of a participating organization."), field="user")
    attendee = MeetingAttendee(meeting=meeting, user=user, name=(name or "").strip(), role=(role or "").strip())
    db.session.add(attendee)
    db.session.flush()
    audit.record(actor, "meeting.attendee_added", attendee, meeting.organizer, meeting_id=meeting.id,
                 **({"user_id": user.id} if user is not None else {"name": attendee.name}))
    db.session.commit()
    return attendee


def add_decision(actor, meeting: Meeting, *, text: str, locale: str) -> MeetingDecision:
    decision = MeetingDecision(meeting=meeting, source_locale=locale)
    db.session.add(decision)
    translations.apply(actor, decision, locale, {"text": text})
    db.session.flush()
    audit.record(actor, "meeting.decision_added", decision, meeting.organizer, meeting_id=meeting.id)
    db.session.commit()
    return decision


def decision_to_task(actor, decision: MeetingDecision, *, assignee_org, due_date, title: str, locale: str):
    """The decision as a task for a participating society, linked both ways. A decision has one task:
    asking again returns the existing one (second value False)."""
    if decision.task_id is not None:
        return decision.task, False
    meeting = decision.meeting
    if assignee_org.id not in meeting.organization_ids:
        raise ServiceError(_l("Choose an organization that took part in the meeting."), field="assignee_org")
    task = tasks.create(actor, owner_org=meeting.organizer, assignee_org=assignee_org, campaign=None,
                        title=title, description="", priority="normal", due_date=due_date,
                        visibility="organization", assignee_user=None, locale=locale, may_backdate=False,
                        meeting=meeting, commit=False)
    decision.task = task
    audit.record(actor, "meeting.decision_to_task", decision, meeting.organizer, task_id=task.id,
                 assignee_org=assignee_org.slug)
    db.session.commit()
    return task, True


def ical(meeting: Meeting, title: str, url: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Hamkor//Red Crescent Central Asia//EN")
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", f"meeting-{meeting.id}@hamkor")
    event.add("dtstamp", utcnow())
    event.add("dtstart", as_utc(meeting.starts_at))  # SQLite hands back naive UTC: never a floating time
    event.add("dtend", as_utc(meeting.ends_at))
    event.add("summary", title)
    event.add("url", url)
    if meeting.location:
        event.add("location", meeting.location)
    cal.add_component(event)
    return cal.to_ical()

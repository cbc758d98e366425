"""Notifications about tasks: who hears of a change, and how (in the app, e-mail at once, or a digest).

`notify` only adds rows to the caller's transaction: the notification (and the e-mail waiting in the
outbox) is saved together with the change it is about, or not at all.
"""
import re

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from app.extensions import db
from app.models import Membership, Notification, NotificationPreference, TaskWatch, User
from app.models.base import utcnow
from app.models.notification import (
    CHANNEL_APP,
    CHANNEL_DIGEST,
    CHANNELS,
    DEFAULT_CHANNEL,
    KINDS,
    MAIL_DIGEST,
    MAIL_NONE,
    MAIL_PENDING,
)
from app.models.user import ROLE_ADMIN, ROLE_COORDINATOR

MENTION_RE = re.compile(r"(?<![\w.@])@([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})")


def channels_for(users) -> dict[tuple[int, str], str]:
    ids = [u.id for u in users]
    if not ids:
        return {}
    rows = db.session.execute(select(NotificationPreference.user_id, NotificationPreference.kind,
                                     NotificationPreference.channel)
                              .where(NotificationPreference.user_id.in_(ids)))
    return {(user_id, kind): channel for user_id, kind, channel in rows}


def preferences(user) -> dict[str, str]:
    chosen = channels_for([user])
    return {kind: chosen.get((user.id, kind), DEFAULT_CHANNEL) for kind in KINDS}


def save_preferences(user, choices: dict[str, str]) -> None:
    existing = {p.kind: p for p in db.session.scalars(
        select(NotificationPreference).where(NotificationPreference.user_id == user.id))}
    for kind in KINDS:
        channel = choices.get(kind)
        if channel not in CHANNELS:
            continue
        if kind in existing:
            existing[kind].channel = channel
        elif channel != DEFAULT_CHANNEL:
            db.session.add(NotificationPreference(user_id=user.id, kind=kind, channel=channel))
    db.session.commit()


def notify(subject, kind: str, recipients, actor=None, key: str | None = None, **data) -> list[Notification]:
    """Add a notification for each recipient who may see the subject, a task, a material or a campaign
    proposal (never the actor themself). For a meeting the caller picks the recipients: the admins of an
    invited organization, who see the invitation but not yet the meeting."""
    from app.models import CampaignProposal, Material, Meeting
    from app.policy import can

    assert kind in KINDS, kind
    is_material, is_meeting = isinstance(subject, Material), isinstance(subject, Meeting)
    is_proposal = isinstance(subject, CampaignProposal)
    action = "material.view" if is_material else "proposal.view" if is_proposal else "task.view"
    seen, people = set(), []
    for user in recipients:
        if user is None or user.id in seen or (actor is not None and user.id == actor.id):
            continue
        seen.add(user.id)
        if user.is_active and (is_meeting or can(user, action, subject)):
            people.append(user)
    task = None if is_material or is_meeting or is_proposal else subject
    return add_rows(people, kind, actor=actor, key=key, data=data, task=task,
                    material=subject if is_material else None, meeting=subject if is_meeting else None,
                    proposal=subject if is_proposal else None)


def add_rows(people, kind: str, actor=None, key: str | None = None, data=None, **about) -> list[Notification]:
    """One notification per person, mailed as each chose for this kind (the caller has checked who may
    hear of it). `about`: the task, material, meeting or proposal it concerns, if any."""
    chosen = channels_for(people)
    now = utcnow()
    created = []
    for user in people:
        channel = chosen.get((user.id, kind), DEFAULT_CHANNEL)
        state = MAIL_NONE if channel == CHANNEL_APP else MAIL_DIGEST if channel == CHANNEL_DIGEST else MAIL_PENDING
        item = Notification(user_id=user.id, kind=kind, actor_id=getattr(actor, "id", None), data=data or {},
                            mail_state=state, mail_next_at=now if state == MAIL_PENDING else None,
                            dedupe_key=f"{key}:{user.id}" if key else None, **about)
        db.session.add(item)
        created.append(item)
    return created


def meeting_target(n) -> tuple[str, dict]:
    """Where a meeting notification leads: the invited society's meetings page (its invitations), or the
    meeting in the organizer's space (an answer)."""
    data = n.data or {}
    if data.get("step") == "invited":
        invited = n.meeting.invited_organization(data.get("org_id"))
        if invited is not None:
            return "diplomacy.meeting_list", {"org_slug": invited.slug}
    return "diplomacy.meeting", {"org_slug": n.meeting.organizer.slug, "meeting_id": n.meeting_id}


def org_admins(org) -> list[User]:
    roles = (ROLE_ADMIN, ROLE_COORDINATOR) if org.is_regional_office else (ROLE_ADMIN,)
    return list(db.session.scalars(select(User).join(Membership, Membership.user_id == User.id).where(
        Membership.organization_id == org.id, Membership.is_active.is_(True), Membership.role.in_(roles))))


def coordinators() -> list[User]:
    from app.models import Organization
    from app.models.org import REGIONAL_OFFICE

    return list(db.session.scalars(select(User).join(Membership, Membership.user_id == User.id)
                                   .join(Organization, Organization.id == Membership.organization_id).where(
        Organization.kind == REGIONAL_OFFICE, Membership.is_active.is_(True),
        Membership.role == ROLE_COORDINATOR)))


def watchers(task) -> list[User]:
    return list(db.session.scalars(select(User).join(TaskWatch, TaskWatch.user_id == User.id)
                                   .where(TaskWatch.task_id == task.id)))


def assignees(task) -> list[User]:
    """Who answers for a task: the person given it, else the society's admins."""
    return [task.assignee_user] if task.assignee_user else org_admins(task.assignee_org)


def followers(task) -> list[User]:
    """The creator, the person given the task and the watchers."""
    return [task.created_by, task.assignee_user, *watchers(task)]


def mentioned(task, body: str) -> list[User]:
    """People named as @their@e-mail in a comment who can see the task (others are not told)."""
    from app.policy import can

    emails = {m.lower() for m in MENTION_RE.findall(body or "")}
    if not emails:
        return []
    users = db.session.scalars(select(User).where(User.email.in_(emails)))
    return [u for u in users if u.is_active and can(u, "task.view", task)]


def mark_read(user, notification_id: int | None = None) -> int:
    """Mark one of the user's notifications read, or all of them."""
    query = update(Notification).where(Notification.user_id == user.id, Notification.read_at.is_(None))
    if notification_id is not None:
        query = query.where(Notification.id == notification_id)
    count = db.session.execute(query.values(read_at=utcnow())).rowcount
    db.session.commit()
    return count


def set_watch(user, task, watching: bool) -> None:
    row = db.session.scalar(select(TaskWatch).where(TaskWatch.task_id == task.id, TaskWatch.user_id == user.id))
    if watching and row is None:
        db.session.add(TaskWatch(task_id=task.id, user_id=user.id))
    elif not watching and row is not None:
        db.session.delete(row)
    try:
        db.session.commit()
    except IntegrityError:  # the same click twice at once: the first one counts
        db.session.rollback()


def is_watching(user, task) -> bool:
    return db.session.scalar(select(TaskWatch.id).where(
        TaskWatch.task_id == task.id, TaskWatch.user_id == user.id)) is not None


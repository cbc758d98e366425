"""Delivering notification e-mail: pending rows are claimed, sent, retried with back-off, never sent twice.

A row is claimed (pending -> sending) in its own committed UPDATE before the SMTP call, so two
senders running at once never both send it; a sender that dies after the claim leaves the row in
`sending`, which is not retried (at most once is the promise, not at least once).
"""
import logging
from datetime import timedelta
from itertools import groupby

from flask import current_app, has_request_context
from flask_babel import force_locale
from sqlalchemy import or_, select, update
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.models import CampaignProposal, Material, Meeting, MeetingInvitation, Notification, Task
from app.models.base import utcnow
from app.models.notification import (
    MAIL_DIGEST,
    MAIL_FAILED,
    MAIL_NONE,
    MAIL_PENDING,
    MAIL_SENDING,
    MAIL_SENT,
)
from app.services import mail
from app.security import external_url

log = logging.getLogger("hamkor.outbox")


def _claim(ids, from_state: str) -> list[int]:
    """Take the rows still in `from_state` for this sender; returns the ids it got."""
    claimed = list(db.session.scalars(update(Notification).where(
        Notification.id.in_(ids), Notification.mail_state == from_state)
        .values(mail_state=MAIL_SENDING).returning(Notification.id)))
    db.session.commit()
    return claimed


def _load(ids):
    return list(db.session.scalars(select(Notification).where(Notification.id.in_(ids)).options(
        selectinload(Notification.user), selectinload(Notification.actor),
        selectinload(Notification.task).selectinload(Task.assignee_org),
        selectinload(Notification.task).selectinload(Task.owner_org),
        selectinload(Notification.material).selectinload(Material.owner_org),
        selectinload(Notification.meeting).selectinload(Meeting.organizer),
        selectinload(Notification.meeting).selectinload(Meeting.invitations)
        .selectinload(MeetingInvitation.organization),
        selectinload(Notification.proposal).selectinload(CampaignProposal.author_org)).order_by(Notification.id)))


def _still_allowed(n) -> bool:
    """Mail only to active people who can still see the task (access may have gone since)."""
    from app.policy import can

    if n.material is not None and not can(n.user, "material.view", n.material):
        return False
    if n.meeting_id is not None and (n.meeting is None or not can(n.user, "meeting.notice", n)):
        return False  # the meeting was removed, or is no longer theirs to see
    if n.proposal_id is not None and (n.proposal is None or not can(n.user, "proposal.view", n.proposal)):
        return False
    return n.user.is_active and (n.task is None or can(n.user, "task.view", n.task))


def _link(n, locale):
    if n.meeting_id is not None:
        from app.services.notifications import meeting_target

        endpoint, values = meeting_target(n)
        return external_url(endpoint, lang=locale, **values)
    if n.proposal_id is not None:
        return external_url("proposals.show", lang=locale, proposal_id=n.proposal_id)
    if n.kind == "volunteer":
        from app.notifications.texts import volunteer_org

        org = volunteer_org(n)
        if org is not None:
            return external_url("spaces.member_list", lang=locale, org_slug=org.slug) + "#applications"
    if n.material_id is not None:
        return external_url("materials.show", lang=locale, material_id=n.material_id)
    if n.task_id is None:
        return external_url("notifications.index", lang=locale)
    return external_url("tasks.show", lang=locale, task_id=n.task_id)


def _deliver(user, template, items, **context) -> None:
    from app.notifications.texts import describe

    locale = user.preferred_locale or "ru"
    with force_locale(locale):
        lines = [(describe(n), _link(n, locale)) for n in items]
    mail.send(user.email, template, locale, lines=lines, user=user, **context)


def _failed(items, error: Exception, now) -> None:
    backoff = current_app.config["NOTIFICATION_RETRY_MINUTES"]
    limit = current_app.config["NOTIFICATION_MAX_ATTEMPTS"]
    for n in items:
        n.mail_attempts += 1
        n.mail_error = f"{type(error).__name__}: {error}"[:500]
        if n.mail_attempts >= limit:
            n.mail_state = MAIL_FAILED
        else:
            n.mail_state = MAIL_PENDING if n.mail_state == MAIL_SENDING else n.mail_state
            n.mail_next_at = now + timedelta(minutes=backoff * 2 ** (n.mail_attempts - 1))


def _in_context(fn):
    def wrapper(*args, **kwargs):
        if has_request_context():
            return fn(*args, **kwargs)
        with current_app.test_request_context(base_url=current_app.config["BASE_URL"]):
            return fn(*args, **kwargs)
    return wrapper


@_in_context
def send_pending(now=None, limit: int = 200) -> tuple[int, int]:
    """Send the e-mail of pending notifications that are due. Returns (sent, failed attempts)."""
    now = now or utcnow()
    ids = list(db.session.scalars(select(Notification.id).where(
        Notification.mail_state == MAIL_PENDING,
        or_(Notification.mail_next_at.is_(None), Notification.mail_next_at <= now))
        .order_by(Notification.id).limit(limit)))
    sent = failed = 0
    for notification_id in ids:
        if not _claim([notification_id], MAIL_PENDING):
            continue  # another sender took it
        items = _load([notification_id])
        if not _still_allowed(items[0]):
            items[0].mail_state = MAIL_NONE
            db.session.commit()
            continue
        try:
            _deliver(items[0].user, "notification", items)
        except Exception as error:  # SMTP down, refused, timed out: keep the mail and retry later
            log.warning("notification %s not sent: %s", notification_id, error)
            _failed(items, error, now)
            failed += 1
        else:
            items[0].mail_state, items[0].mail_sent_at = MAIL_SENT, now
            sent += 1
        db.session.commit()
    return sent, failed


@_in_context
def send_digests(now=None) -> int:
    """One e-mail per person with everything waiting for the digest. Returns the number sent."""
    now = now or utcnow()
    rows = db.session.execute(select(Notification.user_id, Notification.id).where(
        Notification.mail_state == MAIL_DIGEST,
        or_(Notification.mail_next_at.is_(None), Notification.mail_next_at <= now))
        .order_by(Notification.user_id, Notification.id)).all()
    sent = 0
    for _user_id, group in groupby(rows, key=lambda row: row[0]):
        ids = _claim([row[1] for row in group], MAIL_DIGEST)
        if not ids:
            continue
        items = _load(ids)
        for n in items:
            if not _still_allowed(n):
                n.mail_state = MAIL_NONE
        items = [n for n in items if n.mail_state != MAIL_NONE]
        if not items:
            db.session.commit()
            continue
        try:
            _deliver(items[0].user, "digest", items)
        except Exception as error:
            log.warning("digest for user %s not sent: %s", items[0].user_id, error)
            for n in items:
                n.mail_state = MAIL_DIGEST
            _failed(items, error, now)
        else:
            for n in items:
                n.mail_state, n.mail_sent_at = MAIL_SENT, now
            sent += 1
        db.session.commit()
    return sent

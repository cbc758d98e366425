"""The outbox against a real SMTP server on loopback: delivery in the reader's language, retry with
back-off while the server is down, and never the same e-mail twice."""
from datetime import timedelta
from email.header import decode_header, make_header

import pytest
from sqlalchemy import select

from app.extensions import db
from app.models import Notification
from app.models.base import as_utc, utcnow
from app.models.notification import MAIL_FAILED, MAIL_PENDING, MAIL_SENT
from app.services import notifications, outbox, tasks
from campaign_helpers import campaign
from helpers import org, user


@pytest.fixture(autouse=True)
def clean_outbox(app, database):
    with app.test_request_context():
        db.session.execute(Notification.__table__.delete())
        db.session.commit()
        yield


def _subject(message) -> str:
    return str(make_header(decode_header(message["Subject"])))


def _task_for_kyrgyzstan(title="Басып чыгаруу"):
    return tasks.create(user("coordinator@example.org"), owner_org=org("ifrc-central-asia"),
                        assignee_org=org("kyrgyzstan"), campaign=campaign("Safe winter"), title=title,
                        description="", priority="normal", due_date=None, visibility="campaign",
                        assignee_user=None, locale="ky", may_backdate=True)


def test_delivered_once_in_the_readers_language(smtp):
    smtp.start()
    task = _task_for_kyrgyzstan()
    assert outbox.send_pending() == (1, 0)
    assert outbox.send_pending() == (0, 0)  # a second run sends nothing again
    [(recipients, message)] = smtp.messages
    assert recipients == ["admin.kyrgyzstan@example.org"]
    body = message.get_payload(decode=True).decode()
    assert "Басып чыгаруу" in _subject(message)
    assert f"/ky/tasks/{task.id}" in body  # the link opens the task in the reader's language
    row = db.session.scalar(select(Notification))
    assert row.mail_state == MAIL_SENT and row.mail_attempts == 0


def test_server_down_keeps_the_change_and_retries_with_back_off(smtp, app):
    task = _task_for_kyrgyzstan("Server down")
    assert task.id is not None  # the task change itself is saved whatever the mail does
    now = utcnow()
    assert outbox.send_pending(now=now) == (0, 1)
    row = db.session.scalar(select(Notification))
    assert row.mail_state == MAIL_PENDING and row.mail_attempts == 1 and row.mail_error
    first_wait = row.mail_next_at
    assert outbox.send_pending(now=now + timedelta(minutes=1)) == (0, 0)  # not yet: backing off
    assert outbox.send_pending(now=now + timedelta(hours=1)) == (0, 1)
    db.session.refresh(row)
    assert row.mail_attempts == 2 and as_utc(row.mail_next_at) - now > as_utc(first_wait) - now
    smtp.start()
    assert outbox.send_pending(now=now + timedelta(days=1)) == (1, 0)
    assert outbox.send_pending(now=now + timedelta(days=2)) == (0, 0)
    assert len(smtp.messages) == 1


def test_gives_up_after_the_last_attempt(smtp, app, monkeypatch):
    monkeypatch.setitem(app.config, "NOTIFICATION_MAX_ATTEMPTS", 2)
    _task_for_kyrgyzstan("Never")
    later = utcnow()
    for _ in range(3):
        later += timedelta(days=1)
        outbox.send_pending(now=later)
    assert db.session.scalar(select(Notification)).mail_state == MAIL_FAILED


def test_a_claimed_row_is_never_sent_by_a_second_sender(smtp):
    smtp.start()
    _task_for_kyrgyzstan("Claimed")
    row = db.session.scalar(select(Notification))
    assert outbox._claim([row.id], MAIL_PENDING) == [row.id]
    assert outbox._claim([row.id], MAIL_PENDING) == []  # the second sender gets nothing
    assert outbox.send_pending() == (0, 0) and smtp.messages == []


def test_digest_is_one_mail_with_everything(smtp):
    smtp.start()
    notifications.save_preferences(user("admin.kyrgyzstan@example.org"), {"assigned": "digest"})
    _task_for_kyrgyzstan("Birinchi")
    _task_for_kyrgyzstan("Ekinchi")
    assert outbox.send_pending() == (0, 0)
    assert outbox.send_digests() == 1
    assert outbox.send_digests() == 0
    [(_to, message)] = smtp.messages
    body = message.get_payload(decode=True).decode()
    assert "Birinchi" in body and "Ekinchi" in body

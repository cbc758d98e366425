"""Notifications: who hears of what, in the app and by e-mail, per their choice; reminders and escalation."""
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.extensions import db
from app.models import Notification
from app.models.notification import MAIL_DIGEST, MAIL_NONE, MAIL_PENDING
from app.services import notifications, reminders, tasks
from campaign_helpers import regional_task as _task
from helpers import snapshot, user

COORDINATOR = "coordinator@example.org"
KZ_ADMIN, KZ_STAFF = "admin.kazakhstan@example.org", "staff.kazakhstan@example.org"
KG_ADMIN = "admin.kyrgyzstan@example.org"


@pytest.fixture(autouse=True)
def english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        db.session.execute(Notification.__table__.delete())  # start from the seeded tasks' silence
        db.session.commit()
        yield




def inbox(email, kind=None, task=None) -> list[Notification]:
    db.session.expire_all()
    query = select(Notification).where(Notification.user_id == user(email).id).order_by(Notification.id)
    if kind:
        query = query.where(Notification.kind == kind)
    if task:
        query = query.where(Notification.task_id == task.id)
    return list(db.session.scalars(query))


def test_a_new_task_reaches_the_society_admin_then_the_person_it_is_given_to():
    t = _task()
    assert [n.kind for n in inbox(KZ_ADMIN)] == ["assigned"]
    assert inbox(KZ_ADMIN)[0].mail_state == MAIL_PENDING
    assert inbox(COORDINATOR) == []  # never told of one's own change
    assert inbox(KG_ADMIN) == []
    tasks.transition(user(KZ_ADMIN), t, "accept", assignee_user=user(KZ_STAFF))
    assert [(n.kind, n.data["accepted"]) for n in inbox(COORDINATOR)] == [("answered", True)]
    assert [(n.kind, n.data["personal"]) for n in inbox(KZ_STAFF)] == [("assigned", True)]
    tasks.transition(user(KZ_STAFF), t, "finish")
    assert [n.data["status"] for n in inbox(COORDINATOR, "status")] == ["done"]


def test_declining_tells_the_creator_why():
    t = _task()
    tasks.transition(user(KZ_ADMIN), t, "decline", reason="No printer this month")
    answer = inbox(COORDINATOR, "answered")[0]
    from app.notifications.texts import describe

    assert "No printer this month" in describe(answer) and "declined" in describe(answer)


def test_mentions_reach_only_people_who_can_see_the_task():
    t = _task(visibility="organization")
    tasks.comment(user(COORDINATOR), t, f"@{KZ_STAFF} please check, and @{KG_ADMIN} too; @nobody@example.org")
    assert [n.kind for n in inbox(KZ_STAFF)] == ["mention"]
    assert inbox(KG_ADMIN) == []  # an organization task of Kazakhstan: Kyrgyzstan cannot see it


def test_comments_reach_the_creator_the_assignee_and_followers_once():
    t = _task(assignee_user=user(KZ_STAFF))
    notifications.set_watch(user(KG_ADMIN), t, True)
    tasks.comment(user(KZ_STAFF), t, f"Done soon. @{COORDINATOR}")
    assert [n.kind for n in inbox(COORDINATOR)] == ["mention"]  # mentioned, so not also "comment"
    assert [n.kind for n in inbox(KG_ADMIN)] == ["comment"]
    assert [n.kind for n in inbox(KZ_STAFF)] == ["assigned"]  # their own comment tells them nothing


def test_the_chosen_channel_decides_the_mail():
    notifications.save_preferences(user(KZ_ADMIN), {"assigned": "app"})
    _task(title="Quiet")
    assert inbox(KZ_ADMIN)[-1].mail_state == MAIL_NONE
    notifications.save_preferences(user(KZ_ADMIN), {"assigned": "digest"})
    _task(title="Later")
    assert inbox(KZ_ADMIN)[-1].mail_state == MAIL_DIGEST
    assert notifications.preferences(user(KZ_ADMIN))["assigned"] == "digest"
    assert notifications.preferences(user(KZ_ADMIN))["comment"] == "email"


def test_reminders_once_then_escalation_to_admin_and_coordinator():
    t = _task(due_date=date.today() + timedelta(days=1), assignee_user=user(KZ_STAFF))
    db.session.execute(Notification.__table__.delete())
    db.session.commit()
    reminders.remind()
    assert [n.kind for n in inbox(KZ_STAFF, task=t)] == ["due_soon"]
    reminders.remind()  # hourly runs add nothing new
    assert len(inbox(KZ_STAFF, task=t)) == 1
    later = date.today() + timedelta(days=4)
    reminders.remind(later)  # three days late: the assignee and the creator
    assert [n.kind for n in inbox(KZ_STAFF, task=t)] == ["due_soon", "overdue"]
    assert [n.kind for n in inbox(COORDINATOR, task=t)] == ["overdue"]
    assert inbox(KZ_ADMIN, task=t) == []
    reminders.remind(date.today() + timedelta(days=10))  # nine days late: the society's admin
    assert [n.kind for n in inbox(KZ_ADMIN, task=t)] == ["escalation"]
    assert inbox(KZ_ADMIN, task=t)[0].data["days"] == 9
    reminders.remind(date.today() + timedelta(days=16))  # fifteen days late: the coordinator
    assert [n.kind for n in inbox(COORDINATOR, task=t)] == ["overdue", "escalation"]
    reminders.remind(date.today() + timedelta(days=17))
    assert [n.kind for n in inbox(COORDINATOR, task=t)] == ["overdue", "escalation"]
    tasks.transition(user(KZ_ADMIN), t, "accept")
    tasks.transition(user(KZ_STAFF), t, "finish")
    before = len(inbox(KZ_STAFF, task=t))
    reminders.remind(date.today() + timedelta(days=30))
    assert len(inbox(KZ_STAFF, task=t)) == before  # done tasks are not chased


def test_a_new_due_date_starts_the_reminders_again():
    t = _task(due_date=date.today() + timedelta(days=1), assignee_user=user(KZ_STAFF))
    reminders.remind()
    tasks.edit(user(COORDINATOR), t, title="Print posters", description="", priority="normal",
               due_date=date.today() + timedelta(days=2), locale="en", may_backdate=True, base_version=t.version)
    reminders.remind()
    assert [n.kind for n in inbox(KZ_STAFF, task=t)] == ["assigned", "due_soon", "changed", "due_soon"]


def test_list_unread_count_and_mark_read(as_user):
    _task(title="Bell one")
    _task(title="Bell two")
    kz = as_user(KZ_ADMIN)
    page = kz.get("/en/notifications/").get_data(as_text=True)
    assert "has been given the task “Bell one”" in page and "“Bell two”" in page
    assert 'class="badge rounded-pill bg-danger unread-count"' in page and ">2</span>" in page
    first = inbox(KZ_ADMIN)[0]
    response = kz.post_form(f"/en/notifications/{first.id}/open")
    assert response.status_code == 302 and response.location.endswith(f"/en/tasks/{first.task_id}")
    assert [n.read_at is not None for n in inbox(KZ_ADMIN)] == [True, False]
    kz.post_form("/en/notifications/read")
    assert all(n.read_at for n in inbox(KZ_ADMIN))
    assert "unread-count" not in kz.get("/en/notifications/").get_data(as_text=True)


def test_someone_elses_notification_cannot_be_opened(as_user):
    _task()
    theirs = inbox(KZ_ADMIN)[0]
    kg = as_user(KG_ADMIN)
    before = snapshot()
    assert kg.post_form(f"/en/notifications/{theirs.id}/open").status_code == 404
    assert snapshot() == before


def test_preferences_from_the_profile_page(as_user):
    kz = as_user(KZ_ADMIN)
    page = kz.get("/en/account/").get_data(as_text=True)
    assert 'id="notifications"' in page and "In the daily e-mail digest" in page
    choices = {kind: "email" for kind in ("assigned", "answered", "status", "changed", "comment", "mention",
                                          "due_soon", "overdue", "escalation")}
    response = kz.post_form("/en/account/notifications", {**choices, "comment": "digest", "mention": "app"})
    assert response.status_code == 302
    assert notifications.preferences(user(KZ_ADMIN))["comment"] == "digest"
    before = snapshot()
    bad = kz.post_form("/en/account/notifications", {**choices, "comment": "pigeon"})
    assert bad.status_code == 400 and "Not a valid choice" in bad.get_data(as_text=True)
    assert snapshot() == before


def test_following_a_task_puts_it_in_my_tasks_and_brings_its_news(as_user):
    t = _task(title="Followed one")
    kg = as_user(KG_ADMIN)
    assert "Followed one" not in kg.get("/en/tasks/mine").get_data(as_text=True)
    kg.post_form(f"/en/tasks/{t.id}/watch", {"watch": "1"})
    assert "Followed one" in kg.get("/en/tasks/mine?show=watched").get_data(as_text=True)
    assert "Stop following" in kg.get(f"/en/tasks/{t.id}").get_data(as_text=True)
    tasks.transition(user(KZ_ADMIN), t, "accept")
    tasks.transition(user(KZ_ADMIN), t, "start")
    assert [(n.kind, n.data["status"]) for n in inbox(KG_ADMIN)] == [("status", "accepted"), ("status", "in_progress")]
    kg.post_form(f"/en/tasks/{t.id}/watch", {"watch": "0"})
    assert "Followed one" not in kg.get("/en/tasks/mine?show=watched").get_data(as_text=True)


def test_cli_commands(app):
    _task()
    runner = app.test_cli_runner()
    assert "Sent 1" in runner.invoke(args=["notifications", "send"]).output
    assert "Sent 0" in runner.invoke(args=["notifications", "send"]).output
    assert "reminders" in runner.invoke(args=["notifications", "remind"]).output
    assert "digests" in runner.invoke(args=["notifications", "digest"]).output


def test_news_of_a_task_one_cannot_see_is_neither_listed_nor_mailed(as_user, outbox):
    from app.services import outbox as mail_outbox

    t = _task(visibility="organization")  # Kazakhstan's and the regional office's only
    stray = Notification(user_id=user(KG_ADMIN).id, kind="comment", task_id=t.id, data={}, mail_state=MAIL_PENDING)
    db.session.add(stray)
    db.session.commit()
    page = as_user(KG_ADMIN).get("/en/notifications/").get_data(as_text=True)
    assert "Print posters" not in page and "unread-count" not in page
    mail_outbox.send_pending()
    assert all(KG_ADMIN not in m.recipients for m in outbox)
    db.session.refresh(stray)
    assert stray.mail_state == MAIL_NONE


def test_followers_hear_of_acceptance():
    t = _task()
    notifications.set_watch(user(KG_ADMIN), t, True)
    notifications.set_watch(user(KG_ADMIN), t, True)  # twice is once
    tasks.transition(user(KZ_ADMIN), t, "accept")
    assert [(n.kind, n.data["status"]) for n in inbox(KG_ADMIN)] == [("status", "accepted")]

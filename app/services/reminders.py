"""Due-soon and overdue reminders and the escalation of long-overdue tasks.

Safe to run every hour: each reminder has a key (task, due date, step, person), so a second run
adds nothing, and a new due date starts the reminders again.
"""
from datetime import date, timedelta

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.models import Notification, Task
from app.models.task import CANCELLED, DECLINED, DONE
from app.services.notifications import coordinators, notify, org_admins


def _existing_keys(tasks) -> set[str]:
    return set(db.session.scalars(select(Notification.dedupe_key).where(
        Notification.task_id.in_([t.id for t in tasks]), Notification.dedupe_key.like("remind:%"))))


def remind(today: date | None = None) -> int:
    """Create the reminders due today. Returns how many notifications were added."""
    today = today or date.today()
    config = current_app.config
    soon = today + timedelta(days=config["DUE_SOON_DAYS"])
    tasks = list(db.session.scalars(select(Task).where(
        Task.due_date.is_not(None), Task.due_date <= soon, Task.status.not_in([DONE, DECLINED, CANCELLED]))
        .options(selectinload(Task.assignee_org), selectinload(Task.owner_org), selectinload(Task.created_by),
                 selectinload(Task.assignee_user), selectinload(Task.campaign))))
    done = _existing_keys(tasks)
    added = 0
    admins_of, regional = {}, []

    def admins(org):
        if org.id not in admins_of:
            admins_of[org.id] = org_admins(org)
        return admins_of[org.id]

    def who_answers(task):
        return [task.assignee_user] if task.assignee_user else admins(task.assignee_org)

    def send(task, step, kind, people, **data):
        nonlocal added
        key = f"remind:{task.id}:{task.due_date.isoformat()}:{step}"
        fresh = [u for u in people if u is not None and f"{key}:{u.id}" not in done]
        added += len(notify(task, kind, fresh, key=key, **data))

    for task in tasks:
        late = (today - task.due_date).days
        if late <= 0:
            send(task, "soon", "due_soon", who_answers(task))
            continue
        send(task, "overdue", "overdue", [*who_answers(task), task.created_by])
        if late > config["ESCALATE_ADMIN_DAYS"]:
            send(task, "admin", "escalation", admins(task.assignee_org), days=late)
        if late > config["ESCALATE_COORDINATOR_DAYS"] and task.campaign_id:
            regional = regional or coordinators()
            send(task, "coordinator", "escalation", regional, days=late)
    db.session.commit()
    return added

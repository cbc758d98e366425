"""Tasks: creation, the status machine with its history, comments. Conflicts never lose a change."""
import secrets
from datetime import date

from flask_babel import lazy_gettext as _l

from sqlalchemy.orm.exc import StaleDataError

from app.extensions import db
from app.i18n import translated
from app.models.base import utcnow
from app.models import Task, TaskComment, TaskEvent
from app.models.campaign import JOINED
from app.models.task import (
    NEEDS_REASON,
    OPEN,
    PRIORITIES,
    TRANSITIONS,
    VISIBILITY_CAMPAIGN,
    VISIBILITY_ORGANIZATION,
)
from app.services import ServiceError, audit, translations
from app.services.notifications import assignees, followers, mentioned, notify, watchers

COMMENT_MAX = 5000


class TaskConflict(ServiceError):
    def __init__(self, task):
        super().__init__(_l("Someone else changed this task while you were looking at it. "
                            "Here is the task as it is now; your text is still in the form."))
        self.task = task


def _is_member(user, org) -> bool:
    return user is not None and any(m.organization_id == org.id and m.is_active for m in user.memberships)


def _event(actor, task, action, from_status=None, to_status=None, note=None):
    task.events.append(TaskEvent(actor_id=getattr(actor, "id", None), action=action, from_status=from_status,
                                 to_status=to_status, note=note))


def create_for_societies(actor, *, assignee_orgs, **values) -> list[Task]:
    """The same task for several societies of a campaign in one step: one task each, grouped."""
    if not assignee_orgs:
        raise ServiceError(_l("Choose at least one society."), field="assignee_orgs")
    if len(assignee_orgs) == 1:
        return [create(actor, assignee_org=assignee_orgs[0], **values)]
    if values.pop("assignee_user", None) is not None:
        raise ServiceError(_l("Name a person only when the task goes to one society."), field="assignee_user")
    key = secrets.token_hex(8)
    try:
        created = [create(actor, assignee_org=org, assignee_user=None, group_key=key, commit=False, **values)
                   for org in assignee_orgs]
    except ServiceError:
        db.session.rollback()  # all or none
        raise
    db.session.commit()
    return created


def _check_fields(priority, due_date, may_backdate, old_due=None):
    if priority not in PRIORITIES:
        raise ServiceError(_l("Choose a priority."), field="priority")
    if due_date and due_date != old_due and due_date < date.today() and not may_backdate:
        raise ServiceError(_l("The due date is in the past. Only the coordinator can set such a date."),
                           field="due_date")


def create(actor, *, owner_org, assignee_org, campaign, title: str, description: str, priority: str,
           due_date: date | None, visibility: str, assignee_user, locale: str, may_backdate: bool,
           group_key: str | None = None, milestone=None, meeting=None, commit: bool = True) -> Task:
    _check_fields(priority, due_date, may_backdate)
    if milestone is not None and (campaign is None or milestone.campaign_id != campaign.id):
        raise ServiceError(_l("Choose a milestone of this campaign."), field="milestone")
    if campaign is None:
        # Outside a campaign a task stays in the society, unless a meeting's decision gives it to an
        # organization that took part in the meeting.
        allowed = {owner_org.id} | (meeting.organization_ids if meeting is not None else set())
        if assignee_org.id not in allowed:
            raise ServiceError(_l("A task outside a campaign stays in your own society."), field="assignee_org")
        visibility = VISIBILITY_ORGANIZATION
    else:
        joined = {p.organization_id for p in campaign.participations if p.status == JOINED}
        if assignee_org.id not in joined:
            raise ServiceError(_l("Choose a society that joined this campaign."), field="assignee_org")
        if visibility not in (VISIBILITY_CAMPAIGN, VISIBILITY_ORGANIZATION):
            raise ServiceError(_l("Choose who sees the task."), field="visibility")
    if assignee_user is not None and not _is_member(assignee_user, assignee_org):
        raise ServiceError(_l("The person must be a member of the society the task is given to."),
                           field="assignee_user")
    task = Task(owner_org=owner_org, assignee_org=assignee_org, campaign=campaign, priority=priority,
                due_date=due_date, visibility=visibility, assignee_user=assignee_user, created_by_id=actor.id,
                status=OPEN, source_locale=locale, group_key=group_key, milestone=milestone)
    db.session.add(task)
    translations.apply(actor, task, locale, {"title": title, "description": description})
    _event(actor, task, "created", to_status=OPEN)
    db.session.flush()
    audit.record(actor, "task.created", task, owner_org, assignee_org=assignee_org.slug)
    notify(task, "assigned", assignees(task), actor, personal=assignee_user is not None)
    if commit:
        db.session.commit()
    return task


def transition(actor, task: Task, action: str, *, reason: str = "", assignee_user=None,
               base_version: int | None = None) -> None:
    if base_version is not None and base_version != task.version:
        raise TaskConflict(task)
    if action not in TRANSITIONS:
        raise ServiceError(_l("This change is not possible."))
    allowed_from, to_status, _who = TRANSITIONS[action]
    if task.status not in allowed_from:
        raise ServiceError(_l("This change is not possible from the task's current status."))
    reason = (reason or "").strip()
    if action in NEEDS_REASON and not reason:
        raise ServiceError(_l("Say why, so the others know."), field="reason")
    if assignee_user is not None:
        if not _is_member(assignee_user, task.assignee_org):
            raise ServiceError(_l("The person must be a member of the society the task is given to."),
                               field="assignee_user")
        task.assignee_user = assignee_user
    old = task.status
    task.status = to_status
    task.reason = reason or (task.reason if action in ("start", "finish") else None)
    _event(actor, task, action, old, to_status, reason or None)
    audit.record(actor, "task.status_changed", task, task.assignee_org, status=[old, to_status])
    if action in ("accept", "decline"):
        notify(task, "answered", [task.created_by], actor, accepted=action == "accept", reason=reason)
        if action == "accept" and assignee_user is not None:
            notify(task, "assigned", [assignee_user], actor, personal=True)
        notify(task, "status", [u for u in watchers(task) if u.id != task.created_by_id], actor, status=to_status)
    else:
        people = followers(task) + (assignees(task) if to_status == OPEN else [])
        notify(task, "status", people, actor, status=to_status)
    _commit(task)


def edit(actor, task: Task, *, title: str, description: str, priority: str, due_date: date | None,
         locale: str, may_backdate: bool, base_version: int | None) -> bool:
    """The creator changes the task's text, due date and priority. Returns whether anything changed."""
    if base_version is None or base_version != task.version:
        raise TaskConflict(task)
    _check_fields(priority, due_date, may_backdate, old_due=task.due_date)
    before = {"priority": task.priority, "due_date": task.due_date}
    # The form showed each text in the language the reader's fallback found it in: a change is
    # saved in that language, and an untouched text writes nothing (no copy passed off as a translation).
    edited = []
    for field, value in (("title", title), ("description", description)):
        shown, shown_locale = translated(task, field, task.owner_org, locale)
        if (value or "").strip() != (shown or "").strip():
            target = shown_locale or locale
            translations.apply(actor, task, target, {field: value})
            edited.append(target)
    task.priority, task.due_date = priority, due_date
    changes = {k: [str(v), str(getattr(task, k))] for k, v in before.items() if getattr(task, k) != v}
    if not changes and not edited:
        return False
    if edited:
        changes["text"] = sorted(set(edited))
    _event(actor, task, "edited")
    task.updated_at = utcnow()  # the version moves even when only a translation's text changed
    audit.record(actor, "task.edited", task, task.owner_org, **changes)
    notify(task, "changed", [*followers(task), *assignees(task)], actor)
    _commit(task)
    return True


def _commit(task: Task) -> None:
    try:
        db.session.commit()
    except StaleDataError:  # saved by someone else between our read and our write
        db.session.rollback()
        db.session.refresh(task)
        raise TaskConflict(task) from None


def comment(actor, task: Task, body: str) -> TaskComment:
    body = (body or "").strip()
    if not body:
        raise ServiceError(_l("Write the comment first."), field="body")
    if len(body) > COMMENT_MAX:
        raise ServiceError(_l("The comment is too long."), field="body")
    item = TaskComment(task=task, author_id=actor.id, body=body)
    db.session.add(item)
    db.session.flush()
    side = task.assignee_org if _is_member(actor, task.assignee_org) else task.owner_org
    audit.record(actor, "task.commented", item, side, task_id=task.id)
    named = mentioned(task, body)
    notify(task, "mention", named, actor)
    named_ids = {u.id for u in named}
    notify(task, "comment", [u for u in [*followers(task), *assignees(task)] if u and u.id not in named_ids], actor)
    db.session.commit()
    return item

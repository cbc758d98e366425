"""Tasks: the token owner's and their societies', with the lists' filters; status changes and comments."""
from flask_babel import lazy_gettext as _l

from app import policy
from app.api import bp
from app.api.core import acting_user, content_locale, page_of, service_error, token_access
from app.api.present import org_ref, text, when
from app.api.problems import Problem
from app.api.schemas import (CommentSchema, LangArgs, NewCommentSchema, StatusChangeSchema, TaskArgs,
                             TaskDetailSchema, TaskSchema, page_schema)
from app.services import ServiceError, tasks
from app.services.tasks import TaskConflict

NOT_A_MEMBER = _l("The person must be a member of the society the task is given to.")
TaskPage = page_schema(TaskSchema, "TaskPage")
FILTERS = {"campaign_id": "campaign", "status": "status", "priority": "priority", "due": "due",
           "assignee_id": "assignee", "sort": "sort"}


def _person(user):
    return {"id": user.id, "name": user.full_name} if user is not None else None


def present(task, locale, comments=False) -> dict:
    data = {"id": task.id, "status": task.status, "priority": task.priority, "due_date": task.due_date,
            "visibility": task.visibility, "campaign_id": task.campaign_id, "owner": org_ref(task.owner_org, locale),
            "assignee_organization": org_ref(task.assignee_org, locale), "assignee": _person(task.assignee_user),
            "reason": task.reason, "version": task.version, "created_at": when(task.created_at),
            "updated_at": when(task.updated_at),
            **{name: text(task, name, locale, task.owner_org) for name in ("title", "description")}}
    if comments:
        data["comments"] = [present_comment(c) for c in task.comments]
    return data


def present_comment(comment) -> dict:
    return {"id": comment.id, "author": _person(comment.author), "body": comment.body,
            "created_at": when(comment.created_at)}


@bp.route("/tasks")
@token_access()
@bp.arguments(TaskArgs, location="query")
@bp.response(200, TaskPage)
def task_list(args):
    """The token owner's tasks (`show` narrows them), or with `society_id` a society's (`side`); the
    filters and sorting of the task lists."""
    user, locale = acting_user(), content_locale(args)
    filters = {key: args[name] for name, key in FILTERS.items() if args.get(name) is not None}
    if args.get("society_id") is not None:
        org = policy.get_space_by_id_or_404(user, args["society_id"])
        query = policy.space_tasks(user, org, args.get("side"))
    else:
        query = policy.my_tasks(user, args.get("show"))
    rows, page = page_of(policy.task_query(query, filters), args)
    return {"items": [present(t, locale) for t in rows], **page}


@bp.route("/tasks/<int:task_id>")
@token_access()
@bp.arguments(LangArgs, location="query")
@bp.response(200, TaskDetailSchema)
def task(args, task_id):
    """One task with its comments."""
    return present(policy.get_task_or_404(acting_user(), task_id), content_locale(args), comments=True)


@bp.route("/tasks/<int:task_id>/status", methods=["POST"])
@token_access(write=True)
@bp.arguments(StatusChangeSchema)
@bp.response(200, TaskSchema)
def change_status(data, task_id):
    """Move the task on (start, block, finish, reopen, cancel), or answer it for the assigned society
    (accept, decline): who may do which is the app's own rule."""
    user = acting_user()
    task = policy.get_task_or_404(user, task_id)
    policy.authorize(user, "task.transition", (task, data["action"]))
    assignee = None
    if data["action"] == "accept" and data.get("assignee_id"):
        assignee = policy.visible_active_member(user, task.assignee_org, data["assignee_id"])
        if assignee is None:
            raise Problem(422, errors={"assignee_id": [NOT_A_MEMBER]})
    try:
        tasks.transition(user, task, data["action"], reason=data["reason"], assignee_user=assignee,
                         base_version=data.get("version"))
    except TaskConflict as error:
        raise Problem(409, error.message)
    except ServiceError as error:
        raise service_error(error)
    return present(task, content_locale({}))


@bp.route("/tasks/<int:task_id>/comments", methods=["POST"])
@token_access(write=True)
@bp.arguments(NewCommentSchema)
@bp.response(201, CommentSchema)
def comment(data, task_id):
    """Comment on a task (everyone who sees it may)."""
    user = acting_user()
    task = policy.get_task_or_404(user, task_id)
    policy.authorize(user, "task.comment", task)
    try:
        return present_comment(tasks.comment(user, task, data["body"]))
    except ServiceError as error:
        raise service_error(error)

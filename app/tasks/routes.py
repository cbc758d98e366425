"""Tasks: my tasks, creating one, a task's page with its history, status changes and comments."""
from datetime import date

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import caching, policy
from app.formatting import day
from app.forms import Form, attach_error, parse_version
from app.i18n import current_locale, text, translated
from app.models.campaign import JOINED
from app.models.task import TRANSITIONS
from app.policy import LOGIN, access
from app.services import ServiceError, notifications, tasks
from app.services.tasks import TaskConflict
from app.tasks import bp
from app.tasks.filters import filter_form, task_list_page
from app.tasks.forms import CommentForm, EditTaskForm, TaskForm, TransitionForm


@bp.route("/")
@access(LOGIN)
def root():
    return redirect(url_for("tasks.index"))


@bp.route("/mine")
@access(LOGIN)
@caching.cached_page
def index():
    form = filter_form(current_user, with_show=True)
    filters = form.values()
    page = policy.task_page(policy.my_tasks(current_user, filters.get("show")), filters,
                            request.args.get("page", 1, type=int))
    return render_template("tasks/index.html", page=page, filters=form)


@bp.route("/overdue")
@access(LOGIN)
def overdue():
    form = filter_form(current_user)
    return render_template("tasks/overdue.html", page=task_list_page(policy.overdue_tasks(current_user), form),
                           filters=form)


def _owner_and_campaign():
    campaign = None
    if request.args.get("campaign", type=int):
        campaign = policy.get_campaign_or_404(current_user, request.args.get("campaign", type=int), full=True)
    return policy.get_creating_org_or_403(current_user, "task.create", campaign, request.args.get("org")), campaign


@bp.route("/new", methods=["GET", "POST"])
@access(LOGIN)
def create():
    owner, campaign = _owner_and_campaign()
    form = TaskForm()
    candidates = [p.organization for p in campaign.participations if p.status == JOINED] if campaign else [owner]
    choices = [(o.id, text(o, "name", o)) for o in candidates]
    form.assignee_org.choices = form.assignee_orgs.choices = choices
    people = policy.task_assignee_candidates(current_user, candidates)
    names = {o.id: text(o, "name", o) for o in candidates}
    form.assignee_user.choices = [(0, "—")] + [(m.id, m.user.full_name or m.user.email) for m in people]
    # The people offered, under their society's name: a person goes with the one society chosen.
    person_groups = [(names[o.id], [(m.id, m.user.full_name or m.user.email) for m in people
                                    if m.organization_id == o.id]) for o in candidates]
    milestones = list(campaign.milestones) if campaign else []
    if campaign is None:
        del form.visibility, form.assignee_orgs, form.milestone, form.all_societies
    else:
        del form.assignee_org
        form.all_societies.label.text = _("All participating societies (%(num)d)", num=len(candidates))
        form.milestone.choices = [(0, "—")] + [(m.id, f"{day(m.on_date)} · {text(m, 'title', campaign.owner_org)}")
                                                for m in milestones]
    if form.validate_on_submit():
        chosen = ([o.id for o in candidates] if form.all_societies.data else form.assignee_orgs.data) if campaign \
            else [form.assignee_org.data]
        try:
            created = tasks.create_for_societies(
                current_user, owner_org=owner, campaign=campaign,
                assignee_orgs=[o for o in candidates if o.id in chosen],
                assignee_user=next((m.user for m in people if m.id == form.assignee_user.data), None),
                title=form.title.data, description=form.description.data or "", priority=form.priority.data,
                due_date=form.due_date.data, visibility=form.visibility.data if campaign else "organization",
                milestone=next((m for m in milestones if campaign and m.id == form.milestone.data), None),
                locale=current_locale(), may_backdate=policy.is_coordinator(current_user))
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("The task has been created."), "success")
            if form.due_date.data and form.due_date.data < date.today():
                flash(_("Note: the due date you set has already passed."), "warning")
            return redirect(url_for("tasks.show", task_id=created[0].id))
    return render_template("tasks/new.html", form=form, owner=owner, campaign=campaign,
                           person_groups=[g for g in person_groups if g[1]]), \
        400 if form.is_submitted() else 200


def _page(task, comment_form=None, conflict=None, status=200):
    assignees = []
    if policy.can(current_user, "task.transition", (task, "accept")):
        assignees = [m.user for m in policy.visible_members(current_user, task.assignee_org) if m.is_active]
    # Offered: what this user may do and what the task's status allows now. A change posted from a
    # page that has gone stale is refused by the service with a message, not a 403.
    actions = [a for a, (allowed_from, _to, _who) in TRANSITIONS.items()
               if task.status in allowed_from and policy.can(current_user, "task.transition", (task, a))]
    return render_template("tasks/show.html", task=task, actions=actions, assignees=assignees,
                           group=policy.task_group(current_user, task),
                           watching=notifications.is_watching(current_user, task),
                           from_meeting=policy.meeting_of_task(current_user, task),
                           comment_form=comment_form or CommentForm(), conflict=conflict), status


@bp.route("/<int:task_id>")
@access(LOGIN)
def show(task_id):
    return _page(policy.get_task_or_404(current_user, task_id))


@bp.route("/<int:task_id>/group")
@access(LOGIN)  # the task as its page (policy.get_task_or_404); each copy listed only if the user sees it
def group(task_id):
    """A task given to several societies in one step: each society's copy side by side."""
    task = policy.get_task_or_404(current_user, task_id)
    if not task.group_key:
        return redirect(url_for("tasks.show", task_id=task.id))
    copies = policy.task_group(current_user, task, include_self=True)
    done = sum(1 for t in copies if t.status == "done")
    return render_template("tasks/group.html", task=task, copies=copies, done=done)


@bp.route("/<int:task_id>/transition", methods=["POST"])
@access(LOGIN)
def transition(task_id):
    task = policy.get_task_or_404(current_user, task_id)
    form = TransitionForm()
    policy.authorize(current_user, "task.transition", (task, form.action.data))
    if not form.validate_on_submit():
        flash(_("The form could not be read. Please try again."), "danger")
        return redirect(url_for("tasks.show", task_id=task.id))
    assignee = None
    if form.action.data == "accept" and form.assignee_user.data:
        assignee = policy.visible_active_member(current_user, task.assignee_org, form.assignee_user.data)
        if assignee is None:
            flash(_("The person must be a member of the society the task is given to."), "danger")
            return redirect(url_for("tasks.show", task_id=task.id))
    try:
        version = parse_version(form.version.data)
        tasks.transition(current_user, task, form.action.data, reason=form.reason.data,
                         assignee_user=assignee, base_version=version)
    except TaskConflict as conflict:
        return _page(task, conflict=conflict, status=409)
    except ServiceError as error:
        flash(error.message, "danger")
    else:
        flash(_("The task has been updated."), "success")
    if request.form.get("back") == "board" and task.campaign_id:  # a status changed from the campaign's board
        return redirect(url_for("campaigns.board", campaign_id=task.campaign_id))
    return redirect(url_for("tasks.show", task_id=task.id))


@bp.route("/<int:task_id>/comments", methods=["POST"])
@access(LOGIN)
def comment(task_id):
    task = policy.get_task_or_404(current_user, task_id)
    policy.authorize(current_user, "task.comment", task)
    form = CommentForm()
    if form.validate_on_submit():
        try:
            tasks.comment(current_user, task, form.body.data)
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("Your comment has been added."), "success")
            return redirect(url_for("tasks.show", task_id=task.id) + "#comments")
    return _page(task, comment_form=form, status=400)


def _edit_form(task, formdata=None):
    form = EditTaskForm(formdata=formdata)
    if formdata is None:
        # As written, in the language found for the reader (never transliterated): edit() saves it there.
        form.title.data = translated(task, "title", task.owner_org)[0]
        form.description.data = translated(task, "description", task.owner_org)[0]
        form.priority.data, form.due_date.data, form.version.data = task.priority, task.due_date, str(task.version)
    return form


@bp.route("/<int:task_id>/edit", methods=["GET", "POST"])
@access(LOGIN)
def edit(task_id):
    task = policy.get_task_or_404(current_user, task_id)
    policy.authorize(current_user, "task.edit", task)
    if request.method == "GET":
        return render_template("tasks/edit.html", task=task, form=_edit_form(task),
                               text_locale=translated(task, "title", task.owner_org)[1])
    form = _edit_form(task, request.form)
    if form.validate_on_submit():
        try:
            version = parse_version(form.version.data)
            changed = tasks.edit(current_user, task, title=form.title.data, description=form.description.data or "",
                                 priority=form.priority.data, due_date=form.due_date.data,
                                 locale=current_locale(), may_backdate=policy.is_coordinator(current_user),
                                 base_version=version)
        except TaskConflict as conflict:
            form.version.data = str(conflict.task.version)  # saving again overwrites, knowingly
            return render_template("tasks/edit.html", task=conflict.task, form=form, conflict=conflict), 409
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("The task has been saved.") if changed else _("Nothing was changed."), "success")
            return redirect(url_for("tasks.show", task_id=task.id))
    return render_template("tasks/edit.html", task=task, form=form), 400


@bp.route("/<int:task_id>/watch", methods=["POST"])
@access(LOGIN)
def watch(task_id):
    task = policy.get_task_or_404(current_user, task_id)
    if Form().validate_on_submit():
        watching = request.form.get("watch") == "1"
        notifications.set_watch(current_user, task, watching)
        flash(_("You now follow this task.") if watching else _("You no longer follow this task."), "success")
    return redirect(url_for("tasks.show", task_id=task.id))

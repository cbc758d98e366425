"""The filter bar shared by every task list: my tasks, overdue, a society's tasks."""
from flask import request
from flask_babel import gettext as _

from app import policy
from app.extensions import db
from app.i18n import text
from app.tasks.forms import TaskFilterForm


def _form(user) -> TaskFilterForm:
    form = TaskFilterForm(request.args)
    form.campaign.choices = [(0, _("Any campaign"))] + [
        (c.id, text(c, "title", c.owner_org)) for c in db.session.scalars(policy.visible_campaigns(user))]
    return form


def filter_form(user, with_show: bool = False) -> TaskFilterForm:
    """The filter form of a task list, its choices limited to what the user may see; "which of my tasks"
    only on the user's own list."""
    form = _form(user)
    form.society.choices = [(0, _("Any society"))] + [
        (o.id, text(o, "name", o)) for o in policy.visible_organizations(user)]
    if not with_show:
        del form.show
    del form.side
    return form


def space_filter_form(user) -> TaskFilterForm:
    """The filter form of a society's task list: which side of the task the society is on, not which society."""
    form = _form(user)
    del form.show, form.society
    return form


def task_list_page(query, form):
    return policy.task_page(query, form.values(), request.args.get("page", 1, type=int))

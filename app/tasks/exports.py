"""A task list, with the filters it was shown with, as a table for the CSV and XLSX downloads."""
from flask_babel import gettext as _

from app import policy
from app.forms import filters_used
from app.i18n import text
from app.services.exports import DATE, TEXT, Table
from app.tasks.forms import PRIORITY_LABELS, TASK_STATUS_LABELS

FILTERS = ("show", "side", "campaign", "society", "status", "priority", "due")


def tasks_table(query, form, title: str) -> Table:
    def rows():
        for task in policy.task_rows(query, form.values()):
            yield [text(task, "title", task.owner_org), str(TASK_STATUS_LABELS.get(task.status, task.status)),
                   str(PRIORITY_LABELS.get(task.priority, task.priority)), task.due_date,
                   text(task.owner_org, "name", task.owner_org), text(task.assignee_org, "name", task.assignee_org),
                   (task.assignee_user.full_name or task.assignee_user.email) if task.assignee_user else "",
                   text(task.campaign, "title", task.campaign.owner_org) if task.campaign else ""]

    return Table(title=title, filters=filters_used(form, FILTERS), rows=rows(),
                 columns=[(_("Task"), TEXT), (_("Status"), TEXT), (_("Priority"), TEXT), (_("Due date"), DATE),
                          (_("Given by"), TEXT), (_("Given to the society"), TEXT), (_("Person"), TEXT),
                          (_("Campaign"), TEXT)])

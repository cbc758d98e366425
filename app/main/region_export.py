"""The region overview as a workbook: one sheet per running regional campaign (indicators by society),
the overdue tasks, and the translation backlog of everything translatable the coordinator sees."""
from flask_babel import gettext as _

from app import policy
from app.campaigns.forms import UNIT_LABELS
from app.i18n import ENDONYMS, text
from app.services.exports import DATE, NUMBER, TEXT, Table
from app.tasks.forms import TASK_STATUS_LABELS


def _campaign_sheet(line) -> Table:
    c = line.campaign
    societies = line.joined

    def rows():
        for indicator in sorted(c.indicators, key=lambda i: i.id):
            by_org = line.shares[indicator.id]
            yield [text(indicator, "name", c.owner_org), str(UNIT_LABELS.get(indicator.unit, indicator.unit)),
                   *[by_org.get(o.id, 0) for o in societies], sum(by_org.values()), indicator.regional_target]

    return Table(title=text(c, "title", c.owner_org), rows=rows(),
                 filters=[(_("Campaign"), text(c, "title", c.owner_org))],
                 columns=[(_("Indicator"), TEXT), (_("Unit"), TEXT),
                          *[(text(o, "name", o), NUMBER) for o in societies],
                          (_("Regional total"), NUMBER), (_("Target"), NUMBER)])


def _overdue_sheet(user) -> Table:
    def rows():
        for task in policy.task_rows(policy.overdue_tasks(user), {"sort": "due"}):
            yield [text(task, "title", task.owner_org), text(task.assignee_org, "name", task.assignee_org),
                   text(task.owner_org, "name", task.owner_org), task.due_date,
                   str(TASK_STATUS_LABELS.get(task.status, task.status)),
                   text(task.campaign, "title", task.campaign.owner_org) if task.campaign else ""]

    return Table(title=_("Overdue tasks"), rows=rows(),
                 columns=[(_("Task"), TEXT), (_("Given to the society"), TEXT), (_("Given by"), TEXT),
                          (_("Due date"), DATE), (_("Status"), TEXT), (_("Campaign"), TEXT)])


def _translation_sheet(backlog) -> Table:
    return Table(title=_("Translation backlog"),
                 rows=([ENDONYMS[s.locale], s.items["missing"], s.items["incomplete"], s.items["outdated"],
                        s.items["draft"] + s.items["reviewed"]] for s in backlog),
                 columns=[(_("Language"), TEXT), (_("Missing"), NUMBER), (_("Incomplete"), NUMBER),
                          (_("Outdated"), NUMBER), (_("Translated"), NUMBER)])


def region_tables(user, region: dict) -> list[Table]:
    return [*(_campaign_sheet(line) for line in region["campaigns"]), _overdue_sheet(user),
            _translation_sheet(region["backlog"])]

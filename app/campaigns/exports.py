"""A campaign's indicator reports as a table for the CSV and XLSX downloads."""
from flask_babel import gettext as _

from app.campaigns.forms import UNIT_LABELS
from app.i18n import text
from app.services.exports import DATE, NUMBER, TEXT, Table


def reports_table(campaign) -> Table:
    """Every report the workspace shows: society, indicator, unit, period, value and the society's target."""
    organizations = {p.organization_id: p.organization for p in campaign.participations}
    organizations.setdefault(campaign.owner_org_id, campaign.owner_org)

    def rows():
        for indicator in sorted(campaign.indicators, key=lambda i: i.id):
            name = text(indicator, "name", campaign.owner_org)
            targets = {t.organization_id: t.target for t in indicator.targets}
            for report in indicator.reports:
                org = organizations.get(report.organization_id)
                unit = str(UNIT_LABELS.get(indicator.unit, indicator.unit))
                yield [text(org, "name", org) if org else "—", name, unit, report.period_date, report.value,
                       targets.get(report.organization_id)]

    return Table(title=_("Indicator reports"),
                 columns=[(_("Society"), TEXT), (_("Indicator"), TEXT), (_("Unit"), TEXT), (_("Period"), DATE),
                          (_("Value"), NUMBER), (_("Target"), NUMBER)],
                 rows=rows(), filters=[(_("Campaign"), text(campaign, "title", campaign.owner_org))])

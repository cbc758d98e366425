"""Shared indicators of a campaign: targets, reports from joined societies, and the regional roll-up."""
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from flask_babel import lazy_gettext as _l

from app.extensions import db
from app.models import (Campaign, Indicator, IndicatorReport, IndicatorReportRevision, IndicatorTarget,
                        Organization, Participation)
from app.models.campaign import ACTIVE, COMPLETED, JOINED, UNITS
from app.services import ServiceError, audit, translations


def _amount(value, field_name) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ServiceError(_l("Enter a number."), field=field_name) from None
    if amount < 0:
        raise ServiceError(_l("This unit cannot be negative."), field=field_name)
    if amount >= Decimal("1e12"):
        raise ServiceError(_l("This number is too large."), field=field_name)
    return amount


def add(actor, campaign: Campaign, *, name: str, unit: str, regional_target, society_targets: dict,
        locale: str) -> Indicator:
    """society_targets: {organization: target} for joined or invited societies."""
    if unit not in UNITS:
        raise ServiceError(_l("Choose a unit."), field="unit")
    indicator = Indicator(campaign=campaign, unit=unit, source_locale=locale,
                          regional_target=_amount(regional_target, "regional_target"))
    db.session.add(indicator)
    translations.apply(actor, indicator, locale, {"name": name})
    involved = {p.organization_id for p in campaign.participations}
    for org, target in society_targets.items():
        amount = _amount(target, "regional_target")
        if amount is None:
            continue
        if org.id not in involved:
            raise ServiceError(_l("A target can only be set for a society in this campaign."))
        indicator.targets.append(IndicatorTarget(organization_id=org.id, target=amount))
    db.session.flush()
    audit.record(actor, "campaign.indicator_added", indicator, campaign.owner_org, campaign_id=campaign.id)
    db.session.commit()
    return indicator


def report(actor, indicator: Indicator, participation: Participation, *, period_date: date, value,
           note: str) -> IndicatorReport:
    campaign = indicator.campaign
    if participation.campaign_id != campaign.id:
        raise ServiceError(_l("This indicator belongs to another campaign."))
    if participation.status != JOINED:
        raise ServiceError(_l("Only a society that joined the campaign reports on it."))
    if campaign.status not in (ACTIVE, COMPLETED):
        raise ServiceError(_l("Values are reported while the campaign is active."))
    if period_date is None or not (campaign.start_date <= period_date <= campaign.end_date):
        raise ServiceError(_l("The date must fall within the campaign's dates."), field="period_date")
    amount = _amount(value, "value")
    if amount is None:
        raise ServiceError(_l("Enter a number."), field="value")
    row = IndicatorReport(indicator=indicator, organization_id=participation.organization_id,
                          period_date=period_date, value=amount, note=(note or "").strip() or None,
                          reported_by_id=actor.id)
    row.revisions.append(IndicatorReportRevision(value=amount, actor_id=actor.id))
    db.session.add(row)
    db.session.flush()
    audit.record(actor, "campaign.value_reported", row, participation.organization,
                 campaign_id=campaign.id, indicator_id=indicator.id, value=str(amount))
    db.session.commit()
    return row


class ReportConflict(ServiceError):
    def __init__(self, report):
        super().__init__(_l("Someone else corrected this value while you were looking at it. Here is the value "
                            "as it is now; what you typed is still in the form."))
        self.report = report


def correct(actor, report: IndicatorReport, *, value, reason: str, version: int | None) -> None:
    """A new value for a report, with the reason: the report shows it from now on (totals add it up) and
    its history keeps every value it had, who gave it and when."""
    if version != report.version:
        raise ReportConflict(report)
    if report.indicator.campaign.status not in (ACTIVE, COMPLETED):
        raise ServiceError(_l("Values are reported while the campaign is active."))
    reason = (reason or "").strip()
    if not reason:
        raise ServiceError(_l("Say why the value changes."), field="reason")
    amount = _amount(value, "value")
    if amount is None:
        raise ServiceError(_l("Enter a number."), field="value")
    if amount == report.value:
        raise ServiceError(_l("This is the value the report already has."), field="value")
    old = report.value
    report.value, report.version = amount, report.version + 1
    report.revisions.append(IndicatorReportRevision(value=amount, reason=reason, actor_id=actor.id))
    audit.record(actor, "campaign.value_corrected", report, report.organization,
                 campaign_id=report.indicator.campaign_id, indicator_id=report.indicator_id,
                 value=[str(old), str(amount)], reason=reason)
    db.session.commit()


@dataclass
class Share:
    organization: Organization
    total: Decimal
    target: Decimal | None
    percent: float


@dataclass
class Progress:
    """One society against its own target (None: no target set)."""
    organization: Organization
    total: Decimal
    target: Decimal | None

    @property
    def percent(self) -> float | None:
        return float(self.total / self.target * 100) if self.target else None


@dataclass
class Rollup:
    indicator: Indicator
    total: Decimal = Decimal(0)
    shares: list[Share] = field(default_factory=list)
    trend: list[tuple[date, Decimal]] = field(default_factory=list)
    progress: list[Progress] = field(default_factory=list)

    @property
    def percent_of_target(self) -> float | None:
        target = self.indicator.regional_target
        return float(self.total / target * 100) if target else None


def rollup(indicator: Indicator, organizations: dict[int, Organization]) -> Rollup:
    """Exact totals (Decimal) from the loaded reports: the region, each society's share, the running total,
    and each society (that reported or has a target) against its own target."""
    result = Rollup(indicator)
    by_org: dict[int, Decimal] = defaultdict(Decimal)
    by_date: dict[date, Decimal] = defaultdict(Decimal)
    for r in indicator.reports:
        by_org[r.organization_id] += r.value
        by_date[r.period_date] += r.value
        result.total += r.value
    targets = {t.organization_id: t.target for t in indicator.targets}
    for org_id, total in sorted(by_org.items(), key=lambda item: -item[1]):
        percent = float(total / result.total * 100) if result.total else 0.0
        result.shares.append(Share(organizations[org_id], total, targets.get(org_id), percent))
    for org_id, org in sorted(organizations.items(), key=lambda item: item[1].slug):
        if org_id in by_org or org_id in targets:
            result.progress.append(Progress(org, by_org.get(org_id, Decimal(0)), targets.get(org_id)))
    running = Decimal(0)
    for day in sorted(by_date):
        running += by_date[day]
        result.trend.append((day, running))
    return result

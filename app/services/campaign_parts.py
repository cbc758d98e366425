"""Correcting a campaign's parts after they were made: editing indicators, milestones and news with the
version they were opened at (a stale page is a conflict, nothing is lost). Removing is app/services/removals.py."""
from datetime import date

from flask_babel import lazy_gettext as _l

from app.models import CampaignUpdate, Indicator, IndicatorTarget, Milestone
from app.models.base import utcnow
from app.models.campaign import MILESTONE_KINDS, UNITS
from app.services import ServiceError, audit, translations, versions
from app.services.indicators import _amount
from app.services.removals import owner_of


def edit_milestone(actor, milestone: Milestone, *, on_date: date, kind: str, title: str, locale: str,
                   version: int | None) -> None:
    versions.check(milestone, version)
    if kind not in MILESTONE_KINDS:
        raise ServiceError(_l("Choose a kind of milestone."), field="kind")
    if not (title or "").strip():
        raise ServiceError(_l("Write a title."), field="title")
    changes = {k: [str(old), str(new)] for k, old, new in (("date", milestone.on_date, on_date),
                                                            ("kind", milestone.kind, kind)) if old != new}
    milestone.on_date, milestone.kind = on_date, kind
    if translations.apply_as_shown(actor, milestone, {"title": title}, locale, owner_of(milestone)):
        changes["title"] = title
    if changes:
        milestone.updated_at = utcnow()  # the version moves even when only a text changed
        audit.record(actor, "campaign.milestone_edited", milestone, owner_of(milestone),
                     campaign_id=milestone.campaign_id, **changes)
    versions.commit(milestone)


def edit_update(actor, update: CampaignUpdate, *, body: str, locale: str, version: int | None) -> None:
    versions.check(update, version)
    if not (body or "").strip():
        raise ServiceError(_l("Write the news first."), field="body")
    if translations.apply_as_shown(actor, update, {"body": body}, locale, owner_of(update)):
        update.updated_at = utcnow()
        audit.record(actor, "campaign.update_edited", update, owner_of(update), campaign_id=update.campaign_id)
    versions.commit(update)


def edit_indicator(actor, indicator: Indicator, *, name: str, unit: str, regional_target, society_targets: dict,
                   locale: str, version: int | None) -> None:
    """society_targets: {organization: target or empty} for the campaign's societies; empty removes one."""
    versions.check(indicator, version)
    if unit not in UNITS:
        raise ServiceError(_l("Choose a unit."), field="unit")
    if not (name or "").strip():
        raise ServiceError(_l("Name the indicator."), field="name")
    target = _amount(regional_target, "regional_target")
    changes = {k: [str(old), str(new)] for k, old, new in (("unit", indicator.unit, unit),
                                                            ("regional_target", indicator.regional_target, target))
               if old != new}
    indicator.unit, indicator.regional_target = unit, target
    involved = {p.organization_id for p in indicator.campaign.participations}
    current = {t.organization_id: t for t in indicator.targets}
    for org, raw in society_targets.items():
        amount = _amount(raw, "regional_target")
        if org.id not in involved:
            raise ServiceError(_l("A target can only be set for a society in this campaign."))
        row = current.get(org.id)
        if amount is None and row is not None:
            indicator.targets.remove(row)
            changes[f"target:{org.slug}"] = [str(row.target), ""]
        elif amount is not None and row is None:
            indicator.targets.append(IndicatorTarget(organization_id=org.id, target=amount))
            changes[f"target:{org.slug}"] = ["", str(amount)]
        elif amount is not None and row.target != amount:
            changes[f"target:{org.slug}"] = [str(row.target), str(amount)]
            row.target = amount
    if translations.apply_as_shown(actor, indicator, {"name": name}, locale, owner_of(indicator)):
        changes["name"] = name
    if changes:
        indicator.updated_at = utcnow()
        audit.record(actor, "campaign.indicator_edited", indicator, owner_of(indicator),
                     campaign_id=indicator.campaign_id, **changes)
    versions.commit(indicator)

"""What was done and undone in an organization: its audit log, and what it removed lately (which its
admins may restore)."""
from flask import abort
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from app.extensions import db
from app.models import AuditEvent, Campaign, Organization, User
from app.policy.rules import can


def visible_audit_events(user, page: int = 1, per_page: int = 50):
    """The audit log, newest first, one page at a time (platform admins only)."""
    if not can(user, "audit.view"):
        abort(403)
    query = (
        select(AuditEvent)
        .options(joinedload(AuditEvent.actor), joinedload(AuditEvent.organization))
        .order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc())
    )
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def _utc(moment, zone):
    """A wall-clock time of `zone` as UTC (stored times are UTC, SQLite keeps no zone)."""
    from datetime import timezone

    return zone.localize(moment).astimezone(timezone.utc) if hasattr(zone, "localize") else \
        moment.replace(tzinfo=zone).astimezone(timezone.utc)


def org_audit_events(user, org: Organization, filters: dict):
    """An organization's audit events, newest first, narrowed by person, kind of object, action and
    dates (inclusive), for whoever may read its log."""
    from datetime import datetime, time

    from flask_babel import get_timezone

    zone = get_timezone()  # the dates are days as the log shows them
    if not can(user, "audit.view_org", org):
        abort(404)
    query = select(AuditEvent).where(AuditEvent.organization_id == org.id).options(joinedload(AuditEvent.actor))
    if filters.get("person"):
        query = query.where(AuditEvent.actor_id == filters["person"])
    if filters.get("kind"):
        query = query.where(AuditEvent.object_type == filters["kind"])
    if filters.get("action"):
        query = query.where(AuditEvent.action == filters["action"])
    if filters.get("since"):
        query = query.where(AuditEvent.created_at >= _utc(datetime.combine(filters["since"], time.min), zone))
    if filters.get("until"):
        query = query.where(AuditEvent.created_at <= _utc(datetime.combine(filters["until"], time.max), zone))
    return query.order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc())


def org_audit_people(user, org: Organization) -> list[User]:
    """The people who appear in an organization's audit log, for its filter."""
    if not can(user, "audit.view_org", org):
        return []
    ids = select(AuditEvent.actor_id).where(AuditEvent.organization_id == org.id).distinct()
    return list(db.session.scalars(select(User).where(User.id.in_(ids)).order_by(User.full_name, User.email)))


def removed_parts(user, org: Organization) -> list:
    """What was removed from the organization's campaigns, news, reports and plans in the last 30 days,
    newest first, for its admins (who may restore it); one query per kind."""
    from datetime import timedelta

    from app.models import (CampaignUpdate, DevelopmentStrategy, DiplomacyPlan, Indicator, IndicatorReport, Meeting,
                            Milestone, Participation, Partner, PlanActivity, PlanObjective, StrategicAim)
    from app.services.removals import removed_at
    from app.models.base import utcnow
    from app.models.removal import RESTORE_DAYS
    from app.policy.rules import is_org_admin

    if not is_org_admin(user, org):
        return []
    since = utcnow() - timedelta(days=RESTORE_DAYS)
    owned = {Indicator: Campaign.owner_org_id == org.id, Milestone: Campaign.owner_org_id == org.id,
             CampaignUpdate: CampaignUpdate.organization_id == org.id,
             IndicatorReport: IndicatorReport.organization_id == org.id,
             PlanObjective: PlanObjective.plan_id.in_(select(DiplomacyPlan.id).where(
                 DiplomacyPlan.organization_id == org.id)),
             PlanActivity: PlanActivity.objective_id.in_(select(PlanObjective.id).join(DiplomacyPlan).where(
                 DiplomacyPlan.organization_id == org.id)),
             Partner: Partner.organization_id == org.id, Meeting: Meeting.organizer_org_id == org.id,
             Participation: Participation.organization_id == org.id,
             DiplomacyPlan: DiplomacyPlan.organization_id == org.id,
             StrategicAim: StrategicAim.strategy_id.in_(select(DevelopmentStrategy.id).where(
                 DevelopmentStrategy.organization_id == org.id))}
    loads = {IndicatorReport: selectinload(IndicatorReport.indicator).selectinload(Indicator.campaign),
             PlanObjective: selectinload(PlanObjective.plan),
             PlanActivity: selectinload(PlanActivity.objective).selectinload(PlanObjective.plan),
             Partner: selectinload(Partner.organization), Meeting: selectinload(Meeting.organizer),
             DiplomacyPlan: selectinload(DiplomacyPlan.organization), StrategicAim: selectinload(StrategicAim.strategy)}
    found = []
    for model, condition in owned.items():
        query = select(model).where(removed_at(model).is_not(None), removed_at(model) >= since, condition)
        if model in (Indicator, Milestone):
            query = query.join(Campaign, Campaign.id == model.campaign_id)
        load = loads.get(model) or selectinload(model.campaign)
        found += db.session.scalars(query.options(load).execution_options(include_removed=True)).all()
    return sorted(found, key=lambda obj: getattr(obj, "removed_at", None) or obj.adaptation_removed_at, reverse=True)

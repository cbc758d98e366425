"""Removing softly and restoring: a removed thing is hidden everywhere from then on (see
app/models/removal.py) and the admins of the organization it belongs to restore it for 30 days."""
from datetime import timedelta

from flask_babel import lazy_gettext as _l

from app.extensions import db
from app.models import (CampaignUpdate, DiplomacyPlan, Indicator, IndicatorReport, Meeting, Milestone, Participation,
                        Partner, PlanActivity, PlanObjective, StrategicAim)
from app.models.base import as_utc, utcnow
from app.models.removal import RESTORE_DAYS
from app.services import ServiceError, audit

# What each kind is called in URLs, and the name of its audit events.
REMOVABLE = {"indicator": Indicator, "milestone": Milestone, "update": CampaignUpdate, "report": IndicatorReport,
             "objective": PlanObjective, "activity": PlanActivity, "partner": Partner, "meeting": Meeting,
             "adaptation": Participation, "plan": DiplomacyPlan, "aim": StrategicAim}
AUDIT_NAMES = {Indicator: "campaign.indicator", Milestone: "campaign.milestone", CampaignUpdate: "campaign.update",
               IndicatorReport: "campaign.report", PlanObjective: "plan.objective", PlanActivity: "plan.activity",
               Partner: "partner", Meeting: "meeting", Participation: "campaign.adaptation", DiplomacyPlan: "plan",
               StrategicAim: "strategy.aim"}


def removed_at(model):
    """The column saying when a thing was removed: a participation stays, only its local adaptation goes."""
    return model.adaptation_removed_at if model is Participation else model.removed_at


def _mark(obj, when, who) -> None:
    if isinstance(obj, Participation):
        obj.adaptation_removed_at, obj.adaptation_removed_by_id = when, who
    else:
        obj.removed_at, obj.removed_by_id = when, who


def _when(obj):
    return obj.adaptation_removed_at if isinstance(obj, Participation) else obj.removed_at


def _action(obj, done: str) -> str:
    """campaign.milestone_removed, plan.activity_restored, partner.removed, meeting.restored..."""
    name = AUDIT_NAMES[type(obj)]
    return f"{name}_{done}" if "." in name else f"{name}.{done}"


def owner_of(obj):
    """The organization a removable thing belongs to: the campaign's owner for its indicators and
    milestones, the posting society for news, the reporting society for a report, the plan's society for
    its objectives and activities."""
    if isinstance(obj, (Indicator, Milestone)):
        return obj.campaign.owner_org
    if isinstance(obj, PlanObjective):
        return obj.plan.organization
    if isinstance(obj, PlanActivity):
        return obj.objective.plan.organization
    return obj.organization


def kind_of(obj) -> str:
    return next(kind for kind, model in REMOVABLE.items() if isinstance(obj, model))


def remove(actor, obj, *, commit: bool = True) -> None:
    """Hidden everywhere from now on (lists, totals, exports, packs, feeds), restorable for 30 days."""
    if _when(obj) is not None:
        raise ServiceError(_l("This has already been removed."))
    _mark(obj, utcnow(), actor.id)
    audit.record(actor, _action(obj, "removed"), obj, owner_of(obj))
    if commit:
        db.session.commit()


def restore(actor, obj) -> None:
    if _when(obj) is None:
        raise ServiceError(_l("This has not been removed."))
    if as_utc(_when(obj)) < utcnow() - timedelta(days=RESTORE_DAYS):
        raise ServiceError(_l("This was removed more than %(days)s days ago and can no longer be restored.",
                              days=RESTORE_DAYS))
    _mark(obj, None, None)
    if isinstance(obj, (PlanObjective, PlanActivity)):  # back in an approved plan: the plan changes
        from app.i18n import text
        from app.services import plans

        plan = obj.plan if isinstance(obj, PlanObjective) else obj.objective.plan
        plans.reopen(actor, plan, f"{kind_of(obj)}_restored", text(obj, "title", plan.organization))
    audit.record(actor, _action(obj, "restored"), obj, owner_of(obj))
    db.session.commit()

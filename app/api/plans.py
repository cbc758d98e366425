"""A society's humanitarian diplomacy plans (objectives, activities) and partners, for its members."""
from app import policy
from app.api import bp
from app.api.core import acting_user, content_locale, page_of_list, token_access
from app.api.present import text
from app.api.schemas import LangArgs, ListLangArgs, PartnerSchema, PlanSchema, page_schema

PlanPage = page_schema(PlanSchema, "PlanPage")
PartnerPage = page_schema(PartnerSchema, "PartnerPage")


def _activity(activity, locale, org) -> dict:
    return {"id": activity.id, "quarters": activity.quarters, "status": activity.status,
            "campaign_id": activity.campaign_id, "partner_ids": [p.id for p in activity.partners],
            **{name: text(activity, name, locale, org) for name in ("title", "description")}}


def present_plan(plan, locale) -> dict:
    org = plan.organization
    return {"id": plan.id, "organization_id": plan.organization_id, "year": plan.year, "status": plan.status,
            "version": plan.version, **{name: text(plan, name, locale, org) for name in ("title", "summary")},
            "objectives": [{"id": o.id, "title": text(o, "title", locale, org),
                            "activities": [_activity(a, locale, org) for a in o.activities]}
                           for o in plan.objectives]}


@bp.route("/organizations/<int:organization_id>/plans")
@token_access()
@bp.arguments(ListLangArgs, location="query")
@bp.response(200, PlanPage)
def plan_list(args, organization_id):
    """The society's plans, latest year first, each with its objectives and activities."""
    user = acting_user()
    org = policy.get_space_by_id_or_404(user, organization_id)
    rows, page = page_of_list(policy.space_plans_full(user, org), args)
    locale = content_locale(args)
    return {"items": [present_plan(p, locale) for p in rows], **page}


@bp.route("/organizations/<int:organization_id>/plans/<int:plan_id>")
@token_access()
@bp.arguments(LangArgs, location="query")
@bp.response(200, PlanSchema)
def plan(args, organization_id, plan_id):
    """One plan."""
    user = acting_user()
    org = policy.get_space_by_id_or_404(user, organization_id)
    return present_plan(policy.get_plan_or_404(user, org, plan_id), content_locale(args))


@bp.route("/organizations/<int:organization_id>/partners")
@token_access()
@bp.arguments(ListLangArgs, location="query")
@bp.response(200, PartnerPage)
def partner_list(args, organization_id):
    """The society's partners (its members other than volunteers see them, as on the page)."""
    user = acting_user()
    org = policy.get_space_by_id_or_404(user, organization_id)
    rows, page = page_of_list(policy.space_partners(user, org), args)
    locale = content_locale(args)
    return {"items": [{"id": p.id, "name": text(p, "name", locale, org), "kind": p.kind, "stage": p.stage,
                       "contact_person": p.contact_person, "channels": p.channels, "next_step": p.next_step,
                       "next_step_date": p.next_step_date, "shared_with_region": p.shared_with_region,
                       "campaign_ids": [c.id for c in p.campaigns]} for p in rows], **page}

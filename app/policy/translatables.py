"""Translatable content, with every translation loaded: a space's own, and the region's for the
coordinator. A fixed number of queries whatever the amount."""
from sqlalchemy import false, or_, select
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.models import Campaign, Organization, Participation
from app.models.campaign import JOINED, REGIONAL
from app.policy.queries import _visible_material, visible_departments
from app.policy.rules import can, membership_in


def queue_locales(user, org: Organization) -> list[str]:
    """The languages a person's translation queue shows unless asked for others: a translator's own, else
    the space's working languages."""
    m = membership_in(user, org)
    return list(m.translation_locales if m else []) or list(org.working_locales)


def space_campaigns(user, org: Organization) -> list[Campaign]:
    """The campaigns a space translates (its own and those it takes part in), with their parts loaded."""
    if not can(user, "translation.dashboard", org):
        return []
    return _campaigns_of_space(org)


def translatable_content(user, org: Organization, kind: str | None = None,
                         campaigns: list[Campaign] | None = None) -> list:
    """A space's translatable content with all its translations, in a fixed number of queries.
    `campaigns`: the space's campaigns when the caller has them already (`space_campaigns`)."""
    if not can(user, "translation.dashboard", org):
        return []
    items = []
    if kind in (None, "organization"):
        items.append(org)
    if kind in (None, "department"):
        items += visible_departments(user, org)
    if kind in (None, "campaign", "indicator", "milestone", "update", "adaptation"):
        campaigns = _campaigns_of_space(org) if campaigns is None else campaigns
        parts = {"campaign": campaigns,
                 "indicator": [i for c in campaigns for i in c.indicators],
                 "milestone": [m for c in campaigns for m in c.milestones],
                 "update": [u for c in campaigns for u in c.updates],
                 "adaptation": [p for c in campaigns for p in c.participations
                                if p.organization_id == org.id and p.adaptation_removed_at is None]}
        items += [obj for name, objs in parts.items() if kind in (None, name) for obj in objs]
    items += _space_content(org, kind)
    return items


def _space_content(org: Organization, kind: str | None) -> list:
    """The space's own written content beyond names and campaigns: material, plans and their parts,
    partners, meetings and their decisions, tasks it gave. One query per kind asked for."""
    from app.models import (CampaignProposal, DevelopmentStrategy, DiplomacyPlan, Material, Meeting, MeetingDecision,
                            Partner, PlanActivity, PlanObjective, ProposalIndicator, StrategicAim, Task)
    from app.models.proposal import DRAFT
    from app.models.diplomacy import ACCEPTED, meeting_organization

    plans = select(DiplomacyPlan.id).where(DiplomacyPlan.organization_id == org.id)
    objectives = select(PlanObjective.id).where(PlanObjective.plan_id.in_(plans))
    attended = select(meeting_organization.c.meeting_id).where(meeting_organization.c.organization_id == org.id,
                                                               meeting_organization.c.status == ACCEPTED)
    meetings = select(Meeting.id).where(or_(Meeting.organizer_org_id == org.id, Meeting.id.in_(attended)))
    # A society translates its own proposals; the regional office, every proposal open to the region.
    proposals = select(CampaignProposal.id).where(or_(
        CampaignProposal.author_org_id == org.id,
        CampaignProposal.status != DRAFT if org.is_regional_office else false()))
    queries = {
        "task": select(Task).where(Task.owner_org_id == org.id).order_by(Task.id.desc())
        .options(selectinload(Task.owner_org)),
        "material": select(Material).where(Material.owner_org_id == org.id).order_by(Material.id.desc())
        .options(selectinload(Material.owner_org)),
        "plan": select(DiplomacyPlan).where(DiplomacyPlan.organization_id == org.id)
        .options(selectinload(DiplomacyPlan.organization)),
        "objective": select(PlanObjective).where(PlanObjective.plan_id.in_(plans))
        .options(selectinload(PlanObjective.plan).selectinload(DiplomacyPlan.organization)),
        "activity": select(PlanActivity).where(PlanActivity.objective_id.in_(objectives))
        .options(selectinload(PlanActivity.objective).selectinload(PlanObjective.plan)
                 .selectinload(DiplomacyPlan.organization)),
        "partner": select(Partner).where(Partner.organization_id == org.id).options(selectinload(Partner.organization)),
        "strategy": select(DevelopmentStrategy).where(DevelopmentStrategy.organization_id == org.id)
        .options(selectinload(DevelopmentStrategy.organization)),
        "aim": select(StrategicAim).join(DevelopmentStrategy).where(DevelopmentStrategy.organization_id == org.id)
        .options(selectinload(StrategicAim.strategy).selectinload(DevelopmentStrategy.organization)),
        "meeting": select(Meeting).where(Meeting.id.in_(meetings)).options(selectinload(Meeting.participants),
                                                                          selectinload(Meeting.organizer)),
        "proposal": select(CampaignProposal).where(CampaignProposal.id.in_(proposals))
        .options(selectinload(CampaignProposal.author_org)).order_by(CampaignProposal.id.desc()),
        "proposal_indicator": select(ProposalIndicator).where(ProposalIndicator.proposal_id.in_(proposals))
        .options(selectinload(ProposalIndicator.proposal).selectinload(CampaignProposal.author_org)),
        "decision": select(MeetingDecision).where(MeetingDecision.meeting_id.in_(meetings)).options(
            selectinload(MeetingDecision.meeting).options(selectinload(Meeting.participants),
                                                          selectinload(Meeting.organizer))),
    }
    items = []
    for name, query in queries.items():
        if kind in (None, name):
            items += list(db.session.scalars(query))
    return items


def _campaigns_of_space(org: Organization) -> list[Campaign]:
    joined = select(Participation.campaign_id).where(Participation.organization_id == org.id,
                                                     Participation.status == JOINED)
    conditions = [Campaign.owner_org_id == org.id, Campaign.id.in_(joined)]
    if org.is_regional_office:
        conditions.append(Campaign.scope == REGIONAL)
    return list(db.session.scalars(
        select(Campaign).options(selectinload(Campaign.owner_org), selectinload(Campaign.participations),
                                 selectinload(Campaign.indicators), selectinload(Campaign.milestones),
                                 selectinload(Campaign.updates))
        .where(or_(*conditions)).order_by(Campaign.start_date.desc())))


def region_organizations(user) -> list[Organization]:
    """Every organization of the region, for the coordinator's translation overview."""
    if not can(user, "translation.region"):
        return []
    return list(db.session.scalars(
        select(Organization).options(selectinload(Organization.translations)).order_by(Organization.slug)))


def region_campaigns(user) -> list[Campaign]:
    """The campaigns of the regional office's space (every regional campaign among them), for the coordinator."""
    office = user.regional_office if can(user, "translation.region") else None
    return space_campaigns(user, office) if office else []


def region_translatable(user, kind: str | None = None,
                        campaigns: list[Campaign] | None = None) -> list[tuple[Organization, object]]:
    """Everything translatable the coordinator sees across the region, each with the space it belongs to:
    the organizations' names, the regional office's own content (the regional campaigns among it) and
    the material the societies made for regional campaigns. A fixed number of queries.
    `campaigns`: the office's campaigns when the caller has them already (`region_campaigns`)."""
    from app.models import Material

    organizations = region_organizations(user)
    office = user.regional_office
    if not organizations or office is None:
        return []
    items = [(o, o) for o in organizations if kind in (None, "organization")]
    items += [(office, obj) for obj in translatable_content(user, office, kind, campaigns) if obj is not office]
    if kind in (None, "material"):
        by_id = {o.id: o for o in organizations}
        items += [(by_id[m.owner_org_id], m) for m in db.session.scalars(
            select(Material).join(Campaign, Material.campaign_id == Campaign.id)
            .where(Campaign.scope == REGIONAL, Material.owner_org_id != office.id, _visible_material(user))
            .options(selectinload(Material.owner_org)).order_by(Material.owner_org_id, Material.id.desc()))]
    return items

"""Where the region stands, for the regional office: its active regional campaigns (societies joined,
invited and declined, indicators against targets, last report per society, tasks by status, material
waiting for clearance, next milestones) and, across campaigns, overdue tasks per society, invitations
not answered, what comes in the next 30 days and the translation backlog of everything translatable
the coordinator sees (as the region's translation list counts it). A fixed number of queries however much data there is;
every count is computed the way the list it links to selects its rows."""
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.i18n import LOCALES
from app.models import Campaign, Indicator, IndicatorReport, Material, Milestone, Participation, Task
from app.models.campaign import ACTIVE, DRAFT, INVITED, JOINED, REGIONAL
from app.models.campaign import DECLINED as PARTICIPATION_DECLINED
from app.models.material import SUBMITTED
from app.models.task import ENDED, VISIBILITY_CAMPAIGN
from app.services import translation_status

UPCOMING_DAYS = 30


@dataclass
class CampaignLine:
    campaign: Campaign
    joined: list = field(default_factory=list)
    invited: list = field(default_factory=list)
    declined: list = field(default_factory=list)
    last_report: dict = field(default_factory=dict)  # organization id -> date of its latest report
    shares: dict = field(default_factory=dict)  # indicator id -> {organization id: its total}
    targets: dict = field(default_factory=dict)  # indicator id -> {organization id: its target}
    tasks: dict = field(default_factory=dict)  # organization id -> {status: count}
    overdue: dict = field(default_factory=dict)  # organization id -> count
    waiting_clearance: int = 0
    milestones: list = field(default_factory=list)


def _campaigns() -> list[Campaign]:
    return list(db.session.scalars(
        select(Campaign).where(Campaign.scope == REGIONAL, Campaign.status == ACTIVE)
        .options(selectinload(Campaign.owner_org),
                 selectinload(Campaign.participations).selectinload(Participation.organization),
                 selectinload(Campaign.indicators),
                 selectinload(Campaign.milestones))
        .order_by(Campaign.start_date, Campaign.id)))


def overview(user, today: date | None = None) -> dict:
    """The dashboard's numbers; the caller has checked that `user` belongs to the regional office."""
    from app.policy.queries import _visible_material, overdue_tasks
    from app.policy.translatables import region_translatable

    today = today or date.today()
    campaigns = _campaigns()
    lines = {c.id: CampaignLine(c) for c in campaigns}
    ids = list(lines)
    for line in lines.values():
        for p in sorted(line.campaign.participations, key=lambda p: p.organization.slug):
            {JOINED: line.joined, INVITED: line.invited, PARTICIPATION_DECLINED: line.declined}.get(
                p.status, []).append(p.organization)
        for indicator in line.campaign.indicators:
            line.shares[indicator.id] = {}
            line.targets[indicator.id] = {t.organization_id: t.target for t in indicator.targets}
    if ids:
        # Each society's total and latest report per indicator, summed by the database (not report by report).
        for campaign_id, indicator_id, org_id, total, latest in db.session.execute(
                select(Indicator.campaign_id, IndicatorReport.indicator_id, IndicatorReport.organization_id,
                       func.sum(IndicatorReport.value), func.max(IndicatorReport.period_date))
                .join(Indicator, Indicator.id == IndicatorReport.indicator_id).where(Indicator.campaign_id.in_(ids))
                .group_by(Indicator.campaign_id, IndicatorReport.indicator_id, IndicatorReport.organization_id)):
            line = lines[campaign_id]
            line.shares[indicator_id][org_id] = total
            seen = line.last_report.get(org_id)
            line.last_report[org_id] = max(seen, latest) if seen else latest
    if ids:
        # Counted like the campaign's task list filtered by a society: tasks it gave or was given,
        # among those the user sees there (campaign-wide ones, and those of the user's organizations).
        mine = [m.organization_id for m in user.active_memberships]
        seen = or_(Task.visibility == VISIBILITY_CAMPAIGN, Task.assignee_org_id.in_(mine), Task.owner_org_id.in_(mine))
        for campaign_id, owner_id, assignee_id, status, count, late in db.session.execute(
                select(Task.campaign_id, Task.owner_org_id, Task.assignee_org_id, Task.status, func.count(),
                       func.sum(case(((Task.due_date < today) & Task.status.not_in(ENDED), 1), else_=0)))
                .where(Task.campaign_id.in_(ids), seen)
                .group_by(Task.campaign_id, Task.owner_org_id, Task.assignee_org_id, Task.status)):
            line = lines[campaign_id]
            for org_id in {owner_id, assignee_id}:
                by_status = line.tasks.setdefault(org_id, {})
                by_status[status] = by_status.get(status, 0) + count
                line.overdue[org_id] = line.overdue.get(org_id, 0) + int(late or 0)
        for campaign_id, count in db.session.execute(
                select(Material.campaign_id, func.count()).where(Material.campaign_id.in_(ids),
                                                                 Material.clearance == SUBMITTED,
                                                                 _visible_material(user))
                .group_by(Material.campaign_id)):
            lines[campaign_id].waiting_clearance = count
        for milestone in db.session.scalars(select(Milestone).where(
                Milestone.campaign_id.in_(ids), Milestone.on_date >= today).order_by(Milestone.on_date, Milestone.id)):
            if len(lines[milestone.campaign_id].milestones) < 3:
                lines[milestone.campaign_id].milestones.append(milestone)

    # Overdue tasks per society, counted like the overdue list filtered by that society (given or received).
    overdue_by_org: dict[int, list] = defaultdict(lambda: [0, None])
    late = overdue_tasks(user).subquery()
    for owner_id, assignee_id, count, oldest in db.session.execute(
            select(late.c.owner_org_id, late.c.assignee_org_id, func.count(), func.min(late.c.due_date))
            .group_by(late.c.owner_org_id, late.c.assignee_org_id)):
        for org_id in {owner_id, assignee_id}:
            entry = overdue_by_org[org_id]
            entry[0] += count
            entry[1] = oldest if entry[1] is None else min(entry[1], oldest)

    open_invitations = list(db.session.scalars(
        select(Participation).join(Campaign).where(Participation.status == INVITED, Campaign.scope == REGIONAL,
                                                   Campaign.status.in_([ACTIVE, DRAFT]))
        .options(selectinload(Participation.organization), selectinload(Participation.campaign))
        .order_by(Campaign.start_date, Participation.id)))
    soon = today + timedelta(days=UPCOMING_DAYS)
    upcoming_milestones = list(db.session.scalars(
        select(Milestone).join(Campaign).where(Campaign.scope == REGIONAL, Milestone.on_date >= today,
                                               Milestone.on_date <= soon)
        .options(selectinload(Milestone.campaign).selectinload(Campaign.owner_org))
        .order_by(Milestone.on_date, Milestone.id)))
    organizations = _organizations(campaigns, overdue_by_org)
    overdue = sorted(((organizations[org_id], count, oldest) for org_id, (count, oldest) in overdue_by_org.items()),
                     key=lambda item: (item[2], item[0].slug))  # oldest first
    office = user.regional_office
    return {"campaigns": list(lines.values()), "overdue": overdue, "open_invitations": open_invitations,
            "backlog": translation_status.summarize([item for space, item in region_translatable(user)], LOCALES),
            "upcoming_milestones": upcoming_milestones, "office": office,
            "upcoming_meetings": _upcoming_meetings(office, soon), "stale_before": today - timedelta(days=30)}


def _upcoming_meetings(office, until: date) -> list:
    """Meetings the regional office organises or accepted to attend, from now until `until`."""
    from app.models import Meeting, MeetingInvitation
    from app.models.base import utcnow
    from app.models.diplomacy import ACCEPTED

    if office is None:
        return []
    attended = select(MeetingInvitation.meeting_id).where(MeetingInvitation.organization_id == office.id,
                                                         MeetingInvitation.status == ACCEPTED)
    return list(db.session.scalars(
        select(Meeting).where(or_(Meeting.organizer_org_id == office.id, Meeting.id.in_(attended)),
                              Meeting.ends_at >= utcnow(), Meeting.starts_at < until + timedelta(days=1))
        .options(selectinload(Meeting.organizer)).order_by(Meeting.starts_at, Meeting.id)))


def _organizations(campaigns, overdue_by_org) -> dict:
    """Every organization the dashboard names, by id (one query)."""
    from app.models import Organization

    ids = set(overdue_by_org) | {p.organization_id for c in campaigns for p in c.participations}
    if not ids:
        return {}
    return {o.id: o for o in db.session.scalars(select(Organization).where(Organization.id.in_(ids))
                                                .options(selectinload(Organization.translations)))}

"""What needs a society member now, by role: the home page of everyone outside the regional office.

Admin: tasks to accept, accepted tasks nobody is assigned to, campaign and meeting invitations to
answer, campaign proposals the society has not answered, material to clear, overdue tasks, people invited who have not joined, indicator reports due.
Staff: indicator reports due, material sent back to me. Admin and staff: the progress of the
society's current humanitarian-diplomacy plan. Volunteer: the society's running campaigns (their
material in my language, and the offline pack). Everyone: my open tasks by due date. A fixed number
of queries per membership; each count is the list it links to.
"""
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.models import Campaign, IndicatorReport, Material, Participation, Task
from app.models.campaign import ACTIVE, INVITED, JOINED
from app.models.material import DRAFT, SUBMITTED
from app.models.task import ENDED, OPEN

REPORT_EVERY_DAYS = 30
FIRST = 10  # items shown of a list; its count links to the whole list


@dataclass
class Attention:
    org: object
    role: str
    to_accept: list = field(default_factory=list)
    to_accept_count: int = 0
    unassigned: list = field(default_factory=list)
    unassigned_count: int = 0
    overdue: int = 0
    campaign_invitations: list = field(default_factory=list)
    meeting_invitations: list = field(default_factory=list)
    proposals_to_answer: list = field(default_factory=list)  # open campaign proposals the society has not answered
    to_clear: list = field(default_factory=list)
    invited_people: int = 0
    reports_due: list = field(default_factory=list)  # (campaign, indicator) without a report lately
    my_tasks: list = field(default_factory=list)
    sent_back: list = field(default_factory=list)
    campaigns: list = field(default_factory=list)
    translation: list = field(default_factory=list)  # per language of a translator: items by state
    plan: object = None  # the current humanitarian-diplomacy plan
    plan_progress: dict = field(default_factory=dict)  # its activities by status

    @property
    def is_empty(self) -> bool:
        return not any((self.to_accept, self.unassigned, self.overdue, self.plan, self.campaign_invitations,
                        self.meeting_invitations, self.proposals_to_answer, self.to_clear, self.invited_people, self.reports_due,
                        self.my_tasks, self.sent_back, self.campaigns,
                        any(s.items["missing"] or s.items["outdated"] or s.items["draft"] for s in self.translation)))


def _running_campaigns(org):
    joined = select(Participation.campaign_id).where(Participation.organization_id == org.id,
                                                     Participation.status == JOINED)
    return list(db.session.scalars(
        select(Campaign).where(Campaign.status == ACTIVE, or_(Campaign.owner_org_id == org.id, Campaign.id.in_(joined)))
        .options(selectinload(Campaign.owner_org), selectinload(Campaign.indicators))
        .order_by(Campaign.start_date, Campaign.id)))


def _reports_due(org, campaigns, today: date) -> list:
    indicator_ids = [i.id for c in campaigns for i in c.indicators]
    if not indicator_ids:
        return []
    recent = set(db.session.scalars(select(IndicatorReport.indicator_id).where(
        IndicatorReport.indicator_id.in_(indicator_ids), IndicatorReport.organization_id == org.id,
        IndicatorReport.period_date >= today - timedelta(days=REPORT_EVERY_DAYS))))
    return [(c, i) for c in campaigns for i in sorted(c.indicators, key=lambda i: i.id) if i.id not in recent]


def _first_and_count(query) -> tuple[list, int]:
    """The first tasks of a filtered list, and how many it holds."""
    first = list(db.session.scalars(query.options(selectinload(Task.owner_org)).limit(FIRST)))
    return first, db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))


def for_membership(user, membership, today: date | None = None) -> Attention:
    from app.policy import current_plan, meeting_invitations, pending_invitations, space_tasks
    from app.policy.queries import filter_tasks
    from app.services import plans

    today = today or date.today()
    org, role = membership.organization, membership.role
    found = Attention(org=org, role=role)
    campaigns = _running_campaigns(org)
    found.my_tasks = list(db.session.scalars(
        select(Task).where(Task.assignee_user_id == user.id, Task.status.not_in(ENDED),
                           or_(Task.assignee_org_id == org.id, Task.owner_org_id == org.id))
        .options(selectinload(Task.owner_org))
        .order_by(Task.due_date.is_(None), Task.due_date, Task.id).limit(FIRST)))
    if role == "volunteer":  # the tasks given to them, and the campaigns to talk about
        found.campaigns = campaigns
        return found
    if role in ("admin", "staff"):  # they report the society's indicator values
        found.reports_due = _reports_due(org, campaigns, today)
    if role in ("admin", "staff"):
        found.plan = current_plan(user, org)
        found.plan_progress = plans.progress(found.plan) if found.plan else {}
    if role == "admin":
        found.to_accept, found.to_accept_count = _first_and_count(
            filter_tasks(space_tasks(user, org, "received"), {"status": OPEN}))
        found.unassigned, found.unassigned_count = _first_and_count(
            filter_tasks(space_tasks(user, org, "to_assign"), {}))
        found.overdue = db.session.scalar(select(func.count()).select_from(
            filter_tasks(space_tasks(user, org), {"due": "overdue"}).subquery()))
        found.campaign_invitations = list(db.session.scalars(
            select(Participation).where(Participation.organization_id == org.id, Participation.status == INVITED)
            .options(selectinload(Participation.campaign).selectinload(Campaign.owner_org))
            .order_by(Participation.id)))
        found.meeting_invitations = meeting_invitations(user, org)
        found.proposals_to_answer = _proposals_to_answer(org)
        found.to_clear = list(db.session.scalars(
            select(Material).where(Material.owner_org_id == org.id, Material.clearance == SUBMITTED,
                                   Material.owner_cleared_by_id.is_(None))
            .options(selectinload(Material.owner_org)).order_by(Material.id)))
        found.invited_people = len(pending_invitations(user, org))
    if role == "translator":
        from app.policy import translatable_content
        from app.services import translation_status

        found.translation = translation_status.summarize(translatable_content(user, org, None),
                                                         membership.translation_locales)
    if role in ("staff", "admin", "translator"):
        found.sent_back = list(db.session.scalars(
            select(Material).where(Material.owner_org_id == org.id, Material.created_by_id == user.id,
                                   Material.clearance == DRAFT, Material.returned_comment.is_not(None))
            .options(selectinload(Material.owner_org)).order_by(Material.id)))
    return found


def _proposals_to_answer(org) -> list:
    from app.models import CampaignProposal, ProposalAnswer
    from app.models.proposal import OPEN as PROPOSAL_OPEN

    answered = select(ProposalAnswer.proposal_id).where(ProposalAnswer.organization_id == org.id)
    return list(db.session.scalars(
        select(CampaignProposal).where(CampaignProposal.status == PROPOSAL_OPEN, CampaignProposal.author_org_id != org.id,
                                       CampaignProposal.id.not_in(answered))
        .options(selectinload(CampaignProposal.author_org)).order_by(CampaignProposal.id)))


def for_user(user) -> list[Attention]:
    """One block per society the person belongs to (the regional office has its dashboard)."""
    return [for_membership(user, m) for m in user.active_memberships if not m.organization.is_regional_office]

"""Campaign proposals: the list a reader may see, one proposal (404 when not theirs to see), its files, and
the meeting decision a proposal is started from. A fixed number of queries however many there are."""
from flask import abort
from sqlalchemy import false, or_, select
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.models import (CampaignProposal, Meeting, MeetingDecision, Organization, ProposalAnswer, ProposalComment,
                        ProposalEvent, ProposalFile, ProposalIndicator)
from app.models.org import NATIONAL_SOCIETY
from app.models.proposal import DRAFT
from app.policy.rules import can, working_memberships

PROPOSALS_PER_PAGE = 50

__all__ = ["PROPOSALS_PER_PAGE", "get_proposal_decision_or_404", "get_proposal_file_or_404", "get_proposal_or_404",
           "proposal_list", "proposal_of_campaign", "proposing_organizations", "answering_organizations", "region_societies"]


def _visible_proposal(user):
    """Open and decided proposals for working members of any organization of the region; a draft only for
    its author's organization. Volunteers and outsiders see none."""
    orgs = [m.organization_id for m in working_memberships(user)] if user and user.is_authenticated else []
    if not orgs:
        return false()
    return or_(CampaignProposal.status != DRAFT, CampaignProposal.author_org_id.in_(orgs))


def _org_options():
    return selectinload(Organization.translations)


def proposal_list(user, status: str | None = None, org_id: int | None = None, page: int = 1):
    query = (select(CampaignProposal).where(_visible_proposal(user))
             .options(selectinload(CampaignProposal.author_org).options(_org_options()),
                      selectinload(CampaignProposal.answers))
             .order_by(CampaignProposal.created_at.desc(), CampaignProposal.id.desc()))
    if status:
        query = query.where(CampaignProposal.status == status)
    if org_id:
        query = query.where(CampaignProposal.author_org_id == org_id)
    return db.paginate(query, page=max(page, 1), per_page=PROPOSALS_PER_PAGE, error_out=False)


def get_proposal_or_404(user, proposal_id: int, full: bool = False) -> CampaignProposal:
    query = select(CampaignProposal).where(CampaignProposal.id == proposal_id, _visible_proposal(user))
    if full:
        query = query.options(
            selectinload(CampaignProposal.author_org).options(_org_options()),
            selectinload(CampaignProposal.author),
            selectinload(CampaignProposal.societies).options(_org_options()),
            selectinload(CampaignProposal.indicators).selectinload(ProposalIndicator.proposal),
            selectinload(CampaignProposal.answers).options(
                selectinload(ProposalAnswer.organization).options(_org_options()),
                selectinload(ProposalAnswer.answered_by)),
            selectinload(CampaignProposal.comments).options(
                selectinload(ProposalComment.author),
                selectinload(ProposalComment.organization).options(_org_options())),
            selectinload(CampaignProposal.events).selectinload(ProposalEvent.actor),
            selectinload(CampaignProposal.files),
            selectinload(CampaignProposal.meeting).options(selectinload(Meeting.organizer),
                                                           selectinload(Meeting.participants)),
            selectinload(CampaignProposal.campaign))
    proposal = db.session.scalar(query)
    if proposal is None:
        abort(404)
    return proposal


def get_proposal_file_or_404(user, proposal_id: int, file_id: int) -> ProposalFile:
    proposal = get_proposal_or_404(user, proposal_id)
    item = db.session.scalar(select(ProposalFile).where(ProposalFile.id == file_id,
                                                         ProposalFile.proposal_id == proposal.id))
    if item is None:
        abort(404)
    return item


def get_proposal_decision_or_404(user, decision_id) -> MeetingDecision:
    """A meeting decision a proposal is started from: only from a meeting the user sees."""
    decision = db.session.scalar(select(MeetingDecision).where(MeetingDecision.id == decision_id)) \
        if isinstance(decision_id, int) else None
    if decision is None or decision.meeting is None or not can(user, "meeting.view", decision.meeting):
        abort(404)
    return decision


def region_societies() -> list[Organization]:
    """The National Societies of the region, with their names in every language."""
    return list(db.session.scalars(select(Organization).where(Organization.kind == NATIONAL_SOCIETY)
                                   .options(_org_options()).order_by(Organization.slug)))


def proposing_organizations(user) -> list[Organization]:
    """The organizations on whose behalf the user may propose a campaign."""
    return [m.organization for m in user.active_memberships if can(user, "proposal.create", m.organization)]


def answering_organizations(user, proposal: CampaignProposal) -> list[Organization]:
    """The societies for which the user may answer this proposal (their admin)."""
    return [m.organization for m in user.active_memberships if can(user, "proposal.answer", (proposal, m.organization))]


def proposal_of_campaign(user, campaign) -> CampaignProposal | None:
    """The proposal a campaign was made from, if the reader may see it."""
    return db.session.scalar(select(CampaignProposal).where(CampaignProposal.campaign_id == campaign.id,
                                                            _visible_proposal(user)))

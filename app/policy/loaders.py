"""Loaders: tenant objects by an id from the request, 404 for what the user may not see."""

from flask import abort
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from app.extensions import db
from app.models import (
    Campaign,
    CampaignUpdate,
    Department,
    Indicator,
    Invitation,
    Membership,
    Organization,
    Participation,
)
from app.policy.rules import (TRANSLATABLE_KINDS, _member_of_regional_office, can, can_view_campaign,
                               org_holds_content, org_sees_campaign)


def get_space_or_404(user, slug: str | None) -> Organization:
    # A space of the person's own is loaded already, with their memberships: no query for it.
    own = next((m.organization for m in getattr(user, "memberships", ()) if m.organization.slug == slug), None)
    org = own or (db.session.scalar(select(Organization).where(Organization.slug == slug)) if slug else None)
    if org is None or not can(user, "org.view_space", org):
        abort(404)
    return org


def get_space_by_id_or_404(user, organization_id: int) -> Organization:
    """The same as get_space_or_404, by the organization's id (the JSON API names objects by id)."""
    org = db.session.get(Organization, organization_id)
    if org is None or not can(user, "org.view_space", org):
        abort(404)
    return org


def get_profile_by_id_or_404(user, organization_id: int) -> Organization:
    org = db.session.get(Organization, organization_id)
    if org is None or not can(user, "org.view_profile", org):
        abort(404)
    return org


def _organization_or_404(slug: str | None) -> Organization:
    org = db.session.scalar(select(Organization).where(Organization.slug == slug)) if slug else None
    if org is None:
        abort(404)
    return org


def _refuse(user, org: Organization):
    """A page of a space the user may not read: 403 to its members, 404 to everyone else."""
    abort(403 if can(user, "org.view_space", org) else 404)


def get_audit_space_or_404(user, slug: str | None) -> Organization:
    """The organization whose audit log is asked for: its admins and the coordinator read it; its other
    members get 403; everyone else 404, as for any space they are not in."""
    org = _organization_or_404(slug)
    if can(user, "audit.view_org", org):
        return org
    _refuse(user, org)


def get_strategy_space_or_404(user, slug: str | None) -> Organization:
    """The society whose development strategy is asked for: its admins and staff see it; the regional
    office sees it only if the society shares one; its other members get 403, everyone else 404."""
    from app.models import DevelopmentStrategy

    org = _organization_or_404(slug)
    if can(user, "strategy.view", org):
        return org
    shared = db.session.scalar(select(DevelopmentStrategy.id).where(DevelopmentStrategy.organization_id == org.id,
                                                                     DevelopmentStrategy.shared_with_region))
    if shared and _member_of_regional_office(user):
        return org
    _refuse(user, org)


def get_aim_or_404(user, slug: str | None, aim_id: int):
    """An aim of one of the space's strategies that the user may read; 404 for anyone else."""
    from app.policy.queries import org_strategies

    org = _organization_or_404(slug)
    aim = next((a for s in org_strategies(user, org) for a in s.aims if a.id == aim_id), None)
    if aim is None:
        abort(404)
    return aim


def get_profile_or_404(user, slug: str) -> Organization:
    org = db.session.scalar(select(Organization).where(Organization.slug == slug))
    if org is None or not can(user, "org.view_profile", org):
        abort(404)
    return org


def _in_space_or_404(user, org: Organization, model, object_id: int, *options):
    """A row of `model` that belongs to `org`, for a member of `org`; 404 for anything else."""
    if not can(user, "org.view_space", org):
        abort(404)
    obj = db.session.scalar(
        select(model).options(*options).where(model.id == object_id, model.organization_id == org.id)
    )
    if obj is None:
        abort(404)
    return obj


def get_membership_or_404(user, org: Organization, membership_id: int) -> Membership:
    return _in_space_or_404(user, org, Membership, membership_id, joinedload(Membership.user))


def get_department_or_404(user, org: Organization, department_id: int) -> Department:
    return _in_space_or_404(user, org, Department, department_id)


def get_invitation_or_404(user, org: Organization, invitation_id: int) -> Invitation:
    return _in_space_or_404(user, org, Invitation, invitation_id)


def get_application_or_404(user, org: Organization, application_id: int):
    """A volunteer application to the space's society: only its admins see applications (others: 404)."""
    from app.models import VolunteerApplication

    if not can(user, "org.manage", org):
        abort(404)
    return _in_space_or_404(user, org, VolunteerApplication, application_id)


def get_translatable_or_404(user, org: Organization, kind: str, object_id: int):
    """Translatable content of the space `org`: the organization itself, one of its departments,
    or a campaign it owns or takes part in."""
    model = TRANSLATABLE_KINDS.get(kind)
    if model is None or not can(user, "org.view_space", org):
        abort(404)
    if model is Organization:
        if object_id != org.id:
            abort(404)
        return org
    if model is Campaign:
        campaign = db.session.scalar(select(Campaign).options(selectinload(Campaign.participations))
                                     .where(Campaign.id == object_id))
        if campaign is None or not org_sees_campaign(org, campaign):
            abort(404)
        return campaign
    if model is Department:
        return _in_space_or_404(user, org, model, object_id, selectinload(model.translations))
    # Tasks, material, plans and their parts, partners, meetings and decisions: the row, if it is
    # content of this space (a task given or received, a meeting organised or attended, ...).
    obj = db.session.scalar(select(model).where(model.id == object_id))
    if obj is None or not org_holds_content(org, obj) or getattr(obj, "adaptation_removed_at", None):
        abort(404)  # a removed local adaptation is not there to translate
    return obj


def _campaign_workspace_options():
    return (
        selectinload(Campaign.owner_org),
        selectinload(Campaign.participations).options(
            joinedload(Participation.organization), joinedload(Participation.focal_user)),
        selectinload(Campaign.indicators).options(selectinload(Indicator.reports)),
        selectinload(Campaign.milestones),
        selectinload(Campaign.updates).options(
            joinedload(CampaignUpdate.organization), joinedload(CampaignUpdate.author)),
    )


def get_campaign_or_404(user, campaign_id: int, full: bool = False) -> Campaign:
    """A campaign whose workspace the user may see; 404 for any other, exactly like a missing one."""
    query = select(Campaign).where(Campaign.id == campaign_id)
    if full:
        query = query.options(*_campaign_workspace_options())
    campaign = db.session.scalar(query)
    if campaign is None or not can_view_campaign(user, campaign):
        abort(404)
    return campaign


def get_campaign_cover_or_404(user, campaign_id: int) -> Campaign:
    campaign = db.session.scalar(select(Campaign).where(Campaign.id == campaign_id))
    if campaign is None or not campaign.cover_key:
        abort(404)
    if not campaign.is_publicly_visible and not can_view_campaign(user, campaign):
        abort(404)
    return campaign


def get_campaign_feed_or_404(user, campaign_id: int) -> Campaign:
    """A campaign whose milestone calendar the user may subscribe to: any public one (no login: a calendar
    app cannot log in), or one whose workspace the user sees; 404 for any other."""
    campaign = db.session.scalar(select(Campaign).where(Campaign.id == campaign_id))
    if campaign is None or not (campaign.is_publicly_visible or can_view_campaign(user, campaign)):
        abort(404)
    return campaign


def get_public_campaign_or_404(campaign_id: int, full: bool = True) -> Campaign:
    """A public campaign that is not a draft, for anyone; 404 for any other, whoever asks."""
    query = select(Campaign).where(Campaign.id == campaign_id)
    campaign = db.session.scalar(query.options(*_campaign_workspace_options()) if full else query)
    if campaign is None or not campaign.is_publicly_visible:
        abort(404)
    return campaign


def _campaign_part_or_404(user, campaign: Campaign, parts, part_id: int):
    """One of a campaign's (loaded, not removed) parts, for whoever sees its workspace."""
    if not can_view_campaign(user, campaign):
        abort(404)
    found = next((p for p in parts if p.id == part_id), None)
    if found is None:
        abort(404)
    return found


def get_indicator_or_404(user, campaign: Campaign, indicator_id: int) -> Indicator:
    return _campaign_part_or_404(user, campaign, campaign.indicators, indicator_id)


def get_milestone_or_404(user, campaign: Campaign, milestone_id: int):
    return _campaign_part_or_404(user, campaign, campaign.milestones, milestone_id)


def get_campaign_update_or_404(user, campaign: Campaign, update_id: int):
    return _campaign_part_or_404(user, campaign, campaign.updates, update_id)


def get_removed_or_404(user, org: Organization, kind: str, object_id: int):
    """A removed part of `org`, for those who may restore it; to everyone else it does not exist."""
    from app.services.removals import REMOVABLE, owner_of, removed_at

    model = REMOVABLE.get(kind)
    if model is None:
        abort(404)
    obj = db.session.scalar(select(model).where(model.id == object_id, removed_at(model).is_not(None))
                            .execution_options(include_removed=True))
    if obj is None or owner_of(obj).id != org.id or not can(user, "removed.restore", obj):
        abort(404)
    return obj


def get_indicator_report_or_404(user, campaign: Campaign, report_id: int):
    """A report on one of the campaign's indicators, with its history, for whoever sees the workspace."""
    from app.models import IndicatorReport, IndicatorReportRevision

    if not can_view_campaign(user, campaign):
        abort(404)
    report = db.session.scalar(
        select(IndicatorReport).where(IndicatorReport.id == report_id,
                                      IndicatorReport.indicator_id.in_([i.id for i in campaign.indicators]))
        .options(selectinload(IndicatorReport.revisions).selectinload(IndicatorReportRevision.actor),
                 selectinload(IndicatorReport.organization).selectinload(Organization.translations)))
    if report is None:
        abort(404)
    return report


def get_campaign_participation_or_404(user, campaign: Campaign, participation_id: int) -> Participation:
    if not can_view_campaign(user, campaign):
        abort(404)
    participation = next((p for p in campaign.participations if p.id == participation_id), None)
    if participation is None:
        abort(404)
    return participation


def get_space_participation_or_404(user, org: Organization, participation_id: int) -> Participation:
    """An invitation or participation of the society whose space this is."""
    return _in_space_or_404(user, org, Participation, participation_id, joinedload(Participation.campaign))




def get_task_or_404(user, task_id: int):
    from app.models import Task, TaskComment, TaskEvent

    task = db.session.scalar(
        select(Task).options(
            selectinload(Task.campaign).selectinload(Campaign.participations),
            selectinload(Task.comments).joinedload(TaskComment.author),
            selectinload(Task.events).joinedload(TaskEvent.actor),
        ).where(Task.id == task_id))
    if task is None or not can(user, "task.view", task):
        abort(404)
    return task


def get_notification_or_404(user, notification_id: int):
    """Only the recipient's own notifications exist for them."""
    from app.models import Notification

    item = db.session.scalar(select(Notification).where(Notification.id == notification_id,
                                                        Notification.user_id == user.id))
    if item is None:
        abort(404)
    return item


def get_material_or_404(user, material_id: int):
    from app.models import Material

    material = db.session.scalar(select(Material).where(Material.id == material_id).options(
        selectinload(Material.files), selectinload(Material.campaign).selectinload(Campaign.participations)))
    if material is None or not can(user, "material.view", material):
        abort(404)
    return material


def get_material_file_or_404(user, file_id: int):
    """A file of material the user may see; earlier versions only for the owning society (and the
    coordinator of a regional campaign)."""
    from app.models import MaterialFile

    item = db.session.scalar(select(MaterialFile).where(MaterialFile.id == file_id))
    if item is None or not can(user, "material.view", item.material):
        abort(404)
    if not item.is_current and not can(user, "material.history", item.material):
        abort(404)
    return item


def get_plan_or_404(user, org: Organization, plan_id: int):
    """A plan of the space's society, for its members other than volunteers (the plan is the society's alone)."""
    from app.models import DiplomacyPlan, PlanActivity, PlanObjective

    if not can(user, "plan.view", org):
        abort(404)
    return _in_space_or_404(user, org, DiplomacyPlan, plan_id, selectinload(DiplomacyPlan.objectives)
                            .selectinload(PlanObjective.aims), selectinload(DiplomacyPlan.objectives)
                            .selectinload(PlanObjective.activities).options(
                                selectinload(PlanActivity.departments), selectinload(PlanActivity.partners),
                                selectinload(PlanActivity.campaign)))


def get_objective_or_404(user, plan, objective_id: int):
    objective = next((o for o in plan.objectives if o.id == objective_id), None)
    if objective is None:
        abort(404)
    return objective


def get_activity_or_404(user, plan, activity_id: int):
    activity = next((a for o in plan.objectives for a in o.activities if a.id == activity_id), None)
    if activity is None:
        abort(404)
    return activity


def get_partner_or_404(user, org: Organization, partner_id: int):
    from app.models import Partner

    if not can(user, "plan.view", org):
        abort(404)
    from app.models import PartnerStageChange

    return _in_space_or_404(user, org, Partner, partner_id, selectinload(Partner.campaigns),
                            selectinload(Partner.stage_changes).selectinload(PartnerStageChange.actor))


def get_region_partner_or_404(user, partner_id: int):
    """A partner a society shared with the region, for the coordinator; 404 for anyone else, and for a
    partner its society keeps to itself (exactly like a missing one)."""
    from app.models import Partner

    if not can(user, "partner.region"):
        abort(404)
    partner = db.session.scalar(select(Partner).where(Partner.id == partner_id, Partner.shared_with_region.is_(True)))
    if partner is None:
        abort(404)
    return partner


def get_meeting_or_404(user, org: Organization, meeting_id: int):
    """A meeting the space's society organised or accepted to take part in, for its members (not
    volunteers). A society only invited gets a 404 here: see get_meeting_invitation_or_404."""
    from app.models import Meeting, MeetingAttendee, MeetingDecision, MeetingInvitation

    if not can(user, "plan.view", org):
        abort(404)
    meeting = db.session.scalar(select(Meeting).where(Meeting.id == meeting_id).options(
        selectinload(Meeting.participants), selectinload(Meeting.organizer),
        selectinload(Meeting.invitations).selectinload(MeetingInvitation.organization),
        selectinload(Meeting.attendees).selectinload(MeetingAttendee.user),
        selectinload(Meeting.decisions).selectinload(MeetingDecision.task)))
    if meeting is None or org.id not in meeting.organization_ids:
        abort(404)
    return meeting


def get_meeting_invitation_or_404(user, org: Organization, meeting_id: int):
    """The invitation of the space's society to a meeting of another organization: all that reaches
    the society before it accepts (who invites, the title, when and where)."""
    from app.models import Meeting, MeetingInvitation

    if not can(user, "plan.view", org):
        abort(404)
    invitation = db.session.scalar(select(MeetingInvitation).join(Meeting).where(  # a removed meeting: none
        MeetingInvitation.meeting_id == meeting_id, MeetingInvitation.organization_id == org.id).options(
        selectinload(MeetingInvitation.meeting).selectinload(Meeting.organizer),
        selectinload(MeetingInvitation.organization)))
    if invitation is None:
        abort(404)
    return invitation


def get_decision_or_404(meeting, decision_id: int):
    decision = next((d for d in meeting.decisions if d.id == decision_id), None)
    if decision is None:
        abort(404)
    return decision


def get_creating_org_or_403(user, action: str, campaign, slug: str | None) -> Organization:
    """The organization a new task or material is made for: the one named in `slug` among those the
    user may create it for (`action` on (organization, campaign)), else the first of them; 403 if none."""
    orgs = [m.organization for m in user.active_memberships if can(user, action, (m.organization, campaign))]
    owner = next((o for o in orgs if o.slug == slug), orgs[0] if orgs else None)
    if owner is None:
        abort(403)
    return owner

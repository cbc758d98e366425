"""Access rules and the questions `can(user, action, obj)` answers."""
from functools import wraps

from flask import abort, g, redirect, request, url_for
from flask_login import current_user

from app.models import (
    Campaign,
    CampaignProposal,
    CampaignUpdate,
    Department,
    DevelopmentStrategy,
    DiplomacyPlan,
    Indicator,
    Material,
    Meeting,
    MeetingDecision,
    Membership,
    Milestone,
    Organization,
    Participation,
    Partner,
    PlanActivity,
    PlanObjective,
    ProposalIndicator,
    StrategicAim,
    Task,
)
from app.models.campaign import JOINED, REGIONAL
from app.models.user import (REGIONAL_ROLES, ROLE_ADMIN, ROLE_COORDINATOR, ROLE_TRANSLATOR, ROLE_VOLUNTEER,
                             SOCIETY_ROLES)

# Content that carries translations, by the name used in URLs.
TRANSLATABLE_KINDS = {"organization": Organization, "department": Department, "campaign": Campaign,
                      "indicator": Indicator, "milestone": Milestone, "update": CampaignUpdate,
                      "adaptation": Participation, "task": Task, "material": Material, "plan": DiplomacyPlan,
                      "objective": PlanObjective, "activity": PlanActivity, "partner": Partner, "meeting": Meeting,
                      "decision": MeetingDecision, "strategy": DevelopmentStrategy, "aim": StrategicAim,
                      "proposal": CampaignProposal, "proposal_indicator": ProposalIndicator}
CAMPAIGN_PARTS = (Indicator, Milestone, CampaignUpdate)  # translated by whoever takes part in the campaign

PUBLIC = "public"  # anyone, logged in or not
LOGIN = "login"  # any logged-in user
MEMBER = "member"  # an active member of the space named in the URL (others: 404)
PLATFORM_ADMIN = "platform_admin"  # platform admins (others: 403)
TOKEN = "token"  # the JSON API: a live personal access token in the Authorization header (app/api/core.py)
RULES = (PUBLIC, LOGIN, MEMBER, PLATFORM_ADMIN, TOKEN)
# Endpoints added by Flask and extensions; they serve public static files only.
STATIC_ENDPOINTS = {"static": PUBLIC, "bootstrap.static": PUBLIC}


def rule_of(app, endpoint: str) -> str | None:
    return getattr(app.view_functions[endpoint], "access_rule", None) or STATIC_ENDPOINTS.get(endpoint)


def access(rule: str):
    """Declare and enforce the access rule of a view. Every endpoint must have one."""
    if rule not in RULES:
        raise ValueError(f"unknown access rule {rule!r}")

    def decorate(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            if rule != PUBLIC and not current_user.is_authenticated:
                return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
            if rule == MEMBER:
                from app.policy.loaders import get_space_or_404

                g.org = get_space_or_404(current_user, g.pop("org_slug", None))
            elif rule == PLATFORM_ADMIN and not current_user.is_platform_admin:
                abort(403)
            return view(*args, **kwargs)

        wrapper.access_rule = rule
        return wrapper

    return decorate


# ---------------------------------------------------------------- questions


def membership_in(user, org) -> Membership | None:
    if not user or not user.is_authenticated or org is None:
        return None
    for m in user.memberships:
        if m.organization_id == org.id and m.is_active:
            return m
    return None


def is_org_admin(user, org) -> bool:
    m = membership_in(user, org)
    if m is None:
        return False
    return m.role == ROLE_ADMIN or (org.is_regional_office and m.role == ROLE_COORDINATOR)


def is_coordinator(user) -> bool:
    if not user or not user.is_authenticated:
        return False
    return any(m.is_active and m.role == ROLE_COORDINATOR and m.organization.is_regional_office
               for m in user.memberships)


def roles_for(org: Organization) -> tuple[str, ...]:
    return REGIONAL_ROLES if org.is_regional_office else SOCIETY_ROLES


def content_org(obj) -> Organization:
    """The organization that owns a piece of translatable content."""
    return obj if isinstance(obj, Organization) else obj.organization


def kind_of(obj) -> str:
    return next(kind for kind, model in TRANSLATABLE_KINDS.items() if isinstance(obj, model))


def org_sees_campaign(org: Organization, campaign: Campaign) -> bool:
    """The owner, the regional office (regional campaigns) and the societies that joined."""
    if campaign.owner_org_id == org.id or (campaign.scope == REGIONAL and org.is_regional_office):
        return True
    return any(p.organization_id == org.id and p.status == JOINED for p in campaign.participations)


def org_holds_content(org: Organization, obj) -> bool:
    """Whether `obj` is content of, or shared with, the space of `org`: a campaign it takes part in (with
    its indicators, milestones and news), a task it gave or was given, a meeting (and its decisions) it
    organised or took part in; its own local adaptation of a campaign."""
    if isinstance(obj, Campaign):
        return org_sees_campaign(org, obj)
    if isinstance(obj, CAMPAIGN_PARTS):
        return org_sees_campaign(org, obj.campaign)
    if isinstance(obj, Task):
        return org.id in (obj.owner_org_id, obj.assignee_org_id)
    if isinstance(obj, (Meeting, MeetingDecision)):
        meeting = obj if isinstance(obj, Meeting) else obj.meeting
        return org.id in meeting.organization_ids
    if isinstance(obj, (CampaignProposal, ProposalIndicator)):  # once open, a proposal is the whole region's
        return org_sees_proposal(org, obj if isinstance(obj, CampaignProposal) else obj.proposal)
    return content_org(obj).id == org.id


def org_sees_proposal(org: Organization, proposal: CampaignProposal) -> bool:
    from app.models.proposal import DRAFT

    return proposal.author_org_id == org.id or proposal.status != DRAFT


def can_view_proposal(user, proposal: CampaignProposal) -> bool:
    """Members of the region's organizations but volunteers; a draft, only its author's organization."""
    return any(org_sees_proposal(m.organization, proposal) for m in working_memberships(user))


def translation_space(user, obj, locale: str) -> Organization | None:
    """The organization through which `user` may translate `obj` into `locale`, if any.

    Admins (and the coordinator in the regional office) translate into any language;
    translators only into the languages of their membership. A society translates its own
    content and the campaigns it takes part in, never the source language."""
    from app.i18n import is_locale

    if not isinstance(obj, tuple(TRANSLATABLE_KINDS.values())):
        return None
    if not user or not user.is_authenticated or not is_locale(locale) or locale == obj.source_locale:
        return None
    for m in user.active_memberships:
        if not org_holds_content(m.organization, obj):
            continue
        if is_org_admin(user, m.organization) or (m.role == ROLE_TRANSLATOR and locale in m.translation_locales):
            return m.organization
    return None


def can_translate(user, obj, locale: str) -> bool:
    return translation_space(user, obj, locale) is not None


def _member_of_regional_office(user) -> bool:
    return any(m.is_active and m.organization.is_regional_office for m in user.memberships)


def _staff_or_admin(user, org) -> bool:
    m = membership_in(user, org)
    return m is not None and (m.role in ("staff", ROLE_ADMIN) or is_org_admin(user, org))


def can_view_campaign(user, campaign: Campaign) -> bool:
    """The workspace: the owner, the regional office (regional campaigns) and joined societies."""
    if not user or not user.is_authenticated:
        return False
    if membership_in(user, campaign.owner_org) is not None:
        return True
    if campaign.scope == REGIONAL and _member_of_regional_office(user):
        return True
    my_orgs = {m.organization_id for m in user.active_memberships}
    return any(p.status == JOINED and p.organization_id in my_orgs for p in campaign.participations)


def _may_change_part(user, obj) -> bool:
    """Who made it may change it: the campaign's editors its indicators and milestones, the posting
    society's staff and admins its news, the reporting society's its reports."""
    from app.models import IndicatorReport

    if isinstance(obj, (Indicator, Milestone)):
        return can(user, "campaign.edit", obj.campaign)
    if isinstance(obj, CampaignUpdate):
        return can_view_campaign(user, obj.campaign) and _staff_or_admin(user, obj.organization)
    if isinstance(obj, IndicatorReport):
        return can_view_campaign(user, obj.indicator.campaign) and _staff_or_admin(user, obj.organization)
    return False


def working_memberships(user) -> list[Membership]:
    """The active memberships that see their organization's tasks: every role but volunteer."""
    return [m for m in user.active_memberships if m.role != ROLE_VOLUNTEER]


def can_view_task(user, task) -> bool:
    """The person it is given to; the creator's and the assignee's organizations (but their volunteers);
    for campaign-wide tasks, the working members of every organization that sees the campaign."""
    from app.models.task import VISIBILITY_CAMPAIGN

    if not user or not user.is_authenticated:
        return False
    if task.assignee_user_id == user.id:
        return True
    working = working_memberships(user)
    if any(m.organization_id in (task.owner_org_id, task.assignee_org_id) for m in working):
        return True
    return task.visibility == VISIBILITY_CAMPAIGN and task.campaign is not None and any(
        org_sees_campaign(m.organization, task.campaign) for m in working)


def _authenticated(user) -> bool:
    return bool(user and user.is_authenticated)


def _material_editor(user, material) -> bool:
    """The owning society's staff and admins; the coordinator for a regional campaign's shared material."""
    if _staff_or_admin(user, material.owner_org):
        return True
    return material.needs_region and material.audience != "organization" and is_coordinator(user)


def can_view_material(user, material) -> bool:
    """Cleared public material: everyone. Cleared volunteer material: the members of the societies in
    the campaign (of the owning society for its own material). Anything else: the people who work on it."""
    from app.models.material import CLEARED, CLEARED_AUDIENCES
    from app.models.user import ROLE_VOLUNTEER

    if material.audience in CLEARED_AUDIENCES and material.clearance == CLEARED:
        if material.audience == "public":
            return True
        if not _authenticated(user):
            return False
        if material.campaign is None:
            if membership_in(user, material.owner_org) is not None:
                return True
        elif any(org_sees_campaign(m.organization, material.campaign) for m in user.active_memberships):
            return True
    if not _authenticated(user):
        return False
    own = membership_in(user, material.owner_org)
    if own is not None and own.role != ROLE_VOLUNTEER:
        return True
    if material.audience == "organization" or material.campaign is None:
        return False
    working = [m for m in user.active_memberships if m.role != ROLE_VOLUNTEER]
    if material.audience == "participants":
        return any(org_sees_campaign(m.organization, material.campaign) for m in working)
    return material.needs_region and any(m.organization.is_regional_office for m in working)


def _may_transition(user, task, who: str) -> bool:
    if who == "assignee_admin":
        return is_org_admin(user, task.assignee_org)
    if who == "assignee":
        return (task.assignee_user_id == user.id and membership_in(user, task.assignee_org) is not None) or \
            _staff_or_admin(user, task.assignee_org)
    return (task.created_by_id == user.id and membership_in(user, task.owner_org) is not None) or \
        is_org_admin(user, task.owner_org)


def can(user, action: str, obj=None) -> bool:
    if action == "material.view":  # cleared public material is for everyone, logged in or not
        return can_view_material(user, obj)
    if not user or not user.is_authenticated:
        return False
    if action == "org.view_space":
        return membership_in(user, obj) is not None
    if action == "org.manage":
        return is_org_admin(user, obj)
    if action == "org.view_profile":
        return True
    if action == "org.view_member_emails":
        return membership_in(user, obj) is not None or bool(obj.share_member_emails)
    if action == "org.create":
        return bool(user.is_platform_admin)
    if action in ("membership.change", "department.change", "invitation.change"):
        return is_org_admin(user, obj.organization)
    if action == "audit.view_org":  # an organization's own audit log: its admins, and the coordinator
        return is_org_admin(user, obj) or is_coordinator(user)
    if action == "audit.view":
        return bool(user.is_platform_admin)
    if action == "translation.dashboard":
        m = membership_in(user, obj)
        return m is not None and (is_org_admin(user, obj) or m.role == ROLE_TRANSLATOR)
    if action == "region.view":  # the region dashboard: everyone in the regional office
        return bool(user and user.is_authenticated and _member_of_regional_office(user))
    if action == "translation.region":
        return is_coordinator(user)
    if action == "translation.edit":
        content, locale = obj
        return can_translate(user, content, locale)
    if action == "campaign.create":  # obj: the owning organization
        return is_org_admin(user, obj)
    if action == "campaign.view":
        return can_view_campaign(user, obj)
    if action == "campaign.edit":
        return can_view_campaign(user, obj) and (
            is_org_admin(user, obj.owner_org) or (obj.scope == REGIONAL and is_coordinator(user)))
    if action == "campaign.invite":
        return obj.scope == REGIONAL and is_coordinator(user)
    if action == "campaign_part.change":  # edit or remove an indicator, a milestone, news or a report
        return _may_change_part(user, obj)
    if action == "removed.restore":  # a removed part: the admins of the organization it belongs to
        from app.services.removals import owner_of

        return is_org_admin(user, owner_of(obj))
    if action == "report.correct":  # obj: an indicator report; its society's admins and staff
        return can_view_campaign(user, obj.indicator.campaign) and _staff_or_admin(user, obj.organization)
    if action == "campaign.post_update":
        return can_view_campaign(user, obj) and (
            can(user, "campaign.edit", obj) or any(p.status == JOINED and _staff_or_admin(user, p.organization)
                                                   for p in obj.participations))
    if action == "task.create":  # obj: (owning organization, campaign or None)
        owner, campaign = obj
        if not _staff_or_admin(user, owner):
            return False
        return campaign is None or org_sees_campaign(owner, campaign)
    if action == "task.view":
        return can_view_task(user, obj)
    if action == "task.edit":  # title, description, due date, priority: the creator's side
        return can_view_task(user, obj) and _may_transition(user, obj, "creator")
    if action == "task.comment":
        return can_view_task(user, obj)
    if action == "task.transition":  # obj: (task, action)
        from app.models.task import TRANSITIONS

        task, name = obj
        return can_view_task(user, task) and name in TRANSITIONS and _may_transition(
            user, task, TRANSITIONS[name][2])
    if action == "material.create":  # obj: (owning organization, campaign or None)
        owner, campaign = obj
        return _staff_or_admin(user, owner) and (campaign is None or org_sees_campaign(owner, campaign))
    if action == "material.edit":
        return can_view_material(user, obj) and _material_editor(user, obj)
    if action == "material.add_file":  # editors, and the owning society's translators
        m = membership_in(user, obj.owner_org)
        return can_view_material(user, obj) and (
            _material_editor(user, obj) or (m is not None and m.role == ROLE_TRANSLATOR))
    if action == "material.clear":  # obj: (material, party "owner" | "region")
        material, party = obj
        if not can_view_material(user, material) or not material.needs_clearance:
            return False
        if party == "owner":
            return is_org_admin(user, material.owner_org)
        return party == "region" and material.needs_region and is_coordinator(user)
    if action == "material.clearance":  # its clearance state and steps: who clears it, and the editors who
        material = obj  # send it for clearance and mend what comes back; not volunteers, translators, others
        return material.needs_clearance and (
            can(user, "material.edit", material) or can(user, "material.clear", (material, "owner"))
            or can(user, "material.clear", (material, "region")))
    if action == "material.history":  # earlier versions of files, download counts
        m = membership_in(user, obj.owner_org)
        return (m is not None and m.role != "volunteer") or (obj.needs_region and is_coordinator(user))
    if action == "plan.view":  # obj: the plan's (or partner directory's) organization
        m = membership_in(user, obj)
        return m is not None and m.role != "volunteer"
    if action == "strategy.view":  # obj: the organization; its admins and staff (the region: if shared)
        return _staff_or_admin(user, obj)
    if action == "strategy.manage":
        return is_org_admin(user, obj)
    if action == "plan.manage":
        return is_org_admin(user, obj)
    if action == "activity.status":  # the admin, or staff of a department involved
        org = obj.objective.plan.organization
        m = membership_in(user, org)
        return is_org_admin(user, org) or (
            m is not None and m.role == "staff" and m.department_id in {d.id for d in obj.departments})
    if action == "meeting.view":
        return any((m := membership_in(user, org)) is not None and m.role != "volunteer"
                   for org in [obj.organizer, *obj.participants])
    if action == "meeting.notice":  # obj: a notification about a meeting invitation, for its recipient
        data = obj.data or {}
        if data.get("step") == "invited":
            org = obj.meeting.invited_organization(data.get("org_id"))
            return org is not None and can(user, "plan.view", org)
        return can(user, "meeting.view", obj.meeting)
    if action == "meeting.answer":  # obj: the invitation; its organization's admin (the coordinator)
        return is_org_admin(user, obj.organization)
    if action == "meeting.assign":  # a decision becomes a task for a participant: the organizer's admin
        return is_org_admin(user, obj.organizer)
    if action in ("meeting.create", "meeting.edit"):  # obj: the organization, or the meeting
        return _staff_or_admin(user, obj.organizer if hasattr(obj, "organizer") else obj)
    if action == "partner.manage":  # obj: the organization
        return _staff_or_admin(user, obj)
    if action == "partner.region":  # read the region's shared partners and answer its suggestions
        return is_coordinator(user)
    if action == "proposal.list":  # the region's proposals: working members of any organization
        return bool(working_memberships(user))
    if action == "proposal.view":
        return can_view_proposal(user, obj)
    if action == "proposal.create":  # obj: the proposing organization; its staff and admins, the coordinator
        return _staff_or_admin(user, obj)
    if action == "proposal.edit":  # edit, open to the region, withdraw, add files: the author's organization
        from app.models.proposal import FINAL

        return can_view_proposal(user, obj) and obj.status not in FINAL and _staff_or_admin(user, obj.author_org)
    if action == "proposal.answer":  # obj: (proposal, organization): a society's admin, for that society
        proposal, org = obj
        return (can_view_proposal(user, proposal) and org.kind == "national_society"
                and org.id != proposal.author_org_id and is_org_admin(user, org))
    if action == "proposal.comment":
        return can_view_proposal(user, obj)
    if action == "proposal.decide":  # accept, decline, ask for changes: the coordinator
        return can_view_proposal(user, obj) and is_coordinator(user)
    if action == "participation.respond":  # join, decline, withdraw
        return is_org_admin(user, obj.organization)
    if action == "participation.edit":  # local adaptation and indicator reports
        return obj.status == JOINED and _staff_or_admin(user, obj.organization)
    raise ValueError(f"unknown action {action!r}")


def authorize(user, action: str, obj=None) -> None:
    if not can(user, action, obj):
        abort(403)



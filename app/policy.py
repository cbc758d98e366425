"""Who may do what. The only module that knows the role rules.

Views declare an access rule with @access(...), load tenant objects through the
loaders below (which answer 404 for what the user may not see, exactly like a
missing row) and ask authorize() before a change (403 when seen but not theirs).
"""
from datetime import date
from functools import wraps

from flask import abort, g, redirect, request, url_for
from flask_login import current_user
from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload, selectinload

from app.extensions import db
from app.models import (
    AuditEvent,
    Campaign,
    CampaignUpdate,
    Department,
    Indicator,
    Invitation,
    Membership,
    Organization,
    Participation,
    User,
)
from app.models.campaign import INVITED, JOINED, REGIONAL
from app.models.base import utcnow
from app.models.user import REGIONAL_ROLES, ROLE_ADMIN, ROLE_COORDINATOR, ROLE_TRANSLATOR, SOCIETY_ROLES

# Content that carries translations, by the name used in URLs.
TRANSLATABLE_KINDS = {"organization": Organization, "department": Department}

PUBLIC = "public"  # anyone, logged in or not
LOGIN = "login"  # any logged-in user
MEMBER = "member"  # an active member of the space named in the URL (others: 404)
PLATFORM_ADMIN = "platform_admin"  # platform admins (others: 403)
RULES = (PUBLIC, LOGIN, MEMBER, PLATFORM_ADMIN)
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


def can_translate(user, obj, locale: str) -> bool:
    """Admins (and the coordinator in the regional office) translate their organization's
    content into any language; translators only into the languages of their membership."""
    from app.i18n import is_locale

    if not isinstance(obj, tuple(TRANSLATABLE_KINDS.values())):
        return False  # campaign content is edited in place, not yet through the translation workflow
    org = content_org(obj)
    m = membership_in(user, org)
    if m is None or not is_locale(locale) or locale == obj.source_locale:
        return False
    if is_org_admin(user, org):
        return True
    return m.role == ROLE_TRANSLATOR and locale in m.translation_locales


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


def can(user, action: str, obj=None) -> bool:
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
    if action == "audit.view":
        return bool(user.is_platform_admin)
    if action == "translation.dashboard":
        m = membership_in(user, obj)
        return m is not None and (is_org_admin(user, obj) or m.role == ROLE_TRANSLATOR)
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
    if action == "campaign.post_update":
        return can_view_campaign(user, obj) and (
            can(user, "campaign.edit", obj) or any(p.status == JOINED and _staff_or_admin(user, p.organization)
                                                   for p in obj.participations))
    if action == "participation.respond":  # join, decline, withdraw
        return is_org_admin(user, obj.organization)
    if action == "participation.edit":  # local adaptation and indicator reports
        return obj.status == JOINED and _staff_or_admin(user, obj.organization)
    raise ValueError(f"unknown action {action!r}")


def authorize(user, action: str, obj=None) -> None:
    if not can(user, action, obj):
        abort(403)


# ---------------------------------------------------------------- loaders (404 when not visible)


def get_space_or_404(user, slug: str | None) -> Organization:
    org = db.session.scalar(select(Organization).where(Organization.slug == slug)) if slug else None
    if org is None or not can(user, "org.view_space", org):
        abort(404)
    return org


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


def get_translatable_or_404(user, org: Organization, kind: str, object_id: int):
    """Translatable content of the space `org`: the organization itself or one of its departments."""
    model = TRANSLATABLE_KINDS.get(kind)
    if model is None or not can(user, "org.view_space", org):
        abort(404)
    if model is Organization:
        if object_id != org.id:
            abort(404)
        return org
    return _in_space_or_404(user, org, model, object_id, selectinload(model.translations))


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


def get_public_campaign_or_404(campaign_id: int) -> Campaign:
    campaign = db.session.scalar(select(Campaign).options(*_campaign_workspace_options())
                                 .where(Campaign.id == campaign_id))
    if campaign is None or not campaign.is_publicly_visible:
        abort(404)
    return campaign


def get_indicator_or_404(user, campaign: Campaign, indicator_id: int) -> Indicator:
    if not can_view_campaign(user, campaign):
        abort(404)
    indicator = next((i for i in campaign.indicators if i.id == indicator_id), None)
    if indicator is None:
        abort(404)
    return indicator


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


# ---------------------------------------------------------------- list queries


def visible_members(user, org: Organization) -> list[Membership]:
    if not can(user, "org.view_space", org):
        return []
    return list(
        db.session.scalars(
            select(Membership)
            .join(Membership.user)
            .options(
                joinedload(Membership.user),
                joinedload(Membership.department).selectinload(Department.translations),
            )
            .where(Membership.organization_id == org.id)
            .order_by(Membership.is_active.desc(), User.full_name, User.email)
        ).unique()
    )


def visible_departments(user, org: Organization) -> list[Department]:
    """Departments belong to the society's own space: its members list them, nobody else."""
    if not can(user, "org.view_space", org):
        return []
    return list(
        db.session.scalars(
            select(Department)
            .options(selectinload(Department.translations))
            .where(Department.organization_id == org.id)
            .order_by(Department.id)
        )
    )


def pending_invitations(user, org: Organization) -> list[Invitation]:
    if not can(user, "org.manage", org):
        return []
    return list(
        db.session.scalars(
            select(Invitation)
            .where(
                Invitation.organization_id == org.id,
                Invitation.accepted_at.is_(None),
                Invitation.revoked_at.is_(None),
                Invitation.expires_at > utcnow(),
            )
            .order_by(Invitation.created_at.desc())
        )
    )


def visible_organizations(user) -> list[Organization]:
    if not user or not user.is_authenticated:
        return []
    return list(db.session.scalars(select(Organization).order_by(Organization.kind, Organization.slug)))


def profile_contacts(user, org: Organization) -> list[Membership]:
    """Members shown on the public profile: only when the society shares them."""
    if not can(user, "org.view_member_emails", org):
        return []
    return list(
        db.session.scalars(
            select(Membership)
            .join(Membership.user)
            .options(joinedload(Membership.user))
            .where(Membership.organization_id == org.id, Membership.is_active.is_(True))
            .order_by(User.full_name)
        )
    )


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


def translatable_content(user, org: Organization, kind: str | None = None) -> list:
    """A space's translatable content with all its translations, in a fixed number of queries."""
    if not can(user, "translation.dashboard", org):
        return []
    items = []
    if kind in (None, "organization"):
        items.append(org)
    if kind in (None, "department"):
        items += visible_departments(user, org)
    return items


def region_organizations(user) -> list[Organization]:
    """Every organization of the region, for the coordinator's translation overview."""
    if not can(user, "translation.region"):
        return []
    return list(db.session.scalars(
        select(Organization).options(selectinload(Organization.translations)).order_by(Organization.slug)))


def visible_campaigns(user, *, status=None, scope=None, year=None):
    """Campaigns the user's organizations own, joined or are invited to; every regional one for the
    regional office. A query (for pagination), with what the list shows loaded up front."""
    my_orgs = [m.organization_id for m in user.active_memberships] if user.is_authenticated else []
    involved = select(Participation.campaign_id).where(
        Participation.organization_id.in_(my_orgs), Participation.status.in_([JOINED, INVITED]))
    conditions = [Campaign.owner_org_id.in_(my_orgs), Campaign.id.in_(involved)]
    if user.is_authenticated and _member_of_regional_office(user):
        conditions.append(Campaign.scope == REGIONAL)
    query = select(Campaign).where(or_(*conditions)).options(
        selectinload(Campaign.owner_org),
        selectinload(Campaign.participations).joinedload(Participation.organization))
    if status:
        query = query.where(Campaign.status == status)
    if scope:
        query = query.where(Campaign.scope == scope)
    if year:
        query = query.where(Campaign.start_date <= date(year, 12, 31), Campaign.end_date >= date(year, 1, 1))
    return query.order_by(Campaign.start_date.desc(), Campaign.id.desc())


def space_participations(user, org: Organization) -> list[Participation]:
    """A society's invitations and participations, newest campaign first."""
    if not can(user, "org.view_space", org):
        return []
    return list(db.session.scalars(
        select(Participation).join(Participation.campaign)
        .options(joinedload(Participation.campaign).selectinload(Campaign.owner_org))
        .where(Participation.organization_id == org.id)
        .order_by(Campaign.start_date.desc(), Participation.id.desc())))


def user_spaces(user) -> list[Organization]:
    if not user or not user.is_authenticated:
        return []
    return [m.organization for m in user.active_memberships]

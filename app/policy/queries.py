"""List queries: what a user may see, loaded in a fixed number of SQL statements."""
from datetime import date

from flask import abort
from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload, selectinload

from app.extensions import db
from app.models import (
    AuditEvent,
    Campaign,
    Department,
    Invitation,
    Membership,
    Organization,
    Participation,
    User,
)
from app.models.base import utcnow
from app.models.campaign import INVITED, JOINED, REGIONAL
from app.policy.rules import _member_of_regional_office, can


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
    if kind in (None, "campaign"):
        items += _campaigns_of_space(org)
    return items


def _campaigns_of_space(org: Organization) -> list[Campaign]:
    joined = select(Participation.campaign_id).where(Participation.organization_id == org.id,
                                                     Participation.status == JOINED)
    conditions = [Campaign.owner_org_id == org.id, Campaign.id.in_(joined)]
    if org.is_regional_office:
        conditions.append(Campaign.scope == REGIONAL)
    return list(db.session.scalars(
        select(Campaign).options(selectinload(Campaign.owner_org), selectinload(Campaign.participations))
        .where(or_(*conditions)).order_by(Campaign.start_date.desc())))


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


def _task_list(query):
    from app.models import Task

    return list(db.session.scalars(
        query.options(selectinload(Task.owner_org), selectinload(Task.assignee_org),
                      selectinload(Task.assignee_user), selectinload(Task.campaign))
        .order_by(Task.due_date.is_(None), Task.due_date, Task.id)))


def my_tasks(user) -> list:
    """Tasks assigned to the user or created by them, still in the organizations they belong to."""
    from app.models import Task

    orgs = [m.organization_id for m in user.active_memberships]
    return _task_list(select(Task).where(
        or_(Task.assignee_user_id == user.id, Task.created_by_id == user.id),
        or_(Task.assignee_org_id.in_(orgs), Task.owner_org_id.in_(orgs))))


def space_tasks(user, org: Organization) -> list:
    """Tasks a society gave or was given."""
    from app.models import Task

    if not can(user, "org.view_space", org):
        return []
    return _task_list(select(Task).where(or_(Task.assignee_org_id == org.id, Task.owner_org_id == org.id)))


def overdue_tasks(user) -> list:
    """Overdue tasks of the user's organizations (given or received), oldest due date first."""
    from app.models import Task
    from app.models.task import CANCELLED, DECLINED, DONE

    orgs = [m.organization_id for m in user.active_memberships]
    return _task_list(select(Task).where(
        or_(Task.assignee_org_id.in_(orgs), Task.owner_org_id.in_(orgs)),
        Task.due_date < date.today(), Task.status.not_in([DONE, DECLINED, CANCELLED])))


def campaign_tasks(user, campaign: Campaign) -> list:
    """A campaign's tasks the user may see: campaign-wide ones, and those of the user's organizations."""
    from app.models import Task
    from app.models.task import VISIBILITY_CAMPAIGN

    if not can(user, "campaign.view", campaign):
        return []
    orgs = [m.organization_id for m in user.active_memberships]
    return _task_list(select(Task).where(
        Task.campaign_id == campaign.id,
        or_(Task.visibility == VISIBILITY_CAMPAIGN, Task.assignee_org_id.in_(orgs), Task.owner_org_id.in_(orgs))))


def task_group(user, task) -> list:
    """The other tasks given in the same step to other societies, those the user may see."""
    from app.models import Task

    if not task.group_key:
        return []
    siblings = _task_list(select(Task).where(Task.group_key == task.group_key, Task.id != task.id))
    return [t for t in siblings if can(user, "task.view", t)]

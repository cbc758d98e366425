"""List queries: what a user may see, loaded in a fixed number of SQL statements."""
from datetime import date, timedelta

from flask import abort
from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload, selectinload

from app.extensions import db
from app.models import (
    Campaign,
    CampaignProposal,
    Department,
    Invitation,
    Membership,
    Organization,
    Participation,
    User,
)
from app.models.base import utcnow
from app.models.campaign import INVITED, JOINED, REGIONAL
from app.policy.proposals import _visible_proposal
from app.policy.rules import _member_of_regional_office, can, working_memberships


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


def visible_active_member(user, org: Organization, person_id: int):
    """The active member `person_id` of `org` as `user` sees the members (None if there is no such one):
    whom a society's admin may name when accepting a task."""
    return next((m.user for m in visible_members(user, org) if m.is_active and m.user_id == person_id), None)


def task_assignee_candidates(user, organizations: list[Organization]) -> list[Membership]:
    """Whom a task given to one of `organizations` may name: every active member of an organization the
    user belongs to; in another one (a society of the same campaign), its active admins and staff, who
    take tasks on. Their names only are shown. One query."""
    from app.models.user import ROLE_ADMIN, ROLE_STAFF

    if not organizations:
        return []
    mine = [m.organization_id for m in user.active_memberships]
    return list(db.session.scalars(
        select(Membership).join(Membership.user).options(joinedload(Membership.user))
        .where(Membership.organization_id.in_([o.id for o in organizations]), Membership.is_active.is_(True),
               or_(Membership.organization_id.in_(mine), Membership.role.in_([ROLE_ADMIN, ROLE_STAFF])))
        .order_by(Membership.organization_id, User.full_name, User.email)))


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


def workspace_campaigns(user, *, status=None, scope=None):
    """Campaigns whose workspace the user sees (policy.can_view_campaign), newest first: a query (for the
    JSON API's pages) with the owner loaded up front."""
    query = select(Campaign).where(Campaign.id.in_(_workspace_campaigns(user))).options(
        selectinload(Campaign.owner_org))
    if status:
        query = query.where(Campaign.status == status)
    if scope:
        query = query.where(Campaign.scope == scope)
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


TASKS_PER_PAGE = 50
PRIORITY_ORDER = {"urgent": 0, "high": 1, "normal": 2, "low": 3}


def _task_options(query):
    from app.models import Task

    return query.options(selectinload(Task.owner_org), selectinload(Task.assignee_org),
                         selectinload(Task.assignee_user), selectinload(Task.campaign))


def _task_list(query):
    from app.models import Task

    return list(db.session.scalars(_task_options(query).order_by(Task.due_date.is_(None), Task.due_date, Task.id)))


def _workspace_campaigns(user):
    """Ids of the campaigns whose workspace the user sees (as policy.can_view_campaign says)."""
    return _campaigns_seen_by(user.active_memberships)


def _visible_task(user):
    """The SQL form of policy.can_view_task."""
    from app.models import Task
    from app.models.task import VISIBILITY_CAMPAIGN

    working = working_memberships(user)
    orgs = [m.organization_id for m in working]
    return or_(Task.assignee_user_id == user.id, Task.assignee_org_id.in_(orgs), Task.owner_org_id.in_(orgs),
               (Task.visibility == VISIBILITY_CAMPAIGN) & Task.campaign_id.in_(_campaigns_seen_by(working)))


def filter_tasks(query, filters: dict):
    """Narrow a task query by campaign, society, person, status, priority and due date, and sort it."""
    from sqlalchemy import case

    from app.models import Task

    query = narrow_tasks(query, filters)
    by_due = (Task.due_date.is_(None), Task.due_date)
    orders = {
        "priority": (case(PRIORITY_ORDER, value=Task.priority, else_=9), *by_due, Task.id),
        "newest": (Task.created_at.desc(), Task.id.desc()),
        "updated": (Task.updated_at.desc(), Task.id.desc()),
    }
    return query.order_by(*orders.get(filters.get("sort"), (*by_due, Task.id)))


def narrow_tasks(query, filters: dict):
    """Only the WHERE part of filter_tasks (for counts)."""
    from app.models import Task
    from app.models.task import CANCELLED, DECLINED, DONE

    if filters.get("assignee"):
        query = query.where(Task.assignee_user_id == filters["assignee"])
    if filters.get("campaign"):
        query = query.where(Task.campaign_id == filters["campaign"])
    if filters.get("society"):
        query = query.where(or_(Task.assignee_org_id == filters["society"], Task.owner_org_id == filters["society"]))
    if filters.get("status"):
        query = query.where(Task.status == filters["status"])
    if filters.get("priority"):
        query = query.where(Task.priority == filters["priority"])
    today, due = date.today(), filters.get("due")
    if due == "overdue":
        query = query.where(Task.due_date < today, Task.status.not_in([DONE, DECLINED, CANCELLED]))
    elif due in ("week", "month"):
        query = query.where(Task.due_date >= today,
                            Task.due_date <= today + timedelta(days=7 if due == "week" else 31))
    elif due == "none":
        query = query.where(Task.due_date.is_(None))
    return query


def task_page(query, filters: dict, page: int = 1):
    """One page of a filtered, sorted task list, with what the table shows loaded up front."""
    return db.paginate(_task_options(filter_tasks(query, filters)), page=max(page, 1),
                       per_page=TASKS_PER_PAGE, error_out=False)


def task_query(query, filters: dict):
    """A filtered, sorted task query with what a list shows loaded up front (the JSON API pages it)."""
    return _task_options(filter_tasks(query, filters))


def task_rows(query, filters: dict) -> list:
    """The whole filtered, sorted task list (for a download), with what its rows show loaded up front."""
    return list(db.session.scalars(_task_options(filter_tasks(query, filters))))


def my_tasks(user, show: str | None = None):
    """Tasks assigned to the user, created by them or watched by them, that they may still see."""
    from app.models import Task, TaskWatch

    watched = Task.id.in_(select(TaskWatch.task_id).where(TaskWatch.user_id == user.id))
    mine = {"assigned": Task.assignee_user_id == user.id, "created": Task.created_by_id == user.id,
            "watched": watched}
    which = mine[show] if show in mine else or_(*mine.values())
    return select(Task).where(which, _visible_task(user))


def space_tasks(user, org: Organization, side: str | None = None):
    """Tasks a society gave or was given; `side` keeps those it was given ("received"), those it gave
    ("given") or those it accepted and has given to nobody yet ("to_assign")."""
    from app.models import Task
    from app.models.task import UNDER_WAY

    if not can(user, "org.view_space", org):
        abort(404)
    received = Task.assignee_org_id == org.id
    sides = {"received": received, "given": Task.owner_org_id == org.id,
             "to_assign": received & Task.status.in_(UNDER_WAY) & Task.assignee_user_id.is_(None)}
    return select(Task).where(sides.get(side, or_(received, Task.owner_org_id == org.id)), _visible_task(user))


def overdue_tasks(user):
    """Overdue tasks of the user's organizations (given or received); the list sorts oldest due first."""
    from app.models import Task
    from app.models.task import CANCELLED, DECLINED, DONE

    orgs = [m.organization_id for m in working_memberships(user)]
    return select(Task).where(
        or_(Task.assignee_org_id.in_(orgs), Task.owner_org_id.in_(orgs), Task.assignee_user_id == user.id),
        Task.due_date < date.today(), Task.status.not_in([DONE, DECLINED, CANCELLED]))


def _my_visible_notifications(user):
    """The user's notifications, leaving out those about a task, material or meeting they can no longer see."""
    from app.models import Material, Meeting, MeetingInvitation, Notification, Task

    orgs = [m.organization_id for m in user.active_memberships if m.role != "volunteer"]
    meetings = select(Meeting.id).where(or_(
        Meeting.organizer_org_id.in_(orgs),
        Meeting.id.in_(select(MeetingInvitation.meeting_id).where(MeetingInvitation.organization_id.in_(orgs)))))
    return select(Notification).where(
        Notification.user_id == user.id,
        or_(Notification.task_id.is_(None), Notification.task_id.in_(select(Task.id).where(_visible_task(user)))),
        or_(Notification.material_id.is_(None),
            Notification.material_id.in_(select(Material.id).where(_visible_material(user)))),
        or_(Notification.meeting_id.is_(None), Notification.meeting_id.in_(meetings)),
        or_(Notification.proposal_id.is_(None), Notification.proposal_id.in_(
            select(CampaignProposal.id).where(_visible_proposal(user)))))


def unread_notification_count(user) -> int:
    from sqlalchemy import func

    from app.models import Notification

    visible = _my_visible_notifications(user).where(Notification.read_at.is_(None)).subquery()
    return db.session.scalar(select(func.count()).select_from(visible)) or 0


def my_notifications(user, page: int = 1):
    from app.models import Material, Meeting, MeetingInvitation, Notification, Task

    query = (_my_visible_notifications(user)
             .options(selectinload(Notification.actor),
                      selectinload(Notification.meeting).selectinload(Meeting.organizer),
                      selectinload(Notification.meeting).selectinload(Meeting.invitations)
                      .selectinload(MeetingInvitation.organization),
                      selectinload(Notification.task).selectinload(Task.owner_org),
                      selectinload(Notification.task).selectinload(Task.assignee_org),
                      selectinload(Notification.material).selectinload(Material.owner_org),
                      selectinload(Notification.proposal).selectinload(CampaignProposal.author_org))
             .order_by(Notification.created_at.desc(), Notification.id.desc()))
    return db.paginate(query, page=max(page, 1), per_page=50, error_out=False)


BOARD_COLUMN_SIZE = 30


def campaign_tasks(user, campaign: Campaign):
    """A campaign's tasks the user may see: campaign-wide ones, and those of the user's organizations."""
    from app.models import Task

    if not can(user, "campaign.view", campaign):
        abort(404)
    return select(Task).where(Task.campaign_id == campaign.id, _visible_task(user))


def campaign_board(user, campaign: Campaign, filters: dict | None = None, per_column: int = BOARD_COLUMN_SIZE):
    """The board: per status, the first tasks by due date and how many there are in all (narrowed by
    society, person or priority when asked)."""
    from sqlalchemy import func

    from app.models import Task
    from app.models.task import TASK_STATUSES

    visible = narrow_tasks(campaign_tasks(user, campaign), filters or {})
    rank = func.row_number().over(partition_by=Task.status,
                                  order_by=(Task.due_date.is_(None), Task.due_date, Task.id)).label("rank")
    ranked = visible.with_only_columns(Task.id, rank).subquery()
    counts = dict(db.session.execute(visible.with_only_columns(Task.status, func.count()).group_by(Task.status)).all())
    columns = {status: [] for status in TASK_STATUSES}
    for task in _task_list(select(Task).join(ranked, ranked.c.id == Task.id).where(ranked.c.rank <= per_column)):
        columns[task.status].append(task)
    return columns, {status: counts.get(status, 0) for status in TASK_STATUSES}


def campaign_assignees(user, campaign: Campaign) -> list:
    """The people given tasks of the campaign that the user sees, for the board's filter."""
    from app.models import Task

    ids = campaign_tasks(user, campaign).with_only_columns(Task.assignee_user_id).where(
        Task.assignee_user_id.is_not(None)).distinct()
    return list(db.session.scalars(select(User).where(User.id.in_(ids)).order_by(User.full_name, User.id)))


def indicator_reports(user, campaign: Campaign, indicator) -> list:
    """Every report on an indicator, newest first, with who reported it and how often it was corrected."""
    from app.models import IndicatorReport

    if not can(user, "campaign.view", campaign):
        abort(404)
    return list(db.session.scalars(
        select(IndicatorReport).where(IndicatorReport.indicator_id == indicator.id)
        .options(selectinload(IndicatorReport.organization).selectinload(Organization.translations),
                 selectinload(IndicatorReport.reported_by), selectinload(IndicatorReport.revisions))
        .order_by(IndicatorReport.period_date.desc(), IndicatorReport.id.desc())))


def task_group(user, task, include_self: bool = False) -> list:
    """The other tasks given in the same step to other societies (with `task` itself if asked), those the
    user may see, in the order of their societies' names. A fixed number of queries."""
    from app.models import Task

    if not task.group_key:
        return []
    query = select(Task).where(Task.group_key == task.group_key)
    if not include_self:
        query = query.where(Task.id != task.id)
    copies = [t for t in _task_list(query) if can(user, "task.view", t)]
    return sorted(copies, key=lambda t: t.assignee_org.slug)


def _campaigns_seen_by(memberships):
    """Ids of the campaigns whose workspace these memberships' organizations see."""
    orgs = [m.organization_id for m in memberships]
    joined = select(Participation.campaign_id).where(Participation.organization_id.in_(orgs),
                                                     Participation.status == JOINED)
    conditions = [Campaign.owner_org_id.in_(orgs), Campaign.id.in_(joined)]
    if any(m.organization.is_regional_office for m in memberships):
        conditions.append(Campaign.scope == REGIONAL)
    return select(Campaign.id).where(or_(*conditions))


def _visible_material(user):
    """The SQL form of policy.can_view_material."""
    from sqlalchemy import and_, false

    from app.models import Material
    from app.models.material import CLEARED, CLEARED_AUDIENCES

    cleared_public = and_(Material.audience == "public", Material.clearance == CLEARED)
    if not user or not user.is_authenticated:
        return cleared_public
    everyone = user.active_memberships
    working = [m for m in everyone if m.role != "volunteer"]
    regional_campaigns = select(Campaign.id).where(Campaign.scope == REGIONAL)
    return or_(
        cleared_public,
        and_(Material.audience == "volunteers", Material.clearance == CLEARED, or_(
            Material.campaign_id.in_(_campaigns_seen_by(everyone)),
            and_(Material.campaign_id.is_(None), Material.owner_org_id.in_([m.organization_id for m in everyone])))),
        Material.owner_org_id.in_([m.organization_id for m in working]),
        and_(Material.audience == "participants", Material.campaign_id.in_(_campaigns_seen_by(working))),
        and_(Material.audience.in_(CLEARED_AUDIENCES), Material.campaign_id.in_(regional_campaigns))
        if any(m.organization.is_regional_office for m in working) else false(),
    )


def _material_options(query):
    from app.models import Material

    return query.options(selectinload(Material.owner_org), selectinload(Material.files),
                         selectinload(Material.campaign).selectinload(Campaign.owner_org))


def _library_selection(user, campaign_id=None, kind=None, locale=None):
    """Material the user may see, of a campaign, of a kind, with a current file in a language."""
    from app.models import Material, MaterialFile

    query = select(Material).where(_visible_material(user))
    if campaign_id:
        query = query.where(Material.campaign_id == campaign_id)
    if kind:
        query = query.where(Material.kind == kind)
    if locale:
        query = query.where(Material.id.in_(select(MaterialFile.material_id).where(
            MaterialFile.locale == locale, MaterialFile.is_current.is_(True))))
    return query


def library_query(user, *, campaign_id=None, kind=None, locale=None):
    """The library's selection, newest first, with what a list shows loaded (the JSON API pages it)."""
    from app.models import Material

    return _material_options(_library_selection(user, campaign_id, kind, locale)).order_by(
        Material.created_at.desc(), Material.id.desc())


def library(user, *, campaign_id=None, kind=None, locale=None, cleared_only=False, languages=(), page: int = 1,
            per_page: int = 30):
    """Material the user may see, one page with everything the list shows loaded. First the material with
    a file in the reader's `languages` (best first: the page's language, then its fallback chain); within
    that, the material of the campaigns the user's societies run or joined (and the societies' own); then
    the newest. Sorted by the database, so pages follow one order and the query count stays the same."""
    from sqlalchemy import case, func

    from app.models import Material, MaterialFile
    from app.models.material import CLEARED

    query = _library_selection(user, campaign_id, kind, locale)
    if cleared_only:
        query = query.where(Material.clearance == CLEARED)
    order = []
    if languages:
        best = select(func.min(case({code: rank for rank, code in enumerate(languages)}, value=MaterialFile.locale,
                                    else_=len(languages)))).where(
            MaterialFile.material_id == Material.id, MaterialFile.is_current.is_(True)).scalar_subquery()
        order.append(func.coalesce(best, len(languages)))
    if user and user.is_authenticated:
        memberships = user.active_memberships
        ours = or_(Material.owner_org_id.in_([m.organization_id for m in memberships]),
                   Material.campaign_id.in_(_campaigns_seen_by(memberships)))
        order.append(case((ours, 0), else_=1))
    query = _material_options(query).order_by(*order, Material.created_at.desc(), Material.id.desc())
    return db.paginate(query, page=max(page, 1), per_page=per_page, error_out=False)


def pack_campaign_ids(user) -> set[int]:
    """The campaigns with cleared material for volunteers or the public that the user may see: those an
    offline pack has something in."""
    from app.models import Material
    from app.models.material import CLEARED, CLEARED_AUDIENCES

    return set(db.session.scalars(select(Material.campaign_id).distinct().where(
        _visible_material(user), Material.campaign_id.is_not(None), Material.clearance == CLEARED,
        Material.audience.in_(CLEARED_AUDIENCES))))


def campaign_materials(user, campaign: Campaign, cleared_only: bool = False) -> list:
    """A campaign's material the user may see (for the public page: cleared public material only)."""
    from app.models import Material
    from app.models.material import CLEARED

    query = select(Material).where(Material.campaign_id == campaign.id, _visible_material(user))
    if cleared_only:
        query = query.where(Material.clearance == CLEARED)
    return list(db.session.scalars(_material_options(query).order_by(Material.kind, Material.id)))


def space_plans(user, org: Organization) -> list:
    from app.models import DiplomacyPlan

    if not can(user, "plan.view", org):
        abort(404)
    return list(db.session.scalars(select(DiplomacyPlan).where(DiplomacyPlan.organization_id == org.id)
                                   .order_by(DiplomacyPlan.year.desc())))


def space_plans_full(user, org: Organization) -> list:
    """The society's plans with their objectives and activities loaded up front (the JSON API)."""
    from app.models import DiplomacyPlan, PlanActivity, PlanObjective

    if not can(user, "plan.view", org):
        abort(404)
    return list(db.session.scalars(
        select(DiplomacyPlan).where(DiplomacyPlan.organization_id == org.id)
        .options(selectinload(DiplomacyPlan.organization),
                 selectinload(DiplomacyPlan.objectives).selectinload(PlanObjective.activities)
                 .selectinload(PlanActivity.partners))
        .order_by(DiplomacyPlan.year.desc(), DiplomacyPlan.id.desc())))


def org_strategies(user, org: Organization) -> list:
    """The society's development strategies with their aims, latest first: all of them for its admins and
    staff, the shared ones for the regional office."""
    from app.models import DevelopmentStrategy, StrategicAim

    query = (select(DevelopmentStrategy).where(DevelopmentStrategy.organization_id == org.id)
             .options(selectinload(DevelopmentStrategy.aims).selectinload(StrategicAim.objectives))
             .order_by(DevelopmentStrategy.end_year.desc(), DevelopmentStrategy.id.desc()))
    if not can(user, "strategy.view", org):
        if not _member_of_regional_office(user):
            return []
        query = query.where(DevelopmentStrategy.shared_with_region.is_(True))
    return list(db.session.scalars(query))


def current_plan(user, org: Organization):
    """The society's plan for this year, or its latest before, with its objectives and activities; None
    when it has none or the user may not see its plans."""
    from app.models import DiplomacyPlan, PlanObjective

    if not can(user, "plan.view", org):
        return None
    return db.session.scalars(
        select(DiplomacyPlan).where(DiplomacyPlan.organization_id == org.id, DiplomacyPlan.year <= date.today().year)
        .options(selectinload(DiplomacyPlan.objectives).options(selectinload(PlanObjective.activities),
                                                                selectinload(PlanObjective.aims)))
        .order_by(DiplomacyPlan.year.desc()).limit(1)).first()


def space_partners(user, org: Organization) -> list:
    from app.models import Partner

    if not can(user, "plan.view", org):
        abort(404)
    return list(db.session.scalars(select(Partner).where(Partner.organization_id == org.id)
                                   .options(selectinload(Partner.campaigns).selectinload(Campaign.owner_org))
                                   .order_by(Partner.next_step_date.is_(None), Partner.next_step_date, Partner.id)))


def region_partners(user, society_id: int | None = None, kind: str | None = None,
                    stage: str | None = None) -> list:
    """Partners the societies shared with the region, for the coordinator; narrowed to one society,
    kind or stage when asked."""
    from app.models import Partner

    if not can(user, "partner.region"):
        abort(404)
    query = select(Partner).where(Partner.shared_with_region.is_(True))
    if society_id:
        query = query.where(Partner.organization_id == society_id)
    if kind:
        query = query.where(Partner.kind == kind)
    if stage:
        query = query.where(Partner.stage == stage)
    return list(db.session.scalars(query.options(selectinload(Partner.organization)).order_by(Partner.id)))


def space_meetings(user, org: Organization, upcoming_only: bool = False, limit: int | None = None) -> list:
    """Meetings the society organised or took part in, newest first."""
    from app.models import Meeting
    from app.models.diplomacy import ACCEPTED, meeting_organization

    if not can(user, "plan.view", org):
        abort(404)
    involved = select(meeting_organization.c.meeting_id).where(meeting_organization.c.organization_id == org.id,
                                                               meeting_organization.c.status == ACCEPTED)
    query = (select(Meeting).where(or_(Meeting.organizer_org_id == org.id, Meeting.id.in_(involved)))
             .options(selectinload(Meeting.organizer), selectinload(Meeting.participants))
             .order_by(Meeting.starts_at.desc(), Meeting.id.desc()))
    if limit:
        query = query.limit(limit)
    return list(db.session.scalars(query))


def meeting_invitations(user, org: Organization) -> list:
    """Invitations of the society to other organizations' meetings that wait for its answer, soonest first."""
    from app.models import Meeting, MeetingInvitation
    from app.models.diplomacy import INVITED

    if not can(user, "plan.view", org):
        abort(404)
    return list(db.session.scalars(
        select(MeetingInvitation).join(Meeting).where(MeetingInvitation.organization_id == org.id,
                                                      MeetingInvitation.status == INVITED)
        .options(selectinload(MeetingInvitation.meeting).selectinload(Meeting.organizer),
                 selectinload(MeetingInvitation.organization))
        .order_by(Meeting.starts_at, Meeting.id)))


def meeting_of_task(user, task):
    """The meeting whose decision became this task, when the user may see it (the link back)."""
    from app.models import Meeting, MeetingDecision

    meeting = db.session.scalar(select(Meeting).join(MeetingDecision).where(MeetingDecision.task_id == task.id))
    if meeting is None or not can(user, "meeting.view", meeting):
        return None, None
    orgs = {m.organization_id: m.organization for m in user.active_memberships if m.role != "volunteer"}
    space = next((orgs[i] for i in [meeting.organizer_org_id, *(o.id for o in meeting.participants)] if i in orgs),
                 None)
    if space is None:
        return None, None
    return meeting, space

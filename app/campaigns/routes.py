"""Campaigns: the list, creating and editing, the workspace, and the public page."""
from flask import abort, flash, make_response, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import caching, policy
from app.campaigns import bp
from app.campaigns.forms import (
    AdaptationForm,
    CampaignFilterForm,
    CampaignForm,
    IndicatorForm,
    InviteSocietiesForm,
    MilestoneForm,
    PublicCampaignFilterForm,
    ReportForm,
    StatusForm,
    UpdateForm,
)
from app.extensions import db
from app.forms import attach_error, submit_edit, submit_removal
from app.i18n import current_locale, fallback_chain, text
from app.models.campaign import JOINED, REGIONAL
from app.models.task import PRIORITIES, TASK_STATUSES
from app.policy import LOGIN, PUBLIC, access
from app.serving import stored_file
from app.services import ServiceError, campaigns, covers, indicators
from app.storage import storage
from app.campaigns import charts

PER_PAGE = 20


@bp.route("/")
@access(PUBLIC)  # signed in: the campaigns of the user's organizations; anyone else: the public ones
def index():
    if not current_user.is_authenticated:
        return _public_index()
    filters = CampaignFilterForm(request.args)
    if not filters.validate() or (filters.year.data and not filters.year.data.isdigit()):
        filters = CampaignFilterForm(formdata=None)
    year = int(filters.year.data) if filters.year.data else None
    query = policy.visible_campaigns(current_user, status=filters.status.data or None,
                                     scope=filters.scope.data or None, year=year)
    page = db.paginate(query, page=max(request.args.get("page", 1, type=int), 1), per_page=PER_PAGE,
                       error_out=False)
    creatable = [m.organization for m in current_user.active_memberships
                 if policy.can(current_user, "campaign.create", m.organization)]
    return render_template("campaigns/index.html", page=page, filters=filters, creatable=creatable)


def _public_index():
    organizations = policy.public_organizations()
    filters = PublicCampaignFilterForm(request.args)
    filters.org.choices = [("", _("Any society"))] + [(o.slug, text(o, "name", o)) for o in organizations]
    if not filters.validate() or (filters.year.data and not filters.year.data.isdigit()):
        filters = PublicCampaignFilterForm(formdata=None)
        filters.org.choices = [("", _("Any society"))]
    org = next((o for o in organizations if o.slug == filters.org.data), None)
    query = policy.public_campaigns(org_id=org.id if org else None, status=filters.status.data or None,
                                    year=int(filters.year.data) if filters.year.data else None)
    page = db.paginate(query, page=max(request.args.get("page", 1, type=int), 1), per_page=PER_PAGE,
                       error_out=False)
    return render_template("campaigns/public_index.html", page=page, filters=filters)


def _owner_for_new():
    slug = request.args.get("org")
    orgs = [m.organization for m in current_user.active_memberships
            if policy.can(current_user, "campaign.create", m.organization)]
    owner = next((o for o in orgs if o.slug == slug), orgs[0] if orgs else None)
    if owner is None:
        abort(403)
    return owner


def _campaign_values(form):
    cover = form.cover.data if form.cover.data and getattr(form.cover.data, "filename", "") else None
    return dict(title=form.title.data, summary=form.summary.data or "", body=form.body.data or "",
                start_date=form.start_date.data, end_date=form.end_date.data, audiences=form.audiences.data,
                hashtags=form.hashtags.data or "", is_public=form.is_public.data, locale=current_locale(),
                cover=cover.stream if cover else None)


@bp.route("/new", methods=["GET", "POST"])
@access(LOGIN)
def create():
    owner = _owner_for_new()
    form = CampaignForm()
    del form.scope
    if form.validate_on_submit():
        try:
            campaign = campaigns.create(current_user, owner, scope=REGIONAL if owner.is_regional_office else "national",
                                        **_campaign_values(form))
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("The campaign has been created as a draft."), "success")
            return redirect(url_for("campaigns.workspace", campaign_id=campaign.id))
    return render_template("campaigns/form.html", form=form, owner=owner, campaign=None), \
        400 if form.is_submitted() else 200


@bp.route("/<int:campaign_id>/edit", methods=["GET", "POST"])
@access(LOGIN)
def edit(campaign_id):
    campaign = policy.get_campaign_or_404(current_user, campaign_id)
    policy.authorize(current_user, "campaign.edit", campaign)
    form = CampaignForm()
    del form.scope
    if request.method == "GET":
        row = campaign.translation(current_locale())
        form.title.data, form.summary.data, form.body.data = (
            (row.title, row.summary, row.body) if row else (text(campaign, "title"), "", ""))
        form.start_date.data, form.end_date.data = campaign.start_date, campaign.end_date
        form.audiences.data, form.hashtags.data = campaign.audiences, campaign.hashtags
        form.is_public.data = campaign.is_public
    elif form.validate_on_submit():
        try:
            campaigns.update(current_user, campaign, **_campaign_values(form))
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("The campaign has been saved."), "success")
            return redirect(url_for("campaigns.workspace", campaign_id=campaign.id))
    return render_template("campaigns/form.html", form=form, owner=campaign.owner_org, campaign=campaign), \
        400 if form.errors else 200


# The workspace's tabs, each at its own address: the overview at /<id>/, the others at /<id>/<tab>.
TABS = ("overview", "societies", "indicators", "material", "timeline", "news")


def tab_url(campaign, tab: str = "overview") -> str:
    if tab == "overview":
        return url_for("campaigns.workspace", campaign_id=campaign.id)
    return url_for("campaigns.tab", campaign_id=campaign.id, tab=tab)


def _my_participations(campaign):
    return [p for p in campaign.participations if policy.can(current_user, "participation.edit", p)]


def _forms(campaign, tab: str, **given):
    """The forms of one tab (only those: the invite form's societies are loaded on the societies tab)."""
    forms = {"status_form": StatusForm()}
    if tab == "societies":
        invite = given.get("invite") or InviteSocietiesForm()
        invite.societies.choices = []
        if policy.can(current_user, "campaign.invite", campaign):  # the organizations: for the coordinator only
            involved = {p.organization_id for p in campaign.participations if p.status in (JOINED, "invited")}
            invite.societies.choices = [(o.id, text(o, "name", o))
                                        for o in policy.visible_organizations(current_user)
                                        if not o.is_regional_office and o.id not in involved]
        forms["invite_form"] = invite
    elif tab == "indicators":
        report = given.get("report") or ReportForm()
        report.participation.choices = [(p.id, text(p.organization, "name", p.organization))
                                        for p in _my_participations(campaign)]
        forms.update(report_form=report, indicator_form=given.get("indicator") or IndicatorForm())
    elif tab == "timeline":
        forms["milestone_form"] = given.get("milestone") or MilestoneForm()
    elif tab == "news":
        update = given.get("update") or UpdateForm()
        authors = [p.organization for p in campaign.participations
                   if p.status == JOINED and policy.membership_in(current_user, p.organization)]
        if policy.membership_in(current_user, campaign.owner_org) and campaign.owner_org not in authors:
            authors.insert(0, campaign.owner_org)
        update.organization.choices = [(o.id, text(o, "name", o)) for o in authors]
        forms["update_form"] = update
    return forms


def _workspace(campaign, tab: str = "overview", status=200, **given):
    """One tab of the workspace: the shared header and tab strip, and what this tab shows."""
    organizations = {p.organization_id: p.organization for p in campaign.participations}
    context = dict(campaign=campaign, tab=tab, tabs=TABS, editable=_my_participations(campaign),
                   **_forms(campaign, tab, **given))
    if tab in ("overview", "indicators"):
        context["rollups"] = [indicators.rollup(i, organizations) for i in campaign.indicators]
    if tab == "overview":
        context["proposal"] = policy.proposal_of_campaign(current_user, campaign)
    if tab == "material":
        context["materials"] = policy.campaign_materials(current_user, campaign)
        context["material_owners"] = [m.organization for m in current_user.active_memberships
                                      if policy.can(current_user, "material.create", (m.organization, campaign))]
    return render_template(f"campaigns/tabs/{tab}.html", **context), status


@bp.route("/<int:campaign_id>/")
@access(LOGIN)
@caching.cached_page
def workspace(campaign_id):
    """The workspace's overview tab."""
    return _workspace(policy.get_campaign_or_404(current_user, campaign_id, full=True))


@bp.route("/<int:campaign_id>/<any(societies, indicators, material, timeline, news):tab>")
@access(LOGIN)  # whoever sees the workspace (campaign.view, through the loader)
@caching.cached_page
def tab(campaign_id, tab):
    """One of the workspace's other tabs (the add forms post to their own addresses)."""
    return _workspace(policy.get_campaign_or_404(current_user, campaign_id, full=True), tab)


def _back(campaign, tab: str = "overview"):
    return redirect(tab_url(campaign, tab))


# The tab each posted form belongs to: it comes back there, after success or with its errors.
FORM_TABS = {"invite": "societies", "indicator": "indicators", "report": "indicators", "milestone": "timeline",
             "update": "news"}


def _submit(campaign, form, form_key: str, run, done: str):
    """A form posted from a tab: run the service, or show the tab again with the form as it was sent
    and the reason it was refused."""
    tab = FORM_TABS[form_key]
    if form.validate_on_submit():
        try:
            result = run()
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(done(result) if callable(done) else done, "success")
            return _back(campaign, tab)
    return _workspace(campaign, tab, status=400, **{form_key: form})


@bp.route("/<int:campaign_id>/status", methods=["POST"])
@access(LOGIN)
def change_status(campaign_id):
    campaign = policy.get_campaign_or_404(current_user, campaign_id)
    policy.authorize(current_user, "campaign.edit", campaign)
    form = StatusForm()
    if form.validate_on_submit():
        try:
            campaigns.change_status(current_user, campaign, form.status.data)
        except ServiceError as error:
            flash(error.message, "danger")
        else:
            flash(_("The campaign's status has been changed."), "success")
    return _back(campaign)


@bp.route("/<int:campaign_id>/invite", methods=["POST"])
@access(LOGIN)
def invite(campaign_id):
    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    policy.authorize(current_user, "campaign.invite", campaign)
    form = InviteSocietiesForm()
    _forms(campaign, "societies", invite=form)  # the choices: societies not yet in the campaign
    organizations = {o.id: o for o in policy.visible_organizations(current_user)}
    return _submit(campaign, form, "invite",
                   lambda: campaigns.invite(current_user, campaign,
                                            [organizations[i] for i in form.societies.data]),
                   lambda count: _("Invitations sent: %(count)s.", count=count))


@bp.route("/<int:campaign_id>/indicators", methods=["POST"])
@access(LOGIN)
def add_indicator(campaign_id):
    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    policy.authorize(current_user, "campaign.edit", campaign)
    form = IndicatorForm()
    targets = {p.organization: request.form.get(f"target-{p.organization_id}") for p in campaign.participations}
    return _submit(campaign, form, "indicator",
                   lambda: indicators.add(current_user, campaign, name=form.name.data, unit=form.unit.data,
                                          regional_target=form.regional_target.data, society_targets=targets,
                                          locale=current_locale()),
                   _("The indicator has been added."))


@bp.route("/<int:campaign_id>/indicators/<int:indicator_id>/reports", methods=["POST"])
@access(LOGIN)
def report(campaign_id, indicator_id):
    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    indicator = policy.get_indicator_or_404(current_user, campaign, indicator_id)
    form = ReportForm()
    mine = _my_participations(campaign)
    if not mine:
        abort(403)
    _forms(campaign, "indicators", report=form)
    return _submit(campaign, form, "report",
                   lambda: indicators.report(
                       current_user, indicator, next(p for p in mine if p.id == form.participation.data),
                       period_date=form.period_date.data, value=form.value.data, note=form.note.data),
                   _("The value has been reported."))


@bp.route("/<int:campaign_id>/reports.<any(csv, xlsx):fmt>")
@access(LOGIN)  # whoever sees the workspace, where the same reports are shown
def reports_export(campaign_id, fmt):
    from app.campaigns.exports import reports_table
    from app.services import exports

    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    return exports.response([reports_table(campaign)], f"campaign-{campaign.id}-reports", fmt)


@bp.route("/<int:campaign_id>/indicators/<int:indicator_id>/<any(share, trend):chart>.svg")
@access(LOGIN)
def chart(campaign_id, indicator_id, chart):
    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    indicator = policy.get_indicator_or_404(current_user, campaign, indicator_id)
    organizations = {p.organization_id: p.organization for p in campaign.participations}
    svg, etag = charts.cached(chart, indicators.rollup(indicator, organizations), current_locale())
    response = make_response(svg)
    response.headers["Content-Type"] = "image/svg+xml; charset=utf-8"
    response.headers["Cache-Control"] = "private, no-cache"  # kept, but asked again: it changes with the data
    response.set_etag(etag)
    return response.make_conditional(request)


@bp.route("/<int:campaign_id>/milestones", methods=["POST"])
@access(LOGIN)
def add_milestone(campaign_id):
    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    policy.authorize(current_user, "campaign.edit", campaign)
    form = MilestoneForm()
    return _submit(campaign, form, "milestone",
                   lambda: campaigns.add_milestone(current_user, campaign, on_date=form.on_date.data,
                                                   kind=form.kind.data, title=form.title.data,
                                                   locale=current_locale()),
                   _("The milestone has been added."))


@bp.route("/<int:campaign_id>/updates", methods=["POST"])
@access(LOGIN)
def post_update(campaign_id):
    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    policy.authorize(current_user, "campaign.post_update", campaign)
    form = UpdateForm()
    _forms(campaign, "news", update=form)
    authors = {o.id: o for o in [p.organization for p in campaign.participations] + [campaign.owner_org]}
    return _submit(campaign, form, "update",
                   lambda: campaigns.post_update(current_user, campaign, authors[form.organization.data],
                                                 form.body.data, current_locale()),
                   _("Your news has been posted."))


@bp.route("/<int:campaign_id>/participants/<int:participation_id>/adaptation", methods=["GET", "POST"])
@access(LOGIN)
def adaptation(campaign_id, participation_id):
    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    participation = policy.get_campaign_participation_or_404(current_user, campaign, participation_id)
    policy.authorize(current_user, "participation.edit", participation)
    form = AdaptationForm()
    members = [m.user for m in policy.visible_members(current_user, participation.organization) if m.is_active]
    form.focal_user.choices = [(0, "—")] + [(u.id, u.full_name or u.email) for u in members]
    status = 200
    if request.method == "GET":
        row = participation.translation(current_locale())
        form.focal_user.data = participation.focal_user_id or 0
        form.local_start.data, form.local_end.data = participation.local_start, participation.local_end
        form.local_note.data = row.local_note if row else ""
        form.key_messages.data = row.key_messages if row else ""
    else:
        focal = next((u for u in members if u.id == form.focal_user.data), None)
        outcome = submit_edit(form, lambda version: campaigns.update_adaptation(
            current_user, participation, focal_user=focal, local_start=form.local_start.data,
            local_end=form.local_end.data, local_note=form.local_note.data or "",
            key_messages=form.key_messages.data or "", locale=current_locale(), version=version))
        if outcome is None:
            return _back(campaign, "societies")
        status = outcome[0]
    return render_template("campaigns/adaptation.html", campaign=campaign, participation=participation,
                           form=form), status


@bp.route("/<int:campaign_id>/participants/<int:participation_id>/adaptation/remove", methods=["POST"])
@access(LOGIN)  # those who edit the adaptation
def remove_adaptation(campaign_id, participation_id):
    from app.services import removals

    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    participation = policy.get_campaign_participation_or_404(current_user, campaign, participation_id)
    policy.authorize(current_user, "participation.edit", participation)
    submit_removal(lambda: removals.remove(current_user, participation))
    return _back(campaign, "societies")


@bp.route("/<int:campaign_id>/board")
@access(LOGIN)
@caching.cached_page
def board(campaign_id):
    """The campaign's tasks in one column per status; plain links, no script needed."""
    campaign = policy.get_campaign_or_404(current_user, campaign_id)
    status = request.args.get("status")
    societies = {p.organization_id: p.organization for p in campaign.participations}
    societies.setdefault(campaign.owner_org_id, campaign.owner_org)
    society = societies.get(request.args.get("society", type=int))
    overdue = request.args.get("due") == "overdue"
    if status in TASK_STATUSES or overdue:  # one column (of one society's tasks), page by page
        filters = {"status": status if status in TASK_STATUSES else None, "due": "overdue" if overdue else None,
                   "society": society.id if society else None}
        page = policy.task_page(policy.campaign_tasks(current_user, campaign),
                                {k: v for k, v in filters.items() if v}, request.args.get("page", 1, type=int))
        return render_template("campaigns/board_column.html", campaign=campaign, status=filters["status"],
                               society=society, overdue=overdue, page=page)
    people = policy.campaign_assignees(current_user, campaign)
    person = next((u for u in people if u.id == request.args.get("assignee", type=int)), None)
    priority = request.args.get("priority") if request.args.get("priority") in PRIORITIES else None
    filters = {"society": society.id if society else None, "assignee": person.id if person else None,
               "priority": priority}
    columns, counts = policy.campaign_board(current_user, campaign, {k: v for k, v in filters.items() if v})
    return render_template("campaigns/board.html", campaign=campaign, columns=columns, counts=counts,
                           societies=sorted(societies.values(), key=lambda o: o.slug), people=people,
                           society=society, person=person, priority=priority,
                           moves=("accept", "start", "finish", "reopen"))


@bp.route("/<int:campaign_id>/cover")
@access(PUBLIC)
def cover(campaign_id):
    """The cover image, scaled for where it is shown (?size=card or page): for everyone on a public
    campaign, otherwise for those who see the workspace. Its address names the cover's version (?v=), so
    the browser keeps it for a year; a new cover is a new address."""
    campaign = policy.get_campaign_cover_or_404(current_user, campaign_id)
    size = request.args.get("size", "page")
    if size not in covers.SIZES:
        abort(404)
    key, mimetype = covers.sized(campaign.cover_key, size)
    audience = "public" if campaign.is_publicly_visible else "private"
    versioned = request.args.get("v") == covers.version_of(campaign.cover_key)
    return stored_file(storage("covers"), key, mimetype, key, inline=True, resumable=True, immutable_key=True,
                       cache=f"{audience}, max-age=31536000, immutable" if versioned else f"{audience}, max-age=600")


@bp.app_template_global()
def cover_url(campaign, size: str = "page") -> str:
    return url_for("campaigns.cover", campaign_id=campaign.id, size=size, v=covers.version_of(campaign.cover_key))


@bp.route("/<int:campaign_id>-<slug>")
@access(PUBLIC)
@caching.cached_page
def public(campaign_id, slug):
    campaign = policy.get_public_campaign_or_404(campaign_id)
    if slug != campaign.slug:
        return redirect(url_for("campaigns.public", campaign_id=campaign.id, slug=campaign.slug), 301)
    return render_template("campaigns/public.html", campaign=campaign,
                           materials=policy.campaign_materials(None, campaign, cleared_only=True),
                           chain=fallback_chain(current_locale(), campaign.owner_org),
                           locales=policy.public_campaign_locales(campaign), **_sharing_kit(campaign))


def _sharing_kit(campaign) -> dict:
    from app.security import external_url
    from app.services import sharing

    url = external_url("campaigns.public", lang=current_locale(), campaign_id=campaign.id, slug=campaign.slug)
    return {"page_url": url, "share_links": sharing.share_links(url, text(campaign, "title", campaign.owner_org)),
            "preview_url": external_url("campaigns.cover_preview", lang=current_locale(), campaign_id=campaign.id)
            if campaign.cover_key else None}

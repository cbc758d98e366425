"""The society's annual humanitarian-diplomacy plans and their departments x objectives matrix."""
from datetime import date

from flask import Response, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import caching, policy
from app.diplomacy import bp
from app.diplomacy.forms import CHANGE_LABELS, ActivityForm, ActivityStatusForm, ObjectiveForm, PlanForm
from app.extensions import db
from app.forms import Form, attach_error, submit_edit, submit_removal
from app.i18n import current_locale, text, translated
from app.policy import MEMBER, access
from app.services import ServiceError, plans, strategies


@bp.route("/plans/", methods=["GET", "POST"])
@access(MEMBER)
def plan_list():
    items = policy.space_plans(current_user, g.org)
    form = PlanForm(year=date.today().year)
    if form.is_submitted():
        policy.authorize(current_user, "plan.manage", g.org)
        if form.validate():
            try:
                plan = plans.create_plan(current_user, g.org, year=form.year.data, title=form.title.data,
                                         summary=form.summary.data or "", locale=current_locale())
            except ServiceError as error:
                attach_error(form, error)
            else:
                flash(_("The plan has been created."), "success")
                return redirect(url_for("diplomacy.plan", plan_id=plan.id))
    return render_template("diplomacy/plans.html", org=g.org, plans=items, form=form), \
        400 if form.is_submitted() else 200


def _activity_form(plan, formdata=None):
    form = ActivityForm(formdata=formdata) if formdata is not None else ActivityForm()
    form.objective.choices = [(o.id, text(o, "title", plan.organization)) for o in plan.objectives]
    form.departments.choices = [(d.id, text(d, "name", g.org)) for d in policy.visible_departments(current_user, g.org)]
    form.partners.choices = [(p.id, text(p, "name", g.org)) for p in policy.space_partners(current_user, g.org)]
    form.campaign.choices = [(0, "—")] + [(c.id, text(c, "title", c.owner_org))
                                          for c in db.session.scalars(policy.visible_campaigns(current_user))
                                          if policy.org_sees_campaign(g.org, c)]
    return form


def _plan_page(plan, status=200, **forms):
    grid = plans.matrix(plan, policy.visible_departments(current_user, g.org))
    return render_template("diplomacy/plan.html", org=g.org, plan=plan, grid=grid, changes=plans.changes(plan),
                           CHANGE_LABELS=CHANGE_LABELS,
                           objective_form=forms.get("objective_form") or _objective_form()[0],
                           unserved=[a for a in strategies.aims_of(g.org) if a.id not in
                                     {x.id for o in plan.objectives for x in o.aims}],
                           activity_form=forms.get("activity_form") or _activity_form(plan),
                           status_form=ActivityStatusForm()), status


@bp.route("/plans/<int:plan_id>")
@access(MEMBER)
def plan(plan_id):
    return _plan_page(policy.get_plan_or_404(current_user, g.org, plan_id))


@bp.route("/plans/<int:plan_id>/approve", methods=["POST"])
@access(MEMBER)
def approve_plan(plan_id):
    plan = policy.get_plan_or_404(current_user, g.org, plan_id)
    policy.authorize(current_user, "plan.manage", g.org)
    if not Form().validate_on_submit():
        abort(400)
    try:
        plans.approve(current_user, plan)
    except ServiceError as error:
        flash(error.message, "danger")
    else:
        flash(_("The plan has been approved."), "success")
    return redirect(url_for("diplomacy.plan", plan_id=plan.id))


def _objective_form(formdata=None):
    """The objective form, its aims those of the society's development strategies."""
    form = ObjectiveForm(formdata=formdata) if formdata is not None else ObjectiveForm()
    aims = strategies.aims_of(g.org)
    form.aims.choices = [(a.id, text(a, "title", g.org)) for a in aims]
    return form, aims


@bp.route("/plans/<int:plan_id>/objectives", methods=["POST"])
@access(MEMBER)
def add_objective(plan_id):
    plan = policy.get_plan_or_404(current_user, g.org, plan_id)
    policy.authorize(current_user, "plan.manage", g.org)
    form, aims = _objective_form()
    if form.validate_on_submit():
        plans.add_objective(current_user, plan, title=form.title.data, locale=current_locale(),
                            aims=[a for a in aims if a.id in (form.aims.data or [])])
        flash(_("The objective has been added."), "success")
        return redirect(url_for("diplomacy.plan", plan_id=plan.id) + "#objectives")
    return _plan_page(plan, 400, objective_form=form)


@bp.route("/plans/<int:plan_id>/activities", methods=["POST"])
@access(MEMBER)
def add_activity(plan_id):
    plan = policy.get_plan_or_404(current_user, g.org, plan_id)
    policy.authorize(current_user, "plan.manage", g.org)
    form = _activity_form(plan, request.form)
    if form.validate_on_submit():
        objective = next(o for o in plan.objectives if o.id == form.objective.data)
        chosen = set(form.departments.data or [])
        try:
            plans.add_activity(
                current_user, objective, title=form.title.data, description=form.description.data or "",
                quarters=form.quarters.data or [], locale=current_locale(),
                departments=[d for d in policy.visible_departments(current_user, g.org) if d.id in chosen],
                partners=[p for p in policy.space_partners(current_user, g.org) if p.id in (form.partners.data or [])],
                campaign=next((c for c in db.session.scalars(policy.visible_campaigns(current_user))
                               if c.id == form.campaign.data), None))
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("The activity has been added."), "success")
            return redirect(url_for("diplomacy.plan", plan_id=plan.id) + "#objectives")
    return _plan_page(plan, 400, activity_form=form)


@bp.route("/plans/<int:plan_id>/activities/<int:activity_id>/status", methods=["POST"])
@access(MEMBER)
def activity_status(plan_id, activity_id):
    plan = policy.get_plan_or_404(current_user, g.org, plan_id)
    activity = policy.get_activity_or_404(current_user, plan, activity_id)
    policy.authorize(current_user, "activity.status", activity)
    form = ActivityStatusForm()
    if form.validate_on_submit():
        plans.set_status(current_user, activity, form.status.data)
        flash(_("The activity has been updated."), "success")
        return redirect(url_for("diplomacy.plan", plan_id=plan.id) + f"#activity-{activity.id}")
    flash(_("Choose one of the offered statuses."), "danger")
    return _plan_page(plan, 400)


@bp.route("/plans/<int:plan_id>/matrix")
@access(MEMBER)
@caching.cached_page
def matrix(plan_id):
    """The points of contact on their own page, made to be printed."""
    plan = policy.get_plan_or_404(current_user, g.org, plan_id)
    grid = plans.matrix(plan, policy.visible_departments(current_user, g.org))
    return render_template("diplomacy/matrix.html", org=g.org, plan=plan, grid=grid)


@bp.route("/plans/<int:plan_id>/matrix.xlsx")
@access(MEMBER)
def matrix_xlsx(plan_id):
    plan = policy.get_plan_or_404(current_user, g.org, plan_id)
    grid = plans.matrix(plan, policy.visible_departments(current_user, g.org))
    body = plans.matrix_xlsx(plan, grid, lambda obj, field: text(obj, field, g.org),
                             {"sheet": _("Points of contact"), "corner": _("Departments / objectives"),
                              "serves": _("Serves:")})
    return Response(body, mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": f'attachment; filename="plan-{plan.year}-matrix.xlsx"',
                             "X-Content-Type-Options": "nosniff"})


def _edit(plan, obj, form, save, heading: str):
    """The edit page of the plan or one of its parts: POST saves with the version the page was opened at."""
    policy.authorize(current_user, "plan.manage", g.org)
    status, conflict = 200, False
    if request.method == "POST":
        outcome = submit_edit(form, save)
        if outcome is None:
            return redirect(url_for("diplomacy.plan", plan_id=plan.id) + "#objectives")
        status, conflict = outcome
    return render_template("diplomacy/item_edit.html", org=g.org, plan=plan, obj=obj, form=form, heading=heading,
                           version=obj.version, conflict=conflict), status


def _posted():
    return request.form if request.method == "POST" else None


@bp.route("/plans/<int:plan_id>/edit", methods=["GET", "POST"])
@access(MEMBER)  # the society's admins
def edit_plan(plan_id):
    plan = policy.get_plan_or_404(current_user, g.org, plan_id)
    form = PlanForm(formdata=_posted())
    del form.year
    form.submit.label.text = _("Save")
    if request.method == "GET":
        form.title.data = translated(plan, "title", g.org)[0]
        form.summary.data = translated(plan, "summary", g.org)[0]
    return _edit(plan, plan, form, lambda version: plans.edit_plan(
        current_user, plan, title=form.title.data, summary=form.summary.data or "", locale=current_locale(),
        version=version), _("Edit the plan"))


@bp.route("/plans/<int:plan_id>/objectives/<int:objective_id>/edit", methods=["GET", "POST"])
@access(MEMBER)  # the society's admins
def edit_objective(plan_id, objective_id):
    plan = policy.get_plan_or_404(current_user, g.org, plan_id)
    objective = policy.get_objective_or_404(current_user, plan, objective_id)
    form, aims = _objective_form(_posted())
    form.submit.label.text = _("Save")
    if request.method == "GET":
        form.title.data = translated(objective, "title", g.org)[0]
        form.aims.data = [a.id for a in objective.aims]
    return _edit(plan, objective, form, lambda version: plans.edit_objective(
        current_user, objective, title=form.title.data, locale=current_locale(), version=version,
        aims=[a for a in aims if a.id in (form.aims.data or [])]), _("Edit the objective"))


@bp.route("/plans/<int:plan_id>/activities/<int:activity_id>/edit", methods=["GET", "POST"])
@access(MEMBER)  # the society's admins
def edit_activity(plan_id, activity_id):
    plan = policy.get_plan_or_404(current_user, g.org, plan_id)
    activity = policy.get_activity_or_404(current_user, plan, activity_id)
    form = _activity_form(plan, _posted())
    del form.objective
    form.submit.label.text = _("Save")
    if request.method == "GET":
        form.title.data = translated(activity, "title", g.org)[0]
        form.description.data = translated(activity, "description", g.org)[0]
        form.quarters.data = activity.quarters
        form.departments.data = [d.id for d in activity.departments]
        form.partners.data = [p.id for p in activity.partners]
        form.campaign.data = activity.campaign_id or 0

    def save(version):
        chosen = set(form.departments.data or [])
        plans.edit_activity(
            current_user, activity, title=form.title.data, description=form.description.data or "",
            quarters=form.quarters.data or [], locale=current_locale(), version=version,
            departments=[d for d in policy.visible_departments(current_user, g.org) if d.id in chosen],
            partners=[p for p in policy.space_partners(current_user, g.org) if p.id in (form.partners.data or [])],
            campaign=next((c for c in db.session.scalars(policy.visible_campaigns(current_user))
                           if c.id == form.campaign.data), None))

    return _edit(plan, activity, form, save, _("Edit the activity"))


@bp.route("/plans/<int:plan_id>/<any(objective, activity):kind>/<int:obj_id>/remove", methods=["POST"])
@access(MEMBER)  # the society's admins
def remove_plan_item(plan_id, kind, obj_id):
    plan = policy.get_plan_or_404(current_user, g.org, plan_id)
    loader = policy.get_objective_or_404 if kind == "objective" else policy.get_activity_or_404
    obj = loader(current_user, plan, obj_id)
    policy.authorize(current_user, "plan.manage", g.org)
    submit_removal(lambda: plans.remove_item(current_user, obj))
    return redirect(url_for("diplomacy.plan", plan_id=plan.id) + "#objectives")


@bp.route("/plans/<int:plan_id>/remove", methods=["POST"])
@access(MEMBER)  # the society's admins
def remove_plan(plan_id):
    plan = policy.get_plan_or_404(current_user, g.org, plan_id)
    policy.authorize(current_user, "plan.manage", g.org)
    submit_removal(lambda: plans.remove_plan(current_user, plan))
    return redirect(url_for("diplomacy.plan_list"))

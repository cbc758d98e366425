"""A society's development strategy: its periods and strategic aims, and how this year's plan serves
them. Its admins write it; its staff read it; the regional office reads it when the society shares it."""
from flask import flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import policy
from app.diplomacy import bp
from app.diplomacy.forms import AimForm, StrategyForm
from app.forms import attach_error, parse_version, submit_edit, submit_removal
from app.i18n import current_locale, translated
from app.policy import LOGIN, access
from app.services import ServiceError, removals, strategies
from app.services.versions import Conflict


def _space():
    g.org = policy.get_strategy_space_or_404(current_user, g.pop("org_slug", None))
    return g.org


def _page(org, status=200, strategy_form=None, aim_form=None):
    items = policy.org_strategies(current_user, org)
    current = strategies.current(items)
    plan = policy.current_plan(current_user, org)
    if strategy_form is None:
        strategy_form = StrategyForm(formdata=None)
        if current is not None:
            strategy_form.title.data = translated(current, "title", org)[0]
            strategy_form.start_year.data, strategy_form.end_year.data = current.start_year, current.end_year
            strategy_form.shared.data = current.shared_with_region
    return render_template("diplomacy/strategy.html", org=org, strategies=items, current=current, plan=plan,
                           counts=strategies.activity_counts(plan), strategy_form=strategy_form,
                           aim_form=aim_form or AimForm(formdata=None)), status


@bp.route("/strategy")
@access(LOGIN)  # its admins and staff; the regional office if shared (policy.get_strategy_space_or_404)
def strategy():
    return _page(_space())


@bp.route("/strategy", methods=["POST"])
@access(LOGIN)  # the society's admins
def save_strategy():
    org = _space()
    policy.authorize(current_user, "strategy.manage", org)
    form = StrategyForm()
    if not form.validate_on_submit():
        return _page(org, 400, strategy_form=form)
    existing = strategies.current(policy.org_strategies(current_user, org)) if request.form.get("edit") else None
    try:
        strategies.save_strategy(current_user, org, existing, title=form.title.data, start_year=form.start_year.data,
                                 end_year=form.end_year.data, shared=form.shared.data, locale=current_locale(),
                                 version=parse_version(request.form.get("version")))
    except Conflict as conflict:
        flash(conflict.message, "warning")
        return _page(org, 409, strategy_form=form)
    except ServiceError as error:
        attach_error(form, error)
        return _page(org, 400, strategy_form=form)
    flash(_("The strategy has been saved."), "success")
    return redirect(url_for("diplomacy.strategy"))


@bp.route("/strategy/aims", methods=["POST"])
@access(LOGIN)  # the society's admins
def add_aim():
    org = _space()
    policy.authorize(current_user, "strategy.manage", org)
    current = strategies.current(policy.org_strategies(current_user, org))
    form = AimForm()
    if current is None:
        flash(_("Write the strategy's period first."), "danger")
        return redirect(url_for("diplomacy.strategy"))
    if not form.validate_on_submit():
        return _page(org, 400, aim_form=form)
    strategies.add_aim(current_user, current, title=form.title.data, description=form.description.data or "",
                       locale=current_locale())
    flash(_("The aim has been added."), "success")
    return redirect(url_for("diplomacy.strategy"))


@bp.route("/strategy/aims/<int:aim_id>/edit", methods=["GET", "POST"])
@access(LOGIN)  # the society's admins
def edit_aim(aim_id):
    aim = policy.get_aim_or_404(current_user, g.pop("org_slug", None), aim_id)
    org = g.org = aim.strategy.organization
    policy.authorize(current_user, "strategy.manage", org)
    form = AimForm(formdata=request.form if request.method == "POST" else None)
    form.submit.label.text = _("Save")
    status, conflict = 200, False
    if request.method == "GET":
        form.title.data = translated(aim, "title", org)[0]
        form.description.data = translated(aim, "description", org)[0]
    else:
        outcome = submit_edit(form, lambda version: strategies.edit_aim(
            current_user, aim, title=form.title.data, description=form.description.data or "",
            locale=current_locale(), version=version))
        if outcome is None:
            return redirect(url_for("diplomacy.strategy"))
        status, conflict = outcome
    return render_template("diplomacy/aim_edit.html", org=org, aim=aim, form=form, conflict=conflict), status


@bp.route("/strategy/aims/<int:aim_id>/remove", methods=["POST"])
@access(LOGIN)  # the society's admins
def remove_aim(aim_id):
    aim = policy.get_aim_or_404(current_user, g.pop("org_slug", None), aim_id)
    org = g.org = aim.strategy.organization
    policy.authorize(current_user, "strategy.manage", org)
    submit_removal(lambda: removals.remove(current_user, aim))
    return redirect(url_for("diplomacy.strategy"))

"""Editing and removing a campaign's indicators, milestones and news, and removing a report. Only those
who may make a thing change it; a removed thing is hidden everywhere and its owner's admins restore it
from their space's "recently removed" list."""
from decimal import Decimal

from flask import redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import policy
from app.campaigns import bp
from app.campaigns.forms import IndicatorForm, MilestoneForm, UpdateForm
from app.forms import submit_edit, submit_removal
from app.i18n import current_locale, translated
from app.policy import LOGIN, access
from app.services import campaign_parts, removals

TABS = {"indicator": "indicators", "milestone": "timeline", "update": "news", "report": "indicators"}


def _edit(campaign, obj, form, save, heading: str, **extra):
    """The edit page of a part: GET shows the form as the reader sees it; POST saves with the version."""
    policy.authorize(current_user, "campaign_part.change", obj)
    status, conflict = 200, False
    if request.method == "POST":
        outcome = submit_edit(form, save)
        if outcome is None:
            return redirect(url_for("campaigns.tab", campaign_id=campaign.id, tab=TABS[removals.kind_of(obj)]))
        status, conflict = outcome
    return render_template("campaigns/part_edit.html", campaign=campaign, obj=obj, form=form, heading=heading,
                           version=obj.version, conflict=conflict, back_tab=TABS[removals.kind_of(obj)], **extra), status


@bp.route("/<int:campaign_id>/milestones/<int:milestone_id>/edit", methods=["GET", "POST"])
@access(LOGIN)  # the campaign's editors
def edit_milestone(campaign_id, milestone_id):
    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    milestone = policy.get_milestone_or_404(current_user, campaign, milestone_id)
    form = MilestoneForm(formdata=request.form if request.method == "POST" else None)
    form.submit.label.text = _("Save")
    if request.method == "GET":
        form.on_date.data, form.kind.data = milestone.on_date, milestone.kind
        form.title.data = translated(milestone, "title", campaign.owner_org)[0]
    return _edit(campaign, milestone, form, lambda version: campaign_parts.edit_milestone(
        current_user, milestone, on_date=form.on_date.data, kind=form.kind.data, title=form.title.data,
        locale=current_locale(), version=version), _("Edit the milestone"))


@bp.route("/<int:campaign_id>/updates/<int:update_id>/edit", methods=["GET", "POST"])
@access(LOGIN)  # the posting society's staff and admins
def edit_update(campaign_id, update_id):
    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    update = policy.get_campaign_update_or_404(current_user, campaign, update_id)
    form = UpdateForm(formdata=request.form if request.method == "POST" else None)
    del form.organization
    form.submit.label.text = _("Save")
    if request.method == "GET":
        form.body.data = translated(update, "body", update.organization)[0]
    return _edit(campaign, update, form, lambda version: campaign_parts.edit_update(
        current_user, update, body=form.body.data, locale=current_locale(), version=version), _("Edit the news"))


@bp.route("/<int:campaign_id>/indicators/<int:indicator_id>/edit", methods=["GET", "POST"])
@access(LOGIN)  # the campaign's editors
def edit_indicator(campaign_id, indicator_id):
    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    indicator = policy.get_indicator_or_404(current_user, campaign, indicator_id)
    form = IndicatorForm(formdata=request.form if request.method == "POST" else None)
    form.submit.label.text = _("Save")
    societies = [p.organization for p in campaign.participations if p.status in ("joined", "invited")]
    targets = {t.organization_id: t.target for t in indicator.targets}
    if request.method == "GET":
        form.name.data = translated(indicator, "name", campaign.owner_org)[0]
        form.unit.data, form.regional_target.data = indicator.unit, indicator.regional_target
        typed = {o.id: targets.get(o.id) for o in societies}
    else:
        typed = {o.id: request.form.get(f"target-{o.id}", "") for o in societies}
    shown = {k: (format(v.normalize(), "f") if isinstance(v, Decimal) else v or "") for k, v in typed.items()}
    return _edit(campaign, indicator, form, lambda version: campaign_parts.edit_indicator(
        current_user, indicator, name=form.name.data, unit=form.unit.data, regional_target=form.regional_target.data,
        society_targets={o: typed[o.id] for o in societies}, locale=current_locale(), version=version),
        _("Edit the indicator"), societies=societies, typed=shown)


@bp.route("/<int:campaign_id>/<any(indicator, milestone, update, report):kind>/<int:obj_id>/remove",
          methods=["POST"])
@access(LOGIN)  # those who may change the part
def remove_part(campaign_id, kind, obj_id):
    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    loaders = {"indicator": policy.get_indicator_or_404, "milestone": policy.get_milestone_or_404,
               "update": policy.get_campaign_update_or_404, "report": policy.get_indicator_report_or_404}
    obj = loaders[kind](current_user, campaign, obj_id)
    policy.authorize(current_user, "campaign_part.change", obj)
    submit_removal(lambda: removals.remove(current_user, obj))
    return redirect(url_for("campaigns.tab", campaign_id=campaign.id, tab=TABS[kind]))

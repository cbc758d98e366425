"""The society's partner directory with its pipeline by stage, and the region's shared partners."""
from flask import flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import policy
from app.diplomacy import bp, region_bp
from app.diplomacy.forms import PartnerForm, RegionPartnerFilterForm
from app.extensions import db
from app.forms import attach_error, parse_version, submit_removal
from app.i18n import current_locale, text, translated
from app.models.diplomacy import PARTNER_STAGES
from app.policy import LOGIN, MEMBER, access
from app.services import ServiceError, partners, removals
from app.services.versions import Conflict


def _form(partner=None):
    form = PartnerForm(obj=partner) if request.method == "GET" else PartnerForm()
    form.campaigns.choices = [(c.id, text(c, "title", c.owner_org))
                              for c in db.session.scalars(policy.visible_campaigns(current_user))
                              if policy.org_sees_campaign(g.org, c)]
    if request.method == "GET" and partner is not None:
        form.name.data = translated(partner, "name", g.org)[0]
        form.campaigns.data = [c.id for c in partner.campaigns]
        form.shared.data = partner.shared_with_region
    return form


def _save(form, partner):
    chosen = set(form.campaigns.data or [])
    offered = {value for value, _label in form.campaigns.choices}
    kept = [c for c in (partner.campaigns if partner else []) if c.id not in offered]  # no longer offered: kept
    saved = partners.save(
        current_user, g.org, partner, name=form.name.data, kind=form.kind.data, stage=form.stage.data,
        contact_person=form.contact_person.data, channels=form.channels.data, next_step=form.next_step.data,
        next_step_date=form.next_step_date.data, notes=form.notes.data, shared=form.shared.data,
        stage_reason=form.stage_reason.data, version=parse_version(request.form.get("version")) if partner else None,
        campaigns=kept + [c for c in db.session.scalars(policy.visible_campaigns(current_user)) if c.id in chosen],
        locale=translated(partner, "name", g.org)[1] if partner else current_locale())
    twins = partners.same_name(g.org, form.name.data, exclude_id=saved.id)
    if twins:
        flash(_("Note: your directory already has a partner with this name. Both are kept; merge them if they "
                "are the same."), "warning")
    return saved


@bp.route("/partners/", methods=["GET", "POST"])
@access(MEMBER)
def partner_list():
    items = policy.space_partners(current_user, g.org)
    form = _form()
    if form.is_submitted():
        policy.authorize(current_user, "partner.manage", g.org)
        if form.validate():
            try:
                _save(form, None)
            except ServiceError as error:
                attach_error(form, error)
            else:
                flash(_("The partner has been saved."), "success")
                return redirect(url_for("diplomacy.partner_list"))
    pipeline = {stage: [p for p in items if p.stage == stage] for stage in PARTNER_STAGES}
    return render_template("diplomacy/partners.html", org=g.org, partners=items, pipeline=pipeline, form=form), \
        400 if form.is_submitted() else 200


@bp.route("/partners/<int:partner_id>", methods=["GET", "POST"])
@access(MEMBER)
def partner(partner_id):
    item = policy.get_partner_or_404(current_user, g.org, partner_id)
    form = _form(item)
    status = 200
    if form.is_submitted():
        policy.authorize(current_user, "partner.manage", g.org)
        status = 400
        if form.validate():
            try:
                _save(form, item)
            except Conflict as error:
                flash(error.message, "warning")
                status = 409
            except ServiceError as error:
                attach_error(form, error)
            else:
                flash(_("The partner has been saved."), "success")
                return redirect(url_for("diplomacy.partner_list"))
    return render_template("diplomacy/partner.html", org=g.org, partner=item, form=form), status


@bp.route("/partners/<int:partner_id>/remove", methods=["POST"])
@access(MEMBER)  # the society's admins
def remove_partner(partner_id):
    item = policy.get_partner_or_404(current_user, g.org, partner_id)
    policy.authorize(current_user, "partner.manage", g.org)
    submit_removal(lambda: removals.remove(current_user, item))
    return redirect(url_for("diplomacy.partner_list"))


def _region_filters() -> RegionPartnerFilterForm:
    form = RegionPartnerFilterForm(request.args)
    form.society.choices = [(0, _("Any society"))] + [
        (o.id, text(o, "name", o)) for o in policy.visible_organizations(current_user)]
    return form


@region_bp.route("/partners/")
@access(LOGIN)  # the coordinator (others: 404)
def partners_in_region():
    """Partners the societies shared with the region, for the coordinator: a row per name several societies
    share, filters by society, kind and stage, and under the list the entries that may be one partner."""
    filters = _region_filters()
    chosen = filters.values()
    shared = policy.region_partners(current_user, society_id=chosen.get("society"), kind=chosen.get("kind"),
                                    stage=chosen.get("stage"))
    rows = sorted(partners.by_name(shared), key=lambda row: text(row[0], "name", row[0].organization).casefold())
    return render_template("diplomacy/region_partners.html", rows=rows, filters=filters,
                           chosen=chosen, duplicates=partners.duplicates(shared, partners.distinct_pairs()))


@region_bp.route("/partners/<int:partner_id>/not-same/<int:other_id>", methods=["POST"])
@access(LOGIN)  # the coordinator (others: 404)
def not_the_same(partner_id, other_id):
    """The coordinator's answer to a suggestion: the two entries are different partners."""
    first = policy.get_region_partner_or_404(current_user, partner_id)
    second = policy.get_region_partner_or_404(current_user, other_id)
    try:
        partners.mark_distinct(current_user, first, second)
    except ServiceError as error:
        flash(error.message, "danger")
    else:
        flash(_("Marked as different partners: they will not be suggested as one again."), "success")
    back = {name: value for name, value in request.args.items() if name in ("society", "kind", "stage")}
    return redirect(url_for("region.partners_in_region", **back))

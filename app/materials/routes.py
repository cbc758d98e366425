"""The material library, one material's page, adding material and language files, clearance."""
from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import caching, policy
from app.extensions import db
from app.forms import attach_error
from app.i18n import current_locale, text, translated
from app.materials import bp
from app.materials.forms import FILE_HELP, ClearanceForm, FileForm, LibraryFilterForm, MaterialForm
from app.policy import LOGIN, access
from app.services import ServiceError, materials

# The library's cards (and the public campaign page's) pick the reader's file and order the languages.
bp.add_app_template_global(materials.pick_file, "pick_file")
bp.add_app_template_global(materials.in_reading_order, "in_reading_order")


@bp.route("/")
@access(LOGIN)
@caching.cached_page
def index():
    """The reader's language first, their society's campaigns before others'; the offline pack of the
    campaign the library is narrowed to, or the reader's campaigns that have one."""
    campaigns = list(db.session.scalars(policy.visible_campaigns(current_user)))
    form = LibraryFilterForm(request.args)
    form.campaign.choices = [(0, _("Any campaign"))] + [(c.id, text(c, "title", c.owner_org)) for c in campaigns]
    form.validate()
    chosen = {name: form[name].data for name in ("campaign", "kind", "language") if not form[name].errors}
    chain = materials.reader_chain(current_user, current_locale())
    page = policy.library(current_user, campaign_id=chosen.get("campaign") or None, kind=chosen.get("kind") or None,
                          locale=chosen.get("language") or None, languages=chain,
                          page=request.args.get("page", 1, type=int))
    packed = policy.pack_campaign_ids(current_user)
    campaign = next((c for c in campaigns if c.id == chosen.get("campaign")), None)
    return render_template("materials/index.html", page=page, filters=form, chain=chain, campaign=campaign,
                           pack_campaigns=[c for c in campaigns if c.id in packed] if campaign is None else [])


def _owner_and_campaign():
    campaign = None
    if request.args.get("campaign", type=int):
        campaign = policy.get_campaign_or_404(current_user, request.args.get("campaign", type=int))
    return policy.get_creating_org_or_403(current_user, "material.create", campaign, request.args.get("org")), campaign


def _material_form(**kwargs):
    form = MaterialForm(**kwargs)
    form.file.description = _(str(FILE_HELP), mb=current_app.config["MATERIAL_MAX_MB"])
    return form


@bp.route("/new", methods=["GET", "POST"])
@access(LOGIN)
def create():
    owner, campaign = _owner_and_campaign()
    form = _material_form(file_locale=current_locale())
    if form.validate_on_submit():
        upload = form.file.data if form.file.data and form.file.data.filename else None
        try:
            material = materials.create(current_user, owner_org=owner, campaign=campaign, kind=form.kind.data,
                                        audience=form.audience.data, title=form.title.data,
                                        description=form.description.data or "", locale=current_locale(),
                                        upload=upload, file_locale=form.file_locale.data,
                                        video_url=form.video_url.data or "")
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("The material has been saved."), "success")
            return redirect(url_for("materials.show", material_id=material.id))
    return render_template("materials/new.html", form=form, owner=owner, campaign=campaign), \
        400 if form.is_submitted() else 200


def _page(material, file_form=None, clearance_form=None, status=200):
    chain = materials.reader_chain(current_user, current_locale())
    best = materials.pick_file(material, chain)
    history = policy.can(current_user, "material.history", material)
    files = materials.in_reading_order([f for f in material.files if f is not best and (f.is_current or history)],
                                       chain)
    preview = best if best is not None and best.thumbnail_key else next(
        (f for f in material.current_files if f.thumbnail_key), None)
    return render_template("materials/show.html", material=material, file_form=file_form or FileForm(
        file_locale=current_locale()), clearance_form=clearance_form or ClearanceForm(),
        best=best, files=files, preview=preview, history=history,
        max_mb=current_app.config["MATERIAL_MAX_MB"]), status


@bp.route("/<int:material_id>")
@access(LOGIN)
def show(material_id):
    return _page(policy.get_material_or_404(current_user, material_id))


@bp.route("/<int:material_id>/edit", methods=["GET", "POST"])
@access(LOGIN)
def edit(material_id):
    material = policy.get_material_or_404(current_user, material_id)
    policy.authorize(current_user, "material.edit", material)
    form = _material_form(obj=material)
    del form.file, form.file_locale
    if request.method == "GET":
        form.title.data = translated(material, "title", material.owner_org)[0]
        form.description.data = translated(material, "description", material.owner_org)[0]
    if form.validate_on_submit():
        try:
            materials.edit(current_user, material, kind=form.kind.data, audience=form.audience.data,
                           title=form.title.data, description=form.description.data or "",
                           locale=translated(material, "title", material.owner_org)[1] or current_locale(),
                           video_url=form.video_url.data or "")
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("The material has been saved."), "success")
            return redirect(url_for("materials.show", material_id=material.id))
    return render_template("materials/new.html", form=form, owner=material.owner_org, campaign=material.campaign,
                           material=material), 400 if form.is_submitted() else 200


@bp.route("/<int:material_id>/files", methods=["POST"])
@access(LOGIN)
def add_file(material_id):
    material = policy.get_material_or_404(current_user, material_id)
    policy.authorize(current_user, "material.add_file", material)
    form = FileForm()
    if form.validate_on_submit():
        try:
            materials.add_file(current_user, material, form.file_locale.data, form.file.data)
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("The file has been added."), "success")
            return redirect(url_for("materials.show", material_id=material.id))
    return _page(material, file_form=form, status=400)


@bp.route("/<int:material_id>/clearance", methods=["POST"])
@access(LOGIN)
def clearance(material_id):
    material = policy.get_material_or_404(current_user, material_id)
    form = ClearanceForm()
    action = form.action.data
    parties = [p for p in ("owner", "region") if policy.can(current_user, "material.clear", (material, p))]
    if action == "submit":
        policy.authorize(current_user, "material.edit", material)
    elif action in ("clear_owner", "clear_region"):
        policy.authorize(current_user, "material.clear", (material, action.removeprefix("clear_")))
    elif action == "send_back":
        if not parties:
            abort(403)
    else:
        abort(400)
    if not form.validate_on_submit():
        return _page(material, clearance_form=form, status=400)
    try:
        if action == "submit":
            materials.submit(current_user, material)
        elif action == "send_back":
            materials.send_back(current_user, material, form.comment.data)
        else:
            materials.clear(current_user, material, action.removeprefix("clear_"))
    except ServiceError as error:
        attach_error(form, error)
        return _page(material, clearance_form=form, status=400)
    flash(_("The clearance has been updated."), "success")
    return redirect(url_for("materials.show", material_id=material.id))


@bp.route("/<int:material_id>/download")
@access(LOGIN)
def download_mine(material_id):
    """The file in the reader's language, or the nearest one the fallback chain finds."""
    material = policy.get_material_or_404(current_user, material_id)
    item = materials.pick_file(material, materials.reader_chain(current_user, current_locale()))
    if item is None:
        abort(404)
    return redirect(url_for("files.download", file_id=item.id))

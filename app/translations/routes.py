"""Translating content: the dashboards and the side-by-side form."""
from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import policy
from app.forms import attach_error, parse_version
from app.i18n import LOCALES, is_locale, text
from app.models import Campaign
from app.policy import LOGIN, MEMBER, access
from app.services import ServiceError, translation_status, translations
from app.services.translations import ConflictError
from app.textdiff import word_diff
from app.pages import ListPage
from app.translations import bp
from app.translations.forms import FilterForm, ReviewForm, translation_form_class


ROWS_PER_PAGE = 100  # a page stays light on a slow link however much there is to translate


@bp.route("/s/<org_slug>/translations")
@access(MEMBER)
def dashboard():
    org = g.org
    policy.authorize(current_user, "translation.dashboard", org)
    filters = _filters()
    del filters.organization  # a space's list is its own
    items = policy.translatable_content(current_user, org, filters.kind.data or None)
    return render_template("translations/dashboard.html", org=org, filters=filters,
                           **_rows_and_summaries([(org, item) for item in items], filters))


def _filters() -> FilterForm:
    filters = FilterForm(request.args)
    if not filters.validate():
        for name in filters.errors:  # an unknown value filters nothing; the others still apply
            filters[name].data = filters[name].default
    return filters


def _campaign_of(item) -> int | None:
    return item.id if isinstance(item, Campaign) else getattr(item, "campaign_id", None)


def _narrowed(items, filters) -> list:
    """The items of the campaign and the organization asked for; each filter offers what the list holds."""
    campaigns = {item.id: item for _space, item in items if isinstance(item, Campaign)}
    filters.campaign.choices = [(0, _("Any campaign"))] + [(c.id, text(c, "title", c.owner_org))
                                                            for c in campaigns.values()]
    if filters.campaign.data:
        items = [(space, item) for space, item in items if _campaign_of(item) == filters.campaign.data]
    if "organization" in filters:
        spaces = {space.id: space for space, _item in items}
        filters.organization.choices = [(0, _("Any organization"))] + [
            (o.id, text(o, "name", o)) for o in sorted(spaces.values(), key=lambda o: o.slug)]
        if filters.organization.data:
            items = [(space, item) for space, item in items if space.id == filters.organization.data]
    return items


def _rows_and_summaries(items, filters) -> dict:
    """One page of what needs work (each item of its space, in each language asked for, in the state asked
    for), and the summary of every state per language."""
    items = _narrowed(items, filters)
    locales = [filters.language.data] if filters.language.data else list(LOCALES)
    rows = [(space, item, locale, state) for space, item in items for locale in locales
            if (state := translation_status.item_state(item, locale))
            and state == (filters.state.data or state)]
    return {"rows": ListPage(rows, request.args.get("page", 1, type=int), ROWS_PER_PAGE),
            "summaries": translation_status.summarize([item for space, item in items], locales)}


def _load(kind, obj_id, target):
    obj = policy.get_translatable_or_404(current_user, g.org, kind, obj_id)
    if not is_locale(target) or target == obj.source_locale:
        abort(404)
    policy.authorize(current_user, "translation.edit", (obj, target))
    return obj


def _edit_page(obj, kind, target, form, theirs=None, status=200):
    row = obj.translation(target)
    source = obj.source_translation
    diffs = {}
    if row is not None and obj.is_outdated(row) and row.source_text:
        diffs = {f: word_diff(row.source_text.get(f), getattr(source, f) if source else None)
                 for f in obj.__translatable__}
    review_form = ReviewForm(version=row.version if row else "")
    return render_template(
        "translations/edit.html", org=g.org, obj=obj, kind=kind, target=target, form=form, row=row,
        source=source, diffs=diffs, theirs=theirs, review_form=review_form,
        state=translation_status.item_state(obj, target),
    ), status


@bp.route("/s/<org_slug>/translations/<kind>/<int:obj_id>/<target>", methods=["GET", "POST"])
@access(MEMBER)
def edit(kind, obj_id, target):
    obj = _load(kind, obj_id, target)
    form_class = translation_form_class(obj)
    row = obj.translation(target)
    form = form_class(obj=row) if request.method == "GET" and row else form_class()
    if request.method == "GET":
        form.version.data = str(row.version) if row else "0"
        return _edit_page(obj, kind, target, form)
    if form.validate_on_submit():
        values = {name: form[name].data for name in obj.__translatable__}
        try:
            translations.save(current_user, obj, g.org, target, values, parse_version(form.version.data))
        except ConflictError as conflict:
            form.version.data = str(conflict.row.version)  # sending again keeps your text
            form.form_errors.append(conflict.message)
            return _edit_page(obj, kind, target, form, theirs=conflict.row, status=409)
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("The translation has been saved as a draft."), "success")
            return redirect(url_for("translations.edit", kind=kind, obj_id=obj.id, target=target))
    return _edit_page(obj, kind, target, form, status=400)


@bp.route("/s/<org_slug>/translations/<kind>/<int:obj_id>/<target>/review", methods=["POST"])
@access(MEMBER)
def review(kind, obj_id, target):
    obj = _load(kind, obj_id, target)
    form = ReviewForm()
    if form.validate_on_submit():
        try:
            translations.review(current_user, obj, g.org, target, parse_version(form.version.data))
        except ServiceError as error:
            flash(error.message, "danger")
        else:
            flash(_("The translation has been marked as reviewed."), "success")
    return redirect(url_for("translations.edit", kind=kind, obj_id=obj.id, target=target))


@bp.route("/translations/")
@access(LOGIN)
def region():
    policy.authorize(current_user, "translation.region")
    filters = _filters()
    items = policy.region_translatable(current_user, filters.kind.data or None)
    return render_template("translations/region.html", filters=filters, **_rows_and_summaries(items, filters))

"""Translating content: the queues (a space's and the region's) and the side-by-side form."""
from dataclasses import dataclass

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import caching, policy
from app.forms import attach_error, parse_version
from app.i18n import LOCALES, is_locale, text
from app.policy import LOGIN, MEMBER, access
from app.services import ServiceError, translation_queue, translation_status, translations
from app.services.translation_queue import DEFAULT_STATUS
from app.services.translations import ConflictError
from app.textdiff import word_diff
from app.pages import ListPage
from app.translations import bp
from app.translations.forms import FilterForm, ReviewForm, translation_form_class


ROWS_PER_PAGE = 25  # items a page: the queue stays short on a phone and light on a slow link


@dataclass
class _Queue:
    """A translation queue as its query string asks for it: a space's, or the region's (the coordinator's)."""
    filters: FilterForm
    items: list  # (space, item), narrowed to the campaign (and organization) asked for
    campaigns: list
    locales: list[str]
    default_locales: list[str]
    region: bool = False

    @property
    def status(self) -> str:
        return self.filters.status.data

    def args(self) -> dict:
        """The query arguments that give this queue again: the filters that differ from the defaults."""
        f = self.filters
        args = {"language": self.locales} if self.locales != self.default_locales else {}
        args.update({name: f[name].data for name in ("content", "campaign", "organization")
                     if name in f and f[name].data})
        if self.status != DEFAULT_STATUS:
            args["status"] = self.status
        if self.region:
            args["queue"] = "region"
        return args

    def url(self) -> str:
        args = self.args()
        if args.pop("queue", None):
            return url_for("translations.region", **args)
        return url_for("translations.dashboard", **args)

    def page(self) -> dict:
        """One page of the queue's rows, and the summary of every state per language."""
        found = translation_queue.rows(self.items, self.locales, self.status, self.campaigns)
        return {"queue": self, "rows": ListPage(found, request.args.get("page", 1, type=int), ROWS_PER_PAGE),
                "summaries": translation_status.summarize([item for _space, item in self.items], self.locales)}


def _filters(campaigns, with_organization: bool = False) -> FilterForm:
    filters = FilterForm(request.args)
    filters.campaign.choices = [(0, _("Any campaign"))] + [(c.id, text(c, "title", c.owner_org)) for c in campaigns]
    if not with_organization:
        del filters.organization  # a space's list is its own
    if not filters.validate():
        for name in filters.errors:  # an unknown value filters nothing; the others still apply
            filters[name].data = filters[name].default
    return filters


def _space_queue(org) -> _Queue:
    campaigns = policy.space_campaigns(current_user, org)
    filters = _filters(campaigns)
    items = [(org, item) for item in policy.translatable_content(current_user, org, filters.content.data or None,
                                                                  campaigns)]
    return _with_languages(filters, translation_queue.narrowed(items, filters.campaign.data), campaigns,
                           policy.queue_locales(current_user, org))


def _region_queue() -> _Queue:
    campaigns = policy.region_campaigns(current_user)
    filters = _filters(campaigns, with_organization=True)
    items = policy.region_translatable(current_user, filters.content.data or None, campaigns)
    spaces = {space.id: space for space, _item in items}
    filters.organization.choices = [(0, _("Any organization"))] + [
        (o.id, text(o, "name", o)) for o in sorted(spaces.values(), key=lambda o: o.slug)]
    items = translation_queue.narrowed(items, filters.campaign.data, filters.organization.data)
    return _with_languages(filters, items, campaigns, list(LOCALES), region=True)


def _with_languages(filters, items, campaigns, default_locales, region=False) -> _Queue:
    """The languages ticked, or the person's own when none is; the form shows which."""
    filters.language.data = filters.language.data or default_locales
    return _Queue(filters, items, campaigns, filters.language.data, default_locales, region)


def _queue_of_request() -> _Queue:
    """The queue an edit form was opened from: the region's when it says so (and the person follows the region),
    else the space's."""
    if request.args.get("queue") == "region" and policy.can(current_user, "translation.region"):
        return _region_queue()
    return _space_queue(g.org)


@bp.route("/s/<org_slug>/translations")
@access(MEMBER)
@caching.cached_page  # it reads every translatable text of the space with all its translations
def dashboard():
    policy.authorize(current_user, "translation.dashboard", g.org)
    return render_template("translations/dashboard.html", org=g.org, **_space_queue(g.org).page())


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
    queue_args = _queue_args()
    back = url_for("translations.region" if "queue" in queue_args else "translations.dashboard",
                   **{name: value for name, value in queue_args.items() if name != "queue"})
    return render_template(
        "translations/edit.html", org=g.org, obj=obj, kind=kind, target=target, form=form, row=row,
        source=source, diffs=diffs, theirs=theirs, review_form=review_form, queue_args=queue_args,
        queue_url=back, state=translation_status.item_state(obj, target),
    ), status


QUEUE_ARGS = ("language", "content", "campaign", "status", "organization", "queue")


def _queue_args() -> dict:
    """The queue an edit form was opened from, as it came in the query string: links and the form keep it."""
    return {name: request.args.getlist(name) for name in QUEUE_ARGS if name in request.args}


def _next_in_queue(obj, kind, target):
    """"Save and next": the queue's entry after this one, or the queue itself after its last."""
    queue = _queue_of_request()
    found = translation_queue.next_entry(
        queue.items, queue.locales, queue.status, (kind, obj.id, target),
        lambda item, locale: policy.can(current_user, "translation.edit", (item, locale)))
    if found is None:
        flash(_("That was the last item of the queue."), "info")
        return redirect(queue.url())
    space, item, locale = found
    return redirect(url_for("translations.edit", org_slug=space.slug, kind=policy.kind_of(item), obj_id=item.id,
                            target=locale, **queue.args()))


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
            if form.save_next.data:
                return _next_in_queue(obj, kind, target)
            return redirect(url_for("translations.edit", kind=kind, obj_id=obj.id, target=target, **_queue_args()))
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
    return redirect(url_for("translations.edit", kind=kind, obj_id=obj.id, target=target, **_queue_args()))


@bp.route("/translations/")
@access(LOGIN)
@caching.cached_page  # every translatable text of the region
def region():
    policy.authorize(current_user, "translation.region")
    return render_template("translations/region.html", **_region_queue().page())

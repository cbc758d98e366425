from flask import Response, abort, jsonify, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app import caching, i18n, policy
from app.extensions import db
from app.forms import safe_next
from app.main import bp
from app.main.forms import LanguageForm
from app.policy import LOGIN, PUBLIC, access
from app.services import accounts, zones


@bp.route("/")
@access(PUBLIC)
def root():
    return redirect(url_for("main.home", lang=i18n.best_locale()))


@bp.route("/<lang>/")
@access(PUBLIC)
@caching.cached_page  # the coordinator's home reads across every society's work
def home():
    """The regional office lands on where the region stands; everyone else on their spaces."""
    region, attention = None, []
    if policy.can(current_user, "region.view"):
        from app.services import region as region_service

        region = region_service.overview(current_user)
    if current_user.is_authenticated:
        from app.services import attention as attention_service

        attention = attention_service.for_user(current_user)
        return render_template("main/home.html", region=region, attention=attention, zones=zones)
    campaigns = db.session.scalars(policy.public_campaigns(status="active").limit(policy.HOME_CAMPAIGNS)).all()
    return render_template("main/public_home.html", campaigns=campaigns)


@bp.route("/<lang>/region/")
@access(LOGIN)
@caching.cached_page
def region():
    if not policy.can(current_user, "region.view"):
        abort(404)
    from app.services import region as region_service

    return render_template("main/region.html", region=region_service.overview(current_user), zones=zones)


@bp.route("/<lang>/region.xlsx")
@access(LOGIN)
def region_xlsx():
    """The region overview as a workbook, for the regional office."""
    if not policy.can(current_user, "region.view"):
        abort(404)
    from app.main.region_export import region_tables
    from app.services import exports
    from app.services import region as region_service

    tables = region_tables(current_user, region_service.overview(current_user))
    return exports.response(tables, "region-overview", "xlsx")


@bp.route("/<lang>/language", methods=["POST"])
@access(PUBLIC)
def set_language():
    """The language switcher: remembers the choice and shows the same page in the new language."""
    form = LanguageForm()
    target = safe_next(request.form.get("next")) or url_for("main.home")
    if not form.validate_on_submit():
        return redirect(target)
    locale = form.locale.data
    segments = target.split("/", 2)
    if len(segments) > 1 and i18n.is_locale(segments[1]):
        segments[1] = locale
        target = "/".join(segments)
    if current_user.is_authenticated:
        accounts.set_preferred_locale(current_user, locale)
    response = redirect(target)
    i18n.remember_choice(response, i18n.LOCALE_COOKIE, locale)
    return response


@bp.route("/sitemap.xml")
@access(PUBLIC)
def sitemap():
    """Every public page in every language it exists in: the home page, the list of public campaigns and
    each public campaign, with its other languages as alternates."""
    from app.security import external_url

    pages = [[("main.home", {"lang": code}) for code in i18n.LOCALES],
             [("campaigns.index", {"lang": code}) for code in i18n.LOCALES]]
    for campaign in db.session.scalars(policy.public_campaigns()):
        pages.append([("campaigns.public", {"lang": code, "campaign_id": campaign.id, "slug": campaign.slug})
                      for code in policy.public_campaign_locales(campaign)])
    urls = [[(values["lang"], external_url(endpoint, **values)) for endpoint, values in group] for group in pages]
    body = render_template("main/sitemap.xml", groups=[g for g in urls if g])
    return Response(body, mimetype="application/xml")


@bp.route("/robots.txt")
@access(PUBLIC)
def robots():
    from app.security import external_url

    return Response(render_template("main/robots.txt", sitemap=external_url("main.sitemap"),
                                    locales=i18n.LOCALES), mimetype="text/plain")


@bp.route("/healthz")
@access(PUBLIC)
def healthz():
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        return jsonify(status="error", database="unavailable"), 503
    return jsonify(status="ok", database="ok")


@bp.route("/readyz")
@access(PUBLIC)
def readyz():
    """Ready to serve: every part this process needs answers (app/readiness.py); 503 names those that don't."""
    from app import readiness

    parts = readiness.checks()
    failing = sorted(name for name, state in parts.items() if state not in readiness.FINE)
    return jsonify(status="error" if failing else "ok", failing=failing, **parts), 503 if failing else 200

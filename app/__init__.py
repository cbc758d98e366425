"""Hamkor: the application factory."""
import logging

from flask import Flask, g, request
from flask_login import current_user
from sqlalchemy import event
from sqlalchemy.engine import Engine

from app import security
from config import INSTANCE_DIR, config_for


def create_app(config_name: str | None = None, **overrides) -> Flask:
    config = config_for(config_name)
    app = Flask(__name__, instance_path=str(INSTANCE_DIR))
    app.config.from_object(config)
    app.config.update(overrides)
    app.json.ensure_ascii = False  # Cyrillic as UTF-8 (2 bytes a letter), not \uXXXX escapes (6): slow links
    security.configure(app)
    if not app.config.get("RATELIMIT_STORAGE_URI"):
        app.config["RATELIMIT_STORAGE_URI"] = app.config.get("REDIS_URL") or "memory://"
    if app.config["RATELIMIT_STORAGE_URI"].startswith("redis"):
        # Redis down: each process counts in its own memory until it answers again (logins stay
        # limited, per process, rather than refused to everyone); a dead Redis costs a second, not a hang.
        app.config.setdefault("RATELIMIT_IN_MEMORY_FALLBACK_ENABLED", True)
        from app.caching import fail_fast

        app.config.setdefault("RATELIMIT_STORAGE_OPTIONS", fail_fast())
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///"):
        INSTANCE_DIR.mkdir(exist_ok=True)
    logging.basicConfig()
    logging.getLogger("hamkor").setLevel(logging.INFO)

    register_extensions(app)
    register_i18n(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_commands(app)
    from app import caching

    caching.serve_kept_pages(app)
    return app


@event.listens_for(Engine, "connect")
def _sqlite_foreign_keys(dbapi_connection, _record):
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()


def register_extensions(app: Flask) -> None:
    from app import models  # noqa: F401  (tables must be known to Alembic)
    from flask_talisman import Talisman

    from app import caching, static_files
    from app.extensions import babel, bootstrap, compress, csrf, db, limiter, login_manager, mail, migrate
    from app.i18n import interface_locale

    # First registered, so its after-request step runs last: what it compresses is the final response.
    compress.init_app(app)
    static_files.init_app(app)
    caching.init_app(app)
    db.init_app(app)
    migrate.init_app(app, db, render_as_batch=True, compare_type=True)
    csrf.init_app(app)
    mail.init_app(app)
    bootstrap.init_app(app)
    limiter.init_app(app)
    babel.init_app(app, locale_selector=interface_locale)
    # Talisman keeps its settings on the instance, so each app gets its own.
    Talisman(
        app,
        force_https=app.config["FORCE_HTTPS"],
        session_cookie_secure=app.config["SESSION_COOKIE_SECURE"],
        frame_options="DENY",
        content_security_policy={
            "default-src": "'self'",
            "img-src": "'self' data:",
            "style-src": "'self'",
            "script-src": "'self'",
            "object-src": "'none'",
            "base-uri": "'self'",
            "form-action": "'self'",
            "frame-ancestors": "'none'",
        },
        referrer_policy="same-origin",
    )

    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.session_protection = "basic"

    @login_manager.user_loader
    def load_user(user_id: str):
        from app.models import User

        uid, _, version = user_id.partition(":")
        if not uid.isdigit():
            return None
        user = db.session.get(User, int(uid))
        if user is None or not user.is_active or str(user.session_version) != version:
            return None
        return user


def register_i18n(app: Flask) -> None:
    from flask import abort

    from app import caching, formatting, i18n, policy

    formatting.init_app(app)

    @app.url_value_preprocessor
    def pull_lang(endpoint, values):
        if values and "lang" in values:
            lang = values.pop("lang")
            if not i18n.is_locale(lang):
                g.lang = app.config["BABEL_DEFAULT_LOCALE"]
                abort(404)
            g.lang = lang

    @app.url_defaults
    def add_lang(endpoint, values):
        if "lang" not in values and app.url_map.is_endpoint_expecting(endpoint, "lang"):
            values["lang"] = i18n.current_locale()

    @app.before_request
    def choose_uz_script():
        asked = request.args.get("script")
        g.uz_script = asked if asked in i18n.SCRIPTS else request.cookies.get(i18n.SCRIPT_COOKIE, "latn")
        if g.uz_script not in i18n.SCRIPTS:
            g.uz_script = "latn"
        g.uz_script_asked = asked in i18n.SCRIPTS

    @app.after_request
    def content_language(response):
        if g.get("uz_script_asked"):
            i18n.remember_choice(response, i18n.SCRIPT_COOKIE, g.uz_script)
        response.headers.setdefault("Content-Language", i18n.html_lang())
        response.vary.add("Cookie")
        return response

    from app.campaigns import forms as campaign_forms
    from app.models.campaign import TRANSITIONS
    from app.models.task import TRANSITIONS as TASK_TRANSITIONS
    from app.translations.forms import FIELD_LABELS, KIND_LABELS, STATE_LABELS

    from app.notifications.texts import describe
    from app.security import external_url
    from app.richtext import render_markdown
    from app.diplomacy import forms as diplomacy_forms
    from app.materials import forms as material_forms
    from app.proposals import forms as proposal_forms
    from app.tasks import forms as task_forms

    campaign_labels = {name: getattr(campaign_forms, name) for name in (
        "SCOPE_LABELS", "STATUS_LABELS", "STATUS_ACTIONS", "PARTICIPATION_LABELS", "AUDIENCE_LABELS",
        "UNIT_LABELS", "MILESTONE_LABELS")}
    campaign_labels.update({name: getattr(task_forms, name) for name in (
        "TASK_STATUS_LABELS", "PRIORITY_LABELS", "VISIBILITY_LABELS", "ACTION_LABELS")})
    campaign_labels.update({name: getattr(diplomacy_forms, name) for name in (
        "ACTIVITY_STATUS_LABELS", "PLAN_STATUS_LABELS", "PARTNER_KIND_LABELS", "PARTNER_STAGE_LABELS",
        "MEETING_MODE_LABELS")})
    campaign_labels.update({name: getattr(proposal_forms, name) for name in (
        "PROPOSAL_STATUS_LABELS", "PROPOSAL_EVENT_LABELS", "ANSWER_LABELS")})
    campaign_labels.update({name: getattr(material_forms, name) for name in (
        "MATERIAL_KIND_LABELS", "MATERIAL_AUDIENCE_LABELS", "CLEARANCE_LABELS")})

    @app.context_processor
    def template_helpers():
        return {
            **campaign_labels,
            "TRANSITIONS": TRANSITIONS,
            "TASK_TRANSITIONS": TASK_TRANSITIONS,
            "FIELD_LABELS": FIELD_LABELS,
            "KIND_LABELS": KIND_LABELS,
            "STATE_LABELS": STATE_LABELS,
            "kind_of": policy.kind_of,
            "uz_script": i18n.reader_script(),
            "LANGUAGES": i18n.ENDONYMS,
            "UZ_SCRIPTS": i18n.SCRIPT_ENDONYMS,
            "current_locale": i18n.current_locale(),
            "html_lang": i18n.html_lang(),
            "language_name": i18n.language_name,
            "country_name": i18n.country_name,
            "tr": i18n.rendered,
            "tx": i18n.text,
            "tr_markdown": i18n.rendered_markdown,
            "fallback_note": i18n.fallback_note,
            "can": lambda action, obj=None: policy.can(current_user, action, obj),
            "user_spaces": policy.user_spaces(current_user),
            "markdown": render_markdown,
            "describe": describe,
            "public_url": external_url,
            # In every page's header: counted once per state of the data (app/caching.py).
            "unread_notifications": lambda: caching.remembered(
                "unread", (current_user.id,), lambda: policy.unread_notification_count(current_user))
            if current_user.is_authenticated else 0,
        }


def register_blueprints(app: Flask) -> None:
    from app.account import bp as account_bp
    from app.translations import bp as translations_bp
    from app.audit import bp as audit_bp
    from app.audit import space_bp as org_audit_bp
    from app.campaigns import bp as campaigns_bp
    from app.tasks import bp as tasks_bp
    from app.notifications import bp as notifications_bp
    from app.calendar import bp as calendar_bp
    from app.materials import bp as materials_bp, files_bp
    from app.diplomacy import bp as diplomacy_bp, region_bp
    from app.auth import bp as auth_bp
    from app.main import bp as main_bp
    from app.orgs import bp as orgs_bp
    from app.proposals import bp as proposals_bp
    from app.join import bp as join_bp
    from app.spaces import bp as spaces_bp

    app.register_blueprint(main_bp)
    app.register_blueprint(auth_bp, url_prefix="/<lang>/auth")
    app.register_blueprint(account_bp, url_prefix="/<lang>/account")
    app.register_blueprint(orgs_bp, url_prefix="/<lang>/organizations")
    app.register_blueprint(audit_bp, url_prefix="/<lang>/audit")
    app.register_blueprint(org_audit_bp, url_prefix="/<lang>/s/<org_slug>")
    app.register_blueprint(campaigns_bp, url_prefix="/<lang>/campaigns")
    app.register_blueprint(proposals_bp, url_prefix="/<lang>/proposals")
    app.register_blueprint(join_bp, url_prefix="/<lang>/join")
    app.register_blueprint(tasks_bp, url_prefix="/<lang>/tasks")
    app.register_blueprint(notifications_bp, url_prefix="/<lang>/notifications")
    app.register_blueprint(calendar_bp)
    app.register_blueprint(materials_bp, url_prefix="/<lang>/materials")
    app.register_blueprint(files_bp)
    app.register_blueprint(diplomacy_bp, url_prefix="/<lang>/s/<org_slug>")
    app.register_blueprint(region_bp, url_prefix="/<lang>")
    app.register_blueprint(translations_bp, url_prefix="/<lang>")
    app.register_blueprint(spaces_bp, url_prefix="/<lang>/s/<org_slug>")

    from app import api

    api.init_app(app)


def register_errorhandlers(app: Flask) -> None:
    from app.errors import register

    register(app)


def register_commands(app: Flask) -> None:
    from app.cli import register

    register(app)

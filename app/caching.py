"""Caching what is expensive to compute and rarely changes, keyed by the data's version.

A transaction that writes anything through the session (a flush that changes something, a bulk UPDATE
or DELETE) raises the `data_version` counter just before it commits, in the same transaction, so a value
cached under version N is never used once a change is committed: the next reader sees N+1 and computes
afresh. The counter is the last row a transaction locks, so two writers never wait on each other in a
cycle. Reading the version costs one small query a request. The cache is Flask-Caching's: in-process
by default, Redis when REDIS_URL is set.

`cached_page` keeps a page's own part (its title, head and content; the header with the person's
notification count, the language switch and flashed messages are made afresh) for one person and one
session: their id and their session's CSRF secret are in the key, with the address and query, the
language, the script and the day. It is stored only when the page answered 200, with the
language-fallback notes it counted, so a page built from it says the same as one rendered afresh.
A hit skips the view's work (its access rule has run: `access` wraps it). Every change of rights is a
write, so it raises the version: nobody is served a page they could no longer see.
"""
import hashlib
from datetime import date
from functools import wraps

from flask import current_app, g, has_app_context, render_template, request, session
from flask_login import current_user
from flask_caching import Cache
from markupsafe import Markup
from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from app.extensions import db

cache = Cache()
FALLBACK_STATE = ("fallbacks", "translatable", "translation_space_slug", "uzbek_shown")


def init_app(app) -> None:
    redis_url = app.config.get("REDIS_URL")
    defaults = {"CACHE_TYPE": "RedisCache", "CACHE_REDIS_URL": redis_url} if redis_url else \
        {"CACHE_TYPE": "SimpleCache", "CACHE_THRESHOLD": 500}
    defaults.update(CACHE_DEFAULT_TIMEOUT=600, CACHE_KEY_PREFIX="hamkor:")
    cache.init_app(app, config={**defaults, **{k: v for k, v in app.config.items() if k.startswith("CACHE_")}})
    app.after_request(_keep_page)
    app.add_template_global(keep_page)


def _raise(connection) -> None:
    from app.models.version import DATA, DataVersion

    connection.execute(update(DataVersion).where(DataVersion.key == DATA).values(value=DataVersion.value + 1))


def _forget_version() -> None:
    if has_app_context():
        g.pop("data_version", None)


@event.listens_for(Session, "before_flush")
def _note_write(session, _context, _instances):
    """Whether this flush writes anything (an object touched but left as it was does not count)."""
    from app.models.version import DataVersion

    if session.new or session.deleted or any(
            session.is_modified(obj) for obj in session.dirty if not isinstance(obj, DataVersion)):
        session.info["raise_version"] = True


@event.listens_for(Session, "do_orm_execute")
def _note_bulk_write(state):
    if state.is_update or state.is_delete:
        state.session.info["raise_version"] = True


@event.listens_for(Session, "before_commit")
def _raise_before_commit(session):
    session.flush()  # what is pending is written first: the counter's row is the transaction's last lock
    if session.info.pop("raise_version", False):
        _raise(session.connection())
        _forget_version()


@event.listens_for(Session, "after_transaction_end")
def _forget_write(session, transaction):
    if transaction.parent is None:  # committed (the counter raised) or rolled back: nothing to raise
        session.info.pop("raise_version", None)


def data_changed() -> None:
    """For a change the database does not hold (a pack built on disk, whose size pages show): raise the
    version in a transaction of its own."""
    with db.engine.begin() as connection:
        _raise(connection)
    _forget_version()


def version() -> int:
    """The data's version, read once a request (a write in the request makes it read again)."""
    from app.models.version import DATA, DataVersion

    if "data_version" not in g:
        g.data_version = db.session.scalar(select(DataVersion.value).where(DataVersion.key == DATA)) or 0
    return g.data_version


def remembered(name: str, parts: tuple, compute):
    """A value `compute()` returns (small, picklable), kept under `name`, `parts` and the data's version."""
    key = f"memo:{name}:{version()}:{hashlib.sha256(repr(parts).encode()).hexdigest()[:40]}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value)
    return value


def _page_key() -> str:
    """Who asks (person and session) for which address, in which language and script, on which day."""
    from flask_wtf.csrf import generate_csrf

    from app.i18n import html_lang, reader_script

    generate_csrf()  # the session's CSRF secret, made now if the page would make it: the forms' tokens
    who = (getattr(current_user, "id", None), hashlib.sha256(str(session.get("csrf_token")).encode()).hexdigest())
    parts = (who, request.full_path, html_lang(), reader_script(), date.today().isoformat())
    return f"page:{request.endpoint}:{version()}:{hashlib.sha256(repr(parts).encode()).hexdigest()[:40]}"


def cached_page(view):
    """Serve a GET page's own part from the cache while the data has not changed (see the module's text)."""
    @wraps(view)
    def wrapper(*args, **kwargs):
        if request.method != "GET" or not current_app.config.get("CACHE_PAGES", True):
            return view(*args, **kwargs)
        key = _page_key()
        kept = cache.get(key)
        if kept is None:
            g.page_cache_key = key
            return view(*args, **kwargs)
        parts, state = kept
        for attr, value in state.items():
            if value is not None:
                setattr(g, attr, value)
        return render_template("_cached_page.html", cached=parts)

    return wrapper


def keep_page(title, head, body) -> str:
    """Called by base.html with the page's parts once rendered; kept if the page answers 200."""
    if g.get("page_cache_key"):
        g.page_parts = {"title": Markup(title), "head": Markup(head), "body": Markup(body)}
    return ""


def _keep_page(response):
    key, parts = g.pop("page_cache_key", None), g.pop("page_parts", None)
    if key and parts and response.status_code == 200:
        cache.set(key, (parts, {name: g.get(name) for name in FALLBACK_STATE}))
    return response

"""Caching what is expensive to compute and rarely changes, keyed by the data's version.

A transaction that writes anything through the session (a flush that changes something, a bulk UPDATE
or DELETE) raises the `data_version` counter just before it commits, in the same transaction, so a value
cached under version N is never used once a change is committed: the next reader sees N+1 and computes
afresh. The counter is the last row a transaction locks, so two writers never wait on each other in a
cycle. Reading the version costs one small query a request. The cache is Flask-Caching's: in-process
by default, Redis when REDIS_URL is set.

`cached_page` marks a GET page that is kept whole, for one person and one session: the session's signed
user id (with the session's version, which signing out everywhere changes) and its CSRF secret are in
the key, with the address and query, the language, the script, the day and the data's version. It is
stored only when the page answered 200 as HTML without a flashed message; a later request for the same
key is answered before the person is loaded or the view runs (one query: the version). That is safe
because everything a page and its access rule depend on is either in the key or in the database: every
change of rights, of a person's account or of their notifications is a write, so it raises the version
and nobody is served a page they could no longer see. A session whose identifier does not match its
browser (Flask-Login's session protection) or that carries a flashed message is served afresh.
"""
import hashlib
import logging
from datetime import date

from flask import current_app, g, has_app_context, request, session
from flask.globals import request_ctx
from flask_caching import Cache
from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from app.extensions import db

cache = Cache()
log = logging.getLogger("hamkor")


def init_app(app) -> None:
    redis_url = app.config.get("REDIS_URL")
    # Redis that stops answering costs a second, not a hung page (and then pages are made afresh).
    defaults = {"CACHE_TYPE": "RedisCache", "CACHE_REDIS_URL": redis_url,
                "CACHE_OPTIONS": fail_fast()} if redis_url else \
        {"CACHE_TYPE": "SimpleCache", "CACHE_THRESHOLD": 500}
    defaults.update(CACHE_DEFAULT_TIMEOUT=600, CACHE_KEY_PREFIX="hamkor:")
    cache.init_app(app, config={**defaults, **{k: v for k, v in app.config.items() if k.startswith("CACHE_")}})
    app.after_request(_keep_page)


def fail_fast() -> dict:
    """Options for a Redis client that gives up at once when Redis does not answer (redis-py would retry
    with growing waits): what it serves is then done without it."""
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    return {"socket_connect_timeout": 1, "socket_timeout": 2, "retry": Retry(NoBackoff(), 0)}


def serve_kept_pages(app) -> None:
    """Called once every other hook is registered: the kept page answers after the rate limits, the
    HTTPS redirect and the language and script hooks, which it relies on, have run."""
    app.before_request(_serve_kept_page)


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

    def counts(obj) -> bool:  # a model may say its rows are not what pages show (a job's progress)
        return getattr(obj, "raises_version", True) and not isinstance(obj, DataVersion)

    if any(counts(obj) for obj in session.new) or any(counts(obj) for obj in session.deleted) or any(
            counts(obj) and session.is_modified(obj) for obj in session.dirty):
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


def _get(key: str):
    """The cached value, or None — also when the cache (Redis) does not answer: pages are then made
    afresh, never refused."""
    try:
        return cache.get(key)
    except Exception as error:  # whatever the cache's client raises, the page is made without it
        log.warning("cache unavailable (%s): made afresh", type(error).__name__)
        return None


def _set(key: str, value) -> None:
    try:
        cache.set(key, value)
    except Exception as error:
        log.warning("cache unavailable (%s): not kept", type(error).__name__)


def remembered(name: str, parts: tuple, compute):
    """A value `compute()` returns (small, picklable), kept under `name`, `parts` and the data's version."""
    key = f"memo:{name}:{version()}:{hashlib.sha256(repr(parts).encode()).hexdigest()[:40]}"
    value = _get(key)
    if value is None:
        value = compute()
        _set(key, value)
    return value


def _page_key() -> str | None:
    """Who asks (session) for which address, in which language and script, on which day; None when the
    page must be made afresh."""
    from flask_wtf.csrf import generate_csrf

    from app.i18n import html_lang, reader_script

    user = session.get("_user_id")  # "id:session version", as signed into the session cookie
    if user is not None and session.get("_id") != current_app.login_manager._session_identifier_generator():
        return None  # Flask-Login's session protection marks this session: it runs on the slow path
    generate_csrf()  # the session's CSRF secret, made now if the page would make it: the forms' tokens
    who = (user, hashlib.sha256(str(session.get("csrf_token")).encode()).hexdigest())
    parts = (who, request.full_path, html_lang(), reader_script(), date.today().isoformat())
    return f"page:{request.endpoint}:{version()}:{hashlib.sha256(repr(parts).encode()).hexdigest()[:40]}"


def cached_page(view):
    """Mark a GET page to be kept whole while the data has not changed (see the module's text); `access`
    (which wraps it) carries the mark to the registered view."""
    view.cached_page = True
    return view


def _serve_kept_page():
    """Before the view (and before the person is loaded): a kept page for this key answers at once."""
    if request.method != "GET" or not current_app.config.get("CACHE_PAGES", True):
        return None
    if not getattr(current_app.view_functions.get(request.endpoint), "cached_page", False):
        return None
    if session.get("_flashes"):
        return None  # a message to show once: the page is made afresh and not kept
    key = _page_key()
    if key is None:
        return None
    body = _get(key)
    if body is None:
        g.page_cache_key = key
        return None
    return current_app.response_class(body, mimetype="text/html")


def _keep_page(response):
    key = g.pop("page_cache_key", None)
    shown_flashes = getattr(request_ctx, "flashes", None)
    if (key and response.status_code == 200 and response.mimetype == "text/html"
            and not response.direct_passthrough and not shown_flashes):
        _set(key, response.get_data())
    return response

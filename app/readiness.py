"""/readyz: whether this process can do its work — the database, Redis (when REDIS_URL is set), the
storage backend and the task queue — each part answering "ok" or what failed (the kind of error only:
no address or secret). /healthz stays the cheap liveness answer."""
from flask import current_app
from sqlalchemy import text

from app.extensions import db

FINE = ("ok", "not used", "in place")


def _probe(check) -> str:
    try:
        check()
    except Exception as exc:  # any failure of the part is the answer, whatever raised it
        return f"unavailable ({type(exc).__name__})"
    return "ok"


def _database():
    try:
        db.session.execute(text("SELECT 1"))
    finally:
        db.session.rollback()


def _redis():
    import redis

    from app.caching import fail_fast

    client = redis.Redis.from_url(current_app.config["REDIS_URL"], **fail_fast())  # no retries: a probe answers now
    try:
        client.ping()
    finally:
        client.close()


def _storage():
    from app.storage import storage

    storage().check()


def _queue():
    from app import queue

    queue.configure(current_app)
    queue.huey.pending_count()


def checks() -> dict[str, str]:
    parts = {"database": _probe(_database),
             "redis": _probe(_redis) if current_app.config.get("REDIS_URL") else "not used",
             "storage": _probe(_storage)}
    parts["queue"] = "in place" if current_app.config["QUEUE_IMMEDIATE"] else _probe(_queue)
    return parts

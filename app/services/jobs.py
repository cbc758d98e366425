"""Background jobs' records: queued once per result, their progress, their end, and their errors (the
queue itself is app/queue.py). Each change is committed at once, in the job's own transaction, so any
app process reading the table sees how far a job has got."""
import logging
from datetime import timedelta

from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app import queue
from app.extensions import db
from app.models.base import as_utc, utcnow
from app.models.job import DONE, FAILED, QUEUED, RUNNING, BackgroundJob

log = logging.getLogger("hamkor")


def stale() -> timedelta:
    """A job that has not moved for this long (its worker died) is queued again (JOB_STALE_SECONDS)."""
    return timedelta(seconds=current_app.config["JOB_STALE_SECONDS"])
ERROR_CHARS = 2000


def find(key: str) -> BackgroundJob | None:
    return db.session.scalar(select(BackgroundJob).where(BackgroundJob.key == key))


def is_alive(row: BackgroundJob | None) -> bool:
    """Queued or running, and moved lately."""
    return row is not None and row.state in (QUEUED, RUNNING) and utcnow() - as_utc(row.updated_at) < stale()


def failed_lately(row: BackgroundJob | None) -> bool:
    """Failed for good within stale(): asking again now would only fail again; later it is queued anew."""
    return row is not None and row.state == FAILED and utcnow() - as_utc(row.updated_at) < stale()


def enqueue(kind: str, key: str, task, *args, total: int = 0) -> BackgroundJob:
    """Queue `task(*args, job_key=key)` unless a live job already makes the same result."""
    row = find(key)
    if is_alive(row):
        return row
    if row is None:
        row = BackgroundJob(kind=kind, key=key)
        db.session.add(row)
    row.state, row.done, row.total, row.error, row.updated_at = QUEUED, 0, total, None, utcnow()
    try:
        db.session.commit()
    except IntegrityError:  # another process queued it a moment ago
        db.session.rollback()
        return find(key)
    queue.configure(current_app)
    try:
        task(*args, job_key=key, retry_delay=current_app.config["QUEUE_RETRY_DELAY"])
    except Exception as error:  # the queue's storage (Redis) does not answer: the job waits in its record
        log.warning("job %s not queued (%s): queued again when next asked for", key, type(error).__name__)
        _update(key, error=f"not queued: {type(error).__name__}", updated_at=utcnow() - stale())
    return find(key) or row


def _update(key: str, **values) -> None:
    row = find(key)
    if row is None:
        return
    values.setdefault("updated_at", utcnow())
    for name, value in values.items():
        setattr(row, name, value)
    db.session.commit()


def started(key: str) -> None:
    row = find(key)
    _update(key, state=RUNNING, done=0, attempts=(row.attempts if row else 0) + 1)


def progress(key: str, done: int) -> None:
    _update(key, done=done)


def finished(key: str, size: int | None = None) -> None:
    _update(key, state=DONE, error=None, size=size)


def record_done(kind: str, key: str, size: int | None = None) -> None:
    """A result made in the request itself (a small pack): recorded like a job's, with its size."""
    row = find(key) or BackgroundJob(kind=kind, key=key)
    row.state, row.error, row.size, row.updated_at = DONE, None, size, utcnow()
    db.session.add(row)
    try:
        db.session.commit()
    except IntegrityError:  # another process recorded the same result a moment ago
        db.session.rollback()


def sizes(keys: list[str]) -> dict[str, int]:
    """The sizes of the results made under these keys (one query)."""
    if not keys:
        return {}
    rows = db.session.execute(select(BackgroundJob.key, BackgroundJob.size).where(
        BackgroundJob.key.in_(keys), BackgroundJob.state == DONE, BackgroundJob.size.is_not(None)))
    return dict(rows.all())


def record_error(key: str, error: str, final: bool, kind: str = "job") -> None:
    """An attempt failed: the job waits for its retry, or, with none left, has failed for good. A periodic
    job has no record until its first outcome: it is made here."""
    db.session.rollback()  # whatever the failed attempt left in the session
    if find(key) is None:
        db.session.add(BackgroundJob(kind=kind, key=key))
        db.session.commit()
    row = find(key)
    _update(key, state=FAILED if final else QUEUED, error=error[:ERROR_CHARS],
            attempts=row.attempts + 1 if kind == "periodic" else row.attempts)


def failed(limit: int = 100) -> list[BackgroundJob]:
    """Jobs that failed for good, newest first (the platform admin's list)."""
    return list(db.session.scalars(select(BackgroundJob).where(BackgroundJob.state == FAILED)
                                   .order_by(BackgroundJob.updated_at.desc()).limit(limit)))

"""Background work on a real task queue (Huey): offline packs, thumbnails, cover sizes and the periodic
jobs (app/schedule.py) run in worker processes, not in the web process, so a restart loses nothing and
any app process can show how far a job has got.

The queue lives in a SQLite file under instance/ by default (`make run` needs no server: it starts the
web server and a worker together), in Redis when REDIS_URL is set (several app and worker processes
share it). QUEUE_IMMEDIATE (the tests) runs a job at once, in the caller. `flask queue worker` runs the
consumer. A job is retried with back-off; each one records its state in the database
(app/services/jobs.py), where a job that failed for good shows its error to the platform admin.
"""
from functools import wraps

from flask import current_app, has_app_context
from huey import Huey
from huey.api import PeriodicTask
from huey.exceptions import TaskLockedException
from huey.signals import SIGNAL_ERROR
from huey.storage import MemoryStorage, RedisStorage, SqliteStorage

# Until an app configures it, nothing leaves the process.
huey = Huey("hamkor", immediate=True, storage_class=MemoryStorage)
_worker_app = None
_configured = [None]  # the settings the queue was last made from
LOCK_SECONDS = 600  # a periodic job's lock outlives a worker killed while holding it by this much at most


def configure(app) -> None:
    """Point the queue at the app's storage (immediate, SQLite or Redis). Called when a job is queued and
    when a worker starts, so the app asking is the one whose settings count (tests make several)."""
    settings = (app.config["QUEUE_IMMEDIATE"], app.config.get("REDIS_URL"), app.config["QUEUE_DB"])
    if _configured[0] == settings:
        return
    immediate, redis_url, filename = settings
    if immediate:
        huey.immediate = True
    else:
        storage_class = RedisStorage if redis_url else SqliteStorage
        kwargs = {"connection_pool": _redis_pool(redis_url)} if redis_url else {"filename": filename}
        storage = storage_class(huey.name, **kwargs)  # made first: if it cannot be, the queue stays as it was
        huey.storage_class, huey.storage_kwargs = storage_class, kwargs
        huey._immediate = False  # the setter would make storage from the old class first
        huey.storage = storage
    _configured[0] = settings


def _in_app(function, *args, **kwargs):
    if has_app_context():
        return function(*args, **kwargs)
    with _worker_app.app_context():
        return function(*args, **kwargs)


def _redis_pool(url: str):
    """Redis for the queue: queuing a job while Redis does not answer fails in a second (the job then
    waits in its record, app/services/jobs.py); the worker's blocking reads wait up to their own timeout."""
    from redis import ConnectionPool
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    return ConnectionPool.from_url(url, socket_connect_timeout=1, retry=Retry(NoBackoff(), 0))


def job(retries: int = 3):
    """A task for the queue, run inside an app context (the worker's, or the caller's when immediate);
    retried `retries` times, first after QUEUE_RETRY_DELAY seconds (jobs.enqueue), then twice as long
    each time."""
    def decorate(function):
        @huey.task(retries=retries, retry_backoff=2, name=function.__name__, context=True)
        @wraps(function)
        def run(*args, task=None, **kwargs):
            return _in_app(function, *args, **kwargs)

        return run

    return decorate


def periodic(schedule):
    """A job the workers' scheduler queues on `schedule` (a huey.crontab): what cron used to run. One
    runs at a time however many workers there are (a lock in the queue's storage); it is retried twice,
    and its last outcome is recorded under its name (a failure shows to the platform admin)."""
    def decorate(function):
        name = function.__name__
        huey.lock_task(name)  # known to the queue, so a worker starting on SQLite clears it (flush_locks)

        @huey.periodic_task(schedule, retries=2, retry_delay=60, name=name)
        @wraps(function)
        def run():
            from app.services import jobs

            def once():
                result = function()
                jobs.record_done("periodic", name)
                return result

            # Redis' lock expires (a worker killed while holding it would stop the job for good);
            # SQLite's cannot, and there a single machine's workers share it.
            ttl = LOCK_SECONDS if isinstance(huey.storage, RedisStorage) else None
            with huey.lock_task(name, ttl=ttl):
                return _in_app(once)

        return run

    return decorate


@huey.signal(SIGNAL_ERROR)
def _failed(signal, task, exc=None):
    """A job's error: recorded against its job; with no retry left, the job has failed for good."""
    from app.services import jobs

    if isinstance(exc, TaskLockedException):
        return  # another worker is running the same periodic job: nothing failed
    key = (task.kwargs or {}).get("job_key")
    if key:
        _in_app(jobs.record_error, key, repr(exc), not task.retries)
    elif isinstance(task, PeriodicTask):
        _in_app(jobs.record_error, task.name, repr(exc), not task.retries, kind="periodic")


def consumer(app, workers: int = 2):
    """A consumer whose jobs run in threads of this process, each in an app context of `app`."""
    global _worker_app
    from app import schedule  # noqa: F401  (its periodic jobs join the queue's registry)

    _worker_app = app
    configure(app)
    # On SQLite (one machine) a lock left by a killed worker never expires: a worker starting clears them.
    return huey.create_consumer(workers=workers, worker_type="thread", periodic=True, backoff=1.15, max_delay=2.0,
                                flush_locks=not isinstance(huey.storage, RedisStorage))


def run_worker(workers: int) -> None:
    """`flask queue worker`: the consumer in this process until it is stopped (SIGTERM or SIGINT)."""
    consumer(current_app._get_current_object(), workers).run()

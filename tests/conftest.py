"""Fixtures: an app on SQLite (or TEST_DATABASE_URL), two societies plus the regional office in every test.

The demo is seeded once per test session (per xdist worker); before each test the tables the previous
test wrote to are put back (tests/dbstate.py), so every test starts from the untouched demo.
"""
import os
import shutil
import tempfile

import pytest
from app import create_app, demo
from app.caching import cache
from app.extensions import db, limiter, mail
from app.services.accounts import hash_password

import audit_guard
from client import Client
from databases import drop_database, worker_database
from dbstate import DatabaseState
from helpers import DEMO_PASSWORD, free_port

# The societies every test database holds, with the regional office: three, so a test can follow one society
# while two others have data it must not see.
TEST_SLUGS = ("kazakhstan", "kyrgyzstan", "tajikistan", "ifrc-central-asia")


@pytest.fixture(scope="session")
def session_folder():
    """Uploads and the SQLite file of this session, removed at its end."""
    folder = tempfile.mkdtemp(prefix="hamkor-tests-")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def app(session_folder, worker_id):
    base = os.environ.get("TEST_DATABASE_URL")
    url, own_database = worker_database(base, worker_id, session_folder)
    uploads = os.path.join(session_folder, "uploads")
    os.makedirs(uploads)
    application = create_app("testing", SQLALCHEMY_DATABASE_URI=url, UPLOAD_DIR=uploads)
    application.test_client_class = Client
    with application.app_context():
        db.drop_all()
        db.create_all()
        demo.seed(hash_password(DEMO_PASSWORD), slugs=TEST_SLUGS)
        db.session.remove()
        application.extensions["hamkor_test_state"] = state = DatabaseState(db.engine, db.metadata, uploads)
        state.take()
    yield application
    with application.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()
    if own_database:
        drop_database(base, own_database)


@pytest.fixture(scope="session")
def worker_id(request):
    """xdist's worker name ("gw0", ...), or "master" when the suite runs in one process."""
    return getattr(request.config, "workerinput", {}).get("workerid", "master")


@pytest.fixture(scope="session")
def demo_hash(app):
    with app.app_context():
        return hash_password(DEMO_PASSWORD)


@pytest.fixture
def database(app):
    with app.app_context():
        app.extensions["hamkor_test_state"].restore()
        limiter.reset()
        cache.clear()  # the restored data may carry a version a previous test's cached pages were made under
        yield db
        db.session.remove()


@pytest.fixture(autouse=True)
def every_traced_write_is_audited():
    """Fails a test whose code path committed a service write without an audit event (tests/audit_guard.py)."""
    audit_guard.violations.clear()
    yield
    found, audit_guard.violations[:] = list(audit_guard.violations), []
    assert not found, found


@pytest.fixture
def client(app, database):
    return app.test_client()


@pytest.fixture
def outbox(app):
    with mail.record_messages() as messages:
        yield messages


@pytest.fixture
def anon(client):
    return client


def login_as(app, email):
    c = app.test_client()
    c.login(email)
    return c


@pytest.fixture
def as_user(app, database):
    """as_user("admin.kyrgyzstan@example.org") -> a logged-in client."""
    return lambda email: login_as(app, email)


class _Counter:
    count = 0


@pytest.fixture
def query_counter(app):
    """with query_counter() as c: ...; c.count is the number of SQL statements run. The page cache is emptied
    first, so what is counted is the work of building the pages (query_counter(cached=True) keeps it)."""
    from contextlib import contextmanager

    from sqlalchemy import event

    @contextmanager
    def counting(cached: bool = False):
        if not cached:
            cache.clear()
        counter = _Counter()

        def count(*_args, **_kwargs):
            counter.count += 1

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            yield counter
        finally:
            event.remove(db.engine, "before_cursor_execute", count)

    return counting


class _SMTPCollector:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        from email import message_from_bytes

        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"


@pytest.fixture
def smtp(app, database, monkeypatch):
    """A real SMTP server (aiosmtpd) on a loopback port, with Flask-Mail pointed at it.

    The server is not listening until `smtp.start()`: before that, the port refuses connections,
    like a mail server that is down. Received mail is in `smtp.messages` as (recipients, message).
    """
    from aiosmtpd.controller import Controller

    port = free_port()
    state = app.extensions["mail"]
    monkeypatch.setattr(state, "server", "127.0.0.1")
    monkeypatch.setattr(state, "port", port)
    monkeypatch.setattr(state, "suppress", False)
    collector = _SMTPCollector()
    controller = Controller(collector, hostname="127.0.0.1", port=port)
    started = []
    collector.start = lambda: started.append(controller.start())
    yield collector
    if started:
        controller.stop()


@pytest.fixture(scope="session")
def redis_url():
    """TEST_REDIS_URL when it is given, else a redis-server of the session's own, stopped at the end."""
    from redis_server import RedisServer, answers

    given = os.environ.get("TEST_REDIS_URL")
    if given:
        assert answers(given), f"TEST_REDIS_URL={given} does not answer"
        yield given
        return
    server = RedisServer().start()
    yield server.url
    server.stop()

"""Fixtures: an app on SQLite (or TEST_DATABASE_URL), two societies plus the regional office in every test."""
import os
import re

import pytest
from flask.testing import FlaskClient
from sqlalchemy import text
from werkzeug.security import generate_password_hash

from app import create_app
from app.extensions import db, limiter, mail
from app.services import demo

from helpers import DEMO_PASSWORD

# The societies every test database holds, with the regional office.
TEST_SLUGS = ("kazakhstan", "kyrgyzstan", "ifrc-central-asia")
CSRF_RE = re.compile(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"')


class Client(FlaskClient):
    """A test client that sends the CSRF token like a browser form would.

    Each request gets its own application context (so its own `g` and database
    session), as in production, even while the test holds one open.
    """

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)

    def csrf_token(self) -> str:
        page = self.get("/en/")
        match = CSRF_RE.search(page.get_data(as_text=True))
        assert match, "no CSRF token on the home page"
        return match.group(1)

    def post_form(self, url, data=None, **kwargs):
        data = dict(data or {})
        data.setdefault("csrf_token", self.csrf_token())
        return self.post(url, data=data, **kwargs)

    def login(self, email, password=DEMO_PASSWORD):
        response = self.post_form("/en/auth/login", {"email": email, "password": password})
        assert response.status_code == 302, f"login of {email} failed"
        return response


@pytest.fixture(scope="session")
def demo_hash():
    return generate_password_hash(DEMO_PASSWORD, method="scrypt")


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    url = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
    application = create_app("testing", SQLALCHEMY_DATABASE_URI=url,
                             UPLOAD_DIR=str(tmp_path_factory.mktemp("uploads")))
    application.test_client_class = Client
    with application.app_context():
        db.drop_all()
        db.create_all()
    yield application
    with application.app_context():
        db.session.remove()
        db.drop_all()


def _empty_tables():
    if db.engine.dialect.name == "postgresql":
        names = ", ".join(f'"{t.name}"' for t in db.metadata.sorted_tables)
        db.session.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    else:
        for table in reversed(db.metadata.sorted_tables):
            db.session.execute(table.delete())
    db.session.commit()


@pytest.fixture
def database(app, demo_hash):
    with app.app_context():
        _empty_tables()
        demo.seed(demo_hash, slugs=TEST_SLUGS)
        limiter.reset()
        yield db
        db.session.remove()


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
    """with query_counter() as c: ...; c.count is the number of SQL statements run."""
    from contextlib import contextmanager

    from sqlalchemy import event

    @contextmanager
    def counting():
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
    import socket

    from aiosmtpd.controller import Controller

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
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

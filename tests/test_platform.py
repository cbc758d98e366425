"""Health check, security headers and cookies, configuration guards, CLI commands."""
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from werkzeug.security import check_password_hash

from app import create_app
from app.extensions import db
from app.models import Membership, Organization, User
from helpers import user

PRODUCTION = {"SECRET_KEY": "x" * 32, "BASE_URL": "https://hamkor.example.org", "SQLALCHEMY_DATABASE_URI": "sqlite://"}


def test_healthz_answers_200_with_json(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json == {"status": "ok", "database": "ok"}


def test_healthz_answers_503_when_the_database_does_not(client, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(db.session, "execute", broken)
    response = client.get("/healthz")
    assert response.status_code == 503 and response.json["database"] == "unavailable"


def test_security_headers(client):
    response = client.get("/en/auth/login")
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_pages_have_no_inline_scripts(client):
    client.login("admin.kyrgyzstan@example.org")
    for path in ("/en/", "/en/s/kyrgyzstan/members", "/en/account/"):
        page = client.get(path).get_data(as_text=True)
        assert "<script>" not in page and "onclick=" not in page and "<style" not in page


def test_session_cookie_is_httponly_and_lax(client):
    response = client.login("admin.kyrgyzstan@example.org")
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("session="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_production_refuses_to_start_without_secret_key(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app("production", SECRET_KEY=None)


def test_production_config_is_strict():
    app = create_app("production", **PRODUCTION)
    assert app.debug is False
    assert app.config["SESSION_COOKIE_SECURE"] is True and app.config["PASSWORD_HASH_METHOD"] == "scrypt"


def test_production_hashes_passwords_with_full_cost_scrypt(monkeypatch):
    """The tests use a one-round hash to run fast; production keeps scrypt at werkzeug's full cost."""
    from app.services.accounts import hash_password

    monkeypatch.delenv("HAMKOR_ENV", raising=False)
    app = create_app("production", **PRODUCTION)
    with app.app_context():
        digest = hash_password("a-real-password")
    method, _salt, _hash = digest.split("$")
    name, n, r, p = method.split(":")
    assert name == "scrypt" and int(n) >= 2 ** 15 and int(r) >= 8 and int(p) >= 1
    assert check_password_hash(digest, "a-real-password") and not check_password_hash(digest, "a-wrong-password")


def test_seed_demo_is_idempotent(app, database):
    runner = app.test_cli_runner()
    counts = lambda: [db.session.scalar(select(func.count()).select_from(m)) for m in (Organization, User, Membership)]
    assert runner.invoke(args=["seed-demo"]).exit_code == 0
    first = counts()
    assert first[0] == 6 and first[1] == 2 + 5 * 4
    assert runner.invoke(args=["seed-demo"]).exit_code == 0
    assert counts() == first


def test_seed_demo_refuses_production():
    app = create_app("production", **PRODUCTION)
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code != 0 and "production" in result.output


def test_create_user_makes_a_real_account(app, database):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["create-user", "--email", "Real@Example.org", "--name", "Real Person",
                                 "--org", "kyrgyzstan", "--role", "staff", "--password", "a-real-password"])
    assert result.exit_code == 0, result.output
    created = user("real@example.org")
    assert created.memberships[0].role == "staff" and "a-real-password" not in created.password_hash
    assert check_password_hash(created.password_hash, "a-real-password")
    again = runner.invoke(args=["create-user", "--email", "real@example.org", "--org", "kyrgyzstan",
                                "--password", "a-real-password"])
    assert again.exit_code != 0
    short = runner.invoke(args=["create-user", "--email", "s@example.org", "--org", "kyrgyzstan",
                                "--password", "short"])
    assert short.exit_code != 0 and user("s@example.org") is None


def test_login_limiter_uses_redis_when_redis_url_is_set(redis_url):
    """Run in a fresh process, as production would read REDIS_URL from its environment."""
    import os
    import subprocess
    import sys

    url = redis_url
    probe = ("from app import create_app; from app.extensions import limiter; a = create_app(); "
             "ctx = a.app_context(); ctx.push(); "
             "print(type(limiter.storage).__name__, limiter.storage.check())")
    env = {**os.environ, "REDIS_URL": url, "DATABASE_URL": "sqlite://", "HAMKOR_ENV": "development"}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["RedisStorage", "True"], out.stderr
    env.pop("REDIS_URL")
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.split()[0] == "MemoryStorage", out.stderr


def test_the_suite_starts_its_own_redis_when_none_runs():
    """`make test` on a machine with no Redis: the session starts redis-server on a free port and
    stops it at the end (the limiter test above uses it)."""
    import redis

    from redis_server import RedisServer, answers

    server = RedisServer()
    assert not answers(server.url)  # nothing listens on that port before
    server.start()
    try:
        client = redis.Redis.from_url(server.url)
        client.set("hamkor-test", "1")
        assert client.get("hamkor-test") == b"1"
    finally:
        server.stop()
    assert not answers(server.url)

"""Issue 12, High: no secret key anyone knows, links in e-mail that a Host header cannot point elsewhere,
forms that expire without losing text, client addresses behind a proxy."""
import hashlib
import os
import re
from datetime import datetime, timedelta

import pytest
import time_machine
from flask.json.tag import TaggedJSONSerializer
from itsdangerous import URLSafeTimedSerializer

from app import create_app
from helpers import snapshot, user

KNOWN_KEYS = ("dev-only-not-secret", "testing-secret")  # constants earlier versions shipped


def _forged_session(secret: str, user_id: str) -> str:
    """A session cookie signed the way Flask signs one, with a key the attacker guessed."""
    serializer = URLSafeTimedSerializer(secret, salt="cookie-session", serializer=TaggedJSONSerializer(),
                                        signer_kwargs={"key_derivation": "hmac", "digest_method": hashlib.sha1})
    return serializer.dumps({"_user_id": user_id, "_fresh": True})


@pytest.mark.parametrize("secret", KNOWN_KEYS)
def test_a_session_forged_with_a_published_key_is_not_a_login(app, client, secret):
    admin = user("platform@example.org")
    client.set_cookie("session", _forged_session(secret, f"{admin.id}:{admin.session_version}"))
    response = client.get("/en/organizations/new")
    assert response.status_code == 302 and "/auth/login" in response.location


def test_development_key_is_random_made_once_and_private(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    settings = {"SECRET_KEY": None, "SQLALCHEMY_DATABASE_URI": "sqlite://"}
    first = create_app("development", SECRET_KEY_FILE=str(tmp_path / "a" / "secret_key"), **settings)
    again = create_app("development", SECRET_KEY_FILE=str(tmp_path / "a" / "secret_key"), **settings)
    other = create_app("development", SECRET_KEY_FILE=str(tmp_path / "b" / "secret_key"), **settings)
    assert first.secret_key == again.secret_key  # kept: sessions survive a restart of `make run`
    assert first.secret_key != other.secret_key and len(first.secret_key) >= 64
    assert first.secret_key not in KNOWN_KEYS
    assert os.stat(tmp_path / "a" / "secret_key").st_mode & 0o077 == 0


def test_production_refuses_to_start_without_a_base_url(monkeypatch):
    monkeypatch.delenv("BASE_URL", raising=False)
    with pytest.raises(RuntimeError, match="BASE_URL"):
        create_app("production", SECRET_KEY="x" * 32, BASE_URL=None, SQLALCHEMY_DATABASE_URI="sqlite://")


@pytest.mark.parametrize("settings, complaint", [
    ({"SECRET_KEY": "dev-only-not-secret"}, "SECRET_KEY"),
    ({"SECRET_KEY": "short"}, "SECRET_KEY"),
    ({"BASE_URL": "hamkor.example.org"}, "BASE_URL"),
])
def test_production_refuses_a_published_or_short_key_and_a_base_url_without_scheme(settings, complaint):
    config = {"SECRET_KEY": "k" * 40, "BASE_URL": "https://hamkor.example.org", "SQLALCHEMY_DATABASE_URI": "sqlite://",
              **settings}
    with pytest.raises(RuntimeError, match=complaint):
        create_app("production", **config)


def test_production_answers_only_to_its_own_host(monkeypatch):
    monkeypatch.delenv("TRUSTED_HOSTS", raising=False)
    prod = create_app("production", SECRET_KEY="x" * 32, BASE_URL="https://hamkor.example.org",
                      SQLALCHEMY_DATABASE_URI="sqlite://", FORCE_HTTPS=False)
    assert prod.config["TRUSTED_HOSTS"] == ["hamkor.example.org"]
    assert prod.test_client().get("/healthz", headers={"Host": "evil.example"}).status_code == 400


def test_a_reset_request_for_a_foreign_host_is_refused_and_mails_nothing(client, outbox):
    response = client.post_form("/en/auth/reset", {"email": "staff.kyrgyzstan@example.org"},
                                headers={"Host": "evil.example"})
    assert response.status_code == 400 and "evil.example" not in response.get_data(as_text=True)
    assert len(outbox) == 0


def test_mailed_links_come_from_base_url_not_the_host_header(app, client, as_user, outbox, monkeypatch):
    monkeypatch.setitem(app.config, "BASE_URL", "https://hamkor.example.org")
    client.post_form("/en/auth/reset", {"email": "staff.kyrgyzstan@example.org"}, headers={"Host": "localhost"})
    assert re.search(r"https://hamkor\.example\.org/en/auth/reset/\S+", outbox[-1].body)
    admin = as_user("admin.kyrgyzstan@example.org")
    admin.post_form("/en/s/kyrgyzstan/members/invite", {"email": "new@example.org", "role": "staff",
                                                        "department": "0"}, headers={"Host": "localhost"})
    assert re.search(r"https://hamkor\.example\.org/en/auth/invitation/\S+", outbox[-1].body)
    assert "localhost" not in outbox[-1].body + outbox[-2].body


def test_an_old_form_is_refused_and_shows_the_text_to_copy_back(as_user):
    admin = as_user("admin.kyrgyzstan@example.org")
    token = admin.csrf_token()
    # Within a working day a form still works.
    with time_machine.travel(datetime.now() + timedelta(hours=8)):
        fresh = admin.post("/en/s/kyrgyzstan/departments", data={"csrf_token": token, "name": "Logistics"})
    assert fresh.status_code == 302
    before = snapshot()
    with time_machine.travel(datetime.now() + timedelta(hours=11)):
        response = admin.post("/en/s/kyrgyzstan/departments", data={
            "csrf_token": token, "name": "Logistics <and> supply", "password": "never-echoed"},
            headers={"Referer": "http://localhost/en/s/kyrgyzstan/departments"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "This form has expired" in page
    assert "Logistics &lt;and&gt; supply</textarea>" in page and "never-echoed" not in page
    assert 'href="http://localhost/en/s/kyrgyzstan/departments"' in page
    assert snapshot() == before


def test_the_expired_form_page_never_shows_another_sites_text_or_links(app, as_user):
    """Another site can post to Hamkor from the victim's browser: with no token, a wrong one, or an old
    token of the attacker's own session. None of that text may appear on Hamkor's pages."""
    admin = as_user("admin.kyrgyzstan@example.org")
    attackers_old = URLSafeTimedSerializer(app.secret_key, salt="wtf-csrf-token").dumps("attackers-session-token")
    with time_machine.travel(datetime.now() + timedelta(hours=11)):
        for token in ("forged", attackers_old, None):
            data = {"name": "Your account is locked, call +1-555-0100"}
            if token:
                data["csrf_token"] = token
            response = admin.post("/en/s/kyrgyzstan/departments", data=data,
                                  headers={"Referer": "https://evil.example/phish"})
            page = response.get_data(as_text=True)
            assert response.status_code == 400 and "This form has expired" in page
            assert "locked" not in page and "evil.example" not in page


def test_logging_out_from_a_tab_left_open_all_day_still_logs_out(client):
    client.login("admin.kyrgyzstan@example.org")
    token = client.csrf_token()
    with time_machine.travel(datetime.now() + timedelta(hours=11)):
        response = client.post("/en/auth/logout", data={"csrf_token": token})
        assert response.status_code == 302
        assert client.get("/en/account/").status_code == 302
    assert client.post("/en/auth/logout").status_code == 400  # without any token it is still refused


@pytest.mark.parametrize("proxies, separate", [(1, True), (0, False)])
def test_behind_a_trusted_proxy_each_client_has_its_own_login_bucket(app, database, proxies, separate):
    """Without ProxyFix every client behind the proxy shares the proxy's address, so one person's
    failed logins would lock everyone out; with it, X-Forwarded-For is believed from trusted proxies only."""
    behind = create_app("testing", SQLALCHEMY_DATABASE_URI=app.config["SQLALCHEMY_DATABASE_URI"],
                        TRUSTED_PROXIES=proxies, LOGIN_LIMIT_PER_ADDRESS="2 per minute",
                        LOGIN_LIMIT_PER_ACCOUNT="100 per minute", WTF_CSRF_ENABLED=False)
    c = behind.test_client()

    def attempt(address):
        return c.post("/en/auth/login", data={"email": "nobody@example.org", "password": "wrong"},
                      headers={"X-Forwarded-For": address}).status_code

    assert [attempt("203.0.113.7"), attempt("203.0.113.7"), attempt("203.0.113.7")] == [200, 200, 429]
    assert (attempt("198.51.100.9") != 429) is separate

"""Personal access tokens: made on the profile and shown once, kept as a hash, listed with their last use,
revoked by their owner; expired, revoked and deactivated people's tokens stop working."""
import re
from datetime import timedelta

import time_machine
from click.testing import CliRunner
from sqlalchemy import select

from api_helpers import bearer, token_for
from app.extensions import db
from app.models import ApiToken, AuditEvent
from app.services.tokens import hash_token
from helpers import membership, snapshot, user

ADMIN = "admin.kyrgyzstan@example.org"


def _made(response) -> str:
    match = re.search(r'value="(hamkor_[A-Za-z0-9_-]+)"', response.get_data(as_text=True))
    assert match, "the new token is shown"
    return match.group(1)


def test_token_is_shown_once_and_stored_as_a_hash(as_user):
    c = as_user(ADMIN)
    response = c.post_form("/en/account/tokens", {"name": "Power BI", "scope": "read", "days": "30"})
    assert response.status_code == 201 and response.headers["Cache-Control"] == "no-store"
    raw = _made(response)
    assert raw not in c.get("/en/account/tokens").get_data(as_text=True)  # never again
    row = db.session.scalar(select(ApiToken).where(ApiToken.name == "Power BI"))
    assert row.token_hash == hash_token(raw) and row.scope == "read"
    assert raw not in str(snapshot())  # the token itself is nowhere in the database
    assert c.get("/api/v1/campaigns", headers=bearer(raw)).status_code == 200


def test_list_shows_last_use_and_the_audit_log_has_creation_and_revocation(as_user):
    c = as_user(ADMIN)
    raw = _made(c.post_form("/en/account/tokens", {"name": "Sheets", "scope": "write", "days": "7"}))
    page = c.get("/en/account/tokens").get_data(as_text=True)
    assert "Sheets" in page and "Never" in page
    c.get("/api/v1/tasks", headers=bearer(raw))
    row = db.session.scalar(select(ApiToken).where(ApiToken.name == "Sheets"))
    assert row.last_used_at is not None
    assert "Never" not in c.get("/en/account/tokens").get_data(as_text=True)
    assert c.post_form(f"/en/account/tokens/{row.id}/revoke").status_code == 302
    assert c.get("/api/v1/tasks", headers=bearer(raw)).status_code == 401
    actions = set(db.session.scalars(select(AuditEvent.action).where(AuditEvent.object_type == "ApiToken",
                                                                      AuditEvent.object_id == row.id)))
    assert actions == {"account.token_created", "account.token_revoked"}


def test_expired_token_stops_working(app, database):
    raw = token_for(ADMIN, days=7)
    c = app.test_client()
    assert c.get("/api/v1/campaigns", headers=bearer(raw)).status_code == 200
    with time_machine.travel(timedelta(days=8)):
        response = c.get("/api/v1/campaigns", headers=bearer(raw))
    assert response.status_code == 401 and response.mimetype == "application/problem+json"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_deactivated_persons_token_stops_working(app, database, as_user):
    raw = token_for("staff.kyrgyzstan@example.org")
    c = app.test_client()
    assert c.get("/api/v1/tasks", headers=bearer(raw)).status_code == 200
    m = membership("staff.kyrgyzstan@example.org", "kyrgyzstan")
    assert as_user(ADMIN).post_form(f"/en/s/kyrgyzstan/members/{m.id}/deactivate").status_code == 302
    assert c.get("/api/v1/tasks", headers=bearer(raw)).status_code == 401


def test_wrong_missing_and_query_string_tokens_are_refused(app, database):
    raw = token_for(ADMIN)
    c = app.test_client()
    refused = c.get("/api/v1/campaigns")
    assert refused.status_code == 401 and refused.headers["Cache-Control"] == "no-store"
    assert c.get("/api/v1/campaigns", headers=bearer(raw[:-2] + "xx")).status_code == 401
    assert c.get("/api/v1/campaigns", headers={"Authorization": f"Basic {raw}"}).status_code == 401
    for url in (f"/api/v1/campaigns?access_token={raw}", f"/api/v1/campaigns?q={raw}",
                f"/api/v1/campaigns?q=1&q={raw}"):
        response = c.get(url, headers={"Accept-Language": "en"})
        assert response.status_code == 400 and "Authorization header" in response.json["detail"]


def test_a_session_cookie_is_no_way_into_the_api(as_user):
    """A logged-in browser has no token: the API does not read its cookie (no CSRF through the API)."""
    c = as_user(ADMIN)
    assert c.get("/api/v1/campaigns").status_code == 401


def test_read_only_token_may_not_write(app, database):
    from app.models import Task

    raw = token_for(ADMIN, "read")
    task = db.session.scalar(select(Task).where(Task.owner_org_id == user(ADMIN).memberships[0].organization_id))
    c = app.test_client()
    c.get("/api/v1/tasks", headers=bearer(raw))
    before = snapshot()
    response = c.post(f"/api/v1/tasks/{task.id}/comments", json={"body": "Hi"},
                      headers=bearer(raw, **{"Accept-Language": "en"}))
    assert response.status_code == 403 and "only read" in response.json["detail"]
    assert snapshot() == before


def test_another_persons_token_cannot_be_revoked(as_user):
    other = db.session.scalar(select(ApiToken.id).where(ApiToken.token_hash == hash_token(
        token_for("staff.kyrgyzstan@example.org"))))
    c = as_user(ADMIN)
    before = snapshot()
    assert c.post_form(f"/en/account/tokens/{other}/revoke").status_code == 404
    assert snapshot() == before


def test_bad_token_form_changes_nothing(as_user):
    c = as_user(ADMIN)
    before = snapshot()
    for data in ({"name": "", "scope": "read", "days": "30"}, {"name": "x", "scope": "admin", "days": "30"},
                 {"name": "x", "scope": "read", "days": "9999"}, {"name": "x" * 101, "scope": "read", "days": "30"}):
        response = c.post_form("/en/account/tokens", data)
        assert response.status_code == 400, data
        assert "hamkor_" not in response.get_data(as_text=True)
    assert snapshot() == before


def test_token_page_is_translated(as_user):
    page = as_user(ADMIN).get("/ru/account/tokens").get_data(as_text=True)
    assert "API tokens" not in page and "Make the token" not in page


def test_create_token_command_prints_a_working_token(app, database):
    result = CliRunner().invoke(app.cli, ["create-token", "--email", ADMIN, "--scope", "write", "--days", "5"],
                                obj=None, catch_exceptions=False)
    raw = result.output.strip()
    assert result.exit_code == 0 and raw.startswith("hamkor_")
    assert app.test_client().get("/api/v1/organizations", headers=bearer(raw)).status_code == 200
    made = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "account.token_created")
                             .order_by(AuditEvent.id.desc()))
    assert made.changes["via"] == "cli" and made.changes["scope"] == "write"
    refused = CliRunner().invoke(app.cli, ["create-token", "--email", "nobody@example.org"])
    assert refused.exit_code != 0

"""Logging in and out, throttling, password reset, password change."""
import re
from datetime import timedelta

from sqlalchemy import select

from app.extensions import db
from app.models import AuditEvent, PasswordReset
from helpers import DEMO_PASSWORD, membership, user

ADMIN = "admin.kyrgyzstan@example.org"


def test_login_with_right_password_opens_the_users_language(client):
    response = client.login(ADMIN)
    assert response.location == "/ky/"  # the demo admin prefers Kyrgyz
    page = client.get("/en/account/").get_data(as_text=True)
    assert ADMIN in page


def test_wrong_password_and_unknown_email_get_the_same_message(client):
    wrong = client.post_form("/en/auth/login", {"email": ADMIN, "password": "not-the-password"})
    unknown = client.post_form("/en/auth/login", {"email": "nobody@example.org", "password": "whatever-it-is"})
    assert wrong.status_code == unknown.status_code == 200
    assert "Wrong e-mail or password." in wrong.get_data(as_text=True)
    assert "Wrong e-mail or password." in unknown.get_data(as_text=True)
    assert user(ADMIN).failed_logins == 1
    assert client.get("/en/account/").status_code == 302  # still logged out


def test_login_renews_the_session(client):
    client.get("/en/")
    before = client.get_cookie("session").value
    client.login(ADMIN)
    after = client.get_cookie("session").value
    assert before != after
    with client.session_transaction() as session:
        assert "_user_id" in session


def test_next_goes_only_to_local_paths(client):
    for evil in ("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"):
        response = client.post_form(f"/en/auth/login?next={evil}", {"email": ADMIN, "password": DEMO_PASSWORD})
        assert response.status_code == 302
        assert "evil" not in response.location and "javascript" not in response.location
        client.post_form("/en/auth/logout")
    response = client.post_form("/en/auth/login?next=/en/s/kyrgyzstan/members",
                                {"email": ADMIN, "password": DEMO_PASSWORD})
    assert response.location == "/en/s/kyrgyzstan/members"


def test_private_page_sends_anonymous_visitor_to_login(client):
    response = client.get("/en/s/kyrgyzstan/members")
    assert response.status_code == 302
    assert response.location.startswith("/en/auth/login?next=")


def test_logout_is_a_post_with_csrf(client):
    client.login(ADMIN)
    assert client.get("/en/auth/logout").status_code == 405
    assert client.post("/en/auth/logout").status_code == 400  # no CSRF token
    assert client.get("/en/account/").status_code == 200
    assert client.post_form("/en/auth/logout").status_code == 302
    assert client.get("/en/account/").status_code == 302


def test_login_is_throttled_per_account_with_a_translated_page(app, client):
    limit = int(app.config["LOGIN_LIMIT_PER_ACCOUNT"].split()[0])
    for _ in range(limit):
        client.post_form("/ru/auth/login", {"email": ADMIN, "password": "wrong-password-1"})
    response = client.post_form("/ru/auth/login", {"email": ADMIN, "password": DEMO_PASSWORD})
    assert response.status_code == 429
    page = response.get_data(as_text=True)
    assert '<html lang="ru">' in page
    assert "Too many attempts" not in page  # translated, not the English msgid
    # Another account from the same address is not yet blocked by the per-account limit.
    assert client.post_form("/ru/auth/login", {"email": "staff.kyrgyzstan@example.org",
                                               "password": DEMO_PASSWORD}).status_code == 302


def test_login_is_throttled_per_address(app, client):
    limit = int(app.config["LOGIN_LIMIT_PER_ADDRESS"].split()[0])
    codes = [client.post_form("/en/auth/login", {"email": f"u{i}@example.org", "password": "x" * 12}).status_code
             for i in range(limit + 1)]
    assert codes[-1] == 429 and set(codes[:-1]) == {200}


def test_deactivated_member_cannot_log_in_and_loses_open_session(app, client, as_user):
    volunteer = as_user("volunteer.kyrgyzstan@example.org")
    admin = as_user(ADMIN)
    m = membership("volunteer.kyrgyzstan@example.org", "kyrgyzstan")
    assert admin.post_form(f"/en/s/kyrgyzstan/members/{m.id}/deactivate").status_code == 302
    assert volunteer.get("/en/account/").status_code == 302  # the open session is gone
    response = client.post_form("/en/auth/login", {"email": "volunteer.kyrgyzstan@example.org",
                                                   "password": DEMO_PASSWORD})
    assert response.status_code == 200 and "Wrong e-mail or password." in response.get_data(as_text=True)


def _reset_link(outbox):
    body = outbox[-1].body
    return re.search(r"https?://[^/]+(/\S+)", body).group(1)


def test_password_reset_link_works_once(client, outbox):
    response = client.post_form("/en/auth/reset", {"email": ADMIN})
    assert response.status_code == 302
    assert len(outbox) == 1 and outbox[0].recipients == [ADMIN]
    assert "Кыргыз" in outbox[0].body or "Hamkor" in outbox[0].subject
    link = _reset_link(outbox)
    assert client.get(link).status_code == 200
    new = "a-brand-new-password"
    assert client.post_form(link, {"password": new, "confirm": new}).status_code == 302
    client.login(ADMIN, new)
    client.post_form("/en/auth/logout")
    again = client.get(link)
    assert again.status_code == 410
    assert "already been used" in again.get_data(as_text=True)
    bad = client.post_form("/en/auth/login", {"email": ADMIN, "password": DEMO_PASSWORD})
    assert "Wrong e-mail or password." in bad.get_data(as_text=True)


def test_password_reset_link_expires_after_an_hour(client, outbox):
    client.post_form("/en/auth/reset", {"email": ADMIN})
    link = _reset_link(outbox)
    reset = db.session.scalar(select(PasswordReset))
    reset.expires_at = reset.created_at + timedelta(minutes=60) - timedelta(hours=2)
    db.session.commit()
    response = client.post_form(link, {"password": "a-brand-new-password", "confirm": "a-brand-new-password"})
    assert response.status_code == 410 and "expired" in response.get_data(as_text=True)
    client.login(ADMIN)  # the old password still works


def test_reset_for_unknown_address_says_the_same_and_sends_nothing(client, outbox):
    response = client.post_form("/en/auth/reset", {"email": "nobody@example.org"}, follow_redirects=True)
    assert "If this address has an account" in response.get_data(as_text=True)
    assert outbox == []


def test_unknown_reset_token_gets_a_clear_page(client):
    response = client.get("/en/auth/reset/not-a-real-token")
    assert response.status_code == 410 and "not valid" in response.get_data(as_text=True)


def test_reset_mail_is_in_the_users_language(client, outbox):
    client.post_form("/en/auth/reset", {"email": "staff.kazakhstan@example.org"})
    assert outbox[0].subject != "Hamkor: set a new password"  # Kazakh, the user's preference


def test_change_password_needs_the_current_one_and_ends_other_sessions(client, as_user):
    other = as_user(ADMIN)
    client.login(ADMIN)
    bad = client.post_form("/en/account/password", {"current_password": "wrong-password",
                                                    "password": "another-password-1", "confirm": "another-password-1"})
    assert bad.status_code == 400 and "The current password is not correct." in bad.get_data(as_text=True)
    ok = client.post_form("/en/account/password", {"current_password": DEMO_PASSWORD,
                                                   "password": "another-password-1", "confirm": "another-password-1"})
    assert ok.status_code == 302
    assert client.get("/en/account/").status_code == 200  # this session was renewed
    assert other.get("/en/account/").status_code == 302  # the other one died


def test_profile_changes_name_and_preferred_language(client):
    client.login(ADMIN)
    response = client.post_form("/en/account/", {"full_name": "Aiperi T.", "preferred_locale": "uz"})
    assert response.status_code == 302 and response.location == "/uz/account/"
    assert user(ADMIN).full_name == "Aiperi T." and user(ADMIN).preferred_locale == "uz"
    client.post_form("/en/auth/logout")
    assert client.login(ADMIN).location == "/uz/"


def test_profile_rejects_unknown_language_and_overlong_name(client):
    client.login(ADMIN)
    response = client.post_form("/en/account/", {"full_name": "x" * 201, "preferred_locale": "fr"})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Not a valid choice" in page and "200" in page
    assert user(ADMIN).full_name != "x" * 201


def test_membership_changes_write_audit_events(client):
    client.login(ADMIN)
    m = membership("staff.kyrgyzstan@example.org", "kyrgyzstan")
    client.post_form(f"/en/s/kyrgyzstan/members/{m.id}/role", {"role": "translator", "department": "0"})
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "member.role_changed"))
    assert event.object_id == m.id and event.changes["role"] == ["staff", "translator"]
    assert event.actor.email == ADMIN

"""Issue 12: invitations that are not logins, sessions that end, login limits that JSON cannot dodge,
reset links that die with a password change, reset requests that do not tell who has an account."""
import json
import re

from sqlalchemy import select

from app.extensions import db
from app.models import PasswordReset
from helpers import DEMO_PASSWORD, membership, user

KG_ADMIN, KZ_ADMIN = "admin.kyrgyzstan@example.org", "admin.kazakhstan@example.org"


def _link(outbox):
    return re.search(r"https?://[^/]+(/\S+)", outbox[-1].body).group(1)


def _invite(client, space, email, role="staff"):
    return client.post_form(f"/en/s/{space}/members/invite", {"email": email, "role": role, "department": "0"})


def test_a_second_invitation_cannot_log_anyone_into_the_account(client, as_user, outbox):
    """Two societies invite one address; the person accepts the first. Whoever holds the second link
    must not get into the account with it, whatever password they type."""
    _invite(as_user(KG_ADMIN), "kyrgyzstan", "shared@example.org")
    first = _link(outbox)
    _invite(as_user(KZ_ADMIN), "kazakhstan", "shared@example.org")
    second = _link(outbox)
    owner = client.application.test_client()
    assert owner.post_form(first, {"full_name": "Owner", "password": "owners-password-1",
                                   "confirm": "owners-password-1"}).status_code == 302
    attacker = client.application.test_client()
    page = attacker.get(second).get_data(as_text=True)
    assert "already has a Hamkor account" in page and 'name="full_name"' not in page
    for data in ({"full_name": "Attacker", "password": "attackers-pass-1", "confirm": "attackers-pass-1"},
                 {"password": ""}, {"password": "attackers-pass-1"}):
        response = attacker.post_form(second, data)
        assert response.status_code == 400
        assert attacker.get("/en/account/").status_code == 302  # not logged in
    assert user("shared@example.org").failed_logins == 2  # wrong passwords count as failed logins
    assert membership("shared@example.org", "kazakhstan") is None
    # The owner joins the second society with their own password (or while logged in).
    assert owner.post_form(second, {"password": "owners-password-1"}).status_code == 302
    assert membership("shared@example.org", "kazakhstan").is_active


def test_inviting_a_deactivated_account_of_another_society_reveals_and_reactivates_nothing(as_user, outbox):
    kz_staff = membership("staff.kazakhstan@example.org", "kazakhstan")
    kz_admin = as_user(KZ_ADMIN)
    kz_admin.post_form(f"/en/s/kazakhstan/members/{kz_staff.id}/deactivate")
    assert not user("staff.kazakhstan@example.org").is_active
    kg_admin = as_user(KG_ADMIN)
    existing = kg_admin.get(_invite(kg_admin, "kyrgyzstan", "staff.kazakhstan@example.org").location)
    unknown = kg_admin.get(_invite(kg_admin, "kyrgyzstan", "nobody.yet@example.org").location)

    def notice(page):  # the last message on the page (the login's welcome comes first)
        return re.findall(r'class="alert[^"]*"[^>]*>(.*?)<', page.get_data(as_text=True), re.S)[-1].strip()

    assert notice(existing).replace("staff.kazakhstan", "X") == notice(unknown).replace("nobody.yet", "X")
    assert not membership("staff.kazakhstan@example.org", "kazakhstan").is_active
    assert membership("staff.kazakhstan@example.org", "kyrgyzstan") is None
    assert not user("staff.kazakhstan@example.org").is_active


def test_a_cookie_kept_from_before_logout_no_longer_works(client):
    client.login(KG_ADMIN)
    kept = client.get_cookie("session").value
    assert client.post_form("/en/auth/logout").status_code == 302
    thief = client.application.test_client()
    thief.set_cookie("session", kept)
    assert thief.get("/en/account/").status_code == 302


def test_a_cookie_from_before_deactivation_stays_dead_after_reactivation(client, as_user):
    volunteer = as_user("volunteer.kyrgyzstan@example.org")
    kept = volunteer.get_cookie("session").value
    admin = as_user(KG_ADMIN)
    m = membership("volunteer.kyrgyzstan@example.org", "kyrgyzstan")
    admin.post_form(f"/en/s/kyrgyzstan/members/{m.id}/deactivate")
    admin.post_form(f"/en/s/kyrgyzstan/members/{m.id}/reactivate")
    assert membership("volunteer.kyrgyzstan@example.org", "kyrgyzstan").is_active
    thief = client.application.test_client()
    thief.set_cookie("session", kept)
    assert thief.get("/en/account/").status_code == 302
    client.login("volunteer.kyrgyzstan@example.org")  # the person logs in again as usual
    assert client.get("/en/account/").status_code == 200


def test_a_json_login_is_not_a_way_around_the_per_account_limit(app, client):
    limit = int(app.config["LOGIN_LIMIT_PER_ACCOUNT"].split()[0])
    token = client.csrf_token()
    for i in range(limit + 3):
        response = client.post("/en/auth/login", data=json.dumps({"email": KG_ADMIN, "password": f"guess-{i}"}),
                               content_type="application/json", headers={"X-CSRFToken": token})
        assert response.status_code in (200, 429)
    assert user(KG_ADMIN).failed_logins == 0  # no JSON attempt reached the password check
    right = client.post("/en/auth/login", data=json.dumps({"email": KG_ADMIN, "password": DEMO_PASSWORD}),
                        content_type="application/json", headers={"X-CSRFToken": token})
    assert right.status_code in (200, 429) and client.get("/en/account/").status_code == 302


def test_a_password_change_kills_outstanding_reset_links(client, as_user, outbox):
    client.post_form("/en/auth/reset", {"email": KG_ADMIN})
    link = _link(outbox)
    admin = as_user(KG_ADMIN)
    assert admin.post_form("/en/account/password", {"current_password": DEMO_PASSWORD,
                                                    "password": "a-brand-new-pass", "confirm": "a-brand-new-pass"}
                           ).status_code == 302
    response = client.post_form(link, {"password": "attackers-pass-1", "confirm": "attackers-pass-1"})
    assert response.status_code == 410
    client.login(KG_ADMIN, "a-brand-new-pass")


def test_reset_requests_do_the_same_work_for_known_and_unknown_addresses(client, query_counter, monkeypatch):
    """The answer must not take longer for an existing account: the same statements run for both, and the
    mail is only queued (sent after the answer, from another thread)."""
    from app.services import mail

    queued = []
    monkeypatch.setattr(mail, "send_later", lambda to, *args, **kwargs: queued.append(to))
    with query_counter() as known:
        client.post_form("/en/auth/reset", {"email": KG_ADMIN})
    with query_counter() as unknown:
        client.post_form("/en/auth/reset", {"email": "no.such.person@example.org"})
    assert known.count == unknown.count
    assert queued == [KG_ADMIN]
    unusable = db.session.scalar(select(PasswordReset).where(PasswordReset.user_id.is_(None)))
    assert unusable is not None and "no.such.person" not in (unusable.email_hash or "")


def test_reset_mails_are_limited_per_account(app, client, outbox):
    per_hour = app.config["PASSWORD_RESET_MAILS_PER_HOUR"]
    for _ in range(per_hour + 3):
        response = client.post_form("/en/auth/reset", {"email": KG_ADMIN})
        assert response.status_code == 302  # the same answer every time
    assert len(outbox) == per_hour
    client.post_form("/en/auth/reset", {"email": "staff.kyrgyzstan@example.org"})
    assert outbox[-1].recipients == ["staff.kyrgyzstan@example.org"]  # another account is not held back


def test_queued_reset_and_invitation_mails_are_sent_from_the_background(app, client, as_user, outbox,
                                                                       monkeypatch):
    """Outside tests mail leaves from a thread with its own database session: what the request handed
    over (a database row, an organization) must still be readable there."""
    from app.services import mail

    monkeypatch.setitem(app.config, "MAIL_BACKGROUND", True)
    jobs = []
    real = mail.send_later
    monkeypatch.setattr(mail, "send_later", lambda *a, **k: jobs.append(real(*a, **k)))
    client.post_form("/en/auth/reset", {"email": KG_ADMIN})
    _invite(as_user(KG_ADMIN), "kyrgyzstan", "newcomer@example.org")
    for job in jobs:
        job.result(timeout=30)
    assert sorted(m.recipients[0] for m in outbox) == [KG_ADMIN, "newcomer@example.org"]
    invitation = next(m for m in outbox if m.recipients == ["newcomer@example.org"])
    assert "Kyrgyzstan" in invitation.subject or "Кыргыз" in invitation.subject


def test_guessing_the_password_through_an_invitation_link_shares_the_login_limit(app, client, as_user, outbox):
    _invite(as_user(KZ_ADMIN), "kazakhstan", KG_ADMIN)
    link = _link(outbox)
    limit = int(app.config["LOGIN_LIMIT_PER_ACCOUNT"].split()[0])
    attacker = client.application.test_client()
    codes = [attacker.post_form(link, {"password": f"guess-{i}"}).status_code for i in range(limit + 1)]
    assert codes[-1] == 429 and set(codes[:-1]) == {400}
    # The account's own login is held back too: the guesses used its bucket.
    assert client.post_form("/en/auth/login", {"email": KG_ADMIN, "password": DEMO_PASSWORD}).status_code == 429

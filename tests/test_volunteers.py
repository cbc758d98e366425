"""Becoming a volunteer: a person applies through the public form, confirms the address with a single-use
link, the society's admins are told and approve (a volunteer account with a link to choose a password)
or decline (the person is told why; the data is deleted 30 days later). Nothing exists for the person
before the approval, and nothing on the page tells whether an address is known."""
import re
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import func, select

from app.extensions import db
from app.models import Notification, User, VolunteerApplication
from app.models.base import utcnow
from app.services import volunteers
from helpers import org, snapshot, user

TJ_ADMIN = "admin.tajikistan@example.org"
FORM = {"org": "tajikistan", "full_name": "Малика Раҳимова", "email": "malika@example.net", "phone": "+992 900 00 00",
        "city": "Хуҷанд", "languages": ["tg", "ru"], "interests": "Тренинги по первой помощи в школах",
        "consent": "y"}


def _apply(client, **changes):
    return client.post_form("/tg/join/", {**FORM, **changes})


def _link(outbox, to, path):
    body = next(m.body for m in reversed(outbox) if to in m.recipients)
    return re.search(rf"http\S+{path}\S+", body).group(0)


def _count(model, *where) -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_apply_confirm_approve_then_the_volunteer_sets_a_password_and_logs_in(anon, as_user, outbox, app):
    sent = _apply(anon)
    assert sent.status_code == 200 and "malika@example.net" in sent.get_data(as_text=True)
    assert _count(User, User.email == "malika@example.net") == 0  # no account before the approval
    link = _link(outbox, "malika@example.net", "/join/confirm/")
    assert link.startswith(app.config["BASE_URL"] + "/tg/join/confirm/")
    admin = as_user(TJ_ADMIN)
    assert "Малика Раҳимова" not in admin.get("/en/s/tajikistan/members").get_data(as_text=True)  # unconfirmed
    path = link[len(app.config["BASE_URL"]):]
    assert anon.get(path).status_code == 200 and _count(VolunteerApplication, VolunteerApplication.status == "pending") == 0
    confirmed = anon.post_form(path, {})
    assert confirmed.status_code == 200 and "application-confirmed" in confirmed.get_data(as_text=True)
    assert anon.post_form(path, {}).status_code == 410  # single use
    told = db.session.scalar(select(Notification).where(Notification.kind == "volunteer",
                                                        Notification.user_id == user(TJ_ADMIN).id))
    assert told is not None
    assert admin.post_form(f"/en/notifications/{told.id}/open", {}).location.endswith("/s/tajikistan/members#applications")
    members = admin.get("/en/s/tajikistan/members").get_data(as_text=True)
    assert "Малика Раҳимова" in members and "Тренинги по первой помощи" in members
    application = db.session.scalar(select(VolunteerApplication))
    assert admin.post_form(f"/en/s/tajikistan/applications/{application.id}/approve", {}).status_code == 302
    volunteer = user("malika@example.net")
    assert volunteer is not None and volunteer.preferred_locale == "tg"
    assert [(m.organization.slug, m.role) for m in volunteer.memberships] == [("tajikistan", "volunteer")]
    reset = _link(outbox, "malika@example.net", "/auth/reset/")[len(app.config["BASE_URL"]):]
    assert reset.startswith("/tg/auth/reset/")  # in the language the person applied in, not the admin's
    assert anon.post_form(reset, {"password": "a-long-new-password", "confirm": "a-long-new-password"}).status_code == 302
    login = anon.post_form("/tg/auth/login", {"email": "malika@example.net", "password": "a-long-new-password"})
    assert login.status_code == 302


def test_a_declined_application_tells_the_reason_and_is_deleted_after_30_days(anon, as_user, outbox):
    _apply(anon)
    application = volunteers.confirm(_link(outbox, "malika@example.net", "/join/confirm/").rsplit("/", 1)[1])
    as_user(TJ_ADMIN).post_form(f"/en/s/tajikistan/applications/{application.id}/decline",
                                {"reason": "Набор закрыт до весны"})
    assert "Набор закрыт до весны" in outbox[-1].body and "malika@example.net" in outbox[-1].recipients
    assert _count(User, User.email == "malika@example.net") == 0
    with time_machine.travel(utcnow() + timedelta(days=29)):
        volunteers.purge()
    assert _count(VolunteerApplication) == 1
    with time_machine.travel(utcnow() + timedelta(days=31)):
        volunteers.purge()
    assert _count(VolunteerApplication) == 0


def test_a_decline_needs_a_reason_and_only_the_societys_admins_decide(anon, as_user, outbox):
    _apply(anon)
    application = volunteers.confirm(_link(outbox, "malika@example.net", "/join/confirm/").rsplit("/", 1)[1])
    admin = as_user(TJ_ADMIN)
    others = [as_user(email) for email in ("admin.kyrgyzstan@example.org", "staff.tajikistan@example.org",
                                           "coordinator@example.org")]
    before = snapshot()
    refused = admin.post_form(f"/en/s/tajikistan/applications/{application.id}/decline", {"reason": ""})
    assert refused.status_code == 400 and "Say why, so the person knows." in refused.get_data(as_text=True)
    for c in others:
        assert c.post_form(f"/en/s/tajikistan/applications/{application.id}/approve", {}).status_code == 404
        assert "Малика" not in c.get("/en/s/tajikistan/members").get_data(as_text=True)
    assert snapshot() == before


def test_applying_twice_stores_nothing_new_and_the_page_never_tells_an_address_is_known(anon, outbox):
    def page(response, email):  # the page without the address typed and the (time-stamped) CSRF token
        return re.sub(r'name="csrf_token" value="[^"]*"', "", response.get_data(as_text=True).replace(email, ""))

    first = _apply(anon)
    again = _apply(anon, full_name="Someone else")
    assert _count(VolunteerApplication) == 1
    assert page(first, "malika@example.net") == page(again, "malika@example.net")
    assert len([m for m in outbox if "malika@example.net" in m.recipients]) == 2  # a fresh link, by e-mail
    known = _apply(anon, email="volunteer.kyrgyzstan@example.org")
    unknown = _apply(anon, email="nobody.at.all@example.net")
    assert known.status_code == unknown.status_code == 200
    assert page(known, "volunteer.kyrgyzstan@example.org") == page(unknown, "nobody.at.all@example.net")


@pytest.mark.parametrize("changes, message", [
    ({"org": "atlantis"}, "Not a valid choice"),
    ({"org": "ifrc-central-asia"}, "Not a valid choice"),  # the regional office takes no volunteers
    ({"consent": ""}, "Accept the society's note on how it uses your data."),
    ({"full_name": "x" * 201}, "Field cannot be longer than 200 characters."),
    ({"email": "not-an-address"}, "Invalid email address."),
    ({"website": "http://spam.example"}, "Your application could not be sent."),
])
def test_bad_applications_are_refused_with_a_message_and_nothing_stored(anon, outbox, changes, message):
    before = snapshot()
    response = anon.post_form("/en/join/", {**FORM, **changes})
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert snapshot() == before and not outbox


def test_the_service_refuses_an_organization_that_is_not_a_society(app, database, outbox):
    from app.services import ServiceError

    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"), pytest.raises(ServiceError, match="Choose a society"):
        volunteers.apply(org("ifrc-central-asia"), full_name="A", email="a@example.net", phone="", city="B",
                         languages=[], interests="c", consent=True, locale="en", link_for=str)


def test_a_bad_or_expired_link_is_refused_in_the_users_language(anon, outbox):
    assert anon.get("/ru/join/confirm/not-a-token").status_code == 410
    _apply(anon)
    token = _link(outbox, "malika@example.net", "/join/confirm/").rsplit("/", 1)[1]
    with time_machine.travel(utcnow() + timedelta(days=8)):
        expired = anon.post_form(f"/ru/join/confirm/{token}", {})
    assert expired.status_code == 410 and "Эту ссылку нельзя использовать" in expired.get_data(as_text=True)
    assert _count(VolunteerApplication, VolunteerApplication.status == "pending") == 0


def test_the_form_is_limited_per_e_mail_address(anon, app):
    codes = [_apply(anon).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]

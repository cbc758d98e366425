"""The region's organizations: the list, public profiles, creation by the platform admin."""
import re

from sqlalchemy import func, select

from app.extensions import db
from app.models import AuditEvent, Invitation, Organization
from helpers import membership, org


def test_coordinator_sees_all_organizations_and_public_profiles(as_user):
    coordinator = as_user("coordinator@example.org")
    page = coordinator.get("/en/organizations/").get_data(as_text=True)
    for name in ("Red Crescent Society of Kazakhstan", "Red Crescent Society of Kyrgyzstan",
                 "IFRC Delegation for Central Asia"):
        assert name in page
    profile = coordinator.get("/en/organizations/kazakhstan").get_data(as_text=True)
    assert "Red Crescent Society of Kazakhstan" in profile
    assert "@example.org" not in profile  # the society shares no e-mail addresses
    assert "Health" not in profile  # departments are the society's own business


def test_member_sees_own_departments_on_the_profile(as_user):
    profile = as_user("volunteer.kazakhstan@example.org").get("/en/organizations/kazakhstan").get_data(as_text=True)
    assert "Health" in profile and "staff.kazakhstan@example.org" in profile


def test_profile_in_russian_uses_russian_names(as_user):
    page = as_user("coordinator@example.org").get("/ru/organizations/kyrgyzstan").get_data(as_text=True)
    assert "Национальное общество Красного Полумесяца Кыргызской Республики" in page
    assert "Киргизия" in page  # country name from Babel (CLDR), in Russian


def test_unknown_profile_is_404(as_user):
    assert as_user("coordinator@example.org").get("/en/organizations/atlantis").status_code == 404


def test_anonymous_visitor_is_sent_to_login(client):
    assert client.get("/en/organizations/").status_code == 302


def test_platform_admin_creates_organization_and_invites_first_admin(as_user, outbox):
    platform = as_user("platform@example.org")
    assert platform.get("/en/organizations/new").status_code == 200
    response = platform.post_form("/en/organizations/new", {
        "name": "Red Crescent Society of Turkmenistan", "slug": "turkmenistan", "kind": "national_society",
        "country_code": "tm", "default_locale": "tk", "admin_email": "head@rcst.example.org"})
    assert response.status_code == 302 and response.location == "/en/organizations/turkmenistan"
    created = org("turkmenistan")
    assert created.country_code == "TM" and created.working_locales == ["tk", "ru"]
    invitation = db.session.scalar(select(Invitation).where(Invitation.organization_id == created.id))
    assert invitation.role == "admin" and invitation.email == "head@rcst.example.org"
    assert outbox[-1].recipients == ["head@rcst.example.org"]
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "organization.created"))
    # The first admin accepts and runs the new space.
    link = re.search(r"https?://[^/]+(/\S+)", outbox[-1].body).group(1)
    platform.post_form("/en/auth/logout")
    platform.post_form(link, {"full_name": "Head", "password": "a-good-password", "confirm": "a-good-password"})
    assert membership("head@rcst.example.org", "turkmenistan").role == "admin"
    assert platform.get("/en/s/turkmenistan/members").status_code == 200


def test_organization_slug_must_be_new_and_well_formed(as_user):
    platform = as_user("platform@example.org")
    count = db.session.scalar(select(func.count()).select_from(Organization))
    for slug in ("kyrgyzstan", "Bad Slug", "-x", "a" * 64):
        response = platform.post_form("/en/organizations/new", {
            "name": "X", "slug": slug, "kind": "national_society", "country_code": "",
            "default_locale": "ru", "admin_email": "x@example.org"})
        assert response.status_code == 400, slug
    assert db.session.scalar(select(func.count()).select_from(Organization)) == count


def test_only_platform_admin_creates_organizations(as_user):
    for email in ("coordinator@example.org", "admin.kyrgyzstan@example.org"):
        c = as_user(email)
        assert c.get("/en/organizations/new").status_code == 403
        assert c.post_form("/en/organizations/new", {"name": "X", "slug": "x", "kind": "national_society",
                                                     "default_locale": "ru", "admin_email": "x@example.org"}
                           ).status_code == 403
    assert org("x") is None

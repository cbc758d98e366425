"""Every endpoint declares its access rule, and foreign objects stay invisible.

Runs every route that carries an id or a slug, as every demo role, against objects of
another organization, with GET and POST, and checks the answer and that nothing changed.
"""
import pytest
from flask import url_for
from sqlalchemy import select

from app.extensions import db
from app.models import Invitation
from app.policy import RULES, rule_of
from app.services import members
from helpers import department, membership, org, snapshot

HOME = "kyrgyzstan"  # the society of the acting users
FOREIGN = "kazakhstan"  # the society whose objects they must not reach
ROLES = {
    "anonymous": None,
    "platform": "platform@example.org",
    "coordinator": "coordinator@example.org",
    "admin": f"admin.{HOME}@example.org",
    "staff": f"staff.{HOME}@example.org",
    "translator": f"translator.{HOME}@example.org",
    "volunteer": f"volunteer.{HOME}@example.org",
}


def _foreign_invitation():
    kz = org(FOREIGN)
    members.invite(None, kz, "pending@example.org", "staff", None, "ru", lambda token: token)
    return db.session.scalar(select(Invitation).where(Invitation.organization_id == kz.id))


# endpoint -> builds the URL arguments pointing at another organization's object.
# A new route with an id must be added here: test_every_id_route_is_exercised fails otherwise.
FOREIGN_ARGS = {
    "spaces.change_role": lambda: {"membership_id": membership(f"staff.{FOREIGN}@example.org", FOREIGN).id},
    "spaces.deactivate": lambda: {"membership_id": membership(f"staff.{FOREIGN}@example.org", FOREIGN).id},
    "spaces.reactivate": lambda: {"membership_id": membership(f"staff.{FOREIGN}@example.org", FOREIGN).id},
    "spaces.rename_department": lambda: {"department_id": department(FOREIGN).id},
    "spaces.delete_department": lambda: {"department_id": department(FOREIGN).id},
    "spaces.revoke_invitation": lambda: {"invitation_id": _foreign_invitation().id},
    "translations.edit": lambda: {"kind": "department", "obj_id": department(FOREIGN).id, "target": "tg"},
    "translations.review": lambda: {"kind": "department", "obj_id": department(FOREIGN).id, "target": "tg"},
}
# Routes whose only variables are the language and the space's slug.
SPACE_ENDPOINTS = ("spaces.home", "spaces.member_list", "spaces.invite", "spaces.department_list",
                   "spaces.settings", "translations.dashboard")


def _id_endpoints(app):
    return sorted({r.endpoint for r in app.url_map.iter_rules()
                   if any(name.endswith("_id") for name in r.arguments)})


@pytest.mark.parametrize("role", [r for r in ROLES if r != "anonymous"])
@pytest.mark.parametrize("endpoint", ["translations.edit", "translations.review"])
def test_foreign_organization_cannot_be_translated(app, database, role, endpoint):
    """Another society's name is public, but it is not this user's to translate: 404 under their
    own space, 404 under the foreign space (not a member), and nothing changes."""
    c = _client(app, ROLES[role])
    token = c.csrf_token()
    before = snapshot()
    args = {"kind": "organization", "obj_id": org(FOREIGN).id, "target": "tg"}
    for slug in (FOREIGN, HOME):
        url = _url(app, endpoint, slug, **args)
        assert c.post(url, data={"csrf_token": token, "name": "Hacked", "version": "1"}).status_code == 404
    assert snapshot() == before


def test_every_endpoint_declares_an_access_rule(app):
    missing = [e for e in app.view_functions if rule_of(app, e) not in RULES]
    assert missing == []


def test_every_id_route_is_exercised(app):
    assert _id_endpoints(app) == sorted(FOREIGN_ARGS)
    space_routes = {r.endpoint for r in app.url_map.iter_rules() if "org_slug" in r.arguments}
    assert space_routes == set(FOREIGN_ARGS) | set(SPACE_ENDPOINTS)


def _client(app, email):
    c = app.test_client()
    if email:
        c.login(email)
    return c


def _url(app, endpoint, slug, **args):
    with app.test_request_context():
        return url_for(endpoint, lang="en", org_slug=slug, **args)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("endpoint", sorted(FOREIGN_ARGS))
def test_foreign_object_by_id_is_404_and_changes_nothing(app, database, role, endpoint):
    args = FOREIGN_ARGS[endpoint]()
    c = _client(app, ROLES[role])
    token = c.csrf_token()
    before = snapshot()
    # The foreign object through its own society's URL, and smuggled under the user's own space.
    for slug in (FOREIGN, HOME):
        url = _url(app, endpoint, slug, **args)
        get = c.get(url)
        post = c.post(url, data={"csrf_token": token, "role": "admin", "department": "0", "name": "Hacked"})
        if role == "anonymous":
            assert get.status_code in (302, 405), url
            assert post.status_code == 302 and "/auth/login" in post.location, url
        else:
            assert get.status_code in (404, 405), (url, get.status_code)
            assert post.status_code == 404, (url, post.status_code)
    assert snapshot() == before


@pytest.mark.parametrize("role", [r for r in ROLES if r != "anonymous"])
@pytest.mark.parametrize("endpoint", SPACE_ENDPOINTS)
def test_foreign_space_is_404_for_every_role(app, database, role, endpoint):
    c = _client(app, ROLES[role])
    token = c.csrf_token()
    before = snapshot()
    url = _url(app, endpoint, FOREIGN)
    assert c.get(url).status_code in (404, 405)
    assert c.post(url, data={"csrf_token": token, "email": "x@example.org", "role": "admin",
                             "department": "0", "name": "Hacked"}).status_code in (404, 405)
    assert snapshot() == before


# Own-society objects: members who may see but not change get 403, and nothing changes.
OWN_ARGS = {
    "spaces.change_role": lambda: {"membership_id": membership(f"volunteer.{HOME}@example.org", HOME).id},
    "spaces.deactivate": lambda: {"membership_id": membership(f"volunteer.{HOME}@example.org", HOME).id},
    "spaces.reactivate": lambda: {"membership_id": membership(f"volunteer.{HOME}@example.org", HOME).id},
    "spaces.rename_department": lambda: {"department_id": department(HOME).id},
    "spaces.delete_department": lambda: {"department_id": department(HOME).id},
    "spaces.invite": lambda: {},
    # Translators of the home society translate into ru, en, tg and uz only.
    "translations.edit": lambda: {"kind": "department", "obj_id": department(HOME).id, "target": "kk"},
    "translations.review": lambda: {"kind": "department", "obj_id": department(HOME).id, "target": "kk"},
    "spaces.department_list": lambda: {},
    "spaces.settings": lambda: {},
}


@pytest.mark.parametrize("role", ["staff", "translator", "volunteer"])
@pytest.mark.parametrize("endpoint", sorted(OWN_ARGS))
def test_member_without_rights_gets_403_and_changes_nothing(app, database, role, endpoint):
    c = _client(app, ROLES[role])
    token = c.csrf_token()
    before = snapshot()
    url = _url(app, endpoint, HOME, **OWN_ARGS[endpoint]())
    response = c.post(url, data={"csrf_token": token, "email": "x@example.org", "role": "admin",
                                 "department": "0", "name": "Hacked", "default_locale": "ru", "version": "1"})
    assert response.status_code == 403
    assert snapshot() == before


def test_platform_admin_pages_are_403_for_everyone_else(app, database):
    for role in ("coordinator", "admin", "staff", "volunteer"):
        c = _client(app, ROLES[role])
        assert c.get("/en/organizations/new").status_code == 403


def test_posts_without_csrf_token_are_refused(app, database):
    c = _client(app, ROLES["admin"])
    before = snapshot()
    m = membership(f"volunteer.{HOME}@example.org", HOME)
    assert c.post(f"/en/s/{HOME}/members/{m.id}/deactivate").status_code == 400
    assert c.post(f"/en/s/{HOME}/departments", data={"name": "No token"}).status_code == 400
    assert snapshot() == before

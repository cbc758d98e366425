"""The demo is seeded once per session: a test that writes must leave nothing behind for the next one.

The two tests run in this order, on the same worker (one xdist group): the first changes rows through
the app (an update, inserts, a delete that cascades) and removes a stored file; the second finds the
demo exactly as the seed left it.
"""
import os

import pytest
from flask import current_app
from sqlalchemy import delete

from app.models import Membership, User

from helpers import org, snapshot, user

pytestmark = pytest.mark.xdist_group("isolation")
KG_ADMIN = "admin.kyrgyzstan@example.org"
SEEDED = {}


def _stored_files():
    root = current_app.config["UPLOAD_DIR"]
    return sorted(os.path.relpath(os.path.join(d, n), root) for d, _s, names in os.walk(root) for n in names)


def test_a_test_that_writes(as_user, database):
    SEEDED["rows"], SEEDED["files"] = snapshot(), _stored_files()
    assert SEEDED["files"], "the demo stores material files"
    admin = as_user(KG_ADMIN)
    first, *_others, last = org("kyrgyzstan").departments
    for url, form in ((f"/en/s/kyrgyzstan/departments/{first.id}/rename", {"name": "Renamed"}),
                      ("/en/s/kyrgyzstan/departments", {"name": "Brand new department"}),
                      (f"/en/s/kyrgyzstan/departments/{last.id}/delete", {}),
                      ("/en/s/kyrgyzstan/members/invite", {"email": "new.person@example.org", "role": "staff",
                                                           "department": "0"})):
        assert admin.post_form(url, form).status_code == 302, url
    names = [d.name for d in org("kyrgyzstan").departments for d in d.translations if d.locale == "en"]
    assert "Renamed" in names and "Brand new department" in names
    volunteer_id = user("volunteer.kyrgyzstan@example.org").id
    # Deleted in SQL: the database itself cascades to the membership (no statement names that table).
    database.session.execute(delete(User).where(User.email == "volunteer.kyrgyzstan@example.org"))
    database.session.commit()
    os.remove(os.path.join(current_app.config["UPLOAD_DIR"], SEEDED["files"][0]))
    assert snapshot() != SEEDED["rows"] and _stored_files() != SEEDED["files"]
    assert user("volunteer.kyrgyzstan@example.org") is None
    assert database.session.query(Membership).filter(Membership.user_id == volunteer_id).count() == 0


def test_the_next_test_sees_the_untouched_demo(database):
    assert SEEDED, "runs after test_a_test_that_writes"
    assert snapshot() == SEEDED["rows"]
    assert _stored_files() == SEEDED["files"]
    assert user("volunteer.kyrgyzstan@example.org").memberships[0].organization == org("kyrgyzstan")

"""The demo is seeded once per session: a test that writes must leave nothing behind for the next one.

The two tests run in this order, on the same worker (one xdist group): the first changes rows through
the app (updates, inserts, a delete that cascades in the database), through hand-written SQL the
restore's pattern does not name (a CTE), and in the stored files; the second finds the demo exactly as
the seed left it, and new rows get the ids they would have had (sequences put back).
"""
import os

import pytest
from flask import current_app
from sqlalchemy import delete, func, select, text

from app.models import Department, Membership, User
from helpers import org, snapshot, user

pytestmark = pytest.mark.xdist_group("isolation")
KG_ADMIN = "admin.kyrgyzstan@example.org"
SEEDED = {}


def _stored_files():
    root = current_app.config["UPLOAD_DIR"]
    found = {}
    for folder, _dirs, names in os.walk(root):
        for name in names:
            with open(os.path.join(folder, name), "rb") as f:
                found[os.path.relpath(os.path.join(folder, name), root)] = f.read()
    return found


def _top_department_id(database):
    return database.session.scalar(select(func.max(Department.id)))


def test_a_test_that_writes(as_user, database):
    SEEDED["rows"], SEEDED["files"] = snapshot(), _stored_files()
    SEEDED["top_department"] = _top_department_id(database)
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
    # Hand-written SQL whose first word is not the table's.
    database.session.execute(text("WITH chosen AS (SELECT id FROM organization WHERE slug = 'kazakhstan') "
                                  "UPDATE organization SET country_code = 'XX' WHERE id IN (SELECT id FROM chosen)"))
    database.session.commit()
    root = current_app.config["UPLOAD_DIR"]
    removed, changed = sorted(SEEDED["files"])[:2]
    os.remove(os.path.join(root, removed))
    with open(os.path.join(root, changed), "r+b") as f:
        f.write(b"changed")
    with open(os.path.join(root, "left-behind.txt"), "wb") as f:
        f.write(b"x")
    assert snapshot() != SEEDED["rows"] and _stored_files() != SEEDED["files"]
    assert user("volunteer.kyrgyzstan@example.org") is None
    assert database.session.query(Membership).filter(Membership.user_id == volunteer_id).count() == 0
    assert org("kazakhstan").country_code == "XX"
    assert _top_department_id(database) > SEEDED["top_department"]


def test_the_next_test_sees_the_untouched_demo(as_user, database):
    assert SEEDED, "runs after test_a_test_that_writes"
    assert snapshot() == SEEDED["rows"]
    assert _stored_files() == SEEDED["files"]
    assert user("volunteer.kyrgyzstan@example.org").memberships[0].organization == org("kyrgyzstan")
    assert org("kazakhstan").country_code == "KZ"
    # A new row gets the next id after the seed's, as in a freshly seeded database.
    assert as_user(KG_ADMIN).post_form("/en/s/kyrgyzstan/departments", {"name": "Again"}).status_code == 302
    assert _top_department_id(database) == SEEDED["top_department"] + 1

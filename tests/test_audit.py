"""The audit logs: the platform admin reads the whole log; each organization's admins (and the
coordinator) read their organization's; every write the app makes leaves an audit event."""
import csv
import io
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from flask import current_app

import audit_guard
from helpers import membership


def test_platform_admin_reads_role_changes_in_the_audit_log(as_user):
    admin = as_user("admin.kyrgyzstan@example.org")
    m = membership("staff.kyrgyzstan@example.org", "kyrgyzstan")
    admin.post_form(f"/en/s/kyrgyzstan/members/{m.id}/role", {"role": "translator", "department": "0"})
    page = as_user("platform@example.org").get("/en/audit/").get_data(as_text=True)
    assert "Role changed" in page and "admin.kyrgyzstan@example.org" in page
    assert "[&#39;staff&#39;, &#39;translator&#39;]" in page or "staff" in page.split("Role changed")[1][:400]


def test_audit_log_is_403_for_everyone_else(as_user):
    for email in ("coordinator@example.org", "admin.kyrgyzstan@example.org", "volunteer.kazakhstan@example.org"):
        assert as_user(email).get("/en/audit/").status_code == 403


def test_audit_log_page_costs_a_fixed_number_of_queries(as_user, query_counter):
    platform = as_user("platform@example.org")
    admin = as_user("admin.kyrgyzstan@example.org")
    admin.post_form("/en/s/kyrgyzstan/departments", {"name": "Department 0"})
    with query_counter() as few:
        platform.get("/en/audit/")
    for i in range(1, 7):
        admin.post_form("/ky/s/kyrgyzstan/departments", {"name": f"Department {i}"})
    admin.post_form("/en/s/kazakhstan/departments", {"name": "Not allowed"})
    with query_counter() as many:
        page = platform.get("/en/audit/").get_data(as_text=True)
    assert page.count("Department created") == 7
    assert many.count == few.count


# ------------------------------------------------------------------ each organization's own log



def _rows(page: str) -> list[str]:
    body = page.split('class="table table-sm align-middle audit-log"', 1)[1].split("</tbody>", 1)[0]
    return re.findall(r'<tr data-action="([\w.]+)">', body)


def _rename_department(client, slug, count=1):
    from helpers import department

    for i in range(count):
        client.post_form(f"/en/s/{slug}/departments/{department(slug).id}/rename", {"name": f"Renamed {i}"})


def test_an_admin_reads_what_changed_in_their_organization_only(as_user):
    from helpers import membership

    admin = as_user("admin.kyrgyzstan@example.org")
    m = membership("staff.kyrgyzstan@example.org", "kyrgyzstan")
    admin.post_form(f"/en/s/kyrgyzstan/members/{m.id}/role", {"role": "translator", "department": "0"})
    as_user("admin.kazakhstan@example.org").post_form("/en/s/kazakhstan/departments", {"name": "Almaty branch"})
    page = admin.get("/en/s/kyrgyzstan/audit").get_data(as_text=True)
    assert _rows(page)[0] == "member.role_changed"
    row = page.split('<tr data-action="member.role_changed">', 1)[1].split("</tr>", 1)[0]
    assert "role: staff → translator" in row and "127.0.0.1" in row and "Role changed" in row
    assert "Almaty branch" not in page and "department.created" not in _rows(page)[:1]


def test_the_coordinator_reads_every_organizations_log_other_members_do_not(as_user, anon):
    assert as_user("coordinator@example.org").get("/en/s/kazakhstan/audit").status_code == 200
    assert 'href="/en/s/kazakhstan/audit"' in as_user("coordinator@example.org").get(
        "/en/organizations/kazakhstan").get_data(as_text=True)
    for email in ("staff.kazakhstan@example.org", "translator.kazakhstan@example.org",
                  "volunteer.kazakhstan@example.org"):
        assert as_user(email).get("/en/s/kazakhstan/audit").status_code == 403
        assert as_user(email).get("/en/s/kazakhstan/audit.csv").status_code == 403
    for email in ("admin.kyrgyzstan@example.org", "platform@example.org"):
        assert as_user(email).get("/en/s/kazakhstan/audit").status_code == 404
    assert as_user("admin.kyrgyzstan@example.org").get("/en/s/atlantis/audit").status_code == 404
    assert anon.get("/en/s/kazakhstan/audit").status_code == 302


def test_filters_narrow_the_log_and_the_download_holds_the_same_rows(as_user):
    from helpers import user

    admin = as_user("admin.kyrgyzstan@example.org")
    _rename_department(admin, "kyrgyzstan", 3)
    admin.post_form("/en/s/kyrgyzstan/departments", {"name": "Press"})
    me = user("admin.kyrgyzstan@example.org")
    base = "/en/s/kyrgyzstan/audit"
    renamed = _rows(admin.get(f"{base}?action=department.renamed").get_data(as_text=True))
    assert renamed == ["department.renamed"] * 3
    kinds = set(_rows(admin.get(f"{base}?kind=Department&person={me.id}").get_data(as_text=True)))
    assert kinds == {"department.renamed", "department.created"}
    # The dates are days as the log shows them, in the app's time zone (not the server's UTC day).
    local_today = datetime.now(ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])).date()
    tomorrow = (local_today + timedelta(days=1)).isoformat()
    assert _rows(admin.get(f"{base}?since={tomorrow}").get_data(as_text=True)) == []
    today = _rows(admin.get(f"{base}?since={local_today.isoformat()}&until={local_today.isoformat()}")
                  .get_data(as_text=True))
    assert today[:4] == ["department.created"] + ["department.renamed"] * 3
    # Nonsense is ignored (the whole log), never an error page; the download says so.
    whole = _rows(admin.get(base).get_data(as_text=True))
    assert _rows(admin.get(f"{base}?person=abc&action=explode&since=yesterday").get_data(as_text=True)) == whole
    response = admin.get("/en/s/kyrgyzstan/audit.csv?action=department.renamed&since=someday")
    lines = list(csv.reader(io.StringIO(response.get_data().decode("utf-8-sig"))))
    assert ["Action: Department renamed"] in lines and ["From: someday (not applied)"] in lines
    header = lines.index(["When", "Who", "Action", "Kind of object", "Number", "Details", "Address"])
    assert [r[2] for r in lines[header + 1:]] == ["Department renamed"] * 3


def test_the_log_comes_in_pages_in_a_fixed_number_of_queries(as_user, query_counter):
    admin = as_user("admin.kyrgyzstan@example.org")
    _rename_department(admin, "kyrgyzstan", 2)
    with query_counter() as few:
        admin.get("/en/s/kyrgyzstan/audit")
    _rename_department(admin, "kyrgyzstan", 60)
    with query_counter() as many:
        page = admin.get("/en/s/kyrgyzstan/audit").get_data(as_text=True)
    assert len(_rows(page)) == 50 and 'rel="next"' in page
    assert many.count == few.count, (few.count, many.count)


def test_secrets_never_reach_the_log(as_user):
    from sqlalchemy import select

    from app.extensions import db
    from app.models import AuditEvent
    from app.services import audit
    from helpers import DEMO_PASSWORD, user

    staff = as_user("staff.kyrgyzstan@example.org")
    staff.post_form("/en/account/password", {"current_password": DEMO_PASSWORD, "password": "a-much-longer-secret-1",
                                             "confirm": "a-much-longer-secret-1"})
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "account.password_changed"))
    assert event is not None and "secret" not in str(event.changes)
    recorded = audit.record(user("staff.kyrgyzstan@example.org"), "account.profile_changed", user(
        "staff.kyrgyzstan@example.org"), None, password="x", calendar_token="y", full_name=["A", "B"])
    assert recorded.changes == {"password": "***", "calendar_token": "***", "full_name": ["A", "B"]}
    db.session.rollback()


def test_a_service_write_without_an_audit_event_is_caught(app, database, monkeypatch):
    """The guard every test runs under (tests/audit_guard.py): a service that commits a traced write
    without an audit event is reported."""
    from app.services import audit, tasks
    from campaign_helpers import regional_task
    from helpers import user

    task = regional_task()
    assert audit_guard.violations == []
    monkeypatch.setattr(audit, "record", lambda *args, **kwargs: None)
    tasks.comment(user("coordinator@example.org"), task, "No trace of this one")
    caught, audit_guard.violations[:] = list(audit_guard.violations), []
    assert caught == ["services/tasks.py:comment wrote ['TaskComment'] without an audit event"]

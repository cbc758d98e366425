"""The platform admin reads the audit log; nobody else does."""
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

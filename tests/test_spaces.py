"""A society's space: members, invitations, roles, deactivation, departments, settings."""
import re
from datetime import timedelta

from sqlalchemy import func, select

from app.extensions import db
from app.models import AuditEvent, Department, DepartmentTranslation, Invitation, Membership, User
from helpers import department, membership, org, user

ADMIN = "admin.kyrgyzstan@example.org"
STAFF = "staff.kyrgyzstan@example.org"


def _invite(client, email, role="staff", dept=0, lang="en"):
    return client.post_form(f"/{lang}/s/kyrgyzstan/members/invite",
                            {"email": email, "role": role, "department": str(dept)})


def test_admin_sees_space_profile_members_and_departments(as_user):
    admin = as_user(ADMIN)
    home = admin.get("/en/s/kyrgyzstan/").get_data(as_text=True)
    assert "Red Crescent Society of Kyrgyzstan" in home and "Communications" in home
    members = admin.get("/en/s/kyrgyzstan/members").get_data(as_text=True)
    for role in ("admin", "staff", "translator", "volunteer"):
        assert f"{role}.kyrgyzstan@example.org" in members
    assert "kazakhstan@example.org" not in members
    assert "Youth" in admin.get("/en/s/kyrgyzstan/departments").get_data(as_text=True)


def test_member_of_another_society_gets_404_for_the_space(as_user):
    other = as_user("admin.kazakhstan@example.org")
    for path in ("/", "/members", "/departments", "/settings"):
        assert other.get(f"/en/s/kyrgyzstan{path}").status_code == 404


def test_coordinator_gets_404_for_a_societys_private_pages(as_user):
    coordinator = as_user("coordinator@example.org")
    assert coordinator.get("/en/s/kyrgyzstan/members").status_code == 404


def test_unknown_space_is_404(as_user):
    assert as_user(ADMIN).get("/en/s/atlantis/").status_code == 404


def test_invite_new_person_accept_and_log_in(client, as_user, outbox):
    admin = as_user(ADMIN)
    response = _invite(admin, "New.Person@Example.org", role="translator", dept=department("kyrgyzstan").id,
                       lang="ky")
    assert response.status_code == 302
    assert outbox[-1].recipients == ["new.person@example.org"]
    listed = admin.get("/en/s/kyrgyzstan/members").get_data(as_text=True)
    assert "new.person@example.org" in listed  # pending invitation
    link = re.search(r"https?://[^/]+(/\S+)", outbox[-1].body).group(1)
    assert link.startswith("/ky/auth/invitation/")  # the invitation speaks the inviter's language
    page = client.get(link)
    assert page.status_code == 200 and "new.person@example.org" in page.get_data(as_text=True)
    accepted = client.post_form(link, {"full_name": "Нургуль Жумабаева", "password": "a-good-password",
                                       "confirm": "a-good-password"})
    assert accepted.status_code == 302 and "/s/kyrgyzstan/" in accepted.location
    m = membership("new.person@example.org", "kyrgyzstan")
    assert m.role == "translator" and m.department_id == department("kyrgyzstan").id
    assert client.get("/en/s/kyrgyzstan/").status_code == 200
    # Single use.
    client.post_form("/en/auth/logout")
    again = client.get(link.replace("/ky/", "/en/", 1))
    assert again.status_code == 410 and "already been used" in again.get_data(as_text=True)
    assert user("new.person@example.org").full_name == "Нургуль Жумабаева"


def test_invitation_expires_after_seven_days(client, as_user, outbox):
    _invite(as_user(ADMIN), "late@example.org")
    link = re.search(r"https?://[^/]+(/\S+)", outbox[-1].body).group(1)
    inv = db.session.scalar(select(Invitation))
    assert abs((inv.expires_at - inv.created_at).total_seconds() - 7 * 24 * 3600) < 60
    inv.expires_at = inv.created_at - timedelta(seconds=1)
    db.session.commit()
    response = client.post_form(link, {"full_name": "Late", "password": "a-good-password",
                                       "confirm": "a-good-password"})
    assert response.status_code == 410 and "expired" in response.get_data(as_text=True)
    assert user("late@example.org") is None


def test_an_existing_account_is_invited_and_joins_once_it_accepts_as_itself(client, as_user, outbox):
    admin = as_user(ADMIN)
    response = _invite(admin, "staff.kazakhstan@example.org", role="volunteer")
    assert response.status_code == 302
    assert "An invitation has been sent" in admin.get(response.location).get_data(as_text=True)
    assert membership("staff.kazakhstan@example.org", "kyrgyzstan") is None  # nobody is added unasked
    assert outbox[-1].recipients == ["staff.kazakhstan@example.org"]
    link = re.search(r"https?://[^/]+(/\S+)", outbox[-1].body).group(1)
    invited = as_user("staff.kazakhstan@example.org")
    page = invited.get(link).get_data(as_text=True)
    assert "You are logged in with this address" in page and 'name="password"' not in page
    assert invited.post_form(link).status_code == 302
    assert membership("staff.kazakhstan@example.org", "kyrgyzstan").role == "volunteer"
    assert membership("staff.kazakhstan@example.org", "kazakhstan").is_active


def test_inviting_a_current_member_is_refused_with_a_message(as_user):
    response = _invite(as_user(ADMIN), STAFF)
    assert response.status_code == 400
    assert "already a member" in response.get_data(as_text=True)


def test_invite_rejects_bad_input_and_changes_nothing(as_user):
    admin = as_user(ADMIN)
    before = db.session.scalar(select(func.count()).select_from(Invitation))
    for data in ({"email": "not-an-email", "role": "staff", "department": "0"},
                 {"email": "a" * 250 + "@example.org", "role": "staff", "department": "0"},
                 {"email": "ok@example.org", "role": "coordinator", "department": "0"},
                 {"email": "ok@example.org", "role": "staff", "department": "abc"},
                 {"email": "ok@example.org", "role": "staff", "department": str(department("kazakhstan").id)}):
        response = admin.post_form("/en/s/kyrgyzstan/members/invite", data)
        assert response.status_code in (400, 404), data
    assert db.session.scalar(select(func.count()).select_from(Invitation)) == before


def test_invite_rejected_in_russian_for_a_russian_page(as_user):
    response = as_user(ADMIN).post_form("/ru/s/kyrgyzstan/members/invite",
                                        {"email": "not-an-email", "role": "staff", "department": "0"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "Invalid email address." not in page


def test_admin_changes_role_and_department(as_user):
    admin = as_user(ADMIN)
    m = membership(STAFF, "kyrgyzstan")
    dept = db.session.scalars(select(Department).where(Department.organization_id == org("kyrgyzstan").id)
                              .order_by(Department.id)).all()[-1]
    response = admin.post_form(f"/en/s/kyrgyzstan/members/{m.id}/role", {"role": "admin", "department": dept.id})
    assert response.status_code == 302
    db.session.expire_all()
    assert m.role == "admin" and m.department_id == dept.id


def test_last_admin_cannot_be_demoted_or_deactivated(as_user):
    admin = as_user(ADMIN)
    m = membership(ADMIN, "kyrgyzstan")
    page = admin.post_form(f"/en/s/kyrgyzstan/members/{m.id}/role", {"role": "staff", "department": "0"},
                           follow_redirects=True).get_data(as_text=True)
    assert "at least one active admin" in page
    admin.post_form(f"/en/s/kyrgyzstan/members/{m.id}/deactivate")
    db.session.expire_all()
    assert m.role == "admin" and m.is_active


def test_deactivate_keeps_what_they_wrote_and_reactivate_restores(as_user):
    admin = as_user(ADMIN)
    m = membership(STAFF, "kyrgyzstan")
    events_before = db.session.scalar(select(func.count()).select_from(AuditEvent))
    assert admin.post_form(f"/en/s/kyrgyzstan/members/{m.id}/deactivate").status_code == 302
    db.session.expire_all()
    assert not m.is_active and user(STAFF) is not None
    assert "Deactivated" in admin.get("/en/s/kyrgyzstan/members").get_data(as_text=True)
    admin.post_form(f"/en/s/kyrgyzstan/members/{m.id}/reactivate")
    db.session.expire_all()
    assert m.is_active
    actions = db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()[events_before:]
    assert actions == ["member.deactivated", "member.reactivated"]


def test_staff_sees_members_but_gets_403_for_changes(as_user):
    staff = as_user(STAFF)
    assert staff.get("/en/s/kyrgyzstan/members").status_code == 200
    m = membership("volunteer.kyrgyzstan@example.org", "kyrgyzstan")
    assert staff.post_form(f"/en/s/kyrgyzstan/members/{m.id}/role",
                           {"role": "admin", "department": "0"}).status_code == 403
    assert staff.post_form(f"/en/s/kyrgyzstan/members/{m.id}/deactivate").status_code == 403
    assert _invite(staff, "x@example.org").status_code == 403
    assert staff.post_form("/en/s/kyrgyzstan/departments", {"name": "New"}).status_code == 403
    assert staff.get("/en/s/kyrgyzstan/settings").status_code == 403
    db.session.expire_all()
    assert m.role == "volunteer" and m.is_active


def test_revoke_pending_invitation(as_user, client, outbox):
    admin = as_user(ADMIN)
    _invite(admin, "maybe@example.org")
    link = re.search(r"https?://[^/]+(/\S+)", outbox[-1].body).group(1)
    inv = db.session.scalar(select(Invitation))
    assert admin.post_form(f"/en/s/kyrgyzstan/invitations/{inv.id}/revoke").status_code == 302
    assert client.get(link).status_code == 410


def test_departments_create_rename_remove(as_user):
    admin = as_user(ADMIN)
    kg = org("kyrgyzstan")
    assert admin.post_form("/ky/s/kyrgyzstan/departments", {"name": "Маалымат бөлүмү"}).status_code == 302
    dept = db.session.scalar(select(Department).join(DepartmentTranslation)
                             .where(DepartmentTranslation.name == "Маалымат бөлүмү"))
    assert dept.organization_id == kg.id and dept.source_locale == "ky"
    # Same name again is refused.
    again = admin.post_form("/ky/s/kyrgyzstan/departments", {"name": "маалымат бөлүмү"})
    assert again.status_code == 400
    # Renaming in English adds the English name and keeps the Kyrgyz one.
    admin.post_form(f"/en/s/kyrgyzstan/departments/{dept.id}/rename", {"name": "Information"})
    db.session.expire_all()
    assert {t.locale: t.name for t in dept.translations} == {"ky": "Маалымат бөлүмү", "en": "Information"}
    m = membership(STAFF, "kyrgyzstan")
    admin.post_form(f"/en/s/kyrgyzstan/members/{m.id}/role", {"role": "staff", "department": dept.id})
    dept_id = dept.id
    assert admin.post_form(f"/en/s/kyrgyzstan/departments/{dept_id}/delete").status_code == 302
    db.session.expire_all()
    assert db.session.get(Department, dept_id) is None
    assert membership(STAFF, "kyrgyzstan").is_active and membership(STAFF, "kyrgyzstan").department_id is None


def test_department_name_too_long_is_refused(as_user):
    admin = as_user(ADMIN)
    count = db.session.scalar(select(func.count()).select_from(Department))
    response = admin.post_form("/en/s/kyrgyzstan/departments", {"name": "x" * 201})
    assert response.status_code == 400 and "200" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(Department)) == count


def test_settings_share_emails_with_the_region(as_user):
    coordinator = as_user("coordinator@example.org")
    assert STAFF not in coordinator.get("/en/organizations/kyrgyzstan").get_data(as_text=True)
    admin = as_user(ADMIN)
    response = admin.post_form("/en/s/kyrgyzstan/settings", {
        "description": "We work in every province.", "default_locale": "ky",
        "working_locales": ["ky", "ru"], "share_member_emails": "y"})
    assert response.status_code == 302
    profile = coordinator.get("/en/organizations/kyrgyzstan").get_data(as_text=True)
    assert STAFF in profile and "We work in every province." in profile


def test_user_with_two_memberships_switches_spaces(as_user, outbox):
    admin = as_user(ADMIN)
    _invite(admin, "admin.kazakhstan@example.org", role="staff")
    both = as_user("admin.kazakhstan@example.org")
    both.post_form(re.search(r"https?://[^/]+(/\S+)", outbox[-1].body).group(1))
    home = both.get("/en/").get_data(as_text=True)
    assert "/en/s/kazakhstan/" in home and "/en/s/kyrgyzstan/" in home
    assert both.get("/en/s/kyrgyzstan/").status_code == 200
    assert both.get("/en/s/kazakhstan/").status_code == 200


def test_members_page_runs_a_fixed_number_of_queries(app, as_user, query_counter):
    admin = as_user(ADMIN)
    with query_counter() as few:
        admin.get("/en/s/kyrgyzstan/members")
    kg = org("kyrgyzstan")
    for i in range(15):
        person = User(email=f"extra{i}@example.org", full_name=f"Extra {i}", password_hash="x")
        db.session.add(Membership(user=person, organization=kg, role="volunteer",
                                  department_id=department("kyrgyzstan").id))
    db.session.commit()
    with query_counter() as many:
        page = admin.get("/en/s/kyrgyzstan/members").get_data(as_text=True)
    assert "extra14@example.org" in page
    assert many.count == few.count


def test_nobody_deactivates_themselves_and_deactivating_others_asks_first(as_user):
    from helpers import snapshot

    admin = as_user("admin.kyrgyzstan@example.org")
    own = membership("admin.kyrgyzstan@example.org", "kyrgyzstan")
    page = admin.get(f"/en/s/kyrgyzstan/members/{own.id}").get_data(as_text=True)
    assert f"/members/{own.id}/deactivate" not in page
    staff = membership("staff.kyrgyzstan@example.org", "kyrgyzstan")
    page = admin.get(f"/en/s/kyrgyzstan/members/{staff.id}").get_data(as_text=True)
    step = re.search(r'<details class="confirm-step">(.*?)</details>', page, re.S).group(1)
    assert "/deactivate" in step and "Yes, deactivate" in step  # behind a confirmation step
    assert f"/members/{staff.id}/deactivate" in step
    before = snapshot()
    refused = admin.post_form(f"/en/s/kyrgyzstan/members/{own.id}/deactivate", {})
    assert refused.status_code == 302 and snapshot() == before
    assert "You cannot deactivate yourself" in admin.get("/en/s/kyrgyzstan/members").get_data(as_text=True)


def test_declining_leaving_and_completing_are_confirmation_steps(as_user):
    from campaign_helpers import campaign

    admin = as_user("admin.kyrgyzstan@example.org")
    page = admin.get("/en/s/kyrgyzstan/campaigns").get_data(as_text=True)
    steps = re.findall(r'<details class="confirm-step">(.*?)</details>', page, re.S)
    assert steps and all('name="withdraw"' in s or 'name="decline"' in s for s in steps)
    outside = re.sub(r'<details class="confirm-step">.*?</details>', "", page, flags=re.S)
    assert 'name="withdraw"' not in outside and 'name="decline"' not in outside
    winter = campaign("Safe winter")
    workspace = as_user("coordinator@example.org").get(f"/en/campaigns/{winter.id}/").get_data(as_text=True)
    outside = re.sub(r'<details class="confirm-step">.*?</details>', "", workspace, flags=re.S)
    assert 'value="completed"' in workspace and 'value="completed"' not in outside


def test_members_list_is_a_list_and_each_member_is_edited_on_their_own_page(as_user):
    admin = as_user("admin.kyrgyzstan@example.org")
    page = admin.get("/en/s/kyrgyzstan/members").get_data(as_text=True)
    table = page[page.index("<table"):page.index("</table>")]
    # No form in any row (it made the table scroll sideways on a phone): a link to each member's page.
    assert "<form" not in table and "<select" not in table and 'class="table table-sm align-middle table-cards members"' in table
    staff = membership("staff.kyrgyzstan@example.org", "kyrgyzstan")
    assert f'href="/en/s/kyrgyzstan/members/{staff.id}"' in table
    edit = admin.get(f"/en/s/kyrgyzstan/members/{staff.id}").get_data(as_text=True)
    assert f'action="/en/s/kyrgyzstan/members/{staff.id}/role"' in edit and 'name="role"' in edit
    response = admin.post_form(f"/en/s/kyrgyzstan/members/{staff.id}/role",
                               {"role": "translator", "department": "0", "languages": ["tg", "ru"]})
    assert response.status_code == 302 and response.location.endswith("/en/s/kyrgyzstan/members")
    db.session.expire_all()
    assert staff.role == "translator" and sorted(staff.translation_locales) == ["ru", "tg"]
    # A bad value changes nothing and leads back to the member's page with the message.
    response = admin.post_form(f"/en/s/kyrgyzstan/members/{staff.id}/role", {"role": "emperor", "department": "0"})
    assert response.location.endswith(f"/en/s/kyrgyzstan/members/{staff.id}")
    db.session.expire_all()
    assert staff.role == "translator"
    # Members who may see the list but not change it get no links and a 403 on the page.
    volunteer = as_user("volunteer.kyrgyzstan@example.org")
    assert f"/members/{staff.id}\"" not in volunteer.get("/en/s/kyrgyzstan/members").get_data(as_text=True)
    assert volunteer.get(f"/en/s/kyrgyzstan/members/{staff.id}").status_code == 403
    # Another society's member: not found.
    other = membership("staff.kazakhstan@example.org", "kazakhstan")
    assert admin.get(f"/en/s/kyrgyzstan/members/{other.id}").status_code == 404

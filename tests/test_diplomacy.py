"""Humanitarian diplomacy: plans and their matrix (exact), XLSX read back, partners and the region's view."""
import io
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.demo.content import kyrgyzstan as KYRGYZ
from app.extensions import db
from app.i18n import text
from app.models import DiplomacyPlan, Partner
from app.services import ServiceError, partners, plans
from helpers import org, snapshot, user

KG_ADMIN, KG_STAFF, KG_VOLUNTEER = ("admin.kyrgyzstan@example.org", "staff.kyrgyzstan@example.org",
                                    "volunteer.kyrgyzstan@example.org")


@pytest.fixture(autouse=True)
def request_in_english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield


def _current_plan(slug="kyrgyzstan") -> DiplomacyPlan:
    """This year's plan of the society (the demo also holds last year's)."""
    return db.session.scalar(select(DiplomacyPlan).where(DiplomacyPlan.organization_id == org(slug).id,
                                                         DiplomacyPlan.year == date.today().year))


def _demo_activity(objective, activity) -> dict:
    """The English texts the demo gave one of the Kyrgyz plan's activities."""
    return KYRGYZ.PLAN["objectives"][objective]["activities"][activity]["title"]["en"]


def _departments(slug="kyrgyzstan"):
    return {d.translation("en").name: d for d in org(slug).departments}


def _plan(year=None, slug="kyrgyzstan"):
    return plans.create_plan(user(f"admin.{slug}@example.org"), org(slug), year=year or date.today().year + 1,
                             title="Plan", summary="", locale="en")


def test_matrix_is_exact_for_a_known_plan():
    p = _plan()
    admin, depts = user(KG_ADMIN), list(org("kyrgyzstan").departments)
    dialogue = plans.add_objective(admin, p, title="Dialogue", locale="en")
    youth = plans.add_objective(admin, p, title="Youth", locale="en")
    round_table = plans.add_activity(admin, dialogue, title="Round table", description="", quarters=[1],
                                     departments=[depts[0], depts[1]], locale="en")
    brief = plans.add_activity(admin, dialogue, title="Brief", description="", quarters=[2],
                               departments=[depts[1]], locale="en")
    lessons = plans.add_activity(admin, youth, title="Lessons", description="", quarters=[3, 4],
                                 departments=[depts[3]], locale="en")
    grid = plans.matrix(p, depts)
    assert grid["cells"] == {(depts[0].id, dialogue.id): [round_table],
                             (depts[1].id, dialogue.id): [round_table, brief],
                             (depts[3].id, youth.id): [lessons]}
    assert grid["shared"] == {dialogue.id}
    assert lessons.quarters == [3, 4]


def test_bad_plan_and_activity_input_changes_nothing():
    admin = user(KG_ADMIN)
    for year in (1990, date.today().year + 40):
        with pytest.raises(ServiceError):
            _plan(year=year)
    p = _plan()
    with pytest.raises(ServiceError):
        _plan(year=p.year)  # one plan a year
    objective = plans.add_objective(admin, p, title="Dialogue", locale="en")
    before = snapshot()
    dept = org("kyrgyzstan").departments[0]
    for kwargs in ({"departments": [], "quarters": [1]}, {"departments": [dept], "quarters": [5]},
                   {"departments": [dept], "quarters": []},
                   {"departments": [org("kazakhstan").departments[0]], "quarters": [1]}):
        with pytest.raises(ServiceError):
            plans.add_activity(admin, objective, title="X", description="", locale="en", **kwargs)
        db.session.rollback()
    assert snapshot() == before


def test_plan_pages_matrix_and_xlsx(as_user):
    p = _current_plan()
    admin = as_user(KG_ADMIN)
    page = admin.get(f"/en/s/kyrgyzstan/plans/{p.id}").get_data(as_text=True)
    assert "Points of contact" in page and _demo_activity(0, 1) in page
    response = admin.get(f"/en/s/kyrgyzstan/plans/{p.id}/matrix.xlsx")
    assert response.status_code == 200 and response.headers["Content-Disposition"].startswith("attachment")
    sheet = load_workbook(io.BytesIO(response.get_data())).active
    header = [c.value for c in sheet[2]][1:]
    # The second objective has no English yet: the sheet shows it in the society's fallback language.
    assert header == [text(o, "title", org("kyrgyzstan")) for o in p.objectives]
    assert header[1] == KYRGYZ.PLAN["objectives"][1]["title"]["ky"]
    rows = {r[0].value: [c.value for c in r[1:]] for r in sheet.iter_rows(min_row=3)}
    grid = plans.matrix(p, list(org("kyrgyzstan").departments))
    expected = {d.translation("en").name if d.translation("en") else None: [
        "\n".join(a.translation("en").title for a in grid["cells"].get((d.id, o.id), [])) or None
        for o in grid["objectives"]] for d in grid["departments"]}
    assert rows == expected
    assert any(_demo_activity(2, 0) in (v or "") for row in rows.values() for v in row)
    assert admin.get(f"/en/s/kyrgyzstan/plans/{p.id}/matrix").status_code == 200


def test_plans_are_the_societys_alone(as_user):
    p = _current_plan()
    for email in ("admin.kazakhstan@example.org", "coordinator@example.org", KG_VOLUNTEER):
        c = as_user(email)
        assert c.get(f"/en/s/kyrgyzstan/plans/{p.id}").status_code == 404, email
        assert c.get(f"/en/s/kyrgyzstan/plans/{p.id}/matrix.xlsx").status_code == 404, email
    staff = as_user(KG_STAFF)
    before = snapshot()
    assert staff.post_form(f"/en/s/kyrgyzstan/plans/{p.id}/approve").status_code == 403
    assert staff.post_form(f"/en/s/kyrgyzstan/plans/{p.id}/objectives", {"title": "Mine"}).status_code == 403
    assert snapshot() == before


def test_department_staff_update_their_activities_only(as_user):
    p = _current_plan()
    staff_dept = next(m.department_id for m in user(KG_STAFF).memberships)
    theirs = next(a for o in p.objectives for a in o.activities if staff_dept in {d.id for d in a.departments})
    other = next(a for o in p.objectives for a in o.activities if staff_dept not in {d.id for d in a.departments})
    staff = as_user(KG_STAFF)
    url = f"/en/s/kyrgyzstan/plans/{p.id}/activities/{{}}/status"
    assert staff.post_form(url.format(theirs.id), {"status": "done"}).status_code == 302
    db.session.expire_all()
    assert db.session.get(type(theirs), theirs.id).status == "done"
    assert staff.post_form(url.format(other.id), {"status": "done"}).status_code == 403


def test_partners_pipeline_duplicate_warning_and_region(as_user):
    admin = as_user(KG_ADMIN)
    page = admin.get("/en/s/kyrgyzstan/partners/").get_data(as_text=True)
    for stage in ("Identified", "Contacted", "Engaged", "Agreement"):
        assert stage in page
    blood_centre = KYRGYZ.PARTNERS[1]["name"]["ru"]  # a partner the demo society has already
    response = admin.post_form("/en/s/kyrgyzstan/partners/", {
        "name": blood_centre, "kind": "government", "stage": "identified", "shared": "y"}, follow_redirects=True)
    assert "already has a partner with this name" in response.get_data(as_text=True)
    assert len(partners.same_name(org("kyrgyzstan"), blood_centre.upper())) == 2  # warned, and both kept
    coordinator = as_user("coordinator@example.org")
    region = coordinator.get("/en/partners/").get_data(as_text=True)
    not_shared = next(p["name"]["en"] for p in KYRGYZ.PARTNERS if not p["shared"])
    assert KYRGYZ.PARTNERS[0]["name"]["en"] in region and not_shared not in region
    assert "Possibly the same partner" in region  # UNICEF's offices in two countries may be one partner
    assert as_user("admin.kazakhstan@example.org").get("/en/partners/").status_code == 404
    kz = as_user("admin.kazakhstan@example.org")
    kg_partner = db.session.scalar(select(Partner).where(Partner.organization_id == org("kyrgyzstan").id))
    assert kz.get(f"/en/s/kyrgyzstan/partners/{kg_partner.id}").status_code == 404
    assert kz.get(f"/en/s/kazakhstan/partners/{kg_partner.id}").status_code == 404


def test_lists_run_a_fixed_number_of_queries(as_user, query_counter):
    admin = as_user(KG_ADMIN)
    p = _current_plan()
    matrix_url = f"/en/s/kyrgyzstan/plans/{p.id}/matrix"
    with query_counter() as few:
        admin.get(matrix_url)
        admin.get("/en/s/kyrgyzstan/partners/")
    kg, owner = org("kyrgyzstan"), user(KG_ADMIN)
    depts = list(kg.departments)
    objective = p.objectives[0]
    for i in range(25):
        partners.save(owner, kg, None, name=f"Partner {i}", kind="ngo", stage="contacted", contact_person="",
                      channels="", next_step="", next_step_date=None, notes="", shared=False, campaigns=[],
                      locale="en")
        plans.add_activity(owner, objective, title=f"Extra {i}", description="", quarters=[1],
                           departments=depts[i % 4:i % 4 + 2], locale="en")
    with query_counter() as many:
        page = admin.get(matrix_url).get_data(as_text=True)
        partner_page = admin.get("/en/s/kyrgyzstan/partners/").get_data(as_text=True)
    assert "Extra 24" in page and "Partner 24" in partner_page
    assert many.count == few.count, (few.count, many.count)


def test_space_home_shows_plan_progress_next_steps_and_meetings(as_user):
    page = as_user(KG_ADMIN).get("/en/s/kyrgyzstan/").get_data(as_text=True)
    assert 'id="plan-progress"' in page and 'src="data:image/svg+xml;base64,' in page
    ongoing = sum(a["status"] == "ongoing" for o in KYRGYZ.PLAN["objectives"] for a in o["activities"])
    assert f'class="progress-ongoing">{ongoing}<' in page  # the demo plan's activities under way
    assert "Regional online consultation" in page
    volunteer = as_user(KG_VOLUNTEER).get("/en/s/kyrgyzstan/").get_data(as_text=True)
    assert 'id="plan-progress"' not in volunteer


def test_plan_goes_from_draft_to_approved_once_and_only_with_activities(as_user):
    p = _plan()
    admin = user(KG_ADMIN)
    with pytest.raises(ServiceError):
        plans.approve(admin, p)  # nothing planned yet
    objective = plans.add_objective(admin, p, title="Dialogue", locale="en")
    plans.add_activity(admin, objective, title="Talk", description="", quarters=[1],
                       departments=[org("kyrgyzstan").departments[0]], locale="en")
    client = as_user(KG_ADMIN)
    assert client.post_form(f"/en/s/kyrgyzstan/plans/{p.id}/approve").status_code == 302
    db.session.expire_all()
    assert db.session.get(DiplomacyPlan, p.id).status == "approved"
    with pytest.raises(ServiceError):
        plans.approve(admin, db.session.get(DiplomacyPlan, p.id))
    bad = client.post_form(f"/en/s/kyrgyzstan/plans/{p.id}/activities", {
        "objective": objective.id, "title": "No department", "quarters": ["1"]})
    assert bad.status_code == 400 and "at least one department" in bad.get_data(as_text=True)
    bad_quarter = client.post_form(f"/en/s/kyrgyzstan/plans/{p.id}/activities", {
        "objective": objective.id, "title": "Fifth", "quarters": ["5"],
        "departments": [org("kyrgyzstan").departments[0].id]})
    assert bad_quarter.status_code == 400


def test_xlsx_keeps_text_that_looks_like_a_formula_as_text(as_user):
    p = _plan()
    admin = user(KG_ADMIN)
    objective = plans.add_objective(admin, p, title="=HYPERLINK(\"http://evil\")", locale="en")
    plans.add_activity(admin, objective, title="+1+1", description="", quarters=[1],
                       departments=[org("kyrgyzstan").departments[0]], locale="en")
    response = as_user(KG_ADMIN).get(f"/en/s/kyrgyzstan/plans/{p.id}/matrix.xlsx")
    sheet = load_workbook(io.BytesIO(response.get_data())).active
    assert sheet.cell(row=2, column=2).data_type == "s"
    assert sheet.cell(row=2, column=2).value == "=HYPERLINK(\"http://evil\")"
    assert any(cell.value == "+1+1" and cell.data_type == "s" for row in sheet.iter_rows(min_row=3) for cell in row)


def test_plans_partners_and_meetings_are_translated_in_the_workflow(as_user):
    p = _current_plan()
    admin = as_user(KG_ADMIN)
    dashboard = admin.get("/en/s/kyrgyzstan/translations?content=activity&status=all").get_data(as_text=True)
    assert _demo_activity(0, 1) in dashboard
    activity = p.objectives[0].activities[1]  # written in Kyrgyz, translated into Russian and English
    url = f"/en/s/kyrgyzstan/translations/activity/{activity.id}/tg"
    assert admin.get(url).status_code == 200
    response = admin.post_form(url, {"title": "Гуфтушунид бо оператори алоқаи мобилӣ дар бораи SMS-огоҳиҳо",
                                     "description": "", "version": "0"})
    assert response.status_code == 302
    page = as_user(KG_ADMIN).get(f"/tg/s/kyrgyzstan/plans/{p.id}").get_data(as_text=True)
    assert "Гуфтушунид бо оператори алоқаи мобилӣ дар бораи SMS-огоҳиҳо" in page
    # Another society's plan is not theirs to translate, under either space.
    kz_plan = _current_plan("kazakhstan")
    before = snapshot()
    for slug in ("kazakhstan", "kyrgyzstan"):
        assert admin.post_form(f"/en/s/{slug}/translations/plan/{kz_plan.id}/ky",
                               {"title": "Hacked", "version": "0"}).status_code == 404
    assert snapshot() == before


def test_plans_and_meetings_pages_are_lists_first_with_forms_behind_a_button(as_user):
    admin = as_user(KG_ADMIN)
    for url, name in (("/en/s/kyrgyzstan/plans/", "plan"), ("/en/s/kyrgyzstan/meetings/", "meeting")):
        page = admin.get(url).get_data(as_text=True)
        assert f'<details class="add-form mb-3" id="add-{name}">' in page  # closed
        bad = admin.post_form(url, {"year": "abc", "title": "", "starts_at": "never"})
        assert bad.status_code == 400
        assert f'<details class="add-form mb-3" id="add-{name}" open>' in bad.get_data(as_text=True)
    # Volunteers see the lists without the button.
    volunteer = as_user("volunteer.kyrgyzstan@example.org").get("/en/s/kyrgyzstan/plans/").get_data(as_text=True)
    assert 'id="add-plan"' not in volunteer

"""A society member's home: what needs them now, by role; the counts are the lists they link to, nothing
of another society appears, and the page runs a fixed number of queries."""
import re

from app.services import materials, tasks
from helpers import day, org, user
from material_helpers import material

KG_ADMIN, KZ_STAFF = "admin.kyrgyzstan@example.org", "staff.kazakhstan@example.org"


def _section(page: str, slug: str) -> str:
    return page.split(f'class="attention border rounded p-3 mb-3" data-society="{slug}"', 1)[1].split("</section>")[0]


def _give(owner, assignee, title, **extra):
    values = {"campaign": None, "description": "", "priority": "normal", "due_date": day(3),
              "visibility": "organization", "assignee_user": None, "locale": "en", "may_backdate": True, **extra}
    return tasks.create(user(f"admin.{owner}@example.org"), owner_org=org(owner), assignee_org=org(assignee),
                        title=title, **values)


def test_an_admin_sees_what_to_accept_clear_and_chase(as_user):
    from campaign_helpers import campaign

    _give("kyrgyzstan", "kyrgyzstan", "Answer the ministry", due_date=day(-4))
    admin = as_user(KG_ADMIN)
    home = admin.get("/en/").get_data(as_text=True)
    mine = _section(home, "kyrgyzstan")
    assert "Tasks to accept or decline" in mine and "Answer the ministry" in mine
    overdue = re.search(r'<p class="overdue"><a href="([^"]+)">[^<]*: (\d+)</a>', mine)
    listed = admin.get(overdue.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert len(re.findall(r'href="/en/tasks/\d+"', listed.split("<tbody>", 1)[1])) == int(overdue.group(2))
    m = material(owner="kyrgyzstan", campaign=campaign("Safe winter"), title="Clearance please", locale="ky",
                 author="staff.kyrgyzstan@example.org")
    materials.submit(user("staff.kyrgyzstan@example.org"), m)
    assert "Clearance please" in _section(admin.get("/en/").get_data(as_text=True), "kyrgyzstan")
    assert "Answer the ministry" not in as_user("admin.kazakhstan@example.org").get("/en/").get_data(as_text=True)


def test_the_counts_to_accept_and_to_assign_are_the_filtered_lists_they_link_to(as_user):
    from app.models.task import OPEN
    from campaign_helpers import campaign

    winter = campaign("Safe winter")
    for i in range(12):  # more than the home lists by name
        _give("kazakhstan", "kyrgyzstan", f"From Almaty {i}", campaign=winter)
    accepted = _give("kazakhstan", "kyrgyzstan", "Accepted by nobody in particular", campaign=winter)
    tasks.transition(user(KG_ADMIN), accepted, "accept")
    _give("kyrgyzstan", "kazakhstan", "Given by Bishkek", campaign=winter)  # given, not received: neither to accept nor to assign
    admin = as_user(KG_ADMIN)
    section = _section(admin.get("/en/").get_data(as_text=True), "kyrgyzstan")
    for css, expected in (("to-accept", "From Almaty 11"), ("to-assign", "Accepted by nobody in particular")):
        found = re.search(rf'<h3 class="h6 {css}"><a href="([^"]+)">[^<]*: <span class="count">(\d+)</span>', section)
        listed = admin.get(found.group(1).replace("&amp;", "&")).get_data(as_text=True).split("<tbody>", 1)[1]
        rows = re.findall(r'href="/en/tasks/(\d+)"', listed)
        assert len(rows) == int(found.group(2)) and expected in listed
        assert "Given by Bishkek" not in listed
    to_accept = int(re.search(r'to-accept"><a [^>]*>[^<]*: <span class="count">(\d+)', section).group(1))
    assert to_accept >= 12 and section.count("From Almaty") == 10  # the first ten by name, all of them counted
    from app.extensions import db
    from app.models import Task

    received = db.session.query(Task).filter_by(assignee_org_id=org("kyrgyzstan").id, status=OPEN).count()
    assert to_accept == received


def test_admins_and_staff_follow_their_plan_volunteers_do_not(as_user):
    from app.policy import current_plan

    admin = user(KG_ADMIN)
    plan = current_plan(admin, org("kyrgyzstan"))
    statuses = [a.status for o in plan.objectives for a in o.activities]
    for email in (KG_ADMIN, "staff.kyrgyzstan@example.org"):
        section = _section(as_user(email).get("/en/").get_data(as_text=True), "kyrgyzstan")
        progress = section.split('class="plan-progress"', 1)[1].split("</p>", 1)[0]
        assert f"/plans/{plan.id}" in progress
        for status in set(statuses):
            assert re.search(rf'class="progress-{status}">{statuses.count(status)}<', progress), status
    volunteer = _section(as_user("volunteer.kyrgyzstan@example.org").get("/en/").get_data(as_text=True),
                         "kyrgyzstan")
    assert "plan-progress" not in volunteer


def test_staff_see_their_tasks_and_material_sent_back(as_user):
    task = _give("kazakhstan", "kazakhstan", "Print the leaflets", assignee_user=user(KZ_STAFF))
    m = material(owner="kazakhstan", audience="volunteers", title="Draft leaflet", locale="kk")
    materials.submit(user(KZ_STAFF), m)
    materials.send_back(user("admin.kazakhstan@example.org"), m, "Use the new logo")
    section = _section(as_user(KZ_STAFF).get("/en/").get_data(as_text=True), "kazakhstan")
    assert f"/en/tasks/{task.id}" in section and "Draft leaflet" in section and "Use the new logo" in section
    assert "Tasks to accept or decline" not in section  # the admin's to answer


def test_a_volunteer_sees_running_campaigns_and_no_task_figures(as_user):
    section = _section(as_user("volunteer.kyrgyzstan@example.org").get("/en/").get_data(as_text=True),
                       "kyrgyzstan")
    assert "Campaigns running now" in section and "/pack/en.zip" in section
    assert "/tasks/" not in section and "Overdue" not in section
    given = _give("kyrgyzstan", "kyrgyzstan", "Hand out leaflets at the market",
                  assignee_user=user("volunteer.kyrgyzstan@example.org"))
    section = _section(as_user("volunteer.kyrgyzstan@example.org").get("/en/").get_data(as_text=True),
                       "kyrgyzstan")
    assert re.findall(r'href="/en/tasks/(\d+)"', section) == [str(given.id)]  # theirs, and only theirs


def test_the_admins_home_runs_a_fixed_number_of_queries(as_user, query_counter):
    admin = as_user(KG_ADMIN)
    admin.get("/en/")
    with query_counter() as few:
        admin.get("/en/")
    for i in range(8):
        _give("kyrgyzstan", "kyrgyzstan", f"Extra {i}", due_date=day(-1 - i))
        material(owner="kyrgyzstan", title=f"Leaflet {i}", locale="ky", author="staff.kyrgyzstan@example.org")
    with query_counter() as many:
        page = admin.get("/en/").get_data(as_text=True)
    assert "Extra 7" in page
    assert many.count == few.count, (few.count, many.count)


def _queue_count(page: str) -> int:
    """How many items the translation queue lists (on all its pages)."""
    found = re.search(r'class="small text-muted queue-count" data-count="(\d+)"', page)
    return int(found.group(1)) if found else 0


def test_a_translator_sees_the_work_in_their_languages_as_the_dashboard_counts_it(as_user):
    translator = as_user("translator.kyrgyzstan@example.org")  # translates into ru, en, tg and uz
    section = _section(translator.get("/en/").get_data(as_text=True), "kyrgyzstan")
    work = re.findall(r'<li data-locale="(\w+)"><a href="([^"]+)"[^>]*>[^<]+</a>: <a class="missing" href="([^"]+)">'
                      r'[^<]* (\d+)</a> · <a class="incomplete" href="[^"]+">[^<]* (\d+)</a> · '
                      r'<a class="outdated" href="[^"]+">[^<]* (\d+)</a>', section)
    assert sorted(locale for locale, *_ in work) == ["en", "ru", "tg", "uz"]
    for locale, href, missing_href, missing, incomplete, outdated in work:
        dashboard = translator.get(href.replace("&amp;", "&")).get_data(as_text=True)
        counts = re.findall(r'<td class="counts"[^>]*>([\d,]+) /', dashboard)  # items: missing, outdated, draft, reviewed
        assert [int(c.replace(",", "")) for c in counts[:2]] == [int(missing), int(outdated)]
        assert re.search(r'<td class="counts-items"[^>]*>([\d,]+)</td>', dashboard).group(1) == incomplete
        listed = translator.get(missing_href.replace("&amp;", "&")).get_data(as_text=True)
        assert _queue_count(listed) == int(missing)  # one language asked for: an item is one badge
        assert set(re.findall(r'data-locale="(\w+)" data-state="(\w+)"', listed)) <= {(locale, "missing")}
    assert any(int(m) or int(o) for *_rest, m, _i, o in work)

"""The regional office's dashboard: its numbers are the lists they link to, it runs a fixed number of
queries however many campaigns and tasks there are, and nobody outside the regional office sees it."""
import re

from sqlalchemy import select

from app.extensions import db
from app.models import Material
from app.models.material import SUBMITTED
from app.services import campaigns, tasks
from campaign_helpers import campaign, participation
from helpers import day, org, user

COORDINATOR = "coordinator@example.org"


def _rows(page: str) -> int:
    """Task rows in a task list page."""
    return len(re.findall(r'href="/en/tasks/\d+"', page))


def _number(html: str, pattern: str) -> int:
    return int(re.search(pattern, html, re.S).group(1))


def test_the_coordinator_lands_on_the_region_and_others_never_see_it(as_user, anon, demo_hash):
    home = as_user(COORDINATOR).get("/en/").get_data(as_text=True)
    assert "region-dashboard" in home and "Safe winter" in home
    for email in ("admin.kyrgyzstan@example.org", "staff.kazakhstan@example.org",
                  "volunteer.kyrgyzstan@example.org"):
        member = as_user(email)
        assert "region-dashboard" not in member.get("/en/").get_data(as_text=True)
        assert member.get("/en/region/").status_code == 404
    assert anon.get("/en/region/").status_code == 302
    from app.models import Membership, User

    db.session.add(Membership(user=User(email="staff.region@example.org", full_name="Regional staff",
                                        password_hash=demo_hash), organization=org("ifrc-central-asia"), role="staff"))
    db.session.commit()
    assert as_user("staff.region@example.org").get("/en/region/").status_code == 200  # the whole office sees it


def test_the_numbers_are_the_lists_they_link_to(as_user):
    coordinator = as_user(COORDINATOR)
    winter = campaign("Safe winter")
    page = coordinator.get("/en/region/").get_data(as_text=True)
    article = page.split(f'id="campaign-{winter.id}"', 1)[1].split("</article>", 1)[0]
    kg = org("kyrgyzstan")
    row = article.split(f'<tr class="society" data-society="{kg.slug}"', 1)[1].split("</tr>", 1)[0]
    overdue_link = re.search(r'<td class="overdue"><a href="([^"]+)">(\d+)</a>', row)
    listed = coordinator.get(overdue_link.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert _rows(listed) == int(overdue_link.group(2))
    by_status = re.findall(r'<a href="([^"]+)">[^<:]+: (\d+)</a>', row.split('class="tasks"', 1)[1])
    assert len(by_status) >= 2
    for href, label_count in by_status:
        assert _rows(coordinator.get(href.replace("&amp;", "&")).get_data(as_text=True)) == int(label_count)
    waiting = _number(article, r'class="waiting-clearance"[^>]*>(\d+)<')
    assert waiting == len([m for m in db.session.scalars(select(Material).where(
        Material.campaign_id == winter.id, Material.clearance == SUBMITTED))])
    section = page.split('class="col-md-6 overdue-by-society"', 1)[1].split("</section>", 1)[0]
    per_society = re.findall(r'<a href="([^"]+)">[^<]+: (\d+)</a>', section)
    assert per_society
    for href, count in per_society:
        assert _rows(coordinator.get(href.replace("&amp;", "&")).get_data(as_text=True)) == int(count)


def test_the_dashboard_runs_a_fixed_number_of_queries(as_user, query_counter):
    coordinator = as_user(COORDINATOR)
    with query_counter() as few:
        coordinator.get("/en/region/")
    actor = user(COORDINATOR)
    for i in range(4):
        c = campaigns.create(actor, org("ifrc-central-asia"), scope="regional", title=f"Extra {i}", summary="",
                             body="", start_date=day(-10), end_date=day(60), audiences=[], hashtags="",
                             is_public=False, locale="en")
        campaigns.change_status(actor, c, "active")
        campaigns.invite(actor, c, [org("kazakhstan"), org("kyrgyzstan")])
        campaigns.join(user("admin.kyrgyzstan@example.org"), participation(c, "kyrgyzstan"))
        for n in range(3):
            tasks.create(actor, owner_org=org("ifrc-central-asia"), assignee_org=org("kyrgyzstan"), campaign=c,
                         title=f"Task {i}.{n}", description="", priority="normal", due_date=day(-3 - n),
                         visibility="campaign", assignee_user=None, locale="en", may_backdate=True)
    with query_counter() as many:
        page = coordinator.get("/en/region/").get_data(as_text=True)
    assert "Extra 3" in page
    assert many.count == few.count, (few.count, many.count)


def test_the_boards_society_and_overdue_filters_ignore_values_they_do_not_know(as_user):
    coordinator = as_user(COORDINATOR)
    winter = campaign("Safe winter")
    def page(query=""):
        response = coordinator.get(f"/en/campaigns/{winter.id}/board?{query}")
        assert response.status_code == 200, query
        # Leave out what differs between two requests of one page: its own address and the form tokens.
        return re.sub(r'name="next" value="[^"]*"|<input[^>]*csrf_token[^>]*>', "", response.get_data(as_text=True))

    page()  # the login's welcome message is shown once, here
    whole = page()
    for query in ("society=abc", "society=999999", "due=someday", "status=nonsense&society=-1"):
        assert page(query) == whole, query
    kg = org("kyrgyzstan")
    mine = coordinator.get(f"/en/campaigns/{winter.id}/board?society={kg.id}").get_data(as_text=True)
    assert "Red Crescent Society of Kyrgyzstan" in mine.split("<h1", 1)[1].split("</h1>", 1)[0]


def test_the_region_workbook_holds_what_the_dashboard_shows(as_user):
    import io

    from openpyxl import load_workbook

    coordinator = as_user(COORDINATOR)
    page = coordinator.get("/en/region/").get_data(as_text=True)
    response = coordinator.get("/en/region.xlsx")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.get_data()))
    winter = book["Safe winter"]
    rows = [list(r) for r in winter.iter_rows(values_only=True)]
    header = next(r for r in rows if r and r[0] == "Indicator")
    people = next(r for r in rows if r and r[0] == "People reached")
    total = people[header.index("Regional total")]
    assert isinstance(total, int) and f">{total:,}<" in page  # the same total as on the dashboard
    assert sum(v for v in people[2:header.index("Regional total")]) == total
    overdue_rows = [r for r in book["Overdue tasks"].iter_rows(values_only=True)][1:]
    assert len(overdue_rows) == _rows(coordinator.get("/en/tasks/overdue").get_data(as_text=True))
    coverage = {r[0]: r for r in book.worksheets[-1].iter_rows(values_only=True)}
    assert "Русский" in coverage and "Тоҷикӣ" in coverage
    backlog = page.split('class="table table-sm backlog"', 1)[1]
    tajik = re.search(r'data-locale="tg">.*?class="missing"><a [^>]*>(\d+)<', backlog, re.S).group(1)
    assert coverage["Тоҷикӣ"][1] == int(tajik)
    for email in ("admin.kyrgyzstan@example.org", "volunteer.kazakhstan@example.org"):
        assert as_user(email).get("/en/region.xlsx").status_code == 404



def _queue_count(page: str) -> int:
    """How many items the translation queue lists (on all its pages)."""
    found = re.search(r'class="small text-muted queue-count" data-count="(\d+)"', page)
    return int(found.group(1)) if found else 0


def _backlog(page: str, locale: str, state: str) -> tuple[int, str]:
    """The region dashboard's count of `state` texts in `locale`, and where it links."""
    backlog = page.split('class="table table-sm backlog"', 1)[1]
    found = re.search(rf'data-locale="{locale}">.*?class="{state}"><a href="([^"]+)">(\d+)<', backlog, re.S)
    return int(found.group(2)), found.group(1).replace("&amp;", "&")


def test_the_translation_backlog_counts_everything_the_coordinator_sees_as_the_list_shows_it(as_user):
    from material_helpers import material

    coordinator = as_user(COORDINATOR)
    before, link = _backlog(coordinator.get("/en/").get_data(as_text=True), "tg", "missing")
    assert link == "/en/translations/?language=tg&status=missing"
    listed = coordinator.get(link).get_data(as_text=True)
    assert _queue_count(listed) == before
    assert 'data-state="outdated"' not in listed and 'data-locale="ru"' not in listed

    # A society's material for a regional campaign counts; a society's material for itself alone (its own
    # business) neither counts nor shows.
    material(owner="kyrgyzstan", campaign=campaign("Safe winter"), audience="participants",
             title="Backlog leaflet", locale="ky")
    material(owner="kazakhstan", title="Private memo", locale="kk", audience="organization")
    after, link = _backlog(coordinator.get("/en/").get_data(as_text=True), "tg", "missing")
    assert after == before + 1
    listed = coordinator.get(link).get_data(as_text=True)
    assert _queue_count(listed) == after
    materials = coordinator.get(link + "&content=material").get_data(as_text=True)  # the list comes in pages
    assert "Backlog leaflet" in materials and "Red Crescent Society of Kyrgyzstan" in materials
    assert "Private memo" not in materials
    # Unknown filter values show the whole list, never an error.
    assert coordinator.get("/en/translations/?language=xx&status=lost").status_code == 200


def test_each_societys_share_of_an_indicator_is_its_reports_against_its_target(as_user):
    from app.services import indicators

    winter = campaign("Safe winter")
    page = as_user(COORDINATOR).get("/en/region/").get_data(as_text=True)
    article = page.split(f'id="campaign-{winter.id}"', 1)[1].split("</article>", 1)[0]
    people = next(i for i in winter.indicators if i.regional_target == 50000)
    row = article.split(f'<tr data-indicator="{people.id}">', 1)[1].split("</tr>", 1)[0]
    rollup = indicators.rollup(people, {p.organization_id: p.organization for p in winter.participations})
    assert len(rollup.shares) == 3
    for share in rollup.shares:  # the number as text, against the society's target, with a bar
        cell = row.split(f'<td class="share" data-society="{share.organization.slug}">', 1)[1].split("</td>", 1)[0]
        assert cell.startswith(f"{share.total:,.0f}") and f"/ {share.target:,.0f}" in cell and "<svg" in cell
    assert f'<td class="total">{rollup.total:,.0f}' in row

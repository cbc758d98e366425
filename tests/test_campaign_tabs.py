"""The campaign workspace in tabs: one address per tab, read first (the add forms behind their buttons),
the closing actions in a menu, each society against its own target apart from its share of the region,
charts that write dates as the tables do and counts in whole numbers, and a fixed cost per tab."""
import re
from decimal import Decimal

import pytest

from app.services import campaigns, indicators
from campaign_helpers import campaign, grow_safe_winter, participation
from helpers import day, iso, org, snapshot, user

COORDINATOR = "coordinator@example.org"
KZ_ADMIN = "admin.kazakhstan@example.org"
KZ_STAFF = "staff.kazakhstan@example.org"
WINTER, BLOOD = "Safe winter", "Blood donation month"
TABS = ("", "societies", "indicators", "material", "timeline", "news")
# The action of each add form, and the tab it belongs to.
FORMS = {"societies": "/invite", "indicators": "/indicators", "timeline": "/milestones", "news": "/updates"}


@pytest.fixture(autouse=True)
def english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield


def _page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def _main(page: str) -> str:
    return page[page.index("<main"):page.index("</main>")]


def _details(page: str, element_id: str) -> str:
    match = re.search(rf'<details[^>]*id="{element_id}"[^>]*>', page)
    assert match, element_id
    return match.group(0)


def _tajikistan_leaves(winter):
    """Every society takes part in Safe winter: one leaves, so there is someone to invite."""
    campaigns.withdraw(user("admin.tajikistan@example.org"), participation(winter, "tajikistan"), "Floods.")


def test_every_tab_answers_a_participant_and_hides_from_a_stranger(as_user):
    winter, blood = campaign(WINTER), campaign(BLOOD)  # Blood donation month: Kyrgyzstan's own
    staff, kz = as_user(KZ_STAFF), as_user(KZ_ADMIN)
    for tab in TABS:
        assert staff.get(f"/en/campaigns/{winter.id}/{tab}").status_code == 200, tab
        assert kz.get(f"/en/campaigns/{blood.id}/{tab}").status_code == 404, tab
        assert as_user(COORDINATOR).get(f"/en/campaigns/{blood.id}/{tab}").status_code == 404, tab
    assert as_user("admin.kyrgyzstan@example.org").get(f"/en/campaigns/{blood.id}/news").status_code == 200
    assert staff.get(f"/en/campaigns/{winter.id}/nonsense").status_code == 404
    assert staff.get("/en/campaigns/999999/indicators").status_code == 404


def test_the_tab_strip_is_links_with_the_current_one_marked(as_user):
    winter = campaign(WINTER)
    c = as_user(COORDINATOR)
    for tab in TABS:
        page = _page(c, f"/en/campaigns/{winter.id}/{tab}")
        nav = re.search(r'<nav class="campaign-tabs"[^>]*>(.*?)</nav>', page, re.S).group(1)
        links = re.findall(r'<a ([^>]*)>', nav)
        assert len(links) == len(TABS)  # plain links: each tab works without script
        current = [a for a in links if 'aria-current="page"' in a]
        assert len(current) == 1 and f'data-tab="{tab or "overview"}"' in current[0]
        assert f'href="/en/campaigns/{winter.id}/{tab}"' in current[0]


def test_each_tab_holds_its_own_content_and_only_its_own_form(as_user):
    winter = campaign(WINTER)
    _tajikistan_leaves(winter)
    c = as_user(COORDINATOR)
    pages = {tab or "overview": _main(_page(c, f"/en/campaigns/{winter.id}/{tab}")) for tab in TABS}
    for tab, page in pages.items():
        for form_tab, action in FORMS.items():
            posts_here = f'action="/en/campaigns/{winter.id}{action}"' in page
            assert posts_here == (tab == form_tab), (tab, action)
    assert "Key figures" in pages["overview"] and "13,850" in pages["overview"]
    assert "Red Crescent Society of Tajikistan" in pages["societies"] and 'id="participants"' in pages["societies"]
    assert "People reached" in pages["indicators"] and "report-downloads" in pages["indicators"]
    assert "Safe winter poster" in pages["material"] and "pack/ru.zip" in pages["material"]
    assert "International Volunteer Day" in pages["timeline"] and "milestones.ics" in pages["timeline"]
    assert 'data-update="' in pages["news"]
    assert 'data-update="' not in pages["overview"] and "International Volunteer Day" not in pages["overview"]
    assert 'id="participants"' not in pages["overview"] and "report-downloads" not in pages["overview"]


def test_the_add_forms_are_closed_until_they_come_back_with_errors(as_user):
    winter = campaign(WINTER)
    _tajikistan_leaves(winter)
    c = as_user(COORDINATOR)
    for tab, element in (("societies", "add-invite"), ("indicators", "add-indicator"), ("timeline", "add-milestone"),
                         ("news", "add-update")):
        closed = _details(_page(c, f"/en/campaigns/{winter.id}/{tab}"), element)
        assert " open" not in closed, tab
    before = snapshot()
    for action, data, element in (("/milestones", {"on_date": iso(3), "kind": "other", "title": ""}, "add-milestone"),
                                  ("/indicators", {"name": "", "unit": "people"}, "add-indicator"),
                                  ("/updates", {"body": "", "organization": org("ifrc-central-asia").id}, "add-update")):
        response = c.post_form(f"/en/campaigns/{winter.id}{action}", data)
        assert response.status_code == 400, action
        page = response.get_data(as_text=True)
        assert " open" in _details(page, element), action  # the form is shown again, open, with its message
        assert "invalid-feedback" in page or "alert-danger" in page, action
    assert snapshot() == before


def test_a_posted_form_comes_back_to_its_tab(as_user):
    winter = campaign(WINTER)
    c = as_user(COORDINATOR)
    base = f"/en/campaigns/{winter.id}"
    done = c.post_form(f"{base}/milestones", {"on_date": iso(3), "kind": "other", "title": "Press day"})
    assert done.status_code == 302 and done.location.endswith(f"{base}/timeline")
    assert "Press day" in _page(c, done.location)
    done = c.post_form(f"{base}/updates", {"body": "Posters are up.", "organization": org("ifrc-central-asia").id})
    assert done.status_code == 302 and done.location.endswith(f"{base}/news")
    done = c.post_form(f"{base}/indicators", {"name": "Schools", "unit": "events", "regional_target": "10"})
    assert done.status_code == 302 and done.location.endswith(f"{base}/indicators")
    people = winter.indicators[0]
    done = as_user(KZ_STAFF).post_form(f"{base}/indicators/{people.id}/reports", {
        "participation": participation(winter, "kazakhstan").id, "period_date": iso(-2), "value": "5"})
    assert done.status_code == 302 and done.location.endswith(f"{base}/indicators")
    milestone = campaign(WINTER).milestones[0]
    done = c.post_form(f"{base}/milestone/{milestone.id}/remove", {})
    assert done.status_code == 302 and done.location.endswith(f"{base}/timeline")
    _tajikistan_leaves(campaign(WINTER))
    done = c.post_form(f"{base}/invite", {"societies": [org("tajikistan").id]})
    assert done.status_code == 302 and done.location.endswith(f"{base}/societies")
    done = c.post_form(f"{base}/status", {"status": "completed"})
    assert done.status_code == 302 and done.location.endswith(f"{base}/")


def test_the_overview_leads_with_new_task_and_keeps_closing_in_a_menu(as_user):
    winter = campaign(WINTER)
    page = _main(_page(as_user(COORDINATOR), f"/en/campaigns/{winter.id}/"))
    actions = re.search(r'<div class="[^"]*campaign-actions[^"]*">(.*?)\n</div>', page, re.S).group(1)
    menu = re.search(r'<details class="more-actions">.*</details>', actions, re.S).group(0)
    outside = actions.replace(menu, "")
    filled = re.findall(r'<(?:a|button)[^>]*class="btn(?: btn-sm)? btn-(?:danger|primary|success)[^"]*"[^>]*>([^<]*)<',
                        outside)
    assert filled == ["New task"]  # the one strong button out in the open
    assert "Mark as completed" in menu and 'value="completed"' in menu and 'value="completed"' not in outside
    assert '<details class="confirm-step">' in menu  # and still a confirmation step inside the menu
    assert "Public page" in page
    # A joined society's staff reads the overview without the coordinator's actions.
    staff = _main(_page(as_user(KZ_STAFF), f"/en/campaigns/{winter.id}/"))
    assert "more-actions" not in staff and "Mark as completed" not in staff
    assert "Edit the local adaptation" in staff  # the society's own participation


def test_each_society_against_its_target_and_its_share_apart(as_user):
    winter = campaign(WINTER)
    people = winter.indicators[0]
    targets = {t.organization.slug: t.target for t in people.targets}
    page = _main(_page(as_user(COORDINATOR), f"/en/campaigns/{winter.id}/indicators"))
    article = re.search(rf'<article[^>]*id="indicator-{people.id}".*?</article>', page, re.S).group(0)
    progress = re.search(r'<ul class="list-unstyled society-progress">.*?</ul>', article, re.S).group(0)
    kz = re.search(r'<li[^>]*data-society="kazakhstan".*?</li>', progress, re.S).group(0)
    assert targets["kazakhstan"] == Decimal(20000)
    assert re.search(r'<progress[^>]*max="20000(\.0+)?"[^>]*value="7300(\.0+)?"', kz)
    assert "7,300 of 20,000 (36%)" in kz  # the numbers written out, against its own target
    assert "53%" not in progress  # its share of the region (7,300 of 13,850) is not there
    shares = re.search(r'<table[^>]*regional-shares.*?</table>', article, re.S).group(0)
    assert "Share of the regional total" in shares
    row = re.search(r"<tr><td[^>]*>Red Crescent Society of Kazakhstan</td>.*?</tr>", shares, re.S).group(0)
    assert "53%" in row and "20,000" not in row  # the share, labelled as share, with no target beside it
    for slug in ("kazakhstan", "kyrgyzstan", "tajikistan"):  # every society with a target has its bar
        if slug in targets:
            assert f'data-society="{slug}"' in progress


def test_a_society_with_a_target_and_no_report_shows_an_empty_bar(as_user):
    winter = campaign(WINTER)
    indicators.add(user(COORDINATOR), winter, name="Schools visited", unit="events", regional_target="40",
                   society_targets={org("tajikistan"): "12"}, locale="en")
    page = _main(_page(as_user(COORDINATOR), f"/en/campaigns/{winter.id}/indicators"))
    article = re.search(r'<article(?:(?!</article>).)*Schools visited.*?</article>', page, re.S).group(0)
    assert re.search(r'<li[^>]*data-society="tajikistan".*?<progress[^>]*max="12(\.0+)?"[^>]*value="0"', article,
                     re.S)
    assert "0 of 12 (0%)" in article


def _svg_texts(svg: str, axis: str) -> list[str]:
    group = re.search(rf'<g class="axis {axis}[^"]*">(.*?)</g></g>(?=<g class="axis|<g class="series|<g)', svg, re.S)
    return re.findall(r"<text[^>]*>([^<]*)</text>", group.group(1))


@pytest.mark.parametrize("lang", ["ru", "en", "ky"])
def test_the_trend_chart_writes_dates_as_the_tables_do(as_user, lang):
    from flask_babel import force_locale

    from app import formatting

    winter = campaign(WINTER)
    people = winter.indicators[0]
    c = as_user(COORDINATOR)
    svg = c.get(f"/{lang}/campaigns/{winter.id}/indicators/{people.id}/trend.svg").get_data(as_text=True)
    page = _page(c, f"/{lang}/campaigns/{winter.id}/indicators")
    labels = _svg_texts(svg, "x")
    dates = sorted({r.period_date for r in people.reports})
    with force_locale(lang):
        expected = [formatting.day(d) for d in dates]
    assert labels == expected
    assert all(re.search(r"\b20\d\d\b", label) for label in labels)  # a four-digit year
    for label in labels:
        assert f"<td>{label}</td>" in page  # the same text as the table of reports by date


def test_counts_get_whole_number_ticks(as_user):
    winter = campaign(WINTER)
    indicator = indicators.add(user(COORDINATOR), winter, name="Schools visited", unit="events",
                               regional_target=None, society_targets={}, locale="en")
    kz = participation(campaign(WINTER), "kazakhstan")
    for offset, value in ((-5, 1), (-4, 1), (-3, 1)):
        indicators.report(user(KZ_ADMIN), indicator, kz, period_date=day(offset), value=value, note="")
    svg = as_user(COORDINATOR).get(
        f"/en/campaigns/{winter.id}/indicators/{indicator.id}/trend.svg").get_data(as_text=True)
    ticks = _svg_texts(svg, "y")
    assert ticks and all(re.fullmatch(r"\d+", t) for t in ticks), ticks  # no 0.2 … 2.8
    assert ticks[0] == "0" and int(ticks[-1]) >= 3


def test_the_whole_ticks_are_round_steps():
    from app.campaigns.charts import whole_ticks

    assert whole_ticks(3) == [0, 1, 2, 3]
    assert whole_ticks(2.2) == [0, 1, 2, 3]
    assert whole_ticks(17) == [0, 5, 10, 15, 20]
    assert whole_ticks(13850) == [0, 2000, 4000, 6000, 8000, 10000, 12000, 14000]
    assert whole_ticks(0) == [0, 1]


def test_the_pie_legend_has_a_line_for_each_society_inside_the_picture(as_user):
    winter = campaign(WINTER)
    svg = as_user(COORDINATOR).get(
        f"/en/campaigns/{winter.id}/indicators/{winter.indicators[0].id}/share.svg").get_data(as_text=True)
    height = float(re.search(r'<svg[^>]*height="([\d.]+)"', svg).group(1)) if re.search(
        r'<svg[^>]*height="([\d.]+)"', svg) else 420.0
    legends = re.search(r'<g transform="translate\(([\d.]+), ([\d.]+)\)" class="legends">(.*?)</g></g>', svg, re.S)
    top = float(legends.group(2))
    boxes = [(float(x), float(y)) for x, y in re.findall(r'<rect x="([\d.]+)" y="([\d.]+)" width="14"',
                                                         legends.group(3))]
    assert len(boxes) == 3
    assert len({x for x, _y in boxes}) == 1 and len({y for _x, y in boxes}) == 3  # one under the other
    assert all(top + y + 14 <= height for _x, y in boxes)  # none below the picture's edge


def test_each_tab_costs_a_fixed_number_of_queries(as_user, query_counter):
    c = as_user(COORDINATOR)
    winter = campaign(WINTER)
    grow_safe_winter(2, spread_days=20, milestones=True)
    small = {}
    for tab in TABS:
        with query_counter() as counted:
            c.get(f"/en/campaigns/{winter.id}/{tab}")
        small[tab] = counted.count
    grow_safe_winter(20, spread_days=20, milestones=True)
    for tab in TABS:
        with query_counter() as counted:
            page = c.get(f"/en/campaigns/{winter.id}/{tab}").get_data(as_text=True)
        assert counted.count == small[tab], tab
        if tab == "news":
            assert "News 19" in page
        if tab == "timeline":
            assert "Day 19" in page

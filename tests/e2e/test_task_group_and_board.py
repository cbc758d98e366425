"""Issue 17 in a real browser, on a 1280 px screen and a 390 px phone: the coordinator gives a task to
every participating society in one tick and follows the copies on their group page; a society admin
accepts its copy from the board's card; lists become cards on the phone; axe finds nothing on these pages."""
import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from campaign_helpers import campaign
from helpers import sign_in

AXE = Axe()


def _axe(page) -> list[str]:
    return [f"{page.url}: {v['id']} at {v['nodes'][0]['target']}" for v in AXE.run(page).response["violations"]]


@pytest.mark.parametrize("width", [1280, 390])
def test_a_task_for_every_society_followed_on_its_group_page_and_moved_on_the_board(browser, live_server, width):
    winter = campaign("Safe winter")  # Kazakhstan, Kyrgyzstan and Tajikistan joined it
    viewport = {"width": width, "height": 900}
    problems = []
    coordinator = browser.new_context(viewport=viewport).new_page()
    sign_in(coordinator, live_server, "coordinator@example.org")
    coordinator.goto(f"{live_server}/en/tasks/new?campaign={winter.id}&org=ifrc-central-asia")
    problems += _axe(coordinator)
    coordinator.fill("input[name=title]", f"Count the blankets {width}")
    coordinator.check("input[name=all_societies]")
    coordinator.click("input#submit")
    coordinator.wait_for_url(re.compile(r".*/tasks/\d+$"))
    coordinator.click("a.group-link")
    coordinator.wait_for_url(re.compile(r".*/tasks/\d+/group$"))
    rows = coordinator.locator("table.task-group tbody tr")
    assert rows.count() == 3
    assert coordinator.locator(".group-summary").inner_text() == "0 of 3 societies have finished it."
    problems += _axe(coordinator)

    admin = browser.new_context(viewport=viewport).new_page()
    sign_in(admin, live_server, "admin.kyrgyzstan@example.org")
    admin.goto(f"{live_server}/en/campaigns/{winter.id}/board")
    card = admin.locator("section[data-status=open] li.board-card", has_text=f"Count the blankets {width}")
    assert card.count() == 1 and card.locator("a.group-link").count() == 1
    problems += _axe(admin)
    card.locator("button[data-move=accept]").click()
    admin.wait_for_url(re.compile(rf".*/campaigns/{winter.id}/board"))
    moved = admin.locator("section[data-status=accepted] li.board-card", has_text=f"Count the blankets {width}")
    assert moved.count() == 1

    # The coordinator's group page shows Kyrgyzstan's copy accepted.
    coordinator.reload()
    kg_row = coordinator.locator("table.task-group tbody tr", has_text="Kyrgyzstan")
    assert "Accepted" in kg_row.inner_text()

    # The task lists fit the phone: no sideways scrolling, the status shown as a card line.
    admin.goto(f"{live_server}/en/s/kyrgyzstan/tasks")
    problems += _axe(admin)
    if width == 390:
        assert admin.evaluate("document.documentElement.scrollWidth") <= 390
        assert admin.locator("table.table-cards thead").bounding_box()["width"] <= 1
        admin.goto(f"{live_server}/en/s/kyrgyzstan/members")
        assert admin.evaluate("document.documentElement.scrollWidth") <= 390
        problems += _axe(admin)
    assert problems == []

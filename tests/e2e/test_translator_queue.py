"""A translator works through her queue in a real browser, on a phone (390 px) and on a desktop (1280 px):
the queue shows what needs work in her languages, one card or row per item; an item's badge opens the
side-by-side form; "Save and next" saves and opens the next item. axe finds nothing on either page."""
import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from helpers import sign_in

AXE = Axe()
TRANSLATOR = "translator.kazakhstan@example.org"  # translates into ru and en


def _violations(page) -> list[str]:
    found = AXE.run(page).response["violations"]
    return [f"{page.url}: {v['id']} ({v['impact']}) at {v['nodes'][0]['target']}" for v in found]


def _fits_the_width(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("width", [390, 1280])
def test_translator_opens_the_queue_translates_an_item_and_goes_to_the_next(browser, live_server, width):
    context = browser.new_context(viewport={"width": width, "height": 844 if width < 576 else 900})
    page = context.new_page()
    sign_in(page, live_server, TRANSLATOR)
    page.goto(f"{live_server}/en/s/kazakhstan/translations")

    # Her languages are ticked, and every badge is one of them in a state that needs work.
    assert page.locator("input[name=language]:checked").evaluate_all("els => els.map(e => e.value)") == ["ru", "en"]
    badges = page.locator("a.queue-badge")
    assert badges.count() >= 2
    states = set(badges.evaluate_all("els => els.map(e => e.dataset.state)"))
    assert states <= {"missing", "incomplete", "outdated", "draft"}
    assert set(badges.evaluate_all("els => els.map(e => e.dataset.locale)")) <= {"ru", "en"}
    rows = page.locator("tr.queue-row")
    keys = rows.evaluate_all("els => els.map(e => e.dataset.kind + e.dataset.id)")
    assert len(keys) == len(set(keys))  # one row per item
    if width < 576:  # a card per item: the row is a column of its cells, the table fits the phone
        assert rows.first.evaluate("e => getComputedStyle(e).flexDirection") == "column"
    assert _fits_the_width(page)
    assert _violations(page) == []

    hrefs = badges.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    badges.first.click()
    page.wait_for_url(f"**{hrefs[0]}")
    assert _fits_the_width(page)
    assert _violations(page) == []

    for field in page.locator("form[method=post] textarea, form[method=post] input[type=text]").all():
        field.fill("Перевод из очереди")
    page.get_by_role("button", name="Save and next").click()
    page.wait_for_url(f"**{hrefs[1]}")
    assert page.locator(".alert-success", has_text="saved as a draft").count() == 1
    assert re.search(r"/translations/\w+/\d+/(ru|en)$", page.url)
    assert _violations(page) == []

    # Back on the queue, the item just saved is a draft to review.
    page.get_by_role("link", name="← Translations").click()
    page.wait_for_url("**/s/kazakhstan/translations")
    assert page.locator(f"a.queue-badge[href='{hrefs[0]}']").get_attribute("data-state") == "draft"
    context.close()

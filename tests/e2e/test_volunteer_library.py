"""A Tajik volunteer on a phone and on a desktop: the library in Tajik, a material's page, the Tajik file
downloaded under a name made from its title and language; axe finds nothing on either page."""
import pytest
from axe_playwright_python.sync_playwright import Axe

from helpers import sign_in

AXE = Axe()
POSTER = "Плакати «Зимистони бехатар»"  # the demo's regional poster, with a Tajik file among five


def _violations(page) -> list[str]:
    found = AXE.run(page).response["violations"]
    return [f"{page.url}: {v['id']} ({v['impact']}) at {v['nodes'][0]['target']}" for v in found]


@pytest.mark.parametrize("width", [390, 1280])
def test_tajik_volunteer_downloads_the_tajik_poster(browser, live_server, width):
    context = browser.new_context(viewport={"width": width, "height": 844 if width < 576 else 900},
                                  accept_downloads=True)
    page = context.new_page()
    sign_in(page, live_server, "volunteer.tajikistan@example.org", lang="tg")
    page.goto(f"{live_server}/tg/materials/")
    problems = _violations(page)
    first = page.locator("article.material").first
    assert first.locator("[data-locale=tg]").count() == 1  # the first card has a Tajik file
    assert "тоҷикӣ" in first.locator("a.download-mine").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing wider than the screen

    page.locator("article.material", has_text=POSTER).locator("h2 a").click()
    page.wait_for_load_state()
    problems += _violations(page)
    button = page.locator("a.download-best")
    assert button.is_visible() and "тоҷикӣ" in button.inner_text() and "PNG" in button.inner_text()
    assert page.locator("img.material-thumb").is_visible()
    assert page.locator("#clearance, .clearance").count() == 0  # a volunteer does not clear
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    with page.expect_download() as info:
        button.click()
    assert info.value.suggested_filename == "plakati-zimistoni-bekhatar-tg.png"
    assert problems == []
    context.close()

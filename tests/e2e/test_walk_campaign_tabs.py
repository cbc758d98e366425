"""The coordinator walks the campaign workspace's tabs on a phone (390 px) and on a laptop (1280 px): each tab
is reached by its link, marked as the current one, fits the screen, and axe finds no violation on it."""
from axe_playwright_python.sync_playwright import Axe

from campaign_helpers import campaign
from helpers import sign_in

AXE = Axe()
TABS = ("overview", "societies", "indicators", "material", "timeline", "news")


def test_the_coordinator_walks_the_tabs_on_a_phone_and_a_laptop(browser, live_server):
    winter = campaign("Safe winter")
    problems = []
    for width, height in ((390, 844), (1280, 800)):
        page = browser.new_context(viewport={"width": width, "height": height}).new_page()
        sign_in(page, live_server, "coordinator@example.org")
        page.goto(f"{live_server}/en/campaigns/{winter.id}/")
        for tab in TABS:
            page.click(f"nav.campaign-tabs a[data-tab={tab}]")
            page.wait_for_load_state()
            current = page.locator("nav.campaign-tabs a[aria-current=page]")
            assert current.count() == 1 and current.get_attribute("data-tab") == tab
            # Nothing wider than the screen (the page does not scroll sideways).
            assert page.evaluate("document.documentElement.scrollWidth") <= width, (width, tab)
            found = AXE.run(page).response["violations"]
            problems += [f"{width}px {tab}: {v['id']} ({v['impact']}) at {v['nodes'][0]['target']}" for v in found]
        # The add forms open from their button; the closing actions from the "More actions" menu.
        page.click("nav.campaign-tabs a[data-tab=timeline]")
        assert not page.locator("#add-milestone input[name=title]").is_visible()
        page.click("#add-milestone summary")
        assert page.locator("#add-milestone input[name=title]").is_visible()
        page.click("nav.campaign-tabs a[data-tab=overview]")
        assert not page.locator("button.confirm-status").is_visible()
        page.click("details.more-actions > summary")
        page.click("details.confirm-step > summary")
        assert page.locator("button.confirm-status").is_visible()
        page.mouse.move(0, 0)  # off the button, and past its hover transition, before axe reads the colours
        page.wait_for_timeout(400)
        found = AXE.run(page).response["violations"]
        problems += [f"{width}px menu open: {v['id']} at {v['nodes'][0]['target']}" for v in found]
        page.context.close()
    assert problems == []

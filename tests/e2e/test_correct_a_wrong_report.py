"""The Kyrgyz admin corrects a wrong report with a reason, in Kyrgyz; the coordinator sees the regional
total change and the report's history, then reads the change in Kyrgyzstan's audit log."""
import re

from campaign_helpers import campaign
from helpers import sign_in as _login



def _total(page) -> int:
    people = page.locator("#indicators article", has_text="People reached")
    return int(re.sub(r"\D", "", people.locator(".regional-total").inner_text()))


def test_a_wrong_report_is_corrected_and_traced(browser, live_server):
    winter = campaign("Safe winter")
    coordinator = browser.new_context().new_page()
    _login(coordinator, live_server, "coordinator@example.org")
    coordinator.goto(f"{live_server}/en/campaigns/{winter.id}/indicators")
    before = _total(coordinator)

    admin = browser.new_context().new_page()
    _login(admin, live_server, "admin.kyrgyzstan@example.org", "ky")
    admin.goto(f"{live_server}/ky/campaigns/{winter.id}/indicators")
    admin.locator("#indicators article", has_text="Камтылган адамдар").locator("a.indicator-reports-link").click()
    # Kyrgyzstan's report of 2,650 people (written the Kyrgyz way, with a narrow space).
    admin.locator("table.indicator-reports tr", has_text=re.compile(r"2\W?650")).locator("a").click()
    admin.fill("input[name=value]", "265")
    admin.fill("textarea[name=reason]", "Бир нөл ашыкча жазылып калган.")
    admin.locator("#correct input[type=submit]").click()
    admin.wait_for_load_state()
    assert "265" in admin.locator("h1 .current-value").inner_text()

    coordinator.reload()
    assert _total(coordinator) == before - 2650 + 265
    coordinator.locator("#indicators article", has_text="People reached").locator("a.indicator-reports-link").click()
    coordinator.locator("table.indicator-reports tr", has_text="Corrected").locator("a").click()
    history = coordinator.locator("ol.report-revisions").inner_text()
    assert "Бир нөл ашыкча жазылып калган." in history and "2,650" in history

    coordinator.goto(f"{live_server}/en/organizations/kyrgyzstan")
    coordinator.click("a.audit-link")
    coordinator.wait_for_url("**/s/kyrgyzstan/audit")
    entry = coordinator.locator("tr[data-action='campaign.value_corrected']").first
    assert "Indicator value corrected" in entry.inner_text()
    assert "2650.00 → 265" in entry.locator(".details").inner_text()

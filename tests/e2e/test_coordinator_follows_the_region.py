"""The coordinator logs in, lands on the region dashboard in Kyrgyz, follows Kyrgyzstan's overdue count in
"Safe winter" to the campaign's task list filtered the same way, and downloads the campaign's reports."""
import csv
import io

from helpers import DEMO_PASSWORD


def test_coordinator_follows_an_overdue_count_and_downloads_reports(browser, live_server):
    page = browser.new_context(accept_downloads=True).new_page()
    page.goto(f"{live_server}/ky/auth/login")
    page.fill("input[name=email]", "coordinator@example.org")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("input#submit")
    page.goto(f"{live_server}/ky/")
    dashboard = page.locator("section.region-dashboard")
    assert dashboard.count() == 1 and page.locator("html").get_attribute("lang") == "ky"
    winter = dashboard.locator("article.campaign-line", has_text="Коопсуз кыш")
    row = winter.locator("tr[data-society=kyrgyzstan]")
    overdue = row.locator("td.overdue a")
    count = int(overdue.inner_text())
    assert count >= 1
    overdue.click()
    page.wait_for_url("**/board?*due=overdue*")
    assert page.locator("table tbody a[href*='/tasks/']").count() == count

    page.goto(page.url.split("/board")[0] + "/")  # the campaign's workspace
    with page.expect_download() as info:
        page.locator(".report-downloads a", has_text="CSV").click()
    rows = list(csv.reader(io.StringIO(open(info.value.path(), encoding="utf-8-sig").read())))
    assert rows[2][:4] == ["Коом", "Көрсөткүч", "Өлчөм бирдиги", "Мезгил"]  # headers in Kyrgyz
    assert any("Кыргыз Республикасынын" in r[0] for r in rows[3:])

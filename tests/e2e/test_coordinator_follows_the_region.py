"""The coordinator logs in, lands on the region dashboard in Kyrgyz, follows Kyrgyzstan's overdue count in
"Safe winter" to the campaign's task list filtered the same way, follows "overdue in Tajikistan" to the
overdue list filtered by that society, and downloads the campaign's reports and the region workbook."""
import csv
import io

from openpyxl import load_workbook

from helpers import DEMO_PASSWORD


def test_coordinator_follows_overdue_counts_and_downloads_the_region(browser, live_server):
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

    page.goto(page.url.split("/board")[0] + "/indicators")  # the campaign workspace's indicators tab
    with page.expect_download() as info:
        page.locator(".report-downloads a", has_text="CSV").click()
    rows = list(csv.reader(io.StringIO(open(info.value.path(), encoding="utf-8-sig").read())))
    assert rows[2][:4] == ["Коом", "Көрсөткүч", "Өлчөм бирдиги", "Мезгил"]  # headers in Kyrgyz
    assert any("Кыргыз Республикасынын" in r[0] for r in rows[3:])

    # Overdue in Tajikistan, across the campaigns: the count is the filtered overdue list.
    page.goto(f"{live_server}/ky/")
    tajikistan = page.locator("section.overdue-by-society li[data-society=tajikistan] a")
    assert "Тажикстандын Кызыл Жарым Ай коому" in tajikistan.inner_text()
    count = int(tajikistan.inner_text().rsplit(":", 1)[1])
    tajikistan.click()
    page.wait_for_url("**/tasks/overdue?society=*")
    assert page.locator("select[name=society] option[selected]").inner_text() == "Тажикстандын Кызыл Жарым Ай коому"
    assert page.locator("table tbody a[href*='/tasks/']").count() == count >= 1

    page.goto(f"{live_server}/ky/")
    with page.expect_download() as info:
        page.locator("section.region-dashboard a[href$='/region.xlsx']").click()
    assert info.value.suggested_filename.endswith(".xlsx")
    book = load_workbook(io.BytesIO(info.value.path().read_bytes()))
    overdue_sheet = book["Мөөнөтү өткөн тапшырмалар"]  # sheet names in Kyrgyz too
    rows = list(overdue_sheet.iter_rows(min_row=2, values_only=True))
    tajik = "Тажикстандын Кызыл Жарым Ай коому"
    assert sum(1 for r in rows if tajik in (r[1], r[2])) == count  # given to or by Tajikistan, as the list
    assert any(r[0] == "Раздать в школах памятку о безопасных обогревателях" for r in rows)  # no Kyrgyz title
    assert "Коопсуз кыш" in book.sheetnames

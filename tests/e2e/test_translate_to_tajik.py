"""A translator gives a department its Tajik name in a real browser; the Tajik page then shows it as Tajik."""
from helpers import DEMO_PASSWORD


def test_translator_translates_a_department_into_tajik(page, live_server):
    page.goto(f"{live_server}/tg/auth/login")
    page.fill("input[name=email]", "translator.kyrgyzstan@example.org")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("input#submit")
    page.wait_for_url("**/ky/")

    # The Youth department has no Tajik name: the Tajik page falls back to Kyrgyz, with a language tag on
    # the name and one note on the page that leads the translator to what she can translate.
    page.goto(f"{live_server}/tg/s/kyrgyzstan/departments")
    fallback = page.locator("span[lang=ky]", has_text="Жаштар бөлүмү")
    assert fallback.count() == 1
    assert page.locator(".fallback-note").count() == 1
    page.locator(".fallback-note a").click()
    page.wait_for_url("**/translations/department/*/tg")

    page.fill("input[name=name]", "Шӯъбаи ҷавонон")
    page.click("input#submit")
    page.wait_for_url("**/translations/department/*/tg")
    assert page.locator(".alert-success").count() == 1

    page.goto(f"{live_server}/tg/s/kyrgyzstan/departments")
    assert page.locator("td", has_text="Шӯъбаи ҷавонон").count() >= 1
    assert page.locator("span[lang=ky]", has_text="Жаштар бөлүмү").count() == 0
    row = page.locator("tr", has_text="Шӯъбаи ҷавонон")
    assert row.locator(".fallback-tag").count() == 0

"""At phone width, in Tajik: an anonymous visitor finds a running public campaign from the home page, opens
it, copies its share link, and applies to volunteer with the Tajik society; after confirming the e-mail
address, the society's admin approves; the new volunteer chooses a password, logs in and downloads the
campaign's offline material pack."""
import re

from helpers import sign_in

PHONE = {"width": 360, "height": 740}
EMAIL = "firuza.new@example.net"


def _link(outbox, path: str, base: str) -> str:
    body = next(m.body for m in reversed(outbox) if EMAIL in m.recipients)
    found = re.search(rf"http\S+({re.escape(path)}\S+)", body)
    assert found, body
    found = found.group(1)
    return base + found


def test_anonymous_tajik_visitor_finds_shares_applies_and_downloads_as_volunteer(browser, live_server, outbox):
    visitor = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    visitor.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server)
    page = visitor.new_page()
    page.goto(f"{live_server}/tg/")
    assert page.get_attribute("html", "lang") == "tg"
    card = page.locator("article.public-campaign").first
    card.locator("h3 a").click()
    page.wait_for_url(re.compile(r".*/tg/campaigns/\d+-[\w-]+$"))
    address = page.url.split("/tg/", 1)[1]
    assert page.locator("meta[property='og:locale']").get_attribute("content") == "tg"
    page.click("button.copy[data-copy=share-url]")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.endswith("/tg/" + address)
    assert page.locator("body").evaluate("b => b.scrollWidth") <= PHONE["width"]  # nothing wider than a phone

    page.click("header a[href$='/tg/join/']")
    page.wait_for_url(re.compile(r".*/tg/join/$"))
    page.wait_for_load_state()  # measured once the page and its styles are there, not half-way
    assert page.locator("body").evaluate("b => b.scrollWidth") <= PHONE["width"]
    page.select_option("select[name=org]", "tajikistan")
    page.fill("input[name=full_name]", "Фирӯза Каримова")
    page.fill("input[name=email]", EMAIL)
    page.fill("input[name=city]", "Душанбе")
    page.check("input[name=languages][value=tg]")
    page.fill("textarea[name=interests]", "Омӯзиши ёрии аввалия дар мактабҳо")
    page.check("input[name=consent]")
    page.click("input#submit")
    assert page.locator(".application-sent").count() == 1

    page.goto(_link(outbox, "/tg/join/confirm/", live_server))
    page.click("button.confirm-application")
    assert page.locator(".application-confirmed").count() == 1

    admin = browser.new_context().new_page()
    sign_in(admin, live_server, "admin.tajikistan@example.org")
    admin.goto(f"{live_server}/en/s/tajikistan/members")
    application = admin.locator("article.application", has_text="Фирӯза Каримова")
    application.locator("button.approve").click()
    admin.wait_for_load_state()
    assert admin.locator(".alert-success").count() == 1

    page.goto(_link(outbox, "/tg/auth/reset/", live_server))
    page.fill("input[name=password]", "my-volunteer-password")
    page.fill("input[name=confirm]", "my-volunteer-password")
    page.click("input#submit")
    page.fill("input[name=email]", EMAIL)
    page.fill("input[name=password]", "my-volunteer-password")
    page.click("input#submit")
    page.wait_for_url(re.compile(r".*/tg/$"))
    pack = page.locator("ul.running-campaigns a[href*='/pack/']").first
    with page.expect_download() as download:
        pack.click()
    assert download.value.suggested_filename.endswith(".zip")

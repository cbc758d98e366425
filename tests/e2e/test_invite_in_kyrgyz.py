"""A society admin, in Kyrgyz, invites a member in a real browser, and nothing leaves the machine."""
from urllib.parse import urlsplit

from helpers import DEMO_PASSWORD, user


def test_admin_switches_to_kyrgyz_and_invites_a_member(page, live_server):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))

    page.goto(f"{live_server}/en/auth/login")
    page.fill("input[name=email]", "admin.kyrgyzstan@example.org")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("input#submit")
    page.wait_for_url("**/ky/")

    # Switch to Russian and back to Kyrgyz with the language switcher.
    page.click("button[name=locale][value=ru]")
    page.wait_for_url("**/ru/")
    page.click("button[name=locale][value=ky]")
    page.wait_for_url("**/ky/")
    assert page.get_attribute("html", "lang") == "ky"

    page.goto(f"{live_server}/ky/s/kyrgyzstan/members")
    page.fill("input[name=email]", "zhyldyz.new@example.org")
    page.select_option("select[name=role]", "staff")
    page.click("form[action$='/members/invite'] input[type=submit]")
    page.wait_for_url("**/ky/s/kyrgyzstan/members")
    assert page.get_attribute("html", "lang") == "ky"
    assert page.locator("text=zhyldyz.new@example.org").count() >= 1
    assert page.locator(".alert-success").count() == 1

    assert user("admin.kyrgyzstan@example.org").preferred_locale == "ky"
    assert hosts == {urlsplit(live_server).netloc}, hosts

"""The Kyrgyz admin makes an API token in Kyrgyz on the profile page and gives it to the society's own
system, which reports an indicator value; the value shows in the workspace, the token's last use on the
token page, and once revoked the token no longer works."""
import json
import urllib.error
import urllib.request

from helpers import day, org, sign_in as _login, user


def _active_campaign():
    from app.services import campaigns, indicators

    admin = user("admin.kyrgyzstan@example.org")
    c = campaigns.create(admin, org("kyrgyzstan"), scope="national", title="Жаз", summary="", body="",
                         start_date=day(-30), end_date=day(30), audiences=[], hashtags="", is_public=False,
                         locale="ky")
    campaigns.change_status(admin, c, "active")
    return c, indicators.add(admin, c, name="Камтылган адамдар", unit="people", regional_target=None,
                             society_targets={}, locale="ky")


def _call(url, token, body=None):
    request = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                                              "Accept-Language": "ky"})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def test_a_societys_system_reports_through_a_token(browser, live_server):
    c, indicator = _active_campaign()
    page = browser.new_context().new_page()
    _login(page, live_server, "admin.kyrgyzstan@example.org", "ky")
    page.goto(f"{live_server}/ky/account/")
    page.click("#api a")
    page.fill("input[name=name]", "Коомдун системасы")
    page.select_option("select[name=scope]", "write")
    page.click("input#submit")
    token = page.locator(".new-token input").input_value()
    assert token.startswith("hamkor_")

    status, report = _call(f"{live_server}/api/v1/campaigns/{c.id}/indicators/{indicator.id}/reports", token,
                           {"value": 4321, "period_date": day(-1).isoformat()})
    assert status == 201 and report["value"] == 4321

    page.goto(f"{live_server}/ky/campaigns/{c.id}/indicators")
    assert "4" in page.locator("#indicators article", has_text="Камтылган адамдар").inner_text()
    assert "321" in page.locator("#indicators article", has_text="Камтылган адамдар").inner_text()

    page.goto(f"{live_server}/ky/account/tokens")
    row = page.locator("table.token-list tr", has_text="Коомдун системасы")
    page.on("dialog", lambda dialog: dialog.accept())
    row.locator("button").click()
    page.wait_for_load_state()
    status, problem = _call(f"{live_server}/api/v1/campaigns", token)
    assert status == 401 and problem["status"] == 401 and problem["detail"]

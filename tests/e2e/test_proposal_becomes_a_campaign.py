"""The Turkmen staff member proposes a regional awareness campaign in Turkmen; the Kazakh and Uzbek admins
endorse it (the Uzbek one on a condition); the coordinator translates it into Russian from the proposal
page, accepts it, and the draft regional campaign shows the proposal's text in Russian with both societies
invited."""
import re

from app import demo
from helpers import iso, sign_in as _login

TITLE_TK = "Yssy howada ýaşululara kömek"
PROBLEM_TK = "Tomusda ýaşulular yssy urmakdan ejir çekýärler."
TITLE_RU = "Помощь пожилым людям в жару"
PROBLEM_RU = "Летом пожилые люди страдают от теплового удара."



def _endorse(browser, base, url, email, condition=""):
    page = browser.new_context().new_page()
    _login(page, base, email)
    page.goto(url)
    form = page.locator("section.answer-form form")
    form.locator("input[name=answer][value=endorse]").check()
    if condition:
        form.locator("textarea[name=note]").fill(condition)
    form.locator("input[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".alert-success").count() == 1


def test_turkmen_proposal_endorsed_by_two_societies_becomes_a_draft_campaign_in_russian(
        browser, live_server, database, demo_hash):
    demo.seed(demo_hash, slugs=("turkmenistan", "uzbekistan", "ifrc-central-asia"))
    staff = browser.new_context().new_page()
    _login(staff, live_server, "staff.turkmenistan@example.org", "tk")
    staff.goto(f"{live_server}/tk/proposals/")
    staff.locator("a[href$='/proposals/new']").first.click()
    staff.fill("input[name=title]", TITLE_TK)
    staff.fill("textarea[name=problem]", PROBLEM_TK)
    staff.locator("input[name=audiences][value=older_people]").check()
    staff.fill("input[name=start_date]", iso(40))
    staff.fill("input[name=end_date]", iso(130))
    staff.fill("input[name='indicators-0-name']", "Maglumat alan ýaşulular")
    staff.fill("input[name='indicators-0-target']", "3000")
    staff.click("input#open")
    staff.wait_for_url(re.compile(r".*/tk/proposals/\d+$"))
    url = staff.url.replace("/tk/", "/en/")
    assert staff.locator("h1.proposal-title").inner_text() == TITLE_TK
    assert staff.locator(".proposal-status[data-status=open]").count() == 1

    _endorse(browser, live_server, url, "admin.kazakhstan@example.org")
    _endorse(browser, live_server, url, "admin.uzbekistan@example.org", condition="Materiallar oʻzbek tilida boʻlsa")

    staff.reload()
    endorsed = staff.locator("ul.endorsed")
    assert endorsed.locator("li[data-org=kazakhstan]").count() == 1
    assert "Materiallar oʻzbek tilida boʻlsa" in endorsed.locator("li[data-org=uzbekistan]").inner_text()

    coordinator = browser.new_context().new_page()
    _login(coordinator, live_server, "coordinator@example.org", "ru")
    coordinator.goto(url.replace("/en/", "/ru/"))
    # Shown in Turkmen for now, tagged so; the page's one note offers to translate it.
    assert coordinator.locator("h1.proposal-title span[lang=tk]").count() == 1
    assert coordinator.locator("h1.proposal-title .fallback-tag").count() == 1
    assert coordinator.locator(".fallback-note").count() == 1
    coordinator.locator(".fallback-note a").click()
    coordinator.wait_for_load_state()
    coordinator.fill("input[name=title]", TITLE_RU)
    coordinator.fill("textarea[name=problem]", PROBLEM_RU)
    coordinator.click("input#submit")
    coordinator.wait_for_load_state()
    coordinator.goto(url.replace("/en/", "/ru/"))
    assert coordinator.locator("h1.proposal-title").inner_text() == TITLE_RU
    coordinator.click("section.decision button.accept")
    coordinator.wait_for_url(re.compile(r".*/ru/campaigns/\d+/?$"))
    assert coordinator.locator("h1").inner_text() == TITLE_RU
    assert coordinator.locator(".badge", has_text="Черновик").count() >= 1
    assert PROBLEM_RU in coordinator.content()
    assert coordinator.locator("p.from-proposal a").count() == 1
    coordinator.goto(coordinator.url.rstrip("/") + "/societies")  # the societies it was proposed with
    societies = coordinator.content()
    assert "Узбекистан" in societies and "Казахстан" in societies

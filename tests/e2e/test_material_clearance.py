"""Uzbek staff upload a leaflet in Uzbek and Russian; the Uzbek admin and the coordinator clear it; an Uzbek
volunteer finds it in the library in Uzbek and downloads it; a Kazakh volunteer never sees it."""
import re

from app import demo
from app.services import campaigns
from campaign_helpers import participation
from helpers import day, org, sign_in as _login, user
from material_helpers import pdf



def _uzbek_campaign(demo_hash):
    """A regional campaign only Uzbekistan joined (Kazakhstan takes no part in it)."""
    demo.seed(demo_hash, slugs=("uzbekistan", "ifrc-central-asia"))
    coordinator = user("coordinator@example.org")
    c = campaigns.create(coordinator, org("ifrc-central-asia"), scope="regional", title="Clean hands",
                         summary="", body="", start_date=day(-28), end_date=day(91),
                         audiences=[], hashtags="", is_public=False, locale="en")
    campaigns.change_status(coordinator, c, "active")
    campaigns.invite(coordinator, c, [org("uzbekistan")])
    campaigns.join(user("admin.uzbekistan@example.org"), participation(c, "uzbekistan"))
    return c.id


def test_leaflet_cleared_by_two_parties_reaches_uzbek_volunteers_only(browser, live_server, database, demo_hash,
                                                                         tmp_path):
    campaign_id = _uzbek_campaign(demo_hash)
    uz_file, ru_file = tmp_path / "varaqa.pdf", tmp_path / "листовка.pdf"
    uz_file.write_bytes(pdf("uz"))
    ru_file.write_bytes(pdf("ru"))

    staff = browser.new_context().new_page()
    _login(staff, live_server, "staff.uzbekistan@example.org")
    staff.goto(f"{live_server}/uz/materials/new?campaign={campaign_id}&org=uzbekistan")
    staff.fill("input[name=title]", "Qoʻlni toza yuving")
    staff.select_option("select[name=kind]", "leaflet")
    staff.select_option("select[name=audience]", "volunteers")
    staff.select_option("select[name=file_locale]", "uz")
    staff.set_input_files("input[name=file]", str(uz_file))
    staff.click("input#submit")
    staff.wait_for_url(re.compile(r".*/uz/materials/\d+$"))
    material_url = staff.url
    staff.select_option("form[action$='/files'] select[name=file_locale]", "ru")
    staff.set_input_files("form[action$='/files'] input[name=file]", str(ru_file))
    staff.click("form[action$='/files'] input[type=submit]")
    staff.wait_for_load_state()
    assert staff.locator("#files [data-locale=ru]").count() == 1
    assert staff.locator("#files [data-locale=uz]").count() == 1
    staff.click("button[data-action=submit]")
    staff.wait_for_load_state()

    admin = browser.new_context().new_page()
    _login(admin, live_server, "admin.uzbekistan@example.org")
    admin.goto(material_url)
    admin.click("button[data-action=clear_owner]")
    admin.wait_for_load_state()

    coordinator = browser.new_context().new_page()
    _login(coordinator, live_server, "coordinator@example.org")
    coordinator.goto(material_url.replace("/uz/", "/en/"))
    coordinator.click("button[data-action=clear_region]")
    coordinator.wait_for_load_state()
    assert coordinator.locator(".clearance").inner_text() == "Cleared"

    volunteer = browser.new_context(accept_downloads=True).new_page()
    _login(volunteer, live_server, "volunteer.uzbekistan@example.org")
    volunteer.goto(f"{live_server}/uz/materials/")
    card = volunteer.locator("article.material", has_text="Qoʻlni toza yuving")
    assert card.count() == 1
    with volunteer.expect_download() as info:
        card.locator("a.download-mine").click()
    download = info.value
    assert download.suggested_filename == "qolni-toza-yuving-uz.pdf"  # the title and the language, not "varaqa.pdf"
    assert open(download.path(), "rb").read() == uz_file.read_bytes()  # the Uzbek file, not the Russian

    kazakh = browser.new_context().new_page()
    _login(kazakh, live_server, "volunteer.kazakhstan@example.org")
    kazakh.goto(f"{live_server}/kk/materials/")
    assert kazakh.locator("article.material", has_text="Qoʻlni toza yuving").count() == 0
    response = kazakh.goto(material_url.replace("/uz/", "/kk/"))
    assert response.status == 404

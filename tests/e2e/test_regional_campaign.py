"""The coordinator runs a regional campaign; the Kazakh admin joins and reports; the public reads it in Kazakh."""
import re

from helpers import iso, sign_in as _login



def test_coordinator_campaign_kazakh_admin_reports_public_page_in_kazakh(browser, live_server):
    coordinator = browser.new_context().new_page()
    _login(coordinator, live_server, "coordinator@example.org")
    coordinator.goto(f"{live_server}/en/campaigns/new")
    coordinator.fill("input[name=title]", "Clean water for everyone")
    coordinator.fill("textarea[name=summary]", "Safe drinking water in every village.")
    coordinator.fill("input[name=start_date]", iso(-28))
    coordinator.fill("input[name=end_date]", iso(120))
    coordinator.check("input[name=is_public]")
    coordinator.click("input#submit")
    coordinator.wait_for_url(re.compile(r".*/campaigns/\d+/$"))
    workspace = coordinator.url
    campaign_id = re.search(r"/campaigns/(\d+)/", workspace).group(1)

    # Invite two societies (the societies tab, behind its "Invite" button), launch, and add an indicator.
    coordinator.click("nav.campaign-tabs a[data-tab=societies]")
    coordinator.click("summary:has-text('Invite a society')")
    for name in ("Red Crescent Society of Kazakhstan", "Red Crescent Society of Kyrgyzstan"):
        coordinator.get_by_label(name).check()
    coordinator.click("form[action$='/invite'] input[type=submit]")
    coordinator.wait_for_url(re.compile(r".*/societies$"))
    assert coordinator.locator("#participants .badge", has_text="Invited").count() == 2
    coordinator.click("nav.campaign-tabs a[data-tab=overview]")
    coordinator.click("button:has-text('Launch the campaign')")
    coordinator.wait_for_load_state()
    coordinator.click("nav.campaign-tabs a[data-tab=indicators]")
    coordinator.click("summary:has-text('Add an indicator')")
    coordinator.fill("form[action$='/indicators'] input[name=name]", "Families reached")
    coordinator.fill("form[action$='/indicators'] input[name=regional_target]", "1000")
    coordinator.click("form[action$='/indicators'] input[type=submit]")
    coordinator.wait_for_load_state()
    assert coordinator.locator(".regional-total").first.inner_text() == "0"

    # The Kazakh admin joins from the society's space and reports a value.
    kazakh = browser.new_context().new_page()
    _login(kazakh, live_server, "admin.kazakhstan@example.org")
    kazakh.goto(f"{live_server}/kk/s/kazakhstan/campaigns")
    card = kazakh.locator("article", has_text="Clean water for everyone")
    card.locator("button[name=join]").click()
    kazakh.wait_for_load_state()
    kazakh.goto(f"{live_server}/kk/campaigns/{campaign_id}/indicators")
    kazakh.fill("input[name=period_date]", iso(-9))
    kazakh.fill("input[name=value]", "250")
    kazakh.locator("form[action*='/reports'] input[type=submit]").click()
    kazakh.wait_for_load_state()

    # The coordinator sees the regional total move.
    coordinator.goto(workspace + "indicators")
    assert coordinator.locator(".regional-total").first.inner_text() == "250"

    # Anyone reads the public page in Kazakh.
    public = browser.new_context().new_page()
    public.goto(f"{live_server}/kk/campaigns/{campaign_id}-clean-water-for-everyone")
    assert public.get_attribute("html", "lang") == "kk"
    assert public.locator("h1", has_text="Clean water for everyone").count() == 1
    assert public.locator("text=Қазақстан Республикасының Қызыл Жарты Ай қоғамы").count() == 1

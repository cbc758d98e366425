"""axe-core finds no accessibility violation on the public pages (anonymous, at phone width, in Tajik)
nor on the key pages of a society admin and of the coordinator."""
from axe_playwright_python.sync_playwright import Axe
from sqlalchemy import select

from app.extensions import db
from app.models import Campaign, CampaignProposal
from helpers import sign_in as _login

AXE = Axe()


def _violations(page, url) -> list[str]:
    page.goto(url)
    found = AXE.run(page).response["violations"]
    return [f"{url}: {v['id']} ({v['impact']}) at {v['nodes'][0]['target']}" for v in found]



def test_public_and_key_pages_have_no_axe_violations(browser, live_server):
    public = db.session.scalars(select(Campaign).where(Campaign.is_public.is_(True), Campaign.status == "active")).first()
    regional = db.session.scalars(select(Campaign).where(Campaign.scope == "regional", Campaign.status == "active")).first()
    proposal = db.session.scalars(select(CampaignProposal).where(CampaignProposal.status == "open")).first()
    problems = []
    phone = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
    for path in ("/tg/", "/tg/campaigns/", f"/tg/campaigns/{public.id}-{public.slug}", "/tg/join/", "/tg/auth/login"):
        problems += _violations(phone, live_server + path)
    admin = browser.new_context().new_page()
    _login(admin, live_server, "admin.kyrgyzstan@example.org")
    for path in ("/en/", "/en/tasks/", f"/en/campaigns/{regional.id}/", f"/en/campaigns/{regional.id}/board",
                 "/en/s/kyrgyzstan/translations", "/en/s/kyrgyzstan/members", "/en/proposals/",
                 f"/en/proposals/{proposal.id}", "/en/proposals/new", "/en/account/tokens", "/api/docs"):
        problems += _violations(admin, live_server + path)
    coordinator = browser.new_context().new_page()
    _login(coordinator, live_server, "coordinator@example.org")
    for path in ("/ru/", "/ru/region/", "/ru/partners/"):
        problems += _violations(coordinator, live_server + path)
    assert problems == []

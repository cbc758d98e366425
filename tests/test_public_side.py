"""The public side of awareness campaigns: an anonymous visitor finds the public campaigns (home, list,
sitemap), each page links its other languages and carries link-preview tags, a QR code of its address
and share links, and its milestones can be subscribed to without a login. Drafts and non-public
campaigns never show (404 on every route)."""
import io
import re

import pytest
from sqlalchemy import select

from app.extensions import db
from app.models import Campaign
from helpers import org

BASE = "http://hamkor.test"


@pytest.fixture(autouse=True)
def base_url(app):
    old = app.config["BASE_URL"]
    app.config["BASE_URL"] = BASE
    yield
    app.config["BASE_URL"] = old


def _campaigns():
    db.session.expire_all()
    every = list(db.session.scalars(select(Campaign)))
    public = [c for c in every if c.is_public and c.status != "draft"]
    hidden = [c for c in every if c not in public]
    assert public and hidden  # the test database has both
    return public, hidden


def _ids(html: str) -> set[int]:
    return {int(i) for i in re.findall(r'data-campaign="(\d+)"', html)}


def test_the_anonymous_home_and_list_show_exactly_the_public_campaigns(anon):
    public, hidden = _campaigns()
    home = anon.get("/en/").get_data(as_text=True)
    assert _ids(home) == {c.id for c in public if c.status == "active"} and _ids(home)
    listing = anon.get("/en/campaigns/")
    assert listing.status_code == 200 and _ids(listing.get_data(as_text=True)) == {c.id for c in public}
    completed = anon.get("/en/campaigns/?status=completed").get_data(as_text=True)
    assert _ids(completed) == {c.id for c in public if c.status == "completed"}
    this_year = public[0].start_date.year
    by_year = anon.get(f"/en/campaigns/?year={this_year}").get_data(as_text=True)
    assert _ids(by_year) == {c.id for c in public if c.start_date.year <= this_year <= c.end_date.year}
    tajik = org("tajikistan")
    by_society = anon.get("/en/campaigns/?org=tajikistan").get_data(as_text=True)
    assert _ids(by_society) == {c.id for c in public if c.owner_org_id == tajik.id
                                or any(p.organization_id == tajik.id and p.status == "joined"
                                       for p in c.participations)}
    # A draft asked for by name is not there either.
    assert anon.get("/en/campaigns/?status=draft").status_code == 200
    assert _ids(anon.get("/en/campaigns/?status=draft").get_data(as_text=True)) == {c.id for c in public}


def test_signed_in_people_keep_the_list_of_their_own_campaigns(as_user):
    page = as_user("coordinator@example.org").get("/en/campaigns/").get_data(as_text=True)
    assert "New campaign" in page and 'data-campaign="' not in page


def test_public_pages_link_their_languages_and_the_sitemap_lists_exactly_them(anon):
    public, hidden = _campaigns()
    campaign = public[0]
    page = anon.get(f"/ru/campaigns/{campaign.id}-{campaign.slug}").get_data(as_text=True)
    langs = set(re.findall(r'<link rel="alternate" hreflang="([\w-]+)"', page))
    have = {t.locale for t in campaign.translations if t.title}
    assert langs == have | {"x-default"}
    assert f'href="{BASE}/kk/campaigns/{campaign.id}-{campaign.slug}"' in page or "kk" not in have
    sitemap = anon.get("/sitemap.xml")
    assert sitemap.status_code == 200 and sitemap.mimetype == "application/xml"
    body = sitemap.get_data(as_text=True)
    listed = {int(i) for i in re.findall(r"<loc>[^<]*/campaigns/(\d+)-", body)}
    assert listed == {c.id for c in public}
    assert f"<loc>{BASE}/tg/</loc>" in body and f"<loc>{BASE}/uz/campaigns/</loc>" in body
    robots = anon.get("/robots.txt").get_data(as_text=True)
    assert f"Sitemap: {BASE}/sitemap.xml" in robots and "Disallow: /ru/" in robots


def test_link_previews_are_in_the_page_language(anon):
    public, _hidden = _campaigns()
    campaign = next(c for c in public if c.translation("en") and c.translation("ru"))
    for lang in ("en", "ru"):
        page = anon.get(f"/{lang}/campaigns/{campaign.id}-{campaign.slug}").get_data(as_text=True)
        title = re.search(r'<meta property="og:title" content="([^"]*)"', page).group(1)
        assert title == campaign.translation(lang).title.replace('"', "&#34;")
        assert f'<meta property="og:url" content="{BASE}/{lang}/campaigns/{campaign.id}-{campaign.slug}">' in page
        assert f'<meta property="og:locale" content="{lang}">' in page
        assert 'name="twitter:card"' in page and "t.me/share/url?url=" in page and "wa.me/?text=" in page


def test_the_qr_code_reads_back_as_the_page_address_and_hidden_campaigns_have_none(anon, as_user):
    import zxingcpp
    from PIL import Image

    public, hidden = _campaigns()
    campaign = public[0]
    for lang in ("tg", "en"):
        png = anon.get(f"/{lang}/campaigns/{campaign.id}-{campaign.slug}/qr.png")
        assert png.status_code == 200 and png.mimetype == "image/png"
        found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png.data)))
        assert [r.text for r in found] == [f"{BASE}/{lang}/campaigns/{campaign.id}-{campaign.slug}"]
    svg = anon.get(f"/en/campaigns/{campaign.id}-{campaign.slug}/qr.svg")
    assert svg.status_code == 200 and svg.mimetype == "image/svg+xml" and b"<svg" in svg.data
    renamed = anon.get(f"/en/campaigns/{campaign.id}-old-name/qr.svg")
    assert renamed.status_code == 301 and renamed.location.endswith(f"/{campaign.id}-{campaign.slug}/qr.svg")
    coordinator = as_user("coordinator@example.org")
    for c in hidden:  # drafts and non-public campaigns: no QR code, no preview, for anyone
        for client in (anon, coordinator):
            assert client.get(f"/en/campaigns/{c.id}-{c.slug}/qr.png").status_code == 404
            assert client.get(f"/en/campaigns/{c.id}/cover/preview.jpg").status_code == 404


def test_the_cover_preview_is_sized_for_link_previews(anon):
    from PIL import Image

    from app.services import covers

    public, _hidden = _campaigns()
    campaign = public[0]
    source = io.BytesIO()
    Image.new("RGB", (800, 800), (200, 30, 40)).save(source, "PNG")
    source.seek(0)
    campaign.cover_key, campaign.cover_type = covers.store(source)
    db.session.commit()
    preview = anon.get(f"/en/campaigns/{campaign.id}/cover/preview.jpg")
    assert preview.status_code == 200 and preview.mimetype == "image/jpeg"
    assert Image.open(io.BytesIO(preview.data)).size == (1200, 630)
    page = anon.get(f"/en/campaigns/{campaign.id}-{campaign.slug}").get_data(as_text=True)
    assert f'<meta property="og:image" content="{BASE}/en/campaigns/{campaign.id}/cover/preview.jpg">' in page


def test_a_public_campaigns_milestones_need_no_login_and_others_stay_private(anon, as_user):
    from icalendar import Calendar

    public, hidden = _campaigns()
    campaign = next(c for c in public if c.milestones)
    feed = anon.get(f"/en/campaigns/{campaign.id}/milestones.ics")
    assert feed.status_code == 200
    events = [e for e in Calendar.from_ical(feed.data).walk("VEVENT")]
    assert len(events) == len(campaign.milestones)
    for c in hidden:
        assert anon.get(f"/en/campaigns/{c.id}/milestones.ics").status_code == 404
    # Those who see a non-public campaign's workspace keep its feed.
    draft = next(c for c in hidden if c.scope == "regional")
    assert as_user("coordinator@example.org").get(f"/en/campaigns/{draft.id}/milestones.ics").status_code == 200


def test_uzbek_content_on_a_page_in_another_language_offers_the_script_switch(anon):
    from app.services import campaigns
    from helpers import day, user

    admin = user("admin.kazakhstan@example.org")
    campaign = campaigns.create(admin, org("kazakhstan"), scope="national", title="Qishda xavfsizlik",
                                summary="", body="", start_date=day(-5), end_date=day(30), audiences=[],
                                hashtags="", is_public=True, locale="uz")
    campaigns.change_status(admin, campaign, "active")
    url = f"/ru/campaigns/{campaign.id}-{campaign.slug}"
    latin = anon.get(url).get_data(as_text=True)
    assert "Qishda xavfsizlik" in latin and f'href="{url}?script=cyrl"' in latin
    cyrillic = anon.get(url + "?script=cyrl").get_data(as_text=True)
    assert "Қишда хавфсизлик" in cyrillic and 'lang="uz-Cyrl"' in cyrillic
    # A page with no Uzbek text on it offers no switch.
    assert "script=cyrl" not in anon.get("/ru/join/").get_data(as_text=True)

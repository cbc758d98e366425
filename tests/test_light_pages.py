"""Light pages for slow links (issue 18): responses compressed, static files under versioned URLs cached
for a year, no script the pages do not use, and a first load within 150 KB compressed."""
import gzip
import re

import brotli

from material_helpers import photo

GZIP = {"Accept-Encoding": "gzip"}
BROWSER = {"Accept-Encoding": "gzip, deflate, br"}


def _decoded(response) -> bytes:
    body = response.get_data()
    encoding = response.headers.get("Content-Encoding")
    if encoding == "gzip":
        return gzip.decompress(body)
    if encoding == "br":
        return brotli.decompress(body)
    return body


def test_pages_are_compressed_when_the_browser_accepts_it(as_user):
    admin = as_user("admin.kyrgyzstan@example.org")
    plain = admin.get("/ru/tasks/mine")
    packed = admin.get("/ru/tasks/mine", headers=GZIP)
    assert plain.headers.get("Content-Encoding") is None
    assert packed.headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in packed.headers["Vary"]
    assert len(packed.get_data()) < len(plain.get_data()) / 3
    text = _decoded(packed).decode()
    assert "<main" in text and text.count("<tr") == plain.get_data(as_text=True).count("<tr")


def test_static_files_have_versioned_urls_cached_for_a_year(client):
    page = client.get("/ru/auth/login").get_data(as_text=True)
    links = re.findall(r'(?:href|src)="(/(?:static|bootstrap/static)/[^"]+)"', page)
    assert links and all("?v=" in link for link in links), links
    css = next(link for link in links if link.startswith("/static/hamkor.css")).replace("&amp;", "&")
    response = client.get(css, headers=BROWSER)
    assert response.status_code == 200
    assert "max-age=31536000" in response.headers["Cache-Control"] and "immutable" in response.headers["Cache-Control"]
    assert response.headers.get("Content-Encoding") in ("br", "gzip", "deflate")
    # Another version (an old page's link) or none is not kept: it is checked again.
    stale = client.get(css.split("?", 1)[0] + "?v=0ld", headers=BROWSER)
    assert "max-age=31536000" not in stale.headers.get("Cache-Control", "")
    bare = client.get("/static/hamkor.css")
    assert "no-cache" in bare.headers.get("Cache-Control", "")


def test_pages_load_no_script_they_do_not_use(client):
    page = client.get("/ru/auth/login").get_data(as_text=True)
    assert "bootstrap.min.js" not in page and "popper" not in page
    assert "<script" not in page  # the pages work without script


def test_a_first_load_is_light_and_a_repeat_load_lighter(as_user, client):
    from campaign_helpers import campaign

    winter = campaign("Safe winter")
    coordinator = as_user("coordinator@example.org")
    for visitor, path in ((coordinator, f"/ru/campaigns/{winter.id}/"), (coordinator, "/ru/region/"),
                          (client, "/tg/campaigns/")):
        page = visitor.get(path, headers=BROWSER)
        assert page.status_code == 200
        html = len(page.get_data())
        assets = 0
        for link in re.findall(r'(?:href|src)="(/(?:static|bootstrap/static)/[^"]+)"', _decoded(page).decode()):
            asset = visitor.get(link.replace("&amp;", "&"), headers=BROWSER)
            assert asset.status_code == 200, link
            assets += len(asset.get_data())
        assert html + assets <= 150 * 1024, (path, html, assets)
        assert html <= 40 * 1024, (path, html)  # a repeat load: the assets come from the browser's cache


def test_a_cover_is_sent_at_the_size_of_its_place_and_kept_by_the_browser(anon):
    import io

    from PIL import Image
    from sqlalchemy import select

    from app.extensions import db
    from app.models import Campaign
    from app.services import covers

    campaign = next(c for c in db.session.scalars(select(Campaign).order_by(Campaign.id))
                    if c.is_public and c.status == "active")
    original = photo(2400, 1600)
    campaign.cover_key, campaign.cover_type = covers.store(io.BytesIO(original))
    db.session.commit()
    page = anon.get(f"/en/campaigns/{campaign.id}-{campaign.slug}").get_data(as_text=True)
    shown = re.search(r'<img class="img-fluid rounded mb-3 campaign-cover" src="([^"]+)"', page).group(1)
    listed = re.search(rf'src="(/en/campaigns/{campaign.id}/cover\?[^"]+)" alt="" loading="lazy"',
                       anon.get("/en/campaigns/").get_data(as_text=True)).group(1)
    for url, width in ((shown, 1200), (listed, 480)):
        image = anon.get(url.replace("&amp;", "&"))
        assert image.status_code == 200 and image.mimetype == "image/jpeg"
        assert Image.open(io.BytesIO(image.data)).size == (width, width * 2 // 3)
        assert len(image.data) < len(original) / 3  # not the 2 MB original on a phone's link
        assert image.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    unversioned = anon.get(f"/en/campaigns/{campaign.id}/cover")
    assert unversioned.headers["Cache-Control"] == "public, max-age=600"  # an old address: not kept long
    assert anon.get(f"/en/campaigns/{campaign.id}/cover?size=poster").status_code == 404
    # A new cover is a new address: the browser's year-long copy of the old one is never asked for again.
    campaign.cover_key, campaign.cover_type = covers.store(io.BytesIO(photo(300, 200)))
    db.session.commit()
    page = anon.get(f"/en/campaigns/{campaign.id}-{campaign.slug}").get_data(as_text=True)
    assert shown not in page
    small = anon.get(f"/en/campaigns/{campaign.id}/cover?size=card")
    assert Image.open(io.BytesIO(small.data)).size == (300, 200)  # never made larger


def test_a_thumbnail_is_kept_by_the_browser_for_a_day(as_user):
    from app.extensions import db
    from app.models import MaterialFile

    admin = as_user("admin.kyrgyzstan@example.org")
    shown = re.findall(r'/files/(\d+)/thumbnail', admin.get("/en/materials/").get_data(as_text=True))
    assert shown
    item = db.session.get(MaterialFile, int(shown[0]))
    assert item.thumbnail_key
    response = admin.get(f"/files/{item.id}/thumbnail")
    assert response.status_code == 200 and response.headers["Cache-Control"] == "private, max-age=86400"

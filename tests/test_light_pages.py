"""Light pages for slow links (issue 18): responses compressed, static files under versioned URLs cached
for a year, no script the pages do not use, and a first load within 150 KB compressed."""
import gzip
import re

import brotli

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

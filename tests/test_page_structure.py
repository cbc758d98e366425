"""Every page of the demo, reached by following links as each kind of user would: valid link structure
(no link inside a link, which browsers split apart and screen readers announce twice), no error page, and
no Bootstrap class that the pages' subset of Bootstrap (app/css_subset.py) left out."""
import re
from collections import Counter, deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

# Downloads, images and actions that are not pages.
SKIP = re.compile(r"\.(csv|xlsx|zip|ics|png|jpe?g|svg|pdf|webp|txt|xml)$|/files/|/download|/chart|/qr|/cover|"
                  r"/pack|/export|/logout|/feed|/thumbnail|/preview|/static/|/bootstrap/")
PAGES_PER_USER = 110
PER_SHAPE = 2  # pages of the same shape (/campaigns/N/...) visited at most this many times


class _LinkNesting(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open_links = 0
        self.nested = 0
        self.hrefs = []
        self.classes = set()

    def handle_starttag(self, tag, attrs):
        self.classes.update((dict(attrs).get("class") or "").split())
        if tag == "a":
            if self.open_links:
                self.nested += 1
            self.open_links += 1
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)

    def handle_endtag(self, tag):
        if tag == "a" and self.open_links:
            self.open_links -= 1


def _crawl(client, start: str, lang: str):
    from app import css_subset

    assert css_subset.OUTPUT.is_file(), "`make css` builds the pages' Bootstrap (make test does)"
    bootstrap = css_subset.classes_of(css_subset.bootstrap_css().read_text(encoding="utf-8"))
    kept = css_subset.classes_of(css_subset.OUTPUT.read_text(encoding="utf-8"))
    seen, shapes, problems = set(), Counter(), []
    queue = deque([start])
    while queue and len(seen) < PAGES_PER_USER:
        url = queue.popleft()
        shape = re.sub(r"\d+", "N", urlsplit(url).path)
        if url in seen or shapes[shape] >= PER_SHAPE:
            continue
        seen.add(url)
        shapes[shape] += 1
        response = client.get(url)
        if response.status_code >= 500:
            problems.append(f"{url}: {response.status_code}")
            continue
        if response.status_code != 200 or not response.content_type.startswith("text/html"):
            continue
        parser = _LinkNesting()
        parser.feed(response.get_data(as_text=True))
        if parser.nested:
            problems.append(f"{url}: {parser.nested} link(s) inside a link")
        if "build/bootstrap.css" not in response.get_data(as_text=True)[:2000]:
            problems.append(f"{url}: not styled with the subset of Bootstrap")
        unstyled = (parser.classes & bootstrap) - kept
        if unstyled:
            problems.append(f"{url}: Bootstrap classes left out of the subset: {sorted(unstyled)}")
        for href in parser.hrefs:
            target = urljoin(url, href).split("#", 1)[0]
            parts = urlsplit(target)
            if parts.netloc not in ("", "localhost") or not parts.path.startswith(f"/{lang}/") or SKIP.search(parts.path):
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return seen, problems


@pytest.mark.parametrize("email,lang", [
    ("coordinator@example.org", "ru"), ("admin.kyrgyzstan@example.org", "ky"),
    ("translator.kyrgyzstan@example.org", "tg"), ("volunteer.kyrgyzstan@example.org", "kk"), (None, "uz"),
])
def test_no_page_has_a_link_inside_a_link_or_a_class_its_css_lacks(app, as_user, client, email, lang):
    visitor = as_user(email) if email else client
    seen, problems = _crawl(visitor, f"/{lang}/", lang)
    assert len(seen) >= (8 if email is None else 40)  # the crawl did reach the pages people work in
    assert problems == []


def test_the_crawler_finds_a_link_inside_a_link():
    parser = _LinkNesting()
    parser.feed('<p><a href="/x">Title <small>(<a href="/t">translate</a>)</small></a></p>')
    assert parser.nested == 1

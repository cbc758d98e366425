"""What is costly and rarely changes is cached under the data's version (issue 18): a write in any form
raises the version, so a kept page never outlives the data it shows, one person's kept page never
reaches another, and a kept page is answered before the person is loaded (one query)."""
import re

import pytest
from sqlalchemy import select, update

from app.caching import version
from app.extensions import db
from app.models import Campaign, Department, DepartmentTranslation, User
from helpers import org

COORDINATOR = "coordinator@example.org"
TRANSLATOR = "translator.kyrgyzstan@example.org"
QUEUE = "/en/s/kyrgyzstan/translations"


def test_every_write_raises_the_version_and_reading_does_not(app, database, as_user):
    coordinator = as_user(COORDINATOR)  # signing in writes (the last sign-in)
    start = version()
    coordinator.get("/en/region/")
    assert version() == start  # pages read, they do not write
    department = Department(organization_id=org("kyrgyzstan").id, source_locale="ky")
    department.translations.append(DepartmentTranslation(locale="ky", name="Жаңы бөлүм"))
    db.session.add(department)
    db.session.commit()
    assert version() > start
    after_insert = version()
    db.session.execute(update(Campaign).where(Campaign.id == -1).values(slug="x"))  # a bulk UPDATE too
    db.session.commit()
    assert version() > after_insert
    before_rollback = version()
    department.translations[0].name = "Башка"
    db.session.flush()
    db.session.rollback()  # a write that is not committed does not count
    assert version() == before_rollback


@pytest.fixture
def signed_in(as_user):
    """A signed-in client that has read its welcome message (a page showing one is never kept)."""
    def sign_in(email):
        client = as_user(email)
        assert "Welcome" in client.get("/en/").get_data(as_text=True)
        return client

    return sign_in


def test_a_cached_queue_costs_few_queries_and_shows_a_change_at_once(signed_in, query_counter):
    translator = signed_in(TRANSLATOR)
    url = f"{QUEUE}?content=department&status=all&language=tg"
    first = translator.get(url).get_data(as_text=True)
    with query_counter(cached=True) as cold_then_warm:
        again = translator.get(url).get_data(as_text=True)
    assert _rows(again) == _rows(first)
    assert cold_then_warm.count < 15  # the queue came from the cache
    # The translator gives a department its Tajik name: the queue says so on the next request.
    department = db.session.scalars(select(Department).where(Department.organization_id == org("kyrgyzstan").id)
                                    .order_by(Department.id)).first()
    edit = f"/en/s/kyrgyzstan/translations/department/{department.id}/tg"
    row = department.translation("tg")
    assert translator.post_form(edit, {"name": "Шӯъбаи нав", "version": str(row.version if row else 0)}).status_code == 302
    changed = translator.get(url).get_data(as_text=True)
    assert changed != again and _state(changed, department.id) != _state(again, department.id)


def test_one_persons_cached_page_never_reaches_another(as_user):
    translator, admin = as_user(TRANSLATOR), as_user("admin.kyrgyzstan@example.org")
    mine = translator.get(QUEUE).get_data(as_text=True)
    theirs = admin.get(QUEUE).get_data(as_text=True)
    # The translator's queue defaults to her languages (ru, en, tg, uz); the admin's to the space's.
    assert _languages(mine) != _languages(theirs)
    assert _languages(translator.get(QUEUE).get_data(as_text=True)) == _languages(mine)
    # Nor does a page made in one language come back in another.
    assert 'lang="tg"' in translator.get(QUEUE.replace("/en/", "/tg/")).get_data(as_text=True)[:200]


def test_the_region_dashboard_is_cached_and_follows_the_data(signed_in, query_counter):
    coordinator = signed_in(COORDINATOR)
    coordinator.get("/en/region/")
    with query_counter(cached=True) as warm:
        page = coordinator.get("/en/region/").get_data(as_text=True)
    assert warm.count == 1  # the data's version: the page was kept whole, the person not even loaded
    campaign = db.session.scalars(select(Campaign).where(Campaign.scope == "regional", Campaign.status == "active")
                                  .order_by(Campaign.id)).first()
    row = campaign.translation("en") or campaign.translations[0]
    assert row.title in page
    row.title = "Renamed for the test"  # any write, by any way in, shows on the next request
    db.session.commit()
    fresh = coordinator.get("/en/region/").get_data(as_text=True)
    assert "Renamed for the test" in fresh


def test_the_fallback_note_comes_back_with_a_cached_page(as_user):
    translator = as_user(TRANSLATOR)
    url = QUEUE.replace("/en/", "/tg/") + "?status=all"
    first = translator.get(url).get_data(as_text=True)
    second = translator.get(url).get_data(as_text=True)
    note = re.findall(r'<p class="fallback-note[^"]*">(.*?)</p>', first, re.S)
    assert note and re.findall(r'<p class="fallback-note[^"]*">(.*?)</p>', second, re.S) == note


def test_a_welcome_is_shown_once_and_never_kept(as_user):
    coordinator = as_user(COORDINATOR)
    assert "Welcome" in coordinator.get("/en/region/").get_data(as_text=True)
    for _ in range(2):  # made afresh, then from the cache: neither repeats the message
        page = coordinator.get("/en/region/").get_data(as_text=True)
        assert "Welcome" not in page and "Where the region stands" in page


def test_a_kept_page_is_not_served_once_the_person_is_out(signed_in, query_counter):
    coordinator = signed_in(COORDINATOR)
    coordinator.get("/en/region/")
    coordinator.post_form("/en/auth/logout")
    answer = coordinator.get("/en/region/")
    assert answer.status_code == 302 and "/auth/login" in answer.location
    # Deactivated (a write): a second session's kept page is gone with it.
    other = signed_in(COORDINATOR)
    assert other.get("/en/region/").status_code == 200
    db.session.scalar(select(User).where(User.email == COORDINATOR)).is_active_flag = False
    db.session.commit()
    answer = other.get("/en/region/")
    assert answer.status_code == 302 and "/auth/login" in answer.location


def test_a_session_used_from_another_browser_is_served_afresh(signed_in, query_counter):
    coordinator = signed_in(COORDINATOR)
    coordinator.get("/en/region/")
    with query_counter(cached=True) as elsewhere:
        page = coordinator.get("/en/region/", headers={"User-Agent": "another browser"})
    assert page.status_code == 200 and elsewhere.count > 1  # Flask-Login's session protection ran


def _rows(page):
    return re.findall(r'data-item="([^"]+)"', page) or re.findall(r"<tr[^>]*>", page)


def _state(page, department_id):
    found = re.search(rf'/translations/department/{department_id}/tg[^"]*"[^>]*>(.*?)</a>', page, re.S)
    return found.group(1) if found else None


def _languages(page):
    boxes = re.findall(r'<input[^>]*name="language"[^>]*>', page)
    return sorted(re.search(r'value="(\w+)"', box).group(1) for box in boxes if "checked" in box)


def test_a_background_jobs_progress_leaves_kept_pages_alone(app, database):
    """A pack's build writes its progress file by file; no page shows it, so no kept page is dropped."""
    from app.models import BackgroundJob
    from app.services import jobs

    start = version()
    db.session.add(BackgroundJob(kind="pack", key="c1-kk-test.zip", total=3))
    db.session.commit()
    jobs.started("c1-kk-test.zip")
    jobs.progress("c1-kk-test.zip", 2)
    jobs.finished("c1-kk-test.zip")
    assert version() == start and jobs.find("c1-kk-test.zip").state == "done"

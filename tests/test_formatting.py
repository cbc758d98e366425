"""One way to write dates, times, numbers and sizes (issue 17): a four-digit year in every language, sizes
in the locale's units, and the same helper on pages, in notifications and in the downloads' filter lines."""
import re
from datetime import date, datetime, time, timedelta

import pytest
from flask_babel import force_locale

from app.formatting import day, filesize, moment, number
from app.i18n import LOCALES

# "29.11.26", "29/11/26", "11/29/26": what CLDR's short patterns write in ky, kk, uz, tg and en.
TWO_DIGIT_YEAR = re.compile(r"(?<![\d./])\d{1,2}[./]\d{1,2}[./]\d{2}(?![\d./])")


@pytest.mark.parametrize("locale", LOCALES + ("uz_Cyrl",))
def test_dates_and_times_carry_a_four_digit_year(app, locale):
    when = date.today() + timedelta(days=40)
    with app.test_request_context(), force_locale(locale):
        written = [day(when), day(when, "long"), moment(datetime.combine(when, time(9, 30)))]
    for text in written:
        assert str(when.year) in text, text
        assert not TWO_DIGIT_YEAR.search(text), text


@pytest.mark.parametrize("locale,small,large", [
    ("ru", "27,3 кБ", "25 МБ"), ("kk", "27,3 кБ", "25 МБ"), ("ky", "27,3 кБ", "25 МБ"),
    ("tg", "27,3 КБ", "25 МБ"), ("uz_Cyrl", "27,3 КБ", "25 МБ"), ("uz", "27,3 kB", "25 MB"),
    ("tk", "27,3 kB", "25 MB"), ("en", "27.3 kB", "25 MB"),
])
def test_sizes_are_written_in_the_locales_units(app, locale, small, large):
    with app.test_request_context(), force_locale(locale):
        assert filesize(27_271).replace("\xa0", " ") == small
        assert filesize(25_000_000).replace("\xa0", " ") == large
    assert "27,271" not in small and " B" not in small


@pytest.mark.parametrize("locale,expected", [("ru", "12 345"), ("en", "12,345"), ("ky", "12 345")])
def test_numbers_are_grouped_the_locales_way(app, locale, expected):
    with app.test_request_context(), force_locale(locale):
        assert number(12345).replace("\xa0", " ").replace("\u202f", " ") == expected


def _main(page: str) -> str:
    return page.split("<main", 1)[1].split("</main>", 1)[0]


@pytest.mark.parametrize("lang", ["ky", "kk", "uz", "tg", "en"])
def test_pages_never_write_a_two_digit_year(as_user, lang):
    from campaign_helpers import campaign

    winter = campaign("Safe winter")
    admin = as_user("admin.kyrgyzstan@example.org")
    for url in (f"/{lang}/tasks/mine", f"/{lang}/s/kyrgyzstan/tasks", f"/{lang}/notifications/", f"/{lang}/campaigns/{winter.id}/",
                f"/{lang}/s/kyrgyzstan/audit", f"/{lang}/campaigns/{winter.id}/board?due=overdue"):
        response = admin.get(url)
        assert response.status_code == 200, url
        main = _main(response.get_data(as_text=True))
        assert not TWO_DIGIT_YEAR.search(main), (url, TWO_DIGIT_YEAR.search(main).group(0))
    # A page that shows dates shows them with the year written out.
    assert re.search(r"\b20\d\d\b", _main(admin.get(f"/{lang}/s/kyrgyzstan/audit").get_data(as_text=True)))


def test_a_downloads_filter_line_writes_the_date_as_the_page_does(as_user):
    since = date.today() - timedelta(days=30)
    admin = as_user("admin.kyrgyzstan@example.org")
    body = admin.get(f"/ru/s/kyrgyzstan/audit.csv?since={since.isoformat()}").get_data(as_text=True)
    first = body.lstrip("\ufeff").splitlines()[0]
    assert str(since.year) in first and since.isoformat() not in first


def test_a_notification_writes_the_due_date_with_its_year(app, database):
    from app.extensions import db
    from app.models import Notification, Task
    from app.notifications.texts import describe
    from sqlalchemy import select

    task = db.session.scalars(select(Task).where(Task.due_date.is_not(None))).first()
    note = Notification(user_id=task.assignee_user_id or task.created_by_id, task=task, kind="due_soon", data={})
    for locale in ("ky", "uz", "tg"):
        with app.test_request_context(), force_locale(locale):
            text = describe(note)
        assert str(task.due_date.year) in text and not TWO_DIGIT_YEAR.search(text)


def test_language_names_are_written_one_way_in_uzbek(app):
    from app.i18n import LOCALES, language_name

    with app.test_request_context(), force_locale("uz"):
        latin = [language_name(code) for code in LOCALES]
    assert all(name.endswith("cha") for name in latin), latin
    assert "oʻzbekcha" in latin and "o‘zbek" not in latin
    with app.test_request_context(), force_locale("uz_Cyrl"):
        cyrillic = [language_name(code) for code in LOCALES]
    assert "тожикча" in cyrillic and not any(re.search("[a-z]", name) for name in cyrillic)


def test_the_plan_progress_chart_counts_activities_in_whole_numbers(app):
    import base64

    from app.services.plans import progress_chart

    with app.test_request_context(), force_locale("ky"):
        uri = progress_chart({"planned": 3, "in_progress": 1, "done": 2},
                             {"planned": "P", "in_progress": "I", "done": "D"}, "Activities")
    svg = base64.b64decode(uri.split(",", 1)[1]).decode()
    y_axis = re.search(r'<g class="axis y[^"]*">(.*?)</g></g>(?=<g class="axis|<g class="series|<g)', svg, re.S)
    ticks = re.findall(r"<text[^>]*>([^<]*)</text>", y_axis.group(1))
    assert ticks and all(re.fullmatch(r"\d+", t) for t in ticks), ticks  # no 0.2 … 2.8

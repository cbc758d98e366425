"""Choosing, switching and remembering the interface language."""
import pytest

from helpers import user

LOCALES = ("ru", "tk", "kk", "ky", "uz", "tg", "en")


def test_root_redirects_by_accept_language(client):
    assert client.get("/", headers={"Accept-Language": "uz, ru;q=0.8"}).location == "/uz/"
    assert client.get("/", headers={"Accept-Language": "kk-KZ,kk;q=0.9"}).location == "/kk/"


def test_root_falls_back_to_russian(client):
    assert client.get("/", headers={"Accept-Language": "fr, de"}).location == "/ru/"
    assert client.get("/").location == "/ru/"


def test_root_prefers_the_logged_in_users_language(client):
    client.login("admin.kazakhstan@example.org")
    assert client.get("/", headers={"Accept-Language": "en"}).location == "/kk/"


def test_every_locale_renders_with_its_lang_attribute(client):
    for code in LOCALES:
        page = client.get(f"/{code}/auth/login").get_data(as_text=True)
        assert f'<html lang="{code}">' in page


def test_switcher_keeps_the_page_sets_cookie_and_profile(client):
    client.login("admin.kyrgyzstan@example.org")
    response = client.post_form("/en/language", {"locale": "tg", "next": "/en/s/kyrgyzstan/members?x=1"})
    assert response.status_code == 302 and response.location == "/tg/s/kyrgyzstan/members?x=1"
    assert client.get_cookie("hamkor_lang").value == "tg"
    assert user("admin.kyrgyzstan@example.org").preferred_locale == "tg"


def test_switcher_choice_sticks_for_anonymous_visitor(client):
    client.post_form("/ru/language", {"locale": "tk", "next": "/ru/auth/login"})
    assert client.get("/", headers={"Accept-Language": "en"}).location == "/tk/"


def test_switcher_refuses_foreign_next_and_unknown_locale(client):
    response = client.post_form("/en/language", {"locale": "tk", "next": "https://evil.example/"})
    assert response.location == "/tk/"
    response = client.post_form("/en/language", {"locale": "fr", "next": "/en/auth/login"})
    assert response.location == "/en/auth/login" and client.get_cookie("hamkor_lang").value != "fr"


def test_every_page_offers_all_seven_languages(client):
    page = client.get("/en/auth/login").get_data(as_text=True)
    for code in LOCALES:
        assert f'name="locale" value="{code}"' in page


def test_unknown_language_prefix_is_404_in_russian(client):
    response = client.get("/xx/auth/login", headers={"Accept-Language": "en"})
    assert response.status_code == 404
    page = response.get_data(as_text=True)
    assert '<html lang="ru">' in page and "Page not found" not in page


def test_unknown_page_is_404_in_the_chosen_language(client):
    response = client.get("/ky/no-such-page")
    assert response.status_code == 404


def test_dates_are_formatted_for_the_locale(client):
    client.login("admin.kyrgyzstan@example.org")
    import re

    ru = client.get("/ru/s/kyrgyzstan/").get_data(as_text=True)
    en = client.get("/en/s/kyrgyzstan/").get_data(as_text=True)
    assert re.search(r"\d{4}\s+г\.", ru)  # "28 ноября 2026 г."
    assert re.search(r"(January|February|March|April|May|June|July|August|September|October|November|December) "
                     r"\d{1,2}, \d{4}", en)


def test_content_falls_back_with_a_lang_attribute(client, database):
    from sqlalchemy import select

    from app.models import Department, DepartmentTranslation
    from helpers import org

    dept = database.session.scalar(select(Department).where(Department.organization_id == org("kyrgyzstan").id))
    database.session.execute(
        DepartmentTranslation.__table__.delete().where(DepartmentTranslation.department_id == dept.id,
                                                       DepartmentTranslation.locale == "tk"))
    database.session.commit()
    client.login("admin.kyrgyzstan@example.org")
    page = client.get("/tk/s/kyrgyzstan/departments").get_data(as_text=True)
    # Turkmen is missing: the society's first working language (Kyrgyz) is shown, marked as such.
    assert '<span lang="ky">Коммуникация бөлүмү</span>' in page


@pytest.mark.parametrize("lang, words", [("tg", "Саҳифа ёфт нашуд"), ("ky", "Барак табылган жок"), ("en", "Page not found")])
def test_a_missing_page_answers_in_the_language_of_its_address(client, lang, words):
    response = client.get(f"/{lang}/no/such/page", headers={"Accept-Language": "ru"})
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert f'<html lang="{lang}">' in html and words in html

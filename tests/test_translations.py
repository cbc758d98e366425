"""Per-language content: fallback, outdated detection, the side-by-side form, dashboards, Uzbek scripts."""
import re

import pytest
from sqlalchemy import select

from app.extensions import db
from app.i18n import fallback_chain, translated
from app.models import Department, DepartmentTranslation
from app.translit import latin_to_cyrillic
from helpers import org, user

ADMIN = "admin.kyrgyzstan@example.org"
TRANSLATOR = "translator.kyrgyzstan@example.org"  # translates into ru, en, tg, uz


def dept(slug="kyrgyzstan", en_name="Youth") -> Department:
    db.session.expire_all()
    return db.session.scalar(
        select(Department).join(Department.translations).join(Department.organization)
        .where(DepartmentTranslation.locale == "en", DepartmentTranslation.name == en_name,
               Department.organization.has(slug=slug)))


def names(d) -> dict:
    db.session.expire_all()
    return {t.locale: t.name for t in d.translations}


def edit_url(d, target, lang="en"):
    return f"/{lang}/s/kyrgyzstan/translations/department/{d.id}/{target}"


def _version(client, url) -> str:
    return re.search(r'name="version" type="hidden" value="(\d+)"', client.get(url).get_data(as_text=True)).group(1)


# ------------------------------------------------------------------ reading


def test_fallback_chain_order():
    kg = type("Org", (), {"working_locales": ["ky", "ru"]})()
    assert fallback_chain("tg", kg) == ["tg", "ky", "ru", "en"]
    assert fallback_chain("en", None) == ["en", "ru"]


def test_fallback_follows_working_locales_then_russian_then_english(app, database):
    youth = dept()  # Kyrgyz society's Youth department has no Tajik or Uzbek name
    kg = org("kyrgyzstan")
    assert translated(youth, "name", kg, locale="tg") == ("Жаштар бөлүмү", "ky")
    kg.working_locales = ["en"]
    assert translated(youth, "name", kg, locale="tg") == ("Youth", "en")
    kg.working_locales = []
    assert translated(youth, "name", kg, locale="tg") == ("Молодёжный отдел", "ru")
    db.session.rollback()


def test_never_blank_while_any_language_has_text(app, database):
    youth = dept()
    for row in list(youth.translations):
        if row.locale != "kk":
            youth.translations.remove(row)
    youth.source_locale = "ky"
    assert translated(youth, "name", None, locale="uz") == ("Жастар бөлімі", "kk")
    db.session.rollback()


# ------------------------------------------------------------------ writing


def test_source_edit_outdates_other_languages_but_target_edit_does_not(as_user):
    admin = as_user(ADMIN)
    youth = dept()
    assert youth.revision == 1
    admin.post_form(f"/en/s/kyrgyzstan/departments/{youth.id}/rename", {"name": "Youth and volunteers"})
    db.session.expire_all()
    assert youth.revision == 1  # English is not the source (Kyrgyz is): only English changed
    assert names(youth)["ky"] == "Жаштар бөлүмү" and names(youth)["ru"] == "Молодёжный отдел"
    admin.post_form(f"/ky/s/kyrgyzstan/departments/{youth.id}/rename", {"name": "Жаштар жана ыктыярчылар бөлүмү"})
    db.session.expire_all()
    assert youth.revision == 2
    assert all(youth.is_outdated(t) for t in youth.translations if t.locale != "ky")
    assert names(youth)["ru"] == "Молодёжный отдел"  # outdated, never overwritten


def test_translator_saves_a_draft_and_a_second_person_reviews_it(as_user):
    youth = dept()
    translator = as_user(TRANSLATOR)
    url = edit_url(youth, "tg")
    page = translator.get(url).get_data(as_text=True)
    assert "Жаштар бөлүмү" in page  # the source text on the left
    response = translator.post_form(url, {"name": "Шӯъбаи ҷавонон", "version": "0"})
    assert response.status_code == 302
    row = dept().translation("tg")
    assert row.name == "Шӯъбаи ҷавонон" and row.status == "draft"
    assert row.translated_by_id == user(TRANSLATOR).id
    assert names(youth)["ky"] == "Жаштар бөлүмү"
    own = translator.post_form(url + "/review", {"version": str(row.version)}, follow_redirects=True)
    assert "second person" in own.get_data(as_text=True)
    assert dept().translation("tg").status == "draft"
    admin = as_user(ADMIN)
    assert admin.post_form(url + "/review", {"version": str(row.version)}).status_code == 302
    assert dept().translation("tg").status == "reviewed"


def test_outdated_translation_shows_the_source_as_it_was_and_is(as_user):
    disaster = dept(en_name="Disaster management")  # seeded outdated in en and tk
    page = as_user(ADMIN).get(edit_url(disaster, "en")).get_data(as_text=True)
    assert "Outdated" in page
    assert "<del>Кырсыктарды</del>" in page and "<ins>Кырсык коркунучун</ins>" in page


def test_stale_form_is_a_conflict_that_loses_nothing(as_user):
    youth = dept()
    first, second = as_user(TRANSLATOR), as_user(ADMIN)
    url = edit_url(youth, "uz")
    stale = _version(first, url)
    assert second.post_form(url, {"name": "Yoshlar boʻlimi", "version": stale}).status_code == 302
    response = first.post_form(url, {"name": "Yoshlar ishlari boʻlimi", "version": stale})
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "Yoshlar boʻlimi" in page and "Yoshlar ishlari boʻlimi" in page  # both texts are there
    assert dept().translation("uz").name == "Yoshlar boʻlimi"
    # Sending the form again (now at the current version) saves the second text.
    again = _version_from(page)
    assert first.post_form(url, {"name": "Yoshlar ishlari boʻlimi", "version": again}).status_code == 302
    assert dept().translation("uz").name == "Yoshlar ishlari boʻlimi"


def _version_from(page):
    return re.search(r'name="version" type="hidden" value="(\d+)"', page).group(1)


@pytest.mark.parametrize("data", [{"name": "", "version": "0"}, {"name": "x" * 201, "version": "0"},
                                  {"name": "ok\x00", "version": "0"}])
def test_empty_or_oversize_translation_is_refused(as_user, data):
    youth = dept()
    response = as_user(TRANSLATOR).post_form(edit_url(youth, "tg"), data)
    assert response.status_code == 400
    assert dept().translation("tg") is None


def test_locale_outside_the_seven_and_the_source_locale_are_404(as_user):
    youth = dept()
    admin = as_user(ADMIN)
    assert admin.get(edit_url(youth, "fr")).status_code == 404
    assert admin.get(edit_url(youth, "ky")).status_code == 404  # the source language


# ------------------------------------------------------------------ permissions


def test_translator_only_into_their_languages(as_user):
    youth = dept()
    translator = as_user(TRANSLATOR)
    assert translator.get(edit_url(youth, "tg")).status_code == 200
    assert translator.get(edit_url(youth, "kk")).status_code == 403
    assert translator.post_form(edit_url(youth, "kk"), {"name": "Жастар", "version": "0"}).status_code == 403


def test_translator_of_another_society_gets_404(as_user):
    youth = dept()
    other = as_user("translator.kazakhstan@example.org")
    assert other.get(edit_url(youth, "ru")).status_code == 404
    assert other.get(f"/en/s/kazakhstan/translations/department/{youth.id}/ru").status_code == 404
    assert other.get("/en/s/kyrgyzstan/translations").status_code == 404


def test_admin_sets_the_languages_a_translator_translates_into(as_user):
    from helpers import membership

    youth = dept()
    kz_translator = membership(TRANSLATOR, "kyrgyzstan")
    admin = as_user(ADMIN)
    url = f"/en/s/kyrgyzstan/members/{kz_translator.id}/role"
    admin.post_form(url, {"role": "translator", "department": "0", "languages": ["kk", "fr"]})
    assert membership(TRANSLATOR, "kyrgyzstan").translation_locales == ["ru", "en", "tg", "uz"]  # refused whole
    admin.post_form(url, {"role": "translator", "department": "0", "languages": ["kk"]})
    assert membership(TRANSLATOR, "kyrgyzstan").translation_locales == ["kk"]
    translator = as_user(TRANSLATOR)
    assert translator.get(edit_url(youth, "kk")).status_code == 200
    assert translator.get(edit_url(youth, "tg")).status_code == 403


def test_staff_and_volunteers_may_not_translate(as_user):
    youth = dept()
    for email in ("staff.kyrgyzstan@example.org", "volunteer.kyrgyzstan@example.org"):
        c = as_user(email)
        assert c.get(edit_url(youth, "tg")).status_code == 403
        assert c.get("/en/s/kyrgyzstan/translations").status_code == 403


def test_translate_link_only_for_those_allowed(as_user):
    translator = as_user(TRANSLATOR)
    page = translator.get("/tg/s/kyrgyzstan/departments").get_data(as_text=True)
    assert '<span lang="ky">Жаштар бөлүмү</span>' in page
    assert f"/translations/department/{dept().id}/tg" in page
    volunteer = as_user("volunteer.kyrgyzstan@example.org").get("/tg/s/kyrgyzstan/departments")
    assert "/translations/department/" not in volunteer.get_data(as_text=True)


# ------------------------------------------------------------------ dashboards


def test_society_dashboard_counts_match_the_data(as_user):
    admin = as_user(ADMIN)
    # Tajik: the society's name is translated, its description is not.
    # Tajik: the society's name is translated, its description is not: an incomplete item, one text missing.
    society = _summary(admin.get("/en/s/kyrgyzstan/translations?language=tg&content=organization")
                       .get_data(as_text=True))
    assert society["missing"] == ("0", "1") and society["incomplete"] == "1" and society["reviewed"] == ("0", "1")
    # Four departments, of which Youth has no Tajik name.
    departments = _summary(admin.get("/en/s/kyrgyzstan/translations?language=tg&content=department")
                           .get_data(as_text=True))
    assert departments["missing"] == ("1", "1") and departments["reviewed"] == ("3", "3")
    assert departments["outdated"] == ("0", "0") and departments["draft"] == ("0", "0")
    english = _summary(admin.get("/en/s/kyrgyzstan/translations?language=en&content=department").get_data(as_text=True))
    assert english["outdated"] == ("1", "1")  # Disaster management was renamed in Kyrgyz since
    # Campaigns the society takes part in: Safe winter and the heat wave (joined) and its own
    # blood donation month. Tajik has the winter title only: two items missing, the winter one incomplete.
    campaigns = _summary(admin.get("/en/s/kyrgyzstan/translations?language=tg&content=campaign").get_data(as_text=True))
    assert campaigns["missing"][0] == "2" and campaigns["incomplete"] == "1" and campaigns["reviewed"] == ("0", "1")


def test_the_status_filter_lists_only_that_status_and_the_summary_still_counts_all(as_user):
    admin = as_user(ADMIN)
    whole = admin.get("/en/s/kyrgyzstan/translations?language=tg&content=department&status=all").get_data(as_text=True)
    missing = admin.get("/en/s/kyrgyzstan/translations?language=tg&content=department&status=missing")
    page = missing.get_data(as_text=True)
    assert _summary(page) == _summary(whole)  # the summary shows every status
    assert _badges(page) == [("tg", "missing")] and _badges(whole).count(("tg", "reviewed")) == 3
    # An unknown status is ignored (the other filters still apply: the default, what needs work), never an error.
    gone = admin.get("/en/s/kyrgyzstan/translations?language=tg&content=department&status=gone").get_data(as_text=True)
    assert _badges(gone) == [("tg", "missing")]


def _summary(page):
    row = re.search(r"<th scope=\"row\">[^<]+</th>(.*?)</tr>", page, re.S).group(1)
    cells = re.findall(r'<td class="counts"[^>]*>(\d+) / (\d+)</td>', row)
    summary = dict(zip(("missing", "outdated", "draft", "reviewed"), cells, strict=True))
    summary["incomplete"] = re.search(r'<td class="counts-items"[^>]*>(\d+)</td>', row).group(1)  # items only
    return summary


def _badges(page) -> list[tuple[str, str]]:
    """The queue's language badges, (locale, state), in the order shown."""
    return re.findall(r'class="badge queue-badge[^"]*" data-locale="(\w+)" data-state="(\w+)"', page)


def test_region_dashboard_for_the_coordinator_only(as_user):
    coordinator = as_user("coordinator@example.org")
    page = coordinator.get("/en/translations/").get_data(as_text=True)
    assert "Red Crescent Society of Kyrgyzstan" in page and "Missing" in page
    assert as_user(ADMIN).get("/en/translations/").status_code == 403


def test_the_region_list_costs_the_same_queries_however_much_the_societies_made(as_user, query_counter):
    from campaign_helpers import campaign
    from material_helpers import material

    coordinator = as_user("coordinator@example.org")
    winter = campaign("Safe winter")

    def add(count, owner):
        for i in range(count):
            material(owner=owner, campaign=winter, audience="participants", title=f"Poster {owner} {i}",
                     locale="ru")

    add(1, "kazakhstan")
    with query_counter() as few:
        coordinator.get("/en/translations/?content=material")
    add(4, "kyrgyzstan")
    add(4, "tajikistan")
    with query_counter() as many:
        page = coordinator.get("/en/translations/?content=material").get_data(as_text=True)
    assert "Poster tajikistan 3" in page
    assert many.count == few.count, (few.count, many.count)


def test_the_region_queue_comes_in_pages_that_keep_the_filters_and_add_up_to_the_counts(as_user):
    from app.translations.routes import ROWS_PER_PAGE

    coordinator = as_user("coordinator@example.org")
    first = coordinator.get("/en/translations/?status=all&language=tg&language=en").get_data(as_text=True)
    counts = [int(n) for n in re.findall(r'<td class="counts"[^>]*>(\d+) / \d+</td>', first)]
    counts += [int(n) for n in re.findall(r'<td class="counts-items"[^>]*>(\d+)</td>', first)]
    expected = sum(counts)  # every item in each of the two languages, whatever its state
    url, badges, items, pages = "/en/translations/?status=all&language=tg&language=en", [], [], 0
    while url:
        listed = coordinator.get(url).get_data(as_text=True)
        rows = re.findall(r'<tr class="queue-row" data-kind="(\w+)" data-id="(\d+)">', listed)
        assert 0 < len(rows) <= ROWS_PER_PAGE
        items += rows
        badges += _badges(listed)
        pages += 1
        following = re.search(r'<a rel="next" href="([^"]+)"', listed)
        url = following and following.group(1).replace("&amp;", "&")
        if url:  # the next page keeps both languages and the status
            assert "language=tg&language=en" in url and "status=all" in url
    assert pages > 1 and len(badges) == expected and {locale for locale, _state in badges} == {"tg", "en"}
    assert len(items) == len(set(items))  # one row per item
    assert coordinator.get("/en/translations/?page=9999").status_code == 200  # past the end: the last page


def test_translated_list_costs_the_same_queries_at_10_and_200(as_user, query_counter):
    admin = as_user(ADMIN)
    kg = org("kyrgyzstan")

    def add(count):
        for i in range(count):
            d = Department(organization_id=kg.id, source_locale="ky")
            db.session.add(d)
            d.translations.append(DepartmentTranslation(locale="ky", name=f"Бөлүм {count}-{i}"))
        db.session.commit()

    add(10 - 4)
    with query_counter() as ten:
        page = admin.get("/tg/s/kyrgyzstan/departments").get_data(as_text=True)
    assert page.count("<tr>") >= 10
    add(190)
    with query_counter() as two_hundred:
        page = admin.get("/tg/s/kyrgyzstan/departments").get_data(as_text=True)
    assert page.count("<tr>") >= 200
    assert two_hundred.count == ten.count


# ------------------------------------------------------------------ Uzbek in two scripts


@pytest.mark.parametrize("latin,cyrillic", [
    ("Oʻzbekiston", "Ўзбекистон"), ("O'zbekiston", "Ўзбекистон"), ("OʻZBEKISTON", "ЎЗБЕКИСТОН"),
    ("gʻalaba", "ғалаба"), ("G‘alaba", "Ғалаба"), ("shahar", "шаҳар"), ("SHAHAR", "ШАҲАР"), ("Shahar", "Шаҳар"),
    ("choy", "чой"), ("Chiroq", "Чироқ"), ("tong", "тонг"), ("maʼlumot", "маълумот"), ("ma'lumot", "маълумот"),
    ("yoshlar", "ёшлар"), ("Yoʻl", "Йўл"), ("Yevropa", "Европа"), ("ekin", "экин"), ("telefon", "телефон"),
    ("Is'hoq", "Исҳоқ"), ("Qizil Yarim Oy jamiyati", "Қизил Ярим Ой жамияти"), ("Yoshlar boʻlimi", "Ёшлар бўлими"),
    # Russian loanwords keep their Russian spelling; names, codes and addresses stay as written.
    ("Kommunikatsiya", "Коммуникация"), ("federatsiyasi", "федерацияси"), ("Konferensiya", "Конференция"),
    ("aksiyalar", "акциялар"), ("oktabr", "октябрь"), ("10-oktabrda", "10-октябрда"), ("Aprel", "Апрель"),
    ("kompyuterlar", "компьютерлар"), ("protsent", "процент"), ("ketsin", "кетсин"),
    ("IFRC va UNICEF hamkorlari", "IFRC ва UNICEF ҳамкорлари"), ("MP4 fayl", "MP4 файл"),
    ("https://hamkor.example.org/uz/ yoki info@example.uz", "https://hamkor.example.org/uz/ ёки info@example.uz"),
])
def test_uzbek_latin_to_cyrillic(latin, cyrillic):
    assert latin_to_cyrillic(latin) == cyrillic


def test_uzbek_content_switches_script_and_remembers_it(client):
    client.login("admin.kyrgyzstan@example.org")
    page = client.get("/uz/organizations/?script=cyrl").get_data(as_text=True)
    assert "Қирғизистон Республикаси Қизил Ярим Ой миллий жамияти" in page
    assert client.get_cookie("hamkor_uz_script").value == "cyrl"
    again = client.get("/uz/organizations/").get_data(as_text=True)
    assert 'lang="uz-Cyrl"' in again and "Qirgʻiziston Respublikasi" not in again
    # The interface follows the script (its own uz_Cyrl catalog); the switch back names Latin in Latin.
    assert "Lotin yozuvida" in again and "<th scope=\"col\">Ном</th>" in again and "<th scope=\"col\">Nom</th>" not in again
    back = client.get("/uz/organizations/?script=latn").get_data(as_text=True)
    assert "Qirgʻiziston Respublikasi Qizil Yarim Oy milliy jamiyati" in back


def test_society_translator_translates_a_campaign_it_takes_part_in(as_user):
    from campaign_helpers import campaign

    winter = campaign("Safe winter")  # owned by the regional office, joined by Kyrgyzstan
    translator = as_user(TRANSLATOR)  # into ru, en, tg, uz
    url = f"/tg/s/kyrgyzstan/translations/campaign/{winter.id}/tg"
    page = translator.get(url).get_data(as_text=True)
    assert "Безопасная зима" in page  # the source (Russian) on the left
    response = translator.post_form(url, {"title": "Зимистони бехатар", "version": str(winter.translation("tg").version),
                                          "summary": "Маъракаи минтақавӣ дар бораи гармкунии бехатар.", "body": ""})
    assert response.status_code == 302
    public = as_user(ADMIN).get(f"/tg/campaigns/{winter.id}-{winter.slug}").get_data(as_text=True)
    assert "Маъракаи минтақавӣ дар бораи гармкунии бехатар." in public
    # A campaign the society is not part of cannot be reached through its space.
    first_aid = campaign("First aid in every family")
    assert translator.get(f"/tg/s/kyrgyzstan/translations/campaign/{first_aid.id}/tg").status_code == 404
    assert as_user("translator.kazakhstan@example.org").get(
        f"/en/s/kazakhstan/translations/campaign/{campaign('Blood donation month').id}/en").status_code == 404


# ------------------------------------------------------------------ every translatable thing


def test_milestones_indicators_news_and_adaptations_reach_the_translators(as_user):
    from campaign_helpers import campaign, participation
    from app.services import campaigns

    winter = campaign("Safe winter")
    campaigns.post_update(user(ADMIN), winter, org("kyrgyzstan"), body="Бишкекте 40 ыктыярчы даярдалды.",
                          locale="ky")
    mine = participation(winter, "kyrgyzstan")
    campaigns.update_adaptation(user(ADMIN), mine, focal_user=None, local_start=None, local_end=None,
                                local_note="Тоолуу айылдарга өзгөчө көңүл бурабыз.", key_messages="", locale="ky")
    translator = as_user(TRANSLATOR)
    listed = {}
    for kind in ("indicator", "milestone", "update", "adaptation"):
        page = translator.get(f"/en/s/kyrgyzstan/translations?content={kind}&language=tg").get_data(as_text=True)
        listed[kind] = re.findall(rf'/en/s/kyrgyzstan/translations/{kind}/(\d+)/tg[?"]', page)
    assert all(listed.values()), listed
    assert str(mine.id) in listed["adaptation"]
    milestone = next(m for m in winter.milestones if str(m.id) in listed["milestone"])
    url = f"/en/s/kyrgyzstan/translations/milestone/{milestone.id}/tg"
    assert translator.post_form(url, {"title": "Оғози маърака", "version": "0"}).status_code == 302
    db.session.expire_all()
    assert milestone.translation("tg").title == "Оғози маърака"
    # A campaign the society does not take part in: its milestones are out of reach.
    first_aid = campaign("First aid in every family")
    owner = first_aid.owner_org
    editor = "coordinator@example.org" if owner.is_regional_office else f"admin.{owner.slug}@example.org"
    other = campaigns.add_milestone(user(editor), first_aid, on_date=first_aid.start_date, kind="launch",
                                    title="Start", locale="ru")
    assert translator.get(f"/en/s/kyrgyzstan/translations/milestone/{other.id}/tg").status_code == 404
    # The society's own local adaptation is its to translate; another society's is not.
    kz = participation(winter, "kazakhstan")
    assert translator.get(f"/en/s/kyrgyzstan/translations/adaptation/{kz.id}/tg").status_code == 404


def _fallback_notes(page):
    return re.findall(r'<p class="fallback-note[^"]*">(.*?)</p>', page, re.S)


def test_the_fallback_note_is_one_per_page_and_offers_translation_to_those_who_may(as_user):
    from campaign_helpers import campaign

    winter = campaign("Safe winter")  # its body is written in Russian and English only
    page = as_user(TRANSLATOR).get(f"/tg/campaigns/{winter.id}/").get_data(as_text=True)
    notes = _fallback_notes(page)
    assert len(notes) == 1
    assert re.search(r"\d+", notes[0]) and "русӣ" in notes[0]
    assert '/tg/s/kyrgyzstan/translations' in notes[0]
    # Each item shown in Russian keeps its lang and a small tag; no item carries its own note or link.
    assert 'class="fallback-tag"' in page and '<div lang="ru" class="markdown">' in page
    assert page.count('class="fallback-note') == 1
    volunteer = as_user("volunteer.kyrgyzstan@example.org").get(f"/tg/campaigns/{winter.id}/")
    text = volunteer.get_data(as_text=True)
    assert volunteer.status_code == 200 and "/translations/" not in text
    assert len(_fallback_notes(text)) == 1 and "fallback-tag" in text


def test_the_fallback_note_counts_the_items_shown_in_another_language(as_user):
    page = as_user(TRANSLATOR).get("/tg/s/kyrgyzstan/departments").get_data(as_text=True)
    tags = page.count('class="fallback-tag"')
    assert tags >= 1
    note = _fallback_notes(page)[0]
    assert str(len(set(re.findall(r'<span lang="(?:ky|ru|en)">([^<]+)</span> <small class="fallback-tag"', page)))) \
        in note
    # A page whose every item is in the page's language has no note at all.
    assert _fallback_notes(as_user(TRANSLATOR).get("/ky/s/kyrgyzstan/departments").get_data(as_text=True)) == []


def test_a_detail_page_offers_to_translate_itself(as_user):
    from app.models import CampaignProposal

    proposal = db.session.scalars(select(CampaignProposal)).first()
    lang = "tg" if proposal.source_locale != "tg" else "ky"
    page = as_user("coordinator@example.org").get(f"/{lang}/proposals/{proposal.id}").get_data(as_text=True)
    note = _fallback_notes(page)[0]
    assert f"/translations/proposal/{proposal.id}/{lang}" in note


def test_the_region_list_filters_by_campaign_and_organization(as_user):
    from campaign_helpers import campaign
    from material_helpers import material

    winter = campaign("Safe winter")
    material(owner="kyrgyzstan", campaign=winter, audience="participants", title="Winter poster", locale="ky")
    material(owner="kazakhstan", campaign=campaign("Heat wave: look after yourself"), audience="participants",
             title="Heat poster", locale="kk")
    coordinator = as_user("coordinator@example.org")
    page = coordinator.get(f"/en/translations/?campaign={winter.id}&language=tg").get_data(as_text=True)
    assert "Winter poster" in page and "Heat poster" not in page
    assert f'<option selected value="{winter.id}">' in page or f'value="{winter.id}" selected' in page
    kg = org("kyrgyzstan")
    page = coordinator.get(f"/en/translations/?organization={kg.id}&language=tg").get_data(as_text=True)
    spaces = set(re.findall(r'<td class="card-lead" data-label="Organization">([^<]+)</td>', page))
    assert spaces == {"Red Crescent Society of Kyrgyzstan"}
    assert coordinator.get("/en/translations/?campaign=abc&organization=-1").status_code == 200


def test_the_campaign_page_offers_its_translator_the_campaign_itself(as_user):
    from campaign_helpers import campaign

    winter = campaign("Safe winter")
    page = as_user(TRANSLATOR).get(f"/tg/campaigns/{winter.id}/").get_data(as_text=True)
    note = _fallback_notes(page)[0]
    assert f'/tg/s/kyrgyzstan/translations/campaign/{winter.id}/tg"' in note and "Ин саҳифаро тарҷума кардан" in note

"""The translator's queue: by default what needs work in the translator's own languages, one row per item with a
badge per language, statuses that match the saved text, "Save and next", and the region's queue alike."""
import html
import re
from datetime import date, timedelta

import pytest

from app.extensions import db
from app.models import Task, TaskTranslation
from app.policy import kind_of, translatable_content
from app.services import tasks
from app.services.translation_status import item_state
from helpers import org, user

TRANSLATOR = "translator.kazakhstan@example.org"  # translates into ru and en
ADMIN = "admin.kazakhstan@example.org"  # no languages of their own: the society's working languages (kk, ru)
QUEUE = "/en/s/kazakhstan/translations"
NEEDS_WORK = {"missing", "incomplete", "outdated", "draft"}

_ROW = re.compile(r'<tr class="queue-row" data-kind="(\w+)" data-id="(\d+)">(.*?)</tr>', re.S)
_BADGE = re.compile(r'class="badge queue-badge[^"]*" data-locale="(\w+)" data-state="(\w+)"(?: href="([^"]+)")?')


def _rows(page: str) -> list[tuple[str, int, list[tuple[str, str, str]]]]:
    """The queue's rows: (kind, id, [(locale, state, link to the form), ...])."""
    return [(kind, int(obj_id), [(locale, state, html.unescape(href)) for locale, state, href in _BADGE.findall(body)])
            for kind, obj_id, body in _ROW.findall(page)]


def _links(page: str) -> list[str]:
    return [href for _kind, _id, badges in _rows(page) for _locale, _state, href in badges]


def _checked_languages(page: str) -> list[str]:
    return re.findall(r'<input checked id="language-\d" name="language" type="checkbox" value="(\w+)">', page)


def _fill(client, url: str, text="Перевод") -> dict:
    """The edit form at `url`, each translatable field filled in, at the version it was opened at."""
    page = client.get(url).get_data(as_text=True)
    form = page.split('<form method="post" novalidate', 1)[1].split("</form>", 1)[0]
    names = set(re.findall(r'<(?:input|textarea)[^>]*name="(\w+)"', form)) - {"csrf_token", "version", "submit",
                                                                             "save_next"}
    data = {name: text for name in names}
    data["version"] = re.search(r'name="version" type="hidden" value="(\d+)"', form).group(1)
    return data


def _task(title: str, description: str, locale="kk") -> Task:
    """A task the Kazakh society gives itself, written in `locale`."""
    return tasks.create(user(ADMIN), owner_org=org("kazakhstan"), assignee_org=org("kazakhstan"), title=title,
                        description=description, campaign=None, priority="normal",
                        due_date=date.today() + timedelta(days=5), visibility="organization", assignee_user=None,
                        locale=locale, may_backdate=True)


# ------------------------------------------------------------------ the status of an item in a language


def _translated_task(*rows, revision=1) -> Task:
    task = Task(source_locale="kk", revision=revision)
    task.translations.append(TaskTranslation(locale="kk", title="Тақырып", description="Сипаттама",
                                             source_revision=revision, status="reviewed"))
    for locale, title, description, source_revision, status in rows:
        task.translations.append(TaskTranslation(locale=locale, title=title, description=description,
                                                 source_revision=source_revision, status=status))
    return task


@pytest.mark.parametrize("rows,revision,expected", [
    ((), 1, "missing"),
    ((("ru", None, None, 1, "draft"),), 1, "missing"),
    ((("ru", "Заголовок", None, 1, "draft"),), 1, "incomplete"),  # some texts filled: not "no translation"
    ((("ru", "Заголовок", None, 1, "reviewed"),), 1, "incomplete"),
    ((("ru", "Заголовок", "Описание", 1, "draft"),), 1, "draft"),
    ((("ru", "Заголовок", "Описание", 1, "reviewed"),), 1, "reviewed"),
    ((("ru", "Заголовок", "Описание", 1, "reviewed"),), 2, "outdated"),
    ((("ru", "Заголовок", None, 1, "draft"),), 2, "outdated"),  # the source changed: that comes first
])
def test_an_items_status_tells_what_its_translation_needs(app, rows, revision, expected):
    task = _translated_task(*rows, revision=revision)
    assert item_state(task, "ru") == expected
    assert item_state(task, "kk") is None  # the source language is not translated


# ------------------------------------------------------------------ the queue's defaults


def test_the_queue_shows_the_translators_languages_and_what_needs_work_by_default(as_user):
    page = as_user(TRANSLATOR).get(QUEUE).get_data(as_text=True)
    rows = _rows(page)
    badges = [(locale, state) for _kind, _id, found in rows for locale, state, _href in found]
    assert {locale for locale, _state in badges} == {"ru", "en"}
    assert {state for _locale, state in badges} <= NEEDS_WORK
    assert _checked_languages(page) == ["ru", "en"]  # the form says which languages it shows
    assert '<option selected value="needs_work">' in page
    # Exactly the items that need work in Russian or English, of everything the society translates.
    everything = translatable_content(user(TRANSLATOR), org("kazakhstan"))
    wanted = {(kind_of(item), item.id) for item in everything
              if any(item_state(item, locale) in NEEDS_WORK for locale in ("ru", "en"))}
    assert {(kind, obj_id) for kind, obj_id, _found in rows} == wanted
    assert 0 < len(wanted) < len(everything)


def test_someone_without_languages_of_their_own_gets_the_spaces_working_languages(as_user):
    page = as_user(ADMIN).get(QUEUE).get_data(as_text=True)
    assert _checked_languages(page) == ["ru", "kk"]  # Kazakhstan works in kk and ru
    assert {locale for _kind, _id, found in _rows(page) for locale, _state, _href in found} == {"kk", "ru"}


def test_reviewed_items_are_hidden_by_default_and_shown_with_status_all(as_user):
    translator = as_user(TRANSLATOR)
    default = _rows(translator.get(f"{QUEUE}?content=department").get_data(as_text=True))
    assert default == []  # every department is reviewed in Russian and English
    everything = _rows(translator.get(f"{QUEUE}?content=department&status=all").get_data(as_text=True))
    assert len(everything) == 4
    assert all([(locale, state) for locale, state, _href in found] == [("ru", "reviewed"), ("en", "reviewed")]
               for _kind, _id, found in everything)
    to_review = _rows(translator.get(f"{QUEUE}?status=review").get_data(as_text=True))
    assert to_review and {state for *_rest, found in to_review for _locale, state, _href in found} == {"draft"}


def test_one_row_per_item_with_a_badge_per_language_each_opening_its_form(as_user):
    page = as_user(TRANSLATOR).get(QUEUE).get_data(as_text=True)
    rows = _rows(page)
    assert len({(kind, obj_id) for kind, obj_id, _found in rows}) == len(rows)
    both = [(kind, obj_id, found) for kind, obj_id, found in rows if [locale for locale, *_ in found] == ["ru", "en"]]
    assert both, rows  # several languages share one row
    kind, obj_id, found = both[0]
    for locale, state, href in found:
        assert href == f"/en/s/kazakhstan/translations/{kind}/{obj_id}/{locale}"
    # Each badge names its language and its state in words, not by colour alone.
    badge = re.search(rf'data-locale="ru" data-state="{found[0][1]}" href="[^"]+">(.*?)</a>', page).group(1)
    assert '<span class="visually-hidden">Russian</span>' in badge and badge.endswith(
        {"missing": "Missing", "incomplete": "Incomplete", "outdated": "Outdated", "draft": "Draft"}[found[0][1]])
    assert 'class="table table-sm align-middle translation-work table-cards"' in page  # cards on a phone


def test_filters_by_language_kind_and_campaign(as_user):
    from campaign_helpers import campaign

    translator = as_user(TRANSLATOR)
    english = _rows(translator.get(f"{QUEUE}?language=en").get_data(as_text=True))
    assert {locale for *_rest, found in english for locale, _state, _href in found} == {"en"}
    updates = _rows(translator.get(f"{QUEUE}?content=update").get_data(as_text=True))
    assert updates and {kind for kind, *_rest in updates} == {"update"}
    winter = campaign("Safe winter")
    page = translator.get(f"{QUEUE}?campaign={winter.id}&status=all").get_data(as_text=True)
    rows = _ROW.findall(page)
    assert len(rows) > 1
    for kind, obj_id, body in rows:  # the campaign itself, or a part of it
        assert (kind, int(obj_id)) == ("campaign", winter.id) or '<td data-label="Campaign">Safe winter</td>' in body
    # An unknown value is ignored, never an error.
    assert translator.get(f"{QUEUE}?language=xx&status=lost&campaign=abc").status_code == 200


# ------------------------------------------------------------------ the status on the form


def test_a_translation_with_some_texts_is_incomplete_on_the_queue_and_on_the_form(as_user):
    task = _task("Қысқы киім жинау", "Еріктілер ескі киімдерді жинап, сұрыптайды.")
    translator = as_user(TRANSLATOR)
    url = f"{QUEUE}/task/{task.id}/ru"
    assert 'data-state="missing">Missing</span>' in translator.get(url).get_data(as_text=True)
    saved = translator.post_form(url, {"title": "Сбор зимней одежды", "description": "", "version": "0"})
    assert saved.status_code == 302
    form = translator.get(url).get_data(as_text=True)
    assert 'data-state="incomplete">Incomplete</span>' in form and ">Missing</span>" not in form
    assert 'value="Сбор зимней одежды"' in form  # the saved text is in the form the badge describes
    row = next(found for kind, obj_id, found in _rows(translator.get(QUEUE).get_data(as_text=True))
               if (kind, obj_id) == ("task", task.id))
    assert [(locale, state) for locale, state, _href in row] == [("ru", "incomplete"), ("en", "missing")]
    # Complete, then a draft; reviewed by a second person, it leaves the queue.
    version = re.search(r'name="version" type="hidden" value="(\d+)"', form).group(1)
    translator.post_form(url, {"title": "Сбор зимней одежды", "description": "Волонтёры собирают одежду.",
                               "version": version})
    form = translator.get(url).get_data(as_text=True)
    assert 'data-state="draft">Draft</span>' in form
    version = re.search(r'name="version" type="hidden" value="(\d+)"', form).group(1)
    assert as_user(ADMIN).post_form(url + "/review", {"version": version}).status_code == 302
    assert 'data-state="reviewed">Reviewed</span>' in translator.get(url).get_data(as_text=True)
    row = next(found for kind, obj_id, found in _rows(translator.get(QUEUE).get_data(as_text=True))
               if (kind, obj_id) == ("task", task.id))
    assert [(locale, state) for locale, state, _href in row] == [("en", "missing")]


# ------------------------------------------------------------------ save and next


def test_save_and_next_opens_the_next_entry_of_the_queue(as_user):
    translator = as_user(TRANSLATOR)
    links = _links(translator.get(QUEUE).get_data(as_text=True))
    assert len(links) > 2
    data = _fill(translator, links[0]) | {"save_next": "Save and next"}
    response = translator.post_form(links[0], data)
    assert response.status_code == 302 and response.location == links[1]
    # The entry just saved (now a draft to review) keeps its place: the next one after the second is the third.
    response = translator.post_form(links[1], _fill(translator, links[1]) | {"save_next": "Save and next"})
    assert response.location == links[2]
    # "Save as draft" stays on the form.
    assert translator.post_form(links[2], _fill(translator, links[2])).location == links[2]


def test_save_and_next_keeps_the_filters_and_ends_back_on_the_queue(as_user):
    translator = as_user(TRANSLATOR)
    filtered = f"{QUEUE}?language=en&status=missing"
    links = _links(translator.get(filtered).get_data(as_text=True))
    assert len(links) > 1 and all(link.endswith("/en?language=en&status=missing") for link in links)
    response = translator.post_form(links[0], _fill(translator, links[0]) | {"save_next": "Save and next"})
    assert response.location == links[1]
    page = translator.get(links[1]).get_data(as_text=True)
    assert f'href="{html.escape(filtered)}">← Translations</a>' in page  # back to the same queue
    last = translator.post_form(links[-1], _fill(translator, links[-1]) | {"save_next": "Save and next"})
    assert last.status_code == 302 and last.location == filtered
    queue = translator.get(last.location).get_data(as_text=True)
    assert "That was the last item of the queue." in queue
    assert len(_links(queue)) == len(links) - 2  # the two saved are drafts now, no longer missing


def test_save_and_next_refuses_a_bad_form_and_stays(as_user):
    translator = as_user(TRANSLATOR)
    links = _links(translator.get(QUEUE).get_data(as_text=True))
    data = {name: "" for name in _fill(translator, links[0])} | {"version": "0", "save_next": "Save and next"}
    response = translator.post_form(links[0], data)
    assert response.status_code in (400, 409)


# ------------------------------------------------------------------ the region's queue


def test_the_region_queue_is_grouped_filtered_and_shows_what_needs_work(as_user):
    from campaign_helpers import campaign
    from material_helpers import material

    material(owner="kyrgyzstan", campaign=campaign("Safe winter"), audience="participants",
             title="Winter poster", locale="ky")
    coordinator = as_user("coordinator@example.org")
    page = coordinator.get("/en/translations/").get_data(as_text=True)
    rows = _rows(page)
    assert rows and len({(kind, obj_id) for kind, obj_id, _found in rows}) == len(rows)
    assert {state for *_rest, found in rows for _locale, state, _href in found} <= NEEDS_WORK
    assert 'class="table table-sm align-middle translation-work table-cards"' in page
    everything = coordinator.get("/en/translations/?status=all").get_data(as_text=True)
    assert 'data-state="reviewed"' in everything and 'data-state="reviewed"' not in page
    kg = org("kyrgyzstan")
    filtered = coordinator.get(f"/en/translations/?organization={kg.id}&content=material&language=tg"
                               ).get_data(as_text=True)
    rows = _rows(filtered)
    assert rows and {kind for kind, *_rest in rows} == {"material"}
    assert set(re.findall(r'<td class="card-lead" data-label="Organization">([^<]+)</td>', filtered)) == {
        "Red Crescent Society of Kyrgyzstan"}
    assert {locale for *_rest, found in rows for locale, _state, _href in found} == {"tg"}
    assert "Winter poster" in filtered


def test_save_and_next_from_the_region_queue_stays_in_the_region_queue(as_user):
    coordinator = as_user("coordinator@example.org")
    links = _links(coordinator.get("/en/translations/?language=tg&content=milestone").get_data(as_text=True))
    assert len(links) > 1 and all("queue=region" in link for link in links)
    response = coordinator.post_form(links[0], _fill(coordinator, links[0]) | {"save_next": "Save and next"})
    assert response.location == links[1]
    page = coordinator.get(links[1]).get_data(as_text=True)
    assert 'href="/en/translations/?language=tg&amp;content=milestone">← Translations</a>' in page


# ------------------------------------------------------------------ cost


def test_the_queue_costs_the_same_queries_however_much_there_is_to_translate(as_user, query_counter):
    from campaign_helpers import campaign
    from material_helpers import material

    from app.models import Department, DepartmentTranslation

    translator = as_user(TRANSLATOR)
    kz = org("kazakhstan")

    def add(count):
        for i in range(count):
            d = Department(organization_id=kz.id, source_locale="kk")
            db.session.add(d)
            d.translations.append(DepartmentTranslation(locale="kk", name=f"Бөлім {count}-{i}"))
            _task(f"Тапсырма {count}-{i}", "Сипаттама")
            material(owner="kazakhstan", campaign=campaign("Safe winter"), title=f"Парақша {count}-{i}")
        db.session.commit()

    # The whole queue, and each kind alone (a page of 25 rows then shows every item of the kind: each is drawn).
    queues = (QUEUE, f"{QUEUE}?content=department", f"{QUEUE}?content=task", f"{QUEUE}?content=material")
    add(1)
    translator.get(QUEUE)
    few = {}
    for url in queues:
        with query_counter() as counter:
            few[url] = (_count(translator.get(url).get_data(as_text=True)), counter)
    add(12)
    for url in queues:
        with query_counter() as counter:
            rows = _count(translator.get(url).get_data(as_text=True))
        assert rows == few[url][0] + (36 if url == QUEUE else 12)
        assert counter.count == few[url][1].count, (url, few[url][1].count, counter.count)


def _count(page: str) -> int:
    return int(re.search(r'class="small text-muted queue-count" data-count="(\d+)"', page).group(1))

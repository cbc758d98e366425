"""Editing a task (the creator's side) with conflicts, following, filters, sorting, pages, query counts."""
from datetime import date, timedelta

import pytest

from app.extensions import db
from app.models import Task, TaskTranslation
from app.models.translation import REVIEWED
from app.services import ServiceError, tasks
from app.services.tasks import TaskConflict
from campaign_helpers import campaign, regional_task as _task
from helpers import org, snapshot, user

COORDINATOR = "coordinator@example.org"
KZ_ADMIN, KZ_STAFF = "admin.kazakhstan@example.org", "staff.kazakhstan@example.org"


@pytest.fixture(autouse=True)
def english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield




def _form(task, **changes):
    data = {"title": "Print posters", "description": "", "priority": "normal",
            "due_date": (date.today() + timedelta(days=10)).isoformat(), "version": str(task.version)}
    data.update(changes)
    return data


def test_the_creator_edits_and_the_history_says_so(as_user):
    t = _task()
    coordinator = as_user(COORDINATOR)
    assert 'href="/en/tasks/%d/edit"' % t.id in coordinator.get(f"/en/tasks/{t.id}").get_data(as_text=True)
    response = coordinator.post_form(f"/en/tasks/{t.id}/edit", _form(t, title="Print 500 posters",
                                                                   description="**Bold** <script>x()</script>",
                                                                   priority="urgent"))
    assert response.status_code == 302
    page = coordinator.get(f"/en/tasks/{t.id}").get_data(as_text=True)
    assert "Print 500 posters" in page and "<strong>Bold</strong>" in page and "<script>x()" not in page
    assert "Urgent" in page and "edited the task" in page


def test_only_the_creator_edits(as_user):
    t = _task()
    kz = as_user(KZ_ADMIN)  # sees the task, answers for it, but did not write it
    assert "/edit" not in kz.get(f"/en/tasks/{t.id}").get_data(as_text=True)
    before = snapshot()
    assert kz.get(f"/en/tasks/{t.id}/edit").status_code == 403
    assert kz.post_form(f"/en/tasks/{t.id}/edit", _form(t, title="Mine now")).status_code == 403
    assert snapshot() == before


def test_second_save_sees_a_conflict_with_both_versions_and_loses_nothing(as_user):
    t = _task()
    first, second = as_user(COORDINATOR), as_user(COORDINATOR)
    stale = _form(t, title="Second person's title", description="Second person's words")
    assert first.post_form(f"/en/tasks/{t.id}/edit", _form(t, title="First person's title")).status_code == 302
    before = snapshot()
    response = second.post_form(f"/en/tasks/{t.id}/edit", stale)
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    current = page[page.index("current-version"):page.index("Your version")]
    assert "First person&#39;s title" in current
    assert "Second person&#39;s title" in page[page.index("Your version"):]  # still in the form
    assert "Second person&#39;s words" in page
    assert snapshot() == before
    # Saving again from the conflict page (it carries the new version) keeps the second person's text.
    import re

    version = re.search(r'name="version" type="hidden" value="(\d+)"|name="version" value="(\d+)"', page)
    resend = dict(stale, version=next(v for v in version.groups() if v))
    assert second.post_form(f"/en/tasks/{t.id}/edit", resend).status_code == 302
    db.session.expire_all()
    assert db.session.get(Task, t.id).translation("en").title == "Second person's title"


def test_service_conflict_when_the_row_changed_underneath():
    t = _task()
    with pytest.raises(TaskConflict):
        tasks.edit(user(COORDINATOR), t, title="x", description="", priority="low", due_date=None, locale="en",
                   may_backdate=True, base_version=t.version - 1)


def test_edit_refuses_a_past_due_date_for_society_staff_and_keeps_the_old_one():
    kz = org("kazakhstan")
    t = tasks.create(user(KZ_ADMIN), owner_org=kz, assignee_org=kz, campaign=None, title="Own", description="",
                     priority="normal", due_date=date.today() + timedelta(days=3), visibility="organization",
                     assignee_user=None, locale="en", may_backdate=False)
    with pytest.raises(ServiceError):
        tasks.edit(user(KZ_ADMIN), t, title="Own", description="", priority="normal",
                   due_date=date.today() - timedelta(days=1), locale="en", may_backdate=False,
                   base_version=t.version)
    db.session.rollback()
    assert db.session.get(Task, t.id).due_date == date.today() + timedelta(days=3)


def test_milestone_link_must_belong_to_the_campaign(as_user):
    winter, heat = campaign("Safe winter"), campaign("Heat wave: look after yourself")
    t = _task(milestone=winter.milestones[0])
    page = as_user(KZ_ADMIN).get(f"/en/tasks/{t.id}").get_data(as_text=True)
    assert "Milestone" in page
    assert heat.milestones, "the demo's heat-wave campaign has milestones"
    with pytest.raises(ServiceError):
        _task(title="Wrong milestone", milestone=heat.milestones[0])


def test_comment_markdown_is_rendered_and_made_inert(as_user):
    t = _task()
    kz = as_user(KZ_ADMIN)
    kz.post_form(f"/en/tasks/{t.id}/comments", {"body": "*done* [x](javascript:alert(1)) <img src=x onerror=y>"})
    page = kz.get(f"/en/tasks/{t.id}").get_data(as_text=True)
    assert "<em>done</em>" in page and "javascript:alert" not in page and "onerror" not in page
    long = kz.post_form(f"/en/tasks/{t.id}/comments", {"body": "x" * 6000})
    assert long.status_code == 400 and "5000" in long.get_data(as_text=True)


def test_filters_sort_and_pages(as_user):
    for i in range(55):
        _task(title=f"Bulk {i:02d}", priority="urgent" if i == 54 else "low",
              due_date=date.today() + timedelta(days=i + 1), assignee_user=user(KZ_STAFF))
    staff = as_user(KZ_STAFF)
    first = staff.get("/en/tasks/mine?show=assigned").get_data(as_text=True)
    assert "Bulk 00" in first and "Bulk 54" not in first and "Page 1 of 2" in first
    second = staff.get("/en/tasks/mine?show=assigned&page=2").get_data(as_text=True)
    assert "Bulk 54" in second and 'href="/en/tasks/mine?show=assigned&amp;page=1"' in second
    urgent_first = staff.get("/en/tasks/mine?sort=priority").get_data(as_text=True)
    assert urgent_first.index("Bulk 54") < urgent_first.index("Bulk 00")
    only_urgent = staff.get("/en/tasks/mine?priority=urgent").get_data(as_text=True)
    assert "Bulk 54" in only_urgent and "Bulk 00" not in only_urgent
    week = staff.get("/en/tasks/mine?due=week").get_data(as_text=True)
    assert "Bulk 06" in week and "Bulk 08" not in week
    heat = campaign("Heat wave: look after yourself")
    assert "Bulk 00" not in staff.get(f"/en/tasks/mine?campaign={heat.id}").get_data(as_text=True)
    # Nonsense in the query string is ignored, never an error page.
    for junk in ("status=exploded", "campaign=abc", "sort=;drop", "page=-4", "due=yesterday", "society=999999"):
        assert staff.get(f"/en/tasks/mine?{junk}").status_code == 200, junk


def test_a_societys_list_shows_what_it_was_given_what_it_gave_and_what_nobody_works_on(as_user):
    received = _task(title="Given to Almaty")  # by the coordinator, to Kazakhstan
    accepted = _task(title="Accepted, nobody on it")
    tasks.transition(user(KZ_ADMIN), accepted, "accept")
    kz = org("kazakhstan")
    given = tasks.create(user(KZ_ADMIN), owner_org=kz, assignee_org=org("kyrgyzstan"),
                         campaign=campaign("Safe winter"), title="Given by Almaty", description="",
                         priority="normal", due_date=date.today() + timedelta(days=5), visibility="organization",
                         assignee_user=None, locale="en", may_backdate=False)
    admin = as_user(KZ_ADMIN)

    def titles(query):
        page = admin.get(f"/en/s/kazakhstan/tasks?{query}").get_data(as_text=True)
        return {t for t in ("Given to Almaty", "Accepted, nobody on it", "Given by Almaty") if t in page}

    assert titles("") == {"Given to Almaty", "Accepted, nobody on it", "Given by Almaty"}
    assert titles("side=received") == {"Given to Almaty", "Accepted, nobody on it"}
    assert titles("side=given") == {"Given by Almaty"}
    assert titles("side=to_assign") == {"Accepted, nobody on it"}
    assert titles("side=everything") == titles("")  # unknown: ignored
    tasks.transition(user(KZ_ADMIN), accepted, "start", assignee_user=user(KZ_STAFF))
    assert titles("side=to_assign") == set()  # someone works on it now
    # The download says which tasks it holds.
    import csv
    import io

    rows = list(csv.reader(io.StringIO(admin.get("/en/s/kazakhstan/tasks.csv?side=given").get_data()
                                       .decode("utf-8-sig"))))
    assert rows[0] == ["Which tasks: Given by the society"]
    assert [r[0] for r in rows if r and r[0].startswith("Given")] == ["Given by Almaty"]
    assert given.id and received.id


def _bulk(count, **values):
    """Tasks straight into the database: the query-count tests need hundreds of them."""
    winter, kz, ifrc = campaign("Safe winter"), org("kazakhstan"), org("ifrc-central-asia")
    staff, coordinator = user(KZ_STAFF), user(COORDINATOR)
    statuses = ("open", "accepted", "in_progress", "blocked", "done")
    for i in range(count):
        t = Task(owner_org=ifrc, assignee_org=kz, campaign=winter, status=statuses[i % 5], priority="normal",
                 due_date=date.today() - timedelta(days=1 + i % 3), visibility="campaign", assignee_user=staff,
                 created_by=coordinator, source_locale="en")
        t.translations = [TaskTranslation(locale="en", title=f"Load {i}", status=REVIEWED, source_revision=1)]
        db.session.add(t)
    db.session.commit()


@pytest.mark.parametrize("path", ["/en/tasks/mine", "/en/tasks/overdue", "/en/s/kazakhstan/tasks", "board",
                                  "board?status=blocked"])
def test_fixed_query_count_at_20_and_500_tasks(as_user, query_counter, path):
    if path.startswith("board"):
        path = f"/en/campaigns/{campaign('Safe winter').id}/{path}"
    staff = as_user(KZ_STAFF)
    _bulk(20)
    with query_counter() as few:
        assert staff.get(path).status_code == 200
    _bulk(480)
    with query_counter() as many:
        page = staff.get(path).get_data(as_text=True)
    assert "Load" in page
    assert many.count == few.count, (few.count, many.count)


def test_board_shows_the_first_of_each_column_and_links_to_all(as_user):
    _bulk(80)  # 16 per status
    _bulk(100)  # 36 per status in all: more than a column shows
    winter = campaign("Safe winter")
    staff = as_user(KZ_STAFF)
    board = staff.get(f"/en/campaigns/{winter.id}/board").get_data(as_text=True)
    blocked = board[board.index('id="col-blocked"'):board.index('id="col-done"')]
    assert blocked.count("data-task=") == 30
    link = f"/en/campaigns/{winter.id}/board?status=blocked"
    assert link in blocked
    column = staff.get(link).get_data(as_text=True)
    assert column.count("Load ") >= 36 and "Blocked" in column


def test_coordinator_may_set_a_past_due_date_and_is_warned(as_user):
    winter = campaign("Safe winter")
    past = (date.today() - timedelta(days=2)).isoformat()
    form = {"title": "Backdated", "assignee_orgs": [org("kazakhstan").id], "assignee_user": "0",
            "priority": "normal", "visibility": "campaign", "due_date": past, "milestone": "0"}
    page = as_user(COORDINATOR).post_form(f"/en/tasks/new?campaign={winter.id}&org=ifrc-central-asia", form,
                                          follow_redirects=True).get_data(as_text=True)
    assert "The task has been created." in page and "already passed" in page
    kz = org("kazakhstan")
    staff = as_user(KZ_STAFF)
    before = snapshot()
    refused = staff.post_form("/en/tasks/new?org=kazakhstan", {**form, "assignee_org": kz.id, "title": "Late"})
    assert refused.status_code == 400 and "Only the coordinator" in refused.get_data(as_text=True)
    assert snapshot() == before


def test_editing_through_another_language_writes_no_false_translation(as_user):
    t = _task(title="Плакаты", locale="ru")
    coordinator = as_user(COORDINATOR)
    form = coordinator.get(f"/en/tasks/{t.id}/edit").get_data(as_text=True)
    assert 'value="Плакаты"' in form and "saved in that language" in form
    response = coordinator.post_form(f"/en/tasks/{t.id}/edit", _form(t, title="Плакаты", priority="high"))
    assert response.status_code == 302
    db.session.expire_all()
    task = db.session.get(Task, t.id)
    assert task.priority == "high" and task.translation("en") is None
    coordinator.post_form(f"/en/tasks/{t.id}/edit", _form(task, title="Плакаты и листовки"))
    db.session.expire_all()
    task = db.session.get(Task, t.id)
    assert task.translation("ru").title == "Плакаты и листовки" and task.translation("en") is None


def test_the_board_filters_shows_who_and_what_is_overdue_and_moves_a_card(as_user):
    import re

    from sqlalchemy import select

    from app.services import tasks as task_service

    winter = campaign("Safe winter")
    kz_admin = as_user("admin.kazakhstan@example.org")
    board = kz_admin.get(f"/en/campaigns/{winter.id}/board").get_data(as_text=True)
    cards = re.findall(r'<li class="[^"]*board-card[^"]*" data-task="(\d+)">(.*?)</li>', board, re.S)
    db.session.expire_all()
    by_id = {t.id: t for t in db.session.scalars(select(Task).where(Task.id.in_([int(i) for i, _ in cards])))}
    for task_id, html in cards:
        task = by_id[int(task_id)]
        assert ('class="badge bg-danger overdue"' in html) == task.is_overdue  # a word, not only a colour
        if task.assignee_user:
            assert (task.assignee_user.full_name or task.assignee_user.email) in html
    # Filters narrow every column.
    kg = org("kyrgyzstan")
    only_kg = kz_admin.get(f"/en/campaigns/{winter.id}/board?society={kg.id}").get_data(as_text=True)
    shown = {int(i) for i in re.findall(r'data-task="(\d+)"', only_kg)}
    db.session.expire_all()
    assert shown and all(kg.id in (t.assignee_org_id, t.owner_org_id)
                         for t in db.session.scalars(select(Task).where(Task.id.in_(shown))))
    urgent = {int(i) for i in re.findall(r'data-task="(\d+)"', kz_admin.get(
        f"/en/campaigns/{winter.id}/board?priority=urgent").get_data(as_text=True))}
    assert urgent >= {t.id for t in by_id.values() if t.priority == "urgent"}
    assert all(t.priority == "urgent" for t in db.session.scalars(select(Task).where(Task.id.in_(urgent))))
    # A card moves from the board and the board comes back.
    movable = re.search(r'action="/en/tasks/(\d+)/transition".*?data-move="(\w+)"', board, re.S)
    assert movable, "the admin can move at least one card"
    task_id, move = int(movable.group(1)), movable.group(2)
    task = db.session.get(Task, task_id)
    response = kz_admin.post_form(f"/en/tasks/{task_id}/transition", {"action": move, "version": str(task.version),
                                                                     "back": "board"})
    assert response.status_code == 302 and response.location.endswith(f"/campaigns/{winter.id}/board")
    db.session.expire_all()
    assert db.session.get(Task, task_id).status == task_service.TRANSITIONS[move][1]

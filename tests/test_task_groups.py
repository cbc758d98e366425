"""A task given to several societies (issue 17): an "all participating societies" choice, visibility
wording that says who sees it, people offered under their society, and a page with every copy."""
import re
from datetime import date, timedelta

from sqlalchemy import select

from app.extensions import db
from app.models import Task, TaskTranslation
from app.services import tasks
from campaign_helpers import campaign
from helpers import org, user

COORDINATOR = "coordinator@example.org"


def _new_task_url(winter):
    return f"/en/tasks/new?campaign={winter.id}&org=ifrc-central-asia"


def _created(title):
    db.session.expire_all()
    return db.session.scalars(select(Task).join(Task.translations).where(TaskTranslation.title == title)).all()


def test_all_participating_societies_in_one_tick(as_user):
    winter = campaign("Safe winter")  # Kazakhstan, Kyrgyzstan and Tajikistan joined it
    coordinator = as_user(COORDINATOR)
    page = coordinator.get(_new_task_url(winter)).get_data(as_text=True)
    assert "All participating societies (3)" in page
    response = coordinator.post_form(_new_task_url(winter), {
        "title": "Count the blankets", "all_societies": "y", "assignee_user": "0", "priority": "normal",
        "visibility": "organization"})
    assert response.status_code == 302
    created = _created("Count the blankets")
    assert sorted(t.assignee_org.slug for t in created) == ["kazakhstan", "kyrgyzstan", "tajikistan"]
    assert len({t.group_key for t in created}) == 1


def test_the_form_says_who_will_see_the_task_and_groups_people_by_society(as_user):
    winter = campaign("Safe winter")
    page = as_user(COORDINATOR).get(_new_task_url(winter)).get_data(as_text=True)
    assert "Only the two societies concerned" not in page
    assert "each sees only its own copy" in page and "Everyone taking part in the campaign" in page
    groups = re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', page, re.S)
    assert {label for label, _ in groups} >= {"Red Crescent Society of Kazakhstan", "Red Crescent Society of Tajikistan"}
    tajik = next(options for label, options in groups if label == "Red Crescent Society of Tajikistan")
    assert "Фаррух Назаров" in tajik and "Нурлан Ахметов" not in tajik
    # A person goes with one society: naming one for all of them is refused, and nothing is created.
    response = as_user(COORDINATOR).post_form(_new_task_url(winter), {
        "title": "Nobody twice", "all_societies": "y", "priority": "normal", "visibility": "campaign",
        "assignee_user": str(user("staff.tajikistan@example.org").memberships[0].id)})
    assert response.status_code == 400 and "Name a person only when the task goes to one society." in \
        response.get_data(as_text=True)
    assert _created("Nobody twice") == []


def _grouped(title="Share the checklist", visibility="organization"):
    winter = campaign("Safe winter")
    return winter, tasks.create_for_societies(
        user(COORDINATOR), owner_org=org("ifrc-central-asia"), campaign=winter,
        assignee_orgs=[org("kazakhstan"), org("kyrgyzstan"), org("tajikistan")], title=title, description="",
        priority="normal", due_date=date.today() + timedelta(days=10), visibility=visibility, assignee_user=None,
        locale="en", may_backdate=True)


def test_the_group_page_shows_each_societys_copy(as_user):
    winter, copies = _grouped()
    kz = next(t for t in copies if t.assignee_org.slug == "kazakhstan")
    tasks.transition(user("admin.kazakhstan@example.org"), kz, "accept",
                     assignee_user=user("staff.kazakhstan@example.org"))
    tg = next(t for t in copies if t.assignee_org.slug == "tajikistan")
    page = as_user(COORDINATOR).get(f"/en/tasks/{tg.id}/group").get_data(as_text=True)
    rows = re.findall(r'<tr data-task="(\d+)".*?</tr>', page, re.S)
    assert sorted(int(r) for r in rows) == sorted(t.id for t in copies)
    row = re.search(rf'<tr data-task="{kz.id}".*?</tr>', page, re.S).group(0)
    assert "Accepted" in row and user("staff.kazakhstan@example.org").full_name in row
    assert str((date.today() + timedelta(days=10)).year) in row
    assert "0 of 3 societies have finished it." in page
    # Linked from every copy and from the board.
    assert f"/en/tasks/{kz.id}/group" in as_user(COORDINATOR).get(f"/en/tasks/{kz.id}").get_data(as_text=True)
    board = as_user(COORDINATOR).get(f"/en/campaigns/{winter.id}/board").get_data(as_text=True)
    assert re.search(r"/en/tasks/\d+/group", board)


def test_a_society_sees_only_the_copies_it_may_see(as_user):
    _winter, copies = _grouped(visibility="organization")
    kg_copy = next(t for t in copies if t.assignee_org.slug == "kyrgyzstan")
    kz_copy = next(t for t in copies if t.assignee_org.slug == "kazakhstan")
    page = as_user("admin.kyrgyzstan@example.org").get(f"/en/tasks/{kg_copy.id}/group").get_data(as_text=True)
    assert re.findall(r'<tr data-task="(\d+)"', page) == [str(kg_copy.id)]
    # Another society's copy is not theirs to open, not even through its group page.
    assert as_user("admin.kyrgyzstan@example.org").get(f"/en/tasks/{kz_copy.id}/group").status_code == 404
    # Shared with the campaign, every copy is listed.
    _winter, shared = _grouped(title="Shared checklist", visibility="campaign")
    page = as_user("admin.kyrgyzstan@example.org").get(f"/en/tasks/{shared[0].id}/group").get_data(as_text=True)
    assert len(re.findall(r'<tr data-task="', page)) == 3


def test_a_task_without_copies_has_no_group_page(as_user):
    winter = campaign("Safe winter")
    single = tasks.create(user(COORDINATOR), owner_org=org("ifrc-central-asia"), assignee_org=org("kyrgyzstan"),
                          campaign=winter, title="Alone", description="", priority="normal", due_date=None,
                          visibility="campaign", assignee_user=None, locale="en", may_backdate=True)
    response = as_user(COORDINATOR).get(f"/en/tasks/{single.id}/group")
    assert response.status_code == 302 and response.location.endswith(f"/en/tasks/{single.id}")


def test_the_group_page_costs_the_same_queries_with_more_copies(as_user, query_counter):
    _winter, copies = _grouped()
    coordinator = as_user(COORDINATOR)
    coordinator.get(f"/en/tasks/{copies[0].id}/group")  # what a first request loads once
    with query_counter() as few:
        coordinator.get(f"/en/tasks/{copies[0].id}/group")
    for i in range(6):  # more copies in the same group
        extra = tasks.create(user(COORDINATOR), owner_org=org("ifrc-central-asia"), assignee_org=org("kyrgyzstan"),
                             campaign=copies[0].campaign, title=f"Extra {i}", description="", priority="normal",
                             due_date=None, visibility="organization", assignee_user=None, locale="en",
                             may_backdate=True, group_key=copies[0].group_key)
        assert extra.group_key == copies[0].group_key
    with query_counter() as many:
        page = coordinator.get(f"/en/tasks/{copies[0].id}/group").get_data(as_text=True)
    assert page.count('<tr data-task="') == 9
    assert many.count == few.count

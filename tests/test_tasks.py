"""Tasks: the status machine with its history, who may do what, comments, conflicts, lists."""
import re
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.extensions import db
from app.models import Task, TaskTranslation
from app.services import ServiceError, tasks
from campaign_helpers import campaign, regional_task as _task
from helpers import iso, org, snapshot, user

COORDINATOR = "coordinator@example.org"


@pytest.fixture(autouse=True)
def english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield




def find(title):
    db.session.expire_all()
    return db.session.scalar(select(Task).join(Task.translations).where(TaskTranslation.title == title))


def test_status_machine_and_history():
    t = _task()
    kz_admin, kz_staff = user("admin.kazakhstan@example.org"), user("staff.kazakhstan@example.org")
    with pytest.raises(ServiceError, match="current status"):
        tasks.transition(kz_staff, t, "finish")
    tasks.transition(kz_admin, t, "accept", assignee_user=kz_staff)
    tasks.transition(kz_staff, t, "start")
    with pytest.raises(ServiceError, match="Say why"):
        tasks.transition(kz_staff, t, "block")
    tasks.transition(kz_staff, t, "block", reason="Waiting for the printer")
    for action in ("start", "finish"):
        tasks.transition(kz_staff, t, action)
    tasks.transition(user(COORDINATOR), t, "reopen")
    assert [(e.action, e.to_status) for e in t.events] == [
        ("created", "open"), ("accept", "accepted"), ("start", "in_progress"), ("block", "blocked"),
        ("start", "in_progress"), ("finish", "done"), ("reopen", "open")]
    assert t.assignee_user.email == "staff.kazakhstan@example.org"


def test_assignee_must_belong_to_the_assignee_society():
    with pytest.raises(ServiceError, match="member of the society"):
        _task(assignee_user=user("staff.kyrgyzstan@example.org"))


def test_past_due_date_only_for_the_coordinator():
    with pytest.raises(ServiceError, match="in the past"):
        tasks.create(user("admin.kyrgyzstan@example.org"), owner_org=org("kyrgyzstan"),
                     assignee_org=org("kyrgyzstan"), campaign=None, title="Late", description="",
                     priority="normal", due_date=date.today() - timedelta(days=1), visibility="organization",
                     assignee_user=None, locale="ky", may_backdate=False)
    assert _task(title="Backdated", due_date=date.today() - timedelta(days=1)).is_overdue


def test_task_for_a_society_outside_the_campaign_is_refused():
    with pytest.raises(ServiceError, match="joined this campaign"):
        _task(campaign=campaign("First aid in every family"))


def test_web_flow_accept_assign_work_done(as_user):
    t = _task(title="Distribute blankets")
    coordinator, kz_admin, kz_staff = as_user(COORDINATOR), as_user("admin.kazakhstan@example.org"), \
        as_user("staff.kazakhstan@example.org")
    url = f"/en/tasks/{t.id}"
    assert kz_staff.post_form(url + "/transition", {"action": "accept", "version": t.version}).status_code == 403
    staff_id = user("staff.kazakhstan@example.org").id
    assert kz_admin.post_form(url + "/transition", {"action": "accept", "version": t.version,
                                                    "assignee_user": staff_id}).status_code == 302
    t = find("Distribute blankets")
    for action in ("start", "finish"):
        kz_staff.post_form(url + "/transition", {"action": action, "version": find("Distribute blankets").version})
    assert find("Distribute blankets").status == "done"
    assert "Done" in coordinator.get(url).get_data(as_text=True)
    assert "Distribute blankets" in kz_staff.get("/en/tasks/mine").get_data(as_text=True)


def test_stale_status_change_is_a_conflict_that_changes_nothing(as_user):
    t = _task(title="Call the radio")
    kz_admin = as_user("admin.kazakhstan@example.org")
    stale = t.version
    kz_admin.post_form(f"/en/tasks/{t.id}/transition", {"action": "accept", "version": stale})
    # The coordinator's page was opened before the acceptance: cancelling from it is a conflict.
    response = as_user(COORDINATOR).post_form(f"/en/tasks/{t.id}/transition", {"action": "cancel",
                                                                                "version": stale})
    assert response.status_code == 409 and "Someone else changed this task" in response.get_data(as_text=True)
    assert find("Call the radio").status == "accepted"


def test_organization_task_is_invisible_to_others(as_user):
    t = _task(title="Internal budget", visibility="organization")
    assert as_user("admin.kazakhstan@example.org").get(f"/en/tasks/{t.id}").status_code == 200
    assert as_user("admin.kyrgyzstan@example.org").get(f"/en/tasks/{t.id}").status_code == 404
    campaign_wide = _task(title="Shared", visibility="campaign")
    assert as_user("staff.kyrgyzstan@example.org").get(f"/en/tasks/{campaign_wide.id}").status_code == 200
    assert as_user("volunteer.kyrgyzstan@example.org").get(f"/en/tasks/{campaign_wide.id}").status_code == 404
    assert as_user("admin.kyrgyzstan@example.org").post_form(
        f"/en/tasks/{campaign_wide.id}/transition", {"action": "accept", "version": campaign_wide.version}
    ).status_code == 403


def test_comments_and_bad_comments(as_user):
    t = _task(title="Comment me")
    staff = as_user("staff.kazakhstan@example.org")
    assert staff.post_form(f"/en/tasks/{t.id}/comments", {"body": "On it."}).status_code == 302
    before = snapshot()
    assert staff.post_form(f"/en/tasks/{t.id}/comments", {"body": "x" * 5001}).status_code == 400
    assert staff.post_form(f"/en/tasks/{t.id}/comments", {"body": "   "}).status_code == 400
    assert snapshot() == before
    assert "On it." in as_user(COORDINATOR).get(f"/en/tasks/{t.id}").get_data(as_text=True)


def test_create_from_the_browser_form(as_user):
    winter = campaign("Safe winter")
    c = as_user(COORDINATOR)
    url = f"/en/tasks/new?campaign={winter.id}&org=ifrc-central-asia"
    assert c.get(url).status_code == 200
    response = c.post_form(url, {"title": "Book the hall", "assignee_orgs": [org("kyrgyzstan").id],
                                 "assignee_user": "0", "priority": "high", "due_date": iso(25),
                                 "visibility": "campaign"})
    assert response.status_code == 302
    assert find("Book the hall").assignee_org.slug == "kyrgyzstan"
    bad = c.post_form(url, {"title": "", "assignee_orgs": [org("kyrgyzstan").id], "assignee_user": "0",
                            "priority": "extreme", "visibility": "campaign"})
    assert bad.status_code == 400


def test_the_coordinator_names_a_person_of_the_society_the_task_is_given_to(as_user):
    from app.models import Membership

    winter = campaign("Safe winter")
    c = as_user(COORDINATOR)
    url = f"/en/tasks/new?campaign={winter.id}&org=ifrc-central-asia"
    page = c.get(url).get_data(as_text=True)
    offered = dict((label, int(value)) for value, label in re.findall(
        r'<option value="([1-9]\d*)">([^<]+)</option>', page.split('name="assignee_user"', 1)[1].split("</select>", 1)[0]))
    kg = org("kyrgyzstan")
    staff = db.session.scalar(select(Membership).where(Membership.user_id == user("staff.kyrgyzstan@example.org").id,
                                                       Membership.organization_id == kg.id))
    assert staff.id in offered.values()
    # Offered under the society's name: the person goes with that society.
    kg_group = re.search(r'<optgroup label="Red Crescent Society of Kyrgyzstan">(.*?)</optgroup>', page, re.S).group(1)
    assert f'<option value="{staff.id}">' in kg_group
    # The joined societies' active admins and staff, by name: no volunteer or translator, nobody of the
    # regional office, no e-mail address.
    chosen = list(db.session.scalars(select(Membership).where(Membership.id.in_(offered.values()))))
    joined = {p.organization_id for p in winter.participations if p.status == "joined"}
    assert len(chosen) == len(offered) and {m.role for m in chosen} == {"admin", "staff"}
    assert {m.organization_id for m in chosen} == joined and not any("@" in label for label in offered)
    response = c.post_form(url, {"title": "Call the mayor's office", "assignee_orgs": [kg.id],
                                 "assignee_user": staff.id, "priority": "normal", "visibility": "campaign"})
    assert response.status_code == 302
    assert find("Call the mayor's office").assignee_user.email == "staff.kyrgyzstan@example.org"
    # Naming one person for several societies is refused, with a message, and nothing is created.
    response = c.post_form(url, {"title": "Two societies, one person", "assignee_orgs": [kg.id, org("kazakhstan").id],
                                 "assignee_user": staff.id, "priority": "normal", "visibility": "campaign"})
    assert response.status_code == 400 and "Name a person only when the task goes to one society" in \
        response.get_data(as_text=True)
    assert find("Two societies, one person") is None
    # A person of one society for a task given to another: refused too.
    response = c.post_form(url, {"title": "Wrong person", "assignee_orgs": [org("kazakhstan").id],
                                 "assignee_user": staff.id, "priority": "normal", "visibility": "campaign"})
    assert response.status_code == 400 and find("Wrong person") is None


def test_volunteers_see_only_the_tasks_given_to_them(as_user):
    volunteer = user("volunteer.kazakhstan@example.org")
    others = _task(title="For the staff", visibility="campaign")
    theirs = tasks.create(user("admin.kazakhstan@example.org"), owner_org=org("kazakhstan"),
                          assignee_org=org("kazakhstan"), campaign=None, title="Hand out leaflets",
                          description="", priority="normal", due_date=date.today() - timedelta(days=1),
                          visibility="organization", assignee_user=volunteer, locale="en", may_backdate=True)
    client = as_user("volunteer.kazakhstan@example.org")
    assert client.get(f"/en/tasks/{others.id}").status_code == 404
    assert client.get(f"/en/tasks/{theirs.id}").status_code == 200
    winter = campaign("Safe winter")
    for url in ("/en/s/kazakhstan/tasks", "/en/tasks/overdue", "/en/tasks/mine", f"/en/campaigns/{winter.id}/board"):
        page = client.get(url)
        if page.status_code == 404:
            continue  # a page volunteers do not have at all
        listed = set(re.findall(r'href="/en/tasks/(\d+)"', page.get_data(as_text=True)))
        assert listed <= {str(theirs.id)}, url
    assert str(theirs.id) in set(re.findall(r'href="/en/tasks/(\d+)"', client.get("/en/tasks/overdue").get_data(
        as_text=True)))
    # Staff of the same society still see the society's tasks.
    assert as_user("staff.kazakhstan@example.org").get(f"/en/tasks/{others.id}").status_code == 200


def test_society_task_list_and_query_count(as_user, query_counter):
    kz = as_user("admin.kazakhstan@example.org")
    for i in range(3):  # both lists start with rows of every kind they show
        _task(title=f"Small {i}", assignee_user=user("admin.kazakhstan@example.org") if i % 2 else None)
    with query_counter() as few:
        kz.get("/en/s/kazakhstan/tasks")
        kz.get("/en/tasks/mine")
    for i in range(30):
        _task(title=f"Many {i}", assignee_user=user("admin.kazakhstan@example.org") if i % 2 else None)
    with query_counter() as many:
        page = kz.get("/en/s/kazakhstan/tasks").get_data(as_text=True)
        kz.get("/en/tasks/mine")
    assert "Many 29" in page
    assert many.count == few.count


def test_only_the_changes_possible_now_are_offered(as_user):
    t = _task(title="Offer check", assignee="kyrgyzstan")
    page = as_user("admin.kyrgyzstan@example.org").get(f"/en/tasks/{t.id}").get_data(as_text=True)
    offered = set(re.findall(r'data-action="(\w+)"', page))
    assert offered == {"accept", "decline"}
    coordinator = as_user(COORDINATOR).get(f"/en/tasks/{t.id}").get_data(as_text=True)
    assert set(re.findall(r'data-action="(\w+)"', coordinator)) == {"cancel"}


def test_a_change_the_status_no_longer_allows_gets_a_message(as_user):
    t = _task(title="Late click")
    kz_staff = as_user("staff.kazakhstan@example.org")
    page = kz_staff.post_form(f"/en/tasks/{t.id}/transition", {"action": "finish", "version": t.version},
                              follow_redirects=True).get_data(as_text=True)
    assert "not possible from the task" in page and find("Late click").status == "open"


def test_overdue_view_and_campaign_board(as_user, query_counter):
    late = _task(title="Late leaflets", due_date=date.today() - timedelta(days=3))
    _task(title="On time", due_date=date.today() + timedelta(days=3))
    _task(title="Hidden from Kyrgyzstan", visibility="organization")
    kz = as_user("admin.kazakhstan@example.org")
    overdue = kz.get("/en/tasks/overdue").get_data(as_text=True)
    assert "Late leaflets" in overdue and "On time" not in overdue
    kg = as_user("admin.kyrgyzstan@example.org")
    assert "Late leaflets" not in kg.get("/en/tasks/overdue").get_data(as_text=True)
    winter = campaign("Safe winter")
    tasks.transition(user("admin.kazakhstan@example.org"), late, "accept")
    board = kg.get(f"/en/campaigns/{winter.id}/board").get_data(as_text=True)
    accepted = board[board.index('id="col-accepted"'):board.index('id="col-in_progress"')]
    assert "Late leaflets" in accepted and "Hidden from Kyrgyzstan" not in board
    assert as_user("admin.kazakhstan@example.org").get(
        f"/en/campaigns/{campaign('Blood donation month').id}/board").status_code == 404
    with query_counter() as few:
        kg.get(f"/en/campaigns/{winter.id}/board")
        kz.get("/en/tasks/overdue")
    for i in range(25):
        _task(title=f"Extra {i}", due_date=date.today() - timedelta(days=1))
    with query_counter() as many:
        kg.get(f"/en/campaigns/{winter.id}/board")
        kz.get("/en/tasks/overdue")
    assert many.count == few.count


def test_same_task_for_every_participant_in_one_step(as_user):
    winter = campaign("Safe winter")
    coordinator = as_user(COORDINATOR)
    url = f"/en/tasks/new?campaign={winter.id}&org=ifrc-central-asia"
    both = [org("kazakhstan").id, org("kyrgyzstan").id]
    response = coordinator.post_form(url, {"title": "Report your reach", "assignee_orgs": both,
                                           "assignee_user": "0", "priority": "normal", "visibility": "campaign"})
    assert response.status_code == 302
    db.session.expire_all()
    created = db.session.scalars(select(Task).join(Task.translations)
                                 .where(TaskTranslation.title == "Report your reach")).all()
    assert {t.assignee_org.slug for t in created} == {"kazakhstan", "kyrgyzstan"}
    assert len({t.group_key for t in created}) == 1 and created[0].group_key
    kz_task = next(t for t in created if t.assignee_org.slug == "kazakhstan")
    tasks.transition(user("admin.kazakhstan@example.org"), kz_task, "accept")
    page = coordinator.get(response.location).get_data(as_text=True)
    group = page[page.index('id="group"'):]
    assert "Red Crescent Society of" in group and ("Accepted" in group or "New" in group)
    # All or none: a society outside the campaign makes the whole step fail.
    count = db.session.scalar(select(func.count()).select_from(Task))
    with pytest.raises(ServiceError):
        tasks.create_for_societies(user(COORDINATOR), owner_org=org("ifrc-central-asia"), campaign=winter,
                                   assignee_orgs=[org("kazakhstan"), org("ifrc-central-asia")], title="Half",
                                   description="", priority="normal", due_date=None, visibility="campaign",
                                   assignee_user=None, locale="en", may_backdate=True)
    assert db.session.scalar(select(func.count()).select_from(Task)) == count

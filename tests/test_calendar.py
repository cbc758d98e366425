"""Calendar feeds: parsed back with icalendar; the secret address is the only key, and can be replaced."""
import re
from datetime import date, timedelta

import pytest
from icalendar import Calendar

from app.extensions import db
from app.services import calendars, tasks
from campaign_helpers import campaign
from helpers import org, snapshot, user

KZ_STAFF = "staff.kazakhstan@example.org"


@pytest.fixture(autouse=True)
def request_in_english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield


def _feed_url(email):
    """A new feed address for the person (the address is shown once, when made; only its hash is kept)."""
    return f"/calendar/{calendars.regenerate(user(email))}.ics"


def _events(response):
    assert response.status_code == 200 and response.mimetype == "text/calendar"
    cal = Calendar.from_ical(response.get_data())
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def test_my_feed_holds_my_tasks_and_my_campaigns_milestones(client):
    due = date.today() + timedelta(days=5)
    task = tasks.create(user("coordinator@example.org"), owner_org=org("ifrc-central-asia"),
                        assignee_org=org("kazakhstan"), campaign=campaign("Safe winter"), title="Print posters",
                        description="", priority="normal", due_date=due, visibility="organization",
                        assignee_user=user(KZ_STAFF), locale="en", may_backdate=True)
    events = _events(client.get(_feed_url(KZ_STAFF)))
    event = events[f"task-{task.id}@hamkor"]
    assert event.decoded("dtstart") == due and event.decoded("dtend") == due + timedelta(days=1)
    assert str(event["summary"]) == "Print posters"
    assert str(event["url"]).endswith(f"/tasks/{task.id}")
    winter = campaign("Safe winter")
    assert {f"milestone-{m.id}@hamkor" for m in winter.milestones} <= set(events)
    # The Kyrgyz staff sees neither the Kazakh organization task nor the Kazakh national campaign.
    kg_events = _events(client.get(_feed_url("staff.kyrgyzstan@example.org")))
    assert f"task-{task.id}@hamkor" not in kg_events
    assert {f"milestone-{m.id}@hamkor" for m in winter.milestones} <= set(kg_events)


def test_feed_is_in_the_readers_language(client):
    events = _events(client.get(_feed_url("admin.kazakhstan@example.org")))
    titles = [str(e["summary"]) for e in events.values()]
    assert any("Қауіпсіз қыс" in t for t in titles)  # Safe winter, in Kazakh


def test_unknown_or_replaced_address_is_404(client, as_user):
    assert client.get("/calendar/not-a-token.ics").status_code == 404
    assert client.get(f"/calendar/{'x' * 300}.ics").status_code == 404
    old = _feed_url(KZ_STAFF)
    staff = as_user(KZ_STAFF)
    page = staff.get("/en/account/").get_data(as_text=True)
    assert old not in page and "shown only when it is made" in page  # stored hashed: never shown again
    made = staff.post_form("/en/account/calendar")
    assert made.status_code == 200 and made.headers["Cache-Control"] == "no-store"
    new = re.search(r'value="https?://[^/"]+(/calendar/[^"]+\.ics)"', made.get_data(as_text=True)).group(1)
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


def test_calendar_tokens_are_stored_hashed_and_end_with_a_password_reset(client, outbox):
    url = _feed_url(KZ_STAFF)
    token = url.removeprefix("/calendar/").removesuffix(".ics")
    stored = [str(v) for v in snapshot()["user"] if any(token in str(cell) for cell in v)]
    assert stored == []  # a leaked database holds no working feed address
    assert client.get(url).status_code == 200
    client.post_form("/en/auth/reset", {"email": KZ_STAFF})
    link = re.search(r"https?://[^/]+(/\S+)", outbox[-1].body).group(1)
    client.post_form(link, {"password": "a-new-password-1", "confirm": "a-new-password-1"})
    assert client.get(url).status_code == 404


def test_deactivated_members_feed_stops(client):
    url = _feed_url(KZ_STAFF)
    from helpers import membership

    membership(KZ_STAFF, "kazakhstan").is_active = False
    db.session.commit()
    assert client.get(url).status_code == 404


def test_campaign_milestones_feed(as_user):
    winter = campaign("Safe winter")
    response = as_user("admin.kyrgyzstan@example.org").get(f"/en/campaigns/{winter.id}/milestones.ics")
    events = _events(response)
    assert len(events) == len(winter.milestones) and all(k.startswith("milestone-") for k in events)
    page = as_user("admin.kyrgyzstan@example.org").get(f"/en/campaigns/{winter.id}/timeline").get_data(as_text=True)
    assert f"/en/campaigns/{winter.id}/milestones.ics" in page
    # Another society's national campaign: its feed is anyone's while the campaign is public, and
    # invisible once it is not.
    blood = campaign("Blood donation month")
    kz = as_user("admin.kazakhstan@example.org")
    assert blood.is_publicly_visible and kz.get(f"/en/campaigns/{blood.id}/milestones.ics").status_code == 200
    blood.is_public = False
    db.session.commit()
    before = snapshot()
    assert kz.get(f"/en/campaigns/{blood.id}/milestones.ics").status_code == 404
    assert snapshot() == before

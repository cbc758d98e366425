"""iCalendar feeds: a person's task due dates and the milestones of their campaigns; a campaign's milestones."""
from datetime import timedelta

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.i18n import translated
from app.models import Campaign, Milestone, Task, User
from app.models.base import utcnow
from app.services import audit
from app.services.tokens import hash_token, new_token
from app.security import external_url


def regenerate(user: User) -> str:
    """A new secret for the feed's address, returned once: only its hash is kept, so the address is
    shown when made and never again. The old address stops working at once."""
    raw, digest = new_token()
    user.calendar_token_hash, user.calendar_token_at = digest, utcnow()
    audit.record(user, "calendar.token_replaced", user)
    db.session.commit()
    return raw


def user_by_token(token: str) -> User | None:
    if not token or len(token) > 64:
        return None
    user = db.session.scalar(select(User).where(User.calendar_token_hash == hash_token(token)))
    return user if user is not None and user.is_active else None


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Hamkor//Red Crescent Central Asia//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    return cal


def _event(uid: str, day, summary: str, url: str, description: str = "") -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", utcnow())
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("url", url)
    if description:
        event.add("description", description)
    return event


def _milestone_events(cal, milestones, locale):
    for m in milestones:
        campaign = m.campaign
        title = translated(campaign, "title", campaign.owner_org, locale)[0]
        cal.add_component(_event(
            f"milestone-{m.id}@hamkor", m.on_date,
            f"{translated(m, 'title', campaign.owner_org, locale)[0]} · {title}",
            external_url("campaigns.workspace", lang=locale, campaign_id=campaign.id)))


def user_feed(user: User, name: str) -> bytes:
    from app.policy.queries import _workspace_campaigns, my_tasks

    locale = user.preferred_locale or "ru"
    cal = _calendar(name)
    tasks = db.session.scalars(my_tasks(user).where(Task.due_date.is_not(None)).options(
        selectinload(Task.owner_org), selectinload(Task.assignee_org)).order_by(Task.due_date, Task.id))
    for task in tasks:
        cal.add_component(_event(
            f"task-{task.id}@hamkor", task.due_date, translated(task, "title", task.owner_org, locale)[0],
            external_url("tasks.show", lang=locale, task_id=task.id),
            translated(task.assignee_org, "name", task.assignee_org, locale)[0]))
    milestones = db.session.scalars(select(Milestone).where(Milestone.campaign_id.in_(_workspace_campaigns(user)))
                                    .options(selectinload(Milestone.campaign).selectinload(Campaign.owner_org))
                                    .order_by(Milestone.on_date, Milestone.id))
    _milestone_events(cal, milestones, locale)
    return cal.to_ical()


def campaign_feed(campaign: Campaign, locale: str) -> bytes:
    cal = _calendar(translated(campaign, "title", campaign.owner_org, locale)[0])
    _milestone_events(cal, sorted(campaign.milestones, key=lambda m: (m.on_date, m.id)), locale)
    return cal.to_ical()

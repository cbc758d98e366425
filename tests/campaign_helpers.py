"""Look-ups for the demo campaigns the test database holds, and a task in one of them."""
from datetime import date, timedelta

from sqlalchemy import select

from app.extensions import db
from app.models import Campaign, CampaignTranslation


def campaign(en_title: str) -> Campaign:
    db.session.expire_all()
    return db.session.scalar(select(Campaign).join(Campaign.translations)
                             .where(CampaignTranslation.locale == "en", CampaignTranslation.title == en_title))


def participation(c: Campaign, slug: str):
    return next((p for p in c.participations if p.organization.slug == slug), None)


def regional_task(title="Print posters", assignee="kazakhstan", **extra):
    """A task the coordinator gives in "Safe winter" (due in ten days, seen by the whole campaign)."""
    from app.services import tasks
    from helpers import org, user

    values = dict(owner_org=org("ifrc-central-asia"), assignee_org=org(assignee), campaign=campaign("Safe winter"),
                  title=title, description="", priority="normal", due_date=date.today() + timedelta(days=10),
                  visibility="campaign", assignee_user=None, locale="en", may_backdate=True)
    values.update(extra)
    return tasks.create(user("coordinator@example.org"), **values)

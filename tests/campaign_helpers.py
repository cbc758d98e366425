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


def grow_safe_winter(count: int, spread_days: int = 1, milestones: bool = False) -> None:
    """More of Kazakhstan's reports (on `spread_days` different days) and news on Safe winter, and
    milestones "Day i" when asked, for tests that a page's queries do not grow with them."""
    from decimal import Decimal

    from app.models import IndicatorReport
    from app.services import campaigns
    from helpers import day, user

    winter = campaign("Safe winter")
    kz = participation(winter, "kazakhstan")
    for i in range(count):
        for indicator in winter.indicators:
            indicator.reports.append(IndicatorReport(organization_id=kz.organization_id,
                                                     period_date=day(-27 + i % spread_days), value=Decimal(i)))
        campaigns.post_update(user("admin.kazakhstan@example.org"), winter, kz.organization, f"News {i}", "kk")
        if milestones:
            campaigns.add_milestone(user("coordinator@example.org"), winter, on_date=day(i % 30), kind="other",
                                    title=f"Day {i}", locale="en")
    db.session.commit()


def regional_task(title="Print posters", assignee="kazakhstan", **extra):
    """A task the coordinator gives in "Safe winter" (due in ten days, seen by the whole campaign)."""
    from app.services import tasks
    from helpers import org, user

    values = dict(owner_org=org("ifrc-central-asia"), assignee_org=org(assignee), campaign=campaign("Safe winter"),
                  title=title, description="", priority="normal", due_date=date.today() + timedelta(days=10),
                  visibility="campaign", assignee_user=None, locale="en", may_backdate=True)
    values.update(extra)
    return tasks.create(user("coordinator@example.org"), **values)

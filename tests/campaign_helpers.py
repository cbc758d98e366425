"""Look-ups for the demo campaigns the test database holds."""
from sqlalchemy import select

from app.extensions import db
from app.models import Campaign, CampaignTranslation


def campaign(en_title: str) -> Campaign:
    db.session.expire_all()
    return db.session.scalar(select(Campaign).join(Campaign.translations)
                             .where(CampaignTranslation.locale == "en", CampaignTranslation.title == en_title))


def participation(c: Campaign, slug: str):
    return next((p for p in c.participations if p.organization.slug == slug), None)

"""What anyone, signed in or not, may find: public campaigns that are not drafts. A fixed number of
queries however many there are."""
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.models import Campaign, Organization, Participation
from app.models.campaign import ACTIVE, ARCHIVED, COMPLETED, DRAFT, JOINED

PUBLIC_STATUSES = (ACTIVE, COMPLETED, ARCHIVED)
HOME_CAMPAIGNS = 12

__all__ = ["HOME_CAMPAIGNS", "PUBLIC_STATUSES", "public_campaigns", "public_campaign_locales",
           "public_organizations"]


def _is_public():
    return and_(Campaign.is_public.is_(True), Campaign.status != DRAFT)


def public_campaigns(*, org_id: int | None = None, status: str | None = None, year: int | None = None):
    """Public campaigns, newest first, with their owner and participating societies (names in every
    language) loaded: a query, for pagination. `org_id`: the society owns it or joined it."""
    query = select(Campaign).where(_is_public()).options(
        selectinload(Campaign.owner_org).selectinload(Organization.translations),
        selectinload(Campaign.participations).selectinload(Participation.organization)
        .selectinload(Organization.translations))
    if org_id:
        joined = select(Participation.campaign_id).where(Participation.organization_id == org_id,
                                                         Participation.status == JOINED)
        query = query.where(or_(Campaign.owner_org_id == org_id, Campaign.id.in_(joined)))
    if status in PUBLIC_STATUSES:
        query = query.where(Campaign.status == status)
    if year:
        query = query.where(Campaign.start_date <= date(year, 12, 31), Campaign.end_date >= date(year, 1, 1))
    return query.order_by(Campaign.start_date.desc(), Campaign.id.desc())


def public_organizations() -> list[Organization]:
    """The region's organizations, for the public list's society filter."""
    return list(db.session.scalars(select(Organization).options(selectinload(Organization.translations))
                                   .order_by(Organization.slug)))


def public_campaign_locales(campaign: Campaign) -> list[str]:
    """The languages a public campaign's page exists in: those its title is written or translated in."""
    from app.i18n import LOCALES

    have = {t.locale for t in campaign.translations if t.title}
    return [code for code in LOCALES if code in have]

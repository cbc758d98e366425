"""Campaigns: creation, the status machine, invitations and participation, local adaptation, milestones, updates."""
import re
from datetime import date

from flask_babel import lazy_gettext as _l

from app.extensions import db
from app.models import Campaign, CampaignUpdate, Milestone, Organization, Participation
from app.models.campaign import (
    ACTIVE,
    AUDIENCES,
    DECLINED,
    DRAFT,
    INVITED,
    JOINED,
    MILESTONE_KINDS,
    NATIONAL,
    REGIONAL,
    SCOPES,
    TRANSITIONS,
    WITHDRAWN,
)
from app.models.org import NATIONAL_SOCIETY
from app.services import ServiceError, audit, covers, translations

_CYRILLIC_TO_LATIN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяқғҳҷӯӣўәіңөұүһ",
    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
     "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "q", "gh", "h", "j", "u", "i", "o", "a",
     "i", "ng", "o", "u", "u", "h"], strict=True))


def slugify(text: str, default: str = "campaign") -> str:
    """An ASCII slug for public URLs (and file names), from text in any of the region's scripts."""
    out = "".join(_CYRILLIC_TO_LATIN.get(ch, ch) for ch in (text or "").lower())
    out = re.sub(r"[^a-z0-9]+", "-", out.replace("ʻ", "").replace("ʼ", "")).strip("-")
    return out[:60].strip("-") or default


def _check_dates(start: date | None, end: date | None, field="end_date") -> None:
    if start and end and end < start:
        raise ServiceError(_l("The end date cannot be before the start date."), field=field)


def _texts(title, summary, body) -> dict:
    return {"title": title, "summary": summary, "body": body}


def create(actor, owner: Organization, *, scope: str, title: str, summary: str, body: str, start_date: date,
           end_date: date, audiences, hashtags: str, is_public: bool, locale: str, cover=None) -> Campaign:
    if scope not in SCOPES:
        raise ServiceError(_l("Choose regional or national."), field="scope")
    if scope == REGIONAL and not owner.is_regional_office:
        raise ServiceError(_l("Only the regional office creates regional campaigns."), field="scope")
    if scope == NATIONAL and owner.kind != NATIONAL_SOCIETY:
        raise ServiceError(_l("A national campaign belongs to a National Society."), field="scope")
    _check_dates(start_date, end_date)
    campaign = Campaign(owner_org=owner, scope=scope, status=DRAFT, start_date=start_date, end_date=end_date,
                        hashtags=_hashtags(hashtags), is_public=is_public, source_locale=locale,
                        slug=slugify(title))
    campaign.audiences = [a for a in AUDIENCES if a in (audiences or [])]
    if cover:
        campaign.cover_key, campaign.cover_type = covers.store(cover)
    db.session.add(campaign)
    translations.apply(actor, campaign, locale, _texts(title, summary, body))
    if scope == NATIONAL:
        db.session.add(Participation(campaign=campaign, organization=owner, status=JOINED))
    db.session.flush()
    audit.record(actor, "campaign.created", campaign, owner, scope=scope)
    db.session.commit()
    if cover:
        covers.prepare(campaign.cover_key)
    return campaign


def _hashtags(raw: str) -> str:
    tags = []
    for word in re.split(r"[\s,]+", raw or ""):
        word = word.strip().lstrip("#")
        if word and re.fullmatch(r"\w{1,50}", word):
            tags.append("#" + word)
    return " ".join(dict.fromkeys(tags))[:255]


def update(actor, campaign: Campaign, *, title: str, summary: str, body: str, start_date: date, end_date: date,
           audiences, hashtags: str, is_public: bool, locale: str, cover=None) -> None:
    _check_dates(start_date, end_date)
    if cover:
        campaign.cover_key, campaign.cover_type = covers.store(cover)
    campaign.start_date, campaign.end_date = start_date, end_date
    campaign.audiences = [a for a in AUDIENCES if a in (audiences or [])]
    campaign.hashtags, campaign.is_public = _hashtags(hashtags), is_public
    translations.apply(actor, campaign, locale, _texts(title, summary, body))
    if locale == campaign.source_locale:
        campaign.slug = slugify(title)
    audit.record(actor, "campaign.updated", campaign, campaign.owner_org, locale=locale)
    db.session.commit()
    if cover:
        covers.prepare(campaign.cover_key)


def change_status(actor, campaign: Campaign, new_status: str) -> None:
    if new_status not in TRANSITIONS.get(campaign.status, ()):
        raise ServiceError(_l("A campaign cannot move from this status to that one."))
    old = campaign.status
    campaign.status = new_status
    audit.record(actor, "campaign.status_changed", campaign, campaign.owner_org, status=[old, new_status])
    db.session.commit()


def invite(actor, campaign: Campaign, societies) -> int:
    """Invite National Societies to a regional campaign; returns how many were newly invited."""
    if campaign.scope != REGIONAL:
        raise ServiceError(_l("Only regional campaigns take other societies."))
    if campaign.status not in (DRAFT, ACTIVE):
        raise ServiceError(_l("This campaign is over: it takes no new participants."))
    existing = {p.organization_id: p for p in campaign.participations}
    count = 0
    for org in societies:
        if org.kind != NATIONAL_SOCIETY:
            raise ServiceError(_l("Only National Societies can be invited."))
        participation = existing.get(org.id)
        if participation is None:
            participation = Participation(campaign=campaign, organization=org, status=INVITED)
            db.session.add(participation)
        elif participation.status in (DECLINED, WITHDRAWN):
            participation.status, participation.reason = INVITED, None
        else:
            continue
        db.session.flush()
        audit.record(actor, "campaign.society_invited", participation, org, campaign_id=campaign.id)
        count += 1
    db.session.commit()
    return count


def join(actor, participation: Participation) -> None:
    campaign = participation.campaign
    if participation.status == JOINED:
        raise ServiceError(_l("Your society has already joined this campaign."))
    if participation.status != INVITED:
        raise ServiceError(_l("Your society is not invited to this campaign."))
    if campaign.status not in (DRAFT, ACTIVE):
        raise ServiceError(_l("This campaign is over: it takes no new participants."))
    participation.status, participation.reason = JOINED, None
    audit.record(actor, "campaign.joined", participation, participation.organization, campaign_id=campaign.id)
    db.session.commit()


def decline(actor, participation: Participation, reason: str) -> None:
    if participation.status != INVITED:
        raise ServiceError(_l("Only an open invitation can be declined."))
    if not (reason or "").strip():
        raise ServiceError(_l("Say why your society declines, so the coordinator knows."), field="reason")
    participation.status, participation.reason = DECLINED, reason.strip()
    audit.record(actor, "campaign.declined", participation, participation.organization,
                 campaign_id=participation.campaign_id, reason=participation.reason)
    db.session.commit()


def withdraw(actor, participation: Participation, reason: str) -> None:
    if participation.status != JOINED or participation.campaign.scope != REGIONAL:
        raise ServiceError(_l("Only a society that joined a regional campaign can withdraw from it."))
    participation.status, participation.reason = WITHDRAWN, (reason or "").strip() or None
    audit.record(actor, "campaign.withdrawn", participation, participation.organization,
                 campaign_id=participation.campaign_id, reason=participation.reason)
    db.session.commit()


def update_adaptation(actor, participation: Participation, *, focal_user, local_start, local_end, local_note: str,
                      key_messages: str, locale: str, version: int | None = None) -> None:
    """The society's local adaptation, saved on top of the version its form showed (when given)."""
    if participation.adaptation_removed_at is not None:
        raise ServiceError(_l("This local adaptation was removed: restore it from your space's \"Recently "
                              "removed\" list first."))
    if version is not None and version != participation.adaptation_version:
        from app.services.versions import Conflict

        raise Conflict(participation)
    if participation.status != JOINED:
        raise ServiceError(_l("Only a society that joined the campaign adapts it."))
    participation.adaptation_version += 1
    _check_dates(local_start, local_end, field="local_end")
    if focal_user is not None and not any(m.organization_id == participation.organization_id and m.is_active
                                          for m in focal_user.memberships):
        raise ServiceError(_l("The focal person must be a member of your society."), field="focal_user")
    participation.focal_user = focal_user
    participation.local_start, participation.local_end = local_start, local_end
    source = participation.source_translation
    if source is None or not (source.local_note or source.key_messages):
        participation.source_locale = locale  # the society's first words are the source the others translate
    translations.apply(actor, participation, locale, {"local_note": local_note, "key_messages": key_messages})
    audit.record(actor, "campaign.adaptation_changed", participation, participation.organization,
                 campaign_id=participation.campaign_id, locale=locale)
    db.session.commit()


def add_milestone(actor, campaign: Campaign, *, on_date: date, kind: str, title: str, locale: str) -> Milestone:
    if kind not in MILESTONE_KINDS:
        raise ServiceError(_l("Choose a kind of milestone."), field="kind")
    milestone = Milestone(campaign=campaign, on_date=on_date, kind=kind, source_locale=locale)
    db.session.add(milestone)
    translations.apply(actor, milestone, locale, {"title": title})
    db.session.flush()
    audit.record(actor, "campaign.milestone_added", milestone, campaign.owner_org, campaign_id=campaign.id)
    db.session.commit()
    return milestone


def post_update(actor, campaign: Campaign, org: Organization, body: str, locale: str) -> CampaignUpdate:
    if not (body or "").strip():
        raise ServiceError(_l("Write the news first."), field="body")
    item = CampaignUpdate(campaign=campaign, organization=org, author_id=actor.id, source_locale=locale)
    db.session.add(item)
    translations.apply(actor, item, locale, {"body": body})
    db.session.flush()
    audit.record(actor, "campaign.update_posted", item, org, campaign_id=campaign.id)
    db.session.commit()
    return item


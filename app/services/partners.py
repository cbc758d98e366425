"""A society's partners: current and potential, their stage in the pipeline, sharing with the region,
and the regional view that suggests merging likely duplicates across societies."""
from datetime import date
from difflib import SequenceMatcher

from flask_babel import lazy_gettext as _l

from app.extensions import db
from app.models import Partner, PartnerStageChange
from app.models.diplomacy import PARTNER_KINDS, PARTNER_STAGES
from app.services import ServiceError, audit, translations, versions

SIMILAR = 0.82


def _normal(name: str) -> str:
    return " ".join((name or "").casefold().replace("«", "").replace("»", "").replace('"', "").split())


def same_name(org, name: str, exclude_id=None) -> list[Partner]:
    """Partners of the society whose name (in any language) is the same as `name`."""
    wanted = _normal(name)
    return [p for p in org_partners(org) if p.id != exclude_id
            and any(_normal(t.name) == wanted for t in p.translations if t.name)]


def org_partners(org) -> list[Partner]:
    from sqlalchemy import select

    return list(db.session.scalars(select(Partner).where(Partner.organization_id == org.id)))


def _check(kind, stage, next_step_date):
    if kind not in PARTNER_KINDS:
        raise ServiceError(_l("Choose the kind of partner."), field="kind")
    if stage not in PARTNER_STAGES:
        raise ServiceError(_l("Choose a stage."), field="stage")
    if next_step_date and next_step_date.year < date.today().year - 5:
        raise ServiceError(_l("This date is too far in the past."), field="next_step_date")


def _move(actor, partner: Partner, stage: str, reason: str) -> None:
    """A partner goes forward in the pipeline (identified → contacted → engaged → agreement) freely, and
    back only with a reason; every move is kept in its history."""
    old = partner.stage if partner.id is not None else None
    if stage == old:
        return
    reason = (reason or "").strip()
    going_back = old is not None and PARTNER_STAGES.index(stage) < PARTNER_STAGES.index(old)
    if going_back and not reason:
        raise ServiceError(_l("Say why the partner goes back to an earlier stage."), field="stage_reason")
    partner.stage_changes.append(PartnerStageChange(from_stage=old, to_stage=stage, reason=reason or None,
                                                    actor_id=getattr(actor, "id", None)))
    partner.stage = stage


def save(actor, org, partner: Partner | None, *, name: str, kind: str, stage: str, contact_person: str,
         channels: str, next_step: str, next_step_date, notes: str, shared: bool, campaigns, locale: str,
         stage_reason: str = "", version: int | None = None) -> Partner:
    """A new partner, or changes to one, saved on top of the version the form was opened at."""
    if partner is not None:
        versions.check(partner, version)
    _check(kind, stage, next_step_date)
    is_new = partner is None
    if is_new:
        partner = Partner(organization=org, source_locale=locale)
        db.session.add(partner)
    old_stage = partner.stage
    _move(actor, partner, stage, stage_reason)
    partner.kind = kind
    partner.contact_person, partner.channels = contact_person or "", channels or ""
    partner.next_step, partner.next_step_date, partner.notes = next_step or "", next_step_date, notes or ""
    partner.shared_with_region = bool(shared)
    partner.campaigns = list(campaigns)
    translations.apply(actor, partner, locale, {"name": name})
    db.session.flush()
    audit.record(actor, "partner.created" if is_new else "partner.updated", partner, org,
                 stage=stage if is_new else [old_stage, stage], shared=partner.shared_with_region,
                 **({"stage_reason": stage_reason.strip()} if stage_reason and stage_reason.strip() else {}))
    versions.commit(partner)
    return partner


def duplicates(partners) -> list[tuple[Partner, Partner, float]]:
    """Pairs of shared partners of different societies whose names look alike, most alike first."""
    names = {p.id: {_normal(t.name) for t in p.translations if t.name} for p in partners}
    pairs = []
    for i, a in enumerate(partners):
        for b in partners[i + 1:]:
            if a.organization_id == b.organization_id:
                continue
            score = max((SequenceMatcher(None, x, y).ratio() for x in names[a.id] for y in names[b.id]), default=0)
            if score >= SIMILAR:
                pairs.append((a, b, score))
    return sorted(pairs, key=lambda pair: -pair[2])

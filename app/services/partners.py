"""A society's partners: current and potential, their stage in the pipeline, sharing with the region,
and the regional view: one row per name several societies share, and likely duplicates across societies
that the coordinator can mark "not the same"."""
from datetime import date
from difflib import SequenceMatcher

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.extensions import db
from app.models import Partner, PartnerDistinctPair, PartnerStageChange
from app.models.diplomacy import INTERNATIONAL_PARTNER_KINDS, PARTNER_KINDS, PARTNER_STAGES
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


def _names(partner: Partner) -> set[str]:
    return {_normal(t.name) for t in partner.translations if t.name}


def by_name(partners) -> list[list[Partner]]:
    """The region's list, a row per partner name: the entries of several societies that share a name (the
    same normalized name, in any language) make one row; an entry only one society has is a row of its own."""
    parent = list(range(len(partners)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with = {}
    for i, partner in enumerate(partners):
        for name in _names(partner):
            parent[root(i)] = root(first_with.setdefault(name, i))
    groups = {}
    for i, partner in enumerate(partners):
        groups.setdefault(root(i), []).append(partner)
    rows = []
    for group in groups.values():
        if len({p.organization_id for p in group}) > 1:
            rows.append(group)
        else:
            rows.extend([p] for p in group)
    return rows


def _may_be_one(a: Partner, b: Partner) -> bool:
    """Two societies' entries can be one partner when both are international bodies (a UN agency's
    offices), or when the societies are in the same country; a ministry of one state never is another's."""
    if a.organization_id == b.organization_id:
        return False
    if a.kind in INTERNATIONAL_PARTNER_KINDS and b.kind in INTERNATIONAL_PARTNER_KINDS:
        return True
    country = a.organization.country_code
    return country is not None and country == b.organization.country_code


def duplicates(partners, distinct=frozenset()) -> list[tuple[Partner, Partner, float]]:
    """Pairs of shared partners of different societies that may be one partner, most alike first: their
    names look alike, they could be one body (see _may_be_one), the list does not already show them as one
    row, and the coordinator has not marked them "not the same" (`distinct`: pairs of ids, smaller first)."""
    row_of = {p.id: n for n, row in enumerate(by_name(partners)) for p in row}
    names = {p.id: _names(p) for p in partners}
    pairs = []
    for i, a in enumerate(partners):
        for b in partners[i + 1:]:
            if row_of[a.id] == row_of[b.id] or (min(a.id, b.id), max(a.id, b.id)) in distinct \
                    or not _may_be_one(a, b):
                continue
            score = max((SequenceMatcher(None, x, y).ratio() for x in names[a.id] for y in names[b.id]), default=0)
            if score >= SIMILAR:
                pairs.append((a, b, score))
    return sorted(pairs, key=lambda pair: -pair[2])


def distinct_pairs() -> set[tuple[int, int]]:
    """The pairs of partners (their ids, smaller first) the coordinator marked "not the same"."""
    return set(db.session.execute(select(PartnerDistinctPair.first_id, PartnerDistinctPair.second_id)).all())


def mark_distinct(actor, a: Partner, b: Partner) -> None:
    """The coordinator's answer to a suggestion: these two entries are not the same partner, and are never
    suggested as one again (in the regional office's audit log). Marking a pair twice changes nothing."""
    if a.id == b.id:
        raise ServiceError(_l("Choose two different partners."))
    first, second = sorted((a, b), key=lambda p: p.id)
    if db.session.scalar(select(PartnerDistinctPair.id).where(PartnerDistinctPair.first_id == first.id,
                                                              PartnerDistinctPair.second_id == second.id)):
        return
    pair = PartnerDistinctPair(first_id=first.id, second_id=second.id, marked_by_id=getattr(actor, "id", None))
    db.session.add(pair)
    try:
        db.session.flush()
    except IntegrityError:  # marked by another request at the same moment
        db.session.rollback()
        return
    audit.record(actor, "partner.marked_distinct", pair, actor.regional_office, partners=[first.id, second.id])
    db.session.commit()

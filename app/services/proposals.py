"""Campaign proposals: writing one, opening it to the region, the societies' answers and comments, and the
coordinator's decision, which turns an accepted proposal into a draft regional campaign.

Status: draft -> open -> accepted | declined | withdrawn (a draft may be withdrawn too). Asking for changes
keeps a proposal open, with the coordinator's note shown until its author edits it. Every step is kept
in the proposal's history.
"""
from dataclasses import dataclass
from datetime import date

from flask_babel import force_locale, gettext as _, lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from app.extensions import db
from app.models import (Campaign, CampaignProposal, Indicator, Organization, Participation, ProposalAnswer,
                        ProposalComment, ProposalEvent, ProposalFile, ProposalIndicator)
from app.models.campaign import AUDIENCES, INVITED, REGIONAL, UNITS
from app.models.campaign import DRAFT as CAMPAIGN_DRAFT
from app.models.org import NATIONAL_SOCIETY
from app.models.proposal import (ACCEPTED, ANSWERS, CHANGES_ASKED, DECLINED, DRAFT, EDITED, FINAL, OPEN,
                                 REFUSE, WITHDRAWN)
from app.services import ServiceError, audit, notifications, translations, uploads, versions
from app.services.campaigns import slugify
from app.services.indicators import _amount

MAX_INDICATORS = 10


@dataclass
class IndicatorDraft:
    """An indicator as the form gives it; `existing` when it edits one the proposal already has."""
    name: str
    unit: str
    target: object = None
    existing: ProposalIndicator | None = None


def _check(title, start_date: date | None, end_date: date | None, societies) -> None:
    if not (title or "").strip():
        raise ServiceError(_l("Write a title."), field="title")
    if start_date and end_date and end_date < start_date:
        raise ServiceError(_l("The end date cannot be before the start date."), field="end_date")
    if any(org.kind != NATIONAL_SOCIETY for org in societies):
        raise ServiceError(_l("A regional campaign is for National Societies."), field="societies")


def _check_indicators(indicators: list[IndicatorDraft]) -> None:
    if len([i for i in indicators if i.name.strip()]) > MAX_INDICATORS:
        raise ServiceError(_l("Propose at most %(num)d indicators.", num=MAX_INDICATORS), field="indicators")
    for item in indicators:
        if item.name.strip() and item.unit not in UNITS:
            raise ServiceError(_l("Choose a unit."), field="indicators")
        item.target = _amount(item.target, "indicators")


def _event(actor, proposal: CampaignProposal, action: str, note: str | None = None) -> None:
    proposal.events.append(ProposalEvent(actor_id=getattr(actor, "id", None), action=action, note=note))


def _texts(title, problem, key_messages, partners_needed) -> dict:
    return {"title": title, "problem": problem, "key_messages": key_messages, "partners_needed": partners_needed}


def create(actor, org: Organization, *, title: str, problem: str, key_messages: str, partners_needed: str,
           start_date: date, end_date: date, audiences, societies, indicators: list[IndicatorDraft], locale: str,
           decision=None, files=(), open_now: bool = False) -> CampaignProposal:
    """A new proposal, written in `locale`: a draft, or opened to the region at once."""
    _check(title, start_date, end_date, societies)
    _check_indicators(indicators)
    proposal = CampaignProposal(author_org=org, author_id=getattr(actor, "id", None), status=DRAFT,
                                start_date=start_date, end_date=end_date, source_locale=locale,
                                societies=list(societies))
    proposal.audiences = [a for a in AUDIENCES if a in (audiences or [])]
    if decision is not None:
        proposal.decision, proposal.meeting = decision, decision.meeting
    db.session.add(proposal)
    translations.apply(actor, proposal, locale, _texts(title, problem, key_messages, partners_needed))
    for item in indicators:
        if item.name.strip():
            _add_indicator(actor, proposal, item, locale)
    _event(actor, proposal, DRAFT)
    db.session.flush()
    audit.record(actor, "proposal.created", proposal, org, meeting_id=proposal.meeting_id)
    stored = _store_files(actor, proposal, files)
    if open_now:
        _open(actor, proposal)
    _commit(stored)
    return proposal


def _add_indicator(actor, proposal, item: IndicatorDraft, locale: str) -> None:
    indicator = ProposalIndicator(unit=item.unit, target=item.target, source_locale=locale)
    proposal.indicators.append(indicator)
    translations.apply(actor, indicator, locale, {"name": item.name})


def _store_files(actor, proposal: CampaignProposal, files) -> list:
    """Check and store the uploaded files; the caller commits with `_commit`, which removes them again if
    the change is not saved."""
    stored = []
    try:
        for upload in files:
            if upload is None or not getattr(upload, "filename", None):
                continue
            item = uploads.store(upload)
            stored.append(item)
            proposal.files.append(ProposalFile(storage_key=item.key, name=item.name, content_type=item.content_type,
                                               size=item.size, uploaded_by_id=getattr(actor, "id", None)))
        if stored:
            db.session.flush()
            audit.record(actor, "proposal.files_added", proposal, proposal.author_org, files=[s.name for s in stored])
    except BaseException:
        _discard(stored)
        raise
    return stored


def _discard(stored) -> None:
    for item in stored:
        uploads.discard(item)


def _commit(stored, commit=db.session.commit, *args) -> None:
    try:
        commit(*args)
    except BaseException:
        _discard(stored)
        raise


def edit(actor, proposal: CampaignProposal, *, title: str, problem: str, key_messages: str, partners_needed: str,
         start_date: date, end_date: date, audiences, societies, indicators: list[IndicatorDraft], locale: str,
         version: int | None, files=()) -> None:
    """Changes by its author's organization while it is a draft or open. Each text is saved in the language
    the form showed it in; an indicator whose name is emptied is dropped. A request for changes is met."""
    if proposal.status in FINAL:
        raise ServiceError(_l("This proposal has been decided or withdrawn: it can no longer be changed."))
    versions.check(proposal, version)
    _check(title, start_date, end_date, societies)
    _check_indicators(indicators)
    org = proposal.author_org
    proposal.start_date, proposal.end_date = start_date, end_date
    proposal.audiences = [a for a in AUDIENCES if a in (audiences or [])]
    proposal.societies = list(societies)
    translations.apply_as_shown(actor, proposal, _texts(title, problem, key_messages, partners_needed), locale, org)
    for item in indicators:
        if item.existing is None:
            if item.name.strip():
                _add_indicator(actor, proposal, item, locale)
        elif not item.name.strip():
            proposal.indicators.remove(item.existing)
        else:
            item.existing.unit, item.existing.target = item.unit, item.target
            translations.apply_as_shown(actor, item.existing, {"name": item.name}, locale, org)
    if proposal.changes_asked:
        proposal.changes_asked = False
    _event(actor, proposal, EDITED)
    flag_modified(proposal, "audiences_csv")  # the row (and its version) changes even if only a text did
    db.session.flush()
    audit.record(actor, "proposal.edited", proposal, org, locale=locale)
    _commit(_store_files(actor, proposal, files), versions.commit, proposal)


def _open(actor, proposal: CampaignProposal) -> None:
    proposal.status = OPEN
    _event(actor, proposal, OPEN)
    audit.record(actor, "proposal.opened", proposal, proposal.author_org)
    recipients = [u for org in _societies_and_office() if org.id != proposal.author_org_id
                  for u in notifications.org_admins(org)]
    notifications.notify(proposal, "proposal", recipients, actor=actor, step="opened")


def _societies_and_office() -> list[Organization]:
    return list(db.session.scalars(select(Organization).order_by(Organization.id)))


def submit(actor, proposal: CampaignProposal) -> None:
    """Open a draft to the region: every society's admins and the coordinator hear of it."""
    if proposal.status != DRAFT:
        raise ServiceError(_l("Only a draft can be opened to the region."))
    _open(actor, proposal)
    db.session.commit()


def withdraw(actor, proposal: CampaignProposal, reason: str) -> None:
    if proposal.status not in (DRAFT, OPEN):
        raise ServiceError(_l("Only a draft or open proposal can be withdrawn."))
    proposal.status = WITHDRAWN
    _event(actor, proposal, WITHDRAWN, (reason or "").strip() or None)
    audit.record(actor, "proposal.withdrawn", proposal, proposal.author_org, reason=(reason or "").strip() or None)
    db.session.commit()


def _to_proposer(actor, proposal, step: str, **data) -> None:
    author = proposal.author
    recipients = [author] if author is not None and author.is_active else notifications.org_admins(proposal.author_org)
    notifications.notify(proposal, "proposal", recipients, actor=actor, step=step, **data)


def answer(actor, proposal: CampaignProposal, org: Organization, choice: str, note: str) -> ProposalAnswer:
    """A society says it would join (perhaps on conditions) or would not (and why); a second answer
    replaces the first."""
    if proposal.status != OPEN:
        raise ServiceError(_l("Only an open proposal takes answers."))
    if choice not in ANSWERS:
        raise ServiceError(_l("Choose whether your society would join."), field="answer")
    if org.kind != NATIONAL_SOCIETY or org.id == proposal.author_org_id:
        raise ServiceError(_l("Only another National Society answers a proposal."))
    note = (note or "").strip() or None
    if choice == REFUSE and not note:
        raise ServiceError(_l("Say why your society would not join, so the others know."), field="note")
    row = proposal.answer_of(org.id)
    previous = row.answer if row else None
    if row is None:
        row = ProposalAnswer(organization=org, answer=choice)
        proposal.answers.append(row)
    row.answer, row.note, row.answered_by_id = choice, note, getattr(actor, "id", None)
    db.session.flush()
    audit.record(actor, "proposal.answered", proposal, org, answer=[previous, choice] if previous else choice,
                 note=note)
    _to_proposer(actor, proposal, "answered", org_id=org.id, answer=choice)
    db.session.commit()
    return row


def comment(actor, proposal: CampaignProposal, org: Organization | None, body: str, locale: str) -> ProposalComment:
    body = (body or "").strip()
    if not body:
        raise ServiceError(_l("Write a comment."), field="body")
    if proposal.status in FINAL:
        raise ServiceError(_l("The discussion of this proposal is closed."))
    item = ProposalComment(organization=org, author_id=getattr(actor, "id", None), locale=locale, body=body)
    proposal.comments.append(item)
    db.session.flush()
    audit.record(actor, "proposal.commented", proposal, org or proposal.author_org, comment_id=item.id)
    _to_proposer(actor, proposal, "comment")
    db.session.commit()
    return item


def _decided(actor, proposal: CampaignProposal, status: str, note: str | None) -> None:
    if proposal.status != OPEN:
        raise ServiceError(_l("Only an open proposal can be decided: this one is a draft or was already decided "
                              "or withdrawn."))
    proposal.status, proposal.changes_asked, proposal.coordinator_note = status, False, note
    _event(actor, proposal, status, note)


def ask_changes(actor, proposal: CampaignProposal, note: str) -> None:
    note = (note or "").strip()
    if not note:
        raise ServiceError(_l("Say which changes you ask for."), field="note")
    if proposal.status != OPEN:
        raise ServiceError(_l("Only an open proposal can be sent back for changes."))
    proposal.changes_asked, proposal.coordinator_note = True, note
    _event(actor, proposal, CHANGES_ASKED, note)
    audit.record(actor, "proposal.changes_asked", proposal, proposal.author_org, note=note)
    _to_proposer(actor, proposal, "changes")
    db.session.commit()


def decline(actor, proposal: CampaignProposal, reason: str) -> None:
    reason = (reason or "").strip()
    if not reason:
        raise ServiceError(_l("Say why the proposal is declined."), field="note")
    _decided(actor, proposal, DECLINED, reason)
    audit.record(actor, "proposal.declined", proposal, proposal.author_org, reason=reason)
    _to_proposer(actor, proposal, "declined")
    db.session.commit()


def accept(actor, proposal: CampaignProposal, office: Organization) -> Campaign:
    """A draft regional campaign of the regional office made from the proposal: its texts in every language
    the proposal has, its period, audiences and indicators; the endorsing societies (and the proposing one)
    invited. The proposal links to it."""
    if office is None or not office.is_regional_office:
        raise ServiceError(_l("Only the regional office creates regional campaigns."))
    _decided(actor, proposal, ACCEPTED, None)
    campaign = Campaign(owner_org=office, scope=REGIONAL, status=CAMPAIGN_DRAFT, start_date=proposal.start_date,
                        end_date=proposal.end_date, is_public=False, source_locale=proposal.source_locale,
                        hashtags="", slug=slugify(_source(proposal, "title")))
    campaign.audiences = proposal.audiences
    db.session.add(campaign)
    for row in proposal.translations:
        _copy_translation(proposal, row, campaign, {"title": row.title, "summary": row.problem,
                                                    "body": _body(row)})
    for item in proposal.indicators:
        indicator = Indicator(campaign=campaign, unit=item.unit, regional_target=item.target,
                              source_locale=item.source_locale)
        db.session.add(indicator)
        for row in item.translations:
            _copy_translation(item, row, indicator, {"name": row.name})
    invited = [a.organization for a in proposal.endorsements]
    if proposal.author_org.kind == NATIONAL_SOCIETY:
        invited.insert(0, proposal.author_org)
    for org in invited:
        db.session.add(Participation(campaign=campaign, organization=org, status=INVITED))
    proposal.campaign = campaign
    db.session.flush()
    audit.record(actor, "campaign.created", campaign, office, scope=REGIONAL, proposal_id=proposal.id)
    audit.record(actor, "proposal.accepted", proposal, proposal.author_org, campaign_id=campaign.id,
                 invited=[o.slug for o in invited])
    _to_proposer(actor, proposal, "accepted")
    endorsers = [u for a in proposal.endorsements for u in notifications.org_admins(a.organization)]
    notifications.notify(proposal, "proposal", endorsers, actor=actor, step="accepted")
    db.session.commit()
    return campaign


def _source(obj, field: str) -> str:
    row = obj.source_translation
    return (getattr(row, field, None) if row else None) or ""


def _body(row) -> str | None:
    """The campaign's text from one language of the proposal: its key messages and the partners it needs,
    under headings in that language."""
    parts = []
    with force_locale(row.locale):
        if row.key_messages:
            parts.append(f"## {_('Key messages')}\n\n{row.key_messages}")
        if row.partners_needed:
            parts.append(f"## {_('Partners needed')}\n\n{row.partners_needed}")
    return "\n\n".join(parts) or None


def _copy_translation(source, row, target, values: dict) -> None:
    """One language of `source` becomes the same language of `target`: reviewed stays reviewed, a translation
    made from an older source text stays outdated."""
    copy = type(target).translations.property.mapper.class_(
        locale=row.locale, status=row.status, translated_by_id=row.translated_by_id, version=1,
        source_revision=1 if row.source_revision >= source.revision or row.locale == source.source_locale else 0)
    for field, value in values.items():
        setattr(copy, field, value)
    target.translations.append(copy)


def answers_summary(proposal: CampaignProposal, societies: list[Organization]) -> dict:
    """Who endorsed, who would not, and which of the societies it is for have not answered."""
    answered = {a.organization_id for a in proposal.answers}
    expected = proposal.societies or societies
    return {"endorsed": proposal.endorsements, "refused": proposal.refusals,
            "waiting": [o for o in expected if o.id not in answered and o.id != proposal.author_org_id]}


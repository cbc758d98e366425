"""Campaign proposals: a society proposes a regional campaign, the region's societies endorse it (perhaps on
conditions) or say why not and discuss it, and the coordinator accepts it into a draft regional campaign,
declines it or asks for changes. Drafts stay with their author's organization; volunteers see none."""
import io
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.extensions import db
from app.models import AuditEvent, Campaign, CampaignProposal, Notification
from app.services import ServiceError, proposals, translations
from app.services.proposals import IndicatorDraft
from helpers import day, iso, org, snapshot, user

KZ_ADMIN, KZ_STAFF = "admin.kazakhstan@example.org", "staff.kazakhstan@example.org"
KG_ADMIN, KG_STAFF, KG_VOLUNTEER = ("admin.kyrgyzstan@example.org", "staff.kyrgyzstan@example.org",
                                    "volunteer.kyrgyzstan@example.org")
TJ_ADMIN = "admin.tajikistan@example.org"
COORDINATOR = "coordinator@example.org"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield


def _propose(open_now=True, author=KZ_STAFF, societies=None, **extra) -> CampaignProposal:
    values = dict(title="Heat kills quietly", problem="Older people die in heat waves.", key_messages="Drink water.",
                  partners_needed="Ministry of Health", start_date=day(30), end_date=day(120),
                  audiences=["older_people", "media"],
                  societies=societies if societies is not None else [org("kyrgyzstan"), org("tajikistan")],
                  indicators=[IndicatorDraft("People reached", "people", "5000"), IndicatorDraft("", "people")],
                  locale="en", open_now=open_now)
    values.update(extra)
    return proposals.create(user(author), org("kazakhstan"), **values)


def _reload(proposal_id) -> CampaignProposal:
    db.session.expire_all()
    return db.session.get(CampaignProposal, proposal_id)


# ---------------------------------------------------------------- the status machine


def test_a_draft_opens_to_the_region_and_every_society_admin_hears_of_it():
    proposal = _propose(open_now=False)
    assert proposal.status == "draft" and [e.action for e in proposal.events] == ["draft"]
    assert db.session.scalar(select(func.count()).select_from(Notification)
                             .where(Notification.proposal_id == proposal.id)) == 0
    proposals.submit(user(KZ_STAFF), proposal)
    proposal = _reload(proposal.id)
    assert proposal.status == "open" and [e.action for e in proposal.events] == ["draft", "open"]
    told = set(db.session.scalars(select(Notification.user_id).where(Notification.proposal_id == proposal.id)))
    assert told == {user(KG_ADMIN).id, user(TJ_ADMIN).id, user(COORDINATOR).id}
    with pytest.raises(ServiceError, match="Only a draft"):
        proposals.submit(user(KZ_STAFF), proposal)


def test_final_statuses_are_final_and_a_withdrawn_proposal_cannot_be_accepted():
    proposal = _propose()
    proposals.withdraw(user(KZ_STAFF), proposal, "We found a partner to do it alone")
    proposal = _reload(proposal.id)
    assert proposal.status == "withdrawn" and proposal.events[-1].note == "We found a partner to do it alone"
    before = snapshot()
    for attempt in (lambda: proposals.accept(user(COORDINATOR), proposal, org("ifrc-central-asia")),
                    lambda: proposals.decline(user(COORDINATOR), proposal, "No"),
                    lambda: proposals.answer(user(KG_ADMIN), proposal, org("kyrgyzstan"), "endorse", ""),
                    lambda: proposals.withdraw(user(KZ_STAFF), proposal, ""),
                    lambda: proposals.comment(user(KG_STAFF), proposal, org("kyrgyzstan"), "Late", "en")):
        with pytest.raises(ServiceError):
            attempt()
        db.session.rollback()
    assert snapshot() == before


def test_asking_for_changes_keeps_it_open_until_the_author_edits_it():
    proposal = _propose()
    with pytest.raises(ServiceError, match="which changes"):
        proposals.ask_changes(user(COORDINATOR), proposal, " ")
    proposals.ask_changes(user(COORDINATOR), proposal, "Add a target for volunteers")
    proposal = _reload(proposal.id)
    assert proposal.status == "open" and proposal.changes_asked
    assert db.session.scalar(select(Notification.user_id).where(
        Notification.proposal_id == proposal.id, Notification.data["step"].as_string() == "changes")) == \
        user(KZ_STAFF).id
    proposals.edit(user(KZ_STAFF), proposal, title="Heat kills quietly", problem="Older people die in heat.",
                   key_messages="", partners_needed="", start_date=day(30), end_date=day(120), audiences=[],
                   societies=[], indicators=[IndicatorDraft("People reached", "people", "6000",
                                                            existing=proposal.indicators[0]),
                                             IndicatorDraft("Volunteers trained", "volunteers", "40")],
                   locale="en", version=proposal.version)
    proposal = _reload(proposal.id)
    assert not proposal.changes_asked and [e.action for e in proposal.events][-2:] == ["changes_asked", "edited"]
    assert [(i.translation("en").name, i.target) for i in proposal.indicators] == [
        ("People reached", Decimal("6000")), ("Volunteers trained", Decimal("40"))]


def test_an_edit_from_an_older_page_is_a_conflict_that_changes_nothing():
    from app.services.versions import Conflict

    proposal = _propose()
    old = proposal.version
    proposals.ask_changes(user(COORDINATOR), proposal, "Shorter title")
    proposals.edit(user(KZ_STAFF), proposal, title="Heat", problem="p", key_messages="", partners_needed="",
                   start_date=day(30), end_date=day(120), audiences=[], societies=[], indicators=[], locale="en",
                   version=proposal.version)
    before = snapshot()
    with pytest.raises(Conflict):
        proposals.edit(user(KZ_STAFF), _reload(proposal.id), title="Stale", problem="p", key_messages="",
                       partners_needed="", start_date=day(30), end_date=day(120), audiences=[], societies=[],
                       indicators=[], locale="en", version=old)
    assert snapshot() == before


# ---------------------------------------------------------------- answers


def test_a_society_answers_for_itself_and_answering_again_updates_the_answer():
    proposal = _propose()
    proposals.answer(user(KG_ADMIN), proposal, org("kyrgyzstan"), "endorse", "If the ministry co-signs")
    proposals.answer(user(KG_ADMIN), proposal, org("kyrgyzstan"), "refuse", "No budget this year")
    proposal = _reload(proposal.id)
    assert [(a.organization.slug, a.answer, a.note) for a in proposal.answers] == [
        ("kyrgyzstan", "refuse", "No budget this year")]
    told = list(db.session.scalars(select(Notification.user_id).where(
        Notification.proposal_id == proposal.id, Notification.data["step"].as_string() == "answered")))
    assert told == [user(KZ_STAFF).id] * 2  # the proposer hears of each answer
    with pytest.raises(ServiceError, match="why your society would not join"):
        proposals.answer(user(TJ_ADMIN), proposal, org("tajikistan"), "refuse", "")
    with pytest.raises(ServiceError, match="Only another National Society"):
        proposals.answer(user(KZ_ADMIN), proposal, org("kazakhstan"), "endorse", "")
    summary = proposals.answers_summary(_reload(proposal.id), [org("kazakhstan"), org("kyrgyzstan"),
                                                               org("tajikistan")])
    assert [o.slug for o in summary["waiting"]] == ["tajikistan"] and len(summary["refused"]) == 1


# ---------------------------------------------------------------- accepting into a campaign


def test_accepting_makes_a_draft_regional_campaign_with_every_language_indicators_and_endorsers_invited():
    proposal = _propose(societies=[])
    translations.save(user(KZ_ADMIN), proposal, org("kazakhstan"), "ru",
                      {"title": "Жара убивает тихо", "problem": "Пожилые люди гибнут в жару.",
                       "key_messages": "Пейте воду.", "partners_needed": ""}, None)
    translations.save(user(KZ_ADMIN), proposal.indicators[0], org("kazakhstan"), "ru", {"name": "Охват людей"}, None)
    proposals.answer(user(KG_ADMIN), proposal, org("kyrgyzstan"), "endorse", "With our own materials")
    proposals.answer(user(TJ_ADMIN), proposal, org("tajikistan"), "refuse", "Other priorities")
    campaign = proposals.accept(user(COORDINATOR), _reload(proposal.id), org("ifrc-central-asia"))
    db.session.expire_all()
    campaign = db.session.get(Campaign, campaign.id)
    proposal = _reload(proposal.id)
    assert proposal.status == "accepted" and proposal.campaign_id == campaign.id
    assert (campaign.status, campaign.scope, campaign.owner_org.slug) == ("draft", "regional", "ifrc-central-asia")
    assert (campaign.start_date, campaign.end_date) == (day(30), day(120))
    assert campaign.audiences == ["media", "older_people"] or set(campaign.audiences) == {"media", "older_people"}
    assert campaign.source_locale == "en"
    assert {t.locale: t.title for t in campaign.translations} == {"en": "Heat kills quietly",
                                                                 "ru": "Жара убивает тихо"}
    assert campaign.translation("ru").summary == "Пожилые люди гибнут в жару."
    assert "Пейте воду." in campaign.translation("ru").body and "Drink water." in campaign.translation("en").body
    assert [(i.unit, i.regional_target, {t.locale: t.name for t in i.translations}) for i in campaign.indicators] == [
        ("people", Decimal("5000"), {"en": "People reached", "ru": "Охват людей"})]
    assert sorted((p.organization.slug, p.status) for p in campaign.participations) == [
        ("kazakhstan", "invited"), ("kyrgyzstan", "invited")]
    actions = set(db.session.scalars(select(AuditEvent.action).where(AuditEvent.object_type == "CampaignProposal")))
    assert {"proposal.created", "proposal.opened", "proposal.answered", "proposal.accepted"} <= actions


def test_only_an_open_proposal_is_decided_and_a_decline_needs_a_reason():
    draft = _propose(open_now=False)
    with pytest.raises(ServiceError, match="Only an open proposal"):
        proposals.accept(user(COORDINATOR), draft, org("ifrc-central-asia"))
    db.session.rollback()
    proposal = _propose()
    with pytest.raises(ServiceError, match="why the proposal is declined"):
        proposals.decline(user(COORDINATOR), proposal, "")
    proposals.decline(user(COORDINATOR), proposal, "The region runs a heat campaign already")
    proposal = _reload(proposal.id)
    assert proposal.status == "declined" and proposal.coordinator_note == "The region runs a heat campaign already"
    assert db.session.scalar(select(func.count()).select_from(Campaign).where(Campaign.id == proposal.campaign_id)) == 0


def test_a_period_that_ends_before_it_starts_is_refused_with_nothing_saved(as_user):
    staff = as_user(KZ_STAFF)
    before = snapshot()
    response = staff.post_form("/en/proposals/new", {
        "org": str(org("kazakhstan").id), "title": "Backwards", "problem": "p", "start_date": iso(60),
        "end_date": iso(10), "indicators-0-name": "", "indicators-0-unit": "people", "save": "1"})
    assert response.status_code == 400
    assert "The end date cannot be before the start date." in response.get_data(as_text=True)
    assert snapshot() == before


# ---------------------------------------------------------------- through the browser's forms


def test_staff_propose_with_an_attachment_and_the_region_reads_answers_and_comments(as_user, outbox):
    staff = as_user(KZ_STAFF)
    response = staff.post_form("/en/proposals/new", {
        "org": str(org("kazakhstan").id), "title": "Safe winter", "problem": "Carbon monoxide at home",
        "audiences": ["communities"], "key_messages": "Ventilate", "start_date": iso(10), "end_date": iso(90),
        "societies": [str(org("kyrgyzstan").id)], "partners_needed": "Gas companies",
        "indicators-0-name": "Households visited", "indicators-0-unit": "people", "indicators-0-target": "300",
        "files": (io.BytesIO(PDF), "brief.pdf"), "open": "1"}, content_type="multipart/form-data")
    assert response.status_code == 302
    proposal = db.session.scalar(select(CampaignProposal).order_by(CampaignProposal.id.desc()))
    assert proposal.status == "open" and [f.name for f in proposal.files] == ["brief.pdf"]
    kg = as_user(KG_ADMIN)
    assert kg.post_form(f"/en/proposals/{proposal.id}/answer", {
        "org": str(org("kyrgyzstan").id), "answer": "endorse", "note": "If we lead in Osh"}).status_code == 302
    assert as_user(KG_STAFF).post_form(f"/en/proposals/{proposal.id}/comments",
                                       {"body": "We have a leaflet already"}).status_code == 302
    page = as_user(TJ_ADMIN).get(f"/en/proposals/{proposal.id}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Safe winter" in html and "If we lead in Osh" in html
    assert "We have a leaflet already" in html and "Households visited" in html
    download = as_user(TJ_ADMIN).get(f"/en/proposals/{proposal.id}/files/{proposal.files[0].id}")
    assert download.status_code == 200 and download.data == PDF
    listing = as_user(COORDINATOR).get("/en/proposals/?status=open").get_data(as_text=True)
    assert "Safe winter" in listing
    assert "Safe winter" not in as_user(COORDINATOR).get("/en/proposals/?status=declined").get_data(as_text=True)


def test_a_proposal_started_from_a_meeting_decision_is_prefilled_and_linked(as_user):
    from datetime import datetime, time, timezone

    from app.services import meetings

    kz_admin = user(KZ_ADMIN)
    meeting = meetings.create(kz_admin, org("kazakhstan"), title="Consultation", agenda="", mode="online",
                              location="", starts_at=datetime.combine(day(-3), time(5), timezone.utc),
                              ends_at=datetime.combine(day(-3), time(6), timezone.utc), participants=[],
                              locale="en")
    decision = meetings.add_decision(kz_admin, meeting, text="Propose a campaign on road safety", locale="en")
    staff = as_user(KZ_STAFF)
    meeting_page = staff.get(f"/en/s/kazakhstan/meetings/{meeting.id}").get_data(as_text=True)
    assert f"/en/proposals/new?decision={decision.id}" in meeting_page
    form = staff.get(f"/en/proposals/new?decision={decision.id}").get_data(as_text=True)
    assert 'value="Propose a campaign on road safety"' in form
    assert staff.post_form("/en/proposals/new", {
        "org": str(org("kazakhstan").id), "title": "Road safety", "problem": "Crashes", "start_date": iso(10),
        "end_date": iso(40), "decision": str(decision.id), "save": "1"}).status_code == 302
    proposal = db.session.scalar(select(CampaignProposal).order_by(CampaignProposal.id.desc()))
    assert (proposal.meeting_id, proposal.decision_id, proposal.status) == (meeting.id, decision.id, "draft")
    # Kyrgyzstan did not take part in the meeting: it cannot start a proposal from its decision.
    assert as_user(KG_STAFF).get(f"/en/proposals/new?decision={decision.id}").status_code == 404


# ---------------------------------------------------------------- who sees and does what


def test_drafts_stay_home_and_volunteers_see_no_proposal(as_user):
    draft = _propose(open_now=False, title="Draft idea")
    opened = _propose(title="Open idea")
    for email, draft_status in ((KZ_ADMIN, 200), (KG_ADMIN, 404), (COORDINATOR, 404), (KG_STAFF, 404)):
        c = as_user(email)
        assert c.get(f"/en/proposals/{draft.id}").status_code == draft_status, email
        assert c.get(f"/en/proposals/{opened.id}").status_code == 200, email
        assert ("Draft idea" in c.get("/en/proposals/").get_data(as_text=True)) == (draft_status == 200)
    volunteer = as_user(KG_VOLUNTEER)
    assert volunteer.get(f"/en/proposals/{opened.id}").status_code == 404
    assert "Open idea" not in volunteer.get("/en/proposals/").get_data(as_text=True)
    assert volunteer.get("/en/proposals/new").status_code == 403
    assert volunteer.get(f"/en/proposals/{opened.id}/files/1").status_code == 404


@pytest.mark.parametrize("email, path, data", [
    (KG_STAFF, "edit", {"title": "Hijacked", "problem": "x", "start_date": iso(1), "end_date": iso(2)}),
    (KG_ADMIN, "withdraw", {}),
    (KG_ADMIN, "accept", {}),
    (KZ_ADMIN, "decline", {"note": "Not ours to decide"}),
    (KG_STAFF, "answer", {"answer": "endorse"}),  # staff do not answer for their society
    (KZ_ADMIN, "answer", {"answer": "endorse"}),  # the proposing society does not answer itself
])
def test_those_who_see_but_may_not_change_get_403_and_nothing_changes(as_user, email, path, data):
    proposal = _propose()
    c = as_user(email)
    before = snapshot()
    assert c.post_form(f"/en/proposals/{proposal.id}/{path}", data).status_code == 403
    assert snapshot() == before


def test_the_coordinator_accepts_from_the_page_and_the_campaign_links_back(as_user):
    proposal = _propose()
    proposals.answer(user(KG_ADMIN), proposal, org("kyrgyzstan"), "endorse", "")
    coordinator = as_user(COORDINATOR)
    response = coordinator.post_form(f"/en/proposals/{proposal.id}/accept", {})
    assert response.status_code == 302 and "/campaigns/" in response.location
    workspace = coordinator.get(response.location).get_data(as_text=True)
    assert "Heat kills quietly" in workspace and f"/en/proposals/{proposal.id}" in workspace
    again = coordinator.post_form(f"/en/proposals/{proposal.id}/accept", {})
    assert again.status_code == 400 and "Only an open proposal can be decided" in again.get_data(as_text=True)


def test_the_list_and_the_page_run_a_fixed_number_of_queries(as_user, query_counter):
    coordinator = as_user(COORDINATOR)

    def counts():
        first = db.session.scalar(select(CampaignProposal.id).order_by(CampaignProposal.id))
        with query_counter() as listing:
            assert coordinator.get("/en/proposals/").status_code == 200
        with query_counter() as page:
            assert coordinator.get(f"/en/proposals/{first}").status_code == 200
        return listing.count, page.count

    _seed_proposals(5)
    small = counts()
    _seed_proposals(195)
    assert counts() == small


def _seed_proposals(n):
    """n open proposals, each with an indicator, two answers and a comment, written straight to the database."""
    from app.models import CampaignProposalTranslation, ProposalAnswer, ProposalComment, ProposalIndicator
    from app.models import ProposalIndicatorTranslation

    kz, kg, tj = org("kazakhstan"), org("kyrgyzstan"), org("tajikistan")
    first = db.session.scalar(select(CampaignProposal).order_by(CampaignProposal.id))
    for i in range(n):
        p = CampaignProposal(author_org_id=kz.id, status="open", start_date=day(5), end_date=day(50), source_locale="en",
                             translations=[CampaignProposalTranslation(locale="en", title=f"Load {i}", problem="p")],
                             indicators=[ProposalIndicator(unit="people", source_locale="en", translations=[
                                 ProposalIndicatorTranslation(locale="en", name="n")])],
                             answers=[ProposalAnswer(organization_id=kg.id, answer="endorse"),
                                      ProposalAnswer(organization_id=tj.id, answer="refuse", note="no")],
                             comments=[ProposalComment(organization_id=kg.id, body="c")])
        db.session.add(p)
        if first is not None:  # the first proposal grows too, so its page is measured at 5 and at 200
            first.comments.append(ProposalComment(organization_id=tj.id, body=f"more {i}"))
            first.answers.append(ProposalAnswer(organization_id=kg.id, answer="endorse")) if not first.answers else None
    db.session.commit()


# ---------------------------------------------------------------- notifications and translation


def test_the_admins_notification_leads_to_the_proposal_and_the_mail_links_the_base_url(as_user, app, outbox):
    from app.services import outbox as mail_outbox

    proposal = _propose()
    kg = as_user(KG_ADMIN)
    listing = kg.get("/en/notifications/").get_data(as_text=True)
    assert "proposes a regional campaign: “Heat kills quietly”" in listing
    item = db.session.scalar(select(Notification).where(Notification.user_id == user(KG_ADMIN).id,
                                                        Notification.proposal_id == proposal.id))
    opened = kg.post_form(f"/en/notifications/{item.id}/open", {})
    assert opened.status_code == 302 and opened.location.endswith(f"/proposals/{proposal.id}")
    mail_outbox.send_pending()
    sent = [m for m in outbox if KG_ADMIN in m.recipients]
    assert sent and f"{app.config['BASE_URL']}/" in sent[-1].body and f"/proposals/{proposal.id}" in sent[-1].body
    # A volunteer was told nothing: proposals are not theirs to see.
    assert db.session.scalar(select(func.count()).select_from(Notification).where(
        Notification.user_id == user(KG_VOLUNTEER).id, Notification.proposal_id == proposal.id)) == 0


def test_the_proposal_is_in_the_translation_workflow_of_its_society_and_of_the_region(as_user):
    proposal = _propose()
    kz = as_user(KZ_ADMIN).get("/en/s/kazakhstan/translations?content=proposal&language=ru").get_data(as_text=True)
    assert f"/translations/proposal/{proposal.id}/ru" in kz
    region = as_user(COORDINATOR).get("/en/translations/?content=proposal&language=ru").get_data(as_text=True)
    assert f"/translations/proposal/{proposal.id}/ru" in region
    kg_translator = as_user("translator.kyrgyzstan@example.org")
    url = f"/en/s/kyrgyzstan/translations/proposal/{proposal.id}/ru"
    assert kg_translator.post_form(url, {"title": "Жара убивает тихо", "problem": "Пожилые", "key_messages": "",
                                         "partners_needed": "", "version": "0"}).status_code == 302
    assert _reload(proposal.id).translation("ru").title == "Жара убивает тихо"
    draft = _propose(open_now=False)
    assert kg_translator.get(f"/en/s/kyrgyzstan/translations/proposal/{draft.id}/ru").status_code == 404


@pytest.mark.parametrize("lang", ["ru", "tk", "kk", "ky", "uz", "tg", "en"])
def test_the_demo_proposals_read_in_every_language(as_user, lang):
    coordinator = as_user(COORDINATOR)
    listing = coordinator.get(f"/{lang}/proposals/")
    assert listing.status_code == 200
    for proposal in db.session.scalars(select(CampaignProposal)):
        page = coordinator.get(f"/{lang}/proposals/{proposal.id}")
        assert page.status_code == 200 and f'/{lang}/proposals/{proposal.id}' in listing.get_data(as_text=True)
    roads = db.session.scalar(select(CampaignProposal).where(CampaignProposal.status == "open",
                                                             CampaignProposal.meeting_id.is_(None)))
    html = coordinator.get(f"/{lang}/proposals/{roads.id}").get_data(as_text=True)
    assert 'class="reason"' in html and 'class="condition"' in html  # a decline with its reason, a condition
    from_meeting = db.session.scalar(select(CampaignProposal).where(CampaignProposal.meeting_id.is_not(None)))
    only_kyrgyz = coordinator.get(f"/{lang}/proposals/?org=kyrgyzstan").get_data(as_text=True)
    assert f'data-proposal="{from_meeting.id}"' in only_kyrgyz and only_kyrgyz.count("data-proposal=") == 1


def test_a_society_admin_sees_the_proposals_waiting_for_an_answer_at_home(as_user):
    proposal = _propose(title="Answer me")
    kg = as_user(KG_ADMIN)
    home = kg.get("/en/").get_data(as_text=True)
    assert f'href="/en/proposals/{proposal.id}"' in home and "waiting for your society" in home
    assert "Answer me" not in as_user(KZ_ADMIN).get("/en/").get_data(as_text=True)  # its own proposal
    proposals.answer(user(KG_ADMIN), proposal, org("kyrgyzstan"), "endorse", "")
    assert f'href="/en/proposals/{proposal.id}"' not in kg.get("/en/").get_data(as_text=True)

"""Campaigns: the status machine, invitations, roll-up, validation, pages, permissions and speed."""
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.extensions import db
from app.models import AuditEvent, Campaign, IndicatorReport
from app.services import ServiceError, campaigns, indicators
from campaign_helpers import campaign, grow_safe_winter, participation
from helpers import day, iso, org, snapshot, user

COORDINATOR = "coordinator@example.org"
KZ_ADMIN = "admin.kazakhstan@example.org"
KG_ADMIN = "admin.kyrgyzstan@example.org"
WINTER, HEAT, FIRST_AID, BLOOD = "Safe winter", "Heat wave: look after yourself", "First aid in every family", \
    "Blood donation month"


@pytest.fixture(autouse=True)
def english(app, database):
    """Service messages read in English here (outside a request they would follow the default, Russian)."""
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield


def _new_regional(status="draft", **extra):
    values = dict(scope="regional", title="Clean water", summary="", body="", start_date=day(0),
                  end_date=day(60), audiences=[], hashtags="", is_public=False, locale="en")
    values.update(extra)
    c = campaigns.create(user(COORDINATOR), org("ifrc-central-asia"), **values)
    return c


# ------------------------------------------------------------------ services


def test_status_moves_only_along_allowed_transitions(database):
    c = _new_regional()
    actor = user(COORDINATOR)
    with pytest.raises(ServiceError):
        campaigns.change_status(actor, c, "completed")
    for status in ("active", "completed", "archived"):
        campaigns.change_status(actor, c, status)
    with pytest.raises(ServiceError):
        campaigns.change_status(actor, c, "active")
    events = db.session.scalars(select(AuditEvent.changes).where(AuditEvent.action == "campaign.status_changed",
                                                                 AuditEvent.object_id == c.id)
                                .order_by(AuditEvent.id)).all()
    assert [e["status"] for e in events] == [["draft", "active"], ["active", "completed"],
                                            ["completed", "archived"]]


def test_end_before_start_is_refused(database):
    with pytest.raises(ServiceError):
        _new_regional(start_date=day(60), end_date=day(-300))
    assert campaign("Clean water") is None


def test_only_the_regional_office_creates_regional_campaigns(database):
    with pytest.raises(ServiceError):
        campaigns.create(user(KZ_ADMIN), org("kazakhstan"), scope="regional", title="X", summary="", body="",
                         start_date=day(0), end_date=day(30), audiences=[], hashtags="",
                         is_public=False, locale="kk")


def test_invitation_flow(database):
    c = _new_regional()
    actor = user(COORDINATOR)
    assert campaigns.invite(actor, c, [org("kazakhstan"), org("kyrgyzstan")]) == 2
    assert campaigns.invite(actor, c, [org("kazakhstan")]) == 0  # already invited
    kz, kg = participation(c, "kazakhstan"), participation(c, "kyrgyzstan")
    campaigns.join(user(KZ_ADMIN), kz)
    with pytest.raises(ServiceError, match="already joined"):
        campaigns.join(user(KZ_ADMIN), kz)
    with pytest.raises(ServiceError):
        campaigns.decline(user(KG_ADMIN), kg, "   ")  # a reason is needed
    campaigns.decline(user(KG_ADMIN), kg, "Not this winter.")
    assert kg.status == "declined" and kg.reason == "Not this winter."
    campaigns.withdraw(user(KZ_ADMIN), kz, "Flooding response takes everyone.")
    assert kz.status == "withdrawn"
    assert campaigns.invite(actor, c, [org("kyrgyzstan")]) == 1  # invited again after declining
    with pytest.raises(ServiceError):
        campaigns.invite(actor, c, [org("ifrc-central-asia")])


def test_joining_after_the_campaign_completed_is_refused(database):
    c = _new_regional()
    campaigns.invite(user(COORDINATOR), c, [org("kazakhstan")])
    campaigns.change_status(user(COORDINATOR), c, "active")
    campaigns.change_status(user(COORDINATOR), c, "completed")
    with pytest.raises(ServiceError, match="over"):
        campaigns.join(user(KZ_ADMIN), participation(c, "kazakhstan"))
    assert participation(c, "kazakhstan").status == "invited"


def test_rollup_totals_are_exact(database):
    winter = campaign(WINTER)
    people = winter.indicators[0]
    orgs = {p.organization_id: p.organization for p in winter.participations}
    r = indicators.rollup(people, orgs)
    assert r.total == Decimal(3200 + 4100 + 2100 + 2650 + 1800)
    assert {s.organization.slug: s.total for s in r.shares} == {"kazakhstan": 7300, "kyrgyzstan": 4750,
                                                                 "tajikistan": 1800}
    assert [t for _d, t in r.trend] == [3200, 5300, 7100, 11200, 13850]
    kz = participation(winter, "kazakhstan")
    for value in ("0.1", "0.2"):
        indicators.report(user(KZ_ADMIN), people, kz, period_date=day(-2), value=value, note="")
    r = indicators.rollup(people, orgs)
    assert r.total == Decimal("13850.3")
    assert r.percent_of_target == pytest.approx(13850.3 / 50000 * 100)


@pytest.mark.parametrize("changes,message", [
    ({"period_date": day(-45)}, "within the campaign's dates"),
    ({"value": "-5"}, "cannot be negative"),
    ({"value": "abc"}, "Enter a number"),
])
def test_bad_reports_are_refused(database, changes, message):
    winter = campaign(WINTER)
    values = {"period_date": day(-2), "value": "10", "note": ""}
    values.update(changes)
    count = db.session.scalar(select(func.count()).select_from(IndicatorReport))
    with pytest.raises(ServiceError, match=message):
        indicators.report(user(KZ_ADMIN), winter.indicators[0], participation(winter, "kazakhstan"), **values)
    assert db.session.scalar(select(func.count()).select_from(IndicatorReport)) == count


def test_report_for_an_indicator_of_another_campaign_is_refused(database):
    winter, heat = campaign(WINTER), campaign(HEAT)
    with pytest.raises(ServiceError, match="another campaign"):
        indicators.report(user(KZ_ADMIN), heat.indicators[0], participation(winter, "kazakhstan"),
                          period_date=day(-150), value="1", note="")


# ------------------------------------------------------------------ web


def test_coordinator_creates_a_campaign_from_the_browser_form(as_user):
    c = as_user(COORDINATOR)
    response = c.post_form("/en/campaigns/new", {
        "title": "Clean water", "summary": "Water safety.", "body": "Boil *water*.", "start_date": iso(2),
        "end_date": iso(64), "audiences": ["youth", "media"], "hashtags": "CleanWater #Water",
        "is_public": "y"})
    assert response.status_code == 302
    created = campaign("Clean water")
    assert created.scope == "regional" and created.status == "draft" and created.audiences == ["youth", "media"]
    assert created.hashtags == "#CleanWater #Water"
    page = c.get(response.location).get_data(as_text=True)
    assert "Boil <em>water</em>." in page


def test_end_before_start_on_the_form_gets_a_translated_message(as_user):
    response = as_user(COORDINATOR).post_form("/ru/campaigns/new", {
        "title": "Clean water", "start_date": iso(64), "end_date": iso(2)})
    assert response.status_code == 400
    assert "The end date cannot be before the start date." not in response.get_data(as_text=True)
    assert campaign("Clean water") is None


def test_markdown_is_rendered_inert(as_user):
    c = as_user(COORDINATOR)
    c.post_form("/en/campaigns/new", {
        "title": "Clean water", "start_date": iso(2), "end_date": iso(64),
        "body": "<script>alert(1)</script><iframe src='https://evil.example'></iframe>[x](javascript:alert(1))"})
    page = c.get(f"/en/campaigns/{campaign('Clean water').id}/").get_data(as_text=True)
    assert "<script>alert" not in page and "<iframe" not in page and "javascript:" not in page


def test_society_admin_creates_a_national_campaign(as_user):
    c = as_user(KZ_ADMIN)
    response = c.post_form("/en/campaigns/new", {"title": "Kazakh first aid", "start_date": iso(2),
                                                 "end_date": iso(64)})
    assert response.status_code == 302
    created = db.session.scalar(select(Campaign).order_by(Campaign.id.desc()))
    assert created.scope == "national" and created.owner_org.slug == "kazakhstan"
    assert [p.organization.slug for p in created.participations] == ["kazakhstan"]


def test_volunteers_and_staff_cannot_create_campaigns(as_user):
    for email in ("volunteer.kazakhstan@example.org", "staff.kazakhstan@example.org"):
        assert as_user(email).get("/en/campaigns/new").status_code == 403


def test_society_joins_from_its_space_and_reports(as_user):
    coordinator, kz = as_user(COORDINATOR), as_user(KZ_ADMIN)
    first_aid = campaign(FIRST_AID)  # Kazakhstan is invited, Kyrgyzstan is not involved
    assert kz.get(f"/en/campaigns/{first_aid.id}/").status_code == 404  # invited: no workspace yet
    space = kz.get("/en/s/kazakhstan/campaigns").get_data(as_text=True)
    assert FIRST_AID in space and 'name="join"' in space
    p = participation(first_aid, "kazakhstan")
    assert kz.post_form(f"/en/s/kazakhstan/campaigns/{p.id}/respond", {"join": "1"}).status_code == 302
    assert participation(campaign(FIRST_AID), "kazakhstan").status == "joined"
    assert kz.get(f"/en/campaigns/{first_aid.id}/").status_code == 200
    again = kz.post_form(f"/en/s/kazakhstan/campaigns/{p.id}/respond", {"join": "1"}, follow_redirects=True)
    assert "already joined" in again.get_data(as_text=True)
    assert coordinator.get(f"/en/campaigns/{first_aid.id}/").status_code == 200


def test_decline_needs_a_reason_that_the_coordinator_sees(as_user):
    first_aid = campaign(FIRST_AID)
    kz = as_user(KZ_ADMIN)
    p = participation(first_aid, "kazakhstan")
    page = kz.post_form(f"/en/s/kazakhstan/campaigns/{p.id}/respond", {"decline": "1", "reason": ""},
                        follow_redirects=True).get_data(as_text=True)
    assert "Say why" in page and participation(campaign(FIRST_AID), "kazakhstan").status == "invited"
    kz.post_form(f"/en/s/kazakhstan/campaigns/{p.id}/respond", {"decline": "1", "reason": "No trainers free."})
    assert "No trainers free." in as_user(COORDINATOR).get(f"/en/campaigns/{first_aid.id}/societies").get_data(as_text=True)


def test_staff_reports_a_value_and_the_total_moves(as_user):
    winter = campaign(WINTER)
    people = winter.indicators[0]
    staff = as_user("staff.kazakhstan@example.org")
    kz = participation(winter, "kazakhstan")
    response = staff.post_form(f"/en/campaigns/{winter.id}/indicators/{people.id}/reports", {
        "participation": kz.id, "period_date": iso(-2), "value": "950", "note": "Shymkent"})
    assert response.status_code == 302
    page = as_user(COORDINATOR).get(f"/en/campaigns/{winter.id}/indicators").get_data(as_text=True)
    assert "14,800" in page  # 13,850 + 950


def test_report_outside_dates_gets_a_message_and_changes_nothing(as_user):
    winter = campaign(WINTER)
    staff = as_user("staff.kazakhstan@example.org")
    before = snapshot()
    response = staff.post_form(f"/en/campaigns/{winter.id}/indicators/{winter.indicators[0].id}/reports", {
        "participation": participation(winter, "kazakhstan").id, "period_date": iso(-400), "value": "5"})
    assert response.status_code == 400 and "within the campaign" in response.get_data(as_text=True)
    assert snapshot() == before


def test_indicator_of_another_campaign_in_the_url_is_404(as_user):
    winter, heat = campaign(WINTER), campaign(HEAT)
    staff = as_user("staff.kazakhstan@example.org")
    response = staff.post_form(f"/en/campaigns/{winter.id}/indicators/{heat.indicators[0].id}/reports", {
        "participation": participation(winter, "kazakhstan").id, "period_date": iso(-2), "value": "5"})
    assert response.status_code == 404


def test_volunteer_cannot_report_and_admin_of_participant_cannot_edit(as_user):
    winter = campaign(WINTER)
    volunteer = as_user("volunteer.kazakhstan@example.org")
    assert volunteer.get(f"/en/campaigns/{winter.id}/").status_code == 200
    assert volunteer.post_form(f"/en/campaigns/{winter.id}/indicators/{winter.indicators[0].id}/reports", {
        "participation": participation(winter, "kazakhstan").id, "period_date": iso(-2),
        "value": "5"}).status_code == 403
    kz = as_user(KZ_ADMIN)
    assert kz.get(f"/en/campaigns/{winter.id}/edit").status_code == 403
    assert kz.post_form(f"/en/campaigns/{winter.id}/status", {"status": "completed"}).status_code == 403
    assert campaign(WINTER).status == "active"


def test_national_campaign_of_another_society_is_404(as_user):
    blood = campaign(BLOOD)  # Kyrgyzstan's own
    for email in (KZ_ADMIN, COORDINATOR):
        assert as_user(email).get(f"/en/campaigns/{blood.id}/").status_code == 404
    assert as_user(KG_ADMIN).get(f"/en/campaigns/{blood.id}/").status_code == 200


def test_local_adaptation_by_the_joined_society(as_user):
    winter = campaign(WINTER)
    kz = participation(winter, "kazakhstan")
    staff = as_user("staff.kazakhstan@example.org")
    url = f"/kk/campaigns/{winter.id}/participants/{kz.id}/adaptation"
    assert staff.get(url).status_code == 200
    response = staff.post_form(url, {"focal_user": user("staff.kazakhstan@example.org").id,
                                     "local_start": iso(-25), "local_end": iso(80),
                                     "local_note": "Алматы мен Шымкентте", "key_messages": "Жылытуды тексеріңіз"})
    assert response.status_code == 302
    page = as_user(KG_ADMIN).get(f"/en/campaigns/{winter.id}/societies").get_data(as_text=True)
    assert "Алматы мен Шымкентте" in page  # visible to every participant
    bad = staff.post_form(url, {"focal_user": "0", "local_start": iso(100), "local_end": iso(40)})
    assert bad.status_code == 400
    assert as_user("staff.kyrgyzstan@example.org").get(url).status_code == 403


def test_participants_post_news_newest_first(as_user):
    winter = campaign(WINTER)
    kg = as_user("staff.kyrgyzstan@example.org")
    response = kg.post_form(f"/ky/campaigns/{winter.id}/updates", {
        "body": "Ошто 50 ыктыярчы даярдалды.", "organization": org("kyrgyzstan").id})
    assert response.status_code == 302
    page = kg.get(f"/ky/campaigns/{winter.id}/news").get_data(as_text=True)
    feed = page[page.index('id="updates"'):]
    assert feed.index("Ошто 50 ыктыярчы") < feed.index("Нарында")
    assert as_user("volunteer.kyrgyzstan@example.org").post_form(
        f"/ky/campaigns/{winter.id}/updates", {"body": "x", "organization": org("kyrgyzstan").id}
    ).status_code == 403


def test_public_page_for_anyone_in_every_language(client):
    winter = campaign(WINTER)
    response = client.get(f"/kk/campaigns/{winter.id}-{winter.slug}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Қауіпсіз қыс" in page
    assert "Қазақстан Республикасының Қызыл Жарты Ай қоғамы" in page  # a participating society
    tg = client.get(f"/tg/campaigns/{winter.id}-{winter.slug}").get_data(as_text=True)
    assert "Зимистони бехатар" in tg
    assert client.get(f"/en/campaigns/{winter.id}-wrong-slug").status_code == 301


def test_draft_and_private_campaigns_are_never_public(client):
    for title in (FIRST_AID,):
        c = campaign(title)
        assert client.get(f"/en/campaigns/{c.id}-{c.slug}").status_code == 404
    heat = campaign(HEAT)
    heat.is_public = False
    db.session.commit()
    assert client.get(f"/en/campaigns/{heat.id}-{heat.slug}").status_code == 404


def test_lists_show_what_each_society_is_involved_in(as_user):
    kz = as_user(KZ_ADMIN).get("/en/campaigns/").get_data(as_text=True)
    assert WINTER in kz and HEAT in kz and FIRST_AID in kz and BLOOD not in kz
    coordinator = as_user(COORDINATOR).get("/en/campaigns/").get_data(as_text=True)
    assert WINTER in coordinator and FIRST_AID in coordinator and BLOOD not in coordinator
    kg = as_user(KG_ADMIN).get("/en/campaigns/").get_data(as_text=True)
    assert BLOOD in kg and FIRST_AID not in kg


def test_list_filters(as_user):
    c = as_user(COORDINATOR)
    active = c.get("/en/campaigns/?status=active").get_data(as_text=True)
    assert WINTER in active and HEAT not in active
    year = campaign(FIRST_AID).start_date.year  # the draft starts next month
    drafts = c.get(f"/en/campaigns/?year={year}&status=draft").get_data(as_text=True)
    assert FIRST_AID in drafts and WINTER not in drafts
    assert FIRST_AID not in c.get(f"/en/campaigns/?year={year - 1}&status=draft").get_data(as_text=True)
    national = as_user(KG_ADMIN).get("/en/campaigns/?scope=national").get_data(as_text=True)
    assert BLOOD in national and WINTER not in national
    assert c.get("/en/campaigns/?year=abcd&status=nonsense").status_code == 200


def test_list_paginates(as_user):
    for i in range(22):
        _new_regional(title=f"Extra {i:02d}")
    c = as_user(COORDINATOR)
    first = c.get("/en/campaigns/").get_data(as_text=True)
    second = c.get("/en/campaigns/?page=2").get_data(as_text=True)
    assert "page=2" in first and first.count("Extra ") + second.count("Extra ") == 22


def test_campaign_page_and_list_cost_a_fixed_number_of_queries(as_user, query_counter):
    c = as_user(COORDINATOR)
    winter = campaign(WINTER)
    grow_safe_winter(2)
    with query_counter() as small_page:  # the news tab (every tab: tests/test_campaign_tabs.py)
        c.get(f"/en/campaigns/{winter.id}/news")
    with query_counter() as small_list:
        c.get("/en/campaigns/")
    grow_safe_winter(25)
    for i in range(5):
        _new_regional(title=f"More {i}")
    with query_counter() as big_page:
        page = c.get(f"/en/campaigns/{winter.id}/news").get_data(as_text=True)
    with query_counter() as big_list:
        c.get("/en/campaigns/")
    assert "News 24" in page
    assert big_page.count == small_page.count
    assert big_list.count == small_list.count


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 40


def _upload(client, title, data, filename):
    import io

    return client.post_form("/en/campaigns/new", {
        "title": title, "start_date": iso(2), "end_date": iso(64), "is_public": "y",
        "cover": (io.BytesIO(data), filename)}, content_type="multipart/form-data")


def test_cover_image_is_checked_by_its_bytes_and_served_safely(as_user, client):
    coordinator = as_user(COORDINATOR)
    fake = _upload(coordinator, "Fake cover", b"<html><script>alert(1)</script></html>", "cover.png")
    assert fake.status_code == 400 and "PNG, JPEG or WebP" in fake.get_data(as_text=True)
    assert campaign("Fake cover") is None
    assert _upload(coordinator, "Real cover", PNG, "../../etc/passwd").status_code == 302
    real = campaign("Real cover")
    assert real.cover_type == "image/png" and "passwd" not in real.cover_key and "/" not in real.cover_key
    image = coordinator.get(f"/en/campaigns/{real.id}/cover")
    assert image.status_code == 200 and image.mimetype == "image/png"
    assert image.headers["X-Content-Type-Options"] == "nosniff" and image.data == PNG
    # A draft is not public yet: its cover is not either.
    assert client.get(f"/en/campaigns/{real.id}/cover").status_code == 404
    campaigns.change_status(user(COORDINATOR), campaign("Real cover"), "active")
    assert client.get(f"/en/campaigns/{real.id}/cover").status_code == 200


def test_an_indicator_chart_is_drawn_once_per_state_of_its_data(as_user, monkeypatch):
    from app.campaigns import charts
    from app.services import indicators

    drawn = []
    real = charts.render
    monkeypatch.setattr(charts, "render", lambda kind, rollup: drawn.append(kind) or real(kind, rollup))
    monkeypatch.setattr(charts, "_CACHE", charts.OrderedDict())
    winter = campaign("Safe winter")
    indicator = winter.indicators[0]
    url = f"/en/campaigns/{winter.id}/indicators/{indicator.id}/share.svg"
    coordinator = as_user("coordinator@example.org")
    first = coordinator.get(url)
    assert first.status_code == 200 and first.mimetype == "image/svg+xml" and first.headers["ETag"]
    again = coordinator.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.get_data() == b""  # the browser keeps its copy
    assert coordinator.get(url).get_data() == first.get_data() and drawn == ["share"]  # drawn once
    kg = next(p for p in winter.participations if p.organization.slug == "kyrgyzstan")
    indicators.report(user("admin.kyrgyzstan@example.org"), indicator, kg, period_date=day(-1), value=999, note="")
    changed = coordinator.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert changed.status_code == 200 and changed.headers["ETag"] != first.headers["ETag"]  # new data, new chart
    assert drawn == ["share", "share"]
    assert coordinator.get(url.replace("/en/", "/ky/")).headers["ETag"] != changed.headers["ETag"]  # per language

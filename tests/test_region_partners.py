"""The coordinator's partners of the region: one row per name several societies share, filters, suggestions
of entries that may be one partner (same country, or an international body) and "not the same"."""
import re

import pytest
from sqlalchemy import select

from app.extensions import db
from app.models import AuditEvent, Partner, PartnerDistinctPair, PartnerTranslation
from app.services import partners
from helpers import org, snapshot, user

COORDINATOR = "coordinator@example.org"
URL = "/en/partners/"


@pytest.fixture(autouse=True)
def request_in_english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield


def _add(slug, name, kind="un_agency", stage="engaged", shared=True, next_step="") -> Partner:
    return partners.save(user(f"admin.{slug}@example.org"), org(slug), None, name=name, kind=kind, stage=stage,
                         contact_person="", channels="", next_step=next_step, next_step_date=None, notes="",
                         shared=shared, campaigns=[], locale="en")


def _demo(name_en) -> Partner:
    """A partner of the demo by its English name."""
    return db.session.scalar(select(Partner).join(PartnerTranslation).where(
        PartnerTranslation.locale == "en", PartnerTranslation.name == name_en))


def _suggestions(page: str) -> str:
    """The block of suggested duplicates under the list ('' when there is none)."""
    found = re.search(r'<details class="duplicates.*?</details>', page, re.S)
    return found.group(0) if found else ""


def _pairs(page: str) -> list[str]:
    """Each suggested pair, as plain text."""
    return [_plain(p) for p in re.findall(r"<li.*?</li>", _suggestions(page), re.S)]


def _rows(page: str) -> list[str]:
    """The rows of the region's list (a group's own entries stay inside its row)."""
    table = page.split('table-cards region-partners">')[1].split("<tbody>", 1)[1]
    return re.split(r"\n    <tr[ >]", table.split("</tbody>\n</table>\n</div>")[0])[1:]


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def test_a_name_several_societies_share_is_one_row_opening_to_each_entry(as_user):
    _add("kazakhstan", "World Food Programme", stage="agreement", next_step="Sign the annex")
    _add("kyrgyzstan", "world  food programme", stage="contacted")  # the same name, written differently
    _add("tajikistan", "«World Food Programme»", stage="identified")
    _add("kazakhstan", "World Food Programme", shared=False, next_step="Kept to ourselves")  # not in the list
    _add("kyrgyzstan", "Aga Khan Foundation")  # one society only: a row of its own
    page = as_user(COORDINATOR).get(URL).get_data(as_text=True)
    rows = _rows(page)
    wfp = [r for r in rows if "World Food Programme" in r or "world  food" in r]
    assert len(wfp) == 1 and "World Food Programme — 3 societies" in wfp[0]
    group = wfp[0]
    assert "<details>" in group and "<summary>" in group
    for society, stage in (("Kazakhstan", "Agreement"), ("Kyrgyzstan", "Contacted"), ("Tajikistan", "Identified")):
        assert re.search(rf"{society}.*?{stage}", group, re.S), society
    assert "Sign the annex" in group and "Kept to ourselves" not in page
    aga_khan = [r for r in rows if "Aga Khan Foundation" in r]
    assert len(aga_khan) == 1 and "<details>" not in aga_khan[0] and "societies" not in aga_khan[0]
    assert 'data-label="Stage"' in aga_khan[0]  # the phone card layout names each value


def test_two_entries_of_one_society_with_one_name_stay_two_rows(as_user):
    _add("kyrgyzstan", "Red Cross Youth Club")
    _add("kyrgyzstan", "Red Cross Youth Club", stage="contacted")
    rows = [r for r in _rows(as_user(COORDINATOR).get(URL).get_data(as_text=True)) if "Red Cross Youth Club" in r]
    assert len(rows) == 2 and not any("<details>" in r for r in rows)


def test_only_same_country_or_international_entries_are_suggested_as_one(as_user):
    """The demo's ministries of emergency situations of Kazakhstan and Kyrgyzstan look alike, but a ministry
    of one state is never another's; UNICEF's offices in two countries may be one partner."""
    office = org("ifrc-central-asia")
    office.country_code = "KZ"  # the regional office in Almaty
    db.session.commit()
    partners.save(user(COORDINATOR), office, None, name="Ministry of Emergency Situations of Kazakhstan",
                  kind="government", stage="contacted", contact_person="", channels="", next_step="",
                  next_step_date=None, notes="", shared=True, campaigns=[], locale="en")
    _add("kyrgyzstan", "Ministry of Health of the Kyrgyz Republic", kind="government")
    _add("tajikistan", "Ministry of Health of the Tajik Republic", kind="government")
    _add("kyrgyzstan", "World Health Organization Country Office", kind="international")
    _add("tajikistan", "World Health Organization Country Offices", kind="un_agency")
    page = as_user(COORDINATOR).get(URL).get_data(as_text=True)
    pairs = _pairs(page)
    kz, kg = ("Ministry of Emergency Situations of the Republic of Kazakhstan",
              "Ministry of Emergency Situations of the Kyrgyz Republic")
    assert any(kz in p and "Ministry of Emergency Situations of Kazakhstan (IFRC" in p for p in pairs)  # one country
    assert any("UNICEF Kazakhstan Country Office" in p and "UNICEF Tajikistan" in p for p in pairs)  # international
    assert any("Country Office (" in p and "Country Offices (" in p for p in pairs)  # both international bodies
    assert not any(kz in p and kg in p for p in pairs)
    assert not any("Ministry of Health" in p for p in pairs)
    assert len(pairs) == 3 and 'action="/en/partners/' in _suggestions(page)


def test_suggestions_sit_folded_under_the_list(as_user):
    page = as_user(COORDINATOR).get(URL).get_data(as_text=True)
    assert "alert-warning" not in page
    assert page.index("region-partners") < page.index('<details class="duplicates')
    assert "<details open" not in page


def test_not_the_same_is_never_suggested_again_and_is_audited(as_user):
    kazakh, tajik = _demo("UNICEF Kazakhstan Country Office"), _demo("UNICEF Tajikistan")
    _add("kyrgyzstan", "UNICEF Kyrgyzstan Country Office")
    coordinator = as_user(COORDINATOR)
    pairs = _pairs(coordinator.get(URL).get_data(as_text=True))
    assert any("UNICEF Kazakhstan" in p and "UNICEF Tajikistan" in p for p in pairs) and len(pairs) == 2
    # From the larger id to the smaller: the pair is the same either way round; the filters come back.
    response = coordinator.post_form(f"/en/partners/{tajik.id}/not-same/{kazakh.id}?kind=un_agency&x=1")
    assert response.status_code == 302 and response.location.endswith("/en/partners/?kind=un_agency")
    page = coordinator.get(response.location).get_data(as_text=True)
    assert "Marked as different partners" in page
    pairs = _pairs(page)
    assert len(pairs) == 1 and "UNICEF Kyrgyzstan" in pairs[0]  # the other pair stays
    pair = db.session.scalar(select(PartnerDistinctPair))
    assert (pair.first_id, pair.second_id) == (kazakh.id, tajik.id) and pair.marked_by_id == user(COORDINATOR).id
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "partner.marked_distinct"))
    assert event.organization_id == org("ifrc-central-asia").id and event.changes["partners"] == [kazakh.id, tajik.id]
    before = snapshot()  # marking it again changes nothing
    assert coordinator.post_form(f"/en/partners/{kazakh.id}/not-same/{tajik.id}").status_code == 302
    assert snapshot() == before
    assert "Pair of partners" in coordinator.get("/en/s/ifrc-central-asia/audit").get_data(as_text=True)


def test_not_the_same_is_refused_to_society_members_and_for_unshared_partners(as_user, app):
    tajik, kazakh = _demo("UNICEF Tajikistan"), _demo("UNICEF Kazakhstan Country Office")
    hidden = _add("tajikistan", "UNICEF Tajikistan Office", shared=False)
    members = [as_user(f"{who}@example.org") for who in ("admin.tajikistan", "admin.kazakhstan", "staff.kyrgyzstan")]
    coordinator = as_user(COORDINATOR)
    before = snapshot()
    for member in members:
        assert member.post_form(f"/en/partners/{tajik.id}/not-same/{kazakh.id}").status_code == 404
    assert coordinator.post_form(f"/en/partners/{tajik.id}/not-same/{hidden.id}").status_code == 404
    assert coordinator.post_form(f"/en/partners/{tajik.id}/not-same/999999").status_code == 404
    assert coordinator.get(f"/en/partners/{tajik.id}/not-same/{kazakh.id}").status_code == 405
    assert coordinator.post(f"/en/partners/{tajik.id}/not-same/{kazakh.id}").status_code == 400  # no CSRF token
    response = coordinator.post_form(f"/en/partners/{tajik.id}/not-same/{tajik.id}", follow_redirects=True)
    assert "Choose two different partners." in response.get_data(as_text=True)
    assert snapshot() == before


def test_filters_narrow_the_list_together_with_the_grouping(as_user):
    _add("kazakhstan", "World Food Programme", stage="engaged")
    _add("kyrgyzstan", "World Food Programme", stage="engaged")
    _add("tajikistan", "World Food Programme", stage="identified")
    coordinator = as_user(COORDINATOR)

    def names(query):
        page = coordinator.get(URL, query_string=query).get_data(as_text=True)
        return page, [_plain(r) for r in _rows(page)]

    page, everything = names({})
    assert '<form method="get"' in page and 'name="society"' in page and 'name="kind"' in page
    assert any("World Food Programme — 3 societies" in r for r in everything)
    _, engaged = names({"stage": "engaged"})
    assert any("World Food Programme — 2 societies" in r for r in engaged)
    assert not any("Agreement" in r or "Identified" in r for r in engaged)
    _, kazakh = names({"society": org("kazakhstan").id})
    assert kazakh and all("Kazakhstan" in r for r in kazakh) and not any("societies" in r for r in kazakh)
    page, un = names({"kind": "un_agency", "stage": "engaged"})
    assert un and all("UN agency" in r and "Engaged" in r for r in un)
    assert "Ministry" not in " ".join(un) and 'selected value="un_agency"' in page
    page, nothing = names({"society": org("kazakhstan").id, "kind": "media"})
    assert nothing == ["No shared partner matches these filters."]
    _, garbage = names({"society": "abc", "kind": "castle", "stage": "0"})  # ignored, never an error
    assert garbage == everything


def test_the_page_is_for_the_coordinator_only(as_user):
    assert as_user("admin.kyrgyzstan@example.org").get(URL).status_code == 404
    assert as_user("platform@example.org").get(URL).status_code == 404
    assert as_user(COORDINATOR).get(URL).status_code == 200


def test_the_page_runs_a_fixed_number_of_queries(as_user, query_counter):
    coordinator = as_user(COORDINATOR)
    with query_counter() as few:
        coordinator.get(URL)
        coordinator.get(URL, query_string={"kind": "un_agency"})
    societies = ("kazakhstan", "kyrgyzstan", "tajikistan")
    for i in range(24):
        _add(societies[i % 3], f"Partner {i // 3}", kind=("un_agency", "ngo")[i % 2])  # eight names, three societies
        _add(societies[i % 3], f"UNICEF office {i}")  # alike: suggested
    partners.mark_distinct(user(COORDINATOR), _demo("UNICEF Tajikistan"), _demo("UNICEF Kazakhstan Country Office"))
    with query_counter() as many:
        page = coordinator.get(URL).get_data(as_text=True)
        coordinator.get(URL, query_string={"kind": "un_agency"})
    assert "Partner 7 — 3 societies" in page and "UNICEF office 23" in _suggestions(page)
    assert many.count == few.count, (few.count, many.count)

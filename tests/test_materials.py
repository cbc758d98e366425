"""Material: clearance by two parties, who sees what, the library, downloads, offline packs, speed; the
volunteer's library in their language (its order, language names, the material page's one button, the names of
downloaded files, clearance kept to those who clear, the offline pack's offer and index)."""
import hashlib
import io
import json
import re
import zipfile

import pytest
from flask import render_template_string
from flask_login import login_user
from sqlalchemy import select

from app.extensions import db
from app.formatting import filesize
from app.models import AuditEvent, Material, Notification
from app.services import ServiceError, materials
from campaign_helpers import campaign
from helpers import org, snapshot, user
from material_helpers import cleared as _cleared, material, pdf, png, upload

COORDINATOR = "coordinator@example.org"
KZ_ADMIN, KZ_STAFF, KZ_VOLUNTEER = ("admin.kazakhstan@example.org", "staff.kazakhstan@example.org",
                                    "volunteer.kazakhstan@example.org")
KG_VOLUNTEER, KG_STAFF = "volunteer.kyrgyzstan@example.org", "staff.kyrgyzstan@example.org"
TJ_VOLUNTEER = "volunteer.tajikistan@example.org"


@pytest.fixture(autouse=True)
def english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield


def test_two_parties_clear_regional_material_and_an_edit_sends_it_back():
    m = material(campaign=campaign("Safe winter"))
    assert m.clearance == "draft"
    with pytest.raises(ServiceError):
        materials.clear(user(KZ_ADMIN), m, "owner")  # not sent yet
    materials.submit(user(KZ_STAFF), m)
    assert {n.user.email for n in db.session.scalars(select(Notification).where(
        Notification.material_id == m.id))} >= {KZ_ADMIN, COORDINATOR}
    materials.clear(user(KZ_ADMIN), m, "owner")
    assert m.clearance == "submitted"  # the region has not cleared yet
    materials.clear(user(COORDINATOR), m, "region")
    assert m.clearance == "cleared"
    materials.add_file(user(KZ_STAFF), m, "ru", upload(pdf("ru"), "ru.pdf"))
    assert m.clearance == "submitted" and m.owner_cleared_by_id is None
    materials.send_back(user(COORDINATOR), m, "Use the new logo")
    assert m.clearance == "draft" and m.returned_comment == "Use the new logo"
    actions = set(db.session.scalars(select(AuditEvent.action).where(AuditEvent.object_id == m.id,
                                                                     AuditEvent.object_type == "Material")))
    assert {"material.created", "material.submitted", "material.cleared_by", "material.resubmitted",
            "material.sent_back"} <= actions
    with pytest.raises(ServiceError):
        materials.send_back(user(COORDINATOR), m, "")


def test_national_material_needs_only_the_society():
    m = material()  # the society's own material
    materials.submit(user(KZ_STAFF), m)
    materials.clear(user(KZ_ADMIN), m, "owner")
    assert m.clearance == "cleared"


def test_who_may_clear(as_user):
    m = material(campaign=campaign("Safe winter"))
    materials.submit(user(KZ_STAFF), m)
    staff, kg_admin = as_user(KZ_STAFF), as_user("admin.kyrgyzstan@example.org")
    before = snapshot()
    assert staff.post_form(f"/en/materials/{m.id}/clearance", {"action": "clear_owner"}).status_code == 403
    assert kg_admin.post_form(
        f"/en/materials/{m.id}/clearance", {"action": "clear_owner"}).status_code == 404  # not theirs to see yet
    assert snapshot() == before
    page = as_user(COORDINATOR).get(f"/en/materials/{m.id}").get_data(as_text=True)
    assert 'data-action="clear_region"' in page and 'data-action="clear_owner"' not in page


def test_volunteers_see_cleared_material_of_their_campaigns_only(as_user):
    winter = campaign("Safe winter")
    m = material(campaign=winter, title="Stay warm")
    file_url = f"/files/{m.files[0].id}/download"
    kz_volunteer, kg_volunteer = as_user(KZ_VOLUNTEER), as_user(KG_VOLUNTEER)
    assert kz_volunteer.get(f"/en/materials/{m.id}").status_code == 404  # a draft
    assert kz_volunteer.get(file_url).status_code == 404
    _cleared(m)
    assert kz_volunteer.get(f"/en/materials/{m.id}").status_code == 200
    assert "Stay warm" in kz_volunteer.get("/en/materials/").get_data(as_text=True)
    assert kg_volunteer.get(file_url).status_code == 200  # Kyrgyzstan joined Safe winter too
    # A campaign Kazakhstan did not join: its volunteers do not see the material at all.
    blood = campaign("Blood donation month")
    other = material(owner="kyrgyzstan", campaign=blood, title="Give blood", locale="ky")
    materials.submit(user(KG_STAFF), other)
    materials.clear(user("admin.kyrgyzstan@example.org"), other, "owner")
    assert kz_volunteer.get(f"/en/materials/{other.id}").status_code == 404
    assert kz_volunteer.get(f"/files/{other.files[0].id}/download").status_code == 404
    assert "Give blood" not in kz_volunteer.get("/en/materials/").get_data(as_text=True)
    assert kg_volunteer.get(f"/en/materials/{other.id}").status_code == 200


def test_public_material_for_everyone_the_rest_for_no_stranger(client, as_user):
    winter = campaign("Safe winter")
    public = material(campaign=winter, audience="public", title="Public poster", data=png("kk"))
    internal = material(audience="organization", title="Internal budget")
    _cleared(public)
    assert client.get(f"/files/{public.files[0].id}/download").status_code == 200
    assert client.get(f"/files/{internal.files[0].id}/download").status_code == 404
    assert client.get(f"/files/{internal.files[0].id}/thumbnail").status_code == 404
    page = client.get(f"/en/campaigns/{winter.id}-{winter.slug}").get_data(as_text=True)
    assert "Public poster" in page and "Internal budget" not in page
    assert as_user(KG_STAFF).get(f"/en/materials/{internal.id}").status_code == 404
    assert as_user(KZ_VOLUNTEER).get(f"/en/materials/{internal.id}").status_code == 404


def test_download_headers_and_count(client, as_user):
    data = pdf("kk")
    m = material(audience="public", title="Leaflet", data=data)
    _cleared(m)
    response = client.get(f"/files/{m.files[0].id}/download", buffered=False)
    assert response.is_streamed  # sent chunk by chunk, never read whole into memory
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.get_data() == data and int(response.headers["Content-Length"]) == len(data)
    response.close()
    db.session.expire_all()
    assert db.session.get(Material, m.id).files[0].downloads == 1
    owner_page = as_user(KZ_ADMIN).get(f"/en/materials/{m.id}").get_data(as_text=True)
    assert 'class="downloads">1<' in owner_page
    assert 'class="downloads"' not in as_user(KZ_VOLUNTEER).get(f"/en/materials/{m.id}").get_data(as_text=True)


def test_download_in_my_language_follows_the_fallback_chain(as_user):
    m = material(title="Two languages")
    materials.add_file(user(KZ_STAFF), m, "ru", upload(pdf("ru"), "ru.pdf"))
    _cleared(m)
    ru_file = next(f for f in m.files if f.locale == "ru")
    kk_file = next(f for f in m.files if f.locale == "kk")
    volunteer = as_user(KZ_VOLUNTEER)
    assert volunteer.get(f"/ru/materials/{m.id}/download").location.endswith(f"/files/{ru_file.id}/download")
    assert volunteer.get(f"/kk/materials/{m.id}/download").location.endswith(f"/files/{kk_file.id}/download")
    # Tajik is missing: the society's working language comes next.
    assert volunteer.get(f"/tg/materials/{m.id}/download").location.endswith(f"/files/{kk_file.id}/download")


def test_replaced_file_stays_for_the_owner_only(as_user):
    m = material(title="Versions")
    first = m.files[0].id
    materials.add_file(user(KZ_STAFF), m, "kk", upload(pdf("ru"), "new.pdf"))
    _cleared(m)
    assert as_user(KZ_STAFF).get(f"/files/{first}/download").status_code == 200
    assert as_user(KZ_VOLUNTEER).get(f"/files/{first}/download").status_code == 404
    assert len(m.current_files) == 1


def test_upload_from_the_browser_form_and_bad_files(as_user):
    winter = campaign("Safe winter")
    staff = as_user(KZ_STAFF)
    url = f"/en/materials/new?campaign={winter.id}&org=kazakhstan"
    before = snapshot()
    fake = staff.post_form(url, {"title": "Fake", "kind": "leaflet", "audience": "volunteers", "file_locale": "kk",
                                 "file": (io.BytesIO(b"<html>hi</html>"), "fake.pdf")},
                           content_type="multipart/form-data")
    assert fake.status_code == 400 and "not accepted" in fake.get_data(as_text=True)
    assert snapshot() == before
    ok = staff.post_form(url, {"title": "Real leaflet", "kind": "leaflet", "audience": "volunteers",
                               "file_locale": "kk", "file": (io.BytesIO(pdf("kk")), "../../leaflet.pdf")},
                         content_type="multipart/form-data")
    assert ok.status_code == 302
    created = db.session.scalar(select(Material).order_by(Material.id.desc()))
    assert created.files[0].original_name == "leaflet.pdf" and created.campaign_id == winter.id


def test_oversize_upload_gets_the_translated_413(as_user, app, monkeypatch):
    monkeypatch.setitem(app.config, "MATERIAL_MAX_MB", 1)
    staff = as_user(KZ_STAFF)
    response = staff.post_form("/ru/materials/new?org=kazakhstan", {
        "title": "Big", "kind": "video", "audience": "volunteers", "file_locale": "kk",
        "file": (io.BytesIO(b"%PDF-" + b"0" * (2 * 1024 * 1024)), "big.pdf")}, content_type="multipart/form-data")
    assert response.status_code == 413 and "слишком" in response.get_data(as_text=True).lower()


def test_offline_pack_contents_checksums_and_cache(as_user):
    winter = campaign("Safe winter")
    kept = material(campaign=winter, title="In the pack")
    materials.add_file(user(KZ_STAFF), kept, "ru", upload(pdf("ru"), "ru.pdf"))
    _cleared(kept)
    material(campaign=winter, title="Still a draft")
    volunteer = as_user(KZ_VOLUNTEER)
    response = volunteer.get(f"/ru/campaigns/{winter.id}/pack/ru.zip")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.get_data()))
    manifest = json.loads(archive.read("manifest.json"))
    titles = {f["title"] for f in manifest["files"]}
    assert "In the pack" in titles and "Still a draft" not in titles
    for entry in manifest["files"]:
        assert hashlib.sha256(archive.read(entry["path"])).hexdigest() == entry["sha256"]
    ours = next(f for f in manifest["files"] if f["title"] == "In the pack")
    assert ours["language"] == "ru"
    index = archive.read("index.html").decode()
    assert ours["path"] in index and "<script" not in index
    # Cached: the same pack again, and a new one when the material changes.
    again = volunteer.get(f"/ru/campaigns/{winter.id}/pack/ru.zip")
    assert again.get_data() == response.get_data()
    materials.add_file(user(KZ_STAFF), kept, "ky", upload(pdf("ky"), "ky.pdf"))  # back to submitted
    materials.clear(user(KZ_ADMIN), kept, "owner")
    materials.clear(user(COORDINATOR), kept, "region")
    changed = zipfile.ZipFile(io.BytesIO(volunteer.get(f"/ky/campaigns/{winter.id}/pack/ky.zip").get_data()))
    assert any(f["language"] == "ky" for f in json.loads(changed.read("manifest.json"))["files"])
    volunteer.get(f"/ru/campaigns/{winter.id}/pack/ru.zip")  # rebuilt: the material changed
    from pathlib import Path

    from flask import current_app

    packs_dir = Path(current_app.config["UPLOAD_DIR"]) / "packs"
    assert len(list(packs_dir.glob(f"c{winter.id}-ru-*.zip"))) == 1  # the older version is gone
    assert volunteer.get(f"/ru/campaigns/{winter.id}/pack/xx.zip").status_code == 404


def _bulk(count, start=0):
    from app.models import MaterialFile, MaterialTranslation
    from app.models.translation import REVIEWED

    winter, kz = campaign("Safe winter"), org("kazakhstan")
    for i in range(start, start + count):
        m = Material(owner_org=kz, campaign=winter, kind="poster", audience="volunteers", clearance="cleared",
                     source_locale="kk")
        m.translations = [MaterialTranslation(locale="kk", title=f"Bulk {i}", status=REVIEWED)]
        m.files = [MaterialFile(locale=loc, storage_key=f"bulk-{i}-{loc}.pdf", original_name="x.pdf",
                                content_type="application/pdf", size=10, sha256="0" * 64) for loc in ("kk", "ru")]
        db.session.add(m)
    db.session.commit()


def test_library_runs_a_fixed_number_of_queries_at_10_and_300(as_user, query_counter):
    volunteer = as_user(KZ_VOLUNTEER)
    _bulk(10)
    with query_counter() as few:
        assert volunteer.get("/en/materials/").status_code == 200
    _bulk(290, start=10)
    with query_counter() as many:
        page = volunteer.get("/en/materials/?language=kk").get_data(as_text=True)
    assert "Bulk 299" in page
    assert many.count == few.count, (few.count, many.count)


def test_clearance_news_reaches_the_people_involved_in_their_language(as_user):
    m = material(campaign=campaign("Safe winter"), title="Leaflet for news")
    materials.submit(user(KZ_STAFF), m)
    page = as_user(KZ_ADMIN).get("/en/notifications/").get_data(as_text=True)
    assert "sent the material “Leaflet for news” for clearance" in page
    materials.send_back(user(COORDINATOR), m, "Bigger letters")
    staff_page = as_user(KZ_STAFF).get("/en/notifications/").get_data(as_text=True)
    assert "Bigger letters" in staff_page
    assert "Leaflet for news" not in as_user(KZ_VOLUNTEER).get("/en/notifications/").get_data(as_text=True)


def test_a_change_while_waiting_needs_both_clearances_again_and_nobody_clears_twice():
    m = material(campaign=campaign("Safe winter"), title="Half cleared")
    materials.submit(user(KZ_STAFF), m)
    materials.clear(user(KZ_ADMIN), m, "owner")
    with pytest.raises(ServiceError):
        materials.clear(user(KZ_ADMIN), m, "region")  # one person is one party
    materials.edit(user(KZ_STAFF), m, kind="leaflet", audience="public", title="Half cleared", description="",
                   locale="kk")
    assert m.clearance == "submitted" and m.owner_cleared_by_id is None
    materials.clear(user(COORDINATOR), m, "region")
    assert m.clearance == "submitted"  # the society has not seen the change yet
    regional = material(owner="ifrc-central-asia", campaign=campaign("Safe winter"), title="Regional", locale="ru")
    materials.submit(user(COORDINATOR), regional)
    materials.clear(user(COORDINATOR), regional, "owner")
    assert regional.clearance == "cleared"  # the regional office's own material: one party


def test_a_lost_file_is_a_404_and_not_counted(client):
    from app.storage import storage

    m = material(audience="public", title="Lost")
    _cleared(m)
    storage().delete(m.files[0].storage_key)
    assert client.get(f"/files/{m.files[0].id}/download").status_code == 404
    db.session.expire_all()
    assert db.session.get(Material, m.id).files[0].downloads == 0


# The volunteer's library in their language.

def _titles_in_order(page: str, titles) -> list[str]:
    """The given titles as the library's cards list them."""
    shown = re.findall(r'class="h6 card-title"><a href="[^"]+">(?:<span lang="\w+">)?([^<]+)<', page)
    return [t for t in shown if t in titles]


def _anchor(page: str, css_class: str) -> str:
    return re.search(rf'<a class="[^"]*\b{css_class}\b[^"]*"[^>]*>([^<]*)</a>', page).group(1)


def test_tajik_volunteer_sees_tajik_material_first_and_their_societys_campaigns_first(as_user):
    winter, blood = campaign("Safe winter"), campaign("Blood donation month")  # Tajikistan takes part in the first
    # Made in the reverse of the order the library should show, so "newest first" would get it exactly wrong.
    _cleared(material(owner="tajikistan", campaign=winter, title="Ours in Tajik", locale="tg"))
    _cleared(material(owner="kyrgyzstan", campaign=blood, audience="public", title="Theirs in Tajik", locale="tg"))
    _cleared(material(owner="kazakhstan", campaign=winter, title="Ours in Russian", locale="ru"))
    _cleared(material(owner="kyrgyzstan", campaign=blood, audience="public", title="Theirs in Russian", locale="ru"))
    titles = ["Ours in Tajik", "Theirs in Tajik", "Ours in Russian", "Theirs in Russian"]
    page = as_user(TJ_VOLUNTEER).get("/tg/materials/").get_data(as_text=True)
    assert _titles_in_order(page, titles) == titles
    # In Russian the same volunteer gets the Russian material first (Tajik, their society's language, next).
    russian = as_user(TJ_VOLUNTEER).get("/ru/materials/").get_data(as_text=True)
    assert _titles_in_order(russian, titles) == ["Ours in Russian", "Theirs in Russian", "Ours in Tajik",
                                                 "Theirs in Tajik"]


def test_languages_are_named_in_the_readers_language_not_coded(as_user):
    m = material(owner="kyrgyzstan", campaign=campaign("Blood donation month"), audience="public",
                 title="Named languages", locale="ky")
    materials.add_file(user("staff.kyrgyzstan@example.org"), m, "ru", upload(pdf("ru"), "ru.pdf"))
    _cleared(m)
    volunteer = as_user(TJ_VOLUNTEER)
    library = volunteer.get("/tg/materials/").get_data(as_text=True)
    card = library[library.index("Named languages"):]
    card = card[:card.index("</article>")]
    languages = re.search(r'material-languages">(.*?)</p>', card).group(1)
    assert not re.search(r">\s*(ky|ru)\s*<", card)
    assert languages.index("русӣ") < languages.index("қирғизӣ")  # Russian comes before Kyrgyz for a Tajik reader
    page = volunteer.get(f"/tg/materials/{m.id}").get_data(as_text=True)
    assert "русӣ" in page and "қирғизӣ" in page
    assert not re.search(r">\s*(ky|ru)\s*<", page)


def test_the_material_page_offers_the_tajik_file_first_with_its_type_size_and_a_preview(as_user):
    m = material(campaign=campaign("Safe winter"), audience="public", title="Poster", locale="ru", data=png("ru"),
                 kind="poster")
    for locale in ("en", "ky", "tg"):  # Tajik comes fourth, as the complaint had it
        materials.add_file(user("staff.kazakhstan@example.org"), m, locale, upload(png(locale), f"png-{locale}.png"))
    _cleared(m)
    tajik = next(f for f in m.current_files if f.locale == "tg")
    page = as_user(TJ_VOLUNTEER).get(f"/tg/materials/{m.id}").get_data(as_text=True)
    button = _anchor(page, "download-best")
    assert "тоҷикӣ" in button and "PNG" in button and filesize(tajik.size, "tg") in button
    assert f'href="/files/{tajik.id}/download" download>' in page
    assert 'class="material-thumb' in page and f'/files/{tajik.id}/thumbnail' in page
    others = page[page.index("material-files"):]
    assert others.index('data-locale="ru"') < others.index('data-locale="en"') < others.index('data-locale="ky"')
    assert 'data-locale="tg"' not in others  # it is the button
    assert "png-ru.png" not in page


def test_a_download_is_named_after_the_title_and_its_language(client, as_user):
    from app.services import translations

    m = material(campaign=campaign("Safe winter"), audience="public", title="Hand-washing poster", locale="en",
                 data=png("en"), kind="poster")
    translations.apply(user("staff.kazakhstan@example.org"), m, "tg", {"title": "Плакати шустани даст",
                                                                       "description": ""})
    materials.add_file(user("staff.kazakhstan@example.org"), m, "tg", upload(png("tg"), "../../x.png"))
    materials.add_file(user("staff.kazakhstan@example.org"), m, "ru", upload(pdf("ru"), "листовка.pdf"))
    _cleared(m)
    names = {}
    for item in m.current_files:
        response = client.get(f"/files/{item.id}/download")
        assert response.status_code == 200
        names[item.locale] = response.headers["Content-Disposition"]
    assert names["en"] == "attachment; filename=hand-washing-poster-en.png"
    assert names["tg"] == "attachment; filename=plakati-shustani-dast-tg.png"  # its own title, transliterated
    assert names["ru"] == "attachment; filename=hand-washing-poster-ru.pdf"  # no Russian title: the nearest one


def test_a_download_name_holds_no_path_quotes_or_other_scripts():
    m = material(title='../../etc/passwd "Meýletinçiler" ; x', locale="kk")
    assert materials.download_name(m.files[0]) == "etc-passwd-meyletinciler-x-kk.pdf"
    odd = material(title="«»", locale="kk", owner="kazakhstan")
    assert materials.download_name(odd.files[0]) == "material-kk.pdf"


def test_clearance_is_shown_to_those_who_clear_and_the_editors_only(as_user):
    m = material(owner="tajikistan", campaign=campaign("Safe winter"), title="Cleared leaflet", locale="tg")
    materials.add_file(user("staff.tajikistan@example.org"), m, "ru", upload(pdf("ru"), "ru.pdf"))
    _cleared(m)
    url = f"/en/materials/{m.id}"
    for email in (TJ_VOLUNTEER, "translator.tajikistan@example.org", "staff.kazakhstan@example.org"):
        page = as_user(email).get(url).get_data(as_text=True)
        assert "Cleared leaflet" in page, email
        assert 'class="badge bg-secondary clearance"' not in page and 'id="clearance"' not in page, email
        assert "Clearance" not in page, email
    for email in ("admin.tajikistan@example.org", COORDINATOR, "staff.tajikistan@example.org"):
        page = as_user(email).get(url).get_data(as_text=True)
        assert 'class="badge bg-secondary clearance">Cleared<' in page, email
    waiting = material(owner="tajikistan", campaign=campaign("Safe winter"), title="Waiting leaflet", locale="tg")
    materials.submit(user("staff.tajikistan@example.org"), waiting)
    translator = as_user("translator.tajikistan@example.org").get("/en/materials/").get_data(as_text=True)
    card = translator[translator.index("Waiting leaflet"):]
    assert "bg-warning" not in card[:card.index("</article>")]  # the library's cards: no state for a translator
    admin = as_user("admin.tajikistan@example.org").get("/en/materials/").get_data(as_text=True)
    card = admin[admin.index("Waiting leaflet"):]
    assert "bg-warning" in card[:card.index("</article>")]


def test_the_pack_offer_puts_the_readers_language_first_with_its_size(as_user):
    winter = campaign("Safe winter")
    m = material(owner="tajikistan", campaign=winter, title="Pack leaflet", locale="tg")
    materials.add_file(user("staff.tajikistan@example.org"), m, "ru", upload(pdf("ru"), "ru.pdf"))
    _cleared(m)
    volunteer = as_user(TJ_VOLUNTEER)
    library = volunteer.get("/tg/materials/").get_data(as_text=True)
    assert f'/tg/materials/?campaign={winter.id}#pack' in library  # the unfiltered library points to it
    page = volunteer.get(f"/tg/materials/?campaign={winter.id}").get_data(as_text=True)
    offer = page[page.index('class="pack-offer'):page.index("</section>", page.index('class="pack-offer'))]
    button = _anchor(offer, "pack-mine")
    assert "тоҷикӣ" in button
    assert offer.index("pack-mine") < offer.index("pack-others")
    others = re.findall(r'data-locale="(\w+)">([^<]+)<', offer[offer.index("pack-others"):])
    assert [code for code, _ in others][:1] == ["ru"]  # then the reader's fallback language
    assert all(re.search(r"\(\d+(,\d)?\u00a0КБ\)", text) for _, text in others), others
    # Before it is built: what its files add up to; after: the size of the pack itself.
    pack = volunteer.get(f"/tg/campaigns/{winter.id}/pack/tg.zip").get_data()
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(pack)).read("manifest.json"))
    assert filesize(sum(f["size"] for f in manifest["files"]), "tg") in button
    again = volunteer.get(f"/tg/materials/?campaign={winter.id}").get_data(as_text=True)
    assert filesize(len(pack), "tg") in _anchor(again, "pack-mine")


def test_the_pack_offer_renders_for_a_campaign_page_and_nothing_without_material(app):
    include = '{% include "materials/_pack_offer.html" %}'
    from flask_babel import force_locale

    with app.test_request_context("/tg/"), force_locale("tg"):
        login_user(user(TJ_VOLUNTEER))
        winter = campaign("Safe winter")
        html = render_template_string(include, campaign=winter)
        assert "pack-mine" in html and f"/tg/campaigns/{winter.id}/pack/tg.zip" in html
        assert "pack/tg.zip" not in html[html.index("pack-others"):]
        empty = campaign("First aid in every family")
        assert render_template_string(include, campaign=empty).strip() == ""


def test_the_pack_index_writes_sizes_and_languages_in_the_packs_language(as_user):
    winter = campaign("Safe winter")
    m = material(owner="tajikistan", campaign=winter, title="Index leaflet", locale="tg")
    _cleared(m)
    response = as_user(TJ_VOLUNTEER).get(f"/ru/campaigns/{winter.id}/pack/tg.zip")  # a Russian page, a Tajik pack
    assert re.search(r"filename=[a-z0-9-]+-\d+-tg\.zip", response.headers["Content-Disposition"])
    archive = zipfile.ZipFile(io.BytesIO(response.get_data()))
    index = archive.read("index.html").decode()
    ours = next(f for f in json.loads(archive.read("manifest.json"))["files"] if f["title"] == "Index leaflet")
    assert ours["path"].endswith("-index-leaflet-tg.pdf")
    assert f"(тоҷикӣ, {filesize(ours['size'], 'tg')})" in index
    assert not re.search(r"\d B\)", index) and "таджикский" not in index

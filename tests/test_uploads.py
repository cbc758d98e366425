"""Upload safety: the type comes from the bytes, and anything else is refused or made inert, with
nothing half-written left in storage."""
import pytest

from app.services import ServiceError, uploads
from app.storage import storage
from material_helpers import material, pdf, png, upload, zip_bytes


@pytest.fixture(autouse=True)
def request_in_english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield


def _refused(data: bytes, name="x.pdf") -> str:
    before = storage().keys()
    with pytest.raises(ServiceError) as refused:
        uploads.store(upload(data, name))
    assert storage().keys() == before  # nothing half-written stays
    return str(refused.value.message)


def test_real_files_are_recognised_by_their_bytes():
    assert uploads.store(upload(pdf(), "leaflet.png")).content_type == "application/pdf"  # the name lies
    stored = uploads.store(upload(png(), "poster"))
    assert (stored.content_type, stored.name) == ("image/png", "poster.png")
    poster = material(title="Poster", data=png()).files[0]  # its thumbnail: a queue job (run in place here)
    assert poster.thumbnail_key and storage().exists(poster.thumbnail_key)
    kit = uploads.store(upload(zip_bytes({"post.png": png(), "captions.txt": "hello"}), "kit.zip"))
    assert kit.content_type == "application/zip"
    docx = uploads.store(upload(zip_bytes({"[Content_Types].xml": "<x/>", "word/document.xml": "<w/>"}), "a.docx"))
    assert docx.extension == "docx"
    mp4 = uploads.store(upload(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100, "clip.mp4"))
    assert mp4.content_type == "video/mp4"


def test_html_claiming_to_be_a_pdf_is_refused():
    assert "not accepted" in _refused(b"<html><script>alert(1)</script></html>", "leaflet.pdf")


def test_svg_with_script_is_refused():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    assert "not accepted" in _refused(svg, "logo.svg")


def test_empty_file_is_refused():
    assert "empty" in _refused(b"", "empty.pdf")


def test_zip_with_parent_paths_is_refused():
    assert "outside" in _refused(zip_bytes({"../../etc/evil.txt": "x"}), "kit.zip")
    assert "outside" in _refused(zip_bytes({"/abs.txt": "x"}), "kit.zip")


def test_zip_bomb_is_refused():
    bomb = zip_bytes({"zeros.bin": b"\x00" * (20 * 1024 * 1024)})
    assert len(bomb) < 100 * 1024
    assert "unpacks" in _refused(bomb, "kit.zip")


def test_file_names_lose_paths_and_control_characters():
    assert uploads.clean_name("../../etc/pass\x00wd.pdf", "pdf") == "passwd.pdf"
    assert uploads.clean_name("C:\\Users\\me\\Плакат\u202e.exe", "png") == "Плакат.png"
    assert uploads.clean_name("", "zip") == "material.zip"
    assert uploads.clean_name(".hidden", "pdf") == "hidden.pdf"


def test_oversize_is_a_413(app, monkeypatch):
    from werkzeug.exceptions import RequestEntityTooLarge

    monkeypatch.setitem(app.config, "MATERIAL_MAX_MB", 1)
    before = storage().keys()
    with pytest.raises(RequestEntityTooLarge):
        uploads.store(upload(b"%PDF-" + b"0" * (2 * 1024 * 1024)))
    assert storage().keys() == before


def test_broken_image_is_kept_without_a_thumbnail():
    broken = material(title="Broken", data=b"\x89PNG\r\n\x1a\n" + b"broken" * 10).files[0]
    assert broken.content_type == "image/png" and broken.thumbnail_key is None and storage().exists(broken.storage_key)

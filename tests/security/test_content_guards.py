"""Issue 12: translation cannot bypass clearance, ZIP kits hold no links, huge images are not decoded
whole, download counts cannot be inflated from other sites."""
import io
import stat
import zipfile
from datetime import datetime, timedelta

import pytest
import time_machine
from PIL import Image, ImageFile

from sqlalchemy import select

from app.extensions import db
from app.models import DownloadMark, Material
from app.models.material import CLEARED, SUBMITTED
from app.services import ServiceError, jobs, materials, uploads
from campaign_helpers import campaign
from helpers import user
from material_helpers import material, upload, zip_bytes

KZ_ADMIN, KZ_TRANSLATOR = "admin.kazakhstan@example.org", "translator.kazakhstan@example.org"


def _cleared(m):
    materials.submit(user("staff.kazakhstan@example.org"), m)
    materials.clear(user(KZ_ADMIN), m, "owner")
    if m.needs_region:
        materials.clear(user("coordinator@example.org"), m, "region")


def test_a_translation_of_cleared_public_material_sends_it_back_for_clearance(client, as_user):
    """The attack: a translator (who may neither edit nor clear) puts a phishing link into the English
    title of cleared public material; it must not reach the public until it is cleared again."""
    winter = campaign("Safe winter")
    m = material(campaign=winter, audience="public", title="Қысқы парақша")
    _cleared(m)
    file_url = f"/files/{m.files[0].id}/download"
    assert client.get(file_url).status_code == 200
    translator = as_user(KZ_TRANSLATOR)
    response = translator.post_form(f"/en/s/kazakhstan/translations/material/{m.id}/en", {
        "title": "Claim your aid at https://evil.example", "description": "", "version": "0"})
    assert response.status_code == 302
    db.session.expire_all()
    m = db.session.get(Material, m.id)
    assert m.clearance == SUBMITTED and m.owner_cleared_by_id is None and m.region_cleared_by_id is None
    assert client.get(file_url).status_code == 404
    public = client.get(f"/en/campaigns/{winter.id}-{winter.slug}").get_data(as_text=True)
    assert "evil.example" not in public
    materials.clear(user(KZ_ADMIN), m, "owner")
    materials.clear(user("coordinator@example.org"), m, "region")
    assert db.session.get(Material, m.id).clearance == CLEARED and client.get(file_url).status_code == 200


def _zip_with(name: str, mode: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("poster.txt", "Winter safety")
        info = zipfile.ZipInfo(name)
        info.create_system = 3  # unix: the high bits of external_attr are the file's mode
        info.external_attr = mode << 16
        archive.writestr(info, "/etc/passwd")
    return out.getvalue()


@pytest.mark.parametrize("mode", [stat.S_IFLNK | 0o777, stat.S_IFCHR | 0o666, stat.S_IFIFO | 0o644],
                         ids=["symlink", "device", "pipe"])
def test_zip_kits_with_links_or_special_files_are_refused(app, database, mode):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"), \
            pytest.raises(ServiceError, match="links or special files"):
        uploads.store(upload(_zip_with("passwd", mode), "kit.zip"))


def test_an_ordinary_zip_kit_is_still_accepted(app, database):
    with app.test_request_context():
        stored = uploads.store(upload(zip_bytes({"kit/poster.txt": b"Winter", "kit/": b""}), "kit.zip"))
    assert stored.content_type == "application/zip"


@pytest.fixture
def decoded_sizes(monkeypatch):
    """The size of every image Pillow decodes (the memory a thumbnail costs follows it)."""
    sizes = []
    real_load = ImageFile.ImageFile.load

    def load(self):
        sizes.append(self.size)
        return real_load(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    return sizes


def _image(fmt: str, size) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, fmt)
    return out.getvalue()


def test_an_image_beyond_the_thumbnail_cap_is_kept_but_never_decoded(app, database, decoded_sizes, monkeypatch):
    monkeypatch.setitem(app.config, "THUMBNAIL_MAX_PIXELS", 1_000_000)
    with app.test_request_context():  # its thumbnail's job runs in place in the tests
        stored = material(title="Huge", data=_image("PNG", (1500, 1500))).files[0]
    assert stored.content_type == "image/png" and stored.thumbnail_key is None
    assert jobs.find(f"thumbnail-{stored.id}").state == "done"  # its job ran, and left it without one
    assert all(w * h <= 1_000_000 for w, h in decoded_sizes)


def test_a_large_jpeg_is_thumbnailed_from_a_scaled_down_decode(app, database, decoded_sizes, monkeypatch):
    monkeypatch.setitem(app.config, "THUMBNAIL_MAX_PIXELS", 1_000_000)
    with app.test_request_context():  # its thumbnail's job runs in place in the tests
        stored = material(title="Photo", data=_image("JPEG", (3000, 2000))).files[0]
    assert stored.thumbnail_key is not None
    assert decoded_sizes and all(w * h <= 1_000_000 for w, h in decoded_sizes)


def test_a_download_counts_once_per_reader_per_day(client, as_user, app):
    m = material(audience="public", title="Leaflet")
    _cleared(m)
    url = f"/files/{m.files[0].id}/download"

    def count():
        db.session.expire_all()
        return db.session.get(Material, m.id).files[0].downloads

    for _ in range(5):  # a page elsewhere making one visitor's browser fetch the file again and again
        client.get(url, environ_base={"REMOTE_ADDR": "203.0.113.7"}).close()
    assert count() == 1
    client.get(url, environ_base={"REMOTE_ADDR": "198.51.100.9"}).close()
    volunteer = as_user("volunteer.kazakhstan@example.org")
    volunteer.get(url).close()
    volunteer.get(url).close()
    assert count() == 3
    with time_machine.travel(datetime.now() + timedelta(days=1)):
        client.get(url, environ_base={"REMOTE_ADDR": "203.0.113.7"}).close()
    assert count() == 4
    assert "203.0.113.7" not in str(db.session.scalars(select(DownloadMark.reader)).all())  # hashed


def test_two_downloads_at_once_count_once_and_both_are_served(client, monkeypatch):
    """The second of two simultaneous requests finds no mark yet, then meets the first one's mark."""
    m = material(audience="public", title="Leaflet")
    _cleared(m)
    url = f"/files/{m.files[0].id}/download"
    client.get(url).close()
    monkeypatch.setattr(materials, "_counted", lambda *args: False)  # as if the first had not committed yet
    second = client.get(url)
    assert second.status_code == 200 and second.get_data() == client.get(url).get_data()
    db.session.expire_all()
    assert db.session.get(Material, m.id).files[0].downloads == 1

"""Every file in the storage backend (issue 19): with S3 (moto's server on loopback), campaign covers,
their sizes and link preview, material thumbnails and offline packs are written to the bucket and
served from it; nothing
is left on the local disk; with S3_PRESIGNED_SECONDS a download is a short-lived signed address."""
import io
import tempfile
import urllib.request
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from app.extensions import db
from app.models import Campaign
from app.storage import LocalStorage, storage
from campaign_helpers import campaign
from helpers import free_port
from test_queue import KZ_VOLUNTEER
from material_helpers import cleared, material, photo

BUCKET = "hamkor-areas"


@pytest.fixture
def s3(app, monkeypatch):
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    local_materials = LocalStorage(str(Path(app.config["UPLOAD_DIR"]) / "materials"))
    for name, value in {"STORAGE_BACKEND": "s3", "S3_BUCKET": BUCKET, "S3_PREFIX": "hamkor/",
                        "S3_ENDPOINT_URL": f"http://127.0.0.1:{port}", "S3_ACCESS_KEY_ID": "test",
                        "S3_SECRET_ACCESS_KEY": "test"}.items():
        monkeypatch.setitem(app.config, name, value)
    app.extensions.pop("hamkor_storage", None)
    bucket = storage("materials")
    bucket.client.create_bucket(Bucket=BUCKET)
    for key in local_materials.keys():  # the demo's files, as a move to S3 would copy them
        with local_materials.open(key) as source:
            bucket.put(key, source)
    yield bucket
    app.extensions.pop("hamkor_storage", None)
    server.stop()


def _local_files(app) -> set[str]:
    root = Path(app.config["UPLOAD_DIR"])
    return {str(p.relative_to(root)) for area in ("covers", "packs") for p in (root / area).glob("*")}


def _temporary() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("hamkor-pack-*")}


def test_covers_and_packs_live_in_the_bucket_and_nothing_stays_on_the_disk(app, as_user, anon, s3, monkeypatch):
    from app.services import covers

    local_before, temporary_before = _local_files(app), _temporary()
    public = next(c for c in db.session.scalars(select(Campaign).order_by(Campaign.id))
                  if c.is_public and c.status == "active")
    public.cover_key, public.cover_type = covers.store(io.BytesIO(photo(1600, 1200)))
    db.session.commit()
    for url in (f"/en/campaigns/{public.id}/cover?size=card", f"/en/campaigns/{public.id}/cover",
                f"/en/campaigns/{public.id}/cover/preview.jpg"):
        image = anon.get(url)
        assert image.status_code == 200 and image.mimetype == "image/jpeg", url
        assert anon.get(url, headers={"If-None-Match": image.headers["ETag"]}).status_code == 304
    stored = s3.client.list_objects_v2(Bucket=BUCKET, Prefix="hamkor/covers/")["Contents"]
    assert {o["Key"].split("/")[-1] for o in stored} == {
        public.cover_key, f"{public.cover_key}.480.jpg", f"{public.cover_key}.1200.jpg", f"{public.cover_key}.preview.jpg"}

    monkeypatch.setitem(app.config, "PACK_BACKGROUND_BYTES", 0)  # built as a job (in place in the tests)
    winter = campaign("Safe winter")
    leaflet = cleared(material(campaign=winter, title="In the bucket")).files[0]
    assert leaflet.thumbnail_key and s3.exists(leaflet.thumbnail_key)  # made by its job from the bucket's copy
    volunteer = as_user(KZ_VOLUNTEER)
    thumbnail = volunteer.get(f"/files/{leaflet.id}/thumbnail")
    assert thumbnail.status_code == 200 and thumbnail.get_data().startswith(b"\x89PNG")
    pack = volunteer.get(f"/en/campaigns/{winter.id}/pack/kk.zip")
    assert pack.status_code == 200 and pack.mimetype == "application/zip"
    body = pack.get_data()
    assert "manifest.json" in zipfile.ZipFile(io.BytesIO(body)).namelist()
    assert [o["Key"] for o in s3.client.list_objects_v2(Bucket=BUCKET, Prefix="hamkor/packs/")["Contents"]]

    monkeypatch.setitem(app.config, "S3_PRESIGNED_SECONDS", 60)
    signed = volunteer.get(f"/en/campaigns/{winter.id}/pack/kk.zip")
    assert signed.status_code == 302 and signed.location.startswith(app.config["S3_ENDPOINT_URL"])
    with urllib.request.urlopen(signed.location, timeout=10) as fetched:
        assert fetched.read() == body  # the same pack, fetched from the bucket
        assert "kk.zip" in fetched.headers["Content-Disposition"]

    assert _local_files(app) == local_before  # nothing written beside the app
    assert _temporary() == temporary_before  # the pack's temporary file is gone

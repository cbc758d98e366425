"""Parts that stop answering (issue 19). Redis down: pages still serve (the cache is skipped, the login
limit counts in each process's memory), a job waits in its record; S3 down: uploads and downloads get a
translated 503 and nothing of the change is saved."""
import io

import pytest

from app import queue
from app.models import Material, MaterialFile
from campaign_helpers import campaign
from helpers import free_port, snapshot
from material_helpers import cleared, material, pdf
from test_queue import KZ_VOLUNTEER

CLOSED = f"127.0.0.1:{free_port()}"  # nothing listens here


@pytest.fixture
def redis_down(app, monkeypatch):
    """REDIS_URL pointing where nothing answers: the page cache's client, the queue and /readyz use it."""
    from cachelib import RedisCache

    from app.caching import cache, fail_fast

    monkeypatch.setitem(app.extensions["cache"], cache, RedisCache(  # as init_app makes it with REDIS_URL
        host="127.0.0.1", port=int(CLOSED.split(":")[1]), **fail_fast()))
    monkeypatch.setitem(app.config, "REDIS_URL", f"redis://{CLOSED}/0")
    monkeypatch.setitem(app.config, "QUEUE_IMMEDIATE", False)
    yield
    monkeypatch.undo()
    queue.configure(app)  # the suite's queue again: jobs in place


def test_with_redis_down_pages_serve_and_a_job_waits_in_its_record(as_user, app, redis_down, monkeypatch):
    winter = campaign("Safe winter")
    cleared(material(campaign=winter, title="Waiting"))
    client = as_user(KZ_VOLUNTEER)
    for _ in range(2):  # made afresh each time: nothing can be kept
        assert client.get("/en/").status_code == 200
        assert client.get("/en/materials/").status_code == 200
    monkeypatch.setitem(app.config, "PACK_BACKGROUND_BYTES", 0)
    pack = client.get(f"/en/campaigns/{winter.id}/pack/kk.zip")
    assert pack.status_code == 202 and "<progress" in pack.get_data(as_text=True)  # waits; asked again later
    from app.services import jobs

    row = jobs.find(_keys(winter.id)[0])
    assert row.state == "queued" and row.error.startswith("not queued")
    assert not jobs.is_alive(row)  # the next request queues it again
    ready = client.get("/readyz")
    assert ready.status_code == 503 and set(ready.json["failing"]) == {"redis", "queue"}


def test_with_redis_down_the_login_limit_counts_in_memory():
    """In a fresh process, as production reads REDIS_URL: logins work, and stay limited."""
    import os
    import subprocess
    import sys

    probe = """
from app import create_app
from app.extensions import db
from app.models import User
from werkzeug.security import generate_password_hash
app = create_app(RATELIMIT_ENABLED=True, WTF_CSRF_ENABLED=False, LOGIN_LIMIT_PER_ACCOUNT="3 per minute")
with app.app_context():
    db.create_all()
    db.session.add(User(email="a@example.org", password_hash=generate_password_hash("right-password-1"),
                        is_platform_admin=True))
    db.session.commit()
c = app.test_client()
codes = [c.post("/en/auth/login", data={"email": "a@example.org", "password": "wrong"}).status_code for _ in range(5)]
print(codes[0], codes[-1])
"""
    env = {**os.environ, "REDIS_URL": f"redis://{CLOSED}/0", "DATABASE_URL": "sqlite://", "HAMKOR_ENV": "development"}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["200", "429"], out.stderr[-2000:]


def _keys(campaign_id):
    from sqlalchemy import select

    from app.extensions import db
    from app.models import BackgroundJob

    return [k for k in db.session.scalars(select(BackgroundJob.key)) if k.startswith(f"c{campaign_id}-kk-")]


@pytest.fixture
def s3_down(app, monkeypatch):
    for name, value in {"STORAGE_BACKEND": "s3", "S3_BUCKET": "hamkor-down", "S3_ENDPOINT_URL": f"http://{CLOSED}",
                        "S3_ACCESS_KEY_ID": "test", "S3_SECRET_ACCESS_KEY": "test"}.items():
        monkeypatch.setitem(app.config, name, value)
    app.extensions.pop("hamkor_storage", None)
    yield
    app.extensions.pop("hamkor_storage", None)


def test_with_s3_down_an_upload_is_refused_in_the_readers_language_and_nothing_is_saved(as_user, s3_down):
    staff = as_user("staff.kazakhstan@example.org")
    before = snapshot()
    response = staff.post_form(f"/ru/materials/new?campaign={campaign('Safe winter').id}&org=kazakhstan", {
        "title": "Не сохранится", "kind": "leaflet", "audience": "volunteers", "file_locale": "kk",
        "file": (io.BytesIO(pdf("kk")), "leaflet.pdf")}, content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 503 and "Хранилище файлов не отвечает" in page
    assert snapshot() == before


def test_with_s3_down_a_download_is_a_translated_503(as_user, app, s3_down):
    from sqlalchemy import select

    from app.extensions import db

    item = db.session.scalars(select(MaterialFile).join(Material).where(Material.audience == "public")
                              .order_by(MaterialFile.id)).first()
    response = as_user(KZ_VOLUNTEER).get(f"/files/{item.id}/download", headers={"Accept-Language": "kk"})
    assert response.status_code == 503
    assert "Файлдар қазір қолжетімсіз" in response.get_data(as_text=True)

"""Background work on the task queue (issue 19): a large offline pack is built by a real Huey worker
while the page shows the job's progress from the database; a job that fails for good is retried, then
shown to the platform admin with its error, and the reader is told; asking twice queues once."""
import io
import time
import zipfile

import pytest
from sqlalchemy import select

from app import queue
from app.extensions import db
from app.models import BackgroundJob, Campaign
from campaign_helpers import campaign
from helpers import iso
from material_helpers import cleared, material, photo

KZ_VOLUNTEER = "volunteer.kazakhstan@example.org"
PLATFORM = "platform@example.org"


@pytest.fixture
def large_packs(app, monkeypatch):
    monkeypatch.setitem(app.config, "PACK_BACKGROUND_BYTES", 0)  # every pack counts as large
    winter = campaign("Safe winter")
    cleared(material(campaign=winter, title="Background"))
    return f"/en/campaigns/{winter.id}/pack/kk.zip"


@pytest.fixture
def worker(app, tmp_path, monkeypatch):
    """A real Huey consumer (two threads) on a SQLite queue file, as `flask queue worker` runs it."""
    monkeypatch.setitem(app.config, "QUEUE_IMMEDIATE", False)
    monkeypatch.setitem(app.config, "QUEUE_DB", str(tmp_path / "queue.db"))
    consumer = queue.consumer(app, workers=2)
    consumer._set_signal_handlers = lambda: None  # the test's process keeps its own
    yield consumer
    if consumer.scheduler.is_alive():
        consumer.stop(graceful=True)
    monkeypatch.setitem(app.config, "QUEUE_IMMEDIATE", True)
    queue.configure(app)


def _job(key_part: str) -> BackgroundJob | None:
    db.session.expire_all()
    return db.session.scalars(select(BackgroundJob).where(BackgroundJob.key.contains(key_part))).first()


def test_a_large_pack_is_built_by_a_worker_while_the_page_shows_its_progress(as_user, large_packs, worker):
    consumer = worker
    volunteer = as_user(KZ_VOLUNTEER)
    first = volunteer.get(large_packs)  # queued; no worker has run yet
    page = first.get_data(as_text=True)
    assert first.status_code == 202 and "<progress" in page and 'http-equiv="refresh"' in page
    job = _job("-kk-")
    assert job.kind == "pack" and job.state == "queued" and job.total >= 1 and job.done == 0
    again = volunteer.get(large_packs)  # asking again queues nothing more
    assert again.status_code == 202 and db.session.scalar(
        select(db.func.count(BackgroundJob.id)).where(BackgroundJob.kind == "pack")) == 1
    consumer.start()
    deadline = time.time() + 20
    response = volunteer.get(large_packs)
    while response.status_code == 202 and time.time() < deadline:
        time.sleep(0.2)
        response = volunteer.get(large_packs)
    assert response.status_code == 200 and response.mimetype == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(response.get_data())).namelist()
    assert "manifest.json" in names and "index.html" in names
    job = _job("-kk-")
    while job.state != "done" and time.time() < deadline:  # the pack is stored a moment before its record ends
        time.sleep(0.1)
        job = _job("-kk-")
    assert job.state == "done" and job.done == job.total and job.attempts == 1 and job.error is None


def test_a_job_that_fails_for_good_is_retried_then_shown_to_the_platform_admin(as_user, large_packs, monkeypatch):
    from app.services import packs

    calls = []

    def broken(*args, **kwargs):
        calls.append(1)
        raise OSError("No space left on device")

    monkeypatch.setattr(packs, "_write", broken)
    volunteer = as_user(KZ_VOLUNTEER)
    answer = volunteer.get(large_packs)
    assert len(calls) == 4  # the first attempt and three retries
    page = answer.get_data(as_text=True)
    assert answer.status_code == 503 and "could not be prepared" in page and "http-equiv" not in page
    job = _job("-kk-")
    assert job.state == "failed" and "No space left on device" in job.error
    assert volunteer.get(large_packs).status_code == 503 and len(calls) == 4  # not queued again at once
    listing = as_user(PLATFORM).get("/en/audit/jobs").get_data(as_text=True)
    assert job.key in listing and "No space left on device" in listing
    ru = as_user(PLATFORM).get("/ru/audit/jobs").get_data(as_text=True)
    assert "Фоновые задания, завершившиеся ошибкой" in ru
    # Later the reader asks again and the pack is queued anew (the disk has room now).
    monkeypatch.undo()
    monkeypatch.setitem(volunteer.application.config, "PACK_BACKGROUND_BYTES", 0)
    job.updated_at = job.updated_at.replace(year=job.updated_at.year - 1)
    db.session.commit()
    assert volunteer.get(large_packs).status_code == 200  # the queue runs it in place in the tests


def test_only_the_platform_admin_sees_failed_jobs(as_user, client):
    assert as_user(PLATFORM).get("/en/audit/jobs").status_code == 200
    for email in ("coordinator@example.org", "admin.kyrgyzstan@example.org"):
        assert as_user(email).get("/en/audit/jobs").status_code == 403
    assert client.get("/en/audit/jobs").status_code == 302  # to the login page


def test_a_new_covers_sizes_and_preview_are_made_by_a_job(as_user):
    from app.services import covers
    from app.storage import storage

    coordinator = as_user("coordinator@example.org")
    answer = coordinator.post_form("/en/campaigns/new", {
        "title": "Cover by a job", "start_date": iso(2), "end_date": iso(64), "is_public": "y",
        "cover": (io.BytesIO(photo(1600, 1000)), "cover.jpg")}, content_type="multipart/form-data")
    assert answer.status_code == 302
    key = db.session.scalars(select(Campaign.cover_key).where(Campaign.cover_key.is_not(None))
                             .order_by(Campaign.id.desc())).first()
    made = [f"{key}.{width}.jpg" for width in covers.SIZES.values()] + [f"{key}.preview.jpg"]
    assert [storage("covers").exists(name) for name in made] == [True] * 3  # before anyone asked for them
    job = _job(f"cover-{key}")
    assert job.kind == "cover" and job.state == "done" and job.done == 2


def test_a_queue_that_cannot_be_made_leaves_the_one_in_use(app, tmp_path, monkeypatch):
    """A QUEUE_DB that cannot be opened (a /readyz probe tries it) must not leave the process's queue
    half-switched: the suite's jobs still run in place afterwards."""
    monkeypatch.setitem(app.config, "QUEUE_IMMEDIATE", False)
    monkeypatch.setitem(app.config, "QUEUE_DB", str(tmp_path / "no" / "such" / "folder" / "queue.db"))
    with pytest.raises(Exception):
        queue.configure(app)
    assert queue.huey.immediate
    monkeypatch.undo()
    queue.configure(app)
    assert queue.huey.immediate

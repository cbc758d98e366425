"""/readyz (issue 19): 200 while the database, Redis, the storage backend and the queue answer; 503
naming each part that does not, without its address or secrets. /healthz stays the cheap liveness answer."""
import pytest
from sqlalchemy.exc import OperationalError

from app import queue
from helpers import free_port

CLOSED = f"127.0.0.1:{free_port()}"  # nothing listens here


@pytest.fixture
def settings(app, monkeypatch):
    """Change the app's settings for one test; its storage backend and queue are made afresh from them."""
    def change(**values):
        for name, value in values.items():
            monkeypatch.setitem(app.config, name, value)
        app.extensions.pop("hamkor_storage", None)

    yield change
    app.extensions.pop("hamkor_storage", None)
    monkeypatch.undo()
    queue.configure(app)


def test_ready_when_every_part_answers(client):
    answer = client.get("/readyz")
    assert answer.status_code == 200
    assert answer.json == {"status": "ok", "failing": [], "database": "ok", "redis": "not used",
                           "storage": "ok", "queue": "in place"}


def test_ready_with_redis_its_queue_and_s3(client, settings, redis_url):
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    try:
        settings(REDIS_URL=redis_url, QUEUE_IMMEDIATE=False, STORAGE_BACKEND="s3", S3_BUCKET="hamkor-ready",
                 S3_ENDPOINT_URL=f"http://127.0.0.1:{port}", S3_ACCESS_KEY_ID="test", S3_SECRET_ACCESS_KEY="test")
        from app.storage import storage

        with client.application.app_context():
            storage().client.create_bucket(Bucket="hamkor-ready")
        answer = client.get("/readyz")
        assert answer.status_code == 200, answer.json
        assert answer.json["redis"] == answer.json["queue"] == answer.json["storage"] == "ok"
    finally:
        server.stop()


def test_the_database_down_is_named(client, monkeypatch):
    from app.extensions import db

    def down(*args, **kwargs):
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(db.session, "execute", down)
    answer = client.get("/readyz")
    assert answer.status_code == 503 and answer.json["failing"] == ["database"]
    assert answer.json["database"] == "unavailable (OperationalError)"


def test_redis_down_is_named_with_the_queue_on_it(client, settings):
    settings(REDIS_URL=f"redis://{CLOSED}/0", QUEUE_IMMEDIATE=False)
    answer = client.get("/readyz")
    assert answer.status_code == 503 and answer.json["failing"] == ["queue", "redis"]
    assert CLOSED not in answer.get_data(as_text=True)  # no address in the answer


def test_a_queue_that_cannot_be_reached_is_named(client, settings, tmp_path):
    settings(QUEUE_IMMEDIATE=False, QUEUE_DB=str(tmp_path / "missing" / "folder" / "queue.db"))
    answer = client.get("/readyz")
    assert answer.status_code == 503 and answer.json["failing"] == ["queue"]


def test_storage_down_is_named(client, settings):
    settings(STORAGE_BACKEND="s3", S3_BUCKET="hamkor-files", S3_ENDPOINT_URL=f"http://{CLOSED}",
             S3_ACCESS_KEY_ID="test", S3_SECRET_ACCESS_KEY="test-secret")
    answer = client.get("/readyz")
    assert answer.status_code == 503 and answer.json["failing"] == ["storage"]
    assert "test-secret" not in answer.get_data(as_text=True)


def test_healthz_stays_a_liveness_answer_when_redis_is_down(client, settings):
    settings(REDIS_URL=f"redis://{CLOSED}/0", QUEUE_IMMEDIATE=False)
    assert client.get("/healthz").status_code == 200

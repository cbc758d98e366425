"""The storage contract, run against both backends: a local folder, and S3 over HTTP on loopback
(moto's S3-compatible server), so the S3 backend is exercised for real, not mocked in-process."""
import io

import pytest

from app.storage import LocalStorage, S3Storage
from helpers import free_port


class Exploding(io.RawIOBase):
    """A stream that fails half-way, like a dropped upload."""

    def __init__(self):
        self.sent = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        if self.sent > 256 * 1024:
            raise OSError("connection lost")
        n = min(len(buffer), 64 * 1024)
        buffer[:n] = b"x" * n
        self.sent += n
        return n


@pytest.fixture(scope="module")
def s3_server():
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture(params=["local", "s3"])
def backend(request, tmp_path):
    if request.param == "local":
        return LocalStorage(str(tmp_path / "files"))
    endpoint = request.getfixturevalue("s3_server")
    store = S3Storage(f"hamkor-{tmp_path.name[-20:].lower().replace('_', '-')}", endpoint_url=endpoint,
                      access_key="test", secret_key="test", prefix="materials/")
    store.client.create_bucket(Bucket=store.bucket)
    return store


def test_put_stream_delete(backend):
    data = bytes(range(256)) * 1024  # 256 KiB, several chunks
    backend.put("abc123.pdf", io.BytesIO(data))
    assert backend.exists("abc123.pdf")
    assert b"".join(backend.chunks("abc123.pdf")) == data
    assert len(list(backend.chunks("abc123.pdf"))) > 1
    assert backend.keys() == ["abc123.pdf"]
    backend.delete("abc123.pdf")
    assert not backend.exists("abc123.pdf") and backend.keys() == []


def test_keys_cannot_escape(backend):
    for bad in ("../etc/passwd", "a/b", ".hidden", ""):
        with pytest.raises(ValueError):
            backend.put(bad, io.BytesIO(b"x"))


def test_a_failed_upload_leaves_nothing(backend):
    with pytest.raises(Exception):
        backend.put("half.zip", Exploding())
    assert not backend.exists("half.zip") and backend.keys() == []

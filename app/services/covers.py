"""Campaign cover images: checked by their bytes, stored under a random key, never under the sent name."""
import secrets
from pathlib import Path

from flask import current_app
from flask_babel import lazy_gettext as _l

from app.services import ServiceError

MAX_BYTES = 2 * 1024 * 1024
# Magic numbers: the file's own bytes say what it is, whatever its name or declared type.
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
)


def _kind(head: bytes):
    for magic, content_type, ext in SIGNATURES:
        if head.startswith(magic):
            return content_type, ext
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", "webp"
    return None


def folder() -> Path:
    return Path(current_app.config["UPLOAD_DIR"]) / "covers"


def store(stream) -> tuple[str, str]:
    """Save an uploaded image; returns (key, content type). Refuses anything else."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ServiceError(_l("Use a PNG, JPEG or WebP image of at most 2 MB."), field="cover")
    kind = _kind(data[:16])
    if kind is None:
        raise ServiceError(_l("Use a PNG, JPEG or WebP image of at most 2 MB."), field="cover")
    content_type, ext = kind
    key = f"{secrets.token_hex(16)}.{ext}"
    folder().mkdir(parents=True, exist_ok=True)  # only when writing, not on every download
    (folder() / key).write_bytes(data)
    return key, content_type


def path_of(key: str) -> Path:
    return folder() / Path(key).name

"""Campaign cover images: checked by their bytes, stored under a random key, never under the sent name."""
import os
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


def version_of(key: str) -> str:
    """What a cover's address carries so that a new cover has a new one (the key is random)."""
    return key.split(".", 1)[0][:12]


def path_of(key: str) -> Path:
    return folder() / Path(key).name


# Widths a cover is shown at: a card in a list of campaigns, the campaign's own page (twice a phone's
# width, about the page's column on a laptop). The original (up to 2 MB) is never sent to a page.
SIZES = {"card": 480, "page": 1200}


def sized(key: str, size: str) -> tuple[Path, str]:
    """(file, type) of the cover scaled down to the width of `size`, as JPEG, made once and kept beside
    it; the original when it is no wider or cannot be read (it was checked by its bytes when stored)."""
    from PIL import Image

    original, width = path_of(key), SIZES[size]
    target = original.with_name(f"{original.name}.{width}.jpg")
    if target.exists() and target.stat().st_mtime >= original.stat().st_mtime:
        return target, "image/jpeg"
    try:
        with Image.open(original) as image:
            if image.width <= width:
                return original, Image.MIME.get(image.format, "application/octet-stream")
            if image.format == "JPEG":
                image.draft("RGB", (width, width * image.height // image.width))  # decoded small: little memory
            image.thumbnail((width, width * 4))
            flat = Image.new("RGB", image.size, "white")  # a transparent logo on white, not on black
            flat.paste(image.convert("RGBA"), mask=image.convert("RGBA"))
            tmp = target.with_name(f"{target.name}.{os.getpid()}.part")
            flat.save(tmp, "JPEG", quality=82, optimize=True, progressive=True)
            tmp.replace(target)
    except (OSError, ValueError, Image.DecompressionBombError):
        current_app.logger.warning("cover %s could not be scaled; the original is sent", key)
        return original, _kind(original.read_bytes()[:16])[0]
    return target, "image/jpeg"

"""Campaign cover images: checked by their bytes, stored under a random key, never under the sent name."""
import io
import secrets

from flask import current_app
from flask_babel import lazy_gettext as _l

from app.queue import job
from app.services import ServiceError, jobs
from app.storage import storage

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


def _stored():
    return storage("covers")


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
    _stored().put(key, io.BytesIO(data))
    return key, content_type


def version_of(key: str) -> str:
    """What a cover's address carries so that a new cover has a new one (the key is random)."""
    return key.split(".", 1)[0][:12]


# Widths a cover is shown at: a card in a list of campaigns, the campaign's own page (twice a phone's
# width, about the page's column on a laptop). The original (up to 2 MB) is never sent to a page.
SIZES = {"card": 480, "page": 1200}


def sized(key: str, size: str) -> tuple[str, str]:
    """(key, type) of the cover scaled down to the width of `size`, as JPEG, made once and stored beside
    it; the original when it is no wider or cannot be read (it was checked by its bytes when stored)."""
    return derived(key, f"{SIZES[size]}.jpg", lambda image: _scaled(image, SIZES[size]))


def derived(key: str, suffix: str, make) -> tuple[str, str]:
    """A picture made from the cover by `make(image) -> image or None (the original will do)`, stored
    under the cover's key and `suffix` once; (key, type) of what to send."""
    from PIL import Image

    backend, target = _stored(), f"{key}.{suffix}"
    if backend.exists(target):
        return target, "image/jpeg"
    if not backend.exists(key):
        return key, "application/octet-stream"  # lost: the download answers 404
    data = b"".join(backend.chunks(key))  # at most 2 MB
    try:
        with Image.open(io.BytesIO(data)) as image:
            made = make(image)
            if made is None:
                return key, Image.MIME.get(image.format, "application/octet-stream")
            out = io.BytesIO()
            made.save(out, "JPEG", quality=82, optimize=True, progressive=True)
    except (OSError, ValueError, Image.DecompressionBombError):
        current_app.logger.warning("cover %s could not be scaled; the original is sent", key)
        return key, _kind(data[:16])[0]
    out.seek(0)
    backend.put(target, out)
    return target, "image/jpeg"


def _scaled(image, width: int):
    from PIL import Image

    if image.width <= width:
        return None
    if image.format == "JPEG":
        image.draft("RGB", (width, width * image.height // image.width))  # decoded small: little memory
    image.thumbnail((width, width * 4))
    flat = Image.new("RGB", image.size, "white")  # a transparent logo on white, not on black
    flat.paste(image.convert("RGBA"), mask=image.convert("RGBA"))
    return flat


def prepare(key: str) -> None:
    """Queue the making of a newly stored cover's sizes and link preview (after the change is committed:
    queuing commits the job's record)."""
    jobs.enqueue("cover", f"cover-{key}", make_sizes, key, total=len(SIZES) + 1)


@job()
def make_sizes(key: str, job_key: str) -> None:
    """The queue's job: the cover's sizes and preview, made before anyone asks (the cover's address still
    makes one that is missing). Each is made once: running it again finds them stored."""
    from app.services.sharing import preview_image

    jobs.started(job_key)
    for done, size in enumerate(SIZES, start=1):
        sized(key, size)
        jobs.progress(job_key, done)
    preview_image(key)
    jobs.finished(job_key)

"""Uploaded files, checked by their content: type from the bytes (never the name or the browser's word),
size, empty files, ZIP paths and bombs, names made harmless. Nothing half-written reaches storage."""
import hashlib
import io
import re
import secrets
import stat
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

from flask import abort, current_app
from flask_babel import lazy_gettext as _l

from app.queue import job
from app.services import ServiceError, jobs
from app.storage import CHUNK, storage

ACCEPTED = _l("This kind of file is not accepted. Use PDF, PNG, JPEG, WebP, DOCX, PPTX, XLSX, ZIP or MP4.")
OOXML = (("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
         ("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "pptx"),
         ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"))
MAX_ZIP_ENTRIES = 2000
MAX_ZIP_RATIO = 200  # uncompressed / compressed, per entry: beyond this it is a bomb, not a kit
THUMB_SIZE = (320, 320)


@dataclass
class Stored:
    key: str
    content_type: str
    extension: str
    size: int
    sha256: str
    name: str
    thumbnail_key: str | None


def clean_name(raw: str | None, extension: str) -> str:
    """The uploaded name without folders or control characters, ending in the detected extension."""
    name = PureWindowsPath(PurePosixPath(raw or "").name).name
    name = "".join(ch for ch in unicodedata.normalize("NFC", name) if unicodedata.category(ch)[0] != "C")
    name = re.sub(r'[<>:"|?*]+', "_", name).strip(" .")
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return f"{(stem or 'material')[:120]}.{extension}"


def _zip_kind(path: str):
    limit = current_app.config["ZIP_MAX_UNCOMPRESSED_MB"] * 1024 * 1024
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ZIP_ENTRIES:
                raise ServiceError(_l("This ZIP file holds too many files."), field="file")
            total = 0
            for entry in entries:
                parts = PurePosixPath(entry.filename.replace("\\", "/")).parts
                if entry.filename.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
                    raise ServiceError(_l("This ZIP file has paths that point outside it, so it is refused."),
                                       field="file")
                kind = stat.S_IFMT(entry.external_attr >> 16)
                if kind not in (0, stat.S_IFREG, stat.S_IFDIR):  # a symlink, a device, a pipe: never in a kit
                    raise ServiceError(_l("This ZIP file holds links or special files, so it is refused."),
                                       field="file")
                total += entry.file_size
                if total > limit or (entry.compress_size and entry.file_size / entry.compress_size > MAX_ZIP_RATIO):
                    raise ServiceError(_l("This ZIP file unpacks to far more than its size, so it is refused."),
                                       field="file")
            names = {e.filename for e in entries}
    except zipfile.BadZipFile:
        raise ServiceError(ACCEPTED, field="file") from None
    for marker, content_type, ext in OOXML:
        if marker in names:
            return content_type, ext
    return "application/zip", "zip"


def detect(path: str, head: bytes) -> tuple[str, str]:
    if head.startswith(b"%PDF-"):
        return "application/pdf", "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png", "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg", "jpg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", "webp"
    if head[4:8] == b"ftyp" and head[8:12] in (b"isom", b"iso2", b"mp41", b"mp42", b"avc1", b"M4V ", b"dash"):
        return "video/mp4", "mp4"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    raise ServiceError(ACCEPTED, field="file")


def _thumbnail(path: str, content_type: str) -> bytes | None:
    """A small PNG of an image or of a PDF's first page; None when no library can make one cheaply."""
    try:
        from PIL import Image

        Image.MAX_IMAGE_PIXELS = 20_000_000  # Pillow refuses at twice this: decompression bombs
        if content_type.startswith("image/"):
            with Image.open(path) as img:  # reads the header only: nothing is decoded yet
                if img.format == "JPEG":
                    img.draft("RGB", THUMB_SIZE)  # decoded at 1/2 to 1/8 of its size: little memory
                width, height = img.size
                if width * height > current_app.config["THUMBNAIL_MAX_PIXELS"]:
                    current_app.logger.info("no thumbnail for a %dx%d image: too large to decode", width, height)
                    return None
                img.thumbnail(THUMB_SIZE)
                out = io.BytesIO()
                img.convert("RGB").save(out, "PNG")
                return out.getvalue()
        if content_type == "application/pdf":
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(path)
            try:
                page = pdf[0]
                width, height = page.get_width() or 1, page.get_height() or 1
                if max(width, height) / min(width, height) > 10:
                    return None  # a strip of a page: no cheap thumbnail, an icon instead
                img = page.render(scale=min(THUMB_SIZE[0] / width, THUMB_SIZE[1] / height)).to_pil()
                img.thumbnail(THUMB_SIZE)
                out = io.BytesIO()
                img.convert("RGB").save(out, "PNG")
                return out.getvalue()
            finally:
                pdf.close()
    except Exception:  # a broken or hostile image: the file is still checked, just shown with an icon
        current_app.logger.info("no thumbnail for a %s upload", content_type)
    return None


def store(upload, filename: str | None = None) -> Stored:
    """Check and store an uploaded file (a werkzeug FileStorage or any binary stream). Its thumbnail is
    made by a queue job once the file's row is committed (prepare_thumbnail)."""
    limit = current_app.config["MATERIAL_MAX_MB"] * 1024 * 1024
    digest, size = hashlib.sha256(), 0
    stream = getattr(upload, "stream", upload)
    with tempfile.NamedTemporaryFile(prefix="hamkor-upload-") as tmp:
        while chunk := stream.read(CHUNK):
            size += len(chunk)
            if size > limit:
                abort(413)
            digest.update(chunk)
            tmp.write(chunk)
        tmp.flush()
        if size == 0:
            raise ServiceError(_l("The file is empty."), field="file")
        tmp.seek(0)
        content_type, ext = detect(tmp.name, tmp.read(16))
        key = f"{secrets.token_hex(16)}.{ext}"
        tmp.seek(0)
        storage().put(key, tmp)
    return Stored(key=key, content_type=content_type, extension=ext, size=size, sha256=digest.hexdigest(),
                  name=clean_name(filename if filename is not None else getattr(upload, "filename", ""), ext),
                  thumbnail_key=None)


def prepare_thumbnail(item) -> None:
    """Queue the thumbnail of a material file whose row is committed (images and PDFs)."""
    if item.thumbnail_key is None and (item.content_type.startswith("image/") or item.content_type == "application/pdf"):
        jobs.enqueue("thumbnail", f"thumbnail-{item.id}", make_thumbnail, item.id)


@job()
def make_thumbnail(file_id: int, job_key: str) -> None:
    """The queue's job: the file read back from storage into a temporary file (removed), its thumbnail
    stored and recorded on its row. A file that has one already is left as it is."""
    from app.extensions import db
    from app.models import MaterialFile

    item = db.session.get(MaterialFile, file_id)
    if item is None or item.thumbnail_key:
        jobs.finished(job_key)
        return
    jobs.started(job_key)
    with tempfile.NamedTemporaryFile(prefix="hamkor-thumb-") as tmp:
        for chunk in storage().chunks(item.storage_key):
            tmp.write(chunk)
        tmp.flush()
        thumb = _thumbnail(tmp.name, item.content_type)
    if thumb:
        key = f"{secrets.token_hex(16)}.png"
        storage().put(key, io.BytesIO(thumb))
        item.thumbnail_key = key
        db.session.commit()
    jobs.finished(job_key)


def discard(stored: Stored) -> None:
    """Remove what store() wrote (the database change that would have used it failed)."""
    for key in (stored.key, stored.thumbnail_key):
        if key:
            storage().delete(key)

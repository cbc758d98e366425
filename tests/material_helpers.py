"""Files and material for the material tests."""
import io
import zipfile

from werkzeug.datastructures import FileStorage

from app.services import materials
from app.demo.materials import _pdf, _png
from helpers import org, user


def upload(data: bytes, name="file.bin") -> FileStorage:
    return FileStorage(stream=io.BytesIO(data), filename=name)


def png(locale="ru") -> bytes:
    return _png(locale)


def pdf(locale="ru") -> bytes:
    return _pdf(locale)


def zip_bytes(entries: dict, compression=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def material(owner="kazakhstan", campaign=None, audience="volunteers", title="Winter leaflet", locale="kk",
             data=None, author=None, kind="leaflet"):
    author = user(author or (f"staff.{owner}@example.org" if owner != "ifrc-central-asia"
                             else "coordinator@example.org"))
    return materials.create(author, owner_org=org(owner), campaign=campaign, kind=kind, audience=audience,
                            title=title, description="", locale=locale,
                            upload=upload(data or pdf(locale), f"{title}.pdf"), file_locale=locale)

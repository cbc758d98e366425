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


def cleared(m, region=True):
    """Sent by the owning society's staff, cleared by its admin and (with `region`) the coordinator."""
    slug = m.owner_org.slug
    materials.submit(user(f"staff.{slug}@example.org"), m)
    materials.clear(user(f"admin.{slug}@example.org"), m, "owner")
    if region and m.needs_region:
        materials.clear(user("coordinator@example.org"), m, "region")
    return m


def photo(width: int, height: int) -> bytes:
    """A JPEG that compresses like a photograph (blurred noise), not like a flat colour."""
    import os

    from PIL import Image

    small = (max(width // 8, 1), max(height // 8, 1))
    noise = Image.frombytes("RGB", small, os.urandom(small[0] * small[1] * 3))
    out = io.BytesIO()
    noise.resize((width, height), Image.Resampling.BICUBIC).save(out, "JPEG", quality=92)
    return out.getvalue()

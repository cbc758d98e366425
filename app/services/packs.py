"""Offline packs: one ZIP per campaign and language with the cleared material a reader may see,
an index.html that works from the file system and a manifest with checksums.

A pack is cached under a name made from everything in it (material, texts, files), so it is built
once and rebuilt only when the material changes.
"""
import hashlib
import html
import json
import os
import tempfile
import zipfile
from pathlib import Path

from flask import current_app
from flask_babel import force_locale, gettext as _

from app.i18n import fallback_chain, translated
from app.policy.queries import campaign_materials
from app.services.materials import pick_file
from app.storage import storage


def _folder() -> Path:
    return Path(current_app.config["UPLOAD_DIR"]) / "packs"


def _contents(user, campaign, locale):
    items = []
    for material in campaign_materials(user, campaign, cleared_only=True):
        if not material.needs_clearance:
            continue  # packs are for volunteers and the public
        item = pick_file(material, fallback_chain(locale, material.owner_org))
        if item is not None:
            items.append((material, item))
    return items


def _fingerprint(campaign, locale, items) -> str:
    parts = [str(campaign.id), str(campaign.revision), locale,
             str(sorted((t.locale, t.version) for t in campaign.translations))]
    for material, item in items:
        texts = sorted((t.locale, t.version, t.source_revision) for t in material.translations)
        parts.append(f"{material.id}:{material.revision}:{texts}:{item.id}:{item.sha256}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def _index(campaign, locale, entries) -> str:
    title = html.escape(translated(campaign, "title", campaign.owner_org, locale)[0])
    intro = html.escape(_("Campaign material for offline use. Open the files from here."))
    rows = "\n".join(
        f'<li><a href="{html.escape(path)}">{html.escape(name)}</a> '
        f'<small>({html.escape(lang)}, {size:,} B)</small></li>' for path, name, lang, size in entries)
    return (f'<!doctype html><html lang="{locale}"><meta charset="utf-8"><title>{title}</title>'
            f'<h1>{title}</h1><p>{intro}</p><ul>\n{rows}\n</ul></html>')


def build(user, campaign, locale: str) -> Path:
    items = _contents(user, campaign, locale)
    path = _folder() / f"{_fingerprint(campaign, locale, items)}.zip"
    if path.is_file():
        return path
    _folder().mkdir(parents=True, exist_ok=True)
    entries, manifest = [], []
    fd, tmp = tempfile.mkstemp(dir=_folder(), prefix=".part-")
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive, force_locale(locale):
            for n, (material, item) in enumerate(items, start=1):
                name = f"files/{n:03d}-{item.original_name}"
                digest = hashlib.sha256()
                with archive.open(name, "w") as out:
                    for chunk in storage().chunks(item.storage_key):
                        digest.update(chunk)
                        out.write(chunk)
                title = translated(material, "title", material.owner_org, locale)[0]
                entries.append((name, title, item.locale, item.size))
                manifest.append({"path": name, "title": title, "language": item.locale, "size": item.size,
                                 "sha256": digest.hexdigest(), "material_id": material.id})
            archive.writestr("index.html", _index(campaign, locale, entries))
            archive.writestr("manifest.json", json.dumps(
                {"campaign_id": campaign.id, "language": locale, "files": manifest}, ensure_ascii=False, indent=2))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path

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
from dataclasses import dataclass
from pathlib import Path

from flask import current_app
from flask_babel import force_locale, gettext as _

from app.caching import data_changed
from app.formatting import filesize
from app.i18n import LOCALES, fallback_chain, language_name, translated
from app.policy.queries import campaign_materials
from app.queue import job
from app.models.job import DONE
from app.services import jobs
from app.services.materials import download_name, pick_file, reader_chain, reading_rank
from app.storage import storage

LAYOUT = "2"  # how a pack is laid out (file names, index): part of its name, so a change rebuilds old packs


def _packable(user, campaign) -> list:
    """The campaign's material a pack holds for this user: cleared, for volunteers or the public."""
    return [m for m in campaign_materials(user, campaign, cleared_only=True) if m.needs_clearance]


def _contents(materials, locale):
    """Each material with its file for a pack in `locale` (falling back per material)."""
    items = []
    for material in materials:
        item = pick_file(material, fallback_chain(locale, material.owner_org))
        if item is not None:
            items.append((material, item))
    return items


def _fingerprint(campaign, locale, items) -> str:
    parts = [LAYOUT, str(campaign.id), str(campaign.revision), locale,
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
        f'<small>({html.escape(language_name(lang, locale))}, {html.escape(filesize(size, locale))})</small></li>'
        for path, name, lang, size in entries)
    return (f'<!doctype html><html lang="{locale}"><meta charset="utf-8"><title>{title}</title>'
            f'<h1>{title}</h1><p>{intro}</p><ul>\n{rows}\n</ul></html>')


@dataclass
class Pack:
    """A pack's state: ready (its key in the packs' storage), or being built (done of total files)."""

    key: str
    ready: bool
    done: int = 0
    total: int = 0
    failed: bool = False  # the last build failed for good, lately: not started again yet


def _key(campaign, locale, items) -> str:
    return f"c{campaign.id}-{locale}-{_fingerprint(campaign, locale, items)}.zip"


def _plan(user, campaign, locale):
    """Everything the build needs, read now in the request: the build itself touches no database."""
    items = _contents(_packable(user, campaign), locale)
    entries = [(f"files/{n:03d}-{download_name(item)}", item.storage_key,
                translated(material, "title", material.owner_org, locale)[0], item.locale, item.size, material.id)
               for n, (material, item) in enumerate(items, start=1)]
    return _key(campaign, locale, items), entries


@dataclass
class Offered:
    """The pack in one language: its size (the built file's, else what its files add up to)."""

    locale: str
    size: int


@dataclass
class Offer:
    mine: Offered
    others: list


def offer(user, campaign, reader_locale: str) -> Offer | None:
    """The campaign's pack in the reader's language, and in each other language some of its files are
    in (the reader's languages first); None when the pack would be empty. Reads the campaign's material
    once, builds nothing."""
    materials = _packable(user, campaign)
    chain = reader_chain(user, reader_locale)
    candidates = []
    for locale in sorted(LOCALES, key=lambda code: reading_rank(code, chain)):
        items = _contents(materials, locale)
        if items and (locale == reader_locale or any(item.locale == locale for _m, item in items)):
            candidates.append((locale, _key(campaign, locale, items), sum(i.size for _m, i in items)))
    built = jobs.sizes([key for _locale, key, _estimate in candidates])  # one query for all languages
    offered = [Offered(locale, built.get(key, estimate)) for locale, key, estimate in candidates]
    mine = next((o for o in offered if o.locale == reader_locale), None)  # none: no file at all, video links only
    return Offer(mine, [o for o in offered if o is not mine]) if mine else None


def _write(key: str, campaign_id: int, locale: str, index_html: str, entries, source, target,
           on_file=None) -> int:
    """Build the ZIP in a temporary file (removed), store it under `key` in `target`, remove this
    campaign's older packs in this language; returns its size."""
    fd, tmp = tempfile.mkstemp(prefix="hamkor-pack-", suffix=".zip")
    os.close(fd)
    try:
        manifest = []
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            for done, (name, file_key, title, file_locale, size, material_id) in enumerate(entries, start=1):
                digest = hashlib.sha256()
                with archive.open(name, "w") as out:
                    for chunk in source.chunks(file_key):
                        digest.update(chunk)
                        out.write(chunk)
                manifest.append({"path": name, "title": title, "language": file_locale, "size": size,
                                 "sha256": digest.hexdigest(), "material_id": material_id})
                if on_file:
                    on_file(done)
            archive.writestr("index.html", index_html)
            archive.writestr("manifest.json", json.dumps(
                {"campaign_id": campaign_id, "language": locale, "files": manifest}, ensure_ascii=False, indent=2))
        size = os.path.getsize(tmp)
        with open(tmp, "rb") as built:
            target.put(key, built)
    finally:
        Path(tmp).unlink(missing_ok=True)
    earlier = key.rsplit("-", 1)[0] + "-"
    for old in target.keys():
        if old.startswith(earlier) and old != key:
            target.delete(old)  # an earlier version of this campaign's pack in this language
    return size


def prepare(user, campaign, locale: str) -> Pack:
    """The pack if it is ready; otherwise build it now (small packs) or by a queue worker (large ones),
    and say how far the build has got (from the job's record: any app process can answer)."""
    key, entries = _plan(user, campaign, locale)
    if storage("packs").exists(key):
        return Pack(key, True)
    running = jobs.find(key)
    if jobs.is_alive(running):
        return Pack(key, False, running.done, running.total or len(entries))
    if jobs.failed_lately(running):
        return Pack(key, False, running.done, running.total, failed=True)
    with force_locale(locale):
        index_html = _index(campaign, locale, [(name, title, lang, size)
                                               for name, _key, title, lang, size, _id in entries])
    if sum(e[4] for e in entries) <= current_app.config["PACK_BACKGROUND_BYTES"]:
        size = _write(key, campaign.id, locale, index_html, entries, storage(), storage("packs"))
        jobs.record_done("pack", key, size)
        data_changed()  # pages offering the pack show its size: the built file's now
        return Pack(key, True)
    job = jobs.enqueue("pack", key, build_pack, campaign.id, locale, index_html, entries, total=len(entries))
    # When the queue runs jobs in place (the tests), the job has already ended: built, or failed.
    return Pack(key, job.state == DONE, job.done, len(entries), failed=jobs.failed_lately(job))


@job()
def build_pack(campaign_id: int, locale: str, index_html: str, entries, job_key: str) -> None:
    """The queue's job: write the pack (again, if a worker died half-way: the same result), then tell the
    pages offering it its size. Reads no database but the job's record."""
    target = storage("packs")
    if target.exists(job_key):
        jobs.finished(job_key, target.size(job_key))
        return
    jobs.started(job_key)
    size = _write(job_key, campaign_id, locale, index_html, entries, storage(), target,
                  on_file=lambda done: jobs.progress(job_key, done))
    jobs.finished(job_key, size)
    data_changed()

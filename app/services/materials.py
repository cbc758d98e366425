"""Campaign material: adding it with its files, more languages later, the two-party clearance,
download counts. Every step is audited and tells the people involved."""
import hashlib
import hmac
import re
import unicodedata
from datetime import timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from app.extensions import db
from app.i18n import LOCALES, fallback_chain, is_locale, translated
from app.models import DownloadMark, Material, MaterialFile
from app.models.base import utcnow
from app.models.material import AUDIENCES, CLEARED, DRAFT, MATERIAL_KINDS, SUBMITTED
from app.services import ServiceError, audit, translations, uploads
from app.services.campaigns import slugify
from app.services.notifications import coordinators, notify, org_admins

COMMENT_MAX = 2000


def _check(kind, audience, video_url, has_file):
    if kind not in MATERIAL_KINDS:
        raise ServiceError(_l("Choose a kind of material."), field="kind")
    if audience not in AUDIENCES:
        raise ServiceError(_l("Choose who the material is for."), field="audience")
    if video_url and not video_url.startswith(("https://", "http://")):
        raise ServiceError(_l("A video link starts with https://."), field="video_url")
    if not video_url and not has_file:
        raise ServiceError(_l("Add a file or a video link."), field="file")


def _add_file(actor, material, locale, upload) -> MaterialFile:
    if not is_locale(locale):
        raise ServiceError(_l("Choose one of the offered languages."), field="file_locale")
    stored = uploads.store(upload)
    for old in material.files:
        if old.locale == locale and old.is_current:
            old.is_current = False  # kept: the owning society can still download it
    item = MaterialFile(locale=locale, storage_key=stored.key, thumbnail_key=stored.thumbnail_key,
                        original_name=stored.name, content_type=stored.content_type, size=stored.size,
                        sha256=stored.sha256, uploaded_by_id=actor.id)
    material.files.append(item)
    return item


def _commit_or_discard(files, before_commit=None):
    """Commit, or remove the files just stored when anything fails: no orphans in storage."""
    try:
        db.session.flush()
        if before_commit is not None:
            before_commit()
        db.session.commit()
    except Exception:
        db.session.rollback()
        for f in files:
            uploads.discard(uploads.Stored(f.storage_key, "", "", 0, "", "", f.thumbnail_key))
        raise
    for f in files:
        uploads.prepare_thumbnail(f)


def create(actor, *, owner_org, campaign, kind: str, audience: str, title: str, description: str, locale: str,
           upload=None, file_locale: str | None = None, video_url: str = "") -> Material:
    video_url = (video_url or "").strip()
    _check(kind, audience, video_url, upload is not None)
    material = Material(owner_org=owner_org, campaign=campaign, kind=kind, audience=audience, clearance=DRAFT,
                        video_url=video_url or None, created_by_id=actor.id, source_locale=locale)
    db.session.add(material)
    translations.apply(actor, material, locale, {"title": title, "description": description})
    files = [_add_file(actor, material, file_locale or locale, upload)] if upload is not None else []
    _commit_or_discard(files, lambda: audit.record(actor, "material.created", material, owner_org,
                                                   audience=audience, kind=kind))
    return material


def back_to_clearance(actor, material, why: str) -> None:
    """A change to material on its way or cleared sends it back for clearance: whoever cleared saw an
    older version, so every party clears again. This holds for a translation too (a translator may
    neither edit nor clear): clearance is of the material as a whole, in every language, so until it
    is cleared again volunteers and the public see none of it."""
    if material.clearance in (SUBMITTED, CLEARED) and material.needs_clearance:
        material.clearance = SUBMITTED
        material.owner_cleared_by_id = material.region_cleared_by_id = None
        material.owner_cleared_at = material.region_cleared_at = None
        audit.record(actor, "material.resubmitted", material, material.owner_org, reason=why)
        _tell_clearers(actor, material)


def add_file(actor, material: Material, locale: str, upload) -> MaterialFile:
    """Another language's file, or a new version of one (the old one is kept)."""
    item = _add_file(actor, material, locale, upload)

    def record():
        back_to_clearance(actor, material, "file")
        audit.record(actor, "material.file_added", material, material.owner_org, locale=locale, size=item.size)
    _commit_or_discard([item], record)
    return item


def edit(actor, material: Material, *, kind: str, audience: str, title: str, description: str, locale: str,
         video_url: str = "") -> None:
    video_url = (video_url or "").strip()
    _check(kind, audience, video_url, bool(material.current_files))
    changed = translations.apply(actor, material, locale, {"title": title, "description": description})
    if (kind, audience, video_url or None) != (material.kind, material.audience, material.video_url):
        material.kind, material.audience, material.video_url = kind, audience, video_url or None
        changed = True
    if changed:
        back_to_clearance(actor, material, "edited")
        audit.record(actor, "material.edited", material, material.owner_org, locale=locale)
    db.session.commit()


def _clearers(material) -> list:
    people = org_admins(material.owner_org)
    if material.needs_region:
        people += coordinators()
    return people


def _tell_clearers(actor, material) -> None:
    notify(material, "clearance", _clearers(material), actor, step=SUBMITTED)


def submit(actor, material: Material) -> None:
    if not material.needs_clearance:
        raise ServiceError(_l("Only material for volunteers or the public needs clearance."))
    if material.clearance != DRAFT:
        raise ServiceError(_l("This material has already been sent for clearance."))
    material.clearance = SUBMITTED
    material.returned_comment = None
    audit.record(actor, "material.submitted", material, material.owner_org)
    _tell_clearers(actor, material)
    db.session.commit()


def clear(actor, material: Material, party: str) -> None:
    """One party clears; with both (the owning society, and the region for a regional campaign) it is out."""
    if material.clearance != SUBMITTED:
        raise ServiceError(_l("Only material sent for clearance can be cleared."))
    now = utcnow()
    if actor.id in (material.owner_cleared_by_id, material.region_cleared_by_id):
        raise ServiceError(_l("You have cleared this material already: the other party clears it now."))
    if party == "owner":
        material.owner_cleared_by_id, material.owner_cleared_at = actor.id, now
    elif party == "region":
        material.region_cleared_by_id, material.region_cleared_at = actor.id, now
    else:
        raise ServiceError(_l("This change is not possible."))
    done = material.owner_cleared_by_id and (material.region_cleared_by_id or not material.needs_region)
    audit.record(actor, "material.cleared_by", material, material.owner_org, party=party, complete=bool(done))
    if done:
        material.clearance = CLEARED
        notify(material, "clearance", [material.created_by, *_clearers(material)], actor, step=CLEARED)
    db.session.commit()


def send_back(actor, material: Material, comment: str) -> None:
    comment = (comment or "").strip()
    if not comment:
        raise ServiceError(_l("Say what needs to change, so the others know."), field="comment")
    if len(comment) > COMMENT_MAX:
        raise ServiceError(_l("The comment is too long."), field="comment")
    if material.clearance == DRAFT:
        raise ServiceError(_l("This material is a draft already."))
    material.clearance = DRAFT
    material.owner_cleared_by_id = material.region_cleared_by_id = None
    material.owner_cleared_at = material.region_cleared_at = None
    material.returned_comment = comment
    audit.record(actor, "material.sent_back", material, material.owner_org, comment=comment)
    notify(material, "clearance", [material.created_by, *_clearers(material)], actor, step="returned",
           comment=comment)
    db.session.commit()


def count_download(item: MaterialFile, who: str) -> bool:
    """Count a download once per reader (`who`: the account, or the address of an anonymous reader)
    per file per day, so links on other sites that make browsers fetch a file cannot inflate the count.
    Only a keyed hash of `who` is kept, and only for two days. Returns whether it counted."""
    today = utcnow().date()
    reader = hmac.new(current_app.secret_key.encode(), who.encode(), hashlib.sha256).hexdigest()
    if _counted(item, reader, today):
        return False
    try:
        db.session.execute(delete(DownloadMark).where(DownloadMark.day < today - timedelta(days=1)))
        db.session.add(DownloadMark(file_id=item.id, reader=reader, day=today))
        db.session.flush()  # the unique mark decides: of two requests at once, one counts
        db.session.execute(update(MaterialFile).where(MaterialFile.id == item.id)
                           .values(downloads=MaterialFile.downloads + 1))
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        return False
    return True


def _counted(item: MaterialFile, reader: str, today) -> bool:
    return db.session.scalar(select(DownloadMark.id).where(
        DownloadMark.file_id == item.id, DownloadMark.reader == reader, DownloadMark.day == today)) is not None


def pick_file(material: Material, chain: list[str]) -> MaterialFile | None:
    """The current file in the first language of the chain that has one, else any current file."""
    current = {f.locale: f for f in material.current_files}
    for code in chain:
        if code in current:
            return current[code]
    return next(iter(sorted(current.values(), key=lambda f: f.locale)), None)


def reader_chain(user, locale: str) -> list[str]:
    """The languages a reader takes material in, best first: the page's, then the working languages of
    their society (a Tajik volunteer reads Russian before a Kazakh society's Kazakh), Russian, English."""
    home = next((m.organization for m in user.active_memberships), None) \
        if user is not None and user.is_authenticated else None
    return fallback_chain(locale, home)


def reading_rank(code: str, chain: list[str]) -> tuple[int, int]:
    """Where a language comes for a reader: theirs (in the chain's order), then the others as usual."""
    return (chain.index(code) if code in chain else len(chain),
            LOCALES.index(code) if code in LOCALES else len(LOCALES))


def in_reading_order(files, chain: list[str]) -> list[MaterialFile]:
    """Files in the reader's languages first, current versions before earlier ones (newest first)."""
    return sorted(files, key=lambda f: (not f.is_current, reading_rank(f.locale, chain), -f.id))


def download_name(item: MaterialFile) -> str:
    """The name a downloaded file is saved under: the material's title in the file's language (or the
    nearest one), as an ASCII slug with the Cyrillic transliterated, then the language and the type:
    "plakati-zimistoni-bekhatar-tg.png". Letters, digits and hyphens only: no path, no quotes."""
    material = item.material
    title = translated(material, "title", material.owner_org, item.locale)[0]
    # Latin letters lose their marks (ý, ç, ş, ä: Turkmen, Uzbek); Cyrillic goes to the slug's own table.
    title = "".join(c for ch in title for c in (unicodedata.normalize("NFKD", ch) if ch < "\u0370" else ch)
                    if not unicodedata.combining(c))
    extension = re.sub(r"[^a-z0-9]", "", item.extension)[:8] or "bin"
    return f"{slugify(title, default='material')}-{item.locale}.{extension}"

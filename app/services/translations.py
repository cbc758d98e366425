"""Writing per-language content: source edits bump the revision, translations never overwrite each other."""
from flask_babel import lazy_gettext as _l

from app.extensions import db
from app.i18n import is_locale
from app.models.translation import DRAFT, REVIEWED
from app.services import ServiceError, audit


class ConflictError(ServiceError):
    """Someone else saved this translation since the form was opened; nothing was written."""

    def __init__(self, row):
        super().__init__(_l("Someone else saved this translation while you were editing it. "
                            "Their text is shown below; your text is still in the form."))
        self.row = row


def _translation_class(obj):
    return type(obj).translations.property.mapper.class_


def _clean(value):
    value = (value or "").strip()
    return value or None


def apply(actor, obj, locale: str, values: dict) -> bool:
    """Write `values` (field -> text) in `locale`, without committing.

    In the source language a change bumps the parent's revision, which makes every
    other language outdated. In another language only that language's row changes.
    Returns whether any text changed.
    """
    if not is_locale(locale):
        raise ServiceError(_l("Choose one of the offered languages."))
    row = obj.translation(locale)
    is_new = row is None
    if is_new:
        row = _translation_class(obj)(locale=locale, version=0)
        obj.translations.append(row)
    changed = False
    for field, value in values.items():
        if field not in obj.__translatable__:
            raise ValueError(f"{field} is not translatable on {type(obj).__name__}")
        value = _clean(value)
        if getattr(row, field) != value:
            setattr(row, field, value)
            changed = True
    if not changed and not is_new:
        return False
    if locale == obj.source_locale:
        if changed and obj.id is not None and not is_new:
            obj.revision = (obj.revision or 1) + 1
        row.source_revision = obj.revision or 1
        row.status = REVIEWED
    else:
        source = obj.source_translation
        row.source_revision = obj.revision or 1
        row.source_text = {f: getattr(source, f) for f in obj.__translatable__} if source else None
        row.status = DRAFT
    row.translated_by_id = getattr(actor, "id", None)
    row.version = (row.version or 0) + 1
    return changed


def save(actor, obj, org, locale: str, values: dict, base_version: int | None):
    """The side-by-side form: save one language of `obj` as a draft."""
    if locale == obj.source_locale:
        raise ServiceError(_l("This is the source language; edit the text itself, not a translation."))
    row = obj.translation(locale)
    if row is not None and base_version != row.version:
        raise ConflictError(row)
    if not any(_clean(v) for v in values.values()):
        raise ServiceError(_l("Enter the translation."))
    if apply(actor, obj, locale, values):
        audit.record(actor, "translation.saved", obj, org, locale=locale, fields=sorted(values))
        _after_change(actor, obj, locale)
    db.session.commit()
    return obj.translation(locale)


def apply_as_shown(actor, obj, values: dict, locale: str, org) -> list[str]:
    """An edit form showed each text in the language the reader's fallback found it in: a changed text is
    saved in that language, an untouched one writes nothing (no copy passed off as a translation).
    Returns the fields that changed; the caller commits."""
    from app.i18n import translated

    changed = []
    for field, value in values.items():
        shown, shown_locale = translated(obj, field, org, locale)
        if (value or "").strip() != (shown or "").strip():
            apply(actor, obj, shown_locale or locale, {field: value})
            changed.append(field)
    return changed


def _after_change(actor, obj, locale: str) -> None:
    """What a changed text means beyond the text: cleared material is cleared again."""
    from app.models import Material

    if isinstance(obj, Material):
        from app.services.materials import back_to_clearance

        back_to_clearance(actor, obj, f"translated:{locale}")


def review(actor, obj, org, locale: str, base_version: int | None) -> None:
    """A second person confirms a translation."""
    row = obj.translation(locale)
    if row is None:
        raise ServiceError(_l("There is no translation to review yet."))
    if base_version != row.version:
        raise ConflictError(row)
    if obj.is_outdated(row):
        raise ServiceError(_l("The source text has changed. Update the translation before it is reviewed."))
    if row.translated_by_id == getattr(actor, "id", None):
        raise ServiceError(_l("A second person must review a translation: ask another translator or an admin."))
    row.status = REVIEWED
    row.version += 1
    audit.record(actor, "translation.reviewed", obj, org, locale=locale)
    db.session.commit()

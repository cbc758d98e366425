"""Objects as the API shows them: texts in the language asked for with the language they are in."""
from app.i18n import translated
from app.models.base import as_utc


def text(obj, field: str, locale: str, org=None) -> dict:
    value, used = translated(obj, field, org if org is not None else _org_of(obj), locale)
    return {"text": value, "lang": used}


def _org_of(obj):
    for name in ("organization", "owner_org"):
        org = getattr(obj, name, None)
        if org is not None:
            return org
    return None


def org_ref(org, locale: str) -> dict:
    return {"id": org.id, "slug": org.slug, "name": text(org, "name", locale, org)}


def number(value):
    return float(value) if value is not None else None


def when(value):
    """A moment in ISO 8601 with its offset (SQLite hands times back without one: they are UTC)."""
    return as_utc(value)

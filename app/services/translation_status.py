"""How far each language has come: missing, outdated, draft and reviewed, per item and per field."""
from collections import Counter
from dataclasses import dataclass, field

from app.models.translation import REVIEWED

STATES = ("missing", "outdated", "draft", "reviewed")
_WORST_FIRST = ("missing", "outdated", "draft", "reviewed")


def field_state(obj, locale: str, name: str) -> str | None:
    """None when there is nothing to translate (no source text, or this is the source)."""
    source = obj.source_translation
    if locale == obj.source_locale or source is None or not getattr(source, name):
        return None
    row = obj.translation(locale)
    if row is None or not getattr(row, name):
        return "missing"
    if obj.is_outdated(row):
        return "outdated"
    return "reviewed" if row.status == REVIEWED else "draft"


def item_state(obj, locale: str) -> str | None:
    states = [s for s in (field_state(obj, locale, f) for f in obj.__translatable__) if s]
    if not states:
        return None
    return next(s for s in _WORST_FIRST if s in states)


@dataclass
class LanguageSummary:
    locale: str
    items: Counter = field(default_factory=Counter)
    fields: Counter = field(default_factory=Counter)

    @property
    def total_fields(self) -> int:
        return sum(self.fields.values())

    @property
    def done_fields(self) -> int:
        return self.fields["reviewed"] + self.fields["draft"]


def summarize(objects, locales) -> list[LanguageSummary]:
    summaries = []
    for locale in locales:
        summary = LanguageSummary(locale)
        for obj in objects:
            state = item_state(obj, locale)
            if state:
                summary.items[state] += 1
            for name in obj.__translatable__:
                fstate = field_state(obj, locale, name)
                if fstate:
                    summary.fields[fstate] += 1
        summaries.append(summary)
    return summaries

"""How far each language has come, per item and per field.

A field is missing, outdated, draft or reviewed. An item takes the state that tells what it needs: missing
(nothing translated yet), outdated (the source changed since the translation), incomplete (some texts
translated, others not), draft (to review) or reviewed."""
from collections import Counter
from dataclasses import dataclass, field

from app.models.translation import REVIEWED

STATES = ("missing", "incomplete", "outdated", "draft", "reviewed")


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
    """None when nothing of `obj` is to be translated into `locale`."""
    states = {s for s in (field_state(obj, locale, f) for f in obj.__translatable__) if s}
    if not states:
        return None
    if states == {"missing"}:
        return "missing"
    if "outdated" in states:  # the diff of the source comes first, whatever is still to add
        return "outdated"
    if "missing" in states:
        return "incomplete"
    return "draft" if "draft" in states else "reviewed"


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

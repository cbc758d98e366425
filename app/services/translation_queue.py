"""The translator's queue: one row per item with a badge per language in the state asked for, and the entry
after the one just saved ("Save and next"). Pure functions over items already loaded: no queries."""
from dataclasses import dataclass

from app.models import Campaign, Organization
from app.policy import kind_of
from app.services.translation_status import STATES, item_state

# A status filter -> the item states it lists. "Needs work", the default, is everything but reviewed.
STATUS_FILTERS = {
    "needs_work": ("missing", "incomplete", "outdated", "draft"),
    "missing": ("missing",),
    "outdated": ("outdated",),
    "review": ("draft",),
    "incomplete": ("incomplete",),
    "all": STATES,
}
DEFAULT_STATUS = "needs_work"


def campaign_id_of(item) -> int | None:
    """The campaign an item belongs to (a campaign, itself)."""
    return item.id if isinstance(item, Campaign) else getattr(item, "campaign_id", None)


def narrowed(items: list, campaign_id: int | None = None, space_id: int | None = None) -> list:
    """The (space, item) pairs of one campaign and of one organization's space, when asked for."""
    return [(space, item) for space, item in items
            if (not campaign_id or campaign_id_of(item) == campaign_id) and (not space_id or space.id == space_id)]


@dataclass
class QueueRow:
    space: Organization  # the organization through whose space the item is translated
    item: object
    kind: str
    campaign: Campaign | None  # the campaign the item is part of (none for a campaign itself)
    languages: list[tuple[str, str]]  # (locale, state) in the order of the languages asked for


def rows(items: list, locales: list[str], status: str, campaigns: list[Campaign]) -> list[QueueRow]:
    """One row per item that has a language in a state the status asks for, with those languages."""
    wanted = STATUS_FILTERS[status]
    by_id = {c.id: c for c in campaigns}
    found = []
    for space, item in items:
        languages = [(locale, state) for locale in locales if (state := item_state(item, locale)) in wanted]
        if languages:
            campaign = None if isinstance(item, Campaign) else by_id.get(campaign_id_of(item))
            found.append(QueueRow(space, item, kind_of(item), campaign, languages))
    return found


def next_entry(items: list, locales: list[str], status: str, current: tuple[str, int, str],
               may_edit) -> tuple[Organization, object, str] | None:
    """The (space, item, locale) after `current` (kind, id, locale) in the queue, or None after the last.

    The queue's order is the whole list's (items, then languages), whatever their states, so the entry just
    saved keeps its place even when its new state leaves the list; the next entry is one the status asks for
    and `may_edit(item, locale)` allows. From an entry the list does not hold, the first such entry."""
    wanted = STATUS_FILTERS[status]
    order = [(space, item, locale) for space, item in items for locale in locales]
    keys = [(kind_of(item), item.id, locale) for _space, item, locale in order]
    start = keys.index(current) + 1 if current in keys else 0
    for (space, item, locale), key in zip(order[start:], keys[start:]):
        if key != current and item_state(item, locale) in wanted and may_edit(item, locale):
            return space, item, locale
    return None

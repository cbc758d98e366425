"""Per-language content: a translatable parent and its sibling <model>_translation rows.

The parent keeps `source_locale` and a `revision` that grows whenever the source-language
text changes. A translation row remembers the `source_revision` it was made from and the
source text as it was (`source_text`), so an outdated translation can show what changed.
"""
from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from app.models.base import utcnow

DRAFT = "draft"
REVIEWED = "reviewed"
TRANSLATION_STATUSES = (DRAFT, REVIEWED)


class TranslatableMixin:
    """A parent with translatable fields: declare them in __translatable__."""

    __translatable__: tuple[str, ...] = ()
    source_locale: Mapped[str] = mapped_column(String(5), default="ru")
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    def translation(self, locale: str):
        return next((t for t in self.translations if t.locale == locale), None)

    @property
    def source_translation(self):
        return self.translation(self.source_locale)

    def is_outdated(self, row) -> bool:
        return row is not None and row.locale != self.source_locale and row.source_revision < self.revision


class TranslationMixin:
    """One language of a translatable parent; unique per parent and locale."""

    id: Mapped[int] = mapped_column(primary_key=True)
    locale: Mapped[str] = mapped_column(String(5))
    source_revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    status: Mapped[str] = mapped_column(String(10), default=DRAFT, server_default=DRAFT)
    # The source-language fields this translation was made from; read only when an outdated translation
    # is opened, so lists that load every translation do not decode it.
    source_text: Mapped[dict | None] = mapped_column(JSON, deferred=True)
    # Grows on every save: a form posted with an older number is a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    @declared_attr
    def translated_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

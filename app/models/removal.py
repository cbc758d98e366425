"""Soft removal: a removed row stays in the database, hidden from every query (lists, totals,
exports, packs, feeds) unless a query asks for removed rows with
`.execution_options(include_removed=True)`; it can be restored for RESTORE_DAYS days."""
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, event
from sqlalchemy.orm import Mapped, Session, declared_attr, mapped_column, with_loader_criteria

RESTORE_DAYS = 30


class RemovableMixin:
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)

    @declared_attr
    def removed_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("user.id", ondelete="SET NULL"))


@event.listens_for(Session, "do_orm_execute")
def _hide_removed(state):
    """Every ORM select leaves removed rows out; relationship loads of the rows it loads inherit this."""
    if (state.is_select and not state.is_column_load and not state.is_relationship_load
            and not state.execution_options.get("include_removed", False)):
        state.statement = state.statement.options(
            with_loader_criteria(RemovableMixin, lambda cls: cls.removed_at.is_(None), include_aliases=True))

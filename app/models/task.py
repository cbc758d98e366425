"""Tasks given to societies and people: status machine, history, comments."""
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import TimestampMixin
from app.models.campaign import Campaign, Milestone
from app.models.org import Organization
from app.models.translation import TranslatableMixin, TranslationMixin
from app.models.user import User

OPEN, ACCEPTED, IN_PROGRESS, BLOCKED, DONE, DECLINED, CANCELLED = (
    "open", "accepted", "in_progress", "blocked", "done", "declined", "cancelled")
TASK_STATUSES = (OPEN, ACCEPTED, IN_PROGRESS, BLOCKED, DONE, DECLINED, CANCELLED)
ENDED = (DONE, DECLINED, CANCELLED)  # nothing more is expected of such a task: never overdue
UNDER_WAY = (ACCEPTED, IN_PROGRESS, BLOCKED)  # accepted and not ended: someone should be working on it
PRIORITIES = ("low", "normal", "high", "urgent")
VISIBILITY_CAMPAIGN, VISIBILITY_ORGANIZATION = "campaign", "organization"

# action -> (allowed from, to, who may: "assignee_admin" | "assignee" | "creator")
TRANSITIONS = {
    "accept": ((OPEN,), ACCEPTED, "assignee_admin"),
    "decline": ((OPEN,), DECLINED, "assignee_admin"),
    "start": ((ACCEPTED, BLOCKED), IN_PROGRESS, "assignee"),
    "block": ((IN_PROGRESS,), BLOCKED, "assignee"),
    "finish": ((ACCEPTED, IN_PROGRESS), DONE, "assignee"),
    "reopen": ((DONE, DECLINED, CANCELLED), OPEN, "creator"),
    "cancel": ((OPEN, ACCEPTED, IN_PROGRESS, BLOCKED), CANCELLED, "creator"),
}
NEEDS_REASON = ("decline", "block")


class Task(TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "task"
    __translatable__ = ("title", "description")

    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    owner_org_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    assignee_org_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    assignee_user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(16), default=OPEN, index=True)
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    due_date: Mapped[date | None] = mapped_column(Date)
    visibility: Mapped[str] = mapped_column(String(16), default=VISIBILITY_ORGANIZATION)
    reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Tasks given to several societies in one step share a key, so they can be seen side by side.
    group_key: Mapped[str | None] = mapped_column(String(32), index=True)
    milestone_id: Mapped[int | None] = mapped_column(ForeignKey("milestone.id", ondelete="SET NULL"), index=True)

    __mapper_args__ = {"version_id_col": version}

    campaign: Mapped[Campaign | None] = relationship()
    milestone: Mapped[Milestone | None] = relationship()
    owner_org: Mapped[Organization] = relationship(foreign_keys=[owner_org_id])
    assignee_org: Mapped[Organization] = relationship(foreign_keys=[assignee_org_id])
    assignee_user: Mapped[User | None] = relationship(foreign_keys=[assignee_user_id])
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])
    translations: Mapped[list["TaskTranslation"]] = relationship(
        back_populates="task", cascade="all, delete-orphan", lazy="selectin")
    comments: Mapped[list["TaskComment"]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskComment.id")
    events: Mapped[list["TaskEvent"]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskEvent.id")

    @property
    def organization(self) -> Organization:
        return self.owner_org

    @property
    def is_overdue(self) -> bool:
        return bool(self.due_date and self.due_date < date.today() and self.status not in ENDED)


class TaskTranslation(TranslationMixin, db.Model):
    __tablename__ = "task_translation"
    __table_args__ = (UniqueConstraint("task_id", "locale"),)

    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)

    task: Mapped[Task] = relationship(back_populates="translations")


class TaskComment(TimestampMixin, db.Model):
    __tablename__ = "task_comment"

    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)

    task: Mapped[Task] = relationship(back_populates="comments")
    author: Mapped[User | None] = relationship()


class TaskEvent(TimestampMixin, db.Model):
    """The task's history: who did what, when."""

    __tablename__ = "task_event"

    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)

    task: Mapped[Task] = relationship(back_populates="events")
    actor: Mapped[User | None] = relationship()

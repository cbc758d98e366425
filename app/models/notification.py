"""In-app notifications, which are also the e-mail outbox, and each person's choices per kind."""
from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import TimestampMixin
from app.models.diplomacy import Meeting
from app.models.material import Material
from app.models.proposal import CampaignProposal
from app.models.task import Task
from app.models.user import User

# What happened. The recipient chooses, per kind, how they hear of it.
KINDS = ("assigned", "answered", "status", "changed", "comment", "mention", "due_soon", "overdue", "escalation",
         "clearance", "meeting", "proposal", "volunteer")
CHANNEL_APP, CHANNEL_EMAIL, CHANNEL_DIGEST = "app", "email", "digest"
CHANNELS = (CHANNEL_APP, CHANNEL_EMAIL, CHANNEL_DIGEST)
DEFAULT_CHANNEL = CHANNEL_EMAIL

# The e-mail side of a notification: none (in-app only), pending -> sending -> sent, or waiting for the
# digest; failed after the last retry.
MAIL_NONE, MAIL_PENDING, MAIL_SENDING, MAIL_SENT, MAIL_DIGEST, MAIL_FAILED = (
    "none", "pending", "sending", "sent", "digest", "failed")


class Notification(TimestampMixin, db.Model):
    __tablename__ = "notification"

    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    material_id: Mapped[int | None] = mapped_column(ForeignKey("material.id", ondelete="CASCADE"), index=True)
    # A meeting invitation (data: step "invited" | "accepted" | "declined", org_id of the invited organization).
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    # A campaign proposal (data: step "opened" | "answered" | "comment" | "accepted" | "declined" | "changes").
    proposal_id: Mapped[int | None] = mapped_column(ForeignKey("campaign_proposal.id", ondelete="CASCADE"),
                                                    index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Reminders carry a key so that running `flask notifications remind` again adds nothing.
    dedupe_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    mail_state: Mapped[str] = mapped_column(String(8), default=MAIL_NONE, index=True)
    mail_attempts: Mapped[int] = mapped_column(Integer, default=0)
    mail_next_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    mail_sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    mail_error: Mapped[str | None] = mapped_column(Text)

    user: Mapped[User] = relationship(foreign_keys=[user_id])
    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])
    task: Mapped[Task | None] = relationship()
    material: Mapped[Material | None] = relationship()
    meeting: Mapped[Meeting | None] = relationship()
    proposal: Mapped[CampaignProposal | None] = relationship()


class NotificationPreference(db.Model):
    __tablename__ = "notification_preference"
    __table_args__ = (UniqueConstraint("user_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(8), default=DEFAULT_CHANNEL)


class TaskWatch(db.Model):
    """Someone who follows a task they are neither given nor created."""

    __tablename__ = "task_watch"
    __table_args__ = (UniqueConstraint("task_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)

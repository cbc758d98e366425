"""Campaigns shared across organizations: participation, local adaptation, indicators, milestones, updates."""
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import TimestampMixin
from app.models.removal import RemovableMixin
from app.models.org import Organization
from app.models.translation import TranslatableMixin, TranslationMixin
from app.models.user import User

REGIONAL = "regional"
NATIONAL = "national"
SCOPES = (REGIONAL, NATIONAL)

DRAFT, ACTIVE, COMPLETED, ARCHIVED = "draft", "active", "completed", "archived"
STATUSES = (DRAFT, ACTIVE, COMPLETED, ARCHIVED)
TRANSITIONS = {DRAFT: (ACTIVE,), ACTIVE: (COMPLETED,), COMPLETED: (ARCHIVED,), ARCHIVED: ()}

AUDIENCES = ("general_public", "youth", "schoolchildren", "volunteers", "health_workers", "migrants",
             "older_people", "people_with_disabilities", "media", "authorities", "communities")

INVITED, JOINED, DECLINED, WITHDRAWN = "invited", "joined", "declined", "withdrawn"
PARTICIPATION_STATUSES = (INVITED, JOINED, DECLINED, WITHDRAWN)

UNITS = ("people", "volunteers", "events", "sessions", "materials", "media_pieces", "percent")
MILESTONE_KINDS = ("launch", "awareness_day", "review_meeting", "other")


class Campaign(TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "campaign"
    __translatable__ = ("title", "summary", "body")

    owner_org_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    scope: Mapped[str] = mapped_column(String(16), default=REGIONAL)
    status: Mapped[str] = mapped_column(String(16), default=DRAFT, index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    audiences_csv: Mapped[str] = mapped_column("audiences", String(255), default="")
    hashtags: Mapped[str] = mapped_column(String(255), default="")
    is_public: Mapped[bool] = mapped_column(Boolean, default=False)
    slug: Mapped[str] = mapped_column(String(80), default="campaign")
    cover_key: Mapped[str | None] = mapped_column(String(80))
    cover_type: Mapped[str | None] = mapped_column(String(32))

    owner_org: Mapped[Organization] = relationship()
    translations: Mapped[list["CampaignTranslation"]] = relationship(
        back_populates="campaign", cascade="all, delete-orphan", lazy="selectin")
    participations: Mapped[list["Participation"]] = relationship(
        back_populates="campaign", cascade="all, delete-orphan", order_by="Participation.id")
    indicators: Mapped[list["Indicator"]] = relationship(
        back_populates="campaign", cascade="all, delete-orphan", order_by="Indicator.id")
    milestones: Mapped[list["Milestone"]] = relationship(
        back_populates="campaign", cascade="all, delete-orphan", order_by="Milestone.on_date")
    updates: Mapped[list["CampaignUpdate"]] = relationship(
        back_populates="campaign", cascade="all, delete-orphan",
        order_by=lambda: (CampaignUpdate.created_at.desc(), CampaignUpdate.id.desc()))

    @property
    def organization(self) -> Organization:
        return self.owner_org

    @property
    def audiences(self) -> list[str]:
        return [a for a in self.audiences_csv.split(",") if a]

    @audiences.setter
    def audiences(self, values) -> None:
        self.audiences_csv = ",".join(values)

    @property
    def joined(self) -> list["Participation"]:
        return [p for p in self.participations if p.status == JOINED]

    @property
    def is_publicly_visible(self) -> bool:
        return self.is_public and self.status != DRAFT


class CampaignTranslation(TranslationMixin, db.Model):
    __tablename__ = "campaign_translation"
    __table_args__ = (UniqueConstraint("campaign_id", "locale"),)

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    summary: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)

    campaign: Mapped[Campaign] = relationship(back_populates="translations")


class Participation(TranslatableMixin, TimestampMixin, db.Model):
    """A society in a campaign, and its local adaptation."""

    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("campaign_id", "organization_id"),)
    __translatable__ = ("local_note", "key_messages")

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16), default=INVITED)
    reason: Mapped[str | None] = mapped_column(Text)
    focal_user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    local_start: Mapped[date | None] = mapped_column(Date)
    local_end: Mapped[date | None] = mapped_column(Date)
    # The local adaptation (not the participation) can be removed and restored, and is edited with a version.
    adaptation_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    adaptation_removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    adaptation_removed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    campaign: Mapped[Campaign] = relationship(back_populates="participations")
    organization: Mapped[Organization] = relationship()
    focal_user: Mapped[User | None] = relationship(foreign_keys=[focal_user_id])
    translations: Mapped[list["ParticipationTranslation"]] = relationship(
        back_populates="participation", cascade="all, delete-orphan", lazy="selectin")


class ParticipationTranslation(TranslationMixin, db.Model):
    __tablename__ = "participation_translation"
    __table_args__ = (UniqueConstraint("participation_id", "locale"),)

    participation_id: Mapped[int] = mapped_column(ForeignKey("participation.id", ondelete="CASCADE"), index=True)
    local_note: Mapped[str | None] = mapped_column(Text)
    key_messages: Mapped[str | None] = mapped_column(Text)

    participation: Mapped[Participation] = relationship(back_populates="translations")


class Indicator(RemovableMixin, TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "indicator"
    __translatable__ = ("name",)

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    unit: Mapped[str] = mapped_column(String(32), default="people")
    regional_target: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # an edit from a page opened before another is refused

    campaign: Mapped[Campaign] = relationship(back_populates="indicators")
    translations: Mapped[list["IndicatorTranslation"]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", lazy="selectin")
    targets: Mapped[list["IndicatorTarget"]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", lazy="selectin")
    reports: Mapped[list["IndicatorReport"]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan",
        order_by=lambda: (IndicatorReport.period_date, IndicatorReport.id))

    @property
    def organization(self) -> Organization:
        return self.campaign.owner_org


class IndicatorTranslation(TranslationMixin, db.Model):
    __tablename__ = "indicator_translation"
    __table_args__ = (UniqueConstraint("indicator_id", "locale"),)

    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))

    indicator: Mapped[Indicator] = relationship(back_populates="translations")


class IndicatorTarget(TimestampMixin, db.Model):
    __tablename__ = "indicator_target"
    __table_args__ = (UniqueConstraint("indicator_id", "organization_id"),)

    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    target: Mapped[Decimal] = mapped_column(Numeric(14, 2))

    indicator: Mapped[Indicator] = relationship(back_populates="targets")
    organization: Mapped[Organization] = relationship()


class IndicatorReport(RemovableMixin, TimestampMixin, db.Model):
    __tablename__ = "indicator_report"

    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    period_date: Mapped[date] = mapped_column(Date)
    value: Mapped[Decimal] = mapped_column(Numeric(14, 2))  # the latest value: what totals add up
    note: Mapped[str | None] = mapped_column(Text)
    reported_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    # Grows on every correction: a correction posted from an older page is a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    indicator: Mapped[Indicator] = relationship(back_populates="reports")
    organization: Mapped[Organization] = relationship()
    reported_by: Mapped[User | None] = relationship(foreign_keys="IndicatorReport.reported_by_id")
    revisions: Mapped[list["IndicatorReportRevision"]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="IndicatorReportRevision.id")


class IndicatorReportRevision(TimestampMixin, db.Model):
    """Every value a report has had, first the one reported, then each correction with its reason; a
    report is never overwritten without one of these."""
    __tablename__ = "indicator_report_revision"

    report_id: Mapped[int] = mapped_column(ForeignKey("indicator_report.id", ondelete="CASCADE"), index=True)
    value: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    reason: Mapped[str | None] = mapped_column(Text)  # None for the value first reported
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    report: Mapped[IndicatorReport] = relationship(back_populates="revisions")
    actor: Mapped[User | None] = relationship()


class Milestone(RemovableMixin, TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "milestone"
    __translatable__ = ("title",)

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    on_date: Mapped[date] = mapped_column("date", Date)
    kind: Mapped[str] = mapped_column(String(32), default="other")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    campaign: Mapped[Campaign] = relationship(back_populates="milestones")
    translations: Mapped[list["MilestoneTranslation"]] = relationship(
        back_populates="milestone", cascade="all, delete-orphan", lazy="selectin")

    @property
    def organization(self) -> Organization:
        return self.campaign.owner_org


class MilestoneTranslation(TranslationMixin, db.Model):
    __tablename__ = "milestone_translation"
    __table_args__ = (UniqueConstraint("milestone_id", "locale"),)

    milestone_id: Mapped[int] = mapped_column(ForeignKey("milestone.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(200))

    milestone: Mapped[Milestone] = relationship(back_populates="translations")


class CampaignUpdate(RemovableMixin, TranslatableMixin, TimestampMixin, db.Model):
    """A short news item in a campaign's feed."""

    __tablename__ = "campaign_update"
    __translatable__ = ("body",)

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    campaign: Mapped[Campaign] = relationship(back_populates="updates")
    organization: Mapped[Organization] = relationship()
    author: Mapped[User | None] = relationship(foreign_keys="CampaignUpdate.author_id")
    translations: Mapped[list["CampaignUpdateTranslation"]] = relationship(
        back_populates="update", cascade="all, delete-orphan", lazy="selectin")


class CampaignUpdateTranslation(TranslationMixin, db.Model):
    __tablename__ = "campaign_update_translation"
    __table_args__ = (UniqueConstraint("campaign_update_id", "locale"),)

    campaign_update_id: Mapped[int] = mapped_column(ForeignKey("campaign_update.id", ondelete="CASCADE"), index=True)
    body: Mapped[str | None] = mapped_column(Text)

    update: Mapped[CampaignUpdate] = relationship(back_populates="translations")

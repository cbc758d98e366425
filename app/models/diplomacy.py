"""Humanitarian diplomacy in a society's space: the annual plan (objectives, activities and the
departments that meet in them) and the directory of partners. All text people write is translatable."""
from datetime import date, datetime

from sqlalchemy import (Boolean, CheckConstraint, Column, Date, DateTime, ForeignKey, Index, Integer, String, Table, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import TimestampMixin
from app.models.removal import RemovableMixin
from app.models.campaign import Campaign
from app.models.org import Department, Organization
from app.models.task import Task
from app.models.translation import TranslatableMixin, TranslationMixin
from app.models.user import User

PLAN_STATUSES = ("draft", "approved")
ACTIVITY_STATUSES = ("planned", "ongoing", "done", "dropped")
PARTNER_KINDS = ("government", "un_agency", "international", "ngo", "private", "media", "academia", "community")
PARTNER_STAGES = ("identified", "contacted", "engaged", "agreement")
# Kinds of partner that are one body across the region (a UN agency's offices in two countries may be
# the same partner); a government body, an NGO or a company belongs to one country.
INTERNATIONAL_PARTNER_KINDS = ("un_agency", "international")

activity_department = Table(
    "activity_department", db.metadata,
    Column("activity_id", ForeignKey("plan_activity.id", ondelete="CASCADE"), primary_key=True),
    Column("department_id", ForeignKey("department.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_activity_department_department_id", "department_id"))
activity_partner = Table(
    "activity_partner", db.metadata,
    Column("activity_id", ForeignKey("plan_activity.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_activity_partner_partner_id", "partner_id"))
partner_campaign = Table(
    "partner_campaign", db.metadata,
    Column("partner_id", ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True),
    Column("campaign_id", ForeignKey("campaign.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_partner_campaign_campaign_id", "campaign_id"))


class DiplomacyPlan(RemovableMixin, TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "diplomacy_plan"
    __translatable__ = ("title", "summary")
    __table_args__ = (UniqueConstraint("organization_id", "year"),)

    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    # An approved plan that is changed goes back to draft; what changed since the approval is noted here.
    change_note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    organization: Mapped[Organization] = relationship()
    translations: Mapped[list["DiplomacyPlanTranslation"]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", lazy="selectin")
    objectives: Mapped[list["PlanObjective"]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanObjective.position, PlanObjective.id")


class DiplomacyPlanTranslation(TranslationMixin, db.Model):
    __tablename__ = "diplomacy_plan_translation"
    __table_args__ = (UniqueConstraint("plan_id", "locale"),)

    plan_id: Mapped[int] = mapped_column(ForeignKey("diplomacy_plan.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    summary: Mapped[str | None] = mapped_column(Text)

    plan: Mapped[DiplomacyPlan] = relationship(back_populates="translations")


class PlanObjective(RemovableMixin, TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "plan_objective"
    __translatable__ = ("title",)

    plan_id: Mapped[int] = mapped_column(ForeignKey("diplomacy_plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    plan: Mapped[DiplomacyPlan] = relationship(back_populates="objectives")
    translations: Mapped[list["PlanObjectiveTranslation"]] = relationship(
        back_populates="objective", cascade="all, delete-orphan", lazy="selectin")
    activities: Mapped[list["PlanActivity"]] = relationship(
        back_populates="objective", cascade="all, delete-orphan", order_by="PlanActivity.id")
    aims: Mapped[list["StrategicAim"]] = relationship(  # noqa: F821 (app/models/strategy.py)
        secondary="objective_aim", back_populates="objectives", order_by="StrategicAim.position")

    @property
    def organization(self) -> Organization:
        return self.plan.organization


class PlanObjectiveTranslation(TranslationMixin, db.Model):
    __tablename__ = "plan_objective_translation"
    __table_args__ = (UniqueConstraint("objective_id", "locale"),)

    objective_id: Mapped[int] = mapped_column(ForeignKey("plan_objective.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(300))

    objective: Mapped[PlanObjective] = relationship(back_populates="translations")


class PlanActivity(RemovableMixin, TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "plan_activity"
    __translatable__ = ("title", "description")

    objective_id: Mapped[int] = mapped_column(ForeignKey("plan_objective.id", ondelete="CASCADE"), index=True)
    quarters_csv: Mapped[str] = mapped_column("quarters", String(16), default="")
    status: Mapped[str] = mapped_column(String(10), default="planned")
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id", ondelete="SET NULL"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    objective: Mapped[PlanObjective] = relationship(back_populates="activities")
    campaign: Mapped[Campaign | None] = relationship()
    departments: Mapped[list[Department]] = relationship(secondary=activity_department, order_by=Department.id)
    partners: Mapped[list["Partner"]] = relationship(secondary=activity_partner, back_populates="activities")
    translations: Mapped[list["PlanActivityTranslation"]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", lazy="selectin")

    @property
    def organization(self) -> Organization:
        return self.objective.plan.organization

    @property
    def quarters(self) -> list[int]:
        return [int(q) for q in self.quarters_csv.split(",") if q.strip().isdigit()]

    @quarters.setter
    def quarters(self, values) -> None:
        self.quarters_csv = ",".join(str(q) for q in sorted(set(values)))


class PlanActivityTranslation(TranslationMixin, db.Model):
    __tablename__ = "plan_activity_translation"
    __table_args__ = (UniqueConstraint("activity_id", "locale"),)

    activity_id: Mapped[int] = mapped_column(ForeignKey("plan_activity.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)

    activity: Mapped[PlanActivity] = relationship(back_populates="translations")


class Partner(RemovableMixin, TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "partner"
    __translatable__ = ("name",)

    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="ngo")
    stage: Mapped[str] = mapped_column(String(12), default="identified", index=True)
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    channels: Mapped[str] = mapped_column(String(500), default="")
    next_step: Mapped[str] = mapped_column(String(500), default="")
    next_step_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    shared_with_region: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    organization: Mapped[Organization] = relationship()
    translations: Mapped[list["PartnerTranslation"]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", lazy="selectin")
    activities: Mapped[list[PlanActivity]] = relationship(secondary=activity_partner, back_populates="partners")
    campaigns: Mapped[list[Campaign]] = relationship(secondary=partner_campaign)
    stage_changes: Mapped[list["PartnerStageChange"]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", order_by="PartnerStageChange.id")


class PartnerStageChange(TimestampMixin, db.Model):
    """A partner's move in the pipeline: from (None when it was added) and to which stage, who, when and,
    for a move back, why."""
    __tablename__ = "partner_stage_change"

    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(12))
    to_stage: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str | None] = mapped_column(Text)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    partner: Mapped[Partner] = relationship(back_populates="stage_changes")
    actor: Mapped[User | None] = relationship()


class PartnerDistinctPair(TimestampMixin, db.Model):
    """Two shared partners the coordinator marked "not the same": the region's page never suggests them
    as one again. Stored once per pair, the smaller id first; gone with either partner."""
    __tablename__ = "partner_distinct_pair"
    __table_args__ = (UniqueConstraint("first_id", "second_id"),
                      CheckConstraint("first_id < second_id", name="ordered"))

    first_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"))  # led by the unique key
    second_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    marked_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    marked_by: Mapped[User | None] = relationship()


class PartnerTranslation(TranslationMixin, db.Model):
    __tablename__ = "partner_translation"
    __table_args__ = (UniqueConstraint("partner_id", "locale"),)

    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))

    partner: Mapped[Partner] = relationship(back_populates="translations")


MEETING_MODES = ("online", "in_person")

# A participating organization is invited first; nothing of the meeting but the invitation reaches it
# (no minutes, no decisions, no tasks) until its admin accepts.
INVITED, ACCEPTED, DECLINED = "invited", "accepted", "declined"

meeting_organization = Table(
    "meeting_organization", db.metadata,
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("organization_id", ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True),
    Column("status", String(10), nullable=False, default=INVITED, server_default=INVITED),
    Column("answered_at", DateTime(timezone=True)),
    Column("answered_by_id", ForeignKey("user.id", ondelete="SET NULL")),
    Index("ix_meeting_organization_organization_id", "organization_id"))


class MeetingInvitation(db.Model):
    """One organization's place in a meeting: invited, accepted or declined."""

    __table__ = meeting_organization

    meeting: Mapped["Meeting"] = relationship(back_populates="invitations")
    organization: Mapped[Organization] = relationship()

    @property
    def is_pending(self) -> bool:
        return self.status == INVITED


class Meeting(RemovableMixin, TranslatableMixin, TimestampMixin, db.Model):
    """A meeting or consultation: seen by its organizer and the participating organizations only."""

    __tablename__ = "meeting"
    __translatable__ = ("title", "agenda", "minutes")

    organizer_org_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    mode: Mapped[str] = mapped_column(String(10), default="online")
    location: Mapped[str] = mapped_column(String(300), default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    organizer: Mapped[Organization] = relationship(foreign_keys=[organizer_org_id])
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])
    invitations: Mapped[list[MeetingInvitation]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by=meeting_organization.c.organization_id)
    # The organizations that accepted: they (and the organizer) see the meeting, its minutes and decisions.
    participants: Mapped[list[Organization]] = relationship(
        secondary=meeting_organization, order_by=Organization.id, viewonly=True,
        secondaryjoin=lambda: (Organization.id == meeting_organization.c.organization_id)
        & (meeting_organization.c.status == ACCEPTED))
    translations: Mapped[list["MeetingTranslation"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", lazy="selectin")
    attendees: Mapped[list["MeetingAttendee"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingAttendee.id")
    decisions: Mapped[list["MeetingDecision"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingDecision.id")

    @property
    def organization(self) -> Organization:
        return self.organizer

    def invited_organization(self, org_id) -> Organization | None:
        """The organization invited to this meeting with this id (any answer), if any."""
        return next((i.organization for i in self.invitations if i.organization_id == org_id), None)

    @property
    def organization_ids(self) -> set[int]:
        return {self.organizer_org_id, *(o.id for o in self.participants)}


class MeetingTranslation(TranslationMixin, db.Model):
    __tablename__ = "meeting_translation"
    __table_args__ = (UniqueConstraint("meeting_id", "locale"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    agenda: Mapped[str | None] = mapped_column(Text)
    minutes: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="translations")


class MeetingAttendee(db.Model):
    __tablename__ = "meeting_attendee"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")
    user: Mapped[User | None] = relationship()


class MeetingDecision(TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "meeting_decision"
    __translatable__ = ("text",)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"), index=True)

    meeting: Mapped[Meeting] = relationship(back_populates="decisions")
    task: Mapped[Task | None] = relationship()
    translations: Mapped[list["MeetingDecisionTranslation"]] = relationship(
        back_populates="decision", cascade="all, delete-orphan", lazy="selectin")

    @property
    def organization(self) -> Organization:
        return self.meeting.organizer


class MeetingDecisionTranslation(TranslationMixin, db.Model):
    __tablename__ = "meeting_decision_translation"
    __table_args__ = (UniqueConstraint("decision_id", "locale"),)

    decision_id: Mapped[int] = mapped_column(ForeignKey("meeting_decision.id", ondelete="CASCADE"), index=True)
    text: Mapped[str | None] = mapped_column(Text)

    decision: Mapped[MeetingDecision] = relationship(back_populates="translations")

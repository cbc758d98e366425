"""Campaign proposals: a society (or the regional office) proposes a regional campaign, the region's
societies endorse it or say why not and discuss it, and the coordinator accepts it into a draft
regional campaign or declines it."""
from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Column, Date, ForeignKey, Index, Integer, Numeric, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import TimestampMixin
from app.models.campaign import Campaign
from app.models.diplomacy import Meeting, MeetingDecision
from app.models.org import Organization
from app.models.translation import TranslatableMixin, TranslationMixin
from app.models.user import User

DRAFT, OPEN, ACCEPTED, DECLINED, WITHDRAWN = "draft", "open", "accepted", "declined", "withdrawn"
STATUSES = (DRAFT, OPEN, ACCEPTED, DECLINED, WITHDRAWN)
FINAL = (ACCEPTED, DECLINED, WITHDRAWN)
# A society's answer: it would join (perhaps on conditions), or it would not (and says why).
ENDORSE, REFUSE = "endorse", "refuse"
ANSWERS = (ENDORSE, REFUSE)
# What the history records besides a new status: the coordinator asked for changes; the author edited.
CHANGES_ASKED, EDITED = "changes_asked", "edited"

proposal_society = Table(
    "proposal_society", db.metadata,
    Column("proposal_id", ForeignKey("campaign_proposal.id", ondelete="CASCADE"), primary_key=True),
    Column("organization_id", ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_proposal_society_organization_id", "organization_id"))


class CampaignProposal(TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "campaign_proposal"
    __translatable__ = ("title", "problem", "key_messages", "partners_needed")

    author_org_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), default=DRAFT, index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    audiences_csv: Mapped[str] = mapped_column("audiences", String(255), default="")
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_decision.id", ondelete="SET NULL"), index=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id", ondelete="SET NULL"), index=True)
    # The coordinator's last word: why it was declined, or which changes are asked for (until the next edit).
    coordinator_note: Mapped[str | None] = mapped_column(Text)
    changes_asked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # an edit from a page opened before another is refused

    author_org: Mapped[Organization] = relationship(foreign_keys=[author_org_id])
    author: Mapped[User | None] = relationship(foreign_keys=[author_id])
    meeting: Mapped[Meeting | None] = relationship()
    decision: Mapped[MeetingDecision | None] = relationship()
    campaign: Mapped[Campaign | None] = relationship()
    societies: Mapped[list[Organization]] = relationship(secondary=proposal_society, order_by=Organization.slug)
    translations: Mapped[list["CampaignProposalTranslation"]] = relationship(
        back_populates="proposal", cascade="all, delete-orphan", lazy="selectin")
    indicators: Mapped[list["ProposalIndicator"]] = relationship(
        back_populates="proposal", cascade="all, delete-orphan", order_by="ProposalIndicator.id")
    answers: Mapped[list["ProposalAnswer"]] = relationship(
        back_populates="proposal", cascade="all, delete-orphan", order_by="ProposalAnswer.id")
    comments: Mapped[list["ProposalComment"]] = relationship(
        back_populates="proposal", cascade="all, delete-orphan", order_by="ProposalComment.id")
    events: Mapped[list["ProposalEvent"]] = relationship(
        back_populates="proposal", cascade="all, delete-orphan", order_by="ProposalEvent.id")
    files: Mapped[list["ProposalFile"]] = relationship(
        back_populates="proposal", cascade="all, delete-orphan", order_by="ProposalFile.id")

    @property
    def organization(self) -> Organization:
        return self.author_org

    @property
    def audiences(self) -> list[str]:
        return [a for a in self.audiences_csv.split(",") if a]

    @audiences.setter
    def audiences(self, values) -> None:
        self.audiences_csv = ",".join(values)

    def answer_of(self, org_id: int) -> "ProposalAnswer | None":
        return next((a for a in self.answers if a.organization_id == org_id), None)

    @property
    def endorsements(self) -> list["ProposalAnswer"]:
        return [a for a in self.answers if a.answer == ENDORSE]

    @property
    def refusals(self) -> list["ProposalAnswer"]:
        return [a for a in self.answers if a.answer == REFUSE]


class CampaignProposalTranslation(TranslationMixin, db.Model):
    __tablename__ = "campaign_proposal_translation"
    __table_args__ = (UniqueConstraint("proposal_id", "locale"),)

    proposal_id: Mapped[int] = mapped_column(ForeignKey("campaign_proposal.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    problem: Mapped[str | None] = mapped_column(Text)
    key_messages: Mapped[str | None] = mapped_column(Text)
    partners_needed: Mapped[str | None] = mapped_column(Text)

    proposal: Mapped[CampaignProposal] = relationship(back_populates="translations")


class ProposalIndicator(TranslatableMixin, TimestampMixin, db.Model):
    """An indicator the proposed campaign would move; copied into the campaign when it is accepted."""

    __tablename__ = "proposal_indicator"
    __translatable__ = ("name",)

    proposal_id: Mapped[int] = mapped_column(ForeignKey("campaign_proposal.id", ondelete="CASCADE"), index=True)
    unit: Mapped[str] = mapped_column(String(32), default="people")
    target: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))

    proposal: Mapped[CampaignProposal] = relationship(back_populates="indicators")
    translations: Mapped[list["ProposalIndicatorTranslation"]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", lazy="selectin")

    @property
    def organization(self) -> Organization:
        return self.proposal.author_org


class ProposalIndicatorTranslation(TranslationMixin, db.Model):
    __tablename__ = "proposal_indicator_translation"
    __table_args__ = (UniqueConstraint("indicator_id", "locale"),)

    indicator_id: Mapped[int] = mapped_column(ForeignKey("proposal_indicator.id", ondelete="CASCADE"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))

    indicator: Mapped[ProposalIndicator] = relationship(back_populates="translations")


class ProposalAnswer(TimestampMixin, db.Model):
    """One society's answer to a proposal; answering again changes it."""

    __tablename__ = "proposal_answer"
    __table_args__ = (UniqueConstraint("proposal_id", "organization_id"),)

    proposal_id: Mapped[int] = mapped_column(ForeignKey("campaign_proposal.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    answer: Mapped[str] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text)  # conditions of an endorsement, or why the society would not
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    proposal: Mapped[CampaignProposal] = relationship(back_populates="answers")
    organization: Mapped[Organization] = relationship()
    answered_by: Mapped[User | None] = relationship()


class ProposalComment(TimestampMixin, db.Model):
    __tablename__ = "proposal_comment"

    proposal_id: Mapped[int] = mapped_column(ForeignKey("campaign_proposal.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id", ondelete="SET NULL"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    locale: Mapped[str] = mapped_column(String(5), default="ru")  # the language it was written in
    body: Mapped[str] = mapped_column(Text)

    proposal: Mapped[CampaignProposal] = relationship(back_populates="comments")
    organization: Mapped[Organization | None] = relationship()
    author: Mapped[User | None] = relationship()


class ProposalEvent(TimestampMixin, db.Model):
    """The proposal's history: each new status, each request for changes and each edit, by whom."""

    __tablename__ = "proposal_event"

    proposal_id: Mapped[int] = mapped_column(ForeignKey("campaign_proposal.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(16))  # a status, or CHANGES_ASKED / EDITED
    note: Mapped[str | None] = mapped_column(Text)

    proposal: Mapped[CampaignProposal] = relationship(back_populates="events")
    actor: Mapped[User | None] = relationship()


class ProposalFile(TimestampMixin, db.Model):
    __tablename__ = "proposal_file"

    proposal_id: Mapped[int] = mapped_column(ForeignKey("campaign_proposal.id", ondelete="CASCADE"), index=True)
    storage_key: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    proposal: Mapped[CampaignProposal] = relationship(back_populates="files")

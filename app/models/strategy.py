"""A society's development strategy (a period such as 2026–2030 and its strategic aims), to which the
objectives of its humanitarian-diplomacy plans are tied."""
from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import TimestampMixin
from app.models.removal import RemovableMixin
from app.models.diplomacy import PlanObjective
from app.models.org import Organization
from app.models.translation import TranslatableMixin, TranslationMixin

objective_aim = Table(
    "objective_aim", db.metadata,
    Column("objective_id", ForeignKey("plan_objective.id", ondelete="CASCADE"), primary_key=True),
    Column("aim_id", ForeignKey("strategic_aim.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_objective_aim_aim_id", "aim_id"))


class DevelopmentStrategy(TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "development_strategy"
    __translatable__ = ("title",)

    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)
    shared_with_region: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # an edit from a page opened before another is refused

    organization: Mapped[Organization] = relationship()
    translations: Mapped[list["DevelopmentStrategyTranslation"]] = relationship(
        back_populates="strategy", cascade="all, delete-orphan", lazy="selectin")
    aims: Mapped[list["StrategicAim"]] = relationship(
        back_populates="strategy", cascade="all, delete-orphan", order_by="StrategicAim.position, StrategicAim.id")


class DevelopmentStrategyTranslation(TranslationMixin, db.Model):
    __tablename__ = "development_strategy_translation"
    __table_args__ = (UniqueConstraint("strategy_id", "locale"),)

    strategy_id: Mapped[int] = mapped_column(ForeignKey("development_strategy.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(200))

    strategy: Mapped[DevelopmentStrategy] = relationship(back_populates="translations")


class StrategicAim(RemovableMixin, TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "strategic_aim"
    __translatable__ = ("title", "description")

    strategy_id: Mapped[int] = mapped_column(ForeignKey("development_strategy.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # an edit from a page opened before another is refused

    strategy: Mapped[DevelopmentStrategy] = relationship(back_populates="aims")
    translations: Mapped[list["StrategicAimTranslation"]] = relationship(
        back_populates="aim", cascade="all, delete-orphan", lazy="selectin")
    objectives: Mapped[list[PlanObjective]] = relationship(secondary=objective_aim, back_populates="aims")

    @property
    def organization(self) -> Organization:
        return self.strategy.organization


class StrategicAimTranslation(TranslationMixin, db.Model):
    __tablename__ = "strategic_aim_translation"
    __table_args__ = (UniqueConstraint("aim_id", "locale"),)

    aim_id: Mapped[int] = mapped_column(ForeignKey("strategic_aim.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)

    aim: Mapped[StrategicAim] = relationship(back_populates="translations")

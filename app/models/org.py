"""Organizations (the tenants) and their departments; names and descriptions are translatable."""
from sqlalchemy import Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import TimestampMixin
from app.models.translation import TranslatableMixin, TranslationMixin

NATIONAL_SOCIETY = "national_society"
REGIONAL_OFFICE = "regional_office"
ORG_KINDS = (NATIONAL_SOCIETY, REGIONAL_OFFICE)


class Organization(TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "organization"
    __translatable__ = ("name", "description")

    slug: Mapped[str] = mapped_column(String(63), unique=True)
    kind: Mapped[str] = mapped_column(String(32), default=NATIONAL_SOCIETY)
    country_code: Mapped[str | None] = mapped_column(String(2))
    default_locale: Mapped[str] = mapped_column(String(5), default="ru")
    # Ordered, comma-separated locale codes, e.g. "ky,ru".
    working_locales_csv: Mapped[str] = mapped_column("working_locales", String(64), default="ru")
    share_member_emails: Mapped[bool] = mapped_column(Boolean, default=False)

    translations: Mapped[list["OrganizationTranslation"]] = relationship(
        back_populates="organization", cascade="all, delete-orphan", lazy="selectin"
    )
    departments: Mapped[list["Department"]] = relationship(
        back_populates="organization", cascade="all, delete-orphan", order_by="Department.id"
    )

    @property
    def working_locales(self) -> list[str]:
        return [code for code in self.working_locales_csv.split(",") if code]

    @working_locales.setter
    def working_locales(self, codes) -> None:
        self.working_locales_csv = ",".join(codes)

    @property
    def is_regional_office(self) -> bool:
        return self.kind == REGIONAL_OFFICE

    def __repr__(self) -> str:
        return f"<Organization {self.slug}>"


class OrganizationTranslation(TranslationMixin, db.Model):
    __tablename__ = "organization_translation"
    __table_args__ = (UniqueConstraint("organization_id", "locale"),)

    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)

    organization: Mapped[Organization] = relationship(back_populates="translations")


class Department(TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "department"
    __translatable__ = ("name",)

    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    focal_user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    organization: Mapped[Organization] = relationship(back_populates="departments")
    translations: Mapped[list["DepartmentTranslation"]] = relationship(
        back_populates="department", cascade="all, delete-orphan", lazy="selectin"
    )


class DepartmentTranslation(TranslationMixin, db.Model):
    __tablename__ = "department_translation"
    __table_args__ = (UniqueConstraint("department_id", "locale"),)

    department_id: Mapped[int] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))

    department: Mapped[Department] = relationship(back_populates="translations")

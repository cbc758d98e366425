"""People, their memberships in organizations, invitations, password resets and volunteer applications."""
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import TimestampMixin, as_utc, utcnow
from app.models.org import Department, Organization

ROLE_COORDINATOR = "coordinator"
ROLE_ADMIN = "admin"
ROLE_STAFF = "staff"
ROLE_TRANSLATOR = "translator"
ROLE_VOLUNTEER = "volunteer"
SOCIETY_ROLES = (ROLE_ADMIN, ROLE_STAFF, ROLE_TRANSLATOR, ROLE_VOLUNTEER)
REGIONAL_ROLES = (ROLE_COORDINATOR, ROLE_STAFF, ROLE_TRANSLATOR)
ALL_ROLES = (ROLE_COORDINATOR, *SOCIETY_ROLES)


class User(UserMixin, TimestampMixin, db.Model):
    __tablename__ = "user"

    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    full_name: Mapped[str] = mapped_column(String(200), default="")
    preferred_locale: Mapped[str | None] = mapped_column(String(5))
    is_active_flag: Mapped[bool] = mapped_column("is_active", Boolean, default=True)
    is_platform_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Bumped on logout, password change, deactivation and reactivation: sessions carry it and die with it.
    session_version: Mapped[int] = mapped_column(Integer, default=1)
    # The hash of the secret in the private calendar feed's address (the address is shown once, when made).
    calendar_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    calendar_token_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    memberships: Mapped[list["Membership"]] = relationship(
        back_populates="user", foreign_keys="Membership.user_id", lazy="selectin"
    )

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"

    @property
    def active_memberships(self) -> list["Membership"]:
        return [m for m in self.memberships if m.is_active]

    @property
    def regional_office(self):
        """The regional office the user works in (an active membership), if any."""
        return next((m.organization for m in self.active_memberships if m.organization.is_regional_office), None)

    @property
    def is_active(self) -> bool:  # Flask-Login asks this before logging in.
        return bool(self.is_active_flag and (self.is_platform_admin or self.active_memberships))

    def __repr__(self) -> str:
        return f"<User {self.email}>"


class Membership(TimestampMixin, db.Model):
    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("user_id", "organization_id"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="SET NULL"), index=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The languages a translator translates into, comma-separated ("tg,ru").
    translation_locales_csv: Mapped[str] = mapped_column(
        "translation_locales", String(64), default="", server_default="")

    user: Mapped[User] = relationship(back_populates="memberships", foreign_keys=[user_id])
    organization: Mapped[Organization] = relationship(lazy="joined")
    department: Mapped[Department | None] = relationship()

    @property
    def translation_locales(self) -> list[str]:
        return [code for code in self.translation_locales_csv.split(",") if code]

    @translation_locales.setter
    def translation_locales(self, codes) -> None:
        self.translation_locales_csv = ",".join(codes)


class Invitation(TimestampMixin, db.Model):
    __tablename__ = "invitation"

    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(20))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="SET NULL"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    locale: Mapped[str] = mapped_column(String(5), default="ru")
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    invited_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    organization: Mapped[Organization] = relationship()
    department: Mapped[Department | None] = relationship()

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None and as_utc(self.expires_at) > utcnow()


class PasswordReset(TimestampMixin, db.Model):
    """A reset asked for. Unknown addresses get a row too (no user, never usable): both cost the same,
    and the rows of the last hour per address are the per-account limit on reset e-mails."""

    __tablename__ = "password_reset"

    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    email_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user: Mapped[User | None] = relationship()


class VolunteerApplication(TimestampMixin, db.Model):
    """Someone who asked to volunteer with a society through the public form. Nothing else exists for them
    until its admins approve: then the account (or, for a known address, the membership) is made. A
    declined application's personal data is deleted 30 days after the decision (`flask volunteers purge`)."""

    __tablename__ = "volunteer_application"

    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    languages_csv: Mapped[str] = mapped_column("languages", String(64), default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    locale: Mapped[str] = mapped_column(String(5), default="ru")  # the language the person wrote in
    consent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    token_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(12), default="unconfirmed", index=True)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decline_reason: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    organization: Mapped["Organization"] = relationship()

    @property
    def languages(self) -> list[str]:
        return [code for code in self.languages_csv.split(",") if code]

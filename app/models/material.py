"""Campaign material: translatable title and description, one file per language (older versions kept),
an audience and a two-party clearance before volunteers or the public see it."""
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import TimestampMixin
from app.models.campaign import Campaign
from app.models.org import Organization
from app.models.translation import TranslatableMixin, TranslationMixin
from app.models.user import User

MATERIAL_KINDS = ("poster", "leaflet", "guide", "social_kit", "press_release", "video", "other")
AUDIENCES = ("public", "volunteers", "participants", "organization")
CLEARED_AUDIENCES = ("public", "volunteers")  # these wait for clearance before their readers see them
DRAFT, SUBMITTED, CLEARED = "draft", "submitted", "cleared"
CLEARANCES = (DRAFT, SUBMITTED, CLEARED)


class Material(TranslatableMixin, TimestampMixin, db.Model):
    __tablename__ = "material"
    __translatable__ = ("title", "description")

    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    owner_org_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16), default="leaflet")
    audience: Mapped[str] = mapped_column(String(16), default="volunteers", index=True)
    clearance: Mapped[str] = mapped_column(String(10), default=DRAFT, index=True)
    video_url: Mapped[str | None] = mapped_column(String(500))
    # The two parties: the owning society's admin, and the coordinator for a regional campaign.
    owner_cleared_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    owner_cleared_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    region_cleared_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    region_cleared_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    returned_comment: Mapped[str | None] = mapped_column(Text)

    campaign: Mapped[Campaign | None] = relationship()
    owner_org: Mapped[Organization] = relationship()
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])
    translations: Mapped[list["MaterialTranslation"]] = relationship(
        back_populates="material", cascade="all, delete-orphan", lazy="selectin")
    files: Mapped[list["MaterialFile"]] = relationship(
        back_populates="material", cascade="all, delete-orphan", order_by="MaterialFile.id")

    @property
    def organization(self) -> Organization:
        return self.owner_org

    @property
    def needs_clearance(self) -> bool:
        return self.audience in CLEARED_AUDIENCES

    @property
    def needs_region(self) -> bool:
        """A regional campaign's material of a society is cleared by the region too (the regional office's
        own material has one party: itself)."""
        return (self.campaign is not None and self.campaign.scope == "regional"
                and not self.owner_org.is_regional_office)

    @property
    def current_files(self) -> list["MaterialFile"]:
        return [f for f in self.files if f.is_current]


class MaterialTranslation(TranslationMixin, db.Model):
    __tablename__ = "material_translation"
    __table_args__ = (UniqueConstraint("material_id", "locale"),)

    material_id: Mapped[int] = mapped_column(ForeignKey("material.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)

    material: Mapped[Material] = relationship(back_populates="translations")


class MaterialFile(TimestampMixin, db.Model):
    """One language's file. A replaced file stays (is_current false), downloadable by its society."""

    __tablename__ = "material_file"

    material_id: Mapped[int] = mapped_column(ForeignKey("material.id", ondelete="CASCADE"), index=True)
    locale: Mapped[str] = mapped_column(String(5))
    storage_key: Mapped[str] = mapped_column(String(80), unique=True)
    thumbnail_key: Mapped[str | None] = mapped_column(String(80))
    original_name: Mapped[str] = mapped_column(String(160))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    is_current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    downloads: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    material: Mapped[Material] = relationship(back_populates="files")
    uploaded_by: Mapped[User | None] = relationship()

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")

    @property
    def extension(self) -> str:
        """The type detected at upload, which the stored name always ends in: "pdf", "png", "docx"..."""
        return self.original_name.rsplit(".", 1)[-1].lower()


class DownloadMark(db.Model):
    """A file counted for a reader on a day: a download counts once per person per file per day, so a
    page elsewhere that makes browsers fetch the file cannot inflate the count. `reader` is a keyed
    hash of the account, or of the address for anonymous readers (no address is stored)."""

    __tablename__ = "download_mark"
    __table_args__ = (UniqueConstraint("file_id", "reader", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("material_file.id", ondelete="CASCADE"))
    reader: Mapped[str] = mapped_column(String(64))
    day: Mapped[date] = mapped_column(Date, index=True)

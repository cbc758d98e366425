"""Personal access tokens for the JSON API: what a person made for a script or another tool."""
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import TimestampMixin, as_utc, utcnow

SCOPE_READ, SCOPE_WRITE = "read", "write"
SCOPES = (SCOPE_READ, SCOPE_WRITE)
PREFIX = "hamkor_"  # every token starts with it: a secret scanner can spot one pasted where it should not be


class ApiToken(TimestampMixin, db.Model):
    __tablename__ = "api_token"
    raises_version = False  # a token's last use is not what kept pages show (app/caching.py)

    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    scope: Mapped[str] = mapped_column(String(10))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the token; never the token
    hint: Mapped[str] = mapped_column(String(20))  # its first characters, so its owner can tell tokens apart
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user = relationship("User")

    @property
    def expired(self) -> bool:
        return as_utc(self.expires_at) <= utcnow()

    @property
    def usable(self) -> bool:
        return self.revoked_at is None and not self.expired

    @property
    def writes(self) -> bool:
        return self.scope == SCOPE_WRITE

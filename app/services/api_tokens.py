"""Personal access tokens: made by their owner (shown once, kept as a hash), used by the JSON API with
the owner's rights, revoked by the owner; a token of a deactivated person stops working with them."""
import secrets
from datetime import timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.extensions import db
from app.models import ApiToken
from app.models.api_token import PREFIX, SCOPES
from app.models.base import as_utc, utcnow
from app.services import ServiceError, audit
from app.services.tokens import hash_token

MAX_DAYS = 366  # at most a year (a leap year's)
NAME_MAX = 100
# How stale a token's "last used" may get before a request writes it again (one write a minute at most).
LAST_USE_STEP = timedelta(minutes=1)


def tokens_of(user) -> list[ApiToken]:
    """The person's tokens, newest first (revoked and expired ones too: they show what happened)."""
    return list(db.session.scalars(select(ApiToken).where(ApiToken.user_id == user.id)
                                   .order_by(ApiToken.created_at.desc(), ApiToken.id.desc())))


def create(user, *, name: str, scope: str, days: int, via: str | None = None) -> tuple[ApiToken, str]:
    """A new token for `user`; the token itself is returned once and never stored. `via`: how it was
    made when not by the person on their page ("cli")."""
    name = (name or "").strip()
    if not name:
        raise ServiceError(_l("Give the token a name."), field="name")
    if len(name) > NAME_MAX:
        raise ServiceError(_l("The name is too long."), field="name")
    if scope not in SCOPES:
        raise ServiceError(_l("Choose what the token may do."), field="scope")
    if not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ServiceError(_l("A token lasts from one day to a year."), field="days")
    raw = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user_id=user.id, name=name, scope=scope, token_hash=hash_token(raw), hint=raw[:len(PREFIX) + 4],
                     expires_at=utcnow() + timedelta(days=days))
    db.session.add(token)
    db.session.flush()
    audit.record(user, "account.token_created", token, None, name=name, scope=scope,
                 expires=token.expires_at.date().isoformat(), **({"via": via} if via else {}))
    db.session.commit()
    return token, raw


def revoke(user, token_id: int) -> ApiToken:
    """Revoke one of the person's own tokens (another person's is not found: 404 for the page)."""
    token = db.session.scalar(select(ApiToken).where(ApiToken.id == token_id, ApiToken.user_id == user.id))
    if token is None:
        raise LookupError(token_id)
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        audit.record(user, "account.token_revoked", token, None, name=token.name)
        db.session.commit()
    return token


def authenticate(raw: str) -> ApiToken | None:
    """The live token for `raw`, of a person still active; None for anything else. Marks its last use."""
    if not raw or not raw.startswith(PREFIX) or len(raw) > 200:
        return None
    token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(raw)))
    if token is None or not token.usable or not token.user.is_active:
        return None
    now = utcnow()
    if token.last_used_at is None or now - as_utc(token.last_used_at) >= LAST_USE_STEP:
        # Committed at once (no other change of the request rides on it); kept pages stay valid
        # (ApiToken.raises_version) and the audit log does not count it (tests/audit_guard.py).
        token.last_used_at = now
        db.session.commit()
    return token

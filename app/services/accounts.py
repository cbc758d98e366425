"""Logging in, passwords, password resets and the profile."""
import hashlib
import hmac
from datetime import timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, exists, func, or_, select, update
from werkzeug.security import check_password_hash, generate_password_hash

from app.extensions import db
from app.i18n import is_locale
from app.models import Membership, PasswordReset, User
from app.models.base import as_utc, utcnow
from app.services import ServiceError, audit, mail
from app.services.tokens import hash_token, new_token

WRONG_CREDENTIALS = _l("Wrong e-mail or password.")
# One hash per method to compare against when the account does not exist, so timing does not tell.
_DUMMY_HASHES: dict[str, str] = {}


def normalize_email(email: str) -> str:
    return (email or "").strip().lower()


def hash_password(password: str) -> str:
    return generate_password_hash(password, method=current_app.config["PASSWORD_HASH_METHOD"])


def _dummy_hash() -> str:
    method = current_app.config["PASSWORD_HASH_METHOD"]
    if method not in _DUMMY_HASHES:
        _DUMMY_HASHES[method] = generate_password_hash("not a real password", method=method)
    return _DUMMY_HASHES[method]


def find_user(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalize_email(email)))


def password_matches(user: User, password: str) -> bool:
    """Check an account's own password; a wrong one is recorded as a failed login (and committed)."""
    if user.password_hash and check_password_hash(user.password_hash, password or ""):
        return True
    user.failed_logins = (user.failed_logins or 0) + 1
    user.last_failed_login_at = utcnow()
    db.session.commit()
    return False


def authenticate(email: str, password: str) -> User:
    user = find_user(email)
    if user is None or not user.password_hash:
        check_password_hash(_dummy_hash(), password or "")
        raise ServiceError(WRONG_CREDENTIALS)
    if not password_matches(user, password):
        raise ServiceError(WRONG_CREDENTIALS)
    if not user.is_active:
        raise ServiceError(WRONG_CREDENTIALS)
    user.failed_logins = 0
    user.last_login_at = utcnow()
    db.session.commit()
    return user


def update_profile(user: User, full_name: str, preferred_locale: str) -> None:
    if not is_locale(preferred_locale):
        raise ServiceError(_l("Choose one of the offered languages."), field="preferred_locale")
    if user.full_name != full_name.strip():
        audit.record(user, "account.profile_changed", user, None, full_name=[user.full_name, full_name.strip()])
    user.full_name = full_name.strip()
    user.preferred_locale = preferred_locale
    db.session.commit()


def set_preferred_locale(user: User, locale: str) -> None:
    if is_locale(locale) and user.preferred_locale != locale:
        user.preferred_locale = locale
        db.session.commit()


def end_sessions(user: User) -> None:
    """Every session of this account, on every device, stops working (without committing)."""
    user.session_version = (user.session_version or 1) + 1


def logout(user) -> None:
    """Logging out ends the session for good: a copy of its cookie kept from before is refused."""
    if getattr(user, "is_authenticated", False):
        end_sessions(user)
        db.session.commit()


def change_password(user: User, current: str, new: str) -> None:
    if not user.password_hash or not check_password_hash(user.password_hash, current or ""):
        raise ServiceError(_l("The current password is not correct."), field="current_password")
    _set_password(user, new)
    audit.record(user, "account.password_changed", user, None)  # never the password, old or new
    db.session.commit()


def _set_password(user: User, new: str) -> None:
    """A new password ends every session and every reset link still outstanding."""
    user.password_hash = hash_password(new)
    end_sessions(user)
    user.failed_logins = 0
    db.session.execute(
        update(PasswordReset)
        .where(PasswordReset.user_id == user.id, PasswordReset.used_at.is_(None))
        .values(used_at=utcnow())
    )


def _email_hash(email: str) -> str:
    """Keyed: the rows of addresses people typed tell nothing to whoever reads the table without the key."""
    return hmac.new(current_app.secret_key.encode(), b"reset:" + normalize_email(email).encode(),
                    hashlib.sha256).hexdigest()


def request_password_reset(email: str, locale: str, link_for) -> bool:
    """Queue a one-hour, single-use link if the account exists. Says nothing either way.

    Known and unknown addresses do the same work (one look-up, one count, one row written; the mail
    is sent after the answer), so the time taken does not tell whether an account exists. At most
    PASSWORD_RESET_MAILS_PER_HOUR mails go to one address in an hour. Returns whether a mail was queued.
    """
    now = utcnow()
    member = exists().where(Membership.user_id == User.id, Membership.is_active.is_(True))
    user = db.session.execute(select(User.id, User.email, User.full_name, User.preferred_locale).where(
        User.email == normalize_email(email), User.is_active_flag.is_(True),
        or_(User.is_platform_admin.is_(True), member))).first()  # one statement, account or not
    email_hash = _email_hash(email)
    recent = db.session.scalar(select(func.count()).select_from(PasswordReset).where(
        PasswordReset.email_hash == email_hash, PasswordReset.created_at > now - timedelta(hours=1)))
    raw, digest = new_token()
    hours = current_app.config["PASSWORD_RESET_HOURS"]
    db.session.execute(delete(PasswordReset).where(PasswordReset.expires_at < now - timedelta(days=1)))
    db.session.add(PasswordReset(user_id=user.id if user else None, email_hash=email_hash, token_hash=digest,
                                 expires_at=now + timedelta(hours=hours)))
    db.session.commit()
    if user is None or recent >= current_app.config["PASSWORD_RESET_MAILS_PER_HOUR"]:
        return False
    mail.send_later(user.email, "password_reset", user.preferred_locale or locale,
                    user=user, link=link_for(raw), hours=hours)
    return True


def check_reset_token(raw: str) -> PasswordReset:
    reset = db.session.scalar(select(PasswordReset).where(PasswordReset.token_hash == hash_token(raw or "")))
    if reset is None or reset.user_id is None:
        raise ServiceError(_l("This link is not valid. Ask for a new one."))
    if reset.used_at is not None:
        raise ServiceError(_l("This link has already been used. Ask for a new one."))
    if as_utc(reset.expires_at) <= utcnow():
        raise ServiceError(_l("This link has expired. Ask for a new one."))
    return reset


def reset_password(raw: str, new: str) -> User:
    """Every outstanding link of this account dies with the one that was used, and so does the private
    calendar address (whoever may have known the old password may know it too)."""
    reset = check_reset_token(raw)
    _set_password(reset.user, new)
    reset.user.calendar_token_hash = reset.user.calendar_token_at = None
    audit.record(reset.user, "account.password_reset", reset.user, None)
    db.session.commit()
    return reset.user

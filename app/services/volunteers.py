"""Becoming a volunteer through the public form: apply, confirm the e-mail address, and the society's
admins approve (the account, or for a known address the membership, is made then) or decline.

Nothing on the page tells whether an address has an account or has applied before: every application
answers "check your e-mail", and what differs (a confirmation link, or a note that the application is
already waiting) is said in the e-mail, to the address's owner only.
"""
from datetime import timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, select

from app.extensions import db
from app.i18n import LOCALES
from app.models import Membership, Organization, PasswordReset, User, VolunteerApplication
from app.models.base import as_utc, utcnow
from app.models.org import NATIONAL_SOCIETY
from app.models.user import ROLE_VOLUNTEER
from app.services import ServiceError, audit, mail, notifications
from app.services.accounts import find_user, hash_password, normalize_email
from app.services.tokens import hash_token, new_token

UNCONFIRMED, PENDING, APPROVED, DECLINED = "unconfirmed", "pending", "approved", "declined"
CONFIRM_DAYS = 7  # the confirmation link; an unconfirmed application is deleted after it
WELCOME_DAYS = 7  # the password-setting link of a new volunteer
KEEP_DECLINED_DAYS = 30


def apply(org: Organization | None, *, full_name: str, email: str, phone: str, city: str, languages, interests: str,
          consent: bool, locale: str, link_for) -> VolunteerApplication | None:
    """Record an application and e-mail its confirmation link. Applying again while an application to the
    same society waits sends the address a note (and, if unconfirmed, a fresh link) instead: nothing new
    is stored. Returns the application, or None when nothing was stored."""
    if org is None or org.kind != NATIONAL_SOCIETY:
        raise ServiceError(_l("Choose a society."), field="org")
    if not consent:
        raise ServiceError(_l("Accept the society's note on how it uses your data."), field="consent")
    email = normalize_email(email)
    waiting = db.session.scalar(select(VolunteerApplication).where(
        VolunteerApplication.organization_id == org.id, VolunteerApplication.email == email,
        VolunteerApplication.status.in_((UNCONFIRMED, PENDING))))
    raw, digest = new_token()
    expires = utcnow() + timedelta(days=CONFIRM_DAYS)
    if waiting is not None:
        if waiting.status == UNCONFIRMED:
            waiting.token_hash, waiting.token_expires_at = digest, expires
            audit.record(None, "volunteer.link_renewed", waiting, org)
            db.session.commit()
            _mail_link(waiting, raw, link_for)
        else:
            mail.send_later(email, "volunteer_waiting", waiting.locale, org=org)
        return None
    application = VolunteerApplication(
        organization=org, full_name=full_name.strip(), email=email, phone=(phone or "").strip(),
        city=(city or "").strip(), languages_csv=",".join(c for c in LOCALES if c in (languages or [])),
        interests=(interests or "").strip(), locale=locale, consent_at=utcnow(), token_hash=digest,
        token_expires_at=expires, status=UNCONFIRMED)
    db.session.add(application)
    db.session.flush()
    audit.record(None, "volunteer.applied", application, org)
    db.session.commit()
    _mail_link(application, raw, link_for)
    return application


def _mail_link(application, raw: str, link_for) -> None:
    mail.send_later(application.email, "volunteer_confirm", application.locale, org=application.organization,
                    link=link_for(raw), days=CONFIRM_DAYS)


LINK_PROBLEM = _l("This link is not valid or has already been used. If you applied, your application is "
                  "waiting for the society's answer.")
EXPIRED = _l("This link has expired. Apply again to get a new one.")


def is_waiting_for_confirmation(raw: str) -> bool:
    return db.session.scalar(select(VolunteerApplication.id).where(
        VolunteerApplication.token_hash == hash_token(raw or ""), VolunteerApplication.status == UNCONFIRMED)) \
        is not None


def confirm(raw: str) -> VolunteerApplication:
    """The address is the applicant's: the application now waits for the society's admins, who are told."""
    application = db.session.scalar(select(VolunteerApplication).where(
        VolunteerApplication.token_hash == hash_token(raw or "")))
    if application is None or application.status != UNCONFIRMED:
        raise ServiceError(LINK_PROBLEM)
    if as_utc(application.token_expires_at) <= utcnow():
        raise ServiceError(EXPIRED)
    application.status, application.confirmed_at, application.token_hash = PENDING, utcnow(), None
    audit.record(None, "volunteer.confirmed", application, application.organization)
    _tell_admins(application)
    db.session.commit()
    return application


def _tell_admins(application) -> None:
    """A notification to each admin of the society (no task or material behind it: it leads to the
    members page, where the application waits)."""
    admins = [u for u in notifications.org_admins(application.organization) if u.is_active]
    notifications.add_rows(admins, "volunteer", data={"org_id": application.organization_id})


def pending(org: Organization) -> list[VolunteerApplication]:
    return list(db.session.scalars(select(VolunteerApplication).where(
        VolunteerApplication.organization_id == org.id, VolunteerApplication.status == PENDING)
        .order_by(VolunteerApplication.confirmed_at, VolunteerApplication.id)))


def _decidable(application) -> None:
    if application.status != PENDING:
        raise ServiceError(_l("This application has already been answered."))


def approve(actor, application: VolunteerApplication, link_for) -> User:
    """A volunteer of the society: a new account with a link to choose a password, or (for an address that
    has an account) a membership of it. A welcome e-mail in the applicant's language either way."""
    _decidable(application)
    org = application.organization
    user = find_user(application.email)
    link = None
    if user is None:
        user = User(email=application.email, full_name=application.full_name, preferred_locale=application.locale,
                    password_hash=hash_password(new_token()[0]))
        db.session.add(user)
        db.session.flush()
        raw, digest = new_token()
        db.session.add(PasswordReset(user_id=user.id, token_hash=digest,
                                     expires_at=utcnow() + timedelta(days=WELCOME_DAYS)))
        link = link_for(raw)
    membership = db.session.scalar(select(Membership).where(Membership.user_id == user.id,
                                                            Membership.organization_id == org.id))
    if membership is None:
        membership = Membership(user=user, organization_id=org.id, role=ROLE_VOLUNTEER)
        db.session.add(membership)
    elif not membership.is_active:
        membership.is_active = True
    application.status, application.decided_by_id, application.decided_at = APPROVED, actor.id, utcnow()
    application.user_id = user.id
    db.session.flush()
    audit.record(actor, "volunteer.approved", application, org, user_id=user.id)
    db.session.commit()
    mail.send_later(application.email, "volunteer_welcome", application.locale, org=org, link=link,
                    days=WELCOME_DAYS, name=application.full_name)
    return user


def decline(actor, application: VolunteerApplication, reason: str) -> None:
    reason = (reason or "").strip()
    if not reason:
        raise ServiceError(_l("Say why, so the person knows."), field="reason")
    _decidable(application)
    application.status, application.decided_by_id, application.decided_at = DECLINED, actor.id, utcnow()
    application.decline_reason = reason
    audit.record(actor, "volunteer.declined", application, application.organization)
    db.session.commit()
    mail.send_later(application.email, "volunteer_declined", application.locale, org=application.organization,
                    reason=reason, days=KEEP_DECLINED_DAYS)


def purge(now=None) -> int:
    """Delete declined applications 30 days after the decision and unconfirmed ones whose link expired.
    Returns how many were deleted."""
    now = now or utcnow()
    result = db.session.execute(delete(VolunteerApplication).where(
        ((VolunteerApplication.status == DECLINED)
         & (VolunteerApplication.decided_at < now - timedelta(days=KEEP_DECLINED_DAYS)))
        | ((VolunteerApplication.status == UNCONFIRMED) & (VolunteerApplication.token_expires_at < now))))
    db.session.commit()
    current_app.logger.info("purged %d volunteer applications", result.rowcount)
    return result.rowcount

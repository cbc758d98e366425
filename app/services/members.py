"""Invitations and memberships: who belongs to a society, in which role."""
from datetime import timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select, update

from app.extensions import db
from app.i18n import LOCALES
from app.models import Invitation, Membership, Organization, User
from app.models.base import as_utc, utcnow
from app.models.user import ROLE_ADMIN, ROLE_COORDINATOR
from app.policy import roles_for
from app.services import ServiceError, audit, mail
from app.services.accounts import end_sessions, find_user, hash_password, normalize_email, password_matches
from app.services.tokens import hash_token, new_token


def _admin_role(org: Organization) -> str:
    return ROLE_COORDINATOR if org.is_regional_office else ROLE_ADMIN


def _check_role(org: Organization, role: str) -> None:
    if role not in roles_for(org):
        raise ServiceError(_l("This role does not exist in this organization."), field="role")


def _check_department(org: Organization, department) -> None:
    if department is not None and department.organization_id != org.id:
        raise ServiceError(_l("Choose a department of this organization."), field="department")


def invite(actor, org: Organization, email: str, role: str, department, locale: str, link_for) -> Invitation:
    """E-mail a 7-day single-use invitation, whether or not the address has an account.

    Nobody is added without accepting: an existing account accepts while logged in (or with its own
    password), so an invitation is never a way into an account, and the inviter learns nothing about
    accounts of other organizations. A membership another organization deactivated is never touched.
    """
    email = normalize_email(email)
    _check_role(org, role)
    _check_department(org, department)
    department_id = department.id if department else None
    user = find_user(email)
    if user is not None and db.session.scalar(select(Membership.id).where(
            Membership.user_id == user.id, Membership.organization_id == org.id, Membership.is_active.is_(True))):
        raise ServiceError(_l("This person is already a member."), field="email")

    # A new invitation replaces any pending one for the same address.
    db.session.execute(
        update(Invitation)
        .where(Invitation.organization_id == org.id, Invitation.email == email,
               Invitation.accepted_at.is_(None), Invitation.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    raw, digest = new_token()
    invitation = Invitation(
        organization=org, email=email, role=role, department_id=department_id, token_hash=digest,
        locale=locale, invited_by_id=getattr(actor, "id", None),
        expires_at=utcnow() + timedelta(days=current_app.config["INVITATION_DAYS"]),
    )
    db.session.add(invitation)
    db.session.flush()
    audit.record(actor, "member.invited", invitation, org, email=email, role=role)
    db.session.commit()
    mail.send_later(email, "invitation", locale, org=org, role=role, link=link_for(raw),
                    days=current_app.config["INVITATION_DAYS"])
    return invitation


def check_invitation(raw: str) -> Invitation:
    inv = db.session.scalar(select(Invitation).where(Invitation.token_hash == hash_token(raw or "")))
    if inv is None or inv.revoked_at is not None:
        raise ServiceError(_l("This invitation is not valid. Ask the society's admin for a new one."))
    if inv.accepted_at is not None:
        raise ServiceError(_l("This invitation has already been used. Log in with your e-mail and password."))
    if as_utc(inv.expires_at) <= utcnow():
        raise ServiceError(_l("This invitation has expired. Ask the society's admin for a new one."))
    return inv


def invitation_email(raw: str) -> str | None:
    """The address an invitation link is for (any state), or None."""
    return db.session.scalar(select(Invitation.email).where(Invitation.token_hash == hash_token(raw or "")))


def invited_account(invitation: Invitation) -> User | None:
    """The account the invited address already has, if any: it must accept as itself."""
    return find_user(invitation.email)


def accept_invitation(raw: str, *, current=None, password: str = "", full_name: str = "") -> User:
    """Join the inviting organization.

    Without an account for the address, the account is made with `full_name` and `password`. With
    one, the person proves it is theirs: logged in as it (`current`), or by typing its password. The
    sign-up path of every other pending invitation to the address ends here: once the account exists,
    those invitations too need its owner.
    """
    inv = check_invitation(raw)
    user = find_user(inv.email)
    if user is None:
        user = User(email=inv.email, full_name=full_name.strip(), password_hash=hash_password(password),
                    preferred_locale=inv.locale)
        db.session.add(user)
        db.session.flush()
    elif getattr(current, "id", None) != user.id:
        if not password_matches(user, password) or not user.is_active_flag:  # a wrong one counts as a failed login
            raise ServiceError(_l("This is not the password of %(email)s.", email=inv.email), field="password")
    membership = db.session.scalar(
        select(Membership).where(Membership.user_id == user.id, Membership.organization_id == inv.organization_id)
    )
    if membership is None:
        membership = Membership(user=user, organization_id=inv.organization_id, role=inv.role,
                                department_id=inv.department_id)
        db.session.add(membership)
    else:  # this organization's own membership, which it deactivated and now invites back
        membership.role, membership.department_id, membership.is_active = inv.role, inv.department_id, True
    inv.accepted_at = utcnow()
    db.session.flush()
    audit.record(user, "member.joined", membership, inv.organization, email=inv.email, role=inv.role)
    db.session.commit()
    return user


def revoke_invitation(actor, invitation: Invitation) -> None:
    if not invitation.is_pending:
        raise ServiceError(_l("This invitation is no longer pending."))
    invitation.revoked_at = utcnow()
    audit.record(actor, "member.invitation_revoked", invitation, invitation.organization, email=invitation.email)
    db.session.commit()


def _active_admins(org: Organization) -> int:
    return db.session.scalar(
        select(func.count()).select_from(Membership).where(
            Membership.organization_id == org.id, Membership.is_active.is_(True),
            Membership.role == _admin_role(org))
    )


def _keep_an_admin(membership: Membership) -> None:
    org = membership.organization
    if membership.is_active and membership.role == _admin_role(org) and _active_admins(org) <= 1:
        raise ServiceError(_l("A society needs at least one active admin. Make someone else admin first."))


def change_role(actor, membership: Membership, role: str, department=None, languages=None) -> None:
    """Role, department and, for translators, the languages they translate into."""
    org = membership.organization
    _check_role(org, role)
    _check_department(org, department)
    new_department_id = department.id if department else None
    languages = [code for code in LOCALES if code in (languages or [])]
    if (role == membership.role and new_department_id == membership.department_id
            and languages == membership.translation_locales):
        return
    if role != membership.role:
        _keep_an_admin(membership)
    changes = {}
    if role != membership.role:
        changes["role"] = [membership.role, role]
    if new_department_id != membership.department_id:
        changes["department_id"] = [membership.department_id, new_department_id]
    if languages != membership.translation_locales:
        changes["translation_locales"] = [membership.translation_locales, languages]
    membership.role, membership.department_id = role, new_department_id
    membership.translation_locales = languages
    audit.record(actor, "member.role_changed", membership, org, **changes)
    db.session.commit()


def deactivate(actor, membership: Membership) -> None:
    if not membership.is_active:
        return
    if getattr(actor, "id", None) == membership.user_id:
        raise ServiceError(_l("You cannot deactivate yourself: ask another admin of your organization."))
    _keep_an_admin(membership)
    membership.is_active = False
    end_sessions(membership.user)
    audit.record(actor, "member.deactivated", membership, membership.organization, email=membership.user.email)
    db.session.commit()


def reactivate(actor, membership: Membership) -> None:
    if membership.is_active:
        return
    membership.is_active = True
    end_sessions(membership.user)  # a cookie kept from before the deactivation stays dead
    audit.record(actor, "member.reactivated", membership, membership.organization, email=membership.user.email)
    db.session.commit()

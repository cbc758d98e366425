"""Creating organizations and changing their settings."""
import re

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.extensions import db
from app.i18n import is_locale
from app.models import Organization
from app.models.org import ORG_KINDS, REGIONAL_OFFICE
from app.models.user import ROLE_ADMIN, ROLE_COORDINATOR
from app.services import ServiceError, audit, members, translations

SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


def create(actor, *, slug: str, kind: str, country_code: str, default_locale: str, name: str,
           admin_email: str, locale: str, link_for) -> Organization:
    slug = slug.strip().lower()
    if not SLUG_RE.match(slug):
        raise ServiceError(_l("Use lower-case Latin letters, digits and hyphens."), field="slug")
    if db.session.scalar(select(Organization.id).where(Organization.slug == slug)) is not None:
        raise ServiceError(_l("This address is already taken."), field="slug")
    if kind not in ORG_KINDS:
        raise ServiceError(_l("Choose a kind of organization."), field="kind")
    if not is_locale(default_locale):
        raise ServiceError(_l("Choose one of the offered languages."), field="default_locale")
    org = Organization(slug=slug, kind=kind, country_code=(country_code or "").upper() or None,
                       default_locale=default_locale, source_locale=locale)
    org.working_locales = [default_locale] + (["ru"] if default_locale != "ru" else [])
    translations.apply(actor, org, locale, {"name": name})
    db.session.add(org)
    db.session.flush()
    audit.record(actor, "organization.created", org, org, slug=slug, kind=kind)
    db.session.commit()
    role = ROLE_COORDINATOR if kind == REGIONAL_OFFICE else ROLE_ADMIN
    members.invite(actor, org, admin_email, role, None, default_locale, link_for)
    return org


def update_settings(actor, org: Organization, *, share_member_emails: bool, default_locale: str,
                    working_locales: list[str], description: str, locale: str) -> None:
    if not is_locale(default_locale) or not all(is_locale(code) for code in working_locales):
        raise ServiceError(_l("Choose one of the offered languages."), field="default_locale")
    changes = {}
    if org.share_member_emails != share_member_emails:
        changes["share_member_emails"] = [org.share_member_emails, share_member_emails]
    if org.default_locale != default_locale:
        changes["default_locale"] = [org.default_locale, default_locale]
    ordered = [default_locale] + [c for c in working_locales if c != default_locale]
    if org.working_locales != ordered:
        changes["working_locales"] = [org.working_locales, ordered]
    org.share_member_emails, org.default_locale, org.working_locales = share_member_emails, default_locale, ordered
    row = org.translation(locale)
    if (row.description if row else None) != (description.strip() or None):
        translations.apply(actor, org, locale, {"description": description})
        changes["description"] = locale
    if changes:
        audit.record(actor, "organization.settings_changed", org, org, **changes)
    db.session.commit()

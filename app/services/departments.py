"""A society's departments; names are kept per language."""
from flask_babel import lazy_gettext as _l
from sqlalchemy import select, update

from app.extensions import db
from app.models import Department, DepartmentTranslation, Membership, Organization
from app.services import ServiceError, audit, translations


def _check_unique(org: Organization, name: str, exclude_id: int | None = None) -> None:
    # Compared in Python: SQLite's lower() does not fold Cyrillic letters.
    query = (
        select(DepartmentTranslation.name)
        .join(DepartmentTranslation.department)
        .where(Department.organization_id == org.id)
    )
    if exclude_id is not None:
        query = query.where(Department.id != exclude_id)
    wanted = name.casefold()
    if any((existing or "").casefold() == wanted for existing in db.session.scalars(query)):
        raise ServiceError(_l("A department with this name already exists."), field="name")


def create(actor, org: Organization, name: str, locale: str) -> Department:
    name = name.strip()
    _check_unique(org, name)
    dept = Department(organization=org, source_locale=locale)
    translations.apply(actor, dept, locale, {"name": name})
    db.session.add(dept)
    db.session.flush()
    audit.record(actor, "department.created", dept, org, name=name, locale=locale)
    db.session.commit()
    return dept


def rename(actor, dept: Department, name: str, locale: str) -> None:
    """Renaming in the source language makes the other languages outdated; in another, only that one changes."""
    name = name.strip()
    _check_unique(dept.organization, name, exclude_id=dept.id)
    row = dept.translation(locale)
    old = row.name if row else None
    translations.apply(actor, dept, locale, {"name": name})
    audit.record(actor, "department.renamed", dept, dept.organization, locale=locale, name=[old, name])
    db.session.commit()


def remove(actor, dept: Department) -> None:
    """Members of the department stay members, without a department."""
    org = dept.organization
    db.session.execute(update(Membership).where(Membership.department_id == dept.id).values(department_id=None))
    audit.record(actor, "department.removed", dept, org,
                 names={t.locale: t.name for t in dept.translations})
    db.session.delete(dept)
    db.session.commit()

from app.models.audit import AuditEvent
from app.models.org import (
    NATIONAL_SOCIETY,
    REGIONAL_OFFICE,
    Department,
    DepartmentTranslation,
    Organization,
    OrganizationTranslation,
)
from app.models.user import Invitation, Membership, PasswordReset, User

__all__ = [
    "AuditEvent",
    "Department",
    "DepartmentTranslation",
    "Invitation",
    "Membership",
    "NATIONAL_SOCIETY",
    "Organization",
    "OrganizationTranslation",
    "PasswordReset",
    "REGIONAL_OFFICE",
    "User",
]

from app.models.audit import AuditEvent
from app.models.campaign import (
    Campaign,
    CampaignTranslation,
    CampaignUpdate,
    CampaignUpdateTranslation,
    Indicator,
    IndicatorReport,
    IndicatorTarget,
    IndicatorTranslation,
    Milestone,
    MilestoneTranslation,
    Participation,
    ParticipationTranslation,
)
from app.models.org import (
    NATIONAL_SOCIETY,
    REGIONAL_OFFICE,
    Department,
    DepartmentTranslation,
    Organization,
    OrganizationTranslation,
)
from app.models.material import Material, MaterialFile, MaterialTranslation
from app.models.notification import Notification, NotificationPreference, TaskWatch
from app.models.task import Task, TaskComment, TaskEvent, TaskTranslation
from app.models.user import Invitation, Membership, PasswordReset, User

__all__ = [
    "Campaign",
    "CampaignTranslation",
    "CampaignUpdate",
    "CampaignUpdateTranslation",
    "Indicator",
    "IndicatorReport",
    "IndicatorTarget",
    "IndicatorTranslation",
    "Milestone",
    "MilestoneTranslation",
    "Participation",
    "ParticipationTranslation",
    "AuditEvent",
    "Department",
    "DepartmentTranslation",
    "Invitation",
    "Material",
    "MaterialFile",
    "MaterialTranslation",
    "Membership",
    "NATIONAL_SOCIETY",
    "Notification",
    "NotificationPreference",
    "Organization",
    "OrganizationTranslation",
    "PasswordReset",
    "REGIONAL_OFFICE",
    "Task",
    "TaskComment",
    "TaskEvent",
    "TaskTranslation",
    "TaskWatch",
    "User",
]

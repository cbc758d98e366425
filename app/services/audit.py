from app.extensions import db
from app.models import AuditEvent


def record(actor, action: str, obj, organization=None, **changes) -> AuditEvent:
    """Add an audit event to the current transaction (the caller commits)."""
    event = AuditEvent(
        actor_id=getattr(actor, "id", None),
        organization_id=getattr(organization, "id", None),
        action=action,
        object_type=type(obj).__name__,
        object_id=getattr(obj, "id", None),
        changes={k: v for k, v in changes.items()},
    )
    db.session.add(event)
    return event

"""The audit log: who did what to which object of which organization, when, from which address, with
the fields that changed (before → after as [old, new]). Secret values are never written."""
from flask import g, has_request_context, request

from app.extensions import db
from app.models import AuditEvent

# Fields whose values must never reach the log, whatever a caller passes.
SECRET_WORDS = ("password", "token", "secret", "hash")


def _safe(changes: dict) -> dict:
    return {k: ("***" if any(word in k.lower() for word in SECRET_WORDS) else v) for k, v in changes.items()}


def record(actor, action: str, obj, organization=None, **changes) -> AuditEvent:
    """Add an audit event to the current transaction (the caller commits). A change made through the
    JSON API says so, with the name of the token (never the token)."""
    if has_request_context() and g.get("api_token") is not None:
        changes = {**changes, "via": "api", "client": g.api_token.name}
    event = AuditEvent(
        actor_id=getattr(actor, "id", None),
        organization_id=getattr(organization, "id", None),
        action=action,
        object_type=type(obj).__name__,
        object_id=getattr(obj, "id", None),
        changes=_safe(changes),
        ip_address=request.remote_addr if has_request_context() else None,
    )
    db.session.add(event)
    return event

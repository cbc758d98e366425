"""Audit completeness: every commit that a service makes and that writes something people would want
traced must also write an audit event. The guard watches every session while the suite runs; a test
whose code path commits such a write without an audit event fails (see conftest.py), so a new service
function that forgets its audit event is caught by the first test that calls it.

Not traced (personal and technical rows): notifications and their settings, following a task,
download marks, reset requests, background jobs' records (app/services/jobs.py); and on a user only the sign-in bookkeeping (last login, failed logins,
session version) and the interface language.
"""
import traceback

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

UNTRACED_MODELS = {"Notification", "NotificationPreference", "TaskWatch", "DownloadMark", "PasswordReset",
                   "BackgroundJob"}
# A material file's thumbnail, recorded by its queue job (app/services/uploads.py) once the upload was traced.
# A token's last use, written by the API on a request (app/services/api_tokens.py).
UNTRACED_FIELDS = {"MaterialFile": {"thumbnail_key"}, "ApiToken": {"last_used_at"}}
UNTRACED_USER_FIELDS = {"last_login_at", "failed_logins", "last_failed_login_at", "session_version",
                        "preferred_locale"}

violations: list[str] = []


def _changed(obj) -> set[str]:
    state = inspect(obj)
    return {attr.key for attr in state.attrs if attr.history.has_changes()}


def _traced_write(session, obj) -> bool:
    name = type(obj).__name__
    if name in UNTRACED_MODELS:
        return False
    if obj in session.new or obj in session.deleted:
        return True
    changed = _changed(obj) - UNTRACED_FIELDS.get(name, set())
    if name == "User":
        changed -= UNTRACED_USER_FIELDS
    return bool(changed)


@event.listens_for(Session, "before_flush")
def _note_writes(session, flush_context, instances):
    for obj in [*session.new, *session.dirty, *session.deleted]:
        if type(obj).__name__ == "AuditEvent":
            session.info["audited"] = True
        elif _traced_write(session, obj):
            session.info.setdefault("written", set()).add(type(obj).__name__)


@event.listens_for(Session, "after_commit")
def _check(session):
    written, audited = session.info.pop("written", set()), session.info.pop("audited", False)
    if not written or audited:
        return
    frames = [f for f in traceback.extract_stack() if "/app/" in f.filename]
    if any("/app/demo/" in f.filename for f in frames):
        return  # demo data is seeded, not done by anyone
    # The service that wrote (or the view, if one wrote without a service); a test's own setup writing
    # rows directly is not the app's doing.
    where = next((f for f in reversed(frames) if "/app/services/" in f.filename), frames[-1] if frames else None)
    if where is not None:
        violations.append(f"{where.filename.split('/app/')[-1]}:{where.name} wrote {sorted(written)} "
                          "without an audit event")


@event.listens_for(Session, "after_rollback")
def _forget(session):
    session.info.pop("written", None)
    session.info.pop("audited", None)

from flask import render_template, request
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from app import policy
from app.audit import bp
from app.audit.labels import ACTIONS
from app.policy import PLATFORM_ADMIN, access

JOB_KINDS = {"pack": _l("Offline pack"), "cover": _l("Campaign cover"), "thumbnail": _l("Preview"),
             "periodic": _l("Scheduled work")}


@bp.route("/")
@access(PLATFORM_ADMIN)
def index():
    page = request.args.get("page", 1, type=int)
    events = policy.visible_audit_events(current_user, page=max(page, 1))
    return render_template("audit/index.html", events=events, actions=ACTIONS)


@bp.route("/jobs")
@access(PLATFORM_ADMIN)
def jobs():
    """Background jobs that failed for good, with their errors (app/queue.py retries the others)."""
    from app.services import jobs as service

    return render_template("audit/jobs.html", jobs=service.failed(), kinds=JOB_KINDS)

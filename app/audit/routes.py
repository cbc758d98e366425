from flask import render_template, request
from flask_login import current_user

from app import policy
from app.audit import bp
from app.audit.labels import ACTIONS
from app.policy import PLATFORM_ADMIN, access


@bp.route("/")
@access(PLATFORM_ADMIN)
def index():
    page = request.args.get("page", 1, type=int)
    events = policy.visible_audit_events(current_user, page=max(page, 1))
    return render_template("audit/index.html", events=events, actions=ACTIONS)

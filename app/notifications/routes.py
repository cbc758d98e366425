"""A person's notifications: the list (newest first), marking one or all read."""
from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import caching, policy
from app.forms import Form
from app.notifications import bp
from app.policy import LOGIN, access
from app.services import notifications


@bp.route("/")
@access(LOGIN)
@caching.cached_page
def index():
    page = policy.my_notifications(current_user, page=request.args.get("page", 1, type=int))
    return render_template("notifications/index.html", page=page)


@bp.route("/read", methods=["POST"])
@access(LOGIN)
def read_all():
    if Form().validate_on_submit():
        notifications.mark_read(current_user)
        flash(_("All notifications are marked as read."), "success")
    return redirect(url_for("notifications.index"))


@bp.route("/<int:notification_id>/open", methods=["POST"])
@access(LOGIN)
def open_one(notification_id):
    """Mark the notification read and go to what it is about."""
    item = policy.get_notification_or_404(current_user, notification_id)
    if Form().validate_on_submit():
        notifications.mark_read(current_user, item.id)
    if item.task_id and policy.can(current_user, "task.view", item.task):
        return redirect(url_for("tasks.show", task_id=item.task_id))
    if item.material_id and policy.can(current_user, "material.view", item.material):
        return redirect(url_for("materials.show", material_id=item.material_id))
    if item.kind == "volunteer":
        from app.notifications.texts import volunteer_org

        org = volunteer_org(item)
        if org is not None and policy.can(current_user, "org.manage", org):
            return redirect(url_for("spaces.member_list", org_slug=org.slug) + "#applications")
    if item.proposal_id and policy.can(current_user, "proposal.view", item.proposal):
        return redirect(url_for("proposals.show", proposal_id=item.proposal_id))
    if item.meeting_id and policy.can(current_user, "meeting.notice", item):
        endpoint, values = notifications.meeting_target(item)
        return redirect(url_for(endpoint, **values))
    return redirect(url_for("notifications.index"))

"""A space's "recently removed" list: the indicators, milestones, news, reports, plan objectives and
activities the organization removed in the last 30 days, which its admins restore."""
from flask import flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import policy
from app.campaigns.forms import RemoveForm
from app.models.removal import RESTORE_DAYS
from app.policy import MEMBER, access
from app.services import ServiceError, removals
from app.spaces import bp


@bp.route("/removed")
@access(MEMBER)  # the organization's admins (other members 403)
def removed_list():
    policy.authorize(current_user, "org.manage", g.org)
    return render_template("spaces/removed.html", org=g.org, items=policy.removed_parts(current_user, g.org),
                           kind_of=removals.kind_of, days=RESTORE_DAYS, form=RemoveForm())


KINDS = ", ".join(removals.REMOVABLE)


@bp.route(f"/removed/<any({KINDS}):kind>/<int:obj_id>/restore", methods=["POST"])
@access(MEMBER)  # those who may restore it (policy.get_removed_or_404)
def restore(kind, obj_id):
    obj = policy.get_removed_or_404(current_user, g.org, kind, obj_id)
    if RemoveForm().validate_on_submit():
        try:
            removals.restore(current_user, obj)
        except ServiceError as error:
            flash(error.message, "danger")
        else:
            flash(_("Restored."), "success")
    else:
        flash(_("The form could not be read. Please try again."), "danger")
    return redirect(url_for("spaces.removed_list"))

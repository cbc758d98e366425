from flask import render_template, request
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from app import policy
from app.audit import bp
from app.policy import PLATFORM_ADMIN, access

ACTIONS = {
    "organization.created": _l("Organization created"),
    "organization.settings_changed": _l("Settings changed"),
    "member.added": _l("Member added"),
    "member.invited": _l("Member invited"),
    "member.joined": _l("Invitation accepted"),
    "member.invitation_revoked": _l("Invitation withdrawn"),
    "member.role_changed": _l("Role changed"),
    "member.deactivated": _l("Member deactivated"),
    "member.reactivated": _l("Member reactivated"),
    "department.created": _l("Department created"),
    "department.renamed": _l("Department renamed"),
    "department.removed": _l("Department removed"),
    "translation.saved": _l("Translation saved"),
    "translation.reviewed": _l("Translation reviewed"),
    "campaign.created": _l("Campaign created"),
    "campaign.updated": _l("Campaign edited"),
    "campaign.status_changed": _l("Campaign status changed"),
    "campaign.society_invited": _l("Society invited to a campaign"),
    "campaign.joined": _l("Society joined a campaign"),
    "campaign.declined": _l("Society declined a campaign"),
    "campaign.withdrawn": _l("Society withdrew from a campaign"),
    "campaign.adaptation_changed": _l("Local adaptation changed"),
    "campaign.indicator_added": _l("Indicator added"),
    "campaign.value_reported": _l("Indicator value reported"),
    "campaign.milestone_added": _l("Milestone added"),
    "campaign.update_posted": _l("Campaign news posted"),
}


@bp.route("/")
@access(PLATFORM_ADMIN)
def index():
    page = request.args.get("page", 1, type=int)
    events = policy.visible_audit_events(current_user, page=max(page, 1))
    return render_template("audit/index.html", events=events, actions=ACTIONS)

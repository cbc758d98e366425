"""A society's own space: profile, members, departments, settings. Members only (others get 404)."""
from flask import flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from app import caching, policy
from app.tasks.filters import space_filter_form, task_list_page
from app.forms import attach_error
from app.i18n import current_locale, text
from app.policy import MEMBER, access
from app.campaigns.forms import RespondForm
from app.services import ServiceError, campaigns, departments, members, organizations, volunteers
from app.join.forms import DecisionForm
from app.spaces import bp
from app.spaces.forms import ConfirmForm, DepartmentForm, InviteForm, RoleForm, SettingsForm, role_choices
from app.security import external_url

NO_DEPARTMENT = _l("— no department —")


def _department_choices(org, depts):
    return [(0, NO_DEPARTMENT)] + [(d.id, text(d, "name", org)) for d in depts]


def _department(org, department_id):
    return policy.get_department_or_404(current_user, org, department_id) if department_id else None


def _fail(error: ServiceError):
    flash(error.message, "danger")


@bp.route("/")
@access(MEMBER)
@caching.cached_page
def home():
    org = g.org
    diplomacy = {}
    if policy.can(current_user, "plan.view", org):
        diplomacy = _diplomacy_overview(org)
    return render_template(
        "spaces/home.html", org=org,
        members=policy.visible_members(current_user, org),
        departments=policy.visible_departments(current_user, org), **diplomacy,
    )


def _diplomacy_overview(org):
    """The current plan's progress, the partners' next steps and the latest meetings."""
    from datetime import date

    from app.diplomacy.forms import ACTIVITY_STATUS_LABELS
    from app.services import plans

    current = policy.current_plan(current_user, org)
    progress = chart = None
    if current is not None:
        progress = plans.progress(current)
        chart = plans.progress_chart(progress, ACTIVITY_STATUS_LABELS, _("Activities by status"))
    steps = [p for p in policy.space_partners(current_user, org)
             if p.next_step and p.next_step_date and p.next_step_date >= date.today()][:5]
    from app.services import strategies

    strategy = strategies.current(policy.org_strategies(current_user, org))
    return {"current_plan": current, "progress": progress, "progress_chart": chart, "next_steps": steps,
            "strategy": strategy, "aim_counts": strategies.activity_counts(current),
            "recent_meetings": policy.space_meetings(current_user, org, limit=5),
            "meeting_invitations": policy.meeting_invitations(current_user, org)}


@bp.route("/members")
@access(MEMBER)
def member_list():
    return _members_page()


def _members_page(invite_form=None, status=200):
    org = g.org
    depts = policy.visible_departments(current_user, org)
    invite_form = invite_form or InviteForm()
    invite_form.role.choices = role_choices(policy.roles_for(org))
    invite_form.department.choices = _department_choices(org, depts)
    return render_template(
        "spaces/members.html", org=org, members=policy.visible_members(current_user, org),
        invitations=policy.pending_invitations(current_user, org),
        applications=volunteers.pending(org) if policy.can(current_user, "org.manage", org) else [],
        invite_form=invite_form, confirm_form=ConfirmForm(), decision_form=DecisionForm(),
    ), status


@bp.route("/applications/<int:application_id>/approve", methods=["POST"])
@access(MEMBER)  # the society's admins (policy.get_application_or_404: 404 for anyone else)
def approve_application(application_id):
    application = policy.get_application_or_404(current_user, g.org, application_id)
    return _decide(lambda form: volunteers.approve(
        current_user, application,
        lambda token: external_url("auth.reset_password", token=token, lang=application.locale)),
        _("%(name)s is now a volunteer of your society: they have been sent a welcome e-mail.",
          name=application.full_name))


@bp.route("/applications/<int:application_id>/decline", methods=["POST"])
@access(MEMBER)  # the society's admins
def decline_application(application_id):
    application = policy.get_application_or_404(current_user, g.org, application_id)
    return _decide(lambda form: volunteers.decline(current_user, application, form.reason.data),
                   _("The application has been declined; the person has been told why."))


def _decide(run, done: str):
    form = DecisionForm()
    if not form.validate_on_submit():
        flash(_("The form could not be sent. Please try again."), "danger")
        return _members_page(status=400)
    try:
        run(form)
    except ServiceError as error:
        flash(error.message, "danger")
        return _members_page(status=400)
    flash(done, "success")
    return redirect(url_for("spaces.member_list") + "#applications")


@bp.route("/members/invite", methods=["POST"])
@access(MEMBER)
def invite():
    org = g.org
    policy.authorize(current_user, "org.manage", org)
    form = InviteForm()
    form.role.choices = role_choices(policy.roles_for(org))
    form.department.choices = _department_choices(org, policy.visible_departments(current_user, org))
    if form.validate_on_submit():
        try:
            members.invite(
                current_user, org, form.email.data, form.role.data, _department(org, form.department.data),
                current_locale(), lambda token: external_url("auth.accept_invitation", token=token),
            )
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("An invitation has been sent to %(email)s.", email=form.email.data), "success")
            return redirect(url_for("spaces.member_list"))
    return _members_page(invite_form=form, status=400)


@bp.route("/members/<int:membership_id>")
@access(MEMBER)  # the society's admins and the platform admin (membership.change): 403 for other members
def member_edit(membership_id):
    """One member on a page of their own: role, department, languages, deactivation (on a phone the
    list stays a list)."""
    org = g.org
    membership = policy.get_membership_or_404(current_user, org, membership_id)
    policy.authorize(current_user, "membership.change", membership)
    form = RoleForm(data={"role": membership.role, "department": membership.department_id or 0,
                          "languages": membership.translation_locales})
    form.role.choices = role_choices(policy.roles_for(org))
    form.department.choices = _department_choices(org, policy.visible_departments(current_user, org))
    return render_template("spaces/member_edit.html", org=org, m=membership, form=form)


@bp.route("/members/<int:membership_id>/role", methods=["POST"])
@access(MEMBER)
def change_role(membership_id):
    org = g.org
    membership = policy.get_membership_or_404(current_user, org, membership_id)
    policy.authorize(current_user, "membership.change", membership)
    form = RoleForm()
    form.role.choices = role_choices(policy.roles_for(org))
    form.department.choices = _department_choices(org, policy.visible_departments(current_user, org))
    if not form.validate_on_submit():
        flash(_("Choose a role and a department from the lists."), "danger")
    else:
        try:
            members.change_role(current_user, membership, form.role.data, _department(org, form.department.data),
                                languages=form.languages.data or [])
        except ServiceError as error:
            _fail(error)
        else:
            flash(_("The role of %(name)s has been changed.", name=membership.user.full_name), "success")
            return redirect(url_for("spaces.member_list"))
    return redirect(url_for("spaces.member_edit", membership_id=membership.id))


@bp.route("/members/<int:membership_id>/deactivate", methods=["POST"])
@access(MEMBER)
def deactivate(membership_id):
    membership = policy.get_membership_or_404(current_user, g.org, membership_id)
    policy.authorize(current_user, "membership.change", membership)
    if ConfirmForm().validate_on_submit():
        try:
            members.deactivate(current_user, membership)
        except ServiceError as error:
            _fail(error)
        else:
            flash(_("%(name)s has been deactivated and can no longer log in here.",
                    name=membership.user.full_name), "success")
    return redirect(url_for("spaces.member_list"))


@bp.route("/members/<int:membership_id>/reactivate", methods=["POST"])
@access(MEMBER)
def reactivate(membership_id):
    membership = policy.get_membership_or_404(current_user, g.org, membership_id)
    policy.authorize(current_user, "membership.change", membership)
    if ConfirmForm().validate_on_submit():
        members.reactivate(current_user, membership)
        flash(_("%(name)s is an active member again.", name=membership.user.full_name), "success")
    return redirect(url_for("spaces.member_list"))


@bp.route("/invitations/<int:invitation_id>/revoke", methods=["POST"])
@access(MEMBER)
def revoke_invitation(invitation_id):
    invitation = policy.get_invitation_or_404(current_user, g.org, invitation_id)
    policy.authorize(current_user, "invitation.change", invitation)
    if ConfirmForm().validate_on_submit():
        try:
            members.revoke_invitation(current_user, invitation)
        except ServiceError as error:
            _fail(error)
        else:
            flash(_("The invitation has been withdrawn."), "success")
    return redirect(url_for("spaces.member_list"))


def _departments_page(form=None, status=200):
    org = g.org
    return render_template(
        "spaces/departments.html", org=org, departments=policy.visible_departments(current_user, org),
        form=form or DepartmentForm(), rename_form=DepartmentForm(), confirm_form=ConfirmForm(),
    ), status


@bp.route("/departments", methods=["GET", "POST"])
@access(MEMBER)
def department_list():
    form = DepartmentForm()
    if not form.is_submitted():
        return _departments_page(form)
    policy.authorize(current_user, "org.manage", g.org)
    if form.validate_on_submit():
        try:
            departments.create(current_user, g.org, form.name.data, current_locale())
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("The department has been created."), "success")
            return redirect(url_for("spaces.department_list"))
    return _departments_page(form, status=400)


@bp.route("/departments/<int:department_id>/rename", methods=["POST"])
@access(MEMBER)
def rename_department(department_id):
    dept = policy.get_department_or_404(current_user, g.org, department_id)
    policy.authorize(current_user, "department.change", dept)
    form = DepartmentForm()
    if not form.validate_on_submit():
        flash(_("Enter a name of at most 200 characters."), "danger")
    else:
        try:
            departments.rename(current_user, dept, form.name.data, current_locale())
        except ServiceError as error:
            _fail(error)
        else:
            flash(_("The department has been renamed."), "success")
    return redirect(url_for("spaces.department_list"))


@bp.route("/departments/<int:department_id>/delete", methods=["POST"])
@access(MEMBER)
def delete_department(department_id):
    dept = policy.get_department_or_404(current_user, g.org, department_id)
    policy.authorize(current_user, "department.change", dept)
    if ConfirmForm().validate_on_submit():
        departments.remove(current_user, dept)
        flash(_("The department has been removed. Its members stay in the society."), "success")
    return redirect(url_for("spaces.department_list"))


@bp.route("/settings", methods=["GET", "POST"])
@access(MEMBER)
def settings():
    org = g.org
    policy.authorize(current_user, "org.manage", org)
    form = SettingsForm()
    if not form.is_submitted():
        form.description.data = next((t.description for t in org.translations
                                      if t.locale == current_locale()), "") or ""
        form.default_locale.data = org.default_locale
        form.working_locales.data = org.working_locales
        form.share_member_emails.data = org.share_member_emails
    elif form.validate_on_submit():
        try:
            organizations.update_settings(
                current_user, org, share_member_emails=form.share_member_emails.data,
                default_locale=form.default_locale.data, working_locales=form.working_locales.data or [],
                description=form.description.data or "", locale=current_locale(),
            )
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("The settings have been saved."), "success")
            return redirect(url_for("spaces.home"))
    return render_template("spaces/settings.html", org=org, form=form), 400 if form.errors else 200


@bp.route("/campaigns")
@access(MEMBER)
def campaign_list():
    org = g.org
    return render_template("spaces/campaigns.html", org=org, participations=policy.space_participations(current_user, org),
                           respond_form=RespondForm())


@bp.route("/campaigns/<int:participation_id>/respond", methods=["POST"])
@access(MEMBER)
def respond(participation_id):
    participation = policy.get_space_participation_or_404(current_user, g.org, participation_id)
    policy.authorize(current_user, "participation.respond", participation)
    form = RespondForm()
    if form.validate_on_submit():
        try:
            if form.join.data:
                campaigns.join(current_user, participation)
                flash(_("Your society has joined the campaign."), "success")
            elif form.decline.data:
                campaigns.decline(current_user, participation, form.reason.data)
                flash(_("The invitation has been declined."), "success")
            elif form.withdraw.data:
                campaigns.withdraw(current_user, participation, form.reason.data)
                flash(_("Your society has withdrawn from the campaign."), "success")
        except ServiceError as error:
            _fail(error)
    else:
        for errors in form.errors.values():
            for message in errors:
                flash(message, "danger")
    return redirect(url_for("spaces.campaign_list"))


@bp.route("/tasks")
@access(MEMBER)
@caching.cached_page
def task_list():
    form = space_filter_form(current_user)
    tasks = policy.space_tasks(current_user, g.org, form.values().get("side"))
    return render_template("spaces/tasks.html", org=g.org, filters=form, page=task_list_page(tasks, form))


@bp.route("/tasks.<any(csv, xlsx):fmt>")
@access(MEMBER)  # whoever sees the space's task list, with the same filters
def task_export(fmt):
    from app.services import exports
    from app.tasks.exports import tasks_table

    form = space_filter_form(current_user)
    table = tasks_table(policy.space_tasks(current_user, g.org, form.values().get("side")), form,
                        f"{_('Tasks')} · {text(g.org, 'name', g.org)}")
    return exports.response([table], f"{g.org.slug}-tasks", fmt)

"""Meetings and consultations of a society or the regional office, with decisions that become tasks."""
from flask import Response, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import policy
from app.diplomacy import bp
from app.diplomacy.forms import AttendeeForm, DecisionForm, DecisionTaskForm, MeetingForm, MinutesForm
from app.forms import Form, attach_error, submit_edit, submit_removal
from app.i18n import current_locale, text, translated
from app.policy import MEMBER, access
from app.services import ServiceError, meetings, removals, zones
from app.security import external_url


@bp.route("/meetings/", methods=["GET", "POST"])
@access(MEMBER)
def meeting_list():
    items = policy.space_meetings(current_user, g.org)
    form = MeetingForm()
    orgs = policy.visible_organizations(current_user)
    form.participants.choices = [(o.id, text(o, "name", o)) for o in orgs if o.id != g.org.id]
    if form.is_submitted():
        policy.authorize(current_user, "meeting.create", g.org)
        if form.validate():
            chosen = set(form.participants.data or [])
            try:
                meeting = meetings.create(
                    current_user, g.org, title=form.title.data, agenda=form.agenda.data or "",
                    starts_at=zones.to_utc(form.starts_at.data, g.org), ends_at=zones.to_utc(form.ends_at.data, g.org),
                    mode=form.mode.data, location=form.location.data, locale=current_locale(),
                    participants=[o for o in orgs if o.id in chosen])
            except ServiceError as error:
                attach_error(form, error)
            else:
                flash(_("The meeting has been recorded."), "success")
                return redirect(url_for("diplomacy.meeting", meeting_id=meeting.id))
    return render_template("diplomacy/meetings.html", org=g.org, meetings=items, form=form, zones=zones,
                           invitations=policy.meeting_invitations(current_user, g.org)), \
        400 if form.is_submitted() else 200


def _page(meeting, status=200, **forms):
    # Members of the user's own participating organizations; others are written by name (their member
    # lists are theirs alone).
    members = [m.user for org in [meeting.organizer, *meeting.participants]
               for m in policy.visible_members(current_user, org) if m.is_active]
    attendee_form = forms.get("attendee_form") or AttendeeForm()
    attendee_form.user.choices = [(0, "—")] + [(u.id, u.full_name or u.email) for u in members]
    minutes_form = forms.get("minutes_form") or MinutesForm(
        agenda=translated(meeting, "agenda", meeting.organizer)[0],
        minutes=translated(meeting, "minutes", meeting.organizer)[0])
    task_form = DecisionTaskForm()
    task_form.assignee_org.choices = [(o.id, text(o, "name", o)) for o in [meeting.organizer, *meeting.participants]]
    return render_template("diplomacy/meeting.html", org=g.org, meeting=meeting, zones=zones,
                           attendee_form=attendee_form, minutes_form=minutes_form,
                           decision_form=forms.get("decision_form") or DecisionForm(), task_form=task_form,
                           proposing=policy.proposing_organizations(current_user)), status


@bp.route("/meetings/<int:meeting_id>")
@access(MEMBER)
def meeting(meeting_id):
    return _page(policy.get_meeting_or_404(current_user, g.org, meeting_id))


@bp.route("/meetings/<int:meeting_id>/minutes", methods=["POST"])
@access(MEMBER)
def save_minutes(meeting_id):
    meeting = policy.get_meeting_or_404(current_user, g.org, meeting_id)
    policy.authorize(current_user, "meeting.edit", meeting)
    form = MinutesForm()
    if not form.validate_on_submit():
        return _page(meeting, 400, minutes_form=form)
    meetings.save_minutes(current_user, meeting, agenda=form.agenda.data or "", minutes=form.minutes.data or "",
                          locale=translated(meeting, "title", meeting.organizer)[1] or current_locale())
    flash(_("The minutes have been saved."), "success")
    return redirect(url_for("diplomacy.meeting", meeting_id=meeting.id))


@bp.route("/meetings/<int:meeting_id>/attendees", methods=["POST"])
@access(MEMBER)
def add_attendee(meeting_id):
    meeting = policy.get_meeting_or_404(current_user, g.org, meeting_id)
    policy.authorize(current_user, "meeting.edit", meeting)
    form = AttendeeForm()
    members = {m.user.id: m.user for org in [meeting.organizer, *meeting.participants]
               for m in policy.visible_members(current_user, org) if m.is_active}
    form.user.choices = [(0, "—")] + [(i, "") for i in members]
    if form.validate_on_submit():
        try:
            meetings.add_attendee(current_user, meeting, user=members.get(form.user.data), name=form.name.data,
                                  role=form.role.data)
        except ServiceError as error:
            attach_error(form, error)
        else:
            return redirect(url_for("diplomacy.meeting", meeting_id=meeting.id) + "#attendees")
    return _page(meeting, 400, attendee_form=form)


@bp.route("/meetings/<int:meeting_id>/decisions", methods=["POST"])
@access(MEMBER)
def add_decision(meeting_id):
    meeting = policy.get_meeting_or_404(current_user, g.org, meeting_id)
    policy.authorize(current_user, "meeting.edit", meeting)
    form = DecisionForm()
    if form.validate_on_submit():
        meetings.add_decision(current_user, meeting, text=form.text.data, locale=current_locale())
        return redirect(url_for("diplomacy.meeting", meeting_id=meeting.id) + "#decisions")
    return _page(meeting, 400, decision_form=form)


@bp.route("/meetings/<int:meeting_id>/decisions/<int:decision_id>/task", methods=["POST"])
@access(MEMBER)
def decision_task(meeting_id, decision_id):
    meeting = policy.get_meeting_or_404(current_user, g.org, meeting_id)
    decision = policy.get_decision_or_404(meeting, decision_id)
    policy.authorize(current_user, "meeting.assign", meeting)
    form = DecisionTaskForm()
    participants = {o.id: o for o in [meeting.organizer, *meeting.participants]}
    form.assignee_org.choices = [(i, "") for i in participants]
    if decision.task_id is not None:  # asked twice: the task that exists
        flash(_("This decision is already a task."), "info")
        return redirect(url_for("tasks.show", task_id=decision.task_id))
    if not form.validate_on_submit():
        flash(_("Choose an organization that took part in the meeting."), "danger")
        return _page(meeting, 400)
    try:
        task, _created = meetings.decision_to_task(
            current_user, decision, assignee_org=participants[form.assignee_org.data], due_date=form.due_date.data,
            title=translated(decision, "text", meeting.organizer)[0][:200], locale=current_locale())
    except ServiceError as error:
        flash(error.message, "danger")
        return redirect(url_for("diplomacy.meeting", meeting_id=meeting.id) + "#decisions")
    flash(_("The decision is now a task."), "success")
    return redirect(url_for("tasks.show", task_id=task.id))


def _answer(meeting_id, accept: bool):
    invitation = policy.get_meeting_invitation_or_404(current_user, g.org, meeting_id)
    policy.authorize(current_user, "meeting.answer", invitation)
    if not Form().validate_on_submit():
        flash(_("The form has expired. Try again."), "danger")
        return redirect(url_for("diplomacy.meeting_list"))
    try:
        meetings.answer(current_user, invitation, accept)
    except ServiceError as error:
        flash(error.message, "danger")
        return redirect(url_for("diplomacy.meeting_list"))
    if accept:
        flash(_("Your society takes part in the meeting. Its minutes and decisions are now shared with you."),
              "success")
        return redirect(url_for("diplomacy.meeting", meeting_id=meeting_id))
    flash(_("You have declined the invitation. Nothing of this meeting will reach your society."), "info")
    return redirect(url_for("diplomacy.meeting_list"))


@bp.route("/meetings/<int:meeting_id>/accept", methods=["POST"])
@access(MEMBER)
def meeting_accept(meeting_id):
    return _answer(meeting_id, accept=True)


@bp.route("/meetings/<int:meeting_id>/decline", methods=["POST"])
@access(MEMBER)
def meeting_decline(meeting_id):
    return _answer(meeting_id, accept=False)


@bp.route("/meetings/<int:meeting_id>/meeting.ics")
@access(MEMBER)
def meeting_ics(meeting_id):
    meeting = policy.get_meeting_or_404(current_user, g.org, meeting_id)
    body = meetings.ical(meeting, text(meeting, "title", meeting.organizer),
                         external_url("diplomacy.meeting", meeting_id=meeting.id))
    return Response(body, mimetype="text/calendar",
                    headers={"Content-Disposition": f'attachment; filename="meeting-{meeting.id}.ics"'})


@bp.route("/meetings/<int:meeting_id>/print")
@access(MEMBER)
def meeting_print(meeting_id):
    """The minutes on a page made for printing."""
    meeting = policy.get_meeting_or_404(current_user, g.org, meeting_id)
    return render_template("diplomacy/meeting_print.html", org=g.org, meeting=meeting, zones=zones)


@bp.route("/meetings/<int:meeting_id>/edit", methods=["GET", "POST"])
@access(MEMBER)  # the organizer's staff and admins
def edit_meeting(meeting_id):
    meeting = policy.get_meeting_or_404(current_user, g.org, meeting_id)
    policy.authorize(current_user, "meeting.edit", meeting)
    form = MeetingForm(formdata=request.form if request.method == "POST" else None)
    del form.participants, form.agenda
    form.submit.label.text = _("Save")
    status, conflict = 200, False
    if request.method == "GET":
        form.title.data = translated(meeting, "title", meeting.organizer)[0]
        form.starts_at.data = zones.local(meeting.starts_at, meeting.organizer).replace(tzinfo=None)
        form.ends_at.data = zones.local(meeting.ends_at, meeting.organizer).replace(tzinfo=None)
        form.mode.data, form.location.data = meeting.mode, meeting.location
    else:
        outcome = submit_edit(form, lambda version: meetings.edit(
            current_user, meeting, title=form.title.data, mode=form.mode.data, location=form.location.data,
            starts_at=zones.to_utc(form.starts_at.data, meeting.organizer),
            ends_at=zones.to_utc(form.ends_at.data, meeting.organizer), locale=current_locale(), version=version))
        if outcome is None:
            return redirect(url_for("diplomacy.meeting", meeting_id=meeting.id))
        status, conflict = outcome
    return render_template("diplomacy/meeting_edit.html", org=g.org, meeting=meeting, form=form,
                           conflict=conflict), status


@bp.route("/meetings/<int:meeting_id>/remove", methods=["POST"])
@access(MEMBER)  # the organizer's staff and admins
def remove_meeting(meeting_id):
    meeting = policy.get_meeting_or_404(current_user, g.org, meeting_id)
    policy.authorize(current_user, "meeting.edit", meeting)
    submit_removal(lambda: removals.remove(current_user, meeting))
    return redirect(url_for("diplomacy.meeting_list"))

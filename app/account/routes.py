from flask import flash, make_response, redirect, render_template, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user

from app.account import bp
from app.account.forms import PasswordForm, ProfileForm, preferences_form
from app.forms import Form
from app.policy import LOGIN, access
from app.services import ServiceError, accounts, calendars, notifications
from app.security import external_url


def _render(profile_form=None, password_form=None, preferences=None, status=200, feed=None):
    profile_form = profile_form or ProfileForm(obj=current_user)
    return render_template("account/profile.html", profile_form=profile_form,
                           password_form=password_form or PasswordForm(), calendar_url=feed,
                           preferences_form=preferences or preferences_form(
                               notifications.preferences(current_user), submitted=False)), status


@bp.route("/", methods=["GET", "POST"])
@access(LOGIN)
def profile():
    form = ProfileForm(obj=current_user)
    if form.validate_on_submit():
        accounts.update_profile(current_user, form.full_name.data, form.preferred_locale.data)
        flash(_("Your profile has been saved."), "success")
        return redirect(url_for("account.profile", lang=current_user.preferred_locale))
    return _render(profile_form=form, status=400 if form.is_submitted() else 200)


@bp.route("/password", methods=["POST"])
@access(LOGIN)
def change_password():
    form = PasswordForm()
    if form.validate_on_submit():
        try:
            accounts.change_password(current_user, form.current_password.data, form.password.data)
        except ServiceError as error:
            form.current_password.errors.append(error.message)
        else:
            # The old sessions die with the old password; this one is renewed.
            user = current_user._get_current_object()
            session.clear()
            login_user(user)
            flash(_("Your password has been changed."), "success")
            return redirect(url_for("account.profile"))
    return _render(password_form=form, status=400)


@bp.route("/notifications", methods=["POST"])
@access(LOGIN)
def notification_preferences():
    form = preferences_form(notifications.preferences(current_user))
    if form.validate_on_submit():
        notifications.save_preferences(current_user, {name: form[name].data for name in form._fields})
        flash(_("Your notification choices have been saved."), "success")
        return redirect(url_for("account.profile") + "#notifications")
    return _render(preferences=form, status=400)


@bp.route("/calendar", methods=["POST"])
@access(LOGIN)
def new_calendar_address():
    """The address is shown on this answer only (it is stored hashed); the page is not cached."""
    if not Form().validate_on_submit():
        return redirect(url_for("account.profile") + "#calendar")
    had_one = current_user.calendar_token_hash is not None
    feed = external_url("calendar.user_feed", token=calendars.regenerate(current_user))
    if had_one:
        flash(_("Your calendar has a new address. The old one no longer works."), "success")
    response = make_response(_render(feed=feed))
    response.headers["Cache-Control"] = "no-store"
    return response

from flask import flash, redirect, render_template, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user

from app.account import bp
from app.account.forms import PasswordForm, ProfileForm
from app.policy import LOGIN, access
from app.services import ServiceError, accounts


def _render(profile_form=None, password_form=None, status=200):
    profile_form = profile_form or ProfileForm(obj=current_user)
    return render_template("account/profile.html", profile_form=profile_form,
                           password_form=password_form or PasswordForm()), status


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

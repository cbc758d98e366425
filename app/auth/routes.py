from flask import current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user

from app.auth import bp
from app.auth.forms import AcceptInvitationForm, LoginForm, ResetPasswordForm, ResetRequestForm
from app.extensions import limiter
from app.forms import safe_next
from app.i18n import current_locale
from app.policy import PUBLIC, access
from app.services import ServiceError, accounts, members


def _login_account_key() -> str:
    return "login-account:" + accounts.normalize_email(request.form.get("email", ""))


@bp.route("/login", methods=["GET", "POST"])
@access(PUBLIC)
@limiter.limit(lambda: current_app.config["LOGIN_LIMIT_PER_ADDRESS"], methods=["POST"])
@limiter.limit(lambda: current_app.config["LOGIN_LIMIT_PER_ACCOUNT"], methods=["POST"], key_func=_login_account_key)
def login():
    form = LoginForm()
    target = safe_next(request.args.get("next"))
    if current_user.is_authenticated:
        return redirect(target or url_for("main.home"))
    if form.validate_on_submit():
        try:
            user = accounts.authenticate(form.email.data, form.password.data)
        except ServiceError as error:
            form.form_errors.append(error.message)
        else:
            session.clear()  # a fresh session: nothing from before the login survives
            login_user(user)
            flash(_("Welcome, %(name)s.", name=user.full_name or user.email), "success")
            lang = user.preferred_locale or current_locale()
            return redirect(target or url_for("main.home", lang=lang))
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@access(PUBLIC)
def logout():
    logout_user()
    session.clear()
    flash(_("You have logged out."), "info")
    return redirect(url_for("main.home"))


@bp.route("/reset", methods=["GET", "POST"])
@access(PUBLIC)
@limiter.limit(lambda: current_app.config["LOGIN_LIMIT_PER_ADDRESS"], methods=["POST"])
def reset_request():
    form = ResetRequestForm()
    if form.validate_on_submit():
        accounts.request_password_reset(
            form.email.data, current_locale(),
            lambda token: url_for("auth.reset_password", token=token, _external=True),
        )
        flash(_("If this address has an account, we have sent it a link to set a new password. "
                "The link works once, for one hour."), "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset_request.html", form=form)


@bp.route("/reset/<token>", methods=["GET", "POST"])
@access(PUBLIC)
def reset_password(token):
    try:
        accounts.check_reset_token(token)
    except ServiceError as error:
        return render_template("auth/link_problem.html", message=error.message), 410
    form = ResetPasswordForm()
    if form.validate_on_submit():
        accounts.reset_password(token, form.password.data)
        logout_user()
        flash(_("Your password has been changed. Log in with the new one."), "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset_password.html", form=form)


@bp.route("/invitation/<token>", methods=["GET", "POST"])
@access(PUBLIC)
def accept_invitation(token):
    try:
        invitation = members.check_invitation(token)
    except ServiceError as error:
        return render_template("auth/link_problem.html", message=error.message), 410
    form = AcceptInvitationForm()
    if form.validate_on_submit():
        user = members.accept_invitation(token, form.full_name.data, form.password.data)
        logout_user()
        session.clear()
        login_user(user)
        flash(_("Welcome to Hamkor!"), "success")
        return redirect(url_for("spaces.home", org_slug=invitation.organization.slug))
    return render_template("auth/accept_invitation.html", form=form, invitation=invitation)


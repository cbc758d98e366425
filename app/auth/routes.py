from flask import current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user

from app.auth import bp
from app.auth.forms import AcceptInvitationForm, JoinWithAccountForm, LoginForm, ResetPasswordForm, ResetRequestForm
from app.extensions import limiter
from app.forms import attach_error, safe_next
from app.i18n import current_locale, text
from app.policy import PUBLIC, access
from app.services import ServiceError, accounts, members
from app.security import external_url


def _login_account_key() -> str:
    return "login-account:" + accounts.normalize_email(request.form.get("email", ""))


@bp.route("/login", methods=["GET", "POST"])
@access(PUBLIC)
@limiter.limit(lambda: current_app.config["LOGIN_LIMIT_PER_ADDRESS"], methods=["POST"])
@limiter.shared_limit(lambda: current_app.config["LOGIN_LIMIT_PER_ACCOUNT"], scope="login-account", methods=["POST"],
                      key_func=_login_account_key)
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
    return end_session()


def end_session():
    """Log out: this session and every other of the account end (also from a form left open too long)."""
    accounts.logout(current_user)
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
            lambda token: external_url("auth.reset_password", token=token),
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


def _invitation_account_key() -> str:
    """An invitation to an existing account asks for its password: the same per-account bucket as login."""
    email = members.invitation_email((request.view_args or {}).get("token", ""))
    return "login-account:" + accounts.normalize_email(email or "")


@bp.route("/invitation/<token>", methods=["GET", "POST"])
@access(PUBLIC)
@limiter.limit(lambda: current_app.config["LOGIN_LIMIT_PER_ADDRESS"], methods=["POST"])
@limiter.shared_limit(lambda: current_app.config["LOGIN_LIMIT_PER_ACCOUNT"], scope="login-account", methods=["POST"],
                      key_func=_invitation_account_key)
def accept_invitation(token):
    try:
        invitation = members.check_invitation(token)
    except ServiceError as error:
        return render_template("auth/link_problem.html", message=error.message), 410
    account = members.invited_account(invitation)
    signed_in_as_account = account is not None and current_user.is_authenticated and current_user.id == account.id
    form = AcceptInvitationForm() if account is None else JoinWithAccountForm()
    if form.validate_on_submit():
        if account is not None and not signed_in_as_account and not form.password.data:
            form.password.errors.append(_("Enter the password of your Hamkor account."))
        else:
            try:
                user = members.accept_invitation(
                    token, current=current_user if signed_in_as_account else None, password=form.password.data,
                    full_name=form.full_name.data if account is None else "")
            except ServiceError as error:
                attach_error(form, error)
            else:
                logout_user()
                session.clear()
                login_user(user)
                flash(_("Welcome to %(org)s!", org=text(invitation.organization, "name", invitation.organization))
                      if account is not None else _("Welcome to Hamkor!"), "success")
                return redirect(url_for("spaces.home", org_slug=invitation.organization.slug))
    return render_template("auth/accept_invitation.html", form=form, invitation=invitation, account=account,
                           signed_in_as_account=signed_in_as_account), 400 if form.is_submitted() else 200

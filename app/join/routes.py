"""Becoming a volunteer: the public form, and the link that confirms the address. Both are for anyone;
the form is limited per address and per e-mail like the login, and a honeypot field catches bots."""
from flask import current_app, render_template, request
from flask_babel import gettext as _

from app import policy
from app.extensions import limiter
from app.forms import Form, attach_error
from app.i18n import ENDONYMS, current_locale, text
from app.join import bp
from app.join.forms import JoinForm
from app.policy import PUBLIC, access
from app.security import external_url
from app.services import ServiceError, accounts, volunteers


def _email_key() -> str:
    return "join-email:" + accounts.normalize_email(request.form.get("email", ""))


@bp.route("/", methods=["GET", "POST"])
@access(PUBLIC)
@limiter.limit(lambda: current_app.config["JOIN_LIMIT_PER_ADDRESS"], methods=["POST"])
@limiter.limit(lambda: current_app.config["JOIN_LIMIT_PER_EMAIL"], methods=["POST"], key_func=_email_key)
def apply():
    societies = policy.region_societies()
    form = JoinForm()
    form.org.choices = [("", "—")] + [(o.slug, text(o, "name", o)) for o in societies]
    form.languages.choices = list(ENDONYMS.items())
    if request.method == "GET" and request.args.get("society"):
        form.org.data = request.args["society"]
    if form.validate_on_submit():
        if form.website.data:  # the honeypot: nothing is stored, and the person (if one) is told to retry
            form.form_errors.append(_("Your application could not be sent. Please try again."))
        else:
            org = next((o for o in societies if o.slug == form.org.data), None)
            try:
                volunteers.apply(org, full_name=form.full_name.data, email=form.email.data, phone=form.phone.data,
                                 city=form.city.data, languages=form.languages.data, interests=form.interests.data,
                                 consent=form.consent.data, locale=current_locale(),
                                 link_for=lambda token: external_url("join.confirm", token=token))
            except ServiceError as error:
                attach_error(form, error)
            else:
                return render_template("join/sent.html", email=form.email.data)
    chosen = next((o for o in societies if o.slug == form.org.data), None)
    return render_template("join/apply.html", form=form, chosen=chosen), 400 if form.is_submitted() else 200


@bp.route("/confirm/<token>", methods=["GET", "POST"])
@access(PUBLIC)  # the single-use token in the link is the key; the page asks for a click (POST), so a mail
# scanner that opens links confirms nothing
@limiter.limit(lambda: current_app.config["JOIN_LIMIT_PER_ADDRESS"], methods=["POST"])
def confirm(token):
    form = Form()
    if form.validate_on_submit():
        try:
            application = volunteers.confirm(token)
        except ServiceError as error:
            return render_template("auth/link_problem.html", message=error.message), 410
        return render_template("join/confirmed.html", org=application.organization)
    if not volunteers.is_waiting_for_confirmation(token):
        return render_template("auth/link_problem.html", message=volunteers.LINK_PROBLEM), 410
    return render_template("join/confirm.html", form=form), 400 if form.is_submitted() else 200

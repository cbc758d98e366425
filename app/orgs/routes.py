from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import policy
from app.forms import attach_error
from app.i18n import current_locale
from app.orgs import bp
from app.orgs.forms import OrganizationForm
from app.policy import LOGIN, PLATFORM_ADMIN, access
from app.services import ServiceError, organizations
from app.security import external_url


@bp.route("/")
@access(LOGIN)
def index():
    return render_template("orgs/index.html", organizations=policy.visible_organizations(current_user))


@bp.route("/new", methods=["GET", "POST"])
@access(PLATFORM_ADMIN)
def create():
    form = OrganizationForm()
    if form.validate_on_submit():
        try:
            org = organizations.create(
                current_user, slug=form.slug.data, kind=form.kind.data, country_code=form.country_code.data,
                default_locale=form.default_locale.data, name=form.name.data, admin_email=form.admin_email.data,
                locale=current_locale(),
                link_for=lambda token: external_url("auth.accept_invitation", token=token),
            )
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("The organization has been created and its first admin invited."), "success")
            return redirect(url_for("orgs.profile", slug=org.slug))
    return render_template("orgs/new.html", form=form), 400 if form.is_submitted() else 200


@bp.route("/<slug>")
@access(LOGIN)
def profile(slug):
    org = policy.get_profile_or_404(current_user, slug)
    return render_template(
        "orgs/profile.html", org=org,
        departments=policy.visible_departments(current_user, org),
        contacts=policy.profile_contacts(current_user, org),
    )

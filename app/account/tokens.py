"""Personal access tokens for the JSON API: made, listed and revoked by their owner."""
from flask import abort, flash, make_response, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.account import bp
from app.account.forms import TokenForm
from app.forms import Form, attach_error
from app.policy import LOGIN, access
from app.services import ServiceError, api_tokens


def _page(form=None, shown=None, status=200):
    response = make_response(render_template("account/tokens.html", form=form or TokenForm(formdata=None),
                                             tokens=api_tokens.tokens_of(current_user), shown=shown), status)
    response.headers["Cache-Control"] = "no-store"  # the new token is on this answer only
    return response


@bp.route("/tokens", methods=["GET", "POST"])
@access(LOGIN)  # the person's own tokens only
def tokens():
    form = TokenForm()
    if not form.is_submitted():
        return _page(form)
    if form.validate():
        try:
            token, raw = api_tokens.create(current_user, name=form.name.data, scope=form.scope.data,
                                           days=form.days.data)
        except ServiceError as error:
            attach_error(form, error)
        else:  # the page says it once, beside the token
            return _page(shown=(token, raw), status=201)
    return _page(form, status=400)


@bp.route("/tokens/<int:token_id>/revoke", methods=["POST"])
@access(LOGIN)  # the person's own tokens only: anyone else's is 404
def revoke_token(token_id):
    if not Form().validate_on_submit():
        return redirect(url_for("account.tokens"))
    try:
        api_tokens.revoke(current_user, token_id)
    except LookupError:
        abort(404)
    flash(_("The token has been revoked. It no longer works."), "success")
    return redirect(url_for("account.tokens"))

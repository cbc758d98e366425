"""Error pages in the reader's language."""
import hmac
from urllib.parse import urlsplit

from flask import Response, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, SecurityError

from app.extensions import db
from app.storage import StorageUnavailable

PAGES = (400, 403, 404, 405, 413, 429, 500)
# Form fields that are not text a person typed, or must never be written back into a page.
NOT_KEPT = ("csrf_token", "version", "submit", "next")


def _kept_text() -> list[str]:
    return [value for name, value in request.form.items(multi=True)
            if name not in NOT_KEPT and "password" not in name and "confirm" not in name and value.strip()]


def _own_stale_form() -> bool:
    """Whether the refused form is this session's own, only too old (its token is signed by us for the
    token in this session). Anything else may come from another site, whose text is never shown here."""
    from flask import current_app, session
    from itsdangerous import BadData, URLSafeTimedSerializer

    field = current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token")
    secret = current_app.config.get("WTF_CSRF_SECRET_KEY") or current_app.secret_key
    try:
        raw = URLSafeTimedSerializer(secret, salt="wtf-csrf-token").loads(request.form.get(field, ""))
    except BadData:
        return False
    return bool(session.get(field)) and hmac.compare_digest(str(raw), str(session[field]))


def register(app) -> None:
    from app.api import problems

    def handle(error: HTTPException):
        if problems.api_request():
            return problems.response(error)
        code = error.code if error.code in PAGES else 500
        return render_template("errors/error.html", code=code), code

    for code in PAGES:
        if code != 500:
            app.register_error_handler(code, handle)

    @app.errorhandler(HTTPException)
    def other(error: HTTPException):
        """The API's other errors (401, 409, 415, 422, ...) as problem+json; the pages' as Werkzeug's."""
        if problems.api_request() and error.code and error.code >= 400:
            return problems.response(error)
        return error

    @app.errorhandler(SecurityError)
    def untrusted_host(error):
        """A Host header outside TRUSTED_HOSTS: no page is built for it (no link may point there)."""
        return Response(_("This site is not served under this address."), 400, mimetype="text/plain")

    @app.errorhandler(CSRFError)
    def form_expired(error):
        """A form open too long (or from before a logout) is refused, and what was typed is shown to
        copy back: nothing is lost, and nothing is sent again without a fresh form."""
        own = _own_stale_form()
        if own and request.endpoint == "auth.logout":  # a tab left open all day: log out all the same
            from app.auth.routes import end_session

            return end_session()
        back = request.referrer if request.referrer and urlsplit(request.referrer).netloc == request.host else None
        return render_template("errors/form_expired.html", kept=_kept_text() if own else [], back=back), 400

    @app.errorhandler(StorageUnavailable)
    def storage_down(error):
        """The file store does not answer: nothing of the change is saved (its transaction is rolled back)
        and the reader is told to try again, in their language."""
        db.session.rollback()
        app.logger.warning("storage unavailable: %s", error)
        if problems.api_request():
            return problems.response(problems.Problem(503))
        return render_template("errors/error.html", code=503), 503

    @app.errorhandler(500)
    def internal(error):
        db.session.rollback()
        if problems.api_request():
            return problems.response(problems.Problem(500))
        return render_template("errors/error.html", code=500), 500

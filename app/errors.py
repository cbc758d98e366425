"""Error pages in the reader's language."""
from urllib.parse import urlsplit

from flask import Response, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, SecurityError

from app.extensions import db

PAGES = (400, 403, 404, 405, 413, 429, 500)
# Form fields that are not text a person typed, or must never be written back into a page.
NOT_KEPT = ("csrf_token", "version", "submit", "next")


def _kept_text() -> list[str]:
    return [value for name, value in request.form.items(multi=True)
            if name not in NOT_KEPT and "password" not in name and "confirm" not in name and value.strip()]


def register(app) -> None:
    def handle(error: HTTPException):
        code = error.code if error.code in PAGES else 500
        return render_template("errors/error.html", code=code), code

    for code in PAGES:
        if code != 500:
            app.register_error_handler(code, handle)

    @app.errorhandler(SecurityError)
    def untrusted_host(error):
        """A Host header outside TRUSTED_HOSTS: no page is built for it (no link may point there)."""
        return Response(_("This site is not served under this address."), 400, mimetype="text/plain")

    @app.errorhandler(CSRFError)
    def form_expired(error):
        """A form open too long (or from before a logout) is refused, and what was typed is shown to
        copy back: nothing is lost, and nothing is sent again without a fresh form."""
        back = request.referrer if request.referrer and urlsplit(request.referrer).netloc == request.host else None
        return render_template("errors/form_expired.html", kept=_kept_text(), back=back), 400

    @app.errorhandler(500)
    def internal(error):
        db.session.rollback()
        return render_template("errors/error.html", code=500), 500

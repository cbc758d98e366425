"""Error pages in the reader's language."""
from flask import render_template
from werkzeug.exceptions import HTTPException

from app.extensions import db

PAGES = (400, 403, 404, 405, 413, 429, 500)


def register(app) -> None:
    def handle(error: HTTPException):
        code = error.code if error.code in PAGES else 500
        return render_template("errors/error.html", code=code), code

    for code in PAGES:
        if code != 500:
            app.register_error_handler(code, handle)

    @app.errorhandler(500)
    def internal(error):
        db.session.rollback()
        return render_template("errors/error.html", code=500), 500

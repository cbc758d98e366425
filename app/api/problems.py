"""Errors of the JSON API as RFC 9457 problem details (application/problem+json), their `detail` in
the language of the request's Accept-Language; nothing of a failed request is written."""
from flask import current_app, json, request
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from marshmallow import Schema, fields
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES

from app.i18n import DEFAULT_LOCALE, LOCALES

PROBLEM_TYPE = "application/problem+json"

DETAILS = {
    400: _l("The request could not be read."),
    401: _l("Send a valid personal access token in the Authorization header: \"Bearer <token>\"."),
    403: _l("You may see this, but not change it."),
    404: _l("There is nothing here, or it is not yours to see."),
    405: _l("This method is not allowed at this address."),
    409: _l("Someone else changed this in the meantime. Read it again and repeat your change."),
    413: _l("The request is too large."),
    415: _l("Send the body as JSON (Content-Type: application/json)."),
    422: _l("Some fields are missing or wrong: see \"errors\"."),
    429: _l("Too many requests. Wait a moment and try again."),
    500: _l("Something went wrong on our side. Nothing was changed."),
    503: _l("The file store does not answer. Nothing was changed; try again in a few minutes."),
}

# marshmallow's and webargs' messages, in the reader's language (anything else: INVALID).
INVALID = _l("This value is not valid.")
FIELD_MESSAGES = {
    "Missing data for required field.": _l("This field is required."),
    "Unknown field.": _l("Unknown field."),
    "Field may not be null.": _l("This field may not be empty."),
    "Not a valid integer.": _l("Enter a whole number."),
    "Not a valid number.": _l("Enter a number."),
    "Not a valid string.": _l("Enter text."),
    "Not a valid boolean.": _l("Enter true or false."),
    "Not a valid date.": _l("Enter a date as YYYY-MM-DD."),
    "Not a valid datetime.": _l("Enter a date and time in ISO 8601."),
    "Invalid input type.": _l("The body must be a JSON object."),
    "Invalid JSON body.": _l("The body is not valid JSON."),
    "Shorter than minimum length 1.": _l("This field may not be empty."),
}


class ProblemSchema(Schema):
    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True, metadata={"description": "In the language of Accept-Language"})
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.String()))


def api_request() -> bool:
    return bool(request) and request.path.startswith("/api/v1/")


def reader_locale() -> str:
    """Accept-Language; without one, the token owner's language; else the default."""
    from flask import g

    token = g.get("api_token")
    own = token.user.preferred_locale if token is not None else None
    return request.accept_languages.best_match(LOCALES) or (own if own in LOCALES else None) or \
        current_app.config.get("BABEL_DEFAULT_LOCALE", DEFAULT_LOCALE)


def _interface_locale() -> str:
    """The catalog for `detail`: Uzbek in Cyrillic when Accept-Language prefers uz-Cyrl."""
    locale = reader_locale()
    if locale == "uz" and request.accept_languages.best_match(["uz-Cyrl", "uz-Latn", "uz"]) == "uz-Cyrl":
        return "uz_Cyrl"
    return locale


class Problem(HTTPException):
    """An API error with its own detail (a lazy string) and field errors."""

    def __init__(self, code: int, detail=None, errors: dict | None = None):
        super().__init__()
        self.code, self.detail, self.errors = code, detail, errors


def _messages(value):
    if isinstance(value, dict):
        return {str(key): _messages(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_messages(item) for item in value]
    text = str(value)
    if text.startswith("Must be one of:"):
        return str(_l("Choose one of: %(choices)s.", choices=text.split(":", 1)[1].strip().rstrip(".")))
    return str(FIELD_MESSAGES.get(text, INVALID))


def _field_errors(error) -> dict | None:
    messages = (getattr(error, "data", None) or {}).get("messages")
    if not messages:
        return None
    # webargs keys errors by where they came from ({"json": {...}}, {"query": {...}}): one level.
    merged = {}
    for place in messages.values():
        merged.update(place if isinstance(place, dict) else {"body": place})
    return _messages(merged)


def response(error: HTTPException):
    """The problem+json answer for an HTTP error raised while serving the API."""
    code = error.code or 500
    with force_locale(_interface_locale()):
        detail = getattr(error, "detail", None) or DETAILS.get(code) or DETAILS[400 if code < 500 else 500]
        body = {"type": "about:blank", "title": HTTP_STATUS_CODES.get(code, "Error"), "status": code,
                "detail": str(detail)}
        if isinstance(error, Problem):
            errors = {name: [str(m) for m in messages] for name, messages in (error.errors or {}).items()}
        else:
            errors = _field_errors(error)
        if errors:
            body["errors"] = errors
    answer = current_app.response_class(json.dumps(body), status=code, mimetype=PROBLEM_TYPE)
    answer.headers["Content-Language"] = reader_locale()
    answer.headers["Cache-Control"] = "no-store"
    if code == 401:
        answer.headers["WWW-Authenticate"] = 'Bearer realm="hamkor"'
    if code == 405 and getattr(error, "valid_methods", None):
        answer.headers["Allow"] = ", ".join(error.valid_methods)
    return answer

"""What every API request goes through: the token (header only), its scope, the per-token limit, the
body size, the reader's language, kept answers to reads and their ETags; the access rule views declare;
and the pages of a list (a cursor that carries the offset of the next page)."""
import base64
import binascii
import hashlib
from datetime import date
from functools import wraps

from flask import current_app, g, request
from flask_babel import lazy_gettext as _l
from flask_smorest import Api

from app.api.problems import PROBLEM_TYPE, Problem, ProblemSchema, reader_locale
from app.i18n import LOCALES
from app.models.api_token import PREFIX
from app.policy.rules import TOKEN
from app.services import ServiceError

QUERY_TOKEN = _l("Send the token in the Authorization header, never in the address: it would be kept in "
                 "logs and browser histories. Revoke this token and make a new one.")
READ_ONLY = _l("This token may only read. Make a token that may read and write for changes.")


class HamkorApi(Api):
    """flask-smorest's spec and argument parsing; errors go through app/errors.py (problem+json for the
    API, pages for the rest) and the documentation is served by app/api/docs.py (no CDN)."""

    ERROR_SCHEMA = ProblemSchema

    def _register_error_handlers(self):
        pass

    def _register_doc_blueprint(self):
        pass

    def _register_responses(self):
        """flask-smorest's responses by status, every error among them as problem+json."""
        import http

        from flask_smorest.utils import prepare_response

        for status in http.HTTPStatus:
            response = {"description": status.phrase}
            if status >= 400:
                response["schema"] = self.ERROR_SCHEMA
            content_type = PROBLEM_TYPE if status >= 400 else self.DEFAULT_RESPONSE_CONTENT_TYPE
            prepare_response(response, self.spec, content_type)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "An error, as RFC 9457 problem details", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_TYPE)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)


def token_access(write: bool = False, kept: bool = True):
    """Declare a view of the API: a live personal access token of an active person (read or write scope
    for reads, write scope for changes). The person's rights are then checked by the policy loaders.
    A read's answer is kept while the data has not changed (`kept=False`: a read that writes, like a
    counted download)."""

    def decorate(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            token = g.get("api_token")
            if token is None:
                raise Problem(401)
            if write and not token.writes:
                raise Problem(403, READ_ONLY)
            return view(*args, **kwargs)

        wrapper.access_rule = TOKEN
        wrapper.api_kept = kept and not write
        return wrapper

    return decorate


def acting_user():
    return g.api_token.user


def token_key() -> str:
    """The per-token limit's key: the token's hash (a wrong token counts under its own, harmlessly)."""
    header = request.headers.get("Authorization", "")
    return "api-token:" + hashlib.sha256(header.encode()).hexdigest()


def authenticate():
    """Before every API view: refuse a token in the address; find the header's token; cap the body."""
    from app.services import api_tokens

    g.lang = reader_locale()
    request.max_content_length = current_app.config["API_MAX_BODY_BYTES"]
    if any(v.startswith(PREFIX) for _name, values in request.args.lists() for v in values) or \
            {"access_token", "token", "api_key"} & set(request.args):
        raise Problem(400, QUERY_TOKEN)
    scheme, _, raw = request.headers.get("Authorization", "").partition(" ")
    token = api_tokens.authenticate(raw.strip()) if scheme.lower() == "bearer" else None
    if token is None:
        raise Problem(401)
    if any(isinstance(v, int) and v > MAX_ID for v in (request.view_args or {}).values()):
        raise Problem(404)  # an id no row can have
    g.api_token = token
    g._login_user = token.user  # current_user is the token's owner (Flask-Login); cookies play no part
    return _kept_answer()


def _kept_answer():
    """A read answered before, for the same person, address, languages and day, while the data has not
    changed since (the data's version, app/caching.py): the token was checked above all the same."""
    from app import caching

    view = current_app.view_functions.get(request.endpoint)
    if request.method != "GET" or not getattr(view, "api_kept", False) or \
            not current_app.config.get("CACHE_PAGES", True):
        return None
    parts = (g.api_token.user_id, request.full_path, request.headers.get("Accept-Language", ""),
             date.today().isoformat())
    key = f"api:{request.endpoint}:{caching.version()}:{hashlib.sha256(repr(parts).encode()).hexdigest()[:40]}"
    body = caching._get(key)
    if body is None:
        g.api_cache_key = key
        return None
    return current_app.response_class(body, mimetype="application/json")


def finish(response):
    """Reads are answered with an ETag (304 when the client has it); nothing is shared between people."""
    response.headers.setdefault("Cache-Control", "private, no-cache")  # a problem says no-store, a file its own
    response.vary.add("Authorization")
    response.vary.add("Accept-Language")
    if request.method == "GET" and response.status_code == 200 and response.mimetype == "application/json":
        key = g.pop("api_cache_key", None)
        if key:
            from app import caching

            caching._set(key, response.get_data())
        response.add_etag()
        response.make_conditional(request)
    return response


def service_error(error: ServiceError) -> Problem:
    """A rule of a service said no: 422 with its message, under its field when it names one."""
    return Problem(422, error.message, {error.field or "body": [error.message]})


# ------------------------------------------------------------------ pages of a list

DEFAULT_LIMIT, MAX_LIMIT = 50, 200
MAX_ID = 2**31 - 1
BAD_CURSOR = _l("The cursor is not valid: pass next_cursor of the previous page as it was.")


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor.encode() + b"=" * (-len(cursor) % 4)).decode()
        if not raw.startswith("o:"):
            raise ValueError
        offset = int(raw[2:])
    except (ValueError, binascii.Error, UnicodeError):
        raise Problem(400, BAD_CURSOR, {"cursor": [BAD_CURSOR]})
    if not 0 <= offset <= 10_000_000:
        raise Problem(400, BAD_CURSOR, {"cursor": [BAD_CURSOR]})
    return offset


def cursor_for(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def page_of(query, args: dict) -> tuple[list, dict]:
    """One page of a select (already ordered): its rows, and total / limit / next_cursor."""
    from sqlalchemy import func, select

    from app.extensions import db

    limit, offset = args.get("limit") or DEFAULT_LIMIT, _offset(args.get("cursor"))
    total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    rows = list(db.session.scalars(query.limit(limit).offset(offset)))
    after = offset + len(rows)
    return rows, {"total": total, "limit": limit, "next_cursor": cursor_for(after) if after < total else None}


def page_of_list(items: list, args: dict) -> tuple[list, dict]:
    """The same for a list already in memory (a short one, like an organization's plans)."""
    limit, offset = args.get("limit") or DEFAULT_LIMIT, _offset(args.get("cursor"))
    rows = items[offset:offset + limit]
    after = offset + len(rows)
    return rows, {"total": len(items), "limit": limit,
                  "next_cursor": cursor_for(after) if after < len(items) else None}


def content_locale(args: dict) -> str:
    """The language texts are asked in: ?lang=, else Accept-Language, else the person's own."""
    asked = args.get("lang")
    if asked in LOCALES:
        return asked
    header = request.accept_languages.best_match(LOCALES)
    return header or acting_user().preferred_locale or current_app.config["BABEL_DEFAULT_LOCALE"]

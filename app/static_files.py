"""Static files that a browser keeps: each URL carries a version made of the file's content (`?v=`), and
a versioned URL is cached for a year (`immutable`); an unversioned one is revalidated. A new file is a new
URL, so nobody keeps a stale stylesheet."""
import hashlib
from pathlib import Path

from flask import request

STATIC_ENDPOINTS = {"static": None, "bootstrap.static": "bootstrap"}
YEAR = 365 * 24 * 3600


def init_app(app) -> None:
    from app.css_subset import OUTPUT

    # Only the Bootstrap the pages use, when `make css` has built it (app/css_subset.py); else all of it.
    app.jinja_env.globals["bootstrap_subset"] = OUTPUT.is_file()
    versions: dict[tuple[str, str], str] = {}

    def folder(endpoint: str) -> str | None:
        blueprint = STATIC_ENDPOINTS[endpoint]
        return app.static_folder if blueprint is None else app.blueprints[blueprint].static_folder

    def version(endpoint: str, filename: str) -> str | None:
        key = (endpoint, filename)
        if key not in versions:
            path = Path(folder(endpoint) or "", filename)
            versions[key] = hashlib.sha256(path.read_bytes()).hexdigest()[:12] if path.is_file() else None
        return versions[key]

    @app.url_defaults
    def add_version(endpoint, values):
        if endpoint in STATIC_ENDPOINTS and "filename" in values and "v" not in values:
            tag = version(endpoint, values["filename"])
            if tag:
                values["v"] = tag

    @app.after_request
    def cache_versioned(response):
        if request.endpoint in STATIC_ENDPOINTS and response.status_code in (200, 304):
            filename = (request.view_args or {}).get("filename", "")
            if request.args.get("v") and request.args.get("v") == version(request.endpoint, filename):
                response.cache_control.public = True
                response.cache_control.max_age = YEAR
                response.cache_control.immutable = True
            else:
                response.cache_control.no_cache = True
        return response

"""The JSON API under /api/v1/: the pages' services and policy loaders for other tools, reached with
personal access tokens. flask-smorest parses and documents it (OpenAPI 3, app/api/docs.py)."""
from flask_smorest import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1", description="Hamkor's JSON API")

from app.api import campaigns, indicators, materials, organizations, plans, tasks  # noqa: E402,F401


def init_app(app) -> None:
    """Register the API (its own flask-smorest Api per app: tests make several apps) and its documentation."""
    from app.api import core, docs
    from app.extensions import csrf, limiter

    app.config.setdefault("API_TITLE", "Hamkor")
    app.config.setdefault("API_VERSION", "1")
    app.config.setdefault("OPENAPI_VERSION", "3.0.3")
    api = core.HamkorApi(spec_kwargs={"servers": [{"url": app.config["BASE_URL"]}]})
    api.init_app(app)
    api.spec.components.security_scheme("token", {"type": "http", "scheme": "bearer",
                                                  "description": "A personal access token (Profile → API tokens)"})
    api.spec.options["security"] = [{"token": []}]
    csrf.exempt(bp)  # no cookie is read here: a token in the Authorization header is the only way in
    if not getattr(bp, "_hamkor_limited", False):
        limiter.limit(lambda: app_config("API_LIMIT_PER_TOKEN"), key_func=core.token_key)(bp)
        limiter.limit(lambda: app_config("API_LIMIT_PER_ADDRESS"))(bp)
        bp.before_request(core.authenticate)
        bp.after_request(core.finish)
        bp._hamkor_limited = True
    api.register_blueprint(bp)
    app.extensions["hamkor_api"] = api
    app.register_blueprint(docs.bp)


def app_config(name):
    from flask import current_app

    return current_app.config[name]

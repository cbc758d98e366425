from flask import Blueprint

bp = Blueprint("campaigns", __name__)

from app.campaigns import parts, reports, routes, sharing  # noqa: E402,F401

from flask import Blueprint

bp = Blueprint("account", __name__)

from app.account import routes, tokens  # noqa: E402,F401

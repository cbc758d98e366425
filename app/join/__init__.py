from flask import Blueprint

bp = Blueprint("join", __name__)

from app.join import routes  # noqa: E402,F401

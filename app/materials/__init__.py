from flask import Blueprint

bp = Blueprint("materials", __name__)
files_bp = Blueprint("files", __name__)

from app.materials import files, routes  # noqa: E402,F401

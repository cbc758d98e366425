from flask import Blueprint

from app.spaces import space_url_processors

bp = Blueprint("translations", __name__)
space_url_processors(bp)

from app.translations import routes  # noqa: E402,F401

from flask import Blueprint

from app.spaces import space_url_processors

bp = Blueprint("diplomacy", __name__)
region_bp = Blueprint("region", __name__)
space_url_processors(bp)

from app.diplomacy import meetings, partners, plans, strategy  # noqa: E402,F401

from flask import Blueprint

from app.spaces import space_url_processors

bp = Blueprint("audit", __name__)
space_bp = Blueprint("org_audit", __name__)  # under /<lang>/s/<org_slug>/
space_url_processors(space_bp)

from app.audit import routes, space  # noqa: E402,F401

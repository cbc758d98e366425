from flask import Blueprint, g

bp = Blueprint("spaces", __name__)


def space_url_processors(blueprint: Blueprint) -> None:
    """Routes under /s/<org_slug>/: the slug is taken from the URL here and resolved by
    the MEMBER access rule; links within the space reuse the current space's slug."""

    @blueprint.url_value_preprocessor
    def pull_org_slug(endpoint, values):
        if values and "org_slug" in values:
            g.org_slug = values.pop("org_slug")

    @blueprint.url_defaults
    def add_org_slug(endpoint, values):
        from flask import current_app

        if ("org_slug" not in values and g.get("org") is not None
                and current_app.url_map.is_endpoint_expecting(endpoint, "org_slug")):
            values["org_slug"] = g.org.slug


space_url_processors(bp)

from app.spaces import removed, routes  # noqa: E402,F401

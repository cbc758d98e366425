"""Settings that keep the app safe to run: a secret key nobody else knows, the host names it answers
to, and the reverse proxies whose forwarded headers it believes."""
import os
import secrets
from pathlib import Path
from urllib.parse import urlsplit

from werkzeug.middleware.proxy_fix import ProxyFix


def _key_from_file(path: Path) -> str:
    """The development key: made once, random, readable by this user only (instance/ is not committed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_hex(32))
    key = path.read_text().strip()
    if len(key) < 32:
        raise RuntimeError(f"{path} holds no usable secret key; delete it and start again.")
    return key


def configure(app) -> None:
    config = app.config
    production = config.get("ENV_NAME") == "production"
    if not config.get("SECRET_KEY"):
        if production:
            raise RuntimeError("SECRET_KEY must be set in production.")
        config["SECRET_KEY"] = _key_from_file(Path(config["SECRET_KEY_FILE"]))
    if production and not config.get("BASE_URL"):
        raise RuntimeError("BASE_URL must be set in production: links in e-mail point to it.")
    if not config.get("TRUSTED_HOSTS"):
        config["TRUSTED_HOSTS"] = [urlsplit(config["BASE_URL"]).hostname]
    proxies = int(config.get("TRUSTED_PROXIES") or 0)
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)


def external_url(endpoint: str, **values) -> str:
    """An absolute link for e-mail and calendar feeds, built on BASE_URL whatever Host the request named."""
    from flask import current_app

    base = urlsplit(current_app.config["BASE_URL"])
    values.pop("_external", None)
    current_app.inject_url_defaults(endpoint, values)
    adapter = current_app.url_map.bind(base.netloc, script_name=base.path or "/", url_scheme=base.scheme)
    return adapter.build(endpoint, values, force_external=True)

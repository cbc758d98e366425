"""Settings that keep the app safe to run: a secret key nobody else knows, the host names it answers
to, and the reverse proxies whose forwarded headers it believes."""
import os
import secrets
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from werkzeug.middleware.proxy_fix import ProxyFix


# Keys earlier versions shipped as constants: anyone can sign a session with them.
PUBLISHED_KEYS = ("dev-only-not-secret", "testing-secret")


def _key_from_file(path: Path) -> str:
    """The development key: made once, random, readable by this user only (instance/ is not committed).
    Written to a temporary file and linked into place, so a second process never reads half a key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".secret_key-")  # mode 0600
        try:
            with os.fdopen(fd, "w") as out:
                out.write(secrets.token_hex(32))
            os.link(temporary, path)
        except FileExistsError:
            pass  # another process made it first: theirs is the key
        finally:
            os.unlink(temporary)
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
    if production and (len(config["SECRET_KEY"]) < 32 or config["SECRET_KEY"] in PUBLISHED_KEYS):
        raise RuntimeError("SECRET_KEY must be a random value of at least 32 characters, not a published one.")
    if production and not config.get("BASE_URL"):
        raise RuntimeError("BASE_URL must be set in production: links in e-mail point to it.")
    base = urlsplit(config.get("BASE_URL") or "")
    if base.scheme not in ("http", "https") or not base.hostname:
        raise RuntimeError(f"BASE_URL must be a full address such as https://hamkor.example.org, "
                           f"not {config.get('BASE_URL')!r}.")
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

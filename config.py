"""Settings, read from the environment. With none set, Hamkor runs on SQLite under instance/."""
import os
import secrets
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
INSTANCE_DIR = BASE_DIR / "instance"


def _database_url(default: str) -> str:
    url = os.environ.get("DATABASE_URL", default)
    # Heroku-style URLs name the old driver; Hamkor ships psycopg 3.
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url[len("postgres://"):]
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def _list(value: str | None) -> list[str]:
    return [item.strip() for item in (value or "").split(",") if item.strip()]


class Config:
    # No default: development keeps a random key in SECRET_KEY_FILE (made once), production refuses to start.
    SECRET_KEY = os.environ.get("SECRET_KEY") or None
    SECRET_KEY_FILE = os.environ.get("SECRET_KEY_FILE", str(INSTANCE_DIR / "secret_key"))
    SQLALCHEMY_DATABASE_URI = _database_url(f"sqlite:///{INSTANCE_DIR / 'hamkor.db'}")
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}

    BABEL_DEFAULT_LOCALE = "ru"
    BABEL_DEFAULT_TIMEZONE = os.environ.get("HAMKOR_TIMEZONE", "Asia/Almaty")
    BABEL_TRANSLATION_DIRECTORIES = str(BASE_DIR / "translations")

    BOOTSTRAP_SERVE_LOCAL = True

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = timedelta(days=14)
    FORCE_HTTPS = os.environ.get("FORCE_HTTPS", "0") == "1"

    # The largest material file, and so the largest request (one file plus its form fields).
    MATERIAL_MAX_MB = int(os.environ.get("MATERIAL_MAX_MB", 25))
    MAX_CONTENT_LENGTH = int(os.environ.get("MAX_CONTENT_LENGTH", (MATERIAL_MAX_MB + 1) * 1024 * 1024))
    # A form keeps working for a working day; after that the page says so and keeps what was typed.
    WTF_CSRF_TIME_LIMIT = int(os.environ.get("CSRF_TIME_LIMIT_SECONDS", 10 * 3600))

    PASSWORD_HASH_METHOD = "scrypt"
    PASSWORD_RESET_HOURS = 1
    INVITATION_DAYS = 7

    REDIS_URL = os.environ.get("REDIS_URL")
    RATELIMIT_STORAGE_URI = None  # REDIS_URL when set, else memory (create_app decides)
    RATELIMIT_HEADERS_ENABLED = True
    LOGIN_LIMIT_PER_ADDRESS = os.environ.get("LOGIN_LIMIT_PER_ADDRESS", "20 per 10 minutes")
    LOGIN_LIMIT_PER_ACCOUNT = os.environ.get("LOGIN_LIMIT_PER_ACCOUNT", "10 per 10 minutes")
    # The public volunteer form: applications sent from one address, and to one e-mail address.
    JOIN_LIMIT_PER_ADDRESS = os.environ.get("JOIN_LIMIT_PER_ADDRESS", "10 per hour")
    JOIN_LIMIT_PER_EMAIL = os.environ.get("JOIN_LIMIT_PER_EMAIL", "3 per hour")
    # The JSON API: requests per token, and per client address whatever the token (a wrong one too).
    API_LIMIT_PER_TOKEN = os.environ.get("API_LIMIT_PER_TOKEN", "300 per minute")
    API_LIMIT_PER_ADDRESS = os.environ.get("API_LIMIT_PER_ADDRESS", "1200 per minute")
    API_MAX_BODY_BYTES = int(os.environ.get("API_MAX_BODY_BYTES", 64 * 1024))  # a JSON body; larger: 413

    MAIL_SERVER = os.environ.get("MAIL_SERVER", "localhost")
    MAIL_PORT = int(os.environ.get("MAIL_PORT", 25))
    MAIL_USE_TLS = os.environ.get("MAIL_USE_TLS", "0") == "1"
    MAIL_USE_SSL = os.environ.get("MAIL_USE_SSL", "0") == "1"
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    MAIL_DEFAULT_SENDER = os.environ.get("MAIL_DEFAULT_SENDER", "Hamkor <no-reply@hamkor.example.org>")
    # Without an SMTP server configured, mail is written to the log instead of sent.
    MAIL_SUPPRESS_SEND = os.environ.get("MAIL_SERVER") is None
    MAIL_LOG = True
    # Reset and invitation mail goes out from a background thread after the answer (see mail.send_later).
    MAIL_BACKGROUND = True

    # Where every link in e-mail and calendar feeds points to; never the request's Host header.
    BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:5000")
    # Requests for any other host name are refused (400). Production defaults to BASE_URL's host.
    TRUSTED_HOSTS = _list(os.environ.get("TRUSTED_HOSTS")) or ["127.0.0.1", "localhost"]
    SERVER_NAME = os.environ.get("SERVER_NAME")
    # Reverse proxies in front of the app whose X-Forwarded-For/-Proto/-Host are believed (0: none).
    TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", 0))
    NOTIFICATION_RETRY_MINUTES = int(os.environ.get("NOTIFICATION_RETRY_MINUTES", 5))  # doubled each attempt
    NOTIFICATION_MAX_ATTEMPTS = int(os.environ.get("NOTIFICATION_MAX_ATTEMPTS", 6))
    DUE_SOON_DAYS = int(os.environ.get("DUE_SOON_DAYS", 2))
    ESCALATE_ADMIN_DAYS = int(os.environ.get("ESCALATE_ADMIN_DAYS", 7))
    ESCALATE_COORDINATOR_DAYS = int(os.environ.get("ESCALATE_COORDINATOR_DAYS", 14))

    DEMO_PASSWORD = "hamkor-demo-2026"
    UPLOAD_DIR = os.environ.get("UPLOAD_DIR", str(INSTANCE_DIR / "uploads"))
    # Campaign material: local folder under UPLOAD_DIR, or S3-compatible storage.
    STORAGE_BACKEND = os.environ.get("STORAGE_BACKEND", "local")
    S3_BUCKET = os.environ.get("S3_BUCKET")
    S3_ENDPOINT_URL = os.environ.get("S3_ENDPOINT_URL")
    S3_REGION = os.environ.get("S3_REGION")
    S3_ACCESS_KEY_ID = os.environ.get("S3_ACCESS_KEY_ID")
    S3_SECRET_ACCESS_KEY = os.environ.get("S3_SECRET_ACCESS_KEY")
    S3_PREFIX = os.environ.get("S3_PREFIX", "")
    # Downloads of material and packs from S3: 0 streams them through the app; N seconds sends the browser
    # to a signed address valid that long (the app checked the right to it first).
    S3_PRESIGNED_SECONDS = int(os.environ.get("S3_PRESIGNED_SECONDS", 0))
    # Offline packs bigger than this are built in the background while a page shows the progress.
    PACK_BACKGROUND_BYTES = int(os.environ.get("PACK_BACKGROUND_BYTES", 5 * 1024 * 1024))
    # Background work (app/queue.py): a SQLite file by default, Redis when REDIS_URL is set.
    QUEUE_DB = os.environ.get("QUEUE_DB", str(INSTANCE_DIR / "queue.db"))
    QUEUE_IMMEDIATE = os.environ.get("QUEUE_IMMEDIATE", "0") == "1"
    QUEUE_RETRY_DELAY = int(os.environ.get("QUEUE_RETRY_DELAY", 10))  # seconds; doubled at each retry
    # A job that has not moved for this long (its worker was killed) is queued again when next asked for.
    JOB_STALE_SECONDS = int(os.environ.get("JOB_STALE_SECONDS", 600))
    ZIP_MAX_UNCOMPRESSED_MB = int(os.environ.get("ZIP_MAX_UNCOMPRESSED_MB", 200))
    # Larger images are kept but get no thumbnail (a JPEG is decoded scaled down, so it always gets one).
    THUMBNAIL_MAX_PIXELS = int(os.environ.get("THUMBNAIL_MAX_PIXELS", 12_000_000))
    PASSWORD_RESET_MAILS_PER_HOUR = int(os.environ.get("PASSWORD_RESET_MAILS_PER_HOUR", 3))
    # Responses compressed for slow links (Flask-Compress): pages, styles, scripts, charts, JSON.
    COMPRESS_MIMETYPES = ["text/html", "text/css", "text/plain", "text/xml", "text/javascript",
                          "application/javascript", "application/json", "application/xml", "image/svg+xml"]
    COMPRESS_LEVEL = 6


class DevelopmentConfig(Config):
    ENV_NAME = "development"
    DEBUG = True


class TestingConfig(Config):
    ENV_NAME = "testing"
    MAIL_LOG = False
    TESTING = True
    SECRET_KEY = secrets.token_hex(32)  # new in every test process, never a constant
    TRUSTED_HOSTS = ["localhost", "127.0.0.1"]
    SQLALCHEMY_DATABASE_URI = _database_url("sqlite://")
    MAIL_SUPPRESS_SEND = True
    MAIL_BACKGROUND = False
    RATELIMIT_STORAGE_URI = "memory://"
    SERVER_NAME = None
    # One round instead of scrypt's full cost: every test logs in. Production keeps scrypt (a test checks).
    PASSWORD_HASH_METHOD = "pbkdf2:sha256:1"
    QUEUE_IMMEDIATE = True  # jobs run in the caller; tests/test_queue.py runs a real worker
    QUEUE_RETRY_DELAY = 0  # retries at once


class ProductionConfig(Config):
    ENV_NAME = "production"
    DEBUG = False
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True
    BASE_URL = os.environ.get("BASE_URL")  # required: links in e-mail must point to the real site
    TRUSTED_HOSTS = _list(os.environ.get("TRUSTED_HOSTS"))  # empty: BASE_URL's host (create_app)
    FORCE_HTTPS = os.environ.get("FORCE_HTTPS", "1") == "1"
    MAIL_LOG = False


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def config_for(name: str | None):
    name = name or os.environ.get("HAMKOR_ENV") or os.environ.get("FLASK_ENV") or "development"
    if name not in CONFIGS:
        raise RuntimeError(f"Unknown HAMKOR_ENV {name!r}; use one of {', '.join(CONFIGS)}")
    return CONFIGS[name]

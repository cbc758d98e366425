import hashlib
import secrets


def new_token() -> tuple[str, str]:
    """A random token for a link, and the hash that is stored (the token itself never is)."""
    raw = secrets.token_urlsafe(32)
    return raw, hash_token(raw)


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()

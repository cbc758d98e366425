"""Tokens and requests for the JSON API's tests."""
from app.services import api_tokens
from helpers import user


def token_for(email: str, scope: str = "read", days: int = 30) -> str:
    return api_tokens.create(user(email), name=f"test {scope}", scope=scope, days=days)[1]


def bearer(token: str, **headers) -> dict:
    return {"Authorization": f"Bearer {token}", **headers}

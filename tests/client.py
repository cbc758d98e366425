"""The test client: each request in its own application context, forms posted with a CSRF token."""
import os

from flask.testing import FlaskClient
from itsdangerous import URLSafeTimedSerializer

from helpers import DEMO_PASSWORD


class Client(FlaskClient):
    """A test client that sends the CSRF token like a browser form would.

    Each request gets its own application context (so its own `g` and database
    session), as in production, even while the test holds one open.
    """

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)

    def csrf_token(self) -> str:
        """The token a form on any page would carry, made the way Flask-WTF makes it (no page rendered):
        a random value kept in the session, signed with the app's key."""
        field = self.application.config.get("WTF_CSRF_FIELD_NAME", "csrf_token")
        with self.session_transaction() as session:
            if field not in session:
                session[field] = os.urandom(20).hex()
            raw = session[field]
        secret = self.application.config.get("WTF_CSRF_SECRET_KEY") or self.application.secret_key
        return URLSafeTimedSerializer(secret, salt="wtf-csrf-token").dumps(raw)

    def post_form(self, url, data=None, **kwargs):
        data = dict(data or {})
        data.setdefault("csrf_token", self.csrf_token())
        return self.post(url, data=data, **kwargs)

    def login(self, email, password=DEMO_PASSWORD):
        response = self.post_form("/en/auth/login", {"email": email, "password": password})
        assert response.status_code == 302, f"login of {email} failed"
        return response

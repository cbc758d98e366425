"""Small helpers the tests share: look-ups by natural key, and a snapshot of the whole database."""
import socket
from datetime import date, timedelta

from sqlalchemy import select

from app.extensions import db
from app.models import Department, Membership, Organization, User

DEMO_PASSWORD = "hamkor-demo-2026"


def org(slug) -> Organization:
    db.session.expire_all()
    return db.session.scalar(select(Organization).where(Organization.slug == slug))


def user(email) -> User:
    db.session.expire_all()
    return db.session.scalar(select(User).where(User.email == email))


def membership(email, slug) -> Membership:
    db.session.expire_all()
    return db.session.scalar(
        select(Membership).join(Membership.user).join(Membership.organization)
        .where(User.email == email, Organization.slug == slug)
    )


def department(slug) -> Department:
    return db.session.scalar(
        select(Department).join(Department.organization).where(Organization.slug == slug).order_by(Department.id)
    )


def snapshot() -> dict:
    """Every row of every table, to prove a request changed nothing."""
    db.session.expire_all()
    state = {}
    with db.engine.connect() as conn:
        for table in db.metadata.sorted_tables:
            rows = conn.execute(select(table)).all()
            state[table.name] = sorted(tuple(str(v) for v in row) for row in rows)
    return state


def day(offset: int) -> date:
    """A date `offset` days from today: tests never depend on the calendar date (the demo does not)."""
    return date.today() + timedelta(days=offset)


def iso(offset: int) -> str:
    """The same date as a form field would send it."""
    return day(offset).isoformat()


def free_port() -> int:
    """A loopback port nothing listens on (for the servers the tests start)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sign_in(page, base: str, email: str, lang: str = "en") -> None:
    """Log a browser page in as a demo account, through the login form."""
    page.goto(f"{base}/{lang}/auth/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("input#submit")
    page.wait_for_load_state()

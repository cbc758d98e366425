"""Test databases: SQLite files in the session's folder, or PostgreSQL databases beside TEST_DATABASE_URL's."""
import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


def worker_database(base: str | None, worker: str, folder: str) -> tuple[str, str | None]:
    """SQLite in the session's folder, or a PostgreSQL database of this xdist worker's own. Returns the
    URL and the name of the database made for it (to drop at the end), if any."""
    if not base:
        return f"sqlite:///{os.path.join(folder, 'test.db')}", None
    if worker == "master":
        return base, None
    return sibling_database(base, worker)


def sibling_database(base: str, suffix: str) -> tuple[str, str]:
    """A new, empty PostgreSQL database named after TEST_DATABASE_URL's with a suffix."""
    url = make_url(base)
    name = f"{url.database}_{suffix}"
    _admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(hide_password=False), name


def drop_database(base: str, name: str) -> None:
    _admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _admin(base: str, *statements: str) -> None:
    engine = create_engine(make_url(base), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        for statement in statements:
            conn.execute(text(statement))
    engine.dispose()

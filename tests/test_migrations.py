"""The Alembic migrations: one head, upgrade from empty, the models match, downgrade to base.

Runs on a database of its own (a second SQLite file, or a sibling PostgreSQL database per worker).
"""
import os

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect

from app import create_app
from app.extensions import db
from databases import drop_database, sibling_database

MIGRATIONS = os.path.join(os.path.dirname(__file__), "..", "migrations")


@pytest.fixture(scope="module")
def migration_app(tmp_path_factory, worker_id):
    base = os.environ.get("TEST_DATABASE_URL")
    if base:
        target, name = sibling_database(base, f"migrations_{worker_id}")  # xdist workers may both run this
    else:
        target = f"sqlite:///{tmp_path_factory.mktemp('migrations') / 'm.db'}"
    app = create_app("testing", SQLALCHEMY_DATABASE_URI=target)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()
    if base:
        drop_database(base, name)


def _tables():
    return set(inspect(db.engine).get_table_names()) - {"alembic_version"}


def test_single_head(migration_app):
    script = ScriptDirectory.from_config(migration_app.extensions["migrate"].migrate.get_config(MIGRATIONS))
    assert len(script.get_heads()) == 1


def test_upgrade_from_empty_matches_the_models_and_downgrades_to_base(migration_app):
    assert _tables() == set()
    upgrade(directory=MIGRATIONS)
    assert _tables() == set(db.metadata.tables)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), db.metadata)
    assert diff == []
    downgrade(directory=MIGRATIONS, revision="base")
    assert _tables() == set()
    upgrade(directory=MIGRATIONS)  # and up again: the downgrade left nothing behind
    assert _tables() == set(db.metadata.tables)
    downgrade(directory=MIGRATIONS, revision="base")


def _insert(conn, name: str, **values) -> int:
    """A row with `values`, every other required column filled with a plain value of its type."""
    from datetime import date, datetime, timezone

    from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, MetaData, Table

    table = Table(name, MetaData(), autoload_with=conn)
    row = dict(values)
    for column in table.columns:
        if column.name in row or column.nullable or column.primary_key or column.server_default is not None:
            continue
        kind = column.type
        row[column.name] = (datetime.now(timezone.utc) if isinstance(kind, DateTime) else date.today()
                            if isinstance(kind, Date) else False if isinstance(kind, Boolean) else 1
                            if isinstance(kind, Integer) else {} if isinstance(kind, JSON) else "x")
    result = conn.execute(table.insert().values(**row))
    return result.inserted_primary_key[0] if result.inserted_primary_key else None


def test_the_security_migration_keeps_feed_addresses_and_meeting_participants(migration_app):
    """Data written before issue 12: a calendar address people subscribed to keeps working (now stored
    hashed), organizations already in a meeting stay in it (accepted), and nothing that points at the
    altered tables is lost."""
    import hashlib

    from sqlalchemy import text

    upgrade(directory=MIGRATIONS, revision="30794cedb1ab")
    with db.engine.begin() as conn:
        org_id = _insert(conn, "organization", slug="kg", kind="national_society")
        guest_id = _insert(conn, "organization", slug="kz", kind="national_society")
        user_id = _insert(conn, "user", email="old@example.org", calendar_token="old-feed-secret")
        _insert(conn, "membership", user_id=user_id, organization_id=org_id, role="admin", is_active=True)
        _insert(conn, "password_reset", user_id=user_id, token_hash="h" * 64)
        meeting_id = _insert(conn, "meeting", organizer_org_id=org_id, created_by_id=user_id)
        conn.execute(text("INSERT INTO meeting_organization (meeting_id, organization_id) VALUES (:m, :o)"),
                     {"m": meeting_id, "o": guest_id})
    upgrade(directory=MIGRATIONS)
    with db.engine.connect() as conn:
        stored = conn.execute(text("SELECT calendar_token_hash FROM \"user\" WHERE email = 'old@example.org'")).scalar()
        status = conn.execute(text("SELECT status FROM meeting_organization")).scalar()
        kept = [conn.execute(text(f"SELECT count(*) FROM {name}")).scalar()
                for name in ("membership", "password_reset")]
        creator = conn.execute(text("SELECT created_by_id FROM meeting")).scalar()
    assert stored == hashlib.sha256(b"old-feed-secret").hexdigest() and status == "accepted"
    # Rebuilding the user table (SQLite) must not cascade to the rows that point at it.
    assert kept == [1, 1] and creator == user_id
    downgrade(directory=MIGRATIONS, revision="base")
    assert _tables() == set()


def test_reports_and_partners_made_before_their_history_start_it_with_what_they_hold(migration_app):
    """Data written before issue 14: each indicator report's history starts with its value and who
    reported it, each partner's with its stage; downgrading drops only the history."""
    from decimal import Decimal

    from sqlalchemy import text

    upgrade(directory=MIGRATIONS, revision="f5088a648958")
    with db.engine.begin() as conn:
        org_id = _insert(conn, "organization", slug="kg", kind="national_society")
        user_id = _insert(conn, "user", email="old@example.org")
        campaign_id = _insert(conn, "campaign", owner_org_id=org_id, scope="national", status="active")
        indicator_id = _insert(conn, "indicator", campaign_id=campaign_id)
        report_id = _insert(conn, "indicator_report", indicator_id=indicator_id, organization_id=org_id,
                            value=Decimal("730"), reported_by_id=user_id)
        partner_id = _insert(conn, "partner", organization_id=org_id, stage="engaged")
    upgrade(directory=MIGRATIONS)
    with db.engine.connect() as conn:
        revision = conn.execute(text("SELECT report_id, value, actor_id, reason FROM indicator_report_revision")).one()
        change = conn.execute(text("SELECT partner_id, from_stage, to_stage FROM partner_stage_change")).one()
        version = conn.execute(text("SELECT version FROM indicator_report")).scalar()
    assert (revision[0], Decimal(str(revision[1])), revision[2], revision[3]) == (report_id, Decimal("730"), user_id,
                                                                                    None)
    assert tuple(change) == (partner_id, None, "engaged") and version == 1
    downgrade(directory=MIGRATIONS, revision="f5088a648958")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM indicator_report")).scalar() == 1
    downgrade(directory=MIGRATIONS, revision="base")
    assert _tables() == set()


def test_every_link_a_page_looks_up_by_is_indexed():
    """A foreign key is the first column of an index (or of the primary key or a unique constraint), so
    finding the rows that point at something stays an index lookup as the data grows (issue 18). Links
    to a person are exempt: they say who did something, and pages read them from the row's side."""
    missing = []
    for table in db.metadata.sorted_tables:
        leading = {index.columns[0].name for index in table.indexes}
        leading |= {constraint.columns[0].name for constraint in table.constraints
                    if hasattr(constraint, "columns") and len(constraint.columns) and
                    constraint.__class__.__name__ in ("PrimaryKeyConstraint", "UniqueConstraint")}
        for column in table.columns:
            targets = {fk.column.table.name for fk in column.foreign_keys}
            if targets and targets != {"user"} and column.name not in leading:
                missing.append(f"{table.name}.{column.name}")
    assert missing == []

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

"""data version

One counter that every write raises in its own transaction (app/caching.py): what is costly to compute
from the data (the translation queues, the region's dashboard) is cached under it and never served once a
change is committed.

Revision ID: 10dd858fc002
Revises: c712672582af
Create Date: 2026-11-29 23:07:30.588313

"""
import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision = '10dd858fc002'
down_revision = 'c712672582af'
branch_labels = None
depends_on = None


def upgrade():
    table = op.create_table('data_version',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Integer(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_data_version'))
    )
    op.bulk_insert(table, [{"key": "data", "value": 0}])


def downgrade():
    op.drop_table('data_version')

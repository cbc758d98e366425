"""partners marked not the same

The region's partner page suggests entries of two societies that may be the same partner; the
coordinator can answer "not the same" once, and the pair is never suggested again. One row per pair
(the smaller partner id first), gone with either partner.

Revision ID: c712672582af
Revises: d3be5fd42ccd
Create Date: 2026-11-29 22:20:39.736866

"""
import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision = 'c712672582af'
down_revision = 'd3be5fd42ccd'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('partner_distinct_pair',
    sa.Column('first_id', sa.Integer(), nullable=False),
    sa.Column('second_id', sa.Integer(), nullable=False),
    sa.Column('marked_by_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('first_id < second_id', name=op.f('ck_partner_distinct_pair_ordered')),
    sa.ForeignKeyConstraint(['first_id'], ['partner.id'], name=op.f('fk_partner_distinct_pair_first_id_partner'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['marked_by_id'], ['user.id'], name=op.f('fk_partner_distinct_pair_marked_by_id_user'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['second_id'], ['partner.id'], name=op.f('fk_partner_distinct_pair_second_id_partner'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_distinct_pair')),
    sa.UniqueConstraint('first_id', 'second_id', name=op.f('uq_partner_distinct_pair_first_id_second_id'))
    )
    with op.batch_alter_table('partner_distinct_pair', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_distinct_pair_second_id'), ['second_id'], unique=False)


def downgrade():
    with op.batch_alter_table('partner_distinct_pair', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_distinct_pair_second_id'))

    op.drop_table('partner_distinct_pair')

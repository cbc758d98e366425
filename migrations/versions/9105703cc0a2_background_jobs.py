"""background jobs

The queue's jobs as the database knows them (app/services/jobs.py): any app process shows how far a
pack's build has got, and the platform admin sees a job that failed for good with its error.

Revision ID: 9105703cc0a2
Revises: 23fd82487a7d
Create Date: 2026-11-30 01:31:15.031469

"""
import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision = '9105703cc0a2'
down_revision = '23fd82487a7d'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('background_job',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('done', sa.Integer(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('size', sa.BigInteger(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_background_job')),
    sa.UniqueConstraint('key', name=op.f('uq_background_job_key'))
    )
    with op.batch_alter_table('background_job', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_background_job_state'), ['state'], unique=False)



def downgrade():
    with op.batch_alter_table('background_job', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_background_job_state'))

    op.drop_table('background_job')

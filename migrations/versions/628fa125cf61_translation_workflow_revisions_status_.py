"""translation workflow: revisions, status, translator languages

Revision ID: 628fa125cf61
Revises: 3b9624e4cbb4
Create Date: 2026-11-28 11:28:15.776567

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '628fa125cf61'
down_revision = '3b9624e4cbb4'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('department', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revision', sa.Integer(), server_default='1', nullable=False))

    with op.batch_alter_table('department_translation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_revision', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('status', sa.String(length=10), server_default='draft', nullable=False))
        batch_op.add_column(sa.Column('source_text', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('translated_by_id', sa.Integer(), nullable=True))
        batch_op.alter_column('name',
               existing_type=sa.VARCHAR(length=200),
               nullable=True)
        batch_op.create_foreign_key(batch_op.f('fk_department_translation_translated_by_id_user'), 'user', ['translated_by_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.add_column(sa.Column('translation_locales', sa.String(length=64), server_default='', nullable=False))

    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revision', sa.Integer(), server_default='1', nullable=False))

    with op.batch_alter_table('organization_translation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_revision', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('status', sa.String(length=10), server_default='draft', nullable=False))
        batch_op.add_column(sa.Column('source_text', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('translated_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_organization_translation_translated_by_id_user'), 'user', ['translated_by_id'], ['id'], ondelete='SET NULL')



def downgrade():
    with op.batch_alter_table('organization_translation', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_organization_translation_translated_by_id_user'), type_='foreignkey')
        batch_op.drop_column('translated_by_id')
        batch_op.drop_column('updated_at')
        batch_op.drop_column('version')
        batch_op.drop_column('source_text')
        batch_op.drop_column('status')
        batch_op.drop_column('source_revision')

    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.drop_column('revision')

    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.drop_column('translation_locales')

    # Rows that only carry a translation of another field cannot survive a NOT NULL name.
    op.execute("DELETE FROM department_translation WHERE name IS NULL")
    with op.batch_alter_table('department_translation', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_department_translation_translated_by_id_user'), type_='foreignkey')
        batch_op.alter_column('name',
               existing_type=sa.VARCHAR(length=200),
               nullable=False)
        batch_op.drop_column('translated_by_id')
        batch_op.drop_column('updated_at')
        batch_op.drop_column('version')
        batch_op.drop_column('source_text')
        batch_op.drop_column('status')
        batch_op.drop_column('source_revision')

    with op.batch_alter_table('department', schema=None) as batch_op:
        batch_op.drop_column('revision')


"""indexes for lookups from the other side of a link

A foreign key that pages look up by (a society's meetings and proposals, a campaign's partners and plan
activities, a milestone's tasks, a department's people) gets an index: a composite primary key only
serves lookups by its first column. Found with EXPLAIN on PostgreSQL at ten times the demo (issue 18).

Revision ID: 23fd82487a7d
Revises: 10dd858fc002
Create Date: 2026-11-30 01:08:45.042061

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '23fd82487a7d'
down_revision = '10dd858fc002'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('activity_department', schema=None) as batch_op:
        batch_op.create_index('ix_activity_department_department_id', ['department_id'], unique=False)

    with op.batch_alter_table('activity_partner', schema=None) as batch_op:
        batch_op.create_index('ix_activity_partner_partner_id', ['partner_id'], unique=False)

    with op.batch_alter_table('campaign_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_update_organization_id'), ['organization_id'], unique=False)

    with op.batch_alter_table('indicator_target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_target_organization_id'), ['organization_id'], unique=False)

    with op.batch_alter_table('invitation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invitation_department_id'), ['department_id'], unique=False)

    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendee_user_id'), ['user_id'], unique=False)

    with op.batch_alter_table('meeting_organization', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_organization_organization_id', ['organization_id'], unique=False)

    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_department_id'), ['department_id'], unique=False)

    with op.batch_alter_table('objective_aim', schema=None) as batch_op:
        batch_op.create_index('ix_objective_aim_aim_id', ['aim_id'], unique=False)

    with op.batch_alter_table('partner_campaign', schema=None) as batch_op:
        batch_op.create_index('ix_partner_campaign_campaign_id', ['campaign_id'], unique=False)

    with op.batch_alter_table('plan_activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_activity_campaign_id'), ['campaign_id'], unique=False)

    with op.batch_alter_table('campaign_proposal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_proposal_decision_id'), ['decision_id'], unique=False)

    with op.batch_alter_table('proposal_comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_comment_organization_id'), ['organization_id'], unique=False)

    with op.batch_alter_table('proposal_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_answer_organization_id'), ['organization_id'], unique=False)

    with op.batch_alter_table('proposal_society', schema=None) as batch_op:
        batch_op.create_index('ix_proposal_society_organization_id', ['organization_id'], unique=False)

    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_milestone_id'), ['milestone_id'], unique=False)



def downgrade():
    with op.batch_alter_table('proposal_comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_comment_organization_id'))

    with op.batch_alter_table('campaign_proposal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_proposal_decision_id'))

    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_milestone_id'))

    with op.batch_alter_table('proposal_society', schema=None) as batch_op:
        batch_op.drop_index('ix_proposal_society_organization_id')

    with op.batch_alter_table('proposal_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_answer_organization_id'))

    with op.batch_alter_table('plan_activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_activity_campaign_id'))

    with op.batch_alter_table('partner_campaign', schema=None) as batch_op:
        batch_op.drop_index('ix_partner_campaign_campaign_id')

    with op.batch_alter_table('objective_aim', schema=None) as batch_op:
        batch_op.drop_index('ix_objective_aim_aim_id')

    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_department_id'))

    with op.batch_alter_table('meeting_organization', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_organization_organization_id')

    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendee_user_id'))

    with op.batch_alter_table('invitation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invitation_department_id'))

    with op.batch_alter_table('indicator_target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_target_organization_id'))

    with op.batch_alter_table('campaign_update', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_update_organization_id'))

    with op.batch_alter_table('activity_partner', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_partner_partner_id')

    with op.batch_alter_table('activity_department', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_department_department_id')


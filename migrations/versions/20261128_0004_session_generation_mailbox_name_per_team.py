"""A per-rep session generation (logout and a password change end every copy of a session); mailbox names
unique per team instead of across all teams.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 01:20:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("user") as batch_op:
        batch_op.add_column(sa.Column("session_generation", sa.Integer(), server_default="0", nullable=False))
    with op.batch_alter_table("mailbox") as batch_op:
        batch_op.drop_constraint("uq_mailbox_name", type_="unique")
        batch_op.create_unique_constraint("uq_mailbox_team_id_name", ["team_id", "name"])


def downgrade() -> None:
    with op.batch_alter_table("mailbox") as batch_op:
        batch_op.drop_constraint("uq_mailbox_team_id_name", type_="unique")
        batch_op.create_unique_constraint("uq_mailbox_name", ["name"])
    with op.batch_alter_table("user") as batch_op:
        batch_op.drop_column("session_generation")

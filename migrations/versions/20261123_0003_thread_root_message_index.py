"""Index threads by their root Message-ID: every synced batch looks its messages' references up there.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 21:55:00
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("thread") as batch_op:
        batch_op.create_index("ix_thread_team_id_root_message_id", ["team_id", "root_message_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("thread") as batch_op:
        batch_op.drop_index("ix_thread_team_id_root_message_id")

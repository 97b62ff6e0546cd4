"""Index drafts by status and id, so the outbox finds the next approved draft after its cursor without a sort.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 19:40:00
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("draft") as batch_op:
        batch_op.create_index("ix_draft_status_id", ["status", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("draft") as batch_op:
        batch_op.drop_index("ix_draft_status_id")

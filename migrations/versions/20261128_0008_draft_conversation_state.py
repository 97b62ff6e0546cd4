"""Store the conversation state a draft restates, for `followup drafts explain` and the draft page.

Revision ID: 0008
Revises: 0006
Create Date: 2026-11-28 01:10:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("draft") as batch_op:
        batch_op.add_column(sa.Column("state", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("draft") as batch_op:
        batch_op.drop_column("state")

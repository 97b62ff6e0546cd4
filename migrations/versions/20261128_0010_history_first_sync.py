"""Recent mail first: per-folder history cursors and progress; drafts prepared while history was loading.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 01:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mailboxfolder") as batch_op:
        batch_op.add_column(sa.Column("history_since", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("recent_uid", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("history_uid", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("history_total", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("history_done", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("draft") as batch_op:
        batch_op.add_column(sa.Column("history_loading", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("history_override", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("draft") as batch_op:
        batch_op.drop_column("history_override")
        batch_op.drop_column("history_loading")
    with op.batch_alter_table("mailboxfolder") as batch_op:
        for name in ("history_done", "history_total", "history_uid", "recent_uid", "history_since"):
            batch_op.drop_column(name)

"""A rep's own sign-off line (new drafts close with it) and working hours (their sends wait for them).

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-28 04:05:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("user") as batch_op:
        batch_op.add_column(sa.Column("sign_off", sa.String(length=100), server_default="", nullable=False))
        batch_op.add_column(sa.Column("work_hours", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("user") as batch_op:
        batch_op.drop_column("work_hours")
        batch_op.drop_column("sign_off")

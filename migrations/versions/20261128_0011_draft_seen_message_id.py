"""Drafts record the newest message row of the customer they were prepared from (arrival order, invariant 4).

Existing drafts get the newest message row dated no later than their sources, which is what they saw.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28 01:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("draft") as batch_op:
        batch_op.add_column(sa.Column("seen_message_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE draft SET seen_message_id = (SELECT max(message.id) FROM message "
        "WHERE message.customer_id = draft.customer_id "
        "AND coalesce(message.sent_at, message.created_at) <= draft.sources_through) "
        "WHERE draft.sources_through IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("draft") as batch_op:
        batch_op.drop_column("seen_message_id")

"""Possible wishes: uncertain readings of a customer's words, held for the rep to confirm or dismiss.

Revision ID: 0006
Revises: 0004
Create Date: 2026-11-28 01:10:00
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "possiblewish",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("until", sa.DateTime(), nullable=True),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("wish_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"]),
        sa.ForeignKeyConstraint(["message_id"], ["message.id"]),
        sa.ForeignKeyConstraint(["resolved_by_id"], ["user.id"]),
        sa.ForeignKeyConstraint(["wish_id"], ["wish.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("possiblewish") as batch_op:
        batch_op.create_index("ix_possiblewish_customer_id_resolved_at", ["customer_id", "resolved_at"], unique=False)
    with op.batch_alter_table("customer") as batch_op:
        batch_op.add_column(sa.Column("possible_wish", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("customer") as batch_op:
        batch_op.drop_column("possible_wish")
    with op.batch_alter_table("possiblewish") as batch_op:
        batch_op.drop_index("ix_possiblewish_customer_id_resolved_at")
    op.drop_table("possiblewish")

"""Mailboxes that sign in with OAuth 2.0: auth kind, provider, encrypted tokens, and "needs to be reconnected".

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 01:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mailbox") as batch_op:
        batch_op.add_column(sa.Column("auth_kind", sa.String(length=10), nullable=False, server_default="password"))
        batch_op.add_column(sa.Column("oauth_provider", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("oauth_refresh_encrypted", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("oauth_access_encrypted", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("oauth_access_expires_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("oauth_public", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("reconnect_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mailbox") as batch_op:
        for name in ("reconnect_reason", "oauth_public", "oauth_access_expires_at", "oauth_access_encrypted",
                     "oauth_refresh_encrypted", "oauth_provider", "auth_kind"):
            batch_op.drop_column(name)

"""Initial schema: teams, reps, mailboxes and folder sync state, customers and wishes, threads, messages, quarantine, call notes, drafts, outbox, audit, leases, login attempts.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 18:07:50.962224
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('lease',
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('holder', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_lease'))
    )
    op.create_table('loginattempt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('remote_addr', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loginattempt'))
    )
    with op.batch_alter_table('loginattempt', schema=None) as batch_op:
        batch_op.create_index('ix_loginattempt_email_at', ['email', 'at'], unique=False)

    op.create_table('team',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team')),
    sa.UniqueConstraint('name', name=op.f('uq_team_name'))
    )
    op.create_table('customer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('timezone', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=True),
    sa.Column('quiet_until', sa.DateTime(), nullable=True),
    sa.Column('quiet_reason', sa.Text(), nullable=True),
    sa.Column('preferences', sa.JSON(), nullable=True),
    sa.Column('bouncing', sa.Boolean(), nullable=False),
    sa.Column('max_per_window', sa.Integer(), nullable=True),
    sa.Column('window_seconds', sa.Integer(), nullable=True),
    sa.Column('min_gap_seconds', sa.Integer(), nullable=True),
    sa.Column('send_window', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('last_inbound_at', sa.DateTime(), nullable=True),
    sa.Column('last_outbound_at', sa.DateTime(), nullable=True),
    sa.Column('drafted_through', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_customer_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer')),
    sa.UniqueConstraint('team_id', 'email', name=op.f('uq_customer_team_id_email'))
    )
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.create_index('ix_customer_team_id_status', ['team_id', 'status'], unique=False)

    op.create_table('user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('password_hash', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('signature', sa.Text(), nullable=False),
    sa.Column('timezone', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_user_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user')),
    sa.UniqueConstraint('email', name=op.f('uq_user_email'))
    )
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_team_id'), ['team_id'], unique=False)

    op.create_table('auditevent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['user.id'], name=op.f('fk_auditevent_actor_id_user')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_auditevent_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_auditevent'))
    )
    with op.batch_alter_table('auditevent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_auditevent_created_at'), ['created_at'], unique=False)
        batch_op.create_index('ix_auditevent_team_id_created_at', ['team_id', 'created_at'], unique=False)

    op.create_table('callnote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['user.id'], name=op.f('fk_callnote_author_id_user')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_callnote_customer_id_customer')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_callnote_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_callnote'))
    )
    with op.batch_alter_table('callnote', schema=None) as batch_op:
        batch_op.create_index('ix_callnote_customer_id_at', ['customer_id', 'at'], unique=False)

    op.create_table('customeraddress',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_customeraddress_customer_id_customer')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_customeraddress_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customeraddress')),
    sa.UniqueConstraint('team_id', 'email', name=op.f('uq_customeraddress_team_id_email'))
    )
    with op.batch_alter_table('customeraddress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customeraddress_customer_id'), ['customer_id'], unique=False)

    op.create_table('mailbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('email_address', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=True),
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('password_encrypted', sa.Text(), nullable=False),
    sa.Column('imap_host', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('imap_port', sa.Integer(), nullable=False),
    sa.Column('imap_security', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('smtp_host', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('smtp_port', sa.Integer(), nullable=False),
    sa.Column('smtp_security', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('extra_folders', sa.JSON(), nullable=True),
    sa.Column('last_sync_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('last_error_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['user.id'], name=op.f('fk_mailbox_owner_id_user')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_mailbox_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mailbox')),
    sa.UniqueConstraint('name', name=op.f('uq_mailbox_name'))
    )
    with op.batch_alter_table('mailbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mailbox_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mailbox_team_id'), ['team_id'], unique=False)

    op.create_table('thread',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('subject_key', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('root_message_id', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
    sa.Column('last_message_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_thread_customer_id_customer')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_thread_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_thread'))
    )
    with op.batch_alter_table('thread', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_thread_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('ix_thread_team_id_subject_key', ['team_id', 'subject_key'], unique=False)

    op.create_table('draft',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('mailbox_id', sa.Integer(), nullable=True),
    sa.Column('thread_id', sa.Integer(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('in_reply_to', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
    sa.Column('references', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('sources', sa.JSON(), nullable=True),
    sa.Column('grounding', sa.JSON(), nullable=True),
    sa.Column('grounded', sa.Boolean(), nullable=False),
    sa.Column('backend', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('sources_through', sa.DateTime(), nullable=True),
    sa.Column('hold_reason', sa.Text(), nullable=True),
    sa.Column('not_before', sa.DateTime(), nullable=True),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('approved_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['approved_by_id'], ['user.id'], name=op.f('fk_draft_approved_by_id_user')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_draft_customer_id_customer')),
    sa.ForeignKeyConstraint(['mailbox_id'], ['mailbox.id'], name=op.f('fk_draft_mailbox_id_mailbox')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_draft_team_id_team')),
    sa.ForeignKeyConstraint(['thread_id'], ['thread.id'], name=op.f('fk_draft_thread_id_thread')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft'))
    )
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.create_index('ix_draft_customer_id_status', ['customer_id', 'status'], unique=False)
        batch_op.create_index('ix_draft_status_not_before', ['status', 'not_before'], unique=False)
        batch_op.create_index('ix_draft_team_id_status', ['team_id', 'status'], unique=False)

    op.create_table('mailboxfolder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mailbox_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('uidvalidity', sa.BigInteger(), nullable=True),
    sa.Column('last_uid', sa.BigInteger(), nullable=False),
    sa.Column('highestmodseq', sa.BigInteger(), nullable=True),
    sa.Column('message_count', sa.Integer(), nullable=False),
    sa.Column('synced_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['mailbox_id'], ['mailbox.id'], name=op.f('fk_mailboxfolder_mailbox_id_mailbox')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mailboxfolder')),
    sa.UniqueConstraint('mailbox_id', 'name', name=op.f('uq_mailboxfolder_mailbox_id_name'))
    )
    with op.batch_alter_table('mailboxfolder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mailboxfolder_mailbox_id'), ['mailbox_id'], unique=False)

    op.create_table('message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('mailbox_id', sa.Integer(), nullable=False),
    sa.Column('folder', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('uid', sa.BigInteger(), nullable=True),
    sa.Column('uidvalidity', sa.BigInteger(), nullable=True),
    sa.Column('message_id_header', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=False),
    sa.Column('in_reply_to', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
    sa.Column('references', sa.Text(), nullable=True),
    sa.Column('thread_id', sa.Integer(), nullable=True),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('direction', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('from_addr', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('from_name', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('to_addrs', sa.JSON(), nullable=True),
    sa.Column('cc_addrs', sa.JSON(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('new_text', sa.Text(), nullable=False),
    sa.Column('quoted_text', sa.Text(), nullable=False),
    sa.Column('signature', sa.Text(), nullable=False),
    sa.Column('attachments', sa.JSON(), nullable=True),
    sa.Column('is_auto', sa.Boolean(), nullable=False),
    sa.Column('is_bulk', sa.Boolean(), nullable=False),
    sa.Column('is_bounce', sa.Boolean(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_message_customer_id_customer')),
    sa.ForeignKeyConstraint(['mailbox_id'], ['mailbox.id'], name=op.f('fk_message_mailbox_id_mailbox')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_message_team_id_team')),
    sa.ForeignKeyConstraint(['thread_id'], ['thread.id'], name=op.f('fk_message_thread_id_thread')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message')),
    sa.UniqueConstraint('mailbox_id', 'folder', 'message_id_header', name=op.f('uq_message_mailbox_id_folder_message_id_header'))
    )
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.create_index('ix_message_customer_id_sent_at', ['customer_id', 'sent_at'], unique=False)
        batch_op.create_index('ix_message_mailbox_id_folder_uid', ['mailbox_id', 'folder', 'uid'], unique=False)
        batch_op.create_index('ix_message_team_id_message_id_header', ['team_id', 'message_id_header'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_thread_id'), ['thread_id'], unique=False)

    op.create_table('quarantinedmessage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mailbox_id', sa.Integer(), nullable=False),
    sa.Column('folder', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('uid', sa.BigInteger(), nullable=False),
    sa.Column('uidvalidity', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('raw', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['mailbox_id'], ['mailbox.id'], name=op.f('fk_quarantinedmessage_mailbox_id_mailbox')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quarantinedmessage')),
    sa.UniqueConstraint('mailbox_id', 'folder', 'uidvalidity', 'uid', name=op.f('uq_quarantinedmessage_mailbox_id_folder_uidvalidity_uid'))
    )
    with op.batch_alter_table('quarantinedmessage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quarantinedmessage_mailbox_id'), ['mailbox_id'], unique=False)

    op.create_table('sendrecord',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('draft_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('mailbox_id', sa.Integer(), nullable=True),
    sa.Column('message_id_header', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('claimed_by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('claimed_at', sa.DateTime(), nullable=True),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('appended_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('raw', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_sendrecord_customer_id_customer')),
    sa.ForeignKeyConstraint(['draft_id'], ['draft.id'], name=op.f('fk_sendrecord_draft_id_draft')),
    sa.ForeignKeyConstraint(['mailbox_id'], ['mailbox.id'], name=op.f('fk_sendrecord_mailbox_id_mailbox')),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_sendrecord_team_id_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sendrecord')),
    sa.UniqueConstraint('draft_id', name=op.f('uq_sendrecord_draft_id')),
    sa.UniqueConstraint('message_id_header', name=op.f('uq_sendrecord_message_id_header'))
    )
    with op.batch_alter_table('sendrecord', schema=None) as batch_op:
        batch_op.create_index('ix_sendrecord_customer_id_sent_at', ['customer_id', 'sent_at'], unique=False)
        batch_op.create_index('ix_sendrecord_state_claimed_at', ['state', 'claimed_at'], unique=False)

    op.create_table('wish',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('until', sa.DateTime(), nullable=True),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('set_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.Column('undone_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_wish_customer_id_customer')),
    sa.ForeignKeyConstraint(['message_id'], ['message.id'], name=op.f('fk_wish_message_id_message')),
    sa.ForeignKeyConstraint(['set_by_id'], ['user.id'], name=op.f('fk_wish_set_by_id_user')),
    sa.ForeignKeyConstraint(['undone_by_id'], ['user.id'], name=op.f('fk_wish_undone_by_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wish'))
    )
    with op.batch_alter_table('wish', schema=None) as batch_op:
        batch_op.create_index('ix_wish_customer_id_undone_at', ['customer_id', 'undone_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('wish', schema=None) as batch_op:
        batch_op.drop_index('ix_wish_customer_id_undone_at')

    op.drop_table('wish')
    with op.batch_alter_table('sendrecord', schema=None) as batch_op:
        batch_op.drop_index('ix_sendrecord_state_claimed_at')
        batch_op.drop_index('ix_sendrecord_customer_id_sent_at')

    op.drop_table('sendrecord')
    with op.batch_alter_table('quarantinedmessage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quarantinedmessage_mailbox_id'))

    op.drop_table('quarantinedmessage')
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_thread_id'))
        batch_op.drop_index('ix_message_team_id_message_id_header')
        batch_op.drop_index('ix_message_mailbox_id_folder_uid')
        batch_op.drop_index('ix_message_customer_id_sent_at')

    op.drop_table('message')
    with op.batch_alter_table('mailboxfolder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mailboxfolder_mailbox_id'))

    op.drop_table('mailboxfolder')
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.drop_index('ix_draft_team_id_status')
        batch_op.drop_index('ix_draft_status_not_before')
        batch_op.drop_index('ix_draft_customer_id_status')

    op.drop_table('draft')
    with op.batch_alter_table('thread', schema=None) as batch_op:
        batch_op.drop_index('ix_thread_team_id_subject_key')
        batch_op.drop_index(batch_op.f('ix_thread_customer_id'))

    op.drop_table('thread')
    with op.batch_alter_table('mailbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mailbox_team_id'))
        batch_op.drop_index(batch_op.f('ix_mailbox_owner_id'))

    op.drop_table('mailbox')
    with op.batch_alter_table('customeraddress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customeraddress_customer_id'))

    op.drop_table('customeraddress')
    with op.batch_alter_table('callnote', schema=None) as batch_op:
        batch_op.drop_index('ix_callnote_customer_id_at')

    op.drop_table('callnote')
    with op.batch_alter_table('auditevent', schema=None) as batch_op:
        batch_op.drop_index('ix_auditevent_team_id_created_at')
        batch_op.drop_index(batch_op.f('ix_auditevent_created_at'))

    op.drop_table('auditevent')
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_team_id'))

    op.drop_table('user')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_team_id_status')

    op.drop_table('customer')
    op.drop_table('team')
    with op.batch_alter_table('loginattempt', schema=None) as batch_op:
        batch_op.drop_index('ix_loginattempt_email_at')

    op.drop_table('loginattempt')
    op.drop_table('lease')

"""Mail: connections to the rep's mail servers and what their failures mean.

In: a Mailbox row and its secret. Out: a logged-in IMAP or SMTP connection (`imap`, `smtp`, with OAuth 2
tokens from `oauth`, its providers in `oauth_providers`), or a MailboxError whose text a rep can act on (the
texts in `errors`). `headers` writes every header of an outgoing message from validated values.
"""

"""Inbound: mail enters here and leaves as stored rows.

In: IMAP folders of a connected mailbox (`sync`: the recent window first, then the older history in batches
by `history`) and replies threaded by `threads`. Out: Message, Thread and Customer rows, wishes and bounces
applied to customers, and stale drafts marked, all through the entity query modules at the top of the package.
Parsing of the raw bytes is done by `followup.text`.
"""

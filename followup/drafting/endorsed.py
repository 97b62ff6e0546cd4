"""Each email's text as drafting reads it: the customer's new text, and below it the message they forward and point
the rep to ("see below from my son", "siehe unten", "voir ci-dessous", "ver abajo"), whose asks are theirs to answer
(followup/text/forwarded.py decides which). The rep's own quoted email never comes back."""
from __future__ import annotations

from typing import Protocol, Sequence

from sqlmodel import Session

from followup.models import Mailbox, User
from followup.text.forwarded import endorsed_text, replied_body, replied_header


class _Stored(Protocol):
    """A stored message as sync keeps it (followup.models.Message)."""

    id: int | None
    direction: str
    mailbox_id: int
    from_addr: str
    new_text: str
    quoted_text: str


def drafting_texts(messages: Sequence[_Stored], own: Sequence[str] = ()) -> dict[int | None, str]:
    """Each message's text for drafting by id; `own` adds the rep's addresses to those of their sent emails."""
    mine = {m.from_addr for m in messages if m.direction == "outbound" and m.from_addr} | set(own)
    out = {}
    for m in messages:
        text = m.new_text or ""
        if m.direction == "inbound":
            others = (o.new_text or "" for o in messages if o is not m)  # read only when a forward is endorsed
            text = endorsed_text(text, m.quoted_text or "", mine, others)
        out[m.id] = text
    return out


def replied_texts(messages: Sequence[_Stored], own: Sequence[str] = ()) -> dict[int | None, str]:
    """The rep's own email each customer's email quotes below it, by id (only those that quote one): the greeting
    the rep last wrote to the customer may be there alone, their sent mail not synced."""
    mine = {m.from_addr for m in messages if m.direction == "outbound" and m.from_addr} | set(own)
    out = {}
    for m in messages:
        if m.direction == "inbound" and m.quoted_text:
            body = replied_body(m.new_text or "", m.quoted_text, mine)
            if body:
                out[m.id] = body
    return out


def replied_heads(messages: Sequence[_Stored], own: Sequence[str] = (), names: Sequence[str] = ()) -> dict[int | None, str]:
    """The header of the rep's own email each customer's email quotes below it, by id, when it names the rep (their
    address, or one of `names`: the mailbox owners' and the rep's sent emails' sender names): drafting reads that
    email as theirs (drafting/quotedrep.py)."""
    mine = {m.from_addr for m in messages if m.direction == "outbound" and m.from_addr} | set(own)
    named = {getattr(m, "from_name", "") for m in messages if m.direction == "outbound"} | set(names)
    out = {}
    for m in messages:
        if m.direction == "inbound" and m.quoted_text:
            head = replied_header(m.quoted_text, mine, [n for n in named if n])
            if head:
                out[m.id] = head
    return out


def mailbox_names(session: Session, messages: Sequence[_Stored]) -> list[str]:
    """The names of the owners of the mailboxes the messages were synced from: the rep's side."""
    boxes = [session.get(Mailbox, i) for i in {m.mailbox_id for m in messages}]
    owners = [session.get(User, b.owner_id) for b in boxes if b is not None]
    return [u.name for u in owners if u is not None and isinstance(u.name, str) and u.name]


def mailbox_addresses(session: Session, messages: Sequence[_Stored]) -> list[str]:
    """The addresses (aliases too) of the mailboxes the messages were synced from: the rep's side."""
    boxes = [session.get(Mailbox, i) for i in {m.mailbox_id for m in messages}]
    return [a for b in boxes if b is not None for a in [b.email_address, *(b.aliases or [])] if isinstance(a, str)]


__all__ = ["drafting_texts", "mailbox_addresses", "mailbox_names", "replied_heads", "replied_texts"]

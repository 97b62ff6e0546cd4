"""The server's own check of a draft's text as it stands now: every figure, date and name against all of the
customer's sources and the signing rep's profile. Run on every view of a draft, on each check while the rep types
and before every approval, so an edit is judged on the text itself, never on what the browser says about it."""
from __future__ import annotations

from sqlmodel import Session, select

from followup.drafting.endorsed import drafting_texts, mailbox_addresses, replied_texts
from followup.drafting.grounding import ground
from followup.drafting.profile import RepProfile, grounding_texts
from followup.drafting.sentences import Source
from followup.models import CallNote, Customer, Draft, Mailbox, Message, User


def _signer(session: Session, draft: Draft, viewer: User | None) -> User | None:
    """The rep whose profile counts as grounded: the approver, else the draft mailbox's owner, else the viewer."""
    owner = session.get(User, draft.approved_by_id) if draft.approved_by_id else None
    if owner is None and draft.mailbox_id:
        box = session.get(Mailbox, draft.mailbox_id)
        owner = session.get(User, box.owner_id) if box else None
    return owner or viewer


def current_grounding(session: Session, draft: Draft, customer: Customer, *, default_timezone: str,
                      viewer: User | None = None) -> dict:
    """The grounding report (as_dict) of the draft's current body."""
    messages = list(session.exec(select(Message).where(Message.customer_id == customer.id)))
    own = mailbox_addresses(session, messages)
    texts = drafting_texts(messages, own)  # a forwarded message read as drafting did
    replied = replied_texts(messages, own)  # the rep's quoted email, whose greeting the draft may keep
    sources = [Source("message", m.id, texts[m.id], m.sent_at or m.created_at, m.direction,
                      replied=replied.get(m.id, ""), subject=m.subject or "")
               for m in messages]
    sources += [Source("note", n.id, n.text, n.at, "note")
                for n in session.exec(select(CallNote).where(CallNote.customer_id == customer.id))]
    owner = _signer(session, draft, viewer)
    profile = RepProfile(name=owner.name, email=owner.email, signature=owner.signature,
                         sign_off=owner.sign_off or "") if owner else RepProfile("", "", "")
    texts = grounding_texts(customer_name=customer.name, customer_email=customer.email, rep=profile)
    tz = (draft.state or {}).get("timezone") or customer.timezone or default_timezone
    return ground(draft.body, sources, texts, written_at=draft.created_at, tz=tz).as_dict()


def unverified(session: Session, draft: Draft, customer: Customer, body: str, *, default_timezone: str,
               viewer: User | None = None) -> list[str]:
    """The figures, dates, names ... of this body that are in none of the customer's sources (nor the profile)."""
    probe = Draft(**{**draft.model_dump(), "body": body})  # never added to the session: nothing is written
    report = current_grounding(session, probe, customer, default_timezone=default_timezone, viewer=viewer)
    return [t["text"] for t in report.get("tokens") or [] if not t.get("grounded")]

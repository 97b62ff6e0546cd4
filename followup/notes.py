"""Call notes: a rep's record of a call, a source for drafts like a message."""
from datetime import datetime

from sqlmodel import Session

from followup import audit
from followup.clock import utcnow
from followup.customers import get_or_create_customer
from followup.exceptions import BadInput
from followup.models import CallNote

MAX_NOTE_CHARS = 20_000


def add_note(session: Session, customer_email: str, text: str, *, at: datetime | None = None,
             author_id: int | None = None, team_id: int | None = None) -> CallNote:
    """Store a call note for the customer (created if new); ``at`` is naive UTC, default now."""
    text = (text or "").strip()
    if not text:
        raise BadInput("note: the text is empty")
    if len(text) > MAX_NOTE_CHARS:
        raise BadInput(f"note: longer than {MAX_NOTE_CHARS} characters")
    customer = get_or_create_customer(session, customer_email, team_id=team_id)
    note = CallNote(team_id=customer.team_id, customer_id=customer.id, author_id=author_id, text=text,
                    at=at or utcnow())
    session.add(note)
    session.flush()
    audit.record(session, "note.added", team_id=customer.team_id, entity="note", entity_id=note.id,
                 actor_id=author_id, customer=customer.email)
    return note

"""Audit events: who did what, when, to which draft, customer or mailbox."""
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from followup.models import AuditEvent


def record(session: Session, kind: str, *, team_id: int | None, entity: str = "", entity_id: int | None = None,
           actor_id: int | None = None, actor: str = "system", **detail: Any) -> AuditEvent:
    """Add an audit event to the session (the caller commits with the change it describes)."""
    event = AuditEvent(team_id=team_id, kind=kind, entity=entity, entity_id=entity_id, actor_id=actor_id,
                       actor=actor, detail=detail or None)
    session.add(event)
    return event


def prune(session: Session, older_than: datetime) -> int:
    """Delete audit events created before ``older_than``; return how many."""
    result = session.execute(sa.delete(AuditEvent).where(AuditEvent.created_at < older_than))
    return result.rowcount or 0

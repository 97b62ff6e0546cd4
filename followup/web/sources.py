"""A draft's sources with its quotes marked, and the grounding of its current text (the server's check)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from followup.models import CallNote, Customer, Draft, Message
from followup.web import state
from followup.web.access import rep


def _find(text: str, quote: str) -> tuple[int, int] | None:
    """Where the quote sits in the text, exactly or with any run of whitespace matching any other."""
    quote = (quote or "").strip()
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def highlight(text: str, quotes: list[str]) -> tuple[list[tuple[str, bool]], list[str]]:
    """Split text into (segment, is_quote) pieces marking each quote; also return the quotes not found."""
    spans, missing = [], []
    for quote in quotes:
        span = _find(text, quote)
        if span is None:
            missing.append(quote)
        else:
            spans.append(span)
    pieces, pos = [], 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if start >= end:
            continue
        if start > pos:
            pieces.append((text[pos:start], False))
        pieces.append((text[start:end], True))
        pos = end
    if pos < len(text):
        pieces.append((text[pos:], False))
    return pieces, missing


@dataclass
class SourceView:
    """One message or call note a draft cites, with its quotes marked."""

    kind: str
    id: int
    title: str
    at: datetime | None
    pieces: list
    missing: list
    direction: str


def source_views(session: Session, draft: Draft) -> list[SourceView]:
    """The draft's sources, one per message or note, each with all its quotes highlighted."""
    grouped: dict[tuple[str, int], list[str]] = {}
    for src in draft.sources or []:
        grouped.setdefault((src.get("kind"), src.get("id")), []).append(src.get("quote") or "")
    views = []
    for (kind, sid), quotes in grouped.items():
        row = session.get(Message if kind == "message" else CallNote, sid) if isinstance(sid, int) else None
        if row is None or row.team_id != draft.team_id:
            views.append(SourceView(kind, sid, f"{kind} {sid} (no longer available)", None, [], quotes, ""))
            continue
        if kind == "message":
            who = row.from_name or row.from_addr
            title = f"{'From' if row.direction == 'inbound' else 'Sent by'} {who}: {row.subject}"
            text, at, direction = row.new_text, row.sent_at, row.direction
        else:
            title, text, at, direction = "Call note", row.text, row.at, "note"
        pieces, missing = highlight(text, quotes)
        views.append(SourceView(kind, sid, title, at, pieces, missing, direction))
    return views


def live_grounding(session: Session, draft: Draft, customer: Customer) -> dict:
    """The grounding report of the draft's current text (followup.drafting.recheck), as the rep views it."""
    from followup.drafting.recheck import current_grounding

    return current_grounding(session, draft, customer, default_timezone=state().settings.policy.default_timezone,
                             viewer=rep())

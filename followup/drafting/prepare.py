"""Prepare drafts: for each customer who needs a follow-up, one grounded draft built from that customer's sources.

Sources, the customer's latest conversation:
- the messages of the thread of the customer's newest message, both directions, new text only, without
  automatic replies, bulk mail and bounces (one row per Message-ID when a message sits in several folders);
- the customer's call notes since the last follow-up (the newest outbound message or send to the customer),
  or all of them when there was none.
Every row is read by this customer's id, so no other customer's data reaches compose(), the language model
or the grounding check (SPEC invariant 6).

"Not for customers whose latest message has not been seen by the drafter yet" (issue 4) is read as: no draft
stands for a conversation it did not see. Customer.drafted_through records how far the drafter has read (the
newest source time of the last draft prepared for the customer), Draft.sources_through the same per draft:
- a live draft older than the customer's newest message did not see it: it is made stale (invariant 4) and a
  fresh draft is prepared from the whole conversation in the same run;
- when no source is newer than drafted_through and there is no stale draft to replace, the drafter has seen
  everything already: nothing is prepared, so a rejected or sent draft does not come back on every run.

The slow part (composing, the optional language model call) runs outside any transaction; the write re-checks
the live draft and drafted_through under the customer's row lock, so two workers never leave two live drafts.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from sqlmodel import Session, col, select

from followup import audit
from followup.clock import iso, utcnow
from followup.config import Settings
from followup.db import Database
from followup.drafting import llm
from followup.drafting.composition import compose_state, framing_texts, slots
from followup.drafting.conversation import Voice, build_state, learn_voice, needs_follow_up_state
from followup.drafting.endorsed import (
    drafting_texts,
    mailbox_addresses,
    mailbox_names,
    replied_heads,
    replied_texts,
)
from followup.drafting.grounding import GroundingReport, ground
from followup.drafting.profile import RepProfile, grounding_texts
from followup.drafting.sentences import Source
from followup.drafts import customer_wrote_past, live_draft, mark_stale
from followup.exceptions import DraftBackendError, NothingToDraft
from followup.inbound import history
from followup.models import CallNote, Customer, Draft, DraftStatus, Mailbox, Message, Thread, User
from followup.sends import last_sent_at

log = logging.getLogger(__name__)

STALE_REASON = "customer wrote after this draft was prepared"
# How many of the rep's newest sent emails show their greeting and sign-off habit.
VOICE_SAMPLE = 40


@dataclass(frozen=True)
class Conversation:
    """What one customer's draft is prepared from, read in one short transaction."""

    customer_id: int
    team_id: int
    email: str
    name: str
    tz: str
    sources: tuple[Source, ...]
    subject: str
    rep: RepProfile
    thread_id: int | None
    mailbox_id: int | None
    in_reply_to: str | None
    references: str | None
    newest_inbound: datetime | None
    drafted_through: datetime | None
    replaces: int | None  # the stale live draft this one replaces
    voice: Voice = Voice()  # the rep's greeting and sign-off habit, from their own sent mail
    seen_message_id: int | None = None  # the customer's newest message row when the sources were read
    message_count: int = 0  # how many messages the customer had then (store() refuses when a sync added one since)
    preferences: tuple[dict, ...] = ()  # the customer's stored preferences ({"value", "quote"}): the close's time

    @property
    def sources_through(self) -> datetime:
        """The time of the newest source."""
        return max(s.at for s in self.sources)


@dataclass(frozen=True)
class Prepared:
    """A composed and checked draft, ready to store."""

    subject: str
    body: str
    sources: list
    grounding: dict
    grounded: bool
    reason: str
    backend: str
    hold_reason: str | None = None
    unmatched: tuple[str, ...] = ()
    state: dict | None = None  # the conversation state the draft restates (`followup drafts explain`)


def prepare_drafts(db: Database, settings: Settings, *, now: datetime | None = None,
                   customer_ids: list[int] | None = None) -> dict:
    """Prepare a draft for every customer (of every team, or the given ids) who needs one; the SPEC's JSON shape."""
    now = now or utcnow()
    api_key = settings.secret(settings.drafting.api_key_env)
    with db.session() as session:
        query = select(Customer.id, Customer.email).order_by(Customer.team_id, Customer.id)
        if customer_ids is not None:
            query = query.where(col(Customer.id).in_(customer_ids))
        customers = list(session.exec(query))
    created: list[int] = []
    skipped: list[dict] = []
    voices: dict[int, Voice] = {}  # a rep's voice, learnt once a pass (it read the same sent mail for every customer)
    for customer_id, email in customers:
        try:
            outcome = _prepare_one(db, settings, customer_id, now, api_key, voices)
        except Exception as exc:  # one customer's odd data must not cost every other customer their draft
            log.exception("preparing a draft for %s failed", email)
            outcome = f"failed: {type(exc).__name__}: {exc}"
        if isinstance(outcome, int):
            created.append(outcome)
        else:
            skipped.append({"customer": email, "reason": outcome})
    return {"created": created, "skipped": skipped}


def _prepare_one(db: Database, settings: Settings, customer_id: int, now: datetime, api_key: str | None,
                 voices: dict[int, Voice] | None = None) -> int | str:
    """The new draft's id, or why the customer was skipped."""
    with db.session() as session:
        conv = gather(session, session.get(Customer, customer_id), settings.policy.default_timezone, voices)
    if isinstance(conv, str):
        return conv
    made = draft_for(conv, settings, now, api_key)
    if isinstance(made, str):
        return made
    with db.write_session() as session:
        outcome = store(session, conv, made, now)
        session.commit()
    return outcome


# ---------------------------------------------------------------- reading one customer's conversation


def _at(message: Message) -> datetime:
    """When a message was sent (when it was stored, for a message without a usable Date)."""
    return message.sent_at or message.created_at


def _zone(name: str | None, default: str) -> str:
    """The customer's time zone name, or the default when unset or unknown."""
    if name:
        try:
            ZoneInfo(name)
            return name
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("unknown time zone %r on a customer; using %s", name, default)
    return default


def _messages(session: Session, customer_id: int) -> list[Message]:
    """The customer's conversational messages, oldest first, one per Message-ID."""
    rows = session.exec(select(Message).where(Message.customer_id == customer_id, col(Message.is_auto).is_(False),
                                              col(Message.is_bulk).is_(False), col(Message.is_bounce).is_(False))
                        .order_by(Message.id))
    seen: dict[str, Message] = {}
    for row in rows:
        seen.setdefault(row.message_id_header, row)
    return sorted(seen.values(), key=lambda m: (_at(m), m.id))


def _last_follow_up(session: Session, customer_id: int, messages: list[Message]) -> datetime | None:
    """The time of the newest email the customer was sent (a synced outbound message or a send record)."""
    outbound = [_at(m) for m in messages if m.direction == "outbound"]
    sent = last_sent_at(session, customer_id)  # the newest send that may have reached them, counted as the gate counts
    return max([*outbound, *([sent] if sent is not None else [])], default=None)


def _references(message: Message) -> str:
    """The References of a reply to message: its own References, then its Message-ID, each in <>."""
    refs = re.findall(r"<([^<>\s]+)>", message.references or "") or (message.references or "").split()
    ids = list(dict.fromkeys([*refs, message.message_id_header.strip("<>")]))
    return " ".join(f"<{i}>" for i in ids)


def _rep(session: Session, team_id: int, thread: list[Message], notes: list[CallNote]) -> User | None:
    """Who signs: the conversation mailbox's owner, else the latest note's author, else the team's first rep."""
    for message in reversed(thread):
        box = session.get(Mailbox, message.mailbox_id)
        owner = session.get(User, box.owner_id) if box else None
        if owner is not None and owner.is_active:
            return owner
    for note in reversed(notes):
        author = session.get(User, note.author_id) if note.author_id else None
        if author is not None and author.is_active:
            return author
    return session.exec(select(User).where(User.team_id == team_id, col(User.is_active).is_(True))
                        .order_by(User.id)).first()


def _latest_thread(messages: list[Message]) -> list[Message]:
    """The messages of the newest message's thread, oldest first (that message alone when it has no thread)."""
    if not messages:
        return []
    latest = messages[-1]
    if latest.thread_id is None:
        return [latest]
    return [m for m in messages if m.thread_id == latest.thread_id]


def _latest_is_stale(session: Session, customer_id: int) -> bool:
    """Whether the customer's newest draft went stale (and so must be replaced by a fresh one)."""
    status = session.exec(select(Draft.status).where(Draft.customer_id == customer_id)
                          .order_by(col(Draft.id).desc())).first()
    return status == DraftStatus.STALE


def _arrived_since_latest(session: Session, customer_id: int) -> bool:
    """Whether a customer message was stored after the newest draft read its sources, whatever its Date."""
    latest = session.exec(select(Draft).where(Draft.customer_id == customer_id).order_by(col(Draft.id).desc())).first()
    return latest is not None and latest.seen_message_id is not None and customer_wrote_past(session, latest)


def gather(session: Session, customer: Customer | None, default_timezone: str,
           voices: dict[int, Voice] | None = None) -> Conversation | str:
    """The customer's latest conversation and who signs the reply, or why no draft is prepared (voices: the reps'
    voices learnt so far in this pass, by user id)."""
    if customer is None:
        return "the customer no longer exists"
    if customer.status == "paused":
        return "paused: no follow-ups until the customer writes again"
    if customer.status == "do_not_contact":
        return "do not contact: the customer asked not to be emailed"
    if customer.bouncing:
        return "the customer's address is bouncing"
    # Read first: a message stored after this point is news to the draft (arrival order, invariant 4).
    seen_message_id, message_count = session.exec(select(sa.func.max(Message.id), sa.func.count(Message.id))
                                                  .where(Message.customer_id == customer.id)).one()
    live = live_draft(session, customer.id)
    stale = live is not None and (live.sources_through is None or customer_wrote_past(session, live))
    if live is not None and not stale:
        return f"live draft {live.id} exists"  # asked before reading every message of the customer (the common case)
    messages = _messages(session, customer.id)
    newest_inbound = max((_at(m) for m in messages if m.direction == "inbound"), default=None)

    thread = _latest_thread(messages)
    latest = thread[-1] if thread else None
    since = _last_follow_up(session, customer.id, messages)
    note_query = select(CallNote).where(CallNote.customer_id == customer.id)
    if since is not None:
        note_query = note_query.where(CallNote.at > since)
    notes = list(session.exec(note_query.order_by(CallNote.at, CallNote.id)))
    # the customer's email with the message they forward below it, from someone not on the rep's side
    own = mailbox_addresses(session, messages)
    texts, replied = drafting_texts(messages, own), replied_texts(messages, own)  # the rep's greeting quoted below
    heads = replied_heads(messages, own, mailbox_names(session, messages))  # that email read as theirs: quotedrep.py
    sources = tuple([Source("message", m.id, texts[m.id], _at(m), m.direction, replied=replied.get(m.id, ""),
                            replied_head=heads.get(m.id, ""), subject=m.subject or "") for m in thread]
                    + [Source("note", n.id, n.text, n.at, "note") for n in notes])
    if not sources:
        return "no messages or call notes to draft from"
    newest = max(s.at for s in sources)
    if not stale and customer.drafted_through is not None and newest <= customer.drafted_through \
            and not _latest_is_stale(session, customer.id) and not _arrived_since_latest(session, customer.id):
        return f"nothing new since the last draft (sources through {iso(customer.drafted_through)})"

    rep = _rep(session, customer.team_id, thread, notes)
    if rep is None:
        return "no rep to sign the draft (add one with 'followup user add')"
    mailbox_id = latest.mailbox_id if latest else session.exec(
        select(Mailbox.id).where(Mailbox.owner_id == rep.id).order_by(Mailbox.id)).first()
    inbound_names = [m.from_name for m in thread if m.direction == "inbound" and m.from_name]
    subject = ""
    if latest is not None:
        row = session.get(Thread, latest.thread_id) if latest.thread_id else None
        subject = (row.subject if row and row.subject else "") or latest.subject
    return Conversation(
        voice=_rep_voice(session, rep, voices),
        customer_id=customer.id, team_id=customer.team_id, email=customer.email,
        name=customer.name or (inbound_names[-1] if inbound_names else ""),
        tz=_zone(customer.timezone, default_timezone), sources=sources, subject=subject,
        rep=RepProfile(name=rep.name, email=rep.email, signature=rep.signature or rep.name, sign_off=rep.sign_off or ""),
        thread_id=latest.thread_id if latest else None, mailbox_id=mailbox_id,
        in_reply_to=f"<{latest.message_id_header.strip('<>')}>" if latest else None,
        references=_references(latest) if latest else None, newest_inbound=newest_inbound,
        drafted_through=customer.drafted_through, replaces=live.id if stale else None,
        seen_message_id=seen_message_id, message_count=message_count, preferences=tuple(customer.preferences or ()))


def _rep_voice(session: Session, rep: User, voices: dict[int, Voice] | None) -> Voice:
    """The rep's voice, learnt once per pass when the pass keeps them (voices, by user id)."""
    if voices is None:
        return _voice(session, rep)
    if rep.id not in voices:
        voices[rep.id] = _voice(session, rep)
    return voices[rep.id]


def _voice(session: Session, rep: User) -> Voice:
    """The rep's greeting and sign-off habit, read from the newest emails in their own mailboxes' Sent mail."""
    boxes = list(session.exec(select(Mailbox.id).where(Mailbox.owner_id == rep.id)))
    if not boxes:
        return Voice()
    texts = session.exec(select(Message.new_text).where(col(Message.mailbox_id).in_(boxes),
                                                        Message.direction == "outbound")
                         .order_by(col(Message.id).desc()).limit(VOICE_SAMPLE)).all()
    return learn_voice([t or "" for t in texts])


# ---------------------------------------------------------------- composing and checking (no database)


def draft_for(conv: Conversation, settings: Settings, now: datetime, api_key: str | None = None) -> Prepared | str:
    """Compose and ground the draft for one conversation (with the language model if configured), or why not."""
    state = build_state(conv.sources, conv.tz, now, customer_name=conv.name)
    reason = needs_follow_up_state(state, conv.sources, now)
    if reason is None:
        return "nothing needs a follow-up"
    try:
        draft = compose_state(state, customer_name=conv.name, thread_subject=conv.subject, rep=conv.rep,
                              voice=conv.voice, max_words=settings.drafting.max_words, stored=conv.preferences)
    except NothingToDraft as exc:
        return f"nothing to draft: {exc}"
    profile = grounding_texts(customer_name=conv.name, customer_email=conv.email, rep=conv.rep) \
        + framing_texts(draft.language)
    report = ground(draft.body, conv.sources, profile, written_at=now, tz=conv.tz)
    body, backend, grounding = draft.body, "extractive", report.as_dict()
    if settings.drafting.backend == "openai":
        messages = llm.build_state_messages(
            state=state, greeting_line=draft.body.split("\n", 1)[0], rep=conv.rep,
            sign_off=state.sign_off or conv.rep.sign_off or conv.voice.sign_off,  # the rep's own to this customer first
            subject=draft.subject, slots=draft.slots, max_words=settings.drafting.max_words,
            samples=[s.text for s in conv.sources if s.direction == "outbound"])

        try:
            text = llm.complete(settings.drafting, messages, api_key=api_key)
        except DraftBackendError as exc:
            log.warning("drafting backend failed for customer %s, keeping the extractive draft: %s",
                        conv.customer_id, exc)
            grounding["llm"] = {"used": False, "error": str(exc)}
        else:
            llm_report = ground(text, conv.sources, profile, written_at=now, tz=conv.tz)
            why = _llm_rejection(text, llm_report, settings.drafting.max_words, draft.slots)
            if why is None:
                body, backend, report = text, "openai", llm_report
                grounding = {**llm_report.as_dict(), "llm": {"used": True, "model": settings.drafting.model}}
            else:
                log.info("language model draft for customer %s rejected (%s); keeping the extractive draft",
                         conv.customer_id, why)
                grounding["llm"] = {"used": False, "why": why, "body": text, "report": llm_report.as_dict(),
                                    "model": settings.drafting.model}
    unmatched = tuple(t.text for t in report.unmatched)
    hold = f"grounding: unmatched tokens {', '.join(unmatched)}" if unmatched else None
    return Prepared(subject=draft.subject, body=body, sources=[dict(s) for s in draft.sources], grounding=grounding,
                    grounded=report.ok, reason=reason, backend=backend, hold_reason=hold, unmatched=unmatched,
                    state=state.as_dict())


def _llm_rejection(text: str, report: GroundingReport, max_words: int, needed_slots: tuple[str, ...] = ()) -> str | None:
    """Why the language model's text cannot replace the extractive draft, or None when it can."""
    if not report.ok:
        return "unmatched tokens: " + ", ".join(t.text for t in report.unmatched)
    if len(slots(text)) < len(needed_slots):
        # SPEC invariant 8: a question no source answers stays a slot; a model that filled it guessed
        return f"answer slots dropped: {len(needed_slots) - len(slots(text))} of {len(needed_slots)}"
    words = len(text.split())
    if words > max_words:
        return f"{words} words, over the limit of {max_words}"
    return None


# ---------------------------------------------------------------- storing


def store(session: Session, conv: Conversation, made: Prepared, now: datetime) -> int | str:
    """Insert the draft unless another run got there first; the new draft's id, or why not."""
    customer = session.exec(select(Customer).where(Customer.id == conv.customer_id).with_for_update()).one()
    if conv.replaces is not None:
        mark_stale(session, customer.id, conv.newest_inbound or now, STALE_REASON)
    live = live_draft(session, customer.id)
    if live is not None:
        return f"live draft {live.id} exists"
    if customer.drafted_through != conv.drafted_through:
        return "drafted by another run meanwhile"
    if session.exec(select(sa.func.count(Message.id)).where(Message.customer_id == customer.id)).one() \
            != conv.message_count:
        # A message committed since the sources were read (row ids need not commit in order): read it first.
        return "a message arrived while the draft was prepared; it is prepared again on the next run"
    draft = Draft(team_id=conv.team_id, customer_id=customer.id, mailbox_id=conv.mailbox_id, thread_id=conv.thread_id,
                  status=DraftStatus.PENDING, subject=made.subject, body=made.body, in_reply_to=conv.in_reply_to,
                  references=conv.references, reason=made.reason, sources=made.sources, grounding=made.grounding,
                  grounded=made.grounded, backend=made.backend, sources_through=conv.sources_through, state=made.state,
                  seen_message_id=conv.seen_message_id,
                  hold_reason=made.hold_reason)
    if history.loading(session, conv.team_id):
        draft.history_loading = True
        draft.hold_reason = draft.hold_reason or history.LOADING_NOTE
    session.add(draft)
    customer.drafted_through = conv.sources_through
    session.add(customer)
    session.flush()
    audit.record(session, "draft.created", team_id=conv.team_id, entity="draft", entity_id=draft.id,
                 customer=customer.email, reason=made.reason, backend=made.backend, grounded=made.grounded,
                 unmatched=list(made.unmatched), replaces=conv.replaces)
    return draft.id


def prepare_team(db: Database, settings: Settings, team_id: int, *, now: datetime | None = None) -> dict:
    """prepare_drafts for one team's customers (a rep's "Prepare drafts now" or "Sync now")."""
    with db.session() as session:
        ids = list(session.exec(select(Customer.id).where(Customer.team_id == team_id)))
    return prepare_drafts(db, settings, now=now, customer_ids=ids)

"""`followup demo`: fictional sample conversations and call notes for a first look, loaded into a fresh database.

Every name and address here is invented for the project (example.com / example.test). Times are relative to
now, so the demo always looks current. Drafts are prepared by the real pipeline (followup.drafting.prepare.prepare_drafts).
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from followup import customers as customer_ops
from followup.clock import utcnow
from followup.drafting.composition import SLOT_RE
from followup.exceptions import BadInput
from followup.mailboxes import add_mailbox
from followup.models import CallNote, Customer, Draft, DraftStatus, Message, SendRecord, Thread, User
from followup.users import add_user

DEMO_EMAIL = "demo@example.com"
DEMO_NAME = "Sam Sample"
DEMO_SIGNATURE = "Sam Sample\nSample Software Co. (fictional)"
DEMO_TZ = "America/Chicago"
MAILBOX_NAME = "demo"
PASSWORD_BYTES = 12


@dataclass(frozen=True)
class Mail:
    """One demo email: days/hours ago, who wrote it, and the new text."""

    ago: timedelta
    inbound: bool
    text: str


@dataclass(frozen=True)
class Conversation:
    """One fictional customer with an email thread, call notes and what the demo should show for them."""

    name: str
    email: str
    subject: str
    mails: tuple[Mail, ...]
    notes: tuple[tuple[timedelta, str], ...] = ()
    wish: tuple[str, str, timedelta | None] | None = None  # (kind, quote, how long) read from their last mail
    approve_and_hold: bool = False
    slot_answer: str = ""  # what the demo rep writes into the draft's answer slot before approving it
    sent_before: timedelta | None = None  # an earlier follow-up that went out this long ago


D, H = timedelta(days=1), timedelta(hours=1)
CONVERSATIONS = (
    Conversation(
        "Dana Demo", "dana.demo@example.com", "Pilot for the support team",
        (Mail(6 * D, True, "Hi Sam,\n\nCould you send the revised quote for 25 seats? Our budget this year is "
                           "$12,000.\n\nWhat would onboarding look like for a team that works two shifts?\n\nDana"),
         Mail(5 * D, False, "Hi Dana,\n\nThanks for the questions. I'll send the revised quote for 25 seats by "
                            "Friday.\n\nSam")),
        notes=((2 * D, "Wants to start the pilot on December 1. CFO Morgan Example signs off on anything above "
                       "$10,000. Sending the two-shift onboarding plan."),),
        sent_before=12 * D),
    Conversation(
        "Ollie Example", "ollie@example.test", "Demo follow-up",
        (Mail(4 * D, False, "Hi Ollie,\n\nAs promised, the pricing sheet is attached; the team plan is $49 per "
                            "user per month.\n\nSam"),
         Mail(1 * D, True, "Hi Sam,\n\nThanks for the demo. Can the team plan include SSO? I need a few days to "
                           "talk it over with the team.\n\nOllie")),
        wish=("quiet", "I need a few days to talk it over with the team.", 3 * D),
        approve_and_hold=True, slot_answer="Yes, the team plan includes SSO at no extra cost."),
    Conversation(
        "Priya Placeholder", "priya@example.com", "Renewal options",
        (Mail(9 * D, False, "Hi Priya,\n\nHere are the three renewal options we discussed. The annual plan saves "
                            "15%.\n\nSam"),
         Mail(3 * D, True, "Hi Sam,\n\nThank you. We've decided not to do anything yet, maybe next year. Could you "
                           "keep the annual plan price for us?\n\nPriya")),
        wish=("paused", "We've decided not to do anything yet, maybe next year.", None)),
    Conversation(
        "Max Mock", "max.mock@example.test", "Questions about onboarding",
        (Mail(2 * D + 3 * H, True, "Hello Sam,\n\nWhat does onboarding cost for a team of 8? Can we pay quarterly "
                                   "instead of yearly? We would like to decide by December 15.\n\nBest,\nMax"),)),
    Conversation(
        "Terry Test", "terry@example.com", "Call about the logistics case study",
        (), notes=((5 * H, "Call back Tuesday after 2pm. Wants the case study from the logistics firm, and "
                           "a quote for 40 drivers."),)),
)


@dataclass(frozen=True)
class DemoResult:
    """What was loaded, and how to log in."""

    email: str
    password: str
    customers: int
    messages: int
    notes: int
    drafts: int


def database_is_empty(session: Session) -> bool:
    """True when no rep, customer or message exists yet."""
    return all(session.exec(select(model.id).limit(1)).first() is None for model in (User, Customer, Message))


def load_demo(db, vault, settings, *, password: str | None = None, now: datetime | None = None) -> DemoResult:
    """Load the demo rep, mailbox, conversations, notes and wishes, then prepare drafts with the real pipeline.

    BadInput on a non-empty database. One draft is approved and held by the policy gate (quiet period).
    """
    from followup import approval
    from followup.drafting.prepare import prepare_drafts
    from followup.outbound import gate

    now = now or utcnow()
    password = password or secrets.token_urlsafe(PASSWORD_BYTES)
    counts = {"messages": 0, "notes": 0}
    hold_ids: dict[int, str] = {}
    with db.write_session() as session:
        if not database_is_empty(session):
            raise BadInput("demo: the database already has reps, customers or messages; "
                           "run the demo on a fresh database (a new [database] url or data_dir)")
        rep = add_user(session, DEMO_EMAIL, DEMO_NAME, password, signature=DEMO_SIGNATURE)
        rep.timezone = DEMO_TZ
        box = add_mailbox(session, vault, name=MAILBOX_NAME, owner=rep, username=DEMO_EMAIL,
                          password="demo-password-not-used", imap_host="imap.example.test", imap_port=993,
                          imap_security="ssl", email_address=DEMO_EMAIL)
        for n, convo in enumerate(CONVERSATIONS, start=1):
            customer = _load_conversation(session, n, convo, rep, box.id, now, counts)
            if convo.approve_and_hold:
                hold_ids[customer.id] = convo.slot_answer
        session.commit()
        rep_id = rep.id
    created = prepare_drafts(db, settings, now=now)["created"]
    with db.write_session() as session:
        rep = session.get(User, rep_id)
        for draft in session.exec(select(Draft).where(col(Draft.customer_id).in_(hold_ids),
                                                      Draft.status == DraftStatus.PENDING)):
            # the rep answers the question no source answers, approves, and the gate holds it
            body = SLOT_RE.sub(hold_ids[draft.customer_id], draft.body)
            approval.approve(session, draft, rep, body=body)
            decision = gate.verdict(session, draft, session.get(Customer, draft.customer_id), settings, now)
            draft.hold_reason, draft.not_before = decision.reason, decision.next_slot
            session.add(draft)
        session.commit()
    return DemoResult(email=DEMO_EMAIL, password=password, customers=len(CONVERSATIONS), drafts=len(created),
                      **counts)


def _load_conversation(session: Session, n: int, convo: Conversation, rep: User, mailbox_id: int, now: datetime,
                       counts: dict) -> Customer:
    """Store one fictional customer's thread, call notes, earlier send and wish."""
    customer = customer_ops.get_or_create_customer(session, convo.email, team_id=rep.team_id, name=convo.name)
    customer.timezone = DEMO_TZ
    thread = None
    messages: list[Message] = []
    if convo.mails:
        thread = Thread(team_id=rep.team_id, customer_id=customer.id, subject=convo.subject,
                        subject_key=convo.subject.lower(), root_message_id=f"<demo-{n}-1@example.test>")
        session.add(thread)
        session.flush()
    for i, mail in enumerate(convo.mails, start=1):
        at = now - mail.ago
        message = Message(
            team_id=rep.team_id, mailbox_id=mailbox_id, folder="INBOX" if mail.inbound else "Sent", uid=n * 10 + i,
            uidvalidity=1, message_id_header=f"<demo-{n}-{i}@example.test>",
            in_reply_to=messages[-1].message_id_header if messages else None,
            references=" ".join(m.message_id_header for m in messages) or None, thread_id=thread.id,
            customer_id=customer.id, direction="inbound" if mail.inbound else "outbound",
            subject=("Re: " if i > 1 else "") + convo.subject,
            from_addr=convo.email if mail.inbound else DEMO_EMAIL, from_name=convo.name if mail.inbound else rep.name,
            to_addrs=[DEMO_EMAIL] if mail.inbound else [convo.email], sent_at=at, new_text=mail.text,
            size=len(mail.text))
        session.add(message)
        session.flush()
        messages.append(message)
        if mail.inbound:
            customer.last_inbound_at = at
        else:
            customer.last_outbound_at = at
        thread.last_message_at = at
    for ago, text in convo.notes:
        session.add(CallNote(team_id=rep.team_id, customer_id=customer.id, author_id=rep.id, text=text, at=now - ago))
    session.flush()
    counts["messages"] += len(messages)
    counts["notes"] += len(convo.notes)
    if convo.sent_before:
        _earlier_send(session, customer, mailbox_id, convo, now - convo.sent_before)
    if convo.wish:
        kind, quote, span = convo.wish
        last_in = next((m for m in reversed(messages) if m.direction == "inbound"), None)
        customer_ops.apply_wish(session, customer, kind, quote=quote, until=(now + span) if span else None,
                                message_id=last_in.id if last_in else None)
    session.add(customer)
    return customer


def _earlier_send(session: Session, customer: Customer, mailbox_id: int, convo: Conversation, at: datetime) -> None:
    """A follow-up that already went out, so the history, the chart and the rate limit have something to show."""
    body = f"Hi {convo.name.split()[0]},\n\nGood to talk earlier. I'll put together a pilot proposal.\n\nSam"
    draft = Draft(team_id=customer.team_id, customer_id=customer.id, mailbox_id=mailbox_id, status=DraftStatus.SENT,
                  subject=f"Re: {convo.subject}", body=body, reason="demo", sources=[], grounded=True,
                  created_at=at - H, updated_at=at, approved_at=at - H / 2, sent_at=at)
    session.add(draft)
    session.flush()
    session.add(SendRecord(draft_id=draft.id, team_id=customer.team_id, customer_id=customer.id,
                           mailbox_id=mailbox_id, message_id_header=f"<demo-sent-{draft.id}@example.test>",
                           state="sent", attempts=1, claimed_at=at, sent_at=at, appended_at=at))

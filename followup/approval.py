"""The rep's decisions on a draft: approve (that exact text), edit, reject, snooze.

Rules worth knowing:
- The approval is a sha256 of the exact subject + "\\n\\n" + body. The outbox sends only when the hash of
  the text it is about to send still matches (SPEC invariant 1); editing clears the approval.
- A draft whose grounding report is not ok cannot be approved as generated. Once the rep has changed the
  text (in approve(subject=, body=) or earlier with edit()) it is the rep's own words and may be approved;
  nothing is re-checked. edit() marks this in the draft's grounding report ("edited_by", "edited_at").
- Approving a draft whose send outcome is "unknown" (a crash after the SMTP transaction began) is the rep's
  word that it may go again: a new draft is created with the approved text (so the next send has its own
  outbox row and a new Message-ID), and the old one becomes "failed" with an error saying so, which
  keeps it from being re-approved twice. The old send still counts towards the customer's limits.
"""
from datetime import datetime, timedelta
from hashlib import sha256

from sqlmodel import Session, col, select

from followup import audit
from followup.clock import iso, local_text, utcnow
from followup.drafting.composition import slots
from followup.exceptions import BadInput, FollowupError, InvalidTransition, NotFound
from followup.models import Customer, Draft, DraftStatus, User
from followup.users import get_user

APPROVABLE = (DraftStatus.PENDING, DraftStatus.APPROVED, DraftStatus.UNKNOWN)
EDITABLE = (DraftStatus.PENDING, DraftStatus.APPROVED)
REJECTABLE = (DraftStatus.PENDING, DraftStatus.APPROVED, DraftStatus.STALE, DraftStatus.UNKNOWN)
SNOOZABLE = (DraftStatus.PENDING, DraftStatus.APPROVED)
MAX_SNOOZE_DAYS = 366  # further off is not a snooze but a rejection; far dates also overflow date arithmetic
# Carried over to a new attempt of an "unknown" draft; everything about approval and sending starts afresh.
COPIED_FIELDS = ("team_id", "customer_id", "mailbox_id", "thread_id", "in_reply_to", "references", "reason",
                 "sources", "grounding", "grounded", "backend", "sources_through", "state",
                 "seen_message_id")


def acting_rep(session: Session, email: str | None) -> User:
    """The rep named by --as, else the only rep; BadInput when several reps exist and none is named."""
    if email:
        return get_user(session, email)
    reps = list(session.exec(select(User).where(col(User.is_active).is_(True)).order_by(User.id).limit(2)))
    if len(reps) != 1:
        raise BadInput("--as: " + ("no rep exists yet (add one with 'followup user add')" if not reps
                                   else "several reps exist: say which one with --as EMAIL"))
    return reps[0]


def text_hash(subject: str, body: str) -> str:
    """The sha256 (hex) of the exact text a rep approves: subject, a blank line, body."""
    return sha256(f"{subject}\n\n{body}".encode("utf-8")).hexdigest()


def is_approved_text(draft: Draft) -> bool:
    """Whether the draft's current subject and body are exactly what a rep approved."""
    return (draft.approved_hash is not None and draft.approved_by_id is not None
            and draft.approved_hash == text_hash(draft.subject, draft.body))


def _check_team(session: Session, draft: Draft, user: User) -> None:
    """Reps act only on their own team's drafts; re-read the draft, locked, so a concurrent send is seen."""
    if draft.id is not None:
        # Without this a draft loaded before a sender claimed it could be written back over "sending".
        session.flush()
        session.refresh(draft, with_for_update=True)
    if draft.team_id != user.team_id:
        raise NotFound(f"no draft {draft.id}")


def _refuse(draft: Draft, action: str, allowed: tuple[str, ...]) -> None:
    """Raise InvalidTransition when the draft's status does not allow the action."""
    if draft.status not in allowed:
        raise InvalidTransition(f"draft {draft.id} is {draft.status}: only {' or '.join(allowed)} drafts can be {action}")


def _clean_text(subject: str, body: str) -> tuple[str, str]:
    """The subject on one line and a non-empty body, or BadInput."""
    subject = (subject or "").strip()
    if not subject or "\n" in subject or "\r" in subject:
        raise BadInput("subject: must be one non-empty line")
    if not (body or "").strip():
        raise BadInput("body: empty")
    return subject, body


def _rep_edited(draft: Draft) -> bool:
    """Whether a rep has edited this draft's text (its grounding report then no longer binds it)."""
    return bool((draft.grounding or {}).get("edited_by"))


def _unmatched(draft: Draft) -> str:
    """The grounding report's unsupported items, for the refusal message."""
    return ", ".join(str(t) for t in (draft.grounding or {}).get("unmatched") or []) or "no report"


def _new_attempt(session: Session, draft: Draft, user: User, now: datetime) -> Draft:
    """Copy an "unknown" draft into a fresh one (own outbox row, new Message-ID) and retire the old one."""
    copy = Draft(**{name: getattr(draft, name) for name in COPIED_FIELDS}, subject=draft.subject, body=draft.body,
                 status=DraftStatus.PENDING, created_at=now, updated_at=now)
    session.add(copy)
    session.flush()
    draft.status, draft.updated_at = DraftStatus.FAILED, now
    draft.error = f"outcome unknown; {user.email} approved sending it again as draft {copy.id}"
    session.add(draft)
    audit.record(session, "draft.resend", team_id=draft.team_id, entity="draft", entity_id=draft.id,
                 actor_id=user.id, actor=user.email, new_draft_id=copy.id)
    return copy


def approve(session: Session, draft: Draft, user: User, *, subject: str | None = None,
            body: str | None = None) -> Draft:
    """Approve the draft's exact text (or the rep's edited subject/body); return the approved draft."""
    _check_team(session, draft, user)
    if draft.status == DraftStatus.STALE:
        why = f"{draft.hold_reason}; " if draft.hold_reason else ""
        raise InvalidTransition(f"draft {draft.id} is stale: {why}approve the fresh draft instead "
                                "('followup drafts generate' prepares it)")
    _refuse(draft, "approved", APPROVABLE)
    new_subject, new_body = _clean_text(draft.subject if subject is None else subject,
                                        draft.body if body is None else body)
    unfilled = slots(new_body)
    if unfilled:
        # SPEC invariant 8: a question no source answers is the rep's to answer, never the draft's to guess
        raise BadInput(f"draft {draft.id}: answer slot {unfilled[0]} is unfilled"
                       + (f" (and {len(unfilled) - 1} more)" if len(unfilled) > 1 else "")
                       + "; write the answer in its place (drafts approve --body-file) and approve again")
    edited = (new_subject, new_body) != ((draft.subject or "").strip(), draft.body)
    if not edited and not draft.grounded and not _rep_edited(draft):
        raise InvalidTransition(f"draft {draft.id}: its grounding report is not ok (unsupported: {_unmatched(draft)});"
                                " edit the text to approve your own words")
    now = utcnow()
    if draft.status == DraftStatus.UNKNOWN:
        draft = _new_attempt(session, draft, user, now)
    if edited:
        draft.grounding = {**(draft.grounding or {}), "edited_by": user.email, "edited_at": iso(now)}
    draft.subject, draft.body = new_subject, new_body
    draft.status, draft.hold_reason, draft.error = DraftStatus.APPROVED, None, None
    draft.approved_by_id, draft.approved_at = user.id, now
    draft.approved_hash = text_hash(new_subject, new_body)
    draft.updated_at = now
    session.add(draft)
    audit.record(session, "draft.approved", team_id=draft.team_id, entity="draft", entity_id=draft.id,
                 actor_id=user.id, actor=user.email, hash=draft.approved_hash, edited=edited)
    return draft


def edit(session: Session, draft: Draft, user: User, *, subject: str, body: str) -> Draft:
    """Replace the draft's text with the rep's; an approved draft goes back to pending (approval cleared)."""
    _check_team(session, draft, user)
    _refuse(draft, "edited", EDITABLE)
    subject, body = _clean_text(subject, body)
    now = utcnow()
    was = draft.status
    draft.subject, draft.body = subject, body
    draft.grounding = {**(draft.grounding or {}), "edited_by": user.email, "edited_at": iso(now)}
    draft.status, draft.hold_reason = DraftStatus.PENDING, None
    draft.approved_by_id = draft.approved_at = draft.approved_hash = None
    draft.updated_at = now
    session.add(draft)
    audit.record(session, "draft.edited", team_id=draft.team_id, entity="draft", entity_id=draft.id,
                 actor_id=user.id, actor=user.email, was=was, hash=text_hash(subject, body))
    return draft


def reject(session: Session, draft: Draft, user: User, *, reason: str = "") -> Draft:
    """Reject the draft: it will never be sent."""
    _check_team(session, draft, user)
    _refuse(draft, "rejected", REJECTABLE)
    was = draft.status
    draft.status, draft.updated_at = DraftStatus.REJECTED, utcnow()
    draft.approved_hash = None
    session.add(draft)
    audit.record(session, "draft.rejected", team_id=draft.team_id, entity="draft", entity_id=draft.id,
                 actor_id=user.id, actor=user.email, was=was, reason=reason or None)
    return draft


def snooze(session: Session, draft: Draft, user: User, until: datetime, *, tz: str | None = None) -> Draft:
    """Keep the draft out of the queue and the outbox until ``until`` (naive UTC, in the future); the reason reads in tz."""
    _check_team(session, draft, user)
    _refuse(draft, "snoozed", SNOOZABLE)
    now = utcnow()
    if until <= now:
        raise BadInput(f"snooze: {iso(until)} is not in the future")
    if until > now + timedelta(days=MAX_SNOOZE_DAYS):
        raise BadInput(f"snooze: {iso(until)} is more than {MAX_SNOOZE_DAYS} days ahead (reject the draft instead)")
    when = local_text(until, tz) if tz else f"{iso(until)}"
    draft.not_before, draft.hold_reason, draft.updated_at = until, f"snoozed until {when}", now
    session.add(draft)
    audit.record(session, "draft.snoozed", team_id=draft.team_id, entity="draft", entity_id=draft.id,
                 actor_id=user.id, actor=user.email, until=iso(until))
    return draft


def unsnooze(session: Session, draft: Draft, user: User) -> Draft:
    """Undo a snooze: the draft is back in the queue (and, if approved, in the outbox's next run) at once."""
    _check_team(session, draft, user)
    _refuse(draft, "unsnoozed", SNOOZABLE)
    if not (draft.hold_reason or "").startswith("snoozed") or draft.not_before is None:
        raise InvalidTransition(f"draft {draft.id} is not snoozed")
    was = draft.not_before
    draft.not_before, draft.hold_reason, draft.updated_at = None, None, utcnow()
    session.add(draft)
    audit.record(session, "draft.unsnoozed", team_id=draft.team_id, entity="draft", entity_id=draft.id,
                 actor_id=user.id, actor=user.email, was_until=iso(was))
    return draft


def unapprove(session: Session, draft: Draft, user: User) -> Draft:
    """Take an approval back while the draft has not left: back to pending, nothing sent (the undo window's Undo)."""
    _check_team(session, draft, user)
    if draft.status in (DraftStatus.SENDING, DraftStatus.SENT):
        raise InvalidTransition(f"draft {draft.id} is {draft.status}: it has already left and cannot be unapproved")
    _refuse(draft, "unapproved", (DraftStatus.APPROVED,))
    now = utcnow()
    snoozed = (draft.hold_reason or "").startswith("snoozed") and draft.not_before and draft.not_before > now
    draft.status, draft.approved_hash, draft.approved_by_id, draft.approved_at = DraftStatus.PENDING, None, None, None
    if not snoozed:  # an outbox hold (undo window, policy) no longer applies to a pending draft
        draft.hold_reason, draft.not_before = None, None
    draft.updated_at = now
    session.add(draft)
    audit.record(session, "draft.unapproved", team_id=draft.team_id, entity="draft", entity_id=draft.id,
                 actor_id=user.id, actor=user.email)
    return draft


def restore(session: Session, draft: Draft, user: User) -> Draft:
    """Undo a reject: the draft is pending again (stale again, if the customer has written since, at the next check)."""
    _check_team(session, draft, user)
    _refuse(draft, "restored", ("rejected",))
    from followup.drafts import live_draft

    other = live_draft(session, draft.customer_id)
    if other is not None and other.id != draft.id:
        raise InvalidTransition(f"draft {draft.id}: the customer has a newer draft {other.id}; work on that one")
    draft.status, draft.updated_at = DraftStatus.PENDING, utcnow()
    session.add(draft)
    audit.record(session, "draft.restored", team_id=draft.team_id, entity="draft", entity_id=draft.id,
                 actor_id=user.id, actor=user.email)
    return draft


def approve_selected(session: Session, draft_ids: list[int], user: User, *, default_timezone: str
                     ) -> tuple[list[int], list[str]]:
    """Approve several drafts, each its own exact text through the same checks (a draft with figures found in no
    source is left for the rep to look at), committing each on its own; (approved ids, "id: why not" lines)."""
    from followup.drafting.recheck import unverified

    done, refused = [], []
    for draft_id in draft_ids:
        draft = session.get(Draft, draft_id)
        if draft is None or draft.team_id != user.team_id:
            refused.append(f"{draft_id}: not found")
            continue
        figures = unverified(session, draft, session.get(Customer, draft.customer_id), draft.body,
                             default_timezone=default_timezone, viewer=user)
        if figures:
            refused.append(f"{draft_id}: {len(figures)} unverified figure(s), open it to check")
            continue
        try:
            approve(session, draft, user)
            session.commit()
            done.append(draft_id)
        except FollowupError as exc:  # one refused draft does not stop the others
            session.rollback()
            refused.append(f"{draft_id}: {exc}")
    return done, refused

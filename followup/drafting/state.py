"""Where one customer's conversation stands now: open questions, promises, terms in force, next step, wishes.

Pure functions: no database, no Flask. build_state() reads every message (both directions, new text only) and
call note of one customer in time order (each sentence read by followup.drafting.sourcepoints) and keeps what is
still open on the day the draft is written (followup.drafting.stillopen; the rules are in followup.drafting.settle
and followup.drafting.figures). Every item keeps its source (kind, id, exact
quote) so `followup drafts explain` can show why the draft says it."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Sequence

from followup.drafting.cleaning import clean
from followup.drafting.days import local_day
from followup.drafting.frame import back_from_away, is_formal_thread, thread_sign_off
from followup.drafting.greeting import formal_greeting, rep_greeting
from followup.drafting.interaction import last_interaction
from followup.drafting.internal import internal_measures, staff_names, strip_internal
from followup.drafting.items import Item, State
from followup.drafting.memo import forget
from followup.drafting.people import customer_away, note_caller
from followup.drafting.quotedrep import with_quoted_replies
from followup.drafting.reading import (
    name_from_headers,
    visible_words,
)
from followup.drafting.register import register_item
from followup.drafting.sentences import Source
from followup.drafting.sourcepoints import read_points
from followup.drafting.stillchecking import open_checks
from followup.drafting.stillopen import still_open
from followup.drafting.words import detect_language, says_language


def build_state(sources: Sequence[Source], tz: str, now: datetime, *, customer_name: str = "") -> State:
    """What is open in one customer's conversation on the day of now (naive UTC)."""
    forget()  # a new conversation: the memos of the last one's sentences are of no more use
    # the rep's own email quoted under the customer's, unsynced: their offer and promises (quotedrep.py)
    ordered = sorted(with_quoted_replies(sources, tz), key=lambda s: (s.at, s.kind, s.id))
    today = local_day(now, tz)
    # the customer's own words decide; where they say too little ("passt. Auftrag."), the rep's mail and notes too
    theirs = [clean(s.text, s.direction, customer_name) for s in ordered if s.direction == "inbound"]
    language = detect_language(theirs if says_language(theirs) else theirs + [
        clean(s.text, s.direction, customer_name) if s.direction == "outbound" else s.text for s in ordered
        if s.direction != "inbound"] or [""])
    cleaned = {(s.kind, s.id): clean(s.text, s.direction, customer_name) for s in ordered}
    visible = visible_words(ordered, cleaned, customer_name)
    notes = [s.text for s in ordered if s.direction == "note"]
    staff = staff_names(notes, visible)
    secret = internal_measures(notes, [s.text for s in ordered if s.direction != "note"])
    for src in ordered:
        if src.direction == "note":
            cleaned[(src.kind, src.id)] = strip_internal(cleaned[(src.kind, src.id)], visible, staff, secret)
    first = (customer_name or "").split()[0] if (customer_name or "").split() else ""
    header_name = "" if first else name_from_headers(ordered)
    first = first or header_name
    items, relayed, topic = read_points(ordered, cleaned, language, visible, first, today, tz, customer_name)
    last = last_interaction(ordered, tz, today, language)
    informal = register_item(ordered, language, tz)
    items = still_open(items, relayed, ordered, cleaned, language, visible, customer_name, tz, today, last, informal)
    topic = topic or _topic(items)
    return State(items=tuple(items), language=language, today=today, last=last, topic=topic, tz=tz,
                 name=header_name, sign_off=thread_sign_off(ordered), formal=is_formal_thread(ordered),
                 back=back_from_away(ordered, tz, now), away=customer_away(ordered, customer_name),
                 caller=note_caller(ordered, customer_name),
                 notes=tuple(cleaned[(s.kind, s.id)] for s in ordered if s.direction == "note"),
                 checking=open_checks(ordered, cleaned),  # stillchecking.py
                 greeting=rep_greeting(ordered, customer_name) or (
                     "" if informal else formal_greeting(ordered, customer_name, language)))


def _topic(items: Sequence[Item]) -> str:
    """What a call note was about, from the first thing the customer wanted ("the case study from ...")."""
    for item in items:
        if item.direction == "note" and item.text.startswith(("you'd like ", "you need ")):
            rest = re.split(r",| and | because | so ", item.text.split(" ", 2)[2])[0].strip()
            rest = re.sub(r"^to ", "", rest)
            if 1 <= len(rest.split()) <= 8:
                return rest
    return ""


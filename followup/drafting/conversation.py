"""Where one customer's conversation stands now: the public face of the conversation state.

build_state() (followup.drafting.state) reads every message (both directions, new text only) and call note of one
customer in time order and keeps what is still open on the day the draft is written:
- a customer question or request stays open until a later rep email or call note speaks to it;
- a rep commitment stays open until a later rep email or note shows it kept, and a newer commitment on the
  same thing supersedes the older one (followup.drafting.settle);
- of two figures on the same thing (a quote, a price, a rate, a count) the newer is in force
  (followup.drafting.figures);
- of the agreed next steps only the newest counts;
- an order the customer's newest email places on the offer as it stands is kept with the offer it accepts, and settles
  their request for a quote (followup.drafting.order);
- relative dates are resolved against their own source's date and restated against the draft's day
  (followup.drafting.days).
Sentences are read by followup.drafting.sentences and .reading, restated by .restating (English) and .reported
(German, French, Spanish). Every item keeps its source (kind, id, exact quote) so `followup drafts explain` can
show why the draft says it.
"""
from __future__ import annotations

from followup.drafting.cleaning import clean
from followup.drafting.days import drop_dates, local_day, say_day
from followup.drafting.items import KINDS, Item, State
from followup.drafting.reading import interaction_kind, name_from_headers
from followup.drafting.restatedays import restate_dates
from followup.drafting.restating import restate
from followup.drafting.sentences import Source
from followup.drafting.state import build_state
from followup.drafting.voice import Voice, learn_voice, needs_follow_up_state
from followup.drafting.words import detect_language

__all__ = ["KINDS", "Item", "Source", "State", "Voice", "build_state", "clean", "detect_language", "drop_dates",
           "interaction_kind", "learn_voice", "local_day", "name_from_headers", "needs_follow_up_state", "restate",
           "restate_dates", "say_day"]

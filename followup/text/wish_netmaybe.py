"""Possible wishes from the wide net for kinds nothing in the message has read yet, beside the rules."""
from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from followup.text import wish_maybe
from followup.text.wish_base import (
    DNC,
    PAUSED,
    PREFERENCE,
    QUIET,
    Wish,
    guarded,
    sentence_quote,
)
from followup.text.wish_ends import (
    net_quiet_end,
)
from followup.text.wish_hold import possible_hold, service_paused
from followup.text.wish_optout_bounded import bounded_read
from followup.text.wish_optout_guards import DNC_G
from followup.text.wish_prefs import sent_over, visit_only
from followup.text.wish_strength import names_every_channel
from followup.text.wish_told_other import told_only_someone_else
from followup.text.wish_when import possible_event_wait, possible_resume

# A stretch of time asked for before the next contact, in so many words: "kindly give me like two weeks", "give him
# three weeks before you chase anything", "please hold off until the trustees have met" (a possible quiet period)
_TIME_ASKED = re.compile(r"\bgive\s+(?:me|us|him|her|them)\s+(?:\w+\s+){0,2}?(?:a|an|one|two|three|four|five|six|ten|"
                         r"a\s+couple\s+(?:of\s+)?|a\s+few|\d+)\s+(?:more\s+)?(?:days?|weeks?|wks?|months?|fortnight)\b(?![-'\u2019])|"
                         r"\bhold\s+off\s+(?:\w+\s+)?(?:until|till|til|for\s+(?:a|an|another|\w+)\s+(?:\w+\s+)?(?:days?|weeks?|"
                         r"months?|fortnight))\b", re.I)


# ... which someone else was asked for: "He told them to give him three weeks"
_TOLD_OTHERS = re.compile(r"\b(?:told|asked)\s+(?:them|him|her|the\s+\w+)\s+to\s+give\b", re.I)


def net_wishes(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo, so_far: list[Wish],
               here: list[Wish]) -> list[Wish]:
    """Possible wishes from the wide net (followup.text.wish_net) for kinds nothing in the message has read yet.

    Runs beside the rules, not only where they read nothing: "We went with another vendor, please don't contact me
    about this again" is read as a pause for certain and may also be an opt-out.
    """
    from followup.text import wish_net
    from followup.text.wish_net_time import possible_time

    kinds = {w.kind for w in so_far}
    # a possible time guessed from a part-of-day word in this sentence gives way to a clock time read here; a part of
    # day refused in another sentence ("Mornings are a write-off.") leaves the time preferred still to be read ("After
    # 2pm is much better"), one refused here does not ("8 in the morning is not ideal")
    times = any(w.preference and w.preference.startswith("time:") and (w.certain or w not in here)
                and (not w.preference.startswith("time:not_") or w in here) for w in so_far)
    quote = sentence_quote(sentence, offset, text)
    out: list[Wish] = []
    # the rules' own opt-out guards hold for the net too ("stop chasing, we'll let you know when we're ready"), and a
    # refusal of one channel beside a preferred one is a preference ("please don't call, just email")
    channel = any(w.preference and w.preference.startswith("channel:") for w in so_far) \
        and not names_every_channel(sentence)
    # ("no more calls this week": a refusal bounded by a time, read as the quiet period it is)
    if DNC not in kinds and not channel and not bounded_read(here) and wish_net.possible_opt_out(sentence) \
            and not guarded(sentence, DNC_G) and not told_only_someone_else(sentence):  # (words told another firm)
        out.append(Wish(DNC, quote, certain=False))
    if PAUSED not in kinds and DNC not in kinds and (wish_net.possible_pause(sentence) or possible_hold(sentence)) \
            and not service_paused(sentence):  # "please pause the LinkedIn ads campaign for now"
        out.append(Wish(PAUSED, quote, certain=False))
    # a pause read in the same sentence with no end in time already holds everything, and a time of day read here is
    # not a date ("keep calls to after 3")
    time_here = any(w.preference and w.preference.startswith("time:") for w in here)
    paused_here = any(w.kind == PAUSED for w in here) and not wish_net.has_time_limit(sentence)
    if not kinds & {QUIET, DNC} and not paused_here and not time_here \
            and (wish_net.possible_quiet(sentence)
                 or (wish_maybe.WIDE_CUES and _TIME_ASKED.search(sentence) and not _TOLD_OTHERS.search(sentence))):
        out.append(Wish(QUIET, quote, until=net_quiet_end(sentence, text, local, zone), certain=False))
    # (a possible pause said before does not stop a dated request: "until it is, I can't commit ... Could you get back
    # in touch once the new year starts?")
    elif not kinds & {QUIET, DNC} and not any(w.kind == PAUSED and w.certain for w in so_far) and not here \
            and (resume := possible_resume(sentence, local, zone)):
        out.append(Wish(QUIET, quote, until=resume, certain=False))  # "Bitte melden Sie sich Anfang Dezember wieder"
    elif not kinds & {QUIET, DNC} and not here and (event := possible_event_wait(sentence, local, zone)):
        out.append(Wish(QUIET, quote, until=event, certain=False))  # "Bitte warten Sie, bis der Vorstand entschieden hat"
    # "stop by the yard any morning": opening hours; "he should ring the gate after 2": someone else's call
    # (the time read first: most sentences name none, and the visit test reads the sentence before as a new text)
    value = None if times else possible_time(sentence)
    if value and not visit_only(sentence, offset, text) and not sent_over(sentence):
        here[:] = [w for w in here if not (w.preference or "").startswith("time:")]
        out.append(Wish(PREFERENCE, quote, preference=value, certain=False))
    return out

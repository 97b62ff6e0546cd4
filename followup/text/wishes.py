"""Customer wishes (quiet period, pause, opt-out, preferences) and automatic replies, read from the customer's words.

Pure rules: the text is split into sentences, each sentence is matched against tables of named patterns, and a
pattern only counts when none of its guards match the same sentence. Guards carry the look-alikes that must not
fire ("a few days' notice", "don't stop emailing me", "take me off the waiting list", "not right now, but send ...").

Decision: asking for an unsubscribe *link* (for a newsletter, for a colleague) or saying "I unsubscribed" is not an
opt-out from the rep; only a first-person request ("unsubscribe me", a bare "Unsubscribe") is.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followup.text.auto_reply import detect_auto_reply  # noqa: F401 (callers import it from here)
from followup.text.dates import start_of_local_day
from followup.text.prefilter import normalize, prefilter_patterns
from followup.text.typos import original_span, spelled
from followup.text.wish_again import reaffirmed, reaffirmed_opt_out
from followup.text.wish_asked import asked_channel, asked_pause, asked_quiet_days
from followup.text.wish_base import (  # noqa: F401 (AutoReply, PREFERENCE: callers import them from here)
    A_FEW_DAYS,
    DNC,
    MAX_SENTENCE_CHARS,
    PAUSED,
    PREFERENCE,
    QUIET,
    QUOTED,
    AutoReply,
    Wish,
    local_time,
    sentence_offsets,
    zone_of,
)
from followup.text.wish_behalf import behalf_opt_out, written_for_someone
from followup.text.wish_elsewhere_optout import gone_for_good, may_refuse_for_good
from followup.text.wish_event import event_quiet_wish, event_within_length
from followup.text.wish_firm import reached_wishes
from followup.text.wish_hold import may_hold_for_good, service_paused
from followup.text.wish_hold_dated import dated_hold
from followup.text.wish_kept_posted import kept_posted
from followup.text.wish_maybe import SHORT_CALLBACK, possible_opt_out_beside, possible_wish
from followup.text.wish_net_time import NO_PREFERENCE
from followup.text.wish_netmaybe import net_wishes
from followup.text.wish_not_before import not_before_certain
from followup.text.wish_optout import DNC_RULES, do_not_contact, endorsed_opt_out, or_far_script
from followup.text.wish_optout_bounded import bounded_quiet
from followup.text.wish_optout_guards import DNC_G
from followup.text.wish_optout_kept import kept_opt_out
from followup.text.wish_optout_staff import names_staff, staff_opt_out
from followup.text.wish_others import moved_not_stopped, wait_not_asked
from followup.text.wish_pause import PAUSED_RULES, may_pause_abroad, paused_wish
from followup.text.wish_pause_dated import END_WORDS, ends_on_event, held_for_its_end
from followup.text.wish_prefs import both_refused, preferences
from followup.text.wish_quiet import EVENT_QUIET_DAYS, loose_end, quiet_wish  # noqa: F401
from followup.text.wish_quiet_abroad import until_then_certain
from followup.text.wish_quoted_other import called_words_at, quoted_from_other
from followup.text.wish_relay_head import relayed_opt_out
from followup.text.wish_relayed import relayed
from followup.text.wish_reported import still_wanted, writers_own
from followup.text.wish_school_break import school_break_wait
from followup.text.wish_scope import (
    contact_block,
    in_spans,
    not_a_request,
    own_text,
    recalls,
    signature_spans,
    withdraws,
)
from followup.text.wish_scoped import scoped_pauses
from followup.text.wish_season import season_wait
from followup.text.wish_set_aside import set_aside
from followup.text.wish_set_aside_firm import firmly_set_aside
from followup.text.wish_sift import held_for_good, needles, once, outranked, readable, season, sigma, taken_back
from followup.text.wish_strength import (
    channel_instead,
    joined_refusal,
    other_channel_offered,
    someone_elses,
    weigh_opt_out,
)
from followup.text.wish_then import (
    corrected_length,
    end_said_before,
    event_dated_before,
    promised_return,
    then_quiet,
)
from followup.text.wish_until_then_en import UNTIL_THEN_EN
from followup.text.wish_when import away_until_back, numbered_day, refused_quiet


def _rule_wishes(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo) -> list[Wish]:
    """The wishes the rules read in one sentence (an opt-out hides pause and quiet in its sentence; one said weakly
    is asked, and one refusing a channel beside another offered is that channel preferred)."""
    dnc = do_not_contact(sentence, offset, text)
    weighed = weigh_opt_out(dnc, sentence, offset, text) if dnc else None
    if dnc and weighed and weighed.kind == DNC and dnc.certain and not weighed.certain:
        weighed = joined_refusal(dnc, sentence, offset, text, do_not_contact) or weighed  # "... and don't text me"
    weighed = writers_own(weighed, sentence, offset, text) if weighed else None  # not reported, not promised
    if weighed and weighed.kind == DNC and (whose := quoted_from_other(sentence, offset, text)):
        # '... sent this to our sales rep: "Please take us off your lists."': a third party's words, shown to the rep
        weighed = None if whose == "to_us" or still_wanted(own_text(text)) else replace(weighed, certain=False)
    if staff := staff_opt_out(sentence, offset, text, do_not_contact, weigh_opt_out, weighed):
        return [staff]  # "please do not contact our employees": the writer's people refused, the writer among them
    if dnc and weighed:
        offered = other_channel_offered(dnc.quote, text) if weighed.kind == DNC and not weighed.certain else None
        # "Please don't ring me. ... Email works fine.": the channel offered, when the offer names one
        return [weighed] + ([offered] if offered and offered.preference else [])
    found: list[Wish] = []
    # "no more calls this week": a refusal bounded by a time is a quiet period to its end
    quiet = quiet_wish(sentence, offset, text, local, zone) or bounded_quiet(sentence, offset, text, local, zone,
                                                                             DNC_RULES, DNC_G)
    # "please postpone the delivery of the spectrometer": goods or a visit moved, no wish about contact
    paused = None if quiet or moved_not_stopped(sentence) else paused_wish(sentence, offset, text)
    if paused and (dated := dated_hold(paused, sentence, offset, text, local, zone)):
        quiet, paused = dated, None
    if not quiet and not paused:
        quiet = away_until_back(sentence, offset, text, local, zone) or event_quiet_wish(sentence, offset, text, local)
    found.extend(w for w in (quiet, paused) if w)
    found.extend(preferences(sentence, offset, text))
    if not any((w.preference or "").startswith("channel:") for w in found):
        # "stop phoning, a text is okay": one channel refused, another offered, whether or not an opt-out was read
        instead = channel_instead(sentence, offset, text)
        found += [instead] if instead else []
    return found


_NOT_NOW = re.compile(r"\b(?:right|just|not)\s+now\b|\bat\s+the\s+moment\b|\bat\s+this\s+(?:time|point|stage)\b|"
                      # "won't be able to look at this properly for a while. Please give me a month": the month;
                      # "No need to chase me. I won't have an answer until our board signs off": the wait
                      r"\bfor\s+a\s+(?:while|bit)\b|^\W*no\s+need\s+to\s+(?:chase|follow\s+up)\b|"
                      # "it is not possible now. Please do not write us until Monday", "can't think about it now": the day
                      r"(?:\bnot|n't)\s+(?:\w+\s+){1,5}?now\b|"
                      # "I have no head for investments now. Please write to me again after 6 January": the day
                      r"\bno\s+(?:\w+\s+){1,4}?now\b", re.I)


def _asked(sentence: str, offset: int, text: str, found: list[Wish], local: datetime) -> list[Wish]:
    """A loose pause or channel preference asked where nothing of its kind was read; a channel preferred in the
    sentence takes the place of a possible opt-out ("mejor por correo, que por teléfono no me pillas")."""
    kinds = {w.kind for w in found}
    pause = None if kinds & {PAUSED, DNC, QUIET} else asked_pause(sentence, offset, text)
    days = None if kinds & {DNC, QUIET} else asked_quiet_days(sentence)
    if days is not None:
        pause = None
        found = [w for w in found if w.kind != PAUSED or w.certain] + [Wish(
            QUIET, sentence.strip(), until=start_of_local_day(local.date() + timedelta(days=days), local.tzinfo),
            certain=False)]
    channel = None if any(w.kind == PREFERENCE and (w.preference or "").startswith("channel:") for w in found) \
        else asked_channel(sentence, offset, text)
    if channel:
        found = [w for w in found if w.certain or w.kind != DNC]
    return found + [w for w in (pause, channel) if w and not any(f.kind == DNC and f.certain for f in found)]


def detect_wishes(text: str, sent_at: datetime, tz: str, *, second_opinion: bool = True,
                  quoted: str = "") -> list[Wish]:
    """Wishes stated in the new text of one inbound message, in text order; uncertain readings have certain=False.
    Slips of spelling in the words wishes are read by are set right first (text/typos.py: "giv me a fortnite"); each
    quote keeps the customer's own words."""
    fixed, fixes = spelled(text or "")
    return _as_written(_detect_wishes(fixed, sent_at, tz, second_opinion=second_opinion, quoted=quoted), text, fixed,
                       fixes)


def _as_written(wishes: list[Wish], text: str, fixed: str, fixes: list) -> list[Wish]:
    """The wishes read in the text set right, each quoting the customer's own words again."""
    if not fixes:
        return wishes
    out = []
    for w in wishes:
        at = fixed.find(w.quote) if w.quote else -1
        if at >= 0:
            start, end = original_span(at, at + len(w.quote), fixes)
            w = replace(w, quote=text[start:end])
        out.append(w)
    return out


def _detect_wishes(text: str, sent_at: datetime, tz: str, *, second_opinion: bool = True,
                   quoted: str = "") -> list[Wish]:
    """Wishes stated in the new text of one inbound message, in text order; uncertain readings have certain=False.

    An opt-out hides pause and quiet readings in the same message; "call me back in an hour" hides a pause. Only the
    customer's own text is read (not a forwarded or earlier message below a header), and a sign-off block at its foot
    for anything but a preferred time or channel.
    ``quoted`` (the message's quoted part) is read only for an opt-out the new text points back at ("see below").
    """
    zone = zone_of(tz)
    local = local_time(sent_at, zone)
    wishes: list[Wish] = []
    own = own_text(text or "")
    signature = signature_spans(own)
    spoken: list[tuple[str, str]] = []  # (sentence, quote) outside the sign-off, for the message-wide grammars
    before: tuple[str, list[Wish]] | None = None  # the sentence before and its wishes, taken back by "Scratch that"
    behalf = written_for_someone(own)  # "We write on behalf of our employee, Ms. Caduff": her words are the message's
    for offset, sentence in readable(own):
        if before and withdraws(sentence):  # an opt-out taken back is still asked about, never dropped
            wishes = taken_back(wishes, before[1])
            spoken = [(s, q) for s, q in spoken if s != before[0]]
        if cut := called_words_at(sentence, offset, text):  # a call note's 'She said: "Give me two weeks"': her words
            sentence, offset = sentence[cut:], offset + cut
        whose = quoted_from_other(sentence, offset, text)  # '... sent this to our rep: "Take us off your list."'
        if whose == "to_us" or (whose and still_wanted(own)):
            continue  # a third party's words to the writer's side, shown to the rep: no wish of the writer's
        found = _rule_wishes(sentence, offset, text, local, zone)
        if behalf and not any(w.kind == DNC and w.certain for w in found) \
                and (for_them := behalf_opt_out(sentence, offset, text)):
            found = [w for w in found if w.kind != DNC and not (w.preference or "").startswith("channel:")] + [for_them]
        elif not any(w.kind == DNC and w.certain for w in found) and (passed := relayed_opt_out(sentence, offset, text)):
            found = [w for w in found if w.kind != DNC] + [passed]  # "mi jefe dice que no le escriban más"
        if not found and second_opinion:  # the rules explained nothing here: is it a wish they were not written for?
            maybe = possible_wish(sentence, offset, text, local)
            found = [maybe] if maybe else []
        if second_opinion:
            found += net_wishes(sentence, offset, text, local, zone, wishes + found, found)
            beside = possible_opt_out_beside(sentence, offset, text, found)
            found += [beside] if beside else []
            found += refused_quiet(sentence, found, wishes, local, zone)
            then = then_quiet(own[:offset], sentence, found + [w for w in wishes if w.certain], local, zone)
            if then:  # "termina el día 20. ... después de esa fecha": the day said outranks a length guessed before
                wishes = [w for w in wishes if w.kind != QUIET or w.certain]
            found += then
            found = _asked(sentence, offset, text, found, local)
            if both_refused(sentence) and not any(w.kind == DNC for w in found):  # "no emails, no calls, nothing"
                found.append(Wish(DNC, text[offset: offset + len(sentence)].strip(), certain=False))
        if any(w.kind == QUIET for w in found):  # "it takes a fortnight. Please sit tight until then."
            then = end_said_before(own[:offset], sentence, local, zone) or event_dated_before(own[:offset], sentence,
                                                                                              local, zone)
            found = [replace(w, until=then) if then and w.kind == QUIET else w for w in found]
            # "Can you check in again on Thursday the 19th?": the day of the month, not the coming Thursday
            numbered = numbered_day(sentence, [w.quote for w in found if w.kind == QUIET], local, zone)
            found = [replace(w, until=numbered) if numbered and w.kind == QUIET else w for w in found]
        earlier = [w for w in wishes + found if w.kind == QUIET]
        fixed = corrected_length(sentence, offset, text, local) if earlier else None
        if fixed is not None:  # "Give us a week. Actually, make that two weeks": the correction replaces the length
            wishes = [w for w in wishes if w.kind != QUIET]
            found = [w for w in found if w.kind != QUIET] + [replace(fixed, certain=any(w.certain for w in earlier))]
        if (signature and in_spans(offset + len(sentence) - len(sentence.lstrip()), signature)) or contact_block(sentence):
            found = [w for w in found if w.kind != PREFERENCE]
        else:
            spoken.append((sentence, sentence.strip()))
        if recalls(sentence):  # "I intended to ask you to stop contacting us": asked about, not applied
            found = [replace(w, certain=False) if w.kind == DNC else w for w in found]
        if any(w.kind == DNC for w in found) and (not_a_request(sentence) or (
                someone_elses(sentence, text) and not any(w.kind == DNC and w.certain for w in found))):
            found = [w for w in found if w.kind != DNC]
        found = [w for w in found if w.certain or not (wait_not_asked(w.kind, sentence, own)  # "a few days' notice"
                                                       or (w.kind == QUIET and service_paused(sentence)))]
        found = school_break_wait(sentence, found, local)  # "until after the Easter holidays": no certain day
        found = season_wait(sentence, found, local, own[offset + len(sentence):], own[:offset])  # "dopo la Befana"
        found = event_within_length(found, wishes, local)  # "leave it with me a few days ... once I've had a look"
        if whose:  # someone else's words quoted to the rep: at most a possible opt-out
            found = [replace(w, certain=False) for w in found if w.kind == DNC]
        wishes.extend(found)
        before = (sentence, found)
    if second_opinion:  # "Appelez-moi plutôt, je ne lis presque jamais mes mails", "après 19h"
        wishes = reached_wishes(spoken, wishes)
    if any(w.certain and (w.preference or "").startswith("channel:") for w in wishes):  # the customer's plain words
        wishes = [w for w in wishes if w.certain or not (w.preference or "").startswith("channel:")]  # over a guess
    if any(w.certain and (w.preference or "").startswith("time:") and ":not_" not in w.preference for w in wishes):
        wishes = [w for w in wishes if w.certain or not (w.preference or "").startswith("time:")]  # ("Best time ... 1:30")
    if NO_PREFERENCE.search(own):  # "Mornings? Evenings? Whatever suits you, we're flexible."
        wishes = [w for w in wishes if w.certain or not (w.preference or "").startswith("time:")]
    if second_opinion and not any(w.kind == DNC for w in wishes):
        again = reaffirmed_opt_out(text or "", quoted) or endorsed_opt_out(text or "", quoted)
        wishes += [again] if again else []
    if second_opinion and not any(w.kind == DNC for w in wishes):  # "Still true, see below": the quoted wish, possible
        wishes += reaffirmed(text or "", quoted, wishes, lambda own: detect_wishes(own, sent_at, tz, second_opinion=False))
        wishes += relayed(text or "", quoted, wishes, lambda body: detect_wishes(body, sent_at, tz))  # "See below from our MD"
        wishes += set_aside([s for s, _ in spoken], wishes)  # "Skipping it this go-round. Will holler if that changes"
        wishes = firmly_set_aside([s for s, _ in spoken], wishes)  # "parked ... I'll drop you a line when it's back on"
    wishes = gone_for_good([s for s, _ in spoken], held_for_good(wishes, [s for s, _ in spoken]))
    wishes = kept_posted(wishes, own)  # "I'm out next week ... Keep me in the loop though": mail still wanted
    # "Lass mir bitte drei Wochen ... Bis dahin bitte net nachhaken": the length guessed is asked for in so many words
    wishes = until_then_certain([s for s, _ in spoken], wishes, local, zone)
    # "flick me a msg next Monday, not before", "pas avant la fin du mois": a contact moment joined to "not before"
    wishes = not_before_certain([s for s, _ in spoken], wishes, local, zone)
    if SHORT_CALLBACK.search(text or ""):
        wishes = [w for w in wishes if w.kind != PAUSED and (w.certain or w.kind != QUIET)]
    if any(w.kind == PAUSED and w.certain for w in wishes):  # "shelved for now. I'll be in touch once it's back on"
        wishes = [w for w in wishes if not (w.kind == QUIET and w.certain and promised_return(w.quote))]
    if any(w.kind == QUIET and w.certain for w in wishes):  # "not right now ... could you give me a month?": the month
        # ("park the conversation until she's in post. No need to check in before then": a wait with its end)
        wishes = [w for w in wishes if not (w.kind == PAUSED and (_NOT_NOW.search(w.quote) or ends_on_event(w, text)))]
        wishes = held_for_its_end(wishes, text or "")  # "can't look at it now. Please hold off until the end of the month"
        # the end asked in so many words over a guess of a later one (a guess of an earlier end is still asked about)
        end = max((w.until for w in wishes if w.kind == QUIET and w.certain and w.until), default=None)
        wishes = [w for w in wishes if w.certain or w.kind != QUIET or (end and w.until and w.until < end)]
    if any(w.kind == DNC and w.certain for w in wishes):  # an opt-out outranks any pause, wait or channel in the message
        wishes = [w for w in wishes if w.kind not in (PAUSED, QUIET) and (w.certain or w.kind != DNC)
                  and not (w.preference or "").startswith("channel:")]
    # "Go ahead with the chairs. The standing desk is not for now": one item's "not now", no pause of the customer
    return once(scoped_pauses(wishes, own))


def detect_stops(text: str, sent_at: datetime, tz: str) -> list[Wish]:
    """The opt-outs and pauses the rules of detect_wishes read, and nothing else (no second opinion): all that
    older mail can still change, read at a fraction of the cost. Slips are set right first, as detect_wishes does."""
    fixed, fixes = spelled(text or "")
    return _as_written(_detect_stops(fixed, sent_at, tz), text, fixed, fixes)


def _detect_stops(text: str, sent_at: datetime, tz: str) -> list[Wish]:
    """detect_stops over text whose slips are already set right."""
    zone = None
    wishes: list[Wish] = []
    own = own_text(text or "")
    # A rule whose needles are all absent from the whole text fires on none of its sentences (text/prefilter.py):
    # the same readings, without asking every sentence (most older mail holds neither kind's words).
    folded = sigma(normalize(own)) if _OPT_OUT_NEEDLES is not None or _PAUSE_NEEDLES is not None else ""
    may_opt_out = _OPT_OUT_NEEDLES is None or _OPT_OUT_NEEDLES(folded) is not None or names_staff(own)
    may_pause = _PAUSE_NEEDLES is None or _PAUSE_NEEDLES(folded) is not None or may_pause_abroad(own)
    held = may_hold_for_good(own)
    if not may_opt_out and not may_pause and not held:
        return []
    said: list[Wish] = []  # the sentence before's readings, taken back by a "Scratch that"
    behalf = written_for_someone(own)
    for offset, sentence in readable(own):
        if said and withdraws(sentence):
            wishes = taken_back(wishes, said)
        said = []
        fired, dnc = kept_opt_out(sentence, offset, text, behalf) if may_opt_out else (False, None)
        if fired:
            said = [replace(dnc, certain=False) if recalls(sentence) else dnc] if dnc else []
            if dnc and not dnc.certain and not any(w.kind == DNC for w in season(sentence, offset, own, [dnc], sent_at, tz)):
                said = []  # "no me llames hasta después de Reyes": the wait read instead, as detect_wishes reads it
            wishes += said
            continue
        paused = paused_wish(sentence, offset, text) if may_pause and not moved_not_stopped(sentence) else None
        if paused:
            # As in detect_wishes, a sentence that states a quiet period is not a pause (read only when it matters).
            zone = zone or zone_of(tz)
            local = local_time(sent_at, zone)
            if quiet_wish(sentence, offset, text, local, zone) is None \
                    and dated_hold(paused, sentence, offset, text, local, zone) is None \
                    and PAUSED in {w.kind for w in season(sentence, offset, own, [paused], sent_at, tz)}:
                wishes.append(paused)
                said = [paused]
    if SHORT_CALLBACK.search(text or ""):
        wishes = [w for w in wishes if w.kind != PAUSED]
    wishes = outranked(wishes)
    if any(w.kind == PAUSED and (_NOT_NOW.search(w.quote) or ends_on_event(w, text) or END_WORDS.search(own))
           for w in wishes) or held or may_refuse_for_good(own) \
            or (any(w.kind == DNC for w in wishes) and UNTIL_THEN_EN.search(own)):
        # a pause may give way to a quiet period said elsewhere in the message, and a hold said to have no end
        # is a pause across two sentences, and a refusal "in this period" after a length is that quiet period: the
        # rules decide (rare)
        wishes = [w for w in detect_wishes(text, sent_at, tz, second_opinion=False) if w.kind in (DNC, PAUSED)]
    return scoped_pauses(wishes, own)  # as detect_wishes: one item's "not now" beside an order goes on is no pause


_OPT_OUT_NEEDLES = or_far_script(needles(DNC_RULES))  # (the CJK opt-out rule has no needles)
_PAUSE_NEEDLES = needles(PAUSED_RULES)


_ANY_MOMENT = datetime(2026, 1, 1)  # detect_opt_outs reads no date: a moment for the rare message the rules decide


def detect_opt_outs(text: str) -> list[Wish]:
    """The opt-outs of detect_stops alone (the same readings, in text order): what a message older than its
    customer's newest can still change (a pause there was lifted by the later message), at a fraction of the cost.
    Needs no zone: only a pause's quiet-period check reads dates. A text holding no needle of any opt-out rule
    (text/prefilter.py) is not split into sentences at all: most older mail. Slips are set right first."""
    fixed, fixes = spelled(text or "")
    return _as_written(_detect_opt_outs(fixed), text, fixed, fixes)


def _detect_opt_outs(text: str) -> list[Wish]:
    """detect_opt_outs over text whose slips are already set right."""
    own = own_text(text or "")
    if _OPT_OUT_NEEDLES is not None:
        folded = sigma(normalize(own))
        if _OPT_OUT_NEEDLES(folded) is None and not may_refuse_for_good(own):
            return []
    said: list[Wish] = []
    wishes: list[Wish] = []
    behalf = written_for_someone(own)
    for offset, sentence in readable(own):
        if said and withdraws(sentence):
            wishes = taken_back(wishes, said)
        dnc = kept_opt_out(sentence, offset, text, behalf)[1]
        said = [replace(dnc, certain=False) if recalls(sentence) else dnc] if dnc else []
        wishes += said
    wishes = outranked(gone_for_good([s for _, s in readable(own)], wishes))
    if any(w.kind == DNC for w in wishes) and UNTIL_THEN_EN.search(own):
        # a refusal "in this period" after a length is that quiet period, as detect_stops reads it: the rules decide
        # (rare; the length, not the day it is read on, makes it a quiet period)
        wishes = [w for w in detect_wishes(text, _ANY_MOMENT, "UTC", second_opinion=False) if w.kind == DNC]
    return wishes


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

"""The rep's habits (greeting and sign-off learned from their Sent mail) and whether a customer needs a follow-up."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Sequence

from followup.drafting.acceptance import accepts
from followup.drafting.booking import order_to_come
from followup.drafting.cleaning import SIGN_OFF
from followup.drafting.figures import CURRENCY_CODES
from followup.drafting.followed import about_contact
from followup.drafting.items import State
from followup.drafting.sentences import Source
from followup.text.auto_reply import detect_auto_reply
from followup.text.wishes import detect_wishes


@dataclass(frozen=True)
class Voice:
    """How the rep opens and closes their own emails."""

    greeting: str = "Hi"
    sign_off: str = "Best,"


def learn_voice(sent_texts: Sequence[str]) -> Voice:
    """The rep's usual greeting word and sign-off line, from the new text of their own sent emails."""
    greetings: Counter[str] = Counter()
    closings: Counter[str] = Counter()
    for text in sent_texts:
        lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
        if not lines:
            continue
        m = re.match(r"^(hi|hello|hey|dear|good morning|good afternoon)\b", lines[0], re.I)
        if m and len(lines[0].split()) <= 4:
            greetings[m.group(1).capitalize()] += 1
        for line in lines[-4:]:
            m = SIGN_OFF.match(line)
            if m and len(line) <= 24:
                closings[line if line.endswith((",", "!", ".")) else line + ","] += 1
                break
    voice = Voice()
    if greetings and greetings.most_common(1)[0][1] >= 2:
        voice = replace(voice, greeting=greetings.most_common(1)[0][0])
    if closings and closings.most_common(1)[0][1] >= 2:
        voice = replace(voice, sign_off=closings.most_common(1)[0][0])
    return voice


# A call note saying nothing is left to do: no follow-up until the customer comes back.
_SETTLED = re.compile(r"\b(all set|nothing else (?:needed|to do|open)|nothing (?:to send|open|pending)|no follow-?up|"
                      r"ball is with (?:him|her|them)|will call (?:us )?when|erledigt|nichts (?:mehr )?offen|"
                      r"meldet sich|rien à envoyer|plus rien|reviendra vers nous|nada pendiente|nos avisa|"
                      r"nos llamará)\b", re.I)


# The customer asking for something in so many words, or saying they still wait for it: their email needs a reply
# even when every question in it was answered on a call ("Mandame la propuesta final", "J'attends toujours ...").
_ASKS_FOR = re.compile(r"\b(?:please send|send (?:me|us)|i'?m still waiting|still waiting for|mand[aá](?:me|nos)|"
                       r"env[ií](?:ame|anos)|p[aá]s(?:ame|anos)|sigo esperando|merci (?:aussi |encore )?de (?:me|nous) "
                       r"(?:donner|envoyer|transmettre|communiquer|indiquer)|j'attends toujours|"
                       r"ich warte (?:noch|immer noch)|schicken sie (?:mir|uns))\b", re.I)


def needs_follow_up_state(state: State, sources: Sequence[Source], now: datetime) -> str | None:
    """Why this customer needs a follow-up now, or None: an open question or request, a promise, a fresh call note,
    or the customer's newest word asking for something."""
    if held_quiet(sources, state.tz, now):
        return None  # the customer asked for quiet, or is away, past now: whatever is open waits for that day
    if any(i.kind == "question" and i.direction == "inbound" for i in state.open()):
        return "unanswered question"
    if any(i.kind == "request" and i.direction == "inbound" for i in state.open()):
        return "unanswered request"
    if state.open("order", "payment"):
        return "order to confirm"  # "wir bestellen", "the deposit is paid": the rep confirms it
    if (state.last or {}).get("accepted") and (state.last or {}).get("direction") == "inbound":
        return "acceptance to confirm"  # "C'est d'accord ..., 10 armoires au lieu de 8": a yes with a change is no order
    promises = sorted((i for i in state.open("commitment") if not i.internal),
                      key=lambda i: (i.due is None, i.due or now))
    if promises:
        first = promises[0]
        return f"commitment due {first.due.date().isoformat()}" if first.due else "open commitment"
    newest = max((s for s in sources if s.at <= now), key=lambda s: s.at, default=None)
    if newest is not None and newest.direction == "inbound" and _ASKS_FOR.search(newest.text or ""):
        return "request in the customer's newest email"
    if any(i.kind == "listed" and i.direction == "inbound" for i in state.open()):
        # "Damit die Geschäftsführung unterschreibt, brauche ich noch: - ... - ...": what they list, the rep answers
        return "list in the customer's newest email"
    if state.open("callback"):
        return "call asked for"  # "Rufen Sie mich bitte nach 17 Uhr an": the rep calls, and says when
    notes = [s for s in sources if s.kind == "note" and s.at <= now]
    messages = [s.at for s in sources if s.kind == "message" and s.at <= now]
    if any(i.kind == "question" for i in state.open()):
        return "unanswered question"
    if notes and (not messages or max(n.at for n in notes) > max(messages)):
        if _SETTLED.search(max(notes, key=lambda n: n.at).text or ""):
            return None  # the call closed everything: "all set, nothing else needed"
        return "call note newer than last message"
    # an out-of-office reply is no answer to the offer: the rep chases past it once the day its sender is back has come
    newest = max((s for s in sources if s.at <= now and not back_by(s, state.tz, now)), key=lambda s: s.at,
                 default=None)
    if newest is not None and newest.direction == "outbound" and (now - newest.at).days >= OFFER_CHASE_DAYS and any(
            i.direction == "outbound" and i.kind == "term" and _PRICED.search(i.quote) for i in state.open()):
        return "offer awaiting a reply"  # the rep's quote in force, unanswered for days: the rep chases it
    return None


def held_quiet(sources: Sequence[Source], tz: str, now: datetime) -> bool:
    """Whether the customer's newest word keeps the rep quiet at now: an out-of-office notice whose day back is still
    ahead, or a quiet period asked for in so many words ("not chase before Monday 7 March") that has not run out."""
    inbound = sorted((s for s in sources if s.direction == "inbound" and s.kind == "message" and s.at <= now),
                     key=lambda s: s.at, reverse=True)
    for src in inbound:
        auto = detect_auto_reply(auto_submitted=False, subject=src.subject, text=src.text or "", sent_at=src.at,
                                 tz=tz or "UTC")
        # a yes, an order or a question is a person's email, whatever absence it announces ("Can you send it today?")
        if auto.is_auto and not accepts(src.text) and not order_to_come(src.text) and "?" not in (src.text or ""):
            if auto.return_at is not None and auto.return_at > now:
                return True
            continue  # a notice whose day has come (or names none) is no word of the customer's: the one before is
        # (about reaching them: "logging in weeks 11-12, not before" is the work's day, "we still wait" no wish)
        return any(w.kind == "quiet" and w.certain and w.until is not None and w.until > now
                   and about_contact(src.text or "", w.quote) for w in detect_wishes(src.text or "", src.at, tz or "UTC"))
    return False


def back_by(src: Source, tz: str, now: datetime) -> bool:
    """Whether a source is an out-of-office reply whose stated return day has come by now."""
    if src.direction != "inbound":
        return False
    auto = detect_auto_reply(auto_submitted=False, subject=src.subject, text=src.text or "", sent_at=src.at, tz=tz or "UTC")
    return auto.is_auto and auto.return_at is not None and auto.return_at <= now


# Days the rep's own quote may wait for the customer's answer before the rep chases it.
OFFER_CHASE_DAYS = 4

_PRICED = re.compile(rf"[$€£¥]\s?\d|\d\s?[$€£¥]|\b(?:{'|'.join(CURRENCY_CODES)}|fcfa)\b", re.I)  # "XCD 39,600"

"""What the customer's side already has, so a draft does not offer it again: a thing they say arrived ("Sample
received, thanks."), a change of theirs the rep's next email already priced ("For 9 ha it is EUR 108,900") and the
answer a later call gave to the question the rep had put off ("I'll check the access question" -> "Arthur is
step-free")."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.noted import dated_day
from followup.drafting.sentences import Source
from followup.drafting.words import content, defers_answer, shared_words

# Content words a later note or email shares with the customer's question to answer it ("step-free", "breakout").
PUT_OFF_OVERLAP = 2


def put_off_answered(promise: Item, items: Sequence[Item]) -> Item | None:
    """The later note or rep point that answers the customer's question a promise to find out put off ("I'll check
    the access question" after "is there step-free access?", answered on the call: "Arthur is step-free"; "Je me
    renseigne pour les samedis" after "le samedi matin ?": "Samedi matin : oui"), or None."""
    if promise.direction != "outbound":
        return None
    mine = content(promise.quote)
    for question in (q for q in items if q.kind == "question" and q.direction == "inbound" and q.at < promise.at
                     and shared_words(content(q.quote), mine) >= 1):
        words = content(question.quote)
        answer = next((o for o in items if o.at > promise.at and o.direction in ("outbound", "note")
                       and o.kind not in ("unsure", "question", "commitment") and not o.internal
                       and not defers_answer(o.quote) and shared_words(words, content(o.quote)) >= PUT_OFF_OVERLAP), None)
        if answer is not None:
            return answer
    return None


def sources_after(src_at: datetime, ordered: Sequence[Source], *directions: str) -> list[Source]:
    """The sources after a moment, in the given directions, oldest first."""
    return [s for s in ordered if s.at > src_at and s.direction in directions]


# The customer saying a thing came: "Sample received", "got the drawings", "Muster erhalten", "bien reçu le devis".
_GOT = re.compile(r"\b(?:received|got|arrived|came|erhalten|bekommen|angekommen|reçu|reçue|reçus|arrivé|arrivée|"
                  r"recibid[oa]s?|recibí|recibimos|lleg[óo]|llegaron)\b", re.I)


_NOT_GOT = re.compile(r"n't\b|\b(?:not|no|never|yet to|nicht|kein\w*|nichts|pas|jamais|rien|aucune?|nada|"
                      r"ningún|ninguna|todavía no|aún no)\b", re.I)


def got_it(item: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """The customer's later email whose sentence says the thing promised came ("Sample received, thanks."): its
    source, or ""; a sentence that asks ("Has the sample arrived?") or denies ("not received") keeps it owed."""
    words = content(item.quote)
    for later in sources_after(item.at, ordered, "inbound"):
        for s in re.split(r"(?<=[.!?])\s+|\n+", cleaned[(later.kind, later.id)]):
            if _GOT.search(s) and "?" not in s and not _NOT_GOT.search(s) \
                    and {w[:5] for w in words} & {w[:5] for w in content(s)}:
                return f"{later.kind}:{later.id}"
    return ""


# The rep's promise to give the customer a day ("I will tell you the new date for the desks", "ich nenne Ihnen den
# neuen Liefertermin", "je vous communique la nouvelle date", "le confirmo la nueva fecha").
_DATE_PROMISE = re.compile(
    r"\b(?:tell|let you know|confirm|send|give)\b[^.!?]{0,20}\b(?:the|a)\s+(?:new\s+)?(?:date|day|delivery date)\b|"
    r"\b(?:nenne|mitteilen|teile|bestätige|sage|schicke|melde)\b[^.!?]{0,30}\b(?:neuen\s+)?(?:Termin|Liefertermin|"
    r"Datum)\b|\b(?:den|einen)\s+(?:neuen\s+)?(?:Termin|Liefertermin)\b[^.!?]{0,20}\b(?:mit|durch)\b|"
    r"\b(?:communique|communiquerai|donne|donnerai|confirme|confirmerai|indique|indiquerai)\b[^.!?]{0,20}\b"
    r"(?:la|une)\s+(?:nouvelle\s+)?date\b|"
    r"\b(?:confirmo|comunico|doy|daré|confirmaré|comunicaré|indico|indicaré|paso)\b[^.!?]{0,20}\b(?:la|una)\s+"
    r"(?:nueva\s+)?fecha\b", re.I)


def dated_since(item: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """The rep's later email or call note that names the day a promise to give one was about ("I will tell you the new
    date for the desks", then "desks delivery + assembly Thu 9 Dec"): its source, or ""."""
    if not _DATE_PROMISE.search(item.quote):
        return ""
    words = {w[:5] for w in content(_DATE_PROMISE.sub(" ", item.quote))}
    for later in sources_after(item.at, ordered, "outbound", "note"):
        for s in re.split(r"(?<=[^\d\s][.!?])\s+|\n+", cleaned[(later.kind, later.id)]):  # "am 9. Dezember" is one
            if dated_day(s, item.at.date()) and "?" not in s and words & {w[:5] for w in content(s)}:
                return f"{later.kind}:{later.id}"
    return ""


def delivered(item: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """What kept a promise of a thing or a day: the customer saying it came, or the rep naming the day (a source)."""
    return got_it(item, ordered, cleaned) or dated_since(item, ordered, cleaned)


def taken_up(item: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """The rep's later email that works from every figure of the customer's step ("We'll only need 1,500 bags, trestles
    stay at 400." taken up by "With 1,500 bags and 400 trestles it comes to ..."): its source, or ""."""
    # a figure with the word it counts ("9 ha", "1,500 bags"), so that a lone "9" elsewhere in the email is no match
    figures = [rf"(?<![\d,.']){re.escape(n)}(?![\d']|[,.]\d)" + (rf"\s+{re.escape(unit)}\b" if content(unit) else "")
               for n, unit in re.findall(r"(\d[\d,.']*\d|\d)(?:\s+([^\W\d_]+))?", item.quote)]
    return next((f"{o.kind}:{o.id}" for o in sources_after(item.at, ordered, "outbound")
                 if figures and all(re.search(f, cleaned[(o.kind, o.id)], re.I) for f in figures)), "")

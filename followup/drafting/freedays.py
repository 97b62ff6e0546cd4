"""The days the customer's newest email says suit them, or that they are closed or free on ("We're dark Mondays and
Tuesdays, those are easiest", "Montags haben wir Ruhetag", "Nous sommes fermés le lundi", "Los martes estamos
libres"): what a visit, a delivery or a training must fit, said back in the rep's words ("I've noted that you're
dark Mondays and Tuesdays, those are easiest.") like the other news of that email (latest.py).

Read by structure, not by phrase: a statement (no question) naming a day of the week and a word of availability
(closed, free, off, easiest, best; geschlossen, Ruhetag, frei; fermé, libre; cerrado, libre, mejor), unless it asks
to be contacted then (a contact wish: the rep honours it, followed.py) or a day it names is past. Said only when
latest.turned turns it to the customer without a first person left and without pasting ECHO_RUN of their words."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.days import resolve_due
from followup.drafting.followed import contact_wish
from followup.drafting.items import Item
from followup.drafting.latest import echoes, is_clause, newest_unanswered, turned
from followup.drafting.reading import PLEASANTRY
from followup.drafting.sentences import Source, sentence_spans
from followup.text.dates import alternation, day_names

# A day of the week, singular or plural ("Monday", "Mondays", "montags", "les lundis", "los martes").
_DAY = re.compile(rf"\b(?:{alternation(day_names('en', 'de', 'fr', 'es'))})s?\b", re.I)

# A word saying a day is free, closed or suits them, per language: a closed class of states, never the thing done.
_FREE = {
    "en": r"\b(?:closed|dark|free|quiet|available|easiest|easier|best|suits?|works? (?:best|better|well))\b",
    "de": r"\b(?:geschlossen|zu|ruhetag|schließtag|frei|spielfrei|ruhig|verfügbar|am besten|am einfachsten|"
          r"am liebsten|passt|passen)\b",
    "fr": r"\b(?:fermée?s?|relâche|libres?|disponibles?|calmes?|le plus simple|l['’]idéal|idéal|arrange\w*|mieux)\b",
    "es": r"\b(?:cerrad[oa]s?|libres?|descanso|disponibles?|tranquil[oa]s?|mejor|más fácil|viene bien|va bien)\b",
}
_FREE_RE = {lang: re.compile(rx, re.I) for lang, rx in _FREE.items()}

# A first person a turn left in place (Spanish drops the pronoun: "los lunes cerramos"): the line was never turned.
_FIRST = {"en": re.compile(r"\b(?:I|we|our|us)\b"),
          "de": re.compile(r"\b(?:ich|wir|unser\w*|uns)\b", re.I),
          "fr": re.compile(r"\b(?:je|nous|notre|nos)\b|\bj['’]", re.I),
          "es": re.compile(r"\b(?:yo|nosotr\w+|nuestr\w+|nos|[^\W\d_]+(?:amos|emos|imos))\b", re.I)}

# A lead that only flags the sentence ("FYI", "Heads up", "Ojo,", "Zur Info:", "Pour info"): no part of what is said.
_FLAG = re.compile(r"^(?:fyi|heads[- ]up|just so you know|just a note|note|nb|ps|p\.s\.|by the way|btw|zur info|"
                   r"übrigens|nur zur info|hinweis|pour info|pour information|à noter|attention|ojo|por cierto|"
                   r"para que sepa|aviso)\s*[:,!-]?\s*(?:that\s+|que\s+)?", re.I)
# A person away for a while ("Priya is off until Wednesday", "bis Montag im Urlaub"): an absence, the auto-reply's.
_UNTIL = re.compile(r"\b(?:until|till|bis|jusqu\w*|hasta)\b", re.I)
# A third person's news put in reported speech (reportback.py): behind "C'est noté :" it would be said twice over.
_REPORTED = re.compile(r"^(?:Sie schreiben|vous m['’]avez indiqué|me indicó)\b", re.I)
MAX_FREE_WORDS = 20  # a longer sentence is about more than the days: latest.py reads it, or nothing does


def free_days(items: list[Item], ordered: Sequence[Source], cleaned: dict, language: str, tz: str = "UTC") \
        -> list[Item]:
    """The items with the days the customer's newest email says suit them or they are closed on, as "latest"."""
    if language not in _FREE_RE:
        return items
    src = newest_unanswered(ordered, tz)
    if src is None:
        return items  # the rep has written since: the days were taken up there
    text = cleaned[(src.kind, src.id)]
    held = [i.quote for i in items if (i.source_kind, i.source_id) == (src.kind, src.id) and i.text
            and i.status == "open"]
    added: list[Item] = []
    for start, end, _, _ in sentence_spans(text, "inbound"):
        quote = text[start:end].strip()
        if "?" in quote or quote.endswith(":") or PLEASANTRY.match(quote) or not _DAY.search(quote) \
                or not _FREE_RE[language].search(quote) or len(quote.split()) > MAX_FREE_WORDS \
                or _UNTIL.search(quote):
            continue
        if any(h in quote or quote in h for h in held) or contact_wish(quote, src.at, tz):
            continue  # already said by another rule; "call me Mondays" is a wish the rep honours, not news
        due = resolve_due(quote, src.at, tz)
        if due is not None and due.date() < src.at.date():
            continue  # "we were closed on Monday": the day is gone
        line = turned(_FLAG.sub("", quote).rstrip(" .!"), language)
        if not line or _FIRST[language].search(line) or echoes(line, text) or not is_clause(line, language) \
                or _REPORTED.match(line):
            continue
        if language == "en" and _DAY.match(line):
            line = line[:1].upper() + line[1:]  # an English day keeps its capital
        added.append(Item(kind="latest", text=line.rstrip(" .;,"), quote=quote, source_kind=src.kind,
                          source_id=src.id, at=src.at, direction="inbound"))
    return items + added


__all__ = ["free_days"]

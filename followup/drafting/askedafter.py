"""The customer's own sentence just before a question they asked, read from their message's text: what a question
that points back ("Quelle date proposez-vous ?", "Is this possible and what is the price then?") is about, even
where that sentence became no point of the state ("Par contre, le premier passage ne pourra pas avoir lieu avant la
fin des travaux du hall, en janvier.")."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.cleaning import GREETING_LINE, SIGN_OFF
from followup.drafting.items import Item
from followup.drafting.reading import PLEASANTRY
from followup.drafting.sentences import sentence_spans

# A figure: an amount, a count or a measure.
_FIGURE = re.compile(r"\d")

# A sentence asking the rep to do something ("Please invoice ...", "Bitte den Auftrag an ...", "Merci d'établir
# ...", "Por favor ..."): its own point, never what a question after it is about.
_REQUEST = re.compile(r"^(?:please|kindly|bitte|merci de|merci d'|veuillez|por favor)\b", re.I)

# Characters of a question's end that find it in its message: the quote may have lost a label or a lead-in.
TAIL_CHARS = 24


def sentence_before(text: str, quote: str) -> str:
    """The sentence before the one holding `quote` in `text`; "" where it is the first, or the one before is a
    greeting, a sign-off or a pleasantry (no context to show)."""
    tail = quote.strip()[-TAIL_CHARS:]
    spans = sentence_spans(text, "inbound")
    at = next((n for n, (a, b, _, _) in enumerate(spans) if tail and tail in text[a:b]), None)
    if not at:
        return ""
    a, b, _, _ = spans[at - 1]
    said = text[a:b].strip()
    if at > 1 and text[spans[at - 2][0]:spans[at - 2][1]].rstrip().endswith("?") \
            and "\n" not in text[spans[at - 2][1]:a] and "\n" in text[b:spans[at][0]]:
        return ""  # on the line of the question before, this one on a line of its own: that one's reason
    if GREETING_LINE.match(said) or SIGN_OFF.match(said) or (PLEASANTRY.match(said) and "?" not in said):
        return ""
    return said


def with_own_context(items: Sequence[Item], cleaned: dict) -> list[Item]:
    """Every question in a customer's email with the sentence they wrote before it (Item.context)."""
    out = []
    for item in items:
        if item.kind == "question" and item.direction == "inbound" and (item.source_kind, item.source_id) in cleaned:
            said = sentence_before(cleaned[(item.source_kind, item.source_id)], item.quote)
            item = replace(item, context=re.sub(r"\s+", " ", said)) if said else item
        out.append(item)
    return out


def _tail(quote: str) -> str:
    """The end of a quote that finds it in a sentence, without its closing mark."""
    return quote.strip().rstrip(" .?!")[-TAIL_CHARS:]


def own_context(item: Item, items: Sequence[Item]) -> str:
    """The sentence before a question as its context, unless it asks something itself or is a point the
    conversation replaced since (a figure no longer in force is never said again)."""
    said = item.context.rstrip(" .")
    if not said or "?" in said or said.endswith(":") or _FIGURE.search(said):
        # another question, a lead-in announcing the questions ("A few things after our talk:"), or a figure the
        # state kept no point of (a competitor's price, an amount out of force): never said unread
        return ""
    if any(i.status == "superseded" and i.quote.strip().rstrip(" .") in said for i in items if i.quote.strip()):
        return ""
    if any(i is not item and i.kind in ("question", "request") and _tail(i.quote) and _tail(i.quote) in said
           for i in items):
        return ""  # a sentence asking something itself ("Martine asks whether ...") is its own point
    if _REQUEST.match(said):
        return ""
    return said

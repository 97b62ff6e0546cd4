"""A follow-on question joined to the question it points back at: one slot per thing asked.

A customer often asks a thing and then, in the next sentence, what it costs or whether it can be done ("Also can
you print our logo on the crates? How much is it?", "Could you order a needle bed for the Dubied? What would that
cost?", "¿Podés agregar un asador a cruz para corderos? ¿Cuánto sale?", "Pourriez-vous ...? Est-ce possible, et à
quel prix ?"). Slotted apart, the second reads "how much is it?" with nothing to say what "it" is, and the rep fills
two slots for one thing; a rep's note says it once: "can you print our logo on the crates, and how much is it?"."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.items import Item, State
from followup.drafting.slotform import OPENS_QUESTION, POINTS_BACK, SHORT_QUESTION_WORDS

# How a slot of the rep's own reads: "[[answer: question? (the sentence before it)]]".
_SLOT = re.compile(r"^\[\[answer:\s*(?P<q>.*?)\?\s*(?P<ctx>\([^()]*\))?\s*\]\]$", re.S)

# The word that joins the follow-on to the question it follows, per drafting language.
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}


def _previous(state: State, item: Item) -> Item | None:
    """The customer's item just before this one in the same source, by the same asker."""
    prior = [i for i in state.items if i.source_id == item.source_id and i.source_kind == item.source_kind
             and i.direction == item.direction]
    k = next((n for n, i in enumerate(prior) if i is item), 0)
    return prior[k - 1] if k and prior[k - 1].asker == item.asker else None


# A short question asking only the price ("¿Cuánto sale?", "Combien ?", "Was kostet?"): of the thing asked before.
_PRICE_ONLY = re.compile(r"^¿?\s*(?:how much|what (?:does|would|will) (?:it|that|this) cost|at what price|"
                         r"cuánto|qué precio|combien|quel (?:est le |serait le )?prix|à quel prix|was kostet|wie ?viel|"
                         r"zu welchem preis)\b", re.I)

# A French subject turned after its verb ("Existe-t-il des aides ?"): "il" there points at nothing before.
_INVERTED_CLITIC = re.compile(r"-(?:t-)?(?:il|elle|on)\b", re.I)


def _follows_on(item: Item, before: Item) -> bool:
    """Whether a customer's question only points back at the question just before it: a few words, with a word
    standing for what was asked ("How much is it?", "Does it drop automatically?") or asking its price alone."""
    q = item.quote.strip().rstrip("?. ")
    short = len(q.lstrip("¿ ").split()) <= SHORT_QUESTION_WORDS
    pointing = POINTS_BACK.search(_INVERTED_CLITIC.sub("", q)) or _PRICE_ONLY.match(q)
    return item.direction == "inbound" and before.kind == "question" and item.kind == "question" and short \
        and bool(pointing)


def _joined(first: str, then: str, language: str) -> str | None:
    """The first question's slot with the follow-on asked in it ("..., and how much is it?"); None when either is
    not a plain slot of one question."""
    a, b = _SLOT.match(first), _SLOT.match(then)
    if not a or not b or b.group("ctx") or language not in _AND:
        return None
    asked = b.group("q").lstrip("¿ ").strip()
    if language != "de" or OPENS_QUESTION.match(asked):
        asked = asked[:1].lower() + asked[1:]  # a German noun keeps its capital
    ctx = f" {a.group('ctx')}" if a.group("ctx") else ""
    return f"[[answer: {a.group('q')}, {_AND[language]} {asked}?{ctx}]]"


def joined_follow_ons(questions: Sequence[tuple[str, Item]], state: State) -> list[tuple[str, Item]]:
    """The slots with each follow-on question (_follows_on) asked inside the slot of the question it follows."""
    out: list[tuple[str, Item]] = []
    for slot, item in questions:
        before = _previous(state, item)
        at = next((n for n, (_, i) in enumerate(out) if i is before), None)
        if before is not None and at is not None and _follows_on(item, before):
            joined = _joined(out[at][0], slot, state.language)
            if joined:
                out[at] = (joined, out[at][1])
                continue
        out.append((slot, item))
    return out

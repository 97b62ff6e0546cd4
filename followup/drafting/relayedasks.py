"""A colleague's questions the customer passes on: two joined in the colleague's word asking the customer to ask the rep
("peux-tu leur demander s'ils facturent en CHF et en EUR, et si les billets CFF sont inclus" -> two questions, each
answered or slotted on its own; a customer's own "X asks if A and B" stays one question, as they put it),
and the customer's own line pointing to them below ("Radu from accounting asks something, see below", "Frau Gräf hat
unten noch eine Frage", "notre directeur a ajouté une question ci-dessous"), which is no point to say back: the
questions it points to are (text/forwarded.py reads them as the colleague's)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.relayed import direct_question

# A second "if" after "and" inside a question already asked directly ("Ils facturent en CHF, et si les billets ...?"):
# what follows is a question of its own.
_SECOND_IF = re.compile(r",?\s+(?:and|et|y|und)\s+(?:(?:also|aussi|también|auch)\s+)?(?P<w>if|whether|si|s'|ob)"
                        r"(?:\s+|(?<=')(?=\w))(?P<rest>.+)$", re.I)
# An "if" that stands for a clause left out ("and if so", "et si oui", "y si no", "und ob nicht"): no question of its own.
_ELLIPSIS = re.compile(r"^(?:so|not|yes|no|possible|necessary|needed|any|oui|non|nécessaire|besoin|sí|"
                       r"posible|necesario|ja|nein|nicht|möglich|nötig)\b", re.I)


def split_relayed(quote: str, language: str) -> tuple[str, str] | None:
    """The two questions a directly asked question joins with a second "if" ("A, and if B?" -> ("A?", "B?")), or None
    where it joins none."""
    m = _SECOND_IF.search(quote.strip())
    if m is None or _ELLIPSIS.match(m.group("rest")):
        return None
    first = quote.strip()[:m.start()].rstrip(" ,;")
    second = direct_question(m.group("w"), m.group("rest"), language)
    if len(first.split()) < MIN_PART_WORDS or not second:
        return None
    first = first.lstrip("¿")
    return (("¿" + first + "?") if language == "es" else first + "?"), second


MIN_PART_WORDS = 3  # a part shorter than this is no question of its own ("Ja, und ob ...")


def split_relayed_asks(items: Sequence[Item], relayed: set[str], language: str) -> list[Item]:
    """Every question a colleague asked the customer to pass on (its quote in `relayed`) that joins two, as two
    questions of the same source."""
    out: list[Item] = []
    for item in items:
        parts = split_relayed(item.quote, language) if item.kind == "question" and item.direction == "inbound" \
            and item.quote in relayed else None
        if parts is None:
            out.append(item)
            continue
        out.extend(replace(item, quote=part, text="") for part in parts)
    return out


# A sentence that goes on asking what the indirect question before it asked ("Demande-leur si ... . Et si le prix baisse
# sans le practice.", "Y si pueden venir de noche.", "Und ob die Lieferung ...", "And whether the fee is waived."): the
# asking verb carries over, so the clause is a question of its own though it has no question mark.
_GOES_ON = re.compile(r"^(?:and|et|y|und)\s+(?:(?:also|aussi|también|auch|noch)\s+)?(?P<w>if|whether|si|s'|ob)"
                      r"(?:\s+|(?<=')(?=\w))(?P<rest>[^?]+)$", re.I)


def asked_on(sentence: str, language: str) -> str:
    """The question a sentence asks by going on from an indirect question before it ("Et si le prix baisse sans le
    practice." -> "Le prix baisse sans le practice?"); "" when it asks none on its own."""
    m = _GOES_ON.match(sentence.strip())
    if m is None or _ELLIPSIS.match(m.group("rest")):
        return ""
    return direct_question(m.group("w"), m.group("rest"), language)


# The customer pointing below to a question someone asked there: a word of asking and a word pointing down, in a
# sentence that asks nothing itself.
_ASKS_SOMETHING = re.compile(r"\b(?:ask(?:s|ed)?|question|questions|query|fragt?|fragte|frage|fragen|demande|"
                             r"demandé|pregunta|preguntas|preguntó|duda|dudas)\b", re.I)
_BELOW = re.compile(r"\b(?:below|underneath|unten|untenstehend\w*|ci-dessous|plus bas|en dessous|abajo|debajo)\b", re.I)


def points_below(sentence: str) -> bool:
    """Whether a customer's sentence only points to a question asked below it ("Khalid asked something below, please
    answer him also.", "Frau Gräf hat unten noch eine Frage")."""
    return "?" not in sentence and bool(_ASKS_SOMETHING.search(sentence)) and bool(_BELOW.search(sentence))


# A sentence that hangs on the answer to the question before it ("If not we need a second solution.", "Otherwise it is
# useless for us.", "Sonst bringt es uns nichts.", "Sinon ça ne sert à rien.", "Si no, buscamos otra cosa."): what the
# asker will do with a no, not a point the rep says back.
_HANGS = re.compile(r"^(?:(?:if not|otherwise|else|if no|failing that)\b|(?:wenn nicht|falls nicht|sonst|andernfalls)\b|"
                    r"(?:sinon|si non|autrement)\b|(?:si no|de lo contrario|si no es así|en caso contrario)\b)", re.I)


def hangs_on_answer(sentence: str) -> bool:
    """Whether a customer's sentence only says what follows a no to the question before it ("If not we need a second
    solution.")."""
    return "?" not in sentence and bool(_HANGS.match(sentence.strip()))

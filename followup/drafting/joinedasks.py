"""Two questions a customer asks indirectly in one sentence ("queremos saber si los cursos pueden ser en sábado, y si
los instructores están registrados", "on voudrait savoir si tu peux faire un paiement en trois fois, et si la
formation est comprise", "we'd like to know whether ..., and whether ...", "ich wüsste gern, ob ..., und ob ..."):
split into one question each, under the same lead-in, so that the rep's answer to one does not close the other."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.restating import restate

# The lead-in that asks to be told, its first "if", and a second "if" after "and": "saber si A, y si B".
_JOINED_IF = re.compile(
    r"^(?P<lead>.*?\b(?:saber|savoir|wissen|wüssten?|know|wonder(?:ing)?|confirm\w*|bestätigen|dire|decir|sagen|"
    r"tell us|tell me|ask|demander|preguntar|fragen)(?:\s+gerne?)?,?\s+)(?P<a>(?:si|whether|if|ob)\s.+?),?\s+(?:y|et|and|und)\s+"
    r"(?:(?:also|aussi|también|auch)\s+)?(?P<b>(?:si|s'|whether|if|ob)\s?.+)$", re.I)


def split_joined(quote: str) -> tuple[str, str] | None:
    """The two questions an indirect question joins ("... saber si A, y si B" -> ("... saber si A", "... saber si
    B")), or None where it joins none."""
    m = _JOINED_IF.match(quote.strip())
    if m is None:
        return None
    first = (m.group("lead") + m.group("a")).rstrip(" ,;")
    # the second keeps the lead-in's verb, not what frames it ("Avant de signer, on voudrait savoir" -> "on voudrait
    # savoir"): one slot per question, no two opening alike
    lead = m.group("lead").strip().rsplit(", ", 1)[-1]
    second = (lead[:1].upper() + lead[1:] + " " + m.group("b")).strip()
    if not first.endswith((".", "?")):
        first += "." if quote.rstrip().endswith(".") else "?" if quote.rstrip().endswith("?") else ""
    return first, second


def split_joined_asks(items: Sequence[Item], language: str) -> list[Item]:
    """Every customer's question that joins two indirect ones, as two questions of the same source."""
    out: list[Item] = []
    for item in items:
        parts = split_joined(item.quote) if item.kind == "question" and item.direction == "inbound" else None
        if parts is None:
            out.append(item)
            continue
        for part in parts:
            text = restate(part, "inbound", "question") if language == "en" and item.text else ""
            out.append(replace(item, quote=part, text=text))
    return out

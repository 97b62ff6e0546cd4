"""A customer's point the rep's own line in force says again is said once, in the rep's line: their sums of money
("you're taking it at $260" beside "The price is $260"), or every count they name with what it counts ("Sie nehmen
20.000 Stück mit UV-Lack" beside "bei 20.000 Stück kostet der Druck EUR 0,96"): noting it as well only hands their
own sentence back to them."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.brief import DATE_WORD, DECISION
from followup.drafting.figures import amounts, numbers

# A figure with the word after it ("20.000 Stück", "4 grupos", "6. Juni"): what it counts or the month it dates; never
# a model's number ("KT-40 mit").
_COUNT = re.compile(r"(?<![\w.,'-])(\d{1,3}(?:[ \u202f\u00a0]\d{3})+|\d[\d.,']*\d|\d)\.?\s+([^\W\d_]{3,})")
# Letters two words must share at their start to count the same thing ("Stück" / "Stück", "groups" / "group").
STEM = 4


def counted(text: str, days: bool = True) -> set[tuple[str, str]]:
    """Each figure of a text with the start of the word after it, thousands separators off; without `days`, no day
    of a month ("30 juin")."""
    return {(re.sub(r"[.,'\s]", "", m.group(1)), m.group(2).lower()[:STEM]) for m in _COUNT.finditer(text)
            if days or not DATE_WORD.fullmatch(m.group(2))}


def said_again(text: str, lines: Sequence[str]) -> bool:
    """Whether the rep's lines say a customer's point already: its every sum, or its every figure with what it
    counts (a point with a figure the lines do not count the same way, or with a day, is news)."""
    said = set().union(*[numbers(line) for line in lines]) if lines else set()
    if amounts(text) and numbers(text) <= said:
        return True
    if DECISION.search(text):
        return False  # their go-ahead ("vous voulez commander les 2 machines") is answered, never left out
    counts = counted(text, days=False)  # a day the line names is no sign it says the point ("before 1 September")
    return bool(counts) and len(counts) == len(numbers(text)) and counts <= set().union(*[counted(x) for x in lines])

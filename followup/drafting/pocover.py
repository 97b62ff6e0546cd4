"""What the customer's purchase order covers, said with it: the PO the newest email sends against the rep's offer in
force ("PO HP-77310 attached against your revised quote of 4 Feb") is said back with that offer's priced lines ("I've
received PO HP-77310 for 64 kits at £96.50 = £6,176.00 and total £6,609.20 ex VAT."). Blind readers marked drafts
that acknowledged a PO number without saying what it was for: the rep confirms the item, count and price ordered.
The lines are the rep's own, word for word (grounded); a total no source gives is never computed."""
from __future__ import annotations

import re
from typing import Callable, Sequence

from followup.drafting.figures import AMOUNT
from followup.drafting.items import Item, State

# An offering lead before a colon ("Revised as discussed:", "Here's the quote we talked about:", "wie vereinbart:",
# "Comme convenu :", "Como platicamos:"): not part of what was ordered, cut when a priced line follows.
_LEAD = re.compile(r"^(?:[^\d:]{0,60}?\b(?:revised|as (?:discussed|agreed|promised)|here(?:'s| is)|the (?:revised|updated) "
                   r"(?:quote|offer)|überarbeitet\w*|wie (?:besprochen|vereinbart|versprochen)|comme (?:convenu|promis|"
                   r"discuté)|révisé\w*|como (?:platicamos|acordamos|quedamos|prometido)|revisad\w*)\b[^\d:]{0,40}):\s*",
                   re.I)

# The offer's total line ("Total £6,609.20 ex VAT", "Gesamt 12.400 €", "Total : 9 250 € HT", "Total: USD 8,000"): said
# after the lines it sums, not as one more of them ("... and total £6,609.20").
_TOTAL_LINE = re.compile(r"^(?:grand\s+)?(?:total|gesamt\w*|insgesamt|summe|montant total|soit)\b", re.I)

# A total joined to the lines before it as one more of them (", 12 wall brackets at £35 and Total £5,340.00"): said
# after a semicolon, as the sum of what comes before.
_AND_TOTAL = re.compile(r",?\s+(?:and|und|et|y)\s+(?=(?:Total|total|Gesamt\w*|insgesamt)\b)")

# At most this many of the offer's priced lines said with the PO: a longer offer is the recap's, not one sentence's.
MAX_COVER_LINES = 4


def offer_lines(items: Sequence[Item], offer: str) -> list[Item]:
    """The priced lines ("term" items naming a sum) of the rep's email `offer` ("message:5"), in their order."""
    return [i for i in items if i.kind == "term" and i.direction == "outbound" and i.text
            and f"{i.source_kind}:{i.source_id}" == offer and AMOUNT.search(i.text)]


def unled(text: str) -> str:
    """A priced line without the offering lead before its colon ("revised as discussed: 48 ft ..." -> "48 ft ...")."""
    m = _LEAD.match(text)
    return text[m.end():] if m and AMOUNT.search(text[m.end():]) else text


def covers(state: State, join: Callable[[list[str], str], str], p: dict) -> str:
    """The offer's priced lines the PO covers, joined ("64 kits at £96.50 = £6,176.00 and total £6,609.20 ex VAT"),
    or "": only when the draft would otherwise say none of them (every line closed by the PO's email, none open)."""
    last = state.last or {}
    offer = last.get("offer_in_force", "")
    if not offer or last.get("order_lines") or last.get("chosen"):
        return ""  # the order's own lines or the thing taken are said already (orderlines.py, chosen.py)
    lines = offer_lines(state.items, offer)
    # each line closed by the PO's own email: one a later note or email repriced is no longer what the PO covers
    if not lines or len(lines) > MAX_COVER_LINES or any(i.status == "open" or i.by != last.get("source") for i in lines):
        return ""
    said = [_AND_TOTAL.sub("; ", unled(i.text).rstrip(" ."), count=1) for i in lines]
    total = said.pop() if len(said) > 1 and _TOTAL_LINE.match(said[-1]) else ""
    return join(said, p["and"]) + (f"; {total}" if total else "")

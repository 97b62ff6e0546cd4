"""A total the rep worked out for a count the customer has since changed ("EUR 390 per driver, so EUR 11,700 for 30"
then "we can send only 24 drivers") is out of force: the per-piece price stays, the clause of the old total goes (the
new total is a slot the rep fills: followup.drafting.implied). en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace

from followup.drafting.implied import implied_changes
from followup.drafting.items import State
from followup.drafting.readoff import digits
from followup.drafting.recount import MONEY, STEM_LETTERS

# A clause of a line: what a comma, a semicolon or a dash sets apart ("Price EUR 390 per driver, so EUR 11,700 for 30").
_CLAUSE = re.compile(r"(?<!\d)[,;]\s+|\s+[-–]\s+")
# A sum said for a count: "for 30", "for 30 drivers", "für 30 Personen", "pour 30 chauffeurs", "para 30 conductores".
_FOR_COUNT = re.compile(r"\b(?:for|für|pour|para)\s+(?:(?:all|the|alle|die|les|los|las)\s+)?(?P<n>\d{1,5})"
                        r"(?![\d.,'’:/-]?\d)(?!\s*(?:%|h\b|uhr\b|months?\b|monate?n?\b|mois\b|mes(?:es)?\b|years?\b|"
                        r"jahre?n?\b|ans?\b|años?\b|weeks?\b|wochen?\b|semaines?\b|semanas?\b|days?\b|tage?n?\b|"
                        r"jours?\b|días?\b))(?:\s+(?P<noun>[^\W\d_]{3,}))?", re.I)
# Words a line keeps without its old total to be said at all ("95 € pro Teilnehmer"), with a figure of its own.
MIN_LEFT_WORDS = 2
_WORD = re.compile(r"[^\W\d_]{2,}")
_REP = ("outbound", "note")


def _old_total(clause: str, new: dict[str, str]) -> bool:
    """Whether a clause states a sum for a count that is none of the new counts (by figure, with the stem of their
    thing): a bare count ("for 30") or one
    of the thing counted anew ("for 30 drivers", never "for 30 trainers")."""
    money = MONEY.search(clause)
    return bool(money) and any(
        m.start() > money.start() and digits(m.group("n")) not in new
        and (not m.group("noun") or any(m.group("noun").lower()[:STEM_LETTERS] == k for k in new.values()))
        for m in _FOR_COUNT.finditer(clause))


def _cut(text: str, new: dict[str, str]) -> str:
    """A text without its clauses of an old total."""
    parts = _CLAUSE.split(text)
    kept = [p for p in parts if not _old_total(p, new)]
    if len(kept) == len(parts):
        return text
    said = ", ".join(p.strip() for p in kept).rstrip(" ,;")
    return said + "." if said and text.rstrip().endswith(".") and not said.endswith((".", "!", "?")) else said


def without_old_totals(state: State) -> State:
    """The state with every rep line before a customer's change of a count priced per piece cut of the total it
    worked out for the old count, or put out of force when that total is all it says."""
    changed = [(change, {digits(n.split()[0]): n.split()[-1].lower()[:STEM_LETTERS] for n in news})
               for change, news, total in implied_changes(state) if total]
    if not changed:
        return state
    items = []
    for item in state.items:
        for change, new in changed:
            if item.status != "open" or item.direction not in _REP or item.at >= change.at or item.internal:
                continue
            quote = _cut(item.quote, new)
            if quote == item.quote:
                continue
            text = _cut(item.text, new) if item.text else item.text
            if len(_WORD.findall(quote)) < MIN_LEFT_WORDS or not re.search(r"\d", quote):
                item = replace(item, status="superseded", by=f"{change.source_kind}:{change.source_id}")
            else:
                item = replace(item, quote=quote, text=text)
        items.append(item)
    return replace(state, items=tuple(items))

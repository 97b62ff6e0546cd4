"""What happens next, as a call note agreed it: "Delivery agreed for Thu 3 June, line starts Mon 7 June" said as the
rep's term "delivery is on Thursday 3 June, and the line starts Monday 7 June", while that day is still ahead."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.meetdetail import cut_date_at
from followup.drafting.noted import dated_day
from followup.drafting.reading import INTERNAL, INTERNAL_ANY, UNSURE, names_unknown
from followup.drafting.words import PAREN
from followup.text.dates import EN_MONTH_CUTS, WEEKDAY_NAMES, WEEKDAYS, alternation

# The thing that happens on the agreed day, and how the rep names it.
_SUBJECTS = {"delivery": "delivery", "install": "installation", "installation": "installation", "start": "the start",
             "commissioning": "commissioning", "dispatch": "dispatch", "go-live": "go-live", "handover": "handover"}
# A note's cut weekday ("Thu") and the name the rep writes out.
_WEEKDAYS = {cut: WEEKDAY_NAMES[n].title() for cut, n in WEEKDAYS.items() if cut not in WEEKDAY_NAMES}
_MONTH = rf"(?:{alternation(EN_MONTH_CUTS)})[a-z]*\.?"
_DAY = (rf"(?:(?:{'|'.join(_WEEKDAYS)})[a-z]*\.?,?\s+)?"
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)")
# "Delivery agreed for Thu 3 June", "Commissioning moved to Tue 12 January", "Delivery back to 20 May ok".
_AGREED = re.compile(rf"^(?P<what>{'|'.join(_SUBJECTS)})\s+(?P<verbs>(?:(?:agreed|confirmed|booked|fixed|set|now|"
                     rf"back|moved)\s+)*)(?:(?:for|on|to)\s+)?(?P<when>{_DAY})(?P<place>\s+(?:to|at)\s+[^,;]+?)?"
                     r"(?:\s+(?:ok|confirmed|agreed|fine))?(?P<rest>,\s*.*)?$", re.I)
# A second thing the same clause dates: "line starts Mon 7 June", "we install store by store the week after".
_THEN = re.compile(r"^,\s*(?:and\s+)?(?P<x>(?:the\s+)?(?:line|we|training|works?|production|installation)\s+"
                   r"(?:\w+\s+){0,1}(?:starts?|begins?|install|runs?|finish(?:es)?|go(?:es)? live)\b[^,;]*)$", re.I)
# A day still in doubt or wished for, not agreed: never said as agreed.
_HEDGE = re.compile(r"\b(?:tbc|tbd|possible|possibly|maybe|latest|earliest|must|wants?|needs?|if|hope|prob(?:ably)?"
                    r"|approx|around|subject to)\b|\?", re.I)


def _spelled_days(text: str) -> str:
    """A note's "Thu 3 June" as "Thursday 3 June"; "Thu 3 Jun", a date cut whole, as written (meetdetail.py)."""
    return re.sub(r"\b(" + "|".join(_WEEKDAYS) + r")\b\.?", lambda m: m.group(0) if cut_date_at(m.string, m.start())
                  else _WEEKDAYS[m.group(1).lower()], text, flags=re.I)


def agreed_sentence(clause: str, today: date, place: bool = True) -> str:
    """A note's agreed day for what happens next as the rep's clause, "" unless the day is still ahead, the day is
    no wish or guess, and whatever else the clause says is a second dated step or the note's own detail; without
    the place it goes to when place is False."""
    clause = clause.strip().rstrip(".")
    m = _AGREED.match(clause)
    if not m or _HEDGE.search(clause) or (day := dated_day(m.group("when"), today)) is None or day < today:
        return ""
    rest = m.group("rest") or ""
    then = _THEN.match(rest)
    if then and _HEDGE.search(then.group("x")):
        return ""
    moved = re.search(r"\b(?:moved|back)\b", m.group("verbs"), re.I)
    where = (m.group("place") or "").rstrip() if place else ""
    x = f"{_SUBJECTS[m.group('what').lower()]}{where} is {'now ' if moved else ''}on {m.group('when').strip()}"
    if then:
        second = then.group("x")
        second = second if re.match(r"(?:the|we)\b", second, re.I) else f"the {second[:1].lower()}{second[1:]}"
        x += f", and {second}"
    return _spelled_days(x)


def _own_business(item: Item) -> bool:
    """Whether a note's clause is the rep's own business for more than the names in it: an aside or a doubt."""
    quote = item.quote.strip()
    return bool(INTERNAL.match(quote) or INTERNAL_ANY.search(PAREN.sub("", quote)) or UNSURE.search(quote))


def agreed_days(items: Sequence[Item], today: date, language: str, visible: set[str]) -> list[Item]:
    """A call note's newest agreed day for each thing that happens next, said as a term of the rep's (its text set),
    the older notes' days for the same thing left as they were; a clause kept back only for a name in it is said
    when the sentence names no one the customer does not know."""
    out = list(items)
    if language != "en":
        return out
    newest: dict[str, int] = {}
    for n, item in enumerate(items):
        if item.direction == "note" and item.status == "open" and not item.text \
                and (m := _AGREED.match(item.quote.strip().rstrip("."))):
            newest[_SUBJECTS[m.group("what").lower()]] = n
    for n in newest.values():
        item = items[n]
        if item.internal and _own_business(item):
            continue
        rest = _AGREED.match(item.quote.strip().rstrip(".")).group("rest") or ""
        if rest and not _THEN.match(rest) and not item.internal:
            continue  # "Start 7 Dec, finish 15 Dec": the note's line, said as it is, keeps what this one would cut
        said = next((x for x in (agreed_sentence(item.quote, today, place) for place in (True, False))
                     if x and not (item.internal and names_unknown(x, visible, language))), "")
        if said:
            out[n] = replace(item, kind="term", text=said, internal=False)
    return out

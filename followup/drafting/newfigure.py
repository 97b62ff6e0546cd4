"""The figure in force after a change, said with the change: a call note's "drop 2nd gripper change station ->
£171,500" as "the new price without the 2nd gripper change station is £171,500", never the figure on its own."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.moneyforms import MONEY_RE
from followup.drafting.paired import _after_arrow

# Who asked for the change and the note's label before it ("Revised:", "Resort wants", "she'd like"): the note's.
_LEAD = re.compile(r"^(?:[A-Z][\w ]{0,20}:\s*|(?:(?:[A-Z]\w+|he|she|they)\s+)?(?:now\s+)?"
                   r"(?:wants?|would like|'d like|needs?|asks? for|prefers?|takes?|decided to)\s+)", re.I)
# The change grammar, English: a part dropped, a part added, a new count.
_DROPPED = re.compile(r"^(?:drop|dropped|remove|removed|without|no|cut|leave out|skip)\s+(?P<x>.+?)"
                      r"(?:\s+(?:from|off)\s+.+)?$", re.I)
_DROPPED_AFTER = re.compile(r"^(?P<x>.+?)\s+(?:dropped|removed|taken out|out)$", re.I)
_ADDED = re.compile(r"^(?:add|adding|plus|with|also)\s+(?P<x>.+)$", re.I)
_ADDED_AFTER = re.compile(r"^(?P<x>.+?)\s+(?:added|too|as well)$", re.I)
_COUNT = re.compile(r"^(?:only\s+)?(?P<x>\d[\d,]*\s+[^\d,]+?)(?:\s+only|\s+instead of\s+\d.*|,?\s+not\s+\d.*)?$", re.I)
# What a note says of everything else ("rest same", "otherwise unchanged"): nothing to say back.
_REST = re.compile(r"^(?:rest|everything else|otherwise|all else)\s+(?:the\s+)?(?:same|unchanged|as quoted|as before)$",
                   re.I)
# The words before the figure after the arrow that say which figure it is ("new total FJD 6,220").
_FIGURE_LEAD = re.compile(r"^(?P<w>(?:new |revised )?(?:total|price)|new|revised|now)?\s*(?=\S)", re.I)
_DETERMINER = re.compile(r"^(?:a|an|the|our|their|his|her|its|this|that|these|those|some|any|all|both|each|every)\b"
                         r"|^\d+(?!st|nd|rd|th)", re.I)
_TAX_PLUS = re.compile(r"\s\+\s(?=(?:VAT|GST|HST|PST|tax|taxes)\b)", re.I)
# A second thing priced after the new figure ("plus 6 prescription masks FJD 570"): said with it.
_MORE = re.compile(rf"^(?:plus|and|\+)\s+(?P<what>.+?)\s+(?:at\s+)?(?P<x>(?:{MONEY_RE.pattern}))$", re.I)
# The first word after the figure that leaves it the price ("+ VAT", "per unit", "installed"); any other ends the merge.
_FIGURE_TAIL = {"", "vat", "gst", "hst", "pst", "tax", "plus", "per", "a", "excl.", "incl.", "ex", "inc", "installed"}
MAX_PART_WORDS = 7  # a changed part said back in this many words at most; a longer one is no noun phrase


def _the(x: str) -> str:
    """A part named with its article ("the 2nd gripper change station"), unless a determiner or count leads it."""
    return x if _DETERMINER.match(x) else f"the {x}"


def _part(text: str) -> str:
    """One comma part of the change said as the condition the price holds under ("without ...", "with ...",
    "for 40 pairs of fins"), "" when it is no change the grammar reads."""
    text = _LEAD.sub("", text.strip()).strip(" .")
    for pattern, word in ((_DROPPED, "without"), (_DROPPED_AFTER, "without"), (_ADDED, "with"),
                          (_ADDED_AFTER, "with")):
        if (m := pattern.match(text)) and len(m.group("x").split()) <= MAX_PART_WORDS:
            return f"{word} {_the(m.group('x').strip())}"
    m = _COUNT.match(text)
    return f"for {m.group('x').strip()}" if m and len(m.group("x").split()) <= MAX_PART_WORDS else ""


def change_sentence(change: str, figure: str) -> str:
    """ "drop X, 2 sites only" and "£6,900 + VAT" as "the new price for 2 sites, without the X, is £6,900 plus VAT";
    "" unless every part of the change is read and the figure leads the clause after the arrow."""
    change = re.sub(r"\s*\([^()]*\)", "", change)  # "(they still have 20 good ones)": the customer's reason
    parts = [p for p in re.split(r",\s*|;\s*|\s+and\s+(?=(?:drop|add|remove|only)\b)", change) if p.strip()]
    said = [p for p in parts if not _REST.match(p.strip(" ."))]
    conditions = [_part(p) for p in said]
    clause, _, rest = figure.strip().rstrip(".").partition(", ")
    more = _MORE.match(rest)
    if rest and not more:
        return ""  # more after the figure than a second thing priced: the note's line stays as it was
    tail = f", plus {more.group('what')} at {more.group('x')}" if more else ""
    lead = _FIGURE_LEAD.match(clause)
    money = MONEY_RE.match(clause[lead.end():])
    if not said or not all(conditions) or not money or clause[lead.end() + money.end():].strip(" +").split(" ")[0] \
            .lower() not in _FIGURE_TAIL:
        return ""
    what = "new total" if "total" in (lead.group("w") or "").lower() else "new price"
    conditions = sorted(conditions, key=lambda c: not c.startswith("for "))  # the count first, then the parts
    figure_said = _TAX_PLUS.sub(" plus ", clause[lead.end():])
    joined = conditions[0] + "".join(f", {c}," if i == len(conditions) - 1 else f", {c}"
                                     for i, c in enumerate(conditions[1:], 1))
    return f"the {what} {joined} is {figure_said}{tail}"


def new_figures(items: Sequence[Item], cleaned: dict, language: str) -> list[Item]:
    """A call note's change and the figure after its arrow said as one term (the figure now in force and what
    changed); the change's own item then said by it."""
    out = list(items)
    if language != "en":
        return out
    for n, (first, then) in enumerate(zip(items, items[1:])):
        if first.direction != "note" or then.direction != "note" or then.kind != "term" or first.status != "open" \
                or MONEY_RE.search(first.quote) or not _after_arrow(first, then, cleaned):
            continue
        if said := change_sentence(first.quote, then.quote):
            out[n] = replace(first, status="superseded", by=f"{then.source_kind}:{then.source_id}")
            out[n + 1] = replace(then, text=said)
    return out

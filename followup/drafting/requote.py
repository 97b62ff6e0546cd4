"""The rep's own emailed terms that are no longer in force: a price the rep quoted again after the customer asked
for a change, and a day the rep offered that has passed ("I can measure on Friday, December 4 at 8am")."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from followup.drafting.again import SENDS
from followup.drafting.days import local_day
from followup.drafting.figures import REVISED_FIGURE, comparable, priced_amounts
from followup.drafting.items import Item
from followup.drafting.newest import REDUCTION
from followup.drafting.past import named_days
from followup.drafting.sentences import Source

# What a price quoted again for a changed package says: "without the LED wall", "sin streaming", "instead of".
_CHANGED = re.compile(r"\b(?:without|ohne|sin|sans|instead|statt|anstatt|au lieu|en lugar|en vez|dropping|removing|"
                      r"taking off|new total|revised|updated|reduced|lowered|with the shorter|with the longer)\b", re.I)


def requoted(items: list[Item], ordered: Sequence[Source], tz: str, today: date) -> list[Item]:
    """The items with the rep's replaced quotes and passed offered days closed: a rep email's amount is superseded by
    a later rep email's amount in the same currency and unit, of the same order, sent after the customer wrote back
    and saying what changed ("without the LED wall": the package priced again for what they asked); a rep term
    with no amount whose day has passed is past."""
    inbound = [s.at for s in ordered if s.direction == "inbound"]
    swaps = _swaps(ordered)
    out = []
    for item in items:
        if item.kind == "term" and item.status == "open":
            by = next((src for src, new, old in swaps if src.at > item.at and re.search(
                rf"(?<![\w-]){re.escape(old)}(?![\w-])", item.quote, re.I) and new.lower() not in item.quote.lower()), None)
            if by is not None:
                item = replace(item, status="superseded", by=f"{by.kind}:{by.id}")  # "eingeschossig statt zweigeschossig"
                out.append(item)
                continue
        if item.direction in ("note", "outbound") and item.kind == "term" and item.status == "open" \
                and _total_asked_again(item, ordered):
            item = replace(item, status="superseded", by="revision")  # "only 56 rooms now. Can you revise?"
        elif item.direction == "note" and item.kind == "term" and item.status == "open" and _per_unit_revised(item, items):
            item = replace(item, status="superseded", by="revision")
        elif item.direction == "outbound" and item.kind in ("term", "constraint") and item.status == "open":
            mine = priced_amounts(item.quote) if item.kind == "term" else set()
            if mine and not _chosen(item, ordered):
                newer = next((o for o in items if o.direction == "outbound" and o.kind == "term" and o.at > item.at
                              and _CHANGED.search(o.quote) and any(item.at < at < o.at for at in inbound) and any(
                                  a[0] == b[0] and a[1] == b[1] and a[2] != b[2] and comparable({a[2]}, {b[2]})
                                  for a in mine for b in priced_amounts(REDUCTION.sub(" ", o.quote)))), None)
                if newer is not None:
                    item = replace(item, status="superseded", by=f"{newer.source_kind}:{newer.source_id}")
            elif _per_unit_revised(item, items):
                item = replace(item, status="superseded", by="revision")  # "14.2 c/kWh", later "offered 13.6 c/kWh"
            elif _chosen(item, ordered):
                item = replace(item, status="superseded", by="choice")  # "Dec 14-15 or Jan 6-7" once one is taken
            elif item.due is not None and local_day(item.due, tz) < today:
                item = replace(item, status="past")  # the day the rep offered is behind us: nothing left to say
        out.append(item)
    return _rest_of_offer(out, ordered)


# A word said to replace another, by anyone: "eingeschossig statt zweigeschossig", "oak instead of beech", "inox au
# lieu de l'alu", "mate en vez de brillante" (a word of four letters or more, no figure: counts are recount's).
_SWAP = re.compile(r"(?<![\w-])(?P<new>[^\W\d_][\w-]{3,})\s+(?:statt|anstatt|anstelle|instead of|rather than|"
                   r"au lieu d[eu]s?|plutôt que|en vez de(?:l)?|en lugar de(?:l)?)\s+(?:(?:the|der|die|das|des|dem|"
                   r"den|le|la|les|l'|el|los|las|a|an|un|une|ein|eine|einer|einem)\s*)?(?P<old>[^\W\d_][\w-]{3,})"
                   r"(?![\w-])", re.I)
# Words that read as a replaced thing but are function words or times ("statt bisher", "instead of waiting").
_NOT_SWAPPED = {"bisher", "vorher", "geplant", "waiting", "before", "usual", "planned", "prévu", "prévue", "previsto",
                "prevista", "antes", "normal", "that", "this", "dass", "ceci", "cela", "eso", "esto"}


# A request or question without its question mark ("can you invoice quarterly instead of monthly").
_ASKED_SWAP = re.compile(r"\b(?:can|could|would) (?:you|we)\b|\b(?:können|könnten|kannst) (?:Sie|wir|du)\b|"
                         r"\b(?:pouvez|pourriez|pourrait|peut)-(?:vous|on)\b|\b(?:puede|podría|pueden|podrían|podemos)\b|"
                         r"[¿]", re.I)


def _swaps(ordered: Sequence[Source]) -> list[tuple[Source, str, str]]:
    """The words said (not asked) to replace others, each with its source, in time order."""
    out = []
    for src in ordered:
        for sentence in re.split(r"(?<=[.!?])\s+", src.text or ""):
            if sentence.rstrip().endswith("?") or _ASKED_SWAP.search(sentence):
                continue  # "can you invoice quarterly instead of monthly": asked, not settled
            for m in _SWAP.finditer(sentence):
                if m.group("old").lower() not in _NOT_SWAPPED and m.group("new").lower() != m.group("old").lower():
                    out.append((src, m.group("new"), m.group("old")))
    return out


def _rest_of_offer(items: list[Item], ordered: Sequence[Source]) -> list[Item]:
    """The items with the counted lines of a re-made offer closed: when a rep email's price was replaced by a later rep
    email that counts things again with other numbers ("4 Geräte" after "für Ihre 5 Stockwerke"), that email's other
    lines counting things described the offer as first made, and the later one says what now holds."""
    outbound = {s.id: s for s in ordered if s.kind == "message" and s.direction == "outbound"}
    replaced = {(i.source_kind, i.source_id): i.by for i in items if i.status == "superseded" and i.direction == "outbound"
                and i.by.startswith("message:") and int(i.by.split(":")[1]) in outbound}
    out = []
    for i in items:
        by = replaced.get((i.source_kind, i.source_id)) if i.status == "open" and i.direction == "outbound" \
            and i.kind == "term" and not priced_amounts(i.quote) else None
        if by is not None:
            newer = outbound[int(by.split(":")[1])]
            mine, theirs = _things_counted(i.quote, i.at.date()), _things_counted(newer.text or "", newer.at.date())
            if mine and theirs and not mine & theirs:
                i = replace(i, status="superseded", by=by)
        out.append(i)
    return out


# What a figure counts when it is a time, not a thing: a lead time or a date stays true of a re-made offer.
_TIME_UNIT = re.compile(r"(?:working |business |calendar )?(?:days?|weeks?|months?|years?|hours?|h|tage?n?|wochen?|"
                        r"monate?n?|jahre?n?|stunden?|jours?|semaines?|mois|ans?|heures?|días?|semanas?|mes(?:es)?|"
                        r"años?|horas?|werktage?n?|arbeitstage?n?|jours ouvrés|días (?:hábiles|laborables))\b", re.I)


def _things_counted(text: str, said_on: date) -> set[str]:
    """The figures of a line that count things ("5 Stockwerke", "4 fois par an"): before a word that is no time
    unit; none when the line names a calendar day."""
    if named_days(text, said_on):
        return set()
    # a figure standing alone ("F4", "m3" are names and units) and no year ("the 2027 season")
    return {m.group(1) for m in re.finditer(r"(?<![\w.,'’])(\d+)\s+([^\W\d_]+)", text)
            if not _TIME_UNIT.match(m.group(2)) and not re.fullmatch(r"(?:19|20)\d\d", m.group(1))}


# A total: the word that says an amount sums the whole order.
_TOTAL = re.compile(r"\b(?:total|totals|gesamt\w*|insgesamt|summe|en tout|au total|en total)\b", re.I)
# The customer asking for the price again after changing what they want, in the four languages.
_REVISE_ASK = re.compile(r"\b(?:(?:can|could) you (?:please )?(?:revise|re-?quote|update (?:the|your) (?:quote|price|total))|"
                         r"(?:please )?(?:revise|re-?quote)\b|revised (?:quote|price|total)|updated (?:quote|price)|"
                         r"neues angebot|angebot (?:bitte )?anpassen|überarbeit\w*|nouveau devis|devis (?:mis à jour|révisé)|"
                         r"réviser|revisar|nueva cotización|nuevo presupuesto|recotizar)\b", re.I)


def _total_asked_again(item: Item, ordered: Sequence[Source]) -> bool:
    """Whether a customer asked for a revised price after the rep's total was given ("only 56 rooms now, can you
    revise?"): the old total no longer holds, whatever the rep says next."""
    if not _TOTAL.search(item.quote) or not any(per == "" for _, per, _ in priced_amounts(item.quote)):
        return False
    return any(src.direction == "inbound" and src.at > item.at and any(
        not SENDS.search(src.text[max(0, m.start() - SEND_REACH):m.start()]) for m in _REVISE_ASK.finditer(src.text))
               for src in ordered if src.text)


# How far before "the revised quote" a send verb may stand ("Please send us the revised quote": the document asked
# for, not a new price).
SEND_REACH = 30


_OR = re.compile(r"\s+(?:or|oder|ou|o)\s+", re.I)


def _chosen(item: Item, ordered: Sequence[Source]) -> bool:
    """Whether the rep offered a choice ("Dates I can offer: Dec 14-15 or Jan 6-7") and a later message took one of
    the options by its figures and left the other."""
    parts = _OR.split(item.quote.split(":", 1)[-1])
    if len(parts) != 2:
        return False
    figures = [set(re.findall(r"\d+", p)) for p in parts]
    if not all(figures) or figures[0] & figures[1]:
        return False
    for src in ordered:
        if src.at > item.at:
            said = set(re.findall(r"\d+", src.text or ""))
            if any(f <= said and not (other & said) for f, other in ((figures[0], figures[1]), (figures[1], figures[0]))):
                return True
    return False


# A figure with a rate unit written with a slash and no currency sign: "14.2 c/kWh", "38 ct/kWh", "0.9 kg/m2".
_PER_UNIT = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?([^\W\d_]{1,4}/[^\W\d_]{1,6})\b")


def _per_unit_revised(item: Item, items: list[Item]) -> bool:
    """Whether a later rep email or note offers another value in the same slash unit as a revision ("offered 13.6
    c/kWh" after "rate 14.2 c/kWh")."""
    mine = {(u.lower(), v) for v, u in _PER_UNIT.findall(item.quote)}
    if not mine:
        return False
    return any(o.at > item.at and o.direction in ("outbound", "note") and REVISED_FIGURE.search(o.quote) and any(
        u.lower() == mu and v != mv for v, u in _PER_UNIT.findall(o.quote) for mu, mv in mine) for o in items)

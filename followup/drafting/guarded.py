"""Dropping what a draft must never restate: signature lines, colleagues' names, auto-replies, replaced figures."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.daylist import without_days
from followup.drafting.figures import (
    CLOSE_RATIO,
    DAY_MENTION,
    DAY_WORDS,
    DECLINED,
    PRICE_WORDS,
    RESCHEDULE,
    REVISED_FIGURE,
    closely_revised,
    comparable,
    corrects,
    moved_days,
    priced_amounts,
    restated_later,
    revised_numbers,
    takes_offer,
    without_amount,
)
from followup.drafting.items import Item
from followup.drafting.paired import (
    answered_by_arrow,
)
from followup.drafting.pricefor import unworked
from followup.drafting.reading import (
    AUTO_REPLY,
    COLLEAGUE,
    LEAK,
    OUR_QUESTION,
    TOPIC_OF,
    UNSURE,
    YES_NO,
    colleague,
)
from followup.drafting.recount import (
    counted_anew,
    measure_taken_back,
    recount_said,
    recounted,
    replaced_in,
    without_totals,
)
from followup.drafting.restating import tidy
from followup.drafting.rival import rival_figure
from followup.drafting.sentences import Source
from followup.drafting.settle import _DEFERS
from followup.drafting.words import MONTH_DAY_WORDS, PAREN, content, shared_words


def guard(items: list[Item], ordered: Sequence[Source], customer_name: str, visible: set[str],
          cleaned: dict) -> list[Item]:
    """Never restate what leaks or is stale: signature lines, colleagues' names, auto-replies, and a figure a
    newer source replaced (the same currency and unit at another value, in a later source or later on the same
    note)."""
    auto = {(s.kind, s.id) for s in ordered if s.direction == "inbound" and AUTO_REPLY.search(s.text or "")}
    parts = [w for w in re.findall(r"[^\W\d_]{2,}", customer_name or "")]
    full = re.compile(r"\b" + r"\W+".join(map(re.escape, parts)) + r"\b", re.I) if len(parts) >= 2 else None
    priced = [(n, i, priced_amounts(i.quote)) for n, i in enumerate(items)]
    revised = revised_numbers(ordered, cleaned)
    moved = moved_days(ordered, cleaned)
    out = []
    for n, item in enumerate(items):
        if (item.source_kind, item.source_id) in auto:
            out.append(replace(item, status="superseded", by=f"{item.source_kind}:{item.source_id}"))
            continue
        quote = item.quote
        said = item.text or quote  # the rep's own line for it ("I'll send the contract to Mere") is what is said
        if item.direction in ("inbound", "note") and (LEAK.search(said) or (full and full.search(said))):
            item = replace(item, internal=True, text="")
        elif item.direction == "note" and not item.internal and any(
                colleague(m.group("name"), ordered) and not _customer_called(m.group("name"), parts)
                for m in COLLEAGUE.finditer(PAREN.sub("", quote))):
            # "Diego aprueba 15% si paga 2 años": the figure is for the customer, the colleague is not
            said = COLLEAGUE.sub(lambda m: m.group(0)[:m.start("name") - m.start()], PAREN.sub("", quote))
            item = replace(item, text=tidy(said) if item.text else "", hidden=next(
                m.group("name") for m in COLLEAGUE.finditer(PAREN.sub("", quote)) if colleague(m.group("name"), ordered)))
        elif item.direction == "note" and item.kind == "question" and not item.text and OUR_QUESTION.search(quote) \
                and any(
                w.lower() not in visible and w.lower() not in MONTH_DAY_WORDS
                for w in re.findall(r"(?<=\s)[A-ZÀ-Ý][\w'’-]{2,}", PAREN.sub("", quote))):
            # a question in a note naming what the customer never saw is one the rep asks a colleague
            item = replace(item, internal=True, text="", kind="answer")
        if item.status == "open" and item.kind != "question" and DAY_MENTION.search(quote):
            # "Pickup Monday Nov 23" after "he wants pickup moved to next Tuesday": the old day is not in force
            # a day that was itself a move ("Inspection moved to Thu 14 October") gives way to the next move
            # ("Final date Tue 19 October") whatever words that one uses
            chained = item.direction in ("inbound", "note") and bool(RESCHEDULE.search(quote))
            later = next((where for at, where, words in moved if at > item.at
                          and (chained or (content(DAY_MENTION.sub(" ", quote)) & words) - DAY_WORDS)), None)
            rest = without_days(quote) if later and priced[n][2] else ""
            if rest:
                # "Offered ... $1,960 incl GST, tech visit Tue 23 Feb": the price holds, the moved day does not
                item = replace(item, quote=rest, text=rest if item.text else "")
            elif later:
                item = replace(item, status="superseded", by=later)
        mine = priced[n][2]
        if mine and item.status == "open" and item.kind != "question":
            # a later sentence that revises a close figure, currency or not ("forfait 489 -> 465", "OK sur 3 450")
            close, hit = closely_revised(revised, item.at, mine)
            rest = without_amount(item.quote, hit, item.direction == "note") if close else ""
            if rest:
                # "Con el cartón FSC la caja queda en USD 0,225": the labels' "USD 0,048" beside the box's price holds
                item = replace(item, quote=rest, text=rest if item.text else "")
                mine = priced_amounts(rest)  # what is left is weighed against the later figures
            elif close:
                item = replace(item, status="superseded", by=close)
        if mine and item.status == "open" and item.kind != "question":
            for m, other, theirs in priced:
                if rival_figure(other):
                    continue  # "our competitor offers 14%" leaves the rep's 12% in force: rival.py
                # pairs of a figure here and another value there in the same currency, of one order of magnitude
                # (GBP 27/month for a charger does not replace GBP 512/month for the car)
                pairs = [(a, b) for a in mine for b in theirs if a[0] == b[0] and a[2] != b[2]
                         and comparable({a[2]}, {b[2]})]
                if not pairs or {v for *_, v in theirs} <= {v for *_, v in mine} \
                        or takes_offer(item, other, theirs, cleaned) or not corrects(other.quote, {v for *_, v in mine}):
                    continue
                if other.at > item.at and REVISED_FIGURE.search(other.quote):
                    same = True  # a later revision in the same currency ("re-quoted as a package: $28,900")
                elif other.at > item.at:
                    # a later source: the same per-unit price, or the same thing priced again
                    same = any((a[1] and a[1] == b[1]) for a, b in pairs) or bool(
                        (content(item.quote) & content(other.quote)) - PRICE_WORDS)
                elif other.at == item.at and other.source_id == item.source_id and m > n:
                    # later on the same note: only a figure written as a revision of this one ("-> $882/mo")
                    src = cleaned.get((item.source_kind, item.source_id), "")
                    a, b = src.find(item.quote), src.find(other.quote)
                    same = 0 <= a < b and bool(REVISED_FIGURE.search(src[a + len(item.quote):b + len(other.quote)])) \
                        and any(comparable({x[2]}, {y[2]}, CLOSE_RATIO) for x, y in pairs)  # "500 € -> 1 985 €/yr" is
                    # a price for a deductible, not the deductible revised
                else:
                    same = False
                if same:
                    rest = without_amount(item.quote, {a[2] for a, _ in pairs}, item.direction == "note")
                    if rest:
                        # "4% off, so EGP 478,080 incl. VAT, transfer by 12 May": the rate and the day still hold;
                        # "30.000 cajas a USD 0,21 y 30.000 etiquetas a USD 0,048": the labels' price still holds
                        item = replace(item, quote=rest, text=rest if item.text else "")
                        break
                    item = replace(item, status="superseded", by=f"{other.source_kind}:{other.source_id}")
                    break
        again = ""
        if item.kind == "term" and unworked(item.quote) != item.quote:  # "GBP 8,360 (GBP 8,000 plus 2 x GBP 180)"
            item = replace(item, quote=unworked(item.quote), text=unworked(item.text) if item.text else "")
        if item.status == "open" and item.kind == "term" and item.direction in ("outbound", "note"):
            later = recounted(item, ordered, cleaned)  # "9 fontaines et non 10": the offer for 8 is out of force
            again = recount_said(item, ordered, cleaned) if later else ""
            if again:
                # a price per thing stays in force for the new count: the offer is said with it
                item = replace(item, quote=again, text=again, by=later)
            elif later:
                item = replace(item, status="superseded", by=later)
            elif replaced_in(item, ordered, cleaned, settled=False)[0]:
                # "¿Se puede con 5 puntos en vez de 6?": the offer stands until they decide, its total may not
                kept = without_totals(item.quote)
                if kept != item.quote:
                    item = replace(item, quote=kept, text=kept if item.text else "")
        elif item.status == "open" and item.direction == "inbound" and item.kind in ("term", "constraint", "request",
                                                                                    "next_step"):
            later = counted_anew(item, ordered, cleaned)  # "only 3 chairs", later "please again 4 chairs"
            if later:
                item = replace(item, status="superseded", by=later)
        if item.status == "open" and item.kind != "question" and item.direction in ("inbound", "outbound", "note"):
            moved_to = measure_taken_back(item, ordered, cleaned)  # "can stop at 120 m after all": 160 m is gone
            if moved_to:
                item = replace(item, status="superseded", by=moved_to)
        # (an offer said with the newest count is the one in force: the older counts do not restate it)
        newer = restated_later(item, items) if item.direction in ("outbound", "inbound") and not again else None
        if newer is not None:
            item = replace(item, status="superseded", by=f"{newer.source_kind}:{newer.source_id}")
        if item.kind == "question" and item.direction == "note" and n + 1 < len(items) \
                and not UNSURE.search(item.quote):  # "Fragt, ob 400 V nötig ist, mit Technik klären": still open
            nxt = items[n + 1]
            if nxt.source_id == item.source_id and nxt.source_kind == item.source_kind and (
                    (not nxt.internal and YES_NO.match(nxt.quote) and not item.text)
                    or (nxt.kind == "answer" and not UNSURE.search(nxt.quote) and not _DEFERS.search(nxt.quote))
                    or answered_by_arrow(item, nxt, cleaned)):
                # "Eigener DJ erlaubt? ja, bis 1 Uhr", "Anzahlung? - 30 % bei Bestellung": answered on the call
                item = replace(item, status="answered", by=f"{nxt.source_kind}:{nxt.source_id}")
        if item.kind == "question" and item.direction == "inbound" and item.status == "answered" and any(
                o.kind == "unsure" and o.at > item.at and content(TOPIC_OF.sub("", o.quote)) & content(item.quote)
                and not (m and items[m - 1].kind == "question" and (items[m - 1].source_kind, items[m - 1].source_id)
                         == (o.source_kind, o.source_id))
                for m, o in enumerate(items)):
            # the call note says the rep does not know yet: whatever else it said, the question is still open
            # (an "unsure" right after a note's own question, "Fire dampers? -> MG to check", is about that one)
            item = replace(item, status="open", by="")
        if item.status == "open" and item.direction in ("outbound", "note") and item.kind in ("term", "commitment"):
            declined = next((o for o in ordered if o.direction == "inbound" and o.at > item.at and any(
                DECLINED.search(sent) and shared_words(content(sent), content(item.quote)) >= 1
                for sent in re.split(r"(?<=[.!?])\s+", cleaned.get((o.kind, o.id), "")))), None)
            if declined is not None:
                # "Die Arbeitnehmerveranlagungen brauchen wir nicht": an offer the customer turned down is not restated
                item = replace(item, status="superseded", by=f"{declined.kind}:{declined.id}")
        if item.kind == "commitment" and item.status == "open" and item.direction in ("outbound", "note"):
            # a newer word on the same thing with its own day ("proposal + SLA going out tomorrow") replaces it
            newer = next((o for o in items if o.at > item.at and o.direction in ("outbound", "note")
                          and o.due is not None and len(content(o.quote) & content(item.quote)) >= 2), None)
            if newer is not None:
                item = replace(item, status="superseded", by=f"{newer.source_kind}:{newer.source_id}")
        out.append(item)
    return out


# A customer's name shortened in a note ("Thandi" for Thandiwe) keeps at least this many letters of it.
SHORT_NAME_LETTERS = 4


def _customer_called(name: str, parts: list[str]) -> bool:
    """Whether a note's "<name> says" names the customer ("Thandi says she'll sign"), by a name of theirs or the
    first letters of one: their words, turned to them, not a colleague's aside."""
    low = name.lower()
    return any(p.lower() == low or (len(low) >= SHORT_NAME_LETTERS and p.lower().startswith(low)) for p in parts)

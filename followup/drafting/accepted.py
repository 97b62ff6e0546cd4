"""What an acceptance settled: the offer and the negotiation behind an order are no longer said as open offers. Blind
readers marked drafts that restated the quote after the PO was booked, the 8 % asked and the 4 % offered after the
customer agreed on the call, and the offer after "Thank you for your order." that did not say what was ordered: the
order's own terms ("EUR 4,520 for 12 months") go into its line, and what they settled goes out."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.figures import AMOUNT, DAY_MENTION, amounts, numbers
from followup.drafting.items import Item
from followup.drafting.order import NEEDS, aside, newest_email, offer_in_force, order_item
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.signedback import signature_over
from followup.drafting.words import ANY_MONTH, content
from followup.text.dates import alternation

# A figure of the acceptance with the word it counts, led by a preposition ("for 12 months", "with AED 2,500 excess",
# "auf 3 Jahre", "sur 36 mois", "por 36 meses"): a term of what was ordered, said in the order's line.
_PREP = r"(?:for|with|over|auf|für|mit|über|sur|pour|avec|por|para|con)"
_FIG = r"(?:" + AMOUNT.pattern + r"|\d+(?:[.,]\d+)?)"
_TERM = re.compile(r"\b" + _PREP + r"\s+(?:the\s+|die\s+|den\s+|le\s+|la\s+|les\s+|el\s+|los\s+|las\s+)?"
                   r"(?P<fig>" + _FIG + r")(?:\s+(?!" + _PREP + r"\b)(?P<unit>[^\W\d_]{2,}))?", re.I)
# Words after a figure that are no unit of it ("for 12 and ...", "mit 3 und").
_NOT_UNIT = re.compile(r"^(?:and|or|und|oder|et|ou|y|o|is|ist|est|es|the|der|die|das|le|la|el|at|to|in|on|zu|um|bei|"
                       r"im|am|à|au|en|de|du|des|al|del|per|pro|par|je|each)$", re.I)


def order_terms(sentence: str, price: str) -> str:
    """The order's price with the terms its accepting sentence names beside it ("EUR 4,520 for 12 months"); the price
    alone when the sentence names none, "" when there is no price."""
    price = price or led_price(sentence)
    if not price:
        return ""
    extras = []
    for m in _TERM.finditer(sentence):
        fig, unit = m.group("fig").strip(), m.group("unit") or ""
        if numbers(fig) & numbers(price):
            continue  # the price itself ("we agree with the EUR 4,520")
        if not AMOUNT.fullmatch(fig) and (not unit or _NOT_UNIT.match(unit)):
            continue  # a bare number with no unit is no term
        extras.append(m.group(0).strip() if not unit or not _NOT_UNIT.match(unit) else m.group(0)[:m.start("unit")
                                                                                               - m.start()].strip())
    return " ".join([price, *extras])


def led_price(sentence: str) -> str:
    """The price of an acceptance naming several sums when every sum after the first is a term led by a preposition
    ("AED 352,800 with AED 2,500 excess is good"): the first; "" otherwise."""
    found = list(AMOUNT.finditer(sentence))
    led = {m.start("fig") for m in _TERM.finditer(sentence)}
    if len(found) < 2 or found[0].start() in led or any(m.start() not in led for m in found[1:]) \
            or any(aside(sentence, *m.span()) for m in found[:1]):
        return ""
    return found[0].group(0).strip()


# A count the accepted offer's line names ("6 containers a month", "58 vehicles"), outside brackets: what was ordered,
# carried into the order's line when that line takes the offer's place.
_COUNT = re.compile(r"(?<![\w,.'’-])(?P<n>\d+)\s+(?P<what>[^\W\d_]{3,})"
                    r"(?:\s+(?:a|per|pro|im|par|por|al|au)\s+[^\W\d_]{3,})?(?![\w-])", re.I)


# A span of time is a term of the offer ("payment 30 days", "48 Monate"), not a count of what was ordered.
_SPAN = re.compile(r"^(?:hours?|days?|weeks?|months?|years?|yrs?|stunden|tage[n]?|wochen|monate[n]?|jahre[n]?|heures?|"
                   r"jours?|semaines?|mois|ans|années?|horas?|días?|dias?|semanas?|meses|mes|años?)$", re.I)


def counted(line: str, said: set[str]) -> list[str]:
    """The counts of an offer's line ("6 containers a month") that a set of figures does not hold, outside brackets
    and sums of money."""
    bare = AMOUNT.sub(" ", re.sub(r"\([^()]*\)", " ", line))
    return [m.group(0) for m in _COUNT.finditer(bare) if m.group("n") not in said
            and not _NOT_UNIT.match(m.group("what")) and not _SPAN.match(m.group("what"))]


def dated(line: str, terms: str) -> list[str]:
    """The clauses of an offer's line that name a day and no sum of money ("starting Monday May 8"), outside the
    order's terms: when the order's line says the offer whole, the day it starts on goes with it."""
    # a comma before a day's number is inside the day ("ab Montag, 8. Mai"); a clause opening the sentence has its
    # subject ("Wir liefern ab Montag"), not a phrase that can follow the price
    clauses = [c.strip(" .;") for c in re.split(r",(?!\s*\d{1,2}\b)|;|\s+-\s+", line)]
    return [c for c in clauses if c and c[0].islower() and DAY_MENTION.search(c) and not AMOUNT.search(c)
            and c not in terms and len(c.split()) <= DATED_WORDS]


# Words a clause with a day may have to go into the order's line: a day said with its verb, not a sentence.
DATED_WORDS = 5


def with_terms(items: list[Item]) -> list[Item]:
    """The items with the order's price given the terms its accepting sentence names, and the rep's older lines that
    the order's line then says whole taken out: every sum of money of the line is in the order's terms, and the order
    names a term beside its price (what was ordered, for how long)."""
    order = next((i for i in items if i.kind == "order" and i.status == "open"), None)
    if order is None or not (terms := order_terms(order.quote, order.text)) or terms == order.text:
        return items
    ordered, by = numbers(terms), f"{order.source_kind}:{order.source_id}"
    gone = [i for i in items if i.status == "open" and i.kind == "term" and i.direction == "outbound"
            and i.at < order.at and (said := amounts(i.quote)) and said <= ordered]
    extra = [c for i in gone for c in counted(i.quote, ordered) + dated(i.quote, terms)]
    order_at = replace(order, text=", ".join([terms, *dict.fromkeys(extra)]))
    items = [order_at if i is order else i for i in items]
    return [replace(i, status="kept", by=by) if i in gone
            # the accepting sentence is the order's line now, never said back beside it
            else replace(i, status="answered", by=by) if i.status == "open" and i.direction == "inbound" and i is not order_at
            and (i.source_kind, i.source_id) == (order.source_kind, order.source_id) and i.quote.strip()
            and i.quote.strip() in order.quote else i for i in items]


# The rep confirming the order in writing ("the order is booked", "Thank you for PO 2027/1186", "Ihr Auftrag ist
# bestätigt", "votre commande est enregistrée", "su pedido está confirmado"): the quote's terms are then the order's.
_BOOKED = re.compile(r"\b(?:order (?:is|has been|was) (?:booked|confirmed|entered|placed)|(?:booked|confirmed) (?:the|your) "
                     r"order|thank you for (?:the |your )?(?:PO|purchase order|order)\b|"
                     r"(?:auftrag|bestellung) (?:ist |wurde )?(?:bestätigt|gebucht|eingebucht|erfasst)|"
                     r"(?:danke|vielen dank) für (?:ihren|ihre|die|den) (?:auftrag|bestellung)|"
                     r"commande (?:est |a été )?(?:confirmée|enregistrée|validée)|merci pour (?:votre|la) commande|"
                     r"pedido (?:está |fue |ha sido |quedó )?(?:confirmado|registrado|ingresado)|"
                     r"gracias por (?:su|tu|el) pedido)", re.I)


def booked(items: list[Item], ordered: Sequence[Source], cleaned: dict, last: dict) -> list[Item]:
    """The items with the rep's offer lines settled once the customer ordered on that offer as it stands in an email
    the rep has written after ("Thank you for PO 2027/1186, the order is booked."): the quote's lead time and
    validity are no longer terms to restate."""
    mine = [s for s in ordered if s.direction == "outbound"]
    for src in reversed([s for s in ordered if s.direction == "inbound" and f"{s.kind}:{s.id}" != last.get("source")]):
        if not any(m.at > src.at and _BOOKED.search(cleaned.get((m.kind, m.id), "")) for m in mine):
            continue  # not confirmed yet; the order the newest email places is the order line's (order.py)
        order = order_item(ordered, cleaned, {"source": f"{src.kind}:{src.id}"})
        if order is None:
            continue
        return [replace(i, status="kept", by=f"{src.kind}:{src.id}")
                if i.status == "open" and i.kind == "term" and i.direction == "outbound" and i.at < src.at else i
                for i in items]
    return items


# A call note's word that the customer agreed to what was offered on the call ("er ist einverstanden", "he agreed",
# "il est d'accord", "está de acuerdo"): the request and the counter-offer before it are settled.
_AGREED = re.compile(r"\b(?:(?:he|she|they|client|customer)\s+(?:has\s+|have\s+)?(?:agreed|accepted|agrees|accepts|"
                     r"is (?:ok|fine|happy) with)|(?:ist|sind|war|waren) einverstanden|hat (?:zugestimmt|"
                     r"angenommen|akzeptiert)|(?:est|sont) d'accord|(?:a|ont) accepté|accepte|"
                     r"(?:está|están) de acuerdo|aceptó|acepta|aceptaron)\b", re.I)
# A clause of the negotiation: a percentage asked or offered.
_HAGGLE = re.compile(r"\d\s?%")


def agreed_on_call(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The items with a note's settled negotiation closed ("will 8 % Nachlass. Angeboten 4 % -> EUR 30,62/Std., er
    ist einverstanden"): its clauses before the agreeing sentence that ask or offer a percentage with no sum of money,
    once the customer has written or been called since (the price agreed, "je lui ai proposé 1 180 €", stays)."""
    for note in [s for s in ordered if s.direction == "note"]:
        text = cleaned.get((note.kind, note.id), "")
        agreed = _AGREED.search(text)
        if not agreed or not any(s.at > note.at and s.direction in ("inbound", "note") for s in ordered):
            continue
        # the asked and offered percentages before the sentence that agrees; a sum of money is the price agreed
        head = text[:max([0] + [m.end() for m in re.finditer(r"[.!?;](?:\s|$)", text[:agreed.start()])])]
        items = [replace(i, status="kept", by=f"{note.kind}:{note.id}")
                 if (i.source_kind, i.source_id) == (note.kind, note.id) and i.status == "open"
                 and i.kind in ("term", "constraint", "request") and i.quote.strip() and _HAGGLE.search(i.quote)
                 and not AMOUNT.search(i.quote) and i.quote.strip() in head else i for i in items]
    return items


_MONTH_WORDS = alternation(ANY_MONTH)
# The condition an offer was made on, met by an order: "if order by 15 June", "bei Bestellung bis 15. Juni", "si
# commande avant le 15 juin", "si pide antes del 15 de junio" (a contract to sign by a day is still to come after it).
_CONDITION = re.compile(
    r"\s*,?\s*\b(?:if|provided|when|on|with|for|bei|wenn|falls|sofern|si|pour|siempre que|con|por)\b[^.;,]{0,30}?"
    r"\b(?:order\w*|bestell\w*|auftrag\w*|command\w*|pid[ea]\w*|pedido\w*|orden\w*)\b[^.;,]{0,15}?\b(?:by|before|until|bis|vor|avant|d'ici|antes|hasta)\b"
    rf"(?:[^.;,>]|(?<=\d)\.(?=\s*(?:{_MONTH_WORDS})\b))*?(?=\s*(?:[;,]|\.(?!\s*(?:{_MONTH_WORDS})\b)|->|$))", re.I)


def conditions_met(items: list[Item]) -> list[Item]:
    """The rep's offers said without the condition the customer's order has met ("3% discount if order by 15 June" once
    they ordered is the 3% discount, never offered again on that condition)."""
    if not any(i.kind == "order" and i.status == "open" for i in items):
        return items
    return [replace(i, quote=_CONDITION.sub("", i.quote, count=1), text=_CONDITION.sub("", i.text, count=1))
            if i.status == "open" and i.direction in ("outbound", "note") and _CONDITION.search(i.quote) else i
            for i in items]


# An offer's validity said as a span ("The quote is valid 90 days", "Das Angebot ist 30 Tage gültig", "L'offre est
# valable 30 jours", "La oferta es válida por 30 días"): counted from a day the customer has moved past, it is a reminder
# that is over once they said yes. A day it runs to ("valid until 4 December") still tells them how long the price
# holds while the order is on its way, and a line with a sum of money is a term: both stay.
_VALIDITY = re.compile(r"\b(?:valid|good for|gültig|gilt|valable|válid[oa]|vigente)\b", re.I)
_VALID_SPAN = re.compile(r"\b\d{1,3}\s*(?:days?|weeks?|months?|Tage[n]?|Wochen|Monate[n]?|jours|semaines|mois|días|"
                         r"semanas|meses)\b", re.I)


def after_yes(items: list[Item], ordered: Sequence[Source], cleaned: dict, last: dict) -> list[Item]:
    """The items once the customer's newest email said yes (an order, a go-ahead, a pilot): the rep's older reminders
    of how many days the offer is valid are over, and the customer's questions older than the offer they accepted were answered
    by that offer (blind readers marked "can I make it fit?" handed back after "We agree with USD 12,900")."""
    src = newest_email(ordered, last)
    if src is None or not last.get("accepted"):
        return items
    offer = offer_in_force(ordered, cleaned, src.at)
    by, newest = f"{src.kind}:{src.id}", content(cleaned.get((src.kind, src.id), ""))
    return [replace(i, status="kept", by=by) if i.status == "open" and i.direction == "outbound" and i.at < src.at
            and _VALIDITY.search(i.quote) and _VALID_SPAN.search(i.quote) and not AMOUNT.search(i.quote)
            else replace(i, status="answered", by=f"{offer.kind}:{offer.id}") if offer is not None
            and i.status == "open" and i.direction == "inbound" and i.kind == "question" and i.at < offer.at
            # asked again with the yes ("Kindly also advise on the pre-stretched film, you did not respond"): open
            and len(content(i.quote) & newest) < ASKED_AGAIN_WORDS
            else i for i in items]


# Content words the accepting email shares with an older question that make it that question asked again.
ASKED_AGAIN_WORDS = 2


# "Both" in a request ("Could you get both to me by June 9?", "Können Sie mir beides bis Freitag schicken?", "les deux",
# "ambos"): the things the sentence before says they need, named in the rep's line that sends them.
_BOTH = {"en": r"\bboth\b", "de": r"\bbeides\b", "fr": r"\bles deux\b", "es": r"\b(?:ambos|ambas|los dos|las dos)\b"}
# The customer's words for what the rep sends, in the rep's (English): "a signed quote" -> "the signed quote", "your
# certificate" -> "our certificate", "plus" -> "and".
_THEIRS = ((r"^(?:an?|the)\s+", "the "), (r"\byour\b", "our"), (r"\s*,?\s+plus\s+", " and "), (r"\s*,\s+and\s+", " and "))


def both_named(items: list[Item], ordered: Sequence[Source], cleaned: dict, last: dict, language: str) -> list[Item]:
    """The items with "both" in the request of the customer's newest email named as the things the sentence before
    says they need ("I'll get the signed quote ... and our certificate of insurance to you by June 9."); readers could
    not tell from "I'll get both to you" what the rep sends next."""
    src, both = newest_email(ordered, last), _BOTH.get(language)
    if src is None or both is None:
        return items
    text = cleaned.get((src.kind, src.id), "")
    said = [text[a:b].strip() for a, b in split_sentences(text)]
    out, named = [], ""
    for item in items:
        at = next((n for n, x in enumerate(said) if item.quote.strip() and item.quote.strip() in x), 0)
        need = re.search(NEEDS[language], said[at - 1]) if at and item.kind in ("request", "question") \
            and item.status == "open" and (item.source_kind, item.source_id) == (src.kind, src.id) \
            and re.search(both, item.text, re.I) else None
        things = said[at - 1][need.end():].strip().rstrip(".!") if need else ""
        if language == "en":
            for pattern, into in _THEIRS:
                things = re.sub(pattern, into, things, flags=re.I)
        elif re.search(r"\b(?:Ihre[nmrs]?|votre|vos|su|sus)\b", things):
            things = ""  # their own "your" in another language: left as "both" rather than said wrongly
        named = named or (said[at - 1] if things else "")
        out.append(replace(item, text=re.sub(both, things, item.text, count=1, flags=re.I)) if things else item)
    # the sentence that named them is said by the rep's line now, not noted back beside it
    return [replace(i, status="answered", by=f"{src.kind}:{src.id}") if named and i.status == "open"
            and (i.source_kind, i.source_id) == (src.kind, src.id) and i.quote.strip() and i.quote.strip() in named
            else i for i in out]


def settled_by_yes(items: list[Item], ordered: Sequence[Source], cleaned: dict, last: dict,
                   language: str = "en") -> list[Item]:
    """The items with everything the customer's yes settled closed and the order's line given its terms."""
    items = conditions_met(with_terms(agreed_on_call(booked(items, ordered, cleaned, last), ordered, cleaned)))
    items = signature_over(after_yes(items, ordered, cleaned, last), ordered, last, language)
    return both_named(items, ordered, cleaned, last, language)

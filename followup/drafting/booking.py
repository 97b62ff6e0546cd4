"""A customer's yes said without an order word: a booking ("we'd like to book", "wir buchen", "nous réservons",
"reservadlo ya"), the thing taken by name ("Ok we take Lulwa", "wir nehmen die Loge", "on prend la formule B"), a bare
confirmation or close ("¡Confirmamos!", "Cerramos en ARS 3.300.000", "c'est bon pour nous") or the rep's price said
fine ("SEK 136,000 is ok", "fine, $6,900 for 75 spots", "$32,900 x 5 works"). Blind readers marked drafts that
re-pasted the offer and never confirmed the booking after such a yes. en/de/fr/es."""
from __future__ import annotations

import re

from followup.drafting.figures import AMOUNT

# Booking, taking or closing the thing offered, in the four languages.
_TAKE = re.compile(
    r"\b(?:(?:we(?:'d| would)? like to|we(?:'ll| will)|we want to|let's|i(?:'d| would) like to|please) "
    r"(?:book|reserve)|book it|we(?:'re| are) booking|we (?:hereby )?confirm (?:the|our|it|this)|"
    r"(?:ok|okay|so|then),? we take|we take (?:the|that|this|both)\b|"
    r"(?:wir |ich |und )(?:nehmen|nehme) (?:die|den|das|beide)|nehmen wir (?:die|den|das|beide)|"
    r"(?:wir )?buchen (?:fix|verbindlich|die|den|das)|buchen wir|(?:wir )?sagen zu|"
    r"(?:wir )?bestätigen (?:die buchung|die reservierung|hiermit)|"
    r"c'est bon pour (?:nous|moi)|ça nous va|on se lance|(?:nous )?(?:prenons|réservons) (?:la|le|les|l')|"
    r"on (?:prend|réserve) (?:la|le|les|l')|nous confirmons(?= *(?:[!.]|$| la | le | les | notre | l'))|"
    r"confirmamos(?= *(?:[!.]|$| la | el | los | las | nuestr))|cerramos (?:en|por|a)(?= \D{0,6}\d)|cerramos (?:el )?trato|"
    r"reserv(?:adl[oa]s?|al[oa]s?|enl[oa]s?|amos)|(?:lo|la|los|las) tomamos|tomamos (?:el|la|los|las))(?!\w)", re.I)

# The rep's price said fine by the customer: an amount and a word that takes it ("is ok", "works", "passt", "nous
# convient", "nos sirve"), or a yes before the amount ("fine, $6,900", "OK, 42.000 €", "d'accord pour", "vale,").
_FINE_AFTER = re.compile(r"^[^.!?]{0,40}?\b(?:is|are) (?:ok|okay|fine|good|acceptable)\b|^[^.!?]{0,40}?(?<![\w-])works\b|"
                         r"^[^.!?]{0,40}?\b(?:ist|sind) (?:ok|okay|in ordnung)\b|^[^.!?]{0,40}?\bpasst\b|"
                         r"^[^.!?]{0,40}?\b(?:nous|me|nos) (?:convient|va|sirve|parece bien)\b|"
                         r"^[^.!?]{0,40}?\b(?:est|es|está) (?:ok|bien|parfait|perfecto)\b", re.I)
_FINE_BEFORE = re.compile(r"\b(?:fine|ok|okay|agreed|deal|gut|einverstanden|parfait|entendu|vale|perfecto|listo|"
                          r"trato hecho)\s*[,:]\s*$", re.I)

# A sentence that opens on a condition ("if", "wenn", "si"): what follows waits for it.
_IF = re.compile(r"^\W*(?:if|provided|wenn|falls|sofern|si|pourvu)\b", re.I)

# A "but" in the same sentence: the thing is taken with a change ("we take the VL-90, but 10 cases, not 8").
_BUT = re.compile(r"\b(?:but|however|aber|jedoch|allerdings|mais|cependant|pero|sin embargo)\b", re.I)


def takes(sentence: str) -> bool:
    """Whether a sentence books, takes, confirms or closes on what was offered, or says the offer's price is fine."""
    if _IF.match(sentence) or _BUT.search(sentence):
        return False  # "Si es posible, reservadlo ya", "we take the VL-90, but 10 cases": not the offer as it stands
    if _TAKE.search(sentence):
        return True
    for m in AMOUNT.finditer(sentence):
        if _FINE_AFTER.search(sentence[m.end():]) or _FINE_BEFORE.search(sentence[:m.start()]):
            return True
    return False


# A booking word in the accepting sentence: the draft thanks for a booking, not an order.
_BOOKING = re.compile(r"\b(?:book\w*|reserv\w*|buch\w*|réserv\w*)\b", re.I)


def is_booking(sentence: str) -> bool:
    """Whether an accepting sentence books something (a date, a room, a boat) rather than ordering goods."""
    return bool(_BOOKING.search(sentence))


# The customer's purchasing about to order once the rep's paperwork is in ("To issue the PO we need a signed quote",
# "dann kann unser Einkauf bestellen", "pour émettre le bon de commande", "para emitir la orden de compra"): a go-ahead
# whose order is still to come, never an order placed.
_PO_COMING = re.compile(
    r"\b(?:(?:to|so (?:that )?we can|before we can|in order to) (?:issue|raise|cut) (?:the|a|our|your) "
    r"(?:PO|purchase order)|(?:dann|damit|um) (?:kann )?(?:unser|unsere|der|die) (?:Einkauf|Beschaffung|"
    r"Vergabestelle)\w* (?:\w+ )?(?:bestellen|(?:die Bestellung|den Auftrag) (?:auslösen|erteilen))|"
    r"(?:um|damit wir) (?:die Bestellung|den Auftrag) (?:auszulösen|auslösen)|"
    r"pour (?:émettre|établir) (?:le|notre) bon de commande|"
    r"para (?:emitir|generar|liberar) (?:la|nuestra) orden de compra)\b", re.I)
# (placing "the order" is no paperwork: "I want to place the order before 16 April, please send the final offer" waits
# for an offer still to come)


def order_to_come(text: str) -> bool:
    """Whether an email says, outside a question, that the customer's purchasing will order once the rep has sent what
    it needs: a go-ahead."""
    return any(_PO_COMING.search(s) for s in re.split(r"(?<=[.!?])\s+|\n+", text or "") if "?" not in s and "¿" not in s)


# A pilot or trial agreed ("agreed to the pilot", "Pilotbetrieb", "le pilote", "el piloto"): readers marked "Thank you
# for your order" as wrong there and missed the pilot's terms; the draft welcomes the pilot and says its terms.
_PILOT = re.compile(r"\b(?:pilot|trial|Pilot\w*|Testphase|Probebetrieb|pilote|phase (?:de )?test|essai|piloto|"
                    r"prueba piloto|período de prueba)\b", re.I)
# The pilot's own name after its terms ("free installation for the pilot"): said once, by the welcoming line.
_FOR_PILOT = re.compile(r"\s+(?:for|during|in|für|im|während|pour|pendant|durante|en|para) (?:the |den |das |die |le |"
                        r"la |el )?(?:pilot|trial|Pilot\w*|Testphase|pilote|essai|piloto|prueba)\s*$", re.I)


def is_pilot(sentence: str) -> bool:
    """Whether an accepting sentence agrees to a pilot or trial rather than the order itself."""
    return bool(_PILOT.search(sentence or ""))


def pilot_terms(quote: str) -> str:
    """The terms of a pilot a line of the rep's or a note names with figures ("Pilot agreed in principle: 10 vans for
    60 days, free installation for the pilot." -> "10 vans for 60 days, free installation"), "" when it names none."""
    if not _PILOT.search(quote or "") or not re.search(r"\d", quote):
        return ""
    head, colon, tail = quote.partition(":")
    if not colon or not re.search(r"\d", tail):
        return _FOR_PILOT.sub("", quote.strip().rstrip(".;!").strip())
    # "Para el piloto de 12 motos con segunda batería: COP 171.600.000": what the pilot is, then its price
    named = _PILOT.search(head)
    what = _OF.sub("", head[named.end():]).strip(" ,") if named and re.search(r"\d", head[named.end():]) else ""
    return ", ".join(x for x in (what, _FOR_PILOT.sub("", tail.strip().rstrip(".;!").strip())) if x)


# The word that joins a pilot to what it covers ("pilot of 12 bikes", "Piloten mit 5 Geräten", "piloto de 12 motos").
_OF = re.compile(r"^\s*(?:of|for|with|on|von|mit|für|über|de|d'|du|des|avec|pour|sur|con|para|en)\s+", re.I)

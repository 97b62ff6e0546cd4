"""The order in force: the customer's newest email accepts the offer or places the order ("we agree the price",
"wir bestellen", "nous validons le devis", "aceptamos la propuesta"), with the rep's offer it accepts and the price
in force; and a deposit or payment that email announces. Blind readers marked drafts that restated the offer or asked
again after the customer had said yes, and passed over an announced deposit: the draft opens on the order instead
("Thank you for your order at CHF 2'480."), and what the acceptance settled (their request for a quote, the rep's
promise to send one) is no longer open."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.acceptance import accepts
from followup.drafting.booking import is_booking, is_pilot, order_to_come, pilot_terms
from followup.drafting.changed import counted_again
from followup.drafting.chosen import chosen, passed_over, price_of
from followup.drafting.conditions import by_day, order_conditions
from followup.drafting.declined import declined_over, validity_over
from followup.drafting.figures import AMOUNT, DAY_MENTION, PRICE_WORDS, numbers, priced_amounts
from followup.drafting.items import Item, State
from followup.drafting.orderlines import with_lines
from followup.drafting.pocover import NEEDS as NEEDS  # accepted.py reads the need verbs here
from followup.drafting.pocover import SEND_LEADS, needed_document
from followup.drafting.received import given_number, given_over, received_document
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.signedback import signed_document
from followup.drafting.wholelabel import longest_label
from followup.drafting.words import content

# A total named before its figure ("total 18.940 €", "Gesamtpreis CHF 72'700", "soit un total de", "en total"): the
# price in force when the offer names several figures.
_TOTAL = re.compile(r"\b(?:total|grand total|in total|gesamt\w*|insgesamt|totale?|au total|soit|en total|"
                    r"suma total)\b[^.;:\d]{0,20}[:=]?\s*$", re.I)

# A total named after its figure ("USD 89,400 in total", "CHF 72'700 gesamt", "18 940 € au total").
_TOTAL_AFTER = re.compile(r"\s*(?:in total|total|all in|insgesamt|gesamt|au total|en total|en tout)\b", re.I)

# A word that changes the deal in the accepting email ("but only 12", "statt", "volvemos a", "au lieu de"): what is
# accepted is then no longer the offer as it stands.
_CHANGE = re.compile(r"\b(?:only|instead|rather than|back to|except|nur|statt|anstatt|außer|wieder|seulement|au lieu|"
                     r"plutôt que|sauf|solo|sólo|únicamente|en vez|en lugar|volvemos|excepto|salvo)\b", re.I)

# A "but" in the accepting sentence: a condition or a change follows ("approved, but with 3 gates").
_BUT = re.compile(r"\b(?:but|however|aber|jedoch|allerdings|mais|cependant|pero|sin embargo)\b", re.I)

# What an amount is per, after it ("per roll", "/week", "a barrel", "pro Monat", "par mois", "por jaula").
_RATE = re.compile(r"(?:\s*/\s*[^\W\d_]+|\s+(?:per|a|an|each|pro|je|par|por|al|la)\s+[^\W\d_]+|\s+each)", re.I)

# A sum per guest ("per person", "a head", "pro Person", "par personne", "por persona"): catering beside the booking.
_PER_HEAD = re.compile(r"\s*(?:/\s*|per |a |pro |je |par |por |al )(?:person|head|guest|pax|pp|Person|Kopf|Gast|"
                       r"personne|tête|pers|persona|cabeza|invitado)\b", re.I)

# Money beside the price of the order, named near the amount: a trade-in, a deposit, a discount, an option or extra.
_NOT_PRICE = re.compile(r"\b(?:trade-?in|deposit|discount|optional|option|extra|add-on|budget|inzahlungnahme|anzahlung|"
                        r"rabatt|aufpreis|acompte|remise|reprise|supplément|anticipo|seña|descuento|"
                        r"adicional|opcional)\b", re.I)
# Characters either side of an amount searched for such a word.
ASIDE_CHARS = 30

# A yes whose formal step is still to come ("please send the agreement", "unser Einkauf schickt sie Ihnen am Freitag",
# "avant de signer", "antes de firmar", a pilot agreed): readers marked "thank you for your order" as wrong there, the
# draft welcomes the go-ahead instead.
_TO_SIGN = re.compile(
    r"\b(?:before (?:we |I )?sign\w*|(?:purchase order|PO|order|contract)\s+(?:will|is to|to)\s+(?:follow|come|be sent|"
    r"be issued)|"  # "The order will come from our procurement office": a go-ahead, the order itself still to come
    r"(?:will|'ll) send (?:you )?(?:the|our) (?:purchase order|PO|order|signed)|send (?:us |me )?the (?:draft )?"
    r"(?:agreement|contract)|pilot|trial|"
    r"vor (?:der )?(?:Unterschrift|Unterzeichnung)|bevor wir unterschreiben|(?:Bestellung|Auftrag|Vertrag)\b[^.!?]{0,40}"
    r"\b(?:schick|send|folg|komm)\w*\s+(?:\w+\s+){0,2}?(?:am|bis|nächste\w*|morgen|Montag|Dienstag|Mittwoch|Donnerstag|"
    r"Freitag)\b|(?:schicken|senden)\s+Sie\s+(?:uns\s+|mir\s+)?den\s+(?:Vertrag|Vertragsentwurf)|Pilot\w*|Testphase|"
    r"avant (?:de )?sign\w*|avant la signature|(?:bon de commande|commande|contrat)\b[^.!?]{0,40}\b(?:suivra|arrivera|"
    r"partira|vous (?:sera|parviendra))|envoy\w* (?:le|votre) (?:projet de )?contrat|pilote|phase de test|"
    r"antes de (?:firmar|la firma)|(?:orden de compra|pedido|contrato)\b[^.!?]{0,40}\b(?:llegará|le (?:enviar|mandar)\w*)|"
    r"(?:envíen|envíe|enviar|mánde|manden|mandar)\w* el (?:borrador del? )?contrato|contrato en borrador|piloto)\b", re.I)

# An order said in words ("we order at the discounted price", "wir bestellen", "nous passons commande", "hacemos el
# pedido"): thanked as an order even when the contract is still to be sent.
_ORDERS = re.compile(r"\b(?:(?:we|I)(?: hereby| will|'ll)? (?:order|place (?:the|an|our) order)|we are ordering|"
                     r"(?:wir|ich) bestellen|bestellen (?:wir|hiermit)|(?:nous )?(?:commandons|passons (?:la )?commande)|"
                     r"(?:hacemos|realizamos|confirmamos) el pedido)\b", re.I)


# A figure of the deal (a count, an amount, a day), not a model code's number ("KT-40", "PS-120").
_FIGURE = re.compile(r"(?<![A-Za-z-])\d")

# Who approved, when it is not the customer writing ("Our board approved the package"): news worth noting back.
_BODY = re.compile(r"\b(?:board|director|management|council|committee|HQ|headquarters|owner|boss|finance|vestry|AGM|"
                   r"vorstand|geschäftsleitung|verwaltung|gemeinderat|chef|direktion|direction|conseil|comité|gérant|"
                   r"junta|directorio|gerencia|consejo|jefe|dueño)\b", re.I)

# What a quote is called, in the four languages: a request for one, or a promise to send one, is settled once the
# customer accepts it.
_QUOTE_WORDS = re.compile(r"\b(?:quote|quotation|offer|proposal|pric\w*|cost|costs|run|angebot|offerte|preis\w*|"
                          r"kostet|kosten|devis|offre|prix|tarif\w*|chiffrage|presupuesto|cotizaci[oó]n|propuesta|"
                          r"precio|oferta)\b", re.I)

# A deposit or payment the customer announces ("we've paid the deposit", "Anzahlung ist überwiesen", "nous versons
# l'acompte", "transferimos el anticipo"), per language.
_PAYMENT = re.compile(
    r"\b(?:deposit|down ?payment|payment|anzahlung|zahlung|acompte|versement|anticipo|seña|adelanto)\b", re.I)
_PAYING = re.compile(
    r"\b(?:(?:we|I)(?:'ve| have| will|'ll)?\s+(?:just\s+)?(?:pay|paid|transfer(?:red)?|wire[ds]?|sen[dt])|"
    r"(?:has been|was|is being|will be) (?:paid|transferred|wired|sent)|(?:is|are) on (?:its|their) way|"
    r"überwiesen|bezahlt|angewiesen|überweisen|zahlen|(?:ver|be)zahlen wir|"
    r"versons|verserons|virons|réglons|payons|avons (?:versé|viré|réglé|payé)|(?:a|est) été (?:versé|viré|réglé|payé)|"
    r"transferimos|pagamos|depositamos|abonamos|(?:les?|te) transfiero|(?:hemos|he) (?:transferido|pagado|depositado)|"
    r"ya (?:está|fue) (?:transferid|pagad|depositad)\w*)\b", re.I)
# Paid already, not only announced.
_PAID = re.compile(r"\b(?:paid|transferred|wired|sent|überwiesen|bezahlt|angewiesen|versé|viré|réglé|payé|"
                   r"transferido|pagado|depositado|transferid[ao]|pagad[ao]|depositad[ao])\b", re.I)
# Paid once the invoice comes ("dès réception de la facture", "on receipt of the invoice", "sobald die Rechnung da
# ist", "al recibir la factura"): the rep owes the deposit invoice.
_ON_INVOICE = re.compile(r"\b(?:invoice|rechnung|facture|factura)\b", re.I)
# A condition or a question: no announcement ("can we pay the deposit in January?", "if we pay ...").
_NOT_ANNOUNCED = re.compile(r"\?|¿|\b(?:if|can we|could we|wenn|falls|können wir|si nous|pouvons-nous|si|podemos|"
                            r"how much|wie viel|combien|cuánto|only|nur|seulement|solo|recién|not|nicht|pas|no)\b", re.I)


def newest_email(ordered: Sequence[Source], last: dict) -> Source | None:
    """The customer's email that is the last interaction (after the rep's newest email and any call note), or None."""
    return next((s for s in ordered if s.direction == "inbound" and f"{s.kind}:{s.id}" == last.get("source")), None)


def offer_in_force(ordered: Sequence[Source], cleaned: dict, before) -> Source | None:
    """The rep's newest email before a moment that names a sum of money: the offer in force the customer accepts."""
    mails = [s for s in ordered if s.direction == "outbound" and s.at < before
             and AMOUNT.search(cleaned.get((s.kind, s.id), ""))]
    return mails[-1] if mails else None


def price_in_force(accepting: str, offer: str) -> str:
    """The price an order is at: the amount the customer's own acceptance names, else the total of the offer, else
    its one amount; "" when the offer names several without a total (the recap says them)."""
    said = [m.group(0).strip() + (r.group(0) if (r := _RATE.match(accepting, m.end())) else "")
            for m in AMOUNT.finditer(accepting)]
    if len(said) == 1 and not aside(accepting, *AMOUNT.search(accepting).span()):
        return said[0]  # with what it is per: "NGN 36,800 per roll", "£2,290/week"
    if said:
        return ""
    found = [m for m in AMOUNT.finditer(offer)]
    if any(aside(offer, *m.span()) for m in found):
        return ""  # "a printer is optional at £180": the price of an extra, not of the order
    totals = [m.group(0).strip() for m in found if _TOTAL.search(offer[max(0, m.start() - 40):m.start()])
              or _TOTAL_AFTER.match(offer, m.end())]
    if totals:
        return totals[-1]
    if len({m.group(0).strip() for m in found}) == 1:
        return found[0].group(0).strip()
    # "NZD 4,950, catered lunch NZD 58 per person": beside sums per head, the one other sum is the price booked
    whole = {m.group(0).strip() for m in found if not _RATE.match(offer, m.end())}
    per_head = all(_PER_HEAD.match(offer, m.end()) for m in found if _RATE.match(offer, m.end()))
    return whole.pop() if len(whole) == 1 and len(found) > 1 and per_head else ""


def aside(text: str, start: int, end: int) -> bool:
    """Whether the amount at start-end is money beside the price: a trade-in, a deposit, a discount, an option."""
    return bool(_NOT_PRICE.search(text[max(0, start - ASIDE_CHARS):start]) or _NOT_PRICE.search(text[end:end + ASIDE_CHARS]))


def order_item(ordered: Sequence[Source], cleaned: dict, last: dict) -> Item | None:
    """The customer's acceptance in the email that is the last interaction, as an open "order" item: its quote the
    accepting sentence, its text the price in force ("" when none is clear), `by` the rep's offer it accepts."""
    src = newest_email(ordered, last)
    if src is None:
        return None
    text = cleaned.get((src.kind, src.id), "")
    sentence = next((text[a:b].strip() for a, b in split_sentences(text) if accepts(text[a:b])), "")
    if not sentence:
        return None
    offer = offer_in_force(ordered, cleaned, src.at)
    offered = cleaned.get((offer.kind, offer.id), "") if offer else ""
    # "SEK 136,000 is ok. But 19 April does not work": a yes naming its price orders at it, whatever else changes
    named = bool(AMOUNT.search(sentence)) and not _CHANGE.search(sentence) and not _recounted(text)
    if _BUT.search(sentence) or (not named and (_CHANGE.search(text) or (offered and counted_again(offered, [text])))):
        return None  # "go ahead, but only 12 cameras", "volvemos a los 3 toldos": a new deal, not the offer ordered
    price = price_in_force(sentence, offered)
    if not AMOUNT.search(sentence):  # "der Kunde ist einverstanden": the price the email names, not an old offer's
        price = _named(text) or ("" if _repriced(ordered, cleaned, offer, src.at) else price)
    return Item(kind="order", text=price, quote=sentence, source_kind=src.kind, source_id=src.id, at=src.at,
                direction="inbound", by=f"{offer.kind}:{offer.id}" if offer else "")


# A count ("12 camionetas", "10 armoires"), not a day of a month ("25 April").
_COUNT = re.compile(r"\b\d+\s+[^\W\d_]{3,}")


def _recounted(text: str) -> bool:
    """Whether a sentence of the email changes a count ("12 camionetas en vez de 10", "10 armoires au lieu de 8"):
    the yes is then to a new deal, even when it names the price."""
    return any(_CHANGE.search(text[a:b]) and any(not _MONTH_DAY.match(text[a:b], m.start())
                                                 for m in _COUNT.finditer(text[a:b])) for a, b in split_sentences(text))


def _named(text: str) -> str:
    """The one price the accepting email names outside a question ("der Kunde ist einverstanden. Bitte buchen Sie die
    Abfahrt zu EUR 8.420"), with what it is per; "" when it names none or several."""
    said = [price_in_force(text[a:b], "") for a, b in split_sentences(text)
            if "?" not in text[a:b] and "¿" not in text[a:b] and AMOUNT.search(text[a:b])]
    return said[0] if len(set(said)) == 1 else ""


def _repriced(ordered: Sequence[Source], cleaned: dict, offer: Source | None, before) -> bool:
    """Whether a call note after the rep's offer names a sum of money: the offer's price is then no longer in force
    ("Neue Abfahrt ... jetzt EUR 8.420" after the email's EUR 7.950)."""
    return offer is not None and any(s.direction == "note" and offer.at < s.at < before
                                     and AMOUNT.search(cleaned.get((s.kind, s.id), "")) for s in ordered)


def payment_item(ordered: Sequence[Source], cleaned: dict, last: dict) -> Item | None:
    """The deposit or payment the customer's newest email announces, as a "payment" item whose text says what the rep
    does next: "paid" (confirm it arrived), "invoice" (send the deposit invoice) or "announced"; None without one."""
    src = newest_email(ordered, last)
    if src is None:
        return None
    text = cleaned.get((src.kind, src.id), "")
    for a, b in split_sentences(text):
        sentence = text[a:b].strip()
        if _PAYMENT.search(sentence) and _PAYING.search(sentence) and not _NOT_ANNOUNCED.search(sentence):
            step = "invoice" if _ON_INVOICE.search(sentence) else ("paid" if _PAID.search(sentence) else "announced")
            return Item(kind="payment", text=step, quote=sentence, source_kind=src.kind, source_id=src.id, at=src.at,
                        direction="inbound")
    return None


# A decision the customer had put off, noted before the order ("Decide después de las vacaciones de invierno", "will
# decide after the board meets", "meldet sich nach den Betriebsferien", "décide à la rentrée"): the order made it.
_PUT_OFF = re.compile(r"\b(?:(?:will |to |'ll )?decides?|deciding|(?:will|'ll) (?:come|get) back|entscheide[nt]?|"
                      r"meldet sich|melden sich|(?:sich )?(?:nach|im) \w+ melden|décide\w*|(?:reviendra|revient) vers|"
                      r"decide[n]?|decidirá\w*|lo (?:piensa|consulta)|(?:nos|me) (?:avisa|confirma) (?:después|tras))\b",
                      re.I)


# The rep holding the date or the thing until the customer decides ("I'll hold the date for you for two weeks", "Je
# vous garde le bureau jusqu'au 31 août", "Ich reserviere Ihnen den Saal bis", "Le reservo la fecha hasta"): the
# order is the booking, so the hold is over.
_HOLD = re.compile(r"\b(?:(?:I|we)(?:'ll| will| can)?\s+(?:\w+\s+)?(?:hold|keep|reserve)|(?:ich|wir)\s+(?:halte|halten|"
                   r"reserviere|reservieren|blocke|blocken)|(?:halte|reserviere|blocke) ich|je vous (?:garde|réserve|"
                   r"bloque)|nous vous (?:gardons|réservons)|(?:le|te|les) (?:reservo|guardo|bloqueo)|reservamos|"
                   r"guardamos)\b[^.?!]*\b(?:for|until|till|bis|für|jusqu'|pendant|hasta|durante|por)\b|"
                   # the hold extended: "Die Reservierung verlängere ich bis ...", "I'll extend the hold to ..."
                   # ... or the room block: "he ampliado el bloqueo hasta el 14 de abril", "the block is extended"
                   r"\b(?:reservierung|option|hold|réservation|reserva|bloqueo|block|blocage|kontingent|contingent)\s+"
                   r"(?:\w+\s+){0,2}?(?:verlängere|extend|prolong|extiend|amplí|ampli)\w*|\b(?:verlänger|extend|prolong|"
                   r"extiend|amplí|ampli)\w*\s+(?:\w+\s+)?(?:the |die |den |das |la |le |el )?(?:reservierung|option|hold|"
                   r"réservation|reserva|bloqueo|block|blocage|kontingent|contingent)\b", re.I)


def repriced_by_order(item: Item, order: Item, offered: set[str]) -> bool:
    """Whether an open line of the rep's, older than the order, prices the deal at figures the order left behind: the
    customer ordered at a price their offer did not name ("vamos con el plan anual a USD 3.200" after "USD 320 por
    mes"), so its amounts in that currency, none of them the price ordered, are no longer in force, on a line of the
    thing ordered (a word of the accepting sentence). Money beside the price (an option, a fee, a deposit) stays."""
    price = priced_amounts(order.text)
    if not price or item.status != "open" or item.kind != "term" or item.direction == "inbound" or item.at >= order.at:
        return False
    values = {v for *_, v in price}
    if values & offered:
        return False  # the offer named the price ordered: its lines are what was ordered
    currencies = {c for c, *_ in price}
    theirs = {(c, v) for c, _, v in priced_amounts(item.quote) if c in currencies}
    return bool(theirs) and not any(v in values for _, v in theirs) and not _NOT_PRICE.search(item.quote) \
        and bool((content(item.quote) & content(order.quote)) - PRICE_WORDS)  # the plan ordered, not an extra


# The rep saying the date or the room is free ("The main hall is free on 14 October", "der Festsaal ist am Freitag, 10.
# Dezember frei", "la salle est disponible le 14", "el salón está libre ese día"): once booked, it is theirs, and said
# again after a hold that lapsed it would promise what nobody checked. A day is named ("free for the first 3 days" is
# a price): a weekday or a day of a month.
_FREE = re.compile(r"\b(?:is|are) (?:still )?(?:free|available) (?:on|that|this|at|in)\b|"
                   r"\b(?:ist|sind)\b[^!?]{0,40}\b(?:noch )?(?:frei|verfügbar)\b|"
                   r"\b(?:est|sont) (?:encore |toujours )?(?:libres?|disponibles?)\b|"
                   r"\b(?:está|están) (?:todavía |aún )?(?:libres?|disponibles?)\b", re.I)
_MONTH_DAY = re.compile(r"\b\d{1,2}(?:er|\.)?\s+(?:de\s+)?(?:jan|f[eé]v|feb|m[aä]r|avr|apr|abr|ma[iy]|jui|jun|jul|"
                        r"ao[uû]|aug|ago|sep|o[ck]t|nov|d[eéi][cz])", re.I)


def settled_by_order(items: list[Item], order: Item | None, cleaned: dict | None = None) -> list[Item]:
    """The items with what the acceptance settled marked so: the accepting sentence itself when it carries no figure,
    the customer's earlier requests and questions for a quote or a price (answered), the rep's promises to send
    one (kept), and the offer's lines priced at what the order left behind (superseded)."""
    if order is None:
        return items
    by = f"{order.source_kind}:{order.source_id}"
    kind, _, number = order.by.partition(":")
    offered = {v for *_, v in priced_amounts((cleaned or {}).get((kind, int(number)) if number.isdigit() else None, ""))}
    out = []
    for item in items:
        if order.by and repriced_by_order(item, order, offered):
            item = replace(item, status="superseded", by=by)
        if item.status == "open" and (item.source_kind, item.source_id) == (order.source_kind, order.source_id) \
                and item.quote.strip() and item.quote.strip() in order.quote and not _FIGURE.search(item.quote) \
                and not _BODY.search(item.quote):
            item = replace(item, status="answered", by=by)  # "we agree the price, please go ahead": the order itself
        elif item.status == "open" and item.at < order.at and item.direction == "note" and _PUT_OFF.search(item.quote):
            item = replace(item, status="answered", by=by)  # "Decide después de las vacaciones": decided now
        elif item.status == "open" and item.at < order.at and _QUOTE_WORDS.search(item.quote):
            if item.direction == "inbound" and item.kind in ("request", "question"):
                item = replace(item, status="answered", by=by)
            elif item.direction in ("outbound", "note") and item.kind == "commitment" and re.search(
                    r"\b(?:send|schick|sende|envo|envi|mand|pas[oa])\w*", item.quote, re.I):
                item = replace(item, status="kept", by=by)
        if item.status == "open" and item.kind == "commitment" and item.direction in ("outbound", "note"):
            item = unconditioned(item)
        out.append(item)
    return out


# The rep's promise waiting on the customer's yes ("Le preparo el contrato marco cuando me confirme", "I'll book it
# once you confirm", "sobald Sie zusagen", "dès votre validation"): the order met it, so it is said without it.
_ON_YES = re.compile(
    r"\s*,?\s*\b(?:(?:once|when|as soon as|after) you(?:'ve| have)? (?:confirm|accept|approve|order|agree|give (?:me |us )?"
    r"the go-?ahead)\w*|on your (?:confirmation|go-?ahead|approval)|(?:upon|on|after) confirmation|once confirmed|"
    r"sobald (?:Sie|ihr|du) (?:\w+ )?(?:bestätigen|zusagen|bestellen|freigeben|annehmen)|nach Ihrer (?:Bestätigung|"
    r"Zusage|Freigabe|Bestellung)|sobald (?:die |Ihre )?(?:Bestätigung|Zusage|Freigabe) (?:da ist|vorliegt)|"
    r"dès (?:que vous (?:aurez )?(?:confirm|valid|accept)\w*|(?:votre|réception de votre) (?:confirmation|validation|"
    r"accord|commande))|après votre (?:confirmation|validation|accord)|quand vous (?:aurez )?(?:confirm|valid)\w*|"
    r"(?:cuando|en cuanto|una vez que|apenas) (?:me |nos )?(?:lo )?(?:confirm|acept|aprueb)\w*|"
    r"(?:tras|con) su (?:confirmación|aprobación|visto bueno))\b[^.!?]*", re.I)


def unconditioned(item: Item) -> Item:
    """A promise of the rep's without its wait for the customer's yes ("Le preparo el contrato marco."), once the
    order is in; the item as it is without one."""
    text = _ON_YES.sub("", item.text)
    return replace(item, text=text) if text != item.text and text.strip() else item


def order_line(state: State, p: dict, recap: Sequence[str] = ()) -> str:
    """The line that opens the draft on the order in force ("Thank you for your order at CHF 2'480."), or ""; its
    price is left to the recap when a line of it says that figure already (the price said once)."""
    order = next(iter(state.open("order")), None)
    if order is None or (lines := (state.last or {}).get("order_lines")):  # each line with its price
        return p["order"].rstrip(".") + (" : " if p["order"].startswith("Merci") else ": ") + lines + "." if order else ""
    said = numbers(" ".join(recap))
    kind = "booking" if is_booking(order.quote) and "booking" in p else "order"  # "we'd like to book": a booking
    if (state.last or {}).get("to_sign") and "agreed" in p:
        kind = "agreed"  # "we accept; please send the contract": a go-ahead, no order yet
    if (state.last or {}).get("pilot") and "pilot" in p:
        kind = "pilot"  # "our director agreed to the pilot": the pilot welcomed, with its terms
    if (thing := (state.last or {}).get("chosen")) and "chosen" in p:
        kind = "chosen"  # "we'll take the half-season box": the line names what was taken
    price = order.text and not numbers(order.text) <= said
    return p[f"{kind}_at" if price else kind].format(x=order.text, t=thing)


def with_order(items: list[Item], ordered: Sequence[Source], cleaned: dict, last: dict, language: str) -> list[Item]:
    """The items with the order in force and the deposit announced by the customer's newest email, and with what
    the acceptance settled closed; `last` (the last interaction) learns whether that email accepts ("Nous validons
    les deux générateurs", a sentence of no kind) and which document it attaches."""
    newest = [cleaned[(o.kind, o.id)] for o in ordered if o.direction == "inbound" and f"{o.kind}:{o.id}" == last.get("source")]
    last["accepted"] = any(accepts(text) for text in newest)
    last["to_sign"] = any(_TO_SIGN.search(text) and not _ORDERS.search(text) for text in newest)
    last["received"] = next((doc for text in newest if (doc := received_document(text, language))), "")
    src = newest_email(ordered, last)
    sent = offer_in_force(ordered, cleaned, src.at) if src is not None else None  # what "signed it" signed
    sent_text = cleaned.get((sent.kind, sent.id), "") if sent is not None else ""
    last["offer_in_force"] = f"{sent.kind}:{sent.id}" if sent is not None else ""  # what a PO covers (pocover.py)
    last["signed"] = next((doc for text in newest if (doc := signed_document(text, language, sent_text))), "")
    last["received"] = last["received"] or last["signed"]  # a yes in writing, said as received (signedback.py)
    if not last["received"] and (last["accepted"] or any(_ORDERS.search(text) for text in newest)):
        # "we confirm the order, our PO is MC-0392": the PO an order email gives by its number is received too
        last["received"] = next((doc for text in newest if (doc := given_number(text, language))), "")
        last["given"] = bool(last["received"])
        items = given_over(items, last)
    order = order_item(ordered, cleaned, last)
    items, order = with_lines(items, order, ordered, cleaned, last, language)  # "48 Polder Farmers at EUR 22.50"
    # the thing taken by name when the offer priced several ("we'll take the half-season box"): the line names it
    last["chosen"] = chosen(order.quote) if order is not None and not order.text else ""
    if order is not None and last["chosen"] and order.by:
        kind, _, number = order.by.partition(":")  # the price the offer gives the thing taken
        offer = cleaned.get((kind, int(number)), "")
        last["chosen"] = longest_label(last["chosen"], order.quote, offer)  # "SR-2 Pro", not "SR-2"
        order = replace(order, text=price_of(last["chosen"], offer))
    if order is not None and last["chosen"]:
        items = passed_over(items, last["chosen"], order)  # "Alternativ 6 Business-Seats": not what was taken
    last["pilot"] = order is not None and is_pilot(order.quote)  # "agreed to the pilot": its terms, not an order
    term = next((i for i in reversed(items) if last["pilot"] and i.status == "open" and i.kind == "term"
                 and i.direction != "inbound" and i.at < order.at and pilot_terms(i.quote)), None)
    if last["pilot"]:  # "Pilot agreed in principle: 10 vans for 60 days": said once, in the welcoming line (the
        # offer's price is the contract's after the pilot, not the pilot's)
        order = replace(order, text=pilot_terms(term.quote) if term is not None else "")
        items = [replace(i, status="kept", by=last["source"]) if i is term else i for i in items]
    if last["accepted"]:  # "wir buchen fix", also with a new count: the hold and "is free" are over
        items = [replace(i, status="kept", by=last.get("source", "")) if i.status == "open" and i.direction != "inbound"
                 and (_HOLD.search(i.quote) or (_FREE.search(i.quote) and (DAY_MENTION.search(i.quote)
                                                                       or _MONTH_DAY.search(i.quote))))
                 and any(i.at < o.at for o in ordered if f"{o.kind}:{o.id}" == last.get("source"))
                 else i for i in items]
    # "dann kann unser Einkauf bestellen": a go-ahead too, though nothing is booked yet (the date held stays said)
    last["accepted"] = last["accepted"] or any(order_to_come(text) for text in newest)
    payment = payment_item(ordered, cleaned, last)
    items = settled_by_order(items, order, cleaned) + [i for i in (order, payment) if i is not None]
    # what the order or signature left behind: the offer's validity, a priced part it turns down ("kein Mietservice")
    # an order placed (in words or with a PO), not only a yes that still waits for the contract ("Director agrees")
    last["ordered"] = bool(last["received"]) or any(_ORDERS.search(text) for text in newest)
    at = src.at if src is not None else None
    items = validity_over(items, last, at)
    items = declined_over(items, newest[0] if newest else "", order.quote if order is not None else "", last, at)
    sends = needed(items, ordered, cleaned, last, language) if order is not None or last["ordered"] else []
    # "Frau Bühler braucht noch eine Auftragsbestätigung": the rep's line sending it says that sentence
    return order_conditions([replace(i, status="answered", by=f"{i.source_kind}:{i.source_id}") if i.status == "open" and any(
        (i.source_kind, i.source_id, i.quote.strip()) == (n.source_kind, n.source_id, n.quote) for n in sends)
        else i for i in items] + sends, src, cleaned, last, language)  # its conditions: conditions.py


def needed(items: list[Item], ordered: Sequence[Source], cleaned: dict, last: dict, language: str) -> list[Item]:
    """The rep sending the document the order email says is still needed, as a request answered by the draft ("Ich
    schicke Ihnen eine formelle Auftragsbestätigung mit Liefertermin."); [] when none is, or a line says it already."""
    src = newest_email(ordered, last)
    text = cleaned.get((src.kind, src.id), "") if src else ""
    for a, b in split_sentences(text):
        sentence, doc = text[a:b].strip(), needed_document(text[a:b], language)
        # a request of that sentence already said (its text the rep's line) is not said twice; a textless one is
        if doc and not any(i.kind == "request" and i.status == "open" and i.text and i.quote.strip() == sentence
                           for i in items):
            said = f"{doc} {by_day(sentence)}".strip()  # "... avant le vendredi 30 avril": the day it is needed by
            return [Item(kind="request", text=SEND_LEADS.get(language, SEND_LEADS["en"]).format(x=said), quote=sentence,
                         source_kind=src.kind, source_id=src.id, at=src.at, direction="inbound")]
    return []

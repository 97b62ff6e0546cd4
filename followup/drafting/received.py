"""What the customer's newest email sends us, acknowledged first: a purchase order or a signed contract attached
("PO 2026-118 attached", "anbei unsere Bestellung", "ci-joint le bon de commande", "adjunto la orden de compra")
is said back as received ("I've received PO 2026-118."), and so is a PO number an order email gives inline ("our PO
is MC-0392", "unsere Bestellnummer ist LH-33-118", "bon de commande n° FS-0417", "la orden de compra es la OC 7731");
one only announced ("The PO number will be BL-4471 once it's approved") is not yet received. A thing the draft would
otherwise pass over: blind readers marked drafts that never took up the order the customer had just sent."""
from __future__ import annotations

import re
from dataclasses import replace

from followup.drafting.items import Item, State
from followup.drafting.pocover import covers

# Saying a thing comes with the email, per language.
ATTACHED = {
    "en": r"\b(?:attached|enclosed|attaching|please find|here is|here's)\b",
    "de": r"\b(?:anbei|im anhang|beigefügt|angehängt|hiermit)\b",
    "fr": r"\b(?:ci-joint|ci-jointe|en pièce jointe|en pj|vous trouverez|voici)\b",
    "es": r"\b(?:adjunto|adjunta|adjuntamos|adjuntos|le env[íi]o|te env[íi]o|anexo|aquí (?:va|tiene|tienes))\b",
}

# The document, with the words it is said back with (an article where the language needs one), per language.
_DOCS = {
    "en": [(r"(?:PO|P\.O\.|purchase order)", "PO"), (r"signed (?:contract|agreement)", "the signed contract"),
           (r"signed (?:offer|quote|quotation|proposal)", "the signed offer")],
    "de": [(r"Bestellung", "die Bestellung"), (r"Auftragsbestätigung", "die Auftragsbestätigung"),
           (r"(?:unterschriebenen |unterzeichneten )?Vertrag", "den Vertrag"), (r"Auftrag", "den Auftrag")],
    "fr": [(r"bon de commande", "le bon de commande"), (r"contrat signé", "le contrat signé"),
           (r"devis signé", "le devis signé"), (r"commande", "la commande")],
    "es": [(r"orden de compra", "la orden de compra"), (r"contrato firmado", "el contrato firmado"),
           (r"presupuesto firmado", "el presupuesto firmado"), (r"pedido", "el pedido")],
}

# The document's own number ("PO 2026-118", "Bestellung Nr. 4711", "n° BC-0412"): said with it.
_NUMBER = r"(?:\s+(?:no\.?|nr\.?|n°|n\.º|#)?\s*(?P<no>[A-Z]{0,4}-?\d[\w/-]*))?"


# A PO number given inline, per language: the document's name, a number word or "is"/":", then the number ("PO number
# BB-2033-041", "our PO is MC-0392", "Bestellnummer ist LH-33-118", "n° de commande : FS-0417", "OC 7731"); the
# number holds a digit and is three characters or more (not "the PO is 2 days late").
_NO = r"(?P<no>(?:[A-Z]{1,4}[- ])?(?=[\w/-]{3,})[A-Z]{0,4}-?\d[\w/-]*)"
_INLINE = {
    "en": [(r"(?:PO|P\.O\.|purchase order)(?:\s+(?:number|no\.?|nr\.?|#|ref(?:erence)?))?\s*(?:\bis\b|:|#)?", "PO")],
    "de": [(r"(?:Bestell|Auftrags)(?:nummer|-?nr\.?)\s*(?:\bist\b|\blautet\b|:)?", "die Bestellung"),
           (r"Bestellung\s+(?:Nr\.?|Nummer)\s*", "die Bestellung")],
    "fr": [(r"bon de commande\s*(?:n[°o]\.?|numéro)?\s*(?:\best(?: le)?\b|:)?", "le bon de commande"),
           (r"(?:numéro|n°) de (?:bon de )?commande\s*(?:\best(?: le)?\b|:)?", "la commande")],
    "es": [(r"orden de compra\s*(?:n[°º.]|número|#)?\s*(?:\bes(?: la| el)?\b|:)?", "la orden de compra"),
           (r"(?:número|n[°º.]) de (?:pedido|orden(?: de compra)?)\s*(?:\bes(?: el| la)?\b|:)?", "el pedido")],
}
# A PO only announced, or asked about: its number is not yet the order's ("will be BL-4471 once it's approved", "wird
# ... lauten, sobald", "sera ... dès que", "será ... cuando").
_NOT_YET = re.compile(r"\?|¿|\b(?:will|'ll|shall|going to|once|when|as soon as|after|pending|follow|"
                      r"wird|werden|sobald|wenn|nach der|folgt|sera|suivra|dès que|une fois|quand|lorsque|"
                      r"será|cuando|en cuanto|una vez|apenas|llegará)\b", re.I)


def given_number(text: str, language: str) -> str:
    """The PO an email gives inline by its number in a sentence that states it ("our PO is MC-0392" -> "PO MC-0392",
    "La orden de compra es la OC 7731" -> "la orden de compra OC 7731"), or ""; the caller takes it as received only
    from an email that orders."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text or ""):
        if _NOT_YET.search(sentence):
            continue
        for pattern, said in _INLINE.get(language, _INLINE["en"]):
            m = re.search(rf"\b{pattern}\s*{_NO}", sentence, re.I)
            if m:
                return f"{said} {m.group('no')}"
    return ""


def given_over(items: list[Item], last: dict) -> list[Item]:
    """The items with the customer's own lines of the newest email that only give the PO's number ("your PO is
    MC-0392") answered: the received line says it; a line with another figure ("Bestellung über 9.240 EUR") stays."""
    number = (last.get("received") or "").rsplit(" ", 1)[-1] if last.get("given") else ""
    if not number:
        return items
    src = last.get("source", "")
    return [replace(i, status="answered", by=src) if i.status == "open" and i.direction == "inbound"
            and f"{i.source_kind}:{i.source_id}" == src and number in i.text
            and not re.search(r"\d", i.text.replace(number, "")) else i for i in items]


def received(state: State, p: dict, join=None) -> list[str]:
    """The line that says the purchase order or signed contract the customer's newest email attached was received,
    with what it covers when the draft says the offer's lines nowhere else (pocover.py), and each thing the rep had
    waited for that it sent, or [] (only when that email is the last interaction: state.py reads it)."""
    doc = (state.last or {}).get("received")
    if signed_line(state, p):
        return []  # the draft opens by thanking for the signed document
    # what the customer was waited for and just sent ("J'attends la liste des tailles", then "Voici la liste"): donesince.py
    done = [p["received"].format(doc=thing) for thing in dict.fromkeys((state.last or {}).get("done", [])) if thing != doc]
    if doc and join is not None and "received_for" in p and (x := covers(state, join, p)):
        return [p["received_for"].format(doc=doc, x=x)] + done
    return ([p["received"].format(doc=doc)] if doc else []) + done


def signed_line(state: State, p: dict) -> str:
    """The opening that thanks for the signed document the customer's newest email sent back ("Thank you for the
    signed agreement."), when no order line opens the draft; "" otherwise."""
    last = state.last or {}
    if not last.get("signed") or state.open("order") or last.get("direction") != "inbound" or "signed_thanks" not in p:
        return ""
    return p["signed_thanks"].format(doc=last["signed"])


def received_document(text: str, language: str) -> str:
    """The document an email's sentence says it attaches, as the draft names it ("PO 2026-118", "la orden de
    compra"), or ""."""
    attached = re.compile(ATTACHED.get(language, ATTACHED["en"]), re.I)
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text or ""):
        if not attached.search(sentence):
            continue
        for pattern, said in _DOCS.get(language, _DOCS["en"]):
            m = re.search(rf"\b{pattern}\b{_NUMBER}", sentence, re.I)
            if m:
                return f"{said} {m.group('no')}" if m.group("no") else (said if said != "PO" else "your PO")
    return ""

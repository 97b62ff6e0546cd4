"""What the customer's newest email sends us, acknowledged first: a purchase order or a signed contract attached
("PO 2026-118 attached", "anbei unsere Bestellung", "ci-joint le bon de commande", "adjunto la orden de compra")
is said back as received ("I've received PO 2026-118."). A thing the draft would otherwise pass over: blind readers
marked drafts that never took up the order the customer had just sent."""
from __future__ import annotations

import re

from followup.drafting.items import State
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


def received(state: State, p: dict, join=None) -> list[str]:
    """The line that says the purchase order or signed contract the customer's newest email attached was received,
    with what it covers when the draft says the offer's lines nowhere else (pocover.py), or [] (only when that email
    is the last interaction: state.py reads it)."""
    doc = (state.last or {}).get("received")
    if signed_line(state, p):
        return []  # the draft opens by thanking for the signed document
    if doc and join is not None and "received_for" in p and (x := covers(state, join, p)):
        return [p["received_for"].format(doc=doc, x=x)]
    return [p["received"].format(doc=doc)] if doc else []


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

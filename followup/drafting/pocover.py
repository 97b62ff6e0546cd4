"""What the customer's purchase order covers, said with it: the PO the newest email sends against the rep's offer in
force ("PO HP-77310 attached against your revised quote of 4 Feb") is said back with that offer's priced lines ("I've
received PO HP-77310 for 64 kits at £96.50 = £6,176.00 and total £6,609.20 ex VAT."). Blind readers marked drafts
that acknowledged a PO number without saying what it was for: the rep confirms the item, count and price ordered.
The lines are the rep's own, word for word (grounded); a total no source gives is never computed. The papers the
order email says are still needed (an order confirmation, a certificate of insurance, a safety data sheet) are read
here too: the rep sends them (order.py says the line)."""
from __future__ import annotations

import re
from typing import Callable, Sequence

from followup.drafting.figures import AMOUNT
from followup.drafting.items import Item, State

# An offering lead before a colon ("Revised as discussed:", "Here's the quote we talked about:", "wie vereinbart:",
# "Comme convenu :", "Como platicamos:"): not part of what was ordered, cut when a priced line follows.
_LEAD = re.compile(r"^(?:[^\d:]{0,60}?\b(?:revised|as (?:discussed|agreed|promised)|here(?:'s| is)|the (?:revised|updated) "
                   r"(?:quote|offer)|überarbeitet\w*|wie (?:besprochen|vereinbart|versprochen)|comme (?:convenu|promis|"
                   r"discuté)|révisé\w*|como (?:platicamos|acordamos|quedamos|prometido)|revisad\w*)\b[^\d:]{0,40}):\s*",
                   re.I)

# The offer's total line ("Total £6,609.20 ex VAT", "Gesamt 12.400 €", "Total : 9 250 € HT", "Total: USD 8,000"): said
# after the lines it sums, not as one more of them ("... and total £6,609.20").
_TOTAL_LINE = re.compile(r"^(?:grand\s+)?(?:total|gesamt\w*|insgesamt|summe|montant total|soit)\b", re.I)

# A total joined to the lines before it as one more of them (", 12 wall brackets at £35 and Total £5,340.00"): said
# after a semicolon, as the sum of what comes before.
_AND_TOTAL = re.compile(r",?\s+(?:and|und|et|y)\s+(?=(?:Total|total|Gesamt\w*|insgesamt)\b)")

# At most this many of the offer's priced lines said with the PO: a longer offer is the recap's, not one sentence's.
MAX_COVER_LINES = 4


def offer_lines(items: Sequence[Item], offer: str) -> list[Item]:
    """The priced lines ("term" items naming a sum) of the rep's email `offer` ("message:5"), in their order."""
    return [i for i in items if i.kind == "term" and i.direction == "outbound" and i.text
            and f"{i.source_kind}:{i.source_id}" == offer and AMOUNT.search(i.text)]


def unled(text: str) -> str:
    """A priced line without the offering lead before its colon ("revised as discussed: 48 ft ..." -> "48 ft ...")."""
    m = _LEAD.match(text)
    return text[m.end():] if m and AMOUNT.search(text[m.end():]) else text


def covers(state: State, join: Callable[[list[str], str], str], p: dict) -> str:
    """The offer's priced lines the PO covers, joined ("64 kits at £96.50 = £6,176.00 and total £6,609.20 ex VAT"),
    or "": only when the draft would otherwise say none of them (every line closed by the PO's email, none open)."""
    last = state.last or {}
    offer = last.get("offer_in_force", "")
    if not offer or last.get("order_lines") or last.get("chosen"):
        return ""  # the order's own lines or the thing taken are said already (orderlines.py, chosen.py)
    lines = offer_lines(state.items, offer)
    # each line closed by the PO's own email: one a later note or email repriced is no longer what the PO covers
    if not lines or len(lines) > MAX_COVER_LINES or any(i.status == "open" or i.by != last.get("source") for i in lines):
        return ""
    # a line whose every sum another line says too ("the 4.2\" label is $16.40" beside "600 x 4.2\" at $16.40") is an
    # answer about one of them, not one more thing ordered
    lines = [i for i in lines if not _said_elsewhere(i, lines)]
    said = [_AND_TOTAL.sub("; ", unled(i.text).rstrip(" ."), count=1) for i in lines]
    total = said.pop() if len(said) > 1 and _TOTAL_LINE.match(said[-1]) else ""
    return join(said, p["and"]) + (f"; {total}" if total else "")


def _said_elsewhere(line: Item, lines: Sequence[Item]) -> bool:
    """Whether another of the offer's priced lines says every sum of this one and more."""
    def sums(i: Item) -> set[str]:
        """The sums a line names."""
        return {m.group(0).strip() for m in AMOUNT.finditer(i.text)}
    return any(sums(line) < sums(i) for i in lines if i is not line)


# The papers a customer asks for with or before an order, beside the order's own documents: insurance, safety and
# analysis certificates, REACH, material certificates and a customs invoice, per language ("a certificate of
# insurance", "das Sicherheitsdatenblatt", "le certificat d'analyse", "el certificado de material").
PAPERS = (r"certificates? of insurance|insurance certificates?|safety data sheets?|(?-i:SDS|CoA|COI)|certificates? of analysis|"
          r"(?:material|mill|test) certificates?|commercial invoice|REACH (?:declaration|statement|certificate)|"
          r"sicherheitsdatenbl[aä]tt(?:er)?|analysenzertifikat|(?:material|werks|abnahmeprüf)zeugnis(?:se)?|"
          r"versicherungs(?:nachweis|bestätigung)|handelsrechnung|REACH-(?:Erklärung|Bestätigung)|"
          r"fiches? de données de sécurité|(?-i:FDS)|certificats? d'analyse|certificats? matière|attestation d'assurance|"
          r"facture commerciale|fiche REACH|fichas? de datos de seguridad|hojas? de seguridad|"
          r"certificados? de (?:análisis|material|seguro)|factura comercial")
# The paper named first and the need after it ("Das Sicherheitsdatenblatt brauche ich vorher", "The SDS we need
# before delivery", "Le certificat d'analyse, il nous le faut", "El certificado de material lo necesitamos").
_FIRST = {"en": r"(?:the)", "de": r"(?:das|die|den|eine[nm]?|ein)", "fr": r"(?:le|la|les|l')", "es": r"(?:el|la|los|las)"}
_NEED_AFTER = {"en": r",?\s+(?:we|I)\s+(?:(?:will|still)\s+)?(?:need|require)\b",
               "de": r"\s+(?:brauche|braucht|brauchen|benötige|benötigt|benötigen)\b",
               "fr": r",?\s+(?:il\s+(?:nous|me)\s+(?:le|la|les)\s+faut|(?:nous\s+en\s+avons|j'en\s+ai)\s+besoin)\b",
               "es": r",?\s+(?:lo|la|los|las)\s+(?:necesito|necesitamos|necesitan|requerimos)\b"}

# A need said away after the verb ("brauchen wir nicht mehr", "we need it no longer").
_NOT_NEEDED = re.compile(r"\W*(?:\w+\W+){0,2}?(?:nicht|kein\w*|not|no longer|ya no|no)\b", re.I)


def paper_first(sentence: str, language: str, docs: str) -> str:
    """The document (of the alternation `docs`) a sentence names before saying the customer needs it ("Das
    Sicherheitsdatenblatt brauche ich vorher" -> "das Sicherheitsdatenblatt"), or ""."""
    if language not in _FIRST:
        return ""
    m = re.match(rf"\s*(?P<doc>{_FIRST[language]}\s*(?:[\w'’-]+\s+){{0,2}}?(?:{docs}))\b{_NEED_AFTER[language]}",
                 sentence, re.I)
    if not m or _NOT_NEEDED.match(sentence, m.end()):
        return ""  # "Das Sicherheitsdatenblatt brauchen wir nicht": no need
    return m.group("doc")[0].lower() + m.group("doc")[1:]


# A document the customer says they still need to go on with the order ("Frau Bühler braucht noch eine formelle
# Auftragsbestätigung mit Liefertermin", "il nous faut le bon de commande", "we need a pro forma invoice"): the rep
# sends it. The thing is a determiner, up to three words and a document word, with what it is "with" after it.
_DOC_WORDS = (PAPERS + r"|order confirmation|confirmation of (?:the )?order|(?:pro ?forma |deposit )?invoice|pro ?forma|contract|"
              r"purchase order form|auftragsbestätigung|bestellbestätigung|(?:proforma|vorauszahlungs|anzahlungs)?rechnung|"
              r"vertrag|(?:schriftliche[ns]? )?angebot|written (?:offer|quote)|"
              r"confirmation de commande|facture(?: pro ?forma| d'acompte)?|pro ?forma|contrat|bon de commande|"
              r"confirmación (?:del? )?pedido|factura(?: pro ?forma| del anticipo)?|proforma|contrato|orden de compra")
# The verb of still needing a document, per language ("still need", "brauche noch").
NEEDS = {
    "en": r"\b(?:need|needs|still need|still needs|require|requires)\s+",
    "de": r"\b(?:brauche|braucht|brauchen|benötige|benötigt|benötigen)\s+(?:\w+\s+){0,2}?(?:noch\s+)?",
    "fr": r"\b(?:il (?:nous|me|lui|leur) faut|(?:nous avons|j'ai|il a|elle a) besoin d[eu']?)\s*",
    "es": r"\b(?:necesita|necesitamos|necesitan|necesito|nos hace falta|me hace falta)\s+",
}
_NEEDED = r"(?P<doc>(?:an?|the|your|eine[nm]?|ein|die|den|das|Ihre[nm]?|le|la|l'|un|une|votre|el|la|una|un|su)\s*" \
          r"(?:[\w'’-]+\s+){0,3}?(?:" + _DOC_WORDS + r")\b(?:\s+(?:schriftlich|in writing|par écrit|por escrito))?" \
          r"(?:\s+(?:mit|with|avec|con)\s+(?:(?:der|dem|den|the|la|le|les|el|los)\s+)?(?:[^\W\d_]+\s+)?[^\W\d_]+)?" \
          r"(?:\s+(?:and|und|et|y)\s+(?:(?:an?|the|eine[nm]?|ein|die|den|das|le|la|une|un|el|una)\s+|l')[^\W\d_]+" \
          r"(?:\s+(?:de|of|für|del?)\s+[^\W\d_]+)?)?)"
# The rep's lead for a needed document, per language.
SEND_LEADS = {"en": "I'll send {x}.", "de": "Ich schicke Ihnen {x}.", "fr": "Je vous envoie {x}.", "es": "Le envío {x}."}


def needed_document(sentence: str, language: str) -> str:
    """The document a sentence says the customer still needs ("eine formelle Auftragsbestätigung mit Liefertermin"),
    or ""; a question asks, it does not state a need."""
    if "?" in sentence or "¿" in sentence:
        return ""
    m = re.search(NEEDS.get(language, NEEDS["en"]) + _NEEDED, sentence, re.I)
    doc = m.group("doc").strip() if m else paper_first(sentence, language, _DOC_WORDS)  # "Das ... brauche ich"
    if not doc:
        return ""
    if language == "en":
        doc = re.sub(r"^(?:your|an?)\b", "the", doc, flags=re.I)  # "we need an order confirmation": "the ..."
    return doc

"""A signed document sent back is a yes: "Signed order form attached", "Forms signed and scanned", "Förderantrag
unterschrieben", "ordre de service signé", "contrato firmado". Blind readers marked drafts that never took up the
signature and re-offered the terms, or pasted "Application forms attached, please sign pages 4 and 7" again: the
draft says the signed document was received, and the rep's older asks to sign and bare attachment lines are over."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.billedto import billed_line
from followup.drafting.conditions import condition_line
from followup.drafting.figures import AMOUNT
from followup.drafting.items import Item
from followup.drafting.sentences import Source

# The word that says a thing was signed, per language (a past participle: done, not asked).
_SIGNED = {
    "en": r"\b(?:signed|countersigned|executed)\b",
    "de": r"\b(?:unterschrieben\w*|unterzeichnet\w*|gegengezeichnet\w*)\b",
    # the accent tells "signé" (done) from "je signe" (to come)
    "fr": r"\b(?:contre)?sign(?:é|ée|és|ées)(?![\w-])",
    "es": r"\b(?:firmad[oa]s?|rubricad[oa]s?|firm(?:ó|é|amos|aron))\b",
}
# A signature whose document is a pronoun or left unsaid, the document being the one the rep sent to sign ("Alma
# signed it, PDF attached", "Firmado, te lo mando adjunto", "je l'ai signé", "ich habe ihn unterschrieben"); a bare
# "Signed," opens the sentence alone ("Signed letter attached" names another document).
_PRONOUN = {
    "en": r"\b(?:signed|countersigned)\s+(?:it|them|both)\b(?!\s+off\b)|\b(?:it's|it is|it has been|all|both)\s+"
          r"signed\b(?!\s+off\b)|^\W*signed\s*(?:[,.;:!&-]|and\b|$)|"
          # "Jess signed, it's attached", "We have signed.": the signer named, the document left unsaid
          r"^\W*(?:[A-Z][\w'’-]+|we|I)\s+(?:(?:has|have|just|already)\s+)*signed\s*(?:[,.;:!&]|and\b|$)",
    "de": r"\b(?:ihn|es|beide)\s+(?:\w+\s+){0,2}?(?:unterschrieben|unterzeichnet)\b|"
          r"^\W*(?:unterschrieben|unterzeichnet)\s*(?:[,.;:!&-]|und\b|anbei\b|retour\b|zurück\b|$)|"
          # "Wir haben unterschrieben!", "On a signé !", "¡Ya firmamos!": the signers said, the document left unsaid
          r"^\W*(?:wir|ich)\s+hab(?:en|e)\s+(?:(?:schon|bereits|jetzt)\s+)?(?:unterschrieben|unterzeichnet)\s*(?:[,.;:!&]|$)",
    "fr": r"\b(?:l'|les\s+)(?:ai|avons|a|ont)\s+(?:\w+\s+)?sign(?:é|ée|és|ées)(?![\w-])|"
          r"^\W*sign(?:é|ée|és|ées)\s*(?:[,.;:!&]|et\b|$)|"
          r"^\W*(?:on a|nous avons|j'ai)\s+(?:(?:déjà|bien)\s+)?sign(?:é|ée|és|ées)\s*(?:[,.;:!&]|$)",
    "es": r"\b(?:lo|la|los|las)\s+(?:he|hemos|ha|han)\s+firmad[oa]s?\b|"
          r"\b(?:lo|la|los|las)\s+firm(?:ó|é|amos|aron)\b|"
          r"^\W*firmad[oa]s?\s*(?:[,.;:!&]|y\b|$)|^\W*(?:ya\s+)?firm(?:amos|é|ó|aron)\s*(?:[,.;:!&]|$)",
}
# The signed document named when the rep's email that went out to be signed names none.
_COPY = {"en": "the signed copy", "de": "das unterschriebene Exemplar", "fr": "l'exemplaire signé",
         "es": "la copia firmada"}
# The documents a customer signs to say yes, with the words the draft says them back with, per language (German
# compounds keep their head noun: "Förderantrag", "Leasingvertrag").
_DOCS = {
    "en": [(r"(?:(?:order|booking|application|consent|registration|enrolment|sign-?up)\s+)?forms?|contracts?|"
            r"agreements?|quotes?|quotations?|offers?|proposals?|leases?|engagement letter|statement of work|mandate|"
            r"cop(?:y|ies)",
            "the signed {d}")],
    "de": [(r"[A-ZÄÖÜ]?\w*(?:verträge|anträge|aufträge)", "die unterschriebenen {d}"),
           (r"[A-ZÄÖÜ]?\w*(?:vertrag|antrag|auftrag)", "den unterschriebenen {d}"),
           (r"[A-ZÄÖÜ]?\w*(?:angebot|formular)", "das unterschriebene {d}"),
           (r"[A-ZÄÖÜ]?\w*(?:vereinbarung|bestellung|auftragsbestätigung|offerte)", "die unterschriebene {d}")],
    "fr": [(r"ordre de service|offre", "l'{d} signé"), (r"contrat|devis|bon de commande|bail|formulaire|mandat",
                                                        "le {d} signé"),
           (r"convention|proposition", "la {d} signée")],
    "es": [(r"contrato|presupuesto|pedido|formulario|convenio|acuerdo", "el {d} firmado"),
           (r"orden de compra|propuesta|oferta|solicitud|póliza", "la {d} firmada")],
}
# A signature still to come or wanted ("once signed", "not signed yet", "to be signed", "avant signature"): no yes.
_NOT_YET = re.compile(r"\b(?:not|n't|once|when|if|will|to be|before|until|nicht|noch|sobald|wenn|falls|bevor|pas|"
                      r"dès|si|avant|quand|no|cuando|antes|hasta|next|tomorrow|nächst\w*|morgen|prochain\w*|demain|"
                      r"próxim\w*|mañana|"  # a signed copy wanted: "we need a signed quote", "il nous faut"
                      r"need\w*|require\w*|want|brauch\w*|benötig\w*|besoin|faut|necesit\w*|falta)\b", re.I)
# A signed copy still to be sent or owed, per language ("Koldo enviará el pedido firmado esta semana", "il nous
# renverra le devis signé", "we must upload the signed proposal").
_LATER = {
    "en": r"\b(?:must|shall|going to|later)\b|'ll\b",
    "de": r"\b(?:muss\w*|wird|werden|später)\b",
    "fr": r"\b(?:\w+r(?:a|ont|ons)|doi[st]|devons|plus tard)\b",
    "es": r"\b(?:\w+(?:ará|erá|irá|arán|erán|irán)|v[ao]n? a|vamos a|tiene que|tenemos que|hay que|"
          r"más tarde)\b",
}
_CLAUSES = re.compile(r"[,;]|\b(?:and|und|et|y)\b")
# A list item under a lead ("we must upload the following: - signed price proposal"): the lead says what it is.
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)])\s")
# Words between the document and the word that signs it, at most ("Forms signed", "order form, signed and dated").
GAP_WORDS = 3


def signed_document(text: str, language: str, sent: str = "") -> str:
    """The document an email says the customer signed, as the draft says it back ("the signed order form", "den
    unterschriebenen Förderantrag"), or "": only in a sentence that asks nothing and says no signature still to come;
    "signed it" names the document of `sent`, the rep's email before it."""
    signed = re.compile(_SIGNED.get(language, _SIGNED["en"]), re.I)
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text or ""):
        sign = signed.search(sentence)
        if not sign or "?" in sentence or "¿" in sentence or _NOT_YET.search(sentence) or _LIST_ITEM.match(sentence):
            continue
        clause = next(c for c in _CLAUSES.split(sentence[sign.start():]) if c.strip())
        if re.search(_LATER.get(language, _LATER["en"]), sentence[:sign.start()].split(",")[-1] + clause, re.I):
            continue  # its own clause sends it later; "Signed form attached, we'll transfer the 50%" is a yes
        for pattern, said in _DOCS.get(language, _DOCS["en"]):
            gap = rf"(?:\W+\w+){{0,{GAP_WORDS}}}?\W+"
            m = re.search(rf"(?<![\w-])(?P<d>{pattern})\b{gap}{_SIGNED.get(language, _SIGNED['en'])}|"
                          rf"{_SIGNED.get(language, _SIGNED['en'])}{gap}(?P<e>{pattern})\b", sentence, re.I)
            if m:
                doc = m.group("d") or m.group("e")
                if re.fullmatch(r"cop(?:y|ies)", doc, re.I) and _named(sent, language):
                    return _named(sent, language)  # "Signed copy attached": of the lease the rep sent
                return said.format(d=doc if language == "de" else doc.lower())
        if re.search(_PRONOUN.get(language, _PRONOUN["en"]), sentence.strip(), re.I):
            return _named(sent, language) or _COPY.get(language, _COPY["en"])
    return ""


def _named(text: str, language: str) -> str:
    """The first signable document a text names, as a signed one is said back ("the signed agreement"), or ""."""
    found = [(m.start(), said.format(d=m.group(0) if language == "de" else m.group(0).lower()))
             for pattern, said in _DOCS.get(language, _DOCS["en"])
             for m in re.finditer(rf"(?<![\w-])(?:{pattern})\b", text or "", re.I)]
    return min(found)[1] if found else ""


# The rep asking for a signature or a return ("please sign pages 4 and 7", "bitte unterschreiben Sie", "merci de
# signer", "por favor firme"), and a line that only hands over an attachment: over once the signed copy is back.
_ASK_SIGN = re.compile(r"\b(?:please (?:sign|return|countersign)|sign and return|bitte (?:\w+ )?(?:unterschreiben|"
                       r"unterzeichnen|zurücksenden)|merci de (?:signer|nous retourner|retourner)|à (?:signer|retourner)|"
                       r"(?:por favor|favor de) (?:firm|devolv)\w*|para firmar)\b", re.I)
_ONLY_ATTACHED = re.compile(r"^\W*(?:[\w-]+\s+){0,4}?(?:attached|enclosed|anbei|im anhang|ci-joint\w*|en pièce jointe|"
                            r"adjunt[oa]s?)\W*$", re.I)


def signature_over(items: list[Item], ordered: Sequence[Source], last: dict, language: str = "en") -> list[Item]:
    """The items with the rep's older asks to sign and bare attachment lines kept, once the customer's newest email
    sent the signed document back; its own sentence saying so, with no figure, is said by the received line."""
    if not last.get("signed"):
        return items
    at = next((s.at for s in ordered if f"{s.kind}:{s.id}" == last.get("source")), None)
    if at is None:
        return items
    by = last["source"]
    return [replace(i, status="kept", by=by) if i.status == "open" and i.direction == "outbound"
            and i.at < at and (_ASK_SIGN.search(i.quote) or _ONLY_ATTACHED.match(i.quote))
            # a sum of money in the line is a term in force, said with the order
            and not AMOUNT.search(i.quote)
            else replace(i, status="answered", by=by) if i.status == "open" and i.direction == "inbound"
            and f"{i.source_kind}:{i.source_id}" == by and not re.search(r"\d", i.quote)
            # "Contrat signé en PJ, au nom de Soles Sud SAS": the name the invoices go out in is still said
            and not (billed_line(i.text) or condition_line(i.text))
            and signed_document(i.quote, language) else i for i in items]

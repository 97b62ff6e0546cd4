"""The written offer or deal document a call note says the customer wants by a day ("Wants written quote by
Thursday", "Contract to Acme Ltd by Friday"), said as the rep's own promise to send it."""
from __future__ import annotations

import re

from followup.drafting.billedto import firm_form, firm_name
from followup.drafting.promised import article
from followup.text.dates import month_prefixes

# The written offer a note says the customer wants by a day ("Wants written quote by Thursday", "Il veut un devis
# écrit d'ici vendredi", "Angebot schriftl. bis Donnerstag", "Quiere cotización formal el martes 4 de mayo"): the
# rep owes it, so it is the rep's promise, said with the day as the note wrote it.
# The offer, or another document the rep sends for a deal (a contract, an order form, an invoice, a datasheet).
_DOC = {
    "en": r"(?:(?:written|formal|firm|final|detailed|revised|updated|full|draft)\s+)*(?:quote|quotation|proposal|offer|"
          r"estimate|contract(?: draft)?|agreement|order form|(?:purchase )?order confirmation|(?:proforma )?invoice|"
          r"proforma|datasheet|"
          r"data sheet|spec sheet)(?:\s+on (?:our )?letterhead)?",
    "fr": r"(?:offre|devis|proposition|chiffrage|contrat|bon de commande|facture(?: proforma)?|fiche technique)"
          r"(?:\s+(?:écrite?|formelle?|ferme|définitive?|détaillée?|chiffrée?|révisée?|actualisée?|corrigée?|"
          r"modifiée?|mise à jour))*",
    "de": r"(?:(?:schriftliche[sn]?|verbindliche[sn]?|detaillierte[sn]?|revidierte[sn]?|überarbeitete[sn]?|"
          r"aktualisierte[sn]?|korrigierte[sn]?|neue[sn]?)\s+)?(?:Angebot|Offerte|Kostenvoranschlag|"
          r"Vertrag(?:sentwurf)?|Auftragsbestätigung|Rechnung|Datenblatt|Bestellformular)"
          r"(?:\s+(?:schriftl\.|schriftlich|verbindlich))?",
    "es": r"(?:cotización|presupuesto|propuesta|oferta|contrato|orden de compra|factura(?: proforma)?|ficha técnica)"
          r"(?:\s+(?:formal|final|por escrito|escrita|firme|definitiva|revisad[oa]|actualizad[oa]|corregid[oa]|"
          r"modificad[oa]))*",
}
_WANTS = {
    "en": r"(?:wants?|needs?|asked for|asks for|expects?|requires?|would like|requested)\s+(?:a |an |the |our )?",
    "fr": r"(?:veut|voudrait|souhaite|attend|demande|exige|a besoin d'|faut)\s+(?:un |une |le |la |l'|d'un |d'une )?",
    "de": r"(?:will|möchte|braucht|benötigt|erwartet|wünscht)\s+(?:ein |das |eine |die |einen |den )?",
    "es": r"(?:quiere|necesita|pide|espera|solicita|requiere)\s+(?:una |la |el |un )?",
}
_BY_DAY = {
    "en": r"(?:by|before)\s+(?:the\s+)?(?=(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|tomorrow|then|end|next|"
          rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{month_prefixes('en', tail='[a-z]*')})|"
          rf"\d{{1,2}}(?:st|nd|rd|th)|(?:{month_prefixes('en', tail='[a-z]*')})\s+\d)\b)",
    "fr": r"(?:(?:d'ici|avant|pour|le)\s+)?(?=(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|fin|"
          rf"\d{{1,2}}(?:er)?\s+(?:{month_prefixes('fr', tail='[a-zéû]*')}))\b)",
    "de": r"bis\s+(?:(?:zum|spätestens)\s+)?(?=(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
          r"mo|di|mi|do|fr|sa|morgen|ende|\d{1,2}\.))",
    "es": r"(?:para el|el|antes del?|hasta el|a más tardar el)\s+(?=(?:lunes|martes|miércoles|jueves|viernes|"
          r"sábado|domingo|\d{1,2} de [a-z]+)\b)",
}
# A day said in this many words at most ("d'ici vendredi pour le collège du 25/01"); more is another clause.
MAX_DAY_WORDS = 8
# ... and on a bare line of its own ("Offre écrite d'ici vendredi prochain (5 mars)").
MAX_BARE_DAY_WORDS = 5
_SEND = {"en": "I'll send you the {doc} {day}", "fr": "Je vous envoie {doc} {day}",
         "de": "Ich schicke Ihnen {doc} {day}", "es": "Le envío {doc} {day}"}
# "before then" in a line that names the day before it ("Committee signs off on Wed 12 May, she needs the quote
# before then"): that day.
_NAMED_DAY = re.compile(r"\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\b|"
                        r"\b[A-Z][a-z]{2,8}\s+\d{1,2}(?:st|nd|rd|th)?\b", re.I)


def _with_article(doc: str, language: str) -> str:
    """The offer with its article, its note shorthand written out ("Angebot schriftl." -> "das schriftliche Angebot")."""
    offer = re.search(r"Angebot|Offerte|Kostenvoranschlag|^(?:offre|devis|proposition|chiffrage|cotización|"
                      r"presupuesto|propuesta|oferta)\b", doc)
    if language != "en" and not offer:
        return article(doc, language) or doc  # "den Vertrag", "le bon de commande", "la orden de compra"
    if language == "de":
        noun = offer.group(0)
        written = "schriftliche " if re.search(r"schriftl", doc) else ("verbindliche " if "verbindlich" in doc else "")
        revised = re.match(r"(?i:(revidiert|überarbeitet|aktualisiert|korrigiert|neu))e[sn]?\s", doc)
        if revised:  # "Überarbeitete Offerte" -> "die überarbeitete Offerte", "den neuen Kostenvoranschlag"
            written = f"{revised.group(1).lower()}{'en' if noun == 'Kostenvoranschlag' else 'e'} "
        return {"Angebot": "das", "Offerte": "die", "Kostenvoranschlag": "den"}[noun] + f" {written}{noun}"
    if language == "fr":
        return ("l'" if doc[:1] in "aeiouéo" else "la " if doc.startswith("proposition") else "le ") + doc
    if language == "es":
        return ("el " if doc.startswith("presupuesto") else "la ") + doc
    return doc


def quote_promise(quote: str, language: str, dated: bool = True) -> str:
    """The written offer a note says the customer wants by a day, as the rep's promise to send it ("" if none);
    without its day when dated is False (the day has passed, the offer is still owed)."""
    if language not in _DOC:
        return ""
    doc, day = _DOC[language], _BY_DAY[language]
    text = quote.strip().rstrip(" .;:,")
    m = re.search(rf"\b{_WANTS[language]}(?P<doc>{doc})\s+(?P<day>{day}[^,;]+?)(?=\s+(?:and|y|et|und)\s+|[,;]|$)",
                  text, re.I)
    # a bare "Devis à envoyer jeudi" line is only the offer and its day ("Quote by Friday looks fine to him" is not)
    also = _ALSO if language == "en" else ""
    bare = None if m else re.search(rf"(?:^|:\s*)(?P<doc>{doc}){also}\s+(?:(?:à|to|zu)\s+\w+\s+)?"
                                     rf"(?P<day>{day}[^,;]+?)$", text, re.I)
    # an English line of the document and its weekday alone: "Contract draft on Fri", "Proforma invoice Wed"
    bare = bare or (re.fullmatch(rf"(?P<doc>{doc}){also}\s+(?P<day>{_EN_WEEKDAY})", text, re.I)
                    if language == "en" and not m else None)
    m = m or bare
    firm, m = ("", m) if m else _to_firm(text, doc, day, language)
    if not m:
        return ""
    when = m.group("day").strip()
    if len(when.split()) > (MAX_BARE_DAY_WORDS if bare else MAX_DAY_WORDS):
        return ""
    if not re.fullmatch(r"before then", when, re.I) and _NAMED_DAY.search(text[:m.start()]):
        return ""  # "Directors meet Tue 11 May, he wants the proposal by Friday 7 May": the line says both days
    if re.fullmatch(r"before then", when, re.I):
        named = _NAMED_DAY.search(text[:m.start()])
        if not named:
            return ""
        when = f"before {named.group(0)}"
    if language == "en" and not re.match(r"(?:by|before|on|until)\b", when, re.I):
        when = f"on {when}"  # "Proforma invoice Wed": sent on that day
    doc = m.group("doc").strip()
    doc_text = _with_article(doc if language == "de" else doc[:1].lower() + doc[1:], language)
    if bare is not None and bare.groupdict().get("also"):
        doc_text += f" and {article(bare.group('also'), language)}"  # "the revised quote and the slot confirmation"
    said = _SEND[language].format(doc=doc_text + (_MADE_OUT[language].format(firm=firm) if firm else ""),
                                  day=when if dated else "").strip()
    return said[:1].upper() + said[1:]


# A second thing sent with the document on an English note's line ("Revised quote and delivery slot confirmation by
# Fri"): a few plain words, no verb of its own ("Quote and contract signed by Fri" is none).
_ALSO_WORD = r"(?!(?:by|on|to|for|before|until|the|it|we|she|he|they|is|are|was|will)\b)[a-z]+\b(?<!ed)"
_ALSO = rf"(?:\s+(?:and|\+|&)\s+(?P<also>{_ALSO_WORD}(?:\s+{_ALSO_WORD}){{0,3}}))?"
# A weekday alone, maybe with its part of the day, after an English note's document ("on Fri", "Thu morning").
_EN_WEEKDAY = (r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|"
               r"fri|sat|sun)\b\.?(?:\s+(?:morning|afternoon|evening|am|pm))?")


# "Contract to Wensum Garden Centre Ltd by Friday", "Vertrag an die Aasee Freizeit GmbH bis Freitag": the document
# goes out in a firm's name (its legal form closes the name), said with it, since whose name it bears is the point.
_FIRM_TO = r"(?:to|an|à|a|para|für)\s+(?:(?:die|der|den|la|le|l['’]|el)\s+)?"
_MADE_OUT = {"en": " made out to {firm}", "de": " auf {firm}", "fr": " au nom de {firm}", "es": " a nombre de {firm}"}


def _to_firm(text: str, doc: str, day: str, language: str) -> tuple[str, re.Match | None]:
    """(the firm's name as written, the match of the document and its day) for a bare line sending the document to a
    firm by a day, or ("", None)."""
    lead = re.search(rf"(?:^|:\s*)(?P<doc>{doc})\s+(?P<art>{_FIRM_TO})", text, re.I)
    if not lead:
        return "", None
    name, after = firm_name(text[lead.end():])
    words = name.split()
    if len(words) < 2 or not firm_form(words[-1]):
        return "", None  # "Contract to Anna by Friday": a person, whom the one-word form above reads
    m = re.compile(rf"\s+(?P<day>{day}[^,;]+?)$", re.I).match(after)
    if not m:
        return "", None
    art = re.sub(r"^\S+\s+", "", lead.group("art")).strip()
    art = art or ("die" if language == "de" else "")  # a German firm takes its article: "auf die ... GmbH"
    firm = f"{art} {name}".replace("' ", "'").replace("’ ", "’").strip() if art else name
    whole = re.compile(rf"(?:^|:\s*)(?P<doc>{doc})\s+{_FIRM_TO}{re.escape(name)}\s+(?P<day>{day}[^,;]+?)$", re.I)
    return firm, whole.search(text)

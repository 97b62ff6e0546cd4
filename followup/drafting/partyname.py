"""The firm a customer names as the party to their contract, lease or invoice in a looser sentence than billedto.py
reads ("The contract would have to be with Harbour Lane Dental LLP.", "Vertragspartner ist die Kanzlei Roth PartG
mbB.", "Le contrat doit être au nom de Boulangerie Vidal SARL.", "Va a nombre de la Fundación Río Claro."), confirmed
in the rep's voice with the name exactly as written, in billedto.py's words (so billed_line knows the line). Only a
name a legal form closes, or one that opens with what kind of body it is (association, cooperative, foundation), is
read: "with Sarah" or "in the name of my husband" is no firm."""
from __future__ import annotations

import re

from followup.drafting.billedto import billed_line, firm_form, firm_name

# Who the sentence names, per language: the paper (or the party's role) and its tie to the name ("the contract would
# have to be with", "the lease has to be in the name of", "Contract party:", "Vertragspartner ist die", "Bestellen
# tut die", "le contrat sera au nom de", "el contrato tiene que ir a nombre de", "va a nombre de la").
_EN_DOC = r"(?P<doc>contract|agreement|lease|invoice|order|PO)s?"
_EN_MODAL = r"(?:(?:would|will|has|have|needs?|must|should|is|are|got)\s+){0,2}(?:(?:to|got\s+to)\s+)?(?:be\s+)?"
_LEAD = {
    "en": re.compile(r"^(?:and\s+|also\s+|but\s+)?(?:the\s+)?" + _EN_DOC + r"\s+" + _EN_MODAL
                     + r"(?:made\s+out\s+|drawn\s+up\s+|signed\s+|set\s+up\s+)?(?:with|in\s+(?:the\s+)?name\s+of|under)\s+"
                     r"|^(?:the\s+)?(?P<doc2>contract|agreement|lease)(?:ing)?\s+party\s*(?:is\s+|:\s*)"
                     r"|^for\s+the\s+(?P<doc3>invoice|contract|agreement|lease)s?,?\s+(?:please\s+)?(?:write|use|put)\s+"
                     r"(?:the\s+)?(?:full|legal|complete)\s+(?:company\s+)?name\s*:\s*", re.I),
    "de": re.compile(r"^(?:und\s+)?(?P<role>Vertragspartner|Auftraggeber|Besteller|Rechnungsempfänger|Leasingnehmer)"
                     r"(?:in)?\s+(?:ist|wird|wäre|soll)\s+(?:bitte\s+)?(?:(?:die|der|das)\s+)?"
                     r"|^(?:und\s+)?(?P<verb>Bestellen|Bestellt|Unterschreiben|Unterschreibt)\s+(?:tut|wird|werden)?\s*"
                     r"(?:(?:die|der|das)\s+)", re.I),
    "fr": re.compile(r"^(?:et\s+)?(?:le\s+|la\s+)?(?P<doc>contrat|facture|commande)s?\s+(?:(?:doit|devra|devrait|doivent|"
                     r"sera|est|seront|sont)\s+)?(?:être\s+)?(?:(?:établie?s?|libellée?s?|faite?s?)\s+)?"
                     r"(?:au\s+nom\s+(?:de\s+|d['’]|du\s+)|avec\s+)", re.I),
    "es": re.compile(r"^(?:y\s+|además,?\s+|también,?\s+)?(?:(?:el|la)\s+(?P<doc>contrato|factura(?:ción)?|pedido)s?\s+)?"
                     r"(?:(?:va|irá|tiene\s+que\s+ir|debe\s+ir|debe\s+estar|va\s+a\s+ir|tiene\s+que\s+estar|"
                     r"(?:tiene\s+que\s+|debe\s+)?salir|sale|saldrá)\s+)?a\s+nombre\s+(?:de\s+|del\s+)", re.I),
}
# A name put on the deal at a clause's end, after what is agreed ("Vamos con el pago anual, 2.986 € + IVA, a nombre
# de ...", "Nous partons sur l'offre à 12 mois, au nom de ...", "We'll go with the annual plan, in the name of ...").
_TAIL = {
    "en": re.compile(r",\s+(?:in|on|under)\s+the\s+name\s+(?:of\s+)?(?=[A-Z\d])", re.I),
    # "Vertrag bitte an mich, Vertragspartner ist ...": the role named after a comma
    "de": re.compile(r",\s+(?:und\s+)?(?P<role>Vertragspartner|Rechnungsempfänger)(?:in)?\s+"
                     r"(?:ist|wird|wäre|soll)\s+(?:bitte\s+)?"),
    "fr": re.compile(r",\s+au\s+nom\s+(?:de\s+|d['’]|du\s+)", re.I),
    "es": re.compile(r",\s+a\s+nombre\s+(?:de\s+|del\s+)", re.I),
}
# The paper a sentence names before a name put at its end ("Contrat de placement à envoyer lundi, au nom de ...").
_TAIL_DOCS = {"en": r"\b(order confirmation|contract|agreement|lease|invoice)\b", "fr": r"\b(contrat|facture)s?\b",
              "es": r"\b(contrato|factura)s?\b"}
# The words a body's name opens with when no legal form closes it ("Asociación Civil Colegio Los Aromos").
_BODY = re.compile(r"^(?:Association|Asociaci[oó]n|Cooperative|Co-operative|Cooperativa|Coopérative|Foundation|"
                   r"Fundaci[oó]n|Fondation|Stiftung|Genossenschaft|Verein|Trust|Sociedad|Société)$")
_ARTICLE = re.compile(r"^(?:(?:the|la|le|l['’]|el|die|der|das)\s+)", re.I)
# A numbered company's number before its name ("9187-5553 Québec inc.", "2468135 Ontario Inc."): kept with the name,
# which a legal form must still close.
_NUMBERED = re.compile(r"^\d{3,}(?:-\d{3,})?\s+(?=[A-ZÀ-Ý])")
# An aside in brackets after the name ("(HQ)", "(la compagnie à numéro)"): no part of the name, nor what ends it.
_ASIDE = re.compile(r"^\s*\([^()]{1,40}\)")
# What may follow the name: the sentence's end, who it is not for, the sites, lines or branches it covers.
_AFTER = re.compile(r"^\s*(?:[.!)]*\s*$|[,;(–-]?\s*(?:not|nicht|pas|no|non)\b|,?\s*(?:for|für|pour|para)\s+"
                    r"(?:all|alle|tous|toutes|todos|todas|both|beide|les|los|las)\b|,?\s*(?:covers|covering|including|incl\.|"
                    r"inklusive|einschließlich|inkl\.|couvre|couvrant|y\s+compris|incluant|cubre|incluye|incluyendo)\s|"
                    # why it is that name ("..., porque muchos pacientes son de obras sociales"): the name has ended
                    r",\s*(?:because|as|since|weil|da|denn|car|parce\s+que|puisque|porque|ya\s+que|pues)\s)",
                    re.I)
# The sites, lines or branches the paper covers, said with the name ("for all 4 sites", "für beide Standorte", "pour
# les deux magasins", "para las 4 sedes"), up to this many words; a longer tail is a clause of its own.
_SCOPE = re.compile(r"^,?\s*(?P<s>(?:for|für|pour|para)\s+(?:all|alle|tous|toutes|todos|todas|both|beide|les|los|las)\b"
                    r"[^.;!?,]*?)\s*[.!]*\s*$", re.I)
MAX_SCOPE_WORDS = 6
# The rep's words per language: the document's noun and the line (the name goes where {name} is).
_EN_DOCS = {"order confirmation": "order confirmation", "agreement": "agreement", "lease": "lease", "invoice": "invoice",
            "order": "invoice", "po": "invoice"}
_DE_ROLE = {"rechnungsempfänger": "Rechnung", "besteller": "Rechnung", "auftraggeber": "Rechnung",
            "bestellen": "Rechnung", "bestellt": "Rechnung"}


def party_line(sentence: str, language: str) -> str:
    """The rep's confirmation of the firm a customer's sentence names as the party to their paper, or ""."""
    s = sentence.strip()
    lead = _LEAD.get(language)
    m = lead.match(s) if lead else None
    tail = None if m or language not in _TAIL or "?" in s else _TAIL[language].search(s)
    if not (m or tail) or "?" in s or "¿" in s:
        return ""
    rest = s[(m or tail).end():]
    art = _ARTICLE.match(rest)
    rest = rest[art.end():] if art else rest
    number = _NUMBERED.match(rest)
    name, after = firm_name(rest[number.end():] if number else rest)
    name = (number.group(0) + name if number and name else name)
    after = after[aside.end():] if (aside := _ASIDE.match(after)) else after
    words = name.split()
    if len(words) < 2 or not (any(firm_form(w) or firm_form(w.rstrip(",")) for w in words[1:]) or _BODY.match(words[0])):
        return ""
    if not _AFTER.match(after):
        return ""
    own = (art.group(0) if art else "").lower()
    scope = _SCOPE.match(after)
    if scope and len(scope.group("s").split()) <= MAX_SCOPE_WORDS:
        name = f"{name} {scope.group('s')}"  # "... Ltd. for all 4 sites": the customer's scope stays with the name
    stop = "" if name.endswith(".") else "."
    groups = (m or tail).groupdict()
    doc = (groups.get("doc") or groups.get("doc2") or groups.get("doc3") or "").lower()
    if tail and language in _TAIL_DOCS:  # "send me the order confirmation to sign, on the name ...": that paper's name
        doc = next(iter(re.findall(_TAIL_DOCS[language], s[:tail.start()], re.I)), "").lower()
    if language == "en":
        return f"I'll make the {_EN_DOCS.get(doc, 'contract')} out to {name}{stop}"
    if language == "de":
        key = (groups.get("role") or groups.get("verb") or "").lower()
        noun = _DE_ROLE.get(key, "Vertrag")
        own = {"der ": "die ", "": "die "}.get(own, own)
        return f"{'Den' if noun == 'Vertrag' else 'Die'} {noun} stellen wir auf {own}{name} aus."
    if language == "fr":
        noun = doc if doc in ("contrat", "facture") else "contrat" if m else "facture"
        return f"Je mets {'le' if noun == 'contrat' else 'la'} {noun} au nom de {own}{name}{stop}"
    noun = doc if doc in ("contrato", "factura") else "factura"  # "la facturación" is the invoice too
    return f"{'El' if noun == 'contrato' else 'La'} {noun} irá a nombre de {own}{name}{stop}"


# The rep's words these lines say beyond the customer's sentence ("Vertragspartner ist die ...": "Den Vertrag ..."),
# for the grounding check.
_WORDS = {"en": "I'll make the contract agreement lease invoice order confirmation out to",
          "de": "Den Die Vertrag Rechnung stellen wir auf die aus",
          "fr": "Je mets le la contrat facture au nom de", "es": "El La contrato factura irá a nombre de"}


def party_words(language: str) -> str:
    """The framing words of party_line in this language, for the grounding check."""
    return _WORDS.get(language, "")


def party_unnamed(text: str, said: str) -> bool:
    """Whether a later sentence of the rep's leaves the name a confirmation line asks for unsaid: "the draft MSA
    Monday" answers no "the contract has to be with ... Ltd.", only a sentence naming the firm does."""
    if not billed_line(text):
        return False
    # the name's first two words: a rep who writes "Pvt Ltd" for "Pvt. Ltd." still names the firm
    name = re.sub(r"^.*? (?:out to|stellen wir auf|au nom de|a nombre de|em nome de) (?:(?:die|der|das) )?", "", text)
    return " ".join(name.split()[:2]).rstrip(".,").lower() not in said.lower()

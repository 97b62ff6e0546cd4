"""The name a customer gives for their invoice, contract or quote ("Please invoice Salamanca Rise Hospitality Pty
Ltd.", "Facture à la SARL Brasserie du Tanneur.", "Vertrag bitte auf die Aasee Freizeit GmbH.", "El contrato a nombre
de Parque Ecológico La Quebrada S.A.S."), confirmed in the rep's voice with the name exactly as written ("I'll make
the invoice out to Salamanca Rise Hospitality Pty Ltd.", "Je mets la facture au nom de la SARL Brasserie du
Tanneur.", "Den Vertrag stellen wir auf die Aasee Freizeit GmbH aus.", "El contrato irá a nombre de ..."). A looser
tie ("Bon de commande PJ-2033-27 au nom de la SRL ...", "Order will come from SC ... SRL", "Auftrag geht an die ... UG")
is read only when a legal form closes the name (firm_tie): the invoice then goes out in that name."""
from __future__ import annotations

import re

from followup.drafting.compounddoc import de_docs, de_head

# The documents a name is put on, per language, with the article the rep's sentence uses.
_DOCS = {
    "en": r"(?:tax\s+|proforma\s+|pro-forma\s+|deposit\s+|final\s+|first\s+)?(?:invoice|bill|contract|quote)",
    "de": r"(?:Auftragsbestätigung|" + de_docs("rechnung", "vertrag", "angebot") + ")",  # "Schlussrechnung": compounddoc.py
    "fr": r"(?:facture(?:\s+proforma)?|contrat|devis)",
    "es": r"(?:factura|contrato|cotizaci[oó]n|presupuesto)",
    "pt": r"(?:fatura|factura|contrato|or[cç]amento)",
}
_DE_ARTICLE = {"rechnung": "Die", "vertrag": "Den", "angebot": "Das", "auftragsbestätigung": "Die"}
_FR_ARTICLE = {"facture": "la", "contrat": "le", "devis": "le"}
_ES_ARTICLE = {"factura": "La", "contrato": "El", "cotización": "La", "cotizacion": "La", "presupuesto": "El"}
_PT_ARTICLE = {"fatura": "A", "factura": "A", "contrato": "O", "orçamento": "O", "orcamento": "O"}

# "la primera factura": the first of several documents, its name said with it.
_FIRST = r"(?:(?:primera|primer|première|erste|primeira)\s+)?"
# Words before the document that only ask or want it ("Mi padre quiere la primera factura", "We need the invoice").
MAX_LEAD_WORDS = 4
_COURTESY = r"(?:please|kindly|bitte|merci|svp|s['’]il vous pla[iî]t|por\s+favor|pf)"
# How the name is tied to the document: "in the name of", "made out to", "to", "auf/an die", "au nom de", "à la",
# "a nombre de", "em nome de", a label with a colon ("Rechnungsempfänger:", "Raison sociale :", "Razón social:").
_TIE = {
    "en": r"(?:\s+out)?(?:,?\s+(?:made\s+out|addressed|issued))?(?:\s+" + _COURTESY + r")?\s+(?P<tie>in\s+the\s+name\s+of|to)",
    "de": r"(?:\s+" + _COURTESY + r")?(?:\s+direkt)?\s+(?P<tie>auf|an)(?=\s+(?:die|den|das)\s)",
    "fr": r",?(?:\s+" + _COURTESY + r")?\s+(?P<tie>au\s+nom\s+(?:de\s+|d['’])|à\s+(?=la\s|l['’])|au\s+(?=[A-Z]))",
    "es": r",?(?:\s+" + _COURTESY + r")?\s+(?P<tie>a\s+nombre\s+(?:de\s+|del\s+))",
    "pt": r",?(?:\s+" + _COURTESY + r")?\s+(?P<tie>em\s+nome\s+(?:de\s+|da\s+|do\s+))",
}
_LABEL = re.compile(r"^(?:Rechnungsempfänger|Raison\s+sociale|Raz[oó]n\s+social|Bill\s+to|Invoice\s+to)\s*:\s*", re.I)
# The forms of a firm that close its name; a dotted one keeps its dot ("Kft.", "Lda.", "S.A.S.").
_FORM = re.compile(r"^(?:Pty|Ltd\.?|Lda\.?|LLC|LLP|Inc\.?|Co\.?|Corp\.?|plc|PLC|GmbH|gGmbH|mbH|AG|KG|OG|GbR|UG|SE|eG|"
                   r"e\.V\.|Kft\.?|Zrt\.?|Bt\.?|SARL|SAS|SA|EARL|SCI|EURL|SL|SLU|SpA|SRL|S\.?R\.?L\.?|Srl|"
                   r"S\.A\.S\.?|S\.A\.|S\.L\.|A\.C\.|C\.V\.|R\.L\.|de|S\.?p\.?A\.?|Ltda\.?|ME|EIRELI|BV|NV|AB|Oy|AS|ASA|ApS|"
                   r"Ltée|ltée|Sàrl|SNC|s\.r\.o\.?|a\.s\.?|d\.o\.o\.?|SC|Limited|PartG|mbB|Pvt\.?|Pte\.?|A\.Ş\.|Coop\.?|inc\.|"
                   r"S\.r\.l\.?|I\.K\.E\.?|Trust)$")
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Mme|Mlle|M|Frau|Herrn?|Sr|Sra|Srta|Don|Doña|Dona)\.?$")
# Small words inside a firm's name, kept only before a capitalised word ("Tasca do Rui", "Leitner & Hofer").
# A place word inside a name, read only before the legal form ("Hospiz am Steigerwald gGmbH", "Pharmacie sur Mer SARL").
_PLACE = re.compile(r"^(?:am|im|zum|zur|an|auf|bei|sur|sous)$")
_JOINER = re.compile(r"^(?:do|dos|da|das|du|de|des|del|la|las|los|le|di|della|van|von|der|y|e|et|und|and|ve|&|of)$")
_ARTICLE = re.compile(r"^(?:la|l['’]|le|die|den|das|the)\s*", re.I)
# What may follow the name: courtesy, or who it is not for ("not the taproom", "(not me personally)").
_AFTER = re.compile(r"^\s*(?:[,;]?\s*" + _COURTESY + r")?\s*(?:[,;(–-]?\s*(?:not|nicht|pas|no|não)\b.*)?[.!)\s]*$",
                    re.I)


def firm_form(word: str) -> bool:
    """Whether a word is a firm's legal form that closes its name ("Ltd", "S.R.L.", "s.r.o.", "UG")."""
    return bool(_FORM.match(word) or _FORM.match(word.rstrip("."))) and word != "de"


# Lower-case words a name may hold before the legal form that closes it ("Clinique vétérinaire de Dieppe ltée",
# "Société des eaux de Vals SA"), at most this many; words that open a clause instead are never a name's.
MAX_LOWER_IN_NAME = 3
_CLAUSE_WORD = re.compile(r"^(?:for|with|from|by|to|not|is|are|will|pour|avec|par|à|au|pas|est|sera|für|mit|von|bei|"
                          r"nicht|ist|wird|para|con|por|desde|no|es|será|que|who|which|qui|die|der|das)$", re.I)


def _formed_ahead(tokens: list, i: int) -> bool:
    """Whether a legal form closes the name from token i on, past a few lower-case words and no punctuation."""
    lower = 0
    for tok in tokens[i:]:
        word = tok.group(2).rstrip(",;:!?)")
        if firm_form(word):
            return True
        if tok.group(1) or word != tok.group(2) or _CLAUSE_WORD.match(word) or not re.fullmatch(r"[^\W\d_]+", word):
            return False
        lower += word[:1].islower() and not _JOINER.match(word)
        if lower > MAX_LOWER_IN_NAME:
            return False
    return False


def firm_name(rest: str) -> tuple[str, str]:
    """The firm's name at the start of `rest` as the customer wrote it, and the text after it."""
    tokens = list(re.finditer(r"(,\s*)?([^\s,]+)", rest))
    taken = 0
    for i, tok in enumerate(tokens):
        word = tok.group(2).rstrip(",;:!?)")
        bare = word.rstrip(".")
        nxt = tokens[i + 1].group(2) if i + 1 < len(tokens) else ""
        if tok.group(1):
            if not (_FORM.match(word) or _FORM.match(bare)):
                break  # ", not the taproom": the name ended at the comma
        elif _PLACE.match(word) and not any(_FORM.match(t.group(2).rstrip(",;:!?)")) for t in tokens[:i]):
            # "Hospiz am Steigerwald gGmbH": a place inside the name, before its legal form, never after it
            if taken == 0 or not nxt[:1].isupper():
                break
        elif _JOINER.match(word):
            # "de la Saône", "de l'Est": a second small word may come before the capitalised one
            later = next((t.group(2) for t in tokens[i + 1:] if not _JOINER.match(t.group(2))), "")
            if taken == 0 or not (nxt[:1].isupper() or (_JOINER.match(nxt) and later[:1].isupper())
                                  or _formed_ahead(tokens, i + 1)):
                break
        elif word[:1].islower() and taken and not (_FORM.match(word) or _FORM.match(bare)):
            if not _formed_ahead(tokens, i):
                break  # "Société des eaux de Vals SA": lower-case words only before the form that closes the name
        elif not (word[:1].isupper() or _FORM.match(word) or _FORM.match(bare)) or word[:1] in "(«\"“":
            break
        taken = i + 1
        if word != tok.group(2):
            break  # "Emiliana," / "GmbH)": punctuation closes the name
    if not taken:
        return "", rest
    end = tokens[taken - 1].end(2)
    name = rest[:end].rstrip(",;:!?)")
    last = name.split()[-1]
    if last.endswith(".") and not (_FORM.match(last) or re.fullmatch(r"(?:[A-Z]\.)+", last)):
        name = name[:-1]  # "Emiliana." : the sentence's full stop, not the name's
    return name, rest[len(name):]


def billed_to(sentence: str, language: str) -> str:
    """The rep's confirmation of the name the customer's sentence puts its invoice or contract on, or ""."""
    said = _billed(sentence, language)
    doc, name = firm_tie(sentence, language) if not said else ("", "")
    if not name:
        return said
    stop = "" if name.endswith(".") else "."
    if language == "en":
        return f"I'll make the {doc} out to {name}{stop}"
    if language == "de":
        return f"{'Den' if doc == 'Vertrag' else 'Die'} {doc} stellen wir auf {name} aus."
    if language == "fr":
        return f"Je mets {'le' if doc == 'contrat' else 'la'} {doc} au nom {name}{stop}"
    return f"{'El' if doc == 'contrato' else 'La'} {doc} irá a nombre {name}{stop}"


def _billed(sentence: str, language: str) -> str:
    """billed_to for a name tied right after its document ("Facture à la SARL ...", "invoice to ... Ltd")."""
    if language not in _DOCS:
        return ""
    s = sentence.strip()
    label = _LABEL.match(s)
    doc = ""
    if label:
        rest = s[label.end():]
        doc = "invoice" if language == "en" else {"de": "Rechnung", "fr": "facture", "es": "factura"}.get(language, "")
    else:
        en_verb = re.match(r"^(?:and\s+|also:?\s+)?(?:please\s+)?invoice\s+(?=(?-i:[A-Z]))", s, re.I) \
            if language == "en" else None
        if en_verb:
            rest, doc = s[en_verb.end():], "invoice"
        else:
            m = re.search(r"(?:^|\s)(?P<art>(?:the|die|den|das|le|la|l['’]|el|a|o)\s+)?(?P<doc>" + _FIRST + _DOCS[language]
                          + r")\b(?P<of>\s+(?:del|do|da|du)\s+[^\W\d_]+)?"
                          + _TIE[language] + r"\s*", s, re.I)
            if not m:
                return ""
            lead = s[:m.start()].strip()
            if len(lead.split()) > MAX_LEAD_WORDS or re.search(r"[,;:?]|\b(?:send|schick|envo|env[ií]|mand|pas)", lead, re.I):
                return ""  # a longer sentence, or a request to send it (sendback.py says that)
            rest, doc = s[m.end():], m.group("doc") + (m.group("of") or "")
    art = _ARTICLE.match(rest)
    name, after = firm_name(rest[art.end():] if art else rest)
    if not name or not _AFTER.match(after) or _TITLE.match(name.split()[0]):
        return ""
    words = [w for w in name.split() if not _JOINER.match(w)]
    if len(words) < 2 and not _FORM.match(words[-1].rstrip(",")) and language in ("en", "de"):
        return ""  # "the contract to Mere", "an die Marktleitung": a person or a department, not a firm's name
    own_art = rest[:art.end()] if art else ""
    stop = "" if name.endswith(".") else "."
    noun = doc.lower()
    key = noun.split()[-1]  # "primera factura": the article agrees with the document
    if language == "en":
        return f"I'll make the {noun} out to {name}{stop}"
    if language == "de":
        return f"{_DE_ARTICLE.get(de_head(key), 'Die')} {doc[0].upper()}{doc[1:]} stellen wir auf {own_art or 'die '}{name} aus."
    if language == "fr":
        first = noun.split()[0]  # "facture proforma": the article agrees with "facture"
        return f"Je mets {_FR_ARTICLE.get(first if first in _FR_ARTICLE else key, 'la')} {noun} au nom de {own_art}{name}{stop}"
    if language == "es":
        return f"{_ES_ARTICLE.get(key, 'La')} {noun} irá a nombre de {own_art}{name}{stop}"
    return f"{_PT_ARTICLE.get(key, 'A')} {noun} vai em nome de {own_art}{name}{stop}"


# The rep's lines this module writes, for sendback.own_action.
_LINE = re.compile(r"^(?:I'll make the [\w -]+ out to |(?:Die|Den|Das) \w+ stellen wir auf |Je mets (?:la|le) [\w ]+ au "
                   r"nom de |(?:La|El) [\w ]+ irá a nombre de |(?:A|O) [\w ]+ vai em nome de )")


def billed_line(text: str) -> bool:
    """Whether an item's text is this module's confirmation of the name on the customer's document."""
    return bool(_LINE.match(text))


# The papers of an order a firm's legal name is given with, beside the ones above: the order itself, the purchase
# order, the signed contract ("Bon de commande PJ-2033-27 au nom de la SRL ...", "Auftrag geht an die ... UG").
_ORDER_DOCS = {
    "en": r"(?:purchase\s+order|order|PO|contract|agreement|invoice|invoicing|billing)",
    "de": r"(?:Auftrag|Bestellung|Vertrag|Rechnung)",
    "fr": r"(?:bon\s+de\s+commande|commande|contrat|facture|facturation)",
    "es": r"(?:orden\s+de\s+compra|pedido|contrato|factura|facturaci[oó]n)",
}
# How the name is tied to the paper when words come between ("... n° FS-0417 ci-joint, au nom de", "signed contract
# is in attachment, it is on the company", "Order will come from", "12 months contract with", "Auftrag geht an die").
_LOOSE_TIE = {
    "en": r"(?:in\s+the\s+name\s+of|made\s+out\s+to|(?:(?:is|goes|go|be)\s+)?(?:on|to|under)(?:\s+the\s+(?:company|firm))?|"
          r"comes?\s+from|(?:made|placed|issued)\s+(?:from|by)|with)",
    "de": r"(?:auf\s+den\s+Namen|auf|an|mit|von)(?=\s+(?:die|der|den|dem)\s)",
    "fr": r"(?:au\s+nom\s+de|à|avec)",
    "es": r"(?:a\s+nombre\s+de|con|para)",
}
# Words before the tie that send or deliver the paper somewhere: where it goes, not whose name it is in.
_ELSEWHERE = re.compile(r"\b(?:send|sent|email|forward|deliver\w*|ship\w*|schick\w*|sende\w*|liefer\w*|envo\w*|env[ií]\w*|"
                        r"livr\w*|entreg\w*|mand\w*)\b", re.I)
# At most this many characters between the paper and its tie ("n° FS-0417 ci-joint,", "is in attachment, it is").
MAX_TIE_GAP = 60
# The legal forms written before a firm's name ("SARL Maison des Thés", "SC Librăria Someșeană SRL").
_LEADING_FORM = re.compile(r"^(?:SARL|SAS|SASU|SA|SRL|SC|EURL|SNC|SCI)$")
# What may follow a firm's name closed by its legal form: the sentence's end, a new clause after a comma or a day.
_AFTER_FORM = re.compile(r"^\s*(?:[.!)]*\s*$|,|;|\s*\(haftungsbeschränkt\)|(?:by|before|until|bis|avant|antes)\b)", re.I)
_INVOICE = {"en": "invoice", "de": "Rechnung", "fr": "facture", "es": "factura"}
_CONTRACT = {"en": "contract", "de": "Vertrag", "fr": "contrat", "es": "contrato"}
# A paper already signed or sent: its name is the one the invoices go out in.
_DONE = re.compile(r"\b(?:signed|attached|attachment|enclosed|unterschrieben|anbei|signée?|ci-jointe?|PJ|firmad[oa]|"
                   r"adjunt[oa])\b", re.I)


def firm_tie(sentence: str, language: str) -> tuple[str, str]:
    """(the document the rep makes out, the firm's name with the article or "de" the rep's line says it with) when the
    sentence gives an order's, contract's or invoice's name loosely tied but closed by a legal form ("Order will come
    from SC Librăria Someșeană SRL", "Contrat signé en PJ, au nom de Soles Sud SAS"), or ("", "")."""
    if language not in _ORDER_DOCS or "?" in sentence or "¿" in sentence or _billed(sentence, language):
        return "", ""  # a question, or a name tied right after its document (billed_to says it, with "del anticipo")
    for m in re.finditer(r"(?:^|\b)(?P<doc>" + _ORDER_DOCS[language] + r")\b(?P<gap>[^.?!;]{0,%d}?)[\s,]+(?P<tie>%s)\s+"
                         % (MAX_TIE_GAP, _LOOSE_TIE[language]), sentence, 0 if language == "de" else re.I):
        if _ELSEWHERE.search(sentence[:m.start("tie")]) or "%" in m.group("gap"):
            return "", ""  # sent somewhere, or a part of the order ("la factura del 50%"): said as written
        rest = sentence[m.end():]
        art = re.match(r"(?:(?:la|le|l['’]|die|der|den|dem|the|el)\s+)", rest, re.I)
        name, after = firm_name(rest[art.end():] if art else rest)
        words = name.split()
        if len(words) < 2 or not (_FORM.match(words[-1]) or _FORM.match(words[-1].rstrip(".")) or _LEADING_FORM.match(
                words[0])) or not _AFTER_FORM.match(after):
            continue
        if after.lstrip().startswith("(haftungsbeschränkt)"):
            name += " (haftungsbeschränkt)"  # the UG's form, written out in full
        doc = m.group("doc").lower()
        contract = re.match(r"contra|agreement|vertrag", doc) and not _DONE.search(sentence)
        noun = (_CONTRACT if contract else _INVOICE)[language]
        own = art.group(0).lower() if art else ""
        if language == "de":
            own = {"der ": "die ", "dem ": "den "}.get(own, own)  # "mit der X GmbH": "auf die X GmbH"
        elif language in ("fr", "es"):
            own = "de " + own  # "au nom de la SAS ...", "a nombre de Supermercados ..."
        else:
            own = ""
        return noun, own + name
    return "", ""

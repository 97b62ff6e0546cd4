"""The conditions a customer states for the order they just decided on, confirmed in the rep's voice: whom the
quote, contract or invoice is made out to ("made out to Pecan Creek ISD", "an den Fachbereich Schulen mit
Kostenstelle 4020", "au nom de la Fondation ...", "a nombre de Universidad ..."), the day it is needed by ("before
Friday 25 June"), the window the work must fit ("between Monday, June 14 and Friday, July 30") and where and when the
goods are taken in ("Gate 3 goods-in, weekdays 7am-3pm", "Tor 5", "quai n° 3", "caseta 2").

Read by structure: a document noun with a tie to its addressee; a limit preposition with a day beside a document
or a signature; two days joined as a span in a sentence naming the work. The customer's sentences they come from
are then said by these lines alone, never pasted back as fragments. A delivery the customer needs by a day is no
condition here: whether it can be met is asked (needby.py), never promised."""
from __future__ import annotations

import re
from dataclasses import replace

from followup.drafting.billedto import firm_form, firm_name, firm_tie
from followup.drafting.compounddoc import de_docs, de_head
from followup.drafting.firmid import with_firm_id
from followup.drafting.items import Item
from followup.drafting.sentences import Source, sentence_spans
from followup.text.dates import alternation, day_names, month_names

_MONTH = alternation(month_names("en", "de", "fr", "es", spellings=False))
_WEEKDAY = alternation(day_names("en", "de", "fr", "es"))
# A day as written: "Monday, June 14", "Friday 25 June", "Montag, 12. Juli", "le vendredi 11 juin", "1er juillet",
# "el viernes 18 de junio", "end of June"; with a clock time after it ("14. Juni, 12:00 Uhr").
_DAY = (rf"(?:(?:the\s+)?end\s+of\s+(?:{_MONTH})\b|(?:(?:{_WEEKDAY}),?\s+(?:the\s+)?)?(?:"
        rf"(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?:{_MONTH})\b)"
        r"(?:,?\s+\d{1,2}[:.h]\d{2}(?:\s*Uhr)?)?)")
# Two days joined as a span: "between A and B", "from A to/until B", "vom A bis B", "entre le A et le B", "du A
# au B", "entre el A y el B", "del A al B", "A to B".
_SPAN = re.compile(rf"(?i:\b(?:between|from|zwischen|vom|von|entre|du|del)\s+(?:(?:dem|le|el)\s+)?)?(?P<a>{_DAY})"
                   r"(?i:\s*(?:and|to|until|till|-|–|bis(?:\s+zum)?|und|et(?:\s+le)?|au|y(?:\s+el)?|al|hasta(?:\s+el)?)"
                   rf"\s+)(?P<b>{_DAY})", re.I)
# A limit said right before its day ("before Friday 30 April", "bis spätestens Freitag, 25. Februar", "avant le
# vendredi 30 avril", "antes del 22 de diciembre"): the day a document is sent by, in the customer's words.
_BY_DAY = re.compile(rf"(?i:\b(?:before|by|bis(?:\s+spätestens)?|spätestens|avant\s+le|d'ici\s+le|antes\s+del?)\s+)"
                     rf"(?:the\s+)?{_DAY}", re.I)


def by_day(sentence: str) -> str:
    """The limit with its day a sentence names ("avant le vendredi 30 avril"), in its words, or ""."""
    m = _BY_DAY.search(sentence)
    return m.group(0) if m else ""


# The work a span is the window for, per language: its noun said back, with its article where one is needed.
_WORK = {
    "en": [(r"\binstall", "installation"), (r"\bimaging\b", "imaging"), (r"\bdeliver", "delivery"),
           (r"\bset-?up\b", "set-up"), (r"\bassembl", "assembly"), (r"\bswitch-?over\b", "switchover")],
    "de": [(r"\bMontage\b", "die Montage"), (r"\bLieferung\b", "die Lieferung"), (r"\bEinrichtung\b", "die Einrichtung"),
           (r"\bUmstellung\b", "die Umstellung"), (r"\bInstallation\b", "die Installation")],
    "fr": [(r"\binstallation\b", "l'installation"), (r"\blivraison\b", "la livraison"), (r"\bmontage\b", "le montage"),
           (r"\bnettoyage\b", "le nettoyage"), (r"\bintervention\b", "l'intervention")],
    "es": [(r"\binstalaci[oó]n\b", "la instalación"), (r"\bmontaje\b", "el montaje"), (r"\bentrega\b", "la entrega")],
}
# A sentence that asks whether the work can be done then ("confirmadme que ... se puede hacer del 22 al 8").
_ASKS_FIT = re.compile(r"\?|\b(?:confirm\w*|bestätig\w*|whether|ob|si\s+se|possible|möglich)\b", re.I)
# A line in the rep's voice another rule made ("Le envío hoy la factura a nombre de ...").
_REP_LINE = re.compile(r"^(?:I'll|I |Ich |Wir |Je |Nous |Le envío|Te envío|Les envío|Envío)")
# Points closed rather than dropped when a line says them: their sentence stays the context of the next question.
_CLOSED = ("question", "listed")
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}
# The documents a name is put on, with their gender where the rep's sentence needs it.
_DOCS = {
    "en": r"(?P<doc>(?:(?:tax|proforma|pro-forma|deposit|final|first|formal|framework)\s+)?(?:quote|offer|contract|invoice|"
          r"order confirmation|agreement|policy|proforma|lease))",
    # "Rechnungsanschrift: ...": the label of the address the document is made out to
    "de": r"(?P<doc>(?:erste\s+)?(?:Offerte|Auftragsbestätigung|" + de_docs("angebot", "rechnung", "vertrag")
          + r"))(?:s?(?:anschrift|adresse|empfänger))?",  # "Schlussrechnung an: ...": compounddoc.py
    "fr": r"(?P<doc>(?:première\s+)?(?:devis|facture|contrat|offre|police))",
    "es": r"(?P<doc>(?:primera\s+|primer\s+)?(?:factura|contrato|cotizaci[oó]n|presupuesto|p[oó]liza))",
}
_GENDER = {"angebot": "n", "offerte": "f", "rechnung": "f", "vertrag": "m", "auftragsbestätigung": "f",
           "devis": "m", "facture": "f", "contrat": "m", "offre": "f", "police": "f",
           "factura": "f", "contrato": "m", "cotización": "f", "cotizacion": "f", "presupuesto": "m", "póliza": "f",
           "poliza": "f"}
# The tie between a document and whom it is made out to.
_TIE = {
    # "must go to", "to be signed by our managing director, in the name of ...": the document's tie said with a modal
    # or past the signer named between
    "en": r"(?:\s+(?:be|go|goes|is|to\s+be|(?:has\s+to|must|should|needs\s+to)\s+(?:be|go)))?"
          r"(?:\s+to\s+be\s+signed(?:\s+by\s+(?:our|the|my)(?:\s+[\w-]+){1,3})?,)?(?:\s+(?:made\s+out|drawn\s+up|"
          r"addressed|issued|sent))?(?:\s+out)?(?:\s+please)?\s+(?:to|in\s+the\s+name\s+of|in\s+(?:the\s+)?[\w']+\s+(?:full\s+)?"
          r"legal\s+name,?)\s+",
    # "an die ...", "an: ...", "an Murtal Stahlbau GmbH" (a name right after), or a label's colon
    "de": r"(?:(?:\s+(?:geht|bitte|adressiert|ausgestellt|muss|soll))*\s*(?:an|auf)(?::|\s+(?=(?:den|die|das)\s|[A-ZÄÖÜ]))"
          r"|\s*:)\s*",
    # "au nom de ...", "à adresser à ...", "à signer par notre gérant, au nom de ..."
    "fr": r"(?:\s+(?:est|doit|à|être|établi[e]?|établir|au|déposer|sur|Chorus|Pro))*"
          r"(?:\s+à\s+signer(?:\s+par(?:\s+[\w-]+){1,3})?,)?\s+(?:au\s+nom\s+(?=de\b|du\b|d['’])|adress(?:er|ée)\s+à\s+(?!l))",
    # "va a nombre de ...", "para firma de nuestro gerente, a nombre de ..."
    "es": r",?(?:\s+(?:definitiva|formal))?(?:\s+para\s+firma(?:\s+(?:de|por)(?:\s+[\w-]+){1,3})?,)?"
          r"(?:\s+(?:va|irá|debe\s+ir|tiene\s+que\s+ir))?\s+a\s+nombre\s+(?=de\b|del\b)",
}
# The verb of invoicing with whom it is made out to right after, the document it makes ("doc" then names it).
_BILL = {"en": r"(?:^|\s)(?P<doc>invoice)\s+(?=[A-Z])",
         "fr": r"(?i:(?:^|\s)(?P<doc>factur)er\s+(?:à|au\s+nom\s+(?=de\b|du\b|d['’])))\s*",
         "es": r"(?i:(?:^|\s)(?P<doc>factur)ar\s+a(?:\s+nombre\s+(?=de\b|del\b))?)\s*"}
_BILL_DOC = {"fr": "facture", "es": "factura"}
# A tie that says the document is made out to someone, not only sent to them; a verb of sending.
_MADE = re.compile(r"\b(?:made|drawn|addressed|issued|go|goes|out|name|adressiert|ausgestellt|auf|geht)\b", re.I)
_SEND = re.compile(r"\b(?:send|sent|email|e-mail|forward|schick\w*|sende\w*|senden|weiterleiten)\b", re.I)
# Where the name ends: a negation ("not the faculty"), a reason, a limit, a plus, a parenthesis, a dash.
_NAME_END = re.compile(r"\s*(?:,?\s+(?:not|nicht|pas|no|sonst|so|because|weil|car|porque|plus|before|by|bis|avant|antes|"
                       r"quoting|indicating|indicando|en\s+rappelant|y\s+por\s+favor|por\s+favor|bitte|svp|"
                       r"s['’]il\s+vous|please|on\s+peut|we|wir|nous|otherwise|sinon|para|pour|damit|um|"
                       r"to\s+(?:raise|issue|cut|get|pay|match|process))\b|"
                       r"\s+(?:y|and|und|et)\s+(?:el|la|los|las|the|die|der|das|le|les)\s|"
                       # a comma and a small word opens a clause, unless it names a department or "for the attention"
                       r",\s+(?!(?:attention|attn|c/o|service|département|servicio|departamento|mit|with|con|avec|"
                       r"accounts|comptes|comptabilité|cuentas|contabilidad|achats|compras|purchasing|finance|"
                       r"finanzas)\b|att\.|z\.\s*H\.)(?-i:[a-zäöüßàâçéèêëîïôûùáíóúñ])|"
                       # a tax number's label and what is said of it ("NIP is in attachment", "UID siehe Anhang")
                       r",\s+(?:(?-i:[A-Z]{2,5})\s+(?-i:[a-zäöüß])|(?:VAT|USt|UID|NIP|NIF|CIF|RFC|RUT|CUIT|TVA|SIRET|"
                       r"tax)\b)|"
                       # a line break: the next item of a list ("S.L.\nEntrega antes del ...")
                       r"\(|\s[-–]\s(?![A-ZÁÉÍÓÚ])|;|\?|(?<=[^\W\d_]{4})\.(?:\s|$)|\n|$)", re.I)
MAX_SCRAP_WORDS = 6  # a note's piece of a window no longer than this ("Fri 13 Aug.") says nothing the line does not
MAX_NAME_WORDS = 12  # a longer tail is a sentence of its own, not whom a document is made out to
# A limit with a day: the document is needed, signed or the order cut by then.
_LIMIT = re.compile(rf"(?i:\b(?:before|by|until|bis(?:\s+(?:zum|spätestens))?|avant(?:\s+le)?|antes\s+del?)\s+"
                    rf"(?:(?:the|our|el|le)\s+)?(?:[\w-]+\s+){{0,3}}?(?:on\s+)?)(?P<day>{_DAY})", re.I)
# What makes a limit the order's: a signature, a purchase order, or the document itself.
_PAPER = re.compile(r"\b(?:sign|signed|PO|purchase order|contract|quote|agreement|policy|Vertrag|Angebot|Offerte|"
                    r"Bestellung|signer|contrat|devis|firmar|contrato|cotizaci[oó]n|p[oó]liza|beides)\b", re.I)
# A limit for the goods or for something else the customer wants ("the delivery by ...", "certificate before"):
# needby.py asks it; a written confirmation is this very email.
_NOT_PAPER = re.compile(r"\b(?:deliver\w*|Lieferung|liefern|livraison|entrega|certifica\w*|Bescheinigung|"
                        r"confirmation|Bestätigung|confirmaci[oó]n|training|Schulung|formation)\b", re.I)
# A purchase order or file number the document must carry.
# "The order number is ZK/2033/0217", "Order reference PM-2033-044", "Pedido n.º NM-2033-0158" as well.
_REF = re.compile(r"\b(?:PO|(?i:purchase order|order(?=\s+(?:number|no\b|reference|ref\b)))|P\.O\.|Kostenstelle|"
                  r"Bestellnummer|(?i:bon de commande)(?: n°)?|expediente|(?i:orden de compra|pedido))"
                  r"\s*(?:number|no\.?|n°|n\.?\s?º|#|reference|ref\.?)?(?:\s+is)?:?\s*(?P<ref>[A-Z]{0,4}[-\s/]?\d[\w/-]*)")
_PRONOUN = {"en": re.compile(r"\b(?:need|needs)\s+(?:it|them)\b", re.I),
            "de": re.compile(r"\b(?:brauche\w*|benötige\w*)\s+(?:sie|es|ihn)\b", re.I),
            "fr": re.compile(r"\b(?:nous\s+(?:le|la|les)\s+faut|en\s+avons\s+besoin)\b", re.I),
            "es": re.compile(r"\b(?:la|lo|las|los)\s+necesit\w+", re.I)}
# An abbreviation of "for the attention of" the sentence splitter may end a sentence at.
_CUT_ABBREVIATION = re.compile(r"\b(?:att|attn|z|H|z\.\s*H|c/o|Abt|Dept)\.$")
# A firm's form the splitter cuts in two ("Sp. z o.o.", "GmbH & Co. KG"): its second half opens the next piece.
_CUT_FORM = re.compile(r"\b(?:Sp|Co)\.$")
_FORM_TAIL = re.compile(r"(?:z\s+o\.\s*o\.|KG\b|Ltd\b|Inc\b|LLC\b)")
# An e-invoicing portal the document is to be lodged on ("à déposer sur Chorus Pro", "upload it to Coupa").
_PORTAL_NAME = r"(?P<portal>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
_PORTAL = {"en": re.compile(r"\b(?:upload\w*|submit\w*)\s+(?:it\s+)?(?:to|on|via|through)\s+" + _PORTAL_NAME),
           "fr": re.compile(r"\b(?:déposer|déposée?)\s+sur\s+" + _PORTAL_NAME)}
_SAY_PORTAL = {"en": ", through {portal}", "fr": ", déposée sur {portal}"}
# A firm's form that keeps its own full stop.
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}|(?:Kft|Lda|Ltd|Inc|Co|Corp|Pvt|Ltda|Bt|Zrt|Ltée)\.")
# Their purchase order, raised on the document; said with the name when no number is given yet.
_PO = re.compile(r"\b(?:PO|(?i:purchase\s+order|Bestellung|bon\s+de\s+commande|orden\s+de\s+compra))\b")
_FOR_PO = {"en": ", for your {po}", "de": " für Ihre Bestellung", "fr": " pour votre bon de commande",
           "es": ", para su orden de compra"}
_SAY_REF = {"en": ", quoting {ref}", "de": " mit {ref}", "fr": ", en rappelant le {ref}", "es": ", indicando {art} {ref}"}
# The sentence refers to a number given elsewhere in the email ("quoting that number", "against it").
_REFERS = re.compile(r"\b(?:that\s+number|against\s+it|quoting|ce\s+numéro|diese\s+Nummer|ese\s+número)\b", re.I)


def _span_line(sentence: str, language: str) -> str:
    """The rep's line placing the work in the window the sentence gives, or "" (also when the sentence asks whether
    the work fits it: that is the rep's to answer, not to promise)."""
    span = _SPAN.search(sentence) if not _ASKS_FIT.search(sentence) else None
    works = [say for rx, say in _WORK[language] if re.search(rx, sentence, 0 if language == "de" else re.I)]
    if span is None or not works:
        return ""
    a, b = (re.sub(r"^(?:le|el|dem|the)\s+", "", span.group(x), flags=re.I) for x in ("a", "b"))
    work = f" {_AND[language]} ".join(dict.fromkeys(works))
    if language == "en":
        return f"I'll schedule the {work} between {a} and {b}."
    if language == "de":
        return f"{work[0].upper()}{work[1:]} legen wir in die Zeit zwischen {a} und {b}."
    if language == "fr":
        return f"Nous planifions {work} entre le {a} et le {b}."
    return f"Programamos {work} entre el {a} y el {b}."


# Where the goods are taken in: a gate, dock, hall or store with its number or letter ("Gate 3 goods-in", "Tor 5",
# "quai n° 3", "caseta 2"), a second one after a comma ("Hall C, gate 4").
_PLACE_NOUN = (r"(?:gate|dock|loading\s+bay|bay|hall|warehouse|door|Tor|Halle|Rampe|Lager|Wareneingang|quai|portail|porte|"
               r"caseta|muelle|nave|puerta|and[eé]n|bodega|almac[eé]n)")
_PLACE_ONE = _PLACE_NOUN + r"\s+(?:n[°º]\s*|no\.\s*|Nr\.\s*)?(?:\d{1,3}|[A-Z])\b(?:\s+goods[-\s]in\b)?"
_PLACE = re.compile(rf"(?P<place>{_PLACE_ONE}(?:,\s+{_PLACE_ONE})?)", re.I)
# The hours it may come in ("7am-3pm", "6-14 Uhr", "de 6 h à 13 h", "de 7 a 14 h", "entre 7 h et 15 h") and the days
# ("weekdays", "Montag bis Donnerstag", "du lundi au vendredi", "de lunes a viernes").
_HOURS = re.compile(r"(?P<hours>\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*[-–]\s*\d{1,2}(?::\d{2})?\s*(?:am|pm|Uhr)\b|"
                    r"(?:de|entre)\s+\d{1,2}\s*h(?:\s*\d{2})?\s+(?:à|et|a)\s+\d{1,2}\s*h(?:\s*\d{2})?|"
                    r"de\s+\d{1,2}(?::\d{2})?\s+a\s+\d{1,2}(?::\d{2})?\s*h)", re.I)
_DAYS = re.compile(rf"(?P<days>weekdays|(?:{_WEEKDAY})\s+(?:to|bis|-|–)\s+(?:{_WEEKDAY})|"
                   rf"du\s+(?:{_WEEKDAY})\s+au\s+(?:{_WEEKDAY})|de\s+(?:{_WEEKDAY})\s+a\s+(?:{_WEEKDAY}))", re.I)
# A sentence about the goods coming in, not the rep's visit or a collection.
_DELIVERY = re.compile(r"\b(?:deliver\w*|goods[-\s]in|Lieferung\w*|Anlieferung|liefern|livraison\w*|livrer|entregas?|"
                       r"entregar)\b", re.I)
_CLAUSE = re.compile(r",?\s+(?:and|because|as|since|und|weil|da|denn|et|car|parce|porque|pues|y)\s+(?:the|die|der|das|le|la|"
                     r"les|el|los|las|we|wir|nous|it|es)\b|,?\s+(?:because|weil|denn|car|porque)\b|;|:", re.I)
_SAY_DELIVERY = {"en": "We'll deliver to {place}", "de": "Wir liefern an {place}", "fr": "Nous livrons au {place}",
                 "es": "Entregamos por {place}"}


def _delivery_line(sentence: str, language: str) -> str:
    """The rep's line taking in where (and on which days and hours) the customer wants the goods delivered, or ""
    (also when the sentence asks whether it can be done: that is the rep's to answer)."""
    place = _PLACE.search(sentence) if _DELIVERY.search(sentence) and not _ASKS_FIT.search(sentence) else None
    if place is None:
        return ""
    where = re.sub(r"^(?:quai|caseta)\b", lambda m: m.group(0).lower(), place.group("place"))
    if language == "fr" and not where.lower().startswith("quai"):
        where = "portail" + where[7:] if where.lower().startswith("portail") else where
        line = f"Nous livrons par le {where}" if re.match(r"(?i)portail|porte", where) else f"Nous livrons au {where}"
    elif language == "es":
        art = "el" if re.match(r"(?i)muelle|and[eé]n|almac[eé]n", where) else "la"
        line = f"Entregamos por {art} {where}"
    else:
        line = _SAY_DELIVERY[language].format(place=where)
    # the days and hours of the place's own clause ("..., and the installation only on weekend, because the line runs
    # Monday to Friday": the line's days, not the delivery's)
    clause = _CLAUSE.split(sentence[place.start():])[0]
    days, hours = _DAYS.search(clause), _HOURS.search(clause)
    if not (days or hours):
        before = _CLAUSE.split(sentence[:place.start()])[-1]  # "Lieferung nur Montag bis Donnerstag 6-14 Uhr an Tor 5"
        days, hours = _DAYS.search(before), _HOURS.search(before)
    when = " ".join(x.group(0) for x in (days, hours) if x)
    # "de 7 a 14 h" said as "entre las 7 y las 14 h": the draft's later passes read "de 7" as a day of the month
    when = re.sub(r"\bde (\d{1,2}(?::\d{2})?) a (\d{1,2}(?::\d{2})?) ?h\b", r"entre las \1 y las \2 h", when) \
        if language == "es" else when
    return f"{line}, {when}." if when else f"{line}."


def _made_out(sentence: str, language: str, refs: str) -> tuple[str, str]:
    """(document, whom it is made out to, with any number it must carry) from the sentence, or ("", "")."""
    m = re.search(r"(?:^|\s)(?:the\s+|a\s+|die\s+|den\s+|das\s+|le\s+|la\s+|el\s+)?(?:definitive\s+)?"
                  + _DOCS[language] + r"(?:\s+(?:on\s+your\s+letterhead|definitiva|formal))?" + _TIE[language],
                  sentence, 0 if language == "de" else re.I)
    if m is None and language in _BILL:
        m = re.search(_BILL[language], sentence)  # "please invoice Neuse River University", "Facturar a ..."
    loose = firm_tie(sentence, language) if m is None else ("", "")  # "Bon de commande PJ-2033-27 au nom de la SRL"
    if m is None and not loose[1]:
        return "", ""
    if m is not None and language in ("en", "de") and not _MADE.search(m.group(0)) and _SEND.search(sentence):
        return "", ""  # "Please send the quote to Mark Evans": whom it goes to, not whom it is made out to
    doc, name = loose
    colon = ""
    if m is not None:
        rest = sentence[m.end():]
        end = _NAME_END.search(rest)
        name = rest[:end.start()].strip(" ,:") if end else rest.strip()
        # "Rechnungsanschrift: ...", "Rechnung an Murtal Stahlbau GmbH": addressed to, no article to put it on
        colon = ":" if language == "de" and re.search(r"(?::|\ban)\s*$", m.group(0)) and rest[:1].isupper() else ""
        if language == "en":
            name = name.split(" in the name of ")[-1]  # "upload the invoice to Coupa in the name of ...": the name
            name = re.sub(r",?\s+(?:against\s+it|quoting\s+that\s+number)\.?$", "", name)
        bare = re.sub(r"^:?\s*(?:(?:den|die|das|de\s+la|del|du|de)\b|de\s+l['’]|d['’])\s*", "", name)
        # French and Spanish keep a common noun small ("au nom du lycée Hélène-Arnaud"): a name follows it
        capital = bare[:1].isupper() or language in ("fr", "es") and any(w[:1].isupper() for w in bare.split()[:3])
        if not capital or len(name.split()) > MAX_NAME_WORDS or re.match(r"(?:me|you|us|mich|uns|moi|nous|mí)\b", name,
                                                                            re.I):
            return "", ""
        closed = re.match(r"(.*?\S)\s*,\s+\d", name)  # "S.R.L., 12 meses": a term after the form, not the name
        firm = firm_name(name)[0]  # "... Pvt. Ltd. to our legal, Mr. Kulkarni": the name ends with its legal form
        name = firm if firm and re.match(r"\s+[a-z]", name[len(firm):]) and firm_form(firm.split()[-1]) else name
        name = closed.group(1) if closed and firm_form(closed.group(1).split()[-1]) else name
        if name.endswith(".") and not _DOTTED.fullmatch(name.split()[-1]):
            name = name[:-1]  # the sentence's full stop, not an abbreviation's ("S.R.L.", "Ltd.", "Kft.")
        doc = _BILL_DOC[language] if m.group("doc").lower() == "factur" else m.group("doc")
    # the number said with it, or given elsewhere in the email for an invoice ("PO 3318 attached. Please invoice ...")
    invoice = re.search(r"invoice|Rechnung|factur", doc, re.I)
    ref = _REF.search(sentence) or (_REF.search(refs) if _REFERS.search(sentence) or invoice else None)
    if ref and ref.group("ref") not in name:
        said = re.sub(r"\s+is\b:?", "", ref.group(0).strip())
        said = said[0].lower() + said[1:] if said[:2].istitle() and language != "de" else said  # German nouns keep theirs
        name += _SAY_REF[language].format(ref=said, art="la" if said.startswith("orden") else "el")
    po = _PO.search(sentence)
    if po and not ref:  # in the customer's word for it ("PO", "purchase order")
        # "so Mark can raise the PO": the quote is what their order is raised on
        name += _FOR_PO[language].format(po=po.group(0) if po.group(0) == "PO" else po.group(0).lower())
    portal = _PORTAL.get(language) and _PORTAL[language].search(sentence)
    if portal:  # "à déposer sur Chorus Pro": the portal it goes through is said with the name
        name += _SAY_PORTAL[language].format(portal=portal.group("portal"))
    return doc, colon + name


def _bare(name: str) -> str:
    """The firm's name without its leading preposition or article and what follows its first comma."""
    return re.sub(r"^:?\s*(?:(?:den|die|das|de\s+la|del|du|de)\b|de\s+l['’]|d['’])\s*", "", name).split(",")[0]


# The customer asks for the document to be sent for signature ("send the contract to be signed by our director").
_SIGN = re.compile(r"\b(?:sign\w*|unterschr\w*|signer|signature|firm[ae]\w*)\b", re.I)
_FOR_SIGNATURE = {"en": " and send it to you for signature.", "de": " und schicken {it} Ihnen zur Unterschrift.",
                  "fr": " et vous l'envoie pour signature.", "es": " y se lo envío para firma."}


def _line(doc: str, name: str, day: str, language: str, sign: bool = False) -> str:
    """The rep's sentence making the document out to the name, sent by the day when one is set (`sign`: sent for
    signature, as the customer asks)."""
    key = doc.lower()
    stop = "" if name.endswith(".") else "."
    if sign and not day:
        stop = _FOR_SIGNATURE[language].format(it={"m": "ihn", "n": "es"}.get(_GENDER.get(de_head(key.split()[-1]), "f"), "sie"))
    gender = _GENDER.get(de_head(key.split()[-1]), "f")  # "primera factura": the noun decides
    if language == "en":
        return f"I'll make the {key} out to {name}" + (f" and send it in good time before {day}." if day else stop)
    if language == "de":
        art, it = {"m": ("Den", "ihn"), "n": ("Das", "es")}.get(gender, ("Die", "sie"))
        if name.startswith(":"):  # "bitte an: Gymnasium ...": addressed to, no article to put it on
            return f"{art} {doc} adressieren wir an {name[1:].strip()}" + (f" und schicken {it} Ihnen bis {day}."
                                                                           if day else stop)
        return f"{art} {doc} stellen wir auf {name} aus" + (f" und schicken {it} Ihnen bis {day}." if day else
                                                           stop if sign else ".")
    if language == "fr":
        tie = "au nom " if re.match(r"(?:de|du|d['’])\b", name) else \
            "au nom d'" if re.match(r"[AEIOUÉÈÊaeiouéèêh]", name) else "au nom de "
        art = "le" if gender == "m" else "la"
        return f"Je mets {art} {key} {tie}{name}" + (f" et vous l'envoie avant le {re.sub(r'^le ', '', day)}."
                                                       if day else stop)
    art = "El" if gender == "m" else "La"
    tie = "a nombre " if re.match(r"(?:de|del)\b", name) else "a nombre de "
    return f"{art} {key} irá {tie}{name}" + (f" y saldrá antes del {re.sub(r'^el ', '', day)}." if day else stop)


def _limit(sentence: str, after: bool = False) -> str:
    """The day a sentence sets for the order's paperwork ("the contract has to be signed before June 30"), or ""
    (`after`: the sentence follows the document's and names it by a pronoun)."""
    m = _LIMIT.search(sentence)
    if m is None or not (after or _PAPER.search(sentence[:m.start()] + " " + sentence[m.end():])):
        return ""
    if _NOT_PAPER.search(sentence[:m.start()]):
        return ""
    return m.group("day")


# Where a list item holding several sentences splits ("Pedido n.º NM-2033-0158. Facturar a ...").
_PIECE = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=\d))\.\s+")


def _restated(piece: str, used: list[str], said: str) -> bool:
    """Whether a piece of a customer's sentence is one the lines say: inside a sentence they come from, or only the
    order number they quote ("Pedido n.º NM-2033-0158")."""
    piece = piece.rstrip(". ")
    if any(piece in " ".join(s.split()) for s in used):
        return True
    ref = _REF.search(piece)
    return bool(ref) and ref.group("ref") in said and not re.search(r"\w", piece[:ref.start()] + piece[ref.end():])


def order_conditions(items: list[Item], src: Source | None, cleaned: dict, last: dict, language: str) -> list[Item]:
    """The items with the conditions of the order the customer's newest email (`src`, the last interaction) states
    said as the rep's lines, and the points that pasted those sentences left out. Whom a document is made out to is
    confirmed whenever it is given; a window for the work only once the customer has decided (before that, the rep
    cannot yet say when the work is done)."""
    if language not in _DOCS or src is None:
        return items
    decided = any(last.get(k) for k in ("accepted", "chosen", "signed", "received", "ordered")) or any(
        i.kind == "order" and i.source_id == src.id and i.source_kind == src.kind for i in items)
    text = cleaned[(src.kind, src.id)]
    sentences: list[str] = []
    for s, e, _, _ in sentence_spans(text, "inbound"):
        # a line break ends a list's item even where the splitter saw an abbreviation ("... S.A. de C.V.\nlos datos")
        for k, piece in enumerate(p.strip() for p in text[s:e].split("\n") if p.strip()):
            if k == 0 and sentences and (_CUT_ABBREVIATION.search(sentences[-1])
                                         or _CUT_FORM.search(sentences[-1]) and _FORM_TAIL.match(piece)):
                sentences[-1] += " " + piece  # "att. Purchasing", "z. H. Direktion": one sentence
            else:
                sentences.append(piece)
    made: list[str] = []
    timed: list[str] = []
    doc = name = day = named = ""
    sign = False
    windows: list[str] = []
    # whom to make the order's papers out to: a decision said in other words ("Please invoice the Trust")
    decided = decided or any(_made_out(x, language, text)[1] for x in sentences)
    for k, sentence in enumerate(sentences):
        d, n = _made_out(sentence, language, text) if not name else ("", "")
        span = _span_line(sentence, language) if decided else ""
        span = span or (_delivery_line(sentence, language) if decided else "")
        # "Wir brauchen sie bis Freitag": a pronoun right after the document's sentence is that document
        after = bool(made) and sentences[k - 1] == made[-1] and bool(_PRONOUN[language].search(sentence))
        limit = "" if span else _limit(sentence, after)
        if n:
            doc, name, named = d, n, sentence
            # "Order will come from ... SRL, I send the signed paper tomorrow": their paper, not one to sign
            sign = bool(_SEND.search(sentence) and _SIGN.search(sentence)) and not firm_tie(sentence, language)[1]
            made.append(sentence)
        if span and span not in windows:
            windows.append(span)
            timed.append(sentence)
        if limit and not day:
            day = limit
            made.append(sentence)
    if not name and not windows:
        return items
    used = (made if name else []) + timed  # without a document, the limit is said by the deadline line instead
    # the name's registration number or bracketed form, as the customer wrote it after the name: firmid.py
    lines = ([with_firm_id(_line(doc, name, day, language, sign), named)] if name else []) + windows

    def said(item: Item) -> bool:
        """Whether the item only restates one of the sentences these lines say."""
        quote = " ".join(item.quote.split())
        return item.source_id == src.id and item.source_kind == src.kind and item.direction == "inbound" \
            and bool(quote) and (any(quote in " ".join(s.split()) for s in used) or len(_PIECE.split(quote)) > 1 and all(
                _restated(piece, used, " ".join(lines)) for piece in _PIECE.split(quote))) \
            and (item.kind != "question" or bool(_made_out(item.quote, language, text)[1]))
    # a statement is dropped, not closed: a closed point of the newest email is still read as its news (turn.py); a
    # question is closed, its sentence still the context of the next one (actions.before_question); the order itself
    # stays, its thanks and price said by the order's line even when its sentence also names whom to invoice
    days = set(re.findall(r"\d+", " ".join(windows)))

    def window_scrap(item: Item) -> bool:
        """Whether the item is a short scrap of days the window line says ("Fri 13 Aug." from a call note)."""
        figures = re.findall(r"\d+", item.quote)
        return item.kind in ("term", "constraint") and item.direction in ("note", "inbound") and bool(figures) \
            and set(figures) <= days and len(item.quote.split()) <= MAX_SCRAP_WORDS
    if name and any(i.status == "open" and _REP_LINE.match(i.text) and _bare(name) in i.text and not said(i)
                    for i in items):
        # "Le envío hoy la factura a nombre de ...": a line of the rep's for another sentence already names it
        lines, used = lines[1:], timed
    if not lines:
        return items
    out = [replace(i, status="answered", by=f"{src.kind}:{src.id}") if i.kind in _CLOSED and said(i) else i
           for i in items if i.kind in _CLOSED or i.kind == "order" or not (said(i) or window_scrap(i))]
    return out + [Item(kind="request", text=" ".join(lines), quote=used[0],
                                                     source_kind=src.kind, source_id=src.id, at=src.at,
                                                     direction="inbound")]


def condition_line(text: str) -> bool:
    """Whether an item's text is this module's line (a thing the rep does, for sendback.own_action)."""
    return bool(re.match(r"(?:I'll (?:make the|schedule the) |(?:Die|Den|Das) [\w ]+? (?:stellen|legen|adressieren) wir |"
                         r"Je mets (?:le|la) |Nous planifions |(?:El|La) \w+ irá a nombre |Programamos |We'll deliver to |"
                         r"Wir liefern an |Nous livrons |Entregamos por )", text))

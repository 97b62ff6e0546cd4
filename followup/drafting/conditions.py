"""The conditions a customer states for the order they just decided on, confirmed in the rep's voice: whom the
quote, contract or invoice is made out to ("made out to Pecan Creek ISD", "an den Fachbereich Schulen mit
Kostenstelle 4020", "au nom de la Fondation ...", "a nombre de Universidad ..."), the day it is needed by ("before
Friday 25 June") and the window the work must fit ("between Monday, June 14 and Friday, July 30").

Read by structure: a document noun with a tie to its addressee; a limit preposition with a day beside a document
or a signature; two days joined as a span in a sentence naming the work. The customer's sentences they come from
are then said by these lines alone, never pasted back as fragments. A delivery the customer needs by a day is no
condition here: whether it can be met is asked (needby.py), never promised."""
from __future__ import annotations

import re
from dataclasses import replace

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
          r"order confirmation|agreement|policy|proforma))",
    "de": r"(?P<doc>(?:erste\s+)?(?:Angebot|Offerte|Rechnung|Vertrag|Auftragsbestätigung))",
    "fr": r"(?P<doc>(?:première\s+)?(?:devis|facture|contrat|offre|police))",
    "es": r"(?P<doc>(?:primera\s+|primer\s+)?(?:factura|contrato|cotizaci[oó]n|presupuesto|p[oó]liza))",
}
_GENDER = {"angebot": "n", "offerte": "f", "rechnung": "f", "vertrag": "m", "auftragsbestätigung": "f",
           "devis": "m", "facture": "f", "contrat": "m", "offre": "f", "police": "f",
           "factura": "f", "contrato": "m", "cotización": "f", "cotizacion": "f", "presupuesto": "m", "póliza": "f",
           "poliza": "f"}
# The tie between a document and whom it is made out to.
_TIE = {
    "en": r"(?:\s+(?:be|go|goes|is|to\s+be|has\s+to\s+be|must\s+be|should\s+be))?(?:\s+(?:made\s+out|drawn\s+up|"
          r"addressed|issued|sent))?(?:\s+out)?(?:\s+please)?\s+(?:to|in\s+the\s+name\s+of|in\s+(?:the\s+)?[\w']+\s+(?:full\s+)?"
          r"legal\s+name,?)\s+",
    "de": r"(?:\s+(?:geht|bitte|adressiert|ausgestellt|muss|soll))*\s*(?:an|auf)(?::|\s+(?=(?:den|die|das)\s))\s*",
    "fr": r"(?:\s+(?:est|doit|à|être|établi[e]?|établir|au|déposer|sur|Chorus|Pro))*\s+au\s+nom\s+(?=de\b|du\b|d['’])",
    "es": r",?(?:\s+(?:definitiva|formal))?\s+a\s+nombre\s+(?=de\b|del\b)",
}
# A tie that says the document is made out to someone, not only sent to them; a verb of sending.
_MADE = re.compile(r"\b(?:made|drawn|addressed|issued|go|goes|out|name|adressiert|ausgestellt|auf|geht)\b", re.I)
_SEND = re.compile(r"\b(?:send|sent|email|e-mail|forward|schick\w*|sende\w*|senden|weiterleiten)\b", re.I)
# Where the name ends: a negation ("not the faculty"), a reason, a limit, a plus, a parenthesis, a dash.
_NAME_END = re.compile(r"\s*(?:,?\s+(?:not|nicht|pas|no|sonst|so|because|weil|car|porque|plus|before|bis|avant|antes|"
                       r"quoting|indicating|indicando|en\s+rappelant|y\s+por\s+favor|por\s+favor|bitte|svp|"
                       r"s['’]il\s+vous|please|on\s+peut|we|wir|nous|otherwise|sinon|para|pour|damit|um|"
                       r"to\s+(?:raise|issue|cut|get|pay|match|process))\b|"
                       r"\s+(?:y|and|und|et)\s+(?:el|la|los|las|the|die|der|das|le|les)\s|"
                       # a comma and a small word opens a clause, unless it names a department or "for the attention"
                       r",\s+(?!(?:attention|attn|c/o|service|département|servicio|departamento|mit|with|con|avec)\b|att\.|"
                       r"z\.\s*H\.)(?-i:[a-zäöüßàâçéèêëîïôûùáíóúñ])|"
                       r"\(|\s[-–]\s(?![A-ZÁÉÍÓÚ])|;|\?|(?<=[^\W\d_]{4})\.(?:\s|$)|$)", re.I)
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
_REF = re.compile(r"\b(?:PO|(?i:purchase order)|P\.O\.|Kostenstelle|Bestellnummer|bon de commande(?: n°)?|expediente|"
                  r"orden de compra)\s*(?:number|no\.?|n°|#)?\s*(?P<ref>[A-Z]{0,4}[-\s]?\d[\w/-]*)")
_PRONOUN = {"en": re.compile(r"\b(?:need|needs)\s+(?:it|them)\b", re.I),
            "de": re.compile(r"\b(?:brauche\w*|benötige\w*)\s+(?:sie|es|ihn)\b", re.I),
            "fr": re.compile(r"\b(?:nous\s+(?:le|la|les)\s+faut|en\s+avons\s+besoin)\b", re.I),
            "es": re.compile(r"\b(?:la|lo|las|los)\s+necesit\w+", re.I)}
# An abbreviation of "for the attention of" the sentence splitter may end a sentence at.
_CUT_ABBREVIATION = re.compile(r"\b(?:att|attn|z|H|z\.\s*H|c/o|Abt|Dept)\.$")
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
_SAY_REF = {"en": ", quoting {ref}", "de": " mit {ref}", "fr": ", en rappelant le {ref}", "es": ", indicando el {ref}"}
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


def _made_out(sentence: str, language: str, refs: str) -> tuple[str, str]:
    """(document, whom it is made out to, with any number it must carry) from the sentence, or ("", "")."""
    m = re.search(r"(?:^|\s)(?:the\s+|a\s+|die\s+|den\s+|das\s+|le\s+|la\s+|el\s+)?(?:definitive\s+)?"
                  + _DOCS[language] + r"(?:\s+(?:on\s+your\s+letterhead|definitiva|formal))?" + _TIE[language],
                  sentence, 0 if language == "de" else re.I)
    if m is None and language == "en":
        m = re.search(r"(?:^|\s)(?P<doc>invoice)\s+(?=[A-Z])", sentence)  # "please invoice Neuse River University"
    if m is None:
        return "", ""
    if language in ("en", "de") and not _MADE.search(m.group(0)) and _SEND.search(sentence):
        return "", ""  # "Please send the quote to Mark Evans": whom it goes to, not whom it is made out to
    rest = sentence[m.end():]
    end = _NAME_END.search(rest)
    name = rest[:end.start()].strip(" ,:") if end else rest.strip()
    colon = ":" if language == "de" and m.group(0).rstrip().endswith(":") else ""
    if language == "en":
        name = name.split(" in the name of ")[-1]  # "upload the invoice to Coupa in the name of ...": the name
        name = re.sub(r",?\s+(?:against\s+it|quoting\s+that\s+number)\.?$", "", name)
    bare = re.sub(r"^:?\s*(?:(?:den|die|das|de\s+la|del|du|de)\b|de\s+l['’]|d['’])\s*", "", name)
    # French and Spanish keep a common noun small ("au nom du lycée Hélène-Arnaud"): a name follows it
    capital = bare[:1].isupper() or language in ("fr", "es") and any(w[:1].isupper() for w in bare.split()[:3])
    if not capital or len(name.split()) > MAX_NAME_WORDS or re.match(r"(?:me|you|us|mich|uns|moi|nous|mí)\b", name, re.I):
        return "", ""
    if name.endswith(".") and not _DOTTED.fullmatch(name.split()[-1]):
        name = name[:-1]  # the sentence's full stop, not an abbreviation's ("S.R.L.", "Ltd.", "Kft.")
    # the number said with it, or given elsewhere in the email for an invoice ("PO 3318 attached. Please invoice ...")
    invoice = re.search(r"invoice|Rechnung|facture|factura", m.group("doc"), re.I)
    ref = _REF.search(sentence) or (_REF.search(refs) if _REFERS.search(sentence) or invoice else None)
    if ref and ref.group("ref") not in name:
        said = ref.group(0).strip()
        name += _SAY_REF[language].format(ref=said[0].lower() + said[1:] if said[:2].istitle() else said)
    po = _PO.search(sentence)
    if po and not ref:  # in the customer's word for it ("PO", "purchase order")
        # "so Mark can raise the PO": the quote is what their order is raised on
        name += _FOR_PO[language].format(po=po.group(0) if po.group(0) == "PO" else po.group(0).lower())
    portal = _PORTAL.get(language) and _PORTAL[language].search(sentence)
    if portal:  # "à déposer sur Chorus Pro": the portal it goes through is said with the name
        name += _SAY_PORTAL[language].format(portal=portal.group("portal"))
    return m.group("doc"), colon + name


def _bare(name: str) -> str:
    """The firm's name without its leading preposition or article and what follows its first comma."""
    return re.sub(r"^:?\s*(?:(?:den|die|das|de\s+la|del|du|de)\b|de\s+l['’]|d['’])\s*", "", name).split(",")[0]


def _line(doc: str, name: str, day: str, language: str) -> str:
    """The rep's sentence making the document out to the name, sent by the day when one is set."""
    key = doc.lower()
    stop = "" if name.endswith(".") else "."
    gender = _GENDER.get(key.split()[-1], "f")  # "primera factura": the noun decides
    if language == "en":
        return f"I'll make the {key} out to {name}" + (f" and send it in good time before {day}." if day else stop)
    if language == "de":
        art, it = {"m": ("Den", "ihn"), "n": ("Das", "es")}.get(gender, ("Die", "sie"))
        if name.startswith(":"):  # "bitte an: Gymnasium ...": addressed to, no article to put it on
            return f"{art} {doc} adressieren wir an {name[1:].strip()}" + (f" und schicken {it} Ihnen bis {day}."
                                                                           if day else stop)
        return f"{art} {doc} stellen wir auf {name} aus" + (f" und schicken {it} Ihnen bis {day}." if day else ".")
    if language == "fr":
        tie = "au nom " if re.match(r"(?:de|du|d['’])\b", name) else "au nom de "
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
        if sentences and _CUT_ABBREVIATION.search(sentences[-1]):
            sentences[-1] += " " + text[s:e].strip()  # "att. Purchasing", "z. H. Direktion": one sentence
        else:
            sentences.append(text[s:e].strip())
    made: list[str] = []
    timed: list[str] = []
    doc = name = day = ""
    windows: list[str] = []
    # whom to make the order's papers out to: a decision said in other words ("Please invoice the Trust")
    decided = decided or any(_made_out(x, language, text)[1] for x in sentences)
    for k, sentence in enumerate(sentences):
        d, n = _made_out(sentence, language, text) if not name else ("", "")
        span = _span_line(sentence, language) if decided else ""
        # "Wir brauchen sie bis Freitag": a pronoun right after the document's sentence is that document
        after = bool(made) and sentences[k - 1] == made[-1] and bool(_PRONOUN[language].search(sentence))
        limit = "" if span else _limit(sentence, after)
        if n:
            doc, name = d, n
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
    lines = ([_line(doc, name, day, language)] if name else []) + windows

    def said(item: Item) -> bool:
        """Whether the item only restates one of the sentences these lines say."""
        quote = " ".join(item.quote.split())
        return item.source_id == src.id and item.source_kind == src.kind and item.direction == "inbound" \
            and any(quote and quote in " ".join(s.split()) for s in used) \
            and (item.kind != "question" or bool(_made_out(item.quote, language, text)[1]))
    # a statement is dropped, not closed: a closed point of the newest email is still read as its news (turn.py); a
    # question is closed, its sentence still the context of the next one (actions.before_question)
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
           for i in items if i.kind in _CLOSED or not (said(i) or window_scrap(i))]
    return out + [Item(kind="request", text=" ".join(lines), quote=used[0],
                                                     source_kind=src.kind, source_id=src.id, at=src.at,
                                                     direction="inbound")]


def condition_line(text: str) -> bool:
    """Whether an item's text is this module's line (a thing the rep does, for sendback.own_action)."""
    return bool(re.match(r"(?:I'll (?:make the|schedule the) |(?:Die|Den|Das) [\w ]+? (?:stellen|legen|adressieren) wir |"
                         r"Je mets (?:le|la) |Nous planifions |(?:El|La) \w+ irá a nombre |Programamos )", text))

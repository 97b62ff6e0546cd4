"""Sources cut into sentences and clauses, and what kind of point a sentence is (question, request, figure ...)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from followup.drafting.days import DATE_RE
from followup.drafting.handover import hands_over
from followup.drafting.memo import memo
from followup.drafting.unmarked import asks_unmarked
from followup.drafting.words import ANY_MONTH


@dataclass(frozen=True)
class Source:
    """One message (new text only) or call note of a single customer."""

    kind: str  # "message" | "note"
    id: int
    text: str
    at: datetime  # naive UTC
    direction: str  # "inbound" | "outbound" | "note"
    replied: str = ""  # the rep's own email an inbound one quotes below it (its body): their greeting is read from it
    replied_head: str = ""  # that email's header when it names the rep (its date): read as theirs by quotedrep.py
    subject: str = ""  # a message's Subject line: an out-of-office notice often says so there alone


_ABBREV = {"e.g", "i.e", "vs", "etc", "approx", "mr", "mrs", "ms", "dr", "inc", "ltd", "co", "jr", "sr", "st",
           "no", "incl", "est", "mo", "yr", "yrs", "min", "max", "ext", "dept", "jan", "feb", "mar", "apr",
           "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
           "thur", "thurs", "fri", "sat", "sun", "a.m", "p.m", "galv", "qty", "pcs", "pc", "hrs", "wk", "wks",
           "std", "opt", "spec", "specs", "dims", "diam", "alu", "stainl", "temp", "avg", "tot", "ea", "pp",
           "mind", "mín", "máx", "o.o"}


_TITLES = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "e.g", "i.e"}


# German titles that are also other words' abbreviations ("Fr." is Frau or Freitag): a title before a name only; so
# are the academic ones ("Frau Mag. Pichler", "Ing. Rosaura Téllez", "Lic. Ortega", "Dipl.-Ing.").
_NAME_TITLES = {"fr", "hr", "hrn", "fa", "mag", "mmag", "ing", "dipl", "lic", "arq"}


# What stands before a German "Fr." that is Friday, not Frau: a day's preposition or the rep who sends ("Angebot bis
# Fr.", "Offerte schicke ich Fr. Polmodul kommt ...": two sentences).
_DAY_BEFORE_TITLE = re.compile(r"\b(?:bis|am|ab|seit|ich|wir)\s+$", re.I)


# Abbreviations that never end a sentence, whatever follows ("inkl. Dessertbuffet", "ca. 140", "Tel. Dr. Keller").
_NEVER_END = {"inkl", "zzgl", "exkl", "ca", "bzw", "evtl", "ggf", "vgl", "usw", "wg", "bzgl", "tel", "nr", "z.b", "u.a", "d.h",
              "incl", "excl", "approx", "env", "aprox", "sra", "srta", "mme", "mlle", "dres", "prof",
              "p.ex", "cf", "tfno", "tlf", "ex", "bsp", "e.g", "i.e"}


# Figure units that end a sentence only before a capital ("5 Mio. oder 10 Mio." is one sentence).
# Words that start a sentence after a unit abbreviation ("5 Mio. Gibt es ...", "10 Mio. We ...").
_STARTERS = set("""gibt wir ich die der das sie es und aber bitte können könnten ist sind was wie wann the we i it
is are can could please and but what how when nous je le la les il est pouvez nosotros el la los es puede podemos
qué cómo""".split())


_UNIT_ABBREV = {"mio", "mrd", "tsd", "mill", "std", "min", "max"}
# ... and the currency after such a unit ("5 Mio. € pauschal", "2,1 Mio. EUR"): the figure goes on.
_UNIT_MONEY = re.compile(r"\s*(?:[€$£¥]|(?-i:[A-Z]{3})\b)")


# A German adjective cut after its stem's "l" ("schriftl." for schriftlich, "vermutl.", "voraussichtl.", "tägl."), or
# a lone letter ("f." for für): before a lower-case word the dot abbreviates, it ends no sentence. ("Stahl", "Kerl":
# an "l" after h or r ends a whole word.)
_CUT_WORD = re.compile(r"[a-zäöüß]{2,}[bcdfgkmnpstvwxzß]l|[a-zäöü]")


# Currencies written as a dotted abbreviation before the amount ("Gs. 28.900", "Rs. 4,500", "Bs. 120"): the dot
# ends no sentence when a figure follows.
# "excl." / "zzgl." before the tax it names: one clause ("excl. GST" is no sentence end before a capital).
_TAX_LEAD = {"excl", "incl", "exkl", "inkl", "zzgl", "exc", "inc"}
_TAX = re.compile(r"\s*(?:VAT|GST|HST|PST|MwSt|USt|IVA|TVA|BTW|IGV|ITBIS|ITBMS)\b", re.I)


_CURRENCY_ABBREV = {"gs", "bs", "rs", "ksh", "shs", "dhs", "sh"}


# A greeting the sentence starts with, in any of the four languages ("Hallo Herr Vogt, wie besprochen ..."): not said
# back.
_LEAD_GREETING = re.compile(r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|guten tag|liebe[rs]?|"
                            r"sehr geehrte[rs]?|bonjour|salut|chère?|hola|estimad[oa]s?|buenos días|buenas tardes)"
                            r"\b[^,.!\n]{0,30}[,!]\s*", re.I)


_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*(?=\s+|$)|\n\s*\n|\n(?=\s*[-*\u2022]\s)|;\s")


# Month names that follow a German ordinal day ("1. Juli"): the full stop there ends no sentence.
_ORDINAL_MONTHS = {"januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
                   "oktober", "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept",
                   "okt", "nov", "dez"}


# A month written short with its dot ("14. Okt. 10 Uhr", "le 3 oct. à 9h", "el 5 dic. a las 10"): the dot ends no
# sentence when a figure or a lower-case word follows.
_MONTH_ABBREV = {"jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "janv", "févr",
                 "fév", "avr", "juil", "oct", "déc", "dec", "ene", "abr", "ago", "dic"}


# A weekday written short with its dot before its date ("Di. 7.12.", "bis Fr. 10.12.", "ven. 10 déc.", "vie. 10"), or
# a German title before a name ("Hr. Uwe Mühlberg"): the dot ends no clause.
_SHORT_DAY = re.compile(r"(?:^|\W)(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|"
                        r"mié|mier|jue|vie|sáb|dom)$", re.I)


def _short_day_dot(before: str, after: str) -> bool:
    """Whether a full stop after before's last word is a short weekday's with its date after it, or a title's."""
    return (bool(_SHORT_DAY.search(before)) and after.lstrip()[:1].isdigit()) or bool(
        re.search(r"(?:^|\W)(?:hr|hrn)$", before, re.I) and re.match(r"\s*[A-ZÄÖÜ]", after))


def _month_dot(before: str, after: str) -> bool:
    """Whether a full stop after before's last word is a short month's ("Okt.") with the date going on after it."""
    word = (before.split() or [""])[-1].lower()
    nxt = after.lstrip()[:1]
    return word in _MONTH_ABBREV and bool(nxt) and (nxt.isdigit() or nxt.islower())


# An abbreviation of two letters written apart ("v. a.", "u. a.", "z. B.", "d. h."): its dots end no sentence.
_SPACED_ABBREV = re.compile(r"(?:^|[\s,(])[A-Za-z]\.\s?[A-Za-z]$")


# The first half of a firm's legal form written in two ("GmbH & Co. KG", "Pvt. Ltd.", "Pte. Ltd.", "Coop. V.", the
# Polish "Sp. z o.o." and "Sp. j."): its dot ends no sentence when the second half follows.
_FORM_FIRST = {"co", "pvt", "pte", "coop", "sp"}
_POLISH_FORM = re.compile(r"\bz\s?o\.\s?o$")  # "Sp. z o.o." ends its firm's name: a capital after it starts anew
_FORM_SECOND = re.compile(r"\s+(?:KG|KGaA|OHG|Ltd|Limited|LLC|LLP|Inc|Bhd|V|z\s?o\.\s?o|j|k|p)\b\.?")


@memo
def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of text, stripped of whitespace and bullets."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group().startswith((".",)) and not m.group().startswith(".."):
            word = re.search(r"([\w.]+)$", text[start:m.start()])
            nxt = text[m.end():m.end() + 2].strip()[:1]
            after = re.match(r"\s*([^\W\d_]+)", text[m.start() + 1:m.start() + 24])
            if word and re.fullmatch(r"\d{1,2}", word.group(1)) and after and after.group(1).lower() in _ORDINAL_MONTHS:
                continue  # a German ordinal date: "zum 1. Juli", "bis 30. Januar"
            if word and word.group(1).lower() in _NEVER_END:
                continue
            if word and word.group(1).lower() in _FORM_FIRST and _FORM_SECOND.match(text, m.end()):
                continue  # "Warnow Yachtservice GmbH & Co. KG": one firm's name
            if word and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word.group(1)) and re.match(r"\s+de\s+[A-Z]\.", text[m.end():]):
                continue  # "S.A.S. de C.V.", "S. de R.L.": a firm's form in two halves, one name
            # "S.A. de C.V. Llevamos ...": a firm's form in two halves ends the sentence before a capitalised word
            form_end = re.search(r"\bde\s+(?:[A-Z]\.)+[A-Z]$", text[start:m.start()]) and re.match(r"\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]",
                                                                                                 text[m.end():])
            spaced = _SPACED_ABBREV.search(text[start:m.start()]) and not _POLISH_FORM.search(text[start:m.start()])
            if (spaced or word and re.fullmatch(r"[A-Za-z]", word.group(1))
                    and re.match(r"\s?[A-Za-z]\.", text[m.end():])) and nxt and not form_end:
                continue  # "fürs Weihnachtsgeschäft, v. a. Kaufladen": "vor allem", not the end of the sentence
            if _month_dot(text[start:m.start()], text[m.end():m.end() + 3]) or _short_day_dot(
                    text[start:m.start()], text[m.end():m.end() + 3]):
                continue  # "Neuer Termin Do 14. Okt. 10 Uhr": one sentence
            if word and word.group(1).lower() in _TAX_LEAD and _TAX.match(text, m.end()):
                continue  # "£14,750 excl. GST, delivered", "58.400 € zzgl. MwSt.": the tax, not a new sentence
            if text[start:m.start()].count("(") > text[start:m.start()].count(")") \
                    and re.match(r"[^()]{0,80}\)", text[m.end():]):
                continue  # "unsere Kanzlei (420 m², 2. OG, Am Wall) sucht": a dot inside a bracket ends nothing
            if re.match(r"\s*\([^()]{1,80}\)\s*(?:[.!?]|$)", text[m.end():]):
                continue  # "€ 35.700 inkl. MwSt. (Steg + Plattform)." : the bracket says what the sentence's figure is for
            if word and word.group(1).lower() in _CURRENCY_ABBREV and nxt.isdigit():
                continue  # "Gs. 28.900 por m²": the currency, then its amount
            after_word = re.match(r"\s*([^\W\d_]+)", text[m.end():m.end() + 30])
            if word and word.group(1).lower() in _NAME_TITLES and after_word and after_word.group(1)[0].isupper() \
                    and after_word.group(1).lower() not in _STARTERS \
                    and not (word.group(1).lower() == "fr" and _DAY_BEFORE_TITLE.search(text[start:m.start() - 2])):
                continue  # "Tel. mit Fr. Ertl": Frau Ertl, not the end of a sentence on a Friday
            if word and word.group(1).lower() in _UNIT_ABBREV and nxt and (
                    nxt.islower() or nxt.isdigit() or (after_word and after_word.group(1).lower() not in _STARTERS)
                    or _UNIT_MONEY.match(text, m.end())):
                continue  # "5 Mio. Deckungssumme": a German noun after the unit, not a new sentence
            if word and re.fullmatch(r"\d{1,2}\.\d{1,2}(?:\.\d{2,4})?|\d{1,2}", word.group(1)) and nxt.islower() \
                    and not (text[m.end():m.end() + 1] == "\n" and re.search(r"\w[-/]\d{1,2}$", text[start:m.start()])):
                # (a reference's tail at a line's end, "PO reference PK-2031-07.\nto know whether ...", ends its item)
                continue  # "am 18.12. für 140 Personen": a date written with dots, the sentence goes on
            if word and _CUT_WORD.fullmatch(word.group(1)) and nxt.islower():
                continue  # "Angebot schriftl. bis Donnerstag", "Drainage vermutl. kaputt": one sentence
            if word and (word.group(1).lower() in _TITLES or (
                    (word.group(1).lower() in _ABBREV or re.fullmatch(r"[A-Za-z]", word.group(1)))
                    and (not nxt or nxt.islower() or nxt.isdigit()))):
                continue
        if m.group().startswith("?") and m.group().endswith(")") and re.match(r"\s+(?:[-–—]\s|[a-zà-ÿ])", text[m.end():]):
            continue  # "Infos zur Förderung (LEADER?) - klär ich": a query in brackets, the sentence goes on
        end = m.end() if m.group()[0] in ".!?" else m.start()
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and (text[s].isspace() or text[s] in "-*\u2022"):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        lead = _LEAD_GREETING.match(text, s, e)
        if lead and lead.end() < e:
            s = lead.end()
        if e > s:
            out.append((s, e))
    return out


# A figure that makes a sentence a point: money, a percentage, a count of things or of time.
AMOUNT = re.compile(r"[$€£]\s?\d|\b\d[\d,.]*\s?%|\b\d[\d,.]*\s?(?:k|m|mm|bn|million|thousand|percent|usd|dollars?|"
                    r"users?|seats?|licen[cs]es?|years?|yrs?|months?|miles?|units?|employees?|reps?|people|agents|"
                    r"staff|analysts|records|contacts|cars|vehicles|days|weeks|hours)\b|\b\d+-year\b|"
                    r"\b\d[\d,]{3,}\b|\b\d+\.\d+\b", re.I)


# The words of an English promise ("I'll", "we will", "let me send").
COMMIT_WORDS = re.compile(r"\b(i'll|i will|i’ll|we'll|we’ll|we will|i'm going to|i am going to|i can send|"
                          r"i'd be happy to|let me (?:send|check|get|find|put)|i shall)\b", re.I)


_NOTE_COMMIT = re.compile(r"^(sending|send|will|to send|to email|emailing|email|forwarding|forward|"
                          r"preparing|prepare|getting|get|checking|check|drafting|draft|putting|booking|book|"
                          r"scheduling|schedule|setting up|set up|running|run|mailing|mail)\b", re.I)


_NEXT = re.compile(r"\b(call (?:me |him |her |them |you )?back|next step|follow[- ]up|touch base|"
                   r"let's (?:meet|talk|schedule|set up|plan|get)|let us (?:meet|talk)|meet(?:ing)?|"
                   r"test drive|call (?:on|at|after|before|next)|^next\b|demo (?:on|at|next)|schedule a demo|"
                   r"schedule[ds]? |appointment|walk ?through|"
                   r"sign(?:ing)? (?:the|on)|closing|kick-?off|catch up)\b", re.I)


_REQUEST = re.compile(r"\b(please|can you|could you|would you|will you|would it be possible|(?:i|we)(?: \w+)? need|"
                      r"(?:i|we)(?:'d|’d| would)(?: \w+)? like|want to know|wondering|i want|we want|looking for|interested in|"
                      r"wants?|needs?|would like|asked for|asks for|prefers?|hoping|send me|send us|"
                      r"let me know)\b", re.I)


# The customer's wish in French, German or Spanish ("on voudrait une livraison avant la fin mai", "wir möchten vorher
# ein Probebacken"): a request, when it carries no figure (a figured one stays a term) and no "not".
_REQUEST_FOREIGN = re.compile(r"\b(?:nous (?:voulons|voudrions|souhaitons|souhaiterions|aimerions|cherchons)|"
                              r"on (?:veut|voudrait|aimerait|souhaite|souhaiterait|cherche)|je (?:veux|voudrais|"
                              r"souhaite|souhaiterais|cherche)|(?:wir|ich) (?:möchten|möchte|brauchen|brauche|"
                              r"benötigen|benötige|suchen|suche)|(?:möchten|brauchen|benötigen|suchen) wir|"
                              r"queremos|quisiéramos|quisiera|nos gustaría|me gustaría|necesitamos|necesito|"
                              r"buscamos)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|nicht|kein\w*|pas|plus|no|ya no)\b", re.I)


_CONSTRAINT = re.compile(r"\b(decides?|decision|approv\w*|sign[- ]off|must|can't|cannot|won't|only|no more than|"
                         r"at most|at least|deadline|before|until|budget|limit|max(?:imum)?|min(?:imum)?|"
                         r"requires?|required|not until|has to|have to|needs? to check|depends|"
                         r"out of office|away|on vacation|allerg\w*|pre-?approv\w*)\b", re.I)


_QUESTION_START = re.compile(r"^(what|when|where|which|who|why|how|is|are|do|does|did|can|could|would|will|"
                             r"should|shall|have|has|any chance|any update)\b", re.I)


# A customer asking without a question mark: "I'd like to know if ...", "And how long is ...", "..., what would that add."
# (a list point under "we need:" may start on the want itself: "to know whether the shade sail can be done in green")
_ASKS_UNMARKED = re.compile(r"\b(?:(?:(?:would like|'d like|want|wanted|need) |^)to know (?:if|whether|what|how|when)|"
                            r"(?:kindly|please) (?:also )?advise (?:also )?(?:if|whether|what|when|how)|"
                            r"wissen, ob|savoir si|saber si|"
                            # a French question by inversion whose mark was lost: "Et les camions peuvent-ils entrer"
                            r"(?<=\w)-(?:t-)?(?:ils|elles|vous)(?=\s+\w))\b|"
                            r"(?:^(?:and |also |but )?|,\s*)(?:what|how (?:long|much|"
                            r"many|soon)|when)\s+(?:is|are|would|will|does|do|can|could)\b", re.I)


def asks_unmarked_want(sentence: str) -> bool:
    """Whether a sentence asks something without a question mark ("to know whether ...", "saber si ...")."""
    return "?" not in sentence and bool(_ASKS_UNMARKED.search(sentence))


def asked_clause(sentence: str) -> str:
    """The asking part of a question said without a question mark, without the reason tacked on after it."""
    m = None if "?" in sentence else _ASKS_UNMARKED.search(sentence)
    if m is None:
        return sentence
    tail = re.search(r",\s|\s(?:because|as|since|weil|da|parce que|car|porque)\s|[.;!]\s*$", sentence[m.end():])
    end = m.end() + tail.start() if tail else len(sentence)
    return sentence[:end].strip(" ,.;")  # "the boxes painted, what would that add": what "that" is stays


# The rep's offer with the day it must be taken up by ("I can offer TRY 4.60 if you approve by 3 December", "Delivery in
# February if you sign before 15 December", "wenn Sie bis 10.12. bestellen", "si vous signez avant le 15",
# "si firma antes del 15"): a term of the offer in force, not the customer's constraint.
_OFFER_DEADLINE = re.compile(
    r"\bif (?:you|they) (?:can )?(?:approve|sign|order|confirm|book|accept|place the order|go ahead)\w*(?: it| them)?"
    r"\s+(?:by|before|until|no later than)\b|"
    r"\bwenn Sie (?:bis|vor)\b[^.!?]{0,30}\b(?:bestellen|unterschreiben|unterzeichnen|zusagen|freigeben|bestätigen|"
    r"beauftragen)\b|\bbei (?:Bestellung|Auftrag|Unterschrift|Auftragserteilung|Freigabe) (?:bis|vor)\b|"
    r"\bsi vous (?:signez|commandez|validez|confirmez|acceptez|réservez)\s+(?:avant|d'ici|au plus tard)\b|"
    r"\bpour toute commande (?:avant|d'ici)\b|"
    r"\bsi (?:usted |ustedes )?(?:firma|firman|confirma|confirman|aprueba|aprueban|pide|piden|acepta|aceptan|"
    r"reserva|reservan)\s+(?:antes del?|hasta el)\b|\bpara pedidos (?:antes del?|hasta el)\b", re.I)


def _dated(sentence: str) -> bool:
    """Whether a sentence names a day of a month ("Monday 6 December", "Dec 6", "2027-12-06")."""
    return any(m.group("iso") or m.group("mday") or m.group("mday2") for m in DATE_RE.finditer(sentence))


def classify(sentence: str, direction: str) -> str | None:
    """The fact kind of one sentence said in direction, or None when it is not a point worth restating."""
    s = sentence.strip()
    if direction == "inbound":
        if s.endswith("?") or (_QUESTION_START.match(s) and "?" in s) or _ASKS_UNMARKED.search(s) \
                or asks_unmarked(s):
            return "question"
        if _REQUEST.search(s) and not COMMIT_WORDS.search(s):
            return "request"
        if _REQUEST_FOREIGN.search(s) and not re.search(r"\d", s) and not _NEGATED.search(s):
            return "request"
        # a lead-in to a list ("Some follow-up questions from our side:") is no step: its items are the points
        if (COMMIT_WORDS.search(s) or _NEXT.search(s)) and not s.endswith(":"):
            return "next_step"
    else:
        if COMMIT_WORDS.search(s) or (direction == "note" and _NOTE_COMMIT.match(s)):
            return "commitment"
        if _NEXT.search(s) and not s.endswith(":"):
            return "next_step"
        if direction == "note" and s.endswith("?"):
            return "question"
        if direction == "note" and _REQUEST.search(s):
            return "request"
    if direction == "inbound" and hands_over(s):
        return "constraint"  # "Mein Sohn Lukas kümmert sich um die Termine": who the rep deals with from now on
    if direction == "outbound" and _OFFER_DEADLINE.search(s) and re.search(r"\d", s):
        return "figure"  # the offer's own deadline (a day ahead or past: past.py reads it like any term)
    if direction == "outbound" and _dated(s) and {w.lower() for w in _CONSTRAINT.findall(s)} <= {"before", "until"}:
        return "figure"  # the rep's own plan on a day ("Dispatch on Monday 6 December, well before your lab closes")
    if (_CONSTRAINT.search(s) and not AMOUNT.search(s)) or re.search(r"\b(decides?|approv)", s, re.I):
        return "constraint"
    if AMOUNT.search(s):
        return "figure"
    if _CONSTRAINT.search(s):
        return "constraint"
    if re.search(r"\d", s):
        return "figure"
    if DATE_RE.search(s) and any(m.group("wd") is None or m.group("wd")[0].isupper() for m in DATE_RE.finditer(s)):
        return "date"
    return None


_CLAUSE = re.compile(r"\s+[-–—]+>?\s+|;\s+|,\s+(?=(?:and|but|told|und|aber|et|mais|y|pero)\b)|\.\s+")


# Two days a spaced dash joins ("season 1 May - 30 Sept", "Install Mon 12 - Wed 14 Feb"): one span, one clause.
_SPAN_FROM = re.compile(r"(?:\b[0-3]?\d(?:st|nd|rd|th|\.)?|\b[^\W\d_]{3,10}\.?)\s*$")
_SPAN_TO = re.compile(r"(?:[^\W\d_]{2,10}\.?,?\s+)?[0-3]?\d(?:st|nd|rd|th)?(?:\.\s*[01]?\d\.|\.?\s+(?P<month>[^\W\d_]{3,10}))")


def _month_word(word: str) -> bool:
    """Whether a word names a month, whole or cut ("Sept", "févr")."""
    word = word.lower().rstrip(".")
    return word in ANY_MONTH or word in _MONTH_ABBREV


def _day_span(before: str, after: str) -> bool:
    """Whether a spaced dash stands between two days of one span (the second with its month)."""
    start, to = _SPAN_FROM.search(before), _SPAN_TO.match(after)
    if not start or not to:
        return False
    word = start.group(0).strip(" .")
    return (to.group("month") is None or _month_word(to.group("month"))) and (word[:1].isdigit() or _month_word(word))


# A range of clock times ("9:00-11:30", "14h00 – 16h00").
TIME_RANGE = re.compile(r"\b\d{1,2}[:.h]\d{2}\s*[-–]\s*\d{1,2}[:.h]\d{2}\b")


@memo
def sentence_spans(text: str, direction: str) -> list[tuple[int, int]]:
    """Sentence spans of a source; a call note's run-on shorthand is cut into its clauses too."""
    spans = split_sentences(text)
    if direction != "note":
        return [(a, b, a, b) for a, b in spans]
    out = []
    for start, end in spans:
        pos = start
        for m in _CLAUSE.finditer(text, start, end):
            if m.group().startswith(".") and re.fullmatch(r"\d{1,2}", text[pos:m.start()].split()[-1] if
                                                           text[pos:m.start()].split() else "") and \
                    (text[m.end():].split(" ", 1)[0].lower().strip(",.") in ANY_MONTH | _MONTH_ABBREV
                     or re.match(r"(?:und|oder|bis|/|-|–)\s*\d{1,2}\.", text[m.end():])):
                continue  # "am 2. Dezember", "3. und 4. März": a German date, not the end of the clause
            if m.group().startswith(".") and (_month_dot(text[pos:m.start()], text[m.end():m.end() + 3]) or (
                    re.fullmatch(r"\d{1,2}", (text[pos:m.start()].split() or [""])[-1])
                    and text[m.end():m.end() + 1].islower())):
                continue  # "Do 14. Okt. 10 Uhr", "Sergej ist am 12. auf dem Feld": the clause goes on
            if m.group().strip()[:1] in "-–—" and ">" not in m.group() and _day_span(text[pos:m.start()],
                                                                                     text[m.end():end]):
                continue  # "season 1 May - 30 Sept": a span of days, not two clauses
            if m.group().startswith(".") and _short_day_dot(text[pos:m.start()], text[m.end():m.end() + 3]):
                continue  # "Vor-Ort-Termin Statik Di. 7.12., 9 Uhr", "Erstgespräch Hr. Uwe Mühlberg"
            if m.group().startswith(".") and re.search(r"(?:^|\W)(?:ca|wg|evtl|ggf|bzw|inkl|exkl|excl|zzgl|env|aprox|approx|"
                                                        r"incl|vs|z\.b|tel|nr|no|dr|mr|mrs|ms|st|prof|sr|sra|mag|ing|lic|"
                                                        r"mme|i\.e|e\.g)$", text[pos:m.start()], re.I):
                continue  # "Budget ca. 60.000 €": an abbreviation, not the end of the clause
            if m.group().startswith(".") and text[m.end():m.end() + 1].isdigit() and re.search(
                    rf"(?:^|\W)(?:{'|'.join(_CURRENCY_ABBREV)})$", text[pos:m.start()], re.I):
                continue  # "5 meses: Gs. 28.900": the currency, then its amount
            if m.group().startswith(".") and text[pos:m.start()].count("(") > text[pos:m.start()].count(")") \
                    and re.match(r"[^()]{0,80}\)", text[m.end():end]):
                continue  # "Zahlung in 2 Raten (1.8. und 1.12.)": a dot inside a bracket ends no clause
            if m.group().startswith(".") and re.match(r"\([^()]{1,80}\)\s*(?:[.!?]|$)", text[m.end():end]):
                continue  # "inkl. MwSt. (Steg + Plattform).": the bracket belongs to the clause's figure
            last_word = (text[pos:m.start()].split() or [""])[-1]
            if m.group().startswith(".") and (_CUT_WORD.fullmatch(last_word) or last_word.lower() in _ABBREV) and \
                    text[m.end():m.end() + 1].islower():
                continue  # "Schuhtrockner f. ca. 600 Paar", "lifts, galv. frames": an abbreviation, the clause goes on
            if m.start() > pos:
                out.append((pos, m.start(), start, end))
            pos = m.end()
        if pos < end:
            out.append((pos, end, start, end))
    return [span for span in out if text[span[0]:span[1]].strip(" .,;-")]

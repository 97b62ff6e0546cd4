"""Whether a restated clause can be said to a customer as it stands: a scrap of call-note shorthand ("heaters, 42 units,
supply + install £18,400 +", "cost", "générateur 2014 : c'est un Philips") is worse in a draft than nothing, so a
clause that reads as one is left out rather than glued into the recap."""
from __future__ import annotations

import re

from followup.drafting.items import Item, State
from followup.drafting.recap import OFFER_LABEL, clause
from followup.drafting.shorthand import in_principle
from followup.drafting.theirs import theirs
from followup.drafting.weekdated import dated_sentence, week_replaced
from followup.drafting.wellformed import OFFERED
from followup.drafting.words import detect_language

# Fewer words than this ("cost", "42 units") name a thing without saying anything about it.
MIN_SAYABLE_WORDS = 3


# Marks only a note uses: "w/", "=", "~25", "->", "??", a "+" or "&" left hanging at the end.
_NOTE_MARK = re.compile(r"(?<!\w)w/|~\s?\d|->|→|\?\?|[+&/:,=-]\s*$|"
                        r"[a-z]{3,}\d+(?:[a-z]{3,}|[£$€])")  # table cells run together: "tagging1included", "signs40£360"


# A figure's qualifier the cut left at the end ("£14,600 incl", "2,356 EUR ea"): the rest of it was cut away.
_CUT_QUALIFIER = re.compile(r"\b(?:incl|excl|ea|inkl|zzgl|exkl|approx|ca|env|aprox)\.?$", re.I)


# A note's own to-do ("not discussed, check with service team", "TBC", "à voir avec Paul"): nothing agreed yet.
_TODO = re.compile(r"\b(?:not discussed|check with|ask (?:our|the|my)\b|still to \w+|tbc|tbd|to be confirmed|à voir|à vérifier|"
                   r"nachfragen|klären|noch offen|por confirmar|pendiente de|hay que ver)\b", re.I)


# A note's log of how the contact began ("1er contact Mme Lambert", "First call with ...", "Neuer Lead: ..."): the
# customer knows.
_FIRST_CONTACT = re.compile(r"^(?:1er contact|premier (?:contact|appel)|first (?:call|contact)|erstkontakt|"
                            r"erstgespräch|neuer lead|new lead|primer contacto|primera llamada)\b", re.I)


# Two labels in one clause ("générateur 2014 : c'est un Philips, compatible et prix : 23 200 €"): two note lines run
# together. A clock time ("9:30") is no label.
_LABEL = re.compile(r"(?<!\d)\s?:\s+(?=\S)")


def _tokens(text: str) -> list[str]:
    """The words and numbers of a text."""
    return re.findall(r"[^\W_]+", text)


def fragment(text: str) -> bool:
    """Whether a clause is a scrap of shorthand rather than something a rep would write to a customer."""
    text = text.strip().rstrip(".")
    if len(_tokens(text)) + len(AMOUNT.findall(text)) < MIN_SAYABLE_WORDS:  # "franchise 500 €" says a deductible
        return True
    if _NOTE_MARK.search(text) or _TODO.search(text) or _FIRST_CONTACT.match(text):
        return True
    if text.count("(") != text.count(")"):
        return True  # "1er contact Mme Lambert (resp": a parenthesis opened and never closed
    return len(_LABEL.findall(text)) >= 2


# A note line this short is said whole; a longer one only up to a clause boundary (an echo otherwise).
WHOLE_CLAUSE_WORDS = 12


# A figure that is an amount: a currency sign or code next to it.
AMOUNT = re.compile(r"[$€£¥₦]\s?\d|\d\s?(?:[$€£¥%]|(?:usd|eur|chf|gbp|mxn|ars|cop|jpy)\b)|\b(?:usd|eur|chf|gbp|jpy)\s?\d",
                    re.I)


# Where a note line's clauses meet: a comma or semicolon (with the "and" after it), a dash between words, a label's
# colon ("Recover: revised to $6.40/sq ft"; a clock's "9:30" is none). A bare
# "and" often joins two nouns ("full linen rental and laundering"): no seam.
_BOUNDARY = re.compile(r"\s*[,;]\s+(?:(?:and|but|so|und|aber|et|mais|y|pero)\s+)?|\s+[–—-]\s+|(?<!\d)\s?:\s+", re.I)


# One whole clause of a note line ("installation before 1 February is fine if we have your order by 18 December") is
# said whole up to this many words.
CLAUSE_SENTENCE_WORDS = 16


# A cut's start is moved back to its clause's start over at most this many words ("on a | 3-year agreement").
MAX_WIDEN_WORDS = 2


def snap(whole: str, cut: str, limit: int = WHOLE_CLAUSE_WORDS, widen: int | None = MAX_WIDEN_WORDS) -> str:
    """A cut of a note line moved to its clause boundaries: each end widened to the whole clause it falls in, or,
    where that makes it longer than limit words, narrowed to the clause before it ("heaters, 42 units, supply +
    install £18,400 +" -> "42 units, supply + install £18,400 + VAT"); "" when no such run holds a figure. Cut
    anywhere else, a line starts or ends mid-phrase."""
    whole, cut = " ".join(whole.split()).rstrip("."), " ".join(cut.split()).rstrip(".")  # ("ab 11.01." in both)
    at = whole.lower().find(cut.lower())
    if at < 0 or not cut:
        return ""
    ws, we = at, at + len(cut)
    seams = [(m.start(), m.end()) for m in _BOUNDARY.finditer(whole)]
    if not seams and len(whole.split()) <= CLAUSE_SENTENCE_WORDS and not fragment(whole):
        return whole  # one clause: said whole ("Por volumen le dejamos el precio en 3,90 € ... si firma antes del 18/12")
    starts = [0] + [b for _, b in seams]
    ends = [a for a, _ in seams] + [len(whole)]
    s_out = max(x for x in starts if x <= ws)
    s_in = ws if ws in starts else min((x for x in starts if x > ws), default=len(whole))
    e_out = min(x for x in ends if x >= we)
    e_in = we if we in ends else max((x for x in ends if x < we), default=0)
    if widen is not None:
        widen += 2 if _REP_DID.match(whole[s_out:]) else 0  # "proposed under-pew electric | heaters"
    if widen is not None and len(whole[s_out:ws].split()) > widen:
        s_out = s_in  # "drone survey showed 6 skylights": what the cut left out before a figure is the note's frame
    s_next = min((x for x in starts if x > ws), default=len(whole))  # past a label the cut began with
    for a, b in ((s_out, e_out), (s_in, e_out), (s_out, e_in), (s_in, e_in), (s_next, e_out)):
        run = whole[a:b].strip(" ,;")
        single = not _BOUNDARY.search(run)  # one whole clause reads as a sentence even when it is longer
        figured = bool(re.search(r"\d", run)) or not re.search(r"\d", whole)
        if re.match(r"\s?:", whole[b:]):
            continue  # "Product team confirmed": a label alone says nothing
        if a < b and len(run.split()) <= (CLAUSE_SENTENCE_WORDS if single else limit) and figured \
                and not fragment(run) and not _CUT_QUALIFIER.search(run):
            return run
    return ""


# What makes an English restated fact a sentence: "you" and its verb, a verb or modal, a past form, or a word in -s
# followed by what a verb takes ("opens at 11", "hands back") or after "your" and its noun ("your spouse decides");
# "pews freezing" has none.
_EN_VERB = re.compile(r"\byou\s+\w|\b(?:you|we|they|i)'(?:re|ve|ll|d|m)\b|^your\s+\w+\s+[a-z]{3,}s\b|"
                      r"\b[a-z]{2,}s\s+(?:January|February|March|April|May|June|July|August|September|October|"
                      r"November|December)\b|"
                      r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|cannot|could|will|would|"
                      r"should|must|need|needs|want|wants|prefer|prefers|like|likes|plan|plans|expect|expects|use|uses|"
                      r"run|runs|hope|hopes|think|thinks|own|owns|work|works|bought|got|went|made|took|'re|'ve|'ll|'d|"
                      r"'s|[a-z]{3,}ed)\b|\b[a-z]{2,}s\s+(?:at|on|in|out|back|up|off|to|the|a|an|by|from|with|\d)",
                      re.I)


def verbless(text: str) -> bool:
    """Whether an English restated fact is a list of note headings with no verb ("your current boiler 1978, pews
    freezing in winter, congregation about 60"); one heading with its figure ("your credit score around 710") still
    says one thing."""
    return not _EN_VERB.search(text) and ("," in text or not re.search(r"\d", text))


# A German word that is a noun by its form ("Vor-Ort-Termin", "Lieferung", "Nachrüstung"): its capital stays.
_DE_NOUN = re.compile(r"-\w|(?:ung|heit|keit|ion|tät|schaft|nis|ment|greifer|termin|preis|miete)$")


# A note line opened by what the rep did, its subject left out: said in the rep's voice ("I quoted ...").
_REP_DID = re.compile(r"^(proposed|suggested|quoted|offered|pitched|recommended|promised|booked|gave)\s+", re.I)


# A note's arrow: between two names a route ("Dallas->Chicago" -> "Dallas–Chicago"), elsewhere what a figure comes to
# ("29 €/m² HT → 12 615 € HT" -> "29 €/m² HT = 12 615 € HT").
_ROUTE_ARROW = re.compile(r"(?<=[^\W\d_])\s?(?:->|→)\s?(?=[A-ZÀ-Ý])")
_ARROW = re.compile(r"\s?(?:->|→)\s?")


def _unarrowed(text: str) -> str:
    """A note line with its arrows written as a route or an equals sign."""
    return _ARROW.sub(" = ", _ROUTE_ARROW.sub("–", text))


def whole_clause(item: Item, state: State, force: bool = False) -> str:
    """A note's or email's line as recap's clause says it, but with the cut around its figures moved to clause
    boundaries ("you'll sign the annual plan once you" -> "you'll sign the annual plan once you see the invoice")."""
    text, whole = clause(item, state, force=force), clause(item, state, window=False, force=force)
    if item.direction == "note":
        whole = _SAYS_FRAME.sub("", whole)  # "finance says zero down ok ...": what was said, not who said it
        text, whole = _unarrowed(text), _unarrowed(whole)
    # "Proposé presse à vis PV-3 + digesteur : ...", "Ofrecí línea DQ-500 ...": the rep's offer in any language
    offered = OFFER_LABEL.match(item.quote.strip()) or _REP_DID.match(item.quote.strip()) or OFFERED.match(
        item.quote.strip())
    # (its "accord de principe" is said apart, after the figure: no word of the clause's length)
    if item.direction == "note" and offered and text != whole and len(in_principle(whole)[0].split()) <= CLAUSE_SENTENCE_WORDS \
            and not fragment(whole):
        return whole  # "Proposé : nettoyage par robot ..., 2 450 € HT par cellule": the offer, not only its price
    # the rep's own emailed sentence has no note frame before its figure: its clause is widened to its start
    said = text if text == whole else snap(whole, text, widen=None if item.direction == "outbound" else MAX_WIDEN_WORDS)
    # the customer's own clause is said to them: their "we'll take" is "you'll take" (theirs.py)
    return theirs(said, state.language) if item.direction == "inbound" else said


# Who a note says approved or said a term, before it: "Finance says", "Stacy approved", "legal confirmed".
_SAYS_FRAME = re.compile(r"^[\w'’-]+\s+(?:says|said|approved|approves|confirmed|confirms|ok'?d|okayed)\s+(?:that\s+)?",
                         re.I)


# A note line opened by who was on the phone: "Vogel tel.:", "Albrecht am Telefon:", "call w/ Mike:".
_CALL_LABEL = re.compile(r"^[\w'’-]+\s+(?:tel\.?|phone|am telefon|au tél\.?|por tel\.?|call(?:ed)?)\s?:\s+", re.I)
# The note's record that the rep told the customer, before what was told: "told her", "told your" (swapped).
_TOLD = re.compile(r"\b(?:I\s+)?told (?:your?|him|her|them)\b\s*(?:that\s+)?", re.I)


# A note's record after an answer that it was given: "yes IP69K, said so", "..., told him so".
_SAID_SO = re.compile(r",?\s*\b(?:said so|told (?:him|her|them) so)\b(?=\s*(?:[;,.]|$))", re.I)


# A note's log of when it called: "called 1:40pm,", "called back at 3,".
_CALLED_AT = re.compile(r"^called(?: back)?(?: at)? \d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*[,;:]\s*", re.I)


# A one-word label a note line opens with ("Dwayne: ...", "Nadia : ..."), and what follows it.
_ONE_WORD_LABEL = re.compile(r"^(?P<word>[^\W\d_][\w'’-]*)\s?:\s+(?P<rest>.+)$")


def _unlabelled(text: str, item: Item, state: State) -> str:
    """A note line without a person's name as its label: a capitalised word no source writes in lower case (so no
    common noun such as "Hosting" or "Garantie"), with enough left after it to say something. German capitalises
    its nouns, so its labels stay."""
    m = _ONE_WORD_LABEL.match(text)
    if not m or state.language == "de" or len(_tokens(m.group("rest"))) < MIN_SAYABLE_WORDS:
        return text
    word = m.group("word")
    if not re.search(rf"\b{re.escape(word[:1].upper() + word[1:])}\s?:", item.quote):
        return text  # lower case in the note itself: a label word, not a name
    low = word.lower()
    if any(re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", i.quote) for i in state.items):
        return text
    return m.group("rest")


# A note's "<thing> agreed: <day>" ("Site survey agreed: Friday 11 December, 2pm").
_AGREED_LABEL = re.compile(r"^(?P<what>[^\W\d_][\w -]{2,30}?)\s+(?:agreed|booked|scheduled)\s*:\s*"
                           r"(?P<when>(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\b|"
                           r"[A-Z][a-z]{2,8}\s+\d{1,2}\b)[^:]*)$")


# A German note's clause opened by the customer's verb, its subject left out ("wollen im Empfang ein Aquarium"): the
# plural verb is the polite "Sie" form already.
_DE_THEY_WANT = re.compile(r"^(wollen|möchten|brauchen|benötigen|wünschen|suchen|planen|haben|sind)\b", re.I)


# A note's per-unit shorthand after a figure, written out: "$389/mo", "$49/pp", "$0.92 ea", "$12k/yr".
_PER_WORDS = {"mo": " a month", "mth": " a month", "month": " a month", "yr": " a year", "year": " a year",
              "hr": " an hour", "h": " an hour", "wk": " a week", "week": " a week", "pp": " per person", "ea": " each",
              "day": " a day"}
_PER_UNIT = re.compile(r"(?<=[\d%k])\s?(?:/\s?(mo|mth|month|yr|year|hr|h|wk|week|pp|day)|\s(ea))\b(?![/\w])", re.I)


def per_units(text: str) -> str:
    """An English note's slash units written out ("$389/mo" -> "$389 a month", "£12 ea" -> "£12 each")."""
    return _PER_UNIT.sub(lambda m: _PER_WORDS[(m.group(1) or m.group(2)).lower()], text)


# A figure a note says is ruled out: "too tight", "zu spät", "trop long", "demasiado caro".
TOO = re.compile(r"\b(?:too|zu|trop|demasiado)\s+(?:tight|long|late|short|expensive|high|far|slow|knapp|lang|spät|kurz|"
                 r"teuer|hoch|langsam|serré|long|tard|court|cher|élevé|lent|justo|largo|tarde|corto|caro|alto|lento)\b",
                 re.I)


def term_text(item: Item, state: State) -> str:
    """A term in force as a clause of the "To confirm" sentence, or "" when all it would be is a fragment: a long
    note line cut to the words around its figures, or shorthand that reads as none of the rep's own sentences."""
    english = state.language == "en"
    if week_replaced(item, state):
        return ""  # "Installation in the week of 7 June" once they asked for the week of 10 May: no longer in force
    if item.text and (english or item.direction == "note") and item.direction != "outbound" \
            and not item.text.lower().startswith(("you ", "i ")):
        text = item.text
    elif item.direction == "note" and dated_sentence(line := item.quote.strip().rstrip("."), state.language):
        text = line  # "First shipment in the week of 26 Feb, before the 15 March launch": said whole, in its shape
    else:
        text = whole_clause(item, state, force=item.direction == "outbound")
    if english and item.direction == "note" and re.match(r"(?:sends|wants|needs|asks|says|brings|pays)\b", text):
        return ""  # "[she] sends 20 kg dough frozen, we run + video": the customer's part, told of, not to them
    if TOO.search(text):
        return ""  # "so 14 weeks is too tight": a figure ruled out, never confirmed back as a term
    if item.hidden:
        # "stacy approved volume price ...": the colleague's name was lower-cased with the clause's first letter
        text = re.sub(rf"^{re.escape(item.hidden)}\s+\w+\s+", "", text, flags=re.I)
    first = text.split()[0] if text.split() else ""
    if state.language == "de" and first[:1].islower() and _DE_NOUN.search(first.strip(",:;")) and \
            first[:1].upper() + first[1:] in item.quote:
        text = text[:1].upper() + text[1:]  # a German noun keeps its capital ("Vor-Ort-Termin", "Fassgreifer")
    if item.direction == "note":
        text = _CALLED_AT.sub("", text)  # "called 1:40pm, each item can carry 2 names": the note's log of the call
        text = _unlabelled(text, item, state)  # "Dwayne: Saturday install ok": who said it is the note's
        text = _CALL_LABEL.sub("", text)  # "Vogel tel.: 3 Transporter": who was on the phone is the note's
        text = _TOLD.sub("", text)  # "told her with stain protection ...": that it was said, not what
        said_so = text
        text = _SAID_SO.sub("", text)  # "yes IP69K, said so": the answer, not the note's record of giving it
    if state.language == "de" and item.direction == "note":
        text = _DE_THEY_WANT.sub(lambda m: f"Sie {m.group(1).lower()}", text)  # "wollen ein Aquarium" -> "Sie wollen"
    if state.language == "en" and item.direction == "note":
        text = per_units(text)  # "$389/mo": "a month"
        text = _REP_DID.sub(lambda m: f"I {m.group(1).lower()} ", text)  # "quoted $385/hr" -> "I quoted $385/hr"
        # "site survey agreed: Friday 11 December, 2pm" -> "we agreed on the site survey for Friday 11 December, 2pm"
        text = _AGREED_LABEL.sub(lambda m: f"we agreed on the {m.group('what').lower()} for {m.group('when')}", text)
    # (a short answer stays sayable once its "said so" is gone: "yes IP69K")
    # an offer's "~25 m³/h" is an approximation the sentence writes out ("environ 25"), not a scrap of shorthand
    if not text or fragment(re.sub(r"~\s?(?=\d)", "", said_so) if item.direction == "note" and OFFERED.match(
            item.quote.strip()) else said_so if item.direction == "note" else text) or (
            state.language == "en" and detect_language([text]) != "en"):
        return ""  # a scrap, or a German note line in an English draft ("Abholung 14.12 ...")
    return text


def unsaid_fact(text: str, direction: str, language: str) -> bool:
    """Whether an English restated fact is left out of the recap: note headings without a verb, a fact leaning on
    the sentence before it, the customer describing themselves, a line in another language ("daniels Frage zur
    Verlängerung ist noch offen" in an English draft)."""
    if language != "en":
        return False
    return verbless(text) or points_back(text) or (direction == "inbound" and playback(text)) or \
        bool(_OWN_PROMISE.search(text)) or detect_language([text]) != "en"


# The rep's own promise inside a note's fact about the customer ("you asked for a start date, said I'd check the
# diary"): the promise is kept or restated as the rep's own, never as what the customer said.
_OWN_PROMISE = re.compile(r"\b(?:said|told you|promised)(?: that)? (?:I|we)(?:'d| would| will|'ll)\b", re.I)


# The customer describing themselves or their interest ("you are a small granola brand", "your director is interested
# and asks for online demo"): they know it, and saying it back is playback, not a follow-up.
_SELF_DESCRIPTION = re.compile(r"^(?:you are|you're|your \w+ (?:is|are))\s+(?:a|an|the|at|interest\w*|looking|evaluating|"
                               r"considering|writing|thinking|keen|happy|planning|producing|refurbishing|replacing|"
                               r"relighting)\b|^you (?:have|'ve) (?:seen|met|heard|visited)\b|"
                               # a past event of theirs ("you had a break-in last winter"): the story, not the state
                               r"^you (?:had|lost|suffered|were hit|got hit)\b.*\b(?:last (?:year|winter|summer|spring|"
                               r"autumn|fall|season)|years? ago|in (?:19|20)\d\d)\b", re.I)
# What keeps it worth noting: a day it must happen by.
_DATED = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,}|\b[A-Z][a-z]{2,}\s+\d{1,2}\b|\bdeadline\b|"
                    r"\b(?:by|before|until)\s+(?:the\s+)?(?:end of|next|mid|early|late|\d|[A-Z][a-z]+day\b)")


# A fact the customer told us this long is their paragraph said back, not a note of it.
MAX_NOTED_WORDS = 24


def playback(text: str) -> bool:
    """Whether an English fact the customer told us only describes them ("you are a small granola brand"), with no
    figure ("a sales team of 40 reps") and no day it must happen by: not noted back to them."""
    if len(text.split()) > MAX_NOTED_WORDS:
        return True
    return bool(_SELF_DESCRIPTION.match(text)) and not _DATED.search(text) and not re.search(r"\b\d+\s+[a-z]", text)


# A word that points back to the sentence before it ("our building requires one before anybody gets access", "we
# need it by Friday"): said alone, nobody can tell what it is.
_POINTS_BACK = re.compile(r"\b(?:it|them)\b|\bone\b(?=\s*(?:[.,;]|$|\s+(?:before|after|by|for|from|in|on|at|to|with|"
                          r"when|if|because|too|as well)\b))")


def points_back(text: str) -> bool:
    """Whether an English restated fact leans on a sentence it is said without ("your building requires one"); one
    with the day it is needed by still says something ("you need them by December 11")."""
    return bool(_POINTS_BACK.search(text)) and not _DATED.search(text)


# Words a sentence cannot end on: a cut left them hanging ("so headcount will", "to the").
_HANGING = {"will", "would", "can", "could", "should", "must", "to", "the", "a", "an", "of", "and", "or", "so", "for",
            "with", "be", "is", "are", "was", "were", "has", "have", "our", "your", "their", "my", "in", "on", "at", "by"}


def complete(text: str) -> str:
    """A shortened line without the clause its cut left hanging ("you will be hiring more agents for the new account
    so headcount will" -> "... for the new account"); "" when nothing whole is left."""
    out = text.rstrip(" .,;:")
    while out and out.split()[-1].lower() in _HANGING:
        cut = max(out.rfind(","), out.rfind(";"), *(out.rfind(f" {w} ") for w in ("so", "and", "but", "because")))
        if cut <= 0:
            return ""
        out = out[:cut].rstrip(" ,;")
    return out

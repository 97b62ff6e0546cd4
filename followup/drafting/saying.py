"""The recap's sentences from a note's terms and answers: one item per sentence, at most a limit, the figures in force
first, the lead ("To confirm, ...") on the first; and the fixed words they may say, for the grounding check."""
from __future__ import annotations

import re

from followup.drafting.discount import discount_sentence, discount_words
from followup.drafting.included import included_part, included_sentence
from followup.drafting.items import Item, State
from followup.drafting.labelforms import LABELS
from followup.drafting.moneyforms import MONEY_RE
from followup.drafting.noteline import noted_phrase, noted_sentence, noted_words
from followup.drafting.notesay import note_sentence, note_sentence_words, sum_sentence
from followup.drafting.outcome import outcome_sentence, outcome_words
from followup.drafting.partyname import party_words
from followup.drafting.pricefor import MONEY_FORMS, TOTAL_FOR
from followup.drafting.pricefor import PRICE as _PRICE
from followup.drafting.pricefor import PRICE_FOR as _PRICE_FOR
from followup.drafting.pricefor import TOTAL as _TOTAL
from followup.drafting.priceline import price_line_words
from followup.drafting.recap import full_sentence
from followup.drafting.sameoffer import with_same_offer
from followup.drafting.shorthand import conditioned, in_principle, principled, spell_out
from followup.drafting.speclist import list_sentence, list_words, written
from followup.drafting.spelledout import WORDS, spelled
from followup.drafting.swapped import swap_sentence, swap_words
from followup.drafting.weekdated import dated_sentence, day_sentence
from followup.drafting.wellformed import OFFER_AGAIN, OFFERED, SUGGEST
from followup.drafting.wellformed import sentence as term_sentence
from followup.drafting.words import content
from followup.drafting.yesanswer import yes_words
from followup.text.dates import month_prefixes

# Terms said after "To confirm" and answers after "As I mentioned": at most this many sentences, one item each.
# (A call note's terms often run to four figures in force, price, count, lead time, date: a fourth was cut before.)
MAX_TERM_SENTENCES = 4


# A note's bare phrase ("Also noted: ...") only in the first this many places: past them it is what the note kept
# for the rep (a competitor's quote, a refusal), not a term the customer decides on.
MAX_NOTED_PLACE = 3


MAX_ANSWER_SENTENCES = 2


# A first word the lead's sentence lower-cases ("To confirm, the price is ..."); names and models keep their capital.
_LOWER_FIRST = re.compile(r"^(?:The|This|Our|Your|A|An|Each|It|We|There|Le|La|Les|L['’]|Un|Une|Notre|Nos|Votre|Vos|"
                          r"Nous|Il|Ce|Cette|Chaque|Je|J['’]ai|He(?= anotado)|Pour|El|Los|Las|Una?|Nuestr[oa]s?|Su|Sus|"
                          r"Cada|Podemos|Necesitamos|Para|Vous|Se|For)\b(?!-)")


# A sentence saying what it all comes to: "The total is ...", "Der neue Gesamtpreis ...", "Le total est ...".
_TOTAL_WORD = re.compile(r"\b(?:total|gesamt\w*|Gesamt\w*)\b", re.I)


# A clause that gives only why ("because ...", "weil ...", "parce que ...", "porque ..."): the customer's reason cut
# from what it explains, no term of its own ("To confirm, the because ..." read as pasted).
_REASON = re.compile(r"\s*(?:because|weil|denn|parce qu|puisque|porque|ya que|puesto que)\b", re.I)
_REASON_FR = re.compile(r"\s*car\s", re.I)  # French "car" only: in English it is a noun


def sentence(clause: str, language: str) -> str:
    """A note's term as one of the rep's sentences: a dated event ("Lieferung KW 38") in its own shape, or as a term,
    or as an event noun and its day ("Inauguración sábado 30 de enero"), as a list of specifications, last as the
    note's telegraphic clause read as the rep's ("Want 100 faces" -> "You'd like 100 faces.")."""
    if _REASON.match(clause or "") or language == "fr" and _REASON_FR.match(clause or ""):
        return ""
    return (sum_sentence(clause, language)  # notesay.py: "8 x GL-4 = EUR 408,000" read as a count and its sum first
            or discount_sentence(clause, language) or dated_sentence(clause, language) or term_sentence(clause, language)
            or day_sentence(clause, language) or outcome_sentence(clause, language)  # outcome.py: what none says
            or list_sentence(clause, language)  # speclist.py: a list none of whose parts is a sentence
            or note_sentence(clause, language)  # notesay.py: a note's telegraphic wish, yes or sum told
            or included_sentence(clause, language)  # included.py: "porte comprise" -> "La porte est comprise."
            or swap_sentence(clause, language))  # swapped.py: "62 fittings at 4000K instead of 3000K"


# The rep's side as a sentence's subject or owner ("our controllers", "wir", "notre équipe", "nuestros técnicos").
_OURS = re.compile(r"\b(?:we|our|wir|unser\w*|nous|notre|nos|nosotros|nuestr[oa]s?)\b", re.I)


def _whole(said: str, clause: str) -> bool:
    """Whether a sentence ends where its clause ends ("... first aid" of "first aid (HLTAID011)"), not cut inside it
    ("... on a spring" of "on a spring low tide")."""
    last = re.findall(r"[^\W_]+", said)[-1:]
    return bool(last) and bool(re.search(rf"\b{re.escape(last[0])}\s*(?:$|[.,;:!(])", clause, re.I))


# A day of the month with its month ("1. März", "Feb 26", "17 de marzo", "26.02."): one figure, never the count "1"
# of "1 Gerät" or a price's digits, so a dated sentence after a priced one is not taken for saying its figures again.
_MONTH = month_prefixes("en", "de", "fr", "es", tail=r"[^\W\d_]*\.?")
_DAY_OF_MONTH = re.compile(rf"\b[0-3]?\d(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?:{_MONTH})(?!\w)|"
                           rf"\b(?:{_MONTH})\s+[0-3]?\d\b(?![.,:]\d)|\b[0-3]?\d\.[01]?\d\.(?!\d)", re.I)


def _figures(text: str) -> set[str]:
    """The numbers a sentence says, a day of the month with its month as one."""
    # one key a day has however written: "15 Jan." and "15 January" are "15 jan", "26.02." is "26 02"
    days = {" ".join(sorted(w if w.isdigit() else w[:3] for w in re.findall(r"\w+", m.group(0).lower())
                            if w not in ("de", "st", "nd", "rd", "th", "er")))
            for m in _DAY_OF_MONTH.finditer(text)}
    return days | set(re.findall(r"\d[\d.,'’\u202f ]*\d|\d", _DAY_OF_MONTH.sub(" ", text)))


def sentences(clauses: list[str], language: str, lead: str, limit: int,
              noted_from: frozenset[int] = frozenset(), said_before: str = "", ours: bool = False) -> list[tuple[str, int]]:
    """The clauses as at most `limit` sentences, one item each, the first after the lead ("To confirm, {x}."), each
    with the index of the clause it says; a figure of a clause in `noted_from` (a call note's, in force) that no
    sentence says may be said as the note's phrase (noteline.py); a figure the draft already says (`said_before`) is
    not added to a sentence again; `ours`: a sentence of no figure on what the rep's side does is said too."""
    out: list[tuple[str, int]] = []
    noted: set[str] = set()  # the note's own phrases (noteline.py): ranked last, never the lead's sentence if any is
    for n, clause in enumerate(clauses):
        for part in re.split(r";\s+", clause or ""):
            part, agreed = in_principle(spell_out(part, language))  # "KES 2,150 pppm agreed in principle"
            said = [principled(sentence(part, language), language) if agreed else sentence(part, language)]
            if said:
                # "4 280 € TTC, garantie 5 ans": each figure of a note's list in its own sentence, when the whole is
                # none ("Le prix est de 4 280 € TTC. La garantie est de 5 ans.")
                # (an amount alone after the words it prices is no sentence of its own: "UPS ..., RD$ 48,000")
                said += [sentence(p, language) for n, p in enumerate(re.split(r",(?!\d)\s*", part))
                         if n >= (1 if said[0] else 0) and not OFFERED.match(p)
                         and not (n and MONEY_RE.fullmatch(p.strip(" .")))]
                # sameoffer.py: a second figure of the same offer that says no sentence alone, kept after the first
                said[0] = with_same_offer(said[0], part, [*said[1:], said_before, *(s for s, _ in out)], sentence,
                                          language, clauses[n + 1:])
            for one in [conditioned(x, language) for x in said]:  # "if contract signed by 14 April": said whole
                seen = set().union(*[_figures(s) for s, _ in out]) if out else set()
                # a part given with the price ("porte comprise") says no figure, and is said all the same, unless a
                # sentence already names it ("(2 jours chacune, trousses comprises)")
                given = next((included_part(p) for p in re.split(r",(?!\d)\s*", part)
                              if one == included_sentence(p, language)), "")
                given = given and not any(content(given) <= content(s) for s, _ in out)
                # a sentence of no figure that says what the rep's side does ("All our controllers hold first aid.")
                # is said when its words are new; a colleague's or a thing's is the note's own business
                fresh = ours and not _figures(one) and bool(_OURS.search(one)) and _whole(one, part) \
                    and not content(one) <= set().union(*[content(s) for s, _ in out])
                if one and all(one != s for s, _ in out) and (not out or not _figures(one) <= seen or given or fresh):
                    out.append((one, n))
            # a figure of the note no sentence above says ("install Jul-Aug ok, 5 weeks"): its short phrase
            for piece in re.split(r",(?!\d)\s*", part) if n in noted_from else []:
                phrase = noted_phrase(piece, language)
                seen = set().union(*[_figures(s) for s, _ in out]) if out else set()
                # "Die Zahlung erfolgt in zwei Raten." already says "Zahlung in 2 Raten": its thing, its figure spelled
                told = bool(phrase) and any(re.search(rf"\b{re.escape(phrase.split()[0])}\b", s, re.I) for s, k in out if k == n)
                if phrase and not _figures(phrase) <= seen and not told:
                    out.append((phrase, n))
                    noted.add(phrase)
    # over the limit, the sentences with a price, then a figure, are kept (in their order)
    # (a list of specifications last: it never takes a place a term in force had)
    ranked = sorted(out, key=lambda x: (x[0] in noted, written(x[0]), not MONEY_RE.search(x[0]),
                                        not _TOTAL_WORD.search(x[0]),
                                        not re.search(r"\d", x[0])))[:limit]  # a total first: all it comes to
    ranked = [x for m, x in enumerate(ranked) if x[0] not in noted or m < MAX_NOTED_PLACE]
    out = [x for x in out if x in ranked and x[0] not in noted] + [x for x in out if x in ranked and x[0] in noted]
    out = out if out and out[0][0] not in noted else []  # a note's phrase only beside a sentence of the rep's
    out = [(noted_sentence(x, language), k) if x in noted and m else (x, k) for m, (x, k) in enumerate(out)]
    if out and lead:
        first = out[0][0].rstrip(".")
        lower = _LOWER_FIRST.match(first) or (language == "en" and re.match(r"[A-Z][a-z]+\b(?! [A-Z0-9])", first)
                                              and not first.startswith("I "))
        body = first[:1].lower() + first[1:] if language != "de" and lower else first
        out[0] = (lead.format(x=body), out[0][1])
    return out


def fixed_words(language: str) -> str:
    """The words these sentences may say beyond the note, for the grounding check ("Der Preis beträgt")."""
    forms = [_PRICE, _PRICE_FOR, _TOTAL, TOTAL_FOR, SUGGEST, OFFER_AGAIN,
             {"en": "The is on I'd suggest the", "de": "Die Der Das ist für geplant", "fr": "La Le est prévu prévue",
              "es": "La El está prevista previsto"}, MONEY_FORMS]
    return " ".join([f.get(language, "") for f in forms] + list(LABELS.get(language, {}).values())
                    + list(WORDS.get(language, {}).values()) + [discount_words(language), outcome_words(language),
                                                                   noted_words(language),
                                                                   yes_words(language), list_words(language),
                                                                   note_sentence_words(language), swap_words(language),
                                                                   party_words(language), price_line_words(language)])


def labelled_fact(text: str) -> bool:
    """Whether a note's fact opens with a label ("Anzahlung: 30 % bei Bestellung"), not a sentence with a colon
    ("you'd like to pay in two parts: 50% on order")."""
    return ": " in text and len(text.split(": ")[0].split()) <= 2


def note_recap(said: list[Item], language: str, lead: str, state: State | None = None) -> tuple[list[str], list[Item]]:
    """A call note's facts as the rep's sentences, one fact each, the first after the lead ("As we discussed, ...");
    a labelled fact ("Anzahlung: 30 % bei Bestellung") is no clause after the lead: a sentence of its own or left out;
    when the customer can be reached ("Can only talk after 6pm, she's at the hospital") is the close's, not a fact.
    Returns the sentences and the facts said."""
    calls = [c.quote for c in state.open("callback")] if state else []
    said = [i for i in said if not any(i.quote.strip(" .") in c or c.strip(" .") in i.quote for c in calls)]
    said = [i for i in said if not labelled_fact(i.text) or sentence(i.text, language)]
    plain = [i for i in said if not labelled_fact(i.text)]
    labelled = [i for i in said if labelled_fact(i.text)]
    lines = [conditioned(re.sub(r",\s*[^,:]{1,20}:\s.*$", "", spelled(i.text, language)), language) for i in plain]
    lines = [answered(line, i, state.notes, language) if state else line for line, i in zip(lines, plain)]
    # "confirmed to him the hull is rated ..." turned to the customer: the rep did the confirming
    lines = [re.sub(r"^you (confirmed|told|explained|promised|showed) (?:to )?you\b", r"I \1", line) for line in lines]
    out = [lead.format(x=lines[0])] + [full_sentence(f) for f in lines[1:]] if lines else []
    return out + [sentence(i.text, language) for i in labelled], plain + labelled


# The yes a note wrote after a dash to what the customer asked ("They asked for photos after posting - yes, proof-of-
# posting report included, told them"): said with the ask, never the ask alone. The note's record of telling them
# ("told them", "dit oui", "gesagt", "le dije") and a bracket are not said.
_DASH_YES = re.compile(r"^\s*[-–—]\s+(?P<a>(?:yes|yep|oui|ja|sí|si)\b[^.;!?]*)")
_TOLD_TAIL = re.compile(r",?\s*\b(?:(?:I\s+)?told (?:them|him|her)(?: so)?|said so|dit oui|(?:je\s+)?(?:lui|leur)\s+ai\s+dit|dit|"
                        r"(?:(?:ihr|ihm|ihnen)\s+)?(?:gesagt|mitgeteilt)|(?:se\s+)?l[eo]s?\s+dije|dicho)\s*$|\s*\([^()]*\)", re.I)
_INCLUDED_EN = re.compile(r"^(?P<y>yes,?\s+)(?P<what>[a-z][\w -]{2,40}?)\s+(?P<v>included|free|covered)$", re.I)
MAX_DASH_ANSWER_WORDS = 12


def answered(line: str, item: Item, notes: tuple[str, ...], language: str) -> str:
    """A note's fact said with the yes the note gave it after a dash ("you asked for photos of each location after
    posting: yes, the proof-of-posting report is included"); the line as it is when the note gave none."""
    for note in notes:
        at = note.find(item.quote.strip().rstrip("."))
        m = _DASH_YES.match(note[at + len(item.quote.strip().rstrip(".")):]) if at >= 0 else None
        if not m:
            continue
        answer = _TOLD_TAIL.sub("", m.group("a").strip()).strip(" ,")
        if len(answer.split()) > MAX_DASH_ANSWER_WORDS or len(answer.split()) < 2:
            return line
        answer = spelled(answer, language)
        inc = _INCLUDED_EN.match(answer) if language == "en" else None
        if inc:
            answer = f"{inc.group('y')}the {inc.group('what')} is {inc.group('v')}"
        return f"{line.rstrip('. ')}{' : ' if language == 'fr' else ': '}{answer[:1].lower() + answer[1:]}"
    return line

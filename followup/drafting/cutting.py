"""A long restatement cut to a word limit at a clause boundary, never mid-figure nor left hanging."""
from __future__ import annotations

import re

from followup.drafting.memo import memo
from followup.drafting.words import ANY_MONTH, ARTICLES, MODIFIER_END, STOP
from followup.text.dates import month_prefixes

# A restatement longer than this is cut at a clause boundary, so the draft does not copy the customer.
MAX_RESTATED_WORDS = 12


# The rep's own emailed sentence (a promise, an offer) is in the rep's voice already: it may run longer.
OWN_RESTATED_WORDS = 24


# A restatement ending in its price ("... of the Team plan at $40 per seat") may run this many words over.
PRICE_TAIL_WORDS = 5


_SUBORDINATE = re.compile(r",?\s+(?:because|since|so that|which|if at all|if possible|as long as|in case|"
                          # (and the customer's reason abroad: "porque el último técnico ...", "parce que", "weil")
                          r"and will|and then|and i'll|but|porque|ya que|parce que|parce qu'|puisque|weil|denn)\b|"
                          r",\s+car\b", re.I)


# Words a restatement keeps before a subordinate clause may be cut off.
MIN_HEAD_WORDS = 4


# A request's price restated at its end: "..., $40 per seat" -> "... at $40 per seat", "at TTD 95 per unit per month".
_PRICE_TAIL = re.compile(r" at (?:[$€£]\s?\d[\d,.]*|(?-i:[A-Z]{3})\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|eur|usd|chf|gbp|"
                         r"(?-i:[A-Z]{3})\b))(?:\s?(?:per|a|an|each|/)\s?[^\W\d_]+){0,2}$", re.I)


# A month after a day number, cut or whole, in any of the four languages ("10 Dec", "10. März", "10 janv.").
_MONTH = month_prefixes("en", "de", "fr", "es", tail="[a-zéû]*")
# A price or amount: a restatement is never cut so that it loses one.
_FIGURE = re.compile(r"[$€£]\s?\d|\b(?:eur|usd|chf|gbp|cad|aud|pln)\s?\d|\b(?-i:[A-Z]{3})\s?\d|"
                     r"\d[\d,.' \u202f]*\s?(?:€|eur\b|usd\b|chf\b|gbp\b|%)"
                     # a day of the month is kept like a price: "before your board meets on 10 December"
                     rf"|\b\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?:{_MONTH})\b|\b\d{{1,2}}\.\d{{1,2}}\.", re.I)


@memo
def shorten(text: str, limit: int = MAX_RESTATED_WORDS) -> str:
    """Cut a long restatement at its last clause boundary within the word limit, keeping its price whole."""
    cut = _cut(text, limit)
    figure = _FIGURE.search(text)
    if figure is None or _FIGURE.search(cut):
        return cut
    if len(text.split()) <= limit + 2 * PRICE_TAIL_WORDS:
        return _no_dangling(text.rstrip(" ,;"))  # the point with its figure, whole: a little long beats no price
    # the cut lost the figure in force: say the clause that holds it, from its own boundary on
    start = max(text.rfind(sep, 0, figure.start()) for sep in (", ", "; ", " but ", " which ", " and "))
    clause = text[start:].lstrip(" ,;") if start > 0 else text
    clause = re.sub(r"^(?:but|which|and)\s+", "", clause, flags=re.I)
    if len(clause.split()) > limit + PRICE_TAIL_WORDS:
        clause = " ".join(clause.split()[:limit + PRICE_TAIL_WORDS])
    return _no_dangling(clause.rstrip(" ,;")) if _FIGURE.search(clause) else cut


def _cut(text: str, limit: int) -> str:
    """Cut a long restatement at its last clause boundary within the word limit."""
    # a subordinate clause ("because ...", "if at all possible") is the customer's wording, not the point
    m = _SUBORDINATE.search(text)
    if m and len(text[:m.start()].split()) >= MIN_HEAD_WORDS and not (
            _FIGURE.search(text[m.end():]) and limit >= OWN_RESTATED_WORDS):
        # (the rep's own "..., which leaves EUR 43,300 installed" holds the total: it stays)
        text = text[:m.start()].rstrip(" ,;")
    words = text.split()
    if len(words) <= limit:
        return text
    if len(words) <= limit + PRICE_TAIL_WORDS and _PRICE_TAIL.search(text):
        return text  # cutting would split the figure from what it prices
    n = limit
    # never cut a date in two ("antes del 30 de | noviembre", "bis 1. | Juli")
    while n < len(words) and n < limit + 3 and (
            re.match(r"^\d{1,2}\.?$|^(?:de|del|of|le|am|bis|el)$", words[n - 1], re.I)
            and re.match(r"^(?:de|del|\d{1,4}|[^\W\d_]+)[.,;]?$", words[n])
            and (words[n].lower().strip(".,;") in ANY_MONTH or words[n].lower() in ("de", "del"))):
        n += 1
    if n < len(words) and re.fullmatch(r"[\d.,'’]*\d", words[n - 1]) and words[n].strip(",.;:").isalpha() \
            and words[n].strip(",.;:").lower() not in STOP and limit >= MAX_RESTATED_WORDS:
        n += 1  # "for 12 | weeks": a restated figure keeps its unit
    head = _clause_whole(" ".join(words[:n]), words[n:], limit)
    if len(head.split()) > n:
        return _no_dangling(head)  # a clause kept whole is not cut again
    # "1,200": a thousands comma is no clause boundary (" so " and " which " are not cut at here: that text sat
    # inside this comment since round 4 and the figures were measured so)
    cut = max(head.rfind(", "), head.rfind(" because "),
              head.rfind(" but "), head.rfind(" since "), head.rfind(" as "), head.rfind(" und "),
              head.rfind(" et "), head.rfind(" y "), head.rfind(" and "))
    if cut > len(head) // 3:
        return _no_dangling(head[:cut].rstrip(" ,;"))
    return _no_dangling(head.rstrip(" ,;"))


# What opens a clause whose verb comes after its subject: a cut inside it leaves a fragment ("before your old IT
# guy | leaves"; German puts the verb last: "bevor der alte Admin | geht").
_CLAUSE_OPENER = re.compile(r"(?<![^\s])(?:when|while|unless|although|though|whereas|as soon as|so that|now that|wenn|"
                            r"sobald|bevor|nachdem|weil|damit|dass|falls|obwohl|quand|lorsqu|dès qu|avant qu|après qu|"
                            r"jusqu'à ce qu|pour qu|afin qu|bien qu|cuando|en cuanto|antes de que|después de que|"
                            r"hasta que|para que|aunque|mientras)(?:e\b|\b)(?!-)", re.I)


# A clause cut this few words before its end is finished rather than dropped.
CLAUSE_TAIL_WORDS = 2


# English words that open a clause or a phrase alike ("before the meeting", "before he leaves").
_CLAUSE_OR_PHRASE = re.compile(r"(?<![^\s])(?:before|after|until|till)\b", re.I)


# English verbs a clause after "before"/"after" goes on with, besides forms in -s and -ed.
_CLAUSE_VERBS = {"is", "are", "was", "were", "has", "have", "had", "will", "can", "could", "would", "should", "may",
                 "might", "must", "do", "does", "did", "get", "go", "leave", "meet", "start", "come", "arrive",
                 "return", "sign", "finish", "retire", "close", "open"}


def _verb_like(word: str) -> bool:
    """Whether an English word reads as the verb a clause goes on with ("leaves", "signed", "is")."""
    low = word.strip(",.;:!?").lower()
    if low in _CLAUSE_VERBS:
        return True
    return low.isalpha() and low not in STOP and low.endswith(("s", "ed")) and not low.endswith(("ss", "us", "is"))


def _verb_ahead(rest: list[str]) -> bool:
    """Whether the words a cut drops go on to a verb before any function word ("board | confirms")."""
    for word in rest[:CLAUSE_TAIL_WORDS + 1]:
        if _verb_like(word):
            return True
        if word.strip(",.;:!?").lower() in STOP or word.endswith((",", ";", ":", ".")):
            return False
    return False


def _clause_whole(head: str, rest: list[str], limit: int) -> str:
    """The head of a cut, never ending inside a clause that lost its verb: the clause goes, or stays whole."""
    if not rest or head.endswith((",", ";", ":")):
        return head
    opened = [m for m in _CLAUSE_OPENER.finditer(head)]
    opened += [m for m in _CLAUSE_OR_PHRASE.finditer(head) if _verb_ahead(rest)]
    if not opened:
        return head
    m = max(opened, key=lambda o: o.start())
    if re.search(r"[,;:]\s", head[m.end():]):
        return head  # the clause ended before the cut
    clause_end = next((i + 1 for i, w in enumerate(rest) if w.endswith((",", ";", ":", "."))), len(rest))
    whole = " ".join([head, *rest[:clause_end]]).rstrip(" ,;:.")
    before = head[:m.start()].rstrip(" ,;")
    if clause_end <= CLAUSE_TAIL_WORDS and len(whole.split()) <= limit + PRICE_TAIL_WORDS:
        return whole  # "after the board | confirms": one verb short of whole, the clause is finished
    if len(before.split()) >= MIN_HEAD_WORDS:
        return before
    return whole if len(whole.split()) <= limit + PRICE_TAIL_WORDS else head


# Words a cut restatement must not end on ("in Ihrer", "réglables en", "avec ses").
DANGLING_END = set("""the a an in of to for and with on at by or if is are my your our their his her de la le les du
des et à au aux en avec sur pour par ses son sa vos votre nos notre der die das den dem des und mit für von in im am
bei zu zum zur ihre ihrer ihren ihrem ihr unsere unserer seine seiner el los las y en con para por que un una del al
sus su une ein eine einer einen""".split()) | {  # English prepositions that need what follows them
    "before", "after", "until", "from", "into", "about", "than", "via", "per", "within", "without", "between", "during"}


def _no_dangling(text: str) -> str:
    """A cut text without the article, preposition or possessive left hanging at its end."""
    words = text.split()
    while len(words) > 1 and words[-1].lower().strip(",;:") in DANGLING_END:
        words.pop()
    # "for a 21-day | survey": a figure-and-unit modifier after an article lost its noun; the phrase goes with it
    while len(words) > 2 and MODIFIER_END.match(words[-1].strip(",;:")) and words[-2].lower() in ARTICLES:
        words = words[:-2]
        while len(words) > 1 and words[-1].lower().strip(",;:") in DANGLING_END:
            words.pop()
    return " ".join(words).rstrip(" ,;:")


# The rep's refusal of the customer's figure before what they offered instead ("10 % n'est pas possible, mais je peux
# vous accorder 6 %"): said again it repeats the figure turned down; the offer after "but" stands by itself.
_REFUSED = re.compile(r"^[^.;:!?]{0,40}?\b(?:is not possible|isn't possible|is not an option|won't work|"
                      r"(?:ist|wäre) (?:leider )?nicht (?:möglich|machbar|drin)|geht (?:leider )?nicht|"
                      r"n'est (?:malheureusement )?pas possible|ce n'est pas possible|"
                      r"no es posible|no (?:lo )?podemos|(?:I|we) (?:cannot|can't) (?:do|match|meet|go to)"
                      r"(?: [^,;:!?]{1,20})?|kann ich (?:leider )?nicht|je ne peux pas|no puedo)"
                      r"\s*,\s*(?:but|mais|aber|pero)\s+(?=\S)", re.I)


def without_refusal(text: str) -> str:
    """A rep's line without its leading refusal of another figure, when an offer follows it: en/de/fr/es."""
    m = _REFUSED.match(text)
    return text[m.end():][:1].upper() + text[m.end() + 1:] if m else text

"""A call note's clause that lists specifications and figures ("3x 40ft reefers, 2 gensets, Mon-Fri 7-15", "Angebot:
2 Kühlzellen 12 m², 1 Verdampfer", "devis : 14 capteurs, 2 passerelles, 1 an de licence", "12 paneles 450 W + inversor
5 kW") said as one plain sentence of the rep's, every part and figure as the note wrote it, in en/de/fr/es: "Our offer
covers ..." after a label naming an offer, "I've noted ..." otherwise. The shapers before it read a list part by part
and found no sentence in any part, so such clauses came out of the draft empty. A clause is read as a list only when
it is one: parts short, most of them counting or measuring something; never a clause that changes, negates, asks,
conditions, prices, dates or reports something (other shapes own those, or they are no specification)."""
from __future__ import annotations

import re

from followup.drafting.framing import framing_words
from followup.drafting.items import Item
from followup.drafting.moneyforms import MONEY_RE
from followup.drafting.recount import MONEY, counts
from followup.text.dates import alternation, month_names

# A list's parts (a counting head before a colon is one): at least two, at most this many, each at most this many words.
MAX_PARTS = 7
MAX_PART_WORDS = 7
MIN_PARTS = 2

# The separators of a note's list: a comma before a space ("4,2 m" is one figure), a "+" between things ("2+3" is one).
_SEPARATOR = re.compile(r",\s+|\s+\+\s+|(?<=[^\W\d_])\+(?=[^\W\d_])|\s+&\s+")
# A label naming an offer before the list ("Angebot:", "devis :", "Quote -", "Propuesto"), and one naming anything.
_OFFER_LABEL = re.compile(r"^\s*(?:(?:our|the|unser|notre|nuestr[oa])\s+)?(?:quote|quotation|offer|proposal|proposed|"
                          r"offered|suggested|recommended|angebot|angeboten|vorschlag|vorgeschlagen|empfohlen|devis|offre|"
                          r"proposé|proposée|proposition|conseillé|recommandé|presupuesto|oferta|cotización|propuesta|"
                          r"propuesto|ofrecido|sugerido|recomendado)\b\s*(?::|-|–)?\s*", re.I)
_LABEL = re.compile(r"^\s*(?P<l>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s*:\s+(?=\S)")
# A head that counts the thing its list details ("2 grupos electrógenos: 500 kVA ... y 250 kVA ..."): kept, its colon
# a dash, so the sentence has no second ': ' lead after the recap's own.
_HEAD = re.compile(r"^(?P<h>[^:]*\d[^:]*?)\s*:\s+(?P<r>.+)$")

# Words that make a clause something other than a list of what there is: a change, a negation, a condition, a choice,
# a wish or need, a request, a report of what was sent or said, an answer, a time now or to come, what the customer
# has now and the offer replaces ("420 old HPS fixtures", in every language; those clauses are owned by other shapes or
# are no specification to restate).
_NOT_A_LIST = {
    "en": r"not|no|instead|rather|if|unless|or|only|can'?t|cannot|won'?t|wants?|wanted|asks?|asked|needs?|needed|"
          r"would|will|should|must|please|sent|send|attached|told|said|called|yes|ok|okay|agreed|confirmed|maybe|"
          r"perhaps|later|now|after|before|until|till|by|next|last|ago|again|still|already|offers?|price[sd]?|"
          r"instead|vs|versus|than|too|but|old|existing|current|currently",
    "de": r"nicht|kein\w*|statt|anstatt|wenn|falls|oder|nur|will|wollen|möchte\w*|braucht|brauchen|bitte|geschickt|"
          r"gesendet|anbei|gesagt|gefragt|ja|ok|okay|vereinbart|bestätigt|vielleicht|später|jetzt|nach|vor|bis|ab|"
          r"erst|noch|schon|doch|lieber|aber|zu|sollen|soll|muss|müssen|alt\w*|bestehend\w*|vorhanden\w*|bisherig\w*|derzeit|aktuell\w*",
    "fr": r"pas|non|ne|n['’]\w+|au lieu|plutôt|si|sinon|ou|seulement|que|veut|veulent|voudrai\w*|souhaite\w*|"
          r"demande\w*|faut|besoin|envoyé\w*|joint\w*|dit|oui|ok|d['’]accord|confirmé\w*|peut-être|plus tard|"
          r"maintenant|après|avant|jusqu\w*|dès|encore|déjà|mais|trop|doit|doivent|ancien\w*|vieux|vieille\w*|existant\w*|actuel\w*|"
          r"actuellement",
    "es": r"no|en vez|en lugar|si|sino|o|solo|sólo|quiere\w*|pide\w*|pidió|necesita\w*|hace falta|por favor|"
          r"enviad[oa]s?|adjunt\w*|dije|dijo|sí|ok|vale|acordad[oa]|confirmad[oa]|quizás|luego|ahora|después|antes|"
          r"hasta|desde|ya|todavía|pero|demasiad[oa]s?|debe|deben|viej[oa]s?|antigu[oa]s?|existentes?|actual|actuales|"
          r"actualmente",
}
# A part that opens with a preposition or a verb of the note's is a phrase of a sentence, not an item of a list.
_NO_ITEM_START = re.compile(r"^(?:for|with|at|to|from|in|on|is|are|was|were|has|have|had|für|mit|bei|zu|von|ist|sind|"
                            r"hat|haben|pour|avec|à|dans|sur|est|sont|ont|para|con|en|por|es|son|tiene|tienen|"
                            r"ha|han)\b", re.I)
# A date: a month's name or a day of a month in figures; a dated clause is an event (weekdated.py, outcome.py) and
# may be past.
_DATE = re.compile(rf"\b(?:{alternation(month_names('en', 'de', 'fr', 'es', cuts=True, spellings=False))})\b\.?|"
                   r"(?-i:\bKW\s?\d)|"
                   r"\b\d{1,2}\.\d{1,2}\.|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b", re.I)
# A sum, a percentage, a question or a computation is the price shapers' or the slots' (an old price restated is
# what a rep must never send), and a clock time's "at" is a meeting's.
_NOT_SPEC = re.compile(r"\?|=|%|\b\d{1,2}[:.h]\d{2}\s*(?:uhr|h)?\b|\b\d{1,2}\s*(?:am|pm|uhr)\b", re.I)

# A note's word that the list is the offer's new scope ("Now 240 m barrier, 18 controllers 3:30pm-11:30pm", "Jetzt 3
# Kühlzellen, 2 Verdampfer"): the list after it is said as what the offer now covers.
_NOW = re.compile(r"^(?:now|jetzt|nun|neu|désormais|maintenant|dorénavant|ahora)\b\s*:?\s*", re.I)
# A shift or a span of hours a part gives what it counts ("18 controllers 3:30pm-11:30pm", "4 Ordner 18-24 Uhr"): part
# of the specification, no meeting's time.
_SPAN = re.compile(r"\b\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h|uhr)?\s*[-–]\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h|uhr)?(?!\w)",
                   re.I)
_COUNTED_SPAN = re.compile(r"(?P<c>\b\d+\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s+" + _SPAN.pattern, re.I)
# What a part includes ("240 m barrier incl. double line along the river edge"): its words are not counted against
# MAX_PART_WORDS, the thing before it is.
_INCLUDING = re.compile(r"\s(?:incl\.?|including|inkl\.?|einschl\.?|einschließlich|y compris|incluant|incluido|"
                        r"incluida|incluyendo)\s", re.I)
# A person in a part ("2 of them with oven", turned "2 of you"): a clause about someone, not an item of the list.
_PERSON = re.compile(r"\b\d+\s+(?:of (?:you|them|us)|davon|von (?:ihnen|uns)|d['’]entre (?:eux|elles|vous|nous)|"
                     r"de (?:ellos|ellas|ustedes|nosotros))\b", re.I)
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}
_NOTED = {"en": "I've noted {x}.", "de": "Ich habe {x} notiert.", "fr": "J'ai noté {x}.", "es": "He anotado {x}."}
_OFFERED = {"en": "Our offer covers {x}.", "de": "Unser Angebot umfasst {x}.", "fr": "Notre offre comprend {x}.",
            "es": "Nuestra oferta incluye {x}."}
_NOW_OFFERED = {"en": "Our offer now covers {x}.", "de": "Unser Angebot umfasst jetzt {x}.",
                "fr": "Notre offre comprend désormais {x}.", "es": "Nuestra oferta incluye ahora {x}."}
# The sentences this module writes, found again in a recap line (with or without the recap's lead before them).
_WRITTEN = re.compile(r"(?:^|[,:]\s)(?:(?:I've noted|[Jj]'ai noté|[Hh]e anotado|[Oo]ur offer covers|[Uu]nser Angebot "
                      r"umfasst|[Nn]otre offre comprend|[Nn]uestra oferta incluye)\b|[Ii]ch habe .+ notiert\.$)")


def _other(text: str, language: str) -> bool:
    """Whether a text says something other than what there is: a sum, a date, a time, a change, a condition, ..."""
    text = _COUNTED_SPAN.sub(r"\g<c>", text)  # a shift of what a part counts, not a time to meet
    return bool(_NOT_SPEC.search(text) or _DATE.search(text) or MONEY_RE.search(text) or MONEY.search(text)
                or re.search(rf"(?<![\w'’-])(?:{_NOT_A_LIST[language]})(?![\w'’-])", text, re.I))


def _parts(text: str, language: str, head: int = 0) -> list[str]:
    """The list's parts, or [] when the text is no list of specifications (`head`: 1 when a counting head leads it)."""
    if _other(text, language):
        return []
    parts = [p.strip(" .;,") for p in _SEPARATOR.split(text)]
    if not MIN_PARTS <= len(parts) + head <= MAX_PARTS or not all(parts):
        return []
    if not all(re.search(r"\d", p) for p in parts):
        return []  # every part counts or measures something: a list of figures, not a note's account cut by commas
    if any(len(_INCLUDING.split(p, 1)[0].split()) > MAX_PART_WORDS or _NO_ITEM_START.match(p) or _PERSON.search(p)
           for p in parts):
        return []
    return parts


def list_sentence(clause: str, language: str) -> str:
    """A note's list of specifications as the rep's sentence ("I've noted 6 terminals, 4 kitchen printers and 2 kitchen
    display screens."), "" when the clause is no such list or not in a language covered."""
    if language not in _NOTED or "\n" in clause.strip():
        return ""
    text = re.sub(r"^[\s<>=-]+", "", clause).strip(" .;:")  # "-> Offered ...": the note's arrow is no word
    now = _NOW.match(text)
    text = text[now.end():] if now else text
    offer = None if now else _OFFER_LABEL.match(text)
    if offer:
        text = text[offer.end():]
    elif (label := _LABEL.match(text)) and not re.search(r"\d", label.group("l")):
        text = text[label.end():]  # "Setup: ..." / "Bestand: ...": the note's heading, not a thing of the list
    head = _HEAD.match(text)
    parts = _parts(head.group("r") if head else text, language, int(bool(head)))
    if not parts or (head and (len(head.group("h").split()) > MAX_PART_WORDS or _parts(head.group("h"), language)
                               or _other(head.group("h"), language))):
        return ""
    said = ", ".join(parts[:-1]) + f" {_AND[language]} {parts[-1]}" if len(parts) > 1 else parts[0]
    if head:
        said = f"{head.group('h').strip()} – {said}"
    return (_NOW_OFFERED if now else _OFFERED if offer else _NOTED)[language].format(x=said)


def written(line: str) -> bool:
    """Whether a recap line is one of this module's sentences (the first cut when the draft is too long)."""
    return bool(_WRITTEN.search(line))


# The customer's people, however a note counts them (the first letters of the noun, as recount.counts keeps them):
# "9 technicians" at a first meeting and "14 users" on a later call count the same team, so the later count replaces
# the earlier in every language ("18 Mitarbeiter" / "22 Nutzer", "9 techniciens" / "14 utilisateurs").
_PEOPLE = frozenset("user users utili usuar nutze benut anwen staff emplo emple mitar perso peopl techn técni tecni "
                    "salar worke arbei traba colab colla seats".split())


def _people(found: dict[str, set[str]]) -> dict[str, set[str]]:
    """A text's counts with every count of the customer's people under one key."""
    out = {stem: n for stem, n in found.items() if stem not in _PEOPLE}
    people = set().union(*[n for stem, n in found.items() if stem in _PEOPLE] or [set()])
    return out | ({"@people": people} if people else {})


def recounted(item: Item, items: tuple[Item, ...] | list[Item]) -> bool:
    """Whether a newer note or message counts a thing of this item's list anew ("now 8 terminals", "14 users" after
    "9 technicians"): the list is out of force then, whoever counted."""
    mine = _people(counts(item.quote))
    return any(i.at > item.at and any(stem in mine and n - mine[stem] for stem, n in _people(counts(i.quote)).items())
               for i in items)


def list_words(language: str) -> str:
    """The words these sentences may say beyond the note, for the grounding check."""
    return framing_words(_NOTED.get(language, ""), _OFFERED.get(language, ""), _NOW_OFFERED.get(language, ""),
                         _AND.get(language, ""))


__all__ = ["list_sentence", "list_words", "recounted", "written"]

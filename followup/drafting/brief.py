"""A customer's point noted briefly: of the clauses said back, only those that carry a figure, a date or a name
("I've noted that you discussed in the family and you want to go forward and you can only change the lights between
8 and 19 November" -> "I've noted that you can only change the lights between 8 and 19 November"). A rep acknowledges
the point that matters in a few words; the customer's whole story sent back reads as their own email pasted."""
from __future__ import annotations

import re

from followup.text.dates import ES_PLAIN_DAYS, alternation, day_names, month_names

# Where one clause of a said-back point ends and the next begins: a semicolon, or "and"/"but"/"so" before a new
# subject ("... and you want", "..., mais le conseil", "... y la entrega").
_SUBJECT = {
    "en": r"you|your|the|they|it|we|there|this|delivery|installation",
    "de": r"Sie|Ihr\w*|du|dein\w*|der|die|das|es|wir|man",
    "fr": r"vous|votre|vos|tu|ton|ta|tes|le|la|les|il|elle|ils|on|c'est",
    "es": r"usted\w*|su|sus|tú|tu|tus|el|la|los|las|necesita\w*|quiere\w*",
}
_AND = {"en": r"and|but|so", "de": r"und|aber|also", "fr": r"et|mais|donc", "es": r"y|pero|así que"}
# A clause carries something a key point may need: a figure, or a name inside it (not its first word).
_FIGURE = re.compile(r"\d")
_NAME = re.compile(r"(?<!^)(?<![.:;!?]\s)\b[A-ZÄÖÜÉÈÀÁÍÓÚÑ][\w'’-]+")
# An acronym or code ("PDF", "ICT", "BH3"): a name in every language, German nouns included.
_ACRONYM = re.compile(r"\b[A-ZÄÖÜ]{2,}\b")
# A month or weekday said in words ("mejor en enero", "ab März"): a date.
# "may" only capitalised, where it is no verb; the other spellings ("aout", "setiembre") were never read here.
_DATE_NAMES = alternation([*month_names("en", "de", "fr", "es", cuts=True, spellings=False),
                           *day_names("en", "de", "fr", "es")], without=("may", *ES_PLAIN_DAYS))
DATE_WORD = re.compile(rf"\b(?:{_DATE_NAMES})\b|\b(?-i:May)\b", re.I)
# The customer's go-ahead ("you want to order", "on y va"): what the rep answers first, never left out.
DECISION = re.compile(r"\b(?:order|go ahead|go forward|proceed|bestell\w*|auftrag\w*|commande\w*|on y va|"
                      r"pedido|adelante|comprar)\b", re.I)
# An aside that says what comes with the thing ("..., with light toast", "..., sans pied"): part of it.
_WITH = re.compile(r"^(?:with|without|mit|ohne|avec|sans|con|sin)\b", re.I)
# Pronouns and words every language capitalises inside a sentence: no name.
_NOT_NAME = {"I", "Sie", "Ihr", "Ihre", "Ihnen", "Ihren", "Ihrem", "Ihrer", "Ihres", "Usted", "Ud"}
# A clause's part before its first comma stands alone from this many words ("you need the offer as PDF").
MIN_HEAD_WORDS = 4
# At most this many clauses of one point are said.
MAX_CLAUSES = 2


def _clauses(text: str, language: str) -> list[str]:
    """The clauses of a said-back point, in order."""
    subject, conj = _SUBJECT.get(language, _SUBJECT["en"]), _AND.get(language, _AND["en"])
    flags = 0 if language == "de" else re.I
    split = re.compile(rf";\s+|,?\s+(?:{conj})\s+(?=(?:{subject})\b)", flags)
    lead = re.compile(rf"^(?:{conj})\s+", flags)  # "; and you take 4-6 January": the clause, not its "and"
    return [lead.sub("", c.strip(" ,;")) for c in split.split(text) if c.strip(" ,;")]


def carries(clause: str, language: str = "en") -> bool:
    """Whether a clause says a figure, a date, a name (in German, where every noun is capitalised, an acronym) or
    the customer's decision."""
    if _FIGURE.search(clause) or DATE_WORD.search(clause) or _ACRONYM.search(clause) or DECISION.search(clause):
        return True
    if language == "de":
        return False
    return any(m.group(0) not in _NOT_NAME for m in _NAME.finditer(clause))


# "le 6 juin", "el 19 de junio": an article before a figure opens a day or an amount, not a clause's subject.
_DATE_AFTER = re.compile(r"^[^\W\d_]+\s+\d")


def _trimmed(clause: str, language: str) -> str:
    """A clause without its comma-led asides that carry nothing ("you need the offer as PDF for the bank, for the
    credit" -> "... for the bank"); its first part always stays: it holds the subject and verb."""
    parts = re.split(r",\s+(?=[^\W\d])", clause)  # not "1, 2" nor "1,500"
    if len(parts[0].split()) < MIN_HEAD_WORDS:
        return clause  # "Sie sagen, dass ...": the part after the comma is what they said
    rest = [x for x in parts[1:] if carries(x, language) or _WITH.match(x)]
    subject = re.compile(rf"^(?:{_SUBJECT.get(language, _SUBJECT['en'])})\b", 0 if language == "de" else re.I)
    if language != "de" and not carries(parts[0], language) and rest \
            and all(subject.match(x) and not _DATE_AFTER.match(x) for x in rest):
        return ", ".join(rest)  # "le chantier a glissé, on commence le 11 janvier": the new day is the news
    return ", ".join([parts[0], *rest])


# The customer's yes or connective before the point itself ("Das passt, wir nehmen ...", "Par ailleurs, les textes
# ...", "That works, ...", "Además, ..."): their words around the news, never said back to them.
_LEAD_IN = re.compile(
    r"^(?:that works|that's fine|that is fine|sounds good|perfect|great|fine|ok(?:ay)?|also|besides|by the way|btw|"
    r"in addition|furthermore|moreover|one more thing|"
    r"das passt|passt|gut|prima|perfekt|super|einverstanden|in ordnung|alles klar|außerdem|übrigens|zudem|ach ja|"
    r"ça (?:nous |me )?(?:va|convient)|cela (?:nous |me )?convient|c'est parfait|parfait|très bien|d'accord|"
    r"par ailleurs|de plus|en outre|au fait|autre chose|sinon|"
    r"perfecto|(?:me|nos) parece bien|de acuerdo|vale|bien|genial|además|por cierto|por otro lado|otra cosa)"
    r"\s*[,:;–—]\s+(?=\S)", re.I)


# The heading word of a customer's list item before a clause that says it all ("delivery: you need all 8 by ..."):
# after "I've noted that" it reads as pasted; a heading before a bare thing ("Drucker: 10 Stück") is the thing, kept.
_HEADING = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+)?\s*:\s+(?=(?:you|your|you're|you'd|you'll)\b)", re.I)


def unled(text: str) -> str:
    """A said-back point without the customer's yes or connective (see _LEAD_IN) or heading word before it."""
    return _HEADING.sub("", _LEAD_IN.sub("", text.strip(), count=1), count=1)


# A dash between spaces (or a French colon) before the customer's reason ("avant le samedi 13 décembre – on a ...").
_DASH = re.compile(r"\s[–—:-]\s")
# A limit after the dash is a term of theirs, not their story ("30. Januar - bitte nicht montags"): kept.
_LIMIT = re.compile(r"\b(?:not|never|no|nicht|nie|kein\w*|pas|jamais|ni|nunca)\b", re.I)


def untailed(text: str) -> str:
    """A said-back point without the story after its dash when the part before it holds the figure or day and the
    story holds none ("you need all 8 by 19 December - your biggest week" -> "you need all 8 by 19 December")."""
    m = _DASH.search(text)
    if not m:
        return text
    head, tail = text[:m.start()].rstrip(" ,;"), text[m.end():]
    keep = len(head.split()) < MIN_HEAD_WORDS or not (_FIGURE.search(head) or DATE_WORD.search(head)) \
        or _FIGURE.search(tail) or _LIMIT.search(tail)
    return text if keep else head


def brief(text: str, language: str) -> str:
    """A said-back point cut to its clauses with a figure, a date or a name (all of it when none or every clause
    has one)."""
    text = untailed(unled(text))
    if language == "de":  # every noun capitalised: no telling a name, so no clause is judged empty, only asides
        return _trimmed(text, language)
    clauses = _clauses(text, language)
    kept = [c for c in clauses if carries(c, language)][:MAX_CLAUSES]
    if not kept:
        return text
    if len(kept) == len(clauses):  # every clause carries: said as written, each without its empty asides
        for clause in clauses:
            text = text.replace(clause, _trimmed(clause, language), 1)
        return text
    kept = [_trimmed(c, language) for c in kept]
    joiner = {"en": " and ", "de": " und ", "fr": " et ", "es": " y "}.get(language, "; ")
    return joiner.join(kept)


def briefly(texts: list[str], language: str) -> list[str]:
    """Several said-back points, each brief, without those that carry nothing when another does ("you discussed in
    the family" beside "you can only change the lights between 8 and 19 November")."""
    short = [brief(t, language) for t in texts]
    carrying = [t for t in short if carries(t, language)]
    return (carrying if language != "de" else []) or short


# "you need / want / would like" before the thing itself (an article or a figure follows): the thing is the point.
_WANT = {
    "en": re.compile(r"^(?:you|we)(?:'d\s+(?:like|want)|\s+(?:(?:now|also|still|really)\s+)?(?:need|want|would like|require|"
                     r"are looking for|ask for))\s+(?=(?:a|an|the|\d)\b)", re.I),
    "fr": re.compile(r"^(?:vous|tu)\s+(?:(?:aussi|maintenant|désormais)\s+)?(?:voulez|veux|souhaitez|souhaites|"
                     r"cherchez|cherches|demandez|demandes|voudriez|voudrais)\s+(?=(?:le|la|les|l'|un|une|des|du|\d))",
                     re.I),
    "es": re.compile(r"^(?:(?:también|además|ahora)\s+)?(?:necesita|necesitan|necesitas|quiere|quieren|quieres|busca|"
                     r"buscan|buscas|pide|piden|pides)\s+(?=(?:un|una|unos|unas|el|la|los|las|\d)\b)", re.I),
}


def wanted(text: str, language: str) -> str | None:
    """The thing a said-back "you need / want ..." point names ("you need the offer as PDF for the bank" -> "the
    offer as PDF for the bank"), or None when the point says more than a want (German, with its verb at the end,
    is never cut)."""
    meeting = _meeting(text, language) or _approval(text, language)
    if meeting:
        return meeting
    want = _WANT.get(language)
    m = want.match(text) if want else None
    if m is None:
        return None
    rest = text[m.end():]
    if _WANT_AGAIN.search(rest):
        return None  # a second clause with its own verb: the whole point is said
    return _EACH_AGAIN.sub("", rest)


# An apposition saying the thing again one by one ("a quote per building, one for each"): said once is enough.
_EACH_AGAIN = re.compile(r",\s*(?:one|uno|una|un|une|eins|einen|eine)\s+(?:for each|per|para cada|por|pour chaque|"
                         r"par|pro|je|für jede[nrs]?)\b[^,]*$", re.I)


# A second subject and verb after the thing ("... and you want the delivery ..."): more than one thing.
_WANT_AGAIN = re.compile(r"\b(?:you|vous|tu|we|nous)\s+\w+|\b(?:and|et|y|but|mais|pero)\s+(?:the\s+)?\w+\s+"
                         r"(?:is|are|must|will|est|sont|doit|es|son|debe)\b", re.I)


# A body that meets on a day ("leur comité se réunit le jeudi 17 décembre"): said as the meeting ("la réunion de
# leur comité le jeudi 17 décembre"), the rep's own words for it.
_MEETING = {
    "en": re.compile(r"^(?P<who>(?:the|your|their)\s+[\w' -]+?)\s+(?:meets|sits|is meeting)\s+(?P<when>on\s+.*\d.*)$",
                     re.I),
    "fr": re.compile(r"^(?P<who>(?:le|la|l'|leur|votre|son|sa)\s*[\w' -]+?)\s+se réunit\s+(?P<when>(?:le|ce)\s+.*\d.*)$",
                     re.I),
    "es": re.compile(r"^(?P<who>(?:el|la|su)\s+[\w -]+?)\s+se reúne\s+(?P<when>el\s+.*\d.*)$", re.I),
}
_OF = {"fr": (("le ", "du "), ("la ", "de la "), ("l'", "de l'"), ("", "de ")),
       "es": (("el ", "del "), ("", "de "))}


def _meeting(text: str, language: str) -> str | None:
    """A "X meets on DAY" point said as X's meeting on that day, or None."""
    rule = _MEETING.get(language)
    m = rule.match(text) if rule else None
    if m is None:
        return None
    who, when = m.group("who"), m.group("when")
    if language == "en":
        return f"{who} meeting {when}"
    lead, of = next((a, b) for a, b in _OF[language] if who.lower().startswith(a))
    meeting = "la réunion" if language == "fr" else "la reunión"
    return f"{meeting} {of}{who[len(lead):]} {when}"


# A body's yes to a thing ("le comité a accepté le contrat de 3 ans", "management has approved the monthly
# contract"): said as their approval of it.
_APPROVED = {
    "en": re.compile(r"^(?P<who>(?:the |your |their )?[\w'-]+(?: [\w'-]+){0,2}?)\s+(?:has |have )?approved\s+"
                     r"(?P<what>(?:the|a|an)\s+.+)$", re.I),
    "fr": re.compile(r"^(?P<who>(?:le|la|l'|leur|votre)\s*[\w' -]+?)\s+a\s+(?:accepté|validé|approuvé)\s+"
                     r"(?P<what>(?:le|la|les|l'|un|une)\s*.+)$", re.I),
    "es": re.compile(r"^(?P<who>(?:el|la|su)\s+[\w -]+?)\s+(?:aprobó|ha aprobado|aceptó|ha aceptado)\s+"
                     r"(?P<what>(?:el|la|los|las|un|una)\s+.+)$", re.I),
}


def _approval(text: str, language: str) -> str | None:
    """A "X approved Y" point said as X's approval of Y, or None."""
    rule = _APPROVED.get(language)
    m = rule.match(text) if rule else None
    if m is None or m.group("who").lower() in ("you", "we", "i", "they"):
        return None
    # "approved the package already": the adverb belongs to the verb, not to "the approval of the package"
    who, what = m.group("who"), re.sub(r"\s+(?:already|now|just now|déjà|maintenant|ya)$", "", m.group("what"), flags=re.I)
    if language == "en":
        return f"{who}'s approval of {what}"
    lead, of = next((a, b) for a, b in _OF[language] if who.lower().startswith(a))
    return (f"l'accord {of}{who[len(lead):]} pour {what}" if language == "fr"
            else f"la aprobación {of}{who[len(lead):]} para {what}")

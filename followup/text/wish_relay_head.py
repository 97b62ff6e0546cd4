"""An opt-out passed on for someone at the customer's firm, in the seven languages: "my boss doesn't want any more
emails from you", "mein Chef möchte keine Mails mehr von Ihnen", "il titolare non vuole più essere chiamato", "mi jefe
dice que no le escriban más", "mijn baas wil niet meer gebeld worden". The person named is replaced by the pronoun of
their language, a verb of saying after them is dropped, and the sentence is read by wish_behalf's swap (they -> I) and
the opt-out rules: certain where the rules read it certain and strong, asked ("maybe") where the reading is weak. Only
the one who decides for the firm (boss, owner, director) is read so: a colleague's or a spouse's relay is theirs."""
from __future__ import annotations

import re

from followup.text.wish_base import DNC, Wish

# the firm's decision-maker, by language, with the pronoun that stands for them in wish_behalf's subject patterns
# (a "former" or "previous" owner is not in the pattern: only a possessive or article right before the noun)
_HEAD = {
    "en": (r"\b(?:my|our|the)\s+(?:boss|owner|director|managing\s+director|MD|CEO|general\s+manager|principal|proprietor|"
           r"gaffer|chairman|chairwoman|owners|directors|partners)\b", "she"),
    "de": (r"\b(?:mein|meine|unser|unsere|der|die)\s+(?:Chef|Chefin|Inhaber|Inhaberin|Geschäftsführer|Geschäftsführerin|"
           r"Direktor|Direktorin|Praxisinhaber|Praxisinhaberin)\b", "er"),
    "fr": (r"\b(?:mon|ma|notre|le|la)\s+(?:patron|patronne|directeur|directrice|gérant|gérante|PDG)\b", "elle"),
    "es": (r"\b(?:mi|nuestr[oa]|el|la)\s+(?:jefe|jefa|dueño|dueña|director|directora|gerente|patr[oó]n|patrona)\b", "ella"),
    "it": (r"\b(?:il\s+mio|la\s+mia|il\s+nostro|la\s+nostra|il|la)\s+(?:titolare|capo|direttore|direttrice|"
           r"proprietari[oa])\b", "lei"),
    "pt": (r"\b(?:o\s+meu|a\s+minha|o\s+nosso|a\s+nossa|o|a|meu|minha)\s+(?:chefe|dono|dona|diretor|diretora|patrão|patroa|"
           r"gerente)\b", "ela"),
    "nl": (r"\b(?:mijn|onze|de)\s+(?:baas|bazin|eigenaar|eigenares|directeur|directrice)\b", "zij"),
}
# a verb of saying or asking right after the person, with its "that" (dropped: what follows is the message itself)
_SAYS = {
    "en": r"\s+(?:says|said|told\s+(?:me|us)|has\s+(?:asked|told)\s+(?:me|us)\s+to\s+(?:tell\s+you|let\s+you\s+know))"
          r"(?:\s+that)?\b,?",
    "de": r"\s+(?:sagt|sagte|meint|meinte|hat\s+gesagt|lässt\s+(?:Ihnen\s+)?ausrichten)\b,?(?:\s+dass)?",
    "fr": r"\s+(?:dit|a\s+dit|m['’]a\s+dit|nous\s+a\s+dit|demande|a\s+demandé)\s+(?:que|qu['’])\s*",
    "es": r"\s+(?:dice|dijo|me\s+dijo|nos\s+dijo|pide|pidió|ha\s+dicho)\s+que\b",
    "it": r"\s+(?:dice|ha\s+detto|mi\s+ha\s+detto|ci\s+ha\s+detto|chiede|ha\s+chiesto)\s+(?:che|di)\b",
    "pt": r"\s+(?:diz|disse|pediu|pede|me\s+disse|nos\s+disse)\s+(?:que|para)\b",
    "nl": r"\s+(?:zegt|zei|vraagt|vroeg|heeft\s+gezegd|heeft\s+gevraagd)\b,?(?:\s+dat|\s+om)?",
}
_PRONOUN = {lang: pronoun for lang, (_, pronoun) in _HEAD.items()}
# the person as the subject of a clause: at the sentence's start, after a comma or colon, or after "and" / "but"
# ("Stop emailing my husband" names no one who asks; a colleague's or a spouse's relay is left to the other rules)
_LEAD = r"(?P<lead>^\W*|[,;:(]\s*|\b(?:and|but|so|also|und|aber|et|mais|y|pero|e|ma|mas|en|maar)\s+)"
# (a list, not a table: each language is tried in turn and the first person named decides)
_PERSON = [(lang, re.compile(rf"{_LEAD}(?P<who>{_HEAD[lang][0]})(?P<says>{_SAYS[lang]})?", re.I)) for lang in _HEAD]


def relayed_person(sentence: str) -> tuple[str, str] | None:
    """The sentence with the firm's decision-maker as the pronoun of their language (a verb of saying after them
    dropped) and the language; None when no such person is a clause's subject."""
    for lang, rx in _PERSON:
        m = rx.search(sentence)
        if m is None:
            continue
        said = "" if m.group("says") else _PRONOUN[lang]
        return sentence[:m.start()] + m.group("lead") + said + sentence[m.end():], lang
    return None


def relayed_opt_out(sentence: str, offset: int, text: str) -> Wish | None:
    """An opt-out passed on for the customer's boss, owner or director: certain where the rules read it certain and
    strong, asked otherwise; None when the sentence names no such person or asks nothing."""
    from followup.text.wish_behalf import as_the_writer
    from followup.text.wish_behalf_abroad import as_the_writer_abroad
    from followup.text.wish_optout import do_not_contact
    from followup.text.wish_strength import someone_elses, weigh_opt_out

    found = relayed_person(sentence)
    if found is None:
        return None
    named, lang = found
    swapped = as_the_writer(named) if lang in ("en", "de") else as_the_writer_abroad(named, [lang])
    dnc = do_not_contact(swapped, 0, swapped)
    if dnc is None or someone_elses(swapped):
        return None
    stripped = sentence.strip()
    start = offset + sentence.index(stripped)
    quote = text[start: start + len(stripped)]
    weighed = weigh_opt_out(dnc, swapped, 0, text)
    certain = dnc.certain and weighed.kind == DNC and weighed.certain
    return Wish(DNC, quote, certain=certain)


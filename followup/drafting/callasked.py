"""A question the customer asked on a call, as the note reports it: put as a direct question in their language, or
the answer the rep gave in the same clause ("Er fragt ob ... → hab gesagt 230 V reicht") taken without "told him"."""
from __future__ import annotations

import re

from followup.drafting.reading import inverted
from followup.drafting.restating import expand_shorthand, tidy
from followup.drafting.words import PAREN

# Where a note's question asked on the call gives way to the answer in the same clause: an arrow ("→", "->", "=>")
# or a colon before the rep's yes, no or "told him" ("... en mer : lui ai dit oui, avec étude d'impact").
_ANSWER_INSIDE = re.compile(r"\s*(?:→|->|=>)\s*|\s*:\s+(?=(?:yes|no|ja|nein|oui|non|sí|told|said|hab|(?:je )?lui ai dit|"
                            r"le dije|se lo dije)\b)", re.I)


# The note's "I told him" before the answer itself ("hab gesagt 230 V reicht", "lui ai dit oui, ..."): not said.
_TOLD_LEAD = re.compile(r"^(?:(?:ich )?hab(?:e)?(?: ich)?(?: ihm| ihr| ihnen)? (?:gesagt|erklärt|bestätigt)|"
                        r"told (?:him|her|them)|said|(?:je )?lui ai dit(?: que)?|j'ai dit(?: que)?|(?:se )?l[eo] dije"
                        r"(?: que)?)\s*[,:]?\s+(?=\S+\s+\S)", re.I)


# Words an answer after the arrow needs to say something ("-> yes" alone is the question's yes, read as before).
MIN_INSIDE_ANSWER_WORDS = 2


# How a note says the rep gave an answer on the call ("hab ... gesagt", "told him ..."): not said to the customer.
_SAID_BACK = re.compile(r"^(?:hab(?:e)?(?: ich)?|ich hab(?:e)?|told (?:him|her|them)|je lui ai dit|j'ai dit|le dije)\s+|"
                        # "30 % bei Bestellung, hab ihm gesagt": the note's record that it was said, after it
                        r",?\s*(?:hab(?:e)?(?: ich)? (?:ihm|ihr|ihnen|es) gesagt|told (?:him|her|them)|"
                        r"je (?:lui|leur) ai dit|(?:se )?l[eo] dije|said so)$|"
                        r"\s+(?:gesagt|genannt|dit|dicho)$", re.I)


# A topic the customer asked about on a call, put as a question in the customer's language.
_ABOUT_FRAME = {"en": "what about {x}", "de": "wie sieht es mit {x} aus", "fr": "qu'en est-il de {x}",
                "es": "¿qué hay de {x}"}

# A German finite verb that ends an "ob" clause and comes first once the clause is asked directly.
_DE_FINITE = (r"ist|sind|gibt|kann|können|wird|werden|hat|haben|muss|müssen|soll|sollen|darf|dürfen|geht|gehen|"
              r"passt|passen|reicht|reichen|klappt|lohnt|braucht|brauchen|gilt|bleibt|kommt|kostet|kosten|läuft|"
              r"funktioniert|hält|dauert")


# An English wh-clause in reported order ("how soon we can install", "when they will ship").
_EN_WH_CLAUSE = re.compile(r"^(?P<wh>(?:how(?: soon| long| much| many| often| quickly| fast)?|when|where|what|which|who|"
                           r"why)(?: \w+)??)\s+(?P<subj>we|you|they|it|he|she|I)\s+"
                           r"(?P<aux>can|could|will|would|should|must|is|are|was|were|have|has|need to)\s+", re.I)

# A lead that names a topic or a yes/no question ("asked about", "fragt nach", "pregunta si"): no wh-clause follows.
_NAMED_LEAD = re.compile(r"\b(?:about|re|for|if|whether|nach|ob|sur|si|por|wissen,?)\s+$", re.I)

# German and Spanish words opening a wh-question ("wann", "wie lange", "cuándo").
_DE_WH = re.compile(r"(?:wann|wie(?: lange| viel| schnell| oft| bald)?|was|welche[nmrs]?|"
                    r"wo(?:hin|her|mit|für)?|wer|warum)(?=\s)", re.I)
_ES_WH = re.compile(r"(?:cuándo|cómo|cuánt[oa]s?|qué|cuál(?:es)?|dónde|quién)\b", re.I)


def answer_inside(quote: str) -> str:
    """The answer after the arrow of a question asked on the call, without "told him"; "" when none is said."""
    inside = _ANSWER_INSIDE.split(quote, maxsplit=1)
    if len(inside) < 2 or len(inside[1].split()) < MIN_INSIDE_ANSWER_WORDS:
        return ""
    return _TOLD_LEAD.sub("", inside[1].strip(), count=1)


def said_back(quote: str) -> str:
    """The answer a note says the rep gave on the call, without "hab gesagt", "told him" or a parenthesis."""
    return _SAID_BACK.sub("", _TOLD_LEAD.sub("", PAREN.sub("", quote).strip(" .,;"))).strip(" .,;")


def direct_question(ask: str, lead: str, language: str) -> str:
    """What the note says was asked, as a direct question: a topic ("asked about permits") as "what about permits",
    an "if"/"ob"/"si" clause with its verb first."""
    ask = expand_shorthand(tidy(ask))
    if re.search(r"(?:about|re|nach|sur|por)\s+$", lead, re.I):
        ask = re.split(r",|\s[-–—]\s|;", ask)[0].strip()  # "asked about permits, I think ...": permits
        # "asked about a freezer for pollen": a topic, asked as "what about a freezer for pollen?"
        ask = _ABOUT_FRAME.get(language, "{x}").format(x=ask) if ask else ask
    if language == "en" and re.search(r"\b(?:if|whether)\s+$", lead, re.I):
        ask = inverted(ask)
    elif language == "en" and not _NAMED_LEAD.search(lead):
        # "how soon we can install" -> "how soon can we install": the verb before its subject after the wh-word
        ask = _EN_WH_CLAUSE.sub(r"\g<wh> \g<aux> \g<subj> ", ask, count=1)
    elif language == "de" and _DE_WH.match(ask) and not _NAMED_LEAD.search(lead):
        ask = re.sub(rf"^({_DE_WH.pattern})\s+(.+?)\s+({_DE_FINITE})$", r"\1 \3 \2", ask, flags=re.I)  # "wann liefern wir"
    elif language == "es" and _ES_WH.match(ask) and not _NAMED_LEAD.search(lead):
        ask = f"¿{ask}"  # "pregunta cuándo podemos instalar": "¿cuándo podemos instalar?"
    elif language == "de" and re.search(r"\b(?:ob|wissen,?)\s+$", lead, re.I):
        # "ob SSO enthalten ist" -> "ist SSO enthalten": the verb comes first in a direct question
        ask = re.sub(rf"^(.+?)\s+({_DE_FINITE})$", r"\2 \1", ask)
    elif language == "es" and re.search(r"\bsi\s+$", lead, re.I) and not ask.startswith("¿"):
        ask = f"¿{ask}"  # "pregunta si funciona con hielo": "¿funciona con hielo?", opened as Spanish is
    return re.sub(r"\s+(?:again|too|as well|once more)$", "", ask, flags=re.I)

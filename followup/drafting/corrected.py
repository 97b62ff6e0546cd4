"""The customer's sentence that corrects their own earlier request ("La mission est décalée : départ le 2 octobre,
retour le 6 octobre, et nous serons 12 personnes et non plus 14", "Wir sind jetzt 55 Personen und nicht mehr 40",
"Al final seremos 9 personas"), said back turned to them clause by clause and without the value it replaced, so the
draft states what is now planned. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace

from followup.drafting.changes import without_old
from followup.drafting.items import Item
from followup.drafting.reported import customer_said
from followup.drafting.words import content

# Kinds of a customer's point that state their plan.
CORRECTED_KINDS = ("term", "constraint")

# Words a said-back correction has at most: longer, it is a story, not a figure in force.
MAX_CORRECTED_WORDS = 30

# The customer's own side in a clause ("nous serons", "wir sind", "seremos": a Spanish verb carries it alone).
_FIRST = {"en": re.compile(r"\b(?:we|our|us|ours|i|my|me|i'm|we're)\b", re.I),
          "de": re.compile(r"\b(?:wir|uns|unser\w*|ich|mir|mich|mein\w*)\b", re.I),
          "fr": re.compile(r"\b(?:nous|notre|nos|je|j'|me|m'|mon|ma|mes|moi|on)\b", re.I),
          # a pronoun joined to the verb too: "confirmame", "envíanos"
          "es": re.compile(r"\b(?:nosotros|nos|nuestr\w*|yo|mi|mis|me|\w+(?:amos|emos|imos|remos)|"
                           r"\w{4,}[aeiáéí](?:me|nos))\b", re.I)}
# "uns" after a preposition of the dative is "Ihnen", which the turn does not know ("bei uns" -> never "bei Sie").
_DE_DATIVE = re.compile(r"\b(?:bei|mit|von|zu|nach|aus|seit|gegenüber)\s+Sie\b")
# English turns by its pronouns alone; "I" / "my" would need the verb turned too.
_EN = {"we": "you", "our": "your", "us": "you", "ours": "yours", "we're": "you're"}
_EN_SINGULAR = re.compile(r"\b(?:i|my|me|i'm)\b", re.I)


# A Spanish verb of "nosotros" said of "ustedes": the future ("seremos" -> "serán") and the usual irregular ones; a
# pronoun or possessive left over ("nuestro") is not turned here.
_ES_FUTURE = re.compile(r"\b(\w+)remos\b", re.I)
_ES_IRREGULAR = {"somos": "son", "estamos": "están", "vamos": "van", "tenemos": "tienen", "queremos": "quieren"}
_ES_VERB = re.compile(r"\b(?:" + "|".join(_ES_IRREGULAR) + r")\b", re.I)


def _turned(clause: str, language: str) -> str | None:
    """A clause said to the customer: as it is when it names no one of theirs, turned when it does, None when it
    cannot be turned safely."""
    if not _FIRST[language].search(clause):
        return clause
    if language == "en":
        if _EN_SINGULAR.search(clause):
            return None
        return re.sub(r"\b(?:we're|we|our|us|ours)\b", lambda m: _EN[m.group(0).lower()], clause, flags=re.I)
    if language == "es":
        said = _ES_FUTURE.sub(r"\1rán", _ES_VERB.sub(lambda m: _ES_IRREGULAR.get(m.group(0).lower(), m.group(0)),
                                                     clause))
        said = re.sub(r"\b(\w+)(?:amos)\b", r"\1an", re.sub(r"\b(\w+)(?:emos|imos)\b", r"\1en", said))
        return None if _FIRST["es"].search(said) else said
    lead = re.match(r"^(?:et|and|und|y|mais|aber|pero)\s+", clause, re.I)
    head = lead.group(0) if lead else ""
    said = customer_said(clause[len(head):], language)
    if not said or _FIRST[language].search(said.replace("vous", "")) or _DE_DATIVE.search(said):
        return None
    return f"{head}{said}"


def said_correction(quote: str, language: str) -> str:
    """A customer's correcting sentence said back to them without the replaced value, or "" when it cannot be."""
    if language not in _FIRST or "?" in quote:
        return ""
    text = without_old(quote.strip().rstrip(".!"), language)
    parts = re.split(r"(,\s+|\s+:\s+)", text)
    turned = [p if n % 2 else _turned(p, language) for n, p in enumerate(parts)]
    if any(t is None for t in turned) or len(text.split()) > MAX_CORRECTED_WORDS:
        return ""
    out = "".join(turned).strip()
    return out if language == "de" else out[:1].lower() + out[1:]


def corrected(items: list[Item], language: str) -> list[Item]:
    """The customer's points left unsaid whose email took an older point of theirs out of force (their own request
    corrected), given the words to say them back with."""
    replacing: dict[str, set[str]] = {}
    for i in items:
        if i.status == "superseded" and i.direction == "inbound" and i.kind in CORRECTED_KINDS:
            replacing.setdefault(i.by, set()).update(content(i.quote))
    # a sentence of that email about another thing ("Y confirmame que la implementación ...") corrects nothing
    return [replace(i, text=said_correction(i.quote, language))
            if i.status == "open" and i.direction == "inbound" and i.kind in CORRECTED_KINDS and not i.text
            and content(i.quote) & replacing.get(f"{i.source_kind}:{i.source_id}", set()) else i for i in items]


# The customer's "we" left in a line said back to them ("Tomo nota: necesitamos las tarjetas ..."): a Spanish verb of
# "nosotros" leading the clause, or the plural pronoun of their side; a singular "me" there is the rep already.
_OUR_SIDE = {"de": re.compile(r"\b(?:wir|uns|unser\w*)\b", re.I), "fr": re.compile(r"\b(?:nous|notre|nos)\b", re.I),
             "es": re.compile(r"^(?:(?:no|nosotros|ya|también|solo|sólo)\s+)*\w+(?:amos|emos|imos)\b|"
                              r"\b(?:nosotros|nuestr\w*)\b", re.I)}


def to_reader(clause: str, language: str) -> str:
    """A clause said back with the customer's own "we" turned to "you" when it can be safely; else as it was."""
    pattern = _OUR_SIDE.get(language)
    if not pattern or not pattern.search(clause):
        return clause
    said = _turned(clause, language)
    return said if said and said != clause else clause

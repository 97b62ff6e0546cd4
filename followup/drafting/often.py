"""How often a service runs, as the customer changed it: the rep's "skips exchanged weekly" or "replenished every 2
weeks" is out of force once a later source names another rhythm for the same thing ("weekly isn't enough on the
swarf, can we do twice a week", "we need it replenished every week, not every 2 weeks"). Blind readers marked drafts
that said the old rhythm back with its price. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.overtaken import source_sentences
from followup.drafting.sentences import Source
from followup.drafting.words import content

# Rhythms as times per four weeks, longest wording first so "twice weekly" is never read as "weekly".
_RHYTHMS: tuple[tuple[int, str], ...] = (
    (8, r"twice (?:a |per |every )?week(?:ly)?|two times (?:a|per) week|2\s?x (?:a |per |/\s?)?week|"
        r"zweimal (?:pro |die |in der |je )?woche|2\s?x (?:pro |die )?woche|"
        r"deux fois par semaine|2 fois par semaine|dos veces (?:por|a la|cada) semana|2 veces (?:por|a la) semana"),
    (12, r"three times (?:a|per) week|dreimal (?:pro |die )?woche|trois fois par semaine|tres veces (?:por|a la) semana"),
    (20, r"every (?:working |business )?day|daily|täglich|jeden (?:arbeits)?tag|chaque jour|tous les jours|"
         r"quotidien(?:ne)?s?|cada día|todos los días|diari[oa]s?"),
    (2, r"every (?:2|two|other) weeks?|fortnightly|bi-?weekly|alle (?:2|zwei) wochen|zweiwöchentlich|"
        r"14-?tägig|vierzehntägig|toutes les (?:2|deux) semaines|tous les (?:14|15|quinze) jours|"
        r"cada (?:2|dos) semanas|cada (?:14|15|quince) días|quincenal(?:es)?|bimensuel(?:le)?s?"),
    (1, r"every (?:4|four) weeks|monthly|every month|once a month|monatlich|jeden monat|einmal (?:pro|im) monat|"
        r"mensuel(?:le)?s?|chaque mois|tous les mois|une fois par mois|mensual(?:es)?|cada mes|una vez al mes"),
    (4, r"weekly|every week|once a week|each week|wöchentlich|jede woche|einmal (?:pro|die) woche|wochenweise|"
        r"hebdomadaires?|chaque semaine|toutes les semaines|une fois par semaine|semanal(?:es)?|cada semana|"
        r"todas las semanas|una vez (?:por|a la) semana"),
)
_RHYTHM = [(n, re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.I)) for n, p in _RHYTHMS]

# Words of the rhythm and of its price that name no thing the rhythm is for.
_NOT_A_THING = content("week weeks weekly twice times every each once day daily month monthly other per exchange "
                       "woche wochen wöchentlich zweimal pro monat semaine semaines fois chaque toutes tous jours mois "
                       "semana semanas veces cada días mes need want can could ok fine isn't enough")


# A change for part of the year only ("tous les quinze jours pendant l'été"): the old rhythm stays for the rest.
_SEASON = re.compile(r"\b(?:during|in (?:the )?(?:summer|winter|season)|over the (?:summer|winter)|pendant|en été|en hiver|"
                     r"im (?:Sommer|Winter)|während|durante|en (?:verano|invierno))\b", re.I)


def rhythms(text: str) -> set[int]:
    """The rhythms a text names, as times per four weeks; a longer wording hides the shorter one it holds."""
    out, text = set(), text or ""
    for n, pattern in _RHYTHM:
        if any(not _RATE.search(text[:m.start()]) for m in pattern.finditer(text)):
            out.add(n)
        text = pattern.sub(" ", text)
    return out


# A count right before the rhythm makes it a rate ("1,800 garments weekly"), no service rhythm.
_RATE = re.compile(r"\d[\d.,'’ ]*\s*[^\W\d_]+\s+$")


def _thing(text: str) -> set[str]:
    """The content words of a text that are not the rhythm's own."""
    return content(text) - _NOT_A_THING


def _taken_up(asked: Source, new: set[int], said) -> bool:
    """Whether the rep's side said a rhythm the customer asked for after they asked ("Twice weekly Tue + Fri ok")."""
    return any(s.at > asked.at and s.direction != "inbound" and n & new for s, line, n in said)


def rhythm_changed(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's earlier lines with a rhythm a later source replaces for the same thing (a word they share besides
    the rhythm) superseded, a question only once the rep's side took it up, unless a source after that change says
    the old rhythm for it again."""
    said = [(s, line, rhythms(line)) for s in ordered for line in source_sentences(s, cleaned)]
    out = []
    for item in items:
        old = rhythms(item.quote)
        if item.status == "open" and old and item.direction in ("outbound", "note") and \
                item.kind in ("term", "feature", "standing"):
            thing = _thing(item.quote)
            changes = [s for s, line, new in said if s.at > item.at and new - old and _thing(line) & thing
                       and not _SEASON.search(line) and ("?" not in line or _taken_up(s, new, said))]
            if changes and not any(s.at > changes[0].at and old & new and not new - old and _thing(line) & thing
                                   for s, line, new in said):
                item = replace(item, status="superseded", by=f"{changes[0].kind}:{changes[0].id}")
        out.append(item)
    return out

"""Quiet periods read for certain when the writer asks that the matter be left to rest until a day, in the seven
languages: "Let it rest until Monday", "Laat het even rusten tot maandag", "Lassen wir es bis Montag ruhen",
"Laissons ça reposer jusqu'à lundi", "Dejémoslo reposar hasta el lunes", "Lasciamolo riposare fino a lunedì",
"Deixa isso descansar até segunda"."""
from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import Wish
from followup.text.wish_quiet_given import certain_quiet

# the matter (a pronoun or the offer) left alone, said to the rep: "let it rest/sit/lie", "laat het rusten/liggen"
# (never the writer at rest: "I'll rest until Monday"; never a thing of its own: "let the paint dry until Monday")
_MATTER = r"(?:it|this|that|the\s+(?:matter|offer|quote|proposal))"
_REST = re.compile(
    rf"\blet\s+{_MATTER}\s+(?:just\s+)?(?:rest|sit|lie)\b|"  # en
    r"\blaat\s+(?:het|dit|dat|de\s+offerte)\s+(?:nog\s+)?(?:even\s+)?(?:rusten|liggen)\b|"  # nl
    r"\blass(?:en)?\s+(?:wir\s+|Sie\s+)?(?:es|das|das\s+Angebot)\b[^.;!?]{0,40}?\b(?:ruhen|liegen)\b|"  # de
    r"\blaiss(?:ons|ez)[- ](?:(?:le|la|[çc]a|cela)\s+)?(?:un\s+peu\s+)?reposer\b|"  # fr
    r"\bd[ée]j(?:[ée]mos|[ae])lo\s+(?:\w+\s+)?(?:reposar|descansar)\b|"  # es
    r"\blasciamol[oa]\s+(?:\w+\s+)?riposare\b|\blasciate?l[oa]\s+riposare\b|"  # it
    r"\bdeix(?:a|e|emos)(?:-o|\s+isso|\s+isto)?\s+(?:\w+\s+)?(?:descansar|repousar)\b",  # pt
    re.I)
_UNTIL = re.compile(r"\b(?:until|till|tot|bis|jusqu['’]\s*[àa]u?|hasta|fino\s+a[dl]?|at[ée])\b", re.I)
# asked, not said: a question or a condition ("if we let it rest until Monday, ...")
_NOT_ASKED = re.compile(r"\?|^\W*(?:if|si|se|wenn|falls|als|indien|caso)\b", re.I)
UNTIL_CHARS = 40  # the day named right after the resting verb ("tot maandag, dan ...")


def rest_until(sentence: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The day a sentence asks the matter be left to rest until, or None."""
    from followup.text.wish_when import stated_end  # wish_when reads wish_quiet, which reads this module's callers

    m = _REST.search(sentence)
    if m is None or _NOT_ASKED.search(sentence):
        return None
    # (German names the day inside the phrase: "Lassen wir es bis Montag ruhen")
    until = _UNTIL.search(sentence, m.start(), m.end() + UNTIL_CHARS)
    return stated_end(sentence[until.start():], local, zone) if until else None


def rest_until_certain(spoken: list[str], wishes: list[Wish], local: datetime, zone: ZoneInfo) -> list[Wish]:
    """The wishes with the matter left to rest until a day (rest_until) made a certain quiet period, in place of a
    possible quiet period, pause or opt-out read in that sentence; a certain quiet period read stands."""
    return certain_quiet(rest_until, spoken, wishes, local, zone)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

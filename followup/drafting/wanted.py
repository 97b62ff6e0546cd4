"""A customer's wish a call note records beside the rep's own "I'll find out" ("Will Infos zur Förderung (LEADER?) -
klär ich", "Veut payer en 3 fois - à voir avec la direction", "Quiere crédito - lo averiguo", "Wants finance options
over 3 yrs - check w/ Pauline"): what they want is asked of the rep, an answer slot the rep fills before sending,
never told back as "you'd like information" nor with the note's "klär ich"."""
from __future__ import annotations

import re

from followup.drafting.reading import UNSURE

# The note's frame for what the customer wants, per language, the subject left out or a pronoun.
_WANTS = {"en": r"(?:(?:he|she|they)\s+)?(?:wants?|would like|asks? for|asked for)\s+(?!to\b)(?:also\s+)?",
          "de": r"(?:(?:er|sie)\s+)?(?:will|möchte|wünscht|braucht|hätte gerne?|bittet um|wollen|möchten|brauchen)\s+"
                r"(?:auch\s+)?",
          "fr": r"(?:(?:il|elle|ils)\s+)?(?:veut|veulent|voudrait|souhaite|souhaitent|aimerait|a besoin d[e']\s*|"
                r"demandent|demande(?=\s+(?:la|le|les|l['’]|un|une|des|du)\s))"
                r"\s*(?:aussi\s+)?",
          "es": r"(?:(?:él|ella)\s+)?(?:quiere|quieren|querría|necesita|necesitan|pide|piden|busca|desea)\s+(?:también\s+)?"}
# Things a wish joins ("a written quote + finance options over 3 yrs"): the part the rep's remark speaks of is asked.
_JOIN = re.compile(r"\s(?:\+|&|and|und|et|y)\s", re.I)


def wanted(quote: str, language: str, remark: str = "") -> re.Match[str] | None:
    """The lead of a note clause recording what the customer wants, up to what the rep must still find out (its
    end is where the wish begins), or None. Of joined wishes, the one the rep's remark names by a figure or a word
    ("finance options over 3 yrs - not sure we can do 3 yrs") is the one asked."""
    lead = _WANTS.get(language)
    m = re.match(r"\s*" + lead, quote, re.I) if lead else None
    if m is None or len(quote[m.end():].split()) < 1 or UNSURE.search(quote) or re.search(r"[,;]", quote[m.end():]):
        return None  # the rep's remark inside the wish itself ("..., je lui ai proposé de demander à ..."): not asked
    if language == "de" and not quote[m.end():m.end() + 1].isupper() and not re.match(r"\s*(?:ein|eine|einen|mehr)\b",
                                                                                       quote[m.end():]):
        return None  # "will ... machen": a German "will" before a verb clause is no wish for a thing
    parts = list(_JOIN.finditer(quote, m.end()))
    named = set(re.findall(r"\d+|[^\W\d_]{4,}", remark.lower()))
    for join in reversed(parts):
        tail = quote[join.end():]
        if set(re.findall(r"\d+|[^\W\d_]{4,}", tail.lower())) & named:
            return re.match(re.escape(quote[:join.end()]), quote)
    return m


__all__ = ["wanted"]

"""A call granted, then the part of the day it should come in: "Calling is fine, but preferably in the morning",
"Bellen is geen probleem, maar doe het liefst 's morgens", "Anrufen ist kein Problem, aber am liebsten vormittags",
"M'appeler, pas de problème, mais de préférence le matin", "Llamar no es problema, pero mejor por la mañana",
"Chiamare va bene, ma meglio la mattina", "Ligar não tem problema, mas de preferência de manhã".
followup.text.wish_firm.asked_part reads the part after it as a call taken as given ("if you call, make it ...")."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

# the call (a verb or a noun), said to be no trouble, then "but" and a preference word ("do it" may stand before it)
CALL_GRANTED = re.compile(
    r"\b(?:calling(?:\s+me)?|phoning(?:\s+me)?|ringing(?:\s+me)?|a\s+(?:phone\s+)?call|calls|anrufen|ein\s+Anruf|Anrufe|"
    r"(?:m['\u2019])?appeler|un\s+appel|les\s+appels|llamar(?:me)?|una\s+llamada|las\s+llamadas|chiamar(?:e|mi)|"
    r"una\s+telefonata|le\s+telefonate|ligar(?:-me)?|uma\s+liga[çc][ãa]o|as\s+liga[çc][õo]es|bellen|opbellen|een\s+telefoontje)"
    r"\s*,?\s*(?:is|are|ist|sind|c['\u2019]est|no\s+es|es|va|vanno|n[ãa]o\s+(?:tem|é)|(?:tem|é))?\s*"
    r"(?:no\s+problem|fine|ok(?:ay)?|welcome|kein\s+Problem|okay|in\s+Ordnung|pas\s+de\s+probl[èe]me|pas\s+un\s+probl[èe]me|"
    r"tr[èe]s\s+bien|(?:ning[uú]n\s+)?problema|bien|nessun\s+problema|bene|(?:tem\s+)?problema|tudo\s+bem|geen\s+probleem|"
    r"prima|goed|oké)\s*,?\s*(?:but|aber|doch|mais|pero|ma|mas|maar)\s+"
    r"(?:(?:do\s+it|make\s+it|doe\s+het|dan|tun\s+Sie\s+(?:es|das)|faites-le|h[áa]galo|lo\s+faccia|fa[çc]a(?:-o)?)\s+)?"
    r"(?=(?:preferably|ideally|best|only|am\s+liebsten|lieber|am\s+besten|bitte|eher|de\s+pr[ée]f[ée]rence|plut[ôo]t|"
    r"mejor|preferiblemente|meglio|preferibilmente|melhor|de\s+prefer[êe]ncia|graag|liefst|het\s+liefst|liever|"
    r"bij\s+voorkeur)\b)", re.I)


def call_granted(sentence: str) -> re.Match | None:
    """The words granting a call before the part of the day asked for it, if the sentence has them."""
    return CALL_GRANTED.search(sentence)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

"""A fact asked for among things to send ("please send the artwork specs and the production deadline", "pouvez-vous
m'envoyer le gabarit et la date limite des fichiers ?", "schicken Sie uns die Satzung und die Anlieferadresse"): a
deadline, date, address or price is told, not sent; it is asked as a question of its own, answered where a source
answers it and slotted where none does, while the documents beside it are still sent."""
from __future__ import annotations

import re
from dataclasses import replace

from followup.drafting.items import Item

# The rep's send line, per language, as sendback.py words it (it imports this module): the lead before the things sent.
_LEADS = {"en": r"I'll send (?:you )?", "fr": "Je vous envoie ", "es": "Le envío ", "de": "Ich schicke Ihnen "}
_LEAD = {lang: re.compile(rf"^(?P<lead>{lead})(?P<obj>.+?)\.?$") for lang, lead in _LEADS.items()}
# Things joined by "and", each with its article.
_JOIN = re.compile(r"\s+(?:and|und|et|y)\s+(?=(?:the|a|an|der|die|das|den|le|la|les|l['’]|el|los|las)\s)", re.I)
# A fact named by its head noun, in the four languages (German compounds end on it: "Anlieferadresse", "Abgabefrist").
_FACT = {"en": re.compile(r"^the\s+(?:[\w-]+\s+){0,2}(?:deadline|due date|closing date|address|start date)\b", re.I),
         "de": re.compile(r"^(?:die|den|das|der)\s+(?:\w+\s+)?\w*(?:frist|adresse|anschrift|termin|datum|"
                          r"stichtag)\b", re.I),
         "fr": re.compile(r"^(?:la|le|l['’])\s*(?:date limite|date de (?:remise|livraison|début)|adresse|délai)\b",
                          re.I),
         "es": re.compile(r"^(?:la|el)\s+(?:fecha (?:límite|de entrega|de inicio)|dirección|plazo)\b", re.I)}


def facts_asked(items: list[Item], language: str) -> list[Item]:
    """The items with each fact asked among things to send taken out of the rep's send line and asked as a question
    of its own; a send line with nothing left to send becomes the question."""
    out: list[Item] = []
    lead_re, fact_re = _LEAD.get(language), _FACT.get(language)
    for item in items:
        m = lead_re.match(item.text) if lead_re and item.kind == "request" and item.direction == "inbound" \
            and item.status == "open" and not item.internal else None
        parts = _JOIN.split(m.group("obj")) if m else []
        facts = [p.strip() for p in parts if fact_re.match(p.strip())]
        if not facts:
            out.append(item)
            continue
        sent = [p.strip() for p in parts if p.strip() not in facts]
        joiner = {"en": " and ", "de": " und ", "fr": " et ", "es": " y "}[language]
        if sent:
            out.append(replace(item, text=f"{m.group('lead')}{joiner.join(sent)}."))
        for fact in facts:
            asked = f"what is {fact}" if language == "en" else f"{fact[:1].upper()}{fact[1:]}"
            out.append(replace(item, kind="question", text=asked if language == "en" else "",
                               quote=f"{asked[:1].upper()}{asked[1:]}?"))
    return out


__all__ = ["facts_asked"]

"""A day the customer wants the rep's work on, said beside the need and not asked, in shapes needby.py does not read:
a preferred day ("the cutover on a Friday afternoon, ideally on 8 July from 2pm", "Am liebsten Mittwoch, 22. Juni.",
"de préférence le mardi 5 juillet", "idealmente el 4 de julio"), a finish day asked with "please" ("Tiefbau ab 20.
Juni passt, aber bitte bis 24. Juni fertig"), a thing needed working from a day ("the phones need to be working
there from Monday 4 July") and a day named earlier in the sentence and pointed back at ("go-live is moved to 18 July,
so the link must be ready by then"). Whether that day can be kept is the rep's to answer: a slot, with the day (and
its hour) in it. en/de/fr/es."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.text.dates import EN_MONTHS, alternation, day_names, month_names

_WD = {lang: rf"(?:(?:{alternation(day_names(lang))}),?\s+)" for lang in ("en", "de", "fr", "es")}
_MON = {"en": rf"(?:{alternation(EN_MONTHS)})", **{lang: rf"(?:{alternation(month_names(lang))})"
                                                 for lang in ("de", "fr", "es")}}
_DAY = {
    "en": rf"(?:{_WD['en']}?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON['en']}\b|"
          rf"{_WD['en']}?{_MON['en']}\s+\d{{1,2}}(?:st|nd|rd|th)?\b)",
    "de": rf"(?:{_WD['de']}?\d{{1,2}}\.\s*(?:{_MON['de']}\b|\d{{1,2}}\.))",
    "fr": rf"(?:{_WD['fr']}?\d{{1,2}}(?:er)?\s+{_MON['fr']}\b)",
    "es": rf"(?:{_WD['es']}?\d{{1,2}}\s+de\s+{_MON['es']}\b)",
}
# The hour said with the day ("from 2pm", "ab 14 Uhr", "dès 8 h", "a partir de las 9"): kept in the question.
_HOUR = {
    "en": r"(?:\s+(?:at|from|after|before)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b)",
    "de": r"(?:\s+(?:ab|um|vor|bis|nach)\s+\d{1,2}(?:[:.]\d{2})?\s*Uhr\b)",
    "fr": r"(?:\s+(?:à|dès|avant|après)\s+\d{1,2}\s*h(?:\s*\d{2})?\b)",
    "es": r"(?:\s+(?:a\s+las|desde\s+las|a\s+partir\s+de\s+las|antes\s+de\s+las|después\s+de\s+las)\s+\d{1,2}(?::\d{2})?\b)",
}
# The words a preferred day follows.
_PREFER = {
    "en": r"\b(?:ideally|preferably|if\s+possible)(?:\s+on)?\s+",
    "de": r"\b(?:am\s+liebsten|am\s+besten|idealerweise|möglichst|wenn\s+möglich)(?:\s+(?:am|den))?\s+",
    "fr": r"\b(?:idéalement|de\s+préférence|si\s+possible)(?:\s+le)?\s+",
    "es": r"\b(?:idealmente|preferiblemente|preferentemente|de\s+preferencia|a\s+ser\s+posible|si\s+es\s+posible)"
          r"(?:\s+el)?\s+",
}
# The other day offered beside the preferred one ("am Dienstag, 28. Januar, oder am Donnerstag, 30. Januar").
_OR = {"en": "or", "de": "oder", "fr": "ou", "es": "o"}
# The rep's work a day is wanted for, with the article its question says it with.
_WORK = {
    "en": {w: "the" for w in ("delivery", "installation", "install", "cutover", "switchover", "set-up", "setup",
                              "go-live", "training", "survey", "migration", "onboarding", "handover", "fitting")},
    "de": {**{w: "die" for w in ("Lieferung", "Montage", "Installation", "Inbetriebnahme", "Schulung", "Umstellung",
                                 "Einrichtung", "Messung", "Übergabe", "Migration", "Einweisung")},
           **{w: "der" for w in ("Tiefbau", "Einbau", "Umbau", "Aufbau", "Umzug", "Anschluss", "Start")}},
    "fr": {**{w: "la" for w in ("livraison", "installation", "pose", "mise en service", "formation", "migration",
                                "bascule", "intervention", "visite")},
           **{w: "le" for w in ("montage", "déménagement", "raccordement", "passage", "démarrage")}},
    "es": {**{w: "la" for w in ("entrega", "instalación", "puesta en marcha", "formación", "migración", "visita",
                                "mudanza")},
           **{w: "el" for w in ("montaje", "cambio", "arranque", "traslado")}},
}
# A finish day asked with "please": "aber bitte bis 24. Juni fertig", "but please have it done by 24 June".
_PLEASE_DONE = {
    "de": rf"\bbitte\s+(?P<prep>bis|vor)\s+(?:zum\s+|dem\s+)?(?P<day>{_DAY['de']})\s+(?P<part>fertig|erledigt|"
          r"abgeschlossen|geliefert|installiert)\b",
    "en": rf"\bplease\s+(?:have\s+it\s+)?(?P<part>finished|done|completed|ready)\s+(?P<prep>by|before)\s+"
          rf"(?P<day>{_DAY['en']})",
}
# A thing needed working from a day: "the phones need to be working there from first thing Monday 4 July".
_WORKING_EN = re.compile(rf"\b(?P<thing>the\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+(?:must|needs?\s+to|has\s+to|have\s+to)\s+"
                         rf"be\s+(?P<part>working|live|running|up and running|operational|in place)(?:\s+there)?\s+"
                         rf"(?P<prep>from|on)\s+(?:first\s+thing(?:\s+on)?\s+|the\s+morning\s+of\s+)?"
                         rf"(?P<day>{_DAY['en']})", re.I)
# A day named first, then pointed back at ("..., so the link must be ready by then").
_THEN = {
    "en": re.compile(rf"(?P<day>{_DAY['en']})[^.;?]*?,?\s+so\s+(?P<thing>the\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+"
                     r"(?:must|needs?\s+to|has\s+to|have\s+to|should)\s+be\s+(?P<part>ready|live|working|running|done|"
                     r"finished|installed|in place|operational)\s+(?:by|before)\s+(?:then|that\s+day|that\s+date)\b", re.I),
    "de": re.compile(rf"(?P<day>{_DAY['de']})[^.;?]*?,\s+(?:also\s+)?(?:muss|müssen)\s+(?P<thing>(?:die|der|das)\s+[\w-]+)"
                     r"\s+bis\s+dahin\s+(?P<part>fertig|bereit|installiert|geliefert|in Betrieb)\s+sein\b"),
    "fr": re.compile(rf"(?P<day>{_DAY['fr']})[^.;?]*?,\s+(?:donc\s+)?(?P<thing>(?:la|le|les)\s+[\w-]+)\s+(?:doit|doivent)\s+"
                     r"être\s+(?P<part>prête?s?|installée?s?|livrée?s?|opérationnelle?s?)\s+(?:d['’]ici\s+là|pour\s+"
                     r"cette\s+date)", re.I),
    "es": re.compile(rf"(?P<day>{_DAY['es']})[^.;?]*?,\s+(?:así\s+que|por\s+lo\s+que)\s+(?P<thing>(?:el|la|los|las)\s+"
                     r"[\w-]+)\s+(?:tiene|tienen|debe|deben)\s+(?:que\s+)?estar\s+(?P<part>list[oa]s?|instalad[oa]s?|"
                     r"operativ[oa]s?|funcionando)\s+para\s+entonces", re.I),
}
# A day the rep's work can already start from, said before the finish ("Tiefbau ab 20. Juni passt"): kept beside it.
_FROM = {"de": rf"\bab\s+(?:dem\s+)?(?P<day>{_DAY['de']})", "en": rf"\bfrom\s+(?P<day>{_DAY['en']})"}


def _work(text: str, language: str) -> tuple[str, str] | None:
    """The first of the rep's works a text names, with its article, or None."""
    words = _WORK.get(language, {})
    found = [(m.start(), w) for w in words for m in re.finditer(rf"\b{re.escape(w)}\b", text, re.I)]
    if not found:
        return None
    word = min(found)[1]
    return words[word], word


def _before(item: Item, sources: Sequence[Source], cleaned: dict) -> str:
    """The sentence said just before this point in its own message (read or not), or ""."""
    src = next((s for s in sources if s.kind == item.source_kind and s.id == item.source_id), None)
    text = " ".join(cleaned.get((src.kind, src.id), src.text or "").split()) if src else ""
    quote = " ".join(item.quote.split())
    at = text.find(quote) if quote else -1
    if at <= 0:
        return ""
    sentences = re.split(r"(?<=[.!?])\s+", text[:at].strip())
    return sentences[-1] if sentences else ""


def _ask(art: str, noun: str, when: str, language: str) -> str:
    """Whether the rep's work can take place at that time, asked in the language."""
    if language == "en":
        return f"can {art} {noun} be on {when}"
    if language == "de":
        return f"klappt {art} {noun} am {when}"
    if language == "fr":
        pron = "il" if art == "le" else "elle"
        art = "l'" if noun[0] in "aeiouéè" else art + " "
        return f"{art}{noun} est-{pron} possible le {when}"
    return f"¿se puede hacer {art} {noun} el {when}"


def wanted_day(item: Item, sources: Sequence[Source], cleaned: dict, language: str) -> tuple[str, str] | None:
    """The question a day the customer wants the rep's work on implies, and what it is said beside, or None."""
    quote = " ".join(item.quote.split()).rstrip(" .!")
    if language not in _DAY or "?" in quote or "¿" in quote:
        return None
    then = _THEN[language].search(quote)
    if then:
        thing, part, day = then.group("thing"), then.group("part"), then.group("day")
        thing = thing[0].lower() + thing[1:]
        return {"en": f"can {thing} be {part} by {day}", "de": f"kann {thing} bis {day} {part} sein",
                "fr": f"est-il possible d'avoir {thing} {part} pour le {day}",
                "es": f"¿puede estar {thing} {part} para el {day}"}[language], ""
    working = _WORKING_EN.search(quote) if language == "en" else None
    if working:
        thing = working.group("thing")
        return f"can {thing[0].lower() + thing[1:]} be {working.group('part')} {working.group('prep')} " \
               f"{working.group('day')}", ""
    done = re.search(_PLEASE_DONE[language], quote, re.I) if language in _PLEASE_DONE else None
    work = _work(quote[:done.start()], language) if done else None
    if done and work:
        art, noun = work
        start = re.search(_FROM[language], quote[:done.start()], re.I)
        since = start.group(0) if start else ""
        if language == "de":
            return f"ist {art} {noun} {done.group('prep')} {done.group('day')} {done.group('part')}", since
        return f"can {art} {noun} be {done.group('part')} {done.group('prep')} {done.group('day')}", since
    prefer = re.search(_PREFER[language] + rf"(?P<day>{_DAY[language]})(?P<hour>{_HOUR[language]})?"
                       rf"(?P<alt>,?\s+{_OR[language]}\s+(?:(?:am|on|le|el)\s+)?{_DAY[language]}(?:{_HOUR[language]})?)?",
                       quote, re.I)
    if not prefer:
        return None
    work = _work(quote[:prefer.start()], language) or _work(_before(item, sources, cleaned), language)
    if not work:
        return None
    return _ask(*work, prefer.group("day") + (prefer.group("hour") or "") + (prefer.group("alt") or ""), language), ""

"""A call the customer's newest email asks the rep to make, with its day or time of day in the customer's own words
("could you call me Thursday morning", "Rufen Sie mich bitte nach 17 Uhr an", "Merci de m'appeler plutôt en fin de
journée", "Llámame por la mañana antes de las 10"): the close is the rep's promise to call then, whether or not the
wish reader stores it as a standing preference, and the email needs a follow-up."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Sequence

from followup.drafting.days import TODAY_WORDS, WEEKDAY_WORDS, local_day
from followup.drafting.items import Item
from followup.drafting.sentences import Source

# The customer asking to be called, per language (the imperative, "could you", "merci de", "bitte ... an").
_ASKS = {
    # or to talk at a time, which the rep's call answers ("Can we talk on Friday?", "¿Podemos hablar el viernes?")
    "en": r"\b(?:call|ring|phone)\s+(?:me|us)\b|\bgive\s+(?:me|us)\s+a\s+(?:call|ring)\b|"
          # "Please call after 4 pm": the call asked with no "me", unless it names whom to call ("the office on ...")
          r"\bplease\s+(?:call|ring|phone)\s+(?=after|before|around|between|in\s+the|on\s+[A-Z]|tomorrow|today)|"
          r"\b(?:can|could|shall)\s+we\s+(?:talk|speak|(?:have|do|set\s+up|schedule)\s+a\s+(?:quick\s+|short\s+)?"
          r"(?:video\s+)?call)\b|"
          # or says when they can be reached ("You can reach me in the mornings")
          r"\b(?:reach|catch)\s+me\b",
    "de": r"\b(?:rufen|ruf)\s+(?:Sie\s+)?(?:mich|uns)\b[^.!?]*\ban\b|\b(?:mich|uns)\s+(?:\w+\s+){0,3}?anrufen\b|"
          r"\bum\s+(?:einen\s+)?Rückruf\b|\b(?:können|könnten)\s+wir\s+(?:\w+\s+){0,4}?(?:telefonieren|sprechen)\b|"
          r"\berreichen\s+Sie\s+mich\b|\bmich\s+(?:\w+\s+){0,3}?erreichen\b",
    "fr": r"\b(?:m['’]|nous\s+)(?:r?appeler|téléphoner|r?appeliez|r?appelies|téléphoniez)\b|"
          r"\b(?:r?appelez|appelle|rappelle)[- ](?:moi|nous)\b|"
          r"\b(?:pouvons|pourrions)-nous\s+(?:nous\s+)?(?:parler|en\s+parler|échanger)\b|"
          r"\bpeut-on\s+(?:s['’]appeler|se\s+parler|en\s+parler)\b|\bme\s+joindre\b|\bjoignez-moi\b",
    "es": r"\bll[aá]m(?:ame|eme|enme|anos|enos)\b|\b(?:me|nos)\s+(?:puede|podría|pueden|podrías|puedes)\s+llamar\b|"
          r"\bllamar(?:me|nos)\b|\b(?:podemos|podríamos)\s+(?:hablar|charlar)(?:lo)?\b|\blocalizarme\b|"
          # "prefiero que me llame por la tarde", "¿Podemos hacer una videollamada el jueves?"
          r"\bque\s+(?:me|nos)\s+llame[sn]?\b|\b(?:podemos|podríamos)\s+(?:hacer|tener)\s+una\s+(?:video)?llamada\b|"
          r"\bme\s+(?:puede|puedes|pueden|podéis)\s+localizar\b",
}
# A call note's record of when the customer can be reached ("Can only talk after 6pm", "nur nach 17 Uhr erreichbar",
# "joignable seulement après 18h", "solo puede hablar después de las 6"): the close's call time, like an asked call.
_NOTE_ASKS = {
    "en": r"\b(?:can|could)\s+only\s+(?:talk|speak|take\s+calls)\b|\bonly\s+(?:reachable|available|free\s+to\s+talk)\b|"
          r"\b(?:best|easiest)\s+(?:reached|to\s+(?:call|reach))\b|\bcall\s+(?:her|him|them)\s+back\b",
    "de": r"\b(?:nur|erst)\s+(?:\w+\s+){0,3}?(?:erreichbar|zu\s+erreichen)\b|\bzurückrufen\b",
    "fr": r"\bjoignable\s+(?:seulement|uniquement)\b|\b(?:seulement|uniquement)\s+joignable\b|\bla\s+rappeler\b|"
          r"\ble\s+rappeler\b",
    "es": r"\bs[oó]lo\s+puede\s+hablar\b|\bs[oó]lo\s+(?:est[aá]\s+)?localizable\b|\bllamarl[ae]\s+(?:de\s+nuevo|otra\s+vez)?\b",
}
# Not a call asked for: the customer calls themselves ("Te llamo yo", "I'll call you") or asks not to be called then.
_NOT = {
    "en": r"\b(?:don['’]?t|do\s+not|never|no\s+need\s+to)\s+(?:\w+\s+)?(?:call|ring|phone)\b|\b(?:I|we)(?:['’]ll|\s+will|"
          r"\s+can)\s+(?:call|ring|phone)\b",
    "de": r"\bnicht\b|\b(?:ich|wir)\s+(?:rufe|rufen)\s+(?:Sie|dich)\b",
    "fr": r"\bne\s+(?:m['’]|nous\s+)?\w+\s+pas\b|\b(?:je|nous)\s+vous\s+(?:r?appelle|r?appellerai|r?appelons)\b",
    "es": r"\bno\s+(?:me|nos)\s+llam|\b(?:te|le)\s+llamo\b|\b(?:te|le)\s+llamaré\b",
}
_DAYS = {
    "en": r"(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    "de": r"(?:am\s+)?(?P<wd>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)",
    "fr": r"(?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
    "es": r"(?:el\s+)?(?P<wd>lunes|martes|miércoles|jueves|viernes|sábado|domingo)",
}
# "Tomorrow" in the customer's words, resolved against the day they wrote it ("demain matin" written yesterday is
# this morning); German's lower-case "morgen" only, "am Morgen" is a time of day.
_NEXT_DAY = {"en": r"\b(?P<nd>tomorrow)\b", "de": r"\b(?-i:(?P<nd>morgen))\b", "fr": r"\b(?P<nd>demain)\b",
             "es": r"(?<!la )\b(?P<nd>mañana)\b"}
_TOMORROW = {"en": "tomorrow", "de": "morgen", "fr": "demain", "es": "mañana"}
# A part of the day left without its day, said as the close says it ("matin" alone is shorthand).
_BARE_PART = {"fr": [(r"^aujourd'hui (matin|soir)$", r"ce \1"), (r"^matin$", "dans la matinée"),
                     (r"^soir$", "en soirée"), (r"^(demain|\w+di) (?:le )?(matin|soir)$", r"\1 \2")],
              # "call me late afternoon": "I'll call you in the late afternoon", never "I'll call you afternoon"
              "en": [(r"^(?:((?:early|late) ))?(morning|afternoon|evening)s?$", r"in the \1\2")]}
# An hour span, in the customer's words ("between 10 and 12", "zwischen 10 und 12 Uhr", "entre 9h et 11h", "entre las 9
# y las 11"): tried before a single bound, which would keep only its first hour.
_SPANS = {
    "en": r"\bbetween\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s+and\s+\d{1,2}(?::\d\d)?(?:\s*[ap]\.?\s?m\.?)?(?![\d:])",
    "de": r"\bzwischen\s+\d{1,2}(?:[:.]\d\d)?(?:\s?Uhr)?\s+und\s+\d{1,2}(?:[:.]\d\d)?\s?Uhr\b",
    "fr": r"\bentre\s+\d{1,2}\s?h(?:\s?\d\d)?\s+et\s+\d{1,2}\s?h(?:\s?\d\d)?",
    "es": r"\bentre\s+las\s+\d{1,2}(?::\d\d)?\s+y\s+las\s+\d{1,2}(?::\d\d)?(?:\s*h)?",
}
# An hour said in words, where what follows shows it is the hour ("after six", "before nine o'clock"), not a count
# ("after two weeks").
_HOUR_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o['’]clock)?"
              r"(?=\s*(?:[ap]\.?m\.?)?(?:[,.;:!?)]|$|\s+(?:if|when|or|and|on|please|tonight)\b))")
# A part of the day or an hour bound, in the customer's words.
_TIMES = {
    "en": _SPANS["en"] + r"|(?:(?:early|late)\s+)?(?:in\s+the\s+)?(?:(?:early|late)\s+)?(?:morning|afternoon|evening)s?\b|"
          r"\bfirst\s+thing\b|\blater\s+in\s+the\s+day\b|"
          r"\b(?:after|before|around|from|at)\s+(?:lunch|noon|\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?(?![\d:]))|"
          # "after work", never "at work" (a place: "I'm at work all day"); an hour in words ("ring me after six")
          r"\b(?:after|before)\s+work\b|\b(?:after|before|around)\s+" + _HOUR_WORD,
    "de": _SPANS["de"] + r"|\b(?:früh\s+)?(?:vormittags|nachmittags|abends|morgens)\b|\bam\s+(?:frühen\s+)?(?:Vormittag|"
          r"Nachmittag|Abend|Morgen)\b|\b(?:nach|vor|ab|gegen|um)\s+\d{1,2}(?:[:.]\d\d)?(?:\s?Uhr\b|(?![\d,:]|\.\d|\s*[^\W\d_]))",
    "fr": _SPANS["fr"] + r"|\b(?:en|dans\s+la)\s+(?:matinée|soirée)\b|\ben\s+(?:fin|début)\s+(?:de\s+|d['’])(?:journée|"
          r"matinée|soirée|après-midi)\b|\b(?:tôt\s+)?le\s+(?:matin|soir)\b|\b(?:dans\s+)?l['’]après-midi\b|\bmatin\b|"
          r"\bsoir\b|\b(?:après|avant|vers|à\s+partir\s+de)\s+\d{1,2}\s?h(?:\s?\d\d)?",
    "es": _SPANS["es"] + r"|\b(?:por|en)\s+la\s+(?:mañana|tarde|noche)\b|\btemprano\b|\ba\s+primera\s+hora\b|"
          r"\b(?:después\s+de|antes\s+de|a\s+partir\s+de|hacia|sobre)\s+las\s+\d{1,2}(?::\d\d)?(?:\s*h)?",
}
# An hour bound that opens the clause after a comma still says when to call ("Friday morning, before 10"), unlike a
# reason ("Thursday morning, I'm in court all afternoon").
_BOUND = {"en": r"(?:after|before|around|between|from|at)\s+\d", "de": r"(?:nach|vor|ab|gegen|um|zwischen)\s+\d",
          "fr": r"(?:après|avant|vers|entre|à\s+partir\s+de)\s+\d",
          "es": r"(?:después\s+de|antes\s+de|a\s+partir\s+de|hacia|sobre|entre)\s+las\s+\d"}
# The customer's preferred time after a comma ("..., am besten vormittags vor 11", "..., de préférence le matin"):
# still when to call, unlike a reason there ("..., mornings I am at the yard").
_BEST = {"en": r"(?:ideally|preferably|best)", "de": r"(?:am\s+besten|am\s+liebsten|lieber|gern|idealerweise)",
         "fr": r"(?:de\s+préférence|idéalement|plutôt)", "es": r"(?:mejor|preferiblemente|idealmente|de\s+preferencia)"}
# The day of the month after a weekday ("el martes 6", "mardi 6"), not an hour ("Friday 10am", "jeudi 14h").
_DAY_NUMBER = r"\s+(?P<dn>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[:.]\d|h\b|h\d|Uhr|[ap]\.?\s?m\b))"
# How far ahead a weekday with its day of the month is looked for ("el martes 6": the Tuesday that is the 6th).
_NUMBERED_WEEKS = 5
# Two days offered as one or the other ("Donnerstag oder Freitag"): the close keeps the choice.
_OR = {"en": "or", "de": "oder", "fr": "ou", "es": "o"}
# A weekday said as the close says it: "on Thursday", "am Donnerstag", "jeudi", "el jueves".
_ON_DAY = {"en": "on {d}", "de": "am {d}", "fr": "{d}", "es": "el {d}"}
# A clause ends at these: the reason after it ("I'm in court all afternoon") is no time asked for.
_CLAUSE = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:but|aber|mais|pero)\b", re.I)


def _sentences(text: str) -> list[str]:
    """The sentences of a text, roughly."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text or "") if s.strip()]


def _weekday_date(written: date, weekday: int, number: str | None) -> date:
    """The day a weekday names, on or after the day it was written; with its day of the month ("el martes 6" written
    on Tuesday 30 May), the first such weekday falling on that day within five weeks."""
    first = written + timedelta(days=(weekday - written.weekday()) % 7)
    if number:
        for week in range(_NUMBERED_WEEKS):
            if (day := first + timedelta(weeks=week)).day == int(number):
                return day
    return first


def _clause_end(sentence: str, after: int, language: str) -> int:
    """Where the clause holding the call word ends: at the first boundary after it, or past a comma that opens on an
    hour bound ("Friday morning, before 10")."""
    end = len(sentence)
    for m in _CLAUSE.finditer(sentence, after):
        if m.group(0) == "," and re.match(rf"\s*(?:{_BOUND[language]}|{_BEST[language]}\s+(?:{_TIMES[language]}))",
                                          sentence[m.end():], re.I):
            continue
        return m.start()
    return end


def asked_time(sentence: str, language: str, written: date, today: date, note: bool = False) -> str | None:
    """When a sentence asks the rep to call (a note's: says when the customer can be reached), in the customer's words
    resolved against the draft's day ("on Thursday morning", "nach 17 Uhr", "en fin de journée"); None when it asks for
    no call, names no time, or its day is past."""
    asks = (_NOTE_ASKS if note else _ASKS).get(language)
    if not asks or not re.search(asks, sentence, re.I) or re.search(_NOT[language], sentence, re.I) and not note:
        return None
    verb = re.search(asks, sentence, re.I)
    # the clause holding the call word (a German "rufen Sie mich ... an" runs past no comma)
    starts = [0] + [m.end() for m in _CLAUSE.finditer(sentence) if m.end() <= verb.start()]
    end = _clause_end(sentence, verb.end(), language)
    clause = sentence[starts[-1]:end]
    pieces = sorted([m for m in re.finditer(f"{_DAYS[language]}(?:{_DAY_NUMBER})?|{_NEXT_DAY[language]}|"
                                            f"{_TIMES[language]}", clause, re.I)],
                    key=lambda m: m.start())
    if not pieces:
        return None
    said: list[str] = []
    for previous, m in zip([None] + pieces, pieces):
        wd = m.groupdict().get("wd")
        if previous is not None and said and re.fullmatch(rf"\s+{_OR[language]}\s+",
                                                          clause[previous.end():m.start()], re.I):
            said.append(_OR[language])
        if m.groupdict().get("nd"):
            day = written + timedelta(days=1)
            if day >= today:  # a tomorrow now past leaves the time of day alone
                said.append(TODAY_WORDS[language] if day == today else _TOMORROW[language])
            continue
        if not wd:
            said.append(m.group(0))
            continue
        day = _weekday_date(written, WEEKDAY_WORDS[language].index(wd.lower()), m.groupdict().get("dn"))
        if day < today:
            continue  # a day now past: the time of day alone, if any, still holds
        name = wd if language == "en" and wd[:1].isupper() else (wd.capitalize() if language in ("en", "de") else wd)
        if m.groupdict().get("dn") and int(m.group("dn")) == day.day:
            name = f"{name} {day.day}"
        said.append(TODAY_WORDS[language] if day == today else _ON_DAY[language].format(d=name))
    if said and said[-1] == _OR[language]:
        said.pop()
    text = " ".join(said).strip()
    for pattern, words in _BARE_PART.get(language, []):
        text = re.sub(pattern, words, text)
    if language == "en":
        text = re.sub(r"^today (?:in the )?(morning|afternoon|evening)$", r"this \1", text)
    return text or None


def timed_call(call: str, when: str, language: str) -> str:
    """The call asked for said with the time a preference of the same email or an older one names, when the call names
    none itself ("on Thursday" and "after 3pm": "on Thursday after 3pm"); the call alone otherwise."""
    if re.search(_TIMES[language], call, re.I) or when.lower() in call.lower():
        return call
    return f"{call} {when}"


def call_request(sources: Sequence[Source], cleaned: dict, tz: str, today: date, language: str) -> Item | None:
    """The call the customer's newest email asks for with its time, as an item whose text is when the rep calls, or
    None."""
    rep = max((s.at for s in sources if s.direction == "outbound"), default=None)
    for direction in ("inbound", "note"):  # the customer's emails' ask first, then the newest call note's
        newest = sorted((s for s in sources if s.direction == direction and (s.kind == "message") == (direction == "inbound")
                         and (rep is None or s.at > rep)), key=lambda s: s.at, reverse=True)  # since the rep wrote
        # every email since (a colleague may have written after the one asking), only the newest note
        for src in newest if direction == "inbound" else newest[:1]:
            for sentence in _sentences(cleaned.get((src.kind, src.id), src.text or "")):
                when = asked_time(sentence, language, local_day(src.at, tz), today, note=direction == "note")
                if when:
                    return Item(kind="callback", text=when, quote=sentence, source_kind=src.kind, source_id=src.id,
                                at=src.at, direction=direction)
    return None


def with_call_request(items: list[Item], sources: Sequence[Source], cleaned: dict, tz: str, today: date,
                      language: str) -> list[Item]:
    """The items with the call the customer's newest email asks for; the question that asks it ("Pourriez-vous
    m'appeler demain ?") is answered by the rep's yes in the close, never left as a slot for the rep to fill."""
    call = call_request(sources, cleaned, tz, today, language)
    if call is None:
        return items
    asked = _words(call.quote)
    items = [replace(i, status="answered", by=f"{call.source_kind}:{call.source_id}")
             if i.kind == "question" and i.status == "open" and i.source_id == call.source_id
             and i.source_kind == call.source_kind and _words(i.quote) and _words(i.quote) <= asked else i
             for i in items]
    return items + [call]


def _words(text: str) -> set[str]:
    """The lower-cased words of a text."""
    return set(re.findall(r"[^\W_]+", text.lower()))


__all__ = ["asked_time", "call_request", "timed_call", "with_call_request"]

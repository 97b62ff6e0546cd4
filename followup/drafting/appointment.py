"""The appointment agreed last (a demo, a visit, a call) with its day and clock time, restated against the day the
draft is written: "the site visit is on Tuesday at 2pm", "Demo am Donnerstag um 10 Uhr". The newest sentence in any
email or call note naming a clock time and a day that is not past sets it; a confirmation without the word
("Tuesday 2pm works") takes the word from the earlier sentence with the same time. Internal note parts are cut
before this is read (followup.drafting.internal)."""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Sequence

from followup.drafting.days import DAY_NAMES, local_day, resolve_due, say_day
from followup.drafting.items import Item
from followup.drafting.meetdetail import en_cut_date, person_met, place_after, time_bound
from followup.drafting.moved import declined_days
from followup.drafting.past import slash_day
from followup.drafting.reading import is_note_header
from followup.drafting.sentences import Source, split_sentences
from followup.text.dates import (
    EN_MONTHS,
    FOREIGN_WEEKDAYS,
    MONTHS,
    SHORT_WEEKDAYS,
    alternation,
    day_names,
    next_day_of_month,
    next_weekday,
    short_weekdays,
)

# What is met for: the word restated in front of the day.
_WORD = re.compile(
    r"\b(?:site visit|visit|demo|demonstration|walkthrough|walk-through|tour|viewing|meeting|appointment|fitting|"
    r"tasting|inspection|call|visitar|visiter|besichtigen|Vorführung|Besichtigung|Termin|Besuch|Treffen|Gespräch|démonstration|démo|visite|"
    r"rendez-vous|rdv|réunion|essai|demostración|visita|reunión|llamada|cita|prueba|delivery|installation|pickup|"
    r"kick-?off|set-?up|Lieferung|Anlieferung|Installation|Montage|Aufbau|Start|livraison|démarrage|entrega|instalación|"
    r"montaje|arranque)\b",
    re.I)

# A clock time as written: "2pm", "2:30 pm", "14:00", "14h", "9h30", "8 h 30" (the minutes kept), "10 Uhr".
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:am|pm)\b|\b(?:[01]?\d|2[0-3])(?::|\s?h\s?)[0-5]\d\b|"
                    r"\b(?:[01]?\d|2[0-3])\s?h\b(?![\w/])|\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?Uhr\b", re.I)

_WEEKDAY = re.compile(r"\b(?P<w>" + alternation(FOREIGN_WEEKDAYS) + r")\b|"
                      r"\b(?P<s>" + alternation(SHORT_WEEKDAYS) + r")\.?\s+(?=\d)", re.I)

_MONTH_WORDS = alternation(m for m in MONTHS if m not in EN_MONTHS or len(m) > 3)
# A month cut to three letters after its day ("Do 4. Feb.", "Thu 28 Jan"); not "may", an ordinary English word.
_SHORT_MONTHS = "jan|feb|mar|mär|mrz|apr|jun|jul|aug|sep|oct|okt|nov|dec"
# "9.12.", "8 déc.", "7 décembre", "9 de diciembre", "miércoles 9".
# "mer. 20/01" too: a slash date with a two-digit month ("24/7" is no date)
_DAY_MONTH = re.compile(rf"\b(?P<d>[0-3]?\d)(?:\.(?P<m>[01]?\d)\.?|/(?P<m3>[01]\d))(?!\d)|\b(?P<d2>[0-3]?\d)\.?\s+(?:de\s+)?"
                        rf"(?P<mon>{_MONTH_WORDS}|janv|févr|avr|juil|sept|oct|nov|déc|dez|dic|ene|abr|ago|{_SHORT_MONTHS})"
                        r"\b\.?", re.I)

# An English date the source names ("Thu 28 Jan", "Dec 17th"): an appointment after tomorrow is said with it, in full
# ("on Thursday 28 January"), never "on Thursday next week", which leaves the customer to work it out.
_EN_MON = alternation(EN_MONTHS)
_EN_DATE = re.compile(rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:{_EN_MON})\b|\b(?:{_EN_MON})\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b(?![:.]\d)",
                      re.I)
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December")

# A day only proposed, the customer still to confirm it.
_UNCONFIRMED = re.compile(r"\b(?:tbc|to be confirmed|not confirmed|(?:sie|er) bestätigt noch|noch zu bestätigen|"
                          r"noch nicht bestätigt|à confirmer|pas encore confirmée?|por confirmar|a confirmar|"
                          r"sin confirmar)\b", re.I)

# A day name in full or cut short, in any of the four languages ("Montag", "Mo", "Mon.", "lun.", "vie").
_ANY_DAY = alternation([*day_names("en", "de", "fr", "es"), *SHORT_WEEKDAYS, "mon", "tue", "tues", "wed", "thu", "thur",
                        "thurs", "fri", "sat", "sun"])
# Days a dock, gate or goods-in is open, not one day anything is agreed for: "Monday to Friday", "Mo-Fr", "du lundi au
# vendredi", "de lunes a viernes", "weekdays", "every Monday", "jeden Montag", "tous les lundis", "todos los lunes".
_DAY_SPAN = re.compile(rf"\b(?:{_ANY_DAY})\.?\s*(?:[-–/]|\b(?:to|through|thru|until|till|bis|au|a|al|hasta)\b)\s*"
                       rf"(?:(?:le|el)\s+)?(?:{_ANY_DAY})\b|\b(?:every|each|jeden|chaque|tous\s+les|todos\s+los|cada)\s+"
                       rf"(?:{_ANY_DAY})|\b(?:weekdays|werktags|wochentags|werktäglich|en\s+semaine|entre\s+semana)\b", re.I)
# A clock time that is one end of a window ("6-14 Uhr", "7am-3pm", "de 6 h à 13 h", "von 6 bis 14 Uhr", "between 8 and
# 10am", "de 7 a 14 h"): the window is said whole, never its one end as the time of a delivery. Joined by a word, both
# ends carry their unit or a word leads the window: "jeudi 3 à 14h" and "21/02 à 9h" are a day and its time.
_HOUR = r"(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?"
_UNIT = r"\s?(?:am|pm|h\b|Uhr)"
_TO = r"(?:to|till|until|and|bis|und|à|et|a|y|hasta)\s+(?:las\s+)?"
_HOUR_SPAN = re.compile(rf"(?<![\d/.])(?:\b(?:from|between|von|zwischen|de|entre)\s+{_HOUR}(?:{_UNIT})?\s*(?:[-–]\s*|{_TO})"
                        rf"{_HOUR}{_UNIT}|\b{_HOUR}(?:{_UNIT})?\s*[-–]\s*{_HOUR}(?:{_UNIT})?|\b{_HOUR}{_UNIT}\s+{_TO}{_HOUR}{_UNIT})",
                        re.I)


def _window(clause: str, clock: re.Match[str]) -> re.Match[str] | None:
    """The window of hours a clock time is one end of, in its clause, or None."""
    start = clause.find(clock.group(0))
    return next((m for m in _HOUR_SPAN.finditer(clause) if m.start() <= start < m.end()), None)


# How the restated appointment joins its day and time.
_AT = {"en": "at", "de": "um", "fr": "à", "es": "a las"}
_NOUN = {"visitar": "visita", "visiter": "visite", "besichtigen": "Besichtigung"}  # a verb said as its noun
_ON = {"en": "on", "de": "am", "fr": "le", "es": "el"}

# A day name with its day of the month and no month ("martes 8", "jeudi 3", "Tuesday 8th"): said as written.
_WEEKDAY_NUMBER = re.compile(r"^[^\W\d_]{3,}\.?,?\s+[0-3]?\d(?:st|nd|rd|th|er|\.)?$", re.I)


def named_day(sentence: str, said_at: datetime, tz: str) -> tuple[date, str] | None:
    """The day a sentence names, with the words that name it, resolved against the day it was written."""
    said_on = local_day(said_at, tz)
    m = _DAY_MONTH.search(sentence)
    if m:
        if m.group("d"):
            day, month = int(m.group("d")), int(m.group("m") or m.group("m3"))
        else:
            key = m.group("mon").lower().rstrip(".")
            month = MONTHS.get(key) or next((n for name, n in MONTHS.items() if name.startswith(key)), None)
            day = int(m.group("d2"))
        found = next_day_of_month(said_on, day, month) if month and 1 <= month <= 12 else None
        if m.group("m3") and slash_day(sentence[:m.start()], day, month, said_on) is None:
            found = None  # "Fri 12/11" in US order: not sure which day, left to the rules below
        if found is not None:
            before = re.search(r"(?:\b[^\W\d_]{2,10}\.?,?\s+)$", sentence[:m.start()])
            named = before and _WEEKDAY.fullmatch(before.group(0).strip(" ,"))
            return found, sentence[before.start() if named else m.start():m.end()].strip(" ,")
    m = _WEEKDAY.search(sentence)
    number_after = re.match(r"\s+(?:den\s+|le\s+|el\s+)?([0-3]?\d)\b(?![:.,h]\d|\s?(?:uhr|h\b|am|pm))", sentence[m.end():],
                            re.I) if m and m.group("w") else None
    if number_after:
        found = next_day_of_month(said_on, int(number_after.group(1)), None)  # "miércoles 9": the 9th
        if found is not None:
            return found, sentence[m.start():m.end() + number_after.end()].strip()
    if m:
        number = FOREIGN_WEEKDAYS.get((m.group("w") or "").lower(), SHORT_WEEKDAYS.get((m.group("s") or "").lower()))
        if number is not None:
            return next_weekday(said_on, number), m.group(0).strip()
    # "Thursday Nov 26": the date decides, the day name only names it
    dated = re.sub(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b,?\s*(?=(?:[A-Z][a-z]{2,8}\.?\s+\d)|\d)", "", sentence,
                   flags=re.I)
    due = resolve_due(dated, said_at, tz) or resolve_due(sentence, said_at, tz)
    if due is not None:
        return local_day(due, tz), ""
    return None


# Words that only say something is booked: a more specific one in the same clause ("visite") is said instead.
_GENERIC = {"appointment", "meeting", "termin", "rdv", "rendez-vous", "cita", "reunión", "réunion", "treffen"}


def _specific(text: str) -> re.Match[str] | None:
    """The most specific appointment word of a text: a visit or demo before a bare "appointment"."""
    found = list(_WORD.finditer(text))
    return next((m for m in found if m.group(0).lower() not in _GENERIC), found[0] if found else None)


def named_weekdays(text: str, said_on: date) -> set[date]:
    """The days German, French and Spanish day names in a text mean, written on said_on (for the grounding check,
    which reads English dates itself): "Do 10 Uhr" or "bis Do." written on a Tuesday is that Thursday."""
    out = set()
    for m in _WEEKDAY.finditer(text or ""):
        number = FOREIGN_WEEKDAYS.get((m.group("w") or "").lower(), SHORT_WEEKDAYS.get((m.group("s") or "").lower()))
        if number is not None:
            out.add(next_weekday(said_on, number))
    for _, _, number in short_weekdays(text):  # "Angebot bis Fr. schicken": that Friday
        out.add(next_weekday(said_on, number))
    for m in _SENT_ON.finditer(text or ""):  # "Revidierte Offerte schicke ich Fr": the day it is sent
        out.add(next_weekday(said_on, SHORT_WEEKDAYS[m.group("d").lower()]))
    return out


# A German note's cut day after the rep who sends ("Offerte schicke ich Fr", promised.py says it "am Freitag").
_SENT_ON = re.compile(r"\b(?:schicke|sende|maile)\s+ich(?:\s+Ihnen)?\s+(?P<d>Mo|Di|Mi|Do|Fr|Sa|So)\b(?!\.?\s*\d)")


def find_appointment(ordered: Sequence[Source], cleaned: dict, tz: str, today: date, language: str,
                     customer_name: str = "") -> Item | None:
    """The newest agreed appointment that is not past, as an open item of kind "appointment", or None; the person
    met and the word bounding its time come with it (meetdetail.py)."""
    said = [(src, cleaned.get((src.kind, src.id), "")) for src in ordered]
    refused = [(src.at, days) for src, days in declined_days(ordered, cleaned)]
    sentences = [(src, text[a:b]) for src, text in said for a, b in split_sentences(text)]
    for n in range(len(sentences) - 1, -1, -1):
        src, sentence = sentences[n]
        clock = _CLOCK.search(sentence)
        if clock is None or "?" in sentence[clock.end():]:
            continue  # "how about Tuesday at 2pm?" is a proposal until someone says it works
        if re.match(r"\s?[-–]\s?\d", sentence[clock.end():]):
            continue  # "Call Tue 11:00-11:35": when the call itself took place
        if n and sentences[n - 1][0] is src and re.search(r"\d\.\s*$|\b[^\W\d_]{3,5}\.\s*$", sentences[n - 1][1]) \
                and not ((_DAY_MONTH.search(sentence) or _WEEKDAY.search(sentence)) and _WORD.search(sentence)):
            # "am 9.12. | um 14 Uhr", "Visite fixée mer. | 20/01 à 9h30": one sentence; one that names its own
            # appointment and day keeps them ("... Start 7. Juni. | Termin Mi 12. Mai 16 Uhr" is none on 7 June)
            sentence = f"{sentences[n - 1][1].strip()} {sentence.strip()}"
        found = named_day(sentence, src.at, tz)
        if found is None or found[0] < today or (src.direction == "note" and is_note_header(sentence)
                                                  and (found[0] - local_day(src.at, tz)).days % 7 == 0):
            continue  # "Call Tue 11:00" in Tuesday's note is the call itself, not one a week on
        if any(src.at < at and found[0] in days for at, days in refused):
            continue  # "Le mardi 5 janvier ne va pas": the customer said no to that day since
        # a clause ends at a full stop that ends no day number ("Do 4. Feb., 14 Uhr" is one clause)
        clause = next(c for c in re.split(r"(?<=[!?;])\s+|(?<=\.)(?<!\d\.)\s+(?=[A-ZÀ-Ý¿¡])", sentence) if clock.group(0) in c)
        if _UNCONFIRMED.search(clause):
            continue  # "Termin vorgeschlagen Mi 12. Mai 16 Uhr, sie bestätigt noch": a proposal, not agreed yet
        if _DAY_SPAN.search(clause):
            continue  # "Lieferung nur Montag bis Donnerstag 6-14 Uhr an Tor 5": when goods are taken in, no delivery day
        word = _specific(clause) or next((_WORD.search(s) for _, s in reversed(sentences[:n])
                                               if clock.group(0) in s and _WORD.search(s)), None)
        word = _specific(word.string) if word is not None and word.re is _WORD else word
        if word is None:
            continue
        day, written = found
        short = re.search(r"\b([^\W\d_]{2,3})\.?,?\s+$", sentence[:sentence.find(written)]) if written else None
        if short and SHORT_WEEKDAYS.get(short.group(1).lower()) == day.weekday() and language in DAY_NAMES:
            # "Do 4. Feb." -> "Donnerstag, 4. Feb.": the note's short day name said in full beside its date
            written = f"{DAY_NAMES[language][day.weekday()]}{',' * (language == 'de')} {written}"
        # a date as written ("am 9.12.", "jeudi 10 déc."); a day name or word restated against today
        when = f"{_ON[language]} {written}".strip() if _DAY_MONTH.search(written) or _WEEKDAY_NUMBER.search(written) else (
            say_day(day, today, language) or written)
        if language == "en" and (dated := _EN_DATE.search(sentence)):  # "Thu 28 Jan": its date, "today", "tomorrow"
            # in the order the source writes it: "December 5" stays month first ("on Tuesday, December 5")
            said = f"{_EN_MONTH_NAMES[day.month - 1]} {day.day}" if dated.group(0)[0].isalpha() else (
                f"{day.day} {_EN_MONTH_NAMES[day.month - 1]}")
            when = f"on {_EN_DAYS[day.weekday()]}{',' * dated.group(0)[0].isalpha()} {said}" if (
                day - today).days > 1 else say_day(day, today, language)
            if (day - today).days > 1 and (cut := en_cut_date(sentence, day)):
                when = f"on {cut}"  # "Thu 18 Jan" as the note cuts it, the day and date both
            elif (day - today).days == 1 and (cut := en_cut_date(sentence, day)):
                when = f"tomorrow, {cut},"  # "tomorrow" alone leaves the day to be worked out from the email's date
        if not when:
            continue
        what = _NOUN.get(word.group(0).lower(), word.group(0) if language == "de" else word.group(0).lower())
        window = _window(clause, clock)
        span = window.group(0).strip() if window else ""
        if language == "es":  # "de 7 a 14 h" said as "entre las 7 y las 14 h": "de 7" reads as a day of the month later
            span = re.sub(r"^de (\S+) a (?:las )?(\S+)", r"entre las \1 y las \2", span)
        bound = time_bound(clause, clause.find(clock.group(0)))  # "before 10:00" stays before, never "at"
        at = f", {span}" if span else f" {bound or _AT.get(language, 'at')} {clock.group(0)}"
        place = place_after(clause, clause.find(clock.group(0)) + len(clock.group(0)), language)
        person = person_met(clause, language, customer_name)
        at += "".join(f" {part}" for part in (place, person) if part)
        text = f"{what} {when}{at}"
        if language == "en":  # "As agreed, the site visit is on Monday at 10am": a sentence, not a note's line
            text = f"the {what} is {when}{at}"
        return Item(kind="appointment", text=text, quote=sentence.strip(), source_kind=src.kind,
                    source_id=src.id, at=src.at, direction=src.direction)
    return None

# A price in a sentence (composition's own test): a sentence with one says a term, not the appointment again.
_PRICED = re.compile(r"[$€£¥]|\b(?:usd|eur|chf|gbp|mxn|cop|€)\b|\d\s?%|\b\d{1,3}(?:[.,' ]\d{3})+\b", re.I)


def same_meeting(item: Item, meet: Item) -> bool:
    """Whether an item says the appointment again: its clock time in a sentence with no figure of its own."""
    if _PRICED.search(item.quote):
        return False  # a price said beside the appointment is still the term in force
    clock = re.search(r"\d{1,2}[:.h]\d{2}|\d{1,2}\s?(?:[ap]\.?m\.?|uhr|h)\b", meet.text, re.I)
    if item.quote.strip() == meet.quote.strip() or bool(clock and clock.group(0) in (item.text or item.quote)):
        return True
    # "der Aufbau müsste am Mittwoch, 14. März passieren", then "Aufbau Mi 14.03. ab 18 Uhr": the wish is now agreed
    word = _specific(meet.quote)
    if word is None or not re.search(rf"\b{re.escape(word.group(0))}\b", item.quote, re.I):
        return False
    wished, agreed = named_day(item.quote, item.at, "UTC"), named_day(meet.quote, meet.at, "UTC")
    return bool(wished and agreed and wished[0] == agreed[0])

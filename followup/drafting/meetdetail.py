"""What an agreed appointment's sentence says beside its day and time, restated with it: the person met ("demo Thu 18
Jan at 10:00 with Marc", "démo le mercredi 24 janvier à 14 h avec Paul"), the word bounding its time ("before 10:00",
"ab 18 Uhr", "à partir de 9 h") and an English date kept as the source cuts it ("Thu 18 Jan"), in en/de/fr/es."""
from __future__ import annotations

import re
from datetime import date

# A person met, after "with": a role of theirs and a title may come between ("with their engineer Tom", "avec leur
# technicien Paul", "con su arquitecto Rodrigo", "mit Frau Albers"). German capitalises every noun, so there only a
# title marks a person ("mit Frau Albers", never "mit Aufbau").
_ROLE_GAP = r"(?:(?:their|his|her|the|our|leur|son|sa|notre|le|la|l'|su|el|la|nuestro|nuestra)\s+)?(?:[a-zà-ÿ'’-]{3,}\s+){0,2}"
_TITLE = r"(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|M\.|Mme|Mlle|Sr\.|Sra\.|Herrn?|Frau|Dr\.)\s+"
# A name ends the phrase or comes before a small word: "with their Exchange gym" names a place, not a person.
_BARE = r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?"
_NAME = _BARE + r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|from|of|who|to|at|in|on|" \
        r"et|de|du|au|à|en|qui|y|el|la|que|und|von|aus|um|am)\b)"
_WITH = {
    "en": re.compile(rf"\bwith\s+{_ROLE_GAP}(?P<name>(?:{_TITLE})?{_NAME})"),
    "fr": re.compile(rf"\bavec\s+{_ROLE_GAP}(?P<name>(?:{_TITLE})?{_NAME})"),
    "es": re.compile(rf"\bcon\s+{_ROLE_GAP}(?P<name>(?:{_TITLE})?{_NAME})"),
    "de": re.compile(rf"\bmit\s+(?:(?:ihrem|ihren|seinem|seiner|ihrer|dem|der)\s+(?:[A-ZÄÖÜ][a-zäöüß-]+\s+)?)?"
                     rf"(?P<name>(?:Herrn|Frau)\s+{_NAME})"),
}
# A person said to come along: "Marc will be there", "Paul sera là", "Rodrigo estará", "Frau Albers ist dabei".
_THERE = {
    "en": re.compile(rf"\b(?P<name>(?:{_TITLE})?{_BARE})\s+(?:will be there|will join|is joining|is coming|"
                     r"will come|comes along|will attend)\b"),
    "fr": re.compile(rf"\b(?P<name>(?:{_TITLE})?{_BARE})\s+(?:sera là|sera présente?|viendra|participera)\b"),
    "es": re.compile(rf"\b(?P<name>(?:{_TITLE})?{_BARE})\s+(?:estará|vendrá|asistirá)\b"),
    "de": re.compile(rf"\b(?P<name>(?:Herr|Frau)\s+{_BARE})\s+(?:ist dabei|kommt mit|kommt auch|nimmt teil)\b"),
}
_WITH_WORD = {"en": "with", "de": "mit", "fr": "avec", "es": "con"}
# Capitalised words that are no person: days, months, pronouns and the like a sentence may start a clause with.
_NOT_PERSON = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
               "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "i",
               "we", "you", "she", "he", "they", "it", "the", "our", "your", "their", "il", "elle", "ils", "nous",
               "vous", "él", "ella", "ellos", "usted", "ustedes", "nosotros"}


def person_met(clause: str, language: str, customer_name: str = "") -> str:
    """The person an appointment's clause says is met or comes along, as its words say them, or ""."""
    own = {w.lower() for w in (customer_name or "").split()}
    for pattern in (_WITH.get(language), _THERE.get(language)):
        m = pattern.search(clause) if pattern is not None else None
        if m is None:
            continue
        name = m.group("name")
        words = [w.lower().strip(".") for w in name.split()]
        if words[-1] in _NOT_PERSON or words[0] in _NOT_PERSON or own & set(words):
            continue  # "with you", "with Priya" to Priya herself: the customer is there anyway
        if language == "de":
            name = re.sub(r"^Herr\b", "Herrn", name)  # "Herr Sutter ist dabei": "mit Herrn Sutter"
        return f"{_WITH_WORD[language]} {name}"
    return ""


# The word bounding a clock time ("before 10:00", "ab 18 Uhr", "avant 9 h", "antes de las 10:00"): said with it, never
# turned into "at", which moves the time.
_BOUND = re.compile(r"\b(?P<w>before|by|from|after|not before|no later than|vor|ab|nach|spätestens|frühestens|avant|"
                    r"dès|à partir de|après|au plus tard à|antes de(?: las)?|desde(?: las)?|a partir de(?: las)?|"
                    r"después de(?: las)?|a más tardar a las)\s+$", re.I)


def time_bound(clause: str, clock_start: int) -> str:
    """The word a clause bounds its clock time with, as written, or ""."""
    m = _BOUND.search(clause[:clock_start])
    return m.group("w") if m else ""


# An English date the note cuts whole ("Thu 18 Jan", "Fri 19 Jan."): kept as written, a calendar's form the customer
# reads at a glance; a cut day before a full month or a bare number is written out elsewhere (garbled.py).
_EN_WEEKDAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
_EN_CUT_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
                  "nov": 11, "dec": 12}
EN_CUT_DATE = re.compile(r"\b(?P<w>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+(?P<d>[0-3]?\d)\s+"
                         r"(?P<m>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")


def en_cut_date(sentence: str, day: date) -> str:
    """The English cut date a sentence names for day ("Thu 18 Jan"), when its day name fits its date, or ""."""
    for m in EN_CUT_DATE.finditer(sentence):
        if (int(m.group("d")), _EN_CUT_MONTHS[m.group("m").lower()]) == (day.day, day.month) \
                and _EN_WEEKDAYS[m.group("w").lower()] == day.weekday():
            return m.group(0)
    return ""


# The first day of a span whose last is a cut date ("Mon 12 - Wed 14 Feb"): cut the same way, as written.
_SPAN_START = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+[0-3]?\d\s*[-–]\s*")


def cut_date_at(text: str, at: int) -> bool:
    """Whether an English cut date ("Thu 18 Jan") or a span ending in one ("Mon 12 - Wed 14 Feb") starts at `at`."""
    span = _SPAN_START.match(text, at)
    return bool(EN_CUT_DATE.match(text, span.end() if span else at))


# Where it takes place, said right after its time: "at hall 3 loading dock", "at their Exchange gym", "en el salón",
# "im Saal 2", "au studio"; a place before the day or away from the time is left as the note has it.
_PLACE = {
    "en": r"(?:at|in)\s+", "de": r"(?:im|in der|in|bei|vor)\s+", "fr": r"(?:au|à la|à l'|à|chez|dans|sur)\s*",
    "es": r"(?:en)\s+",
}
_PLACE_END = r"(?=\s*(?:[,;.(]|$)|\s+(?:with|avec|con|mit|and|und|et|y|for|pour|para|für)\b)"
# A place's owner turned to the customer: "their gym" is "your gym", "leur studio" "votre studio".
_YOURS = {"en": ((r"\b(?:their|his|her)\b", "your"),),
          "fr": ((r"\b(?:leurs|ses)\b", "vos"), (r"\b(?:leur|son|sa)\b", "votre"), (r"\bchez (?:lui|elle|eux)\b", "chez vous")),
          "de": ((r"\bbei (?:ihm|ihr|ihnen)\b", "bei Ihnen"), (r"\b(?:ihrem|seinem)\b", "Ihrem"),
                 (r"\b(?:ihrer|seiner)\b", "Ihrer")), "es": ()}
MAX_PLACE_WORDS = 5
# Words after "at", "à", "en" that bound the time, not a place: "at the latest", "au plus tard", "en punto".
_NOT_PLACE = re.compile(r"^(?:at the (?:latest|earliest)|at latest|in the (?:morning|afternoon|evening)|"
                        r"au plus tard|au plus tôt|à peu près|en punto|en la (?:mañana|tarde)|in der Früh)\b", re.I)


def place_after(clause: str, at: int, language: str) -> str:
    """The place a clause names right after position `at` (its time), turned to the customer, or ""."""
    lead = _PLACE.get(language)
    m = re.match(rf"\s*(?P<p>{lead}[^,;.()]{{2,60}}?){_PLACE_END}", clause[at:]) if lead else None
    if m is None or len(m.group("p").split()) > MAX_PLACE_WORDS or re.search(r"\d{1,2}[:.h]\d{2}|\?", m.group("p")) \
            or _NOT_PLACE.match(m.group("p")):
        return ""
    place = m.group("p").strip()
    for pattern, own in _YOURS.get(language, ()):
        place = re.sub(pattern, own, place)
    return place

"""The "maybe" net for a time of day: a clock time or a part of day a sentence may prefer for contact, in English and
the six other languages the rules read ("only call before 10", "mejor llámame por las tardes")."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import MONTH_AFTER_NUMBER
from followup.text.wish_clock import ES_MARCAR, clock_range_time
from followup.text.wish_rather import without_refused_part
from followup.text.wish_scope import after_withdrawal

# a time of day named by the clock, with a contact word: "if you call, make it after 2", "after 6:30pm",
# "the earliest I can take a call is 1pm"
_CLOCK = re.compile(r"\b(?P<prep>after|before|from|past|by|until|till|around|about|at|is|earliest|latest|between)?\s*"
                    r"(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?(?!\d)\s*(?P<ampm>a\.?m\.?|p\.?m\.?|o'?clock)?(?!\s*(?:%|days?|"
                    r"weeks?|months?|years?|hours?|mins?|minutes?|people|staff|units?|items?|pallets?|sites?|x\b|th\b|st\b|"
                    rf"nd\b|rd\b|[/.-]\d)|{MONTH_AFTER_NUMBER})", re.I)
# A word for talking or being reached ("call", "speak", "available").
TALK = re.compile(r"\b(?:call\w*|ring|phone|talk|speak|reach\w*|catch\w*|contact|available|free|meet|chat|take\s+a\s+call|"
                  r"try\s+(?:me|us))\b", re.I)
_PART = re.compile(r"\b(?P<part>morning|afternoon|evening|night)s?\b", re.I)
_PART_GOOD = re.compile(r"\b(?:only|best|better|prefer\w*|please|works?|easiest|ideal|suit\w*|instead)\b", re.I)
_CONSTRAINT = re.compile(r"\b(?:earliest|latest|only|make\s+it|prefer\w*|best|easiest|ideal|have\s+to\s+be|"
                         r"not\s+before|no\s+earlier|no\s+later)\b", re.I)
# (one day named is an appointment: "stop by on Thursday afternoon", "move our call from 3pm Thursday"; "Thursdays" is
# a habit)
_MOMENT = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|call\s+(?:me\s+)?back|in\s+an?\s+hour|"
                     r"tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|"
                     r"luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì])\b", re.I)
# the part of day said right after an hour or two ("8 or 9 in the evening", "7 at night")
_HOUR_PART = re.compile(r"(?:\s*(?:or|to|-|and|\u2013)\s*(?:1[0-2]|0?[1-9])(?::[0-5]\d)?)?\s*(?:o'?clock\s+)?"
                        r"(?:in\s+the|at)\s+(?P<part>morning|afternoon|evening|night)\b", re.I)
EVENING_FROM_HOUR = 17
AFTERNOON_FROM_HOUR = 12


_AFTER_WORK = re.compile(r"\bafter\s+(?:dinner|supper|work|hours|(?:the\s+|my\s+)?kids\s+are\s+(?:in\s+bed|asleep)|bedtime)\b",
                         re.I)
_HALF_PAST_EVENING = re.compile(r"\b(?:after|from|past)\s+half\s+(?:five|six|seven|eight|5|6|7|8)\b", re.I)
_AFTER_LUNCH = re.compile(r"\bafter\s+(?:lunch|noon|midday)\b", re.I)
_WHEN_I_CAN = re.compile(r"\bwhen\s+I\s+(?:can|am|'m)\b", re.I)
# the same preference in German, French, Spanish, Dutch, Italian or Portuguese: a preference word, a contact word and
# a part of day ("mejor llámame por las tardes", "prefiro ser contactado à tarde"); the first part named after it wins
_FOREIGN_PREFER = re.compile(r"\b(?:prefer\w*|prefi[ei]r\w*|pr[ée]f[èeé]r\w*|mejor|lieber|plut[ôo]t|meglio|liever|"
                             r"am\s+be(?:s|sch)ten|le\s+mieux|najlepiej|najle[pb]iej|"
                             r"bij\s+voorkeur|melhor|prefiro|pi[uù]\s+facilmente|m[áa]s\s+f[áa]cil\w*|leichter|"
                             r"plus\s+facilement|mais\s+f[áa]cil|makkelijker|g[äa]rna|gerne|gjerne|helst|hellre|hellere|heller|"
                             # "only" then: "je ne suis joignable qu'en fin de journée", "nur abends", "solo por la tarde"
                             r"nur|seulement|uniquement|s[óo]lo|solamente|[úu]nicamente|soltanto|alleen|somente|apenas|eher|"
                             # "if you want to call": the time then named is the one to call at
                             r"se\s+quiser|si\s+(?:vous\s+voulez|quiere|quieres|desea)|se\s+vuole|wenn\s+sie\s+\w+\s+"
                             r"(?:wollen|m[öo]chten))\b|"
                             r"\bqu['\u2019]\s*(?=en\b|[àa]\b|apr[èe]s\b|le\b|l['\u2019])",
                             re.I)
_FOREIGN_TALK = re.compile(rf"\b(?:ll[aá]m\w*|{ES_MARCAR}|contact\w*|lig\w*|anruf\w*|ruf\w*|appel\w*|chiam\w*|bel\w*|telef\w*|"
                           r"erreich\w*|joindre|joignable|localizable|reperibile|bereikbaar|contact[áa]vel|"
                           r"sent\w*|sient\w*|trov\w*|encontr\w*|ring\w*|kontakt\w*|b[úu]sq\w*|dzwo\w*)\b", re.I)
# an evening hour said on the 24-hour clock ("après 18h", "nach 19 Uhr", "después de las 18"): the evening, whatever
# part of day is named beside it
_FOREIGN_EVENING_HOUR = re.compile(r"\b(?:apr[èe]s|vers|nach|ab|gegen|despu[ée]s\s+de\s+las|a\s+eso\s+de\s+las|dopo\s+le|"
                                   r"verso\s+le|na|depois\s+das|rond)\s+(?:1[7-9]|2[0-2])"
                                   r"(?:\s*(?:h|uhr|uur|horas?|ore)\b|[:h.]\d\d)", re.I)
_FOREIGN_PART = re.compile(r"\b(?:(?P<afternoon>nachmittags?|apr[èe]s-midi|tardes?|middags?|pomeriggio|eftermiddag\w*|"
                           r"fin\s+de\s+journ[ée]e|fine\s+giornata|final\s+del\s+d[íi]a|eind\s+van\s+de\s+dag)|"
                           r"(?P<evening>abends?|soir\w*|noches?|avonds?|sera|serata|noite|kv[äa]ll\w*|kveld\w*|aften\w*)|"
                           # ("frühmorgens", "temprano", Polish "rano": early in the day)
                           r"(?P<morning>vormittags?|(?:fr[üu]h)?morgens|matin\w*|(?:por|en)\s+las?\s+ma[ñn]anas?|ochtend|mattin\w*|"
                           r"temprano|rano|"
                           r"f[öo]rmiddag\w*|formiddag\w*|"
                           r"(?:de|pela)\s+manh[ãa]))\b", re.I)


def _foreign_time(sentence: str) -> str | None:
    """A preferred part of day said in another language, or None."""
    sentence = without_refused_part(sentence)  # "plutôt l'après-midi que le matin": not the morning
    prefer = _FOREIGN_PREFER.search(sentence)
    if prefer and _FOREIGN_EVENING_HOUR.search(sentence):  # "plutôt en fin de journée, après 18h": the hour says when
        return "time:evening"
    if not prefer or not _FOREIGN_TALK.search(sentence):
        return None
    part = _FOREIGN_PART.search(sentence, prefer.start()) or _FOREIGN_PART.search(sentence)
    return f"time:{part.lastgroup}" if part else None


# an hour said as a word after a clock preposition ("ideally before nine, I'm tied up till evening", "after seven
# o'clock"): read as its number by _CLOCK; only where the word ends the phrase ("before one of us", "after two weeks" are
# no hours), and never after "past" ("ten past seven" names minutes, a moment told, not a wish)
HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12}
_WORD_HOUR = re.compile(r"\b(?P<prep>before|after|until|till)\s+(?P<w>" + "|".join(HOUR_WORDS) + r")\b"
                        r"(?=\s*(?:o'?clock\b|[ap]\.?m\b\.?|[,.;:!?)\u2013\u2014]|-\s|$|in\s+the\s+(?:morning|afternoon|evening)\b|"
                        r"at\s+night\b))", re.I)


def clock_words(sentence: str) -> str:
    """The sentence with an hour said as a word after a clock preposition written as its number ("before 9")."""
    return _WORD_HOUR.sub(lambda m: f"{m.group('prep')} {HOUR_WORDS[m.group('w').lower()]}", sentence)


# no time preferred: "mornings? evenings? whatever suits your team, we're flexible"
NO_PREFERENCE = re.compile(r"\b(?:whatever\s+(?:suits|works)|(?:we'?re|I'?m|we\s+are|I\s+am)\s+flexible|"
                           r"either\s+(?:works|is\s+fine)|"
                           r"any\s*time\s+(?:works|is\s+fine)|doesn'?t\s+matter)\b", re.I)
# "try me after dinner", "ring me after work": asked to be reached then
_REACH_ME = re.compile(r"\b(?:try|call|ring|phone|reach|catch|text)\s+(?:me|us)\b", re.I)
# "after 7" without am/pm, said of talking: the evening (no one asks to be called after seven in the morning)
EVENING_AFTER_HOURS = (5, 6, 7)


def possible_time(sentence: str) -> str | None:
    """A time of day ("time:afternoon") a sentence may prefer for contact, read from a clock time or a part of day."""
    if NO_PREFERENCE.search(sentence):
        return None
    talks = TALK.search(sentence)  # (the word for talking may stand in the part taken back)
    sentence = after_withdrawal(sentence)  # "Mornings work best - actually no, ...": what was taken back is not asked for
    if not talks or _MOMENT.search(sentence):
        return _foreign_time(sentence)
    # a range of hours is read by its two ends, not by its first hour ("between 6:30 and 8" when called early)
    if (ranged := clock_range_time(sentence)) is not None:
        return ranged
    clocked = clock_words(sentence)  # (the hour's own words, "before nine", read as its number)
    for m in _CLOCK.finditer(clocked):
        if not (m.group("prep") or m.group("ampm")):
            continue  # a bare number is a quantity
        if (m.group("prep") or "").lower() in ("is", "at", "by", "around", "about", "") and not _CONSTRAINT.search(sentence):
            continue  # "at 4 pm" is a meeting time; "make it after 2", "only after 6pm" a constraint
        hour = int(m.group("h"))
        said = _HOUR_PART.match(clocked, m.end())
        if said:  # "around 8 or 9 in the evening": the part of day said with the hour settles it
            return "time:" + ("evening" if said.group("part").lower() == "night" else said.group("part").lower())
        ampm = (m.group("ampm") or "").lower().replace(".", "")
        if ampm.startswith("p") and hour != 12:
            hour += 12
        elif not ampm and (hour < 7 or (hour in EVENING_AFTER_HOURS and (m.group("prep") or "").lower() == "after")):
            hour += 12  # "after 2" at work means 2 pm, "after 7" the evening
        if (m.group("prep") or "").lower() in ("before", "until", "till"):
            hour -= 1  # "before 10" is the morning
        return "time:" + ("evening" if hour >= EVENING_FROM_HOUR else "afternoon" if hour >= AFTERNOON_FROM_HOUR
                          else "morning")
    if _AFTER_LUNCH.search(sentence):
        return "time:afternoon"  # "you'll have better luck catching me after lunch"
    if _AFTER_WORK.search(sentence) and (_PART_GOOD.search(sentence) or _REACH_ME.search(sentence)
                                         or _WHEN_I_CAN.search(sentence)):
        return "time:evening"  # "anything after dinner works much better for a call"
    if _HALF_PAST_EVENING.search(sentence):
        return "time:evening"  # "ring us after half six"
    parts = [m for m in _PART.finditer(sentence)]
    if parts and (_PART_GOOD.search(sentence) or _REACH_ME.search(sentence)):  # "try me first thing in the morning"
        part = parts[-1].group("part").lower()
        return "time:" + ("evening" if part == "night" else part)
    return None


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

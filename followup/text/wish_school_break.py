"""A wait until after school holidays named without a return day, in the seven languages: "over the Easter holidays",
"until after half-term", "the summer holidays", "nach den Osterferien", "après les vacances de Pâques", "hasta después
de las vacaciones de Semana Santa", "dopo le vacanze pasquali", "depois das férias da Páscoa", "pas na de
paasvakantie".

Decision: school holidays are set by each region (and school) and no region's dates are known here, so their end is
never read as a certain day: a quiet period, a pause or a possible opt-out read in such a sentence becomes a possible
quiet period with the customer's words, for the rep to date. Its end is the earliest the holidays can be over: the
Tuesday after Easter for Easter holidays not yet begun, else the end the other readers guessed (or EVENT_QUIET_DAYS).
A sentence that names a day as well ("after the Easter holidays, from Monday 16 April") keeps its reading. Christmas's
school holidays said from November on are the year-end holidays, which hold New Year's Day everywhere: wish_season's.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from followup.text.dates import EN_MONTHS, FOREIGN_WEEKDAYS, MONTHS, MORE_WEEKDAYS, WEEKDAY_NAMES, start_of_local_day
from followup.text.holidays import CHRISTMAS_BREAK, EASTER_BREAK, OTHER_BREAK, easter
from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import DNC, PAUSED, QUIET, Wish
from followup.text.wish_negation import NEGATION
from followup.text.wish_quiet import EVENT_QUIET_DAYS

# the holidays as the end of a wait or the time of one: "until after", "over", "nach", "après", "pendant", "hasta
# después de", "dopo", "durante", "até depois", "na", "tijdens"
_WAIT = (r"(?:until|till|after|before|over|during|through|nach|bis|w[äa]hrend|[üu]ber|apr[èe]s|avant|pendant|durant|"
         r"jusqu['\u2019]?\w*|fin|despu[ée]s|hasta|antes|durante|dopo|fino|prima|depois|at[ée]|ap[óo]s|na|tot|tijdens|"
         r"voor|einde|ende)")
_ART = r"(?:the|den|die|der|les|la|le|des|las|los|el|le|i|gli|as|os|das|dos|da|de|het|de\s+la|(?:our|my|their)\s+)"
_NAMED = re.compile(rf"\b{_WAIT}\b(?:\s+(?:\w+\s+){{0,2}}?)?\s*(?:{_ART}\s*)*(?:(?P<easter>{EASTER_BREAK})|{OTHER_BREAK})"
                    r"\b", re.I)
# a day said in the sentence as well: a digit, a weekday or a month by name; or a length ("give me two weeks, it's
# over the Easter holidays"), which the other readers date
_NAMES = sorted({*WEEKDAY_NAMES, *FOREIGN_WEEKDAYS, *MORE_WEEKDAYS, *(m for m in MONTHS if len(m) > 3),
                 *(m for m in EN_MONTHS if len(m) > 3)}, key=len, reverse=True)
# (not Holy Week's names: "Semana Santa", "semaine sainte", "settimana santa", "goede week")
_LENGTH = (r"fortnight|(?<!holy\s)(?<!goede\s)(?<!stille\s)weeks?|months?|days?|tagen?|wochen?|monate?n?|jours?|"
           r"semaines?(?!\s+sainte)|mois|d[ií]as?|semanas?(?!\s+santa)|mes(?:es)?|giorni|settimane?(?!\s+santa)|mesi?|"
           r"dagen|weken|maanden?")
DAY_SAID = re.compile(r"\d|\b(?:" + "|".join(re.escape(n) for n in _NAMES) + "|" + _LENGTH + r")\b", re.I)
# where no reader read a wait: contact asked for only after the holidays ("Neem pas na de paasvakantie weer contact
# met mij op", "merci de ne pas me recontacter avant la fin des vacances de Pâques"): a contact word and a "not" or an
# "only then"
CONTACT_WORD = re.compile(r"\b(?:contact\w*|kontakt\w*|melden|meld\w*|schreib\w*|anruf\w*|e-?mail\w*|mail\w*|"
                      r"[ée]cri\w*|appel\w*|relanc\w*|recontact\w*|llam\w*|escrib\w*|contatt\w*|chiam\w*|scriv\w*|"
                      r"sentir\w*|lig\w*|escrev\w*|bel\w*|benader\w*|get\s+in\s+touch|follow\s+up|chase|reach\s+out|"
                      r"call\w*|write)\b", re.I)
_NOT_BEFORE = re.compile(rf"\b(?:{NEGATION}|erst|pas\s+na|only|s[óo]lo|s[óo]|solamente|seulement|solo|soltanto)\b",
                         re.I)
EASTER_BREAK_AFTER = 2  # Easter holidays are over at the earliest on the Tuesday after Easter (Easter Monday is off)


def named_break(sentence: str) -> re.Match[str] | None:
    """School holidays named as the end or the time of a wait, with no day said in the sentence."""
    m = _NAMED.search(sentence)
    return None if m is None or DAY_SAID.search(sentence) else m


def year_end_break(m: re.Match[str], local: datetime) -> bool:
    """Whether the school holidays named are Christmas's, said in the year-end season (wish_season dates them)."""
    from followup.text.wish_season import SEASON_FROM_MONTH  # wish_season reads this module

    return local.month >= SEASON_FROM_MONTH and bool(CHRISTMAS_BREAK.search(m.group(0)))


def _earliest_end(m: re.Match[str], local: datetime) -> date | None:
    """The first day the named holidays can be over: the Tuesday after the coming Easter (none once it has passed)."""
    if not m.group("easter"):
        return None
    after = easter(local.year) + timedelta(days=EASTER_BREAK_AFTER)
    return after if after > local.date() else None


def school_break_wait(sentence: str, found: list[Wish], local: datetime) -> list[Wish]:
    """The wishes read in a sentence, a quiet period, a pause or a possible opt-out there that waits for school
    holidays named without a day made one possible quiet period."""
    waits = [w for w in found if w.kind in (QUIET, PAUSED) or (w.kind == DNC and not w.certain)]
    m = named_break(sentence) if waits or not found else None
    if m is None or year_end_break(m, local) or not (waits or (CONTACT_WORD.search(sentence) and _NOT_BEFORE.search(sentence))):
        return found
    end = _earliest_end(m, local)
    until = start_of_local_day(end, local.tzinfo) if end else None  # type: ignore[arg-type]
    rest = [w for w in found if w not in waits]
    quiet = next((w for w in waits if w.kind == QUIET), None)
    if until is None:
        until = quiet.until if quiet and quiet.until else (local + timedelta(days=EVENT_QUIET_DAYS)).astimezone(
            timezone.utc).replace(tzinfo=None)
    quote = (quiet or waits[0]).quote if waits else sentence.strip()
    return rest + [Wish(QUIET, quote, until=until, certain=False)]


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

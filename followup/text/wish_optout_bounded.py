"""A refusal of contact bounded by a time: a quiet period to that end, never an opt-out.

Decision: a negated refusal ("no more calls", "Keine Anrufe mehr", "geen telefoontjes meer") with a time bound right
before or after it ("No more calls this week, I'm at the fair.", "Today no more emails", "Keine Anrufe mehr diese
Woche") is a certain quiet period ending with that bound (the bound is wish_optout_refused's TIME_BOUND); a start
("no more emails from today on", "after today") leaves it an opt-out. The same holds for contact refused as a bare noun
at a clause's start, in the seven languages, bounded by such a time or by "until" a day ("plus d'appels cette semaine",
"nada de llamadas hasta el lunes", "niente telefonate fino a settembre", "Keine Anrufe bis Montag").
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from followup.text.dates import start_of_local_day
from followup.text.prefilter import live
from followup.text.wish_base import QUIET, Wish, guarded
from followup.text.wish_optout_refused import NEG, TIME_BOUND
from followup.text.wish_when import end_day

_BOUND = re.compile(rf"\b(?:{TIME_BOUND})\b", re.I)
# words between the refusal and its bound ("no more emails for today")
BOUND_REACH = 2
# a clause break between the refusal and the time: the time is another clause's
_BREAK = re.compile(r"[,.;:!?()\u2013\u2014]|\s-\s")
# the time said as the refusal's start, not its end: "from today", "as of today", "ab heute", "à partir d'aujourd'hui"
_STARTS = re.compile(r"\b(?:from|as\s+of|starting|beginning|effective|after|ab|seit|nach|[àa]\s+partir\s+d['\u2019e]?|"
                     r"d[èe]s|apr[èe]s|desde|a\s+partir\s+de|despu[ée]s\s+de|da|dopo|a\s+partire\s+da|depois\s+de|"
                     r"vanaf|na)\s*$", re.I)
_ONWARDS = re.compile(r"^\s*(?:on\b|onwards?\b|forward\b|an\b|on?\s+)", re.I)


# contact refused as a bare noun, no verb: a refusal word, then what the rep sends ("plus d'appels", "aucune relance",
# "nada de llamadas", "ninguna llamada", "niente telefonate", "nessuna mail", "nada de chamadas", "nenhuma ligação",
# "keine Anrufe", "geen telefoontjes", "no calls")
_NOUN_NO = (r"(?:no(?:\s+(?:more|further))?|(?:plus|pas|point)\s+(?:d['\u2019]|de)|(?:plus\s+)?aucune?|"
            r"nada\s+de|ning[úu]n[ao]?|ni\s+una?|no\s+m[áa]s|basta\s+(?:de|con)|niente(?:\s+pi[uù])?|nessun[ao]?|"
            r"basta|chega\s+de|nenhum[a]?|(?:mais\s+)?nenhum[a]?|keine?(?:\s+weiteren)?|keinerlei|geen)")
_NOUN_SENT = (r"(?:(?:phone\s+)?calls|e-?mails|messages|texts|follow[- ]?ups|reminders|contact|"
              r"appels?|coups?\s+de\s+(?:fil|t[ée]l[ée]phone)|relances?|rappels?|courriels?|sollicitations?|"
              r"llamadas?|correos?|mensajes?|whatsapps?|recordatorios?|"
              r"telefonat[ae]|chiamat[ae]|messaggi|solleciti|"
              r"chamadas?|liga[çc](?:[ãa]o|[õo]es)|telefonemas?|mensagens?|lembretes?|"
              r"Anrufe|E-?Mails|Nachrichten|Erinnerungen|Nachfragen|telefoontjes|belletjes|berichten|herinneringen|"
              r"mails?|e-?mail|sms)")
# where a clause starts: the sentence's, after a break or a courtesy word or coordinator
_CLAUSE_OPEN = (r"(?:^|(?<=[,;:.!\n(\u2013\u2014])|(?<=\s-)|\b(?:please|pls|bitte|svp|s['\u2019]il\s+vous\s+pla[iî]t|"
                r"por\s+favor|per\s+(?:favore|piacere)|graag|alstublieft|and|und|et|y|e|en|but|aber|mais|pero|ma|mas|maar)(?=\s))")
# (the bound may open the clause: "Esta semana nada de llamadas", "Heute keine Anrufe")
_NOUN_REFUSAL = re.compile(rf"{_CLAUSE_OPEN}\s*(?P<first>(?:{TIME_BOUND})\s*,?\s*)?"
                           rf"(?P<refusal>{_NOUN_NO}(?:(?<=['\u2019])\s*|\s+){_NOUN_SENT}"
                           r"(?:\s+(?:mehr|meer|m[áa]s|pi[uù]|mais))?)\b",
                           re.I)
# "until" a day, in the seven languages: the day read from what follows (wish_when.end_day)
_UNTIL = re.compile(r"\b(?:until|till|bis(?:\s+(?:zum|zur|Ende))?|jusqu['\u2019]\s*(?:[àa]|au|en)|hasta|"
                    r"fino\s+(?:a|al|alla|all['\u2019])|at[ée]|tot(?:\s+en\s+met)?)\b", re.I)
# what may follow a bound in the clause it ends: the clause's end, a courtesy word ("Nada de llamadas esta semana,
# por favor"); "No calls came in this week" says what happened
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!\n\u2013\u2014)]|\s-\s|$|(?:please|pls|bitte|svp|s['\u2019]il|merci|danke|thanks|"
                         r"por\s+favor|gracias|per\s+favore|grazie|obrigad[oa]|graag|alstublieft|bedankt)\b)", re.I)


def _noun_bounded(sentence: str, today: date) -> tuple[int, int, date] | None:
    """Contact refused as a bare noun at a clause's start with a time bound right beside it: its span and the day
    the quiet ends, else None."""
    for m in _NOUN_REFUSAL.finditer(sentence):
        rest = sentence[m.end():]
        clause = _BREAK.split(rest, 1)[0]
        if rest[len(clause):].lstrip().startswith("?"):
            continue  # "Aucun appel cette semaine ?": asked
        if m.group("first"):
            return (m.start("first"), m.end(), _end(_BOUND.match(sentence, m.start("first")), today)) \
                if _CLAUSE_END.match(rest) else None
        if (bound := _BOUND.match(rest.lstrip())) and _CLAUSE_END.match(rest.lstrip()[bound.end():]):
            end = m.end() + len(rest) - len(rest.lstrip()) + bound.end()
            return m.start("refusal"), end, _end(bound, today)
        if _UNTIL.match(rest.lstrip()) and (day := end_day(clause, today)) and day > today:
            return m.start("refusal"), m.end() + len(clause.rstrip()), day
    return None


def _end(bound: re.Match[str], today: date) -> date:
    """The day the period a bound names is over: tomorrow for today, the next Monday for this week."""
    if bound.group("week"):
        return today + timedelta(days=7 - today.weekday())
    if bound.group("month"):
        return (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    if bound.group("year"):
        return date(today.year + 1, 1, 1)
    return today + timedelta(days=2 if bound.group("tomorrow") else 1)


def _words_start(refusal: re.Match[str]) -> int:
    """Where a refusal's words start (a rule's match may open on the punctuation before them: ": no further contact")."""
    return refusal.start() + len(refusal.group()) - len(refusal.group().lstrip(" \t\n,;:.!?-\u2013\u2014"))


def refusal_bound(sentence: str, refusal: re.Match[str]) -> re.Match[str] | None:
    """The time bound right before or after a negated refusal in its sentence, else None."""
    if not NEG.search(refusal.group()):
        return None  # ("unsubscribe me today" asks for the end now)
    start = _words_start(refusal)
    for bound in _BOUND.finditer(sentence):
        between = sentence[refusal.end(): bound.start()] if bound.start() >= refusal.end() \
            else sentence[bound.end(): start] if bound.end() <= start else None
        if between is None or len(between.split()) > BOUND_REACH or _BREAK.search(between):
            continue  # ("Same answer today: no further contact, please.": the time is the answer's)
        if _STARTS.search(sentence[: bound.start()]) or _ONWARDS.match(sentence[bound.end():]):
            continue  # "no more emails from today on": the refusal starts then
        return bound
    return None


def bounded_quiet(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo,
                  rules: dict[str, re.Pattern[str]], guards: dict[str, re.Pattern[str]]) -> Wish | None:
    """A certain quiet period where an opt-out rule's refusal, or contact refused as a bare noun, is bounded by a
    time, else None."""
    if (noun := _noun_bounded(sentence, local.date())) and not guarded(sentence, guards):
        start, end, day = noun
        return Wish(QUIET, text[offset + start: offset + end], until=start_of_local_day(day, zone))
    if not _BOUND.search(sentence) or guarded(sentence, guards):
        return None
    for _, rx in live(rules, sentence):
        if (m := rx.search(sentence)) and (bound := refusal_bound(sentence, m)):
            start, end = min(_words_start(m), bound.start()), max(m.end(), bound.end())
            until = start_of_local_day(_end(bound, local.date()), zone)
            return Wish(QUIET, text[offset + start: offset + end], until=until)
    return None


def bounded_read(found: list[Wish]) -> bool:
    """Whether a sentence's wishes hold a bounded refusal read as its quiet period (no opt-out is to be guessed too)."""
    return any(w.kind == QUIET and w.certain and ((NEG.search(w.quote) and _BOUND.search(w.quote))
                                                  or _NOUN_REFUSAL.match(w.quote)) for w in found)

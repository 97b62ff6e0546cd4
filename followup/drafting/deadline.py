"""A deadline the customer's newest email sets ("The council needs the final price before Christmas", "Wir brauchen
das finale Angebot bis zum 31. August, weil ..."): said back in the rep's words ("I've noted that the council needs
the final price before Christmas.") ahead of the other things noted, unless the draft already says its time.

Read by sentence structure, not by phrase: a statement whose verb is one of need or obligation ("needs", "must",
"brauchen", "il faut", "necesita") and that holds a time limit, a preposition of limit ("before", "by", "bis",
"avant", "antes de") followed by a time (a figure, a month or a day's name, or a capitalised name such as
"Christmas"), not past on the day of the draft. The line is the sentence up to the end of its time, its reason or
purpose cut ("... to release the money", "weil ..."), turned to the customer (latest.turned) or, for a third person
on their side, said in its own words with "our" turned to "your"."""
from __future__ import annotations

import re
from datetime import date
from typing import Sequence

from followup.drafting.days import resolve_due
from followup.drafting.items import Item
from followup.drafting.latest import PERSONS_RE, is_clause, newest_unanswered, turned
from followup.drafting.noted import dated_day
from followup.drafting.restatedays import restate_dates
from followup.drafting.sentences import Source, sentence_spans
from followup.drafting.words import ANY_MONTH
from followup.text.dates import EN_MONTH_CUTS, ES_PLAIN_DAYS, alternation, day_names

# The verb of a need or an obligation, per language: a closed class of grammar words, never the thing needed.
_NEED = {
    "en": r"\b(?:need|needs|must|has to|have to|requires?)\b",
    "de": r"\b(?:brauche|brauchen|braucht|bräuchten|benötige\w*|muss|müssen|sollte|sollten)\b",
    "fr": r"\b(?:doit|doivent|devons|faut|besoin)\b",
    "es": r"\b(?:necesit\w+|debe|deben|debemos|tiene que|tienen que|tenemos que|hace falta)\b",
}
# A preposition of limit and the article or "end of" a time may take after it.
_LIMIT = {
    "en": r"\b(?:before|by|until|no later than)\s+(?:the\s+)?(?:(?:end|middle|mid)(?:\s+of)?\s+)?",
    "de": r"\b(?:bis(?:\s+(?:zum|spätestens|Ende))?|vor\s+dem|vor|spätestens(?:\s+(?:am|bis))?)\s+(?:Ende\s+)?",
    "fr": r"(?:\bavant|\bd['’]ici|\bau plus tard)\s+(?:(?:le|la|l['’]|fin|la fin de|mi-)\s*)?",
    "es": r"\b(?:antes\s+del?|a más tardar|hasta\s+el)\s+(?:(?:el|la|fin(?:ales)? de)\s+)?",
}
_MONTHS = alternation(ANY_MONTH)
# (Spanish day names only with their accents, as this reader always took them.)
_WEEKDAYS = alternation(day_names("en", "de", "fr", "es"), without=ES_PLAIN_DAYS)
# The time after the limit: a figure, a month or day name (a short month too), or, outside German (whose nouns all
# take a capital), a capitalised name ("Christmas", "the Easter break", "Semana Santa") that is no pronoun.
_TIME = rf"(?P<t>\d|(?i:(?:{_MONTHS}|{_WEEKDAYS}|{alternation(EN_MONTH_CUTS)})\b)"
_NAMED_TIME = r"|(?!(?:I|We|Je|Nous)\b)[A-ZÉ][^\W\d_]{2,}"
# An event named before its date ("before our home match on 3 February", "avant notre match à domicile du 3 février",
# "vor unserem Heimspiel am 3. Februar", "antes de nuestro partido del 3 de febrero"): a determiner, a few words of
# the event and the word that joins its date; the time after it is the date (a figure, a month or a day's name).
_EVENT = {
    "en": r"(?:(?:our|the|their|your|my)\s+)(?:[^\W\d_][\w'’-]*\s+){1,%d}?(?:on|of)\s+(?:the\s+)?",
    "de": r"(?:(?:unsere[mnr]?|dem|der|den|ihre[mnr]?)\s+)(?:[^\W\d_][\w-]*\s+){1,%d}?(?:am|vom)\s+",
    "fr": r"(?:(?:notre|nos|votre|vos|leur|leurs|le|la|les|l['’])\s*)(?:[^\W\d_][\w-]*\s+){1,%d}?(?:du|le|des)\s+",
    "es": r"(?:(?:nuestr[oa]s?|el|la|los|las|su|sus)\s+)(?:[^\W\d_][\w-]*\s+){1,%d}?(?:del?|el)\s+",
}
MAX_EVENT_WORDS = 4  # words naming the event before its date; more is a clause, not a name
_LIMIT_TIME = {lang: re.compile(f"(?i:{rx})" + f"(?i:{_EVENT[lang] % MAX_EVENT_WORDS})?" + _TIME
                                + ("" if lang == "de" else _NAMED_TIME) + ")")
               for lang, rx in _LIMIT.items()}
# The need said of a third person ("the council needs", "la campagne doit", "la obra tiene que"): said in its own
# words when it cannot be turned; a first person's form ("necesitamos") is only ever said turned.
_THIRD = {
    "en": r"\b(?:needs|must|has to|requires)\b",
    "de": r"\b(?:braucht|benötigt|muss|sollte)\b",
    "fr": r"\b(?:doit|doivent|faut|a besoin|ont besoin)\b",
    "es": r"\b(?:necesita|necesitan|debe|deben|tiene que|tienen que|hace falta)\b",
}
_THIRD_RE = {lang: re.compile(rx, re.I) for lang, rx in _THIRD.items()}
# A clause's connector to the one before ("so", "así que", "außerdem"): no part of the line said back.
_CONNECTOR = re.compile(r"^(?:so|also|and|but|then|außerdem|und|aber|dann|donc|alors|et|mais|aussi|así que|entonces|"
                        r"además|y|pero)\s*,?\s+", re.I)
# Where a clause begins: a comma, a semicolon or a dash.
_CLAUSE_START = re.compile(r"[,;]\s+|\s[-–—]\s+")
_NEED_RE = {lang: re.compile(rx, re.I) for lang, rx in _NEED.items()}
# Where the time ends and the reason or purpose begins: a reason word or an infinitive of purpose, after a comma or not.
_TAIL = re.compile(r",?\s+(?:to|so|so that|because|as|since|for|when|weil|da|damit|um|denn|wenn|car|parce que|pour|"
                   r"afin|quand|porque|para|ya que|cuando)\b|\s+[-–—(]\s*|;", re.I)
# The thing needed is only a pronoun ("Peter needs it before ..."): out of its email, the line would not say what.
_BARE_OBJECT = re.compile(r"\b(?:needs?|brauch\w*)\s+(?:it|them|this|that|es|sie|das)\s", re.I)
# A third person's need said in its own words: only "our" and "us" turn ("our cooperative" -> "your cooperative").
# ... and in the other languages only their possessive ("notre match" -> "votre match", "unserem Heimspiel" -> "Ihrem
# Heimspiel", "nuestro partido" -> "su partido"): a pronoun would change the verb too, which is turned's.
_OUR = {"en": {"our": "your", "ours": "yours", "us": "you"},
        "de": {"unser": "Ihr", "unsere": "Ihre", "unserem": "Ihrem", "unseren": "Ihren", "unserer": "Ihrer",
               "unseres": "Ihres"},
        "fr": {"notre": "votre", "nos": "vos"},
        "es": {"nuestro": "su", "nuestra": "su", "nuestros": "sus", "nuestras": "sus"}}
_OUR_RE = {lang: re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I) for lang, words in _OUR.items()}


def _your(head: str, language: str) -> str:
    """The writer's possessives of a clause turned to the reader's, a capital kept ("Our" -> "Your")."""
    def one(m: re.Match[str]) -> str:
        """One possessive turned."""
        word = _OUR[language][m.group(0).lower()]
        return word[:1].upper() + word[1:] if m.group(0)[:1].isupper() else word
    return _OUR_RE[language].sub(one, head)
MIN_WORDS = 4  # a clause shorter than this lost its subject or its object
MIN_THING_WORDS = 2  # words of subject and thing needed, a copula not counted ("tiene que ser antes de": none)
_COPULA = re.compile(r"^(?:be|been|sein|être|ser|estar|est|ist)$", re.I)
# A first person said in the verb alone (Spanish drops the pronoun): a line still holding it was never turned.
_FIRST = {"es": re.compile(r"\b(?:necesit(?:o|amos)|debo|debemos|tengo que|tenemos que)\b", re.I)}


def _line(quote: str, language: str, text: str = "") -> str:
    """The deadline clause of a sentence up to the end of its time, turned to the customer, or "" (`text`: the whole
    email, where a name keeps its capital)."""
    limit = _LIMIT_TIME[language].search(quote)
    if limit is None or quote.rstrip().endswith(":"):
        return ""  # a lead to a list ("we must upload the following documents by 31 January:"): what is needed follows
    tail = _TAIL.search(quote, limit.end())
    end = quote.find("\n", limit.end())  # a list item's end ("... on September 23\n- please send ..."): the line's too
    tail = tail if end < 0 or (tail and tail.start() < end) else re.compile(r"\n").search(quote, end)
    starts = [m.end() for m in _CLAUSE_START.finditer(quote, 0, limit.start())]
    head = quote[starts[-1] if starts else 0:tail.start() if tail else len(quote)].rstrip(" .!")
    head = _CONNECTOR.sub("", head)  # "La fête commence le 18, la campagne doit ...": the clause of the limit
    if not _NEED_RE[language].search(head) or _BARE_OBJECT.search(head + " ") or len(head.split()) < MIN_WORDS:
        return ""
    need = _NEED_RE[language].search(head)
    limit = _LIMIT_TIME[language].search(head)
    thing = [w for w in head[:need.start()].split() + head[need.end():limit.start() if limit else len(head)].split()
             if not _COPULA.match(w)]
    if len(thing) < MIN_THING_WORDS:
        return ""  # "tiene que ser antes de Semana Santa": no subject and nothing needed, only the time
    line = turned(head, language)
    if language in _FIRST and _FIRST[language].search(line):
        return ""
    if not line and _THIRD_RE[language].search(head) \
            and not PERSONS_RE[language].search(_OUR_RE[language].sub("", head)):
        # a third person on their side, in its own words ("the council needs ..."); only "our" turns to "your"
        line = _your(head, language)
        first = line.split()[0]
        named = re.search(rf"[^.!?\s]\s+{re.escape(first)}\b", text)  # capitalised inside a sentence too: a name
        line = line if named or language == "de" else line[:1].lower() + line[1:]
    return line.rstrip(" .;,") if line and is_clause(line, language) else ""


def deadlines(items: list[Item], ordered: Sequence[Source], cleaned: dict, language: str, tz: str, today: date) \
        -> list[Item]:
    """The items with the deadlines of the customer's newest email (the rep not having written since) as "deadline"."""
    if language not in _NEED_RE:
        return items
    src = newest_unanswered(ordered, tz)
    if src is None:
        return items
    text = cleaned[(src.kind, src.id)]
    added = []
    for start, end, _, _ in sentence_spans(text, "inbound"):
        quote = text[start:end].strip()
        if "?" in quote:
            continue  # a question has its slot
        due = resolve_due(quote, src.at, tz)
        day = dated_day(quote, today)
        if (due is not None and due.date() < today) or (day is not None and day < today):
            continue  # a deadline past on the draft's day is no longer what matters
        line = _line(quote, language, text)
        if line:
            added.append(Item(kind="deadline", text=restate_dates(line, src.at, tz, today, language), quote=quote,
                              source_kind=src.kind, source_id=src.id, at=src.at, direction="inbound"))
    return items + added


def untold(found: list[Item], said: str) -> list[Item]:
    """The deadlines whose time (its first two words, "30 December", "Christmas") the draft does not say yet."""
    out = []
    for item in found:
        limit = next((m for m in (rx.search(item.text) for rx in _LIMIT_TIME.values()) if m), None)
        time = " ".join(item.text[limit.start("t"):].split()[:2]) if limit else item.text
        if time.lower().strip(" .,") not in said.lower():
            out.append(item)
    return out


__all__ = ["deadlines", "untold"]

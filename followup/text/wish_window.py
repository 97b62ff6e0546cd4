"""A time of day named in one sentence and pointed back at by the next as the time to be reached ("I only get to the
business side after dinner - say half seven onwards. If you'd like to talk me through it, that's when I can listen."),
in the seven languages the rules read: a preferred time, read for certain."""
from __future__ import annotations

import re

from followup.text.wish_base import PREFERENCE, Wish
from followup.text.wish_clock import ES_MARCAR, clock_range_time
from followup.text.wish_prefs import TIME, TIME_BAD_RX

# the sentence pointing back: "that's the window", "that's the time", "that's when to ring", "das ist die beste Zeit",
# "c'est le bon moment", "ese es el mejor momento", "è il momento migliore", "é a melhor hora", "dat is het moment"
_POINTER = re.compile(
    r"\bthat'?s\s+(?:(?:the|my|your)\s+(?:\w+\s+)?(?:window|time|slot)|when\b)|\bthat\s+is\s+(?:the\s+(?:\w+\s+)?"
    r"(?:window|time|slot)|when\b)|\b(?:das|dies)\s+ist\s+(?:das\s+)?(?:die\s+(?:beste\s+)?zeit|zeitfenster)|"
    r"\bc['\u2019]est\s+(?:le\s+(?:bon\s+|meilleur\s+)?moment|la\s+(?:bonne\s+)?(?:heure|plage|fen[êe]tre)|l[àa]\s+que)|"
    r"\b(?:ese|este)\s+es\s+el\s+(?:mejor\s+)?momento|\b(?:è|e)\s+(?:il\s+momento|la\s+fascia)|"
    r"\b(?:é|esse\s+é)\s+(?:o\s+melhor\s+momento|a\s+melhor\s+hora|o\s+momento|a\s+janela)|"
    r"\bdat\s+is\s+het\s+(?:beste\s+)?(?:moment|tijdstip)", re.I)
# ... about being reached: "if you want to talk", "that's when to ring", "a proper conversation"
_TALK = re.compile(r"\b(?:talk|ring|call|phone|reach|catch|conversation|listen|speak|chat|sprechen|anruf\w*|anzurufen|erreich\w*|"
                   rf"appel\w*|joindre|parler|llam\w*|{ES_MARCAR}|hablar|chiam\w*|parlare|sentir\w*|lig\w*|falar|bel\w*|spreken)\b",
                   re.I)
_WORD_HOURS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12}
# an hour from which or until which the customer is free: "from about half three onwards", "fresh until about 10"
_HOUR = re.compile(r"\b(?P<prep>from|after|until|till)\s+(?:about\s+|around\s+|roughly\s+)?(?P<half>half\s+(?:past\s+)?)?"
                   r"(?P<h>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\d:.]\d)"
                   r"(?:\s*(?P<am>am|a\.m\.)|\s*(?:pm|p\.m\.|o'?clock|ish))?\b", re.I)
_PARTS = ("morning", "midday", "afternoon", "evening")
# the parts of the day abroad ("nachmittags", "le soir", "por la mañana", "di pomeriggio", "de manhã", "'s avonds")
_ABROAD = {"morning": re.compile(r"\b(?:vormittags?|morgens|(?:le|du)\s+matin|en\s+matin[ée]e|(?:por|en)\s+la\s+ma[ñn]ana|"
                                 r"(?:la|di|in)\s+mattin(?:a|ata)|de\s+manh[ãa]|(?:'s\s+)?ochtends)\b", re.I),
           "afternoon": re.compile(r"\b(?:nachmittags?|l['\u2019]apr[èe]s-midi|(?:por|en)\s+la\s+tarde|(?:il|di|nel)\s+"
                                   r"pomeriggio|(?:à|de|a)\s+tarde|(?:'s\s+)?middags)\b", re.I),
           "evening": re.compile(r"\b(?:abends|(?:le|du)\s+soir|en\s+soir[ée]e|(?:por|en)\s+la\s+noche|(?:la|di|in)\s+"
                                 r"sera|(?:à|de)\s+noite|(?:'s\s+)?avonds)\b", re.I)}


def _hour_part(sentence: str) -> str | None:
    """The part of the day an hour a customer is free from or until falls in ("half seven onwards": the evening)."""
    m = _HOUR.search(sentence)
    if not m:
        return None
    word = m.group("h").lower()
    hour = float(_WORD_HOURS.get(word) or int(word)) + (0.5 if m.group("half") else 0)
    if hour <= 7 and not m.group("am"):
        hour += 12  # "from half three" at work is the afternoon
    if m.group("prep").lower() in ("until", "till"):
        hour -= 1  # the hours before it
    return "evening" if hour >= 17 else "afternoon" if hour >= 12 else "morning"


def named_part(sentence: str) -> str | None:
    """The part of the day a sentence names as a habit (a part-of-day word or an hour from or until which)."""
    if TIME_BAD_RX.search(sentence) and not _HOUR.search(sentence):
        return None
    for part in _PARTS:
        if TIME[part].search(sentence) or (part in _ABROAD and _ABROAD[part].search(sentence)):
            return part
    return _hour_part(sentence)


def pointed_time(sentences: list[tuple[str, str]], wishes: list[Wish]) -> list[Wish]:
    """The wishes with the time of day a sentence points back at as the one to be reached in ("... after six,
    realistically. If you want a proper conversation, that's the time."), where no time was read for certain."""
    if any(w.certain and (w.preference or "").startswith("time:") for w in wishes):
        return wishes
    for (before, quote), (sentence, own_quote) in zip(sentences, sentences[1:]):
        if not _POINTER.search(sentence) or not _TALK.search(sentence):
            continue
        # the hours of a range in the pointing sentence itself are the time pointed at ("Mi chiami nel primo
        # pomeriggio, tra le 14 e le 16, che è il momento più tranquillo"), whatever part the sentence before refuses
        if (ranged := clock_range_time(sentence)) is not None:
            kept = [w for w in wishes if not (w.preference or "").startswith("time:")]
            return kept + [Wish(PREFERENCE, own_quote, preference=ranged)]
        if named_part(sentence):
            continue
        part = named_part(before)
        if part:
            kept = [w for w in wishes if not (w.preference or "").startswith("time:")]
            return kept + [Wish(PREFERENCE, quote, preference=f"time:{part}")]
    return wishes

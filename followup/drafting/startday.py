"""The start day the customer wants ("We'd want you from 1 February", "Wir bräuchten Sie ab dem 1. März", "nous
souhaitons démarrer le 3 juin", "queremos empezar el 2 de mayo"), said back in the draft: the customer's newest such
sentence, its day resolved against the day it was written, dropped once past or once a later source names another
start day (the start agreed since). en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from followup.drafting.appointment import named_day
from followup.drafting.items import Item
from followup.drafting.sentences import Source, split_sentences

# The customer wanting something, in the first person: "we'd want", "I need", "wir bräuchten", "nous souhaitons",
# "on aimerait", "queremos", "nos gustaría".
_WISH = re.compile(
    r"\b(?:(?:we|i)(?:'d|'re|'m| would| are| am| will| do| really| ideally| also| now| still)*\s+(?:want|need|like|"
    r"prefer|hope|plan|planning|aim|aiming|wish|intend|look|looking)|ideally|preferably)\b|"
    r"\b(?:wir|ich)\b[^.;:!?]{0,30}?\b(?:möchten|möchte|wollen|will|würden|würde|bräuchten|bräuchte|brauchen|brauche|"
    r"benötigen|wünschen|planen|hätten|hoffen)\b|"
    r"\b(?:nous|on|je)\s+(?:(?:le |la |vous |l')\s*)?(?:souhait\w*|voul\w*|voudri\w*|veut|aimeri\w*|aimer\w*|préfér\w*|"
    r"avons besoin|a besoin|ai besoin|prévoy\w*|compt\w*|envisage\w*)|"
    r"\b(?:queremos|quisiéramos|querríamos|quiero|quisiera|(?:nos|me) gustaría|necesitamos|necesito|preferimos|"
    r"preferiríamos|(?:nos|me) interesa|pensamos|planeamos|esperamos|buscamos)\b", re.I)

# Where the wanted thing starts: a start verb or noun, or "from" / "ab" / "à partir du" / "a partir del" before a day.
_START = re.compile(
    r"\b(?:start\w*|begin\w*|commenc\w*|kick(?:ing)? off|go(?:ing)? live|launch\w*|get going|from|as of|"
    r"starten|start|beginnen|beginn|anfangen|loslegen|ab|"
    r"démarr\w*|commenc\w*|début\w*|lanc\w*|à partir du|à partir de|dès le|"
    r"empezar|empiece|comenzar|comience|iniciar|inicio|arrancar|arranque|comienzo|a partir del|desde el)\b", re.I)

# Words between the start cue and the day it names ("start on Monday 1 February", "ab dem 1. März"); a German start
# verb may follow its day ("am 1. März starten") by as many.
START_WORDS = 4

# A start verb with the customer's own activity after it ("start sowing", "empezar a sembrar", "commencer à planter",
# "anfangen zu ernten"): when their work begins, not when ours does.
_OWN_ACTIVITY = re.compile(r"\b(?:start|begin)\w*\s+(?:to\s+\w+|\w+ing)\b|\b(?:empezar|comenzar|empiece|comience)\s+a\s+\w+|"
                           r"\b(?:commencer|démarrer|débuter)\s+(?:à|de)\s+\w+|\b(?:anfangen|beginnen)\s+zu\b", re.I)

# A start said not to be wanted or not possible: no wish to say back.
_NOT = re.compile(r"\b(?:not|n't|never|nicht|kein\w*|pas|jamais|no|nunca)\b", re.I)

# How the wish is said back, by the draft's language; {d} the day as the customer wrote it.
_SAID = {"en": "you'd like to start on {d}", "de": "Sie möchten am {d} starten",
         "fr": "vous souhaitez démarrer le {d}", "es": "quieren empezar el {d}"}

# A full date written with its year ("1.1.2027", "1/3/2027"): the year read with it.
_DOTTED_YEAR = re.compile(r"\b(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>20\d\d)\b")


def _wished(sentence: str, at, tz: str) -> tuple[date, str] | None:
    """The start day a customer's sentence wants, with the words naming it; None when it wants none."""
    if sentence.rstrip().endswith("?") or _NOT.search(sentence):
        return None
    wish = _WISH.search(sentence)
    if not wish:
        return None
    dotted = _DOTTED_YEAR.search(sentence, wish.start())
    if dotted:
        try:
            found = date(int(dotted.group("y")), int(dotted.group("m")), int(dotted.group("d"))), dotted.group(0)
        except ValueError:
            return None
    else:
        found = named_day(sentence[wish.start():], at, tz)
    if found is None or not found[1] or not re.search(r"\d", found[1]):
        return None  # a weekday alone or a relative day: read by the other rules
    words = re.sub(r"(?<=[^\W\d_])\.$", "", found[1].strip(" ,"))
    at_day = sentence.find(words, wish.start())
    return (found[0], words) if at_day >= 0 and _started(sentence[wish.start():at_day],
                                                         sentence[at_day + len(words):]) else None


def _started(before: str, after: str) -> bool:
    """Whether a start cue names the day: just before it ("from 1 February") or a verb just after ("1. März
    starten")."""
    near = " ".join(before.split()[-START_WORDS:])
    if _OWN_ACTIVITY.search(near):
        return False  # "empezar a sembrar el 20 de septiembre": their own work starts, not ours
    return bool(_START.search(near)) or bool(re.match(rf"^\W*(?:\S+\s+){{0,{START_WORDS - 1}}}?(?:starten|beginnen|"
                                                     r"anfangen|loslegen|start|begin)\b", after, re.I))


def _starts(text: str, at, tz: str) -> set[date]:
    """The start days a sentence names ("the start on 15 February is confirmed")."""
    if not _START.search(text):
        return set()
    found = named_day(text, at, tz)
    return {found[0]} if found is not None and found[1] and re.search(r"\d", found[1]) else set()


def _superseded(item: Item, day: date, src: Source, tz: str) -> Item:
    """An older line that only names another start day ("Lancement le 4 septembre.") is out of force once the customer
    wants another; a line saying more than the day stays."""
    if item.at >= src.at or item.status != "open" or item.kind == "question":
        return item
    found = named_day(item.quote, item.at, tz) if _START.search(item.quote) else None
    if found is None or found[0] == day or not found[1] or not re.search(r"\d", found[1]):
        return item
    if re.search(r"\d", item.quote.replace(found[1], " ")) or not _started(item.quote[:item.quote.find(found[1])],
                                                                          item.quote[item.quote.find(found[1]) + len(found[1]):]):
        return item
    return replace(item, status="superseded", by=f"{src.kind}:{src.id}")


def wanted_start(items: list[Item], ordered: Sequence[Source], cleaned: dict, tz: str, today: date,
                 language: str) -> list[Item]:
    """The items with the customer's newest wanted start day said back, unless past, superseded or already said."""
    wishes = []
    for src in ordered:
        if src.direction != "inbound":
            continue
        text = cleaned.get((src.kind, src.id), "")
        for a, b in split_sentences(text):
            found = _wished(text[a:b], src.at, tz)
            if found is not None:
                wishes.append((src, text[a:b].strip(), found))
    if not wishes:
        return items
    src, quote, (day, words) = wishes[-1]
    later = [(o, cleaned.get((o.kind, o.id), "")) for o in ordered if o.at > src.at]
    moved = any(d != day for o, text in later for a, b in split_sentences(text) for d in _starts(text[a:b], o.at, tz))
    if day < today or moved:
        return items
    items = [_superseded(i, day, src, tz) for i in items]
    said = [i for i in items if i.status == "open" and not i.internal and i.text]
    if any(words.lower() in i.text.lower() for i in said):
        return items  # "you want to start on 1 February": said already
    text = _SAID.get(language, _SAID["en"]).format(d=words)
    same = next((n for n, i in enumerate(items) if (i.source_kind, i.source_id) == (src.kind, src.id)
                 and i.quote.strip() in quote and words in i.quote and i.status == "open"), None)
    if same is not None:
        out = list(items)
        out[same] = replace(items[same], kind="constraint", text=text, internal=False)
        return out
    return items + [Item(kind="constraint", text=text, quote=quote, source_kind=src.kind, source_id=src.id,
                         at=src.at, direction="inbound")]

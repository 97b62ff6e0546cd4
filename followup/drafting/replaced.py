"""A pricing the customer accepted in place of another ("We accept the flat fee" after "We work with transaction
fees: DKK 145 per booking" and a call note "They prefer a flat fee"): the rep's older priced lines of the same thing
under another name no longer say what is in force. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.figures import amounts
from followup.drafting.items import Item
from followup.drafting.words import STOP

# Words that accept one thing, then the thing: an article and a name of two words or more ("the flat fee", "die
# pauschale Gebühr", "le tarif forfaitaire", "la tarifa plana").
_ACCEPT = re.compile(
    r"\b(?:(?:we|i)(?:'ll| will| would)? (?:accept|agree to|go with|take)|(?:wir )?(?:akzeptieren|nehmen)|"
    r"einverstanden mit|(?:nous )?(?:acceptons|prenons|retenons)|d'accord pour|aceptamos|nos quedamos con|"
    r"de acuerdo con)\s+(?P<what>(?:the|die|den|das|der|dem|le|la|les|l['’]|el|los|las)\s*[^\W\d_][\w-]*"
    r"(?:\s+[^\W\d_][\w-]*){1,2})", re.I)
# A "not" in the sentence: nothing accepted ("we don't accept the flat fee", "nous n'acceptons pas").
_NOT = re.compile(r"\b(?:not|n't|nicht|kein\w*|pas|no|nunca)\b|n['’]", re.I)
# Words after the thing's name that begin what is said about it ("the flat fee for 2029"): not part of the name.
_AFTER = {"for", "from", "with", "and", "but", "für", "mit", "und", "aber", "pour", "avec", "et", "mais", "para",
          "por", "con", "pero", "de", "del", "ab", "à", "as", "if", "wenn", "si"}
# Plural and inflection endings taken off before words are compared ("fees" / "fee", "tarifas" / "tarifa").
_ENDINGS = ("en", "es", "s", "e")
# Letters a word keeps at least once its ending is taken off.
MIN_STEM = 3


def _stem(word: str) -> str:
    """A word without its plural or inflection ending."""
    word = word.lower()
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= MIN_STEM:
            return word[: -len(end)]
    return word


def _words(text: str) -> set[str]:
    """The stems of a text's content words."""
    return {_stem(w) for w in re.findall(r"[^\W\d_]{3,}", text) if w.lower() not in STOP and w.lower() not in _AFTER}


def _thing(sentence: str) -> set[str]:
    """The stems of the thing an accepting sentence takes, two or more ("flat", "fee"), or an empty set."""
    m = _ACCEPT.search(sentence)
    if not m or "?" in sentence or "¿" in sentence or _NOT.search(sentence[:m.start()]):
        return set()
    name = []
    for word in re.sub(r"^\S+\s+|^l['’]", "", m.group("what")).split():
        if word.lower() in _AFTER:
            break
        name.append(word)
    words = _words(" ".join(name))
    return words if len(words) >= 2 else set()


def superseded_terms(items: list[Item], said: Sequence) -> list[Item]:
    """The rep's open priced lines that name the thing a customer accepted under another of its names marked
    superseded, once the rep's side (an email or call note) named the thing accepted after them."""
    gone: dict[int, str] = {}
    for src, sentence in said:
        if src.direction != "inbound" or not (thing := _thing(sentence)):
            continue
        named = [s.at for s, line in said if s.direction != "inbound" and s.at < src.at and thing <= _words(line)]
        if not named:
            continue
        for item in items:
            words = _words(item.quote)
            if item.status == "open" and item.direction != "inbound" and item.at < max(named) \
                    and amounts(item.quote) and words & thing and not thing <= words:
                gone[id(item)] = f"{src.kind}:{src.id}"
    return [replace(i, status="superseded", by=gone[id(i)]) if id(i) in gone else i for i in items]

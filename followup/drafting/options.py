"""An option the customer did not choose: the rep priced alternatives ("3 SN-40 à l'achat : CHF 111'000", "En
location : CHF 27'600") and the customer took one ("Nous partons sur la location"); the others' lines no longer say
what is in force. Only alternatives: two lines someone set against each other ("la location au lieu de l'achat",
"160 m or 120 m"), so parts of one offer (a machine and its installation) all stay. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.days import WEEKDAY_WORDS
from followup.drafting.figures import AMOUNT, amounts, numbers
from followup.drafting.items import Item
from followup.drafting.replaced import superseded_terms
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.words import content

# Letters of a word that name an option ("location" / "locations", "Akku-Version" / "Akku").
OPTION_STEM = 5

# Words at the start of a rep's priced line that name its option ("Lease option for", "Rental for the season").
HEAD_WORDS = 3

# Words that take one option: "we'll go with", "nous partons sur", "wir nehmen die", "vamos con la de 21 m".
_CHOOSE = re.compile(
    r"\b(?:(?:we|i)(?:'ll| will| would)? (?:go|going|take|choose|opt)(?: with| for)?|we(?:'re| are) going with|"
    r"(?:let's|lets) go with|decided on|opted for|"
    r"(?:wir|ich) (?:nehmen|nehme|entscheiden uns für|wählen|bleiben bei)|"
    r"(?:nous )?(?:partons sur|prenons|choisissons|optons pour|retenons)|on part sur|on prend|"
    r"vamos con|nos quedamos con|elegimos|optamos por|tomamos)\s+(?P<what>[^.;,!?]{2,80}?)"
    r"(?=[.;,!?]|\s+(?:because|but|weil|aber|parce que|car|mais|porque|pero)\b|$)", re.I)

# Words that set two options against each other: "instead of", "or", "au lieu de", "statt", "en vez de", "versus".
_AGAINST = re.compile(r"\b(?:or|instead of|rather than|versus|vs|oder|statt|anstatt|ou|au lieu d[eu]|plutôt que|"
                      r"o|en vez de|en lugar de)\b", re.I)

# Figures with their unit tell options apart too: "160 m", "30 kWh", "3 Jahre".
_FIGURE = re.compile(r"(\d+(?:[.,]\d+)?)\s*([^\W\d_]{1,6})\b")


def _tokens(text: str) -> set[str]:
    """What names an option: content words by their first letters, and figures with their unit."""
    return {w[:OPTION_STEM] for w in content(text)} | {f"{n} {u.lower()}" for n, u in _FIGURE.findall(text)}


def _sentences(ordered: Sequence[Source], cleaned: dict):
    """Each sentence of every source, with its source."""
    for src in ordered:
        text = cleaned.get((src.kind, src.id), "")
        for a, b in split_sentences(text):
            yield src, text[a:b]


def unchosen(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's priced lines of an option a later customer sentence or call note passed over for another, marked
    superseded."""
    said = list(_sentences(ordered, cleaned))
    gone: dict[int, str] = {}
    for src, sentence in said:
        if src.direction == "outbound":
            continue
        for m in _CHOOSE.finditer(sentence):
            what = _tokens(m.group("what"))
            group = _offer(items, src)
            if len(group) < 2:
                continue
            common = set.intersection(*[_tokens(i.quote) for i in group])
            own = {id(i): _tokens(i.quote) - common for i in group}
            for other in group:
                if any(_passed_over(own[id(c)], own[id(other)], what, said) for c in group if c is not other):
                    gone[id(other)] = f"{src.kind}:{src.id}"
    gone.update(_refused(items, said))
    items = [replace(i, status="superseded", by=gone[id(i)]) if id(i) in gone else i for i in items]
    return superseded_terms(narrowed(items, said), said)  # "We accept the flat fee": the transaction fees go


# An option turned down beside the one taken: "outright purchase, not the lease", "rather than the lease", "Kauf, nicht
# das Leasing", "l'achat, pas la location", "compra, no el renting"; the words after it name the option refused.
_REFUSES = re.compile(r"(?:(?:,|\band|\bbut|\bund|\baber|\bet|\bmais|\by|\bpero)\s+(?:not|nicht|pas|no)|\binstead of|"
                      r"\brather than|\bstatt|\banstatt|\bplutôt que|\bau lieu d[eu']|\ben vez de|\ben lugar de)\s+"
                      r"(?:(?:the|a|an|die|der|den|das|dem|le|la|les|un|une|el|los|las|una|del)\s+|l['’])?"
                      r"(?P<what>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?)", re.I)


def _refused(items: list[Item], said: list) -> dict[int, str]:
    """The rep's priced lines of an option a later customer sentence or call note turns down beside the one it takes
    ("Gavin wants outright purchase, not the lease"): the refused words name that line alone among its offer's, at
    its head, where an option's line names it ("Lease option for Gavin: ..."); a question refuses nothing."""
    gone: dict[int, str] = {}
    for src, sentence in said:
        if src.direction == "outbound" or "?" in sentence or "¿" in sentence:
            continue
        group = _offer(items, src)
        if len(group) < 2:
            continue
        common = set.intersection(*[_tokens(i.quote) for i in group])
        own = {id(i): _tokens(i.quote) - common for i in group}
        for m in _REFUSES.finditer(sentence):
            what = _tokens(m.group("what"))
            named = [i for i in group if what & own[id(i)] & _tokens(" ".join(i.quote.split()[:HEAD_WORDS]))]
            if len(named) == 1:
                gone[id(named[0])] = f"{src.kind}:{src.id}"
    return gone


def _offer(items: list[Item], before: Source) -> list[Item]:
    """The open priced lines of the rep's newest email or note before a source that prices two things or more."""
    priced = [i for i in items if i.direction != "inbound" and i.kind == "term" and i.status == "open"
              and i.at < before.at and amounts(i.quote)]
    for at in sorted({i.at for i in priced}, reverse=True):
        group = [i for i in priced if i.at == at]
        if len(group) >= 2:
            return group
    return []


def _passed_over(chosen: set[str], other: set[str], what: set[str], said: list) -> bool:
    """Whether some sentence sets one option against the other ("une location au lieu de l'achat") and the choice
    names the first by the words that set them apart, not the other."""
    for _, sentence in said:
        if _AGAINST.search(sentence):
            words = _tokens(sentence)
            if chosen & words & what and other & words and not other & words & what:
                return True
    return False


def _priced_names(line: str) -> list[tuple[str, set[str]]]:
    """Each sum of money of a line with the word that names it, right before it ("Oro USD 12.000", "Plata USD
    6.000")."""
    out = []
    for m in AMOUNT.finditer(line):
        word = re.search(r"([^\W\d_]{3,})[\s:=-]{0,3}$", line[:m.start()])
        if word:
            out.append((word.group(1).lower(), numbers(m.group(0))))
    return out


def narrowed(items: list[Item], said: list) -> list[Item]:
    """The rep's lines pricing several named options in one sentence ("Oro USD 12.000, Plata USD 6.000") marked
    superseded once a later sentence names one of them with its price alone ("el contrato del paquete Plata (USD
    6.000)"): the conversation went on with that option, and the others' prices are no longer what is offered."""
    out = []
    for item in items:
        pairs = _priced_names(item.quote) if item.status == "open" and item.direction != "inbound" else []
        if len({name for name, _ in pairs}) >= 2:
            for src, sentence in said:
                if src.at <= item.at:
                    continue
                words, figures = {w.lower() for w in re.findall(r"[^\W\d_]+", sentence)}, numbers(sentence)
                named = [(n, f) for n, f in pairs if n in words and f <= figures]
                others = [f for n, f in pairs if (n, f) not in named and f & figures]
                if len(named) == 1 and not others:
                    item = replace(item, status="superseded", by=f"{src.kind}:{src.id}")
                    break
        out.append(item)
    return out


# A day the rep offers as one of two ("let me know Tuesday 6 or Wednesday 7 June", "Dienstag oder Mittwoch", "mardi 6
# ou mercredi 7", "el martes 6 o el miércoles 7"): a weekday, with its day of the month when given.
_WD = "|".join(sorted((w for words in WEEKDAY_WORDS.values() for w in words), key=len, reverse=True))
_DAY = rf"(?:{_WD})\.?,?(?:\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th|er|\.)?)?"
_EITHER = re.compile(rf"\b(?P<a>{_DAY})\s+(?:or|oder|ou|o)\s+(?:(?:el|le|am|on)\s+)?(?P<b>{_DAY})(?!\w)", re.I)
# A "no" in the customer's sentence: the day named does not suit ("Wednesday doesn't work").
_NOT = re.compile(r"\b(?:not|n't|neither|nor|nicht|kein\w*|pas|ni|no|tampoco)\b", re.I)


def either(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's open lines offering two days ("just let me know Tuesday 6 or Wednesday 7 June") marked answered once a
    later customer sentence takes one of them and names not the other ("Wednesday 7 June works")."""
    out = []
    for item in items:
        m = _EITHER.search(item.quote) if item.status == "open" and item.direction != "inbound" else None
        days = [re.match(rf"{_WD}", m.group(g), re.I).group(0).lower() for g in "ab"] if m else []
        if days and days[0] != days[1]:
            for src, sentence in _sentences([s for s in ordered if s.direction == "inbound" and s.at > item.at], cleaned):
                named = {d for d in days if re.search(rf"\b{d}\b", sentence, re.I)}
                if len(named) == 1 and not _NOT.search(sentence) and "?" not in sentence and "¿" not in sentence:
                    item = replace(item, status="answered", by=f"{src.kind}:{src.id}")
                    break
        out.append(item)
    return out

"""Sifting the readings of one message: a certain opt-out outranks a pause, a taken-back wish goes, a preference read
twice counts once; and the sentences a rule reads at all."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from followup.text.prefilter import needle_finder
from followup.text.wish_base import (
    DNC,
    MAX_SENTENCE_CHARS,
    PAUSED,
    PREFERENCE,
    QUIET,
    QUOTED,
    Wish,
    local_time,
    sentence_offsets,
    zone_of,
)
from followup.text.wish_hold import indefinite_hold
from followup.text.wish_scope import filler, takes_back_earlier, unaddressed_bullet
from followup.text.wish_season import season_wait
from followup.text.wish_then import promised_return


def held_for_good(wishes: list[Wish], sentences: list[str]) -> list[Wish]:
    """The wishes with a hold said to have no end in time ("on hold ... I cannot say when") a certain pause, in place of
    a pause guessed there or a wait for the customer's own word; a dated quiet period or an opt-out read stands."""
    at = indefinite_hold(sentences)
    if at is None or any(w.certain and (w.kind in (DNC, PAUSED) or (w.kind == QUIET and not promised_return(w.quote)))
                         for w in wishes):
        return wishes
    kept = [w for w in wishes if w.kind != PAUSED and not (w.kind == QUIET and promised_return(w.quote))]
    return kept + [Wish(PAUSED, sentences[at].strip())]

def taken_back(wishes: list[Wish], said: list[Wish]) -> list[Wish]:
    """The wishes without those of a sentence the customer took back; a taken-back opt-out stays, as a question."""
    return [(replace(w, certain=False) if w.kind == DNC else w) if any(w is b for b in said) else w
            for w in wishes if w.kind == DNC or not any(w is b for b in said)]

def once(wishes: list[Wish]) -> list[Wish]:
    """The wishes with a preference read twice (in two sentences of one message) kept once, the first time."""
    seen: set[tuple[str | None, bool]] = set()
    out = []
    for w in wishes:
        if w.kind == PREFERENCE and w.preference:
            if (w.preference, w.certain) in seen:
                continue
            seen.add((w.preference, w.certain))
        out.append(w)
    return out

def readable(own: str):
    """(offset, sentence) of the customer's own sentences a rule reads: no pasted block, quoted line, filler or bullet
    that addresses no one."""
    for offset, sentence in sentence_offsets(own):
        if len(sentence) > MAX_SENTENCE_CHARS or QUOTED.match(sentence) or filler(sentence) \
                or unaddressed_bullet(sentence) or takes_back_earlier(sentence):
            continue
        yield offset, sentence

def sigma(folded: str) -> str:
    """Folded text with final sigma as any sigma: the one letter lower() reads by its neighbours, so a sentence and
    the whole text it comes from fold alike."""
    return folded.replace("\u03c2", "\u03c3")

def needles(table: dict):
    """The search of one finder of every needle of a table of rules (a method, not a pattern: prefilter_patterns
    leaves it alone), or None when one rule has none (then every text is read)."""
    rules = list(table.values())
    if not all(getattr(rx, "needles", None) for rx in rules):
        return None
    return needle_finder({sigma(n) for rx in rules for n in rx.needles}).search

def season(sentence: str, offset: int, own: str, found: list[Wish], sent_at: datetime, tz: str) -> list[Wish]:
    """season_wait on one sentence's readings, for the cheaper read to drop what detect_wishes reads as a wait."""
    return season_wait(sentence, found, local_time(sent_at, zone_of(tz)), own[offset + len(sentence):], own[:offset])

def outranked(wishes: list[Wish]) -> list[Wish]:
    """The wishes without a pause or a possible opt-out beside a certain opt-out, which outranks them."""
    if any(w.kind == DNC and w.certain for w in wishes):
        return [w for w in wishes if w.kind != PAUSED and (w.certain or w.kind != DNC)]
    return wishes

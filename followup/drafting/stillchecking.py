"""A customer's question the rep promised to find out about and never answered ("About CNCAN acceptance, I am
checking with our accreditation colleague and will come back to you", "Le confirmo la fecha de entrega en cuanto me
la den desde fábrica"): its answer slot says so, so the rep sees the answer is their own promise still open
("[[answer: is the certificate accepted by CNCAN? (promised, still open)]]"). en/de/fr/es."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.items import Item, State
from followup.drafting.promise_day import stale_promise
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.words import content

# The rep's promise to find out and come back, in the four languages (a confirmation "that ..." is an answer given).
_CHECKING = re.compile(
    r"\b(?:I(?:'ll| will| am going to) (?:check|find out|look into|ask|confirm|come back|get back|let you know)|"
    r"I(?:'m| am) (?:checking|confirming|asking|finding out)|I (?:must|need to|have to) (?:ask|check)|"
    r"(?:will|I'll) (?:come|get) back to you|"
    r"kläre ich|prüfe ich|frage ich (?:nach|beim?|bei der)|melde (?:ich )?mich|ich (?:kläre|prüfe|frage nach)|"
    r"je (?:vérifie|vérifierai|vais vérifier|me renseigne|demande)|(?:je )?(?:vous |te |lui )?(?:reviens|reviendrai) "
    r"vers|je (?:vous|te) (?:confirme|confirmerai) (?!que\b)|"
    r"lo (?:consulto|verifico|confirmo|averiguo|reviso)|"
    # the Spanish first person without its "lo": "Consulto con fábrica si ...", "Pregunto al taller si ..."
    r"(?:^|(?<=[,;] )|(?<=\by ))(?:consulto|pregunto|averiguo|compruebo|verifico) (?:con|a|al|si)\b|"
    r"(?:le|te) (?:aviso|avisaré|confirmo|confirmaré) (?!que\b)|"
    r"(?:le|te) (?:aviso|avisaré)$)", re.I)
# A promise that also sends something on: "and forward it", "schicke ich Ihnen", "je vous l'envoie", "se lo mando".
_SENDS = re.compile(r"\b(?:send\w*|forward\w*|schick\w*|zusend\w*|envoi\w*|envoy\w*|enverr\w*|transm\w*|env[ií]\w*|"
                    r"mand[aeo]\w*)\b", re.I)
# Said in the slot after its question, per language.
_STILL_OPEN = {"en": "promised, still open", "de": "zugesagt, noch offen", "fr": "promis, toujours en attente",
               "es": "prometido, aún pendiente"}
# A word a question and a promise must share (beyond short ones) to be about the same thing.
MIN_WORD = 5
# Words of asking and checking themselves ("confirmer" beside "je vous confirme"): they name no thing.
_ASKING = re.compile(r"^(?:confir|check|verif|vérif|prüf|klär|bestät|consul|averig|avis|rensei|rausge|find|could|"
                     r"would|pouv|podr|puede|könn|questi|frage|pregun|news|nouvel|notici|"
                     # nor do the long function words a question and a promise both may have ("whether", "unsere")
                     r"whethe|unser|euer|their|there|which|notre|votre|leurs|nuestr|vuestr|aquel)", re.I)


def _things(text: str) -> set[str]:
    """The long content words of a text that name a thing, not the asking."""
    return {w for w in content(text) if len(w) >= MIN_WORD and not _ASKING.match(w)}


def promises_to_check(sentence: str) -> bool:
    """Whether a rep's sentence promises to find something out and come back ("I'll check whether ...")."""
    return bool(_CHECKING.search(sentence)) and bool(_things(sentence))


def open_checks(ordered: Sequence[Source], cleaned: dict) -> tuple[str, ...]:
    """The rep's sentences (emails and call notes) promising to find something out that no later rep email answers
    (names their long words again)."""
    out = []
    for n, src in enumerate(ordered):
        if src.direction not in ("outbound", "note"):
            continue
        text = cleaned.get((src.kind, src.id), src.text or "")
        for a, b in split_sentences(text):
            sentence = text[a:b].strip()
            words = _things(sentence)
            if _CHECKING.search(sentence) and words and not any(
                    later.kind == "message" and later.direction == "outbound"
                    and words & content(cleaned.get((later.kind, later.id), later.text or "")) for later in ordered[n + 1:]):
                out.append(sentence)
    return tuple(out)


def still_checking(questions: Sequence[tuple[str, Item]], state: State) -> list[tuple[str, Item]]:
    """The questions with each slot of the customer's that the rep promised to find out about marked so."""
    note = _STILL_OPEN.get(state.language)
    promised = [_things(c) for c in state.checking]
    if not note or not promised:
        return list(questions)
    out = []
    for line, item in questions:
        asked = _things(item.quote)
        if item.direction == "inbound" and line.endswith("]]") and note not in line and any(
                asked & words for words in promised):
            line = line[:-3] + f"; {note})]]" if line.endswith(")]]") else line[:-2] + f" ({note})]]"
        out.append((line, item))
    return out


def promised_slot(words: str, language: str) -> str:
    """The answer slot for what the rep promised to find out, marked as their promise still open."""
    note = _STILL_OPEN.get(language)
    return f"[[answer: {words} ({note})]]" if note else f"[[answer: {words}]]"


def chased_off(actions: Sequence[tuple[str, Item]], asked: Sequence[tuple[str, Item]],
               state: State) -> list[tuple[str, Item]]:
    """The rep's promises less each promise to find out that a customer's slot marked still open already asks ("La
    bomba ... te confirmo disponibilidad" beside "[[answer: ¿Está confirmada la bomba ...? (prometido, aún
    pendiente)]]"): said twice, the old promise reads as the rep's earlier email pasted back. A promise that also
    sends something ("I'll ask our partner for a quote and forward it") or named a day (owed, its delay apologised
    for) stays."""
    note = _STILL_OPEN.get(state.language)
    chased = [_things(item.quote) for line, item in asked if note and note in line and item.direction == "inbound"]
    return [(line, item) for line, item in actions
            if not (item.kind == "commitment" and item.direction in ("outbound", "note") and item.due is None
                    and not stale_promise(item, state)
                    and _CHECKING.search(item.quote) and not _SENDS.search(item.quote)
                    and any(_things(item.quote) & words for words in chased))]

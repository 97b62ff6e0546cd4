"""What an order or signature left behind: the offer's validity ("Das Angebot gilt bis 19.12.", "offer valid until
Friday") once the customer has ordered or signed, and a priced part the ordering email turns down ("Kauf, kein
Mietservice", "Boots not, we have another supplier", "sin mantenimiento", "sans la formation"). Blind readers marked
drafts that restated the offer line by line after the order, with the rental declined and the deadline to accept:
those lines are superseded, the terms now in force stay."""
from __future__ import annotations

import re
from dataclasses import replace

from followup.drafting.figures import AMOUNT
from followup.drafting.items import Item
from followup.drafting.sentences import split_sentences
from followup.drafting.words import content

# The rep saying how long the offer holds, per language ("offer valid until", "prices good through", "Das Angebot
# gilt bis", "gültig bis", "offre valable jusqu'au", "oferta válida hasta").
_VALID = re.compile(
    r"\b(?:offer|quote|quotation|proposal|prices?|pricing|rates?)\b[^.;!?]{0,30}\b(?:valid|good|holds?|stands?|"
    r"open)\b[^.;!?]{0,20}\b(?:until|till|through|to|for)\b|\bvalid (?:until|till|through)\b|"
    r"\b(?:Angebot|Preise?|Konditionen|Offerte)\b[^.;!?]{0,30}\b(?:gilt|gelten|gültig|bindend)\b|\bgültig bis\b|"
    r"\b(?:offre|devis|prix|proposition|tarifs?|conditions)\b[^.;!?]{0,30}\b(?:valable|valide|garanti)\w*|"
    r"\bvalables? jusqu|"
    r"\b(?:oferta|presupuesto|cotizaci[oó]n|propuesta|precios?|condiciones)\b[^.;!?]{0,30}\b(?:válid[oa]s?|vigentes?|"
    r"vale|valen|se mantiene\w*)\b|\bválid[oa]s? hasta\b", re.I)

# Further orders the validity is for ("anything ordered before", "toute commande avant", "jede Bestellung bis").
_FURTHER = re.compile(r"\b(?:order\w*|bestell\w*|commande\w*|pedido\w*|encargo\w*)\b", re.I)

# A part turned down in the ordering email, the words after it (up to 3) naming it: "no rental", "without the
# training", "kein Mietservice", "ohne Montage", "sans la formation", "pas de location", "sin mantenimiento"; or the
# part first and "not" after it, opening the sentence ("Boots not, we have another supplier").
_NOUN = r"(?P<x>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})"
_DECLINE = re.compile(
    rf"\b(?:no|without|kein|keine|keinen|ohne|sans|pas de|pas d'|sin)\s+(?:the\s+|den\s+|die\s+|das\s+|la\s+|le\s+|"
    rf"les\s+|l'|el\s+|los\s+|las\s+)?{_NOUN}|^\W*(?P<y>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s+(?:not|nicht|non|no)\b"
    rf"(?!\s+(?:yet|now|until|before|later|sure|only))", re.I)
# Words that name no part of the offer a customer could turn down: taxes, surcharges and costs ("ohne Aufpreis",
# "sans TVA"), no change or trouble ("no problem", "kein Problem", "sin cambios"), time ("no rush", "sans délai").
_NOT_A_PART = {
    "vat", "gst", "tax", "taxe", "mwst", "ust", "tva", "iva", "igv", "ttc", "htva", "aufpreis", "zuschlag", "surcharge",
    "extra", "charge", "cost", "costs", "kosten", "frai", "frais", "coste", "costo", "cargo", "recargo", "problem",
    "problème", "problema", "rush", "eile", "hurry", "prisa", "change", "chang", "änderung", "cambio", "changement",
    "delay", "délai", "verzug", "demora", "retraso", "question", "frage", "pregunta", "doubt", "doute", "duda",
    "worry", "sorge", "idea", "worries", "thank", "thanks", "danke", "merci", "gracia", "gracias", "longer", "more",
    "mehr", "plus", "más", "later", "später", "tard", "call", "calls", "anruf", "appel", "llamada", "phone",
}

NOT_A_PART_STEMS = content(" ".join(_NOT_A_PART))


def validity_over(items: list[Item], last: dict, at) -> list[Item]:
    """The items with the rep's earlier lines that say how long the offer holds superseded, once the customer's newest
    email (at `at`) placed the order or signed (a yes still to be signed keeps the deadline); a line that also
    carries a sum keeps it (the price in force)."""
    if not (last.get("signed") or last.get("ordered")) or at is None:
        return items
    by = last.get("source", "")
    # "prices hold for anything ordered before 3 January": the terms of further orders, still in force
    return [replace(i, status="superseded", by=by) if i.status == "open" and i.direction in ("outbound", "note")
            and i.at < at and _VALID.search(i.quote) and not AMOUNT.search(i.quote)
            and not _FURTHER.search(i.quote) else i for i in items]


def _parts(text: str, finds) -> list[tuple[set[str], set[str]]]:
    """The parts `finds(clause, sentence)` matches in the text's statements, each as its content words with the other
    content words of its sentence; never a tax, a cost, a change or a time."""
    out = []
    for a, b in split_sentences(text or ""):
        sentence = text[a:b]
        if "?" in sentence or "¿" in sentence:
            continue
        for clause in re.split(r"[,;:(]", sentence):
            for m in finds(clause, sentence):
                words = content(m.group("x") or m.groupdict().get("y"))
                if words and not words & NOT_A_PART_STEMS:
                    out.append((words, content(sentence.replace(m.group(0), " ")) - words))
    return out


def declined_parts(text: str) -> list[tuple[set[str], set[str]]]:
    """The parts the ordering email turns down, each as its content words ({"mietservice"}, {"boot"}) with the other
    content words of its sentence; not in a question, and never a tax, a cost, a change or a time."""
    return _parts(text, lambda clause, _sentence: _DECLINE.finditer(clause.strip()))


def declined_over(items: list[Item], text: str, ordering: str, last: dict, at) -> list[Item]:
    """The items with the rep's earlier priced lines for a part the ordering email (`text`, its accepting sentence
    `ordering`) turns down superseded: the line names the part and shares no other word with what is ordered."""
    if not (last.get("signed") or last.get("ordered") or last.get("accepted")) or at is None:
        return items
    parts = declined_parts(text)
    if not parts:
        return items
    by = last.get("source", "")
    out = []
    for i in items:
        if i.status == "open" and i.direction in ("outbound", "note") and i.at < at and AMOUNT.search(i.quote):
            said = content(i.quote)
            if any(part & said and not (said - part) & (rest | content(ordering)) for part, rest in parts):
                i = replace(i, status="superseded", by=by)
        out.append(i)
    return out


# A part the customer leaves out of what they go ahead with, in any of their emails (blind readers marked drafts
# that still priced the option dropped weeks before the order): "we want the RW-300 without the top sheet", "we'll
# leave out the hoist", "den Deckelspender lassen wir weg", "wir verzichten auf die Schulung", "nous retenons B, sans
# le plancher", "on retire le bac", "queremos el equipo sin el kit", "dejamos fuera el curso". "Without" only beside a
# go-ahead word: "without them we cannot start" turns nothing down.
# The part named: up to three words, never running on past "and", "und", "et", "y" into the next thing said.
_PART = (r"(?P<x>[^\W\d_][\w-]*(?:\s+(?!(?:and|und|et|y|or|oder|ou|o|but|aber|mais|pero|for|für|pour|para)\b)"
         r"[^\W\d_][\w-]*){0,2})")
_ART = r"(?:the\s+|den\s+|die\s+|das\s+|dem\s+|la\s+|le\s+|les\s+|l'|el\s+|los\s+|las\s+)?"
_GO_AHEAD = re.compile(
    r"(?:'d like|would like)\b|\b(?:want|go(?:ing)? ahead|proceed|take|order|choose|go(?:ing)? with|approved?|signed|"
    r"nehmen|bestellen|wollen|möchten|starten|beauftragen|unterschrieben|"
    r"voulons|prenons|retenons|commandons|validons|signée?|"
    r"queremos|tomamos|pedimos|nos quedamos con|vamos con|aprobad[oa]|firmad[oa])\b", re.I)
_WITHOUT = re.compile(rf"\b(?:without|ohne|sans|sin)\s+{_ART}{_PART}", re.I)
_LEAVE_OUT = [re.compile(p, re.I) for p in (
    rf"\b(?:leave|leaving|take|taking)\s+out\s+{_ART}{_PART}", rf"\b(?:we'll|we will|let's)\s+(?:drop|skip)\s+{_ART}{_PART}",
    r"\b(?:den|die|das)\s+(?P<x>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s+lassen wir\s+(?:\w+\s+){0,3}weg\b",
    rf"\bverzichten\s+(?:wir\s+)?auf\s+{_ART}{_PART}",
    rf"\b(?:on retire|nous retirons|on enlève|nous enlevons|on laisse de côté)\s+{_ART}{_PART}",
    rf"\b(?:quitamos|dejamos fuera|prescindimos de|sacamos)\s+{_ART}{_PART}")]


def left_out_parts(text: str) -> list[tuple[set[str], set[str]]]:
    """The parts a customer's email leaves out of what they go ahead with, each as its content words with the other
    content words of its sentence; not in a question, never a tax, a cost, a change or a time."""
    def finds(clause, sentence):
        """A plain leave-out in the clause, and a bare "without X" only when the sentence goes ahead with something."""
        found = [m for p in _LEAVE_OUT for m in p.finditer(clause)]
        return found + list(_WITHOUT.finditer(clause)) if _GO_AHEAD.search(sentence) else found
    return _parts(text, finds)

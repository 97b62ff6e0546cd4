"""The rep's own later word overtaking an earlier line: a note recording the thing offered installed or delivered (the
offer that priced it is history), and a note's arrow revising the rep's own words ("Livraison fin janvier -> début
mars"). Read by narrowed."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.figures import priced_amounts
from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.drafting.words import ANY_MONTH
from followup.text.dates import alternation


def source_sentences(src: Source, cleaned: dict) -> list[str]:
    """A source's sentences, as the cleaned text splits them."""
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", cleaned.get((src.kind, src.id), "")) if s.strip()]


# The rep's record that the thing offered was put in or handed over: "Installed CU-40 on St Agnes 3 March",
# "Delivered the 6 benches", "Anlage montiert und in Betrieb genommen", "Presse livrée et installée", "Equipo instalado".
_PUT_IN = re.compile(
    # an event told, not a price's word ("AUD 97,200 supplied and installed", "USD 46.900 instalada"): the word opens
    # the note's sentence or clause, or follows who did it or "was"
    r"(?:^|[;:]\s*|\b(?:we|I|they|was|were|has been|have been|got|wir|haben|wurde|wurden|nous avons|j'ai|"
    r"a été|ont été|fue|fueron|quedó|quedaron|hemos|he)\s+)(?:(?:all|both|fully|today|heute|hoy|"
    r"aujourd'hui)\s+)?(?:installed|fitted|delivered|commissioned|handed over|set up|montiert|installiert|geliefert|ausgeliefert|"
    r"in betrieb genommen|übergeben|installée?s?|livrée?s?|posée?s?|mise? en service|instalad[oa]s?|entregad[oa]s?|"
    r"puest[oa]s? en marcha)\b(?!\s+(?:price|prices|preis|prix|precio|at|für|à|a|por|for)\b)", re.I)
# What is put in for a while only, the sale still open: a demo, a trial, a sample, a loan.
_ONLY_TRIED = re.compile(r"\b(?:demo|trial|samples?|loan|loaner|test|pilot|vorführ\w*|muster|probe\w*|leihgerät|essai|"
                         r"échantillons?|prêt|démo|prueba|muestras?|préstamo|piloto)\b", re.I)
# A model or part code that names one thing exactly ("CU-40", "PV-3", "R4").
_CODE = re.compile(r"\b[A-Z]{1,5}-?\d+[A-Za-z]?\b")


def put_in(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's offer, once a later note or email of theirs records the thing it offered installed or delivered ("The
    supplier has the CU-40 in stock ... The hire unit is £95 per week", then "Installed CU-40 ..."): every line of the
    email or note that offered it is done, its prices and days never said as current again."""
    done: dict[tuple[str, int], str] = {}
    for src in (s for s in ordered if s.direction in ("note", "outbound")):
        for sentence in source_sentences(src, cleaned):
            if not _PUT_IN.search(sentence.strip()) or _ONLY_TRIED.search(sentence) or sentence.rstrip().endswith("?"):
                continue
            codes = set(_CODE.findall(sentence))
            for item in items:
                if item.at < src.at and item.direction in ("outbound", "note") and item.kind in (
                        "term", "feature", "standing") and codes & set(_CODE.findall(item.quote)) \
                        and priced_amounts(" ".join(i.quote for i in items if (i.source_kind, i.source_id) == (
                            item.source_kind, item.source_id))):
                    done.setdefault((item.source_kind, item.source_id), f"{src.kind}:{src.id}")
    return [replace(i, status="past", by=done[(i.source_kind, i.source_id)])
            if i.status == "open" and (i.source_kind, i.source_id) in done and i.kind in ("term", "feature", "standing",
                                                                                           "commitment")
            and i.direction in ("outbound", "note") else i for i in items]


# A note's revision of what an earlier line says, old words before the arrow and new after: "Livraison fin janvier ->
# début mars, hangar en construction", "delivery week 12 -> week 15", "Lieferung KW 12 -> KW 15".
_ARROW = re.compile(r"(?:^|[.;,:]\s+)(?P<old>[^.;,:>→-][^.;,:>→]*?)\s*(?:->|→|=>)\s*(?P<new>[^.;,:>→]+?)\s*(?=[.;,]|$)")
# Month names in the four languages, a revised side says a day with.
_MONTHS = "(?:" + alternation(ANY_MONTH) + ")"
# Words the old side has at least, so it names one phrase of the line ("fin janvier" alone is a day anywhere).
MIN_ARROW_OLD_WORDS = 2
# Words the new side has at most: a short phrase put in place of the old, not a clause of its own.
MAX_ARROW_NEW_WORDS = 5


def arrow_revised(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's earlier lines said with a note's revision of their own words ("Avec étiqueteuse : 10 150 000 DA,
    livraison fin janvier." after "Livraison fin janvier -> début mars" says "livraison début mars")."""
    out = list(items)
    for src in (s for s in ordered if s.direction == "note"):
        for sentence in source_sentences(src, cleaned):
            for m in _ARROW.finditer(sentence):
                old, new = m.group("old").strip(), m.group("new").strip()
                if len(old.split()) < MIN_ARROW_OLD_WORDS or len(new.split()) > MAX_ARROW_NEW_WORDS \
                        or not re.search(r"\d|" + _MONTHS, new, re.I) or old.lower() == new.lower():
                    continue
                was = re.compile(rf"(?<!\w){re.escape(old)}(?!\w)", re.I)
                for n, item in enumerate(out):
                    if item.status == "open" and item.at < src.at and item.direction in ("outbound", "note") \
                            and item.kind in ("term", "standing", "feature") and len(was.findall(item.quote)) == 1:
                        def put(hit: re.Match, new=new, old=old) -> str:
                            # the line's own first word: "livraison début mars" (unless the new side says it)
                            first = old.split()[0]
                            said = new if new.split()[0].lower() == first.lower() else first + " " + new
                            return said if hit.group(0)[:1].isupper() else said[:1].lower() + said[1:]
                        out[n] = replace(item, quote=was.sub(put, item.quote),
                                         text=was.sub(put, item.text) if item.text else item.text)
    return out

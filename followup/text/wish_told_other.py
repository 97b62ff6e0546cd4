"""Opt-out words the writer said to a third party, not to the rep: "Told the other supplier to stop calling me",
"Ich habe dem anderen Lieferanten gesagt, dass er mich nicht mehr anrufen soll", "J'ai dit à l'autre fournisseur de ne
plus m'appeler", "Le dije al otro proveedor que no me llame más", "Ho detto all'altro fornitore di non chiamarmi più",
"Disse ao outro fornecedor para não me ligar mais", "Ik heb de andere leverancier gezegd dat ze niet meer moeten bellen".

Decision: only an addressee marked as someone else (the other / another / our old or previous supplier, a competitor)
counts; "I told your colleague", "I told them" and "I told you" stay opt-outs (they may be the rep's own people)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

# a third party named as such: "the other supplier", "another company", "our old vendor", "a competitor"
_OTHER = re.compile(
    r"\b(?:(?:the|our|my)\s+(?:other|old|previous|former|last|current|existing|usual)|another)\s+[\w-]+|"
    r"\b(?:a|the|our)\s+competitors?\b|\bthe\s+competition\b|"
    r"\b(?:dem|den|der|unserem|unserer|unseren|meinem|meiner|einem|einer)\s+(?:anderen|alten|bisherigen|fr[üu]heren|"
    r"vorigen)\s+[\w-]+|\bder\s+Konkurrenz\b|\bdem\s+(?:Konkurrenten|Mitbewerber)\b|"
    r"\b(?:à\s+l['’]autre|aux\s+autres|à\s+une?\s+autre|à\s+(?:notre|mon|ma)\s+(?:ancien(?:ne)?|autre|pr[ée]c[ée]dent(?:e)?))"
    r"\s+[\w-]+|\bà\s+la\s+concurrence\b|\bau\s+concurrent\b|"
    r"\b(?:al|a\s+la|a)\s+otr[oa]\s+[\w-]+|\ba\s+(?:nuestr[oa]|mi)\s+(?:antigu[oa]|anterior|otr[oa])\s+[\w-]+|"
    r"\ba\s+la\s+competencia\b|"
    r"\b(?:all['’]altr[oa]|agli\s+altri|alle\s+altre|ad?\s+un['’]?\s*altr[oa]|al\s+(?:nostro|mio)\s+(?:vecchio|precedente|"
    r"ex)|alla\s+(?:nostra|mia)\s+(?:vecchia|precedente|ex))\s+[\w-]+|\balla\s+concorrenza\b|"
    r"\b(?:ao\s+outro|à\s+outra|aos\s+outros|a\s+outr[oa]|ao\s+(?:nosso|meu)\s+(?:antigo|anterior)|à\s+(?:nossa|minha)\s+"
    r"(?:antiga|anterior))\s+[\w-]+|\bà\s+concorr[êe]ncia\b|"
    r"\b(?:(?:tegen\s+)?(?:de|het)\s+(?:andere|vorige|oude)|een\s+andere|(?:onze|ons|mijn)\s+(?:oude|vorige|andere))\s+"
    r"[\w-]+|\bde\s+concurren(?:t|tie)\b", re.I)
# a telling or asking verb, the writer's or anyone's ("told", "gesagt", "dit", "dije", "detto", "disse", "gezegd")
_TOLD = re.compile(
    r"\b(?:told|asked|instructed|informed|warned|said\s+to|wrote\s+to|written\s+to|emailed)\b|"
    r"\b(?:gesagt|gebeten|aufgefordert|mitgeteilt|geschrieben|sagte|bat|schrieb)\b|"
    r"\b(?:dit|demand[ée]|pri[ée]|[ée]crit|signal[ée])\b|"
    r"\b(?:dije|dijimos|dijo|ped[íi]|pedimos|pidi[óo]|dicho|pedido|escrib[íi]|escrito)\b|"
    r"\b(?:detto|chiesto|scritto|comunicato|pregato)\b|"
    r"\b(?:disse|dissemos|pedi|pedimos|pediu|dito|pedido|escrevi|escrevemos)\b|"
    r"\b(?:gezegd|gevraagd|verteld|gemaild|geschreven|zei|vroeg|laten\s+weten)\b", re.I)
# the rep as the one addressed: then the words are the rep's to keep, whatever else the clause holds
# (the German and Italian polite forms by their capital: "sie" and "lei" are "they" and "she")
_REP = re.compile(r"\b(?:Sie|Ihnen|Ihre[mnr]?|Lei|(?i:you|your|y['’]all|vous|votre|vos|usted(?:es)?|voi|vostr[oaie]|"
                  r"voc[êe]s?|vosso|vossa|u|uw|jullie))\b")
# the words a frame may stand before the opt-out words by: one clause at most (no sentence break)
FRAME_REACH_CHARS = 90
_BREAK = re.compile(r"[.;:!?]")


def told_someone_else(sentence: str, quote: str) -> bool:
    """Whether the opt-out words ``quote`` in ``sentence`` are what someone told a third party named as such."""
    at = sentence.find(quote)
    if at < 0:
        return False
    before = sentence[max(0, at - FRAME_REACH_CHARS): at]
    before = before[max((m.end() for m in _BREAK.finditer(before)), default=0):]
    other, told = _OTHER.search(before), _TOLD.search(before)
    return other is not None and told is not None and not _REP.search(before)



def told_only_someone_else(sentence: str) -> bool:
    """Whether the opt-out the rules read in ``sentence`` is words told a third party (so no possible one either)."""
    from followup.text.wish_optout import do_not_contact

    read = do_not_contact(sentence, 0, sentence)
    return read is not None and told_someone_else(sentence, read.quote)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

"""The deal gone elsewhere, read as a certain pause: the customer's side chose someone other than the rep, said as a
choosing verb x an other party ("we went with a competitor", "we've signed with another carrier for the next two
years", "the contract has been awarded to another supplier", "nous avons choisi un autre prestataire", "abbiamo scelto
un altro fornitore", "we zijn met een andere leverancier in zee gegaan", "vi har valgt en anden leverandør"). Whoever
the other is (a distributor, a venue, a local guy, "the other mob"), the rep's offer is off for now; a part bought
elsewhere with the rest still wanted, someone else's choice and a choice made before are not (followup.text.wish_pause).
"""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import english
from followup.text.wish_hold import CHOSE_OTHER, NOT_OURS, STILL

# a choosing verb of the customer's side (English), its preposition after it: "went with", "ended up going with",
# "signed (up) with", "chose", "opted for", "awarded the 2027 contract to", texted "went w" (not "went to another
# company": a person who moved on)
_CHOOSE_EN = (r"(?:(?:went|gone|going|ended\s+up\s+going|decided(?:\s+to\s+go)?|settled|opted|signed(?:\s+up)?)\s+"
              r"(?:with|w|for|on)\s+|(?:picked|chose|chosen|selected)\s+(?:to\s+go\s+with\s+)?|"
              r"award(?:ed|ing)\s+(?:it|the\s+(?:[\w-]+\s+){0,2}?(?:contract|work|tender|job|lot\s+\d+))\s+to\s+|"
              r"(?:has|have|was|were)\s+(?:now\s+)?been\s+awarded\s+to\s+)")
# the other party: a competitor, or "another / a different / the other / a local ..." party (a supplier of any trade:
# "another carrier", "a local installer", "the other mob"; not a product of the rep's: "a different colour")
_PARTY = (r"(?:supplier|vendor|provider|company|firm|broker|lender|agency|contractor|partner|bank|insurer|distributor|"
          r"carrier|publication|venue|installer|roaster|outfit|crowd|mob|guy|bloke|team|shop|business|manufacturer|"
          r"service|studio|printer|caterer|builder|operator|consultan(?:cy|t)|integrator|wholesaler|dealer|merchant|"
          r"agent|house|firm|group|brand|bidder|tenderer|haulier|courier|forwarder|landscaper|cleaner|laundry|"
          r"maker|producer|reseller)s?")
_OTHER_EN = (r"(?:(?:a|one\s+of\s+(?:your|the|their))\s+(?:\w+\s+)?competitors?|"
             r"(?:another|a\s+different|the\s+other|a\s+next|an\s+other|an\s+alternative|a\s+local|a\s+cheaper|"
             r"a\s+rival|a\s+competing|an\s+existing|the\s+incumbent)\s+(?:[\w-]+\s+){0,2}?" + _PARTY + r")\b")
_ELSEWHERE_EN = re.compile(rf"\b{_CHOOSE_EN}{_OTHER_EN}", re.I)
# the same abroad (wish_hold's choosing verb x "another" x a supplier word, seven languages and Scandinavian) and the
# verb-last German "für einen anderen Anbieter entschieden", the Dutch idiom "met een andere leverancier in zee gaan",
# the Portuguese "fechamos com outro fornecedor"
# (a party, not an offer: "abbiamo scelto un'altra offerta" may be the rep's own)
_PARTY_ABROAD = re.compile(r"\b(?:anbieter\w*|lieferant\w*|dienstleister\w*|firma|prestataire|fournisseur|soci[ée]t[ée]|"
                           r"entreprise|proveedor\w*|empresa|fornitor\w*|azienda|ditta|fornecedor\w*|leverancier|bedrijf|"
                           r"aanbieder|leverand[øo]r|leverant[öo]r|traiteur|agence|agencia|agenzia|ag[êe]ncia|bureau|"
                           r"installateur|instalador\w*|installator\w*)\b", re.I)
# ... and a contract signed with another party, in the six languages ("abbiamo firmato con un'altra società", "nous
# avons signé avec un autre fournisseur", "hemos firmado con otra empresa", "assinamos com outra empresa", "wir haben
# mit einem anderen Anbieter abgeschlossen", "we hebben bij een andere leverancier getekend"), as English "signed with"
_SIGNED = (r"(?:firmat[oaie]|sottoscritt[oaie]|chius[oaie]|firmad[oa]s?|cerrad[oa]s?|sign[ée]e?s?|conclu|"
           r"unterschrieben|abgeschlossen|getekend|afgesloten|assinad[oa]s?|assinamos|fechad[oa]s?|fechamos|fechámos)")
_WITH_OTHER = (r"(?:con|avec|mit|bei|met|bij|com)\s+(?:un['\u2019]\s*altr[ao]|un\s+altro|otr[ao]|une?\s+autre|einem\s+anderen|"
               r"einer\s+anderen|een\s+andere?|outr[ao]|la\s+concorrenza|la\s+competencia|la\s+concurrence|"
               r"der\s+Konkurrenz|de\s+concurrent\w*|a\s+concorr[êe]ncia)\b")
_ELSEWHERE_ABROAD = re.compile(r"\bf[üu]r\s+(?:einen|eine|ein)\s+andere[nr]?\s+\w+\s+entschieden\b|"
                               r"\bmet\s+een\s+andere?\s+\w+\s+in\s+zee\b|\bfech(?:amos|ámos|ado)\s+com\s+outr[oa]\b|"
                               rf"\b{_SIGNED}\s+(?:\w+\s+){{0,3}}?{_WITH_OTHER}|"
                               rf"\b{_WITH_OTHER}\s+(?:\w+\s+){{0,3}}?{_SIGNED}\b", re.I)
# not a choice of now: one made before ("last year we went with another vendor and regretted it"), a wish or a question
_NOT_NOW = re.compile(r"\b(?:last|previous|that)\s+(?:year|time|season|round)\b|\bin\s+the\s+past\b|\bpreviously\b|"
                      r"\boriginally\b|\binitially\b|\bused\s+to\b|\bat\s+first\b|\bbefore\s+we\b|\bmight\b|\bmay\b|"
                      r"\bmaybe\b|\bif\b|\bwhether\b|\bconsidering\b|\bthinking\s+(?:of|about)\b|\bwon'?t\b|\bnot\b|"
                      r"\bnever\b|\?", re.I)


def went_elsewhere(sentence: str) -> bool:
    """Whether a sentence says the customer's side chose another supplier (now, for themselves, for the whole deal)."""
    # (the choice first: its patterns skip a sentence without their words, the guards have no such test and most
    # sentences hold no choice at all)
    chose = (_ELSEWHERE_EN.search(sentence) or _ELSEWHERE_ABROAD.search(sentence)
             or (not english(sentence) and CHOSE_OTHER.search(sentence) and _PARTY_ABROAD.search(sentence)))
    return bool(chose) and not (NOT_OURS.search(sentence) or STILL.search(sentence) or _NOT_NOW.search(sentence))


def may_go_elsewhere(text: str) -> bool:
    """Whether a whole text may hold a choice of another supplier (the cheap test before its sentences are read)."""
    return bool(_ELSEWHERE_EN.search(text) or _ELSEWHERE_ABROAD.search(text) or CHOSE_OTHER.search(text))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

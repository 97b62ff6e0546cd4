"""What an older offer of the rep's still holds once a later price or count replaced it: the newer figure replaces
only what it changes, so the old offer's terms that nothing later touches (delivery, warranty, what is included,
payment) stay in force and are said again ("My earlier offer still includes delivery to San-Pédro before mid-October").
en/de/fr/es."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.figures import AMOUNT as _CODE_AMOUNT
from followup.drafting.fragments import AMOUNT
from followup.drafting.items import Item
from followup.drafting.past import all_past
from followup.drafting.sentences import Source
from followup.drafting.words import content
from followup.text.dates import month_prefixes

# Clauses of older offers said again, at most.
MAX_STANDING = 2


# A clause said again is this short at most (longer, it would copy the old email word for word).
STANDING_WORDS = 8


# Fewer content words than this ("annual") say too little to stand alone.
MIN_STANDING_WORDS = 2


# Share of a clause's content words a later email of the rep's says again: it restated that part already.
RESTATED_SHARE = 0.6


# The kinds of terms that outlive a new price or count: delivery and lead time, warranty, what is included, payment,
# a grant the offer qualifies for, and what the offer comes "with".
_LASTING = re.compile(
    r"^(?:with|including|plus|con|incluye|mit|inklusive|inkl\.|samt|avec|y con)\b|"
    r"\b(?:deliver\w*|lead time|shipping|warrant\w*|guarantee\w*|includ\w*|no extra charge|at no charge|free of charge|"
    r"payment|deposit|net \d+ days|install\w*|training|eligib\w*|éligib\w*|förderfähig\w*|elegib\w*|"
    r"liefer\w*|geliefert|garantie|gewährleistung|inklusive|inkl\.|enthalten|inbegriffen|kostenlos|zahlung|anzahlung|"
    r"schulung|montage|aufstellung|"
    r"livr\w*|délai|garanti\w*|inclu\w*|compris\w*|gratuit\w*|paiement|acompte|formation|pose|"
    r"entreg\w*|plazo|garantía|incluid\w*|incluy\w*|sin costo|sin cargo|gratis|pago|anticipo|capacitación|"
    r"instalaci\w*|en tiempo real)\b", re.I)


# A later sentence that changes or drops a part of the offer ("without the cornices", "eingeschossig statt
# zweigeschossig", "sin el bejmat"): a clause sharing its words is not in force as it was.
_CHANGE = re.compile(r"\b(?:instead|rather|without|no longer|not|only|drop\w*|remov\w*|skip\w*|except|"
                     r"statt|anstatt|ohne|nicht|nur|kein\w*|weg|entfällt|"
                     r"au lieu|sans|plus de|seulement|pas|sauf|retir\w*|"
                     r"en lugar|en vez|sin|solo|sólo|ya no|quitar|excepto)\b", re.I)


# A later source that offers another thing in the old offer's place ("Alternative: 6 x ID.3 Lagerfahrzeuge", "as an
# alternative", "en alternative", "otra opción"): the old offer is gone whole, none of its terms stands.
_ALTERNATIVE = re.compile(r"\b(?:alternatives?|alternatively|alternativ\w*|another option|other option|andere option|"
                          r"autre option|otra opción|otra alternativa)\b", re.I)


# A figure with its unit ("500 GB", "3 weeks", "12 Mobilheime"): changed when a later source gives that unit another
# figure.
_COUNTED = re.compile(r"(\d[\d.,']*)\s*([^\W\d_]{2,})")


# What a lasting term is not: a question, a sentence of its own ("it's three compressors", "lead time is 3-4 weeks":
# "still includes" needs a noun phrase, a finite verb makes the clause a sentence), a count in words (the
# count is what changes), a day of the month (the day rules say those).
_NOT_A_TERM = re.compile(r"\?|\b(?:it's|it is|that's|there's|we|I|we're|is|are|will|es|son|está|están|será|ist|sind|wird|beträgt|"
                         r"c'est|est|sont|sera)\b|"
                         r"\b(?:one|two|three|four|five|six|ein\w?|zwei|drei|vier|fünf|un|une|deux|trois|quatre|"
                         r"cinq|uno|una|dos|tres|cuatro|cinco)\b|"
                         rf"\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{month_prefixes('en', 'de', 'fr', 'es')})|"
                         rf"\b(?:{month_prefixes('en')})\s+\d{{1,2}}\b", re.I)


def _clauses(quote: str) -> list[str]:
    """The clauses of an offer sentence, split at commas, semicolons, colons and dashes."""
    parts = re.split(r"(?<!\d),\s+|,\s+(?=[^\d])|;\s*|:\s+|\s+[–—-]\s+", quote.strip().rstrip(".!"))
    return [re.sub(r"^(?:and|und|et|y|e)\s+", "", p.strip(), flags=re.I) for p in parts if p.strip()]


def _changed(clause: str, later: Sequence[str]) -> bool:
    """Whether a later sentence changes the clause: gives its unit another figure while speaking of the same thing
    ("3 weeks" -> "2 weeks"; "300 GB" of migration leaves "500 GB hosting" alone), counts one of its things anew,
    or changes or drops something it names."""
    sentences = [s for t in later for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s.strip()]
    numbers = set(re.findall(r"\d[\d.,']*", clause))
    things = {w for w in content(clause) if len(w) >= 4} - _GENERIC
    for number, unit in _COUNTED.findall(clause):
        others = things - content(unit)
        for s in sentences:
            if re.search(rf"\d[\d.,']*\s*{re.escape(unit)}\b", s, re.I) and not re.search(
                    rf"(?<![\d.,']){re.escape(number)}\s*{re.escape(unit)}\b", s, re.I) \
                    and (not others or others & content(s)):
                return True
    for s in sentences:
        if things & content(s) and (_CHANGE.search(s) or (numbers and set(re.findall(r"\d[\d.,']*", s)) - numbers)):
            return True
    if _WHERE.match(clause) and not _ON_SITE.search(clause) and any(_ELSEWHERE.search(s) for s in sentences):
        return True  # "in our Tai Seng training rooms", then "could you run it on-site at our Tuas warehouse?"
    # "delivered to Sanur harbour", then "boat transport from Sanur to Toyapakeh": the place it went to is now a stop
    places = set(re.findall(r"(?<=\s)[A-ZÄÖÜÉ][\w-]{2,}", " " + clause.split(" ", 1)[-1]))
    return any(m.group("place") in places for s in sentences for m in _ONWARD.finditer(s))


# Where the offer takes place, said as the clause's start: "in our training rooms", "at our Leeds office", "in unseren
# Räumen", "dans nos locaux", "en nuestras oficinas".
_WHERE = re.compile(r"^(?:in|at|im|in unseren?|bei uns|dans|chez|à|en)\s+(?:our|the|unser\w*|nos|notre|nuestr\w*)\b",
                    re.I)
# A later word that takes it to the customer's place instead: on site, in-house, at their premises, "vor Ort", "bei
# Ihnen", "sur place", "chez vous", "en sus instalaciones".
_ELSEWHERE = re.compile(r"\b(?:on-?site|on site|in-house|at (?:our|your) (?:\w+\s+){0,2}?(?:office|offices|premises|site|"
                        r"warehouse|plant|factory|building|store|shop)|vor Ort|bei (?:uns|Ihnen) (?:im|in der|vor)|"
                        r"inhouse|in unserem (?:Haus|Betrieb|Werk|Büro)|sur place|sur site|chez (?:nous|vous)|"
                        r"dans (?:nos|vos) locaux|en (?:nuestras|sus) (?:oficinas|instalaciones)|in situ|"
                        r"en (?:nuestra|su) (?:sede|planta|oficina|bodega|fábrica))\b", re.I)


# The offer held at the customer's place already ("on-site", "vor Ort", "sur place", "en sus instalaciones").
_ON_SITE = re.compile(r"\b(?:on-?site|on site|in-house|at your|vor Ort|bei Ihnen|sur place|sur site|chez vous|in situ|"
                      r"en sus instalaciones)\b", re.I)


# A leg that starts where an older term ended: "from Sanur to Toyapakeh", "von Hamburg nach Kiel", "de Dakar à Thiès",
# "desde Arica hasta La Paz".
_ONWARD = re.compile(r"\b(?:from|von|ab|de|depuis|desde|del?)\s+(?P<place>[A-ZÄÖÜÉ][\w-]{2,})\s+(?:\w+\s+)?"
                     r"(?:to|nach|bis|à|au|jusqu'à|a|al|hasta)\s+[A-ZÄÖÜÉ]")


# Words any offer's clause shares with any other ("included", "price"): no sign that both speak of one thing.
_GENERIC = content("included including includes inclusive inklusive enthalten inclus incluse inclusa incluidos "
                   "incluido incluida incluidas free price total offer angebot offre oferta")


# A newer offer of the rep's that refers back to the older one ("the same kit", "Rest unverändert", "mismas
# condiciones"): what the older one counted and the newer one does not change still stands.
_SAME = re.compile(r"\b(?:same|as before|unchanged|everything else|gleiche[nrs]?|unverändert|sonst|même|mêmes|"
                   r"inchangée?s?|le reste|mismo|misma|mismos|mismas|como antes|el resto)\b", re.I)


# A clause of what the offer leaves out ("not including ductwork", "ohne Montage", "hors transport", "sin
# instalación"): "My earlier offer still includes" would say the opposite of it.
_LEFT_OUT = re.compile(r"^(?:not\s+(?:including|included)|excluding|excl\.?|without|ohne|exkl\.?|exklusive|zzgl\.?|"
                       r"nicht\s+(?:inbegriffen|enthalten)|hors|sans|non\s+compris|sin|excluido|excluyendo|no\s+incluye)\b",
                       re.I)


def standing_terms(items: list[Item], ordered: Sequence[Source], cleaned: dict, today) -> list[Item]:
    """For each offer of the rep's emails that a later figure replaced, its clauses still in force, as open points of
    kind "standing" (their text the clause, their quote the old sentence)."""
    out: list[Item] = []
    for item in items:
        if item.kind != "term" or item.direction != "outbound" or item.source_kind != "message" \
                or item.status != "superseded" or item.internal:
            continue
        if any(f"{s.kind}:{s.id}" == item.by and _ALTERNATIVE.search(cleaned[(s.kind, s.id)]) for s in ordered):
            continue
        later = [cleaned[(s.kind, s.id)] for s in ordered if s.at > item.at]
        rep_later = [cleaned[(s.kind, s.id)] for s in ordered if s.at > item.at and s.direction != "inbound"]
        referred = any(_SAME.search(t) for t in rep_later)
        for clause in _clauses(item.quote):
            words = content(clause)
            if not (MIN_STANDING_WORDS <= len(words) and len(clause.split()) <= STANDING_WORDS) \
                    or not (_LASTING.search(clause) or (referred and re.search(r"\d", clause))) \
                    or AMOUNT.search(clause) or _CODE_AMOUNT.search(clause) \
                    or _NOT_A_TERM.search(clause) or _LEFT_OUT.match(clause) or clause.count("(") != clause.count(")"):
                continue
            if all_past(clause, item.at.date(), today) or _changed(clause, later):
                continue
            if rep_later and len(words & content(" ".join(rep_later))) >= RESTATED_SHARE * len(words):
                continue  # the newer offer says it again
            if any(clause.lower() == o.text.lower() for o in out):
                continue
            out.append(Item(kind="standing", text=clause, quote=item.quote, source_kind=item.source_kind,
                            source_id=item.source_id, at=item.at, direction="outbound"))
    return out[-MAX_STANDING:]

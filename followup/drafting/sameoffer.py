"""A term's second figure kept with its first: "390 € netto pro Haus, ab 10 Häusern 5 % Nachlass" is one offer, and
the sentence made of its first figure alone ("Der Preis beträgt 390 € netto pro Haus.") loses the discount."""
from __future__ import annotations

import re
from collections.abc import Callable

from followup.drafting.fragments import fragment
from followup.drafting.moneyforms import MONEY_RE
from followup.drafting.wellformed import OFFERED
from followup.text.dates import FOREIGN_WEEKDAYS, WEEKDAYS

# A later part of the clause is said after the first sentence's figure only up to this many words: a longer one
# would paste the note or email back rather than restate a term.
MAX_KEPT_PART_WORDS = 9


# A part that is a sum the note worked out ("soit 6 180 000 FCFA pour 6", "also etwa N$ 816.000"): its count may have
# changed since, so it is said only as the figures stand (wellformed.sentence refuses it alone for the same reason).
_WORKED_SUM = re.compile(r"^(?:also|so|soit|donc|d\.h\.|i\.e\.|es decir|that is|=)\s", re.I)


# A part with a subject of its own ("you want 3", "der Vorstand unterschreibt ..."): another statement, not a term of
# the same offer.
_OWN_SUBJECT = re.compile(r"^(?:you|we|they|he|she|i|sie|wir|er|ich|vous|nous|ils?|elles?|je|usted(?:es)?|nosotros|"
                          r"ellos?|ellas?|yo|(?:der|die|das|le|la|les|el|los|las|the)\s+\w+\s+[a-zäöüéèà]+(?:t|en|s|e|n)"
                          r"\s+(?:am|an|on|le|el|the|bis|until|by|jusqu)\b)\b", re.I)


# A part with a label of its own ("1,500 m rolls: EUR 14.20 per roll"): another note line run in, not a term of the
# first one's offer. A clock's "9:30" is no label.
_LABEL = re.compile(r"(?<!\d)\s?:\s")


def _figures(text: str) -> set[str]:
    """Each figure of a text with the word after it, without separators ("4,600 each" -> "4600 each", "15. März" ->
    "15 märz"): "3 Wochen" is not told by "3 Tage"."""
    return {re.sub(r"[.,'’\u202f ]", "", m.group(1)) + " " + m.group(2).lower()
            for m in re.finditer(r"(\d(?:[\d.,'’\u202f]*\d)?)\.?\s?([^\W\d_]*)", text)}


def _thing(part: str) -> str:
    """What a part counts, without its figures ("4 mo free" -> "mo free")."""
    return " ".join(re.sub(r"[\d.,'’$€£%/]+", " ", part.lower()).split())


def _times_said(part: str, first: str) -> bool:
    """Whether a part is a count times a price ("2 x CAD 11,800") whose count and price the sentence says already
    ("2 hoods at CAD 11,800 each")."""
    if not re.match(r"\s*\d+\s*[x×]\s", part):
        return False
    digits = {re.sub(r"\D", "", n) for n in re.findall(r"\d[\d.,'’\u202f]*", part)}
    return digits <= {re.sub(r"\D", "", n) for n in re.findall(r"\d[\d.,'’\u202f]*", first)}


def _in_date(before: str) -> bool:
    """Whether the comma after this part sits inside a date ("Start Montag, 11. Januar")."""
    words = before.lower().split()
    return bool(words) and words[-1].strip(".") in {*WEEKDAYS, *FOREIGN_WEEKDAYS}


def with_same_offer(first: str, clause: str, others: list[str], say: Callable[[str, str], str], language: str,
                    later: list[str] = ()) -> str:
    """The first sentence of a term's clause with each later comma part that holds a figure the sentence drops and
    that says no sentence of its own ("burying and lime mortar GEL 900 each" said, "Lieferung in 3 Wochen" not)
    added after it, as the clause had it; `first` as it is when nothing was dropped. A part that a `later` clause
    counts anew ("4 mo free", later "5 mo free") is out of force and never added."""
    if not first:
        return first
    told = _figures(" ".join([first, *others]))
    recounted = {_thing(p) for c in later for p in re.split(r",(?!\d)\s*", c) if re.search(r"\d", p)}
    parts = re.split(r",(?!\d)\s*", clause)
    kept = [p.strip(" .;") for n, p in enumerate(parts) if n and re.search(r"\d", p)
            and not _figures(p) <= told and len(p.split()) <= MAX_KEPT_PART_WORDS and not _in_date(parts[n - 1])
            and not _WORKED_SUM.match(p) and not _OWN_SUBJECT.match(p) and not _times_said(p, first)
            and not _LABEL.search(p) and _thing(p) not in recounted
            and not say(p, language) and not fragment(p) and not OFFERED.match(p) and not MONEY_RE.fullmatch(p.strip(" ."))]
    if not kept:
        return first
    return first.rstrip(" .") + "".join(f", {p}" for p in kept) + "."

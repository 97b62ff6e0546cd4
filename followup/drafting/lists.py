"""A customer's listed conditions or requirements (a bulleted or numbered list in their newest email) said back as
points the rep has noted, not dropped ("I've taken your points on board: screens in 3 mm and 5 mm for each mill, one mill
at a time and a warranty period in writing.").

A list point is usually a noun phrase or a sentence about a third thing, which the restating of "we"/"our" leaves
alone; here each point is said as written with the customer's own words turned to the rep's side ("our mill" ->
"your mill", "your workshop" -> "our workshop"), its reason clause left off ("..., because we cannot stop all
production"). A point that asks something is a question (an answer slot), and a point still in the first person
after turning ("we cannot") is left out rather than said wrongly.
"""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.sentences import Source

_MARKER = re.compile(r"^\s*(?:[-•*–·▪]|\d{1,2}[.)])\s+(?P<point>\S.*)$")
# At least this many points in a row make a list.
MIN_POINTS = 2
# A point longer than this (after its reason is left off) is a paragraph, not a point.
MAX_POINT_WORDS = 16
# The reason or aside after a point: left off ("..., weil der Kro bis Weihnachten ausgebucht ist").
# An aside after a comma with a subject of its own ("..., the road closes with snow after"): left off too.
_ASIDE = re.compile(r",\s+(?:the|a|our|we|it|they|he|she|this|there|le|la|les|il|elle|on|nous|ce|el|los|las|ella|"
                    r"der|die|das|es|wir|er|sie)\s+\S.*$", re.I)
_REASON = re.compile(r"\s*(?:[,;(]\s*|\s+)(?:because|as|since|so that|so|weil|da|denn|damit|car|parce que|"
                     r"puisque|porque|ya que|pues)\b.*$|\s*\([^()]*\)\s*$", re.I)
# Each language's customer-side and rep-side words, swapped at once.
_SWAP = {
    "en": {"our": "your", "my": "your", "us": "you", "ours": "yours", "your": "our", "yours": "ours", "you": "we"},
    "de": {"unser": "Ihr", "unsere": "Ihre", "unseren": "Ihren", "unserem": "Ihrem", "unserer": "Ihrer",
           "unseres": "Ihres", "mein": "Ihr", "meine": "Ihre", "meinen": "Ihren", "meinem": "Ihrem", "meiner": "Ihrer"},
    "fr": {"notre": "votre", "nos": "vos", "mon": "votre", "ma": "votre", "mes": "vos"},
    "es": {"nuestro": "su", "nuestra": "su", "nuestros": "sus", "nuestras": "sus", "mi": "su", "mis": "sus"},
}
# Words that still speak as the customer (or to the rep, where no swap is known): the point is left out.
_FIRST_PERSON = {
    "en": re.compile(r"\b(?:we|I|we're|we'll|I'm|you're|me)\b", re.I),
    "de": re.compile(r"\b(?:wir|ich|uns|mir|mich)\b|(?<!^)\b(?:Sie|Ihnen)\b"),
    "fr": re.compile(r"\b(?:nous|je|j'|me|moi|vous|votre|vos)\b", re.I),
    "es": re.compile(r"\b(?:nosotros|yo|nos|me|usted|ustedes|vuestr\w*|tu|tus)\b|"
                     r"^(?:\w+\s+)?\w{3,}(?:amos|emos|imos)\b", re.I),  # "necesitamos", "queremos": no pronoun
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _point(text: str, language: str) -> str:
    """One list point said from the rep's side, or "" when it cannot be said safely."""
    point = _ASIDE.sub("", _REASON.sub("", text.strip())).rstrip(" ,;.:")
    if not point or point.endswith("?") or "?" in point or len(point.split()) > MAX_POINT_WORDS:
        return ""
    table = _SWAP.get(language, {})
    turned = _WORD.sub(lambda m: table.get(m.group(0).lower(), m.group(0)), point)
    if _FIRST_PERSON[language].search(_WORD.sub(lambda m: "" if m.group(0).lower() in table else m.group(0), point)):
        return ""
    first = turned.split()[0]
    if language != "de" and first[:1].isupper() and first[1:].islower():
        return turned[:1].lower() + turned[1:]  # mid-sentence now: "The old lamps" -> "the old lamps"
    return turned


def listed_points(sources: Sequence[Source], items: Sequence[Item], language: str) -> list[Item]:
    """The points of a list in the customer's newest email, where it is newer than the rep's last one, that no
    other item says already, each as a "listed" item."""
    if language not in _SWAP:
        return []
    inbound = [s for s in sources if s.kind == "message" and s.direction == "inbound"]
    if not inbound:
        return []
    newest = max(inbound, key=lambda s: s.at)
    if any(s.direction == "outbound" and s.at > newest.at for s in sources):
        return []  # the rep has written since: the list is answered there
    runs: list[list[str]] = [[]]
    for line in (newest.text or "").splitlines():
        m = _MARKER.match(line)
        if m:
            runs[-1].append(m.group("point").strip())
        elif line.strip():
            runs.append([])
    said = [i.quote for i in items if i.text and i.source_id == newest.id and i.source_kind == newest.kind]
    out: list[Item] = []
    for run in (r for r in runs if len(r) >= MIN_POINTS):
        for point in run:
            core = point.rstrip(" ,;.")
            if any(core in q or q.rstrip(" ,;.") in core for q in said):
                continue  # said already, as the customer's own sentence turned to them
            text = _point(point, language)
            if text:
                out.append(Item(kind="listed", text=text, quote=core, source_kind=newest.kind, source_id=newest.id,
                                at=newest.at, direction="inbound"))
    return out

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
from dataclasses import replace
from typing import Sequence

from followup.drafting.infowanted import info_wanted
from followup.drafting.items import Item
from followup.drafting.owed import names_document
from followup.drafting.relayed import asked_indirectly
from followup.drafting.sentences import Source, asks_unmarked_want
from followup.drafting.words import content

_MARKER = re.compile(r"^\s*(?:[-•*–·▪]|\d{1,2}[.)])\s+(?P<point>\S.*)$")
# At least this many points in a row make a list.
MIN_POINTS = 2
# A lead with a subject of the customer's own says what the points are for ("We'd like to interview:", "wir möchten:",
# "nous voulons :", "queremos:"): the sentence is said whole.
_SUBJECT = re.compile(r"\b(?:we|I|we'd|we'll|we're|I'd|I'll|wir|ich|nous|je|on|nosotros|yo)\b|\bj'|"
                      r"\b[^\W\d_]{2,}(?:amos|emos|imos)\b", re.I)
# Words of a lead before a list ("Our games:", "Dazu noch ein paar Wünsche:") at most.
MAX_LEAD_WORDS = 6
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
    # "to know whether the shade sail can be done in green" under "we need:": a question, slotted; asked whole too,
    # since the aside cut leaves only the asker of "Mr. Lee, our safety lead, asks whether ..."
    if any(asks_unmarked_want(t) or asked_indirectly(t, language) for t in (point, text.strip())):
        return ""
    table = _SWAP.get(language, {})
    turned = _WORD.sub(lambda m: table.get(m.group(0).lower(), m.group(0)), point)
    if _FIRST_PERSON[language].search(_WORD.sub(lambda m: "" if m.group(0).lower() in table else m.group(0), point)):
        return ""
    first = turned.split()[0]
    # a word before a figure or a capital names something ("Round 6", "Eilidh Grant"): it keeps its capital
    if language != "de" and first[:1].isupper() and first[1:].islower() and not re.match(r"\S+\s+(?:\d|[A-ZÀ-Ý])", turned):
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
    leads = [""]  # the line before each run ("Please send:"): what the points are asked for
    for line in (newest.text or "").splitlines():
        m = _MARKER.match(line)
        if m:
            runs[-1].append(m.group("point").strip())
        elif line.strip():
            runs.append([])
            leads.append(line.strip())
    mine = [i for i in items if i.text and i.source_id == newest.id and i.source_kind == newest.kind]
    out: list[Item] = []
    for run, lead in ((r, lead) for r, lead in zip(runs, leads) if len(r) >= MIN_POINTS):
        # a sentence that is only the list's lead and its points joined ("Our games: Round 6, Round 9 and ...") says
        # no point of its own: the points are said as the list's
        said = [i.quote for i in mine if not lead_of(i.quote, run)]
        for point in run:
            core = point.rstrip(" ,;.")
            if info_wanted(point, language) and not answered_since(core, newest, sources):
                # a date, a number or an answer asked for: slotted whole, though a sentence of it is said elsewhere
                out.append(Item(kind="listed", text=info_wanted(point, language), quote=core,
                                source_kind=newest.kind, source_id=newest.id, at=newest.at, direction="inbound"))
                continue
            if any(core in q or q.rstrip(" ,;.") in core for q in said):
                continue  # said already, as the customer's own sentence turned to them
            text = _point(point, language)
            if text:
                out.append(Item(kind="listed", text=text, quote=core, source_kind=newest.kind, source_id=newest.id,
                                at=newest.at, direction="inbound", context=lead if _SEND_LEAD.search(lead) else ""))
    return out


# A list joined after a lead's colon ("We need: X, Y and Z"): every item is kept.
_JOINED_AFTER_COLON = re.compile(r":\s*[^:]+,[^:]+\b(?:and|und|et|y)\b")
# A series of figures joined in a sentence ("40% on signing, 50% on delivery and 10% on commissioning", "un 40% a la
# firma, un 50% a la entrega y un 10% a la puesta en marcha"): the items before the last conjunction, split at commas.
_SERIES_END = re.compile(r",\s*([^,;:]*?\d[^,;:]*?)\s+(?:and|und|et|y|e|or|oder|ou|o)\s+([^,;:]*\d[^,;:]*)$", re.I)
# At least this many items, each with a figure, make a series no cut may split.
MIN_SERIES_ITEMS = 3


def joins_list(quote: str) -> bool:
    """Whether a sentence joins a list a restatement must keep whole: after a lead's colon, or a series of figures."""
    if _JOINED_AFTER_COLON.search(quote):
        return True
    m = _SERIES_END.search(quote.rstrip(" .!?"))
    if not m:
        return False
    before = re.split(r",\s", quote[:m.start()])
    items = [p for p in before[-(MIN_SERIES_ITEMS - 2):] if re.search(r"\d", p)]
    return len(items) + 2 >= MIN_SERIES_ITEMS


def lead_of(quote: str, points: Sequence[str]) -> bool:
    """Whether a sentence is a short lead with a colon and then every point of a list joined ("Our games: Round 6,
    Round 9 and Round 22", "Unsere Wünsche: Firmenlogo und 2 Parkplätze"), nothing else."""
    label, colon, rest = quote.partition(":")
    if not colon or len(label.split()) > MAX_LEAD_WORDS or not points or _SUBJECT.search(label):
        return False
    for point in points:
        at = rest.find(point.rstrip(" ,;."))
        if at < 0:
            return False
        rest = rest[:at] + rest[at + len(point.rstrip(" ,;.")):]
    return not re.sub(r"\b(?:and|und|et|y|or|oder|ou|o)\b|[\s,;.]", "", rest, flags=re.I)


def answered_since(point: str, newest: Source, sources: Sequence[Source]) -> bool:
    """Whether a call note after the customer's email names what a list point asks for (its content words)."""
    words = content(point)
    return any(s.kind == "note" and s.at > newest.at and len(words & content(s.text or "")) >= min(2, len(words))
               for s in sources)


def with_listed(items: list[Item], listed: list[Item], language: str = "en") -> list[Item]:
    """The items with the list's points added and the lead sentence that only joined them settled, said once; a
    sentence inside a point asking for information is that point's, said in its slot."""
    quotes = [i.quote for i in listed]
    asked = [i.quote for i in listed if info_wanted(i.quote, language)]
    return [replace(i, status="answered", by=f"{i.source_kind}:{i.source_id}") if i.status == "open"
            and i.direction == "inbound" and (lead_of(i.quote, quotes) or any(
                i.quote.strip(" .") and i.quote.strip(" .") in q and i.source_id == listed[0].source_id
                for q in asked)) else i for i in items] + listed


# A list's lead asking for things to be sent ("Please send:", "Bitte schicken Sie uns:", "Merci de nous envoyer :",
# "Por favor envíennos:"): its points that name a document are owed, sent, not "taken on board".
_SEND_LEAD = re.compile(r"\b(?:(?:please|can you|could you|kindly)\s+(?:also\s+)?(?:send|forward|e-?mail)|"
                        r"(?:schicken|senden|mailen|übermitteln)\s+Sie|(?:bitte|Bitte)\s+(?:noch\s+)?(?:um|zusenden|schicken)|"
                        r"(?:merci de|pouvez-vous|pourriez-vous)\s+(?:nous\s+|me\s+)?(?:r?envoyer|transmettre|faire parvenir)|"
                        r"envoyez(?:-nous|-moi)?|(?:envíe|envíen|mande|manden|envía|manda)(?:nos|me)?\b|"
                        r"(?:puede|pueden|podría|podrían)\s+(?:enviar|mandar)(?:nos|me)?)", re.I)


def sent_points(listed: Sequence[Item]) -> tuple[list[Item], list[Item]]:
    """(the points a "please send:" list asks for that name a document, the rest): the first are said as sent."""
    sends = [i for i in listed if i.context and names_document(i.text)]
    return sends, [i for i in listed if i not in sends]

"""A wish relayed from the writer's own decision maker: the new text passes on a message below ("See below from our
MD", "her reply is below", "Forwarding this from our director", "te reenvío la respuesta de nuestro director") and
the forwarded or quoted message says the wish ("Tom - not this financial year", "tell them to ring me first thing",
"Our club committee has put the plan on hold ... without any date"). Its wishes are offered as possible, never applied
at once: the forwarded words are not the writer's own (followup.text.replies.spoken_text reads them as such only when
the writer says they act on them)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from followup.text.prefilter import prefilter_patterns
from followup.text.replies import ATTRIBUTION_RE, FROM_FIELD_RE, OTHER_FIELD_RE, SEPARATOR_RE
from followup.text.wish_base import DNC, PAUSED, PREFERENCE, QUIET, Wish, sentence_offsets, wish_kind
from followup.text.wish_set_aside import set_aside

# the writer points at a message below or passes one on: en, de, fr, es, it, pt, nl
_RELAYS = re.compile(
    r"\b(?:see|read|find)\s+(?:\w+\s+){0,4}?below\b|\b(?:is|are)\s+below\b|\bbelow\s+from\b|\bforward(?:ing|ed)?\b|"
    r"\bpass(?:ing)?\s+(?:it|this)\s+on\b|\bsiehe\s+unten\b|\bunten\s+(?:die|seine|ihre)\b|\bweiter(?:geleitet|leite)\w*|"
    r"\bci-dessous\b|\btransf[èée]re\w*|\btransmets\b|\bvous\s+transmets\b|\breenv[íi]\w*|\babajo\b|\ba\s+continuaci[óo]n\b|"
    r"\binoltr\w*|\bqui\s+sotto\b|\bdi\s+seguito\b|\bencaminh\w*|\babaixo\b|\bhieronder\b|\bdoorgestuurd\b|\bstuur\s+\w+\s+door\b",
    re.I)
# whose message: the writer's own side (a role of theirs, a named person's reply, "her reply")
_SOURCE = re.compile(
    r"\b(?:our|my)\s+(?:[\w.]+\s+){0,2}?(?:md|ceo|cfo|coo|cto|director|boss|manager|management|owner|chair\w*|committee|"
    r"board|secretary|president|head|principal|gaffer|partners?|finance|procurement|purchasing)\b|"
    r"\b(?:her|his|their|[A-Z][a-z]+['\u2019]s)\s+(?:reply|answer|response|message|e-?mail|note|word|decision)\b|"
    r"\bfrom\s+(?:our|my|the)\s+(?:\w+\s+){0,2}?(?:md|ceo|cfo|director|boss|manager|owner|chair\w*|committee|board|"
    r"secretary|president)\b|"
    r"\b(?:unser(?:e[mnrs]?)?|meine?[mnrs]?)\s+(?:chef\w*|gesch[äa]ftsf[üu]hr\w*|vorstand\w*|direktor\w*|inhaber\w*)\b|"
    r"\b(?:notre|mon|ma)\s+(?:directeur|directrice|direction|comit[ée]|patron\w*|conseil|g[ée]rant\w*)\b|"
    r"\b(?:nuestr[oa]|mi)\s+(?:director\w*|jef[ea]|comit[ée]|junta|direcci[óo]n|gerent\w*)\b|"
    r"\b(?:il\s+nostro|la\s+nostra|il\s+mio|la\s+mia)\s+(?:direttor\w*|capo|comitato|consiglio|titolare)\b|"
    r"\b(?:o\s+nosso|a\s+nossa|o\s+meu|a\s+minha)\s+(?:diretor\w*|chefe|comit[êe]|conselho|dire[çc][ãa]o)\b|"
    r"\b(?:onze|mijn)\s+(?:directeur|baas|directie|bestuur|eigenaar)\b|"
    # a titled person the writer names ("see below from Mr. Hollis", "weitergeleitet von Herrn Stadler")
    r"\b(?:from|von|de|da|van)\s+(?:(?-i:Mr|Mrs|Ms|Dr|Herrn?|Frau|Mme|M|Sr|Sra|Sig|Sig\.ra|Dhr|Mevr))\.?\s+(?-i:[A-Z])\w+",
    re.I)
_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?", re.M)


def relayed_body(quoted: str) -> str:
    """The first message below, one level of quote marks off: after its separator and header fields, up to the next
    message (its own quoted thread is not read)."""
    body: list[str] = []
    started = False
    for line in _QUOTE_MARK.sub("", quoted or "").split("\n"):
        header = (SEPARATOR_RE.match(line) or FROM_FIELD_RE.match(line) or OTHER_FIELD_RE.match(line)
                  or ATTRIBUTION_RE.match(line.strip()))
        if not started:
            started = bool(line.strip()) and not header
        elif header or line.lstrip().startswith(">"):
            break
        if started:
            body.append(line)
    return "\n".join(body).strip()


def relayed(text: str, quoted: str, wishes: list[Wish], read: Callable[[str], list[Wish]]) -> list[Wish]:
    """Possible wishes of a message the new text relays from the writer's own side, of kinds ``wishes`` lacks; an
    opt-out relayed is only asked about too (it may be a third party's, so the rep confirms or dismisses it)."""
    new = text.split("\n>", 1)[0]
    if not quoted or not _RELAYS.search(new) or not _SOURCE.search(new):
        return []
    body = relayed_body(quoted)
    if not body:
        return []
    known = {wish_kind(w) for w in wishes}
    found = read(body)
    found += set_aside([s for _, s in sentence_offsets(body)], found)
    if any(w.kind in (PAUSED, QUIET) for w in found):  # "until then, I don't want them chasing us": a wait, no stop
        found = [w for w in found if w.kind != DNC]
    return [replace(w, certain=False) for w in found
            if w.kind in (DNC, PAUSED, QUIET, PREFERENCE) and wish_kind(w) not in known]


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

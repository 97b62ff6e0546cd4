"""The customer's newest change of any term, said back first in their language: "Jan 1 not Dec 15", "the grey finish
instead of white", "die WPC-Terrassen statt Holz", "le modèle FG-5 au lieu du FG-3", "en azul en vez de gris", also from
the newest call note ("moved install to 14 Dec, wants model X instead"). The rep's older line carrying the replaced
value is not said again. The customer's go-ahead ("Nous validons les deux générateurs") is taken up first
(acceptance.py), and when they also ask something new, the older offer is recapped by its price and terms in force only:
the answers and specs they already read are not pasted again (a line about a question still open stays)."""
from __future__ import annotations

import re
from typing import Callable, Sequence

from followup.drafting.items import Item, State
from followup.drafting.pricefor import money_worded
from followup.drafting.words import content
from followup.text.dates import FOREIGN_WEEKDAYS, MONTHS, WEEKDAYS, alternation

# Changes said back, at most; words of a said-back new value, at most; words of the replaced value read, at most.
MAX_SWAPS = 2
MAX_SWAP_WORDS = 9
# Words of a change the customer names as one ("One change please: ..."), at most: the label says it is whole.
MAX_LABELLED_WORDS = 14
MAX_OLD_WORDS = 5
# A replaced value named by a word alone ("not lithium") has a word this long at least ("not now" names none).
MIN_OLD_LETTERS = 4

# The word that puts the new value before the old one: "Jan 1 not Dec 15", "WPC statt Holz", "au lieu du 4".
_MARKER = re.compile(r"\s*,?\s+(?:(?:and|und|et|y) (?:no longer|nicht mehr|non plus|ya no)|not|instead of|rather than|"
                     r"statt|anstatt|nicht mehr|au lieu d(?:e|u|es|')\s*|"
                     r"plutôt qu(?:e|')\s*|en vez de(?:l)?|en lugar de(?:l)?|y no)\s+|"
                     # after a comma only: "arepas de 9 cm, no de 12 cm", "fait 45 m, pas 30", "3 m, nicht 4 m"
                     r",\s+(?:no|pas|nicht)\s+(?!de momento|del todo|du tout|de (?:suite|problème|souci)|den ganzen)"
                     r"(?=\d|(?:de|del|la|el|los|las|en|le|les|du|des|die|der|das|den|am|im)\b)|"
                     # before a figure: "3 Bühnen und nicht 2", "8 tables et pas 6"
                     r"\s+(?:und|aber|et|mais|pero)\s+(?:nicht|pas|no)\s+(?=\d)",
                     re.I)
# The same word at the clause's end: "wants model X instead", "à la place", "stattdessen".
_TRAILING = re.compile(r"\s+(?:instead|stattdessen|à la place|en su lugar)\s*$", re.I)
_MONTH_WORDS = alternation(MONTHS)
# A move to a new value: "moved install to 14 Dec", "verschoben auf den 9. März", "décalé au 12", "pasar al 18"
# (a date's own dots are no sentence end: "auf Do 17.12.", "auf den 9. März")
_MOVED = re.compile(r"\b(?:mov(?:e|es|ed|ing)|pass(?:e|ent)|push(?:ed)?|postponed?|shift(?:ed)?|verschieb\w*|verschoben|"
                    r"décal\w*|report\w*|pas(?:ar|amos|a)|mov(?:er|emos)|cambi(?:ar|amos))\s+(?P<what>.{0,40}?)\s*"
                    rf"\b(?P<to>to|auf|au|à|al|a)\s+(?P<new>(?:[^,;.]|(?<=\d)\.(?=\d|\s*(?:{_MONTH_WORDS})\b))+)", re.I)
_DAY_WORDS = "|".join(sorted(map(re.escape, set(WEEKDAYS) | set(FOREIGN_WEEKDAYS)), key=len, reverse=True))
_COLOUR = (r"grey|gray|white|black|blue|green|red|yellow|beige|silver|anthracite|brown|bordeaux|burgundy|petrol|"
           r"grau|weiß|weiss|schwarz|blau|grün|rot|gelb|silber|anthrazit|braun|"
           r"gris|grise|blanc|blanche|noir|noire|bleu|bleue|vert|verte|rouge|jaune|argent|"
           r"blanco|blanca|negro|negra|azul|verde|rojo|roja|amarillo|plateado|burdeos|marrón")
# A value a change can carry: a figure, a month or weekday, a colour, a model code ("FG-5", "PS400").
_VALUE = re.compile(rf"\d|\b(?:{_MONTH_WORDS}|{_DAY_WORDS}|{_COLOUR})\b|\b[A-Z]{{1,5}}-?\d+[A-Za-z]*\b", re.I)
# A lead that only says the customer wants it ("we'd like", "they want", "wir möchten lieber", "nous préférons").
_WANT = re.compile(
    r"^(?:(?:so|and|but|also|please|ok|okay|actually|now|then|also|aber|und|doch|mais|et|donc|pero|y|así que|"
    r"entonces)\s*,?\s+)*"
    r"(?:(?:we|i|they|he|she)(?:'d)?\s+(?:(?:would|now|really|actually|then|also|still)\s+)*(?:like|want|prefer|"
    r"need|take|go for|choose|wants|prefers|needs|takes|chooses|go with)(?:\s+to have)?|"
    r"(?:now\s+)?(?:wants|would like|prefers|needs|takes)|"  # a note's shorthand: "wants model X instead"
    r"(?:wir|ich)\s+(?:möchten|möchte|hätten gern|hätte gern|brauchen|brauche|wollen|will|nehmen|nehme|bevorzugen)"
    r"(?:\s+(?:jetzt|doch|lieber|nun|eher|gern|gerne))*|"
    r"(?:nous|je|on)\s+(?:voudrions|voudrais|souhaitons|souhaite|préférons|préfère|prenons|prend|prends|"
    r"choisissons|avons besoin d[e'])(?:\s+(?:finalement|plutôt|maintenant|désormais))*|"
    r"(?:queremos|quiero|preferimos|prefiero|necesitamos|necesito|tomamos|elegimos|nos quedamos con)"
    r"(?:\s+(?:mejor|ahora|al final|finalmente))*)\s+", re.I)
# First-person words a said-back value may not keep in German, French and Spanish (English ones are swapped).
_FIRST = {"de": re.compile(r"\b(?:wir|uns|unser\w*|ich|mir|mich|mein\w*)\b", re.I),
          "fr": re.compile(r"\b(?:nous|notre|nos|je|j'|me|m'|mon|ma|mes|moi|on)\b", re.I),
          "es": re.compile(r"\b(?:nosotros|nos|nuestr\w*|yo|mi|mis|me)\b", re.I)}
_SWAP_EN = {"our": "your", "we": "you", "us": "you", "my": "your", "i": "you", "ours": "yours", "me": "you"}
# Where the clause holding the new value starts: after a comma, "and", "so", a colon.
_CLAUSE = re.compile(r"(?:[,;:(]|\s(?:->|–|-|and|so|but|und|also|aber|et|donc|mais|y|así que|pero))\s+", re.I)


def _keys(text: str) -> set[str]:
    """What a value is recognised by: its figures, month (first three letters), weekday, colour and model words."""
    out = {re.sub(r"[.,' ]", "", n) for n in re.findall(r"\d[\d.,']*\d|\d", text)}
    out |= {m.group(0).lower()[:3] for m in re.finditer(rf"\b(?:{_MONTH_WORDS})\b", text, re.I)}
    out |= {m.group(0).lower() for m in re.finditer(rf"\b(?:{_DAY_WORDS}|{_COLOUR})\b", text, re.I)}
    return out


# The reason given after a new value ("to Mon 4 Sept as the steel's late", "auf den 9. März, weil ..."): the
# customer's story, never part of the value.
_REASON = re.compile(r"\s(?:as|because|since|due to|weil|da|denn|car|parce que|comme|porque|ya que|debido a)\s", re.I)


def _clause_end(text: str) -> str:
    """The words of a value up to its clause's end ("Dec 15 and they'd like ..." -> "Dec 15")."""
    return " ".join(_REASON.split(_CLAUSE.split(text, maxsplit=1)[0], maxsplit=1)[0].strip(" .!").split()[:MAX_OLD_WORDS])


# A politeness word that says nothing of the new value ("Installation please in January").
_PLEASE = re.compile(r"\s*\b(?:please|bitte|s'il vous pla[iî]t|svp|por favor)\b\s*", re.I)
# A word that links the clause to the one before ("..., so set the rollers to 18 mm").
_LINK = re.compile(r"^(?:so|and|but|then|und|also|dann|donc|et|mais|alors|y|así que|pero|entonces)\b\s*,?\s*", re.I)
# A note's move with its new value after "now": "Tech visit moved, road flooded - now Mon 8 March".
_NOW = re.compile(rf"^(?P<what>[^,;]{{3,40}}?)\s+(?:moved|changed|postponed|rescheduled)\b[^.]*?\bnow\s+"
                  rf"(?P<new>(?:on\s+)?(?:\w+\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_WORDS})\b.*)", re.I)
# A note's clause that opens on its verb of moving: said with the thing first.
_VERB_FIRST = re.compile(r"^(?P<verb>moved|pushed|postponed|shifted)\s+(?P<what>.+?)\s+(?P<to>(?:to|until)\s+.+)$", re.I)
# "not" after one of these negates the verb ("we do not need"), it names no replaced value.
_AUX = re.compile(r"\b(?:do|does|did|can|could|will|would|is|are|was|were|should|must|may|might|have|has|had|"
                  r"am|be|why|if|or|but|and|still|yet)$", re.I)
# The old value a move leaves: "moved from 1 Feb to 18 Jan", "von März auf April", "du 4 au 12", "del 4 al 12".
_FROM = re.compile(r"\s+(?:from|von|du|de|del)\s+(?P<old>[^,;]*?)(?=\s+(?:to|auf|au|à|al|a)\s)", re.I)
# A name of a place or a model inside a clause ("to Phu Quoc island, not HCMC"): a value too.
_NAME = re.compile(r"(?<=\s)[A-ZÄÖÜÉ][\w-]+")


def _has_value(text: str, language: str) -> bool:
    """Whether a clause carries a value a term can change to: a figure, a day, a colour, a model or a name (German
    capitalises every noun: a name is no sign there)."""
    return bool(_VALUE.search(text) or language != "de" and _NAME.search(" " + text.split(" ", 1)[-1]))


# "and not" / "but not" between two figures names the old one ("6 microphones and not 4", "5, aber nicht 6").
_JOINED = re.compile(r"\d[^,;.]*\b(?:and|but|und|aber|et|mais|y|pero)$", re.I)


def _negates(text: str, m: re.Match) -> bool:
    """Whether a "not" negates a verb ("we do not need") rather than naming the replaced value."""
    before = text[:m.start()].rstrip(" ,")
    return bool(_AUX.search(before)) and not (_JOINED.search(before) and re.match(r"\d", text[m.end():]))


def _marker(text: str) -> re.Match | None:
    """The first word in a sentence that puts a new value before an old one ("Jan 1 not Dec 15")."""
    for m in _MARKER.finditer(text):
        if not _negates(text, m):
            return m
    return None


def swaps(quote: str, language: str, named: bool = False) -> list[tuple[str, str, bool]]:
    """The changes a sentence makes, a clause each ("moved install to 14 Dec, wants model X instead"), or the one
    the whole sentence makes ("delivery to Phu Quoc island, not HCMC"); `named`: also a new value without a figure
    or name when it names the old one ("lead-acid gel, not lithium")."""
    found = [f for f in (swap(c, language) for c in re.split(r"[,;]\s+", quote)) if f]
    return found or [f for f in [swap(quote, language, named)] if f]


# The customer naming their change as one ("One change please:", "Only one change:", "Eine Änderung bitte:", "Une
# modification :", "Un cambio, por favor:"), the article left out too ("Small change:", "Kleine Änderung:", "Petit
# changement :", "Pequeño cambio:"): what follows is a term of the deal they want changed.
_LABEL = re.compile(
    r"^(?:(?:just|only|but)\s+)?(?:one|a|one small|a small|one last|a last|small)\s+(?:change|amendment|"
    r"modification)|"
    r"^(?:nur\s+)?(?:eine\s+(?:kleine\s+)?|kleine\s+)(?:Änderung|Anpassung)|"
    r"^(?:juste\s+|seulement\s+)?(?:une\s+(?:petite\s+|seule\s+)?|petite\s+)(?:modification|changement)|"
    r"^(?:juste\s+|seulement\s+)?(?:un\s+(?:petit\s+|seul\s+)?|petit\s+)changement|"
    r"^(?:solo\s+)?(?:un\s+(?:pequeño\s+|solo\s+|único\s+)?|pequeño\s+)(?:cambio|ajuste)", re.I)
_OWN_VERB = re.compile(r"\b(?:wants?|should|would|will|must|needs?|is|are|has to|have to|soll\w*|muss|müssen|will|wollen|"
                       r"ist|sind|doit|doivent|devrait|veut|veulent|est|sont|debe|deben|debería|quiere|quieren|es|son)\b",
                       re.I)
_LABEL_END = re.compile(r"^[^:]{0,25}?(?:\b(?:please|bitte|s'il vous pla[iî]t|svp|por favor))?\s*:\s*", re.I)
# An English change asked as a question after its label ("can the Chapel Allerton share come on Wednesday 8
# December"): said as what they'd like ("the Chapel Allerton share to come on ...").
_ASKED_CHANGE = re.compile(r"^(?:can|could|would)\s+(?P<what>(?:the|our|both|all)\b.{1,40}?)\s+"
                           r"(?P<verb>come|arrive|be|go|ship|start|move|run|take place|get delivered|follow)\b", re.I)


# A clause after the replaced value that narrows the new one down ("..., not in February, in the week of 17 January",
# "..., nicht im Februar, in der Woche ab 17. Januar", "..., pas en février, la semaine du 17", "..., en la semana del 17").
_NARROWED = re.compile(r"^\s*,\s*(?:in|on|from|at|during|the week|im|am|ab|in der|dans|en|la semaine|le|au|"
                       r"à partir du|el|la semana|desde|a partir del)\b[^,;]*$", re.I)


def labelled(quote: str) -> str:
    """The change a customer names as one, without its label ("One change please: X" -> "X"), or ""."""
    text = re.sub(r"\s+", " ", quote).strip()
    m = _LABEL.match(text)
    end = _LABEL_END.match(text[m.end():]) if m else None
    return text[m.end() + end.end():] if end else ""


def swap(quote: str, language: str, named: bool = False, most: int = MAX_SWAP_WORDS) -> tuple[str, str, bool] | None:
    """(the new value's clause, the replaced value, whether a "we'd like" lead was dropped), or None when the
    sentence changes no term or asks something (a question is answered, not noted)."""
    text = re.sub(r"\s+", " ", quote).strip().rstrip(".! ")
    if (change := labelled(text)) and "?" not in change:
        if language == "en":
            change = _ASKED_CHANGE.sub(lambda m: f"{m.group('what')} to {m.group('verb')}", change, count=1)
        found = swap(change, language, named, MAX_LABELLED_WORDS) or (
            swap(f"{change} instead", language, most=MAX_LABELLED_WORDS) if language == "en" else None)
        # "One change: the owners now want Tahoe Grey": a change with a verb of its own is noted, not "you'd like"
        return (found[0], found[1], not _OWN_VERB.search(found[0])) if found else None
    if "?" in text or re.match(r"^(?:also\s+|and\s+)?(?:can|could|would|will|is|are|do|does|können|könnten|kann|"
                               r"pourriez|pouvez|est-ce|puede|pueden|podría|podrían|podés|puedes)\b", text, re.I):
        return None
    m, narrowed = _marker(text), ""
    if m:
        new, old = re.sub(r"\s+(?:and|but|und|aber|et|mais|y|pero)$", "", text[:m.start()], flags=re.I), \
            _clause_end(text[m.end():])
        tail = text[m.end():][text[m.end():].find(old) + len(old):] if old else ""
        narrowed = tail.strip(" ,") if _NARROWED.match(tail) and _VALUE.search(tail) else ""
    elif (t := _TRAILING.search(text)) is not None:
        new, old = text[:t.start()], ""
    elif (nw := _NOW.search(text)) is not None:
        what = nw.group("what")[:1].lower() + nw.group("what")[1:]
        what = re.sub(r"^(?!(?:the|a|an|our|your|his|her|their|its)\b)", "the ", what, flags=re.I)
        new, old = f"{what} is now on {re.sub(r'^on ', '', _clause_end(nw.group('new')))}", ""
    elif (mv := _MOVED.search(text)) is not None and _VALUE.search(mv.group("new")):
        new = text[:mv.start("new")] + _clause_end(mv.group("new"))
        f = _FROM.search(new)
        new, old = (new[:f.start()] + new[f.end():], f.group("old")) if f else (new, "")
    else:
        return None
    new = _LINK.sub("", _PLEASE.sub(" ", _CLAUSE.split(new)[-1]).strip(" ,;:"))
    new = f"{new}, {narrowed}" if narrowed else new  # "in January, not in February, in the week of 17 January"
    new = _VERB_FIRST.sub(r"\g<what> \g<verb> \g<to>", new)  # "moved install to 14 Dec" -> "install moved to 14 Dec"
    stripped = _WANT.sub("", new, count=1).strip()
    wanted = stripped != new
    new = stripped
    if not new or not (_has_value(new, language) or named and old) or not 2 <= len(new.split()) <= most:
        return None
    if language == "en":
        new = re.sub(r"\b(?:our|we|us|my|i|ours|me)\b", lambda w: _SWAP_EN[w.group(0).lower()], new, flags=re.I)
    elif _FIRST.get(language) is not None and _FIRST[language].search(new):
        return None
    new = new[:1].lower() + new[1:] if language != "de" and not re.match(r"[A-Z]{2}|[A-Z]\w*-?\d", new) else new
    return new, old, wanted


def _stated(found: tuple[str, str, bool], item: Item, state: State) -> bool:
    """Whether a change touches a term of the deal: the customer says they want it or names it a change ("One change:
    ..."), or the replaced value is one the rep's earlier emails or notes stated ("instead of the factory 42 mm" is
    their own story)."""
    if found[2] or labelled(item.quote):
        return True
    gone = _keys(found[1]) - _keys(found[0])
    earlier = " | ".join(i.quote for i in state.items if i.direction != "inbound" and i.at < item.at)
    moved = _MOVED.search(found[0]) if not found[1] else None
    if moved and content(found[0][:moved.start()] + " " + moved.group("what")) & content(earlier):
        return True  # "the boom lift start moves to Mon 4 Sept": a thing the rep's offer named
    if not gone and not _has_value(found[0], state.language):  # "lead-acid gel, not lithium": lithium was ours
        gone = {w for w in content(found[1]) if len(w) >= MIN_OLD_LETTERS}
        return bool(gone) and gone <= content(earlier)
    return bool(gone) and gone <= _keys(earlier) or item.direction == "note" and not found[1]


def without_old(text: str, language: str) -> str:
    """A said-back change without the value it replaced ("vous voudriez la livraison le 20 janvier au lieu du 12
    janvier" -> "... le 20 janvier"): the customer knows what it was."""
    m = _marker(text)
    if m is None or len(text[:m.start()].split()) < 3:
        return text
    old = _clause_end(text[m.end():])
    return (text[:m.start()] + text[m.end() + text[m.end():].find(old) + len(old):]).strip(" ,;")


def unanswered_items(state: State) -> list[Item]:
    """The points of every customer email since the rep last wrote, when the newest is theirs: a change in the
    first of two unanswered emails ("the boom lift start moves to 4 Sept", then a colleague's "please send the
    certificate") is as new to the rep as the last one's."""
    newest = newest_items(state)
    if (state.last or {}).get("direction") != "inbound" or not newest:
        return newest
    since = max((i.at for i in state.items if i.direction != "inbound"), default=None)
    return [i for i in state.items if i.direction == "inbound" and not i.internal and (since is None or i.at > since)]


def newest_items(state: State) -> list[Item]:
    """The customer's newest email's points, or the newest call note's, when it is the last interaction."""
    last = state.last or {}
    if last.get("direction") not in ("inbound", "note"):
        return []
    return [i for i in state.items if f"{i.source_kind}:{i.source_id}" == last.get("source") and not i.internal
            and i.direction == last.get("direction")]


def swap_lines(items: Sequence[Item], state: State, p: dict,
               join: Callable[[list[str], str], str]) -> tuple[list[str], list[Item]]:
    """The changes of some newest items said back ("Noted: you'd now like the term to start Jan 1."), a line per
    frame, with the items they say."""
    wanted: list[str] = []
    changed: list[str] = []
    said: list[Item] = []
    for item in items:
        if item.kind not in ("constraint", "request", "term", "answer", "next_step"):
            continue
        # a note's "Over 500 flights: fee EUR 15 instead of 18" is said by its term's sentence ("For over 500 flights,
        # the fee is EUR 15."), never as "As agreed, fee EUR 15."
        found = [f for f in swaps(_with_lead(item, state), state.language, True) if _stated(f, item, state)
                 and not (item.direction == "note" and money_worded(f[0], state.language))]
        for new, _, want in found[:MAX_SWAPS - len(wanted) - len(changed)]:
            (wanted if want else changed).append(new)
        said += [item] if found else []
    lines = [p["now_like"].format(x=join(wanted, p["and"]))] if wanted else []
    # a call note's move was settled on the call: "As agreed, tech visit now Mon 8 March."
    frame = p["step"] if said and said[-1].direction == "note" else p["changed"]
    return lines + ([frame.format(x=join(changed, p["and"]))] if changed else []), said


def _with_lead(item: Item, state: State) -> str:
    """An item's sentence, with the clause before it when it only gives the new value ("Tech visit moved, road
    flooded" + "now Mon 8 March")."""
    same = [i for i in state.items if (i.source_kind, i.source_id) == (item.source_kind, item.source_id)]
    k = next((n for n, i in enumerate(same) if i is item), 0)
    return f"{same[k - 1].quote} - {item.quote}" if k and re.match(r"now\b", item.quote, re.I) else item.quote


def replaced(line: Item, state: State) -> bool:
    """Whether the rep's older line carries a value the newest change replaced ("Dec 15" after "Jan 1 not Dec 15",
    "lead-acid gel, not lithium"), and no later line of the rep's says it again."""
    if line.direction == "inbound":
        return False
    newest = unanswered_items(state)
    # a value named by its words alone ("not lithium") puts the line out of force when the customer asks its new price
    repriced = any(_PRICE_ASKED.search(i.quote) for i in newest if i.kind == "question")
    for item in newest:
        for gone in _replaced_values(item.quote, repriced) if item.at > line.at else []:
            if gone <= _words(line.quote) and not any(
                    i.at > item.at and i.direction != "inbound" and gone <= _words(i.quote) for i in state.items):
                return True
    return False


# The customer asks what a changed offer costs ("What is the price with gel batteries?", "Price?", "¿Precio?").
_PRICE_ASKED = re.compile(r"\b(?:price|cost|quote|preis|kosten|kostet|prix|co[uû]te?|tarif|precio|cuesta|"
                          r"cotizaci[oó]n)\w*\b[^.!]*\?", re.I)


def _replaced_values(quote: str, by_words: bool = True) -> list[set[str]]:
    """What each "not X" / "instead of X" / "statt X" of a sentence that asks nothing names as the old value: its
    figures, days and colours, else (by_words) its content words ("not lithium", "not Jönköping")."""
    if "?" in quote:
        return []
    out = []
    for m in _MARKER.finditer(quote):
        if _negates(quote, m):
            continue
        old = _clause_end(quote[m.end():].split("\n")[0])
        gone = _keys(old) - _keys(quote[:m.start()]) or {w for w in content(old) if by_words and len(w) >= MIN_OLD_LETTERS}
        out += [gone] if gone else []
    return out


def _words(text: str) -> set[str]:
    """A line's values and content words, to find a replaced value in (a model's number is no count: "VS-4")."""
    return _keys(_MODEL.sub(" ", text)) | content(text)


_MODEL = re.compile(r"\b[A-Z]{1,5}-\d+[A-Za-z]*\b")


def asked_anew(state: State) -> bool:
    """Whether the customer's newest email, the last interaction, asks a question still open: it leads the draft."""
    return (state.last or {}).get("direction") == "inbound" and any(
        i.kind == "question" and i.status == "open" for i in newest_items(state))

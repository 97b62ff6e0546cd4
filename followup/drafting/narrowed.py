"""What the customer changed, cut or turned down since an offer, plan or request, and what a later source shows done:
a priced line for a part they drop ("nous ne faisons pas la cuisine cette année") or for a weekday they replace and
ask the new price of ("Friday 14 September instead ... what's the Friday price?") is out of force, their wish the
rep's next offer priced ("queremos también la tarde", then "... y 20 en la tarde: ARS 3.300.000") or gave a day
("the presentation before the summer", then "the concept presentation on Wednesday 19 April") is taken up, the
rep's "three weeks after go" is overtaken by that day, an older head count a newer one replaces ("28 consultants",
then "30 personnes finalement") is out of force, their older count or start day a later change gives anew ("nur 5
Fahrer, dafür schon ab 12. Juni") is said with the new one, a weekday they call bad ("montags ist bei uns schlecht")
leaves the rep's line (namedweekdays.py), "same time" is said
with the time it keeps, a date they turn down in the same sentence ("der 17. April ist Ostermontag, das geht nicht")
is not noted back, a viewing they asked for that a later note records is done, and the rep's "I'll let you know" a
later note or email answers is kept. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.booked import booked_since
from followup.drafting.changes import labelled, swaps
from followup.drafting.corrected import corrected
from followup.drafting.declined import left_out_parts
from followup.drafting.figures import priced_amounts
from followup.drafting.items import Item
from followup.drafting.namedweekdays import _new_weekdays, _weekdays, refused_weekday
from followup.drafting.noted import dated_day
from followup.drafting.overtaken import arrow_revised, put_in, source_sentences
from followup.drafting.paired import asks_price
from followup.drafting.resized import must_be, resized
from followup.drafting.sentences import Source, sentence_spans
from followup.drafting.unneeded import unneeded
from followup.drafting.words import ANY_MONTH, content, defers_answer, shared_words
from followup.text.dates import alternation

# Content words a later note or email shares with the rep's "I'll let you know" to answer it ("listing agent").
ANSWER_OVERLAP = 2
# Content words a later dated sentence shares with the rep's relative timing ("concept presentation").
TIMING_OVERLAP = 2


def _out(item: Item, src: Source, status: str = "superseded") -> Item:
    """An item settled by a source."""
    return replace(item, status=status, by=f"{src.kind}:{src.id}")


def _priced_since(at, ordered: Sequence[Source], cleaned: dict) -> bool:
    """Whether the rep priced anything after a moment (then the finer figure rules decide)."""
    return any(s.at > at and s.direction != "inbound" and priced_amounts(cleaned.get((s.kind, s.id), "")) for s in ordered)


# A part of the offer the customer says they will not have: "we're not doing the kitchen", "die Küche machen wir
# nicht", "nous ne faisons pas la cuisine", "no hacemos la cocina"; the part is read up to its clause's end.
_END = r"(?=\s*(?:[,.;:!?(]|\s-\s|\bthis year\b|\bdieses jahr\b|\bcette année\b|\beste año\b|$))"
_DROPPED = re.compile(
    r"\b(?:we(?:'re| are)|i(?:'m| am)) not (?:doing|having|taking|going ahead with)\s+(?P<en>[^,.;:!?]{3,40}?)" + _END + "|"
    r"\b(?:we|i) (?:won't|will not) (?:do|have|take|go ahead with)\s+(?P<en2>[^,.;:!?]{3,40}?)" + _END + "|"
    r"\b(?:we'll|let's|we will) (?:drop|skip)\s+(?P<en3>[^,.;:!?]{3,40}?)" + _END + "|"
    r"\b(?P<de>(?:die|den|das)\s+[^,.;:!?]{3,30}?)\s+(?:machen|nehmen|brauchen) wir (?:\w+ ){0,2}nicht\b|"
    r"\b(?:machen|nehmen) wir (?:\w+ )?(?:nicht|doch nicht)\s+(?P<de2>(?:die|den|das)\s+[^,.;:!?]{3,30}?)" + _END + "|"
    r"\b(?:ne|n')\s*(?:faisons|fait|ferons|prenons|prend|prendrons)\s+pas\s+(?P<fr>[^,.;:!?]{3,40}?)" + _END + "|"
    r"\bno (?:hacemos|haremos|vamos a hacer|tomamos|hacemos por ahora)\s+(?P<es>[^,.;:!?]{3,40}?)" + _END, re.I)


def dropped_parts(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's priced lines naming a part the customer's later email says they will not have, out of force, unless
    the rep priced again since; a part they leave out of what they go ahead with ("without the top sheet") also when
    the rep priced other things since, unless that pricing names the part again."""
    out = list(items)
    for src in (s for s in ordered if s.direction == "inbound"):
        repriced = _priced_since(src.at, ordered, cleaned)
        for sentence in source_sentences(src, cleaned):
            for m in ([] if repriced else _DROPPED.finditer(sentence)):
                part = content(next(g for g in m.groups() if g))
                if not part:
                    continue
                out = [_out(i, src) if i.status == "open" and i.kind in ("term", "feature", "standing")
                       and i.direction in ("outbound", "note") and i.at < src.at and priced_amounts(i.quote)
                       and shared_words(part, content(i.quote)) else i for i in out]
            for part, rest in left_out_parts(sentence):
                if not _part_priced_since(part, src.at, ordered, cleaned):
                    out = _left_out(out, part, rest, src, ordered, cleaned)
    return out


def _part_priced_since(part: set[str], at, ordered: Sequence[Source], cleaned: dict) -> bool:
    """Whether the rep priced the part again after a moment (offered anew: that line is in force)."""
    return any(s.at > at and s.direction != "inbound" and priced_amounts(line) and shared_words(part, content(line))
               for s in ordered for line in source_sentences(s, cleaned))


def _left_out(items: list[Item], part: set[str], rest: set[str], src: Source, ordered: Sequence[Source],
              cleaned: dict) -> list[Item]:
    """The rep's earlier priced lines for a part left out superseded (the line names every word of the part and
    shares no other word with what is kept), and then any other earlier line saying only their amounts, which no
    source since said again ("option, EUR 6,200" in the call note)."""
    out, gone = [], set()
    for i in items:
        said = content(i.quote)
        if i.status == "open" and i.kind in ("term", "feature", "standing") and i.direction in ("outbound", "note") \
                and i.at < src.at and priced_amounts(i.quote) and shared_words(part, said) == len(part) \
                and not (said - part) & rest:
            gone |= priced_amounts(i.quote)
            i = _out(i, src)
        out.append(i)
    later = set().union(*[priced_amounts(cleaned.get((s.kind, s.id), "")) for s in ordered if s.at > src.at] or [set()])
    gone -= later
    return [_out(i, src) if gone and i.status == "open" and i.direction in ("outbound", "note") and i.at < src.at
            and i.kind in ("term", "feature", "standing") and priced_amounts(i.quote)
            and priced_amounts(i.quote) <= gone else i for i in out]


def replaced_weekday(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's priced lines for a weekday the customer's later email replaces while asking the new price
    ("could we do Friday 14 September instead? ... what's the Friday price?"), out of force until priced again."""
    out = list(items)
    for src in (s for s in ordered if s.direction == "inbound"):
        said = source_sentences(src, cleaned)
        new = set().union(*[_new_weekdays(s) for s in said] or [set()])
        if not new or not any(asks_price(s) for s in said if "?" in s) or _priced_since(src.at, ordered, cleaned):
            continue
        out = [_out(i, src) if i.status == "open" and i.kind in ("term", "feature", "standing")
               and i.direction in ("outbound", "note") and i.at < src.at and priced_amounts(i.quote)
               and _weekdays(i.quote) and not _weekdays(i.quote) & new else i for i in out]
    return out


# Words of a wish that say only that it is wanted ("we also want", "queremos también", "wir möchten auch").
_WISH_WORDS = {"want", "would", "like", "also", "too", "need", "quere", "quier", "tambi", "neces", "möcht", "wolle",
               "brauc", "auch", "voulo", "souha", "aussi", "aimer", "pleas", "bitte", "favor", "plait"}
# A time limit on a wish ("before the summer", "vor den Sommerferien", "avant l'été", "antes del verano").
_LIMIT = re.compile(r"\b(?:before|by|no later than|vor|bis|spätestens|avant|d'ici|au plus tard|antes de(?:l)?|"
                    r"para)\b.*$", re.I)
# A subject that says who wants it ("our CEO", "notre directeur", "unser Chef"): no part of the wish.
_WHO = re.compile(r"^\s*(?:our|my|the|unser\w*|mein\w*|notre|mon|ma|nuestr\w*|mi|el|la)\s+\S+\s+", re.I)


def wish_taken_up(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The customer's wish with no figure of its own that the rep's later email priced (every word of it in a priced
    sentence) or, for a wish with a time limit, gave a day ("the concept presentation on Wednesday 19 April"):
    answered by that email."""
    out = []
    for item in items:
        if item.status == "open" and item.direction == "inbound" and item.kind in ("request", "constraint", "term") \
                and "?" not in item.quote and not re.search(r"\d", item.quote):
            limited = _LIMIT.search(item.quote)
            words = {w for w in content(_WHO.sub("", item.quote[:limited.start()] if limited else item.quote))
                     if w[:5] not in _WISH_WORDS}
            for src in (s for s in ordered if s.at > item.at and s.direction == "outbound"):
                if words and any((priced_amounts(s) and shared_words(words, content(s)) == len(words)) or (
                        limited and shared_words(words, content(s)) and dated_day(s, src.at.date()))
                        for s in source_sentences(src, cleaned)):
                    item = _out(item, src, "answered")
                    break
        out.append(item)
    return out


# A time said relative to the go-ahead ("3 weeks after go", "drei Wochen nach Auftrag", "trois semaines après accord").
_AFTER = re.compile(r"\b(?:\d+|one|two|three|four|six|eight|ein\w*|zwei|drei|vier|sechs|acht|une?|deux|trois|quatre|"
                    r"six|huit|una?|dos|tres|cuatro|seis|ocho)\s+(?:weeks?|days?|months?|wochen|tagen?|monaten?|"
                    r"semaines?|jours?|mois|semanas?|días?|meses?)\s+(?:after|from|nach|ab|après|dès|después de(?:l)?|"
                    r"tras|desde)\b", re.I)


def timing_dated(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's time said relative to the go-ahead, overtaken by a later rep sentence giving that thing a day."""
    out = []
    for item in items:
        if item.status == "open" and item.kind in ("term", "feature") and item.direction in ("outbound", "note") \
                and _AFTER.search(item.quote):
            words = content(_AFTER.sub(" ", item.quote))
            later = next((src for src in ordered if src.at > item.at and src.direction in ("outbound", "note") and any(
                shared_words(words, content(s)) >= TIMING_OVERLAP and dated_day(s, src.at.date())
                for s in source_sentences(src, cleaned))), None)
            if later is not None:
                item = _out(item, later)
        out.append(item)
    return out


# A head count: people, guests, participants and the roles that are counted as such.
_PEOPLE = (r"people|persons?|pax|guests|participants?|attendees|delegates|employees|staff|colleagues|consultants|"
           r"students|trainees|personen|leute|gäste|teilnehmer\w*|mitarbeiter\w*|mitarbeitende|kolleg\w+|schüler\w*|"
           r"personnes|invités|collaborateurs|salariés|employés|stagiaires|élèves|étudiants|"
           r"personas|invitados|participantes|asistentes|empleados|colaboradores|consultores|alumnos")
_HEADS = re.compile(rf"\b(\d{{1,4}})\s+(?:\w+\s+)?(?:{_PEOPLE})\b", re.I)
# The word that says a count is new ("finalement", "now", "after all", "jetzt doch", "al final").
_NOW_COUNT = re.compile(r"\b(?:now|after all|in the end|finally|instead|actually|jetzt|doch|nun|inzwischen|"
                        r"finalement|désormais|au final|plutôt|al final|finalmente|ahora|en total)\b", re.I)


def heads_recounted(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The customer's older head count ("pour 28 consultants") out of force once their later email counts the
    people anew ("nous confirmons pour 30 personnes finalement")."""
    out = []
    for item in items:
        mine = {m.group(1) for m in _HEADS.finditer(item.quote)}
        if item.status == "open" and item.direction == "inbound" and mine and item.kind != "question":
            later = next((src for src in ordered if src.at > item.at and src.direction == "inbound" and any(
                _NOW_COUNT.search(s) and {m.group(1) for m in _HEADS.finditer(s)} - mine
                for s in source_sentences(src, cleaned))), None)
            if later is not None:
                item = _out(item, later)
        out.append(item)
    return out


# A word that sets a new figure in a customer's sentence ("only 5", "nur 5 Fahrer", "seulement 4", "solo 4", "o sea 4").
_ONLY = re.compile(r"\b(?:only|just|nur(?: noch)?|seulement|plus que|solo|sólo|solamente|o sea)\s+(?:\w+\s+)?\d", re.I)
# A figure with the thing it counts ("6 Staplerfahrer", "4 grupos"), not a day ("19. Juni") or a time.
_THING = re.compile(r"(?<![\d.,:'/-])(\d{1,4})\s+([^\W\d_]{4,})")
_MONTH = alternation(ANY_MONTH)
# A start day ("ab 19. Juni", "from 19 June", "à partir du 19 juin", "dès le 19 juin", "desde el 19 de junio").
_START = re.compile(rf"\b(?:ab(?: dem| den)?|from|starting(?: on)?|à partir du|dès le|desde el|a partir del)\s+"
                    rf"(?:\w+,?\s+)?(\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}})\b", re.I)


def _same_thing(old: str, new: str) -> bool:
    """Whether two counted words name one thing: the same word or plural, or a compound and its head ("Staplerfahrer",
    "Fahrer")."""
    old, new = old.lower(), new.lower()
    return old[:5] == new[:5] or min(len(old), len(new)) >= 5 and (old.endswith(new) or new.endswith(old))


def _restated(text: str, later: str) -> str:
    """A text with each count and start day a later sentence gives anew put in its place."""
    for m in _THING.finditer(later):
        if m.group(2).lower() not in ANY_MONTH:
            # the thing, or the word after it ("6 forklift drivers")
            text = re.sub(r"(?<![\d.,:'/-])\d{1,4}(?=\s+(\w+)(?:\s+(\w+))?)", lambda x, m=m: m.group(1) if any(
                w and _same_thing(w, m.group(2)) for w in x.groups()) else x.group(0), text)
    new = _START.search(later)
    return _START.sub(lambda x: x.group(0).replace(x.group(1), new.group(1)), text) if new else text


def recounted_own(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The customer's older request said with the count and start day their later change gives ("6 Staplerfahrer ...
    ab 19. Juni" once they write "Eine Änderung: nur 5 Fahrer, dafür schon ab 12. Juni"): the newest figure is the
    one in force, everywhere the draft says it."""
    out = []
    for item in items:
        if item.status == "open" and item.direction == "inbound" and item.kind != "question":
            for src in (s for s in ordered if s.at > item.at and s.direction == "inbound"):
                # a day's own dot ends no sentence: "ab 12. Juni"
                for s in re.split(r"(?<=[^\d\s][.!?])\s+|\n+", cleaned.get((src.kind, src.id), "")):
                    if "?" not in s and (labelled(s) or _ONLY.search(s) or _NOW_COUNT.search(s)):
                        item = replace(item, quote=_restated(item.quote, s), text=_restated(item.text, s))
        out.append(item)
    return out


# A date the customer turns down in the sentence that names it ("der 17. April ist Ostermontag, das geht nicht").
_TURNED_DOWN = re.compile(r"\b(?:does(?:n't| not) work|won't work|is no good|(?:das )?(?:geht|passt|klappt) "
                          r"(?:\w+ )?nicht|ne (?:va|marche|convient) pas|impossible|no (?:nos )?(?:va|sirve|funciona|"
                          r"podemos))\b", re.I)


def turned_down(items: list[Item]) -> list[Item]:
    """The customer's dated sentence that turns its own date down: not noted back to them."""
    return [replace(i, status="superseded", by=f"{i.source_kind}:{i.source_id}")
            if i.status == "open" and i.direction == "inbound" and i.kind in ("term", "constraint")
            and _TURNED_DOWN.search(i.quote) and dated_day(i.quote, i.at.date()) else i for i in items]


# A viewing, visit or demo asked for, and a note that records one ("Showed Priya + Arjun 3 units", "Besichtigung mit
# Herrn Kraus", "Visite faite", "Probefahrt").
_VISIT_ASK = re.compile(r"\b(?:viewings?|showings?|visit|tour|demo|test drive|besichtigung\w*|probefahrt|vorführung|"
                        r"visites?|essai|visitas?|prueba de manejo|demostración)\b", re.I)
_VISIT_DONE = re.compile(r"^\s*(?:showed|shown|viewed|visited|toured|viewing|showing|visit|met|besichtigung|besichtigt|"
                         r"besuch|vor ort|probefahrt|visite|visité|rencontré|sur place|visita|visitamos|mostré|enseñé|"
                         r"reunión)\b|\b(?:im haus|on site|in person|sur place|en persona|probefahrt|test drive)\b",
                         re.I)
# A visit the note only plans ("Visit planned Tue", "Besichtigung geplant", "visite prévue", "visita agendada").
_PLANNED = re.compile(r"\b(?:plann?ed|booked|scheduled|next|to book|geplant|vereinbart|nächste\w*|prévue?|prochaine?|"
                      r"à caler|agendad[ao]|programad[ao]|próxim[ao])\b", re.I)


def _opening(src: Source, cleaned: dict) -> str:
    """A note's first sentence: what it records."""
    return re.split(r"(?<=[^\W\d]{4})\.\s|\n", cleaned.get((src.kind, src.id), "").strip(), maxsplit=1)[0]


def visit_done(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The customer's request for a viewing or visit answered by a later note that records one."""
    out = []
    for item in items:
        if item.status == "open" and item.direction == "inbound" and item.kind in ("question", "request") \
                and _VISIT_ASK.search(item.quote):
            later = next((s for s in ordered if s.at > item.at and s.direction == "note"
                          and _VISIT_DONE.search(_opening(s, cleaned)) and not _PLANNED.search(_opening(s, cleaned))),
                         None)
            if later is not None:
                item = _out(item, later, "answered")
        out.append(item)
    return out


# The rep's "I'll let you know" ("I've asked the listing agent about levies and will let you know", "je vous tiens au
# courant", "ich gebe Ihnen Bescheid", "le aviso").
_LET_KNOW = re.compile(r"\b(?:let you know|get back to you|find out|keep you posted|report back|gebe (?:ich )?(?:Ihnen|dir) "
                       r"Bescheid|melde (?:ich )?mich|kläre|je vous tiens au courant|je reviens vers vous|je me renseigne|"
                       r"je vous redis|le aviso|te aviso|averiguo)\b", re.I)


# A later word that the answer is still to come ("still has to check", "noch offen", "pas encore", "todavía no").
_PENDING = re.compile(r"\b(?:still|not yet|pending|has to|have to|to check|tbc|noch|offen|encore|pas encore|"
                      r"à vérifier|todavía|aún|pendiente)\b", re.I)


def let_know_kept(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The rep's promise to find something out, kept by a later note or email that says it (not one putting it off)."""
    out = []
    for item in items:
        if item.status == "open" and item.direction == "outbound" and item.kind in ("feature", "commitment", "term") \
                and _LET_KNOW.search(item.quote):
            words = content(_LET_KNOW.sub(" ", item.quote))
            later = next((src for src in ordered if src.at > item.at and src.direction in ("outbound", "note") and any(
                "?" not in s and not defers_answer(s) and not _PENDING.search(s)
                and shared_words(words, content(s)) >= min(ANSWER_OVERLAP, len(words))
                for s in source_sentences(src, cleaned))), None)
            if later is not None:
                item = _out(item, later, "kept")
        out.append(item)
    return out


def unread_changes(items: list[Item], ordered: Sequence[Source], cleaned: dict, language: str) -> list[Item]:
    """The customer's sentences that change a term without a verb of their own ("Kleine Änderung: eins davon bitte in
    Weiß statt Grau", "one of them in white instead of grey") and so were read as no point, kept as terms so that the
    change is said back."""
    out = list(items)
    for src in (s for s in ordered if s.direction == "inbound"):
        text = cleaned.get((src.kind, src.id), "")
        for start, end, _, _ in sentence_spans(text, src.direction):
            quote = text[start:end].strip()
            if "?" in quote or any(quote in i.quote or i.quote in quote for i in out
                                   if (i.source_kind, i.source_id) == (src.kind, src.id)) or not swaps(quote, language):
                continue
            at = max((n + 1 for n, i in enumerate(out) if i.at <= src.at), default=0)
            out.insert(at, Item(kind="term", text="", quote=quote, source_kind=src.kind, source_id=src.id, at=src.at,
                                direction="inbound"))
    return out


# "Same time" in a change of day ("Tuesday 25 April instead, same time?", "gleiche Uhrzeit", "à la même heure",
# "a la misma hora"): the time of the rep's proposal it moves.
_SAME_TIME = re.compile(r"\b(?:(?:at )?the same time|same time|(?:zur )?(?:gleichen?|selben?) (?:uhr)?zeit|"
                        r"(?:à )?la même heure|même heure|(?:a )?la misma hora|misma hora)\b", re.I)
_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|\s?(?:am|pm|uhr|h)\b)"
_TIME_SPAN = re.compile(rf"(?<![\d.,:]){_CLOCK}(?:\s*(?:-|–|to|bis|à|a|hasta)\s*{_CLOCK})?", re.I)


def same_time(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The customer's change of day that keeps "the same time", said with that time: the clock time of the rep's
    newest earlier email or note that names one ("same time, 10:00")."""
    out = []
    for item in items:
        m = _SAME_TIME.search(item.quote) if item.status == "open" and item.direction == "inbound" else None
        if m is not None:
            times = [t.group(0) for src in ordered if src.at < item.at and src.direction in ("outbound", "note")
                     for t in _TIME_SPAN.finditer(cleaned.get((src.kind, src.id), ""))]
            if times:
                when = times[-1]
                said = f"{m.group(0)}, {when}"  # a bracket would be cut as an aside
                item = replace(item, quote=item.quote.replace(m.group(0), said, 1),
                               text=_SAME_TIME.sub(lambda x, t=when: f"{x.group(0)}, {t}", item.text, count=1))
        out.append(item)
    return out


def narrowed(items: list[Item], ordered: Sequence[Source], cleaned: dict, language: str) -> list[Item]:
    """Every rule above, in turn."""
    items = resized(unread_changes(items, ordered, cleaned, language), ordered, cleaned)  # "4 m2 instead of 2 m2"
    items = must_be(items, ordered, cleaned)  # "the LED must be 3000 K": the rep's "LED strips at 4000 K" goes
    items = replaced_weekday(dropped_parts(items, ordered, cleaned), ordered, cleaned)
    items = booked_since(unneeded(items, ordered, cleaned), ordered, cleaned)  # "no permit"; "5 and 7 booked"
    items = timing_dated(wish_taken_up(items, ordered, cleaned), ordered, cleaned)
    items = recounted_own(heads_recounted(turned_down(items), ordered, cleaned), ordered, cleaned)
    items = refused_weekday(same_time(items, ordered, cleaned), ordered, cleaned)
    items = let_know_kept(visit_done(items, ordered, cleaned), ordered, cleaned)
    items = put_in(items, ordered, cleaned)  # "Installed CU-40 ...": the offer that priced it is history
    items = arrow_revised(items, ordered, cleaned)  # "Livraison fin janvier -> début mars": the line says début mars
    return corrected(items, language)  # their own request corrected: said back with the new figures

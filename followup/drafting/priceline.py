"""The price in force said as one line of the rep's: the newest note's or email's count, unit price and total ("Agreed
22 fixtures ... £1,150 each = £25,300 incl. rewiring" -> "22 fixtures at £1,150 each, £25,300 in total incl.
rewiring"; "300 Anzüge à 32,90 € = 9.870 €" -> "300 Anzüge à 32,90 €, insgesamt 9.870 €") and a sum of priced parts
("1,5 km barrières CHF 18'000 + 10 radios CHF 450 = CHF 18'450 HT") with each part's price and the total, instead of
the total alone or the note's line glued into "Le prix pour ... est de". en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.countprice import count_price_words, counted_price
from followup.drafting.draftwords import figures
from followup.drafting.fragments import per_units
from followup.drafting.items import Item, State
from followup.drafting.moneyforms import MONEY_RE
from followup.drafting.pricefor import TOTAL
from followup.drafting.recount import INSTEAD_OF
from followup.drafting.shorthand import spell_out
from followup.text.dates import month_names

# A total and a price it is worked out from agree when they differ by at most this share (rounding of cents).
SAME_SUM = 0.005
# A priced part of a sum, or the words between a count and its unit price, longer than this is the note's account.
PART_WORDS = 7
# Words before a count that name what a count of generic pieces is ("Katalog 2.500 Stück"): at most this many.
LABEL_WORDS = 2

# The word before a unit price saying "at so much each" ("@", "at", "à", "zu je", Spanish "a").
_AT = {"en": r"@|\bat", "de": r"@|\bà|\bzu(?:\s+je)?|\bje", "fr": r"@|\bà", "es": r"@|\ba"}
# How the line joins a count to its unit price, and the unit word English needs when the note gives none.
_AT_WORD = {"en": "at", "de": "zu", "fr": "à", "es": "a"}
# The words after a price that make it a unit price: "each", "per location", "pro Stück", "l'unité", "por unidad",
# a slash unit of pieces ("/ud", "/Stk.").
_PER = re.compile(r"(?P<slash>(?:\s?/\s?(?!(?:ud|uds|stk|st|pc|pcs|pce|unit|unité|unidad)\b)[^\W\d_]+\.?)*)"
                  r"(?P<per>\s+(?:each|apiece|per\s+(?!cent\b)[^\W\d_][\w-]*(?:\s(?!(?:and|or|with|for)\b)[^\W\d_][\w-]*)?|"
                  r"pro\s+[^\W\d_][\w-]*|je\s+[^\W\d_][\w-]*|l['’]unité|la pièce|par\s+[^\W\d_][\w-]*|la unidad|"
                  r"por\s+(?:unidad|persona|pieza)|cada\s+un[oa])|\s?/\s?(?:ud|uds|stk|st|pc|pcs|pce|unit|unité|"
                  r"unidad)\b\.?)?", re.I)
# What comes between a unit price and its total in one clause: "=", an arrow (after a "now": "each now = ..."), "total
# (now)", "insgesamt", "soit".
_TO_TOTAL = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:(?:now|jetzt|nun|maintenant|désormais|ahora)\s*)?"
                       r"(?:=|->|→|=>|,?\s*(?:(?:new\s+|neue[sr]?\s+|nouveau\s+|nuevo\s+)?"
                       r"(?:total|gesamt(?:preis)?|insgesamt|soit|en total)(?:\s+(?:now|jetzt|de))?\s*:?))\s*", re.I)
# A count of things: a number (not of money, a day or a time) and up to three words naming them.
_COUNT = re.compile(r"(?<![\w.,'’/$€£-])(?P<n>\d{1,3}(?:[.,'’\u202f ]\d{3})+|\d+)\s+"
                    r"(?P<thing>(?!(?:à|a|at|zu|je|de|x|@)\b)[^\W\d_][\w'’-]*"
                    r"(?:\s+(?!(?:at|à|a|zu|je|for|für|pour|por|para|each|per|pro|and|und|et|y|with|mit|avec|con|"
                    r"instead|rather|than|not|nicht|pas|no|plutôt|statt|anstatt|au|en|de|x|is|are|sind|sont|son|now|jetzt)\b)[^\W\d_][\w'’-]*){0,2})")
# Words after a number that make it no count of things: time, measures, days and months, percentages.
_NOT_THING = {"x", "h", "uhr", "am", "pm", "min", "mins", "minutes", "hours", "hour", "hrs", "stunden", "heures",
              "horas", "night", "nights", "nächte", "nuits", "noches",
              "day", "days", "tage", "tagen", "jours", "días", "dias", "week", "weeks", "wochen", "semaines",
              "semanas", "month", "months", "monate", "mois", "meses", "year", "years", "jahre", "ans", "años",
              "m", "km", "cm", "mm", "kg", "t", "l", "seiten", "pages", "páginas", "mo", "yr", "yrs",
              "kva", "kw", "kwh", "w", "v", "hp", "ps", "cv", "gal", "lb", "lbs", "ft", "ha", "qq", "ml", "g", "mon", "mnt",
              "monat", "monaten", "mte", "jahr", "std", "wo", "sem", "mes", "año", "an", "yr.",
              *month_names("en", "de", "fr", "es", spellings=False)}
# A count of generic pieces, said with the word before it that names what they are ("Katalog 2.500 Stück").
_PIECES = {"stück", "stk", "pieces", "pcs", "units", "unités", "pièces", "unidades", "uds", "piezas", "exemplare",
           "copies", "exemplaires", "ejemplares"}
# Words a label of pieces never ends with: it names no thing then.
_LINKS = {"for", "of", "at", "für", "von", "zu", "über", "pour", "de", "du", "des", "para", "por", "del", "à", "a"}
# A word opening a note's clause that is no part of what is priced ("Jetzt 8 Titel", "Now 6 trailers").
_LEAD = re.compile(r"^(?:now|jetzt|nun|maintenant|désormais|ahora|agreed|offered|vereinbart|convenu|acordado)\b\s*:?\s*",
                   re.I)
# After a total, a piece it keeps when the note adds it after a comma ("..., with a 2-year price lock").
_WITH = re.compile(r",\s*(?P<w>(?:with|incl\.?|including|mit|inkl\.?|inklusive|avec|y compris|con|incluido)\s[^,;]+)",
                   re.I)
# The words a total takes after it in one clause: up to a comma or the clause's end, no other figure.
_TAIL = re.compile(r"(?P<t>(?:\s?/\s?[^\W\d_]+\.?)*(?:\s*\+\s*(?:IVA|VAT|MwSt\.?|TVA|GST|HST|tax)\b|"
                   r"\s+[^\W\d_+][^,;:\d]*)?)")
_IN_TOTAL = {"en": "{line}, {total} in total{tail}", "de": "{line}, insgesamt {total}{tail}",
             "fr": "{line}, soit {total}{tail}", "es": "{line}, en total {total}{tail}"}
_FOR = {"en": "{what} for {x}", "de": "{what} für {x}", "fr": "{what} pour {x}", "es": "{what} por {x}"}
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}


class _Money:
    """An amount found in a clause: its span and text (a match's start, end and group(0))."""

    def __init__(self, start: int, text: str) -> None:
        self._start, self._text = start, text

    def start(self) -> int:
        """Where the amount begins."""
        return self._start

    def end(self) -> int:
        """Where the amount ends."""
        return self._start + len(self._text)

    def group(self, _: int = 0) -> str:
        """The amount as written."""
        return self._text


def _amounts(clause: str) -> list[_Money]:
    """The amounts of a clause, a list's "400, 31 900 €" read as the count before the comma and the amount after it."""
    out = []
    for m in MONEY_RE.finditer(clause):
        text, start = m.group(0), m.start()
        if ", " in text:
            cut = text.rindex(", ") + 2
            text, start = text[cut:], start + cut
        if not re.fullmatch(r"R\d{1,3}", text):  # a refrigerant or a model ("R22"), not rand
            out.append(_Money(start, text))
    return out


def amount(money: str) -> float | None:
    """The value of a written amount or count ("£1,150" 1150, "32,90 €" 32.9, "CHF 31'650" 31650), or None."""
    digits = re.sub(r"[^\d.,'’\u202f ]", "", money).strip(" .,")
    if not digits:
        return None
    digits = re.sub(r"['’\u202f ]", "", digits)
    m = re.search(r"[.,](\d{1,2})$", digits)
    whole, cents = (digits[:m.start()], m.group(1)) if m else (digits, "")
    whole = re.sub(r"[.,]", "", whole)
    try:
        return float(f"{whole}.{cents}" if cents else whole)
    except ValueError:
        return None


def _same(a: float | None, b: float | None) -> bool:
    """Whether two values agree within rounding."""
    return a is not None and b is not None and b > 0 and abs(a - b) <= SAME_SUM * b


def _counts(clause: str, money: list[_Money]) -> list[tuple[int, int, str, str]]:
    """The counts of things a clause names, none inside an amount, each cut before an amount after it: (start, end,
    number, thing)."""
    out = []
    for m in _COUNT.finditer(clause):
        thing = m.group("thing")
        cut = next((x.start() for x in money if m.start("thing") <= x.start() < m.end()), None)
        thing = clause[m.start("thing"):cut].strip() if cut is not None else thing
        first = thing.split()[0].lower().strip(".") if thing.split() else ""
        if not first or first in _NOT_THING or any(x.start() <= m.start("n") < x.end() for x in money):
            continue
        out.append((m.start(), m.start("thing") + len(thing), m.group("n"), thing))
    return out


def _what(clause: str, count: tuple[int, int, str, str], end: int) -> str:
    """The words of a count up to its price ("2 backlit panels", "12 uplights, IP65 version"), with the word naming
    generic pieces before it ("Katalog 2.500 Stück"); "" when they are the note's account rather than a thing."""
    what = re.sub(r"\s+(?:ok|okay|OK)\b", "", clause[count[0]:end]).strip(" ,:;-")
    what = re.sub(rf"\s*(?:{_AT['en']}|{_AT['de']}|{_AT['fr']})\s*$", "", what, flags=re.I).strip(" ,:;-")
    if len(what.split()) > PART_WORDS or MONEY_RE.search(what) or re.search(r"=|->|→|\+", what):
        return ""
    if count[3].split()[0].lower().strip(".") in _PIECES:
        label = _LEAD.sub("", clause[:count[0]].strip(" ,:;-"))
        if label and len(label.split()) <= LABEL_WORDS and not re.search(r"\d", label) \
                and label.split()[-1].lower() not in _LINKS:  # "Zusage für 3 Stück": no name of the pieces
            what = f"{label} {what}"
    return what


def _thing_stem(thing: str) -> str:
    """The stem of a count's last word, to match it with what a price is per ("locations", "per location")."""
    return thing.split()[-1].lower()[:5] if thing.split() else ""


def _total_tail(clause: str, total: _Money, language: str) -> tuple[str, str]:
    """The words a total keeps after it: those said with the amount ("net", "HT", "/mo") and those after "in total"
    ("incl. rewiring", ", with a 2-year price lock")."""
    tail = _TAIL.match(clause, total.end()).group("t").rstrip(" .")
    more = _WITH.match(clause, total.end() + len(_TAIL.match(clause, total.end()).group("t")))
    tail += f", {more.group('w').strip(' .')}" if more else ""
    if language != "en":
        return tail, ""
    m = re.search(r",|\s(?:incl\.?|including|with|plus|\+)(?=\s)", tail, re.I)
    return (tail[:m.start()], tail[m.start():]) if m else (tail, "")


def _in_total(line: str, total: _Money, clause: str, language: str) -> str:
    """A line with the total it comes to."""
    near, far = _total_tail(clause, total, language)
    if language == "en":
        return f"{line}, {total.group(0)}{near} in total{far}"
    return _IN_TOTAL.get(language, _IN_TOTAL["en"]).format(line=line, total=total.group(0), tail=near)


def _apart(clause: str, total: _Money, language: str) -> str:
    """A total that is not the line's own said as its own sentence ("The total is CAD 28,700 installed.")."""
    near, far = _total_tail(clause, total, language)
    return TOTAL.get(language, TOTAL["en"]).format(x=f"{total.group(0)}{near}{far}")


def _unit_line(clauses: list[str], n: int, language: str) -> tuple[str, int | None, str]:
    """A clause's one price as a line (_one_line), only when the clause holds no other amount: two prices in one
    clause ("$385 for 1,000 gal, $520 for 1,500 gal") are each the other's context."""
    line, source, total = _one_line(clauses, n, language)
    return (line, source, total) if len(_amounts(clauses[n])) <= 1 + bool(total or _TOTAL_SAID.search(line)) \
        else ("", None, "")


_TOTAL_SAID = re.compile(r", (?:insgesamt|soit|en total)\s|in total\b")


def _one_line(clauses: list[str], n: int, language: str) -> tuple[str, int | None, str]:
    """A clause's unit price as one line with its count and total ("22 fixtures at £1,150 each, £25,300 in total"),
    or a count's or a named thing's price when a total follows it ("2 gradins de 400 pour 31 900 € HT"); the index of
    the clause its count came from (None: its own), and a total said apart ("" when none); ("", None, "") when the
    clause holds no such price."""
    clause = clauses[n]
    money = _amounts(clause)
    for k, m in enumerate(money):
        before, after = clause[:m.start()], clause[m.end():]
        at = re.search(rf"(?:{_AT.get(language, _AT['en'])})\s*$", before, re.I)
        per = _PER.match(after)
        rest = after[per.end():] if per else after
        to = _TO_TOTAL.match(rest)
        total = money[k + 1] if to and k + 1 < len(money) and money[k + 1].start() == m.end() + (
            per.end() if per else 0) + to.end() else None
        # "at"/"a" alone may price the lot ("14 controllers plus 2 sensors at FJD 23,450") or each: only with "each",
        # "per ..." or a total after it is it a unit price; "@", "à", "zu je" always are
        loose = bool(at) and at.group(0).strip().lower() in ("at", "a") and not (per and per.group("per")) \
            and total is None
        unit_price = bool(at or (per and per.group("per"))) and not loose
        counts = [c for c in _counts(clause, money) if c[1] <= m.start()]
        if not unit_price:
            # a lump price: after its count, right after the label's colon ("800 places : 2 gradins de 400, 31 900 €
            # HT"); a count opening the note's clause alone may be the account of something else ("6 heaters OK, new
            # price ...")
            near = [c for c in counts if ":" in clause[:c[0]] and not clause[:c[0]].split(":")[-1].strip()
                    and not re.search(r"[.:;,]", clause[c[1]:m.start()].rstrip(" ,"))][:1]
            what = _what(clause, near[0], m.start()) if near and not loose else ""
            if not what or "," in what or what.split()[-1].lower() in _LINKS:
                continue
            near_tail = "" if total is not None else _TAIL.match(clause, m.end()).group("t").rstrip(" .")
            line = _FOR.get(language, _FOR["en"]).format(what=what, x=f"{m.group(0)}{near_tail}")
            return line, None, _apart(clause, total, language) if total is not None else ""
        unit = amount(m.group(0))
        per_words = (per.group("per") or "").split() if per else []
        per_thing = per_words[-1].lower()[:5] if per_words else ""
        own = [c for c in counts if per_thing and _thing_stem(c[3]) == per_thing] or counts[-1:]
        count, source = (own[-1], None) if own else (None, None)
        if count is None:
            # the count stands in another clause of the same source: the one the total works out from ("3 locations"
            # for "CAD 249/mo per location = CAD 747/mo")
            for j, other in enumerate(clauses):
                for c in _counts(other, _amounts(other)) if j != n else []:
                    if total is not None and _same((amount(c[2]) or 0) * (unit or 0), amount(total.group(0))):
                        count, source = c, j
        if count is None:
            continue
        what = _what(clause, count, (at.start() if at else m.start())) if source is None else f"{count[2]} {count[3]}"
        if not what:
            continue
        word = _AT_WORD.get(language, "at") if not at or at.group(0).strip() == "@" else at.group(0).strip()
        each = per.group(0) if per and per.group("per") else (per.group("slash") if per else "")
        each = each if each.strip() or language != "en" else f"{each} each"
        line = f"{what} {word} {m.group(0)}{each}"
        if total is None:
            return line, source, ""
        if _same((amount(count[2]) or 0) * (unit or 0), amount(total.group(0))):
            return _in_total(line, total, clause, language), source, ""
        return line, source, _apart(clause, total, language)
    return "", None, ""


def _sum_line(clause: str, language: str) -> str:
    """A clause that adds priced parts up to a total ("A CHF 18'000 + B CHF 13'200 = CHF 31'200 HT") as each part with
    its price and the total ("A pour CHF 18'000 et B pour CHF 13'200, soit CHF 31'200 HT"); "" when the parts do not
    add up to the total or a part names no short thing."""
    m = re.search(r"\s*(?:=|->|→|=>)\s*(?:(?:new\s+|neue[sr]?\s+|nouveau\s+|nuevo\s+)?(?:total|gesamt|insgesamt|"
                  r"soit|en total)\s*:?\s*)?(?=\S)", clause, re.I)
    if not m or not (total := MONEY_RE.match(clause, m.end())):
        return ""
    parts = re.split(r"\s+(?:\+|plus|más|und|et)\s+(?=\S)", clause[:m.start()])
    said, values = [], []
    for part in parts:
        found = list(MONEY_RE.finditer(part))
        if len(found) != 1:
            return ""
        what = _LEAD.sub("", (part[:found[0].start()] + part[found[0].end():]).strip(" ,:;-"))
        what = re.sub(r"\s*:\s*", " ", what).strip()
        if not re.search(r"[^\W\d_]{3}", what) or len(what.split()) > PART_WORDS:
            return ""
        said.append(_FOR.get(language, _FOR["en"]).format(what=what, x=found[0].group(0)))
        values.append(amount(found[0].group(0)) or 0)
    if len(said) < 2 or not _same(sum(values), amount(total.group(0))):
        return ""
    return _in_total(f"{', '.join(said[:-1])} {_AND.get(language, 'and')} {said[-1]}", total, clause, language)


def source_lines(clauses: list[str], language: str) -> tuple[list[str], list[str], set[int], dict[int, str]]:
    """A source's priced clauses as the rep's lines (unit prices with their count and total, sums of parts), the
    totals said apart as sentences, the indexes of the clauses they say, and what each of those says beyond them."""
    lines, apart, said, kept = [], [], set(), {}
    for n, clause in enumerate(clauses):
        text = re.sub(r"\s*\((?![^()]*[$€£¥])[^()]*\)", "", clause)
        line, source, total = _sum_line(text.strip().rstrip("."), language), None, ""
        if not line:
            line, source, total = _unit_line([*clauses[:n], text, *clauses[n + 1:]], n, language)
        if not line:
            continue
        line = per_units(line) if language == "en" else line
        lines.append(spell_out(line, language).strip(" .;,"))
        apart += [total] if total else []
        said.add(n)
        if rest := _rest(text, line):
            kept[n] = rest
        if source is not None and _count_only(clauses[source]):
            said.add(source)
    return lines, apart, said, kept


def _rest(clause: str, line: str) -> str:
    """What a priced clause says beyond its price line, its other comma pieces ("lanyards: we collect them after the
    event", "Sponsorlogo Rücken einfarbig inklusive"); "" when the line says it all."""
    pieces = [p.strip(" .") for p in re.split(r",\s+(?!\d)", clause)]
    left = [p for p in pieces if p and p not in line and not _amounts(p) and not (figures(p) & figures(line))
            and len(re.findall(r"[^\W\d_]{2,}", p)) >= 2]
    return ", ".join(left) + "." if left else ""


def _count_only(clause: str) -> bool:
    """Whether a clause says no more than a count (and the count it replaces): "Agreed 22 fixtures instead of 24"."""
    if MONEY_RE.search(clause):
        return False
    rest = INSTEAD_OF.sub("", clause)
    return len(re.findall(r"\d+", rest)) <= 1 and len(rest.split()) <= PART_WORDS


def price_lines(terms: Sequence[Item], state: State, lead: str) -> tuple[list[str], list[Item], list[Item]]:
    """The newest call note's prices in force as the rep's sentences, the first after the lead ("To confirm, {x}."),
    the items they say, and those items cut to what they say beyond the price (still terms); nothing when no clause
    of it holds a unit price with its count or a sum of priced parts."""
    priced = [t for t in terms if t.direction == "note" and not t.internal and MONEY_RE.search(t.quote)]
    if not priced:
        return [], [], []
    newest = max(priced, key=lambda t: t.at)
    items = [i for i in state.items if i.source_kind == newest.source_kind and i.source_id == newest.source_id
             and i.status == "open" and not i.internal and i.kind in ("term", "constraint")]
    lines, apart, said, kept = source_lines([i.quote.strip() for i in items], state.language)
    # a recount of the note said with its lump price ("Now 25 users" + "Repriced: CAD 46,500"): countprice.py
    count_line, lump_item, counted = counted_price(
        [i for i in state.items if i.source_kind == newest.source_kind and i.source_id == newest.source_id
         and i.status == "open" and (i not in items or items.index(i) not in said)], state.language)
    if not lines and not count_line:
        return [], [], []
    language = state.language
    if not lines:
        return [lead.format(x=count_line)], [lump_item, *counted], []
    joined = lines[0] if len(lines) == 1 else \
        f"{', '.join(lines[:-1])} {_AND.get(language, 'and')} {lines[-1]}"
    first = joined if language == "de" or not re.match(r"[A-Z][a-z]+\b", joined) else joined[:1].lower() + joined[1:]
    counted_said = [f"{count_line[:1].upper()}{count_line[1:]}."] if count_line else []
    return [lead.format(x=first), *apart, *counted_said], [items[n] for n in sorted(said)] + (
        [lump_item, *counted] if count_line else []), \
        [replace(items[n], quote=rest, text="") for n, rest in sorted(kept.items())]


def price_line_words(language: str) -> str:
    """The words these lines may say beyond the note, for the grounding check."""
    return " ".join([_AT_WORD.get(language, ""), _IN_TOTAL.get(language, ""), _FOR.get(language, ""),
                     _AND.get(language, ""), "each" if language == "en" else "",
                     count_price_words(language)])


def said_once(recap: Sequence[str], lines: Sequence[str]) -> list[str]:
    """The recap without a sentence whose every figure the price lines say again ("As agreed, 22 fixtures." beside
    "22 fixtures at £1,150 each"): the count is said once, with its price."""
    told = figures(" ".join(lines))
    return [r for r in recap if not (figures(r) and figures(r) <= told)]

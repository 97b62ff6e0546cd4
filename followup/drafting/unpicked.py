"""The options a customer's choice left out: the rep priced parallel options, each on its own line or clause ("-
HerdTrack Standard: GBP 62/month", "- HerdTrack Plus: GBP 89/month"; "A) leasing 36 meses, S/ 410", "B) leasing 24
meses, S/ 520"; "Sin permanencia, 420 €; con permanencia de 24 meses, 360 €") and a later customer sentence or call
note takes one ("we'll go for Plus", "Vamos con la A", "aprobó el Plan Integral", or a list under "die Entscheidung
ist gefallen:"). Whatever the draft would say of the others (their price, their term) no longer says what is in
force and is left out, whichever item carries it. Only parallel lines go (the same head word or the same kind of
label), unless the choice says it takes that one alone ("solo vamos con el hidroenfriador"). en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.figures import CURRENCY_CODES, numbers
from followup.drafting.items import Item
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.words import content

# Words at the head of an option's line that name what it is an option of ("HerdTrack Standard", "Plan Básico").
HEAD_WORDS = 3

# Words two priced lines must share in what they name to be two ways of one thing: a noun and what qualifies it
# ("49-seat coach" / "57-seat coach", "benches, Model Lindau" / "benches, Model Oslo"); one noun alone names a family
# of things taken side by side ("electric scissor lifts" / "boom lift").
MIN_KIND_WORDS = 2

# Figures shorter than this tell no option apart ("2 estaciones" is in one option and "2" in another's label).
MIN_FIGURE_DIGITS = 2

# A sum of money: a figure with a currency sign or ISO code before or after it, or Peru's "S/ 2,400" ("USV 60 kVA"
# is no sum: only a currency's code counts).
_CUR = rf"(?:[$€£¥¢]|\b(?:{'|'.join(CURRENCY_CODES)})\b|\bS/)"
_MONEY = re.compile(rf"{_CUR}\s?\d|\d(?:[\d,.' ]*\d)?\s?{_CUR}", re.I)

# An option's label at the head of its line: "A)", "B:", "1.", "Variante 2", "Option B", "Opción A", "Formule 1".
_LABEL = re.compile(r"^\s*(?:[-*•]\s*)?(?:(?:variante?|option|opción|opcion|formule|paket|package|plan)\s+)?"
                    r"(?P<label>[A-Da-d1-4])\s*[):.\-–]\s", re.I)
_NAMED_LABEL = re.compile(r"\b(?:variante?|option|opción|opcion|formule|paket|package|plan|la|le|el|die|der|the)\s+"
                          r"(?P<label>[A-Da-d1-4])\b(?!\s*[%€$£.,]\s*\d)", re.I)

# Words that take one option: "we choose", "we'll go for", "wir nehmen", "nous prenons", "vamos con", "aprobó".
_CHOOSE = re.compile(
    r"\b(?:choose|chose|chosen|go(?:ing)? (?:for|with)|take|taking|opt(?:ed)? for|decided? (?:on|for)|approved?|"
    r"prefers?|pick(?:ed)?|settled? on|decision|(?:must|has to|have to) be|"
    r"nehmen|nehme|wählen|gewählt|entscheiden uns für|entschieden|entscheidung|freigegeben|genehmigt|bevorzugen|"
    r"bleiben bei|muss es|choisi\w*|prenons|prend|retenons|retenu|optons pour|opté pour|partons sur|part sur|"
    r"validé|préférons|décidé|décision|ce sera|doit être|vamos con|nos quedamos con|eleg\w+|elig\w+|escogemos|optamos por|"
    r"aprob(?:ó|amos|ado)|preferimos|tomamos|decidimos|decisión|tiene que ser)\b", re.I)

# An option a choice turns down beside what it takes: "approved Core, without the RFID for now", "ohne die Beleuchtung",
# "sans l'option chauffage", "sin la instalación", "but not the lighting".
_WITHOUT = re.compile(r"\b(?:without|but not|except|ohne|außer|aber nicht|sans|sauf|mais pas|sin|excepto|salvo|"
                      r"pero no)\s", re.I)

# A line of the list under a choice that turns an item down, at its head: "no microphone after all", "without the
# practice area", "kein Mikrofon", "ohne Montage", "pas de micro finalement", "sans le totem", "sin micrófono", "no
# necesitamos el micrófono". The rest of the line names what is turned down.
_REFUSED_HEAD = re.compile(r"^\s*(?:[-*•–]\s*|\d+[.)]\s*)?(?:(?:no|not|without|kein\w*|ohne|nicht|sans|sin|nada de)"
                           r"(?:\s+|$)|(?:pas|plus) d(?:e\s+|'))", re.I)

# A list line's clause turning one thing down after the one taken: "Kauf, nicht Miete", "purchase, not rental",
# "achat, pas location", "compra, no arriendo".
_NOT_AFTER = re.compile(r",\s*(?:not|nicht|kein\w*|pas(?: de| d')?|non|no|sin|ohne|without|sans)\s+", re.I)

# A line that offers itself as the other way to the line before it: "- Or contract hire over 60 months: £2,980".
_OR_LED = re.compile(r"^\s*(?:[-*•]\s*)?(?:or|oder|ou|o|alternatively|alternativ|sinon|alternativement|"
                     r"alternativamente)\b", re.I)

# A choice of that option alone: "solo vamos con", "we'll only take", "nur die", "seulement", "uniquement".
_ALONE = re.compile(r"\b(?:only|just|solo|sólo|solamente|únicamente|nur|seulement|uniquement)\b", re.I)

# The mark before what a choice turns down, in what _objects yields.
DECLINED = "\0"

# Where what a choice names ends: a clause break.
_CLAUSE_END = re.compile(r"[.;!?,]|\s(?:because|but|and|weil|aber|und|parce que|car|mais|et|porque|pero|y)\s", re.I)


def _priced(line: str) -> bool:
    """Whether a line names a sum of money."""
    return bool(_MONEY.search(line))


def _segments(text: str) -> list[str]:
    """A rep's lines, sentences and ';' clauses, a clause of two sums split at its commas too, each part up to and with
    its sum ("Told her EUR 2,350 pp, in-company version EUR 24,000 flat")."""
    out = []
    for line in [c for a, b in split_sentences(text) for c in re.split(r"\n|;\s", text[a:b])]:
        group = ""
        for part in re.split(r",\s", line):
            if group and _priced(group) and _priced(part):
                out.append(group)
                group = ""
            group = f"{group}, {part}" if group else part
        out.append(group)
    return [p.strip() for p in out if p.strip()]


# A line of a list that prices one thing under its name and a colon: "- polycoton : 24,90 € HTVA la tenue", "Premium (600
# g/m², hotel quality): €0.78 per towel, €3.40 per bathrobe", "Opción Digital (foróptero digital): $446,000 MXN + IVA".
_HEADED = re.compile(r"^\s*(?:[-*•–]\s*)?[^\W\d_][^:\n]{0,60}?\s*:\s*\S")

# Lines under a name and a colon it takes for the rep to set out options as a list.
MIN_HEADED = 2


def _offered(raw: str, cleaned: str) -> list[str]:
    """The priced parts of a rep's offer: from its own lines when it lists two or more things each under its name and
    a colon (the cleaning joins such a list into one sentence, "polycoton : 24,90 € et stretch : 31,50 €"), each such
    line whole with all its sums; else from its cleaned sentences."""
    lines = [line.strip(" \t-*•–") for line in raw.split("\n") if not line.lstrip().startswith(">")]
    headed = [line for line in lines if _HEADED.match(line) and _priced(line)]
    if len(headed) < MIN_HEADED:
        return [seg for seg in _segments(cleaned) if _priced(seg)]
    return [seg for line in lines for seg in ([line] if line in headed else _segments(line)) if _priced(seg)]


def _unit(line: str) -> str:
    """What a line's first sum is per, as written after it ("per towel", "a year", "HTVA la tenue"), lower case."""
    money = _SUM.search(line)  # the sum whole: "JPY 148,000 per seat" is per seat, not cut at its thousands comma
    after = re.split(r"[,;(]|\s(?:and|und|et|y)\s", line[money.end():])[0] if money else ""
    unit = " ".join(re.sub(r"^[\d,.' ]*", "", after).lower().split()).rstrip(".")
    # a tax label alone ("+ IVA", "netto") says what the sum is, not what it is per
    return "" if _TAX_ONLY.fullmatch(unit) else unit


# A tax label after a sum and nothing else: "+ iva", "+ vat", "ht", "netto", "ttc", "zzgl. mwst".
_TAX_ONLY = re.compile(r"(?:\+\s*)?(?:(?:zzgl|inkl|excl|incl|plus)\.?\s+)?(?:iva|vat|gst|tva|htva|ht|ttc|tvac|netto|"
                       r"brutto|mwst\.?|ust\.?|igv)?", re.I)


def _label(line: str) -> str:
    """The option's label at the head of its line ("A", "2"), lower case, or ""."""
    m = _LABEL.match(line)
    return m.group("label").lower() if m else ""


def _figures(text: str) -> set[str]:
    """The figures of a text that can tell options apart."""
    return {n for n in numbers(text) if len(n) >= MIN_FIGURE_DIGITS}


# A model's code, letters and digits in one word ("T9", "SR-2", "L7", "CE-3"): no content word, yet its own name.
_CODE = re.compile(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[^\W\d_])[\w]+(?:-[\w]+)*(?![\w-])")


# A variant's short capital letters after its model ("PA12 GF", "Serie XL", "modelo HD"): too short for a content word,
# yet what tells it from the plain model.
_CAPS = re.compile(r"(?<![\w-])[A-Z]{2,4}(?![\w-])")


def _tokens(text: str) -> set[str]:
    """What names an option: its content words, its figures, its model codes and its variant's capitals."""
    caps = {c.lower() for c in _CAPS.findall(text)} - {c.lower() for c in CURRENCY_CODES}
    return content(text) | _figures(text) | {c.lower() for c in _CODE.findall(text)} | caps


def _head(line: str) -> set[str]:
    """The words at the head of a line, lower case ("HerdTrack Standard" -> herdtrack, standard)."""
    # the name before its figures: "ChargeLedger Pro: TWD 1,150" -> chargeledger, pro (never the currency)
    # a model's code at the head is its name too ("PA12: USD 3,120" beside "PA12 GF: USD 3,890"); a bare figure ends it
    head = re.split(r"[:(]|(?<![\w-])\d|\bS/", re.sub(r"^\s*[-*•]\s*", "", line), maxsplit=1)[0]
    words = " ".join(head.split()[:HEAD_WORDS])
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", words) + _CODE.findall(words)
            if w.lower() not in CURRENCY_CODES}


# Words two lines can share at their head without naming one thing ("The 5-bin sorter ...", "The warranty adds ...").
_ARTICLES = frozenset("the our your this that der die das den dem des ein eine einen les une el los las una".split())


def _kind(line: str) -> set[str]:
    """What a priced line names before its sum, its figures and counts left out ("40 benches, Model Lindau (steel)"
    -> bench, model, lindau; "Two 57-seat coaches: A$7,860" -> seat, coach)."""
    name = re.split(r"[:(]", re.sub(r"^\s*[-*•]\s*", "", line), maxsplit=1)[0]
    money = _MONEY.search(name)
    return {w for w in content(name[:money.start()] if money else name) if w not in CURRENCY_CODES}


def _parallel(a: str, b: str, options: list[str]) -> bool:
    """Whether two priced lines are options of one thing: the same kind of label, a head word or a word of what they
    name in common, or one led by "or" after the other."""
    at = {o: k for k, o in enumerate(options)}
    first, second = sorted((a, b), key=lambda o: at.get(o, -1))
    # "- or all-in: 310 €" after the list's priced lines: instead of each of them, not only of the line before it
    offered_instead = at.get(second, -1) > at.get(first, -1) >= 0 and bool(_OR_LED.match(second))
    return (bool(_label(a) and _label(b)) or bool((_head(a) & _head(b)) - _ARTICLES)
            or len((_kind(a) & _kind(b)) - _ARTICLES) >= MIN_KIND_WORDS or offered_instead)


def _objects(text: str):
    """What each choice in a customer's text or note names: the words after a choice word to the clause end, each
    line of a list under a choice that ends in ':'; with whether it takes that one alone. What the choice turns down
    ("without the RFID") comes marked DECLINED."""
    intro, listed = False, False
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            intro = intro and not listed  # a list ends at the blank line after it, not at the one before it
            continue
        if intro:
            listed = True
            refused = _REFUSED_HEAD.match(line)
            instead = _NOT_AFTER.search(line)
            if refused and "?" not in line and "¿" not in line:  # "pas de micro finalement": that one turned down
                yield DECLINED + line[refused.end():], False
            elif instead and "?" not in line and "¿" not in line:  # "Kauf, nicht Miete": Miete turned down
                yield line[:instead.start()], False
                yield DECLINED + line[instead.end():], False
            elif "?" not in line and "¿" not in line:
                yield line, bool(_ALONE.search(line))
            continue
        for sentence in [line[a:b] for a, b in split_sentences(line)]:
            m = _CHOOSE.search(sentence)
            if not m or "?" in sentence or "¿" in sentence:
                continue
            rest = sentence[m.end():]
            end = _CLAUSE_END.search(rest)
            if sentence.endswith(":"):  # "die Entscheidung ist gefallen:" and the list of what was taken
                intro = True
                named = (rest[:end.start()] if end else rest).rstrip(" :")
                # "Wir nehmen die T9, aber:": the choice is named before its list of changes
                if {w.lower() for w in named.split()} - _ARTICLES:
                    yield named, False
                continue
            yield rest[:end.start()] if end else rest, bool(_ALONE.search(sentence[max(0, m.start() - 20):m.end() + 20]))
            for left in _WITHOUT.finditer(rest):  # "..., without the RFID for now": that one turned down
                after = rest[left.end():]
                end = _CLAUSE_END.search(after)
                yield DECLINED + (after[:end.start()] if end else after), False


def _names(what: str, option: str, others: list[str]) -> int:
    """How the words of a choice name this option and none of the others, by what sets it apart: 2 by its label or a
    content word or figure of its own, 1 by a word at its head alone, 0 not at all."""
    own = _tokens(option) - set().union(*[_tokens(o) for o in others])
    label = _label(option)
    m = _NAMED_LABEL.search(what)
    if label and m and m.group("label").lower() == label or own & _tokens(what):
        return 2
    # a name at the head that no other option's head has ("Plus" beside "Standard"), any word, a stop word too
    head = _head(option) - set().union(*[_head(o) for o in others])
    return int(bool(head & {w.lower() for w in re.findall(r"[^\W\d_]{3,}", what)}))


def _left_out(ordered: Sequence[Source], cleaned: dict) -> list[tuple[str, str, str]]:
    """(option left out, option taken, source of the choice) for each choice after the rep's priced options."""
    out = []
    for src in ordered:
        if src.direction == "outbound":
            continue
        text = cleaned.get((src.kind, src.id), "")
        for what, alone in _objects(text):
            for offer in sorted((s for s in ordered if s.direction != "inbound" and s.at <= src.at
                                 and s is not src), key=lambda s: s.at, reverse=True):
                options = _offered(offer.text or "", cleaned.get((offer.kind, offer.id), ""))
                if len(options) < 2:
                    continue
                how = [_names(what, o, [x for x in options if x is not o]) for o in options]
                # an option named by a word of its own beats one named by a word at its head ("the RFID for now"
                # names the RFID module, not "Discovery layer for students")
                named = [o for o, h in zip(options, how) if h and h == max(how)]
                if len(named) != 1 and (cut := _CLAUSE_END.search(what.lstrip(" -*•"))):
                    # "eléctricas, la bodega es cerrada y el gas nos ...": the choice is its first clause, the rest why
                    head = what.lstrip(" -*•")[:cut.start()]
                    how = [_names(head, o, [x for x in options if x is not o]) for o in options]
                    named = [o for o, h in zip(options, how) if h and h == max(how)]
                if len(named) != 1:
                    continue
                if what.startswith(DECLINED):  # the one turned down goes, whatever the others are
                    out.append((named[0], "\n".join(o for o in options if o is not named[0]), f"{src.kind}:{src.id}"))
                    break
                taken = named[0]
                others = [o for o in options if o is not taken and (alone or _parallel(o, taken, options))]
                if not others and _HEADED.match(taken) and _unit(taken):
                    # "Basic: €0.62 per towel" beside "Premium (...): €0.78 per towel": two named lines priced per the
                    # same thing are two ways of it, when no line shares a word of what the taken one names; a third
                    # ("Montage: 45 € pro Stück") makes them parts of one offer, and one the customer's text names too
                    # ("validé Core et le portail") was taken as well
                    alike = [o for o in options if o is not taken and _HEADED.match(o) and _unit(o) == _unit(taken)]
                    others = [o for o in alike if len(alike) == 1 and not _names(text, o, [x for x in options
                                                                                            if x is not o])]
                out += [(o, taken, f"{src.kind}:{src.id}") for o in others]
                break
    return out


def _says(segment: str, gone: str, taken: str) -> bool:
    """Whether a part of a draft's line says an option left out: a figure of that option and none of the one taken."""
    apart, kept = _figures(gone) - _figures(taken), _figures(taken) - _figures(gone)
    figures = _figures(segment)
    # a sum of one figure tells options apart too ("4 € HTVA par conducteur" beside "310 € HTVA par mois")
    apart |= _sums(gone) - _sums(taken)
    kept |= _sums(taken) - _sums(gone)
    figures |= _sums(segment)
    return bool(figures & apart) and not figures & kept


def _sums(text: str) -> set[str]:
    """The sums of money a text names, as written with spaces taken out ("4€", "$4")."""
    return {re.sub(r"\s", "", m.group(0)) for m in _SUM.finditer(text)}


# A sum whole, its figure to the last digit ("US$24,300", "4 €", "CHF 7'800").
_SUM = re.compile(rf"{_CUR}\s?\d(?:[\d,.']*\d)?|(?<![\d,.'])\d(?:[\d,.' ]*\d)?\s?{_CUR}", re.I)


def unpicked(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The items with what they say of an option the customer's choice left out taken out: a line or clause of
    theirs that states its figures; an item left with nothing is superseded by the choice."""
    left = _left_out(ordered, cleaned)
    if not left:
        return items
    out = []
    for item in items:
        if item.status != "open" or item.direction == "inbound" or not item.text:
            out.append(item)
            continue
        text, by = _without(item.text, left)
        if not by and (lead := _OR_LED.match(item.text)) and any(_says(item.text, taken, gone) for gone, taken, _ in left):
            rest = item.text[lead.end():].lstrip(" ,")  # "Ou forfait tout compris : 310 €": the one taken, said plainly
            said = _OR_LED.sub("", item.quote, count=1).lstrip(" ,")
            out.append(replace(item, text=rest[:1].upper() + rest[1:], quote=said[:1].upper() + said[1:]))
        elif not by:
            out.append(item)
        elif not re.search(r"[^\W\d_]", text):
            out.append(replace(item, status="superseded", by=by))
        else:
            out.append(replace(item, text=text, quote=_without(item.quote, left)[0] or item.quote))
    return out


# What a line says of every option ("Parts are extra on both", "No setup fee on either", "bei beiden Varianten",
# "pour les deux formules", "en ambos planes"): once one is chosen it says it of that one alone. Named as options it
# goes wherever it stands; "both" alone only at a clause end ("Both plans include" is no such tail).
_OPTION_NOUNS = (r"(?:plans?|options?|packages?|models?|versions?|variants?|Varianten|Paketen|Pakete|Optionen|Modellen|"
                 r"formules|options|offres|modèles|planes|opciones|paquetes|modelos)")
_EVERY_OPTION = re.compile(
    rf",?\s+(?:(?:on|for|with|in) (?:both|either)(?: of them)?|(?:bei|in|für|mit) beiden|für beide|"
    rf"(?:pour|sur|dans|avec) les deux|(?:en|para|con) (?:ambos|ambas|los dos|las dos))"
    rf"(?:\s+{_OPTION_NOUNS}(?![\w-])|(?=\s*(?:[.;!]|$)))", re.I)


# A choice that takes every option: nothing said of both is stale.
_ALL_TAKEN = re.compile(r"\b(?:both|all|either|beide\w*|alle\w*|les deux|tou(?:s|tes)|ambos|ambas|los dos|las dos|todos|"
                        r"todas)\b", re.I)


def said_of_one(items: list[Item], ordered: Sequence[Source], cleaned: dict, chosen: str) -> list[Item]:
    """The rep's open lines said of the one option taken, not of both, once the customer chose one of them (`chosen`
    names it as the order read it, or a choice here left the others out): "Parts are extra on both." -> "Parts are
    extra."."""
    if _ALL_TAKEN.search(chosen or "") or not chosen and not _left_out(ordered, cleaned):
        return items
    return [replace(item, text=_EVERY_OPTION.sub("", item.text), quote=_EVERY_OPTION.sub("", item.quote))
            if item.status == "open" and item.direction != "inbound" and item.text else item for item in items]


# Where a line says one option and the next begins: a line or ';' break, a sentence end, a label ("... B) leasing").
_PARTS = re.compile(r"(\n|;\s|(?<=[.!?])\s+|\s(?=(?:[A-D]\)|(?:variante?|option|opción|formule)\s+[A-D1-4]:)\s))",
                    re.I)


# The word that joins the items of a list the cleaning made one sentence ("A: 24,90 € et B: 31,50 €").
# (never inside a bracket: "(camiseta, pantaloneta y medias)" names one kit)
_JOINED = re.compile(r"\s(and|und|et|y)\s(?![^()]*\))")


def _without(text: str, left: list[tuple[str, str, str]]) -> tuple[str, str]:
    """A text without its parts that say an option left out, and the choice that left it out ("" if none)."""
    parts = _PARTS.split(text)
    kept, by = [], ""
    for k in range(0, len(parts), 2):
        joined = _JOINED.split(parts[k])
        if len(joined) > 1 and all(_priced(j) for j in joined[::2]):
            # a list the cleaning joined into one sentence ("polycoton : 24,90 € et stretch : 31,50 €"): the option
            # left out goes, the one taken stays with the words before the list
            out = [next((b for gone, taken, b in left if _says(j, gone, taken)), "") for j in joined[::2]]
            said = [j for j, b in zip(joined[::2], out) if not b]
            if said and any(out):
                lead = re.match(r"^([^:]*:\s*)", joined[0]) if said[0] is not joined[0] else None
                by, parts[k] = next(b for b in out if b), (lead.group(1) if lead else "") + " ".join(said).lstrip()
        hit = next((b for gone, taken, b in left if _says(parts[k], gone, taken)), "")
        if hit:
            by = hit
            continue
        kept += [parts[k]] + ([parts[k + 1]] if k + 1 < len(parts) else [])
    text = "".join(kept).strip(" ;\n")
    return (text if not text or text[-1] in ".!?" or not by else text + "."), by

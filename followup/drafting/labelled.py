"""Options the rep set out under labels ("Option A: ...", "Gold: ...", "- Formule Océane : ...", "Opción 2: ...", a
numbered list of two menus) and the one the customer chose by its label or its name ("We'll go with Option B", "we'd
like option 2, the BBQ", "Nous retenons la formule Océane", "El comité ha elegido la opción 2"): blind readers
marked drafts that pasted back the options not chosen and never confirmed the chosen one with its price; a call note's
yes to one with its change and new total ("Argent OK, 10 places = +900 € HT, total 11 900 € HT") keeps the option's
name. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from followup.drafting.figures import AMOUNT
from followup.drafting.items import Item
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.wholelabel import named_whole
from followup.drafting.words import content

# A word that names an option as such, in the four languages ("Option B", "Variante 2", "la formule", "Opción 1").
_OPTION_WORD = r"(?:option|variant|variante|formule|formula|fórmula|opción|opcion|alternative|alternativa|paket|package|" \
               r"paquete|plan|forfait|pack)"
# Words of the offer that say it sets out options ("Two renewal options:", "Voici nos deux formules", "dos opciones"): a
# plural or a count, so that "optional" or "an option" alone makes no headed lines options.
_OFFERS_OPTIONS = re.compile(r"\b(?:options|optionen|variant(?:s|en|es)|formules|fórmulas|opciones|alternatives|"
                             # tiers sold as plans or packages: "Our seller plans:", "three packages", "nuestros planes"
                             r"packages|plans|tiers|pakete|tarife|forfaits|packs|paquetes|planes|"
                             r"alternativas|(?:two|three|zwei|drei|deux|trois|dos|tres)\s+(?:ways|choices|möglichkeiten|"
                             r"possibilités|posibilidades))\b|"
                             # a count that heads a list: "Für die Wartung bieten wir zwei Verträge an:"
                             r"\b(?:two|three|zwei|drei|deux|trois|dos|tres)\b[^\n.:]{0,50}:[ \t]*$", re.I | re.M)
# A line that opens on a label and a colon: "Option A: ...", "Gold: ...", "- Formule Terroir : ...".
_LABELLED = re.compile(r"^[ \t]*(?:[-*•–][ \t]*)?(?P<head>" + _OPTION_WORD + r"[ \t]+[\w'’-]+|"
                       r"(?-i:[A-ZÀ-Þ])[\w'’-]+(?:[ \t]+[\w'’-]+){0,2})[ \t]*:[ \t]*(?P<body>\S.*)$", re.I | re.M)
# A numbered line: "1. Tex-Mex buffet, $28 per person", "2) Smoked BBQ".
_NUMBERED = re.compile(r"^[ \t]*(?P<head>[1-9])[.)][ \t]+(?P<body>\S.*)$", re.M)
# Options lettered within one line: "las dos opciones: A) 80 m² por 49.500 €; B) 64 m² por 41.800 €".
_LETTERED = re.compile(r"(?:^|(?<=[:;]))[ \t]*(?P<head>[A-D])\)[ \t]+(?P<body>[^;\n]+?)(?=[;\n]|\.(?:\s|$)|$)", re.M)
# Options bracketed within one sentence and set against each other: "(a) JMD 640/bottle, 30 days, or (b) JMD 610".
_BRACKETED = re.compile(r"\((?P<head>[a-dA-D1-4])\)[ \t]+(?P<body>[^;\n]+?)"
                        r"(?=,?[ \t]+(?:or|oder|ou|o)[ \t]+\([a-dA-D1-4]\)|[;\n]|\.(?:\s|$)|$)")
_EITHER_BRACKET = re.compile(r"\b(?:or|oder|ou|o)[ \t]+\([a-dA-D1-4]\)", re.I)
# A share a line gives when the options differ by a rate, not a sum ("2. Lieferung in zwei Teilen, 5 % Vororderrabatt").
_SHARE = re.compile(r"\d+(?:[.,]\d+)?[ \t\u00a0]?%")
# Words that tie an option's own name to its price ("64 m² por 41.800 €", "Basis zu 2.400 €"): not part of the name.
_TO_PRICE = re.compile(r"[\s,:–-]+(?:(?:for|at|por|a|à|pour|zu|für|de)\s*)?$", re.I)
# Words that choose: "we'll go with", "we'd like", "nous retenons", "wir nehmen", "ha elegido", "vamos con".
CHOOSES = re.compile(
    # a call note's third person too ("Prefers in-company", "Takes the half page", "Goes with the 18 sqm")
    r"\b(?:go(?:es|ing)? with|takes?|taking|like|prefers?|chooses?|chose|chosen|decided|opt(?:ed|s)?|pick(?:ed|s)?|"
    r"settle[ds]? on|"
    r"(?<=we)'ll do|will do|machen wir|on fait|hacemos|"
    # a want names the one taken ("We want the Priority plan"), a want to know asks: "queremos" above, alike
    r"wants?(?!\s+to\b)|"
    # approving one names it taken: "the director has approved the Corporate membership", "a validé la formule B"
    r"approved|genehmigt|freigegeben|validé|validons|aprobado|aprobó|"
    r"nehmen|nehme|wählen|gewählt|entschieden|entscheiden|bevorzugen|möchten|hätten gern|"
    r"retenons|retenu|retiens|prenons|prend|choisi\w*|optons|partons sur|part sur|préférons|souhaitons|y va avec|allons avec|"
    r"elegi\w*|elegimos|escogi\w*|escogemos|vamos con|nos quedamos con|optamos|preferimos|tomamos|queremos|"
    # a leaning says which one is on the table too: "we lean towards", "wir tendieren zu", "nous penchons pour"
    r"lean(?:ing)? towards?|tendieren|tendiere|neigen|(?:nous )?penchons|penche|nos inclinamos|me inclino)\b", re.I)
# A "not" right before the word that chooses ("won't take", "don't want", "ne prenons", "nicht nehmen", "no elegimos").
NEGATED = re.compile(r"(?:\b(?:not|never|nicht|nie|kein\w*|ne|pas|no|nunca|jamás)\b|n't\b|\bn['’])\s*"
                     r"(?:[\w'’]+\s+){0,2}$", re.I)
# ... or a "nicht" / "pas" after it ("wir nehmen Variante B nicht").
NEGATED_AFTER = re.compile(r"^\s*(?:[\w'’]+\s+){0,3}?(?:nicht|pas)\b", re.I)
# What a price is per and its tax, after it ("per month", "HT par personne", "+ IVA", "pro Monat").
AFTER_PRICE = re.compile(r"(?:\s*\+?\s*(?:HT|HTVA|TTC|IVA|VAT|MwSt\.?|netto|net)\b)?"
                         r"(?:\s*/\s*[^\W\d_]+|\s+(?:per|a|an|each|pro|je|par|por|al)\s+[^\W\d_]+"
                         r"|\s+(?:pp|p\.p\.)(?!\w))?", re.I)  # "EUR 2,350 pp": per person


@dataclass(frozen=True)
class Option:
    """One labelled option of the rep's offer: its label ("Option B", "Gold", "2"), its line and its price."""

    label: str
    line: str
    price: str
    name: str = ""  # a numbered option's own name ("Smoked BBQ buffet")


def options_in(text: str, loose: bool = False) -> list[Option]:
    """The priced options an offer sets out under labels, two or more, or []: parts of one offer with a heading
    ("Design: AUD 8,500", "Print: AUD 0.42") are no options unless the offer says it offers options (or, `loose`, a
    customer said they decided on one)."""
    found = []
    rated = bool(_OFFERS_OPTIONS.search(text) or loose)  # "zwei Varianten: ... 8 % ... 5 %": a rate tells them apart
    for pattern in (_LABELLED, _NUMBERED, _LETTERED, _BRACKETED):
        for m in pattern.finditer(text):
            body = m.group("body")
            price = AMOUNT.search(body) or (_SHARE.search(body) if rated else None)
            if not price and pattern is _BRACKETED and _EITHER_BRACKET.search(text):
                found.append(Option(f"({m.group('head')})", m.group(0).strip(), "", body))  # "(1) weekly top-ups, or"
            elif price:
                after = AFTER_PRICE.match(body, price.end())
                name = re.split(r"[,:;(]", body)[0].strip() if pattern is _NUMBERED else ""
                name = _TO_PRICE.sub("", body[:price.start()]) if pattern in (_LETTERED, _BRACKETED) else name
                if pattern is _BRACKETED and (not name or not AMOUNT.search(body)):
                    # "(b) JMD 610/bottle, pay on delivery": its terms name it; "(2) bulk, 2% off": said whole
                    name = body[after.end():].strip(" ,;:–-") if AMOUNT.search(body) else body
                head = f"({m.group('head')})" if pattern is _BRACKETED else m.group("head").strip()
                found.append(Option(head, m.group(0).strip(" \t-*•–"), (price.group(0) + after.group(0)).strip(), name))
        found = found if any(o.price for o in found) else []
        worded = [o for o in found if re.match(_OPTION_WORD + r"\s", o.label, re.I)]
        found = worded or (found if _OFFERS_OPTIONS.search(text) or loose or pattern is _LETTERED
                                   or (pattern is _BRACKETED and _EITHER_BRACKET.search(text))
                                   else [])  # "Option B" lines, not "Total:" among them
        if len(found) >= 2:
            return found
        found = []
    return []


# An option named by its place ("the second option", "die zweite Variante", "la deuxième formule", "la segunda opción"),
# per place.
_ORDINALS = {"1": r"first|erste[nr]?|premi[eè]re?|primera?|primero", "2": r"second|zweite[nr]?|deuxième|seconde?|"
             r"segund[ao]", "3": r"third|dritte[nr]?|troisième|tercera?|tercero"}
_ARTICLE = r"(?:(?:la|le|die|das|den|el|the)\s+|l['’])?"


def _names(option: Option, sentence: str) -> str:
    """How a sentence names an option ("Option B", "la formule Océane", "option 2", "the second option", "go with
    B"), or ""."""
    head = option.label
    if head.startswith("("):  # "option (b)", "Option B", "(2)", "the second option"
        key, place = re.escape(head[1]), _ORDINALS.get(head[1])
        m = re.search(r"\b" + _ARTICLE + _OPTION_WORD + r"\s+\(?" + key + r"\)?(?![\w'’-])|\(" + key + r"\)", sentence, re.I)
        m = m or (place and re.search(r"\b" + _ARTICLE + r"(?:" + place + r")\s+(?:" + _OPTION_WORD + r"|one)\b",
                                      sentence, re.I))
        return m.group(0).strip() if m else ""
    key = re.escape(head.split()[-1])
    if head.isdigit() or re.match(_OPTION_WORD + r"\s", head, re.I):
        place = _ORDINALS.get(str("ABC".find(head[-1]) + 1) if head[-1] in "ABC" else head.split()[-1])
        m = re.search(r"\b" + _ARTICLE + _OPTION_WORD + r"\s+" + key + r"(?![\w'’-])", sentence, re.I)
        if not m and len(key) == 1 and key.isalpha() and CHOOSES.search(sentence) and re.search(
                r"(?<=\s)" + _ARTICLE + key + r"(?![\w'’-])", CHOOSES.split(sentence)[-1]):
            return head  # "we go with B": the label as the offer wrote it
        m = m or (place and re.search(r"\b" + _ARTICLE + r"(?:" + place + r")\s+(?:" + _OPTION_WORD + r"|one)\b", sentence,
                                    re.I))
        return m.group(0).strip() if m else ""
    m = re.search(r"\b" + _ARTICLE + r"(?:" + _OPTION_WORD + r"\s+)?" + key + r"(?![\w'’-])", sentence, re.I)
    return m.group(0) if m else ""


def choice(sentence: str, options: Sequence[Option]) -> list[tuple[Option, str]]:
    """The options a customer sentence chooses, each with the words that name it; [] for a question or no choice.
    An option is named by its label, or, when no label is, by a word of its own that no other option has ("the
    BBQ")."""
    verb = CHOOSES.search(sentence)
    if "?" in sentence or "¿" in sentence or not verb or NEGATED.search(sentence[:verb.start()]) \
            or NEGATED_AFTER.match(sentence[verb.end():]):
        return []  # "we won't take Option A", "nous ne prenons pas la formule B": no choice
    named = [(o, said) for o in options if (said := _names(o, sentence)) and _whole(o, options, sentence)]
    if named:
        return named
    words = content(sentence)  # a numbered option's name only: a line's other words ("Monday") name no option
    own = [(o, content(o.name) - set().union(*[content(p.name) for p in options if p is not o])) for o in options]
    hits = [(o, o.label) for o, mine in own if mine & words]
    return hits if len(hits) == 1 else []


def _whole(option: Option, options: Sequence[Option], sentence: str) -> bool:
    """Whether a sentence names an option as its whole label, not as the start of a longer one ("Partenaire" in
    "nous prenons Partenaire principal", "SR-2" in "we take the SR-2 Pro"): labels match longest first."""
    longer = [o.label[len(option.label):] for o in options if o.label.lower().startswith(option.label.lower() + " ")]
    key = option.label.split()[-1]
    return not longer or named_whole(key, sentence, [key + rest for rest in longer])


# A decision taken between things ("the owners decided on the full service", "haben sich für die Vollwartung
# entschieden", "nous avons opté pour", "hemos elegido"): headed lines it names were options, whatever the offer said.
_DECIDED = re.compile(r"\b(?:decided (?:on|to go with)|opted for|chose|have chosen|entschieden|gewählt|"
                      # going with one of several ("We go with the Plus", "on part sur", "vamos con"): a choice too
                      r"(?:we|i)(?:'ll| will)? go with|(?:we're|we are|i'm) going with|let's go with|"
                      r"(?:wir|ich) (?:nehmen|nehme)|(?:nous )?partons sur|on part sur|vamos con|nos quedamos con|"
                      r"avons (?:choisi|opté|retenu)|ont (?:choisi|opté|retenu)|"
                      r"(?:hemos|han) (?:elegido|optado|escogido)|(?:nos|se) (?:hemos|han) decidido)\b", re.I)


def _offer(ordered: Sequence[Source], cleaned: dict, before, loose: bool = False) -> tuple[Source | None, list[Option]]:
    """The rep's newest email before a moment that sets out labelled options, with them (read from its lines as
    written: the cleaned text holds a list as one sentence)."""
    for src in reversed([s for s in ordered if s.direction != "inbound" and s.at < before]):  # a call note offers too
        found = options_in(src.text or "", loose)
        if found:
            return src, found
        if AMOUNT.search(cleaned.get((src.kind, src.id), "")):
            return None, []  # a newer priced email: the options are not what is on the table
    return None, []


def picked(items: list[Item], ordered: Sequence[Source], cleaned: dict, last: dict) -> list[Item]:
    """The items with the options the customer did not choose marked superseded, and the choice confirmed: the order
    (an "order" item when the acceptance made none) at the chosen option's price, `last["chosen"]` naming it."""
    since = max((s.at for s in ordered if s.direction != "inbound"), default=None)
    # the customer's emails since the rep's newest email or note: a choice answered since is no longer news
    for src in reversed([s for s in ordered if s.direction == "inbound" and (since is None or s.at > since)]):
        offer, options = _offer(ordered, cleaned, src.at)
        text = cleaned.get((src.kind, src.id), "")
        chosen = [(text[a:b].strip(), hit) for a, b in split_sentences(text) if (hit := choice(text[a:b], options))]
        if not chosen:  # "Die Eigentümer haben sich für die Vollwartung entschieden": headed lines were options
            offer, options = _offer(ordered, cleaned, src.at, loose=True)
            chosen = [(text[a:b].strip(), hit) for a, b in split_sentences(text)
                      if _DECIDED.search(text[a:b]) and (hit := choice(text[a:b], options))]
        if offer is None or not chosen:
            continue
        sentence, hits = chosen[0]
        taken = {o.label for o, _ in hits}
        gone = [o for o in options if o.label not in taken]
        by = f"{src.kind}:{src.id}"
        items = [replace(i, status="superseded", by=by) if i.status == "open" and i.direction != "inbound"
                 and (i.source_kind, i.source_id) == (offer.kind, offer.id) and _of(i.quote, gone, bool(gone))
                 else i for i in items]
        # "We'll go with Option B.": said back by the line that confirms it, unless it tells more ("now 155")
        items = [replace(i, status="answered", by=by) if i.status == "open" and len(hits) == 1
                 and (i.source_kind, i.source_id) == (src.kind, src.id) and i.quote.strip()
                 and i.quote.strip() in sentence and not re.search(r"\d", sentence.replace(hits[0][1], ""))
                 else i for i in items]
        if len(hits) == 1:
            return _confirmed(items, hits[0], sentence, src, offer, last)
        # "option A for the UI strings and option B for the help center": each said with its price, in one line
        last["chosen"] = _split(sentence, hits, [text[a:b] for a, b in split_sentences(text) if text[a:b].strip() != sentence])
        items = [replace(i, status="superseded", by=by) if i.status == "open" and i.direction != "inbound"
                 and (i.source_kind, i.source_id) == (offer.kind, offer.id) and _of(i.quote, options, False)
                 else i for i in items]
        return _ordered(items, "", sentence, src, offer)
    return _answered_choice(items, ordered, cleaned)


def _answered_choice(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The items with the options a customer passed over marked superseded when the rep has answered the choice
    since ("Nous choisissons la formule Argent", then a call) or priced more between the offer and the choice ("El
    Profesional anual sale USD 790", then "vamos con el Profesional anual"): no news to confirm, but the others are
    not on the table; left alone once the rep set out options again."""
    for src in reversed([s for s in ordered if s.direction == "inbound"]):
        if any(options_in(s.text or "") for s in ordered if s.direction != "inbound" and s.at > src.at):
            return items  # a newer offer with options: what is on the table is that one
        offer = next((s for s in reversed(ordered) if s.direction != "inbound" and s.at < src.at
                      and options_in(s.text or "")), None)
        options = options_in(offer.text or "") if offer is not None else []
        text = cleaned.get((src.kind, src.id), "")
        hits = next((hit for a, b in split_sentences(text) if (hit := choice(text[a:b], options))), [])
        if offer is None or not hits:
            continue
        gone = [o for o in options if o.label not in {o.label for o, _ in hits}]
        return [replace(i, status="superseded", by=f"{src.kind}:{src.id}") if i.status == "open"
                and i.direction != "inbound" and (i.source_kind, i.source_id) == (offer.kind, offer.id)
                and gone and _of(i.quote, gone, False) else i for i in items]
    return items


def _split(sentence: str, hits: Sequence[tuple[Option, str]], others: Sequence[str] = ()) -> str:
    """The options a sentence takes several of, from the first one named, each with its price and the count the
    email gives its part ("option A (USD 0.14 per word) for the UI strings, about 18,000 words, and option B ...")."""
    start = min(sentence.find(said) for _, said in hits)
    out = sentence[start:].rstrip(" .!;")
    for option, said in sorted(hits, key=lambda h: sentence.find(h[1])):
        at = out.find(said) + len(said)
        ends = [out.find(s, at) for _, s in hits if out.find(s, at) > 0]
        part = out[at:min(ends)] if ends else out[at:]
        part = re.sub(r"\s*(?:,|\band\b|\bund\b|\bet\b|\by\b)\s*$", "", part)  # "for the UI strings and ": the part
        count = _count_of(part, others)
        out = out.replace(said + part, f"{said} ({option.price}){part}" + (f", {count}," if count else ""), 1)
    return re.sub(r",(?=\s*$)", "", out).replace(",,", ",")


# Words too common to tell the parts of a split apart ("for the", "pour la").
_FILLER = {"the", "for", "and", "is", "are", "about", "of", "la", "le", "les", "el", "los", "las", "der", "die", "das",
           "für", "pour", "para", "de", "del", "du", "des", "et", "und", "en", "un", "une", "ein", "eine"}
# A count of a part ("about 18,000 words", "etwa 30.000 Wörter", "environ 30 000 mots", "unas 30.000 palabras").
_COUNT = re.compile(r"(?:(?:about|around|approximately|roughly|ca\.|circa|etwa|rund|ungefähr|environ|près de|unos|unas|"
                    r"aproximadamente|alrededor de)\s+)?\d[\d,.' ]*\d(?:\s+[^\W\d_]+)?", re.I)


def _count_of(part: str, others: Sequence[str]) -> str:
    """The count a clause of the email's other sentences gives the part a split assigns ("The UI is about 18,000
    words" for "for the UI strings"), or ""."""
    mine = set(re.findall(r"[^\W\d_]{2,}", part.lower())) - _FILLER
    found = []
    for text in others:
        for clause in re.split(r",\s|;|\band\b|\bund\b|\bet\b|\by\b", text):  # "18,000" is one figure
            m = _COUNT.search(clause)
            if m and "?" not in text and mine & (set(re.findall(r"[^\W\d_]{2,}", clause[:m.start()].lower())) - _FILLER):
                unit = m.group(0).split()[-1]
                found.append(m.group(0) if unit.lower() not in _FILLER else m.group(0).rsplit(" ", 1)[0])
    return found[0] if len(found) == 1 else ""


# The offer's words that count its options ("Two options for floors 12 to 14", "Voici nos deux formules"): once one is
# chosen, no longer so.
_COUNTED = re.compile(r"\b(?:two|three|zwei|drei|deux|trois|dos|tres)\s+(?:[\w-]+\s+){0,2}?(?:options|choices|ways|"
                      r"optionen|varianten|möglichkeiten|formules|variantes|possibilités|opciones|fórmulas|"
                      r"posibilidades|alternativas|plans|packages|tiers|pakete|tarife|forfaits|paquetes|planes)\b", re.I)


def _of(quote: str, gone: Sequence[Option], chosen: bool) -> bool:
    """Whether a line of the offer is an option not chosen (or holds one: a list the cleaning joined into one
    sentence), or counts the options once one was chosen."""
    quote = quote.strip()
    if not quote:
        return False
    bodies = [re.sub(r"^(?:[1-9][.)]|[A-D]\)|\([a-dA-D1-4]\))\s+", "", o.line) for o in gone]
    return any(quote in o.line or body in quote for o, body in zip(gone, bodies)) or bool(chosen and _COUNTED.search(quote))


def _confirmed(items: list[Item], hit: tuple[Option, str], sentence: str, src: Source, offer: Source,
               last: dict) -> list[Item]:
    """The items with the order at the chosen option's price, `last["chosen"]` the option as the customer named it
    (with a numbered option's name: "option 2 (Smoked BBQ buffet)")."""
    option, said = hit
    if said == option.label and option.label.isdigit():  # named by its own words: as the customer said them
        own = re.search(r"\b" + _ARTICLE + re.escape(option.name) + r"(?![\w'’-])", sentence, re.I)
        said = own.group(0) if own else option.name
    last["chosen"] = f"{said} ({option.name})" if option.name and option.name.lower() not in said.lower() else said
    return _ordered(items, option.price, sentence, src, offer)


def _ordered(items: list[Item], price: str, sentence: str, src: Source, offer: Source) -> list[Item]:
    """The items with the order at a price: the acceptance's own order item, or one the choice makes."""
    orders = [i for i in items if i.kind == "order" and i.status == "open"]
    price = price if AMOUNT.search(price) else ""  # a rate ("2%" off) is no price of the order: the option says it
    if orders:
        return [replace(i, text=price) if i in orders else i for i in items]
    return items + [Item(kind="order", text=price, quote=sentence, source_kind=src.kind, source_id=src.id,
                         at=src.at, direction="inbound", by=f"{offer.kind}:{offer.id}")]


# A call note's yes to an option it names by its label, then what changed: "Argent OK, 10 places = +900 € HT, total
# 11 900 € HT", "Gold ok, 12 seats = +EUR 600, total EUR 7,500", "Paket B passt, 3 Nutzer mehr = +600 €, gesamt ...".
_NOTE_YES = re.compile(r"^\s*(?P<label>[^,;:.=]{1,30}?)\s+(?:ok|okay|d'accord|validée?|confirmée?|confirmed|agreed|"
                       r"passt|bestätigt|geht|vale|confirmad[oa]|acordad[oa])\s*,\s*(?P<rest>.+?)[\s.]*$", re.I)
# A change's price worked out after it ("10 places = +900 € HT"): said by the total, never as a total of its own.
_WORKED = re.compile(r"\s*(?:=|→|->)\s*\+?\s*(?:" + AMOUNT.pattern + r").*$")
# The total after the change ("total 11 900 € HT", "gesamt 8.400 €", "en total USD 6.900").
_NOTE_TOTAL = re.compile(r"^(?:new\s+|neuer?\s+|nouveau\s+|nuevo\s+)?(?:total|gesamt\w*|insgesamt|au total|en total)\b",
                         re.I)
# How an option is said with what changed ("formule Argent avec 10 places").
WITH = {"en": "with", "de": "mit", "fr": "avec", "es": "con"}


def note_named(items: list[Item], ordered: Sequence[Source], cleaned: dict, language: str) -> list[Item]:
    """A call note's yes to an option of the rep's offer with what changed and the new total ("Argent OK, 10 places =
    +900 € HT, total 11 900 € HT") said with the option's name, as the customer named it ("formule Argent avec 10
    places, total 11 900 € HT"): the note's "OK" alone is no sentence, and the change's own sum is no total."""
    out = []
    for item in items:
        m = _NOTE_YES.match(item.quote) if item.status == "open" and item.direction == "note" else None
        options = _offer(ordered, cleaned, item.at, loose=True)[1] if m else []
        option = next((o for o in options if o.label.lower() == m.group("label").strip().lower()), None)
        clauses = re.split(r",\s+(?!\d)", m.group("rest")) if option else []
        total = clauses[-1] if clauses and _NOTE_TOTAL.match(clauses[-1]) and AMOUNT.search(clauses[-1]) else ""
        changes = [_WORKED.sub("", c).strip() for c in clauses[:-1]]
        if total and changes and all(c and not AMOUNT.search(c) for c in changes):
            named = next((n.group(0) for s in ordered if s.direction == "inbound" and s.at < item.at for n in
                          [re.search(_OPTION_WORD + r"\s+" + re.escape(option.label) + r"(?![\w'’-])",
                                     cleaned.get((s.kind, s.id), ""), re.I)] if n), option.label)
            said = f"{named} {WITH.get(language, WITH['en'])} {', '.join(changes)}, {total}"
            item = replace(item, quote=said[:1].upper() + said[1:] + ".", text="")
        out.append(item)
    return out

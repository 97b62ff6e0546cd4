"""What a price is for, said with it: a note's "Neuer Gesamtpreis € 35.700 inkl. MwSt. (Steg + Plattform +
Thermoesche)" as "Der neue Gesamtpreis für Steg, Plattform und Thermoesche beträgt € 35.700 inklusive MwSt.", and a
German compound price word ("Aufpreis", "Gesamtsumme", "Mehrkosten") as the subject of its own sentence, never as
the thing a "Preis für ..." is for."""
from __future__ import annotations

import re
from typing import Callable

from followup.drafting.moneyforms import MONEY_RE
from followup.drafting.words import ANY_MONTH, counted_thing

_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}
# A bracket after the figure listing what it covers, joined by "+" (no figure of its own): "(Steg + Plattform)".
_COVERS = re.compile(r"\s*\((?P<what>[^()\d]+(?:\+|\b(?:and|und|et|y)\b)[^()\d]+)\)[\s.]*$")
# A bracket after the figure holding one count of a thing and nothing else: "(200 helmets)", "(4 Türme)".
_COUNTED = re.compile(r"\s*\((?P<what>[^()]+)\)[\s.]*$")
# A German compound price word and the article and verb it takes: "Gesamtpreis", "Aufpreis", "Endbetrag",
# "Gesamtsumme", "Mehrkosten"; an adjective before it ("neuer", "neue") takes the form after the article.
_DE_WORD = re.compile(r"(?:(?P<adj>neu|gesamt|end)(?:e[rsn]?)?\s+)?(?P<word>[A-ZÄÖÜ][a-zäöüß]*(?:preis|betrag|summe|kosten))",
                      re.I)
_DE_FORM = {"preis": ("Der", "beträgt"), "betrag": ("Der", "beträgt"), "summe": ("Die", "beträgt"),
            "kosten": ("Die", "betragen")}
# A price or total word in the other languages, with "new" before it: "new total", "nouveau prix", "nuevo precio".
_WORD = {"en": r"(?P<adj>new\s+)?(?P<word>total|price|total price)",
         "fr": r"(?P<adj>nouveau\s+)?(?P<word>total|prix|prix total)",
         "es": r"(?P<adj>nuevo\s+)?(?P<word>total|precio|precio total)"}
_FORM = {"en": "The {adj}{word}{covers} is {x}.", "fr": "Le {adj}{word}{covers} est de {x}.",
         "es": "El {adj}{word}{covers} es de {x}."}
_FOR = {"en": " for {w}", "de": " für {w}", "fr": " pour {w}", "es": " de {w}"}


def covered(x: str, language: str) -> tuple[str, str]:
    """A figure without the bracket after it that lists what it covers, and that list said as words ("Steg,
    Plattform und Thermoesche"; "" when there is none)."""
    m = _COVERS.search(x)
    if not m:
        one = _COUNTED.search(x)  # "USD 13,110 (200 helmets)": one counted thing, what the figure now buys
        return (x[:one.start()].rstrip(), one.group("what").strip()) if one and counted_thing(one.group("what")) \
            else (x, "")
    parts = [p.strip() for p in re.split(r"\s*(?:[+,]|\b(?:and|und|et|y)\b)\s*", m.group("what")) if p.strip()]
    if len(parts) < 2:
        return x, ""
    said = f"{', '.join(parts[:-1])} {_AND.get(language, 'and')} {parts[-1]}"
    return x[:m.start()].rstrip(), said


# What replaced what, before the thing now priced: "statt DM-5 jetzt DM-5 Wet" is the DM-5 Wet.
_INSTEAD = re.compile(r"^(?:statt|anstatt|instead of|au lieu d[ue']|en lugar de|en vez de)\s+.+?\s+"
                      r"(?:jetzt|nun|now|maintenant|désormais|ahora)\s+", re.I)
THING_WORDS = 4


def thing(parts: list[str]) -> str:
    """The thing a price word after it is for ("DM-5 Wet"), from the one clause before it ("" when there is not
    exactly one, or it is longer than THING_WORDS without its "statt ... jetzt")."""
    if len(parts) != 1:
        return ""
    what = _INSTEAD.sub("", parts[0]).strip()
    return what if what and len(what.split()) <= THING_WORDS and what != parts[0] else ""


def price_word_sentence(label: str, x: str, language: str, what: str = "") -> str:
    """A figure said after the price word that labels it ("neuer Gesamtpreis", "Aufpreis", "new total"), with what
    the bracket after it says it covers ("" when the label is no price word)."""
    x = x.rstrip(" .") if x.endswith("..") or not re.search(r"\b\w+\.$", x) else x[:-1]
    covers = _FOR.get(language, _FOR["en"]).format(w=what) if what else ""
    if language == "de":
        m = _DE_WORD.fullmatch(label.strip())
        if not m:
            return ""
        word = m.group("word")
        art, verb = next(v for k, v in _DE_FORM.items() if word.lower().endswith(k))
        adj = f"{m.group('adj').lower()}e " if m.group("adj") else ""
        return f"{art} {adj}{word[:1].upper()}{word[1:]}{covers} {verb} {x}."
    m = re.fullmatch(_WORD.get(language, _WORD["en"]), label.strip(), re.I)
    if not m or not covers:
        return ""  # "total" / "new total" without what it covers keeps its own sentence ("The total is ...")
    adj = m.group("adj").lower() if m.group("adj") else ""
    return _FORM.get(language, _FORM["en"]).format(adj=adj, word=m.group("word").lower(), covers=covers, x=x)


# The thing an email's handed-over offer was for, before its colon: "anbei das neue Angebot für die SM-4 mit vier
# Größenklassen: 22.600 € netto" (at most this many words).
_OFFER_FOR = re.compile(r"\b(?:for|für|pour|para)\s+(?P<x>[^:]+?)\s*$", re.I)
OFFER_FOR_WORDS = 8
_FOR_LEAD = {"en": "For {x}: {y}", "de": "Für {x} gilt: {y}", "fr": "Pour {x} : {y}", "es": "Para {x}: {y}"}
# The handed-over offer named with what it holds and no colon ("anbei das neue Angebot über 3 Schränke zu je ...",
# "attached is the revised quote for 85 units at ...", "ci-joint le devis pour ...", "le adjunto la propuesta por ..."):
# the figures are still in force, said as what the offer covers.
_HOLDS = re.compile(r"^\s*(?:(?:the|our|my|das|unser|le|notre|la|el|nuestra|nuestro)\s+)?(?:(?:new|revised|updated|neue|"
                    r"überarbeitete|aktualisierte|nouveau|nouvelle|nueva|nuevo)\s+)?(?:quote|quotation|offer|proposal|"
                    r"Angebot|devis|offre|propuesta|cotización|presupuesto)\s+(?:for|über|für|pour|de|para|por)\s+"
                    r"(?=\d)", re.I)
_HOLDS_LEAD = {"en": "The quote covers {x}", "de": "Das Angebot umfasst {x}", "fr": "Le devis comprend {x}",
               "es": "La propuesta incluye {x}"}


def handed_over(rest: str, language: str) -> str:
    """What an old email's "here is our offer for X: figures" still says in force: the figures, with the thing they
    are for when the lead names it ("Für die SM-4 mit vier Größenklassen gilt: 22.600 € netto"); "" without figures."""
    head, colon, tail = rest.partition(":")
    if not colon and (covered := _HOLDS.match(rest)) and re.search(r"\d", rest[covered.end():]):
        # "Anbei das neue Angebot über 3 Schränke zu je CHF 23'312, ...": what the offer holds, said in force
        return _HOLDS_LEAD.get(language, _HOLDS_LEAD["en"]).format(x=rest[covered.end():].strip())
    if not colon or not re.search(r"\d", tail):
        return ""
    m = _OFFER_FOR.search(head)
    if not m or len(m.group("x").split()) > OFFER_FOR_WORDS or re.search(r"\d{3}", m.group("x")):
        return tail.strip()
    return _FOR_LEAD.get(language, _FOR_LEAD["en"]).format(x=m.group("x"), y=tail.strip())


# A price word a note's label opens with, before the thing priced: "precio PN-30 inox 30 hl", "price for the AS-100".
_PRICE_LEAD = re.compile(r"^(?:the\s+|el\s+|le\s+|der\s+)?(?:price|preis|prix|precio)(?:\s+(?:of|for|für|de|du|del|"
                         r"pour|para)(?:\s+(?:the|die|der|das|la|le|el))?)?\s+(?=\S)", re.I)
PRICED_WORDS = 5


def price_of(label: str) -> str:
    """The thing a label after its price word names ("PN-30 inox 30 hl" of "precio PN-30 inox 30 hl"; "" when the
    label opens with no price word, or names no short thing)."""
    m = _PRICE_LEAD.match(label.strip())
    what = label.strip()[m.end():].strip(" :-") if m else ""
    return what if what and len(what.split()) <= PRICED_WORDS and not re.search(r"\d[\d.,]{3,}", what) else ""


# A price list's heading before its first thing ("Precios orientativos dados: abrigo 1.950 €, ...", "Prix annoncés :
# boîtier 19 €", "Prices quoted: ..."): the price word (plural, or followed only by words saying how the prices were
# given) names no thing; the thing is the value's.
_HEADING = re.compile(r"^(?:the\s+|les\s+|los\s+|las\s+|die\s+)?(?:(?:prices|preise|precios|tarifs|tarifas|prix)"
                      r"(?:\s+[^\W\d_]+(?:ed|en|é|ée|és|ées|ifs?|ives?|ad[oa]s?|id[oa]s?|iv[oa]s?|ales|aux))*|"
                      r"(?:price|preis|precio|tarif|tarifa)(?:\s+[^\W\d_]+(?:ed|en|é|ée|és|ées|ifs?|ives?|ad[oa]s?|"
                      r"id[oa]s?|iv[oa]s?|ales|aux))+)$", re.I)


def price_heading(label: str) -> bool:
    """Whether a note's label before a colon heads a price list rather than naming the thing priced."""
    return bool(_HEADING.match(label.strip()))


TOTAL_FOR = {"en": "The total for {w} is {x}.", "de": "Der Gesamtpreis für {w} beträgt {x}.",
              "fr": "Le total pour {w} est de {x}.", "es": "El total de {w} es de {x}."}
SUMMED_WORDS = 8


def summed(text: str, start: int, x: str, language: str) -> str:
    """A note's sum said with what it is for: "-> TF-3 DAP Grodzisk including installation = EUR 187,300" as "The
    total for TF-3 DAP Grodzisk including installation is EUR 187,300." ("" when the words before its "=" are a
    figure's own working, "29 €/m² HT = 12 615 € HT", or not a short thing)."""
    head = re.sub(r"\s*(?:=|→|->|=>)\s*$", "", text[:start])
    if head.rstrip() == text[:start].rstrip():
        return ""  # the result follows no "=" or arrow of its own
    what = re.split(r"\s*(?:=|→|->|=>|[;:(])\s*|,\s+", head)[-1].strip()
    if not what or re.search(r"\d[\d.,' ]*\d{2}|[$€£¥%]", what) or MONEY_RE.search(what) \
            or len(what.split()) > SUMMED_WORDS \
            or not re.search(r"[^\W\d_]{2}", what):
        return ""
    if _PER_UNIT.search(x):
        # "24-month term = £15.90 per vehicle per month": a price per thing is no total of anything
        what = f"a {what}" if language == "en" and re.match(r"\d+-[a-z]+\s", what) else the(what, language)
        return PRICE_FOR.get(language, PRICE_FOR["en"]).format(label=what, x=x)
    return TOTAL_FOR.get(language, TOTAL_FOR["en"]).format(w=what, x=x)


# A figure said per thing or period ("per vehicle", "each", "/Monat", "pro Stück", "l'unité", "por unidad").
_PER_UNIT = re.compile(r"\b(?:per|each|pro|je|par|por|cada)\b|/\s?[^\W\d_]|l['’]unité|la unidad", re.I)


# A money word that is the subject of its own price sentence, never the thing a "price for ..." is for ("Beitrag ca.
# EUR 2.340/Jahr", "mínimo 500 €/mes", "premium £1,200"), with its article and verb.
_MONEY_WORDS = {
    "en": {w: ("The", "is") for w in ("premium", "fee", "rent", "minimum", "retainer", "deposit", "surcharge",
                                      "allowance", "rate", "commission", "add-on", "supplement")},
    "de": {"beitrag": ("Der", "beträgt"), "jahresbeitrag": ("Der", "beträgt"), "prämie": ("Die", "beträgt"),
           "gebühr": ("Die", "beträgt"), "miete": ("Die", "beträgt"), "honorar": ("Das", "beträgt"),
           "pauschale": ("Die", "beträgt"), "mindestbetrag": ("Der", "beträgt"), "minimum": ("Das", "beträgt"),
           "provision": ("Die", "beträgt"), "zuschlag": ("Der", "beträgt"), "tagessatz": ("Der", "beträgt")},
    "fr": {"prime": ("La", "est de"), "cotisation": ("La", "est de"), "loyer": ("Le", "est de"),
           "honoraires": ("Les", "sont de"), "minimum": ("Le", "est de"), "forfait": ("Le", "est de"),
           "acompte": ("L'", "est de"), "tarif": ("Le", "est de"), "frais": ("Les", "sont de"),
           "commission": ("La", "est de"), "supplément": ("Le", "est de")},
    "es": {"prima": ("La", "es de"), "cuota": ("La", "es de"), "alquiler": ("El", "es de"),
           "honorarios": ("Los", "son de"), "mínimo": ("El", "es de"), "tarifa": ("La", "es de"),
           "anticipo": ("El", "es de"), "canon": ("El", "es de"), "comisión": ("La", "es de"),
           "suplemento": ("El", "es de")},
}
# The words of those sentences beyond the note's, for the grounding check.
MONEY_FORMS = {lang: " ".join(sorted({w for form in words.values() for w in form})) for lang, words in _MONEY_WORDS.items()}
# A "now" that ends a label before its new figure ("Open Top 40' jetzt EUR 8.420"): the figure's, not the thing's.
_NOW = re.compile(r"\s+(?:jetzt|nun|now|maintenant|désormais|ahora)$", re.I)
# ... and a verb of the change ending it, with its "to" ("setup reduced to EUR 3,900", "Anzahlung gesenkt auf",
# "frais ramenés à", "cuota rebajada a"): how the figure moved, not what it is for ("up to" is a cap, never cut).
_MOVED_TO = re.compile(r"\s+(?:(?:now|jetzt|nun)\s+)?(?:(?:down|moved|brought\s+down)\s+to|(?:reduced|cut|lowered|dropped|"
                       r"raised|increased|revised|adjusted)(?:\s+to)?|(?:reduziert|gesenkt|ermäßigt|erhöht|angehoben|"
                       r"angepasst)(?:\s+auf)?|(?:réduite?s?|ramenée?s?|baissée?s?|abaissée?s?|portée?s?|augmentée?s?|"
                       r"relevée?s?)(?:\s+à)?|(?:reducid[oa]s?|rebajad[oa]s?|bajad[oa]s?|subid[oa]s?|aumentad[oa]s?|"
                       r"ajustad[oa]s?)(?:\s+a)?)$", re.I)


def unnowed(label: str) -> str:
    """A label without the "now" or the verb of the change that ends it ("Open Top 40'" of "Open Top 40' jetzt",
    "setup" of "setup reduced to")."""
    return _NOW.sub("", _MOVED_TO.sub("", label))


def money_word_sentence(label: str, x: str, language: str) -> str:
    """A figure said of the money word that labels it ("Der Beitrag beträgt etwa EUR 2.340/Jahr.", "El mínimo es de
    500 €/mes."); "" when the label is not one such word."""
    words = _MONEY_WORDS.get(language, _MONEY_WORDS["en"])
    # "TI allowance $25/sq ft": an English money word ending a short label is its subject too
    form = words.get(label.strip().lower()) or (words.get(label.split()[-1].lower()) if language == "en" and label.split()
                                                and len(label.split()) <= 3 else None)
    # "minimum de commande 1 500 € HT", "frais de port", "mínimo de pedido": the money word with what it is of
    head = re.fullmatch(r"(\S+)\s+(?:de|d'|del|de la)\s?[^\W\d_][\w' -]{0,25}", label.strip(), re.I) \
        if language in ("fr", "es") else None
    form = form or (words.get(head.group(1).lower()) if head else None)
    if not form and language == "de" and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", label.strip()):
        # a German compound takes its last word's article ("Grundgebühr", "Monatsmiete", "Servicepauschale")
        form = next((f for w, f in sorted(words.items(), key=lambda kv: -len(kv[0]))
                     if label.strip().lower().endswith(w) and len(label.strip()) > len(w) + 2), None)
    if not form:
        return ""
    word = label.strip() if language == "de" or re.search(r"[A-Z]{2}", label) else label.strip().lower()
    word = word[:1].upper() + word[1:] if language == "de" else word
    return f"{form[0]}{'' if form[0].endswith(chr(39)) else ' '}{word} {form[1]} {x}."


# A label before a money word and its figure ("Over 500 flights: fee EUR 15", "Dependants: add-on KES 900"): what the
# money word is charged for, said first; at most this many words.
FOR_LABEL_WORDS = 4
_FOR_WORD = {"en": "For {l}, {s}", "fr": "Pour {l}, {s}", "es": "Para {l}, {s}"}


def for_label(label: str, value: str, language: str, said_by: Callable[[str, str], str]) -> str:
    """A note's "label: money word figure" as one sentence ("For over 500 flights, the fee is EUR 15.", "Für
    Angehörige beträgt der Zuschlag ..."); "" when the value opens with no money word or the label names no short
    thing."""
    m = re.match(r"(?P<w>[^\W\d_][\w-]*)\s+(?=[$€£¥]|[A-Z]{3}\s?\d|\d)", value.strip())
    words = _MONEY_WORDS.get(language, _MONEY_WORDS["en"])
    label = _LEAD_ADVERB.sub("", label.strip())
    if not m or m.group("w").lower() not in words or not label or len(label.split()) > FOR_LABEL_WORDS \
            or price_of(label) or _ACCOUNT.search(label) or _SPEND.search(label) or re.search(r"[$€£¥]|\d[\d.,]{3,}", label):
        return ""
    said = said_by(value.strip(), language)
    if not said or not said.lower().startswith(words[m.group("w").lower()][0].lower()):
        return ""
    label = label if language == "de" or label[1:2].isupper() else label[:1].lower() + label[1:]
    if language == "de":
        d = re.match(r"(?P<art>\S+) (?P<word>\S+) (?P<verb>beträgt|betragen) (?P<x>.+)$", said)
        return f"Für {label} {d.group('verb')} {d.group('art').lower()} {d.group('word')} {d.group('x')}" if d else ""
    return _FOR_WORD.get(language, _FOR_WORD["en"]).format(l=label, s=said[:1].lower() + said[1:])


def money_worded(text: str, language: str) -> bool:
    """Whether a note's words are only a money word and its figure ("fee EUR 15", "tarifa 120 €"): no sentence alone."""
    m = re.fullmatch(r"(?P<w>[^\W\d_][\w-]*)\s+(?:[$€£¥]|[A-Z]{3}\s?)?\s?\d[\d.,' ]*(?:\s?(?:[$€£¥]|[A-Z]{3}))?",
                     text.strip(" .,;"))
    return bool(m) and m.group("w").lower() in _MONEY_WORDS.get(language, _MONEY_WORDS["en"])


def the(label: str, language: str) -> str:
    """An English label a price is for with its article ("the dependants add-on", "the in-company version"); a name,
    a count or a label that has its own determiner stays as it is."""
    words = label.split()
    if language != "en" or not re.fullmatch(r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}", label) \
            or words[0] in _DETERMINERS:
        return label
    return f"the {label}"


_DETERMINERS = set("the a an our your their this that these those each every all any some both either no one two three "
                   "four five six seven eight nine ten extra additional per over under up to from only just also".split())


def worked_for(text: str, start: int, x: str, language: str) -> str:
    """A note's "Versicherung 0,25 % von 480.000 = EUR 1.200" said of the thing its working opens with ("Der Preis
    für Versicherung beträgt EUR 1.200."); "" when the result follows no "=" or the working names no short thing."""
    if not re.search(r"(?:=|→|->|=>)\s*$", text[:start]) or len(re.findall(r"=|→|->|=>", text)) != 1:
        return ""
    parts = re.split(r"\s(?:\+|plus|and|und|et|y)\s", re.split(r"=|→|->|=>", text[:start])[0])
    if len(parts) > 1 and (said := _worked_sum(parts, x, language)):
        return said  # "audit 6 jours + pentest 4 jours = 12 800 €": the price of both, never of the first alone
    lead = re.match(r"\s*(?P<w>[^\W\d_][^\W\d_ -]*(?:\s[^\W\d_][^\W\d_-]*){0,2})\s+\d", text)
    if not lead or re.search(r"\b(?:total|gesamt\w*|insgesamt|summe)\b", lead.group("w"), re.I) \
            or _ACCOUNT.search(lead.group("w")) or re.search(r"\b[A-Z]{3}$", lead.group("w")):
        # "cannot do 12%, offered 7% -> EUR 17,437.50": the note's account, no thing; "Offered EUR 39 ...": a currency
        return ""
    return PRICE_FOR.get(language, PRICE_FOR["en"]).format(label=lead.group("w"), x=x)


# How a note's "+" between the things a sum prices is said.
_AND_WORD = {"en": " and ", "de": " und ", "fr": " et ", "es": " y "}


def _worked_sum(parts: list[str], x: str, language: str) -> str:
    """The price of every thing a note's sum adds up ("audit organisationnel 6 jours + pentest externe 4 jours = 12 800
    € HT" -> "Le prix pour audit organisationnel et pentest externe est de 12 800 € HT."), never of its first thing only;
    "" when a part is no short thing with its count."""
    things = []
    for part in parts:
        m = re.match(r"\s*(?P<w>[^\W\d_][^\W\d_ -]*(?:\s[^\W\d_][^\W\d_-]*){0,2})\s+\d", part)
        if not m or _ACCOUNT.search(m.group("w")) or re.search(r"[$€£¥]", part):
            return ""
        things.append(m.group("w"))
    label = ", ".join(things[:-1]) + _AND_WORD.get(language, " and ") + things[-1]
    return PRICE_FOR.get(language, PRICE_FOR["en"]).format(label=label, x=x)


# The fixed forms of a restated price: of the offer, of a thing, of all it comes to.
PRICE = {"en": "The price is {x}.", "de": "Der Preis beträgt {x}.", "fr": "Le prix est de {x}.", "es": "El precio es de {x}."}
PRICE_FOR = {"en": "The price for {label} is {x}.", "de": "Der Preis für {label} beträgt {x}.",
             "fr": "Le prix pour {label} est de {x}.", "es": "El precio de {label} es de {x}."}
TOTAL = {"en": "The total is {x}.", "de": "Der Gesamtpreis beträgt {x}.", "fr": "Le total est de {x}.",
         "es": "El total es de {x}."}


# A bracket after a figure that shows how it was worked out, only figures joined by "+", "plus" or "x": "GBP 8,360
# (GBP 8,000 plus 2 x GBP 180)"; the older figures in it are no longer the offer.
_WORKING = re.compile(r"(?<=\d)(?P<b>\s*\((?P<w>[^()]*\d[^()]*)\))")
_WORKING_TOKEN = re.compile(r"\b(?:plus|x|and|und|et|y|más|zuzüglich|each|je|chacun|cada)\b|(?-i:[A-Z]{3})|[$€£¥]|"
                            r"\d[\d.,' ]*|[+×*]|\s+", re.I)


def unworked(quote: str) -> str:
    """A quote without the bracket after its figure that shows the figure's working ("GBP 8,360" of "GBP 8,360 (GBP
    8,000 plus 2 x GBP 180)"); the quote as it is when it has none."""
    def cut(m: re.Match[str]) -> str:
        w = m.group("w")
        working = not _WORKING_TOKEN.sub("", w) and len(re.findall(r"\d[\d.,' ]*", w)) >= 2 \
            and re.search(r"\+|\bplus\b|\bzuzüglich\b|\bmás\b|[x×*]", w, re.I)
        return "" if working else m.group(0)
    return _WORKING.sub(cut, quote)


# A model code: "AS-100", "HP-60R", "EV-414G".
_MODEL = re.compile(r"\b[A-Z]{1,4}-?\d{1,4}[A-Z]?\b")
NAMED_PART_WORDS = 6


def named_after(rest: str) -> str:
    """The comma parts after a quoted price that name the model it is for ("aluminium accordion AS-100, Miami-Dade
    rated" of "CI$14,200 for 6 windows + 2 doors, aluminium accordion AS-100, Miami-Dade rated"; "" when none does)."""
    taken = []
    for part in re.split(r",\s+(?!\d)", rest)[1:]:
        if len(part.split()) > NAMED_PART_WORDS or re.search(r"[$€£¥]|\d[\d.,]{3,}", part):
            break
        taken.append(part.strip(" ."))
    return ", ".join(taken) if any(_MODEL.search(p) for p in taken) else ""


# A term or count that belongs to the price before it, as the comma-separated piece after it ("$689/mo per truck,
# 48 mo", "34,95 $/poste/mois, 22 postes, contrat 36 mois", "leasing 36 meses", "3 Jahre Laufzeit"): a number and
# its unit, with a contract word before or after, no amount of its own.
_TERM_PIECE = re.compile(r",\s+(?:(?:contract|contrat|contrato|vertrag|laufzeit|term|durée|plazo|leasing)\s+)?"
                         r"\d{1,3}[ -]?(?:mo|mos|months?|yrs?|years?|mois|ans?|monate?n?|jahre?n?|meses|años?|"
                         r"[^\W\d_]{3,14})(?:[ -](?:contract|term|contrat|vertrag|laufzeit|contrato|plazo))?(?=\s*(?:[,.;]|$))",
                         re.I)
# Words of a day or a time after a price, never its term.
_NOT_TERM = ANY_MONTH | {"uhr", "h", "heures", "heure", "horas", "hours", "hrs", "pm", "am", "kw", "week", "semaine",
                         "semana", "woche", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                         "nov", "dec", "dez", "okt", "déc", "janv", "févr", "avr", "juil", "ene", "abr", "ago", "dic"}
# Such pieces kept with one price at most.
MAX_TERM_PIECES = 2
_SPELLED_EN = {"mo": "months", "mos": "months", "yr": "years", "yrs": "years"}


def terms_after(text: str, end: int) -> str:
    """The term and count pieces right after a price (", 48 months", ", 22 postes, contrat 36 mois"), or ""."""
    skip = re.match(r"[^,;:()]{0,40}(?=,)", text[end:])  # past the price's own words ("/poste/mois")
    out, at = "", end + (skip.end() if skip else 0)
    for _ in range(MAX_TERM_PIECES):
        m = _TERM_PIECE.match(text, at)
        if not m:
            break
        if set(re.findall(r"[^\W\d_]+", m.group(0).lower())) & _NOT_TERM:
            break  # ", 10 Dezember", ", 14 Uhr": a day or a time, not the price's term
        out, at = out + re.sub(r"(?<=\d )(mos?|yrs?)\b", lambda n: _SPELLED_EN[n.group(1).lower()], m.group(0)), m.end()
    return out


# An adverb a note puts before the thing priced ("dazu Endpoint-Schutz EUR 3,10"): not part of its name.
_LEAD_ADVERB = re.compile(r"^(?:dazu|zusätzlich|außerdem|additionally|on top|en plus|en outre|además|aparte)\s+(?=\S)", re.I)
# What the customer spends today ("Stromkosten 2027 ca. 96.000 EUR", "current energy bill", "gastos actuales"): their
# own figure, never a price of the rep's.
_SPEND = re.compile(r"(?:kosten|ausgaben|rechnung)\b|\b(?:costs?|spend|bill|budget|coûts?|dépenses?|facture|gastos?|"
                    r"factura|presupuesto)\b", re.I)
# A word saying the price was agreed or countered, inside a label ("landlord agreed 7-yr term $34.00"): the label
# is the note's account, not the thing priced.
_ACCOUNT = re.compile(r"\b(?:agreed|accepted|approved|countered|counter|offered|quoted|given|granted|vereinbart|"
                      r"akzeptiert|angeboten|gewährt|genannt|accepté|convenu|proposé|accordée?|donnée?|acordado|"
                      r"aceptado|ofrecido|otorgado|dado|cannot|can't)(?!\w)", re.I)


def price_label(label: str) -> str | None:
    """The thing a note's label prices, without an adverb before it; None when the label is the customer's own spend
    (no price to state at all); "" when it is the note's account of a deal rather than a thing."""
    if _SPEND.search(label):
        return None
    return "" if _ACCOUNT.search(label) else _LEAD_ADVERB.sub("", label)

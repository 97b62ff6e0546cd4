"""A note's clause said as one of the rep's own sentences, or not at all: shorthand written out (spelledout.py: "incl."
-> "including", "+" -> "and"), "I quoted £3,950 per stand" as the offer ("The price is £3,950 per stand."), a note's
promise ("Promised spec sheets + shipping estimate by Friday") as "I'll send you the spec sheets and the shipping
estimate by Friday.", and a fragment that cannot be made whole left out. One item per sentence, never a ';' list."""
from __future__ import annotations

import re

from followup.drafting import pricefor as pf
from followup.drafting import words as wd
from followup.drafting.cause import uncaused
from followup.drafting.labelforms import LABELS as _LABELS
from followup.drafting.moneyforms import CODES, MONEY, MONEY_RE, NUM, is_sum
from followup.drafting.pricefor import covered, named_after, price_of, price_word_sentence, summed, thing
from followup.drafting.spelledout import spelled
from followup.drafting.threshold import threshold_sentence
from followup.text.dates import ES_PLAIN_DAYS, alternation, day_names, month_prefixes

# Note words that never reach the mail: "ok", "tbc", "tbd", "est", "i.e.", arrows, "=" (a note's sum).
_NOTE_WORD = re.compile(r"\b(?:tbc|tbd|t\.b\.c\.|i\.e\.|fyi|nb|asap|ok(?:ay)?|o\.k\.|d'accord|vale|passt)\b"
                        r"|->|→|=>|=|\?\?|!!", re.I)
# A label's colon, not a clock's ("10:30").
_COLON = re.compile(r"(?<!\d):|:(?!\d)")

# A note word a clause's later comma part is cut at ("..., need your ok", "..., tbc").
_CUT_WORD = re.compile(r"\b(?:tbc|tbd|ok(?:ay)?|fyi|asap|i\.e\.|need your|so fine|à voir|à confirmer|zu klären|por confirmar)\b",
                       re.I)
# A note's report of its own doing that a clause cannot be said without ("said I'd", "told him", "asks", "gesagt").
NOTE_FRAME = re.compile(r"\b(?:said|told|asks?|asked|wants?|pushed|called|rang|emailed|checked|gesagt|fragt|"
                        r"will er|will sie|möchte er|möchte sie|il veut|elle veut|demande|dit|pregunta|quiere|"
                        r"comenta|dice|le dije)\b", re.I)
# A clause about the customer in the third person: "he wants 6", "il en veut 6", "sie nehmen", "ella prefiere".
_THIRD = re.compile(r"^(?:he|she|they|him|her|er|il|elle|ils|elles|él|ella|ellos|ellas)\b|\b(?:he|she|il en|ella)\s+"
                    r"(?:wants|veut|quiere|will)\b", re.I)
# The rep's own offer in a note: "I quoted X", "I pitched X", "proposé X", "angeboten: X", "propuse X".
OFFERED = re.compile(r"^(?:I\s+|les?\s+(?=propuse|ofrecí))?(?:quoted|pitched|proposed|offered|suggested|recommended|"
                     r"showed|gave (?:him|her|them)|proposé|propose|offert|angeboten|vorgeschlagen|propuse|ofrecí|"
                     r"cotizado|propuesto)(?:\s+(?:him|her|them|you|lui|leur|your(?=\s+[\w-]*[A-Z]+-?\d)))?\s*:?\s+",
                     re.I)  # "showed her SB-2": to you
# The rep offering a thing again, per language.
OFFER_AGAIN = {"en": "I can offer {x}.", "de": "Ich kann Ihnen {x} anbieten.", "fr": "Je peux vous proposer {x}.",
               "es": "Le puedo ofrecer {x}."}
MAX_SCOPE_WORDS = 12  # what a quoted price covers, said after it, in this many words at most
# The rep suggesting a thing, per language.
SUGGEST = {"en": "I'd suggest {x}.", "de": "Ich schlage Ihnen {x} vor.", "fr": "Je vous propose {x}.",
           "es": "Le propongo {x}."}
_CODES, _NUM, _MONEY, _MONEY_RE = CODES, NUM, MONEY, MONEY_RE  # the forms money is written in: moneyforms.py
# A figure's tail that is part of the price: "per stand", "a month each", "HT", "netto", "installed".
_PRICE_TAIL = re.compile(r"(?:\s+(?:\+\s?)?(?:HT|TTC|HTVA|netto|brutto|net|exkl\.?|inkl\.?|zzgl\.?|MwSt\.?|VAT|GST|HST|"
                         r"IVA|\+\s?IVA|each|apiece|pièce|chacun|chacune|cada un[oa]|je Stück|pro Stück|installed|"
                         r"posée?s?|instalad[oa]s?|installiert|ex works|(?:per|a|an|pro|par|por|je|à la|al)\s+"
                         r"[^\W\d_][\w-]*(?:\s+(?:and|und|et|y)\s+(?:per|pro|par|por)?\s*[^\W\d_][\w-]*)?))+", re.I)
# The verbs that may follow a labelled thing in a sentence of its own, per language.
VERBS = {
    "en": r"is|are|was|were|costs|takes?|comes?|includes?|covers?|runs?|has|have|can|will|adds?|stays|works|"
         r"fits?|needs|allows?|starts|ships|goes|handles?|carry|carries|stocks|logs|uploads?|meets?|lasts|"
         r"arrives?|holds?|does|makes?|suits?|reaches?|offers|requires?|remains?|applies|drops|rises|gets?|"
         r"should|would|could|must|means|gives?|keeps?|sits?|weighs?|speaks?|do|did|'ll|'re|'d|travel|"
         r"covers?|resumes?|protects?|lets?|helps?|uses?|delivers?",
    "de": r"ist|sind|kostet|kosten|beträgt|betragen|dauert|dauern|enthält|umfasst|liegt|liegen|kommt|kommen|geht|"
         r"gehen|hat|haben|kann|können|wird|werden|läuft|passt|passen|bleibt|bleiben|gilt|gelten|bietet|bieten|"
         r"erfolgt|beginnt|beginnen|reicht|trägt|braucht|hält|halten|schafft|schaffen|wiegt|liefern|liefert|wäre|"
         r"wären|würde",
    "fr": r"est|sont|coûte|coûtent|comprend|comprennent|inclut|prend|prennent|dure|a|ont|peut|peuvent|pouvons|"
         r"sera|seront|convient|conviennent|reste|restent|passe|fait|faut|tient|démarre|commence|avons|offre|"
         r"fonctionne|résiste|supporte|pèse|livrons|intervenons|assurons",
    "es": r"es|son|cuesta|cuestan|incluye|incluyen|lleva|llevan|toma|tarda|tiene|tienen|puede|pueden|podemos|será|"
         r"serán|queda|sale|vale|está|están|aguanta|arranca|funciona|cubre|empieza|comienza|dura|trae|ofrece|pesa",
}
# A clause opened by what we do: "we bring ...", "wir liefern ...", "nous livrons ...", "(la) hacemos ...".
_WE = {"en": r"(?:we|I)\s+(?:can\s+|will\s+|also\s+)?[a-z]+\b", "de": r"wir\s+\w+", "fr": r"nous\s+\w+ons\b",
       "es": r"\w+(?:amos|emos|imos)\b"}
# What a sentence may open with: an article, a determiner, a pronoun of ours, a name or a model (capital, digit).
_SUBJECT = {
    "en": r"(?:the|this|that|these|those|our|your|a|an|each|every|all|both|it|we|i|you|there|no|installation|delivery|"
          r"lead time)\b",
    "de": r"(?:der|die|das|ein|eine|unser|unsere|Ihr|Ihre|wir|es|jede[rs]?|alle|beide)\b",
    "fr": r"(?:le|la|les|l['’]|un|une|notre|nos|votre|vos|nous|ce|cet|cette|ces|chaque|tous|toutes|on)\b",
    "es": r"(?:el|la|los|las|un|una|nuestro|nuestra|nuestros|nuestras|su|sus|cada|todo|toda|todos|podemos|"
          r"incluye)\b",
}


# A count of things at a price each ("2 hoods at CAD 11,800 each"), and the note's word that it stays as it was.
_TIMES = {"en": "{n} {t} at {x} each", "de": "{n} {t} zu {x}", "fr": "{n} {t} à {x}", "es": "{n} {t} a {x}"}
_SAME = re.compile(r"\s*\b(?:unchanged|as before|unverändert|wie gehabt|inchangée?s?|sans changement|sin cambios|"
                   r"igual(?:es)?)\b\s*", re.I)
_STAYS = {"en": ", unchanged", "de": ", unverändert", "fr": ", inchangé", "es": ", sin cambios"}


def _times(n: str, before: list[str], x: str, language: str) -> str:
    """A note's "N x price" after the things it counts as "N things at price each" ("" when no short thing is named
    just before it: "the price for 2 x" names nothing)."""
    thing = _SAME.sub(" ", before[-1]).strip() if before else ""
    if not re.fullmatch(r"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}", thing) or thing.lower() in _NOT_NOUN:
        return ""
    stays = _STAYS.get(language, "") if _SAME.search(before[-1]) else ""
    thing = thing if language == "de" else thing[:1].lower() + thing[1:]
    return _TIMES.get(language, _TIMES["en"]).format(n=n, t=thing, x=x.rstrip(" .")) + stays + "."


def _cap(text: str) -> str:
    """First letter upper-case."""
    return text[:1].upper() + text[1:] if text else text


def _finite(text: str, language: str) -> bool:
    """Whether the clause says something: one of the few verbs a term is said with, after a subject (an article, a
    pronoun of ours, a name or a model) or, in English, a bare noun that takes "the"."""
    if OFFERED.match(text):
        return False  # "I quoted ...": said as the offer or not at all
    if re.match(r"\d", text) and "," in text:
        text = text.split(",")[0]  # "16 lanes, wood, last resurfaced 2019": headings, whatever follows
    if re.match(_WE.get(language, _WE["en"]), text, re.I):
        return True  # "we bring our own generator", "la hacemos nosotros": what we do, a sentence whatever the verb
    verbs = VERBS.get(language, VERBS["en"])
    verb = re.search(rf"\b(?:{verbs})\b", text, re.I)
    return bool(verb) and (bool(re.match(_SUBJECT.get(language, _SUBJECT["en"]), text, re.I))
                           or bool(re.match(r"[A-ZÀ-Ý0-9]", text))
                           or (language == "en" and 1 <= len(text[:verb.start()].split()) <= 4
                               and re.fullmatch(r"[a-z -]+", text[:verb.start()].strip()) is not None
                               and text.split()[0].lower() not in _NOT_NOUN
                               and not text.split()[0].lower().endswith(("ed", "ing"))))


# Words a clause opened by a bare noun cannot start with ("above 750 headcount ...", "now Monday", "sends 20 kg").
_NOT_NOUN = set("above below about avg average ca lost had got after before now then also still only just so and but "
                "or yes no new old total approx explained said told asked agreed confirmed not maybe next last first "
                "from for with at in on to by if when once unchanged extra plus earliest latest soonest soit dh d.h. "
                "es decir c'est-à-dire also sends wants needs asks says gets takes brings pays orders prefers plans "
                "sent avec sans mit ohne con sin pour für para cannot can't won't fine ok okay".split())  # "fine for 3 Feb"

# A word that says a figure changed or stands apart ("roadside unchanged $240"): no label of a price.
_CHANGED = set("unchanged still only now also new old same stays extra soit inchangé inchangée unverändert weiterhin "
               "igual sigue".split())
# A note's word for the price being agreed ("Kompromiss: 36 €", "deal at $2,400"): no thing the price is for.
_AGREED = re.compile(r"(?:compromise|agreed|deal|settled|kompromiss|einigung|zusage|vereinbart|compromis|accord|convenu|"
                     r"acuerdo|compromiso|acordado|trato)\b", re.I)

_PREPOSITIONS = set("within in at of for to by from after before until during on with per".split())


def nounish(label: str, language: str) -> bool:
    """Whether a note's label before its figure or day is a thing ("site walk", "lead time"), not a clause ("line
    starts", "it handles", "lanes oiled")."""
    words = label.lower().split()
    verbs = VERBS.get(language, VERBS["en"])
    return bool(words) and not set(words) & (_NOT_NOUN | {"it", "we", "they", "he", "she", "i", "you", "und", "oder",
                                                          "et", "ou", "y", "o"}) \
        and not re.search(rf"\b(?:{verbs})\b", label, re.I) \
        and not (language == "en" and (any(w.endswith(("ed", "s")) and len(w) > 3 for w in words[1:])
                                       or words[0].endswith(("ed", "ing")) or words[-1] in _PREPOSITIONS
                                       or (len(words) > 1 and words[-1].endswith("ing"))))


def _labelled(text: str, language: str) -> str:
    """"lead time 10 weeks ex Southampton" as "The lead time is 10 weeks ex Southampton." ("" when it is not a short
    label before a figure)."""
    if re.match(rf"(?:{month_prefixes('en', tail='[a-z]*')})\b", text, re.I):
        return ""  # "jan 15 start": a day, not a label
    m = re.match(r"^(?P<label>[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,2}?)\s?:?\s+(?P<x>(?:ca\.|etwa|about|environ|"
                 r"unos|de|bis|up to|jusqu'à|hasta)?\s?\d[^,;:]*)$", text, re.I)
    if not m or NOTE_FRAME.search(m.group("label")) or not nounish(m.group("label"), language):
        return ""
    label, x = m.group("label"), m.group("x").strip()
    if re.match(rf"\d\S*\s+(?:{VERBS.get(language, VERBS['en'])})\b", x, re.I):
        return ""  # "bar 3 has no room": the number names the thing, the verb after it makes a clause of its own
    if language == "en":
        if re.fullmatch(r"[A-Z]{2,5}", label) and re.match(r"\d[\d.,]*\s?%", x):
            return f"{label} is {x}."  # "GST 18% on top": a tax or rate named by its letters takes no article
        if not re.fullmatch(r"[a-z -]+", label) or set(label.split()) & (_NOT_NOUN | {"you", "we", "i", "he", "she"}):
            return ""
        verb = "are" if label.endswith("s") and not label.endswith("ss") else "is"
        return f"The {label} {verb} {x}."
    form = _LABELS.get(language, {}).get(label.lower())
    return form.format(x=x) if form else ""


# German, French and Spanish day names (Spanish only with its accents, as this reader always took them).
_FOREIGN_DAYS = alternation(day_names("de", "fr", "es"), without=ES_PLAIN_DAYS)
# A day a note names: a weekday (four languages, short or long), "21.01.", "25/01" or "23 novembre".
DAY = re.compile(r"\b(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b\.?|"
                 r"\b(?-i:Mo|Di|Mi|Do|Fr|Sa|So)\b\.?|\b(?:" + _FOREIGN_DAYS + r")\b|"
                 r"\b\d{1,2}[./]\d{1,2}\b\.?|\b\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?"
                 r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|août|sept|"
                 r"okt|dez|märz|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
                 r"diciembre|janvier|février|avril|juillet|septembre|octobre|novembre|décembre)[a-zé]*\b\.?", re.I)
_TIME = re.compile(r"^\s*(?:um\s+|à\s+|a las\s+|at\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)?\s*$",
                   re.I)
# The article a German, French or Spanish event noun takes, by its ending or as a known word.
ARTICLE = {
    "de": ((r"(?:ung|ion|heit|keit|tät|nahme|fahrt)$", "Die"), (r"(?:termin|besuch|start|beginn|bau)$", "Der"),
           (r"(?:treffen|gespräch)$", "Das")),
    "fr": ((r"^(?:visite|livraison|pose|installation|intervention|réunion|démonstration|formation|mise en service)",
            "La"),
           (r"^(?:passage|premier passage|rendez-vous|montage|démarrage|début|chantier|essai|BAT|bon à tirer)", "Le")),
    "es": ((r"^(?:visita|instalación|entrega|reunión|demostración|llamada|prueba)", "La"),
           (r"^(?:montaje|inicio|arranque|comienzo|servicio)", "El")),
}
_PROPOSED = re.compile(r"\s*\b(?:proposed|suggested|vorgeschlagen|proposée?|propuest[oa]|agreed|vereinbart|convenue?|"
                       r"acordad[oa]|booked|fixed|fix|prévue?)\b\s*:?\s*", re.I)


def _dated(text: str, language: str) -> str:
    """"site walk Thursday Sept 16, 10am" as "The site walk is on Thursday Sept 16, 10am." ("" when the clause is not
    a short event noun and its day)."""
    day = DAY.search(text)
    if not day or day.start() == 0 or _MONEY_RE.search(text):
        return ""
    proposed = bool(_PROPOSED.search(text))
    label = _PROPOSED.sub(" ", text[:day.start()]).strip(" :,-")
    label = re.sub(r"\s+(?:on|am|le|el|for|für|pour|para)$", "", label, flags=re.I)
    prep = re.search(r"\s+(?:ab|bis|spätestens|from|until|before|by|dès|avant|à partir du|au plus tard|desde|"
                     r"a partir del|antes del)$", label, re.I)
    label = label[:prep.start()] if prep else label
    parts = re.split(r",\s+", text[day.start():])
    when = parts[0] + "".join(f", {p}" for p in parts[1:2] if _TIME.match(p))
    when = (f"{prep.group(0).strip()} " if prep else "") + _PROPOSED.sub(" ", when).strip(" ,")
    if not label or not nounish(label, language) or len(label.split()) > 3 or re.search(r"\d", label) \
            or NOTE_FRAME.search(label) or DAY.search(label) or re.fullmatch(r"\w+\.?\s+\d{1,2}\.?", when) \
            or re.search(rf"\b(?:{VERBS.get(language, VERBS['en'])})\b", when, re.I) \
            or (language == "de" and len(label.split()) > 1 and label[:1].islower()) \
            or set(label.lower().split()) & _NOT_NOUN or len(when.split()) > 8:
        return ""
    if language == "en":
        if not re.fullmatch(r"[a-z -]+", label):
            return ""
        state = re.fullmatch(r"(?P<what>.+?)\s+(?P<adj>valid|open|available|good|free|closed|reserved|held|fixed)", label)
        if state and prep:  # "offer valid until 31 December": "The offer is valid until 31 December."
            return f"The {state.group('what')} is {state.group('adj')} {when}."
        # "1 May - 30 Sept": a span of days runs, it is on no one day
        if not prep and re.search(r"\d(?:\s+[^\W\d_]+\.?)?\s*[-–]\s*(?:[^\W\d_]+\.?\s+)?\d", when):
            if state:  # "crew free Mon 27 Jan - Tue 4 Feb": "The crew is free Mon 27 Jan - Tue 4 Feb."
                return f"The {state.group('what')} is {state.group('adj')} {when}."
            return f"I'd suggest the {label} for {when}." if proposed else f"The {label} runs {when}."
        return f"I'd suggest the {label} {'' if prep else 'on '}{when}." if proposed else \
            f"The {label} {'are' if re.search(r'[^s]s$', label) else 'is'} {'' if prep else 'on '}{when}."
    art = next((a for pattern, a in ARTICLE.get(language, ()) if re.search(pattern, label, re.I)), "")
    if not art:
        return ""
    if language == "de":
        return f"{art} {label[:1].upper() + label[1:]} ist {'' if prep else 'für '}{when} geplant."
    if language == "fr":
        when = re.sub(r"^(au plus tard|avant)\s+(?!le\b)", r"\1 le ", when)  # "au plus tard le lundi 15 janvier"
        return f"{art} {label if label.isupper() else label.lower()} est prévu{'e' if art == 'La' else ''} " \
               f"{'' if prep else 'le '}{re.sub(r'^le ', '', when)}."
    return f"{art} {label.lower()} está previst{'a' if art == 'La' else 'o'} {'' if prep else 'para el '}" \
           f"{re.sub(r'^el ', '', when)}."


def _priced(text: str, language: str, m: re.Match[str]) -> str:
    """A figure with what it is counted per and the few words after it ("£3,950 per stand and £6,700 for the press",
    "USD 49.600 total con 16 paneles")."""
    tail = _PRICE_TAIL.match(text, m.end())
    end = tail.end() if tail else m.end()
    x = m.group(0).strip() + (tail.group(0) if tail else "")
    rest = re.split(r",(?!\d)|[;:(]|\s[-–—]\s", text[end:], maxsplit=1)[0]
    verbs = VERBS.get(language, VERBS["en"])
    if rest.strip() and len(rest.split()) <= 8 and not re.search(rf"\b(?:{verbs})\b", rest, re.I) \
            and not NOTE_FRAME.search(rest) and not _NOTE_WORD.search(rest):
        x += rest.rstrip()  # "and £6,700 for the press", "total con 16 paneles y 40 kWh"
    if language == "en":
        x = re.sub(r"(?<=\d)/(mo|month|yr|year|visit|unit|lane|pump|tyre|stand|person|bldg|building)\b",
                   lambda n: {"mo": " a month", "month": " a month", "yr": " a year", "year": " a year",
                              "bldg": " per building"}.get(n.group(1), f" per {n.group(1)}"), x)
    return (x.rstrip() + pf.terms_after(text, end)).strip()  # ", 48 mo", ", contrat 36 mois": the price's term


def price_sentence(text: str, language: str) -> str:
    """A clause with a price, in the fixed form "The price is £3,950 per stand." ("" without a figure): the figure
    and what it is counted per, said of the thing before it when that is a short noun ("our CB-1 steam cooker")."""
    m, (text, covers) = _MONEY_RE.search(text), covered(text, language)
    if (said := threshold_sentence(text, m, language)) or not m or not is_sum(m.group(0)):
        return said  # "franco à partir de 250 € HT": a threshold said as one, never as "the price for franco"
    if "=" in text or "→" in text or "->" in text:
        # "29 €/m² HT = 12 615 € HT": the note's sum, said by its result
        # the figure the sum comes to is the one after its sign, not a later part's ("= EUR 9,360, workshop EUR 1,800"),
        # unless a later total says all it comes to ("= 2 600 € HT, total 17 500 € HT")
        sign = list(re.finditer(r"=|→|->", text))[-1]
        last = list(_MONEY_RE.finditer(text))[-1]
        if not re.search(r"\b(?:total|gesamt\w*|insgesamt|summe|soit|en total)\b", text[sign.end():], re.I):
            last = next((x for x in _MONEY_RE.finditer(text) if x.start() > sign.start()), last)
        x = _priced(text, language, last)
        return summed(text, last.start(), x, language) or pf.worked_for(text, last.start(), x, language) \
            or pf.TOTAL.get(language, pf.TOTAL["en"]).format(x=x)
    # "about £3,850": a hedge said before the figure stays with it
    hedge = re.search(r"\b(?:about|around|roughly|etwa|grob|rund|environ|unos|aproximadamente)\s+$", text[:m.start()], re.I)
    x = (re.sub(r"(?i)^(?:grob|rund)\b", "etwa", hedge.group(0)) if hedge else "") + _priced(text, language, m)  # "grob": "etwa"
    label = text[:m.start() - (len(hedge.group(0)) if hedge else 0)].strip(" :,-")
    label = re.sub(r"^(?:plus|and|also|\+)\s+(?=\d)", "", label, flags=re.I)  # "plus 6 masks FJD 570": 6 masks
    parts = label.split(", ")  # "hält 25+ Jahre, Aufpreis € 3.200": the words nearest the figure label it
    if times := re.fullmatch(r"(\d+)\s*[x×]", parts[-1].strip()):
        return _times(times.group(1), parts[:-1], x, language)  # "hoods unchanged, 2 x CAD 11,800": 2 hoods at it each
    glued = re.search(rf"\b(?:{VERBS.get(language, VERBS['en'])})\b", parts[0])
    if said := price_word_sentence(parts[-1], x, language, covers or ("" if glued else thing(parts[:-1]))):
        return said  # "Neuer Gesamtpreis € 35.700 (Steg + Plattform)", "statt DM-5 jetzt DM-5 Wet, Aufpreis CHF 4.200"
    if not glued and any(DAY.search(p) or _MONEY_RE.search(p) for p in parts[1:]):
        return ""  # "Neue Abfahrt Hapag, Freitag, 10. September, Open Top 40' jetzt EUR 8.420": no one thing priced
    label = parts[-1] if glued else label
    if re.fullmatch(r"(?:new |neuer? |nouveau |nuevo )?(?:total|gesamt|insgesamt|in total|au total|en total)|neu", label, re.I):
        return pf.TOTAL.get(language, pf.TOTAL["en"]).format(x=x)  # "total CHF 72'700", "neu CHF 63.100": all it comes to
    if language == "en" and re.fullmatch(r"(?:our|the|your)\s+[\w -]{2,30}", label, re.I) and not NOTE_FRAME.search(label):
        verb = "are" if label.endswith("s") and not label.endswith("ss") else "is"
        return f"{_cap(label)} {verb} {x}."  # "Our CB-1 steam cooker is GMD 96,000."
    label = re.sub(r"^(?:the|our|der|die|das|le|la|les|el|los|las)\s+", "", label.split(", ")[0], flags=re.I)
    label = pf.unnowed(re.sub(r"\s+(?:at|for|à|a|de|por|für|zu|je|with|mit|avec|con)$", "", label, flags=re.I))
    if said := pf.money_word_sentence(label, x, language):
        return said  # "Beitrag ca. EUR 2.340/Jahr": "Der Beitrag beträgt etwa EUR 2.340/Jahr."
    # "Kompromiss: 36 €" names no thing priced; nor does a German label opened and ended lowercase ("westseite neu eindecken")
    if (label := "" if _AGREED.match(label) else pf.price_label(label)) is None:
        return ""  # "Stromkosten 2027 ca. 96.000 EUR": the customer's own spend is no price of the rep's
    if label and not (language == "de" and len(label.split()) > 1 and label[0].islower() and label.split()[-1][0].islower()) \
            and re.fullmatch(r"[^\W_][\w' -]{2,50}", label) and label.split()[0].lower() not in _NOT_NOUN \
            and label.split()[0].lower() not in ("und", "oder", "et", "ou", "y", "o", "and", "or") \
            and not set(label.lower().split()) & _CHANGED \
            and not re.search(
            r"\b(?:price|preis|prix|precio|quote|tarif|cost|kosten|coût|total)\b", label, re.I) \
            and len(label.split()) <= 5 and not NOTE_FRAME.search(label) and not _NOTE_WORD.search(label):
        low = label if language == "de" or not label[1:2].islower() else label[:1].lower() + label[1:]
        return pf.PRICE_FOR.get(language, pf.PRICE_FOR["en"]).format(label=pf.the(low, language), x=x)
    if label and not re.search(r"\b(?:price|preis|prix|precio|quote|tarif|cost|kosten|coût|total|gesamt)\b", label, re.I):
        return ""  # a figure said of something the sentence could not name: "The price is $240" would mislead
    return pf.PRICE.get(language, pf.PRICE["en"]).format(x=x)


def _offer(text: str, language: str) -> str:
    """A note's "pitched SP-2 stand: 1.5 hp motor, 2,800 rpm" as the rep's suggestion with its figures in brackets
    (and its price after "at"); "quoted £3,950 per stand" as the price; "" when it is neither."""
    m = OFFERED.match(text)
    rest = text[m.end():].strip() if m else text
    if m and (_MONEY_RE.match(rest) or re.match(r"(?:about|around|etwa|environ)\s", rest, re.I)):
        said, (_, _, scope) = price_sentence(rest, language), rest.partition(": ")
        scope = scope or named_after(rest)  # "CI$14,200 for 6 windows, aluminium accordion AS-100": what it is for
        # "quoted BZD 2,650/yr for both: 2 services a year, cartridges incl.": what the price covers, said after it
        return f"{said[:-1]}: {spelled(scope, language).rstrip(' .')}." if said and scope and len(scope.split()) \
            <= MAX_SCOPE_WORDS and not NOTE_FRAME.search(scope) and not _NOTE_WORD.search(scope) else said
    named = re.match(r"(?P<what>(?:[^:;,]|,(?=\d)){2,80}?)\s?(?::\s+|,\s+)(?P<specs>.+)$", rest)  # "10,000 lb" is whole
    money = _MONEY_RE.search(rest)
    if m and not named and money and 1 <= len(rest[:money.start()].split()) <= 10:
        # "offered recalibration + 2 new load bars $1,960 incl GST": the thing and its price
        named = re.match(r"(?P<what>.+?)\s+(?P<specs>" + re.escape(rest[money.start():]) + ")$", rest)
    priced = named and _MONEY_RE.search(named.group("what")) and not re.search(
        r"\s(?:à|at|for|für|zu|por|a)\s+" + _MONEY, named.group("what"))  # "90-day cycle $385": no thing to name
    if not named or not (m or re.search(r"[A-Z]+-?\d", named.group("what"))) or priced:
        if m and not _MONEY_RE.search(rest) and ":" not in rest and len(rest.split()) <= 12 \
                and not NOTE_FRAME.search(rest) and not _NOTE_WORD.search(rest):
            # "offered 19.8 ct/kWh with 1% escalator": the offer itself, in the rep's voice
            return OFFER_AGAIN.get(language, OFFER_AGAIN["en"]).format(x=rest)
        return price_sentence(rest, language) if m and _MONEY_RE.search(rest) else ""
    what, specs, price = re.sub(r"\s+(?:à|at|for|für|zu|por|a)$", "", named.group("what").strip()), [], ""  # "FM-6 à"
    for part in re.split(r",\s+|;\s+", named.group("specs")):
        money = _MONEY_RE.search(part)
        if NOTE_FRAME.search(part) or _NOTE_WORD.search(part) or _THIRD.search(part) or (money and price):
            break
        if money:  # the specs after the price go on ("CAD 368,000 installed, ships in 6 weeks")
            price = _priced(part, language, money)
            specs += [part[:money.start()].strip(" :-")] if part[:money.start()].strip(" :-") else []
            continue
        specs.append(part.strip())
    if language == "en" and not re.match(r"(?:the|a|an|our|your|my|his|her|their|this|that|these|those)\b|\d", what, re.I):
        what = f"the {what}"
    elif language == "fr" and not re.match(r"(?:les?|la|l'|une?|des|du|notre|nos|votre|vos|ce|cette|ces)\b|\d|[A-Z]+-?\d",
                                            what, re.I):
        plural = re.match(r"\S+[sx]\b", what)
        what = f"{'nos' if plural else 'notre'} {what}"  # "notre presse à vis PV-3"
    x = what + (f" ({', '.join(specs)})" if specs else "")
    if not specs and not price:
        return ""
    if price:
        x += {"en": " at {p}", "de": " für {p}", "fr": " à {p}", "es": " por {p}"}.get(language, " at {p}").format(p=price)
    if not m and not price and len(specs) < 2:
        return ""  # a product and one figure with no offer of it: a heading, no sentence
    return SUGGEST[language if language in SUGGEST else "en"].format(x=x)


# A note's record that it was said or confirmed, before what was: "gesagt:", "told him:", "confirmé que".
_SAID_LEAD = re.compile(r"^(?:said|told (?:him|her|them)|confirmed|(?:I )?explained|gesagt|bestätigt|erklärt|dit|confirmé|"
                        r"expliqué|dije|confirmado)(?:\s*:\s*|\s+(?:that|dass|que|qu')\s*|\s+(?=the\b|our\b))", re.I)


def sentence(clause: str, language: str) -> str:
    """A note's term or answer as one of the rep's sentences ("" when it is a fragment that cannot be made whole)."""
    alt = re.match(r"(?P<x>.*\d.*?)\s+alt(?:ernative)?\.?$", clause.strip()) if language == "en" else None
    if alt:  # "ok, EUR 54,500 alt.": a second price offered beside the first
        said = sentence(alt.group("x"), language)
        return f"Alternatively, {said[:1].lower()}{said[1:]}" if said else ""
    # "Livraison avant 31 décembre -> oui": the yes the note gave it, not a word of the sentence
    clause = re.sub(r"\s*(?:->|→|=>|>|[-–:])?\s*\b(?:yes|oui|ja|sí)\s*[.!]?$", "", clause.strip()) or clause
    text = spelled(wd.trim_end(clause, " .;,:"), language)  # "Aufbau ab 22.9.": the date keeps its dot
    if re.match(r"(?:also|so|soit|donc|d\.h\.|i\.e\.|es decir)\s+(?:etwa|about|environ|unos)?\s*" + _MONEY, text, re.I):
        return ""  # "soit 6 180 000 FCFA pour 6": a sum the note worked out, said again only as its figures stand
    text = re.sub(r"^(?:and|also|so|yes|ja|oui|sí|si|und|et|y|aussi|auch|también)\b[,:]?\s+", "", text, flags=re.I)
    text = _SAID_LEAD.sub("", text)
    if not text or _THIRD.search(text):
        return ""  # the customer reported in the third person: the note's, not a sentence to them
    ok = re.match(r"^(?P<what>(?:the |our |your )?[^\W\d_][\w -]{2,40}?)\s+(?:is\s+)?ok\b(?P<rest>.*)$", text, re.I)
    if language == "en" and ok and not NOTE_FRAME.search(ok.group("what")):
        # "delivery to La Rocque slipway ok with our flatbed": the note's "ok" is the rep saying it works
        if not re.search(r"\d", re.sub(r"\b[A-Z]+-?\d[\w-]*", "", ok.group(0))) and not ok.group("rest").strip():
            return ""  # "price held ok", "PF-3000 ok": the customer's yes, nothing to confirm back in a sentence
        verb = "is fine" if re.search(r"\bworks?\b", ok.group("what")) else "works"  # "night works 11pm-5am"
        text = f"{ok.group('what')} {verb}{ok.group('rest')}"
    parts = re.split(r",(?!\d)\s*", text)
    keep = [p for p in parts[:next((n for n, p in enumerate(parts) if NOTE_FRAME.search(p) or _THIRD.search(p)
                                    or _CUT_WORD.search(p)), len(parts))]]
    if keep and len(keep) < len(parts):
        text = ", ".join(keep)  # "site visit proposed Thurs 7 Jan, need your ok": what was said, not the note's aside
    if OFFERED.match(text) or re.match(r"^(?:the |our |der |die |das |le |la |el |la )?[\w-]*[A-Z]+-?\d[\w-]*\s?:",
                                         text, re.I):
        offer = _offer(text, language)
        if offer or OFFERED.match(text):
            return offer  # "I quoted ..." is said as the offer or not at all
    if NOTE_FRAME.search(text) or len(_COLON.findall(text)) > 2:
        return ""
    if len(_COLON.findall(text)) == 2:
        head, rest = _COLON.split(text, 1)
        return sentence(rest, language) if len(head.split()) <= 2 else ""  # "elektrik: Trockeneis: ..."
    if _NOTE_WORD.search(text):
        return price_sentence(text, language)
    if said := _dated(uncaused(text) or text.replace(": ", " "), language):  # "wegen Eis Bau erst ab 8. März"
        return said
    after = _COLON.split(text, 1)[-1]
    if _COLON.search(text) and _finite(after.strip(), language) and len(_COLON.findall(text)) == 1:
        return sentence(after, language)  # "elektrik: Trockeneis ist nicht leitfähig"
    if _COLON.search(text):
        label, value = _COLON.split(text, 1)
        value = re.sub(r"^(?:plus|zuzüglich|más)\s+", "", value.strip())  # "serpentin à remplacer : +2 150 € HT"
        label, most = (price_of(label), 5) if price_of(label) else (label, 4)  # "precio PN-30 inox 30 hl: 58.700 €"
        if pf.price_heading(_COLON.split(text, 1)[0]) and re.match(r"[^\W\d_]", value.strip()):
            label = ""  # "Prix annoncés : boîtier 19 €": the thing priced is the value's
        return (pf.for_label(label, value, language, price_sentence) or price_sentence(  # "Over 500 flights: fee EUR 15"
            f"{label.strip()} {value}" if len(label.split()) <= most else value, language)) if _MONEY_RE.search(value) \
            else _labelled(f"{label} {value.strip()}", language)
    if language == "en":
        text = re.sub(r"^only\s+(?=[a-z]+\s+(?:is|are)\b)", "the only ", text)  # "Only window is ...": its article
        rate = re.fullmatch(r"(?P<what>[a-z\d][\w -]{2,30}?)\s+at\s+(?P<fig>\d[\d.,]*\s?%)", text)
        if rate and not re.search(rf"\b(?:{VERBS['en']})\b", rate.group("what")):
            return f"The {rate.group('what')} is at {rate.group('fig')}."  # "60-day lock at 6.25%"
    if _finite(text, language):
        if language == "en" and re.match(r"[a-z]", text) and not re.match(_SUBJECT["en"], text, re.I):
            text = f"the {text}"  # "lease is $1,140 per month" -> "The lease is ..."
        return _cap(text) + ("" if text.endswith(("?", "!", ".")) else ".")
    return _labelled(text, language) or price_sentence(text, language)

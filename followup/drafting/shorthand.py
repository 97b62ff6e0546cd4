"""Call-note shorthand written out in German, French and Spanish: "4,20 € pro MA/Monat" -> "4,20 € pro
Mitarbeiter und Monat", "21 €/veh/mes" -> "21 € por vehículo y mes", "m/ allen" -> "mit allen", "Preis gesagt:" ->
"Preis:". A chain of units is only rewritten when one of its parts is a known abbreviation; the figures are never
touched (grounding checks them against the note)."""
from __future__ import annotations

import re

from followup.drafting.slips import written_words

# Abbreviations of what a price is counted per, as reps write them in notes.
_UNITS = {
    "de": {"ma": "Mitarbeiter", "std": "Stunde", "stk": "Stück", "mon": "Monat", "mo": "Monat", "wo": "Woche",
           "pers": "Person", "tn": "Teilnehmer", "fzg": "Fahrzeug", "j": "Jahr"},
    "fr": {"pers": "personne", "sem": "semaine", "j": "jour", "h": "heure", "an": "an", "coll": "collaborateur",
           "ex": "exemplaire", "véh": "véhicule", "veh": "véhicule", "unit": "unité"},
    "es": {"veh": "vehículo", "bot": "botella", "ud": "unidad", "uds": "unidad", "pers": "persona", "hab": "habitación",
           "emp": "empleado", "sem": "semana", "h": "hora", "m": "mes"},
}

# How each language says "per" and joins two units.
_PER = {"de": ("pro", "und"), "fr": ("par", "et par"), "es": ("por", "y")}

_CHAIN = re.compile(r"(?:(?:(?<=[€$£\d])|(?<=EUR)|(?<=CHF)|(?<=USD)|(?<=GBP)|(?<=\bTTC)|(?<=\bHT)|(?<=\bMwSt\.)|"
                    r"(?<=\bIVA))\s?/|\b(?P<per>pro|par|por)\s+)"
                    r"(?P<chain>[^\W\d_]+\.?(?:/[^\W\d_]+\.?)*)", re.I)


# "per person" written as initials after a figure: "145 € p.P.", "30 € p.p.", "25 € p/p".
_PER_PERSON = re.compile(r"(?<=[\d€$£%])\s*\b(?:p\.\s?P\.|p\.\s?p\.|p/p)(?!\w)", re.I)
_PERSON = {"de": "pro Person", "fr": "par personne", "es": "por persona"}


# A preposition cut to its first letter and a slash before a word, as reps write "w/" in English notes: "m/ allen
# drei Dächern", "p/ escenario", "c/ Eduardo".
_SLASH_WORDS = {"de": {"m": "mit", "o": "ohne"}, "es": {"p": "para", "c": "con"}, "fr": {"av": "avec"}}
# "c/u" (cada uno), "p/p" ...: a Spanish note's "each", said in full wherever it stands.
_EACH = {"es": (re.compile(r"(?<![\w/])c/u\b"), "cada uno"), "fr": (re.compile(r"(?<![\w/])p\.?\s?u\.(?=\s|$)"), "l'unité")}
_SLASH_WORD = re.compile(r"(?<![\w/])([^\W\d_]{1,2})/(?=\s+[^\W\d_])")


# A note's label saying the rep gave the figure after it ("Preis gesagt: + CHF 380", "prix annoncé : 900 €"): the
# label's noun stays, the report of saying it is the note's.
_SAID_LABEL = re.compile(r"(?<=[^\W\d_])\s+(?:gesagt|genannt|mitgeteilt|durchgegeben|annoncé|indiqué|communiqué|dicho|"
                         r"indicado|comunicado)(?=\s?:\s)", re.I)


# An English note's "per" unit after a word ("visits/yr", "2x/month"); after a figure wellformed.spelled says it.
_EN_UNITS = {"yr": "year", "year": "year", "mo": "month", "month": "month", "wk": "week", "week": "week", "day": "day"}
_PRICED = re.compile(r"[$€£¥]|\b[A-Z]{3}\s?\d")
_EN_PER = re.compile(r"(?<=[a-z])\s?/\s?(yr|year|mo|month|wk|week|day)\b", re.I)


# An English note's "per person" shorthand after a price ("KES 2,150 pppm", "EUR 2,350 pp", "$85/pax") and a head
# count in "pax" ("40 pax"): written out; "pp" alone needs a currency in the clause ("12 pp" may be pages).
_EN_PERSON = [(re.compile(r"(?<=[\d%])\s?(?:/\s?)?\b(?:pppm|pp/pm|pp/mo)\b\.?"), " per person per month"),
              (re.compile(r"(?<=[\d%])\s?(?:/\s?)?\b(?:pepm|pe/pm)\b\.?"), " per employee per month"),
              (re.compile(r"(?<=[\d%])\s?(?:/\s?)?\b(?:pupm|pu/pm)\b\.?"), " per user per month"),
              (re.compile(r"(?<=[\d%])\s?(?:/\s?|\bper\s)\s?pax\b\.?"), " per person"),
              (re.compile(r"(?<=\d)\s?\bpax\b\.?"), " people")]
_EN_PP = re.compile(r"(?<=\d)\s?(?:/\s?)?\b(?:pp|p\.p\.)(?!\w)\.?")


def per_person(text: str) -> str:
    """An English clause with its "per person" shorthand written out: "KES 2,150 pppm" -> "KES 2,150 per person per
    month", "EUR 2,350 pp" -> "EUR 2,350 per person", "40 pax" -> "40 people"."""
    for pattern, words in _EN_PERSON:
        text = pattern.sub(words, text)
    return _EN_PP.sub(" per person", text) if _PRICED.search(text) else text


# A note's condition without its article and verb ("GBP 149 if contract signed by 14 April", "si contrat signé avant le
# 15", "si contrato firmado antes del 15"), said whole; per language: the pattern, each noun's article, the verb form.
_CONDITION = {
    "en": (re.compile(r"\b(?P<c>if|once|when|provided|as long as)\s+(?:the\s+)?(?P<n>contract|order|booking|deposit|"
                      r"offer|agreement|PO|paperwork|quote|proposal|form)\s+(?P<v>signed|confirmed|booked|paid|placed|"
                      r"received|accepted|approved|returned)\b", re.I), {}, "{c} the {n} is {v}"),
    "fr": (re.compile(r"\b(?P<c>si|dès que|une fois)\s+(?P<n>contrat|devis|bon de commande|acompte|commande|réservation)\s+"
                      r"(?P<v>signée?|validée?|confirmée?|versée?|payée?|passée?|reçue?)(?!\w)", re.I),
           {"commande": "la", "réservation": "la"}, "{c} {a} {n} est {v}"),
    "es": (re.compile(r"\b(?P<c>si|cuando|una vez)\s+(?P<n>contrato|pedido|anticipo|presupuesto|reserva|oferta)\s+"
                      r"(?P<v>firmad[oa]|confirmad[oa]|pagad[oa]|aceptad[oa]|recibid[oa])\b", re.I),
           {"reserva": "la", "oferta": "la"}, "{c} {a} {n} está {v}"),
}
_DEFAULT_ARTICLE = {"fr": "le", "es": "el"}


def conditioned(text: str, language: str) -> str:
    """A note's bare condition said whole: "if contract signed by 14 April" -> "if the contract is signed by 14
    April", "si contrat signé" -> "si le contrat est signé", "si contrato firmado" -> "si el contrato está firmado"."""
    if language not in _CONDITION:
        return text
    pattern, articles, form = _CONDITION[language]
    return pattern.sub(lambda m: form.format(c=m.group("c"), n=m.group("n"), v=m.group("v"), a=articles.get(
        m.group("n").lower(), _DEFAULT_ARTICLE.get(language, ""))), text)


# A note's "=" between a short label and what it stands at ("Membership yr = 12 months from joining date", "Laufzeit =
# 24 Monate"): said with the verb. French and Spanish notes use "=" for "comes with" as often ("Annonce = fiche
# annuaire offerte"), where "est" would be wrong, so they keep it.
_EQUALS = {"en": "is", "de": "ist"}
EQUALS_LABEL_WORDS = 3
_EQUALS_RE = re.compile(rf"^(?P<label>[^\W\d_][\w.-]*(?:\s+[\w.-]+){{0,{EQUALS_LABEL_WORDS - 1}}})\s+=\s+(?=\S)")


def equals_said(text: str, language: str) -> str:
    """A note's "label = value" with its verb: "membership year = 12 months" -> "membership year is 12 months"."""
    if language not in _EQUALS:
        return text
    return _EQUALS_RE.sub(lambda m: f"{m.group('label')} {_EQUALS[language]} ", text, count=1)


def spell_out(text: str, language: str) -> str:
    """A restated note clause with its shorthand written out in the customer's language: slash prepositions, the
    rep's "said" labels, units."""
    text = equals_said(_SAID_LABEL.sub("", text), language)
    if language == "en":
        text = per_person(text)
    if language in _EACH:
        text = _EACH[language][0].sub(_EACH[language][1], text)
    if language == "en" and not _PRICED.search(text):  # "2 visits/yr" -> "2 visits a year", "2x/month" -> "twice a
        # month"; a priced clause keeps its units, which tell what each price is for ("2 cuts/yr £1,950")
        text = _EN_PER.sub(lambda m: f" a {_EN_UNITS[m.group(1).lower()]}", text)
        text = re.sub(r"\b1x(?= a )", "once", re.sub(r"\b2x(?= a )", "twice", text))
    words = _SLASH_WORDS.get(language, {})
    text = _SLASH_WORD.sub(lambda m: words.get(m.group(1).lower(), m.group(0)), text) if words else text
    units = _UNITS.get(language)
    if language in _PERSON:
        text = _PER_PERSON.sub(" " + _PERSON[language], text)
    if not units or "/" not in text:
        return text
    per, join = _PER[language]

    def one(m: re.Match[str]) -> str:
        """One chain of units, written out when it holds an abbreviation."""
        parts = [p.rstrip(".") for p in m.group("chain").split("/")]
        if not any(p.lower() in units for p in parts) or (m.group("per") and len(parts) < 2):
            return m.group(0)  # "pro Woche", "par mois": written out already
        words = [units.get(p.lower(), p) for p in parts]
        lead = " " if m.group("per") is None else ""
        return f"{lead}{m.group('per') or per} {f' {join} '.join(words)}"

    return _CHAIN.sub(one, text)


# A note's mark that a figure was agreed in principle, not yet signed ("KES 2,150 pppm agreed in principle", "1 390 €
# TTC/pers, accord de principe", "grundsätzlich einverstanden", "acuerdo de principio"): said after the figure in the
# rep's words, never pasted as the figure's tail.
_IN_PRINCIPLE = re.compile(
    r"\s*[,;:–-]?\s*\(?\s*(?:(?:he|she|they|customer|client)\s+)?(?:"
    r"(?:agreed|ok(?:['’]?d)?|okay|accepted|approved|yes|agreement|deal)\s+in\s+principle|in[- ]principle\s+(?:agreement|"
    r"ok|yes|deal)|(?:grundsätzlich|prinzipiell|im\s+Prinzip)\s+(?:einverstanden|vereinbart|zugesagt|akzeptiert|ok|ja)|"
    r"Zusage\s+im\s+Prinzip|accord\s+(?:de|en|sur\s+le)\s+principe|d['’]accord\s+sur\s+le\s+principe|ok\s+sur\s+le\s+principe|"
    r"(?:acuerdo|aceptad[oa]|acordad[oa]|ok|de\s+acuerdo)\s+(?:de|en)\s+principio|en\s+principio\s+(?:de\s+acuerdo|ok|"
    r"aceptad[oa])|principio\s+de\s+acuerdo)\s*\)?(?=\s*(?:[,;.)]|$|\s(?:à|at|a|zu|für|por|para)\s))", re.I)
IN_PRINCIPLE = {"en": ", as agreed in principle", "de": ", wie grundsätzlich vereinbart",
                "fr": ", comme convenu sur le principe", "es": ", como acordamos en principio"}


def in_principle(text: str) -> tuple[str, bool]:
    """A note's clause without its "agreed in principle" mark, and whether it had one."""
    out = _IN_PRINCIPLE.sub("", text)
    return (re.sub(r"\s{2,}", " ", out).strip(), True) if out != text and re.search(r"\d", out) else (text, False)


def principled(said: str, language: str) -> str:
    """A said figure's sentence with "as agreed in principle" before its full stop, in the customer's language."""
    return f"{said[:-1]}{IN_PRINCIPLE.get(language, IN_PRINCIPLE['en'])}." if said.endswith(".") else said


def unit_words(language: str) -> str:
    """The words spell_out may write, for the grounding check ("Mitarbeiter" is a noun, not a name)."""
    return " ".join([*_UNITS.get(language, {}).values(), IN_PRINCIPLE.get(language, ""),
                     "per person month employee user people" if language == "en" else "", written_words(language),
                     _EXTRA_WORDS.get(language, "")])


# A note's bare "+ amount" after its yes or a clause ("-> yes, + GBP 350", "oui, + 2 100 € HT", "ja, + 350 €"): the
# answer costs that much extra.
_EXTRA = re.compile(r"(?<=,)\s*\+\s?(?=(?:[$€£]|[A-Z]{3}\b|\d))")
_EXTRA_WORDS = {"en": " for an extra ", "de": " gegen einen Aufpreis von ", "fr": " avec un supplément de ",
                "es": " con un suplemento de "}


def extra_charge(answer: str, language: str) -> str:
    """A note's answer "yes, + GBP 350" said as the rep would: "yes, for an extra GBP 350" (en/de/fr/es)."""
    return _EXTRA.sub(_EXTRA_WORDS.get(language, _EXTRA_WORDS["en"]), answer)

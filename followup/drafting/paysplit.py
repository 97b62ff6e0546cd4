"""How a call or meeting note records the agreed way of paying, said as the rep's sentence: an approved split of
shares ("Payment 30/40/30 ok"), a number of instalments ("Zahlung in 2 Raten (1.8. und 1.12.)", "paiement en 3 fois
sans frais ok") and shares by stage ("50% on order, 50% on installation", "50% al inicio y 50% al terminar"), in
en/de/fr/es. saying.sentence knew none of these shapes, so the draft dropped the agreed terms. "" for any other."""
from __future__ import annotations

import re

from followup.drafting.framing import framing_words
from followup.drafting.measured import WHOLE

# The counts of parts said as words ("in three parts"): a note's split has two to four; more is no payment plan.
_COUNT = {"en": ("two", "three", "four"), "de": ("zwei", "drei", "vier"), "fr": ("deux", "trois", "quatre"),
          "es": ("dos", "tres", "cuatro")}
MIN_PARTS, MAX_PARTS = 2, 4

# The payment's noun as a note writes it ("payment", "Zahlung", "paiement", "pago"), and a note's yes to it.
_PAYMENT = {"en": r"payments?(?:\s+terms)?", "de": r"zahlung(?:en)?|zahlungsplan", "fr": r"paiements?|règlements?",
            "es": r"pagos?|forma de pago"}
_OK = {"en": r"ok|okay|fine|agreed|accepted", "de": r"ok|passt|geht|akzeptiert|einverstanden",
       "fr": r"ok|d['’]accord|accepté|validé", "es": r"ok|vale|aceptad[oa]|de acuerdo|bien"}
_SPLIT_SAID = {"en": "Payment in {n} parts, {x}, is fine.", "de": "Die Zahlung in {n} Teilen, {x}, passt.",
               "fr": "Le paiement en {n} fois, {x}, nous convient.", "es": "El pago en {n} partes, {x}, está bien."}

# Instalments ("2 Raten", "3 instalments", "3 fois", "3 cuotas") with the days a bracket gives them, and its sentence.
_PARTS = {"en": r"instal(?:l)?ments|payments|parts", "de": r"raten|teilzahlungen|teilen",
          "fr": r"fois|échéances|versements", "es": r"cuotas|pagos|partes|plazos"}
_IN = {"en": "in", "de": "in", "fr": "en", "es": "en"}
_NO_FEE = {"en": r"interest[- ]free|free of charge|at no extra cost", "de": r"zinsfrei|ohne aufpreis|kostenlos",
           "fr": r"sans frais", "es": r"sin intereses|sin recargo"}
_INSTALMENTS = {"en": "Payment is in {n} {p}{f}{d}.", "de": "Die Zahlung erfolgt in {n} {p}{f}{d}.",
                "fr": "Le paiement se fait en {n} {p}{f}{d}.", "es": "El pago se hace en {n} {p}{f}{d}."}
_ON = {"en": ", on {a} and {b}", "de": ", am {a} und {b}", "fr": ", le {a} et le {b}", "es": ", el {a} y el {b}"}
_AND = {"en": r"and|&", "de": r"und|&", "fr": r"et|&", "es": r"y|&"}

# A share by its stage ("50% on order", "30 % à la commande", "50% al inicio") and the sentence for all of them.
_STAGE = {"en": r"(?:on|at|upon|after|before)\s+[\w -]{3,30}", "de": r"(?:bei|nach|vor|mit)\s+[\w -]{3,30}",
          "fr": r"(?:à|après|avant)\s+(?:la\s+|l['’])?[\w '-]{3,40}", "es": r"(?:al?|tras|antes de|con)\s+[\w -]{3,30}"}
_STAGES = {"en": "Payment is {x}.", "de": "Die Zahlung erfolgt zu {x}.", "fr": "Le paiement se fait à {x}.",
           "es": "El pago es {x}."}
_LIST_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}


def split_sentence(text: str, language: str) -> str:
    """"payment 30/40/30 ok" as "Payment in three parts, 30/40/30, is fine."; shares that add up to the whole."""
    m = re.fullmatch(rf"(?:{_PAYMENT[language]})\s*:?\s*(?P<x>\d{{1,2}}(?:\s*/\s*\d{{1,2}})+)\s*%?\s*,?\s*"
                     rf"(?:{_OK[language]})", text, re.I)
    shares = [int(s) for s in re.findall(r"\d+", m.group("x"))] if m else []
    if not MIN_PARTS <= len(shares) <= MAX_PARTS or sum(shares) != WHOLE:
        return ""
    return _SPLIT_SAID[language].format(n=_COUNT[language][len(shares) - MIN_PARTS], x=m.group("x").replace(" ", ""))


def instalments_sentence(text: str, language: str) -> str:
    """"Zahlung in 2 Raten (1.8. und 1.12.)" as "Die Zahlung erfolgt in zwei Raten, am 1.8. und 1.12."."""
    m = re.fullmatch(rf"(?:{_PAYMENT[language]})\s+{_IN[language]}\s+(?P<n>\d)\s+(?P<p>{_PARTS[language]})"
                     rf"(?P<f>\s+(?:{_NO_FEE[language]}))?(?:\s*\((?P<a>[^()]*\d[^()]*?)\s+(?:{_AND[language]})\s+"
                     rf"(?P<b>[^()]*\d[^()]*?)\))?(?:\s*,?\s*(?:{_OK[language]}))?", text, re.I)
    if not m or not MIN_PARTS <= int(m.group("n")) <= MAX_PARTS or (m.group("a") and int(m.group("n")) != 2):
        return ""  # two days name two instalments, no more
    days = _ON[language].format(a=m.group("a").strip(), b=m.group("b").strip()) if m.group("a") else ""
    return _INSTALMENTS[language].format(n=_COUNT[language][int(m.group("n")) - MIN_PARTS], p=m.group("p"),
                                         f=m.group("f") or "", d=days)


def stages_sentence(text: str, language: str) -> str:
    """"50% on order, 50% on installation" as "Payment is 50% on order and 50% on installation."; the shares add up
    to the whole, so the note records the agreed plan, not one share."""
    parts = [p.strip() for p in re.split(rf"\s*(?:,|;|\s(?:{_AND[language]})\s)\s*", text) if p.strip()]
    shares = [re.fullmatch(rf"(?P<s>\d{{1,2}})\s?%\s+(?:{_STAGE[language]})", p, re.I) for p in parts]
    if not MIN_PARTS <= len(parts) <= MAX_PARTS or not all(shares) \
            or sum(int(s.group("s")) for s in shares) != WHOLE:
        return ""
    said = ", ".join(parts[:-1]) + f" {_LIST_AND[language]} {parts[-1]}"
    return _STAGES[language].format(x=said)


def payment_sentence(text: str, language: str) -> str:
    """A note's agreed way of paying as the rep's sentence ("" for any other clause)."""
    if language not in _COUNT:
        return ""
    return split_sentence(text, language) or instalments_sentence(text, language) or stages_sentence(text, language)


def payment_words(language: str) -> str:
    """The words these sentences may say beyond the note, for the grounding check."""
    forms = [_SPLIT_SAID.get(language, ""), _INSTALMENTS.get(language, ""), _STAGES.get(language, ""),
             _ON.get(language, "")]
    return framing_words(*forms, *_COUNT.get(language, ()), _LIST_AND.get(language, ""))

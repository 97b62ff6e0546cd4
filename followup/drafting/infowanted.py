"""A list point asking the rep for a piece of information rather than a document ("Please send: 1. the contract
2. the training dates, not on a Saturday 3. the weekend service phone number"): a date, a time, a number, a contact
or an answer only the rep can give, so an answer slot with the point's words, never "I've taken your points on board"
(which answers nothing) and never a promise to send it later. en/de/fr/es."""
from __future__ import annotations

import re
from typing import Sequence, TypeVar

from followup.drafting.items import Item
from followup.drafting.words import content

T = TypeVar("T")

# What a piece of information is called, per language. English and German name it last in the noun phrase ("the
# weekend service phone number", "die Schulungstermine"); French and Spanish first, after the article ("les dates
# proposées", "el número de teléfono").
_EN_HEAD = re.compile(r"^(?:dates?|days?|times?|timings?|number|contact|answer|confirmation|schedule)$", re.I)
_DE_HEAD = re.compile(r"(?:termin|termine|datum|nummer|uhrzeit|zeiten|bestätigung|antwort|ansprechpartner(?:in)?)$",
                      re.I)
_ROMANCE_HEAD = {
    "fr": re.compile(r"^(?:dates?|heures?|horaires?|créneaux?|numéro|réponse|confirmation|jours?|planning)$", re.I),
    "es": re.compile(r"^(?:fechas?|horas?|horarios?|número|respuesta|confirmación|días?)$", re.I),
}
# What makes a French or Spanish "numéro"/"número" one to call ("numéro de téléphone", "número de contacto").
_CALL_NUMBER = re.compile(r"^\s*(?:de\s+|d')(?:t[ée]l[ée]phone|tel[ée]fono|contacto?|urgence|urgencia|astreinte|guardia|"
                          r"m[oó]vil|portable|celular|whatsapp)\b", re.I)
# Where a point's leading noun phrase ends: a preposition, a clause, a dash or a comma ("a date for migration - ...").
_NP_END = {
    "en": r"\s+(?:for|of|on|in|at|to|about|that|from|with|by|when|which|before|after|not)(?![\w-])|\s+-\s|\s*[–,;:(]",
    "de": r"\s+(?:für|zum|zur|von|vom|mit|am|an|bis|über|zu|nach|vor|dass|bei)(?![\w-])|\s+-\s|\s*[–,;:(]",
    "fr": r"\s+(?:pour|de|du|des|à|au|aux|sur|avec|que|avant|après)(?![\w-])|\s+d'|\s+-\s|\s*[–,;:(]",
    "es": r"\s+(?:para|de|del|a|al|en|con|que|antes|después|sobre)(?![\w-])|\s+-\s|\s*[–,;:(]",
}
# An article or possessive before the noun.
_ARTICLE = re.compile(r"^(?:(?:the|a|an|your|our|die|der|das|den|eine?n?|Ihre?n?|unsere?n?|le|la|les|un|une|votre|vos|"
                      r"notre|nos|el|los|las|una?|su|sus|nuestr[oa]s?)\s+|l'\s*)", re.I)
# Each language's customer-side and rep-side words, swapped at once, for the slot said to the rep.
# (possessives only outside English: a subject pronoun would leave its verb in the wrong person, "nous visons")
_SWAP = {
    "en": {"our": "your", "my": "your", "us": "you", "we": "you", "ours": "yours", "your": "our", "you": "we",
           "yours": "ours"},
    "de": {"unser": "Ihr", "unsere": "Ihre", "unseren": "Ihren", "unserem": "Ihrem", "unserer": "Ihrer"},
    "fr": {"notre": "votre", "nos": "vos"},
    "es": {"nuestro": "su", "nuestra": "su", "nuestros": "sus", "nuestras": "sus"},
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A point longer than this is a paragraph, not a thing asked for.
MAX_POINT_WORDS = 25


def _head(point: str, language: str) -> bool:
    """Whether the point's leading noun phrase names a piece of information."""
    np = re.split(_NP_END[language], point.strip(), maxsplit=1)[0].strip()
    words = _ARTICLE.sub("", np).split()
    if not words or len(words) > 4:
        return False
    if language in _ROMANCE_HEAD:
        # "número y apellido en la espalda" is a print, not a number to give: only a phone or contact number is
        if re.match(r"num[ée]ro$|número$", words[0], re.I):
            return bool(_CALL_NUMBER.match(point.strip()[len(np):]))
        return bool(_ROMANCE_HEAD[language].match(words[0]))
    if words[-1].lower() == "number" and len(words) < 2:
        return False  # "the number and name on the back": a number to call has its kind before it
    if language == "de":
        return bool(_DE_HEAD.search(words[-1])) and words[-1][:1].isupper()
    return bool(_EN_HEAD.match(words[-1]))


# A clause's reason or purpose, left off ("because of the shift change", "sin eso no pasamos", "parce que ...").
_REASON = re.compile(r"\b(?:because|since|as|so|weil|da|denn|damit|sonst|car|parce que|puisque|sinon|porque|ya que|"
                     r"pues|sin eso|sinon|otherwise|or else)\b.*$", re.I)
# A word of the day or time of day: a clause with one says when the customer wants it, for the rep to answer.
_WHEN = re.compile(r"\d|\b(?:morning|afternoon|evening|weekend|weekday|monday|tuesday|wednesday|thursday|friday|"
                   r"saturday|sunday|vormittags?|nachmittags?|morgens|abends|wochenende|montags?|dienstags?|"
                   r"mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|matin|après-midi|soir|week-end|lundi|mardi|"
                   r"mercredi|jeudi|vendredi|samedi|dimanche|mañana|tarde|noche|fin de semana|lunes|martes|miércoles|"
                   r"jueves|viernes|sábado|domingo)\b", re.I)
_CLAUSE = re.compile(r"\s*(?:[,;]|(?<!\d):(?!\d)|\s[-–]\s)\s*")


def _when_kept(point: str) -> str:
    """The point's first clause and those of its other clauses that say when (their reasons left off): "a start
    date - our machine is limping, so the earlier the better, ideally Monday 21 August" -> "a start date, ideally
    Monday 21 August"."""
    first, *rest = _CLAUSE.split(point)
    kept = [c for c in (_REASON.sub("", c).strip() for c in rest) if _WHEN.search(c)]
    return ", ".join([first.strip(), *kept])


def info_wanted(point: str, language: str) -> str:
    """The information a customer's list point asks the rep for, said from the rep's side as an answer slot's words
    ("the training dates, not on a Saturday please"), or "" when it names a document or anything else."""
    point = point.strip().rstrip(" .;,")
    if language not in _SWAP or not point or "?" in point or len(point.split()) > MAX_POINT_WORDS:
        return ""
    if not _head(point, language):
        return ""
    table = _SWAP[language]
    said = _WORD.sub(lambda m: table.get(m.group(0).lower(), m.group(0)), _when_kept(point))
    return said[:1].lower() + said[1:] if language != "de" else said


_FIGURE = re.compile(r"\d+")
# Words a list point and a question must share to ask the same thing ("the answer about the calibration" beside "do
# you calibrate with a traceable certificate?").
SHARED_WORDS = 2


def asked_otherwise(questions: Sequence[tuple[T, Item]]) -> list[tuple[T, Item]]:
    """The questions without a list point's slot that another question asks already: the customer's own question
    says it in their words, the point only asks for its answer again."""
    def again(item: Item) -> bool:
        return item.kind == "listed" and any(
            other is not item and other.kind != "listed" and len(content(item.quote) & content(other.quote)) >= SHARED_WORDS
            and set(_FIGURE.findall(item.quote)) <= set(_FIGURE.findall(other.quote))  # no day or figure of its own
            for _, other in questions)
    return [(q, item) for q, item in questions if not again(item)]

"""A call note's yes or no to what the customer asked, written as shorthand no term shape says ("He asked re remote
alarms to phone -> yes, SMS + app incl.", "Grippeimpfung vor Ort: ja, Impfstoff extra", "Nuit : oui, à partir de
23h30", "factura electrónica: no"): said in the rep's voice with what was asked ("About remote alarms to phone: yes,
SMS + app."), in en/de/fr/es. The state held these as answers or terms with nothing to say, so the point dropped."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.framing import framing_words
from followup.drafting.garbled import MONTHS
from followup.drafting.items import Item
from followup.drafting.moneyforms import MONEY, MONEY_RE
from followup.drafting.notewords import plus_words
from followup.drafting.priceline import amount
from followup.drafting.sentences import Source

# The answer word and what follows it, after an optional label naming what was asked ("mobile payslips: yes, ...").
# A "no" (and Spanish "si", which is also "if") needs a stop after it: "no charge", "si firma" are no answers.
_ANSWER = re.compile(r"^(?:(?P<label>[^\W\d_][\w +/'’-]{0,38}?)\s?:\s*)?(?:(?P<yes>yes|yep|ja|oui|sí)\b[,.:]?|"
                     r"(?P<no>no|nope|nein|non|si)(?:[,.:]|$))\s*(?P<rest>.*)$", re.I)
# The customer's asking about a thing, reported in the note just before the answer ("He asked re remote alarms to
# phone ->", "fragt nach Wochenenddienst:", "pregunta por factura electrónica -"). An asking whether ("asked if we
# do tests too - yes") is asked.py's, said with the question whole.
_ASKED_BEFORE = re.compile(r"\b(?:asks?|asked|demande|a demandé|pregunta|preguntó|fragt|fragte)\s+(?:re|about|regarding|"
                           r"sur|pour|nach|wegen|por|sobre)\s+(?P<t>[^\W\d_][^.;:?!→>]{1,60}?)\s*(?:->|→|=>|[-–—:])\s*$",
                           re.I)
# A bare topic the note writes before its arrow, at a clause's start ("sinking feed ->", "Q solar drive ->", "Frage
# Förderung ->"): what was asked, in the note's shortest form.
_TOPIC_ARROW = re.compile(r"(?:^|[.;]\s+)(?:(?:q|question|frage|pregunta)\s*[:.]?\s+)?(?P<t>[^\W\d_][^.;:?!→>,]{1,40}?)"
                          r"\s*(?:->|→|=>)\s*$", re.I)
# A bare topic longer than this is a clause (a want, a count with its verb), not the thing asked about.
MAX_ARROW_TOPIC_WORDS = 3
# What the note adds after the answer about the call itself ("said so", "dit sur place", "je lui ai dit", "fu w/ ..."),
# and the customer's reaction to it ("she ok with that", "she was happy"): told of them, not to them.
_TAIL = re.compile(r"(?:,\s*|\s+-\s+|\s+)(?:(?:I\s+)?told (?:him|her|them)|said so|(?:je\s+)?(?:lui\s+|leur\s+)?(?:ai\s+)?"
                   r"dit|(?:hab(?:e)?\s+)?(?:ihm\s+|ihr\s+|ihnen\s+)?gesagt|(?:se\s+lo\s+|le\s+)?dije|(?:she|he|they|"
                   r"il|elle|er|sie|él|ella) (?:was|is|est|war|ist|estaba|está)\b|(?:incl\.?\s+)?(?:fu|f/u|follow[- ]?up)"
                   r"\b)[^;]*$|\s*\([^()]*\)|,?\s*\bincl\.?$|"
                   r",\s*(?:she|he|they|il|elle|ils|elles|er|sie|él|ella|ellos)\b.*$", re.I)
# The customer's taking a count at the answer's unit price, with its total ("she takes 4 = EUR 1,156", "er nimmt 6 =
# 1.200 €"): no reaction of theirs but the order's figures, said as "so EUR 1,156 for 4" when the total works out.
_TAKES = re.compile(rf",\s*(?:(?:she|he|they|il|elle|ils|elles|er|sie|él|ella|ellos)\s+)?(?:en\s+)?(?:takes?|orders?|wants?|"
                    rf"nimmt|nehmen|bestellt|bestellen|prend|prennent|commande|toma|toman|pide|piden|quiere|quieren)\s+"
                    rf"(?P<n>\d+)\s*(?:[^\W\d_]+\s*)?(?:=|->|→)\s*"
                    rf"(?P<total>{MONEY}(?:\s?(?:HT|TTC|net|netto|\+\s?(?:GST|VAT|IVA|MwSt\.?|TVA)))?)\s*$", re.I)
_SO_FOR = {"en": "so {t} for {n}", "de": "insgesamt {t} für {n}", "fr": "soit {t} pour {n}",
           "es": "en total {t} por {n}"}
# The rep's words for the answer with what was asked, and the answer words said in each language.
_LEAD = {"en": "About {t}: {a}", "de": "Zum Thema {t}: {a}", "fr": "Concernant {t} : {a}", "es": "Sobre {t}: {a}"}
_WORD = {"en": ("yes", "no"), "de": ("ja", "nein"), "fr": ("oui", "non"), "es": ("sí", "no")}
# A total and the count times unit price it is worked out from agree within this share (rounding of cents).
SAME_SUM = 0.005
# A topic longer than this is a clause of the note, not the thing asked about.
MAX_TOPIC_WORDS = 6
# The article before a German or English topic is left off ("Zum Thema Schulung"); French and Spanish keep it.
_ARTICLE = re.compile(r"^(?:the|a|an|der|die|das|den|dem)\s+", re.I)


def _same(a: float, b: float | None) -> bool:
    """Whether a count times its unit price is the total said (within rounding of cents)."""
    return b is not None and b > 0 and abs(a - b) <= SAME_SUM * b


def _topic(label: str, before: str) -> str:
    """What the customer asked about: the answer's label, else the asking reported just before it ("" if neither)."""
    topic = label.strip() if label else ""
    if not topic and (m := _ASKED_BEFORE.search(before)):
        topic = m.group("t").strip()
    if not topic and (m := _TOPIC_ARROW.search(before)) and len(m.group("t").split()) <= MAX_ARROW_TOPIC_WORDS:
        topic = m.group("t").strip()
    if not topic or len(topic.split()) > MAX_TOPIC_WORDS or re.search(r"\b(?:he|she|they|il|elle|er|sie|él|ella)\b",
                                                                      topic, re.I):
        return ""
    return topic


def yes_line(quote: str, before: str, language: str) -> str:
    """A note's yes or no with what was asked as the rep's sentence ("About remote alarms to phone: yes, SMS +
    app."); "" when the clause is no answer or the note does not say what was asked."""
    if language not in _LEAD:
        return ""
    m = _ANSWER.match(re.sub(r"\s+", " ", quote).strip().rstrip(" ."))
    if m is None or (m.group("no") or "").lower() == "si" and language != "es":
        return ""
    topic = _topic(m.group("label") or "", before)
    rest = m.group("rest").strip(" ,;.")
    takes = _TAKES.search(rest)
    first = MONEY_RE.search(rest)
    so = _SO_FOR[language].format(t=takes.group("total"), n=takes.group("n")) if takes and first and \
        first.start() < takes.start() and _same((amount(first.group(0)) or 0) * int(takes.group("n")),
                                                amount(takes.group("total"))) else ""
    rest = _TAIL.sub("", rest[:takes.start()] if so else rest).strip(" ,;.") + (f", {so}" if so else "")
    short = "|".join(MONTHS.get(language, {}))
    # a part ending in a month cut short ("1 Termin im Okt") would be written out past what the note says: left out
    rest = ", ".join(p for p in rest.split(", ") if not re.search(rf"\s(?:{short})$", p, re.I))
    if not topic or "?" in rest or re.search(r"\b(?:tbc|à confirmer|zu klären|por confirmar|to check)\b", rest, re.I):
        return ""  # an answer still to be checked is no answer to say
    word = _WORD[language][0 if m.group("yes") else 1]
    rest = plus_words(rest, language)  # the note's "+" as "and" here: a promise's rule would read it "and the"
    said = f"{word}, {rest}" if rest else word
    topic = topic if language in ("fr", "es") else _ARTICLE.sub("", topic)
    if language == "de":
        topic = topic[:1].upper() + topic[1:]  # a German noun keeps its capital
    elif re.match(r"[A-ZÀ-Ý][a-zà-ÿ]", topic) and not re.match(r"\S+[A-Z0-9]", topic):
        topic = topic[:1].lower() + topic[1:]  # a label's capital ("Nuit :") is no name's ("FAA Part 107")
    return _LEAD[language].format(t=topic, a=said) + "."


def said_answers(items: list[Item], ordered: Sequence[Source], cleaned: dict, language: str) -> list[Item]:
    """Note answers and terms with nothing to say that are a yes or no to what was asked, said as the rep's line."""
    out = list(items)
    for n, item in enumerate(out):
        if item.direction != "note" or item.text or item.kind not in ("answer", "term") or item.status != "open":
            continue
        note = cleaned.get((item.source_kind, item.source_id), "")
        at = note.find(item.quote.strip())
        before = re.split(r"(?<=[.!?])\s+", note[:at])[-1] if at > 0 else ""
        if line := yes_line(item.quote, before, language):
            out[n] = replace(item, kind="commitment", text=line)
    return out


def yes_words(language: str) -> str:
    """The words these sentences may say beyond the note, for the grounding check."""
    return framing_words(_LEAD.get(language, ""), _SO_FOR.get(language, ""), *_WORD.get(language, ()))

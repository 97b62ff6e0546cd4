"""Who on the rep's own side still has to look at a point, or was asked about it, in a call note: a clause such as
"ops to confirm 24/7", "lo tiene que ver Javi", "à voir avec la direction", "checked w/ ops", "mit dem Lager geklärt"
is how the rep's company works, so it is cut and the rest of the sentence (the point, the customer's ask) stays. In
en/de/fr/es; the rep's side is a role the rep's company has (no possessive of the customer's) or a name the customer
never saw. A sentence that is nothing but such a clause is left to the rules that read it whole."""
from __future__ import annotations

import re

# The rep's own people by role, as notes name them: no "his"/"her"/"their"/"ihr"/"su" (the customer's side).
_ROLES = (r"(?:the\s+|my\s+|our\s+|der\s+|die\s+|das\s+|dem\s+|mein(?:e|em|en)?\s+|unser(?:e|em|en)?\s+|"
          r"l'|le\s+|la\s+|mon\s+|ma\s+|notre\s+|el\s+|la\s+|mi\s+|nuestr[oa]\s+)?"
          r"(?i:mgr|manager|boss|ops|operations|logistics|warehouse|workshop|finance|accounts|engineering|eng|dispatch|"
          r"head office|hq|sales director|chef(?:in)?|lager|werkstatt|dispo(?:sition)?|buchhaltung|technik|zentrale|"
          r"vertriebsleiter(?:in)?|gf|atelier|dépôt|compta(?:bilité)?|responsable|direction|logistique|"
          r"bureau d'études|siège|jef[ea]|almacén|taller|logística|contabilidad|ingeniería|oficina central)\b")


# The customer's possessive before a role ("his boss", "ihr Chef", "su jefe"): their side, not the rep's.
_THEIRS = "".join(rf"(?<!\b{w} )" for w in ("his", "her", "their", "sein", "seine", "seinem", "ihr", "ihre", "ihrem",
                                             "son", "sa", "ses", "leur", "su", "sus"))
# Capitalised words that are no one's name: a note's pronouns.
_PRONOUNS = r"(?:she|he|they|sie|er|il|elle|ils|elles|ella|él|ellos|we|wir|nous|client|customer|kunde|cliente)\b"


# Who on the rep's side: a role, or a capitalised name (checked against the customer's words once matched).
_ROLE = _THEIRS + _ROLES
_WHO = r"(?:" + _ROLE + r"|(?!" + _PRONOUNS + r")(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]{2,})\b)"
_NAME = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ'’-]{2,}\b")


def ours(match: str, known: set[str]) -> bool:
    """Whether a matched clause names someone on the rep's side: a role, or a name the customer never saw."""
    if re.search(_ROLE, match, re.I):
        return True
    return any(n.lower() not in known and not re.fullmatch(_PRONOUNS, n, re.I) for n in _NAME.findall(match))


# Someone on the rep's side who still has to decide or look, per language: the point stays open.
_PENDING = {
    "en": r"{role}\s+(?:to|has to|must|needs to|will|should)\s+(?:sign(?:\s|-)?off|approve|ok|okay|check|confirm|"
          r"decide|look at it|have a look)\b|(?:pending|subject to|awaiting)\s+{who}(?:'s)?\s*(?:approval|sign-?off|ok)?\b",
    "de": r"(?:muss|müssen|soll)\s+(?:noch\s+)?{who}\s+(?:noch\s+)?(?:freigeben|prüfen|absegnen|zustimmen|ansehen|"
          r"anschauen|entscheiden)\b|{role}\s+(?:muss|soll)\s+(?:das\s+|es\s+)?(?:noch\s+)?(?:freigeben|prüfen|absegnen|"
          r"zustimmen|ansehen|anschauen|entscheiden)\b",
    "fr": r"(?:à|a)\s+(?:valider|voir|confirmer|vérifier)\s+(?:par|avec)\s+{who}|{role}\s+doit\s+(?:le\s+|la\s+)?"
          r"(?:valider|voir|regarder|confirmer|vérifier|décider)\b",
    "es": r"(?:lo|la|los|las)?\s*tiene(?:n)?\s+que\s+(?:ver|aprobar|confirmar|revisar|autorizar|decidir)\s+{who}|"
          r"{role}\s+tiene\s+que\s+(?:verlo|aprobarlo|confirmarlo|revisarlo|autorizarlo|ver|aprobar|confirmar|revisar|"
          r"autorizar|decidir)\b|pendiente\s+de\s+(?:(?:la\s+)?aprobación\s+de\s+)?{who}",
}
# How a note says a point is still open without saying who looks at it: the words the rules that read a note's
# remark know ("tbc", "klären", "à voir", "por confirmar"), so the customer's ask stays an open question.
_OPEN = {"en": "tbc", "de": "klären", "fr": "à voir", "es": "por confirmar"}

# Only how the rep knows: a clause that is nothing but the check with someone on the rep's side ("asked Tom in
# logistics").
_WHERE = r"(?:\s+(?:in|from|at|aus|der|de|du|del|en)\s+[\w'’-]+)?"
_CHECKED = (
    r"(?:checked|cleared|confirmed|agreed|ok'?d|verified|asked)\s+(?:w/|with|by)?\s*{who}" + _WHERE + "|"
    r"(?:mit|bei)\s+{who}\s+(?:geklärt|abgestimmt|besprochen|geprüft|nachgefragt)|"
    r"(?:vu|validé|confirmé|vérifié|calé)\s+(?:avec|par)\s+{who}" + _WHERE + "|"
    r"(?:consultado|confirmado|aprobado|visto|hablado|revisado)\s+con\s+{who}" + _WHERE)


def _compiled(template: str) -> re.Pattern[str]:
    """A template with the rep's side filled in."""
    return re.compile(template.replace("{who}", _WHO).replace("{role}", _ROLE), re.I)


_PENDING_RE = {language: _compiled(pattern) for language, pattern in _PENDING.items()}
_CHECKED_RE = re.compile(r"^\s*(?:" + _CHECKED.replace("{who}", _WHO) + r")\s*[.!]?\s*$", re.I)


# The customer's ask in a note sentence ("Il demande si ...", "Veut payer en 3 fois", "Q paiement ..."): who will
# still look at it is said as open, so the ask stays a question; a point of the rep's own loses that clause.
_ASKS = re.compile(r"\?|\b(?:asks?|asked|wants?|demande|veut|voudrait|fragt|möchte|pregunta|preguntó|quiere|pide)\b|"
                   r"^\s*q\b", re.I)
# Where a note sentence's clauses part: a comma, semicolon, colon, dash or arrow.
_PARTS = re.compile(r"(\s*[,;:]\s+|\s+[-–—]\s+|\s*(?:->|→)\s*)")


def _checked(clause: str, known: set[str]) -> bool:
    """Whether a clause is only whom on the rep's side it was checked with."""
    m = _CHECKED_RE.match(clause)
    return bool(m and ours(m.group(0), known))


def _pending(clause: str, known: set[str]) -> str:
    """The language of a clause that names who on the rep's side will still look at the point, or ""."""
    return next((language for language, pattern in _PENDING_RE.items()
                 if any(ours(p.group(0), known) for p in pattern.finditer(clause))), "")


def without_check(sentence: str, known: set[str]) -> str:
    """A note sentence without the clause that only says whom on the rep's side it was checked with, and with "tbc"
    (in its language) for the clause naming who will still look at it ("Delivery Tue ok, checked w/ ops." -> "Delivery
    Tue ok.", "Veut payer en 3 fois - à voir avec la direction." -> "Veut payer en 3 fois - à voir."); the sentence
    as it was when its first clause is such an aside."""
    parts = _PARTS.split(sentence)
    clauses, marks = parts[::2], [""] + parts[1::2]
    if _checked(clauses[0], known) and len(clauses) > 1 and not any(_checked(c, known) for c in clauses[1:]):
        clauses, marks = clauses[1:], [""] + marks[2:]  # "Checked w/ Marlon: the lift takes both": the point leads
    said, changed = [], len(clauses) < len(parts[::2])
    for i, (mark, clause) in enumerate(zip(marks, clauses)):
        language = _pending(clause, known) if i else ""
        changed = changed or bool(language) or (i > 0 and _checked(clause, known))
        if i and _checked(clause, known):
            continue
        if language and not _ASKS.search(sentence):
            continue
        said.append(" - " + _OPEN[language] if language else mark + clause)
    if not changed:
        return sentence
    end = sentence.rstrip()[-1:] if sentence.rstrip()[-1:] in ".!?" else ""
    return "".join(said).rstrip(" .!?") + end + (" " if sentence.endswith(" ") else "")

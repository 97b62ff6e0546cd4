"""The registration number or legal-form bracket a customer gives right after the name their invoice or contract goes
out in ("a nombre de Fundación Residencia Virgen del Moncayo, CIF G50555123", "numéro d'entreprise 0455.512.345",
"Carmel Hospice Association (R.A.)"): kept with the name in the rep's line, since the papers need it whole."""
from __future__ import annotations

import re

# A bracketed legal form after the name ("(R.A.)", "(haftungsbeschränkt)", "(Pty) Ltd" is inside the name already).
_BRACKET = re.compile(r"^\s*(?P<b>\((?:(?:[A-Z]\.){1,4}|haftungsbeschränkt)\))")
# A registration or tax number with its label after the name, in the four languages and the forms customers use.
_ID = re.compile(
    r"^\s*[,;]?\s*(?P<id>(?:VAT(?:\s+(?:no\.?|number|ID))?|CIF|NIF|NIE|RUT|CUIT|RFC|SIRET|SIREN|TVA|"
    r"n[°º]\s*(?:de\s+)?TVA|num[ée]ro\s+d['’]entreprise|n[°º]\s+d['’]entreprise|num[ée]ro\s+de\s+TVA|USt-IdNr\.?|"
    r"UID(?:-Nr\.?)?|Steuernummer|HRB|ABN|ACN|EIN|GST(?:\s+no\.?)?|company\s+(?:no\.?|number)|"
    r"reg(?:istration)?\.?\s+(?:no\.?|number)|BTW|KvK|P\.?\s?IVA|partita\s+IVA)\s*:?\s*"
    r"[A-Z]{0,3}\d[\dA-Z./-]*(?:\s\d[\dA-Z./-]*)*)", re.I)
# The words the rep's line ends with after the name ("... stellen wir auf die X GmbH aus.").
_TAIL = re.compile(r"(?:\s+aus)?[.!]?$")


def with_firm_id(line: str, sentence: str) -> str:
    """The rep's line naming the customer's firm, with the bracket or number the customer wrote right after that
    name added after it; the line unchanged when the sentence has none."""
    if not line:
        return line
    tail = _TAIL.search(line)
    body = line[:tail.start()] if tail else line
    words = body.split(" ")
    for k in range(len(words)):
        name = " ".join(words[k:]).rstrip(".")
        at = sentence.find(name) if len(name) >= 3 else -1
        if at < 0:
            continue
        after = sentence[at + len(name):]
        cut = len(" ".join(words[:k])) + (1 if k else 0) + len(name)
        if after.startswith(".") and line[cut:cut + 1] == ".":
            after, cut = after[1:], cut + 1  # "S.A.": its dot is the name's
        extra = ""
        bracket = _BRACKET.match(after)
        if bracket and bracket.group("b") not in line:
            extra += " " + bracket.group("b")
            after = after[bracket.end():]
        number = _ID.match(after)
        if number and number.group("id") not in line:
            extra += ", " + number.group("id").rstrip(" .")
        if not extra:
            return line
        said = line[:cut] + extra + line[cut:]
        if _copied(said, sentence) and not _copied(line, sentence):
            return line  # the name and number as they wrote them would be their sentence said back

        return said if said[-1:] in ".!" or line[-1:] not in ".!" else said + line[-1]  # "S.L." lent its stop
    return line


# A confirmation copies at most this many words in a row of the customer's sentence: more is their sentence back.
MAX_COPIED_WORDS = 7


def _copied(line: str, sentence: str) -> bool:
    """Whether the line repeats more than MAX_COPIED_WORDS words in a row of the sentence."""
    def words(text: str) -> list[str]:
        return re.findall(r"[^\W_]+", text.lower())
    run = MAX_COPIED_WORDS + 1
    theirs = words(sentence)
    grams = {tuple(theirs[i:i + run]) for i in range(len(theirs) - run + 1)}
    mine = words(line)
    return any(tuple(mine[i:i + run]) in grams for i in range(len(mine) - run + 1))

"""The customer's newest change in German, French or Spanish said back in the rep's words: "Finalement un des
stagiaires s'est désisté, on revient à 23 postes" -> "23 postes", "D'accord pour 7 lames à 2 150 000 FCFA par
mois" -> "7 lames à 2 150 000 FCFA par mois", "Vendimos la planta de Soacha, así que solo las 2 de Mosquera" ->
"solo las 2 de Mosquera". Only the figure and what it counts are kept: the customer's story around it is theirs."""
from __future__ import annotations

import re

from followup.drafting.words import PAREN, trim_end

# Words the cut keeps at most: the figure with its unit and a few words of what it is.
MAX_CHANGE_WORDS = 10

# A lead that only labels or accepts the change ("Changement :", "Al final", "D'accord pour", "Also"), or calls
# the rep by name ("Salas,", "Ing.,"); what follows is the point.
_LEAD = re.compile(
    r"^(?:(?:petite |kleine |pequeña )?(?:correction|changement|korrektur|änderung|cambio(?: de planes)?|"
    r"corrección|nouvelle|neuigkeit|novedad)(?: encore)?\s*[:,-]\s*|"
    r"(?:jetzt doch eine änderung|solo una cosa|wie besprochen|comme convenu|como hablamos|y|et|und|autre chose|"
    r"par contre|en revanche|bonne nouvelle|mauvaise nouvelle|"
    r"leider|finalement|al final|finalmente|au final|also|donc|bref|entonces|pues)\s*[:,]?\s+|"
    r"(?:d'accord|ok|okay|c'est (?:validé|bon|ok)|va|einverstanden|de acuerdo|vale|perfecto|perfekt|parfait|"
    r"passt|bien)(?:\s+(?:pour|für|mit|con|avec|lo del|para))?\s*[:,]?\s+|"
    r"(?:aceptamos|acceptons|nehmen wir|wir nehmen|on prend|on part sur|on valide|vamos con|nos quedamos con)\s+|"
    r"[A-ZÀ-Ý][\w.'’-]{1,20},\s+)", re.I)

# Where a sentence turns from why to what: "..., donc 9 lames", "así que son 5", "also 14".
_SO = re.compile(r"(?:^|[,;:]\s*|\s)(?:donc|du coup|alors|así que|por lo que|o sea|also|deshalb|daher|somit)\s+", re.I)

# The customer speaking of themselves: such a clause cannot be said back as it stands.
_FIRST = {"de": re.compile(r"\b(?:wir|uns|unser\w*|ich|mir|mich|mein\w*)\b", re.I),
          "fr": re.compile(r"\b(?:nous|notre|nos|je|j'|me|m'|mon|ma|mes|moi|on)\b", re.I),
          "es": re.compile(r"\b(?:nosotros|nos|nuestr\w*|yo|mi|mis|me|\w+(?:amos|emos|imos))\b", re.I)}

# Verbs of being that lead the new figure and say nothing of their own ("serían 24 hectáreas", "es bleibt bei 14").
_BE_LEAD = re.compile(r"^(?:(?:ce )?sera(?:it)?|c'est|ça (?:sera|fait)|serían?|son|es|sind|werden es|"
                      r"es (?:bleibt|sind|werden)(?: (?:bei|es))?|bleibt es bei|nous serons à|on (?:sera|est) à)\s+",
                      re.I)

# A reason after the change: "car", "parce que", "porque", "weil" and what follows.
_BECAUSE = re.compile(r"[,;]?\s+(?:car|parce que|puisque|porque|ya que|weil|denn)\s+", re.I)
# What opens a clause that narrows the change: "mais pour", "pero con", "aber nur".
_CLAUSE_LEAD = re.compile(r"^(?:(?:mais|pero|aber|sondern|et|y|und)\s+)?(?:(?:pour|para|für|con|avec|mit)\s+)?", re.I)

# A figure: what makes a clause a change worth saying back.
_FIGURE = re.compile(r"\d")


def _tail(text: str, language: str) -> str:
    """The new figure a first-person clause moves to ("on revient à 23 postes" -> "23 postes", "bajamos a 10
    jaulas" -> "10 jaulas"), up to a reason or another clause, or ""."""
    found = list(_TO_FIGURE.finditer(text))
    if not found:
        return ""
    rest = text[found[-1].end():]
    rest = _REASON.split(rest, maxsplit=1)[0]
    return rest.strip(" ,;:.") if not _FIRST[language].search(rest) else ""


# The preposition before the figure a change goes to: "à 23 postes", "a 70 cartas", "auf 400 m²", "bei 14 Hütten".
_TO_FIGURE = re.compile(r"(?:^|\s)(?:à|a|au|auf|bei|sur|en|con|zu)\s+(?=\d)", re.I)
# What a cut figure stops before: a reason, or a clause joined after a comma or "and".
_REASON = re.compile(r"\s+(?:porque|parce que|car|weil|da|puisque|ya que|pues|y|et|und)\s+|[,;(]", re.I)

# How a said-back change may open: its figure, an article or a word that limits the count ("seulement 2 sites",
# "le patio passe à 96 m²"); a verb or a pronoun first leans on the sentence before it ("Elle a 12 ans").
_OPENS = re.compile(r"^(?:\d|(?:le|la|les|l'|un|une|des|du|el|los|las|una|der|die|das|den|dem|ein|eine|zwei|drei|"
                    r"deux|trois|dos|tres|seulement|solo|sólo|nur|noch|weitere|il faut)\b)", re.I)


def change_clause(quote: str, language: str) -> str:
    """The figure a customer's foreign sentence changes, with what it counts, said without their story, or ""."""
    if language not in _FIRST or "?" in quote or not _FIGURE.search(quote):
        return ""
    text = PAREN.sub("", trim_end(quote)).strip()
    for _ in range(3):
        text = _LEAD.sub("", text, count=1).strip()
    parts = _SO.split(text)
    if len(parts) > 1 and _FIGURE.search(parts[-1]):
        text = parts[-1].strip()  # "on ajoute la ligne de délignage, donc 9 lames": the new count
    text = _BECAUSE.split(text, maxsplit=1)[0].strip(" ,;:.")  # "..., car deux sections ont rejoint": why, not what
    text = _BE_LEAD.sub("", text).strip(" ,;:.")
    clauses = [c for c in re.split(r",\s+", text) if _FIGURE.search(c)]
    if (len(text.split()) > MAX_CHANGE_WORDS or _FIRST[language].search(text)) and clauses:
        # "Le conseil a validé, mais pour 50 séchoirs": the clause that holds the figure, without its "but for"
        text = _CLAUSE_LEAD.sub("", clauses[-1]).strip(" ,;:.")
    head = text.split(", ")[0]
    if _FIGURE.search(head) and len(head.split()) >= 2:
        text = head  # "5 viviers, la banque a coupé un peu": the count, not why
    if _FIRST[language].search(text):
        text = _tail(text, language)
    if not _FIGURE.search(text) or _FIRST[language].search(text) or len(text.split()) > MAX_CHANGE_WORDS \
            or not re.search(r"[^\W\d_]{2,}", text) or len(text.split()) < 2 or not _OPENS.match(text) \
            or ")" in text or (language == "es" and re.match(r"le\s", text, re.I)):
        return ""
    return text[:1].lower() + text[1:] if language != "de" else text


# A figure with the word after it: "9 lames", "1.350 m²", "14 Hütten".
_COUNT = re.compile(r"(?<![\d.,])(\d[\d.,' \u202f]*\d|\d)\s+([^\W\d_]{2,}|m²|m2|m³|m3)", re.I)


def counted_again(clause: str, later: list[str]) -> bool:
    """Whether a later source counts a thing of this clause at another figure ("9 lames", later "7 lames")."""
    mine = {(n.replace(" ", ""), w.lower()[:4]) for n, w in _COUNT.findall(clause)}
    for text in later:
        for n, w in _COUNT.findall(text):
            if any(w.lower()[:4] == unit and n.replace(" ", "") != num and (num, unit) not in {
                    (x.replace(" ", ""), y.lower()[:4]) for x, y in _COUNT.findall(text)} for num, unit in mine):
                return True
    return False

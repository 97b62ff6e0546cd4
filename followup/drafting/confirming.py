"""The customer's constraint or change confirmed in the rep's own voice, not said back after a label: "I've noted that
the old units must be out by May 2." -> "The old units must be out by May 2."; a new count as the rep's short
confirmation ("Noted: you'd now like three vans." -> "So that's three vans now."); a go-ahead the welcome line already
says is not noted again ("Great to hear you're going ahead. I've noted that you'd like to go ahead.")."""
from __future__ import annotations

import re

from followup.drafting.hanging import hangs
from followup.drafting.phrases import INFORMAL, PHRASES

# The labels before a clause of the customer's (phrases.py "recap", "noted", "now_like"): the clause, with its verb,
# is the rep's sentence on its own.
_CLAUSE_LEAD = {
    "en": r"(?:I've noted that|As we discussed,|Noted:)\s+",
    "de": r"(?:Notiert|Wie besprochen):\s+",
    "fr": r"(?:C'est noté|Comme nous en avons parlé)\s:\s+",
    "es": r"(?:Tomo nota|Como hablamos):\s+"}
# The labels before a thing of theirs (phrases.py "changed", "noted_np", noteline.py): only a new count is confirmed.
_THING_LEAD = {
    "en": r"(?:I've noted the change:|I've noted|Also noted:)\s+",
    "de": r"(?:Die Änderung habe ich notiert:|Außerdem notiert:)\s+",
    "fr": r"(?:J'ai bien noté le changement :|Je prends note d[e'](?=\s*\d)|J'ai noté|Noté aussi :)\s*",
    "es": r"(?:Tomo nota del cambio:|Tomo nota de|He anotado|También anoté:)\s+"}
# A lead that says by itself that the thing after it is a change.
_CHANGE_LEAD = re.compile(r"^(?:I've noted the change|Die Änderung habe ich|J'ai bien noté le changement|Tomo nota del "
                          r"cambio|Noted: you'd now|Notiert: (?:Sie möchten|Du möchtest) jetzt|C'est noté : (?:vous "
                          r"souhaitez|tu souhaites) désormais|Tomo nota: ahora prefieres?)")
# The customer's word that a count is new (kept in the confirmation where it reads).
_CHANGE_WORD = {"en": r"\b(?:now|instead|after all)\b", "de": r"\b(?:jetzt|nun|doch|stattdessen)\b",
                "fr": r"\b(?:désormais|maintenant|finalement|plutôt)\b", "es": r"\b(?:ahora|finalmente|al final)\b"}
# Their wanting or needing, before the count it is about ("you now need", "Sie brauchen nun doch", "necesitan").
_WANTS = {
    "en": r"(?:(?P<head>.+?),?\s+so\s+)?you(?:'d| would)?(?:\s+now)?\s+(?:need|want|like|would like|'d like)\s+",
    "de": r"(?:Sie|du)\s+(?:brauchen|brauchst|benötigen|möchten|möchtest|wollen|willst)\s+",
    "fr": r"(?:vous|tu)\s+(?:avez besoin d[e']|voulez|veux|souhaitez|souhaites|prenez|prends|passez à|passes à)\s*",
    "es": r"(?:ahora\s+)?(?:necesita|necesitan|necesitáis|necesitas|quiere|quieren|queréis|quieres|prefiere|prefieren|"
          r"prefieres)\s+"}
# The fewest words a clause said without its label has: fewer are a fragment the label held up.
MIN_CLAUSE_WORDS = 3
# The longest thing confirmed as a count: past it the thing carries more than the count.
MAX_COUNT_WORDS = 8
# A count opening the thing: a figure or a small number word, maybe after "only".
_COUNT = {
    "en": r"(?:only |just )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)",
    "de": r"(?:nur |doch nur )?(?:\d|(?:ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b)",
    "fr": r"(?:seulement |plus que )?(?:\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\b)",
    "es": r"(?:solo |sólo )?(?:\d|(?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b)"}
# A day, a year, a sum or a share is no count of things: "So that's 14 September now." says no confirmation.
_NOT_COUNT = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
    r"octubre|noviembre|diciembre|(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
    r"viernes|sábado|domingo|million|millions|millones|mio|mrd|bn)\b|\b(?:19|20)\d\d\b|\d[.:]\d\d\b|[$€£¥%]|"
    r"(?-i:\b[A-Z]{3}\b)", re.I)
# A clause asking rather than telling ("can installation finish before ...?"): it stands alone only as a question.
_ASKING = {"en": r"(?:can|could|will|would|is|are|do|does|did|should|shall|may|what|which|when|where|who|how|why|"
                 r"whether|if)\b",
           "de": r"(?:kann|können|ist|sind|gibt|wird|werden|haben|hat|darf|dürfen|welche[rsmn]?|was|wann|wo|wer|wie|"
                 r"warum|ob|wenn|falls)\b",
           "fr": r"(?:est-ce|peut-on|pouvez-vous|faut-il|quel(?:le)?s?|quand|où|qui|comment|pourquoi|si)\b",
           "es": r"(?:¿|se puede\b|(?:qué|cuál|cuándo|dónde|quién|cómo|si)\b)"}
# The rep's short confirmation of a new count, in the rep's words.
CONFIRM = {"en": "So that's {x}.", "de": "Dann also {x}.", "fr": "Ce sera donc {x}.", "es": "Quedamos entonces en {x}."}
_REASON = {"en": "{head}, so that's {x}."}  # "The grant came through, so that's three units now."
# A clause that opens on what only completes another: it needs the lead before it.
_SUBORDINATE = {"en": r"(?:because|so that|since|although|though|which|not|but|however|and|or)\b",
                "de": r"(?:damit|weil|dass|obwohl|nicht|sondern|aber|und|oder)\b",
                "fr": r"(?:parce que|pour que|afin que|puisque|car|pas|mais|et|ou)\b",
                "es": r"(?:porque|para que|ya que|aunque|pero|y|o)\b"}
# A finite verb the clause needs to stand alone (English: latest.py's test; the others: common forms and endings).
_VERB = {
    "en": r"\b(?:is|are|was|were|will|would|can|could|must|should|need|needs|want|wants|has|have|had|do|does|did|"
          r"came|got|starts?|opens?|closes?|expires?|moves?|goes)\b|['’](?:ll|re|ve|d|s)\b|\b(?:you|they|we)\s+\w+",
    "de": r"\b(?:ist|sind|war|waren|wird|werden|muss|müssen|soll|sollen|kann|können|hat|haben|habe|brauchen|braucht|"
          r"möchten|möchte|wollen|will|gibt|bleibt|liegt|läuft|beginnt|startet|findet|ziehen|zieht|kommt|kommen|"
          r"geben|gebe|wäre|wären|dürfen|darf)\b",
    "fr": r"\b(?:est|sont|sera|seront|était|doit|doivent|faut|peut|peuvent|a|ont|avez|avons|as|êtes|sommes|va|vont|"
          r"souhaitez|souhaites|voulez|veux|passez|passes|prévoyez|commence|ouvre|ferme|déménage|déménagez)\b|\w+(?:ra|ront)\b",
    "es": r"\b(?:es|son|está|están|será|serán|fue|tiene|tienen|tenéis|necesita|necesitan|necesitáis|quiere|quieren|"
          r"queréis|debe|deben|hay|puede|pueden|prefiere|prefieren|empieza|abre|cierra|llega|vence)\b|"
          r"\w+(?:áis|éis|amos|emos|imos|rá|rán|ó|aron|ieron)\b"}
# The customer saying yes: the welcome line ("Great to hear you're going ahead.") already says it.
_GO_AHEAD = {
    "en": r"\b(?:go|going|move|moving|went) (?:ahead|forward)\b|\bproceed\b|\bapproved\b|\bsigned off\b",
    "de": r"\bgrünes Licht\b|\bfreigegeben\b|\bgenehmigt\b|\bzugestimmt\b",
    "fr": r"\bfeu vert\b|\bdonner suite\b|\baller de l'avant\b|\bapprouvé\b|\bvalidé\b",
    "es": r"\bseguir adelante\b|\bluz verde\b|\baprobad[oa]s?\b|\baprobación\b"}
# A sentence's end: not a German ordinal date's point ("am 12. März") nor a title's ("Dr. Park", "M. Roux").
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\d\.)(?<!\b[A-Z]\.)(?<!\b[A-Z][a-z]\.)\s+(?=[A-ZÀ-ÖØ-Þ¡¿])")


def _welcomes(language: str) -> tuple[str, ...]:
    """The welcome lines of this language in either register, without their stop."""
    keys = ("welcome", "agreed", "pilot")
    return tuple(t.split("{")[0].rstrip(".: ") for d in (PHRASES.get(language, {}), INFORMAL.get(language, {}))
                 for k, t in d.items() if k in keys)


def _upper(text: str) -> str:
    """The clause with its first letter capitalised."""
    return text[:1].upper() + text[1:]


def _count_confirmed(rest: str, language: str, change: bool) -> str | None:
    """A wanted new count as the rep's confirmation ("So that's 8 benches now."), or None."""
    words = _CHANGE_WORD[language]
    change = change or bool(re.search(words, rest, re.I))
    m = re.match(rf"^{_WANTS[language]}(?P<x>.+)$", rest, re.I)
    head = m.group("head") if m and "head" in m.groupdict() else None
    change = change or bool(head)  # "..., so you need 16 kits": their news made the count
    thing = m.group("x") if m else rest
    thing = re.sub(rf"^(?:(?:{words})\s+)+", "", thing, flags=re.I).strip()
    if not change or not re.match(_COUNT[language], thing, re.I) or len(thing.split()) > MAX_COUNT_WORDS \
            or re.search(r"[:;,]", thing) or _NOT_COUNT.search(thing) or hangs(thing, language):
        return None
    if language == "en" and not re.search(r"\b(?:now|for now|for the moment|instead)\b", thing) and not head:
        thing += " now"
    if head and language in _REASON:
        return _REASON[language].format(head=_upper(head.strip()), x=thing)
    return CONFIRM[language].format(x=thing)


def confirmed(sentence: str, language: str) -> str:
    """One sentence with the label before the customer's point turned into the rep's confirmation (unchanged when
    the point cannot stand alone)."""
    if language not in CONFIRM:
        return sentence
    body = sentence.rstrip()
    stop = body[-1] if body.endswith((".", "!")) else ""
    body = body[:-1] if stop else body
    change = bool(_CHANGE_LEAD.match(body))
    for lead, clause in ((_CLAUSE_LEAD[language], True), (_THING_LEAD[language], False)):
        m = re.match(lead, body)
        if not m:
            continue
        rest = body[m.end():].strip()
        said = _count_confirmed(rest, language, change)
        if said:
            return said
        # "that" says a clause follows; the other labels only lead one when it has its verb; a clause opening on a
        # figure ("10 usuarios y ...") is a note's shorthand the label held up
        verb = m.group().startswith("I've noted that") or re.search(_VERB[language], rest, re.I)
        alone = not hangs(rest, language) and not re.match(f"{_SUBORDINATE[language]}|{_ASKING[language]}", rest, re.I)
        if clause and verb and alone and len(rest.split()) >= MIN_CLAUSE_WORDS and re.match(r"[^\W\d_]", rest) \
                and not rest.endswith("?"):
            return _upper(rest) + (stop or ".")
        return sentence
    return sentence


def confirmed_lines(lines: list[str], language: str) -> list[str]:
    """The draft's recap lines with each labelled point confirmed in the rep's words; a go-ahead the welcome line says
    already is left out."""
    if language not in CONFIRM:
        return lines
    welcomes = _welcomes(language)
    welcomed = bool(welcomes) and any(s.startswith(welcomes) for line in lines for s in _SENTENCE_END.split(line))
    out = []
    for line in lines:
        kept = []
        for s in _SENTENCE_END.split(line):
            turned = confirmed(s, language)
            led = turned != s or bool(re.match(f"{_CLAUSE_LEAD[language]}|{_THING_LEAD[language]}", s))
            if welcomed and led and re.search(_GO_AHEAD[language], turned, re.I) and not re.search(r"\d", turned):
                continue  # "Great to hear you're going ahead." says it
            kept.append(turned)
        if kept:
            out.append(" ".join(kept))
    return out


__all__ = ["CONFIRM", "confirmed", "confirmed_lines"]

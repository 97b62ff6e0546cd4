"""What in a call note is the rep's own business, cut before the note is read: an "Internal:" label and all after
it, and every sentence carrying a sign of being internal (a margin or cost, "don't mention", a comparison with
another customer's file, a competitor, a person who is neither the customer nor anyone the customer wrote about
saying something). Conservative on purpose: a point lost costs a line in the draft, a leak costs the deal."""
from __future__ import annotations

import re

from followup.drafting.inhouse import without_check
from followup.drafting.sentences import split_sentences
from followup.text.call_time import asks_call_time

# "Internal:", "Intern:", "Interno:", "Interne :", "Int.:", "FYI internal -": everything after such a label is for the team.
_LABEL = re.compile(r"(?:^|(?<=[\s.;(\-–—]))(?:internal(?:ly)?|intern[oae]?|int\.?|nur intern|en interne|"
                    r"note to self|pour nous|para nosotros|not for (?:the )?client)\s*[:\-–—]\s*", re.I)

# Where the rep's stock comes from, named as a supplier qualified by which one ("a new supplier", "current supplier
# lot", "neuer Lieferant", "fournisseur actuel", "otro proveedor"): the rep's supply chain, or the customer's present
# supplier (a competitor). A bare "the supplier" is often the one the rep will check a question with, so it stays.
_SUPPLY = (r"(?:new|current|other|old|existing|another)\s+suppliers?|"
           r"(?:neue[rnm]?|aktuelle[rnm]?|bisherige[rnm]?|andere[rnm]?|alte[rnm]?)\s+(?:lieferant|zulieferer)\w*|"
           r"(?:nouveaux?|autres?|ancien)\s+fournisseurs?|fournisseurs?\s+(?:actuel|habituel)s?|"
           r"(?:nuevo|otro|antiguo)\s+proveedor(?:es)?|proveedor(?:es)?\s+(?:actual|habitual)(?:es)?")
# The rep sizing up the customer's money or the deal ("Budget tight", "cash tight over summer", "Pagan a 90 días",
# "zahlen spät", "deal may stall on him"): a private assessment, never said back to them. Payment terms the rep
# offers ("50% deposit", "30 days net") name no payer, so they stay.
_SIZED_UP = (r"(?:budget|cash|cashflow|money|funds)\s+(?:is\s+|are\s+|very\s+|really\s+)*(?:tight|short|limited)|"
             r"tight\s+budget|cash[- ]strapped|slow\s+payers?|"
             r"(?:they|he|she|customers?|clients?)\s+(?:always\s+|usually\s+|only\s+)?pay\w*\s+"
             r"(?:late|slowly|at\s+\d+|after\s+\d+|\d+(?:\s*-\s*\d+)?\s+days)|"
             r"(?:budget|geld|liquidität)\s+(?:ist\s+)?(?:sehr\s+|recht\s+)?knapp|knappe[sn]?\s+budget|"
             r"(?:sie|er|kunden?)\s+(?:zahlen|zahlt)\s+(?:immer\s+|meist\s+)?(?:spät|schleppend|erst\s+nach|nach\s+\d+)|"
             r"budget\s+(?:est\s+)?(?:très\s+|assez\s+)?(?:serré|limité|juste)|trésorerie\s+(?:tendue|serrée|juste)|"
             r"(?:ils|elles?|il|clients?)\s+(?:paient|paye(?:nt)?|paie)\s+(?:toujours\s+)?(?:à\s+\d+|en\s+retard|tard)|"
             r"presupuesto\s+(?:es\s+|está\s+)?(?:muy\s+|bastante\s+)?(?:ajustado|justo|limitado|apretado)|"
             r"(?:deal|sale)\s+(?:may|might|could|will)\s+(?:stall|die|fall\s+through|go\s+cold)|"
             r"(?:deal|auftrag|abschluss)\s+(?:wackelt|könnte\s+platzen)|"
             r"(?:affaire|vente)\s+(?:risque\s+de|pourrait)\s+(?:capoter|traîner|bloquer)|"
             r"(?:venta|trato|negocio)\s+(?:puede|podría)\s+(?:caerse|estancarse|frenarse)|"
             r"(?:^|(?<=[\s.,;:]))(?<!\bse )pagan?\s+(?:siempre\s+)?(?:a\s+\d+|tarde|con\s+retraso)|"
             r"liquidez\s+(?:justa|ajustada)")

# Signs that a sentence is about the rep's side of the deal: margins and costs, floors, instructions not to say it,
# comparisons with another file, competitors' offers, the rep's own suppliers, in English, German, French and Spanish.
_SIGN = re.compile(
    r"\b(?:margins?|marge[ns]?|margen|spanne|our (?:cost|costs|floor|builder cost|buy price)|cost price|"
    r"(?:unser|unsere)[nmr]? (?:ek|einkauf\w*|kosten|untergrenze|schmerzgrenze)|einkaufspreis|"
    r"(?:notre|nos) (?:coût|coûts|prix d'achat|plancher)|prix d'achat|(?:nuestro|nuestros) (?:coste|costes|costo|suelo)|"
    r"hold firm|walk[- ]away|floor price|room to move|spielraum|pas plus bas|no (?:más|menos) bajo|nicht tiefer|"
    r"don'?t (?:bring (?:it|that|this) up|mention|tell|share|quote|volunteer|offer (?:it|that|this) up)|"
    r"do not (?:mention|tell|share|volunteer)|nicht (?:erwähnen|sagen|weitergeben|nennen|ansprechen|von sich aus\w*)|"
    r"ne pas (?:en )?(?:parler|dire|mentionner|partager|évoquer|aborder)|"
    r"no (?:lo )?(?:mencionar|decir|comentar|compartir|sacar|ofrecer)|"
    r"for comparison|pour comparaison|zum vergleich|para comparar|como referencia|"
    r"competitor|competitors|konkurrenz|wettbewerber|concurren(?:t|ts|ce)|competencia|"
    r"(?:our|unser[em]?|notre|nos|nuestro|nuestros) (?:suppliers?|vendors?|distributors?|subcontractors?|"
    r"wholesalers?|lieferant(?:en)?|großhändler|zulieferer|subunternehmer|fournisseurs?|sous-traitants?|grossistes?|"
    r"proveedor(?:es)?|subcontratistas?|distribuidor(?:es)?)|"
    r"intern klären|en interne|internamente|internally|" + _SUPPLY + "|" + _SIZED_UP + r")\b", re.I)

# Someone reported as saying or thinking something ("Kevin says", "Sabine meint", "Jaime dice"): a colleague's word.
_SAYS = re.compile(r"\b(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+)\s+(?:says|said|thinks|reckons|suggests|meint|sagt|sagte|findet|"
                   r"dit|pense|propose|dice|dijo|cree|opina)\b")

# Someone else's offer to the customer ("Secuva lui a proposé 10 900 €", "Brightline quoted them $8,000", "Sicon hat
# ihr 9.800 € angeboten", "Protek le ofreció"): readers marked a competitor's price said as the rep's. A named subject
# offering to her, him or them is never the rep, who writes "proposé", "quoted".
_NAMED = (r"\b(?!(?:We|I|You|He|She|They|It|Wir|Ich|Er|Sie|Es|Man|Nous|Je|On|Il|Elle|Ils|Elles|Nosotros|Yo|Él|Ella|"
          r"Ellos|Se|Le|Les)\b)[A-ZÀ-Ý][\w'’&-]+\s+")
_OFFERED = re.compile(
    _NAMED + r"(?:(?:has|had)\s+)?(?:quoted|offered|proposed|pitched)\s+(?:her|him|them)\b|" +
    _NAMED + r"(?:hat|hatte)\s+(?:ihr|ihm|ihnen)\b[^!?\n]{0,40}\b(?:angeboten|offeriert|vorgeschlagen)\b|" +
    _NAMED + r"(?:lui|leur)\s+(?:a|avait)\s+(?:proposé|offert|fait|chiffré|coté)\b|" +
    _NAMED + r"(?:le|les)\s+(?:ofreció|cotizó|propuso|(?:ha|había)\s+(?:ofrecido|cotizado|propuesto))\b")

# Words that look like a name before "says" but are a pronoun or a role.
_NOT_NAMES = {"he", "she", "they", "it", "er", "sie", "es", "il", "elle", "ils", "elles", "on", "él", "ella", "ellos",
              "client", "customer", "kunde", "kundin", "cliente", "boss", "chef", "jefe", "team", "équipe", "equipo"}

# A sentence this short after an internal one only points back at it ("Intern klären."): the pair goes together.
POINTER_WORDS = 3


def _says_unknown(sentence: str, known: set[str]) -> bool:
    """Whether a sentence reports someone the customer never named as saying something."""
    return any(m.group("name").lower() not in _NOT_NAMES and m.group("name").lower() not in known
               for m in _SAYS.finditer(sentence))


def _memo(sentence: str, known: set[str]) -> bool:
    """Whether a sentence is the rep wondering about the customer ("Greg emailed??"), not a question of theirs."""
    words = sentence.split()
    return sentence.rstrip().endswith("??") and bool(words) and words[0].strip(",:").lower() in known


def internal_sentence(sentence: str, known: set[str]) -> bool:
    """Whether one note sentence carries a sign of being internal (known: the words the customer has seen)."""
    return bool(_SIGN.search(sentence) or _LABEL.search(sentence) or _OFFERED.search(sentence)
                or _says_unknown(sentence, known)
                or _memo(sentence, known))


# A colleague named by role ("Trainerin Olga kann früh", "technician Mark", "el técnico Juan"): in a note sentence the
# part that names one the customer never saw is cut, the rest of the sentence stays. A role the customer's side owns
# ("their technician Paul", "leur technicien Paul", "ihr Techniker Paul", "su técnico Pablo") is one of theirs.
_THEIR = "".join(rf"(?<!(?i:\b{w} ))" for w in ("their", "his", "her", "leur", "son", "sa", "ihr", "ihre", "ihrem",
                                                  "ihren", "sein", "seine", "seinem", "su"))
_ROLE_NAME = re.compile(
    _THEIR + r"\b(?i:trainer(?:in)?|techniker(?:in)?|monteur(?:in)?|kolleg(?:e|in)|berater(?:in)?|fahrer(?:in)?|meister(?:in)?|"
    r"installateur(?:in)?|technician|installer|engineer|trainer|colleague|driver|consultant|formateur|formatrice|"
    r"technicien(?:ne)?|collègue|chauffeur|técnic[oa]|instalador(?:a)?|formador(?:a)?|compañer[oa]|conductor(?:a)?)"
    r"\s+(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+)")


def _without_colleague(sentence: str, known: set[str]) -> str:
    """A note sentence without the comma part that names a colleague by role ("Kurs um 6:30 geht, Trainerin Olga
    kann früh." -> "Kurs um 6:30 geht.")."""
    parts = re.split(r"(,\s+)", sentence)
    named = [bool(m and m.group("name").lower() not in known) for m in (_ROLE_NAME.search(p) for p in parts[::2])]
    if not any(named) or all(named):
        return sentence if not any(named) else ""
    kept = [p for p, gone in zip(parts[::2], named) if not gone]
    end = sentence.rstrip()[-1:] if sentence.rstrip()[-1:] in ".!?" else ""
    return ", ".join(k.rstrip(" .!?") for k in kept) + end + (" " if sentence.endswith(" ") else "")


_NAME = r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,})"
# How a note marks a person as one of the rep's colleagues: "Corsin (unser Elektroplaner)", "inspector (Gareth)",
# "Internal: Ellen is our electrical lead", "check w/ Ellen", "Ellen is our ...", "Wilmer (técnico de campo)".
_STAFF = (
    re.compile(_NAME + r"\s*\((?:(?i:our|unser\w*|notre|nos|nuestr[oa]s?|el|la|le|der|die)\s+)?[a-zà-ÿ][^()]{2,40}\)"),
    re.compile(r"\b[a-zà-ÿ]{3,}\s*\(" + _NAME + r"\)"),
    re.compile(r"(?i:\b(?:internal|intern[oae]?)\s*[:\-–—]\s*)" + _NAME + r"\b"),
    re.compile(r"(?i:\b(?:check|checked|ask|asked|clear|cleared|confirm|confirmed|prüfen|klären|abklären|vérifier|voir|"
               r"consultar|revisar|verificar)\s+(?:w/|with|mit|avec|con)\s+)" + _NAME + r"\b"),
    re.compile(_NAME + r"(?i:\s+(?:is|ist|est|es)\s+(?:our|unser\w*|notre|nuestr[oa]))\b"),
    _SAYS,
)


def staff_names(notes: list[str], known: set[str]) -> set[str]:
    """The names the rep's notes give colleagues ("Corsin (unser Elektroplaner) meint ..."), the customer never saw."""
    found = {m.group("name") for note in notes for pattern in _STAFF for m in pattern.finditer(note or "")}
    return {n for n in found if n.lower() not in known and n.lower() not in _NOT_NAMES}


# A technical measure ("160 A", "13 A", "400 V", "2.5 t"): in an internal aside, the rep's own engineering.
_MEASURE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?(a|v|kw|kva|kwh|bar|mm|cm|t|kg|m²|m³|m)(?![\w²³])", re.I)


def _measures(text: str) -> set[tuple[str, str]]:
    """The technical measures of a text, as (figure, unit)."""
    return {(m.group(1).replace(",", "."), m.group(2).lower()) for m in _MEASURE.finditer(text or "")}


def internal_measures(notes: list[str], seen: list[str]) -> set[tuple[str, str]]:
    """The measures the notes give only after an "Internal:" label ("Intern: ... der Hausanschluss 160 A reicht
    knapp") and no email the customer saw names: a later note line that says one again is the team's."""
    found: set[tuple[str, str]] = set()
    for note in notes:
        label = _LABEL.search(note or "")
        if label:
            found |= _measures(note[label.end():])
    return found - set().union(*[_measures(t) for t in seen] or [set()])


def _led_by_staff(sentence: str, staff: set[str]) -> bool:
    """Whether a note sentence has a colleague's name as its subject ("Gareth free Sat 9 Jan"): what the colleague
    can do, for the rep to arrange."""
    first = re.match(r"\s*([^\W\d_][\w'’-]*)(?!\s*:)", sentence)
    return bool(first and first.group(1) in staff)


def _unlabelled(sentence: str, staff: set[str]) -> str:
    """A note sentence without a colleague's name as its label ("Bogdan: lead time 8 weeks" -> "lead time 8 weeks"):
    what they found out is news, who found it out is the rep's."""
    m = re.match(r"(\s*)([^\W\d_][\w'’-]*)\s*:\s*", sentence)
    return m.group(1) + sentence[m.end():] if m and m.group(2) in staff else sentence


def strip_internal(note: str, known: set[str], staff: set[str] = frozenset(),
                   secret: set[tuple[str, str]] = frozenset()) -> str:
    """A call note without its internal part: after an "Internal:" label nothing, no internal sentence, no sentence
    led by a colleague's name (staff) or saying a measure only an internal aside gave (secret), no colleague's
    name in brackets and no clause saying who on the rep's side checked or will check (inhouse.py)."""
    if staff:
        note = re.sub(r"\s*\((?:" + "|".join(map(re.escape, sorted(staff))) + r")\)", "", note)
    label = _LABEL.search(note)
    if label:
        # when the customer wants to be called, said after the team's aside, is theirs: the close honours it
        tail = note[label.end():]
        told = [tail[a:b] for a, b in split_sentences(tail)[1:] if asks_call_time(tail[a:b])]
        note = " ".join([note[:label.start()].rstrip(), *told])
    spans = split_sentences(note)
    drop = [internal_sentence(note[a:b], known) or _led_by_staff(note[a:b], staff)
            or bool(secret and _measures(note[a:b]) & secret) for a, b in spans]
    for i in range(1, len(spans)):
        a, b = spans[i]
        if drop[i] and len(note[a:b].split()) <= POINTER_WORDS and not _memo(note[a:b], known):
            drop[i - 1] = True  # "Vorkasse? Intern klären.": the question is the internal one
    kept, last = [], 0
    for (a, b), gone in zip(spans, drop):
        kept.append(note[last:a])
        if not gone:
            kept.append(without_check(_without_colleague(_unlabelled(note[a:b], staff), known), known))
        last = b
    kept.append(note[last:])
    return re.sub(r"[ \t]{2,}", " ", "".join(kept)).strip()

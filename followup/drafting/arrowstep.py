"""A call note's arrow or to-do line, the rep's own next step: "Wants sample report -> send by Thu", "-> je vérifie
avec le bureau de contrôle", "Will Muster-Kissen -> schicke ich bis Di", "TODO: Preise prüfen". Said in the rep's
voice when it is about the customer's matter ("I'll send you the sample report by Thu.", "Je vérifie avec le bureau
de contrôle et je reviens vers vous."), its thing taken from the customer's want before the arrow when the step names
none; an in-house step, one that names a colleague, a department or an in-house system ("→ check w/ boss", "-> ask
MF/docs", "-> check with marketing"), is the rep's own business and is never said. en/de/fr/es."""
from __future__ import annotations

import re

from followup.drafting.inhouse import ours
from followup.drafting.promised import WHEN, article

# The mark that makes a note's clause the rep's next step: an arrow at the end of the clause before it ("... -> ",
# which the clause splitter may leave as a lone ">" ahead of the step), or a to-do label.
_ARROW_BEFORE = re.compile(r"(?:->|→|=>)\s*$")
_MARK = re.compile(r"^\s*(?:(?:->|→|=>|>)\s*|(?:todo|to-?do|à faire|a faire|zu tun|erledigen|pendiente|por hacer)"
                   r"\s*:\s*)", re.I)

# The step's verb and the rest: sending a thing, finding something out, calling back, asking someone (always on the
# rep's side: a note's "ask" is never a step said to the customer). Not "email": "-> email only" is a channel. The
# subject may be said ("je vérifie", "schicke ich") or left out as notes do ("send by Thu", "envoyer", "revisar").
_STEPS = {
    "en": {"send": r"(?:i'?ll\s+|we'?ll\s+|i\s+|will\s+)?(?:send|forward)",
           "check": r"(?:i'?ll\s+|we'?ll\s+|i\s+|will\s+)?(?:check|confirm|verify|find out|look into)",
           "call": r"(?:i'?ll\s+|will\s+)?call\s+(?:her|him|them)(?:\s+back)?", "ask": r"ask"},
    "de": {"send": r"(?:schicke|sende)\s+ich|ich\s+(?:schicke|sende)|schicken|senden|zuschicken|mailen",
           "check": r"(?:prüfe|kläre|checke)\s+ich|ich\s+(?:prüfe|kläre|checke)|prüfen|klären|checken",
           "call": r"rufe\s+ich\s+(?:sie|ihn)\s+an|(?:sie|ihn)\s+zurückrufen|zurückrufen",
           "ask": r"frage\s+ich|ich\s+frage|nachfragen|fragen"},
    "fr": {"send": r"j'envoie|je\s+(?:lui\s+|leur\s+)?(?:envoie|transmets)|(?:lui\s+|leur\s+)?(?:envoyer|transmettre)",
           "check": r"je\s+(?:vérifie|regarde|me\s+renseigne)|vérifier|regarder|se\s+renseigner",
           "call": r"je\s+(?:la|le|les)\s+rappelle|(?:la|le|les)\s+rappeler|rappeler",
           "ask": r"je\s+demande|demander"},
    "es": {"send": r"(?:se\s+lo\s+|se\s+la\s+|le\s+|les\s+)?(?:envío|mando)|enviar(?:le)?|mandar(?:le)?",
           "check": r"(?:lo\s+)?(?:reviso|verifico|consulto|compruebo)|revisar(?:lo)?|verificar(?:lo)?|consultar(?:lo)?",
           "call": r"(?:la|le|lo)\s+llamo|llamar(?:la|le|lo)", "ask": r"pregunto|preguntar"},
}
_STEP_RE = {language: re.compile(r"^(?:" + "|".join(rf"(?P<{kind}>{verb})" for kind, verb in steps.items())
                                 + r")\b(?P<rest>.*)$", re.I) for language, steps in _STEPS.items()}
# German puts a step's verb last: "Preise prüfen", "Angebot schicken".
_DE_LAST = re.compile(r"^(?P<rest>[A-ZÄÖÜ][^.;:?]{1,60}?)\s+(?:(?P<send>schicken|senden|zuschicken)|(?P<check>prüfen|"
                      r"klären|checken))$")

# How the rep says each step to the customer.
_SAID = {
    "en": {"send": "I'll send you {x}{day}.", "check": "I'll check {x}{day} and get back to you.",
           "call": "I'll call you{day}."},
    "de": {"send": "Ich schicke Ihnen {x}{day}.", "check": "Ich prüfe {x}{day} und melde mich bei Ihnen.",
           "call": "Ich rufe Sie{day} an."},
    "fr": {"send": "Je vous envoie {x}{day}.", "check": "Je vérifie {x}{day} et je reviens vers vous.",
           "call": "Je vous rappelle{day}."},
    "es": {"send": "Le envío {x}{day}.", "check": "Reviso {x}{day} y le digo algo.", "call": "Le llamo{day}."},
}
# A step to find out with nothing named: what the customer asked before the arrow is what is checked.
_CHECKED_BARE = {"en": "I'll check{day} and get back to you.", "de": "Ich kläre das{day} und melde mich bei Ihnen.",
                 "fr": "Je vérifie{day} et je reviens vers vous.", "es": "Lo reviso{day} y le digo algo."}
# A pronoun for the customer the step may carry after its verb ("send her", "lui envoyer", "schicke ich ihr").
_TO_HER = re.compile(r"^\s*(?:her|him|them|ihr|ihm|ihnen|lui|leur|le|les)\b", re.I)
# What the customer asked for before the arrow ("Wants sample report", "demande la liste des interfaces").
_WANTS = {
    "en": r"\b(?:wants?|would like|asked for|asks? for|needs?|requests?)\s+(?:a\s+|an\s+)?",
    "de": r"\b(?:will|möchte|möchten|hätte gern|braucht|benötigt|wünscht|fragt nach|bittet um)\s+",
    "fr": r"\b(?:veut|voudrait|souhaite|demande|aimerait|a besoin d(?:e\s+|'))",
    "es": r"\b(?:quiere|querría|pide|necesita|solicita|le gustaría)\s+",
}
# Who or what on the rep's side besides the roles followup.drafting.inhouse knows: departments and in-house systems.
_IN_HOUSE = re.compile(r"\b(?:marketing|sales|legal|it|hr|purchasing|procurement|product team|support|backoffice|"
                       r"back office|crm|erp|sap|salesforce|hubspot|warenwirtschaft|einkauf|vertrieb|recht|"
                       r"achats|juridique|commercial|compras|jurídico|ventas)\b", re.I)
# A step with someone: "check w/ boss", "vérifier avec le siège", "mit dem Lager klären", "consultar con almacén".
_WITH = re.compile(r"(?:\b(?:with|mit|avec|auprès d[eu]|con|preguntar a|demander à)\s+|\bw/\s*)(?P<who>.+)$", re.I)


def _step(quote: str, before: str, language: str) -> tuple[str, str] | None:
    """The step's kind and the words after its verb, when the clause is an arrow or to-do line; else None."""
    marked = _MARK.match(quote)
    if not marked and not _ARROW_BEFORE.search(before):
        return None
    line = quote[marked.end():] if marked else quote
    line = line.strip().rstrip(" .;:!")
    m = _STEP_RE.get(language, _STEP_RE["en"]).match(line) or (_DE_LAST.match(line) if language == "de" else None)
    if m is None:
        return None
    kind = next(k for k in ("send", "check", "call", "ask") if m.groupdict().get(k))
    return kind, m.group("rest").strip()


def arrow_in_house(quote: str, before: str, language: str, known: set[str]) -> bool:
    """Whether the clause is an arrow or to-do step that names someone or something on the rep's side."""
    found = _step(quote, before, language)
    if found is None:
        return False
    rest = found[1]
    with_whom = _WITH.search(rest)
    # initials ("ask MF/docs"); an English step's one capitalised word the customer never saw is a colleague ("check
    # Dwayne"), while German capitalises every noun ("Preise prüfen")
    return bool(found[0] == "ask" or _IN_HOUSE.search(rest) or (with_whom and ours(with_whom.group("who"), known))
                or re.search(r"(?<!\w)[A-Z]{2,3}(?:/|\b)", rest)
                or (language == "en" and re.fullmatch(r"[A-Z][a-z'’-]+", rest) and ours(rest, known)))


def arrow_step(quote: str, before: str, language: str, known: set[str]) -> str:
    """The arrow or to-do step of a call note in the rep's voice, or "" when the clause is none, the step is
    in-house, or the thing to send is neither named nor the customer's want before the arrow."""
    found = _step(quote, before, language)
    if found is None or arrow_in_house(quote, before, language, known):
        return ""
    kind, rest = found
    said = _SAID.get(language, _SAID["en"])[kind]
    rest = _TO_HER.sub("", rest).strip()
    when = WHEN.search(" " + rest)
    thing, day = (rest[:when.start()].strip(), " " + rest[when.start():].strip()) if when else (rest, "")
    if kind == "call":
        return said.format(day=day) if not thing else ""
    if kind == "check":
        return (said if thing else _CHECKED_BARE.get(language, _CHECKED_BARE["en"])).format(x=thing, day=day)
    if not thing:
        wants = re.search(_WANTS.get(language, _WANTS["en"]) + r"(?P<x>[^.;:?!]{2,80}?)\s*(?:->|→|=>)?\s*$", before,
                          re.I)
        if wants is None:
            return ""
        thing = wants.group("x").strip()
    thing = article(thing, language if language in ("en", "de", "fr", "es") else "en")
    return said.format(x=thing, day=day) if thing else ""

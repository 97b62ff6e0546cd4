"""A question the customer passes on for someone else, without the frame that passes it on.

"The grants office asks whether we can invoice quarterly", "Ask them if there's a financing option", "Meine Kollegin
fragt, ob Sie auch eine Wartung anbieten", "Avant de signer, on voudrait savoir si tu peux ...", "Ella pregunta
también si se puede pagar con tarjeta": the rep's note names what is asked ("can we invoice quarterly"), not who
asks it or the words that hand it over; the "whether"/"ob"/"si" clause left is asked directly by slotform."""
from __future__ import annotations

import re

# Words a relaying head may have before its frame verb ("your technical manager Mr. Dimitriou"); a longer head is a
# statement of its own, not a subject.
RELAY_HEAD_WORDS = 12
# Words a head naming the asker the draft names has at most ("my colleague Prof.ssa Anna Bianchi").
NAME_HEAD_WORDS = 6

# The verb that hands a question on, per drafting language, up to the clause it hands on ("whether", "ob", "si").
_FRAME = {
    "en": r"(?:asks?|asked|is asking|wants to know|would like to know|wonders?|wondered)\s+(?:(?:you|me|us|them)\s+)?"
          r"(?:also\s+)?(?:whether|if)\s+|^ask (?:them|him|her|the \w+)\s+(?:whether|if)\s+",
    "de": r"(?:fragt|fragen|fragte|möchte wissen|möchten wissen|will wissen|wollen wissen|wollte wissen)"
          r"(?:\s+(?:Sie|Euch|dich|noch|auch|gerne?))*,?\s+(?=(?:ob|wann|wie|was|wer|welche\w*)\b)",
    "fr": r"(?:demande|demandent|demandait|(?:voudrait|voudraient|voudrions|aimerait|aimerions|souhaite|veut|"
          r"veulent)\s+(?:aussi\s+|également\s+)?savoir)\s+(?:aussi\s+|également\s+)?(?=(?:si|s'il|quand|combien|comment|quel\w*)\b)",
    "es": r"(?:pregunta|preguntan|preguntó|quiere saber|quieren saber|quisiera saber|quería saber)\s+"
          r"(?:también\s+)?(?=(?:si|cuándo|cuánto\w*|cómo|qué|cuál\w*)\b)",
}


def asker_off(q: str, asker: str, language: str) -> str:
    """A passed-on question without the colleague's name before its frame when the draft already says whose it is
    ("Prof.ssa Bianchi asks if the course can be in Italian" -> "asks if the course can be in Italian", for relay_off
    to take its frame off); any other question as it is."""
    frame = _FRAME.get(language)
    m = re.search(frame, q, re.I) if frame and asker else None
    last = asker.split()[-1] if asker else ""
    if not m or not re.search(rf"\b{re.escape(last)}\b", q[:m.start()]) or len(q[:m.start()].split()) > NAME_HEAD_WORDS:
        return q
    return q[m.start():]


def relay_off(q: str, language: str) -> str:
    """The question without a frame that passes it on (_FRAME) and an unnamed asker before it; an English clause is
    asked directly where it opens on a pronoun ("I can invoice" -> "can I invoice"), else left as "whether ..."."""
    frame = _FRAME.get(language)
    m = re.search(frame, q, re.I) if frame else None
    head = q[:m.start()].split() if m else []
    named = any(w[:1].isupper() and not w.isupper() for w in head[1:])  # "Gábor", not "IT"
    if not m or "?" in q[:m.start()] or len(head) > RELAY_HEAD_WORDS or named:
        return q  # a named asker ("your colleague Gábor asks if") stays: the draft answers that person
    rest = q[m.end():].strip()
    if len(rest.split()) < 2:
        return q  # "she asks if so": nothing left to ask
    if language != "en":
        return rest
    m = _PRONOUN_AUX.match(rest)  # slotform inverts a named subject only ("whether the van is free")
    if not m:
        return f"whether {rest}"
    aux = "is" if m.group("aux") == "'s" else m.group("aux")
    return f"{aux} {m.group('subj')} {m.group('rest')}"


# An English clause opening on a pronoun and its auxiliary ("I can invoice quarterly", "there's a financing option").
_PRONOUN_AUX = re.compile(r"^(?P<subj>i|we|you|he|she|they|it|there)(?:\s+|(?='s))(?P<aux>can|could|will|would|"
                          r"should|is|are|does|'s)\s+(?P<rest>\S.*)$", re.I)


# German separable prefixes: a verb put first leaves its prefix at the end ("ob Sie ... anbieten" -> "bieten Sie
# ... an"); verbs that only look prefixed keep their form.
_SEPARABLE = re.compile(r"^(zurück|durch|weiter|dazu|zusammen|kaputt|fest|weg|an|auf|aus|ein|mit|vor|zu|ab|nach)"
                        r"([^\W\d_]{4,})$", re.I)
_NOT_SEPARABLE = {"antworten", "zurückweisen", "abonnieren", "analysieren"}


def separable_first(verb: str, clause: str) -> str:
    """A German "ob" clause's verb put first, a separable prefix sent to the end ("bieten Sie ... an")."""
    m = _SEPARABLE.match(verb)
    if not m or verb.lower() in _NOT_SEPARABLE or verb.lower().endswith("ieren"):
        return f"{verb} {clause}"
    return f"{m.group(2)} {clause} {m.group(1)}"

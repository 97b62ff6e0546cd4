"""A call note's question asked on the call with the rep's answer after it ("He asked if it runs on single-phase -
yes, DP-2 is single-phase, told him"), said to the customer as one plain line naming what was asked; an answer the
note still owes ("-> needs backup genset, not quoted yet, wants price") as an answer slot instead."""
from __future__ import annotations

import re
from dataclasses import dataclass

from followup.drafting.items import State
from followup.drafting.paired import PUT_OFF
from followup.drafting.reading import inverted
from followup.drafting.recap import SAID_LEAD, THIRD_PERSON, unsaid
from followup.drafting.restating import expand_shorthand
from followup.drafting.shorthand import extra_charge, spell_out

# The note's frame for the customer's question, per language: what follows up to the separator is the question.
_ASKED = {"en": r"(?:\b(?:he|she|they)\s+)?\basked\s+(?:if|whether|about)\s+",
          "de": r"\b(?:er|sie)\s+(?:fragt|fragte|hat gefragt)\s*,?\s*(?:ob|nach)\s+",
          "fr": r"\b(?:il|elle)\s+(?:demande|a demandé|demandait)\s+(?:si\s+|s'(?=il y a)|pour\s+)",
          "es": r"\bpregunt(?:ó|o|a)\s+(?:si|por)\s+"}
# Further frames of a question a note leaves open ("Q can his staff service nozzles -> tbc", "Frage reicht der
# Schornstein? -> unklar", "Il demande aussi combien coûte ... - à voir", "?? can we dye ... - tbc"): read only when
# the answer is still owed; an answered one is said by the recap's own rules (paired.py).
_OPEN_ASKED = {"en": r"(?:\bQ:?\s+|\?\?\s*|\b(?:he|she|they)\s+(?:also\s+)?asks?\s+(?:also\s+)?(?:if|whether|re)\s+)",
               "de": r"(?:\bFrage:?\s+|\b(?:er|sie)\s+fragte?\s+(?:auch|noch|außerdem)\s*,?\s*(?:ob|nach)\s+)",
               "fr": r"(?:\bQ:?\s+|\b(?:il|elle)\s+(?:me\s+)?demande\s+(?:aussi\s+|également\s+|encore\s+)?"
                     r"(?:si\s+|s'(?=il)|(?=(?:combien|quand|comment|où|quel(?:le)?s?)\b)))",
               "es": r"(?:\bP:?\s+|\bpregunt(?:ó|o|a)\s+(?:también\s+)?(?:si\s+|por\s+|"
                     r"(?=(?:cuánto|cuándo|cómo|qué|dónde)\b)))"}
# Between the question and its answer: an arrow or a dash (a question mark may stand before either).
_SEP = r"\s*\??\s*(?:->|→|=>|\s[-–—]\s|:\s)\s*"
# The note's record that the rep said it ("told him yes", "hab ich ihm gesagt"): its "yes" is the answer's.
_TOLD_TAIL = re.compile(r",?\s*told (?:him|her|them)\s*(?P<yes>yes|no)?\s*$", re.I)
# How the line names the question, in the customer's language and the draft's register.
_LEAD = {"en": "You asked whether {q}: {a}.", "de": "Zu Ihrer Frage, ob {q}: {a}.",
         "fr": "Vous demandiez si {q} : {a}.", "es": "Sobre su pregunta de si {q}: {a}."}
_LEAD_ABOUT = {"en": "You asked about {q}: {a}.", "de": "Zu Ihrer Frage nach {q}: {a}.",
               "fr": "Vous demandiez pour {q} : {a}.", "es": "Sobre su pregunta por {q}: {a}."}
# The English customer as "he"/"she" in the question, said as "you".
_YOU = {"he": "you", "she": "you", "his": "your", "her": "your", "their": "your", "him": "you", "he's": "you're",
        "she's": "you're"}
_VERB = {"has": "have", "is": "are", "was": "were", "does": "do", "needs": "need", "wants": "want"}
# Where the answer ends: a full stop (not one of an abbreviation: "Vorlauf max. 55 °C"), a semicolon or the note's end.
_END = r"(?<!\bmax)(?<!\bmin)(?<!\bca)(?<!\binkl)(?<!\bapprox)(?<!\bNr)(?=\.\s|\.$|;|$)"
# An answer the rep still owes: not priced or known yet, to be checked.
_OWED = re.compile(r"\bnot (?:yet )?(?:quoted|priced|sure|known)\b|\bwants? (?:a |the )?price\b|\bdon'?t know\b|"
                   r"\bunklar\b|\bwei(?:ß|ss) ich nicht\b|\bklären\b|\bà voir\b|\bno sé\b|\bsin cotizar\b|"
                   # still to be confirmed, worked out or sent someone for ("tbc w/ eng", "à calculer avec Fiston",
                   # "je sais pas"); a step to take ("hay que mandar ingeniero") is said as it is
                   r"\btb[cd]\b|\bto be (?:confirmed|checked)\b|\bà (?:calculer|chiffrer)\b|"
                   r"\bje (?:ne )?sais pas\b|\bpendiente\b", re.I)
# An answer the note only guesses, hands to a colleague or leaves to the rep to check ("prob yes, have Dwayne look",
# "wahrscheinlich ja, Jonas prüft", "à vérifier"): no answer to give yet, and no colleague to name.
_HEDGED = re.compile(r"\b(?:prob(?:ably)?|maybe|possibly|likely|think so|have \w+ (?:look|check)|\w+ to (?:check|"
                     r"confirm|look)|check(?:ing)? with|wahrscheinlich|vermutlich|vielleicht|prüft|probablement|"
                     r"sans doute|peut-être|je vérifie|vérifier avec|probablemente|quizás?|tal vez|creo que|"
                     r"lo (?:consulto|verifico|reviso)|"
                     # the rep's own check to find it out: "need to check", "à vérifier", "zu prüfen"
                     r"need to (?:check|ask|verify)|à (?:vérifier|confirmer)|il faut (?:vérifier|voir)|"
                     r"muss (?:ich )?(?:prüfen|schauen|nachfragen)|zu prüfen|por confirmar|a confirmar)(?!\w)", re.I)
# The note's "said" before the answer itself ("gesagt ja", "said yes, ..."): who said it is the note's.
_SAID_HEAD = re.compile(r"^\s*(?:(?:hab(?:e)?\s+)?(?:ich\s+)?gesagt|said|dit|dije)\b\s*:?\s*", re.I)
# The price asked for in an owed answer ("needs backup genset, not quoted yet, wants price"), per language.
_PRICE_OF = {"en": "price of the {x}", "de": "Preis für {x}", "fr": "prix de {x}", "es": "precio de {x}"}
_NEEDS = re.compile(r"^(?:needs?|wants?|braucht|benötigt|a besoin d[e']|besoin d[e']|necesita|quiere)\s+", re.I)


# An answer the weather decides ("à voir selon météo", "depends on weather", "je nach Wetter", "según el tiempo"):
# given, with its condition, in the rep's words; the note's "à voir" is no answer still owed.
_WEATHER = re.compile(r"^(?:(?:à voir|to be seen|tbc|mal sehen|a ver)\s*,?\s*)?(?:selon|en fonction de|suivant|"
                      r"depend(?:s|ing)? on|subject to|je nach|abhängig vom|hängt vom|según|depende del?|sujeto al?)\s+"
                      r"(?:la |le |l'|the |dem |el |la )?(?:météo|temps|weather|wetter|tiempo|clima)\b|"
                      r"^(?:weather permitting|wetterabhängig|si la météo le permet|si el tiempo lo permite)\b", re.I)
_WEATHER_SAID = {"en": "yes, weather permitting", "de": "ja, je nach Wetter", "fr": "oui, si la météo le permet",
                 "es": "sí, si el tiempo lo permite"}


@dataclass(frozen=True)
class Asked:
    """One question asked on the call: the line said to the customer (or the slot), and the note text it covers."""
    line: str
    span: str
    owed: bool


def _owed_slot(q: str, a: str, lang: str) -> str:
    """The answer slot for a question the note still owes: the question with the thing its answer names ("power
    cuts: price of the backup genset")."""
    if not re.search(r"\b(?:price|quot|preis|prix|devis|precio|cotiz)", a, re.I):
        return q  # the answer names no thing of its own, only that it is owed ("no idea", "check w/ partner")
    named = next((c.strip() for c in a.split(",") if c.strip() and not (PUT_OFF.search(c) or _OWED.search(c))), "")
    named = _NEEDS.sub("", named)
    if not named or re.search(r"\b(?:told|said|gesagt|dit|dije)\b", named, re.I):
        return q
    return f"{q}: {_PRICE_OF[lang].format(x=named)}"


def slotted(asked: Asked, slots: list[str]) -> bool:
    """Whether an answer slot the draft already has asks the same thing (most of the question's words)."""
    words = set(re.findall(r"[^\W\d_]{4,}", asked.line.lower()))
    return any(len(words & set(re.findall(r"[^\W\d_]{4,}", s.lower()))) * 2 >= len(words) for s in slots)


def covers(asked: Asked, quote: str) -> bool:
    """Whether a note's item is part of a question asked on the call (its answer or its question), said by the line."""
    core = re.sub(r"^[\W_]+|[\W_]+$", "", quote)
    return len(core) >= 4 and core.lower() in asked.span.lower()


def _you(q: str) -> str:
    """An English question with the customer as "you" ("he has 3-phase" -> "you have 3-phase")."""
    words = q.split()
    out = []
    for n, w in enumerate(words):
        low = w.lower()
        if low in _YOU:
            out.append(_YOU[low])
        elif low in _VERB and n and words[n - 1].lower() in ("he", "she"):
            out.append(_VERB[low])
        else:
            out.append(w)
    return " ".join(out)


def asked_on_call(state: State, note: str) -> list[Asked]:
    """Each question of a call note with what was answered to it, as the draft says it; none in an unknown
    language, none whose question or answer still speaks of the customer in the third person."""
    lang = state.language
    if lang not in _ASKED:
        return []
    out = []
    # (a figure's point is no full stop: "si funciona a 3.700 msnm")
    pattern = re.compile(_ASKED[lang] + r"(?P<q>(?:[^.;?]|(?<=\d)\.(?=\d)){3,120}?)" + _SEP + r"(?P<a>[^;]+?)" + _END, re.I)
    for m in pattern.finditer(note):
        q, a = m.group("q").strip(" ,"), m.group("a").strip(" ,")
        about = re.search(r"\b(?:about|nach|pour|por)\s+$", m.group(0)[:m.start("q") - m.start()])
        if len(q.split()) < (1 if about else 3) or re.search(r"\b(?:instead of|en vez de|statt|au lieu de)\b", q, re.I):
            continue  # "si vitrage anti-UV": no question a line can name; a swap is the change rules' to say
        q = spell_out(expand_shorthand(q) if lang == "en" else q, lang)
        if _WEATHER.match(a):
            out.append(Asked(_LEAD[lang].format(q=_you(q) if lang == "en" else q, a=_WEATHER_SAID[lang]), m.group(0),
                             False))
            continue
        if PUT_OFF.search(a) or _OWED.search(a) or _HEDGED.search(a):
            slot = _owed_slot(_you(q) if lang == "en" else q, a, lang)
            out.append(Asked(f"[[answer: {slot}?]]", m.group(0), True))  # the rep fills it in
            continue
        told = _TOLD_TAIL.search(a)
        if told:
            a = a[:told.start()]
            if told.group("yes") and not re.match(r"(?:yes|no)\b", a, re.I):
                a = f"{told.group('yes').lower()}, {a}"
        a = _SAID_HEAD.sub("", spell_out(unsaid(expand_shorthand(a) if lang == "en" else a), lang)).strip(" ,.")
        a = extra_charge(a, lang)  # "oui, + 2 100 € HT": a supplement, said as one
        a = SAID_LEAD.sub("", a, count=1)  # "le dije que sí": a bare yes once the note's record of saying it goes
        a = re.sub(r",\s*(?:hab(?:e)?|ich)$", "", a)  # "..., hab [ich ihm gesagt]": the note's record, cut short
        if lang == "en":
            q = _you(q)
        third = THIRD_PERSON.get(lang)
        if re.fullmatch(r"(?:yes|yep|no|ja|nein|oui|non|sí|si)?", a, re.I):
            continue  # a bare "said yes": the question itself is the answer, said as such (recap.py)
        if (third and re.search(third, re.sub(r"\bil y a\b|\bs'il\b", "", f"{q} {a}"), re.I)) or (
                lang == "en" and re.search(r"\b(?:he|she|him|his|her)\b", a, re.I)):
            continue  # "il veut ...": the customer in the third person is no line to them
        lead = (_LEAD_ABOUT if about else _LEAD)[lang]
        out.append(Asked(lead.format(q=q, a=a), m.group(0), False))
    return out + _left_open(note, lang, [m.span() for m in pattern.finditer(note)])


def _left_open(note: str, lang: str, taken: list[tuple[int, int]]) -> list[Asked]:
    """The note's further questions whose answer is still owed (`_OPEN_ASKED`), each as an answer slot; none
    inside a question the main frames read (`taken`)."""
    pattern = re.compile(_OPEN_ASKED[lang] + r"(?P<q>(?:[^.;?]|(?<=\d)\.(?=\d)){3,120}?)" + _SEP + r"(?P<a>[^;]+?)"
                         + _END, re.I)
    out = []
    for m in pattern.finditer(note):
        a, q = m.group("a"), m.group("q").strip(" ,")
        if any(s < m.end() and m.start() < e for s, e in taken) or len(q.split()) < 2 \
                or not (PUT_OFF.search(a) or _OWED.search(a) or _HEDGED.search(a)):
            continue  # answered on the call, or read already
        frame = m.group(0)[:m.start("q") - m.start()].lower()
        q = _direct(spell_out(expand_shorthand(q) if lang == "en" else q, lang), frame, lang)
        out.append(Asked(f"[[answer: {_owed_slot(q, a, lang)}?]]", m.group(0), True))
    return out


def _direct(q: str, frame: str, lang: str) -> str:
    """An open question of a note put to the customer directly: "whether he can reuse the probes" -> "can you reuse
    the probes", "s'il y a une subvention" -> "y a-t-il une subvention", "nach dem Lärm" -> "Lärm"."""
    if lang == "en":
        q = _you(q)
        return inverted(q) if re.search(r"\b(?:if|whether)\s+$", frame) else q
    if lang == "fr" and q.lower().startswith("il y a "):
        return "y a-t-il " + q[len("il y a "):]
    if lang == "fr" and re.search(r"\bsi\s+$", frame):
        return ("est-ce qu'" if re.match(r"[aeiouéèêh]", q, re.I) else "est-ce que ") + q
    if lang == "de":  # a German question after its colon starts with a capital
        q = "ob " + q if re.search(r"\bob\s+$", frame) else re.sub(r"^(?:dem|den|der|die|das)\s+", "", q)
        return q[:1].upper() + q[1:]
    return q


__all__ = ["Asked", "asked_on_call", "covers", "slotted"]

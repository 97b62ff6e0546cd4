"""Whose words a slot label is in: the rep's note of what to answer, so the rep's firm is "we" and the customer "you".

An English customer question is restated with its pronouns swapped (restating.py), so the customer's "you" (the rep)
becomes "I": "can I still start on 28 April?" reads as the customer asking. In a slot the rep answers for the firm:
"can we still start on 28 April?", "what deposit do we need?", "is 50% upfront OK with us?". A colleague's question
passed on to the customer names the rep in the third person ("Can she price it without the x-ray part?", "est-ce
qu'ils lavent à 60 °C ?"): with no name it is the rep's firm too ("can we price it ...", in English; French and
Spanish verbs would change with the pronoun). A parenthesised aside inside the question ("Ahora somos 2 sedes
(abrimos Ñuñoa en marzo), ...") goes, and so does a context bracket that is only the customer's view ("(You don't
think you need ...)")."""
from __future__ import annotations

import re

from followup.drafting.restating import swapped_words

# The rep's first person singular, as the swap writes it, turned to the firm's plural (verbs after "I" keep their
# form but "am"/"was").
_EN_FIRM = {"i": "we", "me": "us", "my": "our", "mine": "ours", "myself": "ourselves", "i'm": "we're",
            "i'll": "we'll", "i've": "we've", "i'd": "we'd"}
_EN_PLURAL_BE = {"am": "are", "was": "were"}

# A person left unnamed as the doer of a question the rep answers, after the verb that opens it ("can she", "does
# he"): a colleague passing the question on speaks of the rep. "they" is left alone: it is
# far more often the things asked about ("do they run on single-phase?").
_EN_THIRD = re.compile(r"^(?P<aux>can|could|will|would|should|may|might|do|does|did|is|was)\s+(?:she|he)\b(?=\s+[a-z])",
                       re.I)
_EN_AUX_WE = {"does": "do", "is": "are", "was": "were"}

# A bracket that is only the customer's own view or memory ("You don't think you need the x-ray shielding, you
# refer out anyway", "You know you said"), turned or as written: it says nothing of what the question asks about.
_VIEW = re.compile(r"^(?:you (?:(?:don't|do not) )?(?:think|know|believe|feel|guess|suppose|reckon)|"
                   r"(?:ich|Sie|wir) (?:glaube|glauben|denke|denken|weiß|wissen|finde|finden)|"
                   r"(?:je|on|nous|vous) (?:ne )?(?:pense|pensons|pensez|crois|croit|croyons|croyez|sais|sait|savons|"
                   r"savez|trouve|trouvons|trouvez)|(?:no )?(?:creo|creemos|pienso|pensamos|sé|sabemos))\b", re.I)

# An aside in brackets inside a question, with the space before it: a clause of no figure ("(abrimos Ñuñoa en
# marzo)"); a count, a date, an order number or a short name ("(environ 180)", "(fichier Excel)") says what is asked.
ASIDE_WORDS = 3  # words a bracket of no figure needs to be a clause of its own, not a name
_ASIDE = re.compile(r"\s*\((?=[^()\d]*\))(?:[^\W\d_]+(?:[^\w()]+|(?=\)))){%d,}\)" % ASIDE_WORDS)


def firm_we(text: str) -> str:
    """An English slot's rep "I" (the customer's "you", swapped) as the firm's "we", its "am"/"was" agreeing."""
    def turn(words: list[re.Match[str]], n: int) -> tuple[str, int] | None:
        w = words[n].group().replace("’", "'")
        low = w.lower()
        rep = _EN_FIRM.get(low)
        near = {words[k].group().lower() for k in (n - 1, n + 1) if 0 <= k < len(words)}
        if rep is None and low in _EN_PLURAL_BE and "i" in near:
            rep = _EN_PLURAL_BE[low]  # "I am" -> "we are", "was I" -> "were we"
        if rep is None:
            return None
        if n == 0 and w[0].isupper() and w[0] != "I":
            rep = rep[:1].upper() + rep[1:]  # "My ..." opening the label, never the pronoun "I"
        return rep, n
    return swapped_words(text, turn)


def firm_for_third(q: str, language: str) -> str:
    """An English question asked of an unnamed "she"/"he" (a colleague's word for the rep: "can she price it ...?")
    asked of the firm's "we"; other languages unchanged (their verbs would change with the pronoun)."""
    m = _EN_THIRD.match(q) if language == "en" else None
    if m is None:
        return q
    aux = m.group("aux")
    turned = _EN_AUX_WE.get(aux.lower(), aux.lower())
    return (aux[0] + turned[1:] if aux[0].isupper() else turned) + " we" + q[m.end():]


def only_a_view(context: str) -> bool:
    """Whether a slot's context bracket is only the customer's view or memory (_VIEW), no use to the rep."""
    return bool(_VIEW.match(context))


def asides_off(q: str) -> str:
    """A question without the asides in brackets inside it (_ASIDE); unchanged where little would be left."""
    out = _ASIDE.sub("", q)
    return out if len(out.split()) >= 3 else q


# French: the customer's "nous" (their firm) and "vous" (the rep's) change places in the rep's note, with the verb
# they are the subject of (-ez <-> -ons); a question with the customer's own "je" keeps its words (its verbs differ).
_FR_SWAP = {"nous": "vous", "vous": "nous", "notre": "votre", "votre": "notre", "nos": "vos", "vos": "nos",
            "nôtre": "vôtre", "vôtre": "nôtre"}
_FR_IRREGULAR = {"êtes": "sommes", "sommes": "êtes", "faites": "faisons", "faisons": "faites", "dites": "disons",
                 "disons": "dites"}
_FR_FIRST_SINGULAR = re.compile(r"\b(?:je|j'|me|m'|moi|mon|ma|mes)(?=\W|$)", re.I)
# a subject pronoun with its verb: inverted ("pouvez-vous") or opening a clause ("vous pouvez", "si nous payons")
_FR_SUBJECT_VERB = re.compile(r"\b(?P<v>[a-zéèêàùûôîç]+)-(?P<p>vous|nous)\b|"
                              r"\b(?P<p2>vous|nous)\s+(?:qui\s+)?(?:ne\s+|n')?(?:(?:nous|vous|le|la|les|lui|leur|en|y)\s+|l')?"
                              r"(?P<v2>[a-zéèêàùûôîç]+(?:ez|ons)|êtes|sommes|faites|dites)\b", re.I)


def _fr_verb(verb: str) -> str:
    """A verb agreeing with "vous" turned to agree with "nous" and back ("pouvez" <-> "pouvons"); "" when unknown."""
    low = verb.lower()
    if low in _FR_IRREGULAR:
        out = _FR_IRREGULAR[low]
    elif low.endswith("ez"):
        out = low[:-2] + "ons"
    elif low.endswith("ons"):
        out = low[:-3] + "ez"
    else:
        return ""
    return out[:1].upper() + out[1:] if verb[:1].isupper() else out


def firm_fr(text: str) -> str:
    """A French customer's question in the rep's words: "Pouvez-vous reprendre nos bureaux" -> "Pouvons-nous reprendre
    vos bureaux"; unchanged when it speaks in the customer's "je" or a verb's form is not known."""
    if _FR_FIRST_SINGULAR.search(text):
        return text
    verbs = {}
    for m in _FR_SUBJECT_VERB.finditer(text):
        v = "v" if m.group("v") else "v2"
        turned = _fr_verb(m.group(v))
        if not turned:
            return text
        verbs[m.start(v)] = (m.end(v), turned)
    out, pos = [], 0
    for m in re.finditer(r"[^\W\d_]+", text):
        if m.start() in verbs:
            end, rep = verbs[m.start()]
        elif m.group().lower() in _FR_SWAP:
            rep = _FR_SWAP[m.group().lower()]
            rep = rep[:1].upper() + rep[1:] if m.group()[:1].isupper() else rep
        else:
            continue
        out.append(text[pos:m.start()] + rep)
        pos = m.end()
    return "".join(out) + text[pos:]


# A French question in the order of a statement, opening on its subject pronoun and verb ("Vous confirmez toujours
# avant le 2 mai ?"): in the rep's words it would read as the rep's own statement ("Nous confirmons toujours ..."), so
# the note asks it with "est-ce que".
_FR_SAID_ORDER = re.compile(r"^(?:vous|nous)\s+(?:ne\s+|n')?(?:(?:nous|vous|le|la|les|lui|leur|en|y)\s+|l')?"
                            r"[a-zéèêàùûôîç]+(?:ez|ons)\b|^(?:vous|nous)\s+(?:êtes|sommes|faites|faisons|dites)\b", re.I)


def asked_fr(q: str) -> str:
    """A French question said in a statement's order asked with "est-ce que" ("Nous confirmons toujours ..." ->
    "Est-ce que nous confirmons toujours ..."); other questions unchanged."""
    return "Est-ce que " + q[:1].lower() + q[1:] if _FR_SAID_ORDER.match(q) else q


# Whose question a slot asks when the customer passed it on from a colleague, per drafting language: the rep answers
# that person, and the slot says so on its own ("... (question from Dwayne)", "(Frage von Herrn Koller)", "(question de
# M. Berset)", "(pregunta de Andrés)").
_WHOSE = {"en": "question from {name}", "de": "Frage von {name}", "fr": "question {de}{name}", "es": "pregunta de {name}"}


def whose_slot(slot: str, asker: str, language: str) -> str:
    """An answer slot naming the colleague whose question it is, where the customer passed it on; the slot unchanged
    when it names them already or the language has no form."""
    form = _WHOSE.get(language)
    if not asker or form is None or not slot.endswith("]]") or \
            re.search(rf"\b{re.escape(asker.split()[-1])}\b", slot):
        return slot
    if language == "de":
        asker = re.sub(r"^Herr\b", "Herrn", asker)  # "von" takes the dative
    label = form.format(name=asker, de="d'" if re.match(r"[aeiouyàâéèêîôûh]", asker, re.I) else "de ")
    return f"{slot[:-2]} ({label})]]"

"""How a call note reports what the customer asked: the lead before a yes/no question, a wh-question ("asked how
soon we can install", "fragt, wann ...", "demande quand ...", "pregunta cuándo ...") or a request ("asked for net
60"), and the clause that forbids the rep a commitment on it ("don't commit", "ne rien promettre", "nichts zusagen").
en/de/fr/es."""
from __future__ import annotations

import re

# The words opening a question asked about something other than yes or no, per language ("how soon", "wann").
_WH = {"en": r"(?:how|when|what|which|where|who|why)\b", "de": r"(?:wann|wie|was|welche\w*|wo\w*|wer|warum)\b",
       "fr": r"(?:quand|comment|combien|quel(?:le)?s?|où|pourquoi|qui)\b",
       "es": r"(?:cuándo|cómo|cuánt[oa]s?|qué|cuál(?:es)?|dónde|quién)\b"}


def with_wh(pattern: str) -> str:
    """A pattern with its WH_EN/WH_DE/WH_FR/WH_ES placeholders filled with that language's question words."""
    for lang, words in _WH.items():
        pattern = pattern.replace(f"WH_{lang.upper()}", words)
    return pattern


# A lead asking a wh-question ("asked ", "fragt, "): its question word is left to the question itself.
WH_LEAD = re.compile(r"(?:asked|know|fragte?|wissen|demandé|demande|savoir|preguntó|pregunta|saber),?\s+$", re.I)

# A clause right after the question in the same note sentence, after a dash, colon or arrow: the answer given.
CLAUSE_AFTER = re.compile(r"^\s*(?:[-–—:>→=]+)\s*[^\W_]", re.I)


# A clause forbidding the rep a commitment ("asked for 3% off - don't commit before talking to Petra"): what was asked
# has no answer the rep may give yet.
NO_COMMIT = (r"don'?t (?:commit|promise)|do not (?:commit|promise)|ne (?:rien|pas) (?:promettre|s'engager)|"
             r"nichts? (?:zusagen|versprechen)|no (?:prometer|comprometer)")


# A note sentence saying the customer asked something ("Asked if SSO is included", "Dana asked whether ...").
ASKED_LEAD = re.compile(with_wh(
    r"^(?:(?:he|she|they|client|customer|prospect|il|elle|ils|elles|le client|la cliente|er|sie|kunde|kundin|él|ella|"
    r"el cliente|la clienta)\s+)?(?:asked (?:if|whether|about)|wanted to know (?:if|whether)|"
    r"wants to know (?:if|whether)|fragte,? (?:auch,? )?ob|fragt,? (?:auch,? )?ob|fragt nach|a demandé (?:aussi )?si|"
    r"demande (?:aussi |également )?si|veut (?:aussi )?savoir si|preguntó (?:también )?si|pregunta (?:también )?si|"
    r"pregunta por|quiere saber si|"
    # "asked how soon we can install", "fragt, wann ...", "demande quand ...", "pregunta cuándo ...": the wh-word
    # stays, it opens the question
    r"(?:asked|wanted to know|wants to know)(?=\s+WH_EN)|(?:fragte|fragt|will wissen|möchte wissen),?(?=\s+WH_DE)|"
    r"(?:a demandé|demande|veut savoir)(?=\s+WH_FR)|(?:preguntó|pregunta|quiere saber)(?=\s+WH_ES))\s+"), re.I)


# A note reporting what the customer asked ("asked if", "fragt, ob", "demande si", "preguntó si").
ASKED = re.compile(with_wh(r"\b(?:asked (?:if|whether|about|re|for)|asks (?:if|whether|about|re|for)|"
                   r"wants to know (?:if|whether)?|(?:asked|asks|wants to know|wanted to know)(?=\s+WH_EN)|"
                   r"fragt(?:e)?,? ob|frage,? ob|(?:möchte|will) wissen,? (?:ob)?|fragt nach|"
                   r"(?:fragt(?:e)?|(?:möchte|will) wissen),?(?=\s+WH_DE)|"
                   r"demande si|a demandé si|veut savoir(?: si| s'| qui| quel(?:le)?s?| combien| comment)?|"
                   r"demande (?:qui|quel(?:le)?s?|combien)|asked(?=\s+(?:can|could|will|would|is|are|do|does)\b)|"
                   r"pregunta si|preguntó si|pregunta por|quiere saber(?: si)?|"
                   r"(?:demande|a demandé|veut savoir)(?=\s+WH_FR)|(?:pregunta|preguntó|quiere saber)(?=\s+WH_ES))\s+"),
                   re.I)

"""The customer's words said in the rep's voice where a simple swap would be wrong: the rep's own things the customer
asks for ("merci de nous transmettre votre RIB") said as the rep's ("Je vous envoie notre RIB", never "votre RIB"),
and the customer's "bei uns" turned to them after a preposition of the dative ("bei Ihnen", never "bei Sie"). en/de/fr/es."""
from __future__ import annotations

import re

# The customer's "your" for a thing of the rep's, and the rep's own word for it (English swaps both ways: the
# customer's "our W-9" is "your W-9"). German: only the formal, capitalised
# forms ("ihr" lower-case is "her"/"their"); Spanish "su"/"sus" take the gender of the noun after them (below).
_YOURS = {
    "en": {"your": "our", "our": "your"},
    "fr": {"votre": "notre", "vos": "nos", "ton": "mon", "ta": "ma", "tes": "mes"},
    "de": {"Ihr": "unser", "Ihre": "unsere", "Ihren": "unseren", "Ihrem": "unserem", "Ihrer": "unserer",
           "Ihres": "unseres", "dein": "mein", "deine": "meine", "deinen": "meinen", "deinem": "meinem",
           "deiner": "meiner", "deines": "meines"},
    "es": {"tu": "mi", "tus": "mis"},
}
# Spanish noun endings of the feminine ("la lista", "la factura", "la información", "la disponibilidad"); "-ma" words
# are mostly masculine ("el programa", "el sistema").
_ES_FEMININE = re.compile(r"(?:[^m]a|i[oó]n|dad|tad|tud|umbre|ez)$", re.I)
_ES_SU = re.compile(r"\b(?P<su>[Ss]us?)\s+(?P<noun>[^\W\d_]+)")


def _es_ours(m: re.Match[str]) -> str:
    """Spanish "su"/"sus" before a noun as the rep's "nuestro(s)"/"nuestra(s)", by the noun's ending."""
    noun, plural = m.group("noun"), m.group("su").lower() == "sus"
    stem = re.sub(r"(?:es|s)$", "", noun) if plural else noun
    feminine = bool(_ES_FEMININE.search(stem)) or (plural and noun.lower().endswith("as"))
    word = ("nuestras" if feminine else "nuestros") if plural else ("nuestra" if feminine else "nuestro")
    return f"{word.capitalize() if m.group('su')[0].isupper() else word} {noun}"


def ours(thing: str, language: str) -> str:
    """A thing the customer asked the rep to send, with the customer's "your" said as the rep's own ("votre RIB et
    vos conditions générales de vente" -> "notre RIB et nos conditions générales de vente")."""
    table = _YOURS.get(language)
    if not table:
        return thing
    flags = 0 if language == "de" else re.I
    rx = re.compile(r"\b(?:" + "|".join(sorted(table, key=len, reverse=True)) + r")\b", flags)

    def one(m: re.Match[str]) -> str:
        """One possessive, in the rep's voice, keeping a capital it had."""
        word = m.group(0)
        mine = table.get(word) or table.get(word.lower(), word)
        return mine[:1].upper() + mine[1:] if word[:1].isupper() and language != "de" else mine
    said = rx.sub(one, thing)
    return _ES_SU.sub(_es_ours, said) if language == "es" else said


# German prepositions of the dative: "uns" after them is "Ihnen" when turned to the customer.
_DE_DATIVE = re.compile(r"\b(?P<p>bei|mit|von|vom|zu|nach|aus|seit|gegenüber|außer|neben)\s+uns\b", re.I)


def dative_turned(text: str) -> str:
    """A German text with the customer's "uns" after a preposition of the dative turned already ("bei uns" -> "bei
    Ihnen"); the other "uns" are left for the plain swap ("für uns" -> "für Sie")."""
    return _DE_DATIVE.sub(lambda m: f"{m.group('p')} Ihnen", text)


# French verbs of "nous" a customer joins to a first one without saying "nous" again ("Nous sommes au Maroc ... et
# rentrons le 23 avril"), with their "vous" form; nouns in "-ons" ("et maisons") are never among them.
_FR_JOINED = {"rentrons": "rentrez", "revenons": "revenez", "partons": "partez", "sommes": "êtes", "avons": "avez",
              "serons": "serez", "aurons": "aurez", "allons": "allez", "venons": "venez", "arrivons": "arrivez",
              "passons": "passez", "restons": "restez", "prenons": "prenez", "voulons": "voulez", "pouvons": "pouvez",
              "devons": "devez", "attendons": "attendez", "confirmons": "confirmez", "préférons": "préférez",
              "souhaitons": "souhaitez", "comptons": "comptez", "commençons": "commencez", "reviendrons": "reviendrez",
              "rentrerons": "rentrerez", "partirons": "partirez", "ferons": "ferez", "faisons": "faites",
              "ouvrons": "ouvrez", "fermons": "fermez", "commandons": "commandez", "prendrons": "prendrez"}
_FR_AFTER = re.compile(r"(?P<lead>\b(?:et|puis|mais|ou)\s+(?:(?:ne|n['’]|en|y|le|la|les|l['’])\s*)?)(?P<v>"
                       + "|".join(_FR_JOINED) + r")\b", re.I)


def fr_joined_turned(text: str) -> str:
    """A French text already turned to "vous" with the verbs joined to its turned verb turned too ("vous êtes au
    Maroc ... et rentrons le 23 avril" -> "... et rentrez le 23 avril"); unchanged when no "vous" comes before."""
    def one(m: re.Match[str]) -> str:
        """One joined verb, turned when a turned "vous" comes before it and no "nous" between."""
        before = text[:m.start()]
        if not re.search(r"\bvous\b", before, re.I) or re.search(r"\bnous\b(?!.*\bvous\b)", before, re.I | re.S):
            return m.group(0)
        return m.group("lead") + _FR_JOINED[m.group("v").lower()]
    return _FR_AFTER.sub(one, text)

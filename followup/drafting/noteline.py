"""A call note's figure that no sentence of the rep's could be made from ("Zahlung in 2 Raten", "booking deadline 7
July"): said after a plain lead ("Also noted: booking deadline 7 July."), but only when the piece reads as a thing the
customer knows, named by a noun, and its figure; a bare figure, the note's shorthand, a person's wish or the rep's
concession or the customer's budget is never said."""
from __future__ import annotations

import re

from followup.drafting.cutting import DANGLING_END

# A phrase this long is said as it is; a longer one would read as the note pasted (and echo it).
MAX_NOTED_WORDS = 7


# Fewer words than this is no phrase of its own ("5 days"), it qualifies a neighbour the note did not keep.
MIN_NOTED_WORDS = 2


# The lead of a note's phrase said after the recap's first sentence, per drafting language.
NOTED_LEAD = {"en": "Also noted: {x}.", "de": "Außerdem notiert: {x}.", "fr": "Noté aussi : {x}.",
              "es": "También anoté: {x}."}


# Words that open no thing ("about 8 kg", "soit 68 700 €", "hasta 2 x 1 m", "jeudi 25", "you want 3"): function words,
# pronouns, qualifiers and day names, per drafting language; a phrase opening on one names nothing by itself.
NO_THING_OPENERS = {
    "en": set("""about approx approximately around roughly avg ca else or and but so still if then also only just plus
extra each per total both all some any another new you we they he she it i want wants need needs said told got have has
before after until from by in on at for with to up between over under within rated not never already our my their
monday tuesday wednesday thursday
friday saturday sunday mon tue tues wed thu thurs fri sat sun""".split()),
    "de": set("""sie er es wir ich ihr man ca circa etwa rund ab bis um oder und plus noch nur auch insgesamt je pro für
mit bei vor nach seit in im am an auf zu zur zum unser unsere unseren unserem mein meine montag dienstag mittwoch
donnerstag freitag samstag sonntag""".split()),
    "fr": set("""environ env soit pour avec entre après avant dès depuis jusqu jusque en le la les un une des du de et ou
plus vu veut veulent il elle ils elles on nous vous je sinon donc encore seulement aussi total chaque par sur sous vers
toujours déjà pas non notre nos mon ma mes
lundi mardi mercredi jeudi vendredi samedi dimanche""".split()),
    "es": set("""hasta desde a al de del en con para por entre y o más no sí unos unas aprox aproximadamente quieren
quiere él ella ellos ellas les le se también solo sólo total cada sobre ya siempre todavía aún nuestro nuestra
nuestros nuestras mi mis lunes martes miércoles jueves viernes sábado
domingo""".split()),
}


# A month or day name, capitalised in English ("week of 11 Jan") or shortened in German ("Begehung Di 26.01."): no name.
_CALENDAR = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
                       r"|Mo|Di|Mi|Do|Fr|Sa|So")


# A person's wish or choice ("Sanna wants payment ...", "Rocío eligió burdeos"), the rep's concession ("accordé 5 %"),
# the customer's budget ("Budget bis CHF 1,45 Mio") or the note's "the same" ("bodega igual 1.400 €"): the note's own.
_NOT_SAID = re.compile(r"\b(?:wants?|wanted|needs?|would|möchte\w*|wollen|will|brauch\w*|such\w*|veu\w+|souhait\w*|"
                       r"quier\w*|necesit\w*|elig\w*|chose|picked|choisi\w*|budget\w*|presupuesto|accord\w*|granted|"
                       r"gewährt|concedid\w*|igual|same|gleich|pareil|idem)\b", re.I)


# The note's record of an answer given or agreed ("ok", "told him", "gesagt", "je lui ai dit", "le dije"): not said.
_AGREED_TAIL = re.compile(r"(?:[,;]?\s*(?:-\s*)?\b(?:ok(?:ay)?|told (?:him|her|them)|said so|agreed|confirmed|gesagt|"
                          r"bestätigt|(?:je\s+)?(?:lui|leur)\s+ai\s+dit|dit|confirmé|(?:se\s+)?l[eo]s?\s+dije|"
                          r"confirmado)\b\.?)+\s*$", re.I)


# The note's shorthand: who said what ("->", "=>", "=", "~" for about), a question or a saying it reports ("Il dit
# ...", "asks ..."), a word the note cut short ("v. heavy", "vorh."), a count by times or dimensions ("2x ausgefallen",
# "5x/Woche", "2.2x", "2 x 1 m"), a slash or a plus sign ("30/60/10", "main stage + 2 breakouts"): no phrase to say.
_SHORTHAND = re.compile(r"->|=>|→|=|~|\?|/|\+|&|\b(?:asks?|asked|says?|said|fragt|sagt|demande|dit|pregunt\w*|dice)\b|"
                        r"^\W|(?<![^\W\d_])[^\W\d_]{1,5}\.(?!\w)|\dx|\d\s+x\b|\bx\s*\d", re.I)


def _names_a_thing(words: list[str], language: str) -> bool:
    """Whether the phrase opens on a noun of its own and names no one: a word of letters before its first figure
    (capitalised in German, where every noun is), none of the openers that name nothing, and no capitalised word
    after it that is neither a short form (RRP, ZDHC) nor a month or day (a person's or a brand's name)."""
    first = words[0]
    if not re.fullmatch(r"[^\W\d_][^\W\d_'’-]{2,}", first) or first.lower() in NO_THING_OPENERS.get(language, set()):
        return False
    if first.isupper() and re.match(r"\d", words[1]):
        return False  # "CAD 1.1-1.3M", "RRP 2.2x": a code or a currency before its figure names no thing
    if re.fullmatch(r"\d{1,2}\.?", words[-1]):
        return False  # "jeudi 25", "not 6", "Start frühestens 7." (cut before its month): a figure without its thing
    if language == "es" and first.endswith("ó"):
        return False  # "perdió 30% en la helada": what someone did, told of, not a thing
    if language == "de":
        return first[:1].isupper()
    return not any(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+", w.strip(".,;:()")) and not _CALENDAR.fullmatch(w.strip(".,;:()"))
                   for w in words[1:])


def noted_phrase(piece: str, language: str = "en") -> str:
    """The note's piece as a phrase the rep can say (its answer record dropped), or '' when it is no thing named by a
    noun and its figure: no figure, shorthand, someone's wish or the rep's concession, too long or too short, or a
    last word that needs what follows it."""
    if _SHORTHAND.search(piece.strip(" ,;")) or _NOT_SAID.search(piece):
        return ""
    text = _AGREED_TAIL.sub("", piece.strip(" .,;")).strip(" .,;")
    words = text.split()
    if not re.search(r"\d", text) or ":" in text:
        return ""
    if not MIN_NOTED_WORDS <= len(words) <= MAX_NOTED_WORDS or words[-1].lower() in DANGLING_END:
        return ""
    return text if _names_a_thing(words, language) else ""


def noted_sentence(phrase: str, language: str) -> str:
    """A phrase noted from the call as one of the rep's sentences ("Also noted: 5 weeks for the install.")."""
    return NOTED_LEAD.get(language, NOTED_LEAD["en"]).format(x=phrase)


def noted_words(language: str) -> str:
    """The lead's words, for the grounding check."""
    return NOTED_LEAD.get(language, NOTED_LEAD["en"]).replace("{x}", "")


__all__ = ["MAX_NOTED_WORDS", "MIN_NOTED_WORDS", "NOTED_LEAD", "NO_THING_OPENERS", "noted_phrase", "noted_sentence",
           "noted_words"]

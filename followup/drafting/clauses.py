"""A customer's sentence said back is whole, or cut where a clause ends, or left out: never cut mid-clause.

A restatement is cut to a word limit; where the cut falls inside a clause ("your board approves purchases on
January 12 so you'd need it", "Sie möchten beides machen, aber", "I'll send the final offer with the new quantities
so you can"), a rep has to mend the sentence before sending. Here the said text is lined up with the customer's
sentence: when the sentence goes on after the said text's last word without a clause boundary there, the text is
taken back to its own last clause boundary ("your board approves purchases on January 12"), or dropped.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from followup.drafting.handover import contact_cut

_WORD = re.compile(r"[^\W_]+(?:['’.,][^\W_]+)*")
# Where the customer's sentence may go on after a whole clause: punctuation or a subordinating or adversative word.
_BOUNDARY = re.compile(r"^\s*(?:[,;:.!?)(–—]|-\s|\b(?:but|because|since|as|although|though|while|whereas|which|who|"
                       r"aber|weil|denn|da|sondern|obwohl|während|damit|mais|car|parce|puisque|bien|alors|pero|porque|"
                       r"aunque|ya|pues|mientras|sino)\b|"
                       # "and" opening a clause with its own subject ("..., and the afterburner is making problems")
                       r"(?:,\s*)?\b(?:and|und|et|y)\s+(?:the|our|we|I|it|they|he|she|der|die|das|wir|ich|es|unser\w*|"
                       r"le|la|les|nous|je|il|elle|on|notre|nos|el|los|las|nosotros|nuestr\w*)\b)", re.I)
# Where a said text may be taken back to: the start of a clause of its own.
_CLAUSE_START = re.compile(r",\s+|\s+(?=(?:so|but|because|and|since|aber|und|weil|denn|sowie|mais|et|car|donc|pero|y|"
                           r"porque|así que)\s)", re.I)
# Words a clause cannot end on: conjunctions, prepositions, articles, possessives.
_DANGLING = set("""the a in of to for and with on at by or if is are my your our their but so as than
aber und oder sowie sondern denn weil dass für von zum zur im am bei der die das den dem des ein eine einen
ihre ihren ihrem
mais et ou car donc que qu avec pour de du des le la les un à au aux en sur par votre vos ton ta tes
pero y o porque que con para por de del el la los las un al su sus tu tus a en""".split())
# After a whole clause the sentence may go on with an adverbial ("getting married on 19 June | at our farm"),
# unless the said text ends on a word that needs what follows ("you'd need it | before that", "on 2 | of the 5").
_ADVERBIAL = re.compile(r"^\s*(?:at|in|on|from|during|until|by|before|after|near|for|next|this|bei|vor|nach|am|im|"
                        r"ab|bis|à|avant|après|pendant|dès|d'ici|antes|después|durante|desde|hasta|para|en)\b", re.I)
_NEEDS_MORE = re.compile(r"\b(?:it|that|this|them|es|das|ihn|le|la|les|lo|eso|esto)$", re.I)
MIN_WORDS = 3
# An adverbial that ends the sentence is this short ("at our farm near Stow"); a longer rest holds a clause of its
# own ("en 2029 on devrait voir plus gros tout de suite").
MAX_ADVERBIAL_WORDS = 6
# A list's lead-in that ends on its verb ("vous voulez", "you need") lost its object: the list.
_WANTS = re.compile(r"\b(?:want|need|require|would like|möchten|brauchen|benötigen|wünschen|voulez|souhaitez|"
                    r"avez besoin|demandez|quieren|necesitan|quiere|necesita|piden|desean)$", re.I)
# The rest of a customer's clause said with the text stops at its reason ("because we use also the corner").
_REASON_REST = re.compile(r"\s*(?:[,;(]\s*|\s+)(?:because|since|as|weil|da|denn|damit|vorher|car|parce que|puisque|"
                          r"porque|ya que|pues)\b.*$", re.I | re.S)
# The customer's own words in that rest, turned to them; the plural verb of "wir"/"nous" stays right for Sie.
_TURN = {"en": {"we": "you", "our": "your", "us": "you", "we're": "you're", "we'll": "you'll", "we've": "you've"},
         "de": {"wir": "Sie", "unser": "Ihr", "unsere": "Ihre", "unseren": "Ihren", "unserem": "Ihrem", "uns": "Sie"},
         "fr": {"notre": "votre", "nos": "vos"}, "es": {"nuestro": "su", "nuestra": "su", "nuestros": "sus",
                                                        "nuestras": "sus"}}
# Words still in the customer's voice after that: the rest is not said.
_STILL_FIRST = {"en": re.compile(r"\b(?:I|me|my|I'm|I'll|you|your)\b"),
                "de": re.compile(r"\b(?:ich|mich|mir|mein\w*|Sie|Ihnen|Ihr\w*)\b"),
                "fr": re.compile(r"\b(?:nous|je|j'|me|moi|mon|ma|mes|vous)\b", re.I),
                "es": re.compile(r"\b(?:nosotros|yo|nos|me|mi|mis|usted)\b|\w+(?:amos|emos|imos)\b", re.I)}
# The rest of the clause said with it is at most this long ("but 10 cases, not 8"; "soit 15 modules").
MAX_REST_WORDS = 8
# A said text with the rest of its clause is at most this long.
MAX_EXTENDED_WORDS = 24
# A said text that lines up with the customer's sentence this many words in or earlier is that sentence said back.
MAX_LEAD_WORDS = 2


def _ends_whole(words: list[str]) -> list[str]:
    """The words without a conjunction, preposition or article left at the end."""
    while words and words[-1].lower().strip(",;:") in _DANGLING:
        words = words[:-1]
    if words:
        words = words[:-1] + [words[-1].rstrip(",;:")]
    return words


def _extended(text: str, rest: str, language: str) -> str:
    """The said text with the rest of the customer's clause when that rest holds a figure the text lacks ("you take
    the VL-90" + ", but 10 cases, not 8"), up to its reason ("because we use also the corner"); "" when the rest
    cannot be said from the rep's side or makes the text too long."""
    ext = _REASON_REST.sub("", re.sub(r"\([^()]*\)", "", rest)).rstrip(" ,;:.")
    if not re.search(r"\d", ext) or not (set(re.findall(r"\d+", ext)) - set(re.findall(r"\d+", text))):
        return ""
    table = _TURN.get(language, {})
    untouched = _WORD.sub(lambda m: "" if m.group(0).lower() in table else m.group(0), ext)
    if _STILL_FIRST.get(language, _STILL_FIRST["en"]).search(untouched) or len(ext.split()) > MAX_REST_WORDS or \
            len((text + ext).split()) > MAX_EXTENDED_WORDS:
        return ""
    ext = _WORD.sub(lambda m: _case(m.group(0), table.get(m.group(0).lower(), m.group(0))), ext)
    return text + (ext if ext[:1] in ",;" else " " + ext.strip())


def _case(like: str, word: str) -> str:
    """The word with the first letter's case of another."""
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def whole_clause(text: str, quote: str, language: str = "en", extend: bool = True) -> str:
    """The said text when it is whole or ends where a clause of the customer's sentence ends (with the rest of that
    clause when only the rest holds its figure); otherwise taken back to its own last clause boundary; "" when no
    whole clause of at least MIN_WORDS words is left."""
    if not text or not quote:
        return text
    quote = contact_cut(quote)  # a hand-over's "coordinalo con él: 341 ...": never a clause to say back
    text = re.sub(r"^(?:and|und|et|y|but|aber|mais|pero)\s+", "", text.strip(), flags=re.I)  # "et le premier ..."
    text = " ".join(_ends_whole(text.rstrip(" .;:,").split()))
    if quote.rstrip().endswith(":") and _WANTS.search(text):
        return ""  # "Pour les 4 groupements, nous voulons :" - what they want is the list after it, not this line
    said = [m for m in _WORD.finditer(text)]
    source = [m for m in _WORD.finditer(quote)]
    if not said:
        return ""
    if len(said) < MIN_WORDS:
        return text  # a figure taken out of the sentence ("70 cartas", "seulement 2 sites"), not the sentence
    matcher = SequenceMatcher(a=[m.group(0).lower() for m in source], b=[m.group(0).lower() for m in said],
                              autojunk=False)
    last = [b for b in matcher.get_matching_blocks() if b.size and b.b + b.size == len(said)]
    first = next((b for b in matcher.get_matching_blocks() if b.size), None)
    if not last or first is None or first.a > MAX_LEAD_WORDS:
        return text  # not the customer's sentence said back from its start, or its end is the restating's own words
    end = source[last[0].a + last[0].size - 1].end()
    sign = re.match(r"\s?[^\w\s.,;:!?()]+", quote[end:])  # "2 655 €": a sign the said text already ends on is no rest
    end += sign.end() if sign and text.rstrip().endswith(sign.group(0).strip()) else 0
    rest = re.sub(r"\([^()]*\)", "", quote[end:])
    longer = _extended(text, quote[end:], language) if extend and re.search(r"\d", rest) else ""
    if longer:
        return longer
    if not re.search(r"[^\W\d_]{2,}|\d", rest) or _BOUNDARY.match(rest) or (
            _ADVERBIAL.match(rest) and not _NEEDS_MORE.search(text) and len(rest.split()) <= MAX_ADVERBIAL_WORDS):
        return text
    # cut inside a clause: back to the said text's own last clause start
    starts = [m.start() for m in _CLAUSE_START.finditer(text)]
    for start in reversed(starts):
        head = _ends_whole(text[:start].rstrip(" ,;").split())
        if len(head) >= MIN_WORDS:
            return " ".join(head)
    return ""

"""A call note's line that says a thing is still owed to the customer, as the rep's promise to send it: "Spec sheet
still not sent!", "Must send TDS + SDS", "Revised quote + hire agreement to go out Tue" -> "I'll send you the spec
sheet." (in the four framing languages; the saying itself is followup.drafting.promised's)."""
from __future__ import annotations

import re

from followup.drafting.promised import WHEN, note_promise

# The thing, then words saying it has not gone yet: "Spec sheet still not sent!", "Datenblatt noch nicht geschickt",
# "fiche technique toujours pas envoyée", "ficha técnica todavía sin enviar". A note that says so reminds the rep
# of a promise still open, whatever an older line looked like.
_NOT_SENT = {
    "en": re.compile(r"^(?P<x>[^.;:!?]{2,80}?)\s+(?:(?:is|are|was|were|has|have)\s+)?(?:still\s+)?"
                     r"(?:not|n't|never)\s+(?:yet\s+)?(?:been\s+)?(?:sent|gone out)(?:\s+(?:yet|out))?$", re.I),
    "de": re.compile(r"^(?P<x>[^.;:!?]{2,80}?)\s+(?:(?:ist|sind)\s+)?(?:immer\s+)?noch\s+nicht\s+"
                     r"(?:(?:ver|ge)schickt|versendet|gesendet|gemailt|raus)$", re.I),
    "fr": re.compile(r"^(?P<x>[^.;:!?]{2,80}?)\s+(?:(?:n'est|ne sont|n'a|n'ont)\s+)?(?:toujours\s+)?(?:pas\s+)?"
                     r"(?:encore\s+)?(?:pas\s+)?(?:été\s+)?(?:envoyée?s?|parti(?:e|s|es)?)$", re.I),
    "es": re.compile(r"^(?P<x>[^.;:!?]{2,80}?)\s+(?:(?:aún|todavía|sigue|siguen)\s+)(?:(?:no\s+(?:se\s+)?(?:ha|han)\s+)?"
                     r"(?:enviad[oa]s?|mandad[oa]s?)|no\s+enviad[oa]s?|sin\s+(?:enviar|mandar))$", re.I),
}
# In French a bare "envoyé" after the thing says it went: a "pas" must be there.
_FR_NEGATED = re.compile(r"\bpas\b", re.I)

# The rep's duty to send: "Must send TDS + SDS", "Muss Datenblatt noch schicken", "Dois envoyer la fiche",
# "Tengo que enviarle la ficha"; what follows the verb is the thing.
_MUST = {
    "en": re.compile(r"^(?:I\s+|we\s+)?(?:must|have to|still (?:have|need) to)\s+send\s+(?:(?:him|her|them)\s+)?"
                     r"(?P<x>.+)$", re.I),
    "de": re.compile(r"^(?i:(?:ich\s+|wir\s+)?(?:muss|müssen)\s+(?:(?:ihm|ihr|ihnen)\s+)?(?:noch\s+)?)"
                     r"(?P<x>[A-ZÄÖÜ].+?)\s+(?i:(?:noch\s+)?(?:schicken|senden|mailen))$"),
    "fr": re.compile(r"^(?:je\s+)?(?:dois|il faut)\s+(?:(?:lui|leur)\s+)?(?:encore\s+)?(?:envoyer|transmettre)\s+"
                     r"(?P<x>.+)$", re.I),
    "es": re.compile(r"^(?:tengo que|hay que|debo)\s+(?:enviar|mandar)(?:le|les)?\s+(?P<x>.+)$", re.I),
}
# A thing going out on a day: "Revised quote + hire agreement to go out Tue", "Revised agreement goes out Thu
# morning" (English notes say it so; a day must follow the present tense, which alone may tell what went).
_GO_OUT = re.compile(r"^(?P<x>[^.;:!?]{2,80}?)\s+(?:to\s+go|(?P<now>goes|go|going))\s+out(?P<day>\s+\S.*)?$", re.I)
# A person the thing goes to, named after it ("Angebot an Gerdes", "quote to Mr Ito").
_RECIPIENT = re.compile(r"\s(?:to|an|à|a|para)\s+(?:(?:Mr|Mrs|Ms|Dr|Herrn?|Frau|M|Mme|Sr|Sra)\.?\s+)?[A-ZÄÖÜÀ-Ý]")
# The thing put first, then the rep's sending of it with a pronoun standing for it: "Contrato para firmar se lo mando
# el miércoles", "Le devis révisé, je le lui envoie jeudi". Read whole, or the pronoun's thing is lost and the promise
# says only its day ("Le envío el miércoles").
_FRONTED = {
    "es": re.compile(r"^(?P<x>[^.;:!?¿¡]{2,80}?),?\s+(?:se|te|le|les)\s+(?:lo|la|los|las)\s+"
                     r"(?:mando|envío|enviaré|mandaré|paso|pasaré)(?P<day>\s+\S.*)?$", re.I),
    "fr": re.compile(r"^(?P<x>[^.;:!?]{2,80}?),?\s+je\s+(?:le|la|les|l')\s*(?:lui|leur|vous)\s+"
                     r"(?:envoie|enverrai|transmets|transmettrai)(?P<day>\s+\S.*)?$", re.I),
}
# What cannot open the thing: a clause ("Le dije que se lo mando"), a subject or a link word, so it is no object put
# first.
_NOT_A_THING = re.compile(r"\b(?:que|dije|dijo|quedé|si|cuando|qu'|dit|promis|quand|lorsque|il|elle|ils|elles|"
                          r"él|ella|ellos|ellas|ya|también|aussi|déjà)\b", re.I)
# A tail naming whom it goes to ("a la gerente", "al contador", "à son associé"): sent on, not to the customer.
_TO_SOMEONE = re.compile(r"\s*(?:a\s+(?:la|los|las|su|sus)|al|à\s+(?:son|sa|ses|leur|la|l')|au|aux)\s", re.I)
# How note_promise reads a thing still to send, per language (promised.py's _TO_SEND and _DE_VERB_LAST).
_AS_TO_SEND = {"en": "{x} to send{day}", "de": "{x} schicken", "fr": "{x} à envoyer{day}", "es": "{x} por enviar{day}"}


def owed_send(quote: str, language: str, dated: bool = True) -> str:
    """The rep's promise a note line says is still owed ("I'll send you the spec sheet."), or ""; without its day
    when dated is False."""
    form = _AS_TO_SEND.get(language)
    if not form:
        return ""
    line = quote.strip().rstrip(" .;!")
    thing, day = "", ""
    m = _NOT_SENT[language].match(line)
    if m and (language != "fr" or _FR_NEGATED.search(line[m.end("x"):])):
        thing = m.group("x")
    elif m := _MUST[language].match(line):
        thing = m.group("x")
    elif language == "en" and (m := _GO_OUT.match(line)) and (
            WHEN.match(m.group("day") or "") if m.group("now") else True):  # "goes out for refurb": no sending
        thing, day = m.group("x"), m.group("day") or ""
    if not thing or (language == "de" and not thing[:1].isupper()):
        return ""
    if language == "en" and re.match(r"(?:it|this|that|they|he|she|we|i)\b", thing, re.I):
        return ""  # "It still hasn't gone out": no thing named
    if _RECIPIENT.search(thing):
        return ""  # "Angebot an Gerdes noch nicht raus": who it goes to is the note's; a promise to them says it
    if language != "de" and not thing.split()[0].isupper():
        thing = thing[:1].lower() + thing[1:]  # "Spec sheet" at the head of a note line is "the spec sheet"
    return note_promise(form.format(x=thing.strip(), day=day), language, dated=dated)


def fronted_send(quote: str, language: str, dated: bool = True) -> str:
    """A note's thing put before the rep's sending of it ("Contrato para firmar se lo mando el miércoles") as the rep's
    promise with the thing named ("Le envío el contrato para firmar el miércoles."), or ""."""
    pattern, form = _FRONTED.get(language), _AS_TO_SEND.get(language)
    m = pattern.match(quote.strip().rstrip(" .;!")) if pattern else None
    if not m or _NOT_A_THING.search(m.group("x")) or _RECIPIENT.search(m.group("x")):
        return ""
    if _RECIPIENT.match(m.group("day") or "") or _TO_SOMEONE.match(m.group("day") or ""):
        return ""  # "se la paso a Marta el lunes": sent on to someone else, no promise to the customer
    thing = m.group("x").strip()
    if not thing.split()[0].isupper():
        thing = thing[:1].lower() + thing[1:]  # "Contrato" at the head of a note line is "el contrato"
    return note_promise(form.format(x=thing, day=m.group("day") or ""), language, dated=dated)

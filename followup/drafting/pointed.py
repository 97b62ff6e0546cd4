"""What of a sentence is its point before it is read: an acknowledgement, a label, a count of questions or a note's
aside ("checked with Sophie", "tbc by her") around it is cut off, in en/de/fr/es."""
from __future__ import annotations

import re

# A note clause's tail naming who the rep checked with: internal, cut off before the clause is read.
_ASIDE_TAIL = re.compile(r"(?:,|\s[-–—])\s*(?:(?:checked|confirmed|cleared|verified) w(?:ith|/)|per|vérifié avec|"
                         r"validé avec|vu avec|confirmé avec|geprüft mit|abgestimmt mit|laut|consultado con|"
                         r"verificado con|confirmado con|según)\s+[^,;]{1,40}[.!]?$", re.I)


# A day proposed and left for the customer to confirm ("proposed Wed 12 May 10am, tbc by her", "à confirmer par lui"):
# the proposal stands, the rep is not unsure of it.
_THEIRS_TO_CONFIRM = re.compile(r"\b(?:tbc|to be confirmed|to confirm|à confirmer|por confirmar|a confirmar|zu bestätigen)"
                                r"\s+(?:by|par|por|von)\s+(?:him|her|them|the client|the customer|lui|elle|eux|le client|"
                                r"la cliente|él|ella|ellos|el cliente|ihm|ihr|ihnen|dem kunden)\b", re.I)


# A one-word acknowledgement opening the customer's sentence ("Perfect, please send ...", "Parfait, envoyez-moi ...").
_ACK_LEAD = re.compile(r"^(?:perfect|great|excellent|super|ok(?:ay)?|sounds good|lovely|wonderful|fine|alright|"
                       r"parfait|très bien|d'accord|prima|perfekt|gut|alles klar|perfecto|genial|estupendo|vale|"
                       r"de acuerdo)\s*[,!.–-]+\s+(?=[a-zA-ZÀ-ÿ¿])", re.I)


# A lead-in that announces a point without being one ("One thing -", "Noch eine Frage:", "Autre chose :").
_LEAD_IN = (r"one (?:more |last )?thing|another thing|(?:a |one )?quick question|one (?:more |last )?question|"
            r"by the way|btw|noch (?:eine )?(?:sache|frage|etwas)|eine (?:sache|frage) noch|übrigens|autre chose|"
            r"une (?:dernière )?chose|une (?:dernière )?question|au fait|(?:una|otra) cosa(?: más)?|"
            r"(?:una|otra) pregunta(?: más)?|por cierto")


# "Important, we need them by December 11", "Zur Bauzeit: wir haben ...": a label or lead-in before the point.
_LABEL = re.compile(r"^(?:important|very important|note|please note|nb|ps|p\.s\.|wichtig|achtung|attention|"
                    r"important\s?!|importante|ojo|" + _LEAD_IN + r")\s*[,:!–—-]\s*(?=\S)|"
                    # a bare connector as a label ("Und: wir haben ...", "Also: ...", "Et : ...", "Y: ..."): it only
                    # joins the point to the one before, and joined again in a draft it reads "... und – Sie haben"
                    # ("Plus:" is left: it is as often a plan's name, "Plus: EUR 2,100 per hotel")
                    r"^(?:and|also|und|außerdem|ausserdem|zudem|et|aussi|de plus|y|además|también)\s?:\s+(?=\S)|"
                    r"^(?:zur|zum|regarding|concernant|"
                    r"quant (?:à|aux?)|respecto a(?:l)?)\s+[^\W\d_][^:,.?]{1,30}:\s+(?=\S)", re.I)


# "Deux questions : pouvez-vous ...", "Two questions: can you ...": the count before the questions.
_COUNTED = re.compile(r"^(?:(?:two|three|a few|some|a couple of|zwei|drei|ein paar|deux|trois|quelques|dos|tres|"
                      r"algunas)\s+)?(?:quick\s+|kurze\s+|petites\s+)?(?:questions?|fragen?|preguntas?)\s*:\s*", re.I)


def without_ack(quote: str) -> str:
    """The customer's sentence without a one-word acknowledgement before it ("Perfect, please send ...")."""
    return _ACK_LEAD.sub("", quote)


def without_label(quote: str) -> str:
    """A sentence without a label or lead-in before its point ("Important, ...", "Zur Bauzeit: ...")."""
    return _LABEL.sub("", quote)


def without_count(quote: str) -> str:
    """Questions without the count announcing them ("Two questions: ...")."""
    return _COUNTED.sub("", quote)


def without_aside(quote: str) -> str:
    """A note clause without who the rep checked with nor the customer's "tbc by her" at its end."""
    quote = _ASIDE_TAIL.sub("", quote)
    return re.sub(r"[,;]?\s*" + _THEIRS_TO_CONFIRM.pattern + r"\s*(?=[.!]?$)", "", quote, flags=re.I)


def without_theirs_to_confirm(text: str) -> str:
    """A note sentence without "tbc by her": left to the customer, the rep is not unsure of it."""
    return _THEIRS_TO_CONFIRM.sub("", text)

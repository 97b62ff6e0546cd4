"""The rep's own emailed sentence said again in the follow-up: its figures kept with what they price, the email's
framing lead, the attachment it handed over, what it replaced and a passed day left out."""
from __future__ import annotations

import re

from followup.drafting.cutting import shorten, without_refusal
from followup.drafting.items import Item, State
from followup.drafting.offerlead import accepted_lead
from followup.drafting.past import without_past_condition
from followup.drafting.pricefor import handed_over
from followup.drafting.recap import full_sentence
from followup.drafting.restatedays import restate_dates
from followup.drafting.staledays import stale_words, without_source_day
from followup.drafting.words import trim_end
from followup.text.dates import alternation, month_names

# Words of a rep's line said again in the recap; a longer line is cut at a clause boundary.
REP_LINE_WORDS = 24


# A rep's line is said whole up to this many words when the draft has room: cut at REP_LINE_WORDS, its tail (the
# loaner "within 24 hours included", the "48-hour breakdown response") is the part of the offer that is lost.
REP_LINE_WHOLE_WORDS = 36


# A sentence that hands over an attachment: said once, never again in a follow-up.
_ATTACHED = re.compile(
    r"^(?:(?:as promised|wie versprochen|comme promis|como prometí|como le comenté(?: por teléfono)?|"
    r"following our (?:call|meeting)|suite à notre [\w-]+|como hablamos)[,\s]*)?"
    r"(?:here(?:'s| is| are)|attached (?:is|are)|please find attached|i(?:'ve| have) attached|enclosed (?:is|are)|"
    r"anbei|im anhang|ci-joint|veuillez trouver ci-joint|je vous joins|voici|te adjunto|le adjunto|adjunto|"
    r"te comparto|le comparto|aquí tiene|aquí está|(?:te|le|les) (?:paso|mando|envío)|please find below|"
    r"below (?:is|are)|je vous transmets|hier (?:ist|sind)|"  # and at its end, with no figure: "... liegen bei."
    r"\D*\b(?:(?:liegen|liegt) bei|(?:is|are) (?:attached|enclosed)|(?:est|sont) joint[es]*|van? adjunt[oa]s?)(?=\W*$))\b", re.I)


# What a rep's sentence says its offer replaces, up to the next comma: no part of the offer in force, and cutting it
# leaves room for the total that follows ("..., so the new total is $46,580").
_INSTEAD_PHRASE = re.compile(r"\s+(?:instead of|rather than|in place of|à la place d[eu]s?|au lieu d[eu]s?|plutôt que|"
                             r"en lugar de(?:l)?|en vez de(?:l)?|statt|anstatt|anstelle)\s+[^,;.:\d$€£]*(?=[,;])", re.I)


# Words of the rep's own framing before a colon ("As agreed on the phone:", "Wie telefonisch besprochen:", "Suite à
# notre appel :", "Como hablamos:"): how that email opened, not what is in force.
_FRAME_WORD = re.compile(r"\b(?:phone|call|chat|conversation|meeting|visit|discussed|agreed|spoke|talked|promised|"
                         r"mentioned|telefon\w*|besprochen|vereinbart|gespräch\w*|versprochen|telefonat\w*|"
                         r"appel|téléphone|convenu|discuté|entretien|visite|conversation|hablamos|acordamos|"
                         r"conversamos|llamada|teléfono|quedamos|visita|reunión|conversación|hablado|acordado|"
                         # what the old email handed over ("Revised offer attached:"): sent then, not now
                         r"attached|enclosed|anbei|beigefügt|ci-joint|adjunto)\b", re.I)
# A lead of a few words (no figure) closed by a colon.
_LEAD_COLON = re.compile(r"^(?P<lead>[^:\d.!?()]{2,48}?)\s*:\s+(?=\S)")
# Words a framing lead may hold at most.
FRAME_LEAD_WORDS = 6


def without_frame(text: str) -> str:
    """A rep's line without the framing lead its email opened with ("As agreed on the phone: 400 acres ..." ->
    "400 acres ..."): en/de/fr/es."""
    m = _LEAD_COLON.match(text)
    if m and len(m.group("lead").split()) <= FRAME_LEAD_WORDS and _FRAME_WORD.search(m.group("lead")):
        rest = text[m.end():]
        return rest[:1].upper() + rest[1:]
    return text


# A month named in a parenthesis keeps it in the rep's line, like a figure: "two inspections a year (March and
# September)" says when they are.
# ("may" is left out: the English verb.)
_MONTHS = rf"(?i:\b(?:{alternation(month_names('en', 'de', 'fr', 'es', spellings=False), without=('may',))})\b)"


def rep_line(item: Item, state: State, limit: int = REP_LINE_WORDS, asides: bool = False) -> str:
    """One of the rep's own emailed sentences as a sentence of the follow-up: its figures kept with what they price,
    a passed day dropped, a parenthesis kept when it holds a figure or a month, or always with asides (a feature)."""
    text = item.quote.strip() if asides else re.sub(r"\s*\((?![^()]*(?:\d|" + _MONTHS + r"))[^()]{0,120}\)", "",
                                                    item.quote.strip())
    vocative = re.match(r"^([^\W\d_][\w'-]*),\s+(?=[^\W\d_])", text)
    if vocative and vocative.group(1) in f"{state.greeting} {state.name}".replace(",", " ").split():
        text = text[vocative.end():]  # "Facu, te paso el presupuesto: ...": the old email spoke to them by name
    led = re.sub(r"^(?:so|and|also|ok|okay|btw|und|also|et|alors|y|pues|bonne nouvelle|good news|great news|"
                 r"as discussed|as promised|as mentioned(?: on the (?:phone|call)| on our call)?|wie besprochen|"
                 r"wie versprochen|comme convenu|comme nous en avons parlé|comme promis|"
                 r"como hablamos|como acordamos|como prometí|"
                 # "Pour rappel : 2 machines ...": a reminder's label is the old email's, not this one's
                 r"pour rappel|as a reminder|just a reminder|zur erinnerung|como recordatorio)\b[,:\s]*", "", text,
                 flags=re.I)
    if led != text and state.language == "de":
        # "Wie besprochen biete ich Ihnen ..." without its lead: the subject goes back before the verb
        led = re.sub(r"^(\w+)\s+(ich|wir)\b", lambda m: f"{m.group(2).capitalize()} {m.group(1).lower()}", led,
                     flags=re.I)
    text = accepted_lead(without_refusal(without_frame(led)), state)  # "We propose" an offer now accepted
    sent = _ATTACHED.match(text)
    if sent:
        # "Here is our proposal: $4,200 a year": the figure is still in force, the attachment was sent long ago
        rest = text[sent.end():]
        text = handed_over(rest, state.language)  # "anbei das Angebot für die SM-4: 22.600 €": what it is for
    text = re.split(r"\s+[–—]\s+|\s+-\s+(?=[^\d])|,?\s*¿", text)[0]
    if text.rstrip().endswith("?"):
        head = re.split(r",\s+(?=[^,]*\?$)", text)
        text = head[0] if len(head) > 1 else ""  # "..., does that work for you?": the offer without the question
    text = restate_dates(text, item.at, state.tz, state.today, state.language) if state.tz else text
    text = without_past_condition(text, item.at.date(), state.today)
    text = stale_words(text, item.at.date(), state.today)  # "this week" said last week; a day declined
    text = without_source_day(text, item.quote, item.at.date(), state.today)  # "this afternoon", weeks on
    text = _INSTEAD_PHRASE.sub("", text)  # "$4,200 each instead of the channel letters, so the new total ..."
    text = shorten(trim_end(text, " .;:,!?"), limit)  # "Aufbau ab 22.9.": a date keeps its own dot
    text = re.sub(r",?\s*\S+-$", "", text)  # "inkl. Kranführer, An-": a compound cut in two is dropped
    if text.count("(") > text.count(")"):
        text = text[:text.rfind("(")].rstrip(" ,;:")  # a parenthesis the cut left open is dropped whole
    if len(re.findall(r"[^\W\d_]{2,}", text)) < 2:
        return ""
    return full_sentence(text)


def whole_rep_lines(mine: list[Item], state: State) -> dict[str, str]:
    """Each of the rep's lines cut at REP_LINE_WORDS, with the same line said whole up to REP_LINE_WHOLE_WORDS."""
    pairs = ((rep_line(t, state), rep_line(t, state, REP_LINE_WHOLE_WORDS)) for t in mine)
    return {cut: whole for cut, whole in pairs if cut and whole and whole != cut}


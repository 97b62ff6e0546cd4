"""The rep's offer in words, not figures: what it includes and how it is done ("Reports can be in English and Dutch,
no extra charge", "Lead time remains three weeks from order", "Incluimos una pasarela de goma"). Part of the offer in
force, said after its figures; a sentence of the rep's email that is no point of its own is read here. en/de/fr/es."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.items import Item, State
from followup.drafting.past import all_past
from followup.drafting.recap import named
from followup.drafting.repline import rep_line
from followup.drafting.sentences import Source, sentence_spans

# What the rep's offer said in words, beyond its figures: at most this many sentences in a draft.
MAX_FEATURES = 2


# A feature sentence is said up to this many words (cut at a clause boundary beyond).
FEATURE_WORDS = 20


# Fewer words than this ("Sounds good.") say no part of an offer.
MIN_FEATURE_WORDS = 4


# The rep's courtesy, chase or invitation, not the offer: thanks, hopes, "let me know", "happy to", "any questions".
_COURTESY = re.compile(
    r"^(?:thanks?|thank you|many thanks|happy to|glad|great|good news|i hope|hope|let me know|looking forward|"
    r"feel free|please|any questions|if you|sorry|unfortunately|nice|pleasure|just|i wanted|i'm writing|i am writing|"
    r"good to|wonderful|lovely|regarding|all the best|yours|best|kind regards|regards|cheers|"
    r"danke|vielen dank|besten dank|gerne|gern|freue|ich hoffe|melden sie|bei fragen|falls|wenn sie|leider|schön|"
    r"grüß gott|grüezi|(?:freundliche|viele|beste|liebe|herzliche) grü\w+|mit freundlichen|"
    r"merci|ravi|n'hésitez|j'espère|au plaisir|si vous|désolé|malheureusement|bien cordialement|cordialement|"
    r"meilleures salutations|bien à vous|"
    r"gracias|quedo|con gusto|espero|encantad|no dude|cualquier|si tiene|si necesita|lamentablemente|un gusto|"
    r"saludos|un saludo|atentamente|"
    # a wish for the customer's time off belongs to that email's day ("Have a good half-term.", "Schöne Ferien!")
    r"have a|enjoy|schöne[ns]?|erholsame[ns]?|bonne?s? (?:week-end|vacances|fin|journée|soirée|été|congés?)|"
    r"buen(?:as|os)? (?:fin|viaje|verano|vacaciones|descanso)|felices|feliz|que (?:tengas?|disfrut\w+|pases?))\b",
    re.I)


# A day said relative to the email ("tomorrow", "demain", "la semana que viene"): stale once said again later.
_RELATIVE = re.compile(r"\b(?:today|tomorrow|tonight|this week|next week|heute|morgen|nächste woche|diese woche|"
                       r"aujourd'hui|demain|cette semaine|la semaine prochaine|hoy|mañana|esta semana|"
                       r"la semana que viene|la próxima semana)\b|"
                       # a weekday named as the day ("el jueves", "on Friday"): the appointment rules say those
                       r"\b(?:on|this|next|el|este|le|ce|am|diesen|nächsten)\s+(?:monday|tuesday|wednesday|thursday|"
                       r"friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|"
                       r"mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
                       r"sonntag)\b", re.I)


# What points at an earlier mail or the customer's words ("as you asked", "your question", "see below"): no offer.
_POINTING = re.compile(r"\b(?:you asked|you mentioned|your question|your email|your message|see below|see above|"
                       r"ihre frage|ihre nachricht|votre question|votre message|su pregunta|su mensaje|su correo)\b",
                       re.I)


# A sentence that hands something over, promises or asks: read by the state's own rules, not as a feature.
_HANDED = re.compile(r"\b(?:attached|attaching|enclosed|here is|here's|here are|anbei|im anhang|ci-joint|je vous joins|"
                     r"adjunto|le adjunto|te adjunto|let me|i'll|i will|we'll|we will|i'd|ich werde|wir werden|"
                     r"schicke|sende|je vous envoie|je reviens|je vais|nous allons|le envío|le mando|voy a|vamos a|"
                     r"follows?|folgt|suivra|sigue|seguirá)\b", re.I)


# The rep speaking of their own doing or needs at the time, not of the offer: an action under way ("I'm confirming
# the dates with the warehouse", "estoy revisando"), a regret or apology ("I should have warned you"), something the
# rep needs from the customer ("necesito el modelo del motor"), or who is writing ("Le escribo del equipo técnico").
_DOING = re.compile(r"\b(?:I(?:'m|’m| am) \w+ing|I (?:should|could|would)(?:n't)? have|I apologi[sz]e|I need|"
                    r"ich (?:prüfe|kläre|brauche|schreibe Ihnen)|ich hätte|je (?:vérifie|me renseigne|vous écris|te écris)|"
                    r"j['’]ai besoin|j['’]aurais dû|estoy \w+(?:ando|iendo)|necesito|(?:le|les|te) escribo|debí)\b", re.I)


# A standing clause's own lead word, dropped after the framing's colon ("with", "mit", "avec", "con").
_LEAD_PREPOSITION = re.compile(r"^(?:with|including|plus|mit|inklusive|avec|y compris|con|incluyendo)\s+", re.I)
# "hosting included": the standing clause's own "included", which "My earlier offer still includes" says already (the
# other languages' leads take the clause whole: "Es bleibt bei meinem früheren Angebot: Auf- und Abbau inklusive.")
_INCLUDED_TAIL = re.compile(r",?\s+(?:included|incl\.)$", re.I)


def feature(sentence: str) -> bool:
    """Whether a sentence of the rep's email says part of the offer in words (no courtesy, chase, promise, question
    or the rep's own doing then)."""
    s = re.sub(r"^[\s\-–•*\d.)]+", "", sentence).strip()
    if len(re.findall(r"[^\W\d_]{2,}", s)) < MIN_FEATURE_WORDS or re.search(r"[?¿\n\d]|:$", s):
        return False  # a question, a greeting or sign-off block, a figure (the figure rules say those), a lead-in
    return not (_COURTESY.match(s) or _POINTING.search(s) or _HANDED.search(s) or _RELATIVE.search(s)
                or _DOING.search(s))


def offer_features(items: Sequence[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The features of the rep's emails as open points of kind "feature", one per sentence that no other point
    holds (a sentence already read as a term, promise or question is left to its own rules)."""
    held = {" ".join(i.quote.split()) for i in items if i.direction == "outbound"}
    out = []
    for src in ordered:
        if src.direction != "outbound" or src.kind != "message":
            continue
        text = cleaned[(src.kind, src.id)]
        for start, end, _, _ in sentence_spans(text, src.direction):
            quote = text[start:end].strip()
            if " ".join(quote.split()) in held or not feature(quote):
                continue
            out.append(Item(kind="feature", text=quote, quote=quote, source_kind=src.kind, source_id=src.id,
                            at=src.at, direction="outbound"))
    return out


def said_features(state: State, offer: Sequence[Item], said: Sequence[str], phrases: dict) -> tuple[list[str],
                                                                                                 list[Item]]:
    """The features to say, with their points: those of the emails whose offer lines are said and of the rep's newest
    email, none with every day past, none said already, at most MAX_FEATURES. A rep's term or condition with no
    figure is read as a feature too ("Todos nuestros instructores son ... registrados"). Then
    the older offer's terms still standing (followup.drafting.stands), in one sentence."""
    sources = {(t.source_kind, t.source_id) for t in offer}
    mails = [i for i in state.items if i.direction == "outbound" and i.source_kind == "message"]
    if mails:
        newest = max(mails, key=lambda i: i.at)
        sources.add((newest.source_kind, newest.source_id))
    lines, points = [], []
    for item in state.open("feature", "term", "constraint"):
        if item.direction != "outbound" or item.internal or item in offer or (item.source_kind, item.source_id) \
                not in sources or all_past(item.quote, item.at.date(), state.today):
            continue
        if item.kind != "feature" and not feature(item.quote):
            continue  # (a figure makes no feature: the figure rules say those terms)
        line = rep_line(item, state, FEATURE_WORDS, asides=True)  # "(légionelle incluse)" is what it includes
        if line and line not in said and line not in lines and len(lines) < MAX_FEATURES:
            lines.append(line)
            points.append(item)
    standing = [i for i in state.open("standing") if not any(i.text.lower() in x.lower() for x in [*said, *lines])]
    if standing:
        # "My earlier offer still includes a 3-year warranty.": readers took "..., with a 3-year warranty." for a cut
        # sentence and "As in my earlier offer: the same sound system." for a verbless fragment; each lead has its verb
        texts = [_inside(_INCLUDED_TAIL.sub("", _LEAD_PREPOSITION.sub("", i.text)), state) for i in standing]
        sep = "; " if any(f" {phrases['and']} " in t for t in texts) else ", "  # "6 units; and 10 fans and ..."
        last = f"; {phrases['and']} " if sep == "; " else f" {phrases['and']} "
        joined = sep.join(texts[:-1]) + last + texts[-1] if len(texts) > 1 else texts[0]
        lines.append(phrases["still"].format(x=joined))
        points += standing
    return lines, points


def _inside(text: str, state: State) -> str:
    """A standing term set inside the rep's sentence: its first word lowered unless it is a name, an acronym or a
    German noun ("includes delivery to Constantia", not "includes Delivery to Constantia")."""
    word = text.split()[0].strip(",:;") if text.split() else ""
    if state.language == "de" or not word[1:2].islower() or named(word, state):
        return text
    return text[0].lower() + text[1:]


def with_features(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """The points with the rep's offer features added after them."""
    return list(items) + offer_features(items, ordered, cleaned)

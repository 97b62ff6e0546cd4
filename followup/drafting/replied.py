"""A customer's question the rep's next word answered in other words: the rep's reply speaks to it and the customer
then wrote again without asking it again. "Is steel 316 possible?" answered by "The AP-300 in 316 stainless is USD
21,300", "Can we order 2?" by "Yes, 2 tunnels are USD 9,300", "Faut-il un vote en AG ?" by "Oui, ... votée en AG",
"Könnten Sie sich die Orgel ansehen?" by the visit the next note records: too few shared words for the finer rules,
but the customer read the reply and moved on."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Sequence

from followup.drafting.already import answered_already
from followup.drafting.items import Item
from followup.drafting.paired import GIVES
from followup.drafting.pricedthing import prices_that
from followup.drafting.reading import AUTO_REPLY, UNSURE, interaction_kind
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.words import MONTH_DAY_WORDS, content, defers_answer

# Words every question carries: a later sentence sharing only these does not ask the same thing again.
_ASKING = content("please could would can possible possibility question questions know tell need want pouvez "
                  "pourriez possible savoir faut können könnten möglich frage fragen brauchen podéis puede pueden "
                  "podría posible pregunta saber also aussi auch también still answer antwort réponse respuesta")

# Topic words a later sentence may have and still point back with one shared word ("Any news on the generator?");
# a longer one needs two to ask the same thing (the organ of "Könnten Sie sich die Orgel ansehen?" is in every
# later question about it).
SHORT_TOPIC = 2

# Letters two words must share at their start to be one word in two forms ("vote" / "votée", "Preis" / "Preise").
SAME_START = 4

# A token with a figure in it: a model, a grade, a count ("316", "ME-2", "DM-3").
_FIGURED = re.compile(r"[^\W_]*\d[^\W_]*(?:-[^\W_]+)*")


# A short question's word that points back at the sentence before ("Can you do that?", "Nehmen Sie diese in
# Zahlung?", "Vous pouvez faire ça ?"); "it", "es" and "das" are left out: "Gibt es ...", "Is it possible that ..."
# point at nothing.
_POINTING = re.compile(r"\b(?:this|that|these|those|dies(?:e[srnm]?)?|ce|ça|cela|eso|esto|ello)\b", re.I)

# Words a question pointing back has at most.
POINTING_WORDS = 8


def _topic(text: str) -> set[str]:
    """What a sentence is about: its content stems without the words of asking and the calendar."""
    return content(text) - _ASKING - MONTH_DAY_WORDS


def _asks_again(words: set[str], later: set[str]) -> bool:
    """Whether a later sentence with these topic words asks the same thing again."""
    shared = len(words & later)
    return shared >= 1 and (len(later) <= SHORT_TOPIC or shared >= min(2, len(words)))


def _starts(text: str) -> set[str]:
    """The first letters of a text's content words, accents dropped ("votée" -> "vote")."""
    plain = (unicodedata.normalize("NFKD", w) for w in content(text) - _ASKING)
    return {"".join(c for c in w if not unicodedata.combining(c))[:SAME_START] for w in plain}


def _ties(asked: str, reply: str, known: str = "") -> bool:
    """Whether a reply names what was asked: a content word in any of its forms (a month too), or a figure, that the
    conversation had not named before the question (the machine every email names ties nothing)."""
    if (_starts(asked) - _starts(known)) & _starts(reply):
        return True
    figures = {t.lower() for t in _FIGURED.findall(asked)} - {t.lower() for t in _FIGURED.findall(known)}
    return bool(figures & {t.lower() for t in _FIGURED.findall(reply)})


# Words a sentence's lead has at most to be the label of what it answers ("Concernant le calcaire, ...", "Trial
# grinding: send us 50 kg").
LEAD_WORDS = 5


def _lead(sentence: str) -> str:
    """A sentence's label of what it speaks to, before its first comma or colon; "" when there is none."""
    head = re.split(r"[,:]", sentence, maxsplit=1)
    return head[0] if len(head) == 2 and len(head[0].split()) <= LEAD_WORDS else ""


def _known(question: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """What the conversation said before the question's email."""
    return " ".join(cleaned.get((o.kind, o.id), "") for o in ordered if o.at < question.at)


def _asked_with(question: Item, cleaned: dict) -> str:
    """The question with the sentence before it in its email when it says too little alone ("Can you guarantee?",
    "Nehmen Sie diese in Zahlung?" after the sentence naming the old machine)."""
    pointing = len(question.quote.split()) <= POINTING_WORDS and _POINTING.search(question.quote)
    if len(_topic(question.quote)) > SHORT_TOPIC and not pointing:
        return question.quote
    text = cleaned.get((question.source_kind, question.source_id), "")
    at = text.find(question.quote)
    if at < 0:
        return question.quote
    # the start of its own sentence when it was cut from one ("l'eau est très calcaire : comment l'appareil le
    # supporte-t-il ?"), else the sentence before
    spans = split_sentences(text)
    own = next((text[a:at] for a, b in spans if a < at < b and text[a:at].strip()), "")
    before = [text[a:b] for a, b in spans if b <= at]
    lead = own or (before[-1] if before else "")
    return f"{lead} {question.quote}".strip()


def _reply_after(question: Item, ordered: Sequence[Source], cleaned: dict) -> Source | None:
    """The rep's first word after the question: an email, or a note of a call or visit with the customer."""
    return next((o for o in ordered if o.at > question.at and (o.direction == "outbound" or (
        o.direction == "note" and interaction_kind(cleaned.get((o.kind, o.id), "")) != "internal"))), None)


def _sentences(src: Source, cleaned: dict) -> list[str]:
    """The sentences of a source's new text."""
    text = cleaned.get((src.kind, src.id), "")
    return [text[a:b] for a, b in split_sentences(text)]


def _put_off(question: Item, ordered: Sequence[Source], cleaned: dict) -> bool:
    """Whether a later rep email or note puts this question off ("On the generator question I am still waiting
    for the factory"): it is still open, whatever the customer wrote since."""
    words = _topic(question.quote)
    return any((defers_answer(s) or UNSURE.search(s)) and words & content(s)
               for src in ordered if src.at > question.at and src.direction in ("outbound", "note")
               for s in _sentences(src, cleaned))


# A reply sentence that opens on a yes or a no ("Sí, empezamos el lunes 11 de enero", "Oui, l'infrastructure ...").
_YES_NO_LEAD = re.compile(r"^(?:yes|yep|sure|certainly|of course|no|sí|si|claro|por supuesto|oui|bien sûr|"
                          r"certainement|non|ja|jawohl|natürlich|selbstverständlich|nein)\b", re.I)


def _said_yes_or_no(question: Item, reply: Source, ordered: Sequence[Source], cleaned: dict) -> bool:
    """Whether the rep's reply answers the question with a yes or a no in a sentence on what it asks."""
    asked, known = _asked_with(question, cleaned), _known(question, ordered, cleaned)
    return any(_YES_NO_LEAD.match(s.strip()) and _ties(asked, s, known) for s in _sentences(reply, cleaned))


def answered_by_reply(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """Open questions from a customer email that the rep's next email or call speaks to, after which the customer
    wrote again without a sentence on the same thing, marked answered by that reply; one the rep put off stays
    open."""
    out = []
    for item in items:
        if item.kind == "question" and item.status == "open" and item.direction == "inbound" \
                and item.source_kind == "message":
            reply = _reply_after(item, ordered, cleaned)
            later = [o for o in ordered if reply is not None and o.at > reply.at and o.direction == "inbound"
                     and not AUTO_REPLY.search(o.text or "")]
            # a call or visit takes up what was asked before it; an email must name what it answers
            # that names what was asked in a sentence giving something (a figure, a yes, "included", "possible") or
            # led by it ("Concernant le calcaire, ..."): "The uszka are popular in Krakow" names them, answers nothing
            asked, known = _asked_with(item, cleaned), _known(item, ordered, cleaned)
            words = _topic(item.quote)
            # a question naming nothing ("What can you do?") is spoken to by a reply that gives anything at all
            spoke = reply is not None and (reply.direction == "note" or any(
                (GIVES.search(s) or _ties(asked, _lead(s), known)) and (_ties(asked, s, known) or not words)
                and prices_that(item.quote, s)  # "the cost of a loaner": a price of other things says nothing of it
                for s in _sentences(reply, cleaned)))
            again = any(_asks_again(words, _topic(s)) for o in later for s in _sentences(o, cleaned))
            # a yes or a no on what it asks answers it at once; otherwise the customer moving on says it did
            direct = reply is not None and reply.direction == "outbound" and not any(
                item.at < o.at < reply.at and o.direction == "inbound" for o in ordered)
            yes_no = direct and _said_yes_or_no(item, reply, ordered, cleaned)
            if (yes_no or (later and spoke and not again)) and not _put_off(item, ordered, cleaned):
                item = replace(item, status="answered", by=f"{reply.kind}:{reply.id}")
        out.append(item)
    return answered_already(out)  # or asked after the rep's offer had already priced it (already.py)


# The rep waiting on someone else's answer before giving one ("sobald die Bank geantwortet hat", "once the factory
# gets back to me", "dès que le fabricant a répondu", "en cuanto responda la fábrica").
_UNTIL_HEARD = re.compile(r"\b(?:sobald|wenn)\b[^.?!]{0,60}\b(?:geantwortet|antwortet|zurückgemeldet|zurückmeldet|"
                          r"bestätigt)\b|\b(?:as soon as|once|when)\b[^.?!]{0,60}\b(?:hear back|heard back|replies|"
                          r"replied|answers|answered|gets back|got back|confirms|confirmed|responds)\b|"
                          r"\bdès que\b[^.?!]{0,60}\b(?:répond|répondu|confirm\w*|revient)\b|"
                          r"\b(?:en cuanto|apenas|tan pronto como)\b[^.?!]{0,60}\b(?:responda|conteste|confirme)\b",
                          re.I)


# What makes a sentence give something beside putting a question off: a figure ("Le confirmo nuestra oferta: ...
# L 2,380,000"), or a first answer before a "but" ("we don't do joinery ourselves, but I'll ask our carpenter").
_GIVES_TOO = re.compile(r"\d|\b(?:but|aber|mais|pero|sino)\b", re.I)


def puts_off(sentence: str) -> bool:
    """Whether a rep sentence only says the answer is not there yet ("I am still waiting for the factory")."""
    return bool(defers_answer(sentence) or UNSURE.search(sentence) or _UNTIL_HEARD.search(sentence)) \
        and not _GIVES_TOO.search(sentence)


def slotted_put_offs(items: list[Item]) -> list[Item]:
    """The rep's own lines that put off a question still open (the draft asks it in an answer slot, which the rep
    fills) made internal: "still waiting for the factory" beside the generator slot says the opposite of the
    answer the rep is about to give."""
    open_ = [i for i in items if i.kind == "question" and i.status == "open" and not i.internal
             and i.direction in ("inbound", "note")]
    asked = [_starts(i.quote) for i in open_]
    noted = {(i.source_kind, i.source_id) for i in open_ if i.direction == "note"}
    # "Il demande si ... - je vérifie avec le prêteur": the put-off after the question it noted, in the same note
    return [replace(i, internal=True) if i.status == "open" and not i.internal and i.kind != "question"
            and i.direction in ("outbound", "note") and puts_off(i.quote)
            and (any(words & _starts(i.quote) for words in asked)
                 or (i.direction == "note" and (i.source_kind, i.source_id) in noted)) else i for i in items]

"""A question the customer asked twice ("does the grant apply?", later "any news on the grant?"): one slot, not two."""
from __future__ import annotations

import re
from typing import Sequence, TypeVar

from followup.drafting.figures import numbers
from followup.drafting.items import Item
from followup.drafting.owed import bare_send
from followup.drafting.words import content

# Content words two questions must share to be the same question asked again.
ASKED_AGAIN_SHARED = 2

T = TypeVar("T")


def _side(item: Item) -> str:
    """Whose question it is: the customer's, in their email or asked on a call the note records, or the rep's."""
    return "customer" if item.direction in ("inbound", "note") else item.direction


def once_each(questions: Sequence[tuple[T, Item]]) -> list[tuple[T, Item]]:
    """The questions without those another one asks again: of two sharing what they are about, the one that says
    more is kept (the earlier on a tie), at its own place."""
    words = [content(item.quote) for _, item in questions]
    dropped: set[int] = set()
    for i in range(len(questions)):
        for j in range(i + 1, len(questions)):
            if i in dropped or j in dropped or _side(questions[i][1]) != _side(questions[j][1]) \
                    or _both_asked_apart(questions[i][1], questions[j][1]):
                continue
            shared = words[i] & words[j]
            if len(shared) >= ASKED_AGAIN_SHARED and 2 * len(shared) >= min(len(words[i]), len(words[j])):
                dropped.add(j if len(words[i]) >= len(words[j]) else i)
    return [q for n, q in enumerate(questions) if n not in dropped]


def _both_asked_apart(a: Item, b: Item) -> bool:
    """Whether two questions are two sentences of one email, each asked with its own question mark ("1) can members
    pay cash at reception? 2) is the system in Arabic for the receptionists?"): the writer asked both, not one again."""
    return a.source_kind == b.source_kind == "message" and a.source_id == b.source_id and a.direction == "inbound" \
        and a.quote.rstrip().endswith("?") and b.quote.rstrip().endswith("?") and a.quote.strip() != b.quote.strip()


def not_promised(questions: Sequence[tuple[T, Item]], actions: Sequence[tuple[str, Item]]) -> list[tuple[T, Item]]:
    """The questions a promise in the draft does not already answer ("Können Sie mir das Datenblatt schicken?"
    beside "Das Datenblatt schicke ich Ihnen"): asked to send a thing the rep promised to send, the promise says
    yes, and a slot would ask the rep twice. Asking where a thing is ("die Zeichnung ist noch nicht da?") asks the
    same; so does one that names nothing ("Can you send it?") beside any promise to send."""
    promised = [content(_SEND.sub("", item.quote)) for line, item in actions
                if item.kind == "commitment" and _SEND.search(item.quote)]
    # "¿Me la puede mandar ya?", "Tu peux me l'envoyer cette semaine ?": naming nothing, it asks for what the draft
    # says it sends
    return [(q, item) for q, item in questions if not ((_SEND.search(item.quote) or _NOT_ARRIVED.search(item.quote))
                                                       and any(content(_SEND.sub("", item.quote)) & words
                                                               for words in promised))
            and not (bare_send(item.quote) and any(item.kind == "commitment" and SENDS.search(item.quote)
                                                   for _, item in actions))]


# Asking for or promising to send something, in the four languages.
_SEND = re.compile(r"\b(?:send\w*|sent|e-?mail\w*|forward\w*|schick\w*|send[e]n?|zusend\w*|envoy\w*|envoi\w*|"
                   r"enverr\w*|transm\w*|envi\w*|mand\w*)\b", re.I)


# A promise to send, the accented Spanish forms too ("se los envío"); _SEND stays as it is because sent_once keeps the
# line that names more among those it finds, and a customer's request said back can carry a day already past.
SENDS = re.compile(_SEND.pattern + r"|\benv[ií]\w*", re.I)


# Saying a thing has not come yet, in the four languages: a chaser for what was promised.
_NOT_ARRIVED = re.compile(r"\b(?:not (?:yet )?(?:arrived|received|come through|here)|(?:haven't|have not|didn't|did not) "
                          r"(?:yet )?(?:get|got|receive[d]?|see[n]?)|noch nicht (?:da|angekommen|bekommen|erhalten|"
                          r"eingegangen)|nicht angekommen|pas (?:encore )?(?:reçu|arrivé)|toujours pas|no (?:me )?ha "
                          r"llegado|todavía no (?:llegó|ha llegado|recib\w+)|aún no (?:llegó|ha llegado|recib\w+))\b", re.I)


# A rep's sentence saying no to what was asked for: "is already booked", "leider schon belegt", "malheureusement".
_DECLINE = re.compile(r"\b(?:unfortunately|sadly|already (?:booked|taken|full)|not (?:possible|available)|can't do|"
                      r"cannot do|leider|belegt|ausgebucht|nicht möglich|malheureusement|déjà (?:pris|réservé|complet)|"
                      r"pas possible|lamentablemente|ya (?:está|tenemos) (?:ocupad|reservad|complet)\w*|no es posible)\b",
                      re.I)


def declined(item: Item, items: Sequence[Item]) -> bool:
    """Whether a later sentence of the rep's says no to what a customer's point names by its figures ("am 29.12."
    then "Der 29.12. ist leider schon belegt"): noting it would restate what is off."""
    mine = numbers(item.text or item.quote)
    return bool(mine) and any(o.direction == "outbound" and o.at > item.at and _DECLINE.search(o.quote)
                              and mine <= numbers(o.quote) for o in items)


def sent_once(actions: Sequence[tuple[str, T]]) -> list[tuple[str, T]]:
    """The rep's lines without a second one sending the same thing ("Das Datenblatt schicke ich Ihnen." beside "Ich
    schicke Ihnen das Datenblatt zum CO2."): of two, the one that names more is kept (the earlier on a tie)."""
    words = [content(_SEND.sub("", line)) if _SEND.search(line) else set() for line, _ in actions]
    dropped: set[int] = set()
    for i in range(len(actions)):
        for j in range(len(actions)):
            if i != j and i not in dropped and j not in dropped and words[i] and words[j] and words[j] <= words[i] \
                    and (words[j] < words[i] or j > i):
                dropped.add(j)
    return [a for n, a in enumerate(actions) if n not in dropped]


# Asking only for an answer to questions put elsewhere ("Can you answer him?", "Pouvez-vous y répondre ?"): no question
# of its own, so no slot; the questions it points to are asked in their own words.
_ANSWER_THEM = re.compile(r"^[¿]?(?:and |et |y |und )?(?:(?:can|could|would) you (?:please )?(?:answer|reply to) "
                          r"(?:him|her|them|these|those|this|that)|(?:pouvez|pourriez)-vous (?:y |leur |lui )répondre|"
                          r"(?:le|les) (?:puede|puedes|podés|podría)s? (?:responder|contestar)|"
                          r"(?:können|könnten) sie (?:ihm|ihr|ihnen|darauf) antworten)\s*\??$", re.I)


def asks_an_answer(question: str) -> bool:
    """Whether a question only asks the rep to answer questions asked elsewhere."""
    return bool(_ANSWER_THEM.match(question.strip()))

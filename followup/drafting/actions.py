"""What the rep will do and which of the customer's questions the draft addresses: the open commitments (their
day restated against the draft's day, or left out once past) and the open questions, each put as an answer slot."""
from __future__ import annotations

import re

from followup.drafting.again import asks_an_answer, not_promised, once_each, sent_once
from followup.drafting.askedafter import own_context
from followup.drafting.billedto import billed_line
from followup.drafting.followon import joined_follow_ons
from followup.drafting.frame import said_promises
from followup.drafting.implied import implied_slots
from followup.drafting.infowanted import asked_otherwise, info_wanted
from followup.drafting.items import Item, State
from followup.drafting.needby import needed_slots
from followup.drafting.noteask import with_labelled_question
from followup.drafting.pricewanted import price_wanted
from followup.drafting.promise_day import stale_promise, undated, unrelative
from followup.drafting.reading import inverted
from followup.drafting.relayframe import asker_off
from followup.drafting.repdecides import rep_decides
from followup.drafting.restating import ASK_ACTION, bare_question, restate, tidy
from followup.drafting.sendback import own_action
from followup.drafting.sentences import asked_clause
from followup.drafting.slotform import slot_line
from followup.drafting.slotperson import firm_for_third, whose_slot
from followup.drafting.slotvoice import pointed
from followup.drafting.stillchecking import chased_off, still_checking
from followup.drafting.words import PAREN

# A two-word question back at the rep ("Which meeting?", "Quelle réunion ?"): a reaction, not a question to slot.
_REACTION = re.compile(r"^[¿]?(?:which|what|why|really|sorry|welche[srnm]?|was für|wieso|quel(?:le)?s?|pourquoi|"
                       r"qué|cuál|por qué)(?:\s+[^\W\d_]+)?\s*\?$", re.I)


def rep_actions(state: State) -> tuple[list[tuple[str, Item]], list[tuple[str, Item]]]:
    """(what the rep will do, open questions to answer), each with the item it comes from."""
    actions: list[tuple[str, Item]] = []
    questions: list[tuple[str, Item]] = []
    seen: set[str] = set()
    for item in state.open("commitment", "question", "request", "listed"):
        if item.internal or (item.kind == "listed" and not price_wanted(item.quote, state.language)
                             and not info_wanted(item.quote, state.language)):
            continue  # a listed point is said in the list's line, unless it asks a price or a date (a slot)
        if item.kind == "listed" and info_wanted(item.quote, state.language):
            questions.append((f"[[answer: {item.text}]]", item))  # the point's own words: infowanted.py
            continue
        text = item.text
        if item.kind == "commitment" and text:
            line = unrelative(text, item, state)  # its day is already restated in place against the draft's day
            if stale_promise(item, state):
                line = undated(line)  # still owed, but its day has passed: said without it
                if not line:
                    continue
        elif item.direction == "inbound" and item.kind in ("request", "listed") \
                and price_wanted(item.quote, state.language):
            # a price only the rep can give: asked in a slot now, never "I'll send the new price" (pricewanted.py)
            questions.append((slot_line(price_wanted(item.quote, state.language), "", state.language), item))
            continue
        elif (item.direction == "inbound" and own_action(text)) or (item.direction == "note" and billed_line(text)):
            line = text  # a note's "Contract party: ... Ltd." is confirmed as the customer's own words would be
        elif item.kind == "question" or finding_out(item):
            if item.direction == "inbound" and (_REACTION.match(item.quote.strip()) or asks_an_answer(item.quote)):
                continue  # "Which meeting?", "Can you answer him?": about other words, answered by the draft
            said = asked_clause(item.quote) if item.direction == "inbound" else item.quote
            full = (restate(said, item.direction, item.kind) if state.language == "en" else "") \
                if item.direction == "inbound" else item.text
            q = bare_question(unrelative(full or said, item, state).rstrip("?. ").lstrip("-–•* "))
            direct = inverted(q[len("whether "):]) if q.startswith("whether ") else q
            if re.match(r"(?:is|are|can|could|will|would|should|do)\s", direct):
                q = direct  # "whether our technician can come on Saturday" asked as "can our technician come ..."
            before = PAREN.sub("", before_question(state, item)).strip() if item.direction == "inbound" else ""
            if "?" in before or len(before.split()) < 4:
                before = ""  # another question or a scrap of shorthand says nothing about this one
            if not before and item.direction == "inbound":
                before = own_context(item, state.items)  # their sentence before it, though no point of the state
            if before.rstrip().endswith(":"):
                before = ""  # a lead-in to a list of questions ("Priya and I need a few answers first:") neither
            if item.direction == "note":
                q = with_labelled_question(q, item, state)  # "Sanna q: ..., and who prints it?": noteask.py
            if item.direction == "inbound":
                q = firm_for_third(q, state.language)  # an unnamed "she" asked to do it is the rep: slotperson.py
            if item.direction == "inbound" and item.asker is not None and not item.asker.wrote:
                q = asker_off(q, item.asker.name, state.language)  # the slot names them: relayframe.py
            line = slot_line(q, before, state.language, item.direction == "inbound")  # slotform.py
            if item.direction == "inbound" and item.asker is not None and not item.asker.wrote:
                line = whose_slot(line, item.asker.name, state.language)  # the slot alone says whom it answers
            questions.append((line, item))
            continue
        else:
            continue
        key = line.lower()
        if key not in seen:
            seen.add(key)
            actions.append((line, item))
    # one promise per thing: the newest wins when two restate the same action
    questions = implied_slots(state, asked_otherwise(questions))  # a change's new price owed: implied.py
    questions += needed_slots(state.items, state.language)  # a day the work is needed by, asked: needby.py
    asked = joined_follow_ons(not_promised(once_each(questions), actions), state)  # "How much is it?": followon.py
    asked = [(pointed(s, state.language), i) for s, i in asked]  # the rep's point, not their question: slotvoice.py
    asked = still_checking(asked, state)  # "(promised, still open)": stillchecking.py
    return chased_off(said_promises(sent_once(actions), state.language), asked, state), asked


def finding_out(item: Item) -> bool:
    """Whether a customer's request asks the rep to confirm or find out something ("Please confirm the delivery
    date"): a question the draft answers in a slot, not a promise to confirm later."""
    m = ASK_ACTION.match(tidy(item.quote)) if item.direction == "inbound" and item.kind == "request" else None
    return bool(m) and rep_decides(m.group("verb"), question=False)


def before_question(state: State, item: Item) -> str:
    """The sentence the customer wrote just before a question, from the same message."""
    prior = [i for i in state.items if i.source_id == item.source_id and i.source_kind == item.source_kind
             and i.direction == item.direction]
    k = next((n for n, i in enumerate(prior) if i is item), 0)
    if not k or prior[k - 1].status == "superseded" or prior[k - 1].internal or prior[k - 1].asker != item.asker:
        return ""  # a replaced figure, a signature line or another person's words are no context to show
    return prior[k - 1].quote.rstrip(" .")

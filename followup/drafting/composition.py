"""Write the follow-up from the conversation state, in the rep's voice and the customer's language.

A draft is: greeting by first name, an opening tied to the last real interaction (or a chase of the rep's own
last email), a short recap in reported speech, what the rep will do and by when, each open question addressed
(an answer slot `[[answer: ...]]` when no source holds the answer), a close that honours the customer's stated
preference, and the rep's usual sign-off. Only the framing words in followup.drafting.phrases are fixed; every
point comes from the state, so nothing here can carry another customer's text (SPEC invariants 5, 6 and 8)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from followup.drafting.acceptance import priced_only
from followup.drafting.actions import rep_actions
from followup.drafting.addressing import greeting_with, greets_alone, slot_paragraphs, waiting
from followup.drafting.again import declined
from followup.drafting.appointment import same_meeting
from followup.drafting.asked import asked_on_call, covers, slotted
from followup.drafting.backref import leans_back
from followup.drafting.brief import unled, untailed
from followup.drafting.confirming import confirmed_lines
from followup.drafting.corrected import to_reader
from followup.drafting.deadline import untold
from followup.drafting.draftwords import DATE_STOP as _DATE_STOP
from followup.drafting.draftwords import SLOT_RE, limit_words, slots  # noqa: F401 (callers import them from here)
from followup.drafting.draftwords import counted as _counted
from followup.drafting.draftwords import figures as _figures
from followup.drafting.draftwords import join as _join
from followup.drafting.draftwords import words as _words
from followup.drafting.features import said_features
from followup.drafting.figures import restated_or_replaced
from followup.drafting.fragments import complete, term_text, unsaid_fact, whole_clause
from followup.drafting.frame import after_greeting, signed_off, whole_line
from followup.drafting.greeting import closing_line, plain_greeting
from followup.drafting.infowanted import info_wanted
from followup.drafting.items import Item, State
from followup.drafting.latest import MAX_LATEST, echoes, is_clause, unsaid
from followup.drafting.leads import one_lead_each
from followup.drafting.lists import sent_points
from followup.drafting.moneyforms import MONEY_RE
from followup.drafting.nextstep import unsaid_steps
from followup.drafting.noted import dated_day, told_since_rep
from followup.drafting.notewords import written_out
from followup.drafting.offerback import played_back
from followup.drafting.oldtotal import without_old_totals
from followup.drafting.onrecord import news, since_rep
from followup.drafting.order import order_line
from followup.drafting.owed import owed
from followup.drafting.owedfigure import beside_slot
from followup.drafting.phrases import PHRASES, framing_texts, phrases
from followup.drafting.priceline import price_lines, said_once
from followup.drafting.pricewanted import price_wanted
from followup.drafting.profile import RepProfile, first_name, reply_subject
from followup.drafting.promise_day import stale_promise
from followup.drafting.reading import PLEASANTRY
from followup.drafting.recap import (
    MAX_ANSWERS,
    answer_text,
    full_sentence,
    told_answers,
    unnamed,
    unreplaced,
)
from followup.drafting.received import signed_line
from followup.drafting.register import informal_state, is_informal
from followup.drafting.relabelled import relabelled
from followup.drafting.relayed import asked_indirectly
from followup.drafting.repeated import repeats
from followup.drafting.repline import rep_line, whole_rep_lines
from followup.drafting.restating import restate
from followup.drafting.retold import retold
from followup.drafting.saidback import rep_promise
from followup.drafting.saidonce import said_again
from followup.drafting.saidwhole import said_whole
from followup.drafting.saying import MAX_ANSWER_SENTENCES, MAX_TERM_SENTENCES, note_recap, sentences
from followup.drafting.saying import sentence as term_sentence
from followup.drafting.sendback import own_action
from followup.drafting.speclist import recounted, written
from followup.drafting.spelledout import spelled
from followup.drafting.thequote import THIS_QUOTE, this_email_quotes
from followup.drafting.turn import counted_as_change, noted_first, padded, stale
from followup.drafting.voice import Voice
from followup.exceptions import NothingToDraft

# Boomerang's study of 40M emails: replies peak at 75-100 words; the draft stays within these bounds.
MIN_WORDS = 50
MAX_WORDS = 125
MAX_RECAP_SENTENCES = 3

# Facts merged into one recap sentence ("you need X, your budget is Y and Z").
MAX_RECAP_FACTS = 4


# A restated fact this short ("you need") lost its object: it is left out.
MIN_FACT_WORDS = 3


# Terms in force restated after "To confirm" (a sentence each, at most MAX_TERM_SENTENCES).
MAX_TERMS = 4

_MONEY = re.compile(r"[$€£¥]|\b(?:usd|eur|chf|gbp|mxn|cop|€)\b|\d\s?%|\b\d{1,3}(?:[.,' ]\d{3})+\b", re.I)


# The rep's own sentences restated from their emails (the offer in force), each whole up to REP_LINE_WORDS.
MAX_REP_LINES = 2


@dataclass(frozen=True)
class Composed:
    """A composed follow-up, the state items it restates, and their sources."""

    subject: str
    body: str
    items: tuple[Item, ...]
    sources: tuple[dict, ...]
    slots: tuple[str, ...]
    language: str = "en"


def _noted_from(items: list[Item], state: State) -> frozenset[int]:
    """Which of these are a call note's own lines or the rep's newest email's, still in force, whose figure may be said
    as its phrase (noteline.py): never an older email's figure a later one may have changed ("Entrega en 8 semanas" of
    the model they no longer want) nor a figure the customer's newer count replaced."""
    newest = max((i.at for i in state.items if i.direction == "outbound"), default=None)
    return frozenset(n for n, t in enumerate(items) if (t.direction == "note" or (
        t.direction == "outbound" and t.at == newest)) and not t.internal
        and t.status not in ("superseded", "past") and not stale(t, state))


# A note's word for the price in force ("phase 1 price £72,500", "revised quote", "neuer Preis", "nouveau prix").
_PRICE_WORD = re.compile(r"\b(?:price|priced|quote|quoted|requote|preis|angebot|prix|devis|tarif|precio|presupuesto|"
                         r"cotización)\b", re.I)


# A writer saying who they are or what they handle ("I am legal counsel", "Ich bin in der Kämmerei zuständig").
_SELF = re.compile(r"(?:I am|I'm|I handle|I look after|ich bin|ich kümmere mich|je suis|je m'occupe|soy|estoy a cargo|"
                   r"me encargo)\b", re.I)


def compose_state(state: State, *, customer_name: str, thread_subject: str, rep: RepProfile,
                  voice: Voice | None = None, max_words: int = MAX_WORDS, whole: bool = False,
                  stored: tuple[dict, ...] = ()) -> Composed:
    """Draft the follow-up a good rep would send now (only what is new since the rep last wrote, unless `whole` or
    nothing is; `stored`: the customer's stored preferences); NothingToDraft when nothing is open."""
    since = None if whole else since_rep(state)
    p = phrases(state.language, is_informal(state), state.formal)  # the thread's register: frame.py
    state = informal_state(state)  # du / tu / tú when the rep writes so to this customer
    state = without_old_totals(state)  # "so EUR 11,700 for 30" after "only 24 drivers": out of force (oldtotal.py)
    voice = voice or Voice()
    name = first_name(customer_name) or state.name  # a call header names a customer we have no name for
    greeting_word = ("Dear" if state.formal else voice.greeting) if state.language == "en" else p["greeting"]
    # the rep's own last greeting to this customer keeps their register ("Sehr geehrter Herr Petersen,")
    # the newest call was with a colleague the customer handed over to: the reply is theirs (people.note_caller)
    greeting = greeting_with(state.greeting or plain_greeting(greeting_word, name, customer_name, state, p),
                             [state.caller] if state.caller else waiting(state.items), state.language, state.formal,
                             bool(state.caller) or state.away or greets_alone(state.items))  # addressing.py
    english = state.language == "en"

    used: list[Item] = []
    last = (state.last or {}).get("opening") or state.last or {}  # never thanks for a call that was not one
    when = f" {last['when']}" if last.get("when") else ""
    has_messages = any(i.source_kind == "message" for i in state.items)
    if last.get("direction") == "note":
        opening = p["meeting" if last.get("kind") == "meeting" else ("call" if has_messages else "new")]
        opening = opening.format(when=when) if "{when}" in opening else opening
        if not has_messages and last.get("kind") == "meeting":
            opening = p["meeting"].format(when=when)
    elif last.get("direction") == "inbound":
        # the email that placed the order is thanked for the order in force ("Thank you for your order at $6,400.")
        opening = order_line(state, p) or signed_line(state, p) or p["email"].format(when=when)
    else:
        opening = p["chase_back" if state.back else "chase"]  # after an out-of-office reply: welcomed back first

    # the recap: what the customer told us, the terms in force, answers given on a call, the newest next step
    facts = [i for i in state.open("constraint", "request", "term")
             if i.text and i.direction in ("inbound", "note") and not own_action(i.text)
             and (not english or i.text.lower().startswith(("you", "your")) or dated_day(i.text, state.today))]
    # the rep's own figures in force: those of the newest rep email that states any
    priced_out = _newest([t for t in state.open("term") if t.direction == "outbound" and _MONEY.search(t.quote)])
    terms = [i for i in state.open("term") if not i.internal and i not in facts
             and (i.direction != "outbound" or i is _newest(state.open("term"))
                  or (priced_out is not None and i.source_id == priced_out.source_id
                      and i.source_kind == priced_out.source_kind and _MONEY.search(i.quote)))]
    # a note's condition with a figure or a day that could not be turned to "you ..." ("Only window is their summer
    # shutdown, June 14-25"): said as the note's clause, like a term
    terms += [i for i in state.open("constraint") if i.direction == "note" and not i.text and not i.internal
              and re.search(r"\d", i.quote)]
    answers, facts, terms = (news(x, since, state.today) for x in (
        [a for a in told_answers(state) if a not in terms], facts, terms))
    # a new prospect's question asked on the call, with the note's answer: one plain line each (asked.py)
    asked = [] if has_messages else [a for n in state.notes for a in asked_on_call(state, n)]
    covered = [i for i in state.items if i.direction == "note" and any(covers(a, i.quote) for a in asked)]
    facts, terms, answers = ([i for i in g if i not in covered] for g in (facts, terms, answers))
    used += covered  # said by those lines: never a change noted again ("Noted: you'd now like backup genset")
    # a pleasantry is no next step ("thank you for the meeting today"), a bare "you need" says nothing
    steps = [s for s in state.open("next_step") if not s.internal and not PLEASANTRY.match(s.quote.strip())
             and not re.match(r"^(?:lovely|nice|great|good|pleased) to (?:meet|see|talk)", s.quote.strip(), re.I)]
    # a count with its thing ("70 cartas") is whole: the figure is its object
    facts = [f for f in facts if (len(re.findall(r"[^\W\d_]+|\d+", f.text)) >= MIN_FACT_WORDS
                                  or (not english and re.match(r"\d", f.text)))
             and not unsaid_fact(f.text, f.direction, state.language)]
    if waiting(state.items) and not (state.away or greets_alone(state.items)):
        # the customer is greeted too: a colleague's "I am legal counsel" is not said to them as "you are" (people.py)
        facts, terms, answers, steps = ([i for i in g if i.asker is None or not i.asker.wrote
                                         or not _SELF.match(i.quote.strip())] for g in (facts, terms, answers, steps))
    meet = state.open("appointment")
    if meet:
        # one mention per thing: the appointment restated first is not said again as a fact, term or answer
        facts, terms, answers, steps = ([i for i in group if not same_meeting(i, meet[-1])]
                                        for group in (facts, terms, answers, steps))
    mine = [t for t in state.open("term", "commitment") if t.direction == "outbound" and not t.internal
            and t.kind == "term"]
    mine = sorted(sorted(mine, key=lambda t: -t.at.timestamp())[:MAX_REP_LINES], key=lambda t: t.at)
    # the rep's emailed price is out of force once a later note names a new price or quote with its figure
    repriced = [t for t in state.open("term") if not t.internal and t.direction == "note" and _MONEY.search(t.quote)
                and _PRICE_WORD.search(t.quote)]
    def out_of_force(t: Item) -> bool:
        """Whether a later note priced it anew (a figure a later note counts again stays in force)."""
        return bool(_MONEY.search(t.quote) and any(n.at > t.at for n in repriced) and not any(
            n.at > t.at and n.direction == "note" and _figures(t.quote) & _figures(n.quote) for n in state.items))
    # stale: the customer counted anew; after their new question only the newest priced line
    mine = priced_only([t for t in mine if not out_of_force(t) and not stale(t, state)], state)
    if meet:
        mine = [t for t in mine if not same_meeting(t, meet[-1])]  # the appointment is said once, first
    recap: list[str] = []
    spec_lines: list[str] = []  # a note's list of specifications said as a sentence: the first cut for length
    # a customer's figures the rep's own line in force says again are said once, in the rep's line (saidonce.py)
    again = [t.quote for t in mine if rep_line(t, state)]
    facts = [f for f in facts if not said_again(f.text, again) and not declined(f, state.items)]
    said = [i for i in facts if i.direction == "note"][-MAX_RECAP_FACTS:]
    told = told_since_rep(facts, state.items, state.today)[-MAX_RECAP_FACTS:]
    said_lines, said = note_recap(said, state.language, p["recap"], state)
    recap, used = recap + said_lines, used + said
    recap, used = noted_first(recap, used, told, state, p, _join)  # the customer's newest change leads
    # what their newest email asks or changes that nothing above says: said back first, the last a length cut reaches
    # a time they set, first: what matters now; one their sentence asks as a question is said in its slot (tellme.py)
    due = untold([d for d in state.open("deadline") if d.direction != "inbound" or not asked_indirectly(d.quote, state.language)],
                 " ".join(recap))[:MAX_LATEST]
    late = unsaid(state.open("latest"), " ".join(recap + [i.text for i in state.open() if i.kind not in (
        "latest", "deadline")] + [i.text for i in due]))
    whose = unsaid_steps(state.open("nextstep"), " ".join(recap))  # who on their side does the next step, and when
    late = [i for i in late if not counted_as_change(i, recap, state, p)]  # "44 drivers" noted once, as the change
    late = due + whose + late[:max(0, MAX_LATEST - len(whose))]
    recap, used = [rep_promise(i.quote, state.language) or p["noted" if is_clause(i.text, state.language)
                                                            else "noted_np"].format(
        x=to_reader(untailed(unled(i.text)), state.language)) for i in late] \
        + recap, used + late  # "I've noted delivery to your new plant instead.": a thing noted, not a clause
    listed = [i for i in state.open("listed") if not price_wanted(i.quote, state.language)  # priced or dated: a slot
              and not info_wanted(i.quote, state.language)]
    sends, listed = sent_points(listed)  # "Please send: the contract": said as sent, not taken on board (lists.py)
    listed_line = [p["listed"].format(x=_join([i.text for i in listed], p["and"]))] if listed else []
    recap = recap + [p["send_points"].format(x=_join([i.text for i in sends], p["and"]))] * bool(sends) + listed_line
    used = used + sends + listed
    # a figure a later note counts again ("3 x 25 dual milk") is still in force
    # "remains" (standing.py), the scope after the price when that still pastes the old sentence (retold.py)
    rep_lines = [retold(x, t.quote, state.language) for t in mine if (x := rep_line(t, state))]
    whole_lines = {retold(k, t.quote, state.language): retold(v, t.quote, state.language)  # whole when there is room
                   for t in mine for k, v in whole_rep_lines([t], state).items()}
    if rep_lines:
        # the rep's own offer in force, in the rep's own words: a sentence each, never cut to a fragment
        recap += rep_lines
        used += [t for t in mine if rep_line(t, state)]
    # what that offer includes in words ("no extra charge"): after its figures, the first thing cut for length
    feature_lines, featured = said_features(state, [t for t in mine if rep_line(t, state)], recap, p)
    recap, used = recap + feature_lines, used + featured
    # the customer's own words in German, French or Spanish are only said when they could be turned to them
    terms = [t for t in terms if t.direction != "outbound" and (t.text or t.direction != "inbound")]
    # the rep's other emailed figures and days still in force, beyond the lines said whole: cut to their figures
    terms += [t for t in state.open("term", "constraint") if t.direction == "outbound" and not t.internal
              and t not in mine and not out_of_force(t) and re.search(r"\d", t.quote) and not stale(t, state)
              and not (meet and same_meeting(t, meet[-1]))
              and not t.quote.rstrip().endswith("?")]
    terms = priced_only([t for t in terms if not restated_or_replaced(t, [m for m in mine if rep_line(m, state)])],
                        state)
    # the newest note's count, unit price and total said as one line of ours, never cut to the total (priceline.py)
    price_said, priced, rest = price_lines(terms, state, p["terms"])
    terms = [t for t in terms if t not in priced] + rest  # what a priced clause says beyond its price stays
    recap, used = said_once(recap, price_said) + price_said, used + priced
    if terms:
        # figures first, newest first: the numbers in force are what the customer decides on
        ranked = sorted(terms, key=lambda t: (not _MONEY.search(t.quote), t.direction == "outbound",
                                              -t.at.timestamp(), -terms.index(t)))
        chosen = sorted(ranked[:MAX_TERMS - bool(price_said)], key=terms.index)  # the price line takes a place
        told = _counted(" ".join(recap))  # a term whose every figure the recap already says is not said again
        chosen = [t for t in chosen if not (_counted(term_text(t, state)) and _counted(term_text(t, state)) <= told)]
        # a note's list of specifications counted anew since is out of force (speclist.py)
        chosen = [t for t in chosen if not (recounted(t, state.items)
                                            and written(term_sentence(term_text(t, state), state.language)))]
        # the rep's own sentences are cut to their figures: restating them whole would only echo
        # one term per sentence, each a sentence of the rep's or left out (never a ';' list of note items)
        said = sentences([term_text(t, state) for t in chosen], state.language, "" if price_said else p["terms"],
                         MAX_TERM_SENTENCES - bool(price_said),
                         _noted_from(chosen, state), " ".join(recap), ours=True)
        spec_lines = [x for x, _ in said if written(x)]
        recap += [x for x, _ in said]
        used += [chosen[n] for n in dict.fromkeys(n for _, n in said)]
    picked = answers[-MAX_ANSWERS:]
    said = sentences([answer_text(a, state) for a in picked], state.language, p["answer"], MAX_ANSWER_SENTENCES,
                     _noted_from(picked, state))
    recap += [x for x, _ in said]
    used += [picked[n] for n in dict.fromkeys(n for _, n in said)]
    recap += [a.line for a in asked if not a.owed]
    if meet:
        # the agreed day and time, said once, before the rest of the recap is cut for length
        recap.insert(0, p["step"].format(x=spelled(meet[-1].text, state.language)))
        used.append(meet[-1])
        steps = [s for s in steps if s.quote.strip() != meet[-1].quote]
    # "If we can get answers on those I'll sign": their step hangs on the questions before it, whose slots say it
    steps = [s for s in steps if s.direction != "inbound" or not leans_back(s.quote, state.language)]
    if steps:
        s = steps[-1]
        text = complete((s.text if english else "") or whole_clause(s, state))
        text = re.sub(r"^(?:next(?: step)?s?|nächster (?:schritt|termin)|prochaine étape|siguiente paso|"
                      r"próximo paso)\s*[:-]\s*", "", text, flags=re.I)
        if text and not text.startswith("I'll"):
            recap.append(p["step"].format(x=text))
            used.append(s)
        elif text:
            recap.append(full_sentence(text))
            used.append(s)
    actions, questions = rep_actions(state)  # actions.py
    # a new prospect's quote promised for today: the draft with its prices is that quote (thequote.py)
    here = [] if has_messages else this_email_quotes(actions, state, bool(MONEY_RE.search(" ".join(recap))))
    actions = [x for x in actions if x not in here]
    forwards = state.open("forward")  # "I'll send the quote to Anna Berg as well."; the request is no slot then
    actions += [(f.text, f) for f in forwards]
    questions = [(q, i) for q, i in questions if not any(i.quote in f.quote or f.quote in i.quote for f in forwards)
                 and not any(not a.owed and covers(a, i.quote) for a in asked)]  # asked.py said it with its answer
    close, pref = closing_line(state, p, stored)
    if pref is not None:
        used.append(pref)
    top, action_lines = owed(actions, state, p, stale_promise, full_sentence, name, questions)  # owed: first
    recap = beside_slot(recap, top)  # "vous voulez aussi un contrat de maintenance" beside its price's slot
    used += [i for _, i in actions + here]
    action_lines = [THIS_QUOTE[state.language]] * bool(here) + action_lines
    slot_lines = [(s, i) for s, i in questions if s not in " ".join(top)]  # a slot owned first is said there only
    slot_lines += [(a.line, None) for a in asked if a.owed and not slotted(a, [s for s, _ in slot_lines])]
    used += [i for _, i in questions]
    if not recap and not action_lines and not slot_lines and not top:
        if since is not None:  # nothing new since the rep wrote: the state in force is restated whole
            return compose_state(state, customer_name=customer_name, thread_subject=thread_subject, rep=rep,
                                 voice=voice, max_words=max_words, whole=True, stored=stored)
        raise NothingToDraft("nothing open: no question, request, commitment, term or next step to restate")

    listed, listed_line, recap = played_back(listed, listed_line, recap, p, _join)  # the rep's offer said once
    # the rep's labelled price said with the price first, not pasted from their email or note (relabelled.py)
    own = "\n".join(i.quote for i in state.items if i.direction in ("outbound", "note"))
    hidden = {i.hidden for i in state.items if i.hidden}
    recap = [r for r in (whole_line(unreplaced(unnamed(r, hidden))) for r in recap) if r]
    whole_lines = {unreplaced(unnamed(k, hidden)): unreplaced(unnamed(v, hidden)) for k, v in whole_lines.items()}
    feature_lines = [unreplaced(unnamed(f, hidden)) for f in feature_lines]
    spec_lines = [whole_line(unreplaced(unnamed(f, hidden))) for f in spec_lines]
    action_lines = [a for a in (unreplaced(unnamed(a, hidden)) for a in action_lines) if a]

    def render(recap_lines: list[str], acts: list[str], extra: bool) -> str:
        """The body from its parts."""
        said = confirmed_lines([x for s in [*top, *(relabelled(r, own, state.language) for r in recap_lines)] if (
            x := said_whole(one_lead_each(written_out(s, state.language), state.language), state.language))],
            state.language)  # the customer's point confirmed in the rep's words, not after a label (confirming.py)
        # one lead each: "Tomo nota: un cambio:"; said whole: no sentence hangs or pastes a fragment (saidwhole.py)
        acts = [x for a in acts if (x := said_whole(one_lead_each(written_out(a, state.language), state.language),
                                                    state.language))]
        again = repeats([*said, *acts])  # a sentence another already says whole is said once (repeated.py)
        said, acts = ([x for n, x in enumerate(g, k) if n not in again] for g, k in ((said, 0), (acts, len(said))))
        paras = [greeting, " ".join(x for x in [said_whole(after_greeting(opening, greeting, state.language),
                                                                        state.language), *said] if x)]
        if acts:
            paras.append(" ".join(acts))
        alone = waiting(state.items) if state.away or greets_alone(state.items) else []
        paras += slot_paragraphs(slot_lines, p["slot_lead"], state.language, state.formal, alone,
                                 customer_name)  # whose: addressing.py
        if close:
            paras.append(padded(close, p) if extra else close)
        sign = [signed_off(state, rep.sign_off, voice.sign_off, p)]
        signature = rep.signature.strip()
        lines = signature.splitlines()
        if rep.name.strip() and not (lines and rep.name.strip() in lines[0]):
            sign.append(rep.name.strip())
        if signature:
            sign.append(signature)
        paras.append("\n".join(sign))
        return _DATE_STOP.sub(r"\1", "\n\n".join(paras)).strip() + "\n"

    def counted(body: str, limit: bool = False) -> int:
        """Words of the message proper: greeting to close, without the signature block (for the length cut, `limit`:
        a slot as the answer's words, draftwords.limit_words)."""
        text = body.rsplit("\n\n", 1)[0]
        return limit_words(text) if limit else _words(text)

    if whole_lines and counted(render(longer := [whole_lines.get(r) or r for r in recap], action_lines, False)) \
            <= max_words:
        recap = longer
    if state.open("order"):
        opening = order_line(state, p, recap) or opening  # the price said once: in the rep's line when it has it
    body = render(recap, action_lines, False)
    quoted = "\n".join(i.quote for i in state.items)  # a line pasting 8 words of these is cut as before (latest.py)
    while counted(body) > max_words and (len(recap) > 1 or len(action_lines) > 1):
        cut = ([r for r in recap if r in spec_lines] or [r for r in recap if r in feature_lines]
               or [r for r in recap if r in listed_line] or recap)[-1]
        if len(recap) > 1 and _MONEY.search(cut) and counted(body, limit=True) <= max_words \
                and not echoes(cut, quoted):
            if close and pref is None:  # a pleasantry goes before the draft stays over: the close honouring no wish
                close = ""
                body = render(recap, action_lines, False)
            break  # only the slots' questions are over: they never push out a figure in force said in our words
        if cut in listed_line and len(listed) > 1:  # the customer's list loses its last point, not all of them
            listed = listed[:-1]
            listed_line = [p["listed"].format(x=_join([i.text for i in listed], p["and"]))]
            recap[recap.index(cut)] = listed_line[0]
        elif len(recap) > 1:
            recap.remove(cut)  # a noted list first, then a feature, then the customer's list, then the last
        else:
            action_lines.pop()
        body = render(recap, action_lines, False)
    if counted(body) < MIN_WORDS:
        body = render(recap, action_lines, True)
    subject = reply_subject(thread_subject) if thread_subject else (
        f"{p['subject_new']}: {state.topic}" if state.topic else p["subject_new"])
    sources = []
    seen: set[tuple] = set()
    for item in used:
        key = (item.source_kind, item.source_id, item.quote)
        if key not in seen:
            seen.add(key)
            sources.append({"kind": item.source_kind, "id": item.source_id, "quote": item.quote})
    return Composed(subject=subject, body=body, items=tuple(used), sources=tuple(sources),
                    slots=tuple(slots(body)), language=state.language)


def _newest(items: list[Item]) -> Item | None:
    """The newest of some items."""
    return max(items, key=lambda i: i.at) if items else None


__all__ = ["Composed", "MAX_WORDS", "MIN_WORDS", "PHRASES", "SLOT_RE", "compose_state", "framing_texts", "restate",
           "slots"]

"""Where one customer's conversation stands now: open questions, promises, terms in force, next step, wishes.

Pure functions: no database, no Flask. build_state() reads every message (both directions, new text only) and
call note of one customer in time order and keeps what is still open on the day the draft is written (the rules
are in followup.drafting.settle and followup.drafting.figures). Every item keeps its source (kind, id, exact
quote) so `followup drafts explain` can show why the draft says it."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from typing import Sequence

from followup.drafting.accepted import settled_by_yes
from followup.drafting.agreedday import agreed_days
from followup.drafting.alternatives import chosen_alternatives
from followup.drafting.appointment import find_appointment
from followup.drafting.arrowstep import arrow_in_house, arrow_step
from followup.drafting.askedafter import with_own_context
from followup.drafting.billedto import billed_to
from followup.drafting.callasked import answer_inside, direct_question, said_back
from followup.drafting.callback import with_call_request
from followup.drafting.capitals import with_names
from followup.drafting.changed import change_clause, counted_again
from followup.drafting.clauses import whole_clause
from followup.drafting.cleaning import GREETING_LINE, SIGN_OFF, clean
from followup.drafting.countered import countered
from followup.drafting.covered import back_in_person
from followup.drafting.cutting import MAX_RESTATED_WORDS, OWN_RESTATED_WORDS, shorten
from followup.drafting.daylist import unlisted
from followup.drafting.days import local_day, resolve_due, restate_dates, say_day
from followup.drafting.deadline import deadlines
from followup.drafting.decided import decided_since
from followup.drafting.features import with_features
from followup.drafting.figures import STATED_PRICE
from followup.drafting.forward import forward_request
from followup.drafting.frame import back_from_away, is_formal_thread, thread_sign_off
from followup.drafting.greeting import formal_greeting, rep_greeting
from followup.drafting.included import included_since
from followup.drafting.inforce import dated_deliveries, in_force, repricing_asked
from followup.drafting.insiders import as_customer
from followup.drafting.interaction import last_interaction
from followup.drafting.internal import internal_measures, staff_names, strip_internal
from followup.drafting.items import Item, State
from followup.drafting.joinedasks import split_joined_asks
from followup.drafting.labelled import note_named, picked
from followup.drafting.latest import latest_asks
from followup.drafting.lists import joins_list, listed_points, with_listed
from followup.drafting.memo import forget
from followup.drafting.moved import moved_dates
from followup.drafting.narrowed import narrowed
from followup.drafting.needby import needed_by
from followup.drafting.newcount import newest_counts
from followup.drafting.newest import answered_in_other_words, newest_figures
from followup.drafting.newfigure import new_figures
from followup.drafting.nextstep import next_steps
from followup.drafting.noted import NOTED_WORDS, dated_day, dated_event, dated_statement, moved_later, the_body
from followup.drafting.options import either, unchosen
from followup.drafting.order import with_order
from followup.drafting.owed import followed, missing, without_complaint
from followup.drafting.owner import owned_preferences
from followup.drafting.paired import said_whole
from followup.drafting.past import back_now, past_points
from followup.drafting.people import customer_away, note_caller, signer, with_askers
from followup.drafting.pointed import (
    without_ack,
    without_aside,
    without_count,
    without_label,
    without_theirs_to_confirm,
)
from followup.drafting.promised import note_promise
from followup.drafting.reading import (
    ASKED,
    CALL_LEAD,
    INTERNAL,
    INTERNAL_ANY,
    MAX_SENTENCE_WORDS,
    OUR_QUESTION,
    PLEASANTRY,
    SAID_YES,
    UNSURE,
    asked_open,
    is_customer,
    is_note_header,
    name_from_headers,
    names_unknown,
    sentence_kind,
    visible_words,
)
from followup.drafting.redated import redated
from followup.drafting.register import register_item
from followup.drafting.relayed import (
    asked_indirectly,
    asks_to_ask,
    own_word,
    question_label,
    reports_mail,
    without_remark,
)
from followup.drafting.relayedasks import asked_on, hangs_on_answer, points_below, split_relayed_asks
from followup.drafting.replied import answered_by_reply, slotted_put_offs
from followup.drafting.reported import (
    NOTE_PROMISE,
    customer_said,
    note_said,
    own_promise,
    promise,
    promise_inside,
    quote_promise,
)
from followup.drafting.requote import requoted
from followup.drafting.resized import resized_prices
from followup.drafting.restating import restate, tidy
from followup.drafting.sendback import facts_asked, kept_addressed, sent_request
from followup.drafting.sendonce import sent_once
from followup.drafting.sentences import Source, sentence_spans
from followup.drafting.sentsince import kept_sends
from followup.drafting.settle import guard, settle_items
from followup.drafting.shorthand import spell_out
from followup.drafting.staledays import stale_days
from followup.drafting.stands import standing_terms
from followup.drafting.startday import wanted_start
from followup.drafting.toldwill import told_will, told_will_open
from followup.drafting.unpicked import said_of_one, unpicked
from followup.drafting.untold import topic_answer, untold_answers
from followup.drafting.wanted import wanted
from followup.drafting.words import PAREN, content, detect_language, says_language


def build_state(sources: Sequence[Source], tz: str, now: datetime, *, customer_name: str = "") -> State:
    """What is open in one customer's conversation on the day of now (naive UTC)."""
    forget()  # a new conversation: the memos of the last one's sentences are of no more use
    ordered = sorted(sources, key=lambda s: (s.at, s.kind, s.id))
    today = local_day(now, tz)
    # the customer's own words decide; where they say too little ("passt. Auftrag."), the rep's mail and notes too
    theirs = [clean(s.text, s.direction, customer_name) for s in ordered if s.direction == "inbound"]
    language = detect_language(theirs if says_language(theirs) else theirs + [
        clean(s.text, s.direction, customer_name) if s.direction == "outbound" else s.text for s in ordered
        if s.direction != "inbound"] or [""])
    items: list[Item] = []
    relayed: set[str] = set()  # the questions a customer passed on, asked directly
    topic = ""
    cleaned = {(s.kind, s.id): clean(s.text, s.direction, customer_name) for s in ordered}
    visible = visible_words(ordered, cleaned, customer_name)
    notes = [s.text for s in ordered if s.direction == "note"]
    staff = staff_names(notes, visible)
    secret = internal_measures(notes, [s.text for s in ordered if s.direction != "note"])
    for src in ordered:
        if src.direction == "note":
            cleaned[(src.kind, src.id)] = strip_internal(cleaned[(src.kind, src.id)], visible, staff, secret)
    first = (customer_name or "").split()[0] if (customer_name or "").split() else ""
    header_name = "" if first else name_from_headers(ordered)
    first = first or header_name
    topic_of: dict = {}  # "Fragt nach Lieferzeit - hab 12 bis 14 Wochen gesagt": what the next clause answers
    for src in ordered:
        text = cleaned[(src.kind, src.id)]
        asking = ""  # how the last sentence asked indirectly ("relayed", "asked"): "Et si ..." after it goes on asking
        for start, end, s_start, s_end in sentence_spans(text, src.direction):
            quote = text[start:end]
            if len(quote.split()) > MAX_SENTENCE_WORDS or not (re.search(r"[^\W\d_]{3,}", quote)
                                                                 or STATED_PRICE.search(quote)):
                continue
            if SIGN_OFF.match(quote) or GREETING_LINE.match(quote):
                continue
            if src.direction == "note" and is_note_header(quote):
                if not topic:
                    m = re.search(r"\b(?:re|about|regarding|on|topic)\s*[:-]?\s+(.+)$", quote, re.I)
                    topic = tidy(m.group(1)) if m else ""
                continue
            if src.direction == "inbound" and PLEASANTRY.match(quote.strip()) and "?" not in quote:
                continue
            if src.direction == "inbound" and (points_below(quote) or hangs_on_answer(quote)):
                # "Khalid asked something below": the questions it points to are the points; "If not we need a
                # second solution": what a no to the question before would mean, no point of its own
                continue
            lead = re.match(r"^([^:]{3,60}):\s+(?=\S)", quote) if src.direction == "note" else None
            if lead and reports_mail(lead.group(1)):
                continue  # "Imhof mailte kurz: 145 ist zu hoch": their email, reported; not ours to restate
            if lead and (names_unknown(lead.group(1), visible, language) or INTERNAL.match(lead.group(1))
                         or INTERNAL_ANY.search(lead.group(1)) or CALL_LEAD.match(lead.group(1))
                         or is_customer(lead.group(1), customer_name)):
                # "Tel. Frau Schubert: ...", "Llamé a Andrés: ...", "Gil: ...": who was called, not what was said
                quote = quote[lead.end():]  # "Kurz mit Rezeption (Jana) gesprochen: 18 Zimmer ...": the point stays
            if src.direction == "note":
                quote = re.sub(r"^(?:questions?|fragen?|preguntas?|q)\s*:\s*", "", quote, flags=re.I)
            if src.direction == "inbound":
                quote = without_ack(quote)  # "Perfect, please send the deposit invoice": the request is the point
                quote = as_customer(quote, language)  # "Our director likes X": the customer's own stance, no title
                if PLEASANTRY.match(quote.strip()) and "?" not in quote:
                    continue  # "Great, thanks for the call": a pleasantry still
            # "Important, we need them by December 11", "Zur Bauzeit: wir haben ...": the label is no part of the point
            quote = without_label(quote)
            if quote.rstrip().endswith("?"):
                quote = re.sub(r"^[\s–—-]+", "", quote)
                quote = re.sub(r"^[A-ZÀ-Ý][\w'’-]+,\s+(?=[a-zà-ÿ¿])", "", quote)  # "Lucía, y con ...?": a name called
                ask = question_label(quote)
                if ask and src.direction == "inbound":
                    quote = quote[ask.end():]  # "Eine Frage noch aus der Geschäftsleitung: Gibt es ...?"
            # "Deux questions : pouvez-vous ...", "Two questions: can you ...": the count is no part of the question
            quote = without_count(quote)
            went_on = asked_on(quote, language) if src.direction == "inbound" and asking else ""
            if src.direction == "inbound" and asked_indirectly(quote, language):
                passed_on = asks_to_ask(quote, language)
                quote = asked_indirectly(quote, language)  # "Our director asks if ...", "Please tell which ...": asked
                asking = "relayed" if passed_on else "asked"
                if passed_on:
                    relayed.add(quote)  # a colleague's "can you ask them if A, and if B" below: two questions
            elif went_on:
                quote = went_on  # "Demande-leur si A. Et si B.": B asked as A was
                if asking == "relayed":
                    relayed.add(quote)
            else:
                asking = ""
            if src.direction == "note":
                if NOTE_PROMISE.match(own_word(quote)):
                    quote = own_word(quote)  # "Said I'd send the plan": the rep's promise
                # "2 mois gratuits, vérifié avec Sophie aux ventes", "proposed Wed 12 May 10am, tbc by her": the
                # point stays, who checked it and who is to confirm it do not
                quote = without_aside(quote)
            # a question the customer asked on the call may name a place only the note has ("à Nanterre")
            asked_here = src.direction == "note" and quote.rstrip().endswith("?") and not OUR_QUESTION.search(quote)
            internal = src.direction == "note" and (bool(INTERNAL.match(quote.strip()))
                                                    or bool(INTERNAL_ANY.search(PAREN.sub("", quote)))
                                                    or (not asked_here and names_unknown(quote, visible, language)))
            if src.direction == "note" and arrow_in_house(quote, text[s_start:start], language, visible):
                internal = True  # "-> check with marketing", "→ ask MF/docs": the rep's company at work, never said
            promised = (arrow_step(quote, text[s_start:start], language, visible) or promise_inside(quote, language)
                        or told_will_open(quote, language, [cleaned[(o.kind, o.id)] for o in ordered if o.at > src.at
                                                            and o.direction == "outbound"])
                        or quote_promise(quote, language) or note_promise(quote, language)) \
                if src.direction == "note" else ""
            unsure = src.direction == "note" and not promised and bool(
                UNSURE.search(without_theirs_to_confirm(text[s_start:s_end].replace("’", "'"))))
            if unsure:
                internal = True
            asked = (ASKED.search(quote) or wanted(quote, language, text[end:s_end])) if unsure else None
            if asked is None and src.direction == "note" and not promised:
                asked = asked_open(quote, first, text[end:])
                yes = SAID_YES.match(text[end:]) if asked is False else None
                if yes:
                    # "asked if we can file before Dec 18 - said yes": what the rep confirmed on the call
                    items.append(Item(kind="answer", text="", quote=quote + yes.group(0).rstrip(" ."),
                                      source_kind=src.kind, source_id=src.id, at=src.at, direction="note"))
                    continue
                if asked is False:
                    about = re.search(r"(?:about|nach|sur|por)\s+(?P<t>[^\W\d_][\w -]{1,50}?)\s*$",
                                      re.split(r"\s[-–—>]+\s|:", quote)[0])
                    topic_of[(src.kind, src.id)] = about.group("t").strip() if about else ""
                    # "Er fragt ob ... nötig → hab gesagt 230 V reicht": the answer is in this clause, after the arrow
                    quote = answer_inside(quote)
                    if not quote:
                        continue  # asked and answered on the call: the answer that follows is the point
            if asked:
                # a question asked on the call that the rep could not answer: an open question, never a guess
                ask, yes = without_remark(quote[asked.end():])  # "..., no sé, revisar ficha": the rep's remark
                if yes:
                    # "Pregunta si podemos X: le dije que sí": answered on the call, X is what was agreed
                    items.append(Item(kind="term", text="", quote=ask, source_kind=src.kind, source_id=src.id,
                                      at=src.at, direction="note"))
                    continue
                ask = direct_question(ask, asked.group(0), language)
                known = set().union(*[content(i.quote) for i in items if i.kind == "question"])
                if not unsure and content(ask) and content(ask) <= known:
                    continue  # "Asked about PMI again": the question is already open
                if ask:
                    items.append(Item(kind="question", text=ask, quote=quote, source_kind=src.kind,
                                      source_id=src.id, at=src.at, direction="note"))
                continue
            kind = sentence_kind(quote, src.direction, text[s_end:].lstrip(' '))
            # "Envoie-moi le contrat", "Could you send the contract today?": answered by the rep sending it; a day
            # or addressee asked is said as of today in the rep's own sentence (errand), never restated or cut
            sending, dated = sent_request(quote, language, local_day(src.at, tz), today, text[:s_start],
                                          text[s_end:]) if src.direction == "inbound" else ("", False)
            errand = sending if dated else ""
            unread = sending if language == "en" and not dated else ""  # English: read by restating, this if not
            sending = "" if unread else sending
            if src.direction == "inbound" and not (sending or unread):
                sending = billed_to(quote, language)  # "Invoice to Napfény Kemping Kft.": confirmed with the name
            kind = "request" if sending or (unread and kind is None) else kind
            if src.direction == "note" and kind not in ("commitment", "preference") and NOTE_PROMISE.match(quote.strip()):
                kind = "commitment"
            if kind is None:
                if src.direction == "note" and content(quote):
                    kind = "answer"  # kept for answering questions; restated only when it reads as an answer
                if kind is None:
                    continue
            if internal:
                kind = "unsure" if unsure else "answer"
            if promised:
                kind, internal = "commitment", False
            foreign = language != "en" and src.direction in ("note", "inbound")
            shorthand_question = src.direction == "note" and kind == "question"  # a slot keeps the note's words
            said = quote
            if src.direction == "note" and first:
                if re.search(rf"\b(?:tell|write|email|call|remind|text|ping|sagen|schreiben|anrufen|dire à|écrire à|"
                             rf"rappeler|decirle a|escribir a|llamar a)\s+(?:\w+\.?\s+)?{re.escape(first)}\b", quote, re.I):
                    internal = True  # "Need to tell Oliver both": the rep's to-do about the customer
                # "Thandi says she'll sign" (a short form of Thandiwe): what she said, turned to "you'll sign"
                said = re.sub(rf"^{re.escape(first[:4])}\w*\s+(?:says|said|mentioned|confirmed)(?:\s+that)?\s+"
                              r"(?=(?:she|he|they)\b)", "", quote)
                said = re.sub(rf"^{re.escape(first)}\b(?!\s*[:,])", "He", said)  # "Gary needs ..." -> "you need ..."
            text_ = restate(said, src.direction, kind) if not (internal or foreign or shorthand_question) else ""
            if foreign and not internal and (kind in ("constraint", "term", "request", "preference", "answer") or (
                    kind == "commitment" and src.direction == "note" and not promised
                    and not own_promise(quote, language))):
                # reported speech in the customer's language: "wir planen" -> "Sie planen", "Veut" -> "vous voulez"
                plain = PAREN.sub("", quote)
                text_ = customer_said(plain, language) if src.direction == "inbound" else note_said(plain, language)
                if text_ and kind in ("answer", "commitment"):
                    kind = "constraint"  # a note's word about the customer's side, not an answer the rep gave

            text_ = sending or promised or text_
            if not text_ and language == "en" and src.direction == "inbound" and unread and not internal:
                text_, kind = unread, "request"  # "..., please send the revised invoice"
            if not text_ and src.direction == "inbound" and kind in ("term", "constraint", "request") and not internal:
                # "The board pack goes out on 4th December": a day on their side, noted even when it is not "you"
                if language == "en" and kind != "request" and len(quote.split()) <= NOTED_WORDS \
                        and (dated_day(quote, today) or date.min) >= today:
                    text_ = the_body(restate(said, "inbound", "question"))
                elif language == "en" and (event := dated_event(quote, today)):
                    text_ = the_body(restate(event, "inbound", "question"))  # "Board meets Thursday 2 December and"
                elif language != "en":
                    text_ = dated_statement(quote, language, today)
                later = [cleaned[(o.kind, o.id)] for o in ordered if o.at > src.at]
                if text_ and moved_later(dated_day(quote, today) or today, later, today):
                    text_ = ""  # "10 weeks from 7 December", then "the start must move to 14 December"
            if not text_ and foreign and src.direction == "inbound" and kind in ("term", "constraint") \
                    and not internal:
                # "On ajoute la ligne, donc 9 lames": the customer's change, its figure said back, unless counted anew
                text_ = change_clause(quote, language)
                if text_ and counted_again(text_, [cleaned[(o.kind, o.id)] for o in ordered if o.at > src.at]):
                    text_ = ""
            if not text_ and src.direction == "note" and kind == "commitment" and not internal:
                text_ = promise(quote, language) or (own_promise(quote, language) if foreign else "")
            if src.direction == "note" and kind == "constraint" and not text_ and STATED_PRICE.search(quote):
                kind = "term"  # "-> EUR 26,900, she agreed in principle": the figure in force, said as a term
            if kind == "answer" and len(quote.split()) < 2:
                continue  # "Tel.", "ok": shorthand, not a point
            due = resolve_due(quote, src.at, tz) if kind in ("commitment", "next_step", "request",
                                                                "constraint", "term") else None
            when = ""
            if due is not None:
                day = local_day(due, tz)
                when = say_day(day, today) if day >= today else ""
                if promised and day < today and quote_promise(quote, language):
                    text_ = quote_promise(quote, language, dated=False)  # still owed, but its day has passed
                elif promised and day < today and (note_promise(quote, language) or told_will(quote, language)):
                    text_ = note_promise(quote, language, dated=False) or told_will(quote, language, dated=False)
            if text_:
                text_ = errand or restate_dates(text_, src.at, tz, today, language)  # its day is said as of today
                if src.direction == "note":
                    text_ = spell_out(text_, language)  # "pro MA/Monat" -> "pro Mitarbeiter und Monat"
            listed = joins_list(quote) or bool(sending)  # a joined list keeps every item, as does a thing to send
            topic_here = topic_of.pop((src.kind, src.id), "")
            if topic_here and not text_ and kind in ("term", "answer", "constraint"):
                # the answer given on the call, with what was asked: "Lieferzeit: 12 bis 14 Wochen"
                text_, yes = topic_answer(topic_here, said_back(quote), language)
                if yes:  # "asked about three instalments - yes, 40/30/30": quoting the whole sentence answers it
                    items.append(Item(kind="commitment", text=text_, quote=text[s_start:s_end].strip(),
                                      source_kind=src.kind, source_id=src.id, at=src.at, direction="note"))
                    continue
                kind = "term"
            limit = OWN_RESTATED_WORDS if src.direction == "outbound" else MAX_RESTATED_WORDS
            said_text = (text_ if listed else shorten(text_, limit)) if text_ else ""
            if said_text and src.direction == "inbound":
                # the customer's sentence whole, or up to a clause end (with the rest of a fact's clause that holds
                # its new figure, "you take the VL-90, but 10 cases, not 8", where nothing newer can have changed it)
                newest = not any(o.at > src.at and o.direction in ("inbound", "note") for o in ordered)
                said_text = whole_clause(said_text, quote, language,
                                         extend=newest and kind in ("constraint", "request", "term"))
            said_text = errand or (text_ if text_ in (sending, unread) and text_ else said_text)  # the rep's own line
            item = Item(kind=kind, text=said_text, quote=quote, source_kind=src.kind,
                        source_id=src.id, at=src.at, direction=src.direction, due=due, when=when,
                        internal=internal)
            if due is not None and local_day(due, tz) < today and kind in ("commitment", "next_step"):
                # a promised day that has passed is restated without its day
                item = replace(item, when="")
            items.append(item)
    items = split_relayed_asks(items, relayed, language)  # "demander s'ils A, et si B": two, as asked directly
    items = split_joined_asks(items, language)  # "saber si A, y si B": two questions, each answered on its own
    items = facts_asked(said_whole(items, cleaned, language), language)  # pairs said whole; a deadline is told
    items = kept_addressed(guard(settle_items(items, ordered, cleaned), ordered, customer_name, visible, cleaned), items)
    items = newest_counts(items, ordered, cleaned)  # "150 casseroles, not 120": every point says 150
    items = answered_in_other_words(newest_figures(items, ordered, cleaned), ordered, cleaned)
    items = answered_by_reply(items, ordered, cleaned)  # the rep replied and the customer moved on
    items = followed(without_complaint(items, missing(ordered, cleaned)), ordered, cleaned, today)  # owed, first
    items = past_points(requoted(items, ordered, tz, today), today)
    items = back_now(repricing_asked(with_features(items, ordered, cleaned), ordered, cleaned))  # "nouveau prix ?": totals go
    items = decided_since(back_in_person(items, ordered, cleaned), ordered, cleaned)  # the rep is back; they decided
    items += standing_terms(items, ordered, cleaned, today)  # an older offer's delivery, warranty ... still in force
    items = moved_dates(items, ordered, cleaned)  # after the offer's own words, which can carry a day given up too
    items = slotted_put_offs(items)  # "still waiting for the factory": the answer slot asks it now
    appointment = find_appointment(ordered, cleaned, tz, today, language)
    if appointment is not None:
        items.append(appointment)  # "site visit on Tuesday at 2pm": the newest agreed time that is not past
    items = wanted_start(items, ordered, cleaned, tz, today, language)  # "we'd want you from 1 February"
    items = countered(unlisted(redated(items, ordered, cleaned), ordered, cleaned), ordered)  # older day gone
    items = stale_days(items, ordered, cleaned, today)  # "this week" said last week; a day declined; a time moved
    items = narrowed(items, ordered, cleaned, language)  # what the customer cut, replaced or turned down; what was done
    items = included_since(items, ordered, cleaned)  # "montage offert": the old price of the part is not said again
    items = resized_prices(items, ordered, cleaned)  # "22 x 16 m, not 14": prices for the old size are out of force
    items = dated_deliveries(items, ordered, cleaned)  # "6-8 weeks", then "delivery the week of December 15"
    items = in_force(unchosen(items, ordered, cleaned), ordered, cleaned)  # last: no replaced amount said again
    items = agreed_days(new_figures(items, cleaned, language), today, language, visible)  # the new price; the agreed day
    items = chosen_alternatives(items, ordered, cleaned)  # "full page €X, half page €Y", then "we take the half page"
    items = with_listed(items, listed_points(ordered, items, language))  # their newest email's list, point by point
    # "please send the quote to my colleague Anna Berg": the rep says it will
    items += [f for f in [forward_request(ordered, language)] if f is not None]
    # who on their side does the next step, and when ("die Abnahme macht Herr Kück"): before the rest said back
    items = next_steps(items, ordered, cleaned, language, [customer_name] + [signer(s.text or "") for s in ordered
                                                                          if s.direction == "outbound"], tz)
    items = latest_asks(items, ordered, cleaned, language, tz)  # what their newest email asks or changes, no rule read
    items = deadlines(items, ordered, cleaned, language, tz, today)  # "the council needs the price before Christmas"
    items = sent_once(with_call_request(items, ordered, cleaned, tz, today, language))  # "call me Thursday"; sent once
    last = last_interaction(ordered, tz, today, language)
    # the customer's newest email accepts the offer or orders ("wir bestellen"), attaches a PO, announces a deposit
    items = with_order(items, ordered, cleaned, last, language)
    items = picked(either(items, ordered, cleaned), ordered, cleaned, last)  # "we'll go with B": B confirmed, A gone
    items = note_named(items, ordered, cleaned, language)  # "Argent OK, 10 places = +900 €": the option said by name
    items = said_of_one(unpicked(items, ordered, cleaned), ordered, cleaned, last.get("chosen", ""))  # one option chosen
    items = untold_answers(settled_by_yes(items, ordered, cleaned, last, language), ordered, cleaned, language)
    informal = register_item(ordered, language, tz)
    if informal is not None:
        items.append(informal)  # du / tu / tú, from the rep's own newest email that addresses the customer
    items = with_names(with_askers(items, ordered, customer_name), ordered)  # a colleague's question is theirs
    items = owned_preferences(items, ordered, customer_name)  # a chairman's evening calls are not hers
    items = kept_sends(items, ordered, cleaned)  # "Send revised terms Friday", then the rep's email on Friday
    items = with_own_context(items, cleaned)  # the sentence before each question they asked, for its slot
    items = needed_by(items, ordered, cleaned, language)  # "we must have it running by 1 March": can it be?
    topic = topic or _topic(items)
    return State(items=tuple(items), language=language, today=today, last=last, topic=topic, tz=tz,
                 name=header_name, sign_off=thread_sign_off(ordered), formal=is_formal_thread(ordered),
                 back=back_from_away(ordered, tz, now), away=customer_away(ordered, customer_name),
                 caller=note_caller(ordered, customer_name),
                 notes=tuple(cleaned[(s.kind, s.id)] for s in ordered if s.direction == "note"),
                 greeting=rep_greeting(ordered, customer_name) or (
                     "" if informal else formal_greeting(ordered, customer_name, language)))


def _topic(items: Sequence[Item]) -> str:
    """What a call note was about, from the first thing the customer wanted ("the case study from ...")."""
    for item in items:
        if item.direction == "note" and item.text.startswith(("you'd like ", "you need ")):
            rest = re.split(r",| and | because | so ", item.text.split(" ", 2)[2])[0].strip()
            rest = re.sub(r"^to ", "", rest)
            if 1 <= len(rest.split()) <= 8:
                return rest
    return ""


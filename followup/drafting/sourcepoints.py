"""Every sentence of one conversation's sources read into state items: what each asks, says, promises or
agrees, with its day; what is still open on the day the draft is written is followup.drafting.stillopen's."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from followup.drafting.arrowstep import arrow_in_house, arrow_step
from followup.drafting.billedto import billed_to
from followup.drafting.callasked import answer_inside, direct_question, said_back
from followup.drafting.changed import change_clause, counted_again
from followup.drafting.clauses import whole_clause
from followup.drafting.cleaning import GREETING_LINE, SIGN_OFF
from followup.drafting.cutting import MAX_RESTATED_WORDS, OWN_RESTATED_WORDS, shorten
from followup.drafting.days import local_day, resolve_due, say_day
from followup.drafting.figures import STATED_PRICE
from followup.drafting.firmid import with_firm_id
from followup.drafting.followed import asked_wish
from followup.drafting.insiders import as_customer
from followup.drafting.items import Item
from followup.drafting.lists import joins_list
from followup.drafting.noted import NOTED_WORDS, dated_day, dated_event, dated_statement, moved_later, the_body
from followup.drafting.owedsend import fronted_send, owed_send
from followup.drafting.partyname import party_line
from followup.drafting.pointed import (
    without_ack,
    without_aside,
    without_count,
    without_label,
    without_theirs_to_confirm,
)
from followup.drafting.promised import note_promise
from followup.drafting.reading import (
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
    names_unknown,
    sentence_kind,
)
from followup.drafting.relayed import (
    asked_indirectly,
    asks_to_ask,
    own_word,
    question_label,
    reports_mail,
    without_remark,
)
from followup.drafting.relayedasks import asked_on, hangs_on_answer, points_below
from followup.drafting.reported import (
    NOTE_PROMISE,
    customer_said,
    note_said,
    own_promise,
    promise,
    promise_inside,
)
from followup.drafting.restatedays import restate_dates
from followup.drafting.restating import restate, tidy
from followup.drafting.secret import secret_lead
from followup.drafting.sendback import sent_request
from followup.drafting.sentences import Source, sentence_spans
from followup.drafting.shorthand import spell_out
from followup.drafting.toldwill import told_will, told_will_open
from followup.drafting.untold import topic_answer
from followup.drafting.wanted import wanted
from followup.drafting.wantedoffer import quote_promise
from followup.drafting.whasked import ASKED
from followup.drafting.words import PAREN, content


def read_points(ordered: Sequence[Source], cleaned: dict, language: str, visible: set[str], first: str,
                today: date, tz: str, customer_name: str) -> tuple[list[Item], set[str], str]:
    """The items every sentence of the ordered sources says (cleaned: each source's own words), the questions a
    customer passed on (asked directly) and the topic a call note's header names."""
    items: list[Item] = []
    relayed: set[str] = set()  # the questions a customer passed on, asked directly
    topic = ""
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
            secret = bool(lead) and secret_lead(lead.group(1))  # "Keep quiet: port-in takes 10 days": all of it
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
            internal = src.direction == "note" and (secret or bool(INTERNAL.match(quote.strip()))
                                                    or bool(INTERNAL_ANY.search(PAREN.sub("", quote)))
                                                    or (not asked_here and names_unknown(quote, visible, language)))
            if src.direction == "note" and arrow_in_house(quote, text[s_start:start], language, visible):
                internal = True  # "-> check with marketing", "→ ask MF/docs": the rep's company at work, never said
            promised = (arrow_step(quote, text[s_start:start], language, visible) or fronted_send(quote, language)
                        or promise_inside(quote, language)
                        or told_will_open(quote, language, [cleaned[(o.kind, o.id)] for o in ordered if o.at > src.at
                                                            and o.direction == "outbound"])
                        or quote_promise(quote, language) or note_promise(quote, language)
                        or owed_send(quote, language)) \
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
            if kind == "question" and src.direction == "inbound" and asked_wish(quote, src.at, tz):
                continue  # "can you leave it with me and not chase before Monday 7 March?": followed, not answered
            # "Envoie-moi le contrat", "Could you send the contract today?": answered by the rep sending it; a day
            # or addressee asked is said as of today in the rep's own sentence (errand), never restated or cut
            sending, dated = sent_request(quote, language, local_day(src.at, tz), today, text[:s_start],
                                          text[s_end:]) if src.direction == "inbound" else ("", False)
            errand = sending if dated else ""
            unread = sending if language == "en" and not dated else ""  # English: read by restating, this if not
            sending = "" if unread else sending
            if src.direction == "inbound" and not (sending or unread):
                # "Invoice to Napfény Kemping Kft.", "The contract has to be with ... LLP": confirmed with the name
                sending = billed_to(quote, language) or party_line(quote, language)
            elif src.direction == "note" and not internal:  # "Contract party: ... Ltd." as the customer said it on a call
                sending = party_line(quote, language)
            elif (sending or unread) and not errand and (party := party_line(quote, language)):
                # "Vertrag bitte an mich, Vertragspartner ist ... gGmbH", "Please send me the order confirmation to
                # sign, on the name ... I.K.E.": both said (an English request is then not restated, the name kept)
                made_out = re.match(r"I'll make the [\w -]+ out to (?P<name>.+)$", party) if unread else None
                sending, unread = (f"{unread.rstrip('.')}, made out to {made_out['name']}" if made_out
                                   else f"{sending or unread} {party}"), ""
            sending, errand = with_firm_id(sending, quote), with_firm_id(errand, quote)  # "..., CIF G..." kept: firmid.py
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

            # "Contrat à envoyer lundi, au nom de ... ltée": the promise stays the note's, the name a line of its own
            party, sending = (sending, "") if src.direction == "note" and promised and sending else ("", sending)
            text_ = sending or promised or text_
            # the document a note line says is owed, said whole in the rep's own words (wantedoffer.py)
            own = bool(promised) and text_ == promised == quote_promise(quote, language)
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
                elif promised and day < today and owed_send(quote, language):
                    text_ = owed_send(quote, language, dated=False)  # "Revised quote to go out Tue": owed, day past
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
            # a note's promise is said in the rep's own words already ("I'll send you the revised quote and the ...")
            limit = OWN_RESTATED_WORDS if src.direction == "outbound" or own else MAX_RESTATED_WORDS
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
            if party:
                items.append(replace(item, kind="request", text=party, due=None, when=""))
    return items, relayed, topic

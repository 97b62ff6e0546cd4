"""Closing items in time order: a question answered by a later rep email or note, a promise kept or superseded,
a term replaced (the guard that keeps leaks and stale figures out of what is said: guarded.py)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.measured import figures
from followup.drafting.notedefer import deferred_in_note
from followup.drafting.paired import (
    SEND_OFFER,
    arrow_units,
    asks_price,
    day_confirmed,
    direct_reply,
    labelled_answer,
    states_price,
)
from followup.drafting.partyname import party_unnamed
from followup.drafting.pricedthing import prices_that
from followup.drafting.reading import (
    ASK_SEND,
    KEPT,
    OVERTAKEN,
    TERM_NOUN,
    UNSURE,
    interaction_kind,
)
from followup.drafting.recount import (
    keeps_offer,
)
from followup.drafting.restating import ASK_ACTION, tidy
from followup.drafting.revises import revises
from followup.drafting.rival import rival_figure
from followup.drafting.sentences import AMOUNT, Source, sentence_spans
from followup.drafting.taken import delivered, put_off_answered, sources_after, taken_up
from followup.drafting.thequote import quoted_in
from followup.drafting.words import content, defers_answer, misses_acronym, shared_words

# Content words a later rep email or note clause must share with a question to count as its answer.
ANSWER_OVERLAP = 2


# "How long does it take?" and a later rep sentence on the same thing that gives a duration ("takes 14 to 16 weeks").
# A sentence that only hands a document over ("Proposal attached.", "Anbei das Angebot.", "Ci-joint le devis.", "Le
# adjunto la propuesta."): it answers the request for it, but is no term to say again later.
_HANDED = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:attached|enclosed|anbei|beigefügt|ci-joint\w*|adjunt[oa]s?)\.?$|^(?:please "
                     r"find|attached|enclosed|anbei|im anhang|ci-joint\w*|vous trouverez|(?:le |te )?adjunt[oa]|here is)\b", re.I)
_DURATION_QUESTION = re.compile(r"\b(?:how long|how many (?:days|weeks|months)|lead time|wie lange|lieferzeit|"
                                r"combien de temps|quel délai|cuánto tiempo|qué plazo)\b", re.I)
_STATED_DURATION = re.compile(r"\b\d+(?:\s*(?:-|–|to|bis|à|a)\s*\d+)?\s*(?:working |business )?(?:days?|weeks?|months?|"
                              r"hours?|tage[n]?|wochen|monate[n]?|stunden|jours|semaines|mois|heures|días|semanas|meses|"
                              r"horas)\b", re.I)


# A promise to find something out: kept once a later rep email or note says it.
_CHECK_PROMISE = re.compile(r"\b(?:confirm|check|find out|let you know|get back to you|confirmo|confirmaré|compruebo|"
                            r"reviso|averiguo|vérifie|vérifierai|confirme|confirmerai|reviens vers vous|prüfe|kläre|"
                            r"bestätige|melde mich)\b", re.I)


# An answer on the call that only puts the question off ("said I'd check w/ Ellen", "weiss nicht, check w/ Software").
_DEFERS = re.compile(r"\b(?:i'?d|i'?ll|will) check\b|\bcheck w(?:/|ith)|\bask\b|\bwei(?:ß|ss) nicht\b|\bfragen\b|"
                     r"\bsais pas\b|\bà (?:vérifier|calculer|voir)\b|\bdemander\b|\bno (?:lo )?sé\b|\bchecar\b|"
                     r"\bchequear\b|\bconsultar\b|\bpreguntar\b", re.I)


# An amount of three or more digits with its currency or unit ("37.200 €", "NT$20,500", "240 V"), read without its
# separators; a bare number ("401(k)", "400+ pallets") is no figure a later note confirms.
_BIG_FIGURE = re.compile(r"(?:[$€£¥]|\b[A-Z]{2,3}\$?)\s?(\d[\d.,' \u202f]*\d)|"
                         r"(\d[\d.,' \u202f]*\d)\s?(?:[$€£¥%]|[A-Z]{3}\b|V\b|kW\b|kWh\b)")


# A note's running sum ("chariot CHF 14'500 -> CHF 193'500 HT", its result a clause of its own after the arrow) and
# the total the same note sums last ("Total CHF 199'700 HT"): only the total is in force.
_RUNNING = re.compile(r"(?:->|→|=>|=)\s*$")
_TOTAL_LEAD = re.compile(r"^\s*(?:(?:new|neuer?|nouveau|nuevo)\s+)?(?:total|gesamt\w*|insgesamt|totale?)\b", re.I)


def summed_again(item: Item, other: Item, cleaned: dict) -> bool:
    """Whether a later clause of the same note gives the total that an item's running sum led up to."""
    if item.direction != "note" or (item.source_kind, item.source_id) != (other.source_kind, other.source_id) \
            or not _TOTAL_LEAD.match(other.quote):
        return False
    text = cleaned.get((item.source_kind, item.source_id), "")
    at = text.find(item.quote.strip().rstrip("."))
    return at > 0 and bool(_RUNNING.search(text[:at]))


def _figures(text: str) -> set[str]:
    """The amounts of three or more digits in a text, separators dropped."""
    found = (re.sub(r"\D", "", m.group(1) or m.group(2)) for m in _BIG_FIGURE.finditer(text))
    return {f for f in found if len(f) >= 3}


def _figure_confirmed(question: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """ "Bleibt es bei 37.200 €?" answered by a later note or rep email that states that figure ("37.200 € je Stück
    bestätigt"): the source that does, or ""."""
    asked = _figures(question.quote)
    if not asked:
        return ""
    for later in sources_after(question.at, ordered, "outbound", "note"):
        for sentence in re.split(r"(?<=[.!])\s+", cleaned[(later.kind, later.id)]):
            if "?" not in sentence and asked <= _figures(sentence) and not (
                    UNSURE.search(sentence) or _DEFERS.search(sentence)):
                return f"{later.kind}:{later.id}"
    return ""


# What the customer asked of the rep's next move rather than of a fact: a call ("Can you give me a ring?"), answered
# by the call a later note records; an offer ("¿Qué nos podés ofrecer?"), answered by the rep's next email.
_CALL_REQUEST = re.compile(r"\b(?:give me a (?:ring|call|buzz)|call me|ring me|phone me|(?:can|could) (?:we|you) "
                           r"(?:have a |jump on a )?call|rufen sie (?:mich|uns) an|anrufen|appelez-(?:moi|nous)|"
                           r"m'appeler|nous appeler|ll[aá]m(?:e|a|enos|eme)|llamarme|llamarnos)\b", re.I)
_OFFER_QUESTION = re.compile(r"\bwhat (?:can|could|would|do) you (?:offer|propose|suggest|recommend)|"
                             r"\bwas (?:können|könnt|kannst) (?:sie|ihr|du) (?:uns |mir )?(?:anbieten|empfehlen)|"
                             r"\bwas schlagen sie vor|\bque (?:pouvez-vous|proposez-vous|nous proposez-vous|"
                             r"me proposez-vous|recommandez-vous)|\bqu'est-ce que vous (?:pouvez )?(?:proposez|"
                             r"proposer|offrir)|\bqu[eé] (?:nos |me )?(?:propone[ns]?|proponen|pod[eé]s ofrecer|"
                             r"puede[ns]? ofrecer|recomienda[ns]?|ofrece[ns]?|sugiere[ns]?)\b", re.I)
# A note that says what the rep told the customer on the call ("Lui ai confirmé que l'érable convient").
_TOLD_ON_CALL = re.compile(r"\b(?:told|informed|confirmed (?:to )?|assured|explained to) (?:him|her|them)\b|"
                           r"\b(?:lui|leur) ai (?:dit|confirmé|expliqué|indiqué|précisé)\b|"
                           r"\b(?:le|les) (?:dije|confirmé|expliqué|aclaré)\b|\b(?:ihm|ihr|ihnen) "
                           r"(?:gesagt|bestätigt|erklärt)\b|\bhab(?:e)? (?:ihm|ihr) (?:gesagt|bestätigt|erklärt)\b",
                           re.I)


def _answered_otherwise(question: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """The later source that answers a question no shared words tie to its answer: the call asked for, the offer
    asked for, or what the rep told them on a later call. "" when none does."""
    later = sources_after(question.at, ordered, "outbound", "note")
    if _CALL_REQUEST.search(question.quote):
        call = next((o for o in later if o.direction == "note"
                     and interaction_kind(o.text or cleaned[(o.kind, o.id)]) != "internal"), None)  # as written:
        # "Checked w/ Marlon: flatbed free" is no call, though the aside is cut from what is said (inhouse.py)
        if call is not None:
            return f"{call.kind}:{call.id}"
    if _OFFER_QUESTION.search(question.quote):
        reply = next((o for o in later if o.direction == "outbound"), None)
        if reply is not None:
            return f"{reply.kind}:{reply.id}"
    words = content(question.quote)
    for note in (o for o in later if o.direction == "note"):
        for sentence in re.split(r"(?<=[.!])\s+", cleaned[(note.kind, note.id)]):
            if _TOLD_ON_CALL.search(sentence) and "?" not in sentence and not _DEFERS.search(sentence) \
                    and words & content(sentence) and not party_unnamed(question.text, sentence):
                return f"{note.kind}:{note.id}"
    return ""


def settle_items(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """Mark answered questions, kept or superseded commitments, replaced terms and overtaken next steps."""
    out: list[Item] = []
    kept_by: list[Item] = []
    # every sentence of the rep's emails can answer, even one that is no point of its own ("none on this loan")
    replies = [Item(kind="reply", text="", quote=cleaned[(o.kind, o.id)][a:b], source_kind=o.kind, source_id=o.id,
                    at=o.at, direction=o.direction) for o in ordered if o.direction == "outbound"
               for a, b, _, _ in sentence_spans(cleaned[(o.kind, o.id)], o.direction)]
    replies += arrow_units(ordered, cleaned)  # "Boulder q -> rated 250 kJ": the note's point with its answer
    for n, item in enumerate(items):
        words = content(item.quote)
        status, by = "open", ""
        if item.kind in ("question", "request") and (item.direction == "inbound" or (
                item.kind == "question" and item.direction == "note" and not item.internal)):
            # a customer's question in an email, or one they asked on a call, until a later reply speaks to it
            need = 1 if ASK_ACTION.match(tidy(item.quote)) or ASK_SEND.search(item.quote) or len(words) <= 2 \
                else ANSWER_OVERLAP
            for other in items + replies:
                if other.at <= item.at or other.direction not in ("outbound", "note") or other.kind == "unsure":
                    continue
                if defers_answer(other.quote) or misses_acronym(item.quote, other.quote) or party_unnamed(item.text, other.quote):
                    continue  # "I'll check with our forwarder", or "handwriting" for "OCR": still open
                if other.direction == "note" and deferred_in_note(other.quote, cleaned.get((other.source_kind,
                                                                                             other.source_id), "")):
                    continue  # "Grande Prairie coverage - told him I'd check": the topic, its answer still owed
                # a measure both name counts for a question ("60 hp"); a request's figures are what it asks for
                shared = shared_words(words, content(other.quote)) + (
                    len(figures(item.quote) & figures(other.quote)) if item.kind == "question" else 0)
                if shared >= need or (asks_price(item.quote) and not other.internal
                                      and states_price(other.quote) and prices_that(item.quote, other.quote)) or (
                        # "Please send offer with measures": the rep's next email with a price is that offer
                        item.direction == "inbound" and other.direction == "outbound" and SEND_OFFER.search(item.quote)
                        and states_price(other.quote)) or (
                        shared and not other.internal and _DURATION_QUESTION.search(item.quote)
                        and _STATED_DURATION.search(other.quote)):
                    # "What would it cost then?" answered by the rep's next figure
                    status, by = "answered", f"{other.source_kind}:{other.source_id}"
                    if other.kind == "reply" and item.direction == "inbound" and "?" not in other.quote \
                            and other.direction == "outbound" and not (_HANDED.search(other.quote.strip())
                                                                       and not re.search(r"\d", other.quote)):
                        kept_by.append(replace(other, kind="term"))  # the rep's answer is a term in force
                    break
            if status == "open" and item.direction == "inbound":
                by = (_figure_confirmed(item, ordered, cleaned) if item.kind == "question" else "") \
                    or _answered_otherwise(item, ordered, cleaned) \
                    or (direct_reply(item, ordered, cleaned) if item.kind == "question" else "") \
                    or labelled_answer(item, ordered, cleaned) or day_confirmed(item, ordered, cleaned)
                status = "answered" if by else status
        elif item.kind == "commitment":
            for later in sources_after(item.at, ordered, "outbound", "note"):
                said = cleaned[(later.kind, later.id)]
                # a note keeps it only in a sentence that says it was done ("Greg emailed?? he needs the letter": no)
                done = later.direction == "outbound" and KEPT.search(said) or any(
                    KEPT.search(x) and words & content(x) and not x.rstrip().endswith("?")
                    for x in re.split(r"(?<=[.!?])\s+", said))
                if done:
                    status, by = "kept", f"{later.kind}:{later.id}"
                    break
            if status == "open" and (got := delivered(item, ordered, cleaned) or quoted_in(item, ordered, cleaned)):
                status, by = "kept", got  # "Sample received, thanks."; a note's "send new offer", then its prices
            if status == "open" and _CHECK_PROMISE.search(item.quote):
                # "I'll confirm whether roadside covers Portugal" kept by a later note that says it does
                # any later sentence of the rep's, a point of its own or not ("The connector is live"), can keep it
                done = next((o for o in items + replies if o.at > item.at and o.direction in ("outbound", "note")
                             and o.kind not in ("unsure", "question") and o is not item
                             and shared_words(words, content(o.quote)) >= ANSWER_OVERLAP), None) or put_off_answered(item, items)
                if done is not None:
                    status, by = "kept", f"{done.source_kind}:{done.source_id}"
                    if done.kind == "reply" and done.direction == "outbound":
                        kept_by.append(replace(done, kind="term"))  # what the rep found out is news in force
            if status == "open":
                newer = next((o for o in items[n + 1:] if o.kind == "commitment" and o.at > item.at
                              and len(words & content(o.quote)) >= 1), None)
                if newer is not None:
                    status, by = "superseded", f"{newer.source_kind}:{newer.source_id}"
        elif item.kind == "term":
            nouns = {m.group(1).lower() for m in TERM_NOUN.finditer(item.quote)}
            newer = next((o for o in items[n + 1:] if o.kind == "term" and not keeps_offer(o, item) and not rival_figure(o)
                          and (o.at > item.at and (
                nouns & {m.group(1).lower() for m in TERM_NOUN.finditer(o.quote)} or revises(o.quote))
                and AMOUNT.search(o.quote) or summed_again(item, o, cleaned))), None)
            if newer is not None and (AMOUNT.search(item.quote) or summed_again(item, newer, cleaned)):
                status, by = "superseded", f"{newer.source_kind}:{newer.source_id}"
        elif item.kind in ("constraint", "request", "term") and item.direction == "inbound":
            for later in sources_after(item.at, ordered, "inbound"):
                said = cleaned[(later.kind, later.id)]
                if OVERTAKEN.search(said) and words & content(said):
                    status, by = "superseded", f"{later.kind}:{later.id}"
                    break
            if status == "open" and item.kind == "constraint" and (by := taken_up(item, ordered, cleaned)):
                status = "answered"  # "We must reduce to 9 ha this season" priced since as "For 9 ha it is ..."
        elif item.kind == "next_step":
            newer = next((o for o in items[n + 1:] if o.kind == "next_step" and o.at > item.at), None)
            if newer is not None:
                status, by = "superseded", f"{newer.source_kind}:{newer.source_id}"
            elif item.direction == "inbound" and (by := taken_up(item, ordered, cleaned)):
                status = "answered"
        if status == "open" and item.kind in ("commitment", "next_step") and item.due is not None \
                and not item.when and item.direction == "note" and re.search(
                    r"\b(today|tonight|this (?:afternoon|morning|evening)|eod)\b", item.quote, re.I):
            status = "past"  # "I'll call you this afternoon" a week on is no promise any more
        out.append(replace(item, status=status, by=by))
    # the rep's sentence that kept a promise to find out, placed in time order among the points
    return sorted(out + [k for n, k in enumerate(kept_by) if k not in kept_by[:n] and k.quote not in
                         {o.quote for o in out}], key=lambda i: i.at)

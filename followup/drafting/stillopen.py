"""The items read from each sentence (followup.drafting.sourcepoints) settled to what is still open and in
force on the day the draft is written: answered, replaced, declined, past or chosen points go; owed ones stay."""
from __future__ import annotations

from datetime import date
from typing import Sequence

from followup.drafting.accepted import settled_by_yes
from followup.drafting.agreedday import agreed_days
from followup.drafting.alternatives import chosen_alternatives
from followup.drafting.appointment import find_appointment
from followup.drafting.askedafter import with_own_context
from followup.drafting.callback import with_call_request
from followup.drafting.capitals import with_names
from followup.drafting.countered import countered
from followup.drafting.covered import back_in_person
from followup.drafting.daylist import unlisted
from followup.drafting.deadline import deadlines
from followup.drafting.decided import decided_since
from followup.drafting.donesince import done_since
from followup.drafting.estimate import old_count_estimates
from followup.drafting.features import with_features
from followup.drafting.forward import forward_request
from followup.drafting.freedays import free_days
from followup.drafting.guarded import guard
from followup.drafting.included import included_since
from followup.drafting.inforce import dated_deliveries, in_force, repricing_asked
from followup.drafting.items import Item
from followup.drafting.joinedasks import split_joined_asks
from followup.drafting.labelled import note_named, picked
from followup.drafting.latest import latest_asks
from followup.drafting.listprice import below_list
from followup.drafting.lists import listed_points, with_listed
from followup.drafting.metcondition import condition_met
from followup.drafting.moved import moved_dates
from followup.drafting.narrowed import narrowed
from followup.drafting.needby import needed_by
from followup.drafting.newcount import newest_counts
from followup.drafting.newest import answered_in_other_words, newest_figures
from followup.drafting.newfigure import new_figures
from followup.drafting.nextstep import next_steps
from followup.drafting.objections import ruled_out
from followup.drafting.often import rhythm_changed
from followup.drafting.options import either, unchosen
from followup.drafting.order import with_order
from followup.drafting.otheroffer import other_offers
from followup.drafting.owed import followed, missing, without_complaint
from followup.drafting.owner import owned_preferences
from followup.drafting.paired import said_whole
from followup.drafting.papersent import papers_sent
from followup.drafting.past import back_now, past_points
from followup.drafting.people import signer, with_askers
from followup.drafting.period import changed_periods
from followup.drafting.redated import redated
from followup.drafting.relayedasks import split_relayed_asks
from followup.drafting.replied import answered_by_reply, slotted_put_offs
from followup.drafting.repromised import repromised
from followup.drafting.requote import requoted
from followup.drafting.resized import resized_prices
from followup.drafting.sendback import facts_asked, kept_addressed
from followup.drafting.sendonce import sent_once
from followup.drafting.sentences import Source
from followup.drafting.sentsince import kept_sends, moved_on
from followup.drafting.settle import settle_items
from followup.drafting.staledays import stale_days
from followup.drafting.stands import standing_terms
from followup.drafting.startday import wanted_start
from followup.drafting.unpicked import said_of_one, unpicked
from followup.drafting.untold import untold_answers


def still_open(items: list[Item], relayed: set[str], ordered: Sequence[Source], cleaned: dict, language: str,
               visible: set[str], customer_name: str, tz: str, today: date, last: dict,
               informal: Item | None) -> list[Item]:
    """What of items is still open and in force on today, in the order the draft says it; last (the last
    interaction) gains what the customer's newest email accepts or chooses."""
    items = split_relayed_asks(items, relayed, language)  # "demander s'ils A, et si B": two, as asked directly
    items = split_joined_asks(items, language)  # "saber si A, y si B": two questions, each answered on its own
    items = facts_asked(said_whole(items, cleaned, language), language)  # pairs said whole; a deadline is told
    settled = papers_sent(settle_items(items, ordered, cleaned), ordered, cleaned)  # the contract sent settles its name
    items = kept_addressed(guard(settled, ordered, customer_name, visible, cleaned), items)
    items = newest_counts(items, ordered, cleaned)  # "150 casseroles, not 120": every point says 150
    items = answered_in_other_words(newest_figures(items, ordered, cleaned), ordered, cleaned)
    items = answered_by_reply(items, ordered, cleaned)  # the rep replied and the customer moved on
    items = repromised(items, ordered, cleaned)  # "quote now for Friday 11": the promise owed then, not late
    items = followed(without_complaint(items, missing(ordered, cleaned)), ordered, cleaned, today)  # owed, first
    items = past_points(requoted(items, ordered, tz, today), today)
    items = back_now(repricing_asked(with_features(items, ordered, cleaned), ordered, cleaned))  # "nouveau prix ?": totals go
    items = decided_since(back_in_person(items, ordered, cleaned), ordered, cleaned)  # the rep is back; they decided
    items += standing_terms(items, ordered, cleaned, today)  # an older offer's delivery, warranty ... still in force
    items = changed_periods(moved_dates(items, ordered, cleaned), ordered, cleaned)  # a day given up; a period changed
    items = slotted_put_offs(items)  # "still waiting for the factory": the answer slot asks it now
    appointment = find_appointment(ordered, cleaned, tz, today, language, customer_name)
    if appointment is not None:
        items.append(appointment)  # "site visit on Tuesday at 2pm": the newest agreed time that is not past
    items = wanted_start(items, ordered, cleaned, tz, today, language)  # "we'd want you from 1 February"
    items = countered(unlisted(redated(items, ordered, cleaned), ordered, cleaned), ordered)  # older day gone
    items = below_list(items)  # "List USD 4,200, I indicated USD 3,780": the rep's figure is the price
    items = ruled_out(items, ordered, cleaned)  # "too long for us" answered; "$79 wasn't possible"; kept 24
    items = old_count_estimates(items, cleaned)  # "Roughly 22 cameras. Ballpark A$41k", then 26 cameras
    items = stale_days(items, ordered, cleaned, today)  # "this week" said last week; a day declined; a time moved
    items = narrowed(items, ordered, cleaned, language)  # what the customer cut, replaced or turned down; what was done
    items = rhythm_changed(items, ordered, cleaned)  # "weekly isn't enough, can we do twice a week": the old rhythm goes
    items = included_since(items, ordered, cleaned)  # "montage offert": the old price of the part is not said again
    items = resized_prices(items, ordered, cleaned)  # "22 x 16 m, not 14": prices for the old size are out of force
    items = dated_deliveries(items, ordered, cleaned)  # "6-8 weeks", then "delivery the week of December 15"
    items = in_force(unchosen(items, ordered, cleaned), ordered, cleaned)  # last: no replaced amount said again
    items = agreed_days(new_figures(items, cleaned, language), today, language, visible)  # the new price; the agreed day
    items = chosen_alternatives(items, ordered, cleaned)  # "full page €X, half page €Y", then "we take the half page"
    items = with_listed(items, listed_points(ordered, items, language), language)  # their newest email's list, point by point
    # "please send the quote to my colleague Anna Berg": the rep says it will
    items += [f for f in [forward_request(ordered, language)] if f is not None]
    # who on their side does the next step, and when ("die Abnahme macht Herr Kück"): before the rest said back
    items = next_steps(items, ordered, cleaned, language, [customer_name] + [signer(s.text or "") for s in ordered
                                                                          if s.direction == "outbound"], tz)
    items = latest_asks(items, ordered, cleaned, language, tz)  # what their newest email asks or changes, no rule read
    items = free_days(items, ordered, cleaned, language, tz)  # "we're dark Mondays and Tuesdays": what a visit fits
    items = deadlines(items, ordered, cleaned, language, tz, today)  # "the council needs the price before Christmas"
    items = sent_once(with_call_request(items, ordered, cleaned, tz, today, language))  # "call me Thursday"; sent once
    # the customer's newest email accepts the offer or orders ("wir bestellen"), attaches a PO, announces a deposit
    items = with_order(items, ordered, cleaned, last, language)
    items = picked(either(items, ordered, cleaned), ordered, cleaned, last)  # "we'll go with B": B confirmed, A gone
    items = note_named(items, ordered, cleaned, language)  # "Argent OK, 10 places = +900 €": the option said by name
    items = said_of_one(unpicked(items, ordered, cleaned), ordered, cleaned, last.get("chosen", ""))  # one option chosen
    items = other_offers(items, ordered, cleaned)  # "we take the 1 Gbps line at €690": the 500 Mbps price goes
    items = untold_answers(settled_by_yes(items, ordered, cleaned, last, language), ordered, cleaned, language)
    if informal is not None:
        items.append(informal)  # du / tu / tú, from the rep's own newest email that addresses the customer
    items = with_names(with_askers(items, ordered, customer_name), ordered)  # a colleague's question is theirs
    items = owned_preferences(items, ordered, customer_name)  # a chairman's evening calls are not hers
    items = kept_sends(items, ordered, cleaned)  # "Send revised terms Friday", then the rep's email on Friday
    items = moved_on(items, ordered, cleaned)  # "the form is attached - please send ...", then their newer email
    items = done_since(items, ordered, cleaned, last, language)  # "J'attends la liste", then "Voici la liste"
    items = condition_met(items, ordered, cleaned)  # "once the board is happy", then they ask for it: no "once"
    items = with_own_context(items, cleaned)  # the sentence before each question they asked, for its slot
    items = needed_by(items, ordered, cleaned, language)  # "we must have it running by 1 March": can it be?
    return items

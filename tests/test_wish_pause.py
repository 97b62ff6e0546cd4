"""Pauses read for certain (followup/text/wish_pause.py) and the look-alikes that are not one."""
import pytest

from followup.text.wish_pause import paused_wish


@pytest.mark.parametrize("text", [
    "The board has put the tender on hold till the new budget is agreed.",
    "All purchasing is frozen until further notice, I'm afraid.",
])
def test_a_hold_without_a_date_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "The credit note is settled now, so no need to chase me about it.",
    "No need to follow up on that one, the refund came through yesterday and it's resolved.",
    "No need to check in about the delivery question, Sam answered it.",
])
def test_one_settled_item_needs_no_chasing_but_is_no_pause(text):
    assert paused_wish(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Management has deferred the purchase indefinitely.",
    "A new kiln is off the table for now.",
])
def test_an_indefinite_deferral_or_off_the_table_for_now_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


def test_a_term_off_the_table_is_no_pause():
    assert paused_wish("Free delivery is off the table on orders that small.", 0,
                       "Free delivery is off the table on orders that small.") is None


@pytest.mark.parametrize("text", [
    "We are freezing all capital spend until the audit is done.",
    "Our directors decide to not proceed with the tender.",
    "The extension is off the table for the moment.",
])
def test_a_spending_freeze_a_non_native_decision_or_off_the_table_for_the_moment(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "Let's look at this again after the festive period.",
    "We'll sit it out this year.",
    "I think we'll give this a miss.",
])
def test_a_holiday_horizon_or_sitting_it_out_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "The committee has kept the tender on hold for the moment.",
    "Head office is keeping the whole project on hold at present.",
])
def test_a_purchase_kept_on_hold_by_someone_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


def test_a_colleagues_no_beside_our_go_ahead_is_no_pause():
    text = "He's not interested, but the other two branches are, so continue with us on those."
    assert paused_wish(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Just to clear up any confusion: we're not putting the ERP project on hold, whatever you may have heard.",
    "We are not going to put the kiosk rollout on hold, so please keep the dates.",
])
def test_a_hold_denied_is_no_pause(text):
    """A denied hold ("we're not putting it on hold") keeps the customer reachable; a hold said plainly still pauses."""
    assert paused_wish(text, 0, text) is None
    plain = "We're putting the kiosk rollout on hold for now."
    assert paused_wish(plain, 0, plain) is not None


@pytest.mark.parametrize("text", ["nah not rn, too busy", "prolly nxt qtr tbh", "probs next year mate"])
def test_a_deferral_typed_as_a_text_message_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", ["The new hire is not an RN yet.", "Next yr's budget is already approved."])
def test_text_shorthand_without_a_deferral_is_no_pause(text):
    assert paused_wish(text, 0, text) is None


def test_leave_as_a_noun_is_no_deferral_but_leave_it_until_spring_is():
    """"She's on maternity leave until spring" is a colleague's absence, never the customer pausing us."""
    for text in ("She's on maternity leave until spring.", "Priya is on leave until the new year."):
        assert paused_wish(text, 0, text) is None, text
    text = "Let's leave it until spring."
    assert paused_wish(text, 0, text) is not None


def test_someone_elses_no_in_quotation_marks_is_no_pause_of_the_customer():
    text = ('Our logistics partner said "we\'re not interested, please don\'t contact us again" when your colleague '
            'called them.')
    assert paused_wish(text, 0, text) is None
    text = "Not interested at the moment, sorry."
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("sentence", [
    "Not this round, I'm afraid, the funds went on the new boiler.",
    "Head office announced a spend freeze on all branches yesterday.",
    "After a long debate we stayed with our incumbent for another term.",
])
def test_a_round_passed_a_spend_freeze_or_the_incumbent_kept_is_a_pause(sentence):
    assert paused_wish(sentence, 0, sentence)


def test_from_now_on_and_not_knowing_now_are_no_pause():
    from followup.text.wish_pause import paused_wish
    for sentence in ("Please do not call to me from now.", "For the venue booking ask the office, I do not know who "
                     "takes it now."):
        assert paused_wish(sentence, 0, sentence) is None
    assert paused_wish("We are not buying right now.", 0, "We are not buying right now.")


@pytest.mark.parametrize("text", [
    "We will get back to you if and when the situation improves.",
    "We will come back to the market if and when it is reinstated.",
])
def test_a_return_if_and_when_something_happens_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "We've decided to give the charter a miss this summer, the kids are at camp.",
    "We'll give our usual stand a miss this year.",
    "This season we will not renew the hospitality box.",
    "We won't be renewing this year, budgets are cut.",
])
def test_a_season_skipped_or_a_renewal_declined_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "We'll give the Friday webinar a miss this week.",  # one event skipped
    "We won't renew with Acme, so please send your quote.",  # the contract with someone else
    "We will not renew unless the price comes down.",  # refused on terms, still open
    "I don't plan to renew the membership.",  # no season: asked (wish_asked), not certain
    "We will not renew the box, and I want nobody from sales to call me anymore.",  # ended for good: an opt-out's
    "Honestly, I barely look at the inbox in summer.",  # a reading habit
    "I rarely look at my phone in the spring.",
])
def test_an_event_skipped_a_renewal_on_terms_or_a_reading_habit_is_no_pause(text):
    assert paused_wish(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Hi, the coffee machine project is cancelled for now, management wants to wait.",
    "The rollout has been stopped for the time being.",
])
def test_the_customers_project_called_off_for_now_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "The meeting is cancelled for now, let's find another slot.",  # a meeting, not the project
    "The project was cancelled for now? Then why did you order?",
])
def test_a_meeting_called_off_or_a_question_is_no_pause(text):
    assert paused_wish(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "The new packaging is not ready yet.",
    "Our artwork is still not ready yet, sorry.",
])
def test_a_thing_not_ready_yet_is_a_reason_not_a_pause(text):
    assert paused_wish(text, 0, text) is None


@pytest.mark.parametrize("text", ["Not ready yet.", "We are not ready yet."])
def test_the_customer_not_ready_yet_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


def test_a_matter_kept_pending_is_a_pause():
    text = "So kindly keep it pending from your side."
    assert paused_wish(text, 0, text) is not None
    text = "Please keep this pending item in mind."
    assert paused_wish(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "We've put it on the long finger for now, I'm afraid.",
    "The lift upgrade has been put on the long finger.",
])
def test_a_deferral_idiom_with_no_length_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "I'll pass your comments along to the designer and see what he says.",
    "We'll pass Maria's notes on to the installers tomorrow.",
    "I wasn't aware that the old importer didn't work at all at this time.",
    "The legacy module is not currently being used by any of our sites.",
    "It doesn't work for any scanner model currently on sale.",
])
def test_something_passed_on_or_how_a_thing_works_is_no_pause(text):
    assert paused_wish(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Thanks, but we'll pass for now.",
    "The timing doesn't work for us right now.",
    "We won't be going ahead at this time.",
])
def test_the_customers_own_no_for_now_stays_a_pause(text):
    assert paused_wish(text, 0, text) is not None


# "keep in view" (KIV) as Singapore and Malaysian English say "put on hold"
@pytest.mark.parametrize("sentence", [
    "Our director wants to KIV the signage upgrade first, budget is tight.",
    "Ok noted, will KIV and revert when we are ready.",
    "We'll keep the renovation quote in view for now.",
])
def test_keep_in_view_is_a_pause(sentence):
    wish = paused_wish(sentence, 0, sentence)
    assert wish is not None and wish.kind == "paused"


def test_keep_in_view_as_remember_is_no_pause():
    sentence = "Please keep in view that the lift is out of order on Friday."
    assert paused_wish(sentence, 0, sentence) is None


@pytest.mark.parametrize("text", [
    "After the tender the committee renewed with our current caterer for another two years.",
    "O clube decidiu continuar com o nosso fornecedor atual mais um ano.",
    "La junta ha decidido seguir con la empresa actual esta temporada.",
    "This year we won't be ordering new kits, the budget went on the pitch.",
    "Perhaps next spring, for now we stay as we are.",
])
def test_the_incumbent_kept_or_the_period_refused_first_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "We will stay as we are if the price holds.",
    "Last year we renewed with a different broker.",
])
def test_staying_on_a_condition_is_no_pause(text):
    assert paused_wish(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Hemos decidido quedarnos con nuestro proveedor actual un año más.",
    "Wir bleiben noch ein Jahr bei unserem bisherigen Lieferanten.",
    "We hebben besloten nog even bij onze huidige leverancier te blijven.",
])
def test_the_supplier_in_place_kept_in_spanish_german_and_dutch_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "Nos quedamos con la oferta actual que nos mandaste, adelante.",  # the offer taken
    "Der Preis bleibt bei dem aktuellen Stand.",  # no supplier kept
    "Please cancel the Friday pick-up at the depot until further notice.",  # a round stopped, the talk goes on
    "Please stop the weekly window cleaning for block C until further notice.",
])
def test_an_offer_taken_or_a_round_stopped_is_no_pause(text):
    assert paused_wish(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "The stage is now 12 m wide, not 10 – the band is bigger this year.",
    "We need 30 chairs, not 25 — more guests are coming at the moment.",
])
def test_a_count_corrected_before_a_dash_is_no_pause(text):
    assert paused_wish(text, 0, text) is None


def test_not_this_year_within_one_clause_stays_a_pause():
    text = "We have a new venue – we won't order this year."
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "Our pipeline survey is hold now because the grant is late.",  # "on" left out, as non-native writers do
    "The plant upgrade is kept in hold till the board meets.",
    "All new equipment spend is parked for the rest of this school year.",
    "We had a capital freeze announced on Monday.",
    "At present we are not in position to go ahead with the order.",
    "We will revert as and when the directors take a decision.",
    "I will inform you when the project starts again.",
    "We'll update you once the works resume.",
])
def test_a_project_or_budget_held_without_a_date_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "We are not going to the regional trade show this year, so we can't meet there.",
    "I'm not coming to the conference at all this year.",
    "The truck is parked at the depot for now.",
    "I will inform you when the delivery arrives.",
])
def test_an_event_not_attended_or_a_thing_parked_is_no_pause(text):
    assert paused_wish(text, 0, text) is None


def test_not_going_to_buy_this_year_stays_a_pause():
    text = "We are not going to buy anything this year."
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "The council voted last night to table the LED streetlight project.",
    "The funding for the new chiller plant has been pulled, so that's that.",
])
def test_a_named_project_tabled_or_its_money_pulled_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


def test_an_event_not_attended_beside_a_hold_is_still_a_pause():
    text = "We're not going to the fair this year, and the whole purchase is on hold for now."
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "We'll keep the cleaning firm we already have.",
    "Hemos decidido mantener el proveedor que ya tenemos.",
    "Decidimos manter, por agora, a empresa que temos.",
])
def test_the_supplier_in_place_kept_by_the_customer_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "Please keep the company we have on the invoice.",  # a request to the rep
    "Keep the firm informed of what we have agreed.",
])
def test_a_request_to_keep_a_name_is_no_pause(text):
    assert paused_wish(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Don't be ringing me till Friday now.",
    "Please don't chase us until the audit now.",
])
def test_a_now_after_an_end_said_is_no_pause(text):
    assert paused_wish(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Appreciate the trial, but we're going to sit on it for now.",
    "I'll put the proposal aside for the time being.",
])
def test_a_decision_sat_on_or_put_aside_for_now_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "We have postponed the new press to a date to be determined.",
    "Die Anschaffung der Anlage haben wir auf unbestimmte Zeit verschoben.",
    "Nous avons reporté l'achat du four à une date indéterminée.",
    "Hemos aplazado la compra de la cámara sin fecha.",
    "Decidimos adiar a compra das cubas por tempo indeterminado.",
    "Abbiamo deciso di rimandare l'investimento a data da destinarsi.",
    "We hebben de aankoop voor onbepaalde tijd uitgesteld.",
])
def test_a_purchase_put_off_to_no_day_set_is_a_pause_in_each_language(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "The delivery of the press is postponed to a date to be determined.",  # goods moved, not the deal
    "La consegna dei sacchi è rinviata a data da destinarsi.",
    "Die Besprechung wird auf unbestimmte Zeit verschoben.",
    "La réunion est reportée à une date à définir.",
    "Hemos aplazado el viaje a Lisboa sin fecha.",  # a trip put off, not the purchase
])
def test_a_delivery_or_meeting_moved_to_no_day_set_is_no_pause(text):
    assert paused_wish(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "We've decided to stay with the cleaning firm we already use.",
    "Resolvemos ficar com o fornecedor de adubo que a gente já tem.",
    "Abbiamo deciso di restare con il fornitore che abbiamo già.",
    "Decidimos quedarnos con el proveedor de embalaje que ya tenemos.",
    "Nous allons rester avec le fournisseur que nous avons déjà.",
    "We already renewed our policy with our existing insurer for one more year.",
])
def test_staying_with_the_supplier_already_in_place_is_a_pause(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "We'll keep the supplier informed about the dates.",
    "The vessel carrying your spares is on hold at anchorage for three days.",  # goods held up in transit
])
def test_a_supplier_kept_informed_or_goods_held_in_transit_is_no_pause(text):
    assert paused_wish(text, 0, text) is None


def test_the_writers_no_told_to_another_caller_is_no_pause():
    text = "Their rep rang again and Sam told him straight that we're not interested, so can you quote instead?"
    assert paused_wish(text, 0, text) is None
    text = "I told your colleague we're not interested."
    assert paused_wish(text, 0, text).certain


def test_a_third_persons_not_interested_is_asked_not_certain():
    text = "She is not interested anymore in the second van."
    wish = paused_wish(text, 0, text)
    assert wish is not None and not wish.certain
    text = "We are not interested anymore, thanks."
    assert paused_wish(text, 0, text).certain


@pytest.mark.parametrize("text", [
    "Honestly we are sitting tight for the moment, the merger comes first.",
    "The refit has been postponed, no new date yet.",
    "The board decided to go with a Leeds supplier for the beds this time.",
])
def test_sitting_tight_a_postponement_with_no_date_and_a_local_rival_are_pauses(text):
    assert paused_wish(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "Your driver's visit is postponed, no new date yet.",
    "We went with a Leeds courier to get the parts here sooner, please send the invoice.",
])
def test_a_visit_moved_and_a_courier_chosen_are_no_pause(text):
    assert paused_wish(text, 0, text) is None


@pytest.mark.parametrize("sentence", [
    "We decided to take other supplier for this season.",  # the non-native "take"
    "We took another contractor for the roof this year.",
])
def test_another_supplier_taken_is_a_pause(sentence):
    wish = paused_wish(sentence, 0, sentence)
    assert wish is not None and wish.certain


def test_another_option_taken_is_no_pause():
    assert paused_wish("We decided to take the other option you proposed.", 0,
                       "We decided to take the other option you proposed.") is None


@pytest.mark.parametrize("text", [
    "If you want to reach me, ring after three. That's when things calm down.",
    "Try me on Fridays. This is usually when things quieten down.",
])
def test_thats_when_names_a_time_not_a_wait(text):
    assert paused_wish(text.split(". ")[-1], text.rindex(". ") + 2, text) is None


def test_one_item_passed_on_while_a_quote_is_asked_is_no_pause():
    text = "We'll pass on the pallet wrappers, we have enough. Could you send me a quote for six dock seals instead?"
    assert paused_wish(text.split(", we")[0], 0, text) is None


@pytest.mark.parametrize("text", [
    "We'll pass on the offer, thanks.",
    "We'll pass on the pallet wrappers, thanks all the same.",
    "Call me back when things calm down.",
])
def test_a_pass_or_a_wait_still_pauses(text):
    assert paused_wish(text, 0, text) is not None


def test_a_purchase_refused_for_the_moment_is_a_pause():
    text = "So at the moment we will not order from you."
    assert paused_wish(text, 0, text) is not None
    text = "At the moment we will not need the second van."
    assert paused_wish(text, 0, text) is None

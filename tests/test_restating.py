"""Restating a customer's or a note's sentence in the rep's words (followup/drafting/restating.py)."""
from followup.drafting.restating import restate


def test_a_customers_your_about_the_reps_company_becomes_our_not_my():
    said = restate("Do your installers bring their own ladders?", "inbound", "question")
    assert "our installers" in said and "my installers" not in said
    assert "our software" in restate("Does your software run offline?", "inbound", "question")


def test_a_customers_your_about_the_rep_in_person_stays_my():
    assert "my email" in restate("I read your email about the delivery slots yesterday.", "inbound", "constraint")


def test_a_notes_he_or_she_turned_to_you_takes_the_verb_with_it():
    from followup.drafting.restating import swap_note
    assert swap_note("she'll order once she sees the samples", "en") == "you'll order once you see the samples"
    assert swap_note("he signs after he pushes it to the board", "en") == "you sign after you push it to the board"

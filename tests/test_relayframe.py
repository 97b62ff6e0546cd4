"""A question passed on for someone else, without the frame that passes it on (followup.drafting.relayframe)."""
from followup.drafting.relayframe import asker_off, relay_off, separable_first
from followup.drafting.slotform import short_question


def test_an_english_relayed_question_is_asked_directly():
    assert short_question("the grants office asks whether we can invoice quarterly instead of annually?", "en") \
        == "can we invoice quarterly instead of annually"
    assert short_question("Ask them if there's a financing option over 24 months?", "en") \
        == "is there a financing option over 24 months"
    assert short_question("your IT department ask if the data is hosted inside the EU?", "en") \
        == "is the data hosted inside the EU"


def test_a_relayed_question_in_german_french_and_spanish_loses_its_frame():
    assert short_question("Sie fragt, ob Sie auch eine Wartung über 4 Jahre anbieten?", "de") \
        == "Bieten wir auch eine Wartung über 4 Jahre an"
    assert short_question("Avant de signer, on voudrait savoir si tu peux faire un paiement en trois fois ?", "fr") \
        == "Tu peux faire un paiement en trois fois"
    assert short_question("Ella pregunta también si se puede pagar con tarjeta de crédito?", "es") \
        == "¿Se puede pagar con tarjeta de crédito"


def test_a_frame_after_another_question_or_a_long_statement_stays():
    assert relay_off("Is the van free? She asks if so", "en") == "Is the van free? She asks if so"
    long_head = "we spent the whole of last winter with a boiler that broke down every week and now the board asks " \
                "whether we can switch"
    assert relay_off(long_head, "en") == long_head


def test_a_separable_german_verb_leaves_its_prefix_at_the_end():
    assert separable_first("anbieten", "Sie auch Wartung") == "bieten Sie auch Wartung an"
    assert separable_first("machen", "Sie auch Antifouling") == "machen Sie auch Antifouling"
    assert separable_first("antworten", "Sie bis Freitag") == "antworten Sie bis Freitag"


def test_a_named_asker_keeps_the_frame_the_draft_answers_them_by():
    asked = "your colleague Gábor Tóth asks if the installation can be on a weekend?"
    assert relay_off(asked, "en") == asked


def test_a_named_askers_frame_goes_when_the_draft_names_them_and_a_reason_after_it_too():
    """"Dott.ssa Conti asks if ..., because ...": the slot's lead names her; the slot asks what is asked."""
    q = asker_off("Dott.ssa Conti asks if the course can be held in Spanish, because half the team is from Seville",
                  "Dott.ssa Conti", "en")
    assert short_question(q, "en") == "can the course be held in Spanish"
    assert asker_off("Herr Brandl fragt, ob Sie auch samstags liefern", "Herr Brandl", "de") == \
        "fragt, ob Sie auch samstags liefern"
    kept = "your colleague Gábor asks if the van is free"
    assert asker_off(kept, "Dott.ssa Conti", "en") == kept  # someone else's name: stays

"""A customer's sentence said back is whole, cut where a clause ends, or left out: never cut mid-clause."""
from datetime import datetime

from followup.drafting.clauses import whole_clause
from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

REP = RepProfile("Anke Lorenzen", "anke@reetschutz.example", "Anke Lorenzen\nReetschutz Nord")


def test_a_text_cut_inside_a_clause_is_taken_back_to_its_own_clause_end():
    """"... so you'd need it" (the sentence goes on "before that"): back to "... on January 12"."""
    quote = "Our board approves purchases on January 12 so we'd need it before that."
    said = "your board approves purchases on January 12 so you'd need it"
    assert whole_clause(said, quote) == "your board approves purchases on January 12"
    assert whole_clause("I'll send the final offer with the new quantities so you can",
                        "Please send the final offer with the new quantities so I can open the purchase order.") \
        == "I'll send the final offer with the new quantities"


def test_a_text_ending_on_a_conjunction_or_losing_its_object_is_mended_or_left_out():
    """"..., aber" loses its "aber"; "... the payment module on 2" goes, or is said whole with "of the 5 kiosks"."""
    assert whole_clause("Sie möchten beides machen, aber", "Wir möchten beides machen, aber:") == \
        "Sie möchten beides machen"
    kiosks = "We'd like to go ahead with the payment module on 2 of the 5 kiosks only."
    assert whole_clause("you'd like to go ahead with the payment module on 2", kiosks, extend=False) == ""
    assert whole_clause("you'd like to go ahead with the payment module on 2", kiosks) == \
        "you'd like to go ahead with the payment module on 2 of the 5 kiosks only"
    assert whole_clause("pour les 4 groupements, vous voulez", "Pour les 4 groupements, nous voulons :") == ""


def test_a_whole_sentence_or_one_cut_at_a_clause_boundary_is_kept():
    """The sentence whole, cut before "porque", before a new clause with its subject, or an adverbial."""
    assert whole_clause("you need 36 loggers", "We need 36 loggers.") == "you need 36 loggers"
    assert whole_clause("necesita un presupuesto por comunidad, uno para cada una",
                        "Necesito un presupuesto por comunidad, uno para cada una, porque cada comunidad paga lo "
                        "suyo.") == "necesita un presupuesto por comunidad, uno para cada una"
    assert whole_clause("you have one 15 kg drum roaster",
                        "We have one 15 kg drum roaster and the afterburner is making problems.") == \
        "you have one 15 kg drum roaster"
    assert whole_clause("your daughter is getting married on Saturday 19 June 2027",
                        "My daughter is getting married on Saturday 19 June 2027 at our farm near Stow.") == \
        "your daughter is getting married on Saturday 19 June 2027"
    assert whole_clause("I'll send the quote for 12 seats", "could you send the quote for 12 seats by Friday?") == \
        "I'll send the quote for 12 seats"  # its passed day left off by the restating
    assert whole_clause("70 cartas", "Solo una cosa: hemos decidido subir a 70 cartas porque abrimos.") == "70 cartas"


def test_the_rest_of_a_clause_that_holds_the_new_figure_is_said_with_it():
    """"We take the VL-90, but 10 cases, not 8, because ...": the figure after "but" is the point, the reason is not;
    "and we now need 36 modules" is turned to the customer."""
    assert whole_clause("you take the VL-90", "We take the VL-90, but 10 cases, not 8, because we use also the "
                                              "corner.") == "you take the VL-90, but 10 cases, not 8"
    assert whole_clause("your clerk walked the circuit at the weekend",
                        "Our clerk walked the circuit at the weekend and we now need 36 modules, not 30.") == \
        "your clerk walked the circuit at the weekend and you now need 36 modules, not 30"
    assert whole_clause("you take the VL-90", "We take the VL-90, but 10 cases, not 8.", extend=False) == \
        "you take the VL-90"


def test_a_copied_customer_sentence_in_a_draft_is_never_cut_mid_clause():
    """The German list lead-in "Wir möchten beides machen, aber:" is said without its dangling "aber"."""
    sources = [Source("message", 1, "Sehr geehrter Herr Petersen,\n\nImprägnierung 142.000 DKK.\n\nMit freundlichen "
                                    "Grüßen\nAnke Lorenzen", datetime(2026, 5, 4, 9), "outbound"),
               Source("message", 2, "Moin Frau Lorenzen,\n\nwir möchten beides machen, aber:\n\n- die Budgetfreigabe "
                                    "durch unseren Vorstand gibt es erst nach dem 1. November,\n\n- Arbeiten am Dach "
                                    "nur von Januar bis März, weil der Kro ausgebucht ist.\n\nJens Petersen",
                      datetime(2026, 5, 8, 9), "inbound")]
    state = build_state(sources, "Europe/Copenhagen", datetime(2026, 5, 12, 9), customer_name="Jens Petersen")
    body = compose_state(state, customer_name="Jens Petersen", thread_subject="Reetdach", rep=REP).body
    assert "Sie möchten beides machen" in body
    assert "aber;" not in body and "aber." not in body and ", aber" not in body


def test_a_currency_sign_after_the_figure_is_not_said_twice_when_the_clause_is_extended():
    assert whole_clause("we take the office at 2 655 €", "We take the office at 2 655 € a month from 1 October.",
                        "en") == "we take the office at 2 655 € a month from 1 October"

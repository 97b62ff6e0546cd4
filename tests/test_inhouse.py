"""Who on the rep's own side checked or will check a point, cut from a call note (followup/drafting/inhouse.py)."""
from followup.drafting.inhouse import without_check
from followup.drafting.internal import strip_internal


def test_whom_the_rep_checked_with_is_cut_and_the_point_stays_in_every_language():
    assert without_check("Delivery Tue 9 Feb ok, checked w/ ops.", set()) == "Delivery Tue 9 Feb ok."
    assert without_check("Checked w/ Marlon: the lift takes both boats.", set()) == "the lift takes both boats."
    assert without_check("Lieferung Di 9.2. geht, mit dem Lager geklärt.", set()) == "Lieferung Di 9.2. geht."
    assert without_check("Livraison mardi 9/02 ok, vu avec l'atelier.", set()) == "Livraison mardi 9/02 ok."
    assert without_check("Entrega el martes, confirmado con Javi.", set()) == "Entrega el martes."


def test_who_on_the_reps_side_will_still_look_is_said_as_open_and_the_customers_ask_stays():
    assert without_check("Il demande si on reprend son vieux 3x10 - à voir avec Réjean.", set()) == \
        "Il demande si on reprend son vieux 3x10 - à voir."
    assert without_check("Replacement 7am-10pm, night = next morning -> ops to confirm 24/7.", set()) == \
        "Replacement 7am-10pm, night = next morning."
    assert without_check("Quiere pagar en 3 cuotas, lo tiene que ver Javi.", set()) == \
        "Quiere pagar en 3 cuotas - por confirmar."
    assert without_check("Er fragt nach 5 % Rabatt, muss der Chef noch freigeben.", set()) == \
        "Er fragt nach 5 % Rabatt - klären."


def test_the_mark_that_led_a_kept_clause_stays():
    assert without_check("She asked about instalments - checked with finance: yes, 40/30/30.", set()) == \
        "She asked about instalments: yes, 40/30/30."


def test_the_customers_side_and_the_customers_people_are_not_the_reps():
    assert without_check("Wants 8% off, his boss has to approve.", set()) == "Wants 8% off, his boss has to approve."
    assert without_check("Delivery Tue ok, checked with Maria.", {"maria"}) == "Delivery Tue ok, checked with Maria."
    assert without_check("Su jefe tiene que aprobarlo.", set()) == "Su jefe tiene que aprobarlo."


def test_a_sentence_that_is_only_the_check_is_left_whole():
    assert without_check("Checked w/ ops.", set()) == "Checked w/ ops."


def test_a_note_loses_the_check_before_it_is_read():
    note = "Call Dr Eze. 12-month term ok. 4-hr replacement 7am-10pm -> ops to confirm 24/7."
    assert strip_internal(note, {"eze"}) == "Call Dr Eze. 12-month term ok. 4-hr replacement 7am-10pm."

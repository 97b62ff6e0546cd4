"""The rep's own price said again as still standing, not pasted (followup/drafting/standing.py)."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source
from followup.drafting.standing import standing


@pytest.mark.parametrize("said, language, expected", [
    ("For 8 units the price is EUR 4,640 per year, same scope.", "en",
     "For 8 units the price remains EUR 4,640 per year, same scope."),
    ("For 4 boats we can offer SBD 47,200 per boat.", "en", "For 4 boats we can still offer SBD 47,200 per boat."),
    ("Hoods and boots are EUR 0.95 per piece.", "en", "Hoods and boots remain EUR 0.95 per piece."),
    ("Without it the price would be $6,400.", "en", "Without it the price would still be $6,400."),
    ("Der Wartungsvertrag liegt bei 640 € im Jahr.", "de", "Der Wartungsvertrag liegt weiterhin bei 640 € im Jahr."),
    ("Ein 20-Sekunden-Spot kostet 2.400 € netto.", "de", "Ein 20-Sekunden-Spot kostet weiterhin 2.400 € netto."),
    ("Sans les corniches, le montant est de 39 600 € HTVA.", "fr",
     "Sans les corniches, le montant reste à 39 600 € HTVA."),
    ("Pour les deux, nous vous faisons 118 000 MAD TTC.", "fr", "Pour les deux, nous vous faisons toujours 118 000 MAD TTC."),
    ("La regulación cuesta COP 1.900.000.", "es", "La regulación sigue costando COP 1.900.000."),
    ("Con las 24 hectáreas queda en USD 66.900 más IVA.", "es", "Con las 24 hectáreas se mantiene en USD 66.900 más IVA."),
])
def test_the_verb_that_prices_a_sum_says_it_still_holds(said, language, expected):
    assert standing(said, language) == expected


@pytest.mark.parametrize("said, language", [
    ("It is a 12 m clearspan tent.", "en"),  # no sum of money after the verb
    ("Die Lieferung kostet nichts extra.", "de"),
    ("Reports can be in English and Dutch, no extra charge.", "en"),
])
def test_a_sentence_without_a_priced_sum_is_left_as_it_is(said, language):
    assert standing(said, language) == said


def test_a_chase_restates_the_reps_price_without_pasting_the_old_sentence():
    mon = datetime(2026, 11, 23, 9)
    sources = [Source("message", 1, "Dear Ms Wrobel,\n\nFor 8 units the price is EUR 4,640 per year, same scope.\n\n"
                      "Tomas", mon, "outbound")]
    state = build_state(sources, "Europe/Warsaw", datetime(2026, 12, 1, 9), customer_name="Anna Wrobel")
    body = compose_state(state, customer_name="Anna Wrobel", thread_subject="Service",
                         rep=RepProfile("Tomas Lindqvist", "tomas@example.com", "Tomas")).body
    assert "For 8 units the price remains EUR 4,640 per year, same scope." in body


def test_a_revised_price_is_not_said_as_still_holding():
    """A sentence that revises the offer keeps its verb: "still" would say the price never changed."""
    assert standing("With the 35 ft draper instead of the 40 the lease comes to $56,900.", "en") == (
        "With the 35 ft draper instead of the 40 the lease comes to $56,900.")
    assert standing("Der neue Preis beträgt 4.200 €.", "de") == "Der neue Preis beträgt 4.200 €."
    assert standing("Le nouveau montant est de 39 600 €.", "fr") == "Le nouveau montant est de 39 600 €."
    assert standing("Con el cabezal de 8 hileras, ahora cuesta USD 2.350.", "es") == (
        "Con el cabezal de 8 hileras, ahora cuesta USD 2.350.")

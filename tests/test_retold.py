"""The rep's own priced sentence said again in follow-up form, not pasted back (followup/drafting/retold.py)."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.retold import copies, retold
from followup.drafting.sentences import Source


@pytest.mark.parametrize("old, language, expected", [
    ("On a 24-month term the rate works out to $27.90 per van per month.", "en",
     "The rate is $27.90 per van per month on a 24-month term."),
    ("For 150 umbrellas and 300 sunbeds the season price is EUR 46,500.", "en",
     "The season price remains EUR 46,500 for 150 umbrellas and 300 sunbeds."),
    ("For 2,500 crates the price remains EUR 6.40 each, delivered to Kazanlak within 4 weeks.", "en",
     "The price remains EUR 6.40 each for 2,500 crates, delivered to Kazanlak within 4 weeks."),
    ("Bei 3 Maschinen kostet der ES-800 USD 13.900 je Stück.", "de",
     "Der ES-800 kostet weiterhin USD 13.900 je Stück bei 3 Maschinen."),
    ("Ohne Bandbeschallung reduziert sich das Angebot auf 8.150 EUR netto.", "de",
     "Das Angebot reduziert sich auf 8.150 EUR netto ohne Bandbeschallung."),
    ("Pour un engagement de 5 ans, le forfait passe à 3 190 € HTVA par an.", "fr",
     "Le forfait est de 3 190 € HTVA par an pour un engagement de 5 ans."),
    ("Après déduction de la prime Advenir, le reste à charge revient à 24 300 € HT.", "fr",
     "Le reste à charge revient toujours à 24 300 € HT après déduction de la prime Advenir."),
    ("Con 6 módulos por 3 meses el valor queda en $19.800.000 COP mensuales.", "es",
     "El valor se mantiene en $19.800.000 COP mensuales con 6 módulos por 3 meses."),
    ("Con un descalcificador dúplex de menor caudal, que cubre bien vuestro consumo, el equipo queda en 16.350 €.",
     "es", "El equipo se mantiene en 16.350 € con un descalcificador dúplex de menor caudal."),
    ("For the two pangas: two 8,000 lb lifts, BZD 38,900 installed.", "en",
     "Two 8,000 lb lifts for the two pangas, BZD 38,900 installed."),
    ("Pour 4 hectares : 112 000 MAD HT par hectare, soit 448 000 MAD HT, montage compris.", "fr",
     "112 000 MAD HT par hectare pour 4 hectares, soit 448 000 MAD HT, montage compris."),
])
def test_a_priced_sentence_opened_by_its_scope_is_said_with_the_scope_after_the_price(old, language, expected):
    said = retold(old, old, language)
    assert said == expected
    assert not copies(said, old)


def test_a_revised_price_is_said_as_is_now_not_as_still_holding():
    old = "For four NC-400 crackers the price comes down to XCD 20,900 each, XCD 83,600 in total."
    assert retold(old, old, "en") == "The price is now XCD 20,900 each for four NC-400 crackers, XCD 83,600 in total."


@pytest.mark.parametrize("old, language", [
    ("For 8 units the price is EUR 4,640 per year, same scope.", "en"),  # "remains" already breaks the paste
    ("Pour 8 modules, le tarif passe à 92 000 XPF par mois et par module.", "fr"),  # the price alone is 8 words
    ("With a 12-container annual commitment we can fix it at USD 3,180 per box until 30 June.", "en"),
])
def test_a_sentence_no_restatement_keeps_unpasted_is_said_as_standing_says_it(old, language):
    from followup.drafting.standing import standing
    assert retold(old, old, language) == standing(old, language)


def test_a_chase_restates_the_reps_scoped_price_in_follow_up_form():
    mon = datetime(2026, 11, 23, 9)
    sources = [Source("message", 1, "Hi Kagiso,\n\nOn a 24-month term the rate works out to $27.90 per van per month."
                      "\n\nDuncan", mon, "outbound")]
    state = build_state(sources, "Africa/Gaborone", datetime(2026, 12, 1, 9), customer_name="Kagiso Sebele")
    body = compose_state(state, customer_name="Kagiso Sebele", thread_subject="Telematics",
                         rep=RepProfile("Duncan Moyo", "duncan@example.com", "Duncan")).body
    assert "The rate is $27.90 per van per month on a 24-month term." in body


def test_a_revised_price_drops_the_value_it_replaced_and_keeps_its_scope_whole():
    old = "With the 35 ft draper instead of the 40 the lease comes to $56,900 for Sept 12."
    assert retold(old, old, "en") == "The lease is now $56,900 for Sept 12 with the 35 ft draper."


@pytest.mark.parametrize("old, language", [
    # a label with a verb of its own is no scope: "gilt:" would be left after the price
    ("On price: on a 3-year agreement we can do GBP 2.52 per meal.", "en"),  # a topic, not a scope
    ("Für die Umkehrosmoseanlage (12 m³/h) für Ihr Kesselspeisewasser gilt: 86.500 € netto, Lieferzeit 10 Wochen.", "de"),
])
def test_a_label_longer_than_a_scope_is_not_moved(old, language):
    from followup.drafting.standing import standing
    assert retold(old, old, language) == standing(old, language)

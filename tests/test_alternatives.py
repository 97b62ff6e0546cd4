"""A sentence pricing alternatives keeps only the one a later customer sentence or call note takes, with its name."""
from datetime import datetime

import pytest

from followup.drafting.alternatives import alternatives, chosen_alternatives, kept, takes
from followup.drafting.conversation import build_state
from followup.drafting.items import Item
from followup.drafting.sentences import Source

D1, D2, NOW = datetime(2026, 12, 7, 10), datetime(2026, 12, 10, 10), datetime(2026, 12, 14, 10)


def narrowed(offer: str, choice: str) -> str:
    found = alternatives(offer)
    k = takes(choice, found[0]) if found else None
    return kept(offer, *found, k) if k is not None else ""


@pytest.mark.parametrize("offer, choice, said", [
    ("Our rates for the August issue: full page GHS 18,000, half page GHS 10,500, quarter page GHS 6,000.",
     "We will take the half page in the August issue.", "Our rates for the August issue: half page GHS 10,500."),
    ("For the expo: a 12 sqm stand is €4,080 and an 18 sqm stand is €5,940.", "We choose the 18 sqm stand.",
     "For the expo: an 18 sqm stand is €5,940."),
    ("The plan is 12 months at $40 a month or 24 months at $35 a month.", "We'll go with 24 months.",
     "The plan is 24 months at $35 a month."),
    # the second one said as the first is, with the words they share
    ("As discussed: a full page in the autumn catalogue (out 1 September) is DKK 28,000, a half page DKK 16,500.",
     "We book the half page.", "As discussed: a half page in the autumn catalogue (out 1 September) is DKK 16,500."),
    ("Ein Spot, 4 Wochen, in 5 Sälen kostet 2.400 € netto, in 3 Sälen 1.650 €.", "Wir nehmen die 5 Säle.",
     "Ein Spot, 4 Wochen, in 5 Sälen kostet 2.400 € netto."),
    ("Ein Spot, 4 Wochen, in 5 Sälen kostet 2.400 € netto, in 3 Sälen 1.650 €.", "Wir buchen die 3 Säle.",
     "Ein Spot, 4 Wochen, in 3 Sälen kostet 1.650 €."),
    ("Pleine page : 2 350 € HTVA, demi-page : 1 390 € HTVA.", "Prend la demi-page, numéro de septembre.",
     "Demi-page : 1 390 € HTVA."),
    ("Para la edición de agosto: cupón 1/8 de página: COP 1.200.000, cupón 1/4 de página: COP 2.100.000 y "
     "contraportada: COP 6.500.000.", "Nos quedamos con el cupón de 1/4 de página.",
     "Para la edición de agosto: cupón 1/4 de página: COP 2.100.000."),
])
def test_the_chosen_alternative_is_kept_with_its_name(offer, choice, said):
    assert narrowed(offer, choice) == said


@pytest.mark.parametrize("offer, choice", [
    # one option's terms, not alternatives
    ("Pro: €49 a month, 5% commission, up to 500 listings and €30 a month of promoted-listing credit.",
     "We decided for the Pro plan."),
    # a supplement worked into its total
    ("Argent OK, 10 places = +900 € HT, total 11 900 € HT.", "Nous prenons l'Argent."),
    # a question, a "not", no alternative named, both named
    ("Full page GHS 18,000, half page GHS 10,500.", "Would you take the half page?"),
    ("Full page GHS 18,000, half page GHS 10,500.", "We won't take the half page."),
    ("Full page GHS 18,000, half page GHS 10,500.", "We'll take it."),
    ("Full page GHS 18,000, half page GHS 10,500.", "We'd like the full page or the half page, not sure yet."),
    ("Wir bieten die Loge für 9.000 € und die Bande für 3.000 €.", "Wir nehmen beides nicht."),
])
def test_no_alternative_is_kept_without_a_clear_choice_of_one(offer, choice):
    assert narrowed(offer, choice) == ""


def test_the_draft_state_keeps_the_chosen_alternative_only():
    state = build_state([Source("message", 1, "Hello Rosa,\n\nOur rates: full page GHS 18,000, half page GHS 10,500, "
                                              "quarter page GHS 6,000.\n\nPaul", D1, "outbound"),
                         Source("message", 2, "Hello Paul,\n\nWe will take the half page. Please send the invoice."
                                              "\n\nRosa", D2, "inbound")],
                        "Europe/Paris", NOW, customer_name="Rosa Lind")
    line = next(i for i in state.items if "GHS 10,500" in i.quote)
    assert "GHS 18,000" not in line.quote and "GHS 6,000" not in line.quote and "half page" in line.quote
    assert not any("GHS 18,000" in i.text for i in state.items if i.status == "open")


def test_an_older_choice_than_the_offer_takes_nothing():
    offer = Item("term", "full page GHS 18,000, half page GHS 10,500", "Full page GHS 18,000, half page GHS 10,500.",
                 "message", 2, D2, "outbound")
    early = Source("message", 1, "We will take the half page.", D1, "inbound")
    assert chosen_alternatives([offer], [early], {("message", 1): early.text}) == [offer]


@pytest.mark.parametrize("choice", ["If we take the half page, we need the right-hand side.",
                                    "Wenn wir die halbe Seite nehmen, brauchen wir die rechte Seite.",
                                    "Si on prend la demi-page, il nous faut la page de droite.",
                                    "Si tomamos la media página, necesitamos la derecha."])
def test_a_choice_only_weighed_takes_nothing(choice):
    offer = {"If": "Full page GHS 18,000, half page GHS 10,500.", "Wenn": "Ganze Seite 18.000 €, halbe Seite 10.500 €.",
             "Si on": "Pleine page : 18 000 €, demi-page : 10 500 €.",
             "Si tomamos": "Página entera 18.000 €, media página 10.500 €."}
    assert narrowed(next(v for k, v in offer.items() if choice.startswith(k)), choice) == ""


def test_a_name_before_a_verb_at_the_end_is_taken():
    assert narrowed("Ganze Seite 18.000 €, halbe Seite 10.500 €.", "Wir haben uns für die halbe Seite entschieden.") \
        == "Halbe Seite 10.500 €."


@pytest.mark.parametrize("offer, rep, said", [
    ("Full page GHS 18,000, half page GHS 10,500.", "I've reserved the half page for you.", "Half page GHS 10,500."),
    ("Ganze Seite 18.000 €, halbe Seite 10.500 €.", "Die halbe Seite ist für Sie reserviert.", "Halbe Seite 10.500 €."),
    ("Pleine page : 18 000 €, demi-page : 10 500 €.", "La demi-page est réservée pour vous.", "Demi-page : 10 500 €."),
    ("Página entera 18.000 €, media página 10.500 €.", "Te he reservado la media página.", "Media página 10.500 €."),
])
def test_the_reps_newer_word_that_one_is_taken_keeps_it(offer, rep, said):
    found = alternatives(offer)
    assert kept(offer, *found, takes(rep, found[0], rep=True)) == said
    assert takes("Would you like the half page? I'd suggest it.", found[0], rep=True) is None


def test_a_booking_deadline_is_no_choice():
    assert narrowed("Full page GHS 18,000, half page GHS 10,500.", "The booking deadline for the half page is Friday.") \
        == ""


@pytest.mark.parametrize("sentence", [
    "Told him the extra kiosks are NZ$2,300 each, new total NZ$21,800.",
    "Quoted the frames at R$450 a unit, total R$9,000.",
])
def test_a_total_after_a_currency_written_onto_its_symbol_is_no_alternative(sentence):
    assert alternatives(sentence) is None


def test_alternatives_in_a_currency_written_onto_its_symbol_keep_it_with_the_price():
    offer = "A small hall is HK$4,000, a large hall HK$7,500."
    assert narrowed(offer, "We'll take the large hall.") == "A large hall is HK$7,500."


def test_a_call_notes_own_later_sentence_takes_one():
    text = "Told him the hall is USD 900 a day, the garden USD 1,400 a day. Prefers the garden, rain or not."
    offer = Item("term", "", "Told him the hall is USD 900 a day, the garden USD 1,400 a day.", "note", 1, D1, "note")
    kept_ = chosen_alternatives([offer], [Source("note", 1, text, D1, "note")], {("note", 1): text})
    assert "USD 900" not in kept_[0].quote and "USD 1,400" in kept_[0].quote


def test_a_call_notes_earlier_sentence_takes_nothing():
    text = "Prefers the garden. Told him the hall is USD 900 a day, the garden USD 1,400 a day."
    offer = Item("term", "", "Told him the hall is USD 900 a day, the garden USD 1,400 a day.", "note", 1, D1, "note")
    assert chosen_alternatives([offer], [Source("note", 1, text, D1, "note")], {("note", 1): text}) == [offer]


@pytest.mark.parametrize("choice", ["Takes the garden.", "Prefers the garden.", "Goes with the garden.",
                                    "Wants the garden."])
def test_a_call_notes_third_person_takes_one(choice):
    found = alternatives("The hall is USD 900 a day, the garden USD 1,400 a day.")
    assert takes(choice, found[0]) == 1


def test_a_price_per_person_written_pp_stays_with_its_price():
    found = alternatives("Told her EUR 2,350 pp, in-company version EUR 24,000 flat.")
    assert found is not None and found[0][1].label == "in-company version"


def test_a_price_explained_in_brackets_is_no_alternative():
    assert alternatives("The plan for 12 branches comes to NZD 96,000 in total (NZD 8,000 per branch).") is None
    assert alternatives("Le forfait revient à 4 800 € au total (400 € par mois).") is None

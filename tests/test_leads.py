"""One ': ' lead per draft sentence (followup/drafting/leads.py), in four languages."""
import pytest

from followup.drafting.leads import one_lead, one_lead_each, unannounced


@pytest.mark.parametrize("language, sentence, said", [
    ("es", "Tomo nota: un cambio: ahora quieren arepas de 9 cm.", "Tomo nota: ahora quieren arepas de 9 cm."),
    ("en", "Noted: two things: you need it by May.", "Noted: you need it by May."),
    ("de", "Notiert: eine Änderung: Sie nehmen jetzt 12 Stück.", "Notiert: Sie nehmen jetzt 12 Stück."),
    ("fr", "C'est noté : petite précision : vous serez 40.", "C'est noté : vous serez 40."),
])
def test_an_announcing_label_after_the_lead_is_left_out(language, sentence, said):
    assert one_lead(sentence, language) == said


@pytest.mark.parametrize("language, sentence, said", [
    ("de", "Neues Angebot: 1 Dreschkorb, 800 Messerklingen: EUR 19.380 DAP.",
     "Neues Angebot: 1 Dreschkorb, 800 Messerklingen für EUR 19.380 DAP."),
    ("en", "Revised: 12 tenors tuned (TT$4,400): TT$46,400 in total.",
     "Revised: 12 tenors tuned (TT$4,400) for TT$46,400 in total."),
    ("fr", "Variante : DS-1.5, solaire 3 kWc : 2 480 000 XPF livré.",
     "Variante : DS-1.5, solaire 3 kWc pour 2 480 000 XPF livré."),
    ("es", "Oferta nueva: 2 bombas y 40 m de tubo: USD 3.100.", "Oferta nueva: 2 bombas y 40 m de tubo por USD 3.100."),
])
def test_a_colon_before_the_price_becomes_for(language, sentence, said):
    assert one_lead(sentence, language) == said


def test_label_and_price_pairs_become_a_sentence_each():
    assert one_lead("Première tranche (24 places) : 2 900 000 XPF HT, seconde tranche : 2 250 000 XPF HT.", "fr") == \
        "Première tranche (24 places) : 2 900 000 XPF HT. Seconde tranche : 2 250 000 XPF HT."


def test_any_other_second_colon_becomes_a_dash_and_clocks_slots_and_single_leads_stay():
    assert one_lead("C'est noté : la dépose suite à la visite : le couvreur peut monter.", "fr") == \
        "C'est noté : la dépose suite à la visite – le couvreur peut monter."
    assert one_lead("As agreed, visit at 14:00: bring the drawings.", "en") == "As agreed, visit at 14:00: bring the drawings."
    slot = "Zu Ihrer Frage: [[answer: Wegen der Ladestation: reicht ein Solarpanel?]]"
    assert one_lead_each(slot, "de") == slot
    assert one_lead_each("Noted: a change: 40 seats. Thanks.", "en") == "Noted: 40 seats. Thanks."


def test_an_earlier_emails_announcement_is_not_pasted_before_its_news():
    assert one_lead_each("I have good news: for an order by 30 June the price is EUR 38,900.", "en") == \
        "For an order by 30 June the price is EUR 38,900."
    assert unannounced("Gute Nachricht: der Preis sinkt auf EUR 900.") == "Der Preis sinkt auf EUR 900."
    assert unannounced("Bonne nouvelle : le prix baisse.") == "Le prix baisse."
    assert unannounced("Buenas noticias: el precio baja.") == "El precio baja."
    assert unannounced("The news: it stays.") == "The news: it stays."

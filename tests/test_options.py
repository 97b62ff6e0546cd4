"""An option the customer passed over for another is no longer in force; parts of one offer all stay."""
from datetime import datetime

import pytest

from followup.drafting.conversation import build_state
from followup.drafting.items import Item
from followup.drafting.options import either, unchosen
from followup.drafting.sentences import Source

D1, D2, D3, NOW = datetime(2026, 12, 7, 10), datetime(2026, 12, 10, 10), datetime(2026, 12, 14, 10), \
    datetime(2026, 12, 18, 10)


def states(*sources):
    return build_state(list(sources), "Europe/Paris", NOW, customer_name="Rosa Lind")


def line(state, words):
    return next(i for i in state.items if words in i.quote)


def test_the_option_not_taken_goes_in_every_language():
    cases = [("Could you also offer a rental instead of the purchase?", "3 units to purchase: EUR 111,000.",
              "Rental for the season: EUR 27,600 for the 3.", "We'll go with the rental of the 3 units."),
             ("Können Sie statt dem Kauf auch eine Miete anbieten?", "Kauf der 3 Geräte: 111.000 €.",
              "Miete für die Saison: 27.600 € für die 3.", "Wir nehmen die Miete für die Saison."),
             ("Pouvez-vous aussi proposer une location au lieu de l'achat ?", "3 canons à l'achat : CHF 111'000 HT.",
              "En location pour la saison : CHF 27'600 HT les 3.", "Nous partons sur la location des 3 canons."),
             ("¿Pueden ofrecer un alquiler en vez de la compra?", "Compra de los 3 equipos: USD 111.000.",
              "Alquiler por la temporada: USD 27.600 los 3.", "Vamos con el alquiler de los 3.")]
    for ask, buy, rent, choice in cases:
        state = states(Source("message", 1, f"Hello,\n\n{ask}\n\nRosa", D1, "inbound"),
                       Source("message", 2, f"Hello,\n\n{buy} {rent}\n\nPaul", D2, "outbound"),
                       Source("message", 3, f"Hello,\n\n{choice}\n\nRosa", D3, "inbound"))
        assert (line(state, buy[:8]).status, line(state, buy[:8]).by) == ("superseded", "message:3"), choice
        assert line(state, rent[:8]).status == "open", choice


def test_parts_of_one_offer_no_one_set_against_each_other_all_stay():
    state = states(Source("message", 1, "Hello,\n\nPlease quote the press.\n\nRosa", D1, "inbound"),
                   Source("message", 2, "Hello,\n\nThe press is EUR 40,000. Installation is EUR 2,000.\n\nPaul", D2,
                          "outbound"),
                   Source("message", 3, "Hello,\n\nWe'll take the press.\n\nRosa", D3, "inbound"))
    assert line(state, "Installation").status == "open"
    assert unchosen([], [], {}) == []


def test_a_line_pricing_named_options_goes_once_a_later_line_names_one_with_its_price():
    state = states(
        Source("message", 1, "Los paquetes: Oro USD 12.000 (marca en camisetas), Plata USD 6.000.", D1, "outbound"),
        Source("message", 2, "Nos interesa el Plata.", D2, "inbound"),
        Source("message", 3, "Adjunto el contrato del paquete Plata (USD 6.000).", D3, "outbound"))
    assert line(state, "Oro USD 12.000").status == "superseded"


def test_a_later_line_naming_both_options_keeps_the_line_pricing_them():
    state = states(
        Source("message", 1, "Gold is EUR 12,000, Silver EUR 6,000.", D1, "outbound"),
        Source("message", 2, "Gold EUR 12,000 or Silver EUR 6,000, which one do you prefer?", D3, "outbound"))
    assert line(state, "Gold is EUR 12,000").status == "open"


def _ask(quote: str) -> Item:
    return Item(kind="next_step", text=quote, quote=quote, source_kind="message", source_id=1, at=D1,
                direction="outbound")


@pytest.mark.parametrize("ask, reply, status", [
    ("Just let me know Tuesday 6 or Wednesday 7 June for the kick-off.", "Wednesday 7 June works, 10am.", "answered"),
    ("Passt Ihnen Dienstag oder Mittwoch für den Termin?", "Mittwoch passt uns gut.", "answered"),
    ("Dites-moi mardi 6 ou mercredi 7 pour le lancement.", "Mercredi 7, c'est parfait.", "answered"),
    ("Dime el martes 6 o el miércoles 7.", "El miércoles 7 nos va bien.", "answered"),
    ("Just let me know Tuesday 6 or Wednesday 7 June.", "Wednesday does not work for us.", "open"),  # a no
    ("Just let me know Tuesday 6 or Wednesday 7 June.", "Tuesday or Wednesday, both fine.", "open"),  # both named
    ("Just let me know Tuesday 6 or Wednesday 7 June.", "Could we do Wednesday?", "open"),  # a question
    ("Just let me know Tuesday 6 or Wednesday 7 June.", "Thursday 8 June would suit us better.", "open"),  # another day
    ("Sagen Sie mir bitte, ob Dienstag, 6. oder Mittwoch, 7. Juni passt.", "Mittwoch, 7. Juni passt uns gut.", "answered"),
    ("Dígame si le va mejor el martes 6 o el miércoles 7.", "El miércoles 7 nos va bien.", "answered"),
])
def test_a_day_offered_as_one_of_two_is_answered_once_the_customer_takes_one(ask, reply, status):
    src = Source("message", 2, reply, D2, "inbound")
    assert either([_ask(ask)], [src], {("message", 2): reply})[0].status == status


@pytest.mark.parametrize("word, refusal", [("Lease", "Gavin wants the outright purchase, not the lease."),
                                           ("Leasing", "Gavin nimmt den Kauf, nicht das Leasing."),
                                           ("Location", "Gavin préfère l'achat, pas la location."),
                                           ("Alquiler", "Gavin prefiere la compra, no el alquiler.")])
def test_an_option_turned_down_beside_the_one_taken_goes_in_every_language(word, refusal):
    state = states(Source("message", 1, "Hello,\n\nCan you price it?\n\nRosa", D1, "inbound"),
                   Source("message", 2, f"Hello,\n\nMain roof only: 80 kW, AUD 97,200 installed.\n\n{word} for Gavin: "
                                        "7 years at AUD 1,690 a month.\n\nPaul", D2, "outbound"),
                   Source("note", 3, f"Call with Rosa. {refusal}", D3, "note"))
    assert (line(state, f"{word} for").status, line(state, f"{word} for").by) == ("superseded", "note:3")
    assert line(state, "Main roof").status == "open"


def test_a_not_naming_no_single_priced_line_refuses_nothing():
    state = states(Source("message", 1, "Hello,\n\nCan you price it?\n\nRosa", D1, "inbound"),
                   Source("message", 2, "Hello,\n\nMain roof: AUD 97,200 installed.\n\nShed roof: AUD 21,000 "
                                        "installed.\n\nPaul", D2, "outbound"),
                   Source("message", 3, "Hello,\n\nThe price is fine, but not the roof access.\n\nRosa", D3, "inbound"))
    assert [line(state, w).status for w in ("Main roof", "Shed roof")] == ["open", "open"]



@pytest.mark.parametrize("sentence", ["Nous préférerions une seule PAC de 120 kW plutôt que deux de 60 kW.",
                                      "Could you do a lease instead of the purchase?"])
def test_a_count_inside_a_line_or_a_question_refuses_nothing(sentence):
    from followup.drafting.options import _refused
    lines = [Item(kind="term", text="", quote=q, source_kind="message", source_id=2, at=D2, direction="outbound")
             for q in ("Voici notre proposition : deux pompes de 60 kW pour 94 600 € HT.",
                       "Purchase of the unit: EUR 5,000.", "Lease for the season: EUR 900.")]
    assert _refused(lines, [(Source("message", 3, sentence, D3, "inbound"), sentence)]) == {}

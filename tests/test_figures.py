"""Figures in force: a term the rep's own lines already say, or say again with a figure changed."""
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.figures import (
    amounts,
    close_revision,
    comparable,
    corrects,
    numbers,
    priced_amounts,
    restated_or_replaced,
    revised_numbers,
    without_amount,
)
from followup.drafting.items import Item
from followup.drafting.sentences import Source


def item(quote, direction, day):
    return Item(kind="term", text="", quote=quote, source_kind="message" if direction != "note" else "note",
                source_id=day, at=datetime(2026, 11, day, 12), direction=direction)


def test_numbers_and_amounts_read_thousands_as_one_figure():
    assert numbers("KES 14,500 from Dec 7") == {"14500", "7"}
    assert amounts("KES 14,500 from Dec 7, 3 vans") == {"14500"}


def test_a_note_term_every_figure_of_which_the_reps_line_says_again_is_not_said_twice():
    note = item("told her our cover is £5m per claim", "note", 2)
    line = item("Our cover is £5m per claim, for every crew.", "outbound", 3)
    assert restated_or_replaced(note, [line])
    other = item("told her the van holds 5 pallets", "note", 2)  # no sum of money: the overlap may be chance
    assert not restated_or_replaced(other, [line])


def test_a_calls_proposal_offered_again_in_writing_with_a_figure_changed_is_out_of_force():
    note = item("Proposed window cleaning 3 x/month, 08:00-10:00", "note", 2)
    later = item("For 4 visits a month, 08:00 to 10:00, the price is $640 a month.", "outbound", 5)
    assert restated_or_replaced(note, [later])
    earlier = item("For 4 visits a month, 08:00 to 10:00, the price is $640 a month.", "outbound", 1)
    assert not restated_or_replaced(note, [earlier])  # a line older than the call does not replace it


def test_a_dotted_currency_abbreviation_makes_a_figure_an_amount():
    """"Gs. 41.500" is money; "Nr. 12" is not."""
    from followup.drafting.figures import priced_amounts
    assert {v for _, _, v in priced_amounts("Precio: Gs. 41.500 por m², 3 torres")} == {"41500"}
    assert priced_amounts("Ticket Nr. 12, 3 vans") == set()


def test_a_part_the_customer_leaves_out_takes_the_reps_line_on_it_out_of_force_in_every_language():
    from followup.drafting.conversation import build_state
    from followup.drafting.sentences import Source
    cases = [("Total with the spin room: $13,950 + tax.", "We'll leave out the spin room for now."),
             ("Mit dem Spinningraum: 13.950 € netto.", "Den Spinningraum lassen wir weg."),
             ("Avec la salle de spinning : 13 950 € HT.", "On laisse de côté la salle de spinning."),
             ("Total con spinning: $1,395,000 MXN + IVA.", "Al final queremos dejar fuera el salón de spinning.")]
    for offer, out in cases:
        sources = [Source("message", 1, f"Hola,\n\n{offer}\n\nXimena", datetime(2026, 11, 20, 9), "outbound"),
                   Source("message", 2, f"Hola,\n\n{out}\n\nEduardo", datetime(2026, 11, 25, 9), "inbound")]
        state = build_state(sources, "America/Monterrey", datetime(2026, 11, 26, 9), customer_name="Eduardo Garza")
        line = next(i for i in state.items if i.source_id == 1)
        assert (line.status, line.by) == ("superseded", "message:2"), offer


def test_the_customer_taking_the_offer_at_its_total_revises_none_of_its_lines():
    offer = ("Hi Tom,\n\nCombined: air 600 kg at USD 1.95/kg (USD 1,170) plus sea every two weeks, USD 410 per "
             "shipment. Total about USD 1,990 a month.\n\nBest,\nGaby")
    taken = "Hi Gaby,\n\nWe'll go with the combined scheme, USD 1,990 a month. Please prepare the contract.\n\nTom"
    sources = [Source("message", 1, offer, datetime(2027, 8, 11, 13), "outbound"),
               Source("message", 2, taken, datetime(2027, 8, 16, 14), "inbound")]
    state = build_state(sources, "America/Panama", datetime(2027, 8, 17, 15), customer_name="Tom Ross")
    line = next(i for i in state.items if "USD 410" in i.quote)
    assert line.status == "open", line


def test_a_later_price_of_the_same_thing_still_replaces_the_offer_line():
    offer = "Hallo Herr Roth,\n\nUnterhaltsreinigung EUR 890 pro Monat ab 18 Uhr.\n\nGrüße\nAnna"
    newer = "Hallo Herr Roth,\n\nUnterhaltsreinigung mit Teeküche: EUR 1.040 pro Monat.\n\nGrüße\nAnna"
    sources = [Source("message", 1, offer, datetime(2027, 8, 2, 9), "outbound"),
               Source("message", 2, newer, datetime(2027, 8, 9, 9), "outbound")]
    state = build_state(sources, "Europe/Berlin", datetime(2027, 8, 17, 9), customer_name="Jan Roth")
    assert next(i for i in state.items if "EUR 890" in i.quote).status == "superseded"


def test_a_correction_naming_the_old_figure_revises_only_a_line_holding_it():
    assert corrects("Also we are now 20 people, not 22.", {"22", "58"})
    assert not corrects("Also we are now 20 people, not 22.", {"62", "24"})  # "the Aroha takes 24 guests" stands
    assert not corrects("Wir sind jetzt 12 statt 10.", {"14"})
    assert not corrects("Nous serons 30 et non 25.", {"28"})
    assert not corrects("Somos 10 personas, no 8.", {"12"})
    assert corrects("Forfait 489 -> 465.", {"489"})  # no old figure named: any close line
    revised = [(datetime(2026, 11, 25, 9), "message:2", {"20", "22"}, "We are now 20 people, not 22.")]
    capacity = {("people", "", "24")}
    assert close_revision(revised, datetime(2026, 11, 20, 9), capacity) == ""
    assert close_revision(revised, datetime(2026, 11, 20, 9), {("people", "", "22")}) == "message:2"


def test_a_price_with_cents_is_compared_by_its_size_not_its_digits():
    (new,) = [v for *_, v in priced_amounts("654,55 € HT/mois/véhicule")]
    (old,) = [v for *_, v in priced_amounts("689 € HT par mois et par véhicule")]
    assert new == "65455" and new.size == 654.55  # the digits stay what every rule compares
    assert comparable({new}, {old})
    assert comparable({v for *_, v in priced_amounts("USD 0,225")}, {v for *_, v in priced_amounts("USD 0,21")})
    assert not comparable({v for *_, v in priced_amounts("$3.40 each")}, {v for *_, v in priced_amounts("$112 per case")})
    assert [v.size for *_, v in priced_amounts("PKR 36,100")] == [36100.0]  # three digits: a thousands mark


def test_a_call_notes_price_with_cents_replaces_the_reps_emailed_price_in_every_language():
    cases = [("Voici notre offre : 6 fourgons, 689 € HT par mois et par véhicule.",
              "Accordé 5 % -> 654,55 € HT/mois/véhicule, il signe.", "Europe/Paris", "689 €"),
             ("Unser Angebot: Tagungspauschale 89 € pro Person und Tag.",
              "Rabatt 10 % auf Tagungspauschale zugesagt: 80,10 € pro Person.", "Europe/Berlin", "89 €"),
             ("Cotización: 30.000 cajas a USD 0,21 más IVA.", "Con cartón FSC la caja queda en USD 0,225.",
              "America/Guayaquil", "USD 0,21"),
             ("Our offer: gloves at $4.20 per case.", "Re-quoted gloves at $3.95 per case.", "America/Chicago",
              "$4.20")]
    for offer, note, tz, old in cases:
        sources = [Source("message", 1, f"Hello,\n\n{offer}\n\nBest,\nAnna", datetime(2027, 8, 2, 9), "outbound"),
                   Source("note", 2, note, datetime(2027, 8, 9, 9), "note")]
        state = build_state(sources, tz, datetime(2027, 8, 17, 9), customer_name="Jan Roth")
        assert next(i for i in state.items if old in i.quote).status == "superseded", (offer, state.items)


def _revised(*sentences):
    sources = [Source("note", n, text, datetime(2027, 8, 10 + n, 9), "note") for n, text in enumerate(sentences)]
    return revised_numbers(sources, {("note", s.id): s.text for s in sources})


def test_a_revising_sentences_bare_figure_is_compared_with_a_price_by_its_value():
    hourly = priced_amounts("EUR 31,90/Std.")
    assert close_revision(_revised("Jetzt EUR 30,62/Std. zugesagt."), datetime(2027, 8, 1), hourly) == "note:0"
    assert close_revision(_revised("Forfait révisé : 29,50 par personne."), datetime(2027, 8, 1),
                          priced_amounts("forfait 31 € par personne")) == "note:0"
    assert close_revision(_revised("Now 3 crates instead of 2."), datetime(2027, 8, 1), priced_amounts("$3.40 each")) == ""


def test_a_day_or_an_hour_in_a_revising_sentence_revises_no_price_in_any_language():
    pallet = priced_amounts("$16.50 per pallet per month, pick and pack $1.10 per order")
    for said in ("We need to start October 2 instead of September 15.", "Start now Sept. 15, call at 2 pm.",
                 "Début le 15 septembre au lieu du 2 octobre, à 14 h.", "Jetzt am 15. September statt am 12.10.",
                 "Ahora empezamos el 15 de septiembre a las 14:30."):
        assert close_revision(_revised(said), datetime(2027, 8, 1), pallet) == "", said
    assert close_revision(_revised("Now $15.80 per pallet from October 2."), datetime(2027, 8, 1), pallet)


def test_only_the_clause_with_a_replaced_amount_leaves_a_line_in_every_language():
    cases = [("Cotización: 30.000 cajas a USD 0,21 y 30.000 etiquetas a USD 0,048, más IVA.", "USD 0,21",
              "Cotización: 30.000 etiquetas a USD 0,048, más IVA."),
             ("Quote: 400 boxes at $2.10 and 400 labels at $0.05 each.", "$2.10", "Quote: 400 labels at $0.05 each."),
             ("Angebot: 6 Stück à 40 € und 2 Stück à 55 €.", "55 €", "Angebot: 6 Stück à 40 €."),
             ("Offre : 12 cartons à 8,50 € et 3 présentoirs à 45 €, livraison le 12 mai.", "8,50 €",
              "Offre : 3 présentoirs à 45 €, livraison le 12 mai."),
             ("Advance payment: 4% off, so EGP 478,080 incl. VAT, transfer by 12 May.", "EGP 478,080",
              "Advance payment: 4% off, transfer by 12 May.")]
    for line, old, kept in cases:
        assert without_amount(line, {v for *_, v in priced_amounts(old)}) == kept, line
    assert without_amount("Price $16.50 per pallet.", {v for *_, v in priced_amounts("$16.50")}) == ""
    # in an email's sentence a comma lists one thing's parts or works a total out of the old price: it goes whole
    assert without_amount("As discussed, shade net at KES 185 per m², roughly 60,000 m², so about KES 11,100,000.",
                          {v for *_, v in priced_amounts("KES 185")}, note=False) == ""
    assert without_amount("Quote: 400 boxes at $2.10 and 400 labels at $0.05 each.", {v for *_, v in priced_amounts("$2.10")},
                          note=False) == "Quote: 400 labels at $0.05 each."
    # only a count of what the old price was for would be left: the line goes whole
    assert without_amount("Voici notre offre : 6 fourgons, 689 € HT par mois.", {v for *_, v in priced_amounts("689 €")}) == ""
    assert without_amount("Pick and pack $1.10 per order.", {v for *_, v in priced_amounts("$16.50")}) == ""


def test_a_price_revised_on_the_call_keeps_the_other_price_of_the_reps_offer_line():
    sources = [Source("message", 1, "Hola Daniela,\n\nCotización: 30.000 cajas a USD 0,21 y 30.000 etiquetas a "
                      "USD 0,048, más IVA.\n\nSaludos,\nAndrés", datetime(2027, 10, 28, 20), "outbound"),
               Source("message", 2, "Hola Daniela,\n\nCon el cartón FSC la caja queda en USD 0,225.\n\nSaludos,"
                      "\nAndrés", datetime(2027, 11, 10, 21), "outbound")]
    state = build_state(sources, "America/Guayaquil", datetime(2027, 11, 29, 15), customer_name="Daniela Cevallos")
    offer = next(i for i in state.items if "etiquetas" in i.quote)
    assert offer.status == "open" and "USD 0,048" in offer.quote and "USD 0,21" not in offer.quote

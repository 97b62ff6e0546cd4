"""Tests for followup.drafting.readoff: whether a changed count's new price can be read off the sources."""
from datetime import datetime, timedelta

from followup.drafting.items import Item
from followup.drafting.readoff import answered, not_priced, only_rates, per_unit, priced_per

AT = datetime(2026, 11, 23, 16)


def item(quote, direction="outbound", day=0, n=1):
    return Item(kind="term", text="", quote=quote, source_kind="message", source_id=n, at=AT + timedelta(days=day),
                direction=direction)


def test_what_each_sum_is_priced_per_in_each_language():
    assert priced_per("USD 385 per unit, 56 units USD 21,560 CIF") == ["piece", ""]
    assert priced_per("Lease: EUR 2,340 per month over 48 months") == ["time"]
    assert priced_per("NOK 38,500 per robot per month, NOK 924,000 in total") == ["robot", ""]
    assert priced_per("9 terminals at $29/month each, next-day funding") == ["piece"]
    assert priced_per("Zwischenpfähle EUR 3,72/Stück") == ["piece"]
    assert priced_per("60 Garnituren 155x220 zu 71,00 €, Lieferung bis 29. September") == ["garni"]
    assert priced_per("8 lames à 2 400 000 XOF par mois") == ["lames"]
    assert priced_per("Cena de gala: 65 € por persona") == ["person"]
    assert priced_per("- Per booking: $18 domestic, $35 international") == ["booki", "booki"]
    assert priced_per("- Flat: $1,200 a month, unlimited bookings") == ["time"]


def test_a_price_of_one_thing_person_or_piece_prices_its_count():
    assert per_unit("garni", "Garnituren", [item("80 Garnituren, 71,00 EUR je Garnitur, zusammen 5.680,00 EUR.")])
    assert per_unit("guest", "guests", [item("Dinner: EUR 45 per person, EUR 1,800 in all.")])
    assert per_unit("burea", "bureaux", [item("22 bureaux assis-debout, prix unitaire 845 $, total 18 590 $.")])
    assert not per_unit("floor", "floors", [item("For 5 floors: BDT 285,000, report within 7 days.")])


def test_rates_per_booking_price_no_count_of_travellers_but_a_monthly_rate_for_them_does():
    offer = [item("For your 28 travelers, two ways to pay us:"), item("- Per booking: $18 domestic"),
             item("- Flat: $1,200 a month, unlimited bookings")]
    assert not_priced("trave", offer)
    assert not not_priced("vehic", [item("NAD 3,950 per month for the 14 vehicles.")])
    assert not not_priced("floor", [item("For 5 floors: BDT 285,000.")])
    assert only_rates([item("Booking fee EUR 12 per booking.")]) and not only_rates([item("EUR 95 per month.")])


def test_a_later_rep_sum_or_mention_of_the_new_value_answers_the_change():
    change = item("We now need 6 floors.", "inbound", day=1, n=2)
    rep = ("outbound", "note")
    assert not answered(change, "6", [change], rep)
    assert answered(change, "6", [change, item("Revised: BDT 310,000.", day=2, n=3)], rep)
    assert answered(change, "6", [change, item("6 floors stay at the same rate.", day=2, n=3)], rep)
    assert not answered(change, "6", [change, item("Older offer BDT 285,000.", day=-1, n=3)], rep)

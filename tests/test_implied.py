"""Tests for followup.drafting.implied: the price a customer's change of a priced count or term leaves owed."""
import re
from datetime import date, datetime, timedelta

from followup.drafting.actions import rep_actions
from followup.drafting.implied import implied_changes, implied_slots, values
from followup.drafting.items import Item, State

AT = datetime(2026, 11, 23, 16)


def item(quote, direction="inbound", day=0, n=1, kind="term"):
    return Item(kind=kind, text="", quote=quote, source_kind="message", source_id=n, at=AT + timedelta(days=day),
                direction=direction)


def state(*items, language="en"):
    return State(items=tuple(items), language=language, today=date(2026, 12, 10), last={})


def slots(st):
    return [q for q, _ in implied_slots(st, [])]


def test_a_changed_term_of_time_against_a_priced_lease_is_slotted_without_the_old_term():
    st = state(item("Lease: EUR 2,340 per month over 48 months, maintenance included.", "outbound"),
               item("We want to start with 12 months shorter, so 36 months instead of 48.", day=3, n=2,
                    kind="request"))
    assert slots(st) == ["[[answer: price for 36 months]]"]


def test_a_changed_count_is_slotted_in_each_language():
    cases = [("en", "8,000 sets with foil: R14,900 excl. VAT.", "Please make it 10,000 sets after all.",
              "[[answer: price for 10,000 sets]]"),
             ("de", "5 Geräte kosten zusammen 4.250 €.", "Statt 5 bitte nur 4 Geräte.",
              "[[answer: Preis für 4 Geräte]]"),
             ("fr", "Pour 24 postes : 18 400 $ avant taxes.", "Finalement on passe à 23 postes.",
              "[[answer: prix pour 23 postes]]"),
             ("es", "60 cartas por 690 € + IVA.", "Hemos decidido subir a 70 cartas.",
              "[[answer: precio de 70 cartas]]")]
    for language, offer, change, want in cases:
        assert slots(state(item(offer, "outbound"), item(change, day=2, n=2), language=language)) == [want]


def test_no_slot_once_the_rep_priced_the_new_value_or_wrote_a_price_since():
    offer = item("Lease: EUR 2,340 per month over 48 months.", "outbound")
    change = item("Can we make it 36 months instead?", day=2, n=2)
    assert slots(state(offer, change, item("For 36 months: EUR 3,050 per month.", "note", day=3, n=3))) == []
    assert slots(state(offer, change, item("Revised: EUR 3,050 per month.", "outbound", day=4, n=4))) == []


def test_no_slot_when_the_customer_names_the_price_or_the_rep_prices_per_thing():
    offer = item("8 lames à 2 400 000 FCFA par mois.", "outbound")
    assert slots(state(offer, item("D'accord pour 7 lames à 2 150 000 FCFA par mois.", day=1, n=2),
                       language="fr")) == []
    per_unit = item("NAD 3,950 per unit installed for 14 vehicles.", "outbound")
    assert slots(state(per_unit, item("We now have 18 vehicles.", day=1, n=2))) == ["[[answer: total for 18 vehicles]]"]


def test_a_new_count_priced_per_piece_asks_the_total_never_works_it_out():
    cases = [("en", "For your 40 stools: GBP 85 each.", "We need 46 stools instead of 40.",
              "[[answer: total for 46 stools]]"),
             ("de", "Angebot für 30 Banner: 18,50 € pro Banner.", "Es werden 36 Banner statt 30.",
              "[[answer: Gesamtpreis für 36 Banner]]"),
             ("fr", "Pour 12 tables : CHF 240 la pièce.", "Finalement 15 tables au lieu de 12.",
              "[[answer: total pour 15 tables]]"),
             ("es", "Para 200 gorras: $9.500 por gorra.", "Cambio: son 250 gorras, no 200.",
              "[[answer: total para 250 gorras]]")]
    for language, offer, change, want in cases:
        assert slots(state(item(offer, "outbound"), item(change, day=2, n=2), language=language)) == [want]
    offer = item("For your 40 stools: GBP 85 each.", "outbound")
    said = item("So 46 stools: GBP 3,910 in total.", "outbound", day=3, n=3)
    assert slots(state(offer, item("We need 46 stools instead of 40.", day=2, n=2), said)) == []


def test_an_offer_already_restated_with_the_new_count_still_owes_the_total():
    offer = item("Para los 250 gorras: $9.500 por gorra.", "outbound")
    assert slots(state(offer, item("Cambio: son 250 gorras, no 200.", day=2, n=2), language="es")) == [
        "[[answer: total para 250 gorras]]"]


def test_a_mention_without_a_change_word_or_of_an_unpriced_thing_is_no_change():
    offer = item("6 treadmills and 10 spin bikes: EUR 2,190 per month.", "outbound")
    assert implied_changes(state(offer, item("The 8 treadmills in the old gym go.", day=1, n=2))) == []
    assert implied_changes(state(offer, item("We now need 12 lockers.", day=1, n=2))) == []


def test_a_sum_of_money_is_no_count():
    assert values("Est-ce que le prix de CHF 135 reste valable ?") == {}


def test_a_figure_saying_by_how_much_is_not_the_new_value():
    assert "term:month" not in values("start with 12 months shorter")
    assert values("so 36 months instead")["term:month"] == {"36": "36 months"}


def test_a_price_question_of_the_same_email_naming_the_new_value_stands_alone():
    offer = item("Lease: EUR 2,340 per month over 48 months.", "outbound")
    change = item("We want 36 months instead of 48.", day=2, n=2, kind="request")
    asked = item("Is this possible and what is the price then?", day=2, n=2, kind="question")
    said = [q for q, _ in rep_actions(state(offer, change, asked))[1]]
    assert len(said) == 1 and "36 months" in said[0] and "price" in said[0]
    held = item("Est-ce que le prix de CHF 135 reste valable ?", day=2, n=2, kind="question")
    lessons = state(item("200 leçons à CHF 135.", "outbound"), item("Donc 160 leçons.", day=2, n=2), held,
                    language="fr")
    said = [q for q, _ in rep_actions(lessons)[1]]
    assert len(said) == 1 and "CHF 135" in said[0]


def test_a_count_priced_per_piece_person_or_under_a_unit_price_column_asks_only_its_total():
    cases = [("de", "80 Garnituren, 71,00 EUR je Garnitur, zusammen 5.680,00 EUR.", "Wir brauchen jetzt 95 Garnituren."),
             ("en", "Booking fee EUR 12 per booking for your 30 travellers.", "We are now 34 travellers."),
             ("en", "Dinner for 40 guests: EUR 45 per person, EUR 1,800 in all.", "We will now be 52 guests."),
             ("fr", "22 bureaux assis-debout, prix unitaire 845 $, total 18 590 $.", "Finalement on passe à 23 bureaux."),
             ("es", "42 aireadores, USD 418 c/u, total USD 17,556.", "Al final necesitamos 45 aireadores.")]
    for language, offer, change in cases:
        got = slots(state(item(offer, "outbound"), item(change, day=2, n=2), language=language))
        if "booking" in offer:
            assert got == [], change  # a fee per booking runs with no count of travellers
        else:
            assert len(got) == 1 and re.match(r"\[\[answer: (?:total|Gesamtpreis) ", got[0]), change
        lump = re.sub(r"(?:je|per|prix unitaire|c/u)\s*\w*", "", offer)  # the same offer as a lump sum asks
        assert slots(state(item(lump, "outbound"), item(change, day=2, n=2), language=language)), lump


def test_a_rate_per_month_does_not_price_the_count_it_runs_for():
    st = state(item("NAD 3,950 per month for the 14 vehicles, 36 months.", "outbound"),
               item("We now have 18 vehicles instead of 14.", day=1, n=2))
    assert slots(st) == ["[[answer: price for 18 vehicles]]"]


def test_a_later_rep_email_naming_the_new_value_leaves_no_slot():
    offer = item("For 5 floors: BDT 285,000, report within 7 days.", "outbound")
    change = item("We now need 6 floors.", day=1, n=2)
    assert slots(state(offer, change)) == ["[[answer: price for 6 floors]]"]
    assert slots(state(offer, change, item("6 floors stay at the same rate.", "outbound", day=2, n=3))) == []


def test_a_term_priced_elsewhere_in_the_rep_email_is_changed_and_german_keeps_the_customers_case():
    st = state(item("Vollwartung: 7.450 € pro Jahr netto.", "outbound"), item("Laufzeit jeweils 3 Jahre.", "outbound"),
               item("Wir nehmen die Vollwartung, allerdings mit 5 Jahren Laufzeit.", day=5, n=2), language="de")
    assert slots(st) == ["[[answer: Preis bei 5 Jahren Laufzeit]]"]


def test_a_change_only_thought_of_is_no_slot_one_priced_per_piece_asks_its_total():
    offer = item("Évaporateur pour 6 500 entailles : 38 900 $.", "outbound")
    assert slots(state(offer, item("Pis on va peut-être monter à 9 000 entailles d'ici 2 ans.", day=1, n=2),
                       language="fr")) == []
    hire = item("Hire is £145 per module; for 30 modules that is £4,350.", "outbound")
    assert slots(state(hire, item("We now need 36 modules, not 30.", day=1, n=2))) == ["[[answer: total for 36 modules]]"]


def test_a_note_recording_the_change_with_its_new_price_leaves_no_slot():
    offer = item("60 pairs of fins: FJD 7,200.", "outbound")
    change = Item(kind="term", text="", quote="Resort wants only 40 pairs of fins, rest same", source_kind="note",
                  source_id=2, at=AT + timedelta(days=2), direction="note")
    priced = Item(kind="term", text="", quote="New total FJD 6,220.", source_kind="note", source_id=2,
                  at=AT + timedelta(days=2), direction="note")
    assert slots(state(offer, change, priced)) == []


def test_a_count_priced_per_piece_is_said_beside_the_changed_term_it_comes_with():
    st = state(item("2 robots on a 12-month lease: NOK 38,500 per robot per month, NOK 924,000 in total.", "outbound"),
               item("We have now decided on 3 robots, and 18 months instead of 12.", day=2, n=2))
    assert slots(st) == ["[[answer: price for 3 robots and 18 months]]"]


def test_a_price_of_one_said_before_or_after_its_sum_leaves_only_the_total_of_a_new_count():
    cases = [("de", "60 Garnituren 155x220 zu 71,00 €, Lieferung bis 29. September.",
              "Leider ein Fehler: bei 155x220 brauchen wir 80 Garnituren, nicht 60."),
             ("en", "9 terminals at $29/month each, next-day funding.", "Make it 11 terminals though."),
             ("es", "70 cartas a 10 € + IVA.", "Al final necesitamos 80 cartas.")]
    for language, offer, change in cases:
        got = slots(state(item(offer, "outbound"), item(change, day=2, n=2), language=language))
        assert len(got) == 1 and re.match(r"\[\[answer: (?:total|Gesamtpreis) ", got[0]), change
    lines = ["For your 28 travelers, two ways to pay us:", "- Per booking: $18 domestic, $35 international",
             "- Flat: $1,200 a month, unlimited bookings"]
    offer = [item(line, "outbound") for line in lines]
    assert slots(state(*offer, item("One correction: it's 34 travelers, not 28.", day=2, n=2))) == []


def test_a_count_with_an_adjective_before_its_thing_is_changed_by_the_thing_alone():
    st = state(item("Stage package: 3 cordless headsets and one mixer, GBP 2,900 + VAT.", "outbound"),
               item("One change: we need 5 headsets, not 3.", day=3, n=2, kind="request"))
    assert slots(st) == ["[[answer: price for 5 headsets]]"]


def test_a_verb_or_grammar_word_after_a_count_is_no_thing():
    assert values("3 heaters installed plus 2 pumps each") == {"heate": {"3": "3 heaters"}, "pumps": {"2": "2 pumps"}}


def test_a_cap_is_no_new_count():
    st = state(item("Lease: 40 sewing machines at VND 950,000 per machine per month.", "outbound"),
               item("They can now swap up to 8 machines per quarter at no charge.", "note", day=3, n=2))
    assert slots(st) == []


def test_a_new_count_of_a_compound_s_head_priced_by_its_short_word_leaves_its_total_owed():
    cases = [("en", "Quote for the east wing (24 bathrooms in all).", "Tiling: $410 per room.",
              "It's 20 rooms now, not 24.", "[[answer: total for 20 rooms]]"),
             ("de", "Angebot für 12 Klassenzimmer.", "Montage: 180 € pro Zimmer.", "Es sind nur noch 10 Zimmer.",
              "[[answer: Gesamtpreis für 10 Zimmer]]")]
    for language, count, price, change, want in cases:
        st = state(item(count, "outbound"), item(price, "outbound"), item(change, day=2, n=2), language=language)
        assert slots(st) == [want]


def test_a_compound_that_only_begins_with_the_customer_s_noun_is_another_thing():
    st = state(item("Quote for 24 roomsets.", "outbound"), item("Tiling: $410 per set.", "outbound"),
               item("It's 20 rooms now.", day=2, n=2))
    assert slots(st) == []


def test_a_change_said_to_cost_the_same_owes_no_price():
    """"62 fittings at 4000K instead of 3000K, same price": the price in force stands, no slot asks it again."""
    cases = [("en", "Quote: 40 lamps at 3000K, £8,200 fitted.", "Make it 12 lamps at 4000K instead, same price."),
             ("de", "5 Geräte kosten zusammen 4.250 €.", "Statt 5 bitte 6 Geräte, zum gleichen Preis."),
             ("fr", "Pour 24 postes : 18 400 $ avant taxes.", "Finalement on passe à 23 postes, au même prix."),
             ("es", "60 cartas por 690 € + IVA.", "Hemos decidido subir a 70 cartas al mismo precio.")]
    for language, offer, change in cases:
        assert slots(state(item(offer, "outbound"), item(change, day=2, n=2), language=language)) == []
        # the same change without the words of the same price owes one
        bare = re.sub(r",? (?:same price|zum gleichen Preis|au même prix|al mismo precio)", "", change)
        assert len(slots(state(item(offer, "outbound"), item(bare, day=2, n=2), language=language))) == 1

"""Tests for followup.drafting.oldtotal: a total worked out for a count the customer changed is out of force."""
from datetime import date, datetime, timedelta

from followup.drafting.items import Item, State
from followup.drafting.oldtotal import without_old_totals

AT = datetime(2026, 11, 23, 16)


def item(quote, direction="inbound", day=0, n=1, kind="term"):
    return Item(kind=kind, text="", quote=quote, source_kind="message", source_id=n, at=AT + timedelta(days=day),
                direction=direction)


def state(*items, language="en"):
    return State(items=tuple(items), language=language, today=date(2026, 12, 10), last={})


def test_the_old_total_clause_goes_and_the_price_per_piece_stays():
    cases = [("en", "Groups are 10 trainees.", "Seats are USD 120 per trainee, so USD 2,400 for 20.",
              "We now have 16 trainees.", "Seats are USD 120 per trainee."),
             ("de", "Gruppen zu 10 Teilnehmern.", "95 € pro Teilnehmer, also 1.900 € für 20 Teilnehmer.",
              "Wir sind jetzt nur 18 Teilnehmer.", "95 € pro Teilnehmer."),
             ("es", "Grupos de 10 alumnos.", "El precio es de 80 € por alumno, o sea 1.600 € para 20 alumnos.",
              "Al final seremos 15 alumnos.", "El precio es de 80 € por alumno.")]
    for language, groups, offer, change, want in cases:
        st = without_old_totals(state(item(groups, "outbound"), item(offer, "outbound"), item(change, day=2, n=2),
                                      language=language))
        assert st.items[1].quote == want, language


def test_a_total_for_the_new_count_or_another_thing_stays():
    groups = item("Groups are 10 trainees.", "outbound")
    offer = item("Seats are USD 120 per trainee, so USD 2,400 for 20.", "outbound")
    st = state(groups, offer, item("We now have 20 trainees.", day=2, n=2))
    assert without_old_totals(st).items[1].quote == offer.quote
    other = item("Seats are USD 120 per trainee, and USD 900 for 3 coaches.", "outbound")
    st = state(groups, other, item("We now have 16 trainees.", day=2, n=2))
    assert without_old_totals(st).items[1].quote == other.quote


def test_nothing_changes_without_a_changed_count():
    offer = item("Seats are USD 120 per trainee, so USD 2,400 for 20.", "outbound")
    st = state(item("Groups are 10 trainees.", "outbound"), offer,
               item("Can you send the agenda?", day=2, n=2, kind="request"))
    assert without_old_totals(st) == st


def test_a_line_that_only_says_the_old_total_is_out_of_force():
    total = item("So USD 2,400 for 20.", "outbound")
    st = state(item("Seats are USD 120 per trainee, groups of 10 trainees.", "outbound"), total,
               item("We now have 16 trainees.", day=2, n=2))
    assert without_old_totals(st).items[1].status == "superseded"

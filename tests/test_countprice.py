"""A note's recount said with the same note's lump price, in the customer's language; nothing when either is missing
or the clause is no recount."""
from datetime import datetime, timezone

import pytest

from followup.drafting.countprice import counted_price, lump, recount
from followup.drafting.items import Item

_AT = datetime(2031, 3, 4, 10, 0, tzinfo=timezone.utc)


def _note(quote: str, kind: str = "term", internal: bool = False) -> Item:
    return Item(kind=kind, text="", quote=quote, source_kind="note", source_id=7, at=_AT, direction="note",
                internal=internal)


@pytest.mark.parametrize("clauses, language, line", [
    (["Now 40 seats, the Leeds office joins in May.", "New quote: GBP 18,200 for year one, then GBP 9,900 a year."],
     "en", "the price for 40 seats is GBP 18,200 for year one, then GBP 9,900 a year"),
    (["Jetzt 12 Arbeitsplätze und 3 Drucker, weil das Lager dazukommt.", "Neues Angebot: 14.300 € netto."],
     "de", "Der Preis für 12 Arbeitsplätze und 3 Drucker beträgt 14.300 € netto"),
    (["Ils ouvrent une antenne à Nantes : 3 sites, 22 postes.", "Devis 41 200 € HT, formation comprise."],
     "fr", "le prix pour 3 sites et 22 postes est de 41 200 € HT, formation comprise"),
    (["Ahora son 4 mesas y 12 m de estantería.", "Presupuesto MXN 236,000 con montaje."],
     "es", "el precio para 4 mesas y 12 m de estantería es de MXN 236,000 con montaje"),
])
def test_a_recount_is_said_with_the_lump_price_after_it(clauses, language, line):
    said, priced, whole = counted_price([_note(c) for c in clauses], language)
    assert said == line
    assert priced is not None and priced.quote == clauses[1]


def test_an_aside_gives_only_its_count_after_its_now_and_is_never_marked_said():
    items = [_note("Now 25 licences, the CFO there is difficult.", kind="answer", internal=True),
             _note("Repriced: USD 30,000 per year.")]
    said, _, whole = counted_price(items, "en")
    assert said == "the price for 25 licences is USD 30,000 per year"
    assert whole == []  # the rest of the aside stays unsaid


def test_a_clause_of_counts_alone_is_said_whole():
    items = [_note("30 licences."), _note("Quoted EUR 7,500 a year.")]
    said, _, whole = counted_price(items, "en")
    assert said == "the price for 30 licences is EUR 7,500 a year" and whole == [items[0]]


@pytest.mark.parametrize("quote", ["Demo fixed for Thu 22 Feb 10:00 at their office.", "12 weeks lead time from order.",
                                   "Install: 3 days in March.", "Sie bestellen im 2 März."])
def test_a_day_a_time_or_a_clause_opening_with_a_count_is_no_recount(quote):
    assert recount(_note(quote))[0] == []


def test_an_aside_without_its_now_is_no_recount():
    assert recount(_note("Budget: 25 users max.", internal=True)) == ([], False)


@pytest.mark.parametrize("quote", ["Offered EUR 39 per user per month = EUR 9,360 per year.",
                                   "Hoods unchanged, 2 x CAD 11,800.", "Price agreed after a long talk."])
def test_a_worked_out_or_labelled_later_price_is_no_lump(quote):
    assert lump(_note(quote)) == ""


def test_two_recounts_or_a_price_before_its_count_say_nothing():
    two = [_note("Now 12 users."), _note("Now 3 sites."), _note("Repriced: EUR 9,000.")]
    before = [_note("Repriced: EUR 9,000."), _note("Now 12 users.")]
    assert counted_price(two, "en")[0] == "" and counted_price(before, "en")[0] == ""


@pytest.mark.parametrize("quote", ["Offered EUR 1,200/month per van, EUR 1,500/month with lift.",
                                   "Quoted $480/visit, booking incl. She asked about parking.",
                                   "Precio 2.500.000 FCFA por enlace, 10.000.000 FCFA total."])
def test_a_unit_price_or_a_second_sentence_is_no_lump(quote):
    assert lump(_note(quote)) == ""


@pytest.mark.parametrize("quote, price", [("Repriced: AU$ 7,200 + GST per year.", "AU$ 7,200 + GST per year"),
                                          ("Quoted EUR 900 a month, setup included.", "EUR 900 a month, setup included")])
def test_a_lump_keeps_its_tax_and_period(quote, price):
    assert lump(_note(quote)) == price

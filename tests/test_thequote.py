"""A new prospect's quote promised for today is the draft itself."""
from datetime import date, datetime

from followup.drafting.items import Item, State
from followup.drafting.sentences import Source
from followup.drafting.thequote import is_the_quote, quoted_in, this_email_quotes


def _promise(quote: str, due: datetime | None = None) -> Item:
    return Item(kind="commitment", text="", quote=quote, source_kind="note", source_id=1,
                at=datetime(2026, 12, 18), direction="note", due=due)


STATE = State(items=(), language="en", today=date(2026, 12, 21), last={})


def test_a_quote_due_today_or_undated_is_this_email_once_it_says_prices():
    assert is_the_quote(_promise("Promised written quote Mon 21 Dec.", datetime(2026, 12, 21, 10)), STATE, True)
    assert is_the_quote(_promise("Envoyer devis écrit."), STATE, True)
    assert not is_the_quote(_promise("Envoyer devis écrit."), STATE, False)  # no price said: no quote


def test_a_quote_due_later_with_more_than_itself_or_after_something_is_still_promised():
    assert not is_the_quote(_promise("quote by Thursday", datetime(2026, 12, 24)), STATE, True)
    assert not is_the_quote(_promise("Promis : devis écrit d'ici jeudi."), STATE, True)  # a day it could not date
    assert not is_the_quote(_promise("send spec sheet + quote"), STATE, True)
    assert not is_the_quote(_promise("quote after the site visit"), STATE, True)


def test_a_deadline_in_shorthand_keeps_the_promise():
    assert not is_the_quote(_promise("Angebot bis Fr."), STATE, True)


def test_a_notes_promise_of_the_offer_is_kept_by_the_next_email_with_its_prices_unless_it_promises_it_again():
    promised = Item("commitment", "", "Send new offer this week.", "note", 3, datetime(2026, 12, 8, 10), "note")
    offer = Source("message", 4, "As discussed, one HC-2000 line at EUR 124,000.", datetime(2026, 12, 10, 8), "outbound")
    again = Source("message", 4, "Wie besprochen 31.800 € netto. Das schriftliche Angebot schicke ich Ihnen bis Freitag.",
                   datetime(2026, 12, 10, 8), "outbound")
    plain = Source("message", 4, "Thanks for the call, talk soon.", datetime(2026, 12, 10, 8), "outbound")
    assert quoted_in(promised, [offer], {}) == "message:4"
    assert quoted_in(promised, [again], {}) == "" and quoted_in(promised, [plain], {}) == ""
    both = Item("commitment", "", "Send offer and spec sheet.", "note", 3, datetime(2026, 12, 8, 10), "note")
    assert quoted_in(both, [offer], {}) == ""  # the email may be the offer, not the spec sheet


def test_a_notes_promise_of_several_quotes_is_kept_by_the_next_email_with_prices_in_four_languages():
    offer = Source("message", 4, "Best terms: AED 398,500 for all 64 vehicles.", datetime(2026, 12, 10, 8), "outbound")
    for said in ("Promised quotations by 20 Jul.", "Angebote bis Freitag schicken.", "Envoyer les offres vendredi.",
                 "Mandar cotizaciones el lunes."):
        promised = Item("commitment", "", said, "note", 3, datetime(2026, 12, 8, 10), "note")
        assert quoted_in(promised, [offer], {}) == "message:4", said


def test_a_later_note_promising_it_again_means_this_email_is_not_yet_the_quote():
    first = ("I'll send the quote.", _promise("Send written quote."))
    again = ("I'll send it today with the install plan.",
             Item("commitment", "", "Send it tomorrow with the install plan.", "note", 2, datetime(2026, 12, 19), "note"))
    assert this_email_quotes([first], STATE, True) == [first]
    assert this_email_quotes([first, again], STATE, True) == []
    assert this_email_quotes([again], STATE, True) == []  # no quote word, more than the quote

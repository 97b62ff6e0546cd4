"""A new prospect's quote promised for today is the draft itself."""
from datetime import date, datetime

from followup.drafting.items import Item, State
from followup.drafting.thequote import is_the_quote


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

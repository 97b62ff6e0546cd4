"""The deal gone elsewhere, a certain pause in every language the rules read (followup.text.wish_elsewhere)."""
from datetime import datetime

import pytest

from followup.text.wish_elsewhere import may_go_elsewhere, went_elsewhere
from followup.text.wishes import detect_stops, detect_wishes

TUE = datetime(2026, 11, 10, 15, 0)


def _certain(text):
    """The kinds read as certain in a message."""
    return {w.kind for w in detect_wishes(text, TUE, "America/Chicago") if w.certain}


@pytest.mark.parametrize("text", [
    "We went with a competitor in the end, sorry.",
    "Just wanted to let you know we signed with one of your competitors last week.",
    "We've signed with another carrier for the next two years. Happy for you to have another crack when that's up.",
    "After careful evaluation, the contract has been awarded to another supplier.",
    "we went with a local guy for the snow clearing this winter. No hard feelings, maybe next season.",
    "went w another vendor for this season, sorry thx for ur time tho",
    "Nous avons choisi un autre prestataire pour cette année.",
    "Abbiamo scelto un altro fornitore per le botti di rovere.",
    "We zijn voor nu met een andere leverancier in zee gegaan.",
    "Tak for tilbuddet, men vi har valgt en anden leverandør denne gang.",
    "Wir haben uns für einen anderen Anbieter entschieden.",
    # a contract signed with another party, in the six languages
    "Alla fine abbiamo firmato con un'altra società, ci hanno fatto condizioni migliori. Per ora siamo a posto così.",
    "Nous avons signé avec un autre fournisseur.",
    "Hemos firmado el contrato con otra empresa.",
    "Assinamos com outra empresa.",
    "Wir haben bei einem anderen Anbieter unterschrieben.",
    "We hebben bij een andere leverancier getekend.",
])
def test_another_supplier_chosen_is_a_certain_pause(text):
    assert _certain(text) == {"paused"}
    assert [w.kind for w in detect_stops(text, TUE, "America/Chicago")] == ["paused"]


@pytest.mark.parametrize("text", [
    "We went with another vendor for the cabinets, but we'd still like your quote for the countertops.",
    "We went with another vendor for the cabling, so please remove that line from the quote and resend.",
    "We went with a different colour for the sofa.",  # the rep's own goods, no other party
    "We might go with another vendor if the price stays.",  # not decided
    "We signed for another year.",  # a length, not a party
    "Abbiamo scelto un'altra offerta della vostra gamma.",  # the rep's own offer
])
def test_a_part_a_product_a_third_party_or_a_choice_not_made_is_no_certain_pause(text):
    assert "paused" not in _certain(text)


@pytest.mark.parametrize("sentence", [
    "Last year we went with another supplier and regretted it.",  # a choice made before
    "Would you go with another vendor?",  # a question
    "We won't be going with another carrier.",  # denied
    "Our clients usually go with another supplier.",  # the customer's customers
    "Our buyer went to another company in March.",  # a person moved on
])
def test_a_choice_made_before_asked_or_denied_is_not_the_deal_gone_elsewhere(sentence):
    assert not went_elsewhere(sentence)


def test_the_whole_text_test_lets_every_choice_through():
    assert may_go_elsewhere("Hi Nick,\n\nWe went with a competitor this round.")
    assert not may_go_elsewhere("Thanks for the quote, please send the invoice.")


class _Unasked:
    """A guard that fails the test when it is searched."""

    def search(self, *args):
        raise AssertionError("guard searched in a sentence that chose no one")


def test_guards_only_asked_after_a_choice(monkeypatch):
    """The look-alike guards (no needle test of their own) are searched only where another supplier was chosen."""
    from followup.text import wish_elsewhere

    monkeypatch.setattr(wish_elsewhere, "_NOT_NOW", _Unasked())
    assert not went_elsewhere("Thanks for the quote, I will read it tonight.")
    monkeypatch.undo()
    assert went_elsewhere("We went with another supplier.")
    assert not went_elsewhere("Last year we went with another supplier.")

"""A period the customer says has changed takes the older date range out of force (followup/drafting/period.py)."""
from datetime import datetime

import pytest

from followup.drafting.items import Item
from followup.drafting.period import changed_periods
from followup.drafting.sentences import Source


@pytest.mark.parametrize("offer,change,old", [
    ("Updated offer: 12 doors, USD 8.400, installation from 3 to 14 August.",
     "But the school holidays changed: they are now from 20 July to 31 July.", "from 3 to 14 August"),
    ("Neues Angebot: 12 Türen, 8.400 €, Montage vom 3. bis 14. August.",
     "Aber die Ferien haben sich geändert: jetzt vom 20. Juli bis 31. Juli.", "vom 3. bis 14. August"),
    ("Offre mise à jour : 12 portes, 8 400 €, installation du 3 au 14 août.",
     "Mais les vacances ont changé : désormais du 20 juillet au 31 juillet.", "du 3 au 14 août"),
    ("Propuesta actualizada: 12 puertas, USD 8.400, instalación del 3 al 14 de agosto.",
     "Pero cambiaron las vacaciones: ahora son del 20 de julio al 31 de julio.", "del 3 al 14 de agosto"),
])
def test_the_old_range_goes_and_the_rest_of_the_offer_stays(offer, change, old):
    mine = Source("message", 1, offer, datetime(2030, 6, 1, 9), "outbound")
    theirs = Source("message", 2, change, datetime(2030, 6, 10, 9), "inbound")
    item = Item(kind="term", text=offer, quote=offer, source_kind="message", source_id=1, at=mine.at,
                direction="outbound")
    out = changed_periods([item], [mine, theirs], {("message", 2): change})
    assert old not in out[0].quote and old not in out[0].text
    assert "12" in out[0].quote and out[0].status == "open"


def test_a_range_no_change_was_said_of_stays():
    offer = "Installation from 3 to 14 August."
    mine = Source("message", 1, offer, datetime(2030, 6, 1, 9), "outbound")
    theirs = Source("message", 2, "Our holidays are from 20 July to 31 July.", datetime(2030, 6, 10, 9), "inbound")
    item = Item(kind="term", text=offer, quote=offer, source_kind="message", source_id=1, at=mine.at,
                direction="outbound")
    assert changed_periods([item], [mine, theirs], {("message", 2): theirs.text})[0].quote == offer

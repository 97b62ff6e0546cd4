"""An alternative priced in another email of the rep's than the one taken is not said again
(followup/drafting/otheroffer.py)."""
from datetime import datetime

import pytest

from followup.drafting.items import Item
from followup.drafting.otheroffer import other_offers
from followup.drafting.sentences import Source


def _case(first, second, choice):
    srcs = [Source("message", 1, first, datetime(2030, 3, 1, 9), "outbound"),
            Source("message", 2, second, datetime(2030, 3, 8, 9), "outbound"),
            Source("message", 3, choice, datetime(2030, 3, 12, 9), "inbound")]
    cleaned = {(s.kind, s.id): s.text for s in srcs}
    items = [Item(kind="term", text=s.text, quote=s.text, source_kind=s.kind, source_id=s.id, at=s.at,
                  direction=s.direction) for s in srcs[:2]]
    return other_offers(items, srcs, cleaned)


@pytest.mark.parametrize("first,second,choice", [
    ("Managed firewall, premium tier: €310/month on 24 months.", "The standard firewall tier is €240/month on 24 months.",
     "We take the premium tier at €310."),
    ("Managed Firewall, Premium-Stufe: 310 € pro Monat bei 24 Monaten.",
     "Die Standard-Firewall kostet 240 € pro Monat bei 24 Monaten.", "Wir nehmen die Premium-Stufe zu 310 €."),
    ("Pare-feu géré, niveau premium : 310 € par mois sur 24 mois.",
     "Le pare-feu standard est à 240 € par mois sur 24 mois.", "Nous prenons le niveau premium à 310 €."),
    ("Firewall gestionado, nivel premium: 310 € al mes a 24 meses.",
     "El firewall estándar cuesta 240 € al mes a 24 meses.", "Nos quedamos con el nivel premium a 310 €."),
])
def test_the_other_way_of_the_thing_taken_goes(first, second, choice):
    out = _case(first, second, choice)
    assert out[0].status == "open" and (out[1].status, out[1].by) == ("superseded", "message:3")


def test_an_add_on_priced_per_another_unit_stays():
    out = _case("Managed firewall, premium tier: €310/month on 24 months.",
                "A backup router for the firewall is €45/month.", "We take the premium tier at €310.")
    assert out[1].status == "open"


def test_a_line_naming_another_thing_at_the_same_unit_stays():
    out = _case("Managed firewall, premium tier: €310/month on 24 months.",
                "Endpoint cover adds €90/month on 24 months.", "We take the premium tier at €310.")
    assert out[1].status == "open"

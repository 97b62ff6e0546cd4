"""An offer accepted is said as the terms agreed, without its offering lead (followup/drafting/offerlead.py)."""
from datetime import date

import pytest

from followup.drafting.items import State
from followup.drafting.offerlead import accepted_lead


def _state(language, accepted=True, direction="inbound"):
    return State(items=(), language=language, today=date(2026, 12, 1),
                 last={"accepted": accepted, "direction": direction, "source": "message:2"})


@pytest.mark.parametrize("text, language, said", [
    ("For the Kipkaren centre we propose one 3,000-litre cooler, KES 1,480,000 installed",
     "en", "For the Kipkaren centre: one 3,000-litre cooler, KES 1,480,000 installed"),
    ("We can offer you 12 months at EUR 4,520", "en", "12 months at EUR 4,520"),
    ("Je peux vous proposer 9 200 € pour le week-end", "fr", "9 200 € pour le week-end"),
    ("Für die Halle 3 (2.400 m²) bieten wir eine Dachbegrünung an: 38 € pro m²", "de",
     "Für die Halle 3 (2.400 m²): eine Dachbegrünung, 38 € pro m²"),
    ("Wir bieten Ihnen 2 Anlagen zu 9.800 € an", "de", "2 Anlagen zu 9.800 €"),
    ("Le ofrecemos la parrilla por USD 2.400", "es", "La parrilla por USD 2.400"),
])
def test_an_accepted_offer_loses_its_lead(text, language, said):
    assert accepted_lead(text, _state(language)) == said


def test_an_offer_not_yet_accepted_or_without_figure_stays():
    text = "We propose one cooler at KES 1,480,000"
    assert accepted_lead(text, _state("en", accepted=False)) == text
    assert accepted_lead(text, _state("en", direction="outbound")) == text
    assert accepted_lead("We propose a site visit first", _state("en")) == "We propose a site visit first"

"""A call note's lead saying what follows is for the rep's side only (followup/drafting/secret.py)."""
from datetime import datetime

import pytest

from followup.drafting.conversation import build_state
from followup.drafting.secret import SECRET, secret_lead
from followup.drafting.sentences import Source


@pytest.mark.parametrize("lead", ["Keep quiet", "keep it to ourselves", "Internal only", "Nur für uns", "Unter uns",
                                  "Entre nous", "Pour nous", "Entre nosotros", "Solo para nosotros", "For us only"])
def test_secret_leads(lead):
    assert secret_lead(lead)


@pytest.mark.parametrize("lead", ["Quiet hours", "Call with Anna", "Für die Halle", "Pour le bureau", "Para la obra"])
def test_other_leads_are_no_secret(lead):
    assert not secret_lead(lead)


def test_secret_words_are_read_on_word_boundaries():
    assert SECRET.search("keep this quiet for now")
    assert not SECRET.search("unter unserem Dach")


@pytest.mark.parametrize("note,hidden", [
    ("Call with Petra. 30 seats at €12.40 agreed. Keep quiet: carrier needs 12 working days for the port.",
     "12 working days"),
    ("Telefonat mit Petra. 30 Plätze zu 12,40 € vereinbart. Nur für uns: Carrier braucht 12 Werktage.", "12 Werktage"),
    ("Appel avec Petra. 30 postes à 12,40 € convenus. Entre nous : l'opérateur met 12 jours ouvrés.", "12 jours"),
    ("Llamada con Petra. 30 puestos a 12,40 € acordados. Entre nosotros: el operador tarda 12 días hábiles.",
     "12 días"),
])
def test_what_a_secret_lead_opens_is_internal(note, hidden):
    src = Source("note", 1, note, datetime(2030, 3, 4, 10), "note")
    state = build_state([src], "Europe/Berlin", datetime(2030, 3, 5, 9), customer_name="Petra Lind")
    said = [i for i in state.open() if not i.internal]
    assert said and not any(hidden in i.quote or hidden in i.text for i in said)

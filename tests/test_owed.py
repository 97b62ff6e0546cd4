"""A promised document the customer says never came, or a promise to send whose day has passed: owned once, first;
lost only when a rep email said that very version went (followup/drafting/owed.py)."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.owed import missing, other_version
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source
from followup.exceptions import NothingToDraft

REP = RepProfile("Giulia Rinaldi", "giulia@olivtech.example", "Giulia Rinaldi\nOlivTech")


def draft(sources, name, now=datetime(2026, 12, 1, 8), tz="Europe/Rome"):
    state = build_state(sources, tz, now, customer_name=name)
    return compose_state(state, customer_name=name, thread_subject="Offer", rep=REP).body


def test_a_complaint_is_read_in_each_language_and_a_missing_answer_is_none():
    for text in ("Nikos did not receive anything yet.", "I am still waiting the documents you promised.",
                 "ich habe noch nichts bekommen, weder das Angebot noch die Muster.",
                 "M. Esparon n'a toujours rien reçu.", "No me han llegado las pruebas de diseño."):
        src = Source("message", 1, text, datetime(2026, 11, 30, 8), "inbound")
        assert missing([src], {}) is not None, text
    src = Source("message", 1, "Still waiting for the delivery answer.", datetime(2026, 11, 30, 8), "inbound")
    assert missing([src], {}) is None


def test_a_document_that_never_arrived_is_owned_first_and_the_old_promise_is_not_restated():
    sources = [Source("message", 1, "Dear Eleni,\n\nThe PS-120 is EUR 62,000 ex works. I will send the quotation "
                                    "and the CE declaration to Mr. Stavrou.\n\nGiulia", datetime(2026, 11, 24, 10),
                      "outbound"),
               Source("message", 2, "Dear Giulia,\n\nNikos did not receive anything yet. Can you please send? And is "
                                    "installation included?\n\nEleni", datetime(2026, 11, 30, 8), "inbound")]
    body = draft(sources, "Eleni Papadopoulou")
    first = body.split("\n\n")[1]
    assert "Sorry for the delay. I'm sending the quotation and the CE declaration to Nikos right away." in first
    assert "I will send the quotation" not in body and "I'll send." not in body
    assert body.count("sorry") + body.count("Sorry") == 1
    assert "[[answer: is installation included?]]" in body


def test_a_german_complaint_lists_what_the_note_promised():
    sources = [Source("note", 1, "Aufmaß Finca. Grob 6.400 € inkl. Montage. Zugesagt: schriftliches Angebot und "
                                 "Farbmuster anthrazit, alles bis Mittwoch.", datetime(2026, 11, 20, 15), "note"),
               Source("message", 2, "Sehr geehrter Herr Brandt,\n\nich habe noch nichts bekommen, weder das Angebot "
                                    "noch die Muster. Ist das noch aktuell?\n\nMit freundlichen Grüßen\nS. Keller",
                      datetime(2026, 11, 30, 8), "inbound")]
    body = draft(sources, "Susanne Keller", now=datetime(2026, 12, 1, 10), tz="Europe/Madrid")
    assert "Entschuldigen Sie bitte die Verzögerung. Ich schicke Ihnen umgehend Folgendes: schriftliches Angebot und " \
           "Farbmuster anthrazit." in body
    assert "noch aktuell" not in body and "bis Mittwoch" not in body


def test_a_late_promise_to_send_is_said_as_sent_today_once():
    sources = [Source("message", 1, "Hola Pau,\n\nPerfecto: 6 integrales a 1.450 €. Te mando mañana las pruebas de "
                                    "diseño.\n\nRaquel", datetime(2027, 2, 23, 10), "outbound"),
               Source("message", 2, "Hola Raquel,\n\nNo me han llegado las pruebas de diseño.\n\nPau",
                      datetime(2027, 3, 1, 11), "inbound")]
    body = draft(sources, "Pau Ferrer", now=datetime(2027, 3, 4, 9), tz="Europe/Madrid")
    assert "Disculpa la demora. Te envío las pruebas de diseño enseguida." in body or \
           "Disculpe la demora. Le envío las pruebas de diseño enseguida." in body
    assert "mañana" not in body and body.count("las pruebas de diseño") == 1


def test_what_the_reps_email_said_would_follow_is_owed_once_the_customer_writes_again():
    sources = [Source("note", 1, "Call w/ Tom. KG-60, VUV 1,150,000. Will send spec sheet, freight quote and a video "
                                 "by Friday.", datetime(2026, 11, 26, 1), "note"),
               Source("message", 2, "Hi Tom,\n\nAs promised, here's the KG-60 spec sheet. The freight quote and the "
                                    "video will follow.\n\nSarah", datetime(2026, 11, 26, 23), "outbound"),
               Source("message", 3, "Thanks Sarah. How long is delivery once I order?\n\nTom",
                      datetime(2026, 11, 30, 3), "inbound")]
    body = draft(sources, "Tom Kalo", now=datetime(2026, 12, 1, 22), tz="Pacific/Efate")
    assert "Sorry for the delay. I'm sending the freight quote and the video right away." in body
    assert "will follow" not in body and "Friday" not in body
    early = sources[:2]  # nobody has written since, and the promise's day is ahead: nothing is owed yet
    try:
        body = draft(early, "Tom Kalo", now=datetime(2026, 11, 27, 1), tz="Pacific/Efate")
    except NothingToDraft:
        body = ""
    assert "Sorry" not in body and "right away" not in body


def test_a_promise_to_find_out_beside_the_slot_for_the_same_question_is_left_to_the_slot():
    sources = [Source("message", 1, "Hallo Florian,\n\n4,2 ha Netz: 52.800 € inkl. Montage. Wegen dem Landesbeitrag "
                                    "melde ich mich noch.\n\nLukas", datetime(2026, 11, 20, 9), "outbound"),
               Source("message", 2, "Hallo Lukas,\n\npasst. Und was ist mit dem Landesbeitrag, hast du da was "
                                    "rausgefunden?\n\nFlorian", datetime(2026, 11, 30, 9), "inbound")]
    body = draft(sources, "Florian Gruber", tz="Europe/Rome")
    assert "Landesbeitrag, hast du da was rausgefunden? (zugesagt, noch offen)]]" in body
    assert "melde ich mich" not in body


def test_a_document_promised_by_email_and_again_on_a_call_is_named_once():
    sources = [Source("message", 1, "Dear Eleni,\n\nThe PS-120 is EUR 62,000 ex works. I will send the layout "
                                    "drawing and the CE declaration.\n\nGiulia", datetime(2026, 11, 20, 10), "outbound"),
               Source("note", 2, "Call with Eleni. I will send the layout drawing and the CE declaration.",
                      datetime(2026, 11, 24, 15), "note"),
               Source("message", 3, "Dear Giulia,\n\nI am still waiting the documents you promised.\n\nEleni",
                      datetime(2026, 11, 30, 8), "inbound")]
    body = draft(sources, "Eleni Papadopoulou")
    assert body.count("layout drawing") == 1, body
    assert "Sorry for the delay. I'm sending the layout drawing and the CE declaration right away." in body


def test_a_document_still_awaited_is_owned_even_when_no_promise_names_it():
    sources = [Source("message", 1, "Bonjour Monsieur,\n\nL'émetteur FMX-1000 : 16 400 USD livré.\n\nClaire",
                      datetime(2026, 11, 26, 15), "outbound"),
               Source("note", 2, "Appel avec M. Jean-Baptiste. L'ONG veut la facture proforma à son nom. Je lui ai "
                                 "dit que je l'envoie cette semaine.", datetime(2026, 12, 4, 16), "note"),
               Source("message", 3, "Bonjour Madame,\n\nL'ONG attend toujours la proforma. Leur comité se réunit le "
                                    "jeudi 17 décembre.\n\nWilner", datetime(2026, 12, 10, 13), "inbound")]
    body = draft(sources, "Wilner Jean-Baptiste", now=datetime(2026, 12, 14, 13), tz="America/Port-au-Prince")
    assert "Je vous envoie la proforma sans attendre." in body


def test_waiting_for_a_decision_is_no_document_owed():
    sources = [Source("message", 1, "Dear Eleni,\n\nThe PS-120 is EUR 62,000 ex works.\n\nGiulia",
                      datetime(2026, 11, 24, 10), "outbound"),
               Source("message", 2, "Dear Giulia,\n\nWe are still waiting for the board's decision. Is installation "
                                    "included?\n\nEleni", datetime(2026, 11, 30, 8), "inbound")]
    body = draft(sources, "Eleni Papadopoulou")
    assert "sorry" not in body.lower() and "right away" not in body


def test_a_notes_document_list_with_a_plus_is_owned_with_its_articles():
    sources = [Source("note", 1, "Call w/ Marco. Needs 2 pitting heads. Promised: wiring diagram + spare parts list "
                                 "today.", datetime(2026, 11, 20, 9), "note"),
               Source("message", 2, "Giulia, I never got the wiring diagram, nothing was attached.\n\nMarco",
                      datetime(2026, 11, 30, 8), "inbound")]
    body = draft(sources, "Marco Bellini")
    assert "Sorry for the delay. I'm sending the wiring diagram and the spare parts list right away." \
        in body


def test_a_document_the_reps_email_sent_is_said_not_to_have_reached_the_customer():
    """Only an email that says the thing went with it ("attached") makes it lost; a promise not kept is a delay."""
    sources = [Source("message", 1, "Dear Eleni,\n\nPlease find the quotation attached: the PS-120 is EUR 62,000 ex "
                                    "works. I will send the CE declaration as well.\n\nGiulia",
                      datetime(2026, 11, 24, 10), "outbound"),
               Source("message", 2, "Dear Giulia,\n\nI have not received the quotation.\n\nEleni",
                      datetime(2026, 11, 30, 8), "inbound")]
    body = draft(sources, "Eleni Papadopoulou")
    assert "I'm sorry the quotation didn't reach you; I'm sending it again right away." in body, body


def test_a_thing_sent_in_two_lines_is_promised_once_in_the_newest_words():
    sources = [Source("message", 1, "Hola Gonzalo,\n\nCon contrato a 24 meses el precio baja a UYU 88.000 por mes.\n\n"
                                    "Valeria", datetime(2026, 12, 7, 19), "outbound"),
               Source("message", 2, "Valeria:\n\nLa comisión aprobó los UYU 88.000. ¿Nos mandan el contrato para "
                                    "firmar antes del viernes 18?\n\nGonzalo", datetime(2026, 12, 14, 13), "inbound"),
               Source("message", 3, "Gonzalo:\n\nSí, perfecto. Te mando el contrato.\n\nValeria",
                      datetime(2026, 12, 15, 12), "outbound")]
    body = draft(sources, "Gonzalo Pereira", now=datetime(2026, 12, 16, 13), tz="America/Montevideo")
    assert body.count("el contrato") == 1, body


def test_asking_for_the_missing_thing_again_without_naming_it_is_read_in_each_language():
    from followup.drafting.owed import bare_send

    for question in ("Can you send it over today?", "Pouvez-vous les envoyer ?", "¿Me lo mandas?",
                     "¿Puede mandármelo?", "Können Sie es mir nochmal schicken?"):
        assert bare_send(question), question
    for question in ("Could you send the quote?", "Pouvez-vous envoyer le devis ?", "¿Me mandas el plano?",
                     "Können Sie uns das Datenblatt schicken?"):
        assert not bare_send(question), question


def test_a_late_promise_owned_first_is_not_promised_again_in_the_customers_words():
    sources = [Source("message", 1, "Valeria:\n\n¿Es posible empezar el lunes 11 de enero? ¿Y nos mandan el contrato "
                                    "para firmar antes del viernes 18?\n\nGonzalo", datetime(2026, 12, 14, 13), "inbound"),
               Source("message", 2, "Gonzalo:\n\nSí, empezamos el lunes 11 de enero. Te mando el contrato el jueves."
                                    "\n\nValeria", datetime(2026, 12, 15, 12), "outbound")]
    body = draft(sources, "Gonzalo Pereira", now=datetime(2026, 12, 23, 13), tz="America/Montevideo")
    assert "Te envío el contrato enseguida." in body
    assert body.count("el contrato") == 1 and "viernes 18" not in body and "el jueves" not in body


def test_a_document_owned_first_from_the_complaint_is_not_promised_again_from_the_note():
    sources = [Source("note", 1, "Video call Aino. 8 x GL-4 = EUR 408,000. Promised foundation drawings next week.",
                      datetime(2026, 12, 9, 13), "note"),
               Source("message", 2, "Hello Marek,\n\nWe are still waiting for the foundation drawings, our contractor "
                                    "needs them.\n\nAino", datetime(2026, 12, 16, 9, 30), "inbound")]
    body = draft(sources, "Aino Korhonen", now=datetime(2026, 12, 21, 11), tz="Europe/Helsinki")
    assert "I'm sending the foundation drawings right away." in body
    assert body.count("foundation drawings") == 1


def test_a_document_sent_that_never_came_is_sent_again_in_four_languages():
    """The rep's email said it went with it ("attached", "anbei", "ci-joint", "adjunto"), or the customer says it came
    without it: the draft sends it again, never promises it as new (drafts carry no attachment)."""
    cases = [
        ("Dear Eleni,\n\nThe PS-120 is EUR 62,000. I will send the drawing today.\n\nGiulia",
         "Dear Giulia,\n\nI still haven't got the drawing, nothing was attached to your mail.\n\nEleni",
         "I'm sorry the drawing didn't reach you; I'm sending it again right away."),
        ("Guten Tag,\n\nAnbei der Vertrag für die PS-120.\n\nGiulia",
         "Guten Tag,\n\nder Vertrag ist bei uns nicht angekommen.\n\nEleni",
         "Ich schicke Ihnen den Vertrag umgehend noch einmal."),
        ("Bonjour,\n\nCi-joint le contrat pour la PS-120.\n\nGiulia",
         "Bonjour,\n\nNous n'avons toujours pas reçu le contrat.\n\nEleni",
         "Je vous renvoie le contrat sans attendre."),
        ("Hola:\n\nAdjunto el contrato para la PS-120.\n\nGiulia",
         "Hola:\n\nNo me ha llegado el contrato.\n\nEleni",
         "Le reenvío el contrato enseguida."),
    ]
    for rep, customer, said in cases:
        body = draft([Source("message", 1, rep, datetime(2026, 11, 24, 10), "outbound"),
                      Source("message", 2, customer, datetime(2026, 11, 30, 8), "inbound")], "Eleni Papadopoulou")
        assert said in body, body
        assert "attached" not in body.split("\n\n", 1)[1]


def test_a_notes_promise_tail_is_not_said_beside_the_line_that_owns_the_missing_thing():
    """'Er will Vertrag mit 12 Monaten Laufzeit, schick ich nächste Woche', then 'der Vertrag ist nicht angekommen':
    the contract is sent by the owning line; the wish is said without the old promise."""
    sources = [Source("note", 1, "Tel. Schwörer. Kompromiss 36 €/Blatt. Er will Vertrag mit 12 Monaten Laufzeit, "
                                 "schick ich nächste Woche.", datetime(2026, 11, 9, 10), "note"),
               Source("message", 2, "Frau Rinaldi,\n\nder Vertrag ist bei uns nicht angekommen.\n\nK. Schwörer",
                      datetime(2026, 11, 30, 8), "inbound")]
    body = draft(sources, "Klaus Schwörer", tz="Europe/Berlin")
    assert "Ich schicke Ihnen den Vertrag umgehend." in body, body
    assert "schick ich" not in body and "nächste Woche" not in body, body


def test_only_the_thing_the_complaint_names_is_sent_again_and_a_thing_that_came_is_not_owned():
    """'Bien reçu la proforma ... pas reçu les plans': the plans were promised, never sent (a delay, not a loss);
    'The invoice arrived, but we still haven't got the chart': the invoice is not sent again."""
    sources = [Source("note", 1, "Appel M. Kouassi : ok pour 6 séchoirs. Promis : plans de montage + facture "
                                 "proforma.", datetime(2026, 11, 17, 10), "note"),
               Source("message", 2, "Bonjour,\n\nVeuillez trouver ci-joint la facture proforma.\n\nGiulia",
                      datetime(2026, 11, 25, 10), "outbound"),
               Source("message", 3, "Bonjour,\n\nBien reçu la proforma, merci. Par contre nous n'avons toujours pas reçu "
                                    "les plans de montage.\n\nEleni", datetime(2026, 11, 30, 8), "inbound")]
    body = draft(sources, "Eleni Papadopoulou")
    assert "Toutes mes excuses pour le retard." in body and "renvoie" not in body, body
    from followup.drafting.owed import _awaited
    assert _awaited("The invoice arrived, but we still haven't got the bit chart.") == ""
    assert _awaited("der Vertrag ist bei uns nicht angekommen.") == "den Vertrag"


def test_the_reps_word_that_a_document_went_is_not_said_again_once_the_customer_says_it_never_came():
    sources = [Source("message", 1, "Dear Siobhán,\n\nI'll send the policy summary so you can check the hire wording."
                                    "\n\nDeclan", datetime(2026, 11, 2, 9), "outbound"),
               Source("message", 2, "Dear Siobhán,\n\nThe policy summary was sent with Declan's note of 9 July.\n\nAoife",
                      datetime(2026, 11, 20, 9), "outbound"),
               Source("message", 3, "Hi,\n\nI never got that policy summary - nothing in the inbox or spam.\n\nSiobhán",
                      datetime(2026, 11, 30, 9), "inbound")]
    body = draft(sources, "Siobhán Walsh")
    assert "was sent with" not in body, body
    assert "I'm sorry the policy summary didn't reach you" in body, body  # said without its "so you can ..."


def test_a_promise_whose_words_are_all_its_day_sends_no_nameless_thing():
    from followup.drafting.owed import _doc
    assert _doc("Send tomorrow am", "en") == ("", "")
    assert _doc("I'll send the revised quote tomorrow am", "en")[0] == "the revised quote"
    assert _doc("Je vous envoie demain", "fr") == ("", "")


def test_a_revised_version_never_sent_is_late_not_lost():
    assert other_version("Attached is our proposal: Outpatient Silver.", "We are still waiting for the revised proposal.")
    assert other_version("Anbei unser Angebot.", "Wir warten noch auf das überarbeitete Angebot.")
    assert other_version("Ci-joint notre devis.", "J'attends toujours le nouveau devis.")
    assert other_version("Adjunto la propuesta.", "Sigo esperando la propuesta actualizada.")


def test_the_same_thing_sent_is_the_same_version():
    assert not other_version("Attached is the revised proposal.", "We are still waiting for the revised proposal.")
    assert not other_version("Attached is our proposal.", "We never got the proposal.")


def test_a_notes_document_due_to_a_firm_by_a_day_now_past_is_owned_as_sent_right_away():
    """"Contract to ... Ltd by Friday" in a call note, Friday gone: the delay owned and the contract sent now, in the
    firm's name, never dropped nor promised for the passed day."""
    sources = [Source("message", 1, "Hi Giulia,\n\nCan we go ahead with the yearly service?\n\nTom",
                      datetime(2027, 3, 1, 9), "inbound"),
               Source("note", 2, "Call Tom. Yearly service agreed at £2,400. Contract to Harbour Bakeries Ltd by Friday.",
                      datetime(2027, 3, 2, 10), "note")]
    body = draft(sources, "Tom Reid", now=datetime(2027, 3, 9, 9), tz="Europe/London")
    assert "Sorry for the delay. I'm sending the contract made out to Harbour Bakeries Ltd right away." in body
    assert "Friday" not in body


@pytest.mark.parametrize("line,language", [
    ("Ich schicke Ihnen mit dem Angebot", "de"), ("I'll send you with the quote", "en"),
    ("je vous envoie avec le devis", "fr"), ("le envío con el presupuesto", "es")])
def test_what_a_promise_sends_with_is_no_thing_sent(line, language):
    """A note's "Vollmacht schicke ich mit dem Vertrag": "mit dem Vertrag" is no document ("Ich schicke Ihnen mit dem
    Vertrag umgehend" was a sentence with its thing lost)."""
    from followup.drafting.owed import _doc
    assert _doc(line, language) == ("", "")


def test_an_email_before_the_promise_did_not_send_what_was_promised():
    sources = [Source("message", 1, "Dear Mr Sato,\n\nPlease find our proposal: 40 licences, training in Japanese and "
                                    "English.\n\nGiulia", datetime(2026, 11, 2, 8), "outbound"),
               Source("note", 2, "Call with Mr Sato. Send order form + Japanese sample report by Fri.",
                      datetime(2026, 11, 16, 9), "note"),
               Source("message", 3, "Dear Ms Rinaldi,\n\nWe are still waiting for the order form and the sample report "
                                    "in Japanese.\n\nKenji Sato", datetime(2026, 11, 30, 9), "inbound")]
    body = draft(sources, "Kenji Sato")
    assert "didn't reach you" not in body and "again" not in body
    assert "I'm sending the order form" in body


def test_the_thing_sent_is_read_before_a_german_verb_and_a_second_thing_is_not_a_day():
    from followup.drafting.owed import _doc
    assert _doc("Überarbeitete Zeichnung schicke ich Ihnen bis Fr 4.9.", "de")[0] == "überarbeitete Zeichnung"
    assert _doc("Am Montag schicke ich Ihnen das Datenblatt.", "de")[0] == "das Datenblatt"
    assert _doc("Le envío el presupuesto y el plano de montaje.", "es")[0] == "el presupuesto y el plano de montaje"
    assert _doc("Le envío el presupuesto el lunes 3.", "es")[0] == "el presupuesto"
    # a deadline word whose day was dropped as past is no part of the thing
    assert _doc("Le envío presupuesto firmado a más tardar.", "es")[0] == "presupuesto firmado"
    assert _doc("Je vous envoie le devis au plus tard.", "fr")[0] == "le devis"
    assert _doc("Ich sende Ihnen das Angebot spätestens.", "de")[0] == "das Angebot"


def test_a_bare_thing_takes_the_article_the_conversation_gives_it():
    from followup.drafting.owed import _articled
    assert _articled("neue Preisliste", ["Die neue Preisliste ist nie gekommen."]) == "die neue Preisliste"
    assert _articled("neuer Vertrag", ["Der neuer Vertrag fehlt."]) == "den neuer Vertrag"
    assert _articled("das Angebot", ["Das Angebot fehlt."]) == "das Angebot"
    assert _articled("neue Preisliste", ["Nichts da."]) == "neue Preisliste"

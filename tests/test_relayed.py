"""Words passed on: a question the customer relays from someone else, and the rep's remark after a note's question."""
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.relayed import asked_indirectly, asks_to_ask, question_label, relayed_question, without_remark
from followup.drafting.sentences import Source

TZ = "Europe/Berlin"
MON = datetime(2026, 11, 23, 9)
WED = datetime(2026, 11, 25, 9)
REP = RepProfile("Jo Brenner", "jo@kaltwerk.example", "Jo Brenner\nKaltwerk")


def draft(sources, name="Ola Berg", subject="Cold room"):
    state = build_state(sources, TZ, WED, customer_name=name)
    return compose_state(state, customer_name=name, thread_subject=subject, rep=REP)


def test_a_relayed_question_is_asked_directly_in_each_language():
    assert relayed_question("Our finance manager asks if you can spread the payment over 3 months.", "en") == \
        "Can you spread the payment over 3 months?"
    assert relayed_question("Also the site lead asks who removes the old compressor, you or us?", "en") == \
        "Who removes the old compressor, you or us?"
    assert relayed_question("El gerente pregunta si podéis montar en fin de semana.", "es") == \
        "¿Podéis montar en fin de semana?"
    assert relayed_question("Notre comptable demande si la garantie couvre les pièces.", "fr") == \
        "La garantie couvre les pièces?"
    assert relayed_question("We need the unit by March.", "en") == ""


def test_a_want_to_know_without_its_if_is_read_as_a_relayed_question():
    # a second-language writer drops the "if" and the verb's -s: still a question only the rep can answer
    assert relayed_question("Our site lead want to know the cold room can be installed on a Sunday.", "en") == \
        "Can the cold room be installed on a Sunday?"
    assert relayed_question("Ms. Berg from purchasing wants to know you can invoice in two parts.", "en") == \
        "Can you invoice in two parts?"
    assert relayed_question("Our owner would like to know the compressor is covered for 5 years.", "en") == \
        "Is the compressor covered for 5 years?"
    # a thing wanted, not a clause: no question made of it
    assert relayed_question("Our owner wants to know the price.", "en") == ""
    assert relayed_question("Our owner wants to know the price we can get for 2 rooms.", "en") == ""
    assert relayed_question("Our owner wants to know more about the service plan.", "en") == ""


def test_a_relayed_want_to_know_without_if_becomes_a_slot():
    sources = [Source("message", 1, "Hi Jo,\n\nWe take the 12 m3 cold room for the bakery. Our head baker want to "
                                    "know the door can be hinged on the left side.\n\nOla", MON, "inbound")]
    body = draft(sources).body
    assert "[[answer: whether the door can be hinged on the left side" in body  # the rep's point: slotvoice.py
    assert "want to know" not in body


def test_a_question_from_the_customers_boss_is_a_slot_not_a_noted_fact():
    sources = [Source("message", 1, "Hi Jo,\n\nWe need a cold room of 12 m3 for the bakery. Our owner asks if you "
                                    "can service it on Sundays.\n\nOla", MON, "inbound")]
    body = draft(sources).body
    assert "owner asks" not in body and "noted that your owner" not in body
    assert "[[answer: whether we can service it on Sundays" in body


def test_a_relayed_question_a_later_reply_answered_is_not_restated():
    sources = [Source("message", 1, "Hola Jo:\n\nNecesitamos una cámara de 12 m3. La dirección pregunta si podéis "
                                    "quitar el suelo aislado del presupuesto.\n\nOla", MON, "inbound"),
               Source("message", 2, "Hola Ola:\n\nSin el suelo aislado el presupuesto queda en 8.400 € + IVA.\n\nJo",
                      MON.replace(hour=15), "outbound")]
    body = draft(sources).body
    assert "pregunta" not in body.lower() and "[[answer" not in body
    assert "8.400 €" in body


def test_the_reps_remark_after_a_notes_question_stays_out_of_the_slot():
    assert without_remark("la grúa entra por el portón, no sé, revisar con taller") == \
        ("la grúa entra por el portón", False)
    assert without_remark("nous livrons le samedi : je lui ai dit oui") == ("nous livrons le samedi", True)
    sources = [Source("note", 1, "Appel avec Ola Berg. Il demande si le groupe froid tient 40 degrés, je ne sais pas, "
                                 "à vérifier avec Lucien. Devis 6 200 € HT.", MON, "note")]
    body = draft(sources).body
    assert "[[answer: Le groupe froid tient 40 degrés?]]" in body
    assert "Lucien" not in body and "je ne sais pas" not in body


def test_a_notes_question_the_rep_said_yes_to_is_recapped_not_slotted():
    sources = [Source("note", 1, "Visita a Ola Berg. Pregunta si podemos instalar el sábado por la mañana: le dije "
                                 "que sí. Presupuesto 5.900 € + IVA.", MON, "note")]
    body = draft(sources).body
    assert "[[answer" not in body and "le dije" not in body.lower()
    assert "podemos instalar el sábado" in body


def test_a_notes_record_of_the_reps_word_is_the_reps_promise():
    from followup.drafting.relayed import own_word

    assert own_word("Said I'd send the floor plan by Thu.") == "send the floor plan by Thu."
    assert own_word("Told her we'd email the layout.") == "email the layout."
    assert own_word("Said the room is too small.") == "Said the room is too small."
    sources = [Source("note", 1, "Call with Ola Berg. She wants a 12 m3 cold room. Said I'd send the floor plan.",
                      MON, "note")]
    body = draft(sources).body
    assert "I'll send the floor plan." in body and "you said" not in body


def test_the_reps_own_to_do_with_a_colleague_is_cut_from_the_question():
    """"..., lo miro con Iván": who the rep checks with and their to-do never reach the slot."""
    for question, kept in [("si la poda entra en la garantía, lo miro con Iván", "si la poda entra en la garantía"),
                           ("ob es Förderung gibt - klär ich mit der Kammer", "ob es Förderung gibt"),
                           ("si la Région aide, je vois avec Paul", "si la Région aide"),
                           ("whether the grant applies, I'll check with Sam", "whether the grant applies")]:
        assert without_remark(question) == (kept, False)


def test_a_to_do_naming_whom_to_clear_it_with_is_cut_from_the_question():
    """", mit Technik klären": the note's to-do and the team it names never reach the slot."""
    for question, kept in [("ob ein Starkstromanschluss nötig ist, mit Technik klären",
                            "ob ein Starkstromanschluss nötig ist"),
                           ("si le bardage tient au vent : voir avec le bureau d'études", "si le bardage tient au vent"),
                           ("si la grúa cabe en el patio, preguntar a obra", "si la grúa cabe en el patio"),
                           ("if we can rent it monthly, have to ask our fleet desk", "if we can rent it monthly")]:
        assert without_remark(question) == (kept, False)


def test_a_colleague_named_between_commas_still_relays_the_question():
    assert relayed_question("Y mi compañero de sistemas, Iván Robles, pregunta si se puede ver desde el celular.",
                            "es") == "¿Se puede ver desde el celular?"
    assert relayed_question("Our finance manager, Bence Tóth, asks if you can spread the payment.", "en") == \
        "Can you spread the payment?"


def test_a_question_relayed_with_the_verb_before_the_colleague_after_an_opening_adverb_is_asked_directly():
    """German puts the verb second after "Außerdem"; Spanish and French may put it before the colleague too."""
    assert relayed_question("Außerdem fragt meine Kollegin Frau Mag. Pichler, ob es ein Zertifikat am Ende gibt.",
                            "de") == "Gibt es ein Zertifikat am Ende?"
    assert relayed_question("Además pregunta mi socio si el precio incluye IVA.", "es") == "¿El precio incluye IVA?"
    assert relayed_question("Par ailleurs, demande ma collègue Anne, si la formation est certifiante.", "fr") == \
        "La formation est certifiante?"
    assert relayed_question("Außerdem fragt er, ob es geht.", "de") == ""  # no colleague named: the customer asks


def test_a_relayed_question_with_the_verb_first_is_asked_directly():
    """German puts the verb second after 'Außerdem': 'fragt meine Kollegin Frau Mag. Pichler, ob es ... gibt'."""
    assert relayed_question("Außerdem fragt meine Kollegin Frau Mag. Pichler, ob es ein Zertifikat am Ende gibt.",
                            "de") == "Gibt es ein Zertifikat am Ende?"
    assert relayed_question("Además pregunta mi compañera Ana Ruiz si hay descuento por volumen.",
                            "es") == "¿Hay descuento por volumen?"


@pytest.mark.parametrize("sentence, language, asked", [
    ("Vicent pregunta si el almacenaje incluye el transporte a la nave.", "es",
     "¿El almacenaje incluye el transporte a la nave?"),
    ("Miren, de nuestro departamento financiero, pregunta si podemos pagar en tres plazos.", "es",
     "¿Podemos pagar en tres plazos?"),
    ("Herr Gruber möchte wissen, ob die Wartung enthalten ist.", "de", "Ist die Wartung enthalten?"),
    ("Frau Dr. Nef fragt, ob der Griff validiert ist.", "de", "Ist der Griff validiert?"),
    ("Ioana from finance asks whether you can invoice monthly.", "en", "Can you invoice monthly?"),
    ("Mme Peeters demande s'il y a une formation.", "fr", "Il y a une formation?"),
])
def test_a_question_relayed_from_a_colleague_called_by_name_is_asked_directly(sentence, language, asked):
    assert relayed_question(sentence, language) == asked


def test_a_capitalised_word_that_names_no_one_relays_nothing():
    assert relayed_question("Everyone asks whether it works with the old racks.", "en") == ""
    assert relayed_question("Man fragt, ob das reicht.", "de") == ""


def test_a_question_put_indirectly_is_asked_whether_relayed_or_asked_to_be_told():
    assert asked_indirectly("Vicent pregunta si el almacenaje incluye el transporte.", "es") == \
        "¿El almacenaje incluye el transporte?"
    assert asked_indirectly("Please tell which dates are possible in September.", "en") == \
        "Which dates are possible in September?"
    assert asked_indirectly("We need the unit by March.", "en") == ""


def test_a_label_before_a_question_is_cut_but_a_change_before_asking_all_the_same_stays():
    assert question_label("Eine Frage noch aus der Geschäftsleitung: Gibt es einen Rahmenvertrag?") is not None
    assert question_label("Nous préférerions 36 matelas au lieu de 40 : le prix reste-t-il le même ?") is None


def test_a_customer_asking_to_be_told_gets_a_slot_not_a_promise():
    sources = [Source("message", 1, "Hi Jo,\n\nWe take the cold room as quoted. Please tell which dates are possible "
                                    "for the installation in December.\n\nOla", MON, "inbound")]
    assert "[[answer: which dates are possible for the installation in December?]]" in draft(sources).body


def test_a_colleagues_ask_them_in_a_forward_is_the_question_in_each_language():
    assert relayed_question("Ask them if the serum has Greek labels, it is required.", "en") == \
        "Does the serum have Greek labels?"
    assert relayed_question("Please ask them whether the price includes delivery.", "en") == \
        "Does the price include delivery?"
    assert relayed_question("Frag bitte nach, ob das Serum griechische Etiketten hat, das ist Pflicht.", "de") == \
        "Hat das Serum griechische Etiketten?"
    assert relayed_question("Demande-leur si la livraison est gratuite.", "fr") == "La livraison est gratuite?"
    assert relayed_question("Pregúntales si el sérum tiene etiquetas en griego, es obligatorio.", "es") == \
        "¿El sérum tiene etiquetas en griego?"
    assert relayed_question("Ask them for a better price.", "en") == ""


def test_a_question_a_colleague_passed_on_in_a_forward_is_a_slot():
    sources = [Source("message", 1, "Hi Jo,\n\nSee below from our purchasing manager.\n\nOla\n\nFrom: Per Lund\n"
                                    "Sent: Monday\nTo: Ola Berg\n\nOla, ok for 2 cold rooms. Ask them if the compressor "
                                    "has a 5-year warranty, it is required.\n\nPer", MON, "inbound")]
    body = draft(sources).body
    assert "[[answer: does the compressor have a 5-year warranty?" in body
    assert "Ask them" not in body


def test_also_beside_the_asking_verb_still_relays_the_question_in_each_language():
    assert relayed_question("Mme Dubois souhaite aussi savoir si les 4 matchs peuvent inclure le derby.", "fr") == \
        "Les 4 matchs peuvent inclure le derby?"
    assert relayed_question("Herr Kaya fragt auch, ob die Lieferung bis Freitag klappt.", "de") == \
        "Klappt die Lieferung bis Freitag?"
    assert relayed_question("Our CFO Linda also asks if we can pay in two installments.", "en") == \
        "Can we pay in two installments?"
    assert relayed_question("Mi socio pregunta también si el precio incluye IVA.", "es") == "¿El precio incluye IVA?"


def test_a_german_ob_clause_puts_any_finite_verb_first():
    assert relayed_question("Unser Ausbildungsleiter Herr Kaya fragt, ob die Seminarplätze auch für Azubi-Seminare "
                            "gelten.", "de") == "Gelten die Seminarplätze auch für Azubi-Seminare?"
    assert relayed_question("Unser Chef möchte wissen, ob wir 10 Stück bekommen können.", "de") == \
        "Können wir 10 Stück bekommen?"
    assert relayed_question("Unser Chef fragt, ob SSO enthalten ist.", "de") == "Ist SSO enthalten?"


@pytest.mark.parametrize("sentence, language, asked", [
    ("Ask them please if the app exports to our accounting.", "en", "The app exports to our accounting?"),
    ("Can you ask them whether the facility also works for retention invoices?", "en",
     "The facility also works for retention invoices?"),
    ("frag bitte noch, ob Brillen und Kontaktlinsen auch drin sind.", "de", "Sind Brillen und Kontaktlinsen auch drin?"),
    ("Kannst du sie fragen, ob die Schulung vor Ort ist?", "de", "Ist die Schulung vor Ort?"),
    ("peux-tu leur demander si les billets de train sont inclus ?", "fr", "Les billets de train sont inclus?"),
    ("¿Puedes preguntarles si la instalación incluye el cableado?", "es", "¿La instalación incluye el cableado?"),
])
def test_a_colleagues_word_asking_the_customer_to_ask_the_rep_is_the_question(sentence, language, asked):
    """"ask them please if", "peux-tu leur demander si", "kannst du sie fragen, ob", "¿puedes preguntarles si": the
    colleague's question, asked directly."""
    assert relayed_question(sentence, language) == asked


@pytest.mark.parametrize("sentence, language, asked", [
    ("Morag (our accountant) also wants to know if there's a balloon option.", "en", "Is there a balloon option?"),
    ("Frau Gräf (Filialleitung) möchte wissen, ob Brillen drin sind.", "de", "Sind Brillen drin?"),
    ("Marc (notre DAF) voudrait savoir si le train est inclus.", "fr", "Le train est inclus?"),
    ("Pía (RRHH) quiere saber si el archivo sale directo del sistema.", "es", "¿El archivo sale directo del sistema?"),
])
def test_a_colleague_named_with_their_role_in_brackets_relays_the_question(sentence, language, asked):
    """"Morag (our accountant) wants to know if": who they are in brackets is no part of the question."""
    assert relayed_question(sentence, language) == asked


def test_an_ob_clause_asked_directly_keeps_its_subordinate_clause_after_it():
    """The verb that ends the ob-clause comes first, not the last verb of a "falls" clause after it."""
    from followup.drafting.relayed import direct_question
    assert direct_question("ob", "eine Stornoversicherung inkludiert ist, falls Kinder krank werden", "de") == \
        "Ist eine Stornoversicherung inkludiert, falls Kinder krank werden?"


@pytest.mark.parametrize("sentence, language, asked", [
    ("Please ask Rachel if they give instructor training for the tower exercises, our 3 instructors never used it.",
     "en", "Do they give instructor training for the tower exercises?"),
    ("Also ask if the price includes delivery.", "en", "Does the price include delivery?"),
    ("Frag Herrn Stadler, ob es dafür DFP-Punkte gibt.", "de", "Gibt es dafür DFP-Punkte?"),
    ("Demande à Sébastien si la livraison est gratuite.", "fr", "La livraison est gratuite?"),
    ("Peux-tu demander à Sébastien si les autorisations sont à sa charge, nous n'avons rien prévu.", "fr",
     "Les autorisations sont à sa charge?"),
    ("Pregúntale a Luis si la capacitación viene incluida.", "es", "¿La capacitación viene incluida?"),
])
def test_a_colleague_naming_the_rep_or_no_one_to_ask_still_passes_the_question_on(sentence, language, asked):
    """"ask Rachel if", "also ask if", "frag Herrn Stadler, ob", "demande à Sébastien si", "pregúntale a Luis si":
    whom to ask named or left unsaid, the colleague's question asked directly; their reason after it ("our ...") left
    out."""
    assert asks_to_ask(sentence, language)
    assert relayed_question(sentence, language) == asked


def test_ask_without_anyone_to_ask_and_no_lead_hands_nothing_on():
    assert relayed_question("Ask if you like.", "en") == ""


def test_please_ask_if_with_no_one_named_keeps_the_reason_after_it():
    """"please ask if they have room, we bring two cellos": the cellos are why they ask, kept in the slot."""
    assert not asks_to_ask("please ask if they have room for the instruments, we bring two cellos.", "en")


def test_a_colleague_named_after_the_asking_verb_is_relayed():
    """'Außerdem fragt Alois, ob ...': a bare name after the verb relays the question as a description does."""
    assert relayed_question("Außerdem fragt Alois, ob Sie auch Kochjacken waschen.", "de") == \
        "Waschen Sie auch Kochjacken?"
    assert relayed_question("Además pregunta Renzo si pueden venir de noche.", "es") == "¿Pueden venir de noche?"
    assert relayed_question("Par ailleurs, demande Mathieu si la licence couvre les DJ.", "fr") == \
        "La licence couvre les DJ?"
    assert relayed_question("Außerdem fragt Sie, ob es geht.", "de") == ""  # a pronoun names no colleague


def test_a_relayed_question_with_a_role_a_department_or_two_asks():
    assert relayed_question("Our quality engineer Ms. Okafor ask if you can add a test sheet per batch.", "en") == \
        "Can you add a test sheet per batch?"
    assert relayed_question("Frau Weber vom Versand fragt noch, ob Sie auch Paletten zurücknehmen.", "de") == \
        "Nehmen Sie auch Paletten zurück?"
    assert relayed_question("Herr Kunz fragt, ob Sie eine Schulung anbieten und was die kostet.", "de") == \
        "Bieten Sie eine Schulung an, und was kostet die?"


@pytest.mark.parametrize("sentence, language, question", [
    ("Our fitter asks if you send the wiring plan first, and if the brackets can hold 20 kg.", "en",
     "Do you send the wiring plan first, and can the brackets hold 20 kg?"),
    ("Our accountant asks if the 1.5% is fixed or if foreign cards cost extra.", "en",
     "Whether the 1.5% is fixed or if foreign cards cost extra?"),
    ("Unser Hausmeister fragt, ob die Folie bei Regen hält oder ob wir sie abnehmen müssen.", "de",
     "Hält die Folie bei Regen, oder müssen wir sie abnehmen?"),
    ("Meine Kollegin fragt, ob man die Regale später zusammenbauen kann oder ob sie kaputtgehen.", "de",
     "Kann man die Regale später zusammenbauen, oder gehen sie kaputt?"),
])
def test_a_relayed_question_of_two_clauses_asks_each(sentence, language, question):
    assert relayed_question(sentence, language) == question


def test_a_colleagues_ask_them_keeps_its_second_if_for_two_questions():
    assert relayed_question("Ask them please if you can export to our ledger, and if the rates are in it.", "en") \
        == "Can you export to our ledger, and if the rates are in it?"


def test_a_role_then_a_titled_name_relays_the_question_in_each_language():
    """"Der Hausmeister Dr. Berger fragt, ..." / "le président M. Durand demande si ...": the title's dot is no end."""
    assert relayed_question("Der Hausmeister Dr. Berger fragt, ob die Lieferung auch samstags geht.", "de") == \
        "Geht die Lieferung auch samstags?"
    assert relayed_question("Le président M. Durand demande si la pose peut se faire en mars.", "fr") == \
        "La pose peut se faire en mars?"
    assert relayed_question("El presidente Sr. Gil pregunta si el montacargas cabe en el patio.", "es") == \
        "¿El montacargas cabe en el patio?"


def test_a_german_question_word_takes_the_verb_right_after_it():
    """"wie lange die Gewährleistung dauert" -> "Wie lange dauert die Gewährleistung"; a noun after it stays first."""
    assert relayed_question("Unser Verwalter fragt, wie lange die Gewährleistung dauert, und was bei Regen mit dem "
                            "Gerüst passiert.", "de") == \
        "Wie lange dauert die Gewährleistung, und was passiert bei Regen mit dem Gerüst?"
    assert relayed_question("Unser Verwalter fragt, wann Sie liefern können.", "de") == "Wann können Sie liefern?"
    assert "tauschen Fenster" not in relayed_question("Unser Verwalter fragt, welche Fenster Sie tauschen.", "de")


@pytest.mark.parametrize("sentence, language, asked", [
    # who asks described in a relative clause without commas
    ("Mira who does our payroll asked whether you can invoice monthly instead of per job.", "en",
     "Can you invoice monthly instead of per job?"),
    ("Paul qui tient la caisse demande si vous acceptez les chèques.", "fr", "Vous acceptez les chèques?"),
])
def test_relayed_after_relative_clause(sentence, language, asked):
    assert relayed_question(sentence, language) == asked


def test_a_german_ob_clause_with_two_final_verbs_is_asked_as_it_stands():
    asked = relayed_question("Unser Hausmeister fragt, ob Sie die alten Fliesen abholen und entsorgen.", "de")
    assert asked == "Ob Sie die alten Fliesen abholen und entsorgen?"
    assert relayed_question("Unser Hausmeister fragt, ob Sie die alten Fliesen entsorgen.", "de") == \
        "Entsorgen Sie die alten Fliesen?"

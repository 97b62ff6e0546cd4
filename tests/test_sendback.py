"""A customer's request to send something, bidden, asked, or by a day or for a person the customer names
(followup/drafting/sendback.py)."""
from datetime import date, datetime, timezone

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.sendback import own_action, sent_request
from followup.drafting.sentences import Source

REP = RepProfile("Lea Roux", "lea@verre.example", "Lea Roux\nVerre & Co")
MON, TUE = date(2028, 4, 10), date(2028, 4, 11)


@pytest.mark.parametrize("sentence, language, said", [
    ("Envoyez-moi le bon de commande.", "fr", "Je vous envoie le bon de commande."),
    ("Merci de nous transmettre le planning, car le chantier commence lundi.", "fr", "Je vous envoie le planning."),
    ("Por favor, envíenos la factura proforma.", "es", "Le envío la factura proforma."),
    ("Mándeme el catálogo por favor.", "es", "Le envío el catálogo."),
    ("Schicken Sie uns bitte das Datenblatt.", "de", "Ich schicke Ihnen das Datenblatt."),
    ("Die Rechnung bitte per Post, unsere Buchhaltung braucht das Original.", "de",
     "Ich schicke Ihnen die Rechnung per Post."),
    # asked as a question: a slot "Pourriez-vous m'envoyer le devis ?" would ask the customer back
    ("Pourriez-vous m'envoyer le devis ?", "fr", "Je vous envoie le devis."),
    ("¿Nos mandás el plano de la cocina?", "es", "Le envío el plano de la cocina."),
    ("Können Sie uns noch die Montageanleitung schicken?", "de", "Ich schicke Ihnen die Montageanleitung."),
    # the writer named as the addressee after the thing: the lead's "Ihnen" already says it
    ("Bitte senden Sie den Vertrag an mich.", "de", "Ich schicke Ihnen den Vertrag."),
])
def test_a_request_to_send_is_answered_by_the_rep_sending_it(sentence, language, said):
    assert sent_request(sentence, language) == (said, False)
    assert own_action(said)


@pytest.mark.parametrize("sentence, language", [
    ("Pourriez-vous nous les envoyer ?", "fr"),  # what "les" stands for is in another sentence
    ("¿Me pasás los datos para la transferencia?", "es"),  # details to write out: a slot the rep fills in
    ("Nous avons reçu le devis.", "fr"),
    ("Die Rechnung ist angekommen.", "de"),
    ("We received the contract, thanks.", "en"),
])
def test_other_sentences_are_no_request_to_send(sentence, language):
    assert sent_request(sentence, language) == ("", False)


@pytest.mark.parametrize("sentence, language, said", [
    # the plural and informal modals ("podéis", "könnt ihr") and the pronoun after the verb ("enviarnos")
    ("¿Me podéis enviar el catálogo de cascos?", "es", "Le envío el catálogo de cascos."),
    ("¿Podrían enviarnos la ficha técnica?", "es", "Le envío la ficha técnica."),
    ("Und könnt ihr uns die Preisliste schicken?", "de", "Ich schicke Ihnen die Preisliste."),
    ("Kannst du mir das Datenblatt schicken?", "de", "Ich schicke Ihnen das Datenblatt."),
])
def test_a_request_asked_in_any_person_is_the_reps_line(sentence, language, said):
    assert sent_request(sentence, language) == (said, False)


@pytest.mark.parametrize("sentence, language, said", [
    ("¿Nos pueden enviar la guía de tallas y la ficha de producto de las dos zapatillas?", "es",
     "Le envío la guía de tallas y la ficha de producto de las dos zapatillas."),
    ("Could you send us the size guide and the product sheet for both models?", "en",
     "I'll send you the size guide and the product sheet for both models."),
    ("Pourriez-vous nous envoyer la fiche technique et le catalogue des nouveautés de printemps ?", "fr",
     "Je vous envoie la fiche technique et le catalogue des nouveautés de printemps."),
    ("Können Sie uns die Preisliste und das Datenblatt der beiden neuen Modelle schicken?", "de",
     "Ich schicke Ihnen die Preisliste und das Datenblatt der beiden neuen Modelle."),
])
def test_things_joined_by_and_are_counted_each_on_its_own(sentence, language, said):
    assert sent_request(sentence, language) == (said, False)


def test_a_long_thing_that_is_no_list_is_a_sentence_of_its_own():
    assert sent_request("¿Nos pueden enviar lo que hablamos ayer con su colega sobre la entrega de las dos "
                        "zapatillas?", "es") == ("", False)


def test_things_to_send_are_said_whole_in_the_draft():
    mail = [Source("message", 1, "Valeria, buenos días:\n\n¿Nos pueden enviar la guía de tallas y la ficha de "
                   "producto de las dos zapatillas? Las necesito para cargar el sistema.\n\nLucía",
                   datetime(2028, 9, 5, 14, tzinfo=timezone.utc), "inbound")]
    state = build_state(mail, "America/Lima", datetime(2028, 9, 6, 14, tzinfo=timezone.utc), customer_name="Lucía Mamani")
    asked = [i.text.rstrip(".") for i in state.items if i.kind == "request" and "guía" in i.quote]
    assert asked == ["Le envío la guía de tallas y la ficha de producto de las dos zapatillas"]


def test_the_draft_says_the_rep_sends_it_and_does_not_note_it_as_the_customers_words():
    sources = [Source("message", 1, "Bonjour Madame Roux,\n\nVotre offre nous convient, nous signons. Envoie-moi le "
                      "contrat.\n\nMarc", datetime(2026, 12, 1, 9), "inbound")]
    state = build_state(sources, "Europe/Paris", datetime(2026, 12, 2, 9), customer_name="Marc Petit")
    asked = next(i for i in state.items if "contrat" in i.quote)
    assert asked.kind == "request" and asked.status == "open"
    body = compose_state(state, customer_name="Marc Petit", thread_subject="Offre", rep=REP).body
    assert "Je vous envoie le contrat." in body
    assert "noté : je vous envoie" not in body.lower()


def test_a_later_rep_email_sending_it_closes_the_request():
    sources = [Source("message", 1, "Hola Ana:\n\nFavor enviar la orden de compra para firma.\n\nLuis",
                      datetime(2026, 12, 1, 9), "inbound"),
               Source("message", 2, "Hola Luis:\n\nAdjunto la orden de compra para firma.\n\nAna",
                      datetime(2026, 12, 2, 9), "outbound")]
    state = build_state(sources, "Europe/Madrid", datetime(2026, 12, 3, 9), customer_name="Luis Gil")
    asked = next(i for i in state.items if i.direction == "inbound" and "orden" in i.quote)
    assert asked.status != "open"


def test_a_question_asking_to_send_is_no_slot_but_the_reps_line_said_once():
    sources = [Source("message", 1, "Hola Ana:\n\nAprobado. ¿Nos envía el contrato de mantenimiento?\n\nLuis",
                      datetime(2026, 12, 1, 9), "inbound")]
    state = build_state(sources, "Europe/Madrid", datetime(2026, 12, 2, 9), customer_name="Luis Gil")
    body = compose_state(state, customer_name="Luis Gil", thread_subject="Contrato", rep=REP).body
    assert "Le envío el contrato de mantenimiento." in body and "[[answer:" not in body


@pytest.mark.parametrize("language, sentence, before, said", [
    ("en", "Could you send the contract today or tomorrow?", "", "I'll send you the contract today."),
    ("en", "Can you send the booking form by Thursday?", "", "I'll send you the booking form by Thursday."),
    ("de", "Können Sie ihr den Vertrag bis Mittwoch schicken?", "Meine Assistentin, Frau Lena Krüger, unterschreibt.",
     "Ich schicke Frau Lena Krüger den Vertrag bis Mittwoch."),
    ("de", "Können Sie uns das Angebot morgen schicken?", "", "Ich schicke Ihnen das Angebot heute."),
    ("fr", "Pouvez-vous nous envoyer la facture d'acompte avant vendredi ?", "",
     "Je vous envoie la facture d'acompte avant vendredi."),
    ("es", "¿Nos los envía esta semana?", "Para pagar necesitamos la factura a nombre de Olmo S.A. y el certificado. ",
     "Le envío esta semana la factura a nombre de Olmo S.A. y el certificado."),
])
def test_the_day_and_the_addressee_asked_are_said_as_the_reps_promise(language, sentence, before, said):
    assert sent_request(sentence, language, MON, TUE, before) == (said, True)


def test_a_day_now_past_is_today_and_a_day_ahead_is_kept():
    assert sent_request("Could you send the contract tomorrow?", "en", MON, MON).text == \
        "I'll send you the contract tomorrow."
    assert sent_request("Could you send the contract by Monday?", "en", date(2028, 4, 5), TUE).text == \
        "I'll send you the contract today."


@pytest.mark.parametrize("language, sentence, before", [
    ("de", "Können Sie ihr den Vertrag bis Mittwoch schicken?", "Wir unterschreiben bald."),  # "ihr" names no one
    ("es", "¿Me lo manda esta semana?", "Gracias."),  # what "lo" is, is not said just before
    ("en", "Could you send the contract?", ""),  # no day: read by the plain request rule
    ("en", "Can you do a better price this week?", ""),  # a price is the rep's decision, no errand
])
def test_no_errand_when_its_parts_cannot_be_read(language, sentence, before):
    assert not sent_request(sentence, language, MON, TUE, before).dated


def test_the_request_is_an_open_request_not_a_question():
    mail = [Source("message", 1, "Hi Gregor,\n\nWe're going ahead. Could you send the contract today or tomorrow?\n\nFiona",
                   datetime(2028, 4, 10, 8, 45, tzinfo=timezone.utc), "inbound")]
    state = build_state(mail, "Europe/London", datetime(2028, 4, 11, 9, tzinfo=timezone.utc), customer_name="Fiona Lee")
    asked = [i for i in state.items if "contract" in i.quote]
    assert [(i.kind, i.text) for i in asked] == [("request", "I'll send you the contract today.")]


def test_a_day_that_belongs_to_another_clause_is_no_errands_day():
    assert sent_request("Please send the proforma in NPR and USD before our meeting on Saturday.", "en", MON, TUE) == \
        ("", False)


@pytest.mark.parametrize("sentence, language, said", [
    # the request closes a longer sentence
    ("Wir nehmen das Angebot an, bitte schicken Sie uns die Auftragsbestätigung.", "de",
     "Ich schicke Ihnen die Auftragsbestätigung."),
    ("The surveyor says we can stop at 120 m after all, please send the revised invoice.", "en",
     "I'll send you the revised invoice."),
    ("Le conseil a donné son accord, merci de nous envoyer le contrat.", "fr", "Je vous envoie le contrat."),
    ("Estamos de acuerdo, por favor envíenos la factura proforma.", "es", "Le envío la factura proforma."),
    # plain English asks, bidden or asked
    ("Could you send me the floor plans?", "en", "I'll send you the floor plans."),
    ("Please send the invoice to accounts@lodge.example, our accountant pays it.", "en",
     "I'll send the invoice to accounts@lodge.example."),
    # no "mir"/"uns"
    ("Bitte schicken Sie den Mustervertrag, mein Partner ist noch im Urlaub.", "de", "Ich schicke Ihnen den Mustervertrag."),
])
def test_a_plain_request_to_send_is_the_reps_line_in_four_languages(sentence, language, said):
    assert sent_request(sentence, language) == (said, False)


@pytest.mark.parametrize("sentence, language", [
    ("Can you send it today please?", "en"),  # what "it" is, is said in another sentence
    ("Please send me our figures so we can check.", "en"),  # the customer's own words about their side
    ("Bitte schicken Sie das Angebot an unsere Buchhaltung.", "de"),  # to someone else: forward.py says it
    ("Bitte schicken Sie uns: den Vertrag; die Anzahlungsrechnung", "de"),  # a list after the colon: lists.py
    ("Wir sind zufrieden, danke für alles.", "de"),
])
def test_no_plain_request_where_the_thing_or_its_reader_is_elsewhere(sentence, language):
    assert sent_request(sentence, language) == ("", False)


@pytest.mark.parametrize("language, sentence, before, after, written, today, said", [
    ("es", "¿Nos los envía esta semana?", "Para pagar necesitamos la factura y el certificado de donación. ",
     "Las oficinas cierran jueves y viernes.", date(2028, 4, 11), date(2028, 4, 12),
     "Le envío hoy la factura y el certificado de donación."),
    ("en", "Please send the contract.", "", "From Friday our office is closed until Tuesday.", date(2028, 4, 10),
     date(2028, 4, 11), "I'll send you the contract by Thursday."),
    ("de", "Bitte schicken Sie uns den Vertrag.", "", "Ab Freitag ist unser Büro geschlossen.", date(2028, 4, 11),
     date(2028, 4, 13), "Ich schicke Ihnen den Vertrag heute."),
    ("fr", "Merci de nous envoyer le contrat.", "", "Le cabinet est fermé de vendredi à lundi.", date(2028, 4, 11),
     date(2028, 4, 12), "Je vous envoie le contrat demain."),
])
def test_a_closure_the_customer_names_says_by_when_the_thing_is_sent(language, sentence, before, after, written, today,
                                                                     said):
    assert sent_request(sentence, language, written, today, before, after) == (said, True)


def test_an_english_request_restating_cannot_say_is_the_reps_promise():
    mail = [Source("message", 1, "Hi Sizwe,\n\nThe water is at about 95 m so the rig can stop at 120 m after all, please "
                   "send the revised invoice.\n\nAnnelie", datetime(2027, 2, 26, 8, tzinfo=timezone.utc), "inbound")]
    state = build_state(mail, "Africa/Johannesburg", datetime(2027, 3, 2, 7, tzinfo=timezone.utc),
                        customer_name="Annelie Botha")
    asked = [i for i in state.items if "invoice" in i.quote]
    assert [(i.kind, i.text.rstrip(".")) for i in asked] == [("request", "I'll send you the revised invoice")]


@pytest.mark.parametrize("sentence, language, said", [
    # the informal imperative, to one person or to several, with its pronoun after the verb
    ("Mándanos el contrato y el calendario de pagos, por favor.", "es", "Le envío el contrato y el calendario de pagos."),
    ("Y envíame el contrato para que lo firme nuestro director financiero.", "es", "Le envío el contrato."),
    ("Por favor pásame el presupuesto.", "es", "Le envío el presupuesto."),
    ("Enviadnos la factura proforma.", "es", "Le envío la factura proforma."),
    ("Schick mir bitte das Angebot.", "de", "Ich schicke Ihnen das Angebot."),
    ("Bitte schickt uns die Auftragsbestätigung.", "de", "Ich schicke Ihnen die Auftragsbestätigung."),
])
def test_an_informal_imperative_is_a_request_to_send(sentence, language, said):
    assert sent_request(sentence, language) == (said, False)


@pytest.mark.parametrize("sentence, language", [
    ("Mándame eso.", "es"),  # what "eso" stands for is in another sentence
    ("Mándale el contrato a mi socio.", "es"),  # to someone else
    ("Schick mir das.", "de"),
])
def test_an_informal_imperative_without_a_thing_of_its_own_is_none(sentence, language):
    assert sent_request(sentence, language) == ("", False)


@pytest.mark.parametrize("sentence, said", [
    # the customer's purpose after the thing is theirs, cut off like a reason in the other languages
    ("Kindly send the proforma so our finance can pay.", "I'll send you the proforma."),
    ("Please send the contract because we sign on Friday.", "I'll send you the contract."),
    ("Please send the quote as soon as possible.", "I'll send you the quote."),
    # the customer's "your" is the rep's own thing
    ("Can you send the order confirmation and your W-9 equivalent for our vendor setup?",
     "I'll send you the order confirmation and our W-9 equivalent."),
])
def test_an_english_purpose_after_the_thing_is_cut_off(sentence, said):
    assert sent_request(sentence, "en") == (said, False)


def test_the_reps_line_for_a_request_is_never_cut_at_the_customers_clause():
    mail = [Source("message", 1, "Hola Sergio:\n\nNos quedamos con la de 24 meses. Y envíame el contrato para que lo "
                   "firme nuestro director financiero.\n\nLucía", datetime(2028, 8, 16, 8, tzinfo=timezone.utc),
                   "inbound")]
    state = build_state(mail, "Europe/Madrid", datetime(2028, 8, 17, 8, tzinfo=timezone.utc), customer_name="Lucía Navarro")
    asked = [(i.kind, i.text) for i in state.items if "contrato" in i.quote and i.kind != "register"]
    assert asked == [("request", "Le envío el contrato.")]


def test_an_english_request_with_a_purpose_restating_cannot_read_is_the_reps_promise():
    mail = [Source("message", 1, "Good morning Tunde,\n\nWe go with option 2. Kindly send the proforma so our finance "
                   "can pay.\n\nChidinma", datetime(2028, 9, 5, 11, tzinfo=timezone.utc), "inbound")]
    state = build_state(mail, "Africa/Lagos", datetime(2028, 9, 6, 10, tzinfo=timezone.utc), customer_name="Chidinma Okonkwo")
    asked = [(i.kind, i.text) for i in state.items if "proforma" in i.quote]
    assert asked == [("request", "I'll send you the proforma.")]


@pytest.mark.parametrize("sentence, said", [
    # the reader named by the address: no "you", and the customer's "our AP" is "your AP" in the rep's line
    ("Also please send your certificate of insurance and W-9 to our AP at ap@frontrange.example.com.",
     "I'll send the certificate of insurance and W-9 to your AP at ap@frontrange.example.com."),
    ("Please send the invoice to accounts@fynbos.example.co.za.", "I'll send the invoice to accounts@fynbos.example.co.za."),
])
def test_a_thing_sent_to_an_address_the_customer_gives(sentence, said):
    assert sent_request(sentence, "en") == (said, False)


def test_a_thing_named_with_an_abbreviation_ends_on_one_full_stop():
    said = sent_request("¿Y me pasas la factura a nombre de Olivo Restauración S.L.?", "es")
    assert said == ("Le envío la factura a nombre de Olivo Restauración S.L.", False)


def test_an_address_the_customer_asks_the_thing_sent_to_is_no_leak():
    mail = [Source("message", 1, "Hi Pieter\n\nGreat, we'll take 50 large and 40 medium. Please send the invoice to "
                   "accounts@fynbos.example.co.za.\n\nThandi", datetime(2028, 9, 4, 14, tzinfo=timezone.utc), "inbound")]
    state = build_state(mail, "Africa/Johannesburg", datetime(2028, 9, 5, 8, tzinfo=timezone.utc),
                        customer_name="Thandi Mokoena")
    asked = [(i.kind, i.text.rstrip(".")) for i in state.items if "invoice" in i.quote and i.kind == "request"]
    assert asked == [("request", "I'll send the invoice to accounts@fynbos.example.co.za")]


def test_an_address_in_a_signature_line_stays_cut():
    mail = [Source("message", 1, "Hi Pieter\n\nPlease send the invoice to accounts@fynbos.example.co.za or call "
                   "021 555 0164.\n\nThandi", datetime(2028, 9, 4, 14, tzinfo=timezone.utc), "inbound")]
    state = build_state(mail, "Africa/Johannesburg", datetime(2028, 9, 5, 8, tzinfo=timezone.utc),
                        customer_name="Thandi Mokoena")
    assert not [i for i in state.items if "invoice" in i.quote and i.text]


@pytest.mark.parametrize("sentence, said", [
    ("Can you send the contract to Mere in our accounts team (mere.tane@aroquay.example.co.nz)?",
     "I'll send the contract to Mere in your accounts team."),
    ("Please send the invoice to Priya.", "I'll send the invoice to Priya."),
    ("Can you send the contract to our lawyer?", ""),  # someone unnamed: forwarded by the customer, not the rep
])
def test_a_thing_asked_for_a_named_colleague_goes_to_them_not_to_you(sentence, said):
    assert sent_request(sentence, "en").text == said


@pytest.mark.parametrize("sentence, language, said", [
    # the French "de" elided before the verb
    ("Merci d'envoyer le contrat.", "fr", "Je vous envoie le contrat."),
    ("Je vous remercie d'envoyer le devis.", "fr", "Je vous envoie le devis."),
    # Mexican "favor de" with the infinitive
    ("Favor de enviar la factura.", "es", "Le envío la factura."),
    # "over" and "please" after the thing are no part of it
    ("Please send the contract over.", "en", "I'll send you the contract."),
    ("Send us the order form please.", "en", "I'll send you the order form."),
    # the German infinitive bids as the imperative does, "bitte" before the thing
    ("Bitte den Vertrag zusenden.", "de", "Ich schicke Ihnen den Vertrag."),
])
def test_a_request_in_its_other_forms_is_the_reps_promise(sentence, language, said):
    assert sent_request(sentence, language).text == said


def test_a_german_statement_of_what_the_customer_sends_is_no_request():
    assert sent_request("Die Unterlagen senden wir morgen.", "de").text == ""


@pytest.mark.parametrize("sentence, language, said", [
    ("Please send the safety data sheet (SDS) and the REACH declaration.", "en",
     "I'll send you the safety data sheet and the REACH declaration."),
    ("Merci de nous transmettre la fiche de données de sécurité (FDS) et la fiche REACH.", "fr",
     "Je vous envoie la fiche de données de sécurité et la fiche REACH."),
    ("Bitte schicken Sie uns das Werkszeugnis (WZ) zu jeder Lieferung.", "de",
     "Ich schicke Ihnen das Werkszeugnis zu jeder Lieferung."),
    ("Por favor envíenos el certificado de análisis (CoA) de cada lote.", "es",
     "Le envío el certificado de análisis de cada lote."),
])
def test_a_bracketed_abbreviation_does_not_cut_the_thing_asked_for(sentence, language, said):
    assert sent_request(sentence, language) == (said, False)

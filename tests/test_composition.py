"""The composed follow-up: the rep's voice, a short recap, promises with their day, answer slots, no leaks."""
import re
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state, slots
from followup.drafting.conversation import Voice, build_state
from followup.drafting.grounding import ground
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source
from followup.exceptions import NothingToDraft

TZ = "America/Chicago"
MON = datetime(2026, 11, 23, 16)
TUE = datetime(2026, 11, 24, 16)
DANA = RepProfile("Dana Whitfield", "dana@northbank.example", "Dana Whitfield\nNorthbank Mortgage")


def draft(sources, now=TUE, name="Maria Lopez", subject="Refinance options", voice=None):
    state = build_state(sources, TZ, now, customer_name=name)
    return state, compose_state(state, customer_name=name, thread_subject=subject, rep=DANA, voice=voice)


def words(body):
    return len(body.rsplit("\n\n", 1)[0].split())


MARIA = [
    Source("note", 3, "Call with Maria, 10:00-10:20. Wants to compare a 15 year fixed vs 30. Sending rate sheet "
           "tomorrow. Budget 450k. Call back after 3pm.", MON, "note"),
    Source("message", 12, "Hi Dana,\n\nThanks again for the walkthrough! Can you send me the closing cost estimate "
           "as well? We need to close before Dec 15.\n\nMaria Lopez\nSenior Analyst\nContoso Ltd.\n(312) 555-0100",
           MON.replace(hour=18), "inbound"),
]


def test_a_follow_up_reads_like_a_rep_wrote_it_not_a_playback():
    _, d = draft(MARIA)
    body = d.body
    assert body.startswith("Hi Maria,\n\nThanks for your note yesterday.")
    assert "You mentioned" not in body and "You asked" not in body
    assert "Thanks again for the walkthrough" not in body  # the customer's pleasantry is not sent back
    assert "Contoso" not in body and "555-0100" not in body and "Senior Analyst" not in body
    assert "10:00" not in body  # call-note shorthand
    assert "I'll send the rate sheet today." in body  # Monday's "tomorrow", written on Tuesday
    assert "I'll send you the closing cost estimate as well." in body
    assert "I'll call you after 3pm." in body  # the close honours the stated preference
    assert body.rstrip().endswith("Best,\nDana Whitfield\nNorthbank Mortgage")
    assert 50 <= words(body) <= 125
    assert max(len(s.split()) for s in re.split(r"(?<=[.?!])\s+", body)) <= 30


def test_the_draft_grounds_including_relative_day_words():
    _, d = draft(MARIA)
    report = ground(d.body, MARIA, (DANA.name, DANA.email, DANA.signature, "Maria Lopez", ""),
                    written_at=TUE, tz=TZ)
    assert report.ok, report.unmatched
    # the same word without a source on that day does not ground
    bad = ground("Thanks for the call on Friday.", MARIA, (), written_at=TUE, tz=TZ)
    assert [t.text for t in bad.unmatched] == ["Friday"]


def test_a_question_no_source_answers_becomes_an_answer_slot():
    sources = [Source("message", 1, "Hi Dana,\n\nDoes the team plan include SSO?\n\nOllie", MON, "inbound")]
    _, d = draft(sources, name="Ollie Example", subject="Demo")
    assert slots(d.body) == ["[[answer: does the team plan include SSO?]]"]


def test_a_question_asked_without_a_question_mark_and_only_promised_a_check_gets_a_slot_without_its_reason():
    sources = [Source("message", 1, "Hi Dana,\n\nThe rate looks fine. And how long is the lock period on the rate, "
                      "this matters a lot if the market moves.\n\nOllie", MON, "inbound"),
               Source("message", 2, "Hi Ollie,\n\nI'll check the lock period with our underwriter.\n\nDana",
                      MON.replace(hour=20), "outbound")]
    _, d = draft(sources, name="Ollie Example", subject="Rate")
    assert len(slots(d.body)) == 1
    assert "lock period on the rate" in slots(d.body)[0]
    assert "market moves" not in d.body


@pytest.mark.parametrize("reply", ["I'm checking the second monitor stand with our supplier.",
                                   "I'll get the second monitor stand price from our supplier."])
def test_a_rep_still_checking_or_getting_the_answer_from_someone_leaves_the_question_slotted(reply):
    sources = [Source("message", 1, "Hi Dana,\n\nDoes the desk take a second monitor stand?\n\nOllie", MON, "inbound"),
               Source("message", 2, f"Hi Ollie,\n\n{reply}\n\nDana", MON.replace(hour=20), "outbound")]
    _, d = draft(sources, name="Ollie Example", subject="Desk")
    assert any("second monitor stand" in s for s in slots(d.body))


def test_a_french_note_label_keeps_its_figure_but_not_the_reps_report_of_having_offered_it():
    sources = [Source("message", 1, "Bonjour,\n\nPouvez-vous nous faire une offre pour les deux bureaux ?\n\nLéa",
                      MON, "inbound"),
               Source("note", 2, "Appel Léa. Tarif : je lui ai proposé 1 450 € HT par mois pour les deux bureaux. "
                      "Elle doit en parler à son directeur.", TUE.replace(hour=10), "note")]
    _, d = draft(sources, name="Léa Martin", subject="Bureaux")
    assert "1 450 €" in d.body
    assert "je lui ai proposé" not in d.body


def test_a_question_answered_on_a_call_is_recapped_not_slotted():
    sources = [Source("message", 1, "Does the team plan include SSO?", MON, "inbound"),
               Source("note", 2, "Told him SSO is included in the team plan. Sending the order form Thu.", TUE,
                      "note")]
    _, d = draft(sources, name="Ollie Example", subject="Demo")
    assert not slots(d.body)
    assert "SSO is included in the team plan" in d.body and "on Thursday" in d.body


def test_list_items_reach_the_draft():
    sources = [Source("message", 1, "Hi Dana,\n\nWe need:\n- SSO with Okta\n- an EU data centre\n\nPriya", MON,
                      "inbound")]
    _, d = draft(sources, name="Priya Patel", subject="Requirements")
    assert "SSO with Okta" in d.body and "an EU data centre" in d.body


def test_the_reps_learned_voice_opens_and_closes_the_draft():
    _, d = draft(MARIA, voice=Voice(greeting="Hey", sign_off="Cheers,"))
    assert d.body.startswith("Hey Maria,") and "Cheers,\nDana Whitfield" in d.body


def test_a_customer_writing_french_gets_french_framing():
    sources = [Source("message", 1, "Bonjour Dana,\n\nPouvez-vous nous envoyer le devis pour notre équipe ? "
                      "Merci,\nClaire", MON, "inbound")]
    state, d = draft(sources, name="Claire Martin", subject="Devis")
    assert state.language == "fr"
    assert d.body.startswith("Bonjour Claire,\n\nMerci pour votre message")
    assert "Cordialement," in d.body and "Thanks" not in d.body


def test_a_conversation_that_starts_from_a_call_note_gets_a_subject_and_a_name():
    sources = [Source("note", 1, "Talked to Terry. Wants the case study from the logistics firm. Call back "
                      "Tuesday after 2pm.", MON, "note")]
    _, d = draft(sources, now=MON, name="Terry Test", subject="")
    assert d.subject.startswith("Following up on our call: the case study from the logistics firm")
    assert d.body.startswith("Hi Terry,")


def test_nothing_open_means_no_draft():
    sources = [Source("message", 1, "Thanks, that's all we needed!", MON, "inbound")]
    with pytest.raises(NothingToDraft):
        draft(sources)


def test_a_replaced_value_and_a_colleague_are_never_said():
    sources = [Source("note", 1, "Rückruf Fr. Hoffmann. Preis bei 24 Monaten Laufzeit 5,90 € statt 6,50. "
                      "Testzugang richte ich morgen ein.", MON, "note"),
               Source("note", 2, "Call w/ Petra. Stacy approved volume price $269/mo each for 3+ machines.", MON,
                      "note")]
    _, d = draft(sources, name="Petra Hoffmann", subject="")
    assert "6,50" not in d.body and "Stacy" not in d.body


def test_a_new_customer_from_a_call_note_is_greeted_by_name_with_the_request_and_an_open_question():
    note = ("Call with Dana 10:00-10:20. Dana wants a quote for 12 seats of the Team plan, $40 per seat. "
            "Asked if SSO is included. I'll send the order form tomorrow.")
    state = build_state([Source("note", 1, note, datetime(2026, 11, 25, 16), "note")], TZ,
                        datetime(2026, 11, 28, 15))
    body = compose_state(state, customer_name="", thread_subject="", rep=DANA).body
    assert body.startswith("Hi Dana,\n")
    assert "you'd like a quote for 12 seats of the Team plan at $40 per seat" in body.replace("You'd", "you'd")
    assert "[[answer: is SSO included?]]" in body
    assert "asked if" not in body.lower() and "As I mentioned" not in body
    assert "Sorry for the delay. I'm sending the order form right away." in body


def test_a_question_the_rep_said_yes_to_on_the_call_is_restated_as_the_answer():
    note = "Call w/ Victor 9:40. He asked if we can file before Dec 18 - said yes. Sending the quote Friday."
    state = build_state([Source("note", 1, note, MON, "note")], TZ, TUE)
    body = compose_state(state, customer_name="Victor Hale", thread_subject="", rep=DANA).body
    assert "As I mentioned, we can file before Dec 18." in body
    assert "asked" not in body.lower() and "said yes" not in body.lower() and not slots(body)


def test_after_the_reps_own_email_the_draft_chases_it_with_the_offer_in_force_whole():
    sources = [Source("message", 1, "Hi Dana,\n\nWhat would 40 seats cost?\n\nMaria", MON, "inbound"),
               Source("message", 2, "Hi Maria,\n\nHere is our proposal: 40 seats at $38 per seat per month, billed "
                                    "annually.\n\nThe onboarding workshop (2 sessions) is included.\n\nDana",
                      MON.replace(hour=20), "outbound")]
    _, d = draft(sources, now=datetime(2026, 11, 27, 16))
    assert "I wanted to follow up on my last email." in d.body
    assert "40 seats at $38 per seat per month, billed annually." in d.body  # not cut to a fragment
    assert "Here is our proposal" not in d.body  # the attachment was handed over once
    assert not d.slots  # the price question was answered by the rep's figure


def test_a_german_draft_restates_the_customer_in_reported_speech_and_the_reps_promise_to_them():
    petra = [Source("message", 1, "Guten Tag,\n\nwir planen unser Sommerfest für ca. 80 Personen in unserer "
                                  "Halle.\n\nViele Grüße\nPetra Beispiel", MON, "inbound"),
             Source("note", 2, "Telefonat Petra. Angebot schicke ich bis Freitag.", TUE, "note")]
    state = build_state(petra, "Europe/Berlin", TUE, customer_name="Petra Beispiel")
    d = compose_state(state, customer_name="Petra Beispiel", thread_subject="Sommerfest", rep=DANA)
    assert d.language == "de"
    assert "Sie planen Ihr Sommerfest für etwa 80 Personen in Ihrer Halle" in d.body  # "ca.": notewords.py
    assert "Ich schicke Ihnen das Angebot bis Freitag." in d.body  # the thing with its article (promised.py)
    assert "wir planen" not in d.body and "unser" not in d.body.split("\n\n", 1)[1].split("\n\n")[0]


def test_a_notes_record_of_having_told_the_customer_and_its_asides_are_never_said():
    sources = [Source("message", 1, "Hi Dana,\n\nCan we get the rate locked for 60 days?\n\nOmar", MON, "inbound"),
               Source("note", 2, "Call with Omar. 60-day lock at 6.25%, told him. Told Omar on call. Underwriter "
                                 "hasn't answered on the condo, don't promise anything. Sending the lock form "
                                 "tomorrow.", TUE, "note")]
    _, d = draft(sources, now=TUE, name="Omar Example", subject="Rate lock")
    assert "6.25%" in d.body and "lock form" in d.body
    assert "told" not in d.body.lower() and "promise" not in d.body.lower()
    assert "hasn't answered" not in d.body


def test_a_spanish_note_keeps_its_own_he_and_the_english_pronoun_swap_stays_english():
    from followup.drafting.restating import swap_note
    assert swap_note("le he ofrecido 12 € por hora", "es") == "le he ofrecido 12 € por hora"
    assert swap_note("he has two vans", "en") == "you have two vans"
    sources = [Source("message", 1, "Hola Carmen,\n\n¿Podéis hacer algo con el precio de las 20 horas?\n\nLuis",
                      MON, "inbound"),
               Source("note", 2, "Llamada con Luis. Dice que es caro; le he ofrecido 55 € por hora si firma este "
                      "mes.", TUE, "note")]
    state = build_state(sources, "Europe/Madrid", TUE, customer_name="Luis Prado")
    d = compose_state(state, customer_name="Luis Prado", thread_subject="Horas", rep=DANA)
    assert d.language == "es"
    assert "55 €" in d.body
    assert "you" not in d.body.lower().split("\n\n")[1]


def test_the_agreed_appointment_is_said_once_not_again_among_the_terms():
    sources = [Source("message", 1, "Hola Carmen,\n\n¿Cuánto cuesta la instalación en el almacén?\n\nLuis",
                      MON, "inbound"),
               Source("note", 2, "Llamada con Luis. Instalación: 900 € en total. Quedamos en una visita al almacén "
                      "el jueves a las 11:30 con su encargado.", TUE, "note")]
    state = build_state(sources, "Europe/Madrid", TUE, customer_name="Luis Prado")
    d = compose_state(state, customer_name="Luis Prado", thread_subject="Instalación", rep=DANA)
    assert d.body.count("11:30") == 1
    assert "900 €" in d.body


def test_the_reps_promise_whose_day_has_passed_is_restated_without_its_day():
    sources = [Source("message", 1, "Hi Dana,\n\nCould you send the survey report?\n\nMaria", MON.replace(day=9),
                      "inbound"),
               Source("message", 2, "Hi Maria,\n\nThe full survey is $1,200 for the site. I'll send the survey "
                      "report by Friday 13 November.\n\nDana", MON.replace(day=10), "outbound")]
    state, d = draft(sources)
    assert "I'm sending the survey report right away." in d.body
    assert "13 November" not in d.body and "Friday" not in d.body


def test_a_same_day_promise_from_an_older_email_loses_its_day_in_french():
    sources = [Source("message", 1, "Bonjour,\n\nPouvez-vous m'envoyer la fiche technique ?\n\nLuc",
                      MON.replace(day=16), "inbound"),
               Source("message", 2, "Bonjour Luc,\n\nNotre offre : 79 € HT par poste et par mois. Je vous envoie la "
                      "fiche technique sur les sauvegardes dans la journée.\n\nDana", MON.replace(day=17),
                      "outbound")]
    state = build_state(sources, "Europe/Paris", TUE, customer_name="Luc Martin")
    d = compose_state(state, customer_name="Luc Martin", thread_subject="Offre", rep=DANA)
    assert "dans la journée" not in d.body
    assert "79 €" in d.body


def test_a_two_word_question_back_at_the_rep_is_no_answer_slot():
    sources = [Source("message", 1, "Hi Maria,\n\nThe rate sheet is $1,200 for the year. I'll bring the comparison "
                      "to our meeting.\n\nDana", MON, "outbound"),
               Source("message", 2, "Dana, thanks. Which meeting? I don't think we set one. How long is the lock "
                      "valid?\n\nMaria", MON.replace(hour=20), "inbound")]
    state, d = draft(sources)
    assert "which meeting" not in d.body.lower()
    assert any("lock" in s for s in d.slots)


def test_the_reps_emailed_price_is_not_restated_after_a_note_names_a_new_price():
    sources = [Source("message", 1, "Hi Dana,\n\nWhat would 20 chargers cost?\n\nMaria", MON.replace(day=16),
                      "inbound"),
               Source("message", 2, "Hi Maria,\n\n20 dual chargers across both car parks are $118,000 installed, "
                      "including groundworks.\n\nDana", MON.replace(day=17), "outbound"),
               Source("note", 3, "Call Maria. She asked to split into phase 1 (12 chargers) now; phase 1 price "
                      "$72,500.", MON, "note")]
    state, d = draft(sources)
    assert "118,000" not in d.body
    assert "72,500" in d.body


def test_a_french_note_saying_what_the_rep_quoted_keeps_the_figure_not_the_report():
    sources = [Source("note", 1, "Appel avec Julie Moreau. Je lui ai précisé 1 280 € HT par trimestre pour la "
                                 "maintenance. Démarrage souhaité le 4 janvier.", MON, "note")]
    _, d = draft(sources, now=TUE, name="Julie Moreau", subject="Maintenance")
    assert "1 280 €" in d.body
    assert "lui ai" not in d.body and "précisé" not in d.body


def test_a_note_reporting_the_customer_in_the_third_person_is_left_out_not_half_turned():
    from followup.drafting.recap import reported_about

    assert reported_about("Huber sagt, die Laufzeit ist ihm zu lang", "de")
    assert reported_about("elle dit que son équipe démarre en mars", "fr")
    assert not reported_about("Lieferung am Montag mit ihr abgestimmt", "de")  # no one's words reported
    assert not reported_about("he says the budget is fixed", "en")  # English notes are turned word by word


def test_a_customers_nous_sommes_is_turned_with_its_verb():
    from followup.drafting.reported import customer_said

    assert customer_said("Nous sommes 35 dans l'atelier", "fr") == "vous êtes 35 dans l'atelier"
    assert "vous sommes" not in customer_said("Nous ne sommes que 12 au bureau", "fr")


def test_a_replaced_amount_with_thousands_and_currency_is_dropped_whole():
    from followup.drafting.recap import unreplaced

    assert unreplaced("the annual plan comes to 12 400 € HT au lieu de 13 900 €") == "the annual plan comes to 12 400 € HT"
    assert unreplaced("Miete 98 CHF statt 112 CHF pro Monat") == "Miete 98 CHF pro Monat"
    assert unreplaced("nous vous faisons 118 000 MAD TTC au lieu de 124 000 MAD.") == "nous vous faisons 118 000 MAD TTC."


def test_a_german_title_before_a_name_does_not_end_the_sentence():
    from followup.drafting.sentences import split_sentences

    text = "Termin mit Hr. Brandl vereinbart. Er will 3 Geräte."
    assert [text[a:b] for a, b in split_sentences(text)] == ["Termin mit Hr. Brandl vereinbart.", "Er will 3 Geräte."]


def test_a_question_a_french_note_reports_with_il_demande_si_is_an_answer_slot_not_a_recap():
    sources = [Source("note", 1, "Appel avec Paul Girard. Il demande si la formation des caristes est incluse. "
                                 "Devis à 2 300 € HT.", MON, "note")]
    _, d = draft(sources, now=TUE, name="Paul Girard", subject="Formation")
    assert "[[answer:" in d.body and "formation des caristes" in d.body
    assert "vous demandez si" not in d.body


def test_a_german_date_keeps_its_dot_and_the_sentence_gets_no_second_one():
    from followup.drafting.words import trim_end

    assert trim_end("Lieferung ab 15.03.") == "Lieferung ab 15.03."
    assert trim_end("Lieferung ab März.") == "Lieferung ab März"
    sources = [Source("note", 1, "Telefonat mit Frau Roth. Sie möchte Start zum 15.03. Angebot 2.900 EUR netto.",
                      MON, "note")]
    _, d = draft(sources, now=TUE, name="Anna Roth", subject="Start")
    assert "15.03." in d.body and "15.03.." not in d.body


def test_a_lone_name_left_of_a_note_clause_is_not_restated():
    sources = [Source("note", 1, "Tel. mit Fr. Brandt (Brandt Metallbau, 12 Leute). Will Wartung für 3 Hallen. "
                                 "Angeboten: 3.400 EUR netto pro Jahr, Laufzeit 24 Mon.", MON, "note")]
    _, d = draft(sources, now=TUE, name="Eva Brandt", subject="Wartung")
    recap = d.body.split("\n\n")[1]
    assert "3.400 EUR" in recap
    assert "brandt" not in recap.lower()


def test_a_note_reporting_the_customers_email_and_its_offer_label_are_not_restated():
    sources = [Source("note", 1, "Telefonat mit Frau Sommer. Empfehlung Modell L4, Miete 86 EUR/Monat.", MON, "note"),
               Source("note", 2, "Fr. Sommer schrieb kurz: 86 ist zu viel. Neu angeboten: 74 EUR/Monat bei 36 Mon.",
                      TUE.replace(hour=9), "note")]
    _, d = draft(sources, now=TUE, name="Ute Sommer", subject="Miete")
    assert "74 EUR/Monat" in d.body
    assert "schrieb" not in d.body and "zu viel" not in d.body and "angeboten" not in d.body.lower()


def test_a_figure_a_note_says_was_offered_loses_the_trailing_offered():
    sources = [Source("note", 1, "Tel. mit Frau Sommer. Will Reinigung für 2 Büros. 24 Mon zu 3,90 EUR/m2 angeboten.",
                      MON, "note")]
    _, d = draft(sources, now=TUE, name="Ute Sommer", subject="Reinigung")
    assert "3,90 EUR/m2" in d.body and "angeboten" not in d.body


def test_a_promise_to_check_kept_by_a_later_email_sentence_is_not_repeated_and_the_answer_is():
    sources = [
        Source("message", 1, "Hi Dana,\n\nWe need a loan for 2 rental units. Can we use our Xero ledger for the "
                             "income proof?\n\nMaria", MON.replace(day=16), "inbound"),
        Source("message", 2, "Hi Maria,\n\nThe rate is 6.1% on a 30-year term. I'll check the Xero ledger option "
                             "with our underwriting desk tomorrow.\n\nDana", MON.replace(day=17), "outbound"),
        Source("message", 3, "Hi Maria,\n\nGood news: the Xero ledger export is accepted as income proof."
                             "\n\nDana", MON.replace(day=19), "outbound"),
    ]
    _, d = draft(sources, now=TUE)
    assert "underwriting desk" not in d.body and "I'll check" not in d.body
    assert "Xero ledger export is accepted as income proof" in d.body


def test_the_reps_answer_in_a_sentence_that_is_no_point_of_its_own_is_restated_when_chasing():
    sources = [
        Source("message", 1, "Hi Dana,\n\nCan we lock the rate while the appraisal runs?\n\nMaria",
               MON.replace(day=16), "inbound"),
        Source("message", 2, "Hi Maria,\n\nYes, we lock the rate for the whole appraisal period.\n\nDana",
               MON.replace(day=17), "outbound"),
    ]
    _, d = draft(sources, now=TUE)
    assert "lock the rate for the whole appraisal period" in d.body


def test_the_reps_older_figures_still_in_force_are_said_beside_the_newest_lines():
    sources = [
        Source("message", 1, "Hi Maria,\n\nThe appraisal fee is $540. Closing takes 30 days from the signed "
                             "application.\n\nDana", MON.replace(day=9), "outbound"),
        Source("message", 2, "Hi Dana,\n\nWhat rate would we get on a 15-year term?\n\nMaria", MON.replace(day=12),
               "inbound"),
        Source("message", 3, "Hi Maria,\n\nOn a 15-year term the rate is 5.4%. Points are optional at 0.5 each."
                             "\n\nDana", MON.replace(day=13), "outbound"),
    ]
    _, d = draft(sources, now=TUE)
    assert "5.4%" in d.body and "$540" in d.body and "30 days" in d.body


def test_a_spanish_how_much_does_it_drop_is_answered_by_the_reps_next_price():
    sources = [
        Source("message", 1, "Hola Dana:\n\nY con un plazo de 20 años en vez de 30, ¿cuánto baja?\n\nMaria",
               MON.replace(day=16), "inbound"),
        Source("message", 2, "Hola Maria:\n\nA 20 años la cuota queda en 1.840 € al mes.\n\nDana",
               MON.replace(day=17), "outbound"),
    ]
    _, d = draft(sources, now=TUE)
    assert "[[answer" not in d.body and "1.840 €" in d.body


def test_a_figure_said_to_move_from_one_value_to_another_keeps_only_the_new_one():
    from followup.drafting.recap import unreplaced

    assert unreplaced("the service fee drops from £720 to £655") == "the service fee drops to £655"
    assert unreplaced("der Preis geht von 6,50 € auf 5,90 €") == "der Preis geht auf 5,90 €"
    assert unreplaced("from Monday to Friday") == "from Monday to Friday"


def test_a_german_note_clause_about_the_customer_as_er_is_left_out_and_er_sagt_keeps_what_was_said():
    sources = [Source("note", 1, "Telefonat mit Herrn Vogt. Kurs dienstags ab 7 Uhr geht. Schulung 85 € p.P., hab ich "
                                 "ihm gesagt. Er sagt, Beginn im Januar wäre gut, also ab 11.01. Er schickt die Namen "
                                 "der 8 TN bis Freitag.", MON, "note")]
    _, d = draft(sources, now=TUE, name="Jens Vogt", subject="Schulung")
    recap = d.body.split("\n\n")[1]
    assert "85 € pro Person" in recap and "11.01." in recap
    assert "Er schickt" not in recap and "er schickt" not in recap
    assert "hab" not in recap.split() and "Er sagt" not in recap and "p.P." not in recap


def test_a_notes_answer_confirmed_to_the_customer_is_said_without_who_was_told_and_an_abbreviation_is_no_name():
    sources = [
        Source("message", 1, "Hi Dana,\n\nIs the appraisal accepted by lenders in Canada too?\n\nMaria",
               MON.replace(day=16), "inbound"),
        Source("note", 2, "Call with Maria. Confirmed to her: our appraisal is FNMA certified, valid in CA.",
               MON, "note"),
    ]
    _, d = draft(sources, now=TUE)
    assert "FNMA certified" in d.body
    assert "to your" not in d.body and "to her" not in d.body


def test_a_cut_clause_keeps_its_amount_whole_and_drops_a_trailing_scrap():
    from followup.drafting.recap import _window

    assert _window("für 14 Personen in zwei Gruppen à 7, dreimal wöchentlich 60 Minuten, kostet das CHF 21'600",
                   force=True).endswith("CHF 21'600")
    assert "7 300 CHF" in _window("avec la 3e option, le budget passe à 7 300 CHF HT pour les deux", force=True)
    assert "12. März" in _window("den Antrag stellen wir für Sie bis zum 12. März beim Landratsamt", force=True)
    assert _window("the swap takes 3 days and the old units stay in place", force=True) == "the swap takes 3 days"


def test_what_the_reps_offer_replaces_is_cut_so_the_new_total_fits():
    sources = [
        Source("message", 1, "Hi Maria,\n\nThe survey for both flats is $2,900.\n\nDana", MON.replace(day=9), "outbound"),
        Source("message", 2, "Hi Dana,\n\nCan the second flat get the short survey?\n\nMaria", MON.replace(day=12),
               "inbound"),
        Source("message", 3, "Hi Maria,\n\nYes. The second flat gets the short survey at $650 instead of the full "
                             "structural survey on both floors, so the new total for both flats is $2,150.\n\nDana",
               MON.replace(day=13), "outbound"),
    ]
    _, d = draft(sources, now=TUE)
    assert "$2,150" in d.body and "instead of" not in d.body


def test_a_spanish_promise_in_the_informal_you_is_the_reps_promise_and_a_note_saying_it_was_sent_keeps_it():
    sources = [
        Source("message", 1, "Hola Maria:\n\nLa tasación sale en 480 €. Te mando mañana el informe de la zona.\n\nDana",
               MON.replace(day=16), "outbound"),
        Source("message", 2, "Dana, no me ha llegado el informe. ¿Podemos firmar antes de Navidad?\n\nMaria",
               MON.replace(day=19), "inbound"),
    ]
    _, d = draft(sources, now=TUE)
    assert "Disculpa la demora. Te envío el informe de la zona enseguida." in d.body  # it never arrived
    sent = sources + [Source("note", 3, "Enviado a Maria el informe de la zona por correo (hecho).",
                             MON.replace(hour=9), "note")]
    _, d = draft(sent, now=TUE)
    assert "Te mando" not in d.body and "Te envío" not in d.body


def test_the_reps_quote_unanswered_for_days_is_chased_and_a_fresh_one_or_a_plain_answer_is_not():
    from datetime import timedelta

    from followup.drafting.conversation import needs_follow_up_state

    quote = [Source("message", 1, "Hi Dana,\n\nWhat would a 20-year term cost?\n\nMaria", MON - timedelta(days=6),
                    "inbound"),
             Source("message", 2, "Hi Maria,\n\nA 20-year term is $1,980 a month at 5.9%.\n\nDana",
                    MON - timedelta(days=5), "outbound")]
    state = build_state(quote, TZ, MON, customer_name="Maria Lopez")
    assert needs_follow_up_state(state, quote, MON) == "offer awaiting a reply"
    fresh = build_state(quote, TZ, MON - timedelta(days=3), customer_name="Maria Lopez")
    assert needs_follow_up_state(fresh, quote, MON - timedelta(days=3)) is None
    plain = [quote[0], Source("message", 2, "Hi Maria,\n\nYes, the 20-year term has no early repayment fee.\n\nDana",
                              MON - timedelta(days=5), "outbound")]
    state = build_state(plain, TZ, MON, customer_name="Maria Lopez")
    assert needs_follow_up_state(state, plain, MON) is None


def test_content_handed_over_after_a_colon_is_no_promise_for_later():
    from followup.drafting.conversation import needs_follow_up_state

    sources = [Source("message", 1, "Hola Maria:\n\nTe paso la oferta: tasación y gestoría, 1.150 €, en 3 semanas."
                                    "\n\nDana", MON.replace(day=22), "outbound")]
    state = build_state(sources, TZ, TUE, customer_name="Maria Lopez")
    assert not state.open("commitment")
    assert needs_follow_up_state(state, sources, TUE) is None


def test_the_reps_cut_sentence_keeps_a_total_in_its_which_clause_and_both_of_its_days():
    from followup.drafting.cutting import shorten
    from followup.drafting.recap import _window

    assert shorten("Without the loft conversion GBP 9,400 comes off, which leaves GBP 61,200 all in", 24) \
        .endswith("GBP 61,200 all in")
    assert shorten("you need it soon, which is why timing matters", 12) == "you need it soon"
    cut = _window("completion before March 31 works if the survey is signed by February 12 at the latest", force=True)
    assert "March 31" in cut and "February 12" in cut


def test_a_house_number_is_no_figure_a_later_one_can_revise():
    from followup.drafting.figures import _numbers

    assert _numbers("the scaffold for 22 Mill Road stays clear of no. 24") == set()
    assert _numbers("Wartung Lindenstraße 12, Nr. 3: 2.480 € netto") == {"2480"}
    sources = [
        Source("message", 1, "Hi Maria,\n\nFor 22 Mill Road, front and rear: GBP 3,600 for the first 6 weeks.\n\nDana",
               MON.replace(day=9), "outbound"),
        Source("message", 2, "Hi Dana,\n\nThe neighbour at no. 24 objects to the rear.\n\nMaria", MON.replace(day=12),
               "inbound"),
        Source("message", 3, "Hi Maria,\n\nA narrow scaffold on the rear keeps us off no. 24, the price stays the same."
                             "\n\nDana", MON.replace(day=13), "outbound"),
    ]
    state, d = draft(sources, now=TUE)
    assert [i.status for i in state.items if "GBP 3,600" in i.quote] == ["open"]


def test_a_long_handed_over_object_before_the_colon_is_still_no_promise():
    sources = [Source("message", 1, "Hola Maria:\n\nTe envío nuestra propuesta para gestionar la hipoteca de la "
                                    "vivienda (dos titulares): 1.150 € en total.\n\nDana", MON.replace(day=22),
                      "outbound")]
    state = build_state(sources, TZ, TUE, customer_name="Maria Lopez")
    assert not state.open("commitment")


def test_a_question_that_ends_pointing_back_carries_the_sentence_it_points_to():
    sources = [Source("message", 1, "Bonjour Dana,\n\nNous voulons remplacer la chaudière de l'atelier avant "
                                    "l'hiver prochain. Si nous signons avant le 15 décembre, c'est faisable ?\n\n"
                                    "Ollie", MON, "inbound")]
    _, d = draft(sources, name="Ollie Example", subject="Chaudière")
    (slot,) = slots(d.body)
    assert "chaudière" in slot and "15 décembre" in slot


def test_a_relative_day_from_an_earlier_email_is_not_restated():
    sources = [Source("message", 1, "Hallo Dana,\n\nKönnen Sie mir morgen die Vertragsentwürfe schicken?\n\nOllie",
                      MON, "inbound"),
               Source("message", 2, "Hallo Ollie,\n\nZu den Entwürfen melde ich mich nächste Woche.\n\nDana",
                      MON.replace(hour=18), "outbound")]
    _, d = draft(sources, now=datetime(2026, 11, 30, 16), name="Ollie Example", subject="Vertrag")
    assert "Entwürfen" in d.body and "morgen" not in d.body and "nächste Woche" not in d.body


def test_terms_with_commas_of_their_own_are_joined_with_semicolons():
    from followup.drafting.draftwords import join as _join
    assert _join(["40 colours, sample box free", "Saturday install ok, £350 surcharge", "earliest 9 Jan"], "and") == \
        "40 colours, sample box free; Saturday install ok, £350 surcharge; and earliest 9 Jan"
    assert _join(["£640 fitted", "survey on Friday"], "and") == "£640 fitted and survey on Friday"


def test_a_question_after_a_dash_is_slotted_without_the_dash():
    mail = "Hi Dana,\n\nThanks for this. Also - can the forklifts go back on the floor on Monday?\n\nMaria"
    _, d = draft([Source("message", 1, mail, MON, "inbound")])
    assert "[[answer: can the forklifts go back on the floor on Monday?]]" in d.body


def test_asking_to_redo_the_figures_is_answered_by_the_reps_next_price():
    sources = [
        Source("message", 1, "Hi Dana, we are now 30 people instead of 24. Can you redo the figures?", MON, "inbound"),
        Source("message", 2, "Hi Maria, for 30 people the total is $4,100, delivered on Friday.",
               datetime(2026, 11, 23, 18), "outbound"),
    ]
    state, composed = draft(sources)
    asked = [i for i in state.items if i.kind == "question" and "redo" in i.quote]
    assert asked and asked[0].status == "answered"
    assert "redo" not in composed.body


def test_a_price_the_customer_accepted_and_the_reps_line_restates_is_said_once():
    sources = [
        Source("message", 1, "Dear Maria,\n\nAs discussed, printer toner for 40 machines: USD 19,900 per year, "
               "delivered quarterly.\n\nBest regards,\nDana", datetime(2026, 11, 16, 16), "outbound"),
        Source("message", 2, "Good day Dana,\n\nWe have reviewed your offer. Kindly go down to USD 18,000 as "
               "another vendor has offered us.\n\nRegards,\nMaria", datetime(2026, 11, 17, 16), "inbound"),
        Source("message", 3, "Dear Maria,\n\nFor 60 machines we can do USD 18,400 per year, same toner, delivered "
               "quarterly.\n\nBest regards,\nDana", datetime(2026, 11, 18, 16), "outbound"),
        Source("message", 4, "Dear Dana,\n\nWe accept USD 18,400 per year for 60 machines. Please send the "
               "contract for signing.\n\nRegards,\nMaria", datetime(2026, 11, 23, 18), "inbound"),
    ]
    _, composed = draft(sources)
    assert composed.body.count("18,400") == 1
    # the acceptance's line says what was accepted (a go-ahead: the contract is still to sign), and the rep's offer it
    # accepted is not said again beside it
    assert "Great to hear you're going ahead at USD 18,400 per year for 60 machines." in composed.body
    assert "we can do" not in composed.body


def test_the_agreed_delivery_time_is_not_said_again_as_the_reps_own_line():
    sources = [
        Source("message", 1, "Hi Dana, can you deliver the chairs next week?", MON, "inbound"),
        Source("message", 2, "Hi Maria, the 60 chairs come to $2,950. Delivery stays 2 December by 14:00 at the "
               "back entrance.", datetime(2026, 11, 23, 18), "outbound"),
        Source("message", 3, "Great, and can your driver take away the old chairs?", datetime(2026, 11, 24, 9),
               "inbound"),
    ]
    _, composed = draft(sources)
    assert composed.body.count("14:00") == 1


def test_a_french_price_question_in_the_conditional_is_answered_by_the_reps_figure():
    sources = [
        Source("message", 1, "Bonjour, nous voulons repeindre la façade du magasin. Ça coûterait combien pour "
               "120 m² ?", MON, "inbound"),
        Source("message", 2, "Bonjour, pour 120 m² de façade : 4 300 € HT, échafaudage compris.",
               datetime(2026, 11, 23, 18), "outbound"),
    ]
    state, _ = draft(sources, name="Claire Dubois", subject="Façade")
    asked = [i for i in state.items if i.kind == "question"]
    assert asked and all(i.status == "answered" for i in asked)


def test_a_notes_condition_with_a_day_that_reads_as_no_you_sentence_is_said_as_its_clause():
    """"Only window is their summer shutdown, June 14-25": not turned to "you ...", still the day the work must fit."""
    sources = [Source("note", 1, "Call with Dale Price re lane resurfacing. 16 lanes, wood. Pitched full sand + "
                                 "refinish, $2,150/lane. Only window is their summer shutdown, June 14-25.", MON, "note")]
    state = build_state(sources, TZ, TUE, customer_name="Dale Price")
    window = [i for i in state.items if "June 14-25" in i.quote]
    assert [(i.kind, i.text) for i in window] == [("constraint", "")]
    body = compose_state(state, customer_name="Dale Price", thread_subject="", rep=DANA).body
    assert "June 14-25" in body


GENSET = [
    Source("message", 1, "Hi Dana,\n\nWhat would a maintenance plan for our two standby gensets cost?\n\nRuth",
           MON.replace(hour=14), "inbound"),
    Source("message", 2, "Hi Ruth,\n\nFor both 500 kVA units our monthly plan is $3,850, covering a monthly inspection "
           "and run test, and a 4-hour emergency response anywhere in the metro area.\n\nDana",
           MON.replace(hour=17), "outbound"),
]


def test_the_reps_long_offer_line_is_said_whole_when_the_draft_has_room_and_cut_when_it_has_not():
    _, d = draft(GENSET, name="Ruth Okafor")
    assert "$3,850" in d.body and "4-hour emergency response" in d.body  # its tail is part of the offer
    state = build_state(GENSET, TZ, TUE, customer_name="Ruth Okafor")
    tight = compose_state(state, customer_name="Ruth Okafor", thread_subject="Gensets", rep=DANA,
                          max_words=45)
    assert "$3,850" in tight.body and "4-hour emergency response" not in tight.body


def test_a_term_whose_figures_the_recap_already_says_is_not_confirmed_again():
    from followup.drafting.draftwords import counted as _counted

    said = "For 10 fans the price is USD 39,400, installation still 18-29 January."
    assert _counted("the installation is 18-29 January") <= _counted(said)
    assert not _counted("We carry £10m public liability") <= _counted(said + " Delivery in 10 weeks.")


def test_a_wish_to_know_if_is_asked_as_a_direct_question_in_its_slot():
    """"I want to know if your technician can come on Saturday" is slotted as "can our technician come on Saturday?";
    a main verb that cannot lead a question keeps "whether"."""
    asked = [Source("message", 1, "Dear Dana,\n\nAlso I want to know if your technician can come on Saturday.\n\nMaria",
                    MON, "inbound")]
    _, made = draft(asked)
    assert slots(made.body) == ["[[answer: can our technician come on Saturday?]]"]
    asked = [Source("message", 1, "Dear Dana,\n\nI want to know if your crew has the safety training.\n\nMaria",
                    MON, "inbound")]
    _, made = draft(asked)
    assert slots(made.body) == ["[[answer: whether our crew has the safety training?]]"]


def test_a_note_of_news_the_customer_has_still_to_hear_is_not_thanked_as_a_call():
    sources = [Source("message", 1, "Hi Dana,\n\nPlease find our PO 331. When can you install?\n\nMaria",
                      datetime(2026, 11, 12, 16), "inbound"),
               Source("note", 2, "Shipment cleared port today. Install possible Tue 1 Dec. Must send it out.",
                      datetime(2026, 11, 23, 16), "note")]
    body = draft(sources)[1].body
    assert "call" not in body.split("\n\n")[1].split(".")[0].lower()
    assert body.split("\n\n")[1].startswith("Thanks for your note")


@pytest.mark.parametrize("before, question, word", [
    ("Before 3 January we need a separate VLAN for our team.", "Can your IT do this, and can I come on 20 December "
     "to install our switch?", "VLAN"),
    ("Wir brauchen vor dem 3. Januar ein eigenes VLAN für unser Team.", "Geht das, und kann ich am 20. Dezember "
     "unseren Switch einbauen?", "VLAN"),
])
def test_a_long_question_whose_first_clause_ends_on_this_gets_what_this_is(before, question, word):
    sources = [Source("message", 1, f"Hi Dana,\n\n{before} {question}\n\nMaria", datetime(2026, 11, 23, 16),
                      "inbound")]
    body = draft(sources)[1].body
    assert word in "".join(slots(body))


def test_what_a_colleague_says_of_themselves_is_not_said_to_the_customer_greeted_beside_them():
    """'I am legal counsel' from Fernanda's own email is not told to Rafael as 'you are legal counsel' (blind
    heldout27); her request is still answered and she is greeted beside him."""
    sources = [Source("message", 1, "Hi Dana,\n\nCan you start on 12 June?\n\nThank you!\nRafael", MON, "inbound"),
               Source("message", 2, "Dear Dana,\n\nI am legal counsel at Pagaleve and I will review the NDA. Could "
                      "you send it in Word format?\n\nKind regards,\nFernanda Lima\nLegal Counsel",
                      MON.replace(hour=18), "inbound")]
    _, d = draft(sources, name="Rafael Costa")
    assert d.body.split("\n")[0].endswith(" Rafael and Fernanda,")
    assert "legal counsel" not in d.body.lower()


def test_a_request_for_names_by_a_day_is_asked_in_its_slot_and_not_also_noted_back():
    sources = [Source("message", 1, "Hi Dana,\n\nWe accept the offer. The front desk needs the names of the "
                      "appraisers for visitor passes by Friday, November 27.\n\nOllie", MON, "inbound")]
    _, d = draft(sources, name="Ollie Example", subject="Appraisal")
    assert any("names of the appraisers" in s for s in slots(d.body))
    assert d.body.count("names of the appraisers") == 1


TRUCKS = [
    Source("message", 1, "Hi Dana,\n\nWhat would it cost to lease three reefer trucks for the summer season? We need "
           "them in Joliet from June 1. Do they come with a driver?\n\nRuth", MON.replace(hour=14), "inbound"),
    Source("message", 2, "Hi Ruth,\n\nThree 26 ft reefer trucks are $4,200 per truck per month. The deposit is "
           "$2,000 per truck.\n\nDana", MON.replace(hour=17), "outbound"),
    Source("message", 3, "Hi Dana,\n\nThat works for us. Can the first truck come a week early, on May 25, to the "
           "cold store on the east side of the yard in Joliet? And is the deposit refundable if the summer season is "
           "cancelled by the city council for any reason?\n\nRuth", TUE.replace(hour=9), "inbound"),
]


def test_a_draft_over_the_length_only_by_its_slots_loses_its_closing_pleasantry_not_a_figure():
    """The slots' long questions push it over: the figures in force stay, and the close that honours no wish goes."""
    state = build_state(TRUCKS, TZ, TUE, customer_name="Ruth Okafor")
    full = compose_state(state, customer_name="Ruth Okafor", thread_subject="Trucks", rep=DANA)
    close = full.body.split("\n\n")[-2]
    assert "[[" not in close and "$2,000" in full.body
    tight = compose_state(state, customer_name="Ruth Okafor", thread_subject="Trucks", rep=DANA,
                          max_words=words(full.body) - 3)
    assert tight.body == full.body.replace(close + "\n\n", "")

"""A question asked again after the rep's note found its answer: the note's finding is said, never a slot."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source
from followup.drafting.untold import _words, answer_line, covered, finding, reminder_topic, with_verb, yes_on_topic

TZ = "Europe/Berlin"
REP = RepProfile("Jo Brenner", "jo@kaltwerk.example", "Jo Brenner\nKaltwerk")


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 11, day, hour)


def draft(sources, name="Ola Berg", subject="Cold room"):
    state = build_state(sources, TZ, at(27), customer_name=name)
    return compose_state(state, customer_name=name, thread_subject=subject, rep=REP)


def test_a_reminder_names_its_topic_in_each_language():
    assert reminder_topic("Still you did not say me about Hebrew voice.", "en") == "Hebrew voice"
    assert reminder_topic("We are still waiting to hear about the warranty.", "en") == "the warranty"
    assert reminder_topic("Unser Chef fragt immer noch nach der Schulung.", "de") == "der Schulung"
    assert reminder_topic("Noch keine Rückmeldung zur Garantie.", "de") == "Garantie"
    assert reminder_topic("Todavía no sé nada de la garantía.", "es") == "la garantía"
    assert reminder_topic("Nous n'avons toujours pas de réponse sur la garantie.", "fr") == "la garantie"
    assert reminder_topic("Hugo sigue preguntando por la garantía.", "es") == "la garantía"
    assert reminder_topic("We still need 40 units.", "en") == ""


def test_a_notes_finding_loses_its_label_and_brackets():
    topic = _words("is Hebrew voice supported?")
    assert finding("Mfr confirmed: Hebrew voice supported from firmware 4.2 (ships with it).", topic) == \
        "Hebrew voice supported from firmware 4.2"
    assert finding("Intern mit Nadine (Schulungen): Teamschulung möglich, Di 19.9.", _words("Schulung")) == \
        "Teamschulung möglich, Di 19.9"


def test_a_call_record_or_a_check_still_to_make_is_no_finding():
    topic = _words("réassort en novembre")
    assert finding("Elle demande si réassort possible en novembre -> à vérifier avec l'usine.", topic) == ""
    assert finding("Le dije que confirmo stock el lunes.", _words("stock")) == ""
    assert finding("Hebrew voice: check with mfr.", _words("Hebrew voice")) == ""


def test_a_finding_must_answer_all_the_question_asks():
    assert covered("Wie steht es mit der Schulung?", "Teamschulung möglich, Di 19.9.")
    assert not covered("Devon asks if the tasting Saturdays can be 2 and 9 December.",
                       "End-cap for Dec: yes, we supply the display + tasting on 2 Saturdays.")


def test_the_answer_names_its_topic_when_the_finding_does_not():
    topic = _words("garantía")
    assert answer_line("12 meses, cambio directo en tienda", "la garantía", topic, "es") == \
        "Sobre la garantía: 12 meses, cambio directo en tienda."
    assert answer_line("Hebrew voice supported", "Hebrew voice", _words("Hebrew voice"), "en") == \
        "Hebrew voice is supported."
    assert answer_line("45 Min., kostenlos", "der Schulung", _words("Schulung"), "de") == \
        "Zum Thema Schulung: 45 Min., kostenlos."


def test_a_reminder_after_the_notes_finding_is_answered_with_it():
    sources = [Source("message", 1, "Hi Jo,\n\nPrice for 4 cold rooms? And is remote monitoring included?\n\nOla",
                      at(2), "inbound"),
               Source("message", 2, "Hi Ola,\n\n4 cold rooms: EUR 9,800 each. I'll check the monitoring question "
                                    "with the factory.\n\nJo", at(3), "outbound"),
               Source("note", 3, "Factory confirmed: remote monitoring included via the KW app, 2 years free.",
                      at(10), "note"),
               Source("message", 4, "Hi Jo,\n\nWe take 4 at EUR 9,800. Please send the order form. Still you did "
                                    "not tell me about remote monitoring.\n\nOla", at(26), "inbound")]
    body = draft(sources).body
    assert "Remote monitoring is included via the KW app, 2 years free." in body
    assert "[[answer" not in body and "Factory confirmed" not in body


def test_a_question_asked_again_is_answered_by_the_note_not_slotted_in_german():
    sources = [Source("message", 1, "Guten Tag Herr Brenner\n\nGibt es eine Schulung für unser Team?\n\nOla Berg",
                      at(2), "inbound"),
               Source("message", 2, "Guten Tag Frau Berg\n\nZur Schulung melde ich mich noch.\n\nJo Brenner", at(3),
                      "outbound"),
               Source("note", 3, "Intern mit Tom: Teamschulung vor Ort möglich, 45 Min., kostenlos.", at(10), "note"),
               Source("message", 4, "Guten Tag Herr Brenner\n\nWie steht es mit der Schulung?\n\nOla Berg", at(26),
                      "inbound")]
    body = draft(sources).body
    assert "Teamschulung vor Ort ist möglich, 45 Min., kostenlos." in body
    assert "[[answer" not in body


def test_a_reminder_relayed_in_spanish_gets_the_visits_answer():
    sources = [Source("note", 1, "Visita con Ola y su socio Hugo. Hugo pregunta por garantía: 12 meses, cambio directo "
                                 "en tienda (confirmado con Sandra). Enviar cotización formal.", at(2), "note"),
               Source("message", 2, "Hola Ola:\n\nAdjunto la cotización: 4 cámaras a 9.800 €.\n\nJo", at(3),
                      "outbound"),
               Source("message", 3, "Hola Jo:\n\nAprobada la cotización. ¿Nos mandas la factura? Hugo sigue "
                                    "preguntando por la garantía.\n\nOla", at(26), "inbound")]
    body = draft(sources, subject="Cámaras").body
    assert "Sobre la garantía: 12 meses, cambio directo en tienda." in body
    assert "Sandra" not in body


def test_a_new_question_on_the_notes_topic_stays_a_slot():
    sources = [Source("message", 1, "Bonjour Jo,\n\nEst-ce que vous faites la formation de l'équipe ?\n\nOla",
                      at(2), "inbound"),
               Source("note", 2, "Formation : sur place, 2 heures, gratuite.", at(10), "note"),
               Source("message", 3, "Bonjour Jo,\n\nLa formation peut-elle avoir lieu le 3 et le 4 décembre ?\n\nOla",
                      at(26), "inbound")]
    body = draft(sources, subject="Chambre froide").body
    assert "[[answer" in body and "sur place, 2 heures, gratuite" not in body


def test_a_finding_an_email_already_told_is_not_said_again():
    sources = [Source("message", 1, "Hi Jo,\n\nIs remote monitoring included?\n\nOla", at(2), "inbound"),
               Source("note", 2, "Factory confirmed: remote monitoring included via the KW app.", at(10), "note"),
               Source("message", 3, "Hi Ola,\n\nGood news: remote monitoring is included via the KW app.\n\nJo",
                      at(11), "outbound"),
               Source("message", 4, "Hi Jo,\n\nStill no word on remote monitoring from your side? Please send the "
                                    "order form.\n\nOla", at(26), "inbound")]
    body = draft(sources).body
    assert "remote monitoring included via the KW app." not in body


def test_a_reminder_with_the_bare_verb_names_its_topic():
    assert _words(reminder_topic("And still I wait for answer about the demo kit.", "en")) == {"demo"}
    assert reminder_topic("We still ask about the warranty.", "en") == "the warranty"


def test_a_verbless_outcome_gets_its_verb_in_each_language():
    assert with_verb("demo kit for staff clinic free, ships with order", "en") == \
        "demo kit for staff clinic is free and ships with order"
    assert with_verb("Schulung kostenlos", "de") == "Schulung ist kostenlos"
    assert with_verb("formation offerte 12 mois", "fr") == "formation est offerte 12 mois"
    assert with_verb("formación gratis", "es") == "formación es gratis"
    assert with_verb("instalación incluida", "es") == "instalación está incluida"
    assert with_verb("the kit is free", "en") == "the kit is free"  # a verb already: as the note has it
    assert with_verb("samples free, ship with order", "en") == "samples are free, ship with order"


def test_a_yes_with_figures_is_said_with_what_was_asked():
    assert yes_on_topic("three instalments", "yes, 40/30/30", "en") == "About three instalments: yes, 40/30/30."
    assert yes_on_topic("die Ratenzahlung", "ja, 3 x 1.200 €", "de") == "Zum Thema Ratenzahlung: ja, 3 x 1.200 €."
    assert yes_on_topic("three instalments", "yes, 40/30/30 with a bank guarantee", "en") == ""
    assert yes_on_topic("", "yes, 40/30/30", "en") == ""


def test_a_verbless_approval_in_a_note_answers_the_reminder():
    sources = [Source("message", 1, "Hi Jo,\n\nCould we get a demo kit for our staff clinic?\n\nOla", at(2), "inbound"),
               Source("note", 2, "Call Ola. Asked if demo kit for staff clinic possible -> check with marketing.",
                      at(3), "note"),
               Source("message", 3, "Hi Ola,\n\n4 cold rooms: EUR 9,800 each.\n\nJo", at(4), "outbound"),
               Source("note", 4, "Marketing ok: demo kit for staff clinic free, ships with order.", at(10), "note"),
               Source("message", 5, "Hi Jo,\n\nWe order 4. And still I wait for answer about the demo kit.\n\nOla",
                      at(26), "inbound")]
    body = draft(sources).body
    assert "Demo kit for staff clinic is free and ships with order." in body
    assert "Marketing ok" not in body and "check with marketing" not in body


def test_a_question_answered_after_a_check_on_the_call_is_said_not_slotted():
    sources = [Source("message", 1, "Dear Jo,\n\nCan you offer payment in three instalments?\n\nOla", at(2),
                      "inbound"),
               Source("note", 2, "Call w/ Ola. She asked about three instalments - checked with finance: yes, "
                                 "40/30/30.", at(10), "note")]
    body = draft(sources).body
    assert "40/30/30" in body and "[[answer" not in body and "finance" not in body

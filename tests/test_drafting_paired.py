"""A call note's answer after its arrow closes the question it answers; a bare "yes, we issue" is said whole."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.paired import arrow_units
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
    assert "[[answer: can I hold it if you pay the deposit only in January?]]" in body


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

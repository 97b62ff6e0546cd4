"""A stated call time or channel is the preference of the person who stated it, not of the customer who wrote last."""
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.sentences import Source

NOW = datetime(2026, 6, 10, 9)


def _prefs(sources, customer):
    state = build_state(sources, "Europe/Berlin", NOW, customer_name=customer)
    return [i.quote for i in state.open("preference")]


def _mail(i, text, day):
    return Source("message", i, text, datetime(2026, 6, day, 9), "inbound")


CHAIR = ("Hallo Herr Brand,\n\ndanke für das Angebot.\n\nBitte rufen Sie mich abends an, tagsüber bin ich im Büro.\n\n"
         "Viele Grüße\nOtto Kern\nVorsitzender")
TREASURER = "Guten Tag Herr Brand,\n\nder Vorstand hat zugestimmt.\n\nViele Grüße\nAnna Fuchs\nKassenwartin"


def test_a_colleagues_call_time_is_not_the_customers():
    """The chairman asked for evening calls; the treasurer who wrote last did not."""
    assert not _prefs([_mail(1, CHAIR, 1), _mail(2, TREASURER, 5)], "Anna Fuchs")


def test_the_customers_own_call_time_is_kept():
    assert _prefs([_mail(1, CHAIR, 1), _mail(2, TREASURER, 5)], "Otto Kern")


def test_a_note_about_another_person_gives_the_customer_no_call_time():
    """"Tel. Hr. Kern ... Anrufe am liebsten abends" is Mr Kern's wish; his treasurer is not called in the evening."""
    note = Source("note", 3, "Tel. Hr. Kern. Anrufe am liebsten abends nach 18 Uhr.", datetime(2026, 6, 3, 9), "note")
    assert not _prefs([note, _mail(2, TREASURER, 5)], "Anna Fuchs")
    assert _prefs([note, _mail(2, TREASURER.replace("Anna Fuchs", "Otto Kern"), 5)], "Otto Kern")


def test_a_customer_stored_under_another_name_keeps_every_preference():
    """Where no email is signed with the customer's name the names cannot be compared: nothing is dropped."""
    assert _prefs([_mail(1, CHAIR, 1)], "Vereinsbüro")


def test_a_note_sentence_with_a_colleague_as_its_subject_is_theirs():
    """"Otto prefers calls after 6pm" in a note is Otto's wish, whoever else the note names."""
    note = Source("note", 3, "Call with Otto and Anna Fuchs. Otto prefers calls after 6pm.", datetime(2026, 6, 3, 9),
                  "note")
    assert not _prefs([note, _mail(2, TREASURER, 5)], "Anna Fuchs")


def test_a_note_speaking_of_the_customer_as_he_or_she_is_the_customers():
    """"Er will Rückruf am Abend": the pronoun is the customer the note is about, their wish holds."""
    note = Source("note", 3, "Er will Rückruf am Abend.", datetime(2026, 6, 3, 9), "note")
    assert _prefs([note, _mail(2, TREASURER.replace("Anna Fuchs", "Otto Kern"), 5)], "Otto Kern")


def test_a_colleague_who_wrote_the_newest_email_keeps_their_call_time():
    """The draft answers the one who wrote last: the chairman's evening calls hold when his email is the newest."""
    assert _prefs([_mail(1, TREASURER, 1), _mail(2, CHAIR, 5)], "Anna Fuchs")

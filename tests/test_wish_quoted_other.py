"""Opt-out words quoted from a third party after a line introducing them are no certain opt-out of the rep
(followup.text.wish_quoted_other); the writer's own words quoted, or said plainly, still are."""
from datetime import datetime

import pytest

from followup.text.wish_quoted_other import quoted_from_other
from followup.text.wishes import detect_wishes

SENT = datetime(2031, 3, 4, 9, 0)
ZONE = "Europe/Vienna"


def _wishes(text: str) -> list[tuple[str, bool]]:
    """(kind, certain) of every wish detect_wishes reads in text."""
    return [(w.kind, w.certain) for w in detect_wishes(text, SENT, ZONE)]


@pytest.mark.parametrize("text", [
    'Quick one for your help desk. A carrier of ours wrote to our dispatcher on Monday:\n\n'
    '"Remove us from your mailing list and never phone our depot again."\n\nCan your tool block a contact like that?',
    'Ein Spediteur hat uns gestern geschrieben:\n„Bitte rufen Sie uns nicht mehr an.“\nKann Ihr Programm das sperren?',
    'Un transporteur nous a écrit :\n« Ne nous appelez plus jamais. »\nVotre logiciel sait-il bloquer ce contact ?',
    'Un transportista nos escribió:\n"Por favor, no nos llamen más."\n¿Su programa puede bloquear ese contacto?',
    'Un trasportatore ci ha scritto:\n"Non chiamateci più."\nIl vostro programma può bloccarlo?',
    'Um transportador escreveu-nos:\n"Não nos liguem mais."\nO vosso programa consegue bloquear isso?',
    'Een vervoerder schreef ons:\n"Bel ons alstublieft niet meer."\nKan uw programma dat blokkeren?',
])
def test_words_sent_to_the_writers_side_are_no_wish(text):
    assert _wishes(text) == []


def test_words_quoted_from_someone_to_anyone_are_at_most_asked():
    text = 'Our haulier Brakes Ltd wrote this:\n"Do not contact us again."\nHow would your CRM record that?'
    assert all(not certain for _, certain in _wishes(text))


@pytest.mark.parametrize("text", [
    "Please do not contact us again.",
    'Please understand my answer: no more calls.',
])
def test_the_writers_own_refusal_stays(text):
    assert ("do_not_contact", True) in _wishes(text)


def test_the_writers_own_words_quoted_again_are_not_someone_elses():
    text = 'As I wrote last week:\n"Please do not contact us again."'
    sentence = '\n"Please do not contact us again.'
    assert quoted_from_other(sentence, text.index(sentence), text) is None


def test_a_quotation_without_an_introducing_line_is_no_third_partys():
    text = 'He asked what I think. "Maybe later."'
    assert quoted_from_other(' "Maybe later.', text.index(' "Maybe'), text) is None


@pytest.mark.parametrize("text", [
    'Call note 12/03 - Ms. Irma Lutz, Lutz Bakeries. She said: "Give me till the end of the month, please."',
    'Spoke to Rafael Ortiz today. He told me: "Leave it with me for two weeks."',
    'Telefonnotiz: Herr Kranz. Er sagte: „Geben Sie mir zwei Wochen Zeit.“',
])
def test_the_person_called_quoted_in_a_call_note_speaks_for_themselves(text):
    assert ("quiet", True) in _wishes(text)


def test_a_call_note_quoting_someone_else_of_the_customer_is_still_someone_elses():
    text = 'Call note - spoke to Ann at Dalton Ltd. Her boss said:\n"Do not contact us again."'
    assert ("do_not_contact", True) not in _wishes(text)


def test_a_pronoun_quoted_outside_a_call_note_is_still_a_third_party():
    text = 'A supplier of ours wrote last week. She said:\n"Please do not contact us again."'
    assert _wishes(text) == [("do_not_contact", False)]

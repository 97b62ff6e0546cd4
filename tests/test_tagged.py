"""Tests for followup.drafting.tagged: a tag asking agreement to the customer's word on when to go on."""
import pytest

from followup.drafting.reading import sentence_kind
from followup.drafting.tagged import untagged


@pytest.mark.parametrize("sentence", [
    "Escríbeme a partir del 17 de julio y lo vemos con calma, ¿vale?",
    "Hasta que no vuelva el equipo no podemos decidir nada: hablamos a partir del 6 de septiembre, ¿vale?",
    "Write to me from 17 July, ok?",
    "Get back to me after the 17th, okay?",
    "Let's talk again in September, alright?",
    "Schreiben Sie mir ab dem 17. Juli, gell?",
    "Melden Sie sich bitte nach den Ferien wieder, okay?",
    "Écrivez-moi à partir du 17 juillet, d'accord ?",
    "On en reparle à la rentrée, oui ?",
    "Recontactez-moi après le 17 juillet, n’est-ce pas ?",
])
def test_tag_after_a_word_on_when_to_go_on_asks_nothing(sentence):
    assert "?" not in untagged(sentence)
    assert sentence_kind(sentence, "inbound") != "question"


@pytest.mark.parametrize("sentence", [
    "The price includes printing, right?",
    "Das Angebot gilt bis 30. Juni, gell?",
    "Le prix comprend la TVA, n'est-ce pas ?",
    "El precio incluye la impresión, ¿verdad?",
    "Our accountant can hand over on 3 September, is this ok?",
    "Can you write to me after the 17th, ok?",
    "Und statt Heidekraut lieber einen Kupferfirst, der hält länger, oder?",
])
def test_a_real_question_keeps_its_tag(sentence):
    assert untagged(sentence) == sentence
    assert sentence_kind(sentence, "inbound") == "question"


def test_a_word_ending_like_a_tag_is_no_tag():
    assert untagged("Escríbeme sobre la une?") == "Escríbeme sobre la une?"

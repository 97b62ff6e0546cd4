"""A customer's "not now", the time called wrong and "maybe next year" in the six other languages
(followup/text/wish_not_now_abroad.py)."""
from datetime import datetime

import pytest

from followup.text.wish_not_now_abroad import not_now_abroad
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)  # Tuesday 09:00 in Chicago


@pytest.mark.parametrize("sentence", [
    "Hola Andrés, por ahora no.",  # bare "not for now"
    "Gracias, pero de momento no.",
    "Per ora no, grazie.",
    "Pas pour le moment, nous avons d'autres priorités.",
    "We hebben het intern besproken: voorlopig even niet, we hebben andere prioriteiten.",
    "De momento no vamos a seguir adelante; si cambia algo te escribo yo.",  # "for now" beside the refusal
    "No momento não vamos seguir com a compra.",
    "Neste momento não vamos avançar com a encomenda das vitrines refrigeradas.",
    "Por lo pronto no vamos a avanzar con la instalación de los paneles.",
    "Hemos decidido no hacer la inversión de momento; la vendimia ha sido corta.",
    "Decidimos não avançar de momento; a câmara municipal congelou novas despesas.",
    "Guten Tag, im Moment passt es leider nicht, wir haben gerade andere Prioritäten.",  # the German word order
    "Le magasin a pris cher cet été, on ne commande rien de neuf pour l'instant.",
    "Buongiorno, non è il momento giusto per noi.",  # the time called wrong
    "Ce n'est pas le bon moment pour nous, nous avons d'autres priorités en ce moment.",
    "Quizás el año que viene.",  # maybe next year
    "Vielleicht kommen wir im nächsten Jahr darauf zurück.",
    "Talvez voltemos a falar no próximo ano.",
    "Magari l'anno prossimo ne riparliamo.",
])
def test_not_now_abroad_is_a_pause(sentence):
    assert not_now_abroad(sentence)


@pytest.mark.parametrize("sentence", [
    "Im Moment nicht, ich bin in einer Besprechung, rufen Sie mich in einer Stunde an.",  # busy now, call back
    "De momento no, estoy en una reunión, llámame en una hora.",
    "Per ora no, sono in riunione: mi richiami tra un'ora.",
    "Pas pour le moment, je suis en réunion, rappelez-moi dans une heure.",
    "De momento no hay ningún problema con la entrega.",  # nothing wrong
    "Al momento non sono in ufficio.",  # someone away
    "Per ora non procediamo con il pagamento finché non arriva la fattura.",  # a payment held
    "Si por ahora no avanzamos, te aviso.",  # a condition
    "¿De momento no vamos a seguir adelante?",  # a question
    "Vielleicht nächstes Jahr bestellen wir mehr, aber jetzt nehmen wir 20 Stück.",  # the deal goes on now
    "Not right now, I'm in a meeting, call me back in an hour.",  # English: read by wish_pause's own rules
    "Unsere Kunden brauchen das im Moment nicht.",  # the customer's own customers
    "Aktuell haben wir keinen Bedarf.",  # no need of one thing: asked (tests/test_wishes.py)
])
def test_look_alikes_of_not_now_abroad_are_no_pause(sentence):
    assert not not_now_abroad(sentence)


def test_not_now_abroad_is_a_certain_pause_of_the_message():
    wishes = detect_wishes("Hola Diego,\nDe momento no vamos a hacer ningún cambio. Quizás el año que viene.\n"
                           "Un abrazo,\nLucía", SENT, "America/Chicago")
    assert {(w.kind, w.certain) for w in wishes} == {("paused", True)}


def test_a_busy_not_now_abroad_pauses_nobody_for_certain():
    wishes = detect_wishes("Im Moment nicht, ich bin in einer Besprechung, rufen Sie mich in einer Stunde an.", SENT,
                           "Europe/Berlin")
    assert not [w for w in wishes if w.kind == "paused" and w.certain]


class _Unasked:
    """A guard that fails the test when it is searched."""

    def search(self, *args):
        raise AssertionError("guard searched in a sentence that says no 'not now'")


def test_guards_only_asked_after_a_not_now(monkeypatch):
    """The look-alike guards (no needle test of their own) are searched only where a "not now" was said."""
    from followup.text import wish_not_now_abroad

    monkeypatch.setattr(wish_not_now_abroad, "_NOT_THIS", _Unasked())
    monkeypatch.setattr(wish_not_now_abroad, "NOT_A_PAUSE", _Unasked())
    assert not not_now_abroad("Vielen Dank für das Angebot, ich lese es heute Abend.")


@pytest.mark.parametrize("sentence", [
    "Per quest'anno non ne facciamo nulla, del nuovo forno.",
    "Dieses Jahr passt es leider nicht.",
    "Pour cette année, on ne commande rien.",
    "Este año no vamos a avanzar con la reforma.",
    "Este ano não vamos comprar nada.",
    "Dit jaar niet, bedankt.",
])
def test_this_year_refused_abroad_is_not_now(sentence):
    assert not_now_abroad(sentence)


@pytest.mark.parametrize("sentence", [
    "Dieses Jahr hatten wir keine Probleme mit der Anlage.",
    "Este año no hemos tenido ninguna queja.",
    "Quest'anno non abbiamo avuto problemi con le consegne.",
])
def test_this_year_told_of_is_no_pause_abroad(sentence):
    assert not not_now_abroad(sentence)

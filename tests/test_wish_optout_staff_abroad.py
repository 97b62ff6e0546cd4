"""An organisation's people said again as "us" in six languages (followup.text.wish_optout_staff_abroad)."""
import pytest

from followup.text.wish_optout_staff_abroad import routed_abroad, staff_abroad


@pytest.mark.parametrize(("sentence", "as_us"), [
    ("Bitte kontaktieren Sie unsere Mitarbeiter nicht mehr.", "Bitte kontaktieren Sie uns nicht mehr."),
    ("Bitte kontaktieren Sie keinen unserer Mitarbeiter mehr.", "Bitte kontaktieren Sie uns nicht mehr."),
    ("Jede Kontaktaufnahme mit unseren Mitarbeitern ist zu unterlassen.", "Jede Kontaktaufnahme mit uns ist zu unterlassen."),
    ("Ne contactez plus nos employés.", "Ne nous contactez plus."),
    ("Merci de ne plus contacter nos collaborateurs.", "Merci de ne plus nous contacter."),
    ("No vuelvan a contactar a nuestros empleados.", "No vuelvan a contactarnos."),
    ("No llamen más a nuestro personal.", "No nos llamen más."),
    ("Non contattate più i nostri dipendenti.", "Non ci contattate più."),
    ("Vi preghiamo di non contattare il nostro personale.", "Vi preghiamo di non contattarci."),
    ("Não contactem mais os nossos colaboradores.", "Não nos contactem mais."),
    ("Benader onze medewerkers niet meer.", "Benader ons niet meer."),
    ("Neem geen contact meer op met onze medewerkers.", "Neem geen contact meer op met ons."),
])
def test_the_people_become_us(sentence, as_us):
    assert staff_abroad(sentence) == as_us


@pytest.mark.parametrize("sentence", [
    "Unsere Mitarbeiter werden Sie anrufen.",  # the people as subject
    "Meine Kollegen sind im Urlaub.",
    "Nos employés sont en vacances.",
    "Please do not contact our employees.",  # English: wish_optout_staff's own rule
])
def test_no_people_aimed_at(sentence):
    assert staff_abroad(sentence) is None


@pytest.mark.parametrize("text", ["Wenden Sie sich an mich.", "Écrivez-moi directement.", "Escríbame, por favor.",
                                  "Scrivetemi.", "Escreva-me.", "Neem contact op met mij."])
def test_a_way_in_offered(text):
    assert routed_abroad(text)


def test_no_way_in():
    assert not routed_abroad("Ne contactez plus nos employés, merci.")

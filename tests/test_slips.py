"""A sentence's note shorthand and possessive slips mended, a sentence a cut left without its clause left out."""
from __future__ import annotations

import pytest

from followup.drafting.slips import slipped


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("Ich schicke Ihnen vorab Ihre Stornobedingungen.", "de", "Ich schicke Ihnen vorab unsere Stornobedingungen."),
    ("Je vous envoie votre Kbis et une attestation d'assurance.", "fr",
     "Je vous envoie notre Kbis et une attestation d'assurance."),
    ("I'll send you your trade licence.", "en", "I'll send you our trade licence."),
    ("Je vous envoie votre facture.", "fr", "Je vous envoie votre facture."),
    ("Ich schicke Ihnen Ihr Angebot.", "de", "Ich schicke Ihnen Ihr Angebot."),
])
def test_the_reps_own_papers_are_sent_as_ours(sentence, language, said):
    assert slipped(sentence, language) == said


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("Je vous envoie offre révisée et fiche technique après le 15.", "fr",
     "Je vous envoie l'offre révisée et la fiche technique après le 15."),
    ("Je vous envoie devis et programme aujourd'hui.", "fr", "Je vous envoie le devis et le programme aujourd'hui."),
    ("Le envío ficha técnica y video hoy.", "es", "Le envío la ficha técnica y el video hoy."),
    ("Le envío el presupuesto hoy.", "es", "Le envío el presupuesto hoy."),
])
def test_a_bare_noun_sent_gets_its_article(sentence, language, said):
    assert slipped(sentence, language) == said


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("You need training for 30 ppl.", "en", "You need training for 30 people."),
    ("You'd like dates in 2nd half of Sept, not Mondays.", "en",
     "You'd like dates in the second half of September, not Mondays."),
    ("Der Preis beträgt 780 € pauschal bis 15 Pers.", "de", "Der Preis beträgt 780 € pauschal bis 15 Personen."),
    ("Le prix est de 900 € pour 12 pers.", "fr", "Le prix est de 900 € pour 12 personnes."),
    ("El precio es de 900 € hasta 12 pers.", "es", "El precio es de 900 € hasta 12 personas."),
])
def test_a_notes_people_and_months_are_written_out(sentence, language, said):
    assert slipped(sentence, language) == said


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("Erhalten Sie das überarbeitete Angebot.", "de", "Sie erhalten das überarbeitete Angebot."),
    ("Wir sind ermächtigte Stelle.", "de", "Wir sind eine ermächtigte Stelle."),
    ("Wir sind zertifizierter Fachbetrieb.", "de", "Wir sind ein zertifizierter Fachbetrieb."),
    ("Oui, salle fournie par eux.", "fr", "Oui, salle fournie par vous."),
    ("I'll send you the also copy of our licence.", "en", "I'll also send you the copy of our licence."),
    ("The start is 1 October works.", "en", "The start on 1 October works."),
])
def test_a_notes_word_order_and_persons_are_mended(sentence, language, said):
    assert slipped(sentence, language) == said


@pytest.mark.parametrize(("sentence", "language"), [
    ("To confirm, the under is 10 min changeover.", "en"),
])
def test_a_sentence_without_its_clause_is_left_out(sentence, language):
    assert slipped(sentence, language) == ""


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("I've noted that Monday 28 August.", "en", "I've noted Monday 28 August."),
    ("J'ai noté que le 28 août.", "fr", "J'ai noté le 28 août."),
    ("Tomo nota de que el 28 de agosto.", "es", "Tomo nota del 28 de agosto."),
    ("Ich habe notiert, dass 28. August.", "de", "Ich habe notiert: 28. August."),
    ("I've noted that the lift arrives on 28 August.", "en", "I've noted that the lift arrives on 28 August."),
])
def test_a_day_noted_without_its_clause_is_noted_as_a_thing(sentence, language, said):
    assert slipped(sentence, language) == said


def test_the_words_written_out_ground():
    from followup.drafting.shorthand import unit_words
    assert "Personen" in unit_words("de").split() and "September" in unit_words("en").split()


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("Le prix pour nouvelle offre est de 2 190 €.", "fr", "Le prix pour la nouvelle offre est de 2 190 €."),
    ("Le prix pour SST initial est de 1 450 €.", "fr", "Le prix pour SST initial est de 1 450 €."),
    ("El precio de presupuesto es de 200 €.", "es", "El precio del presupuesto es de 200 €."),
    ("Je vous envoie nouvelle offre.", "fr", "Je vous envoie la nouvelle offre."),
])
def test_a_priced_noun_left_bare_gets_its_article(sentence, language, said):
    assert slipped(sentence, language) == said


@pytest.mark.parametrize(("sentence", "said"), [
    ("You asked whether certs valid two years.", "You asked whether the certificates are valid two years."),
    ("You asked whether delivery included.", "You asked whether the delivery is included."),
    ("As agreed, revised: EUR 41,900 incl. meeting room.", "As agreed, the revised price is EUR 41,900 including meeting room."),
    ("Revised: £171,500 without the station.", "The revised price is £171,500 without the station."),
])
def test_an_english_notes_missing_verb_and_label_are_said(sentence, said):
    assert slipped(sentence, "en") == said


@pytest.mark.parametrize(("sentence", "said"), [
    ("Como hablamos: quiere sembradora neumática de 16 surcos.", "Como hablamos: quiere una sembradora neumática de 16 surcos."),
    ("Necesitan tractor nuevo.", "Necesitan tractor nuevo."),
    ("Quiere cambiar la fecha.", "Quiere cambiar la fecha."),
    ("Busca presupuesto para 3 equipos.", "Busca un presupuesto para 3 equipos."),
])
def test_a_spanish_wish_gets_its_article(sentence, said):
    assert slipped(sentence, "es") == said


@pytest.mark.parametrize(("sentence", "language"), [
    ("To confirm, the price is €46,500 ex works.", "en"),
    ("The advertorial is 2 pages with own photographer works.", "en"),
    ("Tomo nota: lo necesitan colgado antes del 5 de febrero.", "es"),
    ("Tomo nota: necesitan para sus plantas.", "es"),
    ("Como hablamos: quiere todo instalado antes del 1 de agosto.", "es"),
    ("Como hablamos: quiere arrendarlo desde junio.", "es"),
])
def test_a_whole_phrase_is_left_as_written(sentence, language):
    assert slipped(sentence, language) == sentence

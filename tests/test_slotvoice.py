"""Tests for answer slots worded as the rep's point to answer."""
import pytest

from followup.drafting.slotvoice import pointed


@pytest.mark.parametrize("slot, language, point", [
    ("[[answer: can you pay in two instalments?]]", "en", "[[answer: whether you can pay in two instalments]]"),
    ("[[answer: do we deliver to the back gate? (question from Ana)]]", "en",
     "[[answer: whether we deliver to the back gate (question from Ana)]]"),
    ("[[answer: could we kindly ship before Easter?]]", "en", "[[answer: whether we could ship before Easter]]"),
    ("[[answer: tell also who signs the delivery note?]]", "en", "[[answer: who signs the delivery note]]"),
    ("[[answer: can you let us know if the crane fits?]]", "en", "[[answer: whether the crane fits]]"),
    ("[[answer: Können wir die Schränke schon am Montag, 4. Mai liefern?]]", "de",
     "[[answer: ob wir die Schränke schon am Montag, 4. Mai liefern können]]"),
    ("[[answer: Können Sie uns sagen, ob der Kran passt?]]", "de", "[[answer: ob der Kran passt]]"),
    ("[[answer: Pouvons-nous livrer le lundi 4 mai?]]", "fr", "[[answer: si nous pouvons livrer le lundi 4 mai]]"),
    ("[[answer: Pourriez-vous aussi me préciser combien coûte la grue?]]", "fr",
     "[[answer: combien coûte la grue]]"),
    ("[[answer: ¿Podemos pagar en dos cuotas?]]", "es", "[[answer: si se puede pagar en dos cuotas]]"),
    ("[[answer: ¿Pueden entregar el lunes 4 de mayo?]]", "es", "[[answer: si podemos entregar el lunes 4 de mayo]]"),
])
def test_a_plain_question_on_a_pronoun_becomes_the_point(slot, language, point):
    assert pointed(slot, language) == point


@pytest.mark.parametrize("slot, language", [
    ("[[answer: can you print the logo on the crates, and who collects them?]]", "en"),
    ("[[answer: can the marquee have heaters, the nights can be cold?]]", "en"),
    ("[[answer: Pouvons-nous livrer le lundi, et à quel prix ?]]", "fr"),
    ("[[answer: do we supply the pegs or do you bring your own?]]", "en"),
    ("[[answer: can the crane reach the back yard?]]", "en"),
    ("[[answer: Brauchen wir von Ihnen einen Anschluss oder bringen wir einen Kompressor mit?]]", "de"),
    ("[[answer: Können wir die Wartung machen, da steht die Werkstatt still?]]", "de"),
    ("[[answer: Pouvez-vous me faire une offre?]]", "fr"),
    ("[[answer: ¿Pueden los técnicos venir el sábado?]]", "es"),
    ("[[answer: price for 40 chairs]]", "en"),
])
def test_two_clauses_another_subject_or_no_question_stay_as_they_are(slot, language):
    assert pointed(slot, language) == slot


@pytest.mark.parametrize("slot, language, point", [
    ("[[answer: can you print the logo on the crates, and how much is it?]]", "en",
     "[[answer: whether you can print the logo on the crates, and how much it costs]]"),
    ("[[answer: do we also run forklift training, and at what price? (question from Ana)]]", "en",
     "[[answer: whether we also run forklift training, and at what price (question from Ana)]]"),
    ("[[answer: can we add a second coat, and what would that cost?]]", "en",
     "[[answer: whether we can add a second coat, and what it would cost]]"),
    ("[[answer: Können wir die alten Paletten mitnehmen, und was kostet das?]]", "de",
     "[[answer: ob wir die alten Paletten mitnehmen können, und was das kostet]]"),
    ("[[answer: ¿Podemos pintar también la verja, y a qué precio?]]", "es",
     "[[answer: si se puede pintar también la verja, y a qué precio]]"),
])
def test_a_price_asked_after_the_question_is_kept_said_indirectly(slot, language, point):
    assert pointed(slot, language) == point


@pytest.mark.parametrize("slot, point", [
    ("[[answer: can the course be held in Welsh?]]", "[[answer: whether the course can be held in Welsh]]"),
    ("[[answer: will the new cold room have a door alarm? (question from Ana)]]",
     "[[answer: whether the new cold room will have a door alarm (question from Ana)]]"),
])
def test_a_named_subject_before_be_or_have_is_turned(slot, point):
    assert pointed(slot, "en") == point

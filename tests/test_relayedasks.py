"""A colleague's questions passed on: two joined in one relayed sentence are two, and the customer's line pointing to
them below, or what a no would mean, is no point of its own."""
from datetime import datetime

import pytest

from followup.drafting.conversation import build_state
from followup.drafting.relayedasks import asked_on, hangs_on_answer, points_below, split_relayed
from followup.drafting.sentences import Source


@pytest.mark.parametrize("quote, language, parts", [
    ("Ils facturent en CHF et en EUR, et si les billets de train CFF sont inclus dans les CHF 18?", "fr",
     ("Ils facturent en CHF et en EUR?", "Les billets de train CFF sont inclus dans les CHF 18?")),
    ("The app exports to our accounting, and if the per diem rates for Romania are already in the system?", "en",
     ("The app exports to our accounting?", "Are the per diem rates for Romania already in the system?")),
    ("Sind Brillen auch drin, und ob Kontaktlinsen auch bezahlt werden?", "de",
     ("Sind Brillen auch drin?", "Werden Kontaktlinsen auch bezahlt?")),
    ("¿El curso es en sábado, y si los instructores están registrados?", "es",
     ("¿El curso es en sábado?", "¿Los instructores están registrados?")),
])
def test_a_relayed_question_joining_two_is_split(quote, language, parts):
    """"..., et si B", "..., and if B": the second "if" opens a question of its own."""
    got = split_relayed(quote, language)
    assert got == parts


def test_an_if_standing_for_a_left_out_clause_splits_nothing():
    """"and if so, which model?", "et si oui, à quel prix ?": no second question, the first's follow-up."""
    assert split_relayed("Can you deliver in June, and if so which day?", "en") is None
    assert split_relayed("Vous livrez en juin, et si oui quel jour ?", "fr") is None


@pytest.mark.parametrize("sentence", [
    "Also Radu from accounting asks something, see below, I did not know the answer.",
    "Our partner Khalid asked something below, please answer him also.",
    "Unsere Filialleiterin Frau Gräf hat unten noch eine Frage, die wir beim Termin vergessen haben.",
    "Notre directeur financier a ajouté une question ci-dessous, à laquelle je n'ai pas su répondre.",
    "Nuestro jefe tiene una pregunta abajo.",
])
def test_a_line_pointing_to_a_question_below_is_no_point(sentence):
    """The customer's pointer: the questions below are the points."""
    assert points_below(sentence)


def test_a_question_or_a_plain_point_is_not_a_pointer():
    """A question asked here, or a point with no word of asking, stays."""
    assert not points_below("Can you answer the question below?")
    assert not points_below("The price below is fine for us.")


def test_what_a_no_would_mean_is_no_point():
    """"If not we need a second solution", "Sinon ça ne sert à rien", "Sonst bringt es uns nichts"."""
    for s in ("If not we need a second solution.", "Otherwise it is useless for us.", "Sinon ça ne sert à rien.",
              "Sonst bringt es uns nichts.", "Si no, buscamos otra cosa."):
        assert hangs_on_answer(s), s
    assert not hangs_on_answer("If the price holds we sign on Monday.")


def test_a_colleagues_two_questions_below_become_two_open_questions():
    """The customer points below; the colleague asks them to ask two things: two open questions, no pointer point."""
    text = ("Hi Gareth,\n\nwe take option 2. Also Radu from accounting asks something, see below, I did not know the "
            "answer.\n\nIoana\n\nAsk them please if the app exports to our accounting in RON and EUR, and if the per "
            "diem rates for Romania are already in the system. Otherwise it is useless for us.")
    state = build_state([Source("message", 1, "Hi Ioana,\n\nOption 2: EUR 260 per month.\n\nGareth",
                                datetime(2030, 5, 15, 8), "outbound"),
                         Source("message", 2, text, datetime(2030, 5, 21, 16), "inbound")],
                        "Europe/Bucharest", datetime(2030, 5, 22, 9), customer_name="Ioana Mureșan")
    open_q = [i.quote for i in state.items if i.kind == "question" and i.status == "open"]
    assert any("RON and EUR" in q and "per diem" not in q for q in open_q)
    assert any("per diem rates" in q for q in open_q)
    assert not any("Radu" in i.quote or "useless" in i.quote for i in state.items)


def test_a_relayed_question_answered_later_stays_closed():
    """The colleague's question a later note answers is no open question."""
    state = build_state([Source("message", 1, "Hi Fiona,\n\nMorag (our accountant) also wants to know if there's a "
                                "balloon option.\n\nGraeme", datetime(2030, 4, 24, 8), "inbound"),
                         Source("note", 2, "Rang Graeme. Balloon not available on this asset class - told him.",
                                datetime(2030, 5, 15, 13), "note")],
                        "Europe/London", datetime(2030, 5, 22, 9), customer_name="Graeme Lennox")
    assert not [i for i in state.items if i.kind == "question" and i.status == "open" and "balloon" in i.quote.lower()]


@pytest.mark.parametrize("sentence, language, question", [
    ("Et si le prix baisse sans le practice.", "fr", "Le prix baisse sans le practice?"),
    ("Y si pueden venir de noche.", "es", "¿Pueden venir de noche?"),
    ("Und ob die Lieferung auch samstags geht.", "de", "Geht die Lieferung auch samstags?"),
    ("And whether the setup fee is waived on two years.", "en", "Is the setup fee waived on two years?"),
])
def test_an_and_if_sentence_goes_on_asking(sentence, language, question):
    """'Et si ...' with no question mark asks what the indirect question before it asked."""
    assert asked_on(sentence, language) == question


def test_an_and_if_standing_for_a_left_out_clause_asks_nothing():
    """'And if so, when.' and a plain point ask nothing on their own."""
    assert asked_on("And if so, when.", "en") == ""
    assert asked_on("Et si oui, combien.", "fr") == ""
    assert asked_on("We take option 2.", "en") == ""


@pytest.mark.parametrize("language, colleague, customer", [
    ("fr", "Demande-leur si le réseau du personnel peut être séparé. Et si le prix baisse sans le practice.",
     "Nadia Berthoud"),
    ("es", "Pregúntale si las emergencias incluyen repuestos. Y si pueden venir de noche.", "Lucía Salazar"),
])
def test_a_colleagues_second_if_sentence_is_an_open_question(language, colleague, customer):
    """A colleague's 'ask them if A. And if B.' forwarded: B is an open question too; the same sentence alone is not."""
    def open_questions(text):
        state = build_state([Source("message", 1, "Bonjour,\n\nOffre : CHF 260 par mois.\n\nCédric",
                                    datetime(2031, 6, 11, 8), "outbound"),
                             Source("message", 2, text, datetime(2031, 6, 16, 9), "inbound")],
                            "Europe/Zurich", datetime(2031, 6, 18, 8), customer_name=customer)
        return [i.quote for i in state.items if i.kind == "question" and i.status == "open"]
    went_on = colleague.split(". ")[1]
    assert any(went_on.split()[-1].rstrip(".") in q for q in open_questions(colleague + "\n"))
    assert not any(went_on.split()[-1].rstrip(".") in q for q in open_questions(went_on + "\n"))

"""A question asked twice is one slot."""
from datetime import datetime

from followup.drafting.again import asks_an_answer, declined, not_promised, once_each, sent_once
from followup.drafting.items import Item


def ask(quote, day):
    """A customer's question of 2026-11-<day>, as the (text, item) pair the slot rules read."""
    return (quote, Item(kind="question", text="", quote=quote, source_kind="message", source_id=day,
                        at=datetime(2026, 11, day, 12), direction="inbound"))


def promise(text, quote):
    """The rep's commitment of 2026-11-07 to send something, as the (text, item) pair the slot rules read."""
    return (text, Item(kind="commitment", text="", quote=quote, source_kind="message", source_id=7,
                       at=datetime(2026, 11, 7, 12), direction="outbound"))


def test_a_question_asked_again_later_keeps_one_slot_the_one_that_says_more():
    first = ask("Does the county heat-pump grant apply to our barn conversion?", 2)
    again = ask("Any news on the heat-pump grant?", 6)
    other = ask("Can your fitter start before Easter?", 6)
    assert once_each([first, again, other]) == [first, other]


def test_two_questions_on_different_things_both_stay():
    a = ask("Is the pump covered by the warranty?", 2)
    b = ask("Is the pump quieter than the old boiler?", 6)  # only "pump" in common
    assert once_each([a, b]) == [a, b]


def test_asking_for_a_thing_the_rep_promised_to_send_is_no_slot():
    brochure = ask("Could you send me the brochure for the garden rooms?", 6)
    price = ask("Is delivery to Ely free?", 6)
    sent = promise("I'll send the brochure.", "I'll send you the brochure tomorrow.")
    assert not_promised([brochure, price], [sent]) == [price]


def test_a_customers_day_the_rep_later_said_no_to_is_not_noted():
    wish = Item(kind="constraint", text="you'd like the install on 3 March", quote="We'd like the install on 3 March.",
                source_kind="message", source_id=2, at=datetime(2026, 11, 2, 12), direction="inbound")
    no = Item(kind="term", text="", quote="Unfortunately 3 March is already booked; 10 March works.",
              source_kind="message", source_id=3, at=datetime(2026, 11, 3, 12), direction="outbound")
    yes = Item(kind="term", text="", quote="3 March works for us.", source_kind="message", source_id=3,
               at=datetime(2026, 11, 3, 12), direction="outbound")
    assert declined(wish, [wish, no])
    assert not declined(wish, [wish, yes])


def test_asking_where_a_promised_thing_is_is_no_slot():
    """"the floor plan still hasn't arrived?" is answered by the rep's promise to send the floor plan."""
    chaser = ask("The floor plan has not arrived yet, is it coming?", 6)
    other = ask("Der Schaltplan ist noch nicht da?", 6)
    sent = promise("I'll send the floor plan.", "I'll send you the floor plan.")
    assert not_promised([chaser, other], [sent]) == [other]


def test_two_lines_sending_one_thing_are_said_once_the_one_naming_more_kept():
    short, full = promise("Den Prüfbericht schicke ich Ihnen.", "x"), promise("Ich schicke Ihnen den Prüfbericht zur "
                                                                           "Druckprobe.", "y")
    other = promise("I'll call the site manager.", "z")
    assert sent_once([short, other, full]) == [other, full]
    assert sent_once([short, other]) == [short, other]


def test_a_question_that_only_asks_for_an_answer_to_others_is_no_question_of_its_own():
    assert asks_an_answer("Can you answer him?") and asks_an_answer("Pourriez-vous y répondre ?")
    assert not asks_an_answer("Can you answer the fire officer's question about exits?")


def test_asking_to_send_it_without_naming_it_is_no_slot_beside_a_promise_to_send():
    """"¿Me lo mandas?", "Pouvez-vous les envoyer ?", "¿Me la puede mandar ya?" ask for what the draft says it sends;
    without such a promise, or naming a thing of its own, the question stays."""
    bare = [ask(q, 6) for q in ("¿Me lo mandas?", "Pouvez-vous les envoyer ?", "¿Me la puede mandar ya?",
                                "Tu peux me l'envoyer cette semaine ?", "Können Sie es mir schicken?")]
    named = ask("Pouvez-vous envoyer le devis signé ?", 6)
    sent = promise("La póliza se la envío.", "La póliza y el certificado se los envío en cuanto me los pase la "
                                             "aseguradora.")
    assert not_promised(bare + [named], [sent]) == [named]
    assert not_promised(bare, []) == bare


def test_a_question_asked_on_a_call_and_again_by_email_is_one_slot_the_fuller_kept():
    note = ("[[answer: Instalación en la parada de Navidad?]]", Item(
        kind="question", text="", quote="¿Instalación en la parada de Navidad?", source_kind="note", source_id=3,
        at=datetime(2026, 11, 3, 12), direction="note"))
    mail = ask("Confirmadme que la instalación se puede hacer en la parada de Navidad, del 22 de diciembre al 8 de enero.",
               9)
    assert once_each([note, mail]) == [mail]


def test_two_questions_of_one_email_each_with_its_question_mark_both_stay():
    """A numbered list's "can members pay cash at reception?" and "is the system in Arabic for the receptionists?"
    share words but were asked side by side: both are asked, whatever the language."""
    for first, second in [("Can members pay cash at reception and the system records it?",
                           "Is the system in Arabic for the receptionists?"),
                          ("Kann die Anlage am Montag geliefert werden?", "Wird die Anlage am Montag auch montiert?"),
                          ("La formation est-elle incluse pour l'équipe ?", "La formation de l'équipe se fait sur place ?"),
                          ("¿La instalación incluye el sillón?", "¿La instalación del sillón se hace en domingo?")]:
        a, b = ask(first, 6), ask(second, 6)
        assert once_each([a, b]) == [a, b]


def test_a_question_without_its_own_question_mark_in_the_same_email_is_still_one_slot():
    a = ask("Does the county heat-pump grant apply to our barn conversion?", 6)
    b = ask("Please confirm the heat-pump grant applies to the barn conversion.", 6)
    assert once_each([a, b]) == [a]

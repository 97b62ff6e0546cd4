"""A question the rep's next email or call spoke to, after which the customer wrote again without asking it again,
is answered; one the reply never named, one asked again, or one the rep put off stays open."""
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.sentences import Source

TZ = "Europe/Berlin"
D1, D2, D3, D4, NOW = (datetime(2026, 12, d, 10) for d in (1, 2, 7, 8, 10))


def asked(*sources, quote):
    """The status of the question with this quote."""
    state = build_state(list(sources), TZ, NOW, customer_name="Rodrigo Souza")
    return next(i for i in state.items if i.kind == "question" and quote in i.quote).status


def test_a_reply_naming_the_grade_asked_answers_it_once_the_customer_moves_on():
    status = asked(Source("message", 1, "Hi Luca,\n\nIs steel 316 possible?\n\nRodrigo", D1, "inbound"),
                   Source("message", 2, "Hi Rodrigo,\n\nThe AP-300 in 316 stainless is USD 21,300.\n\nLuca", D2,
                          "outbound"),
                   Source("message", 3, "Luca, ok. Can you send the contract?\n\nRodrigo", D3, "inbound"),
                   quote="316")
    assert status == "answered"


def test_without_a_later_customer_email_the_finer_rules_alone_decide():
    status = asked(Source("message", 1, "Hi Luca,\n\nIs steel 316 possible?\n\nRodrigo", D1, "inbound"),
                   Source("message", 2, "Hi Rodrigo,\n\nThe AP-300 in 316 stainless is USD 21,300.\n\nLuca", D2,
                          "outbound"),
                   quote="316")
    assert status == "open"


def test_a_short_question_is_tied_to_the_reply_by_the_sentence_before_it():
    status = asked(Source("message", 1, "Guten Tag,\n\nWir haben noch eine ältere Fräse (DM-3). Nehmen Sie diese "
                                        "in Zahlung?\n\nSandra", D1, "inbound"),
                   Source("message", 2, "Guten Tag,\n\nFür Ihre DM-3 rechnen wir CHF 12'000 an.\n\nBeat", D2,
                          "outbound"),
                   Source("message", 3, "Guten Tag,\n\nBitte schicken Sie uns den Vertrag.\n\nSandra", D3, "inbound"),
                   quote="Zahlung")
    assert status == "answered"


def test_a_reply_that_never_names_the_question_leaves_it_open():
    status = asked(Source("message", 1, "Hallo,\n\nGibt es für die Begrünung Fördermittel der Stadt Leipzig?\n\n"
                                        "Katrin", D1, "inbound"),
                   Source("message", 2, "Hallo,\n\nDer Wartungsvertrag kostet 3.200 € netto jährlich.\n\nTobias", D2,
                          "outbound"),
                   Source("message", 3, "Hallo,\n\nDer Statiker kann am Dienstag.\n\nKatrin", D3, "inbound"),
                   quote="Fördermittel")
    assert status == "open"


def test_a_question_asked_again_stays_open():
    status = asked(Source("message", 1, "Hi,\n\nDoes the pre-stretched film work on our manual wrapping line?\n\nEmeka", D1,
                          "inbound"),
                   Source("message", 2, "Hi,\n\nOur film ships from the Apapa warehouse.\n\nTunde", D2,
                          "outbound"),
                   Source("message", 3, "Hi,\n\nKindly advise on the pre-stretched film for the manual line, you did "
                                        "not respond on it.\n\nEmeka", D3, "inbound"),
                   quote="pre-stretched")
    assert status == "open"


def test_a_question_the_rep_put_off_stays_open():
    status = asked(Source("message", 1, "Hi,\n\nCan the kiln run off our generator at night?\n\nDevon", D1,
                          "inbound"),
                   Source("message", 2, "Hi,\n\nOn the generator question I am still waiting for the factory.\n\n"
                                        "Ravi", D2, "outbound"),
                   Source("message", 3, "Hi,\n\nWe visited the reference site, good impression.\n\nDevon", D3,
                          "inbound"),
                   quote="generator")
    assert status == "open"


def test_a_visit_the_next_note_records_answers_the_request_to_come_and_look():
    status = asked(Source("message", 1, "Sehr geehrter Herr Weigle,\n\nKönnten Sie sich die Orgel ansehen?\n\n"
                                        "Hannelore", D1, "inbound"),
                   Source("note", 2, "Besichtigung Holzmengen. 1 Manual, 9 Register, Bälge gerissen.", D2, "note"),
                   Source("message", 3, "Lieber Herr Weigle,\n\ndanke für Ihren Besuch. Brauchen wir für den Antrag "
                                        "ein Schreiben, dass die Orgel denkmalgerecht restauriert wird?\n\nHannelore",
                          D3, "inbound"),
                   quote="ansehen")
    assert status == "answered"


def test_a_yes_on_what_was_asked_answers_it_at_once():
    ask = Source("message", 1, "Valeria:\n\nNecesitamos empezar el lunes 11 de enero por obras. ¿Es posible?\n\n"
                               "Gonzalo", D1, "inbound")
    yes = Source("message", 2, "Gonzalo:\n\nSí, empezamos el lunes 11 de enero.\n\nValeria", D2, "outbound")
    other = Source("message", 2, "Gonzalo:\n\nSí, te mando el contrato.\n\nValeria", D2, "outbound")
    assert asked(ask, yes, quote="posible") == "answered"
    assert asked(ask, other, quote="posible") == "open"


def test_the_reps_line_putting_off_a_question_still_slotted_is_not_said():
    """"On the generator question I am still waiting for the factory" beside the generator slot contradicts it;
    "we don't do joinery ourselves, but I'll ask our carpenter" answers, and a line with a figure says something."""
    state = build_state([
        Source("message", 1, "Hi,\n\nCan the kiln run off our generator at night? Does it need a concrete floor? "
                             "And the balcony joinery?\n\nDevon", D1, "inbound"),
        Source("message", 2, "Hi,\n\nOn the generator question I am still waiting for the factory. The balcony: we "
                             "don't do joinery ourselves, but I'll ask our carpenter. Floor: I'll check, a 20 cm "
                             "slab is usual.\n\nRavi", D2, "outbound")], TZ, NOW, customer_name="Devon Fraser")
    said = {i.quote: i.internal for i in state.items if i.direction == "outbound"}
    assert any("generator" in i.quote for i in state.open("question"))
    assert said["On the generator question I am still waiting for the factory."] is True
    assert not any(internal for quote, internal in said.items() if "carpenter" in quote or "20 cm" in quote)


def test_the_thing_every_email_names_ties_no_reply_to_the_question():
    """"Do you offer financing for the kiln?" is not answered by "The kiln ships in March": the kiln was named before
    the question; the part of its own sentence before a cut question counts ("l'eau est très calcaire : comment
    l'appareil le supporte-t-il ?" answered by "Concernant le calcaire, ...")."""
    offer = Source("message", 1, "Hi,\n\nThe DK-25 kiln is US$96,500 installed.\n\nRavi", D1, "outbound")
    status = asked(offer,
                   Source("message", 2, "Hi,\n\nDo you offer financing for the kiln?\n\nDevon", D2, "inbound"),
                   Source("message", 3, "Hi,\n\nThe kiln ships in March.\n\nRavi", D3, "outbound"),
                   Source("message", 4, "Hi,\n\nPlease send the contract.\n\nDevon", D4, "inbound"),
                   quote="financing")
    assert status == "open"
    status = asked(Source("message", 1, "Madame,\n\nLe générateur est à 78 000 MAD.\n\nOlivier", D1, "outbound"),
                   Source("message", 2, "Monsieur,\n\nL'eau est très calcaire : comment l'appareil le "
                                        "supporte-t-il ?\n\nNadia", D2, "inbound"),
                   Source("message", 3, "Madame,\n\nConcernant le calcaire, nos générateurs se détartrent seuls."
                                        "\n\nOlivier", D3, "outbound"),
                   Source("message", 4, "Monsieur,\n\nNous validons le générateur.\n\nNadia", D4, "inbound"),
                   quote="supporte")
    assert status == "answered"


def test_a_notes_put_off_after_the_question_it_notes_is_the_reps_working_not_a_line_to_the_customer():
    note = Source("note", 1, "1er appel Mathieu. Il demande si les loyers comptent à 100 % dans ses revenus - je vérifie "
                             "avec le prêteur. Il préfère être appelé après 18 h.", datetime(2027, 8, 17, 20), "note")
    state = build_state([note], "America/Toronto", datetime(2027, 8, 18, 14), customer_name="Mathieu Gagnon")
    assert not any("vérifie" in i.quote for i in state.open() if not i.internal), state.open()


def test_a_question_naming_nothing_is_answered_by_a_reply_giving_a_figure_once_the_customer_moves_on():
    """"What can you do?" names nothing a reply could repeat: the rep's price for it answers it, in every language."""
    for ask, reply, later in [
            ("We'd take 5 if the price comes down. What can you do?", "For 5 I can do $32,900 each.",
             "OK, $32,900 works. I can come on Thursday."),
            ("Wir nähmen 5, wenn der Preis sinkt. Was können Sie machen?", "Für 5 Stück kann ich 32.900 € anbieten.",
             "Gut, 32.900 € passt. Ich komme am Donnerstag."),
            ("Nous en prendrions 5 si le prix baisse. Que pouvez-vous faire ?", "Pour 5, je peux faire 32 900 €.",
             "D'accord pour 32 900 €. Je passe jeudi."),
            ("Tomaríamos 5 si baja el precio. ¿Qué puede hacer?", "Por 5 le dejo cada uno en 32.900 €.",
             "De acuerdo con 32.900 €. Paso el jueves.")]:
        q = ask.split(". ")[-1]
        status = asked(Source("message", 1, f"Hi,\n\n{ask}\n\nRodrigo", D1, "inbound"),
                       Source("message", 2, f"Hi Rodrigo,\n\n{reply}\n\nLuca", D2, "outbound"),
                       Source("message", 3, f"Hi,\n\n{later}\n\nRodrigo", D3, "inbound"), quote=q)
        assert status == "answered", ask


def test_a_question_naming_nothing_stays_open_while_the_customer_has_not_written_again():
    status = asked(Source("message", 1, "Hi,\n\nWe'd take 5 if the price comes down. What can you do?\n\nRodrigo", D1,
                          "inbound"),
                   Source("message", 2, "Hi Rodrigo,\n\nFor 5 I can do $32,900 each.\n\nLuca", D2, "outbound"),
                   quote="What can you do?")
    assert status == "open"

"""A date the customer moved replaces the older points that carried it."""
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.sentences import Source

D1, D2, NOW = datetime(2026, 11, 16, 10), datetime(2026, 11, 18, 10), datetime(2026, 11, 20, 10)


def states(*sources):
    return build_state(list(sources), "Europe/Paris", NOW, customer_name="Rosa Lind")


def test_a_date_the_customer_later_moves_is_no_longer_in_force():
    state = states(Source("message", 1, "Hi Paul,\n\nThe team offsite is planned for March 12 at the lake.\n\nRosa",
                          D1, "inbound"),
                   Source("message", 2, "Hi Paul,\n\nOur CEO is in Tokyo on March 12, so we move to "
                                        "March 19.\n\nRosa", D2, "inbound"))
    first = next(i for i in state.items if i.source_id == 1)
    assert (first.status, first.by) == ("superseded", "message:2")


def test_a_later_sentence_naming_two_dates_without_moving_one_leaves_it_in_force():
    state = states(Source("message", 1, "Bonjour Paul,\n\nLe salon commence le 12 mars à Lyon.\n\nRosa", D1, "inbound"),
                   Source("message", 2, "Bonjour Paul,\n\nNous serons présents du 12 mars au 14 mars.\n\nRosa", D2,
                          "inbound"))
    first = next(i for i in state.items if i.source_id == 1)
    assert first.status == "open"


def test_a_day_a_call_note_gives_up_for_a_later_one_takes_the_reps_offer_of_it_out_of_force():
    """The rep offered "Freitag, 27. November"; the note "27.11. passt doch nicht, lieber 30.11." moves it later."""
    state = states(Source("message", 1, "Hallo Frau Lind,\n\nwir können am Freitag, 27. November ab 9 Uhr liefern."
                                        "\n\nPaul", D1, "outbound"),
                   Source("note", 2, "Tel. Lind: 27.11. passt doch nicht, lieber Mo 30.11. ab 9 Uhr.", D2, "note"))
    offer = next(i for i in state.items if i.source_id == 1 and "27. November" in i.quote)
    assert (offer.status, offer.by) == ("superseded", "note:2")


def test_a_later_day_named_beside_an_earlier_one_without_giving_it_up_moves_nothing():
    state = states(Source("message", 1, "Hallo Frau Lind,\n\nAufbau am 27. November.\n\nPaul", D1, "outbound"),
                   Source("note", 2, "Tel. Lind: 27.11. Aufbau, Abbau am 30.11.", D2, "note"))
    offer = next(i for i in state.items if i.source_id == 1 and "27. November" in i.quote)
    assert offer.status == "open"


def test_a_day_the_customer_put_forward_and_later_gave_up_is_said_by_no_one_in_any_language():
    d3 = datetime(2026, 11, 19, 10)
    cases = [  # (the customer's day put forward, the rep's yes to it, the customer going back)
        ("Also move the install to 24-25 March, after the holidays.", "24-25 March is fine.",
         "We need 3-4 March again, our contract ends."),
        ("On passerait plutôt à la semaine du 18 mars.", "La semaine du 18 mars, c'est correct.",
         "Et on revient à la semaine du 4 mars."),
        ("¿Y podemos empezar el 4 de marzo, después de la asamblea?", "El 4 de marzo nos sirve.",
         "Y mejor empezar el 20 de febrero, antes de las lluvias."),
        ("Können wir die Montage lieber auf den 11. März verschieben?", "Der 11. März passt.",
         "Die Montage doch wieder am 4. März."),
    ]
    for put, yes, back in cases:
        state = states(Source("message", 1, f"Hallo,\n\n{put}\n\nRosa", D1, "inbound"),
                       Source("message", 2, f"Hallo,\n\n{yes}\n\nPaul", D2, "outbound"),
                       Source("message", 3, f"Hallo,\n\n{back}\n\nRosa", d3, "inbound"))
        for source_id in (1, 2):
            item = next(i for i in state.items if i.source_id == source_id)
            assert (item.status, item.by) == ("superseded", "message:3"), (put, item)


def test_a_question_on_another_matter_keeps_its_day_when_the_customer_goes_back_to_another():
    state = states(Source("message", 1, "Hi Paul,\n\nCan your technician come on Friday 6 March to measure?\n\nRosa",
                          D1, "inbound"),
                   Source("message", 2, "Hi Paul,\n\nThe install is back to 3 April.\n\nRosa", D2, "inbound"))
    question = next(i for i in state.items if i.source_id == 1)
    assert question.status == "open"


def test_a_day_the_customer_says_does_not_suit_takes_the_reps_offer_of_it_out_of_force():
    """"Le mardi 5 janvier ne va pas" after "visite technique le mardi 5 janvier à 9h": the rep's day is gone; asking
    whether it suits keeps it."""
    offer = Source("message", 1, "Madame,\n\nJe peux faire la visite technique le mardi 5 janvier à 9h.\n\nPaul", D1,
                   "outbound")
    no = Source("message", 2, "Monsieur,\n\nLe mardi 5 janvier ne va pas, je serai en brousse. Le vendredi 8 janvier "
                              "à 9h, c'est possible ?\n\nChristine", D2, "inbound")
    asked = Source("message", 2, "Monsieur,\n\nLe mardi 5 janvier, ce n'est pas possible pour vous ?\n\nChristine", D2,
                   "inbound")
    visit = [i for i in states(offer, no).items if i.source_id == 1 and "visite" in i.quote]
    assert [(i.status, i.by) for i in visit] == [("superseded", "message:2")]
    kept = {i.status for i in states(offer, asked).items if i.source_id == 1 and "visite" in i.quote}
    assert kept == {"open"}


def test_a_day_of_the_month_said_alone_gives_way_to_the_day_put_forward_rather():
    cases = [("Première visite proposée le mardi 23 janvier.",
              "Par contre le 23 on a l'inspection, pouvez-vous venir plutôt le jeudi 25 janvier ?"),
             ("First visit proposed for Tuesday 23 January.",
              "The 23rd we have the inspection, could you rather come on Thursday 25 January?"),
             ("Erster Besuch vorgeschlagen am Dienstag, 23. Januar.",
              "Am 23. haben wir die Prüfung, können Sie lieber am Donnerstag, 25. Januar kommen?"),
             ("Primera visita propuesta el martes 23 de enero.",
              "El 23 tenemos la inspección, ¿mejor el jueves 25 de enero?")]
    for old, new in cases:
        state = build_state([Source("message", 1, f"Bonjour,\n\n{old}\n\nMarc", datetime(2029, 1, 9, 20), "outbound"),
                             Source("message", 2, f"Bonjour,\n\n{new}\n\nJosée", datetime(2029, 1, 12, 14), "inbound")],
                            "America/Toronto", datetime(2029, 1, 17, 15), customer_name="Josée Tremblay")
        item = next(i for i in state.items if i.source_id == 1 and "23" in i.quote)
        assert item.status == "superseded", old

"""A day of an event that a newer source moved or declined takes the older line out of force; other events keep
theirs."""
import re
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.redated import redated
from followup.drafting.sentences import Source

D1, D2, D3, NOW = datetime(2026, 12, 7, 10), datetime(2026, 12, 14, 10), datetime(2026, 12, 15, 10), \
    datetime(2026, 12, 18, 10)


def states(*sources):
    return build_state(list(sources), "Europe/Paris", NOW, customer_name="Rosa Lind")


def line(state, source_id, words):
    return next(i for i in state.items if i.source_id == source_id and words in i.quote and i.kind != "appointment")


def test_a_start_day_the_customer_moves_takes_the_reps_older_day_out_in_every_language():
    cases = [("We can start on Monday 4 January.", "We need to start on Monday 11 January instead, the pool is shut."),
             ("Wir können am Montag, 4. Januar beginnen.", "Wir müssen leider erst am 11. Januar beginnen."),
             ("Nous pouvons commencer le lundi 4 janvier.", "Il faudrait commencer le lundi 11 janvier."),
             ("Podemos empezar el lunes 4 de enero.", "Pero necesitamos empezar el lunes 11 de enero.")]
    for old, new in cases:
        state = states(Source("message", 1, f"Hola,\n\n{old}\n\nPaul", D1, "outbound"),
                       Source("message", 2, f"Hola,\n\n{new}\n\nRosa", D2, "inbound"))
        assert (line(state, 1, "4").status, line(state, 1, "4").by) == ("superseded", "message:2"), old


def test_a_day_the_customer_declines_takes_the_proposal_and_the_visit_out_and_the_decline_once_another_is_asked():
    state = states(Source("message", 1, "Madame,\n\nJe peux faire la visite technique le mardi 5 janvier à 9h.\n\n"
                                        "Paul", D1, "outbound"),
                   Source("message", 2, "Monsieur,\n\nLe mardi 5 janvier ne va pas, je serai en brousse. Le vendredi "
                                        "8 janvier à 9h, c'est possible ?\n\nRosa", D2, "inbound"))
    assert line(state, 1, "5 janvier").status == "superseded"
    assert line(state, 2, "ne va pas").status == "superseded"
    assert not any(i.kind == "appointment" and i.status == "open" for i in state.items)


def test_a_day_of_the_month_declined_alone_takes_out_the_offer_of_it():
    state = states(Source("message", 1, "Estimada doña Karla:\n\nPodemos cambiar el cable el lunes 28 de diciembre."
                                        "\n\nPaul", D1, "outbound"),
                   Source("message", 2, "Don Paul:\n\n¿Se puede hacer antes, el miércoles 23? El 28 estamos llenos de "
                                        "turistas.\n\nKarla", D2, "inbound"))
    assert line(state, 1, "28 de diciembre").status == "superseded"


def test_a_month_the_customer_finds_late_takes_out_the_reps_month():
    state = states(Source("message", 1, "Dear Rosa,\n\nThe mill is EUR 47,800. We can deliver in February.\n\nPaul",
                          D1, "outbound"),
                   Source("message", 2, "Dear Paul,\n\nBut delivery in February is late for us, can it be in "
                                        "January?\n\nRosa", D2, "inbound"))
    assert line(state, 1, "February").status == "superseded"


def test_another_events_day_leaves_the_day_in_force():
    state = states(Source("message", 1, "Dear Rosa,\n\nWe can deliver on Monday 4 January.\n\nPaul", D1, "outbound"),
                   Source("message", 2, "Dear Paul,\n\nThe training should be on Monday 11 January.\n\nRosa", D2,
                          "inbound"))
    assert line(state, 1, "deliver").status == "open"


def test_a_line_with_two_events_stays_while_one_day_still_holds():
    state = states(Source("message", 1, "Dear Paul,\n\nThe fair runs 9 to 12 November, set-up from 5 November.\n\n"
                                        "Rosa", D1, "inbound"),
                   Source("message", 2, "Dear Paul,\n\nThe organisers now give us set-up from 6 November.\n\nRosa",
                          D2, "inbound"))
    assert line(state, 1, "fair").status == "open"


def test_a_day_within_a_deadline_or_within_its_week_moves_nothing():
    state = states(Source("message", 1, "Dear Paul,\n\nWe go ahead if delivery is before 18 January.\n\nRosa", D1,
                          "inbound"),
                   Source("note", 2, "Delivery needed wk of 11 Jan.", D2, "note"),
                   Source("message", 3, "Dear Rosa,\n\nDelivery on 14 January is possible.\n\nPaul", D3, "outbound"))
    assert line(state, 1, "18 January").status == "open"
    assert line(state, 2, "11 Jan").status == "open"


def test_a_validity_the_rep_extends_is_replaced_but_the_reps_email_moves_no_day_of_the_customers():
    state = states(Source("message", 1, "Dear Rosa,\n\nOffer valid until 20 December.\n\nPaul", D1, "outbound"),
                   Source("message", 2, "Dear Paul,\n\nOur sales convention is on 29 January in the Safi hall.\n\n"
                                        "Rosa", D2, "inbound"),
                   Source("note", 3, "Promised to extend validity to 15 January.", D3, "note"),
                   Source("message", 4, "Dear Rosa,\n\nShall we visit the Safi hall on 3 January?\n\nPaul", NOW,
                          "outbound"))
    assert line(state, 1, "valid").status == "superseded"
    assert line(state, 2, "convention").status == "open"


def test_a_point_that_prices_something_is_left_to_the_figure_rules():
    state = states(Source("message", 1, "Dear Rosa,\n\nEUR 31,500, starting Monday 1 February.\n\nPaul", D1,
                          "outbound"),
                   Source("message", 2, "Dear Paul,\n\nWe can't start on 1 February.\n\nRosa", D2, "inbound"))
    assert line(state, 1, "31,500").status == "open"
    assert redated([], [], {}) == []


def test_a_labelled_span_a_call_note_brings_forward_is_out_of_force():
    """"Termin: 5. bis 7. Januar" is a span, not a deadline "bis 7. Januar"; its label names the event."""
    state = states(Source("message", 1, "Sehr geehrter Herr Brandt,\n\nTermin: 5. bis 7. Januar.\n\nMarco", D1,
                          "outbound"),
                   Source("note", 2, "Termin vorziehen auf 21. und 22. Dezember, weil er Gäste hat.", D2, "note"))
    assert (line(state, 1, "Termin").status, line(state, 1, "Termin").by) == ("superseded", "note:2")


def test_a_short_event_word_meets_its_longer_form_and_a_day_after_its_weekday_is_of_that_clause():
    state = states(Source("message", 1, "Hallo,\n\nBauen würden wir ab Dienstag, 5. Januar, bei trockenem Wetter."
                                        "\n\nPaul", D1, "outbound"),
                   Source("note", 2, "Rückruf: wegen Frost Bau erst ab 19. Januar.", D2, "note"))
    assert line(state, 1, "5. Januar").status == "superseded"



def test_a_week_number_moved_to_another_week_takes_the_older_line_out():
    state = states(
        Source("message", 1, "Dear Rosa,\n\nWe would schedule them in weeks 9 to 12.\n\nPeter", D1, "outbound"),
        Source("message", 2, "Dear Rosa,\n\nWe can start in week 7, from Monday 15 February.\n\nPeter", D2,
               "outbound"))
    assert line(state, 1, "weeks 9 to 12").status == "superseded"


def test_week_numbers_of_two_named_events_stay_apart():
    state = states(
        Source("message", 1, "Hallo Rosa,\n\nLieferung KW 8.\n\nPeter", D1, "outbound"),
        Source("message", 2, "Hallo Rosa,\n\nDie Montage folgt in KW 10.\n\nPeter", D2, "outbound"))
    assert line(state, 1, "KW 8").status == "open"


def test_a_customers_question_moving_the_day_takes_the_reps_older_day_out_in_every_language():
    cases = [("The installation can start on Monday 18 January.", "Can we move the installation to Monday 1 February?"),
             ("Die Montage ist ab Montag, 18. Januar möglich.", "Können wir die Montage auf Montag, 1. Februar "
                                                                "schieben?"),
             ("Le montage est possible le lundi 18 janvier.", "Peut-on décaler le montage au lundi 1er février ?"),
             ("La instalación es posible el lunes 18 de enero.", "¿Podemos mover la instalación al lunes 1 de "
                                                                 "febrero?")]
    for old, new in cases:
        state = states(Source("message", 1, f"Hallo,\n\n{old}\n\nPeter", D1, "outbound"),
                       Source("message", 2, f"Hallo,\n\n{new}\n\nRosa", D2, "inbound"))
        assert line(state, 1, old[:12]).status == "superseded", old


def test_montage_is_the_event_not_a_monday():
    state = states(Source("message", 1, "Hallo,\n\nDie Montage ist am 18. Januar möglich.\n\nPeter", D1, "outbound"),
                   Source("message", 2, "Hallo,\n\nDie Lieferung bitte am 1. Februar?\n\nRosa", D2, "inbound"))
    assert line(state, 1, "Die Montage").status == "open"


def test_a_priced_line_whose_week_moved_goes_once_a_newer_source_states_its_price_again():
    old = Source("message", 1, "Hi Rosa,\n\nThe NC-40 robot is NOK 1,480,000 incl. umbilical, delivery week 3.\n\n"
                 "Alex", D1, "outbound")
    agreed = states(old, Source("note", 2, "Rosa on phone. Agreed NOK 1,480,000 for 1 incl. umbilicals, delivery "
                                "week 6.", D2, "note"))
    assert line(agreed, 1, "NC-40").status == "superseded"
    unpriced = states(old, Source("note", 2, "Rosa on phone. She needs delivery week 6.", D2, "note"))
    assert line(unpriced, 1, "NC-40").status == "open"  # the price is in force in that line only


def test_a_notes_day_revised_after_its_arrow_is_out_of_force():
    state = states(Source("note", 1, "Rosa on phone. Delivery wk 3 -> she needs week 6. Send contract.", D1, "note"))
    assert line(state, 1, "Delivery wk 3").status == "superseded"


def test_a_day_after_a_comma_is_of_the_event_before_it_in_every_language():
    """'Quiere instalar antes, semana del 17 de mayo': the week after the comma moves the installation."""
    cases = [("Installation in the week of 7 June.", "She wants to install earlier, week of 17 May."),
             ("Montage in der Woche vom 7. Juni.", "Sie möchte die Montage früher, Woche vom 17. Mai."),
             ("Installation la semaine du 7 juin.", "Elle veut installer plus tôt, semaine du 17 mai."),
             ("Instalación la semana del 7 de junio.", "Quiere instalar antes, semana del 17 de mayo.")]
    for old, new in cases:
        state = states(Source("message", 1, f"Hola,\n\n{old}\n\nPaul", D1, "outbound"),
                       Source("note", 2, new, D2, "note"))
        assert line(state, 1, "7").status == "superseded", old


def test_a_priced_offer_keeps_its_price_and_takes_the_newer_day_in_every_language():
    """'165 € ..., entrée au 1er janvier', then the rep's 'accepte l'entrée au 1er février': the price stands, the day
    said is the newer one (a bound beside it, 'avant le 17 décembre', is not)."""
    cases = [("The rent is EUR 165 per m², move-in on January 1.",
              "Good news: the landlord accepts move-in on February 1, if you sign before December 17.",
              "February 1"),
             ("Die Miete beträgt EUR 165 pro m², Einzug am 1. Januar.",
              "Der Vermieter akzeptiert den Einzug am 1. Februar, wenn Sie vor dem 17. Dezember unterschreiben.",
              "1. Februar"),
             ("Le loyer est de 165 € HT/m²/an, entrée au 1er janvier.",
              "Le propriétaire accepte l'entrée au 1er février, à condition de signer avant le 17 décembre.",
              "1er février"),
             ("El alquiler es de 165 € por m², entrada el 1 de enero.",
              "El propietario acepta la entrada el 1 de febrero, si firman antes del 17 de diciembre.", "1 de febrero")]
    for old, new, day in cases:
        state = states(Source("message", 1, f"Hola,\n\n{old}\n\nPaul", D1, "outbound"),
                       Source("message", 2, f"Hola,\n\n{new}\n\nPaul", D2, "outbound"))
        mine = [i for i in state.items if i.source_id == 1 and i.status == "open" and i.kind != "appointment"]
        assert any("165" in i.quote for i in mine), old
        assert not any(re.search(r"\b1(?:er|\.)? (?:de )?(?:January|Januar|janvier|enero)|January 1\b", i.quote)
                       for i in mine), (old, [i.quote for i in mine])
        assert all("17" not in i.quote for i in mine) and any(day in i.quote for i in mine) or "January" in old, old


def test_a_day_said_to_be_planned_roughly_is_moved_by_the_customers_newer_day_in_every_language():
    cases = [("Our harvest is expected around 11 September.",
              "Our harvest now starts on 4 September."),
             ("Für die Ernte, geplant etwa am 11. September, brauchen wir eine Maschine.",
              "Unsere Ernte beginnt jetzt am 4. September."),
             ("Pour les vendanges, prévues vers le 11 septembre, nous cherchons une machine.",
              "Nos vendanges commencent finalement le 4 septembre."),
             ("Para la vendimia, prevista hacia el 11 de septiembre, buscamos una máquina.",
              "La vendimia empieza al final el 4 de septiembre.")]
    for old, new in cases:
        state = states(Source("message", 1, f"Hola,\n\n{old}\n\nRosa", D1, "inbound"),
                       Source("message", 2, f"Hola,\n\n{new}\n\nRosa", D2, "inbound"))
        assert line(state, 1, "11").status == "superseded", old


def test_one_of_two_days_the_customer_declines_takes_their_new_day_and_the_reps_confirmation_goes():
    cases = [("Prefers Sat 9 January + Sat 16 January.", "Confirming two sessions, 9 January and 16 January.",
              "One change - 16 January doesn't work anymore. Can the second session be Saturday 23 January?",
              "23 January"),
             ("Will Sa 9. Januar + Sa 16. Januar.", "Wir bestätigen zwei Schulungen, 9. Januar und 16. Januar.",
              "Eine Änderung - 16. Januar geht leider nicht. Geht die zweite Schulung am 23. Januar?", "23. Januar"),
             ("Préfère sam 9 janvier + sam 16 janvier.", "Deux sessions confirmées : 9 janvier et 16 janvier.",
              "Un changement - le 16 janvier ne va pas. La deuxième session le 23 janvier, c'est possible ?",
              "23 janvier"),
             ("Prefiere sáb 9 de enero + sáb 16 de enero.", "Confirmo dos sesiones, 9 de enero y 16 de enero.",
              "Un cambio - el 16 de enero no nos va. ¿Puede ser la segunda sesión el 23 de enero?", "23 de enero")]
    for note, confirmed, decline, new in cases:
        state = states(Source("note", 1, note, D1, "note"),
                       Source("message", 2, f"Hola,\n\n{confirmed}\n\nPaul", D2, "outbound"),
                       Source("message", 3, f"Hola,\n\n{decline}\n\nRosa", D3, "inbound"))
        said = line(state, 1, "9")
        assert said.status == "open" and new in said.quote and "16" not in said.quote + said.text, note
        assert line(state, 2, "9").status == "superseded", confirmed
        assert not any(i.status == "open" and "16" in i.text for i in state.items), decline


def test_a_proposed_day_the_customer_replaces_as_a_change_is_out_of_force_in_every_language():
    cases = [("Proposed date: Saturday 8 July.", "Our anniversary was postponed, we now need Saturday 15 July."),
             ("Vorgeschlagener Termin: Samstag, 8. Juli.", "Unser Fest wurde verschoben, wir brauchen jetzt Samstag, "
                                                           "15. Juli."),
             ("Date proposée : samedi 8 juillet.", "Notre fête est reportée, il nous faut maintenant le samedi 15 "
                                                   "juillet."),
             ("Fecha propuesta: sábado 8 de julio.", "La fiesta se ha aplazado, ahora necesitamos el sábado 15 de "
                                                     "julio.")]
    for old, new in cases:
        state = build_state([Source("message", 1, f"Hallo,\n\n{old}\n\nPaul", datetime(2028, 6, 6, 8), "outbound"),
                             Source("message", 2, f"Hallo,\n\n{new}\n\nRosa", datetime(2028, 6, 20, 8), "inbound")],
                            "Europe/Berlin", datetime(2028, 6, 28, 8), customer_name="Rosa Lind")
        assert line(state, 1, "8").status == "superseded", old


def test_a_start_said_with_from_replaces_the_earliest_start_in_every_language():
    cases = [("The campaign starts on Thursdays, at the earliest on Thursday 13 July.",
              "One change: only from Thursday 20 July, because of our wine festival."),
             ("Start ist immer donnerstags, frühestens am Donnerstag, 13. Juli.",
              "Eine Änderung: bitte erst ab Donnerstag, 20. Juli, wegen unseres Weinfests."),
             ("Le début est toujours le jeudi, au plus tôt le jeudi 13 juillet.",
              "Un changement : seulement à partir du jeudi 20 juillet, à cause de notre fête du vin."),
             ("El inicio es siempre en jueves, como pronto el jueves 13 de julio.",
              "Un cambio: solo a partir del jueves 20 de julio, por nuestra fiesta del vino.")]
    for old, new in cases:
        state = build_state([Source("message", 1, f"Hallo,\n\n{old}\n\nPaul", datetime(2028, 6, 21, 8), "outbound"),
                             Source("message", 2, f"Hallo,\n\n{new}\n\nRosa", datetime(2028, 6, 27, 8), "inbound")],
                            "Europe/Berlin", datetime(2028, 6, 28, 8), customer_name="Rosa Lind")
        assert line(state, 1, "13").status == "superseded", old


def test_a_day_of_another_event_said_as_a_change_leaves_a_named_events_day_in_force():
    state = build_state([Source("message", 1, "Hallo,\n\nDie Anlieferung der Prospekte ist am Mittwoch, 12. Juli."
                                              "\n\nPaul", datetime(2028, 6, 21, 8), "outbound"),
                         Source("message", 2, "Hallo,\n\nUnser Fest wurde verschoben, wir feiern jetzt am Samstag, 22. "
                                              "Juli.\n\nRosa", datetime(2028, 6, 27, 8), "inbound")],
                        "Europe/Berlin", datetime(2028, 6, 28, 8), customer_name="Rosa Lind")
    assert line(state, 1, "12. Juli").status == "open"


def _proposed_then(old: str, new: str):
    """The state of a rep's proposed day followed eight days on by the customer's reply."""
    return build_state([Source("message", 1, f"Hallo,\n\n{old}\n\nPaul", datetime(2029, 1, 8, 8), "outbound"),
                        Source("message", 2, f"Hallo,\n\n{new}\n\nRosa", datetime(2029, 1, 16, 8), "inbound")],
                       "Europe/Berlin", datetime(2029, 1, 17, 8), customer_name="Rosa Lind")


def test_a_proposed_day_declined_by_its_day_of_the_month_alone_is_out_of_force_in_every_language():
    cases = [("Erster Termin wäre Dienstag, 23. Jänner, um 7 Uhr.",
              "Und der 23. geht leider nicht, da kommt die Lebensmittelaufsicht. Geht es schon am Freitag, 19. Jänner?"),
             ("The first visit would be Tuesday 23 January at 7.",
              "The 23rd doesn't work, the inspectors come then. Could you come on Friday 19 January?"),
             ("Première visite le mardi 23 janvier à 7 h.",
              "Le 23 ne va pas, l'inspection vient ce jour-là. Pouvez-vous venir le vendredi 19 janvier ?"),
             ("Primera visita el martes 23 de enero a las 7.",
              "El 23 no nos va, viene la inspección. ¿Puede venir el viernes 19 de enero?")]
    for old, new in cases:
        assert line(_proposed_then(old, new), 1, "23").status == "superseded", old


def test_der_before_a_count_is_no_day_of_the_month():
    state = _proposed_then("Erster Termin wäre Dienstag, 23. Jänner, um 7 Uhr.",
                           "Die Lage der 3 Standorte geht leider nicht aus dem Plan hervor.")
    assert line(state, 1, "23").status == "open"


def test_a_week_taken_by_another_event_moves_the_rep_s_start_in_it_in_every_language():
    cases = [("Montage im KW 6 (ab 5. Februar) möglich.",
              "Allerdings: in KW 6 wird der Parkplatz neu asphaltiert, bitte Montage ab 19. Februar."),
             ("Installation possible from 5 February.",
              "On 5 February the car park is being resurfaced, please schedule the installation from 19 February."),
             ("Installation possible à partir du 5 février.",
              "Le 5 février le parking est refait, merci de prévoir l'installation à partir du 19 février."),
             ("Instalación posible a partir del 5 de febrero.",
              "El 5 de febrero se asfalta el parking, por favor la instalación a partir del 19 de febrero.")]
    for old, new in cases:
        assert line(_proposed_then(old, new), 1, "5").status == "superseded", old

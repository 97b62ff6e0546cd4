"""Stale day words taken out of a point (followup/drafting/staledays.py)."""
from datetime import date, datetime

from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.drafting.staledays import (
    stale_days,
    stale_words,
    without_declined_day,
    without_lapsed_spans,
    without_source_day,
)


def test_this_week_from_a_week_that_has_passed_goes_in_four_languages():
    thursday, monday = date(2027, 1, 14), date(2027, 1, 18)
    assert without_lapsed_spans("Please send it this week, we sign before 22 January.", thursday, monday) == \
        "Please send it, we sign before 22 January."
    assert without_lapsed_spans("Bitte schicken Sie es noch diese Woche.", thursday, monday) == "Bitte schicken Sie es."
    assert without_lapsed_spans("Envoyez-le cette semaine.", thursday, monday) == "Envoyez-le."
    assert without_lapsed_spans("Mándelo esta semana.", thursday, monday) == "Mándelo."
    # said this week: still this week
    assert without_lapsed_spans("Please send it this week.", thursday, date(2027, 1, 15)) == "Please send it this week."


def test_a_ranked_week_of_a_month_that_is_over_goes():
    said, today = date(2026, 12, 23), date(2027, 1, 18)
    assert without_lapsed_spans("I will send the contract in the first week of January, once we reopen.", said,
                                today) == "I will send the contract, once we reopen."
    assert without_lapsed_spans("Je l'envoie la première semaine de janvier.", said, today) == "Je l'envoie."
    assert without_lapsed_spans("Lieferung in der ersten Januarwoche.", said, today) == "Lieferung."
    assert without_lapsed_spans("Lo mando la primera semana de enero.", said, today) == "Lo mando."
    # a week still ahead stays
    assert "last week of January" in without_lapsed_spans("Delivery in the last week of January.", said, today)


def test_a_day_declined_in_its_own_clause_goes_with_the_rest_kept():
    said = date(2027, 3, 24)
    assert without_declined_day("Le dimanche 23 mai ne sera pas possible (3 mois d'atelier), mais le 3 novembre sans "
                                "problème.", said) == "Le 3 novembre sans problème."
    assert without_declined_day("le prix vous va, mais vos travaux ne pourront pas être finis pour le 1er janvier",
                                said) == "le prix vous va"
    assert without_declined_day("The price is fine, but 5 April won't work for us.", said) == "The price is fine"
    assert without_declined_day("Der 5. April passt uns leider nicht, aber der 12. April geht.", said) == \
        "Der 12. April geht."
    assert without_declined_day("El 5 de abril no nos va, pero el 12 de abril sí.", said) == "El 12 de abril sí."
    # no day named, or a question: kept
    assert without_declined_day("That won't work for us.", said) == "That won't work for us."
    assert stale_words("Is 5 April not possible?", said, said) == "Is 5 April not possible?"


def test_a_time_of_day_the_customer_moves_replaces_the_older_one():
    note = Source("note", 1, "Visite lundi 12 avril, 13 h.", datetime(2027, 3, 22, 18), "note")
    mail = Source("message", 2, "Pourrais-tu arriver plutôt à 14 h, j'ai le vétérinaire à 13 h.",
                  datetime(2027, 4, 5, 23), "inbound")
    cleaned = {("note", 1): note.text, ("message", 2): mail.text}
    item = Item(kind="appointment", text="visite le lundi 12 avril à 13 h", quote=note.text, source_kind="note",
                source_id=1, at=note.at, direction="note")
    out = stale_days([item], [note, mail], cleaned, date(2027, 4, 6))
    assert out[0].text == "visite le lundi 12 avril à 14 h"
    # the same time said again changes nothing; a point with nothing left is superseded
    declined = Item(kind="term", text="Le 23 mai ne nous va pas.", quote="", source_kind="message", source_id=2,
                    at=mail.at, direction="inbound")
    assert stale_days([declined], [note, mail], cleaned, date(2027, 4, 6))[0].status == "superseded"


def test_the_sources_own_day_goes_once_that_day_has_passed_in_four_languages():
    said, weeks_on = date(2031, 5, 6), date(2031, 5, 27)
    for line, left in [("The brochures went out by post this afternoon, tracking RM-448.",
                        "The brochures went out by post, tracking RM-448."),
                       ("Die Prospekte sind heute Vormittag per Post raus.", "Die Prospekte sind per Post raus."),
                       ("Les brochures sont parties ce matin par la poste.", "Les brochures sont parties par la poste."),
                       ("Los folletos salieron esta tarde por correo.", "Los folletos salieron por correo."),
                       ("Wir montieren morgen früh.", "Wir montieren.")]:
        assert without_source_day(line, line, said, weeks_on) == left
    # said on the draft's own day: still true; "Guten Morgen" names no day; a lone word left is nothing to say
    assert without_source_day("Posted this afternoon.", "Posted this afternoon.", weeks_on, weeks_on) == \
        "Posted this afternoon."
    assert without_source_day("Guten Morgen, alles bestellt.", "Guten Morgen, alles bestellt.", said, weeks_on) == \
        "Guten Morgen, alles bestellt."
    assert without_source_day("Hoy mismo.", "Hoy mismo.", said, weeks_on) == ""


def test_a_day_the_state_restated_against_the_draft_stays():
    # a note's "Fri" already said as "today": the quote never said the source's own day
    said, today = date(2031, 5, 6), date(2031, 5, 9)
    assert without_source_day("I'll send the plan today.", "Send plan Fri.", said, today) == "I'll send the plan today."


def test_a_point_told_on_its_own_day_loses_that_day_weeks_later_but_a_promise_keeps_its_own_rules():
    mail = Source("message", 3, "Le colis est parti aujourd'hui.", datetime(2031, 5, 6, 15), "outbound")
    told = Item(kind="term", text="Le colis est parti aujourd'hui.", quote=mail.text, source_kind="message",
                source_id=3, at=mail.at, direction="outbound")
    promise = Item(kind="commitment", text="Je vous appelle aujourd'hui.", quote="Je vous appelle aujourd'hui.",
                   source_kind="message", source_id=3, at=mail.at, direction="outbound")
    out = stale_days([told, promise], [mail], {("message", 3): mail.text}, date(2031, 5, 27))
    assert [i.text for i in out] == ["Le colis est parti.", "Je vous appelle aujourd'hui."]

"""A note's dated clause in a week or after an event verb, said as the rep's sentence in en/de/fr/es."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from followup.drafting.items import Item, State
from followup.drafting.saying import sentences
from followup.drafting.weekdated import (
    dated_sentence,
    day_sentence,
    event_sentence,
    moved_sentence,
    week_replaced,
    week_sentence,
)


@pytest.mark.parametrize(("clause", "language", "said"), [
    ("Livraison possible semaine du 11 septembre.", "fr", "La livraison est possible la semaine du 11 septembre."),
    ("Livraison semaine du 25 sept.", "fr", "La livraison est prévue la semaine du 25 sept."),
    ("Lieferung KW 38", "de", "Die Lieferung ist für KW 38 geplant."),
    ("Lieferung möglich in KW 38", "de", "Die Lieferung ist in KW 38 möglich."),
    ("Lieferung in der Woche vom 25.9.", "de", "Die Lieferung ist für die Woche vom 25.9. geplant."),
    ("Delivery week of 25 Sept", "en", "The delivery is planned for the week of 25 Sept."),
    ("delivery possible w/c 11 Sept", "en", "The delivery is possible in the week of 11 Sept."),
    ("Installation planned week 38", "en", "The installation is planned for week 38."),
    ("Entrega semana del 25 de septiembre", "es", "La entrega está prevista para la semana del 25 de septiembre."),
    ("entrega posible la semana del 11 de septiembre", "es", "La entrega es posible la semana del 11 de septiembre."),
    # two things joined, each with its article, the verb plural and agreeing
    ("Livraison et installation semaine du 8 novembre.", "fr",
     "La livraison et l'installation sont prévues la semaine du 8 novembre."),
    ("Lieferung und Montage KW 38", "de", "Die Lieferung und die Montage sind für KW 38 geplant."),
    ("Entrega e instalación semana del 8 de noviembre", "es",
     "La entrega y la instalación están previstas para la semana del 8 de noviembre."),
    ("Delivery and installation week of 8 Nov", "en", "The delivery and installation are planned for the week of 8 Nov."),
    # a day not yet firm, said so
    ("Delivery wk 2 Feb tbc.", "en", "The delivery is planned for the week of 2 Feb, to be confirmed."),
    ("Livraison semaine du 2 février à confirmer", "fr", "La livraison est prévue la semaine du 2 février, à confirmer."),
])
def test_week_sentence(clause, language, said):
    assert week_sentence(clause, language) == said


@pytest.mark.parametrize(("clause", "language", "said"), [
    ("yes, hall opens for builders 22 Sept.", "en", "The hall opens for builders on 22 Sept."),
    ("Messe öffnet für Aussteller am 22.9.", "de", "Die Messe öffnet für Aussteller am 22.9."),
    ("le salon ouvre aux exposants le 22 septembre", "fr", "Le salon ouvre aux exposants le 22 septembre."),
    ("la feria abre el 22 de septiembre", "es", "La feria abre el 22 de septiembre."),
])
def test_event_sentence(clause, language, said):
    assert event_sentence(clause, language) == said


@pytest.mark.parametrize(("clause", "language", "said"), [
    ("Inauguración sábado 30 de enero.", "es", "La inauguración está prevista para el sábado 30 de enero."),
    ("Inauguration le 12 mars", "fr", "L'inauguration est prévue le 12 mars."),
    ("Abholung 12.10.", "de", "Die Abholung ist für 12.10. geplant."),
    ("Lancement 4 septembre", "fr", "Le lancement est prévu le 4 septembre."),
])
def test_day_sentence(clause, language, said):
    assert day_sentence(clause, language) == said


@pytest.mark.parametrize(("clause", "language"), [
    ("Termin Fr.", "de"),  # a weekday cut short, no day
    ("Quiere la entrega el 29 de noviembre.", "es"),  # the customer's wish, told of
    ("Joris asked if we can build earlier", "en"),  # no day
    ("he said delivery week of 5 Oct", "en"),  # the note's report, not the event
    ("Rückruf KW 38 wegen Preis", "de"),  # more than the event and its week
    ("Muster semaine du 11 septembre", "fr"),  # a noun without a known article
])
def test_not_a_dated_clause(clause, language):
    assert dated_sentence(clause, language) == ""


def test_note_terms_keep_their_week():
    said = [s for s, _ in sentences(["Livraison semaine du 25 sept."], "fr", "", 3)]
    assert said == ["La livraison est prévue la semaine du 25 sept."]


@pytest.mark.parametrize(("clause", "language", "said"), [
    ("Livraison déplacée au mardi 5 janvier (route d'Édéa en travaux).", "fr",
     "La livraison est déplacée au mardi 5 janvier."),
    ("Passage décalé au 12 mars", "fr", "Le passage est décalé au 12 mars."),
    ("Inspection moved to Thu 14 October.", "en", "The inspection has moved to Thu 14 October."),
    ("Lieferung verschoben auf 11.1.", "de", "Die Lieferung ist auf 11.1. verschoben."),
    ("La entrega pasada al lunes 4 de marzo", "es", "La entrega se ha pasado al lunes 4 de marzo."),
])
def test_moved_sentence(clause, language, said):
    assert moved_sentence(clause, language) == said


@pytest.mark.parametrize(("clause", "language", "said"), [
    ("Livraison possible le 14 janvier.", "fr", "La livraison est possible le 14 janvier."),
    ("visite possible jeudi 7 janvier.", "fr", "La visite est possible le jeudi 7 janvier."),
    ("Lieferung möglich 14.1.", "de", "Die Lieferung ist am 14.1. möglich."),
    ("Entrega posible el lunes 18 de enero", "es", "La entrega es posible el lunes 18 de enero."),
    ("Our season starts 1 April", "en", "Our season starts on 1 April."),
])
def test_possible_day_and_own_season(clause, language, said):
    assert dated_sentence(clause, language) == said


@pytest.mark.parametrize(("clause", "language"), [
    ("Livraison avant le 1er mars.", "fr"),  # a limit, said as a term elsewhere
    ("Date souhaitée mardi 21 septembre", "fr"),  # a participle, not the event
    ("which starts 30 August.", "en"),  # a clause cut from its noun
    ("proposition\n\nLa semaine du 1er février", "fr"),  # a paragraph's end
])
def test_no_event_of_its_own(clause, language):
    assert dated_sentence(clause, language) == "" and day_sentence(clause, language) == ""


def _item(quote: str, direction: str, day: int) -> Item:
    """One source's point on a day of June 2027."""
    return Item(kind="term", text="", quote=quote, source_kind="message", source_id=day,
                at=datetime(2027, 6, day, tzinfo=timezone.utc), direction=direction)


@pytest.mark.parametrize(("language", "old", "new", "replaced"), [
    ("en", "Installation in the week of 7 June.", "Is the week of 10 May possible?", True),
    ("de", "Ausführung KW 10.", "KW 9 ab Montag, 1. März passt uns.", True),
    ("fr", "Livraison semaine du 25 sept.", "La semaine du 25 sept. nous va.", False),  # the same week
    ("es", "Entrega semana del 8 de noviembre.", "Gracias por la oferta.", False),  # no other week
])
def test_a_week_another_later_week_replaced_is_not_in_force(language, old, new, replaced):
    first, later = _item(old, "outbound", 1), _item(new, "inbound", 2)
    state = State(items=(first, later), language=language, today=date(2027, 6, 3), last={})
    assert week_replaced(first, state) is replaced


def test_erste_begehung_keeps_its_adjective_lower_case():
    assert day_sentence("Erste Begehung Mo 8. März", "de") == "Die erste Begehung ist für Mo 8. März geplant."


@pytest.mark.parametrize("clause, language, said", [
    ("Installation in the week of Apr 8 by crane, well before the 30 April opening.", "en",
     "The installation is planned for the week of Apr 8 by crane, well before the 30 April opening."),
    ("Second delivery week of 3 June, done before 20 June.", "en",
     "The second delivery is planned for the week of 3 June, before 20 June."),
    ("Montage semaine du 8 avril, bien avant le 30 avril.", "fr",
     "Le montage est prévu la semaine du 8 avril, bien avant le 30 avril."),
    ("Montage in der Woche vom 8.4., vor dem 30. April.", "de",
     "Die Montage ist für die Woche vom 8.4., vor dem 30. April geplant."),
    ("Instalación la semana del 8 de abril, antes del 30 de abril.", "es",
     "La instalación está prevista para la semana del 8 de abril, antes del 30 de abril."),
])
def test_a_week_with_the_day_it_must_be_done_before_is_said_whole(clause, language, said):
    assert dated_sentence(clause, language) == said

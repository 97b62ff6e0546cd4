"""What the customer cut, replaced or turned down since an offer or request, and what a later source shows done
(followup/drafting/narrowed.py)."""
from datetime import datetime

import pytest

from followup.drafting.items import Item
from followup.drafting.namedweekdays import refused_weekday
from followup.drafting.narrowed import (
    dropped_parts,
    heads_recounted,
    let_know_kept,
    recounted_own,
    replaced_weekday,
    same_time,
    timing_dated,
    turned_down,
    unread_changes,
    visit_done,
    wish_taken_up,
)
from followup.drafting.sentences import Source

T1, T2, T3 = datetime(2027, 5, 3, 9), datetime(2027, 5, 5, 9), datetime(2027, 5, 7, 9)


def _item(kind, quote, direction, at, sid=1):
    return Item(kind=kind, text=quote, quote=quote, source_kind="message", source_id=sid, at=at, direction=direction)


def _run(rule, item, later, direction="inbound", **kw):
    first = Source("message", item.source_id, item.quote, item.at, item.direction)
    second = Source("message", 9, later, T2, direction)
    ordered = [first, second]
    cleaned = {(s.kind, s.id): s.text for s in ordered}
    return rule([item], ordered, cleaned, **kw)[0]


@pytest.mark.parametrize("offer, cut", [
    ("Design of the living room and the kitchen, plans and site visits: EUR 7,800.",
     "We're not doing the kitchen this year, only the living room."),
    ("Planung von Wohnzimmer und Küche, inklusive Bauleitung: 7.800 € netto.",
     "Die Küche machen wir dieses Jahr nicht, nur das Wohnzimmer."),
    ("Conception du séjour et de la cuisine, plans et suivi de chantier, 7 800 € HTVA.",
     "Par contre nous ne faisons pas la cuisine cette année, seulement le séjour."),
    ("Diseño del salón y de la cocina, planos y dirección de obra: 7.800 €.",
     "Al final no hacemos la cocina este año, solo el salón."),
])
def test_a_priced_line_for_a_part_the_customer_drops_is_out_of_force(offer, cut):
    item = _run(dropped_parts, _item("term", offer, "outbound", T1), cut)
    assert item.status == "superseded" and item.by == "message:9"


@pytest.mark.parametrize("option, drop", [
    ("Heating jacket (option): USD 4,300.", "We want the mixer without the heating jacket, we don't need it."),
    ("Zuführtrichter als Option: 2.150 € netto.", "Wir nehmen die Anlage, aber ohne den Zuführtrichter."),
    ("Hotte aspirante en option : 3 900 € HT.", "Nous retenons le modèle C, sans la hotte aspirante."),
    ("Etiquetador opcional: 5.600 €.", "Queremos la línea completa sin el etiquetador."),
])
def test_an_option_left_out_goes_even_after_the_rep_priced_again(option, drop):
    line = _item("term", option, "outbound", T1)
    mixer = _item("term", "Mixer with the larger bowl: USD 21,000.", "outbound", T3, sid=5)
    ordered = [Source("message", 1, option, T1, "outbound"), Source("message", 9, drop, T2, "inbound"),
               Source("message", 5, mixer.quote, T3, "outbound")]
    cleaned = {(s.kind, s.id): s.text for s in ordered}
    note = _item("term", option.split(":")[-1].strip(), "note", T1, sid=2)  # the same figure in the call note
    out = dropped_parts([line, note, mixer], ordered, cleaned)
    assert [i.status for i in out] == ["superseded", "superseded", "open"]


def test_an_option_left_out_then_offered_again_stays():
    line = _item("term", "Heating jacket (option): USD 4,300.", "outbound", T1)
    ordered = [Source("message", 1, line.quote, T1, "outbound"),
               Source("message", 9, "We want the mixer without the heating jacket.", T2, "inbound"),
               Source("message", 5, "The heating jacket would be USD 3,900 if you change your mind.", T3, "outbound")]
    cleaned = {(s.kind, s.id): s.text for s in ordered}
    assert dropped_parts([line], ordered, cleaned)[0].status == "open"


def test_a_dropped_part_the_line_does_not_name_leaves_it_in_force():
    offer = _item("term", "Design of the living room, plans and site visits: EUR 5,200.", "outbound", T1)
    assert _run(dropped_parts, offer, "We're not doing the garage after all.").status == "open"


@pytest.mark.parametrize("offer, change", [
    ("Exclusive use for a Saturday in June is GBP 8,900, including the barn.",
     "Could we do Friday 14 June instead? What's the Friday price?"),
    ("Kurs montags 8:00 bis 9:30, 3.900 € gesamt.",
     "Könnten wir auf Mittwoch wechseln? Was kostet das dann?"),
    ("Location le samedi 12 juin : 4 200 € TTC.", "Le vendredi plutôt, ce serait possible ? Quel est le prix ?"),
    ("Alquiler del sábado: 3.500 €.", "¿Podría ser el viernes en vez del sábado? ¿Cuánto cuesta?"),
])
def test_a_weekday_replaced_while_asking_the_new_price_takes_the_old_price_out(offer, change):
    assert _run(replaced_weekday, _item("term", offer, "outbound", T1), change).status == "superseded"


def test_a_weekday_replaced_without_asking_the_price_keeps_the_offer():
    offer = _item("term", "Kurs montags 8:00 bis 9:30, 3.900 € gesamt.", "outbound", T1)
    assert _run(replaced_weekday, offer, "Könnten wir auf Mittwoch wechseln, gleiche Uhrzeit?").status == "open"


@pytest.mark.parametrize("wish, offer", [
    ("Y queremos también la tarde.", "Mayo, 40 avisos en el matinal y 20 en la tarde: ARS 3.300.000 más IVA."),
    ("We'd also like the afternoon slot.", "With the afternoon slot the total is USD 4,100."),
    ("Wir möchten auch die Terrasse.", "Mit Terrasse kostet die Miete 2.300 €."),
])
def test_a_wish_the_reps_next_offer_priced_is_taken_up(wish, offer):
    item = _run(wish_taken_up, _item("request", wish, "inbound", T1), offer, "outbound")
    assert item.status == "answered" and item.by == "message:9"


def test_a_wish_with_a_time_limit_is_taken_up_by_a_day_for_it():
    wish = _item("request", "Our CEO wants the presentation before the summer.", "inbound", T1)
    later = "I propose the concept presentation on Wednesday 19 May at your office."
    assert _run(wish_taken_up, wish, later, "outbound").status == "answered"
    assert _run(wish_taken_up, wish, "Our fee is SEK 136,000.", "outbound").status == "open"


@pytest.mark.parametrize("term, later", [
    ("First concept presentation 3 weeks after go.", "I propose the concept presentation on Wednesday 19 May."),
    ("Premières planches d'ambiance trois semaines après accord.",
     "Je vous propose de présenter les planches d'ambiance le mercredi 19 mai."),
])
def test_a_time_after_the_go_ahead_gives_way_to_a_day(term, later):
    item = _run(timing_dated, _item("term", term, "outbound", T1), later, "outbound")
    assert item.status == "superseded"


@pytest.mark.parametrize("old, new", [
    ("Nous organisons un séminaire du 7 au 9 juin pour 28 consultants.",
     "Nous confirmons pour 30 personnes finalement."),
    ("We're planning a team day for 18 employees.", "It's 20 people now, two joined."),
    ("Wir planen den Ausflug mit 12 Mitarbeitern.", "Wir sind jetzt doch 14 Personen."),
    ("Somos 40 invitados para la cena.", "Al final seremos 45 personas."),
])
def test_a_head_count_counted_anew_replaces_the_older(old, new):
    assert _run(heads_recounted, _item("term", old, "inbound", T1), new).status == "superseded"


def test_the_same_head_count_said_again_keeps_it():
    old = _item("term", "We're planning a team day for 18 employees.", "inbound", T1)
    assert _run(heads_recounted, old, "So it's 18 people now, confirmed.").status == "open"


@pytest.mark.parametrize("quote", [
    "der 17. April ist Ostermontag, das geht natürlich nicht.",
    "Friday 14 May doesn't work for us.",
    "Le mardi 11 mai ne va pas.",
    "El martes 11 de mayo no nos va.",
])
def test_a_date_the_customer_turns_down_is_not_noted_back(quote):
    assert turned_down([_item("term", quote, "inbound", T1)])[0].status == "superseded"


def test_a_date_the_customer_keeps_is_noted():
    assert turned_down([_item("term", "We arrive on Friday 14 May.", "inbound", T1)])[0].status == "open"


@pytest.mark.parametrize("ask, note", [
    ("Could you set up some viewings?", "Showed Priya + Arjun 3 units. They liked #305."),
    ("Können wir eine Probefahrt machen?", "Fr. Hansen im Haus, Probefahrt. Will den ID.3."),
    ("Pourrions-nous organiser une visite ?", "Visite faite avec M. Roy, il a aimé le lot 4."),
    ("¿Podemos hacer una visita?", "Visitamos la nave con Julia, le gustó."),
])
def test_a_viewing_a_later_note_records_is_done(ask, note):
    item = _run(visit_done, _item("question", ask, "inbound", T1), note, "note")
    assert item.status == "answered"


def test_a_viewing_a_note_only_plans_stays_asked():
    item = _run(visit_done, _item("question", "Could you set up a viewing?", "inbound", T1),
                "Viewing planned for Tue 18 May at 5pm.", "note")
    assert item.status == "open"


@pytest.mark.parametrize("promise, later", [
    ("I've asked the listing agent about levies and will let you know.",
     "Listing agent: no special levy planned, roof replaced 2025."),
    ("Zur Förderung der Wallbox melde ich mich, sobald ich es weiß.", "Wallbox-Förderung: 900 € je Wallbox."),
    ("Je me renseigne pour les samedis.", "Samedis : ouvert de 9 h à 12 h."),
])
def test_a_promise_to_find_out_a_later_source_answers_is_kept(promise, later):
    item = _run(let_know_kept, _item("feature", promise, "outbound", T1), later, "note")
    assert item.status == "kept"


def test_a_later_source_that_puts_it_off_keeps_the_promise_open():
    item = _run(let_know_kept, _item("feature", "I've asked the listing agent about levies and will let you know.",
                                     "outbound", T1), "Listing agent still has to check the levies.", "note")
    assert item.status == "open"


@pytest.mark.parametrize("sentence, language", [
    ("Kleine Änderung: eins davon bitte in Weiß statt Grau, für die Leitung.", "de"),
    ("Small change: one of them in white instead of grey.", "en"),
    ("Petit changement : une des voitures en blanc au lieu de gris.", "fr"),
    ("Pequeño cambio: uno de ellos en blanco en vez de gris.", "es"),
])
def test_a_change_without_a_verb_is_kept_as_a_term(sentence, language):
    src = Source("message", 3, f"Hallo,\n\n{sentence}\n\nB.", T3, "inbound")
    items = unread_changes([], [src], {(src.kind, src.id): sentence}, language)
    assert [(i.kind, i.quote) for i in items] == [("term", sentence)]


@pytest.mark.parametrize("proposal, change, said", [
    ("I propose the presentation on Wednesday 19 May at your office at 10:00.",
     "Can we do Tuesday 25 May instead, same time?", "same time, 10:00"),
    ("Kurs montags 8:00 bis 9:30 in Ihrer Kanzlei.", "Könnten wir auf Mittwoch wechseln, gleiche Uhrzeit?",
     "gleiche Uhrzeit, 8:00 bis 9:30"),
    ("Je vous propose le mardi 18 mai à 14h30.", "Le jeudi 20 mai à la même heure, ce serait possible ?",
     "à la même heure, 14h30"),
    ("Le propongo el lunes 17 de mayo a las 9:00.", "¿Podemos pasarlo al miércoles, a la misma hora?",
     "a la misma hora, 9:00"),
])
def test_the_same_time_of_a_moved_day_is_said_with_its_time(proposal, change, said):
    item = _run(same_time, _item("question", change, "inbound", T3), proposal, "outbound")
    assert said in item.quote


@pytest.mark.parametrize("offer, refusal, kept", [
    ("20 sessions, montags 8:00 bis 9:30 in Ihrer Kanzlei, 3.900 € gesamt.",
     "Und montags ist bei uns ohnehin schlecht.", "20 sessions, 8:00 bis 9:30 in Ihrer Kanzlei, 3.900 € gesamt."),
    ("20 sessions on Mondays 8:00 to 9:30, EUR 3,900.", "Mondays don't work for us, sorry.",
     "20 sessions 8:00 to 9:30, EUR 3,900."),
    ("20 séances le lundi de 8h00 à 9h30, 3 900 €.", "Le lundi ne nous convient pas.",
     "20 séances de 8h00 à 9h30, 3 900 €."),
    ("20 sesiones los lunes de 8:00 a 9:30, 3.900 €.", "Los lunes no nos van bien.",
     "20 sesiones de 8:00 a 9:30, 3.900 €."),
])
def test_a_weekday_the_customer_calls_bad_is_left_out_of_the_reps_line(offer, refusal, kept):
    item = _run(refused_weekday, _item("term", offer, "outbound", T1), refusal)
    assert item.quote == kept and item.status == "open"


def test_a_weekday_the_customer_does_not_refuse_stays():
    offer = _item("term", "20 sessions on Mondays 8:00 to 9:30, EUR 3,900.", "outbound", T1)
    assert _run(refused_weekday, offer, "Fridays don't work for us.").quote == offer.quote


@pytest.mark.parametrize("old, new, said", [
    ("wir brauchen 6 Staplerfahrer mit Staplerschein, ab 19. Juni für 8 Wochen.",
     "Eine Änderung: nur 5 Fahrer, dafür schon ab 12. Juni.",
     "wir brauchen 5 Staplerfahrer mit Staplerschein, ab 12. Juni für 8 Wochen."),
    ("We need 6 forklift drivers from 19 June for 8 weeks.", "One change: only 5 drivers, but from 12 June.",
     "We need 5 forklift drivers from 12 June for 8 weeks."),
    ("Il nous faut 6 caristes à partir du 19 juin.", "Finalement 5 caristes, à partir du 12 juin.",
     "Il nous faut 5 caristes à partir du 12 juin."),
    ("Necesitamos 6 grupos focales desde el 19 de junio.", "Un cambio: o sea 4 grupos, desde el 12 de junio.",
     "Necesitamos 4 grupos focales desde el 12 de junio."),
])
def test_the_customer_older_count_and_start_day_give_way_to_their_change(old, new, said):
    """Their older request is said with the newest count and start day, never the replaced ones."""
    assert _run(recounted_own, _item("term", old, "inbound", T1), new).quote == said


def test_a_later_sentence_that_changes_nothing_leaves_the_count():
    old = _item("term", "We need 6 forklift drivers from 19 June.", "inbound", T1)
    assert _run(recounted_own, old, "We have 5 drivers of our own from 12 June.").quote == old.quote

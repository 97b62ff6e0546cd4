"""Tests for followup.drafting.needby: a day the customer needs the work by, asked in an answer slot."""
from datetime import datetime, timedelta

from followup.drafting.items import Item
from followup.drafting.needby import NEEDED, needed_by, needed_slots
from followup.drafting.sentences import Source

AT = datetime(2027, 3, 1, 9)


def item(quote, kind="constraint", day=0, n=1, direction="inbound", status="open"):
    return Item(kind=kind, text="", quote=quote, source_kind="message", source_id=n, at=AT + timedelta(days=day),
                direction=direction, status=status)


def source(text, direction="outbound", day=1, n=2):
    return Source(kind="message" if direction != "note" else "note", id=n, at=AT + timedelta(days=day),
                  direction=direction, text=text)


def slots(items, sources=(), language="en"):
    found = needed_by(list(items), list(sources), {}, language)
    return [q for q, _ in needed_slots(found, language)]


def test_a_thing_that_must_be_done_by_a_day_is_asked():
    assert slots([item("Also, the roof must be finished before our 12 April opening.")]) == [
        "[[answer: can the roof be finished before 12 April?]]"]


def test_we_need_it_by_a_day_is_asked_with_its_reason():
    assert slots([item("We need them delivered by Friday 9 April, because the gallery opens then.")]) == [
        "[[answer: can they be delivered by Friday 9 April? (the gallery opens then)]]"]


def test_a_list_line_naming_the_rep_s_work_and_a_day_is_asked():
    assert slots([item("2. Installation of the 6 kiosks before 20 May.", kind="term")]) == [
        "[[answer: can the 6 kiosks be installed before 20 May?]]"]


def test_a_reason_in_the_customer_s_own_voice_is_left_out():
    assert slots([item("The panels must be fitted by 3 June, as we reopen on the 5th.")]) == [
        "[[answer: can the panels be fitted by 3 June?]]"]


def test_the_rep_naming_the_day_since_answers_it_unless_still_to_confirm():
    need = item("The signs must be installed by 14 May.")
    assert slots([need], [source("Yes, 14 May works for the install.")]) == []
    assert slots([need], [source("Install 14 May tbc with the crew.", direction="note")]) == [
        "[[answer: can the signs be installed by 14 May?]]"]


def test_no_slot_for_a_question_their_own_the_customer_s_side_or_a_closed_point():
    assert slots([item("Can the signs be installed by 14 May?", kind="question")]) == []
    assert slots([item("We must finish the foundations by 14 May.")]) == []  # their own work
    assert slots([item("The signs must be installed by 14 May.", status="answered")]) == []
    assert slots([item("The signs must be installed by 14 May.", direction="outbound")]) == []
    assert slots([item("Can you install on 14 May?", kind="question"),
                  item("The signs must be installed by 14 May.", day=1, n=3)]) == []


def test_spanish_and_german_needs_are_asked_in_their_language():
    assert slots([item("Y lo necesitamos instalado antes del 2 de mayo.")], language="es") == [
        "[[answer: ¿puede estar instalado antes del 2 de mayo?]]"]
    assert slots([item("Die Anlage muss bis zum 15. Mai fertig sein.")], language="de") == [
        "[[answer: Kann die Anlage bis zum 15. Mai fertig sein?]]"]


def test_the_slot_item_keeps_its_source():
    need = item("The roof must be finished before 12 April.")
    (added,) = [i for i in needed_by([need], [], {}, "en") if i.kind == NEEDED]
    assert added.quote == need.quote and added.source_id == need.source_id


def test_someone_of_the_rep_s_who_must_start_on_a_day_is_asked():
    assert slots([item("And the new cleaner needs to start two days early, Monday 7 June.", kind="request")]) == [
        "[[answer: can the new cleaner start on Monday 7 June?]]"]


def test_the_need_is_asked_in_its_slot_and_not_also_noted_back():
    need = item("The roof must be finished before 12 April.")
    found = needed_by([need], [], {}, "en")
    assert need not in found and [i.kind for i in found] == [NEEDED]


def test_a_booked_time_is_no_need():
    assert slots([item("The fitters must arrive by Friday 9 April, call me after 4pm.", kind="appointment")]) == []


def test_a_need_said_as_a_place_or_going_live_is_asked():
    assert slots([item("Timing: we need all 12 in the depot by Monday March 8.", kind="request")]) == [
        "[[answer: can all 12 be in the depot by Monday March 8?]]"]
    assert slots([item("We'd want to be live before Monday April 5 when the new route starts.")]) == [
        "[[answer: can we have you live before Monday April 5? (the new route starts)]]"]


def test_a_span_the_rep_s_work_must_fit_in_is_asked():
    assert slots([item("installation has to be while the store is closed, Monday 3 May to Friday 7 May.")]) == [
        "[[answer: can the installation be done between Monday 3 May and Friday 7 May?]]"]
    assert slots([item("delivery has to happen while we're shut: we close Friday 2 July and reopen Monday 19 July")]) == [
        "[[answer: can the delivery be done between Friday 2 July and Monday 19 July?]]"]


def test_a_reason_because_of_drops_its_of():
    assert slots([item("The delivery must be done before 9 March because of the audit.")]) == [
        "[[answer: can the delivery be done before 9 March? (the audit)]]"]


def test_french_german_and_spanish_list_lines_and_plural_needs_are_asked():
    assert slots([item("Installation souhaitée avant le lundi 15 mars.", kind="term")], language="fr") == [
        "[[answer: L'installation est-elle possible avant le lundi 15 mars?]]"]
    assert slots([item("Montage impératif avant le 2 avril.", kind="term")], language="fr") == [
        "[[answer: Le montage est-il possible avant le 2 avril?]]"]
    assert slots([item("Il faut que tout soit posé avant le vendredi 9 avril.")], language="fr") == [
        "[[answer: Est-il possible que tout soit posé avant le vendredi 9 avril?]]"]
    assert slots([item("Montage bis spätestens Mittwoch, 14. April.", kind="term")], language="de") == [
        "[[answer: Klappt die Montage bis Mittwoch, 14. April?]]"]
    assert slots([item("Die Regale müssen vor dem 3. Mai montiert sein.")], language="de") == [
        "[[answer: Können die Regale vor dem 3. Mai montiert sein?]]"]
    assert slots([item("Necesitamos los uniformes antes del 20 de abril.", kind="term")], language="es") == [
        "[[answer: ¿se pueden tener los uniformes antes del 20 de abril?]]"]
    assert slots([item("Necesitamos que llegue antes del lunes 10 de mayo.")], language="es") == [
        "[[answer: ¿se puede lograr que llegue antes del lunes 10 de mayo?]]"]
    assert slots([item("Necesitamos la instalación antes del 4 de junio.", kind="term")], language="es") == [
        "[[answer: ¿se puede tener la instalación antes del 4 de junio?]]"]


def test_the_same_need_read_twice_is_asked_once_and_said_nowhere_else():
    quote = "We need the racks installed by 6 May."
    found = needed_by([item(quote, kind="request"), item(quote, kind="deadline")], [], {}, "en")
    assert [i.kind for i in found] == [NEEDED]


def test_a_question_pointing_back_at_the_need_is_asked_by_its_slot():
    need = item("The racks must be installed by 6 May.", kind="request")
    why = item("Our season starts on the 10th.", kind="constraint")
    back = item("Can you confirm?", kind="question")
    other = item("And is the anchoring included?", kind="question")
    found = needed_by([need, why, back, other], [], {}, "en")
    assert back not in found and other in found
    # a one-word "¿Alcanza?" right after the need is the customer's own question of it: it stands, with no need slot
    bare = item("¿Alcanza?", kind="question")
    assert slots([item("Necesitamos las piezas antes del 3 de mayo."), bare], language="es") == []
    assert slots([item("Necesitamos las piezas antes del 3 de mayo."), item("¿Y el precio?", kind="question")],
                 language="es") == ["[[answer: ¿se pueden tener las piezas antes del 3 de mayo?]]"]
    # a question of its own is never taken for the need's
    assert other in needed_by([need, other], [], {}, "en")


def test_a_question_s_before_that_gets_the_day_named_just_before_it():
    found = needed_by([item("The fair opens on Thursday 6 May.", kind="term"),
                       item("Can we have the banners before that?", kind="question")], [], {}, "en")
    assert found[1].quote == "Can we have the banners before Thursday 6 May?"


def test_the_rep_s_work_that_must_take_place_before_a_day_is_asked_in_four_languages():
    assert slots([item("Important: the fitting absolutely has to happen before Monday 3 May, as the shop reopens.",
                       kind="term")]) == ["[[answer: can the fitting take place before Monday 3 May? (the shop reopens)]]"]
    assert slots([item("Le montage doit absolument être terminé avant le jeudi 6 mai.", kind="term")], language="fr") \
        == ["[[answer: Le montage peut-il avoir lieu avant le jeudi 6 mai?]]"]
    assert slots([item("Die Installation muss zwingend bis zum 7. Mai erfolgen.", kind="term")], language="de") == [
        "[[answer: Klappt die Installation bis zum 7. Mai?]]"]
    assert slots([item("La instalación debe hacerse sin falta antes del lunes 10 de mayo.", kind="term")],
                 language="es") == ["[[answer: ¿se puede hacer la instalación antes del lunes 10 de mayo?]]"]


def test_no_work_of_the_rep_s_no_happening_slot():
    assert slots([item("The meeting must take place before Monday 3 May.", kind="term")]) == []
    assert slots([item("La réunion doit avoir lieu avant le jeudi 6 mai.", kind="term")], language="fr") == []


def test_a_thing_needed_in_a_named_place_by_a_day_is_asked():
    assert slots([item("We need the trailer in Ghent before Friday 9 April.")]) == [
        "[[answer: can the trailer be in Ghent before Friday 9 April?]]"]
    assert slots([item("We need the trailer in Ghent before Friday 9 April, when the fair opens.")]) == [
        "[[answer: can the trailer be in Ghent before Friday 9 April? (the fair opens)]]"]


def test_a_guarantee_asked_of_the_need_just_said_is_asked_in_its_slot_only():
    need = item("Delivery before 3 June, when the hall opens.", kind="request")
    back = Item(kind="question", text="", quote="Can you guarantee that?", source_kind="message", source_id=1,
                at=AT, direction="inbound", status="open")
    found = needed_by([need, back], [], {}, "en")
    assert back not in found and [q for q, _ in needed_slots(found, "en")] == [
        "[[answer: can it be delivered before 3 June? (the hall opens)]]"]


def test_a_need_already_read_as_a_booked_time_is_not_asked_again():
    need = item("Installation souhaitée la semaine du 7 juin, le matin avant 8 h.", kind="term")
    booked = Item(kind="appointment", text="installation le 7 juin à 8 h", quote=need.quote, source_kind="message",
                  source_id=1, at=AT, direction="inbound", status="open")
    assert slots([need, booked], language="fr") == []
    assert slots([need], language="fr") == ["[[answer: L'installation peut-elle avoir lieu la semaine du 7 juin?]]"]

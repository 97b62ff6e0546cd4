"""A note's terms and facts said as the rep's sentences: the mark of a figure agreed in principle said after it, a bare
condition said whole, the yes a note gave an ask said with it, a reachable time left to the close."""
from datetime import date, datetime, timezone

import pytest

from followup.drafting.items import Item, State
from followup.drafting.saying import answered, note_recap, sentences

AT = datetime(2028, 4, 5, 10, tzinfo=timezone.utc)


def _fact(quote: str, text: str, kind: str = "constraint") -> Item:
    return Item(kind=kind, text=text, quote=quote, source_kind="note", source_id=1, at=AT, direction="note")


def test_a_figure_agreed_in_principle_is_said_with_the_agreement_after_it():
    said = sentences(["KES 2,150 pppm agreed in principle"], "en", "To confirm, {x}.", 3)
    assert said == [("To confirm, the price is KES 2,150 per person per month, as agreed in principle.", 0)]
    said = sentences(["Proposé hôtel Baixa Plaza + vols TAP : 1 390 € TTC/pers, accord de principe"], "fr",
                     "Pour confirmer : {x}.", 3)
    assert said[0][0] == ("Pour confirmer : je vous propose notre hôtel Baixa Plaza et vols TAP à 1 390 € TTC par "
                          "personne, comme convenu sur le principe.")


def test_a_bare_condition_after_a_price_is_said_whole():
    said = sentences(["GBP 149 B&B if contract signed by 14 April"], "en", "To confirm, {x}.", 3)
    assert said == [("To confirm, the price is GBP 149 B&B if the contract is signed by 14 April.", 0)]


def test_the_yes_a_note_gave_after_a_dash_is_said_with_the_ask():
    note = ("Met Ji-woo. They asked for photos of each location after posting - yes, proof-of-posting report "
            "included, told them.")
    item = _fact("They asked for photos of each location after posting",
                 "you asked for photos of each location after posting")
    assert answered(item.text, item, (note,), "en") == \
        "you asked for photos of each location after posting: yes, the proof-of-posting report is included"
    fr = _fact("Veulent une option d'annulation", "vous voulez une option d'annulation")
    assert answered(fr.text, fr, ("Veulent une option d'annulation - oui, assurance groupe possible, dit oui.",), "fr") \
        == "vous voulez une option d'annulation : oui, assurance groupe possible"
    de = _fact("Sie will wissen, ob die Geräte Apple Pay können", "Sie möchten wissen, ob die Geräte Apple Pay können")
    assert answered(de.text, de, ("Sie will wissen, ob die Geräte Apple Pay können - ja, alle mit Terminal, ihr gesagt.",),
                    "de") == "Sie möchten wissen, ob die Geräte Apple Pay können: ja, alle mit Terminal"
    asked = _fact("Wants placement tests", "you'd like placement tests")
    assert answered(asked.text, asked, ("Wants placement tests - check w/ Petr.",), "en") == "you'd like placement tests"


def test_the_time_a_customer_can_be_reached_is_left_to_the_close():
    reach = _fact("Can only talk after 6pm, she's at the hospital all day.",
                  "you can only talk after 6pm, you're at the hospital all day")
    offer = _fact("want to offer $1,020,000", "you want to offer $1,020,000")
    call = Item(kind="callback", text="after 6pm", quote="Can only talk after 6pm, she's at the hospital all day.",
                source_kind="note", source_id=1, at=AT, direction="note")
    state = State(items=(reach, offer, call), language="en", today=date(2028, 4, 12), last={})
    lines, said = note_recap([reach, offer], "en", "As we discussed, {x}.", state)
    assert lines == ["As we discussed, you want to offer $1,020,000."] and said == [offer]


def test_a_fourth_term_in_force_is_said_but_a_notes_bare_phrase_keeps_to_the_first_three_places():
    from followup.drafting.saying import MAX_NOTED_PLACE, MAX_TERM_SENTENCES
    assert MAX_TERM_SENTENCES == MAX_NOTED_PLACE + 1
    terms = ["Pump EUR 4,200", "Controller EUR 1,100", "Sensors EUR 650", "Installation EUR 900"]
    said = sentences(terms, "en", "To confirm, {x}.", MAX_TERM_SENTENCES)
    assert len(said) == 4 and "900" in said[-1][0]  # three before: the fourth figure was cut
    for n in range(MAX_NOTED_PLACE, MAX_TERM_SENTENCES + 1):
        got = sentences(terms[:n - 1] + ["roof about 3,200 m2"], "en", "To confirm, {x}.", MAX_TERM_SENTENCES,
                        frozenset({n - 1}))
        assert any("3,200" in s for s, _ in got) == (n <= MAX_NOTED_PLACE)


@pytest.mark.parametrize("clause,language", [("because our line runs two shifts now", "en"),
                                             ("weil die Halle erst im April fertig ist", "de"),
                                             ("parce que l'atelier ferme en août", "fr"),
                                             ("car le client a avancé la date", "fr"),
                                             ("porque el cliente adelantó la fecha", "es")])
def test_a_reason_cut_from_what_it_explains_is_no_term_to_confirm(clause, language):
    assert sentences([clause], language, "To confirm, {x}.", 3) == []


def test_a_term_of_no_figure_on_what_the_reps_side_does_is_said_after_the_first():
    """"all our staff hold first aid" after a list says no figure: said as a term (`ours`), never as an answer, and
    not a colleague's note ("Réal doit commander le reste")."""
    clauses = ["new total EUR 4,800 ex VAT", "all our stewards hold first aid"]
    said = [s for s, _ in sentences(clauses, "en", "To confirm, {x}.", 4, ours=True)]
    assert said == ["To confirm, the total is EUR 4,800 ex VAT.", "All our stewards hold first aid."]
    assert [s for s, _ in sentences(clauses, "en", "To confirm, {x}.", 4)] == said[:1]
    assert sentences(["new total EUR 4,800 ex VAT", "Réal doit commander le reste"], "fr", "{x}", 4, ours=True) == \
        sentences(["new total EUR 4,800 ex VAT"], "fr", "{x}", 4, ours=True)


def test_a_dated_sentence_after_a_priced_one_is_said_though_its_day_shares_a_digit_with_the_count():
    """"1 Gerät ... CHF 9'900" then "Lieferung Mo 1. Juni": the 1 of June is no count said again."""
    said = sentences(["1 Gerät CHF 9'900 inkl. Software", "Lieferung und Montage Mo 1. Juni"], "de", "", 4)
    assert [n for _, n in said] == [0, 1]
    assert "1. Juni" in said[1][0]

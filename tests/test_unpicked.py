"""What the draft says of an option the customer's choice left out goes; the option taken and unparallel lines stay."""
from datetime import datetime

from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.drafting.unpicked import unpicked

D1, D2 = datetime(2029, 8, 14, 9), datetime(2029, 9, 10, 21)


def _run(offer, choice, texts, direction="inbound"):
    ordered = [Source("message", 1, offer, D1, "outbound"), Source("message" if direction == "inbound" else "note", 2,
                                                                     choice, D2, direction)]
    cleaned = {(s.kind, s.id): s.text for s in ordered}
    items = [Item(kind="term", text=t, quote=t, source_kind="message", source_id=1, at=D1, direction="outbound")
             for t in texts]
    return unpicked(items, ordered, cleaned)


def test_the_option_left_out_goes_in_every_language():
    cases = [("- HerdTrack Standard (records): GBP 62/month\n- HerdTrack Plus (collars): GBP 89/month",
              "We have talked it over and we'll go for Plus, the collars are going in next month.",
              "HerdTrack Standard: GBP 62/month", "HerdTrack Plus: GBP 89/month"),
             ("Variante 1: USV 60 kVA, 15 Min. Autonomie: 42.600 € netto\n"
              "Variante 2: USV 80 kVA, 30 Min. Autonomie: 58.300 € netto",
              "nach dem Sturm ist die Entscheidung gefallen:\n\n1. USV Variante 2 (80 kVA)\n2. Lieferung bis März",
              "Variante 1: USV 60 kVA, 15 Min. Autonomie: 42.600 € netto",
              "Variante 2: USV 80 kVA, 30 Min. Autonomie: 58.300 € netto"),
             ("Formule Essentiel : 1 200 € HT par an\nFormule Sérénité : 1 850 € HT par an",
              "Bonjour, nous retenons la formule Sérénité. Merci !",
              "Formule Essentiel : 1 200 € HT par an", "Formule Sérénité : 1 850 € HT par an"),
             ("- Plan Básico: mantenimiento mensual, S/ 2,400 al mes\n- Plan Integral: repuestos incluidos, S/ 3,650 al mes",
              "La junta de propietarios aprobó el Plan Integral. ¿Cuándo empiezan?",
              "Plan Básico: mantenimiento mensual, S/ 2,400 al mes", "Plan Integral: repuestos incluidos, S/ 3,650 al mes")]
    for offer, choice, gone, taken in cases:
        out = _run(offer, choice, [gone, taken])
        assert (out[0].status, out[0].by) == ("superseded", "message:2"), choice
        assert out[1].status == "open" and out[1].text == taken, choice


def test_a_lettered_option_inside_one_line_is_cut_out():
    offer = ("A) leasing 36 meses, S/ 410 por moto al mes, con estaciones\n"
             "B) leasing 24 meses, S/ 520 por moto al mes, carga en el local")
    out = _run(offer, "Hola Diego,\n\nVamos con la A. ¿Cuándo pueden entregar?", [offer.replace("\n", " ")])
    assert out[0].status == "open" and "520" not in out[0].text and "24 meses" not in out[0].text
    assert "S/ 410" in out[0].text


def test_clauses_of_one_sentence_and_a_term_chosen_by_its_figure():
    offer = "Sin permanencia, 420 € al mes; con permanencia de 24 meses, 360 € al mes. Mantenimiento incluido."
    out = _run(offer, "Hola Sergio:\n\nNos quedamos con la de 24 meses.", ["Sin permanencia, 420 € al mes",
                                                                           "Con permanencia de 24 meses, 360 € al mes"])
    assert out[0].status == "superseded" and out[1].status == "open"


def test_lines_of_one_offer_that_are_no_options_stay():
    offer = ("- ChargeLedger Basic: TWD 780 per point per month\n- ChargeLedger Pro: TWD 1,150 per point per month\n"
             "- one-time setup: TWD 96,000")
    out = _run(offer, "Dear Mr. Whitfield,\n\nWe choose the Pro version.", ["ChargeLedger Basic: TWD 780 per point per "
               "month", "ChargeLedger Pro: TWD 1,150 per point per month", "one-time setup: TWD 96,000"])
    assert [i.status for i in out] == ["superseded", "open", "open"]


def test_a_choice_of_one_alone_drops_the_other_lines():
    offer = "- Hidroenfriador para 12 tarimas/hora: USD 96,000 + IVA\n- Banda de selección de 8 m: USD 38,500 + IVA"
    texts = ["Hidroenfriador para 12 tarimas/hora: USD 96,000 + IVA", "Banda de selección de 8 m: USD 38,500 + IVA"]
    out = _run(offer, "Para esta temporada solo vamos con el hidroenfriador, la banda la dejamos.", texts)
    assert [i.status for i in out] == ["open", "superseded"]
    # without "solo", two lines with nothing in common are parts of one offer: both stay
    out = _run(offer, "Vamos con el hidroenfriador.", texts)
    assert [i.status for i in out] == ["open", "open"]


def test_a_question_or_no_choice_leaves_every_option():
    offer = "- HerdTrack Standard: GBP 62/month\n- HerdTrack Plus: GBP 89/month"
    texts = ["HerdTrack Standard: GBP 62/month", "HerdTrack Plus: GBP 89/month"]
    for choice in ("Should we go for Plus?", "Does Plus pull the records off our old files?", "Thanks, noted."):
        assert [i.status for i in _run(offer, choice, texts)] == ["open", "open"], choice


def test_a_call_note_can_take_the_option():
    offer = "- HerdTrack Standard: GBP 62/month\n- HerdTrack Plus: GBP 89/month"
    out = _run(offer, "Call with Gethin: they go for Plus from October.", ["HerdTrack Standard: GBP 62/month"], "note")
    assert out[0].status == "superseded"

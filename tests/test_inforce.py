"""The last word on which figures are in force (followup/drafting/inforce.py)."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.inforce import dated_deliveries, measures, rescoped, rescoped_totals
from followup.drafting.items import Item
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

TZ = "Europe/Zurich"
REP = RepProfile("Lukas Meier", "lukas@gruenwand.example", "Lukas Meier\nGrünWand AG")


def draft(sources, now, name="Andrea Frommelt", language_subject="Angebot"):
    state = build_state(sources, TZ, now, customer_name=name)
    return state, compose_state(state, customer_name=name, thread_subject=language_subject, rep=REP).body


def test_measures_are_quantities_with_a_unit_not_days_times_or_amounts():
    assert measures("für 140 m² Südfassade, 2,5 km Kabel, 1,5 m³/jour, 4.800 Zwischenpfähle, 200 L") == {
        ("140", "m²"), ("2,5", "km"), ("1,5", "m³"), ("4.800", "zwischenpfähle"), ("200", "l")}
    assert measures("am 15. April, in 6 Wochen, um 14 Uhr, CHF 98'000, 3 semanas, 11 de enero") == set()


def test_a_quantity_counted_anew_changes_the_scope_in_any_language():
    assert rescoped("Angebot für 140 m² Südfassade", ["Wir beginnen mit ca. 70 m²."])
    assert rescoped("para 2,5 km serían USD 46.000", ["Medimos: son 3,1 km, no 2,5."])
    assert rescoped("For 900 meals a day", ["We now serve about 650 meals a day."])
    assert rescoped("5 chauffe-eau de 200 L", ["300 L pour les 2 grands, et 200 L pour les 3 autres"], beside=True)
    assert not rescoped("5 chauffe-eau de 200 L", ["300 L pour les 2 grands, et 200 L pour les 3 autres"])
    assert not rescoped("Angebot für 140 m² Südfassade", ["Die 140 m² passen, Termin am 15. April?"])


FACADE = [
    Source("message", 1, "Sehr geehrte Frau Frommelt\n\nGerne unser Angebot: wandgebundenes Modulsystem für 140 m² "
           "Südfassade, Bewässerung aus der Zisterne, immergrüne Bepflanzung: CHF 98'000. Wartungsvertrag CHF 6'400 "
           "pro Jahr. Ausführung im Juni.\n\nFreundliche Grüsse\nLukas Meier", datetime(2027, 3, 4, 9), "outbound"),
    Source("message", 2, "Sehr geehrter Herr Meier,\n\nder Verwaltungsrat findet das Angebot zu teuer. Wir würden mit "
           "der halben Fläche beginnen (ca. 70 m², nur der Eingangsbereich). Geht das?\n\nFreundliche Grüsse\n"
           "Andrea Frommelt", datetime(2027, 3, 22, 13), "inbound"),
    Source("message", 3, "Sehr geehrte Frau Frommelt\n\n70 m² im Eingangsbereich: CHF 52'500, Wartungsvertrag CHF "
           "3'600 pro Jahr. Ausführung im Juni weiterhin möglich.\n\nFreundliche Grüsse\nLukas Meier",
           datetime(2027, 3, 24, 10), "outbound"),
    Source("message", 4, "Sehr geehrter Herr Meier,\n\nDer Verwaltungsrat entscheidet am Donnerstag, 15. April. "
           "Welche Pflanzen genau?\n\nFreundliche Grüsse\nAndrea Frommelt", datetime(2027, 4, 1, 14), "inbound"),
]


def test_the_price_of_an_offer_whose_scope_was_counted_anew_is_replaced_by_the_next_price():
    state, body = draft(FACADE, datetime(2027, 4, 7, 8))
    old = [i for i in state.items if "98'000" in i.quote]
    assert old and all(i.status == "superseded" for i in old)
    assert "52'500" in body and "98'000" not in body


CABLE = [
    Source("message", 1, "Estimado Ing. Zambrano:\n\nEl km instalado sale en USD 18.400; para 2,5 km serían "
           "USD 46.000. El trabajo toma unas 5 semanas.\n\nSaludos cordiales,\nPaola", datetime(2026, 12, 9, 16),
           "outbound"),
    Source("note", 2, "Visita hacienda. Medimos: son 3,1 km, no 2,5. Le pasé: 3,1 km x USD 18.400 = USD 57.040.",
           datetime(2026, 12, 16, 21), "note"),
    Source("message", 3, "Estimado Ing. Zambrano:\n\nAdjunto el presupuesto formal: 3,1 km de cable vía, "
           "USD 57.040. Inicio previsto: lunes 11 de enero.\n\nSaludos cordiales,\nPaola",
           datetime(2026, 12, 21, 15), "outbound"),
    Source("message", 4, "Paola, ¿se mantiene el precio? ¿Y de cuánto es el anticipo?\n\nFernando",
           datetime(2027, 1, 8, 13), "inbound"),
]


def test_the_lead_time_of_an_offer_for_another_scope_goes_with_it_when_the_new_offer_names_its_day():
    state, body = draft(CABLE, datetime(2027, 1, 11, 15), name="Fernando Zambrano")
    lead = [i for i in state.items if "5 semanas" in i.quote and i.kind == "term"]
    assert lead and all(i.status == "superseded" for i in lead)
    assert "5 semanas" not in body


def test_a_new_price_without_a_day_of_its_own_leaves_the_older_lead_time_standing():
    undated = CABLE[:2] + [Source("message", 3, "Estimado Ing. Zambrano:\n\nAdjunto el presupuesto formal: 3,1 km "
                                  "de cable vía, USD 57.040.\n\nSaludos cordiales,\nPaola",
                                  datetime(2026, 12, 21, 15), "outbound"), CABLE[3]]
    state, _ = draft(undated, datetime(2027, 1, 11, 15), name="Fernando Zambrano")
    assert any(i.status == "open" and "5 semanas" in (i.text or i.quote) for i in state.items)


HEATERS = [
    Source("message", 1, "Bonjour Madame Payet,\n\n5 chauffe-eau solaires thermosiphon de 200 L, 15 750 € TTC pose "
           "comprise, éligibles à la prime EDF. Pose la semaine du 11 janvier.\n\nCordialement,\nFabrice",
           datetime(2026, 11, 26, 6), "outbound"),
    Source("message", 2, "Bonjour Monsieur Hoarau,\n\nFinalement nous voulons 300 L pour les 2 grands gîtes, et 200 L "
           "pour les 3 autres. Quel est le nouveau prix ?\n\nCordialement,\nJosiane Payet",
           datetime(2026, 12, 8, 14), "inbound"),
]


def test_a_customer_asking_the_new_price_of_a_changed_quantity_puts_the_old_total_out_of_force():
    state, body = draft(HEATERS, datetime(2026, 12, 9, 6), name="Josiane Payet")
    assert "15 750" not in body
    assert "prime EDF" in body  # what the offer qualifies for still stands


def test_asking_for_the_updated_total_after_taking_an_add_on_leaves_the_prices_in_force():
    addon = [
        Source("message", 1, "Hi Priya,\n\nThe 5-bin sorter is CAD 86,400 installed. The 5-year warranty adds "
               "CAD 6,200.\n\nBest,\nMarc", datetime(2026, 12, 15, 14), "outbound"),
        Source("message", 2, "Hi Marc,\n\nWe'll take the warranty. Please send the agreement with the updated "
               "total.\n\nPriya", datetime(2027, 1, 8, 16), "inbound"),
    ]
    state = build_state(addon, TZ, datetime(2027, 1, 12, 15), customer_name="Priya Chandrasekar")
    assert all(i.status == "open" for i in state.items if "86,400" in i.quote)


def test_an_amount_a_later_figure_replaced_is_out_of_force_in_every_point_that_states_it():
    thread = [
        Source("message", 1, "Dear Ms Okafor,\n\nThe PX-2 press is EUR 48,000 installed.\n\nBest,\nTom",
               datetime(2027, 3, 1, 9), "outbound"),
        Source("message", 2, "Dear Tom,\n\nWe like the EUR 48,000 offer, but could you do better?\n\nAda",
               datetime(2027, 3, 3, 9), "inbound"),
        Source("message", 3, "Dear Ms Okafor,\n\nThe price for the PX-2 press goes to EUR 45,500 installed.\n\n"
               "Best,\nTom", datetime(2027, 3, 5, 9), "outbound"),
    ]
    state = build_state(thread, TZ, datetime(2027, 3, 8, 9), customer_name="Ada Okafor")
    assert not [i for i in state.open() if "48,000" in i.quote]


def test_a_smaller_amount_of_another_kind_replaces_nothing():
    thread = [
        Source("message", 1, "Réjean,\n\nPour 6 000 entailles, le 3x12 à l'huile : 47 600 $ plus taxes, installé."
               "\n\nJulie", datetime(2026, 12, 7, 13), "outbound"),
        Source("message", 2, "Julie,\n\n47 600 $ ça marche. Pour le dépôt, c'est combien?\n\nRéjean",
               datetime(2026, 12, 14, 23), "inbound"),
        Source("message", 3, "Réjean,\n\nLe dépôt est de 20 % à la commande, soit 9 520 $.\n\nJulie",
               datetime(2026, 12, 15, 14), "outbound"),
    ]
    state = build_state(thread, "America/Toronto", datetime(2026, 12, 21, 15), customer_name="Réjean Tremblay")
    assert [i for i in state.open() if "47 600" in i.quote and i.direction == "outbound"]


def _line(quote, sid, direction, status="open", by=""):
    return Item(kind="term", text=quote, quote=quote, source_kind="message", source_id=sid,
                at=datetime(2028, 5, sid), direction=direction, status=status, by=by)


def test_a_total_goes_with_the_line_a_customer_counted_anew():
    """'6 grupos focales, S/ 24.000' counted anew ('o sea 4 grupos') takes the sum of that email ('total S/ 58.000')
    with it; the email's other line stays; in every language the total is named ('Gesamtpreis', 'au total')."""
    cases = [("6 grupos focales (2 por ciudad), S/ 24.000 + IGV", "total S/ 58.000 + IGV",
              "encuesta a 1.200 clientes, S/ 34.000 + IGV", "solo Lima y Arequipa, o sea 4 grupos."),
             ("6 Workshops à EUR 2.400", "Gesamtpreis EUR 21.400", "Analyse EUR 7.000", "Nur noch 4 Workshops bitte."),
             ("6 ateliers, 14 400 €", "soit 21 400 € au total", "audit 7 000 €", "Finalement 4 ateliers."),
             ("6 workshops at GBP 2,400 each", "GBP 21,400 in total", "audit GBP 7,000", "Only 4 workshops, please.")]
    for part, total, other, change in cases:
        sources = [Source("message", 2, f"{other}. {part}. {total}.", datetime(2028, 5, 2), "outbound"),
                   Source("message", 5, change, datetime(2028, 5, 5), "inbound")]
        items = [_line(other, 2, "outbound"), _line(part, 2, "outbound", "superseded", "message:5"),
                 _line(total, 2, "outbound")]
        out = rescoped_totals(items, sources, {("message", s.id): s.text for s in sources})
        assert [i.status for i in out] == ["open", "superseded", "superseded"], (total, out)
        kept = rescoped_totals(items[:1] + [_line(part, 2, "outbound")] + items[2:], sources,
                               {("message", s.id): s.text for s in sources})
        assert kept[2].status == "open"  # nothing counted anew: the total stands


def test_a_total_clause_goes_and_the_terms_beside_it_stay():
    """'total S/ 58.000 + IGV, facturado 50% al inicio y 50% a la entrega': the sum goes, the invoicing stays."""
    sources = [Source("message", 2, "x", datetime(2028, 5, 2), "outbound"),
               Source("message", 5, "o sea 4 grupos.", datetime(2028, 5, 5), "inbound")]
    items = [_line("6 grupos focales, S/ 24.000 + IGV", 2, "outbound", "superseded", "message:5"),
             _line("total S/ 58.000 + IGV, facturado 50% al inicio y 50% a la entrega.", 2, "outbound")]
    out = rescoped_totals(items, sources, {("message", s.id): s.text for s in sources})
    assert out[1].status == "open" and out[1].quote == "Facturado 50% al inicio y 50% a la entrega."


def test_kilowatts_are_a_quantity_and_a_calendar_week_is_not():
    """'70 kW' is power a change can count anew ('50 kW, not 70 kW'); 'KW 34' is a week."""
    assert measures("two heat pumps of 70 kW each") == {("70", "kw")}
    assert rescoped("two heat pumps of 70 kW each", ["the second should be 50 kW, not 70 kW"], beside=True)
    assert measures("Lieferung 34 KW") == set()


def test_the_reps_prices_go_when_the_customer_asks_the_offer_anew_for_the_dates_they_moved():
    from followup.drafting.inforce import redated_offer_asked
    d1, d2 = datetime(2026, 12, 7, 10), datetime(2026, 12, 14, 10)
    asks = ["Could you update the quote for the new dates?", "Können Sie das Angebot an die neuen Termine anpassen?",
            "Pourriez-vous réviser l'offre pour ces dates ?", "¿Pueden actualizar la oferta para las nuevas fechas?"]
    for ask in asks:
        ordered = [Source("message", 1, "Flights and hotel: CHF 2,180 per person.", d1, "outbound"),
                   Source("message", 2, f"The trip moves to 2 October. {ask}", d2, "inbound")]
        cleaned = {(s.kind, s.id): s.text for s in ordered}
        offer = Item("term", "flights and hotel: CHF 2,180 per person", "Flights and hotel: CHF 2,180 per person.",
                     "message", 1, d1, "outbound")
        assert redated_offer_asked([offer], ordered, cleaned)[0].status == "superseded", ask
        # priced again since: the rep's newer figure is the one the finer rules weigh
        again = ordered + [Source("message", 3, "For 2 October: CHF 2,240 per person.", NOW_AFTER, "outbound")]
        cleaned[("message", 3)] = again[-1].text
        assert redated_offer_asked([offer], again, cleaned)[0].status == "open", ask
    plain = [Source("message", 2, "Could you send the quote again?", d2, "inbound")]
    assert redated_offer_asked([offer], plain, {("message", 2): plain[0].text})[0].status == "open"


NOW_AFTER = datetime(2026, 12, 15, 10)


def _delivery_run(first, later, later_direction="outbound"):
    t1, t2 = datetime(2029, 3, 1, 9), datetime(2029, 3, 12, 9)
    offer = Source("message", 1, first, t1, "outbound")
    newer = Source("message", 2, later, t2, later_direction)
    item = Item(kind="term", text=first, quote=first, source_kind="message", source_id=1, at=t1,
                direction="outbound")
    return dated_deliveries([item], [offer, newer], {(s.kind, s.id): s.text for s in (offer, newer)})[0]


def test_a_lead_time_is_out_of_force_once_a_later_rep_line_dates_the_delivery():
    """Written for this rule: 'delivery in 5-6 weeks' would be confirmed beside the rep's own later delivery day."""
    assert _delivery_run("Delivery is 5-6 weeks.", "New contract attached. Delivery planned for April 20.").status \
        == "superseded"
    assert _delivery_run("Lieferzeit 4 Wochen.", "Vertrag anbei. Lieferung am 14. Mai.").status == "superseded"
    assert _delivery_run("Livraison sous 3 semaines.", "Livraison prévue le 2 avril.").status == "superseded"


def test_a_lead_time_stays_when_the_later_day_is_asked_or_from_the_customer():
    """Written for this rule: the customer wishing a day, or the rep asking about one, dates nothing."""
    assert _delivery_run("Delivery is 5-6 weeks.", "We need delivery by April 20.", "inbound").status == "open"
    assert _delivery_run("Delivery is 5-6 weeks.", "Would delivery on April 20 suit you?").status == "open"
    assert _delivery_run("Installation takes 2 weeks.", "Delivery planned for April 20.").status == "open"

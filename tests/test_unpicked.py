"""What the draft says of an option the customer's choice left out goes; the option taken and unparallel lines stay."""
from datetime import datetime

from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.drafting.unpicked import said_of_one, unpicked

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


def test_counted_lines_of_one_kind_are_parallel_and_another_kind_stays():
    cases = [("- 40 benches, Model Lindau (steel): €640 each\n- 40 benches, Model Oslo (plastic): €720 each\n"
              "- 25 litter bins, 60 litres: €310 each", "Our committee choose the Oslo model."),
             ("- 40 Bänke, Modell Lindau (Stahl): 640 € je Stück\n- 40 Bänke, Modell Oslo (Kunststoff): 720 € je Stück\n"
              "- 25 Abfallbehälter, 60 Liter: 310 € je Stück", "Der Ausschuss hat sich entschieden: Modell Oslo."),
             ("- 40 bancs, modèle Lindau (acier) : 640 € pièce\n- 40 bancs, modèle Oslo (plastique) : 720 € pièce\n"
              "- 25 corbeilles, 60 litres : 310 € pièce", "Le comité a choisi le modèle Oslo."),
             ("- 40 bancos, modelo Lindau (acero): 640 € c/u\n- 40 bancos, modelo Oslo (plástico): 720 € c/u\n"
              "- 25 papeleras, 60 litros: 310 € c/u", "El comité eligió el modelo Oslo.")]
    for offer, choice in cases:
        texts = [line[2:] for line in offer.split("\n")]
        assert [i.status for i in _run(offer, choice, texts)] == ["superseded", "open", "open"], choice


def test_a_line_led_by_or_is_the_other_way_to_the_line_before():
    cases = [("- Outright purchase: £142,500 per unit\n- Or contract hire over 60 months: £2,980 per unit per month",
              "We're going for the contract hire."),
             ("- Kauf: 142.500 € je Einheit\n- Oder Miete über 60 Monate: 2.980 € je Einheit und Monat",
              "Wir nehmen die Miete."),
             ("- Achat : 142 500 € par unité\n- Ou location sur 60 mois : 2 980 € par unité et par mois",
              "Nous retenons la location."),
             ("- Compra: 142.500 € por unidad\n- O alquiler a 60 meses: 2.980 € por unidad al mes",
              "Nos quedamos con el alquiler.")]
    for offer, choice in cases:
        texts = [line[2:] for line in offer.split("\n")]
        assert [i.status for i in _run(offer, choice, texts)] == ["superseded", "open"], choice


def test_an_option_turned_down_beside_the_ones_taken_goes_and_they_stay():
    cases = [("- Stackwise Core: €31,000 per year\n- Discovery layer for students: €6,200 per year\n"
              "- RFID self-check module: €4,800 one-off",
              "The council approved to go ahead with Core and the discovery layer, without the RFID for now."),
             ("- Stackwise Core: 31.000 € pro Jahr\n- Recherche-Oberfläche für Studierende: 6.200 € pro Jahr\n"
              "- RFID-Selbstverbuchung: 4.800 € einmalig", "Der Rat hat Core und die Recherche genehmigt, ohne die RFID."),
             ("- Stackwise Core : 31 000 € par an\n- Portail de recherche pour les étudiants : 6 200 € par an\n"
              "- Module RFID de prêt : 4 800 € une fois", "Le conseil a validé Core et le portail, sans le module RFID."),
             ("- Stackwise Core: 31.000 € al año\n- Portal de búsqueda para estudiantes: 6.200 € al año\n"
              "- Módulo RFID de préstamo: 4.800 € pago único", "El consejo aprobó Core y el portal, sin el módulo RFID.")]
    for offer, choice in cases:
        texts = [line[2:] for line in offer.split("\n")]
        assert [i.status for i in _run(offer, choice, texts)] == ["open", "open", "superseded"], choice


def test_a_choice_said_as_what_it_must_be_or_a_decision_for():
    offer = "- 49-seat coach: DKK 38,500\n- 57-seat coach: DKK 42,900, with the larger luggage hold"
    texts = ["49-seat coach: DKK 38,500", "57-seat coach: DKK 42,900, with the larger luggage hold"]
    for choice in ("We are now 52 people, so it must be the 57-seat coach.", "We decide for the 57-seat coach.",
                   "Wir sind jetzt 52, also muss es der 57-seat coach sein.",
                   "Nous sommes 52, ce sera le 57-seat coach.", "Somos 52, tiene que ser el 57-seat coach."):
        assert [i.status for i in _run(offer, choice, texts)] == ["superseded", "open"], choice


def test_lines_sharing_one_noun_are_things_taken_side_by_side():
    offer = "- 2 x 12m electric scissor lifts, £310 per week each\n- 1 x 16m boom lift, £1,320 per week"
    texts = ["2 x 12m electric scissor lifts, £310 per week each", "1 x 16m boom lift, £1,320 per week"]
    out = _run(offer, "We'll take the scissors from Mon 21 Aug as quoted, but the boom lift start moves.", texts)
    assert [i.status for i in out] == ["open", "open"]


def _run_joined(offer, joined, choice, texts):
    """As the pipeline reads it: the rep's list as written, the cleaned text one sentence joining its lines."""
    ordered = [Source("message", 1, offer, D1, "outbound"), Source("message", 2, choice, D2, "inbound")]
    cleaned = {("message", 1): joined, ("message", 2): choice}
    items = [Item(kind="term", text=t, quote=t, source_kind="message", source_id=1, at=D1, direction="outbound")
             for t in texts]
    return unpicked(items, ordered, cleaned)


def test_a_named_list_joined_into_one_sentence_keeps_only_the_option_taken_in_every_language():
    cases = [("Our prices:\nBasic: €0.62 per towel, €2.90 per bathrobe\nPremium (hotel quality): €0.78 per towel, "
              "€3.40 per bathrobe", "Our prices: Basic: €0.62 per towel, €2.90 per bathrobe and Premium: €0.78 per "
              "towel, €3.40 per bathrobe.", "We decide for Premium.", "€0.78", "€0.62"),
             ("Unsere Preise:\n- Basis: 2.400 € pro Jahr\n- Komfort (mit Vor-Ort-Service): 3.100 € pro Jahr",
              "Unsere Preise: Basis: 2.400 € pro Jahr und Komfort: 3.100 € pro Jahr.", "Wir nehmen Komfort.",
              "3.100 €", "2.400 €"),
             ("Voici nos prix :\n- polycoton : 24,90 € HTVA la tenue\n- stretch : 31,50 € HTVA la tenue",
              "Voici nos prix : polycoton : 24,90 € HTVA la tenue et stretch : 31,50 € HTVA la tenue.",
              "On prend la version stretch, 36 tenues.", "31,50 €", "24,90 €"),
             ("El paquete:\n- Opción Estándar: $318,000 MXN + IVA\n- Opción Digital (foróptero digital): $446,000 MXN + IVA",
              "El paquete: Opción Estándar: $318,000 MXN + IVA y Opción Digital: $446,000 MXN + IVA.",
              "Vamos con la Opción Digital, financiada a 18 meses.", "$446,000", "$318,000")]
    for offer, joined, choice, kept, gone in cases:
        out = _run_joined(offer, joined, choice, [joined])
        assert out[0].status == "open" and kept in out[0].text and gone not in out[0].text, (choice, out[0].text)
        assert out[0].text.endswith("."), out[0].text


def test_an_option_named_by_its_model_code_leaves_the_other_model_out_in_every_language():
    cases = [("- Chair X5: $2,100 each\n- Chair X7: $2,600 each", "We'll take the X7, but:\n\n6 units\nIs delivery "
              "included?", "Chair X5: $2,100 each", "Chair X7: $2,600 each"),
             ("- RunLine T9: 5.890 € pro Stück\n- alternativ RunLine T7: 4.720 € pro Stück",
              "Wir nehmen die T9, aber:\n\n8 Stück statt 6\nWartung mit 4 Besuchen - was kostet das?",
              "alternativ RunLine T7: 4.720 € pro Stück", "RunLine T9: 5.890 € pro Stück"),
             ("- Autoclave B18 : 6 900 € HT\n- Autoclave B23 : 7 800 € HT", "Nous prenons le B23.",
              "Autoclave B18 : 6 900 € HT", "Autoclave B23 : 7 800 € HT"),
             ("- Camilla CE-3: $4.850.000 c/u\n- Camilla CE-2: $3.600.000 c/u", "Nos quedamos con la CE-3.",
              "Camilla CE-2: $3.600.000 c/u", "Camilla CE-3: $4.850.000 c/u")]
    for offer, choice, gone, taken in cases:
        out = _run(offer, choice, [gone, taken])
        assert (out[0].status, out[0].by) == ("superseded", "message:2"), choice
        assert out[1].status == "open" and out[1].text == taken, choice


def test_a_line_priced_per_the_same_thing_but_of_another_kind_stays_beside_a_parallel_option():
    offer = "Model L7: JPY 2,980,000 per chair\nModel L7 Comfort: JPY 3,460,000 per chair\nInstallation: JPY 180,000 per chair"
    texts = ["Model L7: JPY 2,980,000 per chair", "Installation: JPY 180,000 per chair"]
    out = _run(offer, "We choose the L7 Comfort, 3 chairs.", texts)
    assert out[0].status == "superseded" and out[1].status == "open"


def test_named_lines_priced_per_the_same_thing_are_no_options_when_three_share_it():
    offer = ("Table monoplace réglable Linéa : 142 € HT.\nChaise Linéa : 58 € HT.\n"
             "Option : table Linéa+ avec casier : 168 € HT.")
    texts = ["Table monoplace réglable Linéa : 142 € HT.", "Chaise Linéa : 58 € HT."]
    out = _run(offer, "Merci. On part sur la Linéa simple.", texts)
    assert [i.status for i in out] == ["open", "open"]


def test_a_list_line_under_the_choice_that_turns_an_option_down_takes_it_out_in_every_language():
    cases = [("- sound system, 4 speakers: €3,980 installed\n- wireless microphone option: €290\n"
              "- background music licence: €39 a month",
              "Our decision with my partner:\n1. the sound system at €3,980\n2. no microphone after all\n3. the licence",
              "wireless microphone option: €290"),
             ("- Soundanlage, 4 Lautsprecher: 3.980 € montiert\n- Option Funkmikrofon: 290 €\n"
              "- Musiklizenz: 39 € im Monat",
              "Wir haben entschieden:\n- die Soundanlage\n- kein Funkmikrofon\n- die Lizenz",
              "Option Funkmikrofon: 290 €"),
             ("- système son terrasse (4 enceintes) : 3 980 € HT installé\n- option micro sans fil : 290 € HT\n"
              "- licence musique d'ambiance : 39 € HT par mois",
              "C'est validé avec mon associé :\n1. le système terrasse à 3 980 € HT\n2. pas de micro finalement\n"
              "3. la licence",
              "option micro sans fil : 290 € HT"),
             ("- sistema de sonido, 4 altavoces: 3.980 € instalado\n- opción micrófono inalámbrico: 290 €\n"
              "- licencia de música: 39 € al mes",
              "Decisión tomada:\n- el sistema de sonido\n- sin micrófono\n- la licencia",
              "opción micrófono inalámbrico: 290 €")]
    for offer, choice, gone in cases:
        kept = [line.strip("- ") for line in offer.split("\n") if line.strip("- ") != gone]
        out = _run(offer, choice, [gone, *kept])
        assert (out[0].status, out[0].by) == ("superseded", "message:2"), choice
        assert [o.status for o in out[1:]] == ["open", "open"], choice


def test_options_priced_in_cents():
    offer = ("Basic: 5¢ per litre rebate at our own stations, no card fee.\n"
             "Basic Plus: 7¢ per litre rebate, $3 per card per month, with spending limits.")
    out = _run(offer, "Hi,\n\nLet's go with the Plus for our 18 vans.", ["Basic: 5¢ per litre rebate at our own stations, "
               "no card fee.", "Basic Plus: 7¢ per litre rebate, $3 per card per month, with spending limits."])
    assert out[0].status == "superseded" and out[1].status == "open"


def test_an_all_in_option_after_or_replaces_every_line_before_it():
    lines = ["nettoyage des vitres : 6 € HT par fenêtre", "nettoyage des sols : 2,40 € HT par m²",
             "ou forfait mensuel : 980 € HT par mois"]
    out = _run("\n".join(f"- {line}" for line in lines), "Bonjour,\n\nNous partons sur le forfait mensuel.", lines)
    assert [i.status for i in out] == ["superseded", "superseded", "open"]
    assert out[2].text == "Forfait mensuel : 980 € HT par mois"  # the one taken, without its "ou"


def test_a_list_line_turning_one_down_after_a_comma():
    offer = ("- 8 Kassenwaagen KW-20: 640 € je Stück\n- Wartung 2 Jahre: 9 € je Gerät und Monat\n"
             "- alternativ Miete mit Wartung: 41 € je Gerät und Monat")
    lines = ["8 Kassenwaagen KW-20: 640 € je Stück", "Wartung 2 Jahre: 9 € je Gerät und Monat",
             "alternativ Miete mit Wartung: 41 € je Gerät und Monat"]
    out = _run(offer, "Guten Tag,\n\nwir haben entschieden:\n\n- Kauf, nicht Miete\n- Wartung ja\n", lines)
    assert [i.status for i in out] == ["open", "open", "superseded"]


def test_a_list_line_choosing_in_its_first_clause_and_saying_why_after():
    lines = ["Diesel-Stapler 3 t: 1.150 € netto im Monat", "Elektro-Stapler 3 t: 1.320 € netto im Monat"]
    out = _run("\n".join(f"- {line}" for line in lines),
               "Hallo,\n\nwir haben entschieden:\n\n- Elektro, die Halle ist geschlossen und Diesel stinkt\n- 4 Stück\n",
               lines)
    assert [i.status for i in out] == ["superseded", "open"]



def _one(offer, choice, texts, chosen=""):
    ordered = [Source("message", 1, offer, D1, "outbound"), Source("message", 2, choice, D2, "inbound")]
    cleaned = {(s.kind, s.id): s.text for s in ordered}
    items = [Item(kind="feature", text=t, quote=t, source_kind="message", source_id=1, at=D1, direction="outbound")
             for t in texts]
    return [i.text for i in said_of_one(items, ordered, cleaned, chosen)]


def test_a_line_said_of_both_options_is_said_of_the_one_taken():
    offer = "Basic: EUR 40 per month, one site\nPremium: EUR 65 per month, three sites"
    assert _one(offer, "Thanks, we'll take Premium.", ["Training is free for both.", "Delivery in 2 weeks on either plan.",
                                                      "Both plans include the app."]) \
        == ["Training is free.", "Delivery in 2 weeks.", "Both plans include the app."]
    assert _one("Variante A: 300 € netto\nVariante B: 420 € netto", "Wir nehmen Variante B.",
                ["Die Einweisung ist bei beiden Varianten kostenlos.", "Wir kommen mit beiden Technikern."]) \
        == ["Die Einweisung ist kostenlos.", "Wir kommen mit beiden Technikern."]
    assert _one("Formule Essentiel : 900 € HT\nFormule Confort : 1 300 € HT", "Nous retenons la formule Confort.",
                ["Livraison offerte pour les deux formules."]) == ["Livraison offerte."]
    # a choice the order read ("We'd like Premium"), named in `chosen`
    assert _one(offer, "We'd like Premium.", ["No setup fee on either."], chosen="Premium") == ["No setup fee."]


def test_both_is_kept_when_nothing_or_everything_was_chosen():
    offer = "Basic: EUR 40 per month\nPremium: EUR 65 per month"
    assert _one(offer, "Thanks, I'll get back to you next week.", ["Training is free for both."]) \
        == ["Training is free for both."]
    assert _one(offer, "We'll take both.", ["Training is free for both."], chosen="both") == ["Training is free for both."]


def test_options_priced_with_a_thousands_comma_per_the_same_thing_are_two_ways():
    offer = "- Lounge chair L4, oak frame: JPY 212,000 per chair\n- Bench B9, pine: JPY 58,000 per chair"
    said = _run(offer, "We choose the Lounge chair L4.", ["Bench B9, pine: JPY 58,000 per chair",
                                                            "Lounge chair L4, oak frame: JPY 212,000 per chair"])
    assert [i.text for i in said if i.status == "open"] == ["Lounge chair L4, oak frame: JPY 212,000 per chair"]


def test_a_bracket_in_a_joined_list_is_no_list_join():
    offer = "Para 50 equipos (mesa, silla y lámpara):\n- Modelo Norte: $410.000 por equipo\n- Modelo Sur: $350.000 por equipo"
    joined = ("Para 50 equipos (mesa, silla y lámpara): Modelo Norte: $410.000 por equipo y Modelo Sur: "
              "$350.000 por equipo")
    said = _run(offer, "Nos quedamos con el Modelo Sur.", [joined])
    assert "410.000" not in said[0].text and "Modelo Sur: $350.000" in said[0].text


def test_a_variant_named_by_its_short_capitals_after_the_shared_model_code_is_the_one_taken():
    cases = [("- RX40: USD 5,200\n- RX40 HD (steel rollers): USD 6,450", "We'll go with the RX40 HD for the heavy pallets.",
              "RX40: USD 5,200", "RX40 HD (steel rollers): USD 6,450"),
             ("- KT9: 8.400 € netto\n- KT9 XL (Arbeitsbreite 2 m): 9.900 € netto", "Wir nehmen die KT9 XL.",
              "KT9: 8.400 € netto", "KT9 XL (Arbeitsbreite 2 m): 9.900 € netto"),
             ("- B300 : 3 100 € HT\n- B300 INOX (cuve acier) : 3 780 € HT", "Nous retenons la B300 INOX.",
              "B300 : 3 100 € HT", "B300 INOX (cuve acier) : 3 780 € HT"),
             ("- M20: 1.950 €\n- M20 PRO (motor reforzado): 2.480 €", "Vamos con la M20 PRO, gracias.",
              "M20: 1.950 €", "M20 PRO (motor reforzado): 2.480 €")]
    for offer, choice, gone, taken in cases:
        out = _run(offer, choice, [gone, taken])
        assert (out[0].status, out[0].by) == ("superseded", "message:2"), choice
        assert out[1].status == "open" and out[1].text == taken, choice

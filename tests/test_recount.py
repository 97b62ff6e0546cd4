"""Offers that count a thing the customer later counted anew (followup/drafting/recount.py)."""
from dataclasses import replace
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.items import Item
from followup.drafting.recount import count_only, counts, holds, keeps_offer
from followup.drafting.sentences import Source

TZ = "Europe/Brussels"


def test_counts_are_things_not_time_or_money():
    assert counts("12 coffee machines for 36 months at 40 € per machine") == {"coffe": {"12"}}
    assert counts("Livraison de 6 palettes en 3 semaines") == {"palet": {"6"}}


def test_an_offer_for_a_count_the_customer_changed_is_not_restated():
    sources = [Source("message", 1, "Bonjour,\n\nPour vos bureaux : 6 distributeurs de café, 2 400 € HT par an.\n\nLéa",
                      datetime(2026, 11, 20, 9), "outbound"),
               Source("message", 2, "Bonjour Léa,\n\nFinalement il nous faut 7 distributeurs. Pouvez-vous adapter "
                      "l'offre ?\n\nPaul", datetime(2026, 11, 25, 9), "inbound")]
    state = build_state(sources, TZ, datetime(2026, 11, 26, 9), customer_name="Paul Martin")
    offer = next(i for i in state.items if i.source_id == 1)
    assert offer.status == "superseded" and offer.by == "message:2"


def test_a_question_about_another_count_or_a_split_of_the_same_count_changes_nothing():
    sources = [Source("message", 1, "Hi Tom,\n\nFor 10 crates the price is EUR 8.20 per bottle.\n\nAnna",
                      datetime(2026, 11, 20, 9), "outbound"),
               Source("message", 2, "Hi Anna,\n\nWe take the 10 crates: 6 crates to the shop and 4 to the bar. "
                      "Could we add 20 crates in spring?\n\nTom", datetime(2026, 11, 25, 9), "inbound")]
    state = build_state(sources, TZ, datetime(2026, 11, 26, 9), customer_name="Tom Baker")
    offer = next(i for i in state.items if i.source_id == 1)
    # never superseded by a recount; the order of 10 crates is confirmed with this line's price (orderlines), which
    # settles the offer line as said there
    assert offer.status == "open" or (offer.by == "message:2" and "10 crates at EUR 8.20" in state.last["order_lines"])


def test_a_price_per_thing_stays_in_force_and_is_said_with_the_newest_count():
    sources = [Source("message", 1, "Bonjour,\n\nPour vos bureaux : 6 distributeurs raccordés, 35 € HT par distributeur "
                      "et par mois, contrat 24 mois.\n\nLéa", datetime(2026, 11, 20, 9), "outbound"),
               Source("note", 2, "Paul au téléphone : il veut 8 distributeurs au lieu de 6.", datetime(2026, 11, 23, 9),
                      "note"),
               Source("message", 3, "Bonjour Léa,\n\nFinalement ce sera 7 distributeurs et non 8.\n\nPaul",
                      datetime(2026, 11, 25, 9), "inbound")]
    state = build_state(sources, TZ, datetime(2026, 11, 26, 9), customer_name="Paul Martin")
    offer = next(i for i in state.items if i.source_id == 1)
    assert offer.status == "open"
    assert "7 distributeurs" in offer.quote and "35 €" in offer.quote and "24 mois" in offer.quote


def test_a_count_of_how_many_fewer_or_a_total_price_puts_the_offer_out_of_force():
    fewer = [Source("message", 1, "Hi Tom,\n\n10 crates at EUR 80 per crate.\n\nAnna", datetime(2026, 11, 20, 9),
                    "outbound"),
             Source("message", 2, "Hi Anna,\n\nTake 2 crates off, we need fewer.\n\nTom", datetime(2026, 11, 25, 9),
                    "inbound")]
    whole = [Source("message", 1, "Hi Tom,\n\nFor 10 crates: EUR 800 delivered.\n\nAnna", datetime(2026, 11, 20, 9),
                    "outbound"),
             Source("message", 2, "Hi Anna,\n\nWe need 12 crates after all.\n\nTom", datetime(2026, 11, 25, 9), "inbound")]
    for sources in (fewer, whole):
        state = build_state(sources, TZ, datetime(2026, 11, 26, 9), customer_name="Tom Baker")
        offer = next(i for i in state.items if i.source_id == 1)
        assert offer.status == "superseded", sources[1].text


def at(day):
    return datetime(2026, 11, day, 9)


def offer_of(sources, name="Tom Baker"):
    state = build_state(sources, TZ, at(26), customer_name=name)
    return next(i for i in state.items if i.source_id == 1 and i.direction == "outbound")


def test_an_offer_counted_anew_is_said_with_the_new_count_and_without_its_old_total():
    sources = [Source("message", 1, "Hi Tom,\n\n10 crates at EUR 80 per crate, EUR 800 in all.\n\nAnna", at(20),
                      "outbound"),
               Source("message", 2, "Hi Anna,\n\nWe need 12 crates after all.\n\nTom", at(25), "inbound")]
    offer = offer_of(sources)
    assert offer.status == "open" and "12 crates" in offer.quote and "EUR 80" in offer.quote
    assert "800" not in offer.quote and "10 crates" not in offer.quote


def test_a_figure_said_to_replace_another_replaces_it_with_its_parenthesis_in_every_language():
    cases = [  # (offer, the customer's change, said, never said)
        ("For 120 bikes we propose our tracker at UGX 185,000 per unit (120 trackers: UGX 22,200,000), plus UGX 12,000 "
         "per bike per month.", "We have now decided to equip 150 bikes, not 120.", "150 bikes", ["120", "22,200,000"]),
        ("Pour vos bureaux : 8 fontaines, 39 € HTVA par fontaine et par mois.",
         "Finalement 10 fontaines au lieu de 8. Puis : donc 9 fontaines et non 10.", "9 fontaines", ["8 ", "10 "]),
        ("Für die Halle: 320 Schränke zu je 58 € pro Schrank, insgesamt 18.560 €.",
         "Wir brauchen nur 280 Schränke statt 320.", "280 Schränke", ["320", "18.560"]),
        ("Para el colegio: 6 purificadores a Bs 4.350 cada uno, total Bs 26.100.",
         "Al final serán 5 puntos en vez de 6.", "5 purificadores", ["26.100"]),
    ]
    for offer, change, said, gone in cases:
        offer = offer_of([Source("message", 1, f"Hello,\n\n{offer}\n\nAnna", at(20), "outbound"),
                          Source("message", 2, f"Hello,\n\n{change}\n\nTom", at(25), "inbound")])
        assert offer.status == "open" and said in offer.quote, offer.quote
        assert not any(g in offer.quote for g in gone), offer.quote


def test_a_measure_replaced_puts_the_offer_and_the_customers_own_old_figure_out_of_force():
    sources = [Source("message", 1, "Guten Tag,\n\nwir denken an eine Zisterne von etwa 20 m³. Was kostet das?\n\nTom",
                      at(18), "inbound"),
               Source("message", 2, "Guten Tag,\n\nfür eine Betonzisterne 20 m³ mit Pumpe: 18.650 € zzgl. MwSt.\n\nAnna",
                      at(20), "outbound"),
               Source("note", 3, "Ortstermin: er will 30 m³ statt 20 m³, Preis neu rechnen.", at(23), "note")]
    state = build_state(sources, TZ, at(26), customer_name="Tom Baker")
    for source_id in (1, 2):
        item = next(i for i in state.items if i.source_id == source_id and "20 m³" in i.quote)
        assert item.status == "superseded" and item.by == "note:3", item


def test_a_count_named_further_on_or_by_no_name_counts_the_offers_thing():
    for offer, change in [("3 x DryPro 60 drying cabinets at £4,290 each installed, £12,870 in total.",
                           "2 cabinets should do us now."),
                          ("For the 3 husking lines we propose an extraction system at THB 1,480,000.",
                           "Owner wants to add line 4, so now total 4 lines."),
                          ("160 paddlewheel aerators 2 HP, IDR 6,450,000 per unit.", "We only buy 120 unit first.")]:
        sources = [Source("message", 1, f"Hello,\n\n{offer}\n\nAnna", at(20), "outbound"),
                   Source("message", 2, f"Hello,\n\n{change}\n\nTom", at(25), "inbound")]
        item = offer_of(sources)
        new = change.split(" ")[change.split(" ").index(next(w for w in change.split() if w.isdigit()))]
        assert item.status == "superseded" or (new in item.quote and offer.split()[0] not in item.quote
                                                and "in total" not in item.quote), item


def test_a_count_of_another_line_of_the_same_email_leaves_this_line_alone():
    mail = ("Hi Dana,\n\nOur bid:\n\n- Hot water extraction, 112 guest rooms: $34 per room ($3,808)\n\n"
            "- Stain protection: optional, $9 per room\n\nLuis")
    sources = [Source("message", 1, mail, at(20), "outbound"),
               Source("message", 2, "Luis, skip stain protection on floors 3 and 4, so only 56 rooms get it.\n\nDana",
                      at(25), "inbound")]
    state = build_state(sources, TZ, at(26), customer_name="Dana Brooks")
    line = next(i for i in state.items if "112 guest rooms" in i.quote)
    assert line.status == "open"


def test_a_change_only_asked_about_keeps_the_offer_but_not_its_total():
    sources = [Source("message", 1, "Estimada:\n\n6 purificadores UV, Bs 4.350 cada uno instalado (Bs 26.100 en "
                      "total), con prefiltro incluido.\n\nJavier", at(20), "outbound"),
               Source("message", 2, "Buenas tardes:\n\n¿Se puede con 5 puntos en vez de 6?\n\nRosario", at(25),
                      "inbound")]
    offer = offer_of(sources, "Rosario Mamani")
    assert offer.status == "open" and "6 purificadores" in offer.quote and "Bs 4.350" in offer.quote
    assert "26.100" not in offer.quote


def test_the_customers_own_count_said_again_as_a_change_replaces_their_older_count():
    sources = [Source("message", 1, "Dear Graham,\n\nWe are thinking now to do only 3 chairs.\n\nAgnieszka", at(20),
                      "inbound"),
               Source("message", 2, "Dear Graham,\n\nMy partner says keep it, so please again 4 chairs.\n\nAgnieszka",
                      at(25), "inbound")]
    state = build_state(sources, TZ, at(26), customer_name="Agnieszka Nowak")
    older = next(i for i in state.items if "3 chairs" in i.quote)
    assert older.status == "superseded" and older.by == "message:2"


def test_a_measure_taken_back_puts_every_point_on_the_other_value_out_of_force():
    cases = [("Our neighbour had to go to 160 m.", "To 160 m the price is R176,500 incl. VAT.",
              "Your surveyor says the rig can stop at 120 m after all."),
             ("Wir denken an 30 m³.", "Für 30 m³: 21.400 € netto.", "Der Gemeinderat will doch wieder 20 m³."),
             ("On voudrait 12 kW.", "Pour 12 kW : 8 400 € HT.", "Finalement on revient à 9 kW."),
             ("Queremos 600 m².", "Para 600 m²: USD 9.000.", "Al final serán 480 m².")]
    for theirs, ours, back in cases:
        sources = [Source("message", 1, f"Hello,\n\n{theirs}\n\nTom", at(18), "inbound"),
                   Source("message", 2, f"Hello,\n\n{ours}\n\nAnna", at(20), "outbound"),
                   Source("message", 3, f"Hello,\n\n{back}\n\nTom", at(25), "inbound")]
        state = build_state(sources, TZ, at(26), customer_name="Tom Baker")
        for source_id in (1, 2):
            item = next(i for i in state.items if i.source_id == source_id)
            assert (item.status, item.by) == ("superseded", "message:3"), item


def test_a_measure_of_a_part_added_later_leaves_the_whole_in_force():
    sources = [Source("message", 1, "Guten Tag,\n\nFür die Halle (2.400 m²): 38 € pro m².\n\nJana", at(20), "outbound"),
               Source("message", 2, "Hallo,\n\nJetzt doch eine Änderung: auf 400 m² eine Dachterrasse.\n\nHenning", at(25),
                      "inbound")]
    assert offer_of(sources, "Henning Brandt").status == "open"


def test_a_count_said_bare_as_the_final_one_or_as_where_they_start_replaces_the_older():
    offer = offer_of([Source("message", 1, "Hi Eleanor,\n\nFor your gifts: 150 hampers at £64 each, card included.\n\n"
                             "Ben", at(20), "outbound"),
                      Source("message", 2, "Ben - addresses attached (148 in the end, 31 non-alcoholic).\n\nEleanor",
                             at(25), "inbound")], "Eleanor Hartley")
    assert offer.status == "open" and "148 hampers" in offer.quote and "£64" in offer.quote
    for said, start in [("We have 40 containers on lease.", "We will start with 25 containers."),
                        ("Wir haben 40 Container.", "Für den Anfang nehmen wir 25 Container."),
                        ("Nous avons 40 conteneurs.", "Pour commencer, 25 conteneurs."),
                        ("Tenemos 40 contenedores.", "Para empezar, 25 contenedores.")]:
        state = build_state([Source("message", 1, f"Hello,\n\n{said}\n\nKavita", at(20), "inbound"),
                             Source("message", 2, f"Hello,\n\n{start}\n\nKavita", at(25), "inbound")], TZ, at(26),
                            customer_name="Kavita Ramdass")
        older = next(i for i in state.items if i.source_id == 1)
        assert (older.status, older.by) == ("superseded", "message:2"), said


def test_the_size_of_the_thing_offered_is_never_said_with_the_customers_new_count():
    assert holds("Tenemos un palco de 8 plazas con catering: 1.950 € por partido.", "8")
    assert holds("Our offer: a box for 12 guests, AUD 68,000.", "12")
    assert holds("Wir bieten eine Loge mit 10 Plätzen an.", "10") and holds("Nous proposons une loge de 8 places.", "8")
    assert not holds("Pour vos bureaux : 8 fontaines, 39 € par fontaine.", "8")
    sources = [Source("message", 1, "Hola Iñaki:\n\nTenemos un palco de 8 plazas con catering: 1.950 € por partido."
                      "\n\nAne", datetime(2026, 11, 20, 9), "outbound"),
               Source("message", 2, "Hola Ane:\n\nNos interesa, pero somos 10 personas, no 8. ¿Hay palco más grande?"
                      "\n\nIñaki", datetime(2026, 11, 25, 9), "inbound")]
    state = build_state(sources, TZ, datetime(2026, 11, 26, 9), customer_name="Iñaki Etxeberria")
    assert not any("10 plazas" in i.text or "10 plazas" in i.quote for i in state.items)


def test_a_new_head_count_without_money_leaves_the_rep_s_priced_line_in_force():
    older = Item(kind="term", text="", quote="Five hours from the Viaduct is NZD 4,950.", source_kind="message",
                 source_id=1, at=datetime(2026, 11, 20, 9), direction="outbound")
    for said in ("Also we are now 20 people, not 22.", "Wir sind jetzt 12 Personen statt 10.",
                 "Nous serons finalement 30 personnes.", "Ahora somos 10 personas, no 8."):
        newer = Item(kind="term", text="", quote=said, source_kind="message", source_id=2,
                     at=datetime(2026, 11, 25, 9), direction="inbound")
        assert count_only(newer, older), said
    assert not count_only(replace(newer, quote="Now 10 personas at EUR 900."), older)
    assert not count_only(newer, replace(older, quote="22 personas, NZD 58 per person"))


def test_a_notes_change_of_part_of_an_offer_at_the_same_price_leaves_the_offer_in_force():
    """"12 of them at 4000K instead of 3000K, same price": the quoted sum still stands (no slot asks it anew); the same
    change with no word of the price replaces the offer."""
    cases = [("en", "Our quote for 80 LED spots (3000K), fitted, is £9,400.", "Call Ann. 12 spots at 4000K instead of "
              "3000K, same price.", "Ann Lee"),
             ("de", "Unser Angebot für 80 LED-Strahler (3000K) mit Montage: 9.400 €.", "Tel. Anna. 12 Strahler mit 4000K "
              "statt 3000K, zum gleichen Preis.", "Anna Lenz"),
             ("fr", "Notre devis pour 80 spots LED (3000K), posés : 9 400 €.", "Appel Anne. 12 spots en 4000K au lieu "
              "de 3000K, même prix.", "Anne Leroy"),
             ("es", "Nuestro presupuesto para 80 focos LED (3000K), instalados: 9.400 €.", "Llamada Ana. 12 focos en "
              "4000K en lugar de 3000K, al mismo precio.", "Ana López")]
    for language, offer, note, name in cases:
        sources = [Source("message", 1, f"{offer}\n", datetime(2026, 11, 20, 9), "outbound"),
                   Source("note", 2, note, datetime(2026, 11, 24, 9), "note")]
        state = build_state(sources, TZ, datetime(2026, 11, 26, 9), customer_name=name)
        quoted = next(i for i in state.items if i.source_id == 1 and "9" in i.quote)
        assert quoted.status == "open", (language, quoted)
        assert keeps_offer(next(i for i in state.items if i.source_id == 2 and "4000K" in i.quote), quoted)
    changed = [Source("message", 1, "Our quote for 80 LED spots (3000K), fitted, is £9,400.\n", datetime(2026, 11, 20, 9),
                      "outbound"),
               Source("note", 2, "Call Ann. 12 spots at 4000K instead of 3000K.", datetime(2026, 11, 24, 9), "note")]
    state = build_state(changed, TZ, datetime(2026, 11, 26, 9), customer_name="Ann Lee")
    assert next(i for i in state.items if i.source_id == 1 and "9" in i.quote).status == "superseded"

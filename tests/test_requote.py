"""The rep's own terms out of force: a package priced again after the customer asked for a change, a passed day."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

TZ = "Europe/Vienna"
REP = RepProfile("Mara Holz", "mara@buehne.example", "Mara Holz\nBühnenbau Holz")


def draft(sources, now, name="Kai Lenz"):
    state = build_state(sources, TZ, now, customer_name=name)
    return compose_state(state, customer_name=name, thread_subject="Bühne", rep=REP)


def test_a_package_priced_again_without_what_the_customer_dropped_replaces_the_first_price():
    sources = [
        Source("message", 1, "Hallo Frau Holz,\n\nwir brauchen eine Bühne 8 x 6 m mit Dach für unser Sommerfest. "
                             "Was kostet das?\n\nKai Lenz", datetime(2026, 11, 2, 9), "inbound"),
        Source("message", 2, "Hallo Herr Lenz,\n\ndas Paket kostet 6.200 € netto inkl. Aufbau, Transport und einem "
                             "Bühnenmeister. Die Bühne ist am 12.6. noch frei.\n\nMara Holz",
               datetime(2026, 11, 3, 9), "outbound"),
        Source("message", 3, "Hallo Frau Holz,\n\ndie Überdachung brauchen wir doch nicht, wir sind in einer "
                             "Halle. Dafür bitte 2 Treppen statt 1. Aufbau ist ab 8 Uhr möglich.\n\nKai Lenz",
               datetime(2026, 11, 9, 9), "inbound"),
        Source("message", 4, "Hallo Herr Lenz,\n\nohne Überdachung und mit 2 Treppen kommen wir auf 3.900 € netto."
                             "\n\nMara Holz",
               datetime(2026, 11, 10, 9), "outbound"),
    ]
    body = draft(sources, datetime(2026, 11, 20, 9)).body
    assert "3.900 €" in body
    assert "6.200" not in body


def test_a_second_thing_priced_later_does_not_replace_the_first():
    sources = [
        Source("message", 1, "Hi Mara,\n\nWe need a stage of 8 x 6 m. Could you quote?\n\nKai",
               datetime(2026, 11, 2, 9), "inbound"),
        Source("message", 2, "Hi Kai,\n\nThe stage is EUR 6,200 including setup.\n\nMara",
               datetime(2026, 11, 3, 9), "outbound"),
        Source("message", 3, "Hi Mara,\n\nWhat would lighting add?\n\nKai", datetime(2026, 11, 9, 9), "inbound"),
        Source("message", 4, "Hi Kai,\n\nThe lighting rig comes to EUR 2,900 for both days.\n\nMara",
               datetime(2026, 11, 10, 9), "outbound"),
    ]
    body = draft(sources, datetime(2026, 11, 20, 9)).body
    assert "EUR 6,200" in body and "EUR 2,900" in body


def test_a_day_the_rep_offered_that_has_passed_is_not_restated():
    sources = [
        Source("message", 1, "Hi Mara,\n\nCan you look at the hall first?\n\nKai", datetime(2026, 11, 2, 9), "inbound"),
        Source("message", 2, "Hi Kai,\n\nI can see the hall on Thursday, November 5 at 9am. The stage is EUR 6,200 "
                             "including setup.\n\nMara", datetime(2026, 11, 3, 9), "outbound"),
    ]
    body = draft(sources, datetime(2026, 11, 20, 9)).body
    assert "November 5" not in body and "9am" not in body
    assert "EUR 6,200" in body


def test_an_offered_choice_is_out_of_force_once_the_customer_took_one_option():
    sources = [
        Source("message", 1, "Hi Kai,\n\nThe stage is EUR 6,200 including setup. Dates I can offer: June 12-13 or "
                             "June 19-20.\n\nMara", datetime(2026, 5, 3, 9), "outbound"),
        Source("message", 2, "Hi Mara,\n\nJune 19-20 works for us.\n\nKai", datetime(2026, 5, 4, 9), "inbound"),
    ]
    body = draft(sources, datetime(2026, 5, 6, 9)).body
    assert "12-13" not in body
    assert "EUR 6,200" in body


def test_a_validity_the_rep_gave_that_has_run_out_is_not_restated():
    sources = [
        Source("message", 1, "Hi Kai,\n\nThe stage is EUR 6,200 including setup. The hall is held until November 6."
                             "\n\nMara", datetime(2026, 11, 3, 9), "outbound"),
    ]
    body = draft(sources, datetime(2026, 11, 20, 9)).body
    assert "November 6" not in body and "EUR 6,200" in body


def test_a_rate_in_a_slash_unit_offered_again_replaces_the_first():
    sources = [
        Source("note", 1, "Call with Kai Lenz. Gave a rate of 21.5 ct/kWh over 10 yrs for the roof.",
               datetime(2026, 11, 3, 9), "note"),
        Source("note", 2, "Kai called back, needs lower -> offered 19.8 ct/kWh with 1% escalator.",
               datetime(2026, 11, 10, 9), "note"),
    ]
    body = draft(sources, datetime(2026, 11, 11, 9)).body
    assert "19.8 ct/kWh" in body and "21.5" not in body


def test_an_amount_said_as_what_comes_off_replaces_no_other_price():
    sources = [
        Source("message", 1, "Hi Kai,\n\nThe stage is EUR 16,400 installed. The yearly inspection is EUR 1,900."
                             "\n\nMara", datetime(2026, 11, 3, 9), "outbound"),
        Source("message", 2, "Hi Mara,\n\nWhat if we drop the roof?\n\nKai", datetime(2026, 11, 5, 9), "inbound"),
        Source("message", 3, "Hi Kai,\n\nWithout the roof EUR 2,300 comes off, which leaves EUR 14,100 installed."
                             "\n\nMara", datetime(2026, 11, 6, 9), "outbound"),
    ]
    state = build_state(sources, TZ, datetime(2026, 11, 12, 9), customer_name="Kai Lenz")
    assert [i.status for i in state.items if "EUR 1,900" in i.quote] == ["open"]
    assert [i.status for i in state.items if "EUR 16,400" in i.quote] == ["superseded"]


def test_a_total_the_customer_asks_to_have_revised_is_no_longer_said():
    """A note's total, then "wir nehmen nur 2 Zelte, können Sie das Angebot überarbeiten?": the total is out of
    force."""
    sources = [
        Source("message", 1, "Hallo Herr Lenz,\n\nein Zelt 10 x 5 m kostet 1.450 € netto pro Zelt, Aufbau "
                             "inklusive.\n\nMara Holz", datetime(2026, 11, 3, 9), "outbound"),
        Source("note", 2, "Tel. mit Lenz. Drei Zelte, insgesamt 4.350 € netto, Aufbau am 12.6. ab 8 Uhr.",
               datetime(2026, 11, 4, 15), "note"),
        Source("message", 3, "Hallo Frau Holz,\n\nwir nehmen doch nur 2 Zelte. Können Sie das Angebot "
                             "überarbeiten?\n\nKai Lenz", datetime(2026, 11, 9, 9), "inbound"),
    ]
    body = draft(sources, datetime(2026, 11, 10, 8)).body
    assert "4.350 €" not in body
    assert "2 Zelte" in body


def test_the_counted_lines_of_an_offer_made_again_go_with_its_price():
    """The first offer's "für Ihre 3 Hallen" line goes when the customer takes 2 platforms and the rep prices the
    offer again for 2; a lead time in the first offer stays."""
    sources = [
        Source("message", 1, "Hallo Frau Holz,\n\nwir brauchen Bühnen für unser Stadtfest. Was kostet das?\n\n"
                             "Kai Lenz", datetime(2026, 11, 2, 9), "inbound"),
        Source("message", 2, "Hallo Herr Lenz,\n\ngerne biete ich Ihnen für Ihre 3 Hallen je ein Podest mit "
                             "Geländer an. Preis: 2.100 € netto pro Podest. Die Lieferzeit beträgt 4 Wochen.\n\n"
                             "Mara Holz", datetime(2026, 11, 3, 9), "outbound"),
        Source("message", 3, "Hallo Frau Holz,\n\nwir nehmen nur 2 Podeste, dafür ohne Geländer.\n\nKai Lenz",
               datetime(2026, 11, 9, 9), "inbound"),
        Source("message", 4, "Hallo Herr Lenz,\n\nfür 2 Podeste ohne Geländer kommen wir auf 1.800 € netto pro "
                             "Podest.\n\nMara Holz", datetime(2026, 11, 10, 9), "outbound"),
    ]
    body = draft(sources, datetime(2026, 11, 11, 8)).body
    assert "3 Hallen" not in body and "2.100 €" not in body
    assert "1.800 €" in body and "4 Wochen" in body


def test_a_line_naming_what_a_later_word_replaced_is_out_of_force_in_every_language():
    from datetime import datetime as dt
    cases = [("das Konzept: 80 m² Reihenstand, zweigeschossig, Besprechungsraum oben.",
              "Die angepasste Variante: eingeschossig statt zweigeschossig, dafür eine Lounge."),
             ("Our proposal: a reception desk in beech veneer with a cable tray, £2,400 installed.",
              "As agreed, walnut instead of beech, same price."),
             ("Le comptoir : plateau en aluminium brossé, 2 tiroirs.", "Finalement inox au lieu de l'aluminium."),
             ("La propuesta: bloqueo y etiquetado, 12 grupos de 20 personas.",
              "Con primeros auxilios en lugar de bloqueo y etiquetado, queda en MXN 172,500.")]
    for first, swap in cases:
        state = build_state([Source("message", 1, f"Hallo,\n\n{first}\n\nMara", dt(2026, 11, 2, 9), "outbound"),
                             Source("message", 2, f"Hallo,\n\n{swap}\n\nMara", dt(2026, 11, 9, 9), "outbound")],
                            TZ, dt(2026, 11, 12, 9), customer_name="Kai Lenz")
        line = next(i for i in state.items if i.source_id == 1)
        assert (line.status, line.by) == ("superseded", "message:2"), first


def test_a_swap_only_asked_for_leaves_the_line_in_force():
    from datetime import datetime as dt
    state = build_state([Source("message", 1, "Hi Todd,\n\nMonthly visits the rest of the year at $690 per month.\n\n"
                                "Carla", dt(2026, 11, 2, 9), "outbound"),
                         Source("message", 2, "Carla - also can you invoice quarterly instead of monthly\nTodd",
                                dt(2026, 11, 9, 9), "inbound")], TZ, dt(2026, 11, 12, 9), customer_name="Todd Berg")
    line = next(i for i in state.items if i.source_id == 1)
    assert line.status == "open"


def test_a_total_the_customer_asks_to_have_sent_as_the_revised_quote_stays_in_force():
    """'Please send the revised quote in the band's name' asks for the document, not a new price: the note's new
    total (with its 'TT$' kept whole) is what the draft confirms; 'can you revise?' would have put it out of force."""
    note = "Keisha called. Told her basses are TT$1,400 a set, new total TT$30,600. Send revised quote."
    ask = "Mr. Ramcharan,\n\nPlease send the revised quote in the band's name for the deposit.\n\nKeisha"
    sources = [Source("note", 1, note, datetime(2026, 12, 14, 22), "note"),
               Source("message", 2, ask, datetime(2026, 12, 18, 14), "inbound")]
    state = build_state(sources, "America/Port_of_Spain", datetime(2026, 12, 21, 9), customer_name="Keisha Joseph")
    total = next(i for i in state.items if "TT$30,600" in i.quote)
    assert total.status == "open"
    body = compose_state(state, customer_name="Keisha Joseph", thread_subject="Retune", rep=REP).body
    assert "TT$30,600" in body
    sources[1] = Source("message", 2, ask.replace("Please send the revised quote", "Can you revise the quote"),
                        datetime(2026, 12, 18, 14), "inbound")
    state = build_state(sources, "America/Port_of_Spain", datetime(2026, 12, 21, 9), customer_name="Keisha Joseph")
    assert next(i for i in state.items if "TT$30,600" in i.quote).status == "superseded"

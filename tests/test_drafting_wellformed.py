"""A call note's clauses said as the rep's own sentences: promises as "I'll send you A, B and C by Friday", shorthand
written out, one item per sentence, and a fragment that cannot be made whole left out."""
import re
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.grounding import ground
from followup.drafting.phrases import framing_texts
from followup.drafting.profile import RepProfile, grounding_texts
from followup.drafting.promised import note_promise
from followup.drafting.saying import sentences
from followup.drafting.sentences import Source
from followup.drafting.spelledout import spelled
from followup.drafting.wellformed import sentence

TZ = "Europe/London"
ANN = RepProfile("Ann Cole", "ann@kilnworks.example", "Ann Cole\nKilnworks\n0161 555 0100")
KILN_NOTE = ("Call w/ Owen Price, Hillside Pottery. Wants 2 electric kilns + a pug mill. Pitched EK-90 kiln: 90 L "
             "chamber, 1,300 C max, runs on single phase. Quoted £4,200 per kiln and £2,900 for the pug mill, lead "
             "time 6 weeks ex Leeds. Promised spec sheets + wiring diagram by email by Friday.")
MONDAY, TUESDAY, SATURDAY = datetime(2026, 11, 23, 15), datetime(2026, 11, 24, 15), datetime(2026, 11, 28, 10)


@pytest.mark.parametrize("quote, language, said", [
    ("Promised spec sheets + shipping estimate by email by Friday", "en",
     "I'll send you the spec sheets and the shipping estimate by Friday."),
    ("will send price list, Arabic manual and warranty card by Friday", "en",
     "I'll send you the price list, the Arabic manual and the warranty card by Friday."),
    ("Promised revised quote incl. delivery charge by Thursday", "en",
     "I'll send you the revised quote including delivery charge by Thursday."),
    ("versprochen: Angebot + Datenblatt bis Freitag", "de", "Ich schicke Ihnen das Angebot und das Datenblatt bis Freitag."),
    ("promis : devis + fiche technique d'ici vendredi", "fr",
     "Je vous envoie le devis et la fiche technique d'ici vendredi."),
    ("prometí enviar la ficha técnica y el presupuesto el viernes", "es",
     "Le envío la ficha técnica y el presupuesto el viernes."),
])
def test_a_note_promise_list_is_restated_as_the_reps_commitment_with_every_item(quote, language, said):
    assert note_promise(quote, language) == said


def test_a_note_promise_whose_day_has_passed_keeps_its_items_without_the_day():
    assert note_promise("Promised spec sheets + shipping estimate by email by Friday", "en", dated=False) == \
        "I'll send you the spec sheets and the shipping estimate."
    assert note_promise("Pitched the EK-90 kiln", "en") == ""  # no promise: nothing to restate as one


@pytest.mark.parametrize("clause, language, said", [
    ("I quoted £3,950 per stand and £6,700 for the press", "en", "The price is £3,950 per stand and £6,700 for the press."),
    ("I pitched SP-2 stand: 1.5 hp motor, 2,800 rpm, fits a 2.4 m board", "en",
     "I'd suggest the SP-2 stand (1.5 hp motor, 2,800 rpm, fits a 2.4 m board)."),
    ("delivery to the slipway ok with our flatbed", "en", "Delivery to the slipway works with our flatbed."),
    ("lead time 10 weeks ex Southampton", "en", "The lead time is 10 weeks ex Southampton."),
    ("GST 18% on top", "en", "GST is 18% on top."),  # a rate named by its letters: no article
    ("site visit proposed Thurs 7 Jan, need your ok", "en", "I'd suggest the site visit on Thurs 7 Jan."),
    ("quote valid until 30 January", "en", "The quote is valid until 30 January."),  # never "The quote valid is"
    # a dollar with its country's letters is one currency: not "1.5 hp motor (US) at $6,850"
    ("offered DP-2 disc pulper w/ 1.5 hp motor US$6,850 landed Kingston", "en",
     "I'd suggest the DP-2 disc pulper with 1.5 hp motor at US$6,850 landed Kingston."),
    ("Preis TZS 4.950.000 je Gerät", "de", "Der Preis beträgt TZS 4.950.000 je Gerät."),
    ("Besichtigung Mo 22. Nov. 9 Uhr", "de", "Die Besichtigung ist für Mo 22. Nov. 9 Uhr geplant."),
    ("proposé le BA-132 : 132 cm, moteur DC 28 W, 6 vitesses", "fr",
     "Je vous propose le BA-132 (132 cm, moteur DC 28 W, 6 vitesses)."),
    ("confirmé que una de las dos PS-400 lleva cabrestante de 4,5 t", "es",
     "Una de las dos PS-400 lleva cabrestante de 4,5 t."),
])
def test_a_note_clause_becomes_one_of_the_reps_sentences(clause, language, said):
    assert sentence(clause, language) == said


@pytest.mark.parametrize("clause, language", [
    ("180 staff Oakland office", "en"),  # headings with no verb and no price
    ("you asked abt insurance", "en"),  # the note's record of the call
    ("he wants 6", "en"),  # the customer in the third person
    ("schmidt nochmal: Termin: offen", "de"),  # two labels, note grammar
    ("roadside unchanged $240", "en"),  # a figure of something the sentence cannot name
    ("il en veut 6", "fr"),
])
def test_a_fragment_that_cannot_be_made_whole_is_left_out(clause, language):
    assert sentence(clause, language) == ""


def test_terms_are_one_item_per_sentence_at_most_the_limit_with_the_lead_on_the_first():
    said = sentences(["I quoted £3,950 per stand and £6,700 for the press, lead time 10 weeks ex Southampton",
                      "180 staff Oakland office", "the WP-80 press, hand-operated, makes 180 kg bales",
                      "site walk Thursday 14 October at 9:30"], "en", "To confirm, {x}.", 3)
    lines = [s for s, _ in said]
    assert lines[0] == "To confirm, the price is £3,950 per stand and £6,700 for the press."
    assert len(lines) == 3 and not any(";" in s or s.count(": ") > 1 for s in lines)
    assert "180 staff" not in " ".join(lines)  # the fragment is left out, the figures in force are kept first
    assert [n for _, n in said] == [0, 0, 2]


def test_a_draft_from_pitch_quote_and_promise_notes_reads_as_the_reps_sentences_and_grounds():
    sources = [Source("note", 1, KILN_NOTE, MONDAY, "note")]
    state = build_state(sources, TZ, TUESDAY, customer_name="Owen Price")
    body = compose_state(state, customer_name="Owen Price", thread_subject="", rep=ANN).body
    assert "I'll send you the spec sheets and the wiring diagram on Friday." in body
    assert "I'd suggest the EK-90 kiln (90 L chamber, 1,300 C max, runs on single phase)." in body
    assert "The price is £4,200 per kiln and £2,900 for the pug mill." in body
    assert "2 electric kilns and a pug mill" in body
    for shorthand in (" w/ ", " + ", "Pitched", "Quoted", "Promised", "promised", "I pitched", ";", "by email"):
        assert shorthand not in body
    message = body.rsplit("\n\n", 1)[0]
    assert not any(s.count(": ") > 1 for s in re.split(r"(?<=[.!?])\s+", message))
    report = ground(body, sources, grounding_texts(customer_name="Owen Price", customer_email="owen@hillside.example",
                                                   rep=ANN) + framing_texts("en"), written_at=TUESDAY, tz=TZ)
    assert not report.unmatched


def test_a_note_promise_whose_day_passed_is_still_owed_without_its_day():
    sources = [Source("note", 1, KILN_NOTE, MONDAY, "note")]
    state = build_state(sources, TZ, SATURDAY, customer_name="Owen Price")
    body = compose_state(state, customer_name="Owen Price", thread_subject="", rep=ANN).body
    assert "Sorry for the delay. I'm sending the spec sheets and the wiring diagram right away." in body
    assert "Friday" not in body


@pytest.mark.parametrize("clause, said", [
    ("Quoted BZD 2,650/yr for both: 2 services a year, filter cartridges incl., quarterly air test",
     "The price is BZD 2,650 a year for both: 2 services a year, filter cartridges included, quarterly air test."),
    ("I proposed 2 x 10,000 lb + 1 x 16,000 lb 4-post lifts, galv. frames, installed BSD 71,400",
     "I'd suggest 2 x 10,000 lb plus 1 x 16,000 lb 4-post lifts (galv. frames, installed) at BSD 71,400."),
    ("Quoted XPF 38,500 per fan", "The price is XPF 38,500 per fan."),
])
def test_a_quoted_price_keeps_what_it_covers_and_a_count_with_thousands_stays_whole(clause, said):
    assert sentence(clause, "en") == said


def test_a_notes_abbreviation_before_a_lower_case_word_ends_no_clause():
    note = Source("note", 1, "Call with Theo. Proposed 2 lifts, galv. frames, installed BSD 71,400. Site visit Thu "
                             "17 Dec 10am.", datetime(2026, 12, 7, 19), "note")
    state = build_state([note], "America/Nassau", datetime(2026, 12, 9, 15), customer_name="Theo Rolle")
    assert any("galv. frames, installed BSD 71,400" in i.quote for i in state.items)


def test_a_notes_new_total_and_an_added_item_are_said_as_prices():
    assert sentence("new total FJD 6,220", "en") == "The total is FJD 6,220."
    assert sentence("plus 6 prescription masks FJD 570", "en") == "The price for 6 prescription masks is FJD 570."


def test_a_note_promise_to_do_something_is_said_as_doing_it_not_as_sending_it():
    assert note_promise("Promised to hold the price to 20 February", "en") == "I'll hold the price to 20 February."
    assert note_promise("promised to call her back with the crane slot", "en") == \
        "I'll call you back with the crane slot."
    assert note_promise("Promised to ring the depot by Friday", "en", dated=False) == "I'll ring the depot."


def test_a_dollar_named_by_its_country_stays_one_amount():
    """"US$6,850" is one price: never "1.5 hp motor (US) at $6,850" or "option US is $2,400"."""
    from followup.drafting.wellformed import sentence
    said = sentence("I offered DP-2 disc pulper with 1.5 hp motor, US$6,850 landed Kingston", "en")
    assert "US$6,850" in said and "(US)" not in said
    assert "18,6 M FCFA" in sentence("Le prix est de 18,6 M FCFA HT", "fr")


def test_an_offer_keeps_the_specs_said_after_its_price():
    assert sentence("Offered our refurbished unit KX-4, same output, EUR 12,900 delivered, ships in 3 weeks", "en") \
        == "I'd suggest our refurbished unit KX-4 (same output, ships in 3 weeks) at EUR 12,900 delivered."


def test_a_label_opening_on_a_preposition_is_no_thing_to_price():
    assert "pour avec" not in sentence("option : avec capot inox, 1 850 € HT", "fr")
    assert "für mit" not in sentence("mit Deckel, 240 € netto", "de")


def test_the_total_is_kept_first_when_the_terms_are_cut_and_a_trailing_bare_amount_is_not_said_alone():
    said = [s for s, _ in sentences(["Regal 2.300 €", "Etiketten 900 € optional", "Lieferung 400 €",
                                     "Total 42.200 € netto"], "de", "", 3)]
    assert any("42.200" in s for s in said)
    said = [s for s, _ in sentences(["Opcional: batería de respaldo, USD 4,800"], "es", "", 3)]
    assert not any(s == "El precio es de USD 4,800." for s in said)


def test_a_french_offer_gets_its_determiner_and_a_notes_tilde_is_written_out():
    assert sentence("proposé broyeur BV-7, débit ~2 t/h, 3 100 000 FCFA HT", "fr") == \
        "Je vous propose notre broyeur BV-7 (débit environ 2 t/h) à 3 100 000 FCFA HT."
    assert spelled("Leistung ~40 kW", "de") == "Leistung ca. 40 kW"


def test_the_offer_in_force_is_said_with_the_thing_it_is_for():
    assert sentence("precio RT-12 acero 12 hl: 31.400 € + IVA, instalada", "es") == \
        "El precio de RT-12 acero 12 hl es de 31.400 € más IVA."
    assert sentence("transport ~EUR 1,100 -> MX-8 DAP Poznań incl. training = EUR 64,900", "en") == \
        "The total for MX-8 DAP Poznań including training is EUR 64,900."
    assert sentence("quoted £2,480 for 4 bays, timber carport CP-4, oak posts", "en") == \
        "The price is £2,480 for 4 bays: timber carport CP-4, oak posts."


def test_an_offer_shown_to_the_customer_keeps_one_determiner_and_one_preposition():
    """"Showed her SB-2" (her turned to "your") is our SB-2; "FM-6 à 42 €" keeps one "à"."""
    from followup.drafting.wellformed import sentence
    assert sentence("showed your SB-2 trunk shaker, €42,600, freezing tunnel option later", "en") == \
        "I'd suggest the SB-2 trunk shaker (freezing tunnel option later) at €42,600."
    assert sentence("Proposé filet mono-arbre FM-6 à 42 € l'arbre posé", "fr") == \
        "Je vous propose notre filet mono-arbre FM-6 à 42 € l'arbre posé."


@pytest.mark.parametrize("language, clause, said", [
    ("de", "kompromiss 36 €/Blatt", "Der Preis beträgt 36 €/Blatt."),
    ("en", "agreed $2,400 per year", "The price is $2,400 per year."),
    ("de", "westseite neu eindecken 14.450 € inkl. MwSt.", ""),
    ("de", "grob 6.400 € inkl. Montage", "Der Preis beträgt etwa 6.400 € inkl. Montage."),
])
def test_a_price_is_never_said_for_a_word_of_agreeing_or_a_german_clause(language, clause, said):
    """"Der Preis für kompromiss" / "für westseite neu eindecken": no thing is priced there; the price stands alone
    or, when nothing can name it, is not said."""
    from followup.drafting.wellformed import price_sentence
    assert price_sentence(clause, language) == said


@pytest.mark.parametrize("language, clause, said", [
    ("en", "open-end lease $689/mo per truck, 48 mo, maintenance pkg +$84/mo",
     "The price for the open-end lease is $689 a month per truck, 48 months."),
    ("de", "Stromkosten 2027 ca. 96.000 EUR", ""),
    ("de", "dazu Endpoint-Schutz EUR 3,10 pro Gerät und Monat",
     "Der Preis für Endpoint-Schutz beträgt EUR 3,10 pro Gerät und Monat."),
    ("en", "landlord agreed 7-yr term, $34.00 net", "The price is $34.00 net."),
    ("en", "avg 9 yrs old", ""),
    ("en", "Lost 2 agencies' worth of no-shows last yr", ""),
    ("en", "Rates given: pickers £15.95/hr", "The price is £15.95/hr."),
])
def test_a_price_keeps_its_term_and_is_never_said_of_the_customers_spend_or_the_notes_account(language, clause, said):
    """"$689/mo per truck, 48 mo" keeps its 48 months; "Stromkosten 2027 ca. 96.000 EUR" is the customer's own cost."""
    from followup.drafting.wellformed import price_sentence, sentence
    assert (sentence(clause, language) if clause.startswith(("avg", "Lost")) else price_sentence(clause, language)) == said


@pytest.mark.parametrize("clause, said", [
    ("Aufbau ab 22.9.", "Der Aufbau ist ab 22.9. geplant."),
    ("Aufbau ab 22.9", "Der Aufbau ist ab 22.9 geplant."),
    ("Start 1.10.2026.", "Der Start ist für 1.10.2026 geplant."),
    ("Die Montage ist am 28.12.", "Die Montage ist am 28.12."),
])
def test_a_dated_clause_keeps_the_dot_its_day_ends_in(clause, said):
    assert sentence(clause, "de") == said


@pytest.mark.parametrize("line, language, said", [
    ("Precios orientativos dados: abrigo 1.950 €", "es", "El precio de abrigo es de 1.950 €."),
    ("Prices quoted: pallet racking $4,200", "en", "The price for the pallet racking is $4,200."),
])
def test_a_price_lists_heading_is_not_said_as_the_thing_priced(line, language, said):
    from followup.drafting.wellformed import sentence
    assert sentence(line, language) == said


def test_a_span_of_days_runs_and_a_numbered_thing_with_its_own_verb_is_no_label():
    assert sentence("season 1 May - 30 Sept", "en") == "The season runs 1 May - 30 Sept."
    assert sentence("install Mon 12 - Wed 14 Feb", "en") == "The install runs Mon 12 - Wed 14 Feb."
    assert sentence("bar 3 has no room", "en") == ""
    assert sentence("lead time 10 weeks", "en") == "The lead time is 10 weeks."


def test_a_day_bound_at_the_latest_is_said_with_its_article_and_a_plural_takes_are():
    assert sentence("BAT au plus tard lundi 15 janvier", "fr") == "Le BAT est prévu au plus tard le lundi 15 janvier."
    assert sentence("Abnahme spätestens Montag 15.01.", "de") == "Die Abnahme ist spätestens Montag 15.01. geplant."
    assert sentence("proofs by Mon 15 Jan", "en") == "The proofs are by Mon 15 Jan."
    assert sentence("pruebas a más tardar el lunes 15 de enero", "es") == ""  # no article known for the plural


def test_a_note_saying_a_day_is_fine_names_no_event_on_it():
    assert sentence("fine for 3 Feb", "en") == "" and sentence("ok for Mon 5 Feb", "en") == ""


def test_a_state_over_a_span_of_days_keeps_its_adjective():
    assert sentence("crew free Mon 27 Jan - Tue 4 Feb", "en") == "The crew is free Mon 27 Jan - Tue 4 Feb."


@pytest.mark.parametrize("clause, language, said", [
    ("vans unchanged, 3 x GBP 21,400.", "en", "3 vans at GBP 21,400 each, unchanged."),
    ("Lampen unverändert, 4 x 120 €.", "de", "4 Lampen zu 120 €, unverändert."),
    ("Étagères, 6 x 85 €.", "fr", "6 étagères à 85 €."),
])
def test_a_count_times_a_price_after_its_things_is_said_as_each(clause, language, said):
    assert sentence(clause, language) == said


def test_a_count_times_a_price_naming_no_thing_says_no_price_for_it():
    assert "for 2 x" not in sentence("2 x CAD 11,800.", "en")


def test_a_sum_is_said_by_the_figure_after_its_sign_not_a_later_part():
    said = sentence("Offered EUR 39 per seat per month = EUR 4,680 per year, setup EUR 900.", "en")
    assert "4,680" in said and "900" not in said and "price for EUR" not in said

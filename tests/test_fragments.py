"""Note lines said only as whole clauses, never as a scrap of shorthand (followup/drafting/fragments.py)."""
from datetime import datetime

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.fragments import fragment, per_units, playback, points_back, snap, term_text, verbless
from followup.drafting.items import Item
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

TZ = "Europe/London"
MON = datetime(2026, 11, 30, 15)
TUE = datetime(2026, 12, 1, 10)
REP = RepProfile("Owen Hale", "owen@warmhall.example", "Owen Hale\nWarmHall Heating")


def test_scraps_of_shorthand_are_fragments_and_a_whole_clause_is_not():
    assert fragment("cost")
    assert fragment("fit £9,900 +")  # what the "+" adds was cut away
    assert fragment("roof insulation: not discussed, check with surveyor")  # a to-do of the rep's, not a term
    assert not fragment("delivery before 15 March is no problem")
    assert fragment("1er contact Mme Roux (resp")  # the note's log, and a parenthesis left open
    assert fragment("First call with the warden, 30 radiators")
    assert not fragment("excess 250 €")  # a label and an amount say the term


def test_a_cut_is_moved_to_the_clause_it_falls_in():
    whole = "our surveyor suggested panels, 30 units, supply + fit £9,900 + VAT"
    # started mid-phrase and ended before "VAT": the clause start comes back only when it is near
    assert snap(whole, "panels, 30 units, supply + fit £9,900 +") == "30 units, supply + fit £9,900 + VAT"
    assert snap(whole, "suggested panels, 30 units, supply + fit £9,900 +") == whole
    assert snap("on a 3-year plan we can do £2.10 per meal", "3-year plan we can do £2.10 per") == \
        "on a 3-year plan we can do £2.10 per meal"
    # nothing in whole clauses within the limit holds the figure: nothing is said
    assert snap("the surveyor who came round on Monday said the main hall alone needs 14 kW of heat output",
                "hall alone needs 14 kW of") == ""


def test_a_call_note_line_is_confirmed_whole_or_not_at_all():
    note = ("First call with the church warden. Suggested wall-mounted panels, 30 units, supply + fit £9,900 + VAT. "
            "Survey agreed: Thursday 10 December, 11am.")
    state = build_state([Source("note", 1, note, MON, "note")], TZ, TUE, customer_name="Ruth Ames")
    body = compose_state(state, customer_name="Ruth Ames", thread_subject="", rep=REP).body
    # the rep's suggestion in the rep's voice, its figures in brackets, "+ VAT" written out (round 17a)
    assert "To confirm, I'd suggest the wall-mounted panels (30 units, supply and fit) at £9,900 plus VAT." in body
    assert "To confirm, panels" not in body and "£9,900 +." not in body and "£9,900 + and" not in body


def test_note_headings_without_a_verb_are_not_restated_as_what_we_discussed():
    assert verbless("your current gas boiler 1994, radiators cold upstairs, about 12 rooms")
    assert not verbless("your hall opens at 9 on Sundays")
    assert not verbless("you bought a second site in May")
    note = ("Spoke with the bursar. Current gas boiler 1994, radiators cold upstairs, about 12 rooms. "
            "Survey agreed: Thursday 10 December, 11am.")
    state = build_state([Source("note", 1, note, MON, "note")], TZ, TUE, customer_name="Ruth Ames")
    body = compose_state(state, customer_name="Ruth Ames", thread_subject="", rep=REP).body
    assert "1994" not in body and "radiators cold" not in body


def test_what_the_customer_says_of_themselves_is_not_noted_back_but_a_dated_need_is():
    assert playback("you are a family-run bakery with two shops")
    assert playback("your manager is interested and wants a trial")
    assert not playback("you are planning to open the new shop before 1 March")
    assert not playback("you need the ovens serviced every quarter")
    assert not playback("you are a bakery group with 4 shops")  # a count says the size of the job
    assert playback("you are refitting your two shops and your architect insists on low ovens with no visible "
                    "flue at all, your landlord needs plans before March and you can't close on Saturdays")
    assert points_back("your landlord requires one before any work starts")
    assert not points_back("you need them in the shop by 14 December")
    mail = ("Hi Owen,\n\nWe are a family-run bakery with two shops. Our landlord requires one before any work starts. "
            "Do you carry public liability insurance?\n\nRuth")
    state = build_state([Source("message", 1, mail, MON, "inbound")], TZ, TUE, customer_name="Ruth Ames")
    body = compose_state(state, customer_name="Ruth Ames", thread_subject="Oven service", rep=REP).body
    assert "family-run bakery" not in body and "requires one" not in body
    assert "[[answer:" in body


def test_a_note_line_is_confirmed_without_who_was_on_the_phone_or_that_it_was_told():
    note = "Harris tel.: 2 radiators, £640 fitted. Told her valves stay, £0 call-out."
    state = build_state([Source("note", 1, note, MON, "note")], TZ, TUE, customer_name="Ruth Ames")
    body = compose_state(state, customer_name="Ruth Ames", thread_subject="", rep=REP).body
    assert "£640" in body
    assert "tel." not in body and "told your" not in body.lower() and "told her" not in body.lower()


def test_one_heading_with_its_figure_is_said_and_a_department_saying_a_term_is_not():
    assert not verbless("your credit score around 710")
    assert verbless("your boiler 1994, radiators cold upstairs")
    assert not verbless("you're at 31,500 miles")
    state = build_state([Source("message", 1, "Hi Owen,\n\nCan we lease the van?\n\nRuth", MON, "inbound")], TZ, TUE,
                        customer_name="Ruth Ames")
    item = Item(kind="term", text="", quote="Finance says zero deposit ok with £289/mo for 36 months on the new van.",
                source_kind="note", source_id=2, at=MON, direction="note")
    assert term_text(item, state) == "zero deposit ok with £289 a month for 36 months on the new van"


def test_a_colleagues_name_as_a_notes_label_is_dropped_and_table_cells_run_together_are_a_fragment():
    assert fragment("damage report with tagging1included and load notice signs40£360")
    mail = "Hi Owen,\n\nCould the fitting be on a Saturday?\n\nRuth"
    note = "Call with Ruth. Marek: Saturday fitting ok, £150 weekend surcharge."
    state = build_state([Source("message", 1, mail, MON.replace(hour=9), "inbound"), Source("note", 2, note, MON, "note")],
                        TZ, TUE, customer_name="Ruth Ames")
    item = next(i for i in state.items if "£150" in i.quote)
    assert term_text(item, state) == "on Saturday fitting ok, £150 weekend surcharge"  # "Marek:" is gone


def test_a_line_in_another_language_is_not_framed_in_english_and_a_calls_log_time_is_dropped():
    from followup.drafting.fragments import unsaid_fact
    assert unsaid_fact("daniels Frage zur Verlängerung bis 31.12. ist noch offen", "inbound", "en")
    assert not unsaid_fact("you need the vans until 31 December", "inbound", "en")
    assert unsaid_fact("you asked for a start date in March, said I'd check the diary", "note", "en")
    state = build_state([Source("message", 1, "Hi Owen,\n\nCan the menu show two names?\n\nRuth", MON, "inbound")],
                        TZ, TUE, customer_name="Ruth Ames")
    item = Item(kind="term", text="", quote="Called 1:40pm, each dish can carry 2 names on the screen.",
                source_kind="note", source_id=2, at=MON, direction="note")
    assert term_text(item, state) == "each dish can carry 2 names on the screen"


def test_a_shortened_line_loses_the_clause_its_cut_left_hanging():
    from followup.drafting.fragments import complete
    assert complete("you will be hiring more drivers for the new route so headcount will") == \
        "you will be hiring more drivers for the new route"
    assert complete("you'll sign the plan once you see the invoice") == "you'll sign the plan once you see the invoice"
    assert complete("to the") == ""


def test_a_notes_thing_agreed_for_a_day_is_said_as_agreed_and_its_proposal_as_the_reps():
    note = ("Call with Ruth. Proposed cast-iron radiators, 6 units, supply + fit £4,800 + VAT. "
            "Survey agreed: Friday 11 December, 2pm.")
    state = build_state([Source("message", 1, "Hi Owen,\n\nWhat would radiators cost?\n\nRuth", MON.replace(hour=9),
                                "inbound"), Source("note", 2, note, MON, "note")], TZ, TUE, customer_name="Ruth Ames")
    body = compose_state(state, customer_name="Ruth Ames", thread_subject="Radiators", rep=REP).body
    assert "I'd suggest the cast-iron radiators (6 units, supply and fit) at £4,800 plus VAT." in body
    assert "We agreed on the survey for Friday 11 December, 2pm." in body


def test_a_labels_colon_is_a_clause_boundary_and_one_clause_is_said_whole():
    assert snap("Recover: revised to $6.40/sq ft if signed by Dec 18", "$6.40/sq ft if signed by Dec 18") == \
        "revised to $6.40/sq ft if signed by Dec 18"
    assert snap("We set the price at 3,90 € per user and month if signed before 18/12",
                "3,90 € per user and month if signed before 18/12") == \
        "We set the price at 3,90 € per user and month if signed before 18/12"
    assert snap("Product team confirmed: the pump libraries integrate with Epic via the standard interface, no custom "
                "work", "product team confirmed: the pump libraries integrate") == \
        "the pump libraries integrate with Epic via the standard interface"


def test_a_german_notes_subjectless_plural_verb_gets_its_polite_subject():
    mail = "Guten Tag,\n\nwas kostet die Pflege eines Aquariums?\n\nDr. Lena Berger"
    state = build_state([Source("message", 1, mail, MON.replace(hour=9), "inbound")], "Europe/Vienna", TUE,
                        customer_name="Lena Berger")
    item = Item(kind="term", text="", quote="Wollen im Empfang ein Aquarium mit 300 Litern.", source_kind="note",
                source_id=2, at=MON, direction="note")
    assert term_text(item, state) == "Sie wollen im Empfang ein Aquarium mit 300 Litern"


def test_a_notes_per_unit_shorthand_is_written_out():
    state = build_state([Source("message", 1, "Hi Owen,\n\nWhat would a lease cost?\n\nRuth", MON, "inbound")], TZ, TUE,
                        customer_name="Ruth Ames")
    item = Item(kind="term", text="", quote="Quoted $389/mo for 36 months with filters at $12 ea.", source_kind="note",
                source_id=2, at=MON, direction="note")
    assert term_text(item, state) == "I quoted $389 a month for 36 months with filters at $12 each"


def test_a_notes_arrows_are_a_route_or_what_a_figure_comes_to_and_the_reps_clause_is_widened_to_its_start():
    state = build_state([Source("message", 1, "Hi Owen,\n\nWhat would the loft cost?\n\nRuth", MON, "inbound")], TZ, TUE,
                        customer_name="Ruth Ames")
    note = Item(kind="term", text="", quote="Blown cellulose 30 cm, 28 £/m² → £9,800 + VAT, hatch included.",
                source_kind="note", source_id=2, at=MON, direction="note")
    assert "28 £/m² = £9,800 + VAT" in term_text(note, state)
    mail = Item(kind="term", text="", quote="The maintenance plan for one 80 kW boiler costs £540 a year, one full service "
                "included.", source_kind="message", source_id=3, at=MON, direction="outbound")
    assert term_text(mail, state) == "the maintenance plan for one 80 kW boiler costs £540 a year"


def test_a_past_event_the_customer_told_is_not_noted_back():
    """"you had a flood in the cellar two years ago" is their story; "you had 40 staff on site" without a past time
    word is not caught by this rule."""
    from followup.drafting.fragments import playback
    assert playback("you had a flood in the cellar two years ago")
    assert playback("you lost a whole batch last summer when the chiller failed")
    assert not playback("you had 40 staff on site")


def test_a_notes_offer_after_its_label_is_said_with_what_it_offers_not_only_its_price():
    note = Source("note", 1, "Tel. M. Perrin. Proposé : nettoyage par robot télécommandé, sans descente d'opérateur, "
                  "2 450 € HT par cellule.", MON, "note")
    state = build_state([note], "Europe/Paris", TUE, customer_name="Bernard Perrin")
    item = next(i for i in state.items if "robot" in i.quote)
    assert term_text(item, state) == "nettoyage par robot télécommandé, sans descente d'opérateur, 2 450 € HT par cellule"


def test_a_figure_the_note_rules_out_is_never_confirmed_back():
    for clause, language in (("so 12 weeks is too long", "en"), ("8 Wochen sind zu spät", "de"),
                             ("3 mois, c'est trop long", "fr"), ("60 días es demasiado tarde", "es")):
        state = build_state([Source("note", 1, f"Call. {clause}.", datetime(2026, 11, 2, 10), "note")],
                            "Europe/Paris", datetime(2026, 11, 3, 10), customer_name="Rosa Lind")
        item = Item(kind="term", text="", quote=clause, source_kind="note", source_id=1,
                    at=datetime(2026, 11, 2, 10), direction="note")
        assert term_text(item, state.__class__(**{**vars(state), "language": language})) == "", clause


def test_a_notes_offer_in_french_keeps_what_is_offered_with_its_price():
    note = Source("note", 1, "Appel M. Faye. Proposé séchoir solaire SX-2 + claies : 2 400 000 FCFA HT, pose comprise.",
                  MON, "note")
    state = build_state([note], "Africa/Dakar", TUE, customer_name="Ibrahima Faye")
    item = next(i for i in state.items if "SX-2" in i.quote)
    assert "SX-2" in term_text(item, state) and "2 400 000 FCFA" in term_text(item, state)


def test_a_customers_own_clause_said_back_speaks_to_them_not_in_their_voice():
    """"The week of Feb 15 is fine and we'll take the warranty" said back as the step agreed: "you'll take"."""
    offer = Source("message", 1, "Hi Ruth,\n\nThe boiler is EUR 4,200 installed, with a 5-year warranty for EUR 300 "
                   "more. Install could be the week of Feb 15.\n\nOwen", datetime(2026, 11, 27, 10), "outbound")
    mail = Source("message", 2, "Hi Owen,\n\nThanks. The week of Feb 15 is fine and we'll take the warranty.\n\nRuth",
                  MON, "inbound")
    state = build_state([offer, mail], TZ, TUE, customer_name="Ruth Ames")
    body = compose_state(state, customer_name="Ruth Ames", thread_subject="Boiler", rep=REP).body
    assert "we'll take" not in body and "you'll take the warranty" in body


def test_an_english_note_s_slash_units_are_written_out():
    assert per_units("CAD 249/mo per site") == "CAD 249 a month per site"
    assert per_units("£12 ea, 40 pcs") == "£12 each, 40 pcs"

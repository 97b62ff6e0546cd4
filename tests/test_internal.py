"""What in a call note is the rep's own business: cut before the note is read, whatever the language."""
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.internal import internal_sentence, strip_internal
from followup.drafting.sentences import Source

TZ = "Europe/Berlin"
MON = datetime(2026, 11, 23, 9)
WED = datetime(2026, 11, 25, 9)


def test_everything_after_an_internal_label_is_cut_in_any_language():
    assert strip_internal("Wants 12 chairs in oak. Internal: Fernwood sells them at 210, match if asked.", set()) \
        == "Wants 12 chairs in oak."
    assert strip_internal("Quiere 3 sillones. Interno: el jefe dice que bajemos.", set()) == "Quiere 3 sillones."
    assert strip_internal("Braucht 4 Regale. Intern: Spielraum bis 8 %.", set()) == "Braucht 4 Regale."


def test_sentences_with_margins_costs_or_dont_mention_are_dropped():
    note = ("Sample kit goes out Friday. Our margin at 64 € is thin, hold firm. "
            "He wants the oak finish. Pricing of the old model: don't bring it up.")
    assert strip_internal(note, set()) == "Sample kit goes out Friday. He wants the oak finish."
    assert internal_sentence("Marge déjà à 11 %, pas plus bas.", set())
    assert internal_sentence("Notre coût est de 40 €.", set())
    assert internal_sentence("Dossier Moreau pour comparaison : 380 €.", set())
    assert not internal_sentence("Elle veut 6 bureaux à partir de mars.", set())


def test_a_person_the_customer_never_named_saying_something_is_internal():
    known = {"greta", "holm", "ingrid"}
    assert internal_sentence("Bruno says we can go to 7 % if pushed.", known)
    assert internal_sentence("Jorge dice que podemos bajar.", known)
    assert not internal_sentence("Ingrid says the board meets in January.", known)  # the customer wrote about her
    assert not internal_sentence("She says the board meets in January.", known)


def test_a_short_pointer_after_a_question_takes_the_question_with_it():
    assert strip_internal("Needs 20 lamps. Net 60 terms? Internally check.", set()) == "Needs 20 lamps."


def test_an_internal_figure_never_reaches_the_state():
    sources = [Source("message", 1, "Hello Tom,\n\nCould you quote 40 desk lamps?\n\nGreta Holm", MON, "inbound"),
               Source("note", 2, "Call with Greta. Quoted 39 € per lamp for the 40. Our cost is 31 € per lamp. "
                                 "Intern: Bruno meint, 36 € geht auch.", WED, "note")]
    state = build_state(sources, TZ, WED, customer_name="Greta Holm")
    quotes = " ".join(i.quote for i in state.items)
    assert "39 €" in quotes
    assert "31 €" not in quotes and "36 €" not in quotes and "Bruno" not in quotes


def test_the_reps_memo_about_the_customer_is_internal_but_a_question_is_not():
    known = {"ines"}
    assert strip_internal("Sample sent. Ines replied?? Wants 3 colours.", known) == "Sample sent. Wants 3 colours."
    assert "SSO möglich??" in strip_internal("Termin Di 9 Uhr. SSO möglich??", known)


def test_the_reps_own_supplier_is_internal_in_any_language():
    assert internal_sentence("Our supplier Brightline lead time 3 wks.", set())
    assert internal_sentence("Unser Lieferant Hoffmann liefert in 10 Tagen.", set())
    assert internal_sentence("Notre fournisseur Lumio livre sous 2 semaines.", set())
    assert internal_sentence("Nuestro proveedor Tecsa entrega en 15 días.", set())
    assert not internal_sentence("Lead time 3 weeks from order.", set())


def test_a_supplier_named_as_new_or_current_is_internal_but_a_bare_check_with_the_supplier_stays():
    assert internal_sentence("Sensor heads come from a new supplier this year, first batch.", set())
    assert internal_sentence("Aktueller Lieferant hat nur noch Restposten.", set())
    assert internal_sentence("Le fournisseur actuel change ses emballages en mai.", set())
    assert internal_sentence("El panel viene de otro proveedor desde enero.", set())
    assert not internal_sentence("Asked if the coating is food safe - tbc w/ supplier.", set())


def test_dont_volunteer_it_is_internal_in_any_language():
    assert internal_sentence("Firmware still beta on the new model, don't volunteer it.", set())
    assert internal_sentence("Die Kalibrierung dauert länger, nicht von sich aus ansprechen.", set())
    assert internal_sentence("Délai de certification incertain, ne pas évoquer.", set())
    assert internal_sentence("El sensor es nuevo en catálogo, no sacar el tema.", set())


def test_the_reps_read_of_the_customers_money_or_the_deal_is_internal():
    assert internal_sentence("Budget is tight this year, push the smaller model.", set())
    assert internal_sentence("They pay at 60 days, ask for a deposit.", set())
    assert internal_sentence("Their buyer is new, deal may stall over summer.", set())
    assert internal_sentence("Das Budget ist knapp, sie zahlen immer spät.", set())
    assert internal_sentence("Budget très serré cette année.", set())
    assert internal_sentence("Ils paient à 60 jours.", set())
    assert internal_sentence("Presupuesto muy ajustado.", set())
    assert internal_sentence("Pagan a 60 días, pedir adelanto.", set())
    # payment terms offered name no payer: they are the offer, said to the customer
    assert not internal_sentence("Deposit 30% on signing, balance on delivery.", set())
    assert not internal_sentence("Se paga a 30 días desde la factura.", set())
    assert strip_internal("Wants 4 racks by May. Budget tight, they pay late.", set()) == "Wants 4 racks by May."


def test_the_part_of_a_note_sentence_naming_a_colleague_by_role_is_cut_and_the_rest_stays():
    known = {"frau", "lenz", "montage"}
    assert strip_internal("Montage ab 7 Uhr möglich, Monteur Jannik hat Zeit. Angebot 980 €.", known) == \
        "Montage ab 7 Uhr möglich. Angebot 980 €."
    assert strip_internal("Install on Monday works, technician Marek is free.", {"install"}) == "Install on Monday works."
    assert strip_internal("Monteur Jannik hat Zeit.", known) == ""
    assert strip_internal("Montage ab 7 Uhr möglich, Monteur Lenz kommt.", known) == \
        "Montage ab 7 Uhr möglich, Monteur Lenz kommt."  # the customer's own name is no colleague


def test_a_colleague_a_note_names_is_never_said_in_any_language():
    from followup.drafting.internal import staff_names
    notes = ["Rundgang. Intern: Corsin (unser Elektroplaner) meint, der Hausanschluss reicht knapp.",
             "Confirmed SEMA approved inspector (Gareth) signs report.", "Said I'd check w/ Ellen.",
             "Interno: Wilmer (técnico de campo) dice que la presión es baja.", "Vu avec Nadia (compta)."]
    assert staff_names(notes, set()) == {"Corsin", "Gareth", "Ellen", "Wilmer", "Nadia"}
    # a name the customer has seen is no secret
    assert staff_names(notes, {"ellen"}) == {"Corsin", "Gareth", "Wilmer", "Nadia"}
    staff = {"Corsin", "Gareth", "Nadia"}
    # their word as a label: the news stays, the name goes; their own plans go; their name in brackets goes
    assert strip_internal("Corsin: 12 Ladepunkte gehen mit dem Anschluss.", set(), staff) == \
        "12 Ladepunkte gehen mit dem Anschluss."
    assert strip_internal("Nadia : paiement en 3 fois ok.", set(), staff) == "paiement en 3 fois ok."
    assert strip_internal("Report within 5 working days. Gareth free Sat 9 Jan.", set(), staff) == \
        "Report within 5 working days."
    assert strip_internal("Inspector (Gareth) signs the report.", set(), staff) == "Inspector signs the report."


def test_a_colleagues_name_in_an_earlier_note_keeps_it_out_of_the_draft():
    notes = [Source("note", 1, "Visit. 8 chargers at CHF 38'900. Intern: Corsin (unser Elektroplaner) meint, der "
                    "Anschluss reicht knapp.", MON, "note"),
             Source("note", 2, "Corsin: 12 chargers work with the connection if load management is dynamic.", WED, "note")]
    state = build_state(notes, TZ, WED.replace(hour=12), customer_name="Gian Caduff")
    assert not any("Corsin" in i.quote or "Corsin" in i.text for i in state.items)


def test_a_measure_only_an_internal_aside_gave_keeps_a_later_note_line_saying_it_out_in_every_language():
    from followup.drafting.internal import internal_measures
    notes = ["Visit. Intern: der Hausanschluss 160 A reicht knapp.", "Internal: the yard crane only lifts 2.5 t.",
             "Interne : la ligne tient 400 V.", "Interno: la losa aguanta 300 kg."]
    secret = internal_measures(notes, ["Hallo, wir brauchen 12 Ladepunkte.", "the chiller takes 400 V"])
    assert secret == {("160", "a"), ("2.5", "t"), ("300", "kg")}
    assert strip_internal("12 points work with the 160 A supply. Install in October.", set(), set(), secret) == \
        "Install in October."
    # a measure the customer's emails name is no secret
    assert strip_internal("The line takes 400 V.", set(), set(), secret) == "The line takes 400 V."


def test_a_call_time_after_the_internal_label_is_kept_for_the_close():
    """After "Intern:" the rivals' price is cut, but when the customer wants to be called is theirs."""
    note = ("Angebot 12.400 €. Intern: Konkurrenz bei 11.000 €, Marge knapp. Er will lieber abends angerufen werden.")
    kept = strip_internal(note, set())
    assert "11.000" not in kept and "Konkurrenz" not in kept
    assert "abends angerufen" in kept


def test_someone_elses_offer_to_the_customer_is_internal_in_any_language():
    assert internal_sentence("Secuva lui a proposé 10 900 € sans phishing.", set())
    assert internal_sentence("Brightline quoted them $8,000 for the same scope.", set())
    assert internal_sentence("Sicon hat ihr 9.800 € für zwei Tage angeboten.", set())
    assert internal_sentence("Protek le ofreció USD 4.200 con instalación.", set())
    assert not internal_sentence("We offered them 5% off for a 2-year term.", set())
    assert not internal_sentence("On lui a proposé 12 800 € HT.", set())
    assert not internal_sentence("Proposé : audit 6 jours = 12 800 € HT.", set())


def test_a_role_of_the_customers_side_names_one_of_theirs_not_a_colleague():
    assert strip_internal("Essai jeudi à 9 h avec leur technicien Julien.", set()) == \
        "Essai jeudi à 9 h avec leur technicien Julien."
    assert strip_internal("Trial Thu 9am with their engineer Tomas.", set()) == "Trial Thu 9am with their engineer Tomas."
    assert strip_internal("Prueba el jueves con su técnico Andrés.", set()) == "Prueba el jueves con su técnico Andrés."
    assert strip_internal("Trial Thu 9am, our engineer Tomas drives.", set()) == "Trial Thu 9am."  # ours: cut

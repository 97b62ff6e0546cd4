"""An answer slot's question reads as a short question from the rep's side, never the customer's sentence pasted."""
import pytest

from followup.drafting.slotform import short_question, slot_line


@pytest.mark.parametrize("asked, language, slot", [
    ("And can you deliver on Saturday", "en", "can you deliver on Saturday"),
    ("Und was kostet ein Notfalleinsatz am Wochenende", "de", "Was kostet ein Notfalleinsatz am Wochenende"),
    ("Et faut-il passer par votre traiteur", "fr", "Faut-il passer par votre traiteur"),
    ("¿Y qué forma de pago tenéis", "es", "¿Qué forma de pago tenéis"),
])
def test_the_connective_opening_a_question_goes(asked, language, slot):
    assert short_question(asked, language) == slot


@pytest.mark.parametrize("asked, language, slot", [
    ("you'd love to come and see it again - any chance of a viewing after Easter, maybe an evening", "en",
     "any chance of a viewing after Easter, maybe an evening"),
    ("Und montags ist bei uns ohnehin schlecht - könnten wir auf Mittwoch wechseln, gleiche Uhrzeit", "de",
     "Könnten Sie auf Mittwoch wechseln, gleiche Uhrzeit"),
    ("Par contre la Province paie sur facture, donc il faudra attendre : est-ce possible de payer en deux fois", "fr",
     "Est-ce possible de payer en deux fois"),
    ("el ICE nos instaló trifásico la semana pasada, ¿cambia el precio con motor trifásico", "es",
     "¿Cambia el precio con motor trifásico"),
])
def test_a_statement_before_a_self_contained_question_goes(asked, language, slot):
    assert short_question(asked, language) == slot


@pytest.mark.parametrize("asked, language", [
    ("you need a bank guarantee for the 30% advance payment - is this possible", "en"),
    ("what happens if the weather is bad on the day - do you get a refund or a new date", "en"),
    ("you have 2 more turbines at another site - can I add them in the same trip, and for which price", "en"),
    ("you need them before the harvest - so an order in January is ok", "en"),
    ("Una cena de gala el día 20 para 200 personas, ¿qué menús tenéis", "es"),
    ("Wer haftet, wenn eine Hütte beschädigt wird - braucht es eine eigene Versicherung", "de"),
])
def test_a_statement_the_question_needs_or_a_question_before_it_is_kept(asked, language):
    assert short_question(asked, language).lstrip("¿").lower() == asked.lstrip("¿").lower()


@pytest.mark.parametrize("asked, language, slot", [
    ("any chance of a viewing, maybe an evening as we both work", "en", "any chance of a viewing, maybe an evening"),
    ("can I deliver before 1 October because you start stocking", "en", "can I deliver before 1 October"),
    ("Können die Terrassen in WPC statt Holz kommen, wegen weniger Pflege", "de",
     "Können die Terrassen in WPC statt Holz kommen"),
    ("Pouvez-vous livrer lundi, parce que nous ouvrons mardi", "fr", "Pouvez-vous livrer lundi"),
    ("¿Pueden venir el sábado, porque entre semana no paramos", "es", "¿Pueden venir el sábado"),
    ("can the test drive be on your track, ours is flooded all winter", "en", "can the test drive be on your track"),
    ("La démonstration peut se faire dans votre atelier, le nôtre est en travaux", "fr",
     "La démonstration peut se faire dans votre atelier"),
    ("Kann die Schulung in Ihrer Halle stattfinden, unsere ist im Januar belegt", "de",
     "Kann die Schulung in unserer Halle stattfinden"),  # said from the rep's side
    ("¿La prueba puede hacerse en vuestra nave, la nuestra está en obras", "es",
     "¿La prueba puede hacerse en vuestra nave"),
])
def test_a_reason_tacked_on_the_question_goes(asked, language, slot):
    assert short_question(asked, language) == slot


def test_a_reason_before_the_question_keeps_the_sentence_whole():
    asked = "saturday is bad because a grain delivery comes that day, can I do Sunday 13 December instead"
    assert short_question(asked, "en") == asked
    assert short_question("Was kostet das denn", "de") == "Was kostet das denn"  # "denn" the particle
    assert short_question("or do I take them as they are", "en") == "or do I take them as they are"  # a manner


@pytest.mark.parametrize("asked, language, slot", [
    ("please also tell whether the VSDs withstand the humidity", "en", "whether the VSDs withstand the humidity"),
    ("could I also find out if the cabinets can be bolted to a wooden floor", "en",
     "can the cabinets be bolted to a wooden floor"),
    ("Wir möchten wissen, ob wir auch Antifouling machen können", "de", "Können Sie auch Antifouling machen"),
    ("Il faudrait aussi savoir si vous pouvez expédier en Suisse", "fr", "Vous pouvez expédier en Suisse"),
    ("Pouvez-vous nous dire si l'installation peut se faire avant Noël", "fr",
     "L'installation peut se faire avant Noël"),
    ("También necesitamos saber si podéis hacer tallaje en cada hotel", "es", "¿Podéis hacer tallaje en cada hotel"),
])
def test_a_frame_asking_to_be_told_goes_and_the_question_is_asked(asked, language, slot):
    assert short_question(asked, language) == slot


@pytest.mark.parametrize("asked, slot", [
    ("it counts toward CPD hours for the Central Bank", "does it count toward CPD hours for the Central Bank"),
    ("they run on single-phase", "do they run on single-phase"),
    ("it's safe for the venue's dog", "is it safe for the venue's dog"),
    ("it has to tie into the fire alarm panel", "does it have to tie into the fire alarm panel"),
    ("we take your old trucks in trade", "do we take your old trucks in trade"),
    ("can we do it", "can we do it"),
])
def test_an_english_question_said_as_a_statement_is_asked(asked, slot):
    assert short_question(asked, "en") == slot


def test_the_company_the_customer_calls_yours_is_ours_and_a_request_for_the_price_asks_it():
    assert short_question("can you bring your own caterer or do you have to use mine", "en") == \
        "can you bring your own caterer or do you have to use ours"
    assert short_question("please can I arrange a cake and a photographer, and tell you the price", "en") == \
        "can I arrange a cake and a photographer, and at what price"


def test_german_pronouns_turn_to_the_reps_side_where_the_verb_keeps_its_form():
    assert short_question("Brauchen Sie von uns einen Starkstromanschluss oder bringen Sie einen Kompressor mit",
                          "de") == "Brauchen wir von Ihnen einen Starkstromanschluss oder bringen wir einen Kompressor mit"
    assert short_question("Brauchen wir eine Bewilligung oder kümmern Sie sich darum", "de") == \
        "Brauchen wir eine Bewilligung oder kümmern Sie sich darum"  # the reflexive would turn as well: kept
    assert short_question("Muss ich für Ihre Techniker eine Unterweisung organisieren", "de") == \
        "Muss ich für Ihre Techniker eine Unterweisung organisieren"  # "ich" would turn the verb: kept
    assert short_question("Könnt ihr vorher vorbeischauen", "de") == "Könnt ihr vorher vorbeischauen"
    assert short_question("können wir die Teile verzollt liefern", "de", inbound=False) == \
        "Können wir die Teile verzollt liefern"  # a note's "wir" is the rep's own


def test_french_and_spanish_pronouns_stay_as_written():
    assert short_question("Pourriez-vous installer pendant notre fermeture annuelle", "fr") == \
        "Pourriez-vous installer pendant notre fermeture annuelle"
    assert short_question("pago en cuotas", "es") == "¿Pago en cuotas"


def test_a_question_pointing_back_keeps_the_sentence_before_with_its_pronouns_turned():
    assert slot_line("does that work", "Also I can bring the Tacomas after 3pm, mornings we're on job sites", "en") == \
        "[[answer: does that work? (You can bring the Tacomas after 3pm, mornings you're on job sites)]]"
    assert slot_line("Geht das", "Außerdem brauchen wir am ersten Abend einen Raum für 40 Gäste", "de") == \
        "[[answer: Geht das? (Brauchen Sie am ersten Abend einen Raum für 40 Gäste)]]"
    assert slot_line("can the team plan include SSO", "We are 8 people.", "en") == \
        "[[answer: can the team plan include SSO?]]"


def test_a_statement_the_question_refers_to_without_naming_it_again_is_kept():
    for asked in ("the resident says her tank has a crack - can our team quote the repair while I'm on site",
                  "our quote said valid till January 15 - can I hold the demo unit price to the end of the month"):
        assert short_question(asked, "en") == asked
    assert short_question("Wegen der Ladestation: wir haben oben keinen Strom, reicht da ein Solarpanel", "de") == \
        "Wegen der Ladestation: Sie haben oben keinen Strom, reicht da ein Solarpanel"


@pytest.mark.parametrize("asked, language, slot", [
    ("accessible à une personne enceinte", "fr", "Est-ce accessible à une personne enceinte"),
    ("available in May", "en", "is it available in May"),
    ("machbar bis Mai", "de", "Ist das machbar bis Mai"),
    ("posible en mayo", "es", "¿Es posible en mayo"),
])
def test_a_note_question_that_is_an_adjective_alone_gets_its_verb(asked, language, slot):
    assert short_question(asked, language, inbound=False) == slot


def test_a_condition_opening_the_question_stays_a_condition():
    asked = "if you close one of the two bars, can you give back one machine during the contract"
    assert short_question(asked, "en") == asked


def test_the_context_of_an_informal_german_question_keeps_its_pronouns():
    assert slot_line("Könnt ihr vorher vorbeischauen", "Unser Kessel geht seit zwei Wochen auf Störung", "de") == \
        "[[answer: Könnt ihr vorher vorbeischauen? (Unser Kessel geht seit zwei Wochen auf Störung)]]"


@pytest.mark.parametrize("asked, language, slot", [
    ("Wir sind inzwischen 450 Gäste, reicht die Beschallung dafür?", "de", "Reicht die Beschallung für 450 Gäste"),
    ("We're now 40 people, is the room big enough for that?", "en", "is the room big enough for 40 people"),
    ("Somos 200 personas, ¿hay sitio para eso?", "es", "¿Hay sitio para 200 personas"),
])
def test_a_question_pointing_back_at_a_count_asks_with_the_count(asked, language, slot):
    assert short_question(asked, language) == slot


def test_a_german_we_of_both_sides_stays_we():
    """A call, a meeting or a contract made together is still "wir"; what the customer's side does turns to "Sie"."""
    assert short_question("Und können wir den Servicevertrag gleich auf 3 Jahre abschliessen?", "de") == \
        "Können wir den Servicevertrag gleich auf 3 Jahre abschliessen"
    assert short_question("Können wir uns nächste Woche treffen?", "de") == "Können wir uns nächste Woche treffen"
    assert short_question("Können wir die Lieferung auf Mittwoch verschieben?", "de") == \
        "Können Sie die Lieferung auf Mittwoch verschieben"


@pytest.mark.parametrize("asked, language, slot", [
    ("for the fieldwork you need to know how many days I need in the building?", "en",
     "how many days I need in the building"),
    ("Für die Planung müssen wir wissen, wie viele Tage Sie im Gebäude brauchen?", "de",
     "Wie viele Tage wir im Gebäude brauchen"),
    ("Pour le planning, nous devons savoir combien de jours vous faut-il?", "fr", "Combien de jours vous faut-il"),
])
def test_a_need_to_know_frame_and_what_it_is_for_are_not_pasted(asked, language, slot):
    assert short_question(asked, language) == slot


@pytest.mark.parametrize("language, q, before, slot", [
    ("en", "is this possible", "To add to Elin's mail: we would like the invoices split 40% in 2028 and 60% in 2029, "
     "because of our budgets", "[[answer: is this possible? (The invoices split 40% in 2028 and 60% in 2029)]]"),
    ("en", "is there extra cost", "Only we want the storage room bigger, 4 m2 instead of 2 m2",
     "[[answer: is there extra cost? (The storage room bigger, 4 m2 instead of 2 m2)]]"),
    ("de", "Geht das", "Noch eine Sache: wir möchten die Rechnung in zwei Teilen, weil das Budget geteilt ist",
     "[[answer: Geht das? (Die Rechnung in zwei Teilen)]]"),
    ("fr", "Le prix reste-t-il le même", "Un seul changement : nous souhaitons 36 matelas au lieu de 40",
     "[[answer: Le prix reste-t-il le même? (36 matelas au lieu de 40)]]"),
    ("es", "¿Cambia la cuota", "Sergio, una cosa más: queremos que haya también leche vegetal de avena",
     "[[answer: ¿Cambia la cuota? (Leche vegetal de avena)]]"),
])
def test_the_bracket_keeps_the_thing_asked_about_not_its_label_wish_or_reason(language, q, before, slot):
    assert slot_line(q, before, language) == slot


def test_a_wish_for_a_deed_keeps_its_frame_in_the_bracket():
    assert slot_line("is this ok", "We want to go with Baltic Ledger from September", "en") \
        == "[[answer: is this ok? (You want to go with Baltic Ledger from September)]]"
    assert "(Vous souhaitez démarrer le 11 septembre)" in slot_line(  # the customer's "nous", turned as in English
        "Est-ce possible", "Nous souhaitons démarrer le 11 septembre", "fr")


@pytest.mark.parametrize("q, before, language, slot", [
    ("Gilt der Preis von CHF 13.20 trotzdem", "Ändern möchten wir nur die Spatelmenge: 5'000 statt 6'000 Stück", "de",
     "[[answer: Gilt der Preis von CHF 13.20 trotzdem? (Ändern möchten Sie nur die Spatelmenge: 5'000 statt 6'000 "
     "Stück)]]"),
    ("Does the discount still apply", "We now need 30 units instead of 40", "en",
     "[[answer: Does the discount still apply? (You now need 30 units instead of 40)]]"),
    ("Nous préférerions toutefois 36 matelas au lieu de 40 : le prix reste-t-il le même", "", "fr",
     "[[answer: Le prix reste-t-il le même? (36 matelas au lieu de 40)]]"),
    ("Al final serán 12 personas: ¿el precio es el mismo", "", "es",
     "[[answer: ¿El precio es el mismo? (Al final serán 12 personas)]]"),
])
def test_a_question_whether_all_holds_the_same_keeps_the_change_it_is_about(q, before, language, slot):
    assert slot_line(q, before, language) == slot


@pytest.mark.parametrize("asked, language, slot", [
    ("do I also run IPAF training", "en", "do we also run IPAF training, and at what price"),
    ("On peut prolonger d'une semaine en cas de besoin", "fr",
     "On peut prolonger d'une semaine en cas de besoin, et à quel prix"),
    ("Bieten Sie auch Schulungen vor Ort an", "de", "Bieten Sie auch Schulungen vor Ort an, und zu welchem Preis"),
    ("¿Podemos ampliar el alquiler una semana", "es", "¿Podemos ampliar el alquiler una semana, y a qué precio"),
])
def test_a_question_whether_the_rep_offers_more_or_for_longer_asks_its_price_too(asked, language, slot):
    from followup.drafting.slotform import with_price_asked
    assert with_price_asked(asked, language) == slot


def test_a_question_that_names_a_price_or_asks_something_else_gets_no_price_added():
    from followup.drafting.slotform import with_price_asked
    assert with_price_asked("do you also run IPAF training for free", "en") == "do you also run IPAF training for free"
    assert with_price_asked("is the pilot test free or paid", "en") == "is the pilot test free or paid"
    assert with_price_asked("can we extend by 2 weeks", "en") == "can we extend by 2 weeks"


def test_a_question_whether_all_holds_the_same_under_a_condition_of_its_own_needs_nothing_before_it():
    assert slot_line("does the price still hold if the deposit only clears on Wednesday",
                     "One change please: upholstery in the dark blue for both chairs, not the grey", "en") == \
        "[[answer: does the price still hold if the deposit only clears on Wednesday?]]"


def test_a_pointing_tail_after_a_clause_of_its_own_needs_no_sentence_before_it():
    asked = "we'll have two caterers in the back hall every evening, is that covered"
    assert slot_line(asked, "Our office moves to Leeds in June", "en") == f"[[answer: {asked}?]]"
    fr = "nous aurons deux traiteurs dans la salle du fond chaque soir, est-ce couvert"
    assert "(" not in slot_line(fr, "Le parking ouvre à 7 h", "fr")
    assert "(" in slot_line("si nous signons lundi, c'est faisable", "Nous voulons changer la chaudière", "fr")
    assert "(" in slot_line("is that covered", "We'll have two caterers in the back hall", "en")


def test_a_french_there_is_keeps_its_y_and_points_back_at_nothing():
    assert short_question("Et y a-t-il un vestiaire pour les artistes", "fr") == "Y a-t-il un vestiaire pour les artistes"
    assert "(" not in slot_line("Et y a-t-il un vestiaire pour les artistes", "Nous serons douze", "fr")
    assert short_question("Y cuántas sillas traéis", "es") == "¿Cuántas sillas traéis"


def test_a_german_ob_clause_that_lost_its_frame_is_asked_verb_first():
    assert short_question("Wir die Miete quartalsweise überweisen können (der Etat kommt spät)", "de") == \
        "Können Sie die Miete quartalsweise überweisen"
    assert short_question("Können wir die Miete quartalsweise überweisen", "de") == \
        "Können Sie die Miete quartalsweise überweisen"


@pytest.mark.parametrize("q, asked", [
    ("ob wir die Folie auch nachts aufbringen können, wegen der Buchungen",
     "Können Sie die Folie auch nachts aufbringen, wegen der Buchungen"),
    ("ob wir monatlich zahlen können statt quartalsweise", "Können Sie monatlich zahlen statt quartalsweise"),
    ("wir den Termin verschieben dürfen, falls es schneit", "Dürfen Sie den Termin verschieben, falls es schneit"),
])
def test_a_german_ob_clause_with_its_modal_before_a_tail_is_asked_directly(q, asked):
    assert short_question(q, "de") == asked


@pytest.mark.parametrize("asked, before, language, dates", [
    ("Is that doable?", "The fit-out must happen in our shutdown, Mar 3 to Mar 14", "en", "Mar 3 to Mar 14"),
    ("Is that enough time?", "Delivery is only possible in our quiet weeks, 7 July to 1 August", "en",
     "7 July to 1 August"),
])
def test_a_pointing_question_keeps_the_dates_of_what_it_points_at(asked, before, language, dates):
    assert f"{dates})]]" in slot_line(asked, before, language)


@pytest.mark.parametrize("asked, before, language, slot", [
    ("¿Nos pueden ajustar el presupuesto?", "Ahora somos 320 invitados", "es", "el presupuesto para 320 invitados"),
    ("Can you update the quote?", "We are now at 2,150 visitors", "en", "the quote for 2,150 visitors"),
    ("Pouvez-vous revoir le devis ?", "Nous serons finalement 2 150 visiteurs", "fr", "le devis pour 2 150 visiteurs"),
    ("Können Sie das Angebot anpassen?", "Es sind jetzt 320 Gäste", "de", "das Angebot für 320 Gäste anpassen"),
])
def test_an_adjusted_quote_is_asked_for_the_new_count(asked, before, language, slot):
    line = slot_line(asked, before, language)
    assert slot in line and "(" not in line


def test_a_date_is_no_count_for_the_quote():
    assert "for 3 May" not in slot_line("Can you adjust the quote?", "We moved the date to 3 May", "en")


def test_a_spanish_question_loses_its_reason_whatever_its_first_word():
    assert slot_line("¿El camión puede llegar el lunes temprano, porque el martes cierran la calle?", "", "es") == \
        "[[answer: ¿El camión puede llegar el lunes temprano?]]"


@pytest.mark.parametrize("asked, language, slot", [
    ("His question: can the banner be printed on both sides?", "en", "[[answer: can the banner be printed on both sides?]]"),
    ("Frage von ihm: können die Kisten gestapelt werden?", "de", "[[answer: Können die Kisten gestapelt werden?]]"),
    ("Su pregunta: ¿se puede pagar en tres cuotas?", "es", "[[answer: ¿Se puede pagar en tres cuotas?]]"),
])
def test_a_notes_label_naming_the_asker_is_no_part_of_the_slot(asked, language, slot):
    assert slot_line(asked, "", language) == slot

"""Tests for followup.drafting.slotperson: a slot label worded from the rep's side."""
from followup.drafting.slotform import short_question, slot_line
from followup.drafting.slotperson import asides_off, firm_for_third, firm_fr, firm_we, only_a_view, whose_slot


def test_rep_i_is_the_firm():
    assert firm_we("can I still start on 28 April") == "can we still start on 28 April"
    assert firm_we("is 50% upfront OK with me for the payment") == "is 50% upfront OK with us for the payment"
    assert firm_we("does my crew need power or do I bring a generator") == \
        "does our crew need power or do we bring a generator"
    assert firm_we("was I told, I'm asking") == "were we told, we're asking"


def test_firm_we_keeps_words_that_only_look_like_pronouns():
    assert firm_we("the US office, minimum order") == "the US office, minimum order"
    assert firm_we("My quote, is it fixed") == "Our quote, is it fixed"


def test_english_slot_line_is_the_firms():
    assert slot_line("can I take the old couches away when I deliver", "", "en") == \
        "[[answer: can we take the old couches away when we deliver?]]"


def test_outbound_and_other_languages_keep_their_i():
    assert slot_line("can I come on Friday", "", "en", inbound=False) == "[[answer: can I come on Friday?]]"
    assert "Pouvez-vous" in slot_line("Pouvez-vous démarrer le mardi 6 mai", "", "fr", inbound=False)
    assert "Pouvons-nous" in slot_line("Pouvez-vous démarrer le mardi 6 mai", "", "fr")  # the rep's "nous"


def test_unnamed_she_asked_to_do_it_is_the_firm():
    assert firm_for_third("can she price it without the x-ray part", "en") == "can we price it without the x-ray part"
    assert firm_for_third("Does he need a PO", "en") == "Do we need a PO"
    assert firm_for_third("do they run on single-phase", "en") == "do they run on single-phase"  # things
    assert firm_for_third("can Sam sign it", "en") == "can Sam sign it"  # named: kept
    assert firm_for_third("est-ce qu'il faut un onduleur", "fr") == "est-ce qu'il faut un onduleur"


def test_aside_in_brackets_goes():
    assert asides_off("Ahora somos 2 sedes (abrimos Ñuñoa en marzo), ¿el precio es por sede?") == \
        "Ahora somos 2 sedes, ¿el precio es por sede?"
    assert asides_off("(a) price?") == "(a) price?"  # too little left
    # a count, a date, an order number or a short name in brackets says what is asked: kept
    assert asides_off("Pouvez-vous reprendre les anciennes tables (environ 180) pour recyclage") == \
        "Pouvez-vous reprendre les anciennes tables (environ 180) pour recyclage"
    assert asides_off("reprendre les données de notre ancien système (fichier Excel)") == \
        "reprendre les données de notre ancien système (fichier Excel)"
    assert "abrimos" not in short_question("Ahora somos 2 sedes (abrimos Ñuñoa en marzo), ¿el precio es por sede?",
                                           "es")


def test_a_bracket_of_the_customers_view_goes():
    assert only_a_view("You don't think you need the x-ray shielding, you refer out for imaging anyway")
    assert only_a_view("Je pense que le hall sera prêt")
    assert not only_a_view("Your reception uses a WhatsApp line for appointments")
    assert slot_line("can I still start on 28 April", "I know we said 18 April", "en") == \
        "[[answer: can we still start on 28 April?]]"


def test_french_question_in_the_reps_words():
    assert firm_fr("Pouvez-vous reprendre nos anciennes étagères") == "Pouvons-nous reprendre vos anciennes étagères"
    assert firm_fr("Pourrions-nous régler en trois fois") == "Pourriez-vous régler en trois fois"
    assert firm_fr("Est-ce que vous faites la pose chez nous") == "Est-ce que nous faisons la pose chez vous"
    assert firm_fr("Êtes-vous ouverts le samedi") == "Sommes-nous ouverts le samedi"
    assert firm_fr("Pouvez-vous me rappeler demain") == "Pouvez-vous me rappeler demain"  # the customer's "me" stays
    assert firm_fr("La pose est-elle comprise") == "La pose est-elle comprise"
    assert firm_fr("Le prix tient-il si nous ne signons qu'en mai") == "Le prix tient-il si vous ne signez qu'en mai"
    assert slot_line("Pouvez-vous livrer à notre dépôt de Nevers ?", "", "fr") == \
        "[[answer: Pouvons-nous livrer à votre dépôt de Nevers?]]"


def test_a_colleagues_question_names_them_in_its_slot():
    assert whose_slot("[[answer: can we ship it on pallets?]]", "Tomasz", "en") == \
        "[[answer: can we ship it on pallets? (question from Tomasz)]]"
    assert whose_slot("[[answer: Liefern wir frei Haus?]]", "Herr Brandt", "de") == \
        "[[answer: Liefern wir frei Haus? (Frage von Herrn Brandt)]]"
    assert whose_slot("[[answer: Livrons-nous le samedi?]]", "Amélie", "fr") == \
        "[[answer: Livrons-nous le samedi? (question d'Amélie)]]"
    assert whose_slot("[[answer: ¿Facturamos en dólares?]]", "Sra. Quispe", "es") == \
        "[[answer: ¿Facturamos en dólares? (pregunta de Sra. Quispe)]]"
    assert whose_slot("[[answer: can Tomasz visit the site?]]", "Tomasz", "en") == \
        "[[answer: can Tomasz visit the site?]]"  # named already


def test_a_french_question_in_a_statements_order_is_asked_with_est_ce_que():
    assert slot_line("Vous livrez toujours avant le 9 juin ?", "", "fr") == \
        "[[answer: Est-ce que nous livrons toujours avant le 9 juin?]]"
    assert slot_line("Nous pouvons régler en deux fois ?", "", "fr") == \
        "[[answer: Est-ce que vous pouvez régler en deux fois?]]"
    assert slot_line("Pouvez-vous livrer un samedi ?", "", "fr") == "[[answer: Pouvons-nous livrer un samedi?]]"

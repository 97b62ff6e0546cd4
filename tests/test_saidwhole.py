"""A draft line said as whole sentences in the rep's voice or not at all (saidwhole.py)."""
from followup.drafting.saidwhole import said_whole, whole_sentence


def test_customer_lead_inside_a_noted_point_is_cut():
    assert whole_sentence("I've noted that one change: the workshop moves to Thursday 9 May.", "en") == \
        "I've noted that the workshop moves to Thursday 9 May."
    assert whole_sentence("Tomo nota: un cambio: la entrega pasa al martes.", "es") == \
        "Tomo nota: la entrega pasa al martes."


def test_their_words_about_what_the_rep_wrote_are_not_turned_on_them():
    assert whole_sentence("I've noted that you now have 85 seats, not 90 like you wrote.", "en") == \
        "I've noted that you now have 85 seats."
    assert whole_sentence("I've noted that the labels stay white like you wrote.", "en") == \
        "I've noted that the labels stay white."
    assert whole_sentence("As agreed, not 90 as you said.", "en") == ""


def test_a_point_that_only_completes_another_clause_is_left_out():
    assert whole_sentence("Notiert: Damit Sie die Zahlen prüfen können.", "de") == ""
    assert whole_sentence("I've noted that because the hall is booked.", "en") == ""
    assert whole_sentence("C'est noté : pas avant mardi.", "fr") == ""
    assert whole_sentence("C'est noté : mais vous serez 30 élèves.", "fr") == "C'est noté : vous serez 30 élèves."


def test_their_presenting_words_stay_in_their_email_and_their_please_is_their_wish():
    assert whole_sentence("As agreed, here is the signed form from our bursar.", "en") == ""
    assert whole_sentence("I've noted that the board approved the renewal, so please send the contract.", "en") == \
        "I've noted that the board approved the renewal, so you'd like us to send the contract."
    assert whole_sentence("Notiert: Das Angebot bitte an die Verwaltung.", "de") == \
        "Notiert: Sie möchten das Angebot an die Verwaltung."
    assert whole_sentence("I've noted chairs: 12 more please.", "en") == ""


def test_their_but_before_the_point_is_left_out():
    assert whole_sentence("Notiert: Aber – Sie haben jetzt 12 Gruppen.", "de") == "Notiert: Sie haben jetzt 12 Gruppen."


def test_a_pronoun_whose_thing_is_unsaid_is_left_out():
    assert whole_sentence("I've noted that your caretaker needs it.", "en") == ""
    assert whole_sentence("Notiert: Sie wollen das dem Vorstand zeigen.", "de") == ""
    assert whole_sentence("Notiert: Es gibt zwei Standorte in der Stadt.", "de") != ""


def test_a_bare_day_joined_to_a_clause_is_cut_and_a_list_of_days_kept():
    assert whole_sentence("I've noted that the gym floor is 300 m² and Tuesday 3 June to Friday 6 June.", "en") == \
        "I've noted that the gym floor is 300 m²."
    kept = "I've noted that the visits are on Monday 2 June and Tuesday 3 June."
    assert whole_sentence(kept, "en") == kept
    assert said_whole("Ich habe 12. März notiert.", "de") == "Ich habe 12. März notiert."  # terse, not broken


def test_a_reason_ending_on_a_pronoun_is_cut():
    assert whole_sentence("I've noted that the course starts on 4 May because the rooms are free then.", "en") == \
        "I've noted that the course starts on 4 May."


def test_broken_prices_and_cut_words_are_left_out():
    assert whole_sentence("Thank you for choosing Option.", "en") == ""
    assert whole_sentence("Thank you for choosing Option B.", "en") == "Thank you for choosing Option B."
    assert whole_sentence("Gracias por elegir la A.", "es") == "Gracias por elegir la A."
    assert whole_sentence("Nettoyage des vitres : CHF.", "fr") == ""
    assert whole_sentence("Nettoyage des vitres : CHF 1'200.-", "fr") != ""
    assert whole_sentence("Le prix est de 2,50 $ chacune.", "fr") == ""
    assert whole_sentence("Le prix est de 12,50 €.", "fr") == "Le prix est de 12,50 €."
    assert whole_sentence("Pour confirmer : le prix pour 20 pupitres est de 4 15 € HT.", "fr") == ""
    assert whole_sentence("Der Preis für Montage vor Ort ab beträgt 90 €.", "de") == ""
    assert whole_sentence("Der Preis für anfrage zum Modell X beträgt 90 €.", "de") == ""
    assert whole_sentence("Der Preis für die Montage beträgt 90 € je Stück.", "de") != ""
    assert whole_sentence("I'll post you the - the office is shut on Fridays.", "en") == ""


def test_whole_lines_pass_unchanged():
    line = "I've noted that the trust needs the signed contract by Friday 20 June. I'll send it tomorrow."
    assert said_whole(line, "en") == line
    assert said_whole("To confirm, the price is USD 40 each.", "en") == "To confirm, the price is USD 40 each."
    assert said_whole("Tomo nota del cambio: 5 mesas.", "es") == "Tomo nota del cambio: 5 mesas."


def test_their_aside_after_a_dash_and_their_inner_but_are_left_out():
    assert whole_sentence("I've noted that you need 12 lockers - you added a new class.", "en") == \
        "I've noted that you need 12 lockers."
    assert whole_sentence("To confirm, the offer covers model K-2 – 4 speeds.", "en") == \
        "To confirm, the offer covers model K-2 – 4 speeds."
    assert whole_sentence("C'est noté : vous prenez le lot 1; et par contre, vous serez 40 élèves.", "fr") == \
        "C'est noté : vous prenez le lot 1; vous serez 40 élèves."


def test_pronouns_turned_out_of_agreement_and_a_thing_with_no_verb_are_left_out():
    assert whole_sentence("As agreed, the labels you will print ourselves in August.", "en") == ""
    assert whole_sentence("I've noted that a reminder that the invoice must show the PO.", "en") == ""
    assert whole_sentence("I've noted that a request that we deliver early, your hall is free from 2 May.", "en") == \
        "I've noted that your hall is free from 2 May."


def test_a_date_standing_alone_between_semicolons_is_left_out():
    assert whole_sentence("Notiert: Sie nehmen das Modell K; 3. Mai; und Sie brauchen die Geräte bis 9. Mai.", "de") == \
        "Notiert: Sie nehmen das Modell K und Sie brauchen die Geräte bis 9. Mai."


def test_the_old_value_their_correction_replaced_is_left_out():
    assert whole_sentence("I've noted that you need 12 lockers, not 10.", "en") == "I've noted that you need 12 lockers."
    assert whole_sentence("Noted: the invoice goes to Acme Ltd, not the parent company.", "en") == \
        "Noted: the invoice goes to Acme Ltd."
    assert whole_sentence("Notiert: Rechnung an die Werk Süd GmbH, nicht die Holding; und 40 Stück.", "de") == \
        "Notiert: Rechnung an die Werk Süd GmbH und 40 Stück."
    assert whole_sentence("C'est noté : il vous faut 14 casiers et non 12 comme prévu.", "fr") == \
        "C'est noté : il vous faut 14 casiers."
    assert whole_sentence("Tomo nota: son 40 sillas y no 30.", "es") == "Tomo nota: son 40 sillas."


def test_a_condition_with_not_before_a_time_word_stays():
    line = "I've taken your points on board: the fitting must be in week 9, not before."
    assert whole_sentence(line, "en") == line
    assert whole_sentence("Notiert: Montage in KW 9, nicht vorher.", "de") == "Notiert: Montage in KW 9, nicht vorher."


def test_their_own_slip_owned_up_to_is_left_out_of_a_joined_point():
    assert whole_sentence("Noted: you take model B; I got the count wrong in my last mail; and delivery by 3 May.",
                          "en") == "Noted: you take model B and delivery by 3 May."
    assert whole_sentence("Notiert: Sie hatten sich bei der Menge verzählt; und Sie nehmen 8 Fässer.", "de") == \
        "Notiert: Sie nehmen 8 Fässer."
    assert whole_sentence("J'ai pris en compte vos points : vous vous êtes trompé de référence; et c'est le lot B.",
                          "fr") == "J'ai pris en compte vos points : c'est le lot B."
    assert whole_sentence("Tomo nota: son 12 cajas; me equivoqué con el total.", "es") == "Tomo nota: son 12 cajas."


def test_a_listed_point_cut_from_its_lead_loses_the_old_value_too():
    assert said_whole("Ihre Punkte habe ich aufgenommen: Folie in 17 µm. Karton wie angeboten; und Vertragspartner ist "
                      "die Werk Süd GmbH, nicht die Holding.", "de") == \
        "Ihre Punkte habe ich aufgenommen: Folie in 17 µm. Karton wie angeboten; und Vertragspartner ist die Werk Süd GmbH."


def test_listed_points_keep_their_own_words_but_for_the_old_value():
    assert whole_sentence("I've taken your points on board: two seats per booking please.", "en") == \
        "I've taken your points on board: two seats per booking please."
    assert whole_sentence("Tengo en cuenta sus puntos: eléctricas.", "es") == "Tengo en cuenta sus puntos: eléctricas."
    assert whole_sentence("Tengo en cuenta sus puntos: 2 mesas y no 3; y entrega por la tarde.", "es") == \
        "Tengo en cuenta sus puntos: 2 mesas; y entrega por la tarde."


def test_a_point_after_noted_that_with_no_verb_of_its_own_is_left_out():
    assert whole_sentence("I've noted that begin after the school holidays.", "en") == \
        "I've noted that you'd like to begin after the school holidays."
    assert whole_sentence("I've noted that ship to the Leeds depot on 3 June.", "en") == \
        "I've noted that you'd like us to ship to the Leeds depot on 3 June."
    assert whole_sentence("I've noted that collection any weekday after 9 June.", "en") == \
        "I've noted collection any weekday after 9 June."
    assert whole_sentence("I've noted that as per the meeting a few tweaks.", "en") == ""
    assert whole_sentence("I've noted that three questions we still have.", "en") == ""
    assert whole_sentence("I've noted that your colleague, Mr. Lind, also needs the plans.", "en") == \
        "I've noted that your colleague, Mr. Lind, also needs the plans."
    assert whole_sentence("I've noted that the crates arrived on Friday.", "en") == \
        "I've noted that the crates arrived on Friday."
    assert whole_sentence("I've noted that the racks fit the back room.", "en") == \
        "I've noted that the racks fit the back room."


def test_a_verbless_term_after_as_agreed_is_kept_only_with_its_day_or_figure():
    assert whole_sentence("As agreed, handover in week 21.", "en") == "As agreed, handover in week 21."
    assert whole_sentence("As agreed, following the survey a few tweaks.", "en") == ""


def test_their_grumble_or_background_is_never_said_as_agreed():
    assert whole_sentence("As agreed, winter stock every October, the stockroom is total chaos.", "en") == ""
    assert whole_sentence("Wie vereinbart: die Inventur ist jedes Jahr ein Albtraum.", "de") == ""
    assert whole_sentence("Comme convenu : les soldes sont un vrai cauchemar.", "fr") == ""
    assert whole_sentence("Como acordamos: el cierre de mes es una pesadilla.", "es") == ""


def test_a_pronoun_for_their_thing_or_a_verb_without_its_thing_is_left_out():
    assert whole_sentence("As we discussed, you want it in two colours.", "en") == ""
    assert whole_sentence("Notiert: Sie benötigen ab 12.6.", "de") == ""
    assert whole_sentence("Notiert: Sie benötigen die Regale ab Mitte Juni.", "de") == \
        "Notiert: Sie benötigen die Regale ab Mitte Juni."


def test_a_modal_or_copula_whose_verb_or_complement_was_cut_is_left_out():
    assert whole_sentence("Notiert: die Regale müssen vor Pfingsten.", "de") == ""
    assert whole_sentence("Notiert: die Regale müssen vor Pfingsten stehen.", "de") == \
        "Notiert: die Regale müssen vor Pfingsten stehen."
    assert whole_sentence("C'est noté : la pose doit avant le 3 juin.", "fr") == ""
    assert whole_sentence("C'est noté : la pose doit se faire avant le 3 juin.", "fr") == \
        "C'est noté : la pose doit se faire avant le 3 juin."
    assert whole_sentence("Tomo nota: la entrega tiene que antes del 3 de junio.", "es") == ""
    assert whole_sentence("Tomo nota: la entrega tiene que ser antes del 3 de junio.", "es") == \
        "Tomo nota: la entrega tiene que ser antes del 3 de junio."
    assert whole_sentence("I've taken your points on board: the invoice address is.", "en") == ""
    assert whole_sentence("Zur Bestätigung: Die Miete beträgt 900 EUR im Monat vereinbart.", "de") == \
        "Zur Bestätigung: Die Miete beträgt 900 EUR im Monat."


def test_a_joined_part_with_only_an_infinitive_is_left_out():
    assert whole_sentence("Notiert: Die Übergabe ist am Montag, 2. Juni; und 30. Mai geliefert werden.", "de") == \
        "Notiert: Die Übergabe ist am Montag, 2. Juni."


def test_the_standing_offer_names_what_it_holds_not_the_mail_that_sent_it():
    assert whole_sentence("My earlier offer still includes enclosed is our quote for 40 lockers at EUR 210 each.",
                          "en") == "My earlier offer still includes 40 lockers at EUR 210 each."
    assert whole_sentence("My earlier offer still includes the plan is EUR 40 a month.", "en") == ""


def test_a_point_that_is_only_their_day_is_noted_as_their_date():
    assert whole_sentence("I've noted that by Friday 9 June.", "en") == "I've noted your date: by Friday 9 June."


def test_two_points_joined_with_a_semicolon_and_no_comma_before_it_take_a_plain_and():
    assert whole_sentence("I've noted that your audit is on 12 May; and you need 20 kits.", "en") == \
        "I've noted that your audit is on 12 May and you need 20 kits."
    assert whole_sentence("C'est noté : l'audit est le 4 mai; et vous voulez 12 kits.", "fr") == \
        "C'est noté : l'audit est le 4 mai et vous voulez 12 kits."
    assert whole_sentence("Tomo nota: la obra empieza el 2 de junio; y necesitan 8 unidades.", "es") == \
        "Tomo nota: la obra empieza el 2 de junio y necesitan 8 unidades."
    # a comma or an "and" of the first point's own would run into the "and": the semicolon keeps them apart
    assert whole_sentence("I've noted that you take 40 chairs and 6 tables; and you need them by May.", "en") == \
        "I've noted that you take 40 chairs and 6 tables; and you need them by May."
    assert whole_sentence("I've noted that you need canvas covers, white; and felt against moth.", "en") == \
        "I've noted that you need canvas covers, white; and felt against moth."

"""The last look at each sentence: broken phrases mended where their words say how, left out where not."""
from __future__ import annotations

import pytest

from followup.drafting.garbled import mended
from followup.drafting.leads import one_lead_each


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("We run it Fri 3 December at 2pm.", "en", "We run it Friday 3 December at 2pm."),
    ("We run it Fri 3 Dec at 2pm.", "en", "We run it Fri 3 Dec at 2pm."),  # a date cut whole stays as written
    ("The install runs Mon 12 - Wed 14 Feb.", "en", "The install runs Mon 12 - Wed 14 Feb."),
    ("Die Lieferung ist bis Fr 16.02 geplant.", "de", "Die Lieferung ist bis Fr 16.02. geplant."),  # its closing dot
    ("Ich schicke Ihnen das Angebot bis Fr. 10.12.", "de", "Ich schicke Ihnen das Angebot bis Freitag, 10.12."),
    ("Je vous appelle ven. 3 décembre.", "fr", "Je vous appelle vendredi 3 décembre."),
    ("Le llamo el vie. 3 de diciembre.", "es", "Le llamo el viernes 3 de diciembre."),
])
def test_a_weekday_cut_short_is_written_out(sentence, language, said):
    assert mended(sentence, language) == said


def test_words_of_shorthand_are_written_out():
    assert mended("The price for the maintenance pkg is $84 a month.", "en") == \
        "The price for the maintenance package is $84 a month."


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("The as an apology we add two extra sensors.", "en", "As an apology we add two extra sensors."),
    ("Für dazu gibt es einen Rabatt.", "de", "Dazu gibt es einen Rabatt."),
    ("Le à partir de lundi nous livrons.", "fr", "À partir de lundi nous livrons."),
    ("El con seguro incluido queda en USD 1.085.", "es", "Con seguro incluido queda en USD 1.085."),
])
def test_a_lone_article_at_the_start_goes(sentence, language, said):
    assert mended(sentence, language) == said


@pytest.mark.parametrize(("sentence", "language"), [
    ("I'm sending the right away.", "en"),
    ("Wir liefern ein und testen.", "de"),
    ("Nous envoyons le avec la facture.", "fr"),
    ("Le enviamos el con la factura.", "es"),
])
def test_an_article_whose_noun_was_cut_away_is_left_out(sentence, language):
    assert mended(sentence, language) == ""


def test_one_article_before_a_plural_goes_but_a_few_days_stays():
    assert mended("You'd like a written terms today.", "en") == "You'd like written terms today."
    assert mended("We need a few days and a chassis.", "en") == "We need a few days and a chassis."
    assert mended("Option A at $5 is a to-do.", "en") == "Option A at $5 is a to-do."


def test_an_unclosed_bracket_is_cut_and_a_pair_joined():
    assert mended("I'll send you the installation plan, the site requirements (power.", "en") == \
        "I'll send you the installation plan and the site requirements."
    assert mended("Je vous envoie le plan, les exigences (courant.", "fr") == "Je vous envoie le plan et les exigences."
    assert mended("Gehörschutz ist nötig (ca.", "de") == "Gehörschutz ist nötig (ca."  # an abbreviation's dot


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("The installation possible is on Tuesday 14 Dec.", "en", "The installation is possible on Tuesday 14 Dec."),
    ("Die Montage möglich ist am 14.12.", "de", "Die Montage ist möglich am 14.12."),
    ("L'installation possible est le 14 décembre.", "fr", "L'installation est possible le 14 décembre."),
    ("La instalación posible es el 14 de diciembre.", "es", "La instalación es posible el 14 de diciembre."),
])
def test_a_notes_adjective_before_its_verb_is_put_after_it(sentence, language, said):
    assert mended(sentence, language) == said


def test_a_verb_taken_for_a_label_and_a_glued_confirmed():
    assert mended("The finishes is before 20 Jan.", "en") == "It finishes before 20 Jan."
    assert mended("The install is 10-14 Jan confirmed works with our team.", "en") == \
        "The install on 10-14 Jan is confirmed."


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("Noted: the go-live after 10 January.", "en", "Noted: the go-live is after 10 January."),
    ("Notiert: die Lieferung nach dem 10. Januar.", "de", "Notiert: die Lieferung ist nach dem 10. Januar."),
    ("C'est noté : la livraison après le 10 janvier.", "fr", "C'est noté : la livraison est après le 10 janvier."),
    ("Tomo nota: la entrega después del 10 de enero.", "es", "Tomo nota: la entrega es después del 10 de enero."),
])
def test_a_lead_before_a_verbless_noun_and_day_gets_its_verb(sentence, language, said):
    assert mended(sentence, language) == said


def test_the_customer_in_a_notes_third_person_is_addressed():
    assert mended("We run the induction at their site.", "en") == "We run the induction at your site."
    assert mended("Wir kommen bei ihnen vorbei.", "de") == "Wir kommen bei Ihnen vorbei."
    assert mended("Nous passons chez eux lundi.", "fr") == "Nous passons chez vous lundi."
    assert mended("I can offer 5% off as sorry.", "en") == "I can offer 5% off as an apology."


def test_a_word_between_price_for_and_the_thing_goes():
    assert mended("Le prix pour seulement la porte est de 650 000 FCFA.", "fr") == \
        "Le prix pour la porte est de 650 000 FCFA."
    assert mended("Der Preis für dazu Endpoint-Schutz beträgt EUR 3,10.", "de") == \
        "Der Preis für Endpoint-Schutz beträgt EUR 3,10."


def test_a_slot_is_never_touched_and_a_dropped_sentence_leaves_no_gap():
    assert mended("[[answer: the right away?]]", "en") == "[[answer: the right away?]]"
    assert one_lead_each("I'm sending the right away. The quote holds until Friday.", "en") == \
        "The quote holds until Friday."


def test_a_notes_word_after_the_thing_priced_is_no_part_of_its_label():
    assert mended("The price for semi-annual inspections after is $260 per visit.", "en") == \
        "The price for semi-annual inspections is $260 per visit."
    assert mended("Der Preis für die Wartung danach beträgt EUR 260.", "de") == "Der Preis für die Wartung beträgt EUR 260."
    assert mended("Le prix pour l'entretien ensuite est de 260 €.", "fr") == "Le prix pour l'entretien est de 260 €."
    assert mended("El precio de mantenimiento después es de 260 €.", "es") == "El precio de mantenimiento es de 260 €."
    assert mended("The price for trailers stay is $2.85.", "en") == "The price for trailers stays at $2.85."


@pytest.mark.parametrize(("sentence", "language"), [
    ("I'll get closer to that.", "en"), ("Ich komme Ihnen da noch näher.", "de"), ("Je me rapproche de ce prix.", "fr"),
    ("Me acerco a eso.", "es"),
])
def test_a_customers_ask_for_a_better_price_turned_into_a_promise_of_nothing_is_left_out(sentence, language):
    assert mended(sentence, language) == ""


def test_a_plural_noun_before_another_noun_keeps_its_article():
    assert mended("You get a sales rep and a parts list.", "en") == "You get a sales rep and a parts list."


def test_a_verb_after_a_singular_noun_and_a_lead_before_a_bracket_stay():
    assert mended("Replacement within 4 hours if a unit fails, 24/7.", "en") == \
        "Replacement within 4 hours if a unit fails, 24/7."
    assert mended("To confirm, I'd suggest 2 x 10,000 lb lifts (galv.", "en") == "To confirm, I'd suggest 2 x 10,000 lb lifts."
    assert mended("Ich schicke Ihnen das Angebot bis Fr.", "de") == "Ich schicke Ihnen das Angebot bis Fr."


def test_a_bracket_closed_after_a_dates_dot_and_a_whole_verb_stay():
    assert one_lead_each("Die Montage können wir in der KW 10 (ab 8. März) machen.", "de") == \
        "Die Montage können wir in der KW 10 (ab 8. März) machen."
    assert mended("La visite possible est prévue le jeudi 7 janvier.", "fr") == \
        "La visite possible est prévue le jeudi 7 janvier."


def test_a_german_noun_written_lower_case_after_preis_fuer_is_capitalised():
    assert mended("Der Preis für dichtschlämme beträgt 7.900 € netto.", "de") == \
        "Der Preis für Dichtschlämme beträgt 7.900 € netto."
    assert mended("Der Preis für die Wartung beträgt EUR 260.", "de") == "Der Preis für die Wartung beträgt EUR 260."


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("As we discussed, your budget is capped till new FY in Aug.", "en",
     "As we discussed, your budget is capped till the new financial year in August."),
    ("I'll send the revised plan after bank hol.", "en", "I'll send the revised plan after the bank holiday."),
    ("Der Preis beträgt EUR 16.700 ab Sept.", "de", "Der Preis beträgt EUR 16.700 ab September."),
    ("Le chantier démarre dès sept. pour trois semaines.", "fr", "Le chantier démarre dès septembre pour trois semaines."),
    ("La obra empieza en ene. con el equipo completo.", "es", "La obra empieza en enero con el equipo completo."),
    ("The visit is on Tuesday 14 Dec.", "en", "The visit is on Tuesday 14 Dec."),
    ("Der Start ist am 15. Jan.", "de", "Der Start ist am 15. Jan."),
    ("Jan. um 11 Uhr.", "de", "Jan. um 11 Uhr."),
])
def test_a_notes_calendar_shorthand_is_written_out(sentence, language, said):
    assert mended(sentence, language) == said


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("Noted: you'd now like the porter to start at 7 am am.", "en", "Noted: you'd now like the porter to start at 7 am."),
    ("Wir kommen um 8 Uhr Uhr.", "de", "Wir kommen um 8 Uhr."),
    ("I've noted that note the school is closed on 23 June.", "en", "I've noted that the school is closed on 23 June."),
    ("Tomo nota: nota el almacén cierra el 3 de junio.", "es", "Tomo nota: el almacén cierra el 3 de junio."),
    ("I think that that works.", "en", "I think that that works."),
    ("Sie suchen eine/n Finanzbuchhalter/in in Vollzeit.", "de", "Sie suchen eine/n Finanzbuchhalter/in in Vollzeit."),
])
def test_a_word_said_twice_by_a_join_is_said_once(sentence, language, said):
    assert mended(sentence, language) == said


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("You asked for can we do induction on site Monday 26 June.", "en",
     "You asked whether we can do induction on site Monday 26 June."),
    ("Vous avez demandé pouvez-vous livrer lundi.", "fr", "Vous avez demandé si vous pouvez livrer lundi."),
    ("Me preguntó podemos empezar el lunes.", "es", "Me preguntó si podemos empezar el lunes."),
])
def test_a_pasted_question_after_asked_is_said_as_whether(sentence, language, said):
    assert mended(sentence, language) == said


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("Le prix pour la reprise est de 1 450 € inchangée.", "fr", "Le prix pour la reprise reste de 1 450 €."),
    ("The price for the removal is £980 unchanged.", "en", "The price for the removal stays at £980."),
    ("Der Preis für die Wartung beträgt EUR 480 unverändert.", "de",
     "Der Preis für die Wartung bleibt unverändert bei EUR 480."),
    ("El precio del montaje es de 900 € sin cambios.", "es", "El precio del montaje se mantiene en 900 €."),
])
def test_a_price_marked_unchanged_is_said_to_stay(sentence, language, said):
    assert mended(sentence, language) == said


@pytest.mark.parametrize(("sentence", "language"), [
    ("Gracias por elegir las.", "es"), ("Merci d'avoir choisi les.", "fr"), ("Thanks for choosing the.", "en"),
    ("Danke für eine.", "de"),
])
def test_a_sentence_ending_on_an_article_is_left_out(sentence, language):
    assert mended(sentence, language) == ""


def test_a_pronoun_ending_a_german_sentence_stays():
    assert mended("Ab Sept. gilt das.", "de") == "Ab September gilt das."


@pytest.mark.parametrize(("sentence", "language", "said"), [
    ("Para confirmar: el precio es de 19,40 €/hora camarero de piso.", "es",
     "Para confirmar: el precio para camarero de piso es de 19,40 €/hora."),
    ("The price is £14.50/hour day porter.", "en", "The price for day porter is £14.50/hour."),
    ("Der Preis beträgt EUR 22/Stunde Servicekraft.", "de", "Der Preis für Servicekraft beträgt EUR 22/Stunde."),
    ("Le prix est de 17,50 €/heure agent de service.", "fr", "Le prix pour agent de service est de 17,50 €/heure."),
])
def test_a_price_names_what_it_is_for_before_its_figure(sentence, language, said):
    assert mended(sentence, language) == said


def test_a_place_after_a_prices_unit_is_no_thing_priced():
    """"0,45 €/kWh en la red asociada" stays as written; "19,40 €/hora camarero" names what is priced."""
    assert mended("El precio es de 0,45 €/kWh en la red asociada.", "es") == "El precio es de 0,45 €/kWh en la red asociada."
    assert mended("The price is $12/hr on weekends.", "en") == "The price is $12/hr on weekends."
    assert mended("El precio es de 19,40 €/hora camarero de piso.", "es") == "El precio para camarero de piso es de 19,40 €/hora."


def test_a_bracket_whose_first_word_was_cut_goes():
    assert mended("Le envío el presupuesto hoy ( festivo).", "es") == "Le envío el presupuesto hoy."
    assert mended("We deliver on Monday (before 9).", "en") == "We deliver on Monday (before 9)."


def test_a_lead_whose_list_was_left_out_is_cut_back_to_what_stands():
    assert mended("Our offer stands: for your 12 vans:.", "en") == "Our offer stands."
    assert mended("For your vans:.", "en") == ""
    assert mended("Here is what we agreed:", "en") == "Here is what we agreed:"


def test_an_article_before_a_pronoun_left_by_a_cut_drops_the_sentence():
    assert mended("I'll email you the you, no calls before 10.", "en") == ""
    assert mended("The IT team gets the units on Monday.", "en") == "The IT team gets the units on Monday."

from followup.drafting.confirming import confirmed, confirmed_lines


def test_a_constraint_is_said_as_the_reps_sentence_without_its_label():
    assert confirmed("I've noted that the scaffolding must come down before the roof works start on 9 May.", "en") \
        == "The scaffolding must come down before the roof works start on 9 May."
    assert confirmed("As we discussed, your warehouse is closed over the Easter weekend.", "en") \
        == "Your warehouse is closed over the Easter weekend."
    assert confirmed("Notiert: die Halle muss bis Ende Mai geräumt sein.", "de") \
        == "Die Halle muss bis Ende Mai geräumt sein."
    assert confirmed("C'est noté : le chantier sera fermé le 14 juillet.", "fr") == "Le chantier sera fermé le 14 juillet."
    assert confirmed("Tomo nota: la obra estará parada en agosto.", "es") == "La obra estará parada en agosto."


def test_a_new_count_is_confirmed_briefly_in_each_language():
    assert confirmed("Noted: you'd now like four forklifts.", "en") == "So that's four forklifts now."
    assert confirmed("I've noted 12 licences now.", "en") == "So that's 12 licences now."
    assert confirmed("I've noted the change: 40 seats.", "en") == "So that's 40 seats now."
    assert confirmed("Notiert: Sie brauchen jetzt 14 Paletten.", "de") == "Dann also 14 Paletten."
    assert confirmed("J'ai bien noté le changement : 6 postes.", "fr") == "Ce sera donc 6 postes."
    assert confirmed("Tomo nota: ahora necesitan 22 cajas.", "es") == "Quedamos entonces en 22 cajas."


def test_the_news_that_made_the_count_stays_before_it():
    assert confirmed("I've noted that the second site opened early, so you now need five scanners.", "en") \
        == "The second site opened early, so that's five scanners."


def test_a_day_a_sum_or_a_year_is_no_count_to_confirm():
    for line in ("I've noted the change: 21 October.", "I've noted the change: 2.5 million.",
                 "I've noted the change: 2031 budget.", "Tomo nota del cambio: 3 de mayo."):
        assert not confirmed(line, "es" if "Tomo" in line else "en").startswith(("So that's", "Quedamos"))


def test_a_point_that_cannot_stand_alone_keeps_its_label():
    for line, language in [("Notiert: die erste Lieferung.", "de"),  # no verb: a noun phrase the label holds up
                           ("I've noted that because of the audit.", "en"),
                           ("Tomo nota: 10 usuarios y la firma.", "es"),
                           ("I've noted that can the crane arrive before noon.", "en"),
                           ("Notiert: welche Anschlüsse Ihr Elektriker vorbereitet.", "de")]:
        assert confirmed(line, language) == line


def test_a_go_ahead_the_welcome_says_is_not_noted_again():
    lines = ["Thanks for your note yesterday.", "Great to hear you're going ahead.",
             "I've noted that you'd like to proceed.", "I've noted that the crane arrives on 3 June."]
    assert confirmed_lines(lines, "en") == ["Thanks for your note yesterday.", "Great to hear you're going ahead.",
                                            "The crane arrives on 3 June."]
    assert confirmed_lines(["Schön, dass Sie grünes Licht geben.", "Notiert: der Vorstand hat es genehmigt."],
                           "de") == ["Schön, dass Sie grünes Licht geben."]


def test_without_a_welcome_a_go_ahead_is_kept_and_a_german_date_is_not_split():
    assert confirmed_lines(["I've noted that you'd like to proceed."], "en") == ["You'd like to proceed."]
    assert confirmed_lines(["Notiert: Am 3. April haben Sie eine Prüfung."], "de") \
        == ["Am 3. April haben Sie eine Prüfung."]


def test_other_sentences_and_languages_are_left_as_they_are():
    assert confirmed("To confirm, 3 units at EUR 900 each.", "en") == "To confirm, 3 units at EUR 900 each."
    assert confirmed("I've noted that the site is closed.", "it") == "I've noted that the site is closed."


def test_a_point_cut_short_is_not_dressed_up_as_a_confirmation():
    # a thing ending on a word no sentence ends on stays as it was, for the check that finds it broken
    assert confirmed("I've noted the change: 30 plus.", "en") == "I've noted the change: 30 plus."
    assert confirmed("I've noted that you want the panels and.", "en") == "I've noted that you want the panels and."

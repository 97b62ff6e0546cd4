"""A figure the rep promised and still owes (followup/drafting/owedfigure.py): a slot once its day has passed."""
from datetime import datetime

from followup.drafting.composition import SLOT_RE, compose_state
from followup.drafting.conversation import build_state
from followup.drafting.owedfigure import beside_slot, owed_figure, unchased
from followup.drafting.profile import RepProfile
from followup.drafting.sentences import Source

REP = RepProfile("Sam Whitcombe", "sam@press.example", "Sam Whitcombe\nSouthern Press Co.")


def draft(sources, name, now, tz="Pacific/Auckland"):
    state = build_state(sources, tz, now, customer_name=name)
    return compose_state(state, customer_name=name, thread_subject="Presses", rep=REP).body


def test_the_figure_a_promise_owes_is_named_in_each_language_and_a_document_owes_none():
    assert owed_figure("Trade-in on the Donalds: I'll have a figure for you once our workshop has looked at the "
                       "photos.", "en") == "the figure for the trade-in on the Donalds"
    assert owed_figure("I'll send you the price for the extended warranty.", "en") == \
        "the price for the extended warranty"
    assert owed_figure("Le contrat de maintenance sur 2 ans vous sera chiffré.", "fr") == \
        "prix du contrat de maintenance sur 2 ans"
    assert owed_figure("Je vous donne le prix de l'entretien d'ici mardi.", "fr") == "prix de l'entretien"
    assert owed_figure("Den Preis für die Wartung nenne ich Ihnen bis Freitag.", "de") == "Preis für die Wartung"
    assert owed_figure("Le paso el precio del mantenimiento el jueves.", "es") == "precio del mantenimiento"
    for line, lang in (("I'll send you the drawings.", "en"), ("Ich schicke Ihnen das Angebot.", "de"),
                       ("Je vous envoie le contrat.", "fr"), ("I'll confirm the price once the factory replies.", "en")):
        assert owed_figure(line, lang) == "", line  # a document, or a figure with nothing said it is for


def test_a_figure_promised_by_a_past_day_is_a_slot_said_once_with_the_apology_first():
    sources = [Source("message", 1, "Hemi,\n\nFor 4 x WP-40 I can do NZ$14,200 each. Trade-in on the Donalds: I'll "
                                    "have a figure for you by Friday once our workshop has looked at the photos.\n\nSam",
                      datetime(2026, 12, 16, 1, 40), "outbound")]
    body = draft(sources, "Hemi Tautahi", datetime(2026, 12, 21, 21))
    assert [m.group("q") for m in SLOT_RE.finditer(body)] == ["the figure for the trade-in on the Donalds"]
    assert "Sorry for the delay. [[answer:" in body.split("\n\n")[1]
    assert "I'll have a figure" not in body and "by Friday" not in body
    # before its day the promise stands as it was, with no slot
    early = draft(sources, "Hemi Tautahi", datetime(2026, 12, 16, 20))
    assert "[[answer:" not in early and "I'll have a figure for you" in early


def test_a_french_figure_promised_for_a_past_tuesday_is_a_slot():
    sources = [Source("message", 1, "Madame Ben Ammar,\n\nL'unité OI-400 SW, 745 000 TND HT. Le contrat de maintenance "
                                    "sur 2 ans vous sera chiffré d'ici mardi.\n\nKarim", datetime(2026, 12, 11, 8, 30),
                      "outbound")]
    body = draft(sources, "Leïla Ben Ammar", datetime(2026, 12, 22, 9), tz="Africa/Tunis")
    assert "Toutes mes excuses pour le retard. [[answer: prix du contrat de maintenance sur 2 ans]]" in body
    assert "d'ici mardi" not in body and "vous sera chiffré" not in body


def test_a_recap_line_naming_only_what_the_owed_slot_asks_is_left_to_the_slot():
    top = ["Toutes mes excuses pour le retard. [[answer: prix du contrat de maintenance sur 2 ans]]"]
    lines = ["Comme nous en avons parlé : vous voulez aussi un contrat de maintenance 2 ans.",
             "Le contrat de maintenance sur 2 ans coûte 12 000 TND HT.", "Délai 16 semaines."]
    assert beside_slot(lines, top) == lines[1:]
    assert beside_slot(lines, ["Toutes mes excuses pour le retard. Je vous envoie le contrat sans attendre."]) == lines


def test_a_question_led_by_a_reminder_that_the_rep_never_came_back_asks_only_the_question():
    assert unchased("Wegen der Ladestation haben Sie sich nicht mehr gemeldet - wir haben oben keinen Strom, reicht "
                    "da ein Solarpanel?") == "Wegen der Ladestation: wir haben oben keinen Strom, reicht da ein Solarpanel?"
    assert unchased("You never got back to me - does it run on 230 V?") == "Does it run on 230 V?"
    assert unchased("Does it run on 230 V?") == "Does it run on 230 V?"


def test_an_answer_promised_for_a_past_day_and_asked_again_is_owned_first_with_its_slot():
    sources = [Source("message", 1, "Hallo Herr Thill,\n\nmit Akku kommen wir auf 33.450 € zzgl. MwSt. Wegen der "
                                    "Ladestation melde ich mich morgen noch.\n\nGruß\nAndreas",
                      datetime(2026, 12, 9, 7, 40), "outbound"),
               Source("message", 2, "Hallo Herr Reuter,\n\npasst, wir nehmen die Akku-Version. Wegen der Ladestation "
                                    "haben Sie sich nicht mehr gemeldet - wir haben oben keinen Strom, reicht da ein "
                                    "Solarpanel?\n\nGruß\nMarc Thill", datetime(2026, 12, 16, 16, 10), "inbound")]
    body = draft(sources, "Marc Thill", datetime(2026, 12, 23, 9), tz="Europe/Luxembourg")
    assert "Entschuldigen Sie bitte die Verzögerung. Zu Ihrer Frage: [[answer: Wegen der Ladestation: Sie haben oben " \
           "keinen Strom, reicht da ein Solarpanel? (zugesagt, noch offen)]]" in body.split("\n\n")[1]
    assert body.count("[[answer:") == 1 and "melde ich mich" not in body and "nicht mehr gemeldet" not in body


def test_a_promise_to_confirm_owes_what_it_confirms_unless_a_figure_names_nothing():
    assert owed_figure("Je vous confirme la disponibilité.", "fr") == "la disponibilité"
    assert owed_figure("I'll confirm whether roadside covers Portugal.", "en") == "whether roadside covers Portugal"
    assert owed_figure("Le confirmo la fecha de entrega.", "es") == "la fecha de entrega"
    assert owed_figure("I'll confirm.", "en") == ""
    assert owed_figure("I'll confirm the price once the factory replies.", "en") == ""


def test_availability_promised_for_a_past_day_is_a_slot_not_a_confirmation():
    sources = [Source("message", 1, "Bonjour Thomas,\n\nLe tarif 2027 est de 410 € HT par jour. Je vous confirme la "
                                    "disponibilité demain.\n\nIsabelle", datetime(2027, 4, 27, 9), "outbound")]
    body = draft(sources, "Thomas Kientz", datetime(2027, 5, 6, 8), tz="Europe/Paris")
    assert "Toutes mes excuses pour le retard. [[answer: la disponibilité]]" in body
    assert "Je vous confirme" not in body and "demain" not in body


def test_a_promise_to_find_out_left_weeks_without_a_day_is_the_answer_owed_now():
    """"I'll check the roof load question with our engineers", three weeks on: a slot, not the promise again; no
    apology, as no day was missed; a week on the promise still stands."""
    from followup.drafting.owedfigure import checked
    assert checked("I'll check the roof load question with our engineers.", "en") == "the roof load question"
    assert checked("Die Frage zur Haftung kläre ich mit der Versicherung.", "de") == "Die Frage zur Haftung"
    assert checked("Consulto lo del seguro con la aseguradora.", "es") == "lo del seguro"
    assert checked("I'll check and come back to you.", "en") == ""
    sources = [Source("message", 1, "Hemi,\n\nNoted, 4 presses. I'll check the roof load question with our "
                                    "engineers.\n\nSam", datetime(2026, 11, 2, 1, 40), "outbound")]
    body = draft(sources, "Hemi Tautahi", datetime(2026, 11, 24, 21))
    assert [m.group("q") for m in SLOT_RE.finditer(body)] == ["the roof load question (promised, still open)"], body
    assert "I'll check" not in body and "Sorry" not in body
    early = draft(sources, "Hemi Tautahi", datetime(2026, 11, 8, 21))
    assert "[[answer:" not in early and "I'll check the roof load question" in early


def test_a_promise_to_find_out_names_the_customers_question_it_put_off():
    """"I'll check the roof load question", weeks on: the slot asks the customer's own question it names."""
    sources = [Source("message", 1, "Hi Sam,\n\nCan the roof of the shed take the load of the presses?\n\nHemi",
                      datetime(2026, 11, 1, 1, 40), "inbound"),
               Source("message", 2, "Hemi,\n\nNoted, 4 presses. I'll check the roof load question with our "
                                    "engineers.\n\nSam", datetime(2026, 11, 2, 1, 40), "outbound")]
    body = draft(sources, "Hemi Tautahi", datetime(2026, 11, 24, 21))
    slots = [m.group("q") for m in SLOT_RE.finditer(body)]
    assert len(slots) == 1 and "roof of the shed take the load" in slots[0], body


def test_a_promise_to_check_with_its_coming_back_said_after_it():
    from followup.drafting.owedfigure import checked
    assert checked("I'll check on the paint options and come back to you.", "en") == "the paint options"
    assert checked("Je vérifie la garantie auprès du fabricant et je vous reviens.", "fr") == "la garantie"
    assert checked("Consulto lo del seguro con la aseguradora y le aviso.", "es") == "lo del seguro"


def test_a_promise_to_find_out_whether_is_owed_as_its_clause():
    from followup.drafting.owedfigure import checked
    assert checked("About the stage, I'll check with our rigger whether it can carry two speakers and come back to "
                   "you.", "en") == "the stage: whether it can carry two speakers"
    assert checked("Ob die Halle beheizt werden kann, kläre ich mit dem Hausmeister und melde mich.", "de") == \
        "ob die Halle beheizt werden kann"
    assert checked("Ich kläre mit der Werkstatt, ob die Lieferung im März klappt, und melde mich.", "de") == \
        "ob die Lieferung im März klappt"
    assert checked("Je vérifie avec le fabricant si la toile résiste au vent et je reviens vers vous.", "fr") == \
        "si la toile résiste au vent"
    assert checked("Miro con el almacén si queda tela azul y te digo.", "es") == "si queda tela azul"
    assert checked("I'll check whether 40 fit and let you know.", "en") == ""  # a figure: owed_figure's business


def test_whom_an_english_ask_asks_is_named_in_the_clause_it_owes():
    """"I'll ask our joiner whether they can ...": the slot names the joiner, not "they"; an "if" reads "whether"."""
    from followup.drafting.owedfigure import checked
    assert checked("I'll ask our joiner whether they can fit the shelves on a Sunday and come back to you.", "en") == \
        "whether our joiner can fit the shelves on a Sunday"
    assert checked("I will check if our installer can start earlier and let you know before Easter.", "en") == \
        "whether our installer can start earlier"
    assert checked("I'll ask the warehouse whether they have the blue crates and get back to you.", "en") == \
        "whether they have the blue crates"  # no modal after "they": kept, as its verb would not agree
    assert checked("Consulto con el taller si el toldo aguanta viento fuerte y te digo algo.", "es") == \
        "si el toldo aguanta viento fuerte"


def test_a_promise_to_find_out_whose_day_has_passed_is_the_answer_owed_with_its_delay_owned():
    """"I will check if our installer can come on a Sunday and let you know before Easter", Easter long past: the
    slot asks it, marked as promised, after an apology; never the promise with its day cut half away."""
    sources = [Source("message", 1, "Hemi,\n\nFor 4 presses it is NZD 2,400 each. I will check if our installer can "
                                    "come on a Sunday and let you know by Friday.\n\nSam",
                      datetime(2026, 11, 2, 1, 40), "outbound"),
               Source("message", 2, "Hi Sam,\n\nWe are now 6 sites, not 4. You did not write me about the Sunday."
                                    "\n\nHemi", datetime(2026, 11, 23, 1, 40), "inbound")]
    body = draft(sources, "Hemi Tautahi", datetime(2026, 11, 24, 21))
    slots = [m.group("q") for m in SLOT_RE.finditer(body)]
    assert "whether our installer can come on a Sunday (promised, still open)" in slots, body
    assert "Sorry for the delay." in body and "I will check" not in body

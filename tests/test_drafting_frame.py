"""The frame of a draft keeps the thread's register: the rep's own sign-off to this customer, a formal opening and
close under "Dear Dr. Mensah," / "Sehr geehrte Frau Hoffmann,", and German going on in lower case after the comma."""
import re
from datetime import datetime

import pytest

from followup.drafting.composition import compose_state
from followup.drafting.conversation import build_state
from followup.drafting.frame import back_from_away, is_formal_thread, said_promises, thread_sign_off, whole_line
from followup.drafting.greeting import is_greeting
from followup.drafting.grounding import ground
from followup.drafting.internal import strip_internal
from followup.drafting.items import Item
from followup.drafting.phrases import framing_texts, phrases
from followup.drafting.profile import RepProfile, grounding_texts
from followup.drafting.register import is_informal, noted_register
from followup.drafting.restating import expand_shorthand
from followup.drafting.saying import note_recap
from followup.drafting.sentences import Source
from followup.drafting.turn import padded
from followup.drafting.wellformed import sentence
from followup.drafting.words import detect_language

TZ = "Africa/Accra"
YAW = RepProfile("Yaw Asante", "yaw@clearview.example", "Yaw Asante\nClearView AV")
NOV9, NOV20, NOV23, NOV30 = (datetime(2026, 11, d, 10) for d in (9, 20, 23, 30))
NOW = datetime(2026, 12, 2, 10)

MENSAH = [
    Source("message", 1, "Dear Dr. Mensah,\n\nPlease find our proposal for the six lecture halls: six laser "
           "projectors, GHS 312,000 installed.\n\nYours faithfully,\nYaw Asante", NOV9, "outbound"),
    Source("message", 2, "Dear Mr. Asante,\n\nCould you revise the proposal for eight rooms?\n\nYours sincerely,\n"
           "Dr. Abena Mensah\nRegistrar", NOV20, "inbound"),
    Source("message", 3, "Dear Dr. Mensah,\n\nThank you. For eight rooms the total comes to GHS 398,500 installed."
           "\n\nYours faithfully,\nYaw Asante", NOV23, "outbound"),
    Source("message", 4, "Dear Mr. Asante,\n\nKindly advise whether the warranty covers the laser light source, as "
           "the Finance Committee meets on 10 December.\n\nYours sincerely,\nDr. Abena Mensah", NOV30, "inbound"),
]


def draft(sources, name, rep=YAW, language_tz=TZ):
    state = build_state(sources, language_tz, NOW, customer_name=name)
    return state, compose_state(state, customer_name=name, thread_subject="Proposal", rep=rep)


def test_a_formal_english_thread_gets_a_formal_opening_close_and_the_reps_own_sign_off():
    state, d = draft(MENSAH, "Dr. Abena Mensah")
    assert state.formal and state.sign_off == "Yours faithfully,"
    assert d.body.startswith("Dear Dr. Mensah,\n\nThank you for your email")
    assert "Thanks for your note" not in d.body and "Happy to go through" not in d.body
    assert "Yours faithfully,\nYaw Asante" in d.body and "Best," not in d.body
    texts = (*grounding_texts(customer_name="Dr. Abena Mensah", customer_email="", rep=YAW), *framing_texts("en"))
    report = ground(d.body, MENSAH, texts, written_at=NOW, tz=TZ)
    assert report.ok, report.unmatched


def test_the_reps_sign_off_to_this_customer_comes_before_their_setting_and_a_thanks_is_not_one():
    casual = [Source("message", 1, "Hi Tom,\n\nThe KG-60 is USD 4,800.\n\nCheers,\nSarah", NOV9, "outbound"),
              Source("message", 2, "Thanks Sarah. How long is delivery?\n\nTom", NOV20, "inbound")]
    state, d = draft(casual, "Tom Kalo", rep=RepProfile("Sarah", "s@x.example", "Sarah", sign_off="Best wishes,"))
    assert not state.formal and d.body.rstrip().endswith("Cheers,\nSarah")
    thanked = [Source("message", 1, "Hi Tom,\n\nThe KG-60 is USD 4,800.\n\nThanks,\nSarah", NOV9, "outbound")]
    assert thread_sign_off(thanked) == ""


def test_a_newer_email_greeting_without_a_sign_off_leaves_the_older_formula_behind():
    sources = [Source("message", 1, "Bonjour Monsieur Diop,\n\nJe vous propose la FG-5.\n\nCordialement,\nJulien",
                      NOV9, "outbound"),
               Source("message", 2, "Salut Moussa,\n\nOn se voit jeudi.\n\nJulien", NOV23, "outbound")]
    assert thread_sign_off(sources) == ""
    assert not is_formal_thread(sources)


@pytest.mark.parametrize("first, last, formal", [
    ("Dear Ms. Hoa,", "Best regards,", True),
    ("Moin Frau Janssen,", "Mit freundlichen Grüßen", True),
    ("Docteur,", "Bien cordialement,", True),
    ("Estimado Ing. Benítez:", "Atentamente,", True),
    ("Hello Murat,", "Best regards,", True),  # no greeting of either register: the sign-off decides
    ("Hi Tendai,", "Regards,", False),  # a first-name "Hi" is informal whatever the sign-off
    ("Hallo Florian,", "Liebe Grüße", False),
    ("Hola Federico:", "Un abrazo,", False),
])
def test_the_reps_newest_email_decides_the_register(first, last, formal):
    sources = [Source("message", 1, f"{first}\n\nThe offer stands.\n\n{last}\nRep", NOV9, "outbound"),
               Source("message", 2, "Dear Sir,\n\nNoted.\n\nYours sincerely,\nX", NOV20, "inbound")]
    assert is_formal_thread(sources) is formal


def test_the_customers_formal_email_sets_the_register_when_the_rep_never_wrote():
    sources = [Source("message", 1, "Sehr geehrter Herr Brandt,\n\nbitte schicken Sie mir das Angebot für 12 "
                      "Fenster.\n\nMit freundlichen Grüßen\nSusanne Keller", NOV30, "inbound")]
    state, d = draft(sources, "Susanne Keller", rep=RepProfile("Jan Brandt", "j@x.example", "Jan Brandt"),
                     language_tz="Europe/Madrid")
    assert state.formal and state.language == "de"
    assert "\n\nvielen Dank für Ihre Nachricht" in d.body  # lower case after the greeting's comma
    assert "Mit freundlichen Grüßen\nJan Brandt" in d.body


def test_a_german_du_thread_keeps_its_own_sign_off_and_goes_on_in_lower_case():
    sources = [Source("message", 1, "Hallo Florian,\n\ndas Netz kostet 4.200 € pro Hektar.\n\nLiebe Grüße\nMartin",
                      NOV9, "outbound"),
               Source("message", 2, "Servus Martin,\n\nkannst du auch im März liefern?\n\nLG Florian", NOV30,
                      "inbound")]
    state, d = draft(sources, "Florian Gruber", rep=RepProfile("Martin", "m@x.example", "Martin"),
                     language_tz="Europe/Rome")
    assert not state.formal and d.body.startswith("Hallo Florian,\n\ndanke für deine Nachricht")
    assert d.body.rstrip().endswith("Liebe Grüße\nMartin")


@pytest.mark.parametrize("line, said", [
    ("I'll send.", None),  # a promise cut to its verb
    ("I'll send on Thursday.", None),
    ("I'll call you.", "I'll call you."),
    ("I'll call you Dr Eze.", None),  # the note's call header ("Call Dr Eze. 12-month term ok ...")
    ("I'll send offer.", "I'll send you the offer."),
    ("I'll send: CE certs and water data.", "I'll send you the CE certs and water data."),
    ("I'll send you the brochure and the arrange ref.", "I'll send you the brochure."),  # cut inside "ref. visit"
    ("I'll call you on Friday.", "I'll call you on Friday."),
    ("I'll send the quote + references on Friday.", "I'll send the quote and the references on Friday."),
    ("I'll send the quote to Anna Berg as well.", "I'll send the quote to Anna Berg as well."),
    ("I'll send today with COI.", "I'll send you the COI today."),  # a note's "Send tmrw w/ COI": never "the today"
    ("I'll courier tomorrow.", "I'll courier tomorrow."),
    ("I'll send first draft.", "I'll send you the first draft."),
])
def test_a_promise_is_said_as_a_whole_sentence_or_not_at_all(line, said):
    assert said_promises([(line, 1)]) == ([(said, 1)] if said else [])


@pytest.mark.parametrize("clause, said", [
    ("price held ok", ""),  # the customer's yes to a figure said elsewhere: nothing to confirm back
    ("PF-3000 ok", ""),
    ("night works 11pm-5am ok, 3 nights", "The night works 11pm-5am is fine, 3 nights."),
    ("delivery to La Rocque slipway ok with our flatbed", "Delivery to La Rocque slipway works with our flatbed."),
    ("EUR 54,500 alt.", "Alternatively, the price is EUR 54,500."),  # a second price beside the first
    ("delivery in 6 weeks ok", "Delivery in 6 weeks works."),
])
def test_a_notes_ok_is_said_as_the_rep_would_or_left_out(clause, said):
    assert sentence(clause, "en") == said


def test_note_shorthand_is_written_out():
    assert expand_shorthand("wants samples b4 ordering, needs cttee sign-off") == \
        "wants samples before ordering, needs committee sign-off"


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
@pytest.mark.parametrize("informal, formal", [(False, False), (True, False), (False, True)])
def test_a_short_draft_is_padded_with_the_closing_formula_not_a_second_request(language, informal, formal):
    p = phrases(language, informal, formal)
    for close in (p["close"], p["close_more"], p["email_only"]):
        assert padded(close, p) == f"{close} {p['look_forward']}"
    assert padded(p["call_pm"], p) == f"{p['call_pm']} {p['close_more']}"  # a call promised: no "hearing from you"


def test_a_yes_cut_from_its_topic_at_an_arrow_says_what_it_answers():
    note = ("Site visit MG. Price SGD 14,800 incl. grease report. Cert of cleaning for NEA -> yes, we issue. "
            "MG ok w/ price.")
    sources = [Source("message", 1, "Hi Priya,\n\nDo you provide the cleaning certificate NEA asks for?\n\nMelvin",
                      NOV23, "inbound"),
               Source("note", 2, note, NOV30, "note")]
    _, d = draft(sources, "Melvin Goh", language_tz="Asia/Singapore")
    assert re.search(r"we issue the cert(?:ificate)? of cleaning for NEA", d.body) and "we issue." not in d.body


def test_a_terse_french_note_is_answered_in_french_with_the_register_it_records():
    note = ("1er contact tél. M. Camara (Camara BTP, Kindia). Projet : 3 écoles, ~45 000 briques. Hésite presse "
            "manuelle vs motorisée. Visite chantier lun. 7 déc. 9h. Vouvoiement. Devis écrit d'ici vendredi.")
    assert detect_language([note]) == "fr"
    state, d = draft([Source("note", 1, note, NOV30, "note")], "Mamadou Camara", language_tz="Africa/Conakry")
    assert state.language == "fr" and not is_informal(state)
    assert d.body.startswith("Bonjour Monsieur Camara,")


@pytest.mark.parametrize("note, informal", [
    ("Erstgespräch Walter Kuschel, per du. 140 Kühe, Preis 318.000 USD.", True),
    ("Florian hat mir gleich das Du angeboten. 4,2 ha.", True),
    ("On se tutoie. 5 tonnes par jour.", True),
    ("Vouvoiement. 5 tonnes par jour.", False),
    ("140 Kühe, Preis 318.000 USD.", None),
])
def test_a_call_note_records_the_register_agreed_on_the_call(note, informal):
    assert noted_register(note) is informal


def test_an_int_label_keeps_the_rest_of_the_note_for_the_team():
    assert strip_internal("Angebot bis Montag. Int.: Lely-Händler hat 295k geboten.", set()).strip() == \
        "Angebot bis Montag."


def test_a_notes_yes_after_an_arrow_is_no_word_of_the_sentence():
    assert sentence("Livraison avant 31 décembre -> oui", "fr") == "La livraison est prévue avant le 31 décembre."


def test_a_french_letters_closing_sentence_is_no_point_of_the_offer():
    sources = [Source("message", 1, "Madame,\n\nPour la suite royale, un générateur de 6 kW suffit : 46 000 MAD "
                      "TTC posé.\n\nVeuillez agréer, Madame, nos salutations distinguées.\nYoussef Alami", NOV23,
                      "outbound"),
               Source("message", 2, "Monsieur,\n\nEt quelle est la durée de la garantie ?\n\nCordialement,\n"
                      "Leila Bennani", NOV30, "inbound")]
    _, d = draft(sources, "Leila Bennani", rep=RepProfile("Youssef Alami", "y@x.example", "Youssef Alami"),
                 language_tz="Africa/Casablanca")
    assert "salutations distinguées" not in d.body and d.body.startswith("Madame,")


def test_what_the_rep_confirmed_on_the_call_is_said_as_the_reps_own():
    fact = Item(kind="constraint", text="you confirmed to you the hull is rated up to 60 hp",
                quote="confirmed to him hull rated up to 60 hp", source_kind="note", source_id=1, at=NOV23,
                direction="note")
    lines, _ = note_recap([fact], "en", "As we discussed, {x}.")
    assert lines == ["As we discussed, I confirmed the hull is rated up to 60 hp."]


@pytest.mark.parametrize("line, said", [
    ("To prepare the offer.", ""),  # an infinitive with no sentence around it
    ("I've noted that confirmed for 19 October, 7am.", ""),
    ("To confirm, the container arrives 18 Oct so fine.", "To confirm, the container arrives 18 Oct."),
    ("To confirm, the price is EUR 20,700.", "To confirm, the price is EUR 20,700."),
    ("To confirm, I'd suggest 5% (i.e.) at PKR 36,100 per month.", "To confirm, I'd suggest 5% at PKR 36,100 per month."),
])
def test_a_recap_line_is_a_whole_sentence_or_left_out(line, said):
    assert whole_line(line) == said


def test_a_customer_back_from_an_out_of_office_reply_is_greeted_back_before_the_chase():
    offer = Source("message", 1, "Hi Tomáš,\n\nThe KW-2 keg washer is CZK 465,000 installed.\n\nBest,\nSophie",
                   NOV9, "outbound")
    away = Source("message", 2, "Thank you for your message. I am out of office until Monday 30 November.\n\nTomáš",
                  NOV9.replace(minute=1), "inbound")
    state, d = draft([offer, away], "Tomáš Novák", language_tz="Europe/Prague")
    assert state.back and back_from_away([offer, away], "Europe/Prague", NOW)
    assert "\n\nI hope you had a good time away. I wanted to follow up on the email I sent while you were away." \
        in d.body and "out of office" not in d.body
    assert not back_from_away([offer, away], "Europe/Prague", datetime(2026, 11, 20, 9))  # still away then


@pytest.mark.parametrize("line, name, greets", [
    ("Hola Yami:", "Yamilé Hernández", True),  # the short form the rep uses keeps their greeting
    ("Hi Dan,", "Daniel Brown", True),
    ("Hi Jo,", "Joanna Smith", False),  # two letters say nothing
    ("Hi Petra,", "Tomáš Novák", False),  # a colleague the rep wrote to
])
def test_a_short_form_of_the_customers_name_is_theirs(line, name, greets):
    assert is_greeting(line, name) is greets


def test_a_notes_plus_in_a_german_or_french_promise_is_said_as_the_languages_and():
    assert said_promises([("Angebot + Finanzierungsvorschlag schicke ich dir bis Montag.", 1)], "de") == \
        [("Angebot und Finanzierungsvorschlag schicke ich dir bis Montag.", 1)]
    assert said_promises([("Je vous envoie le devis + la fiche technique.", 1)], "fr") == \
        [("Je vous envoie le devis et la fiche technique.", 1)]


def test_a_customer_who_writes_formally_to_a_rep_who_never_wrote_is_greeted_with_dear():
    sources = [Source("message", 1, "Dear Sir,\n\nCould you send us a quotation for 40 m of conveyor belt?\n\n"
                      "Yours faithfully,\nChinedu Okafor", NOV30, "inbound")]
    state, d = draft(sources, "Chinedu Okafor", language_tz="Africa/Lagos")
    assert state.formal and d.body.startswith("Dear Chinedu,\n\nThank you for your email")


def test_a_month_or_weekday_lowered_as_a_first_word_gets_its_capital_back():
    from followup.drafting.frame import whole_line
    assert whole_line("I've noted that feb 12 delivery still suits the kitchen.") == \
        "I've noted that Feb 12 delivery still suits the kitchen."
    assert whole_line("You said thursday works.") == "You said Thursday works."
    assert whole_line("You may move it.") == "You may move it."  # "may" without a day number is the verb
    assert whole_line("C'est noté : livraison le 12 février.") == "C'est noté : livraison le 12 février."


def test_a_thing_the_rep_carries_named_without_its_article_gets_the():
    assert said_promises([("I'll courier sample tiles + colour card", 1)]) == \
        [("I'll courier the sample tiles and the colour card", 1)]
    assert said_promises([("I'll bring it on Monday", 1)]) == [("I'll bring it on Monday", 1)]

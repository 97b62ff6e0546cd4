"""Opt-outs read for certain (followup/text/wish_optout.py) and the look-alikes they must leave alone."""
import pytest

from followup.text.wish_optout import do_not_contact


@pytest.mark.parametrize("text", [
    "Kindly leave us off your distribution list from now on.",
    "Could you take me off all your promotional emails, please.",
    "We request that you not email us, or our site managers, again.",
    "Bitte streichen Sie mich aus Ihrer Mailingliste.",
    "Por favor não nos mandem mais propostas.",
    "I am not interested, please no more mail.",
])
def test_more_wordings_of_an_opt_out_are_certain(text):
    assert do_not_contact(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "Please leave me off the CC for the site reports.",  # a copy line, not the rep's list
    "I'd ask that you not call me again before Friday.",  # time-limited: a quiet period
    "Take me off the emails about the Henderson job, Tom handles it.",  # one thread, not the rep's mail
])
def test_look_alikes_of_the_new_wordings_are_no_opt_out(text):
    assert do_not_contact(text, 0, text) is None


def test_no_more_goods_sent_is_no_opt_out():
    text = "Por favor não nos mandem mais amostras, já temos o suficiente."  # "no more samples, we have enough"
    assert do_not_contact(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Ne me contactez plus, s'il vous plaît.",
    "Vi prego, non contattatemi più.",
    "Schreiben Sie mich nicht mehr an.",
    "No nos escriban más, gracias.",
    "Parem de nos telefonar.",
    "Oxe, para de me ligar, visse?",  # Brazilian, the familiar imperative
    "Keene Anrufe mehr, keene Mails mehr, nüscht.",  # Berlin
])
def test_a_no_more_imperative_in_the_seven_languages_is_certain(text):
    assert do_not_contact(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "We'd rather you did not get in touch again.",
    "Please purge my address from your mailing list.",
])
def test_get_in_touch_and_purge_wordings_are_certain(text):
    assert do_not_contact(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "We'd be obliged if you no longer emailed us.",
    "I no longer wish to remain on your mailing list.",
])
def test_obliged_if_no_longer_and_not_on_your_lists_are_certain(text):
    assert do_not_contact(text, 0, text) is not None


@pytest.mark.parametrize("text, fires", [
    ("I'd appreciate it if you didn't get in touch with us about it again.", True),
    ("We'd be grateful if you wouldn't email us anymore.", True),
    ("I'd appreciate it if you didn't call me again before June.", False),  # a wait, not an opt-out
    ("I'd appreciate it if you didn't call me before 10.", False),  # a time of day
])
def test_appreciated_if_you_did_not_contact_us_again_is_certain(text, fires):
    assert (do_not_contact(text, 0, text) is not None) is fires


@pytest.mark.parametrize("text", [
    "Please stop sending us the monthly product updates.",  # a modifier between the article and what is sent
    "Could you stop sending me your release-note mailers?",
    "My assistant is leaving and the box goes with her, so kindly remove this address.",  # the address written from
    "Le pido que no vuelva a escribirnos, gracias.",  # Spanish "don't write to us again", said formally
])
def test_an_opt_out_worded_by_its_parts_is_read(text):
    assert do_not_contact(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "Please stop sending me the spare parts until the invoice is settled.",  # goods, not mail
    "Please remove this address from the delivery note, it's our old depot.",  # an address on a document
    "Can you drop this address into the shipping field for the next order?",
])
def test_look_alikes_of_the_worded_parts_are_no_opt_out(text):
    assert do_not_contact(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Please see to it that no one at your firm calls me again.",  # nobody from the sender's side, again
    "Do not email this office again, we have said no twice.",  # the customer's business as the one contacted
    "We'd be obliged if you deleted us from the list and stopped writing.",  # "if you" + a past form
    "ok\nno more of those please",  # a bare refusal on a line of its own
    "Bin my email address, thanks.",
    "Please refrain from all future correspondence.",
    "I don't want any further marketing solicitations from your staff.",
])
def test_an_opt_out_by_who_is_to_stop_and_what_is_refused_is_read(text):
    assert do_not_contact(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "Nobody from your team has called us back yet.",  # a complaint of silence, not a refusal
    "No more of these delays, please ship it this week.",  # goods late, said mid-sentence
    "I'll forget my password again if you make it expire monthly.",
])
def test_look_alikes_of_who_is_to_stop_are_no_opt_out(text):
    assert do_not_contact(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "My boss has asked me to let you know he wants you to stop emailing us.",  # an assistant writes for him
    "My manager asked us to tell you to stop contacting him, please.",
    "I'm writing on his behalf, he has asked that you stop contacting us.",
])
def test_an_opt_out_relayed_to_the_rep_for_the_contact_is_asked(text):
    wish = do_not_contact(text, 0, text)
    assert wish is not None and not wish.certain


@pytest.mark.parametrize("text", [
    "My boss wants me to stop emailing his suppliers.",  # someone else's wish, not told to the rep
    "She'd asked you to stop contacting her, years ago.",  # a story of the past
])
def test_someone_elses_opt_out_not_told_to_the_rep_is_no_opt_out(text):
    assert do_not_contact(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Our staff won't leave me alone about the new espresso machine, can we get a quote for two?",
    "The kids never stop asking for the blue model.",
])
def test_others_who_will_not_leave_the_customer_alone_is_no_opt_out(text):
    assert do_not_contact(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Please stop the emails.",
    "Stop the emails please, we're not interested.",
    "Could you stop w/ the calls please",
    "Not interested, stop all your marketing emails.",
])
def test_a_halt_of_what_the_rep_sends_is_certain(text):
    assert do_not_contact(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "How do I stop the emails from going to my spam folder?",  # the clause goes on: a question about mail
    "We had to stop the emails to our customers last week.",  # no request of the rep
    "Did you stop the emails to the old address?",
    "Please stop the duplicate emails, the system sends each invoice twice.",  # a fault, not the rep's mail
    "Please stop the emails for now, I'll be in touch in January.",  # limited in time
    "Don't stop the emails, I find them useful.",
])
def test_look_alikes_of_a_halted_flow_are_no_certain_opt_out(text):
    assert do_not_contact(text, 0, text) is None


def test_a_formal_desist_from_sending_correspondence_is_certain_and_desisting_from_faxes_is_not():
    """Blind batch 55, read after scoring: a formal 'desist' had no rule for 'sending me further correspondence'."""
    from datetime import datetime

    from followup.text.wishes import detect_wishes
    sent = datetime(2026, 11, 10, 15)
    said = "Kindly desist from sending me further correspondence on this or any other product."
    assert [(w.kind, w.certain) for w in detect_wishes(said, sent, "America/Chicago")] == [("do_not_contact", True)]
    assert not detect_wishes("Please desist from sending us invoices by fax.", sent, "America/Chicago")


def test_a_shouted_stop_about_another_thing_is_no_opt_out_and_a_texted_dont_msg_me_is():
    """'STOP!! sorry, stop the print job' was read as a certain opt-out on blind batch 55 (the only wrong one)."""
    from datetime import datetime

    from followup.text.wishes import detect_wishes
    sent = datetime(2026, 11, 10, 15)
    shout = "STOP!! sorry, stop the print job, I sent the wrong file for the menus. Please print the new one instead."
    assert not [w for w in detect_wishes(shout, sent, "America/Chicago") if w.kind == "do_not_contact"]
    assert [(w.kind, w.certain) for w in detect_wishes("STOP", sent, "America/Chicago")] == [("do_not_contact", True)]
    texted = "not interested thx. dont msg me again\n\nSent from my iPhone"
    assert ("do_not_contact", True) in [(w.kind, w.certain) for w in detect_wishes(texted, sent, "America/Chicago")]


@pytest.mark.parametrize("text", [
    "Kurze Frage: wie können sich unsere Kunden von den Terminerinnerungen abmelden, die Ihr System verschickt?",
    "Une question : comment nos adhérents peuvent-ils se désabonner des rappels par SMS ?",
    "¿Cómo pueden nuestros pacientes darse de baja de los avisos que manda vuestra aplicación?",
    "Come possono i nostri utenti disiscriversi dalle notifiche automatiche?",
    "Como é que os nossos clientes podem se descadastrar dos lembretes por SMS?",
    "Hoe kunnen onze leden zich afmelden voor de herinneringsmails van het platform?",
])
def test_the_writers_own_customers_leaving_the_products_messages_is_no_opt_out(text):
    """A question about how the writer's customers, members or patients leave what the writer's tool sends them was a
    certain opt-out in Dutch (blind batch 57); in six languages it is the writer's business, not a refusal of the rep."""
    from datetime import datetime

    from followup.text.wishes import detect_wishes
    wishes = detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago")
    assert not [w for w in wishes if w.kind == "do_not_contact" and w.certain]


def test_the_writer_leaving_in_another_language_is_still_certain():
    from datetime import datetime

    from followup.text.wishes import detect_wishes
    for said in ("Ich möchte mich von Ihrem Newsletter abmelden.", "Graag wil ik me afmelden voor uw nieuwsbrief."):
        wishes = detect_wishes(said, datetime(2026, 11, 10, 15), "America/Chicago")
        assert ("do_not_contact", True) in [(w.kind, w.certain) for w in wishes]


@pytest.mark.parametrize("text", [
    "So I ask you kindly to not write me more and to not call, we stay with our old supplier.",
    "Please do not email me more.",
])
def test_the_more_of_nicht_mehr_in_a_refusal_is_certain(text):
    """'to not write me more', the 'anymore' of a writer thinking in Italian or German, was only a maybe."""
    from datetime import datetime

    from followup.text.wishes import detect_wishes
    wishes = detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago")
    assert ("do_not_contact", True) in [(w.kind, w.certain) for w in wishes]
    assert not [w for w in detect_wishes("Please don't call me more than twice a week.", datetime(2026, 11, 10, 15),
                                         "America/Chicago") if w.certain]


@pytest.mark.parametrize("text", [
    "Please make sure neither he nor anyone else from your firm contacts me about sales again.",
    "Both of us should not be contacted again by your company.",
    "My partner and I must not be called again.",
    "Neither she nor any other member of staff wishes to receive direct marketing from you.",
    "Peço, por gentileza, que não me procurem mais sobre isso.",
    "Por favor, não nos liguem mais.",
])
def test_no_one_from_the_sender_a_passive_refusal_and_a_portuguese_no_more_are_certain(text):
    assert do_not_contact(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "Patients who opted out should not be contacted again.",  # someone else, not the writer
    "Neither he nor anyone else from your firm called me back about the invoice.",  # a report, no "again"
    "Neither the printer nor the scanner wants to receive the new driver.",  # no mail received
    "Não me ligue mais tarde que as cinco.",  # "later than", not "no more"
])
def test_look_alikes_of_those_refusals_are_no_opt_out(text):
    assert do_not_contact(text, 0, text) is None


def test_asked_not_to_be_sent_more_mails_the_non_native_way_is_an_opt_out():
    from followup.text.wish_optout import do_not_contact
    for sentence in ("So I would like to ask you to not send me more mails and not call to me from now.",
                     "I request you not to send us any more emails."):
        assert do_not_contact(sentence, 0, sentence)
    assert not do_not_contact("I asked you to send me the mails from last week.", 0, "x")


@pytest.mark.parametrize("text", [
    "Don't call, don't email - we're not interested.",
    "no calls no texts, not interested",
    "Please don't text and don't call, I am not interested.",
])
def test_two_channels_refused_then_the_deal_refused_is_certain(text):
    found = do_not_contact(text, 0, text)
    assert found is not None and found.certain


@pytest.mark.parametrize("text", [
    "Don't call, don't text: we're not interested right now, maybe next year.",
    "Don't call me, text me - I'm not interested in a long chat.",
])
def test_a_refusal_of_two_channels_limited_in_time_or_offering_one_is_no_certain_opt_out(text):
    found = do_not_contact(text, 0, text)
    assert found is None or not found.certain


@pytest.mark.parametrize("text", [
    "En virtud de la ley de datos personales ejerzo mi derecho de oposición al tratamiento de mis datos.",
    "J'exerce mon droit d'opposition au traitement de mes données.",
    "Esercito il diritto di opposizione al trattamento dei miei dati.",
    "Exerço o meu direito de oposição ao tratamento dos meus dados.",
    "Hiermit mache ich von meinem Widerspruchsrecht Gebrauch.",
])
def test_the_data_protection_right_to_object_in_other_languages_is_certain(text):
    found = do_not_contact(text, 0, text)
    assert found is not None and found.certain


def test_stopping_someone_elses_contact_is_no_opt_out():
    """'stop contacting the branch managers, talk to me instead' halts the rep's calls to others, not to the writer."""
    text = "Please stop contacting the branch managers, talk to me instead."
    assert do_not_contact(text, 0, text) is None
    text = "Please stop all contact."
    assert do_not_contact(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "Arrêtez de m'appeler, s'il vous plaît.",
    "Deje de llamarme, por favor.",
    "Smettete di scrivermi.",
    "Hören Sie bitte auf, mich anzurufen.",
    "Stop met mij te bellen.",
])
def test_stop_contacting_me_in_the_six_languages_is_certain(text):
    wish = do_not_contact(text, 0, text)
    assert wish is not None and wish.certain


@pytest.mark.parametrize("text", [
    "Arrête de m'appeler sur le fixe, appelle-moi sur le portable.",  # one line refused
    "Dejen de llamarme hasta junio.",  # a limit in time
    "Smetti di chiamarmi prima delle nove.",
])
def test_stop_contacting_me_on_one_line_or_for_a_time_is_not_certain(text):
    wish = do_not_contact(text, 0, text)
    assert wish is None or not wish.certain


@pytest.mark.parametrize("text", [
    "Arrêtez de m'appeler sur le fixe.",  # one line refused, nothing else offered: as "stop calling me on my mobile"
    "Merci de ne plus m'appeler sur le fixe.",
    "Hören Sie auf, mich auf dem Handy anzurufen.",
    "Dejen de llamarme al móvil.",
    "Smettete di chiamarmi sul cellulare.",
    "Stop met mij te bellen op mijn mobiel.",
])
def test_one_line_refused_abroad_is_certain_whichever_rule_reads_it(text):
    wish = do_not_contact(text, 0, text)
    assert wish is not None and wish.certain


@pytest.mark.parametrize("text", [
    "Merci de ne plus m'appeler sur le fixe, appelez-moi sur le portable.",
    "Bitte rufen Sie mich nicht mehr auf dem Festnetz an, sondern auf dem Handy.",
    "Por favor no me llamen más al fijo, llámenme al móvil.",
])
def test_one_line_swapped_for_another_abroad_is_asked(text):
    wish = do_not_contact(text, 0, text)
    assert wish is not None and not wish.certain


@pytest.mark.parametrize("text", [
    "I object to any further processing of my personal data for marketing purposes.",
    "I object to the use of my personal data for direct marketing.",
])
def test_the_objection_in_words_is_certain(text):
    wish = do_not_contact(text, 0, text)
    assert wish is not None and wish.certain


def test_an_objection_to_a_use_not_for_marketing_is_not_read():
    text = "I object to the use of my details in the case study."
    assert do_not_contact(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner Daten zu Werbezwecken.",
    "Je m'oppose au traitement de mes données à des fins de prospection.",
    "Me opongo al tratamiento de mis datos con fines comerciales.",
    "Mi oppongo al trattamento dei miei dati per finalità di marketing.",
    "Oponho-me ao tratamento dos meus dados para marketing.",
    "Op grond van de AVG maak ik bezwaar tegen het gebruik van mijn gegevens voor direct marketing.",
])
def test_the_data_protection_objection_in_the_six_languages_is_certain(text):
    wish = do_not_contact(text, 0, text)
    assert wish is not None and wish.certain


@pytest.mark.parametrize("text", [
    "Wir wollen nichts mehr von Ihnen hören.",
    "Mir brauchan nix und wolln a nix mehr hören von euch.",  # Bavarian
    "No queremos saber nada más de ustedes.",
    "Non vogliamo più sentirvi.",
    "Wij willen niets meer van jullie horen.",
])
def test_not_wanting_to_hear_from_the_rep_again_in_the_six_languages_is_certain(text):
    wish = do_not_contact(text, 0, text)
    assert wish is not None and wish.certain


@pytest.mark.parametrize("text", [
    "Ich widerspreche der Nutzung unseres Logos in Ihrer Referenzliste.",  # no data, no marketing
    "Ich will nichts mehr davon hören.",  # the topic, not the rep
    "Wir wollen bis Juni nichts mehr von Ihnen hören.",  # a wait
])
def test_look_alikes_of_the_objection_and_of_hearing_no_more_are_not_certain(text):
    wish = do_not_contact(text, 0, text)
    assert wish is None or not wish.certain


@pytest.mark.parametrize("text", [
    "Não liguem mais para este número, por favor.",
    "N'appelez plus ce numéro.",
    "No llamen más a este número.",
    "Rufen Sie diese Nummer nicht mehr an.",
    "Bel dit nummer niet meer.",
])
def test_the_writers_number_refused_in_the_six_languages_is_certain(text):
    wish = do_not_contact(text, 0, text)
    assert wish is not None and wish.certain


def test_a_number_refused_with_the_writer_reachable_elsewhere_is_not_certain():
    text = "Rufen Sie diese Nummer nicht mehr an, ich bin jetzt unter 0171 555 0100 erreichbar."
    wish = do_not_contact(text, 0, text)
    assert wish is None or not wish.certain


@pytest.mark.parametrize("text", [
    "We therefore request that your office refrains from contacting me about sponsorship.",  # the office as subject
    "Do not send me any more radio ad offers.",  # what is sent named by a word or two before the noun
    "Please don't send us any more magazine offers.",
])
def test_a_refusal_with_the_sender_or_the_offer_named_is_certain(text):
    wish = do_not_contact(text, 0, text)
    assert wish is not None and wish.certain


def test_stop_to_call_me_said_the_non_native_way_is_read():
    text = "Stop to call me, I bought elsewhere."
    assert do_not_contact(text, 0, text) is not None


def test_stopping_to_call_someone_else_is_no_opt_out():
    text = "I will stop to call the bank on the way."
    assert do_not_contact(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Please no more phone calls to my office number.",
    "Pls delete my number.",
    "Je vous prie de ne plus m'appeler sur mon numéro professionnel pour vos offres.",
    "Ich bitte Sie, mich nicht mehr anzurufen.",
    "Ich will keine Mails mehr von euch zu den Werbeflächen.",
    "Te lo pido por favor: no me mandes más nada, ni mails ni WhatsApp.",
])
def test_a_plain_refusal_of_the_writers_line_or_mail_is_read(text):
    assert do_not_contact(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "Please delete my number from the group chat.",  # a chat's member list, not the rep's records
    "No me llames más tarde de las seis.",  # "not later than six": a time, not a stop
])
def test_look_alikes_of_a_refused_line_are_no_opt_out(text):
    assert do_not_contact(text, 0, text) is None


def test_an_article_invoked_is_quoted_with_the_clause_around_it():
    text = "Gemäß Art. 21 DSGVO widerspreche ich hiermit der Verwendung meiner Daten zu Werbezwecken."
    wish = do_not_contact(text, 0, text)
    assert wish is not None and wish.quote == text


@pytest.mark.parametrize("text", [
    "Please don't send any more invites or sales emails my way, I won't be taking these meetings.",
    "I kindly request that my details be erased and that I receive no further communication from you.",
    "Kindly don't contact me on this matter going forward.",
    "I would like that nobody from the club sales team writes or calls me anymore.",
])
def test_formal_and_non_native_refusals_with_their_own_end_are_read(text):
    assert do_not_contact(text, 0, text) is not None


@pytest.mark.parametrize("text", [
    "I received no further communication from you after the quote.",  # a report, not a request
    "Please don't send any more samples my way, we have enough.",  # goods, not mail
    "Don't call me going forward before ten, I'm on site.",  # a time of day follows: read elsewhere, not an opt-out
])
def test_look_alikes_of_the_formal_refusals_are_no_opt_out(text):
    assert do_not_contact(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "pls dont call my mobile anymore for the fiber plan offer.",
    "Kindly delete my number and email from your records.",
])
def test_the_writers_own_line_refused_or_erased_is_read(text):
    assert do_not_contact(text, 0, text) is not None


def test_a_french_infinitive_refusal_of_the_writers_number_is_certain():
    # (the rules read "ne plus m'appeler" as they read "n'appelez plus ce numéro"; "ne plus me déranger" stays asked)
    text = "Je vous saurais gré de ne plus m'appeler sur ce numéro."
    assert do_not_contact(text, 0, text) is not None


def test_an_article_invoked_is_quoted_without_the_salutation_above_it():
    text = "Sehr geehrte Damen und Herren,\nhiermit widerspreche ich gemäß Art. 21 DSGVO der Nutzung meiner Daten."
    assert do_not_contact(text, 0, text).quote == "hiermit widerspreche ich gemäß Art. 21 DSGVO der Nutzung meiner Daten."


def test_ya_no_me_marquen_is_certain_and_how_often_is_not():
    text = "Ya no me marquen por favor, ya contratamos otro despacho y no nos interesa."
    wish = do_not_contact(text, 0, text)
    assert wish is not None and wish.certain
    text = "Ya no me llamen tanto, por favor."  # how often, not whether
    wish = do_not_contact(text, 0, text)
    assert wish is None or not wish.certain


def test_please_no_more_sms_is_certain_but_sms_credits_are_not_a_refusal():
    text = "Please no more SMS from your company to this number."
    wish = do_not_contact(text, 0, text)
    assert wish is not None and wish.certain
    text = "We need no more SMS credits this month."
    assert do_not_contact(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Ya no me contacten hasta enero.",
    "Bitte kontaktieren Sie mich nicht mehr bis Januar.",
    "Merci de ne plus me contacter avant janvier.",
])
def test_a_refusal_abroad_with_its_end_is_a_wait_never_a_certain_opt_out(text):
    """'ya no me contacten hasta enero' asks to wait until January: asked about at most, never a certain opt-out."""
    wish = do_not_contact(text, 0, text)
    assert wish is None or not wish.certain


@pytest.mark.parametrize("text", ["Ya no me contacten, por favor.", "Bitte kontaktieren Sie mich nicht mehr."])
def test_a_refusal_abroad_without_an_end_stays_certain(text):
    assert do_not_contact(text, 0, text).certain


def test_a_far_language_refusal_quotes_its_sentence():
    """The rep reads the whole sentence, not only the matched fragment ("ta bort mina")."""
    text = "Vänligen ta bort mina uppgifter ur ert register."
    assert do_not_contact(text, 0, text).quote == text


def test_para_for_is_no_halt():
    text = "Obrigado, preciso de um tempo para decidir."
    assert do_not_contact(text, 0, text) is None


@pytest.mark.parametrize("text", ["Nun me chiammate cchiù pe' 'sta sponsorizzazione.", "Nun ce scrivete cchiù.",
                                  "Non mi chiamate più, grazie."])
def test_an_italian_no_more_in_dialect_spelling_is_certain(text):
    assert do_not_contact(text, 0, text).certain


def test_an_italian_no_later_than_is_no_certain_opt_out():
    text = "Non mi chiamate più tardi di mezzogiorno."
    wish = do_not_contact(text, 0, text)
    assert wish is None or not wish.certain


@pytest.mark.parametrize("text", ["Stop calling me, my husband asked you already.",
                                  "Please stop emailing us, our director asked you last week."])
def test_the_writers_own_refusal_with_someone_elses_request_as_its_reason_is_certain(text):
    wish = do_not_contact(text, 0, text)
    assert wish is not None and wish.certain


@pytest.mark.parametrize("text", ["My husband asked you to stop calling him.", "She'd asked you to stop contacting her.",
                                  "Stop emailing my husband, he asked you already."])
def test_someone_elses_request_for_themselves_is_no_certain_opt_out(text):
    wish = do_not_contact(text, 0, text)
    assert wish is None or not wish.certain


@pytest.mark.parametrize("text", [
    "Please take the shop and both of us off your calls and mailouts.",
    "Kindly remove me and the front office from your newsletters and calls.",
])
def test_the_writer_taken_off_what_the_rep_sends_beside_others_is_certain(text):
    found = do_not_contact(text, 0, text)
    assert found is not None and found.certain


@pytest.mark.parametrize("text", [
    "One more thing: please remove my name from the certificate list, I only translated.",
    "Take me off the attendee list for Thursday, I can't make it.",
    "Could you take us off the exhibitor list, we're not going this time?",
])
def test_taken_off_a_list_kept_for_something_else_is_no_opt_out(text):
    assert do_not_contact(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Please take me off the sales contact list.",
    "Remove us from the marketing list, thanks.",
    "take me off your mailing list",
])
def test_taken_off_a_list_for_mail_is_still_an_opt_out(text):
    found = do_not_contact(text, 0, text)
    assert found is not None and found.certain


@pytest.mark.parametrize("text", [
    # a wish never to hear from the rep's side again, said as a preference
    "I'd appreciate never hearing from your marketing team again.",
    "We would prefer to never hear from your company again.",
    # the writer's address named as where the mail is to stop going
    "Please stop sending them to this address, nobody reads them.",
    "Kindly stop sending them to my inbox.",
    # a halt of the mail joined to a removal asked before it
    "Take our office off your phone list and stop the emails to me as well.",
    "Remove the clinic from your database and also stop the calls to us.",
])
def test_a_wish_never_to_hear_again_and_a_halt_joined_to_a_removal_are_certain(text):
    wish = do_not_contact(text, 0, text)
    assert wish is not None and wish.certain


@pytest.mark.parametrize("text", [
    "I'd appreciate hearing from your sales team again in May.",  # no "never": contact wanted
    "Can you stop sending, we have enough stock.",  # goods, no address named
    "We took the old printer off the network and stopped the emails from the scanner.",  # a report, no request
])
def test_look_alikes_of_never_hearing_and_a_joined_halt_are_no_certain_opt_out(text):
    wish = do_not_contact(text, 0, text)
    assert wish is None or not wish.certain


@pytest.mark.parametrize("text", [
    "Your newsletters clutter my inbox. Please don't send any more of them to me.",
    "I never open these messages, so do not send any more of those to us.",
])
def test_more_of_them_refused_after_the_mail_named_is_certain(text):
    wish = do_not_contact(text, 0, text)
    assert wish is not None and wish.certain


@pytest.mark.parametrize("text", [
    "The brochures arrived damaged. Please don't send any more of them to me.",  # "them" is goods, not mail
    "Loved the catalogues. Don't send any more of them to us until the spring range is out.",  # a wait
])
def test_more_of_them_about_goods_or_with_an_end_is_no_certain_opt_out(text):
    wish = do_not_contact(text, 0, text)
    assert wish is None or not wish.certain


@pytest.mark.parametrize("text", [
    "Vi chiedo gentilmente di non cercarmi più.",
    "Non ci cercate più, per favore.",
    "Please take our numbers and my email address out of whatever database you use.",
])
def test_not_looked_up_again_and_details_out_of_any_system_are_certain(text):
    wish = do_not_contact(text, 0, text)
    assert wish is not None and wish.certain


def test_no_longer_looking_for_staff_is_no_opt_out():
    text = "Non cerchiamo più personale per la mensa."
    assert do_not_contact(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Hiermit widerrufen wir alle Einwilligungen zur Nutzung unserer Kontaktdaten.",
    "Wir legen Widerspruch gegen jede Verarbeitung unserer Daten zu Werbezwecken ein.",
])
def test_consents_withdrawn_in_the_plural_and_an_objection_lodged(text):
    w = do_not_contact(text, 0, text)
    assert w is not None and w.certain


def test_an_objection_to_something_else_is_no_opt_out():
    text = "Wir legen Widerspruch gegen den Bescheid ein."
    assert do_not_contact(text, 0, text) is None


@pytest.mark.parametrize("text", [
    "Please make sure that nobody from your side contacts me or my colleagues in the Leeds depot anymore.",
    "Please make sure nobody from your company calls us at the Rotterdam office again.",
])
def test_nobody_from_your_side_with_the_place_named_is_certain(text):
    from datetime import datetime

    from followup.text.wishes import detect_wishes

    found = detect_wishes(text, datetime(2035, 3, 15, 9, 0), "Europe/Warsaw")
    assert [(w.kind, w.certain) for w in found] == [("do_not_contact", True)]


def test_nobody_contacting_me_in_future_is_still_read():
    text = "Make sure nobody from your team contacts me in future."
    assert do_not_contact(text, 0, text) is not None

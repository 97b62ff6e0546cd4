"""Polite and formal opt-outs without a stop word (followup/text/wish_optout_polite.py), read for certain through
wish_optout's table, and the look-alikes of each class they must leave alone."""
import pytest

from followup.text.wish_optout import do_not_contact


def _certain(text: str) -> bool:
    """Whether the opt-out rules read the sentence as an opt-out for certain."""
    found = do_not_contact(text, 0, text)
    return found is not None and found.certain


@pytest.mark.parametrize("text", [
    "I would respectfully request that you no longer contact us regarding any of your services.",
    "We ask that your sales team no longer email us.",
    "I must ask that you no longer include me in your mailings.",
])
def test_a_request_that_the_rep_no_longer_writes_is_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "I'd be grateful if you didn't call me again.",
    "We'd appreciate it if you no longer emailed us in future.",
    "It would be far better if you didn't write to me any more.",
])
def test_a_polite_if_you_did_not_is_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "I would like this to be the last email I receive from your company.",
    "We ask that this be the last message we get from you.",
])
def test_a_last_message_asked_for_is_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "Please do not email me about this or any other offer.",
    "Kindly don't contact us henceforth.",
    "pls dont email me at this address again",
    "Please don't follow up with us again.",
])
def test_a_refusal_of_any_matter_or_from_now_on_is_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "Please not email me anymore, I have no interest.",
    "please stop to send messages to me",
    "pls no more emails or calls from your office",
    "We request no further marketing from your company.",
    "Please honour this opt-out.",
    "I hereby opt out of all future marketing emails.",
    "We formally request the erasure of all personal data relating to me.",
    "Please record my objection to the processing of my personal data.",
])
def test_non_native_informal_and_data_protection_refusals_are_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "I'd rather not hear from your firm again.",
    "Could you take us off, please.",
    "Please remove us from your outreach sequence.",
    "I'd prefer to be left off all future mailings.",
    "Please do not send me any more messages.",
    "I do not want to receive any further calls.",
    "Our practice does not wish to receive any further sales correspondence.",
    "It would help if no further e-mails were sent to this address.",
    "Once more: no further contact, please.",
])
def test_the_wider_english_classes_are_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "Ich bitte Sie, von jeglicher weiteren Kontaktaufnahme abzusehen.",
    "Bitte sehen Sie von weiteren Anrufen ab.",
    "Wir bitten Sie, uns nicht mehr anzuschreiben.",
    "Ich widerspreche der Verarbeitung meiner Daten zu Werbezwecken.",
    "Merci de ne plus nous adresser vos offres.",
    "Je ne souhaite plus être sollicité.",
    "Por favor, dejen de escribirnos.",
    "No deseamos seguir recibiendo sus ofertas.",
    "Vi chiedo di non inviarci più email.",
    "Non desidero più ricevere comunicazioni commerciali.",
    "Peço que não nos voltem a contactar.",
    "Não pretendo ser contactada novamente.",
    "Ik wil niet meer benaderd worden.",
    "Wilt u mij niet langer bellen?",
])
def test_the_classes_in_the_six_other_languages_are_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "Please do not contact me before the board meets on the 3rd.",  # a wait
    "I'd be grateful if you didn't call me again until January.",
    "Ich bitte Sie, von weiteren Anrufen bis Ende Monat abzusehen.",  # bis: a wait, in German
    "Merci de ne plus m'envoyer de messages d'ici là.",
    "Por favor, dejen de escribirme hasta el lunes.",
    "Ik wil niet meer benaderd worden tot maandag.",
])
def test_a_refusal_with_an_end_in_time_is_not_a_certain_opt_out(text):
    assert not _certain(text)


@pytest.mark.parametrize("text", [
    "I'd rather not hear from you on weekends.",  # a time of day, not a refusal
    "We don't want any more of these pallets.",  # goods
    "Please leave me off the CC on the invoice thread.",  # a copy line
    "I have no objection to the processing of my personal data.",
    "Users can request the erasure of personal data at any time.",  # a policy, not a request
    "Dr Lind does not wish to receive further correspondence.",  # someone else's: asked, never certain
    "Dejen de enviarme el pedido 55 hasta nuevo aviso.",  # goods, and a wait
    "Merci de ne plus m'envoyer les factures papier.",  # a document, not mail
    "Non inviarmi più campioni, ne abbiamo abbastanza.",  # samples
    "Take me off speaker, please.",
])
def test_look_alikes_of_the_polite_classes_are_no_certain_opt_out(text):
    assert not _certain(text)


@pytest.mark.parametrize("text", [
    "Please don't write to us here again.",
    "Honestly, don't bother calling me at all.",
    "We'd appreciate not receiving these again.",
    "I would like to be struck off your mailing list.",
    "Please take us off your mailing.",
    "Kindly remove me from all follow-up sequences.",
    "Please do not approach anyone at this company about it again.",
    "None of us wishes to receive further marketing emails.",
    "Please leave us out of any future mailings.",
    "Please stop sending newsletters to this address.",
    "Final answer - no more calls, thanks.",
])
def test_the_mailbox_the_business_and_said_again_are_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "Don't call me at all on Monday, I'm in surgery.",  # one day
    "Please remove me from your distribution of the meeting minutes.",  # a document's copy list
    "Don't contact anyone at the warehouse again before you speak to me.",  # a wait, and not this business
    "Please stop sending invoices to this address.",  # bills, not sales mail
])
def test_look_alikes_of_the_mailbox_and_business_classes_are_no_certain_opt_out(text):
    assert not _certain(text)


@pytest.mark.parametrize("text", [
    "Please make sure we are not called again by your office.",
    "I request you to kindly not email us any more.",
    "Please do not send us any brochures again.",
    "We are not wanting your sales calls any more.",
    "I don't want no more emails from you lot.",
    "Could you take my email address off your marketing campaigns?",
    "I'd be glad if neither you nor anyone else from your agency contacted me again.",
    "Bitte streicht uns aus eurem Verteiler.",
    "Ik verzoek u mij en mijn collega's niet langer te mailen.",
    "Por favor, ya no nos envíen ofertas.",
])
def test_ensured_requested_unwanted_and_informal_refusals_are_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "Please make sure I'm not called again before the survey is done.",  # a wait
    "Please do not send me any information again until the new price list is out.",
    "I don't want the invoice emails any more, they go to accounts now.",  # bills, not sales mail
    "Take my address off the delivery note, please.",  # a document
])
def test_look_alikes_of_the_ensured_and_unwanted_classes_are_no_certain_opt_out(text):
    assert not _certain(text)


@pytest.mark.parametrize("text", [
    "Not for us, and no more calls please.",
    "We'd ask you not to email us here again.",
    "Requesting you to not send any more messages to this id.",
    "Please take us off your follow-ups.",
    "We'd be grateful if you didn't call us about it going forward.",
    "I'd be obliged if your sales team stopped calling me.",
])
def test_the_last_polite_and_non_native_wordings_are_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "Thanks, and no more calls please until the audit is done.",  # a wait
    "We'd be grateful if you didn't call us about it before Friday.",
    "I'd be obliged if your team stopped calling the front desk and rang me directly.",  # one line, another given
])
def test_look_alikes_of_the_last_wordings_are_no_certain_opt_out(text):
    assert not _certain(text)


@pytest.mark.parametrize("text", [
    "Le ruego que ni usted ni sus colegas me vuelvan a escribir.",
    "Peço que nem o senhor nem a sua equipa me voltem a contactar.",
])
def test_neither_you_nor_your_company_contacting_again_is_certain(text):
    assert _certain(text)


def test_neither_nor_with_an_end_in_time_is_no_certain_opt_out():
    assert not _certain("Le pido que ni usted ni nadie de su empresa me vuelva a llamar hasta junio.")


@pytest.mark.parametrize("text", [
    "Le pido que ni usted ni otros asesores vuelvan a comunicarse conmigo por ningún medio.",  # the writer after the verb
    "Solicito que no vuelvan a comunicarse conmigo.",
])
def test_not_getting_in_touch_with_the_writer_again_in_spanish_is_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "Please don't write to this address about your shelving or anything else again.",  # the topic widened to all
    "I'd rather not hear from Brightline again, about this or anything else.",
    "I'd rather not hear from you again.",
    "After this experience I do not want that your company contacts me again for any event.",  # the non-native "want that"
    "I object to any further processing of my personal data for marketing purposes.",  # the right to object in words
])
def test_not_to_be_contacted_again_is_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "I'd rather not hear from Tom again, he was rude; please send someone else.",  # one person, not the company
    "I do not want that your company contacts me again about the invoice.",  # one topic
    "I'd rather not hear from you again until after the holidays.",  # a wait
])
def test_again_look_alikes_are_not_certain(text):
    assert not _certain(text)


@pytest.mark.parametrize("text", [
    "Please delete this contact and stop writing to it.",
    "Please delete this contact from your records and do not send anything further here.",
    "Please do not send anything further to this address.",
])
def test_the_address_refused_as_it_is_deleted_is_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "Please don't send anything further to this address until the PO is out.",  # a wait
    "There's no need to send anything further.",  # nothing refused
    "Please do not send anything further to the address on the invoice, use billing@example.com.",  # a swap
])
def test_address_look_alikes_are_not_certain(text):
    assert not _certain(text)


@pytest.mark.parametrize("text", [
    "Please exclude me from any future sales emails, calls or mailers.",
    "dat ik niet langer door uw bedrijf benaderd wil worden.",  # Dutch, the verb last in its clause
])
def test_an_exclusion_from_mail_and_a_dutch_clause_are_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "Could you exclude us from all calls about the Leeds project going forward?",  # a meeting
    "Ik heb besloten dat ik niet meer benaderd wil worden tot maart.",  # a wait
])
def test_an_exclusion_from_meetings_or_a_dutch_wait_is_no_certain_opt_out(text):
    assert not _certain(text)


@pytest.mark.parametrize("text", [
    "Do us a favour and pull my name off your list, yeah?",
    "Could you take me off the landscaping updates list?",
    "Could you take my name off the sales contact list altogether?",
    "Would ye ever take me off yer list, I've no interest whatsoever.",
    "Take me off that list completely please.",
])
def test_off_a_list_of_the_reps_in_the_customers_words_is_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "Please take me off the waiting list.",
    "Remove us from your approved supplier list.",
    "Can you take me off the cc list?",
    "Take me off the list until March please.",
    "Please don't take me off the list.",
])
def test_a_list_for_something_else_or_a_wait_is_no_certain_opt_out(text):
    assert not _certain(text)


@pytest.mark.parametrize("text", [
    "Do not call me and do not send more offers.",
    "Do not call me and do not write me about your kitchen knives again.",
    "Take my name off whatever you've got and please don't call or write again.",
])
def test_two_ways_refused_in_one_breath_are_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "Don't call me and don't email me today, I'm off sick.",
    "Don't call me and don't email me until Monday.",
    "Please don't call me and don't send more brochures before the fair.",
    "Don't call me or text me after 6pm.",
])
def test_two_ways_refused_for_a_while_are_no_certain_opt_out(text):
    assert not _certain(text)


@pytest.mark.parametrize("text", [
    "I'd be grateful if this could be the last I hear from you, about this or anything else.",
    "Please let this be the last time we hear from your firm.",
    "We would prefer that this was the last we heard from you.",
])
def test_a_last_contact_asked_for_without_its_noun_is_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "The last I heard from you was in May, when you sent the brochure.",
    "I hope this won't be the last I hear from you about the new range.",
    "This is the last email I will send before the audit.",
])
def test_the_last_contact_reported_or_hoped_against_is_no_opt_out(text):
    assert not _certain(text)


@pytest.mark.parametrize("text", [
    "Os pido que ni tú ni tus compañeros me volváis a escribir.",  # "vosotros": the stem volv-, not vuelv-
    "No queremos que nos volváis a llamar, gracias.",
])
def test_neither_you_nor_yours_addressed_as_vosotros_is_certain(text):
    assert _certain(text)


def test_vosotros_refusal_with_an_end_in_time_is_no_certain_opt_out():
    assert not _certain("Ni tú ni nadie de la empresa me volváis a llamar hasta septiembre.")


@pytest.mark.parametrize("text", [
    "We object, under Article 21 of the UK GDPR, to the use of our data for direct marketing.",
    "Please ensure your company makes no further marketing approach to our surgery.",
])
def test_a_national_gdpr_article_and_no_further_approach_are_certain(text):
    assert _certain(text)


def test_no_further_approach_made_by_us_is_no_opt_out():
    assert not _certain("Our team made no further contact with the buyer after May.")


@pytest.mark.parametrize("text", [
    "I respectfully request that your company does not contact me or any of my team again.",
    "We ask that your office not call us any more.",
])
def test_a_request_that_the_rep_does_not_contact_again_is_certain(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "I request that your office does not call me again before the site meeting.",  # a wait
    "We ask that your team does not call us again about the late delivery.",  # a topic, asked about at most
])
def test_a_request_with_a_topic_or_end_is_not_a_certain_opt_out_by_this_rule(text):
    assert not _certain(text)


@pytest.mark.parametrize("text", [
    "We've gone with another haulier, so please make sure none of your reps are in touch with us again.",
    "Kindly ensure that nobody from your sales team is in touch with me any more.",
])
def test_none_of_your_people_in_touch_again_is_an_opt_out(text):
    assert _certain(text)


@pytest.mark.parametrize("text", [
    "Nobody from your firm is in touch with me any more, which is a shame.",
    "Make sure someone from your team is in touch with us again next week.",
])
def test_in_touch_said_without_a_refusal_asked_is_none(text):
    assert not _certain(text)

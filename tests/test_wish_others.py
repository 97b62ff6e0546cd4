"""Possible opt-outs that are not the customer's own (followup/text/wish_others.py), and opt-outs that stay asked."""
from datetime import datetime

import pytest

from followup.text.wish_others import not_a_wait, not_the_customers
from followup.text.wishes import detect_wishes

TUE = datetime(2026, 11, 10, 15, 0)


def opt_outs(text: str) -> list:
    """The opt-outs read in text, certain or possible."""
    return [w for w in detect_wishes(text, TUE, "America/Chicago") if w.kind == "do_not_contact"]


@pytest.mark.parametrize("text", [
    # other people or lines refused, the customer reached another way
    "Please don't contact our engineers directly about the rollout. Route everything through me.",
    "Please don't call the switchboard, they won't put you through. My direct line is 555-0101.",
    "Don't ring the main line - use my mobile instead, 07700 900111.",
    # an old or shared address unsubscribed while mail to the customer goes on
    "Please unsubscribe our old info@ address from your mailings and use this one from now on.",
    "Could you remove the shared support mailbox from the newsletter? My own address is fine, keep sending to me.",
    # someone else's words retold
    'One of our clients wrote to us "please stop emailing me" and we need a way to record that in your tool.',
    "One of our subscribers asked us to stop sending them the digest. Can you drop them from the list?",
    # a product's opt-out features, data paperwork, a thing stopped
    "Our members can now opt out of reminder texts in the app, so please mention that in the release notes.",
    "Our data protection officer needs your data processing agreement before we can sign.",
    "Could you stop the direct debit on the old account and set up the new one?",
    "Could you stop sending the statements to my old address? The new one is 12 Elm Road.",
    "Our DPO needs your data processing agreement and list of sub-processors. Under GDPR we need this on file.",
    "Our policy is that vendors do not contact individual engineers directly. Please route everything through me.",
    "Please unsubscribe the shared ops@ mailbox from your alerts. Everything else is still on as planned.",
    # an earlier wish taken back with a go-ahead, or mail welcome again in so many words
    "Sorry for my earlier message asking you to stop contacting me - please go ahead and send the contract.",
    "Last year I asked your colleague to stop contacting us. Things have changed, so I'm happy to hear from you again.",
    "Please remove the old contact, Jeremy Banks, from your records; he left in October. I'm your contact now.",
])
def test_opt_outs_that_are_not_the_customers_are_not_asked(text):
    assert opt_outs(text) == []


@pytest.mark.parametrize("text", [
    "Please don't contact our office again, we are not interested.",  # the customer's own business refused: no redirect
    "This address is a shared inbox. Please remove it from your system and do not write to it again.",
    "Please take me off this thread and off your contact list.",
    "I asked before: please stop emailing me. One of our clients wrote to you too.",  # the customer's own words first
])
def test_the_customers_own_opt_outs_are_still_read(text):
    assert opt_outs(text)


def test_a_refusal_of_other_people_without_another_route_is_not_dropped_here():
    assert not not_the_customers("Please don't contact our tenants about this.", "Please don't contact our tenants "
                                 "about this.")


@pytest.mark.parametrize("new, points", [
    ("One of our members wrote in, see below. How do I mark him as opted out?", False),
    ("FYI, see below from the supplier we asked for a quote.", False),
    ("See below. I meant what I wrote last time.", True),  # the customer's own quoted opt-out, said again
])
def test_see_below_points_at_an_own_opt_out_only(new, points):
    text = new + "\n\n> Please stop emailing me."
    assert bool(opt_outs(text)) is points


@pytest.mark.parametrize("text", [
    "For the site visit just give us a few days notice so we can sort the boat.",  # notice, not a wait
    "Laat het wel een paar dagen van tevoren weten.",
    "Bitte geben Sie mir bis Freitag Bescheid, wann die Ersatzetiketten kommen.",  # a deadline for the rep's answer
    "I'm keen to talk, so give me a ring any time this week.",  # something given that is no time
    "Could you give me a quote for 50,000 messages a month?",
    "No need to give us more time to think.",
    "Can we set up a call next week?",
    "Nadia is on leave until the 23rd, so I'll be your contact until then.",  # a colleague away, the customer here
    "Min kollega Lars är på semester den här veckan, skicka offerten till mig istället.",
    "Kom gerust even langs op kantoor volgende week, dan laten we de nieuwe sorteerlijn zien.",  # a visit offered
    "Please hold the shipment until the 5th: our new racking won't be finished until then.",  # goods held
    "Por favor enviem a encomenda de farinha antes disso, idealmente na semana de 14/12.",  # goods sent
    "We're rolling it out to 40 people next week.",
])
def test_time_that_asks_the_rep_for_no_wait_is_no_possible_quiet_period(text):
    assert not [w for w in detect_wishes(text, TUE, "America/Chicago") if w.kind == "quiet"]


@pytest.mark.parametrize("text", [
    "Give me two weeks to think, thanks in advance.",  # "in advance" without a telling asked for
    "Geben Sie mir bitte in zwei Wochen Bescheid.",  # told in two weeks: a wait
    "Hej, jag behöver ett par veckor att fundera.",
])
def test_a_wait_beside_look_alike_words_is_still_read(text):
    assert [w for w in detect_wishes(text, TUE, "America/Chicago") if w.kind == "quiet"]


def test_a_pause_taken_back_with_a_go_ahead_is_not_asked():
    text = ("Scrap what I said on the phone last week about giving me a few weeks. The board approved the budget, "
            "so we're ready to move now.")
    assert not [w for w in detect_wishes(text, TUE, "America/Chicago") if w.kind in ("paused", "quiet")]


@pytest.mark.parametrize("text", [
    "Marco is off sick until Monday, so send the order form straight to me. No need to wait for him.",
    "Frau Keller ist bis zum 30. im Urlaub. Sie müssen nicht auf sie warten, schicken Sie mir den Vertrag.",
    "Paul est en congés jusqu'au 20. Pas besoin d'attendre son retour, envoyez-moi le devis.",
    "Lucía está de vacaciones hasta el lunes. No hace falta esperar, mándame el contrato a mí.",
    "Giulia è in ferie fino al 25. Non serve aspettare, mandate pure l'ordine a me.",
    "A Ana está de férias até dia 27. Não precisa esperar, mande o contrato para mim.",
    "Sanne is tot de 30e met verlof. Je hoeft niet op haar te wachten, stuur het contract maar naar mij.",
])
def test_a_wait_waived_for_an_absent_colleague_is_no_wait_or_pause(text):
    """'No need to wait for her' was read as a certain week's quiet on blind batch 57."""
    from datetime import datetime

    from followup.text.wishes import detect_wishes
    wishes = detect_wishes(text, datetime(2026, 11, 10, 15), "America/Chicago")
    assert not [w for w in wishes if w.kind in ("quiet", "paused")]


@pytest.mark.parametrize("text", [
    # a colleague's out-of-office retold, the customer standing in
    "Hi Liam, I got Marta's out-of-office - she's off until the 4th - so I'll handle the signing on our side.",
    # the office open until a day, with a visit offered: the wait would start after it
    "Stop by the office for a mince pie and we can sign the paperwork in person. We're in till the 23rd.",
    "Kommen Sie gern vorbei, wir sind noch bis zum 23. Dezember im Büro.",
    "Passez nous voir, nous sommes encore au bureau jusqu'au 23.",
    "Pase por aquí cuando quiera, estamos en la oficina hasta el 23.",
    # a quiet time offered for the rep's work
    "We'll be quiet over Christmas so it's a good time to do the system migration.",
    "Über Weihnachten ist es ruhig, das ist ein guter Zeitpunkt für die Umstellung.",
    "Entre Noël et le nouvel an c'est le bon moment pour la migration.",
    "En agosto hay poco movimiento, es un buen momento para la migración.",
    "Ad agosto è tutto fermo, è il momento ideale per la migrazione.",
    "Em agosto está tudo parado, é o momento ideal para a migração.",
    "In augustus is het rustig, dat is een goed moment om te migreren.",
    # the rep's deliverable not needed before a day
    "End of next week is completely fine for us, we don't need it before then.",
    "Wir brauchen es erst Ende nächster Woche.",
    "No lo necesitamos antes del viernes 15.",
    # someone taken off a distribution list
    "Bitte nehmen Sie Frau Huber ab sofort aus dem Verteiler für die monatlichen Schadenmeldungen, sie hat per Ende "
    "Jahr die Firma verlassen.",
    "Please take Tom off the distribution list for the monthly reports, he left at the end of the year.",
])
def test_time_that_is_someone_elses_or_the_work_s_is_no_possible_quiet_period(text):
    """Look-alikes of blind batches 59 and 60, each a class in the languages the rules read."""
    assert not [w for w in detect_wishes(text, TUE, "America/Chicago") if w.kind == "quiet"]


def test_a_day_in_a_message_moving_goods_is_the_goods():
    text = ("Hi Paolo, could you push the delivery of the banners and the stage backdrop back a week? The venue won't "
            "let us in until the 21st. Everything else stays the same.")
    assert not [w for w in detect_wishes(text, TUE, "America/Chicago") if w.kind == "quiet"]


@pytest.mark.parametrize("text", [
    "I'm off until the 4th, so please hold everything until I'm back.",  # the customer's own absence
    "Our office is closed until the 4th, please write again after that.",  # closed, not open, until a day
    "Please push the delivery back a week. Our office is closed until the 4th, please write again after that.",
    "Please push the delivery back a week, and don't contact me until the 21st.",  # a wait asked beside goods moved
])
def test_a_wait_beside_the_new_look_alikes_is_still_read(text):
    assert [w for w in detect_wishes(text, TUE, "America/Chicago") if w.kind == "quiet"]


@pytest.mark.parametrize("sentence", [
    "It's not a good time to talk until after the 15th.",  # no good time: a wait
    "Das ist kein guter Zeitpunkt, melden Sie sich nach dem 15.",
    "We're not in till the 23rd.",
])
def test_a_time_refused_is_still_a_wait(sentence):
    from followup.text.wish_others import not_a_wait
    assert not not_a_wait(sentence, sentence)


def test_a_head_of_the_business_away_with_the_writer_standing_in_is_no_possible_quiet_period():
    text = ("O nosso diretor está de férias até dia 20, mas pode mandar a proposta para mim que eu já encaminho para o "
            "jurídico.")
    assert not [w for w in detect_wishes(text, TUE, "America/Chicago") if w.kind == "quiet"]


@pytest.mark.parametrize("sentence", [
    "Nuestro director está de vacaciones hasta el 20, pero puede enviar la propuesta a mí.",
    "Notre directeur est en vacances jusqu'au 20, mais vous pouvez envoyer le devis à moi.",
    "Il direttore è in ferie fino al 20, ma può mandare l'offerta a me.",
    "Onze directeur is op vakantie tot de 20e, stuur de offerte maar naar mij.",
    "Our director is away until the 20th, but send the proposal to me in the meantime.",
])
def test_someone_away_with_the_mail_sent_to_the_writer_is_no_wait(sentence):
    from followup.text.wish_others import not_a_wait
    assert not_a_wait(sentence, sentence)


def test_the_writer_away_is_still_a_wait():
    from followup.text.wish_others import not_a_wait
    sentence = "I'm on holiday until the 20th, please send the proposal to me after that."
    assert not not_a_wait(sentence, sentence)


def test_a_good_time_to_talk_is_still_a_wait():
    """'after Easter would be a good time to talk again' names when to write: only a good time for the work is none."""
    assert not not_a_wait("After Easter would be a good time to talk again")
    assert not_a_wait("We'll be quiet over Christmas, so it's a good time to do the migration")


@pytest.mark.parametrize("sentence", [
    "Over the holidays we're open 9-1, closed on the 25th and 26th.",
    "We're closed till the 23rd, so the order will go out on the 24th.",
])
def test_the_business_s_own_opening_days_told_ask_for_no_wait(sentence):
    assert not_a_wait(sentence, sentence)


@pytest.mark.parametrize("sentence", [
    "We're closed till the 23rd, nothing before then please.",
    "We're closed for stocktake until the 5th, so hold off till then.",
])
def test_a_closure_that_asks_for_no_mail_is_still_a_wait(sentence):
    assert not not_a_wait(sentence, sentence)


@pytest.mark.parametrize("text", [
    "Please send me your final quote this week so we can give notice on time.",
    "Envíeme la propuesta definitiva esta semana, por favor.",
])
def test_the_offer_asked_for_by_a_day_is_no_wait(text):
    assert not_a_wait(text)


def test_the_offer_asked_for_after_a_day_is_still_read():
    assert not not_a_wait("Send me the quote after the 20th, I'm away until then.")


@pytest.mark.parametrize("text", [
    "Bitte verschieben Sie die Lieferung der Sofas um zwei Wochen.",
    "Could you postpone the delivery by a week?",
    "Pouvez-vous décaler la livraison à lundi ?",
    "¿Podemos aplazar la entrega al viernes?",
    "Potete rinviare la consegna di una settimana?",
    "Podem adiar a entrega para segunda?",
    "Kunt u de levering verplaatsen naar maandag?",
])
def test_a_delivery_or_visit_moved_is_no_halt(text):
    from followup.text.wish_others import moved_not_stopped
    assert moved_not_stopped(text)


def test_a_halt_of_mail_is_not_a_move():
    from followup.text.wish_others import moved_not_stopped
    assert not moved_not_stopped("Please stop sending me your offers.")


@pytest.mark.parametrize("text", [
    "My husband is at his brother's in Durban until the end of the month, so it will be just me and the children.",
    "Mein Mann ist bis Ende des Monats bei seinem Bruder, wir sind also nur zu dritt.",
    "Mon mari est chez son frère jusqu'à la fin du mois, nous serons donc trois.",
    "Mi marido está en Durban hasta fin de mes, así que seremos tres.",
    "Mio marito è da suo fratello fino a fine mese, quindi saremo in tre.",
    "O meu marido está em Durban até ao fim do mês, por isso seremos três.",
    "Mijn man is tot het eind van de maand bij zijn broer, dus we zijn met z'n drieën.",
])
def test_a_family_member_away_told_as_news_asks_for_no_wait(text):
    assert not_a_wait(text)


@pytest.mark.parametrize("text", [
    "My partner is in Athens until the middle of November and we want to decide together.",
    "My husband is away until the 20th, please don't call before then.",
])
def test_a_family_member_away_beside_a_decision_or_contact_may_still_be_a_wait(text):
    assert not not_a_wait(text)


def test_a_family_member_away_beside_a_consultation_may_still_be_a_wait():
    assert not not_a_wait("I must consult still with my partner, he is travelling.")


@pytest.mark.parametrize("text", [
    "One of our tenants phoned the office and asked to stop getting the rent reminder texts. How do I switch them off "
    "for just him?",
    "A patient asked to stop receiving the survey emails after each visit. Can you show me where that setting is?",
    "La madre de uno de nuestros alumnos nos ha dicho que ya no quiere recibir llamadas del servicio de avisos. "
    "¿Podéis quitar su número?",
])
def test_a_clients_own_wish_about_their_own_contact_is_not_the_writers(text):
    assert opt_outs(text) == []


@pytest.mark.parametrize("text", [
    "One of our patients complained about your calls, so please stop calling us.",  # the writer refused contact too
    "As a customer of many years I no longer want your sales calls.",  # the writer is the customer
])
def test_the_writer_refused_or_the_writer_as_the_client_stays_an_opt_out(text):
    assert opt_outs(text) != []


@pytest.mark.parametrize("sentence", [
    "Please ask your fitters to give us three days advance notice before they come to site.",
    "Bitte schicken Sie die Monteure nur mit zwei Tagen Vorankündigung.",
    "Merci de prévenir vos techniciens : 48 h de préavis avant toute intervention.",
    "Con due giorni di preavviso, per favore, prima di venire.",
])
def test_notice_asked_before_someone_comes_is_no_wait(sentence):
    assert not_a_wait(sentence)


def test_a_length_asked_for_without_notice_is_still_a_wait():
    assert not not_a_wait("Please give us three days before you come back to us on this.")


def test_a_day_beside_a_delivery_called_off_is_the_goods():
    own = ("Can you cancel the second delivery of pellets, the one for the 21st? The store is still half full after "
           "the mild autumn.")
    assert not_a_wait("The store is still half full after the mild autumn.", own)
    assert not not_a_wait("Please don't call me until after the 21st.", "Please don't call me until after the 21st.")


@pytest.mark.parametrize("text", [
    "Please hold the chargers back a week. The order is definitely still going ahead, phone me if anything changes.",
    "Die Lieferung bitte eine Woche später. Die Bestellung steht nach wie vor, melden Sie sich, falls sich etwas ändert.",
])
def test_a_deal_said_to_go_on_is_no_possible_pause(text):
    assert not any(w.kind == "paused" for w in detect_wishes(text, TUE, "America/Chicago"))


def test_wait_not_asked_reads_the_deal_going_on_only_for_a_pause():
    from followup.text.wish_others import wait_not_asked

    assert wait_not_asked("paused", "The order still stands, call me if anything changes.", "")
    assert not wait_not_asked("paused", "It's still on hold, I'll call you if anything changes.", "")
    assert not wait_not_asked("paused", "Het project staat nog stil.", "")

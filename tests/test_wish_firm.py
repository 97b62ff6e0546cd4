"""A possible preferred channel or time of day made certain where the sentence reader and the message-wide grammar
agree and the customer asks for it, and a part of the day asked in the clause that asks to be called
(followup.text.wish_firm)."""
from datetime import datetime

import pytest

from followup.text.wish_base import Wish
from followup.text.wish_firm import asked_part, conditional_hour, firm_preferences
from followup.text.wishes import detect_wishes

CHICAGO = "America/Chicago"
TUE = datetime(2026, 11, 10, 15, 0)


def _prefs(text: str) -> set[tuple[str, bool]]:
    """(preference, certain) of every preference read in text."""
    return {(w.preference, w.certain) for w in detect_wishes(text, TUE, CHICAGO) if w.kind == "preference"}


@pytest.mark.parametrize("text, channel", [
    ("Easier to just call me mate, emails get buried in this place", "channel:phone"),
    ("Phone calls are tricky in the lab; please email me.", "channel:email"),
    ("Ich lese meine Mails kaum, rufen Sie mich einfach an.", "channel:phone"),
    ("Telefonisch bin ich schlecht erreichbar, schreiben Sie mir lieber eine Mail.", "channel:email"),
    ("Je ne lis jamais mes mails. Appelle-moi sur le portable.", "channel:phone"),
    ("Je ne peux pas répondre au téléphone au bureau, écrivez-moi plutôt.", "channel:email"),
    ("Mejor llámame por teléfono, el correo lo miro poco.", "channel:phone"),
    ("Le mail le leggo poco e male. Telefonami pure, che si fa prima.", "channel:phone"),
    ("Quase não leio e-mails, ligue-me.", "channel:phone"),
    # "niks voor mij": a channel that is nothing for the customer is the one avoided
    ("Mailen is niks voor mij, ik lees het toch niet. Bel gewoon even, dan regelen we het meteen.", "channel:phone"),
])
def test_a_channel_asked_for_with_the_other_avoided_is_certain(text, channel):
    assert (channel, True) in _prefs(text)


@pytest.mark.parametrize("text", [
    "Don't call the front desk, they won't put you through. Call my cell instead: 555-0177.",
    "Hola, no me manden la factura por correo postal, mejor en PDF a este mismo correo.",
    "Hola Pablo, mejor llámame por las tardes, por las mañanas estoy en la obra y no tengo cobertura.",
])
def test_no_certain_channel_without_the_other_avoided_or_beside_a_time(text):
    assert not any(p.startswith("channel:") and certain for p, certain in _prefs(text))


@pytest.mark.parametrize("sentence, value", [
    ("Als ge het wilt hebben, bel me dan 's ochtends, voor tienen.", "time:morning"),
    ("Llámame mejor por la tarde, a partir de las cuatro.", "time:afternoon"),
    ("Appelez-moi plutôt le matin, l'après-midi je suis en rendez-vous clients.", "time:morning"),
    ("Am besten erreichen Sie mich vormittags.", "time:morning"),
    ("Je suis plus disponible l'après-midi, le matin je suis en atelier.", "time:afternoon"),
    ("Me liga à noite, depois das oito.", "time:evening"),
    ("Bel me liever 's middags, de ochtenden zitten bij mij altijd vol.", "time:afternoon"),
    ("Mi chiami di pomeriggio, per favore.", "time:afternoon"),
])
def test_a_part_of_day_asked_in_the_clause_that_asks_to_be_called(sentence, value):
    assert asked_part(sentence) == value
    assert (value, True) in _prefs(sentence)


@pytest.mark.parametrize("sentence", [
    "Oi Juliana, me liga amanhã de manhã?",  # one occasion
    "Llámame mañana por la tarde.",
    "Rufen Sie mich morgen Vormittag an.",
    "Appelez-moi jeudi matin.",
    "Je ne suis pas disponible le matin.",  # the part refused
    "Passi pure a trovarci in cantiere giovedì mattina.",  # a visit, no call
])
def test_an_occasion_or_a_part_refused_is_no_asked_part(sentence):
    assert asked_part(sentence) is None


def test_a_call_recalled_is_no_certain_time():
    text = ("I was going to ask for you to call me in the afternoons when the shop's quieter. On reflection, I don't "
            "want to take this any further. Please remove me from your contact list.")
    assert not any(p.startswith("time:") and certain for p, certain in _prefs(text))


@pytest.mark.parametrize("text, value", [
    ("If you call, make it after 2.", "time:afternoon"),  # a call taken as given, then when to make it
    ("If you ring, make it before 10.", "time:morning"),
    ("Wenn Sie anrufen, dann bitte nach 14 Uhr.", "time:afternoon"),
    ("Si vous appelez, plutôt après 14h.", "time:afternoon"),
    ("Als u belt, graag na 14 uur.", "time:afternoon"),
    ("If you call, make it after 6pm.", "time:evening"),
])
def test_the_time_asked_for_a_call_taken_as_given_is_certain(text, value):
    assert (value, True) in _prefs(text)


@pytest.mark.parametrize("text", [
    "If you call before 2, I won't pick up.",  # the hour in the condition, refused
    "If you call, I'm out before 2.",  # no time asked
    "If you call, make it after 9.",  # an hour that names no part of the day
])
def test_a_conditional_call_without_a_time_asked_is_not_certain(text):
    assert not any(certain for value, certain in _prefs(text) if value.startswith("time:"))


def test_conditional_hour_reads_the_one_hour_asked():
    assert conditional_hour("make it after 2.") == "time:afternoon"
    assert conditional_hour("before 10am") == "time:morning"
    assert conditional_hour("after 2 or before 10") is None


@pytest.mark.parametrize("text", [
    "Stuur het voorstel voortaan maar per mail. Telefonisch ben ik slecht te bereiken.",
    "Schicken Sie mir die Angebote ab jetzt per Mail, telefonisch bin ich kaum erreichbar.",
])
def test_everything_by_mail_from_now_on_with_the_phone_avoided_is_certain(text):
    assert ("channel:email", True) in _prefs(text)


def test_by_mail_from_now_on_with_no_channel_avoided_is_not_certain():
    assert not any(p == "channel:email" and c for p, c in _prefs("Stuur het voorstel voortaan maar per mail."))


@pytest.mark.parametrize("text, value", [
    # a part of the day set against another in a sentence about calls, with no "call me" in it
    ("Per le telefonate preferisco la mattina, il pomeriggio ho il laboratorio pieno.", "time:morning"),
    ("Happy to chat. Evenings are chaos at the restaurant, so mornings are best if you ring.", "time:morning"),
    ("Gerne telefonisch, am besten vormittags, nachmittags bin ich immer im Lager.", "time:morning"),
    # the part asked, the other said to find the customer away or taken, in the same or the next sentence
    ("L'après-midi de préférence, le matin je suis au marché.", "time:afternoon"),
    ("Bitte eher nachmittags anrufen, vormittags bin ich im Lager.", "time:afternoon"),
    ("Mi chiami pure, ma solo di mattina per favore, il pomeriggio sono in magazzino.", "time:morning"),
    ("Puede llamarme por la tarde; por la mañana estoy en el almacén.", "time:afternoon"),
    ("Melhor de manhã, à tarde estou sempre na obra.", "time:morning"),
    ("Liefst 's ochtends bellen, 's middags sta ik op de markt.", "time:morning"),
])
def test_a_part_of_day_asked_against_one_the_customer_is_taken_in_is_certain(text, value):
    assert (value, True) in _prefs(text)


@pytest.mark.parametrize("text", [
    "The meeting is in the afternoon, in the morning I'm at the depot.",
    "I called in the morning, in the afternoon I was out at the depot.",
    "La réunion est l'après-midi, le matin je suis au dépôt.",
    "Gestern habe ich vormittags angerufen, nachmittags war ich im Lager.",
])
def test_parts_of_the_day_told_not_asked_are_no_certain_time(text):
    """(a part refused, "in the morning I'm at the depot", may be read: no part is asked)"""
    assert not any(p in ("time:morning", "time:afternoon", "time:evening") and certain for p, certain in _prefs(text))


@pytest.mark.parametrize("text, channel", [
    # things asked to be sent by mail, with calls avoided
    ("Please send all the quotes by email, I never answer calls at work.", "channel:email"),
    ("Schicken Sie mir bitte alles per E-Mail, telefonisch bin ich kaum erreichbar.", "channel:email"),
    ("Le chiederei di scrivermi via email invece di chiamare.", "channel:email"),
    # a call to the customer's own line, with mail avoided
    ("Call my mobile instead, I hardly ever check email.", "channel:phone"),
    ("Bitte kontaktieren Sie mich künftig telefonisch, E-Mails lese ich kaum.", "channel:phone"),
    # the other channel said to be missed, then the one asked
    ("Email's a black hole here, just call me.", "channel:phone"),
])
def test_a_channel_asked_in_more_words_with_the_other_avoided_is_certain(text, channel):
    assert (channel, True) in _prefs(text)


@pytest.mark.parametrize("text", [
    "Email is down today, so the invoices will come by post.",
    "You can reach reception by phone for deliveries.",
    "Please send the invoices by email.",
    "Give me a call about the order when you have a minute.",
])
def test_a_channel_named_without_the_other_avoided_is_not_certain(text):
    assert not any(p.startswith("channel:") and certain for p, certain in _prefs(text))


def test_a_list_of_things_sent_by_email_asks_for_email():
    assert ("channel:email", True) in _prefs("Kindly send the price list and the signed terms by email. "
                                            "My phone signal here is poor and calls cut out.")


@pytest.mark.parametrize("text, value", [
    ("Ok, si me vas a llamar, que sea por la tarde.", ("time:afternoon", True)),  # a call taken as given, its part
    ("Llámeme a primera hora, antes de abrir la tienda.", ("time:morning", True)),  # the day's first hour
    ("Si vous m'appelez, plutôt à la première heure.", ("time:morning", True)),
    ("Give me a bell before nine if you can.", ("time:morning", True)),  # an hour in words, asked politely
])
def test_a_time_asked_after_a_call_taken_as_given(text, value):
    assert value in _prefs(text)


def test_a_call_taken_as_given_then_a_part_refused_is_not_asked():
    assert ("time:afternoon", True) not in _prefs("Si me llamas, no me llames por la tarde.")


def test_a_phone_call_asked_in_french_words_is_certain_beside_mail_missed():
    assert ("channel:phone", True) in _prefs("J'ai vu vos mails, mais ma boîte déborde. Passez-moi plutôt un coup de "
                                             "fil, c'est plus simple.")


@pytest.mark.parametrize("sentence, value", [
    ("If you ring, make it after 4, mornings I'm out with the vans.", None),
    ("If you ring, preferably afternoons, mornings I'm out with the vans.", "time:afternoon"),
    ("Si me llama, que sea, por favor, por la tarde.", "time:afternoon"),
])
def test_a_part_the_customer_is_taken_after_a_call_given_is_not_asked(sentence, value):
    assert asked_part(sentence) == value


@pytest.mark.parametrize("sentences", [
    ["I'd rather we didn't do this over the phone.", "Please don't put anything in writing either."],
    ["I'd rather you didn't ring me.", "Put it in writing if you must, but I'd rather not get emails either."],
])
def test_a_channel_the_message_refuses_is_never_preferred_for_certain(sentences):
    maybe = Wish("preference", sentences[1], preference="channel:email", certain=False)
    got = firm_preferences([(s, s) for s in sentences], [maybe])
    assert not [w for w in got if w.certain]


@pytest.mark.parametrize("text, value", [
    # the other channel said to be no use, then the one wanted asked for
    ("Phoning me is a bit pointless, I'm out in the fields all day. Stick the quote in an email.", "channel:email"),
    ("Vos longs courriels, je n'ai pas le temps de les lire. Téléphonez-moi plutôt.", "channel:phone"),
])
def test_a_channel_asked_for_and_preferred_or_the_other_turned_down_is_certain(text, value):
    assert (value, True) in _prefs(text)


def test_a_channel_read_in_a_footer_kept_for_emergencies_is_dropped():
    text = ("Thanks, the order is fine.\n\nJo Bloggs | Club Secretary\nPlease ring rather than email if urgent: "
            "0161 555 0100")
    assert not [w for w in detect_wishes(text, TUE, CHICAGO) if (w.preference or "").startswith("channel:")]


def test_a_cell_asked_for_where_mail_sits_for_days_is_the_phone_for_certain():
    text = ("I'm hardly ever at a desk in winter and emails like this sit for days. If you need an answer on the "
            "racks, just call my cell, 555-0142.")
    assert _prefs(text) == {("channel:phone", True)}


@pytest.mark.parametrize("text", [
    "Am Telefon erreichen Sie mich kaum. Schicken Sie mir das Angebot für die neuen Stühle und Tische bitte per Mail. "
    "Das ist mir viel lieber als Anrufe.",
    "We missen elkaar steeds aan de telefoon. Stuur mij de prijzen voor de borden en de levertermijn per mail, dan kan "
    "ik het rustig lezen. Mailen is voor mij veel handiger dan bellen.",
])
def test_mail_asked_for_the_thing_sent_named_at_length_is_mail_for_certain(text):
    assert _prefs(text) == {("channel:email", True)}

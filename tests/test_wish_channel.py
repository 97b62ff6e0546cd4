"""More ways of naming a channel, a channel named only as a condition, a channel missed (followup/text/wish_channel.py)."""
import pytest

from followup.text.wish_channel import missed_channel
from followup.text.wish_prefs import preferences


def values(text: str) -> set[str]:
    """The preference values read in text."""
    return {w.preference for w in preferences(text, 0, text)}


@pytest.mark.parametrize("text, value", [
    ("Email is the only thing I'll reliably see, so please use that.", "channel:email"),
    ("Phone is the only way to reach me on site.", "channel:phone"),
    ("Mr. Sato asks that all further communication on the contract be by email.", "channel:email"),
    ("Please send everything by mail from now on.", "channel:email"),
    ("I'd rather not talk on the phone, email please.", "channel:email"),
])
def test_the_only_channel_all_further_communication_and_everything_by_mail(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text", [
    "Email is the only one of those addresses we still use for invoices.",
    "Please send the original contract by mail.",
    "I'd rather not get calls, emails either.",
    "I'd rather not get calls or emails.",
])
def test_look_alikes_of_the_only_channel_and_mail(text):
    assert not any(v.startswith("channel:") for v in values(text))


@pytest.mark.parametrize("text", [
    "If you need to reach me by phone, early mornings before 9 work best.",
    "Should you want to contact me by phone, afternoons are better.",
])
def test_a_channel_named_only_as_the_condition_of_a_time_is_no_channel(text):
    found = values(text)
    assert any(v.startswith("time:") for v in found) and not any(v.startswith("channel:") for v in found)


def test_a_channel_asked_without_a_time_is_kept():
    assert "channel:phone" in values("Please reach me by phone, I rarely check email.")


@pytest.mark.parametrize("text, value", [
    ("Alright Steve, email's a black hole here, I never see half of it.", "channel:phone"),
    ("I'm in a noisy workshop all day - I genuinely won't hear the phone.", "channel:email"),
    ("Give me a ring next time instead of emailing - I'm out at the markets.", "channel:phone"),
    ("Emails I only see very late.", "channel:phone"),
    ("me liga que é mais fácil, email eu quase não vejo", "channel:phone"),
    ("Das Telefon höre ich in der Halle nie.", "channel:email"),
    ("Je ne vois jamais mes mails avant le soir.", "channel:phone"),
    ("El correo casi no lo veo.", "channel:phone"),
    ("In officina non sento il telefono.", "channel:email"),
    ("Mijn mail lees ik zelden.", "channel:phone"),
    ("Honestly I never read long emails, I'm up a ladder most of the day.", "channel:phone"),
])
def test_a_channel_the_customer_misses_leaves_the_other(text, value):
    assert missed_channel(text) == value


@pytest.mark.parametrize("text", [
    "I never see the point of long calls or long emails.",  # both named
    "I won't see you at the fair this year.",  # neither named
])
def test_no_channel_missed_when_the_clause_names_both_or_neither(text):
    assert missed_channel(text) is None


@pytest.mark.parametrize("text", [
    "please send me all offers and the contract on email.",
    "per favore mi mandi tutto per e-mail, così lo posso inoltrare alla fiduciaria.",
    "Merci de bien vouloir m'envoyer toutes les informations par e-mail, c'est plus pratique pour moi.",
    "Bitte schicken Sie mir alles per E-Mail.",
    "Envíeme todo por correo, por favor.",
    "Mande-me tudo por e-mail.",
    "Stuur mij alles maar per mail.",
])
def test_everything_asked_to_be_sent_by_mail_in_seven_languages(text):
    assert "channel:email" in values(text)


@pytest.mark.parametrize("text", [
    "Envoyez-moi tout de suite le devis par mail.",  # right away, one document
    "Please send me the offer by email.",  # one document
])
def test_one_document_sent_by_mail_is_no_channel(text):
    assert "channel:email" not in values(text)


def test_the_other_channel_hard_does_not_outweigh_everything_asked_by_mail():
    from datetime import datetime

    from followup.text.wishes import detect_wishes

    text = ("please send me all offers and the contract on email. On phone I don't understand everything and I need "
            "it in written form to show to my partner.")
    assert [(w.preference, w.certain) for w in detect_wishes(text, datetime(2030, 7, 31, 14), "Europe/Zurich")
            if w.kind == "preference"] == [("channel:email", True)]


@pytest.mark.parametrize("text", [
    "The line here drops all the time, please put it in writing by email, which I can answer from home.",
    "Send the figures over by e-mail - that one I can read properly.",
])
def test_the_channel_the_customer_says_they_can_read(text):
    assert "channel:email" in {w.preference for w in preferences(text, 0, text)}


@pytest.mark.parametrize("text, value", [
    ("Writing is hard on the phone line here; written is far easier for us.", "channel:email"),
    ("I'm on the road all day, so please send everything through email.", "channel:email"),
    ("Could you send the prices by email rather than phoning?", "channel:email"),
    ("I'm never at the desk. Best to ring my mobile.", "channel:phone"),
    ("We barely get the time to check email at the depot.", "channel:phone"),
    ("Je suis sur la route, envoyez-moi plutôt tout ça par courriel.", "channel:email"),
])
def test_a_channel_asked_with_its_reason(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text", [
    "The contract is written in German.",  # the written word praised by no one
    "Best to ring the depot before the driver comes.",  # no line of the customer's
    "Did you get to check email yet?",  # nothing missed
])
def test_look_alikes_of_a_channel_asked_with_its_reason(text):
    assert not any(v.startswith("channel:") for v in values(text))


@pytest.mark.parametrize("text, value", [
    ("I got your emails, but I never see them in time.", "channel:phone"),
    ("Ik zag je mails, maar ik lees die dingen bijna nooit.", "channel:phone"),
])
def test_a_channel_missed_pointed_back_at(text, value):
    assert missed_channel(text) == value


def test_a_channel_missed_in_one_sentence_and_asked_in_another_is_certain():
    from datetime import datetime

    from followup.text.wishes import detect_wishes

    text = "Ik zag je mails, maar eerlijk, ik lees die dingen bijna nooit. Bel me maar op de winkel."
    assert ("channel:phone", True) in [(w.preference, w.certain) for w in
                                       detect_wishes(text, datetime(2031, 3, 4, 9), "Europe/Amsterdam")]


@pytest.mark.parametrize("text, value", [
    ("I'd prefer we didn't sort this out by email.", "channel:phone"),  # a channel turned down in a wish frame
    ("I'd rather we did not go through this on the phone.", "channel:email"),
    ("Entre les devis et les factures, ma boîte mail déborde.", "channel:phone"),  # more mail than can be read
    ("J'ai lu vos courriels, mais ma boîte déborde.", "channel:phone"),  # pointed back at the clause before
])
def test_a_channel_turned_down_or_overflowing(text, value):
    assert missed_channel(text) == value


@pytest.mark.parametrize("text", [
    "I'd rather not wait for the delivery.",  # no channel in the refusal
    "I'd rather we didn't phone or email about it.",  # both
    "Le carnet de commandes déborde cette année.",  # no channel anywhere
])
def test_look_alikes_of_a_channel_turned_down(text):
    assert missed_channel(text) is None


@pytest.mark.parametrize("text, value", [
    ("From next month please communicate with us via email.", "channel:email"),
    ("I'm rubbish with email, best is my mobile.", "channel:phone"),
    ("Ring the shop, that's the way to get hold of me.", "channel:phone"),
    ("If you want a quick decision on the tiles, phone me.", "channel:phone"),
    ("D'ora in poi tutto ce lo mandi per e-mail.", "channel:email"),
    ("Por favor, todo me lo manda por correo.", "channel:email"),
])
def test_a_channel_asked_in_everyday_words(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text", [
    "Todo lo mandan por correo certificado.",  # sent by others, by post
    "If you want a copy of the invoice, our office has it.",  # no channel
])
def test_look_alikes_of_a_channel_asked_in_everyday_words(text):
    assert not any(v.startswith("channel:") for v in values(text))


@pytest.mark.parametrize("text, value", [
    ("To be honest, ringing me is a bit pointless out here.", "channel:email"),
    ("Your mails, I honestly have no time to read them.", "channel:phone"),
    ("Les catalogues par courriel, je n'ai pas le temps de les lire.", "channel:phone"),
    ("Die ganzen Mails habe ich keine Zeit zu lesen.", "channel:phone"),
    ("Al die e-mails, ik kom er niet aan toe om ze te lezen.", "channel:phone"),
])
def test_a_channel_that_is_no_use_or_never_read_points_to_the_other(text, value):
    assert missed_channel(text) == value


@pytest.mark.parametrize("text", [
    "Please phone rather than email if urgent.",
    "En cas d'urgence, appelez-moi plutôt que de m'écrire.",
    "Falls dringend, lieber anrufen als mailen.",
])
def test_a_channel_kept_for_an_emergency_is_no_preference(text):
    assert not any(v.startswith("channel:") for v in values(text))


def test_a_channel_without_an_emergency_is_still_a_preference():
    assert "channel:phone" in values("Please phone rather than email.")


def test_envoie_moi_plutot_tout_par_courriel_is_email():
    assert "channel:email" in values("Envoie-moi plutôt tout ça par courriel, je vais lire ça tranquille.")


@pytest.mark.parametrize("text, value", [
    ("To be honest I'm not very good with email, things get lost.", "channel:phone"),
    ("I'm no good with the phone, I never know where it is.", "channel:email"),
    ("I get so many emails that I can't promise to read yours.", "channel:phone"),
    ("Ich bin nicht so gut mit E-Mails.", "channel:phone"),
    ("Je ne suis pas très douée avec les mails.", "channel:phone"),
    ("No soy muy buena con el correo.", "channel:phone"),
    ("Non sono molto brava con le e-mail.", "channel:phone"),
    ("Não sou muito bom com e-mails.", "channel:phone"),
    ("Ik ben niet zo goed met mail.", "channel:phone"),
])
def test_no_hand_with_a_channel_or_no_promise_to_see_it_asks_for_the_other(text, value):
    assert missed_channel(text) == value


def test_no_hand_with_something_else_names_no_channel():
    assert missed_channel("I'm not so good with numbers, sorry.") is None


@pytest.mark.parametrize("sentence", [
    "I'm out on the slopes all week and emails like yours sit for days.",
    "Bei uns bleiben Mails oft tagelang liegen.",
    "Ici les mails restent des semaines sans réponse.",
    "Los correos se me quedan días sin leer.",
    "Qui le mail restano lì per giorni.",
    "Hier blijven mails soms dagen liggen.",
])
def test_mail_left_lying_for_days_is_the_phone_to_use(sentence):
    assert missed_channel(sentence) == "channel:phone"


def test_goods_sitting_for_days_name_no_channel():
    assert missed_channel("The pallets sit for days in the yard before anyone unloads them.") is None


@pytest.mark.parametrize("text, value", [
    ("Mails take too long for this.", "channel:phone"),
    ("The email chain is going in circles.", "channel:phone"),
    ("Phone calls take ages to set up with us.", "channel:email"),
    ("Die Mails dauern einfach zu lange.", "channel:phone"),
    ("Les mails prennent trop de temps.", "channel:phone"),
    ("Los correos tardan demasiado.", "channel:phone"),
    ("Con le mail ci perdiamo.", "channel:phone"),
])
def test_a_channel_too_slow_or_going_nowhere_leaves_the_other(text, value):
    assert missed_channel(text) == value


@pytest.mark.parametrize("text", [
    "The delivery took too long.",  # no channel named
    "The shipment is going round in circles between depots.",
])
def test_too_slow_without_a_channel_misses_none(text):
    assert missed_channel(text) is None

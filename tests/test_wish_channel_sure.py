"""A possible preferred channel made certain where the request leaves no doubt (followup/text/wish_channel_sure.py)."""
from datetime import datetime, timezone

import pytest

from followup.text.wish_channel_sure import asked_more, no_calls, plainly_preferred, with_reason
from followup.text.wish_firm import _asks_for
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 3, 9, 0, tzinfo=timezone.utc)


def channels(text: str) -> dict[str, bool]:
    """The channel values read in text, with whether each is certain."""
    return {w.preference: w.certain for w in detect_wishes(text, SENT, "Europe/London")
            if (w.preference or "").startswith("channel:")}


@pytest.mark.parametrize("text, channel", [
    ("Ring me on my mobile when the drawings are ready, it is much quicker for me.", "phone"),
    ("Put the new price list in an email, that is far easier for me.", "email"),
    ("Rufen Sie mich bitte an, das geht schneller.", "phone"),
    ("Appelle-moi sur le portable, c'est plus simple.", "phone"),
    ("Llámame al móvil cuando puedas, es más fácil para mí.", "phone"),
    ("Telefonami quando hai i prezzi, si fa prima.", "phone"),
    ("Me liga quando tiver o orçamento, é mais rápido.", "phone"),
    ("Bel me even op mijn mobiel, dat is makkelijker.", "phone"),
])
def test_a_request_with_its_reason_of_ease_is_sure(text, channel):
    assert with_reason(channel, text, _asks_for)


@pytest.mark.parametrize("text", [
    "Call me tomorrow, it is easier to go through the drawings.",  # one occasion, not a habit
    "Ring me in the afternoon, it is much quicker.",  # the time is what is asked
    "Email me the plans, it is quicker than posting them, or call me.",  # another channel wanted too
])
def test_a_reason_beside_an_occasion_a_time_or_another_channel_is_not(text):
    assert not with_reason("phone", text, _asks_for) and not with_reason("email", text, _asks_for)


@pytest.mark.parametrize("text, channel", [
    ("I'd rather go through the figures on the phone.", "phone"),
    ("Better to just ring me.", "phone"),
    ("Je préfère qu'on règle ça par téléphone.", "phone"),
    ("Prefiero que lo hablemos por teléfono.", "phone"),
    ("Preferisco sentirci al telefono per queste cose.", "phone"),
    ("Prefiro tratar disto por telefone.", "phone"),
    ("Stuur de offerte liever per mail.", "email"),
])
def test_a_preference_word_on_the_channel_is_sure(text, channel):
    assert plainly_preferred(channel, text)


@pytest.mark.parametrize("text", [
    "Tot die tijd liever even geen mails.",  # none of it: a refusal, not a preference
    "Mejor llámame por la tarde.",  # the time is what is preferred
    "Call my cell instead of the front desk.",  # one line swapped for another, no preference word
])
def test_a_refusal_a_time_or_a_line_swapped_is_not_a_plain_preference(text):
    assert not plainly_preferred("phone", text) and not plainly_preferred("email", text)


@pytest.mark.parametrize("text, channel", [
    ("Kindly share the datasheets over mail only.", "email"),
    ("Could you flick me the new rates by email.", "email"),
    ("Please send me email for the details.", "email"),
    ("I ask that all further correspondence on this order be in writing.", "email"),
    ("Email's the surest way to get me.", "email"),
    ("A quick call gets me a lot faster than a letter.", "phone"),
])
def test_more_ways_of_asking(text, channel):
    assert asked_more(channel, text)


@pytest.mark.parametrize("text, said", [
    ("I can't take calls while I'm in surgery.", True),
    ("I am not able to attend calls during inspections.", True),
    ("We won't be able to take any calls on the day of the move.", True),
    ("I can't take the van out until Friday.", False),
])
def test_the_phone_out_of_reach(text, said):
    assert no_calls(text) is said


@pytest.mark.parametrize("text, value", [
    ("I cannot take calls on the ward. Could you put everything in an email instead and I'll read it tonight.",
     "channel:email"),
    ("My inbox is a mess these days. Llámame, es más rápido.", "channel:phone"),
    ("Je préfère qu'on en parle par téléphone, c'est plus simple pour moi.", "channel:phone"),
    ("Stuur het voorstel liever per mail, dan lees ik het rustig.", "channel:email"),
])
def test_the_reading_is_certain(text, value):
    assert channels(text).get(value) is True


@pytest.mark.parametrize("text", [
    "Please don't call the reception desk. Call my mobile instead.",
    "Tot die tijd liever even geen mails.",
    "Mejor llámame por la tarde, por la mañana estoy en la obra.",
])
def test_look_alikes_stay_unsure(text):
    assert not any(channels(text).values())


def test_the_phone_out_of_reach_then_mail_asked_is_read_where_nothing_else_was():
    text = "I'm on the wards all week and I can't take calls there. Could you put everything in an email instead."
    assert channels(text) == {"channel:email": True}


@pytest.mark.parametrize("text", [
    "Desculpa, quase não abro o e-mail. Me liga no celular.",
    "Perdona, casi no abro el correo. Llámame al móvil.",
])
def test_mail_never_opened_then_a_call_asked_is_sure(text):
    assert channels(text) == {"channel:phone": True}

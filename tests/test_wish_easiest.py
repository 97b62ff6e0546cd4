"""A call named the easiest way to reach the customer (followup/text/wish_easiest.py)."""
import pytest

from followup.text.wish_easiest import easiest_call
from followup.text.wish_prefs import preferences


def read(text: str):
    """The phone preference easiest_call reads in text, or None."""
    wish = easiest_call(text, 0, text)
    return wish.preference if wish else None


@pytest.mark.parametrize("text", [
    "Honestly the simplest thing is to phone me on the landline, 0161 496 0000.",
    "Le plus rapide, c'est de m'appeler au bureau, au 01 23 45 67 89.",
    "Am schnellsten erreichen Sie mich telefonisch unter 089 123456.",
    "Lo más sencillo es que me llame a la oficina, al 91 123 45 67.",
    "Il modo più facile è che mi telefoni in ufficio.",
    "O mais simples é me ligar no escritório.",
    "Het eenvoudigst is om me te bellen op kantoor.",
])
def test_a_call_named_the_easiest_way_is_a_phone_preference(text):
    assert read(text) == "channel:phone"
    assert any(w.preference == "channel:phone" and w.certain for w in preferences(text, 0, text))


@pytest.mark.parametrize("text", [
    "The simplest thing is to call me tomorrow at 10 on 0161 496 0000.",  # one call, at a day and an hour
    "Le plus simple serait que vous m'appeliez lundi.",
    "Am einfachsten rufen Sie mich morgen um 9 an.",
    "Lo más sencillo es que me llame hoy.",
    "The easiest is if you put the figures in the shared folder.",  # no call
    "Mobile: 0161 496 0000",  # a signature's number
])
def test_one_call_or_no_call_is_no_preference(text):
    assert read(text) is None

"""A wish about reaching the customer is followed, never noted back; a day of the work read as a wish is no such wish."""
from datetime import datetime, timezone

import pytest

from followup.drafting.followed import asked_wish, contact_wish

AT = datetime(2030, 3, 4, 9, tzinfo=timezone.utc)


@pytest.mark.parametrize(("sentence", "wish"), [
    ("Drop me an email rather than phoning, there's no signal on site.", True),
    ("Please get back to me after the 20th of July, not before.", True),
    ("Merci de m'écrire plutôt que de m'appeler.", True),
    ("Start the works after 4 June please.", False),
    ("We need 12 pallets by Friday.", False),
])
def test_a_wish_about_contact(sentence, wish):
    assert contact_wish(sentence, AT, "Europe/London") is wish


@pytest.mark.parametrize(("sentence", "wish"), [
    ("Could you hold off and not ring me before Thursday 14 March?", True),
    ("Can you send me your offers by email instead of calling me?", True),
    ("Könnten Sie sich bitte erst nach dem 18. März wieder bei mir melden?", True),
    ("Pourriez-vous éviter de me relancer avant le 18 mars ?", True),
    ("¿Podría esperar hasta el 18 de marzo para volver a escribirme?", True),
    ("Can you send the revised drawings before Thursday 14 March?", False),
    ("Could you call our site manager about the delivery slot?", False),
    ("Can we have a call on Friday morning, before 10?", False),
])
def test_a_question_that_is_a_wish_about_contact(sentence, wish):
    assert asked_wish(sentence, AT, "Europe/London") is wish


def test_about_contact_reads_the_sentence_a_short_quote_sits_in():
    from followup.drafting.followed import about_contact
    text = "Busy month here. Please hold it until Friday 9 May and do not ring me before then. Thanks."
    assert about_contact(text, "hold it until Friday")
    assert not about_contact("Busy month here. Please hold the delivery until Friday 9 May.", "hold the delivery until "
                                                                                          "Friday")

"""A wish about reaching the customer is followed, never noted back; a day of the work read as a wish is no such wish."""
from datetime import datetime, timezone

import pytest

from followup.drafting.followed import contact_wish

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

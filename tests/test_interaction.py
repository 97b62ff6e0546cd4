"""The newest interaction a follow-up answers (followup/drafting/interaction.py)."""
from datetime import date, datetime

import pytest

from followup.drafting.interaction import last_interaction
from followup.drafting.sentences import Source

OFFER = Source("message", 1, "Hallo Frau Neumann,\n\nDie Bühne kostet EUR 9.650 netto.\n\nJonas Weber",
               datetime(2028, 5, 29, 8), "outbound")


@pytest.mark.parametrize("reply", [
    "Hallo Herr Weber,\n\nsuper, bitte schicken Sie mir die Auftragsbestätigung, dann kann unser Einkauf bestellen. Ab "
    "2. Juni bin ich eine Woche im Urlaub, in der Zeit ist Herr Sauer Ihr Ansprechpartner.\n\nClaudia Neumann",
    "Hi Jonas,\n\nWe accept the offer. I'm out of the office from June 2 until June 9, Tim Sauer is your contact "
    "then.\n\nClaudia",
])
def test_an_email_that_says_yes_is_the_customers_though_it_announces_an_absence(reply):
    sources = [OFFER, Source("message", 2, reply, datetime(2028, 5, 30, 15), "inbound")]
    last = last_interaction(sources, "Europe/Berlin", date(2028, 5, 31), "de")
    assert last["source"] == "message:2" and last["direction"] == "inbound"


def test_an_out_of_office_reply_is_still_no_interaction():
    notice = Source("message", 2, "Ich bin bis 9. Juni nicht im Büro und habe keinen Zugriff auf E-Mails. In dringenden "
                    "Fällen wenden Sie sich an Herrn Sauer.", datetime(2028, 5, 29, 8, 1), "inbound")
    last = last_interaction([OFFER, notice], "Europe/Berlin", date(2028, 5, 31), "de")
    assert last["source"] == "message:1"


def test_a_notice_known_by_its_subject_alone_is_no_interaction():
    """"Abwesenheitsnotiz: AW: ..." with a letter that never says "Urlaub": the rep's email before it is chased."""
    notice = Source("message", 2, "Vielen Dank für Ihre Nachricht. Ich besuche derzeit unser Werk in Polen und melde "
                                  "mich ab Montag, 12. Juni.\n\nClaudia Neumann", datetime(2028, 5, 29, 8, 1), "inbound",
                    subject="Abwesenheitsnotiz: AW: Bühne")
    found = last_interaction([OFFER, notice], "Europe/Berlin", date(2028, 6, 1), "de")
    assert (found["direction"], found["source"]) == ("outbound", "message:1")

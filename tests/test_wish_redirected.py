"""Mail sent on to another address: a list removal that moves the mail is asked, not applied
(followup.text.wish_redirected)."""
from datetime import datetime

import pytest

from followup.text.wish_redirected import mail_redirected
from followup.text.wishes import detect_wishes

TUE = datetime(2026, 11, 10, 15, 0)


@pytest.mark.parametrize("text", [
    "Please take me off the distribution list for the monthly server reports, they go to tech@acme.example.com from "
    "now on.",
    "bitte nehmen Sie mich aus dem Verteiler für die monatlichen Server-Berichte heraus, die gehen ab sofort an "
    "technik@woerthnet.example.com. Die Rechnungen schicken Sie bitte weiterhin an mich.",
    "Please remove me from the mailing list for the weekly reports and send them to ops@acme.example.com instead.",
    "Please stop sending them to this address. Our new address is accounts@newco.example.com.",
    "Please stop emailing this address, I have moved to m.ortiz@harbourlaw.example.org, please use that one.",
])
def test_a_list_removal_with_the_mail_sent_elsewhere_is_asked(text):
    """The mail goes on to another address from now on: a possible opt-out, never a certain one."""
    assert mail_redirected(text)
    dnc = [w for w in detect_wishes(text, TUE, "Europe/Vienna") if w.kind == "do_not_contact"]
    assert dnc and not any(w.certain for w in dnc)


@pytest.mark.parametrize("text", [
    "Please remove me from your mailing list. I am not interested.",
    "Please do not contact me again. Please send the deinstallation schedule to fleet.admin@acme.example.com.",
    "Please remove me from your mailing list.\n\nJohn Smith\njohn@acme.example.com",
])
def test_an_opt_out_without_a_standing_redirect_stays_certain(text):
    """One document sent once, or an address in the sign-off, moves no mail: the opt-out stands."""
    assert not mail_redirected(text)
    assert any(w.kind == "do_not_contact" and w.certain for w in detect_wishes(text, TUE, "Europe/London"))


@pytest.mark.parametrize("text", [
    "Ab sofort gehen die Berichte an technik@acme.example.com.",
    "Les rapports vont désormais à tech@acme.example.com.",
    "Los informes van a partir de ahora a tech@acme.example.com.",
    "D'ora in poi i report vanno a tech@acme.example.com.",
    "A partir de agora os relatórios vão para tech@acme.example.com.",
    "De rapporten gaan voortaan naar tech@acme.example.com.",
])
def test_a_standing_redirect_is_read_in_every_language(text):
    """The redirect reads in the seven languages."""
    assert mail_redirected(text)

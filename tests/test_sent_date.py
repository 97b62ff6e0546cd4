"""Reading when a quoted email was sent from its header line (followup/text/sent_date.py)."""
from datetime import datetime

import pytest

from followup.text.sent_date import sent_at


@pytest.mark.parametrize("header, local", [
    ("Sent: Tuesday, 4 March 2031 09:15", datetime(2031, 3, 4, 9, 15)),
    ("Sent: Monday, March 3, 2031 4:05:10 PM", datetime(2031, 3, 3, 16, 5)),
    ("On Wed, 5 Mar 2031 at 08:40, Ana Ruiz <ana@example.com> wrote:", datetime(2031, 3, 5, 8, 40)),
    ("Gesendet: Donnerstag, 6. März 2031 17:02", datetime(2031, 3, 6, 17, 2)),
    ("Am 07.03.2031 um 10:30 schrieb Jonas Brandt:", datetime(2031, 3, 7, 10, 30)),
    ("Le 2031-03-10 14:00, Paul Girard a écrit :", datetime(2031, 3, 10, 14, 0)),
    ("Envoyé : mardi 11 mars 2031 11:20", datetime(2031, 3, 11, 11, 20)),
    ("El mié, 12 mar 2031 a las 9:05, Lucía Gómez (<l@example.com>) escribió:", datetime(2031, 3, 12, 9, 5)),
    ("Enviado el: jueves, 13 de marzo de 2031 18:45", datetime(2031, 3, 13, 18, 45)),
])
def test_header_dates_in_four_languages(header, local):
    assert sent_at(header, "UTC") == local


def test_the_zone_turns_local_time_into_utc():
    assert sent_at("Gesendet: Donnerstag, 6. März 2031 17:02", "Europe/Berlin") == datetime(2031, 3, 6, 16, 2)


def test_a_date_that_reads_two_ways_or_none_is_no_date():
    assert sent_at("On 03/04/2031 10:00, Ana wrote:", "UTC") is None
    assert sent_at("From: Ana Ruiz <ana@example.com>", "UTC") is None
    assert sent_at("On 3/24/2031 10:00, Ana wrote:", "UTC") == datetime(2031, 3, 24, 10, 0)

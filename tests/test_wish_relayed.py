"""A wish relayed from the writer's own decision maker in a forwarded message (followup/text/wish_relayed.py)."""
from datetime import datetime

from followup.text.replies import split_reply, spoken_text
from followup.text.wish_base import DNC, PAUSED, PREFERENCE, Wish
from followup.text.wish_relayed import relayed, relayed_body
from followup.text.wishes import detect_wishes

SENT = datetime(2026, 11, 10, 15, 0)
BELOW = ("> From: Ruth Okafor\n> Sent: Mon 9 Nov 2026 17:02\n> To: Sam Lee\n> Subject: RE: Fleet tracking\n>\n"
         "> Sam - not this budget year. We'll revisit once the new depot is open.\n")


def test_the_relayed_body_is_the_first_message_below_without_its_header():
    assert relayed_body(BELOW) == "Sam - not this budget year. We'll revisit once the new depot is open."
    assert relayed_body("-----Original Message-----\nFrom: A\nSubject: B\n\nCall me mornings.\n\nOn Mon X wrote:\n> hi") \
        == "Call me mornings."


def test_a_relayed_wish_of_the_writers_own_side_is_possible_of_a_kind_not_read():
    read = lambda body: [Wish(PAUSED, body, certain=True), Wish(DNC, body, certain=True)]  # noqa: E731
    found = relayed("See below from our MD, I'm afraid.", BELOW, [], read)
    assert [(w.kind, w.certain) for w in found] == [(PAUSED, False)]  # a wait said with it: no stop
    assert relayed("See below from our MD.", BELOW, [Wish(PAUSED, "x", certain=True)], read) == []
    stop = lambda body: [Wish(DNC, body, certain=True)]  # noqa: E731
    found = relayed("See below from our MD.", BELOW, [], stop)
    assert [(w.kind, w.certain) for w in found] == [(DNC, False)]  # an opt-out relayed alone: only asked about


def test_a_thread_not_relayed_from_the_writers_side_is_not_read():
    read = lambda body: [Wish(PAUSED, body, certain=True)]  # noqa: E731
    assert relayed("Thanks, the figures are attached.", BELOW, [], read) == []
    assert relayed("See below.", BELOW, [], read) == []  # no decision maker of theirs named


def test_detect_wishes_reads_a_directors_forwarded_time_of_day_as_possible():
    text = ("Hi Amy,\n\nForwarding this from our director, as he asked.\n\nThanks,\nKim\n\n"
            "> From: Rob Hale\n> Sent: Mon 9 Nov 2026 18:40\n> To: Kim Marsh\n> Subject: Re: call\n>\n"
            "> Kim, tell them to ring me first thing. After ten I'm in meetings.\n")
    split = split_reply(text)
    before = detect_wishes(spoken_text(*split), SENT, "America/Chicago", second_opinion=False, quoted=split[1])
    assert before == []
    wishes = detect_wishes(spoken_text(*split), SENT, "America/Chicago", quoted=split[1])
    assert [(w.kind, w.preference, w.certain) for w in wishes] == [(PREFERENCE, "time:morning", False)]


def test_an_opt_out_relayed_from_a_titled_person_below_is_asked_about_never_applied():
    text = ("Hey Tasha, see below from Mr. Hollis. Please handle before Tuesday.\n\n"
            "---------- Forwarded message ---------\nFrom: Earl Hollis\nSubject: RE: Hard hats\n\n"
            "Tasha, please tell the rep from that safety gear company that I am done with them. They are not to call "
            "me, not to email me and not to come by the yard again.\n")
    split = split_reply(text)
    wishes = detect_wishes(spoken_text(*split), SENT, "America/Chicago", quoted=split[1])
    assert [(w.kind, w.certain) for w in wishes if w.kind == DNC] == [(DNC, False)]

"""A customer's request pasted with its "please" said as their wish (theirplease.py)."""
from followup.drafting.theirplease import turned


def test_a_doing_they_ask_for_is_what_they_would_like_us_to_do():
    assert turned("please call the caretaker before 8am", "en") == "you'd like us to call the caretaker before 8am"
    assert turned("deliver after the 12th please", "en") == "you'd like us to deliver after the 12th"


def test_a_thing_they_ask_for_is_what_they_would_like():
    assert turned("please the second week of March", "en") == "you'd like the second week of March"
    assert turned("the hall is free from 3 May, so installation on 4 May please", "en") == \
        "the hall is free from 3 May, so you'd like installation on 4 May"


def test_the_point_before_their_request_is_kept_with_it():
    assert turned("the governors approved the plan and please start with the annex", "en") == \
        "the governors approved the plan, and you'd like us to start with the annex"


def test_a_request_that_points_into_their_email_is_left_to_them():
    assert turned("your term starts in September so please read the notes below", "en") == \
        "your term starts in September"


def test_german_a_thing_named_before_bitte():
    assert turned("Die Lieferung bitte erst nach dem 5. Mai", "de") == "Sie möchten die Lieferung erst nach dem 5. Mai"
    assert turned("Sie nehmen 20 Tische; und die Montage bitte am Vormittag", "de") == \
        "Sie nehmen 20 Tische, und Sie möchten die Montage am Vormittag"
    assert turned("bitte bis Ende Mai montiert", "de") is None


def test_what_cannot_be_turned_is_none():
    assert turned("as per the call please confirm the visit", "en") is None
    assert turned("merci de confirmer la date", "fr") is None
    assert turned("tables: 4 please", "en") is None


def test_a_doing_with_their_please_inside_it_is_said_as_their_wish():
    assert turned("deliver please the morning of Friday 3 June", "en") == \
        "you'd like us to deliver the morning of Friday 3 June"

"""followup.users: a rep's own settings (sign-off, working hours) are checked before anything is stored."""
import pytest
from sqlmodel import select

from followup.exceptions import BadInput
from followup.models import AuditEvent
from followup.users import add_user, update_settings, work_hours_text


def test_working_hours_from_the_form_fields_are_canonical_or_refused_naming_the_problem():
    assert work_hours_text("", "", []) is None  # nothing given: any time
    assert work_hours_text("09:00", "17:30", ["Fri", "Mon", "Tue", "Wed", "Thu"]) == "Mon-Fri 09:00-17:30"
    assert work_hours_text("08:00", "12:00", ["Sat", "Mon"]) == "Mon,Sat 08:00-12:00"
    for start, end, days, words in (("09:00", "", ["Mon"], "give a start, an end and at least one day"),
                                    ("09:00", "17:00", [], "give a start, an end and at least one day"),
                                    ("17:00", "09:00", ["Mon"], "the start time must be before the end time"),
                                    ("9am", "17:00", ["Mon"], "'9am' is not a time like 09:00"),
                                    ("09:00", "17:00", ["Funday"], "'Funday' is not a day like Mon")):
        with pytest.raises(BadInput) as refused:
            work_hours_text(start, end, days)
        assert str(refused.value).startswith("working hours: ") and words in str(refused.value), refused.value


def test_update_settings_stores_everything_or_nothing(session):
    rep = add_user(session, "sam@rep.example", "Sam Rep", "correct horse battery")
    for kwargs, words in (({"timezone": "Mars/Olympus"}, "time zone: 'Mars/Olympus' is not an IANA name"),
                          ({"sign_off": "Best,\nSam"}, "sign-off: one line"),
                          ({"signature": "x" * 2001}, "signature: longer than 2000 characters"),
                          ({"work_hours": "sometimes"}, "working hours: bad send window")):
        given = {"timezone": "Europe/Paris", "signature": "Sam", "sign_off": "Bien à vous,", "work_hours": None,
                 **kwargs}
        with pytest.raises(BadInput) as refused:
            update_settings(session, rep, **given)
        assert words in str(refused.value)
        assert (rep.timezone, rep.sign_off, rep.work_hours) == (None, "", None)
    update_settings(session, rep, timezone="Europe/Paris", signature="", sign_off=" Bien à vous, ",
                    work_hours="mon-fri 09:00-17:00")
    session.commit()
    assert (rep.timezone, rep.signature, rep.sign_off, rep.work_hours) == ("Europe/Paris", "Sam Rep", "Bien à vous,",
                                                                          "Mon-Fri 09:00-17:00")
    event = session.exec(select(AuditEvent).where(AuditEvent.kind == "user.settings")).one()
    assert event.detail["work_hours"] == "Mon-Fri 09:00-17:00" and event.actor_id == rep.id

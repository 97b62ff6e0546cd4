"""A call note's promise to send is kept by the rep's next email when it went in time and the customer answered it."""
from dataclasses import replace
from datetime import datetime

from followup.drafting.conversation import build_state
from followup.drafting.sentences import Source

NOTE = Source("note", 1, "Call with Hugo Lenz. Send the updated price sheet Friday.", datetime(2026, 3, 3, 15), "note")
SENT = Source("message", 2, "Dear Mr Lenz,\n\nAs discussed:\n\n- 40 units at EUR 90\n\nBest regards,\nIda",
              datetime(2026, 3, 6, 10), "outbound")
REPLY = Source("message", 3, "Dear Ida,\n\nThanks. Does the price include delivery to Leeds?\n\nBest regards,\nHugo Lenz",
               datetime(2026, 3, 20, 9), "inbound")


def _sends(sources):
    state = build_state(sources, "Europe/London", datetime(2026, 3, 23, 9), customer_name="Hugo Lenz")
    return [(i.quote, i.status) for i in state.items if i.kind == "commitment" and "price sheet" in i.quote]


def test_a_note_promise_answered_after_the_reps_next_email_is_kept():
    assert _sends([NOTE, SENT, REPLY]) == [("Send the updated price sheet Friday.", "kept")]


def test_an_email_long_after_the_promised_day_keeps_nothing():
    late = Source("message", 2, SENT.text, datetime(2026, 3, 17, 10), "outbound")
    assert [s for _, s in _sends([NOTE, late, REPLY])] != ["kept"]


def test_a_customer_who_says_it_never_came_keeps_it_open():
    never = Source("message", 3, "Dear Ida,\n\nThe price sheet has not arrived yet.\n\nBest regards,\nHugo Lenz",
                   datetime(2026, 3, 20, 9), "inbound")
    assert [s for _, s in _sends([NOTE, SENT, never])] != ["kept"]



def test_a_yes_answer_with_a_send_is_no_promise_kept():
    """"Datasheet: yes, emailed with the manual" answers their question; the next email does not close it."""
    from followup.drafting.items import Item
    from followup.drafting.sentsince import kept_sends
    said = Item(kind="commitment", text="", quote="Datasheet: yes, emailed with the manual.", source_kind="note",
                source_id=1, at=NOTE.at, direction="note")
    promise = replace(said, quote="Send the updated price sheet Friday.")
    out = kept_sends([said, promise], [NOTE, SENT, REPLY], {})
    assert [i.status for i in out] == ["open", "kept"]


def _attached(lines, reply_text, language_line=None):
    """The status of an email's attachment or request line once the customer has (or has not) written since."""
    from followup.drafting.items import Item
    from followup.drafting.sentsince import moved_on
    said = Item(kind="commitment", text="", quote=lines, source_kind="message", source_id=2,
                at=datetime(2026, 3, 6, 10), direction="outbound")
    sources = [Source("message", 2, lines, datetime(2026, 3, 6, 10), "outbound")]
    if reply_text:
        sources.append(Source("message", 3, reply_text, datetime(2026, 4, 2, 9), "inbound"))
    return moved_on([said], sources, {})[0].status


def test_an_old_attachment_or_request_line_is_not_said_again_once_the_customer_moved_on():
    thanks = "Dear Ida,\n\nThanks for the sample results, we'd now like 60 units.\n\nHugo"
    assert _attached("The sample form is attached - please return 5 parts and we will measure them.", thanks) == "kept"
    assert _attached("Anbei das Prüfformular, wir melden uns mit dem Bericht.", thanks) == "kept"
    assert _attached("Ci-joint le formulaire, nous vous enverrons le rapport.", thanks) == "kept"
    assert _attached("Le adjunto el formulario y le enviaremos el informe.", thanks) == "kept"


def test_an_attachment_line_stays_open_before_any_reply_or_when_it_never_came():
    assert _attached("The sample form is attached - please return 5 parts and we will measure them.", "") == "open"
    never = "Dear Ida,\n\nWe never got the form, could you send it again?\n\nHugo"
    assert _attached("The sample form is attached - please return 5 parts and we will measure them.", never) == "open"


def test_a_promise_without_an_attachment_or_request_is_left_to_the_other_rules():
    thanks = "Dear Ida,\n\nThanks, all clear.\n\nHugo"
    assert _attached("I'll send the calibration certificates with the delivery.", thanks) == "open"

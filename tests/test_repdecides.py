"""A customer's ask that is the rep's decision or a fact to find out is an answer slot, never an "I'll ..." promise."""
from followup.drafting.actions import finding_out
from followup.drafting.items import Item
from followup.drafting.repdecides import confirm_slot, rep_decides
from followup.drafting.restating import restate


def test_decision_question_is_asked_not_promised():
    assert restate("Can you include halal options in the FreshPot machine?", "inbound",
                   "question") == "can I include halal options in the FreshPot machine"
    assert restate("Could you include an annual service for both units?", "inbound",
                   "question") == "could I include an annual service for both units"


def test_confirm_request_is_the_question_it_asks():
    assert restate("Also please confirm you can install 20 doors before the audit.", "inbound",
                   "request") == "can I install 20 doors before the audit?"
    assert restate("Please confirm the delivery date.", "inbound", "request") == "the delivery date"
    assert restate("Can you confirm it'll be with us before the 12th of Feb?", "inbound",
                   "question") == "will it be with you before the 12th of Feb?"


def test_errands_stay_promises():
    assert restate("Can you send the contract?", "inbound", "question") == "I'll send the contract"
    assert restate("Please include the freight.", "inbound", "request") == "I'll include the freight"


def test_rep_decides():
    assert rep_decides("include", question=True)
    assert not rep_decides("include", question=False)  # "Please include the freight": their instruction
    assert rep_decides("confirm", question=False)
    assert not rep_decides("send", question=True)


def test_confirm_slot():
    assert confirm_slot("confirm that I can deliver by Friday") == "can I deliver by Friday?"
    assert confirm_slot("send the contract") == ""


def test_finding_out_request():
    ask = Item(kind="request", text="", quote="Please confirm the delivery date.", source_kind="message",
               source_id="1", at=None, direction="inbound")
    assert finding_out(ask)
    errand = Item(kind="request", text="", quote="Please send the contract.", source_kind="message", source_id="1",
                  at=None, direction="inbound")
    assert not finding_out(errand)

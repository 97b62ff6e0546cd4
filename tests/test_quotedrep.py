"""The rep's own email quoted under a customer's reply read as their outbound email (followup/drafting/quotedrep.py)."""
from datetime import datetime

from followup.drafting import quotedrep
from followup.drafting.conversation import build_state
from followup.drafting.quotedrep import quoted_id, with_quoted_replies
from followup.drafting.sentences import Source

_OFFER = ("Hello Tom,\n\nFor the banners:\n\n40 banners: EUR 18.50 each, EUR 740 excl. VAT\n\n"
          "I'll check whether the matt vinyl is in stock and let you know.\n\nMaria")
_REPLY = Source("message", 7, "Hi Maria,\n\nWe'll go ahead with the 40 banners. Is delivery free?\n\nTom",
                datetime(2031, 3, 20, 9, 0), "inbound", replied=_OFFER,
                replied_head="On Mon, 3 Mar 2031 at 10:00, Maria Lind <maria@signs.example.com> wrote:")


def test_the_quoted_email_is_the_reps_outbound_email_of_its_day(monkeypatch):
    out = with_quoted_replies([_REPLY], "UTC")
    quoted = [s for s in out if s.direction == "outbound"]
    assert len(quoted) == 1
    assert quoted[0].id == quoted_id(7) and quoted[0].at == datetime(2031, 3, 3, 10, 0)
    # by default only its promise to find out is read; with QUOTED_TERMS its offer too
    assert "matt vinyl" in quoted[0].text and "EUR 18.50" not in quoted[0].text
    monkeypatch.setattr(quotedrep, "QUOTED_TERMS", True)
    assert "EUR 18.50" in with_quoted_replies([_REPLY], "UTC")[-1].text


def test_a_synced_copy_or_an_unnamed_or_undated_quote_adds_nothing():
    synced = Source("message", 3, _OFFER.replace("Hello Tom,", "Hi Tom,"), datetime(2031, 3, 3, 10, 0), "outbound")
    assert len(with_quoted_replies([synced, _REPLY], "UTC")) == 2
    unnamed = Source("message", 8, _REPLY.text, _REPLY.at, "inbound", replied=_OFFER)
    assert len(with_quoted_replies([unnamed], "UTC")) == 1
    undated = Source("message", 9, _REPLY.text, _REPLY.at, "inbound", replied=_OFFER,
                     replied_head="Maria Lind <maria@signs.example.com> wrote:")
    assert len(with_quoted_replies([undated], "UTC")) == 1


def test_the_quoted_promise_is_still_open():
    state = build_state([_REPLY], "UTC", datetime(2031, 3, 21, 9, 0), customer_name="Tom Berg")
    assert any("matt vinyl" in c for c in state.checking)
    assert any(i.kind == "commitment" and i.source_id == quoted_id(7) for i in state.open())


def test_a_quote_with_no_promise_to_find_out_adds_nothing():
    plain = Source("message", 7, _REPLY.text, _REPLY.at, "inbound", replied=_OFFER.split("I'll check")[0],
                   replied_head=_REPLY.replied_head)
    assert len(with_quoted_replies([plain], "UTC")) == 1

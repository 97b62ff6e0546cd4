"""Threading: references, out-of-order arrival, the bounded subject fallback, the database path, and a real archive."""
from __future__ import annotations

import importlib.util
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from followup.customers import get_or_create_customer
from followup.inbound.threads import SUBJECT_WINDOW, Link, assign_threads, is_reply_subject, parent_pairs, subject_key
from followup.models import Thread
from followup.users import default_team

ROOT = Path(__file__).resolve().parent.parent
T0 = datetime(2026, 11, 2, 9, 0)
# Measured 2026-11-23 (benchmarks/bench_sync.py): precision 1.000, recall 1.000 with our tree cut at the
# index's 3 levels (MHonArc draws no deeper); the floor leaves room for small changes, not for regressions.
FEDORA_FLOOR = 0.97


def link(mid, subject="Quote", *, irt=None, refs=(), customer="c1", at=T0) -> Link:
    return Link(mid, irt, tuple(refs), subject, customer, at)


@pytest.mark.parametrize("subject, key", [
    ("Re: Quote for 20 seats", "quote for 20 seats"),
    ("RE: Fwd: AW:  quote   for 20 SEATS ", "quote for 20 seats"),
    ("SV: TR: Re[2]: Offer", "offer"),
    ("[fedora-devel] Re: ABRT considered painful", "abrt considered painful"),
    ("Fw: Re: ", ""),
    ("Regarding the offer", "regarding the offer"),
])
def test_subject_key_strips_prefixes_case_and_whitespace(subject, key):
    assert subject_key(subject) == key


def test_reply_subject():
    assert is_reply_subject("Re: x") and is_reply_subject("AW: x") and is_reply_subject("[list] Fwd: x")
    assert not is_reply_subject("Regarding x") and not is_reply_subject("Quote")


def test_reply_joins_the_message_it_references_even_with_another_subject():
    pairs = parent_pairs([link("a"), link("b", "Something else entirely", irt="a", refs=["a"]),
                          link("c", "x", refs=["a", "b"])])
    assert pairs == [("a", "b"), ("b", "c")]


def test_replies_synced_before_the_message_they_answer_share_its_thread():
    pairs = parent_pairs([link("c", refs=["a", "b"], irt="b"), link("d", refs=["a"], irt="a"), link("a")])
    # d shares c's root "a" (its first-seen message is c); a itself arrives last and starts nothing new.
    assert pairs == [("c", "d")]


def test_subject_fallback_needs_a_reply_prefix_same_customer_and_a_recent_thread():
    window = SUBJECT_WINDOW
    assert parent_pairs([link("a"), link("b", "Re: quote", at=T0 + timedelta(days=3))]) == [("a", "b")]
    assert parent_pairs([link("a"), link("b", "Quote", at=T0 + timedelta(days=3))]) == []
    assert parent_pairs([link("a"), link("b", "Re: quote", customer="c2")]) == []
    assert parent_pairs([link("a"), link("b", "Re: quote", customer=None)]) == []
    assert parent_pairs([link("a"), link("b", "Re: quote", at=T0 + window + timedelta(days=1))]) == []


def test_assign_threads_joins_stored_threads_across_batches(session):
    team = default_team(session)
    customer = get_or_create_customer(session, "tom@customer.example", team_id=team.id)
    first = assign_threads(session, team.id, [Link("a@x", None, (), "Quote", customer.id, T0),
                                              Link("b@x", "a@x", ("a@x",), "Re: Quote", customer.id, T0)])
    assert first[0] == first[1] and first[0] is not None
    # Another batch (as in another sync): a reference, a subject-only reply, a different customer.
    other = get_or_create_customer(session, "una@customer.example", team_id=team.id)
    later = T0 + timedelta(days=5)
    second = assign_threads(session, team.id, [
        Link("c@x", "b@x", ("a@x", "b@x"), "Re: Quote", customer.id, later),
        Link("d@x", None, (), "AW: quote", customer.id, later),
        Link("e@x", None, (), "Re: Quote", other.id, later),
    ])
    assert second[0] == second[1] == first[0]
    assert second[2] != first[0] and session.get(Thread, second[2]).customer_id == other.id
    thread = session.get(Thread, first[0])
    assert thread.root_message_id == "a@x" and thread.last_message_at == later and thread.subject_key == "quote"
    assert len(session.exec(select(Thread)).all()) == 2


def test_subject_reply_in_a_later_batch_joins_the_newest_of_the_customers_same_subject_threads(session):
    """Only the newest (subject, customer) thread is loaded and joined, however many older ones share the subject."""
    team = default_team(session)
    customer = get_or_create_customer(session, "tom@customer.example", team_id=team.id)
    other = get_or_create_customer(session, "una@customer.example", team_id=team.id)
    stored = [assign_threads(session, team.id, [Link(f"q{k}@x", None, (), "Quote", customer.id,
                                                     T0 + timedelta(days=k))])[0] for k in range(4)]
    # A thread with no date at all never counts as the newest (PostgreSQL sorts NULL first when descending).
    session.add(Thread(team_id=team.id, customer_id=customer.id, subject="Quote", subject_key="quote",
                       root_message_id="undated@x", last_message_at=None))
    session.flush()
    newer_other = assign_threads(session, team.id, [Link("o@x", None, (), "Quote", other.id, T0 + timedelta(days=9))])
    assert len(set(stored)) == 4 and newer_other[0] not in stored
    reply = assign_threads(session, team.id, [Link("r@x", None, (), "Re: Quote", customer.id, T0 + timedelta(days=5))])
    assert reply == [stored[-1]]
    assert session.get(Thread, stored[-1]).last_message_at == T0 + timedelta(days=5)


def test_threads_of_a_real_mailing_list_match_its_archive_index(corpora_dir, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_CORPORA", str(corpora_dir))
    spec = importlib.util.spec_from_file_location("bench_sync", ROOT / "benchmarks" / "bench_sync.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    scores = bench.fedora_thread_scores(corpora_dir)
    assert scores["messages"] == 292 and scores["gold_pairs"] > 200
    assert scores["precision"] >= FEDORA_FLOOR and scores["recall"] >= FEDORA_FLOOR, scores

"""Leases: one holder at a time, expiry, renewal, on SQLite and PostgreSQL."""
import threading
from datetime import timedelta

from followup import leases
from followup.clock import utcnow

TTL = timedelta(minutes=2)


def test_one_holder_at_a_time_until_expiry(any_db):
    now = utcnow()
    assert leases.acquire(any_db, "job:sync", "a", TTL, now)
    assert not leases.acquire(any_db, "job:sync", "b", TTL, now)
    assert leases.acquire(any_db, "job:sync", "a", TTL, now)  # renewal by the holder
    assert leases.current_holder(any_db, "job:sync", now) == "a"
    later = now + TTL + timedelta(seconds=1)
    assert leases.acquire(any_db, "job:sync", "b", TTL, later)  # expired: taken over
    assert leases.current_holder(any_db, "job:sync", later) == "b"


def test_release_lets_another_take_it(any_db):
    assert leases.acquire(any_db, "sync:box", "a", TTL)
    leases.release(any_db, "sync:box", "b")  # not the holder: no effect
    assert not leases.acquire(any_db, "sync:box", "b", TTL)
    leases.release(any_db, "sync:box", "a")
    assert leases.acquire(any_db, "sync:box", "b", TTL)


def test_racing_threads_get_exactly_one_lease(any_db):
    """Many threads with their own connections race for a fresh lease: exactly one wins."""
    barrier = threading.Barrier(8)
    wins = []

    def contend(i):
        barrier.wait()
        if leases.acquire(any_db, "job:race", f"t{i}", TTL):
            wins.append(i)

    threads = [threading.Thread(target=contend, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(wins) == 1


def test_held_renews_and_releases(any_db):
    with leases.Held(any_db, "job:x", timedelta(seconds=3), holder="me") as held:
        assert held.acquired
        with leases.Held(any_db, "job:x", timedelta(seconds=3), holder="other") as second:
            assert not second.acquired
    assert leases.current_holder(any_db, "job:x") is None

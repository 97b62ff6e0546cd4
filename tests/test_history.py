"""Recent mail first, then the older history (followup/inbound/history.py and the read-back of followup/inbound/sync.py),
against the real Dovecot of followup_testing/servers.py."""
from __future__ import annotations

import dataclasses
import json
from datetime import timedelta

import pytest
from sqlmodel import select

from followup.approval import approve
from followup.clock import utcnow
from followup.drafting.prepare import prepare_drafts
from followup.inbound import history
from followup.inbound.sync import read_history, sync_mailbox
from followup.models import Customer, Draft, MailboxFolder, Message, User
from followup.outbound.outbox import send_due
from test_network_faults import stored, stored_ids
from test_process_faults import config_file as small_batches_config  # noqa: F401  (fixture, used by name below)
from test_process_faults import count, kill, start, wait_for
from test_sync import REP, mail, mailbox, settings, vault  # noqa: F401  (fixtures)

pytestmark = pytest.mark.dovecot

OLD = timedelta(days=400)  # well before the default 30-day recent window


def one_at_a_time(settings):
    """Settings reading one message per batch, so the order of the reads shows in the row ids."""
    return dataclasses.replace(settings, sync=dataclasses.replace(settings.sync, batch_size=1, history_batch_size=1,
                                                                  parse_workers=1))


def ago(delta: timedelta):
    return utcnow() - delta


def fresh(session) -> None:
    session.rollback()
    session.expire_all()


def inbox(session, mailbox) -> MailboxFolder:
    return session.exec(select(MailboxFolder).where(MailboxFolder.mailbox_id == mailbox.id,
                                                    MailboxFolder.role == "inbox")).one()


def test_first_sync_reads_the_recent_window_newest_first_then_the_history(db, session, mailbox, vault, settings,
                                                                         dovecot, imap_user):
    settings = one_at_a_time(settings)
    ids = {}
    # UIDs interleave old and recent mail, as in a mailbox filled by an import
    for i, (label, age) in enumerate([("old1", OLD + timedelta(days=2)), ("new1", timedelta(days=3)),
                                      ("old2", OLD + timedelta(days=1)), ("new2", timedelta(days=1)),
                                      ("old3", OLD)]):
        raw, ids[label] = mail(f"C{i} <c{i}@customer.example>", REP, f"About {label}", f"Message {label}.",
                               when=ago(age))
        dovecot.write_maildir(imap_user, "INBOX", [raw], internaldate=ago(age))

    recent = sync_mailbox(db.session, mailbox.id, vault, settings, history=False)
    assert recent.error is None and recent.new_messages == 2
    fresh(session)
    assert [m.message_id_header for m in session.exec(select(Message).order_by(Message.id))] == [ids["new2"], ids["new1"]]
    state = inbox(session, mailbox)
    assert state.recent_uid is None and state.history_uid is not None
    assert history.describe(history.progress(session, mailbox.id)) == "history: 40% (2 of 5)"
    assert history.loading(session, mailbox.team_id)

    rest = read_history(db.session, mailbox.id, vault, settings)
    assert rest.error is None and rest.new_messages == 3
    fresh(session)
    assert [m.message_id_header for m in session.exec(select(Message).order_by(Message.id))] == [
        ids["new2"], ids["new1"], ids["old3"], ids["old2"], ids["old1"]]
    assert inbox(session, mailbox).history_uid is None and history.progress(session, mailbox.id) is None
    assert not history.loading(session, mailbox.team_id)
    # New mail keeps flowing as before, and nothing is read twice.
    later, later_id = mail("C9 <c9@customer.example>", REP, "Later", "Anything new?")
    dovecot.write_maildir(imap_user, "INBOX", [later])
    again = sync_mailbox(db.session, mailbox.id, vault, settings)
    assert again.new_messages == 1 and stored(db)[:2] == (6, 6)


def test_new_mail_during_the_history_read_is_synced_and_the_history_still_completes(db, session, mailbox, vault,
                                                                                    settings, dovecot, imap_user):
    old = [mail(f"C{i} <c{i}@customer.example>", REP, f"Old {i}", "An old note.", when=ago(OLD))[0] for i in range(4)]
    dovecot.write_maildir(imap_user, "INBOX", old, internaldate=ago(OLD))
    assert sync_mailbox(db.session, mailbox.id, vault, settings, history=False).new_messages == 0
    new, new_id = mail("N <n@customer.example>", REP, "New", "Fresh mail.")
    dovecot.write_maildir(imap_user, "INBOX", [new])

    assert sync_mailbox(db.session, mailbox.id, vault, settings, history=False).new_messages == 1
    assert read_history(db.session, mailbox.id, vault, settings).new_messages == 4
    assert stored(db)[:2] == (5, 5) and new_id in stored_ids(db)


def test_each_history_write_transaction_stores_at_most_history_batch_size_messages(db, mailbox, vault, settings,
                                                                                 dovecot, imap_user):
    """Issue 18 item 5: the history is fetched and parsed batch_size at a time but written history_batch_size at a
    time, each in its own short transaction, so a rep's click waits behind at most that many messages' inserts."""
    import sqlalchemy as sa

    settings = dataclasses.replace(settings, sync=dataclasses.replace(settings.sync, batch_size=100,
                                                                      history_batch_size=4))
    old = [mail(f"C{i} <c{i}@customer.example>", REP, f"Old {i}", "An old note.", when=ago(OLD))[0] for i in range(11)]
    dovecot.write_maildir(imap_user, "INBOX", old, internaldate=ago(OLD))
    assert sync_mailbox(db.session, mailbox.id, vault, settings, history=False).new_messages == 0
    per_commit: list[int] = []

    def count_at_commit(conn) -> None:
        """Messages stored when each transaction of the history read commits (its own rows included)."""
        per_commit.append(conn.exec_driver_sql("SELECT count(*) FROM message").scalar())

    sa.event.listen(db.engine, "commit", count_at_commit)
    try:
        assert read_history(db.session, mailbox.id, vault, settings).new_messages == 11
    finally:
        sa.event.remove(db.engine, "commit", count_at_commit)
    grew = [b - a for a, b in zip([0] + per_commit, per_commit) if b != a]
    assert grew == [4, 4, 3], per_commit  # newest first, 4 + 4 + 3: never all 11 in one transaction


def seed_rep_and_draft_history(session, mailbox, dovecot, imap_user, *, old_words: str):
    """Sam wrote old_words long ago and a question last week (the question drafts a follow-up)."""
    old, _ = mail("Sam <sam@customer.example>", REP, "Re: offer", old_words, when=ago(OLD))
    dovecot.write_maildir(imap_user, "INBOX", [old], internaldate=ago(OLD))
    question, _ = mail("Sam <sam@customer.example>", REP, "Seats",
                       "Hi Rita, could you send the quote for 12 seats by Friday?\n\nSam", when=ago(timedelta(days=7)))
    dovecot.write_maildir(imap_user, "INBOX", [question], internaldate=ago(timedelta(days=7)))


def test_an_opt_out_found_in_the_history_holds_an_approved_draft(db, session, mailbox, vault, settings, dovecot,
                                                                 imap_user):
    seed_rep_and_draft_history(session, mailbox, dovecot, imap_user, old_words="Please stop emailing me.\n\nSam")
    assert sync_mailbox(db.session, mailbox.id, vault, settings, history=False).new_messages == 1
    created = prepare_drafts(db, settings)["created"]
    assert len(created) == 1
    fresh(session)
    draft = session.get(Draft, created[0])
    assert draft.history_loading and draft.hold_reason == history.LOADING_NOTE  # the draft says so
    rep = session.exec(select(User)).one()
    approve(session, draft, rep)
    session.commit()
    # The approved draft waits for the history ...
    sent = send_due(db, vault, settings)
    assert sent["sent"] == [] and [h["reason"] for h in sent["held"]] == [history.SEND_HOLD]

    read_history(db.session, mailbox.id, vault, settings)
    fresh(session)
    sam = session.exec(select(Customer).where(Customer.email == "sam@customer.example")).one()
    assert sam.status == "do_not_contact" and "stop emailing me" in sam.status_reason
    held = session.get(Draft, created[0])
    assert held.status == "approved" and "found in older mail" in held.hold_reason  # said at once, before any send
    # ... and the opt-out it found holds it for good.
    sent = send_due(db, vault, settings)
    assert sent["sent"] == [] and len(sent["held"]) == 1 and "do not contact" in sent["held"][0]["reason"]


def test_a_rep_may_send_without_waiting_for_the_history(db, session, mailbox, vault, settings, dovecot, imap_user):
    seed_rep_and_draft_history(session, mailbox, dovecot, imap_user, old_words="Thanks for the call.")
    sync_mailbox(db.session, mailbox.id, vault, settings, history=False)
    (draft_id,) = prepare_drafts(db, settings)["created"]
    fresh(session)
    rep = session.exec(select(User)).one()
    draft = approve(session, session.get(Draft, draft_id), rep)
    history.override(session, draft, rep)
    session.commit()
    always = dataclasses.replace(settings, policy=dataclasses.replace(settings.policy, send_window="always"))

    sent = send_due(db, vault, always)
    assert sent["sent"] == [draft_id], sent


def test_a_pause_in_the_history_holds_unless_a_later_message_lifted_it(db, session, mailbox, vault, settings, dovecot,
                                                                       imap_user):
    lifted, _ = mail("Lee <lee@customer.example>", REP, "Re: offer", "Not right now, maybe next year.", when=ago(OLD))
    kept, _ = mail("Kim <kim@customer.example>", REP, "Re: offer", "Not right now, maybe next year.", when=ago(OLD))
    dovecot.write_maildir(imap_user, "INBOX", [lifted, kept], internaldate=ago(OLD))
    later, _ = mail("Lee <lee@customer.example>", REP, "Ready", "We are ready to talk again.", when=ago(timedelta(days=2)))
    dovecot.write_maildir(imap_user, "INBOX", [later], internaldate=ago(timedelta(days=2)))

    sync_mailbox(db.session, mailbox.id, vault, settings)  # the whole first sync, history included
    fresh(session)
    status = {c.email: c.status for c in session.exec(select(Customer))}
    assert status == {"lee@customer.example": "active", "kim@customer.example": "paused"}


def test_a_thread_whose_parent_arrives_later_joins_up(db, session, mailbox, vault, settings, dovecot, imap_user):
    parent, parent_id = mail(f"Rita Rep <{REP}>", "Tom <tom@customer.example>", "Quote for 20 seats", "Here it is.",
                             when=ago(OLD))
    child, child_id = mail("Tom <tom@customer.example>", REP, "Re: Quote for 20 seats", "Thanks, one question.",
                           in_reply_to=parent_id, when=ago(timedelta(days=1)))
    dovecot.write_maildir(imap_user, "Sent", [parent], internaldate=ago(OLD))
    dovecot.write_maildir(imap_user, "INBOX", [child], internaldate=ago(timedelta(days=1)))

    sync_mailbox(db.session, mailbox.id, vault, settings, history=False)
    fresh(session)
    assert [m.message_id_header for m in session.exec(select(Message))] == [child_id]
    read_history(db.session, mailbox.id, vault, settings)
    fresh(session)
    thread_of = {m.message_id_header: m.thread_id for m in session.exec(select(Message))}
    assert thread_of[parent_id] == thread_of[child_id] is not None


def test_drafts_prepared_while_the_history_loaded_are_prepared_again_once_it_is(db, session, mailbox, vault, settings,
                                                                                dovecot, imap_user):
    seed_rep_and_draft_history(session, mailbox, dovecot, imap_user, old_words="Thanks for the call.")
    sync_mailbox(db.session, mailbox.id, vault, settings, history=False)
    (first,) = prepare_drafts(db, settings)["created"]
    assert history.refresh(db, settings) == {"created": [], "skipped": []}  # still loading: nothing to refresh

    read_history(db.session, mailbox.id, vault, settings)
    refreshed = history.refresh(db, settings)
    fresh(session)
    assert session.get(Draft, first).status == "stale" and session.get(Draft, first).hold_reason == history.REFRESHED
    (second,) = refreshed["created"]
    again = session.get(Draft, second)
    assert not again.history_loading and again.hold_reason is None and again.status == "pending"


def test_a_draft_whose_customer_has_no_older_mail_is_kept_once_the_history_is_read(db, session, mailbox, vault,
                                                                                      settings, dovecot, imap_user):
    seed_rep_and_draft_history(session, mailbox, dovecot, imap_user, old_words="Thanks for the call.")
    only_recent, _ = mail("Ana <ana@customer.example>", REP, "Licences",
                          "Hi Rita, could you send the price for 30 licences by Monday?\n\nAna",
                          when=ago(timedelta(days=3)))
    dovecot.write_maildir(imap_user, "INBOX", [only_recent], internaldate=ago(timedelta(days=3)))
    sync_mailbox(db.session, mailbox.id, vault, settings, history=False)
    created = prepare_drafts(db, settings)["created"]
    fresh(session)
    by_email = {session.get(Customer, session.get(Draft, d).customer_id).email: d for d in created}
    assert set(by_email) == {"sam@customer.example", "ana@customer.example"}

    read_history(db.session, mailbox.id, vault, settings)
    refreshed = history.refresh(db, settings)
    fresh(session)
    kept, redone = session.get(Draft, by_email["ana@customer.example"]), session.get(Draft, by_email["sam@customer.example"])
    # Ana's history brought nothing the draft did not read: the same draft, no longer marked as loading.
    assert kept.status == "pending" and not kept.history_loading and kept.hold_reason is None
    # Sam's older message arrived after his draft was prepared: prepared again from the whole history.
    assert redone.status == "stale" and redone.hold_reason == history.REFRESHED
    (again,) = refreshed["created"]
    assert session.get(Draft, again).customer_id == redone.customer_id


def test_cli_sync_reads_recent_drafts_then_history_in_one_command(db, session, cli, mailbox, dovecot, imap_user):
    seed_rep_and_draft_history(session, mailbox, dovecot, imap_user, old_words="Thanks for the call.")
    result = cli("sync", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"new_messages", "quarantined", "mailboxes"} and report["new_messages"] == 2
    fresh(session)
    assert not history.loading(session, mailbox.team_id)
    live = session.exec(select(Draft).where(Draft.status == "pending")).all()
    assert len(live) == 1 and not live[0].history_loading  # prepared from the recent window, then again


def test_cli_sync_drafts_a_customer_only_the_history_brought(db, session, cli, mailbox, dovecot, imap_user):
    seed_rep_and_draft_history(session, mailbox, dovecot, imap_user, old_words="Thanks for the call.")
    older, _ = mail("Olga <olga@customer.example>", REP, "Desks",
                    "Hi Rita, could you send the price for 8 desks by Friday?\n\nOlga", when=ago(timedelta(days=45)))
    dovecot.write_maildir(imap_user, "INBOX", [older], internaldate=ago(timedelta(days=45)))
    result = cli("sync", "--json")
    assert result.returncode == 0 and json.loads(result.stdout)["new_messages"] == 3, result.stderr
    fresh(session)
    olga = session.exec(select(Customer).where(Customer.email == "olga@customer.example")).one()
    drafts = session.exec(select(Draft).where(Draft.customer_id == olga.id, Draft.status == "pending")).all()
    # read after the recent window's drafts, so prepared in the pass over the customers the history brought mail
    assert len(drafts) == 1 and "8" in drafts[0].body and not drafts[0].history_loading


def test_cli_sync_of_later_mail_prepares_its_drafts_too(db, session, cli, mailbox, dovecot, imap_user):
    seed_rep_and_draft_history(session, mailbox, dovecot, imap_user, old_words="Thanks for the call.")
    assert cli("sync", "--json").returncode == 0
    later, _ = mail("Kim <kim@customer.example>", REP, "Licences",
                    "Hi Rita, could you send the price for 40 licences by Monday?\n\nKim", when=ago(timedelta(hours=2)))
    dovecot.write_maildir(imap_user, "INBOX", [later], internaldate=ago(timedelta(hours=2)))
    result = cli("sync", "--json")
    assert result.returncode == 0 and json.loads(result.stdout)["new_messages"] == 1, result.stderr
    fresh(session)
    kim = session.exec(select(Customer).where(Customer.email == "kim@customer.example")).one()
    drafts = session.exec(select(Draft).where(Draft.customer_id == kim.id, Draft.status == "pending")).all()
    assert len(drafts) == 1 and "40" in drafts[0].body  # in the queue after the sync, not at the scheduler's run


@pytest.mark.slow
def test_sync_killed_during_the_history_then_rerun_stores_every_message_once(db, session, cli, small_batches_config,
                                                                             mailbox, dovecot, imap_user):
    small_batches_config.write_text(small_batches_config.read_text().replace("batch_size = 100",
                                                                             "batch_size = 100\nhistory_batch_size = 25"))
    from test_network_faults import make_messages

    old, old_ids = make_messages(1500, body_bytes=1000)
    recent, recent_ids = make_messages(60, body_bytes=1000)
    dovecot.write_maildir(imap_user, "INBOX", old, internaldate=ago(OLD))
    dovecot.write_maildir(imap_user, "INBOX", recent, internaldate=ago(timedelta(days=2)))

    def history_under_way():
        with db.session() as s:
            row = s.exec(select(MailboxFolder).where(MailboxFolder.role == "inbox")).first()
            return row is not None and row.recent_uid is None and row.history_uid is not None \
                and row.history_done > len(recent) + 100

    proc = start(small_batches_config, "sync")
    try:
        wait_for(proc, history_under_way, "the history read under way")
    finally:
        kill(proc)
    partial = stored(db)
    assert len(recent) < partial[0] == partial[1] < len(old) + len(recent), partial
    assert recent_ids <= stored_ids(db)  # the recent window was read first

    rerun = cli("sync", "--json")
    assert rerun.returncode == 0, rerun.stderr
    assert partial[0] + json.loads(rerun.stdout)["new_messages"] == len(old) + len(recent)
    assert stored(db) == (len(old) + len(recent),) * 2 + (0,) and stored_ids(db) == old_ids | recent_ids
    assert count(db, MailboxFolder, MailboxFolder.history_uid.is_not(None)) == 0


def test_mailboxes_page_and_healthz_show_the_history_progress(db, client, teams):
    with db.session() as s:
        s.add(MailboxFolder(mailbox_id=teams[0].mailbox_id, name="INBOX", role="inbox", uidvalidity=7, last_uid=20000,
                            history_since=utcnow(), history_uid=13001, history_total=20000, history_done=7000))
        s.add(MailboxFolder(mailbox_id=teams[1].mailbox_id, name="INBOX", role="inbox", uidvalidity=7, last_uid=5))
        s.commit()

    assert "history: 35% (7,000 of 20,000)" in client.get("/mailboxes").text
    health = client.get("/healthz").get_json()
    assert [m["history"] for m in health["mailboxes"]] == ["history: 35% (7,000 of 20,000)"]  # own team only


def test_a_rep_overrides_the_history_wait_from_the_draft_page(db, client, teams):
    from tests.webutil import post

    draft_id = teams[0].draft_id
    with db.session() as s:
        draft = s.get(Draft, draft_id)
        draft.history_loading = True
        s.add(draft)
        s.commit()
    page = client.get(f"/drafts/{draft_id}").text
    assert "Send without waiting for older mail" in page

    response = post(client, f"/drafts/{draft_id}/without-history", page=f"/drafts/{draft_id}")
    assert response.status_code == 302
    with db.session() as s:
        assert s.get(Draft, draft_id).history_override
    assert post(client, f"/drafts/{teams[1].draft_id}/without-history").status_code == 404  # another team's draft


def test_a_mailbox_with_only_recent_mail_has_no_history_to_wait_for(db, session, mailbox, vault, settings,
                                                                     dovecot, imap_user):
    """The recent window held every message: no history job is needed before sends may go."""
    for i in range(2):
        raw, _ = mail(f"C{i} <c{i}@customer.example>", REP, f"Recent {i}", "Any news?", when=ago(timedelta(days=i)))
        dovecot.write_maildir(imap_user, "INBOX", [raw], internaldate=ago(timedelta(days=i)))
    recent = sync_mailbox(db.session, mailbox.id, vault, settings, history=False)
    assert recent.error is None and recent.new_messages == 2
    fresh(session)
    assert inbox(session, mailbox).history_uid is None
    assert not history.loading(session, mailbox.team_id) and history.progress(session, mailbox.id) is None


def test_the_first_drafts_wait_for_no_search_of_the_whole_folder(db, session, mailbox, vault, settings, dovecot,
                                                                  imap_user, monkeypatch):
    """The newest recent mail is found among the top UIDs and stored before the SEARCH of the whole recent window
    (seconds on a folder of 100,000 messages), so the first drafts do not wait for it."""
    import imapclient

    from followup.inbound import readback

    monkeypatch.setattr(readback, "FIRST_DRAFTS_SCAN", 3)
    searches: list[list] = []
    original = imapclient.IMAPClient.search

    def recording(self, criteria="ALL", charset=None):
        searches.append(list(criteria))
        return original(self, criteria, charset)

    monkeypatch.setattr(imapclient.IMAPClient, "search", recording)
    ids = []
    for i, age in enumerate([OLD + timedelta(days=1), OLD, *(timedelta(days=6 - d) for d in range(6))]):
        raw, message_id = mail(f"C{i} <c{i}@customer.example>", REP, f"Quote {i}", "Could you send the quote?",
                               when=ago(age))
        dovecot.write_maildir(imap_user, "INBOX", [raw], internaldate=ago(age))
        ids.append(message_id)
    at_first_read = {}

    def first_read():
        with db.session() as s:
            at_first_read["stored"] = sorted(s.exec(select(Message.message_id_header)).all())
        at_first_read["searches"] = [c for c in searches if "SINCE" in c or "BEFORE" in c]

    result = sync_mailbox(db.session, mailbox.id, vault, settings, history=False, first_read=first_read)
    assert result.error is None and result.new_messages == 6
    assert at_first_read["stored"] == sorted(ids[-3:])  # UIDs 6-8, the top three
    assert len(at_first_read["searches"]) == 1 and at_first_read["searches"][0][:2] == ["UID", "6:8"]
    fresh(session)
    assert sorted(session.exec(select(Message.message_id_header)).all()) == sorted(ids[2:])


def test_the_history_reads_an_opt_out_in_any_old_message_and_a_pause_only_in_the_newest(db, session, mailbox, vault,
                                                                                       settings, dovecot, imap_user):
    long_text = "Thanks for the call.\n\n" + "We looked at the figures again. " * 400 + "\nRemove me from your list."
    said = {"bo": ["Please stop emailing me.", "Thanks for the update."],  # older first, then newer
            "cy": ["Not right now, maybe next year.", "Let us talk about the rollout."],
            "di": ["Thanks for the update.", "Not right now, maybe next year."],
            "ed": [long_text]}
    for name, texts in said.items():
        for i, text in enumerate(texts):
            when = ago(OLD + timedelta(days=len(texts) - i))
            raw, _ = mail(f"{name.title()} <{name}@customer.example>", REP, "Re: offer", text, when=when)
            dovecot.write_maildir(imap_user, "INBOX", [raw], internaldate=when)

    assert sync_mailbox(db.session, mailbox.id, vault, settings, history=False).new_messages == 0  # all older mail
    assert read_history(db.session, mailbox.id, vault, settings).new_messages == 7
    fresh(session)
    status = {c.email.split("@")[0]: c.status for c in session.exec(select(Customer))}
    # an opt-out holds whenever it was said; a pause only when no later message of the customer lifted it
    assert status == {"bo": "do_not_contact", "cy": "active", "di": "paused", "ed": "do_not_contact"}
    # the old message is stored whole (drafts and the timeline read it), not cut at the opt-out reader's convenience
    stored_long = session.exec(select(Message).where(Message.from_addr == "ed@customer.example")).one()
    assert stored_long.new_text.endswith("Remove me from your list.") and len(stored_long.new_text) > 12_000


def test_a_reply_and_its_parent_both_in_the_history_share_a_thread_with_their_links(db, session, mailbox, vault,
                                                                                    settings, dovecot, imap_user):
    parent, parent_id = mail(f"Rita Rep <{REP}>", "Uma <uma@customer.example>", "Quote for 8 seats", "Here it is.",
                             when=ago(OLD + timedelta(days=3)))
    child, child_id = mail("Uma <uma@customer.example>", REP, "Re: Quote for 8 seats", "Thanks, one question.",
                           in_reply_to=parent_id, when=ago(OLD))
    dovecot.write_maildir(imap_user, "Sent", [parent], internaldate=ago(OLD + timedelta(days=3)))
    dovecot.write_maildir(imap_user, "INBOX", [child], internaldate=ago(OLD))

    sync_mailbox(db.session, mailbox.id, vault, settings)  # the whole first sync: both are older history
    fresh(session)
    rows = {m.message_id_header: m for m in session.exec(select(Message))}
    assert rows[child_id].in_reply_to == parent_id and parent_id in rows[child_id].references
    assert rows[parent_id].thread_id == rows[child_id].thread_id is not None
    uma = session.exec(select(Customer).where(Customer.email == "uma@customer.example")).one()
    assert rows[parent_id].customer_id == rows[child_id].customer_id == uma.id


def test_the_parse_pool_reads_older_mail_for_opt_outs_alone_in_no_zone():
    from followup.inbound.parse_pool import Reading, parse_one

    raw, _ = mail("Vi <vi@customer.example>", REP, "Re: offer",
                  "Not right now, maybe next year. Also, please stop emailing me.", when=ago(OLD))
    history_read = parse_one(raw, None, 10**6, Reading("history", "America/Chicago", frozenset({REP})))
    assert history_read.tz is None and [w.kind for w in history_read.wishes] == ["do_not_contact"]
    recent_read = parse_one(raw, None, 10**6, Reading("recent", "America/Chicago", frozenset({REP})))
    assert recent_read.tz == "America/Chicago" and "do_not_contact" in [w.kind for w in recent_read.wishes]


def test_each_history_transaction_moves_the_cursor_and_reports_the_count_read(db, session, mailbox, vault, settings,
                                                                              dovecot, imap_user):
    """The cursor and count are moved by one statement in each transaction; progress reports what it counted."""
    settings = dataclasses.replace(settings, sync=dataclasses.replace(settings.sync, history_batch_size=2))
    for i in range(5):
        raw, _ = mail(f"C{i} <c{i}@customer.example>", REP, f"Old {i}", f"Old message {i}.", when=ago(OLD + timedelta(days=i)))
        dovecot.write_maildir(imap_user, "INBOX", [raw], internaldate=ago(OLD + timedelta(days=i)))
    sync_mailbox(db.session, mailbox.id, vault, settings, history=False)
    seen: list[tuple[int, int]] = []
    read_history(db.session, mailbox.id, vault, settings, progress=lambda label, done, total: seen.append((done, total)))
    assert [done for done, _ in seen if done] == [2, 4, 5]
    fresh(session)
    assert inbox(session, mailbox).history_uid is None and inbox(session, mailbox).history_done == 5
    assert len(session.exec(select(Message)).all()) == 5


def test_a_uidvalidity_change_under_the_history_read_stores_nothing_of_the_batch(db, session, mailbox, vault, settings,
                                                                                dovecot, imap_user, monkeypatch):
    """A folder whose UIDVALIDITY changed in the database after the FETCH (a resync started over) gets no rows."""
    from followup.inbound import readback

    for i in range(3):
        raw, _ = mail(f"C{i} <c{i}@customer.example>", REP, f"Old {i}", f"Old message {i}.", when=ago(OLD))
        dovecot.write_maildir(imap_user, "INBOX", [raw], internaldate=ago(OLD))
    sync_mailbox(db.session, mailbox.id, vault, settings, history=False)
    real_fetch = readback.fetch

    def fetch_then_resync(client, uids):
        """The FETCH, then the folder's row moved to another UIDVALIDITY before the batch is stored."""
        fetched = real_fetch(client, uids)
        with db.session() as other:
            row = inbox(other, mailbox)
            row.uidvalidity += 1
            other.add(row)
            other.commit()
        return fetched

    monkeypatch.setattr(readback, "fetch", fetch_then_resync)
    read_history(db.session, mailbox.id, vault, settings)
    fresh(session)
    assert session.exec(select(Message)).all() == []
    assert inbox(session, mailbox).history_done == 0

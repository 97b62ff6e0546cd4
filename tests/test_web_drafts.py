"""The approval queue and the draft page: order, filters, sources, grounding, policy state and the four actions."""
import dataclasses
import re
from datetime import datetime, timedelta

from sqlmodel import select

from followup.approval import text_hash
from followup.clock import utcnow
from followup.models import Customer, Draft
from tests.webutil import post


def _add_drafts(db, side, specs):
    """Extra drafts for team A's customer: (subject, status, not_before offset in hours or None)."""
    ids = []
    with db.session() as s:
        for subject, status, hours in specs:
            d = Draft(team_id=side.team_id, customer_id=side.customer_id, subject=subject, body="b", status=status,
                      not_before=utcnow() + timedelta(hours=hours) if hours is not None else None)
            s.add(d)
            s.flush()
            ids.append(d.id)
        s.commit()
    return ids


def _subjects(text):
    return re.findall(r'<a href="/drafts/\d+">([^<]*)</a>', text)


def test_queue_lists_pending_drafts_what_is_due_first(db, client, teams):
    _add_drafts(db, teams[0], [("later", "pending", 48), ("sooner", "pending", 2), ("done", "sent", None)])
    page = client.get("/drafts")
    assert page.status_code == 200
    assert _subjects(page.text) == ["Re: Pilot quote", "sooner", "later"]
    assert "Dana Demo" in page.text and "unanswered request" in page.text


def test_queue_filters_by_status(db, client, teams):
    _add_drafts(db, teams[0], [("gone", "sent", None), ("nope", "rejected", None)])
    assert _subjects(client.get("/drafts?status=sent").text) == ["gone"]
    assert _subjects(client.get("/drafts?status=rejected").text) == ["nope"]
    assert set(_subjects(client.get("/drafts?status=all").text)) == {"Re: Pilot quote", "gone", "nope"}
    assert _subjects(client.get("/drafts?status=bogus").text) == ["Re: Pilot quote"]  # unknown filter: pending


def test_queue_pages_by_the_configured_size(app, db, client, teams):
    st = app.extensions["followup"]
    st.settings = dataclasses.replace(st.settings, web=dataclasses.replace(st.settings.web, queue_page_size=2))
    _add_drafts(db, teams[0], [(f"d{i}", "pending", i) for i in range(1, 4)])
    first, second = client.get("/drafts"), client.get("/drafts?page=2")
    assert _subjects(first.text) == ["Re: Pilot quote", "d1"] and "page 1 of 2" in first.text
    assert _subjects(second.text) == ["d2", "d3"]


def test_each_row_offers_its_status_actions_and_escapes_what_it_shows(db, client, teams):
    rejected, approved, failed = _add_drafts(db, teams[0], [("no <b>thanks</b>", "rejected", None),
                                                           ("yes & go", "approved", None), ("bounced", "failed", None)])
    with db.session() as s:
        s.get(Draft, failed).hold_reason = "permanent SMTP error: 550 <no such user>"
        d = s.get(Draft, teams[0].draft_id)
        d.grounded, d.reason = False, 'asked "how much?"'
        s.commit()
    page = client.get("/drafts?status=all").text
    row = {int(i): text for i, text in re.findall(r'<tr data-id="(\d+)"(.*?)</tr>', page, re.S)}
    assert 'formaction="/drafts/%d/restore"' % rejected in row[rejected] and "no &lt;b&gt;thanks&lt;/b&gt;" in row[rejected]
    assert 'formaction="/drafts/%d/unapprove"' % approved in row[approved] and "yes &amp; go" in row[approved]
    assert "disabled" in row[approved] and "data-next-send=" in row[approved]  # a live draft shows the gate's time
    assert '<small class="muted">permanent SMTP error: 550 &lt;no such user&gt;</small>' in row[failed]
    assert "data-next-send=" not in row[failed] and 'class="actions">\n    \n  </td>' in row[failed]
    pending = row[teams[0].draft_id]
    assert 'data-key="a"' in pending and 'data-snooze="/drafts/%d/snooze"' % teams[0].draft_id in pending
    assert ">check</span>" in pending and "why: asked &#34;how much?&#34;" in pending


def test_draft_page_shows_sources_with_quotes_marked_and_the_policy_state(client, teams):
    page = client.get(f"/drafts/{teams[0].draft_id}").text
    assert "<mark>Could you send the revised quote for 25 seats?</mark>" in page
    assert f"<mark>{teams[0].pilot}</mark>" in page
    assert f'id="message-{teams[0].inbound_id}"' in page and f'id="note-{teams[0].note_id}"' in page
    assert 'name="subject" value="Re: Pilot quote"' in page
    assert "Can send now" in page or "Held" in page  # depends on the send window at the time the test runs


def test_grounding_flags_figures_not_in_the_sources(db, client, teams):
    with db.session() as s:
        d = s.get(Draft, teams[0].draft_id)
        d.body = "Hi Dana,\n\nThe quote for 25 seats is $9,999 and we can start on March 3.\n"
        s.add(d)
        s.commit()
    page = client.get(f"/drafts/{teams[0].draft_id}").text
    flagged = re.search(r"Not found in this customer's sources: (.*?)\. Check", page, re.S).group(1)
    assert "$9,999" in flagged and "25" not in re.sub(r"<[^>]+>", "", flagged).replace("$9,999", "")
    assert re.search(r'<tr class="ok"><td>25', page)


def test_policy_panel_shows_a_quiet_period_as_held(db, client, teams):
    with db.session() as s:
        c = s.get(Customer, teams[0].customer_id)
        c.quiet_until = utcnow() + timedelta(days=5)
        s.add(c)
        s.commit()
    page = client.get(f"/drafts/{teams[0].draft_id}").text
    assert re.search(r"<strong>Held until [^<]+</strong> because quiet period until \d{4}-\d\d-\d\d", page)


def test_approve_approves_the_exact_text_in_the_form(db, client, teams):
    body = "Hi Dana,\n\nHere is the revised quote for 25 seats.\n"
    response = post(client, f"/drafts/{teams[0].draft_id}/decide",
                    {"action": "approve", "subject": "Re: Pilot quote", "body": body.replace("\n", "\r\n")})
    assert response.status_code == 302 and response.headers["Location"] == "/drafts"
    with db.session() as s:
        d = s.get(Draft, teams[0].draft_id)
    assert d.status == "approved" and d.body == body
    assert d.approved_hash == text_hash("Re: Pilot quote", body) and d.approved_by_id == teams[0].rep_id
    assert "approved" in client.get("/drafts").text


def test_save_edit_keeps_the_draft_pending_and_clears_an_approval(db, client, teams):
    url = f"/drafts/{teams[0].draft_id}/decide"
    post(client, url, {"action": "approve", "subject": "Re: Pilot quote", "body": "first\n"})
    refused = post(client, url, {"action": "save", "subject": "Re: Pilot quote", "body": "second\n"})
    with db.session() as s:
        assert s.get(Draft, teams[0].draft_id).status == "approved"  # a plain save never silently unapproves
    assert refused.status_code == 400 and "saving an edit takes the approval back" in refused.text
    assert ">second\n</textarea>" in refused.text  # the edit is still in the form, not lost
    response = post(client, url, {"action": "unapprove", "subject": "Re: Pilot quote", "body": "second\n"})
    assert response.headers["Location"] == f"/drafts/{teams[0].draft_id}"
    with db.session() as s:
        d = s.get(Draft, teams[0].draft_id)
    assert d.status == "pending" and d.body == "second\n" and d.approved_hash is None


def test_a_refused_transition_is_a_form_error(db, client, teams):
    with db.session() as s:
        d = s.get(Draft, teams[0].draft_id)
        d.grounded = False
        d.grounding = {"ok": False, "tokens": [], "unmatched": ["$9,999"]}
        s.add(d)
        s.commit()
    d_url = f"/drafts/{teams[0].draft_id}"
    response = post(client, f"{d_url}/decide", {"action": "approve", "subject": d.subject, "body": d.body},
                    follow_redirects=True)
    assert "Cannot approve" in response.text and "grounding report is not ok" in response.text
    empty = post(client, f"{d_url}/decide", {"action": "save", "subject": "", "body": "x"}, follow_redirects=True)
    assert "Cannot save: subject" in empty.text
    with db.session() as s:
        assert s.get(Draft, teams[0].draft_id).status == "pending"


def test_reject(db, client, teams):
    response = post(client, f"/drafts/{teams[0].draft_id}/reject")
    assert response.headers["Location"] == "/drafts"
    with db.session() as s:
        assert s.get(Draft, teams[0].draft_id).status == "rejected"
    page = client.get(f"/drafts/{teams[0].draft_id}").text
    assert 'name="body"' not in page  # a rejected draft is shown, not editable
    again = post(client, f"/drafts/{teams[0].draft_id}/reject", follow_redirects=True)
    assert "Cannot reject" in again.text


def test_snooze_takes_a_local_time_and_refuses_the_past(db, client, teams):
    url = f"/drafts/{teams[0].draft_id}/snooze"
    later = (utcnow() + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    assert post(client, url, {"until": later}).headers["Location"] == "/drafts"
    with db.session() as s:
        d = s.get(Draft, teams[0].draft_id)
    assert d.not_before is not None and d.not_before > utcnow() + timedelta(days=2)
    past = post(client, url, {"until": "2020-01-01T10:00"}, follow_redirects=True)
    assert "Cannot snooze" in past.text
    garbage = post(client, url, {"until": "next tuesday"}, follow_redirects=True)
    assert "Cannot snooze" in garbage.text and "is not a date" in garbage.text
    with db.session() as s:
        assert s.get(Draft, teams[0].draft_id).not_before == d.not_before


def test_send_now_runs_the_outbox(db, client, teams):
    post(client, f"/drafts/{teams[0].draft_id}/decide",
         {"action": "approve", "subject": "Re: Pilot quote", "body": "Hi Dana,\n\nThe quote follows.\n"})
    response = post(client, "/drafts/send", follow_redirects=True)
    assert re.search(r"Sent \d+, held \d+, failed \d+", response.text)
    with db.session() as s:
        d = s.get(Draft, teams[0].draft_id)
    assert d.status == "sent" or (d.status == "approved" and d.hold_reason), (d.status, d.hold_reason, d.error)


def test_prepare_now_runs_the_drafting_pipeline_for_the_team(db, client, teams):
    with db.session() as s:
        s.get(Draft, teams[0].draft_id).status = "rejected"
        s.commit()
    response = post(client, "/drafts/prepare", follow_redirects=True)
    assert re.search(r"Prepared 1 draft\(s\); 0 customer\(s\) need none now", response.text)
    with db.session() as s:
        fresh = s.exec(select(Draft).where(Draft.id > teams[1].draft_id)).all()
    assert [d.customer_id for d in fresh] == [teams[0].customer_id]  # only the rep's own team is prepared
    assert fresh[0].status == "pending" and fresh[0].sources and "$12,000" in fresh[0].body


def test_held_filter_lists_approved_drafts_the_gate_holds(db, client, teams):
    held, waiting = _add_drafts(db, teams[0], [("held one", "approved", 24), ("waiting", "approved", None)])
    with db.session() as s:
        s.get(Draft, held).hold_reason = "quiet period until 2030-01-01"
        s.commit()
    page = client.get("/drafts?status=held").text
    assert _subjects(page) == ["held one"] and "held (1)" in page
    # the row says what the sender will decide once not_before has passed: the stored hold, or the send window then
    assert re.search(r"held: (quiet period until 2030-01-01|outside send window)", page)
    assert _subjects(client.get("/drafts?status=approved").text) == ["waiting", "held one"]


def test_a_stale_draft_says_why_and_offers_no_approval(db, client, teams):
    with db.session() as s:
        d = s.get(Draft, teams[0].draft_id)
        d.status, d.hold_reason = "stale", "customer wrote after this draft was prepared"
        s.commit()
    page = client.get(f"/drafts/{teams[0].draft_id}").text
    assert "Stale:</strong> customer wrote after this draft was prepared" in page
    assert "Approve this text" not in page and "Can send now" not in page


def test_an_unfilled_answer_slot_is_highlighted_and_refuses_approval(db, client, teams):
    slot = "[[answer: does the team plan include SSO?]]"
    body = f"Hi Dana,\n\nOn your question: {slot}\n"
    with db.session() as s:
        s.get(Draft, teams[0].draft_id).body = body
        s.commit()
    url = f"/drafts/{teams[0].draft_id}"
    page = client.get(url).text
    assert '<mark class="bad slot">[[answer: does the team plan include SSO?]]</mark>' in page
    response = post(client, f"{url}/decide", {"action": "approve", "subject": "Re: Pilot quote", "body": body},
                    follow_redirects=True)
    assert "Cannot approve: draft" in response.text and "is unfilled" in response.text
    assert response.status_code == 400 and f"On your question: {slot}" in response.text  # the typed text stays
    with db.session() as s:
        assert s.get(Draft, teams[0].draft_id).status == "pending"
    filled = body.replace(slot, "Yes, SSO is part of the team plan.")
    unverified = post(client, f"{url}/check", {"body": filled}).json["count"]  # "SSO" is in no source: confirmed
    done = post(client, f"{url}/decide", {"action": "approve", "subject": "Re: Pilot quote", "body": filled,
                                          "confirm_unverified": str(unverified)})
    assert done.headers["Location"] == "/drafts"


def test_snooze_presets_are_in_the_reps_zone_and_the_reason_reads_local_time(db, client, teams):
    from followup.clock import to_utc
    from followup.web.queue_rows import snooze_presets

    with db.session() as s:
        from followup.models import User
        rep = s.get(User, teams[0].rep_id)
        rep.timezone = "Asia/Tokyo"
        s.add(rep)
        s.commit()
    page = client.get(f"/drafts/{teams[0].draft_id}").text
    tomorrow = re.search(r'name="preset" value="([^"]+)">Tomorrow 9:00', page).group(1)
    assert tomorrow.endswith("T09:00")
    response = post(client, f"/drafts/{teams[0].draft_id}/snooze", {"preset": tomorrow})
    assert response.status_code == 302
    with db.session() as s:
        d = s.get(Draft, teams[0].draft_id)
    assert d.not_before == to_utc(datetime.fromisoformat(tomorrow), "Asia/Tokyo")  # 09:00 Tokyo, not 09:00 UTC
    assert d.hold_reason == f"snoozed until {tomorrow.replace('T', ' ')} Asia/Tokyo"
    assert _subjects(client.get("/drafts").text) == []  # out of the pending tab ...
    assert _subjects(client.get("/drafts?status=snoozed").text) == ["Re: Pilot quote"]  # ... into Snoozed
    labels = [label for label, _ in snooze_presets("America/Chicago", datetime(2026, 11, 27, 15, 0))]  # Fri 09:00 CST
    assert labels == ["Later today 13:00", "Tomorrow 9:00", "Monday 9:00", "Next week (Fri 9:00)"]


def test_reject_can_be_undone_and_the_next_draft_opens(db, client, teams):
    from followup.customers import get_or_create_customer

    first = teams[0].draft_id
    with db.session() as s:
        other = get_or_create_customer(s, "other@example.test", team_id=teams[0].team_id)
        s.commit()
        [second] = _add_drafts(db, dataclasses.replace(teams[0], customer_id=other.id), [("another", "pending", None)])
    response = post(client, f"/drafts/{first}/reject", {})
    assert response.headers["Location"] == f"/drafts/{second}"  # the next draft opens
    page = client.get(response.headers["Location"]).text
    assert f'action="/drafts/{first}/restore"' in page and "data-undo" in page
    post(client, f"/drafts/{first}/restore", {})
    with db.session() as s:
        assert s.get(Draft, first).status == "pending"


def test_restore_refuses_when_a_newer_draft_is_live(db, client, teams):
    first = teams[0].draft_id
    post(client, f"/drafts/{first}/reject", {})
    _add_drafts(db, teams[0], [("newer", "pending", None)])
    page = client.get(post(client, f"/drafts/{first}/restore", {}).headers["Location"]).text
    assert "Cannot restore" in page and "has a newer draft" in page


def test_approving_unverified_figures_asks_first_and_the_server_rechecks(db, client, teams):
    url = f"/drafts/{teams[0].draft_id}/decide"
    body = "Hi Dana,\n\nThe 25 seats come to $9,999 and 7% off.\n"
    asked = post(client, url, {"action": "approve", "subject": "Re: Pilot quote", "body": body})
    assert asked.status_code == 200 and "Send with 2 unverified figures?" in asked.text
    assert "$9,999" in asked.text and "The 25 seats come to $9,999" in asked.text  # the typed text is kept
    with db.session() as s:
        assert s.get(Draft, teams[0].draft_id).status == "pending"
    # a confirmation for a different count (the text changed since) asks again
    again = post(client, url, {"action": "approve", "subject": "Re: Pilot quote", "body": body + "Also $4,321 more.\n",
                               "confirm_unverified": "2"})
    assert again.status_code == 200 and "Send with 3 unverified figures?" in again.text
    done = post(client, url, {"action": "approve", "subject": "Re: Pilot quote", "body": body, "confirm_unverified": "2"})
    assert done.status_code == 302
    with db.session() as s:
        assert s.get(Draft, teams[0].draft_id).status == "approved"


def test_the_draft_page_explains_the_conversation_state_with_sources(db, client, teams):
    with db.session() as s:
        s.get(Draft, teams[0].draft_id).status = "rejected"
        s.commit()
    post(client, "/drafts/prepare")
    with db.session() as s:
        fresh = s.exec(select(Draft).where(Draft.customer_id == teams[0].customer_id)
                       .order_by(Draft.id.desc())).first()
    page = client.get(f"/drafts/{fresh.id}").text
    assert "Where the conversation stands" in page
    assert f'href="#note-{teams[0].note_id}"' in page and f"Wants to {teams[0].pilot}." in page


def test_approve_selected_approves_each_draft_with_its_own_text(db, client, teams):
    ids = _add_drafts(db, teams[0], [("one", "pending", None), ("two", "pending", None)])
    with db.session() as s:
        for i in ids:
            d = s.get(Draft, i)
            d.body, d.grounded = f"Hi Dana,\n\nAbout the 25 seats ({i}).\n", True
            d.body = "Hi Dana,\n\nAbout the 25 seats.\n" if i == ids[0] else "Hi Dana,\n\nAbout the $77 fee.\n"
            s.add(d)
        s.commit()
    response = post(client, "/drafts/approve-selected", {"ids": [str(i) for i in ids] + ["9" * 30, "x"]})  # junk ignored
    page = client.get(response.headers["Location"]).text
    with db.session() as s:
        one, two = (s.get(Draft, i) for i in ids)
        assert one.status == "approved" and one.approved_hash == text_hash("one", one.body)
        assert two.status == "pending"  # $77 is in no source: it needs its own look
    assert f"{ids[1]}: 1 unverified figure(s)" in page


def test_queue_row_approve_returns_to_the_queue_with_an_undo(db, client, teams):
    response = post(client, f"/drafts/{teams[0].draft_id}/approve", {"from": "queue"})
    assert response.headers["Location"] == "/drafts?status=pending"
    page = client.get(response.headers["Location"]).text
    assert f'action="/drafts/{teams[0].draft_id}/unapprove"' in page
    with db.session() as s:
        assert s.get(Draft, teams[0].draft_id).status == "approved"


def test_without_smtp_the_pages_say_sending_is_off_and_mail_is_kept_locally(app, db, client, teams):
    from followup.outbound.outbox import send_due

    assert "Sending is off: mail stays in the local outbox" in client.get("/drafts").text
    page = client.get(f"/drafts/{teams[0].draft_id}").text
    preview = re.search(r'<dl class="preview" id="preview">(.*?)</dl>', page, re.S).group(1)
    assert "Rep A &lt;rep-a@example.com&gt; (mailbox box-a)" in preview
    assert "Dana Demo &lt;customer-a@example.test&gt;" in preview and "kept in the local outbox" in preview
    with db.session() as s:
        body = s.get(Draft, teams[0].draft_id).body
    post(client, f"/drafts/{teams[0].draft_id}/decide", {"action": "approve", "subject": "Re: Pilot quote", "body": body})
    with db.session() as s:
        c = s.get(Customer, teams[0].customer_id)
        c.send_window = "always"
        s.add(c)
        s.commit()
    st = app.extensions["followup"]
    assert send_due(st.db, st.vault, st.settings)["sent"] == [teams[0].draft_id]
    queue = client.get("/drafts?status=sent").text
    assert '<span class="status sent">kept locally</span>' in queue
    assert "kept in the local outbox" in client.get(f"/drafts/{teams[0].draft_id}").text


def test_the_editor_checks_grounding_as_the_rep_types(client, teams):
    answer = post(client, f"/drafts/{teams[0].draft_id}/check", {"body": "The 25 seats are $9,999."})
    assert answer.status_code == 200 and answer.json == {"unverified": ["$9,999"], "count": 1}
def test_send_now_sends_only_the_reps_team_and_shows_only_its_errors(db, client, teams):
    """Issue 13 finding 4: team B's approved draft stays put and its broken SMTP server is not named to team A."""
    from followup.approval import approve
    from followup.models import Mailbox, User
    from followup_testing.servers import free_port

    a, b = teams
    with db.session() as s:
        for side in (a, b):
            customer = s.get(Customer, side.customer_id)
            customer.send_window = "always"
            s.add(customer)
            approve(s, s.get(Draft, side.draft_id), s.get(User, side.rep_id))
        box_b = s.get(Mailbox, b.mailbox_id)
        box_b.smtp_host, box_b.smtp_port = "127.0.0.1", free_port()  # nothing listens there
        s.add(box_b)
        s.commit()

    response = post(client, "/drafts/send", follow_redirects=True)

    assert "Sent 1, held 0, failed 0." in response.text
    assert "box-b" not in response.text and str(box_b.smtp_port) not in response.text
    with db.session() as s:
        assert s.get(Draft, a.draft_id).status == "sent"
        assert s.get(Draft, b.draft_id).status == "approved"


def test_snooze_can_be_undone_and_its_reason_reads_in_each_reps_zone(db, client, teams):
    from followup.clock import local_text
    from followup.models import AuditEvent, User

    draft_id = teams[0].draft_id
    with db.session() as s:
        rep = s.get(User, teams[0].rep_id)
        rep.timezone = "Asia/Tokyo"
        customer = s.get(Customer, teams[0].customer_id)
        customer.send_window = "always"  # the snooze, not a closed send window, is what holds it
        s.add_all([rep, customer])
        s.commit()
    page = client.get(f"/drafts/{draft_id}").text
    tomorrow = re.search(r'name="preset" value="([^"]+)">Tomorrow 9:00', page).group(1)
    done = post(client, f"/drafts/{draft_id}/snooze", {"preset": tomorrow}, page=f"/drafts/{draft_id}")
    after = client.get(done.headers["Location"]).text
    assert f'action="/drafts/{draft_id}/unsnooze"' in after and "data-undo" in after  # Undo right after snoozing
    with db.session() as s:
        until = s.get(Draft, draft_id).not_before
        rep = s.get(User, teams[0].rep_id)
        rep.timezone = "Europe/Berlin"  # the rep moves (or a colleague in another zone reads the queue)
        s.add(rep)
        s.commit()
    snoozed = client.get("/drafts?status=snoozed").text
    assert f"snoozed until {local_text(until, 'Europe/Berlin')}" in snoozed and "Asia/Tokyo" not in snoozed
    assert f"snoozed until {local_text(until, 'Europe/Berlin')}" in client.get(f"/drafts/{draft_id}").text

    undone = post(client, f"/drafts/{draft_id}/unsnooze", page=f"/drafts/{draft_id}")
    assert undone.status_code == 302
    with db.session() as s:
        d = s.get(Draft, draft_id)
        assert (d.status, d.not_before, d.hold_reason) == ("pending", None, None)
        event = s.exec(select(AuditEvent).where(AuditEvent.kind == "draft.unsnoozed")).one()
        assert event.actor_id == teams[0].rep_id and event.entity_id == draft_id
    assert _subjects(client.get("/drafts").text) == ["Re: Pilot quote"]  # back in pending
    again = post(client, f"/drafts/{draft_id}/unsnooze", page=f"/drafts/{draft_id}", follow_redirects=True)
    assert f"Cannot unsnooze: draft {draft_id} is not snoozed" in again.text
    assert post(client, f"/drafts/{teams[1].draft_id}/unsnooze").status_code == 404  # another team's draft


def test_the_draft_page_shows_an_order_with_the_offer_it_accepts(db, client, teams):
    with db.session() as s:
        draft = s.get(Draft, teams[0].draft_id)
        draft.state = {"language": "en", "today": "2026-12-01", "timezone": "UTC", "last_interaction": {},
                       "topic": "", "closed": [],
                       "open": [{"kind": "order", "text": "USD 17,556", "quote": "We agree the price.",
                                 "source_kind": "message", "source_id": 3, "when": "", "internal": False,
                                 "by": "message:2", "status": "open"}]}
        s.add(draft)
        s.commit()
    page = client.get(f"/drafts/{teams[0].draft_id}").text
    assert "USD 17,556" in page and "(accepts the offer in message 2)" in page and "We agree the price." in page

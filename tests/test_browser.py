"""The web app in Debian's Chromium (Playwright), served by waitress on 127.0.0.1.

Never a downloaded browser: /usr/bin/chromium, headless, no sandbox, no background networking.
"""
from __future__ import annotations

import os
import re
import threading
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest
from sqlmodel import select

from followup.clock import to_utc, utcnow
from followup.models import Customer, Draft
from followup.users import add_user
from followup_testing.servers import DEFAULT_IMAP_PASSWORD

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
REP, PASSWORD = "rita@example.com", "browser test password"
WAIT_MS = 15_000
# read at import: the app fixture clears FOLLOWUP_* variables before each test
SAVE_SCREENSHOTS = os.environ.get("FOLLOWUP_SCREENSHOTS") == "1"


@pytest.fixture(autouse=True)
def local_servers_allowed(allow_local_mail_servers):
    """The test Dovecot and SMTP sink listen on 127.0.0.1 at random ports, which the web form refuses by default."""


@pytest.fixture
def live_server(app):
    """The app served by waitress in a thread on a free 127.0.0.1 port; yields the base URL."""
    from waitress.server import create_server

    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
    thread.join(timeout=10)


@pytest.fixture
def chromium_page(live_server):
    """A Chromium page with a default timeout; closed after the test."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        pg.set_default_timeout(WAIT_MS)
        errors: list[str] = []
        pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        yield pg
        browser.close()
    assert not errors, f"console errors (CSP violations?): {errors}"


def _mail(sender: str, subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, REP, subject
    msg["Message-ID"] = make_msgid(domain="browser.example")
    msg["Date"] = format_datetime(utcnow().replace(tzinfo=__import__("datetime").timezone.utc))
    msg.set_content(body)
    return msg.as_bytes()


def _log_in(page, email=REP, password=PASSWORD):
    page.goto("/")
    page.wait_for_url(re.compile(r"/login\?next=/$"))
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("button:has-text('Log in')")


def _flash(page) -> str:
    return page.inner_text(".flash >> nth=0")


def test_connect_sync_edit_approve_send_and_hold(chromium_page, db, app, dovecot, imap_user, smtp_server):
    page = chromium_page
    with db.session() as s:
        add_user(s, REP, "Rita Rep", PASSWORD)
        s.commit()
    dovecot.append(imap_user, "INBOX", _mail("Casey Customer <casey@example.test>", "Seats",
                                             "Hi Rita,\n\nWhat would 25 seats cost per year? Can we start on "
                                             "December 1?\n\nCasey"))
    dovecot.append(imap_user, "INBOX", _mail("Quinn Quiet <quinn@example.test>", "Renewal",
                                             "Hi Rita,\n\nCould you send the renewal terms for 40 drivers?\n\nQuinn"))

    _log_in(page)
    page.wait_for_url("**/mailboxes")  # no mailbox yet: the page that connects one
    page.fill("input[name=name]", "work")
    page.fill("input[name=email_address]", REP)
    page.fill("input[name=username]", imap_user)
    page.fill("input[name=password]", DEFAULT_IMAP_PASSWORD)
    page.fill("input[name=imap_host]", dovecot.host)
    page.fill("input[name=imap_port]", str(dovecot.imap_port))
    page.select_option("select[name=imap_security]", "none")
    page.fill("input[name=smtp_host]", smtp_server.host)
    page.fill("input[name=smtp_port]", str(smtp_server.port))
    page.select_option("select[name=smtp_security]", "none")
    page.click("button:has-text('Connect')")
    assert "Mailbox work connected" in _flash(page)
    assert DEFAULT_IMAP_PASSWORD not in page.content()

    page.click("button:has-text('Test connection')")
    assert "ok" in page.inner_text("ul.checks li.ok >> nth=0")
    page.click("button:has-text('Sync now')")
    assert "Synced work: 2 new message(s), 0 quarantined. 2 draft(s) prepared" in _flash(page)

    page.click("nav >> text=Queue")
    assert page.locator("table.queue tbody tr").count() == 2  # prepared by the sync: nothing more to click

    # edit and approve Casey's draft, with sending allowed at any hour for this test
    page.click("table.queue >> text=Re: Seats")
    page.wait_for_url(re.compile(r"/drafts/\d+$"))
    assert page.locator(".sources mark").count() >= 1
    edited = page.input_value("textarea[name=body]").replace("Hi Casey,", "Hi Casey, thanks for writing.")
    # the rep answers every open question the sources could not (a slot left unfilled blocks approval)
    edited = re.sub(r"\[\[answer:[^\]]*\]\]", "I will confirm that on our next call.", edited)
    page.fill("textarea[name=body]", edited)
    page.click("button:has-text('Approve this text')")
    assert "approved" in _flash(page)
    with db.session() as s:
        casey = s.exec(select(Customer).where(Customer.email == "casey@example.test")).one()
        quinn = s.exec(select(Customer).where(Customer.email == "quinn@example.test")).one()
    page.goto(f"/customers/{casey.id}")
    page.fill("input[name=send_window]", "always")
    page.click("button:has-text('Save limits')")
    assert "Limits saved" in _flash(page)

    page.click("nav >> text=Queue")
    page.click("button:has-text('Send approved now')")
    assert "Sent 1, held 0, failed 0." in _flash(page)
    received = smtp_server.wait_for(1, match=lambda m: "casey@example.test" in m.rcpt_tos)
    assert b"thanks for writing." in received[0].data

    # a quiet period holds Quinn's approved draft
    page.goto("/drafts")
    page.click("table.queue >> text=Re: Renewal")
    page.click("button:has-text('Approve this text')")
    page.goto(f"/customers/{quinn.id}")
    page.fill("input[name=days]", "3")
    page.fill("input[name=reason]", "needs a few days")
    page.click("button:has-text('Set quiet period')")
    assert "Quiet period set" in _flash(page)
    with db.session() as s:
        draft = s.exec(select(Draft).where(Draft.customer_id == quinn.id)).one()
    page.goto(f"/drafts/{draft.id}")
    assert re.search(r"Held until .+ because quiet period until \d{4}-\d\d-\d\d", page.inner_text("#policy"))
    page.goto("/drafts?status=approved")
    page.click("button:has-text('Send approved now')")
    assert "Sent 0, held 1, failed 0." in _flash(page)
    page.goto(f"/drafts/{draft.id}")
    assert "Outbox: held (quiet period until" in page.inner_text("#policy")
    assert len(smtp_server.messages) == 1

    page.click("button:has-text('Log out')")
    page.wait_for_url("**/login")
    page.goto("/drafts")
    page.wait_for_url(re.compile(r"/login\?next=/drafts$"))


def test_demo_screenshots(chromium_page, db, app, tmp_path):
    """The demo data in the browser: the queue and a draft page (saved under docs/ with FOLLOWUP_SCREENSHOTS=1)."""
    page = chromium_page
    folder = ROOT / "docs" if SAVE_SCREENSHOTS else tmp_path
    from followup.demo import load_demo

    st = app.extensions["followup"]
    result = load_demo(db, st.vault, st.settings)
    _log_in(page, result.email, result.password)
    page.wait_for_url("**/drafts")
    assert page.locator("table.queue tbody tr").count() == 3
    page.screenshot(path=str(folder / "queue.png"), full_page=True)
    page.click("table.queue >> text=Re: Pilot for the support team")
    assert page.locator(".sources mark").count() >= 2
    page.screenshot(path=str(folder / "draft.png"), full_page=True)
    # a figure the rep types that no source holds is marked where it stands, before any save
    body = page.input_value("textarea[name=body]")
    page.fill("textarea[name=body]", body.replace("\n\n", "\n\nThe annual price would be $4,900.\n\n", 1))
    page.locator(".editor .marks mark.unverified", has_text="$4,900").wait_for()
    page.evaluate("document.querySelector('textarea[name=body]').scrollTop = 0")
    page.wait_for_function("document.querySelector('.editor .marks').scrollTop === 0")
    page.locator("section.card.draft").screenshot(path=str(folder / "draft-editing.png"))
    page.goto("/drafts?status=held")
    page.click("table.queue >> text=Re: Demo follow-up")
    assert "quiet period until" in page.inner_text("#policy")
    for name in ("queue.png", "draft.png", "draft-editing.png"):
        assert (folder / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# ---------------------------------------------------------------- the queue as a workspace, the phone, axe-core

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
BLOCKING_IMPACTS = ("serious", "critical")


@pytest.fixture
def browser_context(live_server):
    """A factory of Chromium pages (viewport of choice; CSP bypassed only so axe-core can be injected)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        errors: list[str] = []

        def new_page(viewport=None, bypass_csp=False):
            context = browser.new_context(base_url=live_server, viewport=viewport or {"width": 1366, "height": 900},
                                          bypass_csp=bypass_csp)
            pg = context.new_page()
            pg.set_default_timeout(WAIT_MS)
            pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            return pg

        new_page.errors = errors  # a test that provokes a refusal (a 400 page) takes its own message off
        yield new_page
        browser.close()
    assert not errors, f"console errors: {errors}"


def _demo(app, db):
    """The demo data loaded; (email, password, a draft id, a customer id)."""
    from followup.demo import load_demo

    st = app.extensions["followup"]
    result = load_demo(db, st.vault, st.settings)
    with db.session() as s:
        draft = s.exec(select(Draft).order_by(Draft.id)).first()
    return result.email, result.password, draft.id, draft.customer_id


def _pages(draft_id: int, customer_id: int) -> list[str]:
    """Every page a rep can open."""
    return ["/drafts", "/drafts?status=all", "/drafts?status=snoozed", f"/drafts/{draft_id}", "/customers",
            f"/customers/{customer_id}", "/notes/new", "/mailboxes", "/settings"]


def test_every_page_fits_a_phone_and_has_no_serious_accessibility_violation(browser_context, app, db):
    assert AXE.is_file(), f"{AXE} is missing: run make test-deps (npm install axe-core)"
    email, password, draft_id, customer_id = _demo(app, db)
    page = browser_context(PHONE, bypass_csp=True)
    problems = []

    def check(path):
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if width[0] > width[1]:
            problems.append(f"{path}: {width[0]} px wide on a {width[1]} px screen")
        page.add_script_tag(path=str(AXE))
        found = page.evaluate("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map("
                              "v => [v.id, v.impact, v.nodes.length, v.nodes[0].target.join(' ')]))")
        problems.extend(f"{path}: {v}" for v in found if v[1] in BLOCKING_IMPACTS)

    page.goto("/login")
    check("/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("button:has-text('Log in')")
    page.wait_for_url("**/drafts")
    for path in _pages(draft_id, customer_id):
        page.goto(path)
        check(path)
    page.goto("/drafts")
    assert not page.is_visible("nav[aria-label=Main]")  # the menu is collapsed on a phone ...
    page.click("label.menu-button")
    assert page.is_visible("nav[aria-label=Main] >> text=Customers")  # ... and opens with one tap
    if SAVE_SCREENSHOTS:
        page.click("label.menu-button")
        page.screenshot(path=str(ROOT / "docs" / "queue-phone.png"), full_page=True)
        page.click("table.queue >> text=Re: Pilot for the support team")  # a draft in the editor
        page.wait_for_selector(".editor .marks")
        page.screenshot(path=str(ROOT / "docs" / "draft-phone.png"), full_page=True)
    assert not problems, "\n".join(problems)


def test_keyboard_flow_approve_ten_undo_one_snooze_one(browser_context, app, db):
    from followup.customers import get_or_create_customer
    from followup.mailboxes import add_mailbox

    with db.session() as s:
        rep = add_user(s, REP, "Rita Rep", PASSWORD)
        rep.timezone = "America/Chicago"
        st = app.extensions["followup"]
        box = add_mailbox(s, st.vault, name="work", owner=rep, username=REP, password="x",
                          imap_host="imap.example.test", imap_port=993, imap_security="ssl", email_address=REP)
        for n in range(12):
            c = get_or_create_customer(s, f"buyer{n}@example.test", team_id=rep.team_id, name=f"Buyer {n}")
            s.add(Draft(team_id=rep.team_id, customer_id=c.id, mailbox_id=box.id, subject=f"Following up #{n}",
                        body="Hello,\n\nThank you for your time on the call. I will write again soon.\n", grounded=True,
                        grounding={"ok": True, "tokens": [], "unmatched": []}))
        s.commit()
    page = browser_context()
    _log_in(page)
    page.wait_for_url("**/drafts")
    page.wait_for_selector("table.queue tr.current")  # the script marks the first row
    for _ in range(10):
        with page.expect_navigation():
            page.keyboard.press("a")
    with db.session() as s:
        approved = s.exec(select(Draft).where(Draft.status == "approved").order_by(Draft.approved_at)).all()
    assert len(approved) == 10
    assert page.locator("table.queue tbody tr").count() == 2  # the two left, nothing else to click through

    with page.expect_navigation():
        page.keyboard.press("u")  # undo the last approval
    assert "pending again" in _flash(page)
    with db.session() as s:
        assert s.get(Draft, approved[-1].id).status == "pending"
        assert len(s.exec(select(Draft).where(Draft.status == "approved")).all()) == 9

    page.goto("/drafts")
    page.wait_for_selector("table.queue tr.current")
    page.keyboard.press("?")
    assert "approve (then the next draft)" in page.inner_text("#keys-help")
    page.keyboard.press("?")
    first_id = int(page.get_attribute("table.queue tr.current", "data-id"))
    page.keyboard.press("s")
    preset = page.evaluate("document.activeElement.value")
    assert preset.endswith("T09:00") or preset.endswith(":00")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    with db.session() as s:
        snoozed = s.get(Draft, first_id)
    assert snoozed.not_before == to_utc(datetime.fromisoformat(preset), "America/Chicago")
    assert snoozed.hold_reason.endswith("America/Chicago")
    assert page.locator(f"form.undo[action='/drafts/{first_id}/unsnooze'] [data-undo]").count() == 1  # u undoes it
    # pending now: the undone draft and the two never touched, less the snoozed one
    assert page.locator("table.queue tbody tr").count() == 2

    # in the editor: grounding checked as the rep types, Ctrl+Enter approves, unverified figures ask first
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/drafts/\d+$"))
    page.fill("textarea[name=body]", "Hello,\n\nThe price is $9,999 a year.\n")
    page.locator("#live-grounding", has_text="$9,999").wait_for()
    _assert_marked_in_place(page, "mark.unverified", "$9,999", line=2)
    with page.expect_navigation():
        page.keyboard.press("Control+Enter")
    assert "Send with 1 unverified figure?" in page.inner_text("#confirm-unverified")
    with page.expect_navigation():
        page.keyboard.press("Control+Enter")  # the rep confirms: the same text, now approved
    with db.session() as s:
        assert len(s.exec(select(Draft).where(Draft.status == "approved")).all()) == 10

    # an unfilled answer slot is marked where it stands, and blocks approval (no question about figures first)
    page.goto("/drafts")
    page.wait_for_selector("table.queue tr.current")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/drafts/\d+$"))
    slotted = "Hello,\n\nAbout your question:\n[[answer: is SSO included?]]\nBest,\n"
    page.fill("textarea[name=body]", slotted)
    _assert_marked_in_place(page, "mark.slot", "[[answer: is SSO included?]]", line=3)
    with page.expect_navigation():
        page.keyboard.press("Control+Enter")
    assert "answer slot [[answer: is SSO included?]] is unfilled" in _flash(page)
    assert page.input_value("textarea[name=body]") == slotted  # refused (a 400 form error), the text kept
    refused = [e for e in browser_context.errors if "status of 400" in e]
    assert len(refused) == 1
    browser_context.errors.remove(refused[0])


def _assert_marked_in_place(page, selector: str, text: str, *, line: int) -> None:
    """The token is marked in the layer behind the text box, on the line of the body where it stands."""
    mark = page.locator(f".editor .marks {selector}", has_text=text)
    mark.wait_for()
    box, area = mark.bounding_box(), page.locator("textarea[name=body]").bounding_box()
    top, line_height = page.evaluate("(() => { const s = getComputedStyle(document.querySelector('textarea[name=body]'));"
                                     " return [parseFloat(s.paddingTop) + parseFloat(s.borderTopWidth),"
                                     " parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.2]; })()")
    assert area["x"] <= box["x"] and box["x"] + box["width"] <= area["x"] + area["width"], (box, area)
    assert abs(box["y"] - area["y"] - top - line * line_height) < line_height / 2, (box, area, top, line_height)

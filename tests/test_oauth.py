"""OAuth 2.0 mailboxes end to end: a real authorization server, Dovecot's oauth2 passdb, an XOAUTH2-only SMTP server.

No test reaches a real provider: [oauth.microsoft] is pointed at followup_testing/servers.py's OAuthServer.
"""
from __future__ import annotations

import logging
import subprocess
import sys
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest
from sqlmodel import select

from followup.config import load_settings
from followup.exceptions import BadInput, ConfigError
from followup.inbound.sync import sync_all
from followup.mail import oauth
from followup.models import Draft, Mailbox, Message
from followup.outbound.outbox import send_due
from tests.test_browser import chromium_page, live_server  # noqa: F401 (fixtures shared with the browser tests)
from tests.test_outbox import REP_EMAIL, fresh, seed
from tests.webutil import login, token

pytestmark = pytest.mark.dovecot


@pytest.fixture
def config_file(config_file, oauth_server):
    """The suite's config with sends at any hour and [oauth.microsoft] pointed at the test authorization server."""
    table = oauth_server.config()
    config_file.write_text(
        config_file.read_text() + '[policy]\nsend_window = "always"\n[oauth.microsoft]\n'
        + "".join(f"{k} = {v!r}\n".replace("'", '"') for k, v in table.items()))
    return config_file


def _settings(app, oauth_dovecot, oauth_smtp):
    """The app's settings with the microsoft provider's servers pointed at the test IMAP and SMTP servers."""
    st = app.extensions["followup"]
    providers = dict(st.settings.oauth_providers)
    from dataclasses import replace

    providers["microsoft"] = replace(providers["microsoft"], imap_host="127.0.0.1", imap_port=oauth_dovecot.imap_port,
                                     imap_security="none", smtp_host="127.0.0.1", smtp_port=oauth_smtp.port,
                                     smtp_security="none")
    st.settings = replace(st.settings, oauth_providers=providers)
    return st.settings


def _oauth_mailbox(session, vault, oauth_server, oauth_dovecot, oauth_smtp, user: str, **seed_kw):
    """seed()'s rep, mailbox and approved draft, the mailbox signed in over OAuth as `user`."""
    made = seed(session, vault, smtp=oauth_smtp, dovecot=oauth_dovecot, imap_user=user, **seed_kw)
    box = made["mailbox"]
    box.auth_kind, box.oauth_provider, box.password_encrypted = "oauth", "microsoft", ""
    oauth.store_token(box, vault, oauth._token(None, oauth_server.issue(user)))
    session.add(box)
    session.commit()
    return made


def _account(dovecot, prefix: str) -> str:
    """A fresh IMAP account named like an email address, as Microsoft 365 and Google accounts are."""
    import uuid

    return dovecot.add_user(f"{prefix}-{uuid.uuid4().hex[:8]}@mail.example")


def _mail(subject: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Ann Customer <ann@customer.example>", REP_EMAIL, subject
    msg["Message-ID"] = make_msgid(domain="customer.example")
    msg["Date"] = "Mon, 23 Nov 2026 10:00:00 +0000"
    msg.set_content(f"About {subject}: could you send the numbers?\n\nAnn")
    return msg.as_bytes()


def _messages(session, box_id: int) -> int:
    fresh(session)
    return len(session.exec(select(Message.id).where(Message.mailbox_id == box_id, Message.folder == "INBOX",
                                                     Message.subject.like("order %"))).all())


def test_presets_and_overrides(tmp_path, monkeypatch):
    """Microsoft and Google presets; every endpoint overridable; a missing client id or secret named."""
    path = tmp_path / "c.toml"
    path.write_text('[oauth.microsoft]\nclient_id = "app"\ntenant = "contoso.example"\nclient_secret_env = "G_SECRET"\n'
                    '[oauth.google]\nclient_id = "g"\nclient_secret_env = "G_SECRET"\n'
                    '[oauth.corp]\nclient_id = "c"\nauthorize_url = "https://sso.corp.example/auth"\n'
                    'token_url = "https://sso.corp.example/token"\nscopes = ["mail"]\nimap_host = "imap.corp.example"\n'
                    'sasl_mechanism = "oauthbearer"\n')
    monkeypatch.setenv("G_SECRET", "s3")
    settings = load_settings(path, environ={})
    ms = oauth.provider(settings, "microsoft")
    assert ms.authorize_url == "https://login.microsoftonline.com/contoso.example/oauth2/v2.0/authorize"
    assert ms.device_authorization_url.endswith("/contoso.example/oauth2/v2.0/devicecode")
    assert (ms.imap_host, ms.imap_port, ms.imap_security) == ("outlook.office365.com", 993, "ssl")
    assert (ms.smtp_host, ms.smtp_port, ms.smtp_security) == ("smtp.office365.com", 587, "starttls")
    assert ms.scopes == ("https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/SMTP.Send",
                         "offline_access")
    google = oauth.provider(settings, "google")
    assert (google.imap_host, google.smtp_host, google.smtp_port, google.smtp_security) == \
        ("imap.gmail.com", "smtp.gmail.com", 465, "ssl")
    assert google.scopes == ("https://mail.google.com/",) and google.client_secret == "s3"
    assert google.device_authorization_url == ""  # Google allows no mail scope on its device flow
    # The command line signs in to Microsoft as a public client (no secret); Google wants its secret there too.
    assert ms.client_secret == "s3" and oauth.for_command_line(ms).client_secret == ""
    assert oauth.for_command_line(google).client_secret == "s3"
    corp = oauth.provider(settings, "corp")
    assert (corp.imap_host, corp.imap_port, corp.mechanism) == ("imap.corp.example", 993, "oauthbearer")
    monkeypatch.delenv("G_SECRET")
    with pytest.raises(ConfigError, match=r"client_secret_env: the environment variable G_SECRET is not set"):
        oauth.provider(settings, "google")
    with pytest.raises(BadInput, match="no provider 'yahoo'"):
        oauth.provider(settings, "yahoo")
    with pytest.raises(ConfigError, match=r"\[oauth.microsoft\] client_id: empty"):
        oauth.provider(load_settings(None, environ={"FOLLOWUP_CONFIG": ""}), "microsoft")
    path.write_text('[oauth.google]\ntenant = "x"\n')
    with pytest.raises(ConfigError, match=r"\[oauth.google\] tenant: unknown key"):
        load_settings(path, environ={})


def test_sync_and_send_over_oauth_then_the_token_expires_mid_sync(app, session, vault, oauth_server, oauth_dovecot,
                                                                  oauth_smtp, caplog):
    """Sync and send log in with XOAUTH2; an access token expiring mid-sync is refreshed; nothing lost or doubled."""
    caplog.set_level(logging.DEBUG)
    settings = _settings(app, oauth_dovecot, oauth_smtp)
    st = app.extensions["followup"]
    user = _account(oauth_dovecot, "rep")
    made = _oauth_mailbox(session, vault, oauth_server, oauth_dovecot, oauth_smtp, user)
    for i in range(3):
        oauth_dovecot.append(user, "INBOX", _mail(f"order {i}"))
    expired = []
    refreshes = oauth_server.count("token", "refresh_token")

    def progress(folder, done, total):
        if not expired:  # the provider's hour runs out while the sync is under way
            expired.append(oauth_server.expire_access_tokens(user))

    result = sync_all(st.db, vault, settings, progress=progress)
    assert result["mailboxes"][0]["error"] is None and result["new_messages"] >= 3
    assert expired and expired[0] >= 1
    for i in range(3, 5):
        oauth_dovecot.append(user, "INBOX", _mail(f"order {i}"))
    # Dovecot refuses the expired token at the next login (the history pass or this sync): refreshed once in all
    result = sync_all(st.db, vault, settings)
    assert result["mailboxes"][0]["error"] is None
    assert oauth_server.count("token", "refresh_token") == refreshes + 1
    assert _messages(session, made["mailbox"].id) == 5
    report = send_due(st.db, vault, settings)
    assert report["sent"] == [made["drafts"][0].id] and not report["failed"]
    assert len(oauth_smtp.wait_for(1)) == 1 and oauth_smtp.messages[0].auth_user == user
    for secret in oauth_server.all_token_strings():
        assert secret not in caplog.text
    box = session.get(Mailbox, made["mailbox"].id)
    assert user not in (box.oauth_refresh_encrypted or "") and box.reconnect_reason is None
    refresh_plain = vault.decrypt(box.oauth_refresh_encrypted)
    assert refresh_plain in oauth_server.all_token_strings() and refresh_plain not in box.oauth_refresh_encrypted


def test_revoked_grant_marks_reconnect_keeps_approved_mail_and_sends_it_after_reconnecting(
        app, session, vault, oauth_server, oauth_dovecot, oauth_smtp, cli):
    """A revoked grant: the mailbox needs reconnecting (page, /healthz, mailbox test); nothing lost or sent twice."""
    settings = _settings(app, oauth_dovecot, oauth_smtp)
    st = app.extensions["followup"]
    user = _account(oauth_dovecot, "rep")
    made = _oauth_mailbox(session, vault, oauth_server, oauth_dovecot, oauth_smtp, user, customers=2)
    box_id = made["mailbox"].id
    oauth_server.revoke_grants(user)
    report = send_due(st.db, vault, settings)
    assert report["sent"] == [] and not report["failed"]
    assert all("needs to be reconnected" in h["reason"] for h in report["held"]), report
    fresh(session)
    box = session.get(Mailbox, box_id)
    assert "revoked or has expired" in box.reconnect_reason
    assert {d.status for d in session.exec(select(Draft).where(Draft.mailbox_id == box_id))} == {"approved"}
    token_requests = oauth_server.count("token")
    again = send_due(st.db, vault, settings)  # no more token requests while it waits
    assert again["sent"] == [] and oauth_server.count("token") == token_requests
    assert "needs to be reconnected" in sync_all(st.db, vault, settings)["mailboxes"][0]["error"]
    assert oauth_smtp.messages == []

    client = app.test_client()
    tested = cli("mailbox", "test", "main")
    assert tested.returncode == 1 and "needs to be reconnected" in tested.stderr
    assert len(tested.stderr.strip().splitlines()) == 1
    assert login(client, REP_EMAIL, "s3cret-pass").status_code == 302
    health = client.get("/healthz").get_json()  # mailboxes are shown to a logged-in rep of their team
    assert health["mailboxes"][0]["needs_reconnect"] is True
    page = client.get("/mailboxes").text
    assert "Needs to be reconnected" in page and f"/mailboxes/oauth/microsoft?mailbox={box_id}" in page

    with st.db.write_session() as s:  # the rep signs in again (the browser flow is tested below)
        draft_box = oauth.draft_mailbox(oauth.provider(settings, "microsoft"), "main", REP_EMAIL, made["rep"])
        oauth.save_mailbox(s, vault, draft_box, oauth._token(None, oauth_server.issue(user)), actor=REP_EMAIL)
        s.commit()
    report = send_due(st.db, vault, settings)
    assert sorted(report["sent"]) == sorted(d.id for d in made["drafts"])
    assert send_due(st.db, vault, settings)["sent"] == []
    assert len(oauth_smtp.wait_for(2)) == 2
    assert client.get("/healthz").get_json()["mailboxes"][0]["needs_reconnect"] is False


def _start_web_sign_in(client, oauth_server, name="work", address=REP_EMAIL):
    """POST the connect form; return the provider URL it redirects to."""
    page = client.get("/mailboxes/oauth/microsoft")
    assert page.status_code == 200 and oauth_server.url in page.headers["Content-Security-Policy"]
    response = client.post("/mailboxes/oauth/microsoft", data={"name": name, "email_address": address,
                                                               "csrf_token": token(page.text)})
    assert response.status_code == 302 and response.location.startswith(f"{oauth_server.url}/authorize?")
    return response.location


def _sign_in_at_provider(authorize_url: str, username: str) -> str:
    """What the browser does at the provider: open the page, sign in, allow; the redirect back to followup."""
    from urllib.parse import parse_qsl, urlsplit

    import requests

    assert requests.get(authorize_url, timeout=10).status_code == 200
    form = dict(parse_qsl(urlsplit(authorize_url).query))
    answer = requests.post(authorize_url.split("?")[0], data={**form, "username": username, "decision": "allow"},
                           allow_redirects=False, timeout=10)
    assert answer.status_code == 302
    return answer.headers["Location"]


def test_web_sign_in_tests_imap_and_smtp_before_saving_and_refuses_a_wrong_state(
        app, session, vault, oauth_server, oauth_dovecot, oauth_smtp):
    """Code + PKCE + state: a wrong state is refused, a token for another account is named and not saved."""
    _settings(app, oauth_dovecot, oauth_smtp)
    user, other = _account(oauth_dovecot, "rep"), _account(oauth_dovecot, "other")
    from followup.users import add_user

    add_user(session, REP_EMAIL, "Dana Rep", "s3cret-pass")
    session.commit()
    client = app.test_client()
    assert login(client, REP_EMAIL, "s3cret-pass").status_code == 302

    back = _sign_in_at_provider(_start_web_sign_in(client, oauth_server, address=user), user)
    forged = back.replace("state=", "state=x")
    refused = client.get(forged[forged.index("/mailboxes"):])
    assert refused.status_code == 400 and "state mismatch" in refused.text
    assert session.exec(select(Mailbox)).all() == []

    back = _sign_in_at_provider(_start_web_sign_in(client, oauth_server, address=user), other)
    failed = client.get(back[back.index("/mailboxes"):])
    assert failed.status_code == 400 and "nothing was saved" in failed.text
    assert "imap" in failed.text and "XOAUTH2 login refused" in failed.text
    assert session.exec(select(Mailbox)).all() == []

    back = _sign_in_at_provider(_start_web_sign_in(client, oauth_server, address=user), user)
    done = client.get(back[back.index("/mailboxes"):])
    assert done.status_code == 302, done.text
    fresh(session)
    box = session.exec(select(Mailbox)).one()
    assert (box.name, box.auth_kind, box.username, box.oauth_provider) == ("work", "oauth", user, "microsoft")
    assert box.password_encrypted == "" and vault.decrypt(box.oauth_refresh_encrypted)
    assert oauth_smtp.auth_attempts >= 2


def test_device_code_sign_in_from_the_command_line_keeps_tokens_out_of_ps_and_output(
        app, session, oauth_server, oauth_dovecot, oauth_smtp, config_file, tmp_path):
    """`mailbox add --oauth microsoft`: prints the URL and code, polls, tests IMAP and SMTP, saves."""
    user = _account(oauth_dovecot, "rep")
    from followup.users import add_user

    add_user(session, user, "Dana Rep", "s3cret-pass")
    session.commit()
    config_file.write_text(config_file.read_text() + "".join(
        f"{k} = {v!r}\n" for k, v in {"imap_host": "127.0.0.1", "imap_port": oauth_dovecot.imap_port,
                                      "imap_security": "none", "smtp_host": "127.0.0.1",
                                      "smtp_port": oauth_smtp.port, "smtp_security": "none"}.items()
    ).replace("'", '"'))
    import os

    exe = Path(sys.executable).with_name("followup")
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env.update(FOLLOWUP_CONFIG=str(config_file), FOLLOWUP_SECRET_KEY="test-secret-key")
    proc = subprocess.Popen([str(exe), "mailbox", "add", "work", "--owner", user, "--oauth", "microsoft"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=config_file.parent)
    try:
        line = proc.stderr.readline()
        assert f"open {oauth_server.url}/device and enter the code " in line, line
        oauth_server.approve_device(line.rsplit(" ", 1)[1].strip(), user)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "ok   imap" in out and "ok   smtp" in out and "mailbox work added" in out
    issued = oauth_server.all_token_strings()
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert issued and not any(t in out or t in err or t in line or t in ps for t in issued)
    fresh(session)
    box = session.exec(select(Mailbox).where(Mailbox.name == "work")).one()
    assert box.auth_kind == "oauth" and box.reconnect_reason is None


def test_cli_oauth_refuses_password_options_and_unknown_providers(cli):
    """Bad input: exit 2 with one line naming the option."""
    wrong = cli("mailbox", "add", "x", "--owner", "a@b.example", "--oauth", "microsoft", "--imap-host", "h")
    assert wrong.returncode == 2 and "--imap-host: not with --oauth" in wrong.stderr
    unknown = cli("mailbox", "add", "x", "--owner", "a@b.example", "--oauth", "yahoo")
    assert unknown.returncode == 2 and "no provider 'yahoo'" in unknown.stderr
    missing = cli("mailbox", "add", "x", "--owner", "a@b.example")
    assert missing.returncode == 2 and "--username: required" in missing.stderr
    for run in (wrong, unknown, missing):
        assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr


def test_loopback_sign_in_refuses_a_wrong_state_then_takes_the_right_answer(oauth_server, tmp_path):
    """The command line's 127.0.0.1 redirect: a forged answer gets 400, the real one signs in."""
    import threading
    import time

    import requests

    path = tmp_path / "c.toml"
    table = {**oauth_server.config(), "imap_host": "imap.test", "device_authorization_url": ""}
    path.write_text("[oauth.corp]\n" + "".join(f"{k} = {v!r}\n" for k, v in table.items()).replace("'", '"'))
    p = oauth.provider(load_settings(path, environ={}), "corp")
    shown: list[str] = []
    ready = threading.Event()
    result: dict = {}

    def run():
        try:
            result["token"] = oauth.loopback_sign_in(p, time.monotonic() + 60, lambda url: (shown.append(url), ready.set()))
        except Exception as exc:  # reported below
            result["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    assert ready.wait(30)
    back = _sign_in_at_provider(shown[0], "someone@corp.example")
    forged = requests.get(back.replace("state=", "state=forged"), timeout=10)
    assert forged.status_code == 400 and "state mismatch" in forged.text
    assert requests.get(back, timeout=10).status_code == 200
    thread.join(30)
    assert "error" not in result, result
    assert oauth_server.introspect(result["token"].access_token)["username"] == "someone@corp.example"


@pytest.mark.browser
def test_connect_microsoft_365_in_chromium(app, session, vault, oauth_server, oauth_dovecot, oauth_smtp,
                                           live_server, chromium_page):
    """Mailboxes -> Connect Microsoft 365 -> the provider's sign-in -> back, tested and saved; then sync and send."""
    import re

    from followup.users import add_user
    from tests.test_browser import SAVE_SCREENSHOTS, _log_in

    settings = _settings(app, oauth_dovecot, oauth_smtp)
    user = _account(oauth_dovecot, "rita")
    add_user(session, "rita@example.com", "Rita Rep", "browser test password")
    session.commit()
    oauth_dovecot.append(user, "INBOX", _mail("order renewal"))
    page = chromium_page
    _log_in(page)
    page.goto("/mailboxes")
    page.click("#connect-microsoft")
    page.wait_for_url(re.compile(r"/mailboxes/oauth/microsoft$"))
    page.fill("input[name=name]", "work")
    page.fill("input[name=email_address]", user)
    if SAVE_SCREENSHOTS:
        page.screenshot(path=str(Path(__file__).resolve().parent.parent / "docs" / "oauth-connect.png"))
    page.click("#sign-in")
    page.wait_for_url(re.compile(re.escape(oauth_server.url) + r"/authorize\?"))
    page.fill("#username", user)
    page.click("#allow")
    page.wait_for_url(re.compile(r"/mailboxes$"))
    assert "connected with Microsoft 365: IMAP and SMTP work" in page.inner_text("body")
    fresh(session)
    box = session.exec(select(Mailbox).where(Mailbox.name == "work")).one()
    assert box.auth_kind == "oauth" and box.username == user
    st = app.extensions["followup"]
    result = sync_all(st.db, vault, settings)
    assert result["mailboxes"][0]["error"] is None and _messages(session, box.id) == 1
    oauth_server.revoke_grants(user)
    oauth_server.expire_access_tokens(user)
    assert "needs to be reconnected" in sync_all(st.db, vault, settings)["mailboxes"][0]["error"]
    page.goto("/mailboxes")
    assert "Needs to be reconnected" in page.inner_text(f"#mailbox-{box.id}")
    if SAVE_SCREENSHOTS:
        page.screenshot(path=str(Path(__file__).resolve().parent.parent / "docs" / "oauth-reconnect.png"))
    page.click(f"#mailbox-{box.id} a:has-text('Reconnect')")
    page.click("#sign-in")
    page.wait_for_url(re.compile(re.escape(oauth_server.url) + r"/authorize\?"))
    page.fill("#username", user)
    page.click("#allow")
    page.wait_for_url(re.compile(r"/mailboxes$"))
    assert "work reconnected with Microsoft 365" in page.inner_text("body")
    assert "Needs to be reconnected" not in page.inner_text("body")
    assert sync_all(st.db, vault, settings)["mailboxes"][0]["error"] is None


def test_idle_watcher_logs_in_with_a_refreshed_token_and_syncs_new_mail(app, session, vault, oauth_server,
                                                                         oauth_dovecot, oauth_smtp, monkeypatch):
    """The IDLE watcher's long-lived connection signs in over XOAUTH2 too (its expired token refreshed first)."""
    import threading

    from followup import jobs

    _settings(app, oauth_dovecot, oauth_smtp)
    user = _account(oauth_dovecot, "idle")
    made = _oauth_mailbox(session, vault, oauth_server, oauth_dovecot, oauth_smtp, user, approve_them=False)
    oauth_server.expire_access_tokens(user)
    refreshes = oauth_server.count("token", "refresh_token")
    synced, done = [], [threading.Event(), threading.Event()]
    real_sync_one = jobs.sync_one

    def counting_sync_one(flask_app, name):
        result = real_sync_one(flask_app, name)
        synced.append(result)
        done[min(len(synced), 2) - 1].set()
        return result

    monkeypatch.setattr(jobs, "sync_one", counting_sync_one)
    stop = threading.Event()
    watcher = threading.Thread(target=jobs.watch_inbox, args=(app, made["mailbox"].id, stop), daemon=True)
    watcher.start()
    try:
        assert done[0].wait(30), "the watcher never reached IDLE"
        oauth_dovecot.append(user, "INBOX", _mail("order by idle"))
        assert done[1].wait(30), "new mail was not noticed through IDLE"
    finally:
        stop.set()
        watcher.join(timeout=30)
    assert synced[1]["new_messages"] == 1 and _messages(session, made["mailbox"].id) == 1
    assert oauth_server.count("token", "refresh_token") == refreshes + 1  # once, then the new token is reused


def test_an_unreachable_token_endpoint_is_a_temporary_failure_not_a_reconnect(app, session, vault, oauth_server,
                                                                             oauth_dovecot, oauth_smtp):
    """The provider down at refresh time: the sync fails naming it, the mailbox is not marked, the next one works."""
    from dataclasses import replace

    from followup_testing.servers import free_port

    settings = _settings(app, oauth_dovecot, oauth_smtp)
    st = app.extensions["followup"]
    user = _account(oauth_dovecot, "down")
    made = _oauth_mailbox(session, vault, oauth_server, oauth_dovecot, oauth_smtp, user, approve_them=False)
    oauth_server.expire_access_tokens(user)
    providers = dict(settings.oauth_providers)
    providers["microsoft"] = replace(providers["microsoft"], token_url=f"http://127.0.0.1:{free_port()}/token")
    down = replace(settings, oauth_providers=providers)
    error = sync_all(st.db, vault, down)["mailboxes"][0]["error"]
    assert "token refresh failed: cannot reach 127.0.0.1" in error and "reconnect" not in error
    fresh(session)
    assert session.get(Mailbox, made["mailbox"].id).reconnect_reason is None
    assert sync_all(st.db, vault, settings)["mailboxes"][0]["error"] is None


def test_a_refresh_token_rotated_by_another_process_meanwhile_is_not_a_revoked_grant(
        app, session, vault, oauth_server, oauth_dovecot, oauth_smtp, monkeypatch):
    """Two workers refresh at once; the provider spends the old refresh token: the loser retries with the new one.

    The race is injected (a real server cannot time it): the other worker's refresh runs just before ours.
    """
    settings = _settings(app, oauth_dovecot, oauth_smtp)
    st = app.extensions["followup"]
    user = _account(oauth_dovecot, "race")
    made = _oauth_mailbox(session, vault, oauth_server, oauth_dovecot, oauth_smtp, user, approve_them=False)
    fresh(session)
    box = session.get(Mailbox, made["mailbox"].id)
    ours, theirs = (oauth.OAuthLogin(box, vault, settings, st.db.session) for _ in range(2))
    real_refresh = oauth.refresh
    raced = []

    def racing_refresh(p, refresh_token):
        if not raced:
            raced.append(None)
            raced[0] = theirs.refresh()  # the other worker wins: it rotates the refresh token first
        return real_refresh(p, refresh_token)

    monkeypatch.setattr(oauth, "refresh", racing_refresh)
    token = ours.refresh()
    assert raced and token != raced[0] and oauth_server.introspect(token)["active"]
    fresh(session)
    assert session.get(Mailbox, box.id).reconnect_reason is None
    assert oauth_server.count("token", "refresh_token") >= 3  # theirs, our spent one, our retry

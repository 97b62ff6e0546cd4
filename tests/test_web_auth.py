"""Login, logout, the root redirect, next= handling, login rate limiting and the session cookie."""
from datetime import timedelta

import pytest
from sqlmodel import delete, select

from followup.clock import utcnow
from followup.models import LoginAttempt, Team, User
from followup.users import add_user
from tests.webutil import PASSWORD, login, post, token


def test_login_page_has_the_spec_fields(app):
    page = app.test_client().get("/login")
    assert page.status_code == 200
    for field in ('name="email"', 'name="password"', 'name="csrf_token"'):
        assert field in page.text


def test_anonymous_root_goes_to_login_with_a_relative_next(app):
    response = app.test_client().get("/customers?q=dana")
    assert response.status_code == 302
    assert response.headers["Location"] == "/login?next=/customers?q%3Ddana"


def test_good_login_lands_on_the_queue_and_bad_login_says_so(app, teams):
    c = app.test_client()
    bad = login(c, teams[0].rep_email, "wrong password")
    assert bad.status_code == 401
    assert "Wrong email or password" in bad.text
    assert c.get("/drafts").status_code == 302
    good = login(c, teams[0].rep_email)
    assert good.headers["Location"] == "/drafts"
    assert c.get("/drafts").status_code == 200


def test_root_opens_the_mailbox_page_until_a_mailbox_is_connected(app, session, teams):
    team = Team(name="no-mailbox-yet")
    session.add(team)
    session.flush()
    add_user(session, "new@example.com", "New Rep", PASSWORD, team_id=team.id)
    session.commit()
    c = app.test_client()
    login(c, "new@example.com")
    assert c.get("/").headers["Location"] == "/mailboxes"
    c2 = app.test_client()
    login(c2, teams[0].rep_email)
    assert c2.get("/").headers["Location"] == "/drafts"


def test_login_follows_a_relative_next(app, teams):
    c = app.test_client()
    page = c.get("/login?next=/customers")
    response = c.post("/login", data={"email": teams[0].rep_email, "password": PASSWORD, "next": "/customers",
                                      "csrf_token": token(page.text)})
    assert response.headers["Location"] == "/customers"


@pytest.mark.parametrize("target", ["https://evil.example/x", "//evil.example/x", "/\\evil.example", "\\\\evil.example",
                                    "javascript:alert(1)", "http:/evil.example", "/\t/evil.example", "evil.example"])
def test_login_refuses_open_redirects(app, teams, target):
    c = app.test_client()
    page = c.get("/login")
    response = c.post("/login", data={"email": teams[0].rep_email, "password": PASSWORD, "next": target,
                                      "csrf_token": token(page.text)})
    assert response.status_code == 302
    assert response.headers["Location"] == "/drafts"


def test_logout_ends_the_session(app, teams):
    c = app.test_client()
    login(c, teams[0].rep_email)
    assert c.get("/drafts").status_code == 200
    response = post(c, "/logout")
    assert response.headers["Location"] == "/login"
    assert c.get("/drafts").status_code == 302
    assert c.get("/logout").status_code == 405  # a link cannot log anyone out


def test_a_cookie_copied_before_logout_is_refused_after(app, teams):
    """Issue 13.9: logout ends every copy of the session, not just the browser's."""
    c = app.test_client()
    login(c, teams[0].rep_email)
    copied = c.get_cookie("followup_session").value
    other_device = app.test_client()
    login(other_device, teams[0].rep_email)
    post(c, "/logout")
    thief = app.test_client()
    thief.set_cookie("followup_session", copied)
    assert thief.get("/drafts").status_code == 302  # to /login
    assert other_device.get("/drafts").status_code == 302  # logout ends every session of the rep
    again = app.test_client()
    login(again, teams[0].rep_email)
    assert again.get("/drafts").status_code == 200


def test_a_password_change_ends_every_session(app, db, teams, cli):
    c = app.test_client()
    login(c, teams[0].rep_email)
    assert c.get("/drafts").status_code == 200
    changed = cli("user", "password", teams[0].rep_email, "--password-stdin", input="a new long password\n")
    assert changed.returncode == 0, changed.stderr
    assert c.get("/drafts").status_code == 302
    assert login(app.test_client(), teams[0].rep_email, "a new long password").status_code == 302


def test_passwords_are_stored_hashed(db, teams):
    with db.session() as s:
        user = s.exec(select(User).where(User.email == teams[0].rep_email)).one()
    assert PASSWORD not in user.password_hash
    assert user.password_hash.split(":")[0] in ("scrypt", "pbkdf2")


def test_a_deactivated_rep_is_logged_out_and_cannot_log_in(app, db, teams):
    c = app.test_client()
    login(c, teams[0].rep_email)
    with db.session() as s:
        user = s.exec(select(User).where(User.email == teams[0].rep_email)).one()
        user.is_active = False
        s.add(user)
        s.commit()
    assert c.get("/drafts").status_code == 302
    assert login(app.test_client(), teams[0].rep_email).status_code == 401


def _client(app, addr):
    c = app.test_client()
    c.environ_base["REMOTE_ADDR"] = addr
    return c


def test_failed_logins_lock_the_account_not_everyone_behind_the_same_address(app, db, teams):
    """Issue 13.5: behind a proxy every rep shares one address; five wrong passwords for A must not lock out B."""
    limit = app.extensions["followup"].settings.web.login_attempts
    a, b = teams[0].rep_email, teams[1].rep_email
    office = _client(app, "203.0.113.7")
    for _ in range(limit):
        assert login(office, a, "guess").status_code == 401
    blocked = login(office, a)  # the account is locked: even the right password is refused
    assert blocked.status_code == 429
    assert "Too many failed logins for this account" in blocked.text
    assert login(_client(app, "198.51.100.2"), a).status_code == 429  # from anywhere
    assert login(_client(app, "203.0.113.7"), b).status_code == 302  # B, same address, right password: in
    with db.session() as s:
        rows = s.exec(select(LoginAttempt).where(LoginAttempt.email == a)).all()
    assert len(rows) == limit and not any(r.ok for r in rows)  # refused tries are not even checked


def test_a_blocked_client_address_still_lets_the_right_password_in(app, db, teams):
    web = app.extensions["followup"].settings.web
    a, b = teams[0].rep_email, teams[1].rep_email
    with db.session() as s:  # one address has failed for many accounts (a password spray)
        for i in range(web.login_attempts_per_client):
            s.add(LoginAttempt(email=f"victim-{i}@example.com", remote_addr="203.0.113.9", ok=False))
        s.commit()
    spray = login(_client(app, "203.0.113.9"), a, "guess")
    assert spray.status_code == 429 and "Too many failed logins from your address" in spray.text
    assert login(_client(app, "203.0.113.9"), b).status_code == 302
    assert login(_client(app, "198.51.100.2"), a, "guess").status_code == 401  # another address: a plain miss


def test_failed_logins_older_than_the_window_do_not_count(app, db, teams):
    web = app.extensions["followup"].settings.web
    email = teams[0].rep_email
    with db.session() as s:
        old = utcnow() - web.login_window - timedelta(minutes=1)
        for _ in range(web.login_attempts):
            s.add(LoginAttempt(email=email, remote_addr="127.0.0.1", ok=False, at=old))
        s.commit()
    assert login(app.test_client(), email).status_code == 302
    with db.session() as s:
        s.exec(delete(LoginAttempt))
        recent = utcnow() - web.login_window + timedelta(minutes=1)
        for _ in range(web.login_attempts):
            s.add(LoginAttempt(email=email, remote_addr="192.0.2.1", ok=False, at=recent))
        s.commit()
    assert login(app.test_client(), email).status_code == 429


def _cookie_header(response) -> str:
    cookies = [v for k, v in response.headers.items() if k.lower() == "set-cookie" and "followup_session=" in v]
    assert cookies, "no session cookie set"
    return cookies[-1]


def test_session_cookie_is_httponly_and_samesite_lax_and_not_secure_over_http(app, teams):
    cookie = _cookie_header(login(app.test_client(), teams[0].rep_email))
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_session_cookie_is_secure_over_https(app, teams):
    cookie = _cookie_header(login(app.test_client(), teams[0].rep_email, base_url="https://localhost"))
    assert "Secure" in cookie and "HttpOnly" in cookie


def _app_behind(config_file, proxies):
    """A second app on the same database whose [web] trusted_proxies are ``proxies``.

    CSRF is off in it: the test client does not send a Secure cookie back over plain http, as a browser
    behind a TLS proxy would (the browser speaks https to the proxy).
    """
    from app import create_app

    return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "web": {"trusted_proxies": proxies}},
                      config_path=str(config_file))


def test_forwarded_proto_and_address_count_only_from_a_trusted_proxy(app, db, teams, config_file):
    """Issue 13.8: X-Forwarded-Proto from anyone is ignored; from a trusted proxy it makes the cookie Secure."""
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "198.51.100.23"}
    untrusted = _client(app, "203.0.113.5")
    assert "Secure" not in _cookie_header(login(untrusted, teams[0].rep_email, headers=forwarded))
    proxied = _app_behind(config_file, ["10.0.0.0/8"])
    via_proxy = proxied.test_client()
    via_proxy.environ_base["REMOTE_ADDR"] = "10.1.2.3"
    assert "Secure" in _cookie_header(login(via_proxy, teams[0].rep_email, headers=forwarded))
    direct = proxied.test_client()
    direct.environ_base["REMOTE_ADDR"] = "203.0.113.5"  # not the proxy: its headers are a client's claim
    assert "Secure" not in _cookie_header(login(direct, teams[1].rep_email, headers=forwarded))
    with db.session() as s:
        addrs = [r.remote_addr for r in s.exec(select(LoginAttempt).order_by(LoginAttempt.id))]
    assert addrs == ["203.0.113.5", "198.51.100.23", "203.0.113.5"]


def test_a_trusted_proxy_chain_yields_the_first_untrusted_hop(config_file, db, teams):
    proxied = _app_behind(config_file, ["10.0.0.0/8", "192.168.1.1"])
    c = proxied.test_client()
    c.environ_base["REMOTE_ADDR"] = "10.0.0.2"
    login(c, teams[0].rep_email, "guess", headers={"X-Forwarded-For": "1.2.3.4, 198.51.100.7, 192.168.1.1"})
    with db.session() as s:
        assert s.exec(select(LoginAttempt.remote_addr)).all() == ["198.51.100.7"]  # 1.2.3.4 is the client's claim


def test_setting_cookie_secure_forces_it(config_file, teams):
    from app import create_app

    forced = create_app({"TESTING": True, "web": {"cookie_secure": True}}, config_path=str(config_file))
    assert "Secure" in _cookie_header(login(forced.test_client(), teams[0].rep_email))


def test_session_cookie_secure_can_be_forced_by_config(app, teams):
    app.config["SESSION_COOKIE_SECURE"] = True
    assert "Secure" in _cookie_header(login(app.test_client(), teams[0].rep_email))


def test_session_has_the_configured_lifetime(app, teams):
    cookie = _cookie_header(login(app.test_client(), teams[0].rep_email))
    assert "Expires=" in cookie  # permanent session: ends after [web] session_lifetime, not never
    assert app.permanent_session_lifetime == app.extensions["followup"].settings.web.session_lifetime



def test_first_run_creates_the_first_rep_then_setup_is_gone(app):
    """A fresh installation (no rep yet) offers to create one; once a rep exists, /setup is closed."""
    import re

    client = app.test_client()
    first = client.get("/login")
    assert first.status_code == 200 and 'href="/setup"' in first.get_data(as_text=True)
    page = client.get("/setup").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    weak = client.post("/setup", data={"csrf_token": csrf, "name": "Robin Rep", "email": "robin@example.com",
                                       "password": "short"})
    assert weak.status_code == 400 and "at least 8 characters" in weak.get_data(as_text=True)
    assert 'name="timezone" value="America/Chicago"' in page  # asked at first run, the policy default offered
    mars = client.post("/setup", data={"csrf_token": csrf, "name": "Robin Rep", "email": "robin@example.com",
                                       "password": "long-enough-1", "timezone": "Mars/Olympus"})
    assert mars.status_code == 400 and "is not an IANA name" in mars.get_data(as_text=True)
    made = client.post("/setup", data={"csrf_token": csrf, "name": "Robin Rep", "email": "robin@example.com",
                                       "password": "long-enough-1", "timezone": "Europe/Berlin"})
    assert made.status_code == 302 and made.headers["Location"].endswith("/mailboxes")
    assert "Robin Rep" in client.get("/mailboxes").get_data(as_text=True)
    stranger = app.test_client()
    assert stranger.get("/setup").headers["Location"].endswith("/login")
    stranger.post("/setup", data={"name": "Mallory", "email": "m@example.com", "password": "long-enough-2"})
    from followup.models import User
    from followup.web import db_session

    with app.test_request_context():
        assert [(u.email, u.timezone) for u in db_session().exec(User.__table__.select())] == \
            [("robin@example.com", "Europe/Berlin")]

"""Login required everywhere, CSRF on every POST, team isolation, escaping, headers, secrets never shown back."""
import re

import pytest
from sqlmodel import select

from followup.models import Customer, Draft, Mailbox
from followup.web.auth import PUBLIC_ENDPOINTS
from tests.webutil import login, make_team, post, token


def _urls(app, side, methods: str) -> list[str]:
    """Every route of the app with the given method, ids filled in from one team; public endpoints left out."""
    ids = {"draft_id": side.draft_id, "customer_id": side.customer_id, "mailbox_id": side.mailbox_id,
           "provider_name": "microsoft"}
    urls = []
    for rule in app.url_map.iter_rules():
        if methods not in rule.methods or rule.endpoint in PUBLIC_ENDPOINTS:
            continue
        path = rule.rule
        for name, value in ids.items():
            path = path.replace(f"<int:{name}>", str(value)).replace(f"<{name}>", str(value))
        assert "<" not in path, f"no id for {rule.rule}"
        urls.append(path)
    return urls


def test_every_page_but_login_requires_a_login(app, teams):
    c = app.test_client()
    gets = _urls(app, teams[0], "GET")
    assert {"/", "/drafts", "/customers", "/mailboxes", "/notes/new"} <= set(gets)
    for url in gets:
        response = c.get(url)
        assert response.status_code == 302, url
        assert response.headers["Location"].startswith("/login?next="), url
    tok = token(c.get("/login").text)
    for url in _urls(app, teams[0], "POST"):
        response = c.post(url, data={"csrf_token": tok})
        assert response.status_code == 302 and response.headers["Location"].startswith("/login"), url


def test_every_post_without_a_csrf_token_is_refused(app, client, db, teams):
    posts = _urls(app, teams[0], "POST")
    assert len(posts) >= 11
    for url in posts + ["/login"]:
        response = client.post(url, data={"subject": "x", "body": "y", "action": "approve", "days": "3"})
        assert response.status_code == 400, url
        assert "Form expired" in response.text
        bad = client.post(url, data={"csrf_token": "forged"})
        assert bad.status_code == 400, url
    with db.session() as s:
        assert s.get(Draft, teams[0].draft_id).status == "pending"
        assert s.get(Customer, teams[0].customer_id).quiet_until is None
    assert client.get("/drafts").status_code == 200  # still logged in: the logout POST was refused too


def test_another_teams_ids_are_not_found(app, client, db, teams):
    other = teams[1]
    for url in _urls(app, other, "GET"):
        if any(part in url for part in ("/drafts/", "/customers/", "/mailboxes/")) and url != "/mailboxes/oauth/callback":
            assert client.get(url).status_code == 404, url
    for url in _urls(app, other, "POST"):
        if re.search(r"/(drafts|customers|mailboxes)/\d+/", url):
            response = post(client, url, {"subject": "x", "body": "y", "action": "approve", "days": "3",
                                          "until": "2030-01-01T10:00", "max_per_window": "9"})
            assert response.status_code == 404, url
    with db.session() as s:
        assert s.get(Draft, other.draft_id).status == "pending"
        customer = s.get(Customer, other.customer_id)
        assert customer.quiet_until is None and customer.max_per_window is None
    for page in ("/drafts?status=all", "/customers", "/mailboxes", "/notes/new"):
        text = client.get(page).text
        assert "Ollie Other" not in text and "customer-b@" not in text and "box-b" not in text, page


XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_customer_content_is_escaped_everywhere(app, db, session, vault):
    side = make_team(session, vault, "x", customer_name=XSS, subject=XSS, inbound_text=f"Hello {XSS} there",
                     from_name=XSS, body=f"Hi,\n{XSS}\n")
    draft = session.get(Draft, side.draft_id)
    draft.sources = [{"kind": "message", "id": side.inbound_id, "quote": XSS}]
    draft.reason = XSS
    session.commit()
    c = app.test_client()
    login(c, side.rep_email)
    post(c, f"/customers/{side.customer_id}/quiet", {"days": "2", "reason": XSS})
    post(c, "/notes/new", {"customer": "customer-x@example.test", "text": XSS}, page="/notes/new")
    for url in ("/drafts", f"/drafts/{side.draft_id}", "/customers", f"/customers/{side.customer_id}", "/notes/new",
                "/customers?q=%3Cscript%3E"):
        text = c.get(url).text.replace('<script src="/static/queue.js" defer></script>', "")  # our own, same origin
        assert "<script" not in text and "<img" not in text, url
        assert "&lt;script&gt;" in text or url == "/notes/new", url
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in c.get(f"/drafts/{side.draft_id}").text
    bad_box = post(c, "/mailboxes", {"name": XSS, "username": XSS, "password": "p", "imap_host": XSS,
                                     "imap_port": "993", "imap_security": "ssl"}, page="/mailboxes")
    assert bad_box.status_code == 400 and "<script" not in bad_box.text


def test_security_headers_on_every_response(app, client, teams):
    anonymous = app.test_client()
    for c, url in ((anonymous, "/login"), (client, "/drafts"), (client, f"/drafts/{teams[0].draft_id}"),
                   (client, "/customers"), (client, "/mailboxes"), (client, "/notes/new"), (client, "/drafts/999999")):
        h = c.get(url).headers
        csp = h["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp, url
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, url
        assert h["X-Content-Type-Options"] == "nosniff"
        assert h["X-Frame-Options"] == "DENY"
        assert h["Referrer-Policy"] in ("same-origin", "no-referrer", "strict-origin-when-cross-origin")
        assert "no-store" in h["Cache-Control"], url


def test_pages_carry_no_inline_script_or_style(client, teams):
    for url in ("/drafts", f"/drafts/{teams[0].draft_id}", f"/customers/{teams[0].customer_id}", "/mailboxes",
                "/notes/new"):
        text = client.get(url).text
        # the only script is the same-origin keyboard layer, loaded from /static (no inline code)
        assert re.findall(r"<script[^>]*>", text) in ([], ['<script src="/static/queue.js" defer>']), url
        assert re.search(r"<script[^>]*>[^<]", text) is None, url
        assert "style=" not in text and "<style" not in text, url
        assert re.search(r"\son[a-z]+=", text) is None, url


def test_static_css_is_served_without_no_store(client):
    response = client.get("/static/style.css")
    assert response.status_code == 200 and "no-store" not in response.headers.get("Cache-Control", "")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_mailbox_password_is_encrypted_and_never_shown_back(app, client, db, vault):
    secret = "hunter2-very-secret"
    response = post(client, "/mailboxes", {"name": "second", "username": "rep@example.com", "password": secret,
                                           "imap_host": "imap.example.test", "imap_port": "993",
                                           "imap_security": "ssl", "smtp_host": "", "smtp_port": "",
                                           "smtp_security": "none", "save_anyway": "1"}, page="/mailboxes")
    assert response.status_code == 302
    with db.session() as s:
        box = s.exec(select(Mailbox).where(Mailbox.name == "second")).one()
    assert secret not in box.password_encrypted and vault.decrypt(box.password_encrypted) == secret
    page = client.get("/mailboxes").text
    assert secret not in page and box.password_encrypted not in page
    # a form that fails comes back with every field but the password
    again = post(client, "/mailboxes", {"name": "third", "username": "u", "password": secret, "imap_host": "h",
                                        "imap_port": "99999", "imap_security": "ssl"}, page="/mailboxes")
    assert again.status_code == 400 and secret not in again.text and "is not a port" in again.text


def test_secret_key_is_derived_from_the_vault_secret(app, client):
    from followup.web import derive_secret_key

    assert app.config["SECRET_KEY"] == derive_secret_key("test-secret-key")
    assert app.config["SECRET_KEY"] != b"test-secret-key"


@pytest.mark.parametrize("url", ["/drafts/abc", "/customers/-1", "/mailboxes/0/test"])
def test_malformed_ids_are_not_found(client, url):
    assert client.get(url).status_code in (404, 405)


def test_only_login_setup_static_and_healthz_are_public(app):
    """/setup is public only on a fresh installation; test_web_auth checks it closes once a rep exists."""
    assert PUBLIC_ENDPOINTS == {"auth.login", "auth.setup", "static", "health.healthz"}
    response = app.test_client().get("/healthz")  # for monitors: no login, still the headers
    assert response.status_code == 200 and response.headers["X-Frame-Options"] == "DENY"


# ---------------------------------------------------------------- bad input: 404 / form errors, never a 500 (issue 13.10)

HUGE = "99999999999999999999"


def test_huge_ids_in_every_url_are_not_found(app, client):
    """Every route with an id, given one past what an id column holds (or far past it): 404 or 405, not 500."""
    rules = [r for r in app.url_map.iter_rules() if "<int:" in r.rule]
    assert rules, "no routes with ids found"
    for rule in rules:
        for huge in (HUGE, str(2**31)):
            path = re.sub(r"<int:\w+>", huge, rule.rule)
            method = "GET" if "GET" in rule.methods else "POST"
            response = client.open(path, method=method, data={"csrf_token": token(client.get("/drafts").text)})
            assert response.status_code in (404, 405), (path, response.status_code)


@pytest.mark.parametrize("page", [HUGE, "-3", "0", "abc"])
def test_any_queue_page_number_shows_a_page(client, page):
    assert client.get(f"/drafts?page={page}&status=all").status_code == 200


@pytest.mark.parametrize("path, data, message", [
    ("/customers/{customer}/quiet", {"until": "9999-12-31T23:59"},
     "Cannot set a quiet period: until: &#39;9999-12-31T23:59&#39; is out of range"),
    ("/customers/{customer}/quiet", {"until": "9999-12-30"}, "is more than 366 days ahead"),
    ("/customers/{customer}/quiet", {"days": HUGE}, "days: at most 366"),
    ("/drafts/{draft}/snooze", {"until": "9999-12-31T23:59"},
     "Cannot snooze: snooze until: &#39;9999-12-31T23:59&#39; is out of range"),
    ("/drafts/{draft}/snooze", {"until": "9999-12-30T10:00"}, "is more than 366 days ahead"),
    ("/customers/{customer}/limits", {"window": "99999999999d"},
     "Cannot save limits: window: &#39;99999999999d&#39; is too long a duration"),
])
def test_far_dates_and_huge_durations_in_forms_are_form_errors(client, teams, path, data, message):
    side = teams[0]
    url = path.format(customer=side.customer_id, draft=side.draft_id)
    response = post(client, url, data, follow_redirects=True)
    assert response.status_code == 200 and message in response.text, response.text[-3000:]


def test_a_far_date_in_the_note_form_is_a_form_error(client, teams):
    response = post(client, "/notes/new", {"customer": "customer-a@example.test", "text": "Called.",
                                           "at": "9999-12-31T23:59"}, page="/notes/new")
    assert response.status_code == 400
    assert "Cannot save the note: when: &#39;9999-12-31T23:59&#39; is out of range" in response.text

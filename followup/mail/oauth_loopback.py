"""The command line's browser sign-in: a one-shot HTTP listener on 127.0.0.1 takes the provider's redirect."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Callable
from urllib.parse import parse_qs, urlsplit

from followup.exceptions import BadInput, OAuthFailed
from followup.mail.errors import one_line
from followup.mail.oauth import Token, authorization_url, check_state, exchange_code
from followup.mail.oauth_providers import Provider


def sign_in(p: Provider, deadline: float, show: Callable[[str], None]) -> Token:
    """Sign in through the system browser with a redirect to 127.0.0.1 (RFC 8252 7.3), PKCE and state.

    Answers whose state is not this sign-in's are refused (400) and the wait goes on until the deadline.
    """
    answers: list[dict] = []
    arrived = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            """Take the provider's redirect: code and state, or an error."""
            query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
            try:
                check_state(state, query.get("state"))
            except BadInput as exc:
                self._reply(400, str(exc))
                return
            answers.append(query)
            self._reply(200, "Signed in: you can close this tab and go back to the terminal."
                        if "code" in query else "The sign-in did not finish: see the terminal.")
            arrived.set()

        def _reply(self, status: int, text: str) -> None:
            """A short plain-text page for the browser tab."""
            body = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):  # the request line carries the code: never log it
            """Log nothing."""

    try:
        server = HTTPServer(("127.0.0.1", p.loopback_port), Handler)
    except OSError as exc:
        raise OAuthFailed(f"{p.label}: cannot listen on 127.0.0.1:{p.loopback_port} for the sign-in: "
                          f"{exc.strerror or exc}") from None
    redirect_uri = f"http://127.0.0.1:{server.server_address[1]}/"
    url, state, verifier = authorization_url(p, redirect_uri)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    thread.start()
    try:
        show(url)
        if not arrived.wait(max(deadline - time.monotonic(), 0)):
            raise OAuthFailed(f"{p.label}: nobody finished signing in within the time allowed: start again")
    finally:
        server.shutdown()
        server.server_close()
    answer = answers[0]
    if "code" not in answer:
        raise OAuthFailed(f"{p.label}: the sign-in was refused: {one_line(answer.get('error', 'no code'))}"
                          + (f" ({one_line(answer['error_description'])})" if answer.get("error_description") else ""))
    return exchange_code(p, redirect_uri, answer["code"], verifier)

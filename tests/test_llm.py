"""The openai drafting backend against a real OpenAI-compatible HTTP server on 127.0.0.1 serving prepared completions."""
import dataclasses
import json
import logging
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlmodel import select

from followup.config import Duration
from followup.drafting import llm
from followup.drafting.prepare import prepare_drafts
from followup.models import Draft, Mailbox
from tests.test_prepare import BETH_Q, MARIA_Q, NOW, SIGNATURE, T0, conversation, make_rep

GOOD = ("Hi Maria,\n\nYou asked if I can send you the closing cost estimate for the Maple Street house, since you "
        "need to close before Dec 15 when your rate lock expires. I'll send the closing cost estimate so you can "
        "plan around that date.\n\nBest,\n" + SIGNATURE + "\n")
INVENTED = ("Hi Maria,\n\nThe closing cost estimate for the Maple Street house is ready: your rate is 5.875% and "
            "Beth Nguyen got the same terms last week.\n\nBest,\n" + SIGNATURE + "\n")


def completion(text: str) -> tuple[int, bytes]:
    """A chat completion response as OpenAI-compatible servers send it."""
    return 200, json.dumps({"id": "cmpl-1", "object": "chat.completion", "model": "test-model",
                            "choices": [{"index": 0, "finish_reason": "stop",
                                         "message": {"role": "assistant", "content": text}}]}).encode()


class CompletionServer:
    """A tiny OpenAI-compatible server: reply(request) -> (status, body); every request is kept."""

    def __init__(self):
        self.requests: list[dict] = []
        self.reply = lambda request: completion(GOOD)
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                server.requests.append({"path": self.path, "headers": dict(self.headers), "json": json.loads(body)})
                status, payload = server.reply(server.requests[-1])
                if status is None:  # hold the answer back until the test is over: the client must time out
                    server.release.wait()
                    return
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server(monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with CompletionServer() as srv:
        yield srv


def settings_for(app, base_url, timeout=5):
    """The app's settings with the openai backend pointed at base_url."""
    base = app.extensions["followup"].settings
    drafting = dataclasses.replace(base.drafting, backend="openai", base_url=base_url, model="test-model",
                                   timeout=Duration(seconds=timeout))
    return dataclasses.replace(base, drafting=drafting)


def run(app, settings, **kw):
    return prepare_drafts(app.extensions["followup"].db, settings, now=NOW, **kw)


@pytest.fixture
def maria(session):
    rep, box = make_rep(session)
    customer, _, _ = conversation(session, box, "maria@example.com", "Maria Lopez", "Refinance options",
                                     [("inbound", MARIA_Q, T0)])
    return customer


def only_draft(session):
    session.expire_all()
    (draft,) = session.exec(select(Draft)).all()
    return draft


def test_a_grounded_completion_is_used_and_each_prompt_holds_one_customers_facts(app, session, server, maria,
                                                                                 monkeypatch):
    monkeypatch.setenv("FOLLOWUP_LLM_API_KEY", "sk-test-123")
    mailbox = session.exec(select(Mailbox)).one()
    conversation(session, mailbox, "beth@example.com", "Beth Nguyen", "Highlander", [("inbound", BETH_Q, T0)])
    server.reply = lambda request: completion(GOOD if "Maria" in request["json"]["messages"][1]["content"]
                                              else "Hi Beth,\n\nYour Highlander XLE quote.\n\nBest,\nDana Whitfield")
    result = run(app, settings_for(app, server.url))
    assert len(result["created"]) == 2
    session.expire_all()
    by_customer = {d.customer_id: d for d in session.exec(select(Draft))}
    draft = by_customer[maria.id]
    assert draft.backend == "openai" and draft.body == GOOD, draft.grounding.get("llm")
    assert draft.grounded and draft.hold_reason is None and draft.grounding["ok"]
    assert draft.grounding["llm"] == {"used": True, "model": "test-model"}
    assert draft.sources and all(s["quote"] in MARIA_Q for s in draft.sources)
    assert len(server.requests) == 2
    for request in server.requests:
        assert request["path"] == "/v1/chat/completions"
        assert request["headers"]["Authorization"] == "Bearer sk-test-123"
        assert request["json"]["model"] == "test-model"
        assert [m["role"] for m in request["json"]["messages"]] == ["system", "user"]
    prompts = {("Maria" in r["json"]["messages"][1]["content"]): r["json"]["messages"][1]["content"]
               for r in server.requests}
    assert "closing cost estimate" in prompts[True] and "Dec 15" in prompts[True]
    assert "Highlander" in prompts[False] and "60 months" in prompts[False]
    for leak in ("Beth", "Highlander", "Midnight Black", "60 months", "48,000"):
        assert leak not in prompts[True]
    for leak in ("Maria", "Maple Street", "Dec 15", "rate lock"):
        assert leak not in prompts[False]


def test_an_invented_figure_and_another_customers_name_are_flagged_and_the_extractive_draft_kept(
        app, session, server, maria):
    server.reply = lambda request: completion(INVENTED)
    assert len(run(app, settings_for(app, server.url))["created"]) == 1
    draft = only_draft(session)
    assert draft.backend == "extractive"
    assert "5.875" not in draft.body and "Beth" not in draft.body and "closing cost estimate" in draft.body
    assert draft.grounded and draft.hold_reason is None
    rejected = draft.grounding["llm"]
    assert rejected["used"] is False and rejected["body"] == INVENTED
    assert {"5.875%", "Beth Nguyen"} <= set(rejected["report"]["unmatched"])
    assert rejected["why"].startswith("unmatched tokens: ") and "5.875%" in rejected["why"]
    assert "Maple Street" not in rejected["report"]["unmatched"]  # a real place from her own message grounds


def test_a_grounded_but_overlong_completion_is_not_used(app, session, server, maria):
    long = "Hi Maria,\n\n" + "You asked for the closing cost estimate. " * 40 + "\n\nBest,\n" + SIGNATURE
    server.reply = lambda request: completion(long)
    run(app, settings_for(app, server.url))
    draft = only_draft(session)
    assert draft.backend == "extractive" and draft.body != long
    assert draft.grounding["llm"]["why"].endswith("over the limit of 125")


def _refused_url() -> str:
    """The URL of a port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


@pytest.mark.parametrize("reply,expected", [
    (lambda r: (500, b'{"error": {"message": "model crashed"}}'), "HTTP 500"),
    (lambda r: (404, b"not found"), "HTTP 404"),
    (lambda r: (200, b"<html>surprise</html>"), "not a chat completion"),
    (lambda r: (200, b'{"choices": []}'), "not a chat completion"),
    (lambda r: completion("   "), "the completion is empty"),
    (None, "refused"),
    (lambda r: (None, b""), "timed out|no answer within 1s"),
], ids=["http-500", "http-404", "not-json", "no-choices", "empty", "connection-refused", "timeout"])
def test_backend_failures_fall_back_to_the_extractive_draft_with_one_log_line(app, session, server, maria, caplog,
                                                                              reply, expected):
    if reply is not None:
        server.reply = reply
    url = server.url if reply is not None else _refused_url()
    with caplog.at_level(logging.WARNING, logger="followup.drafting.prepare"):
        result = run(app, settings_for(app, url, timeout=1))
    assert len(result["created"]) == 1 and result["skipped"] == []
    draft = only_draft(session)
    assert draft.backend == "extractive" and draft.grounded and "closing cost estimate" in draft.body
    assert draft.grounding["llm"]["used"] is False
    assert re.search(expected, draft.grounding["llm"]["error"], re.I), draft.grounding["llm"]["error"]
    lines = [r.getMessage() for r in caplog.records if r.name == "followup.drafting.prepare"]
    assert len(lines) == 1 and "keeping the extractive draft" in lines[0] and "\n" not in lines[0]


def test_no_api_key_sends_no_authorization_and_an_empty_base_url_falls_back(app, session, server, maria):
    run(app, settings_for(app, server.url))
    assert "Authorization" not in server.requests[0]["headers"]
    with pytest.raises(llm.DraftBackendError, match="base_url is empty"):
        llm.complete(settings_for(app, "").drafting, [])


@pytest.fixture
def beth(session):
    rep, box = make_rep(session)
    customer, _, _ = conversation(session, box, "beth@example.com", "Beth Nguyen", "Highlander",
                                  [("inbound", BETH_Q, T0)])
    return customer


def test_the_model_gets_the_conversation_state_and_must_keep_the_answer_slots(app, session, server, beth):
    guess = ("Hi Beth,\n\nYes, we have the Highlander XLE in Midnight Black, and for 60 months the rate is low. "
             "Your budget of $48,000 out the door works.\n\nBest,\n" + SIGNATURE + "\n")
    server.reply = lambda request: completion(guess)
    run(app, settings_for(app, server.url))
    draft = only_draft(session)
    prompt = server.requests[0]["json"]["messages"]
    assert "Customer's language: English" in prompt[1]["content"]
    assert '"Do you have the Highlander XLE in Midnight Black as well?"' in prompt[1]["content"]
    assert "[[answer:" in prompt[1]["content"] and "Never guess an answer" in prompt[0]["content"]
    # the model answered what no source answers: its text is not used, the built-in draft keeps its slots
    assert draft.backend == "extractive" and "[[answer:" in draft.body
    assert draft.grounding["llm"]["why"] == "answer slots dropped: 2 of 2"


def test_a_completion_that_keeps_the_slots_is_used(app, session, server, beth):
    def keep(request):
        wanted = re.findall(r"\[\[answer: [^\]]*\]\]", request["json"]["messages"][1]["content"])
        return completion("Hi Beth,\n\nThanks for your note. I noted your budget of $48,000 out the door.\n\n"
                          + "\n".join(wanted) + "\n\nBest,\n" + SIGNATURE + "\n")
    server.reply = keep
    run(app, settings_for(app, server.url))
    draft = only_draft(session)
    assert draft.backend == "openai" and len(re.findall(r"\[\[answer:", draft.body)) == 2

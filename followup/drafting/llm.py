"""The optional language model backend: one chat completion from any OpenAI-compatible server.

The model sees only one customer's conversation state (open items with their quotes and resolved days, see
followup.drafting.conversation), the customer's language, the rep's profile and the rep's own emails to that customer,
and its text must pass the same grounding check and answer-slot rule as the built-in draft; prepare.py decides
which text to keep. Point [drafting] base_url at any OpenAI-compatible server: a local Ollama
(http://127.0.0.1:11434/v1) or llama.cpp's llama-server (http://127.0.0.1:8080/v1).
Standard library only (urllib), so the default install gains no dependency; nothing is ever downloaded.
"""
from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from typing import Sequence

from followup.config import DraftingSettings
from followup.drafting.conversation import State
from followup.drafting.profile import RepProfile
from followup.exceptions import DraftBackendError

DEFAULT_MIN_WORDS = 50
# A chat completion for a 150-word email is a few kilobytes; more than this is not an answer to our prompt.
MAX_RESPONSE_BYTES = 1_000_000
# Low temperature: the model rephrases given facts, it is not asked to be creative.
TEMPERATURE = 0.2

STATE_PROMPT = """You write one short follow-up email from a sales rep to one customer, in {language_name}.
Rules:
- Restate where the conversation stands now, from the open items listed by the user only, in the rep's own
  voice, speaking to the customer as "you": a short recap in reported speech, what the rep will do and when,
  an answer to each open question that an item answers.
- Never guess an answer. Keep every answer slot listed by the user exactly as written, e.g.
  [[answer: does the team plan include SSO?]], and write such a slot for any question you cannot answer.
- Never quote the customer's own sentences back, never repeat their pleasantries, never mention colleagues.
- Write {min_words} to {max_words} words in short, plain sentences.
- Never write a figure, amount, percentage, date, time, person or company name, email address, phone number
  or URL that does not appear in the items or in the rep's signature. Days are given already restated for
  today's date ("today", "on Thursday"): use them as given.
- Start with the greeting "{greeting}" on its own line. End with the rep's usual sign-off and signature exactly
  as given.
- Output only the email body: no subject line, no notes, no Markdown."""
LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}
# The rep's own emails to this customer shown as a sample of their writing, and how much of each.
SAMPLE_EMAILS = 2
SAMPLE_CHARS = 600


def build_state_messages(*, state: State, greeting_line: str, rep: RepProfile, sign_off: str, subject: str,
                         slots: Sequence[str], samples: Sequence[str], min_words: int = DEFAULT_MIN_WORDS,
                         max_words: int) -> list[dict]:
    """The chat messages for one customer's draft: the rules, then that conversation's open items with quotes."""
    signature = rep.signature.strip() or rep.name
    # the greeting is the rep's own last one to this customer or "Hi Dana,": the model keeps it, names and register
    lines = [f"Greeting (keep as written): {greeting_line}",
             f"Customer's language: {LANGUAGE_NAMES.get(state.language, 'English')}",
             f"Today: {state.today.isoformat()}", f"Rep's name: {rep.name}", f"Rep's sign-off: {sign_off}",
             "Rep's signature:", signature, f"Subject: {subject}",
             f"Last interaction: {state.last.get('kind', '')} {state.last.get('when', '')}".rstrip(), "",
             "Open items (kind: restatement | exact quote | day, restated for today):"]
    for item in state.items:
        if item.status != "open" or item.internal:
            continue
        lines.append(f"- {item.kind}: {item.text or '-'} | \"{item.quote}\" | {item.when or '-'}")
    if slots:
        lines += ["", "Answer slots to keep as written:"] + [f"- {s}" for s in slots]
    if samples:
        lines += ["", "The rep's own earlier emails to this customer (for tone only):"]
        lines += [f"---\n{text[:SAMPLE_CHARS]}" for text in list(samples)[-SAMPLE_EMAILS:]]
    system = STATE_PROMPT.format(language_name=LANGUAGE_NAMES.get(state.language, "English"), min_words=min_words,
                                 max_words=max_words, greeting=greeting_line)
    return [{"role": "system", "content": system}, {"role": "user", "content": "\n".join(lines)}]


def complete(settings: DraftingSettings, messages: list[dict], *, api_key: str | None = None) -> str:
    """POST one chat completion to {base_url}/chat/completions and return its text; DraftBackendError on any failure."""
    if not settings.base_url:
        raise DraftBackendError("[drafting] base_url is empty")
    url = settings.base_url.rstrip("/") + "/chat/completions"
    payload = {"model": settings.model, "messages": messages, "temperature": TEMPERATURE, "stream": False}
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    request = urllib.request.Request(url, data=json.dumps(payload).encode("utf-8"), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=settings.timeout.total_seconds()) as response:
            raw = response.read(MAX_RESPONSE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise DraftBackendError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise DraftBackendError(f"{url}: {exc.reason}") from None
    except (socket.timeout, TimeoutError):
        raise DraftBackendError(f"{url}: no answer within {settings.timeout.total_seconds():g}s") from None
    except OSError as exc:
        raise DraftBackendError(f"{url}: {exc}") from None
    if len(raw) > MAX_RESPONSE_BYTES:
        raise DraftBackendError(f"{url}: answer larger than {MAX_RESPONSE_BYTES} bytes")
    try:
        text = json.loads(raw.decode("utf-8"))["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise DraftBackendError(f"{url}: not a chat completion: {raw[:80]!r}") from None
    if not isinstance(text, str) or not text.strip():
        raise DraftBackendError(f"{url}: the completion is empty")
    return text.strip() + "\n"

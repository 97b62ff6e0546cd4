"""Compose one customer's follow-up from that customer's facts, with the Jinja2 email templates.

compose() sees only the facts it is given (one customer's), and every sentence of the body is a fact's
rephrased text; the template adds a greeting, connectives and the rep's sign-off, nothing else.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import jinja2

from followup.exceptions import NothingToDraft
from followup.facts import Fact

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "email"
DEFAULT_MAX_WORDS = 150
# What a short follow-up restates first when it cannot restate everything.
PRIORITY = ("commitment", "question", "next_step", "request", "figure", "constraint", "date")
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "mx", "sir"}

_env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=False,
                          undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                          keep_trailing_newline=False)


@dataclass(frozen=True)
class RepProfile:
    """The rep who signs the draft."""

    name: str
    email: str
    signature: str


@dataclass(frozen=True)
class Draft:
    """A composed follow-up and the facts and source spans it restates."""

    subject: str
    body: str
    facts: tuple[Fact, ...]
    sources: tuple[dict, ...]


def reply_subject(thread_subject: str) -> str:
    """"Re: <subject>" with any existing reply/forward prefixes folded into one."""
    core = re.sub(r"^\s*(?:(?:re|aw|sv|fwd?|fw)\s*(?:\[\d+\])?\s*:\s*)+", "", thread_subject or "", flags=re.I).strip()
    return f"Re: {core}" if core else "Re: our conversation"


def first_name(display_name: str) -> str | None:
    """The customer's first name from a display name ("Lopez, Maria" -> "Maria"), or None if unknown."""
    name = (display_name or "").strip().strip("\"'")
    if not name or "@" in name:
        return None
    if "," in name:
        name = name.split(",", 1)[1].strip() or name.split(",", 1)[0]
    parts = [p for p in name.split() if p.lower().rstrip(".") not in _TITLES]
    if not parts or not re.fullmatch(r"[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*", parts[0]):
        return None
    first = parts[0]
    return first[0].upper() + first[1:] if first.islower() else first


def grounding_texts(*, customer_name: str, customer_email: str, rep: RepProfile) -> tuple[str, ...]:
    """The profile texts a draft may draw on beyond the sources: the rep's profile and the customer's own name."""
    return (rep.name, rep.email, rep.signature, customer_name or "", customer_email or "")


def _sentence(text: str) -> str:
    """A fact's text as a sentence: capitalised first letter, closing punctuation."""
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith(("?", "!", ".")) else text + "."


def _words(text: str) -> int:
    """Words as a reader counts them."""
    return len(re.findall(r"\S+", text))


def _render(**context) -> str:
    """Render the follow-up template and tidy blank lines."""
    body = _env.get_template("follow_up.txt.j2").render(**context)
    return re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"


def compose(*, customer_name: str, customer_email: str, thread_subject: str, facts: Sequence[Fact],
            rep: RepProfile, max_words: int = DEFAULT_MAX_WORDS) -> Draft:
    """Draft a follow-up restating this customer's facts, within max_words, signed by rep; NothingToDraft if none."""
    name = first_name(customer_name)
    greeting = f"Hi {name}," if name else "Hello,"
    signature = rep.signature.strip()
    rep_name = rep.name.strip()
    first_line = signature.splitlines()[0].strip() if signature else ""
    if first_line == rep_name:
        signature = "\n".join(signature.splitlines()[1:]).strip()
    elif rep_name and rep_name in first_line:
        rep_name = ""  # the signature already names the rep
    base = dict(greeting=greeting, rep_name=rep_name, signature=signature)

    # an answered question or a kept promise needs no restating; an answered request is still a stated need
    candidates = [f for f in facts if not (f.kind in ("question", "commitment") and f.answered)]
    # among next steps only the newest is the next step; older ones were overtaken
    steps = [f for f in candidates if f.kind == "next_step"]
    candidates = [f for f in candidates if f.kind != "next_step" or f is steps[-1]]
    order = {id(f): i for i, f in enumerate(candidates)}
    ranked = sorted(candidates, key=lambda f: (f.answered, PRIORITY.index(f.kind) if f.kind in PRIORITY
                                               else len(PRIORITY), -order[id(f)]))
    chosen: list[Fact] = []
    seen: set[str] = set()
    used = _words(_render(recap=[], questions=[], commitments=[], next_step="", **base))
    for fact in ranked:
        sentence = _sentence(fact.text)
        key = sentence.lower()
        if key in seen or used + _words(sentence) > max_words:
            continue
        seen.add(key)
        chosen.append(fact)
        used += _words(sentence)
    if not chosen:
        # a draft with nothing specific in it would be exactly the canned email the product exists to prevent
        raise NothingToDraft("nothing to restate: no open question, commitment, next step or figure")
    chosen.sort(key=lambda f: order[id(f)])
    body = _body(chosen, base)
    # connectives ("Next step:") add words the per-sentence budget did not see
    while _words(body) > max_words and chosen:
        chosen.remove(max(chosen, key=lambda f: (f.answered, PRIORITY.index(f.kind), -order[id(f)])))
        body = _body(chosen, base)
    return Draft(subject=reply_subject(thread_subject), body=body, facts=tuple(chosen),
                 sources=tuple({"kind": f.source_kind, "id": f.source_id, "quote": f.quote} for f in chosen))


def _body(chosen: Sequence[Fact], base: dict) -> str:
    """Render the body for the chosen facts, grouped by kind in conversation order."""
    def of(*kinds: str) -> list[str]:
        return [_sentence(f.text) for f in chosen if f.kind in kinds]

    step = [s if re.match(r"(I\b|I'|Let|We\b|We'|You\b|Next)", s) else "Next step: " + s[0].lower() + s[1:]
            if s[1:2].islower() else "Next step: " + s
            for s in of("next_step")]
    return _render(recap=of("request", "figure", "constraint", "date"), questions=of("question"),
                   commitments=of("commitment"), next_step=step[0] if step else "", **base)

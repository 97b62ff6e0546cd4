"""Score reply/quote/signature splitters against stored ground truth; prints one row per candidate.

Ground truth: email_reply_trimmer (emails/ -> trimmed/), talon/standard_replies (<name>_reply_text or "Hello")
talon/html_replies (every one "Hi. I am fine. Thanks, Alex" once converted to text) and 43 crisp-email-reply-parser
fixtures whose expected first fragment its test.js gives (held out: 0.908 exact before our rules saw it).
Measures: exact match after whitespace normalisation, mean line-level F1, and "kept" (share of cases where every
expected line survived: the conservative-side number, since dropping what a customer wrote is the worse error).
Run: .venv/bin/python benchmarks/bench_replies.py
"""
from __future__ import annotations

import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from followup.text.parsing import html_to_text, parse_message  # noqa: E402
from followup.text.replies import split_reply  # noqa: E402


def corpora_dir() -> Path:
    """The corpora folder, honouring $FOLLOWUP_CORPORA like tests/conftest.py."""
    return Path(os.environ.get("FOLLOWUP_CORPORA", ROOT.parent / "shared" / "corpora"))


def norm(text: str) -> str:
    """Whitespace-normalised text for exact comparison."""
    return " ".join(text.split())


def _lines(text: str) -> Counter:
    """Multiset of non-blank lines, whitespace-normalised."""
    return Counter(norm(line) for line in text.splitlines() if line.strip())


def line_f1(predicted: str, expected: str) -> float:
    """F1 between the predicted and expected non-blank lines (1.0 when both are empty)."""
    p, e = _lines(predicted), _lines(expected)
    if not p and not e:
        return 1.0
    hit = sum((p & e).values())
    if not hit:
        return 0.0
    precision, recall = hit / sum(p.values()), hit / sum(e.values())
    return 2 * precision * recall / (precision + recall)


def all_kept(predicted: str, expected: str) -> bool:
    """True when every expected line is in the prediction (nothing the sender wrote was dropped)."""
    return not (_lines(expected) - _lines(predicted))


def trimmer_cases(root: Path) -> list[tuple[str, str, str]]:
    """(name, body, expected new text) from email_reply_trimmer."""
    base = root / "email_reply_trimmer"
    return [(p.name, p.read_text(encoding="utf-8"), (base / "trimmed" / p.name).read_text(encoding="utf-8"))
            for p in sorted((base / "emails").iterdir()) if (base / "trimmed" / p.name).exists()]


def talon_cases(root: Path) -> list[tuple[str, str, str]]:
    """(name, body text via parse_message, expected reply) from talon/standard_replies."""
    base = root / "talon" / "standard_replies"
    cases = []
    for p in sorted(base.glob("*.eml")):
        expected_file = base / f"{p.stem}_reply_text"
        expected = expected_file.read_text(encoding="utf-8") if expected_file.exists() else "Hello"
        cases.append((p.name, parse_message(p.read_bytes()).text, expected))
    return cases


def talon_html_cases(root: Path) -> list[tuple[str, str, str]]:
    """(name, HTML converted by html_to_text, expected reply) from talon/html_replies."""
    return [(p.name, html_to_text(p.read_text(encoding="utf-8", errors="replace")), "Hi. I am fine.\n\nThanks,\nAlex")
            for p in sorted((root / "talon" / "html_replies").glob("*.html"))]


# crisp-oss/email-reply-parser test/test.js expects these fixtures' first fragment to be exactly CRISP_COMMON.
CRISP_COMMON = (
    "Fusce bibendum, quam hendrerit sagittis tempor, dui turpis tempus erat, pharetra sodales ante sem sit amet metus.\n"
    "Nulla malesuada, orci non vulputate lobortis, massa felis pharetra ex, convallis consectetur ex libero eget ante.\n"
    "Nam vel turpis posuere, rhoncus ligula in, venenatis orci. Duis interdum venenatis ex a rutrum.\n"
    "Duis ut libero eu lectus consequat consequat ut vel lorem. Vestibulum convallis lectus urna,\n"
    "et mollis ligula rutrum quis. Fusce sed odio id arcu varius aliquet nec nec nibh.")
CRISP_COMMON_FIXTURES = (
    "email_7 email_8 email_9 email_10 email_11 email_12 email_13 email_14 email_15 email_16 email_17 email_18 email_22 "
    "email_23 email_24 email_25 email_26 email_portuguese email_german email_german_2 email_german_3 email_german_outlook "
    "email_norwegian_gmail email_finnish email_italian email_russian email_outlook_split_line_from "
    "email_gmail_split_line_from email_ios_outlook_fr email_ios_outlook email_msn email_fr_multiline email_french_2 "
    "email_en_multiline_2 email_original_message email_original_message_2 email_danish_dash_separator "
    "email_french_dash_separator email_tricky_5_mixed_languages email_tricky_10_special_chars_in_name "
    "email_tricky_12_no_space_after_header email_tricky_14_long_quote_header email_tricky_15_original_message_variations"
).split()


def crisp_cases(root: Path) -> list[tuple[str, str, str]]:
    """(name, body, CRISP_COMMON) for the crisp fixtures whose expected new text is CRISP_COMMON."""
    base = root / "crisp-email-reply-parser" / "fixtures"
    return [(n, (base / f"{n}.txt").read_text(encoding="utf-8"), CRISP_COMMON)
            for n in CRISP_COMMON_FIXTURES if (base / f"{n}.txt").exists()]


def candidates() -> dict[str, Callable[[str], str]]:
    """Each candidate as text -> new text: ours and the maintained libraries of the `bench` extra."""
    out: dict[str, Callable[[str], str]] = {
        "followup.text.replies (ours)": lambda t: split_reply(t)[0],
        "followup.text.replies new+sig": lambda t: "\n".join(x for x in split_reply(t)[::2] if x),
    }
    # The comparison libraries come with the `bench` extra (make bench installs it): never silently left out.
    import quotequail
    from mailparser_reply import EmailReplyParser
    from mailparser_reply.constants import MAIL_LANGUAGES

    parser = EmailReplyParser(languages=[k for k in MAIL_LANGUAGES if k != "david"])
    out["mail-parser-reply 1.36"] = lambda t: parser.parse_reply(t) or ""
    out["quotequail 0.5.4"] = lambda t: "\n".join(
        chunk for is_new, chunk in quotequail.quote(t, quote_intro_line=True) if is_new)
    return out


def score(fn: Callable[[str], str], cases: list[tuple[str, str, str]]) -> dict:
    """Exact share, mean line F1, all-kept share, failures and timing for one candidate on one case set."""
    exact = kept = 0
    f1 = 0.0
    errors = 0
    misses = []
    start = time.perf_counter()
    for name, body, expected in cases:
        try:
            got = fn(body)
        except Exception:  # a library crash counts as keeping nothing
            got, errors = "", errors + 1
        if norm(got) == norm(expected):
            exact += 1
        else:
            misses.append(name)
        f1 += line_f1(got, expected)
        kept += all_kept(got, expected)
    n = len(cases) or 1
    return {"exact": exact / n, "f1": f1 / n, "kept": kept / n, "errors": errors, "misses": misses,
            "ms": (time.perf_counter() - start) * 1000 / n}


def main() -> None:
    """Print the comparison table for both ground-truth sets."""
    root = corpora_dir()
    sets = {"email_reply_trimmer": trimmer_cases(root), "talon/standard_replies": talon_cases(root),
            "talon/html_replies (via html_to_text)": talon_html_cases(root),
            "crisp-email-reply-parser (expectations from its test.js)": crisp_cases(root)}
    verbose = "-v" in sys.argv
    for set_name, cases in sets.items():
        print(f"\n{set_name}: {len(cases)} cases")
        print(f"{'candidate':28} {'exact':>6} {'lineF1':>7} {'kept':>6} {'errors':>6} {'ms/msg':>7}")
        for name, fn in candidates().items():
            r = score(fn, cases)
            print(f"{name:28} {r['exact']:6.3f} {r['f1']:7.3f} {r['kept']:6.3f} {r['errors']:6d} {r['ms']:7.2f}")
            if verbose:
                print("   misses:", " ".join(r["misses"]))


if __name__ == "__main__":
    main()

"""Messages per second of followup.text.parsing.parse_message over every file in the corpora folder.

Side by side in the same run: the stdlib reference (policy.default + get_body().get_content(), what the issue
measured at ~650 msg/s) and a bare compat32 parse (the floor: no decoding at all). Then the reply-splitter scores.
Run: .venv/bin/python benchmarks/bench_parsing.py [--repeat N]
"""
from __future__ import annotations

import email
import os
import sys
import time
from email import policy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_replies import main as score_replies  # noqa: E402

from followup.exceptions import ParseError  # noqa: E402
from followup.text.parsing import parse_message  # noqa: E402

REPEAT = 3  # passes over the corpus; the best pass is reported


def corpora_dir() -> Path:
    """The corpora folder, honouring $FOLLOWUP_CORPORA like tests/conftest.py."""
    return Path(os.environ.get("FOLLOWUP_CORPORA", ROOT.parent / "shared" / "corpora"))


def load_corpus(root: Path) -> list[bytes]:
    """Every file under the corpora folder, as raw bytes (non-messages included: they must be survived too)."""
    return [p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()]


def ours(raw: bytes) -> bool:
    """followup's parser; False when the message is quarantined."""
    try:
        parse_message(raw)
        return True
    except ParseError:
        return False


def reference(raw: bytes) -> bool:
    """The stdlib modern API: policy.default, then the preferred body's content."""
    try:
        msg = email.message_from_bytes(raw, policy=policy.default)
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is not None:
            body.get_content()
        return True
    except Exception:  # the reference raises on many corpus files; count, do not stop
        return False


def bare_compat32(raw: bytes) -> bool:
    """Parsing only, with no header or body decoding."""
    email.message_from_bytes(raw, policy=policy.compat32)
    return True


def measure(fn, corpus: list[bytes], repeat: int) -> tuple[float, int]:
    """(best seconds per pass, successes) over the corpus."""
    best, ok = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        ok = sum(1 for raw in corpus if fn(raw))
        best = min(best, time.perf_counter() - start)
    return best, ok


def main() -> None:
    """Print msg/s and MB/s for each parser and the speed ratio, then the reply-splitting scores."""
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else REPEAT
    corpus = load_corpus(corpora_dir())
    megabytes = sum(len(r) for r in corpus) / 1e6
    print(f"corpus: {len(corpus)} files, {megabytes:.1f} MB, best of {repeat} passes")
    print(f"{'parser':44} {'msg/s':>8} {'MB/s':>7} {'ok':>6}")
    results = {}
    for name, fn in (("followup.text.parsing.parse_message (compat32)", ours),
                     ("stdlib policy.default + get_body (reference)", reference),
                     ("stdlib compat32 parse only (floor)", bare_compat32)):
        seconds, ok = measure(fn, corpus, repeat)
        results[name] = seconds
        print(f"{name:44} {len(corpus) / seconds:8.0f} {megabytes / seconds:7.2f} {ok:6d}")
    ratio = results["stdlib policy.default + get_body (reference)"] / results["followup.text.parsing.parse_message (compat32)"]
    print(f"speed-up over the policy.default reference: {ratio:.1f}x")

    # The folder also holds expected-output files (.json, .xml, .txt); repeat on real messages only.
    messages = [raw for raw in corpus if ours(raw)]
    mb = sum(len(r) for r in messages) / 1e6
    ours_s, _ = measure(ours, messages, repeat)
    ref_s, _ = measure(reference, messages, repeat)
    print(f"messages only ({len(messages)}, {mb:.1f} MB): followup {len(messages) / ours_s:.0f} msg/s, "
          f"reference {len(messages) / ref_s:.0f} msg/s, speed-up {ref_s / ours_s:.1f}x")
    score_replies()


if __name__ == "__main__":
    main()

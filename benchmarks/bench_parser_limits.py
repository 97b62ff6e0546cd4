"""Parse time and peak memory of followup.text.parsing.parse_message on the worst inputs we know.

Time is the best of REPEAT untraced runs; memory is the tracemalloc peak of one more, traced run.
Run: .venv/bin/python benchmarks/bench_parser_limits.py
"""
from __future__ import annotations

import base64
import os
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from followup.exceptions import ParseError  # noqa: E402
from followup.text.parsing import parse_message  # noqa: E402

REPEAT = 2
MB = 1024 * 1024
BIG = 20 * MB


def corpora_dir() -> Path:
    """The corpora folder, honouring $FOLLOWUP_CORPORA like tests/conftest.py."""
    return Path(os.environ.get("FOLLOWUP_CORPORA", ROOT.parent / "shared" / "corpora"))


def nested(depth: int, kind: str, leaf: bytes = b"Content-Type: text/plain\r\n\r\ndeep\r\n") -> bytes:
    """depth levels of multipart ('m') or message/rfc822 ('r') around leaf."""
    out = leaf
    for level in range(depth):
        if kind == "m":
            b = b"n%d" % level
            out = b"Content-Type: multipart/mixed; boundary=" + b + b"\r\n\r\n--" + b + b"\r\n" + out + (
                b"\r\n--" + b + b"--\r\n")
        else:
            out = b"Content-Type: message/rfc822\r\n\r\nFrom: i@example.com\r\n" + out
    return b"From: a@example.com\r\nSubject: deep\r\n" + out


def inputs() -> list[tuple[str, bytes]]:
    """(name, raw message) for every worst case."""
    head = b"From: a@example.com\r\nSubject: big\r\n"
    text_lines = (b"y" * 76 + b"\r\n") * (BIG // 78)
    word = b"=?utf-8?b?" + base64.b64encode("caf\u00e9\r\nBcc: x".encode()) + b"?="
    cases = [
        ("20 MB text body, 78-char lines", head + b"\r\n" + text_lines),
        ("20 MB text body, 14-char quoted lines", head + b"\r\n" + b"> quoted line\r\n" * (BIG // 15)),
        ("20 MB one-line body", head + b"\r\n" + b"y" * BIG),
        ("20 MB base64 attachment", nested(1, "m", b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: "
                                          b"base64\r\n\r\n" + base64.encodebytes(b"%PDF" * (BIG * 3 // 16)))),
        ("20 MB of <div> (HTML only)", head + b"Content-Type: text/html\r\n\r\n" + b"<div>" * (BIG // 5)),
        ("20 MB text 30 multiparts deep", nested(30, "m", b"Content-Type: text/plain\r\n\r\n" + text_lines)),
        ("20 MB text 100 multiparts deep", nested(100, "m", b"Content-Type: text/plain\r\n\r\n" + text_lines)),
        ("100-deep multipart", nested(100, "m")),
        ("100-deep message/rfc822", nested(100, "r")),
        ("1000-deep multipart", nested(1000, "m")),
        ("10k encoded words in Subject", head.replace(b"Subject: big", b"Subject: " + b" ".join([word] * 10_000))
         + b"\r\nbody\r\n"),
        ("300k addresses in To", b"From: a@example.com\r\nTo: " + b"x@y.example, " * 300_000 + b"\r\n\r\nbody\r\n"),
        ("200k MIME parts", b"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n"
         + b"--x\r\n\r\nhi\r\n" * 200_000),
        ("500k header lines", b"From: a@example.com\r\n" + b"X-A: b\r\n" * 500_000 + b"\r\nbody\r\n"),
        ("100k-char boundary", b"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=" + b"b" * 100_000
         + b"\r\n\r\n--" + b"b" * 100_000 + b"\r\n\r\nhi\r\n"),
        ("2000 distinct 1000-char boundaries", b"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=x\r\n"
         b"\r\n" + b"".join(b"--x\r\nContent-Type: multipart/mixed; boundary=%d%s\r\n\r\n" % (i, b"b" * 1000)
                              for i in range(2000))),
    ]
    corpora = corpora_dir()
    for relative in ("flanker/messages/enclosed-endless.eml", "flanker/messages/torture.eml"):
        path = corpora / relative
        if path.is_file():
            cases.append((relative.rsplit("/", 1)[-1], path.read_bytes()))
        else:
            print(f"(skipped {relative}: {corpora} has no such file)")
    return cases


def measure(raw: bytes) -> tuple[float, int, str]:
    """(best seconds, traced peak bytes, outcome) of parse_message on raw."""
    best = float("inf")
    outcome = ""
    for _ in range(REPEAT):
        started = time.perf_counter()
        try:
            message = parse_message(raw)
            outcome = f"parsed, text {len(message.text):,} chars"
        except ParseError as exc:
            outcome = f"ParseError: {exc}"
        best = min(best, time.perf_counter() - started)
    tracemalloc.start()
    try:
        try:
            parse_message(raw)
        except ParseError:
            pass
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return best, peak, outcome


def main() -> None:
    """Print one row per worst case: size, time, peak memory, peak / size, outcome."""
    print(f"{'input':40} {'size MB':>8} {'time s':>7} {'peak MB':>8} {'x size':>7}  outcome")
    for name, raw in inputs():
        seconds, peak, outcome = measure(raw)
        print(f"{name:40} {len(raw) / MB:8.2f} {seconds:7.2f} {peak / MB:8.1f} {peak / len(raw):7.1f}  {outcome[:70]}",
              flush=True)


if __name__ == "__main__":
    main()

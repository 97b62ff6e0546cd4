"""Hostile MIME through parse_message and hostile text through split_reply.

Properties: parse_message raises nothing but ParseError (with a reason); no returned string holds NUL; decoded
subjects, names and file names hold no CR/LF; each message stays within a generous time and memory safety bound;
split_reply never raises and never invents a line. Runs reproducibly in CI (profile "fuzz-ci", derandomized).
"""
from __future__ import annotations

import base64
import dataclasses
import os
import quopri
import time
import tracemalloc

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from followup.exceptions import ParseError
from followup.text.parsing import MAX_PARSE_DEPTH, ParsedMessage, parse_message
from followup.text.replies import MAX_SPLIT_CHARS, split_reply

# Safety bounds (not performance targets): a message must never cost more than this to parse.
# A hang guard, not a speed goal (speed lives in benchmarks/bench_parser_limits.py): a parser stuck in a
# loop or a quadratic blow-up trips it; a busy CI machine does not.
MAX_SECONDS = 60.0
MEMORY_FACTOR = 10
MEMORY_SLACK = 50 * 1024 * 1024
BIG_BODY = 20 * 1024 * 1024
TRACE_CORPUS_FROM = 256 * 1024

_COMMON = dict(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz-ci", max_examples=100, derandomize=True, **_COMMON)
settings.register_profile("fuzz-dev", max_examples=100, **_COMMON)
# Applied per test rather than loaded globally, so other modules keep their own hypothesis settings.
FUZZ = settings.get_profile("fuzz-ci" if os.environ.get("CI") else "fuzz-dev")
FUZZ_HEAVY = settings(FUZZ, max_examples=5)  # examples of several hundred kB each
FUZZ_DEEP = settings(FUZZ, max_examples=40)  # each example nests up to 150 levels

INJECTION = b"\r\nBcc: victim@evil.example\r\n"

# --------------------------------------------------------------------------------------------- strategies

CHARSETS = [
    "utf-8", "UTF8", "us-ascii", "iso-8859-1", "windows-1252", "iso-2022-jp", "shift_jis", "gb2312", "big5",
    "ks_c_5601-1987", "koi8-r", "utf-16", "utf-32", "utf-7", "x-unknown", "unknown-8bit", "", "'utf-8'",
    "../../etc/passwd", "idna", "punycode", "undefined", "base64", "rot13", "zlib", "unicode_escape",
    "raw_unicode_escape", "hex", "charmap", "\x00", "x" * 300, "utf-8\r\nBcc: x", "%s%n",
]
ENCODINGS = ["base64", "BASE64", "quoted-printable", "7bit", "8bit", "binary", "x-uuencode", "7-bit", "plain",
             "base64; x=y", "", "bogus"]
CTYPES = ["text/plain", "text/html", "text/enriched", "text/calendar", "application/octet-stream", "image/png",
          "message/delivery-status", "message/rfc822", "multipart/mixed", "text", "/", "text/plain/extra"]

charsets = st.one_of(st.sampled_from(CHARSETS), st.text(max_size=20))
hostile_text = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from("\r\n\x00\t =?_:<>@\"\\;,\u2028\x85\ufeff")), max_size=80)
payloads = st.one_of(
    st.binary(max_size=200),
    hostile_text.map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    hostile_text.map(lambda t: t.encode("cp1252", errors="ignore")),  # 8-bit bytes a utf-8 label lies about
    st.just(INJECTION), st.just(b"\x1b$B\xff\xfe\x1b(B"), st.just(b"\x00\x00"),
)


def q_encode(data: bytes) -> bytes:
    """RFC 2047 Q encoding (every byte but letters and digits as =XX), so CR/LF travel inside the word."""
    return b"".join(bytes([c]) if chr(c).isalnum() else b"=%02X" % c for c in data)


@st.composite
def encoded_words(draw) -> bytes:
    """One RFC 2047 encoded word, valid or broken, possibly carrying CR/LF, NUL or another encoded word."""
    data = draw(payloads)
    if draw(st.booleans()):  # nested: an encoded word whose decoded text is itself an encoded word
        data = b"=?utf-8?b?" + base64.b64encode(data) + b"?="
    enc = draw(st.sampled_from("bBqQx"))
    if enc in "bB":
        text = base64.b64encode(data)
        text = draw(st.sampled_from([text, text.rstrip(b"="), text[:-1], text + b"!!", b"####"]))
    else:
        text = q_encode(data)
        text = draw(st.sampled_from([text, text + b"=Z", text.replace(b"=", b"=="), data]))
    charset = draw(charsets).encode("utf-8", errors="surrogatepass")
    return b"=?" + charset + b"?" + enc.encode() + b"?" + text + b"?="


header_values = st.lists(
    st.one_of(encoded_words(), payloads, st.sampled_from([b"\r\n ", b"\r\n", b"\n\t", b" ", b"", b"<a@b.example>"])),
    max_size=5,
).map(b"".join)
addresses = st.lists(
    st.tuples(header_values, st.sampled_from([b"a@b.example", b"", b"<>", b"@", b"x@y\x00z", b"\"q\"@ex.example"])),
    max_size=2,
).map(lambda pairs: b", ".join(name + b" <" + addr + b">" for name, addr in pairs))


@st.composite
def boundaries(draw) -> tuple[bytes, bytes, bytes]:
    """(Content-Type boundary parameters, boundary used in the body, closing style): broken ones included."""
    name = draw(st.one_of(st.sampled_from([b"b1", b"=_x", b"", b" ", b"--", b"a" * 70]),
                          st.integers(71, 3000).map(lambda n: b"L" * n),
                          st.binary(min_size=1, max_size=30).filter(lambda b: b"\n" not in b and b"\r" not in b)))
    style = draw(st.sampled_from(["quoted", "plain", "missing", "duplicate", "unterminated", "2231"]))
    param = {
        "quoted": b'; boundary="' + name + b'"', "plain": b"; boundary=" + name, "missing": b"",
        "duplicate": b"; boundary=" + name + b"; boundary=other", "unterminated": b'; boundary="' + name,
        "2231": b"; boundary*0=" + name[:5] + b"; boundary*1=" + name[5:],
    }[style]
    used = draw(st.sampled_from([name, name, b"other", name + b"x", name[:-1] or b"y"]))
    closing = draw(st.sampled_from([b"--", b"", b"-- trailing", b"-"]))
    return param, used, closing


@st.composite
def leaf_parts(draw) -> bytes:
    """A non-multipart part: hostile type, charset, transfer encoding, name and body."""
    ctype = draw(st.sampled_from(CTYPES)).encode()
    charset = draw(charsets).encode("utf-8", errors="surrogatepass")
    cte = draw(st.sampled_from(ENCODINGS)).encode()
    body = draw(payloads)
    if cte.lower().startswith(b"base64"):
        body = draw(st.sampled_from([base64.encodebytes(body), base64.b64encode(body)[:-1], b"!!!not base64***",
                                     base64.b64encode(body) + b"\x00===="]))
    elif cte == b"quoted-printable":
        body = draw(st.sampled_from([quopri.encodestring(body), body + b"=ZZ=\n=0", b"=" * 50, body + b"=\r\n"]))
    headers = b"Content-Type: " + ctype + b"; charset=" + charset
    if draw(st.booleans()):
        headers += b'; name="' + draw(header_values) + b'"'
    if draw(st.booleans()):
        disposition = draw(st.sampled_from([b"attachment", b"inline", b"attachment; filename*=utf-8''%0D%0Ax%00"]))
        headers += b"\r\nContent-Disposition: " + disposition
    return headers + b"\r\nContent-Transfer-Encoding: " + cte + b"\r\n\r\n" + body + b"\r\n"


def mime_trees(max_leaves: int = 8):
    """Nested multiparts and message/rfc822 wrappers over hostile leaves, with broken boundaries."""
    def extend(children):
        @st.composite
        def container(draw) -> bytes:
            kind = draw(st.sampled_from(["multipart", "multipart", "rfc822"]))
            if kind == "rfc822":
                inner = draw(children)
                return b"Content-Type: message/rfc822\r\n\r\nFrom: " + draw(addresses) + b"\r\n" + inner
            param, used, closing = draw(boundaries())
            parts = draw(st.lists(children, max_size=4))
            subtype = draw(st.sampled_from([b"mixed", b"alternative", b"report; report-type=delivery-status",
                                            b"digest", b"related"]))
            body = b"".join(b"--" + used + b"\r\n" + p for p in parts)
            return b"Content-Type: multipart/" + subtype + param + b"\r\n\r\npreamble\r\n" + body + (
                b"--" + used + closing + b"\r\n")
        return container()
    return st.recursive(leaf_parts(), extend, max_leaves=max_leaves)


@st.composite
def messages(draw, bodies=None) -> bytes:
    """A whole message: hostile top-level headers over a body, with LF, CRLF or mixed line ends."""
    fields = [
        (b"From", draw(addresses)), (b"To", draw(addresses)), (b"Cc", draw(addresses)),
        (b"Subject", draw(header_values)), (b"Message-ID", draw(st.sampled_from([b"<a@b>", b"", b"<a\x00b@c>"]))),
        (b"Date", draw(st.sampled_from([b"Mon, 1 Jan 2024 27:39:33 +0000", b"", b"\x00", b"Tue, 99 Foo 99999"]))),
        (b"In-Reply-To", draw(header_values)), (b"References", draw(header_values)),
    ]
    fields = draw(st.permutations(fields))
    fields += draw(st.lists(st.tuples(st.sampled_from([b"Subject", b"From", b"X-A\x00", b"Bcc", b"Content-Type"]),
                                      header_values), max_size=3))  # duplicates and NUL in names
    head = b"".join(name + b": " + value + b"\r\n" for name, value in fields)
    body = draw(bodies if bodies is not None else mime_trees())
    raw = head + body
    newline = draw(st.sampled_from(["crlf", "lf", "mixed"]))
    if newline == "lf":
        raw = raw.replace(b"\r\n", b"\n")
    elif newline == "mixed":
        raw = raw.replace(b"\r\n\r\n", b"\n\r\n", 1)
    return raw


def nested(depth: int, kinds: str, leaf: bytes = b"Content-Type: text/plain\r\n\r\ndeep text\r\n") -> bytes:
    """A message nesting `depth` containers; kinds cycles over 'm' (multipart) and 'r' (message/rfc822)."""
    out = leaf
    for level in range(depth):
        if kinds[level % len(kinds)] == "m":
            b = b"nest%d" % level
            out = b"Content-Type: multipart/mixed; boundary=" + b + b"\r\n\r\n--" + b + b"\r\n" + out + (
                b"\r\n--" + b + b"--\r\n")
        else:
            out = b"Content-Type: message/rfc822\r\n\r\nFrom: inner@example.com\r\nSubject: level\r\n" + out
    return b"From: a@example.com\r\nSubject: deep\r\n" + out


# --------------------------------------------------------------------------------------------- checks


def _strings(value):
    """Every str inside a ParsedMessage field (tuples, Attachments and all)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _strings(item)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))


def check_parse(raw: bytes, trace: bool = True) -> ParsedMessage | ParseError:
    """Parse raw and assert every property (memory only when trace); returns the message or the ParseError."""
    started = time.perf_counter()
    try:
        result: ParsedMessage | ParseError = parse_message(raw)
    except ParseError as exc:  # anything else fails the test right here
        result = exc
    elapsed = time.perf_counter() - started
    # memory in a second, traced run: tracing slows parsing several-fold and would distort the time
    peak = 0
    if trace:
        tracemalloc.start()
        try:
            try:
                parse_message(raw)
            except ParseError:
                pass
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert elapsed < MAX_SECONDS, f"{elapsed:.1f} s for a {len(raw)}-byte message"
    assert peak < MEMORY_FACTOR * len(raw) + MEMORY_SLACK, f"peak {peak} bytes for a {len(raw)}-byte message"
    if isinstance(result, ParseError):
        assert str(result), "a ParseError must say why"
        return result
    assert not [s for s in _strings(result) if "\x00" in s], "NUL in a returned string"
    names = [result.subject, result.from_name, *(n for n, _ in result.to + result.cc + result.reply_to),
             *(a.filename for a in result.attachments), result.message_id, result.from_addr]
    assert not [n for n in names if "\r" in n or "\n" in n], "CR/LF in a decoded header value"
    return result


def input_lines(text: str) -> list[str]:
    """The lines split_reply sees."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def check_split(text: str) -> None:
    """split_reply returns three str and every line it returns is (part of) a line of the input."""
    parts = split_reply(text)
    assert len(parts) == 3 and all(isinstance(p, str) for p in parts)
    source = input_lines(text)
    whole = set(source)
    for part in parts:
        for line in part.split("\n"):
            assert line in whole or any(line in s for s in source), f"invented line {line[:80]!r}"


# --------------------------------------------------------------------------------------------- properties


@FUZZ
@given(messages())
def test_hostile_mime_trees(raw):
    check_parse(raw)


@FUZZ
@given(messages(bodies=leaf_parts()))
def test_hostile_single_parts_charsets_and_transfer_encodings(raw):
    check_parse(raw)


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(["Subject", "From"]), encoded_words()), min_size=1, max_size=6))
def test_header_injection_is_folded_away(fields):
    raw = b"".join(name.encode() + b": " + word + b" <a@b.example>\r\n" for name, word in fields) + b"\r\nbody\r\n"
    check_parse(raw)


@FUZZ
@given(st.sampled_from(["b", "q"]), st.sampled_from([b"", b"Real Name"]))
def test_crlf_inside_valid_encoded_words_is_kept_as_text_on_one_line(enc, prefix):
    payload = prefix + INJECTION
    text = base64.b64encode(payload) if enc == "b" else q_encode(payload)
    word = b"=?utf-8?" + enc.encode() + b"?" + text + b"?="
    message = check_parse(b"From: " + word + b" <a@b.example>\r\nSubject: " + word + b"\r\n\r\nbody\r\n")
    assert isinstance(message, ParsedMessage)
    assert message.subject.endswith("Bcc: victim@evil.example")  # decoded, but folded onto the same line
    assert "Bcc: victim@evil.example" in message.from_name and message.from_addr == "a@b.example"


@FUZZ_HEAVY
@given(st.integers(1000, 10_000), encoded_words(), st.sampled_from([b" ", b"", b"\r\n "]))
def test_thousands_of_encoded_words(count, word, sep):
    check_parse(b"From: " + sep.join([word] * min(count, 500)) + b" <a@b.example>\r\nSubject: "
                + sep.join([word] * count) + b"\r\n\r\nbody\r\n")


@FUZZ_DEEP
@given(st.integers(1, 150), st.sampled_from(["m", "r", "mr", "rmm"]))
@example(100, "m")
@example(100, "r")
def test_deep_nesting(depth, kinds):
    result = check_parse(nested(depth, kinds))
    if depth <= 20:  # within MAX_DEPTH the leaf is walked; text inside an enclosed message/rfc822 is not the body
        enclosed = "r" in {kinds[level % len(kinds)] for level in range(depth)}
        assert isinstance(result, ParsedMessage)
        assert result.text == ("" if enclosed else "deep text")


def test_nesting_within_the_parse_limit_is_parsed_and_beyond_it_quarantined():
    assert isinstance(check_parse(nested(MAX_PARSE_DEPTH, "m")), ParsedMessage)
    for kinds in ("m", "r"):
        result = check_parse(nested(MAX_PARSE_DEPTH + 1, kinds))
        assert isinstance(result, ParseError) and "levels deep" in str(result)


def test_pathological_shapes_are_quarantined_with_a_reason():
    head = b"From: a@b.example\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n"
    many_parts = head + b"--x\r\n\r\nhi\r\n" * 20_000
    long_boundary = b"From: a@b.example\r\nContent-Type: multipart/mixed; boundary=" + b"b" * 100_000 + b"\r\n\r\n"
    many_headers = b"From: a@b.example\r\n" + b"X-A: b\r\n" * 100_000 + b"\r\nbody\r\n"
    distinct_boundaries = b"From: a@b.example\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n" + b"".join(
        b"--x\r\nContent-Type: multipart/mixed; boundary=%d%s\r\n\r\n" % (i, b"b" * 1000) for i in range(100))
    cases = {"parts": many_parts, "boundaries": long_boundary, "boundaries add up": distinct_boundaries,
             "header lines": many_headers,
             "levels": nested(1000, "m"), "levels deep": nested(2000, "r")}
    for reason, raw in cases.items():
        result = check_parse(raw)
        assert isinstance(result, ParseError) and reason in str(result), (reason, result)


def test_huge_address_list_is_cut_at_an_address_boundary():
    message = check_parse(b"From: a@b.example\r\nTo: " + b"x@y.example, " * 300_000 + b"\r\n\r\nbody\r\n")
    assert isinstance(message, ParsedMessage)
    assert 1000 < len(message.to) < 300_000 and all(addr == "x@y.example" for _, addr in message.to)


def test_lying_and_absurd_charsets_decode_without_quarantine():
    for charset in ("utf-8", "iso-2022-jp", "../../etc/passwd", "idna", "punycode", "undefined"):
        raw = (b"From: =?" + charset.encode() + b"?q?caf=E9?= <a@b.example>\r\nContent-Type: text/plain; charset=\""
               + charset.encode() + b"\"\r\n\r\ncaf\xe9 \x1b$B\xff\xfe\r\n")
        message = check_parse(raw)
        assert isinstance(message, ParsedMessage), (charset, message)
        assert message.text.startswith("caf"), (charset, message.text)


def test_nul_bytes_never_come_back():
    raw = (b"From: Ev\x00e =?utf-8?q?x=00y?= <a@b.example>\r\nSubject: a\x00b\r\nMessage-ID: <m\x00@x>\r\n"
           b"Content-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\nContent-Type: text/plain\r\n\r\nbo\x00dy\r\n"
           b"--q\r\nContent-Type: text/plain; name=f\x00.txt\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.b64encode(b"a\x00b") + b"\r\n--q\r\nContent-Type:\x00\x00 application/pdf\r\n\r\n%PDF\r\n--q--\r\n")
    message = check_parse(raw)
    assert isinstance(message, ParsedMessage)
    assert (message.subject, message.text, message.from_name) == ("ab", "body", "Eve xy")
    assert [(a.filename, a.content_type) for a in message.attachments] == [
        ("f.txt", "text/plain"), ("", "application/pdf")]


@FUZZ
@given(st.data())
def test_mutated_corpus_files(corpora_dir, data):
    files = _corpus_files(corpora_dir)
    raw = bytearray(files[data.draw(st.integers(0, len(files) - 1))].read_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw)))
        action = data.draw(st.sampled_from(["insert", "delete", "duplicate"]))
        if action == "insert":
            raw[at:at] = data.draw(st.one_of(payloads, encoded_words(), st.just(b"\r\n--"), st.just(b"\r\n\r\n")))
        elif action == "delete":
            del raw[at:at + data.draw(st.integers(1, 500))]
        else:
            raw[at:at] = raw[at:at + data.draw(st.integers(1, 2000))]
    check_parse(bytes(raw))


_CORPUS: list = []


def _corpus_files(corpora_dir):
    """Every file of the corpora folder (non-messages too: they must be survived), listed once per session."""
    if not _CORPUS:
        _CORPUS.extend(sorted(p for p in corpora_dir.rglob("*") if p.is_file()))
    return _CORPUS


def test_every_corpus_file(corpora_dir):
    files = _corpus_files(corpora_dir)
    assert len(files) >= 1200
    parsed = 0
    for path in files:
        raw = path.read_bytes()
        # memory is traced for the big files only: a traced parse is several times slower
        parsed += isinstance(check_parse(raw, trace=len(raw) > TRACE_CORPUS_FROM), ParsedMessage)
        check_split(raw.decode("utf-8", errors="replace"))  # the reply corpora are bare bodies: split them as text
    # the rest are bodies without a header block (reply-parser corpora, annotations): quarantined, not crashed
    assert parsed >= 450


@pytest.mark.slow
def test_twenty_megabyte_text_body():
    raw = b"From: a@b.example\r\nSubject: big\r\n\r\n" + (b"y" * 76 + b"\r\n") * (BIG_BODY // 78)
    message = check_parse(raw)
    assert isinstance(message, ParsedMessage) and len(message.text) > BIG_BODY * 0.9


@pytest.mark.slow
def test_twenty_megabyte_base64_attachment():
    leaf = (b"Content-Type: application/pdf; name=x.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + base64.encodebytes(b"%PDF" * (BIG_BODY * 3 // 16)))
    message = check_parse(nested(1, "m", leaf))
    assert isinstance(message, ParsedMessage) and message.attachments[0].size == BIG_BODY * 3 // 4


# --------------------------------------------------------------------------------------------- split_reply

REPLY_LINES = [
    "Thanks, see you Tuesday.", "> quoted line", ">", "| piped", "", "   ", "-- ", "--", "____", "***", "```",
    "On Mon, 1 Jan 2024 at 10:00, Bob <bob@example.com> wrote:", "On Mon, 1 Jan 2024", "Bob <bob@example.com> wrote:",
    "-----Original Message-----", "From: Bob", "Sent: Monday", "To: Ann", "Subject: x", "Sent from my iPhone",
    "2024-01-01 10:00 GMT+01:00 Bob <b@example.com>:", "Am 01.01.2024 schrieb Bob:", "\u1427", "\u200b",
]


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(REPLY_LINES), hostile_text), max_size=40),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_split_reply_never_raises_nor_invents(lines, newline):
    check_split(newline.join(lines))


def test_split_reply_overflow_never_glues_two_lines():
    text = "hello\n> " + "x" * (MAX_SPLIT_CHARS - 10) + "\n\nnext line\nmore"
    new, quoted, _ = split_reply(text)
    assert new == "hello"
    assert quoted.split("\n")[-2:] == ["next line", "more"] and "xnext" not in quoted
    check_split(text)

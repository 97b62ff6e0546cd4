"""Issue 18: how cheap could reading the older history be, and is a server-side preselection of opt-outs safe?

On the bench's 20,000-message INBOX dated over three years (bench_sync.dated_mailbox) on a settled test Dovecot, in one
run: mbsync, a raw FETCH of every body, a FETCH of the headers followup needs for threads and customers (parsed),
followup's parse of every body, detect_stops over every parsed text; then an IMAP SEARCH built from the opt-out and
pause needles (text/prefilter.py, each needle's words as BODY terms): its time, how many messages it selects, and its
recall against detect_stops over the full decoded text and the new text of every message, on the bench INBOX and on
a folder of the labelled wish sentences (benchmarks/data/wishes_labelled.tsv) written as real mail clients encode
them (7bit, quoted-printable, base64, HTML with entities). A flagged message the SEARCH misses makes it unsafe.
Run: .venv/bin/python benchmarks/bench_history_floor.py [--messages N]
"""
from __future__ import annotations

import base64
import email.policy
import quopri
import shutil
import sys
import tempfile
import time
from datetime import datetime
from email.parser import BytesHeaderParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_sync import CPU, _timed, corpora_dir, dated_mailbox, run_mbsync, settle  # noqa: E402

HEADER_FIELDS = (b"FROM TO CC REPLY-TO DATE MESSAGE-ID IN-REPLY-TO REFERENCES SUBJECT LIST-ID LIST-UNSUBSCRIBE "
                 b"PRECEDENCE AUTO-SUBMITTED CONTENT-TYPE")
BATCH = 500
MIN_PIECE = 3  # a needle's shorter words are left out of its BODY terms when it has a longer one (still necessary)
LABELLED = ROOT / "benchmarks" / "data" / "wishes_labelled.tsv"


def raw_fetch(client, uids: list[int], items: str) -> list[tuple[bytes, bytes]]:
    """(response head, literal) of every message of a UID FETCH of these items, in batches (imaplib, no parsing)."""
    out = []
    for i in range(0, len(uids), BATCH):
        typ, data = client._imap.uid("FETCH", ",".join(map(str, uids[i:i + BATCH])), items)
        out.extend(d for d in data if isinstance(d, tuple))
    return out


def needles() -> set[str]:
    """The opt-out and pause rules' needles (normalized text: folded, non-word runs one space)."""
    from followup.text import wishes

    return {n for table in (wishes.DNC_RULES, wishes.PAUSED_RULES) for rx in table.values() for n in rx.needles}


def needle_terms() -> list[list[str]]:
    """Each opt-out and pause needle as the words it holds (at least MIN_PIECE characters): all must occur."""
    terms = []
    for needle in sorted(needles()):
        words = needle.split(" ")
        # A word cut short or a short word still must occur as a substring: kept when the needle has no longer one.
        terms.append([w for w in words if len(w) >= MIN_PIECE] or [w for w in words if w])
    return terms


def _astring(word: str) -> bytes:
    """A search word as a quoted string, or as a LITERAL+ literal when it is not ASCII (imaplib sends the line)."""
    data = word.encode("utf-8")
    if data.isascii():
        return b'"' + data.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'
    return b"{%d+}\r\n" % len(data) + data


def search_criteria(terms: list[list[str]]) -> bytes:
    """IMAP SEARCH criteria: OR over the needles (a balanced tree of ORs), each an AND of BODY terms."""
    def one(words):
        return b"(" + b" ".join(b"BODY " + _astring(w) for w in words) + b")"

    def tree(items):
        if len(items) == 1:
            return one(items[0])
        mid = len(items) // 2
        return b"(OR " + tree(items[:mid]) + b" " + tree(items[mid:]) + b")"

    return tree(terms)


def uid_search(client, crit: bytes) -> set[int]:
    """UIDs of a UID SEARCH CHARSET UTF-8 with these raw criteria."""
    typ, data = client._imap.uid("SEARCH", b"CHARSET", b"UTF-8", crit)
    if typ != "OK":
        raise RuntimeError(f"SEARCH failed: {data}")
    return {int(x) for x in b" ".join(d for d in data if d).split()}


def cheap_test(raws: dict[int, bytes]) -> tuple[set[int], float]:
    """UIDs whose decoded body text (every text part, HTML as text; no reply splitting, no address parsing) holds an
    opt-out or pause needle, and the CPU it took: a cheaper test that could spare the full parse of the rest."""
    import email as email_lib

    from followup.text import wishes
    from followup.text.charsets import decode_bytes
    from followup.text.html_text import html_to_text
    from followup.text.prefilter import normalize

    hits = set()
    started = time.process_time()
    for uid, raw in raws.items():
        texts = []
        for part in email_lib.message_from_bytes(raw, policy=email.policy.compat32).walk():
            ctype = part.get_content_type()
            if ctype not in ("text/plain", "text/html"):
                continue
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                continue
            text = decode_bytes(payload, part.get_content_charset())
            texts.append(html_to_text(text) if ctype == "text/html" else text)
        folded = wishes._sigma(normalize("\n".join(texts)))
        if wishes._OPT_OUT_NEEDLES(folded) is not None or wishes._PAUSE_NEEDLES(folded) is not None:
            hits.add(uid)
    return hits, time.process_time() - started


def flagged(raws: dict[int, bytes]) -> tuple[set[int], set[int], float, float]:
    """UIDs detect_stops reads an opt-out or pause in (the full decoded text; the new text), parse and read CPU."""
    from followup.text.parsing import parse_message
    from followup.text.wishes import detect_stops

    at = datetime(2026, 11, 10, 15, 0)
    full, new = set(), set()
    parsed = {}
    started = time.process_time()
    for uid, raw in raws.items():
        try:
            parsed[uid] = parse_message(raw)
        except Exception:
            continue
    parse_cpu = time.process_time() - started
    started = time.process_time()
    for uid, p in parsed.items():
        if detect_stops(p.new_text, at, "UTC"):
            new.add(uid)
    read_cpu = time.process_time() - started
    for uid, p in parsed.items():
        if detect_stops(p.text, at, "UTC"):
            full.add(uid)
    return full, new, parse_cpu, read_cpu


def labelled_messages() -> list[tuple[str, str, bytes]]:
    """(label, encoding, raw) of every labelled sentence, once per way a mail client may encode it."""
    out = []
    for n, line in enumerate(LABELLED.read_text(encoding="utf-8").splitlines()):
        if not line or line.startswith("#"):
            continue
        label, sentence = line.split("\t")[:2]
        body = f"Hi Rita,\n\n{sentence}\n\nRegards,\nSam\n"
        head = (f"From: Sam <sam{n}@customer.example>\r\nTo: rep@example.com\r\nSubject: Re: quote\r\n"
                f"Message-ID: <lab-{n}@customer.example>\r\nDate: Tue, 10 Nov 2026 15:00:00 +0000\r\n"
                "MIME-Version: 1.0\r\n")
        crlf = body.replace("\n", "\r\n")
        html = ("<html><body><p>Hi Rita,</p><p>" + sentence.replace("&", "&amp;").replace("'", "&#39;")
                .replace("\u2019", "&rsquo;").replace(" ", "&nbsp;", 1) + "</p><p>Regards,<br>Sam</p></body></html>")
        variants = {
            "8bit": head + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + crlf,
            "qp": head + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            + quopri.encodestring(crlf.encode()).decode("ascii"),
            "base64": head + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + base64.encodebytes(crlf.encode()).decode("ascii").replace("\n", "\r\n"),
            "html": head + "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + html,
        }
        out += [(label, kind, raw.encode("utf-8")) for kind, raw in variants.items()]
    return out


def main() -> None:
    """Print the floor of each way of reading the history beside mbsync, and the preselection's recall."""
    from followup_testing.servers import Dovecot, fast_tmp_root

    count = int(sys.argv[sys.argv.index("--messages") + 1]) if "--messages" in sys.argv else 20_000
    work = Path(tempfile.mkdtemp(prefix="fu-bench-floor-", dir=fast_tmp_root()))
    try:
        with Dovecot(work / "dovecot") as dovecot:
            user = dovecot.new_user("bench")
            dated, _ = dated_mailbox(count, corpora_dir())
            for raw, at in dated:
                dovecot.write_maildir(user, "INBOX", [raw], internaldate=at)
            labelled = labelled_messages()
            dovecot.write_maildir(user, "Labelled", [raw for _, _, raw in labelled])
            settle(dovecot, user)
            with dovecot.client(user) as client:
                client.select_folder("Labelled")
            mbsync_s, _ = _timed(lambda: run_mbsync(dovecot, user, work / "mbsync"), "mbsync")
            with dovecot.client(user) as client:
                client.select_folder("INBOX", readonly=True)
                uids = client.search(["ALL"])
                full_s, bodies = _timed(lambda: raw_fetch(client, uids, "(UID BODY.PEEK[])"), "fetch_full")
                head_s, heads = _timed(lambda: raw_fetch(client, uids, f"(UID BODY.PEEK[HEADER.FIELDS "
                                                                       f"({HEADER_FIELDS.decode()})])"), "fetch_head")
                parser = BytesHeaderParser(policy=email.policy.compat32)
                started = time.process_time()
                bulk = 0
                for _, raw in heads:
                    h = parser.parsebytes(raw)
                    bulk += bool(h.get("List-Id") or h.get("List-Unsubscribe") or h.get("Auto-Submitted")
                                 or (h.get("Precedence") or "").lower() in ("bulk", "list", "junk"))
                head_parse_cpu = time.process_time() - started
                terms = needle_terms()
                crit = search_criteria(terms) if terms else b"ALL"
                search_s, selected = _timed(lambda: uid_search(client, crit), "search")
            raws = {}
            for head, raw in bodies:
                uid = int(head.split(b"UID ")[1].split()[0])
                raws[uid] = raw
            full, new, parse_cpu, read_cpu = flagged(raws)
            cheap, cheap_cpu = cheap_test(raws)
            with dovecot.client(user) as client:
                client.select_folder("Labelled", readonly=True)
                lab_uids = client.search(["ALL"])
                lab_selected = uid_search(client, crit)
                lab_raws = {}
                for head, raw in raw_fetch(client, lab_uids, "(UID BODY.PEEK[])"):
                    lab_raws[int(head.split(b"UID ")[1].split()[0])] = raw
            lab_full, lab_new, _, _ = flagged(lab_raws)
            lab_cheap, _ = cheap_test(lab_raws)
            with dovecot.client(user) as client:  # the needles as plain phrases: what a selective SEARCH would be
                client.select_folder("Labelled", readonly=True)
                phrases = search_criteria([[n.strip()] for n in sorted(needles())])
                strict_s, lab_strict = _timed(lambda: uid_search(client, phrases))
            kind_of = {uid: labelled[i][1] for i, uid in enumerate(sorted(lab_uids))}
    finally:
        shutil.rmtree(work, ignore_errors=True)

    n = len(raws)
    print(f"bench INBOX: {n} messages, needles as {len(terms)} SEARCH terms")
    print(f"  mbsync pull                      : {mbsync_s:6.2f} s wall  {CPU['mbsync']:5.2f} s CPU")
    print(f"  FETCH every body (raw imaplib)   : {full_s:6.2f} s wall  {CPU['fetch_full']:5.2f} s CPU "
          f"= {full_s / mbsync_s:.2f}x mbsync")
    print(f"  FETCH header fields only         : {head_s:6.2f} s wall  {CPU['fetch_head']:5.2f} s CPU "
          f"= {head_s / mbsync_s:.2f}x; parsing them {head_parse_cpu:5.2f} s CPU "
          f"({1e6 * head_parse_cpu / n:.0f} us each); bulk/list/auto {bulk} of {n}")
    print(f"  parse_message of every body      : {parse_cpu:6.2f} s CPU ({1e6 * parse_cpu / n:.0f} us each) "
          f"= {parse_cpu / mbsync_s:.2f}x mbsync's wall")
    print(f"  detect_stops over every new text : {read_cpu:6.2f} s CPU")
    print(f"  SEARCH of the needles            : {search_s:6.2f} s wall = {search_s / mbsync_s:.2f}x mbsync; "
          f"selects {len(selected)} of {n} ({100 * len(selected) / n:.0f}%)")
    for name, got, sel in (("bench INBOX", (full, new), selected),
                                  ("labelled sentences", (lab_full, lab_new), lab_selected)):
        for which, flags in zip(("full text", "new text"), got):
            missed = flags - sel
            print(f"  {name}: detect_stops flags {len(flags)} ({which}); the SEARCH misses {len(missed)}"
                  + (f" (recall {1 - len(missed) / len(flags):.3f})" if flags else ""))
            if name == "labelled sentences" and missed:
                by_kind: dict[str, int] = {}
                for uid in missed:
                    by_kind[kind_of[uid]] = by_kind.get(kind_of[uid], 0) + 1
                print(f"    missed by encoding: {by_kind}")
    print(f"  labelled folder: {len(lab_selected)} of {len(lab_raws)} selected")
    print(f"  cheap needle test (stdlib MIME walk, text parts decoded, HTML as text): {cheap_cpu:5.2f} s CPU "
          f"({1e6 * cheap_cpu / n:.0f} us each); selects {len(cheap)} of {n} ({100 * len(cheap) / n:.0f}%); "
          f"misses {len(new - cheap)} of the bench's flagged, {len(lab_new - lab_cheap)} of the labelled "
          f"{len(lab_new)}; labelled selected {len(lab_cheap)} of {len(lab_raws)}")
    missed = lab_new - lab_strict
    by_kind = {}
    for uid in missed:
        by_kind[kind_of[uid]] = by_kind.get(kind_of[uid], 0) + 1
    print(f"  SEARCH of the needles as phrases (BODY \"don t\"): {strict_s:.2f} s on the labelled folder, selects "
          f"{len(lab_strict)} of {len(lab_raws)}, misses {len(missed)} of {len(lab_new)} flagged {by_kind}")


if __name__ == "__main__":
    main()

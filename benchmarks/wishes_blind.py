"""Blind wish batches (benchmarks/data/wishes_blind/): per batch and per kind precision and recall, certain vs maybe.

Each item is one customer message (label<TAB>expected<TAB>text, "\\n" for newlines), sent Tue 2026-11-10 09:00
America/Chicago unless SENT names another moment for its batch. A message is read the way sync reads it: an
automatic reply first, else its wishes. A kind is "caught" when a wish of that kind is among the message's wishes:
as certain (applied at once) or as a possible wish (held for the rep). Precision counts certain wishes only; "maybe"
is reported as a rate.
--errors lists misreads of the batches already reported and tuned on (TUNABLE, 1-12 since round 6), never of a newer one.

Run: .venv/bin/python -m benchmarks.wishes_blind [N ...] [--errors] [--no-corpora]
Batches are found by name (benchmarks/data/wishes_blind/batch_<N>.tsv): a new pair copied in (13 and 14) is scored with
the others, or alone when named on the command line. Each batch gets its own CPU ms per message.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import time as clock
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from followup.text.replies import split_reply, spoken_text
from followup.text.wishes import detect_auto_reply, detect_wishes

BLIND = Path(__file__).resolve().parent / "data" / "wishes_blind"
# the shared corpora, honouring $FOLLOWUP_CORPORA like tests/conftest.py
CORPORA = Path(os.environ.get("FOLLOWUP_CORPORA", Path(__file__).resolve().parents[2] / "shared" / "corpora"))
SENT_AT = datetime(2026, 11, 10, 15, 0)  # Tuesday 09:00 in Chicago, naive UTC
TZ = "America/Chicago"
# Batches whose writer was given another sending moment (naive UTC, the customer's zone), keyed by batch name.
SENT = {"59": (datetime(2026, 12, 14, 10, 0), "Europe/London"),  # Monday 10:00 in London
        "60": (datetime(2027, 1, 6, 8, 0), "Europe/Madrid"),  # Wednesday 09:00 in Madrid
        "61": (datetime(2027, 3, 23, 19, 0), "America/Chicago"),  # Tuesday 14:00 in Chicago (daylight time)
        "62": (datetime(2027, 5, 13, 7, 0), "Europe/Berlin"),  # Thursday 09:00 in Berlin (summer time)
        "63": (datetime(2027, 7, 2, 20, 0), "America/New_York"),  # Friday 16:00 in New York (daylight time)
        "64": (datetime(2027, 10, 27, 8, 0), "Europe/Paris"),  # Wednesday 10:00 in Paris (summer time)
        "65": (datetime(2027, 12, 22, 22, 0), "Australia/Sydney"),  # Thursday 09:00 in Sydney (summer time)
        "66": (datetime(2028, 5, 24, 8, 0), "Europe/Berlin"),  # Wednesday 10:00 in Berlin (summer time)
        "67": (datetime(2028, 6, 30, 21, 0), "America/Chicago"),  # Friday 16:00 in Chicago (summer time)
        "68": (datetime(2028, 8, 14, 7, 0), "Europe/Rome"),  # Monday 09:00 in Rome (summer time)
        "69": (datetime(2028, 11, 22, 20, 0), "America/New_York"),  # Wednesday 15:00 in New York
        "70": (datetime(2028, 9, 28, 8, 0), "Europe/Berlin"),  # Thursday 10:00 in Berlin (summer time)
        "71": (datetime(2028, 6, 30, 19, 0), "America/Chicago"),  # Friday 14:00 in Chicago (summer time)
        "72": (datetime(2028, 7, 17, 7, 30), "Europe/Madrid"),  # Monday 09:30 in Madrid (summer time)
        "73": (datetime(2029, 1, 17, 15, 0), "America/Toronto"),  # Wednesday 10:00 in Toronto
        "74": (datetime(2029, 3, 29, 8, 0), "Europe/Lisbon"),  # Holy Thursday 09:00 in Lisbon (summer time)
        "75": (datetime(2029, 8, 24, 9, 30), "Asia/Singapore"),  # Friday 17:30 in Singapore
        "76": (datetime(2029, 12, 7, 8, 0), "Europe/Madrid"),  # Friday 09:00 in Madrid, in the December puente
        "77": (datetime(2030, 4, 16, 10, 0), "Europe/London"),  # Tuesday 11:00 in London, Holy Week (summer time)
        "78": (datetime(2030, 7, 31, 14, 0), "Europe/Zurich"),  # Wednesday 16:00 in Zurich, eve of Swiss National Day
        "79": (datetime(2030, 10, 14, 14, 30), "America/Chicago"),  # Monday 09:30 in Chicago, Columbus Day
        "80": (datetime(2030, 11, 29, 9, 0), "Europe/Paris"),  # Friday 10:00 in Paris, day after US Thanksgiving
        "81": (datetime(2031, 1, 22, 14, 0), "America/Toronto"),  # Wednesday 09:00 in Toronto
        "82": (datetime(2031, 2, 25, 8, 0), "Europe/Berlin"),  # Tuesday 09:00 in Berlin, Shrove Tuesday
        "83": (datetime(2031, 5, 7, 23, 0), "Australia/Sydney"),  # Thursday 8 May 09:00 in Sydney
        "84": (datetime(2031, 6, 4, 7, 0), "Europe/Madrid"),  # Wednesday 09:00 in Madrid
        "85": (datetime(2031, 8, 29, 21, 0), "America/Chicago"),  # Friday 16:00 in Chicago, before Labor Day
        "86": (datetime(2031, 10, 28, 9, 0), "Europe/Lisbon"),  # Tuesday 09:00 in Lisbon, after clocks went back
        "87": (datetime(2032, 1, 12, 9, 0), "Europe/Dublin"),  # Monday 09:00 in Dublin, first full week of term
        "88": (datetime(2032, 3, 10, 9, 0), "Europe/Brussels"),  # Wednesday 10:00 in Brussels
        "89": (datetime(2032, 6, 16, 20, 30), "Pacific/Auckland"),  # Thursday 17 June 08:30 in Auckland
        "90": (datetime(2032, 9, 7, 12, 0), "Europe/Rome"),  # Tuesday 14:00 in Rome
        "91": (datetime(2032, 11, 15, 16, 0), "America/Denver"),  # Monday 09:00 in Denver
        "92": (datetime(2033, 1, 14, 9, 0), "Europe/Vienna"),  # Friday 10:00 in Vienna
        "93": (datetime(2033, 3, 9, 19, 0), "America/Los_Angeles"),  # Wednesday 11:00 in Los Angeles
        "94": (datetime(2033, 5, 24, 8, 0), "Europe/Madrid"),  # Tuesday 10:00 in Madrid
        "95": (datetime(2033, 7, 8, 7, 0), "Australia/Perth"),  # Friday 15:00 in Perth
        "96": (datetime(2033, 9, 12, 7, 0), "Europe/Amsterdam"),  # Monday 09:00 in Amsterdam
        "97": (datetime(2033, 10, 13, 14, 0), "America/Toronto"),  # Thursday 10:00 in Toronto
        "98": (datetime(2033, 12, 13, 13, 0), "Europe/Brussels"),  # Tuesday 14:00 in Brussels
        "99": (datetime(2034, 2, 15, 18, 0), "America/Denver"),  # Wednesday 11:00 in Denver
        "100": (datetime(2034, 3, 31, 15, 0), "Europe/Lisbon"),  # Friday 16:00 in Lisbon (summer time)
        "101": (datetime(2034, 5, 17, 23, 30), "Australia/Brisbane"),  # Thursday 09:30 in Brisbane
        "102": (datetime(2034, 6, 26, 8, 0), "Europe/Zurich"),  # Monday 10:00 in Zurich (summer time)
        "103": (datetime(2034, 8, 8, 14, 45), "America/Chicago"),  # Tuesday 09:45 in Chicago (summer time)
        "104": (datetime(2034, 9, 22, 11, 0), "Europe/Madrid"),  # Friday 13:00 in Madrid (summer time)
        "105": (datetime(2034, 11, 15, 12, 30), "Africa/Johannesburg"),  # Wednesday 14:30 in Johannesburg
        "106": (datetime(2034, 12, 11, 9, 30), "Europe/Rome"),  # Monday 10:30 in Rome
        "107": (datetime(2035, 2, 20, 17, 0), "America/Vancouver"),  # Tuesday 09:00 in Vancouver
        "108": (datetime(2035, 3, 15, 9, 0), "Europe/Warsaw"),  # Thursday 10:00 in Warsaw
        "109": (datetime(2035, 4, 10, 1, 0), "Asia/Manila"),  # Tuesday 09:00 in Manila
        "110": (datetime(2035, 4, 26, 13, 30), "America/Sao_Paulo")}  # Thursday 10:30 in Sao Paulo
KINDS = ("do_not_contact", "paused", "quiet", "time", "channel", "auto_reply")
TUNABLE = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "13b", "14b",
           "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32",
           "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50",
           "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65",
           "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82",
           "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98",
           "99", "100", "101", "102", "103", "104", "105", "106", "107",
           "108")  # readable


@dataclass(frozen=True)
class Item:
    label: str
    expected: str
    text: str
    sent: tuple[datetime, str] = (SENT_AT, TZ)


@dataclass
class Reading:
    """What the product makes of one message: kinds read as certain, as maybe, and their values."""

    certain: set = field(default_factory=set)
    maybe: set = field(default_factory=set)
    values: dict = field(default_factory=dict)  # kind -> value (quiet: ISO date; time/channel: value; auto: date|none)


def erratum_rows(path: Path) -> list[list[str]]:
    """The tab-separated rows of an errata file, comments and blank lines skipped; none when there is no file."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def errata() -> dict[tuple[str, int], tuple[str, str]]:
    """ERRATA.tsv: (batch, line number) -> (value labelled, value per SPEC); the frozen batch files stay as written."""
    return {(batch, int(number)): (labelled, per_spec)
            for batch, number, labelled, per_spec, *_ in erratum_rows(BLIND / "ERRATA.tsv")}


def load(name: str) -> list[Item]:
    """The items of batch_<name>.tsv with ERRATA.tsv applied (or of a .tsv file given by path, as written)."""
    items = []
    path = Path(name) if name.endswith(".tsv") else BLIND / f"batch_{name}.tsv"
    sent = SENT.get(re.sub(r"^batch_|\.tsv$", "", path.name), (SENT_AT, TZ))
    fixes = {} if name.endswith(".tsv") else {n: v for (b, n), v in errata().items() if b == name}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        label, expected, text = line.split("\t", 2)
        if number in fixes:
            labelled, expected_now = fixes.pop(number)
            if expected != labelled:  # an erratum names the value it corrects: a stale one is an error, not a no-op
                raise ValueError(f"ERRATA.tsv: batch {name} line {number} is labelled {expected!r}, not {labelled!r}")
            expected = expected_now
        items.append(Item(label, expected, text.replace("\\n", "\n"), sent))
    if fixes:
        raise ValueError(f"ERRATA.tsv: batch {name} has no item on line(s) {sorted(fixes)}")
    return items


def batch_names() -> list[str]:
    """The names of every batch file in the folder, in number order ("1", "2", ..., "13", "14")."""
    found = [m.group(1) for p in BLIND.glob("batch_*.tsv") if (m := re.fullmatch(r"batch_(\w+)\.tsv", p.name))]
    return sorted(found, key=lambda n: (0, int(n), "") if n.isdigit() else (1, 0, n))


def check_frozen() -> dict[str, bool | None]:
    """Whether each batch file still has the MD5 recorded in MD5SUMS (None: recorded but absent, or not recorded)."""
    ok: dict[str, bool | None] = {}
    sums = BLIND / "MD5SUMS"
    for line in (sums.read_text().splitlines() if sums.is_file() else []):
        if not line.strip():
            continue
        digest, name = line.split()[:2]
        path = BLIND / name.lstrip("*")
        ok[name] = hashlib.md5(path.read_bytes()).hexdigest() == digest if path.is_file() else None
    for name in batch_names():
        ok.setdefault(f"batch_{name}.tsv", None)
    return ok


def _local_date(moment: datetime, tz: str) -> date:
    """Naive UTC -> the calendar day in the customer's zone."""
    return moment.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(tz)).date()


def as_sync(text: str) -> tuple[str, str, tuple]:
    """A batch item as sync hands it over: its subject, its body and the body's split_reply parts."""
    # a first "Subject: ..." line stands for the header, which sync hands to detect_auto_reply as the subject
    head = re.match(r"Subject:[ \t]*([^\n]*)\n+", text)
    subject, text = (head.group(1), text[head.end():]) if head else ("", text)
    return subject, text, split_reply(text)


def read(text: str, sent_at: datetime = SENT_AT, tz: str = TZ) -> Reading:
    """Read one message as sync does (followup.inbound.parse_pool): the auto reply from the new text (its return date
    also from below a signature marker), then the wishes of what the sender wrote (spoken_text: no quoted thread,
    forwarded part or signature, but a P.S. or a reply below a quote)."""
    r = Reading()
    subject, text, split = as_sync(text)
    auto = detect_auto_reply(auto_submitted=False, subject=subject, text=split[0] or text, sent_at=sent_at, tz=tz,
                             signature=split[2] if split[0] else "")
    if auto.is_auto:
        r.certain.add("auto_reply")
        r.values["auto_reply"] = _local_date(auto.return_at, tz).isoformat() if auto.return_at else "none"
        return r
    for wish in detect_wishes(spoken_text(*split), sent_at, tz, quoted=split[1]):
        if wish.kind == "preference" and wish.preference:
            kind, value = wish.preference.split(":", 1)
        else:
            kind, value = wish.kind, (_local_date(wish.until, tz).isoformat() if wish.until else None)
        (r.certain if wish.certain else r.maybe).add(kind)
        if kind == "quiet" and wish.certain and value and r.values.get(kind):  # the latest end wins, as in the product
            r.values[kind] = max(r.values[kind], value)
        elif kind not in r.values or str(r.values[kind]).startswith("not_"):  # the time asked for over the one avoided
            r.values[kind] = value
    r.maybe -= r.certain
    if "do_not_contact" in r.certain:  # an opt-out outranks a pause or quiet period read beside it (as the status does)
        r.certain -= {"paused", "quiet"}
    return r


def _value_ok(item: Item, r: Reading) -> bool:
    """Whether the value read matches the expected one (dates, time of day, channel, return date)."""
    got = r.values.get(item.label)
    if item.label in ("paused", "do_not_contact", "none"):
        return True
    if item.label == "quiet" and item.expected == "event":
        return True
    return got == item.expected


def score(items: list[Item]) -> dict:
    """Per-kind precision (certain) and recall (certain, counting maybe), maybe rate on 'none', value accuracy."""
    readings = [read(i.text, *i.sent) for i in items]
    out: dict = {"n": len(items), "kinds": {}}
    for kind in KINDS:
        gold = [(i, r) for i, r in zip(items, readings) if i.label == kind]
        certain_pred = [(i, r) for i, r in zip(items, readings) if kind in r.certain]
        tp = sum(1 for i, _ in certain_pred if i.label == kind)
        caught_certain = sum(1 for i, r in gold if kind in r.certain)
        caught_maybe = sum(1 for i, r in gold if kind in r.maybe)
        right_value = sum(1 for i, r in gold if (kind in r.certain or kind in r.maybe) and _value_ok(i, r))
        out["kinds"][kind] = {
            "support": len(gold),
            "precision": tp / len(certain_pred) if certain_pred else None,
            "recall_certain": caught_certain / len(gold) if gold else None,
            "recall_with_maybe": (caught_certain + caught_maybe) / len(gold) if gold else None,
            "maybe_share": caught_maybe / (caught_certain + caught_maybe) if caught_certain + caught_maybe else 0.0,
            "value_ok": right_value / len(gold) if gold else None,
            "false_certain": len(certain_pred) - tp,
        }
    none = [r for i, r in zip(items, readings) if i.label == "none"]
    out["none_n"] = len(none)
    out["none_certain_fires"] = sum(1 for r in none if r.certain)
    out["none_maybe_fires"] = sum(1 for r in none if r.maybe and not r.certain)
    out["wrong_certain_dnc"] = out["kinds"]["do_not_contact"]["false_certain"]
    out["errors"] = [(i.label, i.expected, sorted(r.certain), sorted(r.maybe), r.values, i.text)
                     for i, r in zip(items, readings)
                     if (i.label != "none" and (i.label not in r.certain | r.maybe or not _value_ok(i, r)))
                     or (i.label == "none" and (r.certain or r.maybe))
                     or (r.certain - {i.label})]
    return out


def ms_per_message(items: list[Item], rounds: int = 7) -> float:
    """CPU milliseconds per message of read(), the best of a few rounds (other sessions share the cores)."""
    best = float("inf")
    for _ in range(rounds):
        start = clock.process_time()
        for item in items:
            read(item.text, *item.sent)
        best = min(best, (clock.process_time() - start) * 1000 / len(items))
    return best


def _fmt(x: float | None) -> str:
    """A ratio with two decimals, or '-' when undefined."""
    return "-" if x is None else f"{x:.2f}"


def report(name: str, r: dict, show_errors: bool, ms: float | None = None) -> None:
    """Print one batch: a row per kind, then the none fires and opt-out errors (and its CPU ms per message)."""
    print(f"== blind batch {name} ({r['n']} messages)" + (f", {ms:.3f} ms per message" if ms is not None else ""))
    print(f"  {'kind':15s} {'n':>3s}  {'P(cert)':>7s}  {'R(cert)':>7s}  {'R(+maybe)':>9s}  {'maybe%':>6s}  {'value':>5s}")
    for kind, m in r["kinds"].items():
        print(f"  {kind:15s} {m['support']:3d}  {_fmt(m['precision']):>7s}  {_fmt(m['recall_certain']):>7s}  "
              f"{_fmt(m['recall_with_maybe']):>9s}  {m['maybe_share'] * 100:5.0f}%  {_fmt(m['value_ok']):>5s}")
    print(f"  none: {r['none_n']} messages, {r['none_certain_fires']} fired certain, {r['none_maybe_fires']} maybe;"
          f"  wrong certain opt-outs: {r['wrong_certain_dnc']}")
    if show_errors and name in TUNABLE:
        for label, expected, certain, maybe, values, text in r["errors"]:
            print(f"    gold={label}:{expected} certain={certain} maybe={maybe} {values}  {text[:300]!r}")


def corpus_replies(corpora: Path) -> dict[str, list[str]]:
    """Ordinary messages from the corpora's real mail, by source: BC3 emails, fedora-devel new text, trimmed replies."""
    import mailbox
    import xml.etree.ElementTree as ET

    from followup.text.parsing import parse_message

    out: dict[str, list[str]] = {}
    bc3 = corpora / "bc3" / "corpus.xml"
    if bc3.is_file():
        out["bc3"] = [" ".join((s.text or "").strip() for s in doc.iter("Sent"))
                      for doc in ET.parse(bc3).getroot().iter("DOC")]
    fedora = corpora / "fedora-devel-2010-01" / "2010-January.txt"
    if fedora.is_file():
        texts = []
        for msg in mailbox.mbox(str(fedora)):
            parsed = parse_message(msg.as_bytes())
            texts.append(parsed.new_text or parsed.text or "")
        out["fedora-devel"] = texts
    trimmed = corpora / "email_reply_trimmer" / "trimmed"
    if trimmed.is_dir():
        out["email_reply_trimmer"] = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(trimmed.iterdir())]
    return out


def corpus_rates(corpora: Path, show: bool = False) -> None:
    """Print the share of ordinary messages that get a possible wish (goal <= 5%) or a certain one, and the CPU time."""
    for name, texts in corpus_replies(corpora).items():
        maybe = certain = 0
        for text in texts:
            r = read(text)
            if r.maybe:
                maybe += 1
            if r.certain - {"auto_reply"}:
                certain += 1
            if show and (r.maybe or r.certain):
                print(f"      {sorted(r.certain)} maybe={sorted(r.maybe)}  {' '.join(text.split())[:160]!r}")
        n = len(texts) or 1
        ms = ms_per_message([Item("none", "-", text) for text in texts], rounds=3)
        print(f"== {name}: {len(texts)} real messages; a possible wish on {maybe} ({maybe / n:.1%}), "
              f"a certain wish on {certain} ({certain / n:.1%}); {ms:.2f} ms per message")


def main(argv: list[str] | None = None) -> None:
    """Score the named batches (default: every batch in the folder), each with its ms per message, then real mail."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="*", metavar="N", help="batch names (default: every batch_<N>.tsv found)")
    parser.add_argument("--errors", action="store_true", help="list misreads (batches already reported only)")
    parser.add_argument("--no-corpora", action="store_true", help="skip the 'maybe' rate on real mail")
    args = parser.parse_args(argv)
    names = args.batches or batch_names()
    frozen = check_frozen()
    print("frozen (MD5SUMS): " + ", ".join(f"{k} {'ok' if v else 'CHANGED' if v is False else 'unrecorded/absent'}"
                                           for k, v in frozen.items()))
    everything = []
    for name in names:
        items = load(name)
        everything += items
        report(name, score(items), args.errors, ms_per_message(items))
    print(f"ms per message (all {len(everything)}): {ms_per_message(everything):.3f}")
    if not args.no_corpora:
        corpus_rates(CORPORA, args.errors)


if __name__ == "__main__":
    main()

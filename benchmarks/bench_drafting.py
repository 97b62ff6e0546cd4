"""Drafting benchmark: key-point recall, share of grounded draft tokens, and drafting time per customer.

Cases live in benchmarks/data/drafting_eval/*.json. Fictional cases carry their sources inline; cases
adapted from BC3 name a thread (``bc3.listno``) whose emails are read from the corpora folder at run time
($FOLLOWUP_CORPORA, default ../shared/corpora), so no corpus text is copied into the repository.
Origins: "bc3" (key points = req/cmt/meet sentences agreed by >= 2 annotators), "fictional" (the rules were
tuned on these), "heldout" (written after tuning, scored without changes).
Run: .venv/bin/python benchmarks/bench_drafting.py
"""
from __future__ import annotations

import html
import json
import os
import re
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from followup.drafting.composition import compose_state  # noqa: E402
from followup.drafting.conversation import build_state  # noqa: E402
from followup.drafting.grounding import ground  # noqa: E402
from followup.drafting.profile import RepProfile, grounding_texts  # noqa: E402
from followup.drafting.sentences import Source  # noqa: E402

CASES = ROOT / "benchmarks" / "data" / "drafting_eval"
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
REPEATS = 20
# A draft is written this long after the newest source when a case names no time.
DRAFT_DELAY = timedelta(hours=2)


def corpora_dir() -> Path:
    """The shared corpora folder, honouring $FOLLOWUP_CORPORA like the tests do."""
    return Path(os.environ.get("FOLLOWUP_CORPORA", DEFAULT_CORPORA))


_SIGNATURE_START = re.compile(r"^(--|__|==|regards|best regards|cheers|thanks|thank you|sincerely|"
                              r"-----original message)", re.I)


def _new_text(sentences) -> list[str]:
    """A BC3 email's own sentences: quotes, "wrote:" lines and everything from the signature on dropped,
    because a Source holds only the new text of a message (the parser's job upstream)."""
    kept = []
    for sentence in sentences:
        if _SIGNATURE_START.match(sentence):
            break
        if not sentence or sentence.startswith(">") or re.search(r"wrote:?\s*$|wrote\.$", sentence):
            continue
        kept.append(sentence)
    return kept


def _bc3_sources(spec: dict, corpora: Path) -> list[Source]:
    """The emails of one BC3 thread as sources: the thread starter inbound, everyone else outbound."""
    root = ET.parse(corpora / "bc3" / "corpus.xml").getroot()
    thread = next(t for t in root.findall("thread") if t.findtext("listno") == spec["listno"])
    docs = thread.findall("DOC")
    customer = docs[0].findtext("From")
    sources = []
    for n, doc in enumerate(docs, start=1):
        if spec.get("emails") and n not in spec["emails"]:
            continue
        text = "\n\n".join(_new_text(html.unescape(s.text or "").strip()
                                      for s in doc.find("Text").findall("Sent")))
        at = datetime.strptime(doc.findtext("Received"), "%a %b %d %H:%M:%S %z %Y")
        sources.append(Source("message", n, text, at.astimezone(timezone.utc).replace(tzinfo=None),
                              "inbound" if doc.findtext("From") == customer else "outbound"))
    return sources


def load_case(path: Path, corpora: Path | None = None) -> dict:
    """One evaluation case with its sources materialised."""
    case = json.loads(path.read_text())
    if "bc3" in case:
        case["sources"] = _bc3_sources(case["bc3"], corpora or corpora_dir())
    else:
        case["sources"] = [Source(s["kind"], s["id"], s["text"], datetime.fromisoformat(s["at"]), s["direction"])
                           for s in case["sources"]]
    case["rep"] = RepProfile(**case["rep"])
    return case


def load_cases(corpora: Path | None = None) -> list[dict]:
    """Every evaluation case, in file-name order."""
    return [load_case(p, corpora) for p in sorted(CASES.glob("*.json"))]


def written_at(case: dict) -> datetime:
    """When the case's draft is written: its stated time, else two hours after the newest source."""
    if case.get("now"):
        return datetime.fromisoformat(case["now"])
    return max(s.at for s in case["sources"]) + DRAFT_DELAY


def draft_case(case: dict):
    """Read the conversation state and compose the draft of one case."""
    state = build_state(case["sources"], case.get("tz", "America/Chicago"), written_at(case),
                        customer_name=case["customer"]["name"])
    return compose_state(state, customer_name=case["customer"]["name"], thread_subject=case["subject"],
                         rep=case["rep"])


def report_case(case: dict, draft):
    """The grounding report of a case's draft."""
    texts = grounding_texts(customer_name=case["customer"]["name"], customer_email=case["customer"]["email"],
                            rep=case["rep"])
    return ground(draft.body, case["sources"], texts, written_at=written_at(case),
                  tz=case.get("tz", "America/Chicago"))


def recalled(body: str, key_point: dict) -> bool:
    """A key point is restated when every one of its phrases appears in the body (case and spacing aside)."""
    norm = re.sub(r"\s+", " ", body.lower().replace("’", "'"))
    return all(re.sub(r"\s+", " ", p.lower()) in norm for p in key_point["must_include"])


def main() -> None:
    """Print per-case and overall recall, grounding share and drafting time."""
    cases = load_cases()
    total_kp = hit_kp = tokens = grounded = 0
    times = []
    print(f"{'case':34} {'origin':9} {'kp':>6} {'tok':>7} {'ms':>6} words")
    for case in cases:
        start = time.perf_counter()
        for _ in range(REPEATS):
            draft = draft_case(case)
        ms = (time.perf_counter() - start) * 1000 / REPEATS
        times.append(ms)
        report = report_case(case, draft)
        hits = sum(recalled(draft.body, kp) for kp in case["key_points"])
        ok_tokens = sum(t.grounded for t in report.tokens)
        total_kp += len(case["key_points"])
        hit_kp += hits
        tokens += len(report.tokens)
        grounded += ok_tokens
        print(f"{case['id']:34} {case['origin']:9} {hits:>2}/{len(case['key_points']):<3} "
              f"{ok_tokens:>3}/{len(report.tokens):<3} {ms:6.2f} {len(draft.body.split())}"
              + ("" if report.ok else f"  UNGROUNDED {[t.text for t in report.unmatched]}"))
    for origin in sorted({c["origin"] for c in cases}):
        sub = [c for c in cases if c["origin"] == origin]
        kp = sum(len(c["key_points"]) for c in sub)
        hit = sum(recalled(draft_case(c).body, k) for c in sub for k in c["key_points"])
        print(f"key-point recall ({origin}): {hit}/{kp} = {hit / kp:.0%}")
    print(f"key-point recall (all): {hit_kp}/{total_kp} = {hit_kp / total_kp:.0%}")
    print(f"draft tokens grounded: {grounded}/{tokens} = {grounded / tokens:.1%} (goal 100%)")
    print(f"drafting time per customer: median {statistics.median(times):.2f} ms, max {max(times):.2f} ms "
          f"(goal < 50 ms)")


if __name__ == "__main__":
    main()

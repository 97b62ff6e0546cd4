"""A rep's verdict on drafts, read blind: would a rep send this draft as it is, after a small edit, or rewrite it?

The key-point scores of bench_drafting_blind say what a draft restates, not whether a rep could send it. This
packs two sets of drafts of one batch (each from `bench_drafting_blind BATCH --dump=FILE`, e.g. the session's
starting code and its merged code) for a reader who has not seen the drafting rules: every conversation as the
rep sees it (emails both ways and call notes, dated), then its two drafts as X and Y in an order drawn per case,
so the reader cannot tell which code wrote which. The reader writes one line per case; `score` unblinds them.

  python -m benchmarks.judge_drafts pack BATCH_DIR OLD.json NEW.json OUT_DIR KEY.json
  python -m benchmarks.judge_drafts score KEY.json ANSWERS.tsv

ANSWERS.tsv: `case_id<TAB>X verdict<TAB>Y verdict<TAB>reason`, a verdict being send, edit or rewrite.
Keep KEY.json out of the reader's reach.
"""
from __future__ import annotations

import html
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

VERDICTS = ("send", "edit", "rewrite")
INSTRUCTIONS = """# Judging follow-up drafts

You are an experienced sales rep. Each file in cases/ is one customer conversation: the emails both ways and the
rep's own call notes, oldest first, then two drafts (X and Y) of the rep's next follow-up email, written by a tool on
the date shown as "now". For each draft decide what you would do before sending it to this customer:

- send: you would send it exactly as it is;
- edit: you would change a few words or one sentence (under a minute of work);
- rewrite: anything more (wrong or stale facts, missing what matters now, awkward or broken sentences, note
  shorthand, copied customer sentences, wrong language, leaked internal remarks, too long or too short).

A line `[[answer: ...]]` is a placeholder the rep must fill with an answer only the rep knows; filling it is not an
edit. A placeholder whose answer is already in the conversation, or a question that needs none, is a defect.
Judge each draft on its own; X and Y may be equally good or equally bad.

Write answers.tsv with one line per case, tab-separated: case id, X verdict, Y verdict, and a short reason (what you
would change). No header line.
"""


def _text(body: str, content_type: str | None) -> str:
    """A source's text as a mail client would show it (HTML tags dropped)."""
    if "html" in (content_type or ""):
        body = re.sub(r"(?i)<br\s*/?>|</p>|</li>|</div>|</tr>", "\n", body)
        body = html.unescape(re.sub(r"<[^>]+>", "", body))
    return body.strip()


def _case_page(case: dict, drafts: list[tuple[str, dict]]) -> str:
    """One case for the reader: the conversation, then the drafts under their letters."""
    lines = [f"# {case['id']}", "", f"Customer: {case['customer']['name']} <{case['customer']['email']}>",
             f"Rep: {case['rep']['name']}", f"Now: {case['now']} (customer's time zone {case.get('tz', '')})", ""]
    for src in case["sources"]:
        if src["kind"] == "note":
            head = "Call note by the rep"
            text = src.get("text", src.get("body", ""))
        else:
            head = "Email from the customer" if src["direction"] == "inbound" else "Email from the rep"
            text = _text(src["body"], src.get("content_type"))
            if src.get("subject"):
                head += f" - Subject: {src['subject']}"
        lines += [f"## {src['at']} - {head}", "", text, ""]
    for letter, draft in drafts:
        lines += [f"## Draft {letter}", ""]
        lines += [f"Subject: {draft['subject']}", "", draft["body"].strip()] if "body" in draft else \
                 ["(no draft: the tool prepared none)"]
        lines.append("")
    return "\n".join(lines)


def pack(batch: Path, old_file: Path, new_file: Path, out: Path, key_file: Path) -> int:
    """Write the reader's pack and the key; the number of cases packed (those where a draft is expected)."""
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (old_file, new_file))
    draw = random.Random(f"judge:{batch.name}")
    (out / "cases").mkdir(parents=True, exist_ok=True)
    (out / "INSTRUCTIONS.md").write_text(INSTRUCTIONS, encoding="utf-8")
    key = {}
    for path in sorted(batch.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        if not case.get("expect_draft"):
            continue
        sides = [("old", old[case["id"]]), ("new", new[case["id"]])]
        draw.shuffle(sides)
        key[case["id"]] = {"X": sides[0][0], "Y": sides[1][0]}
        page = _case_page(case, [("X", sides[0][1]), ("Y", sides[1][1])])
        (out / "cases" / f"{case['id']}.md").write_text(page, encoding="utf-8")
    key_file.write_text(json.dumps(key, indent=1), encoding="utf-8")
    return len(key)


def score(key_file: Path, answers: Path) -> dict:
    """Unblind the reader's verdicts: counts per code and paired better/worse/same."""
    key = json.loads(key_file.read_text(encoding="utf-8"))
    counts = {"old": Counter(), "new": Counter()}
    paired = Counter()
    seen = set()
    for n, line in enumerate(answers.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 3 or parts[0] not in key or parts[1] not in VERDICTS or parts[2] not in VERDICTS:
            raise ValueError(f"{answers}:{n}: expected case id, X and Y verdicts ({'/'.join(VERDICTS)})")
        sides = key[parts[0]]
        got = {sides["X"]: parts[1], sides["Y"]: parts[2]}
        for code, verdict in got.items():
            counts[code][verdict] += 1
        rank = {v: i for i, v in enumerate(VERDICTS)}
        diff = rank[got["old"]] - rank[got["new"]]
        paired["new better" if diff > 0 else "new worse" if diff < 0 else "same"] += 1
        seen.add(parts[0])
    missing = sorted(set(key) - seen)
    if missing:
        raise ValueError(f"{answers}: no verdict for {', '.join(missing)}")
    return {"old": dict(counts["old"]), "new": dict(counts["new"]), "paired": dict(paired), "cases": len(key)}


def main(argv: list[str]) -> None:
    """pack or score, as the module docstring says."""
    if argv[:1] == ["pack"] and len(argv) == 6:
        print(pack(Path(argv[1]), Path(argv[2]), Path(argv[3]), Path(argv[4]), Path(argv[5])), "cases packed")
    elif argv[:1] == ["score"] and len(argv) == 3:
        result = score(Path(argv[1]), Path(argv[2]))
        for code in ("old", "new"):
            c = result[code]
            print(f"{code}: " + ", ".join(f"{v} {c.get(v, 0)}/{result['cases']}" for v in VERDICTS))
        print("paired: " + ", ".join(f"{k} {v}" for k, v in sorted(result["paired"].items())))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])

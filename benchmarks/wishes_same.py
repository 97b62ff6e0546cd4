"""Whether a change to the wish reader keeps every reading: dump detect_wishes' output (every field) on the tunable
blind batches, the corpora's real replies and the parakweet sentences, then compare a later dump with it.

Run: python -m benchmarks.wishes_same dump BEFORE.jsonl     (from the tree whose readings are the reference)
     python -m benchmarks.wishes_same compare BEFORE.jsonl  (from the changed tree: counts, and the first differences)
Each input is read twice in one process (the second time with every cache warm): both must agree as well.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from benchmarks import wishes_blind
from benchmarks.wishes_blind import CORPORA
from followup.text.replies import split_reply, spoken_text
from followup.text.wishes import detect_wishes

SHOWN = 10  # differences printed by compare


def inputs():
    """(key, text, sent_at, tz, quoted) of every reading compared: each blind message read as sync reads it and as
    a whole, each real reply and each parakweet sentence."""
    for name in wishes_blind.TUNABLE:
        for n, item in enumerate(wishes_blind.load(name)):
            split = wishes_blind.as_sync(item.text)[2]
            yield f"blind {name}:{n} spoken", spoken_text(*split), *item.sent, split[1]
            yield f"blind {name}:{n} raw", item.text, *item.sent, ""
    for source, texts in wishes_blind.corpus_replies(CORPORA).items():
        for n, text in enumerate(texts):
            split = split_reply(text)
            yield f"{source}:{n} spoken", spoken_text(*split), wishes_blind.SENT_AT, wishes_blind.TZ, split[1]
    for path in sorted((CORPORA / "parakweet-email-intent").glob("*.txt")):
        for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines()):
            yield f"parakweet {path.name}:{n}", line.split("\t", 1)[-1], wishes_blind.SENT_AT, wishes_blind.TZ, ""


def reading(text, sent_at, tz, quoted) -> list:
    """detect_wishes' output with every field, as JSON-able lists."""
    return [[w.kind, w.quote, w.until.isoformat() if w.until else None, w.preference, w.certain]
            for w in detect_wishes(text, sent_at, tz, quoted=quoted)]


def dump() -> dict[str, list]:
    """Every reading, keyed; the second, warm reading of each must equal the first."""
    cases = list(inputs())
    first = {key: reading(*args) for key, *args in cases}
    warm = {key: reading(*args) for key, *args in cases}
    unstable = [key for key in first if first[key] != warm[key]]
    if unstable:
        raise SystemExit(f"{len(unstable)} readings differ when read again in one process, e.g. {unstable[:3]}")
    return first


def main(argv: list[str]) -> int:
    """dump PATH | compare PATH."""
    if len(argv) != 2 or argv[0] not in ("dump", "compare"):
        print(__doc__)
        return 2
    now = dump()
    path = Path(argv[1])
    if argv[0] == "dump":
        path.write_text("".join(json.dumps([k, v], ensure_ascii=False) + "\n" for k, v in now.items()), "utf-8")
        print(f"{len(now)} readings ({sum(1 for v in now.values() if v)} with a wish) -> {path}")
        return 0
    before = dict(json.loads(line) for line in path.read_text("utf-8").splitlines())
    differ = [k for k in before.keys() | now.keys() if before.get(k) != now.get(k)]
    groups: dict[str, int] = {}
    for key in now:
        group = key.split(" ")[0].split(":")[0]
        groups[group] = groups.get(group, 0) + 1
    print(f"{len(now)} readings compared ({', '.join(f'{g} {n}' for g, n in sorted(groups.items()))}), "
          f"{sum(1 for v in now.values() if v)} with a wish: {len(differ)} differ")
    for key in sorted(differ)[:SHOWN]:
        print(f"  {key}\n    before {before.get(key)}\n    after  {now.get(key)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

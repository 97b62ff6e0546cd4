"""Whether two sets of drafts are the same byte for byte: the dumps of bench_drafting_blind --dump before and after
a change that must not change one draft (a speed-up, a move of code).

Each argument pair is an old and a new dump (JSON: case id -> subject and body, or why no draft was made); a case
whose subject, body or reason differs, or that one dump lacks, is printed with the first differing line.
Run: .venv/bin/python -m benchmarks.compare_drafts OLD.json NEW.json [OLD2.json NEW2.json ...]; exit 1 on a difference.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def differences(old: dict, new: dict) -> list[str]:
    """Each case that is not the same in both dumps, with what differs first."""
    out = []
    for case in sorted(old.keys() | new.keys()):
        a, b = old.get(case), new.get(case)
        if a == b:
            continue
        if a is None or b is None:
            out.append(f"{case}: only in the {'new' if a is None else 'old'} dump")
            continue
        for field in ("none", "subject", "body"):
            if a.get(field) != b.get(field):
                lines_a, lines_b = (a.get(field) or "").split("\n"), (b.get(field) or "").split("\n")
                at = next((i for i, (x, y) in enumerate(zip(lines_a, lines_b)) if x != y), min(len(lines_a),
                                                                                             len(lines_b)))
                out.append(f"{case}: {field} differs at line {at + 1}: "
                           f"{(lines_a[at:at + 1] or [''])[0]!r} -> {(lines_b[at:at + 1] or [''])[0]!r}")
                break
    return out


def main(argv: list[str]) -> int:
    """Compare each old/new pair of dumps; 1 when any case differs."""
    if not argv or len(argv) % 2:
        print(__doc__.strip().splitlines()[-1].strip())
        return 2
    differing = cases = 0
    for old_path, new_path in zip(argv[::2], argv[1::2]):
        old, new = (json.loads(Path(p).read_text(encoding="utf-8")) for p in (old_path, new_path))
        found = differences(old, new)
        cases += len(old.keys() | new.keys())
        differing += len(found)
        for line in found:
            print(f"{Path(new_path).name}: {line}")
    print(f"{differing} of {cases} cases differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

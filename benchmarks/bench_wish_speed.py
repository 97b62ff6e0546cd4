"""Where the wish reader's time goes, and two trees' wish readers timed side by side (issue 15: < 1 ms per message).

Run: python -m benchmarks.bench_wish_speed stages [N ...]      CPU ms per message of each stage of detect_wishes
     python -m benchmarks.bench_wish_speed versus TREE [N ...]  this tree and another (a worktree of the old code)
                                                                 alternating, each round in a fresh process
     ("corpora" among the names: the corpora's real replies too)
Batches default to the tunable blind batches (benchmarks/wishes_blind.TUNABLE); messages are read as sync reads them
(wishes_blind.read: the automatic reply first, then the wishes). The machine is shared: compare the two trees' times
measured in the same run (their ratio), not figures taken at different loads.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROUNDS = 5  # alternating rounds of `versus` (each tree once per round, the order swapped every round)
PASSES = 3  # passes over the messages in one process; the best counts (the first also fills the caches)
# the stages of followup.text.wishes timed by `stages` (names in that module's namespace), and read()'s own callees
STAGES = ("_rule_wishes", "possible_wish", "net_wishes", "possible_opt_out_beside", "refused_quiet", "then_quiet",
          "_asked", "both_refused", "reached_wishes", "own_text", "signature_spans", "spelled", "written_for_someone",
          "behalf_opt_out", "end_said_before", "event_dated_before", "numbered_day", "corrected_length",
          "contact_block", "recalls", "not_a_request", "someone_elses", "wait_not_asked", "reaffirmed_opt_out",
          "endorsed_opt_out", "reaffirmed", "_held_for_good", "until_then_certain", "do_not_contact",
          "weigh_opt_out", "staff_opt_out", "quiet_wish", "paused_wish", "away_until_back", "event_quiet_wish", "preferences",
          "channel_instead", "dated_hold")
READ_STAGES = ("detect_auto_reply", "split_reply", "spoken_text", "detect_wishes")
# what one process of `versus` runs (in the tree given as its working directory): best CPU ms per message
_TIMER = """
import sys, time
from benchmarks import wishes_blind as wb
items = [i for n in sys.argv[1:] if n != "corpora" for i in wb.load(n)]
if "corpora" in sys.argv[1:]:  # the corpora's real replies, read as the blind items are
    items += [wb.Item("", "", t) for texts in wb.corpus_replies(wb.CORPORA).values() for t in texts]
best = float("inf")
for _ in range({passes}):
    start = time.process_time()
    for item in items:
        wb.read(item.text, *item.sent)
    best = min(best, (time.process_time() - start) * 1000 / len(items))
print(best)
"""


def _names(argv: list[str]) -> list[str]:
    """The batches named, or every tunable one."""
    from benchmarks import wishes_blind

    return argv or list(wishes_blind.TUNABLE)


def stages(names: list[str]) -> None:
    """Print CPU ms per message of each stage (nested stages count in their callers too)."""
    from benchmarks import wishes_blind
    from followup.text import wishes

    items = [i for n in names for i in wishes_blind.load(n)]
    for item in items:  # caches and lazily built tables filled first
        wishes_blind.read(item.text, *item.sent)
    spent: Counter[str] = Counter()

    def timed(module, name: str) -> None:
        """Replace module.name by a wrapper adding its CPU time to spent[name]."""
        inner = getattr(module, name)

        def wrapper(*args, **kwargs):
            start = time.process_time_ns()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[name] += time.process_time_ns() - start

        setattr(module, name, wrapper)

    for name in STAGES:
        timed(wishes, name)
    for name in READ_STAGES:
        timed(wishes_blind, name)
    start = time.process_time_ns()
    for item in items:
        wishes_blind.read(item.text, *item.sent)
    total = time.process_time_ns() - start
    print(f"{len(items)} messages, {total / 1e6 / len(items):.3f} ms per message (read(), stages timed)")
    for name, ns in spent.most_common():
        print(f"  {ns / 1e6 / len(items):6.3f} ms  {ns / total:6.1%}  {name}")


def versus(tree: Path, names: list[str], rounds: int = ROUNDS) -> None:
    """Time this tree and another in alternating fresh processes; print each round, the medians and their ratio."""
    here = Path(__file__).resolve().parent.parent
    code = _TIMER.format(passes=PASSES)
    times: dict[Path, list[float]] = {here: [], tree.resolve(): []}
    for r in range(rounds):
        order = list(times) if r % 2 == 0 else list(reversed(times))
        for cwd in order:
            out = subprocess.run([sys.executable, "-c", code, *names], cwd=cwd, capture_output=True, text=True,
                                 check=True)
            times[cwd].append(float(out.stdout.split()[-1]))
        print(f"round {r + 1}: " + ", ".join(f"{cwd.name} {times[cwd][-1]:.3f} ms" for cwd in times), flush=True)
    mine, other = (statistics.median(v) for v in times.values())
    print(f"median ms per message: {here.name} {mine:.3f}, {tree.name} {other:.3f}; ratio {mine / other:.3f}")


def main(argv: list[str]) -> int:
    """stages [N ...] | versus TREE [N ...]."""
    if argv[:1] == ["stages"]:
        stages(_names(argv[1:]))
        return 0
    if argv[:1] == ["versus"] and len(argv) >= 2:
        versus(Path(argv[1]), _names(argv[2:]))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

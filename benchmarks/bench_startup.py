"""Command start-up: wall time of `followup` commands that do little work, against bare interpreters in the same run.

References, run alternately with the commands so load on a shared machine hits them alike: `python -c pass` and
`python -c "import flask, sqlalchemy"` (what any command that reads the database pays at the least). The commands:
`--version`, `--help`, and `drafts list --json` on a database holding the demo data. Median of ROUNDS runs each.

    python -m benchmarks startup                      # this tree
    STARTUP_AGAINST=/path/to/other/tree/.venv python -m benchmarks startup   # a second tree side by side
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 9
COMMANDS = [["--version"], ["--help"], ["drafts", "list", "--json"]]
REFERENCES = {"python -c pass": ["-c", "pass"], "import flask, sqlalchemy": ["-c", "import flask, sqlalchemy"]}


def _run(argv: list[str], env: dict) -> float:
    """Seconds one process takes from start to exit (it must succeed)."""
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return time.perf_counter() - started


def _trees() -> dict[str, Path]:
    """The venv bin folders to measure: this one, and STARTUP_AGAINST's if set."""
    trees = {"this tree": Path(sys.executable).parent}
    if os.environ.get("STARTUP_AGAINST"):
        trees["against"] = Path(os.environ["STARTUP_AGAINST"]) / "bin"
    return trees


def main() -> None:
    """Print each command's median start-up in ms and as a multiple of the references."""
    trees = _trees()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text(f'[app]\ndata_dir = "{tmp}"\n[database]\nurl = "sqlite:///{tmp}/bench.db"\n')
        env = {**os.environ, "FOLLOWUP_CONFIG": str(config), "FOLLOWUP_SECRET_KEY": "bench-startup"}
        first = next(iter(trees.values()))
        for step in (["init"], ["demo"]):
            subprocess.run([str(first / "followup"), *step], env=env, check=True, capture_output=True, timeout=300)
        runs = {name: [] for name in REFERENCES}
        runs.update({f"{tree}: followup {' '.join(cmd)}": [] for tree in trees for cmd in COMMANDS})
        for _ in range(ROUNDS):
            for name, args in REFERENCES.items():
                runs[name].append(_run([sys.executable, *args], env))
            for tree, bin_dir in trees.items():
                for cmd in COMMANDS:
                    runs[f"{tree}: followup {' '.join(cmd)}"].append(_run([str(bin_dir / "followup"), *cmd], env))
    medians = {name: statistics.median(times) for name, times in runs.items()}
    bare, imports = medians["python -c pass"], medians["import flask, sqlalchemy"]
    print(f"load {os.getloadavg()[0]:.2f}; median of {ROUNDS} runs each, alternating")
    for name, seconds in medians.items():
        print(f"  {name:45s} {seconds * 1000:6.0f} ms  {seconds / bare:5.1f}x python -c pass  "
              f"{seconds / imports:4.2f}x import flask, sqlalchemy")


if __name__ == "__main__":
    main()

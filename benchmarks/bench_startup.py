"""Command start-up: wall time of `followup` commands that do little work, against bare interpreters in the same run.

References, run alternately with the commands so load on a shared machine hits them alike: `python -c pass`,
`python -c "import flask, sqlalchemy"` (the app's two big libraries) and `python -c "import sqlmodel"` (SQLAlchemy's
ORM and pydantic: the least a command that reads the database imports). The commands:
`--version`, `--help`, `drafts list --json` on a database holding the demo data, and a no-change
`sync bench --json` of a mailbox on a private Dovecot (SYNC_MESSAGES messages, synced once before). Median of ROUNDS
runs each, wall and CPU (user + system: less moved by other load than wall), and each command's gap to
`followup --version` of the same tree.

The project's bytecode is cached as in any install (pip compiles it; a source checkout writes it on first run):
the runs drop PYTHONDONTWRITEBYTECODE and each command runs once before the timed rounds.

    python -m benchmarks startup                                    # this tree
    STARTUP_DB=postgres python -m benchmarks startup                # the database on a private PostgreSQL
    STARTUP_AGAINST=/path/to/other/.venv python -m benchmarks startup     # a second tree's venv side by side
    STARTUP_AGAINST=/path/to/other/checkout python -m benchmarks startup  # a checkout, run with this venv
"""
from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

ROUNDS = int(os.environ.get("STARTUP_ROUNDS", "9"))
SYNC_MESSAGES = 200
COMMANDS = [["--version"], ["--help"], ["drafts", "list", "--json"], ["sync", "bench", "--json"]]
REFERENCES = {"python -c pass": ["-c", "pass"], "import flask, sqlalchemy": ["-c", "import flask, sqlalchemy"],
              "import sqlmodel": ["-c", "import sqlmodel"]}
REP_PASSWORD = "bench-startup-password"


def _run(argv: list[str], env: dict) -> tuple[float, float]:
    """(wall, CPU) seconds one process takes from start to exit (it must succeed)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _trees(env: dict) -> dict[str, tuple[Path, dict]]:
    """name -> (the followup script, its environment): this tree, and STARTUP_AGAINST's if set."""
    trees = {"this tree": (Path(sys.executable).with_name("followup"), env)}
    against = os.environ.get("STARTUP_AGAINST")
    if against and (Path(against) / "followup" / "__init__.py").exists():  # a checkout: this venv, its source
        trees["against"] = (trees["this tree"][0], {**env, "PYTHONPATH": against})
    elif against:
        trees["against"] = (Path(against) / "bin" / "followup", env)
    return trees


def _messages(count: int) -> list[bytes]:
    """count small customer messages for the synced mailbox."""
    messages = []
    for i in range(count):
        message = EmailMessage()
        message["From"], message["To"] = f"customer{i % 20}@example.com", "rep@example.com"
        message["Subject"], message["Message-ID"] = f"Order {i}", f"<startup-{i}@example.com>"
        message["Date"] = "Mon, 23 Nov 2026 10:00:00 +0000"
        message.set_content(f"Hello, could you send the quote for {i} units?")
        messages.append(message.as_bytes())
    return messages


def _setup(tmp: Path, dovecot, script: Path, env: dict, url: str | None = None) -> dict:
    """Create the database (SQLite, or at url) with the demo data and a rep's mailbox on dovecot, synced once; the
    env to use."""
    config = tmp / "config.toml"
    url = url or f"sqlite:///{tmp}/bench.db"
    config.write_text(f'[app]\ndata_dir = "{tmp}"\nlog_level = "WARNING"\n[database]\nurl = "{url}"\n')
    env = {**env, "FOLLOWUP_CONFIG": str(config)}
    user = dovecot.new_user("startup")
    dovecot.write_maildir(user, "INBOX", _messages(SYNC_MESSAGES))
    steps = [(["init"], None), (["demo"], None),
             (["user", "add", "rep@example.com", "--name", "Rita Rep", "--password-stdin"], REP_PASSWORD),
             (["mailbox", "add", "bench", "--owner", "rep@example.com", "--username", user, "--password-stdin",
               "--imap-host", dovecot.host, "--imap-port", str(dovecot.imap_port), "--imap-security", "none",
               "--smtp-host", dovecot.host, "--smtp-port", "2525", "--smtp-security", "none"], dovecot.users[user]),
             (["sync", "bench", "--json"], None)]
    for args, stdin in steps:
        subprocess.run([str(script), *args], env=env, check=True, capture_output=True, timeout=300,
                       input=f"{stdin}\n" if stdin else None, text=True)
    return env


def main() -> None:
    """Print each command's median start-up (wall and CPU), its gap to --version, and the references."""
    from contextlib import nullcontext

    from followup_testing.servers import Dovecot, Postgres, fast_tmp_root

    base = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_") and k != "PYTHONDONTWRITEBYTECODE"}
    base["FOLLOWUP_SECRET_KEY"] = "bench-startup"
    postgres = os.environ.get("STARTUP_DB") == "postgres"
    with tempfile.TemporaryDirectory(dir=fast_tmp_root()) as tmp, Dovecot(Path(tmp) / "dovecot", tls=False) as dovecot, \
            (Postgres(Path(tmp) / "postgres") if postgres else nullcontext()) as server:
        env = _setup(Path(tmp), dovecot, *_trees(base)["this tree"], url=server.create_database() if postgres else None)
        trees = _trees(env)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in REFERENCES}
        runs.update({f"{tree}: followup {' '.join(cmd)}": [] for tree in trees for cmd in COMMANDS})
        for script, tree_env in trees.values():  # bytecode written, Dovecot's index of the mailbox current
            for cmd in COMMANDS:
                _run([str(script), *cmd], tree_env)
        for _ in range(ROUNDS):
            for name, args in REFERENCES.items():
                runs[name].append(_run([sys.executable, *args], env))
            for tree, (script, tree_env) in trees.items():
                for cmd in COMMANDS:
                    runs[f"{tree}: followup {' '.join(cmd)}"].append(_run([str(script), *cmd], tree_env))
    wall = {name: statistics.median(w for w, _ in times) for name, times in runs.items()}
    cpu = {name: statistics.median(c for _, c in times) for name, times in runs.items()}
    bare, imports = wall["python -c pass"], wall["import flask, sqlalchemy"]
    print(f"load {os.getloadavg()[0]:.2f}; median of {ROUNDS} runs each, alternating; no-change sync of "
          f"{SYNC_MESSAGES} messages; database: {'PostgreSQL' if postgres else 'SQLite'}")
    for name in runs:
        tree = name.split(":")[0] if ":" in name else "this tree"  # a reference beside this tree's --version
        version = f"{tree}: followup --version"
        gap = (f"  {(wall[name] - wall[version]) * 1000:+5.0f} ms wall / {(cpu[name] - cpu[version]) * 1000:+5.0f} ms "
               f"CPU beyond --version" if version in wall and name != version else "")
        print(f"  {name:45s} {wall[name] * 1000:6.0f} ms (CPU {cpu[name] * 1000:4.0f})  {wall[name] / bare:5.1f}x "
              f"python -c pass  {wall[name] / imports:4.2f}x import flask, sqlalchemy{gap}")


if __name__ == "__main__":
    main()

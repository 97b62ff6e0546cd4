"""`followup serve`, `worker`, `demo` and `backup`: the long-running service and its chores."""
from __future__ import annotations

import logging
from pathlib import Path

import click

from followup.cli.common import Command, flask_app, prepare_data_dir, state

log = logging.getLogger(__name__)


@click.command(cls=Command)
@click.option("--host", default=None, help="Address to listen on (default from [web] host).")
@click.option("--port", type=click.IntRange(1, 65535), default=None, help="Port (default from [web] port).")
def serve(host: str | None, port: int | None) -> None:
    """Run the web UI and the scheduler."""
    st = state()
    st.db.check_current()
    run_service(flask_app(web=True), web=True, host=host or st.settings.web.host, port=port or st.settings.web.port)


@click.command(cls=Command)
def worker() -> None:
    """Run the scheduler's jobs without the web UI."""
    state().db.check_current()
    run_service(flask_app(web=False), web=False)


@click.command(cls=Command)
def demo() -> None:
    """Load fictional sample conversations, for a first look."""
    from followup.demo import load_demo
    st = state()
    prepare_data_dir(st)
    st.db.upgrade()
    result = load_demo(st.db, st.vault, st.settings)
    click.echo(f"demo loaded: {result.customers} customers, {result.messages} messages, {result.notes} call notes, "
               f"{result.drafts} drafts")
    click.echo(f"log in as {result.email} / {result.password}")


@click.command(cls=Command)
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def backup(path: Path) -> None:
    """Write a consistent copy of the database to PATH."""
    from followup.backup import backup_database

    st = state()
    st.db.check_current()
    click.echo(backup_database(st.db, path))


def run_service(app, *, web: bool, host: str = "", port: int = 0) -> None:
    """Run the scheduler (and the web app under waitress) until SIGTERM or SIGINT, then stop gracefully.

    On a signal the web server stops taking requests and the scheduler waits for running jobs, so an
    in-flight send finishes (or stays reconcilable); nothing is left half-recorded.
    """
    import os
    import signal

    from followup.jobs import build_scheduler

    # A signal handler runs in the main thread between any two bytecodes, so it must not take a lock the main
    # thread may hold at that moment (threading.Event.set() would deadlock inside Event.wait()): it sets plain
    # flags (and logs nothing: stderr's buffer is not reentrant). The kernel may deliver the signal to any
    # thread, a scheduler thread included, and then the main thread's read is never interrupted; the wakeup fd
    # is written by the interpreter's own C-level handler whichever thread gets it, so the read always returns.
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_write, False)
    flags = {"stopping": False, "serving": False}

    def on_signal(signum, _frame):
        flags["stopping"] = signal.Signals(signum).name
        if flags["serving"]:
            flags["serving"] = False
            raise SystemExit(0)  # waitress's run() catches it and drains its task threads

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "queue depth" on every busy request is noise
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    previous_wakeup = signal.set_wakeup_fd(wake_write)
    # a team may leave the jobs to `followup worker` processes, so the web's requests never wait behind a sync
    scheduler = build_scheduler(app) if not web or state().settings.schedule.jobs_in_web else None
    if scheduler is not None:
        scheduler.start()
    try:
        if web:
            from waitress import create_server

            web_settings = state().settings.web
            # waitress refuses an over-long body before buffering it; the app's TrustedProxies middleware, not
            # waitress, decides which forwarded headers count, so waitress must pass them through.
            server = create_server(app, host=host, port=port, threads=web_settings.threads,
                                   max_request_body_size=web_settings.max_request_bytes,
                                   clear_untrusted_proxy_headers=False)
            jobs = "scheduler running" if scheduler is not None else "jobs left to `followup worker`"
            click.echo(f"followup serving on http://{host}:{server.effective_port} ({jobs})", err=True)
            flags["serving"] = True  # set before the check, so a signal in between still ends the server
            if not flags["stopping"]:
                server.run()
            flags["serving"] = False
        else:
            click.echo("followup worker running the scheduler's jobs", err=True)
        if not flags["stopping"]:
            signum = os.read(wake_read, 1)[0]  # returns once a signal arrived, in any thread (the byte is its number)
            flags["stopping"] = flags["stopping"] or signal.Signals(signum).name
    finally:
        signal.set_wakeup_fd(previous_wakeup)
        log.info("received %s, shutting down", flags["stopping"] or "an exception")
        if scheduler is not None:
            scheduler.shutdown(wait=True)
        if "followup.watchers" in app.extensions:
            app.extensions["followup.watchers"].shutdown()
        os.close(wake_read)
        os.close(wake_write)
        click.echo("followup stopped", err=True)

"""`followup drafts ...` and `followup send`: prepare, review, approve and send follow-ups."""
from __future__ import annotations

from pathlib import Path

import click

from followup.cli.common import Command, Group, emit, read_text_option, state
from followup.statuses import DRAFT_STATUSES


@click.group(cls=Group)
def drafts() -> None:
    """Prepare, review and approve follow-ups."""


@drafts.command("generate")
@click.option("--json", "as_json", is_flag=True)
def drafts_generate(as_json: bool) -> None:
    """Prepare a draft for every customer who needs a follow-up."""
    from followup.drafting.prepare import prepare_drafts

    st = state()
    st.db.check_current()
    result = prepare_drafts(st.db, st.settings)
    lines = [f"draft {draft_id} created" for draft_id in result["created"]]
    lines += [f"skipped {s['customer']}: {s['reason']}" for s in result["skipped"]]
    emit(result, as_json, "\n".join(lines) if lines else "no customers yet")


@drafts.command("list")
@click.option("--status", type=click.Choice(DRAFT_STATUSES), default=None)
@click.option("--json", "as_json", is_flag=True)
def drafts_list(status: str | None, as_json: bool) -> None:
    """List drafts (all, or with one status)."""
    from followup.drafts import draft_dict, list_drafts
    from followup.outbound import gate

    st = state()
    st.db.check_current()
    with st.db.session() as session:
        pairs = list_drafts(session, status)
        decided = gate.verdicts(session, [(d, c) for d, c in pairs if d.status in gate.LIVE], st.settings)
        rows = [draft_dict(d, c, decided.get(d.id)) for d, c in pairs]
    lines = [f"{r['id']:>5}  {r['status']:<9} {r['customer']:<32} {r['subject']}"
             + (f"  [held: {r['hold_reason']}]" if r["hold_reason"] else "") for r in rows]
    emit(rows, as_json, "\n".join(lines) if lines else "no drafts")


@drafts.command("show")
@click.argument("draft_id", type=int)
@click.option("--json", "as_json", is_flag=True)
def drafts_show(draft_id: int, as_json: bool) -> None:
    """Show one draft with its sources and grounding report."""
    from followup.drafts import draft_dict, get_draft
    from followup.models import Customer
    from followup.outbound import gate

    st = state()
    st.db.check_current()
    with st.db.session() as session:
        draft = get_draft(session, draft_id)
        customer = session.get(Customer, draft.customer_id)
        decided = gate.verdict(session, draft, customer, st.settings) if draft.status in gate.LIVE else None
        data = draft_dict(draft, customer, decided)
    sources = "\n".join(f"  [{s['kind']} {s['id']}] {s['quote']}" for s in data["sources"])
    text = (f"draft {data['id']} to {data['customer']} ({data['status']})\n"
            + (f"held: {data['hold_reason']}\n" if data["hold_reason"] else "")
            + f"Subject: {data['subject']}\n\n{data['body']}\n\nsources:\n{sources or '  (none)'}")
    emit(data, as_json, text)


@drafts.command("explain")
@click.argument("draft_id", type=int)
@click.option("--json", "as_json", is_flag=True)
def drafts_explain(draft_id: int, as_json: bool) -> None:
    """Show the conversation state a draft restates, each item with its source."""
    from followup.drafts import explain, get_draft

    st = state()
    st.db.check_current()
    with st.db.session() as session:
        data = explain(session, get_draft(session, draft_id))
    lines = [f"draft {data['id']} to {data['customer']} (language {data['language']}, as of {data['today'] or '-'})"]
    if data["last_interaction"].get("kind"):
        last = data["last_interaction"]
        lines.append(f"last interaction: {last['kind']} {last.get('when') or ''} [{last.get('source')}]".rstrip())
    lines.append("open now:" if data["open"] else "open now: nothing")
    for item in data["open"]:
        when = f" ({item['when']})" if item.get("when") else ""
        if item["kind"] == "order" and item.get("by"):
            when += f" (accepts the offer in {item['by'].replace(':', ' ')})"  # the offer the order is placed on
        lines.append(f"  {item['kind']:<11} {item['text'] or '-'}{when}\n"
                     f"              [{item['source']['kind']} {item['source']['id']}] {item['source']['quote']}")
    if data["closed"]:
        lines.append("settled:")
    for item in data["closed"]:
        by = f" by {item['by']}" if item.get("by") else ""
        lines.append(f"  {item['kind']:<11} {item['status']}{by}: [{item['source']['kind']} {item['source']['id']}] "
                     f"{item['source']['quote']}")
    if data["slots"]:
        lines.append("unfilled answer slots: " + ", ".join(data["slots"]))
    emit(data, as_json, "\n".join(lines))


@drafts.command("approve")
@click.argument("draft_id", type=int)
@click.option("--body-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Approve this edited text instead of the draft's.")
@click.option("--as", "as_user", default=None, help="Email of the approving rep (default: the only rep).")
@click.option("--without-history", is_flag=True,
              help="Send without waiting for the mailbox's older mail to be read (it may hold an opt-out).")
def drafts_approve(draft_id: int, body_file: Path | None, as_user: str | None, without_history: bool) -> None:
    """Approve a draft's exact text for sending."""
    from followup.approval import acting_rep, approve
    from followup.drafts import get_draft

    body = None
    if body_file is not None:
        # an editor's trailing newline is not part of what the rep means to send
        body = read_text_option(body_file, "--body-file").rstrip()
    st = state()
    st.db.check_current()
    with st.db.write_session() as session:
        rep = acting_rep(session, as_user)
        draft = approve(session, get_draft(session, draft_id, rep.team_id), rep, body=body)
        if without_history:
            from followup.inbound.history import override

            override(session, draft, rep)
        session.commit()
        again = f" (sent again as new draft {draft.id})" if draft.id != draft_id else ""
        click.echo(f"draft {draft_id} approved by {rep.email}{again}")


@drafts.command("unapprove")
@click.argument("draft_id", type=int)
@click.option("--as", "as_user", default=None, help="Email of the rep (default: the only rep).")
def drafts_unapprove(draft_id: int, as_user: str | None) -> None:
    """Take an approval back while the draft has not left: it is pending again."""
    from followup.approval import acting_rep, unapprove
    from followup.drafts import get_draft

    st = state()
    st.db.check_current()
    with st.db.write_session() as session:
        rep = acting_rep(session, as_user)
        unapprove(session, get_draft(session, draft_id, rep.team_id), rep)
        session.commit()
    click.echo(f"draft {draft_id} is pending again (approval taken back by {rep.email})")


@drafts.command("reject")
@click.argument("draft_id", type=int)
@click.option("--as", "as_user", default=None, help="Email of the rejecting rep (default: the only rep).")
def drafts_reject(draft_id: int, as_user: str | None) -> None:
    """Reject a draft; it will not be sent."""
    from followup.approval import acting_rep, reject
    from followup.drafts import get_draft

    st = state()
    st.db.check_current()
    with st.db.write_session() as session:
        rep = acting_rep(session, as_user)
        reject(session, get_draft(session, draft_id, rep.team_id), rep)
        session.commit()
    click.echo(f"draft {draft_id} rejected by {rep.email}")


@click.command(cls=Command)
@click.option("--json", "as_json", is_flag=True)
def send(as_json: bool) -> None:
    """Send approved drafts whose policy gate passes.

    Exit 0 when the run completed, even with drafts held or failed (they are in the report);
    exit 1 when a mailbox's SMTP or IMAP server could not be reached (its drafts were not tried).
    """
    from followup.outbound.outbox import send_due

    st = state()
    st.db.check_current()
    result = send_due(st.db, st.vault, st.settings)
    lines = [f"sent: {len(result['sent'])}, held: {len(result['held'])}, failed: {len(result['failed'])}, "
             f"unknown: {len(result['unknown'])}"]
    lines += [f"  held {h['id']}: {h['reason']}" for h in result["held"]]
    lines += [f"  failed {f['id']}: {f['error']}" for f in result["failed"]]
    lines += [f"  unknown {u['id']}: {u['reason']}" for u in result["unknown"]]
    lines += [f"  not filed in Sent {u['id']}: {u['error']}" for u in result["unfiled"]]
    emit(result, as_json, "\n".join(lines))
    for error in result["errors"]:
        click.echo(f"error: {error['error']}", err=True)
    if result["errors"]:
        click.get_current_context().exit(1)

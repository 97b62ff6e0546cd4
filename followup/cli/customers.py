"""`followup customer ...`: a customer's state, quiet periods, possible wishes and resume."""
from __future__ import annotations

from datetime import timedelta

import click

from followup.cli.common import TEAM_HELP, Group, emit, parse_when, state, team_option
from followup.clock import local_text, utcnow
from followup.exceptions import BadInput


@click.group(cls=Group)
def customer() -> None:
    """Customers: state, quiet periods, possible wishes, resume."""


@customer.command("show")
@click.argument("email")
@click.option("--team", default=None, help=TEAM_HELP)
@click.option("--json", "as_json", is_flag=True)
def customer_show(email: str, team: str | None, as_json: bool) -> None:
    """Show a customer's status, quiet period, preferences and recent sends."""
    from followup.customers import resolve_customer, summary

    st = state()
    st.db.check_current()
    with st.db.session() as session:
        cust = resolve_customer(session, email, team_option(session, team))
        data = summary(session, cust, st.settings.policy.default_timezone)
        quiet = local_text(cust.quiet_until, data["timezone"]) if data["quiet_until"] else "-"
    lines = [f"{data['email']} {data['name']}".strip(), f"status: {data['status']}"
             + (f" ({data['status_reason']})" if data["status_reason"] else ""),
             f"time zone: {data['timezone']}",
             f"quiet until: {quiet}" + (f" ({data['quiet_reason']})" if data["quiet_until"] else ""),
             f"preferences: {', '.join(data['preferences']) or '-'}",
             f"recent sends: {len(data['recent_sends'])}"]
    lines += [f"  {s['at']} draft {s['draft_id']} ({s['state']})" for s in data["recent_sends"]]
    lines += [f"possible {p['kind']} [{p['id']}]: \"{p['quote']}\" (followup customer confirm|dismiss "
              f"{data['email']} {p['id']})" for p in data["possible_wishes"]]
    emit(data, as_json, "\n".join(lines))


@customer.command("confirm")
@click.argument("email")
@click.argument("wish_id")
@click.option("--team", default=None, help=TEAM_HELP)
@click.option("--json", "as_json", is_flag=True)
def customer_confirm(email: str, wish_id: str, team: str | None, as_json: bool) -> None:
    """Apply a possible wish with its quote."""
    from followup.customers import confirm_possible

    _settle_possible(email, wish_id, team, as_json, confirm_possible,
                     lambda w, d: f"{d['email']}: {w.kind} applied (\"{w.quote}\"); status {d['status']}")


@customer.command("dismiss")
@click.argument("email")
@click.argument("wish_id")
@click.option("--team", default=None, help=TEAM_HELP)
@click.option("--json", "as_json", is_flag=True)
def customer_dismiss(email: str, wish_id: str, team: str | None, as_json: bool) -> None:
    """Drop a possible wish (audited); the customer's state is unchanged."""
    from followup.customers import dismiss_possible

    _settle_possible(email, wish_id, team, as_json, dismiss_possible,
                     lambda w, d: f"{d['email']}: possible {w.kind} dismissed; status {d['status']}")


def _settle_possible(email: str, wish_id: str, team: str | None, as_json: bool, settle, said) -> None:
    """Confirm or dismiss one possible wish of the customer, then print the customer's summary."""
    from followup.customers import resolve_customer, summary

    st = state()
    st.db.check_current()
    with st.db.write_session() as session:
        cust = resolve_customer(session, email, team_option(session, team))
        wish = settle(session, cust, wish_id, actor="cli")
        session.commit()
        data = summary(session, cust, st.settings.policy.default_timezone)
    emit(data, as_json, said(wish, data))


@customer.command("quiet")
@click.argument("email")
@click.option("--team", default=None, help=TEAM_HELP)
@click.option("--days", type=int, default=None, help="Quiet for this many days from now.")
@click.option("--until", "until", default=None, help="Quiet until this date (ISO 8601, in the customer's time zone).")
@click.option("--reason", default="", help="Why (shown with the quiet period).")
@click.option("--json", "as_json", is_flag=True)
def customer_quiet(email: str, team: str | None, days: int | None, until: str | None, reason: str,
                   as_json: bool) -> None:
    """Hold every follow-up to a customer for a while."""
    from followup.customers import MAX_QUIET_DAYS, resolve_customer, set_quiet, summary

    if (days is None) == (until is None):
        raise BadInput("customer quiet: give exactly one of --days or --until")
    if days is not None and not 1 <= days <= MAX_QUIET_DAYS:
        raise BadInput(f"--days: {days} is not between 1 and {MAX_QUIET_DAYS}")
    st = state()
    st.db.check_current()
    with st.db.write_session() as session:
        cust = resolve_customer(session, email, team_option(session, team), create=True)
        tz = cust.timezone or st.settings.policy.default_timezone
        end = utcnow() + timedelta(days=days) if days is not None else parse_when(until, "--until", tz)
        set_quiet(session, cust, end, reason=reason, actor="cli")
        session.commit()
        data = summary(session, cust, st.settings.policy.default_timezone)
    emit(data, as_json, f"{data['email']} quiet until {local_text(end, tz)}")


@customer.command("resume")
@click.argument("email")
@click.option("--team", default=None, help=TEAM_HELP)
@click.option("--json", "as_json", is_flag=True)
def customer_resume(email: str, team: str | None, as_json: bool) -> None:
    """Lift a quiet period, pause or opt-out set by mistake."""
    from followup.customers import resolve_customer, resume, summary

    st = state()
    st.db.check_current()
    with st.db.write_session() as session:
        cust = resolve_customer(session, email, team_option(session, team))
        undone = resume(session, cust, actor="cli")
        session.commit()
        data = summary(session, cust, st.settings.policy.default_timezone)
    emit(data, as_json, f"{data['email']} is {data['status']} ({undone} wish(es) lifted)")

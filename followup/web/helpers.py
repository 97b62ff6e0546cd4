"""The web helpers by their old address, for blueprints not yet moved to the modules that hold them now.

New code imports from the module itself: access (who is asking, team lookups), formvalues (local dates, numbers),
sending (verdict, preview, local outbox), queue_rows (a queue row's wording), sources (quotes and grounding),
timeline (a customer's timeline and chart), pages (filters and error pages); logins live in followup.users.
"""
from followup.users import failed_logins, record_login
from followup.web.access import (DEFAULT_NEXT, rep, rep_timezone, safe_next, team_customer_or_404,
                                 team_draft_or_404, team_has_mailbox, team_id, team_mailbox_or_404)
from followup.web.formvalues import parse_local_datetime, parse_optional_int
from followup.web.pages import reason_text, register_errors, register_filters
from followup.web.queue_rows import opening_lines, snooze_presets, when_text
from followup.web.sending import kept_locally, policy_decision, preview, sending_off
from followup.web.sources import SourceView, highlight, live_grounding, source_views
from followup.web.timeline import CHART_WEEKS, TIMELINE_LIMIT, ChartBar, Event, contact_chart, timeline

__all__ = ["failed_logins", "record_login", "DEFAULT_NEXT", "rep", "rep_timezone", "safe_next", "team_customer_or_404",
           "team_draft_or_404", "team_has_mailbox", "team_id", "team_mailbox_or_404", "parse_local_datetime",
           "parse_optional_int", "reason_text", "register_errors", "register_filters", "opening_lines", "snooze_presets",
           "when_text", "kept_locally", "policy_decision", "preview", "sending_off", "SourceView", "highlight",
           "live_grounding", "source_views", "CHART_WEEKS", "TIMELINE_LIMIT", "ChartBar", "Event", "contact_chart",
           "timeline"]

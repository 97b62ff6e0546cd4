"""A draft's states, apart from the models: the command line lists them in its options (and --help) without
importing SQLAlchemy. followup.models re-exports them."""
from enum import StrEnum


class DraftStatus(StrEnum):
    """A draft's state, stored as its string value (a member compares equal to that string).

    pending -> approved -> sending -> sent; rejected; stale; failed (5xx); unknown (outcome not known after a crash)
    """

    PENDING = "pending"
    APPROVED = "approved"
    SENDING = "sending"
    SENT = "sent"
    REJECTED = "rejected"
    STALE = "stale"
    FAILED = "failed"
    UNKNOWN = "unknown"


DRAFT_STATUSES = tuple(s.value for s in DraftStatus)
# A live draft may still be sent: a customer's wish or a newer message holds or stales it.
LIVE_STATUSES = (DraftStatus.PENDING, DraftStatus.APPROVED)

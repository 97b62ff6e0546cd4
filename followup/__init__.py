"""followup: grounded sales follow-ups, sent only after approval and within each customer's limits."""

__version__ = "0.1.0"

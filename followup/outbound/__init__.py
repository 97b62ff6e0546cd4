"""Outbound: an approved draft leaves here, once, only when the customer's wishes and limits allow it.

In: approved Draft rows. `policy` holds the rules, `gate` alone builds their inputs and returns the verdict
and the earliest send time (read by the outbox and by every page), `headers` writes the message from
validated values, and `outbox` sends it exactly once and records the Send.
"""

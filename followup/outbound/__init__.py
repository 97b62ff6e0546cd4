"""Outbound: an approved draft leaves here, once, only when the customer's wishes and limits allow it.

In: approved Draft rows. `policy` holds the rules, `gate` alone builds their inputs and returns the verdict
and the earliest send time (read by the outbox and by every page), and `outbox` sends it exactly once
(`records` keeps each step of a send and reconciles interrupted ones; `connections` holds the run's mail
sessions). The message itself is written by followup.mail.headers.
"""

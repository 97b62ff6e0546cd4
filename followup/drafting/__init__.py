"""Drafting: from a customer's messages and call notes to a follow-up a rep can send as it is.

In: the customer's sources in time order (`facts.Source`). `conversation` derives what is open now,
`composition` (or `llm` where configured) writes the draft in the rep's voice (`profile`), `grounding`
checks every figure and name against the sources, and `prepare` stores the result as a pending Draft.
"""

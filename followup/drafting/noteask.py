"""A call note's question cut in two ("Sanna q: can the frame be branded with the sponsor's logo, and who prints
it?", "Her q: can we run a mat at the turnaround - no power out there?"): the fragment after the cut says too
little alone, so it is asked with the labelled question it continues."""
from __future__ import annotations

import re

from followup.drafting.items import Item, State

# A note's label for what the customer asked ("q:", "question:", "Frage:", "pregunta:"), up to where the note cut.
_LABELLED = re.compile(r"(?:^|\b)(?:q|qs|question|questions|frage|fragen|pregunta|preguntas)\s*:\s*(?P<q>[^:?]{8,})$",
                       re.I)

# A fragment opening on "and" joins the question before it with a comma; any other with a dash, as in the note.
_JOINS = re.compile(r"^(?:and|und|et|y|or|oder|ou|o)\b", re.I)


def with_labelled_question(q: str, item: Item, state: State) -> str:
    """A note's question fragment with the labelled question the note cut it from, or the fragment as it is."""
    same = [i for i in state.items if i.source_kind == item.source_kind and i.source_id == item.source_id]
    k = next((n for n, i in enumerate(same) if i is item), 0)
    m = _LABELLED.search(same[k - 1].quote.strip().rstrip(" ,;–—-")) if k else None
    if not m:
        return q
    return f"{m.group('q').strip()}{', ' if _JOINS.match(q) else ' – '}{q}"

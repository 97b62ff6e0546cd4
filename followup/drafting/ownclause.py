"""Whether a question carries what it is about itself: a clause of its own before its pointing tail ("you need one
technician in each room all 3 days, is this included?"), or an impersonal French "il" ("y a-t-il", "il faut") that
points back at nothing; such a question gets no sentence from before it as its context."""
from __future__ import annotations

import re

# Words a clause before a pointing tail needs to name what the tail asks about.
OWN_CLAUSE_WORDS = 5

# A condition before the tail ("si nous signons avant le 15 décembre, c'est faisable"): what is feasible then was
# said before it.
_CONDITION = re.compile(r"^(?:if|when|unless|si|s'il|quand|wenn|falls|sofern|cuando)\b", re.I)

# A French impersonal "il": it names nothing said before.
_IMPERSONAL = re.compile(r"\by\s+a(?:ura|vait|urait)?-t-il\b|\bil\s+(?:y\s+a|faut|faudra|faudrait)\b", re.I)


def own_clause_before(q: str, tail_at: int) -> bool:
    """Whether the words before a question's pointing tail (at `tail_at`) are a clause of its own, cut off by a comma
    or a colon, and no condition ("we need one technician in each room all 3 days, is this included")."""
    lead = q[:tail_at].rstrip()
    return lead[-1:] in ",:" and len(lead.split()) >= OWN_CLAUSE_WORDS and not _CONDITION.match(lead)


def impersonal_off(q: str) -> str:
    """A question without its impersonal French "il" phrases, which point back at nothing."""
    return _IMPERSONAL.sub("", q)

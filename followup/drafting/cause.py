"""A note's reason before the event it moves, left for the event and its day: "wegen Eis am See Bau erst ab 8. März"
is the building from 8 March ("Der Bau ist ab 8. März geplant."), "due to the ice install only from 8 March" the
install from 8 March. The reason stays the note's; the day in force is what the customer needs."""
from __future__ import annotations

import re

# A reason opening the clause, then its words up to the event noun: "wegen Eis am See", "because of the ice",
# "à cause du gel", "por las lluvias". The event is the last word before "erst"/"only"/"seulement"/"recién".
_CAUSE = re.compile(r"^(?:wegen|aufgrund|due to|because of|à cause d[ue']|en raison d[ue']|por|debido a)\s+"
                    r"(?:[^\W\d_]+\s+){1,5}?(?P<event>[^\W\d_]+)\s+(?:erst|only|not until|seulement|qu'à partir|"
                    r"recién|solo|sólo)\s+(?=\S)", re.I)


def uncaused(text: str) -> str:
    """A clause without the reason before its event and the "only" before its day ("" when it has none)."""
    m = _CAUSE.match(text.strip())
    return f"{m.group('event')} {text.strip()[m.end():]}" if m else ""

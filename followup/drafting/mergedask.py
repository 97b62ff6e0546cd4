"""The questions one sentence joins ("Is this possible and what is the price then?", "Geht das und was kostet es
dann?", "C'est faisable et à quel prix ?", "¿Es posible y cuánto costaría?"): each part read on its own, so that a part
pointing back at what came before ("is this possible") is seen, though the whole runs long."""
from __future__ import annotations

import re

# A coordinator that starts a new question: "and"/"or" (und, oder, et, ou, y, o) followed by a question word or an
# inverted verb ("and what", "and could you", "und wann", "et quel", "y cuánto").
_JOINED = re.compile(
    r",?\s+(?:and|or|und|oder|et|ou|y|o)\s+(?=(?:what|when|which|how|who|where|why|is|are|can|could|would|will|do|"
    r"does|did|should|was|wann|wie|welche[rsnm]?|wo|wer|warum|gibt|geht|ist|sind|kann|können|könnten|muss|"
    r"quel(?:le)?s?|quand|comment|combien|où|pourquoi|est-ce|peut-on|pouvez-vous|à quel|"
    r"qué|cuándo|cuánto|cuánta|cuántos|cuál|cómo|dónde|por qué|hay|se puede|pueden|podéis|puede)\b)", re.I)


def merged_parts(q: str) -> list[str]:
    """The questions a sentence joins, in order; the sentence alone where it joins none."""
    parts = [p.strip(" ,?¿") for p in _JOINED.split(q)]
    return [p for p in parts if p] or [q]

"""A list whose lead-in is the asking itself ("Pouvez-vous :" then "- livrer le vendredi 1er septembre",
"- nous envoyer le contrat"): each item is a request or question of its own with the lead-in put back before it
("Pouvez-vous livrer le vendredi 1er septembre ?"), never the lead-in alone as a question nor the items run together."""
from __future__ import annotations

import re

# A lead-in that only asks, ending a line on its colon, in the four languages; a request frame ("please", "merci de")
# makes each item a request, a question frame a question.
_FRAME = re.compile(r"(?:^|(?<=[.!?])\s+)(?P<frame>¿?\s*(?:(?:and |also |so )?(?:can|could|would|will) you(?: please| also)*|"
                    r"please(?: also)?|(?:und |auch )?(?:können|könnten|würden) Sie(?: bitte| uns| mir| auch| noch)*|"
                    r"bitte(?: noch)?|(?:et |aussi )?(?:pouvez|pourriez)-vous(?: aussi| svp| s'il vous plaît)*|"
                    r"merci de|(?:y |también )?(?:podéis|podríais|puede|podría|pueden|podrían|puedes|podrías)"
                    r"(?: por favor| también)*|por favor))\s*:\s*$", re.I)
_REQUEST_FRAME = re.compile(r"^(?:please|bitte|merci de|por favor)\b", re.I)


def asked_per_item(lead: str, items: list[str]) -> tuple[str, list[str]] | None:
    """The lead line without its asking lead-in, and each item asked with it; None when the lead-in is no asking."""
    m = _FRAME.search(lead)
    if m is None or not items:
        return None
    frame = m.group("frame").strip()
    mark = "." if _REQUEST_FRAME.match(frame.lstrip("¿ ")) else "?"
    spanish = frame.startswith("¿") or re.match(r"(?:y |también )?(?:pod|pued)", frame, re.I)
    opening = "¿" + frame.lstrip("¿ ") if spanish and mark == "?" else frame
    asked = []
    for item in items:
        core = item.strip().rstrip("?.!;, ").lstrip("¿ ")
        if not core:
            continue
        core = core[:1].lower() + core[1:] if core[1:2].islower() else core
        asked.append(f"{opening} {core}{mark}")
    return lead[:m.start()].rstrip(), asked


__all__ = ["asked_per_item"]

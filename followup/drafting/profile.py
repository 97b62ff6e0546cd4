"""The pieces of a follow-up every composer shares: who signs it, the subject, the customer's first name.

The follow-up itself is composed by followup.drafting.composition from the conversation state (followup.drafting.conversation).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from followup.drafting.names import given_name

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "mx", "sir", "pfarrer", "pfr", "pastor", "herr", "frau"}


@dataclass(frozen=True)
class RepProfile:
    """The rep who signs the draft."""

    name: str
    email: str
    signature: str
    sign_off: str = ""  # the rep's own closing line ("Best,", "Cordialement,"); "" leaves it to the composer


def reply_subject(thread_subject: str) -> str:
    """"Re: <subject>" with any existing reply/forward prefixes folded into one."""
    core = re.sub(r"^\s*(?:(?:re|aw|sv|fwd?|fw)\s*(?:\[\d+\])?\s*:\s*)+", "", thread_subject or "", flags=re.I).strip()
    return f"Re: {core}" if core else "Re: our conversation"


def first_name(display_name: str) -> str | None:
    """The customer's first name from a display name ("Lopez, Maria" -> "Maria"), or None if unknown."""
    name = (display_name or "").strip().strip("\"'")
    if not name or "@" in name:
        return None
    if "," in name:
        name = name.split(",", 1)[1].strip() or name.split(",", 1)[0]
    parts = [p for p in name.split() if p.lower().rstrip(".") not in _TITLES]
    if not parts or not re.fullmatch(r"[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*", parts[0]):
        return None
    # "Nguyễn Văn Hải" is called Hải, "Nagy Péter" Péter: a family name first is no first name
    first = (given_name(parts) if "," not in (display_name or "") else None) or parts[0]
    return first[0].upper() + first[1:] if first.islower() else first


def grounding_texts(*, customer_name: str, customer_email: str, rep: RepProfile) -> tuple[str, ...]:
    """The profile texts a draft may draw on beyond the sources: the rep's profile and the customer's own name."""
    return (rep.name, rep.email, rep.signature, rep.sign_off, customer_name or "", customer_email or "")

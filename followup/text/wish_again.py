"""A customer who points back at a wish they wrote before: "I meant what I wrote last time", "Still true, see below".

The quoted reply's wish is read again and offered as a possible wish, never applied at once: the pointer may be to
anything in the quoted thread.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from followup.text.wish_base import DNC, PAUSED, PREFERENCE, QUIET, Wish, sentence_offsets, wish_kind
from followup.text.wish_optout import do_not_contact
from followup.text.wish_others import someone_elses_below

# the customer points back at what they wrote before: "I meant what I wrote last time", "see below", "as I said"
_REAFFIRM = re.compile(r"\b(?:I|we)\s+meant\s+(?:what|every\s+word)|\bas\s+(?:I|we)\s+(?:said|wrote|asked)\b|"
                       r"\b(?:see|read)\s+(?:below|my\s+(?:last|previous|earlier)\s+(?:e-?mail|message|reply|note))\b|"
                       r"\b(?:still\s+stands|I\s+(?:already|have\s+already|'ve\s+already)\s+(?:said|asked|told))\b", re.I)
_OWN_QUOTE = re.compile(r"^>(?![ \t]*>)[ \t]?(.*)$", re.M)  # one level of quoting: the customer's own earlier reply


def reaffirmed_opt_out(text: str, quoted: str = "") -> Wish | None:
    """A possible opt-out where the new text points back at an opt-out the customer wrote in the quoted reply (in
    ``quoted``, the message's quoted part, or in ``text`` itself when the quote was left in it)."""
    own = "\n".join(m.group(1) for m in _OWN_QUOTE.finditer(quoted or text or ""))
    new = text.split("\n>", 1)[0]
    point = _REAFFIRM.search(new) if own and not someone_elses_below(new) else None
    if point and any(do_not_contact(s, o, own) for o, s in sentence_offsets(own)):
        return Wish(DNC, text[point.start(): point.end()], certain=False)
    return None


# the customer says their quoted wish still holds: "Still true, see below", "what I wrote below still stands" (not
# "see below" alone, which points at any quoted thread)
_STILL_SO = re.compile(r"\b(?:still\s+(?:true|stands|holds|applies|valid|the\s+case)|as\s+(?:I|we)\s+(?:said|wrote|asked)|"
                       r"(?:I|we)\s+meant\s+(?:what|every\s+word))\b", re.I)


# the quoted reply's own header ("On Tue, 3 Nov 2026, Amara Eze wrote:"), which would end the text read at its top
_WROTE = re.compile(r"\b(?:wrote|schrieb|a\s+[ée]crit|escribi[óo]|ha\s+scritto|escreveu|schreef)\s*:\s*$", re.I)


def reaffirmed(text: str, quoted: str, wishes: list[Wish], read: Callable[[str], list[Wish]]) -> list[Wish]:
    """Possible wishes of the customer's own quoted reply (read by ``read``) the new text says still hold, of kinds
    ``wishes`` does not have."""
    if not _STILL_SO.search(text.split("\n>", 1)[0]):  # (asked first: the cheaper test, and most mail fails it)
        return []
    own = "\n".join(m.group(1) for m in _OWN_QUOTE.finditer(quoted or text or "") if not _WROTE.search(m.group(1)))
    if not own:
        return []
    known = {wish_kind(w) for w in wishes}
    return [replace(w, certain=False) for w in read(own)
            if w.certain and w.kind in (PAUSED, QUIET, PREFERENCE) and wish_kind(w) not in known]

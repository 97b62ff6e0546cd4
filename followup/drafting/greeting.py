"""The greeting of a draft: the line the rep last opened an email to this customer with, where there is one.

A rep who wrote "Sehr geehrter Herr Petersen," or "Dear Mr Banda," keeps that register in the next email; a draft
that greets the same customer with "Hallo Jens," or "Hi Chikondi," has to be rewritten before it is sent. Where the
rep never wrote to the customer (a prospect known from a call note), the draft greets by first name in the rep's
habit (`voice.py`).
"""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.sentences import Source

# A greeting is a short line of its own; a longer first line is the message itself ("Sr. Briceño: 780 m² ...").
MAX_GREETING_WORDS = 6

_OPENER = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings|kia ora|namaste|"
    r"hallo|guten (?:tag|morgen|abend)|liebe[rs]?|sehr geehrte[rs]?|grüß gott|grüezi|moin|servus|"
    r"bonjour|bonsoir|salut|chère?s?|madame|monsieur|"
    r"hola|estimad[oa]s?|buen(?:os|as) (?:días|tardes|noches)|apreciad[oa])\b", re.I)
_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|dr|prof|sir|madam|herr|frau|m|mme|mlle|madame|monsieur|sr|sra|srta|don|doña|"
                    r"ing|lic|arq)\.?[,:!]?$", re.I)


def _names(text: str) -> list[str]:
    """The words of a greeting that may name someone: letters, not a title ("Dear Mr. Matsumoto," -> Matsumoto)."""
    return [w for w in re.findall(r"[^\W\d_][\w'’-]*\.?", text) if not _TITLE.match(w)]


def is_greeting(line: str, customer_name: str) -> bool:
    """Whether a first line greets this customer on its own line: a greeting word or only the customer's name (with
    titles), then , : or !; any name in it is one of the customer's (not a colleague the rep wrote to)."""
    text = line.strip()
    if not text or len(text.split()) > MAX_GREETING_WORDS or re.search(r"\d", text):
        return False
    bare = " ".join(w for w in text.rstrip(",:!").split() if not _TITLE.match(w))
    if re.search(r"[.?;]", bare):
        return False  # a sentence has begun ("Sr. Briceño: 780 m² ...", "Thanks. See below")
    if not bare:
        return True  # "Madame,", "Sir,": a title alone
    opener = _OPENER.match(bare)
    rest = _names(bare[opener.end():] if opener else bare)
    own = {w.lower().rstrip(".") for w in re.findall(r"[^\W\d_][\w'’-]*", customer_name or "")}
    named = [w for w in rest if w[0].isupper()]
    if not named:
        # "Dear Sir," / "Madame," keep the rep's formal register; a bare "Hello," where a name is known does not
        return bool(opener) and (not own or any(_TITLE.match(w) for w in text.rstrip(",:!").split()))
    return not own or any(w.lower().rstrip(".") in own for w in named)


def rep_greeting(sources: Sequence[Source], customer_name: str) -> str:
    """The greeting line of the rep's newest email to the customer that opens with one, or "" when there is none."""
    for src in sorted(sources, key=lambda s: s.at, reverse=True):
        if src.kind != "message" or src.direction != "outbound":
            continue
        first = next((ln.strip() for ln in (src.text or "").splitlines() if ln.strip()), "")
        if is_greeting(first, customer_name):
            return first
    return ""

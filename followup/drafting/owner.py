"""Whose a stated preference is: a call time or channel belongs to the person who stated it.

A chairman who signs "(ehrenamtlich, daher abends erreichbar)" or a call note "Tel. Hr. Hämmerli ... Anrufe am
liebsten abends" says how *that* person wants to be reached; a draft to the club's treasurer who wrote last does not
offer her an evening call. Read only where the customer's own name signs one of their emails, so the names compared
are the ones the customer writes (a customer stored under a company name keeps every preference).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.names import NOTE_TITLE, is_own_name, name_words
from followup.drafting.people import signer
from followup.drafting.sentences import Source

# A person a call note is about, named with a title ("Tel. Hr. Hämmerli", "Call with Mrs Okafor", "Appel M. Diop").
_TITLED = re.compile(rf"(?<![\w.]){NOTE_TITLE}\s+(?P<n>[A-ZÀ-ÝŁŚŻĆŃŞŠŽČŘĞİ][\w'’-]+)")


def _same(name: str, own: set[str]) -> bool:
    """Whether a name shares a word (or a short form of one) with the customer's name."""
    return any(is_own_name(w, own) for w in name_words(name))


# A note's sentence whose subject is a person by name ("Jess prefers calls before noon", "Hr. Benz möchte abends").
_SAYS = re.compile(rf"^(?:{NOTE_TITLE}\s+)?"
                   # a pronoun is the customer as the note speaks of them ("He prefers email", "Er will", "Ella")
                   r"(?!(?:He|She|They|Er|Sie|Il|Elle|Ils|Elles|Él|Ella|Ellos|Ellas|Customer|Client|Kunde|Kundin)\b)"
                   r"(?P<n>[A-ZÀ-Ý][\w'’-]+)\s+(?:prefers?|wants?|"
                   r"likes?|asks?|would like|möchte|will|bevorzugt|hätte gern|préfère|souhaite|veut|aimerait|"
                   r"prefiere|quiere|pide)\b")


def _stater(src: Source, own: set[str], quote: str = "") -> str:
    """Who a source speaks for: an email's signer; in a call note, the person the sentence names as its subject,
    else the one person the note names with a title where it names no one else; "" when unknown."""
    if src.kind == "message" and src.direction == "inbound":
        return signer(src.text or "")
    if src.kind == "note" and (m := _SAYS.match(quote.strip())):
        return m.group("n")
    if src.kind == "note":
        named = {m.group("n") for m in _TITLED.finditer(src.text or "")}
        if len(named) == 1 and not name_words(src.text) & own:
            return named.pop()
    return ""


def owned_preferences(items: Sequence[Item], sources: Sequence[Source], customer_name: str) -> list[Item]:
    """The items with each open preference stated by someone other than the customer (and other than the writer of
    the newest email) closed (status "superseded", by its own source), where the customer signs an email of their own."""
    own = name_words(customer_name)
    if len(own) < 2 or not any(s.kind == "message" and s.direction == "inbound" and _same(signer(s.text or ""), own)
                               and signer(s.text or "") for s in sources):
        return list(items)
    by_id = {(s.kind, s.id): s for s in sources}
    # the one who wrote the newest email is the one the draft answers: their own wish holds
    newest = signer(max((s for s in sources if s.kind == "message" and s.direction == "inbound"),
                        key=lambda s: s.at).text or "")
    out = []
    for item in items:
        src = by_id.get((item.source_kind, item.source_id))
        if item.kind == "preference" and item.status == "open" and src is not None:
            who = _stater(src, own, item.quote)
            if who and not _same(who, own) and not (newest and _same(who, name_words(newest))):
                item = replace(item, status="superseded", by=f"{item.source_kind}:{item.source_id}")
        out.append(item)
    return out

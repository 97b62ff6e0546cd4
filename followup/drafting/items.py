"""The conversation state's data: one open point (Item) with its source, and the State a draft restates."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime

KINDS = ("question", "request", "commitment", "term", "next_step", "constraint", "preference", "answer", "appointment",
         "feature", "standing", "missing", "order", "payment", "callback")
IMPLIED = "implied"  # the kind of a slot's item for a price a change of terms owes, which the customer never asked


@dataclass(frozen=True)
class Person:
    """Someone on the customer's side other than the customer: their name as written, whether they wrote themselves
    (else the customer passed their question on), whether they write formally, and their gender when said."""

    name: str
    wrote: bool
    formal: bool = False
    female: bool | None = None


@dataclass(frozen=True)
class Item:
    """One open point of the conversation, restated in the rep's words, with the span it came from."""

    kind: str
    text: str  # restated for the customer ("you need to close before Dec 15"); "" when not restatable
    quote: str
    source_kind: str
    source_id: int
    at: datetime
    direction: str
    due: datetime | None = None
    when: str = ""  # the due date restated against the draft's day ("on Thursday", "today"), "" if none or past
    status: str = "open"  # open | answered | kept | superseded | past
    by: str = ""  # "note:7" / "message:12": the source that answered, kept or superseded it (an order: the offer)
    internal: bool = False  # a call-note aside: may answer or keep, is never said to the customer
    hidden: str = ""  # a colleague named in the quote: never said, the rest of the quote may be
    context: str = ""  # a customer's question: their own sentence before it (askedafter.py)
    asker: Person | None = None  # the colleague whose question or request it is, where it is not the customer's

    def as_dict(self) -> dict:
        """A JSON-able form for storage, `drafts explain --json` and the draft page."""
        data = asdict(self)
        data["at"] = self.at.isoformat()
        data["due"] = self.due.isoformat() if self.due else None
        data["source"] = {"kind": self.source_kind, "id": self.source_id, "quote": self.quote}
        return data


@dataclass(frozen=True)
class State:
    """The conversation state a draft restates."""

    items: tuple[Item, ...]
    language: str
    today: date
    last: dict  # the last real interaction: {"kind": "call"|"email"|"meeting", "direction", "when", "source"}
    topic: str = ""  # a call note's topic, for the subject of a conversation that starts from a note
    tz: str = ""
    name: str = ""  # the customer's first name from a call header ("Call with Dana"), when none is stored
    greeting: str = ""  # the rep's own greeting line in their newest email to the customer ("Dear Mr Banda,")
    sign_off: str = ""  # the rep's own sign-off in their newest email to the customer ("Yours faithfully,")
    formal: bool = False  # the thread is written formally ("Dear Dr. Mensah," ... "Kind regards,"): frame.py
    back: bool = False  # the customer's out-of-office reply to the rep's newest email, their return day come
    away: bool = False  # the newest email is a colleague's, the customer being away: only the writer is greeted
    caller: Person | None = None  # the newest source is a call with a colleague the customer named: they are greeted
    notes: tuple[str, ...] = ()  # the call notes' text, internal parts cut: the questions asked on a call (asked.py)
    checking: tuple[str, ...] = ()  # the rep's promises to find out, unanswered since: their slots say so

    def open(self, *kinds: str) -> list[Item]:
        """The open items of the given kinds, oldest first."""
        return [i for i in self.items if i.status == "open" and (not kinds or i.kind in kinds)]

    def as_dict(self) -> dict:
        """A JSON-able form: open items, closed items with what closed them, language and last interaction."""
        return {"language": self.language, "today": self.today.isoformat(), "timezone": self.tz,
                "last_interaction": self.last,
                "topic": self.topic, "open": [i.as_dict() for i in self.items if i.status == "open"],
                "closed": [i.as_dict() for i in self.items if i.status != "open"]}

"""An email a customer forwards inside their own and endorses ("see below from my son. I'm good with it", "siehe
unten die Mail unseres Einkaufs", "voir ci-dessous", "ver abajo lo que pide el chef", "as per Kyle's email below"):
the first forwarded message's body, as its sender's words, when that sender is not on the rep's side.

Read from the stored split (new text, quoted text) only: what sync stores and what wishes read stay as they are. The
rep's own quoted email, or a colleague's of the rep (the rep's address or domain), is never returned: the draft must
not echo the rep's own words back as the customer's."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from followup.text.replies import ADDRESS_RE, ATTRIBUTION_RE, FROM_FIELD_RE, OTHER_FIELD_RE, SEPARATOR_RE, is_quote

# The customer pointing at the forwarded text below their own, per language: "see below", "below from", "forwarding",
# "siehe unten", "weitergeleitet", "voir ci-dessous", "je vous transfère", "ver abajo", "te reenvío". A closed class
# of pointing words, never what is asked.
_ENDORSES = re.compile(
    r"\b(?:below|underneath|beneath|forward(?:s|ed|ing)?|fwd|passing (?:this |it )?(?:on|along)|"
    r"unten|untenstehend\w*|weitergeleitet\w*|weiterleite\w*|leite\w* [^.\n]{0,60}\bweiter|"
    r"ci-dessous|ci-après|plus bas|en dessous|transf[èé]r\w*|fais suivre|fait suivre|"
    r"abajo|debajo|reenv[ií]\w*|te paso|le paso)\b", re.I)
# A header field of any language under a From field ("Assunto:", "Enviado el:"): a short label and a colon.
_FIELD = re.compile(r"^\W{0,3}[^\W\d_][\w.-]*(?:\s[\w.-]+){0,2}\s*\*?\s*[:：]")
# A sender given as a name before an address or alone: "Kyle Vorhees <kyle@...>", "Chef Íñigo Sanz", "Ulrike Haas".
_NAME = re.compile(r"^[\"'\s]*([^<>\"@,(\[]+?)[\"'\s]*(?:[<(\[]|$)")


@dataclass(frozen=True)
class Forwarded:
    """The forwarded message's sender and its own lines (no header, no older quote under it)."""

    name: str
    address: str
    body: str


def endorsed_forward(new_text: str, quoted_text: str, own: Iterable[str]) -> Forwarded | None:
    """The message the new text points the rep to below it, unless its sender is one of `own` (the rep's addresses)
    or shares their domain; None when the new text points at nothing or the first quoted message is the rep's."""
    if not new_text or not quoted_text or not _ENDORSES.search(new_text):
        return None
    own = {a.strip().lower() for a in own if a and "@" in a}
    domains = {a.rsplit("@", 1)[1] for a in own}
    head, body = _first_message(quoted_text)
    if not head or not body:
        return None
    address = next(iter(ADDRESS_RE.findall(head)), "").lower()
    name = _sender_name(head)
    if not address and not name:
        return None
    if address and (address in own or address.rsplit("@", 1)[1] in domains):
        return None  # the rep's own email, or a colleague's of the rep: their side's words, never said back
    if not _personal(name, address):
        return None  # an office's notice ("Road Closures Office <roadclosures@...>"): news, not a colleague's asks
    return Forwarded(name=name, address=address, body=body)


def replied_body(new_text: str, quoted_text: str, own: Iterable[str]) -> str:
    """The body of the email a reply quotes first below it when that email is the rep's: sent from one of `own` or
    their domain, or an attribution naming no address under a reply that points at no forward ("Am 07.06. schrieb
    Jannik Brandt:"); "" otherwise. The rep's own greeting to the customer is read from it (drafting/greeting.py)."""
    if not quoted_text:
        return ""
    head, body = _first_message(quoted_text)
    if not head or not body:
        return ""
    own = {a.strip().lower() for a in own if a and "@" in a}
    address = next(iter(ADDRESS_RE.findall(head)), "").lower()
    if address:
        return body if address in own or address.rsplit("@", 1)[1] in {a.rsplit("@", 1)[1] for a in own} else ""
    return "" if _ENDORSES.search(new_text or "") else body


def replied_header(quoted_text: str, own: Iterable[str], names: Iterable[str] = ()) -> str:
    """The header of the email a reply quotes first below it (its attribution line, or its header block's fields)
    when that header names the rep: one of `own` addresses or their domain, or every word of one of `names`; ""
    otherwise. Unlike replied_body, an attribution naming nobody of the rep's is not taken for theirs: what it says
    becomes terms and promises (drafting/quotedrep.py), not only a greeting."""
    head, body = _first_message(quoted_text or "")
    if not head or not body:
        return ""
    own = {a.strip().lower() for a in own if a and "@" in a}
    address = next(iter(ADDRESS_RE.findall(head)), "").lower()
    if address:
        mine = address in own or address.rsplit("@", 1)[1] in {a.rsplit("@", 1)[1] for a in own}
    else:
        said = set(re.findall(r"[a-z]+", _fold(_sender_name(head) or head)))
        mine = any(words and words <= said for words in (set(re.findall(r"[a-z]+", _fold(n))) for n in names))
    if not mine:
        return ""
    lines = quoted_text.split("\n")
    start = next((i for i, ln in enumerate(lines) if ln.strip() and not SEPARATOR_RE.match(ln) and not _RULE.match(ln)),
                 0)
    block = []
    for line in lines[start:start + MAX_HEADER_LINES]:
        if not line.strip():
            break
        block.append(line.strip())
    return "\n".join(block) if head in block else head


# Lines a quoted email's header block runs to at most (From, Sent, To, Cc, Subject and a wrapped one).
MAX_HEADER_LINES = 6


def _fold(text: str) -> str:
    """Lower case without accents ("Íñigo" -> "inigo")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _personal(name: str, address: str) -> bool:
    """Whether a sender is a person: their mailbox's name holds a word of their name ("Kyle Vorhees <kyle@...>",
    "Kevin Walsh <kwalsh@...>"); a name alone, with no address, is taken as one."""
    if _UNIT.search(name):
        return False
    if not address:
        return bool(name)
    local = re.sub(r"[^a-z]", "", _fold(address.split("@", 1)[0]))
    return any(len(w) >= MIN_NAME_LETTERS and w in local for w in re.findall(r"[a-z]+", _fold(name)))


# A sender that names a unit of an organisation, not a person ("Road Closures Office", "Claims Desk", "Service client").
_UNIT = re.compile(r"\b(?:office|desk|team|department|dept|service|services|support|centre|center|helpdesk|info|admin|"
                   r"no-?reply|büro|abteilung|kundendienst|bureau|équipe|secrétariat|oficina|equipo|departamento|"
                   r"atención)\b", re.I)
MIN_NAME_LETTERS = 3  # a word of a sender's name found in their mailbox's name has at least this many letters
# Share of a forwarded body's words another email of the thread already holds: that email is a source of its own.
HELD_SHARE = 0.6


def endorsed_text(new_text: str, quoted_text: str, own: Iterable[str], elsewhere: Iterable[str] = ()) -> str:
    """The new text with the endorsed forwarded message's body below it, as drafting reads a customer's email; the new
    text alone when nothing is endorsed or the thread already holds that message (`elsewhere`: its other emails)."""
    fwd = endorsed_forward(new_text, quoted_text, own)
    if fwd is None:
        return new_text
    words = set(re.findall(r"[^\W\d_]{3,}", fwd.body.lower()))
    if not words or any(len(words & set(re.findall(r"[^\W\d_]{3,}", t.lower()))) >= HELD_SHARE * len(words)
                        for t in elsewhere):
        return new_text
    body = own_words(fwd.body)
    if not body:
        return new_text
    # above the customer's own closing ("Dale", "Regards,\nTunde"): their name is still what ends their email
    lines = new_text.rstrip().split("\n")
    end = len(lines)
    while end > 1 and _closing_line(lines[end - 1]) \
            and sum(bool(ln.strip()) for ln in lines[end:]) < MAX_CLOSING_LINES:
        end -= 1
    head, closing = "\n".join(lines[:end]).rstrip(), "\n".join(lines[end:]).strip()
    return f"{head}\n\n{body}" + (f"\n\n{closing}" if closing else "")


# A line of a closing: a farewell word, or a short line with no sentence end (a name, a role, a phone number).
_CLOSING_LINE = re.compile(r"^(?:(?:kind |best |warm )?regards|thanks|thank you|cheers|best|viele grüße|mit freundlichen "
                           r"grüßen|(?:freundliche |beste |liebe )?grüsse|cordialement|bien à vous|saludos|un saludo|"
                           r"atentamente)\b.{0,40}$|^[^.?!:\n]{0,60}$", re.I)
# A title shortened before a name in a signature ("Mtra. Daniela Garza", "Dr. Weber", "Ing. Quispe"): no sentence end.
_TITLE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]{0,3}\.(?=\s+[A-ZÀ-Ý])")


def _closing_line(line: str) -> bool:
    """Whether a line belongs to a closing (a farewell, a name with its title, a role, a number)."""
    return bool(_CLOSING_LINE.match(_TITLE.sub("", line.strip())))


MAX_CLOSING_LINES = 6  # a closing runs no longer than a farewell, a name, a role, a company and two numbers
# A greeting line alone ("Dear Mr Corlett,", "Bonjour Véronique,") or a vocative opening the text ("Dad - ", "Ed, ",
# "Lucía, "): words to the forwarder, not to the rep.
_GREETING_LINE = re.compile(r"^\s*(?:[^\W\d_][\w.'’-]*\s+){0,3}[^\W\d_][\w.'’-]*\s*[,:!]?\s*(?:\n|$)")
_VOCATIVE = re.compile(r"^\s*(?:(?:hi|hello|hey|dear|hallo|liebe[rs]?|bonjour|salut|hola|buenas)\s+)?"
                       r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?\s*(?:,|:|\s[-–—])\s+", re.I)
# The writer's initial or first name after their last sentence ("... close the gym. K", "... valider. Marc").
_TRAILING_NAME = re.compile(r"(?<=[.!?])\s+[A-ZÀ-Ý][\w.'’-]{0,15}\s*$")


# A line break a quoting mailer put inside a sentence ("we bring two\ncellos", "stop in Kolding both ways to\npick up"):
# a line that ends on no sentence mark, and the next one going on in lower case.
_WRAPPED = re.compile(r"(?<=[^\s.?!:;])[ \t]*\n(?=[a-zà-ÿ])")


def own_words(body: str) -> str:
    """A forwarded message's body without its greeting to the forwarder and its closing (their name, farewell)."""
    text = body.strip()
    if _GREETING_LINE.match(text) and "\n" in text:
        text = text.split("\n", 1)[1].strip()
    text = _VOCATIVE.sub("", text, count=1)
    lines = text.split("\n")
    while len(lines) > 1 and _closing_line(lines[-1]):
        lines.pop()
    text = _TRAILING_NAME.sub("", "\n".join(lines).strip())
    text = _WRAPPED.sub(" ", text)
    text = re.sub(r"\s*(?:kind |best )?regards\b[^.?!]*$", "", text, flags=re.I)  # a farewell run into the text
    return text.strip() if re.search(r"[.?!]", text) else ""


# Up to an attribution's time, with seconds and a zone ("On Monday, May 20, 2030, 05:02:17 PM GMT+4, ").
# A numeric zone ("21:03:44 -0600", Zoho's "---- El dom, ... -0600 Rodrigo Ibarra <...> escribió ----") is one too.
_ATTRIBUTION_TIME = re.compile(r"^.*?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s*(?:GMT|UTC)\s*[+-]?\d{0,4}(?::\d{2})?|"
                               r"\s+[+-]\d{4}\b)?\s*,?\s*", re.I)
# The verb of writing around a sender's name in an attribution, per language.
_WROTE_WORDS = re.compile(r"^(?:schrieb|escribió)\s+|\s+(?:wrote|schrieb|a écrit|escribió)\s*:?\s*-*\s*$", re.I)


def _sender_name(head: str) -> str:
    """The sender's name of a From field or an attribution line ("On <date>, Kyle Vorhees <k@x> wrote:")."""
    field = FROM_FIELD_RE.match(head)
    who = head[field.end():] if field else _ATTRIBUTION_TIME.sub("", head)
    # "Marc Favre a écrit :", "schrieb Marion Gräf:": the verb of writing is no part of the name
    who = _WROTE_WORDS.sub("", who.strip()).strip(" :")
    m = _NAME.match(who.strip())
    name = m.group(1).strip() if m else ""
    return "" if re.search(r"\d|\b(?:wrote|schrieb|écrit|escribió)\b", name, re.I) else name


# A bare rule line a mailer draws above a quoted header block (Outlook's "________________________________"): no label,
# so SEPARATOR_RE does not read it; it opens the quoted message or ends the one above it.
_RULE = re.compile(r"^\s*(?:_{8,}|-{8,})\s*$")
MAX_FIELDS_BEFORE_FROM = 3  # header fields a mailer puts above its From field ("Gesendet:", "Datum:")


def _from_field_below(lines: list[str], start: int) -> int | None:
    """The index of the From field a header block opening at `start` with other fields names, or None."""
    j = start
    while j < len(lines) and j - start < MAX_FIELDS_BEFORE_FROM and OTHER_FIELD_RE.match(lines[j]):
        j += 1
    return j if j > start and j < len(lines) and FROM_FIELD_RE.match(lines[j]) else None


# A header block some mailers write without colons under their "Original Message" line (eM Client: 'From "Lee Soo-jin"
# <soojin@...>', 'To ...', 'Date 03/12/2031 16:22', 'Subject RE: ...'): its From line names the sender.
_BARE_FROM = re.compile(r"^\s*(?:from|von|de|da)\s+(?P<who>\"[^\"]+\"\s*<[^<>\s]+@[^<>\s]+>|\"[^\"]+\"|<[^<>\s]+@[^<>\s]+>)\s*$",
                        re.I)
_BARE_FIELD = re.compile(r"^\s*(?:to|cc|date|subject|sent|an|datum|betreff|à|objet|para|fecha|asunto)\s+\S", re.I)
# An attribution drawn as a rule line ("---- Le jeu., 04 déc. 2031 08:12 +0100 Damien <d@x> a écrit ---", Zoho): the
# message under it may be written out plainly, not '>'-quoted.
_RULED_ATTRIBUTION = re.compile(r"^\s*-{2,}\s.*\s-{2,}\s*$")


def _first_message(quoted_text: str) -> tuple[str, str]:
    """The first quoted message's sender line (its From field or attribution) and its own body lines."""
    lines = quoted_text.split("\n")
    i = 0
    while i < len(lines) and (not lines[i].strip() or SEPARATOR_RE.match(lines[i]) or _RULE.match(lines[i])):
        i += 1
    if i == len(lines):
        return "", ""
    # a header block that opens with its date ("Gesendet: ...", "Sent: ...", "Enviado: ...") and names the sender
    # after it (web mailers): its From field is the sender line all the same
    i = _from_field_below(lines, i) or i
    head = lines[i].strip()
    bare = _BARE_FROM.match(lines[i]) if i > 0 and SEPARATOR_RE.match(lines[i - 1]) else None
    if bare:
        head = f"From: {bare.group('who')}"
        i += 1
        while i < len(lines) and _BARE_FIELD.match(lines[i]):
            i += 1
        quoted = False
    elif FROM_FIELD_RE.match(lines[i]):
        i += 1
        while i < len(lines) and (OTHER_FIELD_RE.match(lines[i]) or _FIELD.match(lines[i])):
            i += 1
        quoted = False
    elif ATTRIBUTION_RE.match(head):
        i += 1
        below = next((ln for ln in lines[i:] if ln.strip()), "")
        quoted = not _RULED_ATTRIBUTION.match(head) or is_quote(below)
    else:
        return "", ""
    body: list[str] = []
    first = next((ln for ln in lines[i:] if ln.strip()), "")
    # a mailer that quotes by indenting, not by '>' ("On Monday, ... wrote:\n\n Omar, ask them ..."): its indented
    # lines are the quoted message
    indented = quoted and not is_quote(first) and first[:1] in (" ", "\t")
    for k, line in enumerate(lines[i:], i):
        if not quoted and _from_field_below(lines, k):
            break  # an older message's header that opens with its date: not the forwarded sender's words
        if indented and line.strip() and line[:1] not in (" ", "\t"):
            break
        if quoted and not indented and line.strip() and not is_quote(line):
            break  # the end of the '>' block: the customer's own text again, or another message
        text = line.strip() if indented else re.sub(r"^\s*>\s?", "", line) if quoted else line
        if SEPARATOR_RE.match(text) or _RULE.match(text) or FROM_FIELD_RE.match(text) \
                or ATTRIBUTION_RE.match(text.strip()) \
                or (not quoted and is_quote(text)):
            break  # an older message under it: not the forwarded sender's words
        body.append(text)
    return head, "\n".join(body).strip("\n")


__all__ = ["Forwarded", "endorsed_forward", "endorsed_text", "own_words", "replied_body", "replied_header"]

"""Split a plain-text reply into what it newly says, the quoted part, and the signature.

Line rules in the spirit of discourse/email_reply_trimmer, written for followup (see benchmarks/bench_replies.py
for how they compare with mail-parser-reply and quotequail). When unsure a line stays in the new text:
dropping what a customer wrote is worse than keeping some quoted text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from followup.text.prefilter import fold

MAX_HEADER_LINES = 4  # an "On ... wrote:" attribution may wrap over this many lines
MAX_SIGNATURE_LINES = 12  # more lines than this after a delimiter are text, not a signature
HEADER_FIELD_WINDOW = 6  # lines after "From:" searched for a second header field
DELIMITER_LOOKAHEAD = 2  # lines after a '____' rule searched for the header block it introduces
MAX_SPLIT_CHARS = 200_000  # text beyond this is not scanned; it counts as quoted

_WROTE = (
    r"wrote|writes|schrieb|a écrit|escribió|escribio|ha scritto|scrisse|schreef|geschreven|napisał\(a\)|napisał|"
    r"napisala|написал\(а\)|написал|написала|пише|skrev|escreveu|kirjoitti|írta|napsal|yazdı|写道|寫道|wrote on"
)
# The line that opens a quoted reply ("On <date> X wrote:", "Am ... schrieb ...:").
ATTRIBUTION_RE = re.compile(
    rf"^\W{{0,6}}(on|am|le|el|il|op|em|den|dnia|w dniu|at)\s.*\d.*\b({_WROTE})\b.{{0,120}}:?\s*-*$"  # On <date> X wrote:
    rf"|^.{{0,200}}\b({_WROTE})\s*[:：]\s*$"  # <who> schrieb:, ... написал:
    rf"|^.{{0,200}}[<@].{{0,120}}\b({_WROTE})\b.{{0,80}}:\s*$"  # X <a@b> schrieb am <date>:
    rf"|^.{{0,200}}(写道|寫道)[:：]\s*$"
    r"|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ ,].{0,200}(@|<|:\s*$|\bGMT\b)"  # Gmail: 2016-03-03 17:21 GMT+01:00 X <a@b>:
    r"|^(?=.*\d).{0,160}<[^<>\s]+@[^<>\s]+\s*>\s*:\s*$",  # mail.ru, Yandex, Gmail no: <date> ... <a@b>:
    re.I,
)
# Cheap pre-check: an attribution line holds a "wrote" word, starts with a date, or ends in "<address>:" (three
# patterns, and the words looked for as plain strings first: one alternation of all three searched at every position
# of every line was the most costly part of splitting long posts)
_WROTE_WORD_RE = re.compile(rf"(?:{_WROTE})", re.I)
_WROTE_NEEDLES = tuple({fold(word) for word in re.sub(r"\\\(.\\\)", "", _WROTE).split("|")})
_DATE_START_RE = re.compile(r"\W{0,6}\d")
# An e-mail address as written in a text: the one pattern every reader of addresses uses.
ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
ADDRESS_RE = re.compile(ADDRESS)
_ADDRESS_END_RE = re.compile(r">\s*:\s*$")
# Only lines that look like the start of an attribution may be joined with the lines after them.
_ATTRIBUTION_START_RE = re.compile(r"^\W{0,6}((on|am|le|el|il|op|em|den|dnia|w dniu|at)\s.*\d|\d)|[<@]", re.I)
# A line opening with the attribution's own first word and a date ("Am 22.06.28 um 11:20 schrieb X:", "On ... wrote:",
# "Le ... a écrit :", "El ... escribió:"): complete on its own, it starts the quote itself, so a text line above it
# (an address, a figure) is never its wrapped first half. ("at" is left out: Apple Mail wraps "On 3 Jan,\nat 10:00 ...")
_ATTRIBUTION_OPENS_RE = re.compile(r"^\W{0,6}(on|am|le|el|il|op|em|den|dnia|w dniu)\s.*\d", re.I)
# A separator line before an original or forwarded message ("-----Original Message-----").
SEPARATOR_RE = re.compile(
    r"^\W*(-{2,}|_{2,}|\*)?\s*(original message|ursprüngliche nachricht|mensaje original|message d'origine|"
    r"messaggio originale|oorspronkelijk bericht|originalmeddelande|opprinnelig melding|alkuperäinen viesti|"
    r"wiadomość oryginalna|исходное сообщение|forwarded message|weitergeleitete nachricht|message transféré|"
    r"mensaje reenviado|doorgestuurd bericht|begin forwarded message|anfang der weitergeleiteten nachricht|"
    r"oprindelig (besked|meddelelse)|ursprungligt meddelande|původní zpráva|eredeti üzenet|"
    r"début du message réexpédié)\b.*$",
    re.I,
)
# The From field of a forwarded or quoted header block, in many languages.
FROM_FIELD_RE = re.compile(
    r"^\W{0,3}(from|von|de|van|od|от|från|fra|da|di|lähettäjä|feladó|kimden|発信者|差出人|发件人|"
    r"寄件者)\s*\*?\s*[:：]", re.I)
# The other fields of such a header block (Sent, To, Subject, ...), in many languages.
OTHER_FIELD_RE = re.compile(
    r"^\W{0,3}(sent|date|to|subject|cc|reply-to|gesendet|datum|an|betreff|envoyé|à|objet|enviado|fecha|para|"
    r"asunto|data|a|oggetto|inviato|risposta|verzonden|aan|onderwerp|skickat|till|ämne|sendt|til|emne|"
    r"wysłano|do|temat|отправлено|кому|тема|дата|lähetetty|vastaanottaja|aihe|gönderildi|kime|konu|tarih|"
    r"件名|宛先|送信日時|"
    r"收件人|主题|日期|发送时间)\s*\*?\s*[:：]", re.I)
_MOBILE_SIGNATURE_RE = re.compile(
    r"^\W{0,4}(sent (from|via|with|using) |get outlook for |envoyé (de|depuis|à partir de) |von meinem .*gesendet|"
    r"gesendet von |sendt fra |verzonden (met|vanaf) |enviado (desde|de) |inviato da |skickat från |"
    r"wysłane z |отправлено (с|из) |從我的 .*傳送|从我的.*发送|sent by |someone from mobile|from my iphone|"
    r"diese nachricht wurde von meinem|\(sent from|<<sent by)",
    re.I,
)
_ZERO_WIDTH = "\u1427\u200b\u200c\u200d\ufeff"  # Gmail's tracking dot and invisible spacers
_ALNUM = re.compile(r"[^\W_]")  # a character str.isalnum() accepts, found without a Python loop over the line


def is_quote(line: str) -> bool:
    """A quoted line: '>' (possibly after indentation) or '|' as some list tools write."""
    stripped = line.lstrip()
    return stripped.startswith(">") or stripped.startswith("| ") or stripped == "|"


def _is_delimiter(line: str) -> bool:
    """A line of only punctuation such as '--', '____' or '***', or Gmail's lone tracking dot."""
    stripped = line.strip()
    if not stripped or stripped.startswith("```") or is_quote(line):
        return False
    return not stripped.strip(_ZERO_WIDTH) or not _ALNUM.search(stripped)


@lru_cache(maxsize=4096)
def _may_attribute(line: str) -> bool:
    """Cheap test run before the full attribution patterns; cached because each line is seen several times."""
    if _DATE_START_RE.match(line) or _ADDRESS_END_RE.search(line):
        return True
    folded = fold(line)  # IGNORECASE's folding: a word the pattern matches is in it as a plain string
    return any(map(folded.__contains__, _WROTE_NEEDLES)) and bool(_WROTE_WORD_RE.search(line))


def _opens_attribution(line: str) -> bool:
    """Whether a line is a whole attribution that opens with its own first word and a date ("Am ... schrieb X:")."""
    stripped = line.strip()
    return bool(_ATTRIBUTION_OPENS_RE.match(stripped)) and _may_attribute(stripped) \
        and bool(ATTRIBUTION_RE.match(stripped))


def _attribution_end(lines: list[str], i: int) -> int:
    """If an 'On ... wrote:' attribution starts at line i (maybe wrapped), the index after it; else -1."""
    if not lines[i].strip():
        return -1
    seen = 0  # the first MAX_HEADER_LINES non-blank lines of the next 2 * MAX_HEADER_LINES, read until one may attribute
    for ln in lines[i:i + 2 * MAX_HEADER_LINES]:
        if ln.strip():
            if _may_attribute(ln):
                break
            seen += 1
            if seen >= MAX_HEADER_LINES:
                return -1
    else:
        return -1
    if ATTRIBUTION_RE.match(lines[i].strip()):
        return i + 1
    if not _ATTRIBUTION_START_RE.search(lines[i]):
        return -1
    joined, taken, j = lines[i].strip(), 1, i + 1
    while j < len(lines) and taken < MAX_HEADER_LINES:
        if lines[i].rstrip().endswith((".", "?", "!")) and not lines[j].strip():
            return -1  # "At a 400-pallet minimum the rate is $17.25." is a paragraph of its own, not a wrapped header
        if lines[j].strip():
            if _opens_attribution(lines[j]):
                return -1  # "...: buchhaltung@x.it" above "Am 22.06.28 um 11:20 schrieb X:": the quote starts below
            joined = f"{joined} {lines[j].strip()}"
            taken += 1
            if ATTRIBUTION_RE.match(joined):
                return j + 1
        j += 1
    return -1


def _header_block_end(lines: list[str], i: int) -> int:
    """If a forwarded/quoted header block ('From:' + another field, or '-----Original Message-----') starts at i."""
    line = lines[i].strip()
    if SEPARATOR_RE.match(line):
        return i + 1
    if ":" not in line and "\uff1a" not in line:  # every header field has its colon
        return -1
    if FROM_FIELD_RE.match(line):
        if any(OTHER_FIELD_RE.match(w.strip()) for w in lines[i + 1:i + 1 + HEADER_FIELD_WINDOW]):
            return i + 1
    elif OTHER_FIELD_RE.match(line):  # Hotmail starts with Date:; require From: and one more field below
        window = [w.strip() for w in lines[i + 1:i + 1 + HEADER_FIELD_WINDOW]]
        if any(FROM_FIELD_RE.match(w) for w in window) and sum(bool(OTHER_FIELD_RE.match(w)) for w in window) >= 1:
            return i + 1
    return -1


def _starts_quote(lines: list[str], i: int) -> bool:
    """True when line i begins quoted material: an attribution, a header block, or a delimiter before one."""
    if _attribution_end(lines, i) >= 0 or _header_block_end(lines, i) >= 0:
        return True
    if _is_delimiter(lines[i]):
        for j in range(i + 1, min(i + 1 + DELIMITER_LOOKAHEAD, len(lines))):
            if lines[j].strip():
                return _header_block_end(lines, j) >= 0
    return False


def _wraps_into_attribution(lines: list[str], i: int, first: int) -> bool:
    """True when the line just above an attribution is its wrapped first half ('pe 20. lokakuuta 2017 klo 17.50 X')."""
    above = lines[i - 1].strip()
    return (i - 1 > first and bool(above) and any(c.isdigit() for c in above)
            and above[-1] not in ".!?:" and not _opens_attribution(lines[i]) and _attribution_end(lines, i) >= 0)


def _signature_length(lines: list[str], i: int, starts_quote) -> int:
    """Lines from i that form a signature ('-- ' block or 'Sent from my...'), ending at quoted material; 0 if none."""
    if _is_delimiter(lines[i]):
        # a rule right under a text line underlines a heading or a table; only '--' may hug the text
        if i and lines[i - 1].strip() and lines[i].strip() not in ("--", "—"):
            return 0
    elif not _MOBILE_SIGNATURE_RE.match(lines[i].strip()):
        return 0
    end, body = i + 1, 0
    while end < len(lines) and not is_quote(lines[end]) and not starts_quote(end):
        if lines[end].strip() and not _MOBILE_SIGNATURE_RE.match(lines[end].strip()):
            body += 1
            if body > MAX_SIGNATURE_LINES:
                return 0  # too long for a signature: it is text, stop looking
        end += 1
    return end - i


def _join(lines: list[str]) -> str:
    """Lines back to text without leading or trailing blank lines."""
    return "\n".join(lines).strip("\n")


def split_reply(text: str) -> tuple[str, str, str]:
    """Return (new_text, quoted_text, signature) of a plain-text message body."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # cut at a line end so the overflow appended to the quoted text never glues two lines together
    cut = text.rfind("\n", 0, MAX_SPLIT_CHARS) if len(text) > MAX_SPLIT_CHARS else -1
    cut = cut if cut >= 0 else MAX_SPLIT_CHARS
    overflow = text[cut:]
    lines = text[:cut].split("\n")
    first = next((i for i, ln in enumerate(lines) if ln.strip()), len(lines))
    if first == len(lines):
        return "", overflow.strip("\n"), ""

    # Bottom-posting or a bare forward: the marker (and the quote under it) first, the new text after.
    end = _attribution_end(lines, first)
    if end < 0 and _header_block_end(lines, first) >= 0:
        end = next((i for i in range(first, len(lines)) if not lines[i].strip()), len(lines))
    if end >= 0:
        q = end
        while q < len(lines) and (is_quote(lines[q]) or not lines[q].strip()):
            q += 1
        new, quoted, signature = split_reply("\n".join(lines[q:]))
        if new:
            return new, _join(lines[first:q] + [quoted]) + overflow, signature

    # memoised: the signature scan looks ahead over lines the main loop will test again
    starts_quote = lru_cache(maxsize=None)(lambda i: _starts_quote(lines, i))
    in_code = lines[first].strip().startswith("```")
    for i in range(first + 1, len(lines)):
        if lines[i].strip().startswith("```"):
            in_code = not in_code
        if in_code:
            continue  # fenced code is never a quote or signature marker
        if starts_quote(i):
            if _wraps_into_attribution(lines, i, first):
                i -= 1
            return _trim_trailing_quote(lines[:i], lines[i:], "", overflow)
        sig = _signature_length(lines, i, starts_quote)
        if sig:
            new, signature, quoted = lines[:i], lines[i:i + sig], lines[i + sig:]
            return _trim_trailing_quote(new, quoted, _join(signature), overflow)
    return _trim_trailing_quote(lines, [], "", overflow)


def _trim_trailing_quote(new: list[str], quoted: list[str], signature: str, overflow: str) -> tuple[str, str, str]:
    """Move a '>' block that ends the new text into the quoted text, unless it is all there is."""
    end = len(new)
    while end > 0 and (is_quote(new[end - 1]) or not new[end - 1].strip()):
        end -= 1
    if any(ln.strip() and not is_quote(ln) for ln in new[:end]):
        quoted = new[end:] + quoted
        new = new[:end]
    return _join(new), (_join(quoted) + overflow).strip("\n"), signature


# A postscript opening a line: "PS:", "P.S.", "PD:" (Spanish), "NB:" — the sender still speaking below a signature.
_POSTSCRIPT_RE = re.compile(r"^\s*(?:P\.?\s?S\.?|PD|N\.?B\.?)\s*[:.\-–]?\s+\S", re.I)


def spoken_text(new_text: str, quoted_text: str, signature: str) -> str:
    """What the sender wrote themselves, for reading their wishes: the new text, a postscript below the signature,
    and lines written below a '>' quote (an interleaved or bottom reply) up to the next attribution, forwarded-message
    marker or header block. Never a quoted or forwarded line: those are someone else's words."""
    parts = [new_text]
    sig = signature.split("\n")
    ps = next((i for i, line in enumerate(sig) if _POSTSCRIPT_RE.match(line)), None)
    if ps is not None:
        parts.append(_join(sig[ps:]))
    below, seen_quote = [], False
    for line in quoted_text.split("\n"):
        if is_quote(line):
            seen_quote = True
        elif SEPARATOR_RE.match(line) or FROM_FIELD_RE.match(line) or ATTRIBUTION_RE.match(line.strip()):
            break  # another message starts here, quoted without '>' marks
        elif seen_quote:
            below.append(line)
    if _join(below):
        parts.append(_join(below))
    if _ACTS_ON_FORWARD_RE.search(new_text):  # "I am forwarding it as instructed": the forwarded words are the sender's
        parts.append(_forwarded_body(quoted_text))
    return "\n\n".join(p for p in parts if p)


# the sender forwards a message to be acted on, as their own word ("Please see below a message from our legal department.
# I am forwarding it as instructed", "on behalf of our managing director"), not a thread passed along for information
_ACTS_ON_FORWARD_RE = re.compile(
    r"\b(?:forward(?:ing|ed)?\s+(?:it|this|the\s+\w+(?:\s+below)?)\s+as\s+(?:instructed|requested|asked)|"
    r"(?:as|at\s+the)\s+(?:instructed|request)\s+(?:by|of)\s+(?:our|my)\b|"
    r"(?:see|read|note)\s+below\s+(?:a|the)\s+(?:message|request|instruction|note)\s+from\s+(?:our|my)\b|"
    r"(?:message|request|instruction|note)\s+(?:below\s+)?from\s+(?:our|my)\s+(?:\w+\s+){0,2}?(?:department|director|"
    r"manager|management|ceo|owner|board|legal|counsel|lawyers?|solicitors?)\b[^.\n]{0,40}\b(?:below|forward\w*))", re.I)


def _forwarded_body(quoted_text: str) -> str:
    """The first forwarded message's own lines: after its marker and header block, up to the next message or quote."""
    body: list[str] = []
    state = "before"  # before the marker, in its header block, in its body
    for line in quoted_text.split("\n"):
        if state == "before":
            state = "header" if SEPARATOR_RE.match(line) else state
            continue
        if state == "header":
            if not line.strip() or FROM_FIELD_RE.match(line) or OTHER_FIELD_RE.match(line):
                continue
            state = "body"
        if is_quote(line) or SEPARATOR_RE.match(line) or ATTRIBUTION_RE.match(line.strip()):
            break
        body.append(line)
    return _join(body)

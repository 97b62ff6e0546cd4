"""The register of a draft's frame, from the thread: the sign-off the rep closes their emails to this customer with,
and whether the thread is formal ("Dear Dr. Mensah," ... "Yours faithfully," or "Sehr geehrte Frau Hoffmann," ...
"Mit freundlichen Grüßen").

A reader marks "Thanks for your note ... Best," under "Dear Dr. Mensah," as written by a machine: the rep's opening,
close and sign-off keep the register the rep (or, before the rep wrote, the customer) set in the thread. The sign-off
is the rep's own line, so it grounds like every other word of theirs; only the formal framing words are fixed
(phrases.py FORMAL).
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import Sequence, TypeVar

from followup.drafting.cleaning import GREETING_LINE, SIGN_OFF
from followup.drafting.items import State
from followup.drafting.register import own_text
from followup.drafting.sentences import Source
from followup.drafting.voice import back_by
from followup.text.dates import EN_MONTH_CUTS, alternation, day_names, month_names

T = TypeVar("T")

# The lines from the end of an email's own text a sign-off may stand in (the name, firm and phone below it).
MAX_SIGN_OFF_DEPTH = 6
# A longer closing line is a sentence of that email ("Thanks again for the tour of the plant"), not a formula.
MAX_SIGN_OFF_CHARS = 40
# "Yours faithfully," is a formula; "Veuillez agréer, Madame, l'expression ..." is a sentence a draft does not repeat.
MAX_SIGN_OFF_WORDS = 4

# A sign-off that thanks for something ("Thanks,", "Merci,") belongs to that email, not to the next one.
_THANKS = re.compile(r"^(?:thanks|thank you|many thanks|danke|vielen dank|merci|gracias|muchas gracias)\b", re.I)
_FORMAL_SIGN_OFF = re.compile(
    r"^(?:(?:with )?(?:kind|best|warm)(?:est)? regards|regards|yours (?:sincerely|faithfully|truly)|sincerely|"
    r"respectfully|mit freundlichen grüßen|freundliche grüße|(?:bien )?cordialement|bien à vous|"
    r"(?:sincères|meilleures) salutations|veuillez agréer|atentamente|saludos cordiales|un cordial saludo|atte)\b",
    re.I)
_TITLED = (r"(?:mr|mrs|ms|miss|dr|prof|sir|madam|herr|frau|pfarrer|m|mme|mlle|madame|monsieur|docteur|maître|"
           r"sr|sra|srta|don|doña|ing|lic|arq)\.?")
# A formal greeting: a formal word, or any greeting word before a title ("Moin Frau Janssen,", "Hello Dr Eze,").
_FORMAL_GREETING = re.compile(
    rf"^(?:dear|sehr geehrte[rs]?|madame|monsieur|docteur|maître|estimad[oa]s?|distinguid[oa]s?|apreciad[oa]s?|"
    rf"(?:hi|hello|good (?:morning|afternoon|day)|guten (?:tag|morgen)|moin|grüß gott|bonjour|hola|"
    rf"buen(?:os|as) (?:días|tardes))\s+{_TITLED}(?=\s))", re.I)
_INFORMAL_GREETING = re.compile(r"^(?:hi|hey|hiya|morning|hallo|servus|moin|salut|coucou|hola|buenas|qué tal)\b",
                                re.I)


def _lines(src: Source) -> list[str]:
    """The non-empty lines of an email's own text."""
    return [ln.strip() for ln in own_text(src.text).splitlines() if ln.strip()]


def _sign_off(lines: list[str]) -> str:
    """The email's closing formula, as written ("Kind regards,", "Mit freundlichen Grüßen"), or ""."""
    return next((ln for ln in reversed(lines[-MAX_SIGN_OFF_DEPTH:]) if SIGN_OFF.match(ln) or (
        _FORMAL_SIGN_OFF.match(ln) and len(ln.split()) <= MAX_SIGN_OFF_WORDS)), "")


def thread_sign_off(sources: Sequence[Source]) -> str:
    """The sign-off of the rep's newest email to this customer that has a greeting or a sign-off (not a thanks), or
    "": a newer email that greets without one ("Salut Moussa, ...") has left the older "Cordialement," behind."""
    for src in sorted(sources, key=lambda s: s.at, reverse=True):
        if src.kind == "message" and src.direction == "outbound":
            lines = _lines(src)
            line = _sign_off(lines)
            if line and len(line) <= MAX_SIGN_OFF_CHARS:
                return "" if _THANKS.match(line) else line
            if lines and GREETING_LINE.match(lines[0]):
                return ""
    return ""


def _formality(src: Source) -> bool | None:
    """Whether an email is written formally (True), informally (False), or shows neither (None): its greeting
    decides ("Dear ...", a title), then its sign-off ("Kind regards", "Mit freundlichen Grüßen")."""
    lines = _lines(src)
    if not lines:
        return None
    first = lines[0]
    if _FORMAL_GREETING.match(first):
        return True
    if _INFORMAL_GREETING.match(first) and len(first.split()) <= 4:
        return False
    line = _sign_off(lines)
    return bool(_FORMAL_SIGN_OFF.match(line)) if line and not _THANKS.match(line) else None


def is_formal_thread(sources: Sequence[Source]) -> bool:
    """Whether the draft keeps a formal frame: the rep's newest email that shows a register decides; with none, the
    customer's newest email that does."""
    newest = sorted((s for s in sources if s.kind == "message"), key=lambda s: s.at, reverse=True)
    for direction in ("outbound", "inbound"):
        for src in (s for s in newest if s.direction == direction):
            formal = _formality(src)
            if formal is not None:
                return formal
    return False


def after_greeting(opening: str, greeting: str, language: str) -> str:
    """The first sentence after the greeting: a German letter goes on in lower case after "Sehr geehrte Frau
    Hoffmann," ("vielen Dank für ..."); the opening is framing ("Danke", "Ich", "Wie"), never a noun."""
    if language == "de" and greeting.rstrip().endswith(",") and re.match(r"(?:Danke|Vielen|Ich|Wie|Nochmals)\b",
                                                                           opening):
        return opening[:1].lower() + opening[1:]
    return opening


def signed_off(state: State, setting: str, habit: str, p: dict) -> str:
    """The sign-off line: the rep's own to this customer, then their setting, then (in English, in a thread that is
    not formal) the habit learned from their Sent mail, then the language's own in the thread's register."""
    if state.sign_off or setting.strip():
        return state.sign_off or setting.strip()
    return habit if state.language == "en" and not state.formal else p["sign_off"]


# A promise cut to its verb ("I'll send."), or a note's call header read as one ("Call Dr Eze." -> "I'll call you Dr
# Eze."): no sentence a rep sends.
_BARE_PROMISE = re.compile(r"^I(?:'ll| will) \w+\s*[.!]?$|^I(?:'ll| will) (?:send|email|forward|share|prepare|get)"
                           r"(?: you)?(?: (?:on|by|before) [^.,;]+)?\s*[.!]?$|"
                           r"^I(?:'ll| will) call you(?: (?:Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?))?(?: [A-Z][\w'’-]*)+\s*[.!]?$")
# A day word right after the verb is when, not what ("Send tmrw w/ COI": never "I'll send you the tomorrow").
_WHEN_WORD = (r"today|tonight|tomorrow|tmrw|tmw|later|soon|next (?:week|month)|monday|tuesday|wednesday|thursday|"
              r"friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun")
# A promise whose object lost its article ("I'll send offer.") or follows a colon ("I'll send: CE certs, ...").
_BARE_OBJECT = re.compile(r"^(I(?:'ll| will) (?:send|email|forward|share))(?:\s*:\s*|\s+(?!(?:you|the|a|an|my|our|your|"
                          rf"this|these|those|it|them|both|all|some|over|on|{_WHEN_WORD})\b)(?=[a-z]))")
# A note's "Send tmrw w/ COI": its day before the only thing named, said as the thing to send on that day.
_WHEN_WITH = re.compile(rf"^(?P<verb>I(?:'ll| will) (?:send|email|forward|share))(?: you)? (?P<when>(?:{_WHEN_WORD}))\s+"
                        r"(?:with|w/)\s+(?:the\s+)?(?P<what>[^.;,]+?)\s*(?P<end>[.!]?)$", re.I)
# A thing the rep carries or ships, named without its article in a note ("Will courier manual + bit chart Mon").
_BARE_CARRIED = re.compile(r"^(I(?:'ll| will) (?:courier|post|ship|deliver|bring|drop off|print|order))\s+(?!(?:you|the|a|"
                           rf"an|my|our|your|this|these|those|it|them|both|all|some|over|on|to|by|in|at|out|{_WHEN_WORD})"
                           r"\b)(?=[a-z])")
# A last part that ends in a note's abbreviation ("... and the arrange ref."): a sentence split inside the note.
_CUT_TAIL = re.compile(r"\s+and\s+[^,;]*\b(?:ref|incl|approx|info|est|tbc|tbd|poss|asap)\.$", re.I)


_AND = {"de": "und", "fr": "et", "es": "y"}


def said_promises(actions: list[tuple[str, T]], language: str = "en") -> list[tuple[str, T]]:
    """The rep's promises as sentences they send: a bare verb or a call header left out, an object given its
    article ("I'll send you the offer."), a note's "+" said as "and", a part cut inside a note's abbreviation dropped."""
    out: list[tuple[str, T]] = []
    for line, item in actions:
        line = _CUT_TAIL.sub(".", line.strip())
        if _BARE_PROMISE.match(line) or re.search(r"\b(?:ref|tbc|tbd)\.$", line, re.I):
            continue
        # a note's "+": "the quote + references" -> "... and the references", "Angebot + Finanzierungsvorschlag"
        line = re.sub(r"\s+\+\s+(?=[a-z])", " and the ", line) if language == "en" else re.sub(
            r"(?<=[^\W\d_])\s+\+\s+(?=[^\W\d_])", f" {_AND.get(language, 'and')} ", line)
        line = _WHEN_WITH.sub(r"\g<verb> you the \g<what> \g<when>\g<end>", line, count=1)  # "the COI tomorrow"
        line = _BARE_OBJECT.sub(lambda m: f"{m.group(1)} you the ", line, count=1)
        line = _BARE_CARRIED.sub(r"\1 the ", line, count=1)  # "I'll courier manual and ...": "the manual"
        line = line.replace("you the you ", "you ")
        out.append((line, item))
    return out


def whole_line(line: str) -> str:
    """A recap sentence as the rep sends it: an infinitive with no sentence around it ("To prepare the offer.") or a
    "noted that" with no subject ("I've noted that confirmed for 19 October.") left out, a note's "so fine" tail and
    empty aside ("(i.e.)") cut."""
    if re.fullmatch(r"To [a-z]+(?: [\w'’-]+){0,4}\.", line) or re.match(
            r"I've noted that (?:confirmed|agreed|done|ok|fine)\b", line):
        return ""
    line = re.sub(r"\s*\((?:i\.\s?e\.?|e\.\s?g\.?|ie|eg|sic|\?+)\)", "", line)  # a note's empty aside: "5% (i.e.)"
    line = _CALENDAR_NAME.sub(lambda m: m.group(0).capitalize(), line)  # "jan 19-21 works", lowered as a first word
    return re.sub(r",?\s+so (?:fine|ok|good)(?=\.$)", "", line)


# An English month or weekday name a restatement lowered as the first word of its clause ("jan 5 install"); "may"
# and "march" (also words, as "April" and "August" are names) only beside a day number, where they cannot be verbs.
_MONTHS_ALSO_WORDS = ("march", "april", "may", "august")
_CALENDAR_WORDS = alternation([*day_names("en"), *month_names("en")], without=_MONTHS_ALSO_WORDS)
_CALENDAR_NAME = re.compile(rf"\b(?:{_CALENDAR_WORDS})\b|"
                            rf"\b(?:{alternation([*EN_MONTH_CUTS, *_MONTHS_ALSO_WORDS])})\b(?=\.?\s?\d)|"
                            rf"(?<=\d\s)(?:{alternation(_MONTHS_ALSO_WORDS)})\b")


def back_from_away(sources: Sequence[Source], tz: str, now: datetime) -> bool:
    """Whether the customer answered the rep's newest email with an out-of-office reply whose return day has come:
    the follow-up greets them back before it chases."""
    rep = [s.at for s in sources if s.direction == "outbound"]
    return any(back_by(src, tz, now) for src in sources if not rep or src.at >= max(rep))

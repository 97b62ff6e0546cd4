"""Where one customer's conversation stands now: open questions, promises, terms in force, next step, wishes.

Pure functions: no database, no Flask. build_state() reads every message (both directions, new text only) and
call note of one customer in time order and keeps what is still open on the day the draft is written:
- a customer question or request stays open until a later rep email or call note speaks to it;
- a rep commitment stays open until a later rep email or note shows it kept, and a newer commitment on the
  same thing supersedes the older one;
- of two figures on the same thing (a quote, a price, a rate) the newer is in force;
- of the agreed next steps only the newest counts;
- relative dates are resolved against their own source's date and restated against the draft's day.
Every item keeps its source (kind, id, exact quote) so `followup drafts explain` can show why the draft says it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import Sequence
from zoneinfo import ZoneInfo

from followup.drafting.reported import COMMIT as _FOREIGN_COMMIT, customer_said, note_said, own_promise
from followup.drafting.facts import _AMOUNT, _COMMIT, _DATE_RE, Source, classify, resolve_due, split_sentences
from followup.text.dates import next_weekday

KINDS = ("question", "request", "commitment", "term", "next_step", "constraint", "preference", "answer")
# A sentence longer than this is pasted prose, not a point a short follow-up restates.
MAX_SENTENCE_WORDS = 45
# Trailing short lines after the text that may form a signature block without a "-- " marker.
MAX_SIGNATURE_LINES = 8
# A restatement longer than this is cut at a clause boundary, so the draft does not copy the customer.
MAX_RESTATED_WORDS = 12
# The rep's own emailed sentence (a promise, an offer) is in the rep's voice already: it may run longer.
OWN_RESTATED_WORDS = 24
# A restatement ending in its price ("... of the Team plan at $40 per seat") may run this many words over.
PRICE_TAIL_WORDS = 5
# Without a grammar to rephrase German, French or Spanish, a restated statement stays short (not an echo).
FOREIGN_RESTATED_WORDS = 7
# A list whose items are all this short is one point (a shopping list); longer items are points of their own.
LIST_ITEM_WORDS = 8
# Content words a later rep email or note clause must share with a question to count as its answer.
ANSWER_OVERLAP = 2
# Words are compared on their first letters only ("Geräte"/"Geräten", "remote"/"remotely").
STEM_CHARS = 6
# Relative dates up to this many days ahead are restated with the day's name ("on Thursday").
WEEKDAY_HORIZON_DAYS = 6

_STOP = set("""a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having
he her here hers him his how i if in into is it its itself just let me more most my no nor not now of off on
once only or other our ours out over own same she should so some such than that the their theirs them then there
these they this those through to too under until up very was we were what when where which while who whom why
will with would you your yours today tomorrow yesterday week next last send sending sent call called please
thanks thank get got need needs want wants like know let's back soon still us i'll we'll i'm we're you're it's
able also going go make sure one two first new think look looking quick question questions email note
der die das den dem des ein eine einen einem einer und oder aber wir sie ihr ihre ich sich mit für von auf bei
aus nach zu zum zur ist sind war kann können könnten wer wie was wann wo ob noch auch nicht schon gibt es man
le la les un une des du de et ou mais nous vous ils elle est sont pour par avec sur dans pas plus que qui quoi
quand comment est-ce votre notre leur ce cette ces il on se sa son ses peut pouvez pourriez
el la los las un una unos unas y o pero nosotros usted ustedes es son para por con en que qué cómo cuándo
se su sus nos podemos puede pueden hay del al lo le""".split())
_SIGN_OFF = re.compile(
    r"^(thanks(?: again| so much| a lot)?|thank you(?: again| so much)?|many thanks|cheers|best(?: wishes)?|"
    r"best regards|kind regards|warm regards|regards|sincerely|all the best|talk soon|speak soon|take care|"
    r"viele grüße|viele gruesse|beste grüße|mit freundlichen grüßen|freundliche grüße|herzliche grüße|"
    r"schöne grüße|liebe grüße|grüße|gruß|mfg|lg|danke|vielen dank|salutations|sincères salutations|belle journée|"
    r"saludos cordiales|un cordial saludo|atte|"
    r"cordialement|bien cordialement|bien à vous|merci|merci beaucoup|bonne journée|amitiés|"
    r"saludos|un saludo|atentamente|gracias|muchas gracias|un abrazo|abrazos)\s*[,.!]?\s*$", re.I)
_GREETING_LINE = re.compile(
    r"^(hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|guten tag|liebe[rs]?|sehr geehrte[rs]?|"
    r"bonjour|salut|chère?|hola|estimad[oa]s?|buenos días|buenas tardes)\b[^\n]{0,40}[,!:]?\s*$", re.I)
_PHONE_OR_URL = re.compile(r"(?:\+?\d[\d\s().-]{6,}\d)|@|https?://|www\.|\b(?:tel|phone|mobile|cell|fax|m|t|p)\s*[:.]",
                           re.I)
_PLEASANTRY = re.compile(
    r"^(?:and |oh |also )?(?:thanks|thank you|many thanks|much appreciated|appreciate(?:d)?|i appreciate|"
    r"we appreciate|great (?:talking|chatting|speaking|meeting|to (?:talk|chat|speak|meet))|"
    r"(?:it was )?(?:nice|good|lovely|a pleasure) (?:talking|chatting|speaking|meeting|to (?:talk|chat|speak|meet))|"
    r"hope (?:you|all|this|your|that)|i hope (?:you|all|this|your)|looking forward|we look forward|"
    r"i look forward|have a (?:great|good|nice|lovely)|enjoy (?:your|the)|sorry for the|"
    r"danke|vielen dank|ich hoffe|merci|j'espère|gracias|espero que)\b", re.I)
# Call-note shorthand that records the call itself, not a point of it ("Call with X, 11:00-11:35").
_NOTE_HEADER = re.compile(
    r"^(?:(?:phone |video |zoom |teams |quick |short |intro |discovery |follow-?up )?(?:call|meeting|chat|mtg)"
    r"(?: with| w/| w)\b|(?:talked|spoke|speaking|met|chatted) (?:to|with)\b|(?:called|rang|phoned|met)\b"
    r"|(?:call|meeting|mtg|notes?)\s*[:-]|left (?:a )?(?:voicemail|vm|message)"
    r"|(?:appel|rdv|réunion|visio|parlé (?:à|avec)|eu \w+ au (?:tél|téléphone)|llamada|reunión|hablé con|"
    r"anruf|telefonat|gespräch mit|termin mit|telefoniert mit)\b)", re.I)
# Internal asides in a call note: never told to the customer.
_INTERNAL = re.compile(
    r"^(?:internal|intern\b|note to self|nts|fyi|nb|todo|to do|reminder|remember|checked with|asked \w+ (?:in|from) |"
    r"approved\b|ok'?d\b|signed off\b|genehmigt\b|validé\b|aprobado\b|"
    r"per \w+|ping \w+|cc \w+|loop in|flag(?:ged)? (?:to|for)|escalat|crm|update crm|log(?:ged)?\b)", re.I)
_PAREN = re.compile(r"\s*\([^()]{0,120}\)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022\u2013]|\d{1,2}[.)])\s+(?P<item>\S.*)$")
_PREFERENCE = re.compile(
    r"\b(call (?:me )?(?:later|in the (?:morning|afternoon|evening)|after|before|on)|later in the day|"
    r"mornings? (?:are|is) (?:busy|bad|better|best)|afternoons? (?:are|is) (?:busy|bad|better|best)|"
    r"email (?:is|works) better|prefer (?:email|phone|a call|calls|text)|best (?:time|way) to reach|"
    r"(?:don't|do not) call|text me|reach me|prefers? (?:email|phone|calls?|texts?|a call)|"
    r"email\s*(?:>|over|rather than|instead of|better than)\s*(?:phone|calls?)|call (?:me |him |her |them )?back (?:after|before|in the|on|later))\b",
    re.I)
_TERM_NOUN = re.compile(
    r"\b(quote|price|pricing|premium|rate|fee|fees|cost|costs|discount|deposit|down payment|budget|salary|"
    r"offer|proposal|estimate|retainer|deductible|coverage|term|terms|seats?|licen[cs]es?|plan|package|"
    r"commission|invoice|payment|total|apr|rent|preis|angebot|prix|offre|devis|precio|oferta|presupuesto)\b", re.I)
_REVISION = re.compile(r"\b(revised|updated|new|instead|now|corrected|lowered|reduced|final|adjusted|"
                       r"came (?:back|down)|overaged|neu|nouveau|nouvelle|nuevo|nueva)\b", re.I)
_KEPT = re.compile(r"\b(attached|attaching|here is|here's|here are|enclosed|sent|emailed|forwarded|shared|"
                   r"as promised|done|booked|scheduled|confirmed|anbei|ci-joint|adjunto)\b", re.I)
# A later customer message that says an earlier statement no longer holds ("the connection works now").
_OVERTAKEN = re.compile(r"\b(works now|working now|is now|are now|now works|already|no longer|resolved|fixed|sorted|"
                        r"done|changed|instead|actually|update:|not anymore|any more)\b", re.I)
_ANSWERED_NOTE = re.compile(r"\b(told|explained|confirmed|answered|clarified|walked \w+ through|went over|"
                            r"said (?:yes|no)|is included|are included|covered)\b", re.I)
_ASK_ACTION = re.compile(r"^(?:(?:and|also|so|but)\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?"
                         r"|please\s+(?:could\s+you\s+)?|(?:i|we)(?:'d| would) (?:like|love) (?:you to|to get)\s+)"
                         r"(?P<verb>send|share|forward|email|mail|resend|include|add|provide|get|put together|"
                         r"prepare|set up|schedule|book|check|confirm|find out|look into)\b(?P<rest>.*)$", re.I)
_LANG_WORDS = {
    "de": set("und ich wir nicht sie der die das ist mit für auf ein eine zu uns ihr ihre bitte danke haben "
              "können gerne wäre würde noch auch".split()),
    "fr": set("et je nous vous le la les est pour pas un une des avec sur merci bonjour notre votre ce cette "
              "serait pouvez aussi très".split()),
    "es": set("y yo nosotros usted el la los las es para por un una con que gracias hola nuestro nuestra su "
              "podría puede también muy".split()),
    "en": set("and i we you the is for not a an with on to our your please thanks hi could would can also "
              "this that".split()),
}


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
    by: str = ""  # "note:7" / "message:12": the source that answered, kept or superseded it
    internal: bool = False  # a call-note aside: may answer or keep, is never said to the customer
    hidden: str = ""  # a colleague named in the quote: never said, the rest of the quote may be

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

    def open(self, *kinds: str) -> list[Item]:
        """The open items of the given kinds, oldest first."""
        return [i for i in self.items if i.status == "open" and (not kinds or i.kind in kinds)]

    def as_dict(self) -> dict:
        """A JSON-able form: open items, closed items with what closed them, language and last interaction."""
        return {"language": self.language, "today": self.today.isoformat(), "timezone": self.tz,
                "last_interaction": self.last,
                "topic": self.topic, "open": [i.as_dict() for i in self.items if i.status == "open"],
                "closed": [i.as_dict() for i in self.items if i.status != "open"]}


# ---------------------------------------------------------------- cleaning a source's text


def detect_language(texts: Sequence[str]) -> str:
    """en, de, fr or es: the language most of the given texts' common words belong to."""
    counts: Counter[str] = Counter()
    for text in texts:
        for word in re.findall(r"[^\W\d_]+", text.lower()):
            for lang, words in _LANG_WORDS.items():
                if word in words:
                    counts[lang] += 1
    if not counts:
        return "en"
    lang, n = counts.most_common(1)[0]
    return lang if lang != "en" and n > counts["en"] * 1.2 else "en"


def _signature_start(lines: list[str], customer_name: str) -> int:
    """Index of the first line of a trailing sign-off or signature block (with or without a marker)."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    names = {w.lower() for w in re.findall(r"[^\W\d_]+", customer_name or "") if len(w) > 1}
    start = end
    # a closing word ("Thanks,", "Best,") within the last lines ends the text: below it is the signature
    for i in range(end - 1, max(-1, end - 1 - MAX_SIGNATURE_LINES), -1):
        if _SIGN_OFF.match(lines[i].strip()):
            return i
    # no closing word: strip a trailing block of short, unpunctuated lines that name the sender or their firm
    i = end - 1
    sig = 0
    while i >= 0 and end - i <= MAX_SIGNATURE_LINES:
        line = lines[i].strip()
        if not line:
            break
        words = line.split()
        titled = len(words) <= 6 and all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in ("of", "and", "&", "for")
                                          for w in words)
        shortish = (len(words) <= 7 and not line.endswith(("?", ".", "!", ":"))) or titled \
            or _PHONE_OR_URL.search(line)
        if not shortish or _LIST_ITEM.match(lines[i]):
            break
        sig += 1
        i -= 1
    block = lines[i + 1:end]
    if sig and any(_PHONE_OR_URL.search(ln) or {w.lower() for w in re.findall(r"[^\W\d_]+", ln)} & names
                   or re.search(r"\b(inc|llc|ltd|gmbh|sa|corp|co|group|manager|director|head|vp|ceo|cfo|cto|"
                                r"officer|lead|founder|owner|partner|coordinator|specialist|assistant)\b\.?", ln, re.I)
                   for ln in block):
        # a lone first-name line ("Maria") is a sign-off too
        start = i + 1
    elif end and {w.lower() for w in lines[end - 1].split()} <= names and lines[end - 1].strip():
        start = end - 1
    return start


def _merge_lists(lines: list[str]) -> list[str]:
    """Join a lead-in line and the bulleted or numbered items under it into one sentence, keeping every item."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _LIST_ITEM.match(lines[i])
        if m:
            items = []
            while i < len(lines) and (_LIST_ITEM.match(lines[i]) or (not lines[i].strip() and i + 1 < len(lines)
                                                                       and _LIST_ITEM.match(lines[i + 1]))):
                mm = _LIST_ITEM.match(lines[i])
                if mm:
                    items.append(mm.group("item").strip().rstrip(".;,"))
                i += 1
            if any("?" in it or len(it.split()) > LIST_ITEM_WORDS for it in items):
                # questions and long items are points of their own: one sentence each
                out.append("")
                out += [it if it.endswith(("?", ".", "!")) else it + "." for it in items]
                out.append("")
                continue
            conj = {"de": " und ", "fr": " et ", "es": " y "}.get(detect_language(["\n".join(lines)]), " and ")
            joined = ", ".join(items[:-1]) + (conj if len(items) > 1 else "") + items[-1]
            lead = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)
            if lead is not None and out[lead].rstrip().endswith(":"):
                out[lead] = out[lead].rstrip() + " " + joined + "."
            else:
                out.append(joined + ".")
            continue
        out.append(lines[i])
        i += 1
    return out


def clean(text: str, direction: str, customer_name: str = "") -> str:
    """A source's own words: no quoted lines, greeting, sign-off, signature block, and lists kept as one sentence."""
    lines = [ln for ln in (text or "").replace("\r\n", "\n").split("\n") if not ln.lstrip().startswith(">")]
    if direction != "note":
        lines = lines[:_signature_start(lines, customer_name)]
        while lines and (not lines[0].strip() or _GREETING_LINE.match(lines[0].strip())):
            lines.pop(0)
    return "\n".join(_merge_lists(lines)).strip()


# ---------------------------------------------------------------- restating


_SWAP_IN = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "we": "you",
            "us": "you", "our": "your", "ours": "yours", "i'm": "you're", "i'd": "you'd", "i'll": "you'll",
            "i've": "you've", "we're": "you're", "we'd": "you'd", "we'll": "you'll", "we've": "you've",
            "am": "are", "was": "were"}
_SWAP_NOTE = {"he": "you", "she": "you", "they": "you", "him": "you", "her": "your", "them": "you",
              "his": "your", "their": "your", "he's": "you're", "she's": "you're", "they're": "you're",
              "he'll": "you'll", "she'll": "you'll", "they'll": "you'll", "hers": "yours", "theirs": "yours"}
# Third-person verb forms a note uses after a dropped subject ("Wants a quote") -> second person.
_NOTE_VERBS = {"wants": "want", "needs": "need", "prefers": "prefer", "likes": "like", "has": "have",
               "is": "are", "was": "were", "asks": "ask", "plans": "plan", "expects": "expect",
               "hopes": "hope", "thinks": "think", "owns": "own", "says": "say", "does": "do",
               "doesn't": "don't", "isn't": "aren't", "wasn't": "weren't", "leans": "lean", "works": "work",
               "uses": "use", "runs": "run", "manages": "manage", "decides": "decide", "agrees": "agree",
               "will": "will", "can": "can", "can't": "can't", "won't": "won't", "would": "would",
               "asked": "asked", "said": "said", "mentioned": "mentioned", "agreed": "agreed",
               "confirmed": "confirmed", "looking": "are looking", "interested": "are interested",
               "happy": "are happy", "ok": "are OK", "worried": "are worried", "concerned": "are concerned",
               "comparing": "are comparing", "considering": "are considering", "waiting": "are waiting",
               "leaning": "are leaning", "away": "are away", "out": "are out", "currently": "currently",
               "already": "already", "still": "still", "not": "are not", "prefer": "prefer", "want": "want",
               "need": "need"}
_NOTE_SUBJECT = re.compile(r"^(?:he|she|they|client|customer|cust|prospect|buyer|caller|candidate)\b(?!['’])\s*", re.I)
# Call-note shorthand a customer should read in full.
_SHORTHAND = {"mtg": "meeting", "appt": "appointment", "mgmt": "management", "w/": "with", "w/o": "without",
              "approx": "about", "asap": "as soon as possible", "pls": "please", "info": "information",
              "wk": "week", "wks": "weeks", "mos": "months", "yr": "year", "yrs": "years", "req": "request",
              "reqs": "requirements", "dept": "department", "eng": "engineering", "tmrw": "tomorrow"}


def expand_shorthand(text: str) -> str:
    """A note's abbreviations written out ("after budget mtg" -> "after budget meeting")."""
    return re.sub(r"(?<![\w/])(?:w/o|w/|[A-Za-z]+)(?![\w/])",
                  lambda m: _SHORTHAND.get(m.group(0).lower(), m.group(0)) if m.group(0).islower()
                  or m.group(0).lower() in ("w/", "w/o") else m.group(0), text)
_NOTE_COMMIT_VERB = {"sending": "send", "send": "send", "to send": "send", "emailing": "email", "email": "email",
                     "forwarding": "forward", "forward": "forward", "preparing": "prepare", "prepare": "prepare",
                     "getting": "get", "get": "get", "checking": "check", "check": "check", "drafting": "draft",
                     "draft": "draft", "booking": "book", "book": "book", "scheduling": "schedule",
                     "schedule": "schedule", "setting up": "set up", "set up": "set up", "mailing": "mail",
                     "will": "", "to": "", "i'll": "", "i will": "", "need to": "", "must": "", "follow up": "follow up",
                     "following up": "follow up", "calling": "call", "call": "call", "sharing": "share",
                     "share": "share", "confirming": "confirm", "confirm": "confirm", "putting together": "put together"}
_DETS = {"the", "a", "an", "my", "your", "his", "her", "their", "our", "this", "that", "these", "those", "them",
         "him", "you", "it", "over", "out", "up", "back", "some", "all", "both", "to", "with", "on", "by", "in"}
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


# A note's third-person verb after "he"/"she", in the second person.
_THIRD_TO_SECOND = {"has": "have", "is": "are", "was": "were", "does": "do", "doesn't": "don't", "isn't": "aren't",
                    "wasn't": "weren't", "wants": "want", "needs": "need", "prefers": "prefer", "likes": "like",
                    "plans": "plan", "expects": "expect", "thinks": "think", "uses": "use", "runs": "run",
                    "asks": "ask", "says": "say", "hopes": "hope", "owns": "own", "works": "work", "gets": "get"}


def _swap(text: str, table: dict[str, str]) -> str:
    """Swap pronouns per table; an inbound "you" (the rep) becomes "I" as subject, "me" otherwise."""
    out, pos = [], 0
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        w = m.group().replace("’", "'")
        low = w.lower()
        rep = table.get(low)
        if table is _SWAP_IN and low in ("you", "your", "yours", "you're", "you'll", "you've", "you'd"):
            prev = words[i - 1].group().lower() if i else ""
            rep = {"your": "my", "yours": "mine", "you're": "I'm", "you'll": "I'll", "you've": "I've",
                   "you'd": "I'd"}.get(low)
            if low == "you":
                obj = prev in ("to", "for", "with", "from", "at", "send", "sent", "tell", "let", "ask", "give",
                               "call", "email", "thank", "see", "meet", "about", "of", "by", "help", "show", "and")
                rep = "me" if obj else "I"
        if low in ("am", "was") and (i == 0 or words[i - 1].group().lower() != "i"):
            rep = None
        if rep is None:
            continue
        if table is _SWAP_NOTE and rep in ("you", "you're") and low in ("he", "she") and i + 1 < len(words):
            nxt = words[i + 1]
            verb = _THIRD_TO_SECOND.get(nxt.group().lower())
            if verb and not text[m.end():nxt.start()].strip():
                # "he has 4 providers" -> "you have 4 providers": the verb follows its new subject
                out.append(text[pos:m.start()])
                out.append(rep if not (w[0].isupper() and i == 0) else rep.capitalize())
                out.append(text[m.end():nxt.start()])
                out.append(verb)
                pos = nxt.end()
                continue  # the verb is in no pronoun table: it is not visited again
        if w[0].isupper() and rep != "I" and i == 0:
            rep = rep[0].upper() + rep[1:]
        out.append(text[pos:m.start()])
        out.append(rep)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


_SUBORDINATE = re.compile(r",?\s+(?:because|since|so that|which|if at all|if possible|as long as|in case|"
                          r"and will|and then|and i'll|but)\b", re.I)
# Words a restatement keeps before a subordinate clause may be cut off.
MIN_HEAD_WORDS = 4


_ANY_MONTH = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
              "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
              "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
              "octubre", "noviembre", "diciembre", "jänner"}


# A request's price restated at its end: "..., $40 per seat" -> "... at $40 per seat".
_PRICE_TAIL = re.compile(r" at (?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|eur|usd|chf|gbp))"
                         r"(?:\s?(?:per|a|an|each|/)\s?[^\W\d_]+)?$", re.I)
_PRICE_AFTER_COMMA = re.compile(r",\s+(?=(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|eur|usd|chf|gbp))"
                                r"\s?(?:per|a|an|each|/)\s?[^\W\d_]+\s*[.!]?$)", re.I)


def _shorten(text: str, limit: int = MAX_RESTATED_WORDS) -> str:
    """Cut a long restatement at its last clause boundary within the word limit."""
    # a subordinate clause ("because ...", "if at all possible") is the customer's wording, not the point
    m = _SUBORDINATE.search(text)
    if m and len(text[:m.start()].split()) >= MIN_HEAD_WORDS:
        text = text[:m.start()].rstrip(" ,;")
    words = text.split()
    if len(words) <= limit:
        return text
    if len(words) <= limit + PRICE_TAIL_WORDS and _PRICE_TAIL.search(text):
        return text  # cutting would split the figure from what it prices
    n = limit
    # never cut a date in two ("antes del 30 de | noviembre", "bis 1. | Juli")
    while n < len(words) and n < limit + 3 and (
            re.match(r"^\d{1,2}\.?$|^(?:de|del|of|le|am|bis|el)$", words[n - 1], re.I)
            and re.match(r"^(?:de|del|\d{1,4}|[^\W\d_]+)[.,;]?$", words[n])
            and (words[n].lower().strip(".,;") in _ANY_MONTH or words[n].lower() in ("de", "del"))):
        n += 1
    if n < len(words) and re.fullmatch(r"[\d.,'’]*\d", words[n - 1]) and words[n].strip(",.;:").isalpha() \
            and words[n].strip(",.;:").lower() not in _STOP and limit >= MAX_RESTATED_WORDS:
        n += 1  # "for 12 | weeks": a restated figure keeps its unit
    head = " ".join(words[:n])
    cut = max(head.rfind(","), head.rfind(" because "), head.rfind(" so "), head.rfind(" which "),
              head.rfind(" but "), head.rfind(" since "), head.rfind(" as "), head.rfind(" und "),
              head.rfind(" et "), head.rfind(" y "), head.rfind(" and "))
    if cut > len(head) // 3:
        return _no_dangling(head[:cut].rstrip(" ,;"))
    return _no_dangling(head.rstrip(" ,;"))


# Words a cut restatement must not end on ("in Ihrer", "réglables en", "avec ses").
_DANGLING_END = set("""the a an in of to for and with on at by or if is are my your our their his her de la le les du
des et à au aux en avec sur pour par ses son sa vos votre nos notre der die das den dem des und mit für von in im am
bei zu zum zur ihre ihrer ihren ihrem ihr unsere unserer seine seiner el los las y en con para por que un una del al
sus su une ein eine einer einen""".split())


def _no_dangling(text: str) -> str:
    """A cut text without the article, preposition or possessive left hanging at its end."""
    words = text.split()
    while len(words) > 1 and words[-1].lower().strip(",;:") in _DANGLING_END:
        words.pop()
    return " ".join(words).rstrip(" ,;:")


def _tidy(text: str) -> str:
    """Strip closing punctuation, list markers and leading connectives."""
    text = _PAREN.sub("", text).strip()
    text = re.sub(r"^(?:and|also|so|but|plus|oh|ok|okay|btw|by the way|one more thing|ps|p\.s\.)\b[:,.\s]*", "",
                  text, flags=re.I)
    return text.rstrip(" .!;:,")


def restate(sentence: str, direction: str, kind: str) -> str:
    """A sentence in the rep's voice to the customer ("you ..."), or "" when it cannot be restated."""
    s = _tidy(sentence)
    if not s:
        return ""
    if direction == "inbound":
        m = _ASK_ACTION.match(s)
        if m:
            rest = _swap(m.group("rest"), _SWAP_IN).rstrip("?").strip()
            return "I'll " + m.group("verb").lower() + (" " + rest if rest else "")
        swapped = _swap(s, _SWAP_IN).rstrip("?")
        if kind == "question":
            return swapped[0].lower() + swapped[1:] if swapped[:1].isupper() and not swapped.startswith("I ") \
                else swapped
        if not re.match(r"^(you|your)\b", swapped, re.I):
            return ""  # a statement about something else: kept in the state, not worth a sentence of its own
        return "y" + swapped[1:]
    if direction == "outbound":
        return s[0].lower() + s[1:] if s[:2] != "I " and s[:2] != "I'" else s
    # a call note: rep shorthand about the customer, often with the subject dropped
    s = _NOTE_SUBJECT.sub("", expand_shorthand(s))
    low = s.lower()
    if kind == "commitment":
        for verb in sorted(_NOTE_COMMIT_VERB, key=len, reverse=True):
            if low.startswith(verb + " "):
                rest = s[len(verb) + 1:]
                base = _NOTE_COMMIT_VERB[verb]
                first = rest.split(" ", 1)[0].lower()
                if base in ("send", "email", "forward", "mail", "prepare", "get", "draft", "share") and \
                        first not in _DETS and not first[:1].isdigit() and not rest[:1].isupper():
                    rest = "the " + rest
                if base in ("call", "email") and not re.match(r"(you|him|her|them)\b", rest, re.I):
                    rest = "you " + rest
                return ("I'll " + (base + " " if base else "") + _swap(rest, _SWAP_NOTE)).strip()
        if re.match(r"^(i|we)\b", low):
            return _swap(s, _SWAP_NOTE)
    if kind == "next_step" and re.match(r"^(call|ring|phone|email|text|follow up|check in|meet|send|demo)\b", low):
        from followup.drafting.facts import rephrase
        said = rephrase(s, "note", "next_step")
        if said.startswith("I'll"):
            return said
    first = low.split(" ", 1)[0]
    if first in _NOTE_VERBS and not s[:1].isupper() or first in ("wants", "needs", "prefers", "has", "is", "asked",
                                                                   "said", "likes", "plans", "expects", "mentioned",
                                                                   "looking", "interested", "happy", "worried",
                                                                   "concerned", "comparing", "considering",
                                                                   "waiting", "leaning", "currently", "already",
                                                                   "agreed", "confirmed", "doesn't", "isn't",
                                                                   "can't", "won't", "will", "can", "decides",
                                                                   "owns", "uses", "runs", "works", "hopes",
                                                                   "thinks", "away", "out", "not", "still",
                                                                   "does", "says", "agrees"):
        verb = {"wants": "you'd like", "asked": "you asked", "said": "you said"}.get(first,
                                                                                 "you " + _NOTE_VERBS.get(first, first))
        return _PRICE_AFTER_COMMA.sub(" at ", verb + _swap(s[len(first):], _SWAP_NOTE))
    if re.match(r"^(he|she|they)\b", sentence.strip(), re.I) or low.startswith(("his ", "her ", "their ")):
        said = _swap(s, _SWAP_NOTE)
        return "y" + said[1:] if said.startswith("You") else said  # it sits inside "As we discussed, ..."
    if kind in ("constraint", "term", "preference"):
        # "Budget 450k" -> "your budget is 450k": the older rules know the shorthand of possessions
        from followup.drafting.facts import rephrase
        said = rephrase(s, "note", "figure")
        if said.lower().startswith(("your ", "you ")) and ":" not in said:
            return said
    return ""


# ---------------------------------------------------------------- dates against the draft's day


def local_day(at: datetime, tz: str) -> date:
    """The calendar day of a naive-UTC time in zone tz."""
    return at.replace(tzinfo=timezone.utc).astimezone(ZoneInfo(tz)).date()


_DAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
_RELATIVE = {
    "en": {"today": "today", "tomorrow": "tomorrow", "yesterday": "yesterday", "on": "on {day}", "last": "on {day}", "next": "on {day} next week"},
    "de": {"today": "heute", "tomorrow": "morgen", "yesterday": "gestern", "on": "am {day}", "last": "am {day}", "next": "am {day} nächster Woche"},
    "fr": {"today": "aujourd'hui", "tomorrow": "demain", "yesterday": "hier", "on": "{day}", "last": "{day}", "next": "{day} de la semaine prochaine"},
    "es": {"today": "hoy", "tomorrow": "mañana", "yesterday": "ayer", "on": "el {day}", "last": "el {day}", "next": "el {day} de la semana que viene"},
}


def say_day(day: date, today: date, language: str = "en") -> str:
    """A day restated against today ("today", "tomorrow", "on Thursday", "yesterday"), or "" when too far."""
    words = _RELATIVE.get(language, _RELATIVE["en"])
    names = _DAY_NAMES.get(language, _DAY_NAMES["en"])
    delta = (day - today).days
    if delta == 0:
        return words["today"]
    if delta == 1:
        return words["tomorrow"]
    if delta == -1:
        return words["yesterday"]
    if 1 < delta <= WEEKDAY_HORIZON_DAYS or -WEEKDAY_HORIZON_DAYS <= delta < -1:
        return words["on" if delta > 0 else "last"].format(day=names[day.weekday()])
    if WEEKDAY_HORIZON_DAYS < delta <= WEEKDAY_HORIZON_DAYS + 7:
        return words["next"].format(day=names[day.weekday()])  # "on Tuesday next week"
    return ""


_REL_DATE = re.compile(
    r"\b(?:by |on |before |until |this |first thing )?(?:(?P<next>next )?(?P<wd>mon(?:day)?|tue(?:s|sday)?|"
    r"wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?|(?P<rel>today|tonight|"
    r"tomorrow|tmrw|yesterday|eod|end of (?:the )?day|end of (?:the |next )?week|next week|this week))"
    r"(?:\s+(?:morning|afternoon|evening))?", re.I)


# A day number right after a weekday ("Thursday 14th", "jeudi 15/10", "Donnerstag (19.11.)", "el jueves 16").
_DAY_NUMBER_AFTER = re.compile(r",?\s*\(?(?:the\s+|le\s+|den\s+)?\d{1,2}(?:st|nd|rd|th|er|\.|/|\b)")


def restate_dates(text: str, at: datetime, tz: str, today: date, language: str = "en") -> str:
    """Relative day words resolved against their source's time and restated against today; past ones dropped."""
    def sub(m: re.Match[str]) -> str:
        """One relative day phrase, restated or dropped."""
        word = m.group(0)
        if m.group("wd") and m.group("wd")[0].islower() and m.group("wd").lower() in ("sat", "sun", "wed", "mon"):
            return word
        if m.group("wd") and _DAY_NUMBER_AFTER.match(text, m.end()):
            return word  # "Thursday 14th": the date written with it says which Thursday
        if re.fullmatch(r"(?:end of (?:the |next )?week|next week|this week)", (m.group("rel") or "").lower()):
            due = resolve_due(word, at, tz)
            return word if due is None or local_day(due, tz) >= today else ""
        if (m.group("rel") or "").lower() == "yesterday":
            day = local_day(at, tz) - timedelta(days=1)
        else:
            due = resolve_due(word, at, tz)
            if due is None:
                return word
            day = local_day(due, tz)
        said = say_day(day, today, language)
        return (" " + said) if said and day >= today else ""
    out = _REL_DATE.sub(sub, text) if language == "en" else text
    out = re.sub(r"\b(for|by|until|before|after|from)\s+on\b", r"\1", out) if language == "en" else out
    if language in _FOREIGN_DAYS:
        out = _restate_foreign(out, at, tz, today, language)
    out = re.sub(r"\s+([.,;!?])", r"\1", re.sub(r"\s{2,}", " ", out))
    return out.strip(" ,")


# Relative day words of the other languages framing is written in: (offset in days, weekday or None).
_FOREIGN_DAYS = {
    "de": {"heute": (0, None), "morgen": (1, None), "übermorgen": (2, None), "gestern": (-1, None),
           "montag": (None, 0), "dienstag": (None, 1), "mittwoch": (None, 2), "donnerstag": (None, 3),
           "freitag": (None, 4), "samstag": (None, 5), "sonntag": (None, 6)},
    "fr": {"aujourd'hui": (0, None), "demain": (1, None), "après-demain": (2, None), "hier": (-1, None),
           "lundi": (None, 0), "mardi": (None, 1), "mercredi": (None, 2), "jeudi": (None, 3), "vendredi": (None, 4),
           "samedi": (None, 5), "dimanche": (None, 6)},
    "es": {"hoy": (0, None), "mañana": (1, None), "pasado mañana": (2, None), "ayer": (-1, None),
           "lunes": (None, 0), "martes": (None, 1), "miércoles": (None, 2), "jueves": (None, 3),
           "viernes": (None, 4), "sábado": (None, 5), "domingo": (None, 6)},
}
_FOREIGN_LEAD = {"de": r"(?:(?P<by>bis|vor)\s+|(?:am|ab|nächsten|nächste|kommenden)\s+)?",
                 "fr": r"(?:(?P<by>d'ici|avant|jusqu'à)\s+|(?:dès|le|ce)\s+)?",
                 "es": r"(?:(?P<by>antes del?|hasta el|para el)\s+|(?:el|este)\s+)?"}
# "bis Freitag" stays "bis Freitag" (not "am Freitag"): the lead word is kept, the day's own article dropped.
_BY_FORM = {"de": "bis", "fr": "d'ici", "es": "antes del"}
_FOREIGN_NEXT = re.compile(r"\s+(?:nächste[rn]?\s+woche|prochain|de la semaine prochaine|próximo|que viene)\b", re.I)


def _restate_foreign(text: str, at: datetime, tz: str, today: date, language: str) -> str:
    """German, French or Spanish relative day words restated against today, or dropped once past."""
    table = _FOREIGN_DAYS[language]
    words = "|".join(sorted((re.escape(w) for w in table), key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-]){_FOREIGN_LEAD[language]}(?P<w>{words})(?![\w-])"
                         r"(?P<part>\s+(?:früh|vormittag|nachmittag|matin|après-midi|soir|por la mañana|"
                         r"por la tarde))?(?P<next>\s+(?:nächste[rn]?\s+woche|prochain|de la semaine prochaine|"
                         r"próximo|que viene))?", re.I)
    said_on = local_day(at, tz)

    def sub(m: re.Match[str]) -> str:
        """One phrase, restated or dropped."""
        word = m.group("w").lower()
        if table[word][1] is not None and _DAY_NUMBER_AFTER.match(text, m.end()):
            return m.group(0)  # "jeudi 15/10", "Donnerstag (19.11.)": the date written with it decides
        if language == "es" and word == "mañana" and re.match(r"por la", text[max(0, m.start() - 7):m.start()]):
            return m.group(0)
        offset, weekday = table[word]
        if weekday is None:
            day = said_on + timedelta(days=offset)
        else:
            day = next_weekday(said_on, weekday, said_next=bool(m.group("next")))
        if day < today:
            return ""
        said = say_day(day, today, language)
        if said and m.group("by"):
            bare = re.sub(r"^(?:am|el)\s+", "", said)
            lead = _BY_FORM[language] if bare != said or language != "es" else "antes de"
            return f" {lead} {bare}"
        return " " + (said or m.group(0).strip())
    return pattern.sub(sub, text)


_TIME_WORDS = re.compile(
    rf"\s*(?:,\s*)?\b(?:by |on |before |until |at |this |next |end of |eod |first thing )*(?:{_DATE_RE.pattern})"
    r"(?:\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?"
    r"|\s*\b(?:this|tomorrow) (?:morning|afternoon|evening)\b|\s*\bby (?:eod|cob|close of business)\b"
    r"|\s*\blater (?:today|this week)\b|\s*\bfirst thing\b", re.I)


def drop_dates(text: str) -> str:
    """The text without its date phrases ("I'll send the quote Thu" -> "I'll send the quote")."""
    out = _TIME_WORDS.sub("", text)
    return re.sub(r"\s{2,}", " ", out).strip(" ,")


# ---------------------------------------------------------------- building the state


_MONTH3 = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
_ALIASES = {"wk": "week", "wks": "week", "yr": "year", "yrs": "year", "mo": "month", "mos": "month",
            "appt": "appointment", "approx": "about", "info": "information", "docs": "document"}


def _content(text: str) -> set[str]:
    """The content words of a text, crudely stemmed, for "is this about the same thing" tests."""
    words = set()
    for w in re.findall(r"[^\W\d_]{2,}", text.lower()):
        w = _ALIASES.get(w, w)
        if w in _STOP or len(w) < 3:
            continue
        if w[:3] in _MONTH3 and (len(w) == 3 or w in _MONTH_DAY_WORDS):
            words.add(w[:3])
            continue
        for suffix in ("ly", "ing", "ed", "es", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        words.add(w[:STEM_CHARS])  # a crude stem that also serves German, French and Spanish endings
    return words


def _kind(sentence: str, direction: str) -> str | None:
    """The state kind of one sentence, or None when it is no point to keep."""
    s = sentence.strip()
    if direction == "inbound" and _PREFERENCE.search(s):
        return "preference"
    if direction == "note" and _PREFERENCE.search(s) and not _COMMIT.search(s):
        return "preference"
    if direction in ("outbound", "note") and _FOREIGN_COMMIT.search(s) and "?" not in s:
        return "commitment"
    kind = classify(s, direction)
    if kind in ("figure", "date"):
        return "term" if _AMOUNT.search(s) or _TERM_NOUN.search(s) else ("constraint" if kind == "date" else "term")
    if kind == "request" and direction == "note":
        return "constraint"
    return kind


# A note clause's lead naming the call or the person called ("Tel. Frau Schubert", "Llamé a Andrés").
_CALL_LEAD = re.compile(r"^(?:tel\.?|phone|called|call|rang|llamé|llamada|hablé|appel|appelé|anruf|telefonat|"
                        r"telefoniert|gespräch)\b", re.I)


def _is_customer(words: str, customer_name: str) -> bool:
    """Whether a note's lead only names the customer ("Dr. Gil", "Frau Schubert", "Carmen")."""
    names = {w.lower() for w in re.findall(r"[^\W\d_]{2,}", customer_name or "")}
    said = [w.lower() for w in re.findall(r"[^\W\d_]{2,}", words)
            if w.lower() not in ("dr", "mr", "mrs", "ms", "frau", "herr", "sr", "sra", "mme", "monsieur", "madame")]
    return bool(names and said and set(said) <= names)


def _is_note_header(sentence: str) -> bool:
    """A note's first line naming the call itself ("Call with Max, 11:00-11:35", "Talked to Max")."""
    s = sentence.strip()
    if (_TIME_RANGE.search(s) and len(s.split()) <= 6) or (
            re.search(r"\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\s?h\b", s) and len(s.split()) <= 4 and not re.search(
                r"\b(?:by|until|at|before|after|bis|um|vor|avant|à|après|antes|a las|hasta)\b", s, re.I)):
        return True  # "Owen call 2:50-3:15", "Telefonat Krüger 14:00-14:25"
    return bool(_NOTE_HEADER.match(s)) and (len(s.split()) <= 8 or bool(re.search(r"\d{1,2}:\d{2}", s)))


def interaction_kind(note_text: str) -> str:
    """What a call note records: a call, a meeting or a video call."""
    first = (note_text or "").strip().split("\n", 1)[0].lower()
    if re.search(r"\b(met|meeting|mtg|lunch|coffee|visit|showing|tour|on site|onsite|in person)\b", first):
        return "meeting"
    return "call"


# Leaks a restated clause must never carry: a phone number or a signature line's separators.
_LEAK = re.compile(r"\b\d{3}[-.\s]\d{4}\b|\+\d[\d\s]{6,}|\s[|·]\s|\n|@", re.I)
# An automatic reply (out of office): says nothing about the deal, names other people.
_AUTO_REPLY = re.compile(
    r"\b(out of (?:the )?office|automatic reply|auto-?reply|limited access to (?:my )?e-?mail|"
    r"abwesend|automatische antwort|absente? du bureau|réponse automatique|"
    r"fuera de la oficina|respuesta automática)\b", re.I)
# A colleague named in a note as deciding or checking ("Diego aprueba 15%", "Stacy approved ..."): internal.
_COLLEAGUE = re.compile(
    r"(?:^|[:,;(]\s*|\s)(?P<name>[A-ZÀ-Ý][a-zà-ÿ]{2,})\s+(?:approved|approves|ok'?d|okayed|says|said|checks|checked|"
    r"is checking|will check|confirmed|agreed|signed off|aprueba|aprobó|dice|dijo|revisa|confirma|confirmó|"
    r"relit|valide|a validé|dit|a dit|vérifie|confirme|a confirmé|genehmigt|hat genehmigt|sagt|meint|prüft|"
    r"bestätigt|hat bestätigt|gibt frei)\b")
# A figure with its currency (before or after) and what it is counted per: "$289/mo", "3 450 € HT/mois".
_CURRENCY = r"(?:[$€£¥%]|\b(?:usd|eur|chf|gbp|jpy|mxn|cop|ars|clp|pen|cad|aud)\b)"
_PRICED = re.compile(
    rf"(?P<pre>{_CURRENCY})?\s?(?P<num>\d[\d,.' \u202f]*\d|\d)\s?(?P<post>{_CURRENCY})?"
    r"(?:\s*(?:ht|ttc|net|netto|brutto|excl\.?|incl\.?|\+\s?vat|\+\s?iva|\+\s?mwst))?"
    r"(?P<per>\s*(?:/|per |pro |par |por |al |a la |each|x\b|/\s?)\s*[^\W\d_]+)?", re.I)

# A figure written as replacing another: an arrow, "instead", "now", "revised" in any of the four languages.
_REVISED_FIGURE = re.compile(
    r"->|→|=>|\b(?:instead|now|revised|updated|new price|lowered|reduced|approved|offered|vs\.?|quoted|angeboten|proposé|"
    r"ofrecido|ofrecí|ok (?:pour|für|for|sur|con|at|on)|re-?quoted|requote|statt|anstatt|jetzt|neu|"
    r"au lieu|désormais|maintenant|révisé|nouveau|en (?:vez|lugar)|ahora|nuevo|nueva|rebajado)\b", re.I)

_PEOPLE = (r"(?:people|persons|guests|attendees|pax|participants|personnes|invités|personen|gäste|teilnehmer(?:innen)?|"
           r"personas|invitados|asistentes|mitarbeitende|employees|staff)")
# A head count: "about 60 people", "headcount is now 75", "80 personnes"; a newer count replaces the older one.
_HEADCOUNT = re.compile(rf"\b(?P<n1>\d{{1,5}})\s+{_PEOPLE}\b|\b(?:headcount|attendance|{_PEOPLE})\b\D{{0,14}}?\b(?P<n2>\d{{1,5}})\b(?!\s*[%$€£/]|[:.,]\d)",
                       re.I)

# The words of a note clause that say nobody knows yet, not what about.
_TOPIC_OF = re.compile(r"\b(?:no answer|still|yet|from|need|needs|check|ask|team|muss|fragen|voir|avec|demander|"
                       r"preguntar|consultar)\b", re.I)

# A note's answer right after its question: yes or no, or a figure.
_YES_NO = re.compile(r"^[\s>→-]*(?:ja|nein|yes|yep|no|nope|oui|non|sí|si|\d)\b", re.I)

# How far apart two figures may be and still be one price revised (a quarter to four times).
REVISION_RATIO = 4
# A bare figure in a sentence that says it revises something replaces a priced one this close (465 for 489).
CLOSE_RATIO = 1.5


def _revised_numbers(ordered: Sequence[Source], cleaned: dict) -> list[tuple[datetime, str, set[str]]]:
    """Per sentence that revises something (an arrow, "instead", "now", "approved"): its time, source and figures."""
    out = []
    for src in ordered:
        text = cleaned.get((src.kind, src.id), "")
        for a, b in split_sentences(text):
            sentence = text[a:b]
            if _REVISED_FIGURE.search(sentence):
                nums = {re.sub(r"\D", "", n) for n in re.findall(r"\d[\d.,'’ \u202f]*\d|\d", sentence)}
                out.append((src.at, f"{src.kind}:{src.id}", {n for n in nums if len(n) >= 2}))
    return out


def _comparable(values: set[str], others: set[str], ratio: float = REVISION_RATIO) -> bool:
    """Whether some figure of one set is within ratio of some figure of the other."""
    return any(0 < int(a) <= int(b) * ratio and 0 < int(b) <= int(a) * ratio
               for a in values for b in others if a.isdigit() and b.isdigit() and len(a) < 12 and len(b) < 12)

# The customer turning something down, in four languages.
_DECLINED = re.compile(r"\b(?:(?:we )?(?:don'?t|do not|won'?t) need|no need for|not needed|we'?ll pass|no thanks|"
                       r"brauchen wir nicht|benötigen wir nicht|nicht nötig|verzichten|"
                       r"pas besoin|n'avons pas besoin|on n'en a pas besoin|nous passons|"
                       r"no (?:lo |la |los |las )?necesitamos|no hace falta|no nos interesa)\b", re.I)

# Words every price carries: sharing them says nothing about two figures being the same thing.
_PRICE_WORDS = {"vat", "month", "monthly", "per", "price", "cost", "total", "mois", "monat", "mes", "prix", "preis",
                "precio", "iva", "mwst", "incl", "excl", "year", "jahr", "año", "each", "plus", "mensual", "mensuel",
                "monatlich", "annual", "yearly", "jährlich", "anual", "annuel", "netto", "brutto", "person", "personne",
                "usd", "eur", "chf", "gbp", "jpy", "mxn", "cop", "ars", "clp", "pen", "cad", "aud", "euro", "euros"}

# Capitalised words that start a note sentence before "approved"/"says" without being anyone's name.
_NOT_NAMES = {"budget", "price", "pricing", "discount", "rate", "quote", "offer", "board", "boss", "team", "legal",
              "finance", "management", "it", "ops", "sales", "customer", "client", "she", "he", "they", "we",
              "preis", "rabatt", "angebot", "chef", "kunde", "kundin", "prix", "remise", "devis", "client", "cliente",
              "precio", "descuento", "presupuesto", "jefe", "direction", "dirección", "direktion", "installer"}


_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _colleague(name: str, ordered: Sequence[Source]) -> bool:
    """Whether a capitalised word before "approved" is a person's name: not a common noun, never written in
    lower case in the sources."""
    low = name.lower()
    # a word set per source, not a pattern per name: built patterns would crowd the regex cache out
    return low not in _NOT_NAMES and not any(low in set(_TOKEN.findall(s.text or "")) for s in ordered)

# A day or date named in a sentence, in any of the four languages.
_DAY_MENTION = re.compile(
    rf"{_DATE_RE.pattern}|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b", re.I)
# A sentence moving something to another day.
_RESCHEDULE = re.compile(r"\b(?:moved?|moving|push(?:ed)?|reschedul\w*|postpone\w*|instead|verschoben|verschieben|"
                         r"verlegt|statt|reporté|reporter|décalé|décaler|déplacé|au lieu|cambiado|cambiar|movido|"
                         r"mover|aplazado|aplazar|en lugar|en vez)\b", re.I)
_DAY_WORDS = {"next", "week", "day", "morning", "afternoon", "nächste", "semaine", "semana", "prochain", "próximo"}


def _moved_days(ordered: Sequence[Source], cleaned: dict) -> list[tuple[datetime, str, set[str]]]:
    """Per sentence that moves something to another day: its time, source and content words."""
    out = []
    for src in ordered:
        text = cleaned.get((src.kind, src.id), "")
        for a, b in split_sentences(text):
            sentence = text[a:b]
            if _RESCHEDULE.search(sentence) and _DAY_MENTION.search(sentence):
                out.append((src.at, f"{src.kind}:{src.id}", _content(_DAY_MENTION.sub(" ", sentence))))
    return out

# A question in a note that the rep asks (a colleague, themselves): "dürfen wir ... nennen?", "can we ...?".
_OUR_QUESTION = re.compile(r"\b(?:we|wir|nous|on|nosotros|podemos|können wir|dürfen wir|can we|may we|should we|"
                           r"i|ich|je)\b", re.I)


def _priced(text: str) -> set[tuple[str, str, str]]:
    """The amounts of a text as (currency, per-unit, value): only figures written with a currency."""
    out = set()
    for m in _PRICED.finditer(text or ""):
        cur = (m.group("pre") or m.group("post") or "").lower()
        if not cur:
            continue
        per = re.sub(r"^(?:/|per|pro|par|por|al|a la)\s*", "", (m.group("per") or "").strip().lower())
        per = {"mo": "month", "mth": "month", "monat": "month", "mois": "month", "mes": "month", "yr": "year",
               "jahr": "year", "an": "year", "año": "year"}.get(per, per)
        value = re.sub(r"[^\d]", "", m.group("num"))
        out.add((cur, per, value))
    for m in _HEADCOUNT.finditer(text or ""):
        out.add(("people", "", m.group("n1") or m.group("n2")))
    return out


def _guard(items: list[Item], ordered: Sequence[Source], customer_name: str, visible: set[str],
           cleaned: dict) -> list[Item]:
    """Never restate what leaks or is stale: signature lines, colleagues' names, auto-replies, and a figure a
    newer source replaced (the same currency and unit at another value, in a later source or later on the same
    note)."""
    auto = {(s.kind, s.id) for s in ordered if s.direction == "inbound" and _AUTO_REPLY.search(s.text or "")}
    parts = [w for w in re.findall(r"[^\W\d_]{2,}", customer_name or "")]
    full = re.compile(r"\b" + r"\W+".join(map(re.escape, parts)) + r"\b", re.I) if len(parts) >= 2 else None
    priced = [(n, i, _priced(i.quote)) for n, i in enumerate(items)]
    revised = _revised_numbers(ordered, cleaned)
    moved = _moved_days(ordered, cleaned)
    out = []
    for n, item in enumerate(items):
        if (item.source_kind, item.source_id) in auto:
            out.append(replace(item, status="superseded", by=f"{item.source_kind}:{item.source_id}"))
            continue
        quote = item.quote
        if item.direction in ("inbound", "note") and (_LEAK.search(quote) or (full and full.search(quote))):
            item = replace(item, internal=True, text="")
        elif item.direction == "note" and not item.internal and any(
                _colleague(m.group("name"), ordered) for m in _COLLEAGUE.finditer(_PAREN.sub("", quote))):
            # "Diego aprueba 15% si paga 2 años": the figure is for the customer, the colleague is not
            said = _COLLEAGUE.sub(lambda m: m.group(0)[:m.start("name") - m.start()], _PAREN.sub("", quote))
            item = replace(item, text=_tidy(said) if item.text else "", hidden=next(
                m.group("name") for m in _COLLEAGUE.finditer(_PAREN.sub("", quote)) if _colleague(m.group("name"), ordered)))
        elif item.direction == "note" and item.kind == "question" and not item.text and _OUR_QUESTION.search(quote) \
                and any(
                w.lower() not in visible and w.lower() not in _MONTH_DAY_WORDS
                for w in re.findall(r"(?<=\s)[A-ZÀ-Ý][\w'’-]{2,}", _PAREN.sub("", quote))):
            # a question in a note naming what the customer never saw is one the rep asks a colleague
            item = replace(item, internal=True, text="", kind="answer")
        if item.status == "open" and item.kind != "question" and _DAY_MENTION.search(quote):
            # "Pickup Monday Nov 23" after "he wants pickup moved to next Tuesday": the old day is not in force
            later = next((where for at, where, words in moved if at > item.at
                          and (_content(_DAY_MENTION.sub(" ", quote)) & words) - _DAY_WORDS), None)
            if later:
                item = replace(item, status="superseded", by=later)
        mine = priced[n][2]
        if mine and item.status == "open" and item.kind != "question":
            # a later sentence that revises a close figure, currency or not ("forfait 489 -> 465", "OK sur 3 450")
            close = next((where for at, where, nums in revised if at > item.at and any(
                v != o and _comparable({v}, {o}, CLOSE_RATIO) for *_, v in mine for o in nums
                if o not in {x for *_, x in mine})), None)
            if close:
                item = replace(item, status="superseded", by=close)
        if mine and item.status == "open" and item.kind != "question":
            for m, other, theirs in priced:
                # pairs of a figure here and another value there in the same currency, of one order of magnitude
                # (GBP 27/month for a charger does not replace GBP 512/month for the car)
                pairs = [(a, b) for a in mine for b in theirs if a[0] == b[0] and a[2] != b[2]
                         and _comparable({a[2]}, {b[2]})]
                if not pairs or {v for *_, v in theirs} <= {v for *_, v in mine}:
                    continue
                if other.at > item.at and _REVISED_FIGURE.search(other.quote):
                    same = True  # a later revision in the same currency ("re-quoted as a package: $28,900")
                elif other.at > item.at:
                    # a later source: the same per-unit price, or the same thing priced again
                    same = any((a[1] and a[1] == b[1]) for a, b in pairs) or bool(
                        (_content(item.quote) & _content(other.quote)) - _PRICE_WORDS)
                elif other.at == item.at and other.source_id == item.source_id and m > n:
                    # later on the same note: only a figure written as a revision of this one ("-> $882/mo")
                    src = cleaned.get((item.source_kind, item.source_id), "")
                    a, b = src.find(item.quote), src.find(other.quote)
                    same = 0 <= a < b and bool(_REVISED_FIGURE.search(src[a + len(item.quote):b + len(other.quote)])) \
                        and any(_comparable({x[2]}, {y[2]}, CLOSE_RATIO) for x, y in pairs)  # "500 € -> 1 985 €/yr" is
                    # a price for a deductible, not the deductible revised
                else:
                    same = False
                if same:
                    item = replace(item, status="superseded", by=f"{other.source_kind}:{other.source_id}")
                    break
        newer = _restated_later(item, items) if item.direction in ("outbound", "inbound") else None
        if newer is not None:
            item = replace(item, status="superseded", by=f"{newer.source_kind}:{newer.source_id}")
        if item.kind == "question" and item.direction == "note" and not item.text and n + 1 < len(items):
            nxt = items[n + 1]
            if nxt.source_id == item.source_id and nxt.source_kind == item.source_kind and not nxt.internal \
                    and _YES_NO.match(nxt.quote):
                # "Eigener DJ erlaubt? ja, bis 1 Uhr": asked and answered on the call
                item = replace(item, status="answered", by=f"{nxt.source_kind}:{nxt.source_id}")
        if item.kind == "question" and item.direction == "inbound" and item.status == "answered" and any(
                o.kind == "unsure" and o.at > item.at and _content(_TOPIC_OF.sub("", o.quote)) & _content(item.quote)
                for o in items):
            # the call note says the rep does not know yet: whatever else it said, the question is still open
            item = replace(item, status="open", by="")
        if item.status == "open" and item.direction in ("outbound", "note") and item.kind in ("term", "commitment"):
            declined = next((o for o in ordered if o.direction == "inbound" and o.at > item.at and any(
                _DECLINED.search(sent) and _shared(_content(sent), _content(item.quote)) >= 1
                for sent in re.split(r"(?<=[.!?])\s+", cleaned.get((o.kind, o.id), "")))), None)
            if declined is not None:
                # "Die Arbeitnehmerveranlagungen brauchen wir nicht": an offer the customer turned down is not restated
                item = replace(item, status="superseded", by=f"{declined.kind}:{declined.id}")
        if item.kind == "commitment" and item.status == "open" and item.direction in ("outbound", "note"):
            # a newer word on the same thing with its own day ("proposal + SLA going out tomorrow") replaces it
            newer = next((o for o in items if o.at > item.at and o.direction in ("outbound", "note")
                          and o.due is not None and len(_content(o.quote) & _content(item.quote)) >= 2), None)
            if newer is not None:
                item = replace(item, status="superseded", by=f"{newer.source_kind}:{newer.source_id}")
        out.append(item)
    return out


def build_state(sources: Sequence[Source], tz: str, now: datetime, *, customer_name: str = "") -> State:
    """What is open in one customer's conversation on the day of now (naive UTC)."""
    ordered = sorted(sources, key=lambda s: (s.at, s.kind, s.id))
    today = local_day(now, tz)
    # the customer's own words decide; a prospect known only from call notes is written to in the notes' language
    language = detect_language([clean(s.text, s.direction, customer_name) for s in ordered
                                if s.direction == "inbound"] or [s.text for s in ordered if s.direction == "note"]
                               or [""])
    items: list[Item] = []
    topic = ""
    cleaned = {(s.kind, s.id): clean(s.text, s.direction, customer_name) for s in ordered}
    visible = _visible_words(ordered, cleaned, customer_name)
    first = (customer_name or "").split()[0] if (customer_name or "").split() else ""
    header_name = "" if first else name_from_headers(ordered)
    first = first or header_name
    for src in ordered:
        text = cleaned[(src.kind, src.id)]
        for start, end, s_start, s_end in _spans(text, src.direction):
            quote = text[start:end]
            if len(quote.split()) > MAX_SENTENCE_WORDS or not (re.search(r"[^\W\d_]{3,}", quote)
                                                                 or _STATED_PRICE.search(quote)):
                continue
            if _SIGN_OFF.match(quote) or _GREETING_LINE.match(quote):
                continue
            if src.direction == "note" and _is_note_header(quote):
                if not topic:
                    m = re.search(r"\b(?:re|about|regarding|on|topic)\s*[:-]?\s+(.+)$", quote, re.I)
                    topic = _tidy(m.group(1)) if m else ""
                continue
            if src.direction == "inbound" and _PLEASANTRY.match(quote.strip()) and "?" not in quote:
                continue
            lead = re.match(r"^([^:]{3,60}):\s+(?=\S)", quote) if src.direction == "note" else None
            if lead and (_names_unknown(lead.group(1), visible, language) or _INTERNAL.match(lead.group(1))
                         or _INTERNAL_ANY.search(lead.group(1)) or _CALL_LEAD.match(lead.group(1))
                         or _is_customer(lead.group(1), customer_name)):
                # "Tel. Frau Schubert: ...", "Llamé a Andrés: ...", "Gil: ...": who was called, not what was said
                quote = quote[lead.end():]  # "Kurz mit Rezeption (Jana) gesprochen: 18 Zimmer ...": the point stays
            if src.direction == "note":
                quote = re.sub(r"^(?:questions?|fragen?|preguntas?|q)\s*:\s*", "", quote, flags=re.I)
            if quote.rstrip().endswith("?"):
                quote = re.sub(r"^[\s–—-]+", "", quote)
                ask = re.match(r"^[^?]{3,80}:\s+(?=[^:?]{8,}\?$)", quote)
                if ask and src.direction == "inbound":
                    quote = quote[ask.end():]  # "Eine Frage noch aus der Geschäftsleitung: Gibt es ...?"
            # "Deux questions : pouvez-vous ...", "Two questions: can you ...": the count is no part of the question
            quote = re.sub(r"^(?:(?:two|three|a few|some|a couple of|zwei|drei|ein paar|deux|trois|quelques|dos|tres|"
                           r"algunas)\s+)?(?:quick\s+|kurze\s+|petites\s+)?(?:questions?|fragen?|preguntas?)\s*:\s*",
                           "", quote, flags=re.I)
            # a question the customer asked on the call may name a place only the note has ("à Nanterre")
            asked_here = src.direction == "note" and quote.rstrip().endswith("?") and not _OUR_QUESTION.search(quote)
            internal = src.direction == "note" and (bool(_INTERNAL.match(quote.strip()))
                                                    or bool(_INTERNAL_ANY.search(_PAREN.sub("", quote)))
                                                    or (not asked_here and _names_unknown(quote, visible, language)))
            promised = promise_inside(quote, language) if src.direction == "note" else ""
            unsure = src.direction == "note" and not promised and bool(
                _UNSURE.search(text[s_start:s_end].replace("’", "'")))
            if unsure:
                internal = True
            asked = _ASKED.search(quote) if unsure else None
            if asked is None and src.direction == "note" and not promised:
                asked = _asked_open(quote, first, text[end:])
                yes = _SAID_YES.match(text[end:]) if asked is False else None
                if yes:
                    # "asked if we can file before Dec 18 - said yes": what the rep confirmed on the call
                    items.append(Item(kind="answer", text="", quote=quote + yes.group(0).rstrip(" ."),
                                      source_kind=src.kind, source_id=src.id, at=src.at, direction="note"))
                    continue
                if asked is False:
                    continue  # asked and answered on the call: the answer that follows is the point
            if asked:
                # a question asked on the call that the rep could not answer: an open question, never a guess
                ask = expand_shorthand(_tidy(quote[asked.end():]))
                if re.search(r"(?:about|nach|sur|por)\s+$", asked.group(0), re.I):
                    ask = re.split(r",|\s[-–—]\s|;", ask)[0].strip()  # "asked about permits, I think ...": permits
                if language == "en" and re.search(r"\b(?:if|whether)\s+$", asked.group(0), re.I):
                    ask = _inverted(ask)
                elif language == "de" and re.search(r"\bob\s+$", asked.group(0), re.I):
                    # "ob SSO enthalten ist" -> "ist SSO enthalten": the verb comes first in a direct question
                    ask = re.sub(r"^(.+?)\s+(ist|sind|gibt|kann|können|wird|werden|hat|haben)$", r"\2 \1", ask)
                ask = re.sub(r"\s+(?:again|too|as well|once more)$", "", ask, flags=re.I)
                known = set().union(*[_content(i.quote) for i in items if i.kind == "question"])
                if not unsure and _content(ask) and _content(ask) <= known:
                    continue  # "Asked about PMI again": the question is already open
                if ask:
                    items.append(Item(kind="question", text=ask, quote=quote, source_kind=src.kind,
                                      source_id=src.id, at=src.at, direction="note"))
                continue
            kind = _kind(quote, src.direction)
            if src.direction == "note" and kind not in ("commitment", "preference") and _NOTE_PROMISE.match(quote.strip()):
                kind = "commitment"
            if kind is None:
                if src.direction == "note" and _content(quote):
                    kind = "answer"  # kept for answering questions; restated only when it reads as an answer
                if kind is None:
                    continue
            if internal:
                kind = "unsure" if unsure else "answer"
            if promised:
                kind, internal = "commitment", False
            foreign = language != "en" and src.direction in ("note", "inbound")
            shorthand_question = src.direction == "note" and kind == "question"  # a slot keeps the note's words
            said = quote
            if src.direction == "note" and first:
                if re.search(rf"\b(?:tell|write|email|call|remind|text|ping|sagen|schreiben|anrufen|dire à|écrire à|"
                             rf"rappeler|decirle a|escribir a|llamar a)\s+(?:\w+\.?\s+)?{re.escape(first)}\b", quote, re.I):
                    internal = True  # "Need to tell Oliver both": the rep's to-do about the customer
                said = re.sub(rf"^{re.escape(first)}\b(?!\s*[:,])", "He", quote)  # "Gary needs ..." -> "you need ..."
            text_ = restate(said, src.direction, kind) if not (internal or foreign or shorthand_question) else ""
            if foreign and not internal and kind in ("constraint", "term", "request", "preference", "answer"):
                # reported speech in the customer's language: "wir planen" -> "Sie planen", "Veut" -> "vous voulez"
                plain = _PAREN.sub("", quote)
                text_ = customer_said(plain, language) if src.direction == "inbound" else note_said(plain, language)
                if text_ and kind == "answer":
                    kind = "constraint"  # a note's word about the customer's side, not an answer the rep gave

            if promised:
                text_ = promised
            if not text_ and src.direction == "note" and kind == "commitment" and not internal:
                text_ = promise(quote, language) or (own_promise(quote, language) if foreign else "")
            if kind == "answer" and len(quote.split()) < 2:
                continue  # "Tel.", "ok": shorthand, not a point
            due = resolve_due(quote, src.at, tz) if kind in ("commitment", "next_step", "request",
                                                                "constraint", "term") else None
            when = ""
            if due is not None:
                day = local_day(due, tz)
                when = say_day(day, today) if day >= today else ""
            if text_:
                text_ = restate_dates(text_, src.at, tz, today, language)
            listed = bool(re.search(r":\s*[^:]+,[^:]+\b(?:and|und|et|y)\b", quote))  # a joined list keeps every item
            limit = OWN_RESTATED_WORDS if src.direction == "outbound" else MAX_RESTATED_WORDS
            item = Item(kind=kind, text=(text_ if listed else _shorten(text_, limit)) if text_ else "", quote=quote,
                        source_kind=src.kind,
                        source_id=src.id, at=src.at, direction=src.direction, due=due, when=when,
                        internal=internal)
            if due is not None and local_day(due, tz) < today and kind in ("commitment", "next_step"):
                # a promised day that has passed is restated without its day
                item = replace(item, when="")
            items.append(item)
    items = _guard(_settle(items, ordered, cleaned), ordered, customer_name, visible, cleaned)
    last = _last_interaction(ordered, tz, today, language)
    if not topic:
        topic = _topic(items)
    return State(items=tuple(items), language=language, today=today, last=last, topic=topic, tz=tz,
                 name=header_name)


# The customer named in a call note's header: "Call with Dana 10:00", "Talked to Dana", "Spoke with Dana, ...".
_HEADER_NAME = re.compile(
    r"^(?i:(?:phone |video |zoom |teams |quick |short |intro |discovery |follow-?up )?call with|talked (?:to|with)|"
    r"spoke (?:to|with)|chatted with|anruf (?:mit|von)|telefonat mit|gespräch mit|telefoniert mit|"
    r"appel avec|parlé (?:à|avec)|llamada con|hablé con)\s+(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]{1,30})"
    r"(?=\s*(?:$|[,.;:(–—-]|\d|(?:re|about|on|at|today|yesterday|this|for|regarding)\b))")
# Capitalised words a header may carry that are no one's first name.
_NOT_A_NAME = {"the", "team", "client", "customer", "prospect", "legal", "sales", "support", "finance", "procurement",
               "it", "ops", "billing", "accounts", "buyer", "owner", "them", "him", "her", "everyone", "all",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def name_from_headers(ordered: Sequence[Source]) -> str:
    """The customer's first name when every call-note header naming someone names the same one person, else ""."""
    names = set()
    for src in ordered:
        if src.direction != "note":
            continue
        first_line = re.split(r"(?<=[.!?])\s+|\n", (src.text or "").strip(), maxsplit=1)[0]
        m = _HEADER_NAME.match(first_line.strip())
        if m and m.group("name").lower() not in _NOT_A_NAME and _colleague(m.group("name"), ordered):
            names.add(m.group("name"))
    return names.pop() if len(names) == 1 else ""


# A note sentence saying the customer asked something ("Asked if SSO is included", "Dana asked whether ...").
_ASKED_LEAD = re.compile(
    r"^(?:(?:he|she|they|client|customer|prospect)\s+)?(?:asked (?:if|whether|about)|wanted to know (?:if|whether)|"
    r"wants to know (?:if|whether)|fragte,? ob|fragt,? ob|fragt nach|a demandé si|demande si|veut savoir si|"
    r"preguntó si|pregunta si|pregunta por|quiere saber si)\s+", re.I)
# What follows a question in the same note when the rep answered it on the call.
_ANSWERED_NEXT = re.compile(r"^\s*(?:[-–—:>→=]+\s*)?(?:told|explained|confirmed|answered|clarified|said (?:yes|no)|"
                            r"hab(?:e)?\b|ich hab|j'ai (?:dit|répondu|confirmé|indiqué|expliqué)|je lui ai|le dije|"
                            r"le confirmé|le expliqué|le comenté|"
                            r"yes|yep|no\b|nope|ja\b|nein\b|oui\b|non\b|sí\b|si\b|it is|it's|they are|"
                            r"gesagt|erklärt|bestätigt|dit|expliqué|confirmé|dije|expliqué|confirmé)", re.I)


_INDIRECT = re.compile(r"^(?P<subj>(?!(?:i|we|you|he|she|they|it|there)\b)[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+"
                       r"(?P<aux>is|are|can|could|will|would|does|do|has|have|should)\s+(?P<rest>\S.*)$", re.I)


def _inverted(clause: str) -> str:
    """An indirect yes/no question as a direct one: "SSO is included" -> "is SSO included"."""
    we = re.match(r"^we\s+(?P<verb>[^\W\d_]+)\b(?P<rest>.*)$", clause, re.I)
    if we:  # "we offer a discount" -> "do we offer a discount"
        aux = we.group("verb").lower() in ("is", "are", "can", "could", "will", "would", "do", "does", "have",
                                           "should", "need", "must")
        return (f"{we.group('verb')} we{we.group('rest')}" if aux
                else f"do we {we.group('verb')}{we.group('rest')}")
    m = _INDIRECT.match(clause)
    if not m or re.search(r"\b(?:is|are|can|could|will|would|does|do|has|have|should)\b", m.group("subj"), re.I):
        return clause
    return f"{m.group('aux').lower()} {m.group('subj')} {m.group('rest')}"


# A bare yes right after a question in a note: " - said yes.", ". Yes."
_SAID_YES = re.compile(r"^\s*(?:[-–—:>→=.]+\s*)?(?:said |told (?:him|her|them) )?(?:yes|yep|ja|oui|sí)\b\s*[.!]?\s*(?=$|\n|[A-Z])",
                       re.I)


def _asked_open(quote: str, first: str, after: str):
    """The match of "asked if" opening a note sentence whose answer the note does not give; False when it does."""
    q = quote.strip()
    if first:
        q = re.sub(rf"^{re.escape(first)}\s+(?=\w)", "", q)
    m = _ASKED_LEAD.match(q)
    if m is None:
        return None
    rest = q[m.end():]
    if re.search(r"\s[-–—>→]+\s|;|:\s*(?:yes|no|ja|nein|oui|non|sí)\b|,\s*(?:told|said|confirmed)\b", rest, re.I) \
            or _ANSWERED_NEXT.match(after.lstrip(" .")):
        return False
    # the match as if on the quote itself: the question is what follows it
    return re.match(r"^\s*.*?" + re.escape(m.group(0)), quote)


def _topic(items: Sequence[Item]) -> str:
    """What a call note was about, from the first thing the customer wanted ("the case study from ...")."""
    for item in items:
        if item.direction == "note" and item.text.startswith(("you'd like ", "you need ")):
            rest = re.split(r",| and | because | so ", item.text.split(" ", 2)[2])[0].strip()
            rest = re.sub(r"^to ", "", rest)
            if 1 <= len(rest.split()) <= 8:
                return rest
    return ""


_CLAUSE = re.compile(r"\s+[-–—]+>?\s+|;\s+|,\s+(?=(?:and|but|told|und|aber|et|mais|y|pero)\b)|\.\s+")
_TIME_RANGE = re.compile(r"\b\d{1,2}[:.h]\d{2}\s*[-–]\s*\d{1,2}[:.h]\d{2}\b")
# Clauses of a call note that are the rep's own business: never said to the customer, never an answer.
_INTERNAL_ANY = re.compile(
    r"\b(told [A-Z]\.?(?=\W|$)|checked w(?:ith|/)|ok'?d\b|approved it|crm|internal|"
    r"don'?t (?:share|mention|tell|promise|commit|quote)|(?:hasn'?t|haven'?t|has not|have not) (?:answered|replied|"
    r"come back|gotten back)|not for (?:the )?client|wants this closed|quota|commission|"
    r"nicht weitergeben|intern\b|ne pas (?:partager|dire|mentionner)|no (?:compartir|decir|mencionar))|!!", re.I)
# A note clause saying the rep does not know yet: the question stays open (an answer slot), nothing is said.
_UNSURE = re.compile(
    r"\b(not sure|need to check|needs? checking|to check|didn'?t have an answer|no answer|don'?t know|dunno|tbd|tbc|"
    r"still waiting|waiting (?:on|for)|no reply yet|haven'?t heard|pas de réponse|keine antwort|sin respuesta|no response|"
    r"ask (?:the |our )?\w+(?: desk| team)?\b|find out|unverified|guess|no idea|"
    r"keine ahnung|aucune idée|aucune idee|ni idea|sin idea|no tengo idea|"
    r"weiß ich nicht|weiss ich nicht|nicht sicher|kann ich nicht bestätigen|noch offen|noch nicht|pas encore|todavía no|aún no|klären|nachfragen|prüfen|"
    r"pas sûr|pas tranché|à voir|voir avec|je ne peux pas confirmer|vérifier avec|je ne sais pas|demander à|à confirmer|"
    r"no sé|no estoy segur|no puedo confirmar|pendiente|consultar con|preguntar a|por confirmar|verificar)", re.I)
_ASKED = re.compile(r"\b(?:asked (?:if|whether|about)|asks (?:if|whether|about)|wants to know (?:if|whether)?|"
                    r"fragt(?:e)?,? ob|frage,? ob|(?:möchte|will) wissen,? (?:ob)?|fragt nach|"
                    r"demande si|a demandé si|veut savoir(?: si| s'| qui| quel(?:le)?s?| combien| comment)?|"
                    r"demande (?:qui|quel(?:le)?s?|combien)|"
                    r"pregunta si|preguntó si|pregunta por|quiere saber(?: si)?)\s+", re.I)
_NOTE_PROMISE = re.compile(
    r"^(?:i |we )?(?:promised to|will|to|need to)?\s*(?:send|sending|email|emailing|call|calling|follow up|"
    r"schicke|sende|schicken|senden|melde|rufe|j'envoie|envoie|envoyer|je renvoie|rappeler|je rappelle|"
    r"je lui envoie|le envío|envío|enviar|mando|mandar|llamar|le llamo|llamo)\b", re.I)
_PROMISE_LEAD = {
    "en": ("I'll ", r"^(?:i |we )?(?:promised to|will|to|need to)?\s*(?:sending|send)\s+(?:him|her|them)?\s*", "send you "),
    "de": ("Ich ", r"^(?:schicke|sende|schicken|senden)\s+(?:ihm|ihr|ihnen)?\s*", "schicke Ihnen "),
    "fr": ("Je ", r"^(?:j'envoie|envoie|envoyer|je (?:lui |leur )?(?:envoie|renvoie))\s+(?:lui |leur )?", "vous envoie "),
    "es": ("", r"^(?:le |les )?(?:envío|enviar|mando|mandar)\s+(?:le |les )?", "Le envío "),
}
_NAME_CONTEXT = re.compile(
    r"\b(?:by|with|w/|per|from|ask|asked|told|for|at|in|mit|von|bei|avec|par|chez|pour|con|por|para|de)\s+"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)"
    r"|(?P<firm>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?\s+(?:Farms?|Brewing|Inc|LLC|GmbH|AG|Ltd|Co|Corp|Group|"
    r"Partners|SA|SL|SAS|SARL|Holdings|Industries|Logistics|Foods|Academy|School|College|University|Hospital|"
    r"Clinic|Utilities|Bank|Hotel|Restaurant|Winery|Dental|Medical|Labs?|Schule|Klinik|Hôtel|École|Clínica|"
    r"Colegio))\b")


def _spans(text: str, direction: str) -> list[tuple[int, int]]:
    """Sentence spans of a source; a call note's run-on shorthand is cut into its clauses too."""
    spans = split_sentences(text)
    if direction != "note":
        return [(a, b, a, b) for a, b in spans]
    out = []
    for start, end in spans:
        pos = start
        for m in _CLAUSE.finditer(text, start, end):
            if m.group().startswith(".") and re.fullmatch(r"\d{1,2}", text[pos:m.start()].split()[-1] if
                                                           text[pos:m.start()].split() else "") and \
                    text[m.end():].split(" ", 1)[0].lower().strip(",.") in _ANY_MONTH:
                continue  # "am 2. Dezember": a German date, not the end of the clause
            if m.group().startswith(".") and re.search(r"(?:^|\W)(?:ca|wg|evtl|ggf|bzw|inkl|zzgl|env|aprox|approx|"
                                                        r"incl|vs|z\.b|tel|nr|no|dr|mr|mrs|ms|st|prof|sr|sra|mme)$", text[pos:m.start()], re.I):
                continue  # "Budget ca. 60.000 €": an abbreviation, not the end of the clause
            if m.start() > pos:
                out.append((pos, m.start(), start, end))
            pos = m.end()
        if pos < end:
            out.append((pos, end, start, end))
    return [span for span in out if text[span[0]:span[1]].strip(" .,;-")]


def _visible_words(ordered: Sequence[Source], cleaned: dict, customer_name: str) -> set[str]:
    """Words the customer has seen or written: what a note may name without leaking someone else."""
    words = {w.lower() for w in re.findall(r"[\w'’-]+", customer_name or "")}
    for src in ordered:
        if src.direction != "note":
            words |= {w.lower() for w in re.findall(r"[\w'’-]+", src.text or "")}
    return words


_MONTH_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                    "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov",
                    "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}


def _names_unknown(clause: str, visible: set[str], language: str) -> bool:
    """Whether a note clause names a person or firm the customer's own emails never mention (a colleague, another
    customer): such a clause is internal."""
    for m in _NAME_CONTEXT.finditer(_PAREN.sub("", clause)):
        name = m.group("name") or m.group("firm")
        words = [w.lower() for w in re.findall(r"[\w'’-]+", name)]
        if all(w in _MONTH_DAY_WORDS for w in words):
            continue
        if language == "de" and m.group("name") and not re.match(r"(?:mit|von|bei|by|with|w/|per|ask|told)\b",
                                                                    m.group(0), re.I):
            continue  # German nouns are capitalised: only a name after "mit"/"von"/"bei" counts
        if not all(w in visible for w in words):
            return True
    return False


_PROMISE_INSIDE = {
    "en": (re.compile(r"\b(?:told (?:him|her|them) (?:I'?d|I would|we'?d)|promised to|I'?ll|I will)\s+"
                      r"(?P<verb>send|confirm|call|email|get|share|forward|book|schedule|set up|follow up)\b(?P<rest>.*)",
                      re.I), "I'll {verb}{rest}"),
    "fr": (re.compile(r"\b(?:je (?:lui |leur )?(?:envoie|enverrai|renvoie|transmets)|lui envoyer|(?:lui )?"
                      r"renvoyer)\b(?P<rest>.*)", re.I), "Je vous envoie{rest}"),
    "es": (re.compile(r"\b(?:se (?:los|las|lo|la) mando|le mando|le envío|se (?:los|las|lo|la) envío|mandarle|"
                      r"enviarle)\b(?P<rest>.*)", re.I), "Le envío{rest}"),
    "de": (re.compile(r"\b(?:schicke|sende|schicken|senden) (?:ihm|ihr|ihnen)\b(?P<rest>.*)", re.I),
           "Ich schicke Ihnen{rest}"),
}


def promise_inside(quote: str, language: str) -> str:
    """A promise told on the call inside a note clause ("told him I'd confirm X by noon"), in the rep's voice."""
    pattern, form = _PROMISE_INSIDE.get(language, _PROMISE_INSIDE["en"])
    m = pattern.search(_PAREN.sub("", quote))
    if not m:
        return ""
    rest = m.group("rest").rstrip(" .;:,")
    if len(rest.split()) < 1:
        return ""
    return form.format(verb=(m.groupdict().get("verb") or "").lower(), rest=rest)


_FOREIGN_SWAP = {
    "de": {"unser": "Ihr", "unsere": "Ihre", "unseren": "Ihren", "unserem": "Ihrem", "unserer": "Ihrer",
           "unseres": "Ihres", "mein": "Ihr", "meine": "Ihre", "meinen": "Ihren", "meinem": "Ihrem", "meiner": "Ihrer"},
    "fr": {"notre": "votre", "nos": "vos", "mon": "votre", "ma": "votre", "mes": "vos"},
    "es": {"nuestro": "su", "nuestra": "su", "nuestros": "sus", "nuestras": "sus", "mi": "su", "mis": "sus"},
}
_FIRST_PERSON = {"de": re.compile(r"\b(ich|wir|uns|mich|mir)\b", re.I),
                 "fr": re.compile(r"\b(je|j'|nous|moi|me|m')", re.I),
                 "es": re.compile(r"\b(yo|nosotros|nosotras|nos|me|\w+(?:amos|emos|imos))\b", re.I)}


def restate_foreign(quote: str, language: str) -> str:
    """A German, French or Spanish statement about the customer's side, possessives turned to the customer
    ("Notre direction valide ..." -> "votre direction valide ..."), or "" when it speaks in the first person."""
    text = _tidy(quote)
    if language not in _FOREIGN_SWAP or _FIRST_PERSON[language].search(text) or "?" in text:
        return ""
    table = _FOREIGN_SWAP[language]
    out = re.sub(r"[^\W\d_]+", lambda m: table.get(m.group(0).lower(), m.group(0)), text)
    out = _shorten(out, FOREIGN_RESTATED_WORDS)
    return out[0].lower() + out[1:] if language != "de" and out[1:2].islower() else out


def promise(quote: str, language: str) -> str:
    """A call note's promise ("Schicke ihm bis Freitag das Angebot") in the rep's voice to the customer."""
    lead, pattern, verb = _PROMISE_LEAD.get(language, _PROMISE_LEAD["en"])
    text = _PAREN.sub("", quote).strip().rstrip(" .;:,")
    m = re.match(pattern, text, re.I)
    if not m:
        return ""
    rest = text[m.end():].strip()
    if not rest:
        return ""
    said = (lead + verb + rest) if lead else verb + rest
    return said


def _shared(words: set[str], other: set[str]) -> int:
    """How many of words the other text shares, a German or Romance ending aside ("Jahre" ~ "Jahren")."""
    return sum(1 for w in words if w in other or (len(w) >= 4 and any(
        len(o) >= 4 and (o.startswith(w) or w.startswith(o)) for o in other)))


def _later(src_at: datetime, ordered: Sequence[Source], *directions: str) -> list[Source]:
    """The sources after a time, in the given directions."""
    return [o for o in ordered if o.at > src_at and o.direction in directions]


# A question about price, rate or discount: a later rep email or note that states a price answers it.
_PRICE_QUESTION = re.compile(r"\b(?:cost|costs|price|pricing|rate|how much|discount|cheaper|kosten|kostet|preis|"
                             r"fee|fees|commission|provision|gebühr|honoraires|commission|tarifa|cuota|comisión|"
                             r"stundensatz|satz|rabatt|günstiger|noch was|combien coûte|combien ça coûte|prix|tarif|"
                             r"coût|coûte|remise|moins cher|"
                             r"cuánto cuesta|cuánto costaría|cuánto sería|precio|cuesta|costaría|descuento|más barato)\b", re.I)
_STATED_PRICE = re.compile(r"[$€£¥]\s?\d|\d\s?[$€£¥%]|\b(?:usd|eur|chf|gbp|euros?)\b", re.I)


def _numbers(text: str) -> set[str]:
    """The figures of a text as digit strings (two digits or more), dates written with dots left out."""
    text = re.sub(r"\b(?:[0-2]?\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{2,4})?", " ", text or "")
    return {n for n in (re.sub(r"\D", "", x) for x in re.findall(r"\d[\d.,'’\u202f]*\d|\d", text)) if len(n) >= 2}


def _counted(text: str) -> set[tuple[str, str]]:
    """Counts of things in a text ("12 posts" -> ("12", "posts")), units of three letters or more, no currency."""
    return {(m.group(1), m.group(2).lower()) for m in re.finditer(r"(?<![\d.,$€£])(\d{1,4})\s+([^\W\d_]{3,})\b",
                                                                   text or "")
            if m.group(2).lower() not in _STOP and m.group(2).lower() not in _ANY_MONTH
            and m.group(2).lower() not in _PRICE_WORDS}


def _restated_later(item: Item, items: Sequence[Item]) -> Item | None:
    """A later rep email or note giving another value close to one of this item's figures on the same thing
    ("coefficient 1,95" then "coefficient de 1,88"), or, for the customer's reply to a rep figure ("1,95 is too
    high"), the rep's later figure that replaced it."""
    if item.kind == "question" or item.status != "open":
        return None
    counted = _counted(item.quote)
    if counted and item.direction in ("outbound", "note"):
        # "12 posts a month" then "with 8 posts a month": the same thing counted again
        for other in items:
            if other.at > item.at and other.direction in ("outbound", "note") and not other.internal and any(
                    unit == u and n != m and n not in re.findall(r"(?<![\d.,])\d+(?![\d.,]\d)", other.quote)
                    for n, unit in counted for m, u in _counted(other.quote)):
                return other
    mine = _numbers(item.quote)
    if not mine:
        return None
    if item.direction == "inbound":
        mine = {v for v in mine if any(v in _numbers(o.quote) for o in items
                                       if o.direction == "outbound" and o.at < item.at)}
        if not mine:
            return None
    for other in items:
        if other.at <= item.at or other.direction not in ("outbound", "note") or other.internal or \
                other.kind == "question":
            continue
        theirs = _numbers(other.quote) - mine
        if not any(_comparable({v}, {w}, CLOSE_RATIO) for v in mine for w in theirs):
            continue
        if item.direction == "inbound" or (_content(item.quote) & _content(other.quote)) - _PRICE_WORDS - \
                {w[:3] for w in _MONTH_DAY_WORDS}:
            return other
    return None


# Asking the rep to send something, in German, French or Spanish: one shared word with a later reply answers it.
_ASK_SEND = re.compile(r"\b(?:pourriez|pouvez)-vous (?:m'|nous )?(?:envoyer|transmettre|faire parvenir)|"
                       r"(?:können|könnten) sie (?:mir|uns)\b[^?]{0,60}\b(?:schicken|senden|zukommen lassen)|"
                       r"(?:puede|podría|pueden|podrían)(?:n)? (?:enviarme|enviarnos|mandarme|mandarnos|pasarme)", re.I)


def _settle(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """Mark answered questions, kept or superseded commitments, replaced terms and overtaken next steps."""
    out: list[Item] = []
    # every sentence of the rep's emails can answer, even one that is no point of its own ("none on this loan")
    replies = [Item(kind="reply", text="", quote=cleaned[(o.kind, o.id)][a:b], source_kind=o.kind, source_id=o.id,
                    at=o.at, direction=o.direction) for o in ordered if o.direction == "outbound"
               for a, b, _, _ in _spans(cleaned[(o.kind, o.id)], o.direction)]
    for n, item in enumerate(items):
        words = _content(item.quote)
        status, by = "open", ""
        if item.kind in ("question", "request") and item.direction == "inbound":
            need = 1 if _ASK_ACTION.match(_tidy(item.quote)) or _ASK_SEND.search(item.quote) or len(words) <= 2 \
                else ANSWER_OVERLAP
            for other in items + replies:
                if other.at <= item.at or other.direction not in ("outbound", "note") or other.kind == "unsure":
                    continue
                shared = _shared(words, _content(other.quote))
                if shared >= need or (_PRICE_QUESTION.search(item.quote) and not other.internal
                                      and _STATED_PRICE.search(other.quote)):
                    # "What would it cost then?" answered by the rep's next figure
                    status, by = "answered", f"{other.source_kind}:{other.source_id}"
                    break
        elif item.kind == "commitment":
            for later in _later(item.at, ordered, "outbound", "note"):
                said = cleaned[(later.kind, later.id)]
                if _KEPT.search(said) and (words & _content(said) or later.direction == "outbound"):
                    status, by = "kept", f"{later.kind}:{later.id}"
                    break
            if status == "open":
                newer = next((o for o in items[n + 1:] if o.kind == "commitment" and o.at > item.at
                              and len(words & _content(o.quote)) >= 1), None)
                if newer is not None:
                    status, by = "superseded", f"{newer.source_kind}:{newer.source_id}"
        elif item.kind == "term":
            nouns = {m.group(1).lower() for m in _TERM_NOUN.finditer(item.quote)}
            newer = next((o for o in items[n + 1:] if o.kind == "term" and o.at > item.at and (
                nouns & {m.group(1).lower() for m in _TERM_NOUN.finditer(o.quote)} or _REVISION.search(o.quote))
                          and _AMOUNT.search(o.quote)), None)
            if newer is not None and _AMOUNT.search(item.quote):
                status, by = "superseded", f"{newer.source_kind}:{newer.source_id}"
        elif item.kind in ("constraint", "request", "term") and item.direction == "inbound":
            for later in _later(item.at, ordered, "inbound"):
                said = cleaned[(later.kind, later.id)]
                if _OVERTAKEN.search(said) and words & _content(said):
                    status, by = "superseded", f"{later.kind}:{later.id}"
                    break
        elif item.kind == "next_step":
            newer = next((o for o in items[n + 1:] if o.kind == "next_step" and o.at > item.at), None)
            if newer is not None:
                status, by = "superseded", f"{newer.source_kind}:{newer.source_id}"
        if status == "open" and item.kind in ("commitment", "next_step") and item.due is not None \
                and not item.when and item.direction == "note" and re.search(
                    r"\b(today|tonight|this (?:afternoon|morning|evening)|eod)\b", item.quote, re.I):
            status = "past"  # "I'll call you this afternoon" a week on is no promise any more
        out.append(replace(item, status=status, by=by))
    return out


def _last_interaction(ordered: Sequence[Source], tz: str, today: date, language: str) -> dict:
    """The newest customer email or call note: what it was and when, restated against today; the rep's own email
    when it came after both (the follow-up then chases it)."""
    if ordered and ordered[-1].direction == "outbound":
        src = ordered[-1]
        return {"kind": "email", "direction": src.direction,
                "when": say_day(local_day(src.at, tz), today, language), "source": f"{src.kind}:{src.id}"}
    for src in reversed(ordered):
        if src.direction in ("inbound", "note"):
            kind = interaction_kind(src.text) if src.direction == "note" else "email"
            return {"kind": kind, "direction": src.direction,
                    "when": say_day(local_day(src.at, tz), today, language), "source": f"{src.kind}:{src.id}"}
    if ordered:
        src = ordered[-1]
        return {"kind": "email", "direction": src.direction,
                "when": say_day(local_day(src.at, tz), today, language), "source": f"{src.kind}:{src.id}"}
    return {"kind": "", "direction": "", "when": "", "source": ""}


# ---------------------------------------------------------------- the rep's habits


@dataclass(frozen=True)
class Voice:
    """How the rep opens and closes their own emails."""

    greeting: str = "Hi"
    sign_off: str = "Best,"


def learn_voice(sent_texts: Sequence[str]) -> Voice:
    """The rep's usual greeting word and sign-off line, from the new text of their own sent emails."""
    greetings: Counter[str] = Counter()
    closings: Counter[str] = Counter()
    for text in sent_texts:
        lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
        if not lines:
            continue
        m = re.match(r"^(hi|hello|hey|dear|good morning|good afternoon)\b", lines[0], re.I)
        if m and len(lines[0].split()) <= 4:
            greetings[m.group(1).capitalize()] += 1
        for line in lines[-4:]:
            m = _SIGN_OFF.match(line)
            if m and len(line) <= 24:
                closings[line if line.endswith((",", "!", ".")) else line + ","] += 1
                break
    voice = Voice()
    if greetings and greetings.most_common(1)[0][1] >= 2:
        voice = replace(voice, greeting=greetings.most_common(1)[0][0])
    if closings and closings.most_common(1)[0][1] >= 2:
        voice = replace(voice, sign_off=closings.most_common(1)[0][0])
    return voice


# A call note saying nothing is left to do: no follow-up until the customer comes back.
_SETTLED = re.compile(r"\b(all set|nothing else (?:needed|to do|open)|nothing (?:to send|open|pending)|no follow-?up|"
                      r"ball is with (?:him|her|them)|will call (?:us )?when|erledigt|nichts (?:mehr )?offen|"
                      r"meldet sich|rien à envoyer|plus rien|reviendra vers nous|nada pendiente|nos avisa|"
                      r"nos llamará)\b", re.I)


def needs_follow_up_state(state: State, sources: Sequence[Source], now: datetime) -> str | None:
    """Why this customer needs a follow-up now, or None: an open question or request, a promise, a fresh call note."""
    if any(i.kind == "question" and i.direction == "inbound" for i in state.open()):
        return "unanswered question"
    if any(i.kind == "request" and i.direction == "inbound" for i in state.open()):
        return "unanswered request"
    promises = sorted((i for i in state.open("commitment") if not i.internal),
                      key=lambda i: (i.due is None, i.due or now))
    if promises:
        first = promises[0]
        return f"commitment due {first.due.date().isoformat()}" if first.due else "open commitment"
    notes = [s for s in sources if s.kind == "note" and s.at <= now]
    messages = [s.at for s in sources if s.kind == "message" and s.at <= now]
    if any(i.kind == "question" for i in state.open()):
        return "unanswered question"
    if notes and (not messages or max(n.at for n in notes) > max(messages)):
        if _SETTLED.search(max(notes, key=lambda n: n.at).text or ""):
            return None  # the call closed everything: "all set, nothing else needed"
        return "call note newer than last message"
    return None

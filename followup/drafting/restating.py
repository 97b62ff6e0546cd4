"""A point restated in the rep's voice to the customer in English: pronouns swapped ("I" -> "you", "he has" ->
"you have"), call-note shorthand written out (cutting.py cuts it to length)."""
from __future__ import annotations

import re
from typing import Callable

from followup.drafting import words as _words
from followup.drafting.brief import DATE_WORD
from followup.drafting.repdecides import confirm_slot, rep_decides
from followup.drafting.words import MANNER, PAREN

# A customer's request of the rep to do something ("can you send ...", "please confirm ..."): the verb and the rest.
ASK_ACTION = re.compile(r"^(?:(?:and|also|so|but)\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?"
                        r"|please\s+(?:could\s+you\s+)?|(?:i|we)(?:'d| would) (?:like|love) (?:you to|to get)\s+)"
                        r"(?P<verb>send|share|forward|email|mail|resend|include|add|provide|get|put together|prepare|"
                        r"set up|schedule|book|check|confirm|find out|look into|(?:hold|reserve)(?!.*\b(?:if|wenn|si)\b))"
                        r"\b(?P<rest>.*)$", re.I)  # (to hold a price on a condition is the rep's decision, no errand)


# A short phrase saying what a request is for, put before its "please" ("For the June 15 event please send ...").
_LEAD_BEFORE_ASK = re.compile(r"^(?P<lead>(?:for|regarding|as for|before|ahead of)\s[^,:.?]{2,40}?),?\s+"
                              r"(?P<ask>please\s.*)$", re.I)


# A clause of the customer's own tacked on a request after a comma (", our CFO will sign it", ", we need it by
# Friday"): their side of it, never part of the rep's promise.
_OWN_CLAUSE = re.compile(r",\s+(?:and\s+)?(?:(?:our|my)\s+[\w-]+(?:\s+[\w-]+)?|we|i|he|she|they)\s+(?:will|would|can|must|"
                         r"should|need|needs|want|wants|have to|has to|is|are|'ll)\b[^,]*$", re.I)


def _lead_after(lead: re.Match[str]) -> str:
    """A request with what it is for put after the thing asked for, before any aside ("please send: your W-9 for the
    June 15 event, addressed to ...")."""
    ask, what = lead.group("ask"), lead.group("lead")[:1].lower() + lead.group("lead")[1:]
    cut = ask.find(", ")
    return f"{ask[:cut]} {what}{ask[cut:]}" if cut > 0 else f"{ask} {what}"


def _own_clause_off(text: str) -> str:
    """A request without the customer's own clause tacked on it; one with a figure or a day keeps it (", we need it
    by Friday" is when)."""
    m = _OWN_CLAUSE.search(text)
    return text if m is None or re.search(r"\d", m.group()) or DATE_WORD.search(m.group()) else text[:m.start()]


# The customer's first person turned to the rep's "you", as an inbound sentence is said back.
SWAP_IN = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "we": "you",
           "us": "you", "our": "your", "ours": "yours", "i'm": "you're", "i'd": "you'd", "i'll": "you'll",
           "i've": "you've", "we're": "you're", "we'd": "you'd", "we'll": "you'll", "we've": "you've",
           "am": "are", "was": "were"}


_SWAP_NOTE = {"he": "you", "she": "you", "they": "you", "him": "you", "her": "your", "them": "you",
              "his": "your", "their": "your", "he's": "you're", "she's": "you're", "they're": "you're",
              "he'll": "you'll", "she'll": "you'll", "they'll": "you'll", "hers": "yours", "theirs": "yours",
              "himself": "yourself", "herself": "yourself", "themselves": "yourselves"}


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
              "reqs": "requirements", "reqmt": "requirement", "reqmts": "requirements", "dept": "department",
              "eng": "engineering", "tmrw": "tomorrow", "b4": "before", "cttee": "committee", "thru": "through"}


def expand_shorthand(text: str) -> str:
    """A note's abbreviations written out ("after budget mtg" -> "after budget meeting")."""
    text = re.sub(r"\bat the mo\b(?!['’\w])", "at the moment", text, flags=re.I)  # "mo" alone may be a month
    return re.sub(r"(?<![\w/])(?:w/o|w/|b4|[A-Za-z]+)(?![\w/])",
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


# A note's day or time word straight after its verb ("Send tomorrow", "Send asap"): no thing named before it.
_WHEN_FIRST = re.compile(r"(?:today|tomorrow|tonight|asap|later|first thing|early|soon|end of|eod|eow)\b|"
                         + DATE_WORD.pattern, re.I)
_DETS = {"the", "a", "an", "my", "your", "his", "her", "their", "our", "this", "that", "these", "those", "them",
         "him", "you", "it", "over", "out", "up", "back", "some", "all", "both", "to", "with", "on", "by", "in"}


# Letters of any script: "Çeşme" is one word, never "Çeş" + "me" turned into "Çeşyou".
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


# A note's third-person verb after "he"/"she", in the second person.
_THIRD_TO_SECOND = {"has": "have", "is": "are", "was": "were", "does": "do", "doesn't": "don't", "isn't": "aren't",
                    "wasn't": "weren't", "wants": "want", "needs": "need", "prefers": "prefer", "likes": "like",
                    "plans": "plan", "expects": "expect", "thinks": "think", "uses": "use", "runs": "run",
                    "asks": "ask", "says": "say", "hopes": "hope", "owns": "own", "works": "work", "gets": "get"}


# What a customer's "your" may mean of the rep as a person ("your email", "your call"); anything else the customer
# calls "yours" (technicians, system, prices) belongs to the rep's company: "our".
_MY_OWN = {"email", "e-mail", "mail", "message", "note", "letter", "call", "voicemail", "time", "name", "number",
           "phone", "calendar", "colleague", "manager", "boss", "help", "reply", "answer", "side", "own", "view",
           "opinion", "advice", "thoughts", "mobile", "cell", "diary", "availability", "schedule", "visit"}


# What follows "her" when it is the object ("send her the quote", "told her a date"), not "her budget".
_OBJECT_NEXT = {"the", "a", "an", "our", "my", "this", "that", "these", "those", "some", "it", "about", "back", "up",
                "in", "on", "that's", "we", "i", "and", "to", "for", "with", "by", "if", "when"}


# Words in -s after "he"/"she" that are no verb of theirs.
_NOT_VERBS = {"always", "sometimes", "perhaps", "thus", "plus", "towards", "afterwards", "nevertheless", "has", "was",
              "is", "does", "its", "this", "us", "yes"}


def second_person(word: str) -> str:
    """A third-person verb after "he"/"she" in the second person ("sees" -> "see", "pushes" -> "push"), or ""."""
    low = word.lower()
    if not low.isalpha() or len(low) < 4 or low in _NOT_VERBS or low.endswith(("ss", "us", "is", "ys")) or \
            not low.endswith("s"):
        return ""
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("shes", "ches", "xes", "zes", "sses", "oes")):
        return low[:-2]
    return low[:-1]


def swap_note(text: str, language: str) -> str:
    """A note's third-person pronouns turned to the customer, only in an English draft: the English table would
    misread other languages' words ("le he ofrecido" is the rep's own "I have offered")."""
    return swap(text, _SWAP_NOTE) if language == "en" else text


# What "we" do together in a customer's "could we ...?": a call or a meeting of both sides.
_TOGETHER = re.compile(r"\s+(?:(?:also|maybe|perhaps|please)\s+)?(?:have (?:a|an|another) (?:\w+ )?(?:call|chat|meeting|"
                       r"word|video ?call|session)|meet|talk|speak|catch up|hop on|jump on|get on)\b", re.I)


def swapped_words(text: str, turn: Callable[[list[re.Match[str]], int], tuple[str, int] | None]) -> str:
    """The text with each English word `turn` changes (into its new text, through the last word index it covers)
    changed; the country "US" in capitals is never a pronoun ("US$13,080", "the US office")."""
    out, pos, through = [], 0, -1
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        if i <= through or m.group() == "US":
            continue
        turned = turn(words, i)
        if turned is None:
            continue
        new, through = turned
        out.append(text[pos:m.start()] + new)
        pos = words[through].end()
    return "".join(out) + text[pos:]


def swap(text: str, table: dict[str, str]) -> str:
    """Swap pronouns per table; an inbound "you" (the rep) becomes "I" as subject, "me" otherwise."""
    def turn(words: list[re.Match[str]], i: int) -> tuple[str, int] | None:
        m = words[i]
        w = m.group().replace("’", "'")
        low = w.lower()
        rep = table.get(low)
        if table is SWAP_IN and low in ("you", "your", "yours", "you're", "you'll", "you've", "you'd"):
            prev = words[i - 1].group().lower() if i else ""
            rep = {"your": "my", "yours": "mine", "you're": "I'm", "you'll": "I'll", "you've": "I've",
                   "you'd": "I'd"}.get(low)
            if low == "your" and i + 1 < len(words) and words[i + 1].group().lower() not in _MY_OWN:
                rep = "our"  # "your technicians", "your system": the rep speaks for the company
            if low == "you":
                obj = prev in ("to", "for", "with", "from", "at", "send", "sent", "tell", "let", "ask", "give",
                               "call", "email", "thank", "see", "meet", "about", "of", "by", "help", "show", "and")
                rep = "me" if obj else "I"
        if low in ("am", "was") and (i == 0 or words[i - 1].group().lower() != "i"):
            rep = None
        if table is SWAP_IN and low == "we" and _TOGETHER.match(text, m.end()) and i and words[i - 1].group().lower() \
                in ("could", "can", "shall", "should", "may", "might"):
            rep = None  # "could we have a short call": the customer and the rep together, still "we"
        if table is _SWAP_NOTE and low == "her" and (i + 1 == len(words) or words[i + 1].group().lower() in _OBJECT_NEXT
                                                     or text[m.end():words[i + 1].start()].strip()):
            rep = "you"  # "owe her the contract", "told her.": her as the object, not "your"
        if rep is None:
            return None
        if table is _SWAP_NOTE and rep in ("you", "you're") and low in ("he", "she") and i + 1 < len(words):
            nxt = words[i + 1]
            verb = _THIRD_TO_SECOND.get(nxt.group().lower()) or second_person(nxt.group())
            if verb and not text[m.end():nxt.start()].strip():
                # "he has 4 providers" -> "you have 4 providers": the verb follows its new subject, and is not
                # visited again
                said = rep if not (w[0].isupper() and i == 0) else rep.capitalize()
                return said + text[m.end():nxt.start()] + verb, i + 1
        if w[0].isupper() and rep != "I" and i == 0:
            rep = rep[0].upper() + rep[1:]
        return rep, i
    return swapped_words(text, turn)


_PRICE_AFTER_COMMA = re.compile(r",\s+(?=(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|eur|usd|chf|gbp))"
                                r"\s?(?:per|a|an|each|/)\s?[^\W\d_]+\s*[.!]?$)", re.I)


def tidy(text: str) -> str:
    """Strip closing punctuation, list markers and leading connectives."""
    text = PAREN.sub("", text).strip()
    text = re.sub(r"^(?:and|also|so|but|plus|oh|ok|okay|btw|by the way|one more thing|ps|p\.s\.)\b[:,.\s]*", "",
                  text, flags=re.I)
    return text.rstrip(" .!;:,")


def restate(sentence: str, direction: str, kind: str) -> str:
    """A sentence in the rep's voice to the customer ("you ..."), or "" when it cannot be restated."""
    s = tidy(sentence)
    if not s:
        return ""
    if direction == "inbound":
        lead = _LEAD_BEFORE_ASK.match(s)  # "For the June 15 event please send: ...": the ask, what it is for after it
        m = ASK_ACTION.match(_lead_after(lead) if lead else s)
        if m:
            rest = swap(_own_clause_off(m.group("rest").lstrip(" :")), SWAP_IN).rstrip("?").strip()
            if not rep_decides(m.group("verb"), kind == "question" or s.endswith("?")):
                return "I'll " + m.group("verb").lower() + (" " + rest if rest else "")
            # "Can you include halal options?", "Please confirm you can install 20 doors": the rep's answer to give
            asked = confirm_slot(f"{m.group('verb')} {rest}")
            if asked:
                return asked
        swapped = swap(s, SWAP_IN).rstrip("?")
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
                if first.strip(",;:") in MANNER:
                    return ""  # "email only, no calls": a preference on how to reach them, no promise to restate
                if base in ("send", "email", "forward", "mail", "prepare", "get", "draft", "share") and \
                        first not in _DETS and not first[:1].isdigit() and not rest[:1].isupper():
                    # "Send tomorrow morning with the plan": the note left the thing out, a day follows the verb
                    rest = ("it " if _WHEN_FIRST.match(rest) else "the ") + rest
                if base in ("call", "email") and not re.match(r"(you|him|her|them)\b", rest, re.I):
                    rest = "you " + rest
                return ("I'll " + (base + " " if base else "") + swap(rest, _SWAP_NOTE)).strip()
        if re.match(r"^(i|we)\b", low):
            return swap(s, _SWAP_NOTE)
    if kind == "next_step" and re.match(r"^(call|ring|phone|email|text|follow up|check in|meet|send|demo)\b", low):
        said = rephrase(s)
        if said.startswith("I'll"):
            return said
    first = low.split(" ", 1)[0]
    if re.match(r"(?:can't|cannot|won't)\b.*\b(?:offered|quoted|proposed)\b", low):
        return ""  # "cannot do 12%, offered 7%": the rep's own refusal and offer, never the customer's
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
        verb = {"wants": "you'd like", "asked": "you asked", "said": "you said", "agreed": "we agreed"}.get(first,
                                                                                 "you " + _NOTE_VERBS.get(first, first))
        rest = _words.asked_what(first, swap(s[len(first):], _SWAP_NOTE))  # "asked re X": "asked about X"
        if first in ("wants", "needs") and (m := _words.BARE_THING.match(rest)):  # "Wants sample report": "a sample report"
            rest = f" {'an' if m.group(1)[0] in 'aeiou' else 'a'}{rest}"
        return _PRICE_AFTER_COMMA.sub(" at ", verb + rest)
    if re.match(r"^(he|she|they)\b", sentence.strip(), re.I) or low.startswith(("his ", "her ", "their ")):
        said = swap(s, _SWAP_NOTE)
        return "y" + said[1:] if said.startswith("You") else said  # it sits inside "As we discussed, ..."
    if kind in ("constraint", "term", "preference"):
        # "Budget 450k" -> "your budget is 450k": the older rules know the shorthand of possessions
        said = rephrase(s)
        if said.lower().startswith(("your ", "you ")) and ":" not in said:
            return said
    return ""


# ---------------------------------------------------------------- a note's shorthand about the customer

_NOTE_VERB = {"wants": "you'd like", "want": "you'd like", "needs": "you need", "need": "you need",
              "is": "you're", "has": "you have", "prefers": "you prefer", "likes": "you like",
              "asked": "you asked", "asks": "you asked", "said": "you said", "says": "you said",
              "will": "you will", "can": "you can", "can't": "you can't", "cannot": "you cannot",
              "won't": "you won't", "plans": "you plan", "thinks": "you think", "expects": "you expect",
              "hopes": "you hope", "mentioned": "you mentioned", "looking": "you're looking",
              "interested": "you're interested", "worried": "you're worried", "concerned": "you're concerned",
              "happy": "you're happy", "ok": "you're OK", "owns": "you own", "drives": "you drive",
              "currently": "you currently", "already": "you already", "leaning": "you're leaning",
              "considering": "you're considering", "comparing": "you're comparing", "not": "you're not",
              "waiting": "you're waiting", "away": "you're away", "out": "you're out"}




_POSSESSABLE = re.compile(r"^(spouse|wife|husband|partner|boss|manager|team|cfo|ceo|board|budget|timeline|"
                          r"current|credit|lender|kids?|family|son|daughter|trade-?in|lease|policy|premium|"
                          r"deductible|renewal|contract|company|business|house|home|car|credit score|"
                          r"down payment|closing|income|rate|quote)\b", re.I)


def _lower_first(text: str) -> str:
    """Lower-case the first word when it is an ordinary word, so it can sit inside a sentence."""
    m = re.match(r"([A-Z][a-z']*)(\b.*)", text, re.S)
    if m and m.group(1).lower() in _ORDINARY and not re.match(r"I\b", m.group(1)):
        return m.group(1).lower() + m.group(2)
    return text


_ORDINARY = set(SWAP_IN) | set(_SWAP_NOTE) | set(_NOTE_VERB) | {
    "ourselves", "your", "yours", "yourself", "you're", "you'll", "you've", "you'd",
    "can", "could", "would", "will", "do", "does", "did", "what", "when", "where", "which", "who", "why", "how",
    "is", "are", "please", "the", "a", "an", "also", "and", "but", "so", "we", "you", "any", "should", "have",
    "has", "just", "one", "let", "let's", "it", "it's", "there", "that", "this", "if", "once", "then",
    "quick", "still", "send", "call", "meet", "both", "our", "as", "for", "on", "in", "at"}


def _strip_end(text: str) -> str:
    """Drop the sentence's closing punctuation; the template adds its own."""
    return text.rstrip(" .!;:,")


def rephrase(sentence: str) -> str:
    """A call note's shorthand about the customer for the recap ("Budget 450k" -> "your budget is 450k", "Call
    after 3pm" -> "I'll call you after 3pm"), addressing the customer as "you"."""
    s = _strip_end(sentence)
    # a call note: rep shorthand about the customer
    s = _NOTE_SUBJECT.sub("", s)
    low = s.lower()
    m = re.match(r"^(call|email|text|ring|phone|follow up|check in|meet)\b(.*)$", s, re.I | re.S)
    if m:
        rest = m.group(2)
        if m.group(1).lower() in ("call", "email", "text", "ring", "phone") and not re.match(
                r"\s+(him|her|them|you)\b", rest, re.I):
            rest = " you" + rest
        return "I'll " + m.group(1).lower() + swap(rest, _SWAP_NOTE)
    first = low.split(" ", 1)[0]
    if first in _NOTE_VERB:
        return _NOTE_VERB[first] + swap(s[len(first):], _SWAP_NOTE)
    if _POSSESSABLE.match(s):
        head = _lower_first_any(s)
        m = re.match(r"^((?:current |new |preferred )?[a-z][a-z-]*(?: score| payment| premium| rate)?)\s+"
                     r"(?=[$€£~\d]|[A-Z])(.*)$", head, re.S)
        if m and m.group(1).split()[-1] not in ("decides", "needs", "wants"):
            return "your " + m.group(1) + " is " + swap(m.group(2), _SWAP_NOTE)
        if re.match(r"^(budget|timeline|down payment|credit score|rate|premium|deductible|income)\b\s+[$€£\d~]",
                    head, re.I):
            noun = re.match(r"^(budget|timeline|down payment|credit score|rate|premium|deductible|income)", head,
                            re.I).group(1)
            return "your " + noun + " is " + swap(head[len(noun):].lstrip(" :-"), _SWAP_NOTE)
        if head.count(",") >= 2:
            return ""  # "Current pickups owned, avg 9 yrs old, downtime killing them": the rep's shorthand, no sentence
        return "your " + swap(head, _SWAP_NOTE)
    return _lower_first(swap(s, _SWAP_NOTE))


def _lower_first_any(text: str) -> str:
    """Lower-case a leading common noun (never an acronym)."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


# How a customer frames a question as a wish to know, restated: "you would like to know if ...", "I need to know if".
_WANTS_TO_KNOW = re.compile(r"^(?:(?:and|also|so)\s+)?(?:you|i|we)\s+(?:also\s+)?(?:would like|'d like|want|wanted|need|"
                            r"would need|'d need)\s+to know\s+(?:if|whether)\s+", re.I)


def bare_question(text: str) -> str:
    """A restated question without its "you would like to know if" frame ("whether the mattresses are certified")."""
    out = _WANTS_TO_KNOW.sub("whether ", text := _words.NOTE_Q_LABEL.sub("", text))  # "Q permits ...?": a note's label
    return out if out != text and len(out.split()) >= 3 else text

"""A source's own words: quoted lines, greeting, sign-off and signature block off, a list kept as one sentence."""
from __future__ import annotations

import re

from followup.drafting.leadin import asked_per_item
from followup.drafting.words import detect_language

# Trailing short lines after the text that may form a signature block without a "-- " marker.
MAX_SIGNATURE_LINES = 8


# A list whose items are all this short is one point (a shopping list); longer items are points of their own.
LIST_ITEM_WORDS = 8


# A sign-off alone on its line ("Thanks,", "Kind regards", "Un cordial saludo"): where the message proper ends.
SIGN_OFF = re.compile(
    r"^(thanks(?: again| so much| a lot)?|thank you(?: again| so much)?|many thanks|cheers|best(?: wishes)?|"
    r"best regards|kind regards|warm regards|regards|sincerely|all the best|talk soon|speak soon|take care|"
    r"viele grüße|viele gruesse|beste grüße|mit freundlichen grüßen|freundliche grüße|herzliche grüße|"
    r"schöne grüße|liebe grüße|grüße|gruß|mfg|lg|danke|vielen dank|salutations|sincères salutations|belle journée|"
    r"saludos cordiales|un cordial saludo|atte|"
    r"cordialement|bien cordialement|bien à vous|merci|merci beaucoup|bonne journée|amitiés|"
    r"saludos|un saludo|atentamente|gracias|muchas gracias|un abrazo|abrazos|"
    # a French or Spanish letter's closing sentence ("Veuillez agréer, Madame, nos salutations distinguées.")
    r"(?:veuillez|je vous prie d['’]) ?agréer\b.{0,100}|recevez,? .{0,60}salutations.{0,30}|"
    r"reciba(?:n)? un (?:cordial|atento) saludo.{0,30}|sin otro particular.{0,80})\s*[,.!]?\s*$", re.I)


_GREETING_WORD = (r"(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|guten tag|liebe[rs]?|sehr geehrte[rs]?|"
                  r"bonjour|salut|chère?|cher|hola|estimad[oa]s?|buenos días|buenas tardes)\b")
# A title a letter may open with instead of a greeting word ("Madame Lemarchand,", "Sr. Ortega:").
_GREETING_TITLE = r"(?i:madame|monsieur|mademoiselle|frau|herr|mr|mrs|ms|sr|sra|señor|señora|dr)\.?"
# One person greeted: a greeting word with up to 40 characters after it, or a title and one to three capitalised words.
_GREETED = rf"(?:(?i:{_GREETING_WORD})[^\n,!:]{{0,40}}|{_GREETING_TITLE}(?:\s+[A-ZÀ-ÝŁŚŻĆŃ][\w'’-]+){{0,3}})"
# A greeting alone on its line ("Hi Anna,", "Sehr geehrte Frau Hoffmann,"), several people greeted in turn too ("Sehr
# geehrter Herr Brinkmann, sehr geehrte Frau Hüsing,", "Madame Lemarchand, Monsieur Vasseur,"): no point of the
# message. A line led by a title alone must end as a greeting does (",", ":"), or it is a sentence ("Herr Vogt rief an").
GREETING_LINE = re.compile(
    rf"^(?:(?i:{_GREETING_WORD})[^\n]{{0,40}}[,!:]?|{_GREETED}(?:(?:,\s*|\s+(?i:and|und|et|y)\s+){_GREETED})*\s*[,:!])"
    rf"\s*$")


_PHONE_OR_URL = re.compile(r"(?:\+?\d[\d\s().-]{6,}\d)|@|https?://|www\.|\b(?:tel|phone|mobile|cell|fax|m|t|p)\s*[:.]",
                           re.I)


_LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022\u2013]|\d{1,2}[.)])\s+(?P<item>\S.*)$")


def _signature_start(lines: list[str], customer_name: str) -> int:
    """Index of the first line of a trailing sign-off or signature block (with or without a marker)."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    names = {w.lower() for w in re.findall(r"[^\W\d_]+", customer_name or "") if len(w) > 1}
    start = end
    # a closing word ("Thanks,", "Best,") within the last lines ends the text: below it is the signature
    for i in range(end - 1, max(-1, end - 1 - MAX_SIGNATURE_LINES), -1):
        if SIGN_OFF.match(lines[i].strip()):
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


# An item ending on a dotted abbreviation ("6 p.m.", "z. B.", "etc."), whose dot the sentence splitter reads as no end.
_DOTTED_END = re.compile(r"(?:\b[^\W\d_]\.\s?)+[^\W\d_]\.$|\b(?:etc|usw|approx|ca|incl|excl|inkl|zzgl)\.$", re.I)


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
            lead = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)
            per_item = asked_per_item(out[lead], items) if lead is not None else None
            if per_item:  # "Pouvez-vous :" then the items: each asked with the lead-in (leadin.py)
                out[lead] = per_item[0]
                out += [""] + [line for asked in per_item[1] for line in (asked, "")]
                continue
            if any("?" in it or len(it.split()) > LIST_ITEM_WORDS for it in items):
                # questions and long items are points of their own: one sentence each
                out.append("")
                for it in items:
                    out.append(it if it.endswith(("?", ".", "!")) else it + ".")
                    if _DOTTED_END.search(out[-1]):
                        out.append("")  # "until 6 p.m.": its dot ends no sentence, a paragraph break does
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


# A span of time, which is a term and no count a price is for ("24 mo -> KES 2,150 pppm").
_SPAN = (r"(?:mo|mos|months?|yrs?|years?|wks?|weeks?|days?|Monate?n?|Jahre?n?|Wochen?|Tage?n?|mois|ans?|années?|"
         r"semaines?|jours?|meses|años?|semanas?|días?)")
# A note's count alone before an arrow and the price it comes to ("265 users -> USD 23/user/yr", "12 Plätze -> 19,50
# €"), at the start of a line or sentence: one fact, written as a label ("265 users: USD 23/user/yr") so that the
# clause splitter keeps the count with its figure.
_COUNT_ARROW = re.compile(rf"(?m)(?P<count>(?:^|(?<=[.;!?]\s))\s*\d[\d,.]*\s+(?!{_SPAN}\b)[^\W\d_]+(?:\s+[^\W\d_]+)?)"
                          r"\s*(?:->|→|=>)\s*"
                          r"(?=(?:[A-Z]{3}\s?|[$€£¥]|[A-Z]{1,2}\$)\d|\d[\d.,'’\s]*(?:€|£|\$|EUR|CHF|USD|GBP)(?!\w))")


def clean(text: str, direction: str, customer_name: str = "") -> str:
    """A source's own words: no quoted lines, greeting, sign-off, signature block, and lists kept as one sentence."""
    lines = [ln for ln in (text or "").replace("\r\n", "\n").split("\n") if not ln.lstrip().startswith(">")]
    if direction == "note":
        lines = [_COUNT_ARROW.sub(lambda m: m.group("count") + ": ", ln) for ln in lines]
    if direction != "note":
        lines = lines[:_signature_start(lines, customer_name)]
        while lines and (not lines[0].strip() or GREETING_LINE.match(lines[0].strip())):
            lines.pop(0)
    return "\n".join(_merge_lists(lines)).strip()

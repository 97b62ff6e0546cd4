"""Slips of spelling in the words wishes are read by ("giv me a fortnite", "three weaks", "cal me in the mornin"),
set right before the rules read a message, with the customer's own words kept for every quote.

Only words that are no English word themselves are set right: a table of slips seen in customer mail, and one-letter
slips (a letter dropped, doubled or swapped with its neighbour) of the long time words ("tomorow", "wednseday",
"afternon"); a slip that is another word ("mourning", "weak", "mouth") is set right only in the phrase that tells
("for a mouth" is a month, "cal me" is a call).
"""
from __future__ import annotations

import re

from followup.text.prefilter import trie_alternation

# slip -> word, each slip no English word
_SLIPS = {
    "gimme": "give me", "fortnite": "fortnight", "fortnigth": "fortnight", "fortnght": "fortnight",
    "fornight": "fortnight", "fortnit": "fortnight", "fortnights": "fortnights", "weaks": "weeks", "weeeks": "weeks",
    "wekks": "weeks", "weks": "weeks", "wek": "week", "mounth": "month", "mnth": "month",
    "mnths": "months", "mounths": "months", "mornin": "morning", "mornins": "mornings",
    "evenin": "evening", "evning": "evening", "evnings": "evenings", "mawnin": "morning", "marnin": "morning",
    "tmrw": "tomorrow", "tmrow": "tomorrow", "tmw": "tomorrow", "tomoz": "tomorrow", "2moro": "tomorrow",
    "2morrow": "tomorrow", "2mrw": "tomorrow", "tommorow": "tomorrow", "tommorrow": "tomorrow", "tomorro": "tomorrow",
    "cpl": "couple", "coupla": "couple of", "nxt": "next", "untill": "until", "unitl": "until",
    "tonite": "tonight", "2nite": "tonight", "abt": "about", "wendsday": "wednesday", "wensday": "wednesday",
    "thurday": "thursday", "firday": "friday", "satuday": "saturday", "decmber": "december", "novmber": "november",
    # the slips of quick typing in the short words a wish is said with ("cna you giv me til teh 18th")
    "teh": "the", "hte": "the", "cna": "can",
    # text-speak on a phone ("pls take me off ur list")
    "pls": "please", "plz": "please", "plse": "please",
    # the short words an opt-out is typed with on a phone ("pls unsub", "remove me frm ur list", "dont call agn")
    "unsub": "unsubscribe", "frm": "from", "agn": "again", "msgs": "messages", "msg": "message",
    # spoken German written down ("brauchen Se nich nachfragen"): "nich" is no word of the languages read
    "nich": "nicht",
}
# a slip that is a word of its own, set right in the phrase that tells ("for a mouth", "cal me", "luck at it")
_PHRASE_SLIPS = [
    (re.compile(r"\b(?:a|one|1|for\s+a|another)\s+(mouth)\b(?!\s+(?:guard|wash|piece|ulcer)\w*)", re.I), "month"),
    (re.compile(r"\b(?:two|three|four|few|couple\s+of|2|3|4)\s+(mouths)\b", re.I), "months"),
    (re.compile(r"\b(cal)\s+(?:me|us|back)\b", re.I), "call"),
    # (Danish and Norwegian "giv mig", "bak", Finnish "arvo" are words: only the English phrase tells)
    (re.compile(r"\b(giv|gv)\s+(?:me|us)\b", re.I), "give"),  # ("gv me 3 wks": text-speak too)
    (re.compile(r"\b(?:get|be|come|circle|ring|call|write|am|'m|i'll|ill)\s+(bak)\b", re.I), "back"),
    (re.compile(r"\b(?:this|the|tomorrow|in\s+the|an|any)\s+(arvo)\b", re.I), "afternoon"),
    (re.compile(r"\b(luck)\s+(?:at|into|over)\s+(?:it|this|that|the|them)\b", re.I), "look"),
    (re.compile(r"\b(rite)\s+now\b", re.I), "right"),
    # Geordie "wor" for "our", told by the writer's own details after it ("take wor address off your lists")
    (re.compile(r"\b(wor)\s+(?=(?:e-?mail|address|details|names?|numbers?|phone|mobile|contact)\b)", re.I), "our"),
    # the French "relancer" (to chase) carried into English: "please do not relaunch us about this file" (a product is
    # relaunched; a person only chased)
    (re.compile(r"\b(relaunch)\s+(?:me|us)\b", re.I), "chase"),
    (re.compile(r"\b(relaunching)\s+(?:me|us)\b", re.I), "chasing"),
    # spoken German ("Geben Se mir ne Woche", "rufen Se nen Monat nich an"): "Se" after the verb said to the rep,
    # "ne" / "nen" before the length or thing asked ("ne" is a French and Dutch word: only the German phrase tells)
    (re.compile(r"\b(?i:geben|lassen|rufen|schicken|schreiben|brauchen|k(?:ö|oe)nnen|m(?:ü|ue)ssen|d(?:ü|ue)rfen|sollten|"
                r"wollen|melden|warten|haben|sind)\s+(Se)\b"), "Sie"),
    # Austrian and Bavarian "S'" for "Sie" after the verb ("Lassen S' mir bitte eine Woche", "Rufen S' mich an"),
    # told by the object or the little word after it ("S'" alone may end a quote)
    (re.compile(r"\b(?i:geben|lassen|rufen|schicken|schreiben|melden|warten|k(?:ö|oe)nnen|m(?:ü|ue)ssen)\s+(S['’])"
                r"(?=\s+(?i:mir|uns|mich|sich|bitte|doch|einfach|halt|ruhig)\b)"), "Sie"),
    (re.compile(r"\b(?i:mir|uns|noch|f(?:ü|ue)r|in|so)\s+(ne)\s+(?=(?:Woche|Weile|Stunde|Mail|Nachricht|Frist|Pause)\b)"),
     "eine"),
    (re.compile(r"\b(?i:mir|uns|noch|f(?:ü|ue)r|in|so)\s+(nen)\s+(?=(?:Monat|Tag|Moment|Anruf)\b)"), "einen"),
    # the Alpine forms ("rufen's mi einfach an", "Mails les i fast nia"): "'s" for "Sie" after the verb, "mi" for
    # "mich" after it, "nia" for "nie" ("mi" is Spanish and Italian, "nia" a name: only the phrase tells)
    (re.compile(r"\b(?i:rufen|schreiben|schicken|geben|lassen|melden|mailen)(['’]s)\s+(?i:mi|mir|uns)\b"), " Sie"),
    (re.compile(r"(?:['’]s|\bSie)\s+(mi)\s+(?=(?i:einfach|doch|bitte|gern|halt|am|im|an|zur(?:ü|ue)ck)\b)"), "mich"),
    (re.compile(r"\b(?i:fast|eh|quasi|so\s+gut\s+wie)\s+(nia)\b"), "nie"),
    # Austrian and Bavarian "in der Früh" for the morning ("Am besten erreichen Sie mich in der Früh")
    (re.compile(r"\b(in\s+der\s+Fr(?:ü|ue)h)\b", re.I), "am Vormittag"),
    (re.compile(r"\b(ur)\s+(?:(?:mailing|contact|call)\s+)?(?:list|lists|e-?mails?|messages|calls|texts|newsletters?|"
                r"database|system|records)\b", re.I), "your"),
    # ("a weak signal", "a weak point" are words: "a weak" only where a length ends)
    (re.compile(r"\b(?:(?:next|this|per|each|every)\s+(weak)\b|(?:a|one|1)\s+(weak)(?=\s*(?:[.,;:!?)]|$|or\b|and\b|to\s+"
                r"(?:think|decide|look|consider)|off\b|from\b|ago\b|more\b)))", re.I), "week"),
]
# the long time words whose one-letter slips are set right (none of those slips is a word)
# (and the plurals a habit is said with: "ring me in the evenigns")
_TIME_WORDS = ("tomorrow", "morning", "evening", "afternoon", "fortnight", "weekend", "tuesday", "wednesday",
               "thursday", "saturday", "january", "february", "september", "october", "november", "december",
               "mornings", "evenings", "afternoons", "weekends")
# the long words an opt-out is said with, whose one-letter slips are set right too ("unsubcribe", "stop emailin me")
_OPT_OUT_WORDS = ("unsubscribe", "emailing", "contacting", "messaging", "sending", "anymore")
_REAL_WORDS = {"mourning", "moaning", "mooning", "evenings", "mornings", "afternoons", "weekends", "fortnights",
               "tomorrows", "tuesdays", "wednesdays", "thursdays", "saturdays", "octobers", "decembers",
               # the months of other languages one slip away: French "octobre", German "Januar"
               "novembre", "decembre", "septembre", "octobre", "januar", "februar",
               # one letter from an opt-out word, and words of their own
               "mailing", "ending"}


def _one_letter_slips(word: str) -> set[str]:
    """The word with one letter dropped, doubled, or swapped with the next one."""
    out = set()
    for i in range(len(word)):
        out.add(word[:i] + word[i + 1:])
        out.add(word[:i] + word[i] + word[i:])
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])
    return out


def _slip_table() -> dict[str, str]:
    """Every slip set right: the table, then the time and opt-out words' one-letter slips that are no word."""
    table = dict(_SLIPS)
    for word in _TIME_WORDS + _OPT_OUT_WORDS:
        for slip in _one_letter_slips(word):
            if slip != word and slip not in _REAL_WORDS and slip not in _TIME_WORDS + _OPT_OUT_WORDS \
                    and slip not in _SLIPS:
                table.setdefault(slip, word)
    return table


_TABLE = _slip_table()
_FIND = re.compile(r"\b(?:" + trie_alternation(set(_TABLE)) + r")\b", re.I)
# a cheap first look: most mail holds none of the phrase slips' words
_PHRASE_WORDS = re.compile(r"\b(?:mouths?|cal|luck|rite|weak|giv|gv|bak|arvo|ur|Se|nen?|mi|nia|wor|relaunch\w*|fr(?:ü|ue)h)\b|"
                           r"\bS['’]\s", re.I)


def _cased(fix: str, said: str) -> str:
    """The fix with the slip's leading capital."""
    return fix[:1].upper() + fix[1:] if said[:1].isupper() else fix


def spelled(text: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    """(text with the slips set right, [(start, end) in the new text, (start, end) in the old] of each fix); the text
    itself and no fixes when there is nothing to set right."""
    spans = [(m.start(), m.end(), _cased(_TABLE[m.group().lower()], m.group())) for m in _FIND.finditer(text)]
    if _PHRASE_WORDS.search(text):
        for rx, fix in _PHRASE_SLIPS:
            for m in rx.finditer(text):
                group = 1 if m.group(1) is not None else 2  # the week's pattern has its slip in one of two groups
                spans.append((m.start(group), m.end(group), _cased(fix, m.group(group))))
    if not spans:
        return text, []
    spans.sort()
    parts, fixes, at, shift = [], [], 0, 0
    for start, end, fix in spans:
        if start < at:
            continue  # two readings of one stretch: the first stands
        parts.append(text[at:start])
        parts.append(fix)
        fixes.append((start + shift, start + shift + len(fix), start, end))
        shift += len(fix) - (end - start)
        at = end
    parts.append(text[at:])
    return "".join(parts), fixes


def original_span(start: int, end: int, fixes: list[tuple[int, int, int, int]]) -> tuple[int, int]:
    """The stretch of the old text that a stretch of the new text stands for (a fixed word maps to the slip)."""
    def back(pos: int, is_end: bool) -> int:
        shift = 0
        for new_start, new_end, old_start, old_end in fixes:
            if pos < new_start or (pos == new_start and not is_end) or (is_end and pos <= new_start):
                break
            if pos < new_end or (is_end and pos == new_end):
                return old_end if is_end else old_start
            shift = old_end - new_end
        return pos + shift
    return back(start, False), back(end, True)

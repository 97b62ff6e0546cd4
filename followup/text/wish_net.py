"""The wide "maybe" net: sentences that may state an opt-out, pause, quiet period or time of day the rules missed.

A missed opt-out is the worst failure the product can have and a false "maybe" costs the rep one click, so these
readings are structural and loose: a contact word (mail, call, list, hear from, follow up ...) next to a refusal
(stop, no more, don't, remove, last, complaint ...), or an erasure/privacy request, is a possible opt-out unless it
is a known look-alike ("don't hesitate to call", "I didn't get your email", "remove me from the CC"). Nothing
here is ever certain; followup.text.wishes turns a hit into a possible wish for the rep to confirm or dismiss.
"""
from __future__ import annotations

import re
from functools import lru_cache

from followup.text.prefilter import prefilter_patterns
from followup.text.prefilter_branches import AnyBranch
from followup.text.wish_others import moved_not_stopped

# How far apart (in words) a refusal and the contact word it governs may stand: "no further emails, calls or
# messages", "please not send me more emails", "stop following up with me on this".
NET_WINDOW_WORDS = 4
# Words whose misspellings still count ("unsubcribe", "emialing"); one edit for words of this length or more.
FUZZY_MIN_CHARS = 6

_GAP = rf"(?:\W+\w+){{0,{NET_WINDOW_WORDS}}}?\W+"
# every way a sender reaches someone, as verb or noun
_CONTACT = (r"(?:e-?mail\w*|mails?|mailings?|mailing\s+list|messag\w*|contact\w*|reach(?:ing)?\s+out|call(?:s|ing)?|"
            r"phon\w*|ring(?:ing)?|texting|text\s+(?:me|us)|correspondence|communicat\w*|newsletters?|follow(?:ing)?[- ]?ups?|"
            r"follow(?:ing)?\s+up|chas\w*|remind\w*|writ\w*|send\w*|sent|solicit\w*|marketing|offers|promotions|spam\w*|"
            r"hear(?:ing)?\s+from|list|subscri\w*|approach\w*\s+(?:me|us)|(?:get\w*|receiv\w*)\s+(?:these|those|them|this\s+stuff))")
# a refusal that governs the contact word after it ("no more emails", "please not send", "didn't contact me again")
_REFUSE_BEFORE = (r"(?:stop|quit|cease|no\s+more|no\s+further|no\s+longer|not|don'?t|do\s+not|didn'?t|did\s+not|"
                  r"never|won'?t|wouldn'?t|refrain\s+from|discontinue|unsubscribe|withdraw|enough|object\s+to|"
                  r"(?:I'm|I\s+am|we're|we\s+are)\s+(?:so\s+|really\s+)?(?:done|tired|sick|fed\s+up)|"
                  # the writer's side as a whole refuses: "none of us wishes to receive further marketing"
                  r"(?:(?:none|neither)\s+of\s+us|nobody\s+(?:here|else\s+here)|no\s+one\s+here)\s+(?:\w+\s+)?(?:wish|want|need)\w*)")
# refusals that must stand right before what they refuse ("end all communications", "remove these emails")
_REFUSE_NEXT = (r"(?:end|halt|remove|delete|block|cancel)\s+(?:all\s+|any\s+|these\s+|your\s+|my\s+|our\s+)?"
                r"(?:further\s+|future\s+)?")
# "this be the last communication I receive", "my final request: no more ..."
_LAST = re.compile(r"\b(?:last|final)\s+(?:\w+\s+)?(?:communication|e-?mail|message|letter|contact|call|time)\s+(?:I|we)\s+"
                   r"(?:\w+\s+)?(?:receive|get|want|accept|hear)|\b(?:last|final)\s+(?:request|warning|"
                   r"time\s+I\s+(?:ask|say))\b", re.I)
# a refusal limited in time is a quiet period or a pause, not an opt-out: "don't follow up until after the 18th"
# ("don't call me for next ten days": the article dropped, as non-native English often does)
_LIMITED = re.compile(r"\b(?:until|till|til|before|for\s+now|for\s+the\s+(?:time\s+being|moment)|for\s+(?:the\s+)?next|"
                      r"at\s+(?:the|this)\s+moment|"
                      r"this\s+(?:week|month|quarter)|right\s+now|during\s+the|next\s+(?:week|month)|for\s+(?:a|another|one|two|\d+)\s+(?:few\s+)?"
                      r"(?:days?|weeks?|months?))\b", re.I)
# a refusal after the contact word ("emails ... are not welcome", "these ... not relevant to me", "hear from you again")
_REFUSE_AFTER = (r"(?:stop(?:ped)?|no\s+longer|not\s+(?:welcome|wanted|relevant|interested|needed|appropriate)|"
                 r"unwanted|unsolicited|harass\w*|intrusive|again\b[^.]{0,40}\b(?:complain\w*|report\w*|legal|block\w*)|anymore|any\s+more)")
# requests about the customer's data or consent, whatever the mail word: GDPR erasure, objection (not a GDPR course)
_PRIVACY = re.compile(
    r"\b(?:(?:GDPR|DSGVO|RGPD|CCPA|LGPD|AVG|data\s+protection)(?!\s+(?:refresher|training|course|workshop|seminar)\b)|"
    r"(?:deletion|erasure|removal)\s+of\s+(?:all\s+)?(?:(?:my|our|the)\s+)?(?:personal\s+)?(?:data|information|details)|"
    r"(?:delete|erase|remove|purge|wipe)\s+(?:all\s+)?(?:of\s+)?(?:my|our)\s+(?:\w+\s+){0,2}?(?:data|information|details|"
    r"records?|profile|address(?:es)?)|(?:delete|erase|remove|purge|wipe)\s+(?:all\s+)?(?:the\s+)?personal\s+(?:data|information)|"
    r"(?:forget|erase|purge|wipe)\s+(?:me|us|my|our)\b|right\s+to\s+(?:be\s+forgotten|erasure|object)|"
    r"(?:withdraw\w*|revok\w*|do\s+not\s+(?:give|have)\s+(?:my\s+)?|never\s+gave\s+(?:you\s+)?(?:my\s+)?|without\s+(?:my\s+)?)consent|"
    r"object\s+to\s+(?:\w+\s+){0,3}processing)\b", re.I)
# the customer was never asked, or is tired of it: "I never signed up for this", "I keep getting these"
_UNSOLICITED = re.compile(
    r"\b(?:(?:never|didn'?t|did\s+not|don'?t\s+remember)\s+(?:ever\s+)?(?:sign(?:ed)?\s+up|subscrib\w*|opt(?:ed)?\s+in|"
    r"ask(?:ed)?\s+(?:for|to\s+be)|agree\w*\s+to)|(?:keep|still|continue\s+to)\s+(?:getting|receiving)\s+(?:these|this|your|"
    r"them|emails|mails|messages|calls)|(?:already|repeatedly|several\s+times|twice|many\s+times)\s+asked\s+(?:you\s+)?"
    r"(?:to\s+)?(?:stop|remove|not|unsubscribe|take)|asked\s+(?:you\s+)?(?:\w+\s+)?(?:to\s+)?(?:stop|remove\s+(?:me|us)|"
    r"not\s+to\s+(?:contact|e-?mail|call|write)))\b", re.I)
# "take me off", "opt me out", "count me out": the object alone, the list unsaid
_OFF_ME = re.compile(r"\b(?:take|get|strike|cross|scratch|drop|leave)\s+(?:me|us|my\s+name|our\s+name|my\s+address)\s+(?:off|out)"
                     r"(?!\s+(?:of\s+)?(?:the\s+|this\s+|that\s+)?(?:\w+\s+)?(?:cc|bcc|thread|loop|project|call|meeting|invite|rota|"
                     r"schedule|calendar|chain|group\s+chat|case|ticket)\b)(?!\s+(?:to|for)\s+(?:lunch|dinner|a\b))|"
                     r"\bopt\s+(?:me|us)\s+out\b|\bopt(?:ing)?[- ]?out\b|\bunsubscrib\w*\b|\bleave\s+(?:me|us)\s+(?:alone|be)\b|"
                     # "I'd like to be taken off your distribution", "I want off this list", "cancel me", "... and stop."
                     r"\bbe\s+(?:taken|struck|crossed)\s+off\b|\b(?:want|get|be)\s+off\s+(?:of\s+)?(?:this|your|the)\s+(?:\w+\s+)?"
                     r"(?:list|distribution|mailing|database)|\bcancel\s+(?:me|us)\b|"
                     # "please just drop me from it" (the list named a sentence earlier); "exclude her from any future
                     # sales emails": whatever follows "future" is what is sent
                     r"\b(?:drop|remove|take|strike|delete|exclude)\s+(?:me|us)\s+from\s+(?:it|there|that|them)\b|"
                     r"\bexclud\w*\s+(?:\w+\s+){0,3}?from\s+(?:any\s+|all\s+)?(?:further|future)\b|\b(?:and|just|please|"
                     r"now)\s+stop\s*[.!]*\s*$", re.I)
# "there is no need for you to contact me further": no need for any more contact at all, not for one call
_NO_NEED_FURTHER = re.compile(r"\bno\s+need\s+(?:for\s+you\s+)?to\s+(?:contact|e-?mail|call|write\s+to|reach\s+out\s+to)\s+"
                              r"(?:me|us)\s+(?:any\s+further|further|again|any\s*more|in\s+(?:the\s+)?future)\b", re.I)
_NEAR = re.compile(rf"\b{_REFUSE_BEFORE}{_GAP}{_CONTACT}\b|\b{_REFUSE_BEFORE}\s+{_CONTACT}\b|\b{_REFUSE_NEXT}{_CONTACT}\b|"
                   rf"\b{_CONTACT}{_GAP}{_REFUSE_AFTER}", re.I)
# someone addressed: the customer or the sender ("me", "our", "please", "you")
_ADDRESSED = re.compile(r"\b(?:I|I'm|I'd|me|my|we|us|our|you|your|please|pls|plz|kindly)\b|"
                        r"^\W*(?:do\s+not|don'?t|never|stop|quit|cease|no\s+more|no\s+further)\b|\bthis\s+address\b", re.I)
# Look-alikes: politeness ("don't hesitate to call"), reports about mail ("I didn't get your email", "the email
# was not sent"), lists that are not for mail, someone else's subscription, instructions in a sender's footer.
# (tried branch by branch, each behind its needles: on every sentence of the blind batches the one alternation cost
# 0.37 ms a message, branch by branch 0.15-0.2; in detect_wishes, where few sentences get this far, ~0.05 ms saved)
_NOT_OPT_OUT = AnyBranch(re.compile(
    r"\b(?:do\s+not|don'?t|never)\s+hesitate\b|\bnever\s*mind\b|"  # (and "contact me again from the 15th, not earlier")
    r"\b(?:again|back)\s+(?:from|after|on)\b[^.;]{0,40}\bnot\s+(?:earlier|before(?:\s+then)?|sooner)\s*[.!;]|"
    # a sender's instructions and idioms: "please do not reply to this email", "if you no longer wish to ...",
    # "why don't you send it to Steve", "don't worry", "received this message in error"
    r"\b(?:do\s+not|don'?t)\s+(?:reply|respond|write)\s+(?:to\s+)?(?:this|below)\b|^\W*if\s+(?:you|you'?re|not|the|it|she|he|"
    r"they)\b|\bwhy\s+(?:don'?t|not)\b|\b(?:don'?t|do\s+not)\s+(?:worry|miss|know|forget|think|mind)\b|\bin\s+error\b|"
    r"\b(?:confidential\w*|intended\s+recipient|privileged)\b|\bfeel\s+free\b|\b(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:have|need)\s+to\b|"
    r"\bfollow[- ]?up\s+(?:visit|appointment|meeting|inspection|service|question|session|call\s+(?:on|at|with))\b|"
    r"\b(?:have|has|had)\s+been\s+(?:removed|unsubscribed|taken\s+off)|\b(?:was|were)\s+(?:removed|unsubscribed|taken\s+off)\b|"
    r"\bno\s+need\s+to\s+(?:reply|respond|answer|call\s+back|confirm|write\s+back|get\s+back)\b|"
    # (not asked as a condition: "I'd be grateful if you didn't get in touch again" is a request, no report)
    r"(?<!\bif\s)\b(?:I|we|you|he|she|they|it)\s+(?:still\s+)?(?:didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|has\s+not|never|"
    r"couldn'?t|could\s+not|can'?t|cannot|won'?t)\s+(?:\w+\s+)?(?:get|got|receive[ds]?|see|seen|find|found|open|"
    r"arrive[ds]?|come|go|reach|read|load|work|send|sent|answer|reply|respond)\b|"
    r"\b(?:was|were|is|are|has|have|had)\s+(?:not|never)\s+(?:been\s+)?(?:sent|received|delivered|answered|read)\b|"
    # where the customer cannot take contact, not a refusal of it: "I don't hear the phone in the workshop", "so I never
    # hear the phone" ("... and won't hear the phone over the fans": the subject left out after "and")
    r"\b(?:I|we|and)\s+(?:often\s+|usually\s+)?(?:don'?t|do\s+not|can'?t|cannot|won'?t|will\s+not|never|rarely)\s+"
    r"(?:always\s+)?(?:hear|see|get\s+to|pick\s+up)\s+(?:the\s+|my\s+)?(?:phone|calls?|e-?mails?|messages?)\b|"
    r"\b(?:cc|bcc|webinar|attendee|attendance|waiting|wait|guest|shopping|short|packing|parts|price|task|to-?do|invite|"
    r"invitation|distribution\s+for\s+the\s+minutes|rota|roster|meeting|calendar|seating|reading)\s*-?\s*lists?\b|"
    r"\b(?:my|our|his|her|their)\s+(?:husband|wife|partner|colleague|boss|son|daughter|assistant|mother|father|"
    r"predecessor|client|customer)s?\b[^.]{0,40}\b(?:unsubscrib\w*|remov\w*|stop\w*|opt\w*)|"
    # a footer's link bar ("Unsubscribe | Manage preferences"), and "you are receiving this because ..."
    r"\bunsubscribe\s*[|\u00b7\u2022]|[|\u00b7\u2022]\s*unsubscribe\b|\bmanage\s+(?:your\s+)?(?:e-?mail\s+)?(?:preferences|"
    r"subscriptions?)\b|\byou\s+(?:are\s+)?receiv(?:ing|ed)\s+this\b|"
    # a named person taken off a list ("remove Jenna Ortiz from"), paper copies no longer wanted ("the paper copies")
    r"\b(?:remove|take|drop|delete)\s+(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)\s+(?:from|off)\b|"
    r"\bsend\w*\s+(?:me\s+|us\s+)?(?:the\s+|any\s+)?(?:paper|printed|hard)\s+(?:cop(?:y|ies)|\w+)\b|"
    # goods, a document's line or a contract's clause, not mail: "stop the order for the rye flour", "remove the antifouling
    # line from the quote", "the supplier must stop processing customer data", "our DPO reviews every new processor",
    # a product feature ("lets clients opt out of SMS reminders", "a new opt-out toggle")
    r"\b(?:stop|cancel|halt|remove|delete|drop)\s+(?:the|this|that|our|my)\s+(?:[\w-]+\s+){0,2}?(?:order|shipment|line|item|"
    r"payment|invoice|charge)s?\b|\b(?:remov\w*|delet\w*|drop\w*|tak\w*)\s+(?:[\w-]+\s+){1,4}?(?:from|off)\s+the\s+(?:quote|"
    r"invoice|order|po|proposal|estimate|bill|homepage|page|site|drawing)\b|\b(?:supplier|processor|vendor|provider|"
    r"contractor|controller)s?\s+(?:must|shall|will|should)\s+(?:\w+\s+)?(?:stop|cease|delete|erase)\b|\bdata\s+protection\s+"
    r"(?:office|officer|team|department)\b[^.]{0,40}\b(?:reviews?|checks?|approves?|signs?\s+off)\b|\b(?:let|lets|allow|"
    r"allows|enable|enables)\s+(?:\w+\s+){0,2}?(?:clients|customers|users|members|patients|people|them)\s+(?:to\s+)?"
    r"opt[- ]?out\b|\bopt[- ]?out\b[^.]{0,40}\b(?:toggle|flag|setting|option|checkbox|button|feature)\b|"
    # an order line taken out: "remove item 3", "delete line 4 from the PO"
    r"\b(?:remov\w*|delet\w*|drop\w*|cancel\w*|strike)\s+(?:the\s+)?(?:line\s+)?(?:items?|lines?|positions?|pos\.|articles?|"
    r"sku)\s*(?:no\.?\s*|nr\.?\s*|#\s*)?\d+|"
    r"\bunsubscribe\s+(?:link|button|page|option|instructions?)\b|\b(?:link|button)\b[^.]{0,30}\b(?:broken|doesn'?t\s+work|"
    r"not\s+working|dead|404)\b|\bclick\b|https?://|\bto\s+(?:unsubscribe|opt\s+out|stop\s+receiving)\b[^.]{0,40}\b(?:here|below|"
    r"reply|send|visit)\b|\bif\s+you\s+(?:no\s+longer|do\s+not|don'?t)\s+(?:wish|want)\b|"
    r"\b(?:instead|in\s+place\s+of|replace\w*|(?<!not\s)(?<!n't\s)(?<!never\s)switch\w*|new\s+address|updated?\s+address|change\s+(?:of\s+|my\s+|the\s+)?address)\b|"
    r"\b(?:stop(?:ped|s|ping)?\s+by|stop(?:ped|s)?\s+using|stop(?:ped|s)?\s+working|stopped\s+(?:sending|receiving)\s+"
    r"(?:the|our|their|its)|non-?stop|stop(?:-|\s)?gap|bus\s+stop|full\s+stop)\b|"
    r"\b(?:don'?t|do\s+not)\s+(?:e-?mail|send|mail|text)\s+(?:(?:me|us)\s+)?(?:the|a|an|that|those|it|them|your\s+(?:invoice|"
    r"contract|quote|drawings?|files?|documents?|pdf|copy))\b|\bunsubscribed\b|\bdelete\s+(?:the|that|this)\s+old\b|"
    r"\b(?:re-?subscrib\w*|add\s+(?:me|us)\s+back|put\s+(?:me|us)\s+back|back\s+on\s+(?:the|your)\s+(?:\w+\s+)?list|"
    r"accidentally|by\s+mistake)\b|"
    # an opt-out lifted ("remove the do-not-contact flag"), mail about an account ("stop the invoice reminders"), and
    # "no need to reply, I'll be in touch" in other languages
    r"\b(?:remove|lift|clear|undo|delete|drop)\s+(?:the\s+|this\s+|that\s+|her\s+|his\s+|my\s+|our\s+|their\s+)?(?:do[- ]not[- ]"
    r"contact|opt[- ]?out|dnc|unsubscribe|suppression|block(?:ed)?)\s+(?:flag|status|block|tag|marker|setting|entry|mark)\b|"
    r"\bwants?\s+to\s+hear\s+from\s+you\b|\boff-?list\b|\bcall(?:ing)?\s+(?:it|this|that|them)\s+(?:a|an)\b|"
    r"\b(?:apologi[sz]e|sorry)\b[^.]{0,40}\b(?:not|n't|never)\s+(?:\w+\s+)?(?:sending|e-?mailing|writing|calling|replying|"
    r"getting\s+back)\b|\b(?:paper|printed|posted)\s+(?:invoices?|statements?|copies|catalogues?|"
    r"catalogs?|brochures?|letters?|bills?)\b|\b(?:invoice|payment|billing|shipping|delivery|order|password|security|"
    r"status|build|renewal\s+notice)\s+(?:reminders?|notifications?|alerts?|notices?|confirmations?|e-?mails?)\b|"
    r"\bpas\s+besoin\s+de\s+r[ée]pondre\b|\bje\s+vous\s+re?contacte\b|\bich\s+melde\s+mich\b|\bkeine\s+antwort\s+n[öo]tig\b|"
    r"\bno\s+hace\s+falta\s+(?:responder|contestar)\b|\b(?:le|te|les)\s+(?:re)?contacto\s+yo\b|\bnon\s+serve\s+rispondere\b|"
    r"\b(?:la|ti|vi)\s+ricontatto\b|\bn[ãa]o\s+(?:precisa|é\s+preciso)\s+responder\b|\bgeen\s+antwoord\s+nodig\b|"
    r"\bik\s+neem\s+(?:zelf\s+)?(?:weer\s+)?contact\b|"
    # mail read only now and then (an away notice's "lees mijn mails niet elke dag"): slow to answer, not refusing
    r"\b(?:ne|no|non|n[ãa]o|niet|nicht|not)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:tous\s+les\s+jours|todos\s+los\s+d[íi]as|"
    r"tutti\s+i\s+giorni|todos\s+os\s+dias|elke\s+dag|jeden\s+tag|every\s+day|daily|dagelijks|t[äa]glich)\b|"
    r"\b(?:nur\s+unregelm[äa]ßig|onregelmatig|irr[ée]guli[èe]rement|saltuariamente)\b|"
    # the refusal itself refused ("don't stop emailing me", "please don't remove me"), or mail still wanted
    r"\b(?:don'?t|do\s+not|never)\s+(?:\w+\s+)?(?:stop|remove|unsubscribe|take\s+(?:me|us)\s+off|delete)\b|"
    r"\bstill\s+(?:want|like|enjoy|read|need)\b|\b(?:keep|continue)\s+(?:to\s+)?(?:sending|send|e-?mailing|calling|writing)\b|"
    r"[,;]\s*(?:I|we)(?:'ll|\s+will)?\s+(?:send|e-?mail|forward)\s+you\s+(?:the|a|an|our|my|it)\b|"
    # the writer's own sending ("Don't print yet, I send you"); someone else to leave alone ("my wife", "the branch managers")
    r"\b(?:e-?mail\w*|call\w*|text\w*|contact\w*|messag\w*|writ\w*\s+to|ring\w*|phon\w*)\s+(?:my|our|his|her|their)\s+"
    r"(?:husband|wife|partner|colleague|boss|son|daughter|assistant|mother|father|mum|mom|dad|team|staff|employees?|clients?)\b|"
    r"\b(?:call|e-?mail|contact|approach)\w*\s+(?:the|our|their)\s+(?:\w+\s+)?(?:managers|buyers|directors|staff|branches|stores)\b",
    re.I))
_KEYWORDS = ("unsubscribe", "unsubscribed", "emailing", "emails", "contacting", "mailing", "remove", "newsletter",
             "newsletters", "correspondence", "communications")


def _near_miss(word: str, target: str) -> bool:
    """Whether word is target with one typo: a letter dropped, added, changed, or two letters swapped."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(word, target)) if a != b]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == target[diff[1]]
                                  and word[diff[1]] == target[diff[0]])
    short, long_ = (word, target) if len(word) < len(target) else (target, word)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


_WORD = re.compile(r"[A-Za-z]{%d,}" % FUZZY_MIN_CHARS)


@lru_cache(maxsize=4096)
def _spelled(word: str) -> str | None:
    """The key word a lower-cased word misspells by one typo, or None (words repeat: the answer is kept)."""
    if any(word.startswith(k) or k.startswith(word) for k in _KEYWORDS):
        return None  # a key word or an inflection of one ("communication"), not a typo
    for target in _KEYWORDS:
        if word[0] == target[0] and _near_miss(word, target):
            return target
    return None


@lru_cache(maxsize=256)
def _untypo(sentence: str) -> str:
    """The sentence with one-typo misspellings of the opt-out key words spelled right."""
    def fix(m: re.Match[str]) -> str:
        return _spelled(m.group().lower()) or m.group()
    return _WORD.sub(fix, sentence)


def looks_like_opt_out_but_is_not(sentence: str) -> bool:
    """Whether a sentence is a known look-alike of an opt-out ("remove me from the CC", "postpone the delivery")."""
    return bool(_NOT_OPT_OUT.search(_untypo(sentence))) or moved_not_stopped(sentence)


def possible_opt_out(sentence: str) -> bool:
    """Whether a sentence may be an opt-out: refusal near a contact word, an erasure request, or 'take me off'."""
    from followup.text.wish_abroad import ceased_contact

    if ceased_contact(sentence):  # "te pido que dejes de escribirme": contact verb x cessation, any language
        return True
    text = _untypo(sentence)
    if _PRIVACY.search(text) or _UNSOLICITED.search(text) or _LAST.search(text) or _OFF_ME.search(text) \
            or _NO_NEED_FURTHER.search(text):
        return not _NOT_OPT_OUT.search(text)
    near = _NEAR.search(text)
    return bool(near and _ADDRESSED.search(text) and not _LIMITED.search(text, near.start())
                and not _NOT_OPT_OUT.search(text))  # the look-alikes last: most sentences never get this far


# ---------------------------------------------------------------- pause, quiet period (time of day: wish_net_time)
# a deferral with no date: "for now", "maybe next yr", "in the future", "revisit"
_DEFER = (r"(?:for\s+now|for\s+the\s+(?:time\s+being|moment|foreseeable\s+future)|(?:right|just)\s+now|not\s+now|"
          r"at\s+(?:the|this)\s+"
          r"(?:moment|time|point|stage)|in\s+the\s+(?:future|new\s+year)|down\s+the\s+(?:road|line|track)|(?:maybe|perhaps|possibly)\s+"
          r"(?:later|next|in|some|one\s+day|another)|next\s+(?:yr|year|quarter|qtr|fy|fiscal|season|spring|summer|autumn|fall|winter)|"
          r"revisit\w*|another\s+time|some\s*day|later\s+(?:on|in\s+the\s+year)|no\s+point)")
# a no to the deal: "not continue", "went with a competitor", "can't afford", "on hold"
_DECLINE = (r"(?:not\s+(?:\w+\s+)?(?:continu\w*|proceed\w*|go(?:ing)?\s+ahead|mov\w*\s+forward|pursu\w*|buy\w*|"
            r"sign\w*|interested|"
            r"in\s+a\s+position|ready|able|the\s+right\s+time)|won'?t\s+be|can'?t|cannot|no\s+budget|broke|afford|on\s+hold|"
            r"hold\s+off|pass\s*(?:on\s+(?:this|it|that)\b|for\s+now|[.!,;])|declin\w*|shelv\w*|postpon\w*|freez\w*|frozen|keep\s+(?:the|our|using|with)|stick\w*\s+with|"
            r"revisit\w*|let\s+you\s+know|(?:contact|call|e-?mail|write\s+to)\s+you|be\s+in\s+touch|get\s+back\s+to\s+you|"
            r"no\s+point|pause\w*|stop\s+\w+ing)")
_DEFER_RX = re.compile(rf"\b{_DEFER}\b", re.I)  # a cheap first look before _PAUSE_NET
_PAUSE_NET = re.compile(rf"\b{_DEFER}\b[^.]{{0,80}}?\b{_DECLINE}\b|\b{_DECLINE}\b[^.]{{0,80}}?\b{_DEFER}\b", re.I)
# "we went with a competitor in the end": the deal went elsewhere
# ("we've awarded the 2027 contract to another supplier")
_ELSEWHERE = re.compile(r"\b(?:went|go(?:ing)?|gone|decided\s+to\s+go|chose|chosen|opted|signed|sticking|stay(?:ing)?|"
                        r"awarded\s+(?:the\s+|our\s+|this\s+)?(?:[\w-]+\s+)?(?:contract|tender|work|job|business|order)\s+to|"
                        r"decided\s+on|settled\s+on|picked|selected)\s+(?:with\s+|for\s+)?(?:a\s+|an\s+)?(?:competitor|"
                        r"competing|another|different|other|rival|in-?house|someone\s+else|our\s+(?:current|existing|old)|"
                        r"the\s+other)\b", re.I)
_PAUSE_NOT = re.compile(r"\b(?:call|ring|try)\s+(?:me\s+|us\s+)?back\b|\b(?:call|ring|try|text)\s+(?:me|us)\s+(?:tomorrow|"
                        r"later|tonight|on|at|next|in\s+an?)\b|\bbut\b[^.]{0,60}\b(?:still|going\s+ahead|go\s+ahead|"
                        r"keep\s+talking|proceed\w*|interested\s+in)\b|\b(?:in\s+a|in\s+the|after\s+the|after\s+my)\s+meeting\b|"
                        r"\bthe\s+(?:\w+\s+)?(?:project|expansion|site|branch|office|order|delivery|shipment|build)\b[^.]{0,30}\bon\s+hold\b",
                        re.I)


# "not now" in the six other languages: a word for now or this year next to a no, either way round ("de momento no",
# "non è il momento", "pas pour cette année", "per quest'anno non procediamo", "im Moment nicht"), or a pause said
_NOW_ABROAD = (r"(?:momento|ahora|ora|moment|agora|jetzt|derzeit|vorerst|voorlopig|quest['\u2019]anno|cette\s+ann[ée]e|"
               r"este\s+a[ñn]o|dieses\s+jahr|dit\s+jaar|este\s+ano)")
# ("ne rien engager pour le moment", not "rien de neuf"; "per quest'anno lasciamo stare": let it be for this year)
_NO_ABROAD = (r"(?:no|non|pas|nicht|kein\w*|niet|n[ãa]o|ne\s+rien|lasciamo\s+(?:stare|perdere)|laissons\s+tomber|"
              r"lo\s+dejamos|lassen\s+wir\s+(?:es|das))")
_NOT_NOW_ABROAD = re.compile(rf"\b{_NOW_ABROAD}\b[^.;!?\n]{{0,25}}?\b{_NO_ABROAD}\b|\b{_NO_ABROAD}\b[^.;!?\n]{{0,25}}?\b"
                             rf"{_NOW_ABROAD}\b|\b(?:en|in)\s+pausa\b|\bd['\u2019]attendre\b", re.I)


# "not now" as customers write it in Chinese, Japanese, Vietnamese, Turkish and Tagalog-English ("今年暂时不考虑",
# "今回は見送らせていただきます", "Hiện tại bên em chưa có nhu cầu", "Şu an için düşünmüyoruz", "On hold muna po"); CJK
# has no word boundaries, so this table is searched as it is
_NOT_NOW_FAR = re.compile(r"暂时不|暂不|目前不|现在不|今年不|不考虑|等明年|明年再|以后再|見送|当面は|今のところ(?:必要|検討)|"
                          r"来年(?:また|改めて|以降)|"
                          r"(?i:\bch[ưu]a\s+c[óo]\s+nhu\s+c[ầa]u\b|\bhi[ệe]n\s+t[ạa]i\s+(?:ch[ưu]a|kh[ôo]ng)\b|"
                          r"\bt[ạa]m\s+th[ờo]i\s+(?:ch[ưu]a|kh[ôo]ng|d[ừu]ng)\b|\bsang\s+n[ăa]m\b|"
                          r"\b[şs]u\s+an(?:\s+i[çc]in)?\s+(?:\w+\s+)?(?:d[üu][şs][üu]nm[üu]yoruz|ihtiyac[ıi]m[ıi]z\s+yok|"
                          r"ilgilenmiyoruz)|\bbelki\s+seneye\b|\bon\s+hold\s+muna\b|\bsaka\s+na\s+lang\b)")


# "ora non ho tempo, ti chiamo dopo": a moment, not the deal ("I'll call you back")
_CALL_BACK_ABROAD = re.compile(r"\b(?:ti\s+(?:ri)?chiamo|la\s+(?:ri)?chiamo|(?:te|le)\s+(?:vuelvo\s+a\s+)?llamo|"
                               r"je\s+(?:vous|te)\s+rappelle|ich\s+rufe\s+\w+\s+(?:gleich|sp[äa]ter|nachher)|(?:te|lhe)\s+ligo|"
                               r"ligo-lhe|bel\s+ik\s+(?:je|u)\s+(?:straks|later|zo))\b", re.I)


def possible_pause(sentence: str) -> bool:
    """Whether a sentence may say "not now": a deferral next to a no, or the deal gone elsewhere."""
    from followup.text.wish_base import english

    if not english(sentence) and (_NOT_NOW_ABROAD.search(sentence) or _NOT_NOW_FAR.search(sentence)) \
            and not _PAUSE_NOT.search(sentence) and not _CALL_BACK_ABROAD.search(sentence):
        return True
    if _ELSEWHERE.search(sentence):
        return not _PAUSE_NOT.search(sentence)
    return bool(_DEFER_RX.search(sentence) and _PAUSE_NET.search(sentence) and _ADDRESSED.search(sentence)
                and not _PAUSE_NOT.search(sentence) and not _NOT_OPT_OUT.search(sentence))


# a follow-up held until something: "please wait with any reminders until after that meeting", "write me again
# after 20th November", "pick this back up in a week", "hold your follow-ups"
_FOLLOW = (r"(?:follow(?:ing)?[- ]?ups?|follow(?:ing)?\s+up|remind\w*|chas\w*|contact\w*|writ\w*|e-?mail\w*|call\w*|"
           r"reach\w*\s+out|get\s+back|touch\s+base|circle\s+back|pick\s+(?:this|it|things)\s+(?:back\s+)?up|talk|speak|"
           r"continue|resume|check\s+in|nudg\w*|ping)")
_LATER = (r"(?:until|till|til|after|before|not\s+before|once|when|in\s+(?:a|an|one|two|three|\d+)\s+(?:couple\s+(?:of\s+)?)?"
          r"(?:days?|weeks?|wks?|months?|fortnight)|next\s+(?:week|wk|month)|(?:again|back|until|till)\s+then|again\s+(?:after|in|on|next))")
_QUIET_NET = re.compile(rf"\b(?:hold|wait|pause|park|delay|hang\s+on|postpone|keep|save|leave|no\s+need\s+to|please|can\s+we|"
                        rf"could\s+we|let'?s|don'?t|do\s+not)\b[^.]{{0,60}}?\b{_FOLLOW}\b[^.]{{0,60}}?\b{_LATER}\b|"
                        rf"\b{_LATER}\b[^.]{{0,60}}?\b(?:hold|wait|pause|postpone|no\s+need\s+to|please\s+(?:don'?t|do\s+not)|"
                        rf"nothing\s+(?:I|we)\s+can)\b", re.I)
_QUIET_NOT = re.compile(r"\b(?:delivery|deliveries|shipment|shipping|order|parcel|crane|truck|install\w*|invoice|payment|"
                        r"notice|warning)\b|\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:send|confirm|check|let)\b", re.I)


# an end in time, whatever it is: "before then", "until after the 9th", "for about ten days", "in a week"
_TIME_LIMIT = re.compile(r"\b(?:until|till|til|before|after|not\s+before|next\s+(?:week|wk|month)|(?:for|"
                         r"in)\s+(?:about\s+|around\s+|"
                         r"roughly\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+couple\s+(?:of\s+)?|a\s+few)\s+"
                         r"(?:days?|weeks?|wks?|months?|fortnight))\b", re.I)


def has_time_limit(sentence: str) -> bool:
    """Whether a sentence names an end in time (a date, "before then", "for about ten days")."""
    return bool(_TIME_LIMIT.search(sentence))


def possible_quiet(sentence: str) -> bool:
    """Whether a sentence may ask for time before the next follow-up."""
    return bool(_QUIET_NET.search(sentence) and not _QUIET_NOT.search(sentence))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

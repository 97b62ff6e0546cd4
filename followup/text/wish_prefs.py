"""Preferences read for certain: a time of day ("afternoons are better") or a channel ("email is easier") the customer
wants to be reached by, each from a clause that says something good or bad about it."""
from __future__ import annotations

import re

from followup.text.dates import month_prefixes
from followup.text.prefilter import prefilter_patterns, prefiltered
from followup.text.wish_base import MONTH_AFTER_NUMBER, PREFERENCE, Wish, compiled, guarded
from followup.text.wish_channel import conditional_channel, more_channel_patterns, urgent_only
from followup.text.wish_easiest import easiest_call
from followup.text.wish_rather import negated_at, without_refused_part
from followup.text.wish_scope import withdraws
from followup.text.wish_visit import visit_only

# ---------------------------------------------------------------- preferences
# what may follow an hour in words and still leave it an hour ("ring me before nine and I'll pick up", "try me after
# two o'clock any day"): a joined promise or a habit, never a length ("before ten days")
# ("give me a bell before nine if you can": a polite condition on the call asked, not on the hour)
_WORD_HOUR_TAIL = r"and\s+(?:I|we)\b|(?:any|most|every)\s+days?\b|if\s+(?:you\s+can|you\s+could|possible)\b"
# a month after the number makes it a day, not an hour ("do not contact me before 9 July", "after 3 August")
_NOT_A_DATE = rf"(?!{MONTH_AFTER_NUMBER})"
# Time of day: a clause that names a part of the day and says something good or bad about it for the customer.
_TIME_OF_DAY: dict[str, str] = {
    "morning": r"\b(?:early\s+)?mornings?\b|\bearly(?:\s+(?:is|works|suits|would\s+be)|['\u2019]s\s+(?:best|better|fine))\b|"
               r"\bfirst\s+thing\b|\b(?:try|call|ring|catch)\s+(?:me|us)\s+early\b(?!\s+(?:next|in\s+the|on|this|tomorrow)\b)|"
               r"\bearly\s+in\s+the\s+day\b|\b(?:best|better|easiest)\b[^,.;]{0,20}\bearly\b(?!\s+(?:next|in\s+the\s+(?:week|month|year)|"
               rf"(?:{month_prefixes('en')})))|\bbefore\s+(?:noon|lunch|(?:8|9|10|11)\s*(?:am|a\.m\.)?)(?!\w)"
               rf"{_NOT_A_DATE}|"
               # an hour in words, "before half nine", "before ten o'clock" (not "before ten days")
               r"\bbefore\s+(?:half\s+)?(?:eight|nine|ten|eleven)(?=\s*(?:o'?clock|am|a\.m\.)?\s*(?:[,.;:!\n]|I\b|we\b|$|"
               rf"{_WORD_HOUR_TAIL}))|"
               r"\b(?:first|front)\s+half\s+of\s+the\s+(?:working\s+)?day\b",
    # "afternon", "aftenoon": the typo still names the part of the day; "arvo" is Australian for it
    "afternoon": r"\b(?:late\s+)?after?no+ns?\b|\barvos?\b|\b(?:around|at|"
                 r"from)\s+[1-4](?::\d\d)?\s*(?:pm|p\.m\.)|\b(?:after|post)\s+(?:lunch|"
                 r"noon|[1-4](?::\d\d)?\s*(?:pm|p\.m\.)?)(?!\s*(?:am|a\.m\.))(?![\w:])"
                 rf"{_NOT_A_DATE}|"
                 r"\blater?\s+in\s+the\s+day\b|"
                 # roughly, or in words: "after about four, before that I'm in court", "lunchtime or after"
                 r"\bafter\s+(?:about|around|roughly|say)\s+[1-4](?::\d\d)?\s*(?:pm|p\.m\.)?(?![\w:])|\bafter\s+(?:about\s+|"
                 r"around\s+)?(?:one|two|three|four)(?=\s*(?:o'?clock|pm|p\.m\.|ish)?\s*(?:[,.;:!\n]|$|"
                 rf"{_WORD_HOUR_TAIL}))|"
                 r"\b(?:lunch\s*time|noon|midday)\s+or\s+(?:after|later)\b|"
                 r"\b(?:towards?\s+)?the\s+end\s+of\s+the\s+(?:working\s+|work\s+)?day\b|"
                 r"\b(?:after|from)\s+1[3-6](?:[:.h]\d\d|\s*h(?:rs)?|\s*hours)(?![\w:.]?\d)\b|"
                 # "the back half of the day", "lunchtime onwards", "from 2 on": from noon or an afternoon hour on
                 r"\b(?:back|second|latter|later)\s+half\s+of\s+the\s+(?:working\s+)?day\b|"
                 r"\b(?:(?:from\s+)?(?:lunch\s*(?:time|hour)?|noon|midday)|from\s+[1-4](?::\d\d)?\s*(?:pm|p\.m\.)?)\s+"
                 r"(?:onwards?|on(?=\s*(?:[,.;!\n]|$)))",
    "midday": r"\blunch\s*(?:time|hour)s?\b|\bmidday\b|\baround\s+noon\b|"
              r"\bbetween\s+(?:11|12|noon)(?:\s*(?:am|pm))?\s+and\s+(?:1|2)(?!\d)",
    # "call after 5", "after 5.30", "after 6ish": from five the working day is over, the evening (the batches' writers)
    # the 24-hour clock too: "call after 18h", "from 19:30", "after 14.00"
    "evening": r"\bevenings?\b|\bafter\s+(?:work|tea|teatime|supper|dinner|[6-8]\s*(?:pm|p\.m\.))(?!\w)|"
               r"\b(?:after|from)\s+(?:1[7-9]|2[0-2])(?:[:.h]\d\d|\s*h(?:rs)?|\s*hours)(?![\w:.]?\d)\b|"
               rf"\b(?:after|from)\s+[5-7](?:[:.][0-5]\d)?\s*(?:pm|p\.m\.|ish)?(?!\s*(?:am|a\.m\.))(?![\w:]){_NOT_A_DATE}|"
               # in words, as the afternoon's "after four": "Phone me after five, ne - during the day I'm out"
               r"\bafter\s+(?:about\s+|around\s+)?(?:five|six|seven)(?=\s*(?:o'?clock|pm|p\.m\.|ish)?\s*(?:[,.;:!\n]|$|"
               rf"{_WORD_HOUR_TAIL}|(?:of\s+an|in\s+the)\s+evening\b))",
    # days of the week only as a habit ("weekends are best", "Mondays are hopeless"); "on Monday" is an appointment
    "weekends": r"\bweekends\b|\b(?:at|on)\s+(?:the\s+)?weekends?\b",
    **{f"{day}s": rf"\b{day}s\b" for day in ("monday", "tuesday", "wednesday", "thursday", "friday")},
}
_TIME_BAD = (r"\b(?:busy|hectic|no\s+good|not\s+good|bad|tied\s+up|in\s+meetings|on\s+the\s+road|impossible|"
             r"difficult|tricky|awkward|tough|hard|a\s+nightmare|crazy|chaos|chaotic|manic|mad|a\s+write-?off|packed|swamped|"
             r"hopeless|terrible|a\s+no-go|useless|no\s+use|"
             # "calling me at 8 in the morning ... is not ideal": the time named is the one refused
             r"not\s+(?:ideal|great|convenient|possible|a\s+good\s+time)|inconvenient|"
             # "mornings are full of stand-ups now", "my afternoons are pretty full"
             # (not a house full of guests: "all weekends are full with guests from Athens" is the hotel's season)
             r"(?:are|is|'re|'s)\s+(?:pretty\s+|very\s+|completely\s+|totally\s+|always\s+)?full\b(?!\s+(?:with|of)\s+"
             r"(?:\w+\s+)?(?:guests|visitors|tourists|bookings|reservations|holidaymakers|skiers|diners))|"
             r"don'?t\s+(?:bother\s+(?:with\s+)?)?(?:call|ring|phon|text)\w*|"
             # the customer is away then: "afternoons I am at the factory" (not "at the office", "at my desk")
             r"(?:mornings|afternoons|evenings)\s+(?:I|we)(?:'m|\s+am|'re|\s+are)\s+(?:usually\s+|always\s+|mostly\s+|"
             r"normally\s+)?(?:out|away|offline|(?:at|on)\s+(?:the|a)\s+(?!office\b|desk\b|computer\b)\w+)|"
             r"not\s+before|can'?t\s+(?:talk|take\s+calls)|no\s+(?:point|use|sense)\s+(?:in\s+)?(?:ring|call|phon|tr(?:y|ie))\w*|"
             # the customer is occupied then, in any words: "I'm in theatre most mornings", "mornings im on the tools",
             # "I'm always scrubbed in", "my mornings are back-to-back" (not "I'm at my desk", "we're at our best")
             r"(?:I|we)(?:'m|\u2019m|\s+am|'re|\u2019re|\s+are)\s+(?:usually\s+|always\s+|mostly\s+|normally\s+|often\s+)?"
             r"(?:in|on|at|with|scrubbed\s+in|stuck\s+in|out\s+on)\s+(?!(?:most\s+|the\s+|my\s+|our\s+)?(?:morning|afternoon|"
             r"evening|office|desk|computer|phone|laptop|best|home|free|available)s?\b)\w+|"
             r"\bim\s+(?:on|in|at|with)\s+(?:the|a|site|clinic|theatre|surgery)\b|"
             r"back-?to-?back|fully\s+booked|scrubbed\s+in|don'?t\s+see\s+my\s+phone|no\s+signal|"
             # out of the phone's reach then: "I'm never near the phone in the afternoons", "rarely by my desk mornings"
             r"(?:never|rarely|seldom|barely|hardly(?:\s+ever)?|not)\s+(?:near|by|at|close\s+to|next\s+to|within\s+reach\s+of)\s+"
             r"(?:the\s+|a\s+|my\s+|any\s+)?(?:phone|desk|computer|laptop|inbox)|"
             r"(?:never|rarely|seldom|barely|hardly\s+ever)\s+(?:available|reachable|contactable|free|around|about|in\s+the\s+office)|"

             r"can'?t\s+(?:answer|pick\s+up|hear\s+(?:the|my)\s+phone))\b")
_TIME_GOOD = (r"\b(?:better|best|easier|easiest|prefer|preferred|works?|good|fine|ok|okay|perfect|free|available|ideal|suits?|"
              r"quiet|quieter|calmer|reachable|contactable|(?:I'm|I\s+am)\s+(?:usually\s+)?at\s+my\s+desk|"
              r"aim\s+for|go\s+for|target|shoot\s+for|stick\s+to|only\s+time|"
              r"(?:talk|call|speak|ring|chat)\b[^,.;]{0,30}?(?:'ll|will|would|'d)\s+have\s+to\s+be|"
              r"can\s+(?:actually\s+|really\s+)?talk|(?:is|are)\s+when\s+(?:I|we)(?:'m|'re|\s+am|\s+are|\s+can)|appreciate|please|pls|kindly)\b|"
              r"\b(?:calls?|try|reach|catch|ring|phone|bell|buzz|tinkle)\b|\bgive\s+(?:me|us)\s+a\s+shout\b|\bkeep\s+(?:calls|it|things)\s+to\b")
_TIME_GUARDS: dict[str, str] = {
    # a particular occasion ("this afternoon", "Tuesday morning", "tomorrow") is an appointment, not a standing preference
    # ("this" only before a part of day, a week or a weekday: "after this I'm in the workshop" names no occasion)
    "occasion": r"\bthis\s+(?:morning|afternoon|evening|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
                r"\b(?:tomorrow|today|tonight|yesterday|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
                r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:morning|afternoon|evening)\b|"
                # "Tuesday at 2pm works for the demo": a day and an hour make one appointment
                r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|o'?clock|h)\b|"
                # ... either way round, or a day with a bound: "our call at 3pm Thursday", "I'm free Wednesday after 3"
                r"\b\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|o'?clock)\s+(?:on\s+)?(?:this\s+|next\s+)?"
                r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:after|before|from|between|around)\s+\d",
    "past": r"\b(?:called|went|was|were|had)\b",
    # "can you call at 3pm?" proposes an appointment, unless it asks for a habit ("can we keep calls to after 3?")
    "question": r"^(?!.*\b(?:keep\s+(?:calls|it|things)\s+to|usually|generally|always|the\s+end\s+of\s+the\s+day|"
                r"in\s+the\s+(?:mornings|afternoons|evenings)))[^\n]*\?\s*$",
    # a time for something other than talking to the customer ("morning delivery would be ideal")
    # (not when the sentence asks to be called then: "mornings are chaos with deliveries, so please call after lunch")
    "logistics": r"^(?!.*\b(?:call|ring|phone|try|reach|catch)(?:ing)?\s+(?:me\s+|us\s+)?(?:after|before|in\s+the|from|between|"
                 r"around)\b)"
                 r".*\b(?:deliver\w*|collection|pick-?up|install\w*|viewing|inspection|fitting|flight|train|call-?outs?)\b",
    # no preference at all: "mornings? evenings? whatever suits you, we're flexible"
    "indifferent": r"\b(?:whatever\s+(?:suits|works)|we'?re\s+flexible|I'?m\s+flexible|either\s+(?:works|is\s+fine)|"
                   r"any\s*time\s+(?:works|is\s+fine)|doesn'?t\s+matter)\b",
    # someone sent told whom to ring or when to come: "He should ring the loading bay after 2pm", "ask the courier to come"
    "someone_sent": r"\b(?:he|she|they|(?:your|the)\s+(?:[\w-]+\s+)?(?:driver|courier|fitters?|engineers?|installers?|"
                    r"technicians?|crew|rider))\s+(?:should|can|could|must|needs?\s+to|has\s+to|will\s+need\s+to|to)\s+"
                    r"(?:(?:ring|call|phone|text|buzz|ask\s+for)\s+(?!(?:me|us)\b)|come\b(?![^.]*\b(?:call|ring)\s+(?:me|us)\b))",
    # ("ring me before nine and I'll pick up", "give us a bell and we'll get it sorted": the answer to the call asked)
    "own_plan": r"\b(?:I'll|I\s+will|we'll|we\s+will)\b(?!\s+(?:pick\s+up|answer|get\s+(?:it|that|this)\s+sorted|"
                r"sort\s+(?:it|that|this)\s+out)\b)|\bif\s+you\s+(?:call|ring|phone|e-?mail|come|send|do)\b|"
                # ("if you need me on the phone, ... later in the day is much better", "if you need anything from me,
                # it's much better to aim for the afternoon" ask for a time)
                r"\bif\s+you\s+need\b(?!\s+(?:me|anything|something|to\s+(?:reach|call|ring|get\s+hold\s+of|talk\s+to|"
                r"speak\s+to)\s+me|to\s+(?:discuss|go\s+(?:through|over)))\b)",
}
_GREETING = re.compile(r"\bgood\s+(?:morning|afternoon|evening)\b|^\W*(?:morning|afternoon|evening)\s*[!,]", re.I)
# a spaced dash parts two clauses too: "afternoons are easier - mornings I'm on the line"
# and so does a line break: "better to reach me after lunch\nmornings im on the tools" is one sentence, two clauses
# (a colon inside a clock time, "from 14:30", parts nothing; nor does a line wrapped after a word no clause ends with:
# "so afternoons are\nwhen I actually pick up the phone")
_WRAPPED = r"(?<=\bare|\bthe)\n|(?<=\bis|\bto|\bam)\n|(?<=\band)\n|(?<=\bwhen)\n"
_CLAUSE = re.compile(rf"(?:[^,;:\n]|(?<=\d):(?=\d)|{_WRAPPED})+?"
                     rf"(?=,|;|:(?!\d)|\n(?<!{_WRAPPED})|\s[-\u2013\u2014]\s|\bso\b|\bbut\b|$)", re.I)

# Channel: email, phone or text message, each as the words customers use for it.
CHANNELS: dict[str, str] = {
    "email": r"(?:e-?mail(?:s|ed|ing)?|in\s+writing|writ(?:e|ing)|(?:my\s+)?inbox)",
    # "give me a bell", "a buzz", "a tinkle" are British, Irish and Australian for a phone call ("a shout" is any word)
    "phone": r"(?:phon(?:es?|ed|ing)|call(?:s|ed|ing)?|ring|mobile|cell|voicemail|unknown\s+numbers|"
             r"give\s+(?:me|us)\s+a\s+(?:bell|buzz|tinkle))",
    # (text as print is no message: "prefer light text on a dark background", "plain text")
    "sms": r"(?:(?<!light )(?<!dark )(?<!plain )(?<!white )(?<!black )(?<!bold )(?<!large )(?<!small )(?<!full )"
           r"text(?:s|ed|ing)?|sms|whatsapp)",
}


# when a channel is read, not which one is wanted: "I see emails only late", "texts only in the evening"
_READ_WHEN = (r"(?:late|later|early|once|twice|occasionally|sometimes|rarely|now\s+and\s+then|every|after|before|when|"
              r"at\s+(?:night|the\s+end)|in\s+the\s+(?:evening|morning|afternoon|night)s?|(?:in\s+the\s+)?(?:evening|morning|night)s)\b")
# the channel the subject of a verb, not the one asked for: "email only loads when I'm back in port", "calls only get
# through on the quay", "texts only arrived a day later" ("email only is fine", "email only, thanks": asked for)
_DOES = (r"(?:(?!thanks\b|pls\b|please\b|is\b|was\b|as\b|works?\b|suits?\b)[a-z]+(?:s|ed)\b|gets?\b|got\b|goes\b|went\b|"
         r"comes?\b|came\b|can\b|could\b|will\b|would\b|does\b|did\b|has\b|had\b|happens?\b|reaches\b)")
# a speaker's adverb that leaves a channel's praise as it is
_HEDGE = r"(?:actually|really|honestly|genuinely|definitely|just|generally|normally|truly)"


def _channel_patterns(name: str, x: str, y: str) -> list[str]:
    """Ways of saying "use channel name (regex x) rather than y", as regexes."""
    never = r"(?!x)x"  # a rule that does not apply to this channel
    not_y = rf"(?:(?!{y})[^.,])"
    then_x = rf"[^.]{{0,40}}?{x}" if name == "sms" else ""  # texts have no single opposite: named after it
    return [
        # an adverb of the speaker's either side of the verb: "email actually works better", "texting is honestly easier"
        rf"\b{x}(?:\s+me)?(?:\s+{_HEDGE})?(?:\s+is|\s+are|'s|\s+works?|\s+would\s+be)\s+(?:{_HEDGE}\s+)?(?:much\s+|a\s+lot\s+|far\s+|way\s+|so\s+much\s+|"
        rf"usually\s+)?(?:better|best|easier|"
        rf"easiest|preferred|fine|great|perfect|ideal|the\s+(?:best|easiest)\s+way|the\s+way\s+to\s+go|my\s+preference)\b"
        # "any call is better after lunch" prefers a time, not the channel
        rf"(?!\s+(?:after|before|in\s+the|at|around|from|later|earlier|mornings?|afternoons?|evenings?|on\s+\w+days))",
        rf"\b{x}\b[^.,]{{0,25}}?\b(?:rather\s+than|instead\s+of|over|better\s+than|than|not)\s+"
        rf"(?:(?:by|on|over|via|with|through)\s+(?:the\s+)?|sending\s+(?:me\s+)?)?{y}",
        # "rather than back-and-forth emails, just give me a ring"
        rf"\b(?:rather\s+than|instead\s+of)\b[^.,]{{0,30}}?\b{y}\b[^.]{{0,40}}?\b{x}\b",
        # (not a channel refused: "I'd rather you didn't ring before the 9th")
        rf"\b(?:prefer|rather)\b(?!\s+(?:than|no|not)\b)(?:(?!\bnot\b|n't\b|\bnever\b){not_y}){{0,25}}?"
        rf"(?<!morning )(?<!afternoon )(?<!evening )\b{x}\b",
        rf"\b(?:don'?t|do\s+not|never|no)\s+(?:bother\s+(?:with\s+)?)?{y}\b[^.]{{0,30}}?\b{x}\b",
        # "best to WhatsApp me", "easiest if you text me"
        rf"\b(?:best|easiest|quickest|better)\s+(?:to|if\s+you|(?:that\s+)?you)\s+{x}\s+(?:me|us)\b",
        # "give us a ring on the mobile, that's the best way to get me": the channel named, then called the best way
        # ("..., that's the way to get hold of me": the way, said with no adjective)
        rf"\b{x}\b[^.]{{0,40}}?\b(?:that'?s|that\s+is|it'?s|is)\s+(?:the\s+(?:(?:best|easiest|quickest|only)\s+)?|"
        rf"(?:best|easiest|quickest|only)\s+)way\s+to\s+"
        rf"(?:get|reach|contact|catch|get\s+hold\s+of)\s+(?:me|us)\b",
        # "I'm only reachable by WhatsApp" (not "in Denver, but reachable by phone": reachable while away, not a habit)
        rf"\b(?:(?:only|mostly|usually|best|easiest)\s+reachable|reachable\s+only)\s+(?:by|via|on|over)\s+(?:my\s+)?{x}\b",
        rf"\b(?:terrible|bad|hopeless|useless|rubbish)\s+(?:with|at)\s+{y}\b{then_x}|\b(?:rarely|never|barely|seldom|hardly\s+ever|don'?t|do\s+not|"
        rf"can'?t)\s+(?:check|read|look\s+at|answer|pick\s+up|take)\s+(?:my\s+|the\s+)?{y}\b[^.]{{0,30}}?\b{x}\b",
        rf"\b{x}\s+me\b[^.]{{0,15}}\b(?:rarely|never|hardly\s+ever|don'?t|do\s+not)\s+(?:check|"
        rf"read|look\s+at|answer)\s+(?:my\s+|the\s+)?{y}\b",
        # "call me on my mobile for anything, I am not checking email regularly": the reason given in the progressive
        rf"\b{x}\s+me\b[^.]{{0,60}}?\b(?:(?:am|'m|are|'re)\s+not|won'?t\s+be|(?:am|'m)\s+(?:rarely|hardly|barely|seldom))\s+"
        rf"(?:\w+\s+)?(?:checking|reading|looking\s+at|answering)\s+(?:my\s+|the\s+)?{y}\b",
        rf"\b(?:rarely|never|barely|seldom|hardly\s+ever|don'?t|do\s+not)\s+(?:check|read|look\s+at)\s+(?:my\s+|"
        rf"the\s+)?{y}\b" if name != "sms" else never,
        rf"\bhard\s+to\s+reach\s+(?:by|on)\s+{y}\b|\b{y}\s+(?:is|are)\s+(?:really\s+|very\s+|so\s+|quite\s+)?(?:difficult|hard|"
        rf"impossible)\b" if name == "email" else never,
        # the other channel is hard for the customer: "writing long emails in English is difficult for me"
        rf"\b{y}\b[^.,;]{{0,30}}?\b(?:is|are)\s+(?:really\s+|very\s+|so\s+|quite\s+)?(?:difficult|hard|slow)\s+for\s+(?:me|us)\b|"
        rf"\bnot\s+(?:great|good|very\s+good|the\s+best)\s+(?:with|at)\s+{y}\b" if name == "phone" else never,
        # "it is difficult for me to discuss on phone, I sit in an open office": the other channel hard for the customer
        rf"\b(?:difficult|hard|not\s+easy)\s+for\s+(?:me|us)\s+to\s+(?:discuss|talk|speak|explain|communicate)\s+"
        rf"(?:on|over|by|via)\s+(?:the\s+)?{y}\b" if name != "sms" else never,
        # the other channel is no use to the customer: "phone calls are useless to me", "email's no good for me"
        rf"\b{y}\b[^.,;]{{0,20}}?\b(?:is|are|'s)\s+(?:just\s+|completely\s+|totally\s+|pretty\s+)?(?:useless|hopeless|"
        rf"pointless|no\s+use|no\s+good)\s+(?:to|for|with)\s+(?:me|us)\b" if name != "sms" else never,
        # everything sent from now on in one channel: "please send all offers and changes in writing by email from now on",
        # "put everything in an email from here on out" (in one clause: not "send all files, I'll email from now on")
        rf"\b(?:send|put)\s+(?:me\s+|us\s+)?(?:all|every|any)(?:thing)?\b[^.,;]{{0,40}}?\b{x}\b[^.]{{0,20}}?\b(?:from\s+now\s+on|"
        rf"from\s+here\s+on(?:\s+out|\s+in)?|going\s+forward|henceforth)\b" if name == "email" else never,
        rf"\b(?:stick|keep\s+(?:it|things|this|everything|(?:our|all|any|the|further)\s+(?:\w+\s+)?(?:discussions?|"
        rf"communications?|correspondence|contact|conversations?|exchanges?)))\s+to\s+{x}\b|"
        # "for further communication use only email"
        rf"\buse\s+(?:only\s+)?{x}(?:\s+only)?\s*(?:[.,;!]|$|for\s+(?:further|future|all)\b|from\s+now|going\s+forward|"
        rf"please)|\breach\s+me\s+(?:by|"
        rf"via|on)\s+(?:my\s+|the\s+)?{x}\b|\bbest\s+(?:way\s+)?to\s+reach\s+me\s+(?:is\s+)?(?:by|via|on)\s+(?:my\s+)?{x}\b"
        rf"|\beasier\s+if\s+you\s+{x}\b|\bcontact(?:ed)?\s+(?:me\s+|us\s+)?(?:by|via|over|on)\s+(?:the\s+|my\s+)?{x}\b|\b{x}\s+only\b(?!\s+{_READ_WHEN}|\s+{_DOES})|"
        rf"\bcommunicate\s+(?:with\s+(?:me|us)\s+)?(?:by|via)\s+{x}\b|\b{x}\s+(?:to\s+)?(?:me|us)\s+instead\b|\b(?:by|via|over|per|in)\s+{x}\s+instead\b"
        rf"|\b{x}\s+me\b[^.]{{0,5}}\b(?:it's|it\s+is|that's)\s+(?:quicker|faster|easier|simpler)\b",
        # "I'm easier to get hold of by text", "quickest to reach me on my mobile"
        rf"\b(?:easier|easiest|best|quicker|quickest)\s+(?:way\s+)?to\s+(?:get\s+hold\s+of|reach|contact|catch|get)\s+(?:me\s+)?"
        rf"(?:is\s+)?(?:by|via|on|over)\s+(?:my\s+)?{x}\b|\bget\s+hold\s+of\s+me\s+(?:by|via|on|over)\s+(?:my\s+)?{x}\b",
        # the other channel gets in the way, so this one asked for: "calls interrupt my work; email me"
        rf"\b{y}\b[^.;]{{0,20}}?\b(?:interrupt|disturb|distract|annoy)\w*\b[^.]{{0,40}}?\b{x}\s+(?:me|us)\b",
        # "a quick call gets my attention far better"
        rf"\b{x}\s+(?:works|gets\s+(?:my\s+attention|through\s+to\s+me|hold\s+of\s+me)|reaches\s+me)\s+(?:far|much|a\s+lot|"
        rf"way)\s+(?:better|faster|quicker)\b",
        # "put everything in writing" is a habit; "put that in writing" is about one document
        rf"\b(?:put|send)\s+(?:me\s+|us\s+)?(?:everything|it\s+all|all\s+of\s+(?:it|this)|things)\s+{x}\b"
        if name == "email" else never,
        # "email isn't the way to reach me": the other of the two, as with "I don't do email"
        rf"\b{y}\s+(?:is\s+not|isn'?t|'s\s+not|is\s+never|is\s+no)\s+(?:really\s+)?(?:the|a)\s+(?:best\s+|good\s+|right\s+|"
        rf"great\s+|ideal\s+)?way\s+to\s+(?:reach|contact|get\s+hold\s+of|get\s+to)\s+(?:me|us)\b" if name != "sms" else never,
        # "send anything about the contract by email": everything to come, not one document
        # "direct all correspondence to me by email", "address all further communication to us via email"
        rf"\b(?:send|direct|route|address)\s+(?:me\s+|us\s+)?(?:anything|everything|all\s+(?:further\s+|future\s+)?"
        rf"(?:correspondence|communications?|further\s+\w+))\b[^.]{{0,50}}?"
        rf"\b(?:by|via|over)\s+{x}\b" if name == "email" else never,
        # a channel asked for from now on at a clause's start: "I'm in meetings all day now - email from here on, please"
        # (not "no emails from now on", "we'll email from now on"; a phone word alone is too often a thing: "calls")
        rf"(?:^\s*|[,;:.!\u2013\u2014]\s*|\s-\s*|\b(?:please|pls|just|so)\s+){x}(?:\s+(?:me|us))?(?:\s+only)?\s+"
        rf"(?:from\s+(?:here|now)\s+on|going\s+forward)\b" if name != "phone" else never,
        # "I don't do phone calls" / "I don't do email": the other of the two; texts have no single opposite
        rf"\b(?:don'?t|do\s+not|never|can'?t)\s+do\s+{y}" if name != "sms" else never,
        # the way to get an answer at all: "If you want an answer, ring my mobile", "if you need to reach me, text me"
        # (any one word on the answer, and what it is about: "if you want an actual answer on the scanners, phone me")
        rf"\bif\s+you\s+(?:want|need)\s+(?:an?\s+(?:[a-z]+\s+)?(?:answer|reply|response|decision)"
        rf"(?:\s+(?:on|about|to|from\s+me)\b[^,;.]{{0,30}}?)?|"
        rf"to\s+(?:reach|get\s+hold\s+of|catch|get\s+to)\s+me|me\s+to\s+(?:answer|reply|respond))\b[,;]?\s+"
        rf"(?:(?:just|please|then|best|better\s+to)\s+)?{x}\b",
    ]


# both channels refused, so neither is preferred: "don't email, don't call", "dont call dont text", "no calls, no
# emails", "do not call this number or email me again" (not "don't call, email me": the second channel is offered, not refused)
_REFUSE = r"(?:don'?t|do\s+not|never|no(?:\s+more)?|stop|not)\s+(?:[\w-]+\s+)?"  # ("no follow-up calls", "to not write me")
_BOTH_REFUSED = re.compile("|".join(
    rf"\b{_REFUSE}{CHANNELS[a]}\b[^.]{{0,40}}?(?:\b(?:or|nor)\s+(?:{_REFUSE})?|(?:[,;]|\band\b|\s)\s*{_REFUSE})"
    rf"(?:\w+\s+)?{CHANNELS[b]}\b" for a, b in (("phone", "email"), ("email", "phone"), ("phone", "sms"), ("sms", "phone"),
                                                ("email", "sms"), ("sms", "email"))), re.I)


def both_refused(sentence: str) -> bool:
    """Whether the sentence refuses both email and phone ("no calls, no emails"): no channel is preferred."""
    return bool(_BOTH_REFUSED.search(sentence))


# (a list, which prefilter_patterns does not walk: each rule gets its needle test here)
_CHANNEL_RULES: list[tuple[str, re.Pattern[str]]] = [
    (f"channel:{x}", prefiltered(re.compile(rx, re.I)))
    for x, y in (("sms", "(?:e-?mail|inbox|phone|call|ring)\\w*"), ("email", CHANNELS["phone"]), ("phone", CHANNELS["email"]))
    for rx in _channel_patterns(x, CHANNELS[x], y) + more_channel_patterns(x, CHANNELS[x], y)
]


# The time-of-day preference rules (_TIME_OF_DAY), compiled.
TIME = compiled(_TIME_OF_DAY)
_PART_OF_DAY = re.compile(r"morning|early|first\s+thing|noon|lunch|\d|after|before|later|end\s+of|midday|evening|"
                          r"weekend|days\b|half", re.I)
_TIME_G = compiled(_TIME_GUARDS)
_THIS_WEEK = re.compile(r"\bthis\s+week\b", re.I)
# "After 1pm, please.": a bare time, then a clause of politeness alone that asks for it
_PLEASE_TAIL = re.compile(r"\s*,\s*(?:please|pls|kindly|thanks?|thank\s+you|if\s+(?:you\s+can|possible))\W*$", re.I)
# A time said to be bad for contact (_TIME_BAD), compiled.
TIME_BAD_RX = re.compile(_TIME_BAD, re.I)
# calls made then are lost, whatever word names them ("Calls in the afternoon go unanswered", "... go to voicemail")
_CALLS_LOST = re.compile(r"\b(?:go|goes|get|gets)\s+(?:\w+\s+)?(?:unanswered|missed|to\s+voicemail)\b", re.I)
_TIME_GOOD_RX = re.compile(_TIME_GOOD, re.I)
# a call asked for in an earlier clause of the sentence ("Please call, but not in the morning")
_CALL_ASKED = re.compile(r"\b(?:call|ring|phone|try|catch)(?:\s+(?:me|us))?\b(?![^,;]*\b(?:you|I|we)\b)", re.I)


def sent_over(sentence: str) -> bool:
    """Whether a sentence tells someone sent over whom to ring ("he should ring the loading bay after 2pm")."""
    return bool(_TIME_G["someone_sent"].search(sentence))


def time_preferences(sentence: str, offset: int, text: str) -> list[Wish]:
    """Preferred (or avoided) times of day, clause by clause: "mornings are busy, so afternoons are better"."""
    if not _PART_OF_DAY.search(sentence) or guarded(sentence, _TIME_G) or visit_only(sentence, offset, text):
        return []  # (every time pattern names a _PART_OF_DAY word)
    cleaned = _GREETING.sub(lambda m: " " * len(m.group()), sentence)  # keep offsets
    cleaned = without_refused_part(cleaned)  # "in the afternoon rather than the morning": the afternoon
    found = []
    for whole in _CLAUSE.finditer(cleaned):
        if withdraws(whole.group()):  # "Mornings work best - actually no, ...": the clauses before are taken back
            found = []
            continue
        if _THIS_WEEK.search(whole.group()):  # "one afternoon this week" is an appointment; "this week, try me early" not
            continue
        for lo, hi in run_on_pieces(whole.group()):
            clause = cleaned[whole.start() + lo:whole.start() + hi]
            for part, rx in TIME.items():
                m = rx.search(clause)
                if not m:
                    continue
                bad = TIME_BAD_RX.search(clause)
                good = _TIME_GOOD_RX.search(clause) if bad else None
                # "best to reach me in the evening after 6 I'm on site all day and can't really talk": the time asked
                # for first, the reason after it; a bad word before the time still says the time is bad
                asked = _TIME_GOOD_RX.search(clause) or _PLEASE_TAIL.match(cleaned, whole.start() + hi)
                # "Please call, but not in the morning": the call asked before, the part refused after it
                refused = negated_at(clause, m.start()) and (asked or _CALL_ASKED.search(cleaned, 0, whole.start() + lo))
                if bad and not (good and good.start() < m.start() < bad.start()) or _CALLS_LOST.search(clause) \
                        or refused:  # "afternoons, not mornings, please"
                    value = f"time:not_{part}"
                elif asked:
                    value = f"time:{part}"
                else:
                    continue
                start, end = offset + whole.start() + lo, offset + whole.start() + hi
                quote = text[start:end].strip()
                found.append(Wish(PREFERENCE, quote, preference=value))
                break
    return found


def run_on_pieces(clause: str) -> list[tuple[int, int]]:
    """A clause cut where a second part of the day is named as taken: "call after 2pm only mornings i am on air"."""
    # Unpunctuated, the time asked for and the part of the day refused run together; read as one clause the first
    # part named (in TIME's order) won whatever was said of it. Cut only when the first piece asks without a bad
    # word and the second names another part with one, so "mornings and afternoons I'm on site" stays whole.
    hits = sorted((m.start(), part) for part, rx in TIME.items() if (m := rx.search(clause)))
    if len({part for _, part in hits}) < 2:
        return [(0, len(clause))]
    cut = hits[-1][0]
    head, tail = clause[:cut], clause[cut:]
    if (any(at < cut for at, _ in hits) and _TIME_GOOD_RX.search(head) and not TIME_BAD_RX.search(head)
            and TIME_BAD_RX.search(tail)):
        return [(0, cut), (cut, len(clause))]
    return [(0, len(clause))]


# what the rep did, not how to reach the customer: "thanks for trying to reach me by phone yesterday"
REP_TRIED = r"\b(?:tr(?:ying|ied)|attempt(?:ing|ed))\s+to\s+(?:reach|call|contact|get\s+hold\s+of)\s+me\b"
_CHANNEL_FOOTER = re.compile(  # a sender's footer ("if you prefer not to receive email from us"), not the customer's wish
    r"\bif\s+you(?:'d)?\s+(?:would\s+)?(?:prefer|like|rather)\b|\bclick\b|\bunsubscribe\b|mailto:|\b(?:contact|reach|call)\s+us\b|"
    + REP_TRIED, re.I)


_DOCUMENT_BY = re.compile(r"\b(?:pdfs?|invoices?|documents?|statements?|copies|receipts?|paperwork|contracts?|drawings?|"
                          r"files?|attachments?|scans?)\b[^.]{0,20}\b(?:by|via|over|as)\s+e-?mail", re.I)
_EVERYTHING = re.compile(r"\b(?:anything|everything|all\s+(?:further\s+|future\s+)?(?:communications?|correspondence))\b",
                         re.I)  # "send anything about the contract by email" is a habit
_ANY_CHANNEL = re.compile(r"\b(?:" + "|".join(CHANNELS.values()) + r"|mail|courriel|correo|posta|correio|written)",
                          re.I)  # ("send everything by mail", "envíeme todo por correo")
# "afternoon calls work better": the time is preferred, not the channel
# "I'd prefer any calls first thing in the morning", "rather phone me after supper": the channel is taken for granted
# and the time of day is what is preferred ("best to call me early, before 10": "early" closing the clause)
TIMED_AFTER_CHARS = 40
_TIMED_AFTER = re.compile(r"^[^.;,]*?\b(?:(?:in|at)\s+(?:the\s+)?(?:morning|afternoon|evening)s?(?:\s+time)?|first\s+thing|"
                          r"(?:after|before)\s+(?:(?:\w+\s+)?prayers?|supper|dinner|lunch|work|noon|\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m)?)|mornings|afternoons|evenings|early(?=\s*[,;.!?]|\s*$)|por\s+la\s+(?:tarde|ma[ñn]ana|noche)|"
                          r"(?:'s|des)\s+(?:ochtends|middags|avonds)|am\s+(?:vormittag|nachmittag|abend)|(?:le|en)\s+(?:matin|soir)|"
                          r"l'apr[èe]s-midi|di\s+(?:mattina|pomeriggio|sera)|(?:de|[àa])\s+(?:manh[ãa]|tarde|noite))\b", re.I)


def timed_channel(sentence: str, end: int) -> bool:
    """Whether the words right after a channel preference name a time of day: the time, not the channel, is preferred."""
    return bool(_TIMED_AFTER.search(sentence[end: end + TIMED_AFTER_CHARS]))


# ("evenings are the best time to reach me on the phone": the time is what is preferred)
_TIME_QUALIFIED = re.compile(r"\b(?:mornings?|afternoons?|evenings?|lunchtime|weekend|early|late|daytime)\s+$|"
                             r"\b(?:best|easiest|good|only|right)\s+time\s+to\s+$", re.I)


# a channel named first in a pair praised together ("a phone call or WhatsApp is much better", "email or text works
# best"): the praise matched on the second; the first named is the one preferred, the other its alternative
_PAIRED_FIRST = re.compile(r"\b(?:(?P<email>{email})|(?P<phone>{phone})|(?P<sms>{sms}))(?:\s+calls?)?\s*(?:\bor\b|/)\s*"
                           r"(?:(?:by|on|via|a|an)\s+)?$".format(**CHANNELS), re.I)


def _first_of_pair(value: str, before: str) -> str:
    """The channel preferred when the matched one is the second of a pair said together: the first named."""
    m = _PAIRED_FIRST.search(before)
    return f"channel:{m.lastgroup}" if m and m.lastgroup else value


def _channel_preference(sentence: str, offset: int, text: str) -> list[Wish]:
    """The preferred channel (email, phone, text message) a sentence states, if any."""
    if not _ANY_CHANNEL.search(sentence) or _CHANNEL_FOOTER.search(sentence) or (
            _DOCUMENT_BY.search(sentence) and not _EVERYTHING.search(sentence)):
        return []  # every rule names a channel; "PDFs by email are fine" is how papers travel, not how to reach someone
    if both_refused(sentence):
        return []
    for value, rx in _CHANNEL_RULES:
        m = rx.search(sentence)
        if m and not _TIME_QUALIFIED.search(sentence[: m.start()]) and not timed_channel(sentence, m.end()):
            value = _first_of_pair(value, sentence[: m.start()])
            return [Wish(PREFERENCE, text[offset + m.start(): offset + m.end()], preference=value)]
    return []


def preferences(sentence: str, offset: int, text: str) -> list[Wish]:
    """Time and channel preferences in one sentence, at most one per value."""
    found: dict[str, Wish] = {}
    for wish in _channel_preference(sentence, offset, text) + time_preferences(sentence, offset, text):
        found.setdefault(wish.preference, wish)
    easiest = None if any(p.startswith("channel:") for p in found) else easiest_call(sentence, offset, text)
    found.update({easiest.preference: easiest} if easiest else {})  # "the easiest is if you ring me on ..."
    return urgent_only(sentence, conditional_channel(sentence, list(found.values())))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

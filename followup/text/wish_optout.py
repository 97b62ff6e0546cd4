"""Opt-outs read for certain: a request frame x a halt verb x what is sent ("please discontinue all communications"),
beside phrase tables, each pattern held back by guards for the look-alikes ("remove me from the CC")."""
from __future__ import annotations

import re

from followup.text.prefilter import live, prefilter_patterns
from followup.text.wish_base import (  # noqa: F401
    CONTACT_VERB,
    DNC,
    MAIL_NOUN,
    ME,
    NEG_BEFORE,
    UNTIL_LATER,
    Wish,
    compiled,
    guarded,
    sentence_offsets,
)
from followup.text.wish_optout_abroad import ABROAD_PATTERNS, enough_swapped, one_line_abroad, other_line_abroad
from followup.text.wish_optout_bounded import refusal_bound
from followup.text.wish_optout_every import EVERY_PATTERNS, out_of_reach
from followup.text.wish_optout_far import FAR_PATTERNS, FAR_WORDED, far_opt_out_limited, far_script_rules, or_far_script  # noqa: F401
from followup.text.wish_optout_guards import DNC_G, LIST_FOR_ELSE, OTHERS_GUARDS, RELAYED_TO_REP
from followup.text.wish_optout_plain import PLAIN_PATTERNS, for_an_event
from followup.text.wish_optout_polite import POLITE_LIMIT, POLITE_PATTERNS
from followup.text.wish_optout_refused import refused_contact

# ---------------------------------------------------------------- do_not_contact
# the customer's own details ("my email address", "this address"; a phone number only beside one of them: "take my
# mobile number off your records" alone may keep the email)
_MINE_MAIL = r"(?:(?:my|our)\s+(?:contact\s+)?(?:name|e-?mail(?:\s+address)?|address|details|data)|this\s+(?:e-?mail\s+)?address)"
_MINE = rf"(?:{_MINE_MAIL}|(?:my|our)\s+(?:(?:mobile|phone)(?:\s+numbers?)?|numbers?))"
# the writer's own phone line, refused alone: "please do not call my mobile again" (no other line offered: weighed)
_MY_PHONE = r"(?:my|our)\s+(?:(?:work|office|personal|private|own)\s+)?(?:mobile|cell|landline|(?:phone\s+)?number|phone)"
# a refusal said in the message, which "consider this matter closed" closes
_DECLINED = re.compile(r"\b(?:no|not\s+(?:any|an?))\s+(?:opening|interest|requirement|need|budget|vacanc\w+|opportunity)\b|"
                       r"\bnot\s+(?:be\s+)?(?:interested|proceeding|taking\s+(?:this|it|up)|pursuing|going\s+ahead)\b|"
                       r"\bdeclin\w*\s+(?:your|the|this)\s+(?:\w+\s+)?(?:offer|proposal|quote|invitation|tender|bid)\b|"
                       r"\b(?:must|have\s+to|will)\s+(?:respectfully\s+)?declin\w+|\bunsuccessful\b|"
                       r"\bwill\s+not\s+be\s+(?:proceeding|taking)\b|\bnot\s+in\s+a\s+position\s+to\b|"
                       r"\bdecided\s+(?:not\s+to\s+(?:proceed|go\s+ahead|move\s+forward|pursue|take\s+(?:this|it)\s+(?:any\s+)?further)|"
                       r"against\s+(?:it|this|the\s+(?:proposal|offer|quote)))\b", re.I)
# what the rep sends, as a list it is taken off ("off your calls and mailouts")
_SENT_BY_REP = r"e-?mails|mailings|mail-?outs|newsletters|messages|marketing|calls"
# the rep or the rep's side: "you", "your sales people", "your company", "anyone at your firm"
_YOUR_SIDE = (r"(?:you|your\s+(?:[\w-]+\s+){0,2}?(?:company|firm|team|people|staff|side|reps?|representatives?|"
              r"department|office|lot|business|colleagues))")
_DNC_PATTERNS: dict[str, str] = {
    # ("stop to call me", said the non-native way: the verb and its object named)
    # (Taglish "pls stop na po sending me emails": the particles between the verb and its object)
    "stop_contacting": rf"\b(?:stop|quit|cease)\s+(?:(?:na|po)\s+){{0,2}}"
                       rf"(?:to\s+(?=(?:call|e-?mail|message|text|ring|phone|send)\s+{ME}\b))?"
                       rf"(?:{CONTACT_VERB}|sending\s+(?:(?:{ME}\s+)?(?:these|those|your|any|"
                       rf"all|the)\s+(?:[\w-]+\s+){{0,2}}?(?:e-?mails|messages|mails?|newsletters|offers|updates|"
                       rf"notifications|reminders|mailers|promotions)\b|{ME})|spamming|following up|"
                       rf"bothering|pestering)(?!\s+(?:them|it|him|"
                       rf"her|the|that|(?:this|my)(?!\s+(?:\w+\s+)?(?:e-?mail|address|inbox|number)))\b)"
                       rf"(?:\s+(?:and|or|&)\s+{CONTACT_VERB})?(?:\s+{ME})?(?:\s+(?:with|"
                       rf"these|those|your|any)\b[\w ]{{0,20}}?)?\b",
    # ("... or mail me further": "mail" is no contact verb alone, but it is one beside another; "about this again":
    # the deal named is still all the rep writes about)
    "dont_contact_again": rf"\b(?:(?:do not|don'?t|never)\s+(?:ever\s+)?{CONTACT_VERB}(?:\s+(?:or|"
                          rf"and)\s+(?:{CONTACT_VERB}|mail))?\s+(?:{ME}|{_MY_PHONE}|this\s+(?:number|(?:e-?mail\s+)?address|practice|office|company|business|"
                          rf"firm|shop|clinic|school|department|household))\s+(?:about\s+(?:this|it|that)\s+)?"
                          rf"(?:again|anymore|any more|any further|further|"
                          rf"ever again)|never\s+{CONTACT_VERB}\s+{ME}\b)",
    # the whole sentence is "Do not contact me." / "Please don't email me!": nothing else to limit it
    "dont_contact_bare": rf"^\W*(?:please\s+)?(?:do\s+not|don'?t)\s+(?:ever\s+)?{CONTACT_VERB}(?:\s+(?:or|and)\s+"
                         rf"{CONTACT_VERB})?\s+{ME}\s*[.!]*\s*$",
    "unsubscribe_me": rf"\bunsubscribe\s+(?:{ME}|this\s+(?:e-?mail\s+)?address|"
                      rf"my\s+(?:e-?mail|address))\b|\b(?:want|wish|like|need)\s+to\s+unsubscribe\b(?!\s+(?:link|"
                      rf"button|page))",
    # a bare "STOP" / "Unsubscribe pls" reply is an opt-out, as in SMS
    "unsubscribe_alone": r"^\W*(?:(?:please|pls|plz|kindly)\s+)?(?:unsubscribe|stop)(?:\s+(?:please|pls|plz|me|us|thanks|"
                         r"thank\s+you|now))*\W*$",
    "remove_from_list": rf"\b(?:remove|removed|take|took|delete|deleted|drop|dropped|leave|strike|erase|purge|cancel)\s+"
                        rf"(?:{ME}|my\s+(?:name|e-?mail(?:\s+address)?|address|(?:e-?)?mail\s*id|contact(?:\s+details)?|"
                        rf"details|number)|our\s+(?:contact\s+)?\w+|this\s+(?:e-?mail\s+)?address)\s+"
                        # "of" for the common typo "take me of your list"; the list noun is still required
                        r"(?:from|off|of)\s+(?:(?:your|the|this|all|any|of|further|future|whatever|whichever|every)\s+){0,3}(?:(?:mailing|contact|"
                        r"e-?mail|distribution|marketing|call|sales)\s+(?:(?:and|or|&)\s+(?:mailing|contact|e-?mail|"
                        r"distribution|marketing|call|sales)\s+)?)?"
                        r"(?:(?:lists?|database|system|records|contacts|correspondence|communications?|mailings|books|register)\b|"
                        r"(?:whatever|wherever)\s+(?:you|ye|yous|y['\u2019]?all)(?:['\u2019]ve|\s+have)?\s+(?:got|have|keep|hold|use)\b)",
    # "take me off your marketing emails": what the rep sends, named as the list
    # (the writer among others: "take the depot and both of us off your calls and mailouts"; two things sent named)
    "off_your_mail": rf"\b(?:remove|take|drop)\s+(?:(?:the|our|my)\s+(?:\w+\s+)?\w+\s+(?:and|&)\s+)?"
                     rf"(?:{ME}|(?:both|all)\s+of\s+us)"
                     rf"(?:\s+(?:and|&)\s+(?:the|our|my)\s+(?:\w+\s+)?\w+)?\s+(?:off|from)\s+(?:all\s+(?:of\s+)?)?your\s+"
                     rf"(?:\w+\s+)?(?:{_SENT_BY_REP})(?:\s+(?:and|or|&)\s+(?:\w+\s+)?(?:{_SENT_BY_REP}))?\b",
    # "I'd ask that you not contact me at this address again", "... that you not write to me, or to the office, again"
    # ("that you" with one space: the needle test then looks for it, not for "that", which is in most sentences)
    "that_you_not": rf"\bthat you\s+(?:[^.,;]{{0,40}}?\s+and\s+)?(?:do\s+)?not\s+{CONTACT_VERB}\s+"
                    rf"(?:{ME}|this\s+(?:e-?mail\s+)?address)\b[^.]{{0,60}}?"
                    rf"\b(?:again|anymore|any\s+more|any\s+further)\b",
    "want_removed": rf"\b(?:I|we)(?:'d| would)?\s+(?:want|wish|like|ask)\s+to\s+be\s+removed\b|\brequest\s+to\s+be\s+removed\s+"
                    rf"from\s+(?:all\s+|any\s+)?(?:future\s+|further\s+)?{MAIL_NOUN}",
    "no_wish_contacted": r"\b(?:do not|don'?t|no longer)\s+(?:wish|want)\s+to\s+be\s+(?:contacted|emailed|called)\b",
    # "I don't want to receive any more of your emails"; not "I don't want any more brochures"
    "dont_want_more": r"\b(?:don'?t|do not|no longer)\s+(?:want|wish)\s+(?:to\s+(?:receive|get)\s+)?"
                      r"(?:any\s+(?:more|further)|further)\s+"
                      r"(?:of\s+(?:your|these|those)\s+)?(?:(?:sales|marketing|promotional)\s+)?(?:e-?mails|calls|messages|"
                      r"contact|correspondence|communications?|approaches|outreach|follow[- ]?ups|solicitations)\b",
    # "I don't want your emails anymore", "we no longer want these calls any more"
    "dont_want_yours_anymore": r"\b(?:don'?t|do\s+not|no\s+longer)\s+(?:want|need)\s+(?:your|these|those|any\s+of\s+your)\s+"
                               r"(?:\w+\s+)?(?:e-?mails|calls|messages|newsletters|mailings|texts)\s+(?:anymore|any\s+more|"
                               r"any\s+longer)\b",
    # "no more emails please", "not interested, no further contact", "please no more SMS"; not the report "I've had no
    # more emails"
    "no_more": r"(?:^\W*|(?<=\n)\W*|\bplease\s+|[,;]\s*|\b(?:want|need|wish\s+for)\s+)(?:please\s+)?no\s+(?:more|"
               r"further)\s+(?:(?:phone|sales|marketing|promotional|cold)\s+)?(?:e-?mails|e-?mail|mails?|calls|messages|texts|contact|"
               r"sms(?=\s*(?:[.!,;\n]|$|please\b|thanks?\b|from\s+you|to\s+(?:me|us|this|my)\b))|"
               r"correspondence|follow[- ]?ups|of\s+(?:these|those|them|this|your\s+(?:e-?mails|messages|calls|mails?))"
               r"(?=\s*(?:[.!,;\n]|$|please\b|thanks?\b)))\b",
    # two channels refused in a row with no object, then the deal refused: "dont call dont text, we are not interested",
    # "no emails, no calls - not interested"
    "every_channel_declined": r"(?:^\W*|[,;:.!]\s*|\bplease\s+)(?:don'?t|do\s+not|no)\s+(?:call|ring|phone|e-?mail|text|message|"
                              r"whatsapp)(?:s|ing)?\s*[,;/&-]?\s*(?:(?:and|or|nor)\s+)?(?:don'?t|do\s+not|no)\s+(?:call|ring|"
                              r"phone|e-?mail|text|message|whatsapp)(?:s|ing)?\s*[,;:.!-]*\s*(?:(?:we|I)\s*(?:are|am|'re|'m)\s+)?"
                              r"not\s+interested\b(?![^.]{0,30}\b(?:now|yet|moment|this\s+(?:year|quarter|time)|maybe|later|next))",
    # "please do not send me any further emails"; "don't send me the paper copy" names a document, not mail
    # (asked the non-native way too: "I would like to ask you to not send me more mails")
    "dont_send_me": r"(?:\b(?:do\s+not|don'?t|never)|\b(?:ask|request|beg)\s+(?:of\s+)?you\s+(?:kindly\s+)?"
                    r"(?:to\s+not|not\s+to))\s+send\s+(?:me|us)\s+(?:any\s+)?(?:more\s+(?:[\w-]+\s+){0,2}?|further\s+|other\s+)?"
                    r"(?:e-?mails|messages|mails?|newsletters|marketing|offers|promotions)\b",
    # "Please don't send any more invites or sales emails my way": what the rep sends, refused in the customer's
    # direction ("my way" stands for "to me")
    # ("please dont send any more of them to me": "them" the mail named before, see _SENT_BEFORE)
    "not_my_way": r"\b(?:don'?t|dont|do\s+not|never)\s+send\s+(?:any\s+)?(?:more|further)\s+(?:[\w-]+\s+(?:or\s+|and\s+)?){0,3}?"
                  r"(?:e-?mails|messages|mails|newsletters|offers|promotions|invit(?:e|ation)s|(?P<them>of\s+(?:them|these|those)))"
                  r"\s+(?:(?:my|our)\s+way|to\s+(?:me|us)(?!\s+(?:until|till|before|for)\b))\b",
    # "... and that I receive no further communication from you": the request's own clause, in the subjunctive (not
    # the report "I received no further communication")
    "that_i_receive_none": rf"\bthat\s+(?:I|we)\s+receive\s+no\s+(?:further|more)\s+{MAIL_NOUN}\b",
    # "Kindly don't contact me on this matter going forward": the time said after, standing for "again"
    "dont_going_forward": rf"\b(?:don'?t|do\s+not|never)\s+{CONTACT_VERB}\s+{ME}\s+(?:(?:on|about|regarding)\s+"
                          rf"(?:this|the|that)\s+(?:matter|subject|topic)\s+)?(?:going\s+forward|from\s+now\s+on|henceforth)\b",
    # "kindly refrain from contacting me"
    # (the customer's organisation named for the customer: "refrain from contacting the Council, its members or ...")
    "refrain": rf"\brefrains?\s+from\s+(?:{CONTACT_VERB}\s+(?:{ME}|the\s+(?:council|company|firm|practice|school|trust|"
               rf"authority|department|board|organi[sz]ation|surgery|clinic))\b|sending\s+(?:{ME}\s+)?(?:any\s+)?(?:\w+\s+)?{MAIL_NOUN}|"
               rf"(?:(?:any|all)\s+(?:further\s+|future\s+)?|further\s+)(?:{MAIL_NOUN}|outreach|approaches|follow[- ]?ups))\b",
    # "I must ask that you desist from further approaches"; "we will not enter into any further correspondence"
    "desist": rf"\bdesist\s+from\s+(?:any\s+|all\s+)?(?:further\s+)?(?:{MAIL_NOUN}|outreach|approaches|follow[- ]?ups|"
              rf"{CONTACT_VERB}\s+{ME}|sending\s+(?:{ME}\s+)?(?:(?:any|further|more)\s+)*{MAIL_NOUN})\b|\bmake\s+no\s+further\s+(?:approaches|contact)\b|\b(?:will|shall)\s+not\s+(?:be\s+)?enter(?:ing)?\s+into\s+(?:any\s+)?(?:further|"
              rf"more)\s+(?:correspondence|communications?|discussions?)\b",
    # "I'd appreciate it if you stopped emailing"; not "I'd hate it if you stopped emailing"; "... if you didn't get in
    # touch with us about it again" (not "... didn't call me again before June", a wait)
    "if_you_stopped": rf"\b(?:appreciate\s+it|be\s+grateful|be\s+obliged|be\s+thankful|prefer\s+it|rather)\s+if\s+you\s+"
                      rf"(?:would\s+|could\s+)?(?:(?:stopped|stop|ceased|quit)\s+{CONTACT_VERB}|no\s+longer\s+{CONTACT_VERB}|"
                      rf"(?:didn'?t|did\s+not|wouldn'?t|would\s+not)\s+(?:{CONTACT_VERB}|get\s+in\s+touch\s+with)\s+{ME}\b"
                      rf"[^.;?!]{{0,40}}?\b(?:again|any\s?more)\b(?!\s+(?:until|till|before|this|for)\b))",
    # "we don't want to be on any of your lists"
    "not_on_lists": r"\b(?:don'?t|do\s+not|no\s+longer)\s+(?:want|wish)\s+to\s+(?:be|remain|stay)\s+on\s+(?:any\s+of\s+)?your\s+"
                    r"(?:\w+\s+)?(?:lists?|database|mailing\s+lists?|distribution)\b",
    "leave_alone": r"\bleave\s+(?:me|us)\s+alone\b|\bleave\s+(?:me|us)\s+out\s+of\s+(?:this|it|your\s+\w+)\s+(?:from\s+now\s+on|"
                   r"going\s+forward|for\s+good|permanently)\b",
    # "kindly spare me further messages about it"
    "spare_me": rf"\bspare\s+{ME}\s+(?:any\s+)?(?:further|more|(?:the|your)\s+(?:\w+\s+)?)\s*{MAIL_NOUN}\b",
    # the sales tool's own words: "You can stop the sequence", "please end this cadence" (not a pause of it)
    "stop_sequence": r"\b(?:stop|end|kill|cancel|terminate)\s+(?:the|this|your)\s+(?:automated\s+|e-?mail\s+|sales\s+)?"
                     r"(?:sequence|cadence|drip(?:\s+campaign)?)\b",
    "please_stop_alone": r"(?:^|[,;]\s*)(?:so\s+)?please\s+(?:just\s+)?stop\s*[.!]*\s*$",
    # "Please stop, I've already said no": "stop" as a whole clause before the customer's reason
    "stop_said_no": r"^\W*(?:please\s+)?(?:just\s+)?stop\s*[,;!-]+\s*(?:I|we)(?:'ve|\s+have)\s+(?:already\s+)?(?:said|told)\b",
    "asked_before": r"\b(?:I|we)\s+(?:have\s+|already\s+|'ve\s+)?asked\s+(?:you\s+)?(?:\w+\s+)?to\s+(?:be\s+removed|"
                    r"remove\s+(?:me|us))\b",
    # (a wish never to hear again, said as a preference: "I'd appreciate never hearing from your sales people again")
    "hear_from_you": rf"\b(?:(?:no\s+longer|don'?t|do\s+not|never)\s+want\s+to\s+hear\s+from\s+(?:you|your\s+company)\b|"
                     rf"(?:appreciate|prefer|like|rather)\s+(?:to\s+)?never\s+(?:hearing|hear)\s+from\s+{_YOUR_SIDE}\s+"
                     rf"(?:again|anymore|any\s+more)\b)",
    # "please remove this address; it closes next month": the address written from, with nothing else to remove it from
    # (not "remove this address from the invoice", "drop this address in the shipping field")
    "drop_this_address": r"\b(?:remove|delete|drop|erase|unsubscribe)\s+this\s+(?:e-?mail\s+)?address\b"
                         r"(?!\s+(?:from|on|in|for|to|into|as|with|and|field|line|book)\b)",
    # "make sure nobody from your team contacts us again": no one of the sender's side to reach the customer ("neither
    # he nor anyone else from your firm contacts me about sales again": the rep named, and everyone beside him)
    "nobody_from_you": rf"\b(?:nobody|no\s+one|no-one|neither\s+\w+\s+nor\s+(?:anyone|anybody))\s+"
                       rf"(?:(?:else\s+)?(?:from|at|in|on)\s+(?:your|the)\s+(?:\w+\s+){{0,2}}"
                       rf"(?:team|company|firm|side|office|business|organi[sz]ation|end)\s+)?(?:(?:ever\s+)?(?:contacts|calls|e-?mails|"
                       # ("nobody from the club sales team writes or calls me anymore": two verbs, one object)
                       rf"(?:writes|calls|e-?mails|rings|phones)\s+(?:or|and|nor)\s+(?:writes\s+to|calls|e-?mails|rings|phones|texts)|"
                       rf"rings|phones|writes\s+to|messages|bothers|gets\s+in\s+touch\s+with|reaches\s+out\s+to)|"
                       rf"(?:will|should|is\s+to)\s+(?:ever\s+)?(?:{CONTACT_VERB}|get\s+in\s+touch\s+with))\s+{ME}\s+"
                       # (where the customer works named after them: "contacts us at the Leeds depot anymore")
                       rf"(?:(?:in|at)\s+(?!(?:the\s+)?future\b)(?:[\w-]+\s+){{1,3}}?)?"
                       rf"(?:about\s+(?:\w+\s+){{1,2}}?)?(?:again|anymore|any\s+more|in\s+(?:the\s+)?future)\b",
    # the customer refusing contact in the passive: "both of us should not be contacted again by your company", "we
    # are not to be called in future" (not "patients who opted out should not be contacted again": someone else)
    "not_be_contacted": r"\b(?:I|we|both\s+of\s+us|all\s+of\s+us|\w+\s+and\s+I)\s+(?:should|must|shall|am|are)\s+not\s+"
                        r"(?:to\s+)?be\s+(?:contacted|called|e-?mailed|approached|phoned)\s+(?:again|anymore|any\s+more|"
                        r"any\s+further|in\s+(?:the\s+)?future)\b",
    # "neither she nor any other member of staff wishes to receive direct marketing from you"
    "neither_wishes": rf"\bneither\b[^.;]{{0,60}}\bnor\b[^.;]{{0,60}}\b(?:wish(?:es)?|wants?)\s+to\s+receive\s+"
                      rf"(?:(?:any|direct|further|your|sales)\s+)*{MAIL_NOUN}\b",
    "remove_me_alone": r"^\W*(?:please\s+)?remove\s+(?:me|us)(?:\s+(?:please|pls|now|thanks))?\W*$",
    "lose_number": r"\b(?:lose|bin|shred|forget)\s+my\s+(?:number|e-?mail(?:\s+address)?|(?:contact\s+)?(?:details|info|data))\b",
    # "Pls delete my number.": the writer's own number erased, the clause ending there (not "delete my number from the
    # group chat", "... and use the new one")
    "delete_number": r"\b(?:delete|erase)\s+my\s+(?:(?:phone|mobile|cell)\s+)?number\s*(?:please\s*|pls\s*|now\s*)?(?:[.!]|$)",
    "delete_details": r"\b(?:delete|erase)\s+(?:all\s+)?my\s+(?:contact\s+)?(?:details|data|information|info)\b",
    "cease_contact": r"\bcease\s+all\s+(?:contact|communications?)\b",
    "opt_out": rf"\bopt\s+{ME}\s+out\b|\b(?:I|we)\s+(?:want|would like|'d like)\s+to\s+opt\s+out\b",
    # compositional: a halt verb on the flow of mail itself ("please discontinue all communications to me",
    # "cease any further correspondence", "STOP sending these")
    # (the noun whole: "stop contacting the branch managers, talk to me instead" halts someone else's contact)
    "halt_flow": rf"\b(?:stop|cease|discontinue|end|halt|terminate)\s+(?:all\s+|any\s+)?(?:further\s+|future\s+)?"
                 rf"(?:{MAIL_NOUN}\b|contacting\s+(?:me|us|him|her|them)\b|sending(?:\s+(?:these|this|them|me\s+\w+|us\s+\w+))?"
                 # (the writer's address named as where they go: "stop sending them to this address")
                 rf"(?:\s+to\s+(?:this\s+(?:e-?mail\s+)?address|my\s+inbox)(?=\s*(?:[.!,;]|$))|"
                 rf"\s*(?:[.!]|$|,?\s+(?:please|thanks?|now)\b)))",
    # "Please stop the emails.", "can you stop w/ the calls pls": a halt asked of the rep (the sentence's start, a
    # "please" or "can you") on what the rep sends, ending its clause ("stop the emails from going to spam", "we had to
    # stop the emails to our customers" and "stop the duplicate emails" ask something else)
    # (joined to a removal asked before it: "Take the practice off your call sheets and stop the emails to me")
    "stop_the_mail": r"(?:^\W*|[,;:]\s*|\b(?:please|kindly|just|so)\s+|"
                     r"^\W*(?:please\s+|kindly\s+)?(?:take|remove|delete|drop|strike|cross)\s+[^.;!?]{1,60}?\b(?:off|from)\s+"
                     r"[^.;!?]{1,40}?\band\s+(?:also\s+)?|"
                     r"\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|kindly\s+|just\s+)?)(?:stop|end|cease|halt|quit)\s+(?:with\s+|w/?\s+)?(?:all\s+(?:of\s+)?)?"
                     r"(?:the|these|those|your)\s+(?:(?:constant|endless|repeated|daily|weekly|sales|marketing|"
                     r"promotional|spam|unsolicited|follow[- ]?up)\s+){0,2}(?:e-?mails|mails|messages|calls|texts|"
                     r"newsletters|mailings|follow[- ]?ups)(?=\s*(?:[.!?,;\n]|$|(?:please|thanks?|thank\s+you|thx|now|"
                     r"already|immediately|asap)\b|(?:to|for)\s+(?:me|us)\b))",
    # "no longer receive correspondence from your firm", "if you no longer sent me emails"
    "no_longer_receive": rf"\bno\s+longer\s+(?:wish\s+to\s+|want\s+to\s+|to\s+)?(?:receive|get|be\s+sent|sen[dt]\s+(?:me|us))\s+"
                         rf"(?:any\s+)?(?:\w+\s+){{0,2}}?{MAIL_NOUN}",
    # "please don't write again", "do not email me again", "never contact us again"
    # (with the slips of a phone keyboard: "Dont contract me agian", "dont emial me anymore"; "don't write me more", the
    # "more" of "nicht mehr" / "non ... più")
    "dont_again": rf"\b(?:don'?t|dont|do\s+not|never)\s+(?:ever\s+)?(?:{CONTACT_VERB}|write|send\s+(?:me|us)\s+anything|"
                  rf"contract|conact|contcat|cantact|emial|emal|e-?mial)"
                  rf"(?:\s+(?:to\s+)?{ME})?\s+(?:again|agian|agin|anymore|any\s+more|anymroe|in\s+future|in\s+the\s+future|"
                  # ("dont email me no more": the "no more" of speech, ending its clause)
                  rf"(?:no\s+)?more(?=\s*(?:[.!?,;\n]|$|please\b|thanks?\b|and\s+(?:also\s+)?(?:to\s+)?not\b)))\b",
    # "I ask you kindly to not write to me anymore": the split "to not" of a request
    # ("We would ask you not to contact us on this matter again": "not to", a few words before "again")
    "asked_to_not": rf"\b(?:ask|asking|request|requesting|beg)\s+(?:of\s+)?you\s+(?:\w+\s+)?(?:to\s+not|not\s+to)\s+(?:ever\s+)?"
                    rf"(?:{CONTACT_VERB}|write)(?:\s+to)?\s+{ME}\s+(?:(?:on|about|regarding)\s+(?:\w+\s+){{1,3}}?)?"
                    rf"(?:again|anymore|any\s+more|any\s+longer|further|"
                    # ("to not write me more and also to not telephone": the "more" of a writer of Italian or German)
                    rf"more(?=\s*(?:[.!?,;\n]|$|and\b)))\b",
    # "Going forward please don't email me about upgrade offers", "from now on I'd ask that you not contact me about new
    # ranges": the time said in front stands for "again" (not "don't email me the invoices", "... on my mobile")
    "going_forward": rf"\b(?:going\s+forward|from\s+now\s+on|henceforth|hereafter|in\s+(?:the\s+)?future)\b[^.;]{{0,40}}?"
                     rf"\b(?:that\s+you\s+(?:do\s+)?not|don'?t|do\s+not|never)\s+{CONTACT_VERB}\s+{ME}\b"
                     rf"(?!\s+(?:the|a|an|it|them|this|that|those|these|back|when|if|on|at|before|after|until|till|"
                     rf"between|during|in|first)\b)",
    # "henceforth no further communication may be sent to myself", "no more e-mails are to be sent to us"
    "none_to_be_sent": rf"\bno\s+(?:further|more)\s+{MAIL_NOUN}\s+(?:may|should|must|shall|is\s+to|are\s+to)\s+be\s+"
                       rf"(?:sent|made|directed|addressed)\s+to\s+(?:me|us|myself|ourselves)\b",
    # "Kindly treat this address as closed to sales correspondence from now on"
    "closed_to": rf"\b(?:this|my|our)\s+(?:e-?mail\s+)?(?:address|inbox|mailbox)\s+(?:is\s+(?:now\s+)?|as\s+)closed\s+to\s+"
                 rf"(?:all\s+|any\s+)?(?:sales|marketing|commercial|promotional|unsolicited|further)\s+{MAIL_NOUN}",
    # "... would be grateful if you removed my name and email address from your records"
    "removed_from_records": rf"\bremov(?:e|ed|ing)\s+(?:{ME}(?:\s+and\s+(?:my|our)(?:\s+\w+){{1,4}}?)?|"
                            rf"(?:my|our)\s+(?:\w+\s+){{0,5}}?(?:name|e-?mail|address|details|"
                            rf"data|number|contact\s+details))\s+(?:\w+\s+){{0,3}}?from\s+(?:(?:your|the|all|any)\s+)?"
                            rf"(?:\w+\s+)?(?:records|database|system|files|CRM|contacts|mailing\s+lists?|distribution\s+lists?|"
                            rf"marketing\s+lists?|e-?mail\s+lists?|lists)\b",
    # formal and legal wording: consent withdrawn, erasure, objection to processing
    "consent": r"\bwithdraw\w*\s+(?:(?:my|our|any|all)\s+)?(?:\w+\s+)?consent\b|\bconsent\b[^.]{0,30}\b(?:withdrawn|revoked)\b|"
               r"\brevoke\w*\s+(?:(?:my|our|any|all)\s+)?consent\b|\bright\s+to\s+(?:erasure|be\s+forgotten|object)\b|"
               r"\b(?:erase|delete|erasure\s+of)\s+(?:all\s+)?(?:of\s+)?(?:my|our)\s+(?:personal\s+)?(?:data|information|details)\b|"
               r"\bobject\s+to\s+(?:the\s+)?(?:further\s+)?processing\b",
    # the article invoked ("Gemäß Art. 21 DSGVO widerspreche ich ..."): quoted as the whole sentence (LEGAL_REFERENCE),
    # so that the rep reads what was asked, not only the law's number
    # (the national copy named before it: "Article 21 of the UK GDPR", "Art. 21 EU-DSGVO")
    "legal_reference": r"\b(?:art(?:icle)?\.?\s*(?:17|21))\s+(?:of\s+the\s+)?(?:(?:UK|EU)[\s-])?(?:GDPR|DSGVO|RGPD)\b",
    # the same asked in German, French, Spanish, Italian, Portuguese or Dutch inside English mail
    "foreign": r"\b(?:abmelden|austragen|abbestellen|ke[ie]ne\s+(?:weiteren\s+)?(?:e-?mails|mails|nachrichten|werbung|"
               r"newsletter)\s+mehr|"
               r"nicht\s+mehr\s+(?:kontaktieren|anschreiben|anrufen|anzurufen|anzuschreiben)|d[ée]sabonner|d[ée]sinscri\w+|ne\s+plus\s+(?:me\s+|m['\u2019]\s*|nous\s+)?"
               r"(?:contacter|recevoir|[ée]crire|appeler|rappeler|t[ée]l[ée]phoner|relancer|solliciter)|darme\s+de\s+baja|dar(?:me)?\s+de\s+baja|no\s+(?:me\s+)?(?:contacten|"
               r"escriban|env[íi]en)|no\s+deseo\s+recibir|no\s+(?:me\s+|nos\s+)?vuelva[ns]?\s+a\s+(?:contactar|escribir|"
               r"llamar|molestar|enviar)\w*|disiscriv\w+|non\s+(?:contattarmi|desidero\s+ricevere|"
               r"voglio\s+ricevere)|cancellatemi|diffid\w+\s+(?:\w+\s+){0,3}?dal\s+(?:contattar|chiamar|scriver)\w*|descadastr\w+|n[ãa]o\s+(?:quero|desejo|pretendo)\s+(?:mais\s+)?receber|"
               r"afmelden|uitschrijven|geen\s+(?:e-?mails|berichten|mails)\s+meer|niet\s+meer\s+(?:te\s+)?(?:contacteren|mailen|"
               r"benaderen|bellen)|widerruf\w*\s+(?:(?:hiermit|ich|wir)\s+){0,2}(?:meine|unsere|die|jede)\s+(?:\w+\s+)?Einwilligung|"
               r"Einwilligung\s+(?:\w+\s+){0,4}widerruf\w*)\b",
    # "no more" said with an imperative ("ne m'appelez plus", "non chiamatemi più", "nun me chiammate cchiù", "rufen Sie
    # mich nicht mehr an", "no me llamen más", "parem de me ligar", "não me envie mais e-mails"), "nehmen Sie mich aus
    # Ihrem Verteiler"; a table entry of its own, so that its needles ("contacte" is in "contacted") wake only this small pattern
    "foreign_no_more": r"\b(?:"
                       r"ne\s+(?:me\s+|m['\u2019]\s*|nous\s+)(?:contactez|appelez|rappelez|[ée]crivez|sollicitez|relancez|"
                       r"t[ée]l[ée]phonez)\s+plus|"
                       r"n[ou]n\s+(?:(?:m[ie]\s+|c[ie]\s+)?(?:chiam|contatt|scriv|telefon)\w*|(?:m[ie]|c[ie])\s+cerc\w+|"
                       r"cerca(?:r|te)(?:mi|ci))\s+(?:pi[uù]|cchi[uù])"  # "di non cercarci più" (to look us up)
                       r"(?!\s+(?:tardi|presto|spesso|di|del\w*)\b)|"
                       r"(?:kontaktieren|rufen|schreiben|mailen)\s+sie\s+(?:mich|uns)\s+(?:bitte\s+)?nicht\s+mehr|"
                       r"ke[ie]ne\s+(?:weiteren\s+)?anrufe\s+mehr|"  # "keene Anrufe mehr" (Berlin)
                       r"no\s+(?:me|nos)\s+(?:llamen|llame|escriba|escriban|envie|envíe|envien|envíen)\s+m[áa]s|"
                       r"ya\s+no\s+(?:me|nos)\s+(?:llamen|llame|marquen|marque|contacten|contacte|busquen|escriban)\b"
                       r"(?!\s+(?:tanto|hasta|antes|a\s+(?:este|esta)|al\s+|en\s+(?:este|esta)))|"  # "ya no me marquen" (Mexico)
                       # the familiar forms ("no me mandes más nada", "no me escribas más"), not "más tarde"
                       r"no\s+(?:me|nos)\s+(?:llames|llam[ée]s|escribas|escrib[áa]s|mandes|mand[ée]s|env[íi]es|"
                       r"env[íi][ée]s)\s+m[áa]s\b(?!\s+(?:tarde|temprano|veces|de\s+\d|que))|"
                       r"(?:(?:deixem|deixe|parem|pare)\s+de\s+(?:me\s+|nos\s+)?|para\s+de\s+(?:me|nos)\s+)(?:ligar|contactar|contatar|escrever|telefonar)|"
                       r"n[ãa]o\s+(?:me|nos)\s+(?:procur|contact|contat|lig|telefon)\w*\s+mais\b(?!\s+(?:tarde|cedo|vezes))|"
                       r"n[ãa]o\s+(?:me|nos)\s+(?:envie|enviem|mande|mandem)\s+mais\s+(?:e-?mails?|mensagens|propostas|ofertas|"
                       r"comunica\w+|newsletters?|correspond\w+|publicidade|promo\w+|nada)\b|"
                       r"(?:nehmen|streichen|entfernen)\s+sie\s+(?:mich|uns)\s+(?:bitte\s+)?(?:aus|von)\s+(?:ihrem|ihrer|dem|der)\s+"
                       r"(?:\w+\s+)?"
                       r"(?:verteiler|mailingliste|liste|newsletter|datenbank|kartei))\b",
    # "i dont want your emails anymore": a refusal of what the rep sends, not of one message
    "dont_want_yours": r"\b(?:don'?t|do\s+not|no\s+longer)\s+want\s+(?:your|these|any\s+(?:more|further))\s+"
                       r"(?:e-?mails?|messages|mails?|calls|newsletters?)(?=\s*(?:any\s*more|again|any\s+longer)\b|"
                       r"\s*[,.!;]|\s*$)",
    # consent withdrawn in the six other languages the rules read ("Ich widerrufe hiermit meine Einwilligung",
    # "je retire mon consentement", "revoco il consenso", "trek mijn toestemming in")
    # (every consent given, in the plural: "widerrufe ich hiermit sämtliche Einwilligungen")
    "consent_foreign": r"\b(?:widerrufe\w*|entziehe\w*)\b[^.]{0,40}\b(?:einwilligung(?:en)?|zustimmung(?:en)?|"
                       r"einverst(?:ä|ae)ndnis(?:se)?)\b|"
                       r"\b(?:einwilligung(?:en)?|zustimmung(?:en)?)\b[^.]{0,40}\b(?:widerrufe\w*|zur(?:ü|ue)ck)\b|"
                       r"\b(?:retire|retirons|r[ée]voque|r[ée]voquons)\s+(?:mon|notre|le)\s+consentement\b|"
                       # the data-protection right to object, as "right to object" in English ("derecho de oposición
                       # (derechos ARCO)", "droit d'opposition", "diritto di opposizione", "direito de oposição")
                       r"\b(?:derecho|droit|diritto|direito)\s+(?:de\s+|d['\u2019]\s*|di\s+)(?:oposici[óo]n|opposition|"
                       r"opposizione|oposi[çc][ãa]o)\b|\bderechos\s+ARCO\b|\bWiderspruchsrecht\b|"
                       r"\b(?:retiro|revoco|revocamos|retiramos)\s+(?:mi|el|nuestro|il\s+mio|il|mio)\s+(?:consentimiento|consenso)\b|"
                       r"\b(?:revogo|retiro|revogamos)\s+(?:o\s+)?(?:meu|nosso)?\s*consentimento\b|"
                       r"\btrek\w*\s+(?:\w+\s+){0,3}?toestemming\b[^.]{0,40}\bin\b|\b(?:intrek\w*|herroep\w*)\s+(?:\w+\s+)?toestemming\b",
    # formal and polite, with no stop word: "we ask that you not pursue this further", "please do not pursue the matter
    # any further" (not "we won't pursue it further": the customer's own step)
    "not_pursue": r"\b(?:ask|request)\s+(?:that\s+you\s+(?:do\s+)?not|you\s+not\s+to|you\s+to\s+not)\s+pursue\s+|"
                  r"^\W*(?:(?:please|kindly)\s+)?(?:do\s+not|don'?t)\s+pursue\s+(?=(?:this|it|the|us|me)(?:\s+matter)?\s+(?:any\s+)?further\b(?!\s+with\b))",
    # "please consider this matter closed" after a refusal said in the message (not a complaint settled: the refusal
    # is required, see _DECLINED)
    "matter_closed": r"\b(?:consider|regard|treat)\s+(?:this|the)\s+(?:matter|enquiry|inquiry|approach|correspondence|"
                     r"conversation|discussion)\s+(?:as\s+)?(?:now\s+)?closed\b|\b(?:this|the)\s+matter\s+is\s+(?:now\s+)?closed\b",
    # "take both my email address and my mobile number out of your CRM", "delete this address and my mobile from
    # your system"
    "out_of_records": rf"\b(?:take|remove|delete|erase|strike|drop|get)\s+(?:both\s+)?"
                      rf"(?:{_MINE_MAIL}(?:,?\s+(?:and|&)\s+{_MINE})?|{_MINE},?\s+(?:and|&)\s+(?:{_MINE_MAIL}|e-?mail(?:\s+address)?)|"
                      # ("take our company and my name out of ...": the firm named beside the writer's own details)
                      rf"(?:my|our)\s+(?:company|firm|business),?\s+(?:and|&)\s+{_MINE})\s+"
                      # ("... out of whatever system you're using": the rep's own, named by its use)
                      r"(?:out\s+of|off|from)\s+(?:your|the|whatever|whichever|any)\s+(?:\w+\s+)?"
                      r"(?:CRM|database|system|records|lists?|contacts)\b",
    "no_consent": r"\b(?:do\s+not|don'?t|no\s+longer)\s+consent\b|\bremov\w*\s+(?:all\s+)?(?:of\s+)?(?:my|our)\s+(?:personal\s+)?"
                  r"(?:data|information)\b",
    # a polite refusal of email is an opt-out, not a channel preference: "I'd rather not receive emails"
    # ... but "I'd prefer not to get the printed catalogue" refuses a document: what is refused must be mail or unsaid
    "rather_not": rf"\b(?:prefer|rather)\s+not\s+(?:to\s+)?(?:(?:receive|get|be\s+sent)(?=\s+(?:any\s+)?(?:more\s+|further\s+)?"
                  rf"(?:\w+\s+){{0,2}}?{MAIL_NOUN}|\s+(?:these|them|this|those|anything|any\s+more)\b|\s*[.!,;]|\s*$)|"
                  rf"be\s+(?:contacted|e-?mailed|called))\b|"
                  rf"\b(?:prefer|rather)\s+(?:that\s+)?you\s+(?:didn'?t|did\s+not|don'?t|do\s+not|not)\s+"
                  rf"(?:{CONTACT_VERB}|send|get\s+in\s+touch)\b|\bnot\s+to\s+be\s+(?:contacted|e-?mailed)\b",
}


# Every opt-out rule, compiled: the English ones and the polite, foreign, every-channel and far-worded ones.
DNC_RULES = compiled({**_DNC_PATTERNS, **POLITE_PATTERNS, **ABROAD_PATTERNS, **EVERY_PATTERNS, **FAR_WORDED, **PLAIN_PATTERNS})
LEGAL_REFERENCE = ("legal_reference",)  # the rules whose match alone says too little to quote: the sentence is quoted
_GREETING_LINE = re.compile(r"[^\n]{0,60},[ \t]*\n\s*")  # a salutation line the splitter left on the sentence


# The refusals written in another language inside the English table: their "until" is "bis", "hasta", "jusqu'à" ...
_FOREIGN = ("foreign", "foreign_no_more", *PLAIN_PATTERNS)


# The message goes on to say what to stop, and it is not what we send ("stop the print job", "stop that order").
# the refusal's object is the writer: someone else's wish in the same sentence is a reason given, not the request
_FIRST_PERSON = re.compile(r"\b(?:me|us)\b", re.I)
# the mail a pronoun ("any more of them") stands for, named just before it
_SENT_BEFORE = re.compile(r"\b(?:e-?mails|messages|mails|newsletters|mailings|promotions)\b", re.I)
_SENT_BEFORE_CHARS = 200
_STOP_OTHER = re.compile(rf"\bstop\s+(?:the|this|that|my|our)\s+(?!(?:\w+\s+)?{MAIL_NOUN}\b)\w+", re.I)


def do_not_contact(sentence: str, offset: int, text: str) -> Wish | None:
    """An opt-out in one sentence, if any; negated, time-limited or third-party requests do not count."""
    # The guards are read only for a sentence a trigger fires on: most sentences fire none (same answer, cheaper).
    for name, rx in (*live(DNC_RULES, sentence), *far_script_rules(sentence)):  # only those whose needles it holds
        m = rx.search(sentence)
        if not m or (name == "matter_closed" and not _DECLINED.search(text)):
            continue
        if name == "not_my_way" and m.group("them") and not _SENT_BEFORE.search(text[max(0, offset - _SENT_BEFORE_CHARS):
                                                                                   offset + m.start()]):
            continue  # "don't send any more of them to me" refuses mail only when mail was what "them" named
        if name == "unsubscribe_alone" and _STOP_OTHER.search(text[offset + m.end():]):
            continue  # "STOP!! sorry, stop the print job": the shout was about the job, not our mail
        if name in (*_FOREIGN, "foreign_off_list", "german_off_list") and for_an_event(sentence):
            continue  # "von der Veranstaltung abmelden", "cancellatemi la prenotazione": something else is left
        if LIST_FOR_ELSE.search(m.group(0)):
            continue  # "remove my name from the certificate list": a list kept for something else
        if NEG_BEFORE.search(sentence[: m.start()]):
            continue  # "don't stop emailing me", "please don't remove me from your list"
        if name not in FAR_PATTERNS and UNTIL_LATER.search(sentence[m.end():]):  # FAR_LIMIT reads their ends
            continue  # "don't email me again until next week" is a quiet period, not an opt-out
        if name in ABROAD_PATTERNS and (one_line_abroad(sentence) or (name == "foreign_enough" and enough_swapped(sentence))):
            continue  # "arrête de m'appeler sur le fixe", "... diese Nummer, ich bin jetzt unter ... erreichbar"
        if name in EVERY_PATTERNS and out_of_reach(name, sentence):
            continue  # "ni joignable par téléphone ni par mail": away, not refusing
        if ((name in POLITE_PATTERNS or name in ABROAD_PATTERNS or name in EVERY_PATTERNS or name in _FOREIGN)
                and POLITE_LIMIT.search(sentence)) \
                or (name in FAR_PATTERNS and far_opt_out_limited(sentence)) or refusal_bound(sentence, m):
            continue  # a wait ("hasta enero", "tills vidare", "this week": wish_optout_bounded), "jeśli nie chcą": a footer
        quote = text[offset + m.start(): offset + m.end()]
        if name in LEGAL_REFERENCE or name in FAR_PATTERNS:  # the clause around the law's number or a far language's
            stripped = sentence.strip()
            start = sentence.index(stripped)
            greeting = _GREETING_LINE.match(stripped)  # ("Sehr geehrte Damen und Herren,\n" is no part of it)
            if greeting and start + greeting.end() <= m.start():
                start, stripped = start + greeting.end(), stripped[greeting.end():]
            quote = text[offset + start: offset + start + len(stripped)]
        if not guarded(sentence, DNC_G):
            # "ne plus m'appeler sur le fixe, appelez-moi sur le portable": one line swapped for another, as abroad
            return Wish(DNC, quote, certain=not other_line_abroad(sentence))
        if not any(rx.search(sentence) for name, rx in DNC_G.items() if name not in OTHERS_GUARDS):
            if _FIRST_PERSON.search(quote) and not RELAYED_TO_REP.search(sentence):
                return Wish(DNC, quote)  # "Stop calling me, my husband asked you already": the writer refuses
            if RELAYED_TO_REP.search(sentence) or _FIRST_PERSON.search(quote):
                return Wish(DNC, quote, certain=False)
        return None
    return refused_contact(sentence, offset, text, DNC_G)  # no phrase: contact refused by structure


# the new text makes a forwarded opt-out its own: "See below from our Head of Legal. Please treat this as Clearwater's
# formal position - it covers me as well"
_ENDORSED = re.compile(r"\b(?:\w+'s|our|my|the)\s+(?:formal|official)\s+position\b|"
                       r"\b(?:this\s+is|treat\s+this\s+as|take\s+this\s+as)\s+(?:our\s+)?(?:\w+'s|our|my)\s+(?:final\s+)?(?:position|"
                       r"decision|stance)\b|\b(?:it|this|that)\s+(?:covers|appl(?:ies|ying)\s+to|goes\s+for|includes)\s+(?:me|us)\b|"
                       r"\bspeaks\s+for\s+(?:me|us|all\s+of\s+us)\b|\b(?:I|we)\s+(?:fully\s+|entirely\s+)?(?:agree|concur)\s+"
                       r"with\s+(?:this|the\s+below|her|him|them)\b", re.I)
_HEADER_LINE = re.compile(r"^[ \t>]*(?:-{2,}.*|(?:from|date|sent|subject|to|cc)\s*:.*)$", re.I | re.M)


def endorsed_opt_out(text: str, quoted: str) -> Wish | None:
    """An opt-out the new text endorses ("treat this as our formal position") when the forwarded or quoted part
    below asks for one for certain; quoted is the new text's endorsement."""
    m = _ENDORSED.search(text) if quoted else None
    if m is None:
        return None
    body = _HEADER_LINE.sub("", re.sub(r"(?m)^[ \t]*>+[ \t]?", "", quoted))
    if any((dnc := do_not_contact(s, o, body)) and dnc.certain for o, s in sentence_offsets(body)):
        return Wish(DNC, text[m.start(): m.end()])
    return None


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

"""Opt-outs read for certain that use none of the stop words: a polite or formal refusal ("I kindly request that you
no longer contact me"), a request that this be the last message, a data-protection request to erase or object, and
the same classes in German, French, Spanish, Italian, Portuguese and Dutch. Each names the customer and what is sent;
one said with any end in time anywhere in its sentence is left to the looser readings (POLITE_LIMIT)."""
from __future__ import annotations

import re

from followup.text.wish_base import CONTACT_VERB, MAIL_NOUN, ME

# what a foreign refusal halts: mail, offers and calls (not goods or documents: "dejen de enviarme el pedido")
_FOREIGN_MAIL = (r"(?:e-?mails?|mails?|courriels|messages|offres|sollicitations|propositions|publicit\w+|newsletters?|"
                 r"correos|mensajes|ofertas|comunicaci\w+|propuestas|publicidad|comunicazioni|proposte|offerte|messaggi|"
                 r"mensage(?:m|ns)|propostas|comunica\w+|berichten|aanbiedingen|Angebote|Nachrichten|Werbung|Anrufe)")

POLITE_PATTERNS: dict[str, str] = {
    # the writer's address refused as the contact is deleted: "do not send anything further to this address", "please
    # delete this contact and stop writing to it" (not "don't send anything further until the PO is out": a wait, nor
    # "no need to send anything further": nothing refused)
    "address_refused": r"\b(?:don'?t|do\s+not|never)\s+send\s+(?:me\s+|us\s+)?anything\s+(?:further|else|more)\s+"
                       r"(?:here|to\s+(?:this|that)\s+(?:e-?mail\s+)?(?:address|mailbox|inbox|account))\b|"
                       r"\b(?:delete|remove)\s+this\s+(?:contact|address|mailbox|e-?mail\s+address)\b[^.;?!]{0,60}?"
                       r"\b(?:and|then)\s+(?:please\s+)?(?:stop|quit|cease)\s+(?:writing|sending|e-?mailing)\s+(?:to\s+)?"
                       r"(?:it|this\s+address)\b",
    # the right to object said in words, after the article's number (which quotes the whole sentence): "I object to any
    # further processing of my personal data", "I object to the use of my personal data for direct marketing"
    "objection_words": r"\bobject\s+to\s+(?:any|all)\s+(?:further\s+)?processing\b|\bobject\s+to\s+(?:the\s+|any\s+)?"
                       r"(?:further\s+)?use\s+of\s+(?:my|our)\s+(?:personal\s+)?(?:data|information|details)\b"
                       r"(?=[^.]{0,60}\bmarketing\b)",
    # a request not to be contacted again said without "again" standing next to its verb: the topic widened to
    # everything ("please don't write to this address about your shelving or anything else again", "I'd rather not
    # hear from Brightline again, about this or anything else"), the non-native "I do not want that your company
    # contacts me again" (not "... about the invoice again": a topic, which the looser readings ask about)
    "again_anything": rf"\b(?:don'?t|do\s+not|never|not\s+to)\s+{CONTACT_VERB}\s+(?:{ME}|this\s+(?:e-?mail\s+)?address)\s+"
                      rf"(?:about|regarding|on)\s+[^.;?!]{{0,60}}?\bor\s+(?:about\s+)?anything\s+else\b|"
                      rf"\b(?:rather\s+not|(?:don'?t|do\s+not)\s+(?:want|wish)\s+to)\s+hear\s+from\s+(?:(?:you|your\s+(?:\w+\s+)?"
                      rf"(?:company|firm|team|people|colleagues))\s+again\b(?=\s*(?:[.!;]|$))|(?:you|your\s+\w+|(?-i:[A-Z])[\w&-]+"
                      rf"(?:\s+(?-i:[A-Z])[\w&-]+)?)\s+again,?\s+(?:about|regarding)\s+(?:this|it|that)\s+or\s+anything\s+else\b)|"
                      rf"\b(?:don'?t|do\s+not)\s+(?:want|wish)\s+that\s+(?:you|your\s+(?:\w+\s+)?(?:company|firm|team|people|"
                      rf"colleagues))\s+(?:contacts?|calls?|e-?mails?|writes?(?:\s+to)?)\s+{ME}\s+(?:again|anymore|any\s+more)\b"
                      rf"(?!\s+(?:about|regarding|until|till|before)\b)",
    # "I kindly request that you no longer contact me", "I'd ask that your team no longer contact me or my staff",
    # "I must therefore ask that you no longer include me in your communications"
    "ask_no_longer": rf"\b(?:ask|request|insist|demand)\w*\s+that\s+(?:you|your\s+(?:\w+\s+)?(?:team|company|firm|office|"
                     rf"colleagues|staff|people|organi[sz]ation))\s+(?:kindly\s+|please\s+)?(?:no\s+longer\s+(?:{CONTACT_VERB}|"
                     rf"include|send|write\s+to)\s+(?:me|us)\b|"
                     # "I kindly request that your office does not contact me or any of our staff again" (the plain
                     # "not" of a non-native subjunctive, "again" at the end of what is refused, no topic after it)
                     rf"(?:do(?:es)?\s+not|not)\s+{CONTACT_VERB}\s+(?:me|us)(?:,?\s+(?:or|nor)\s+(?:any\s+of\s+)?(?:my|our)\s+"
                     rf"(?:\w+\s+)?(?:staff|colleagues|team|employees|people))?\s+(?:again|any\s*more|in\s+(?:the\s+)?future)\b"
                     rf"(?!\s+(?:about|regarding|on|until|till|before|this|today|for)\b))",
    # the rep's firm asked to approach no more, in the formal third person: "ensure your organisation makes no further
    # marketing approach to the Group", "that your company make no further contact with us" (not "we made no further
    # contact": the rep's side is the one asked)
    "makes_no_further": r"\byour\s+(?:\w+\s+)?(?:organi[sz]ation|company|firm|team|staff|office|business)\s+(?:will\s+|shall\s+)?"
                        r"makes?\s+no\s+(?:further|more)\s+(?:(?:direct\s+)?(?:marketing|sales|commercial|promotional|"
                        r"unsolicited)\s+)?(?:approach(?:es)?|contact|calls?|e-?mails?|communications?)\b",
    # "I'd appreciate it if you didn't email me any more", "it'd be better if you didn't email any more"
    "if_you_didnt": rf"\b(?:appreciate\s+it|be\s+grateful|be\s+obliged|be\s+(?:much\s+|far\s+)?better|prefer\s+it)\s+if\s+you\s+"
                    rf"(?:would\s+|could\s+)?(?:please\s+)?(?:didn'?t|did\s+not|no\s+longer)\s+{CONTACT_VERB}"
                    rf"(?:\s+(?:to\s+)?(?:me|us))?\s+(?:again|any\s*more|any\s+further|in\s+(?:the\s+)?future)\b",
    # "I'd like this to be the last message I get from you", "I would ask that this be the last communication I
    # receive from your organisation", "I'd appreciate it if this was the last one I got from you"
    # ("I'd be grateful if this could be the last I hear from you", "please let this be the last time we hear from your
    # company": the noun left out, "hear" for "get"; not "the last I heard from you was in May", no request around it)
    "last_message": r"\b(?:(?:like|ask\s+that|request\s+that|want|appreciate\s+it\s+if|grateful\s+if|prefer)\s+"
                    r"(?:that\s+)?(?:this|that|it)\s+"
                    r"(?:to\s+|could\s+|would\s+|should\s+|might\s+|can\s+)?(?:be|was|were|is)|(?:let|make)\s+(?:this|that|it)"
                    r"(?:\s+be)?)\s+the\s+(?:very\s+)?last\s+(?:(?:\w+\s+)?(?:message|e-?mail|mail|one|communication|contact|"
                    r"call|letter|time)\s+)?(?:that\s+)?(?:I|we)\s+(?:get|receive|got|received|hear|heard)\s+(?:anything\s+)?"
                    r"from\s+(?:you|your)\b",
    # "Please do not contact me hereafter on this or any other matter", "don't contact us going forward", "pls dont
    # contact me at this addy again"
    "dont_any_matter": rf"\b(?:do\s+not|don'?t|dont|never)\s+(?:ever\s+)?(?:{CONTACT_VERB}|follow\s+up\s+with)\s+(?:to\s+)?"
                       rf"(?:me|us)\b(?:[^.;]{{0,40}}?\b(?:on|about|regarding|at|for)\s+(?:this|that|it)\s+or\s+any\s*"
                       rf"(?:thing|one)?\s+(?:other|else)\b|\s+(?:hereafter|henceforth|going\s+forward|from\s+(?:here|"
                       rf"now)\s+on)\b|"
                       rf"\s+(?:at|on)\s+this\s+(?:e-?mail\s+)?(?:address|addy|id|inbox|mailbox)\s+(?:again|any\s*more)\b)",
    # the non-native "please (you) not write me again", "please not send me more emails", "please stop to send mail to
    # me", "please end sending them to me"
    "please_not": rf"\bplease\s+(?:you\s+)?not\s+(?:{CONTACT_VERB}|write|send)\s+(?:to\s+)?(?:me|us)\b(?:\s+(?:more|any\s+more|"
                  rf"further)\s+(?:\w+\s+)?{MAIL_NOUN}|[^.;]{{0,40}}?\b(?:again|any\s*more))\b|"
                  rf"\bstop\s+to\s+(?:send|write|contact|e-?mail|call)\s+(?:(?:me|us)\b|(?:\w+\s+)?(?:mails?|e-?mails|messages|"
                  rf"them)\s+to\s+(?:me|us)\b)|\bplease\s+end\s+sending\s+(?:them|these|(?:\w+\s+)?(?:e-?)?mails|messages)\b",
    # "pls no more txt msgs or calls frm ur company", "no further emails, calls or messages"
    "no_more_channels": r"(?:^\W*|\b(?:please|pls|plz|kindly)\s+|[,;:]\s*)no\s+(?:more|further)\s+(?:txt\s+|text\s+)?"
                        r"(?:e-?mails?|mails?|calls?|messages?|msgs?|texts?|txts?|sms)(?:\s*(?:,|or|and|&|/)\s*(?:e-?mails?|"
                        r"mails?|"
                        r"calls?|messages?|msgs?|texts?|txts?|sms|whatsapps?))+(?=\s*(?:[.!,;\n]|$|please\b|thanks?\b|"
                        r"(?:to|for)\s+(?:me|us)\b|fro?m\s+(?:you|ur|your)\b))",
    # "request no further correspondence from your firm", "send no further commercial messages to me"
    "no_further_from": rf"\b(?:request|want|send)\s+no\s+(?:further|more)\s+(?:\w+\s+){{0,2}}?{MAIL_NOUN}\s+"
                       rf"(?:from\s+(?:you|your)|to\s+(?:me|us|this\s+address))\b",
    # "I'd rather not hear from your company again", "I don't want to hear from your team in any form"
    "not_hear_again": r"\b(?:rather\s+not|(?:do\s+not|don'?t|dont)\s+(?:want|wish)\s+to|never\s+want\s+to)\s+hear\s+from\s+"
                      r"(?:you|u|your\s+(?:\w+\s+)?(?:company|team|firm|office|organi[sz]ation|people|side))\s+(?:again|"
                      r"any\s*more|"
                      r"going\s+forward|in\s+any\s+(?:form|way)|ever\s+again)\b",
    # a bare "Please take me off." / "Could you please take me off?", "cross me off ur list"
    "take_me_off_alone": r"(?:^\W*|\b(?:please|pls|kindly|just)\s+|\b(?:can|could|would|will)\s+you\s+)(?:take|cross|strike)\s+"
                         r"(?:me|us)\s+off(?:,?\s+(?:please|pls|now|thanks))?\s*(?:[.!?]|$)|\bcross\s+(?:me|us)\s+off\s+"
                         r"(?:ur|your|the)\s+(?:\w+\s+)?list\b",
    # the customer taken off a list of the rep's, its name in the customer's words: "pull my name off your list", "take me
    # off that list completely", "take me off yer list", "take my name off the sales contact list", "take me off the
    # landscaping updates list" (not a list the customer is on for something else: "take me off the waiting list",
    # "remove us from your approved supplier list", "take me off the list for Friday's call", nor a list server's own
    # members retold: "get me off this list")
    "off_any_list": r"\b(?:remove|take|pull|drop|strike|delete)\s+(?:me|us|both\s+of\s+us|my\s+(?:name|details|"
                    r"e-?mail(?:\s+address)?|address))\s+(?:off|from)\s+(?:of\s+)?(?:your|yer|ur|the|that|whatever|every|"
                    r"all)\s+(?:(?!(?:waiting|wait|guest|cc|bcc|invite|invitation|short|attendee|attendance|speaker|"
                    r"suppliers?|vendors?|approved|preferred|bidders?|tender|delivery|panel|price|pick|packing|parts|rota|"
                    r"team|staff|class|reading|wish|to-?do|task|check|sign-?up|signup|registration|wedding|party|"
                    r"christmas|holiday|shopping|shipping|access|reference)\b)[\w-]+\s+){0,2}?lists?\b"
                    r"(?!\s+(?:for|of|at|on|in)\b)",
    # two ways to reach the customer refused in one breath, the second ending the clause or said for good: "Do not call
    # me and do not send more offers.", "Do not call me and do not write me about your kitchen knives again", "please don't
    # call or write again" (not "don't call me and don't email me today": an end of its own)
    "two_refused": r"\b(?:do\s+not|don'?t|dont|never)\s+(?:call|phone|ring|e-?mail|text|contact|message)\s+(?:me|us)\s*,?\s+"
                   r"(?:and|or|nor)\s+(?:please\s+)?(?:do\s+not|don'?t|dont|never)\s+(?:send\s+(?:me\s+|us\s+)?(?:any\s+)?"
                   r"(?:more|further|other)\s+(?:[\w-]+\s+)?(?:offers|e-?mails|mails|messages|proposals|quotes|brochures|"
                   r"promotions|newsletters)\s*(?=[.!]|$)|(?:call|phone|ring|e-?mail|write|text|contact|message)\s+(?:to\s+)?"
                   r"(?:me|us)\s*(?=[.!]|$)|(?:call|phone|ring|e-?mail|write|text|contact|message)\s+(?:to\s+)?(?:me|us)\s+"
                   r"(?:(?:about|regarding|with)\s+[^.;,]{1,40}?\s+)?(?:ever\s+)?again\b)|"
                   r"\b(?:do\s+not|don'?t|dont|never)\s+(?:call|phone|ring|e-?mail|text|contact)\s+(?:or|and|nor)\s+(?:write|"
                   r"e-?mail|call|text|message)\s+(?:(?:to\s+)?(?:me|us)\s+)?(?:ever\s+)?(?:again|any\s*more)\b",
    # "Please take me off your outreach entirely", "drop us from your outreach", "drop me from the sales sequence"
    "off_outreach": r"\b(?:remove|take|drop|delete|strike)\s+(?:me|us|both\s+of\s+us|all\s+of\s+us)\s+(?:off|from)\s+(?:your|"
                    r"the|all|"
                    r"any)\s+(?:\w+\s+)?(?:outreach|sequences?|cadences?|campaigns?|prospecting)\b",
    # "I'd appreciate being left out of this entirely from now on", "leave me off future sends", "I'd prefer to be
    # left out of future outreach", "Consider this my request to be left off every list you have"
    "left_out": r"\bbe(?:ing)?\s+left\s+(?:out|off)\s+(?:of\s+)?(?:(?:this|it)\s+(?:\w+\s+)?(?:entirely|completely|"
                r"altogether|for\s+good|"
                r"from\s+now\s+on)|(?:all\s+|any\s+|every\s+|your\s+)?(?:future\s+|further\s+)?(?:outreach|e-?mails|mailings|"
                r"communications?|contact|calls|lists?|campaigns)\b)|\bleave\s+(?:me|us)\s+off\s+(?:your|future|any|all|every)\s+"
                r"(?:\w+\s+)?(?:e-?mails|sends|mailings|lists?|outreach|calls|campaigns|communications?)\b",
    # "please don't follow up again", "Please don't follow up with me again"
    "no_follow_up_again": r"\b(?:do\s+not|don'?t|dont)\s+follow\s+up\s+(?:with\s+(?:me|us)\s+)?(?:again|any\s*more|any\s+"
                          r"further)\b",
    # "Please don't send any more emails to this address", "do not send me any further communication"
    "dont_send_more": r"\b(?:do\s+not|don'?t|dont|never)\s+send\s+(?:to\s+)?(?:me\s+|us\s+)?(?:any\s+)?(?:more|further|"
                      r"farther)\s+"
                      r"(?:\w+\s+)?(?:communications?|correspondence|e-?mails?|mails?|messages)\b",
    # "I don't want any farther emails", "I am not wanting any more mails or calls", "I don't want to receive email from
    # your company", "please I don't want receive more emails of your company"
    "not_wanting_more": r"\b(?:don'?t|dont|do\s+not|am\s+not|no\s+longer)\s+(?:want|wish)(?:ing)?\s+(?:to\s+)?(?:(?:receive|"
                        r"get)\s+)?"
                        r"(?:any\s+)?(?:more|further|farther)\s+(?:\w+\s+)?(?:e-?mails|mails|calls|messages)\b|"
                        r"\b(?:don'?t|dont|do\s+not|no\s+longer)\s+(?:want|wish)\s+(?:to\s+)?(?:receive|get)\s+(?:\w+\s+)?"
                        r"(?:e-?mails?|mails|calls|messages)\s+(?:from|of)\s+(?:you|your)\b",
    # for a business: "Harbour Line Ferries does not wish to receive any further commercial correspondence from your
    # firm", "this firm does not wish to hear from your firm again", "I want all contact from your company to cease"
    "org_does_not_wish": rf"(?:\b(?:this|our|the)\s+(?:firm|company|practice|office|council|organi[sz]ation|business|school|"
                         rf"association)|\b(?-i:[A-Z])[\w&'-]*\s+(?:Ltd|Limited|Inc|LLC|plc|GmbH|Association|Council|Trust|Group|"
                         rf"Partners|Ferries|Auctioneers|Services|Company|Practice|Surgery|Clinic|School|College|University|"
                         rf"Hospital|Hotel|Brewing|Foods|Logistics|Shipping|Bank))\s+(?:does|do)\s+not\s+wish\s+to\s+"
                         rf"(?:receive\s+(?:any\s+)?(?:further|more)\s+(?:\w+\s+){{0,2}}?{MAIL_NOUN}|hear\s+from\s+(?:you|"
                         rf"your\s+"
                         rf"(?:\w+\s+)?(?:firm|company|organi[sz]ation|team))\s+again|be\s+(?:contacted|approached)\s+"
                         rf"(?:by\s+(?:[\w&'-]+\s+){{1,4}})?again)\b|\bwant\s+all\s+(?:contact|communications?|correspondence)\s+"
                         rf"(?:from\s+(?:you|your\s+\w+)\s+)?to\s+(?:cease|stop|end)\b",
    # "It would be appreciated if no further correspondence were directed to this address", "no further correspondence
    # be made with the undersigned", "Same answer today: no further contact, please."
    "none_directed": rf"\bno\s+(?:further|more)\s+{MAIL_NOUN}\s+(?:were|was|be|is)\s+(?:\w+\s+)?(?:directed|sent|made|"
                     rf"addressed)\s+"
                     rf"(?:to|with)\s+(?:me|us|this\s+(?:e-?mail\s+)?address|the\s+undersigned)\b|[:\u2013\u2014]\s*no\s+"
                     rf"(?:more|further)\s+(?:contact|e-?mails|calls|correspondence),?\s*(?:please|thanks?)?\s*(?:[.!]|$)|"
                     rf"\bno\s+more\s+contact\s+with\s+(?:me|us)\b|\bcease\s+and\s+desist\s+(?:all|any|from)\s+(?:\w+\s+){{0,2}}?"
                     rf"(?:communications?|contact|e-?mails|marketing|messages)\b",
    # the mailbox written from, as "here": "dont email me here anymore", "don't write here again"
    "not_here_again": rf"\b(?:do\s+not|don'?t|dont)\s+(?:{CONTACT_VERB}|write)\s+(?:(?:to\s+)?(?:me|us)\s+)?here\s+"
                      rf"(?:again|any\s*more)\b",
    # "dont contact me at all", "don't bother emailing me at all" (not "don't call me at all today")
    "not_at_all": rf"\b(?:do\s+not|don'?t|dont)\s+(?:bother\s+)?{CONTACT_VERB}\s+(?:me|us)\s+at\s+all\b(?!\s+(?:today|tonight|"
                  rf"tomorrow|this|next|on|during|while|before|until|till|in)\b)",
    # "I'd appreciate not getting these anymore", "... my formal request to be struck off your list for good"
    "not_getting_these": r"\bappreciate\s+not\s+(?:getting|receiving)\s+(?:these|them|your\s+\w+)\s+(?:any\s*more|again)\b|"
                         r"\b(?:request|like|want|ask)\s+to\s+be\s+struck\s+off\s+(?:your|the|all|every)\s+(?:\w+\s+)?"
                         r"(?:lists?|database|records)\b",
    # "Take us off your mailing", "remove us from all follow-up sequences", "remove me from your distribution"
    "off_mailing": r"\b(?:remove|take|drop|delete|strike)\s+(?:me|us)\s+(?:off|from)\s+(?:(?:your|all)\s+(?:[\w-]+\s+)?"
                   r"(?:mailing|sequences|cadences|campaigns)|your\s+distribution(?!\s+(?:of|for)\b))\b",
    # a business refusing for everyone in it: "Please don't contact me or anyone else at Tidewater about this again", "do
    # not approach anyone at this firm about your services again", "so that no one at this practice is contacted by your
    # company again", "none of us wishes to receive further marketing from your firm"
    "anyone_here": rf"\b(?:do\s+not|don'?t|dont)\s+(?:{CONTACT_VERB}|approach)\s+(?:(?:me|us)\s+or\s+any(?:one|body)\s+"
                   rf"(?:else\s+)?(?:at|from|in)\s+|any(?:one|body)\s+(?:else\s+)?(?:at|from|in)\s+(?:this|our)\s+"
                   rf"(?:firm|company|practice|office|business|organi[sz]ation|school|council)\b)[^.;]{{0,40}}?\bagain\b|"
                   rf"\bno\s+one\s+(?:at|from|in)\s+(?:this|our)\s+(?:firm|company|practice|office|business|organi[sz]ation|"
                   rf"school|council)\s+is\s+(?:contacted|called|e-?mailed|approached)\b[^.;]{{0,40}}?\bagain\b|"
                   rf"\b(?:none|neither)\s+of\s+us\s+(?:wish(?:es)?|wants?)\s+to\s+receive\s+(?:any\s+)?(?:further|more)\s+"
                   rf"(?:\w+\s+){{0,2}}?{MAIL_NOUN}\b",
    # "I'd ask you to leave us out of any future campaigns or calls altogether", "exclude me from any future sales emails"
    # (not "exclude us from all calls about the Leeds project": a meeting)
    "leave_out_of": r"\bexclude\s+(?:me|us)\s+from\s+(?:any|all|your)\s+(?:future\s+|further\s+)?(?:(?:sales|marketing|"
                    r"promotional)\s+)?(?:e-?mails|mailings|outreach|campaigns|communications?|(?:mailing\s+)?lists?)\b|"
                    r"\bleave\s+(?:me|us)\s+out\s+of\s+(?:any|all|your)\s+(?:future\s+|further\s+)?(?:\w+\s+)?(?:campaigns|"
                    r"outreach|e-?mails|mailings|calls|communications?|lists?)\b",
    # "Please don't contact me on this or my new address"; "Kindly stop sending follow-ups to this address"
    "this_or_my_address": rf"\b(?:do\s+not|don'?t|dont)\s+{CONTACT_VERB}\s+(?:me|us)\s+(?:on|at)\s+this\s+or\s+(?:my|our)\s+"
                          rf"(?:new|other|personal|private|home)\s+(?:address|e-?mail|number)\b|\bstop\s+sending\s+(?:any\s+|"
                          rf"the\s+|your\s+)?(?:follow[- ]?ups|e-?mails|messages|newsletters|mailers)\s+to\s+(?:me|us|"
                          rf"this\s+(?:e-?mail\s+)?address|this\s+inbox)\b",
    # "To be clear, I'm done with this - no more emails please.", "In all seriousness though: no more emails please, I
    # mean it this time."
    "dash_no_more": r"(?:[:\u2013\u2014]|\s-)\s*no\s+(?:more|further)\s+(?:contact|e-?mails|calls|correspondence)\s*,?\s*"
                    r"(?:please|thanks?)?(?=\s*(?:[.!,;]|$))",
    # "Please see to it that I'm not contacted again by your company", "make sure we are not called again"
    "see_to_it": r"\b(?:see\s+to\s+it|make\s+sure|ensure)\s+(?:that\s+)?(?:I'?m|I\s+am|we'?re|we\s+are)\s+not\s+(?:contacted|"
                 r"called|"
                 r"e-?mailed|approached|written\s+to)\s+again\b|"
                 # "make sure none of your team are in touch with us again": the rep's people, none of them
                 r"\b(?:see\s+to\s+it|make\s+sure|ensure)\s+(?:that\s+)?(?:(?:nobody|no[\s-]?one)\s+"
                 r"(?:(?:from|at|in|of)\s+(?:your|the)\s+(?:\w+\s+){1,2}?)?|none\s+of\s+(?:\w+\s+){1,4}?)"
                 r"(?:is|are|gets?)\s+in\s+touch\s+with\s+(?:me|us)\s+(?:again|any\s*more|any\s+further)\b",
    # "Request you to kindly not contact me further in this regard"
    "request_you_not": rf"\b(?:request|ask|requesting|asking)\s+you\s+to\s+(?:kindly\s+|please\s+)?not\s+(?:{CONTACT_VERB}|"
                       rf"write|"
                       rf"send)\s+(?:to\s+)?(?:me|us)\s+(?:any\s*more|again|further|any\s+further|henceforth|hereafter)\b",
    # "Please do not send me any information anymore", "I'm not wanting the promo emails or the phone calls from your
    # sales office any more", "I don't want no more calls"
    "no_more_wanted": r"\b(?:do\s+not|don'?t|dont)\s+send\s+(?:me|us)\s+(?:any\s+)?(?:more\s+)?(?:information|info|offers|"
                      r"brochures|"
                      r"catalogues?)\s+(?:any\s*more|again)\b|\b(?:don'?t|do\s+not|(?:am|are|'m|'re)\s+not)\s+want(?:ing)?\s+"
                      r"(?:the\s+(?:promo|promotional|sales|marketing)|your|these|any)\s+(?:\w+\s+)?(?:e-?mails|calls|messages|"
                      r"texts)\b[^.;]{0,60}?\bany\s*(?:more|longer)\b|\b(?:don'?t|dont|do\s+not)\s+want\s+no\s+(?:more|"
                      r"further)\s+"
                      r"(?:\w+\s+)?(?:calls|e-?mails|mails|messages|texts)\b",
    # "could you take my address off the Ledgerly sales sequences?"
    "address_off": r"\btake\s+(?:my|our)\s+(?:e-?mail\s+)?(?:address|name|details)\s+off\s+(?:the|your|all)\s+(?:[\w-]+\s+){0,2}?"
                   r"(?:sequences?|cadences?|campaigns?|mailings?|outreach)\b",
    # "I would be grateful if neither you nor anyone else at <agency> approached me about roles from here on"
    "neither_you_nor": r"\bneither\s+you\s+nor\s+any(?:one|body)\s+(?:else\s+)?(?:at|from|in)\s+[^.;]{1,40}?\s+(?:approached|"
                       r"contacted|called|e-?mailed|wrote\s+to|rang)\s+(?:me|us)\b[^.;]{0,60}?\b(?:again|from\s+(?:here|now)\s+"
                       r"on|going\s+forward|in\s+(?:the\s+)?future|any\s*more)\b",
    # informal German and the writer with their colleagues in Dutch: "bitte nehmt mich aus eurem Verteiler", "om mij en
    # mijn collega's niet langer te benaderen"; Spanish without "más": "que ya no me manden correos"
    "foreign_informal": rf"\b(?:nehmt|streicht|entfernt)\s+(?:mich|uns)\s+(?:bitte\s+)?(?:aus|von)\s+(?:eurem|eurer|dem|der)\s+"
                        rf"(?:\w+\s+)?(?:Verteiler|Mailingliste|Liste|Newsletter|Datenbank|Kartei)\b|\bmij\s+en\s+mijn\s+"
                        rf"[\w'\u2019]+\s+niet\s+(?:meer|langer)\s+te\s+(?:benaderen|mailen|bellen|contacteren)\b|\bya\s+no\s+"
                        rf"(?:me|nos)\s+(?:manden|mande|envíen|envien|envíe|envie)\s+{_FOREIGN_MAIL}\b",
    # "No thanks, and no more emails please."
    "and_no_more": r",\s*and\s+no\s+(?:more|further)\s+(?:contact|e-?mails|calls|correspondence)\s*,?\s*(?:please|thanks?)?"
                   r"(?=\s*(?:[.!;]|$))",
    # "I'd ask you not to write to me here again", "Request you to not send any further mails to this id"
    "asked_not_here": rf"\b(?:ask|request)\w*\s+you\s+(?:\w+\s+)?(?:not\s+to|to\s+not)\s+(?:{CONTACT_VERB}|write)\s+(?:to\s+)?"
                      rf"(?:me|us)\s+here\s+(?:again|any\s*more)\b|\brequest\w*\s+you\s+to\s+(?:kindly\s+)?not\s+send\s+"
                      rf"(?:me\s+|us\s+)?(?:any\s+)?(?:more|further)\s+(?:\w+\s+)?(?:mails|e-?mails|messages|communications?|"
                      rf"correspondence)\b",
    # "Could you please drop me from your follow-ups?"
    "off_follow_ups": r"\b(?:remove|take|drop|delete)\s+(?:me|us)\s+(?:off|from)\s+(?:your|all)\s+(?:\w+\s+)?follow[- ]?ups\b",
    # "I would appreciate it if you did not contact me about it from now on", "I'd really appreciate it if your team
    # stopped contacting me"
    "if_from_now_on": rf"\b(?:appreciate\s+it|be\s+grateful|be\s+obliged)\s+if\s+you\s+(?:did\s+not|didn'?t|would\s+not|"
                      rf"wouldn'?t|no\s+longer)\s+{CONTACT_VERB}\s+(?:me|us)\s+(?:about\s+(?:it|this|that)\s+)?"
                      rf"(?:from\s+now\s+on|going\s+forward|henceforth|again|any\s*more)\b|\b(?:appreciate\s+it|be\s+grateful|"
                      rf"be\s+obliged)\s+if\s+your\s+(?:\w+\s+)?(?:team|company|firm|office|people|colleagues|staff)\s+"
                      rf"(?:stopped|would\s+stop|could\s+stop|no\s+longer)\s+{CONTACT_VERB}"
                      rf"(?:\s+(?:me|us)\b|(?=\s*(?:[.!,;]|$)))",
    # data protection: "honor my opt-out", "Consider this my opt-out", "I opt out of any further communication", "I
    # request the erasure of all personal data relating to me", "my formal objection to the processing of my personal data"
    "opt_out_said": r"\b(?:honou?r|respect|process|action)\s+(?:my|this|our)\s+opt[- ]?out\b|\bconsider\s+this\s+(?:e-?mail\s+|"
                    r"message\s+)?(?:as\s+)?(?:my|our)\s+(?:formal\s+)?opt[- ]?out\b|\b(?:I|we)\s+(?:hereby\s+)?opt\s+out\s+of\s+"
                    r"(?:any|all)\s+(?:further\s+|future\s+)?(?:\w+\s+)?(?:communications?|contact|marketing|e-?mails|"
                    r"mailings)\b",
    "erasure_asked": r"\b(?:I|we)\s+(?:hereby\s+|formally\s+)?(?:request|demand)\s+(?:the\s+)?(?:erasure|deletion)\s+of\s+"
                     r"(?:all\s+)?"
                     r"(?:my\s+personal\s+(?:data|information)|(?:the\s+)?personal\s+(?:data|information)\b[^.]{0,40}?\b(?:about|"
                     r"relating\s+to|concerning|regarding|of)\s+me)\b|(?<!\bno\s)\bobjection\s+to\s+(?:the\s+)?(?:further\s+)?"
                     r"processing\s+of\s+my\s+(?:personal\s+)?data\b",
    # German: "von weiteren Kontaktaufnahmen abzusehen", "sehen Sie von weiteren Kontaktaufnahmen ab", "mich künftig
    # nicht mehr zu kontaktieren", "ich möchte nicht mehr von Ihnen kontaktiert werden", "schreiben Sie uns künftig nicht
    # mehr an", "ich untersage Ihnen jede weitere werbliche Kontaktaufnahme", "keine weiteren Mails mehr"
    "german_polite": r"\bvon\s+(?:jeglich\w+|jed\w+\s+weiter\w+|weiter\w+)\s+(?:\w+\s+){0,2}?(?:Kontaktaufnahme\w*|Anruf\w*|"
                     r"E-?Mails?|Zusendung\w*|Werbung)\b[^.]{0,60}?\bab(?:zu)?sehen\b|\bsehen\s+Sie\s+(?:bitte\s+)?von\s+"
                     r"(?:jeglich\w+|jed\w+\s+weiter\w+|weiter\w+)\s+(?:\w+\s+)?(?:Kontaktaufnahme\w*|Anruf\w*|E-?Mails?|"
                     r"Zusendung\w*|Werbung)\s+ab\b|\b(?:mich|uns)\s+(?:\w+\s+){0,3}?nicht\s+mehr\s+(?:zu\s+kontaktieren|"
                     r"anzuschreiben|anzurufen|zu\s+schreiben|anzumailen)\b|\bnicht\s+mehr\s+(?:von\s+(?:Ihnen|euch|Ihrer\s+"
                     r"\w+)\s+)?"
                     r"kontaktiert\s+werden\b|\b(?:kontaktieren|schreiben|rufen|mailen)\s+Sie\s+(?:mich|uns|mir)\s+(?:bitte\s+|"
                     r"künftig\s+|zukünftig\s+|auch\s+){0,2}nicht\s+mehr\b|\b(?:mich|uns)\s+(?:\w+\s+){0,2}?weder\s+"
                     r"(?:per\s+[\w-]+|"
                     r"telefonisch|schriftlich|anzurufen|anzuschreiben)\s+noch\s+(?:per\s+[\w-]+|telefonisch|schriftlich|"
                     r"anzurufen|"
                     r"anzuschreiben)\b|\bw(?:ü|ue)nsch\w*\s+keine\s+weiteren\s+(?:Angebote|Anrufe|E-?Mails|Mails|Nachrichten|"
                     r"Werbung|Kontakt\w*)\b|\bwiderspreche\w*\s+(?:[\w.]+\s+){0,6}?(?:der|jeder|jeglicher)\s+(?:weiteren\s+)?"
                     r"(?:Nutzung|Verarbeitung|Verwendung)\s+meiner\s+(?:[\w-]+\s+){0,2}?(?:Daten|Kontaktdaten|E-Mail-Adresse)\b"
                     r"[^.]{0,40}?\b(?:Werbe\w*|Direktwerbung|Marketing\w*)|\buntersage\w*\s+Ihnen\s+(?:\w+\s+){0,2}?(?:jede|"
                     r"jegliche)\s+(?:weitere\s+)?"
                     r"(?:\w+\s+)?Kontaktaufnahme\b|\bkeine\s+weiteren\s+(?:Mails|Angebote|Anrufe|Werbemails)\s+mehr\b|"
                     r"\bbrauchen\s+sich\s+(?:\w+\s+){0,6}?(?:in\s+Zukunft|künftig|zukünftig)\s+(?:\w+\s+){0,2}?nicht\s+mehr\s+"
                     r"(?:zu\s+)?melden\b",
    # French: "merci de ne plus m'envoyer de messages", "ne plus m'écrire", "ne plus me solliciter", "cesser toute
    # sollicitation", "je ne souhaite plus recevoir de messages de votre part"
    "french_polite": rf"\bne\s+plus\s+(?:m['\u2019]\s*|nous\s+)(?:envoyer|adresser)\s+(?:de\s+|d['\u2019]\s*|vos\s+|des\s+)?"
                     rf"(?:\w+\s+)?{_FOREIGN_MAIL}\b|\bne\s+plus\s+(?:m['\u2019]\s*[ée]crire|(?:me|nous)\s+(?:solliciter|"
                     rf"relancer|"
                     rf"[ée]crire))\b|\bcess(?:ez|er)\s+de\s+(?:m['\u2019]\s*|nous\s+)(?:[ée]crire|envoyer|contacter|appeler|"
                     rf"solliciter|"
                     rf"relancer)\b|\brayez[- ](?:moi|nous)\s+de\s+(?:vos|votre|toutes?\s+vos)\s+(?:\w+\s+)?(?:listes?|fichiers?|"
                     rf"base)\b|\bcess(?:er|ez)\s+(?:toute?s?|tout)\s+(?:\w+\s+)?(?:sollicitations?|contacts?|envois?|"
                     rf"relances?|d[ée]marchage|prospection)\b|\bne\s+souhait\w*\s+plus\s+(?:recevoir\s+(?:de\s+|d['\u2019]\s*|"
                     rf"vos\s+)?{_FOREIGN_MAIL}|[êe]tre\s+(?:contact|sollicit)\w*)",
    # Spanish: "dejen de escribirme", "no me volváis a escribir", "no me escribas más", "ya no quiero recibir más correos"
    "spanish_polite": rf"\bdej(?:en|es|e|ad|éis|eis)\s+de\s+(?:escribir|contactar|molestar)(?:me|nos)\b|\bdej(?:en|es|e|ad|"
                      rf"éis|eis)\s+"
                      rf"de\s+(?:enviar|mandar)(?:me|nos)\s+(?:\w+\s+)?{_FOREIGN_MAIL}\b|\bno\s+(?:me|nos)\s+(?:vuelv\w+|"
                      rf"volv\w+)\s+a\s+"
                      rf"(?:contactar|escribir|molestar|enviar|mandar)\w*|\bno\s+(?:me|nos)\s+(?:escrib|contact)\w*\s+m[áa]s\b|"
                      rf"\bno\s+(?:quiero|queremos|deseo|deseamos)\s+recibir\s+m[áa]s\s+{_FOREIGN_MAIL}\b|\bno\s+vuelv\w+\s+a\s+"
                      rf"(?:ponerse\s+en\s+contacto|comunicarse|contactarse)\s+(?:conmigo|con\s+nosotr[oa]s)\b|\bno\s+(?:deseo|deseamos|quiero|queremos)\s+"
                      rf"seguir\s+recibiendo\s+(?:\w+\s+)?{_FOREIGN_MAIL}\b|\bya\s+no\s+(?:me|nos)\s+(?:sigan|sigas|siga)\s+"
                      rf"(?:enviando|mandando)\s+{_FOREIGN_MAIL}\b|\bno\s+(?:quiero|queremos|deseo)\s+que\s+(?:me|nos)\s+"
                      rf"(?:vuelv\w+|volv[áa]is)\s+a\s+(?:contactar|escribir|llamar|molestar)|\bya\s+no\s+(?:me|nos)\s+(?:contact|escrib)\w+|"
                      rf"\bya\s+no\s+(?:me|nos)\s+(?:mande|manden|envíe|envíen|envie|envien)\s+m[áa]s\s+{_FOREIGN_MAIL}\b|"
                      rf"\b(?:me|nos)\s+(?:den|dé|des|deis)\s+de\s+baja\b|"
                      # "que ni usted ni su empresa me vuelvan a contactar": the "no" said as "ni ... ni ..."
                      # (addressed as "vosotros", the stem is volv-: "ni tú ni nadie ... me volváis a llamar")
                      # ("... ni otros asesores vuelvan a comunicarse conmigo": the writer after the verb)
                      rf"\bni\s+[^.;]{{0,60}}?\b(?:(?:me|nos)\s+(?:vuelv\w+|volv[áa]is)\s+a\s+(?:contactar|escribir|llamar|molestar)|"
                      rf"vuelv\w+\s+a\s+(?:comunicarse|contactarse|ponerse\s+en\s+contacto)\s+(?:conmigo|con\s+nosotr[oa]s))",
    # Italian: "di non inviarmi più comunicazioni", "non mandarmi più email promozionali", "non desidero più ricevere
    # comunicazioni", "non essere più contattato"
    "italian_polite": rf"\bnon\s+(?:inviar|mandar|spedir)(?:mi|ci)\s+(?:più|ulteriori|altre)\s+(?:\w+\s+)?{_FOREIGN_MAIL}\b|"
                      rf"\bnon\s+(?:desider\w+|vogli\w+)\s+più\s+ricevere\s+(?:\w+\s+)?{_FOREIGN_MAIL}\b|"
                      rf"\bnon\s+essere\s+più\s+contattat[oaie]\b",
    # Portuguese: "deixem de me enviar e-mails", "que não voltem a contactar-me", "não entrem mais em contato comigo",
    # "não pretendo ser contactado novamente", "não me mandem mais mensagem"
    "portuguese_polite": rf"\b(?:deixem|deixe|parem|pare|para)\s+de\s+(?:me\s+|nos\s+)?(?:enviar|mandar)\s+(?:essas\s+|estas\s+|"
                         rf"mais\s+)?{_FOREIGN_MAIL}\b|\bn[ãa]o\s+(?:me\s+|nos\s+)?volte[m]?\s+a\s+(?:contact\w*|contat\w*|"
                         rf"entrar\s+em\s+conta(?:c)?to|escrever)|\bn[ãa]o\s+entre[m]?\s+mais\s+em\s+conta(?:c)?to\b|"
                         rf"\bn[ãa]o\s+(?:pretendo|quero|desejo)\s+(?:mais\s+)?ser\s+conta(?:c)?tad[oa]s?\b|"
                         rf"\bn[ãa]o\s+(?:me|nos)\s+(?:mande|mandem|envie|enviem)\s+mais\s+(?:mensagem|email|e-mail)\b|"
                         rf"\b(?:remov|retir|apag|elimin|exclu)\w*\s+(?:o\s+|os\s+)?(?:meu|meus|nosso|nossos)\s+(?:contacto|"
                         rf"contato|dados|e-?mail|endere\w+)\s+(?:da|de|do)\s+(?:vossa|sua|seu|vosso)\s+(?:\w+\s+)?(?:base|lista|"
                         rf"cadastro|sistema)\b|"
                         # "que nem o senhor nem a sua empresa me voltem a contactar"
                         rf"\bnem\s+[^.;]{{0,40}}?\b(?:me|nos)\s+volte[m]?\s+a\s+(?:contact\w*|contat\w*|ligar|escrever)",
    # Dutch: "dat u mij niet meer mailt", "mij niet langer te benaderen", "niet meer benaderd worden" (in a clause of
    # its own with the verb last: "dat ik niet langer benaderd wil worden"), "mail me niet meer", "geen contact meer
    # met me opnemen"
    "dutch_polite": r"\b(?:mij|me|ons)\s+niet\s+(?:meer|langer)\s+(?:te\s+)?(?:mailen|benaderen|bellen|contacteren|e-?mailen|"
                    r"mailt|belt|benadert|contacteert)\b|\bniet\s+(?:meer|langer)\s+(?:door\s+(?:u|jullie|uw\s+\w+)\s+)?"
                    r"benaderd\s+(?:te\s+|wil\s+|wens\s+)?worden\b|\b(?:mail|bel)\s+(?:me|mij|ons)\s+(?:ook\s+)?niet\s+meer\b|"
                    r"\bgeen\s+contact\s+meer\s+met\s+(?:me|mij|ons)\s+opne\w+",
}

# any end in time in the sentence, in the seven languages ("... until then", "bis Ende Monat", "d'ici là", "hasta
# final de mes", "fino ad allora", "até lá", "tot maandag"): a wait, not a refusal
POLITE_LIMIT = re.compile(r"\b(?:until|till|til|before|for\s+now|for\s+the\s+(?:time\s+being|moment)|at\s+(?:the|this)\s+moment|"
                          r"in\s+the\s+meantime|for\s+(?:a|(?:the\s+)?next|another|one|two|\d+)\s+(?:few\s+)?(?:day|week|month)s?|"
                          r"next\s+week|bis|bevor|vorerst|vorl(?:ä|ae)ufig|erst|d['\u2019]ici|avant|jusqu\w*|pour\s+l['\u2019]instant|"
                          r"hasta|antes|por\s+ahora|de\s+momento|fino|prima|per\s+ora|at[ée]|por\s+agora|tot|voorlopig|"
                          r"v(?:ó|o)(?:ó)?r)\b", re.I)

"""Pauses read for certain: "not right now", the deal gone elsewhere, a project shelved; no end in time, so the
customer is left alone until they write again."""
from __future__ import annotations

import re

from followup.text.prefilter import live, prefilter_patterns
from followup.text.wish_base import PAUSED, Wish, compiled, guarded, sentence_quote
from followup.text.wish_elsewhere import may_go_elsewhere, went_elsewhere
from followup.text.wish_for_now import may_say_not_now_english, not_now_english
from followup.text.wish_hold import frozen_buying, held_for_now_abroad, may_freeze, round_stopped
from followup.text.wish_not_now_abroad import may_say_not_now_abroad, not_now_abroad

# ---------------------------------------------------------------- paused
# Events without a date that a customer waits for before buying.
_FAR_CONDITION = (r"(?:the\s+|our\s+|my\s+)?(?:budget|funding|money|finances?|cash\s*flow)\s+(?:frees?\s+up|is\s+(?:approved|"
                  r"sorted|there|available)|comes?\s+(?:through|in)|allows?|improves?|recovers?)|the\s+time\s+is\s+right|"
                  r"things\s+(?:settle|calm\s+down|pick\s+up|improve|change|quieten|quiet\s+down)|"
                  r"(?:the\s+)?(?:interest\s+)?(?:rates|prices)\s+(?:come|go|drop|fall|settle)|"
                  r"the\s+market\s+(?:settles|improves|recovers|calms)|"
                  r"(?:we're|we\s+are|I'm|I\s+am)\s+(?:ready|in\s+a\s+(?:better\s+)?position)|"
                  r"the\s+(?:merger|restructur\w*|reorg\w*|move|sale|acquisition|audit)\s+(?:is\s+(?:done|complete|over|"
                  r"finished)|goes\s+through|completes)")
# the customer's side declining to renew ("we will not renew", "we won't be renewing"), not with someone else
NOT_RENEW = (r"\b(?:I|we)\s+(?:will\s+not|won'?t|shall\s+not|(?:are|'re)\s+not\s+going\s+to|aren'?t\s+going\s+to|"
             r"(?:do\s+not|don'?t)\s+(?:plan|intend|want)\s+to|(?:are|'re)\s+not|aren'?t)\s+(?:be\s+)?renew(?:ing)?\b"
             r"(?![^.]{0,40}\bwith\b)")
# the supplier in place, in German and Dutch ("unserem bisherigen Anbieter", "onze huidige leverancier")
_CURRENT_SUPPLIER = (r"(?:aktuell\w*|bisherig\w*|jetzig\w*|derzeitig\w*|huidige)\s+(?:Anbieter\w*|Lieferant\w*|"
                     r"Versicher\w*|Dienstleister\w*|Partner\w*|leverancier\w*|verzekeraar\w*|aanbieder\w*|partner\w*)\b")
# putting off, in the seven languages
_POSTPONE = (r"(?:postpon\w*|defer\w*|put\s+off|push\w*\s+back|verschieb\w*|verschoben|report[ée]e?s?|reporter|reportons|"
             r"ajourn\w*|aplaz\w*|pospu?\w*|posterg\w*|adi(?:ar|amos|ado|ada|ados|adas)|rimand\w*|rinvi\w*|posticip\w*|"
             r"uitgesteld|uitstellen|uit\s+te\s+stellen|stellen\s+\w+\s+uit)\b")
# ... to no day set
_UNSET_DATE = (r"(?:\bindefinitely|\b(?:to|until)\s+a\s+(?:later\s+)?date\s+(?:yet\s+)?to\s+be\s+(?:determined|decided|set|"
               r"confirmed|fixed|agreed)|\bsine\s+die|\bauf\s+unbestimmte\s+zeit|\bauf\s+einen\s+(?:noch\s+)?"
               r"(?:unbestimmten|offenen)\s+(?:zeitpunkt|termin)|\b[àa]\s+une\s+date\s+(?:ind[ée]termin[ée]e|"
               r"(?:encore\s+)?[àa]\s+(?:d[ée]finir|d[ée]terminer|fixer|pr[ée]ciser))|\b(?:para|a|hasta)\s+(?:una\s+|uma\s+)?"
               r"(?:fecha|data)\s+(?:por\s+(?:determinar|definir|confirmar)|a\s+(?:definir|determinar|confirmar)|"
               r"indeterminada|sin\s+determinar)|\b(?:sin\s+fecha|sem\s+data)(?:\s+(?:fija|definida|prevista|marcada))?|"
               r"\bindefinidamente|\bpor\s+tiempo\s+indefinido|\bpor\s+tempo\s+indeterminado|\ba\s+data\s+da\s+destinarsi|\ba\s+tempo\s+indeterminato|"
               r"\b(?:a|ad)\s+una\s+data\s+(?:ancora\s+)?da\s+(?:definire|stabilire|destinarsi|fissare)|"
               r"\bvoor\s+onbepaalde\s+tijd|\btot\s+een\s+nader\s+te\s+bepalen\s+datum|"
               # no new day named yet, after the verb: "deferred, no target date yet", "verschoben, noch kein neuer
               # Termin", "reporté, pas encore de date", "aplazado, todavía sin fecha", "rinviato, nessuna data per ora",
               # "adiado, ainda sem data", "uitgesteld, nog geen datum"
               r"\bno\s+(?:(?:new|target|set|fixed|firm|definite)\s+)?(?:date|timeline|time\s*frame)\s+(?:yet|set|fixed|"
               r"for\s+now|at\s+(?:the\s+)?(?:moment|present))|\bnoch\s+kein(?:en)?\s+(?:neuen?\s+)?(?:Termin|Datum)|"
               r"\bpas\s+encore\s+de\s+(?:nouvelle\s+)?date|\btodav[íi]a\s+sin\s+fecha|\bnessuna\s+data\s+(?:ancora|per\s+ora)|"
               r"\bainda\s+sem\s+data|\bnog\s+geen\s+(?:nieuwe\s+)?datum)\b")
# what is moved, not the purchase: a delivery, visit, trip or meeting ("la consegna è rinviata a data da destinarsi",
# "rimandare la trasferta a data da destinarsi")
_MOVED_THING = (r"\b(?:deliver\w*|shipment|lieferung|liefertermin|livraison|entrega|consegna|levering|meeting|r[ée]union|"
                r"reuni[óãoa]o?n?|riunione|besprechung|termin|visit\w*|besuch|bezoek|demo|webinar|call|event|evento|"
                r"[ée]v[ée]nement|veranstaltung|trip|travel|reise|voyage|d[ée]placement|viaje|viagem|viaggio|trasferta|reis)\b")
_PAUSED_PATTERNS: dict[str, str] = {
    # a dash starts another clause: "550 m, not 400 – the chute is longer this year" corrects a count, pauses nothing
    # a "now" after an end said ("don't be at me till Monday now") only stresses that end: a quiet period, not a pause
    # a place or event not attended is not the deal: "We are not going to the Utility Expo this year" ("going to" before
    # a noun is travel, before a verb a plan: "not going to buy this year" stays a pause)
    "not_now": r"(?:\bnot\b|n't\b|\bno\b|\bnothing\b)(?!\s+(?:be\s+)?(?:going|coming|travell?ing|flying|heading|attending|"
               r"exhibiting)\s+(?:to|at)\s+(?:the|a|an|this|that|your|any)\b)(?:(?!\b(?:and|"
               r"but|so|where|which|because|as|if|until|till|til)\b)[^,.;:!?()–—]){0,45}?"
               r"(?<!until )(?<!between )(?<!by )(?<!from )"
               r"\b(?:right now|now|at the moment|at this time|at present|at this point|at this stage|at this juncture|for now|"
               r"for the time being|"
               r"for a while|this year|this quarter|this season|this cycle|this round|currently)\b",
    "not_yet": r"\bnot\s+(?:anything\s+)?just\s+yet\b|\bdecided\s+not\s+to\s+do\s+anything\b",
    # "we've decided against it (for now)", "we decided not to go ahead"; not "decided against the premium tier"
    "decided_against": r"\bdecided\s+(?:against\s+(?:it|this|that|going\s+ahead|proceeding|moving\s+forward|"
                       r"(?:switching|changing|refinancing|remortgaging|buying|renewing|upgrading)\b)|not\s+to\s+(?:go\s+"
                       r"ahead|proceed|move\s+forward|pursue|buy|switch|change|renew|sign|continue|do\s+it)\b)|"
                       # non-native "we decide to not go forward"
                       r"\bdecided?\s+to\s+not\s+(?:go\s+(?:ahead|forward)|proceed|move\s+forward|pursue|buy|continue)\b",
    "later_period": r"\b(?:maybe|perhaps|possibly|probably)\s+(?:in\s+)?(?:(?:early|late|sometime)\s+)?(?:next\s+(?:year|"
                    r"quarter|spring|summer|fall|autumn|winter)|the\s+(?:spring|summer|fall|autumn|winter)|"
                    r"later\s+in\s+the\s+year)\b",
    # the same typed as a text message: "not rn", "prob next yr", "maybe nxt yr" ("RN" alone is a nurse: only after "not")
    "texted_later": r"\bnot\s+rn\b|\b(?:maybe|perhaps|possibly|probably|prob|probs|prolly)\s+(?:in\s+)?(?:next|nxt)\s+"
                    r"(?:yr|year|quarter|qtr)\b",
    # a deferral verb with a far-off horizon: "let's table this until next year", "revisit this in the summer"
    # (a reading habit is no deferral: "I barely look at the inbox in summer")
    "revisit": r"\b(?:revisit|(?<!barely )(?<!rarely )(?<!hardly )(?<!seldom )(?<!never )look\s+at|"
               r"pick\s+(?:this|it)\s+up|come\s+back\s+to|table|park|shelve|postpone|push|defer|"
               r"reconsider|talk|speak|review|leave\s+(?:it|this|that|things)|get\s+in\s+touch|follow\s+up|check\s+back|"
               r"touch\s+base|circle\s+back|"
               r"(?:ask|try|contact|call|e-?mail|ring)\s+(?:me|us))\b[^.]{0,30}\b(?:(?:(?:until|till|in|into|after|for)\s+"
               r"(?:the\s+)?)?next\s+(?:fiscal\s+)?(?:year|quarter|spring|summer|fall|autumn|winter)|(?:until|till|in|into|"
               r"after|for)\s+(?:the\s+)?(?:new\s+year|spring|summer|autumn|fall|winter|Q[1-4]|holidays|festive\s+(?:season|period)|"
               r"(?:christmas|xmas|holiday|easter|summer)\s+(?:break|holidays?)))\b(?!'s)",
    # waiting on something that has no date: "when the budget frees up", "once things settle down"
    "far_condition": rf"\b(?:until|till|when|once|if\s+and\s+when|after)\s+(?:{_FAR_CONDITION})",
    # "let's table this", "park it", "shelve the idea"; not "the table" (needs an object right after the verb)
    # ("the board voted to table the AMI project": the project named)
    "table_it": r"\b(?:table|shelve|park)\s+(?:this|it|that|things|the\s+(?:[\w-]+\s+){0,2}?(?:idea|project|discussion|"
                r"conversation))\b",
    # "this will have to wait", "it can wait until rates come down", "we'd rather wait until the market settles"
    "will_wait": r"\b(?:this|it|that|everything|things)\s+(?:will|'ll|would|can|may|might)\s+(?:have\s+to\s+|need\s+to\s+)?"
                 r"wait\b|\b(?:I|we)(?:'d|\s+would)\s+(?:rather|prefer\s+to)\s+(?:wait|hold\s+off)\b",
    # first person holding off, without a near date (dates are quiet periods and are tried first):
    # "we'll hold off on changing insurers until the policy renews"; not the order instruction "hold off on ordering"
    "we_hold_off": r"\b(?:I|we)(?:'ll|\s+will|'re|\s+are|'m|\s+am|'d|\s+would|'ve|\s+have)?\s+(?:\w+\s+)?(?:going\s+to\s+|"
                   r"decided\s+to\s+|have\s+to\s+)?hold(?:ing)?\s+off\b",
    # spending frozen: "put a freeze on new vendors", "we've frozen all new projects", "we are pausing all new vendor
    # onboarding for now"
    # (not "we paused all hiring until January": a fact of the customer's, said for the quote)
    "freeze": r"\b(?:put\s+a\s+freeze\s+on|(?:spend(?:ing)?|budget|hiring|vendor|project|funding|capital|capex)\s+freeze|"
              r"(?:frozen|freezing)\s+"
              r"(?:all|our|any|the)\s+(?:new\s+)?(?:\w+\s+)?(?:projects|spend\w*|budgets?|purchas\w+|hiring|investments?)|"
              r"(?:paus|suspend|halt)ing\s+(?:all|any)\s+(?:new\s+)?(?:\w+\s+)?(?:onboarding|procurement|purchas\w+|spend\w*))\b",
    # staying with what they have, for now: "we'll stick with what we've got for the time being"
    "stick_with": r"\b(?:stick|stay|keep\s+going)\s+with\s+(?:what\s+we(?:'ve|\s+have)\s+got|what\s+we\s+have|our\s+"
                  r"(?:current|existing)|the\s+(?:current|existing))\b",
    # the supplier in place renewed, here or abroad: "we'll renew with our current insurer for another year", "a direção
    # optou por renovar com a seguradora atual por mais uma época", "seguimos con el proveedor actual", "rester avec
    # notre fournisseur actuel", "rinnovare con l'attuale fornitore"
    "renew_current": r"\brenew(?:ed|ing|s)?\s+(?:(?:our|the|my)\s+(?:[\w-]+\s+){0,2}?)?with\s+(?:our|the)\s+(?:current|existing|"
                     r"present)\b|"
                     # ("decidimos quedarnos con nuestro proveedor actual un año más", "bei unserem bisherigen
                     # Anbieter bleiben", "we blijven bij onze huidige leverancier")
                     rf"\b(?:bleib\w*|blijv\w*|verlenge?n?)\s+(?:\w+\s+){{0,3}}?(?:bei|bij|met)\s+(?:unserem|unserer|dem|der|"
                     rf"onze|ons|de|het)\s+{_CURRENT_SUPPLIER}|"
                     rf"\b(?:bei|bij)\s+(?:\w+\s+)?{_CURRENT_SUPPLIER}\s+(?:\w+\s+){{0,2}}?(?:bleiben|blijven)\b|"
                     # ("quedarse con" is also to take what is offered: "nos quedamos con la oferta actual" buys)
                     r"\bqued(?:ar|amos|arnos|aremos)\w*\s+con\s+(?:el|la|nuestr[oa])\s+(?:proveedor|proveedora|aseguradora|"
                     r"distribuidor|empresa|compa[ñn][ií]a|contrato|servicio)\s+(?:actual|de\s+siempre)\b|"
                     r"\b(?:renova\w*|ficar|ficamos|continua\w*|segui\w*|permanec\w*|"
                     r"renouvel\w*|rest(?:er|ons)|"
                     r"rinnov\w*|rest(?:are|iamo))\s+(?:\w+\s+){0,2}?(?:com|con|avec|chez)\s+(?:(?:a|o|el|la|le|il|lo)\s+|l['\u2019]\s*)?"
                     r"(?:(?:nosso|nossa|nuestro|nuestra|notre|nostro|nostra|il\s+nostro|la\s+nostra)\s+)?(?:\w+\s+)?(?:atual|actual|"
                     r"actuel(?:le)?|attuale|corrente)\b",
    # the supplier in place kept, named as the one the customer already has: "decidimos manter, por agora, a empresa que
    # já cá temos", "we'll keep the cleaning firm we already have", "on garde le prestataire que nous avons"
    # ("resolvemos ficar com o fornecedor de adubo que a gente já tem", "we'll stay with the firm we already use",
    # "abbiamo deciso di restare con il fornitore che abbiamo già": staying said as plainly as keeping)
    "keep_ours": r"\b(?:we(?:'ll|\s+will|'d|\s+would|'re\s+going\s+to|\s+are\s+going\s+to)?|decid\w*(?:\s+to)?|decidimos|"
                 r"resolv\w*|"
                 r"hemos\s+decidido|preferimos|optamos\s+por|vamos|on\s+va|nous\s+allons|abbiamo\s+deciso\s+di|besloten\s+"
                 r"(?:om\s+)?|we\s+gaan)\s+(?:\w+\s+)?(?:keep|manter|mantemos|mantener|mantenemos|garder|gardons|conserver|conservons|mantenere|"
                 r"manteniamo|behouden|houden|stay|stick|ficar|ficamos|continuar|qued(?:ar|arnos|amos)|seguir|rester|restons|restare|restiamo|"
                 r"rimanere|rimaniamo|blijven)\b[^.;]{0,40}?\b(?:supplier|provider|vendor|contractor|firm|company|empresa|"
                 r"proveedora?|fornecedora?|fournisseur|prestataire|soci[ée]t[ée]|fornitore|azienda|ditta|leverancier|"
                 r"bedrijf|firma)\s+(?:(?:of|for|de|di|du|des|del|da|do|van)\s+\w+\s+)?(?:(?:that|which|que|qu['\u2019]|che|die|dat)\s+)?"
                 r"(?:\w+\s+){0,3}?(?:we|nous|noi)?\s*(?:(?:already|j[áa]|ya|d[ée]j[àa]|gi[àa]|al)\s+)?"
                 r"(?:have|use|temos|tem|tenemos|avons|abbiamo|hebben|usamos|utilisons)\b",
    # the purchase put off to a day nobody has set: "rimandare l'acquisto a data da destinarsi", "auf unbestimmte Zeit
    # verschoben", "reporté à une date indéterminée", "aplazado sin fecha", "adiado por tempo indeterminado", "postponed to a
    # date to be determined" (not a delivery, visit or meeting moved)
    "postponed_unset": rf"\b{_POSTPONE}(?:(?!{_MOVED_THING})[^.;!?\n]){{0,60}}?{_UNSET_DATE}|"
                       rf"{_UNSET_DATE}(?:(?!{_MOVED_THING})[^.;!?\n]){{0,30}}?\b{_POSTPONE}",
    # the customer's side keeping things as they are for now: "for the moment we stay like this"
    "as_we_are": r"\bfor\s+(?:now|the\s+moment|the\s+time\s+being)\b[^.;]{0,10}?\b(?:we|I)\s+(?:stay|remain)\s+(?:like\s+"
                 r"this|as\s+(?:we|it)\s+(?:are|is))\b|\b(?:we|I)(?:'ll|\s+will)?\s+(?:stay|remain)\s+(?:like\s+this|as\s+"
                 r"(?:we|it)\s+(?:are|is))\b[^.;]{0,10}?\bfor\s+(?:now|the\s+moment|the\s+time\s+being)\b",
    # the period said first: "this season we will not make merchandise", "this year we won't be ordering"
    "period_first": r"\bthis\s+(?:season|year|quarter|term|semester|cycle)\s*,?\s+(?:we|I)\s+(?:will\s+not|won'?t|"
                    r"are\s+not\s+going\s+to|aren'?t\s+going\s+to|(?:do\s+not|don'?t)\s+(?:plan|want)\s+to)\s+\w+|"
                    # "So at the moment we will not order from you": the purchase itself refused for now
                    r"\b(?:at\s+the\s+moment|for\s+now|for\s+the\s+time\s+being)\s*,?\s+(?:we|I)\s+(?:will\s+not|won'?t|"
                    r"are\s+not\s+going\s+to|aren'?t\s+going\s+to)\s+(?:order|buy|purchase|invest|sign|commit)\b",
    "wait_long": r"\b(?:wait|hold\s+off)\s+(?:until|till)\s+(?:next\s+(?:fiscal\s+)?(?:year|"
                 r"quarter)|the\s+new\s+(?:fiscal\s+)?year)\b|\bwait and see\b|\bdecided\s+to\s+wait\b",
    # "on hold" for the whole purchase; an item put on hold ("put the extra seat on hold") is an order detail
    "on_hold": r"\b(?:is|are|'s|'re|been|be|remains?|stays?|still|now|all|everything|currently)\s+on\s+hold\b|"
               # the "on" left out or said "in", as non-native writers do: "our project is hold now", "kept in hold till"
               r"\b(?:is|are|been|kept|remains?)\s+(?:in\s+)?hold\s+(?:now|for\s+now|currently|at\s+(?:the\s+)?(?:moment|present)|"
               r"for\s+the\s+time\s+being|until|till)\b|"
               r"\bon\s+hold\s+(?:for|until|till|indefinitely|pending|as\s+of\s+now|at\s+(?:the\s+)?(?:moment|present))\b|\b(?:until|till)\s+further\s+notice\b|"
               r"\b(?:I|we|let's|let\s+us)\b[^.,]{0,25}?\b(?:put(?:ting)?|plac(?:e|ed|ing))\s+(?:\w+\s+){1,4}?on\s+hold\b|"
               # "has kept the proposal on hold", "keeping it on hold": held as a put is, by whoever holds it ("kindly keep
               # it pending from your side", as Indian English says it)
               r"\b(?:put(?:ting)?|place|placing|kept|keep(?:ing)?)\s+(?:this|it|that|things|everything|(?:the|our|my)\s+(?:whole\s+)?(?:\w+\s+)?"
               r"(?:project|purchase|application|refinanc\w*|remortgage|deal|renewal|decision|process|search|plan|move|switch|"
               r"upgrade|rollout|idea|evaluation|conversation|discussion|quote|proposal|policy|loan|mortgage))\s+"
               r"(?:on\s+hold|(?:in\s+)?pending(?!\s+(?:items?|tasks?|invoices?|orders?|payments?)\b))\b|"
               r"\bon\s+pause\b|\bback\s+burner\b|\bon\s+the\s+long\s+finger\b|"
               r"\bshelved\b|\bpark\s+(?:this|it)\b|\bpostpon\w*\s+(?:the|this|our|it|everything|things)\b"
               r"|\bhold(?:ing)?\s+off\s+(?:for\s+now|for\s+the\s+time\s+being|"
               r"on\s+any|on\s+this|on\s+it)\b|\bbudget\s+(?:got\s+|"
               r"is\s+|has\s+been\s+)?(?:frozen|cut)\b|"
               # "the capital funding for the baler upgrade has been pulled": the money for the purchase gone
               r"\b(?:budget|funding|capex)\s+for\s+(?:the|this|our)\s+(?:[\w-]+\s+){0,3}?(?:has\s+been|have\s+been|was|were|"
               r"got|is|are)\s+(?:pulled|withdrawn|frozen|cut)\b|\bon\s+ice\b|"
               r"\bput\s+a\s+pin\s+in\b|\bhold(?:ing)?\s+off\s*[.!]*$"
               # "keep in view" as Singapore and Malaysian English say it: "decided to KIV the project first", "put it
               # on KIV"; spelled out only with a hold's "first / for now" ("keep it in view for now")
               r"|\bKIV\b|\bkeep\s+(?:this|it|that|(?:the|our)\s+\w+(?:\s+\w+)?)\s+in\s+view\s+(?:first|for\s+now|"
               r"for\s+the\s+time\s+being)\b"
               r"|\bhappy\s+with\s+(?:what\s+we\s+have|our\s+current|the\s+current)\b"
               # ("we are sitting tight for the moment": the wait said as it goes on)
               r"|\b(?:sit(?:ting)?\s+tight|leave\s+it|stop\s+here)\b[^.]{0,15}\b(?:for\s+now|for\s+the\s+time\s+being|"
               r"for\s+the\s+moment)\b",
    "not_priority": r"\bnot\s+a\s+priority\b|\b(?:not|isn'?t)\s+(?:the\s+)?right\s+time\b|"
                    r"\b(?:not|isn'?t)\s+(?:really\s+)?(?:a\s+good|a\s+great|the\s+right|the\s+best)\s+(?:time|moment)\b|"
                    r"\bbad\s+timing\b|\bthe\s+wrong\s+time\s+for\s+(?:us|me)\b|"
                    r"\btiming\s+(?:isn'?t|is\s+not)\s+right\b|\bnow\s+is\s+not\s+a\s+good\s+time\b",
    "pass": r"\bpass\s+for\s+now\b|\bstay\s+with\s+(?:our|the)\s+current\b[^.]{0,30}\bfor\s+now\b",
    # the customer will come back on a condition: "I'll let you know if our situation changes"
    # ("We will come back to the market if and when it is reinstated": a purchase tendered again, maybe never)
    # (Indian English "we will revert as and when the management takes a decision"; "I will inform you when it start
    # again": the project resumed is the customer's condition)
    "we_will_call": r"\b(?:I|we)(?:'ll| will| shall)\s+(?:reach out|get in touch|"
                    r"be in touch|let you know|contact you|come back to you|get back to you|(?:come|go)\s+back\s+to\s+"
                    r"(?:the\s+)?market|revert(?:\s+back)?|inform\s+you|update\s+you)\b[^.]{0,20}\b(?:(?:if|as)\s+and\s+when\b|"
                    r"(?:when|once|as\s+soon\s+as)\s+(?:it|things|work|the\s+(?:\w+\s+)?(?:project|work|works|purchase|plan))\s+"
                    r"(?:re-?)?(?:starts?|begins?|resumes?|continues?)\s+again\b|(?:when|once|as\s+soon\s+as)\s+(?:it|things|work|"
                    r"the\s+(?:\w+\s+)?(?:project|work|works|purchase|plan))\s+(?:restarts?|resumes?)\b|(?:when|"
                    r"if|once)\s+(?:we're|we are|I'm|I am)\s+ready|"
                    r"(?:if|when|once)\s+(?:we|I)\s+(?:decide|want\s+to)|"
                    r"if\s+(?:\w+\s+){0,3}(?:changes?|improves?))",
    # "not ready to commit yet", "we won't be proceeding"; not "not ready to sign today, but can we meet Wednesday"
    "not_ready": r"\bnot\s+(?:ready|going)\s+to\s+(?:make\s+a\s+decision|move\s+forward|proceed|go\s+ahead|commit|decide|buy|"
                 r"switch|change)\b|\bnot\s+(?:quite\s+)?ready\s+(?:yet|just\s+yet)\b"
                 r"|(?:\bnot|n't)\s+(?:be\s+)?(?:proceeding|moving\s+(?:ahead|forward)|going\s+ahead)\b"
                 r"|\bforeseeable\s+future\b|\bother\s+priorities\b",
    "not_interested": r"\bnot\s+interested\b(?!\s+in\b)",
    # a competitor won: "we decided to go with another supplier", "we chose a different vendor"
    "went_elsewhere": r"\b(?:go|goes|going|gone|went|decided\s+to\s+go|chose|choose|chosen|selected|picked|opted|signed|"
                      r"awarded\s+(?:it|the\s+\w+))\s+(?:with\s+|for\s+|to\s+)?(?:a\s+|an\s+)?(?:another|the\s+other|"
                      r"different|alternative|competing|other|local|cheaper|in-house)\s+(?:\w+\s+)?(?:supplier|vendor|provider|"
                      r"company|firm|broker|lender|agency|solution|option|contractor|partner|quote|offer|bank|insurer)s?\b|"
                      # a supplier named by where it is: "decided to go with a Christchurch supplier"
                      r"\b(?:decided\s+to\s+go|(?:have|'ve|has)\s+gone|went|chose|opted\s+to\s+go)\s+with\s+(?:a|an)\s+"
                      r"(?-i:[A-Z])[\w-]+\s+(?:supplier|vendor|provider|company|firm|distributor|contractor)\b|"
                      # the supplier already in place kept: "we've gone with the incumbent for this cycle"
                      r"\b(?:gone|went|decided\s+to\s+go|chose|chosen|opted|stay(?:ed|ing)?|stuck)\s+with\s+(?:the|our)\s+"
                      r"incumbent\b|"
                      # the non-native "take": "we decided to take other supplier for this season"
                      r"\b(?:decided\s+to\s+take|took|(?:have|'ve|has)\s+taken)\s+(?:a\s+|an\s+)?(?:another|other|different)\s+"
                      r"(?:\w+\s+)?(?:supplier|vendor|provider|company|firm|contractor|agency)s?\b",
    # ("shelving" the noun is goods: "the whole shelving plan", "warehouse shelving")
    "shelving": r"\bshelv(?:e|ed)\b|\bshelving\s+(?:it|this|that|the\s+(?:project|idea|plan|deal|purchase|order|decision))\b|"
                r"\b(?:are|is|we're|'re)\s+shelving\b|\bmothball\w*\b|"
                # "the board has tabled the decision indefinitely", "it's off the table for this year"
                r"\b(?:tabled|parked|deferred|postponed|put\s+off|paused|tabling|parking|deferring|postponing|putting\s+off|"
                r"pausing)\b[^.]{0,30}\bindefinitely\b|"
                # "all non-urgent capital is parked for the rest of this school year", "deferred for the rest of the term"
                r"\b(?:parked|deferred|postponed|paused|frozen|shelved|on\s+hold|on\s+ice)\s+for\s+the\s+rest\s+of\s+"
                r"(?:this|the)\s+(?:school\s+|fiscal\s+|financial\s+|academic\s+|budget\s+)?(?:year|term|quarter|season|semester)\b|\boff\s+the\s+table\s+"
                r"(?:for\s+(?:now|this\s+year|the\s+(?:moment|time\s+being|foreseeable\s+future|rest\s+of\s+the\s+year))|until)\b",
    # "kept this proposal in abeyance till further orders", "presently we are not in a position to proceed with the order",
    # "For now we stop this topic", "the answer for this year is no"
    "abeyance": r"\bin\s+abeyance\b|\b(?:until|till)\s+further\s+orders\b|"
                r"\bnot\s+in\s+(?:a\s+)?position\s+to\s+(?:proceed|go\s+ahead|move\s+forward|commit|place\s+(?:the|an|any)\s+order|sign|"
                r"buy|purchase)\b|\bfor\s+now\s+(?:we|I)\s+(?:stop|pause|close|end|drop|park)\b|"
                r"\b(?:the\s+)?answer\s+for\s+(?:this|the)\s+(?:year|quarter|season|round|cycle)\s+is\s+(?:a\s+)?no\b|"
                r"\b(?:it'?s|it\s+is)\s+a\s+no\s+for\s+(?:now|this\s+(?:year|quarter|round|cycle))\b",
    # the decision held with no end: "we're going to sit on it for now", "I'll put this aside for the time being" ("sit on
    # it for a few days" is time to think: wish_quiet)
    "sit_on_now": r"\b(?:sit|sitting|sat)\s+on\s+(?:it|this|that|the\s+(?:idea|proposal|offer|quote|decision))\s+for\s+"
                  r"(?:now|the\s+time\s+being)\b|\b(?:put|putting|set|setting)\s+(?:it|this|that|the\s+(?:idea|proposal|"
                  r"offer|quote|decision))\s+(?:aside|to\s+one\s+side)\s+for\s+(?:now|the\s+time\s+being)\b",
    "pass_now": r"\bpass\s+(?:for\s+now|for\s+the\s+time\s+being|this\s+time|on\s+(?:this|it)(?:\s+for\s+now)?)\b|"
                # "we'll sit this round out", "we'll give it a miss this time"
                r"\bsit\s+(?:this|it)\s+(?:\w+\s+)?out\b|\bgive\s+(?:it|this)\s+a\s+miss\b|"
                # the thing offered skipped for a season: "we'll give the charter a miss this summer" (not one event
                # skipped "this time" or "this week": "give the Friday webinar a miss this week")
                r"\bgiv(?:e|ing)\s+(?:the|our|my|that)\s+(?:[\w-]+\s+){1,3}?a\s+miss\s+(?:this|for\s+this|for\s+the)\s+"
                r"(?:year|season|summer|winter|spring|autumn|fall|quarter)\b",
    # a renewal declined for a season: "This season we will not renew the hospitality box", "we won't be renewing this
    # year" (without the season it is asked: wish_asked; not the contract with someone else: "we won't renew with Acme")
    "not_renew": rf"\b(?:this|for\s+this)\s+(?:season|year)\b[^.]{{0,40}}?{NOT_RENEW}|"
                 rf"{NOT_RENEW}[^.]{{0,40}}?\b(?:this|for\s+this|for\s+the)\s+(?:season|year|round|cycle)\b",
    "turned_down": r"\bturn(?:ed|ing)?\s+(?:the|this|our|your)\s+(?:\w+\s+)?(?:proposal|offer|quote|bid)\s+down\b|"
                   r"\b(?:turned|turning)\s+down\s+(?:the|this|your)\s+(?:\w+\s+)?(?:proposal|offer|quote|bid)\b",
    "no_need_chase": r"\bno\s+need\s+to\s+(?:keep\s+)?(?:follow(?:ing)?\s+up|chas(?:e|ing)|check(?:ing)?\s+in|"
                     r"reach(?:ing)?\s+out)\b",
    "will_pass": r"\b(?:we'll|we\s+will|I'll|I\s+will|going\s+to|gonna|have\s+to|must|'ll\s+have\s+to)\s+(?:have\s+to\s+)?"
                 r"(?:respectfully\s+|politely\s+)?pass\b(?!\s+(?:it|this|that|them|the|on\s+to|along|by)|"
                 # something handed on: "I'll pass your comments along to him", "I'll pass Jo's note on to the team"
                 r"\s+(?:your|his|her|their|our|my|these|those|[\w-]+'s)\b)",
    # the customer's project called off for now: "the coffee machine project is cancelled for now"
    "called_off_now": r"\b(?:project|purchase|plan|deal|idea|upgrade|rollout|investment|initiative|tender|everything)\s+"
                      r"(?:is|has\s+been|was|got|are|have\s+been)\s+(?:\w+\s+)?(?:cancell?ed|called\s+off|stopped|halted|"
                      r"paused|suspended|frozen|dropped)\s+for\s+(?:now|the\s+time\s+being)\b",
    "close_file": r"\bclose\s+(?:my|our|the)\s+(?:file|account|application|enquiry|inquiry|opportunity)\b",
}
_PAUSED_GUARDS: dict[str, str] = {
    # a delivery, visit or meeting named before it is put off to no day set: "the delivery is postponed indefinitely"
    "moved_unset": rf"{_MOVED_THING}[^.;!?\n]{{0,60}}?(?:\b{_POSTPONE}[^.;!?\n]{{0,60}}?{_UNSET_DATE}|"
                   rf"{_UNSET_DATE}[^.;!?\n]{{0,30}}?\b{_POSTPONE})",
    # "not right now, but send the quote tomorrow": the customer still wants something now
    "contrast_request": r"\b(?:but|because|though)\b[^.]{0,40}\b(?:send|call|email|let'?s|quote|do|come)\b",
    # "if you call and I don't respond for a while": a condition on the rep, not the customer's pause
    "request": r"\b(?:can|could|would)\s+you\b|\bif\s+(?:possible|the|you)\b",
    "harmless": r"\bnot\s+urgent\b|\bnot\s+available\b|\bnot\s+(?:sure|know|"
                r"clear|certain)\b|\bnot\s+a\s+problem\b|\bno\s+problem\b|"
                r"\bnot\s+in\s+a\s+rush\b|\bno\s+rush\b|\bready\s+to\s+(?:sign|move forward|go)\b",
    # a thing not ready is a reason, not the customer's pause ("The new packaging is not ready yet"; not "we")
    "thing_not_ready": r"\b(?:the|this|that|these|those|its|our|my)\s+(?!(?:\w+\s+){0,2}?(?:team|board|boss|management|"
                       r"director|manager|partner|people|staff|committee)s?\b)(?:[\w-]+\s+){1,3}?(?:is|are)\s+(?:still\s+)?"
                       r"not\s+(?:quite\s+)?ready\s+(?:just\s+)?yet\b",
    # how a thing works, not the customer's wish: "it didn't actually work at all at this time", "X is not currently
    # being used in our build", "doesn't work for any engine currently available" (still a pause: "doesn't work for us")
    "thing_works": r"(?:\bnot|n't)\s+(?:\w+\s+){0,2}?(?:work(?:s|ing|ed)?\s+(?:at\s+all|for\s+(?:any|all|the|every)\b)|"
                   r"being\s+(?:used|supported|maintained|built|shipped)\b)",
    "smalltalk": r"\bnot\s+doing\s+anything\s+special\b|\bdoesn'?t\s+look\b|\bany\s+questions\b",
    "not_now_question": r"\?\s*$",
    "third_party": r"^\W*(?:our|my|his|her|their)\s+\w+\s+(?:is|are|isn'?t|aren'?t|was|will|won'?t)\b",
    # a colleague's role changed, not the customer's pause: "she's moved over to the factory office and won't be
    # handling our accounts now", "he won't be looking after the account any more"
    "role_moved": r"\b(?:he|she)(?:'s|\s+(?:has|is|was|will|won'?t|isn'?t))?\s+(?:\w+\s+){0,2}?(?:moved|left|"
                  r"transferred|retired|handling|dealing\s+with|looking\s+after|managing|responsible\s+for|"
                  r"in\s+charge\s+of|covering)\b",
    "footer": r"\bclick\b|\$LINK|https?://|\bif\s+you(?:'re|\s+are)\s+not\b",
    # the hold itself denied: "we're not putting the project on hold", "we won't be placing it on hold"
    "hold_denied": r"\b(?:not|n't|never|no\s+longer)\s+(?:\w+\s+){0,2}?(?:put(?:ting)?|plac(?:e|ed|ing))\s+"
                   r"(?:\w+\s+){0,4}?on\s+hold\b(?![^.]*\bon\s+hold\b)",
    "send_later": r"(?<!don't )(?<!not )\bsend\s+(?:it|them|the)\b",
    # "now's not a good time, call me at 3": a moment, not a pause
    "call_later": r"\b(?:call|ring|try)\s+me\s+(?:back\s+)?(?:later|tomorrow|at|in\s+an?\s+|this|after)\b",
    # a hold on goods, a pause that is over, a ticket closed: "put order #3301 on hold", "on hold in the spring but
    # it's back on now", "no need to follow up on the support ticket"
    # (goods in transit held up: "the vessel carrying your spares is on hold at anchorage", "the containers are on hold")
    "goods_on_hold": r"\b(?:orders?|deliver\w*|shipments?|#\d+|ticket|invoice|payment|install\w*|vessels?|ships?|"
                     r"cargo|consignments?|containers?|pallets?|spares|goods|freight)\b[^.]{0,30}\b(?:on\s+(?:hold|pause)|"
                     r"follow\s+up)\b|\b(?:put|had)\s+[^.]{0,20}\bon\s+hold\b[^.]{0,40}\bbut\b|\bbut\s+this\s+year\b|"
                     r"\b(?:already\s+budgeted|good\s+to\s+proceed)\b",
    # one settled item needs no chasing, the customer does: "it's paid, so no need to follow up on that one"
    "settled_item": r"\bno\s+need\s+to\s+(?:keep\s+)?(?:follow(?:ing)?\s+up|chas\w+|check\w*\s+in)\s+(?:on|about|regarding)\s+"
                    r"(?:that\s+one|this\s+one|(?:the|that|this|my|our)\s+(?:\w+\s+)?(?:invoice|bill|payment|order|delivery|"
                    r"shipment|ticket|query|question|request|statement|refund|return|claim))\b|"
                    r"\b(?:is|was|are|were|has\s+been|have\s+been|'s)\s+(?:already\s+|now\s+)?(?:paid|settled|resolved|sorted)\b",
    # a partial "no" that keeps the rest of the deal alive: "not the patio this year, only the kitchen"
    # someone else's "no" passed on beside the customer's own "go on": "they're not interested, but the other sites are,
    # so please carry on with us"
    "others_no_we_go_on": r"\b(?:they|he|she)(?:'re|'s|\s+are|\s+is)\s+not\s+interested\b[^.]{0,80}\bbut\b|"
                          r"\b(?:carry\s+on|continue|keep\s+going)\s+with\s+(?:us|me)\b",
    # the deal goes on after all: "but for now please go ahead with the 25 seats", "this got approved! PO to follow",
    # "ignore my 'not this year' below", "The budget freeze was lifted this morning", "so please remove that line from
    # the quote and resend"
    "goes_on": r"\bplease\s+go\s+ahead\s+with\b|\bgot\s+approved\b|\bPO\s+to\s+follow\b|\bignore\s+my\b|"
               r"\bwe'?re\s+back\s+on\b|\b(?:freeze|hold)\s+(?:was|has\s+been|is|got)\s+lifted\b|"
               r"\bremove\s+(?:that|this|the)\s+(?:line|item)\s+from\s+the\s+quote\b",
    # someone else's decision retold: "They've decided against it, so let's plan the rollout for our own two sites"
    "theirs": r"^\W*(?:they|he|she)(?:'ve|\s+have|\s+has|'s)?\s+decided\b",
    # someone else's words in quotation marks: 'Our logistics partner said "we're not interested, please don't contact
    # us again"' is their no, passed on, not the customer's
    "retold": r"\b(?:said|says|told\s+(?:us|me|him|her|them|your\s+\w+)|wrote|replied|answered)\s*[:,]?\s*[\"“'‘„«]",
    # the writer's side's "no" told to someone else, retold: "Linda told him flat out we're not interested" (not
    # "I told your colleague we're not interested": the rep's side was told)
    "told_another": r"\b(?:told|tell|telling)\s+(?:him|her|them|the\s+(?:\w+\s+)?(?:rep|salesman|saleswoman|salesperson|"
                    r"caller|guy|man|woman|lady|agent|vendor|supplier))\b[^.;]{0,40}?\bnot\s+interested\b",
    # a renewal refused on terms, still open: "we won't renew unless the price comes down", "at that price"
    # ... or one ended for good, or given notice of under a contract ("will not renew ... when it expires, as we are
    # relocating": the rest of the business goes on)
    "renew_if": r"\brenew\w*\b[^.]{0,60}\b(?:unless|if|at\s+(?:that|this|those|these)\s+(?:price|rate)s?|automatically|"
                r"anymore|any\s+more|never\s+again|expir\w*)\b|\b(?:notice|clause)\b[^.]{0,80}\brenew",
    "partial": r",\s*(?:only|just)\s+(?:the|our)\b|\bbut\s+(?:yes\b|(?:(?:we|I)(?:'d|\s+would)?\s+)?(?:still\s+)?(?:want|"
               r"like)\s+to\s+(?:go\s+ahead|proceed|keep)\b)",
}


# a third person's "not interested" ("They are not interested anymore", "he's not interested")
_THEIR_NO = re.compile(r"\b(?:they|he|she)(?:'re|'s|\s+are|\s+is|\s+were|\s+was)\s+(?:\w+\s+)?not\s+interested\b", re.I)
# The pause rules (_PAUSED_PATTERNS), compiled.
PAUSED_RULES = compiled(_PAUSED_PATTERNS)
_PAUSED_G = compiled(_PAUSED_GUARDS)


def may_pause_abroad(text: str) -> bool:
    """Whether a whole text may hold a "not now" paused_wish reads in another language (its rule has no needles)."""
    return may_say_not_now_abroad(text) or may_say_not_now_english(text) or may_go_elsewhere(text) or may_freeze(text)


# "That's when things calm down": the time said when the writer is easy to reach, no wait for an event
_THATS_WHEN = re.compile(r"\b(?:that|this|which)(?:['’]s|\s+is)\s+(?:usually\s+|normally\s+)?$", re.I)
# one thing passed on, not the offer ("We'll pass on the stretch wrappers"), while the writer asks for a quote of another
_PASS_ON_ITEM = re.compile(r"\s+on\s+(?:the|those|these)\s+(?!(?:\w+\s+)?(?:offer|proposal|quote|quotation|deal|idea|"
                           r"project|opportunity|whole|lot|rest|service|contract|renewal)s?\b)\w", re.I)


def _not_a_pause(name: str, m: re.Match, sentence: str, text: str) -> bool:
    """Whether the pause pattern ``name`` matched in ``m`` reads a time or one item passed on, not a pause."""
    if name == "far_condition" and _THATS_WHEN.search(sentence[:m.start()]):
        return True
    if name == "will_pass" and _PASS_ON_ITEM.match(sentence, m.end()):
        from followup.text.wish_reported import still_wanted
        from followup.text.wish_scope import own_text

        return still_wanted(own_text(text))
    return False


def paused_wish(sentence: str, offset: int, text: str) -> Wish | None:
    """A pause ("not right now", "maybe next year") in one sentence, if any."""
    for name, rx in live(PAUSED_RULES, sentence):  # only the patterns whose needles the sentence holds
        m = rx.search(sentence)
        if m:
            # ("please stop the Thursday laundry collection for that wing until further notice": a round, not the talk)
            if guarded(sentence, _PAUSED_G) or round_stopped(sentence):
                return None
            if _not_a_pause(name, m, sentence, text):
                continue
            # "They are not interested anymore in the tank": someone else's no, which may be the writer's side's: asked
            theirs = name == "not_interested" and _THEIR_NO.search(sentence[: m.end()]) is not None
            return Wish(PAUSED, text[offset + m.start(): offset + m.end()], certain=not theirs)
    # "das Projekt liegt bei uns vorerst auf Eis", "de momento no vamos a seguir adelante": the whole sentence is the quote
    # ("For the moment we don't go forward with this project": the same in English, its guards asked as well)
    # ("we went with a competitor", "abbiamo scelto un altro fornitore": the deal gone elsewhere, wish_elsewhere)
    if held_for_now_abroad(sentence) or not_now_abroad(sentence) \
            or ((not_now_english(sentence) or went_elsewhere(sentence) or frozen_buying(sentence))
                and not guarded(sentence, _PAUSED_G)):
        return Wish(PAUSED, sentence_quote(sentence, offset, text))
    return None


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

"""Possible opt-outs that are not the customer's own: contact refused to other people or lines while the customer is
reached another way ("please don't call the front desk, my direct line is ..."), an old or shared address unsubscribed
while mail to the customer goes on, someone else's words retold ("one of our members wrote: 'please remove me'"),
the opt-out features of a product ("patients can reply STOP to opt out"), paperwork about data, and an earlier wish
taken back with a go-ahead. Each needs its whole frame; a bare refusal stays a question (followup.text.wishes)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_reported import promises, reports_someone, still_wanted

# other people or lines of the customer's business, refused to the rep
_THEIRS = (r"(?:(?:the|our|my|any\s+of\s+(?:our|the))\s+(?:[\w-]+\s+){0,2}?(?:front\s+desk|reception(?:ists?)?|switchboard|"
           r"main\s+(?:line|number)|(?:office|reception|general)\s+(?:line|number)|staff|employees|engineers|technicians|"
           r"tenants|customers|clients|patients|members|residents|managers|drivers|team\s+members|warehouse|franchisees|"
           r"store\s+managers|site\s+team)\b|individual\s+\w+\s+directly\b)")
_REFUSED_THEIRS = re.compile(rf"\b(?:don'?t|do\s+not|never|not\s+to|please\s+stop)\s+(?:\w+\s+)?(?:contact|call|ring|phone|"
                             rf"e-?mail|text|approach)\w*\s+{_THEIRS}", re.I)
# ... and the customer reached another way: through them, on their own line, instead
_REDIRECT = re.compile(r"\b(?:go(?:es)?|come|should\s+go|route\w*|run)\s+(?:everything\s+|it\s+)?through\s+(?:me|us|our|my)\b|"
                       r"\b(?:route|direct|send|address|pass)\s+(?:everything|all\s+\w+|it\s+all|them|any\w*)\s+(?:\w+\s+)?"
                       r"(?:through|to|via)\s+(?:me|us|our|my)\b|\bthrough\s+me\b|"
                       r"\b(?:my|the)\s+(?:direct\s+line|mobile|cell|extension|own\s+number)\b|"
                       r"\b(?:use|call|ring|try)\s+(?:my|the|our)\s+(?:[\w-]+\s+){0,2}?(?:number|line|mobile|cell)\b|\binstead\b",
                       re.I)
# an address or list entry other than the customer's, unsubscribed or removed
_NOT_MY_ADDRESS = re.compile(r"\b(?:unsubscrib\w*|remov\w*|take|drop)\s+(?:our|the|this|that|my)\s+(?:[\w.+-]*@[\w.-]*\s+)?"
                             r"(?:(?:old|shared|generic|former|general|team|group|info|accounts?|ops|sales|support|"
                             r"[\w.+-]*@[\w.-]*)\s+)+(?:alias|mailbox|inbox|address|account)\b|"
                             r"\bremove\s+me\s+from\s+the\s+cc\b", re.I)
# mail to the customer goes on, or is welcome again
_KEEP = re.compile(r"\bkeep\s+(?:sending|me\s+on|us\s+on|me\s+in|hearing)\b|\b(?:my|our)\s+own\s+address\s+is\s+fine\b|"
                   r"\b(?:use|add)\s+(?:this|my|the\s+new|our\s+new)\s+(?:one|address|e-?mail)?\b|"
                   r"\bcontinues?\s+as\s+normal\b|\bstill\s+(?:very\s+much\s+)?(?:interested|the\s+one)\b|"
                   r"\bhappy\s+to\s+(?:keep\s+)?hear(?:ing)?\s+from\s+you\b|\bmy\s+address\s+instead\b|"
                   r"\beverything\s+else\b[^.]{0,40}\b(?:is|stays|remains)\s+(?:still\s+)?(?:on|as|fine|unchanged|going)\b", re.I)
# someone else's words retold: "one of our patients wrote to us", "our distributor forwarded ... with this note:"
_REPORTED = re.compile(r"\b(?:one\s+of\s+(?:our|my)\s+(?:own\s+)?|(?:our|my)\s+)(?:customers?|clients?|patients?|members?|"
                       r"tenants?|users?|franchisees?|distributors?|subscribers?|residents?|suppliers?)\b[^.]{0,80}?"
                       r"\b(?:wrote|replied|said|sent|forwarded|told|emailed|responded|asked\s+us)\b", re.I)
REPORTED_REACH_CHARS = 150  # retold words start this close after who said them
# one of the writer's own clients (or their family) whose wish about their own contact the writer passes on: "one of
# our patients asked to stop getting the reminder texts", "la familia de uno de nuestros residentes ya no quiere recibir
# llamadas", "einer unserer Bewohner möchte keine Anrufe mehr": theirs, not the writer's (unless the writer is the
# one refused: "one of our patients complained, so stop calling us")
_CLIENT_NOUN = (r"(?:patients?|residents?|clients?|customers?|tenants?|guests?|students?|pupils?|members?|pacientes|residentes|"
                r"clientes|socios|inquilinos|usuarios|alumnos|hu[ée]spedes|Patient(?:en|in)?|Bewohner(?:in|n)?|Kunden|Mitglieder[n]?|"
                r"Mieter(?:n)?|r[ée]sident(?:e|s)?|membres|locataires|pazienti|ospiti|clienti|soci|inquilini|utentes|"
                r"pati[ëe]nten|bewoners|klanten|leden|huurders)")
_CLIENTS_OWN = re.compile(
    rf"(?<!\bas\s)(?<!\bcomo\s)(?<!\bals\s)(?<!\bcomme\s)\b(?:one\s+of\s+(?:our|my)|an?|(?:uno|una)\s+de\s+(?:nuestr[oa]s|mis)|(?:un|una)|einer?\s+unserer|une?\s+de\s+nos|"
    rf"(?:uno|una)\s+de(?:i|lle)\s+nostr[ie]|(?:um|uma)\s+d[oa]s\s+noss[oa]s|(?:één|een)\s+van\s+onze)\s+{_CLIENT_NOUN}\b"
    r"(?:(?!\b(?:I|we|yo|ich|wir|je|io|eu|ik)\b)[^.;:!?]){0,100}?\b(?:asked|wants?|requested|would\s+like|no\s+(?:longer\s+)?wants?|doesn['’]t\s+want|quiere|pidi[óo]|"
    r"ha\s+pedido|solicit[óo]|m(?:ö|oe)chte|will|bat|hat\s+gebeten|veut|souhaite|a\s+demand[ée]|vuole|ha\s+chiesto|quer|"
    r"pediu|wil|vroeg|heeft\s+gevraagd)\b", re.I)
# the writer the one refused contact: then the opt-out is the writer's own whoever else is named
_WRITER_REFUSED = re.compile(r"\b(?:call|ring|phone|e-?mail|contact|text|write\s+to|bother)\w*\s+(?:me|us)\b|"
                             r"\b(?:llam|escrib|contact|molest)\w*(?:me|nos)\b|\bno\s+(?:me|nos)\s+(?:llam|escrib|"
                             r"contact|molest|mand|envi)\w*|\b(?:mich|uns)\s+(?:\w+\s+)?(?:anzurufen|anrufen|kontaktieren)\b",
                             re.I)
_QUOTE_MARK = re.compile(r"[\"“”„«»]|(?:^|\s)'|:\s*$")
_THEM = re.compile(r"\basked\s+(?:us|me)\s+to\s+(?:stop|remove|unsubscribe)\b[^.]{0,40}\b(?:them|him|her|their)\b", re.I)
# the opt-out of a product's users, or data paperwork: asked of the product, not of the rep
_FEATURE = re.compile(
    r"\b(?:opt[- ]?outs?|unsubscribe|stop)\s+(?:rate|feature|setting|option|toggle|button|keyword)\b|"
    r"\b(?:patients?|users?|customers?|clients?|members?|subscribers?|recipients?|tenants?|guests)\s+(?:who\s+|can\s+(?:now\s+)?|"
    r"to\s+)?(?:\w+\s+){0,3}?(?:opt[- ]?out|unsubscribe|reply\s+stop|stop\s+(?:\w+\s+)?(?:reminders?|texts?|notifications?))\b|"
    r"\btagged\s+[\"“']?do\s+not\s+contact|\b(?:clause|contract|agreement|policy)\s+(?:says|states|requires)\b", re.I)
# data paperwork anywhere in the message: a GDPR word there is about it ("Under GDPR we need this on file")
_PAPERWORK = re.compile(r"\bdata\s+protection\s+officer\b|\bdata\s+processing\s+agreement\b|\bsub-?processors?\b|"
                        r"\b(?:her|his)\s+(?:user\s+)?account\b", re.I)
# mail welcome again, in so many words, or the writer taking over from the one removed ("I'm your contact now")
_WELCOME = re.compile(r"\bhappy\s+to\s+hear\s+from\s+you\s+again\b|\bI(?:'m|\s+am)\s+(?:your|the)\s+(?:new\s+|main\s+)?"
                      r"contact\b|\b(?:start|feel\s+free\s+to)\s+(?:sending|contacting|"
                      r"e-?mailing)\s+(?:me|us)\s+again\b", re.I)
# a thing stopped, not mail: "stop the direct debit", "stop the automatic top-up", "stop the A/B test"
_THING = re.compile(r"\bstop\s+(?:the|our|my|this|that)\s+(?:[\w/-]+\s+){0,2}?(?:delivery|deliveries|shipment|order|"
                    r"direct\s+debit|top-?up|payment|test|job|export|sync|import|charge|billing|auto-?renewal)\b|"
                    # papers sent, not mail to the customer: "stop sending the invoices to my old address"
                    r"\bstop\s+sending\s+(?:the|my|our)\s+(?:\w+\s+)?(?:invoices?|statements?|receipts?|reports?|orders?|"
                    r"deliveries|parcels?)\b", re.I)
# an earlier wish taken back with a go-ahead: "Sorry for my earlier message asking you to leave me alone - please go
# ahead and send the contract"
_TAKEN_BACK = re.compile(r"\b(?:scrap|ignore|disregard|forget|sorry\s+for)\s+(?:what\s+I\s+(?:said|wrote)|my\s+(?:earlier|"
                         r"previous|last)\s+(?:message|note|e-?mail|reply))", re.I)
_GO_AHEAD = re.compile(r"\bgo\s+ahead\b|\bready\s+to\s+(?:move|go|start|sign)\b|\bno\s+need\s+to\s+wait\b|"
                       r"\blet'?s\s+(?:pick\s+(?:this|it)\s+up|get\s+going|go)\b|\bsend\s+(?:me\s+|us\s+)?the\s+(?:final\s+)?contract\b",
                       re.I)


# the mail below is someone else's: "One of our members wrote in, see below", "see below from the supplier"
_BELOW_FROM = re.compile(r"\bbelow\s+from\b|\bfrom\s+(?:the|our|a)\s+(?:supplier|vendor|customer|client|member|tenant|"
                         r"patient|distributor)\b", re.I)


def someone_elses_below(new_text: str) -> bool:
    """Whether the new text says the quoted mail below is someone else's (a "see below" then points at no own wish)."""
    return bool(_REPORTED.search(new_text) or _BELOW_FROM.search(new_text))


def taken_back_with_go_ahead(own: str) -> bool:
    """Whether the customer's own text takes back an earlier wish and asks to go on."""
    return bool(_TAKEN_BACK.search(own) and _GO_AHEAD.search(own))


def not_the_customers(sentence: str, own: str) -> bool:
    """Whether a possible opt-out read in ``sentence`` is not the customer's own, given the customer's own text."""
    if _FEATURE.search(sentence) or _THING.search(sentence) or _THEM.search(sentence):
        return True
    if _CLIENTS_OWN.search(sentence) and not _WRITER_REFUSED.search(sentence):
        return True  # a client's own wish about their own contact, passed on
    if _REFUSED_THEIRS.search(sentence) and _REDIRECT.search(own):
        return True
    if reports_someone(sentence) and still_wanted(own) or promises(sentence):
        return True  # "X told me they want no calls ... send me an offer", "our staff will not contact you again"
    if (_NOT_MY_ADDRESS.search(sentence) or _REPORTED.search(own)) and _KEEP.search(own):
        return True
    reported = _REPORTED.search(own)
    at = own.find(sentence.strip()) if reported else -1
    end = at + len(sentence.strip())
    if reported and (reported.start() <= at <= reported.end() + REPORTED_REACH_CHARS or at <= reported.start() < end) \
            and _QUOTE_MARK.search(own[reported.start(): end]):
        return True  # the words read sit in the retold words, right after who said them
    return taken_back_with_go_ahead(own) or bool(_WELCOME.search(own) or _PAPERWORK.search(own))


def retold_or_taken_back(sentence: str, own: str) -> bool:
    """Whether a possible wait or pause read in ``sentence`` sits in someone else's retold words or in a message that
    takes an earlier wish back with a go-ahead ("Scrap what I said about a few weeks ... we're ready to move now")."""
    reported = _REPORTED.search(own)
    at = own.find(sentence.strip()) if reported else -1
    end = at + len(sentence.strip())
    if reported and at <= reported.start() < end and _QUOTE_MARK.search(own[reported.start(): end]):
        return True
    return taken_back_with_go_ahead(own)


# time that is no wait for the rep: notice asked ("give us a few days' notice", "een paar dagen van tevoren", "im
# Voraus"), something given that is no time ("give me a ring", "give me a quote"), "let me know by Friday" ("geben Sie
# mir bis Freitag Bescheid"), more time refused ("no need to give us more time"), a call proposed ("can we set up a
# call next week?"), and a colleague away with the customer standing in ("Nadia is on leave until the 23rd, so I'll be
# your contact")
_NO_WAIT = re.compile(
    r"\b(?:days?|weeks?|hours?)'?\s+notice\b|\bnotice\s+of\s+(?:a\s+few|\w+)\s+days\b|\bgive\s+(?:me|us)\s+(?:a|an)\s+(?:ring|call|bell|buzz|shout|quote|price|estimate|heads-?up|update|breakdown)\b|"
    r"\bbis\s+(?:\w+\s+){1,3}bescheid\b|\bno\s+need\s+to\s+(?:give|allow)\s+(?:me|us)\b|"
    r"\b(?:can|could|shall)\s+we\s+(?:set\s+up|schedule|book|arrange|have|do)\s+(?:a|the)\s+(?:quick\s+)?(?:call|meeting|"
    r"demo|chat)\b|"
    # a visit offered ("stop by the office next week", "kom gerust even langs", "passi pure a trovarci"), goods held or
    # sent ("hold the shipment until the 5th", "enviem a encomenda antes disso"), a rollout planned
    r"\b(?:stop|drop|come|pop|swing)\s+(?:by|round|over)\b|\bkom\s+(?:gerust\s+)?(?:even\s+)?langs\b|\bvorbei\w*|"
    r"\bpasse[rz]?\s+(?:nous\s+)?voir\b|\bpassi\s+(?:pure\s+)?a\s+trovarci\b|\bvenga\s+a\s+trovarci\b|"
    r"\b(?:hold|holding|stop|pause|delay|postpone)\s+(?:the|our|my|this|that|tomorrow'?s)\s+(?:[\w-]+\s+){0,2}?(?:shipment|"
    r"delivery|deliveries|order|parcel|tractor|machine|van|truck)\b|"
    r"\b(?:send|ship|deliver|enviem|envi[ae]n|envoyez|liefern|leveren|consegn\w*)\b[^.]{0,30}\b(?:encomenda|pedido|commande|"
    r"bestelling|bestellung|ordine|order|shipment|goods)\b|\broll(?:ing)?\s+(?:it\s+|this\s+)?out\b|"
    # the customer's office open until a day, said with a visit ("We're in till the 23rd"): the wait would start after
    r"\b(?:we|I)(?:['’]re|['’]m|\s+are|\s+am)\s+(?:still\s+)?(?:in|here|around|open|in\s+the\s+office)\s+(?:till|until|til)\b|"
    r"\b(?:wir\s+sind|ich\s+bin)\s+(?:noch\s+)?bis\s+(?:\w+\s+){1,3}?(?:im\s+b[üu]ro|vor\s+ort)\b|"
    r"\b(?:nous\s+sommes|je\s+suis)\s+(?:encore\s+)?(?:là|au\s+bureau)\s+jusqu['’]|"
    r"\b(?:estamos|estoy)\s+(?:todav[íi]a\s+)?(?:en\s+la\s+oficina|aqu[íi])\s+hasta\b|"
    # the business's own opening days told, nothing asked ("Over the holidays we're open 9-1, closed on the 25th", "We're
    # closed till the 23rd, so the order goes out on the 24th"; not "We're closed till the 23rd, nothing before then please")
    r"\b(?:we|I)(?:['’]re|\s+are|['’]ll\s+be|\s+will\s+be)\s+(?:\w+\s+)?(?:open|closed)\b(?![^.]*\b(?:please|kindly|nothing|"
    r"anything|don['’]?t|do\s+not|no\s+(?:e-?mails?|calls?|mail|messages?|chasing)|(?:before|until|till|after)\s+then|hold|"
    r"wait|talk|speak|call|contact|reach|chase|follow|touch|get\s+back|come\s+back|e-?mail|write|ring)\b)|"
    # a quiet time offered for the rep's work ("we'll be quiet over Christmas so it's a good time to do the migration")
    r"\b(?:it['’]?s|it\s+is|that['’]?s|that\s+is|would\s+be|will\s+be|so)\s+(?:a|an|the)\s+(?:good|great|ideal|"
    r"perfect)\s+(?:time|moment|window|opportunity)\s+(?:to|for)\b(?!\s+(?:us\s+to\s+)?(?:re)?(?:talk|call|connect|touch|"
    r"chat|speak|catch|follow|contact|reach|discuss|hear|pick|visit|circle|get|come|ring|meet|email|e-mail|a\s+call))|"
    r"\bist\s+(?:ein|der)\s+(?:gute[rn]?|ideale[rn]?)\s+(?:Zeitpunkt|Moment)\b|\best\s+(?:le|un)\s+(?:bon|moment\s+id[ée]al)|\bes\s+(?:el|un)\s+(?:buen|momento\s+ideal)\b|"
    r"\b[èe]\s+(?:il|un)\s+(?:buon|momento\s+ideale)\b|\b[ée]\s+(?:o|um)\s+(?:bom|momento\s+ideal)\b|"
    r"\bis\s+(?:een|het)\s+(?:goed|ideaal)\s+moment\b|"
    # the rep's deliverable not needed before a day ("we don't need it before then"): time given, no wait asked
    r"\b(?:don['’]?t|do\s+not|won['’]?t|will\s+not)\s+need\s+(?:it|them|this|that|the\s+\w+)\s+(?:before|until|till)\b|"
    r"\bbrauchen\s+(?:es|sie|das|ihn)\s+(?:erst|nicht\s+vor)\b|\bpas\s+besoin\s+(?:avant|d['’]\s*ici)\b|"
    r"\bno\s+lo\s+necesit\w+\s+(?:antes|hasta)\b|\bnon\s+(?:ci|mi)\s+serve\s+prima\b|"
    r"\bn[ãa]o\s+precis\w+\s+(?:dele|dela|disso)\s+antes\b|\bpas\s+(?:\w+\s+)?nodig\b|"
    # the rep's offer asked for by a day, nothing held ("Envie-me, por favor, a proposta final ainda esta semana")
    r"\b(?:send|envi[ea]|env[íi]e|envoyez|schicken\s+sie|invii|mandi|stuur)(?:-?me|-?nos|-?mi|\s+(?:me|us|mir|uns|moi))?\b"
    r"(?![^.]*\b(?:after|until|till|before|depois|despu[ée]s|apr[èe]s|nach|dopo|na|at[ée]|hasta|jusqu\w*|bis|fino|tot)\b)"
    r"[^.]{0,40}?\b(?:proposal|quote|offer|proposta|propuesta|oferta|devis|offre|angebot|preventivo|offerta|offerte|"
    r"or[çc]amento|presupuesto|cotizaci[óo]n)\b|"
    # a distribution list: someone taken off it is no wait ("nehmen Sie Frau Huber aus dem Verteiler")
    r"\bverteiler\w*|\b(?:distribution|mailing|circulation)\s+list\b|\bliste\s+de\s+diffusion\b|"
    r"\blista\s+de\s+(?:distribuci[óo]n|distribui[çc][ãa]o)\b|\blista\s+di\s+distribuzione\b|\bverzendlijst\b",
    re.I)
# goods moved in the message ("push the delivery of the banners back a week"): a day in it without a contact word is
# the goods' ("The venue won't let us in until the 21st")
_GOODS_MOVED = re.compile(r"\b(?:push|move|delay|postpone|put|hold|reschedule)\w*\s+(?:the|our|my|this|that)\s+"
                          r"(?:[\w-]+\s+){0,8}?(?:delivery|deliveries|shipment|installation|order)\b[^.?!]{0,60}?"
                          r"\b(?:back|out|later)\b|\b(?:verschieben|reporter|aplazar|posticipare|adiar|uitstellen)\w*\s+"
                          r"[^.?!]{0,40}?(?:lieferung|livraison|entrega|consegna|levering)\b|\b(?:lieferung|livraison|entrega|"
                          r"consegna|levering)\b[^.?!]{0,60}?\b(?:verschieben|reporter|aplazar|posticipare|adiar|uitstellen)\w*|"
                          # or called off ("can you cancel the second delivery, the one for the 21st?", "stornieren Sie
                          # die Lieferung", "annulez la livraison", "cancele la entrega", "annullate la consegna",
                          # "annuleer de levering")
                          r"\b(?:cancel\w*|call\s+off|storn\w*|annul\w*|anul[ae]\w*|annull\w*|annuleer\w*)\s+(?:sie\s+)?"
                          r"(?:the|our|my|this|that|die|den|das|la|le|l['’]\s*|el|il|a|o|de|het)\s*(?:[\w-]+\s+){0,2}?"
                          r"(?:delivery|deliveries|shipment|order|lieferung|bestellung|livraison|commande|entrega|pedido|"
                          r"consegna|ordine|encomenda|levering|bestelling)\b",
                          re.I)
_CONTACT = re.compile(r"\b(?:contact|call|ring|phone|e-?mail|mail|write|reach|chase|follow|touch|hear|talk|speak|"
                      r"melden|anrufen|schreiben|contacter|appeler|[ée]crire|llam\w+|escrib\w+|contatt\w+|chiamar\w*|"
                      r"ligar|contato|bellen|mailen)\w*", re.I)
# ... or told in advance (not "thanks in advance": the telling is asked for too)
_ADVANCE = re.compile(r"\bin\s+advance\b|\bbeforehand\b|\bvan\s+tevoren\b|\bvooraf\b|\bim\s+voraus\b|"
                      r"\b[àa]\s+l['’]avance\b|\bcon\s+(?:antelaci[óo]n|anticipaci[óo]n)\b|\bin\s+anticipo\b|"
                      r"\bcom\s+anteced[êe]ncia\b|\bi\s+f[öo]rv[äa]g\b|\bp[åa]\s+forh[åa]nd\b", re.I)
# ... or notice asked before someone comes, without "in advance" ("give us two days advance notice before coming",
# "zwei Tage Vorankündigung", "48 h de préavis", "con dos días de aviso previo", "con due giorni di preavviso", "com
# aviso prévio", "een vooraankondiging"): the rep's team told when, no wait for contact
_NOTICE_ASKED = re.compile(r"\badvance\s+notice\b|\b(?:days?|weeks?|hours?|hrs?)['’]?\s+notice\b|\bVorank(?:ü|ue)ndigung\b|"
                           r"\bpr[ée]avis\b|\baviso\s+(?:previo|pr[ée]vio)\b|\bpreaviso\b|\bpreavviso\b|"
                           r"\bvooraankondiging\b", re.I)
_TELL = re.compile(r"\blet\s+(?:me|us)\s+know\b|\bwarn\w*|\btell\s+(?:me|us)\b|\bweten\b|\bbescheid\b|\bpr[ée]ven\w*|"
                   r"\bavis\w*|\bavvis\w*|\bs[äa]g\w*|\binformer?\w*|\bsi\s+de\s+\w+\s+sap\w*", re.I)
# (a colleague's own out-of-office retold counts: "I got Marta's out-of-office - she's off until the 4th")
# (a head of the business as well: "O nosso diretor está de férias até dia 20, mas pode mandar a proposta para mim")
_AWAY_OTHER = re.compile(r"\b(?:colleague|kollega|kollege|coll[èe]gue|collega|colega|bookkeeper|assistant|manager|"
                         r"[Dd]ire(?:c)?tor\w*|[Dd]irecteur|[Dd]irettore|[Cc]hef\w*|[Gg]eschäftsführer\w*|[Bb]oss|"
                         r"[A-Z][a-z]+)\b[^.;]{0,40}?(?:\b(?:is|är|ist|est|è|está|is\s+now)|['’]s)\s+(?:\w+\s+)?(?:on\s+leave|away|"
                         r"on\s+holiday|off|på\s+semester|im\s+urlaub|en\s+cong[ée]s?|en\s+vacances|de\s+vacaciones|"
                         r"de\s+f[ée]rias|in\s+ferie|in\s+vacanza|op\s+vakantie|met\s+verlof)\b")
_STANDING_IN = re.compile(r"\bI'?ll\s+be\s+your\s+contact\b|\bI'?ll\s+(?:send|handle|deal\s+with|take\s+care\s+of)\b|"
                          r"\b(?:till|to|an|à|a)\s+(?:mig|me|mich|moi|m[íi])\s+(?:instead|ist[äa]llet|stattdessen|plut[ôo]t)\b|"
                          r"\bmyself\b|"
                          # what was for the one away sent to the writer: "pode mandar a proposta para mim"
                          r"\b(?:send|mand\w+|envi\w+|envoy\w+|schicken|senden|stuur\w*|spedi\w+)\b[^.;]{0,40}?"
                          r"(?:\bto\s+me|\bpara\s+mim|\ba\s+m[íi]\b|\bà\s+moi|\ban\s+mich|\bmir\b|\bnaar\s+mij|\ba\s+me\b)", re.I)


# a family member away, told as news ("My husband is at his brother's in Durban until the end of the month, so it will
# be just me and the children"): no wait asked unless the sentence names contact or a decision made together
_FAMILY_AWAY = re.compile(
    r"\b(?:my|our|mein\w*|mon|ma|mes|mi|mis|mio|mia|(?:o|a)\s+(?:meu|minha)|mijn)\s+(?:husband|wife|partner|son|daughter|"
    r"mother|father|mum|mom|dad|fianc[ée]e?|brother|sister|kids|children|parents|Mann|Frau|Sohn|Tochter|Mutter|Vater|"
    r"mari|femme|fils|fille|m[èe]re|p[èe]re|marido|esposa|hij[oa]|madre|padre|marito|moglie|figli[oa]|mulher|filh[oa]|"
    r"m[ãa]e|pai|man|vrouw|zoon|dochter|moeder|vader)\b[^.;]{0,20}?\b(?:is|are|'s|ist|est|est[áa]|[èe]|zijn)\s+"
    r"(?:\w+\s+){0,6}?(?:away|abroad|travel\w*|visiting|at|in|on\s+(?:holiday|vacation|a\s+trip)|bei|chez|en|da|em|bij|weg|verreist|"
    r"unterwegs|fuera|via|fora)\b", re.I)
_TOGETHER = re.compile(r"\b(?:decid\w*|decision|together|discuss\w*|consult\w*|talk\w*|entscheid\w*|gemeinsam|zusammen|"
                       r"d[ée]cid\w*|ensemble|"
                       r"junt[oa]s|insieme|juntos|samen|beslis\w*)\b", re.I)


def not_a_wait(sentence: str, own: str = "") -> bool:
    """Whether a possible quiet period read in a sentence (of the customer's own text ``own``) asks for no wait."""
    return bool(_NO_WAIT.search(sentence) or (_ADVANCE.search(sentence) and _TELL.search(sentence))
                or _NOTICE_ASKED.search(sentence)
                or (_AWAY_OTHER.search(sentence) and _STANDING_IN.search(sentence))
                or (_FAMILY_AWAY.search(sentence) and not _CONTACT.search(sentence) and not _TOGETHER.search(sentence))
                or (_GOODS_MOVED.search(own) and not _CONTACT.search(sentence)))


# a wait waived, not asked: "No need to wait for her", "Sie müssen nicht auf ihn warten", "pas besoin d'attendre",
# "no hace falta esperar", "non serve aspettare", "não precisa esperar", "je hoeft niet op haar te wachten"
_WAIT_WAIVED = re.compile(r"\b(?:no\s+need|needn'?t|(?:don'?t|do\s+not)\s+(?:need|have))\s+(?:for\s+you\s+)?to\s+wait\b|"
                          r"\b(?:m(?:ü|ue)ssen|brauchen)\s+(?:\w+\s+){0,3}?nicht\s+(?:\w+\s+){0,3}?(?:zu\s+)?warten\b|"
                          r"\bpas\s+(?:besoin|la\s+peine)\s+d['’]\s*attendre\b|\bno\s+(?:hace\s+falta|es\s+necesario|"
                          r"hay\s+que|tienes?\s+que|necesitas?)\s+esperar\b|\bnon\s+(?:serve|c['’]\s*[èe]\s+bisogno\s+di|"
                          r"devi|dovete|occorre)\s+aspettare\b|\bn[ãa]o\s+(?:precisa[ms]?|[ée]\s+preciso)\s+(?:de\s+)?esperar\b|"
                          r"\b(?:hoef|hoeft|hoeven)\s+(?:\w+\s+){0,3}?niet\s+(?:\w+\s+){0,3}?te\s+wachten\b", re.I)


# the deal said to go on in so many words, in the seven languages: "the order is definitely still going ahead", "we're
# still going ahead", "the order stands", "die Bestellung steht nach wie vor", "la commande tient toujours", "el pedido
# sigue en pie", "l'ordine resta confermato", "a encomenda continua de pé", "de order gaat gewoon door" (not "het project
# staat nog stil", "it's still on hold")
_DEAL_ON = re.compile(
    r"\b(?:is|are|'s|'re)\s+(?:(?:definitely|still|absolutely|very\s+much)\s+){1,2}(?:going\s+ahead|happening|confirmed|"
    r"on(?=\s*(?:[,.;!]|$|as\s+planned)))|\b(?:order|deal|contract|purchase|booking)\s+(?:still\s+)?stands\b|"
    r"\b(?:steht|gilt|bleibt)\s+(?:\w+\s+)?(?:weiterhin|nach\s+wie\s+vor|auf\s+jeden\s+Fall|bestehen)\b|"
    r"\b(?:tient|maintenue?s?)\s+toujours\b|\btoujours\s+(?:d['\u2019]actualit[ée]|valable|maintenue?|confirm[ée]e?)\b|"
    r"\bsigue\s+(?:en\s+pie|adelante|vigente|confirmad[oa])\b|\b(?:resta|rimane)\s+(?:confermat[oa]|valid[oa]|in\s+piedi)\b|"
    r"\b(?:continua|segue)\s+(?:de\s+p[ée]|em\s+p[ée]|valendo|confirmad[oa]|adiante)\b|"
    r"\bstaat\s+(?:nog\s+steeds|nog|gewoon)\b(?!\s+(?:stil|on\s+hold|in\s+de\s+wacht|even|open))|\bgaat\s+(?:gewoon\s+|zeker\s+)door\b",
    re.I)


def wait_not_asked(kind: str, sentence: str, own: str) -> bool:
    """Whether a possible wish of ``kind`` ("quiet" or "paused") read in ``sentence`` asks the rep for no wait (a
    possible pause beside the deal said to go on: "The order is definitely still going ahead, phone me if anything
    changes")."""
    return (kind == "quiet" and not_a_wait(sentence, own)) or (kind in ("quiet", "paused") and (
        retold_or_taken_back(sentence, own) or bool(_WAIT_WAIVED.search(sentence)))) \
        or (kind == "paused" and bool(_DEAL_ON.search(sentence)))


# a delivery, visit or meeting moved, in the seven languages: "Bitte verschieben Sie die Lieferung um zwei Wochen",
# "please postpone the delivery", "décalez la livraison", "aplace la entrega", "rinviate la consegna", "adie a entrega",
# "verplaats de levering" (the thing moved is named; nothing about mail or contact)
_MOVED = re.compile(
    r"\b(?:postpone|reschedule|push\s+back|move|delay|verschieb\w*|verleg\w*|d[ée]cal\w*|report\w*|repouss\w*|"
    r"aplaz\w*|aplac\w*|pospon\w*|retras\w*|rinvi\w*|posticip\w*|spost\w*|adi[ae]\w*|remarc\w*|verplaats\w*|"
    r"verschuif\w*|verschuiven|uitstel\w*)\s+(?:sie\s+)?(?:bitte\s+)?(?:the|our|my|this|die|den|das|unsere\w*|la|le|l['’]\s*|"
    r"el|il|a|o|de|het|notre|nuestr[ao])\s*(?:[\w-]+\s+)?(?:deliver\w*|installation|appointment|meeting|viewing|visit|"
    r"fitting|pick-?up|collection|Lieferung|Termin|Montage|Besichtigung|Abholung|livraison|rendez-vous|visite|r[ée]union|"
    r"pose|entrega|cita|instalaci[óo]n|visita|reuni[óo]n|consegna|appuntamento|installazione|riunione|instala[çc][ãa]o|"
    r"reuni[ãa]o|levering|afspraak|installatie|bezichtiging|vergadering)\b|"
    # the verb last, as German and Dutch put it: "ob Sie die Lieferung verschieben können", "de levering verplaatsen"
    r"\b(?:die|den|das|de|het)\s+(?:Lieferung|Termin|Montage|Besichtigung|Abholung|levering|afspraak|installatie|"
    r"bezichtiging|vergadering)\s+(?:[\w.]+\s+){0,4}?(?:verschieben|verlegen|verplaatsen|verschuiven|uitstellen)\b", re.I)


def moved_not_stopped(sentence: str) -> bool:
    """Whether a sentence moves a delivery, visit or meeting: a look-alike of a halt, never an opt-out."""
    return bool(_MOVED.search(sentence))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

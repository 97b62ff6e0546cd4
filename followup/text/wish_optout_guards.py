"""The look-alikes that hold a certain opt-out back: someone else asking, a report about another sender, a request
taken back, a sender's footer or instructions; and a request relayed to the rep on someone's behalf."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import compiled

# a cancelling verb said of a thing (no "me" in it), and the paid or ordered things it cancels
_CANCEL_THING = (r"d(?:ar|é|e|en|es|ás)\s+de\s+baja|abmelden|abbestellen|afmelden|d[ée]sinscrire|d[ée]sabonner|"
                 r"disiscriver\w*|descadastrar|unsubscribe")
_PAID_THING = (r"d[ée]bitos?|domiciliaci\w+|cuotas?|tarjetas?|pedidos?|reservas?|pr[ée]l[èe]vements?|Lastschrift\w*|"
               r"Dauerauftr\w+|Abbuchung\w*|Einzug\w*|Bestellung\w*|incasso\w*|machtiging\w*|bestelling\w*|addebit\w*|"
               r"domiciliazion\w*|ordin[ei]|cart[ãa]o|encomendas?|direct\s+debits?|standing\s+orders?|auto-?pay\w*|"
               r"recurring\s+(?:payments?|billing|charges?)")
# leaving a list, the list's "from", the writer's own possessive and the lists a business keeps of its own customers
_LEAVE = (r"unsubscrib\w*|opt\s+out|abmelden|austragen|abbestellen|afmelden|uitschrijven|d[ée]sinscri\w+|d[ée]sabonner|"
          r"dar(?:se)?\s+de\s+baja|darse|disiscriver\w*|cancellar\w*|descadastrar\w*|sair")
_FROM = r"from|of|von|vom|aus|voor|van|uit|de|du|des|da|do|dalla|dal|della"
_OUR = (r"our|unse(?:re[mnrs]?|rm)|onze|ons|notre|nos|nuestr[oa]s?|(?:la|il|le|i)\s+nostr[aoie]|nostr[aoie]|"
        r"(?:a|o|as|os)\s+noss[oa]s?|noss[oa]s?")
_OWN_LIST = (r"newsletters?|mailing(?:\s*list|s)?|list|lists|Verteiler|Liste|nieuwsbrief|mailinglijst|verzendlijst|lijst|"
             r"lettre|liste|bolet[íi]n|lista|informativo|boletim")
_DNC_GUARDS: dict[str, str] = {
    "third_party": r"\b(?:my|our)\s+(?:colleague|husband|wife|partner|boss|assistant|clients?|customers?|users?|"
                   r"members?)\s+(?:\w+\s+)?(?:asked|want|wants|would like|requested)\b|\bto\s+stop\s+\w+ing\s+"
                   r"(?:their|his|her)\s+(?:customers|clients|users|members|contacts)\b",
    # the writer's own customers, patients or members leaving what the writer's system sends them, asked about in
    # German, French, Spanish, Italian, Portuguese or Dutch ("hoe kunnen onze klanten zich afmelden voor de
    # sms-herinneringen", "wie können sich unsere Patienten abmelden"): not the writer refusing the rep
    "their_own_people": r"\b(?:unsere[nrs]?|nos|nuestr[oa]s|(?:i|le)\s+nostr[ie]|(?:os|as)\s+noss[oa]s|nossos|nossas|onze)\s+"
                        r"(?:\w+\s+)?(?:kunden|kundinnen|patient\w*|klient\w*|nutzer\w*|mitglieder\w*|g(?:ä|ae)ste\w*|"
                        r"clients?|clientes|clienti|cli[eë]nten|klanten|pati[eë]nten|pacientes|pazienti|patients|"
                        r"utilisateurs|usuarios|usuários|utilizadores|utenti|gebruikers|membres|adh[ée]rents|socios|"
                        r"s[óo]cios|soci|membros|miembros|membri|leden|abonn[ée]s|abonnenten|abonnees|gasten|"
                        r"h[óo]spedes|ospiti|hu[ée]spedes|invit[ée]s)\b",
    # one channel refused with another accepted: "please stop calling, email is fine" is a preference for email
    "other_channel_ok": r"\b(?:e-?mail(?:ing)?|mail|texts?|whatsapp|writing)\s+(?:is|'s|works|would\s+be)\s+"
                        r"(?:fine|ok|okay|good|great|better|best)\b|\b(?:e-?mail|write\s+to)\s+me\s+instead\b",
    "self_stop": r"\b(?:I|we)\s*(?:'ll|will|'m\s+going\s+to|am\s+going\s+to|'re\s+going\s+to|are\s+going\s+to|"
                 r"can|could)\s+stop\b",
    # a report about another sender, not a request: "our previous supplier wouldn't stop emailing us", "my team won't
    # leave me alone about the demo units"
    "someone_else_did": r"\b(?:they|he|she|(?:the|our|my|their|a|another)\s+(?:\w+\s+)?(?:supplier|vendor|provider|company|"
                        r"agency|firm|rep|salesman|salesperson|recruiter|bank|team|staff|colleagues|kids|children|family|boss|manager|"
                        r"customers|clients|phone))\s+(?:\w+\s+)?(?:wouldn'?t|would\s+not|won'?t|"
                        r"didn'?t|did\s+not|never|kept|keeps|couldn'?t)\s+(?:\w+\s+)?(?:stop|leave)\b",
    # what someone else asked for, retold: "she'd asked you to stop contacting her"
    "retold": r"\b(?:she|he|they)(?:'d|\s+had|\s+has|\s+have)?\s+(?:\w+\s+)?(?:asked|told|requested)\b|"
              r"\b(?:contact\w*|e-?mail\w*|call\w*|writ\w*|messag\w*)\s+(?:her|him|them)\b",
    # a request of the past the customer takes back: "I know I told you last spring to stop emailing me, but things
    # have changed" (not "I told you to stop, but you keep sending")
    "taken_back": r"\b(?:I|we)\s+(?:\w+\s+){0,2}?(?:told|asked)\s+you\b[^.]{0,80}\b(?:but|however)\b(?!\s+(?:you|your|"
                  r"I\s+still|we\s+still|still|nothing|they|it)\b)|\b(?:since\s+then|things\s+have\s+changed|changed\s+my\s+mind)\b",
    # the customer retells what they told OTHER senders: "I told the last three vendors to stop emailing me"
    "told_others": r"\b(?:I|we)\s+(?:\w+\s+){0,2}?(?:told|asked)\s+(?!you\b|your\b)(?:\w+\s+){1,4}?to\s+(?:stop|quit|"
                   r"cease|remove|unsubscribe|leave|desist|refrain)\b",
    # an instruction passed to a worker sent over, about whom to ring on site: "tell your driver not to ring the front
    # desk" (not "tell your team not to call me")
    "site_instruction": r"\b(?:tell|ask|remind|instruct)\s+(?:your|the|his|her|their)\s+(?:[\w-]+\s+)?(?:driver|courier|"
                        r"fitters?|engineers?|installers?|technicians?|crew|rider|delivery\s+\w+)\s+(?:not\s+to|to\s+not|"
                        r"never\s+to)\s+(?:\w+\s+)?(?:ring|call|phone|text|buzz)\s+(?!(?:me|us)\b)",
    # a payment, order or booking cancelled, not the writer's contact: "¿podés dar de baja el débito automático?",
    # "die Lastschrift abmelden", "désinscrire le prélèvement", "het incasso afmelden", "disiscrivere l'addebito"
    "payment_cancelled": rf"\b(?:{_CANCEL_THING})\s+(?:[\w'\u2019]+\s+){{0,4}}?(?:{_PAID_THING})\b|"
                         rf"\b(?:{_PAID_THING})\w*\s+(?:\w+\s+){{0,3}}?(?:abmelden|abbestellen|afmelden)\b",
    # someone leaving the writer's own list, not the writer leaving the rep's: the list is "ours" ("how do guests
    # unsubscribe from our newsletter", "kan ze zich nergens afmelden voor onze nieuwsbrief", "se désinscrire de notre
    # lettre"), or the leaver is a third person, whose reflexive German and Dutch say ("wie kann sich ein Gast abmelden")
    "their_own_list": rf"\b(?:{_LEAVE})\s+(?:\w+\s+){{0,2}}?(?:{_FROM})\s+(?:{_OUR})\s+(?:[\w-]+\s+)?(?:{_OWN_LIST})\b|"
                      rf"\b(?:{_FROM})\s+(?:{_OUR})\s+(?:[\w-]+\s+)?(?:{_OWN_LIST})\s+(?:\w+\s+){{0,2}}?(?:{_LEAVE})\b|"
                      r"\b(?:sich|zich)\s+(?:[\w-]+\s+){0,5}?(?:abmelden|austragen|abbestellen|afmelden|uitschrijven)\b",
    "link_request": r"\bunsubscribe\s+(?:link|button|page|instructions)\b",
    "past_unsubscribe": r"\bunsubscribed\b",
    # "stop chasing, we'll let you know when we're ready" is a pause; when in doubt, pause rather than lose the customer
    "will_return": r"\b(?:I|we)(?:'ll|\s+will)\s+(?:\w+\s+)?(?:contact|call|e-?mail|reach\s+out|be\s+in\s+touch|get\s+in\s+touch|"
                   r"get\s+back|let\s+you\s+know|come\s+back)\b[^.]{0,30}\b(?:when|once|if)\b",
    # bulk-mail footers quoted or forwarded by the customer ("if you would like to unsubscribe click here")
    # a sender's instructions to the reader: "To no longer receive messages, update your preferences below",
    # "If you ... wish to no longer receive such correspondence", "to indicate that you would rather not be contacted"
    "instructions": r"\b(?:update|manage|change)\s+your\s+(?:\w+\s+)?(?:preferences|subscription|settings)\b|\blink\s+below\b|"
                    r"\bfollow\s+the\s+link\b|^\W*to\s+no\s+longer\b|(?:\bindicate\s+that|(?<!it\s)(?<!grateful\s)(?<!thankful\s)(?<!obliged\s)\bif)\s+you\b[^.]{0,80}\b(?:no\s+longer|"
                    r"rather\s+not)\b",
    "footer": r"\bclick\b|\$LINK|https?://|\bwww\.[\w-]|\b[\w-]+\.[a-z]{2,6}/[\w/-]|\bfrom\s+us\b|\bif\s+(?:at\s+any\s+time\s+)?you(?:'d)?\s+(?:would\s+|"
              r"do\s+not\s+|don'?t\s+|no\s+longer\s+)?(?:like|wish|want|prefer)\b",
    # the same footer abroad, where to click or go to stop receiving: "Pour ne plus recevoir notre lettre, rendez-vous
    # sur ...", "Para dejar de recibir ... haga clic aquí", "Um ... abzubestellen, klicken Sie hier"
    "footer_abroad": r"\b(?:cliquez|cliquer|haga\s+clic|hacer\s+clic|pulse\s+aqu[ií]|klicken|clicca\w*|clique|klik|"
                     r"rendez-vous\s+sur|visitez|besuchen\s+Sie|ga\s+naar)\b",
}
# a list named by what it is for, with "the / this / that": only a list for mail or calls is the rep's ("take me off
# the sales contact list"); "remove my name from the certificate list", "take me off the attendee list" take the
# writer off a list kept for something else ("your ... list" is the rep's own, however it is named)
_CONTACT_LIST_WORD = (r"(?:mailing|mail|e-?mail|contacts?|call(?:ing)?|phone|sms|text|distribution|marketing|sales|"
                      r"prospects?|customers?|clients?|buyers?|updates?|newsletters?|news|promo\w*|offers?|subscri\w+|"
                      r"outreach|mail-?outs?|circulars?|leads?|cold|spam|info(?:rmation)?|do-not-call|announcements?|"
                      r"campaigns?|communications?)")
LIST_FOR_ELSE = re.compile(rf"\b(?:off|from|out\s+of)\s+(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?!{_CONTACT_LIST_WORD}\s)"
                           rf"[\w-]+\s+lists?\b", re.I)
# The opt-out guards (_DNC_GUARDS), compiled.
DNC_G = compiled(_DNC_GUARDS)
# the guards that only say someone else asks; said to the rep on that person's behalf ("my boss asked me to tell you to
# stop contacting him", "she wants you to remove her"), the one asking is the contact: asked about, never dropped
OTHERS_GUARDS = ("third_party", "retold")
# Someone else's wish said to the rep on their behalf ("my boss asked me to tell you").
RELAYED_TO_REP = re.compile(
    r"\b(?:asked|wants?|wanted|told|requested|would\s+like)\s+(?:me|us)\s+to\s+(?:tell|let|inform|ask|remind)\s+you\b|"
    r"\b(?:he|she|they|boss|manager|director|owner|husband|wife|partner)\s+(?:\w+\s+)?(?:wants?|wanted|would\s+like|has\s+asked|"
    r"asked)\s+you\s+to\b|\bon\s+(?:his|her|their)\s+behalf\b", re.I)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

"""How sure an opt-out the rules read is. A certain opt-out stops all mail at once, so it needs the customer asking
for themselves, now, about mail to them; a reading with anything weaker around it is asked, never dropped:
someone else's contacts or someone else's request ("stop contacting their customers", "our client asked us to"),
a question about a product ("how does your tool handle opt-outs?"), a release note ("- Removed the opt-out toggle").
A refusal of one channel beside another one offered ("please stop calling, email is fine") is a preferred channel."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import DNC, PREFERENCE, Wish
from followup.text.wish_redirected import mail_redirected

# the people a sender reaches on behalf of the customer, or the one who asked in the customer's place
_THIRD_PARTY = re.compile(
    r"\b(?:their|his|her|our|my)\s+(?:\w+\s+)?(?:customers?|clients?|users?|staff|members?|employees?|colleagues?|"
    r"subscribers?|patients?|students?|tenants?|readers?|recipients?|leads?|prospects?|contacts\s+(?:list|database))\b|"
    r"\b(?:the|a|our|my|one\s+of\s+(?:our|my|the))\s+(?:\w+\s+)?(?:customer|client|user|subscriber|member|prospect|"
    r"recipient|colleague|employee)s?\s+(?:has\s+|had\s+|have\s+)?(?:asked|wants?|wanted|requested|told|would\s+like)\b|"
    r"\b(?:asked|told|requested)\s+(?:us|me)\s+to\b", re.I)
# a question about how a product works, not a request to the rep
_PRODUCT_QUESTION = re.compile(
    r"\b(?:how|does|do|can|could|is|are|will|would|what)\b[^?]{0,80}\b(?:tool|platform|product|system|app|software|"
    r"feature|crm|integration|api|setting|sync\w*|handle\w*|support\w*)\b[^?]*\?", re.I)
# ... but a question that asks the rep to halt mail to the asker is a polite request, whatever it names
# ("could you please stop sending me the booking-software updates?")
_HALT_ASKED = re.compile(r"\b(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+|just\s+)?(?:stop|cease|quit)\s+"
                         r"(?:sending|e-?mailing|contacting|calling|messaging)\s+(?:me|us)\b", re.I)
# a release or change note: a bullet or version number, then a past-tense change word ("- Removed ...", "v2.1: stop ...")
_CHANGE_NOTE = re.compile(
    r"^\W*(?:[-*•]\s*|v?\d+(?:\.\d+)+\s*[:)-]\s*|(?:fix|feat|chore|changed?|fixed|added|removed|deprecated)\s*:\s*)"
    r"(?:removed|added|fixed|changed|dropped|deprecated|renamed|updated|moved|stop(?:ped)?\s+sending\s+(?:duplicate|the|"
    r"empty|extra)|no\s+longer)\b", re.I)


# someone named taken off a list, by name or title, in the seven languages: "please remove Losa from the distribution
# list", "nehmen Sie Frau Huber aus dem Verteiler", "retirer Mme Dubois de la liste", "retirar a la ingeniera Patiño de
# sus listas", "togliere la dottoressa Neri dalla lista", "retirar o Pedro da lista", "haal Jan van de lijst" (a name
# written with a capital, not "Remove Me From Your List")
_CAP = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+"
_NAMED_OFF_A_LIST = (
    rf"\b(?:remove|take|delete|drop|strike|unsubscribe)\s+(?!(?:me|us|my|our|your|this|that|these|those|all|any|"
    rf"every\w*|him|her|them|it|e-?mail\w*)\b){_CAP}(?:\s+{_CAP})?\s+(?:from|off)\b|"
    rf"\b(?:nehmen|streichen|entfernen|l(?:ö|oe)schen|tragen)\s+Sie\s+(?:bitte\s+)?(?:Herrn|Frau|(?:unsere|meine)[nr]?\s+"
    rf"Kolleg\w*)\s+{_CAP}|"
    rf"\b(?:retir|supprim|enlev|d[ée]sinscri)\w*\s+(?:Mme|Madame|M\.|Monsieur|Mlle|(?:notre|mon|ma)\s+coll[èe]gue)\s+{_CAP}|"
    rf"\b(?:retir|quit|elimin|borr)\w*\s+a\s+(?:(?:la|el)\s+(?:\w+\s+)?)?{_CAP}\s+(?:\w+\s+)?(?:de|del)\b|"
    rf"\bd(?:ar|en|é|e)\s+de\s+baja\s+a\s+(?:(?:la|el)\s+(?:\w+\s+)?)?{_CAP}|"
    rf"\b(?:togl|rimuov|cancell)\w*\s+(?:(?:il|la|lo)\s+(?:\w+\s+)?)?{_CAP}\s+(?:\w+\s+)?(?:dalla|dalle|dal|dai|dagli)\b|"
    rf"\b(?:retir|remov|tir|exclu|apag)\w*\s+(?:(?:o|a)\s+(?:\w+\s+)?)?{_CAP}\s+(?:\w+\s+)?(?:da|do|das|dos)\b|"
    rf"\b(?:haal|verwijder|schrap)\w*\s+(?:(?:mevrouw|meneer|de\s+heer|collega)\s+)?{_CAP}\s+(?:\w+\s+)?(?:van|uit)\s+"
    rf"(?:de|het|uw|jullie)\b")


# someone else's request retold, or how to unsubscribe other people: asked of the product, not of the rep
_OTHERS_REQUEST = re.compile(
    r"\b(?:the|a|an|our|my|one\s+of\s+(?:our|my|the))\s+(?:\w+\s+)?(?:customer|client|user|subscriber|member|prospect|"
    r"recipient|employee)s?\s+(?:has\s+|had\s+|have\s+)?(?:asked|wants?|wanted|requested|would\s+like)\b|"
    r"\bunsubscrib\w*\s+(?:my|our|their|his|her)\s+(?:\w+\s+)?(?:users|customers|clients|members|staff|team|employees|"
    r"subscribers|contacts)\b|"
    # someone named by title: "please unsubscribe Mrs. Patel from the reminders", "remove Dr Okafor from the list"
    r"\b(?:unsubscrib\w*|remov\w*|tak\w*|delet\w*)\s+(?:Mr|Mrs|Ms|Miss|Dr)\b\.?\s+\w+|"
    # someone named taken off a copy line or list, in other languages: "proszę usunąć Jana Kowala z DW", "odeberte paní
    # Novákovou z kopie", "уберите Ивана Петрова из копии" (a name written with a capital, not "me" or "us")
    r"\b(?:usu[ńn]\w*|wykre[śs]l\w*|odstra[ňn]\w*|odeber\w*|vy[řr]a[ďd]\w*|убер\w*|удал\w*|исключ\w*|приберіть|"
    r"видал\w*|виключ\w*)\s+(?:(?:pan[aią]?|pani[ąa]?|paní|pana|господина|госпожу|пана|пані)\s+)?"
    r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻČŘŠŽÁÉÍÚÝĚŮĎŤŇА-ЯЁІЇЄҐ])[\w'’-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻČŘŠŽÁÉÍÚÝĚŮĎŤŇА-ЯЁІЇЄҐ])[\w'’-]+)?"
    r"\s+(?:z|ze|из|с|з|зі)\b|" + _NAMED_OFF_A_LIST, re.I)


# what a third person asked, relayed: "they're not interested and asked not to be contacted", "he said he wants no
# more calls" (who asks is not the customer writing)
_RELAYED = re.compile(r"\b(?:they|he|she)(?:'re|'s|'d|\s+are|\s+is|\s+were|\s+was|\s+have|\s+has|\s+had)?\b[^.;:!?]{0,80}?"
                      r"\b(?:asked|requested|said|told\s+(?:us|me)|want(?:s|ed)?|would\s+(?:like|prefer))\s+(?:\w+\s+){0,2}?"
                      r"(?:not|no|to\s+(?:stop|be\s+removed|be\s+taken\s+off|unsubscribe))\b|"
                      # the same in other languages: a third person who asks or says it, or a reply forwarded
                      # ("они ... просят их больше не беспокоить", "उन्होंने कह दिया है कि वे ... संपर्क नहीं चाहते")
                      r"\b(?:они|он|она|вони|він|вона|oni|one|on|ona|ony)\b[^.;:!?]{0,80}?\b(?:прос(?:ят|ит|или|ил|ила)|"
                      r"попрос\w*|сказал\w*|написал\w*|ответил\w*|хотят|хочет|прос(?:ять|ить)|сказа\w*|відповіл\w*|"
                      r"хочуть|хоче|prosz[ąa]|prosi(?:li|ły|ł|ła)?|poprosi\w*|powiedzia\w*|napisa[łl]\w*|odpisa\w*|"
                      r"chc[ąe]|pros[íi]|prosili|po[žz][áa]dal\w*|[řr]ekl\w*|napsal\w*|odepsal\w*|cht[ěe]j[íi]|chce)\b|"
                      r"(?<!\S)(?:उन्होंने|वे|वह|वो)\s[^।.!?]{0,80}?(?:कहा|कह\s+दिया|लिखा|चाहते|चाहती|अनुरोध)|"
                      r"\b(?:ζήτησαν|ζητούν|ζητάνε|είπαν|δήλωσαν|istediler|söylediler|rica\s+ettiler)\b|"
                      r"\b(?:пересылаю|пересылаем|переслал\w*|пересилаю|переслав\w*|przesyłam\s+dalej|przekazuję|"
                      r"p[řr]epos[íi]l[áa]m|προωθώ|iletiyorum|välitän|továbbítom)\b|(?:फ़ॉरवर्ड|फॉरवर्ड)\s+कर", re.I)


def someone_elses(sentence: str, text: str = "") -> bool:
    """Whether a possible opt-out is someone else's request or a question about the product: not asked at all (with
    the message's ``text``, also what followup.text.wish_others reads as not the customer's own)."""
    from followup.text.wish_others import not_the_customers
    from followup.text.wish_scope import own_text

    return bool(_OTHERS_REQUEST.search(sentence) or _PRODUCT_QUESTION.search(sentence) or _RELAYED.search(sentence)) \
        or bool(text) and not_the_customers(sentence, own_text(text))


# a condition, not a request: "If I ever want you to stop emailing me, I'll say so", "should we no longer need ..."
# ("I'd appreciate it if you no longer sent me emails" is a polite request: only the customer's own "if" counts)
_CONDITION = re.compile(r"^\W*(?:if|unless|should|whenever|in\s+case)\b|\bif\s+(?:I|we)\s+(?:ever|decide|change|no\s+longer|"
                        r"don'?t|do\s+not|would\s+rather)\b|\bif\s+you\s+ever\b", re.I)
_QUOTED_WORDS = re.compile(r"[\"“”„«»]([^\"“”„«»]{3,200})[\"“”„«»]")
# a quotation opened after a colon and running to the sentence's end, its closing mark cut off by the sentence splitter
# ('... forwarded your offer with this note:\n"Nous ne sommes pas intéressés, merci de ne plus nous contacter.')
_OPEN_QUOTE = re.compile(r":\s*[\"“„«]([^\"“”„«»]{3,300})$")


def _inside_quotes(sentence: str, quote: str) -> bool:
    """Whether the words read stand inside quotation marks in the sentence: someone's words retold, not a request."""
    return any(quote.strip() in m.group(1) for m in _QUOTED_WORDS.finditer(sentence)) \
        or any(quote.strip() in m.group(1) for m in _OPEN_QUOTE.finditer(sentence.rstrip()))


# an earlier message retold ("sorry for my earlier message asking you to leave me alone"): what it asked may be taken
# back in the same breath, so it is asked, not applied (a customer repeating it means it is said again elsewhere)
_RETOLD = re.compile(r"\b(?:my|our)\s+(?:earlier|previous|last|former|other)\s+(?:message|e-?mail|mail|note|reply|request)"
                     r"\s+(?:asking|saying|telling|requesting|where\s+(?:I|we)\s+asked)\b", re.I)
# so is a request told in the past with when it was made ("Back in the spring I asked your colleague to stop contacting
# us, and he did"); without a when ("I told you to stop calling me") it is said again, and applied
_ASKED_BEFORE = re.compile(r"\b(?:I|we)\s+(?:had\s+)?(?:already\s+)?(?:asked|told|requested)\s+(?:you|him|her|them|"
                           r"your\s+\w+|[A-Z]\w+)\s+(?:\w+\s+){0,3}?(?:to\s+(?:stop|no\s+longer|remove|take)|not\s+to)\b",
                           re.I)
_BACK_THEN = re.compile(r"\b(?:back\s+in|last\s+(?:year|spring|summer|autumn|fall|winter|month|quarter)|(?:a\s+few|some|"
                        r"two|three|several)\s+(?:months|years)\s+ago|a\s+(?:year|while)\s+ago|earlier\s+this\s+year|"
                        r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"the\s+spring|the\s+summer|the\s+autumn|the\s+winter))\b", re.I)
# one address swapped for another ("unsubscribe the old shared inbox and add my address instead"): a change of address
_SWAP = re.compile(r"\b(?:add|use|put|send\s+(?:it|them)\s+to)\s+(?:my|our|the\s+new|a\s+new)\s+(?:\w+\s+)?"
                   r"(?:address|e-?mail(?:\s+address)?|inbox|account|mailbox)\b[^.]{0,30}\binstead\b", re.I)


# the customer asks for themselves and their people at once: "do not contact us or our staff", "remove me and my
# colleagues", "follow-ups to me or to my colleagues in HR" (their own people named beside them, not instead of them)
_ME_AND_MINE = re.compile(r"\b(?:me|us|myself|ourselves)\s+(?:(?:and|or|nor|&)\s+(?:to\s+)?|,\s*)(?:(?:any\s+of\s+)?(?:my|our)|"
                          r"(?:any|all)\s+(?:of\s+)?(?:my|our))\s+(?:\w+\s+)?(?:colleagues?|staff|team|employees?|people|"
                          r"members?|officers?|users?)\b", re.I)


def weakly_said(sentence: str, quote: str = "") -> bool:
    """Whether an opt-out read in this sentence has something around it that makes it only a question."""
    product = _PRODUCT_QUESTION.search(sentence) and not _HALT_ASKED.search(sentence)
    third = _THIRD_PARTY.search(sentence) and not _ME_AND_MINE.search(sentence)
    return bool(third or _RELAYED.search(sentence) or product or _CHANGE_NOTE.search(sentence)
                or _CONDITION.search(sentence) or _RETOLD.search(sentence) or _SWAP.search(sentence)
                or (_ASKED_BEFORE.search(sentence) and _BACK_THEN.search(sentence))
                or (quote and _inside_quotes(sentence, quote)))


# one channel refused, another offered: "stop calling, email is fine", "please don't text, a call is better"
_REFUSED = {"phone": r"(?:call(?:s|ing)?|phon(?:e|es|ing)|ring(?:ing)?|voicemails?)",
            "email": r"(?:e-?mail(?:s|ing)?|mails?|mailing|writing)",
            "sms": r"(?:text(?:s|ing)?|sms|whatsapp(?:ing)?)"}
_OFFERED_WORDS = (r"(?:is|are|'s|would\s+be|works?)\s+(?:(?!not\b|never\b)\w+\s+)?(?:fine|ok(?:ay)?|good|great|better|"
                  r"best|easier|preferred|welcome)|instead|only|rather|please|is\s+the\s+(?:best|better|easiest)\s+way")
_OFFER = {"phone": r"(?:a\s+)?(?:call|phone(?:\s+call)?|ring)", "email": r"(?:an\s+)?e-?mail|writing",
          "sms": r"(?:a\s+)?(?:text|sms|whatsapp)"}
_CHANNEL_SWAP = [(channel, re.compile(
    rf"\b(?:stop|quit|no\s+more|don'?t|do\s+not|never)\s+(?:\w+\s+)?{_REFUSED[refused]}\b[^.]{{0,40}}?"
    rf"\b(?:{_OFFER[channel]})\s+(?:me\s+)?(?:{_OFFERED_WORDS})\b", re.I))
    for channel in ("phone", "email", "sms") for refused in ("phone", "email", "sms") if refused != channel]
# the offered channel asked for first, at the start of a clause: "pls email, dont call", "text me - don't ring",
# "email only, never call" (not "don't email, don't call": the first channel refused too is no clause start)
_ASKED = {"phone": r"(?:call|ring|phone|give\s+(?:me|us)\s+a\s+(?:call|ring|bell|buzz|tinkle))",
          "email": r"(?:e-?mail|write(?:\s+to)?)", "sms": r"(?:text|sms|whatsapp)"}
_CHANNEL_SWAP += [(channel, re.compile(
    rf"(?:^|[,;:.!]\s*|\b(?:please|pls|plz|just|kindly)\s+)(?:{_ASKED[channel]})\b(?:\s+(?:me|us))?(?:\s+(?:instead|only))?"
    rf"\s*(?:[,;:]|\s[-\u2013\u2014])?\s*(?:and\s+|but\s+|please\s+|pls\s+)?(?:don'?t|do\s+not|never)\s+(?:(?!stop\b|quit\b)\w+\s+)?"
    rf"{_REFUSED[refused]}\b", re.I | re.M))
    for channel in ("phone", "email", "sms") for refused in ("phone", "email", "sms") if refused != channel]


_REFUSAL_WORD = re.compile(r"\b(?:stop|quit|no\s+more|don'?t|do\s+not|never)\b", re.I)


def channel_instead(sentence: str, offset: int, text: str) -> Wish | None:
    """The channel offered where the sentence refuses another one, as a preference (None when there is none)."""
    if not _REFUSAL_WORD.search(sentence):
        return None
    for channel, rx in _CHANNEL_SWAP:
        m = rx.search(sentence)
        if m:
            return Wish(PREFERENCE, text[offset + m.start(): offset + m.end()], preference=f"channel:{channel}")
    return None


# the channels a refusal names, in the languages the opt-out tables read; a refusal naming one of them only ("please
# don't ring me") leaves the others open
_NAMED = {"phone": re.compile(r"\b(?:call\w*|ring\w*|phon\w*|voicemails?|rung|anruf\w*|rufen|telefon\w*|appel\w*|"
                              r"llam\w*|chiam\w*|bell(?:en|t)|bel\s+me|ligu?\w*|zadzwo\w*|dzwo\w*)\b", re.I),
          "email": re.compile(r"\b(?:e-?mail\w*|mail\w*|writ\w*|newsletters?|schreib\w*|[ée]cri\w*|escrib\w*|scriv\w*|"
                              r"escrev\w*|schrij\w*|correo\w*|courriel\w*|napisz\w*|pisa\w*)\b", re.I),
          "sms": re.compile(r"\b(?:text\w*|sms|whatsapp\w*)\b", re.I)}
_ANY_CHANNEL = re.compile(r"\b(?:contact\w*|reach\w*|approach\w*|touch|hear|bother\w*|communicat\w*|anything|"
                          r"any\s+(?:way|form|kind))\b", re.I)
# any other way to reach the customer given in their own text: a contact verb asked for, a channel preferred, another
# line or address ("Call me.", "I prefer a phone call", "write to my gmail instead", "on the work line", "use my
# personal one"); the channel is the one named in the offer, when it names one
_ROUTE = re.compile(
    r"(?<!\bt\s)(?<!n't\s)(?<!not\s)(?<!never\s)(?<!stop\s)\b(?P<verb>call|ring|phone|text|whatsapp|e-?mail|message|"
    r"write\s+to|try)\s+(?:me|us)\b(?!\s+(?:again|anymore|any\s+more|ever|further|at\s+all))|"
    r"\b(?:send|drop)\s+(?:me\s+|us\s+)?(?:an?\s+)?(?P<thing>e-?mail|text|letter|message|note|line|sms|whatsapp)\b|"
    r"\b(?:prefer|rather\s+have|much\s+rather)\s+(?:an?\s+)?(?P<pref>phone|call|e-?mail|text|letter|post|whatsapp|sms)\b|"
    # a thing asked to be sent written down: "Put the proposal in an email and send it through", "send it in writing"
    r"\b(?:put|send|have|get)\s+(?:[\w-]+\s+){0,4}?in\s+(?:an?\s+)?(?P<written>e-?mail|writing)\b|"
    r"\b(?:use|try|on|to|at)\s+(?:my|the)\s+(?:work|office|mobile|cell|personal|private|direct|other|new|home|gmail)\s*"
    r"(?:line|number|phone|address|e-?mail|inbox|account|one)?\b|\b(?:office|working|business)\s+hours\s+only\b", re.I)
_ROUTE_REFUSED = re.compile(r"\b(?:not|nor|never|no)\s+(?:even\s+|ever\s+)?$", re.I)
# the line a refusal itself names, in the refusal's own clause: "no more calls to my mobile", "stop to send SMS", "don't
# call me at the office" (the route refused, not offered; "..., try my mobile" starts a clause of its own)
_CLAUSE_REFUSAL = re.compile(r"\b(?:no\s+(?:more|further)|don'?t|dont|do\s+not|never|stop|quit)\b(?:\s+to)?"
                             r"(?:(?!\b(?:so|but|instead|rather|just|please|pls|and\s+(?:use|try|send|call|e-?mail)))[^.,;:!?\n])*$",
                             re.I)
_IF_YOU = re.compile(r"\bif\s+(?:you|anyone)\b[^.]{0,30}$", re.I)
# another channel offered anywhere in the customer's own text, as a sentence of its own ("Email works fine, I'll answer
# when I'm back at my desk."): a way to reach the customer that they accept, not one they refuse
_GOOD = r"(?:fine|ok(?:ay)?|good|great|better|best|easier|preferred|welcome|quicker)"
_OFFERED_ANYWHERE = {
    "email": re.compile(rf"\b(?:e-?mails?|mail|writing)\s+(?:is|'s|works?|would\s+be|will\s+be|suits\s+me)\s+(?:(?!not\b)\w+\s+)?"
                        rf"{_GOOD}\b|\b(?:e-?mail|write\s+to|message)\s+me\s+(?:instead|there|any\s*time)\b|"
                        rf"\b(?:send|drop)\s+me\s+an?\s+(?:e-?mail|message|note|line)\s+instead\b", re.I),
    "phone": re.compile(rf"\b(?:a\s+)?(?:phone\s+)?(?:calls?|phone|ring)\s+(?:is|'s|works?|would\s+be|will\s+be|suits\s+me)\s+"
                        rf"(?:(?!not\b)\w+\s+)?{_GOOD}\b|\b(?:call|ring|phone)\s+me\s+(?:instead|on\s+my|any\s*time)\b", re.I),
    "sms": re.compile(rf"\b(?:a\s+)?(?:texts?|sms|whatsapp)\s+(?:is|'s|works?|would\s+be|will\s+be)\s+(?:(?!not\b)\w+\s+)?"
                      rf"{_GOOD}\b|\b(?:text|whatsapp)\s+me\s+(?:instead|on\s+my|any\s*time)\b", re.I),
}


# two channels joined as alternatives or a pair: "by email or phone", "seja por email ou telefone", "weder ... noch"
_JOINED = re.compile(r"^\W*(?:or|nor|and|ou|o|ni|nem|oder|noch|und|et|y|e|of|en|né)\s+(?:(?:by|per|por|par|via|a|al|au|"
                     r"am|the|le|la|el|o)\s+)*\W*$", re.I)


def names_every_channel(sentence: str) -> bool:
    """Whether a sentence names email and phone as one pair ("seja por email ou telefone", "neither by phone nor by
    email"): a refusal there leaves no channel, unlike "don't call, just email"."""
    for first, second in (("email", "phone"), ("phone", "email")):
        for a in _NAMED[first].finditer(sentence):
            b = _NAMED[second].search(sentence, a.end())
            if b and _JOINED.match(sentence[a.end():b.start()]):
                return True
    return False


def other_channel_offered(sentence: str, text: str) -> Wish | None:
    """The channel the customer's own text offers when the sentence refuses one other channel only ("Please don't ring
    me. ... Email works fine."), as a preference; None when the refusal names no channel, several, or none is offered."""
    from followup.text.wish_scope import own_text

    named = [name for name, rx in _NAMED.items() if rx.search(sentence)]
    if len(named) != 1 or _ANY_CHANNEL.search(sentence):
        return None
    own = own_text(text or "")
    route = _offered_route(own, named[0])
    if route is not None:
        return route
    for channel, rx in _OFFERED_ANYWHERE.items():
        if channel == named[0]:
            continue
        for m in rx.finditer(own):
            line_start = own.rfind("\n", 0, m.start()) + 1
            if own[line_start:m.start()].lstrip().startswith(">"):
                continue  # a quoted line: what was offered before, not now
            return Wish(PREFERENCE, own[m.start(): m.end()], preference=f"channel:{channel}")
    return None


def refused_line(own: str, m: re.Match[str]) -> bool:
    """Whether a route found (a line or a thing sent, not a verb asked for) is the line the refusal in its own clause
    names, not another one offered."""
    return not (m.group("verb") or m.group("pref")) and bool(_CLAUSE_REFUSAL.search(own[max(0, m.start() - 60):m.start()]))


def _offered_route(own: str, refused: str) -> Wish | None:
    """Another way to reach the customer given in their own text (not on a quoted line, not "if you call me again"), as
    a preference for its channel when it names one other than the refused channel, else with no channel named."""
    for m in _ROUTE.finditer(own):
        line_start = own.rfind("\n", 0, m.start()) + 1
        if own[line_start:m.start()].lstrip().startswith(">") or _IF_YOU.search(own[max(0, m.start() - 40):m.start()]) \
                or _ROUTE_REFUSED.search(own[max(0, m.start() - 30):m.start()]) or refused_line(own, m):
            continue  # "do not write me again, also not on my private number": a line refused too, not offered
        said = (m.group("verb") or m.group("thing") or m.group("pref") or m.group("written") or "").lower()
        channel = next((name for name, rx in _NAMED.items() if said and rx.search(said)), None)
        if said in ("text", "sms", "whatsapp"):
            channel = "sms"
        if said in ("letter", "post", "message", "note", "line", "try"):
            channel = None
        if channel == refused:
            continue  # "call me" beside "don't call me at home" is the same channel: the line says which
        return Wish(PREFERENCE, own[m.start(): m.end()], preference=f"channel:{channel}" if channel else None)
    return None


# some mail is still wanted from the rep: "but do keep me posted on the pricing", "keep sending the quotes", "I still
# want your sales updates" (not "if you keep sending", "you keep sending these": a complaint)
_STILL_WANTED = re.compile(r"(?:^|[,;:.!]\s*|\b(?:please|but|and|do|just)\s+)(?:keep|carry\s+on|continue)\s+(?:me\s+|us\s+)?"
                           r"(?:posted|sending|in\s+the\s+loop|informed|updated|e-?mailing|calling|in\s+touch|copied)\b|"
                           r"\b(?:I|we)\s+(?:do\s+)?still\s+(?:want|like|welcome|need|read)\b|\bbut\s+(?:do|please)\s+(?:send|keep|e-?mail|call)\b",
                           re.I | re.M)
# ... or the writer's side still wants the offer, whoever else refuses ("However the clinic itself still wants the
# quotation", "We are still interested in the quotation", "wir sind weiterhin interessiert", "nous voulons toujours le
# devis", "seguimos interesados", "siamo ancora interessati", "ainda queremos a proposta", "we willen nog steeds de
# offerte"): the organisation stays a customer, so someone's refusal beside it is asked, never applied
_OUR_SIDE = (r"(?:I|we|(?:our|the)\s+(?:\w+\s+)?(?:clinic|company|practice|firm|office|business|organi[sz]ation|school|"
             r"hotel|shop|store|centre|center|club|team|board|management)(?:\s+itself)?)")
_STILL_OFFER = re.compile(
    rf"\b{_OUR_SIDE}\s+(?:(?:do|does)\s+)?still\s+(?:wants?|needs?|likes?)\b|"
    rf"\b{_OUR_SIDE}\s+(?:am|are|is|remains?|remain)\s+still\s+interested\b|\b(?:I|we)['’](?:m|re)\s+still\s+interested\b|"
    r"\b(?:wir|ich|die\s+\w+)\s+(?:sind|bin|ist|bleiben|bleibt)\s+(?:aber\s+)?(?:weiterhin|nach\s+wie\s+vor|trotzdem|"
    r"durchaus)\s+interessiert\b|\b(?:wir|ich)\s+(?:möchten|möchte|wollen|will|brauchen|brauche)\s+(?:aber\s+)?"
    r"(?:weiterhin|nach\s+wie\s+vor|trotzdem)\b|"
    r"\b(?:nous\s+(?:voulons|souhaitons|restons|sommes)|je\s+(?:veux|souhaite|reste|suis))\s+toujours\b|"
    r"\b(?:restons|reste)\s+int[ée]ress[ée]e?s?\b|"
    r"\b(?:seguimos|sigo|sigue)\s+interesad[oa]s?\b|\btodav[íi]a\s+(?:queremos|quiero|quiere|necesitamos)\b|"
    r"\b(?:siamo|sono|è)\s+ancora\s+interessat[oaie]\b|\b(?:vogliamo|voglio|vuole)\s+ancora\b|"
    r"\b(?:continuamos|continuo|continua)\s+interessad[oa]s?\b|\bainda\s+(?:queremos|quero|quer|estamos\s+interessad)\w*|"
    r"\b(?:we|wij|ik)\s+(?:willen|wil|zijn|ben)\s+(?:nog\s+steeds|wel\s+nog)\b|\b(?:is|zijn)\s+nog\s+steeds\s+"
    r"ge[ïi]nteresseerd\b", re.I)
_TRANSACTIONAL = re.compile(r"\b(?:orders?|invoices?|deliver\w*|confirmations?|receipts?|statements?|billing|account|"
                           r"notifications?|service\s+(?:notices|messages)|support\s+tickets?)\b", re.I)
# what is refused is a line, address or platform, not the customer ("stop emailing my old address, use this one",
# "stop calling reception, call me directly", "stop contacting me on LinkedIn, email is the place")
_A_LINE = re.compile(r"\b(?:my|the|our|this|that)\s+(?:old|previous|former|shared|generic|general|main|work|office|home|"
                     r"landline|info|sales|team|desk)\s*(?:e-?mail\s+)?(?:address|e-?mail|inbox|number|line|phone|mobile|account)\b|"
                     r"\b(?:reception|switchboard|front\s+desk|info@\S*)|\bon\s+(?:linkedin|twitter|facebook|instagram|x|teams|slack)\b|"
                     r"\b(?:my|our)\s+(?:mobile|cell|landline)\b", re.I)
_OTHER_ROUTE = re.compile(r"\b(?:use|try)\s+(?:this|that|my|the\s+new)\b|"
                          # another line asked for: "call the office instead" (not "don't call my mobile again")
                          r"(?<!n't\s)(?<!not\s)(?<!never\s)(?<!dont\s)\b(?:call|ring|phone|text|e-?mail|write\s+to)\s+(?:the|my|our)\s+"
                          r"(?:\w+\s+)?(?:office|desk|landline|mobile|cell|line|number|reception|switchboard)\b"
                          r"(?!\s+(?:again|anymore|any\s+more|ever))|\b(?:to|me|us)\s+directly\b|\b(?:e-?mail|phone|"
                          r"writing)\s+is\s+the\s+(?:place|way|channel)\b", re.I)


# the writer's whole record erased from the rep's system: a line refused beside it is one more refusal, not the only one
# ("take my details out of your system altogether; ... and don't want calls on my mobile"; not "take my mobile number
# out of your CRM", which names the line)
_WHOLE_RECORD = re.compile(r"^\W*(?:take|remove|delete|erase|strike|drop|get)\s+(?:(?:my|our)\s+(?:company|firm|business),?\s+"
                           r"(?:and|&)\s+)?(?:my|our)\s+(?:contact\s+)?(?:name|details|data)\s+(?:out\s+of|off|from)\b", re.I)


def mail_still_wanted(sentence: str, text: str, whole: bool = False) -> bool:
    """Whether the customer still wants some mail, or refuses only a line, address or platform beside another route:
    the opt-out then is asked, never applied at once (a ``whole`` record erased is more than a line refused)."""
    from followup.text.wish_scope import own_text

    own = own_text(text or "")
    own = "\n".join(line for line in own.split("\n") if not line.lstrip().startswith(">"))
    for m in (*_STILL_WANTED.finditer(own), *_STILL_OFFER.finditer(own)):
        if not _TRANSACTIONAL.search(own[max(0, m.start() - 120): m.end() + 60]):
            return True  # mail about the account itself (invoices, order confirmations) is not what an opt-out stops
    return bool(not whole and _A_LINE.search(sentence) and (_OTHER_ROUTE.search(own) or any(
        not refused_line(own, m) for m in _ROUTE.finditer(own))))


# one channel refused and another preferred in one sentence, in the languages the opt-out tables read ("Bitte rufen
# Sie mich nicht mehr an, schreiben Sie mir lieber eine Mail", "ne m'appelez plus, écrivez-moi plutôt"): a channel,
# not a stop, unless the sentence also refuses contact as such
_RATHER = re.compile(r"\b(?:rather|instead|prefer\w*|lieber|stattdessen|bevorzug\w*|plut[ôo]t|pr[ée]f[ée]r\w*|mejor|"
                     r"preferibl\w*|piuttosto|meglio|liever|hellre|heller|raczej|wol[eę]\w*)\b", re.I)


def _channel_swapped(sentence: str) -> bool:
    """Whether the sentence names a phone and a mail channel with a word of preference, and no refusal of contact as
    such: one channel refused for the other."""
    return bool(_NAMED["phone"].search(sentence) and _NAMED["email"].search(sentence) and _RATHER.search(sentence)
                and not _ANY_CHANNEL.search(sentence))


def weigh_opt_out(dnc: Wish, sentence: str, offset: int, text: str) -> Wish:
    """The rules' opt-out as read, as a question when weakly said or when another channel is offered elsewhere in
    the message, or the other channel preferred instead."""
    if not dnc.certain:
        return dnc
    instead = channel_instead(sentence, offset, text)
    if instead is not None:
        return instead
    if other_channel_offered(dnc.quote, text) is not None \
            or mail_still_wanted(sentence, text, whole=_WHOLE_RECORD.search(dnc.quote) is not None) \
            or _channel_swapped(sentence) or mail_redirected(text):
        return Wish(DNC, dnc.quote, certain=False)
    if weakly_said(sentence, dnc.quote):
        return Wish(DNC, dnc.quote, certain=False)
    return dnc


# what may stand between two refusals read as one: "don't call this number again and don't send me any more messages"
_JOINED = re.compile(r"^\W*(?:(?:and|or|nor|&)\s+)?(?:also\s+)?\W*$", re.I)


def joined_refusal(dnc: Wish, sentence: str, offset: int, text: str, read) -> Wish | None:
    """A refusal of one channel joined in its sentence to a refusal of another channel (or of mail in general), read
    by ``read`` (wish_optout.do_not_contact), as one certain opt-out: no channel is left for one offered elsewhere in
    the message ("calling me every day on my mobile ... don't call this number again and don't send me any more
    messages"); None when there is no such second refusal."""
    at = sentence.find(dnc.quote)
    if at < 0:
        return None
    rest = at + len(dnc.quote)
    second = read(sentence[rest:], offset + rest, text)
    end = sentence.find(second.quote, rest) if second and second.certain else -1
    if end < 0 or not _JOINED.match(sentence[rest:end]):
        return None
    first = {name for name, rx in _NAMED.items() if rx.search(dnc.quote)}
    other = {name for name, rx in _NAMED.items() if rx.search(second.quote)}
    quote = text[offset + at: offset + end + len(second.quote)]
    if len(first) != 1 or other & first or mail_still_wanted(sentence, text) or _channel_swapped(sentence) \
            or mail_redirected(text) or weakly_said(sentence, quote):
        return None
    return Wish(DNC, quote)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

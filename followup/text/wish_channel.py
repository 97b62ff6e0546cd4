"""More ways of naming a preferred channel (followup.text.wish_prefs reads them with its own): the channel called the
only one that reaches the customer, all further communication asked to be by it, everything sent by "mail"; and a
channel named only as the condition of a time of day ("if you need to reach me by phone, early mornings work best")."""
from __future__ import annotations

import re

from followup.text.wish_base import Wish

# how far back the "if you need to ..." a channel stands in may open ("If you need to reach me by phone, ...")
CONDITION_CHARS = 60


def more_channel_patterns(name: str, x: str, y: str) -> list[str]:
    """Further ways of saying "use channel name (regex x) rather than y", as regexes."""
    return [
        # "I'd rather not talk on the phone, email please": the one refused, then the one offered after a comma
        rf"\brather\s+not\s+(?:\w+\s+){{0,3}}?{y}\b[^.,;]{{0,15}}[,;]\s*(?:just\s+)?{x}\b"
        rf"(?!\s+(?:either|too|as\s+well|nor)\b)",
        # "send the details by email, that one I can read and reply properly": the channel, then the customer's word
        # that it is the one they can read or answer
        rf"\b(?:by|via|on|over|through)\s+{x}\b\s*(?:[,;]|\s[-\u2013\u2014])\s*(?:that(?:\s+one)?|which|this\s+one|"
        rf"those|these)\s+(?:I|we)\s+(?:can|do|will|always|actually)\s+(?:\w+\s+)?(?:read|see|answer|reply|check|open)\b",
        # "Email is the only thing I'll reliably see", "phone is the only way to get me"
        rf"\b{x}\s+(?:is|'s)\s+(?:really\s+|honestly\s+)?the\s+only\s+(?:thing|way|channel|one)\s+(?:I|I'll|I\s+will|"
        rf"I\s+can|to\s+(?:reach|get|contact|catch))\b",
        # "asks that all further communication on the contract be by email": what is to come, said by its channel
        rf"\b(?:all|any)\s+(?:further\s+|future\s+)?(?:communications?|correspondence|contact)\b[^.;]{{0,50}}?"
        rf"\b(?:be|is|go(?:es)?|happen)\s+(?:by|via|over|through)\s+{x}\b",
        # "please send everything by mail from now on": "mail" alone is email to most writers of English abroad
        r"\bsend\s+(?:me\s+|us\s+)?(?:everything|anything|it\s+all|all\s+of\s+it)\s+(?:by|via|per)\s+(?:e-?)?mail\b"
        if name == "email" else r"(?!x)x",
        ALL_BY_MAIL if name == "email" else r"(?!x)x",
        # "Written is much easier for me": the written word praised as easier for the customer, said of no one document
        r"\b(?:written|in\s+writing)\s+(?:is|works|would\s+be)\s+(?:much\s+|far\s+|a\s+lot\s+|so\s+much\s+)?"
        r"(?:easier|better|simpler|clearer)\s+for\s+(?:me|us)\b" if name == "email" else r"(?!x)x",
        # "Best to ring my mobile", "easiest if you call the office line": the customer's own line named after the verb
        rf"\b(?:best|easiest|quickest|better)\s+(?:to|if\s+you|(?:that\s+)?you)\s+{x}\s+(?:(?:me|us)\s+(?:on|at)\s+)?"
        rf"(?:my|our)\s+(?:mobile|cell|phone|number|landline|direct\s+line|work\s+number|office)\b" if name == "phone"
        else r"(?!x)x",
        # "I barely get to check email", "we never have time to read emails": the other channel the customer misses
        rf"\b(?:rarely|never|barely|seldom|hardly(?:\s+ever)?)\s+(?:get\s+(?:the\s+)?(?:time\s+|chance\s+)?to|"
        rf"have\s+(?:the\s+)?time\s+to|find\s+(?:the\s+)?time\s+to)\s+(?:check|read|look\s+at|open|answer)\s+"
        rf"(?:my\s+|the\s+|our\s+)?{y}\b" if name != "sms" else r"(?!x)x",
    ]


# everything (or all of a kind) asked to be sent by mail, in the seven languages: a standing way to be reached, not one
# document ("please send me all offers and the contract on email", "schicken Sie mir alles per E-Mail", "m'envoyer
# toutes les informations par e-mail", "envíeme todo por correo", "mi mandi tutto per e-mail", "mande-me tudo por
# e-mail", "stuur alles per mail"; not "envoyez-moi tout de suite par mail le devis": right away, one document)
_ALL_WORD = (r"(?:everything|all\s+(?:of\s+)?(?:the\s+|your\s+)?\w+|alles|alle\s+\w+|tout(?!\s+de\s+suite)|toutes?\s+les|"
             r"tous\s+les|tod[oa]s?\b(?:\s+l[oa]s)?|tutt[oaie]\b(?:\s+(?:le|i|gli))?|tudo)")
_SEND_VERB = (r"(?:send|forward|schick\w*|send\w*|zusend\w*|envoy\w*|envoi\w*|transmet\w*|env[ií]\w*|mand\w*|m[áa]nd\w*|"
              r"invi\w*|inoltr\w*|stuur\w*|zend\w*|doorsturen)")
# (an adverb of preference between the verb and "everything" asks the more: "envoyez-moi plutôt tout ça par courriel")
ALL_BY_MAIL = (rf"\b{_SEND_VERB}(?:[- ](?:me|us|moi|nous|mir|uns|mij|ons|nos|mi|ci|Sie|u))*\s+(?:(?:bitte|please|pure|"
               rf"gerne?|maar|gewoon|plut[ôo]t|lieber|liever|mejor|meglio|piuttosto|rather|instead)\s+)*{_ALL_WORD}\b"
               rf"[^.;:!?]{{0,40}}?\b(?:by|via|on|over|through|per|par|por|pelo|pela|tramite|"
               rf"als)\s+(?:l['\u2019]|le\s+|el\s+|la\s+|o\s+)?(?:e-?mail|mail|courriel|correo(?:\s+electr[óo]nico)?|"
               rf"posta\s+elettronica|correio\s+eletr[óo]nico)\b|"
               # "everything" first and the verb after its pronouns: "todo me lo haga llegar por correo", "tutto me lo
               # faccia avere per e-mail", "tudo mo faça chegar por e-mail"
               # (sent to the writer: a first-person pronoun among them; not "todo lo envían por correo certificado")
               rf"\b{_ALL_WORD}\s+(?:(?:lo|la|le|los|las)\s+)?(?:me|nos|mi|ci|ce|mo|ma|mir|uns)\s+(?:(?:lo|la|le|los|las)\s+)?(?:{_SEND_VERB}|"
               rf"h[aá]g\w*\s+llegar|fa\w*\s+(?:avere|pervenire|arrivare)|fa[çc]\w*\s+chegar)\b"
               rf"[^.;:!?]{{0,20}}?\b(?:by|via|per|par|por|pelo|pela|tramite)\s+(?:e-?mail|mail|courriel|correo|posta|correio)\b"
               rf"(?!\s+(?:certificad|postal|ordinari|normal|registrad|raccomandat))")


# a condition that takes a channel for granted: "if you need to reach me by phone", "should you want to call me"
_CONDITION = re.compile(r"\b(?:if|should|when(?:ever)?)\s+(?:you|they|anyone)\s+(?:ever\s+)?(?:need|want|have|wish)\s+"
                        r"to\b[^,;.!?]*$", re.I)


# an emergency the channel is kept for, in the seven languages: "please phone rather than email if urgent", "en cas
# d'urgence", "falls dringend", "si es urgente", "se urgente", "se for urgente", "indien dringend"
_URGENT_ONLY = re.compile(r"\b(?:if\s+(?:it(?:'s|\s+is)\s+)?(?:urgent|an\s+emergency)|"
                          r"(?:for|in)\s+(?:an?\s+)?(?:urgent|emergenc)\w*|"
                          r"in\s+case\s+of\s+(?:an?\s+)?(?:urgen|emergenc)\w*|en\s+cas\s+d['\u2019]\s*urgence|si\s+(?:c['\u2019]est\s+)?"
                          r"urgent|pour\s+les\s+urgences|falls\s+(?:es\s+)?dringend|(?:in|bei)\s+dringenden|wenn\s+es\s+dringend|"
                          r"(?:para|por)\s+(?:algo\s+)?urgen\w+|si\s+es\s+urgente|en\s+caso\s+de\s+urgencia|se\s+(?:è\s+|for\s+|[ée]\s+)?"
                          r"urgente|in\s+caso\s+di\s+urgenz\w*|per\s+(?:le\s+)?urgenze|em\s+caso\s+de\s+urg[êe]ncia|"
                          r"indien\s+dringend|als\s+het\s+dringend|bij\s+dringende|voor\s+dringende)\b", re.I)


def urgent_only(sentence: str, wishes: list[Wish]) -> list[Wish]:
    """The preferences of one sentence without a channel asked for only when something is urgent ("Please phone
    rather than email if urgent": the way in for an emergency, not how the customer wants follow-ups)."""
    if not _URGENT_ONLY.search(sentence):
        return wishes
    return [w for w in wishes if not (w.preference or "").startswith("channel:")]


def conditional_channel(sentence: str, wishes: list[Wish]) -> list[Wish]:
    """The preferences of one sentence without a channel named only in the condition of a time of day asked in it
    ("If you need to reach me by phone, early mornings before 9 work best": the morning, not the phone)."""
    if not any((w.preference or "").startswith("time:") for w in wishes):
        return wishes
    out = []
    for w in wishes:
        at = sentence.find(w.quote) if (w.preference or "").startswith("channel:") else -1
        if at >= 0 and _CONDITION.search(sentence[max(0, at - CONDITION_CHARS): at]):
            continue
        out.append(w)
    return out


# more than the customer can read: "ma boîte déborde", "my inbox is overflowing", "el correo se me desborda"
# (or buried under it: "yours are getting buried", "ich ertrinke in Mails", "je me noie dans les mails", "me ahogo en
# correos", "affogo nelle mail", "afogado em e-mails", "ik verzuip in de mail")
_OVERFLOW_WORDS = (r"\b(?:d[ée]bord\w*|desbord\w*|overflow\w*|loopt\s+over|trabocc\w*|transbord\w*|(?:get|gets|getting|got)\s+"
                   r"buried|buried\s+(?:in|under)|drowning|ertrinke\w*|me\s+noie|me\s+ahogo|affog\w*|afogad[oa]|verzuip\w*)\b")
# a channel too slow for the matter, or one the talk goes round in: "mails take too long", "this email chain is going
# in circles", "email is far too slow", "we get lost in emails", "Mails dauern zu lange", "wir drehen uns im Kreis",
# "les mails prennent trop de temps", "on tourne en rond", "los correos tardan demasiado", "damos vueltas", "con le mail
# ci perdiamo", "os e-mails demoram demais", "mails duren te lang", "we draaien rondjes"
_GOES_NOWHERE = (
    r"\b(?:takes?|taking|took)\s+(?:far\s+|way\s+|much\s+)?(?:too\s+long|forever|ages)\b|"
    r"\b(?:is|are|'s|'re)\s+(?:far\s+|way\s+|much\s+|just\s+)?too\s+slow\b|\b(?:going|go|goes|went)\s+(?:round\s+)?in\s+"
    r"circles\b|\b(?:get|gets|getting|got)\s+(?:\w+\s+)?lost\s+in\b|"
    r"\bdauer\w*\s+(?:\w+\s+)?(?:zu\s+lange?|ewig)\b|\bzu\s+langsam\b|\bim\s+Kreis\b|\bverzetteln\b|"
    r"\bprenn\w*\s+(?:beaucoup\s+)?trop\s+de\s+temps\b|\btrop\s+lent\w*|\btourn\w*\s+en\s+rond\b|\b(?:on\s+se|nous\s+nous)\s+perd\w*|"
    r"\btard\w*\s+(?:demasiado|una\s+eternidad)\b|\bdemasiado\s+lent\w*|\b(?:damos|dando)\s+vueltas\b|\bnos\s+perdemos\b|"
    r"\bci\s+(?:perdiamo|mettiamo\s+troppo)\b|\bci\s+(?:vuole|mettono)\s+troppo\b|\btroppo\s+lent\w*|\bgir\w*\s+in\s+tondo\b|"
    r"\bdemora\w*\s+(?:demais|uma\s+eternidade)\b|\bandamos\s+em\s+c[íi]rculos\b|\b(?:nos|a\s+gente\s+se)\s+perde\w*|"
    r"\bduren\s+(?:veel\s+)?te\s+lang\b|\bte\s+traag\b|\bdraaien\s+(?:\w+\s+)?rondjes\b")
# a channel the customer says they miss, in the seven languages: "I won't hear the phone", "email's a black hole here",
# "emails I only see very late", "I don't really read long emails", "das Telefon höre ich nicht", "je ne vois jamais
# mes mails", "el correo casi no lo veo", "non sento il telefono", "email eu quase não vejo" (or "não abro"), "mail lees
# ik zelden"
_MISSED = re.compile(
    r"\b(?:won'?t|will\s+not|can'?t|cannot|don'?t|do\s+not|never|rarely|hardly\s+ever|barely)\s+(?:\w+\s+)?(?:hear|see|notice|read)\b|"
    r"\bblack\s+hole\b|\b(?:see|read)\s+(?:them\s+|it\s+)?(?:very\s+|only\s+)?(?:late|weeks\s+(?:after|later)|days\s+later)\b|"
    r"\b(?:höre|sehe|lese)\s+(?:ich\s+)?(?:\w+\s+){0,3}?(?:nicht|nie|kaum|selten)\b|"
    r"\bne\s+(?:les?\s+|l['\u2019])?(?:vois|entends|lis)\s+(?:jamais|pas|presque\s+jamais|rarement)\b|"
    r"\b(?:casi\s+)?no\s+(?:lo\s+|la\s+|los\s+)?(?:veo|oigo|leo|abro)\b|\bnon\s+(?:lo\s+|la\s+|le\s+)?(?:vedo|sento|leggo|apro)\b|"
    r"\b(?:quase\s+)?n[ãa]o\s+(?:o\s+|a\s+)?(?:vejo|ou[çc]o|leio|abro)\b|\b(?:zie|hoor|lees)\s+(?:ik\s+)?(?:\w+\s+){0,3}?"
    r"(?:nooit|niet|zelden)\b|"
    # a channel that is no use to the customer, or no time to read what comes by it: "phoning me is a bit pointless",
    # "je n'ai ni le temps ni la patience de les lire", "ik kom er niet aan toe om ze te lezen", "keine Zeit, sie zu
    # lesen", "no tengo tiempo de leerlos", "non ho tempo di leggerle", "não tenho tempo para os ler"
    r"\b(?:is|'s|are)\s+(?:a\s+bit\s+|rather\s+|pretty\s+|quite\s+|just\s+)?(?:pointless|useless|no\s+use|hopeless)\b|"
    r"\b(?:no|don'?t\s+have\s+(?:the\s+)?)\s*time\s+to\s+read\b|\bn['\u2019]ai\s+(?:pas|ni)\s+le\s+temps\b[^,.;]{0,40}\blire\b|"
    r"\bkeine\s+Zeit\b[^.;]{0,30}\bzu\s+lesen\b|\bno\s+tengo\s+tiempo\s+(?:de|para)\s+leer\w*|"
    r"\bnon\s+ho\s+(?:il\s+)?tempo\s+(?:di|per)\s+legger\w*|\bn[ãa]o\s+tenho\s+tempo\s+(?:de|para)\s+(?:\w+\s+)?ler\b|"
    r"\b(?:kom|kwam)\s+(?:er\s+)?(?:\w+\s+){0,2}?niet\s+(?:aan\s+)?toe\b|\bgeen\s+tijd\s+om\b[^.;]{0,20}\blezen\b|"
    # no hand with the channel, or no promise to see what comes by it: "I'm not so good with email", "I'm no good with
    # all these emails", "I cannot promise to see yours", "nicht so gut mit E-Mails", "pas doué avec les mails", "no
    # soy buena con el correo", "non sono brava con le e-mail", "não sou bom com e-mails", "niet zo goed met mail"
    r"\b(?:not|no)\s+(?:so\s+|very\s+|too\s+|that\s+|really\s+|much\s+|great\s+)?good\s+(?:with|at)\b|"
    r"\bnicht\s+(?:so\s+|sehr\s+)?gut\s+mit\b|\bpas\s+(?:tr[èe]s\s+|trop\s+)?dou[ée]e?\s+avec\b|"
    r"\bno\s+soy\s+(?:muy\s+)?buen[oa]\s+con\b|\bnon\s+sono\s+(?:molto\s+|tanto\s+)?brav[oa]\s+con\b|"
    r"\bn[ãa]o\s+sou\s+(?:muito\s+)?bo[ma]\s+com\b|\bniet\s+(?:zo\s+|erg\s+)?goed\s+met\b|"
    r"\b(?:cannot|can'?t|can\s+not)\s+promise\s+(?:to|that\s+I(?:'ll|\s+will))\s+(?:\w+\s+)?(?:see|read|open|answer)\b|"
    # the channel not working for the customer: "Emails just aren't working for us", "E-Mails funktionieren bei uns
    # nicht", "les mails ne marchent pas pour nous", "el correo no nos funciona", "le mail non funzionano per noi",
    # "e-mail não funciona para nós", "mail werkt voor ons niet"
    r"\b(?:isn['\u2019]?t|aren['\u2019]?t|is\s+not|are\s+not)\s+(?:just\s+|really\s+)?working\s+(?:for|with)\s+(?:me|us)\b|"
    # what comes by the channel left lying for days: "emails like this one sit for days", "Mails bleiben tagelang
    # liegen", "les mails restent des jours sans réponse", "los correos se quedan días sin leer", "le mail restano lì
    # per giorni", "os e-mails ficam dias sem resposta", "mails blijven dagen liggen"
    r"\b(?:sits?|sitting|lie|lies|stays?)\s+(?:there\s+|unread\s+|unanswered\s+)?for\s+(?:days|weeks)\b|"
    r"\bbleiben\s+(?:\w+\s+){0,3}?(?:tagelang|wochenlang)\s+(?:liegen|ungelesen)\b|\brest(?:e|ent)\s+(?:l[àa]\s+)?"
    r"(?:des\s+jours|des\s+semaines)\b|\bse\s+(?:me\s+)?qued(?:a|an)\s+(?:d[íi]as|semanas)\b|\brest(?:a|ano)\s+"
    r"(?:l[ìi]\s+)?(?:per\s+)?(?:giorni|settimane)\b|\bfica(?:m)?\s+(?:l[áa]\s+)?(?:dias|semanas)\b|"
    r"\bblijv(?:en|t)\s+(?:\w+\s+){0,3}?(?:dagen|weken)\s+(?:liggen|ongelezen)\b|"
    r"\bfunktionier\w*\s+(?:bei|für)\s+(?:mich|uns|mir)\s+(?:einfach\s+)?nicht\b|\bne\s+(?:marche|marchent|fonctionne|"
    r"fonctionnent)\s+pas\s+(?:pour|avec)\s+(?:moi|nous)\b|\bno\s+(?:me|nos)\s+funciona\w*|\bnon\s+funzion\w*\s+per\s+"
    r"(?:me|noi)\b|\bn[ãa]o\s+funciona\w*\s+(?:para|pra)\s+(?:mim|n[óo]s)\b|\bwerk(?:t|en)\s+(?:\w+\s+)?(?:niet\s+voor\s+"
    r"(?:mij|ons)|voor\s+(?:mij|ons)\s+(?:\w+\s+)?niet)\b|"
    # the other channel always lost on the customer: "On the phone I always forget the numbers", "am Telefon vergesse ich
    # immer alles", "au téléphone j'oublie toujours", "por teléfono siempre se me olvida", "al telefono dimentico sempre",
    # "no telefone esqueço sempre", "aan de telefoon vergeet ik altijd"
    r"\b(?:always|usually)\s+forget\b|"
    r"\bvergesse\s+(?:ich\s+)?(?:immer|st[äa]ndig)\b|\boublie\s+toujours\b|"
    r"\bsiempre\s+(?:se\s+me\s+olvida\w*|me\s+olvido)\b|\bdimentic\w*\s+sempre\b|\besque[çc]o\s+sempre\b|"
    r"\bsempre\s+esque[çc]o\b|\bvergeet\s+(?:ik\s+)?altijd\b|"
    + _OVERFLOW_WORDS + "|" + _GOES_NOWHERE, re.I)
# the customer never by one channel's device, so the other is the one: "I'm never near a phone", "I'm never at the
# computer", "nie am Rechner", "jamais devant l'ordinateur", "nunca estoy delante del ordenador", "mai al computer",
# "nunca estou no computador", "zelden achter de computer"
_DEVICE_AWAY = re.compile(
    r"\b(?:never|rarely|seldom|hardly\s+ever|nie|selten|kaum|jamais|rarement|nunca|casi\s+nunca|mai|raramente|quase\s+nunca|"
    r"nooit|zelden|bijna\s+nooit)\s+(?:estoy\s+|estou\s+|fico\s+|sono\s+)?(?:near|by|at|in\s+front\s+of|close\s+to|am|beim|"
    r"vor\s+dem|in\s+der\s+N[äa]he\s+(?:des|vom)|devant|pr[èe]s\s+d[eu]|à\s+c[ôo]t[ée]\s+d[eu]|delante\s+del|frente\s+al|"
    r"cerca\s+del|junto\s+al|al|davanti\s+al|vicino\s+al|no|ao|perto\s+do|em\s+frente\s+ao|achter|bij|aan|in\s+de\s+buurt\s+van)"
    r"\s+(?:(?:a|the|my|an|de|mijn|l['\u2019]|mon|un|meu|mio|mi)\s*)?"
    r"(?:(?P<email>computer|laptop|PC|screen|inbox|Rechner|Computer|Bildschirm|ordinateur|ordi|[ée]cran|ordenador|"
    r"computadora|computador)|(?P<phone>phone|telephone|landline|Telefon|t[ée]l[ée]phone|tel[ée]fono|telefone|telefoon))\b",
    re.I)
# a clause that points back at the channel named in the clause before: "I saw your mails, but honestly, I hardly ever
# read those", "ik lees die dingen bijna nooit", "je ne les lis jamais", "ich lese sie kaum"
_OVERFLOW = re.compile(_OVERFLOW_WORDS, re.I)
_BACK = re.compile(r"\b(?:them|those|these|die\s+dingen|die|ze|sie|les|los|las|li|le|os|as)\b", re.I)
_PHONE_WORD = re.compile(r"\b(?:phone|phoning|calls?|calling|ring|ringing|"
                         r"mobile|cell|voicemail|telefon\w*|t[ée]l[ée]phon\w*|handy|portable|"
                         r"cellulare|telemóvel|celular|telefoon|gsm)\b", re.I)
_MAIL_WORD = re.compile(r"\b(?:e-?mails?|mails?|inbox|courriels?|correos?|posta)\b", re.I)
# the channel turned down in favour of another: "give me a ring next time instead of emailing"
_INSTEAD = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:(?:by|on|over|via|sending\s+(?:me\s+)?)\s+)?(?:the\s+)?"
                      r"(?:(?P<email>e-?mail\w*|writing)|(?P<phone>phon\w*|call\w*|ring\w*))", re.I)
_CLAUSE = re.compile(r"[,;:]|\s[-\u2013\u2014]\s")
# one channel turned down in a wish frame: "I'd rather we didn't do this over the phone", "I'd prefer you did not email"
_RATHER_NOT = re.compile(r"\b(?:rather|prefer(?:red)?)\b[^.;,]{0,20}?(?:\bnot\b|n['\u2019]t\b|\bnever\b)"
                         r"(?P<rest>[^.;,]{0,40})", re.I)


def missed_channel(sentence: str) -> str | None:
    """'channel:phone' / 'channel:email' for a sentence that says the customer misses the other channel or turns it
    down ("email's a black hole here", "I won't hear the phone", "ring me instead of emailing"): the other of the two
    is the one to use. None when the clause that says so names both or neither."""
    m = _INSTEAD.search(sentence) or _DEVICE_AWAY.search(sentence)
    if m and m.lastgroup:
        return "channel:" + ("phone" if m.lastgroup == "email" else "email")
    rather = _RATHER_NOT.search(sentence)
    if rather and bool(_PHONE_WORD.search(rather["rest"])) != bool(_MAIL_WORD.search(rather["rest"])):
        return "channel:" + ("email" if _PHONE_WORD.search(rather["rest"]) else "phone")
    clauses = _CLAUSE.split(sentence)
    for at, clause in enumerate(clauses):
        if not _MISSED.search(clause):
            continue
        phone, mail = bool(_PHONE_WORD.search(clause)), bool(_MAIL_WORD.search(clause))
        if not phone and not mail and (_BACK.search(clause) or _OVERFLOW.search(clause)):
            # the channel is the one the nearest clause before named ("vos mails ..., ma boîte déborde")
            named = next((c for c in reversed(clauses[:at]) if _PHONE_WORD.search(c) or _MAIL_WORD.search(c)), "")
            phone, mail = bool(_PHONE_WORD.search(named)), bool(_MAIL_WORD.search(named))
        if phone != mail:
            return "channel:" + ("email" if phone else "phone")
    return None

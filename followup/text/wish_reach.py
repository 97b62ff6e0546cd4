"""How and when the customer may want to be reached, read by a grammar over clauses in the seven languages the rules
read. Never certain (followup.text.wishes adds these as possible wishes where nothing of their kind was read).

Channel: each clause naming one channel (a phone word or a mail word, noun or verb in any form) is weighed: a
difficulty or refusal there ("je ne lis presque jamais mes mails", "my inbox is a disaster", "al telefono non rispondo")
makes it the channel avoided; a request or a preference word ("appelez-moi", "mi scriva una mail", "written is better")
the channel wanted. One channel wanted with the other avoided in the same message is a possible preferred channel; a
channel after "rather than" / "instead of" (any language) is avoided; a clause naming a time of day is left to the
time readers.

Time: a clock hour after a word of "after", "from" or "before" in another language ("après 19h", "dopo le 18",
"depois das 18h", "a partir de las tres", "na twee uur") in a sentence about being reached.
"""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import DNC, PREFERENCE, Wish
from followup.text.wish_clock import ES_MARCAR, clock_range_time
from followup.text.wish_negation import EN_NOT_CONTRACTION
from followup.text.wish_rather import without_refused_part
from followup.text.wish_window import pointed_time

_PHONE = re.compile(r"\b(?:call\w*|ring(?:ing)?|phone\w*|telephone|mobile|cell|anruf\w*|telefon\w*|ruf\w*|appel\w*|"
                    rf"t[ée]l[ée]phon\w*|portable|ll[aá]m\w*|{ES_MARCAR}|tel[ée]fono|m[óo]vil|celular|chiam\w*|cellulare|(?<=me\s)liga|lig(?:ar|ue|ue-me|a-me|"
                    r"ação|ações|uem)|bel(?:len|t)?|gebeld|coup\s+de\s+(?:fil|t[ée]l[ée]phone))\b", re.I)
_MAIL = re.compile(r"\b(?:e-?mails?|mails?|mailtjes?|(?:e-?)?mail(?:en|t)|"
                   r"mailbox|inbox|written|writing|typing|schriftlich\w*|schreib\w*|"
                   r"courriels?|[ée]cri\w*|correos?|correio|escrib\w*|escrito|posta|scriv\w*|iscritto|escrev\w*|schrijf\w*|"
                   r"schriftelijk)\b",
                   re.I)
# a difficulty, a refusal or a mess, in the clause that names the channel
_AVOID = re.compile(r"\b(?:never|rarely|hardly|barely|seldom|cannot|"
                    # an English "don't", its apostrophe written or not (a listed verb, not any word ending in -nt:
                    # "dorénavant", "seulement", "voortaan"... "moment")
                    rf"{EN_NOT_CONTRACTION}|"
                    r"not|no(?!\s+(?:celular|telem[óo]vel|telefone|fixo|m[óo]vil|escrit[óo]rio|zap|whats\w*)\b)|"
                    r"unmanageable|disaster|"
                    r"buried|lost|chaos|rubbish|terrible|hopeless|tricky|hard|difficult|forever|overflowing|unread|"
                    r"kaum|selten|nie|nicht|schlecht|keine|schwer|jamais|rarement|pas|peine|difficile|nunca|apenas|"
                    r"dif[íi]cil|poco|mai|non|n[ãa]o|raramente|nooit|niet|zelden|moeilijk|slecht|nauwelijks|lastig|loopt\s+over|"
                    # read now and then, or lost in the spam folder: "E-Mails lese ich nur sporadisch", "landen oft im Spam"
                    r"sporadi\w*|occasionally|gelegentlich|ocasionalmente|spam|"
                    # read once in a blue moon: "die Mails les i eh nur alle heiligen Zeiten", "alle Jubeljahre"
                    r"alle\s+heiligen\s+Zeiten|alle\s+Jubeljahre|once\s+in\s+a\s+blue\s+moon|"
                    # the channel keeps breaking into the customer's work: "au téléphone je suis souvent interrompu"
                    r"interrupt\w*|interromp\w*|unterbroch\w*|gest[öo]rt|st[öo]rend|interrump\w*|interrott\w*|"
                    r"onderbro\w*|gestoord|"
                    # not for the customer at all: "Mailen is niks voor mij"
                    r"niks\s+voor|nichts\s+f[üu]r|"
                    # lost among the rest: "Mails gehen bei mir ständig unter", "se pierden", "si perdono", "raken zoek"
                    r"(?:geh\w*|ging\w*)\b[^,;.]{0,30}\bunter|untergeh\w*|(?:se|si)\s+(?:(?:me|nos|mi|ci|te|le|les)\s+)?pi?erd\w*|"
                    r"raken\s+(?:\w+\s+)?zoek|"  # ("los mails se me pierden": the writer's own clitic between)
                    # the line itself fails: "my phone network is very poor", "calls keep cutting", "internet is patchy"
                    r"poor|patchy|keep\s+(?:dropping|cutting)|cut\s+out|compliqu[ée]e?|miss(?:es|ed)?\s+(?:\w+\s+)?calls|"
                    # read seldom or late: "once a week", "one time in the month", "weken later", "trop tard", "sin leer"
                    r"once\s+(?:a|per|every)|one\s+time\s+(?:a|in\s+the|per)|(?:weeks|days)\s+later|weken\s+later|"
                    r"(?:[ée][ée]n|een)\s+keer\s+per|une\s+fois\s+par|trop\s+tard|en\s+retard|sin\s+leer|"
                    r"una\s+vez\s+(?:a|al|por)|una\s+volta\s+(?:a|al|alla|ogni)|uma\s+vez\s+por|"
                    r"einmal\s+(?:die|pro|im|in)|"
                    # too many of them, and lost: "I have too many email every day, yours I lose them", "zu viele Mails",
                    # "trop de mails", "demasiados correos", "troppe mail", "demasiados e-mails", "te veel mails"
                    r"too\s+many|zu\s+viele|trop\s+de|demasiad[oa]s|tropp[ei]|te\s+veel|lose|losing|verlier\w*|"
                    r"perco|perdo|pierdo)\b", re.I)
# a channel read only late: "Mail I see only late in the night", "E-Mails lese ich erst abends", "je ne lis mes mails que
# le soir", "el correo solo lo leo por la noche" (a time named, and still the channel avoided: not "call me only after 6")
_READ_LATE = re.compile(r"\b(?:see|read|check|look\s+at|lese|sehe|les|lis|vois|consulte|leo|veo|reviso|leggo|vedo|controllo|"
                        r"leio|vejo|lees|zie|bekijk)\b[^,;]{0,30}\b(?:only|just|not\s+until|erst|nur|que|solo|s[óo]lo|"
                        r"soltanto|solamente|s[óo]|pas\s+avant|alleen|pas)\b"
                        r"[^,;]{0,20}\b(?:late|night|evening|weekend|abends?|nachts?|sp[äa]t|soir|nuit|tard|noche|tarde|sera|notte|"
                        r"tardi|noite|avond|nacht|laat)\b", re.I)
# a request to the customer's own address or a preference word
# (or to the one an assistant writes for: "Sarah has asked that all correspondence comes to her by email")
_WANT = re.compile(r"\b(?:me|mir|mich|moi|m[eé]|mi|mij|us|uns|nous|nos|ci|ons|her|him|pick\s+up|just|einfach|simplement|"
                   r"simplemente|best|prefer\w*|rather|easier|quicker|faster|works|please|kindly|"
                   r"lieber|besser|am\s+besten|einfach|plut[ôo]t|mieux|pr[ée]f[èée]r\w*|mejor|prefiero|meglio|"
                   r"preferisco|pure|prego|melhor|prefiro|liever|beter|gewoon)\b", re.I)
# (the imperative with the customer as its object is itself a request: "llámame al móvil", "chiamami al cellulare",
# "me liga no celular", "appelle-moi", "telefonami")
_CALL_ME = re.compile(rf"\b(?:ll[aá]m(?:ame|eme|enme|adme)|{ES_MARCAR}|chiam(?:ami|atemi)|telefon(?:ami|atemi|e-me)|"
                      r"lig(?:a|ue)-me|appel(?:le|ez)-moi|(?:me|mi)\s+(?:liga|ligue|llam[ae]n?|chiami))\b", re.I)
_PREFER = re.compile(r"\b(?:better|best|prefer\w*|rather|easier|quicker|faster|works\s+(?:better|best)|lieber|besser|"
                     r"privil[ée]gi\w*|privilegi\w*|bevorzug\w*|vorzugsweise|de\s+pr[ée]f[ée]rence|preferiblemente|"
                     r"preferentemente|preferibilmente|de\s+prefer[êe]ncia|preferencialmente|bij\s+voorkeur|"
                     r"am\s+besten|plut[ôo]t|mieux|pr[ée]f[èée]r\w*|mejor|prefiero|meglio|preferisco|melhor|prefiro|"
                     r"liever|beter|"
                     # the other channel's stand-in, said after the channel: "put the prices in an email instead",
                     # "schicken Sie es stattdessen per Mail", "mandamelo invece per mail", "bel me in plaats daarvan"
                     r"instead(?!\s+of\b)|stattdessen|en\s+su\s+lugar|invece(?!\s+di\b)|em\s+vez\s+disso|"
                     r"in\s+plaats\s+daarvan)\b", re.I)
# the one channel asked for from now on: "nur noch per E-Mail", "only by email", "uniquement par mail", "solo por correo"
_ONLY = re.compile(r"\b(?:nur(?:\s+noch)?|ausschlie(?:ß|ss)lich|only|uniquement|seulement|exclusivement|solo|s[óo]lamente|"
                   r"s[óo]lo|soltanto|esclusivamente|somente|apenas|alleen|uitsluitend)\s+(?:(?:per|by|via|par|por|tramite|"
                   r"através\s+de|por\s+meio\s+de)\s+)(?:e-?mail|mail|courriel|correo|posta|schriftlich|écrit|escrito)\b",
                   re.I)
# everything sent by mail from now on, in the seven languages: "voortaan maar per mail", "ab jetzt per Mail",
# "désormais par courriel", "de ahora en adelante por correo", "d'ora in poi per email", "daqui para a frente por
# e-mail", "from now on by email" (either order); a channel preferred, weighed as a preference word is
_MAIL_WORD = (r"(?:e-?mails?|mail|courriel|correo(?:\s+electr[óo]nico)?|posta(?:\s+elettronica)?|correio(?:\s+eletr[óo]nico)?|"
              r"schriftlich|écrit|escrito)")
_BY_MAIL = rf"\b(?:per|by|via|par|por|tramite|pela|pelo|through)\s+(?:(?:e-?)?mail|le\s+)?{_MAIL_WORD}\b"
_FROM_NOW = (r"\b(?:from\s+now\s+on|from\s+here\s+on|going\s+forward|henceforth|in\s+future|voortaan|vanaf\s+nu|"
             r"van\s+nu\s+af(?:\s+aan)?|ab\s+jetzt|ab\s+sofort|k[üu]nftig|zuk[üu]nftig|in\s+zukunft|d[ée]sormais|"
             r"dor[ée]navant|[àa]\s+l['\u2019]avenir|de\s+ahora\s+en\s+adelante|a\s+partir\s+de\s+ahora|en\s+adelante|"
             r"d['\u2019]ora\s+in\s+(?:poi|avanti)|da\s+ora\s+in\s+poi|in\s+futuro|daqui\s+(?:para|pra)\s+a\s+frente|"
             r"daqui\s+em\s+diante|a\s+partir\s+de\s+agora|de\s+agora\s+em\s+diante)\b")
_FROM_NOW_BY_MAIL = re.compile(rf"{_FROM_NOW}[^,;.]{{0,60}}?{_BY_MAIL}|{_BY_MAIL}[^,;.]{{0,30}}?{_FROM_NOW}", re.I)
# "rather than calling", "invece di chiamare", "plutôt que d'appeler", "statt anzurufen": what follows is refused
_NOT_THIS = re.compile(r"\b(?:instead\s+of|rather\s+than|than|invece\s+di|piuttosto\s+che|en\s+lugar\s+de|en\s+vez\s+de|"
                       r"au\s+lieu\s+d['e\u2019]?|plut[ôo]t\s+que|statt|anstatt|in\s+plaats\s+van|em\s+vez\s+de|dan)\b",
                       re.I)
# the "than" of a comparison after a preference word, in the languages whose "than" has other senses ("lieber per Mail
# als anrufen", "mejor por correo que por teléfono", "melhor por e-mail do que ligar", "meglio per mail che chiamare"):
# read only where a channel stands before it and the other after it (not "als ich anrief", "prefiero que me escriba")
_THAN = re.compile(r"\b(?:lieber|eher|besser|mejor|prefiero|preferimos|prefiere|melhor|prefiro|preferimos|meglio|"
                   r"preferisco|preferiamo)\b[^,;:]*?\b(?P<than>als|(?:do\s+)?que|che)\b", re.I)
# (Dutch "maar" before the channel is a softener, not "but": "stuur het voortaan maar per mail", "bel maar gewoon";
# and before how seldom: "ik lees mijn mail maar zelden", "maar één keer per week")
_MAAR_SOFT = r"per|via|gewoon|even|op|zelden|weinig|af\s+en\s+toe|(?:[ée][ée]n|een)\s+keer|eens"
# Where a clause ends: a punctuation mark or a conjunction (not Dutch "maar" as a softener).
CLAUSE = re.compile(rf"[,;:()\u2013\u2014]|\s-\s|\b(?:but|aber|mais|pero|maar(?!\s+(?:{_MAAR_SOFT})\b)|so|also|"
                    r"donc|quindi|ent[ãa]o|dus)\b", re.I)
# papers sent by mail and meetings called are no way of reaching the customer
_NOT_CHANNEL = re.compile(r"\b(?:invoices?|pdfs?|documents?|statements?|receipts?|rechnung\w*|factur\w*|fattur\w*|"
                          r"newsletters?|conference\s+call|call\s+(?:it|off)|so[- ]called|recall\w*|"
                          # spam itself, not the spam folder a channel's mail lands in ("Ihre landen oft im Spam")
                          r"(?<!\bim\s)(?<!\bin\s)(?<!\bthe\s)(?<!\bmy\s)(?<!\bno\s)(?<!\bdans\s)spam)\b", re.I)


# a clause naming a time of day is about when to call, not how: "any call is better after lunch", "mornings I can't
# pick up" (followup.text.wish_prefs reads those)
_WHEN = re.compile(r"\b(?:morning|afternoon|evening|night|lunch\w*|noon|midday|day|early|late|\d{1,2}(?:[:.h]\d\d)?\s*"
                   r"(?:am|pm|h|uhr|uur)?|matin\w*|soir\w*|apr[èe]s-midi|journ[ée]e|tarde|ma[ñn]ana|noche|d[íi]a|mattin\w*|"
                   r"pomeriggio|sera|giorno|manh[ãa]|noite|ochtend|middag|avond|dag|vormittag\w*|nachmittag\w*|abend\w*|"
                   r"morgen\w*|tags[üu]ber|mittag\w*)\b", re.I)

# the whole working day, no part of it: "cannot take calls during the day" avoids the phone, it names no time to call
_ALL_DAY = re.compile(r"\b(?:during\s+the\s+(?:working\s+|work\s+)?day|in\s+the\s+daytime|all\s+day(?:\s+long)?|tags[üu]ber|"
                      r"den\s+ganzen\s+Tag|(?:en|dans\s+la|toute\s+la)\s+journ[ée]e|(?:durante\s+el|todo\s+el)\s+d[íi]a|"
                      r"(?:durante\s+il|tutto\s+il)\s+giorno|durante\s+o\s+dia|o\s+dia\s+(?:todo|inteiro)|overdag|"
                      r"de\s+hele\s+dag|"
                      # every day, no part of it either: "I have too many email every day", "jeden Tag", "ogni giorno"
                      r"every\s+day|jeden\s+Tag|chaque\s+jour|tous\s+les\s+jours|cada\s+d[íi]a|todos\s+los\s+d[íi]as|"
                      r"ogni\s+giorno|tutti\s+i\s+giorni|todos\s+os\s+dias|cada\s+dia|elke\s+dag|iedere\s+dag)\b", re.I)


# a phone number given is no hour of the day: "Appelez-moi plutôt au 06 12 34 56 78", "call my mobile, 555-0147"
_PHONE_NUMBER = re.compile(r"\+?\d[\d ()./-]{5,}\d")


def _weigh(clause: str) -> tuple[str, str] | None:
    """(channel, 'want' | 'avoid' | 'prefer') of a clause naming one channel, or None."""
    phone, mail = bool(_PHONE.search(clause)), bool(_MAIL.search(clause))
    if mail and not phone and _READ_LATE.search(clause):
        return "email", "avoid"
    if phone == mail or _WHEN.search(_ALL_DAY.sub(" ", _PHONE_NUMBER.sub(" ", clause))):
        return None
    channel = "phone" if phone else "email"
    if _AVOID.search(clause):
        return channel, "avoid"
    if channel == "email" and _ONLY.search(clause):
        return channel, "only"
    if _PREFER.search(clause) or (channel == "email" and _FROM_NOW_BY_MAIL.search(clause)):
        return channel, "prefer"
    return (channel, "want") if _WANT.search(clause) or (channel == "phone" and _CALL_ME.search(clause)) else None


def by_mail_from_now(sentence: str) -> bool:
    """Whether a sentence asks for everything by mail from now on ("voortaan maar per mail", "ab jetzt per Mail")."""
    return bool(_FROM_NOW_BY_MAIL.search(sentence))


def clause_channels(sentence: str) -> list[tuple[str, str]]:
    """(channel, weight) for each clause of a sentence naming one channel; after 'rather than' the channel is avoided."""
    out = []
    for part in CLAUSE.split(sentence):
        # papers sent by mail want no channel, but mail lost among them is still mail missed ("el correo lo miro poco
        # y se me pierde entre las facturas"); and such a clause leaves the others of the sentence to be weighed
        papers = bool(_NOT_CHANNEL.search(part))
        refused = _NOT_THIS.search(part)
        than = None if refused else _THAN.search(part)
        at = (refused.start(), refused.end()) if refused else (than.start("than"), than.end("than")) if than else None
        if at and not papers and (refused or _one_each(part[:at[0]], part[at[1]:])):
            before, after = part[:at[0]], part[at[1]:]
            weighed = _weigh(before) or _named_against(before, after)
            if weighed:
                out.append((weighed[0], "prefer" if weighed[1] == "want" else weighed[1]))
            phone, mail = bool(_PHONE.search(after)), bool(_MAIL.search(after))
            if phone != mail:  # "rather than calling": refused, whatever the words around it
                out.append(("phone" if phone else "email", "avoid"))
            continue
        if than and than.group("than").lower() == "als" and not papers \
                and not (_PHONE.search(part[:at[0]]) or _MAIL.search(part[:at[0]])) \
                and bool(_PHONE.search(part[at[1]:])) != bool(_MAIL.search(part[at[1]:])):
            # "Das ist mir viel lieber als Anrufe": the channel compared against avoided ("prefiero que ..." is "that")
            out.append(("phone" if _PHONE.search(part[at[1]:]) else "email", "avoid"))
            continue
        weighed = _weigh(part) or _avoided_after(part, sentence[sentence.find(part) + len(part):])
        if weighed and not (papers and weighed[1] != "avoid"):
            out.append(weighed)
    return out


# reading or answering, said of a channel named in an earlier clause: "Ihre Mails kommen an, aber ich komme kaum dazu,
# sie richtig zu lesen", "your emails arrive, but I hardly ever get to read them"
_READ_IT = re.compile(r"\b(?:read|answer|open|lesen|lese|beantwort\w*|lire|lis|r[ée]pondre|leer|leo|contestar|leggere|leggo|"
                      r"rispondere|ler|leio|responder|lezen|lees|beantwoorden)\b", re.I)


def _avoided_after(part: str, rest: str) -> tuple[str, str] | None:
    """(channel, 'avoid') for a clause naming one channel with no weight of its own when the rest of the sentence, up
    to the next channel named, says it is hardly read or answered; else None."""
    phone, mail = bool(_PHONE.search(part)), bool(_MAIL.search(part))
    if phone == mail:
        return None
    until = min((m.start() for rx in (_PHONE, _MAIL) if (m := rx.search(rest))), default=len(rest))
    after = rest[:until]
    if _READ_IT.search(after) and _AVOID.search(after):
        return ("phone" if phone else "email"), "avoid"
    return None


def _one_each(before: str, after: str) -> str | None:
    """The channel named alone before a comparison's "than" when the other is named alone after it, else None."""
    for this, other in ((_PHONE, _MAIL), (_MAIL, _PHONE)):
        if this.search(before) and not other.search(before) and other.search(after) and not this.search(after):
            return "phone" if this is _PHONE else "email"
    return None


def _named_against(before: str, after: str) -> tuple[str, str] | None:
    """(channel, 'prefer') for a channel named with no weight of its own before "rather than" the other ("par mail
    plutôt que de m'appeler", "by email rather than phoning me"): the comparison itself says which is wanted."""
    channel = _one_each(before, after)
    return (channel, "prefer") if channel and not _WHEN.search(before) else None


def possible_channel(weights: list[tuple[str, str]]) -> str | None:
    """'channel:phone' / 'channel:email' when the clauses of a message want one channel and avoid the other; None when
    both or neither are wanted, or the one wanted is also avoided."""
    wanted = {c for c, w in weights if w in ("want", "prefer", "only")}
    avoided = {c for c, w in weights if w == "avoid"}
    if len(wanted) != 1:
        return None
    channel = next(iter(wanted))
    other = "email" if channel == "phone" else "phone"
    if channel in avoided:
        return None
    return "channel:" + channel if other in avoided or (channel, "only") in weights else None


_HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
               "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "due": 2,
               "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "duas": 2, "três": 3, "quatro": 4,
               "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "ein": 1, "zwei": 2,
               "drei": 3, "fünf": 5, "sechs": 6, "sieben": 7,
               # French and Portuguese evening hours ("après sept heures", "depois das sete horas"); not eight on ("après
               # huit heures" may be the morning's, said with no part of the day)
               "sept": 7, "sete": 7}
_HOURS = "|".join(sorted((re.escape(w) for w in _HOUR_WORDS), key=len, reverse=True))
# "après 19h", "à partir de 14 h", "ab 17 Uhr", "nach 18 Uhr", "a partir de las cuatro", "después de las 6",
# "dopo le 18", "dalle 15", "depois das 18h", "a partir das 14h", "na twee uur", "vanaf 17 uur", "avant 9h"
_FOREIGN_CLOCK = re.compile(
    r"\b(?P<prep>apr[èe]s|[àa]\s+partir\s+d[e']|d[èe]s|ab|nach|a\s+partir\s+d[ea]s?(?:\s+las)?|despu[ée]s\s+de\s+las|"
    r"desde\s+las|dopo\s+le|dalle|depois\s+das|na|vanaf|avant|vor|antes\s+de\s+las|antes\s+das|prima\s+delle|voor)\s+"
    # German "halb drei" is half past two (Swiss and Austrian "ab halb drei")
    rf"(?P<half>halb\s+)?(?P<h>[012]?\d|{_HOURS})(?:[:.h]\s?\d\d)?\s*(?P<unit>h\b|uhr\b|uur\b|u\b|heures?\b|horas?\b)?", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[.,;!?)]|$)")
_ARTICLE = re.compile(r"(?:las|le|das|dalle|delle)$", re.I)
_BEFORE_WORDS = ("avant", "vor", "antes", "prima", "voor")
# being reached: "erreichbar", "joignable", "disponible", "appelez", "llámame", "mi chiami", "ligue", "bel me"
_REACH = re.compile(r"\b(?:erreich\w*|anruf\w*|ruf\w*|telefon\w*|sprechen|joignable|disponible|appel\w*|t[ée]l[ée]phon\w*|"
                    rf"llam\w*|llám\w*|{ES_MARCAR}|hablar|localiz\w*|disponibile|chiam\w*|sentir\w*|reperibile|lig\w*|falar|contact\w*|"
                    r"bereikbaar|bel\w*|bellen|spreken|am\s+best\w*|am\s+beschte|"
                    # "dopo le 19 sono molto più libero": free to talk then
                    r"liber[oa]|libres?|frei|vrij|livres?)\b", re.I)


# a time of day given by what happens then: "once the kids are in bed", "when the shop shuts", "before the gym opens"
_EVENT_EVENING = re.compile(r"\b(?:once|when|after)\s+(?:the\s+|my\s+)?(?:kids|children)\s+(?:are|have\s+gone)\s+(?:in\s+bed|"
                            r"asleep|to\s+bed)|\b(?:once|when|after)\s+(?:the\s+|we\s+|I\s+)?(?:shop|store|office|site|"
                            r"restaurant|salon|clinic|surgery|bar|yard|kitchen|gym)?\s*(?:closes?|shuts?|(?:is|are)\s+closed|"
                            r"close\s+up)\b", re.I)
_EVENT_MORNING = re.compile(r"\bbefore\s+(?:the\s+|we\s+)?(?:shop|store|office|site|restaurant|salon|clinic|surgery|bar|"
                            r"yard|gym|doors|phones)\s+(?:opens?|open\s+up|start\s+ringing)\b", re.I)
_TALK_EN = re.compile(r"\b(?:call\w*|ring\w*|phone|talk|speak|reach|catch|chat|try\s+me|free|available)\b", re.I)
# ... and in German: "rufen Sie mich bitte an, bevor das Studio um 8 Uhr öffnet"
_EVENT_MORNING_DE = re.compile(r"\bbevor\s+(?:das|der|die|ich|wir)\s+(?:\w+\s+){0,4}?(?:öffne\w*|aufmach\w*|aufsperr\w*)\b",
                               re.I)
_CALL_ME_DE = re.compile(r"\b(?:ruf\w*|anruf\w*|erreich\w*)\s+(?:sie\s+)?(?:mich|uns)\b", re.I)


def event_time(sentence: str) -> str | None:
    """'time:evening' / 'time:morning' when a sentence about being reached gives the time by what happens then."""
    if not _TALK_EN.search(sentence):
        return "time:morning" if _EVENT_MORNING_DE.search(sentence) and _CALL_ME_DE.search(sentence) else None
    if _EVENT_EVENING.search(sentence):
        return "time:evening"
    return "time:morning" if _EVENT_MORNING.search(sentence) else None


def clock_or_event_time(sentence: str) -> str | None:
    """foreign_clock_time, else a range of hours (followup.text.wish_clock), else event_time."""
    return foreign_clock_time(sentence) or clock_range_time(sentence) or event_time(sentence)


# the hour read inside the part of the day the sentence names, when that part is after noon ("en la noche, después de
# las 8", "'s avonds na 8 uur"): no morning hour
_LATER_PART = re.compile(r"\b(?:(?:en|por)\s+la\s+(?:noche|tarde)|le\s+soir|en\s+soir[ée]e|l['\u2019]apr[èe]s-midi|abends|"
                         r"am\s+(?:abend|nachmittag)|nachmittags|di\s+(?:sera|pomeriggio)|la\s+sera|(?:[àa]|de)\s+(?:noite|tarde)|"
                         r"['\u2019]s\s+(?:avonds|middags|namiddags)|in\s+de\s+(?:avond|namiddag|middag))\b", re.I)


def foreign_clock_time(sentence: str) -> str | None:
    """'time:morning' / 'time:afternoon' / 'time:evening' when a sentence about being reached gives a clock hour in
    another language ("après 19h", "a partir de las cuatro", "dopo le 18"), else None."""
    if not _REACH.search(sentence):
        return None
    m = _FOREIGN_CLOCK.search(sentence)
    if not m:
        return None
    word = m.group("h").lower()
    hour = int(word) if word.isdigit() else _HOUR_WORDS.get(word, 0)
    # an hour needs its unit ("19h", "17 Uhr", "twee uur") or an article ("a partir de las cuatro", "dopo le 18"):
    # "na een week", "vor 2 Jahren" are lengths of time
    # ... or "halb", or nothing after it in its clause ("am Namittag, so ab zwei.")
    if not 1 <= hour <= 23 or not (m.group("unit") or _ARTICLE.search(m.group("prep")) or m.group("half")
                                   or _CLAUSE_END.match(sentence, m.end())):
        return None
    if m.group("half"):
        hour -= 1  # (the hour it is half past: "halb drei" is 2:30)
    if hour <= 7 or hour < 12 and _LATER_PART.search(sentence):
        hour += 12  # "a partir de las cuatro" at work is four in the afternoon; "en la noche, después de las 8" is 20h
    if m.group("prep").split()[0].lower() in _BEFORE_WORDS:
        hour -= 1
    return "time:" + ("evening" if hour >= 17 else "afternoon" if hour >= 12 else "morning")


# parts of the day in the seven languages ("la mañana" needs its article: "mañana" alone is tomorrow)
DAYPART = re.compile(
    r"\b(?:(?P<morning>mornings?|vormittags?|morgens|matin(?:s|ée|ées)?|(?:la|las|por\s+la|por\s+las)\s+ma[ñn]anas?|"
    r"mattin[ao]|mattinata|manh[ãa]s?|ochtends?|voormiddags?|sabah\w*|"
    # the day's first hour, abroad ("que sea a primera hora", "à la première heure", "in prima mattinata")
    r"(?:a|de)\s+primera\s+hora|(?:[àa]|de)\s+la\s+premi[èe]re\s+heure|(?:in|di)\s+prima\s+mattin(?:a|ata)|frühmorgens|"
    # early in the working day ("vroeg op de dag", "früh am Tag", "en début de journée", "al principio del día")
    r"early\s+in\s+the\s+day|vroeg\s+op\s+de\s+dag|fr(?:ü|ue)h\s+am\s+tag|(?:t[ôo]t\s+dans\s+la|en\s+d[ée]but\s+de)\s+journ[ée]e|"
    r"al\s+(?:principio|inicio)\s+del\s+d[íi]a|all['\u2019]inizio\s+della\s+giornata|(?:no|ao)\s+in[íi]cio\s+do\s+dia)|"
    # (Swiss German "Namittag", Turkish "öğleden sonra", "akşamları")
    r"(?P<afternoon>afternoons?|nachmittags?|n[ao]mittags?|apr[èe]s-midi|tardes?|pomeriggi[oi]?|(?:na)?middags?|"
    r"öğleden\s+sonra\w*)|"
    r"(?P<evening>evenings?|abends?|soir(?:s|ée|ées)?|noches?|sera|serata|noites?|avonds?|akşam\w*))\b", re.I)
# a greeting or a wish at the close names a part of the day no one asked for ("Good afternoon Trey,", "Boa tarde,",
# "Buenas tardes", "Bonne soirée", "Schönen Abend noch")
GREETING = re.compile(r"\b(?:good|lovely|nice|great)\s+(?:morning|afternoon|evening|night)\b|"
                      r"^\W*(?:morning|afternoon|evening)\s*[!,]|"
                      r"\bbuen[oa]s\s+(?:d[íi]as|tardes|noches)\b|\bbon(?:ne)?\s+(?:apr[èe]s-midi|soir[ée]e|matin[ée]e)\b|"
                      r"\bbonsoir\b|\b(?:guten|sch[öo]nen)\s+(?:morgen|nachmittag|abend)\b|\bbuon(?:a|o)?\s*(?:pomeriggio|sera|serata|"
                      r"mattinata)\b|\bbo[am]\s+(?:dia|tarde|noite)\b|\b(?:fijne|prettige|goede)\s+(?:avond|middag|ochtend)\b",
                      re.I | re.M)


def dayparts(text: str) -> list[re.Match[str]]:
    """The parts of the day a text names, outside its greetings ("Good afternoon Trey," names none)."""
    # ("nicht vormittags, sondern nachmittags": the part set aside by a comparison is not named as wanted)
    return list(DAYPART.finditer(without_refused_part(GREETING.sub(lambda m: " " * len(m.group()), text))))


# said of a part of the day: it suits ("nachmittags gerne", "le matin c'est plus simple", "por la tarde sí")
_GOOD = re.compile(r"\b(?:better|best|works?|suits?|fine|free|available|easier|prefer\w*|gerne|besser|am\s+besten|passt|"
                   r"frei|erreichbar|simple|mieux|libre|disponibles?|pr[ée]f[èée]r\w*|s[íi]|mejor|tiempo|bien|meglio|"
                   r"liber[oa]|disponibil[ei]|tranquill\w*|bene|melhor|livre|dispon[íi]vel|tijd|beter|prima|schikt|liefst|"
                   r"beschte|uygun|müsait|tercih\w*|aray\w*)\b",
                   re.I)
# ... or it does not ("mornings are a no-go", "estou sempre na fábrica", "por la mañana imposible")
_BAD = re.compile(r"\b(?:busy|no-go|impossible|hopeless|write-off|tied\s+up|in\s+meetings|on\s+the\s+road|on\s+site|"
                  r"can'?t|cannot|never|immer|st[äa]ndig|unterwegs|keine\s+zeit|nicht|toujours|occup[ée]e?s?|pris|jamais|"
                  r"en\s+(?:client[èe]le|rendez-vous|r[ée]union)|siempre|ocupad[oa]s?|imposible|no\s+puedo|sempre|"
                  r"occupat[oa]|impossibile|non\s+posso|ocupad[oa]|n[ãa]o\s+posso|altijd|bezet|druk|geen\s+tijd|niet|"
                  r"yoğun\w*|meşgul\w*|toplant\w*|olmaz|değil\w*)\b",
                  re.I)


def daypart_wanted(sentences: list[str]) -> tuple[str | None, bool]:
    """('time:<part>' or None, whether two parts were set against each other): the part of the day a message says
    suits, or the one left when the other named does not ("Vormittags bin ich immer in der Werkstatt, nachmittags
    gerne")."""
    good, bad, named = set(), set(), set()
    for sentence in sentences:
        for clause in CLAUSE.split(sentence):
            parts = {m.lastgroup for m in dayparts(clause)}
            if len(parts) != 1:
                continue
            part = parts.pop()
            named.add(part)
            if _BAD.search(clause):
                bad.add(part)
            elif _GOOD.search(clause):
                good.add(part)
    good -= bad
    if len(good) == 1:
        return "time:" + good.pop(), len(named) > 1
    left = named - bad
    if bad and len(left) == 1:
        return "time:" + left.pop(), True
    return None, False


def reach_wishes(sentences: list[tuple[str, str]], wishes: list[Wish]) -> list[Wish]:
    """The wishes of one message with the possible preferred channel and time of day the grammars above read over its
    (sentence, quote) pairs: added where nothing of the kind was read, in place of a possible reading of that kind
    they contradict ("Ich bin telefonisch schlecht erreichbar, schreiben Sie mir bitte eine Mail" is no phone), never
    against a certain one nor beside a certain opt-out."""
    if any(w.kind == DNC and w.certain for w in wishes):
        return wishes
    wishes = pointed_time(sentences, wishes)  # "... after six. If you want a proper conversation, that's the time."
    # cheap gates first: both kinds of channel named somewhere, a part of day named in the sentence
    both = any(_PHONE.search(s) for s, _ in sentences) and any(_MAIL.search(s) for s, _ in sentences)
    channel = possible_channel([w for sentence, _ in sentences for w in clause_channels(sentence)]) if both else None
    time = next((v for sentence, _ in sentences if (v := clock_or_event_time(sentence))), None)
    named = [sentence for sentence, _ in sentences if DAYPART.search(sentence) and dayparts(sentence)]
    part, contrast = daypart_wanted(named) if time is None and named else (None, False)
    have_time = any((w.preference or "").startswith("time:") for w in wishes if w.kind == PREFERENCE)
    # a part of day set against another replaces a possible reading; alone it adds none
    time = time or (part if contrast or have_time else None)
    out = list(wishes)
    for value in (channel, time):
        if value is None:
            continue
        kind = value.split(":")[0] + ":"
        same = [w for w in out if w.kind == PREFERENCE and (w.preference or "").startswith(kind)]
        # a time avoided for certain leaves room for the one asked ("in the fields after lunch ... like 10 to noon")
        if any(w.certain and (w.preference == value.replace(":", ":not_") or not w.preference.startswith("time:not_"))
               for w in same):
            continue
        out = [w for w in out if w not in same or w.certain or w.preference == value]
        if any(w.preference == value for w in same):
            continue  # read already: only the contradicting readings go
        quote = next((q for s, q in sentences if (clock_or_event_time(s) == value if kind == "time:" else any(
            "channel:" + c == value and w != "avoid" for c, w in clause_channels(s)))), None)
        quote = quote or next((q for s, q in sentences if DAYPART.search(s) and dayparts(s)), sentences[0][1])
        out.append(Wish(PREFERENCE, quote, preference=value, certain=False))
    return out


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

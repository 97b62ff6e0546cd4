"""Which part of a message is the customer speaking now: the text above a forwarded or earlier message's header
(someone else's words below it, quoted with ">" or not), and the sign-off block at its foot, which is read for
opt-outs ("--\\nSent from my phone\\nPS: take me off your lists") but never for a preferred channel or time of day
("Best reached by phone", "Mobile preferred" are a signature's habit, not a wish told to the rep)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

# An unquoted header that starts another message: forwarded, "-----Original Message-----", "On <date>, Ann wrote:",
# an Outlook "From: ... / Sent: ..." block, in the languages the readers know.
_HISTORY = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:forwarded\s+message|original\s+message|weitergeleitete\s+nachricht|urspr(?:ü|ue)ngliche\s+"
    r"nachricht|message\s+transf[ée]r[ée]|message\s+d'origine|mensaje\s+(?:reenviado|original)|messaggio\s+(?:inoltrato|"
    r"originale)|mensagem\s+(?:encaminhada|original)|doorgestuurd\s+bericht|oorspronkelijk\s+bericht|"
    r"vidarebefordrat\s+meddelande|videresendt\s+(?:melding|meddelelse)|"
    # the same marker in the languages of followup/text/wish_tongues.py ("Пересылаемое сообщение", "फ़ॉरवर्ड किया गया संदेश")
    r"пересылаемое\s+сообщение|пересланное\s+сообщение|переслане\s+повідомлення|пересланий\s+лист|"
    r"přeposlaná\s+zpráva|preposlaná\s+správa|przekazana\s+wiadomość|wiadomość\s+przekazana|"
    r"(?:फ़ॉरवर्ड|फॉरवर्ड)\s+(?:किया\s+गया|की\s+गई)\s+(?:संदेश|ईमेल|मेल)|अग्रेषित\s+संदेश|προωθημένο\s+μήνυμα|"
    r"iletilen\s+(?:ileti|mesaj)|välitetty\s+viesti|továbbított\s+üzenet|mesaj\s+redirecționat|"
    r"הודעה\s+שהועברה|رسالة\s+(?:مُعاد|معاد)\s+توجيهها|전달된\s*메시지|転送されたメッセージ|转发的邮件|"
    r"轉寄的郵件)[ \t]*-{2,}|begin\s+forwarded\s+message\s*:|"
    r"(?:on|am|le|el|il|em|op|den|dne)\s[^\n]{4,200}?(?:wrote|schrieb|a\s+[ée]crit|escribi[óo]|ha\s+scritto|escreveu|"
    r"schreef|skrev|napisa[łl]\w*|napsal\w*|kirjoitti)\b[^\n]{0,100}:[ \t]*$|"
    r"(?:from|von|de|van|da|od|fr[åa]n|от|від|प्रेषक|lähettäjä|feladó|kimden|מאת|από)\s*:[^\n]*\n[ \t]*(?:sent|date|"
    r"gesendet|datum|envoy[ée]|enviado|inviato|verzonden|skickat|sendt|data|wys[łl]ano|odesl[áa]no|дата|отправлено|"
    r"надіслано|दिनांक|भेजा\s+गया|päivämäärä|lähetetty|dátum|tarih|תאריך|ημερομηνία|στάλθηκε)\s*:)", re.I | re.M)
# A line that closes the letter: "Best,", "Kind regards", "--", "Sent from my iPhone", "Mit freundlichen Grüßen".
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:--[ \t]*|(?:(?:best|kind|warm|warmest|many|all\s+the)[ \t]+)?(?:regards|wishes|best|thanks|thank\s+you|"
    r"cheers|sincerely|yours(?:[ \t]+(?:truly|sincerely))?|greetings|mfg|mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|"
    r"(?:viele|beste|liebe)\s+gr(?:ü|ue)(?:ß|ss)e|cordialement|bien\s+(?:[àa]\s+vous|cordialement)|saludos|un\s+saludo|"
    r"atentamente|cordiali\s+saluti|saluti|distinti\s+saluti|atenciosamente|abra[çc]os?|met\s+vriendelijke\s+groet(?:en)?|"
    r"groeten|(?:hartelijke\s+)?groet(?:jes)?|(?:freundliche\s+)?gr(?:ü|ue|u)(?:ß|ss)e?|un\s+saluto|(?:un\s+)?abrazos?|bises|"
    r"(?:med\s+)?v[äa]nliga\s+h[äa]lsningar|h[äa]lsningar|mvh|med\s+venlig\s+hilsen|hilsen|pozdrawiam|"
    r"s\s+pozdravem|terveisin|ystävällisin\s+terveisin)[ \t]*[,!.]?|sent\s+from\s+my\s+[^\n]{1,40})[ \t]*$",
    re.I | re.M)
# a notice of the firm's hours in a signature ("Winter opening hours: our office is closed from 24 December ..."),
# below the sign-off of a letter: the firm's calendar, not the writer's out-of-office
_HOURS_NOTICE = re.compile(
    r"^[ \t]*(?:(?:winter|summer|christmas|holiday|festive|easter|seasonal|new\s+year)\s+)?(?:opening|office|business|"
    r"trading)\s+hours\b|^[ \t]*(?:(?:winter|sommer|weihnachts)?[öo]ffnungszeiten|horaires?\s+d['\u2019]ouverture|"
    r"horarios?\s+de\s+(?:atenci[óo]n|apertura|invierno|verano)|orari\s+di\s+apertura|openingstijden|hor[áa]rio\s+de\s+funcionamento)",
    re.I | re.M)


def hours_notice_at(text: str) -> int | None:
    """Where a signature's notice of opening hours starts, below a sign-off line with text above it (None if none)."""
    notice = _HOURS_NOTICE.search(text or "")
    sign_off = _SIGN_OFF.search(text or "", 0, notice.start()) if notice else None
    return notice.start() if notice and sign_off and text[:sign_off.start()].strip() else None


_PS = re.compile(r"^[ \t]*P\.?[ \t]?S\b", re.I)
# the longest line a signature holds ("Jane Doe | Sales Director | Acme Ltd"); a longer one is the letter going on
SIGNATURE_LINE_CHARS = 80
# a contact line of a signature without a sign-off above it: "Mobile preferred: +1 555 0100", "Tel. 0161 496 0733"
_CONTACT_LINE = re.compile(r"^[ \t]*(?:[^\W\d_][\w .'/&-]{0,40})?[:|][ \t]*\+?[\d(][\d ()./-]{6,}\s*$|"
                           r"^[ \t]*(?:mobile|cell|phone|tel|direct|office|m|t|p)\b[^\n]{0,30}\+?\d[\d ()./-]{6,}\s*$",
                           re.I | re.M)


def own_text(text: str) -> str:
    """The text up to the first header of another message below it (the whole text when there is none).

    A prefix, so offsets into it are offsets into the message and quotes stay exact substrings."""
    m = _HISTORY.search(text or "")
    own = text[: m.start()] if m else (text or "")
    return _DIALECT.sub(lambda w: _DIALECT_WORDS[w.group().lower()], own) if _DIALECT.search(own) else own


# Scots words read as the English ones, each padded to its own length so offsets and quotes stay those of the message
# ("Take my name aff your list", "I wasnae interested", "dinnae phone")
_DIALECT_WORDS = {word: (standard + " " * len(word))[: len(word)] for word, standard in {
    "aff": "off", "wasnae": "wasn't", "isnae": "isn't", "dinnae": "don't", "doesnae": "doesn't", "didnae": "didn't",
    "cannae": "can't", "canna": "can't", "willnae": "won't", "wouldnae": "wouldn't", "couldnae": "couldn't",
    "shouldnae": "shouldn't", "havenae": "haven't", "huvnae": "haven't", "arenae": "aren't", "werenae": "weren't",
}.items()}
_DIALECT = re.compile(r"\b(?:" + "|".join(_DIALECT_WORDS) + r")\b", re.I)


def signature_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sign-off block and of contact lines: from a closing line to the end of the text
    (or to a P.S. below it), when every line in between is short; a long line means the letter went on."""
    spans = [(m.start(), m.end()) for m in _CONTACT_LINE.finditer(text or "") if _under_a_name(text, m.start())]
    spans += _numbered_under_fields(text or "")
    for m in _SIGN_OFF.finditer(text or ""):
        end = len(text)
        pos = m.end()
        ok = True
        for line in text[pos:].split("\n"):
            if _PS.match(line):
                end = pos
                break
            if len(line) > SIGNATURE_LINE_CHARS and not field_line(line):
                ok = False
                break
            pos += len(line) + 1
        if ok:
            spans.append((m.start(), end))
            break
    return spans


FIELD_CHARS = 60  # a field of a signature line whose fields are parted by "|" is at most this long


def field_line(line: str) -> bool:
    """Whether a line is a signature's fields parted by "|" ("Office hours: Mon-Thu 8am-1pm | Phone preferred for
    urgent matters: 0161 555 0193"), not a sentence, however long it is."""
    parts = [p.strip() for p in line.split("|")]
    return len(parts) >= 2 and all(0 < len(p) <= FIELD_CHARS for p in parts)


# a line ending in a phone number ("Calls: Tue-Thu afternoons are easiest ... 303 555 0162")
_PHONE_END = re.compile(r"\+?\d[\d ()./-]{6,}\s*$")


def _numbered_under_fields(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line ending in a phone number right under a signature's field line ("Senior Manager |
    Front Range Partners"): the signature's own line however it is worded, a standing footer, not the letter."""
    spans, at, above = [], 0, ""
    for line in text.split("\n"):
        if above and field_line(above) and _PHONE_END.search(line):
            spans.append((at, at + len(line)))
        above, at = line, at + len(line) + 1
    return spans


def _under_a_name(text: str, start: int) -> bool:
    """Whether the line above a contact line is a signature's name or title line (short, no sentence end):
    "Easier by phone: 555-0143." alone is the customer speaking."""
    above = text[:start].rstrip("\n").rsplit("\n", 1)[-1].strip() if "\n" in text[:start] else ""
    return bool(above) and len(above) <= SIGNATURE_LINE_CHARS and above[-1] not in ".!?,;:"


def in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether an offset falls inside one of the spans."""
    return any(start <= offset < end for start, end in spans)


# Sentences that are not the customer asking anything of the rep, whatever opt-out words they hold: a bulk sender's
# footer ("You are receiving this email because ...", "To stop receiving these emails, unsubscribe here") and a note
# of what changed in a product ("- Removed the opt-out toggle", "v2.1: stop sending duplicate alerts", "We removed the
# unsubscribe banner in the last release").
_NOT_A_REQUEST = re.compile(
    r"\byou\s+(?:are|were)\s+receiving\s+this\b|\bthis\s+(?:e-?mail|message|newsletter)\s+was\s+sent\s+to\b|"
    r"\b(?:to|you\s+can|you\s+may)\s+(?:stop\s+receiving|unsubscribe|opt\s+out|update\s+your\s+preferences)\b[^.]{0,60}"
    r"\b(?:here|below|click\w*|link|visit|at\s+any\s+time|anytime)\b|"
    r"^\W*(?:[-*•]\s*|v?\d+(?:\.\d+)+\s*[:)-]\s*|(?:fix|feat|chore|changed?|fixed|added|removed|deprecated)\s*:\s*)"
    r"(?:removed|added|fixed|changed|dropped|deprecated|renamed|updated|moved|disabled|no\s+longer|stop(?:ped)?\s+"
    r"sending\s+(?:duplicate|the|empty|extra|stale))\b|"
    r"^\W*(?:we|I)\s+(?:have\s+|'ve\s+|just\s+)?(?:removed|dropped|disabled|deprecated|turned\s+off|stopped)\s+(?:the|our|"
    r"an?|its|their)\b[^.]{0,60}\b(?:release|version|update|build|toggle|banner|button|feature|setting|page|job|export|"
    r"digest|flag|option|checkbox|field|endpoint)\b", re.I)


def not_a_request(sentence: str) -> bool:
    """Whether a sentence is a sender's footer or a change note, never an opt-out of the customer's own."""
    return bool(_NOT_A_REQUEST.search(sentence))


# Lines that can hold no wish and are most of a long mail's "sentences": a greeting ("Hi Tom,"), a sign-off ("Best
# regards,"), a name or title ("Dana Whitfield", "Quality Manager"), a list number ("2."). Skipped before any rule runs,
# unless a word in them could be a wish on its own ("Unsubscribe", "STOP", "Mornings", "Abmelden", "Not now").
FILLER_MAX_WORDS = 3
_FILLER_WORD = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’.-]*|[A-Z]\.|\d{1,3}\.?|[-–—|&/]|--)[,;:]?")
_GREETING = re.compile(r"^\W*(?:hi|hello|hey|dear|hallo|bonjour|hola|buongiorno|buonasera|goedemiddag|goedemorgen|hej|"
                       r"olá|ol[aá]|guten\s+(?:tag|morgen)|good\s+(?:morning|afternoon|evening)|morning|afternoon)\b"
                       r"[\w .'’-]{0,30}[,!:]?\s*$", re.I)
_WISH_WORD = re.compile(
    r"stop|unsub|abbestell|abmeld|austrag|entfern|remov|delet|d[ée]s|baja|afmeld|uitschrijv|avregistr|wypis|odhl|poist|"
    r"cancel|opt|later|pause|hold|wait|not\b|nie|nicht|non\b|nej|nei\b|never|now\b|only|prefer|morning|afternoon|evening|"
    r"night|mail|phone|call|ring|text|sms|whatsapp|week|day|month|back|office|away|vacation|holiday|leave|urlaub|ferie|"
    r"cong[ée]|vacaciones|ooo|auto|tomorrow|spam|enough|off\b|out\b|no\b|gdpr|dsgvo|ccpa|consent|privacy", re.I)


def filler(sentence: str) -> bool:
    """Whether a sentence is a greeting, sign-off, name, title or list number, with no word that could be a wish."""
    words = sentence.split()
    if not words or len(words) > FILLER_MAX_WORDS + 3 or _WISH_WORD.search(sentence):
        return not words
    if _GREETING.match(sentence) or _SIGN_OFF.fullmatch(sentence.strip()):
        return True
    return len(words) <= FILLER_MAX_WORDS and all(_FILLER_WORD.fullmatch(word) for word in words)


# A bullet of a list that addresses no one ("- Don't write the kernel cmdline to ks.cfg (hdegoede)", "- Log all debug
# output") is a change log or a to-do, not the customer asking the rep; a sentence giving an email address and a phone
# number is a contact block ("Email p.lipp@x.at Phone +43 316 ..."), not a preferred channel.
# (a number only at the start of a line: " 17) and cease contact" is the rest of "(GDPR Art. 17) and cease contact")
_BULLET = re.compile(r"^(?:\s*[-*•+]|\d{1,2}[.)])\s+\S")
_ADDRESSED = re.compile(r"\b(?:I|I'm|I'd|I'll|me|my|we|we're|we'd|us|our|you|your|please|pls|kindly)\b", re.I)
_EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE_NUMBER = re.compile(r"\+?\d[\d ()./-]{7,}\d")


def unaddressed_bullet(sentence: str) -> bool:
    """Whether a sentence is a list bullet that addresses no one."""
    return bool(_BULLET.match(sentence) and not _ADDRESSED.search(sentence))


def contact_block(sentence: str) -> bool:
    """Whether a sentence lists an email address and a phone number (a signature's contact details)."""
    return bool(_EMAIL_ADDRESS.search(sentence) and _PHONE_NUMBER.search(sentence))


# A sentence that takes back what the customer just said ("Scratch that, call me whenever", "On second thoughts
# that's too long"): only at a sentence's start, where it points back at the sentence before it.
_WITHDRAWN = re.compile(
    r"^\W*(?:(?:actually|oh|hmm|wait|sorry|no)[,.!:;]?\s+(?:no[,.!:;]?\s+)?)?(?:scratch\s+that|strike\s+that|"
    # (not "Ignore what I said below about after lunch": the quoted message below, not the sentence before)
    r"(?:forget|ignore)\s+(?:that|what\s+i\s+(?:just\s+)?said)(?!\s+(?:below|earlier|before|previously|last\s+time|"
    r"yesterday|in\s+my))|disregard\s+that|"
    r"on\s+second\s+thoughts?|actually,?\s+no\b|vergessen\s+sie\s+das|streichen\s+sie\s+das|nein,\s+doch\s+nicht|"
    r"bei\s+n(?:ä|ae)herer\s+(?:ü|ue)berlegung|oubliez\s+(?:ça|cela|ce\s+que\s+je\s+viens\s+de\s+dire)|"
    r"(?:en\s+fait|finalement),?\s+non\b|(?:à\s+la\s+réflexion|réflexion\s+faite)|je\s+me\s+reprends|"
    r"olv[ií]de(?:lo|\s+eso|\s+lo\s+que\s+(?:le\s+)?dije)|pens[áa]ndolo\s+(?:bien|mejor)|me\s+corrijo|"
    r"anzi,?\s+no\b|a\s+pensarci\s+bene|ripensandoci|lasci(?:amo)?\s+perdere|"
    r"esque[çc]a\s+(?:isso|o\s+que\s+(?:eu\s+)?disse)|pensando\s+(?:bem|melhor)|retiro\s+o\s+que\s+disse|"
    r"bij\s+nader\s+inzien|vergeet\s+(?:dat|wat\s+ik\s+zei)|nee,?\s+toch\s+niet)", re.I)


# "Please disregard that:" / "Please ignore my last e-mail." points back as "Scratch that" does; the end of the
# phrase is required, so "Please ignore that invoice reminder" takes nothing back.
_PLEASE_WITHDRAWN = re.compile(
    r"^\W*(?:please|pls|kindly)\s+(?:disregard|ignore)\s+(?:that|this|my\s+(?:last|previous|earlier)\s+"
    r"(?:e-?mail|message|note|request))(?=\s*(?:[:;,.!\u2013\u2014-]|and\b|$))", re.I)

# A sentence that tells of a request instead of making one: an earlier message it withdraws ("Please disregard my
# e-mail below asking you to stop contacting us") or a request the customer meant to make ("When I opened it, I
# intended to ask you to stop contacting us"); an opt-out read there is asked about, not applied.
_RECALLED = re.compile(
    r"\b(?:disregard|ignore)\s+(?:my|our|the)\s+(?:\w+\s+){0,2}(?:e-?mails?|messages?|notes?|letters?|requests?)\b|"
    r"\bI\s+(?:had\s+)?(?:intended|meant|planned|wanted|was\s+going|was\s+about)\s+to\s+(?:ask|tell|request)\b|"
    r"\bmy\s+first\s+(?:thought|reaction|instinct)\s+was\s+to\s+(?:ask|tell)\b", re.I)


# "Ignore what I said below about after lunch.": what follows names the words taken back, no wish of its own (a
# clause after it may say the new one: "...; I'm only free first thing")
_TAKEN_BACK_EARLIER = re.compile(r"^\W*(?:forget|ignore|disregard)\s+what\s+i\s+(?:just\s+)?(?:said|wrote)\s+(?:below|earlier|"
                                 r"before|previously|last\s+time|yesterday|in\s+my)\b[^;:,\u2013\u2014]*$", re.I)


def takes_back_earlier(sentence: str) -> bool:
    """Whether a sentence takes back something said in an earlier message ("Ignore what I said below about ...")."""
    return bool(_TAKEN_BACK_EARLIER.search(sentence))


def withdraws(sentence: str) -> bool:
    """Whether a sentence starts by taking back the sentence before it ("Scratch that", "Bei näherer Überlegung")."""
    stripped = sentence.lstrip()
    return bool(_WITHDRAWN.search(stripped) or _PLEASE_WITHDRAWN.search(stripped))


_CLAUSE_START = re.compile(r"[,;:\n]|\s[-\u2013\u2014]\s")


def after_withdrawal(sentence: str) -> str:
    """The part of a sentence after a clause that takes back what came before it ("Mornings work best - actually no,
    afternoons"), or the whole sentence."""
    kept = sentence
    for m in _CLAUSE_START.finditer(sentence):
        if withdraws(sentence[m.end():]):
            kept = sentence[m.end():]
    return kept


def recalls(sentence: str) -> bool:
    """Whether a sentence tells of a request withdrawn or never made ("I intended to ask you to stop") instead of
    making it."""
    return bool(_RECALLED.search(sentence))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

"""Automatic replies (out of office, vacation) in English, German, French, Spanish, Italian, Portuguese and Dutch
(and the languages of auto_reply_abroad), with the stated return date, which becomes a quiet period."""
from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from followup.text.auto_reply_abroad import MORE_MONTHS, TITLES, away_abroad, day_back_abroad, may_be_abroad
from followup.text.auto_reply_feast import away_for_feast
from followup.text.auto_reply_notice import THANKS_FIRST, closure_notice, may_be_auto, titled_first_line
from followup.text.auto_reply_week import day_back_after_week
from followup.text.dates import (
    MONTHS,
    WEEKDAYS,
    falls_on,
    next_day_of_month,
    next_weekday,
    start_of_local_day,
    weekday_before,
)
from followup.text.day_words import day_back_in_words, next_working
from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import MONTH_RE, AutoReply, local_time, zone_of
from followup.text.wish_scope import hours_notice_at

# ---------------------------------------------------------------- automatic replies
# "Automatic reply" in the other languages a notice's title is read in (auto_reply_abroad's besides), as a subject
_SUBJECT_TITLES = (r"autosvar|automatyczna\s+odpowied\w*|automatisk\s+svar|automaattinen\s+vastaus|automatick[áa]\s+odpov[ěe]\w*|"
                   r"automatick[áa]\s+odpove\w*|r[ăa]spuns\s+automat|automatikus\s+v[áa]lasz|otomatik\s+yan[ıi]t|automatski\s+odgovor|"
                   r"автоматический\s+ответ|автоматична\s+відповідь|αυτόματη\s+απάντηση|自動返信|自動応答|自动回复|自動回覆|"
                   r"tr[ảa]\s+l[ờo]i\s+t[ựu]\s+[đd][ộo]ng|balasan\s+(?:otomatis|automatik)|pesan\s+otomatis|"
                   r"jawaban\s+otomatis|" + TITLES)
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic\s+reply|auto(?:matic)?[- ]?reply|autoreply|auto[- ]response|out\s+of\s+(?:the\s+)?office|"
    r"ooo\b|"
    r"abwesenheitsnotiz|automatische\s+antwort|abwesend\s*(?::|bis)|réponse\s+automatique|reponse\s+automatique|"
    r"absen(?:ce|te|t)\s*(?::|du\s+bureau|jusqu)|"
    r"respuesta\s+automática|respuesta\s+automatica|fuera\s+de\s+la\s+oficina|vacation|on\s+vacation|away\s+from|"
    r"risposta\s+automatica|fuori\s+(?:sede|ufficio)|assente|resposta\s+autom[áa]tica|aus[êe]ncia|fora\s+do\s+escrit[óo]rio|"
    r"automatisch(?:e)?\s+(?:antwoord|reactie)|afwezig(?:heid)?|niet\s+op\s+kantoor|" + _SUBJECT_TITLES + ")", re.I)
_AUTO_BODY = re.compile(
    r"\b(?:I\s+am|I'm|I\s+will\s+be)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?(?:office|shop|store)|"
    r"away\s+from\s+(?:the\s+)?office|on\s+(?:(?:annual|summer|winter|christmas|autumn|fall|spring|easter|half[- ]term|"
    r"school|family|personal)\s+|parental\s+|maternity\s+|paternity\s+|sick\s+|medical\s+|study\s+)?"
    r"(?:leave|vacation|holiday))"
    r"|\bnicht\s+im\s+(?:b(?:ü|ue)ro|laden|gesch(?:ä|ae)ft|betrieb)\b|\b(?:bin|befinde\s+mich)\s+(?:[^.\n]|\d\.){0,60}?\b(?:abwesend|im\s+(?:sommer|jahres)?urlaub|au(?:ß|ss)er\s+haus)\b"
    r"|\bje\s+suis\s+(?:actuellement\s+)?(?:absente?|en\s+cong[ée]s?|en\s+vacances)\b|\bje\s+serai\s+absente?\b"
    r"|\bestar[ée]\s+(?:fuera\s+de\s+la\s+oficina|"
    r"ausente|de\s+vacaciones)\b|\bestoy\s+(?:fuera\s+de\s+la\s+oficina|de\s+vacaciones|ausente)\b"
    # Italian, Portuguese, Dutch
    r"|\b(?:al\s+momento\s+)?non\s+sono\s+in\s+(?:ufficio|sede)\b|\bencontro-me\s+(?:ausente|de\s+licen[çc]a|de\s+f[ée]rias|fora)\b"
    r"|\bestoy\s+de\s+viaje\b"
    r"|\bsono\s+(?:attualmente\s+)?(?:fuori\s+(?:dall'|dall’)?(?:ufficio|sede)|in\s+ferie|assente|in\s+vacanza)\b"
    r"|\bsar[òo]\s+(?:fuori\s+(?:ufficio|sede)|in\s+ferie|assente)\b"
    r"|\bestou\s+(?:(?:de|em)\s+f[ée]rias|de\s+licen[çc]a|fora\s+do\s+escrit[óo]rio|ausente)\b|\bestarei\s+(?:(?:de|em)\s+f[ée]rias|ausente|fora)\b"
    # Danish/Norwegian, Czech, Greek, Italian: "I'm on holiday", "I'm not in the office", "I'm on leave"
    r"|\bjeg\s+(?:holder|har)\s+ferie\b|\bjag\s+är\s+(?:borta|ledig)\b|\bnejsem\s+v\s+kancelá[řr]i\b|\b(?:βρίσκομαι|είμαι)\s+(?:εκτός\s+γραφείου|σε\s+άδεια)"
    r"|\bsono\s+(?:attualmente\s+)?in\s+congedo\b"
    r"|\bik\s+ben\s+(?:momenteel\s+|tot\s+en\s+met\s+[^.\n]{0,20}\s+)?(?:afwezig|met\s+vakantie|op\s+vakantie|met\s+verlof|niet\s+(?:op\s+kantoor|aanwezig|bereikbaar))\b"
    # English wording that only an auto-reply uses
    r"|^\W*(?:out\s+of\s+(?:the\s+)?office|automatic\s+reply|auto(?:matic)?[- ]?reply|risposta\s+automatica|"
    r"messaggio\s+automatico|"
    r"resposta\s+autom[áa]tica|mensagem\s+autom[áa]tica|respuesta\s+autom[áa]tica|mensaje\s+autom[áa]tico|r[ée]ponse\s+automatique|"
    r"message\s+automatique|automatische\s+antwort|automatisch(?:e)?\s+(?:antwoord|bericht|reactie))\s*[:/]"
    r"|\bthis\s+is\s+an\s+auto(?:mated|matic)(?:\s+|-)(?:reply|response|message)\b"
    r"|\b(?:I\s+am|I'm)\s+(?:out\s+of\s+(?:the\s+)?office|currently\s+travell?ing|currently\s+out\s+of\s+(?:the\s+)?office|out\s+sick|on\s+an?\s+(?:\w+\s+)?trip)\b"
    r"|\bour\s+office\s+is\s+closed\b|\bmessaggio\s+automatico\b|\bmensagem\s+autom[áa]tica\b",
    re.I)
# A first line that is an auto-reply's own title ("Abwesenheitsnotiz: ...", "OOO - reply delayed", "Autosvar: ...") says
# so by itself; said anywhere else, out-of-office wording also needs a return date or a typical cue.
_AUTO_TITLE = (
    r"(?:automatic\s+reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|auto|out\s+of\s+(?:the\s+)?office|ooo|"
    r"abwesenheitsnotiz|abwesenheit|automatische\s+antwort|r[ée]ponse\s+automatique|message\s+automatique|"
    r"respuesta\s+autom[áa]tica|mensaje\s+autom[áa]tico|risposta\s+automatica|messaggio\s+automatico|"
    r"resposta\s+autom[áa]tica|mensagem\s+autom[áa]tica|automatisch(?:e)?\s+(?:antwoord|bericht|reactie)|afwezigheid|"
    + _SUBJECT_TITLES + ")")
# "Absence", "Fuori sede", "Afwezig": a notice's title only where a pasted subject line labels it ("Objet : Absence : RE: ...")
_AWAY_TITLE = r"(?:absence|abwesend|fuori\s+(?:sede|ufficio)|assente|aus[êe]ncia|ausencia|ausente|afwezig)"
_AUTO_FIRST_LINE = re.compile(
    # (or alone on its line: "Autosvar\n\nTak for din mail", "Otomatik yanıt\n\nMerhaba")
    r"^\W*" + _AUTO_TITLE + r"[ \t]*(?:[:.\u2014\u2013\uff1a\u3011\])-]|\n|$)|"
    # the subject line pasted with its label, alone on its line: "Emne: Autosvar", "Oggetto: Risposta automatica"
    # (or with the subject it answers after it: "Ämne: Automatiskt svar: Re: Laddboxar", "Subjek: Balasan otomatis: ...")
    r"^\W*(?:subject|betreff|objet|asunto|oggetto|assunto|onderwerp|emne|ämne|aihe|temat|předmět|konu|subiect|θέμα|"
    r"tárgy|тема|subjek|perihal|perkara)\s*:\s*(?:(?:" + _AUTO_TITLE + "|" + _AWAY_TITLE + r")"
    r"(?:(?<!\bauto)[ \t]*[:\u2014\u2013-][^\n]*)?|"
    # (the title in brackets, the subject answered after it: "Assunto: [Resposta automática] Re: Garrafas", also after
    # the notice's own title: "Onderwerp: Beperkt bereikbaar (automatisch bericht) - Re: Offerte")
    r"[^\n\[(]{0,40}[\[(]" + _AUTO_TITLE + r"[\])][^\n]*)[ \t]*(?:\n|$)|"
    # the label, then the day back: "Out of office til Mon 11/16, limited access to email"
    r"^\W*(?:out\s+of\s+(?:the\s+)?office|OOO)\s+(?:until|till|til|through|thru)\b|"
    # the label alone on the first line: "Out of office\nat the trade show, back on the 24th"
    r"^\W*(?:out\s+of\s+(?:the\s+)?office|automatic\s+reply|auto-?reply)[ \t]*\n", re.I)
# Out-of-office statements no one writes by hand to a salesperson (no cue or date needed besides)
_AUTO_STATEMENT = re.compile(
    # a message that calls itself automated, or says mail goes unread meanwhile ("Emails are not monitored")
    r"\b(?:this\s+is\s+an\s+auto(?:mated|matic|-generated)(?:\s+|-)(?:reply|response|message)|"
    r"(?:reply|respond)\s+to\s+this\s+auto(?:mated|matic|-generated)(?:\s+|-)(?:reply|response|message|e-?mail)|"
    r"(?:e-?mails?|messages?)\s+(?:are|will)\s+not\s+(?:be\s+)?(?:monitored|read)\s+(?:during|while|until)\b|"
    r"this\s+(?:mailbox|inbox)\s+is\s+(?:not|no\s+longer)\s+monitored|I\s+no\s+longer\s+check\s+this\s+(?:inbox|mailbox|address)|"
    r"(?:your\s+)?(?:e-?mail|message)\s+will\s+not\s+be\s+forwarded|ihre\s+nachricht\s+wird\s+nicht\s+weitergeleitet|"
    r"uw\s+e-?mail\s+wordt\s+niet\s+doorgestuurd|(?:I\s+am|I'm)\s+(?:currently\s+)?(?:out\s+(?:on\s+)?PTO|on\s+PTO|on\s+sabbatical|"
    r"on\s+(?:parental|maternity|paternity)\s+leave)|(?:estoy|me\s+encuentro)\s+(?:fuera\s+de\s+la\s+oficina|de\s+vacaciones)|"
    r"(?:ich\s+bin\s+(?:derzeit\s+|zurzeit\s+)?nicht\s+im\s+b(?:ü|ue)ro)|(?:ik\s+ben\s+(?:momenteel\s+|op\s+dit\s+moment\s+)?afwezig)|"
    r"(?:estou\s+(?:fora\s+do\s+escrit[óo]rio|de\s+f[ée]rias|ausente))|(?:sono\s+(?:attualmente\s+)?(?:fuori\s+ufficio|in\s+ferie))|"
    r"(?:je\s+suis\s+(?:actuellement\s+)?(?:absente?|en\s+cong[ée]s?|en\s+d[ée]placement))|"
    # Polish, Swedish, Danish/Norwegian, Finnish, Czech, Turkish, Romanian, Hungarian: "I am out of the office / on leave"
    r"jestem\s+(?:obecnie\s+)?(?:poza\s+biurem|na\s+urlopie|nieobecn\w+)|nie\s+ma\s+mnie\s+w\s+biurze|"
    r"odpowied[źz]\s+automatyczna|"
    r"jag\s+(?:är|har)\s+(?:för\s+närvarande\s+|just\s+nu\s+)?(?:på\s+semester|ledig|tjänstledig|inte\s+på\s+kontoret|"
    r"borta\s+från\s+kontoret)|jeg\s+er\s+(?:pt\.?\s+|for\s+tiden\s+)?(?:på\s+ferie|ikke\s+på\s+kontoret|fraværende|"
    r"bortrejst|på\s+kurs|på\s+barsel\w*|i\s+foreldrepermisjon)|jag\s+är\s+(?:för\s+närvarande\s+)?föräldraledig|olen\s+(?:tällä\s+hetkellä\s+)?(?:lomalla|poissa\s+toimistolta)|"
    r"(?<!byl\s)(?<!byla\s)(?<!byli\s)jsem\s+(?:momentálně\s+|nyní\s+)?(?:mimo\s+kancelář|na\s+dovolené|nepřítomn\w+)|"
    r"(?:şu\s+anda\s+)?(?:ofis\s+dışındayım|izindeyim|tatildeyim)|sunt\s+(?:în\s+prezent\s+)?(?:în\s+concediu|plecat\w*\s+din\s+"
    r"birou|în\s+afara\s+biroului)|szabadságon\s+vagyok|nem\s+vagyok\s+(?:az\s+)?irodában)\b", re.I)
# The shape of an English auto-reply written as a letter: it opens by thanking for the message (or sends urgent matters
# elsewhere), says the writer is away ("at a conference", "attending", "travelling", "on leave") and names the return
# ("on my return", "back in the office")
_THANKS_FIRST = THANKS_FIRST  # (auto_reply_notice: after a greeting that names nobody, as notices write)
_AWAY = re.compile(r"\b(?:I\s+am|I'm|I\s+will\s+be|I'll\s+be)\s+(?:currently\s+)?(?:at\s+(?:a|an|the)\s+|attending\s+|"
                   r"travell?ing|away|on\s+(?:[\w-]+\s+){0,2}?(?:leave|holiday|vacation)\b|on\s+a\s+business\s+trip|taking\s+(?:some\s+)?leave)|"
                   r"\btaking\s+(?:some\s+)?(?:leave|time\s+off)\b", re.I)
# (the lookahead names every branch's first letter: without it the whole alternation is tried at every position of
# every message, the costliest search of reading a message)
_BACK_CUE = re.compile(r"(?=[ouaibwdn])(?:\b(?:on|upon|after)\s+my\s+return\b|\b(?:I'll|I\s+will)\s+be\s+back\b|"
                       r"\bback\s+in\s+the\s+office\b|\band\s+will\s+be\s+back\b|"
                       r"\bwon'?t\s+be\s+(?:reading|checking)\s+(?:my\s+)?e-?mail|"
                       # the return named even when there is none: "I do not yet have a return date"
                       r"\b(?:(?:do\s+not|don'?t)\s+(?:yet\s+)?have\s+a|without\s+a|no\s+(?=set|fixed|firm|confirmed))\s*"
                       r"(?:set\s+|fixed\s+|firm\s+|confirmed\s+)?return\s+date\b)",
                       re.I)
# "on my return on the 19th", "back on the 3rd": a day of the month alone, the next such day (no month after it on
# the same line: "back on the 24th\nreplies will be slow" is the 24th)
# ("back in on Mon 23rd": a weekday name may stand for "the")
# ("back Thurs 19th", "returning Weds the 18th", "back in the office on the 30th and will reply": "on" may go unsaid,
# and only a month after the day makes it a full date; "Vuelvo el jueves 26", "de retour le lundi 30", "Rientro lunedì
# 16": the return verbs of the other languages, with the weekday before the day)
_WEEKDAY_WORD = (r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:[a-z]*day)?\.?|lunes|martes|mi[ée]rcoles|jueves|"
                 r"viernes|lundi|mardi|mercredi|jeudi|vendredi|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|"
                 r"montag|dienstag|mittwoch|donnerstag|freitag|maandag|dinsdag|woensdag|donderdag|vrijdag")
# ("I'll be back answering emails on the 14th": back at the mail itself)
_ANSWERING = r"(?:answering|checking|reading|replying\s+to)\s+(?:my\s+|your\s+)?(?:e-?mails?|messages?|mail)"
# ("back in the Glasgow office from Monday 14 December", "back at my desk on Wednesday the 18th": where the writer is
# back, a place name or two before the workplace, then "on" or "from" the day)
_BACK_AT = (r"(?:in|at)\s+(?:the|my|our)\s+(?:[^\W\d_]+\s+){0,2}?(?:office|desk|workshop|shop|clinic|studio|site|lab|"
            r"plant|depot|branch|store|yard|practice)")
_RETURN_DAY_ONLY = re.compile(rf"\b(?P<prep>(?:my\s+)?return(?:ing)?|back(?:\s+{_BACK_AT}|\s+in|\s+{_ANSWERING})?|"
                              rf"vuelvo(?:\s+el)?|"
                              rf"regreso(?:\s+el)?|volver[ée](?:\s+el)?|de\s+retour(?:\s+le)?|rientro|rientrer[òo](?:\s+il)?|"
                              rf"torner[òo](?:\s+il)?)(?:\s+on|\s+from)?\s+"
                              rf"(?:the\s+|(?:{_WEEKDAY_WORD}),?\s+(?:the\s+|el\s+|le\s+|il\s+)?)"
                              rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?\b(?![./:,]\d|\s*(?:[ap]\.?m\b|h\b|uhr|uur|heures?))"
                              rf"(?![ \t]*(?:of[ \t]+|de[ \t]+)?(?:{MONTH_RE})\b)", re.I)
# the day first, then "in the office" in those languages: "16 Kasım Pazartesi günü ofiste olacağım"
_FOREIGN_BACK_AFTER = re.compile(
    r"(?P<d>[0-3]?\d)\.?\s+(?P<m>[^\W\d_]+)(?:\s+[^\W\d_]+){0,2}\s+(?:ofiste\s+olaca\w+|i[şs]ba[şs]\w+|d[öo]nece\w+|"
    r"wracam|b[ęe]d[ęe]\s+(?:w\s+biurze|z\s+powrotem)|palaan|olen\s+(?:taas\s+)?toimistolla|"
    r"(?:är|er)\s+(?:jag|jeg)\s+(?:tillbaka|tilbage|tilbake)|jsem\s+zp[ěe]t|revin)\b", re.I)
_FOREIGN_DAY = r"\b[^.\n\d]{0,30}?(?P<d>[0-3]?\d)(?:\.?\s+(?P<m>[^\W\d_]+)|[./]\s?(?P<mn>[01]?\d)\b)"
_FOREIGN_BACK = re.compile(
    r"\b(?:wracam|wróc[ęe]|będ[ęe]\s+(?:z\s+powrotem|dost[ęe]pn\w*)|tillbaka|tilbage|tilbake|zp[ěe]t|vrátím\s+se|palaan|"
    r"takaisin|åter|(?:akan\s+)?kembali|dönüyorum|döneceğim|revin|m[ăa]\s+întorc|visszatérek|vissza|вернусь|вернусь\s+в\s+офис|буду\s+в\s+офисе|"
    r"выйду\s+на\s+работу|повернуся|буду\s+в\s+офісі|επιστρέφω|θα\s+επιστρέψω)" + _FOREIGN_DAY, re.I)
# "until" in those languages names the day back, as "until" does in English; read only when no day back is said
# (Polish/Czech "do" only right before the day: English "if you do need ..." is no date)
_FOREIGN_UNTIL = re.compile(r"\b(?:до|έως(?:\s+τις)?|μέχρι(?:\s+τις)?|până\s+(?:pe|la|în)?|do(?=\s+[0-3]?\d)|indtil|inntil|"
                            r"fram\s+till)" + _FOREIGN_DAY, re.I)
# the last day away in the Nordic languages ("på ferie til og med 20. november": back the day after) and Turkish's
# "until" after the day ("23 Kasım'a kadar izindeyim": back on the 23rd, as "until" says in English)
_FOREIGN_THROUGH = re.compile(r"\b(?P<thru>til\s+og\s+med|till\s+och\s+med|t\.\s?o\.\s?m\.?)\s+(?:den\s+)?(?:[^\W\d_]+\s+)?"
                              r"(?:den\s+)?(?P<d>[0-3]?\d)\.?\s+"
                              r"(?P<m>[^\W\d_]+)", re.I)
# Turkish with the day in figures: "23.11.2026 tarihinde döneceğim"
_TR_BACK = re.compile(r"\b(?P<d>[0-3]?\d)[./](?P<mn>[01]?\d)(?:[./]\d{2,4})?\s+(?:tarihinde\s+)?(?:d[öo]nece\w*|"
                      r"ofiste\s+olaca\w*|i[şs]ba[şs]\w+)", re.I)
_KADAR = re.compile(r"\b(?P<d>[0-3]?\d)\.?\s+(?P<m>[^\W\d_]+?)(?:['’]?(?:y?[ae]))?\s+(?:tarihine\s+)?kadar\b", re.I)
# Return-date phrases: "until"/"bis"/"jusqu'au"/"hasta" name the day the person is back; "through" names the last day away.
_RETURN_PREP = (r"(?P<prep>until|till|til|returning(?:\s+on)?|back\s+on|resum(?:e|ing)\s+(?:office|work|duty|duties)\s+on|"
                r"return(?:ing)?\s+to\s+(?:work|the\s+office)\s+on|"
                r"back\s+in\s+the\s+office\s+on|return(?:ing)?\s+on|through|"
                r"bis\s+(?:zum\s+|einschlie(?:ß|ss)lich\s+|inklusive\s+)?|ab\s+dem|ab|"
                r"jusqu'?(?:au|à)|jusqu’(?:au|à)|de\s+retour\s+le|"
                r"hasta\s+el|hasta|regreso\s+el|volver[ée]\s+el|regresar[ée]\s+el|estar[ée]\s+de\s+vuelta\s+el|"
                r"rientrer[òo]\s+(?:in\s+ufficio\s+)?(?:il|lunedì|martedì|mercoledì|giovedì|venerdì)?|rientro\s+(?:previsto\s+)?(?:il|per\s+il)|"
                r"fino\s+al|di\s+ritorno\s+il|torner[òo]\s+(?:in\s+ufficio\s+)?il|"
                r"retorno\s+(?:no\s+dia|dia|em|a)|regresso\s+(?:no\s+dia|a|em)|volto\s+(?:no\s+dia|dia|em|a)|at[ée]\s+(?:ao\s+dia|o\s+dia|dia)|at[ée]|"
                r"vanaf|tot\s+en\s+met|tot|terug\s+op|weer\s+aanwezig\s+op|weer\s+op\s+kantoor\s+op)")
# ("18-11" with hyphens, not inside "2026-11-24"; the year first, "2026.11.25"; the month in Roman figures, "16-XI-2026")
_DATE_NUMERIC = (r"(?:(?<![\d-])(?P<a>\d{1,2})[./-](?P<b>\d{1,2})(?:[./-](?P<y>\d{4}|\d{2}(?!\d)))?|"
                 r"(?P<y4>20\d\d)[./-](?P<m4>[01]?\d)[./-](?P<d4>[0-3]?\d)(?!\d)|"
                 r"(?P<d3>[0-3]?\d)-(?P<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)-(?P<y3>\d{4}))")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}
# the day, month and year joined by hyphens as Indian and UK office systems print them ("19-Nov-2026") as well
_DATE_WORDS_DM = (rf"(?P<d1>[0-3]?\d)(?!\d)(?:er|\.|º|ª|st|nd|rd|"
                  rf"th)?(?:\s+|-(?={MONTH_RE}))(?:de\s+)?(?P<m1>{MONTH_RE})\.?"
                  rf"(?:(?:\s+|(?<=[^\W\d_])-)(?:de\s+)?(?P<y1>\d{{4}}))?")
_DATE_WORDS_MD = rf"(?P<m2>{MONTH_RE})\.?\s+(?P<d2>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?"
_OOO_CUE = re.compile(
    r"\blimited\s+access\b|\b(?:on|upon|after)\s+my\s+return\b|\bwhen\s+I\s+(?:return|am\s+back|get\s+back)\b|"
    r"\burgent\w*\b|^\W*(?:risposta|messaggio|resposta|mensagem|respuesta|mensaje|r[ée]ponse|automatische|automatisch)\w*\s+\w+\s*[:/]"
    r"|\bdringend\b|\bvertretung\b|\bnach\s+meiner\s+r(?:ü|ue)ckkehr\b|\burgence\b|\bà\s+mon\s+retour\b|"
    r"\burgente?\b|\ba\s+mi\s+regreso\b|\burgenz[ae]\b|\bal\s+mio\s+rientro\b|\burg[êe]ncias?\b|\bno\s+meu\s+regresso\b|"
    r"\bdringende?\b|\bspoed\w*\b|\bna\s+mijn\s+terugkeer\b|\bdelayed\b|\bintermittent\w*\b|\bconference\b|"
    r"\bwhen\s+I\s+return\b|\bas\s+soon\s+as\s+(?:I\s+)?(?:can|possible)\b|\bplease\s+(?:contact|reach|email)\s+my\b|"
    r"\bd[èe]s\s+mon\s+retour\b|\bassim\s+que\s+poss[íi]vel\b|\bslow\s+to\s+respond\b|\bno\s+signal\b|"
    # "out of the office with no set return date": the return date named even when there is none
    # the urgent matters sent elsewhere in the Nordic languages, Turkish, Czech, Romanian and Greek
    r"\bhaster\b|\bhastesaker\b|\bbrådskande\b|\bakut\w*|\bacil\b|\bnaléhav\w*|\burgen[țţ]\w*|\bεπείγ\w*|"
    r"\b(?:no|without\s+a)\s+(?:set\s+|fixed\s+|firm\s+|confirmed\s+|planned\s+)?return\s+date\b",
    re.I)
_RETURN_WEEKDAY = re.compile(
    r"\b(?P<prep>until|till|back\s+on|returning(?:\s+on)?|return\s+on|through)\s+(?:next\s+)?"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_RETURN = re.compile(
    rf"\b{_RETURN_PREP}\s*(?:(?:[^\W\d]+),?\s+(?:(?:the|"
    rf"le|el|den|dem)\s+)?)?(?:(?:the|le|el|den|dem)\s+)?(?:{_DATE_WORDS_DM}|{_DATE_WORDS_MD}|{_DATE_NUMERIC})",
    re.I)


# The day someone is back, said as such ("ab dem 23.11. wieder erreichbar", "back in the office on Monday 16 November",
# "rientrerò il 20 novembre", "retorno no dia 30", "vanaf 18 november"): preferred over an "until" in the same text.
# the return date as a labelled field of a notice: "Return date: Wed 02/12/2026", "Rückkehr: 23.11.", "Date de retour :
# 1er décembre", "Fecha de regreso: 30/11", "Data di rientro: 23/11", "Data de regresso: 16/11", "Terug op: 3 december"
_RETURN_FIELD = (r"(?:return\s+date|date\s+of\s+return|returning|return|back\s+in\s+(?:the\s+)?office|r[üu]ckkehr(?:datum)?|"
                 r"zur[üu]ck\s+am|wieder\s+im\s+b[üu]ro|date\s+de\s+retour|retour|fecha\s+de\s+(?:regreso|vuelta|retorno|"
                 r"reincorporaci[óo]n)|data\s+di\s+rientro|rientro|data\s+de\s+(?:regresso|retorno)|regresso|retorno|"
                 r"terugkeer(?:datum)?|datum\s+van\s+terugkeer|terug(?:\s+op)?|weer\s+aanwezig(?:\s+op)?)[ \t]*:")
# back at a place by its name, then the day: "I will be back at Lakeshore General on Monday, September 13, 2032"
_AT_NAME = r"\s+(?:in|at)\s+(?-i:[A-Z][\w'&.-]*)(?:\s+(?-i:[A-Z][\w'&.-]*)){0,3}(?=\s+on\b)"
_BACK_DATE = re.compile(rf"\d|\b(?:{'|'.join(WEEKDAYS)}|{MONTH_RE})\b", re.I)  # a day named in a return
_RETURN_BACK = re.compile(
    rf"\b(?P<prep>{_RETURN_FIELD}|back\s+(?:{_BACK_AT}\s+|at\s+work\s+|{_ANSWERING}\s+)?(?:on\s+|from\s+)?|will\s+return|"
    # "will resume (office) on", "reprendrai le travail le", "retomo el"; the day after "on my return", "A mi regreso, el"
    rf"(?:resum(?:e|ing)\s+(?:(?:office|work|duty|duties)\s+)?on|(?:reprendr(?:ai|ons)|reprends|riprender[òo]|riprendo|"
    rf"retomar[ée]|retomo|retomarei|hervat(?:ten)?)\s+(?:(?:le\s+travail|mes\s+fonctions|servizio|il\s+lavoro|el\s+trabajo|"
    rf"mis\s+funciones|o\s+trabalho|(?:mijn|het)\s+werk)\s+)?(?:le|il|el|em|no\s+dia|op)?)|(?:(?:on|upon)\s+my\s+return|a\s+mi\s+regreso|"
    rf"(?:[àa]|d[èe]s)\s+mon\s+retour|al\s+mio\s+rientro|no\s+meu\s+regresso|nach\s+meiner\s+r[üu]ckkehr|na\s+mijn\s+terugkeer),?\s+(?:on|el|le|il|em|am|op)?|"
    rf"(?:will|['’]ll|expect\s+to)\s+be\s+back(?:\s+(?:in|at)\s+(?:the|my)\s+(?:\w+\s+)?\w+|\s+at\s+work|{_AT_NAME})?(?:\s+on)?|returning(?:\s+on)?|return(?:ing)?\s+(?:to\s+(?:work|(?:the\s+)?[A-Z]?[a-z]+)\s+)?on|"
    rf"vuelvo\s+el|regressando\s+(?:a|no\s+dia|em)|voltarei\s+(?:no\s+dia|em|a)|(?:sar[òo]\s+)?di\s+nuovo\s+in\s+ufficio|ab\s+dem|ab|(?:de\s+)?retour\s+(?:(?:au|à\s+la|à\s+l['\u2019]\s*|en|dans\s+les?)\s*[\w-]+\s+)?le|"
    rf"regreso\s+el|volver[ée]\s+el|(?:me\s+)?reincorporar[ée]\s+el|me\s+reincorporo\s+el|regresar[ée]\s+el|estar[ée]\s+de\s+vuelta\s+el|estarei\s+de\s+volta(?:\s+(?:na|no|em|a|ao|dia))?|rientrer[òo]\s+(?:in\s+ufficio\s+)?(?:il)?|"
    rf"rientro\s+(?:previsto\s+)?(?:il|per\s+il)|di\s+ritorno\s+il|torner[òo]\s+(?:in\s+ufficio\s+)?il|"
    rf"retorno\s+(?:no\s+dia|dia|em|a)|regresso\s+(?:no\s+dia|a|em)|volto\s+(?:no\s+dia|dia|em|a)|vanaf|terug\s+op|"
    rf"weer\s+aanwezig\s+op|weer\s+op\s+kantoor\s+op|(?:(?:resum(?:e|es|ing)\s+(?:business|operations|trading)|reopen(?:s|ing)?)\s+on|(?:we\s+reopen|riapr(?:iamo|e)|reabr(?:imos|e)|(?:nous\s+)?rouvr(?:ons|e)|(?:wir\s+)?(?:ö|oe)ffnen\s+wieder|heropenen)(?:\s+(?:il|el|le|am|on|op|em|no\s+dia))?)"
    rf"(?![\s\S]{{0,300}}\b(?:back|return\w*)\s+on\b)|"  # the office's day back, unless its writer's own follows
    # a return verb, then where to ("back in the gym and at my desk", "volveré a la oficina el", "rientro in ufficio")
    rf"(?:back|volver[ée]|vuelvo|regres(?:o|ar[ée])|rientr(?:o|er[òo])|torner[òo]|de\s+retour|regresso|retorno|volto|voltarei)\s+(?:(?:a|al|in|en|"
    rf"to|at|and|the|la|il|my|mi|au|ao|na|no|ufficio|oficina|office|desk|gym|work|shop|studio|clinic|bureau|"
    rf"escrit[óo]rio)\s+){{1,8}}(?:on\s+|el\s+|il\s+|le\s+)?)"
    rf"\s*(?:(?:[^\W\d]+(?:-[^\W\d]+)?),?\s+(?:(?:the|le|el|den|dem|il|o|de)\s+)?)?"
    rf"(?:(?:the|le|el|den|dem|il|o|de)\s+)?(?:{_DATE_WORDS_DM}|{_DATE_WORDS_MD}|{_DATE_NUMERIC})",
    re.I)
# the day first, then "I'm back": "Maandag 16 november ben ik weer bereikbaar", "am 23. November bin ich wieder da"
# ("From Monday 19 July I am again in the office": "again" for "back", as a German or Finnish writer says it)
_BACK_AFTER_DATE = re.compile(
    rf"(?P<prep>)(?:{_DATE_WORDS_DM}|{_DATE_WORDS_MD})\s+(?:ben\s+ik\s+weer|bin\s+ich\s+wieder|I'?m\s+back|I\s+am\s+back|"
    rf"I\s+will\s+be\s+back|I(?:'m|\s+am|\s+will\s+be)\s+again\s+(?:in\s+the\s+office|at\s+(?:work|my\s+desk))|je\s+serai\s+de\s+retour|estar[ée]\s+de\s+vuelta|sar[òo]\s+di\s+nuovo|estarei\s+de\s+volta|"
    rf"(?:weer|wieder)\s+(?:op\s+kantoor|aanwezig|bereikbaar|im\s+b(?:ü|ue)ro|erreichbar))\b", re.I)
_THROUGH = ("through", "bis einschl", "bis inkl", "tot en met")
# the day named is still away when the notice says it is included: "jusqu'au mardi 1er décembre inclus", "até
# 2026.11.24 (inclusive)", "hasta el 20 incluido"
_INCLUDED = re.compile(r"[ \t]*\(?[ \t]*(?:inclus\w*|inclusive|inclusief|incluid[oa]|inclus[oa]|compres[oa]|"
                       r"einschlie(?:ß|ss)lich|"
                       r"inkl\w*|inbegrepen)\b", re.I)


def _return_day(m: re.Match[str], today: date, us_order: bool) -> date | None:
    """The calendar day a return-date match names (next such day on or after today when no year is given)."""
    g = m.groupdict()
    if g.get("m1"):
        day, month, year = int(g["d1"]), MONTHS[g["m1"].lower()], g.get("y1")
    elif g.get("m2"):
        day, month, year = int(g["d2"]), MONTHS[g["m2"].lower()], g.get("y2")
    elif g.get("y4"):
        day, month, year = int(g["d4"]), int(g["m4"]), g["y4"]
    elif g.get("rm"):
        day, month, year = int(g["d3"]), _ROMAN[g["rm"].upper()], g["y3"]
    else:
        a, b, year = int(g["a"]), int(g["b"]), g.get("y")
        day, month = (b, a) if us_order and a <= 12 else (a, b)
        said = weekday_before(m.string[m.start(): m.start("a")])
        if said is not None and a <= 12 and b <= 12 and year:  # "Wed 02/12/2026": the order the weekday agrees with
            agree = [(d, mo) for d, mo in ((day, month), (month, day)) if falls_on(int(year), mo, d, said)]
            day, month = agree[0] if agree else (day, month)
    try:
        if year:
            y = int(year) + (2000 if len(year) == 2 else 0)
            return date(y, month, day)
        found = date(today.year, month, day)
        return found if found >= today else date(today.year + 1, month, day)
    except ValueError:
        return None


# Japanese and Chinese: the day from which the writer is at work again ("11月25日(水)より通常通り出社いたします",
# "11月25日起恢复上班"), not the last day away ("11月24日まで")
_CJK_BACK = re.compile(r"(?P<mn>[01]?\d)月(?P<d>[0-3]?\d)[日号][^。\n，,\d]{0,12}?(?:より|から|以降|起)[^。\n]{0,14}?"
                       r"(?:出社|出勤|戻|復帰|対応|上班|回到|返回|恢复)")


def _foreign_day_back(text: str, today: date) -> tuple[date, str] | None:
    """The day back said in a language whose month names only this module knows, with its quote."""
    for m in _CJK_BACK.finditer(text):
        day = next_day_of_month(today, int(m.group("d")), int(m.group("mn")))
        if day is not None:
            return day, m.group()
    for m in [*_FOREIGN_BACK.finditer(text), *_FOREIGN_BACK_AFTER.finditer(text), *_FOREIGN_THROUGH.finditer(text),
              *_FOREIGN_UNTIL.finditer(text), *_KADAR.finditer(text), *_TR_BACK.finditer(text)]:
        word = (m.groupdict().get("m") or "").lower()
        month = int(m.group("mn")) if m.groupdict().get("mn") else MORE_MONTHS.get(word) or MONTHS.get(word)
        day = next_day_of_month(today, int(m.group("d")), month) if month else None
        if day is not None:
            return (next_working(day) if m.groupdict().get("thru") else day), m.group()
    return None


# Any language: a notice naming the last day away and then, one to three days later, the day back ("in ferie fino a
# giovedì 26 novembre. Rientro venerdì 27 novembre", "november 20-ig ... November 23-án", "do 24. studenoga ... u
# srijedu, 25. studenoga", "11月13日まで ... 11月16日より"): the later day is the day back, whatever the verbs.
_HR_MONTHS = {m: i + 1 for i, m in enumerate(("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja",
                                               "kolovoza", "rujna", "listopada", "studenoga", "prosinca"))}
_HU_MONTHS = {m: i + 1 for i, m in enumerate(("január", "február", "március", "április", "május", "június", "július",
                                               "augusztus", "szeptember", "október", "november", "december"))}
# (Croatian "listopada" is October, Polish "listopada" November: the Polish reading, already in the table, stands)
_ANY_MONTHS = {**_HR_MONTHS, **_HU_MONTHS, **MONTHS, **MORE_MONTHS}
_ANY_MONTH_RE = "|".join(sorted(map(re.escape, _ANY_MONTHS), key=len, reverse=True))
_ANY_DATE = re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|\.)?\s+(?:de\s+|of\s+)?(?P<m>{_ANY_MONTH_RE})\b|"
                       rf"\b(?P<m2>{_ANY_MONTH_RE})\s+(?P<d2>[0-3]?\d)(?!\d)|(?P<mn>[01]?\d)月(?P<d3>[0-3]?\d)日", re.I)
BACK_AFTER_LAST_DAY = 3  # days at most between the last day away and the day back when a notice names both


def _last_day_then_back(text: str, today: date) -> tuple[date, str] | None:
    """The day back when a notice names the last day away and, just after it, the day back, with its quote."""
    found = []
    for m in _ANY_DATE.finditer(text):
        month = int(m.group("mn")) if m.group("mn") else _ANY_MONTHS.get((m.group("m") or m.group("m2")).lower())
        day = next_day_of_month(today, int(m.group("d") or m.group("d2") or m.group("d3")), month) if month else None
        if day is not None and (not found or day != found[-1][0]):
            found.append((day, m.group()))
    if len(found) == 2 and 1 <= (found[1][0] - found[0][0]).days <= BACK_AFTER_LAST_DAY:
        return found[1]
    return None


def _day_only_back(text: str, today: date) -> tuple[date, str] | None:
    """The day back said as a day of the month alone ("on my return on the 19th"), with its quote."""
    m = _RETURN_DAY_ONLY.search(text)
    day = next_day_of_month(today, int(m.group("day")), None) if m else None
    return (day, m.group()) if day is not None and m is not None else None


# An out-of-office notice says what it is and when its writer is back at its top; only this much of a message is read
# for it (a 40 KB post that mentions a holiday far down is a person writing, and reading it all cost the most time)
AUTO_HEAD_CHARS = 4000


def detect_auto_reply(*, auto_submitted: bool, subject: str, text: str, sent_at: datetime, tz: str,
                      signature: str = "") -> AutoReply:
    """Whether a message is an automatic reply (header flag, subject prefix or out-of-office wording) and its return date.

    signature: the part of the new text below a signature marker ("--"). A notice often puts its return date there
    ("--\nStatus: Out of office\nReturn date: Wed 02/12/2026"), so the date is read there when the text above names
    none; out-of-office wording is still needed above it (a customer's own signature never makes a notice)."""
    zone = zone_of(tz)
    text = (text or "")[:AUTO_HEAD_CHARS]
    text = text[:hours_notice_at(text) or len(text)]  # a signature's opening hours, below the letter, are no notice
    signed = f"{text}\n{signature[:AUTO_HEAD_CHARS]}" if signature and signature.strip() else ""
    maybe_auto = may_be_auto(text or "")
    body = _AUTO_BODY.search(text or "") if maybe_auto else None
    # Out-of-office wording alone is also how people chat ("I'm on vacation myself right now"), so a body-only
    # detection also needs a stated return date or a typical auto-reply cue ("limited access", "urgent", ...).
    body_says_auto = (bool(body) and bool(_RETURN.search(text) or _RETURN_WEEKDAY.search(text) or _OOO_CUE.search(text)
                                          or _foreign_day_back(text, local_time(sent_at, zone).date())
                                          or _dated_back(text))) \
        or bool(_AUTO_FIRST_LINE.search(text or "") or (maybe_auto and _AUTO_STATEMENT.search(text or ""))) \
        or bool(_BACK_CUE.search(text or "") and _AWAY.search(text or "")  # (the rarest first: the same answer)
                and (_THANKS_FIRST.search(text or "") or _OOO_CUE.search(text or ""))) \
        or (may_be_abroad(text) and away_abroad(text) is not None) \
        or away_for_feast(text) is not None \
        or (closure_notice(text) and bool(_RETURN_BACK.search(text) or _RETURN.search(text)))\
        or (titled_first_line(text) and bool(_AWAY.search(text)) and _dated_back(text))
    is_auto = bool(auto_submitted or _AUTO_SUBJECT.search(subject or "") or body_says_auto)
    if not is_auto and not (body and signed):
        return AutoReply(False, None, None)
    dated = _dated(text, subject, sent_at, zone) if is_auto else None
    if signed and (dated is None or dated.return_at is None):
        # the return date below the signature marker; when only the wording above says "away", a day back there
        # (and not just any date) is what makes the message a notice
        below = _dated(signed, subject, sent_at, zone)
        if is_auto or below.return_at is not None:
            return below
    return dated or AutoReply(False, None, None)


def _dated_back(text: str) -> bool:
    """Whether the text says the day its writer is back with a date ("I will be back at work on Monday, November 4"):
    beside out-of-office wording, that is a notice's return."""
    return any(_BACK_DATE.search(m.group()) for m in _RETURN_BACK.finditer(text))


def _dated(text: str, subject: str, sent_at: datetime, zone: ZoneInfo) -> AutoReply:
    """An automatic reply with the return date its text (or subject) states, if any, and the quote."""
    today = local_time(sent_at, zone).date()
    # US month/day order only when the wording is English; German, French and Spanish write day.month.
    # (and only read by someone in the Americas: "Return: 04/01/2027" in London is the 4th of January)
    us_order = not re.search(r"\b(?:bis|jusqu|hasta|regreso|volver\w*|retour|ab|fino|rientr\w*|at[ée]|retorno|tot|vanaf)\b",
                             text or "", re.I) \
        and str(getattr(zone, "key", "")).startswith(("America/", "US/", "Pacific/Honolulu"))
    pair = _last_day_then_back(text or "", today)
    if pair is not None:
        return AutoReply(True, start_of_local_day(pair[0], zone), pair[1])
    back = _foreign_day_back(text or "", today) or (day_back_abroad(text, today) if may_be_abroad(text) else None) \
        or _day_only_back(text or "", today)
    if back is not None and not _RETURN_BACK.search(text or ""):
        return AutoReply(True, start_of_local_day(back[0], zone), back[1])
    for source in (text or "", subject or ""):
        m = _RETURN_BACK.search(source) or _BACK_AFTER_DATE.search(source) or _RETURN.search(source)
        if m:
            day = _return_day(m, today, us_order)
            if day is not None:
                if m.group("prep").lower().startswith(_THROUGH) or _INCLUDED.match(source, m.end()):
                    day = next_working(day)  # the named day is still away; back the next working day after it
                return AutoReply(True, start_of_local_day(day, zone), m.group().rstrip("."))
    words = day_back_after_week(text or "", today, zone.key) \
        or day_back_in_words(text or "", today, zone.key)  # "the second of April", "the day after Whit Monday"
    if words is not None:
        return AutoReply(True, start_of_local_day(words[0], zone), words[1])
    m = _RETURN_WEEKDAY.search(text or "")
    if m:
        day = next_weekday(today, WEEKDAYS[m.group("weekday").lower()])
        day = next_working(day) if m.group("prep").lower() == "through" else day
        return AutoReply(True, start_of_local_day(day, zone), m.group())
    body = _AUTO_BODY.search(text or "") or _AUTO_FIRST_LINE.search(text or "") or _AUTO_STATEMENT.search(text or "") \
        or away_for_feast(text or "")
    quote = body.group().strip() if body else None
    return AutoReply(True, None, quote)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

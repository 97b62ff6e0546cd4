"""Quiet periods read for certain in German, French, Spanish, Italian, Portuguese and Dutch: the rep asked not to get
in touch with the writer before a day the sentence names ("Bitte melden Sie sich nicht vor Dienstag, 1. Juni, bei
mir", "no me busque antes del 2 de junio", "bel me niet voor 26 mei"); in English when the day is a date with its
month ("please do not follow up before Friday 16 June")."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from followup.text.dates import EN_MONTHS, alternation, foreign_duration_days, next_day_of_month, start_of_local_day
from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import DNC, PAUSED, QUIET, Wish, english, sentence_quote
from followup.text.wish_contact_in import contact_in_certain
from followup.text.wish_quiet_given import given_time_certain
from followup.text.wish_rest import rest_until_certain
from followup.text.wish_until_then_en import HALT_CONTACT_EN, UNTIL_THEN_EN, refused_until_then_english

# the rep's contact, in the forms said to the rep: a verb of reaching the writer with the writer as its object
# (a pronoun before it, a clitic on it, or "Sie sich ... melden"); "ich melde mich nicht vor Montag" is the writer's
# own step, "die Lieferung kommt nicht vor Montag" reaches no one
# (the familiar imperatives too: "ruf mich bis Freitag nicht an", "schreib mir nicht vor Montag")
_VERB = (r"(?:kontaktier\w*|anzurufen|anrufen|rufen|ruf|anzuschreiben|anschreiben|schreiben|schreib|mailen|melden|"  # de
         # ("Reviens-moi pas avant le 20": Quebec French for "get back to me")
         r"contact\w*|recontact\w*|appel\w*|rappel\w*|relanc\w*|[ée]cri\w*|sollicit\w*|t[ée]l[ée]phon\w*|revien\w*|"  # fr
         # ("No me apurés hasta fin de mes", "não me apresse até o dia 20", "drängen Sie mich nicht vor Montag": hurried)
         # (Mexican "marcar" for a call: "no me marques antes", "no nos marquen hasta el lunes")
         r"busqu\w*|busc\w*|escrib\w*|llam\w*|contact\w*|envi\w*|apur\w*|presion\w*|apress\w*|dr[äa]ng\w*|marqu(?:e|es|en)|"  # es
         r"contatt\w*|ricontatt\w*|chiam\w*|richiam\w*|scriv\w*|sollecit\w*|cerc\w*|"  # it
         r"contact\w*|contat\w*|lig\w*|escrev\w*|procur\w*|telefon\w*|"  # pt
         r"bel\w*|mail\w*|benader\w*|contacteer\w*)")  # nl
# A verb of reaching the writer with the writer as its object (_VERB), in German, French, Italian, Dutch.
WRITER_REACHED = re.compile(
    rf"\b(?:mich|uns|me|m['\u2019]|nous|mi|ci|mij|ons|nos)\s+(?:\w+\s+){{0,2}}?{_VERB}\b|"
    rf"\b{_VERB}\s+(?:Sie\s+)?(?:mich|uns|me|mij|ons)\b|\b{_VERB}\s+Sie\s+sich\b|"
    # the call asked with its object left out: "Rufen Sie frühestens am 4. wieder an"
    rf"\bRufen\s+Sie\s+(?:[^.;!?]|\d\.){{0,30}}?\ban\b|"
    rf"\bSie\s+(?:sich\s+)?(?:\w+\s+){{0,4}}?(?:bei\s+(?:mir|uns)\b|melden\b)|\bsich\b[^.;!?]{{0,40}}\bbei\s+(?:mir|uns)\b|"
    rf"\b\w{{3,}}(?:ar|er|ir)(?:me|mi|ci|nos|-me|-nos)\b|"
    # the imperative with the writer joined to it: "Recontactez-moi", "ligue-me", "Contácteme", "llámame"
    rf"\b{_VERB}-(?:moi|nous|me|nos)\b|\b(?:cont[áa]ct|ll[áa]m|escr[íi]b|b[úu]squ|b[úu]sc)\w*?(?:me|nos)\b|"
    # Dutch puts the day between the writer and the verb: "Gelieve mij tot vrijdag 5 november niet te contacteren"
    rf"\b(?:mij|me|ons)\b[^.;!?]{{0,40}}?\bniet\s+(?:meer\s+)?te\s+{_VERB}\b|"
    rf"\bgeen\s+contact\s+(?:meer\s+)?met\s+(?:mij|me|ons)\b|"
    # the rep addressed by the verb's own form, no object pronoun: "Bitte melde dich nicht vor nächstem Montag", "Haken
    # Sie bitte nicht vor Montag, 28. August nach", "Ich bitte Sie, sich bis Ende Monat nicht mehr zu melden", "non
    # sollecitatemi prima di lunedì 30", "No me persigas con esto hasta el 20"
    rf"\bmeld\w*\s+dich\b|\b(?:haken|fragen|rufen|schreiben|mailen|melden|kontaktieren|warten)\s+Sie\b|\bSie,?\s+sich\b|"
    rf"\b(?:sollecit|ricontatt|contatt|richiam|chiam|scriv|cerc|disturb)\w*?a(?:te|temi|teci)?(?:mi|ci)\b|"
    rf"\b(?:me|nos)\s+persig\w*|"
    # ... or the contact itself refused: "pas de relance avant le lundi 7 décembre", "reprendre contact à partir du 3
    # décembre, pas avant", "Niet vóór maandag 23 november mailen graag"
    rf"\b(?:pas\s+de|aucune?)\s+(?:relance|rappel|appel|contact|mail|message)s?\b|\breprendre\s+contact\b|"
    rf"\bniet\s+(?:eerder\s+dan|v[oó][oó]r)\b[^.;!?]{{0,40}}?\b(?:mailen|bellen|appen|contacteren)\b[^.;!?]{{0,10}}?\bgraag\b",
    re.I)
# not asked of the rep: a question ("Können Sie nicht vor Montag anrufen?"), a condition, the writer's own step
NOT_ASKED = re.compile(r"\?|^\W*(?:si|se|wenn|falls|als|indien|caso)\b|"
                       r"\b(?:ich|je|j['\u2019]|yo|io|eu|ik|wir|nous\s+vous|te|le|ti|lhe|dich|u)\s+(?:\w+\s+)?(?:melde|rufe|"
                       r"schreibe|kontaktiere|contacte|rappelle|recontacte|[ée]cris|llamo|escribo|contacto|chiamo|scrivo|"
                       r"contatto|ligo|escrevo|contato|bel|mail|schrijf|neem)\b", re.I)


# the writer left alone until a day, asked outright or as a polite question ("Pourriez-vous me laisser tranquille
# jusqu'au lundi 4 septembre ?", "Lassen Sie mich bis zum 4. September in Ruhe", "déjeme en paz hasta el 25", "mi lasci
# tranquillo fino al 4", "deixe-me em paz até dia 4", "laat me met rust tot maandag 4 september"), or for a length
# ("laat mij een dag of tien gerust")
_LEFT_ALONE = re.compile(
    r"\b(?:laiss\w*[- ](?:moi|nous)|(?:me|nous)\s+laiss\w*)\s+(?:\w+\s+)?(?:tranquilles?|en\s+paix)\b|"
    r"\blass\w*\s+(?:Sie\s+)?(?:mich|uns)\b(?:[^.;!?]|\d\.){0,40}\bin\s+Ruhe\b|"
    r"\b(?:d[ée]j\w*(?:me|nos)|(?:me|nos)\s+dej\w*)\s+(?:\w+\s+)?(?:en\s+paz|tranquil[oa]s?)\b|"
    r"\b(?:lasci\w*(?:mi|ci)|(?:mi|ci)\s+lasci\w*)\s+(?:\w+\s+)?(?:in\s+pace|tranquill[oaie])\b|"
    r"\b(?:deix\w*[- ](?:me|nos)|(?:me|nos)\s+deix\w*)\s+(?:\w+\s+)?(?:em\s+paz|sossegad[oa]s?)\b|"
    r"\b(?:laat|laten)\s+(?:u\s+|je\s+)?(?:me|mij|ons)\s+(?:\w+\s+){0,4}?(?:met\s+rust|gerust)\b"
    r"(?![^.;!?]{0,30}\b(?:weten|horen)\b)", re.I)  # (not "laat mij gerust weten": feel free to tell me)
# contact asked only after or from a numbered day, as English "get back to me after the 21st": "Recontactez-moi après
# le 20", "Contácteme a partir del día 20", "Mi ricontatti dopo il 20", "Bitte melden Sie sich erst nach dem 1. Dezember
# wieder", "Bel me na de 20e", "me procure depois do dia 25"
_FROM_DAY = re.compile(r"\b(?:nach\s+dem|ab\s+dem|apr[èe]s\s+le|[àa]\s+partir\s+du|despu[ée]s\s+del?(?:\s+d[íi]a)?|"
                       r"a\s+partir\s+del?(?:\s+d[íi]a)?|dopo\s+il|a\s+partire\s+dal|depois\s+do(?:\s+dia)?|"
                       r"a\s+partir\s+do(?:\s+dia)?|na\s+de|vanaf\s+de)\s+[0-3]?\d(?:\.|e\b|\b)", re.I)
# ... or asked for around a numbered day, the colloquial "by then": "Me procura de novo lá pro dia 20", "me liga lá para o
# dia 20", "Llámame para el 20", "Mi richiami verso il 20", "Rappelez-moi vers le 20", "Melden Sie sich um den 20.",
# "Bel me rond de 20e": the day itself, as "contact me again on the 20th"
_TOWARD_DAY = re.compile(r"\b(?:l[áa]\s+(?:pro|pra|para\s+o|pelo)\s+(?:dia\s+)?|(?:pro|pra|para\s+o|pelo)\s+dia\s+|"
                         r"(?:para|hacia)\s+el\s+(?:d[íi]a\s+)?|verso\s+il\s+|vers\s+le\s+|um\s+den\s+|rond\s+de\s+)"
                         r"(?P<day>[0-3]?\d)(?:\.|e\b|\b)(?!\s*(?:[:.,/-]\d|h\b|uhr|heures?|horas?|ore|uur|%|€))", re.I)
# ... not where something is to be sent by that day ("me manda a proposta pro dia 20", "envíame el presupuesto para el
# 20": a deadline, not a wait) or the contact is refused (the refusal readers' own), said before the day
_TOWARD_NOT = re.compile(r"\b(?:envi\w*|mand\w*|schick\w*|envo\w*|stuur\w*|invi\w*|entreg\w*|pronto|prêt\w*|klaar|fertig|"
                         r"listo|pronta|n[ãa]o|no|nicht|ne|pas|non|niet|nunca|jamais|mai|nie)\b", re.I)
_CONDITION = re.compile(r"^\W*(?:si|se|wenn|falls|als|indien|caso)\b", re.I)


def _whole_sentence(sentence: str, offset: int, text: str, until: datetime) -> Wish:
    """A certain quiet period quoting the whole sentence that asks for it."""
    return Wish(QUIET, sentence_quote(sentence, offset, text), until=until)


def _left_alone_until(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo) -> Wish | None:
    """A certain quiet period when a sentence asks the rep to leave the writer alone until a day it names."""
    from followup.text.wish_when import stated_end  # wish_when reads wish_quiet, which reads this module

    if not _LEFT_ALONE.search(sentence) or _CONDITION.search(sentence):
        return None
    days = foreign_duration_days(sentence)
    until = stated_end(sentence, local, zone) or (
        start_of_local_day(local.date() + timedelta(days=days), zone) if days else None)
    if until is None:  # "Bitte lassen Sie mich bis zum 8. in Ruhe": a day of this or the next month, its number alone
        from followup.text.wish_ends import UNTIL_DAY_ABROAD  # (wish_ends reads wish_quiet, which reads this module)

        bare = UNTIL_DAY_ABROAD.search(sentence)
        day = next_day_of_month(local.date(), int(bare.group("day")), None) if bare else None
        until = start_of_local_day(day, zone) if day else None
    if until is None:
        return None
    return _whole_sentence(sentence, offset, text, until)


def refused_before_abroad(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo) -> Wish | None:
    """A certain quiet period when a sentence in one of the six languages asks the rep not to reach the writer before
    a day it names, or to leave the writer alone until then; else None."""
    from followup.text.wish_ends import foreign_not_before  # wish_ends reads wish_quiet, which reads this module

    if english(sentence):
        return None
    # a question tag closing a request is no question ("Me procura só a partir de terça, aí eu vejo, viu?")
    if not WRITER_REACHED.search(sentence) or NOT_ASKED.search(_TAG.sub("", sentence.rstrip())):
        return _left_alone_until(sentence, offset, text, local, zone)
    until = foreign_not_before(sentence, local, zone)
    if until is None and _FROM_DAY.search(sentence):
        from followup.text.wish_ends import foreign_after_day  # (read wish_quiet, which reads this module)
        from followup.text.wish_when import stated_end

        # "Recontactez-moi après le 20 novembre": that day; "après le 20" alone: the next 20th after the send date
        until = stated_end(sentence, local, zone) or foreign_after_day(sentence, local, zone)
    if until is None and (toward := _TOWARD_DAY.search(sentence)) and \
            not _TOWARD_NOT.search(sentence[:toward.start()]):
        from followup.text.wish_when import stated_end  # (read wish_quiet, which reads this module)

        day = next_day_of_month(local.date(), int(toward.group("day")), None)
        until = stated_end(sentence, local, zone) or (
            start_of_local_day(day, zone) if day and day > local.date() else None)
    if until is None:
        return None
    return _whole_sentence(sentence, offset, text, until)


_EN_MONTH = alternation(EN_MONTHS)
# English: contact with the writer refused before a date with its month ("Please do not remind me before 30 December",
# "pls dont send anything before monday 10 january"); a weekday alone is read by wish_quiet's own patterns
# ... or asked only from a date on ("Only contact me again from Monday 16 April", "call me again only from 24 April")
_EN_ONLY_FROM = (r"(?:only\s+(?:contact|call|ring|phone|e-?mail|write\s+to|get\s+back\s+to|reach\s+out\s+to)\s+(?:me|us)\s+"
                 r"(?:again\s+)?from|(?:contact|call|ring|phone|e-?mail|write\s+to|get\s+back\s+to|reach\s+out\s+to)\s+(?:me|us)\s+"
                 r"(?:again\s+)?only\s+from)")
_EN_NOT_BEFORE = re.compile(
    r"\b(?:" + _EN_ONLY_FROM + r"|(?:do\s+not|don['\u2019]?t|not\s+to)\s+"
    r"(?:(?:follow(?:ing)?\s+up|chase|remind|contact|call|ring|phone|e-?mail|"
    r"write\s+to|reach\s+out\s+to|bother|nudge|disturb)(?:\s+(?:me|us))?|(?:follow\s+up|reach\s+out|get\s+in\s+touch)|"
    r"send\s+(?:me\s+|us\s+)?(?:anything|any\s+(?:reminders?|follow[- ]?ups?|e-?mails?)|reminders?))"
    r"(?:\s+(?:on|about)\s+(?:this|it))?\s+before)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?"
    rf"(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_EN_MONTH})|(?P<m2>{_EN_MONTH})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)"
    r"\b(?!\s*\d)", re.I)
_EN_NOT_ASKED = re.compile(r"\?|^\W*(?:if|when|unless)\b|\b(?:he|she|they)\s+(?:asked|said|told)\b", re.I)


def refused_before_date_english(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo) -> Wish | None:
    """A certain quiet period when an English sentence asks the rep not to reach the writer before a date with its
    month; else None."""
    m = _EN_NOT_BEFORE.search(sentence)
    if not m or _EN_NOT_ASKED.search(sentence):
        return None
    day = next_day_of_month(local.date(), int(m.group("d1") or m.group("d2")),
                            EN_MONTHS[(m.group("m1") or m.group("m2")).lower()])
    return Wish(QUIET, text[offset + m.start(): offset + m.end()], until=start_of_local_day(day, zone)) if day else None


# The six other languages: contact refused until then, after a length asked ("Lass mir bitte drei Wochen ... Bis dahin
# bitte net nachhaken", "dame unos diez días ... no me escribas antes", "não nos contacte até lá", "Niet eerder appen of
# mailen graag", "bevor Sie wieder nachfragen")
_UNTIL_THEN = re.compile(r"\b(?:bis\s+dahin|vorher|davor|bevor\s+Sie|d['\u2019]ici\s+l[àa]|jusque[- ]l[àa]|avant\s+(?:cela|"
                         r"cette\s+date)|bis\s+zu\s+diesem\s+(?:Datum|Tag)|jusqu['\u2019][àa]\s+cette\s+date|hasta\s+esa\s+fecha|"
                         r"fino\s+a\s+quella\s+data|at[ée]\s+(?:essa|esta)\s+data|tot\s+die\s+datum|hasta\s+entonces|antes(?:\s+de\s+eso)?(?=\s*(?:[,.;!?]|porfa|por\s+favor|$))|"
                         r"fino\s+ad?\s+allora|prima(?=\s*(?:[,.;!?]|$))|(?<=pas\s)avant(?=\s*(?:[,.;!?]|$))|at[ée]\s+l[áa]|antes\s+disso|at[ée]\s+ent[ãa]o|"
                         r"niet\s+eerder|tot\s+dan|voor\s+die\s+tijd)\b", re.I)
# (with the dialects' "ned", "nid", "nit" for "nicht": "Bis dahin bitte ned nachhake"; and the verb first, as German and
# Dutch put it in a command: "bel mij niet voor die tijd", "ruf mich bis dahin nicht an")
# (contact said to be of no use: "d'ici là, inutile de me relancer", "inutile richiamarmi prima", "es inútil llamarme")
_HALT_CONTACT = re.compile(rf"\b(?:nicht|net|ned|nid|nit|kein\w*|ne|pas|no|non|n[ãa]o|niet|inutile|in[úu]til)\b"
                           rf"[^.;!?]{{0,40}}?\b(?:{_VERB}|"
                           r"nachhak\w*|nachfrag\w*|erinner\w*|insist\w*|sollecit\w*|persig\w*|appen|escribai)\b|"
                           rf"\b(?:{_VERB}|ruf|schreib)\s+(?:Sie\s+)?(?:mich|uns|mij|me|ons)\s+(?:\w+\s+){{0,3}}?(?:nicht|ned|nid|nit|niet)\b|"
                           # contact asked for then, and not before: "volte a contactar-me nessa altura, e não antes",
                           # "rappelez-moi à ce moment-là, pas avant", "llámeme entonces y no antes"
                           rf"\b{_VERB}\b[^.;!?]{{0,40}}?[,\s]\s*(?:(?:e|y|et|und|en|ed|ma|mais|pero|aber|maar)\s+)?"
                           # (the "before" ending its clause: "niet eerder dan woensdag 2 januari" names its own day)
                           r"(?:n[ãa]o|no|non|pas|nicht|niet)\s+(?:antes|avant|prima|vorher|fr[üu]her|eerder)\b"
                           r"(?=\s*(?:[,.;!?)]|$))|"
                           r"\bbevor\s+Sie\s+(?:sich\s+)?(?:wieder\s+)?(?:nachfrag|nachhak|meld|anruf|schreib|mail|kontakt)\w*|"
                           # the reminders held back: "segura os follow-ups até lá", "halten Sie die Erinnerungen zurück"
                           r"\b(?:segur\w*|guard\w*|aguant\w*|halt\w*|stopp\w*|trattien\w*|houd\w*|retien\w*|"
                           r"sospend\w*|suspend\w*)\s+(?:\w+\s+){0,2}?(?:follow[- ]?ups?|relances?|seguimientos?|"
                           r"recordatorios?|solleciti|nachfass\w*|erinnerungen|herinneringen|lembretes?|cobran[çc]as?)\b",
                           re.I)
# a question tag closing a request is no question: "segura os follow-ups até lá, beleza?", "..., d'accord ?"
# (the tag in its own question marks, "¿vale?", and in two words: "tá bom?", "está bem?", "de acuerdo?", "n'est-ce pas ?",
# "nicht wahr?")
_TAG = re.compile(r"[,\s]+\u00bf?(?:beleza|viu|visse|"
                  r"ok(?:ay|é|ei)?|t[áa](?:\s+bom)?|est[áa]\s+bem|certo|combinado|vale|de\s+acuerdo|"
                  r"va\s+bene|vero|d['\u2019]accord|n['\u2019]est-ce\s+pas|nicht\s+wahr|gell?|oder|s[íi]|n[ée]|hein|jo|goed|"
                  r"toch|veux-tu|voulez-vous)\s*\?\s*$", re.I)


def refused_until_then_abroad(sentence: str) -> bool:
    """Whether a sentence in one of the six languages refuses the rep's contact until a time said before it."""
    return not english(sentence) and bool(_UNTIL_THEN.search(sentence) and _HALT_CONTACT.search(sentence)) \
        and "?" not in _TAG.sub("", sentence.rstrip())


# the writer's side waiting for an undated event, said before "until then": "mir wartet jetzt erst amol ab, bis der neue
# Pächter unterschrieben hat", "nous attendons que le conseil se prononce", "esperamos a que firme el banco", "aspettiamo
# che il socio torni", "vamos aguardar até que a diretoria decida", "we wachten af tot de nieuwe huurder getekend heeft"
_EVENT_AWAITED = re.compile(
    r"\b(?:wart\w*|abwart\w*)\b[^.;!?]{0,40}?\bbis\s+(?!dahin\b|zu[mr]?\s|\d)\w+|"
    r"\battend\w*\b[^.;!?]{0,40}?\b(?:que|qu['\u2019]|jusqu['\u2019][àa]\s+ce\s+qu)|"
    r"\besper\w*\b[^.;!?]{0,40}?\b(?:a\s+que|hasta\s+que|que|at[ée]\s+que)\b|"
    r"\baspett\w*\b[^.;!?]{0,40}?\b(?:che|finch[ée]|fino\s+a\s+quando)\b|"
    r"\baguard\w*\b[^.;!?]{0,40}?\b(?:que|at[ée]\s+que)\b|"
    r"\b(?:wacht\w*|afwacht\w*)\b[^.;!?]{0,40}?\b(?:tot(?:dat)?|af\s+tot)\s+(?!\d|die\s+tijd\b|dan\b)\w+", re.I)


def _event_awaited(spoken: list[str], at: int, local: datetime) -> datetime | None:
    """The end of an undated event's wait (EVENT_QUIET_DAYS) when a sentence up to the one refusing contact "until
    then" says the writer waits for an event that names no day; else None."""
    from followup.text.wish_quiet import EVENT_QUIET_DAYS  # wish_quiet reads this module

    then = _UNTIL_THEN.search(spoken[at])
    said = spoken[:at] + [spoken[at][:then.start()] if then else ""]
    if not any(_EVENT_AWAITED.search(s) and not re.search(r"\d", s) for s in said):
        return None
    return (local + timedelta(days=EVENT_QUIET_DAYS)).astimezone(timezone.utc).replace(tzinfo=None)


def _day_said(spoken: list[str], at: int, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The day named in the sentence that refuses contact until then, before its "then", or in the sentence before."""
    from followup.text.wish_when import stated_end  # wish_when reads wish_quiet, which reads this module

    then = _UNTIL_THEN.search(spoken[at]) or UNTIL_THEN_EN.search(spoken[at])
    return stated_end(spoken[at][:then.start()], local, zone) or (stated_end(spoken[at - 1], local, zone) if at else None)


def until_then_certain(spoken: list[str], wishes: list[Wish], local: datetime, zone: ZoneInfo) -> list[Wish]:
    """The wishes with the rep's contact refused "until then" (refused_until_then_abroad) made a certain quiet period:
    the first end read in the message, else the length said in that sentence or the one before ("Vou levar umas duas
    semanas ... então segura os follow-ups até lá"); a possible opt-out or pause read in that sentence gives way."""
    wishes = given_time_certain(spoken, wishes, local, zone)  # "Geben Sie mir zwei Wochen Zeit": the same, said so
    wishes = contact_in_certain(spoken, wishes, local, zone)  # "Rappelez-moi dans dix jours": the length
    wishes = rest_until_certain(spoken, wishes, local, zone)  # "Laat het even rusten tot maandag": the day
    if any(w.kind == QUIET and w.certain for w in wishes):
        return wishes
    # (in English too: "need 10 days to run the numbers, dont call or email till then", wish_until_then_en)
    at = next((i for i, sentence in enumerate(spoken) if refused_until_then_abroad(sentence)
               or refused_until_then_english(sentence, spoken[i - 1] if i else "")), None)
    if at is None:
        return wishes
    kept = [w for w in wishes if w.certain or w.kind not in (DNC, PAUSED) or w.quote.strip() not in spoken[at]]
    first = next((w for w in kept if w.kind == QUIET and w.until), None)
    in_english = not refused_until_then_abroad(spoken[at])
    if first is not None and not in_english:
        return [replace(w, certain=True) if w is first else w for w in kept]
    from followup.text.wish_when import length_days  # wish_when reads wish_quiet, which reads this module

    # (in English the length or day said comes first: "until then" alone is read as a guess of a few days)
    lengths = (foreign_duration_days, length_days) if in_english else (foreign_duration_days,)
    days = next((d for read in lengths for d in (read(spoken[at]), read(spoken[at - 1]) if at else None) if d), None)
    # "... entro il 3 dicembre; fino a quella data la pregherei di non sollecitarmi": the day said before "then"
    until = start_of_local_day(local.date() + timedelta(days=days), zone) if days else _day_said(spoken, at, local, zone)
    if until is None and not in_english:  # "mir wartet ab, bis der neue Pächter unterschrieben hat ... Bis dahin ned nachhake"
        until = _event_awaited(spoken, at, local)
    if until is None:
        if in_english and not HALT_CONTACT_EN.search(spoken[at]):  # held only (HOLD_EN): no end said, no guess
            return wishes
        return [replace(w, certain=True) if w is first else w for w in kept] if first is not None else wishes
    # an English refusal bounded so ("in this period, don't send me mail") is that quiet period, not an opt-out
    kept = [w for w in kept if not (in_english and w.kind == DNC and w.quote.strip() in spoken[at])]
    return [w for w in kept if w.certain or w.kind not in (PAUSED, QUIET)] + [Wish(QUIET, spoken[at].strip(), until=until)]


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

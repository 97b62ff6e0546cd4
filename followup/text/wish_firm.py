"""A possible preferred channel or time of day made certain where two readers that share no rule agree on it, in the
seven languages the rules read: the sentence reader that asked it (a preference word, a call-me, a channel missed) and
the message-wide grammar of followup.text.wish_reach (one channel wanted and the other avoided; a part of the day asked
and another refused, or a clock hour asked), with the customer asking for the one they want in so many words."""
from __future__ import annotations

import re
from dataclasses import replace

from followup.text.wish_base import DNC, PREFERENCE, Wish
from followup.text.wish_call_granted import call_granted
from followup.text.wish_channel import missed_channel, urgent_only
from followup.text.wish_channel_asks import MAIL_INTO, MAIL_ON, MOBILE_ASKED
from followup.text.wish_channel_sure import asked_more, no_calls, plainly_preferred, with_reason
from followup.text.wish_clock import ES_MARCAR, EVENING_FROM, NOON, WORKDAY_PM_BELOW
from followup.text.wish_negation import NEGATION
from followup.text.wish_reach import (
    CLAUSE,
    DAYPART,
    by_mail_from_now,
    clause_channels,
    clock_or_event_time,
    daypart_wanted,
    dayparts,
    possible_channel,
    reach_wishes,
)
from followup.text.wish_scope import recalls

# a request to reach the customer themselves by phone or mail, in the seven languages: "call me", "just email me",
# "rufen Sie mich an", "schreiben Sie mir", "appelle-moi", "écrivez-moi", "llámame", "escríbame", "telefonami",
# "mi scriva", "me liga", "ligue-me", "bel me", "mail me"
ASKS = {
    "phone": re.compile(
        r"\b(?:call|ring|phone|give\s+(?:me|us)\s+a\s+(?:call|ring|bell|buzz|tinkle))(?:\s+(?:me|us)\b|(?=\s+(?:on|at)\s+my\b))|"
        r"\bpick\s+up\s+the\s+phone\b|\b(?:ruf(?:en|t|e)?|anrufen)\s+(?:sie\s+|s['\u2019]\s*)?(?:mich|uns|mi)\b|\brufet\s+se\s+mi\b|"
        rf"\b(?:appel(?:le|ez)|t[ée]l[ée]phon(?:e|ez))[- ](?:moi|nous)\b|"
        rf"\b(?:m['\u2019]|nous\s+)appeler\b|\b(?:ll[aá]m(?:ame|eme|enme|adme)|{ES_MARCAR})\b|"
        r"\bme\s+llam(?:e|en|es|éis|ar)\b|\btelefon(?:ami|atemi)\b|\b(?:mi|ci)\s+(?:chiam|telefon)\w*|\bchiamami\b|"
        r"\b(?:me\s+lig(?:a|ue|ues|uem)|lig(?:a|ue)[- ]me|telefone[- ]me)\b|"
        r"\bbel\s+(?:me|mij|ons|gewoon|maar)\b|\bbelt\s+u\s+mij\b|"
        # "passez-moi plutôt un coup de fil", "donne-moi un coup de téléphone"
        r"\b(?:pass|donn)(?:e|ez)[- ](?:moi|nous)\s+(?:\w+\s+)?un\s+coup\s+de\s+(?:fil|t[ée]l[ée]phone)\b",
        re.I),
    "email": re.compile(
        r"\b(?:e-?mail|mail|write\s+(?:to\s+)?)\s*(?:me|us)\b|\bput\s+(?:it|that|this|everything|things|them)\s+in\s+"
        r"(?:an?\s+)?(?:e-?mail|writing)\b|\bschreib(?:en|t)?\s+(?:sie\s+)?(?:mir|uns)\b|"
        r"\b[ée]cri(?:s|vez)[- ](?:moi|nous)\b|\bescr[íi]b(?:eme|ame|ime|ame|anme)\b|\bme\s+escrib\w+|"
        r"\bscriv(?:imi|etemi)\b|\b(?:mi|ci)\s+scriv\w*|\bescrev(?:a|e)[- ]me\b|\bme\s+escrev\w+|\bmail\s+(?:me|mij)\b",
        re.I),
}
# a preference word in the seven languages ("I'd prefer", "lieber", "plutôt", "mejor", "meglio", "prefiro", "liever")
_PREFER = re.compile(r"\b(?:prefer\w*|rather|better|easier|quicker|lieber|besser|am\s+besten|plut[ôo]t|mieux|"
                     r"pr[ée]f[èée]r\w*|mejor|prefier\w*|prefiero|meglio|preferisc\w*|melhor|prefir\w*|prefer[eo]|liever|"
                     r"beter)\b", re.I)


# being reached at all, said by the customer of themselves: "am besten erreichen Sie mich", "je suis plus disponible",
# "mi trova", "bereikbaar", "try me", "prefiro ser contactado", "meglio sentirci"
_REACH_ME = re.compile(r"\berreichen\s+sie\s+mich\b|\berreich(?:st|en)\s+(?:du\s+)?mich\b|\berreichbar\b|\bdisponible\b|"
                       r"\bjoignable\b|\b(?:mi|ci)\s+trov\w+|\bbereikbaar\b|\b(?:try|catch|reach)\s+(?:me|us)\b|"
                       r"\bcontactad[oa]s?\b|\bsentirci\b|\bme\s+procur\w+|\bbúsqueme\b|\bb[uú]scame\b", re.I)
# one occasion, not a habit: "me liga amanhã de manhã?", "ruf mich morgen früh an", "llámame mañana por la tarde",
# "call me this afternoon", a weekday named
_OCCASION = re.compile(
    r"\b(?:tomorrow|today|tonight|this\s+(?:morning|afternoon|evening)|(?<!am\s)morgen(?!s)|heute|demain|"
    r"aujourd['\u2019]hui|ce\s+(?:matin|soir)|cet\s+apr[èe]s-midi|(?<!la\s)(?<!las\s)(?<!en\s)ma[ñn]ana\b|hoy|"
    r"esta\s+(?:tarde|noche|ma[ñn]ana|noite|manh[ãa])|domani|oggi|stamattina|stasera|stanotte|amanh[ãa]|hoje|vandaag|"
    r"vanavond|vanmiddag|vanochtend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|lundi|mardi|mercredi|jeudi|vendredi|samedi|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|"
    r"luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|segunda|ter[çc]a|quarta|quinta|sexta|maandag|"
    r"dinsdag|woensdag|donderdag|vrijdag|zaterdag)\b", re.I)
# the part of the day refused in the clause that names it ("je ne suis pas disponible le matin")
# (a listed negation only: "je veux dorénavant être appelé le matin", "I want you to call me in the mornings" negate
# nothing)
_NOT = re.compile(rf"\b(?:{NEGATION})\b", re.I)


def asked_part(sentence: str) -> str | None:
    """'time:<part>' when one clause asks the customer to be called or reached and names one part of the day, in
    the seven languages ("bel me dan 's ochtends", "Llámame mejor por la tarde", "am besten erreichen Sie mich
    vormittags"); None for an occasion ("tomorrow morning") or a part refused."""
    if not DAYPART.search(sentence) or _OCCASION.search(sentence):  # (the cheap test first: most name no part)
        return None
    # a call taken as given, then its part of the day: "si me llamas, que sea por la tarde"; or granted ("Bellen is geen
    # probleem, maar doe het liefst 's morgens")
    given = _CALL_IF.search(sentence) or call_granted(sentence)
    if given:
        then = sentence[given.end():].split(";")[0]
        parts, away = _asked_and_away(CLAUSE.split(then))
        if len(parts) == 1 and not parts & away and not _NOT.search(then):
            return "time:" + parts.pop()
    for clause in CLAUSE.split(sentence):
        if not (ASKS["phone"].search(clause) or _REACH_ME.search(clause)) or _NOT.search(clause):
            continue
        parts = {m.lastgroup for m in dayparts(clause)}
        if len(parts) == 1:
            return "time:" + parts.pop()
    return None


def _asked_and_away(clauses: list[str]) -> tuple[set[str], set[str]]:
    """The parts of the day asked in the clauses after a call taken as given, and those a later clause says the
    customer is taken then ("If you phone, make it after 3, mornings I teach": the morning is the bad part)."""
    asked, away = set(), set()
    for at, clause in enumerate(clauses):
        parts = {m.lastgroup for m in dayparts(clause)}
        (away if at and _AWAY.search(clause) else asked).update(parts)
    return asked, away


# more requests for one channel, in the seven languages: a call to the customer's own line ("call my mobile instead",
# "give me a call about the order", "kontaktieren Sie mich künftig telefonisch", "wilt u mij voortaan bellen") and
# things asked to be sent or kept in writing ("please send all the offers by email", "schicken Sie mir alles per
# E-Mail", "keep to e-mail", "communicate over mail only", "le chiederei di scrivermi", "privilégier le courriel",
# "me lo haga llegar por correo", "mande-me tudo por email", "stuur alles per mail")
_MAIL_MEANS = (r"(?:(?:by|via|over|through|per|par|por|pela|pelo|tramite)\s+(?:\w+\s+){0,2}?(?:e-?mail|mail|courriel|correo)|"
               r"in\s+(?:an?\s+)?e-?mail|in\s+writing)\b")
_ASKS_MORE = {
    "phone": re.compile(
        r"\b(?:call|ring|phone)\s+(?:me\s+|us\s+)?(?:on\s+)?(?:my|our)\s+(?:mobile|cell|handphone|number|direct\s+line)\b|"
        r"\bgive\s+(?:me|us)\s+a\s+(?:call|ring|bell|buzz|tinkle|phone)\b|\bkontaktieren\s+sie\s+(?:mich|uns)\s+(?:\w+\s+){0,2}?telefonisch\b|"
        r"\b(?:wilt|kunt)\s+u\s+(?:mij|me|ons)\s+(?:\w+\s+){0,2}?bellen\b|\bbelt\s+u\s+(?:mij|me|ons)\b|" + MOBILE_ASKED, re.I),
    "email": re.compile(
        # (what is sent may be a list: "send all the details, drawings and the quotation by email")
        r"\b(?:send|forward|put|stick)\s+(?:me\s+|us\s+|her\s+|him\s+)?(?:[\w'-]+,?\s+){0,8}?" + _MAIL_MEANS + "|"
        r"\b(?:keep|stick)\s+to\s+e-?mail\b|\bcommunicate\s+(?:with\s+(?:me|us)\s+)?(?:over|through|via|by)\s+(?:e-?)?mail\b|"
        # (the thing sent named at length between: "Schicken Sie mir das Angebot für die Schneeschuhe bitte per Mail")
        r"\bschick\w*\s+sie\s+(?:mir|uns)\s+(?:[\w'-]+,?\s+){0,10}?(?:per|via)\s+(?:e-?mail|mail)\b|"
        r"\bscriver(?:mi|ci)\b|\b(?:scrivere|scriva|scrivete)\s+(?:via|per)\s+(?:e-?)?mail\b|\bpri?vil[ée]gi\w*\s+(?:le\s+)?(?:courriel|mail|e-?mail)\b|"
        r"\benvoy\w*[- ](?:moi|nous)\b[^.]{0,40}?\bpar\s+(?:e-?mail|mail|courriel)\b|"
        r"\b(?:m[aá]nd\w*|env[ií]\w*|h[aá]g\w*\s+llegar)\b[^.]{0,30}?\bpor\s+(?:e-?mail|mail|correo|correio)\b|"
        r"\b(?:mi\s+)?(?:mand|invi)\w*\b[^.]{0,30}?\b(?:per|via)\s+(?:e-?mail|mail|posta)\b|"
        r"\bmand\w*\b[^.]{0,30}?\b(?:por|pelo)\s+e-?mail\b|\bstuur\w*\b[^.]{0,60}?\b(?:per|via)\s+(?:e-?)?mail\b|"
        + MAIL_ON + "|" + MAIL_INTO, re.I),
}


def _asks_for(channel: str, sentences: list[str]) -> bool:
    """Whether a sentence asks, in so many words, for the customer to be reached by that channel."""
    return any(ASKS[channel].search(s) or _ASKS_MORE[channel].search(s) or (channel == "email" and by_mail_from_now(s))
               or (_PREFER.search(s) and any(c == channel and w in ("prefer", "only") for c, w in clause_channels(s)))
               or asked_more(channel, s) for s in sentences)


def _asked_outright(channel: str, sentences: list[str]) -> bool:
    """Whether a sentence asks for the channel by a request, not by a word of praise ("quicker for both of us")."""
    return any(ASKS[channel].search(s) or _ASKS_MORE[channel].search(s) or asked_more(channel, s) for s in sentences)


def _firm_channel(value: str, sentences: list[str]) -> bool:
    """Whether the grammar over the whole message wants the channel read and avoids the other, and a sentence asks
    for it."""
    weights = [w for s in sentences for w in clause_channels(s)]
    channel = value.split(":")[1]
    # (or the other channel said to be missed or turned down: "email's a black hole here. Just ring us", "I can't
    # take calls on site")
    other_missed = any(missed_channel(s) == value or (channel == "email" and no_calls(s)) for s in sentences)
    # (or the request itself says why, or puts a preference word on the channel: "Llámeme por teléfono, es más rápido")
    sure = any(with_reason(channel, s, _asked_outright) or plainly_preferred(channel, s) for s in sentences)
    return (possible_channel(weights) == value or other_missed or sure) \
        and _asks_for(channel, sentences) and not _refused(value, weights)


def _refused(value: str, weights: list[tuple[str, str]]) -> bool:
    """Whether the message turns the channel down somewhere ("I'd rather you didn't ring me. And please don't put
    anything in writing either."): a channel refused is never the one preferred for certain."""
    return (value.split(":")[1], "avoid") in weights


# a call taken as given, then when to make it: "If you call, make it after 2", "Wenn Sie anrufen, dann bitte nach 14
# Uhr", "Si vous appelez, plutôt après 14h", "Si me llama, que sea después de las 4", "Se mi chiama, meglio dopo le 14",
# "Se ligar, de preferência depois das 14h", "Als u belt, graag na 14 uur": the condition, then a clause that asks
# for a time (not "If you call before 2, I won't pick up": the hour is in the condition and refused)
_CALL_IF = re.compile(
    # (after a short lead-in: "Eso sí, si me vas a llamar, que sea ...")
    r"^\W*(?:[^,.;:!?]{1,20},\s*)?(?:(?:if|when(?:ever)?)\s+(?:you|they|anyone)\s+(?:do\s+)?(?:need\s+to\s+|want\s+to\s+|have\s+to\s+)?"
    r"(?:call|ring|phone)(?:\s+(?:me|us))?|wenn\s+(?:Sie|du|ihr)\s+(?:mich\s+|uns\s+)?anruf\w*|"
    r"si\s+vous\s+(?:m['\u2019]\s*|nous\s+)?appelez|si\s+(?:me\s+|nos\s+)?(?:llam(?:a|as|an)|(?:vas|va|van)\s+a\s+llamar(?:me|nos)?)|"
    r"se\s+(?:mi\s+|ci\s+)?(?:chiam|telefon)(?:a|i|ate)|se\s+(?:me\s+)?(?:ligar|ligarem|telefonar)|"
    r"als\s+(?:u|je|jullie)\s+(?:me\s+|mij\s+|ons\s+)?(?:belt|bellen))\s*,\s*"
    r"(?=(?:make\s+it|do\s+it|try|please|preferably|ideally|best|only|dann|bitte|am\s+besten|lieber|plut[ôo]t|"
    r"de\s+pr[ée]f[ée]rence|mejor|que\s+sea|preferiblemente|meglio|preferibilmente|melhor|de\s+prefer[êe]ncia|"
    r"graag|liefst|het\s+liefst|bij\s+voorkeur|after|before|between|from|nach|vor|ab|zwischen|apr[èe]s|avant|entre|"
    r"despu[ée]s|antes|dopo|prima|tra|depois|na|voor|tussen)\b)", re.I)


# the hour asked after the condition: "after 2", "before 10am", "nach 14 Uhr", "après 14h", "después de las 4", "dopo le
# 14", "depois das 14h", "na 14 uur"
_AFTER_HOUR = re.compile(r"\b(?:(?P<after>after|from|nach|ab|apr[èe]s|[àa]\s+partir\s+de|despu[ée]s\s+de(?:\s+las)?|"
                         r"a\s+partir\s+de(?:\s+las)?|dopo(?:\s+le)?|depois\s+das|na)|(?P<before>before|vor|avant|"
                         r"antes\s+de(?:\s+las)?|antes\s+das|prima\s+delle|voor))\s+(?P<h>[012]?\d)(?![\d:.,/-]\d)(?:[:.h][0-5]\d)?"
                         r"\s*(?P<ap>[ap]\.?m\b\.?)?", re.I)


def conditional_hour(rest: str) -> str | None:
    """'time:<part>' for the one hour asked after a call taken as given ("make it after 2": the afternoon; "before
    10": the morning), bare hours below WORKDAY_PM_BELOW being in the afternoon; None where the hour says no part."""
    hours = list(_AFTER_HOUR.finditer(rest))
    if len(hours) != 1:
        return None
    m = hours[0]
    h = int(m.group("h"))
    ap = (m.group("ap") or "").lower()[:1]
    if ap == "p" and h < NOON or not ap and h < WORKDAY_PM_BELOW:
        h += NOON
    if m.group("before"):
        return "time:morning" if h <= NOON else None
    return "time:evening" if h >= EVENING_FROM else "time:afternoon" if h >= NOON else None


# being called or talked to, in any form, in the seven languages: "for calls", "if you ring", "happy to talk", "gerne
# telefonisch", "anrufen", "pour un appel", "joignable", "llamarme", "per le chiamate", "sentirci", "ligar", "bellen"
_TALKED = re.compile(
    r"\b(?:calls?|calling|ring(?:ing)?|phone|talk|speak|chat|reach|catch|try\s+me|anruf\w*|telefonisch|telefonieren|"
    rf"erreich\w*|sprechen|appel\w*|joignable|t[ée]l[ée]phon\w*|ll[aá]m\w*|{ES_MARCAR}|llamad\w*|hablar\w*|chiam\w*|telefonat\w*|"
    r"sentir(?:ci|mi|si)|parlar\w*|lig(?:ar|ue|ue-me|a-me|ação|uem)|falar\w*|bel(?:len|t)?|gebeld|spreken|bereikbaar|"
    r"contatt\w*|contact\w*|kontakt\w*)\b",
    re.I)


def _firm_time(value: str, sentences: list[str]) -> bool:
    """Whether a sentence asking to be called names the same part of the day by a clock hour, or sets it against
    another one that does not suit."""
    for s in sentences:
        given = _CALL_IF.search(s)
        # (the hour read over the whole sentence, which says what is reached; said only after the condition)
        if given and not _NOT.search(s[given.end():]) and conditional_hour(s[given.end():]) == value:
            return True
        if not (ASKS["phone"].search(s) or _TALKED.search(s)):
            continue
        if clock_or_event_time(s) == value:
            return True
        part, contrast = daypart_wanted([s])
        if contrast and part == value:
            return True
    # the part asked in one sentence and the other refused in the next ("Puede llamarme por la mañana; por la tarde
    # estoy en los entrenamientos"), the pair about being called or talked to
    for first, then in zip(sentences, sentences[1:]):
        if _TALKED.search(first) or _TALKED.search(then):
            part, contrast = daypart_wanted([first, then])
            if contrast and part == value:
                return True
    return any(asked_against_away([s] + sentences[i + 1: i + 2]) == value for i, s in enumerate(sentences))


# a part of the day asked for: a preference or request word, or a call in the clause ("Le matin de préférence",
# "bitte eher vormittags anrufen", "ma solo di pomeriggio per favore", "Puede llamarme por la mañana")
_ASKED_WORD = re.compile(r"\b(?:de\s+pr[ée]f[ée]rence|plut[ôo]t|eher|lieber|am\s+besten|bitte|mejor|preferiblemente|"
                         r"por\s+favor|meglio|pure|per\s+favore|melhor|de\s+prefer[êe]ncia|liefst|liever|bij\s+voorkeur|"
                         r"graag|prefer\w*|pr[ée]f[èée]r\w*|prefier\w*|preferisc\w*|prefiro|please|best|better)\b", re.I)
# the customer somewhere else or taken then, said of themselves ("l'après-midi je suis en réunion", "nachmittags bin ich
# bei Kunden", "por la tarde estoy en los entrenamientos", "la mattina sono in cantiere", "'s middags sta ik in de winkel")
_AWAY = re.compile(r"\b(?:bin\s+ich|ich\s+bin|habe\s+ich|ist|je\s+suis|j['\u2019]ai|j['\u2019]ouvre|estoy|estamos|tengo|ando|"
                   r"sono|siamo|ho|estou|estamos|tenho|fico|ben\s+ik|ik\s+ben|sta\s+ik|zit\s+ik|heb\s+ik|I['\u2019]m|I\s+am|"
                   r"I\s+have|I\s+teach|we['\u2019]re|we\s+are)\b", re.I)


def asked_against_away(sentences: list[str]) -> str | None:
    """'time:<part>' when one clause asks for a part of the day (not refusing it) and another clause of the same or
    the next sentence names another part with the customer away or taken then ("Le matin de préférence, l'après-midi
    je suis en réunion"); None otherwise."""
    asked, away = set(), set()
    for clause in (c for s in sentences for c in CLAUSE.split(s)):
        parts = {m.lastgroup for m in dayparts(clause)}
        if len(parts) != 1:
            continue
        part = parts.pop()
        if (_ASKED_WORD.search(clause) or ASKS["phone"].search(clause) or _TALKED.search(clause)) \
                and not _NOT.search(clause):
            asked.add(part)
        elif _AWAY.search(clause):
            away.add(part)
    return "time:" + next(iter(asked)) if len(asked) == 1 and away and not asked & away else None


def _missed_then_asked(sentences: list[tuple[str, str]], said: list[str]) -> list[Wish]:
    """A channel the customer asks for in so many words where another sentence says they miss the other one ("I read
    your mails, but I hardly ever read those. Just call me at the shop"), read for certain where nothing else was."""
    missed = {m for s in said if (m := missed_channel(s)) in ("channel:email", "channel:phone")} \
        | {"channel:email" for s in said if no_calls(s)}  # ("I can't take calls on site. Put it in an email")
    if len(missed) != 1:  # (both said missed: no channel is the one)
        return []
    value = missed.pop()
    if _refused(value, [w for s in said for w in clause_channels(s)]):
        return []
    quote = next((q for s, q in sentences if s in said and _asks_for(value.split(":")[1], [s])), None)
    return [Wish(PREFERENCE, quote, preference=value)] if quote else []


def firm_preferences(sentences: list[tuple[str, str]], wishes: list[Wish]) -> list[Wish]:
    """The wishes with a possible preferred channel or time of day made certain where the two readers agree, and a
    part of the day asked for in the clause that asks to be called read for certain where no time was read."""
    if any(w.kind == DNC and w.certain for w in wishes):  # an opt-out outranks any preference
        return wishes
    said = [s for s, _ in sentences if not recalls(s)]  # ("I was going to ask you to call me in the afternoons")
    if not any(w.kind == PREFERENCE and w.certain and (w.preference or "").startswith("time:") for w in wishes):
        asked = next(((v, q) for s, q in sentences if s in said and (v := asked_part(s))), None)
        if asked:
            wishes = [w for w in wishes if not (w.kind == PREFERENCE and (w.preference or "").startswith("time:"))] \
                + [Wish(PREFERENCE, asked[1], preference=asked[0])]
    if not any(w.kind == PREFERENCE and w.certain and (w.preference or "").startswith("channel:") for w in wishes):
        if missed := _missed_then_asked(sentences, said):  # (over a possible one read from the sentence that
            # turned the other down: "phoning me is a bit pointless. Stick everything in an email")
            wishes = [w for w in wishes if not (w.kind == PREFERENCE and (w.preference or "").startswith("channel:"))] \
                + missed
    out = []
    for w in wishes:
        value = w.preference or ""
        if w.kind == PREFERENCE and not w.certain and (
                (value in ("channel:email", "channel:phone") and _firm_channel(value, said))
                or (value in ("time:morning", "time:afternoon", "time:evening") and _firm_time(value, said))):
            w = replace(w, certain=True)
        out.append(w)
    return out


def reached_wishes(sentences: list[tuple[str, str]], wishes: list[Wish]) -> list[Wish]:
    """followup.text.wish_reach.reach_wishes, then the possible preferences both readers agree on made certain; a
    channel read in a sentence that keeps it for an emergency ("phone rather than email if urgent") is dropped."""
    found = firm_preferences(sentences, reach_wishes(sentences, wishes))
    new = [w for w in found if not any(w is old for old in wishes)]
    for sentence, _ in sentences:
        kept = urgent_only(sentence, [w for w in new if w.quote and w.quote in sentence])
        new = [w for w in new if not (w.quote and w.quote in sentence) or any(w is k for k in kept)]
    return [w for w in found if any(w is old for old in wishes) or any(w is n for n in new)]

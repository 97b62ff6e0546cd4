"""A possible preferred channel or time of day made certain where two readers that share no rule agree on it, in the
seven languages the rules read: the sentence reader that asked it (a preference word, a call-me, a channel missed) and
the message-wide grammar of followup.text.wish_reach (one channel wanted and the other avoided; a part of the day asked
and another refused, or a clock hour asked), with the customer asking for the one they want in so many words."""
from __future__ import annotations

import re
from dataclasses import replace

from followup.text.wish_base import DNC, PREFERENCE, Wish
from followup.text.wish_reach import (
    _CLAUSE,
    _DAYPART,
    clause_channels,
    clock_or_event_time,
    daypart_wanted,
    possible_channel,
    reach_wishes,
)
from followup.text.wish_scope import recalls

# a request to reach the customer themselves by phone or mail, in the seven languages: "call me", "just email me",
# "rufen Sie mich an", "schreiben Sie mir", "appelle-moi", "écrivez-moi", "llámame", "escríbame", "telefonami",
# "mi scriva", "me liga", "ligue-me", "bel me", "mail me"
_ASKS = {
    "phone": re.compile(
        r"\b(?:call|ring|phone|give\s+(?:me|us)\s+a\s+(?:call|ring|bell))(?:\s+(?:me|us)\b|(?=\s+(?:on|at)\s+my\b))|"
        r"\bpick\s+up\s+the\s+phone\b|\b(?:ruf(?:en|t|e)?|anrufen)\s+(?:sie\s+)?(?:mich|uns|mi)\b|\brufet\s+se\s+mi\b|"
        r"\bappel(?:le|ez)[- ](?:moi|nous)\b|\b(?:m['\u2019]|nous\s+)appeler\b|\bll[aá]m(?:ame|eme|enme|adme)\b|"
        r"\bme\s+llam(?:e|en|es|éis|ar)\b|\btelefon(?:ami|atemi)\b|\b(?:mi|ci)\s+(?:chiam|telefon)\w*|\bchiamami\b|"
        r"\b(?:me\s+lig(?:a|ue|ues|uem)|lig(?:a|ue)[- ]me|telefone[- ]me)\b|"
        r"\bbel\s+(?:me|mij|ons|gewoon|maar)\b|\bbelt\s+u\s+mij\b",
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
_NOT = re.compile(r"\b(?:not|never|nicht|nie|pas|jamais|no|nunca|non|mai|n[ãa]o|niet|nooit|\w+n'?t)\b", re.I)


def asked_part(sentence: str) -> str | None:
    """'time:<part>' when one clause asks the customer to be called or reached and names one part of the day, in
    the seven languages ("bel me dan 's ochtends", "Llámame mejor por la tarde", "am besten erreichen Sie mich
    vormittags"); None for an occasion ("tomorrow morning") or a part refused."""
    if not _DAYPART.search(sentence) or _OCCASION.search(sentence):  # (the cheap test first: most name no part)
        return None
    for clause in _CLAUSE.split(sentence):
        if not (_ASKS["phone"].search(clause) or _REACH_ME.search(clause)) or _NOT.search(clause):
            continue
        parts = {m.lastgroup for m in _DAYPART.finditer(clause)}
        if len(parts) == 1:
            return "time:" + parts.pop()
    return None


def _asks_for(channel: str, sentences: list[str]) -> bool:
    """Whether a sentence asks, in so many words, for the customer to be reached by that channel."""
    return any(_ASKS[channel].search(s) or (_PREFER.search(s) and any(
        c == channel and w in ("prefer", "only") for c, w in clause_channels(s))) for s in sentences)


def _firm_channel(value: str, sentences: list[str]) -> bool:
    """Whether the grammar over the whole message wants the channel read and avoids the other, and a sentence asks
    for it."""
    weights = [w for s in sentences for w in clause_channels(s)]
    return possible_channel(weights) == value and _asks_for(value.split(":")[1], sentences)


def _firm_time(value: str, sentences: list[str]) -> bool:
    """Whether a sentence asking to be called names the same part of the day by a clock hour, or sets it against
    another one that does not suit."""
    for s in sentences:
        if not _ASKS["phone"].search(s):
            continue
        if clock_or_event_time(s) == value:
            return True
        part, contrast = daypart_wanted([s])
        if contrast and part == value:
            return True
    return False


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
    """followup.text.wish_reach.reach_wishes, then the possible preferences both readers agree on made certain."""
    return firm_preferences(sentences, reach_wishes(sentences, wishes))

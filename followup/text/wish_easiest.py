"""A phone call named the easiest way to reach the customer, in the seven languages ("the easiest is if you ring me on
...", "le plus simple serait que vous m'appeliez directement au ...", "am einfachsten rufen Sie mich unter ... an", "lo
más fácil es que me llame al ..."): a standing channel preference, never one call asked for at an hour or on a day."""
from __future__ import annotations

import re

from followup.text.wish_base import PREFERENCE, Wish

# "the easiest/simplest/quickest" said of the customer being called, language by language
_EASIEST_CALL = re.compile(
    # "the easiest is if you ring me on", "simplest thing would be to call me", "easiest is for you to phone us"
    r"\b(?:easiest|simplest|quickest)(?:\s+(?:thing|way|option))?\s+(?:is|would\s+be|'s|\u2019s|will\s+be)\s+"
    r"(?:(?:if|for|that)\s+you\s+|to\s+|just\s+|simply\s+)*(?:ring|call|phone|give\s+(?:me|us)\s+a\s+(?:call|ring|bell|buzz))"
    r"\s+(?:me|us)?\b|"
    # "le plus simple serait que vous m'appeliez", "le plus simple, c'est de m'appeler", "le plus rapide est de nous appeler"
    r"\ble\s+plus\s+(?:simple|rapide|facile)\b[^.;]{0,30}?\b(?:m['\u2019]|nous\s+)(?:appel\w*|t[ée]l[ée]phon\w*)|"
    # "am einfachsten rufen Sie mich unter ... an", "am schnellsten erreichen Sie mich telefonisch"
    r"\bam\s+(?:einfachsten|schnellsten)\s+(?:rufen\s+sie\s+(?:mich|uns)|rufst\s+du\s+mich|ruf\s+mich|"
    r"erreichen\s+sie\s+(?:mich|uns)\s+telefonisch)\b|"
    # "lo más fácil es que me llame al", "lo más sencillo sería llamarme al"
    r"\blo\s+m[áa]s\s+(?:f[áa]cil|sencillo|r[áa]pido)\s+(?:es|ser[íi]a)\s+(?:que\s+(?:usted\s+)?me\s+llam\w*|llamarme)\b|"
    # "la cosa più semplice è chiamarmi", "il modo più facile è che mi telefoni"
    r"\bpi[uù]\s+(?:semplice|facile|veloce)\s+(?:è|e|sarebbe)\s+(?:che\s+mi\s+(?:chiam|telefon)\w*|chiamarmi|telefonarmi)\b|"
    # "o mais fácil é ligar-me", "o mais simples seria que me ligasse"
    r"\bo\s+mais\s+(?:f[áa]cil|simples|r[áa]pido)\s+(?:é|e|seria)\s+(?:que\s+me\s+lig\w*|ligar[- ]me|me\s+ligar)\b|"
    # "het makkelijkste is als u mij belt op", "het eenvoudigst is om me te bellen"
    r"\bhet\s+(?:makkelijkst|eenvoudigst|snelst)e?\s+is\s+(?:als\s+(?:u|je)\s+(?:mij|me|ons)\s+belt|om\s+(?:mij|me|ons)\s+te\s+bellen)\b",
    re.I)
# one call, not a habit: a day or an hour named ("the easiest is if you call me tomorrow at 10", "heute um 15 Uhr")
_ONE_CALL = re.compile(
    r"\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"heute|morgen(?!s)|demain|aujourd['\u2019]hui|ce\s+(?:matin|soir)|cet\s+apr[èe]s-midi|hoy|(?<!la\s)(?<!las\s)ma[ñn]ana\b|"
    r"esta\s+(?:tarde|noche|semana)|oggi|domani|hoje|amanh[ãa]|vandaag|morgen|lundi|mardi|mercredi|jeudi|vendredi|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|mi[ée]rcoles|jueves|viernes)\b|"
    r"\b(?:at|um|à|a\s+las?|alle|às|om|around|gegen|vers)\s+\d{1,2}(?:[:.h]\d\d)?(?!\s*\d)", re.I)


def easiest_call(sentence: str, offset: int, text: str) -> Wish | None:
    """A certain phone preference where a call is named the easiest way to reach the customer, else None."""
    m = _EASIEST_CALL.search(sentence)
    if not m or _ONE_CALL.search(sentence):
        return None
    # (quoted to the sentence's end: the number or line the customer gives is part of what they asked)
    return Wish(PREFERENCE, text[offset + m.start(): offset + len(sentence)].strip(), preference="channel:phone")

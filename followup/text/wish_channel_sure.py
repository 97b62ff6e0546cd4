"""A possible preferred channel made certain where the customer's own request for it leaves a careful reader no doubt,
in the seven languages the rules read: the channel asked for with a reason of ease in the same sentence ("Llámeme por
teléfono, es más rápido", "put the prices in an email, it is much easier for me"), a plain preference word on the
channel ("Je préfère qu'on échange par téléphone", "Better to just call me", "Stuur het voorstel liever per mail"), or
the channel asked for where another sentence says the other one cannot reach the customer ("I can't take calls in
tenants' houses. Could you put everything in an email instead"). followup.text.wish_firm asks these of the sentences
of a message that holds a possible preferred channel; none of them reads a wish of its own."""
from __future__ import annotations

import re

from followup.text.wish_reach import DAYPART, clause_channels

# a reason of ease said of the request, after it in the same sentence: "it is easier for me", "much quicker", "c'est
# plus simple pour moi", "es más rápido", "si fa prima", "é bem mais fácil", "das geht schneller", "dat is makkelijker"
EASE = re.compile(
    r"\b(?:(?:much|far|a\s+lot|way|so\s+much|bit)\s+)?(?:easier|quicker|faster|simpler|more\s+(?:quick|convenient|practical|"
    r"reliable)|better\s+for\s+(?:me|us)|works\s+(?:much\s+|far\s+|a\s+lot\s+)?better)\b|"
    r"\bplus\s+(?:simple|facile|rapide|pratique)\b|\bm[áa]s\s+(?:r[áa]pido|f[áa]cil|sencillo|c[óo]modo|pr[áa]ctico)\b|"
    r"\bsi\s+fa\s+prima\b|\bpi[uù]\s+(?:semplice|facile|veloce|rapido|comodo|pratico)\b|"
    r"\bmais\s+(?:f[áa]cil|r[áa]pido|simples|pr[áa]tico|c[óo]modo)\b|\b(?:einfacher|schneller|bequemer|leichter)\b|"
    r"\b(?:makkelijker|sneller|eenvoudiger|handiger)\b", re.I)
# one occasion, not a habit: "call me tomorrow, it's easier to show you", "ruf mich morgen an", "llámame hoy"
_OCCASION = re.compile(
    r"\b(?:tomorrow|today|tonight|this\s+(?:week|morning|afternoon|evening)|next\s+week|morgen(?!s)|heute|demain|"
    r"aujourd['\u2019]hui|cette\s+semaine|(?<!la\s)(?<!las\s)ma[ñn]ana\b|hoy|esta\s+semana|domani|oggi|questa\s+settimana|"
    r"amanh[ãa]|hoje|esta\s+semana|vandaag|deze\s+week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
# a preference word that governs the channel named in its clause (not "instead", which may swap one line for another
# of the same channel: "Call my cell instead" of the front desk)
_PREFER_WORD = re.compile(
    r"\b(?:prefer(?:s|red|ably)?|rather|sooner|better|best|lieber|am\s+liebsten|am\s+besten|vorzugsweise|"
    r"pr[ée]f[èée]r\w*|plut[ôo]t|mieux|de\s+pr[ée]f[ée]rence|mejor|prefiero|prefiere|preferiblemente|meglio|"
    r"preferisc\w*|preferibilmente|melhor|prefiro|prefere|de\s+prefer[êe]ncia|liever|liefst|bij\s+voorkeur)\b", re.I)
# "none of it" on a channel refuses it, whatever preference word stands by ("Tot die tijd liever even geen mails")
_NONE_OF = re.compile(r"\b(?:geen|kein\w*|aucun\w*|ning[uú]n\w*|nessun\w*|nenhum\w*|none|nothing)\b", re.I)
# the phone out of the customer's reach, said of themselves: "I can't take calls", "I am not able to attend calls",
# "will not be able to take calls", "je ne peux pas prendre d'appels", "no puedo atender llamadas", "non riesco a
# rispondere al telefono", "não consigo atender", "ich kann keine Anrufe annehmen", "ik kan niet opnemen"
_NO_CALLS = re.compile(
    r"\b(?:can'?t|cannot|can\s+not|(?:am|'m)\s+not\s+able\s+to|(?:am|'m)\s+unable\s+to|(?:won'?t|will\s+not)\s+be\s+able\s+to)"
    r"\s+(?:\w+\s+)?(?:take|answer|attend|pick\s+up)\s+(?:any\s+|your\s+|the\s+|my\s+)?(?:\w+\s+)?(?:calls|the\s+phone)\b|"
    r"\bne\s+(?:peux|pourrai)\s+pas\s+(?:prendre|r[ée]pondre|d[ée]crocher)\b|"
    r"\bno\s+(?:puedo|podr[ée])\s+(?:atender|contestar|coger)\b|\bnon\s+(?:riesco|posso|potr[òo])\s+(?:mai\s+)?(?:a\s+)?"
    r"(?:rispondere|stare\s+al\s+telefono)\b|\bn[ãa]o\s+(?:consigo|posso)\s+atender\b|"
    r"\bkann\s+(?:ich\s+)?(?:keine\s+Anrufe|nicht\s+(?:ans\s+Telefon|rangehen|abnehmen))\b|"
    r"\bkan\s+(?:ik\s+)?(?:\w+\s+)?niet\s+opnemen\b", re.I)
# more ways of asking for mail than followup.text.wish_firm's: what is shared, flicked or sent "on mail", and all that
# is to come in writing ("share all details over mail only", "flick me the prices by email", "send me email for the
# details", "all further correspondence ... in writing by email", "schicken Sie mir ... schriftlich")
_MAIL_ASKED = re.compile(
    r"\b(?:share|flick|send|put)\s+(?:me\s+|us\s+)?(?:[\w'-]+,?\s+){0,12}?(?:(?:by|via|over|on|through|in)\s+(?:an?\s+)?"
    r"(?:e-?mail|mail|writing))\b|\bsend\s+(?:me|us)\s+(?:an?\s+)?e-?mails?\b|"
    r"\b(?:all|any)\s+(?:further\s+|future\s+)?(?:correspondence|communications?)\b[^.]{0,60}?"
    r"\b(?:by|via|in)\s+(?:writing|e-?mail)\b|"
    r"\b(?:schicken|senden)\s+sie\s+(?:mir|uns)\b[^.]{0,60}?\bschriftlich\b", re.I)
# the channel praised as the way the customer is reached: "Email's the surest way to get me", "Phone's the way to reach
# me", "writing to me is much more reliable", "a quick call gets me a lot faster than an email ever will"
_WAY_TO_ME = (r"(?:is|'s|are|will\s+be)\s+(?:the\s+(?:\w+\s+)?way\s+(?:to\s+(?:reach|get|contact|catch)\s+(?:me|us)|"
              r"things\s+(?:\w+\s+)?reach\s+me)|(?:much\s+|far\s+|a\s+lot\s+)?more\s+reliable)|"
              r"(?:will\s+)?gets?\s+(?:me|you)\s+(?:an?\s+)?(?:(?:much|a\s+lot|far)\s+)?(?:faster|quicker|sooner)\b")
_PRAISED = {
    "email": re.compile(rf"\b(?:e-?mail|writing(?:\s+to\s+me)?)\s*{_WAY_TO_ME}", re.I),
    "phone": re.compile(rf"\b(?:phone|(?:a\s+)?(?:quick\s+)?(?:phone\s+)?call)\s*{_WAY_TO_ME}", re.I),
}


def asked_more(channel: str, sentence: str) -> bool:
    """Whether a sentence asks for the channel in one of the ways wish_firm's own table lacks."""
    return bool(_PRAISED[channel].search(sentence) or (channel == "email" and _MAIL_ASKED.search(sentence)))


def no_calls(sentence: str) -> bool:
    """Whether the customer says the phone cannot reach them ("I can't take calls during clinic hours")."""
    return bool(_NO_CALLS.search(sentence))


def _timed(sentence: str) -> bool:
    """Whether a sentence names a part of the day or one occasion (then when, not how, is what is asked), or refuses
    all of a kind."""
    return bool(DAYPART.search(sentence) or _OCCASION.search(sentence) or _NONE_OF.search(sentence))


def with_reason(channel: str, sentence: str, asks) -> bool:
    """Whether a sentence asks for the channel (``asks(channel, [sentence])``) and says after the ask that it is
    easier, quicker or simpler for the customer, naming no time and wanting no other channel."""
    if _timed(sentence) or not asks(channel, [sentence]) or not EASE.search(sentence):
        return False
    return not any(c != channel and w != "avoid" for c, w in clause_channels(sentence))


def plainly_preferred(channel: str, sentence: str) -> bool:
    """Whether a clause of the sentence puts a preference word on the channel ("Je préfère qu'on échange par
    téléphone", "Better to just call me") and no clause wants another channel or names a time."""
    if _timed(sentence) or not _PREFER_WORD.search(sentence):
        return False
    weights = clause_channels(sentence)
    return (channel, "prefer") in weights and not any(c != channel and w != "avoid" for c, w in weights)

"""Quiet periods ending on the day the customer's board, committee or council meets: the rep asked to wait with
contact until that body has met or decided, and the meeting's day named in the same sentence or one before ("Our board
meets on Tuesday 11 July. Please hold your follow-up until the board has met", "Wir beraten darüber in unserer Sitzung
am Mittwoch, 6. September. Bis diese Sitzung stattgefunden hat, bitten wir Sie, ... nicht ..."), in English, German,
French, Spanish, Italian, Portuguese and Dutch."""
from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import QUIET, Wish, sentence_quote

# the bodies that meet and decide, and their meetings
_BODY = (r"(?:board|committee|council|works\s+council|trustees|directors|shareholders|cabinet|panel|assembly|meeting|"
         r"session|\w*sitzung|\w*versammlung|betriebsrat|vorstand|aufsichtsrat|beirat|gremium|ausschuss|"
         r"r[ée]union|s[ée]ance|conseil|comit[ée]|assembl[ée]e|commission|cse|"
         r"reuni[óo]n|junta|sesi[óo]n|consejo|asamblea|comisi[óo]n|"
         r"riunione|seduta|assemblea|consiglio|comitato|commissione|cda|"
         r"reuni[ãa]o|assembleia|conselho|comiss[ãa]o|"
         r"vergadering|\w*vergadering|bestuur|raad|ondernemingsraad|commissie|directie)")
_DET = (r"(?:the|our|this|that|their|its|diese[rm]?|die|der|dem|den|unsere[rmn]?|zur|zum|la|le|l['\u2019]|notre|cette|"
        r"ce|sa|son|leur|el|nuestr[oa]|esa|ese|esta|este|su|il|lo|alla|al|all['\u2019]|della|del|nostr[oa]|questa|"
        r"quella|a|o|à|ao|da|do|nossa|nosso|essa|esse|de|het|onze|deze|die)")
# contact held until the body has met: "until the board has met", "bis diese Sitzung stattgefunden hat", "jusqu'à
# la réunion du comité", "hasta la reunión de la junta", "fino alla riunione del consiglio", "até à reunião do conselho",
# "tot na de vergadering van de ondernemingsraad"
_UNTIL_BODY = re.compile(
    rf"\b(?:until|till|before|bis(?:\s+(?:nach|zu|vor))?|vor|jusqu['\u2019]\s*(?:[àa]|apr[èe]s)|avant|"
    rf"hasta(?:\s+despu[ée]s\s+de)?|antes\s+de|fino(?:\s+a\s+dopo)?|prima\s+d[ie]|at[ée](?:\s+depois\s+d[ae])?|"
    rf"tot(?:\s+na)?|v[oó][oó]r)\s*(?:after\s+)?(?:{_DET}\s*){{1,2}}(?:[\w-]+\s+){{0,2}}?{_BODY}\b", re.I)
# the rep's contact asked to wait or refused: "hold your follow-up", "do not contact", "weder ... anzusprechen",
# "merci de ne pas nous relancer", "no nos llame", "non sollecitarci", "não nos contacte", "niet te benaderen"
_HELD = re.compile(
    r"\b(?:hold(?:\s+off|\s+back)?|wait|refrain|(?:don'?t|do\s+not|not\s+to)\s+(?:\w+\s+)?(?:contact|call|e-?mail|chase|"
    r"follow|reach|send|ring|approach)|no\s+(?:further\s+)?(?:follow[- ]?ups?|calls|e-?mails|contact|reminders))\b|"
    r"\b(?:nicht|weder|keine\w*|niemand\w*|abzusehen|absehen|warten)\b|"
    r"\b(?:ne|n['\u2019])\b[^.;!?]{0,40}?\b(?:pas|plus|aucun\w*)\b|\battend\w*|"
    r"\bno\s+(?:me|nos|le|les)\s+\w+|\besper\w*|\bnon\s+\w+|\baspett\w*|\bn[ãa]o\s+\w+|\baguard\w*|"
    r"\b(?:niet|geen)\b|\bwacht\w*", re.I)
_CONTACT = re.compile(
    r"\b(?:follow[- ]?ups?|follow(?:ing)?\s+up|contact\w*|call\w*|e-?mails?|chas\w+|reminders?|reach\w*|approach\w*|"
    r"anzusprechen|ansprechen|nachfrag\w*|nachhak\w*|anzurufen|anrufen|melden|kontakt\w*|erinner\w*|"
    r"relanc\w*|appel\w*|[ée]cri\w*|recontact\w*|sollicit\w*|llam\w*|escrib\w*|contact\w*|"
    r"sollecit\w*|chiam\w*|scriv\w*|contatt\w*|lig\w*|escrev\w*|contat\w*|benader\w*|bel\w*|mail\w*)\b", re.I)
# the body meeting, in a sentence before: "Our board meets on ...", "in unserer Sitzung am ...", "se réunit le ..."
_MEETS = re.compile(rf"\b{_BODY}\b|\b(?:meets|will\s+meet|convenes|sits|tagt|ber[äa]t\w*|se\s+r[ée]unit|se\s+re[úu]ne|"
                    r"si\s+riunisce|re[úu]ne-se|vergadert)\b", re.I)
_QUESTION_ASK = re.compile(r"\b(?:could|would|can)\s+you\b|\bk[öo]nnten\s+Sie\b|\bpourriez\b|\bpodr[íi]a\w*\b|"
                           r"\bpotrebbe\b|\bpoderia\w*\b|\b(?:zou|kunt|wilt)\s+u\b", re.I)
MEETING_BACK_CHARS = 300  # how far before the wait the meeting's day may be named


def _meeting_day(sentence: str, before: str, local: datetime, zone: ZoneInfo) -> datetime | None:
    """The day the meeting is named on: in the sentence itself, else in the last sentence before it naming the body."""
    from followup.text.wish_when import stated_end  # wish_when reads wish_quiet, which reads this module

    said = stated_end(sentence, local, zone)
    if said is not None:
        return said
    for earlier in reversed(re.split(r"(?<=[.!?])\s+|\n", before[-MEETING_BACK_CHARS:])):
        if _MEETS.search(earlier):
            return stated_end(earlier, local, zone)
    return None


def dated_meeting_wait(sentence: str, offset: int, text: str, local: datetime, zone: ZoneInfo) -> Wish | None:
    """A certain quiet period to the day a board or committee meets, when the sentence asks the rep to hold contact
    until it has met and that day is named; else None."""
    m = _UNTIL_BODY.search(sentence)
    if m is None or not _HELD.search(sentence) or not _CONTACT.search(sentence) \
            or ("?" in sentence and not _QUESTION_ASK.search(sentence)):
        return None
    until = _meeting_day(sentence, text[:offset], local, zone)
    if until is None:
        return None
    return Wish(QUIET, sentence_quote(sentence, offset, text), until=until)


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

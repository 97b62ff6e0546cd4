"""Mail sent on to another address: a list removal beside "they go to tech@... from now on" moves that mail, it does
not refuse the rep (en, de, fr, es, it, pt, nl); such an opt-out is asked, never applied at once."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

# a verb of sending or going, then (a few words on) a preposition of the recipient and an e-mail address: "they go to
# tech@x from now on", "die gehen ab sofort an technik@x", "ils vont désormais à tech@x", "van ahora a tech@x",
# "ora vanno a tech@x", "agora vão para tech@x", "gaan voortaan naar tech@x", "send them to tech@x instead"
_REDIRECTED = re.compile(
    r"\b(?:go(?:es)?|going|should\s+go|send|sent|forward\w*|route\w*|redirect\w*|"
    r"gehen|geht|schick\w*|send\w*|leite\w*|"
    r"vont|va|envoy\w*|transf[ée]r\w*|"
    r"van|va[ny]|env[íi][ae]\w*|mand\w*|reenv[íi]\w*|"
    r"vanno|inviat\w*|invia\w*|inoltr\w*|"
    r"v[ãa]o|vai|enviem|envie\w*|encaminh\w*|"
    r"gaan|gaat|stuur\w*|verstuur\w*|doorsturen)\b"
    r"(?:\s+[\w'\u2019,-]+){0,5}?\s+(?:to|an|[àa]|al|alla|ad|para|pra|naar)\s+(?:\w+\s+){0,2}?[\w.+-]+@[\w-]+\.[\w.-]+",
    re.I)
# ... from now on or instead, not one document sent once ("please send the deinstallation schedule to fleet@..."):
# "ab sofort", "désormais", "a partir de ahora", "d'ora in poi", "agora", "voortaan", "instead"
_FROM_NOW_ON = re.compile(
    r"\b(?:from\s+now\s+on|going\s+forward|in\s+(?:the\s+)?future|instead|henceforth|"
    r"ab\s+sofort|ab\s+jetzt|k[üu]nftig|zuk[üu]nftig|in\s+zukunft|von\s+nun\s+an|stattdessen|"
    r"d[ée]sormais|dor[ée]navant|[àa]\s+l['\u2019]avenir|plut[ôo]t|"
    r"a\s+partir\s+de\s+ahora|de\s+ahora\s+en\s+adelante|en\s+adelante|en\s+su\s+lugar|"
    r"d['\u2019]ora\s+in\s+(?:poi|avanti)|in\s+futuro|invece|"
    r"a\s+partir\s+de\s+agora|daqui\s+(?:para|pra)\s+(?:a\s+)?frente|doravante|em\s+vez\s+disso|"
    r"ahora|ora|adesso|agora|voortaan|vanaf\s+nu|in\s+de\s+toekomst|in\s+plaats\s+daarvan)\b", re.I)

# a new e-mail address given for the mail, from now on by its nature: "Our new address is ap@...", "I've moved to
# ops@...", "please use ops@... instead", "unsere neue E-Mail-Adresse lautet ...", "ma nouvelle adresse est ...",
# "mi nueva dirección es ..."
_NEW_ADDRESS = re.compile(
    r"(?:\b(?:new|neue\w*|nouvelle|nueva|nuova|nova|nieuwe)\s+(?:e-?mail[- ]?|mail[- ]?|courriel\s+)?(?:address|adresse|"
    r"direcci[óo]n|indirizzo|endere[çc]o|adres)\b[^.\n]{0,40}?|\b(?:moved\s+to|(?:please\s+)?use)\s+)"
    r"[\w.+-]+@[\w-]+\.[\w.-]+", re.I)


def mail_redirected(text: str) -> bool:
    """Whether the customer's own text sends the mail it is about on to another e-mail address, or gives a new one."""
    from followup.text.wish_scope import own_text  # (wish_scope imports the opt-out modules)

    own = own_text(text or "")
    if _NEW_ADDRESS.search(own):
        return True
    for m in _REDIRECTED.finditer(own):
        start = max(own.rfind(". ", 0, m.start()), own.rfind("\n", 0, m.start())) + 1
        end = min((i for i in (own.find(". ", m.end()), own.find("\n", m.end())) if i >= 0), default=len(own))
        if _FROM_NOW_ON.search(own[start:end]):
            return True
    return False


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

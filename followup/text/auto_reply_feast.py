"""An out-of-office notice that names Easter or Holy Week as its time away ("Estoy disfrutando de unos días de
vacaciones por Semana Santa", "I'm on holiday over Easter", "ich bin in den Osterferien"), in English, German, French,
Spanish, Italian, Portuguese and Dutch.

In: a message's text. Out: the sentence that says it, when the message is shaped as a notice (it opens by thanking for
the message, or says mail is read little or on the return). Used by followup.text.auto_reply to recognise a notice
that names no date; its day back, if said ("back after Holy Week"), is read by followup.text.day_words.
"""
from __future__ import annotations

import re

from followup.text.auto_reply_notice import thanks_opening
from followup.text.prefilter import prefilter_patterns

# The movable feasts people take their spring time off by: Holy Week, Easter and its Monday, the Easter school holidays
_FEAST = (r"(?:semana\s+santa|holy\s+week|easter(?:\s+(?:monday|break|holidays?|weekend))?|karwoche|oster\w*|"
          r"semaine\s+sainte|(?:vacances|f[êe]tes|cong[ée]s|week-end)\s+de\s+p[âa]ques|p[âa]ques|settimana\s+santa|"
          r"pasqu\w+|festivit[àa]\s+pasquali|p[áa]scoa|pascua|pasen|paas\w*|goede\s+week|stille\s+week)")
# The writer away: a first-person time off ("I'm off", "estoy de vacaciones", "bin im Urlaub", "sono in ferie",
# "estou de férias", "ik ben met vakantie", "je suis en congé"), its words apart in a sentence ("disfrutando de unos
# días de vacaciones")
_I_AWAY = (r"(?:\b(?:I\s+am|I'm|I\s+will\s+be|I'll\s+be)\b[^.!?\n]{0,40}?\b(?:off|away|on\s+(?:holiday|leave|vacation)|"
           r"out\s+of\s+(?:the\s+)?office|taking)\b|"
           r"\b(?:ich\s+bin|bin\s+ich)\b[^.!?\n]{0,40}?\b(?:\w*urlaub\w*|\w*ferien|abwesend|nicht\s+im\s+b(?:ü|ue)ro|"
           r"frei)\b|"
           r"\bje\s+(?:suis|serai)\b[^.!?\n]{0,40}?\b(?:absente?|en\s+cong[ée]s?|en\s+vacances)\b|"
           r"\b(?:estoy|estar[ée]|me\s+encuentro)\b[^.!?\n]{0,40}?\b(?:vacaciones|ausente|fuera|d[ií]as\s+libres)\b|"
           r"\b(?:sono|sar[òo])\b[^.!?\n]{0,40}?\b(?:in\s+ferie|assente|fuori\s+(?:ufficio|sede)|in\s+vacanza)\b|"
           r"\b(?:estou|estarei|encontro-me)\b[^.!?\n]{0,40}?\b(?:f[ée]rias|ausente|fora)\b|"
           r"\bik\s+ben\b[^.!?\n]{0,40}?\b(?:\w*vakantie|afwezig|vrij|niet\s+(?:op\s+kantoor|aanwezig|bereikbaar))\b)")
SENTENCE_CHARS = 200  # how long a sentence may be that says both the time away and the feast
# the time off and the feast in one word: "ik ben met paasvakantie", "ich bin im Osterurlaub", "sono in ferie pasquali"
_I = r"\b(?:I\s+am|I'm|ich\s+bin|bin\s+ich|je\s+suis|estoy|sono|estou|ik\s+ben)\b"
# a character of the sentence, a German day number's dot kept ("Ich bin vom Samstag, 1. April bis Sonntag, 16. April
# in den Osterferien": the days away said between the writer and the feast)
_CHAR = r"(?:[^.!?\n]|\d\.)"
OFF_CHARS = 80
_FEAST_OFF = r"\b(?:paas|oster|p[âa]ques)\w*(?:vakantie|vrij|ferien|urlaub|vacances)\b|\bferie\s+pasquali\b"
_AWAY_FOR_FEAST = re.compile(rf"[^.!?\n]{{0,{SENTENCE_CHARS}}}?(?:{_I_AWAY}[^.!?\n]{{0,{SENTENCE_CHARS}}}?\b{_FEAST}\b|"
                             rf"\b{_FEAST}\b[^.!?\n]{{0,{SENTENCE_CHARS}}}?{_I_AWAY}|"
                             rf"{_I}{_CHAR}{{0,{OFF_CHARS}}}?(?:{_FEAST_OFF}))", re.I)
# any feast word at all, the cheap test before the sentence pattern above (its first-person branch starts everywhere)
_ANY_FEAST = re.compile(r"semana\s+santa|holy\s+week|easter|karwoche|oster|semaine\s+sainte|p[âa]ques|settimana\s+santa|"
                        r"pasqu|p[áa]scoa|pascua|pasen|paas|goede\s+week|stille\s+week", re.I)
# What only a notice says besides: mail read little meanwhile, or answered on the return ("tengo acceso limitado al
# correo", "accès limité", "eingeschränkt erreichbar", "Le responderé a mi vuelta", "dès mon retour", "al mio rientro")
_NOTICE_CUE = re.compile(
    r"\b(?:limited\s+access|acceso\s+limitado|acc[èe]s\s+limit[ée]|eingeschr[äa]nkt\w*|accesso\s+limitato|"
    r"acesso\s+limitado|beperkt\w*|(?:on|upon|after)\s+my\s+return|when\s+I\s+(?:return|am\s+back|get\s+back)|"
    r"a\s+mi\s+(?:vuelta|regreso)|(?:[àa]|d[èe]s)\s+mon\s+retour|nach\s+meiner\s+r(?:ü|ue)ckkehr|al\s+mio\s+rientro|"
    r"no\s+meu\s+regresso|(?:ap[óo]s|quando)\s+(?:o\s+)?(?:meu\s+)?regress\w*|na\s+mijn\s+terugkeer|urgen\w*|dringend\w*|"
    r"spoed\w*)\b", re.I)


def away_for_feast(text: str) -> re.Match[str] | None:
    """The sentence of a notice saying its writer is away for Easter or Holy Week, if the text is shaped as a notice."""
    m = _AWAY_FOR_FEAST.search(text) if _ANY_FEAST.search(text) else None
    if m is None or not (thanks_opening(text) or _NOTICE_CUE.search(text)):
        return None
    return m


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

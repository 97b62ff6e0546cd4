"""Opt-out words standing in quotation marks after a third party's words are introduced ("One of our shippers sent this
to our sales rep:", "Ein Kunde hat uns geschrieben:", "Un client nous a écrit :", "Un cliente nos escribió:", "Un
cliente ci ha scritto:", "Um cliente escreveu-nos:", "Een klant schreef ons:"): someone else's wish, shown to the rep.

Decision: words sent to the writer's own side ("to our rep", "uns", "nous", "nos", "ci", "-nos", "ons") were never
addressed to the rep: no opt-out; words quoted from someone else to anyone are at most a possible opt-out. The writer's
own words quoted again ("As I wrote last week:") stay the writer's."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

# a quotation opening the sentence or following a colon in it: double quotes, German low quote, guillemets
_OPENS = re.compile(r"(?:^|:)\s*[\"“”„«»]")
# what stands before the quotation: its introducing line, ending in a colon
_INTRO = re.compile(r"([^.!?\n]*):\s*$")
# a verb of saying or sending, in the seven languages
_SAID = re.compile(
    r"\b(?:sent|wrote|said|says|told|e-?mailed|replied|answered|forwarded|messaged|texted|posted|"
    r"geschrieben|gesagt|geschickt|gesendet|mitgeteilt|weitergeleitet|schrieb|schrieben|sagte|sagten|antwortete\w*|"
    r"[ée]crit|dit|envoy[ée]|r[ée]pondu|transmis|[ée]crivait|"
    r"escribi[óo]|escribieron|dijo|dijeron|envi[óo]|enviaron|mand[óo]|mandaron|respondi[óo]|contest[óo]|escrito|dicho|"
    r"scritto|detto|inviato|mandato|risposto|scrisse|"
    r"escreveu|escreveram|disse|disseram|enviou|enviaram|mandou|respondeu|"
    r"schreef|schreven|zei|zeiden|stuurde|stuurden|geschreven|gezegd|gestuurd|antwoordde)\b", re.I)
# the writer as who said it: then the quotation is the writer's own words again
_WRITER_SAID = re.compile(
    r"^\W*(?:(?:as|like|wie|comme|como|come|zoals)\s+)?(?:I|we|ich|wir|je|j['’]|nous|yo|nosotros|io|noi|eu|n[óo]s|ik|wij)\b"
    r"|\b(?:I|we)\s+(?:have\s+|had\s+|already\s+)?(?:sent|wrote|said|told|e-?mailed|replied|answered)\b|"
    r"\b(?:ich|wir)\s+(?:habe|haben|hatte|hatten)\b|\b(?:je|nous)\s+(?:vous\s+)?(?:ai|avons)\b|\bj['’]ai\b|"
    r"\b(?:le|les|te|os)\s+(?:escrib[íi]|dije|envi[ée]|mand[ée])\b|\b(?:ho|abbiamo)\s+(?:scritto|detto|inviato)\b|"
    r"\b(?:escrevi|disse-lhe|enviei|mandei)\b|\b(?:ik|wij|we)\s+(?:heb|hebben|schreef|schreven|zei|zeiden|stuurde)\b", re.I)
# the words were sent to the writer's own side, not to the rep
_TO_US = re.compile(
    r"\bto\s+(?:me|us|our\s+[\w-]+(?:\s+[\w-]+)?|my\s+[\w-]+)\b|\b(?:told|sent|e-?mailed|messaged|texted)\s+(?:me|us)\b|"
    r"\b(?:mir|uns|an\s+(?:unsere[nm]?|meine[nm]?)\s+[\w-]+)\b|"
    r"\b(?:nous|m['’]|à\s+(?:notre|nos|mon|ma)\s+[\w-]+)(?=[^:]*\b(?:a|ont|avait|avaient|[ée]crit|dit|envoy[ée]))|"
    r"\b(?:nos|me)\s+(?:escribi[óo]|escribieron|dijo|dijeron|envi[óo]|enviaron|mand[óo]|mandaron|respondi[óo]|"
    r"(?:ha|han)\s+\w+)\b|\ba\s+(?:nuestr[oa]s?|mi)\s+[\w-]+\b|"
    r"\b(?:ci|mi)\s+(?:ha|hanno|aveva|avevano)\b|\b(?:al|alla|ai)\s+(?:nostr[oaie]|mio|mia)\s+[\w-]+\b|"
    r"-(?:nos|me)\b|\b(?:nos|me)\s+(?:escreveu|escreveram|disse|disseram|enviou|enviaram|mandou)\b|"
    r"\b(?:ao|à|aos)\s+(?:noss[oa]s?|meu|minha)\s+[\w-]+\b|"
    r"\b(?:ons|mij|me)\b(?=[^:]*\b(?:schreef|schreven|zei|zeiden|stuurde|stuurden|geschreven|gezegd|gestuurd))|"
    r"\b(?:schreef|schreven|zei|zeiden|stuurde|stuurden)\s+(?:ons|mij|me)\b|\baan\s+(?:onze|ons|mijn)\s+[\w-]+\b", re.I)


def quoted_from_other(sentence: str, offset: int, text: str) -> str | None:
    """"to_us" where ``sentence`` opens a quotation of words a third party sent the writer's side, "other" where it
    quotes a third party's words to anyone, None where it is no such quotation (or the writer's own words again)."""
    opens = _OPENS.search(sentence)
    if not opens:
        return None
    intro = _INTRO.search(text[:offset + opens.end() - 1])
    if not intro or not _SAID.search(clause := intro.group(1)) or _WRITER_SAID.search(clause):
        return None
    return "to_us" if _TO_US.search(clause) else "other"


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

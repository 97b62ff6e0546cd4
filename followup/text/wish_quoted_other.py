"""Opt-out words standing in quotation marks after a third party's words are introduced ("One of our shippers sent this
to our sales rep:", "Ein Kunde hat uns geschrieben:", "Un client nous a écrit :", "Un cliente nos escribió:", "Un
cliente ci ha scritto:", "Um cliente escreveu-nos:", "Een klant schreef ons:"): someone else's wish, shown to the rep.

Decision: words sent to the writer's own side ("to our rep", "uns", "nous", "nos", "ci", "-nos", "ons") were never
addressed to the rep: no opt-out; words quoted from someone else to anyone are at most a possible opt-out. The writer's
own words quoted again ("As I wrote last week:") stay the writer's, and so do the words of the person called quoted in a
rep's call note ("Call log 23/03 - Mrs. Asante. She said: ...": the customer is "she" there)."""
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
# a rep's record of a call, by its opening words ("Call log 23/03 -", "Note from call with ...", "Spoke to ...",
# "Telefonnotiz", "Compte rendu d'appel", "Nota de llamada", "Telefonata con", "Ligação com", "Belnotitie")
_CALL_NOTE = re.compile(
    r"^\W*(?:(?:CRM|call|phone|tel(?:ephone)?)\s+(?:log|note|notes|record|memo)\b|notes?\s+(?:from|of)\s+(?:the\s+|a\s+|my\s+)?"
    r"(?:phone\s+)?call\b|(?:phone\s+)?call\s+(?:with|to|from)\b|spoke\s+(?:to|with)\b|rang\s+\w+|"
    r"(?:Telefon|Gespr(?:ä|ae)chs|Anruf|Telefonat)s?notiz|Telefonat\s+mit\b|Anruf\s+(?:bei|von|mit)\b|"
    r"(?:note|compte[-\s]rendu)\s+d['’]\s*appel|appel\s+(?:t[ée]l[ée]phonique\s+)?(?:avec|de|à)\b|"
    r"nota\s+de\s+(?:la\s+)?(?:llamada|chamada|liga[çc][ãa]o)|llamada\s+(?:con|a|de)\b|habl[ée]\s+con\b|"
    r"nota\s+(?:della\s+)?(?:chiamata|telefonata)|(?:telefonata|chiamata)\s+con\b|(?:liga[çc][ãa]o|chamada)\s+com\b|"
    r"(?:bel|gespreks)notitie|telefoongesprek\s+met\b|gebeld\s+met\b)", re.I)
_NOTE_HEAD_CHARS = 80  # how far into a text its call-note header may start (after a date or a bracket)
# a word that opens someone else's title, not a name ("Her boss said:", "Ihr Chef sagte:")
_DETERMINER = (r"(?:Her|His|Their|Our|My|The|A|An|Ihr|Ihre|Sein|Seine|Unser|Mein|Der|Die|Das|Ein|Eine|Son|Sa|Ses|"
               r"Leur|Notre|Mon|Ma|Le|La|Les|Un|Une|Su|Sus|Nuestro|Mi|El|Los|Las|Il|Lo|Suo|Sua|Nostro|Mio|Seu|Nosso|Meu|"
               r"O|Os|As|Haar|Zijn|Hun|Onze|Mijn|De|Het|Een)")
# who speaks in a call note: the person called, a pronoun or a name ("She said:", "Er sagte:", "Adjoa said:")
_NOTE_SPEAKER = re.compile(
    r"^\W*(?:(?i:she|he|they|sie|er|elle|il|ella|[ée]l|lei|lui|ela|ele|zij|hij|ze)\b|"
    r"(?:(?:Mrs?|Ms|Dr|Herr|Frau|Mme|M|Sr|Sra|Sig(?:\.ra)?)\.?\s+)?(?!" + _DETERMINER + r"\b)[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+){0,2}\s)")


def in_call_note(text: str, clause: str) -> bool:
    """Whether ``text`` is a rep's record of a call and ``clause`` introduces the words of the person called ("Call
    log 23/03 - Mrs. Asante. She said:"): the customer's own words, reported by the rep."""
    head = re.sub(r"^[\W\d_]*", "", text[:_NOTE_HEAD_CHARS])  # ("23/03 Call note", "[Call log]")
    return bool(_CALL_NOTE.match(head)) and bool(_NOTE_SPEAKER.match(clause))


def called_words_at(sentence: str, offset: int, text: str) -> int:
    """Where, in ``sentence``, the quoted words of the person called start when a rep's call note introduces them in
    it ("Call log - Mrs. Asante. She said: "Give me two weeks""), so they are read as said; 0 where there are none."""
    opens = _OPENS.search(sentence)
    if not opens or opens.start() == 0:
        return 0
    intro = _INTRO.search(text[:offset + opens.end() - 1])
    return opens.end() if intro and _SAID.search(intro.group(1)) and in_call_note(text, intro.group(1)) else 0


def quoted_from_other(sentence: str, offset: int, text: str) -> str | None:
    """"to_us" where ``sentence`` opens a quotation of words a third party sent the writer's side, "other" where it
    quotes a third party's words to anyone, None where it is no such quotation (or the writer's own words again)."""
    opens = _OPENS.search(sentence)
    if not opens:
        return None
    intro = _INTRO.search(text[:offset + opens.end() - 1])
    if not intro or not _SAID.search(clause := intro.group(1)) or _WRITER_SAID.search(clause) \
            or in_call_note(text, clause):  # the person the rep called speaks: the customer's words
        return None
    return "to_us" if _TO_US.search(clause) else "other"


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

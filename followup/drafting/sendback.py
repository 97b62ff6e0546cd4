"""A customer asking the rep to send something, in the imperative or with "bitte", "favor", "merci de" and no
question mark ("Envoie-moi le contrat.", "Favor enviar la orden de compra.", "Den Vertrag bitte per Post."): an
open request, answered in the draft by the rep saying they send it ("Je vous envoie le contrat."). The thing asked
for is the customer's own words; only the lead is the rep's. de/fr/es (English requests are read by restating)."""
from __future__ import annotations

import re

# The thing asked for is cut before a reason or a second clause ("..., unser Steuerberater will das Original").
_CUT = re.compile(r"\s*(?:[,;:(]|\s[-–—]\s|\b(?:weil|denn|da|damit|parce que|car|pour que|afin que|porque|ya que|"
                  r"para que)\b).*$", re.I)

# An object this long is a sentence of its own, not a thing to send.
MAX_OBJECT_WORDS = 8

# "Envoie-moi le contrat", "Merci de m'envoyer le devis", "Favor enviar la orden", "Schicken Sie mir bitte das Angebot"
_ASKS = {
    "fr": re.compile(r"^(?:et |aussi |alors |donc )?(?:(?:envoie|envoyez|transmettez|transmets|faites-moi parvenir|"
                     r"fais-moi parvenir|adressez)[- ](?:moi|nous)|merci de (?:bien vouloir )?(?:m'|nous )?"
                     r"(?:envoyer|transmettre|faire parvenir|adresser)|je vous remercie de (?:m'|nous )?"
                     r"(?:envoyer|transmettre))\s+(?P<obj>.+)$", re.I),
    "es": re.compile(r"^(?:y |también |entonces )?(?:(?:por )?favor,?\s+(?:enviar|mandar|remitir|env[ií]e|mande|"
                     r"env[ií]en|manden)(?:me|nos)?|(?:env[ií]e|m[aá]nde|rem[ií]ta|env[ií]en|m[aá]nden)(?:me|nos)"
                     r"(?:\s+por favor)?|le agradecer[ií]a (?:que )?(?:me |nos )?(?:env[ií]e|enviara|mande))\s+"
                     r"(?P<obj>.+)$", re.I),
    "de": re.compile(r"^(?:und |auch |also )?(?:(?:schicken|senden|übermitteln|mailen)\s+Sie\s+(?:mir|uns)\s+"
                     r"(?:bitte\s+)?(?:noch\s+)?(?:auch\s+)?|bitte\s+(?:schicken|senden|übermitteln)\s+Sie\s+"
                     r"(?:mir|uns)\s+(?:noch\s+)?)(?P<obj>.+?)(?:\s+(?:zu|zukommen))?$", re.I),
}
# "Den Vertrag bitte per Post": the thing first, then "bitte" and how it is to come
_DE_THING_FIRST = re.compile(r"^(?:und |auch )?(?P<obj>(?:den|die|das|eine[nm]?|ein)\s+[^,]{2,60}?)\s+bitte\s+"
                             r"(?P<how>per (?:post|e-?mail|mail|fax)|zusenden|schicken|senden|zuschicken)\b", re.I)

# The same ask as a question ("Pouvez-vous m'envoyer le contrat ?", "¿Nos mandas la propuesta final?", "Können Sie
# uns das Datenblatt schicken?"): said back as a slot it would ask the customer; the rep's answer is to send it.
_ASKED = {
    "fr": re.compile(r"^(?:et |aussi |alors )?(?:(?:pouvez|pourriez)-vous|peux-tu|pourrais-tu|tu peux|vous pouvez) "
                     r"(?:me |nous |m')(?:envoyer|transmettre|faire parvenir|adresser)\s+(?P<obj>.+?)\s*\?$", re.I),
    "es": re.compile(r"^¿?(?:y |también )?(?:me|nos) (?:(?:puede|pueden|podría|podrían|puedes|podés|podrías) )?"
                     r"(?:mand[aá]s|env[ií]as|env[ií]a|manda|mandan|env[ií]an|pas[aá]s|mandar|enviar|pasar)\s+"
                     r"(?P<obj>.+?)\s*\?$", re.I),
    "de": re.compile(r"^(?:und |auch )?(?:können|könnten|kannst|könntest) (?:Sie|du) (?:mir|uns) (?:bitte |noch |auch )*"
                     r"(?P<obj>.+?) (?:schicken|senden|zusenden|zuschicken|mailen|zukommen lassen)\s*\?$", re.I),
}
# An object that only points back ("les", "lo", "es"): what it stands for is in another sentence, so no promise.
_POINTER = re.compile(r"^(?:les?|la|lo|los|las|es|sie|ihn|das|ça|cela|eso|esto)$", re.I)

# Details the rep has to write out, not a document to send ("los datos para la transferencia", "les noms des
# techniciens"): asked for, they stay a slot the rep fills in.
_DETAILS = re.compile(r"^(?:(?:los|las|el|la|les|le|des|die|den|das|unsere?|ihre?|vos|sus?|tus?)\s+)?(?:datos|dato|"
                      r"informaci[oó]n|n[uú]meros?|nombres?|données|informations?|coordonnées|noms?|num[eé]ros?|daten|"
                      r"angaben|informationen|namen|nummern?|kontodaten|bankdaten)\b", re.I)

# The rep's lead, per language: what the draft says for the request.
LEADS = {"fr": "Je vous envoie", "es": "Le envío", "de": "Ich schicke Ihnen"}
# The same leads in the informal register (register.py turns them so).
_INFORMAL_LEADS = ("Je t'envoie", "Te envío", "Ich schicke dir")
# The German lead to a person the customer named ("Ich schicke Frau Lena Krüger den Vertrag", errand.py).
_NAMED_LEADS = ("Ich schicke Frau", "Ich schicke Herrn")


def sent_request(sentence: str, language: str) -> str:
    """The rep's answer to a request to send something, asked or bidden ("Je vous envoie le contrat."), or "" when it
    is none."""
    s = sentence.strip().rstrip(" .!")
    if language not in LEADS:
        return ""
    m = _ASKED[language].match(s) if "?" in s else _ASKS[language].match(s)
    if "?" in s and (not m or _POINTER.match(m.group("obj")) or _DETAILS.match(m.group("obj"))):
        return ""
    obj = m.group("obj") if m else ""
    if not m and language == "de":
        first = _DE_THING_FIRST.match(s)
        if first:
            how = first.group("how")
            obj = first.group("obj") + (f" {how}" if how.lower().startswith("per ") else "")
    obj = _CUT.sub("", re.sub(r"\s+(?:s'il vous plaît|svp|por favor|bitte)$", "", obj, flags=re.I)).strip()
    if not obj or len(obj.split()) > MAX_OBJECT_WORDS or not re.search(r"[^\W\d_]{3,}", obj):
        return ""
    if language == "de" and re.match(r"(?:Den|Die|Das|Einen|Eine|Ein)\b", obj):
        obj = obj[0].lower() + obj[1:]  # "Ich schicke Ihnen den Vertrag": the article is lower-cased mid-sentence
    return f"{LEADS[language]} {obj}."


def own_action(text: str) -> bool:
    """Whether an item's text is what the rep does for the customer ("I'll ...", "Je vous envoie ...")."""
    return text.startswith("I'll ") or any(text.startswith(lead + " ")
                                           for lead in (*LEADS.values(), *_INFORMAL_LEADS, *_NAMED_LEADS))

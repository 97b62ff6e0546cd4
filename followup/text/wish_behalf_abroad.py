"""Letters on someone's behalf in French, Spanish, Italian, Portuguese and Dutch: a lawyer, a data-protection officer,
a purchasing department or an assistant writes that "notre cliente ne souhaite plus être contactée", "nuestra
representada no desea ...", "la nostra assistita ...", "a nossa constituinte ...", "onze cliënt wenst ...". Whether the
text says so, and the sentence with the person written for read as the writer (wish_behalf.py reads it again)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

_CAP = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+"
# the person by title and name, an appositive between commas allowed ("Mme Nathalie Brun, acheteuse maquillage,")
_NAMED = rf"{_CAP}(?:\s+{_CAP})?(?:\s*,[^,.;:]{{1,40}},)?"
_FR_TITLE = r"(?:Mme|Mlle|M\.|Madame|Mademoiselle|Monsieur|Ma[îi]tre|Me|Dr|Docteur)"
_ES_TITLE = r"(?:(?:la|el)\s+)?(?:Sra\.|Sr\.|Srta\.|señora|señor|doña|don|Dña\.|D\.|Dra\.|Dr\.|licenciad[oa]|ingenier[oa])"
_IT_TITLE = r"(?:(?:la|il)\s+)?(?:sig\.ra|sig\.|signora|signor|dott\.ssa|dottoressa|dott\.|dottor|avv\.|ing\.)"
_PT_TITLE = r"(?:(?:a|o)\s+)?(?:Sra\.|Sr\.|senhora|senhor|Dra\.|Dr\.|D\.|Eng\.)"
_NL_TITLE = r"(?:mevrouw|mevr\.|de\s+heer|meneer|dhr\.|mr\.|dr\.)"

# the letter says it is written for someone: on whose behalf, as whose counsel, or the person's message passed on
_BEHALF = {
    "fr": re.compile(
        rf"\b(?:au\s+nom|pour\s+le\s+compte|de\s+la\s+part)\s+(?:et\s+pour\s+le\s+compte\s+)?(?:de\s+|d['’]\s*)(?:notre|nos|mon|ma|{_FR_TITLE}\s)|"
        r"\b(?:notre|ma|mon)\s+(?:cliente?|mandante?)\b|"
        r"\b(?:m|nous)['’]\s*a\s+(?:demandé|chargée?|priée?)s?\s+de\s+vous\s+(?:informer|faire\s+(?:savoir|part)|dire|signaler|"
        r"transmettre|communiquer)\b|"
        rf"\bvous\s+inform(?:e|ons)\s+que\s+{_FR_TITLE}\s+{_CAP}", re.I),
    "es": re.compile(
        rf"\ben\s+(?:nombre|representación)\s+(?:de\s+(?:nuestr[oa]|mi|{_ES_TITLE}\s)|del\s+(?:Sr\.|señor|doctor|director|gerente))|"
        r"\bnuestr[oa]\s+(?:cliente|representad[oa]|mandante|poderdante)\b|"
        r"\b(?:me|nos)\s+(?:ha\s+(?:pedido|encargado|solicitado|indicado)|pidió|encargó|indicó)\s+que\s+(?:le|les)\s+"
        r"(?:comuni|inform|haga|traslad|transmit|dig)\w*|"
        rf"\b(?:le|les)\s+(?:informo|informamos|comunico|comunicamos)\s+que\s+{_ES_TITLE}\s+{_CAP}", re.I),
    "it": re.compile(
        r"\b(?:per\s+conto|a\s+nome)\s+(?:di|del|della|dello|dei)\b|"
        r"\b(?:la|il)\s+nostr[oa]\s+(?:assistit[oa]|client[ei]|mandante)\b|"
        r"\b(?:mi|ci)\s+ha\s+(?:chiesto|incaricat[oa]|pregat[oa])\s+di\s+(?:comunicar|informar|far|riferir|trasmetter)\w*|"
        rf"\b(?:la|vi)\s+(?:informo|informiamo|comunico|comunichiamo)\s+che\s+{_IT_TITLE}\s+{_CAP}", re.I),
    "pt": re.compile(
        rf"\bem\s+nome\s+(?:d[oa]s?|de)\s+(?:noss[oa]|meu|minha|{_PT_TITLE}\s)|"
        r"\b(?:a|o)\s+noss[oa]\s+(?:constituinte|cliente|representad[oa]|mandante)\b|"
        r"\bpediu-(?:me|nos)\s+(?:para|que)\s+(?:lhe\s+)?(?:comunic|inform|transmit|diz|diga)\w*|"
        rf"\b(?:informamos|informo)\s+(?:V\.\s*Exa\.?\s+)?que\s+{_PT_TITLE}\s+{_CAP}", re.I),
    "nl": re.compile(
        rf"\b(?:namens|in\s+opdracht\s+van)\s+(?:mijn|onze|{_NL_TITLE}\s|{_CAP}\s+{_CAP})|"
        r"\bonze\s+cli[eë]nt(?:e)?\b|"
        r"\bheeft\s+(?:mij|ons)\s+(?:gevraagd|opgedragen)\s+(?:om\s+)?(?:u|jullie)\s+te\s+(?:laten\s+weten|informeren|berichten|"
        r"melden)\b|\bheeft\s+(?:mij|ons)\s+(?:gevraagd|opgedragen)\s+(?:om\s+)?(?:door\s+te\s+geven|mee\s+te\s+delen)\b",
        re.I),
}

# the represented person as the subject, then (a negation, a reflexive pronoun and) the verb
_FR_SUBJECT = re.compile(rf"(?<!['’])\b(?:elle|il|(?:notre|ma|mon)\s+(?:cliente?|mandante?)|{_FR_TITLE}\s+{_NAMED})\s+"
                         r"(?P<neg>ne\s+|n['’]\s*)?(?P<refl>s['’]\s*|se\s+)?(?P<verb>(?-i:[a-zà-ÿ])\w*)\b", re.I)
_ES_SUBJECT = re.compile(rf"\b(?:ella|él|nuestr[oa]\s+(?:cliente|representad[oa]|mandante|poderdante)|{_ES_TITLE}\s+{_NAMED})"
                         r"\s+(?P<neg>(?:ya\s+)?no\s+)?(?P<refl>se\s+)?(?P<verb>(?-i:[a-zà-ÿ])\w*)\b", re.I)
_IT_SUBJECT = re.compile(rf"\b(?:lei|lui|(?:la|il)\s+nostr[oa]\s+(?:assistit[oa]|client[ei]|mandante)|{_IT_TITLE}\s+{_NAMED})"
                         r"\s+(?P<neg>non\s+)?(?P<refl>si\s+)?(?P<verb>(?-i:[a-zà-ÿ])\w*)\b", re.I)
_PT_SUBJECT = re.compile(rf"\b(?:ela|ele|(?:a|o)\s+noss[oa]\s+(?:constituinte|cliente|representad[oa]|mandante)|"
                         rf"{_PT_TITLE}\s+{_NAMED})\s+(?P<neg>(?:já\s+)?não\s+)?(?P<refl>se\s+)?(?P<verb>(?-i:[a-zà-ÿ])\w*)(?P<encl>-se)?\b",
                         re.I)
_NL_SUBJECT = re.compile(rf"\b(?:zij|hij|onze\s+cli[eë]nte?|{_NL_TITLE}\s+{_NAMED})\s+(?P<neg>)(?P<refl>)"
                         r"(?P<verb>(?-i:[a-zà-ÿ])\w*)\b", re.I)

# third-person verbs that do not follow their language's rule for the first person
_FR_VERB = {"a": "ai", "est": "suis", "veut": "veux", "peut": "peux", "fait": "fais", "va": "vais", "doit": "dois",
            "dit": "dis"}
_ES_VERB = {"ha": "he", "está": "estoy", "es": "soy", "quiere": "quiero", "pide": "pido", "opone": "opongo",
            "tiene": "tengo", "puede": "puedo", "va": "voy"}
_IT_VERB = {"ha": "ho", "è": "sono", "vuole": "voglio", "oppone": "oppongo", "può": "posso", "deve": "devo"}
_PT_VERB = {"tem": "tenho", "é": "sou", "está": "estou", "quer": "quero", "pede": "peço", "opõe": "oponho",
            "pode": "posso", "vai": "vou"}
_NL_VERB = {"heeft": "heb", "is": "ben", "wil": "wil", "kan": "kan", "zal": "zal", "mag": "mag", "gaat": "ga"}
# Dutch words after the subject that are no verb ("dat zij niet langer ... wil"): left as they are
_NL_NOT_A_VERB = {"niet", "echt", "ooit", "uit", "dat", "met", "het", "net", "wat", "toch", "liever"}


def _first_person(lang: str, verb: str) -> str:
    """A third-person verb of one language in the first person ("souhaite", "desea" -> "deseo", "wenst" -> "wens")."""
    low = verb.lower()
    table = {"fr": _FR_VERB, "es": _ES_VERB, "it": _IT_VERB, "pt": _PT_VERB, "nl": _NL_VERB}[lang]
    if low in table:
        return table[low]
    if lang in ("es", "it", "pt") and len(low) > 3 and low[-1] in "ae":
        return verb[:-1] + "o"  # desea -> deseo, desidera -> desidero, deseja -> desejo, chiede -> chiedo
    if lang == "nl" and len(low) > 3 and low.endswith("t") and low not in _NL_NOT_A_VERB:
        return verb[:-1]  # wenst -> wens, maakt -> maak
    return verb  # French -er verbs (souhaite, demande, refuse) are the same


_REFLEXIVE = {"fr": "m'", "es": "me ", "it": "mi ", "pt": "me ", "nl": ""}
_WRITER = {"fr": "je ", "es": "", "it": "", "pt": "", "nl": "ik "}

# the person as an object or owner: "auprès d'elle", "de ne plus la contacter", "contactarla", "contattarla",
# "contactá-la", "haar gegevens" (a clitic only before a verb of contact, where it cannot be an article)
_STEM_ES = r"(?:contact|llam|escrib|molest|envi|vuelv)"
_STEM_IT = r"(?:contatt|chiam|scriv|disturb|invi|telefon)"
_STEM_PT = r"(?:contact|contat|lig|escrev|envi|incomod|telefon)"
_CONTACT_FR = r"(?:contact|sollicit|appel|relanc|démarch|écri|joindr|téléphon|adress|envoy)\w*"
_CONTACT_ES, _CONTACT_IT, _CONTACT_PT = (rf"{stem}\w*" for stem in (_STEM_ES, _STEM_IT, _STEM_PT))
_OBJECTS = {
    "fr": [(re.compile(r"\bd['’]\s*(?:elle|lui)\b", re.I), "de moi"),
           (re.compile(rf"\b(?:la|le|lui)\s+(?={_CONTACT_FR})", re.I), "me "),
           (re.compile(rf"\bl['’]\s*(?={_CONTACT_FR})", re.I), "m'"),
           (re.compile(r"\bses\s+(?=données|coordonnées|informations)", re.I), "mes "),
           (re.compile(r"\bson\s+(?=adresse|numéro)", re.I), "mon ")],
    "es": [(re.compile(rf"\b({_STEM_ES}(?:ar|er|ir))(?:la|lo|le)\b", re.I), r"\1me"),
           (re.compile(rf"\b(?:la|lo|le)\s+(?={_CONTACT_ES})", re.I), "me "),
           (re.compile(r"\bsus\s+(?=datos)", re.I), "mis ")],
    "it": [(re.compile(rf"\b({_STEM_IT}(?:ar|er|ir))(?:la|lo|le|gli)\b", re.I), r"\1mi"),
           (re.compile(rf"\b(?:la|lo|le|gli)\s+(?={_CONTACT_IT})", re.I), "mi "),
           (re.compile(r"\bi\s+suoi\s+(?=dati)", re.I), "i miei ")],
    "pt": [(re.compile(rf"\b({_STEM_PT})[áéí]-(?:la|lo)\b", re.I), r"\1ar-me"),
           (re.compile(rf"\b(?:a|o|lhe)\s+(?={_CONTACT_PT})", re.I), "me "),
           (re.compile(r"\b(?:os\s+)?seus\s+(?=dados)", re.I), "os meus ")],
    "nl": [(re.compile(r"\b(?:haar|zijn)\s+(?=gegevens|adres|nummer|e-?mailadres)", re.I), "mijn "),
           (re.compile(r"\b(?:haar|hem)\b(?=\s+(?:niet|nooit|meer|langer|te|via|per|op|nog)\b|\s*[.,;!]|\s*$)"), "mij")],
}


_SUBJECTS = {"fr": _FR_SUBJECT, "es": _ES_SUBJECT, "it": _IT_SUBJECT, "pt": _PT_SUBJECT, "nl": _NL_SUBJECT}


def behalf_languages(own: str) -> list[str]:
    """The languages (fr, es, it, pt, nl) in which the customer's own text says it is written on a person's behalf."""
    return [lang for lang, rx in _BEHALF.items() if rx.search(own)]


def as_the_writer_abroad(sentence: str, languages: list[str]) -> str:
    """The sentence with the person written for as the writer, in the languages of the letter: "Mme Brun ne souhaite
    plus être contactée" -> "je ne souhaite plus être contactée", "nuestra representada no desea ..." -> "no deseo ..."."""
    out = sentence
    for lang in languages:  # the objects first: "auprès d'elle et ..." holds no subject "elle"
        for rx, mine in _OBJECTS[lang]:
            out = rx.sub(mine, out)
        out = _SUBJECTS[lang].sub(lambda m, lang=lang: _writer(lang, m), out)
    return out


def _writer(lang: str, m: re.Match[str]) -> str:
    """One subject and its verb in the first person."""
    neg, refl, verb = m.group("neg") or "", m.group("refl") or "", m.group("verb")
    mine = _first_person(lang, verb)
    if m.groupdict().get("encl"):  # "opõe-se" -> "oponho-me"
        return f"{neg}{mine}-me"
    if refl:
        refl = _REFLEXIVE[lang]
    if lang == "nl" and verb.lower() in _NL_NOT_A_VERB:
        return f"ik {verb}"
    writer = _WRITER[lang]
    if lang == "fr" and not neg and not refl and mine[:1].lower() in "aeiouéèêh":
        writer = "j'"
    return f"{writer}{neg}{refl}{mine}"


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

"""An organisation's own people named as what contact is aimed at, in German, French, Spanish, Italian, Portuguese and
Dutch, and the sentence said again with "us" in their place: "kontaktieren Sie unsere Mitarbeiter nicht mehr" ->
"kontaktieren Sie uns nicht mehr", "ne contactez plus nos employés" -> "ne nous contactez plus", "no vuelvan a
contactar a nuestros empleados" -> "no vuelvan a contactarnos", "non contattate più i nostri dipendenti" -> "non ci
contattate più", "não contactem mais os nossos colaboradores" -> "não nos contactem mais", "benader onze medewerkers
niet meer" -> "benader ons niet meer". Used by followup.text.wish_optout_staff, which reads the new sentence as the
writer's own opt-out.

Decision: only the organisation's people ("our", "unsere", "nos", "nuestros", "nostri", "nossos", "onze"), never one
writer's own colleagues ("meine Kollegen": the writer is not among them); a way in offered anywhere in the message
("directement", "wenden Sie sich an mich", "solo a través de", "uitsluitend via") keeps the organisation reachable.
"""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

# the people of an organisation, per language (plural nouns, accents written or not)
_DE = (r"(?:Mitarbeiter\w*|Mitarbeitende\w*|Angestellte\w*|Besch[äa]ftigte\w*|Personal|Belegschaft|Kolleg\w*|Team|"
       r"Teammitglieder\w*|Leute|[ÄA]rzt\w*)")
_FR = (r"(?:employ[ée]e?s|salari[ée]e?s|collaborat(?:eurs|rices)|[ée]quipes?|personnel|agents|m[ée]decins|coll[èe]gues|"
       r"membres\s+du\s+personnel)")
_ES = (r"(?:emplead[oa]s|trabajador(?:es|as)|colaborador(?:es|as)|personal|equipo|compa[ñn]er[oa]s|agentes|m[ée]dicos|"
       r"colegas)")
_IT = r"(?:dipendenti|collaborat(?:ori|rici)|personale|colleghi|impiegati|staff|team|medici|operatori)"
_PT = (r"(?:funcion[áa]ri[oa]s|colaborador(?:es|as)|empregad[oa]s|trabalhador(?:es|as)|equipa|equipe|pessoal|colegas|"
       r"m[ée]dicos)")
_NL = r"(?:medewerk(?:ers|sters)|werknemers|personeel|collega['\u2019]?s|teamleden|team|mensen|staf|artsen)"

# German and Dutch: the people replaced by "uns" / "ons" where they follow a verb's "Sie" / "u", a preposition or an
# imperative that opens the sentence ("Kontaktieren Sie unsere Mitarbeiter", "mit unseren Mitarbeitern", "Benader
# onze medewerkers"), not as a subject ("Unsere Mitarbeiter werden Sie nicht kontaktieren"); "keinen unserer
# Mitarbeiter" is "uns nicht"
_DE_STAFF = re.compile(rf"\b(?P<pre>(?:Sie|mit|an|bei|zu)\s+)(?:(?P<none>keine[nm]?\s+unserer)|unser(?:e[nmrs]?)?)\s+{_DE}\b",
                       re.I)
_NL_STAFF = re.compile(rf"(?P<pre>\b(?:met|u|naar|aan|bij)\s+|^\W*[A-Za-z]{{3,20}}\s+)onze\s+{_NL}\b", re.I)
# French, Spanish, Italian and Portuguese: a contact verb, its negation's second word, then the people (after "a" or
# an article): the pronoun goes before the verb, or after a Spanish or Italian infinitive
_VERB = {
    "fr": r"(?:contact|appel|sollicit|d[ée]march|relanc|d[ée]rang|harc[eè]l|import|[ée]cri|t[ée]l[ée]phon)\w*",
    "es": r"(?:contact|llam|escrib|molest|acos|telefone|import)\w*",
    "it": r"(?:contatt|chiam|scriv|disturb|telefon|importun|sollecit)\w*",
    "pt": r"(?:contact|contat|lig|telefon|escrev|incomod|importun)\w*",
}
_ADV = {"fr": r"(?:plus|pas|jamais)", "es": r"(?:m[áa]s|nunca)", "it": r"(?:pi[uù]|mai)", "pt": r"(?:mais|nunca)"}
_OBJECT = {"fr": rf"(?:[àa]\s+)?(?:nos|notre)\s+{_FR}", "es": rf"(?:a\s+)?nuestr[oa]s?\s+{_ES}",
           "it": rf"(?:(?:i|il|le|la|gli|lo|l['\u2019])\s*)?nostr[ioae]\s+{_IT}",
           "pt": rf"(?:(?:aos?|às?|os|as|o|a)\s+)?noss[oa]s?\s+{_PT}"}
_ROMANCE = {lang: re.compile(rf"\b(?P<v>{_VERB[lang]})(?P<adv>(?:\s+{_ADV[lang]})*)\s+{_OBJECT[lang]}\b", re.I)
            for lang in _VERB}
_US = {"fr": "nous", "es": "nos", "it": "ci", "pt": "nos"}
_INFINITIVE = {"es": ("ar", "er", "ir"), "it": ("are", "ere", "ire")}  # the pronoun joined on: "contactarnos"
# a contact word then "with our people": "tout contact avec nos employés", "con nuestro personal", "con i nostri
# dipendenti", "com os nossos colaboradores"
_WITH = re.compile(rf"\b(?P<p>avec|con|com)\s+(?:(?:i|il|os|as|o|a)\s+)?(?:nos|notre|nuestr[oa]s?|nostr[ioae]|noss[oa]s?)\s+"
                   rf"(?:{_FR}|{_ES}|{_IT}|{_PT})\b", re.I)
_WITH_US = {"avec": "avec nous", "con": "con noi", "com": "connosco"}
_ES_WITH = re.compile(r"\bcon\s+nuestr", re.I)  # (Spanish "con nosotros", Italian "con noi")

# another way in, in the six languages: directly, only, through someone, "write to me", "address yourself to"
_ROUTE = re.compile(
    r"\b(?:directement|directamente|direttamente|diretamente|direkt|rechtstreeks|uniquement|exclusivement|seulement|"
    r"nur|ausschlie(?:ß|ss)lich|solamente|[úu]nicamente|soltanto|esclusivamente|somente|apenas|alleen|uitsluitend|"
    r"par\s+l['\u2019]interm[ée]diaire|a\s+trav[ée]s\s+de|tramite|atrav[ée]s\s+d|via|au\s+lieu\s+de|anstatt|statt|"
    r"en\s+(?:vez|lugar)\s+de|invece\s+di|em\s+vez\s+de|in\s+plaats\s+van|"
    r"(?:contact|[ée]criv|appel|adress)ez[- ]moi|passez\s+par|wenden\s+Sie\s+sich\s+an|"
    r"(?:schreiben|mailen)\s+Sie\s+(?:mir|uns)|(?:kontaktieren|rufen)\s+Sie\s+mich|escr[íi]b(?:a|ame)|cont[áa]cte(?:me|nme)|"
    r"ll[áa]me(?:me|nme)|dir[íi]j(?:a|anse)\s+a|scrivetemi|contattatemi|chiamatemi|rivolge(?:te|r)(?:vi|si)\s+a|"
    r"contact(?:e|em)-me|escrev(?:a|am)-me|lig(?:ue|uem)-me|dirij(?:a|am)-se|neem\s+contact\s+(?:met\s+mij|op\s+met\s+mij)|"
    r"(?:mail|bel)\s+(?:mij|met\s+mij)|wendt\s+u\s+(?:zich\s+)?tot)\b", re.I)


def staff_abroad(sentence: str) -> str | None:
    """The sentence said with "us" where it aims contact at an organisation's own people in one of the six
    languages; None where it names none."""
    if (m := _DE_STAFF.search(sentence)) is not None:
        return sentence[:m.end("pre")] + ("uns nicht" if m.group("none") else "uns") + sentence[m.end():]
    if (m := _NL_STAFF.search(sentence)) is not None:
        return sentence[:m.end("pre")] + "ons" + sentence[m.end():]
    for lang, pattern in _ROMANCE.items():
        if (m := pattern.search(sentence)) is not None:
            verb, adv = m.group("v"), m.group("adv")
            if verb.lower().endswith(_INFINITIVE.get(lang, ())):
                said = (verb[:-1] if lang == "it" else verb) + _US[lang] + adv  # "contactarnos", "contattarci"
            else:
                said = f"{_US[lang]} {verb}{adv}"  # "ne nous contactez plus", "não nos contactem mais"
            return sentence[:m.start()] + said + sentence[m.end():]
    if (m := _WITH.search(sentence)) is not None:
        with_us = _WITH_US[m.group("p").lower()]
        if m.group("p").lower() == "con" and _ES_WITH.search(m.group(0)):
            with_us = "con nosotros"
        return sentence[:m.start()] + with_us + sentence[m.end():]
    return None


def routed_abroad(text: str) -> bool:
    """Whether the message offers another way in, in one of the six languages ("écrivez-moi directement")."""
    return _ROUTE.search(text) is not None


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

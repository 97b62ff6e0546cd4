"""Two shapes of a customer's sentence said back in reported speech, so the line is the rep's and copies no long run
of the customer's words: an imperative change asked of the rep ("Make it 1,350 t instead", "Bitte auf 1.350 t
erhöhen", "Merci de passer à 1 350 t", "Por favor, pongan 1.350 t") becomes what they asked ("you'd like me to make it
1,350 t instead", "Sie möchten, dass ich auf 1.350 t erhöhe", "vous me demandez de passer à 1 350 t", "me piden que
pongan 1.350 t"); a third person's news with no pronoun to turn ("Die Lieferung kann erst ab dem 15. März erfolgen")
is reported with its verb shifted as reported speech shifts it ("Sie schreiben, die Lieferung könne erst ab dem
15. März erfolgen", "vous m'avez indiqué que la livraison ne pourrait pas ...", "me indicó que la entrega no podría").

Only closed classes of grammar words change (the verb of the clause, the pronouns of the two sides); every noun and
figure stays the customer's. A sentence whose shape is not one of these, or that speaks of the rep, gives ""."""
from __future__ import annotations

import re

# The rep in the sentence ("your price", "Ihr Angebot", "votre devis", "su oferta"): turning it needs the rep's own
# words, never guessed.
_TO_REP = {"en": r"\b(?:you|your|yours)\b", "de": r"\b(?:Sie|Ihnen|Ihr\w*)\b",
           "fr": r"\b(?:vous|votre|vos)\b", "es": r"\b(?:usted\w*|su|sus|vosotr\w+|vuestr\w+)\b"}
_TO_REP_RE = {lang: re.compile(rx) for lang, rx in _TO_REP.items()}
# Their side in an imperative's object ("send us", "schicken Sie uns", "envoyez-nous", "mándenos"): the reader's.
_EN_OBJ = {"me": "you", "us": "you", "my": "your", "our": "your"}
_FR_OBJ = {"nous": "vous", "notre": "votre", "nos": "vos", "me": "vous", "m'": "vous ", "moi": "vous", "mon": "votre",
           "ma": "votre", "mes": "vos"}

# --- imperatives -------------------------------------------------------------------------------------------------
_EN_BID = re.compile(r"^(?:please\s+|kindly\s+)?(?P<verb>make|change|switch|move|put|add|drop|take|bump|increase|"
                     r"reduce|raise|lower|cut|set|keep|swap|replace|remove|cancel|push|bring|shift|go|hold|"
                     r"up|round)(?=\s)(?P<rest>.*)$", re.I)
_DE_BITTE = re.compile(r"^(?:(?i:bitte)\s+(?P<a>.+?)|(?P<b>.+?),?\s+bitte)\s+(?P<verb>[a-zäöüß]+(?:en|ern|eln))\s*$")
_DE_SIE = re.compile(r"^(?:bitte\s+)?(?P<verb>[a-zäöüß]+(?:en|ern|eln))\s+Sie\s+(?:bitte\s+)?(?P<rest>.+)$", re.I)
# A separable verb's particle, left at the end of a command ("planen Sie ... ein", "setzen Sie ... hoch").
_DE_PARTICLE = re.compile(r"\s(ein|an|auf|aus|ab|mit|vor|zu|zurück|um|nach|fest|durch|weg|her|hin|hoch|runter|"
                          r"vorbei|zusammen|bereit|frei)$")
_FR_BID = re.compile(r"^(?:merci de|prière de|veuillez|je vous prie de|nous vous prions de)\s+(?P<rest>.+)$", re.I)
_FR_EZ = re.compile(r"^(?P<verb>[a-zéèêàâîôûç]+ez)(?P<obj>-(?:nous|moi|le|la|les|en|y))?\b(?P<rest>.*)$", re.I)
_FR_IRREGULAR = {"faites": "faire", "mettez": "mettre", "prenez": "prendre", "réduisez": "réduire", "dites": "dire",
                 "prévoyez": "prévoir", "remettez": "remettre", "soumettez": "soumettre", "transmettez": "transmettre"}
_ES_BID = re.compile(r"^(?:por favor,?\s+)?(?P<verb>[a-záéíóúñ]+?)(?P<clitic>(?:me|nos|se)?(?:lo|la|los|las|le|les)?)"
                     r"(?P<rest>\s.+?)(?:,?\s+por favor)?$", re.I)
# usted/ustedes commands of the verbs a change is asked with: the subjunctive, said again after "que".
_ES_COMMANDS = re.compile(r"^(?:pong|cambi|sub|baj|aument|reduzc|pas|agreg|añad|quit|sac|mand|envi|manteng|dej|"
                          r"mué?v|muev|reemplac|sustituy|adelant|atras|traslad|hag)(?:a|an|e|en)$", re.I)
_ACCENT = str.maketrans("áéíóú", "aeiou")
MAX_BID_WORDS = 14  # a longer command is a paragraph of instructions, not one change said back


def bidden(sentence: str, language: str) -> str:
    """An imperative change asked of the rep, as what the customer asked ("you'd like me to ..."), or ""."""
    s = sentence.strip().rstrip(".!")
    if not s or "?" in s or len(s.split()) > MAX_BID_WORDS:
        return ""
    if language == "en":
        m = _EN_BID.match(s)
        if not m or _TO_REP_RE["en"].search(m.group("rest")):
            return ""
        rest = re.sub(r"\b(?:me|us|my|our)\b", lambda w: _EN_OBJ[w.group(0).lower()], m.group("rest"), flags=re.I)
        return f"you'd like me to {m.group('verb').lower()}{rest}"
    if language == "de":
        m = _DE_SIE.match(s)
        if m:
            rest, verb = m.group("rest"), m.group("verb").lower()
            part = _DE_PARTICLE.search(rest)  # "planen Sie Liebefeld ... ein": "dass ich Liebefeld ... einplane"
            rest, verb = (rest[:part.start()], part.group(1) + verb) if part else (rest, verb)
        else:
            m = _DE_BITTE.match(s)
            if not m or _TO_REP_RE["de"].search(s):
                return ""
            rest, verb = m.group("a") or m.group("b"), m.group("verb")
        if re.search(r"\b(?:ich|mich|mir|mein\w*|wir|uns|unser\w*)\b", rest, re.I) or re.search(r"[,;:]|\.(?!\d)", rest):
            return ""
        return f"Sie möchten, dass ich {rest} {_de_first_person(verb.lower())}"
    if language == "fr":
        m = _FR_BID.match(s)
        if m:
            rest = m.group("rest")
        else:
            m = _FR_EZ.match(s)
            if not m or m.group("obj") or m.group("verb").lower() in {"avez", "êtes", "pouvez", "voulez", "devez"}:
                return ""
            verb = m.group("verb").lower()
            rest = _FR_IRREGULAR.get(verb, verb[:-2] + "er") + m.group("rest")
        if _TO_REP_RE["fr"].search(rest):
            return ""
        rest = re.sub(r"\b(?:nous|notre|nos|moi|mon|ma|mes|me)\b|\bm'", lambda w: _FR_OBJ[w.group(0).lower()], rest)
        return f"vous me demandez {'d’' if re.match(r'[aeiouéèêh]', rest, re.I) else 'de '}{rest}".replace("d’", "d'")
    if language == "es":
        m = _ES_BID.match(s)
        if not m or not _ES_COMMANDS.match(m.group("verb").translate(_ACCENT)) or _TO_REP_RE["es"].search(s):
            return ""
        verb = m.group("verb").translate(_ACCENT).lower()
        clitic = m.group("clitic").lower()
        clitic = re.sub(r"^(me|nos|se)(?=l)", r"\1 ", clitic) if clitic else ""
        lead = "me piden que" if verb.endswith("n") else "me pide que"
        return " ".join(w for w in [lead, clitic.replace("nos", "se"), verb] if w) + m.group("rest")
    return ""


def _de_first_person(infinitive: str) -> str:
    """The "ich" form of a German infinitive at a clause's end ("erhöhen" -> "erhöhe", "ändern" -> "ändere")."""
    if infinitive.endswith(("ern", "eln")):
        return infinitive[:-1] if infinitive.endswith("ern") else infinitive[:-3] + "le"
    return infinitive[:-1]


# --- a third person's news ---------------------------------------------------------------------------------------
# The finite verb shifted as reported speech shifts it: German Konjunktiv I (II where I is the indicative), French and
# Spanish after a past lead (present -> imperfect, future -> conditional). Closed classes: auxiliaries and modals.
_SHIFT = {
    "de": {"wird": "werde", "werden": "würden", "kann": "könne", "können": "könnten", "muss": "müsse",
           "müssen": "müssten", "ist": "sei", "sind": "seien", "hat": "habe", "haben": "hätten", "soll": "solle",
           "sollen": "sollten", "will": "wolle", "wollen": "wollten", "darf": "dürfe", "dürfen": "dürften",
           "braucht": "brauche", "brauchen": "bräuchten", "reicht": "reiche", "genügt": "genüge", "geht": "gehe",
           "kommt": "komme", "übernimmt": "übernehme", "bleibt": "bleibe", "liegt": "liege", "gibt": "gebe"},
    "fr": {"est": "était", "sont": "étaient", "a": "avait", "ont": "avaient", "peut": "pouvait", "peuvent": "pouvaient",
           "doit": "devait", "doivent": "devaient", "va": "allait", "vont": "allaient", "faut": "fallait",
           "suffit": "suffisait", "veut": "voulait", "veulent": "voulaient", "reste": "restait", "pourra": "pourrait",
           "pourront": "pourraient", "sera": "serait", "seront": "seraient", "aura": "aurait", "auront": "auraient",
           "faudra": "faudrait", "devra": "devrait", "devront": "devraient", "suffira": "suffirait",
           "reprend": "reprenait", "s'occupe": "s'occupait", "arrive": "arrivait", "arrivera": "arriverait"},
    "es": {"es": "era", "son": "eran", "está": "estaba", "están": "estaban", "puede": "podía", "pueden": "podían",
           "va": "iba", "van": "iban", "necesita": "necesitaba", "necesitan": "necesitaban", "quiere": "quería",
           "quieren": "querían", "hay": "había", "tiene": "tenía", "tienen": "tenían", "debe": "debía",
           "deben": "debían", "basta": "bastaba", "alcanza": "alcanzaba", "podrá": "podría", "podrán": "podrían",
           "será": "sería", "serán": "serían", "habrá": "habría", "llegará": "llegaría", "llega": "llegaba",
           "se encarga": "se encargaba", "se ocupa": "se ocupaba"},
}
_LEAD = {"de": "Sie schreiben, ", "fr": "vous m'avez indiqué que ", "es": "me indicó que "}
# Where a clause ends: a comma before a reason or a new clause, a dash, a semicolon.
_CLAUSE_END = re.compile(r"\s*(?:;|\s[-–—]\s|\s(?=(?:because of|due to|à cause|en raison|wegen|aufgrund|debido|a causa|"
                         r"por culpa)\b)|,\s*(?=(?:weil|da|denn|aber|sondern|und|car|parce|puisque|mais|et|porque|"
                         r"ya que|pero|pues|y)\b))", re.I)


def reported_news(sentence: str, language: str) -> str:
    """A third person's news said as reported speech with its verb shifted ("die Lieferung könne ..."), or ""."""
    if language not in _SHIFT:
        return ""
    s = sentence.strip().rstrip(".!")
    cut = _CLAUSE_END.search(s)
    s = s[:cut.start()] if cut else s
    table = _SHIFT[language]
    keys = sorted(table, key=len, reverse=True)
    m = re.search(r"(?<![\w'’-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w'’-])", s, re.I)
    if not m or m.start() == 0:
        return ""  # no verb of the class, or a verb first (a question or a command): not news to report
    verb = table[m.group(0).lower()]
    shifted = s[:m.start()] + verb + s[m.end():]
    body = shifted[:1].lower() + shifted[1:] if shifted[1:2].islower() else shifted
    lead = _LEAD[language]
    if language == "fr" and re.match(r"[aeiouéèêh]", body, re.I):
        lead = lead[:-2] + "'"  # "qu'il", "qu'elle"
    if language == "de":  # German keeps a noun's capital, not an article's or a pronoun's
        body = shifted if not re.match(_DE_FUNCTION, shifted) else shifted[:1].lower() + shifted[1:]
    return lead + body


# German words that lose their capital inside a sentence: articles, determiners, third-person pronouns.
_DE_FUNCTION = re.compile(r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|kein\w*|dies\w*|jede\w*|alle|er|es|"
                          r"man|beide|am|im|an|auf|in|ab|bis|für|mit|nach|vor|bei|zum|zur|um|von|aus|wenn|falls|da|"
                          r"sobald|erst|nur|auch|leider|dann|danach|morgen|heute|nächste\w*|diese\w*)\b", re.I)


__all__ = ["bidden", "reported_news"]

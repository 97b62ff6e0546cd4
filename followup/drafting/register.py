"""The register a draft addresses the customer in (du / tu / tú or Sie / vous / usted), from the rep's own emails.

A rep who writes "Te ofrecemos ..." or "je te reviens" keeps that register in the next email; a draft that switches
to usted or vous (or mixes both) has to be rewritten before it is sent. The rep's newest email to the customer that
addresses them decides; with no such email, a customer who writes du / tu / tú to the rep is answered so, and the
draft is formal otherwise. In an informal draft only the words the restating
put in (the formal "Sie möchten" turned from the customer's "wir möchten", "Ich schicke Ihnen", "Le envío") are
changed to the informal form: every word the customer or the rep wrote stays as written, so grounding is unchanged.
"""
from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher
from typing import Sequence

from followup.drafting.items import Item, State
from followup.drafting.names import fold
from followup.drafting.sentences import Source

# Verbs a customer asks the rep with in the imperative, by stem: "-ar" verbs take "a" in the tú (and voseo) form and
# "e" in the usted form ("Llámame" / "Llámeme"), "-er"/"-ir" verbs the other way round ("Escríbeme" / "Escríbame").
_ES_AR = r"llam|mand|avis|envi|pas|confirm|indic|reserv|cont|cuent|dej|mir|cotiz|agend|anot|apart|prepar|ayud|contact|" \
         r"guard|comunic|inform|facilit|regal|consult|explic"
_ES_ER = r"escrib|respond|ofrec|resolv|devolv|devuelv|remit|permit|recib|ten|pon|trae"
# Imperatives asking the rep for something, read on the text without accents: the informal ("Llámame", "avisame",
# "Escríbeme", "dime", "decime", "reservadlo", "podés"; "Ruf mich an", "Schick mir"; "Appelle-moi", "Dis-moi") and the
# formal ("Llámeme", "Escríbame", "Dígame"; "Appelez-moi", "Dites-moi").
_IMP_INFORMAL = {
    "es": re.compile(rf"\b(?:(?:{_ES_AR})a|(?:{_ES_ER})[ei]|deci|di|haz|hace|pon|pone)(?:me|nos|melo|mela|noslo)\b|"
                     rf"\b(?:{_ES_AR})ad(?:me|nos|lo|la|los|las)\b|\b(?:{_ES_ER}|dec|hac)ed(?:me|nos|lo|la|los|las)\b|"
                     r"\b(?:vos|podes|tenes|queres|sabes|andas|necesitas|decis|venis)\b", re.I),
    # at a sentence's start or after "bitte": "(ich) schicke Ihnen ... und melde mich" is the writer's own promise
    "de": re.compile(r"(?:^|[.!?:,]\s+|\bbitte\s+)(?:ruf|schick|sag|gib|lass|schreib|send|nimm|buch|reservier|mach)e?\s+"
                     r"(?:mir|mich|uns)\b(?!\s+Sie\b)", re.I | re.M),
    # "pouvons-nous", "sommes-nous": a question's inversion, no imperative
    "fr": re.compile(r"\b[^\W\d_]+(?<!ez)(?<!ons)(?<!mes)(?<!dites)(?<!faites)-(?:moi|nous)\b", re.I),
}
_IMP_FORMAL = {
    "es": re.compile(rf"\b(?:(?:{_ES_AR})e|(?:{_ES_ER})a|diga|haga|ponga|tenga)(?:me|nos|melo|mela|noslo)\b", re.I),
    "fr": re.compile(r"\b(?:[^\W\d_]+ez|dites|faites)-(?:moi|nous)\b", re.I),
}
_INFORMAL = {"de": re.compile(r"\b(?:du|dich|dir|dein|deine[mnrs]?|euch|euer|eure[mnrs]?)\b", re.I),
             "fr": re.compile(r"\b(?:tu|te|toi|ton|ta|tes)\b|\bt['’](?=[aeiouyéèêh])", re.I),
             "es": re.compile(r"\b(?:tú|te|ti|contigo|tu|tus|vosotr[oa]s|vuestr[oa]s?|os)\b", re.I)}
# "Sie" opening a sentence may be "she"; mid-sentence and its other forms are the formal address.
_FORMAL = {"de": re.compile(r"(?<![.!?:]\s)(?<!^)\bSie\b|\b(?:Ihnen|Ihr|Ihre[mnrs]?)\b", re.M),
           "fr": re.compile(r"\b(?:vous|votre|vos)\b", re.I),
           "es": re.compile(r"\b(?:usted(?:es)?|(?:le|les) (?:envío|mando|confirmo|escribo|llamo|comento|paso|ofrezco|"
                            r"adjunto|propongo|recomiendo|agradezco|aviso))\b", re.I)}


# Time zones of Spain, where the plural of tú is vosotros ("seguís", "vuestras"); in the Americas it is ustedes.
_SPAIN = ("Europe/Madrid", "Atlantic/Canary", "Africa/Ceuta")


def own_text(text: str) -> str:
    """The rep's own words of an email: without quoted lines and what follows a reply header."""
    lines = []
    for line in (text or "").splitlines():
        if re.match(r"^\s*(?:>|-{2,}\s*(?:original|urspr)|(?:le|on|am|el) .{4,80}(?:wrote|écrit|schrieb|escribió)|"
                    r"(?:de|from|von)\s*:)", line, re.I):
            break
        lines.append(line)
    return "\n".join(lines)


def _marked(src: Source, language: str, tz: str = "") -> bool | None:
    """Whether an email addresses its reader informally (True), formally (False), or shows neither (None). Outside
    Spain "les paso" is the plural of tú as well as of usted, so it marks no register there; a greeting by title
    counts as formal."""
    own = own_text(src.text)
    bare = fold(own)
    informal = len(_INFORMAL[language].findall(own)) + len(_IMP_INFORMAL[language].findall(bare))
    formal = len([m for m in _FORMAL[language].findall(own) if tz in _SPAIN or language != "es" or
                  not m.lower().startswith("les ")])
    formal += len(_IMP_FORMAL[language].findall(bare)) if language in _IMP_FORMAL else 0
    formal += 1 if _TITLED.match(own.strip()) else 0  # "Bonjour Madame Roux," outweighs a stray "Envoie-moi"
    return informal >= formal if informal or formal else None


# A call note recording the register agreed on the call: "per du", "hat mir das Du angeboten", "on se tutoie",
# "nos tuteamos"; or the formal one: "Vouvoiement", "per Sie", "de usted".
_NOTED_INFORMAL = re.compile(r"\b(?:per du|(?:das )?du angeboten|duzen|wir duzen uns|tutoiement|on se tutoie|"
                             r"(?:se )?tutoyer|tuteo|nos tuteamos|de tú|tutear(?:nos)?)\b", re.I)
_NOTED_FORMAL = re.compile(r"\b(?:per sie|siezen|vouvoiement|vouvoyer|de usted|ustedeo)\b", re.I)


# A greeting that names the reader by title ("Ing. Benítez:", "Estimado Sr. Rojas:", "Bonjour Madame Roux,").
_TITLED = re.compile(r"^(?:[^\W\d_]+[ ,]+){0,3}?(?:Sr|Sra|Srta|Ing|Lic|Arq|Dr|Dra|Herr|Frau|Monsieur|Madame|Mme|M|"
                     r"Don|Doña|Mag)\.?\s+[^\W\d_]", re.I)


def noted_register(text: str) -> bool | None:
    """Whether a call note records an informal register (True), a formal one (False) or neither (None)."""
    informal, formal = _NOTED_INFORMAL.search(text or ""), _NOTED_FORMAL.search(text or "")
    return bool(informal) if bool(informal) != bool(formal) else None


def register_item(sources: Sequence[Source], language: str, tz: str = "") -> Item | None:
    """The informal register as a state item (text "du", "tu" or "tú", quoting the email that shows it), or None
    for the formal one. The rep's newest email that addresses the customer decides; where no rep email does, a
    customer who writes to the rep with du / tu / tú is answered so; otherwise the draft is formal."""
    if language not in _INFORMAL:
        return None
    newest = sorted((s for s in sources if s.kind == "message" or s.direction == "note"), key=lambda s: s.at,
                    reverse=True)
    for direction in ("outbound", "inbound"):
        for src in (s for s in newest if s.direction == direction or (direction == "outbound" and s.kind == "note")):
            marked = _marked(src, language, tz) if src.kind == "message" else noted_register(src.text)
            if marked is None and src.kind == "message" and src.direction == "outbound" and _TITLED.match(
                    own_text(src.text).strip()):
                return None  # "Ing. Benítez:", "Sehr geehrter Herr Rehbein,": the rep's own greeting is formal
            if marked is None:
                continue
            if not marked:
                return None
            own = own_text(src.text)
            said = (_INFORMAL[language] if src.kind == "message" else _NOTED_INFORMAL).search(own) or (
                _IMP_INFORMAL[language].search(fold(own)) if src.kind == "message" else None)
            line = next((ln.strip() for ln in own.splitlines() if said and said.group(0) in fold(ln)
                         or said and said.group(0) in ln), "")
            return Item(kind="register", text=_PRONOUN[language], quote=line, source_kind=src.kind,
                        source_id=src.id, at=src.at, direction=src.direction)
    return None


def is_informal(state: State) -> bool:
    """Whether the draft addresses the customer with du / tu / tú."""
    return any(i.kind == "register" for i in state.items)


# German: the formal address and the word after it; a verb after "Sie" takes the du form.
_DE = {"ihnen": "dir", "ihr": "dein", "ihre": "deine", "ihren": "deinen", "ihrem": "deinem", "ihrer": "deiner",
       "ihres": "deines", "sich": "dich"}
_DE_VERB = {"können": "kannst", "müssen": "musst", "wollen": "willst", "haben": "hast", "sind": "bist",
            "werden": "wirst", "dürfen": "darfst", "wissen": "weißt", "nehmen": "nimmst", "geben": "gibst",
            "sehen": "siehst", "fahren": "fährst", "lassen": "lässt", "halten": "hältst", "tun": "tust",
            "lesen": "liest", "essen": "isst", "treffen": "triffst", "sprechen": "sprichst"}
_FR_VERB = {"avez": "as", "êtes": "es", "voulez": "veux", "pouvez": "peux", "devez": "dois", "savez": "sais",
            "faites": "fais", "allez": "vas", "dites": "dis", "prenez": "prends", "venez": "viens", "revenez": "reviens",
            "attendez": "attends", "recevez": "reçois", "prévoyez": "prévois", "croyez": "crois", "partez": "pars",
            "mettez": "mets", "comprenez": "comprends", "disposez": "disposes"}
_FR = {"votre": "ton", "vos": "tes"}
# A French noun that is feminine by its ending ("votre question" -> "ta question").
_FR_FEMININE = re.compile(r"(?:tion|sion|té|ure|ance|ence|ette|ière|elle|ise|ode|ade|ie|ée|aine|esse)$", re.I)
_ES = {"usted": "tú", "su": "tu", "sus": "tus", "le": "te", "ustedes": "ustedes"}
# Spanish usted forms of a note's verb ("quiere", "necesita"): the tú form adds -s.
_ES_SINGULAR = {"es": "eres", "va": "vas", "ha": "has", "está": "estás", "prevé": "prevés"}
_ES_NOTE_VERBS = {"quiere", "necesita", "busca", "tiene", "prefiere", "pide", "espera", "planea", "está", "puede",
                  "debe", "piensa", "compara", "duda", "acepta", "valora", "considera", "cuenta", "usa", "trabaja",
                  "decide", "solicita", "desea", "requiere", "prevé", "quisiera", "paga", "gestiona", "tendría", "va",
                  "es", "necesitaría", "pregunta"}
_WORD = re.compile(r"[^\W\d_]+")
_PRONOUN = {"de": "du", "fr": "tu", "es": "tú"}


def _de_verb(verb: str) -> str:
    """The du form of a German verb in the formal (= infinitive-like) form: "möchten" -> "möchtest"."""
    low = verb.lower()
    if low in _DE_VERB:
        return _DE_VERB[low]
    if not low.endswith("n") or len(low) < 4:
        return ""
    stem = low[:-2] if low.endswith("en") else low[:-1]
    return stem + ("est" if stem.endswith(("t", "d")) or re.search(r"[^aeiouäöülr]n$", stem) else "st")


def _es_verb(verb: str) -> str:
    """The tú form of a Spanish usted verb: "necesita" -> "necesitas"."""
    low = verb.lower()
    return _ES_SINGULAR.get(low) or (low + "s" if low.endswith(("a", "e")) else "")


def _case(like: str, word: str) -> str:
    """The word with the first letter's case of another."""
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


# The vosotros form of a "we" verb the restating turned ("seguimos" -> "seguís"); irregular ones first.
_ES_WE = {"somos": "sois", "vamos": "vais", "hemos": "habéis", "damos": "dais", "vemos": "veis"}
_ES_WE_END = (("amos", "áis"), ("emos", "éis"), ("imos", "ís"))
# A note's "they" verb said to a customer's side addressed with vosotros ("si firman" -> "si firmáis").
_ES_THEY = {"firman": "firmáis", "quieren": "queréis", "necesitan": "necesitáis", "piden": "pedís",
            "aceptan": "aceptáis", "buscan": "buscáis", "tienen": "tenéis", "prefieren": "preferís", "pagan": "pagáis",
            "pueden": "podéis", "deciden": "decidís", "siguen": "seguís", "esperan": "esperáis", "van": "vais",
            "son": "sois", "están": "estáis", "planean": "planeáis", "usan": "usáis", "trabajan": "trabajáis",
            "reservan": "reserváis", "confirman": "confirmáis", "compran": "compráis", "contratan": "contratáis",
            "eligen": "elegís", "organizan": "organizáis", "cuentan": "contáis", "desean": "deseáis",
            "solicitan": "solicitáis", "retiran": "retiráis", "piensan": "pensáis", "vienen": "venís",
            "llegan": "llegáis", "empiezan": "empezáis", "cierran": "cerráis", "abren": "abrís"}


def _vosotros(we: str) -> str:
    """The vosotros form of a Spanish "we" verb ("organizamos" -> "organizáis"), or "" when it is none."""
    low = we.lower()
    if low in _ES_WE:
        return _ES_WE[low]
    return next((low[:-4] + end for ending, end in _ES_WE_END if low.endswith(ending) and len(low) > 5), "")


def to_informal(text: str, quote: str, language: str, spain: bool = False, note: bool = False) -> str:
    """A restated text in the informal register: only the words the restating changed or added are turned; in
    Spain the customer's side in the plural is vosotros (`note`: a call note's "they" is that side too)."""
    if language not in ("de", "fr", "es") or not text:
        return text
    spans = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    said = [s[2].lower() for s in spans]
    heard = [w.lower() for w in _WORD.findall(quote or "")]
    matcher = SequenceMatcher(a=heard, b=said, autojunk=False)
    changed = {j for tag, _, _, j1, j2 in matcher.get_opcodes() if tag != "equal" for j in range(j1, j2)}
    # the customer's own word each turned word stands for ("organizan" for "Organizamos"), where the run is as long
    was = {j1 + k: heard[i1 + k] for tag, i1, i2, j1, j2 in matcher.get_opcodes()
           if tag == "replace" and i2 - i1 == j2 - j1 for k in range(j2 - j1)}
    out: dict[int, str] = {}
    # "Organizamos nuestras jornadas" turned to "organizan sus jornadas": the plural speaks of the customer's side
    # (ustedes), whose "sus" stays; "tus" beside "organizan" would mix two registers
    plural = language == "es" and bool(re.search(r"\w(?:amos|emos|imos)\b|\b(?:somos|nos)\b", quote or "", re.I))
    for j, (start, _, word) in enumerate(spans):
        low, nxt = word.lower(), (said[j + 1] if j + 1 < len(said) else "")
        before = text[:start].rstrip()
        opens = not before or before.endswith((".", "!", "?", ":"))
        if language == "es" and j == 0 and low in _ES_NOTE_VERBS and _es_verb(low):
            out[j] = _case(word, _es_verb(low))  # "quiere 12 camiones" (usted) -> "quieres 12 camiones"
        if spain and note and low in _ES_THEY and j not in changed:
            out[j] = _case(word, _ES_THEY[low])  # a note's "si firman antes del 15" -> "si firmáis ..."
        if j not in changed:
            continue
        if language == "de":
            if word == "Sie":
                verb = _de_verb(nxt) if nxt else ""
                if verb and j + 1 < len(spans):
                    out[j], out[j + 1] = _case(word, "du") if opens else "du", verb
                else:
                    out[j] = "dich"
            elif low in _DE and (word[:1].isupper() or low == "sich") and j not in out:
                out[j] = _case(word, _DE[low]) if opens else _DE[low]
        elif language == "fr":
            if low == "vous":
                if nxt in _FR_VERB or (nxt.endswith("ez") and j + 1 in changed) or nxt.endswith("iez"):
                    form = _FR_VERB.get(nxt) or (nxt[:-3] + "ais" if nxt.endswith("iez") else nxt[:-2] + "es")
                    out[j], out[j + 1] = _case(word, "tu"), form
                elif j and said[j - 1] in ("je", "nous", "on", "il", "elle", "ne"):
                    out[j] = _case(word, "t'" if nxt[:1] in "aeiouéèêhy" else "te")  # "je vous envoie" -> "je t'envoie"
                else:
                    out[j] = _case(word, "toi")
            elif low in _FR:
                form = "ta" if low == "votre" and _FR_FEMININE.search(nxt) and nxt[:1] not in "aeiouéèêh" else _FR[low]
                out[j] = _case(word, form)
        elif language == "es":
            if spain and plural and _vosotros(was.get(j, "")):
                out[j] = _case(word, _vosotros(was[j]))  # "organizan" -> "organizáis"
                continue
            if spain and plural and was.get(j, "").startswith("nuestr"):
                out[j] = _case(word, "v" + was[j][1:])  # "nuestras jornadas" -> "vuestras jornadas"
                continue
            if spain and plural and was.get(j) == "nos" and low == "les":
                out[j] = _case(word, "os")  # "nos interesa" -> "os interesa"
                continue
            if low in ("su", "sus") and plural and any(k in changed and said[k].endswith(("an", "en"))
                                                       for k in range(j)):
                continue
            if low in _ES:
                out[j] = _case(word, _ES[low])
            elif j and said[j - 1] in ("usted", "tú") and _es_verb(low):
                out[j] = _es_verb(low)
    if not out:
        return text
    pieces, last = [], 0
    for j, (start, end, _) in enumerate(spans):
        if j in out:
            pieces += [text[last:start], out[j]]
            last = end
    pieces.append(text[last:])
    return re.sub(r"\b([tT]')\s+", r"\1", "".join(pieces))  # "t' envoie" -> "t'envoie"


def informal_state(state: State) -> State:
    """The state with every restated text of the customer's or a note's in the informal register."""
    if not is_informal(state):
        return state
    spain = state.tz in _SPAIN
    items = tuple(replace(i, text=to_informal(i.text, i.quote, state.language, spain, i.direction == "note"))
                  if i.text and i.direction != "outbound" and i.kind != "register" else i for i in state.items)
    return replace(state, items=items)

"""German, French and Spanish points restated to the customer: "wir planen" -> "Sie planen", "Veut un devis" ->
"vous voulez un devis", "nuestro presupuesto" -> "su presupuesto".

The customer is addressed formally (Sie, vous, usted/ustedes). Only pronouns, possessives and the verb right after
them change, so every other word (and every figure) stays the source's and still grounds. When a sentence cannot
be turned safely (it speaks to the rep, or its verb form is not known) the result is "" and nothing is restated.
"""
from __future__ import annotations

import re

from followup.drafting.handover import contact_cut
from followup.drafting.ownwords import dative_turned, fr_joined_turned
from followup.drafting.words import PAREN, trim_end

NOTE_PROMISE = re.compile(  # a note's promise of the rep's: a verb of sending or calling, its subject often dropped
    r"^(?:i |we )?(?:promised to|will|to|need to)?\s*(?:send|sending|email|emailing|call|calling|follow up|"
    r"schicke|sende|schicken|senden|melde|rufe|j'envoie|envoie|envoyer|je renvoie|rappeler|je rappelle|"
    r"je lui envoie|le envío|envío|enviar|mando|mandar|llamar|le llamo|llamo)\b", re.I)


_PROMISE_LEAD = {
    "en": ("I'll ", r"^(?:i |we )?(?:promised to|will|to|need to)?\s*(?:sending|send)\s+(?:him|her|them)?\s*", "send you "),
    "de": ("Ich ", r"^(?:schicke|sende|schicken|senden)\s+(?:ihm|ihr|ihnen)?\s*", "schicke Ihnen "),
    "fr": ("Je ", r"^(?:j'envoie|envoie|envoyer|je (?:lui |leur )?(?:envoie|renvoie))\s+(?:lui |leur )?", "vous envoie "),
    "es": ("", r"^(?:le |les )?(?:envío|enviar|mando|mandar)\s+(?:le |les )?", "Le envío "),
}


_PROMISE_INSIDE = {
    "en": (re.compile(r"\b(?:told (?:him|her|them) (?:I'?d|I would|we'?d)|promised to|I'?ll|I will|"
                      # the customer asking for it on the call: "she said send the LOI Monday", "he asked us to send"
                      r"(?:she|he|they) (?:said(?: to)?|asked (?:me|us) to|wants? (?:me|us) to))\s+"
                      r"(?P<verb>send|confirm|call|email|get|share|forward|book|schedule|set up|follow up)\b(?P<rest>.*)",
                      re.I), "I'll {verb}{rest}"),
    "fr": (re.compile(r"\b(?:je (?:lui |leur )?(?:envoie|enverrai|renvoie|transmets)|lui envoyer|(?:lui )?"
                      r"renvoyer)\b(?P<rest>.*)", re.I), "Je vous envoie{rest}"),
    "es": (re.compile(r"\b(?:se (?:los|las|lo|la) mando|le mando|le envío|se (?:los|las|lo|la) envío|mandarle|"
                      r"enviarle|(?:dijo|pidió|pide) que (?:se (?:los|las|lo|la) |le )?(?:mande|envíe|mandemos|"
                      r"enviemos))\b(?P<rest>.*)", re.I), "Le envío{rest}"),
    "de": (re.compile(r"\b(?:schicke|sende|schicken|senden) (?:ihm|ihr|ihnen)\b(?P<rest>.*)", re.I),
           "Ich schicke Ihnen{rest}"),
}


def promise_inside(quote: str, language: str) -> str:
    """A promise told on the call inside a note clause ("told him I'd confirm X by noon"), in the rep's voice."""
    pattern, form = _PROMISE_INSIDE.get(language, _PROMISE_INSIDE["en"])
    m = pattern.search(PAREN.sub("", quote))
    if not m:
        return ""
    rest = m.group("rest").rstrip(" .;:,")
    if len(rest.split()) < 1:
        return ""
    return form.format(verb=(m.groupdict().get("verb") or "").lower(), rest=rest)


FOREIGN_SWAP = {  # the customer's possessives turned to the rep's, per language other than English ("unser": "Ihr")
    "de": {"unser": "Ihr", "unsere": "Ihre", "unseren": "Ihren", "unserem": "Ihrem", "unserer": "Ihrer",
           "unseres": "Ihres", "mein": "Ihr", "meine": "Ihre", "meinen": "Ihren", "meinem": "Ihrem", "meiner": "Ihrer"},
    "fr": {"notre": "votre", "nos": "vos", "mon": "votre", "ma": "votre", "mes": "vos"},
    "es": {"nuestro": "su", "nuestra": "su", "nuestros": "sus", "nuestras": "sus", "mi": "su", "mis": "sus"},
}


def promise(quote: str, language: str) -> str:
    """A call note's promise ("Schicke ihm bis Freitag das Angebot") in the rep's voice to the customer."""
    lead, pattern, verb = _PROMISE_LEAD.get(language, _PROMISE_LEAD["en"])
    text = PAREN.sub("", quote).strip().rstrip(" .;:,")
    m = re.match(pattern, text, re.I)
    if not m:
        return ""
    rest = text[m.end():].strip()
    if not rest:
        return ""
    rest = with_article(rest, language) if language in ("fr", "de") else rest  # "soumission écrite": "une ..."
    return (lead + verb + rest) if lead else verb + rest


# Words this short or shorter of a restatement are a scrap, not a point.
MIN_WORDS = 3
# A turned sentence is about the customer's side when a turned word comes this early ("Wechsel zum 1. Juli, Ihr
# alter Steuerberater ..."); later, the sentence is about something else ("Das ist mehr als Sie zahlen").
TURNED_WITHIN = 6

# German: the customer's "wir" takes the same verb form as the formal "Sie"; "ich" forms are looked up or regular.
_DE_PRON = {"wir": "Sie", "uns": "Sie", "unser": "Ihr", "unsere": "Ihre", "unseren": "Ihren", "unserem": "Ihrem",
            "unserer": "Ihrer", "unseres": "Ihres", "ich": "Sie", "mich": "Sie", "mir": "Ihnen", "mein": "Ihr",
            "meine": "Ihre", "meinen": "Ihren", "meinem": "Ihrem", "meiner": "Ihrer", "meines": "Ihres"}


_DE_ICH = {"bin": "sind", "habe": "haben", "hab": "haben", "möchte": "möchten", "kann": "können", "muss": "müssen",
           "will": "wollen", "würde": "würden", "hätte": "hätten", "werde": "werden", "darf": "dürfen", "weiß": "wissen"}


# A note's third person with its subject dropped ("Plant Erweiterung") -> "Sie planen Erweiterung".
_DE_NOTE = {"plant": "planen", "will": "möchten", "möchte": "möchten", "braucht": "brauchen", "benötigt": "benötigen",
            "sucht": "suchen", "hat": "haben", "wünscht": "wünschen", "bevorzugt": "bevorzugen",
            "erwartet": "erwarten", "nutzt": "nutzen", "überlegt": "überlegen", "kann": "können", "muss": "müssen",
            "hätte": "hätten", "würde": "würden", "hofft": "hoffen", "vergleicht": "vergleichen", "wartet": "warten",
            "denkt": "denken", "rechnet": "rechnen", "zahlt": "zahlen", "bekommt": "bekommen", "startet": "starten",
            "entscheidet": "entscheiden", "interessiert": "interessieren sich", "legt": "legen", "findet": "finden"}


_DE_NOTE_POSS = {"sein": "Ihr", "seine": "Ihre", "seinen": "Ihren", "seinem": "Ihrem", "seiner": "Ihrer",
                 "seines": "Ihres", "ihm": "Ihnen"}


_FR_PRON = {"nous": "vous", "notre": "votre", "nos": "vos", "je": "vous", "j'": "vous ", "me": "vous", "m'": "vous ",
            "moi": "vous", "mon": "votre", "ma": "votre", "mes": "vos"}


_FR_VERB = {"avons": "avez", "sommes": "êtes", "faisons": "faites", "disons": "dites", "ai": "avez", "suis": "êtes",
            "veux": "voulez", "peux": "pouvez", "dois": "devez", "sais": "savez", "fais": "faites", "vais": "allez",
            "voudrais": "voudriez", "aimerais": "aimeriez", "souhaiterais": "souhaiteriez", "prends": "prenez",
            "attends": "attendez", "crois": "croyez", "pense": "pensez", "serais": "seriez", "aurais": "auriez",
            "pourrais": "pourriez", "devrais": "devriez", "viens": "venez", "reviens": "revenez"}


_FR_NOTE = {"veut": "voulez", "souhaite": "souhaitez", "cherche": "cherchez", "a besoin": "avez besoin",
            "prévoit": "prévoyez", "demande": "demandez", "préfère": "préférez", "attend": "attendez",
            "pense": "pensez", "compare": "comparez", "hésite": "hésitez", "peut": "pouvez", "doit": "devez",
            "voudrait": "voudriez", "aimerait": "aimeriez", "utilise": "utilisez", "part": "partez",
            "envisage": "envisagez", "dispose": "disposez", "veut savoir": "voulez savoir", "valide": "validez",
            "signe": "signez", "commande": "commandez", "paie": "payez", "paye": "payez", "reçoit": "recevez",
            "organise": "organisez", "lance": "lancez", "travaille": "travaillez", "ouvre": "ouvrez",
            "décide": "décidez", "hésite entre": "hésitez entre"}


# The customer's "on" (their side: "on commence le 11 janvier") in its "vous" form; a regular "-e" verb takes "-z".
_FR_ON = {"a": "avez", "est": "êtes", "va": "allez", "fait": "faites", "dit": "dites", "prend": "prenez",
          "vient": "venez", "sait": "savez", "met": "mettez", "reste": "restez", "part": "partez", "voit": "voyez",
          "finit": "finissez", "choisit": "choisissez", "compte": "comptez", "aimerait": "aimeriez",
          "pourrait": "pourriez", "devrait": "devriez", "voudrait": "voudriez", "préférerait": "préféreriez"}


_FR_NOTE_POSS = {"son": "votre", "sa": "votre", "ses": "vos", "lui": "vous", "leur": "votre", "leurs": "vos"}


_ES_NOTE = {"quiere", "necesita", "busca", "tiene", "prefiere", "pide", "espera", "planea", "está", "puede", "debe",
            "piensa", "compara", "duda", "acepta", "valora", "considera", "cuenta", "usa", "trabaja", "decide",
            "solicita", "desea", "requiere", "prevé", "quisiera", "paga", "gestiona", "tendría", "va"}


_ES_PRON = {"nuestro": "su", "nuestra": "su", "nuestros": "sus", "nuestras": "sus", "mi": "su", "mis": "sus",
            "nos": "les", "me": "le", "nosotros": "ustedes", "nosotras": "ustedes", "yo": "usted"}


_ES_VERB = {"tenemos": "tienen", "queremos": "quieren", "podemos": "pueden", "preferimos": "prefieren",
            "somos": "son", "estamos": "están", "vamos": "van", "pensamos": "piensan", "empezamos": "empiezan",
            "venimos": "vienen", "decimos": "dicen", "seguimos": "siguen", "pedimos": "piden", "contamos": "cuentan",
            "encontramos": "encuentran", "volvemos": "vuelven", "entendemos": "entienden",
            "necesito": "necesita", "tengo": "tiene", "quiero": "quiere", "puedo": "puede", "busco": "busca",
            "soy": "es", "estoy": "está", "prefiero": "prefiere", "voy": "va", "pienso": "piensa", "espero": "espera",
            "tendría": "tendría", "quisiera": "quisiera", "necesitaría": "necesitaría", "planeo": "planea"}


# Words that address the rep: a sentence with one of them cannot be turned without confusing who is who.
_TO_REP = {"de": re.compile(r"(?<!^)\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|du|dich|dir|euch|euer)\b"),
           "fr": re.compile(r"\b(?:vous|votre|vos|tu|te|ton|ta|tes)\b", re.I),
           "es": re.compile(r"\b(?:usted|ustedes|vuestro|vuestra|vosotros|tú|te|tu|tus)\b", re.I)}


# Words a turned sentence opens with when it is about the customer's side.
_TURNED = {"Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ihnen", "vous", "votre", "vos", "Vous", "Votre",
           "Vos", "su", "sus", "Su", "Sus", "les", "le"} | set(_ES_VERB.values()) | {
    v for v in ("tienen", "quieren", "pueden", "necesitan", "buscan", "esperan", "usan", "planean", "prefieren")}


_WORD = re.compile(r"[^\W\d_]+(?:['’](?=[^\W\d_]))?", re.U)


# A noun-led shorthand of a note ("Budget ca. 60.000 €") and how each language says it is the customer's.
_NOUN_FIGURE = re.compile(r"^(?P<noun>budget|budgetrahmen|presupuesto|etat)\s*[:=]?\s*(?P<rest>(?:ca\.?|env\.?|aprox\.?|"
                          r"~|max\.?|maximal|maximum|máximo|jusqu'à|bis|hasta)?\s*\d.*)$", re.I)


_NOUN_FORM = {"de": "Ihr {noun} liegt bei {rest}", "fr": "votre {noun} est de {rest}", "es": "su {noun} es de {rest}"}


def _sub_words(text: str, table: dict[str, str]) -> str:
    """Replace whole words by the table (case-insensitive key), keeping everything between them."""
    def one(m: re.Match[str]) -> str:
        """One word, replaced when the table has it."""
        word = m.group(0)
        rep = table.get(word.lower().replace("’", "'"))
        return word if rep is None else rep
    return _WORD.sub(one, text)


def _fr_ez(verb: str) -> str:
    """The vous form of a nous form: "demandons" -> "demandez", "protégeons" -> "protégez", "commençons" -> "commencez"."""
    stem = verb[:-3]
    return (stem[:-1] if stem.endswith("ge") else stem[:-1] + "c" if stem.endswith("ç") else stem) + "ez"


def _fr_on(verb: str) -> str:
    """The "vous" form of a verb after "on" ("commence" -> "commencez", "veut" -> "voulez"), or "" when unknown."""
    low = verb.lower()
    known = _FR_ON.get(low) or _FR_NOTE.get(low)
    if known:
        return known
    return low + "z" if low.endswith("e") and len(low) > 3 else ""


def customer_said(quote: str, language: str) -> str:
    """A customer's own sentence turned to them ("wir planen unsere Feier" -> "Sie planen Ihre Feier"), or ""."""
    text = original = re.sub(r"^(?:wichtig|important|importante|note|nb|ps|p\.s\.)\s*:\s*", "",
                             trim_end(contact_cut(quote)), flags=re.I)  # the person, never their address
    if "?" in text or language not in _TO_REP or _TO_REP[language].search(text):
        return ""
    if language == "de":
        # "ich brauche" -> "Sie brauchen": a known form, else a regular -e verb
        def ich(m: re.Match[str]) -> str:
            """The verb of "ich"/"wir" in the formal second person."""
            verb = m.group("verb")
            form = _DE_ICH.get(verb.lower()) or (verb + "n" if verb.endswith("e") else None)
            return f"Sie {form}" if form else m.group(0)
        text = re.sub(r"\b[Ii]ch\s+(?P<verb>[^\W\d_]+)", ich, text)
        text = re.sub(r"\b(?P<verb>[^\W\d_]+)\s+ich\b",
                      lambda m: f"{_DE_ICH.get(m.group('verb').lower(), m.group('verb'))} Sie", text)
        out = _sub_words(dative_turned(text), _DE_PRON)  # "bei uns" -> "bei Ihnen", never "bei Sie"
        if re.search(r"\bich\b", out, re.I):
            return ""
    elif language == "fr":
        text = re.sub(r"\b([Nn]ous)\s+((?:ne |n'|en |y |le |la |les |l')?)([^\W\d_]+ons|sommes)\b",
                      lambda m: f"vous {m.group(2)}{_FR_VERB.get(m.group(3).lower(), _fr_ez(m.group(3)))}", text)
        text = re.sub(r"\b(?:[Jj]e\s+|[Jj]['’])((?:ne |n'|en |y )?)([^\W\d_]+)\b",
                      lambda m: (f"vous {m.group(1)}{_FR_VERB[m.group(2).lower()]}" if m.group(2).lower() in _FR_VERB
                                 else (f"vous {m.group(1)}{m.group(2)}z" if m.group(2).lower().endswith("e")
                                       else m.group(0))), text)
        # "on commence le 11 janvier" -> "vous commencez ...": the customer's "on" is their side, like "nous"
        text = re.sub(r"\b[Oo]n\s+((?:ne |n'|en |y )?)([^\W\d_]+)\b",
                      lambda m: (f"vous {m.group(1)}{_fr_on(m.group(2))}" if _fr_on(m.group(2)) else m.group(0)), text)
        out = fr_joined_turned(_sub_words(text, {k: v for k, v in _FR_PRON.items() if "'" not in k}))
        out = re.sub(r"(?<![^\s,])pis\s+(?=(?:vous|tu)\b)", "", out, flags=re.I)  # spoken "pis" (then) before the turned clause
        if re.search(r"\b(?:je|j['’]|on)\b", out, re.I):
            return ""
    else:
        text = re.sub(r"\b[Nn]os\s+(?=[^\W\d_]+(?:amos|emos|imos)\b)", "se ", text)  # "nos quedamos" -> "se quedan"
        text = re.sub(r"\b([^\W\d_]+)(amos|emos|imos)\b",
                      lambda m: _ES_VERB.get(m.group(0).lower(), m.group(1) + ("an" if m.group(2) == "amos" else "en")),
                      text)
        out = _sub_words(text, {**_ES_VERB, **_ES_PRON})
        # "nos la entreguen" -> "se la entreguen": le/les before lo/la/los/las is "se" (never "les la")
        out = re.sub(r"\b[Ll]es?\s+(?=l[oa]s?\b)", "se ", out)
        if re.search(r"\byo\b", out, re.I):
            return ""
    out = out.strip()
    if not any(w in _TURNED | {"se"} for w in re.findall(r"[^\W\d_]+", " ".join(out.split()[:TURNED_WITHIN]))):
        return ""  # the customer's side is not what the sentence is about ("Das ist mehr als wir zahlen")
    if len(out.split()) < MIN_WORDS or out == original and not re.search(r"\b(?:Sie|vous|votre|vos|su|sus|usted)\b", out):
        return ""  # nothing was turned: the sentence is about something else, not the customer's side
    return out[:1].upper() + out[1:] if language == "de" else out[:1].lower() + out[1:]


# The indefinite article a note's bare singular noun takes, by the noun's ending (a compound by its last part), where
# the ending tells the gender and the number: "Will eigene Waschanlage" -> "eine eigene Waschanlage", "Veut
# installation" -> "une installation". An ending a plural shares ("Trockner", "Muster") or unknown gets none.
_ARTICLE_BY_ENDING = {
    "de": ((r"(?:ung|heit|keit|ion|tät|schaft|anlage|maschine|pumpe|halle|karte|liste|rechnung|garantie|station|"
            r"leitung|heizung|waage|presse|säge|mühle|lösung|beratung|offerte)$", "eine"),
           (r"(?:vertrag|antrag|auftrag|termin|besuch|rabatt|katalog|vorschlag|voranschlag|rückruf|zaun|kran|tank)$",
            "einen"), (r"(?:angebot|gerät|modell|system|paket|dach|fahrzeug|konzept|ment)$", "ein")),
    "fr": ((r"(?:tion|sion|ure|ette|ance|ence|ité|ie|ise|ade)$", "une"), (r"(?:ment|age|isme|\weau)$", "un")),
}
# What already stands where an article would: a determiner, a preposition, a number, a pronoun, a verb's infinitive.
_NO_ARTICLE = {"de": re.compile(r"^(?:der|die|das|den|dem|des|ein\w*|kein\w*|Ihr\w*|unser\w*|mehr|weitere|alle|"
                                r"beide|zu|zum|zur|mit|für|bis|ab|vor|nach|im|am|es|sich|\d)", re.I),
               "fr": re.compile(r"^(?:l[ea]s?\b|l'|une?\b|des?\b|du\b|d'|votre|vos|notre|nos|ce|cet|cette|ces|à|au|aux|"
                                r"en|y|que|qu'|plus|\d|\w+(?:er|ir|oir|re)\b)", re.I)}


def with_article(rest: str, language: str) -> str:
    """A note's bare noun phrase after "Sie möchten" / "vous voulez" with the indefinite article it needs, when the
    head noun's ending tells it; otherwise as it is."""
    words = rest.split()
    if language not in _ARTICLE_BY_ENDING or not words or _NO_ARTICLE[language].match(rest):
        return rest
    # the head noun: German's first capitalised word after at most two adjectives, French's first word
    k = next((n for n, w in enumerate(words[:3]) if w[:1].isupper()), None) if language == "de" else 0
    if k is None or (language == "de" and any(not re.fullmatch(r"[a-zäöü]+(?:e|en|es|er)", w) for w in words[:k])):
        return rest
    head = words[k].strip(",.;:").lower()
    art = next((a for pattern, a in _ARTICLE_BY_ENDING[language] if re.search(pattern, head)), "")
    return f"{art} {rest}" if art else rest


def note_said(quote: str, language: str) -> str:
    """A call note's shorthand about the customer ("Plant Erweiterung", "Veut un devis", "Budget ca. 60.000 €")
    said to them in the formal second person, or "" when the clause does not start that way."""
    text = trim_end(quote)
    if re.search(r"\b(?:avant|après|before|after|antes|después|vorher|davor|danach|dann)$", text, re.I):
        return ""  # "-> veut changer avant": before what the note said before its arrow, no sentence by itself
    m = _NOUN_FIGURE.match(text)
    if m and language in _NOUN_FORM:
        noun = m.group("noun")
        return _NOUN_FORM[language].format(noun=noun if language == "de" else noun.lower(), rest=m.group("rest"))
    subject = re.match(r"^(?:er|sie|il|elle|él|ella|client(?:e)?|kunde|kundin|le client|la cliente|el cliente)\s+", text,
                       re.I)
    if subject and re.search(r"\b(?:ihn|ihm|him|lui|l'a|lo ha|le ha)\b", re.split(r"\s*[:;,]\s|\s[-–]\s",
                                                                                  text[subject.end():])[0], re.I):
        return ""  # "Kunde hat ihn wg. Markenrechtsverletzung abgemahnt": the customer is "ihn", the subject another
    text = text[subject.end():] if subject else text
    words = text.split()
    if not words:
        return ""
    head = words[0].lower()
    possessive = {"de": _DE_NOTE_POSS, "fr": _FR_NOTE_POSS, "es": {"su": "su", "sus": "sus"}}.get(language, {})
    if head in possessive and head not in ("lui", "ihm", "leur") and len(words) >= 3:
        # "son associé veut voir un rapport" -> "votre associé veut voir un rapport": the verb stays third person
        return f"{possessive[head]} {' '.join(words[1:])}"
    if language == "de" and head in _DE_NOTE:
        # ", schick ich nächste Woche": the rep's own shorthand after the customer's wish is the note's, not theirs
        rest = re.split(r",\s*(?=[^\W\d_]+ ich\b)", _sub_words(" ".join(words[1:]), _DE_NOTE_POSS))[0]
        return f"Sie {_DE_NOTE[head]} {with_article(rest, language)}".strip()
    if language == "fr":
        two = " ".join(words[:2]).lower()
        if two in _FR_NOTE:
            return f"vous {_FR_NOTE[two]} {with_article(_sub_words(' '.join(words[2:]), _FR_NOTE_POSS), language)}".strip()
        if head in _FR_NOTE:
            return f"vous {_FR_NOTE[head]} {with_article(_sub_words(' '.join(words[1:]), _FR_NOTE_POSS), language)}".strip()
    if language == "es" and head in _ES_NOTE:
        # usted takes the third person the note already writes: "Quiere 12 camiones" -> "quiere 12 camiones"
        return head + (" " + " ".join(words[1:]) if len(words) > 1 else "")
    return ""


# The rep's own promise in a note or email, in German, French or Spanish ("Antragsformular schicke ich bis Freitag").
COMMIT = re.compile(
    r"\b(?:ich|wir) (?:schicke|sende|schicken|senden|melde|melden|rufe|rufen|werde|werden|bereite|kläre|prüfe|"
    r"aktiviere|buche|reserviere)\b|\b(?:schicke|sende|melde|rufe|kläre|prüfe|bereite|aktiviere|buche) ich\b|"
    r"\b(?:schicken|senden|melden) wir\b|"
    r"\bje (?:vous |lui |leur |te |t')?(?:envoie|enverrai|renvoie|rappelle|rappellerai|reviens|reviendrai|transmets|"
    r"transmettrai|prépare|préparerai|confirme|confirmerai|active|activerai|vérifie|réserve)\b|"
    r"\bj'(?:envoie|enverrai|active|activerai)\b|\bnous (?:vous |te |t')?(?:envoyons|enverrons)\b|"
    r"\b(?:le|les|se lo|se la|se los|se las|te|os|te lo|te la|os lo|os la) "
    r"(?:envío|enviaré|mando|mandaré|paso|pasaré|llamo|llamaré|confirmo|"
    r"confirmaré|preparo|prepararé)\b|\b(?:enviaré|mandaré|llamaré|confirmaré|prepararé|activaré)\b|"
    # finding out and coming back: "Consulto con fábrica si ... y te digo algo", "te aviso en cuanto lo sepa"
    r"\b(?:le|te|os|les) (?:aviso|avisaré|digo algo|diré algo)\b", re.I)


def own_promise(quote: str, language: str) -> str:
    """The rep's promise from a note, said to the customer ("Antragsformular schicke ich bis Freitag" -> "...
    schicke ich Ihnen bis Freitag", "je lui envoie" -> "je vous envoie"), or "" when there is none."""
    text = re.sub(r"\s*\([^()]{0,120}\)", "", quote).strip().rstrip(" .;:,")
    if language not in ("de", "fr", "es") or not COMMIT.search(text):
        return ""
    if language == "de":
        text = re.sub(r"\b(?:ihm|ihr)\b(?=\s)", "Ihnen", text)
        if not re.search(r"\b(?:Ihnen|Sie)\b", text):
            text = re.sub(r"\b(schicke|sende) ich\b", r"\1 ich Ihnen", text, count=1)
            text = re.sub(r"\bich (schicke|sende)\b", r"ich \1 Ihnen", text, count=1)
    elif language == "fr":
        text = re.sub(r"\bje (?:lui|leur) ", "je vous ", text, flags=re.I)
    return text[:1].upper() + text[1:]

"""A call note's promise as the rep's commitment to the customer: "Promised spec sheets + shipping estimate by email by
Friday" -> "I'll send you the spec sheets and the shipping estimate by Friday." (every item of the list, in the four
framing languages)."""
from __future__ import annotations

import re

from followup.drafting.spelledout import AND, spelled
from followup.drafting.wellformed import DAY, NOTE_FRAME

# A call note's promise: "Promised spec sheets + shipping estimate by email by Friday", "versprochen: Angebot bis Do",
# "promis : devis d'ici jeudi", "prometí enviar la ficha el viernes".
_PROMISED = {
    "en": (r"^(?:I\s+)?(?:promised|will send|to send)\s+(?:(?:to\s+)?send\s+)?(?:(?:him|her|them)\s+)?",
           "I'll send you {x}{day}."),
    "de": (r"^(?:(?:hab(?:e)?\s+)?(?:versprochen|zugesagt)\s*:?\s*|schicke (?:ihm|ihr|ihnen)\s+)",
           "Ich schicke Ihnen {x}{day}."),
    "fr": (r"^(?:(?:j'ai\s+)?promis\s*:?\s*(?:d'envoyer\s+|de (?:lui |leur )?envoyer\s+)?|envoyer\s+)",
           "Je vous envoie {x}{day}."),
    "es": (r"^(?:prometí\s+(?:enviar(?:le)?|mandar(?:le)?)?\s*|prometido\s*:?\s*|enviar(?:le)?\s+)",
           "Le envío {x}{day}."),
}
# When a promised thing is due, after it: a day or a day word ("by Friday", "bis morgen", "d'ici demain").
WHEN = re.compile(r"\s+(?:(?:by|on|before|until|bis|am|d'ici|avant|pour|le|el|antes del?|para el|hasta el)\s+)?"
                  r"(?:" + DAY.pattern + r"|tomorrow|today|end of|this week|next week|morgen|heute|nächste woche|"
                  r"demain|aujourd'hui|la semaine prochaine|mañana|hoy|la (?:semana|próxima semana))", re.I)
# A German note puts the verb last: "Unterlagen (Grundriss, Protokolle STWEG) morgen schicken", "Vertrag zu schicken".
_DE_VERB_LAST = re.compile(r"^(?P<x>[A-ZÄÖÜ][^.;:]{2,80}?)\s+(?:zu\s?)?(?:schicken|senden|mailen)$")
# A German note puts the thing first and the rep second: "Revidierte Offerte schicke ich Fr", "Auftragsbestätigung
# sende ich bis Mittwoch"; the day may follow.
_DE_FRONTED = re.compile(r"^(?P<x>[A-ZÄÖÜ][^.;:,]{2,60}?)\s+(?:schicke|sende|maile)\s+ich(?:\s+(?:Ihnen|ihm|ihr|ihnen))?"
                         r"(?P<day>\s+\S.*)?$")
# A bare day after a fronted thing takes German's "am" ("schicke ich Fr" -> "am Fr"), a day word none ("morgen").
_DE_BARE_DAY = re.compile(r"^\s*(?:(?-i:Mo|Di|Mi|Do|Fr|Sa|So)\.?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
                          r"sonntag)\s*$", re.I)
# A note's thing still to send, the verb after it: "contract + SLA to send by Fri", "contrat à envoyer",
# "cotización formal por enviar"; the day may follow.
_TO_SEND = {"en": re.compile(r"^(?P<x>[^.;:]{2,80}?)\s+(?:still\s+)?to\s+(?:be\s+)?(?:send|sent)(?P<day>\s+\S.*)?$", re.I),
            "fr": re.compile(r"^(?P<x>[^.;:]{2,80}?)\s+(?:encore\s+)?à\s+(?:r?envoyer|transmettre)(?P<day>\s+\S.*)?$", re.I),
            "es": re.compile(r"^(?P<x>[^.;:]{2,80}?)\s+(?:a|por)\s+(?:enviar|mandar)(?P<day>\s+\S.*)?$", re.I)}
# A note's thing left pending, then the rep's own to-do to send it: "formal proposal pending: send it after the
# holiday", "Angebot steht noch aus: schicken bis Fr", "proposition en attente : l'envoyer lundi", "la propuesta formal
# queda pendiente: mandarla pasado el festivo".
_PENDING = {"en": re.compile(r"^(?P<x>[^.;:]{2,60}?)\s+(?:is\s+)?(?:still\s+)?(?:pending|outstanding)\s*:\s*"
                             r"send\s+(?:it|them)(?P<day>\s+\S.*)?$", re.I),
            "de": re.compile(r"^(?P<x>[^.;:]{2,60}?)\s+(?:steht|stehen)\s+noch\s+aus\s*:\s*(?:zu\s?)?(?:schicken|senden|"
                             r"mailen)(?P<day>\s+\S.*)?$", re.I),
            "fr": re.compile(r"^(?P<x>[^.;:]{2,60}?)\s+(?:reste|est|restent|sont)\s+en\s+attente\s*:\s*(?:l'|les\s+)"
                             r"(?:envoyer|transmettre)(?P<day>\s+\S.*)?$", re.I),
            "es": re.compile(r"^(?P<x>[^.;:]{2,60}?)\s+(?:queda|quedan|está|están|sigue|siguen)\s+pendientes?\s*:\s*"
                             r"(?:mandarl[oa]s?|enviarl[oa]s?)(?P<day>\s+\S.*)?$", re.I)}
# What is no thing before "to send": a verb whose object the sending is ("need to send", "forgot to send", "il faut
# envoyer") or a preposition ("to Anna to send"); each language's own verbs ("Devis + plan à envoyer" names a plan).
_NO_THING_VERBS = {
    "en": r"need|needs|have|has|had|want|wants|forgot|going|plan|plans|ask|asks|asked|agreed|offered|promised|"
          r"remember|try|will|would|should|must|can",
    "fr": r"faut|dois|doit", "es": r"hay|tengo|debo|pendiente de"}
_NO_THING = {language: re.compile(rf"\b(?:{verbs})\b|^(?:to|an|à|a|para)\s", re.I)
             for language, verbs in _NO_THING_VERBS.items()}
# A person a promise sends to, with no thing named ("will send to Anna").
_TO_PERSON = re.compile(r"(?:to|an|à|a|para)\s+(?-i:[A-ZÄÖÜ])", re.I)
# A list's items are split outside a parenthesis, which stays with its item.
_PARENS = re.compile(r"\([^()]*\)")
BY_MAIL = re.compile(r"\s+(?:by|via|per|par|por)\s+(?:e-?mail|mail|correo(?: electrónico)?|post)\b", re.I)
_DETERMINED = {"en": r"(?:the|a|an|our|your|my|this|these|those|some|all|\d)\b",
               "de": r"(?:der|die|das|den|ein|eine|einen|unser\w*|Ihr\w*|\d)\b",
               "fr": r"(?:le|la|les|l'|un|une|des|notre|nos|votre|vos|\d)",
               "es": r"(?:el|la|los|las|un|una|unos|unas|nuestr\w+|su|sus|\d)\b"}
# The article of the few things a rep promises to send, where a note leaves it out.
_THING = {"de": {"angebot": "das", "datenblatt": "das", "preisliste": "die", "vertrag": "den", "offerte": "die",
                 "broschüre": "die", "rechnung": "die", "zeichnung": "die", "muster": "die", "unterlagen": "die",
                 "grundriss": "den", "protokolle": "die", "pläne": "die", "plan": "den", "exposé": "das",
                 "entwurf": "den", "formular": "das", "bestätigung": "die", "katalog": "den", "zertifikat": "das",
                 "bescheinigung": "die", "nachweis": "den", "liste": "die"},
          "fr": {"devis": "le", "fiche": "la", "contrat": "le", "catalogue": "le", "proposition": "la",
                 "tarif": "le", "brochure": "la", "facture": "la", "plan": "le", "échantillons": "les", "bon": "le",
                 "formulaire": "le", "attestation": "l'", "certificat": "le", "programme": "le", "liste": "la",
                 "convention": "la", "documentation": "la"},
          "es": {"presupuesto": "el", "ficha": "la", "contrato": "el", "catálogo": "el", "propuesta": "la",
                 "cotización": "la", "factura": "la", "muestras": "las", "plano": "el", "lista": "la", "orden": "la",
                 "pedido": "el", "certificado": "el", "formulario": "el", "documentación": "la", "documentos": "los",
                 "programa": "el", "convenio": "el", "borrador": "el", "oferta": "la", "solicitud": "la"}}


def article(item: str, language: str) -> str:
    """A thing to send with its article ("revised quote" -> "the revised quote", "devis" -> "le devis"); "" when the
    article of a German, French or Spanish thing is not known."""
    if re.match(_DETERMINED[language], item, re.I) or (language == "en" and item.split()[0].isupper()):
        return item
    if language == "en":
        return f"the {item}"
    head = item.split()[0].lower()
    art = _THING[language].get(head)
    if art is not None and language in ("fr", "es") and item[:1].isupper():
        item = item[:1].lower() + item[1:]  # "Devis révisé à envoyer": the note's capital starts its line, not a name
    if art is None and language == "de" and re.fullmatch(r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)\s+){1,2}[A-ZÄÖÜ]\w+", item):
        # "Revidierte Offerte": the noun's article, its adjectives in lower case after it ("die revidierte Offerte")
        *adjectives, noun = item.split()
        art = next((a for k, a in sorted(_THING["de"].items(), key=lambda x: -len(x[0])) if noun.lower().endswith(k)),
                   None)
        # the adjective after the article takes its weak ending: "das schriftliche Angebot", "den neuen Vertrag"
        end = "en" if art == "den" or noun.lower().endswith(("unterlagen", "protokolle", "pläne")) else "e"
        weak = [re.sub(r"(?:es|er|en|e)$", "", a.lower()) + end for a in adjectives]
        return f"{art} {' '.join(weak)} {noun}" if art else ""
    if art is None and language == "de":
        # a German compound takes its last part's article ("Ausstellerunterlagen": die, "Hallenplan": den)
        art = next((a for k, a in sorted(_THING["de"].items(), key=lambda x: -len(x[0])) if head.endswith(k)), None)
    return (f"{art}{item}" if art.endswith("'") else f"{art} {item}") if art else ""


def note_promise(quote: str, language: str, dated: bool = True) -> str:
    """A call note's promise as the rep's future commitment with every item of its list ("I'll send you the spec
    sheets and the shipping estimate by Friday."), without its day when dated is False; "" when it is none."""
    lead, form = _PROMISED.get(language, ("", ""))
    m = re.match(lead, quote.strip(), re.I) if lead else None
    last = _DE_VERB_LAST.match(quote.strip().rstrip(" .;")) if language == "de" and not m else None
    fronted = _DE_FRONTED.match(_PARENS.sub("", quote).strip().rstrip(" .;")) if language == "de" and not m \
        and not last else None  # "(von Technik anfordern)": the note's own aside is never said
    front = ""  # "Revidierte Offerte schicke ich Fr" said as "Ich schicke Ihnen die revidierte Offerte am Fr."
    if fronted and (not fronted.group("day") or WHEN.match(fronted.group("day"))):
        day = fronted.group("day") or ""
        front = re.sub(r"^(?:Der|Die|Das|Den)\b", lambda a: a.group(0).lower(), fronted.group("x")) + (
            f" am {day.strip()}" if _DE_BARE_DAY.match(day) else day)
    after = _TO_SEND[language].match(quote.strip().rstrip(" .;")) if language in _TO_SEND and not m else None
    pending = _PENDING[language].match(quote.strip().rstrip(" .;")) if language in _PENDING and not m else None
    after = after or pending
    if not m and not last and not after and not front:
        return ""
    if after and _NO_THING.get(language, _NO_THING["en"]).search(after.group("x")):
        return ""
    if after is pending and after is not None:
        tail = after.group("day") or ""
        if _TO_PERSON.match(tail.strip()) or re.match(r"\s*(?:to|an|à|a|para)\s", tail, re.I):
            return ""  # "pending: send it to the board": sent on, not to the customer
        # its day when the to-do names one plainly ("bis Freitag"); "after the holiday" says none to restate
        thing = re.sub(r"^(?:The|Das|Die|Der|Den|La|Le|Les|L'|El|Los|Las)\b", lambda a: a.group(0).lower(),
                       after.group("x").strip())
        thing = thing[:1].lower() + thing[1:] if re.match(r"[A-Z][a-z]+\s+[a-z]", thing) else thing  # "Formal proposal"
        rest = BY_MAIL.sub("", thing + (tail if re.match(WHEN.pattern + r"\W*$", tail, re.I) else ""))
    elif after:
        thing = after.group("x")
        if language == "en" and re.match(r"[A-Z][a-z]+\s+[a-z]", thing):
            thing = thing[:1].lower() + thing[1:]  # "Order confirmation to send Thu": the note's line starts it
        rest = BY_MAIL.sub("", thing + (after.group("day") or ""))
    else:
        rest = BY_MAIL.sub("", front or (last.group("x") if last else quote.strip()[m.end():].rstrip(" .;")))
        if _TO_PERSON.match(rest):
            return ""  # "send to Anna": a person, not a thing
    act = re.match(r"to\s+(?!send\b)[a-z]+\b", rest) if language == "en" else None
    if act:
        # "Promised to extend validity to 15 January": what the rep will do, not a thing to send
        due = re.search(r"\s+(?:by|on|before|until)\s+\S.*$", rest) if not dated else None
        done = re.sub(r"\b(?:him|her|them)\b", "you", rest[3:due.start() if due else len(rest)])
        return f"I'll {spelled(done, language)}." if len(done.split()) <= 12 and not NOTE_FRAME.search(done) else ""
    day = WHEN.search(rest)
    what = rest[:day.start()] if day else rest
    if not what.strip() or len(what.split()) > 12 or NOTE_FRAME.search(what) or ":" in what:
        return ""
    held = _PARENS.findall(what)
    parts = re.split(r"\s\+\s|,\s+|\s(?:and|und|et|y)\s", _PARENS.sub("\0", what))
    parts = [re.sub("\0", lambda _: held.pop(0), i) for i in parts]  # "Unterlagen (Grundriss, Protokolle)" whole
    items = [article(spelled(i.strip(), language), language) for i in parts if i.strip()]
    if not items or not all(items):
        return ""
    said = ", ".join(items[:-1]) + f" {AND[language]} " + items[-1] if len(items) > 1 else items[0]
    return form.format(x=said, day=(" " + rest[day.start():].strip()) if day and dated else "")

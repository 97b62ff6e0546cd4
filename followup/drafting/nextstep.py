"""Who on the customer's side does the next step, and when, as their newest email says it ("die Abnahme macht unser
Werkstattleiter Herr Kück", "Meine Vertretung ist Herr Scherer", "Morag will send the 2028 accounts tomorrow", "Je vous
laisse joindre notre expert-comptable, M. Lhomme, pour le règlement du plan"): said back in the rep's own words, one
short sentence with the person, their part and its day ("Herr Kück übernimmt die Abnahme am Dienstag, 4. Juni.",
"I'll get in touch with Mr X about the plan rules."), in en/de/fr/es.

The class is read by structure: a named person (a title and a surname, a possessive role before a name, or a first
name as the subject of a sending verb) in the same clause as one of four parts: standing in for the customer, taking
on a step (acceptance, signature, approval, receipt), being the one to contact for a thing, or sending a document.
A person the rep's side names ("your colleague Tom") or the rep's own name is never said."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.latest import customer_emails, echoes
from followup.drafting.sentences import Source, sentence_spans
from followup.text.dates import ES_PLAIN_DAYS, alternation, day_names, month_prefixes

MAX_STEPS = 1  # lines said per draft: the person with their part, the rest of the recap keeps its room
OBJECT_WORDS = 6  # a thing sent or talked about longer than this is a clause, not a thing: left out

_TITLE = r"(?:Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|M\.|Mme|Madame|Monsieur|Sr\.|Sra\.|Señor|Señora|Don|Doña)"
_CAP = r"[A-ZÀ-ÖØ-ÞŁŚŻ][a-zà-öø-ÿąćęłńóśźż'’-]+"
_TITLED = rf"{_TITLE}\s+(?:{_CAP}\s+)?{_CAP}"
# the customer's own possessive and a role noun before a first name ("mi hermana Valentina", "our accountant Morag")
_OWN = r"(?i:our|my|unser\w*|mein\w*|notre|mon|ma|mi|nuestr[oa])"
_OWN_ROLE = rf"{_OWN}\s+(?:[\wäöüéèàíóáñ-]+\s+){{0,2}}?[\wäöüéèàíóáñ-]+,?\s+(?P<r>{_CAP}(?:\s+{_CAP})?)"
# the rep's side ("your colleague Tom", "Ihr Kollege Herr Bauer", "votre collègue", "tu compañero"): not the customer's
_REPS = re.compile(r"\b(?:your|Ihr\w*|dein\w*|votre|vos|ton|ta|tu|su)\s+(?:\w+\s+){0,2}$", re.I)

# A date as a customer writes it: a weekday and/or a day and month, with the preposition that leads it.
_WEEKDAY = f"(?:{alternation(day_names('en', 'de', 'fr', 'es'), without=ES_PLAIN_DAYS)})"
# "may" and "mai" only whole ("maybe", "mail" are words), and "juin", "août" as this reader always took them
_MONTH = f"(?:{month_prefixes('en', 'de', 'fr', 'es', whole=('may', 'mai', 'juin', 'août'))})"
_DAY = (rf"(?:{_WEEKDAY},?\s+(?:the\s+|den\s+|le\s+|el\s+)?)?(?:\d{{1,2}}(?:\.|st|nd|rd|th|er)?\s+(?:de\s+)?{_MONTH}\b|"
        rf"{_MONTH}\s+\d{{1,2}}\b)|\b{_WEEKDAY}\b")
_LEAD = r"(?:on|from|by|am|ab|vom|le|dès le|à partir du|du|el|desde el|a partir del|del)"
_SPAN = re.compile(rf"(?:\b{_LEAD}\s+)?(?P<a>{_DAY})(?:\s+(?:to|until|till|bis|au|jusqu'au|al|hasta el)\s+"
                   rf"(?:(?:and\s+)?including\s+|einschließlich\s+|inclus\w*\s+|incluido\s+)?(?P<b>{_DAY}))?", re.I)

# The four parts, per language: where the person stands in (their role word), takes a step, is to be contacted, sends.
_COVER = re.compile(r"\b(?:cover\w*|stand-?in|standing in|deputy|vertretung|vertritt|vertreten|remplaç\w*|remplace\w*|"
                    r"intérim|suplente|reemplaz\w*|me cubre)\b", re.I)
_STEP = {  # a step's word and the noun the rep names it with
    "en": [(r"accept\w*|sign[- ]off", "the acceptance"), (r"sign(?:s|ing)?\b|signature", "the signing"),
           (r"approv\w*", "the approval"), (r"take delivery|receiv\w*|handover", "taking delivery")],
    "de": [(r"abnahme|nimmt\s+\w+\s+ab", "die Abnahme"), (r"unterschr\w*|unterzeichn\w*", "die Unterschrift"),
           (r"freigabe|gibt\s+\w+\s+frei", "die Freigabe"), (r"annahme|übergabe|nimmt\s+\w+\s+entgegen", "die Annahme")],
    "fr": [(r"réception\w*|réceptionn\w*", "la réception"), (r"sign\w*", "la signature"), (r"valid\w*", "la validation")],
    "es": [(r"recepci\w+|recib\w+", "la recepción"), (r"firm\w+", "la firma"), (r"aprob\w+|aprueb\w+", "la aprobación")],
}
_CONTACT = {"en": r"(?:contact|get in touch with|reach|speak to|talk to)\s+(?:{p})(?:,)?\s+(?P<prep>for|about|on|"
                  r"regarding)\s+(?P<o>[^,.;]+)",
            "de": r"(?:wenden Sie sich|melden Sie sich|kontaktieren Sie)\b[^.]*?(?:{p})\s*,?\s+(?:für|wegen|zu)\s+"
                  r"(?P<o>[^,.;]+)",
            "fr": r"(?:joindre|contacter|appeler|vous adresser à)\s+(?:{p}),?\s+(?:pour|concernant|au sujet d[eu])\s+"
                  r"(?P<o>[^,.;]+)",
            "es": r"(?:contactar a|contactes a|contacte a|comunicarse con|hablar con|llamar a)\s+(?:{p}),?\s+(?:para|"
                  r"sobre|por)\s+(?P<o>[^,.;]+)"}
_SEND = {"en": r"(?:(?:will|'ll|is going to|is to)\s+(?:send|email|forward)|sends|is sending)\s+(?:you\s+|us\s+)?",
         "de": r"(?:schickt|sendet|mailt|reicht)\s+(?:Ihnen\s+|dir\s+|euch\s+|uns\s+)?",
         "fr": r"(?:vous\s+|nous\s+)?(?:envoie|enverra|transmet|transmettra|fera parvenir|fait parvenir)\s+",
         "es": r"(?:te\s+|le\s+|les\s+|nos\s+)?(?:manda|mandará|envía|enviará|pasa|pasará|hace llegar|hará llegar)\s+"}
# Words that end a thing sent: a time word, a reason, another clause.
_OBJ_END = re.compile(r"\s+(?:tomorrow|today|tonight|next|this|later|once|when|as soon|by|before|after|morgen|heute|"
                      r"nächste\w*|bis|vor|nach|sobald|demain|aujourd'hui|prochain\w*|avant|dès|mañana|hoy|"
                      r"próxim\w*|antes|cuando|en cuanto|am|le|el|on)\b", re.I)

_SAY = {"cover": {"en": "{w} covers for you{d}", "de": "{w} vertritt Sie{d}", "fr": "{w} assure votre remplacement{d}",
                  "es": "{w} queda como suplente{d}"},
        "step": {"en": "{w} will handle {o}{d}", "de": "{w} übernimmt {o}{d}", "fr": "{w} s'occupera de {o}{d}",
                 "es": "{w} se encargará de {o}{d}"},
        "contact": {"en": "I'll get in touch with {w} {o}", "de": "ich setze mich mit {w} in Verbindung, für {o}",
                    "fr": "je prendrai contact avec {w} pour {o}", "es": "me pondré en contacto con {w} para {o}"},
        "send": {"en": "{w} will send {o}{d}", "de": "{w} schickt {o}{d}", "fr": "{w} m'enverra {o}{d}",
                 "es": "{w} me enviará {o}{d}"}}
_SPAN_SAY = {"en": (" on {a}", " from {a} to {b}"), "de": (" am {a}", " ab {a} bis {b}"),
             "fr": (" le {a}", " du {a} au {b}"), "es": (" el {a}", " del {a} al {b}")}


def _day(sentence: str, language: str) -> str:
    """The day or span a sentence names, in the rep's words (" vom Freitag, 7. Juni bis 21. Juni"); "" if none."""
    m = _SPAN.search(sentence)
    if not m:
        return ""
    a, b = m.group("a"), m.group("b")
    if language == "de" and not b:
        a = re.sub(r"^(" + _WEEKDAY + r")\b", r"\1", a, flags=re.I)
    plain = re.sub(r"^(?:the|den|le|el)\s+", "", a, flags=re.I)
    return _SPAN_SAY[language][bool(b)].format(a=plain, b=b or "")


def _people(text: str, excluded: set[str]) -> list[tuple[int, int, str]]:
    """Where a sentence names a person of the customer's side, with how the draft names them."""
    out = []
    for m in re.finditer(rf"(?P<t>{_TITLED})|\b{_OWN_ROLE}", text):
        name = m.group("t") or m.group("r")
        at = m.start("t") if m.group("t") else m.start("r")
        if _REPS.search(text[:m.start()]) or set(name.split()) & excluded:
            continue
        out.append((at, at + len(name), name))
    return out


# Words that open a sentence in capitals and name no one ("This email may ...", "Das Team schickt ...").
_FUNCTION = (r"(?:this|that|these|those|the|it|he|she|they|we|i|our|my|someone|everyone|dies\w*|der|die|das|er|sie|"
             r"es|wir|ich|man|jemand|ce|cela|ceci|il|elle|ils|on|nous|je|le|la|les|quelqu'un|este|esta|eso|esto|él|"
             r"ella|ellos|nosotros|yo|el|los|las|alguien)")


def _bare_sender(text: str, language: str, excluded: set[str]) -> tuple[int, int, str] | None:
    """A first name leading a sending verb ("Morag will send", "Valentina te manda"), or None."""
    m = re.search(rf"(?:^|[,;]\s+|\b(?:and|und|et|y)\s+)(?P<n>{_CAP})\s+(?={_SEND[language]})", text)
    if not m or m.group("n") in excluded or re.match(rf"(?:{_WEEKDAY}|{_MONTH}|{_FUNCTION})$", m.group("n"), re.I):
        return None
    return m.start("n"), m.end("n"), m.group("n")


def _thing(rest: str) -> str:
    """The thing a clause names first: up to a comma, a time word or a new clause; "" when too long to be one."""
    thing = re.split(r"[,.;:!?]|\s[-–—]\s|\s+(?:and|und|et|y|but|aber|mais|pero)\s+", rest, maxsplit=1)[0]
    thing = thing[:m.start()] if (m := _OBJ_END.search(thing)) else thing
    thing = _SPAN.sub("", thing).strip()
    return thing if 0 < len(thing.split()) <= OBJECT_WORDS else ""


# A step already done ("Herr Dexheimer hat unterschrieben", "has signed", "a signé", "firmó"): nothing still to come.
_DONE = {"en": r"\b(?:has|have|had|did)\b|\b\w+ed\b", "de": r"\b(?:hat|haben|hatte|hatten|wurde|wurden)\b",
         "fr": r"\b(?:a|ont|avait|avaient)\s+\w+é\b", "es": r"\b(?:ha|han|había|habían)\s+\w+do\b|\w+ó\b"}


def step_line(sentence: str, language: str, excluded: set[str], before: str = "") -> str:
    """A customer's sentence naming who on their side does the next step, in the rep's words; "" when it names none.
    A stand-in's days may stand in the sentence before ("I'm away from 7 June to 21 June. Herr Scherer covers.")."""
    if language not in _SPAN_SAY or sentence.rstrip().endswith("?"):
        return ""
    found = _people(sentence, excluded)
    sender = _bare_sender(sentence, language, excluded)
    day = _day(sentence, language)
    for start, end, who in found:
        clause = _clause_of(sentence, start, end)
        contact = re.search(_CONTACT[language].format(p=re.escape(who) + r"|[^.;]{0,40}?" + re.escape(who)),
                            sentence)
        if contact and (thing := _thing(contact.group("o"))):
            prep = contact.groupdict().get("prep") or ""
            return _SAY["contact"][language].format(w=who, o=f"{prep} {thing}".strip())
        if _COVER.search(clause):
            return _SAY["cover"][language].format(w=who, d=day or _day(before, language))
        if re.search(_DONE[language], clause, re.I):
            continue
        for rx, noun in _STEP[language]:
            # a German noun the customer never wrote is a new capitalised word: only their own noun is said
            if re.search(rf"\b(?:{rx})", clause, re.I) and (language != "de" or noun.split()[-1] in sentence):
                return _SAY["step"][language].format(w=who, o=noun, d=day)
        send = re.match(r",?\s*" + _SEND[language], sentence[end:])
        if send and (thing := _thing(sentence[end + send.end():])):
            return _SAY["send"][language].format(w=who, o=thing, d=day)
    if sender:
        start, end, who = sender
        send = re.match(r"\s*" + _SEND[language], sentence[end:])
        if send and (thing := _thing(sentence[end + send.end():])):
            return _SAY["send"][language].format(w=who, o=thing, d=day)
    return ""


def _clause_of(sentence: str, start: int, end: int) -> str:
    """The clause around a name: from the comma, semicolon or clause word before it to the one after it."""
    left = max(sentence.rfind(c, 0, start) for c in ",;") + 1
    right = min([i for i in (sentence.find(c, end) for c in ",;.") if i >= 0] or [len(sentence)])
    return sentence[left:right]



def next_steps(items: list[Item], ordered: Sequence[Source], cleaned: dict, language: str, excluded: Sequence[str],
               tz: str = "UTC") -> list[Item]:
    """The items with who on the customer's side does the next step in their newest email, as a "latest" line each;
    a fragment another rule cut from the same sentence is replaced by it."""
    if language not in _SPAN_SAY:
        return items
    inbound = customer_emails(ordered, tz)
    if not inbound:
        return items
    src = inbound[-1]
    text = cleaned[(src.kind, src.id)]
    names = {w for n in excluded for w in re.findall(r"[^\W\d_]+", n or "")}
    # a sentence another rule already says whole ("su hermano Lucas se encarga de recibir ...", handover.py)
    held = {i.quote for i in items if i.kind == "constraint" and i.status == "open" and i.text}
    added: list[Item] = []
    before = ""
    for start, end, _, _ in sentence_spans(text, "inbound"):
        quote = text[start:end].strip()
        line, before = step_line(quote, language, names, before), quote
        if not line or echoes(line, text) or quote in held:
            continue
        added.append(Item(kind="nextstep", text=line, quote=quote, source_kind=src.kind, source_id=src.id, at=src.at,
                          direction="inbound"))
        if len(added) >= MAX_STEPS:
            break
    if not added:
        return items
    quotes = {a.quote for a in added}
    kept = []
    for item in items:  # "4. Juni geliefert" cut from the same sentence: its figures are in the new line
        same = item.source_id == src.id and item.direction == "inbound" and item.quote in quotes \
            and item.kind in ("term", "latest", "fact") and item.status == "open"
        line = next(a.text for a in added if a.quote == item.quote) if same else ""
        if same and set(re.findall(r"\d+", item.text)) <= set(re.findall(r"\d+", line)):
            kept.append(replace(item, status="superseded", by=f"message:{src.id}"))
        else:
            kept.append(item)
    return kept + added


def unsaid_steps(steps: Sequence[Item], said: str) -> list[Item]:
    """The next-step lines whose person the draft does not name yet, at most MAX_STEPS."""
    return [i for i in steps if not all(re.search(rf"\b{re.escape(w)}\b", said) for w in re.findall(_CAP, i.text)
                                        if w not in ("Herr", "Frau", "Sie", "Monsieur", "Madame"))][:MAX_STEPS]


__all__ = ["next_steps", "step_line", "unsaid_steps"]

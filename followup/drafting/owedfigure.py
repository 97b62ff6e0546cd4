"""A figure or answer the rep promised and still owes ("Trade-in on the Donalds: I'll have a figure for you by
Friday", "Le contrat de maintenance vous sera chiffré d'ici mardi"): once its day has passed, an answer slot the rep
fills ("[[answer: the figure for the trade-in on the Donalds]]"), never the vague promise again."""
from __future__ import annotations

import re

from followup.drafting.figures import amounts
from followup.drafting.words import content

# A word a slot and a recap line must share (beyond short ones) to be about the same thing.
MIN_SLOT_WORD = 5

# A promise to give a figure said without "I'll": the thing will be priced for the customer ("vous sera chiffré",
# "wird Ihnen beziffert", "le será cotizado", "will be priced for you"); the reader takes it as a commitment.
PRICED_LATER = re.compile(
    r"\bwill be (?:priced|costed|quoted) (?:for|to) you\b|\b(?:wird|werden) Ihnen\b.{0,60}\b(?:beziffert|genannt|"
    r"kalkuliert)\b|\bvous (?:sera|seront) (?:chiffrée?s?|communiquée?s?|indiquée?s?)\b|\bte (?:sera|seront) "
    r"(?:chiffrée?s?|communiquée?s?)\b|\b(?:le|te|les) (?:será|serán) (?:cotizad[oa]s?|informad[oa]s?)\b", re.I)

# The figure a promise names, per language: the noun, and what it is of when the sentence says so.
_NOUN = {
    "en": r"\b(?:a|the|your|our|my)\s+(?:(?:firm|final|exact|revised|new)\s+)?(?P<n>figure|price|value|valuation|cost|"
          r"rate|amount|number)s?\b(?:\s+(?P<p>for|of|on)\s+(?P<of>.+))?",
    "de": r"\b(?:den|einen|Ihren|unseren)\s+(?P<n>Preis|Betrag|Wert|Festpreis)\b(?:\s+(?P<p>für|der|des|zum|zur)\s+"
          r"(?P<of>.+))?",
    "fr": r"\b(?:le|un|votre|notre)\s+(?P<n>prix|chiffre|montant|chiffrage|tarif)\b(?:\s+(?P<p>du|des|de la|de|pour)\s+"
          r"(?P<of>.+)|\s+(?P<p2>de l')(?P<of2>.+))?",
    "es": r"\b(?:el|un|su|tu|nuestro)\s+(?P<n>precio|valor|monto|importe)\b(?:\s+(?P<p>de(?:l)?|para)\s+(?P<of>.+))?",
}
# The verb giving a figure ("I'll have a figure for you", "nenne ich Ihnen", "je vous donne"): no document is sent.
_GIVE = re.compile(r"\b(?:I'll|I will|we'll|we will)\s+(?:have|get|give|send|email|confirm|come back with|"
                   r"get back to you with)\b|\b(?:nenne|schicke|sende|gebe|bestätige)\s+(?:ich\s+)?Ihnen\b|"
                   r"\bich\s+(?:nenne|schicke|sende|gebe|bestätige)\s+Ihnen\b|\bje (?:vous|te) (?:donne|donnerai|"
                   r"communique|communiquerai|envoie|enverrai|confirme|confirmerai|transmets|transmettrai)\b|"
                   r"\b(?:le|te|les) (?:paso|pasaré|envío|enviaré|mando|mandaré|confirmo|confirmaré|doy|daré)\b", re.I)
# Where what the figure is of ends: the day, the condition or the clause after it.
_OF_END = re.compile(r"\s+(?:(?:on|am|le|el)\s+)?(?:monday|tuesday|wednesday|thursday|friday|montag|dienstag|mittwoch|"
                     r"donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|"
                     r"tomorrow|today|morgen|heute|demain|mañana|hoy)\b.*$|"
                     r"\s+(?:by|once|after|when|as soon|before|until|bis|sobald|wenn|nachdem|d'ici|dès|avant|"
                     r"quand|une fois|antes|cuando|en cuanto|una vez)\b.*$|"
                     r"\s+(?:nenne|schicke|sende|gebe|bestätige)\s+ich\b.*$|[,;:.!].*$", re.I)
# What the promise is about when it leads the sentence ("Trade-in on the Donalds:", "Pour la maintenance,").
_TOPIC = re.compile(r"^(?:(?:for|on|regarding|about|as for|zu[rm]?|für|wegen|pour|concernant|quant à|para|sobre|"
                    r"en cuanto a)\s+)?(?P<t>[^:,]{3,60}?)\s*[:,]\s", re.I)
# The thing to be priced, said as the subject of a passive promise ("Le contrat de maintenance ... vous sera chiffré").
_SUBJECT = re.compile(r"^(?P<t>.{3,80}?)\s+(?:will be|(?:wird|werden) Ihnen|vous (?:sera|seront)|te (?:sera|seront)|"
                      r"(?:le|te|les) (?:será|serán))\b", re.I)
# The label of the price of a thing, per language, with its article contracted where the language does.
_PRICE_OF = {"en": "the price of {x}", "de": "Preis für {x}", "fr": "prix {x}", "es": "precio {x}"}
_FIGURE_FOR = {"en": "the {n} for {x}", "de": "{n} für {x}", "fr": "{n} pour {x}", "es": "{n} para {x}"}
# The English things said without an article get one ("trade-in on the Donalds" -> "the trade-in on the Donalds").
_DETERMINED = re.compile(r"^(?:the|a|an|your|our|my|this|these|those|der|die|das|den|dem|des|le|la|les|l'|el|los|"
                         r"las|su|sus)\b", re.I)


def _of(thing: str, language: str) -> str:
    """A thing after "of" in the language ("le contrat" -> "du contrat", "el servicio" -> "del servicio")."""
    if language == "fr":
        return re.sub(r"^(?:le\s+(?=\S)|les\s+|la\s+|l')", lambda m: {"le": "du ", "les": "des ", "la": "de la ",
                                                                       "l'": "de l'"}[m.group(0).strip()],
                      thing, count=1, flags=re.I) if _DETERMINED.match(thing) else f"de {thing}"
    if language == "es":
        return re.sub(r"^el\s+", "del ", thing, count=1, flags=re.I) if re.match(r"el\s", thing, re.I) else f"de {thing}"
    return thing


def _lowered(thing: str) -> str:
    """A thing that led a sentence, said inside one ("Trade-in on the Donalds" -> "trade-in on the Donalds")."""
    return thing[:1].lower() + thing[1:] if not thing[1:2].isupper() else thing


def owed_figure(line: str, language: str) -> str:
    """What figure a rep's promise owes, as an answer slot's words ("the price of the maintenance contract"), or ""
    when the promise gives no figure (a document, a call) or does not say what the figure is for."""
    text = line.strip().rstrip(" .!")
    if language not in _NOUN:
        return ""
    passive = PRICED_LATER.search(text)
    if passive:
        subject = _SUBJECT.match(text)
        thing = _lowered(subject.group("t").strip()) if subject else ""
        if not thing or len(thing.split()) > 10:
            return ""
        thing = thing if language != "en" or _DETERMINED.match(thing) else f"the {thing}"
        return _PRICE_OF[language].format(x=_of(thing, language))
    if not _GIVE.search(text):
        return ""
    noun = re.search(_NOUN[language], text, re.I)  # "Den Preis für die Wartung nenne ich Ihnen": before its verb too
    if noun is None:
        return _confirmed(text, language)
    of = _OF_END.sub("", noun.group("of") or noun.groupdict().get("of2") or "").strip()
    prep = noun.group("p") or noun.groupdict().get("p2") or ""
    if of and len(of.split()) <= 10 and not re.match(r"(?:you|Sie|Ihnen|vous|usted|te|ti)\b", of, re.I):
        return f"{'the ' if language == 'en' else ''}{noun.group('n')} {prep} {of}".replace("' ", "'")
    topic = _TOPIC.match(text)
    if topic is None or _GIVE.search(topic.group("t")):
        return ""
    thing = _lowered(topic.group("t").strip())
    thing = thing if language != "en" or _DETERMINED.match(thing) else f"the {thing}"
    return _FIGURE_FOR[language].format(n=noun.group("n"), x=thing)


# A promise to confirm something, per language, with what it confirms ("Je vous confirme la disponibilité demain",
# "I'll confirm whether roadside covers Portugal"): the answer the rep owes.
_CONFIRM = {"en": r"\bI(?:'ll| will) confirm (?P<x>.+)", "de": r"\b(?:bestätige ich Ihnen|ich bestätige Ihnen) (?P<x>.+)",
            "fr": r"\bje (?:vous|te) (?:confirme|confirmerai) (?P<x>.+)", "es": r"\b(?:le|te) (?:confirmo|confirmaré) (?P<x>.+)"}


def _confirmed(text: str, language: str) -> str:
    """What a promise to confirm owes ("la disponibilité"), or "" when it names nothing."""
    m = re.search(_CONFIRM[language], text, re.I)
    what = _OF_END.sub("", m.group("x")).strip() if m else ""
    return what if 1 <= len(what.split()) <= 10 and re.search(r"[^\W\d_]{4,}", what) else ""


# A promise to find something out, per language, with what it is about and who is asked left out ("I'll check the
# host family question with our underwriters", "Die Frage zur Haftung kläre ich mit der Versicherung", "je vérifie la
# garantie auprès du fabricant", "consulto lo del seguro con la aseguradora").
# (with the coming back said after it: "I'll check on the colour options and come back to you")
_CHECK = {"en": r"\bI(?:'ll| will) (?:check(?: on)?|find out about|look into|ask about) (?P<x>(?:the|your) [^,;:.!?]+?)"
                r"(?:\s+(?:with|at) [^,;:.!?]+?)?(?:\s+and (?:I'll |I will |will )?(?:come back|get back|revert|"
                r"let you know|confirm)\b[^,;:.!?]*)?$",
          "de": r"^(?P<x>(?:die|den|das) [^,;:.!?]+?) (?:kläre|prüfe) ich(?:\s+(?:mit|bei) [^,;:.!?]+?)?"
                r"(?:\s+und melde mich\b[^,;:.!?]*)?$",
          "fr": r"\bje (?:vérifie|vérifierai|vais vérifier) (?P<x>(?:la|le|les|l'|votre) ?[^,;:.!?]+?)"
                r"(?:\s+(?:avec|auprès d[eu']s?) ?[^,;:.!?]+?)?(?:\s+et (?:je )?(?:vous|te) (?:reviens|recontacte|"
                r"tiens au courant)\b[^,;:.!?]*)?$",
          "es": r"\b(?:consulto|averiguo|reviso|verifico) (?P<x>(?:lo del?|el|la|los|las) [^,;:.!?]+?)"
                r"(?:\s+con [^,;:.!?]+?)?(?:\s+y (?:le|te) (?:aviso|confirmo|digo)\b[^,;:.!?]*)?$"}
# A promise to find out without a day is overdue once this many days have gone without the answer.
OPEN_CHECK_DAYS = 14


# The same promise with what it finds out said as a whether-clause, its topic led before it ("On the Welsh checkout,
# I'll check with our developers whether it is ready and come back to you", "Ob wir die Nachtwache übernehmen können,
# kläre ich mit der Disposition", "Je vérifie avec notre monteur si l'accès au toit peut se faire sans nacelle et je
# reviens vers vous", "Miro con el taller si se puede bordar y te digo"): the clause is the answer owed.
_WITH = r"(?:\s+(?:with|at|mit|bei|avec|auprès d[eu']s?|con|en) ?[^,;:.!?]+?)?"
# Whom an English "ask" asks, said as its object ("I'll ask our courier whether they can ..."): they are the "they" of
# the clause after it, named there ("whether our courier can ...").
_ASKED_PARTY = r"(?:(?<=ask)\s+(?P<who>(?:our|the|my)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?))?"
_LED_TOPIC = r"^(?:(?:on|about|regarding|as for|as to|zu[rm]?|wegen|concernant|pour|quant à|sobre|en cuanto a) " \
         r"(?P<t>[^,;:.!?]{2,40}),\s*)?"
_CHECK_WHETHER = {
    "en": _LED_TOPIC + r"I(?:'ll| will) (?:check|find out|confirm|ask|look into)" + _ASKED_PARTY + _WITH
          + r",?\s+(?P<x>(?:whether|if) "
          r"[^;:.!?]+?)(?:,?\s+and (?:I'll |I will |will )?(?:come back|get back|revert|let you know|confirm)\b[^;:.!?]*)?$",
    "de": r"^(?P<x>ob [^;:.!?]+?),\s*(?:kläre|prüfe|frage|erfrage) ich\b[^;:.!?]*$|" + _LED_TOPIC
          + r"(?:ich )?(?:kläre|prüfe|frage)(?: ich)?(?: noch)?" + _WITH + r",?\s+(?P<y>ob [^;:.!?]+?)"
          r"(?:,?\s+und melde mich\b[^;:.!?]*)?$",
    "fr": _LED_TOPIC + r"je (?:vérifie|vérifierai|vais vérifier|me renseigne|demande)" + _WITH + r",?\s+(?P<x>si "
          r"[^;:.!?]+?)(?:,?\s+et (?:je )?(?:(?:vous|te) )?(?:reviens|recontacte|tiens au courant|confirme)\b[^;:.!?]*)?$",
    "es": _LED_TOPIC + r"(?:miro|consulto|averiguo|reviso|verifico|compruebo|pregunto)" + _WITH + r",?\s+(?P<x>si "
          r"[^;:.!?]+?)(?:,?\s+y (?:le|te) (?:aviso|confirmo|digo|cuento)\b[^;:.!?]*)?$",
}
# Words a whether-clause owed has at most (with its topic): a longer one is more than one answer.
MAX_CLAUSE_WORDS = 14


def checked(line: str, language: str) -> str:
    """What a rep's promise to find something out is about, as an answer slot's words ("the host family question",
    "the Welsh checkout: whether it is ready"), or "" when it is no such promise or names nothing."""
    line = line.strip().rstrip(" .!")
    m = re.search(_CHECK.get(language, _CHECK["en"]), line, re.I)
    what = m.group("x").strip() if m else ""
    if not m and (w := re.search(_CHECK_WHETHER.get(language, _CHECK_WHETHER["en"]), line, re.I)):
        topic = w.groupdict().get("t")
        clause = (w.group("x") or w.group("y")).strip()
        if language == "en":  # the point to fill in: "whether our trainer can come", not "if ..."
            clause = re.sub(r"^if\b", "whether", clause, flags=re.I)
        if w.groupdict().get("who"):  # "whether they can do a chilled delivery" of "our courier": named (a modal
            # after "they" keeps its form for any subject)
            clause = re.sub(r"^whether\s+they\s+(?=(?:can|could|will|would|may|might|must|should)\b)",
                            f"whether {w.group('who')} ", clause, flags=re.I)
        what = (f"{topic.strip()}: " if topic else "") + clause[:1].lower() + clause[1:]
        return what if 3 <= len(what.split()) <= MAX_CLAUSE_WORDS and not re.search(r"\d", what) else ""
    return what if 2 <= len(what.split()) <= 10 and not re.search(r"\d", what) else ""


# Words a recap line must share with an owed figure's slot to only name what the slot asks for.
SHARED_WITH_SLOT = 2


def beside_slot(lines: list[str], top: list[str]) -> list[str]:
    """The recap lines without one that only names what a slot owned first asks for ("vous voulez aussi un contrat
    de maintenance 2 ans" beside "[[answer: prix du contrat de maintenance sur 2 ans]]"): the slot says it; a line
    with an amount is a term in force and stays."""
    asked = [{w for w in content(m.group(1)) if len(w) >= MIN_SLOT_WORD}
             for m in re.finditer(r"\[\[answer:\s*([^\]]+)\]\]", " ".join(top))]
    return [line for line in lines if amounts(line) or not any(
        len(words & content(line)) >= SHARED_WITH_SLOT for words in asked)]


# A customer's question led by their reminder that the rep never came back ("Wegen der Ladestation haben Sie sich nicht
# mehr gemeldet - reicht da ein Solarpanel?"): the slot asks what is asked, under its topic.
_CHASED = re.compile(
    r"^(?P<topic>(?:wegen|zu[rm]?|about|regarding|on|as for|pour|concernant|quant à|sobre|respecto a|en cuanto a)\s+"
    r"[^,:;?–—-]{2,50}?\s+)?(?:haben sie sich (?:noch )?(?:nicht|nie) (?:mehr |wieder )?gemeldet|hast du dich (?:noch )?"
    r"nicht (?:mehr )?gemeldet|you (?:never|didn't|did not|haven't|have not) (?:got|gotten|get|come|came) back(?: to "
    r"(?:me|us))?|vous ne (?:m'|nous )?(?:avez|êtes) (?:pas|jamais) (?:revenue?s?|recontacté|répondu)(?: vers (?:moi|nous))?|"
    r"no (?:me|nos) (?:ha|han|has) (?:vuelto a )?(?:respondido|llamado|escrito|contestado))\s*[-–—,:;]\s*(?P<rest>.+)$",
    re.I)


def unchased(question: str) -> str:
    """A question without the reminder that leads it ("Wegen der Ladestation: wir haben oben keinen Strom, reicht da
    ein Solarpanel?"); any other question as it is."""
    m = _CHASED.match(question.strip())
    if m is None:
        return question
    topic = (m.group("topic") or "").strip()
    return f"{topic}: {m.group('rest')}" if topic else m.group("rest")[:1].upper() + m.group("rest")[1:]

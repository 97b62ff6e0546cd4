"""A question paired with the answer given in other words: a call note's point and its answer after an arrow ("Cert
of cleaning for NEA -> yes, we issue", "Boulder q -> rated 250 kJ", "He asked payment in EUR? > ok, EUR 54,500"),
read as one answer, a bare "yes, we issue" said whole ("We issue the certificate of cleaning for NEA."); a request
for an offer answered by a price in any currency; and the rep's direct reply on the one thing a question names."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.figures import PRICE_QUESTION, STATED_PRICE
from followup.drafting.items import Item
from followup.drafting.reading import UNSURE
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.words import PAREN, content, defers_answer, misses_acronym
from followup.text.dates import FOREIGN_WEEKDAYS, MONTHS, WEEKDAYS

# The note's arrow between a point and what was said to it ("->", "→", "=>", a lone ">").
ARROW = re.compile(r"\s*(?:→|->|=>|(?<=[\s?:])>(?=\s))\s*")

# An answer that only puts the question off ("-> MG to check", "-> weiß nicht", "-> à voir"): no answer.
PUT_OFF = re.compile(r"\?|\b(?:i'?d|i'?ll|will) check\b|\bcheck w(?:/|ith)|\bask\b|\bwei(?:ß|ss) nicht\b|\bfragen\b|"
                     r"\bsais pas\b|\bà (?:vérifier|calculer|voir)\b|\bdemander\b|\bno (?:lo )?sé\b|\bconsultar\b|"
                     r"\bpreguntar\b|\bcheck(?:ing)?\b|\ba ver con\b|\bpendiente\b|\bnoch offen\b|\btb[cd]\b|"
                      # the note's own word order: "klär ich mit dem Versicherer", "je vérifie avec", "consulto con"
                     r"\b(?:klär|kläre|prüf|prüfe|frag|frage)\s+ich\b|\bje (?:vérifie|me renseigne)\b|\bconsulto\b", re.I)

# A bare yes with the rep's verb and nothing it acts on ("yes, we issue", "ok, we do"): said with the point it answers.
_BARE_YES = re.compile(r"^(?:yes|yep|ok|okay|sure)\s*[,:]?\s*(?P<who>we|I)\s+(?P<verb>(?!do\b|can\b|will\b)[a-z]+)"
                       r"(?:\s+(?:it|them|that))?\s*[.!]?$", re.I)

# Note shorthand in the point answered, spelled out when it is said ("Cert of cleaning" -> "certificate of cleaning").
_SPELLED = {"cert": "certificate", "certs": "certificates", "docs": "documents", "spec": "specification",
            "specs": "specifications", "qty": "quantity", "approx": "approximately", "mgmt": "management"}

# A point's own label as a note writes it ("Q ammonia or freon", "Boulder q"): no part of what it is about.
_Q_LABEL = re.compile(r"^(?:q|question|frage|pregunta)\s*[:.]?\s+|\s+q\s*[:.?]?$", re.I)


def arrow_units(ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """Every point of a call note with the answer after its arrow, joined ("Boulder q high-tensile mesh rated 250 kJ,
    ok for his 2 t blocks"), as a rep's reply that can answer the customer's question; none whose answer defers."""
    out = []
    for src in ordered:
        if src.direction != "note":
            continue
        text = cleaned.get((src.kind, src.id), "")
        for m in ARROW.finditer(text):
            before = re.split(r"[.;!\n]\s+|^", text[:m.start()])[-1].strip()
            after = re.split(r"(?<=[^\d\s])[.;!](?:\s|$)|\n|\s(?:->|→|=>)\s", text[m.end():])[0].strip()
            if before and after and not PUT_OFF.search(after) and not UNSURE.search(after):
                out.append(Item(kind="reply", text="", quote=f"{before} {after}", source_kind=src.kind,
                                source_id=src.id, at=src.at, direction="note"))
    return out


def _after_arrow(first: Item, then: Item, cleaned: dict) -> str:
    """The note's text from first to then when it writes then right after first with an arrow between; "" if not."""
    text = cleaned.get((first.source_kind, first.source_id), "")
    a = text.find(first.quote)
    b = text.find(then.quote, a + len(first.quote)) if a >= 0 else -1
    lead = re.match(r"\s*(?:→|->|=>|>)\s*", then.quote)  # "> ok, EUR 54,500 alt.": the arrow opens the answer
    gap = text[a + len(first.quote):b].strip() + (lead.group(0).strip() if lead and b >= 0 else "")
    if a < 0 or b < 0 or not ARROW.fullmatch(f" {gap} "):
        return ""
    return text[a:b + len(then.quote)]


def answered_by_arrow(question: Item, then: Item, cleaned: dict) -> bool:
    """Whether a note's own question ("Fire dampers?", "He asked payment in EUR?") is answered after its arrow by
    the next clause, one that does not put it off."""
    return (question.kind == "question" and then.source_id == question.source_id
            and then.source_kind == question.source_kind and then.kind != "unsure" and not then.internal
            and not PUT_OFF.search(then.quote) and not UNSURE.search(then.quote)
            and bool(_after_arrow(question, then, cleaned)))


def said_whole(items: list[Item], cleaned: dict, language: str) -> list[Item]:
    """The items with a note's bare "yes, we issue" after its point's arrow said with that point."""
    if language != "en":
        return items
    out = list(items)
    for n in range(1, len(out)):
        point, said = out[n - 1], out[n]
        if said.direction != "note" or said.kind != "answer" or said.text or point.source_id != said.source_id \
                or point.source_kind != said.source_kind or point.kind not in ("answer", "term") or point.text:
            continue
        yes = _BARE_YES.match(said.quote.strip())
        span = _after_arrow(point, said, cleaned) if yes else ""
        if not span:
            continue
        about = _Q_LABEL.sub("", point.quote.strip().rstrip(" .:"))
        about = " ".join(_SPELLED.get(w.lower(), w.lower() if k == 0 else w) for k, w in enumerate(about.split()))
        if not about or len(about.split()) > 8 or re.search(r"\d", about):
            continue
        out[n] = replace(said, quote=span, text=f"{yes.group('who').lower()} {yes.group('verb')} the {about}")
        out[n - 1] = replace(point, internal=True)  # said in the answer, never again as a scrap of shorthand
    return out


# A currency the shared price pattern does not know: "3 500 FCFA", "₡2.850.000 + IVA", "₦450,000".
# ... or a local sign after the figure, as its country writes it: Madagascar's "11 880 000 Ar", Hungary's "450 000 Ft",
# "12 500 Kč", "3 200 zł", "4 500 kr", "2 300 lei", Morocco's "9 800 DH" (case kept: "ar" or "dh" alone is no sum)
_MORE_CURRENCY = re.compile(r"[₡₦₹₱₩₺₫₴₪₲₵]\s?\d|\d\s?(?:F\s?CFA|FCFA)\b|"
                            r"\d\s?(?:Ar|Ft|Kč|zł|kr|lei|DH|Dhs)(?![\w])")

# Asking for an offer in so many words ("Can you offer?", "Pouvez-vous nous faire une offre ?").
_OFFER_ASK = re.compile(r"\b(?:can|could) you (?:make (?:us|me) )?(?:an )?offer\b|\b(?:pouvez|pourriez)-vous (?:nous |me )?"
                        r"faire une offre\b|\bme (?:puede|podés|puedes) (?:ofertar|hacer una oferta)\b", re.I)

# A reply sentence that gives an answer, not only names the thing ("Die Paletten werden ... angeliefert" does not):
# a figure, a yes or no, or a word of what is possible, needed, included or safe.
GIVES = re.compile(r"\d|\b(?:yes|no|ja|nein|oui|non|sí|no problem|sin problema|kein problem|pas de problème|possible|"
                   r"möglich|posible|included|includes|inclu\w*|inklusive|enthalten|incluid\w*|you need|necessary|"
                   r"nécessaire|nötig|notwendig|necesari\w*|we can|wir können|nous pouvons|podemos|can be|pourront|"
                   r"peut|kann|puede|inbegriffen|im preis drin|safe|certified|suitable|approved|sicher|geeignet|"
                   r"zugelassen|sans danger|adapté|homologué|seguro|apto|certificad[oa])\b", re.I)

# A word a question must have to itself (in no other sentence of its email) to be answered on it alone.
MIN_OWN_WORD = 4


# Month and weekday names: a day shared with the reply is no topic of its own (moved.py settles days).
_CALENDAR = content(" ".join([*MONTHS, *WEEKDAYS, *FOREIGN_WEEKDAYS]))


# A request to be sent an offer: "Please send offer with measures", "Schicken Sie uns ein Angebot", "Envoyez-nous un
# devis", "Envíenos una cotización". Only the rep's email with a price answers it (a note's price is not yet sent).
SEND_OFFER = re.compile(
    r"\b(?:send|email|mail)\s+(?:(?:us|me)\s+)?(?:(?:an?|the|your)\s+)?(?:offer|quote|quotation|proposal|price list)\b|"
    r"\b(?:schicken|senden|schick|sende)\s+(?:Sie\s+)?(?:uns|mir)\s+(?:bitte\s+)?(?:ein|Ihr)\s+Angebot\b|"
    r"\benvoy(?:ez|er)-?(?:nous|moi)?\s+(?:une offre|un devis|votre offre|votre devis)\b|"
    r"\b(?:env[ií](?:e|en)nos|env[ií]eme|mándenos|mandar)\s+(?:una oferta|un presupuesto|una cotización)\b", re.I)


def asks_price(question: str) -> bool:
    """Whether a question asks what it costs or for an offer."""
    return bool(PRICE_QUESTION.search(question) or _OFFER_ASK.search(question))


def states_price(sentence: str) -> bool:
    """Whether a sentence states a price, in any currency."""
    return bool(STATED_PRICE.search(sentence) or _MORE_CURRENCY.search(sentence))


def direct_reply(question: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """The rep's email right after the customer's (before their next) with a sentence on a word only this question
    of that email names ("For uszka you need a second mould set" to "Is possible to do also uszka with same
    machine?"): the source, or ""."""
    later = [o for o in ordered if o.at > question.at and o.direction in ("inbound", "outbound")]
    if not later or later[0].direction != "outbound" or question.direction != "inbound":
        return ""
    rest = cleaned.get((question.source_kind, question.source_id), "").replace(question.quote, " ")
    own = {w for w in content(question.quote) if len(w) >= MIN_OWN_WORD} - content(rest) - _CALENDAR
    reply = cleaned.get((later[0].kind, later[0].id), "")
    for a, b in split_sentences(reply):
        sentence = reply[a:b]
        if "?" not in sentence and not defers_answer(sentence) and own & content(sentence) \
                and GIVES.search(sentence) and not misses_acronym(PAREN.sub("", question.quote), sentence):
            return f"{later[0].kind}:{later[0].id}"
    return ""


# A call note's point with its label first: "Kühe: kein Problem", "Quark -> ja", "3 couleurs = +0,80 €/pièce".
_LABELLED = re.compile(r"^(?P<label>[^\W_][^:=>→.?!]{0,40}?)\s*(?::|=|->|→|=>|(?<=\s)>)\s*(?P<said>\S.*)$")

# Words a label may hold at most: a longer lead is a sentence, not the name of a point.
LABEL_WORDS = 3


def labelled_answer(question: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """A later call note's point labelled with what the question is about and answered after the label ("Wie viel
    Strom braucht die Heizung?" and "Strom -> 36 kW"), an answer that does not put it off: the note, or ""."""
    asked = content(PAREN.sub("", question.quote))
    # a label must name something only this question of its email names: "Limpiezas en sábado: ..." is about the
    # cleaning the whole email is about, not the certificate for that cleaning it asks for
    # (a question asked anew in other words, "Mi padre pregunta si ..." asked directly, is not found: all its words)
    email = cleaned.get((question.source_kind, question.source_id), "")
    own = asked - content(email.replace(question.quote, " ")) if question.quote in email else asked
    for note in (o for o in ordered if o.at > question.at and o.direction == "note"):
        for line in re.split(r"(?<=[.!?;])\s+|\n", cleaned.get((note.kind, note.id), "")):
            m = _LABELLED.match(line.strip())
            if m is None or len(m.group("label").split()) > LABEL_WORDS or PUT_OFF.search(m.group("said")) \
                    or UNSURE.search(m.group("said")):
                continue
            label = content(m.group("label")) - _CALENDAR
            if label and all(_names(w, asked) for w in label) and any(_names(w, own) for w in label):
                return f"{note.kind}:{note.id}"
    return ""


def _names(label_word: str, words: set[str]) -> bool:
    """Whether a label's word is one of the words, or the start of one, or one of them starts it."""
    return any(label_word == a or (len(label_word) >= 4 and len(a) >= 4
                                   and (a.startswith(label_word) or label_word.startswith(a))) for a in words)


# A day written with its month, in the four languages ("Mon 18 October", "4 de enero", "8. März", "le 15 février").
_DAY_MONTH = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?P<m>[^\W\d_]{3,10})\b", re.I)


def _days(text: str) -> set[tuple[int, int]]:
    """The (day, month) pairs a text names."""
    out = set()
    for m in _DAY_MONTH.finditer(text):
        month = MONTHS.get(m.group("m").lower().rstrip("."))
        if month and 1 <= int(m.group("d")) <= 31:
            out.add((int(m.group("d")), month))
    return out


# A note's record of what the customer wants ("She wants start 18 Jan"): their wish again, not the rep's answer.
_WISH = re.compile(r"\b(?:wants?|wanted|asks?|asked|would like|prefers?|möchte|wünscht|veut|voudrait|souhaite|"
                   r"demande|quiere|quieren|pide|prefiere)\b", re.I)


def day_confirmed(question: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """A question about one day ("¿Pueden empezar el 4 de enero?") answered by a later rep email or note sentence
    that states that day and asks nothing ("Inicio el 4 de enero confirmado"): the source, or ""."""
    asked = _days(question.quote)
    if len(asked) != 1:
        return ""
    for later in (o for o in ordered if o.at > question.at and o.direction in ("outbound", "note")):
        text = cleaned.get((later.kind, later.id), "")
        for a, b in split_sentences(text):
            sentence = text[a:b]
            if asked <= _days(sentence) and "?" not in sentence and not defers_answer(sentence) \
                    and not _WISH.search(sentence) \
                    and not PUT_OFF.search(sentence) and not UNSURE.search(sentence):
                return f"{later.kind}:{later.id}"
    return ""

"""A promised document the customer says never came ("Nikos did not receive anything yet", "ich habe noch nichts
bekommen"), or a promise to send whose day has passed: owned once, near the top, as sent right away ("I'm sorry
the quotation didn't reach Mr. Stavrou; I'm sending it right away."; no day to ground), never also restated as the
old promise."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Callable, Sequence

from followup.drafting.compounddoc import de_docs
from followup.drafting.items import Item, State
from followup.drafting.owedfigure import OPEN_CHECK_DAYS, checked, owed_figure
from followup.drafting.received import ATTACHED
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.stillchecking import promised_slot
from followup.drafting.words import content
from followup.text.dates import alternation, day_names

# Saying a promised thing has not come, in the four languages ("still waiting the documents you promised").
_MISSING = re.compile(
    r"\b(?:not (?:yet )?(?:arrived|received|come through|reached)|(?:haven't|have not|hasn't|has not|didn't|did not|"
    r"never) (?:yet )?(?:got|gotten|get|received?|seen|see|arrived|came|come)|never (?:arrived|came|reached)|"
    r"still (?:waiting|have(?:n't| not)|no sign)|noch (?:nichts|nicht) (?:da|angekommen|bekommen|erhalten|eingegangen)|"
    r"(?:nicht|nichts) (?:angekommen|bekommen|erhalten)|(?:toujours )?(?:pas|rien) (?:encore )?(?:reçu|arrivé)|"
    r"toujours rien|toujours pas reçu|no (?:me |nos |le )?ha(?:n)? llegado|no (?:he|hemos|ha) recibido|"
    r"todavía no (?:llegó|ha llegado|recib\w+|tenemos)|aún no (?:llegó|ha llegado|recib\w+|tenemos)|"
    r"sigo esperando|seguimos esperando|sigue esperando|siguen esperando|(?:todavía|aún) esperamos|"
    r"still awaiting|attend(?:ons|ent)? toujours|(?:warte|warten|wartet) (?:immer )?noch)\b", re.I)

# A rep's promise to send, and the thing it sends, per language: "I will send the quotation ... to Mr. Stavrou".
_DOC = {
    "en": re.compile(r"\b(?:send|email|e-mail|forward)(?:\s+(?:you|him|her|them))?\s*:?\s+"
                     r"(?:(?P<to2>[A-Z][\w'’-]+)\s+(?=(?:the|a|an|our|your|my)\b))?(?P<doc>.+?)"
                     r"(?:\s+to\s+(?P<to>(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?)?\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?$"),
    # the thing before the verb, with its article or an adjective ("Neue Offerte schicke ich Ihnen bis Montag")
    "de": re.compile(r"^(?P<doc>(?:(?:[Dd](?:ie|as|en)|[Ee]ine?n?|[Uu]nser\w*)\s.+?|[A-ZÄÖÜ][a-zäöüß]+e[nmrs]?"
                     r"(?:\s+[\w-]+){0,3}?\s+[A-ZÄÖÜ][\w-]+))\s+(?:schicke|sende|maile)\s+ich\s+"
                     r"(?:Ihnen|dir|euch)\b|\b(?:schicke|sende|maile)\s+(?:ich\s+)?(?:Ihnen|dir|euch)\s+(?P<doc2>.+)$"),
    "fr": re.compile(r"\b(?:vous|te|t'|lui)\s*(?:envoie|enverrai|transmets|transmettrai|renvoie|fais parvenir|"
                     r"ferai parvenir)\s+(?P<doc>.+)$", re.I),
    "es": re.compile(r"\b(?:le|te|les)\s+(?:envío|enviaré|mando|mandaré|paso|pasaré|hago llegar|haré llegar)\s+"
                     r"(?P<doc>.+)$", re.I),
}

# Day names of the four languages, for a tail that starts with "am"/"el" before one.
_DAYS = alternation(day_names("en", "de", "fr", "es"))

# A day, a "tomorrow" or "as promised" at the end of the thing sent: the day has passed, it is sent right away.
_TAIL = re.compile(r"(?:,?\s+(?:by|on|before|until|tomorrow|today|next|this|later|bis|morgen|heute|nächste|"
                   r"diese|d'ici|avant|demain|aujourd'hui|la semaine|cette|mañana|hoy|antes|esta|la próxima|"
                   # a deadline word whose day was dropped as past ("a más tardar", "spätestens", "au plus tard")
                   r"at the latest|no later than|spätestens|au plus tard|a más tardar|"
                   # "am"/"el" only before a day: "el modelo de contrato" is the second thing sent, not a day
                   rf"(?:am|el)(?=\s+(?:{_DAYS}|\d|próxim\w*|fin\b|nächst\w*|kommend\w*|Ende\b))|"
                   r"as promised|wie versprochen|comme promis|como prometí|"
                   # what it is for: "so you can check the hire wording", "damit Sie ...", "pour que", "para que"
                   r"so (?:that )?you|so you can|damit|pour que|afin que|afin de|para que)\b.*)$", re.I)

# The rep's promise to find out ("I'm checking with our finance partner", "melde ich mich noch", "je vérifie").
_FIND_OUT = re.compile(r"\b(?:I'll (?:check|confirm|find out|get back)|I'm (?:checking|confirming)|kläre ich|prüfe ich|"
                       r"melde (?:ich )?mich|je vérifie|je (?:te|vous) reviens|reviens vers|lo consulto|"
                       r"lo verifico|le aviso|te aviso)\b", re.I)
# A word a slot and such a promise must share (beyond short ones) to be the same open point.
MIN_SLOT_WORD = 5

# A thing this long is no document's name but a sentence the pattern misread.
MAX_DOC_WORDS = 12


def missing(sources: Sequence[Source], cleaned: dict) -> Item | None:
    """The sentence of the customer's newest email that says a promised thing has not come, or None."""
    inbound = [s for s in sources if s.direction == "inbound" and s.kind == "message"]
    if not inbound:
        return None
    src = max(inbound, key=lambda s: s.at)
    text = cleaned.get((src.kind, src.id), src.text or "")
    for a, b in split_sentences(text):
        sentence = text[a:b].strip()
        if _MISSING.search(sentence) and not re.search(r"\b(?:answer|reply|respuesta|réponse|Antwort)\b", sentence,
                                                       re.I):
            # "Nikos did not receive anything yet": the person it did not reach, when a name leads
            who = re.match(r"^(?:(?:M\.|Mr\.?|Mrs\.?|Ms\.?|Herr|Frau|Sr\.|Sra\.)\s+)?(?!(?:We|I|They|Our|Wir|Ich|Nous|"
                           r"Je|Nosotros|Yo|Sie|Er|Il|Elle)\b)[A-ZÀ-Ý][\w'’-]+(?=\s+(?:did|has|"
                           r"hasn't|n'a|hat|no ha|never|still))", sentence)
            return Item(kind="missing", text=who.group(0) if who else "", quote=sentence, source_kind=src.kind,
                        source_id=src.id, at=src.at, direction="inbound")
    return None


# What may follow a send verb in a question that names no thing: when or how, in a word or three without a figure
# ("cette semaine", "ya", "again today", "por correo").
_SEND_TAIL = (r"(?:\s+(?!(?:the|a|an|my|our|your|le|la|les|un|une|des|du|mon|ma|mes|notre|nos|votre|vos|el|los|las|unos?|"
         r"unas?|mi|mis|su|sus|der|die|das|den|dem|ein|eine[nm]?|mein\w*|unser\w*|ihr\w*)\b)[^\W\d_]+){0,3}")

# Asking for the missing thing again without naming it ("Can you send it?", "Pouvez-vous les envoyer ?", "Tu peux me
# l'envoyer ?", "¿Me lo mandas?", "¿Me la puede mandar ya?", "Können Sie es mir schicken?"), or whether it still holds.
_BARE_SEND = re.compile(
    r"^(?:can|could|would) you (?:please )?(?:send|resend|forward)(?: (?:it|them|again))?" + _SEND_TAIL + r"\s*\?$|"
    r"^(?:please )?(?:send|resend) (?:it|them)(?: again)?\s*[.!]?$|"
    r"^(?:et |alors )?(?:(?:pouvez|pourriez)-vous|peux-tu|pourrais-tu|tu peux|tu pourrais|vous pouvez|vous pourriez)\s+"
    r"(?:me |nous |m')?(?:les |le |la |l')?(?:r?envoyer|transmettre|faire parvenir)" + _SEND_TAIL + r"\s*\?$|"
    r"^¿?(?:y )?(?:me|nos) (?:lo|la|los|las) (?:(?:puede|pueden|puedes|podés|podría|podrían|podrías) )?(?:re)?"
    r"(?:mand|envi|enví|pas)\w*" + _SEND_TAIL + r"\s*\?$|"
    r"^¿?(?:y )?(?:puede|pueden|puedes|podés|podría|podrían|podrías)\s+(?:re)?(?:mand|envi|pas)[aá]r(?:me|nos)"
    r"(?:lo|la|los|las)" + _SEND_TAIL + r"\s*\?$|"
    r"^(?:und )?(?:können|könnten|kannst|könntest) (?:sie|du) (?:(?:mir|uns|es|sie|das|die|den|ihn|diese[sn]?) ){0,2}"
    r"(?:bitte )?(?:noch ?mal |nochmals |erneut )?(?:zu)?(?:schicken|senden|mailen|zusenden|zuschicken)\s*\?$|"
    r"^(?:ist das noch aktuell|gilt das noch|is (?:that|this|it) still (?:on|valid|current)|"
    r"c'est toujours (?:d'actualité|valable)|¿?sigue (?:en pie|vigente))\s*\?$", re.I)


def bare_send(question: str) -> bool:
    """Whether a question asks for a thing to be sent without naming it ("¿Me lo mandas?", "Can you send it?")."""
    return bool(_BARE_SEND.match(question.strip()))


# The rep saying a document already went ("was sent", "wurde verschickt", "a été envoyé", "se envió").
_WENT = re.compile(r"\b(?:was|were|has been|have been|went)\s+(?:\w+\s+)?(?:sent|out|emailed)|\bI sent\b|"
                   r"(?:geschickt|verschickt|gesendet|versandt)|(?:a|ont) été envoyée?s?|je vous ai envoyé|"
                   r"se (?:le )?envió|(?:fue|fueron) enviad[oa]s?|le (?:envié|mandé)", re.I)


def _went(item: Item, gone: Item) -> bool:
    """Whether an item is the rep's word that the very thing the customer never got already went."""
    return item.direction == "outbound" and item.status == "open" and item.at < gone.at \
        and bool(_WENT.search(item.quote)) and bool(content(item.quote) & content(gone.quote))


def without_complaint(items: list[Item], gone: Item | None) -> list[Item]:
    """The items without the customer's complaint itself and their bare "can you send?" beside it: the line that
    owns the missing thing answers both."""
    if gone is None:
        return items
    out = []
    went = {f"{i.source_kind}:{i.source_id}" for i in items if _went(i, gone)}
    for item in items:
        same = item.direction == "inbound" and (item.source_kind, item.source_id) == (gone.source_kind, gone.source_id)
        if same and item.status == "open" and (item.quote.strip() in gone.quote or gone.quote in item.quote
                                                or _BARE_SEND.match(item.quote.strip())):
            item = replace(item, status="answered", by=f"{gone.source_kind}:{gone.source_id}")
        elif _went(item, gone):
            # "The policy summary was sent with Declan's note of 9 July", then "I never got it": the line owning it
            item = replace(item, status="answered", by=f"{gone.source_kind}:{gone.source_id}")
        elif item.kind == "commitment" and item.status == "kept" and item.by in went \
                and len(content(item.quote) & content(gone.quote)) >= 2:
            item = replace(item, status="open", by="")  # "I'll send the policy summary", kept by that mail alone
        elif item.direction == "note" and item.status == "open" and item.kind != "commitment" and item.text \
                and content(item.quote) & content(gone.quote) and _PROMISE_TAIL.search(item.text):
            # "Sie möchten Vertrag mit 12 Monaten Laufzeit, schick ich nächste Woche": the owning line sends it
            item = replace(item, text=_PROMISE_TAIL.sub("", item.text))
        out.append(item)
    return out + [gone]


# A note clause's tail promising to send the thing ("..., schick ich nächste Woche", "..., I'll send it Monday", "...,
# je l'envoie lundi", "..., se lo mando el lunes"): once the customer says it never came, the line owning it says it.
_PROMISE_TAIL = re.compile(r"[,;]\s*(?:(?:schick|send|mail)(?:e)? ich|ich (?:schick|send)\w*|(?:I'll|I will|will) send|"
                           r"sending|je (?:l'|les |vous l'|vous les |te l')?(?:envoie|enverrai)|(?:se |te )?(?:lo|la|los|las) "
                           r"(?:mando|envío|mandaré|enviaré))\b.*$", re.I)


# The rep's email keeping part of a promise and saying the rest comes later ("The freight quote and the video will
# follow.", "Le guide d'import Excel et l'attestation suivent."): what it names is still owed.
_FOLLOW = re.compile(r"^(?P<doc>(?:the|le|la|les|l'|die|das|der|el|la|los|las)\b.+?)\s+(?:will follow|to follow|"
                     r"follows?|suivent|suivront|suit|suivra|folgen|folgt|siguen|seguirán|sigue)\b[^.!?]*[.!]?$", re.I)


def followed(items: list[Item], ordered: Sequence[Source], cleaned: dict, today: date) -> list[Item]:
    """The items with what the rep's newest email said would follow, as one owed thing (kind "follow"), when the
    customer has written since or the promise it partly kept is past its day; that sentence is no term then."""
    mails = [s for s in ordered if s.direction == "outbound" and s.kind == "message"]
    src = mails[-1] if mails else None
    late = src is not None and (any(o.direction == "inbound" and o.at > src.at for o in ordered) or any(
        i.kind == "commitment" and i.status == "kept" and i.by == f"{src.kind}:{src.id}" and i.due is not None
        and i.due.date() < today for i in items))
    if not late:
        return items
    text = cleaned.get((src.kind, src.id), "")
    owed_now = []
    for a, b in split_sentences(text):
        m = _FOLLOW.match(text[a:b].strip())
        if m and len(m.group("doc").split()) <= MAX_DOC_WORDS:
            doc = re.sub(r"^Der\b", "den", m.group("doc"))  # "Der Vertrag folgt": "Ich schicke Ihnen den Vertrag"
            owed_now.append(Item(kind="follow", text=doc[:1].lower() + doc[1:], quote=text[a:b].strip(),
                                 source_kind=src.kind, source_id=src.id, at=src.at, direction="outbound"))
    said = {(i.source_kind, i.source_id, i.quote) for i in owed_now}
    return [replace(i, status="superseded", by=f"{i.source_kind}:{i.source_id}")
            if (i.source_kind, i.source_id, i.quote) in said else i for i in items] + owed_now


def _doc(line: str, language: str) -> tuple[str, str]:
    """(the thing a promise sends, whom to when the promise names someone), or ("", "")."""
    m = _DOC.get(language, _DOC["en"]).search(line.strip().rstrip(" .!"))
    if m is None:
        return "", ""
    doc = _TAIL.sub("", m.group("doc") or m.groupdict().get("doc2") or "").strip(" ,;:/")
    to = (m.groupdict().get("to") or m.groupdict().get("to2") or "").strip()
    named = re.search(r"\s+(?:à|a|an)\s+(?P<to>(?:M\.|Mme|Herr|Frau|Sr\.|Sra\.)?\s*[A-ZÀ-Ý][\w'’-]+)$", doc) \
        if language != "en" else None
    if named:
        doc, to = doc[:named.start()], named.group("to").strip()  # "récap écrit à Antoine": to whom it goes
    if language == "de":
        doc = re.sub(r"^(D(?:ie|as|en)|Eine?n?|Unser\w*|[A-ZÄÖÜ][a-zäöüß]+e[nmrs]?(?=\s+[A-ZÄÖÜ]))\b",
                     lambda x: x.group(1).lower(), doc)
    if not doc or len(doc.split()) > MAX_DOC_WORDS or not re.search(r"[^\W\d_]{3,}", doc) or re.match(
            r"(?:à|au|aux|to|an|a|en|para|zu|per|par|por|tomorrow|today|morgen|heute|demain|mañana|hoy|"
            r"with|mit|avec|con|along with|together with|zusammen mit|samt)\b", doc, re.I):
        # "à la bonne adresse": where, not what; "Send tomorrow am": a day, no thing sent; "mit dem Vertrag": what the
        # thing goes with, the thing itself said before the verb
        return "", ""
    return doc, to


# A note's list of what the rep promised ("I promised: layout drawing, energy data ..., all by Monday").
_PROMISED_LIST = re.compile(r"^(?:I\s+)?(?:promised|zugesagt|versprochen|(?:j'ai\s+)?promis|prometí|prometido)\s*:\s*"
                            r"(?P<doc>.+?)(?:,?\s+(?:all|alles|tout|todo)\b.*)?[.!]?$", re.I)
# A thing named with its article or possessive ("the layout"), said in the sentence; a bare list is said after it.
_DETERMINED = re.compile(r"^(?:the|a|an|our|my|your|die|das|den|der|ein|eine|einen|unser\w*|Ihr\w*|le|la|les|l'|un|"
                         r"une|des|notre|nos|votre|vos|el|los|las|una|nuestr\w+|su|sus)\b", re.I)


# The document the customer says they are still waiting for, when no promise of ours could be read as sending it
# ("L'ONG attend toujours la proforma", "still waiting for the revised quote"): a document's name, never a decision.
_AWAITED = re.compile(
    r"^\s*(?:for|on|auf|de)?\s*(?P<doc>(?:the|your|a|die|das|den|der|le|la|les|l'|el|los|las|vuestr[oa]s?|su|sus|votre|vos)"
    r"\s*(?:[\w'’-]+\s+){0,2}?(?:" + de_docs("rechnung", "vertrag", "angebot")  # "die Anzahlungsrechnung"
    + r"|quote|quotation|proposal|offer|contract|invoice|pro ?forma|drawings?|datasheets?|"
    r"brochure|documents?|certificates?|samples?|catalogue|price list|angebot|vertrag|rechnung|unterlagen|"
    r"zeichnung(?:en)?|muster|devis|offre|contrat|facture|échantillons?|cotización|presupuesto|contrato|factura|"
    r"muestras?|catálogo|planos?)\b)", re.I)


def _articled(doc: str, quotes: Sequence[str]) -> str:
    """A thing a note named bare ("neue Offerte") with the article the conversation gives it elsewhere ("Die neue
    Offerte ist nicht angekommen": "die neue Offerte"), or as it was."""
    if not doc or _DETERMINED.match(doc):
        return doc
    for quote in quotes:
        m = re.search(rf"\b({_ARTICLE})\s+{re.escape(doc)}\b", quote, re.I)
        if m:
            article = m.group(1).lower()
            return f"{'den' if article == 'der' else article} {doc}"  # "der Vertrag" is sent as "den Vertrag"
    return doc


# The articles a thing sent can take (English adds "the" itself).
_ARTICLE = r"die|das|den|der|le|la|les|el|los|las"


def names_document(text: str) -> bool:
    """Whether a phrase is a document with its article ("the contract for both practices", "den Vertrag")."""
    return bool(_AWAITED.match(text))


# A name for documents in general ("the documents you promised"): the promise names them better.
_GENERIC = re.compile(r"\b(?:documents?|papers|unterlagen|dokumente|documentos?)\b", re.I)


def _awaited(quote: str) -> str:
    """The document a complaint names after its "still waiting", or before its "has not arrived" ("der Vertrag ist
    bei uns nicht angekommen", "the contract never came"), or ""."""
    m = _MISSING.search(quote)
    doc = _AWAITED.match(quote[m.end():]) if m else None
    if doc is None and m is not None:
        # only in the clause of the complaint: "The invoice arrived, but we still haven't got the chart" names none
        clause = re.split(r"[,;:]|\b(?:but|and|aber|und|mais|et|pero|y)\b", quote[:m.start()])[-1]
        doc = _AWAITED.match(clause)
    return re.sub(r"^[Dd]er\b", "den", doc.group("doc").strip()) if doc else ""  # "den Vertrag" is sent


# A rep's email saying the thing went out with it ("attached", "please find", "anbei", "ci-joint", "adjunto").
# (the words of an email that attaches a thing, received.ATTACHED, and those of one that says it was sent)
_SENT = re.compile("|".join([*ATTACHED.values(), r"\b(?:i(?:'ve| have) sent|sent you|habe ich (?:ihnen|dir) geschickt|"
                                                 r"je vous ai envoyé|le envié|te envié|le hemos enviado)\b"]), re.I)


# The customer saying the rep's email came without it ("nothing was attached to your mail", "kein Anhang dabei", "sans
# pièce jointe", "no venía adjunto"): it was sent and did not arrive, so it goes again.
_NO_ATTACHMENT = re.compile(r"\b(?:nothing (?:was )?attached|no attachment|without (?:the |an |any )?attachment|"
                            r"attachment (?:is |was )?missing|kein(?:en)? Anhang|nichts (?:im Anhang|angehängt)|"
                            r"Anhang fehlt|pas de pièce jointe|sans (?:la )?pièce jointe|pièce jointe manquante|"
                            r"no (?:venía|vino|traía|llegó|tenía) (?:nada |ningún )?adjunt\w*|sin (?:el )?adjunto|"
                            r"no había (?:nada |ningún )?adjunt\w*)", re.I)


def _sending(item: Item) -> bool:
    """Whether an item is the rep's own promise to send something, in the source's words or, for a note's bare "Contract
    to ... by Friday", in the rep's line the state made of it."""
    return item.kind == "commitment" and item.direction in ("outbound", "note") and any(re.search(
        r"\b(?:send|email|forward|schick|mail|r?envo|transm|envi|mand|pas[oa]r?é?)\w*", said, re.I)
        for said in (item.quote, item.text))


def _listed(item: Item) -> str:
    """The things a note's "I promised: ..." list names, or ""."""
    m = _PROMISED_LIST.match(item.quote.strip()) if item.direction == "note" and item.status == "open" else None
    doc = _TAIL.sub("", m.group("doc")).strip(" ,;:") if m else ""
    return re.sub(r"\btheir\b", "your", doc) if doc and len(doc.split()) <= 2 * MAX_DOC_WORDS else ""


def owed(actions: Sequence[tuple[str, Item]], state: State, p: dict, late: Callable[[Item, State], bool],
         sentence: Callable[[str], str], name: str = "",
         questions: Sequence[tuple[str, Item]] = ()) -> tuple[list[str], list[str]]:
    """(the line that owns a missing or late document, said near the top; the rest of the rep's actions as
    sentences). The promise the complaint is about (the one sharing its words, else the newest), or the first late
    one, becomes "I'm sending it right away"; the others, and a promise no document can be read from, are said as before
    ("Sorry for the delay." before the first late one)."""
    gone = next((i for i in state.items if i.kind == "missing"), None)
    found = [(n, i, *_doc(a, state.language)) for n, (a, i) in enumerate(actions) if _sending(i)]
    found += [(None, i, _listed(i), "") for i in state.items if _listed(i)]
    found += [(None, i, i.text, "") for i in state.items if i.kind == "follow"]
    found = [f for f in found if f[2] and ((gone is not None and f[1].at < gone.at) or (gone is None and (
        (f[0] is not None and late(f[1], state)) or f[1].kind == "follow")))]
    if gone is not None:
        about = [f for f in found if content(f[2]) & content(gone.quote)]
        # the thing the complaint names comes before the newest promise about something else
        awaited = [(None, gone, doc, "") for doc in [_awaited(gone.quote)] if doc and not (found and _GENERIC.search(doc))]
        found = about or awaited or sorted(found, key=lambda f: f[1].at)[-1:]
    done = {f[0] for f in found}
    found = list({f[2].lower(): f for f in found}.values())  # promised by email and again in a note: named once
    top: list[str] = []
    owned: set[str] = set()
    if found:
        _, item, doc, to = found[0] if len(found) == 1 else (None, None, f" {p['and']} ".join(f[2] for f in found), "")
        to = (gone.text if gone is not None else "") or to
        to = "" if name and to.split()[-1:] == name.split()[:1] else to  # "à Antoine" is the customer: "you"
        doc = _articled(doc, [i.quote for i in state.items])
        if state.language == "en" and not re.search(r",|\band\b", doc):  # "drawing + PDF": "the drawing and the PDF"
            doc = " and ".join(d if _DETERMINED.match(d) or d[:1].isupper() else f"the {d}"
                               for d in re.split(r"\s+\+\s+", doc))
        plural = len(found) > 1 or bool(re.search(r"\b(?:and|und|et|y)\b|,|s$", doc))
        # "didn't reach you" only when a rep email says it went out; a promise not kept is a delay, never a lost email
        # an email before the promise was made cannot be the one that sent it ("send order form by Fri" in a note)
        since = min((f[1].at for f in found if f[1] is not None and f[1] is not gone), default=None)
        sent = gone is not None and ((bool(_NO_ATTACHMENT.search(gone.quote)) and any(
            i.source_kind == "message" and i.direction == "outbound" and i.at < gone.at for i in state.items)) or any(
            i.direction == "outbound" and (since is None or i.at > since) and (_SENT.search(i.quote) or _WENT.search(i.quote))
            and content(i.quote) & content(doc) & content(gone.quote) and not other_version(i.quote, gone.quote)
            for i in state.items))  # the very thing the complaint names went with an email, not another one of the list
        key = ("missing" if sent else "late_send") + (
            "" if _DETERMINED.match(doc) or not re.search(r",|\b(?:and|und|et|y)\b", doc) else "_list") + (
            "_to" if to else "")
        top.append(p[key].format(doc=doc, x=to, pron="them" if plural else "it"))
        owned = content(doc)
    elif gone is not None and any(_sending(i) and i.at < gone.at for _, i in actions):
        top.append(p["overdue"])  # the promise cannot be read as a thing: the apology, and the promise as it was
    slotted = set().union(*[{w for w in content(i.quote) if len(w) >= MIN_SLOT_WORD} for _, i in questions])
    # "Wegen dem Landesbeitrag melde ich mich noch" beside the Landesbeitrag slot: the slot is the answer to come
    rest = [(a, i) for n, (a, i) in enumerate(actions) if n not in done
            and not (_FIND_OUT.search(a) and slotted & content(a))]
    rest = [(a, i) for a, i in rest if not _sent_again(a, i, actions, state.language)]  # also one owned first
    # the note's "Promised foundation drawings" beside the complaint's drawings owned first: sent once, there
    rest = [(a, i) for a, i in rest if not (owned and (d := content(_doc(a, state.language)[0]))
                                            and (d <= owned or owned <= d))]
    # a figure promised for a day now past is what the rep must give now: a slot they fill, owned once, first
    figures = [(a, i, owed_figure(a, state.language)) for a, i in rest if late(i, state)]
    figures = [f for f in figures if f[2]]
    # an answer promised for a day now past that the customer asked again ("Wegen der Ladestation melde ich mich
    # morgen", then "haben Sie sich nicht mehr gemeldet - reicht ein Solarpanel?"): its slot is owned first too
    put_off = [i for n, (a, i) in enumerate(actions) if n not in done and _FIND_OUT.search(a) and late(i, state)
               and slotted & content(a)]
    again = [q for q, asked in questions if any({w for w in content(asked.quote) if len(w) >= MIN_SLOT_WORD}
                                                & content(i.text or i.quote) for i in put_off)][:1]
    # a promise to find out with no day, weeks old: the answer is what the rep owes now, no apology for a day missed;
    # one whose day has passed too ("I will check if our trainer can come on a Saturday and let you know before
    # Christmas"), its delay owned, unless a customer's slot already asks it (marked as promised: stillchecking.py)
    aged = [(a, i, checked(i.quote if late(i, state) else a, state.language)) for a, i in rest
            if not any(i is f[1] for f in figures) and (
                (not late(i, state) and i.due is None and (state.today - i.at.date()).days >= OPEN_CHECK_DAYS)
                or (late(i, state) and not slotted & content(a)))]
    aged = [f for f in aged if f[2]]
    if figures or again:
        top.append(" ".join([p["overdue"]] * (not top) + [f"[[answer: {f[2]}]]" for f in figures]
                            + [p["slot_lead"]] * bool(again) + again))
        rest = [(a, i) for a, i in rest if not any(i is f[1] for f in figures)]
    slots = {id(i): promised_slot(_asked(x, i, state) or x, state.language) for _, i, x in aged}  # at the promise
    first_late = next((n for n, (_, i) in enumerate(rest) if late(i, state)), None) if not top else None
    return top, [(p["overdue"] + " " if n == first_late else "") + (slots.get(id(i)) or sentence(a))
                 for n, (a, i) in enumerate(rest)]


def _asked(thing: str, promise: Item, state: State) -> str:
    """The customer's own question that a promise to find out names ("the host family question" for "are your host
    families covered if a student damages something?"), as the draft says it to them, or ""."""
    words = {w for w in content(thing) if not re.match(r"(?:quest|frag|cuest|pregun)", w)}
    for q in state.items:
        got = content(q.quote)
        if q.kind == "question" and q.direction == "inbound" and q.at < promise.at and q.text and words and all(
                any(a.startswith(b) or b.startswith(a) for b in got) for a in words):
            return q.text.rstrip(" ?") + "?"
    return ""


# A word that makes the thing awaited a new version of one sent before ("the revised proposal" after "our proposal").
_VERSION = re.compile(r"\b(?:revised|updated|new|amended|corrected|final|überarbeitete[nms]?|aktualisierte[nms]?|"
                      r"neue[nms]?|finale[nms]?|révisée?s?|nouvel(?:le)?s?|nouveaux?|définitive?s?|mise à jour|"
                      r"revisad[oa]s?|actualizad[oa]s?|nuev[oa]s?|definitiv[oa]s?)\b", re.I)


def other_version(sent: str, awaited: str) -> bool:
    """Whether the thing awaited is a version the sent email does not name ("the revised proposal" vs "Attached is
    our proposal"): that one never went, so it is late, not lost."""
    return any(not re.search(rf"\b{re.escape(w)}\b", sent, re.I) for w in _VERSION.findall(awaited))


def _sent_again(line: str, item: Item, lines: Sequence[tuple[str, Item]], language: str) -> bool:
    """Whether a newer line sends the same thing ("Te envío el contrato para firmar antes del viernes 18" beside the
    rep's later "Te mando el contrato"): the thing is promised once, in the newest words."""
    doc = content(_doc(line, language)[0])
    return bool(doc) and any(j.at > item.at and (other := content(_doc(a, language)[0])) and (
        other <= doc or doc <= other) for a, j in lines)

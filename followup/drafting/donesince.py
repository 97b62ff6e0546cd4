"""A line of the rep's that a later source did: a wait or a reminder for what the customer was to send or do ("J'attends
la liste des tailles", "Bitte denken Sie daran, den Förderantrag zu stellen", a note's "Il envoie les tailles") closed
once the customer's later email sends or reports it ("Voici la liste des tailles", "der Förderantrag ist raus"), and a
promise to find something out ("Die Frage zur Förderung kläre ich noch") kept once the customer's question on the same
thing was answered by a later note or email. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.received import ATTACHED
from followup.drafting.sentences import Source, split_sentences

# The rep waiting for, or reminding the customer of, something the customer is to send or do; a note's word that
# the customer will send it.
_AWAITED = re.compile(
    r"\b(?:(?:i'?m|we'?re|i am|we are|still) (?:waiting|awaiting)|awaiting|i look forward to (?:receiving|getting)|"
    r"(?:please )?(?:remember|don't forget|do not forget) to|whenever (?:the|your) .{1,40}? (?:is|are) ready|"
    r"(?:he|she|they) (?:will |'ll )?sends?|"
    r"(?:ich|wir) warten? (?:noch |weiterhin )?auf|ich erwarte|(?:bitte )?denken Sie (?:bitte )?(?:daran|an)|"
    r"vergessen Sie (?:bitte )?nicht|"
    r"(?:er|sie) schickt|schickt (?:er|sie)|"
    r"j'attends|nous attendons|dans l'attente de|n'oubliez pas|(?:merci de )?penser à|pensez à|(?:il|elle) (?:nous )?envoie|"
    r"quedo a la espera|quedamos a la espera|estoy esperando|esperamos (?:su|tu|la|el|los|las)|no olvide|recuerde|"
    r"(?:nos|me) (?:envía|enviará|manda|mandará))\b", re.I)
# The customer's sentence that sends the thing or says it is done ("Here is the size list", "der Antrag ist raus",
# "Voici enfin la liste", "Adjunto el formulario", "ya hemos presentado la solicitud").
_DONE = re.compile(
    r"\b(?:here (?:is|are)|attached|please find|enclosed|i'?ve (?:now )?(?:sent|filed|submitted|signed|done)|"
    r"we'?ve (?:now )?(?:sent|filed|submitted|signed|done)|(?:has|have) (?:now )?been (?:sent|filed|submitted|signed)|"
    r"(?:is|are) (?:now )?(?:in|out|filed|submitted|done)\b|"
    r"anbei|im Anhang|hier (?:ist|sind|kommt|kommen)|(?:ist|sind) (?:jetzt )?(?:raus|eingereicht|gestellt|erledigt|"
    r"unterschrieben|verschickt)|(?:haben|habe) (?:wir |ich )?(?:\w+ ){0,3}(?:eingereicht|gestellt|geschickt|"
    r"unterschrieben|erledigt)|"
    r"voici|ci-joint\w*|en pièce jointe|vous trouverez|(?:est|sont) parti\w*|a été (?:envoyé|déposé|signé)\w*|"
    r"ont été (?:envoyé|déposé|signé)\w*|c'est fait|(?:j'ai|nous avons) (?:bien )?(?:envoyé|déposé|signé|rempli)\w*|"
    r"aquí (?:tiene|está|están|van)|adjunt\w+|le envío|te envío|les envío|ya (?:está|están|hemos|he)|"
    r"(?:ha|han) sido (?:enviad|presentad|firmad)\w+|(?:hemos|he) (?:presentado|enviado|firmado|mandado))", re.I)
# The thing a wait names, in the rep's own words ("J'attends la liste des tailles", "I'm still waiting for your size
# list", "Ich warte noch auf die Größenliste", "Quedo a la espera de la lista de tallas"): said back as received.
_WAITED_THING = re.compile(
    r"\b(?:waiting for|awaiting|look forward to (?:receiving|getting)|warten? (?:noch |weiterhin )?auf|"
    r"j'attends|nous attendons|dans l'attente de(?= (?:la|l'|votre|vos)\b)|a la espera de(?=\s)|a la espera d(?=el\s))"
    r"\s*(?:toujours |encore |still )?(?P<t>[^.,;:!?]+)|\bwhenever (?P<t2>(?:the|your) [^.,;:!?]{1,40}?) (?:is|are) ready",
    re.I)
# Where the thing's words end and the wait's purpose or day begins ("... so I can", "... pour lancer", "... bis Freitag").
_THING_END = re.compile(r"\s+\b(?:to|so|for|before|by|until|and then|pour|afin|avant|d'ici|um|damit|für|bis|vor|para|antes|"
                        r"hasta)\b.*", re.I)
# Most words a thing said back as received may have.
MAX_THING_WORDS = 6


def waited_thing(quote: str) -> str:
    """The thing a rep's wait names, in its words, ready to say as received ("la liste des tailles"), or ""."""
    m = _WAITED_THING.search(quote)
    if not m:
        return ""
    thing = _THING_END.sub("", (m.group("t") or m.group("t2") or "").strip())
    return thing if 0 < len(thing.split()) <= MAX_THING_WORDS else ""


# A promise to find something out and come back on it ("I'll check", "kläre ich noch", "je me renseigne", "lo consulto").
_FIND_OUT = re.compile(
    r"\b(?:check|find out|look into|clarify|get back to you on|klär\w*|prüfe\w*|erkundige|frage nach|"
    r"vérifie\w*|renseigne\w*|je regarde|me renseigner|averigu\w+|consult\w+|compruebo|reviso|lo miro)\b", re.I)
# How long a word must be to name the thing two sentences share, and how much of it must match ("taille"/"tailles").
MIN_THING_LETTERS = 5
THING_STEM = 6
# Words long enough to pass that name no thing.
_NO_THING = frozenset("""please bitte merci gracias thanks thank about which where there their these those would could
should still schon noch wieder immer avant après encore toujours aussi todavía también siempre whenever sobald before
denken daran vergessen pensez oubliez attends attendons waiting remember forget recuerde olvide espera esperando
enfin endlich finally already question frage pregunta stellen schicken senden envoyer enviar receiving receive
recevoir recibir""".split())


def _things(text: str) -> set[str]:
    """The stems of the words in text long enough to name a thing."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return {w[:THING_STEM] for w in words if len(w) >= MIN_THING_LETTERS and w not in _NO_THING}


def _done_by(item: Item, inbound: Sequence[Source], cleaned: dict) -> tuple[Source, str] | None:
    """The customer's first later email with a sentence that sends or reports done what item waits for, and that
    sentence."""
    things = _things(_AWAITED.sub(" ", item.quote))
    for src in inbound:
        if src.at <= item.at:
            continue
        body = cleaned.get((src.kind, src.id), "")
        for start, end in split_sentences(body):
            sentence = body[start:end]
            if "?" not in sentence and _DONE.search(sentence) and things & _things(sentence):
                return src, sentence
    return None


def done_since(items: Sequence[Item], ordered: Sequence[Source], cleaned: dict, last: dict,
               language: str) -> list[Item]:
    """The items with the rep's waits and reminders closed by the customer's later email that did the thing, and the
    rep's promises to find out kept by the later answer to the customer's question on the same thing; last gains, as
    "done", the things waited for that the customer's newest email attached (received.py says them received)."""
    inbound = [s for s in ordered if s.kind == "message" and s.direction == "inbound"]
    at_of = {f"{s.kind}:{s.id}": s.at for s in ordered}
    # answered on the rep's side: the customer's own later email (asking again) keeps no promise of the rep's
    rep_side = {f"{s.kind}:{s.id}" for s in ordered if s.direction != "inbound"}
    answered = [(i, at_of.get(i.by)) for i in items if i.kind == "question" and i.status == "answered" and i.by
                and i.by in rep_side]
    out = []
    for item in items:
        if item.status == "open" and item.direction in ("outbound", "note") and item.kind != "question":
            if _AWAITED.search(item.quote) and (done := _done_by(item, inbound, cleaned)) is not None:
                src, sentence = done
                item = replace(item, status="kept", by=f"{src.kind}:{src.id}")
                thing = waited_thing(item.quote)
                if thing and src is inbound[-1] and re.search(ATTACHED.get(language, ATTACHED["en"]), sentence, re.I):
                    last.setdefault("done", []).append(thing)
            elif item.kind == "commitment" and _FIND_OUT.search(item.quote):
                things = _things(_FIND_OUT.sub(" ", item.quote))
                by = next((q.by for q, at in answered if at is not None and at > item.at
                           and things & _things(q.quote)), "")
                item = replace(item, status="kept", by=by) if by else item
        out.append(item)
    return out

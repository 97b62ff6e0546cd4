"""A question the rep's note answered but no email told the customer: asked, found out in a note, asked again ("Wie
steht es mit der Schulung?", "Still you did not say me about Hebrew voice", "Hugo sigue preguntando por la
garantía"). The note's finding is the answer, said in the draft; the question asked again is never slotted."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Sequence

from followup.drafting.items import Item
from followup.drafting.sentences import Source, split_sentences
from followup.drafting.words import PAREN, content, defers_answer
from followup.drafting.yesanswer import said_answers

# A reminder of a question still unanswered, naming its topic after it: no question mark, but asked again.
_REMINDER = {
    # "still waiting for", "still I wait for": the bare verb as well as its -ing form
    "en": re.compile(r"\b(?:(?:still|yet)\b[^.?!]*?\b(?:not|no|n't|wait(?:ing)?|ask(?:ing)?|wonder(?:ing)?)\b|(?:any|no) "
                     r"(?:news|update|word|answer)|what about)\b[^.?!]*?\b(?:about|on|regarding|for|re)\s+"
                     r"(?P<t>[^.?!,;]{3,60})", re.I),
    "de": re.compile(r"\b(?:(?:fragt|frage|fragen|warte|wartet|warten)\w*\s+(?:immer noch|noch immer|weiterhin|nach "
                     r"wie vor)|(?:noch )?(?:keine|nichts)\s+(?:antwort|rückmeldung|nachricht|info\w*)|was ist)"
                     r"\b[^.?!]*?\b(?:nach|wegen|zu|zur|zum|mit|über|von)\s+(?P<t>[^.?!,;]{3,60})", re.I),
    "fr": re.compile(r"\b(?:(?:demande|demandons|demandent|attend|attendons|attends)\s+toujours|"
                     r"(?:toujours\s+)?(?:pas|rien)\s+(?:de|eu de|reçu de)\s+(?:nouvelles|réponse|retour)|"
                     r"toujours pas|et pour|quid de)\b[^.?!]*?\b(?:sur|concernant|pour|au sujet de|de|du|des)\s+"
                     r"(?P<t>[^.?!,;]{3,60})", re.I),
    "es": re.compile(r"\b(?:(?:sigue|sigo|seguimos|siguen)\s+(?:preguntando|esperando)|(?:todavía|aún)\s+no|(?:ninguna|"
                     r"sin)\s+(?:noticia|respuesta)|qué (?:hay|pasó|pasa))\b[^.?!]*?\b(?:por|sobre|de|con|del)\s+"
                     r"(?P<t>[^.?!,;]{3,60})", re.I),
}

# How a line leads into the note's finding when the finding does not name the topic itself.
_LEAD = {"en": "About {t}: {x}", "de": "Zum Thema {t}: {x}", "fr": "Concernant {t} : {x}", "es": "Sobre {t}: {x}"}

# An article before the topic's noun, kept in French and Spanish ("la garantía"), left off in German ("Zum Thema
# Schulung") and English.
_ARTICLE = re.compile(r"^(?:the|a|an|der|die|das|dem|den|des|einer?|le|la|les|l['’]|un|une|el|los|las|un|una|su|sus|"
                      r"your|their|our|ihre[rnm]?|unsere[rnm]?|votre|vos|notre|nos|nuestr[oa]s?)\s+", re.I)

# A note's label before its finding that is no part of it ("Mfr confirmed:", "Intern mit X:", "Hugo pregunta por
# garantía:"): up to this many words.
LABEL_WORDS = 6

# A note clause telling the rep what to do or who to ask: a task, not a finding ("Tell Noa", "check with factory").
_TASK = re.compile(r"^(?:tell|ask|check|call|send|email|mail|remind|follow up|sagen|fragen|prüfen|klären|anrufen|"
                   r"schicken|dire|demander|vérifier|appeler|envoyer|decir|preguntar|verificar|llamar|enviar|"
                   r"consultar)\b", re.I)

# Words of asking and reminding, not of what is asked about.
_ASKING = {"please", "could", "would", "still", "news", "update", "what", "about", "answer", "question", "tell", "know",
           "steht", "gibt", "frage", "antwort", "wissen", "immer", "noch", "toujours", "réponse", "savoir",
           "nouvelles", "sigue", "preguntando", "pregunta", "respuesta", "todavía", "saber", "noticias", "your",
           "their", "unser", "unsere", "unseren", "votre", "notre", "nuestro", "nuestra", "nuestros"}

# A note clause recording the call rather than a finding: an arrow pairing an ask with its reply (paired.py owns
# those), the customer's asking reported, the rep's telling reported, a check still to make.
_RECORD = re.compile(r"→|->|=>|\b(?:asks?|asked|wants?|demande|demandé|veut|pregunta|preguntó|quiere|fragt|fragte|"
                     r"möchte|will)\b|\b(?:told|said|promised|sent|recommended|(?:je )?(?:lui|leur) ai dit|promis|"
                     r"envoyée?s?|(?:se lo |le )dije|prometí|enviad[oa]s?|falta|fehlt|manque|(?:hab(?:e)? )?"
                     r"(?:ihm |ihr )?gesagt|versprochen|geschickt|to check|tbc|à vérifier|à confirmer|zu klären|"
                     r"zu prüfen|por confirmar|lo averiguo|lo confirmo)\b|^(?:he|she|they|er|sie|il|elle|ils|él|ella|"
                     r"ellos)\b", re.I)

# A topic word this short cannot be told apart inside a longer word ("Teamschulung" holds "Schulung").
MIN_INSIDE = 6


def _words(text: str) -> set[str]:
    """The content words of a text worth matching on (four letters or more, no figures)."""
    return {w for w in re.findall(r"[^\W\d_]{4,}", text.lower()) if content(w) and w not in _ASKING}


def _meets(topic: set[str], text: str) -> bool:
    """Whether a text names a topic word, alone or inside a compound ("Schulung" in "Teamschulung")."""
    theirs = _words(text)
    return any(t[:5] == w[:5] or w.startswith(t) or w.endswith(t) or (len(t) >= MIN_INSIDE and t in w)
               for t in topic for w in theirs)


def reminder_topic(sentence: str, language: str) -> str:
    """The topic a sentence says is still unanswered ("Still you did not say me about Hebrew voice." -> "Hebrew
    voice"), "" when the sentence is no such reminder."""
    m = _REMINDER.get(language, _REMINDER["en"]).search(sentence)
    return m.group("t").strip() if m and _words(m.group("t")) else ""


def finding(sentence: str, topic: set[str]) -> str:
    """A note sentence's finding on a topic, without its label or brackets ("Mfr confirmed: Hebrew voice supported
    from firmware 4.2 (ships with it)." -> "Hebrew voice supported from firmware 4.2"); "" when it holds none."""
    text = PAREN.sub("", sentence).strip().rstrip(". ")
    label, sep, rest = text.partition(":")
    if sep and len(label.split()) <= LABEL_WORDS and rest.strip():
        text = rest.strip()
    elif sep:
        return ""
    if "?" in text or defers_answer(text) or _TASK.match(text) or _RECORD.search(text) or not re.search(
            r"[^\W\d_]{3,}", text):
        return ""
    if not (_meets(topic, text) or (sep and _meets(topic, label))):
        return ""
    return re.sub(r"\s{2,}", " ", text)


# A note's outcome without its verb: the thing, then how it stands ("demo kit for staff clinic free", "Schulung
# kostenlos", "formation offerte", "formación gratis"); the verb is put before that word.
_OUTCOME = {
    "en": (re.compile(r"^(?P<x>[^,;]*?[^\W\d_]{3,}[^,;]*?)\s+(?P<w>free|included|possible|available|approved|confirmed|"
                      r"fine|ok|okay|covered|waived|supported)\b(?P<rest>.*)$", re.I), "is"),
    "de": (re.compile(r"^(?P<x>[^,;]*?[^\W\d_]{3,}[^,;]*?)\s+(?P<w>kostenlos|gratis|inklusive|inkl\.|möglich|verfügbar|"
                      r"genehmigt|bestätigt|ok|okay|frei)(?!\w)(?P<rest>.*)$", re.I), "ist"),
    "fr": (re.compile(r"^(?P<x>[^,;]*?[^\W\d_]{3,}[^,;]*?)\s+(?P<w>gratuite?s?|offerte?s?|incluse?s?|possibles?|"
                      r"disponibles?|validée?s?|confirmée?s?|ok)(?!\w)(?P<rest>.*)$", re.I), "est"),
    "es": (re.compile(r"^(?P<x>[^,;]*?[^\W\d_]{3,}[^,;]*?)\s+(?P<w>gratis|gratuit[oa]s?|incluid[oa]s?|posibles?|"
                      r"disponibles?|aprobad[oa]s?|confirmad[oa]s?|ok)(?!\w)(?P<rest>.*)$", re.I), "es"),
}

# A word that already makes the finding a sentence: it is said as the note has it.
_HAS_VERB = re.compile(r"\b(?:is|are|was|were|will|can|has|have|ist|sind|wird|kann|hat|est|sont|sera|peut|a|es|son|"
                       r"será|puede|está|tiene)\b", re.I)


def with_verb(answer: str, language: str) -> str:
    """A note's verbless outcome said as a sentence's clause: "demo kit for staff clinic free, ships with order" ->
    "demo kit for staff clinic is free and ships with order"; anything else as it is."""
    pattern, verb = _OUTCOME.get(language, _OUTCOME["en"])
    head = re.split(r"[,;]", answer, maxsplit=1)[0]
    m = pattern.match(answer)
    if m is None or _HAS_VERB.search(head) or len(m.group("x")) > len(head):
        return answer
    if language == "en" and re.search(r"[^s]s$", m.group("x")) and not re.search(r"(?:us|is)$", m.group("x")):
        verb = "are"  # "samples free" -> "samples are free"
    if language == "es" and re.search(r"d[oa]s?$", m.group("w")):
        verb = "está"  # a state reached: "instalación incluida" -> "instalación está incluida"
    rest = m.group("rest")
    if language == "en":
        rest = re.sub(r"^,\s+(?=[a-z]+s\b)", " and ", rest)  # "..., ships with order": one subject, two verbs
    return f"{m.group('x')} {verb} {m.group('w')}{rest}"


def answer_line(answer: str, topic_phrase: str, topic: set[str], language: str) -> str:
    """The note's finding said as the answer: alone when it names the topic, else after a lead naming it."""
    answer = with_verb(answer, language)
    if _meets(topic, answer):
        return answer[:1].upper() + answer[1:] + "."
    phrase = topic_phrase if language in ("fr", "es") else _ARTICLE.sub("", topic_phrase)
    return _LEAD.get(language, _LEAD["en"]).format(t=phrase, x=answer) + "."


# A note's yes to what was asked on the call, with only figures after it ("yes, 40/30/30", "ja, 3 Raten"): no clause
# the recap can make a sentence of, so it is said after a lead naming what was asked.
_YES_FIGURES = re.compile(r"^(?:yes|yep|ja|oui|sí|si)\b[,:]?\s+(?P<x>[^;?]*\d[^;?]*)$", re.I)


def yes_on_topic(topic: str, said: str, language: str) -> str:
    """A call's yes with figures said with what was asked ("three instalments", "yes, 40/30/30" -> "About three
    instalments: yes, 40/30/30."); "" when the answer says more than its figures or nothing was asked."""
    m = _YES_FIGURES.match(said.strip(" .,;"))
    if not topic or m is None or re.search(r"[^\W\d_]{4,}", m.group("x")):
        return ""
    phrase = topic if language in ("fr", "es") else _ARTICLE.sub("", topic)
    return _LEAD.get(language, _LEAD["en"]).format(t=phrase, x=said.strip(" .,;")) + "."


def topic_answer(topic: str, said: str, language: str) -> tuple[str, bool]:
    """A call's answer said with what was asked ("Lieferzeit: 12 bis 14 Wochen"), and whether it is the rep's yes
    with figures ("About three instalments: yes, 40/30/30."), a commitment rather than a term."""
    if yes := yes_on_topic(topic, said, language):
        return yes, True
    lead = topic[:1].upper() + topic[1:] if language == "de" else topic
    return lead + (": " if len(topic) <= 30 else " – ") + said, False  # a long topic: one colon a sentence


def covered(question: str, answer: str) -> bool:
    """Whether a finding answers all a question asks: every figure and topic word of it ("Can the tasting
    Saturdays be 2 and 9 December?" asks more than "tasting on 2 Saturdays" says)."""
    figures = set(re.findall(r"\d+", question))
    topic = _words(question)
    met = [t for t in topic if _meets({t}, answer)]
    return figures <= set(re.findall(r"\d+", answer)) and len(met) == len(topic)


def _topic_phrase(quote: str, topic: set[str]) -> str:
    """The words of a question naming its topic, with an article before them ("la garantía", "Hebrew voice")."""
    words = quote.rstrip(" ?.!").split()
    hits = [n for n, w in enumerate(words) if _meets(topic, w)]
    if not hits:
        return ""
    a, b = hits[0], hits[-1] + 1
    if a and _ARTICLE.match(words[a - 1] + " "):
        a -= 1
    return " ".join(words[a:b]).strip(" ,;¿¡")


def _sentences(text: str) -> list[str]:
    """A text's sentences, never cut inside a day written with dots ("Di 19.9. oder Mi 20.9.")."""
    return [s for a, b in split_sentences(text) for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜÀ-Ý¿¡])", text[a:b])]


def _note_answer(topic: set[str], first: Source, asked_at: datetime, ordered: Sequence[Source],
                 cleaned: dict) -> tuple[Source, str, str] | None:
    """The newest note from a topic's first asking (a call note may be it) to its asking again that holds a finding
    on it (and the note's sentence), unless a rep email after that note named the topic (the customer was told)."""
    notes = [s for s in ordered if s.direction == "note" and (s is first or first.at < s.at) and s.at < asked_at]
    for note in reversed(notes):
        found = [(f, s) for s in _sentences(cleaned.get((note.kind, note.id), "")) if (f := finding(s, topic))]
        if not found:
            continue
        told = any(s.direction == "outbound" and note.at < s.at < asked_at
                   and _meets(topic, cleaned.get((s.kind, s.id), "")) for s in ordered)
        return None if told else (note, *found[0])
    return None


# A note reporting the customer's asking ("Hugo pregunta por garantía", "She asked about", "il demande si").
_ASKED = re.compile(r"\b(?:asks?|asked|wants? to know|demande|a demandé|pregunta|preguntó|fragt|fragte|will wissen)\b",
                    re.I)


def _asks(sentence: str) -> bool:
    """Whether a sentence asks something: a question mark, or a note's report of the customer asking."""
    return "?" in sentence or bool(_ASKED.search(sentence))


def untold_answers(items: list[Item], ordered: Sequence[Source], cleaned: dict, language: str) -> list[Item]:
    """Questions asked again after a note found their answer, answered with the note's finding said by the rep."""
    out = list(items)
    for src in (s for s in ordered if s.direction == "inbound"):
        asks = [(i, i.quote) for i in out if i.kind == "question" and i.status == "open" and i.direction == "inbound"
                and (i.source_kind, i.source_id) == (src.kind, src.id)]
        asks += [(None, s) for s in _sentences(cleaned.get((src.kind, src.id), ""))
                 if "?" not in s and reminder_topic(s, language)]
        for item, quote in asks:
            topic = _words(reminder_topic(quote, language) if item is None else quote)
            before = [s for s in ordered if s.direction != "outbound" and s.at < src.at and any(
                _meets(topic, x) for x in _sentences(cleaned.get((s.kind, s.id), "")) if _asks(x))]
            if not topic or not before:
                continue
            found = _note_answer(topic, before[0], src.at, ordered, cleaned)
            asked = reminder_topic(quote, language) if item is None else quote
            if found is None or any(i.quote == found[1] and i.kind == "commitment" for i in out) or not covered(
                    asked, found[2]):
                continue
            note, answer, _ = found
            phrase = _topic_phrase(asked, topic)
            line = answer_line(answer, phrase, topic, language)
            # the first asking, put off by the rep, is answered by the same finding
            for n, q in enumerate(out):
                if q.kind == "question" and q.status == "open" and q.direction == "inbound" and q.at <= src.at and (
                        q is item or _meets(topic, q.quote) and covered(q.quote, found[2])):
                    out[n] = replace(q, status="answered", by=f"{note.kind}:{note.id}")
            out.append(Item(kind="commitment", text=line, quote=answer, source_kind=note.kind, source_id=note.id,
                            at=src.at, direction="note"))
    return said_answers(out, ordered, cleaned, language)  # a call's yes or no to what was asked: yesanswer.py

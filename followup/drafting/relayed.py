"""Words passed on rather than said: a customer relaying someone else's question ("our director asks if ...",
"Vicent pregunta si ..."), and the rep's own remark a call note writes after the customer's question ("..., je ne sais
pas, à vérifier avec X"); also the other words around a question that are no part of it (a label before it, a request
to be told: tellme.py).

Both are read before a sentence becomes a point: the relayed question becomes the question itself (an answer
slot, or answered by a later reply), and a note's remark after a question never reaches the slot."""
from __future__ import annotations

import re

from followup.drafting.recalledcheck import recalled_check
from followup.drafting.relayframe import separable_first
from followup.drafting.slotform import asks_all_the_same
from followup.drafting.tellme import told_question

_LEAD = r"^(?:(?:also|and|plus|außerdem|und|aussi|et|también|y|además)[,\s]+)?"

# "Our director asks if ...", "Unser Chef fragt, ob ...", "La junta pregunta si ...": someone on the customer's side
# asks through them. A name or role of up to four words before the verb ("Der Eigentümervertreter Dr. Wallner", "el
# presidente Sr. Navarro": a titled name after the role); the question word opens what is asked.
_RELAYED = {
    "en": re.compile(_LEAD + r"(?:our|my|the|his|her|their)\s+[^\W\d_][\w'’ ,.-]{1,40}?\s+"
                     r"(?:asks|asked|ask(?= if| whether)|is asking|"
                     r"wants to know|want to know|would like to know|wondered|wonders)\s+(?P<w>if|whether|who|what|"
                     r"when|how|which|"
                     r"where|why)\b\s*(?P<rest>.+)$", re.I),
    "de": re.compile(_LEAD + r"(?:unser|unsere|mein|meine|der|die|das)\s+[^\W\d_][\w'’ .,-]{1,40}?\s+(?:fragt|fragte|"
                     r"möchte wissen|will wissen|würde gern wissen),?\s+(?P<w>ob|wer|was|wann|wie|welche[rsmn]?)\b\s*"
                     r"(?P<rest>.+)$", re.I),
    "fr": re.compile(_LEAD + r"(?:notre|nos|mon|ma|mes|le|la|les|l')\s*[^\W\d_][\w'’ .,-]{1,40}?\s+(?:demande|a demandé|"
                     r"veut savoir|voudrait savoir|aimerait savoir|souhaite savoir)\s+(?P<w>si|s'|qui|quand|comment|"
                     r"combien|quel(?:le)?s?)\s*(?P<rest>.+)$", re.I),
    "es": re.compile(_LEAD + r"(?:nuestro|nuestra|nuestros|nuestras|mi|mis|el|la|los|las)\s+[^\W\d_][\w'’ .,-]{1,40}?\s+"
                     r"(?:pregunta|preguntó|quiere saber|querría saber|desea saber)\s+(?P<w>si|quién|cuándo|cómo|"
                     r"cuánto|cuánta|qué|cuál(?:es)?)\b\s*(?P<rest>.+)$", re.I),
}

# The same with the verb before the one asking, after an adverb opening the sentence ("Außerdem fragt meine Kollegin
# Frau Mag. Pichler, ob ...", "Außerdem fragt Alois, ob ...", "Además pregunta mi socio si ...", "Par ailleurs, demande
# ma collègue, si ..."): who asks is described or named (a capitalised name of one to three words, not a pronoun).
_NAMED_AFTER = (r"(?!(?:Sie|Er|Es|Man|Il|Elle|On|Él|Ella|Usted)\b)"
                r"(?-i:(?:(?:Herr|Frau|M|Mme|Sr|Sra|Don|Doña)\.?\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})")
_RELAYED_AFTER = {
    "de": re.compile(r"^(?:außerdem|zudem|auch|noch|dann|und|übrigens)\s+(?:fragt|fragte|möchte|will|würde gern)\s+"
                     r"(?:auch\s+|noch\s+)?(?:(?:unser|unsere|mein|meine|der|die|das)\s+[^\W\d_][\w'’ .,-]{1,40}?|"
                     + _NAMED_AFTER + r")"
                     r"(?:\s+wissen)?,?\s+(?P<w>ob|wer|was|wann|wie|welche[rsmn]?)\b\s*(?P<rest>.+)$", re.I),
    "fr": re.compile(r"^(?:par ailleurs|de plus|aussi|et)\s*,?\s+(?:demande|voudrait savoir)\s+(?:aussi\s+)?(?:(?:notre|"
                     r"mon|ma|le|la|l')\s*[^\W\d_][\w'’ .,-]{1,40}?|" + _NAMED_AFTER + r"),?\s+(?P<w>si|s'|qui|quand|"
                     r"comment|combien|quel(?:le)?s?)\s*(?P<rest>.+)$", re.I),
    "es": re.compile(r"^(?:además|también|y)\s*,?\s+(?:pregunta|preguntó|quiere saber)\s+(?:también\s+)?(?:(?:nuestro|"
                     r"nuestra|mi|el|la)\s+[^\W\d_][\w'’ .,-]{1,40}?|" + _NAMED_AFTER + r"),?\s+(?P<w>si|quién|"
                     r"cuándo|cómo|cuánto|cuánta|qué|cuál(?:es)?)\b\s*(?P<rest>.+)$", re.I),
}

# The same with the colleague named rather than described ("Vicent pregunta si ...", "Herr Gruber möchte wissen, ob
# ...", "Miren, de nuestro departamento financiero, pregunta si ...", "Ioana from finance asks whether ...", "Morag (our
# accountant) wants to know if ..."): a title
# or a capitalised name of one to three words, perhaps with who they are between commas, then the asking verb.
_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Herr|Frau|M|Mme|Mlle|Sr|Sra|Srta|Don|Doña|Prof)\.?\s+){0,2}"
_NAME = _TITLE + r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}"
# (English and French may say who they are in a relative clause without commas: "Siobhan who runs the night desk
# asked whether ...", "Marie qui tient l'accueil demande si ...".)
_WHO = (r"(?:,\s+[^,?]{3,50},|\s+(?:from|of|in|aus|von|vom|der|de|du|des|del)\s+[^,?]{2,40}?|\s*\([^()?]{2,40}\)|"
        r"\s+(?:who|qui)\s+[^,?]{2,40}?)?")
_NAMED_VERB = {
    "en": r"(?:asks|asked|ask(?= if| whether)|is asking|wants to know|want to know|would like to know|wondered|"
          r"wonders)\s+(?P<w>if|whether|who|what|"
          r"when|how|which|where|why)\b",
    "de": r"(?:fragt|fragte|möchte wissen|will wissen|würde gern wissen|wüsste gern),?\s+(?P<w>ob|wer|was|wann|wie|"
          r"welche[rsmn]?)\b",
    "fr": r"(?:demande|a demandé|veut savoir|voudrait savoir|aimerait savoir|souhaite savoir)\s+(?P<w>si|s'|qui|"
          r"quand|comment|combien|quel(?:le)?s?)",
    "es": r"(?:pregunta|preguntó|quiere saber|querría saber|desea saber)\s+(?P<w>si|quién|cuándo|cómo|cuánto|cuánta|"
          r"qué|cuál(?:es)?)\b",
}
_RELAYED_NAMED = {lang: re.compile(_LEAD + r"(?P<who>" + _NAME + r")" + _WHO + r",?\s+" + verb + r"\s*(?P<rest>.+)$")
                  for lang, verb in _NAMED_VERB.items()}
# A colleague's word to the customer, forwarded to the rep, telling them to ask the rep ("Ask them if the serum has
# Greek labels, it is required.", "Frag bitte nach, ob ...", "Demande-leur si ...", "Pregúntales si ..."): the question
# is the rep's to answer. Whom to ask may be the rep by name or left unsaid ("Please ask Rachel if ...", "Also ask if
# ...", "Frag Herrn Stadler, ob ...", "Demande à Sébastien si ...", "Pregúntale a Luis si ...").
_ASKED = r"(?-i:[A-ZÀ-Ý][\w'’-]+)"  # whom, by name (capitalised though the frame is read in any case)
_ASK_THEM = {
    # whom left unsaid only in "also ask": one more question added to the forward ("Ask if you like" hands nothing
    # on; "please ask if they have room, we bring two cellos" keeps its reason as relayframe.py reads it)
    "en": re.compile(r"^(?:(?:(?:please|can you|could you|would you)\s+)?(?:also\s+)?ask\s+(?:them|him|her|"
                     rf"the supplier|{_ASKED})|(?:please\s+)?also\s+ask)"
                     r"(?:\s+(?:also|please|too))*,?\s+(?P<w>if|whether|who|what|when|how|which|where)\b\s*(?P<rest>.+)$",
                     re.I),
    "de": re.compile(r"^(?:bitte\s+)?(?:frag|fragen Sie|(?:kannst du|könntest du|können Sie|könnten Sie)"
                     rf"(?:\s+(?:sie|ihn|die|dort|bitte|mal|noch|auch|(?:Herrn?|Frau)\s+{_ASKED}|{_ASKED}))*"
                     r"\s+(?:nach)?fragen)"
                     rf"(?:\s+(?:sie|ihn|bitte|mal|noch|auch|dort|(?:Herrn?|Frau)\s+{_ASKED}|{_ASKED}))*(?:\s+nach)?,?\s+"
                     r"(?P<w>ob|wer|was|wann|wie|welche[rsmn]?)\b\s*(?P<rest>.+)$", re.I),
    "fr": re.compile(r"^(?:(?:demande|demandez)(?:-(?:leur|lui)|\s+(?:aussi\s+)?à\s+" + _ASKED + r")|"
                     r"(?:peux-tu|pourrais-tu|tu peux|pouvez-vous|pourriez-vous|merci de)\s+(?:aussi\s+)?"
                     r"(?:(?:leur|lui)\s+demander|demander\s+à\s+" + _ASKED + r"))(?:\s+(?:aussi|donc|stp|svp))*,?\s+"
                     r"(?P<w>si|s'|qui|quand|comment|combien|quel(?:le)?s?)\s*(?P<rest>.+)$", re.I),
    "es": re.compile(r"^¿?(?:pregúnta(?:les|le)|pregunt(?:adles|adle|enles|ele)|(?:puedes|podrías|puede|podría)\s+"
                     r"(?:también\s+)?preguntar(?:les|le))(?:\s+a\s+" + _ASKED + r")?(?:\s+(?:también|por favor))*,?\s+"
                     r"(?P<w>si|quién|cuándo|cómo|cuánto|cuánta|qué|cuál(?:es)?)\b\s*(?P<rest>.+)$", re.I),
}
# What the colleague adds after the question as a clause of its own ("..., it is required", "..., das ist Pflicht").
_ADDED = re.compile(r",\s+(?:it|this|that|which|we|our|das|es|dies|wir|unser\w*|c'est|ce|cela|nous|notre|nos|esto|eso|"
                    r"es|nuestr[oa]s?)\b.*$", re.I)
# An English subject that is a thing, before its verb ("the serum has" -> "does the serum have").
_EN_THING = re.compile(r"^(?P<subj>(?:the|this|that|your|these|those|our)\s+[\w.%-]+(?:\s+[\w.%-]+){0,4}?)\s+(?P<v>has|"
                       r"have|is|are|can|will|comes?|includes?)\b\s*(?P<rest>.*)$", re.I)


def _asked_to_ask(sentence: str, language: str) -> re.Match[str] | None:
    """The match of a colleague's "ask them if ..." to the customer, or None (see _ASK_THEM)."""
    pattern = _ASK_THEM.get(language)
    return pattern.match(sentence) if pattern else None


def asks_to_ask(sentence: str, language: str) -> bool:
    """Whether a sentence is a colleague's word to the customer asking them to ask the rep ("frag bitte noch, ob ...",
    "peux-tu leur demander si ...")."""
    return _asked_to_ask(_ALSO.sub(lambda m: m.group("verb") or "", sentence).strip(), language) is not None


def _thing_asked(rest: str) -> str:
    """An English "if" clause with a thing as its subject asked directly ("the serum has Greek labels" -> "does the
    serum have Greek labels"); the clause unchanged otherwise."""
    m = _EN_THING.match(rest)
    if m is None:
        return rest
    verb = m.group("v").lower()
    if verb in ("is", "are", "can", "will"):
        return f"{verb} {m.group('subj')} {m.group('rest')}".strip()
    base = {"has": "have", "comes": "come", "includes": "include"}.get(verb, verb)
    aux = "do" if verb in ("have", "come", "include") else "does"
    return f"{aux} {m.group('subj')} {base} {m.group('rest')}".strip()


# Capitalised words that open a sentence without naming anyone ("Everyone asks whether", "Man fragt, ob").
_NOT_A_NAME = {"everyone", "everybody", "nobody", "someone", "somebody", "anyone", "he", "she", "they", "it", "this",
               "that", "who", "man", "jemand", "niemand", "er", "sie", "es", "on", "il", "elle", "ils", "elles",
               "quelqu'un", "personne", "tout", "chacun", "alguien", "nadie", "todos", "él", "ella", "ellos", "se",
               "i", "we", "ich", "wir", "je", "nous", "yo", "nosotros", "you", "du", "tu", "vous", "usted"}


def _named(sentence: str, language: str) -> re.Match[str] | None:
    """The match of a question relayed from a colleague called by name, or None (see _RELAYED_NAMED)."""
    pattern = _RELAYED_NAMED.get(language)
    m = pattern.match(sentence) if pattern else None
    if m is None or m.group("who").split()[0].lower().rstrip(".") in _NOT_A_NAME:
        return None
    return m


_EN_AUX = r"can|could|will|would|should|may|is|are|was|were|do|does|did|have|has"

# "also" beside the asking verb ("Mme Dubois souhaite aussi savoir si", "Herr Kaya fragt auch, ob", "Linda also asks
# if", "pregunta también si"): no part of who asks or of what, left out before the relaying is read.
_ALSO = re.compile(r"(?:\b(?:also|too)\s+(?=(?:asks|asked|wants to know|would like to know|wonders)\b)|"
                   r"\b(?P<verb>fragt|fragte|möchte|demande|souhaite|voudrait|aimerait|pregunta|preguntó|quiere|desea)"
                   r"\s+(?:auch|noch|außerdem|aussi|également|también|además)\b)", re.I)
# A German finite verb at the end of an "ob" clause, moved first in the direct question ("ob die Plätze auch für
# Azubis gelten" -> "gelten die Plätze auch für Azubis"); lower-case words (nouns are capitalised) with a verb ending.
_DE_FINAL_VERB = re.compile(r"^(.+?)\s+((?!(?:nicht|jetzt|erst|selbst|mit|morgen|gestern|oben|unten)$)"
                            r"(?:ist|sind|gibt|kann|können|wird|werden|hat|haben|[a-zäöüß]+(?:t|en|n|ss|ß)))$")

# Two final verbs joined at the end of an "ob" clause ("ob Sie das alte Granulat mitnehmen und entsorgen"): the direct
# question would need both turned, so the clause is asked as it is.
_DE_TWO_VERBS = re.compile(r"\s(?-i:[a-zäöüß]+(?:en|n|t))\s+(?:und|oder)\s+(?-i:[a-zäöüß]+(?:en|n|t))$")

# A subordinate clause after an ob-clause: a comma and its conjunction.
_DE_SUBCLAUSE = re.compile(r",\s*(?:falls|wenn|weil|da|damit|dass|sobald|bevor|nachdem|obwohl|sofern|solange)\b")


# A second indirect question joined to an "ob" clause ("... anbieten und was die kostet", "... funktionieren oder ob
# wir eigene Aufkleber brauchen"): each clause has its own final verb.
_DE_SECOND = re.compile(r",?\s+(?P<c>und|oder)\s+(?P<w>was|wann|wer|wo|ob|welche[rsmn]?|wie(?:\s+viel\w*|"
                        r"\s+lange)?)\s+(?P<r>\S.+)$")


# German question words a direct question puts its verb right after; a capitalised word next ("wie viele Stunden",
# "was Sie brauchen" is fine: a pronoun) is the noun the word asks about, and the clause is left as it is.
_DE_ASKED_FIRST = {"was", "wann", "wer", "wo", "wie"}
_DE_NOUN_NEXT = re.compile(r"^(?:viele?\s+)?(?!(?:Sie|Ihr|Ihre|Ihnen)\b)(?-i:[A-ZÄÖÜ])")


def _de_first(clause: str) -> str:
    """A German subordinate clause with its final verb put first, a separable prefix sent to the end ("Sie X
    anbieten" -> "bieten Sie X an")."""
    m = _DE_FINAL_VERB.match(clause)
    return separable_first(m.group(2), m.group(1)) if m else clause


def _de_second(more: re.Match[str]) -> str:
    """The second clause of a German indirect question asked directly after the first (", oder brauchen Sie ...",
    ", und was kostet die"); an "ob" leaves only its verb first."""
    word = "" if more.group("w").lower() == "ob" else more.group("w") + " "
    return f", {more.group('c')} {word}{_de_first(more.group('r'))}"


# An English "want to know" straight before the clause it asks, its "if" left out by a writer of English as a second
# language ("Mr. Choi want to know the alarm can be connected ..."): read as "if" only where a subject and a verb the
# question can be turned on follow ("the price" alone or "the price we pay" is a thing wanted, never a clause).
_KNOW_CLAUSE = re.compile(r"\b(?:wants?|would like|wanted) to know\s+(?=(?:(?:the|your|our|this|that|these|those)"
                          r"(?:\s+(?!(?:we|you|they|i|he|she|it)\b)[\w.%-]+){1,5}?\s+(?:has|have|is|are|can|will)|"
                          r"(?:you|we|they|it|there)\s+(?:can|could|will|would|should|is|are|have|has))\b)", re.I)


def relayed_question(sentence: str, language: str) -> str:
    """The question a customer passes on from someone else, asked directly ("Our director asks if you can fix the
    rate." -> "Can you fix the rate?"); "" when the sentence relays no question."""
    sentence = _ALSO.sub(lambda m: m.group("verb") or "", sentence)
    if language == "en":
        sentence = _KNOW_CLAUSE.sub(lambda m: m.group(0) + "if ", sentence)
    m = _RELAYED.get(language, _RELAYED["en"]).match(sentence.strip())
    if m is None and language in _RELAYED_AFTER:
        m = _RELAYED_AFTER[language].match(sentence.strip())
    if m is None:
        m = _named(sentence.strip(), language)
    if m is None:
        m = _asked_to_ask(sentence.strip(), language)
    if m is None:
        return ""
    # a colleague's "ask them if A, and if B" keeps its second "if": relayedasks.py makes it a question of its own
    joined = m.re is not _ASK_THEM.get(language)
    return direct_question(m.group("w"), _ADDED.sub("", m.group("rest").strip()), language, joined)


# A second "if" clause joined to the first ("..., and if the shelves can carry", "... or if amex costs more").
_EN_SECOND = re.compile(r",?\s+(and|or)\s+(?:if|whether)\s+", re.I)


def _en_asked(clause: str) -> str:
    """An English "if" clause asked directly ("you can fix the rate" -> "can you fix the rate"); "" when its
    subject and verb cannot be turned."""
    clause = re.sub(r"^there['’]s\b", "there is", clause, flags=re.I)  # "there's a balloon option": is there
    inv = re.match(rf"^(?P<subj>you|we|i|they|it|this|that|there)\s+(?P<aux>{_EN_AUX})\b\s*(?P<rest>.*)$", clause,
                   re.I)
    if inv:
        return f"{inv.group('aux')} {inv.group('subj')} {inv.group('rest')}".strip()
    subj = re.match(r"^(?P<subj>you|we|they)\s+(?P<rest>.+)$", clause, re.I)
    if subj:
        return f"do {subj.group('subj')} {subj.group('rest')}"
    asked = _thing_asked(clause)
    return "" if asked == clause else asked


def direct_question(word: str, rest: str, language: str, joined: bool = True) -> str:
    """An indirect question's clause asked directly ("if", "you can fix the rate" -> "Can you fix the rate?"), a second
    "if"/"ob" clause joined to it asked too where `joined`; "" when the clause is too short to ask anything."""
    rest = rest.strip().rstrip(" .?!")
    if len(rest.split()) < 2:
        return ""
    low = word.lower()
    if language == "en" and low in ("if", "whether"):
        # "if you send the drawings, and if the shelves can carry ...": each clause asked; where one cannot be
        # turned ("amex cards cost more"), the whole stays a "whether" clause
        parts = _EN_SECOND.split(rest) if joined else [rest]
        asks = [_en_asked(part) for part in parts[::2]]
        if all(asks):
            ask = asks[0] + "".join(f", {join.lower()} {a}" for join, a in zip(parts[1::2], asks[1:]))
        elif len(parts) > 1:
            ask = "whether " + rest  # "or if that's extra" kept as the customer put it
        else:
            ask = rest  # said as it was ("the serum ships fast?")
    elif language == "de" and low == "ob":
        # "ob SSO enthalten ist" -> "ist SSO enthalten": the verb comes first in a direct question
        # the verb ends the ob-clause, not a subordinate clause after it ("ob X inkludiert ist, falls Kinder krank
        # werden" -> "Ist X inkludiert, falls Kinder krank werden")
        sub = _DE_SUBCLAUSE.search(rest)
        head, tail = (rest[:sub.start()], rest[sub.start():]) if sub else (rest, "")
        second = _DE_SECOND.search(head)  # "ob Sie X anbieten und was die kostet": two questions, each turned
        if second and not joined and second.group("w").lower() == "ob":
            second = None
        head, more = (head[:second.start()], second) if second else (head, None)
        if _DE_TWO_VERBS.search(head):
            ask = f"ob {rest}"  # "ob Sie X mitnehmen und entsorgen": two final verbs, no one of them goes first
        else:
            ask = _de_first(head) + (_de_second(more) if more else "") + tail
    elif language == "de" and low in _DE_ASKED_FIRST and not _DE_NOUN_NEXT.match(rest):
        # "wie lange die Garantie ist, und was bei Frost passiert" -> "Wie lange ist die Garantie, und was passiert
        # bei Frost": the verb after the question word ("welche Fenster Sie tauschen" keeps its noun first: left)
        how = re.match(r"(?:lange|oft|viel|weit|hoch|schnell)\s+", rest) if low == "wie" else None
        word, rest = (f"{word} {how.group(0).strip()}", rest[how.end():]) if how else (word, rest)
        second = _DE_SECOND.search(rest)
        head, more = (rest[:second.start()], second) if second else (rest, None)
        ask = f"{word} {_de_first(head)}" + (_de_second(more) if more else "")
    elif low in ("if", "whether", "si", "s'", "ob"):
        ask = ("s'" + rest) if low == "s'" else rest
        ask = re.sub(r"^s'(il|ils)\b", r"\1", ask)
    else:
        ask = f"{word} {rest}"
    ask = ask[:1].upper() + ask[1:]
    return ("¿" + ask + "?") if language == "es" and not ask.startswith("¿") else ask + "?"


def held_by(quote: str, span: str, share: float) -> bool:
    """Whether a relaying span holds at least `share` of a question's words (of four letters or more)."""
    words = re.findall(r"[^\W\d_]{4,}", quote.lower())
    return bool(words) and sum(w in span.lower() for w in words) >= share * len(words)


def asked_indirectly(sentence: str, language: str) -> str:
    """A question put indirectly, asked directly: relayed from a colleague (relayed_question), asked as a request to
    be told ("Please tell which dates are possible", tellme.py) or recalled as the rep's promise to find out ("you
    said you'd check if ...", recalledcheck.py); "" when the sentence is none of these."""
    recalled = recalled_check(sentence, language)
    return relayed_question(sentence, language) or told_question(sentence, language) or \
        (direct_question(*recalled, language) if recalled else "")


# A label before a customer's question ("Eine Frage noch aus der Geschäftsleitung: Gibt es ...?").
_LABEL = re.compile(r"^[^?]{3,80}:\s+(?=[^:?]{8,}\?$)")


def question_label(quote: str) -> re.Match[str] | None:
    """The label before a question that is no part of it, or None; a change before a question asking whether all
    holds the same ("36 matelas au lieu de 40 : le prix reste-t-il le même ?") is what the question is about."""
    m = _LABEL.match(quote)
    return None if m is None or asks_all_the_same(quote[m.end():]) else m


# The rep's own remark after a question in a call note: "je ne sais pas", "to check with Sam", ": le dije que sí".
_REMARK = re.compile(
    r"\s*(?:[,;:]|\s[-–—]|\s\()\s*(?:je ne sais pas|pas sûr|à vérifier|à voir|vérifier|no sé|no lo sé|revisar|"
    r"consultar|verificar|por confirmar|weiß ich nicht|weiss ich nicht|muss ich|klären|prüfen|not sure|don'?t know|"
    r"no idea|need to check|to check|check with|tbc|tbd|keine ahnung|aucune idée|ni idea|"
    r"(?:je )?(?:le )?lui ai dit|(?:se )?lo (?:dije|confirmé)|le (?:dije|confirmé|expliqué)|hab(?:e)? ich|"
    r"told (?:him|her|them)|said (?:yes|no)|"
    # the rep's own to-do, often with the colleague who helps: "lo miro con Iván", "klär ich mit der Kammer"
    r"i'?ll (?:check|look|ask|find out)|(?:will|(?:have |need |must )?to) (?:look into|ask|find out)|looking into it|"
    r"(?:je )?(?:vais voir|vois avec|regarde avec|me renseigne|demande à)|je (?:vérifie|regarde|demande)|"
    r"(?:klär|kläre|schau|schaue|frag|frage|prüf|prüfe) ich|(?:ich )?(?:kläre|frage|prüfe) (?:das )?(?:mit|bei)|"
    r"lo (?:miro|veo|consulto|reviso|averiguo|pregunto|compruebo)|(?:miro|veo|consulto|pregunto) con|"
    # the to-do with whom it is to be cleared: "mit Technik klären", "voir avec l'atelier", "preguntar a obra"
    r"(?:mit|bei) (?:der |dem |den )?\w+ (?:ab)?klären|(?:voir|vérifier) avec|(?:preguntar|consultar) (?:a|con))\b.*$",
    re.I)

# A remark that answers the question on the call: "le dije que sí", "said yes", "lui ai dit oui".
_YES = re.compile(r"(?:dije|dit|said|gesagt|confirmé|confirmed)\s+(?:que\s+)?(?:sí|si|oui|yes|ja)\b|"
                  r"\b(?:sí|oui|yes|ja)\s*[,.!]?\s*(?:dije|dit|said|gesagt)\b", re.I)


def without_remark(question: str) -> tuple[str, bool]:
    """A call note's question without the rep's remark after it, and whether that remark answered it yes ("podemos
    aplicar de noche: le dije que sí" -> ("podemos aplicar de noche", True))."""
    m = _REMARK.search(question)
    if m is None or len(question[:m.start()].split()) < 3:
        return question, False
    return question[:m.start()].rstrip(" ,;:"), bool(_YES.search(m.group(0)))


# A call note's lead reporting what the customer wrote ("Hr. Imhof mailte kurz:", "she emailed:", "il a écrit :"): the
# customer's own words, in their email, about a figure the note then replaces; not the rep's to restate.
_WROTE = re.compile(r"\b(?:mailte|schrieb|hat (?:kurz )?geschrieben|hat gemailt|emailed|e-mailed|wrote|texted|"
                    r"messaged|a écrit|a mailé|a envoyé un mail|escribió|mandó (?:un )?(?:correo|mail)|"
                    r"envió (?:un )?(?:correo|mail))(?:\s+(?:kurz|back|briefly|rapidement|brevemente))?\s*$", re.I)


def reports_mail(lead: str) -> bool:
    """Whether a note clause's lead (the words before its colon) reports an email the customer wrote."""
    return bool(_WROTE.search(lead.strip()))


# A call note recording the rep's own word to the customer: "Said I'd send ...", "Told her we'd call ...", "Promised
# him to email ...", "Je lui ai dit que j'envoie": what follows is the rep's promise in note shorthand.
_SAID_ID = re.compile(r"^(?:(?:i\s+)?(?:said|told (?:him|her|them)|promised(?: (?:him|her|them))?)\s+(?:that\s+)?"
                      r"(?:i'?d|i would|we'?d|we would|i'?ll|we'?ll|i will|we will|to)\s+)(?=[a-z])", re.I)


def own_word(sentence: str) -> str:
    """A note's record of the rep's promise as the promise itself ("Said I'd send the plan by Thu." -> "send the plan
    by Thu."); the sentence unchanged when it is none."""
    m = _SAID_ID.match(sentence.strip())
    return sentence.strip()[m.end():] if m else sentence

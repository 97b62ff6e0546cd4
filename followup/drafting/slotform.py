"""How an answer slot's question reads: a short question from the rep's side, not the customer's sentence pasted.

The customer's "Und montags ist bei uns ohnehin schlecht - könnten wir auf Mittwoch wechseln?" is slotted as what is
asked ("Könnten Sie auf Mittwoch wechseln?"): the lead-in connective, a statement before a self-contained question that
only explains it, a reason tacked on ("as we both work", "weil ...", "parce que ...", "porque ..."), a "please tell me
whether" frame and a polite "please" go; an English question said as a statement ("it counts toward CPD hours?") is
asked ("does it count toward CPD hours?"), a note's bare adjective gets its verb ("Est-ce accessible à une personne
enceinte ?"); the customer's "wir"/"unser" and the rep's "Sie"/"Ihr" are turned round in German (pronounturn.py), where
the verb keeps its form (French and Spanish verbs would change with their pronouns: kept as written), and the company
the customer calls "yours" is "ours", never "mine". The sentence before a question that points back ("Does that work?")
is kept in brackets, its pronouns turned round as well."""
from __future__ import annotations

import re

from followup.drafting.days import drop_dates, drop_relative_dates
from followup.drafting.mergedask import merged_parts
from followup.drafting.owedfigure import unchased
from followup.drafting.ownclause import impersonal_off, own_clause_before
from followup.drafting.pronounturn import _DE_FIRST_PERSON, _turned
from followup.drafting.quotefor import quote_for_count
from followup.drafting.reading import inverted
from followup.drafting.relayframe import relay_off, separable_first
from followup.drafting.restating import SWAP_IN, second_person, swap
from followup.drafting.slotperson import asides_off, asked_fr, firm_fr, firm_we, only_a_view

# A question this short ("24 months leasing?", "Meetingraum?") gets the sentence before it, which says what it is about.
SHORT_QUESTION_WORDS = 4

# A question after a statement keeps the statement when it has fewer words than this: "Una cena de gala el día 20
# para 200 personas, ¿qué menús tenéis?" needs its lead to say what the menus are for.
SELF_CONTAINED_WORDS = 6

# A question that ends by pointing back ("..., c'est faisable?", "is that possible?", "geht das?"): what "that" is
# stands in the sentence before.
_POINTING_TAIL = re.compile(r"(?:\bc'est|\best-ce|\bce serait|\bis that|\bis this|\bwould that be|\bist das|"
                            r"\bgeht das|\bes eso|\bsería eso|\bes posible eso)(?:\s+[^\W\d_]+){0,2}\s*[?.]*$|"
                            # or a first clause ending on it: "can the PBX integrate this, or ...", "geht das, ..."
                            r"^[^,]{0,40}\b(?:this|that|das|dies|cela|ça|eso|esto)\s*,", re.I)

# A question asking whether something holds all the same ("Gilt der Preis trotzdem?", "le prix reste-t-il le même ?",
# "for the same fee?", "¿se mantiene igual?"): what changed stands in the sentence before, and the rep needs it.
_ALL_THE_SAME = re.compile(r"\b(?:trotzdem|dennoch|weiterhin|immer noch|quand même|malgré tout|(?:le|la|les) mêmes?|"
                           r"the same|still|anyway|aun así|igual(?:mente)?|de todos modos|(?:el|la|lo|los|las) mism[oa]s?)\b",
                           re.I)

# A word among a short question's first four that stands for something said before it.
POINTS_BACK = re.compile(r"\b(?:that|this|it|those|these|cela|ça|eso|esto|elle|il|ella|él|ihm|ihn)\b|"
                         r"\b(?:das|dies|es)\b(?!\s+[A-ZÄÖÜ])", re.I)

# A word among a question's first four that leans on the statement before it: "them", "so", "donc", "dann".
_LEANS_BACK = re.compile(POINTS_BACK.pattern + r"|\b(?:them|they|so|therefore|donc|alors|dann|also|daher|entonces|"
                         r"así que|then)\b", re.I)

# A head that only explains: a reason, a consequence or a contrast inside it ("..., donc il faudra attendre").
_REASONING = re.compile(r"\b(?:so|therefore|because|however|donc|parce que|car|par contre|daher|deshalb|weil|aber|"
                        r"allerdings|porque|así que|por eso|entonces|pero|sin embargo)\b|"
                        # or an option turned down before the one the question offers ("montags ist ohnehin schlecht")
                        r"\b(?:is|are) (?:bad|not good|difficult|tricky)\b|\bschlecht\b|\bungünstig\b|"
                        r"\bgeht (?:bei uns )?nicht\b|\bne (?:va|marche|nous convient) pas\b|"
                        r"\bno (?:nos )?(?:va|viene) bien\b", re.I)

# A head that is the customer's feeling, wish or apology ("you'd love to", "sorry", "leider", "malheureusement").
_FEELING = re.compile(r"^(?:(?:i|we|you)(?:'d| would) (?:love|like)|(?:i|we|you)(?:'re| are) (?:so |really )?(?:happy|"
                      r"excited|glad|sorry)|sorry|unfortunately|leider|malheureusement|désolée?|lamentablemente|"
                      r"desafortunadamente|perdón|disculp)", re.I)

# Letters two words must share at their start to be one word said again ("trifásico" / "trifásico", "payer" / "payé").
STEM = 5

# Words that open a question without saying anything of it: connectives, hedges, a polite "please".
_LEAD_IN = re.compile(
    r"^(?:and|also|so|but|plus|oh|ok|okay|btw|by the way|one more thing|one last thing|another thing|one problem|"
    r"one question|anyway|please|kindly|und|außerdem|übrigens|also|bitte|ach ja|ach|noch eine frage|dann|"
    r"et|puis|pis|aussi|par contre|sinon|alors|d'ailleurs|au fait|autre chose|dernière chose|bon|ah|"
    r"y(?!\s+a(?:ura|vait|urait)?-t-)|también|además|pues|bueno|entonces|por cierto|oye|otra cosa|una cosa más)"
    r"\b[\s,:;.–—-]*", re.I)  # French "y a-t-il" keeps its "y": not the Spanish "and"

# A frame asking to be told what the question asks ("please also tell whether", "could I also find out if",
# "Pouvez-vous nous dire si", "Il faudrait aussi savoir si", "También necesitamos saber si", "wir möchten wissen, ob").
_TELL_FRAME = {
    # or a need to know, after what it is for ("for the fieldwork we need to know how many days ...")
    "en": re.compile(r"^(?:for [^,]{3,40}?,?\s+)?(?:you|we|I) (?:also )?(?:need|would like|want|have) to know,?\s+"
                     r"(?=whether\b|if\b|what\b|when\b|how\b|which\b|who\b)|"
                     r"^(?:(?:could|can|would) (?:you|I) )?(?:also )?(?:tell(?: me| us| you)?|advise|confirm|"
                     r"let (?:me|us|you) know|find out|check)\s+(?=whether\b|if\b|what\b|when\b|how\b|which\b|who\b)",
                     re.I),
    "de": re.compile(r"^(?:für [^,]{3,40}?\s+)?(?:müssen|muss) (?:wir|ich) (?:noch )?wissen,?\s+(?=ob\b|wann\b|wie\b|"
                     r"was\b|wer\b|welche)|^(?:wir|ich) (?:müssen|muss) (?:noch )?wissen,?\s+(?=ob\b|wann\b|wie\b|was\b|"
                     r"wer\b|welche)|"
                     r"^(?:(?:wir|ich) )?(?:möchten|möchte|würden|würde|wollen|will) (?:gerne? )?(?:noch )?wissen,?\s+"
                     r"(?=ob\b|wann\b|wie\b|was\b|wer\b|welche)|^(?:können|könnten) Sie (?:uns|mir) (?:noch )?sagen,?\s+"
                     r"(?=ob\b|wann\b|wie\b|was\b|wer\b|welche)", re.I),
    "fr": re.compile(r"^(?:pour [^,]{3,40}?,\s+)?(?:nous devons|il nous faut|on doit|nous avons besoin de) (?:aussi )?"
                     r"savoir\s+(?=si\b|s'il\b|quand\b|combien\b|comment\b|quel)|"
                     r"^(?:(?:on|nous) (?:voudrait|voudrions|aimerait|aimerions) |il (?:nous )?faudrait (?:aussi )?|"
                     r"j'aimerais |je voudrais )?(?:aussi )?savoir\s+(?=si\b|s'il\b|quand\b|combien\b|comment\b|quel)|"
                     r"^(?:pouvez|pourriez)-vous (?:aussi )?(?:nous|me) (?:dire|confirmer|indiquer)\s+"
                     r"(?=si\b|s'il\b|quand\b|combien\b|comment\b|quel|à combien\b)", re.I),
    "es": re.compile(r"^(?:(?:también )?(?:necesitamos|necesito|quisiera|quisiéramos|queremos|quiero|me gustaría|"
                     r"nos gustaría) )?(?:también )?saber\s+(?=si\b|cuándo\b|cuánto|cómo\b|qué\b|cuál)", re.I),
}

# Where a statement before the question ends: a dash, a colon, ", so", ", donc", ", also", or a Spanish "¿".
_LEAD_END = re.compile(r"\s[-–—]\s|:\s|,\s+(?:so|donc|alors|also|dann|entonces|así que)\s+|(?=¿)", re.I)

# A reason or excuse tacked on the question's end ("..., as we both work", "weil ...", "parce que ..."); a word that
# is also something else ("denn" the particle, "car" the coach, "wegen" inside a clause) only after a comma.
_REASON = re.compile(r"(?:,\s+|\s+)(?:as (?=(?:we|you|i|they|he|she)\b)(?!\w+ (?:are|is|were|was)\b)|because|"
                     r"since (?=(?:we|you|i|they|he|she|it)\b)|"
                     r"weil|da (?=(?:wir|ich|sie|es)\b)|parce que|parce qu'|puisque|vu que|porque|ya que)[^?]*$|"
                     r",\s+(?:as (?=(?:the|our|your|my|some|most)\b)|denn|wegen|car|pues)\s[^?]*$", re.I)

# How a question opens, in the four languages: a question word or a verb put first.
OPENS_QUESTION = re.compile(
    r"^(?:can|could|will|would|should|must|may|might|is|are|was|were|do|does|did|have|has|what|when|where|which|"
    r"who|whom|whose|why|how|whether|any|shall|kann|können|könnten|könnt|ist|sind|gibt|wann|was|wie|wer|wo|welche\w*|"
    r"muss|müssen|brauchen|braucht|haben|hat|geht|gehen|wäre|wären|würde|würden|darf|dürfen|soll|sollen|"
    r"est-ce|quel\w*|quand|comment|combien|où|pourquoi|qui|y a-t-il|qu'est-ce|[^\W\d_]+-(?:vous|il|elle|on|nous|"
    r"t-il|t-elle|t-on|ils|elles)\b|qué|cuándo|cuánto\w*|cómo|dónde|quién|cuál|puede|pueden|podemos|podéis|"
    r"hay|se puede|es posible)\b", re.I)

# The English request frame whose asker was turned round ("and tell you the price"): what it asks is the price.
_TELL_PRICE = re.compile(r",?\s+and (?:tell|let) you (?:know )?(?:the price|the cost|what (?:it|they|that) costs?|"
                         r"how much (?:it|they|that) (?:is|are|costs?|would cost))$", re.I)

# An English question said as a statement: a subject pronoun and its verb ("it counts toward", "they run on").
_SAID_AS_STATEMENT = re.compile(r"^(?P<subj>it|they|we|you|he|she|this|that)(?P<be>'s|'re|\s+is|\s+are)?\s+"
                                r"(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.I)
_AUX = {"can", "could", "will", "would", "should", "must", "may", "might", "do", "does", "did", "is", "are",
        "was", "were", "have", "has", "had"}
_QUESTION_WORD = re.compile(r"^(?:can|could|will|would|should|must|may|might|is|are|was|were|do|does|did|have|has|"
                            r"what|when|where|which|who|whom|whose|why|how|whether|any|shall)\b", re.I)

# A note's question that is an adjective alone ("accessible à une personne enceinte?", "available in May?",
# "machbar bis Mai?", "posible en mayo?"): asked with the verb it lacks.
_BARE_ADJECTIVE = re.compile(r"^(?!(?:(?:time)?table|cable|vegetable|endlich|natürlich|eigentlich|ehrlich|"
                             r"sichtbar)\b)[^\W\d_]{3,}(?:ible|able|bar|lich)\b", re.I)
_IS_IT = {"en": "is it", "de": "Ist das", "fr": "Est-ce", "es": "Es"}


# A call note's label naming who asked ("Her question:", "Frage von ihm:", "Sa question :", "Su pregunta:"): the slot
# asks the question itself.
_ASKER_LABEL = re.compile(r"^(?:(?:her|his|their|the client's|the customer's) (?:question|q)|(?:ihre|seine) Frage|"
                          r"Frage (?:von )?(?:ihr|ihm)|(?:sa|leur) question|(?:su|la) pregunta(?: de (?:ella|él))?)"
                          r"\s*:\s*(?=\S)", re.I)


def _lead_in_off(text: str) -> str:
    """The question without the connectives and hedges that open it ("Und", "Et", "Y también", "please")."""
    while (out := _LEAD_IN.sub("", text, count=1)) != text and len(out.split()) >= 2:
        text = out
    return text


def _statement_off(q: str) -> str:
    """A self-contained question without the statement before it, where that statement is only the customer's
    feeling or reason ("we'd love to see it again - any chance of a viewing after Easter", "the owners are away,
    so can you move ...") or the question names its subject again ("el ICE nos instaló trifásico, ¿cambia el precio
    con motor trifásico?"); a question that needs it ("is this possible?", "the repair"), a label ("Wegen der
    Ladestation: ...") or a question before it keeps it."""
    cuts = [m for m in _LEAD_END.finditer(q) if m.start() > 0]
    if not cuts:
        return q
    last = cuts[-1]
    head, tail = q[:last.start()], q[last.end():]
    words = tail.lstrip("¿ ").split()
    if "?" in head or OPENS_QUESTION.match(_lead_in_off(head.lstrip("¿ "))) or len(words) < SELF_CONTAINED_WORDS \
            or _LEANS_BACK.search(" ".join(words[:4])) or _POINTING_TAIL.search(tail) or asks_all_the_same(tail):
        return q
    said_again = {w[:STEM] for w in re.findall(r"[^\W\d_]{5,}", head.lower())} & \
        {w[:STEM] for w in re.findall(r"[^\W\d_]{5,}", tail.lower())}
    connective = re.search(r"[^\W\d_]", last.group())  # ", so", ", donc": the head is the reason by its own word
    explains = _FEELING.match(_lead_in_off(head)) or _REASONING.search(head)
    return tail if connective or explains or said_again else q


# Their own side set beside what they ask, after a comma: "..., ours is a mud bath in January", "..., le nôtre est".
_THEIRS = re.compile(r",\s+(?:ours|mine|(?:le|la|les) (?:nôtre|vôtre|mien|mienne)s?|unser(?:e[rs]?)?|meine[rs]?|"
                     r"(?:el|la|los|las) (?:nuestr|vuestr|mí)[oa]s?)\s+(?:is|are|'s|est|sont|ist|sind|es|está|son|"
                     r"están)\b[^?]*$", re.I)


def _reason_off(q: str, marked: bool = False) -> str:
    """A question without a reason tacked on its end ("..., maybe an evening as we both work", "..., ours is all
    mud"); a sentence that only a reason makes a question ("saturday is bad because ..., can I do Sunday") keeps it.
    A question `marked` where it starts (the Spanish "¿") is a question up to its reason, whatever its first word."""
    out = _REASON.sub("", q).rstrip(" ,;")
    if out != q and len(out.split()) >= 3 and (marked or OPENS_QUESTION.match(out.lstrip("¿ "))):
        return out
    out = _THEIRS.sub("", q).rstrip(" ,;")
    return out if len(out.split()) >= 3 else q


def _asked(q: str, language: str) -> str:
    """A question said as a statement or framed as a wish to be told, asked directly."""
    frame = _TELL_FRAME.get(language)
    framed = frame is not None and frame.match(q) is not None
    if framed:
        q = frame.sub("", q, count=1)
    if language == "en":
        # "whether ...", or the "if" a frame asked ("find out if ..."); an "if" of its own is a condition
        if q.lower().startswith("whether ") or (framed and q.lower().startswith("if ")):
            clause = q.split(" ", 1)[1]
            direct = inverted(clause)
            good = re.match(r"(?:is|are|can|could|will|would|should|do)\s", direct)  # never "has our crew the ..."
            return direct if good else f"whether {clause}"
        m = _SAID_AS_STATEMENT.match(q)
        if m and not re.search(r",|\s[-–—]\s|:", q) and not _QUESTION_WORD.match(q):
            subj, be, verb, rest = m.group("subj"), m.group("be"), m.group("verb"), m.group("rest")
            plural = subj.lower() in ("they", "we", "you")
            if be:
                return f"{'are' if plural else 'is'} {subj} {verb}{rest}"
            if verb.lower() in ("has", "have") and rest.startswith(" to "):
                return f"{'do' if plural else 'does'} {subj} have{rest}"  # "it has to tie into" -> "does it have to"
            if verb.lower() in _AUX:
                return f"{verb} {subj}{rest}"
            if plural:
                return f"do {subj} {verb}{rest}"
            if base := second_person(verb):
                return f"does {subj} {base}{rest}"
    if _BARE_ADJECTIVE.match(q) and not OPENS_QUESTION.match(q):
        return f"{_IS_IT[language]} {q[:1].lower()}{q[1:]}"  # "accessible à une personne enceinte" has no verb
    if language == "de":
        m = _DE_VERB_LAST.match(q)
        if m:  # an "ob" clause (its "ob" kept or lost): "wir die Rechnung in zwei Raten zahlen können" -> "können wir
            # ...", "ob wir ... zahlen können statt jährlich" -> "können wir ... zahlen statt jährlich"; an "ihr" form is
            # left, as the turn to the rep's side would read its "ihr" as "your"
            return f"{m.group('verb')} {m.group('clause')}{m.group('tail')}"
        m = re.match(r"^ob\s+(?P<clause>[^,?]+?)\s+(?P<verb>[^\W\d_]+)$", q, re.I)
        if m:  # "ob wir auch Antifouling machen" -> "machen wir auch Antifouling"
            return separable_first(m.group("verb"), m.group("clause"))
    if language in ("fr", "es"):
        q = re.sub(r"^(?:si\s+|s'(?=il))", "", q, flags=re.I)
    return q


# A German clause in subordinate order (pronoun first, finite auxiliary last), its "ob" lost.
# What may follow its verb: a comparison put after it ("statt jährlich") and a comma's tail (", wegen der Förderung").
_DE_VERB_LAST = re.compile(r"^(?:[Oo]b\s+)?(?P<clause>(?:[Ww]ir|Sie|[Ii]ch|[Ee]r|[Ee]s|[Mm]an|[Ii]hr|[Dd]u)\s+[^,?]+?)\s+"
                           r"(?P<verb>können|kann|könnten|könnte|müssen|muss|dürfen|darf|sollen|soll|sollten|sollte|"
                           r"werden|wird)"
                           r"(?P<tail>(?:\s+(?:statt|anstatt|als)\s+[^\W\d_]+)?(?:,\s+[^,?]+)?)$")


# A question pointing back at a count said before it ("Wir sind inzwischen 450 Gäste, reicht die Beschallung
# dafür?"): the count takes the pointer's place ("Reicht die Beschallung für 450 Gäste?").
_FOR_THAT = {"en": r"\bfor (?:that|this|it|them)\b", "de": r"\bdafür\b", "fr": r"\bpour (?:cela|ça|ceci)\b",
             "es": r"\bpara (?:eso|ello|esto)\b"}
_FOR_COUNT = {"en": "for", "de": "für", "fr": "pour", "es": "para"}
_COUNTED = re.compile(r"(?<![\d.,'])\d[\d.,']*\s+[^\W\d_]{3,}")


def _count_for_pointer(q: str, language: str) -> str:
    """A question after a count it points back at, with the count in the pointer's place (see _FOR_THAT)."""
    head, sep, tail = q.rpartition(", ")
    pointer = _FOR_THAT.get(language)
    counts = _COUNTED.findall(head)
    if not sep or pointer is None or len(counts) != 1 or "?" in head or len(re.findall(pointer, tail, re.I)) != 1 \
            or not (OPENS_QUESTION.match(_lead_in_off(tail.lstrip("¿ "))) or language == "de" and re.match(
                r"(?!(?:und|aber|oder|denn|weil|dass|ob|wenn|wie)\b)[a-zäöü]+\s", tail)):
        return q  # a German question opens on its verb, whichever it is ("reicht die Beschallung dafür")
    return re.sub(pointer, f"{_FOR_COUNT[language]} {counts[0]}", tail, count=1, flags=re.I)


def short_question(q: str, language: str, inbound: bool = True) -> str:
    """What a customer's question asks, said short and from the rep's side (no closing mark)."""
    q = _ASKER_LABEL.sub("", asides_off(q.strip()).rstrip("?. ").strip())  # slotperson.py
    spanish = q.startswith("¿")
    q = _count_for_pointer(_lead_in_off(unchased(q.lstrip("¿ "))), language)
    q = _lead_in_off(_statement_off(q).lstrip("¿ ")).rstrip("? ")
    if language == "en":
        q = _TELL_PRICE.sub(", and at what price", q)
    # a reason after a passed-on question goes once its frame is off ("asks if ..., because some technicians ...")
    q = _reason_off(relay_off(_reason_off(q, spanish), language), spanish)  # relayframe.py
    q = _turned(_asked(q, language), language, inbound)
    if language != "en":
        q = q[:1].upper() + q[1:]  # a question of its own, after the words cut before it
    return ("¿" if spanish or (language == "es" and "¿" not in q) else "") + q


# A context's opening that only announces it ("To add to Elin's mail:", "Sergio, una cosa más:", "Un seul
# changement :", "Nur eine Änderung:", "Only"), the wish that frames it ("you would like", "queremos que haya") and a
# reason after a comma (", because of your budgets", ", porque ..."): the bracket keeps the thing asked about. A wish
# for a deed ("you want to go with ...", "nous souhaitons démarrer ...") keeps its frame: the verb alone reads cut.
_CONTEXT_LABEL = re.compile(
    r"^(?:[A-ZÀ-Ý][\w'’-]+,\s+)?(?:to add to [^:\d]{0,30}|(?:only )?one (?:more |last )?(?:thing|change)|"
    r"(?:solo |sólo )?(?:un cambio|una cosa más|otra cosa)|(?:un seul|un) changement|(?:une )?autre chose|"
    r"une dernière chose|(?:nur )?eine (?:Sache|Änderung)|noch (?:eine Sache|etwas))\s*:\s*|"
    r"^(?:only|just|solo|sólo|seulement|nur)\s+(?=\w+\s)", re.I)
_CONTEXT_WISH = {
    "en": r"^(?:you|we|I)(?:\s+would like|'d like|\s+want|\s+wish|\s+need|\s+would prefer|'d prefer|\s+prefer)\s+"
          r"(?:however\s+|rather\s+)?(?:to have\s+)?(?!to\b)",
    "de": r"^(?:wir|Sie|ich)\s+(?:möchten?|hätten gerne?|hätte gerne?|wollen|will|wünschen|hätten lieber|bevorzugen)\s+"
          r"(?:aber\s+|jedoch\s+|lieber\s+)?(?:gerne?\s+)?",
    "fr": r"^(?:nous|vous|je)\s+(?:souhaitons|souhaitez|souhaite|voudrions|voudriez|voudrais|voulons|voulez|veux|"
          r"aimerions|aimeriez|aimerais|préférons|préférez|préférerions|préféreriez|préfère|préférerais)\s+"
          r"(?:toutefois\s+|plutôt\s+|cependant\s+)?(?:avoir\s+)?(?![^\W\d_]+(?:er|ir|re)\b)",
    "es": r"^(?:queremos|quiero|quisiéramos|querríamos|querría|nos gustaría|me gustaría|preferimos|preferiríamos|"
          r"prefiero|preferiría)\s+(?:sin embargo\s+|más bien\s+)?(?:que\s+(?:haya|tenga)\s+)?(?:también\s+)?"
          r"(?![^\W\d_]+(?:ar|er|ir)\b)",
}
_CONTEXT_REASON = re.compile(r",\s+(?:because|since|as|parce que|parce qu'|puisque|car|weil|da|denn|porque|ya que|"
                             r"pues)\b[^?()]*$", re.I)


def context_said(before: str, language: str) -> str:
    """The sentence before a question, said as what the question is about: no announcing label, no wish frame, no
    reason tacked on; unchanged where that would leave too little."""
    out = _CONTEXT_LABEL.sub("", before, count=1)
    out = re.sub(_CONTEXT_WISH.get(language, "^$"), "", out, count=1, flags=re.I)
    out = _CONTEXT_REASON.sub("", out).strip(" ,;")
    return out if len(out.split()) >= MIN_CONTEXT_WORDS else before


# Words a context must keep to still say what the question is about.
MIN_CONTEXT_WORDS = 2


def _context(before: str, language: str, turn: bool, pointed: bool = False) -> str:
    """The sentence before a question, as its bracket: no dates (a question `pointed` at it keeps its calendar dates
    whole, as "is that doable?" asks about them), no lead-in, no label, wish or reason (context_said), pronouns
    turned (German ones only with the question's, which an informal "ihr" keeps)."""
    undated = drop_relative_dates(before) if pointed else drop_dates(before)
    said = context_said(_lead_in_off(undated.strip()), language)
    said = swap(said, SWAP_IN) if language == "en" else _turned(said, language, turn)
    return (said[:1].upper() + said[1:]).rstrip(" .")


# A condition of the question's own ("does the price still hold if the deposit clears on Wednesday"): it needs
# nothing said before it.
_OWN_CONDITION = re.compile(r"\b(?:if|when|unless|wenn|falls|sofern|si|s'il|quand|cuando|aunque)\b", re.I)


def asks_all_the_same(q: str) -> bool:
    """Whether a question asks if something holds all the same, after a change said before it (_ALL_THE_SAME), and
    names no condition of its own."""
    return bool(_ALL_THE_SAME.search(q)) and not _OWN_CONDITION.search(q)


def needs_context(q: str) -> bool:
    """Whether a question says too little alone: very short, or pointing back at what came before it."""
    words = q.lstrip("¿ ").split()
    return len(words) <= SHORT_QUESTION_WORDS or any(_points_back(part) for part in merged_parts(q)) \
        or bool((m := _POINTING_TAIL.search(q)) and not own_clause_before(q, m.start())) or asks_all_the_same(q)


def _points_back(q: str) -> bool:
    """Whether a question of few words points back in its first words ("is this possible")."""
    words = impersonal_off(q).lstrip("¿ ").split()
    return len(words) <= POINTING_WORDS and bool(POINTS_BACK.search(" ".join(words[:4])))


# A question with more words than this names what it asks about, though it starts on "this" or "es".
POINTING_WORDS = 8


# A question whether the rep offers something more or lets the customer have it longer ("Do you also run IPAF
# training?", "On peut prolonger d'une semaine ?", "Bieten Sie auch Schulungen an?", "¿Podemos ampliar una semana?"):
# the rep's yes needs its price, which the question names nowhere.
_EXTRA = re.compile(r"^(?:do|does) (?:you|we|i) (?:also )?(?:run|offer|provide|do|sell|rent|supply|organi[sz]e)\b|"
                    r"^(?:can|could) (?:we|i) (?:also )?(?:extend|prolong|add|keep|rent|get)\b|"
                    r"^(?:bieten|machen|organisieren|verleihen|vermieten) (?:Sie|wir) (?:auch )?|"
                    r"^(?:können|könnten) (?:wir|Sie) (?:\w+ )*?(?:verlängern|dazunehmen|zusätzlich)\b|"
                    r"^(?:on peut|peut-on|pouvons-nous|pourrait-on) (?:aussi )?(?:prolonger|ajouter|garder|louer)\b|"
                    r"^(?:proposez|faites|organisez|louez)-vous (?:aussi )?|"
                    r"^¿?(?:podemos|podríamos|se puede) (?:también )?(?:ampliar|alargar|prolongar|añadir|quedarnos)\b|"
                    r"^¿?(?:ofrecéis|ofrecen|ofrece|hacéis|organizáis|alquiláis) (?:también )?", re.I)
_PRICE_NAMED = re.compile(r"\d|\b(?:price|cost|charge|fee|free|preis|kosten|kostet|gratis|prix|coût|tarif|gratuit|"
                          r"precio|coste|costo|cuesta|gratis)", re.I)
_AT_WHAT_PRICE = {"en": ", and at what price", "de": ", und zu welchem Preis", "fr": ", et à quel prix",
                  "es": ", y a qué precio"}


# What the rep's company offers, asked of "you" and turned to "I": the company's, "we" ("do we also run training").
_OUR_OFFER = re.compile(r"^(do|can|could) I (also )?(run|offer|provide|sell|rent|supply|stock|organi[sz]e)\b", re.I)


def with_price_asked(asked: str, language: str) -> str:
    """A question whether the rep offers more or for longer, asking its price too where it names none (_EXTRA)."""
    if language == "en":
        asked = _OUR_OFFER.sub(r"\1 we \2\3", asked)
    if not _EXTRA.match(asked) or _PRICE_NAMED.search(asked) or language not in _AT_WHAT_PRICE:
        return asked
    return asked + _AT_WHAT_PRICE[language]


def _change_before(q: str) -> tuple[str, str]:
    """A question asking whether all holds the same, split from the change said before it in the same sentence
    ("Nous préférerions 36 matelas au lieu de 40 : le prix reste-t-il le même" -> (the change, the question));
    ("", q) where there is none."""
    cuts = [m for m in _LEAD_END.finditer(q) if m.start() > 0]
    if not cuts or not asks_all_the_same(q[cuts[-1].end():]) or "?" in q[:cuts[-1].start()]:
        return "", q
    return q[:cuts[-1].start()].strip(" :;,–—-"), q[cuts[-1].end():].strip()


def slot_line(q: str, before: str, language: str, inbound: bool = True) -> str:
    """The answer slot for a question (the customer's own when `inbound`), with the sentence before it when the
    question needs it (the change said before it in the same sentence first)."""
    change, q = _change_before(q)
    before = change or before
    asked = with_price_asked(short_question(q, language, inbound), language)
    # the rep's "I" as the firm's "we", the French customer's "nous" as "vous": slotperson.py
    firm = {"en": firm_we, "fr": firm_fr}.get(language, str) if inbound else str
    if language == "fr":
        asked = asked_fr(asked)  # "Vous confirmez ... ?" would read as the rep's statement: slotperson.py
    if before and (counted := quote_for_count(asked, before, language)):
        return f"[[answer: {firm(counted)}?]]"  # "adjust the quote" after a new count: for that count (quotefor.py)
    if before and needs_context(q):
        turn = inbound and not (language == "de" and _DE_FIRST_PERSON.search(q))
        pointed = bool(_POINTING_TAIL.search(q)) or any(_points_back(part) for part in merged_parts(q))
        said = _context(before, language, turn, pointed)
        if not only_a_view(said):  # "(You know you said)" tells the rep nothing: slotperson.py
            return f"[[answer: {firm(asked)}? ({firm(said)})]]"
    return f"[[answer: {firm(asked)}?]]"

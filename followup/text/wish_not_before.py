"""A contact moment joined to "not before" ("flick me a msg next Monday, not before", "pas avant la fin du mois", "niet
eerder dan week 49"): a certain quiet period ending at that moment, in the seven languages the rules read."""
from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import DNC, PAUSED, QUIET, Wish
from followup.text.wish_school_break import named_break

# the marker that contact before a moment is unwanted, said before or after that moment: "not before", "not till after",
# "no earlier than", "at the earliest", "nicht vor", "frühestens", "vorher nicht", "pas avant", "au plus tôt", "antes no",
# "no ... antes", "non ... prima", "prima no", "não ... antes", "antes disso nem", "só depois", "niet eerder", "niet vóór"
# (never a bare "before": "send it before Friday" sets a deadline, it asks for no quiet)
_MARKER = re.compile(
    r"\b(?:not\s+(?:(?:any\s+)?(?:before|earlier|sooner)|(?:till|until|til)\s+after)|no\s+(?:earlier|sooner)\s+than|"
    r"at\s+the\s+earliest|"
    r"(?:don['\u2019]?t|do\s+not|please\s+not|you\s+not|not\s+to)\s+(?:\w+\s+){1,4}?(?:before|(?:till|until|til)\s+after)|"
    # "no follow-ups before next Monday", "let's not chase each other until then"
    r"no\s+(?:[\w-]+\s+){1,2}?before|not\s+(?:\w+\s+){1,3}?(?:till|until|til)\s+then|"
    r"nicht\s+(?:\w+\s+){0,3}?(?:vor|fr[üu]her|eher)|fr[üu]hestens|como\s+muy\s+pronto|ten\s+vroegste|op\s+(?:z['\u2019]n|zijn)\s+vroegst|vorher\s+(?:\w+\s+){0,3}?(?:nicht|kein\w*)|"
    r"pas\s+(?:\w+\s+){0,3}?avant|au\s+plus\s+t[ôo]t|avant\s+(?:\w+\s+){0,2}?(?:non|pas|rien|inutile)|"
    r"no\s+(?:\w+\s+){0,4}?antes|antes\s+(?:\w+\s+){0,2}?(?:no|nem|n[ãa]o)|n[ãa]o\s+(?:\w+\s+){0,4}?antes|"
    r"antes\s+disso\s+nem|s[óo]\s+(?:depois|a\s+partir)|"
    r"non\s+(?:\w+\s+){0,4}?prima|prima\s+(?:\w+\s+){0,2}?(?:no|non|niente)|"
    r"niet\s+(?:\w+\s+){0,3}?(?:eerder|v[oó][oó]r)|eerder\s+(?:\w+\s+){0,3}?niet|pas\s+(?:na|vanaf))\b", re.I)
# a contact with the writer, the thing refused before the moment (en, de, fr, es, it, pt, nl)
_CONTACT = re.compile(
    r"\b(?:call\w*|ring\w*|phon\w*|e-?mail\w*|mail\w*|writ\w*|wrote|contact\w*|chas\w*|follow\w*|bother\w*|reach\w*|"
    r"ping\w*|flick|msg|message\w*|touch|get\s+back|nudg\w*|remind\w*|pester\w*|hear|talk|try\s+(?:me|us)|"
    r"meld\w*|ruf\w*|anruf\w*|schreib\w*|kontakt\w*|nachhak\w*|nachfrag\w*|erinner\w*|"
    r"appel\w*|rappel\w*|relanc\w*|recontact\w*|[ée]cri\w*|revenir|reparl\w*|"
    r"llam\w*|ll[áa]m\w*|escrib\w*|escr[íi]b\w*|cont[áa]ct\w*|busc\w*|busqu\w*|insist\w*|"
    r"chiam\w*|richiam\w*|scriv\w*|contatt\w*|ricontatt\w*|risent\w*|sentiamoci|cerc\w*|sollecit\w*|"
    r"lig\w*|escrev\w*|procur\w*|cham[ae]\w*|fal\w*|"
    r"bel\w*|benader\w*|app(?:en|t)?|terugkom\w*|schrijf\w*|"
    # something sent to the writer ("Stuur me ten vroegste volgende maandag iets", "send me something next week at the
    # earliest"): the writer its object, never a thing sent elsewhere
    r"send\s+(?:me|us)|stuur\s+(?:me|mij|ons)|schick\w*\s+(?:sie\s+)?(?:mir|uns)|envoy\w*[-\s](?:moi|nous)|"
    r"(?:m[áa]nd|env[íi])(?:a|e|en)(?:me|nos)|(?:mand|invi)(?:a|i|ate)(?:mi|ci)|(?:me|nos|mi|ci)\s+(?:mand|envi|invi)\w*|"
    # the rep told to try again ("Probeer het over vier weken nog eens", "Versuchen Sie es im März wieder", "riprovi")
    r"try\s+(?:it\s+|this\s+)?again|probeer\w*|versuch\w*|r[ée]-?essay\w*|riprov\w*|vuelv\w*\s+a\s+intentar\w*|"
    r"tent\w*\s+(?:novamente|de\s+novo))\b", re.I)
# the marker said alone in its clause, the contact left unsaid: "try me again then - just not before", "hasta el lunes 14,
# no antes", "Niet vóór 8 december graag"
_ALONE = re.compile(r"(?:^|[,;:\u2013\u2014-])\s*(?:(?:and|but|just|mais|pero|y|ma|e|mas|maar|en|aber|und)\s+)?(?:just\s+)?"
                    r"(?:not\s+before|no\s+antes|antes\s+no|pas\s+avant|non\s+prima|prima\s+no|niet\s+v[oó][oó]r|"
                    r"niet\s+eerder|nicht\s+vorher|nicht\s+vor|n[ãa]o\s+antes|antes\s+n[ãa]o)\b", re.I)
# a condition ("if they don't call before Friday"; not "if possible"), said of someone else ("he won't call before"),
# or a thing, not contact, that comes no earlier ("it won't arrive before Friday")
_CONDITION = re.compile(r"^\W*(?:if|when|unless|si|wenn|falls|se|als)\b(?!\s+(?:possible|m[öo]glich|posible|possibile|"
                        r"poss[íi]vel|mogelijk)\b)", re.I)
_NOT_ASKED = re.compile(r"\b(?:he|she|they|it)\s+(?:won['\u2019]?t|will\s+not|can['\u2019]?t|cannot|did\s*n['\u2019]?t|"
                        r"does\s*n['\u2019]?t|don['\u2019]?t|do\s+not)\b|\b(?:arriv|deliver|ship|ready|availab|install)\w*|"
                        r"\b(?:worry|hesitate)\b", re.I)

# contact before the moment the sentence before named is of no use: "Antes disso não adianta", "Vorher hat's keinen
# Sinn", "Avant ça, ça ne sert à rien", "Prima non serve", "Antes de eso no sirve de nada", "Daarvoor heeft het geen
# zin", "Before that there's no point"
_FUTILE_BEFORE = re.compile(
    r"^\W*(?:before\s+(?:that|then)|vorher|davor|avant\s+(?:[çc]a|cela)|antes\s+(?:disso|de\s+(?:eso|esto)|d(?:isto|aquilo))|"
    r"prima(?:\s+di\s+(?:allora|questo))?|daarvoor|eerder)\b[^.!?]{0,30}?\b(?:no\s+(?:point|use)|pointless|(?:is\s+)?useless|"
    r"(?:keinen|kein|koan|koa)\s+sinn|sinnlos|bringt\s+(?:es\s+|das\s+)?nichts|ne\s+sert\s+(?:[àa]\s+)?rien|inutile|"
    r"no\s+(?:sirve|vale\s+la\s+pena|tiene\s+sentido)|in[úu]til|non\s+(?:serve|ha\s+senso)|n[ãa]o\s+(?:adianta|vale\s+a\s+pena|"
    r"serve)|geen\s+zin|heeft\s+(?:het\s+)?geen\s+zin|zinloos)\b", re.I)


def futile_before(sentence: str, previous: str) -> bool:
    """Whether a sentence says contact before the moment the previous sentence asks for is of no use ("Me liga só no
    fim do mês, beleza? Antes disso não adianta.")."""
    return bool(_FUTILE_BEFORE.search(sentence) and _CONTACT.search(previous) and not _NOT_ASKED.search(previous)
                and not _CONDITION.search(previous))


# the clause boundary a futile "before that" is joined to its contact moment by, in one sentence ("Mi ricontatti tra un
# mese; prima è inutile", "Probeer het over vier weken nog eens, eerder heeft echt geen zin")
_CLAUSE_END = re.compile(r"[,;:\u2013\u2014]\s+|\s-\s")


def futile_within(sentence: str) -> bool:
    """Whether a later clause of a sentence says contact before the moment its earlier clause asks for is of no use."""
    return any(futile_before(sentence[m.end():], sentence[:m.start()]) for m in _CLAUSE_END.finditer(sentence))


def not_before(sentence: str) -> bool:
    """Whether a sentence joins contact with the writer to a "not before" marker (the moment is looked for apart)."""
    marker = _MARKER.search(sentence)
    # (school holidays end on different days by region: wish_school_break keeps that wait possible)
    if marker is None or named_break(sentence) or not (_CONTACT.search(sentence) or _ALONE.search(sentence)):
        return False
    if _NOT_ASKED.search(sentence):
        return False
    # a condition holding the marker asks nothing ("if they don't call before Friday, ..."); one before it may
    # ("If you haven't heard from me by the 20th, try me again then - just not before")
    clause = re.search(r"[,;]", sentence)
    return not (_CONDITION.search(sentence) and (clause is None or marker.start() < clause.start()))


def _moment(sentence: str, wishes: list[Wish], local: datetime, zone: ZoneInfo) -> datetime | None:
    """The contact moment of a sentence: the end of a possible quiet period read in it, else the day it states."""
    from followup.text.wish_ends import foreign_not_before  # wish_ends reads wish_quiet, which reads wishes' modules
    from followup.text.wish_when import stated_end

    read = next((w.until for w in wishes if w.kind == QUIET and w.until and _within(w.quote, sentence)), None)
    return read or foreign_not_before(sentence, local, zone) or stated_end(sentence, local, zone)


def _within(quote: str, sentence: str) -> bool:
    """Whether a wish's quote and a sentence are the same words, one inside the other."""
    quote, sentence = quote.strip(), sentence.strip()
    return bool(quote) and (quote in sentence or sentence in quote)


def not_before_certain(spoken: list[str], wishes: list[Wish], local: datetime, zone: ZoneInfo) -> list[Wish]:
    """The wishes with the first sentence that joins a contact moment to "not before" read as a certain quiet period
    ending at that moment, in place of the possible wishes guessed in it; unchanged when a certain wish says more."""
    if any(w.certain and w.kind in (DNC, PAUSED, QUIET) for w in wishes):
        return wishes
    for previous, sentence in zip(["", *spoken], spoken):
        if futile_before(sentence, previous):
            sentence = f"{previous.strip()} {sentence.strip()}"  # the moment is the one named just before
        elif not (not_before(sentence) or futile_within(sentence)):
            continue
        until = _moment(sentence, wishes, local, zone)
        if until is None:
            continue
        # (every possible quiet period goes: a guessed end elsewhere would set the period's end beside this one)
        kept = [w for w in wishes if w.certain or w.kind != QUIET and (w.kind not in (DNC, PAUSED)
                                                                       or not _within(w.quote, sentence))]
        return kept + [Wish(QUIET, sentence.strip(), until=until)]
    return wishes


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

"""A customer's "not now" said in Spanish, Portuguese, German, Italian, French or Dutch: "de momento no", "no momento
não vamos seguir", "im Moment passt es nicht", "per ora no", "pas pour le moment", "voorlopig even niet", the time
called wrong for them ("non è il momento giusto per noi") and "maybe next year" ("quizás el año que viene"): a pause
as certain as "not right now" and "maybe next year" in English (followup.text.wish_pause)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import english
from followup.text.wish_hold import NOT_OURS, STILL, service_paused
from followup.text.wish_hold_not_now import NOT_A_PAUSE

# "for now", "at the moment" in the six languages (not "ahora" or "agora" alone: "ahora no puedo hablar" is a moment)
_FOR_NOW = (r"(?:de\s+momento|por\s+(?:el\s+)?momento|por\s+ahora|por\s+lo\s+pronto|en\s+este\s+momento|"  # es
            r"(?:no|neste|nesse|de)\s+momento|por\s+enquanto|por\s+agora|para\s+j[áa]|"  # pt
            r"im\s+moment|momentan|derzeit|zurzeit|zur\s+zeit|aktuell|vorerst|vorl[äa]ufig|erst(?:mal|\s+einmal)|"  # de
            r"per\s+ora|per\s+adesso|per\s+il\s+momento|al\s+momento|in\s+questo\s+momento|"  # it
            r"pour\s+le\s+moment|pour\s+l['’]instant|pour\s+l['’]heure|en\s+ce\s+moment|"  # fr
            r"voorlopig|voor\s+nu|op\s+dit\s+moment|momenteel|"  # nl
            # "this year", as English "not this year" pauses: "per quest'anno non se ne fa nulla", "este año no vamos a
            # seguir", "dieses Jahr nicht", "pour cette année on ne lance rien", "dit jaar niet"
            r"(?:per\s+)?quest['’]anno|(?:pour\s+)?cette\s+ann[ée]e|este\s+a[ñn]o|dieses\s+jahr|heuer|dit\s+jaar)")
# the negation of each language
_NO = r"(?:no|n[ãa]o|nicht|kein\w*|non|pas|niet|niks|niets|geen)"
CLAUSE_GAP = 25  # how many characters may stand between "for now" and its "no" ("De momento lo dejamos, no ...")
# a bare "not for now", the whole answer: "Por ahora no, quizás el año que viene", "Gracias, pero de momento no.",
# "voorlopig even niet", "Pas pour le moment", "im Moment nicht"
_BARE = re.compile(
    rf"\b{_FOR_NOW}\s+(?:(?:leider|even|ancora|a[úu]n|ainda|encore|noch|lieber|mejor|melhor|meglio|liever)\s+)?"
    rf"(?:{_NO}|nada|niente|nulla|nichts|rien)\s*(?:[,.;:!)\n—–-]|$)|"
    rf"(?:^|[,.;:!(\n]|\b(?:pero|mas|aber|ma|mais|maar|gracias|obrigad[oa]|danke|grazie|merci|bedankt)\b)\s*"
    rf"(?:{_NO}|pas)\s+{_FOR_NOW}\s*(?:[,.;:!)\n]|$)", re.I | re.M)
# "for now" beside a "no" that refuses the deal itself: not going ahead, not buying or doing anything, it does not suit
# ("De momento no vamos a hacer ningún cambio", "No momento não vamos seguir com a compra", "im Moment passt es leider
# nicht", "per il momento non ha senso proseguire", "on ne commande rien de neuf pour l'instant", "voorlopig niks mee te
# doen")
_REFUSED = (r"(?:"
            r"vamos\s+a\s+(?:seguir|avanzar|continuar|hacer|comprar|invertir|cambiar|contratar)|seguimos|avanzamos|"
            r"(?:vamos\s+)?(?:seguir|avan[çc]a(?:r|mos)|prosseguir|continuar|fazer\s+nada|comprar|investir|mudar|fechar|rola)|"
            r"procedia?mo|procediamo|andiamo\s+avanti|ha\s+senso\s+(?:proseguire|procedere|andare\s+avanti)|"
            r"ne\s+facciamo\s+nulla|se\s+ne\s+fa\s+(?:nulla|niente)|"
            r"(?:donn\w+\s+)?suite|(?:on\s+)?(?:ne\s+)?(?:commande|command\w+|engag\w+|avan[cç]\w+|fera|ferons|lanc\w+)\s+rien|"
            r"(?:mee\s+)?(?:te\s+)?doen|verder\s+(?:te\s+)?gaan|door\s+te\s+zetten)")
# ... a refusal holding its own negation
# (not "Aktuell haben wir keinen Bedarf": no need of one thing, asked - tests/test_wishes.py)
_SELF_NEGATED = (r"(?:passt\s+(?:es|das)\s+(?:\w+\s+)?nicht\b|"
                 r"(?:ist\s+(?:es|das)\s+)?(?:kein|nicht)\s+(?:thema|aktuell)\b|"
                 r"\bne\s+(?:\w+\s+)?(?:command\w*|engag\w*|lanc\w*|fai[st]|ferons|fera)\s+rien\b)")
_NOT_NOW_REFUSED = re.compile(
    rf"\b{_FOR_NOW}\b[^.;!?\n]{{0,{CLAUSE_GAP}}}?\b(?:{_NO}|rien|nada)\b[^.;!?\n]{{0,{CLAUSE_GAP}}}?\b{_REFUSED}\b|"
    rf"\b(?:{_NO}|rien|nada)\b[^.;!?\n]{{0,{CLAUSE_GAP}}}?\b{_REFUSED}\b[^.;!?\n]{{0,{CLAUSE_GAP}}}?\b{_FOR_NOW}\b|"
    # the refusal carrying its own "no", German word order: "im Moment passt es leider nicht"
    rf"\b{_FOR_NOW}\b[^.;!?\n]{{0,{CLAUSE_GAP}}}?\b{_SELF_NEGATED}|{_SELF_NEGATED}[^.;!?\n]{{0,{CLAUSE_GAP}}}?\b{_FOR_NOW}\b|"
    # "decidimos não avançar de momento", "hemos decidido no hacer la inversión de momento"
    rf"\b(?:decid\w+|deciso|d[ée]cid[ée]|entschieden|besloten)\s+(?:{_NO}|de\s+ne\s+pas)\s+[^.;!?\n]{{0,40}}?\b{_FOR_NOW}\b",
    re.I)
# the time called wrong for the customer's side: "no es el momento (adecuado) para nosotros", "não é o momento certo",
# "non è il momento giusto per noi", "ce n'est pas le bon moment pour nous", "nicht der richtige Zeitpunkt für uns",
# "niet het juiste moment voor ons"
_WRONG_TIME = re.compile(
    r"\bno\s+es\s+(?:el|buen|un\s+buen)\s+momento(?:\s+(?:adecuado|oportuno|ideal))?\s+para\s+(?:nosotros|m[íi]|la\s+empresa)\b|"
    r"\bn[ãa]o\s+[ée]\s+(?:o|um\s+bom)\s+(?:melhor\s+)?momento(?:\s+(?:certo|ideal|adequado))?\s+para\s+(?:n[óo]s|mim|a\s+empresa)\b|"
    r"\bnon\s+[èe]\s+il\s+(?:momento\s+(?:giusto|adatto|ideale)|buon\s+momento)\b|"
    r"\bn['’]est\s+pas\s+(?:le\s+bon\s+moment|le\s+moment|une\s+priorit[ée])\s+pour\s+nous\b|"
    r"\bnicht\s+der\s+(?:richtige|passende)\s+zeitpunkt\b|"
    r"\bniet\s+het\s+(?:juiste|goede|geschikte)\s+moment\b", re.I)
# "maybe next year" (the English "later_period"): "quizás el año que viene", "quem sabe no ano que vem", "magari
# l'anno prossimo", "vielleicht nächstes Jahr", "peut-être l'an prochain", "misschien volgend jaar"
MAYBE_WORDS_AT_MOST = 4  # "Vielleicht kommen wir im nächsten Jahr darauf zurück": words between "maybe" and the year
_NEXT_YEAR = (r"(?:(?:el\s+)?a[ñn]o\s+que\s+viene|(?:el\s+)?pr[óo]ximo\s+a[ñn]o|(?:no\s+)?ano\s+que\s+vem|"
              r"(?:no\s+)?pr[óo]ximo\s+ano|(?:im\s+)?n[äa]chste[ns]?\s+jahr|l['’]anno\s+prossimo|il\s+prossimo\s+anno|"
              r"l['’]an(?:n[ée]e)?\s+prochaine?|volgend\s+jaar)")
_MAYBE_NEXT_YEAR = re.compile(
    rf"\b(?:quiz[áa]s?|tal\s+vez|a\s+lo\s+mejor|talvez|quem\s+sabe|magari|forse|vielleicht|eventuell|"
    rf"peut[- ][êe]tre|misschien)\s+(?:[\w'’-]+\s+){{0,{MAYBE_WORDS_AT_MOST}}}?{_NEXT_YEAR}\b", re.I)
# ... said beside the deal going ahead now: "Vielleicht nächstes Jahr mehr, aber jetzt nehmen wir 20 Stück"
_BUT = re.compile(r"\b(?:aber|pero|mas|ma|mais|maar|per[òo]|doch|jedoch|sin\s+embargo|tuttavia|cependant|toutefois|echter)\b",
                  re.I)
# not the customer's buying paused: a condition, a question, the rep asked to call back later or the customer busy in
# a meeting ("im Moment nicht, ich bin in einer Besprechung, rufen Sie mich in einer Stunde an"), nothing wrong ("de
# momento no hay ningún problema", "im Moment nicht dringend"), someone unreachable ("al momento non sono in ufficio")
_NOT_THIS = re.compile(
    r"\?|^\W*(?:si|se|wenn|falls|als|indien|caso|sauf|salvo)\b|"
    r"\b(?:ll[áa]m\w+|ll[áa]ma(?:me|nos)|ruf\w*\s+(?:sie\s+)?(?:mich|uns)|richiam\w+|chiam\w+|rappel\w+|appel\w+|"
    r"lig(?:ue|a)(?:-me)?|telefon\w+|bel\s+(?:me|ons)|belt\s+u|terugbel\w*|call)\b|"
    r"\b(?:reuni[óo]n|reuni[ãa]o|besprechung|sitzung|meeting|riunione|r[ée]union|vergadering|termin)\b|"
    r"\b(?:problema|problem|probl[èe]me|probleem|souci|urgente?|dringend|pressa|prisa|eile|haast)\b|"
    r"\b(?:erreichbar|disponible|dispon[íi]vel|disponibile|bereikbaar|ufficio|oficina|escrit[óo]rio|b[üu]ro|bureau|"
    r"kantoor|stock|lager|magazzino|estoque|voorraad|lieferbar|verf[üu]gbar)\b", re.I)


# the words every reading above needs one of ("for now", "maybe", a moment or time called wrong): the cheap test
_ANY_CUE = re.compile(rf"\b{_FOR_NOW}\b|\b(?:quiz|tal\s+vez|a\s+lo\s+mejor|talvez|quem\s+sabe|magari|forse|vielleicht|"
                      r"eventuell|peut|misschien)|\bmoment|\bzeitpunkt\b", re.I)


def may_say_not_now_abroad(text: str) -> bool:
    """Whether a whole text holds the words not_now_abroad needs (the cheap test before its sentences are read)."""
    return bool(_ANY_CUE.search(text))


def not_now_abroad(sentence: str) -> bool:
    """Whether a sentence in one of the six languages says "not now" of the deal, calls the time wrong for the
    customer or says "maybe next year" (a pause for certain)."""
    if english(sentence):
        return False
    # (the wording first: its patterns skip a sentence without their words, the look-alikes' have no such test)
    said = (_BARE.search(sentence) or _NOT_NOW_REFUSED.search(sentence) or _WRONG_TIME.search(sentence)
            or any(not _BUT.search(sentence, m.end()) for m in _MAYBE_NEXT_YEAR.finditer(sentence)))
    return bool(said) and not (_NOT_THIS.search(sentence) or NOT_A_PAUSE.search(sentence) or NOT_OURS.search(sentence)
                               or STILL.search(sentence) or service_paused(sentence))


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

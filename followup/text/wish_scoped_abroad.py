"""One item's "not now" in German, French, Spanish, Italian, Portuguese or Dutch while the rest of the order goes ahead
("la furgoneta de momento no; enviadnos las 200 sillas como en la oferta"): no pause of the whole customer, as
wish_scoped reads it in English. The refusal must name an item with its article, the deal deciding nothing as a whole,
and another sentence or clause must send for the rest in so many words."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns
from followup.text.wish_base import english, sentence_offsets

# an item named with its article or demonstrative, an ordinal or adjective allowed before its noun ("die zweite
# Maschine", "le deuxième four", "la furgoneta", "il secondo forno", "o segundo forno", "de tweede oven")
_ITEM = re.compile(r"(?:^|[\s,;:(])(?:der|die|das|den|dem|diese[rnms]?|le|la|les|l['\u2019]|ce|cet|cette|ces|el|los|las|"
                   r"este|esta|estos|estas|il|lo|gli|i|questo|questa|quel|quella|o|a|os|as|esse|essa|de|het|deze|dit)"
                   r"\s*(?:[\w\u00c0-\u017f-]+\s+){0,2}?[\w\u00c0-\u017f-]{3,}", re.I)
# words that make the refusal about the deal as a whole, whatever item it names: its budget, a decision by the board,
# the project, the year or the investment (the customer's pause)
_WHOLE = re.compile(r"\b(?:budget\w*|bilancio|presupuesto|or[çc]amento|projekt\w*|projet\w*|proyecto\w*|progett\w*|projeto\w*|"
                    r"project\w*|investi\w*|inversi\w*|decis\w*|decid\w*|beschlossen|entschieden|besloten|direzione|direcci[óo]n|"
                    r"dire[çc][ãa]o|direction|gesch[äa]ftsf[üu]hrung|directie|consiglio|vorstand|conseil|consejo|conselho|"
                    r"bestuur|soci|socios|s[óo]cios|associ[ée]s|partner|priorit\w*|alles|tout|todo|tudo|tutto|alle[sn]?|"
                    r"offert\w*|angebot\w*|oferta\w*|preventiv\w*|devis|propost\w*|"
                    r"propos\w*|voorstel\w*)\b", re.I)
# the rest sent for in so many words: an order going ahead, a delivery asked for, the rest as offered ("enviadnos las
# 200 sillas", "die 30 Paletten bestellen wir", "merci de livrer les 20 plaques", "procediamo con l'ordine", "podem
# enviar as 50 caixas", "lever de 40 stoelen maar")
_GOES_ON = re.compile(
    r"\b(?:envi(?:ad|en|e|adnos|enos)|mand(?:ad|en|adnos|enos)|pedimos|confirm(?:o|amos)\s+el\s+pedido|"  # es
    r"(?:bestellen|nehmen)\s+wir|(?:bitte\s+)?(?:liefern|schicken|senden)\s+Sie|bitte\s+(?:liefern|schicken|senden)\b|"  # de
    r"best[äa]tige\w*\s+(?:die|den)\s+(?:Bestellung|Auftrag)|"
    r"livrez|envoyez|(?:merci\s+de|veuillez)\s+(?:livrer|envoyer|exp[ée]dier)|(?:nous\s+)?(?:prenons|commandons)|"  # fr
    r"on\s+(?:prend|commande)|confirm\w*\s+la\s+commande|"
    r"procediamo\s+(?:invece\s+|pure\s+)?con|spedite|inviate(?:ci)?|ordiniamo|prendiamo|confermo\s+l['\u2019]ordine|"  # it
    r"enviem|podem\s+enviar|avan[çc]amos\s+com|encomendamos|confirmo\s+(?:o\s+pedido|a\s+encomenda)|"  # pt
    r"(?:lever|stuur)\s+(?:ons\s+)?(?:de|het|maar)|graag\s+(?:leveren|sturen)|bestellen\s+we|we\s+nemen)\b", re.I)
# the refusal cut from the rest at a "but" of the six languages ("la furgoneta no, pero enviad las sillas")
_BUT = re.compile(r"[;]|\b(?:aber|mais|par\s+contre|pero|ma|per[òo]|invece|mas|maar|wel)\b", re.I)


def scope_of_abroad(quote: str, own: str) -> bool:
    """Whether a pause quoted in one of the six languages refuses one named item while the rest of the customer's
    own text sends for another part of the order."""
    at = own.find(quote)
    if at < 0:
        return False
    for offset, sentence in sentence_offsets(own):
        if not offset <= at + len(quote) - 1 < offset + len(sentence) or english(sentence):
            continue
        cut = _BUT.search(sentence)
        refusal = sentence[:cut.start()] if cut and cut.start() > 0 else sentence
        if not _ITEM.search(refusal) or _WHOLE.search(refusal):
            return False
        rest = own[:offset] + "\n" + sentence[len(refusal):] + "\n" + own[offset + len(sentence):]
        return bool(_GOES_ON.search(rest))
    return False


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

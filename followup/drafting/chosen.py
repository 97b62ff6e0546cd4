"""The thing an acceptance takes by name ("we'll take the half-season box", "wir nehmen die Loge", "nous prenons la
formule B", "nos quedamos con el Plata") and its price in the rep's offer: blind readers marked drafts that never
confirmed which of the offered options was booked and re-pasted the alternatives. en/de/fr/es."""
from __future__ import annotations

import re
from dataclasses import replace

from followup.drafting.figures import AMOUNT, amounts
from followup.drafting.items import Item
from followup.drafting.sentences import split_sentences
from followup.drafting.wholelabel import CODE, label_spans, named_whole
from followup.drafting.words import content

# A verb that takes one thing, then the thing: a determiner and up to four words, or a name ("we take Lulwa").
_TAKING = (r"\b(?:(?:we|i)(?:'ll| will| would| shall)? (?:take|choose|book|go with|opt for)|we(?:'d| would) like to book|"
           r"(?:ok|okay|so),? we take|we(?:'re| are) going with|let's go with|decided on|opted for|"
           r"(?:wir |ich |und )(?:nehmen|nehme|buchen|wählen)|(?:nehmen|buchen) wir|(?:wir )?entscheiden uns für|"
           r"(?:nous )?(?:prenons|réservons|choisissons|retenons|optons pour|partons sur)|on (?:prend|réserve|part sur)|"
           r"vamos con|nos quedamos con|elegimos|optamos por|tomamos|reservamos|"
           # a body deciding for the customer: "the board approved the Premium plan", "la junta aprobó el Plan
           # Integral", "le comité a validé la formule B" (only a thing with a name: "approved the project" is no option)
           r"(?P<approve>approved|signed off on|(?:a|ont|avons) (?:approuvé|validé|retenu|choisi)|validons|approuvons|"
           r"aprob(?:ó|aron|amos)|ha(?:n)? aprobado|eligi(?:ó|eron)|escog(?:ió|imos)))")
_DET = r"(?:the|die|den|das|le|la|les|l['’]|el|los|las)"
# (the article ends at a space or an apostrophe: "las 8.000" is no "la" before "s")
_THING = re.compile(_TAKING + r"\s+(?P<what>" + _DET + r"(?:\s+|(?<=['’]))[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3}|"
                    r"(?-i:[A-ZÀ-Þ])[\w'-]+)", re.I)
# A word that ends the thing's name: a preposition or a conjunction begins what is said about it.
_STOP = re.compile(r"^(?:for|at|from|on|with|to|and|or|but|in|as|now|then|please|für|mit|ab|am|zu|und|oder|aber|im|"
                   r"jetzt|dann|bitte|pour|à|avec|et|ou|mais|dès|en|maintenant|para|por|con|y|o|pero|desde|en|ya|"
                   r"ahora)$", re.I)
# What a sum is per, after it ("per hour", "/week", "pro Monat", "par mois", "por noche"): said with it.
_PER = re.compile(r"\s*/\s*[^\W\d_]+|\s+(?:per|a|an|each|pro|je|par|por|al)\s+[^\W\d_]+", re.I)
# The offer itself, taken whole: no option of it is named.
_OFFER = re.compile(r"\b(?:offer|quote|quotation|proposal|angebot|offerte|devis|offre|proposition|oferta|propuesta|"
                    r"presupuesto|cotizaci[oó]n)\b", re.I)
# Characters after a thing's name in which its price stands ("Plata USD 6.000", "Lulwa: AED 2,900").
PRICE_REACH = 15
# A bracket between a name and its price says what it has ("SR-2 Pro (with tower): US$4,980"), no other price.
_BRACKET = re.compile(r"\([^()]*\)")


# The taken thing named again by its option's name after a comma ("wir nehmen das Kassensystem für beide Säle, also
# den Tarif Duo", "we'll take the system for both sites, i.e. the Plus plan", "nous prenons la sono, soit la formule
# B", "nos quedamos con el sistema, o sea el Plan Plata"): that name is the option taken.
_NAMED_AGAIN = re.compile(r",\s*(?P<what>(?:(?:also|sprich|d\.\s?h\.)\s+(?:den|die|das|dem)|(?:i\.\s?e\.|that is|namely),?\s+the|"
                          r"(?:soit|c'est-à-dire)\s+(?:la|le|les)|(?:es decir|o sea),?\s+(?:el|la|los|las))"
                          r"\s+[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3})", re.I)
# The words that say the name comes again, cut before the name is read ("also", "i.e.", "soit", "o sea").
_AGAIN_LEAD = re.compile(r"^(?:also|sprich|d\.\s?h\.|i\.\s?e\.|that is|namely|soit|c'est-à-dire|es decir|o sea),?\s+",
                         re.I)


def chosen(sentence: str) -> str:
    """The thing an accepting sentence takes by name ("the half-season box", "die Loge", "Lulwa"), or ""."""
    m = _THING.search(sentence)
    if not m or re.match(r"\s*[+&]", sentence[m.end():]):
        return ""  # "la DE-20 + DM-20": a part of what was taken names none of it
    again = _NAMED_AGAIN.search(sentence, m.end())
    words = (_AGAIN_LEAD.sub("", again.group("what")) if again else m.group("what")).split()
    cut = next((n for n, w in enumerate(words[1:], 1) if _STOP.match(w)), len(words))
    thing = " ".join(words[:cut]).rstrip(",;:")
    if m.group("approve") and not re.search(r"\s(?-i:[A-ZÀ-Þ])", thing):
        return ""  # "we approved the project today": an approval names an option by its name
    return "" if _OFFER.search(thing) else thing  # "wir nehmen das Angebot an": the offer, no option of it


def price_of(thing: str, offer: str) -> str:
    """The price the rep's offer gives the thing: the one sum of money of the sentence naming it, or the sum right
    after its name ("Oro USD 12.000, Plata USD 6.000"); "" when none is clear."""
    codes = {c.lower() for c in CODE.findall(thing)}  # "SR-2": a model's code names it though no content word
    names = {w[:5] for w in content(thing) if len(w) >= 3} | codes
    last = thing.split()[-1] if thing.split() else ""
    bare = re.sub(r"^" + _DET + r"(?:\s+|(?<=['’]))", "", thing, flags=re.I)  # "the SR-2 Pro" as the offer writes it
    if not names:
        return ""
    found: list[tuple[int, str]] = []  # (words of the name the sentence holds, price)
    for a, b in split_sentences(offer):
        sentence = offer[a:b]
        held = len(names & ({w[:5] for w in content(sentence)} | {c.lower() for c in CODE.findall(sentence)}))
        if not held or (last.lower() in codes and not named_whole(last, sentence)):
            continue  # "SR-2 Pro (with tower): US$4,980" prices no "SR-2"
        sums = list(AMOUNT.finditer(sentence))
        if len(sums) == 1:
            found.append((held, _with_per(sentence, sums[0])))
            continue
        # the thing's name whole where the offer writes it so ("SR-2 Pro (with tower): US$4,980"), else its words
        ends = label_spans(bare, sentence) or [w.end() for w in re.finditer(r"[^\W\d_][\w'-]*", sentence)
                                               if w.group(0).lower()[:5] in names]
        for end in ends:
            after = next((s for s in sums if s.start() >= end and len(_BRACKET.sub("", sentence[end:s.start()]))
                          <= PRICE_REACH), None)
            found += [(held, _with_per(sentence, after))] if after else []
    best = {price for held, price in found if held == max(h for h, _ in found)}
    return best.pop() if len(best) == 1 else ""


def _with_per(sentence: str, amount: re.Match) -> str:
    """A sum of money with what it is per ("AED 2,900 per hour")."""
    per = _PER.match(sentence, amount.end())
    return amount.group(0).strip() + (per.group(0) if per else "")


# A line of the offer that sets itself against the one before ("Alternativ 6 Business-Seats für 14.400 €",
# "Alternatively, 6 seats", "Or the half season", "Sinon", "O bien"): the offer priced options, one is taken.
_ALTERNATIVE = re.compile(r"^\W*(?:alternativ\w*|or|otherwise|oder|sonst|sinon|ou bien|ou alors|en alternative|"
                          r"o bien|o también|como alternativa|si no)\b", re.I)


# The name leading an offer's line before its colon: "Plan Integral: preventivo mensual, S/ 3,650 al mes".
_LABEL = re.compile(r"^\W*[^\W\d_][^:\n]{0,40}?(?=:)")


def passed_over(items: list[Item], thing: str, order: Item) -> list[Item]:
    """The items with the rep's priced lines of the options the customer did not take marked superseded: an offer
    that set two lines against each other ("Alternativ ..."), one naming the thing taken, the others not."""
    names = {w[:5] for w in content(thing) if len(w) >= 3}
    offered = [i for i in items if i.status == "open" and i.kind == "term" and i.direction != "inbound"
               and f"{i.source_kind}:{i.source_id}" == order.by and amounts(i.quote)]
    # options set against each other, or each line led by its own name ("Plan Básico: ...", "Plan Integral: ...")
    labels = [_LABEL.match(i.quote) for i in offered]
    by_label = len(offered) >= 2 and all(labels)
    if not names or not (by_label or any(_ALTERNATIVE.search(i.quote) for i in offered)):
        return items
    own = [{w[:5] for w in content(label.group(0) if by_label else i.quote)} for i, label in zip(offered, labels)]
    if by_label:  # the word every label shares ("Plan", "Paket", "formule") names none of them
        names -= set.intersection(*own)
    named = [i for i, words in zip(offered, own) if names & words]
    if not named or len(named) == len(offered):
        return items
    by = f"{order.source_kind}:{order.source_id}"
    return [replace(i, status="superseded", by=by) if i in offered and i not in named else i for i in items]

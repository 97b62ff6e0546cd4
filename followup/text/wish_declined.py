"""The writer saying they will not contact the rep any more: "Ich will Sie nicht mehr anrufen", "Daarom wil ik u niet
meer bellen", "Je ne veux plus vous appeler", "No quiero llamarle más", "Non voglio più chiamarla", "Não quero mais
ligar para você", "I don't want to call you any more".

Decision: the refusal is of the writer's own calls, not of the rep's: at most a possible opt-out (it may mean "we are
done"), never a certain one; a refusal of the rep's contact after it in the sentence is read on its own."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

# a telling or asking verb after "Ich möchte Sie": the writer goes on to ask or tell, not to refuse their own calls
_NOT_DECLINING = (r"(?![^.;:!?]{0,30}\b(?:bitten|ersuchen|auffordern|informieren|hinweisen|mitteilen|wissen\s+lassen|"
                  r"vragen|verzoeken|laten\s+weten|informeren|wijzen)\b)")
# the writer (I / we) wanting not to contact "you", the rep, in the seven languages
_DECLINE = re.compile(
    # German, either word order: "ich will Sie nicht mehr anrufen", "deshalb möchte ich Sie nicht mehr anrufen"
    r"\b(?:ich|wir)\s+(?:will|wollen|m[öo]chte|m[öo]chten)\s+(?:Sie|Ihnen|euch|dich)\b" + _NOT_DECLINING + "|"
    r"\b(?:will|wollen|m[öo]chte|m[öo]chten)\s+(?:ich|wir)\s+(?:Sie|Ihnen|euch|dich)\b" + _NOT_DECLINING + "|"
    # Dutch, either word order: "ik wil u niet meer bellen", "daarom wil ik u niet meer bellen"
    r"\b(?:ik|wij|we)\s+(?:wil|willen)\s+(?:u|jou|je|jullie)\b" + _NOT_DECLINING + "|"
    r"\b(?:wil|willen)\s+(?:ik|wij|we)\s+(?:u|jou|je|jullie)\b" + _NOT_DECLINING + "|"
    # French: "je ne veux plus vous appeler", "nous ne souhaitons plus vous contacter"
    r"\b(?:veux|voulons|souhaite|souhaitons)\s+(?:plus|pas)\s+(?:vous|te)\s+(?:appeler|rappeler|contacter|[ée]crire|"
    r"t[ée]l[ée]phoner|relancer|d[ée]ranger)\b|"
    # Spanish: "no quiero llamarle más", "no le quiero llamar más"
    r"\b(?:quiero|queremos)\s+(?:m[áa]s\s+)?(?:llamar|contactar|escribir|molestar)(?:le|la|lo|les|los|las|te)\b|"
    r"\bno\s+(?:le|la|lo|les|los|las|te)\s+(?:quiero|queremos)\s+(?:volver\s+a\s+)?(?:llamar|contactar|escribir|molestar)\b|"
    # Italian: "non voglio più chiamarla", "non la voglio più chiamare"
    r"\b(?:voglio|vogliamo)\s+(?:pi[ùu]\s+)?(?:chiamar|contattar|scriver|disturbar|sentir)(?:la|le|vi|ti|lo)\b|"
    r"\bnon\s+(?:la|le|vi|ti|lo)\s+(?:voglio|vogliamo)\s+(?:pi[ùu]\s+)?(?:chiamare|contattare|scrivere|disturbare)\b|"
    # Portuguese: "não quero mais ligar para você", "não lhe quero ligar", "não quero contactá-lo"
    r"\b(?:quero|queremos)\s+(?:mais\s+)?(?:ligar|telefonar|escrever|mandar\s+mensagem)\s+(?:para|pra|ao|à)\s+"
    r"(?:voc[êe]s?|o\s+senhor|a\s+senhora|si|te)\b|"
    r"\b(?:quero|queremos)\s+(?:mais\s+)?(?:ligar-lhes?|ligar-te|contact[áa]-l[oa]s?|contat[áa]-l[oa]s?|incomod[áa]-l[oa]s?)|"
    r"\bn[ãa]o\s+(?:lhe|lhes|te|vos|o|a)\s+(?:quero|queremos)\s+(?:mais\s+)?(?:ligar|telefonar|contactar|contatar|escrever|"
    r"incomodar)\b|"
    # English: "I don't want to call you any more", "we no longer wish to contact you"
    r"\b(?:I|we)\s+(?:don['’]?t|do\s+not|no\s+longer|never)\s+(?:want|wish)\s+to\s+(?:\w+\s+)?(?:contact|call|ring|phone|"
    r"e-?mail|bother|chase)\s+you\b", re.I)
DECLINE_REACH_CHARS = 40  # the refusal's words follow the writer's "Sie" / "u" this closely, in one clause
_CLAUSE_BREAK = re.compile(r"[,;]\s*")


def declined_to_contact(sentence: str, quote: str) -> int | None:
    """Where the sentence goes on (0: it does not) when the opt-out words ``quote`` are the writer's refusal to contact
    the rep; None when they are not."""
    at = sentence.find(quote)
    if at < 0:
        return None
    for m in _DECLINE.finditer(sentence):
        # the quote holds the words or starts right after them, in the same clause
        if at <= m.end() + DECLINE_REACH_CHARS and at + len(quote) >= m.start() and \
                not _CLAUSE_BREAK.search(sentence[m.end():at]):
            brk = _CLAUSE_BREAK.search(sentence, max(m.end(), at + len(quote) if at > m.start() else m.end()))
            return brk.end() if brk else 0
    return None


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

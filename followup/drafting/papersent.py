"""The name a customer put on their contract or invoice, settled by the paper itself: once a later email of the rep's
sends the contract, order form or invoice ("Contract attached.", "Anbei der Vertrag.", "Ci-joint le contrat.", "Les
mando el contrato."), the confirmation line ("I'll make the contract out to ...") is no promise any more, though that
email does not name the firm (partyname.party_unnamed keeps the line open only against lines that merely mention it)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.billedto import billed_line
from followup.drafting.items import Item
from followup.drafting.sentences import Source
from followup.drafting.taken import sources_after

# The papers a firm's name goes on, by what the confirmation line makes out: the contract (its agreement, lease,
# order form) or the invoice.
_CONTRACT_LINE = re.compile(r"\b(?:contract|agreement|lease|Vertrag|contrat|contrato)\b", re.I)
_PAPERS = {
    "contract": re.compile(r"\b(?:contracts?|agreements?|MSA|lease|order\s+form|order\s+confirmation|paperwork|"
                           r"Vertr[aä]g\w*|Leasingvertrag|Auftragsbestätigung|Bestellbestätigung|Bestellformular|"
                           r"contrats?|bon\s+de\s+commande|confirmation\s+de\s+commande|contratos?|"
                           r"confirmaci[oó]n\s+de\s+pedido|orden\s+de\s+compra)\b", re.I),
    "invoice": re.compile(r"\b(?:invoices?|Rechnung\w*|factures?|facturas?)\b", re.I),
}
# The rep's sentence hands the paper over now: attached, enclosed, here it is, sent (in each language).
_HANDED = re.compile(r"\b(?:attached|enclosed|please\s+find|here(?:'s|\s+is|\s+are)|I(?:'ve|\s+have)\s+(?:just\s+)?sent|"
                     r"anbei|im\s+Anhang|beigefügt|angehängt|hier\s+(?:ist|kommt|der|die|das)|"
                     r"ci-joint\w*|en\s+pi[eè]ce\s+jointe|vous\s+trouverez|voici|je\s+vous\s+(?:envoie|transmets)|"
                     r"adjunt[oa]s?|adjuntamos|te\s+(?:env[ií]o|mando|paso)|les?\s+(?:env[ií]o|mando|paso)|"
                     r"aqu[ií]\s+(?:va|tienes|tiene|est[aá]))\b", re.I)
# Words that put the sending later: a promise, not the paper ("I'll send the contract tomorrow", "je vous envoie le
# contrat lundi"), or a paper that did not go ("not attached", "fehlt noch").
_LATER = re.compile(r"\b(?:will|'ll|shall|going\s+to|tomorrow|next|later|soon|not|n't|once|when|as\s+soon|"
                    r"werde|wird|morgen|nächst\w*|nicht|noch\s+nicht|sobald|demain|prochain\w*|pas|dès\s+que|"
                    r"enverrai|mañana|próxim\w*|no|cuando|enviaré|mandaré|voy\s+a|"
                    r"monday|tuesday|wednesday|thursday|friday|montag|dienstag|mittwoch|donnerstag|freitag|"
                    r"lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes)\b", re.I)


def hands_paper(sentence: str, kind: str) -> bool:
    """Whether a sentence of the rep's sends the paper of this kind ("contract" or "invoice") now."""
    return bool(_PAPERS[kind].search(sentence) and _HANDED.search(sentence) and not _LATER.search(sentence)
                and "?" not in sentence)


def papers_sent(items: list[Item], ordered: Sequence[Source], cleaned: dict) -> list[Item]:
    """Items with each open confirmation of a paper's name answered by a later rep email that sends that paper."""
    out = []
    for item in items:
        if item.status == "open" and item.kind == "request" and billed_line(item.text):
            head = re.split(r" (?:out to|stellen wir auf|au nom de|a nombre de|em nome de) ", item.text)[0]
            kind = "contract" if _CONTRACT_LINE.search(head) else "invoice"
            sent = next((s for s in sources_after(item.at, ordered, "outbound") if any(
                hands_paper(x, kind) for x in re.split(r"(?<=[.!?:])\s+|\n+", cleaned.get((s.kind, s.id), "")))), None)
            if sent is not None:
                item = replace(item, status="answered", by=f"{sent.kind}:{sent.id}")
        out.append(item)
    return out

"""A new prospect's first email is the written quote the call note promised for today, a day now past or no day at
all: the draft says so ("As promised, this email is our written quote.") instead of promising it again."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.items import Item, State
from followup.drafting.promise_day import DAY_TAIL  # a day the note names that it could not date ("d'ici jeudi")
from followup.drafting.sentences import AMOUNT, Source

# The quote a note promises, in any of the four languages.
_QUOTE = re.compile(r"\b(?:quotes?|quotations?|written offers?|proposals?|angebote?|kostenvoranschl(?:ag|äge)|devis|"
                    r"offres?|cotizaci(?:[oó]n|ones)|presupuestos?)\b", re.I)  # one quote or several ("quotations")
# A promise of more than the quote ("spec sheet + quote"), or one that waits on something ("after the visit"): the
# email cannot be all of it.
_MORE = re.compile(r"\+|&|\band\b|\bund\b|\bet\b|\by\b|\bafter\b|\bonce\b|\bwhen\b|\bnach\b|\bsobald\b|\bwenn\b|"
                   r"\baprès\b|\bquand\b|\bdespués\b|\bcuando\b", re.I)
# A deadline the note gives in any form ("bis Fr.", "by Tue", "d'ici le 4", "antes del 18/12"): the quote is not yet due.
_BY = re.compile(r"\b(?:by|until|before|bis|vor|d'ici|avant|para|antes|hasta)\b\s+\S|\d", re.I)
# How the draft says it is the quote, in the customer's language (no pronoun: the same in either register).
THIS_QUOTE = {"en": "As promised, this email is our written quote.",
              "de": "Wie zugesagt, ist diese E-Mail unser schriftliches Angebot.",
              "fr": "Comme promis, ce message vaut devis écrit.",
              "es": "Como prometí, este correo es nuestra cotización."}


def is_the_quote(item: Item, state: State, priced: bool) -> bool:
    """Whether a note's promise is of the quote alone, due by the draft's day (or undated), and the draft says the
    prices: then the draft itself is that quote."""
    return (priced and item.kind == "commitment" and item.direction == "note" and state.language in THIS_QUOTE
            and bool(_QUOTE.search(item.quote)) and not _MORE.search(item.quote)
            and (item.due.date() <= state.today if item.due is not None else not (
                DAY_TAIL.search(f" {item.quote}") or _BY.search(item.quote))))


def this_email_quotes(actions: Sequence[tuple[str, Item]], state: State, priced: bool) -> list[tuple[str, Item]]:
    """The draft's actions that promised the quote this email now is; none when a later note promised it again."""
    here = [x for x in actions if is_the_quote(x[1], state, priced)]
    if here and any(x[1].direction == "note" and x[1].at > max(h[1].at for h in here) for x in actions if x not in here):
        return []  # "Send tomorrow with the migration plan" after "Proposal Monday": this email is not yet all of it
    return here


# The quote promised again in an email ("Das schriftliche Angebot schicke ich Ihnen bis Freitag"): not yet sent.
_SENDS_LATER = re.compile(r"\b(?:will send|I'll send|to send|schicke|sende|zusenden|enverrai|envoie|enviaré|envío|"
                          r"mando|mandaré)\b", re.I)

# The quote or offer a note promises to send ("Send new offer this week", "Offerte schicken", "enviar propuesta").
_OFFERED = re.compile(_QUOTE.pattern + r"|\b(?:offers?|offerten?|ofertas?|propuestas?|propositions?)\b", re.I)


def quoted_in(item: Item, ordered: Sequence[Source], cleaned: dict) -> str:
    """The rep's email that kept a call note's promise of the quote alone ("Send new offer this week", then an email
    with the offer's prices), as "message:ID", or "" when the next email promises it again or states no price."""
    if item.kind != "commitment" or item.direction != "note" or not _OFFERED.search(item.quote) \
            or _MORE.search(item.quote):
        return ""
    nxt = next((s for s in ordered if s.kind == "message" and s.direction == "outbound" and s.at > item.at), None)
    text = cleaned.get((nxt.kind, nxt.id), nxt.text or "") if nxt is not None else ""
    if not AMOUNT.search(text) or (_OFFERED.search(text) and _SENDS_LATER.search(text)):
        return ""
    return f"{nxt.kind}:{nxt.id}"


__all__ = ["THIS_QUOTE", "is_the_quote", "quoted_in", "this_email_quotes"]

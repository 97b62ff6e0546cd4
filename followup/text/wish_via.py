"""A possible preferred channel read by a grammar: a channel word next to a preference word in one sentence, in the
languages the rules read ("Appelez-moi plutôt", "lieber per Mail", "mejor por correo", "give me a call, it'll be
quicker", "scrivermi via email invece di chiamare"). Never certain (followup.text.wish_maybe)."""
from __future__ import annotations

import re

from followup.text.prefilter import prefilter_patterns

_PHONE = (r"(?:call\s+me|give\s+(?:me|us)\s+a\s+(?:call|ring|bell)|ring\s+me|phone\s+me|pick\s+up\s+the\s+phone|"
          r"a\s+phone\s+call|by\s+phone|appelez[- ]moi|appelle[- ]moi|t[ée]l[ée]phon\w*|"
          r"ruf\w*\s+(?:sie\s+)?mich\s+(?:\w+\s+)?an|anruf\w*|telefon\w*|ll[aá]me(?:me|nos)|ll[aá]mame|por\s+tel[eé]fono|"
          r"chiamami|mi\s+chiami|chiamarmi|per\s+telefono|ligue-me|me\s+ligue|por\s+telefone|bel\s+me|bel\s+mij|telefonisch)")
_EMAIL = (r"(?:e-?mail\s+(?:me|us)|by\s+e-?mail|in\s+writing|write\s+to\s+me|per\s+(?:e-?)?mail|schriftlich|"
          r"par\s+(?:e-?)?mail|par\s+[ée]crit|[ée]crivez[- ]moi|por\s+(?:e-?)?mail|por\s+correo|por\s+escrito|escr[ií]beme|"
          r"escr[ií]bame|via\s+e-?mail|per\s+iscritto|scrivermi|scrivetemi|mi\s+scriva|schriftelijk|mail\s+me)")
_PREFER = (r"(?:rather|better|prefer\w*|instead|quicker|easier|much\s+better|plut[ôo]t|de\s+pr[ée]f[ée]rence|lieber|besser|"
           r"bevorzug\w*|nur\s+noch|am\s+liebsten|mejor|prefer\w*|preferib\w*|meglio|piuttosto|invece|liever|beter|"
           r"melhor|de\s+prefer[êe]ncia)")
# "instead of calling", "invece di chiamare", "plutôt que d'appeler": the channel after these is the one refused
_NOT_THIS = re.compile(r"\b(?:instead\s+of|rather\s+than|invece\s+di|en\s+lugar\s+de|en\s+vez\s+de|au\s+lieu\s+d['e\u2019]|"
                       r"plut[ôo]t\s+que|statt|anstatt|in\s+plaats\s+van|em\s+vez\s+de)\b[^.!?]*", re.I)
_PHONE_RX = re.compile(rf"\b{_PHONE}\b", re.I)
_EMAIL_RX = re.compile(rf"\b{_EMAIL}\b", re.I)
_PREFER_RX = re.compile(rf"\b{_PREFER}\b", re.I)
# how papers are sent, not how the customer is reached: "PDFs by email are fine", "paper invoices"
_PAPERS = re.compile(r"\b(?:invoices?|pdfs?|paper|documents?|statements?|receipts?|rechnung\w*|factur\w*|fattur\w*)\b", re.I)


def possible_channel(sentence: str) -> str | None:
    """The channel ("channel:phone" / "channel:email") a sentence may prefer, or None."""
    if not _PREFER_RX.search(sentence) or _PAPERS.search(sentence):
        return None
    kept = _NOT_THIS.sub(" ", sentence)  # what comes after "instead of" is refused, not preferred
    phone, email = _PHONE_RX.search(kept), _EMAIL_RX.search(kept)
    if bool(phone) == bool(email):
        return None
    return "channel:phone" if phone else "channel:email"


prefilter_patterns(globals())  # the needle test in front of every pattern above (text/prefilter.py)

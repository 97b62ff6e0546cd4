"""One lead per sentence: a framing lead ("Tomo nota:", "Pour confirmer :", "The revised quote:") before words that
carry a colon of their own is never sent as "Tomo nota: un cambio: ahora quieren ..." or "... 800 Messerklingen:
EUR 19.380". The customer's announcing label ("un cambio:", "two things:") is left out, a colon before the price
becomes "for", a list of label-and-price pairs becomes one sentence per pair, and any other colon a dash."""
from __future__ import annotations

import re

from followup.drafting.garbled import mended
from followup.drafting.moneyforms import MONEY_RE

# A label's colon, spaced the French way or not; never a clock's ("14:00") or an address's ("https://").
_COLON = re.compile(r"\s?(?<!\d):(?!\d)\s+")
# A label that only announces what follows: "un cambio", "cambio importante", "dos cosas", "one more thing",
# "eine Änderung", "deux choses", "petite précision".
_ANNOUNCE = re.compile(
    r"(?:[^\W\d_]+\s+){0,2}(?:changes?|updates?|things?|points?|news|notes?|details?|änderung(?:en)?|neuigkeit(?:en)?|"
    r"punkte?|sachen?|hinweise?|changements?|choses?|nouvelles?|nouveautés?|précisions?|détails?|cambios?|cosas?|"
    r"puntos?|novedad(?:es)?|noticias?|detalles?|aclaraci(?:ón|ones))(?:\s+[^\W\d_]+)?", re.I)
# How a price is joined to what it is for once its colon goes.
_FOR = {"en": "for", "de": "für", "fr": "pour", "es": "por"}
# A label of a label-and-price pair has at most this many words ("seconde tranche", "Wartung pro Jahr").
PAIR_LABEL_WORDS = 4
# Sentences end here: after . ! ? and a space, before the next sentence's first letter.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_¿¡])")


def _pair_label(before: str) -> bool:
    """Whether the words before a colon, back to the last comma, are a short label ("seconde tranche")."""
    label = re.split(r"[,;]\s*", before)[-1].strip()
    return 0 < len(label.split()) <= PAIR_LABEL_WORDS and not re.search(r"\d", re.sub(r"\([^)]*\)", "", label))


def one_lead(sentence: str, language: str) -> str:
    """A sentence with at most one ': ' lead (see the module's doc); a sentence with one or none as it is."""
    colons = list(_COLON.finditer(sentence))
    if len(colons) < 2 or "[[" in sentence:
        return sentence  # an answer slot is the rep's to fill, as the customer asked it
    head, rest = sentence[:colons[0].end()], sentence[colons[0].end():]
    inner = _COLON.search(rest)
    if inner and _ANNOUNCE.fullmatch(rest[:inner.start()].strip()):
        rest = rest[inner.end():]  # "un cambio: ahora quieren ...": what changed, not the word for it
    paired = bool(MONEY_RE.match(rest)) and _pair_label(sentence[:colons[0].start()])
    out, at = head, 0
    for m in _COLON.finditer(rest):
        before, after = rest[at:m.start()], rest[m.end():]
        if paired and MONEY_RE.match(after) and _pair_label(before):
            # "Première tranche : 2 900 000 XPF HT, seconde tranche : 2 250 000 XPF HT": a sentence per pair
            cut = max(before.rfind(", "), before.rfind("; "))
            out += f"{before[:cut].rstrip(' ,;')}. {before[cut + 2:][:1].upper()}{before[cut + 3:]}{m.group(0)}" \
                if cut >= 0 else before + m.group(0)
        elif MONEY_RE.match(after):
            out += f"{before} {_FOR.get(language, _FOR['en'])} "  # "... 800 Messerklingen für EUR 19.380"
        else:
            out += f"{before} – "  # "la dépose pourrait se faire ..., suite à la visite – le couvreur peut ..."
        at = m.end()
    return out + rest[at:]


# An email's own announcement before its news ("I have good news:", "Gute Nachricht:", "Bonne nouvelle :", "Buenas
# noticias:"): said once in that email, never pasted into the next.
_NEWS = re.compile(r"^(?:(?:I|we) (?:have|'ve got|have got) (?:some )?(?:good|great) news|(?:some )?(?:good|great) news|"
                   r"(?:ich habe |wir haben )?(?:eine )?gute nachrichte?n?|(?:j'ai |nous avons )?(?:une )?bonnes? "
                   r"nouvelles?|(?:tengo |tenemos )?(?:una )?buenas? (?:noticias?|nueva))\s?[:!–—-]\s*(?=\S)", re.I)


def unannounced(text: str) -> str:
    """A sentence without an earlier email's announcement before its news (see _NEWS)."""
    out = _NEWS.sub("", text, count=1)
    return out[:1].upper() + out[1:] if out != text else text


def one_lead_each(text: str, language: str) -> str:
    """Every sentence of a line with at most one ': ' lead, mended or left out where a cut broke it (garbled.py)."""
    parts: list[str] = []
    for part in _SENTENCE_END.split(unannounced(text)):  # "(ab 8. März)": a bracket's dot ends no sentence
        parts[-1:] = [f"{parts[-1]} {part}"] if parts and parts[-1].count("(") > parts[-1].count(")") else [*parts[-1:], part]
    return " ".join(x for p in parts if (x := mended(one_lead(p, language) if len(parts) > 1 or _COLON.search(text)
                                                     else p, language)))

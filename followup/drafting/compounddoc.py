"""German documents named as compounds ("Anzahlungsrechnung", "Schlussrechnung", "Wartungsvertrag", "Nachtragsangebot",
"Auftragsbestätigung"): read as the document their last part names, with that part's gender and article."""
from __future__ import annotations

# The document nouns a compound may end in, with their gender ("die Anzahlungsrechnung", "den Rahmenvertrag").
DE_HEADS = {"rechnung": "f", "vertrag": "m", "angebot": "n", "offerte": "f", "bestätigung": "f"}
# A compound's first parts, written before the document's noun ("Anzahlungs", "Schluss", "Wartungs"); three letters
# at least, so "Berechnung" (a calculation) is none, nor "Verrechnung" (an offsetting).
PREFIX = r"(?![Vv]er(?:rechnung))[A-ZÄÖÜa-zäöüß][a-zäöüß]{2,}?"


def de_docs(*heads: str) -> str:
    """A pattern for German documents by these nouns, bare or as a compound's last part (case as written)."""
    return r"(?:%s)?(?:%s)" % (PREFIX, "|".join(f"[{h[0].upper()}{h[0]}]{h[1:]}" for h in heads))


def de_head(noun: str) -> str:
    """The document noun a German compound ends in ("Anzahlungsrechnung" -> "rechnung"), or the noun lower-cased."""
    low = noun.lower()
    return next((h for h in sorted(DE_HEADS, key=len, reverse=True) if low.endswith(h)), low)


__all__ = ["DE_HEADS", "de_docs", "de_head"]

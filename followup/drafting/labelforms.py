"""The sentence a short label before its value is said in, per language: "lieferzeit 10 Wochen" as "Die Lieferzeit
beträgt 10 Wochen." (German, French and Spanish; English builds its own from the label)."""
from __future__ import annotations

# A label a value is said after, per language, with its sentence: "lead time 10 weeks" -> "The lead time is 10 weeks."
LABELS = {
    "de": {"dauer": "Die Dauer beträgt {x}.", "lieferzeit": "Die Lieferzeit beträgt {x}.",
           "bauzeit": "Die Bauzeit beträgt {x}.", "laufzeit": "Die Laufzeit beträgt {x}.",
           "garantie": "Die Garantie beträgt {x}.", "preis": "Der Preis beträgt {x}.",
           "anzahlung": "Die Anzahlung beträgt {x}."},
    "fr": {"délai": "Le délai est de {x}.", "garantie": "La garantie est de {x}.", "durée": "La durée est de {x}.",
           "prix": "Le prix est de {x}.", "acompte": "L'acompte est de {x}."},
    "es": {"plazo": "El plazo es de {x}.", "garantía": "La garantía es de {x}.", "precio": "El precio es de {x}.",
           "duración": "La duración es de {x}.", "anticipo": "El anticipo es de {x}."},
}

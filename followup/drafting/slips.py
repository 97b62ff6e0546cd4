"""A draft sentence's slips of the note's shorthand and of whose thing is whose, mended where the words say how and
left out where they cannot: the rep's own papers sent as "ours" ("Ich schicke Ihnen Ihre Stornobedingungen" ->
"unsere"), a bare noun sent or priced given its article ("Je vous envoie devis" -> "le devis", "prix pour nouvelle
offre" -> "pour la nouvelle offre", "quiere sembradora" -> "quiere una sembradora"), a note's "ppl", "Pers.",
"revised:" and "whether certs valid" written out, a lead cut from a German sentence ("Erhalten Sie das Angebot" ->
"Sie erhalten das Angebot"), and a sentence a cut left without its clause ("the under is 10 min") left out, in
en/de/fr/es."""
from __future__ import annotations

import re

# The rep's own company papers a customer asks for as "yours" ("your trade licence", "votre Kbis", "Ihre
# Stornobedingungen"): sent by the rep, they are "ours". An offer, quote or invoice made out to the customer is theirs.
_OWN_PAPER = (r"(?:[\w-]*(?:bedingungen|AGB|zertifikat\w*|nachweis\w*|versicherung\w*|referenz\w*|handelsregister\w*|"
              r"kbis|conditions?|certificats?|attestations?|assurances?|références?|licences?|condiciones|certificados?|"
              r"seguros?|referencias|licencias?|terms|certificates?|insurance|licen[cs]e|references))")
_OURS = {
    "en": (re.compile(rf"^(I'll (?:also )?send(?: you)?(?: also)? )your\s+(?=(?:[\w-]+\s+){{0,2}}{_OWN_PAPER}\b)", re.I),
           lambda m: m.group(1) + "our "),
    "de": (re.compile(rf"^(Ich (?:schicke|sende) Ihnen (?:\w+ )?)(Ihr(?:e|en)?)\s+(?=(?:[\w-]+\s+){{0,2}}{_OWN_PAPER}\b)",
                      re.I), lambda m: m.group(1) + {"ihre": "unsere ", "ihren": "unseren ", "ihr": "unser "}[
                          m.group(2).lower()]),
    "fr": (re.compile(rf"^(Je vous (?:envoie|transmets|adresse) (?:\w+ )?)(votre|vos)\s+"
                      rf"(?=(?:[\w'-]+\s+){{0,2}}{_OWN_PAPER}\b)", re.I),
           lambda m: m.group(1) + ("notre " if m.group(2).lower() == "votre" else "nos ")),
}

# A bare noun after the rep's "I send" in French and Spanish, as a note writes it ("Je vous envoie devis et programme",
# "Le envío ficha técnica y video"): its article put in; a noun not listed here is left as written.
_GENDER = {
    "fr": {"f": "offre fiche proposition facture attestation brochure documentation liste grille convention commande "
                "présentation maquette note notice copie confirmation version simulation",
           "m": "devis programme contrat plan planning catalogue bon calendrier tarif dossier rapport descriptif "
                "récapitulatif modèle formulaire échantillon lien document chiffrage"},
    "es": {"f": "ficha oferta propuesta factura lista documentación tarifa presentación copia cotización hoja",
           "m": "presupuesto contrato vídeo video catálogo plano layout programa calendario formulario enlace informe "
                "certificado dossier"},
}
_SEND_BARE = {"fr": re.compile(r"^(Je vous (?:envoie|transmets|adresse) (?:aussi |également )?)(.+)$"),
              "es": re.compile(r"^((?:Le|Te|Les) (?:envío|mando|paso) (?:también )?)(.+)$")}
_AND = {"fr": " et ", "es": " y "}


# An adjective before the noun that says its gender ("nouvelle offre", "nuevo presupuesto").
_GENDERED_ADJ = {"nouvelle": "offre", "nouveau": "devis", "nouvel": "devis", "nueva": "oferta", "nuevo": "presupuesto"}


def _article(noun: str, language: str) -> str:
    """The noun with its definite article, or "" when its gender is not known."""
    word = noun.split()[0].lower() if noun.split() else ""
    if word in _GENDERED_ADJ and len(noun.split()) > 1:  # "nouvelle offre": "la nouvelle offre", never "l'"
        fem = _GENDERED_ADJ[word] in _GENDER[language]["f"].split()
        return {"fr": ("la ", "le "), "es": ("la ", "el ")}[language][0 if fem else 1] + noun
    plural = word.endswith("s") and word[:-1] in (_GENDER[language]["f"] + " " + _GENDER[language]["m"]).split()
    stem = word[:-1] if plural else word
    if language == "fr":
        if stem not in (_GENDER["fr"]["f"] + " " + _GENDER["fr"]["m"]).split() or stem == "devis" and plural:
            return ""
        if plural:
            return "les " + noun
        return ("l'" + noun) if stem[:1] in "aeéiouh" else ("la " if stem in _GENDER["fr"]["f"].split() else "le ") + noun
    if stem not in (_GENDER["es"]["f"] + " " + _GENDER["es"]["m"]).split():
        return ""
    fem = stem in _GENDER["es"]["f"].split()
    return ({True: "las ", False: "los "} if plural else {True: "la ", False: "el "})[fem] + noun


# A price label whose noun the note left bare ("le prix pour nouvelle offre est de", "el precio para ficha es de").
_PRICE_BARE = {"fr": re.compile(r"\b([Pp]rix pour )(?!(?:le|la|les|l'|un|une|votre|vos|notre|nos|ce|cette|ces)\b)"
                                r"([^\W\d_]+(?: [^\W\d_]+)?)(?= est de\b)"),
               "es": re.compile(r"\b([Pp]recio (?:para|de) )(?!(?:el|la|los|las|un|una|su|sus|nuestr[oa]s?)\b)"
                                r"([^\W\d_]+(?: [^\W\d_]+)?)(?= es de\b)")}


def _with_articles(sentence: str, language: str) -> str:
    """A French or Spanish "I send" sentence with an article before each bare noun it sends."""
    m = _SEND_BARE.get(language, re.compile(r"^$")).match(sentence)
    if not m:
        return sentence
    parts = m.group(2).split(_AND[language], 1)
    said = [_article(p, language) for p in parts]
    if not said[0]:
        return sentence  # "Je vous envoie le devis": an article or a word not known, left as written
    return m.group(1) + _AND[language].join(s or p for s, p in zip(said, parts))


# A note's shorthand for people and units after a figure, written out ("30 ppl", "bis 15 Pers.", "12 Tln.").
_PEOPLE = {
    "en": [(re.compile(r"(?<=\d)\s?ppl\b"), "people"), (re.compile(r"\bcerts\b"), "certificates")],
    "de": [(re.compile(r"(?<=\d)\s?Pers\.?(?=[\s,;]|$)"), "Personen"), (re.compile(r"(?<=\d)\s?Tln?\.?(?=[\s,;]|$)"),
                                                                         "Teilnehmer"),
           (re.compile(r"(?<=\d)\s?Std\.?(?=[\s,;]|$)"), "Stunden")],
    "fr": [(re.compile(r"(?<=\d)\s?pers\.?(?=[\s,;]|$)"), "personnes")],
    "es": [(re.compile(r"(?<=\d)\s?pers\.?(?=[\s,;]|$)"), "personas")],
}
# "2nd half of Sept": the note's ordinal and month said in full.
_EN_HALF = re.compile(r"\b(?<!the )(1st|2nd|first|second) half of (Sept?|Oct|Nov|Dec|Jan|Feb|Aug)\b\.?")
_EN_MONTH = {"sep": "September", "sept": "September", "oct": "October", "nov": "November", "dec": "December",
             "jan": "January", "feb": "February", "aug": "August"}

# "whether certs valid two years": a note's question without its verb; "revised: EUR 41,900 incl. ...": its label.
_EN_NO_VERB = re.compile(r"\bwhether (?:the )?([a-z]{3,}?)(s?) (valid|included|possible|available|needed|required)\b")
_EN_REVISED = re.compile(r"(?:(?<=^)|(?<=, ))[Rr]evised:\s+(?=(?:[A-Z]{3}\s?|[$€£])\d)")


# "quiere sembradora neumática": a Spanish note's wish without its article; the noun's ending tells its gender (an
# infinitive, a plural or an ending that says nothing is left as written).
_ES_WANTS_BARE = re.compile(r"\b((?i:quieres?|quieren|queréis|necesitas?|necesitan|necesitáis|buscas?|buscan|buscáis)) "
                            r"(?!(?:un|una|unos|unas|el|la|los|las|su|sus|tu|tus|que|más|menos|algo|otra|otro)\b)"
                            r"([a-záéíóúñ]+(?:a|o|ión|dad))(?=[\s,.]|$)")


# Words after "quiere" that are no noun: a preposition, a quantifier, a pronoun.
_ES_NOT_NOUN = set("para toda todo nada otra otro cada esta este esto esa eso mucho mucha poco poca mismo misma algo "
                   "solo sola ahora una uno ninguna ninguno alguna alguno cualquiera contra hasta".split())


# A German sentence whose lead a cut took ("wie besprochen erhalten Sie ..." -> "Erhalten Sie ..."): subject first.
_DE_INVERTED = re.compile(r"^(Erhalten|Bekommen) Sie (?=\S)(?!.*\?\s*$)")
# "Wir sind ermächtigte Stelle": a note's noun without its article after "sind"/"ist".
_DE_NO_ARTICLE = re.compile(r"\b(sind|ist|bin) (?=([a-zäöü]+)(e|er) (?=[A-ZÄÖÜ])(?i:\w*(?:stelle|ung|heit|keit|schaft|"
                            r"firma|betrieb|partner|händler|anbieter|dienstleister))\b)")
# The customer in a note's third person after "by" ("salle fournie par eux"): the customer, said to them.
_BY_THEM = {"fr": (re.compile(r"\bpar eux\b"), "par vous"), "de": (re.compile(r"\bvon ihnen\b"), "von Ihnen")}

# "the under is 10 min changeover": a label made of a preposition the note's clause began with; nothing to say.
_EN_PREP_LABEL = re.compile(r"\b[Tt]he (?:under|over|about|before|after|until|within|by|from|for|with|without|incl|"
                            r"including|approx|around|below|above|via|per) (?:is|are)\b")
# "The start is 1 October works": the note's "works" glued after a label sentence.
_EN_WORKS_GLUED = re.compile(r"\b([Tt]he [\w -]{2,30}?) is (\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                             r"Nov|Dec)[a-z]*\.?) (works|suits us|is fine|is ok)\.$")  # a day, never "€46,500 ex works"
# "I've noted that Monday 28 August.": a lead's "that" with only a day after it; the day noted as a thing.
_NOTED_DAY_ONLY = re.compile(
    r"(?P<lead>noted that|notiert, dass|noté que|tomo nota de que)\s+(?=(?:(?:on|am|le|el)\s+)?(?:[A-Za-zäéñ]+,?\s+)?"
    r"\d{1,2}(?:st|nd|rd|th|er)?\.?\s*(?:de\s+)?[A-Za-zäéû]*\.?(?:\s+\d{4})?\s*[.!]?$)", re.I)
_NOTED_THING = {"noted that": "noted ", "notiert, dass": "notiert: ", "noté que": "noté ", "tomo nota de que": "tomo nota de "}


def slipped(sentence: str, language: str) -> str:
    """One draft sentence with its shorthand and possessive slips mended, "" when a cut left it without its clause."""
    if "[[" in sentence or not sentence.strip():
        return sentence
    text = sentence
    for short, words in _PEOPLE.get(language, []):  # a dot that ended the sentence stays
        text = short.sub(lambda m, w=words: (" " if m.string[m.start() - 1:m.start()].isdigit() or m.group(0)[:1].isspace()
                                             else "") + w + ("." if m.group(0).endswith(".") and m.end() == len(m.string)
                                                             else ""), text)
    if language == "en":
        text = _EN_HALF.sub(lambda m: f"the {'first' if m.group(1)[0] in '1f' else 'second'} half of "
                            f"{_EN_MONTH[m.group(2).lower()]}", text)
        text = re.sub(r"^(I'll )(send you )the also ", r"\1also \2the ", text)
        text = _EN_NO_VERB.sub(lambda m: f"whether the {m.group(1)}{m.group(2)} {'are' if m.group(2) else 'is'} "
                               f"{m.group(3)}", text)
        text = re.sub(r"\bincl\.(?=\s)", "including", _EN_REVISED.sub("the revised price is ", text))
        text = text[:1].upper() + text[1:] if sentence[:1].isupper() else text
        text = _EN_WORKS_GLUED.sub(lambda m: f"{m.group(1)} on {m.group(2)} {m.group(3)}.", text)
        if _EN_PREP_LABEL.search(text):
            return ""
    if language == "es":
        text = _ES_WANTS_BARE.sub(lambda m: m.group(0) if m.group(2).lower() in _ES_NOT_NOUN or m.group(2).endswith(
            ("ado", "ada", "ido", "ida", "rlo", "rla")) else f"{m.group(1)} {'un' if m.group(2).endswith('o') else 'una'} "
            f"{m.group(2)}", text)
    if language == "de":
        text = _DE_INVERTED.sub(lambda m: f"Sie {m.group(1).lower()} ", text)
        text = _DE_NO_ARTICLE.sub(lambda m: m.group(1) + (" ein " if m.group(3) == "er" else " eine "), text)
    if language in _BY_THEM:
        text = _BY_THEM[language][0].sub(_BY_THEM[language][1], text)
    if language in _OURS:
        text = _OURS[language][0].sub(_OURS[language][1], text)
    if language in _SEND_BARE:
        text = _with_articles(text, language)
        text = _PRICE_BARE[language].sub(lambda m: re.sub(r"\bde el\b", "del", m.group(1) + (
            _article(m.group(2), language) or m.group(2))), text)  # "precio de el" -> "precio del"
    text = _NOTED_DAY_ONLY.sub(lambda m: m.group("lead")[:1] + _NOTED_THING[m.group("lead").lower()][1:], text)
    text = re.sub(r"\bde (?=el \d)", "d", text) if language == "es" else text  # "tomo nota de el 28" -> "del 28"
    return text


def written_words(language: str) -> str:
    """The words slipped may write, for the grounding check ("Personen" is a noun, not a name)."""
    people = " ".join(w for _, w in _PEOPLE.get(language, []))
    months = " ".join(_EN_MONTH.values()) + " the first second half our also is are whether revised price including" \
        if language == "en" else ""
    own = {"de": "unsere unseren unser ein eine Sie von Ihnen", "fr": "notre nos par vous le la l' les",
           "es": "el la los las del un una"}
    return " ".join([people, months, own.get(language, "")])

"""The last look at each sentence before it is sent: a phrase that a note's rewriting, a cut, a label or price line or
the turn to the rep's voice left broken is mended where its words say how ("bis Fr. 10.12." -> "bis Freitag, 10.12.",
"The as an apology we add ..." -> "As an apology we add ...", "a written terms" -> "written terms") and left out
where they cannot ("I'm sending the right away": the thing sent was cut away), in en/de/fr/es."""
from __future__ import annotations

import re

from followup.drafting.meetdetail import cut_date_at
from followup.drafting.slips import slipped

# A weekday a note cut short, before a day's number or at the sentence's end: written out.
_WEEKDAYS = {
    "en": {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
           "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday"},
    "de": {"mo": "Montag", "di": "Dienstag", "mi": "Mittwoch", "do": "Donnerstag", "fr": "Freitag", "sa": "Samstag",
           "so": "Sonntag"},
    "fr": {"lun": "lundi", "mar": "mardi", "mer": "mercredi", "jeu": "jeudi", "ven": "vendredi", "sam": "samedi",
           "dim": "dimanche"},
    "es": {"lun": "lunes", "mar": "martes", "mié": "miércoles", "mie": "miércoles", "jue": "jueves", "vie": "viernes",
           "sáb": "sábado", "sab": "sábado", "dom": "domingo"},
}
# English's short forms need no dot ("Fri 3 December"); the others only with one ("Fr. 10.12.", "ven. 3"), since
# "mar", "Do", "So" are words too. German's are capitalised, French and Spanish ones lower-case. An English date cut
# whole ("Thu 18 Jan", "Mon 12 - Wed 14 Feb") is a calendar's form and stays as the note writes it (meetdetail.py).
_SHORT_DAY = {
    "en": re.compile(r"\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?(?=,?\s+\d)"),
    "de": re.compile(r"\b(Mo|Di|Mi|Do|Fr|Sa|So)\.(?=\s*\d)"),
    "fr": re.compile(r"\b(lun|mar|mer|jeu|ven|sam|dim)\.(?=\s*\d)"),
    "es": re.compile(r"\b(lun|mar|mié|mie|jue|vie|sáb|sab|dom)\.(?=\s*\d)"),
}
# Note shorthand no rep writes to a customer, written out (English; the other languages' are in wellformed.spelled).
_SHORTHAND = {"pkg": "package", "pkgs": "packages", "mtg": "meeting", "appt": "appointment", "reqs": "requirements",
              "approx": "about", "w/": "with", "w/o": "without"}
_SHORTHAND_RE = re.compile(r"(?<![\w/])(pkgs?|mtg|appt|reqs|approx\.?|w/o?)(?=\s)")
# A note's short forms of the calendar ("after bank hol", "till new FY"), written out; "new FY" takes its article.
_EN_CALENDAR = [(re.compile(r"\bbank hols?\b"), "the bank holiday"),
                (re.compile(r"(?<!\bthe )\bnew FY\b"), "the new financial year"),
                (re.compile(r"\b(?<!the )(?:next|this|last) FY\b"), lambda m: m.group(0)[:-2] + "financial year"),
                (re.compile(r"\bFY\b(?!\s?\d)"), "financial year")]
# A month a note cut short with its dot ("ab Sept.", "dès sept.", "desde sept."): written out; without the dot it may
# be a word ("mar", "Mai"); after a day's number ("14 Dec.", "6. Jan." whose day a split left in
# the sentence before) it is a date as written.
MONTHS = {
    "en": {"jan": "January", "feb": "February", "aug": "August", "sep": "September", "sept": "September",
           "oct": "October", "nov": "November", "dec": "December"},
    "de": {"jan": "Januar", "feb": "Februar", "aug": "August", "sep": "September", "sept": "September",
           "okt": "Oktober", "nov": "November", "dez": "Dezember"},
    "fr": {"janv": "janvier", "févr": "février", "fév": "février", "sept": "septembre", "oct": "octobre",
           "nov": "novembre", "déc": "décembre"},
    "es": {"ene": "enero", "feb": "febrero", "sept": "septiembre", "sep": "septiembre", "oct": "octubre",
           "nov": "noviembre", "dic": "diciembre"},
}
_SHORT_MONTH = re.compile(r"(?<=[^\W\d_]\s)([^\W\d_]{3,4})\.(?=\s*$|\s+[^\W\d_]|[,;])")
# A word said twice by a join ("7 am am", "note ... note"): the second one goes; words a sentence may double are kept.
_TWICE = re.compile(r"(?<![\w/])([^\W\d_]+)\s+\1\b", re.I)  # "Buchhalter/in in Vollzeit": a suffix, then a word
_MAY_DOUBLE = {"that", "had", "is", "das", "die", "der", "sie", "nous", "vous", "que", "en", "la", "los", "las", "no",
               "very", "so", "muy", "sehr", "bye"}
# The note's own mark after a lead that already says it was noted ("I've noted that note the school ...").
_NOTED_NOTE = re.compile(r"\b(noted that|noted|notiert, dass|notiert|noté que|noté|tomo nota de que|tomo nota:?)"
                         r"\s+(?:note|nb|n\.b\.|notiz|remarque|nota)\s*:?\s+", re.I)
# A customer's question pasted after "asked for" ("You asked for can we do induction on site"): asked whether.
_ASKED_QUESTION = {
    "en": (re.compile(r"\b(asked) (?:for|about) (can|could|will|would) (we|you|I) "), r"\1 whether \3 \2 "),
    "de": (re.compile(r"\b(gefragt|fragten),? (?:nach|ob) (können|könnten) (wir|Sie) "), r"\1, ob \3 "),
    "fr": (re.compile(r"\b(demandé) (?:si )?(pouvez-vous|pouvons-nous) "), lambda m: m.group(1) + (
        " si vous pouvez " if m.group(2).startswith("pouvez") else " si nous pouvons ")),
    "es": (re.compile(r"\b(preguntó|preguntaron) (?:por )?(¿)?(podemos|pueden) "), r"\1 si \3 "),
}
# A price with the note's "unchanged" after it ("est de 1 450 € inchangée", "is £980 unchanged"): the price stays.
_UNCHANGED = {
    "en": (re.compile(r"\bis ([^.]{1,30}?\d[^.]{0,12}?),? unchanged\b"), r"stays at \1"),
    "de": (re.compile(r"\bbeträgt ([^.]{1,30}?\d[^.]{0,12}?),? unverändert\b"), r"bleibt unverändert bei \1"),
    "fr": (re.compile(r"\best de ([^.]{1,30}?\d[^.]{0,12}?),? inchangée?s?\b"), r"reste de \1"),
    "es": (re.compile(r"\bes de ([^.]{1,30}?\d[^.]{0,12}?),? (?:sin cambios|sin cambio|igual)\b"), r"se mantiene en \1"),
}
# A price sentence with the thing priced after its unit ("el precio es de 19,40 €/hora camarero de piso"): the thing
# said where a price sentence names it; a place after the unit ("0,45 €/kWh en la red asociada") is where the price holds,
# no thing priced, and stays where it is.
_PRICE_LAST = re.compile(r"(?P<p>\b(?:[Ee]l precio|[Tt]he price|[Dd]er Preis|[Ll]e prix)) (?P<v>es de|is|beträgt|est de) "
                         r"(?P<m>(?:[A-Z]{3}\s)?[^\s/]*\d[^/.]{0,14}?/\s?[^\W\d_]+) "
                         r"(?!(?i:en|in|on|at|im|am|an|auf|au|aux|dans|sur|à|a|por|per|pro|bei|chez|con|with|mit|avec)\s)"
                         r"(?P<w>[^\W\d_](?:[^\W\d_]|[' -]){2,40})\.$")
_PRICE_FOR = {"en": "for", "de": "für", "fr": "pour", "es": "para"}
# A bracket whose first word a rewriting took ("hoy ( festivo)" of the note's "el martes (lunes festivo)"): no one
# writes "( " so what is left of it says nothing and goes.
_CUT_BRACKET = re.compile(r"\s*\(\s+[^()]{0,40}\)")
# An article or object pronoun left at the sentence's end ("Gracias por elegir las."): what it named was cut away
# (German's der/die/das end sentences as pronouns: "gilt das.").
_DANGLING = {"en": r"the|a|an", "de": r"ein|eine|einen|einem|einer", "fr": r"le|la|les|un|une|des|du",
             "es": r"el|la|los|las|un|una|lo"}
# An article whose noun the cut took: before a word no noun phrase opens with ("the right away", "The as an apology").
_STRAY = {
    "en": r"(?:the|a|an)\s+(?=(?:as|right away|at|in|on|to|with|from|by|is|are|was|will|and|or|but|if|"
          r"(?-i:you|me|us|them|him))\b(?![-'’]))",  # "email you the you": a pronoun opens no noun phrase
    "de": r"(?:für\s+(?=dazu\b)|(?:ein|eine|einen)\s+(?=(?:und|oder|ist|sind|als)\b))",
    "fr": r"(?:le|la|les|un|une)\s+(?=(?:aussi|déjà|à|au|est|sont|avec|comme)\b(?![-'’]))",
    "es": r"(?:el|los|las|un|una)\s+(?=(?:también|con|como|es|son)\b)",
}
# A word the note put between "price for" and the thing priced ("prix pour seulement porte", "Preis für dazu ...").
_PRICE_ADVERB = re.compile(r"\b(price for|Preis für|prix pour|precio de|precio para)\s+(?:only|just|also|seulement|"
                           r"aussi|juste|nur|auch|dazu|noch|solo|sólo|también)\s+", re.I)
# A word the note put after the thing priced ("semi-annual inspections after: $260"): no part of the label.
_PRICE_TRAIL = re.compile(r"\b((?:price for|Preis für|prix pour|precio de) [^.]{2,60}?) (?:after|afterwards|then|also|only|"
                          r"too|danach|dann|auch|nur|après|ensuite|aussi|seulement|después|luego|también|solo)"
                          r"(?= (?:is|beträgt|est de|es de)\b)")
# A German noun the note wrote lower-case after "Preis für" ("Preis für dichtschlämme"): capitalised, as German writes it.
_DE_NOUN = re.compile(r"\b(Preis für )(?!(?:die|den|das|ein|eine|einen|unser\w*|Ihr\w*)\b)([a-zäöü])(?=[\w-]+ (?:beträgt|ist)\b)")
# "The price for trailers stay is $2.85": the note's "stay" said of the price.
_PRICE_STAYS = re.compile(r"\b(price for [^.]{2,60}?) (?:stays?|remains?) is\b")
# A customer's "can you get closer to that?" turned into the rep's promise: it names nothing the rep will do.
_EMPTY_PROMISE = {
    "en": re.compile(r"^I'll (?:get|go|come|do) (?:a bit |any )?(?:closer|nearer|lower|better|cheaper)(?: to| on)? "
                     r"(?:that|this|it)\.?$"),
    "de": re.compile(r"^Ich (?:komme|gehe) (?:Ihnen )?(?:da )?(?:noch )?(?:näher|weiter runter|tiefer)(?: ran)?\.?$"),
    "fr": re.compile(r"^Je (?:me rapproche|fais mieux|descends)(?: de (?:ça|cela|ce prix))?\.?$"),
    "es": re.compile(r"^(?:Me acerco|Mejoro|Bajo)(?: a eso| eso| el precio)?\.?$"),
}
# "a written terms": one article before a plural noun (words that end in -s and are one thing excepted).
_A_PLURAL = re.compile(r"\b([Aa]n?)\s+((?:[a-z]+(?:ed|en|al|ive|ful|ic|ous|ary)\s+)?"  # an adjective, no noun
                       r"(?!(?:series|news|means|lens|gas|bus|plus|canvas|process|"
                       r"business|class|glass|bonus|status|campus|basis|analysis|yes|this|thus|gps|ups)\b)"
                       r"[a-z]+[^suia'\s]s)\b(?!['’])"  # the plural ends its phrase: "a sales rep" is one rep
                       r"(?=\s+(?:today|tomorrow|to|for|by|and|or|that|which|on|in|at|from|with|so)\b|\s*[.,;:!?]|\s*$)")
# Words before a plural that take "a" ("a few days", "a couple weeks"): no article the cut left.
_A_COUNT = re.compile(r"\b[Aa]n?\s+(?:few|couple|lot|number|total|range|set|pair|dozen|good|great|further)\s")
# "The installation possible is on ...": a note's word order, the adjective before its verb.
_ADJ_VERB = {
    "en": re.compile(r"\b((?:[Tt]he|[Oo]ur|[Yy]our) [\w-]+) (possible|confirmed|planned|needed|required) (is|are)\b"),
    "de": re.compile(r"\b((?:[Dd]ie|[Dd]er|[Dd]as) [\w-]+) (möglich|bestätigt|geplant|nötig) (ist|sind)\b"),
    "fr": re.compile(r"\b((?:[Ll]es?|[Ll]a|[Ll]') ?[\w-]+) (possibles?|confirmée?s?|prévue?s?|nécessaires?) (est|sont)\b"),
    "es": re.compile(r"\b((?:[Ee]l|[Ll]as?|[Ll]os) [\w-]+) (posibles?|confirmad[oa]s?|previst[oa]s?|necesari[oa]s?) "
                     r"(es|son|está|están)\b"),
}
# A participle after the copula makes the verb whole ("La visite possible est prévue le ..."): nothing to move.
_PARTICIPLE = re.compile(r"\s+(?:planned|scheduled|confirmed|booked|geplant|vorgesehen|bestätigt|prévue?s?|confirmée?s?|"
                         r"planifiée?s?|previst[oa]s?|programad[oa]s?|confirmad[oa]s?)\b")
# "The finishes is before 20 Jan": a note's verb taken for a label's noun; said of "it", the thing before it.
_VERB_AS_NOUN = re.compile(r"^The (finishes|starts|ends|begins|closes|opens|runs|lasts|arrives|ships|goes live|"
                           r"completes) (?:is|are) ")
# "The install is 10-14 Jan confirmed works with our team": the note's "confirmed" with a verb glued after it.
_CONFIRMED_GLUED = re.compile(r"^The ([\w -]{2,30}?) is (.{2,30}?) confirmed (?:works|suits|fits|is fine)\b.*$")
# "Noted: the go-live after 10 January": a lead before a noun and its day with no verb between; the verb put in.
_LEAD_NO_VERB = {
    "en": (re.compile(r"^((?:Noted|As agreed|As discussed|To confirm):\s+the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+"
                      r"(?=(?:after|before|from|until|by)\s+\d)"), r"\1 is "),
    "de": (re.compile(r"^((?:Notiert|Wie vereinbart|Wie besprochen|Zur Bestätigung):\s+(?:der|die|das)\s+[\w-]+)\s+"
                      r"(?=(?:nach|vor|ab|bis)\s+(?:dem\s+)?\d)"), r"\1 ist "),
    "fr": (re.compile(r"^((?:C'est noté|Comme convenu|Pour confirmer)\s?:\s+(?:le|la|l')\s*[\w'-]+)\s+"
                      r"(?=(?:après|avant|dès|jusqu'au)\s+(?:le\s+)?\d)"), r"\1 est "),
    "es": (re.compile(r"^((?:Tomo nota|Como acordamos|Para confirmar):\s+(?:el|la)\s+[\w-]+)\s+"
                      r"(?=(?:después del?|antes del?|desde el|hasta el)\s+\d)"), r"\1 es "),
}
# The customer in a note's third person, said to them: "at their site" -> "at your site", "bei ihnen" -> "bei Ihnen".
_THEIR = {
    "en": (re.compile(r"\b(at|to|for|on)\s+their\s+(site|premises|office|offices|warehouse|plant|building|yard|"
                      r"depot|store|shop|clinic|hotel|factory)\b"), r"\1 your \2"),
    "de": (re.compile(r"\bbei ihnen\b"), "bei Ihnen"),
    "fr": (re.compile(r"\bchez eux\b"), "chez vous"),
    "es": (re.compile(r"\ben su sede de ellos\b"), "en su sede"),
}
# A note's "as sorry" / "as goodwill": the apology or gesture in words.
_AS_SORRY = re.compile(r"\bas (?:a )?(sorry|goodwill)\b")
_AS_WORDS = {"sorry": "as an apology", "goodwill": "as a goodwill gesture"}

# A German day and month after a day name or its lead, cut of its closing dot by a sentence split ("bis Fr 16.02
# geplant"): German writes the date "16.02.", as the note did (a two-digit month: "am 3.5 Tonnen" is a measure).
_DE_DATE_DOT = re.compile(r"(\b(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|am|bis|"
                          r"ab|vom|zum|den)\.?,?\s+[0-3]?\d\.[01]\d)(?![.\d])")


def _cap(text: str) -> str:
    """First letter upper-case."""
    return text[:1].upper() + text[1:]


def _weekdays(sentence: str, language: str) -> str:
    """A weekday a note cut short written out ("Fri 3 Dec" -> "Friday 3 Dec", "bis Fr. 10.12." -> "bis Freitag,
    10.12.")."""
    names = _WEEKDAYS.get(language, _WEEKDAYS["en"])
    comma = "," if language == "de" else ""  # "Freitag, 10.12."
    return _SHORT_DAY.get(language, _SHORT_DAY["en"]).sub(
        lambda m: m.group(0) if language == "en" and cut_date_at(sentence, m.start()) else
        names[m.group(1).lower()] + (comma if re.match(r"\s*\d", sentence[m.end():]) else ""), sentence)


def _unclosed(sentence: str, language: str) -> str:
    """A sentence whose bracket the cut left open ("the site requirements (power."): the bracket's words left out,
    a list of two then joined with "and"."""
    at = sentence.rfind("(")
    if sentence.count("(") <= sentence.count(")") or at < 0:
        return sentence
    head = sentence[:at].rstrip(" ,;:-")
    if re.search(r"\b(?:ca|approx|etwa|env|aprox|inkl|incl|z\. ?B|p\. ?ex)\.$", sentence):
        return sentence  # "(ca. 100 dB)": an abbreviation's dot, the bracket goes on in the next words
    if head.count(", ") == 1 and not re.search(r"\b(?:and|und|et|y)\b", head) and re.match(  # a pair of things
            r"(?:the|a|an|our|your|der|die|das|den|le|la|les|l'|el|los|las)\b", head.rsplit(", ", 1)[1], re.I):
        and_word = {"de": " und ", "fr": " et ", "es": " y "}.get(language, " and ")
        head = and_word.join(head.rsplit(", ", 1))  # "the installation plan and the site requirements"
    return head + "." if len(head.split()) >= 3 else ""


def mended(sentence: str, language: str) -> str:
    """One draft sentence mended where a class of broken phrasing has one mending, "" where it cannot be said."""
    if "[[" in sentence or not sentence.strip():
        return sentence  # an answer slot is the rep's to fill
    lang = language if language in _WEEKDAYS else "en"
    text = _CUT_BRACKET.sub("", _weekdays(sentence, lang))
    if re.search(r"\S\s?:\s*\.$", text):
        # "... anterior: para vuestras 40 furgonetas:.": a lead whose list was left out; what comes before it stands
        head = re.sub(r"\s?:\s*\.?$", "", text)
        head = head.rsplit(": ", 1)[0] if ": " in head else ""
        text = head.rstrip(" ,;:") + "." if len(head.split()) >= 3 else ""
        if not text:
            return ""
    text = _SHORT_MONTH.sub(lambda m: MONTHS[lang].get(m.group(1).lower(), m.group(1)) + (  # the last dot ends it too
        "." if not text[m.end():].strip() else "") if m.group(1).lower() in MONTHS[lang] else m.group(0), text)
    text = _TWICE.sub(lambda m: m.group(0) if m.group(1).lower() in _MAY_DOUBLE else m.group(1), text)
    text = _NOTED_NOTE.sub(lambda m: m.group(1) + " ", text)
    pattern, asked = _ASKED_QUESTION[lang]
    text = pattern.sub(asked, text)
    pattern, stays = _UNCHANGED[lang]
    text = pattern.sub(stays, text)
    text = _PRICE_LAST.sub(lambda m: f"{m.group('p')} {_PRICE_FOR[lang]} {m.group('w')} {m.group('v')} {m.group('m')}.",
                           text)
    if lang == "en":
        text = _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(1).rstrip(".")], text)
        for short, words in _EN_CALENDAR:
            text = short.sub(words, text)
        if not _A_COUNT.search(text):
            text = _A_PLURAL.sub(lambda m: m.group(2) if m.group(1).islower() else _cap(m.group(2)), text)
        if m := _CONFIRMED_GLUED.match(text):
            text = f"The {m.group(1)} on {m.group(2)} is confirmed."
        text = _VERB_AS_NOUN.sub(lambda m: f"It {m.group(1)} ", text)
        text = _AS_SORRY.sub(lambda m: _AS_WORDS[m.group(1)], text)
    text = _PRICE_TRAIL.sub(r"\1", _PRICE_ADVERB.sub(lambda m: m.group(1) + " ", text))
    if lang == "de":
        text = _DE_DATE_DOT.sub(r"\1.", text)
    text = _DE_NOUN.sub(lambda m: m.group(1) + m.group(2).upper(), _PRICE_STAYS.sub(r"\1 stays at", text))
    text = _ADJ_VERB[lang].sub(lambda m: m.group(0) if _PARTICIPLE.match(text, m.end()) else  # "est prévue": whole
                               f"{m.group(1)} {m.group(3)} {m.group(2)}", text)
    pattern, verb = _LEAD_NO_VERB[lang]
    text = pattern.sub(verb, text)
    pattern, own = _THEIR[lang]
    text = pattern.sub(own, text)
    text = _unclosed(text, lang)
    stray = re.match(_STRAY[lang], text, re.I)
    if stray:  # "The as an apology we add ...": the lone article at the start goes, the sentence stands
        text = _cap(text[stray.end():])
    if re.search(r"(?<=\w\s)" + _STRAY[lang], text) or _EMPTY_PROMISE[lang].match(text) or re.search(
            rf"\s(?:{_DANGLING[lang]})[.!?]$", text):
        return ""  # "I'm sending the right away": the thing named was cut away, nothing to mend it with
    return slipped(text, lang)

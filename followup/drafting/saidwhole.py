"""A draft line said as whole sentences in the rep's voice or not at all: a sentence that pastes the customer's or a
note's words back broken ("I've noted that one change: ...", "Notiert: Damit Sie es werten können", "As agreed, not
640 like you wrote", "Grand nettoyage d'été : CHF.", "I'll email you the - you can't take calls") is mended where one
cut makes it whole and left out otherwise: a dropped line reads better than a broken one."""
from __future__ import annotations

import re

from followup.drafting.hanging import unhung
from followup.drafting.theirplease import PLEASE, turned

# The framing leads the drafts put before a restated point (phrases.py, noteline.py), per language.
_LEAD = {
    "en": r"(?:I've noted that|I've noted|(?:Great, |Also )?[Nn]oted:|As agreed,|As we discussed,|To confirm,|"
          r"I've taken your points on board:)",
    "de": r"(?:(?:Außerdem )?[Nn]otiert:|Wie vereinbart:|Wie besprochen:|Zur Bestätigung:|Ich habe(?=.*\bnotiert\.?$)|"
          r"(?:Ihre|Deine) Punkte habe ich aufgenommen:)",
    "fr": r"(?:C'est noté :|Noté aussi :|Comme convenu :|Comme nous en avons parlé :|Pour confirmer :|"
          r"Je prends note de|J'ai pris en compte (?:vos|tes) points :)",
    "es": r"(?:Tomo nota:|Tomo nota de|También anoté:|Como hablamos:|Como acordamos:|Para confirmar:|"
          r"Tengo en cuenta (?:sus|tus) puntos:)"}
# The lead before the customer's listed points (phrases.py "listed"): its points are their noun phrases, left as they are
# but for the old value and the slip.
_LISTED = re.compile(r"I've taken your points on board:|(?:Ihre|Deine) Punkte habe ich aufgenommen:|"
                     r"J'ai pris en compte (?:vos|tes) points :|Tengo en cuenta (?:sus|tus) puntos:")
# A pasted lead of the customer's own between the framing and the point ("one change:", "eine Korrektur:").
_OWN_LEAD = re.compile(r"^(?:one|a|another|eine?|une?|un[ae]?|otr[oa])\s+[^\W\d_]+\s?:\s+(?=\S)", re.I)
# The customer's words about what the rep wrote: said back to them they point at the wrong person.
_YOU_WROTE = {"en": r",?\s+(?:like|as) you (?:wrote|said|quoted|put it)\b",
              "de": r",?\s+wie Sie (?:geschrieben|gesagt) haben\b",
              "fr": r",?\s+comme vous (?:l'avez |avez )?(?:écrit|dit)\b",
              "es": r",?\s+como (?:usted )?(?:escribió|dijo|puso)\b"}
# A point that opens on what only completes or turns another clause: a subordinator, a bare negation, a "but".
_OPENS_SUBORDINATE = {
    "en": r"(?:because|so that|since|although|though|which|not|but|however)\b",
    "de": r"(?:damit|weil|dass|obwohl|nicht|sondern|aber|allerdings|jedoch)\b",
    "fr": r"(?:parce que|pour que|afin que|puisque|car|pas|mais|cependant|par contre)\b",
    "es": r"(?:porque|para que|ya que|aunque|pero|sin embargo)\b"}
# Their correction's old value after the new one ("the GmbH, not the Holding", "22 tonnes, et non 20 comme annoncé"):
# the rep says the value that holds; the one they dropped is no term of the deal. Only before a figure or a named thing
# ("weeks 11-12, not before" is their condition and stays).
_WAS_NOT = {"en": r",?\s+(?:and\s+)?(?:not|instead of|rather than)\s+(?:the\s+|an?\s+|\d)[^;]*",
            "de": r",?\s+(?:und\s+)?(?:nicht|statt|anstatt|anstelle)\s+(?:(?:der|die|das|den|dem|des|eine?[mnrs]?)\s+|\d)[^;]*",
            "fr": r",?\s+(?:et\s+)?(?:non|pas|au lieu d[eu']|plutôt que)\s*(?:(?:le|la|les|l'|une?|des?|du)\s*|\d)[^;]*",
            "es": r",?\s+(?:y\s+)?(?:no|en lugar de|en vez de)\s+(?:(?:el|la|los|las|una?|del?)\s+|\d)[^;]*"}
# Their own slip owned up to in a joined point ("I got the quantity wrong", "Sie hatten sich vertan", "je me suis
# trompé"): said back it blames them; the corrected value is what the rep confirms.
_OWN_SLIP = {"en": r"\b(?:got|had)\b[^;]*\bwrong\b|\b(?:my|our|your) (?:mistake|bad|error)\b|\bmis(?:read|typed|counted)\b",
             "de": r"\b(?:vertan|verzählt|verschrieben|verrechnet|geirrt)\b|\b(?:mein|unser|Ihr|dein) Fehler\b",
             "fr": r"\btromp(?:é|ée|és|ées|er)\b|\b(?:mon|notre|votre|ton) erreur\b|\berreur de (?:ma|notre|votre) part\b",
             "es": r"\bequivo(?:c|qu)\w*|\bme confundí\b|\b(?:mi|nuestro|su|tu) error\b"}
_JOIN = re.compile(r"^(?:and|und|et|y)\s+", re.I)
# Their "but" before the point ("Aber – Sie sind jetzt 31 Leute"): it turns a sentence the draft does not say.
_TURN = re.compile(r"^(?:but|however|aber|allerdings|jedoch|mais|cependant|par contre|pero|sin embargo)\s*[,–—-]?\s+",
                   re.I)
# Their "but" after a semicolon inside the point ("la variante 2; et par contre, vous serez 104"): the turn left out.
_INNER_TURN = re.compile(r";\s*(?:(?:and|und|et|y)\s+)?(?:but|however|aber|allerdings|jedoch|mais|cependant|par contre|pero|"
                         r"sin embargo)\s*[,–—-]?\s+", re.I)
# Their aside after a dash, a clause of its own ("you need 32 and not 30 - you found room for 2 more benches"): their
# reason, not the point (a dash before a figure or a name is the point's own: "GS-10 – 10 sizes").
_DASH_ASIDE = re.compile(r"\s+[-–—]\s+(?=(?:the|you|you'll|she|she'll|he|he'll|they|they'll|we|I|it)\s+\S+\s+\S)")
# A reflexive that does not agree with its subject once their words are turned ("you will make ourselves").
_WRONG_SELF = re.compile(r"\byou\b.*\b(?:ourselves|myself)\b|\b(?:we|I)\b.*\byourselves?\b")
# "noted that" before a thing and its "that" with no verb of its own ("a confirmation that delivery ...").
_THING_THAT = re.compile(r"^(?:a|an|one)\s+[^\W\d_]+\s+that\b", re.I)
# A thing presented in the customer's email ("here is your decision", "voilà ce que"): said only there.
_PRESENTING = re.compile(r"\b(?:here (?:is|are)|here's|hier (?:ist|sind)|voici|voilà|aquí (?:está|tiene|van))\b", re.I)
# A pronoun whose thing is in a sentence the draft does not say ("your building management needs it").
_ANAPHOR_END = {"en": r"\b(?:it|this|that|then|there)\s*$", "de": r"\b(?:es|das|dies|dann|dort)\s*$",
                "fr": r"\b(?:ça|cela|alors|là)\s*$", "es": r"\b(?:eso|esto|entonces|allí|ahí)\s*$"}
# A German pronoun standing for a thing the point does not name ("Sie müssen das den Internatsleuten sagen").
_DE_PRONOUN = re.compile(r"\b(?:(?<!gibt )(?<!geht )es(?!\s+(?:gibt|bleibt|geht))|das(?=\s+(?:den|dem|der|die)\b))\b")
# Their reason given after the point ("... because your director travels after that"): the first cut.
_REASON = {"en": r",?\s+(?:because|so)\b", "de": r",?\s+weil\b", "fr": r",?\s+(?:parce que?|donc)\b",
           "es": r",?\s+(?:porque|así que)\b"}
# Words that cannot end a sentence, as written (a capital "A" is a name: "Option A").
_DANGLING = {
    "en": "a an the of to for with from and or but which",
    "de": "der die das den dem des ein eine einen einem und oder für von",
    "fr": "le la les un une des de du à au aux et ou pour avec sur par",
    "es": "el la los las un una de del a al y o para con por en"}
# A label that needs its name or letter after it ("Thank you for choosing Option.").
_BARE_LABEL = re.compile(r"\b(?:Option|Variant|Variante|Package|Paket|Plan|Model|Modell|Formule|Opción|Paquete|"
                         r"Modelo)\s*[.!]?$")
_CURRENCY = r"(?:CHF|EUR|USD|GBP|CAD|AUD|NZD|DKK|NOK|SEK|[$€£¥])"
# A currency said last with no amount before it ("sans les vitres : CHF."; "1,40 $" and "10'450.-" have theirs).
_CURRENCY_LAST = re.compile(rf"{_CURRENCY}\s*$")
_AMOUNT_BEFORE = re.compile(r"(?:\d[.,]?-?|\b(?:Mio|Mrd|Millionen?|millions?|mil|k|M|bn)\.?)\s*$")
# An amount whose digit groups are cut ("3 46 € HT": a group of two after a space).
_CUT_AMOUNT = re.compile(rf"\b\d[ \u00a0\u202f]\d{{1,2}}\s?{_CURRENCY}")
# An article or preposition right before a dash, colon or semicolon: what followed it was cut.
_CUT_BEFORE_MARK = re.compile(r"\b(?:the|a|an|to|of|der|die|das|den|le|la|les|el|los|las)\s+[-–—:;]\s")
# A preposition right before the verb that says the price ("Lieferung frei Haus ab beträgt"): its object was cut.
_PREP_BEFORE_VERB = re.compile(r"\b(?:ab|from|à partir de|desde|für|for|pour|para)\s+(?:beträgt|is|est|es)\b")
# A price of "each one" whose one is named nowhere ("le prix est de 1,40 $ chacune").
_EACH_OF_NOTHING = re.compile(r"^(?:.*?:\s*)?(?:le prix est de|el precio es de)\s+\S.*?\b(?:chacune?|cada un[oa])\s*$",
                              re.I)
# The German price thing written lower-case: a note's shorthand ("Der Preis für interesse an ClassView 65").
_DE_LOWER_THING = re.compile(r"\bPreis für (?!(?:den|die|das|dem|der|ein\w*|je|jede\w*|alle|pro)\b)[a-zäöüß]+\s")
# A joined point that is only a day or a date ("... and Monday 5 July to Friday 16 July", "...; 6. August").
_MONTH = (r"(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|févr|mars|avr|mai|juin|juil|août|"
          r"sept|déc|ene|abr|ago|dic)[\w.]*")
_DAY_ONLY = re.compile(rf"(?:\s+(?:and|und|et|y)\s+|;\s*)(?:(?:[^\W\d_]+,?\s+)?\d{{1,2}}\.?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})"
                       rf"(?:\s*(?:to|bis|au|al|-|–)\s*(?:[^\W\d_]+,?\s+)?\d{{1,2}}\.?\s+{_MONTH})?(?:\s+[a-zß]{{1,3}})?\s*$",
                       re.I)
# A day or date standing alone between two semicolons ("LB-5200; 6. August; und ..."): what it dated was cut.
_INNER_DAY = re.compile(rf";\s*(?:[^\W\d_]+,?\s+)?\d{{1,2}}\.?\s+{_MONTH}\s*(?=;)", re.I)
# The English leads whose point is said as a clause ("I've noted that you ...", "As agreed, the visit is ..."): a
# point with no finite verb after them is a note's or the customer's fragment ("start before 1 May", "after meeting
# with the architect some changes"); "I've noted" and "Noted:" name a thing and keep it.
_CLAUSE_LEAD = re.compile(r"I've noted that$|As agreed,$|As we discussed,$|To confirm,$")
# A finite verb or a subject before its verb: a pronoun and its word, a contraction, a copula, a modal or an auxiliary,
# or a verb's -s or -ed form or a common verb after a word that is not a determiner ("the pilot starts on", "your
# staff start Monday", never "some changes"; an -s word said last is a plural: "the school holidays").
_EN_FINITE = re.compile(
    r"\b(?:you|we|they|he|she|I|it|there)\s+[a-z]|\w'(?:s|re|ll|d|ve|m)\b|\bn't\b|"
    r"\b(?:is|are|was|were|am|will|would|can|could|shall|should|may|might|must|do|does|did|has|have|had)\b|"
    r"\b(?!(?:a|an|the|some|any|all|two|three|four|five|few|many|several|your|our|my|their|its|these|those|more|"
    r"other|new|to)\b)[\w-]+,?\s+(?:also\s+|still\s+|only\s+)?(?:[a-z]+s(?=[\s,]+\S)|[a-z]+ed|stay|meet|remain|work|come|go|run|"
    r"look|need|want|arrive|start|begin|end|finish|expire|renew|open|close|fit|cost|include|take|get|make|keep|follow|"
    r"change|match|ship|sell|hold|last|suit|use|move|happen)\b(?=[\s,]+\S|\s*$)")
# A thing and their relative clause with no verb of the point's own ("two things you need to know").
_EN_COUNTED_THING = re.compile(r"^(?:one|two|three|four|a few|some|several|a couple of)\s+(?:things?|points?|questions?|"
                               r"changes?|items?|issues?)\s+(?:you|we|I|they)\b(?!.*\b(?:is|are|was|were)\b)", re.I)
# A pronoun for the thing their sentence named, said without it ("you'd like that in writing").
_EN_ANAPHOR_OBJECT = re.compile(r"\b(?:like|want|need)\s+(?:it|that|this)\s+(?:in|by|on|as|before)\b")
# A German verb that needs its thing, with only a time after it ("Sie brauchen ab 2.5."): the thing was cut.
_DE_NO_OBJECT = re.compile(r"\b(?:brauchen|benötigen|möchten|wünschen|bestellen|nehmen|wollen|brauchst|möchtest)\s+"
                           r"(?:ab|bis|am|zum|zur|vor|nach)\s+(?:\S+\s+){0,2}?\S*\d[\d.]*\s*$")
# A day, date or figure in a verbless point: a term said short ("As agreed, delivery on Monday 4 May"), kept.
_TERM = re.compile(r"\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                   r"June|July|August|September|October|November|December)\b")
# A verbless point that opens on a thing ("delivery any weekday after 7 March", "your two racks by Friday"), never on a
# bare verb ("start before 1 May") or a preposition ("after meeting with ...").
_NAMES_THING = re.compile(r"^(?:(?:the|your|our|a|an|one|two|three|four|five|six|\d+)\s+\S|[a-z]+(?:tion|ment|ery|ance|ence|"
                          r"age)\b)", re.I)
# A point that opens on a bare doing of their list ("start before 1 May", "deliver to the back door"): their request,
# said as their wish; the doings that are the rep's to do take "us".
_BARE_DOING = re.compile(r"^(start|begin|finish|complete|switch|launch|move|go|deliver|install|ship|send|invoice|fit|"
                         r"book|schedule)\s+(?!(?:is|are|was|will|and|or)\b)", re.I)
_OUR_DOINGS = {"deliver", "install", "ship", "send", "invoice", "fit", "book", "schedule"}
# A point that is only a time ("before February 6", "by Friday 3 May"): the day they named, noted as a date.
_ONLY_WHEN = re.compile(r"^(?:before|by|until|after|from)\s+(?:\w+,?\s+){0,2}?\d{1,2}(?:st|nd|rd|th)?(?:\s+\w+)?$", re.I)
# Their grumble, which is never "agreed" ("a spreadsheet nightmare", "a real headache").
_GRUMBLE = {"en": r"\b(?:nightmare|headache|mess|hassle|chaos|pain|frustrat\w*|annoy\w*|struggl\w*)\b",
            "de": r"\b(?:Albtraum|Katastrophe|Chaos|Ärger|ärgerlich|nervig|mühsam)\b",
            "fr": r"\b(?:cauchemar|galère|casse-tête|pagaille|bazar|agaçant\w*)\b",
            "es": r"\b(?:pesadilla|caos|lío|dolor de cabeza|molest\w*)\b"}
# A modal with no verb of its own after it ("die Auslagen müssen bis Ende August", "la pose doit avant le 2 mai"):
# the verb their words carried was cut. German says the verb last; French and Spanish say it after the modal.
_INF_ES = r"\w+(?:ar|er|ir)(?:me|te|le|lo|la|nos|les|los|las|se)?\b"
_MODAL_NO_VERB = {
    "de": re.compile(r"\b(?:muss|müssen|soll|sollen|kann|können|darf|dürfen)\s+(?=[^,:;()]*\S)"
                     r"(?![^,:;()]*\b(?:[a-zäöüß]+(?:en|ern|eln|t)|sein|tun)\s*(?:[,:;()]|$))[^,:;()]*$"),
    "fr": re.compile(r"\b(?:doit|doivent|devez|devons|peut|peuvent|pouvez|pouvons)\s+(?!(?:\w+\s+){0,2}?\w+(?:er|ir|re|oir)"
                     r"\b)(?:\S+\s*){1,8}$"),
    "es": re.compile(rf"\b(?:tiene que|tienen que|tengo que|hay que|debe|deben|puede|pueden)\s+(?!(?:\w+\s+){{0,2}}?"
                     rf"{_INF_ES})(?:\S+\s*){{1,8}}$")}
# A copula said last ("PO is."): what it was to say was cut. English only: a German subordinate clause says its verb
# last ("..., dass die Ware bis Montag da ist").
_COPULA_LAST = re.compile(r"\b(?:is|are|was|were)$")
# A German clause said with its full verb and a stray participle last ("Der Preis beträgt 6.800 EUR genannt"): the
# customer's "was genannt" left behind when the point was turned.
_DE_STRAY_PARTICIPLE = re.compile(r"\b(?:beträgt|kostet|liegt|bleibt|gilt|umfasst|enthält|läuft)\b.*\b"
                                  r"(?:[a-zäöüß]*ge[a-zäöüß]+t|(?:ver|er|ent|zer)[a-zäöüß]{3,}t)$")
# A clause said where the standing offer names a thing ("My earlier offer still includes attached is the offer").
_STILL_CLAUSE = re.compile(r"\bstill includes\s+(?:\S+\s+){0,2}?(?:is|are)\b")
# The earlier email's own presenting words in front of what it offered ("attached is the detailed offer in 3 waves"):
# the standing offer names what it holds.
_STILL_PRESENTING = re.compile(r"(?<=\bstill includes )(?:attached|enclosed|below|here) (?:is|are) (?:the|our|my)\s+"
                               r"(?:[\w-]+\s+){0,3}?(?:in|with|for|of)\s+(?=\S)")
# A joined part with only an infinitive and no finite verb ("...; und 6. Mai fertig sein"): its subject and modal
# were cut.
_DE_BARE_INFINITIVE = re.compile(r"(?:;\s*|\s+und\s+)(?:und\s+)?(?:\d{1,2}\.\s*\w+\s+)?[a-zäöüß]+\s+(?:sein|werden)$")
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)\s+"
                       r"(?=[A-ZÀ-Ý0-9¿¡\"'\[])(?!(?i:jan|jän|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)\w*\b)")
MIN_POINT_WORDS = 2  # a point said back in fewer words than this is no point
MIN_CLAUSE_WORDS = 3  # a clause left before a cut day or date in at least this many words


def _point(sentence: str, language: str) -> tuple[str, str, str] | None:
    """The framing lead, the point and its end of a framed sentence, or None when the sentence has no lead."""
    m = re.match(rf"({_LEAD.get(language, _LEAD['en'])})\s+(.*?)(\s*(?:notiert)?\s*[.!?]?)$", sentence, re.S)
    return (m.group(1), m.group(2), m.group(3)) if m else None


def _no_amount(text: str) -> bool:
    """Whether the text ends on a currency with no amount before it."""
    m = _CURRENCY_LAST.search(text)
    return bool(m and not _AMOUNT_BEFORE.search(text[:m.start()]))


def _broken(sentence: str, language: str) -> bool:
    """Whether any sentence of the draft is broken in a way a rep would have to mend (see the module's classes)."""
    body = sentence.rstrip(" .!?")
    last = body.rsplit(None, 1)[-1] if body.split() else ""  # "Option A." ends on a name, not on "a"
    return bool(last in _DANGLING.get(language, _DANGLING["en"]).split() or _BARE_LABEL.search(body)
                or _no_amount(body) or _CUT_AMOUNT.search(body) or _CUT_BEFORE_MARK.search(body)
                or _PREP_BEFORE_VERB.search(body)
                or _EACH_OF_NOTHING.match(body) or (language == "de" and _DE_LOWER_THING.search(body))
                or _unfinished_clause(body, language))


def _unfinished_clause(body: str, language: str) -> bool:
    """Whether a part of the sentence lost the words its verb needs: a modal with no verb, a copula said last, a
    stray participle after a full verb, or a clause where the standing offer names a thing."""
    if "[[" in body or body.endswith("?"):  # an answer slot or a question is the rep's to fill, not a said point
        return False
    parts = [x.strip() for x in re.split(r";\s*", body)]
    modal = _MODAL_NO_VERB.get(language)
    # a part ending on a day's number was cut at the day's full stop ("bis 31. Jänner"): no verdict on it
    return bool(any(modal and modal.search(x) and not re.search(r"\d$", x) for x in parts)
                or (language == "en" and any(_COPULA_LAST.search(x) for x in parts))
                or (language == "de" and _DE_STRAY_PARTICIPLE.search(body))
                or (language == "en" and _STILL_CLAUSE.search(body)))


def _framed_broken(point: str, language: str) -> bool:
    """Whether a point said after a framing lead is the customer's or a note's fragment, not a whole point."""
    return bool(len(point.split()) < MIN_POINT_WORDS
                or re.match(_OPENS_SUBORDINATE.get(language, _OPENS_SUBORDINATE["en"]), point, re.I)
                or _PRESENTING.search(point) or (language == "en" and (_WRONG_SELF.search(point)
                                                                        or _THING_THAT.match(point)))
                or re.search(_ANAPHOR_END.get(language, _ANAPHOR_END["en"]), point, re.I)
                or (language == "de" and _DE_PRONOUN.search(point)))


def _not_a_clause(lead: str, point: str, language: str) -> bool:
    """Whether a point said after a lead that wants a clause is a fragment or their background or grumble."""
    if re.search(_GRUMBLE.get(language, _GRUMBLE["en"]), point, re.I) and not _LISTED.match(lead):
        return True
    if language == "de" and _DE_NO_OBJECT.search(point) and not _LISTED.match(lead):
        return True
    if language != "en" or not _CLAUSE_LEAD.match(lead):
        return False
    if _EN_COUNTED_THING.match(point) or _EN_ANAPHOR_OBJECT.search(point):
        return True
    return not _EN_FINITE.search(point) and not _TERM.search(point)  # the leads may say a term short


def _as_now(point: str, language: str, slips: bool = True) -> str:
    """A point without their owned-up slips and without the old value their correction replaced."""
    parts = re.split(r";\s*", point)
    kept = [x for x in parts if not (slips and re.search(_OWN_SLIP.get(language, _OWN_SLIP["en"]), x, re.I))]
    if kept and kept != parts:
        kept[0] = _JOIN.sub("", kept[0])
    cut = [re.sub(_WAS_NOT.get(language, _WAS_NOT["en"]), "", x, count=1) for x in kept]
    return "; ".join(c if len(c.split()) >= MIN_POINT_WORDS else x for c, x in zip(cut, kept))


def whole_sentence(sentence: str, language: str) -> str:
    """One sentence mended where one cut makes it whole, or "" when it stays broken."""
    body = sentence.rstrip(" .!?")
    if language == "de" and _DE_STRAY_PARTICIPLE.search(body):  # "beträgt etwa 6.800 EUR genannt": participle out
        sentence = body.rsplit(None, 1)[0] + sentence[len(body):]
    framed = _point(sentence, language)
    if framed is not None:
        lead, point, end = framed
        if _LISTED.match(lead):
            point = _as_now(point, language)
            return "" if not point or _broken(f"{lead} {point}{end}", language) else f"{lead} {point}{end}"
        point = _OWN_LEAD.sub("", point, count=1)
        point = _TURN.sub("", point, count=1) if len(_TURN.sub("", point, count=1).split()) >= MIN_CLAUSE_WORDS else point
        point = _INNER_TURN.sub("; ", point)
        point = _as_now(point, language)
        if language == "en" and _THING_THAT.match(point) and ", " in point:  # the points joined after it are whole
            rest = point.split(", ", 1)[1]
            point = rest if len(rest.split()) >= MIN_CLAUSE_WORDS else point
        aside = _DASH_ASIDE.search(point) if language == "en" else None
        if aside and len(point[:aside.start()].split()) >= MIN_CLAUSE_WORDS:
            point = point[:aside.start()]  # the point without their aside
        point = re.sub(_YOU_WROTE.get(language, _YOU_WROTE["en"]), "", point)
        point = _INNER_DAY.sub("", point)
        day = _DAY_ONLY.search(point)
        if day and len(point[:day.start()].split()) >= MIN_CLAUSE_WORDS and not re.search(
                rf"\b{_MONTH}\b", point[:day.start()], re.I):  # a list of days is kept whole
            point = point[:day.start()]
        reason = list(re.finditer(_REASON.get(language, _REASON["en"]), point))
        if reason and _framed_broken(point, language) and len(point[:reason[-1].start()].split()) >= MIN_CLAUSE_WORDS:
            point = point[:reason[-1].start()]  # the point whole without their reason for it
        if PLEASE.search(point):
            wish = turned(point, language)  # their request as their wish; a note's "x: y please" is no sentence
            if wish is None and ": " in point:
                return ""
            point = wish or point
        if language == "de" and (bare := _DE_BARE_INFINITIVE.search(point)) and len(
                point[:bare.start()].split()) >= MIN_CLAUSE_WORDS:
            point = point[:bare.start()]  # the joined part whose subject and modal were cut, left out
        if lead == "I've noted that" and not _EN_FINITE.search(point) and (doing := _BARE_DOING.match(point)):
            point = f"you'd like {'us ' if doing.group(1).lower() in _OUR_DOINGS else ''}to {point}"  # their request
        if lead == "I've noted that" and _ONLY_WHEN.match(point):
            lead, point = "I've noted your date:", point  # "before February 6": the day they named, said as theirs
        elif lead == "I've noted that" and not _EN_FINITE.search(point):
            if not (_TERM.search(point) and _NAMES_THING.match(point)) or _framed_broken(point, language):
                return ""
            lead = "I've noted"  # "delivery any weekday after 7 March": a thing noted, not a clause after "that"
        if _framed_broken(point, language) or _not_a_clause(lead, point, language):
            return ""
        point = _one_join(point)
        sentence = f"{lead} {point}{end}" if point else sentence
    elif _STILL_PRESENTING.search(sentence):
        sentence = _STILL_PRESENTING.sub("", sentence, count=1)
    elif ";" in sentence:  # a listed point cut from its lead at a full stop inside it ("17 µm. Preis ...; ...")
        body = sentence.rstrip(" .!?")
        sentence = _as_now(body, language, slips=False) + sentence[len(body):]
    return "" if _broken(sentence, language) else sentence


# Two points joined with "; and" where the first has no comma of its own to keep apart from the "and" ("first pick is
# 19 Feb; and you'd like ..."): the semicolon reads as a slip, so it goes.
_SOLE_JOIN = re.compile(r"^(?P<a>[^;,]+);\s+(?P<and>and|und|et|y)\s+(?P<b>[^;]+)$")


def _one_join(point: str) -> str:
    """A point of two parts joined with "; and" said with a plain "and" when the first part has no comma and no "and"
    of its own ("600 bags and 400 mugs; and you need ..." keeps its semicolon)."""
    m = _SOLE_JOIN.match(point)
    if not m or re.search(rf"\b{m.group('and')}\b", m.group("a"), re.I):
        return point
    return f"{m.group('a')} {m.group('and')} {m.group('b')}"


def said_whole(line: str, language: str) -> str:
    """A draft line with every hanging sentence taken back (hanging.py) and every broken one mended or left out."""
    line = unhung(line, language)
    return " ".join(x for s in _SENTENCE.split(line.strip()) if (x := whole_sentence(s, language)))


__all__ = ["MIN_CLAUSE_WORDS", "MIN_POINT_WORDS", "said_whole", "whole_sentence"]

"""The rep's own priced sentence said again in follow-up form, not pasted back: the scope it opened on goes after the
price ("On a 24-month term the rate works out to $27.90 per van per month." -> "The rate is $27.90 per van per month
on a 24-month term."; "Bei 3 Maschinen kostet der ES-800 USD 13.900 je Stück." -> "Der ES-800 kostet USD 13.900 je
Stück bei 3 Maschinen."), and when the old verb still runs into the price it is said as "is" (or "is now" for a price
the sentence revised). Every figure, name and day is kept; a restatement that would still copy ECHO_WORDS words in a
row of the old sentence is not made."""
from __future__ import annotations

import re

from followup.drafting.moneyforms import MONEY
from followup.drafting.recap import unreplaced
from followup.drafting.standing import REVISED_RE, standing

# Words in a row of the rep's old sentence that make the draft's sentence a paste of it, not a restatement.
ECHO_WORDS = 8

_MONEY_AT = re.compile(MONEY)

# Per language: a preposition that opens a scope before the priced clause ("For 2,500 crates", "Bei 3 Maschinen",
# "Pour un engagement de 5 ans", "Con 6 módulos").
_SCOPE = {"en": r"for|with|on|at|over|from|after|without|including|excluding|under",
          "de": r"bei|mit|für|ohne|ab|nach|inklusive|zu",
          "fr": r"pour|avec|sur|dès|après|avant|sans|hors",
          "es": r"con|para|por|sobre|desde|sin|a partir de"}
_SCOPE_RE = {lang: re.compile(rf"^(?:{pat})\s", re.I) for lang, pat in _SCOPE.items()}
# Where the subject starts after the scope (en/fr/es): a determiner or subject pronoun after the scope's own words.
_SUBJECT = {"en": r"the|our|your|this|these|each|its|their|we|I|it",
            "fr": r"le|la|les|l['’]|notre|nos|votre|vos|ce|cette|chaque|nous|je|il",
            "es": r"el|la|los|las|nuestro|nuestra|nuestros|nuestras|su|sus|este|esta|cada"}
_SUBJECT_RE = {lang: re.compile(rf"(?<=\s)(?:{pat})(?=\s|(?<=['’]))", re.I) for lang, pat in _SUBJECT.items()}
# German puts the verb before the subject after a scope: "Bei 3 Maschinen kostet der ES-800 ...".
_DE_INVERTED = re.compile(r"^(?P<scope>.+?),?\s+(?P<v>(?!(?:für|bei|mit|ohne|ab|nach|zu|von|auf|um|in|im|am|an|und|oder)\s)"
                          r"[a-zäöüß]+(?:\s+sich)?)\s+"
                          r"(?P<s>(?:der|die|das|unser|unsere|Ihr|Ihre|ein|eine)\s.*?)(?P<p>\s+(?:bei|auf|von|um))?\s*$")
# A scope that labels what follows it: "For the two pangas: ...", "Pour 4 hectares : ...".
_LABEL = re.compile(r"^(?P<scope>[^:,]{3,60}?)\s?:\s+(?P<rest>.+)$")
# A label of more words than this says more than a scope ("Für die Anlage für Ihr Speisewasser gilt:").
LABEL_WORDS = 5
# A label of fewer words names a topic, not a scope ("On price: on a 3-year agreement ..."): it stays before.
MIN_LABEL_WORDS = 3
# A scope's aside after a comma ("Con un descalcificador dúplex, que cubre bien vuestro consumo"): already said.
_ASIDE = re.compile(r",\s+(?:which|who|that|qui|que|der|die|das|welche[rs]?)\b[^,]*$", re.I)
# A scope ending on a word that leads on ("with the draper instead of"): the subject split it in two.
_DANGLING = re.compile(r"\b(?:of|to|and|or|than|de|du|des|et|ou|que|von|und|oder|als|del|y|o)\s*$", re.I)
# Per language: the verb that runs into the price, and the plain "is" a follow-up says it with (and after a
# revision, "is now").
_PRICING = {"en": (r"\b(?:works?\s+out\s+(?:to|at)|comes?\s+(?:down\s+)?to|drops?\s+to|falls?\s+to|amounts?\s+to|"
                   r"totals?|costs?|goes\s+(?:down|up)\s+to|remains?|stays?\s+at|is|are)\s*$", "is", "is now"),
            "de": (r"\b(?:kostet|beträgt|liegt\s+bei|bleibt\s+bei|reduziert\s+sich\s+auf|sinkt\s+auf|ist)\s*$", "beträgt",
                   "beträgt jetzt"),
            "fr": (r"\b(?:passe\s+à|revient\s+à|s['’]élève\s+à|coûte|descend\s+à|reste\s+à|est(?:\s+de)?)\s*$", "est de",
                   "est désormais de"),
            "es": (r"\b(?:se\s+mantiene\s+en|queda\s+en|baja\s+a|cuesta|sale\s+a|sigue\s+costando|"
                   r"sigue\s+siendo(?:\s+de)?|es(?:\s+de)?)\s*$", "es de", "es ahora de")}
_PRICING_RE = {lang: (re.compile(pat, re.I), plain, now) for lang, (pat, plain, now) in _PRICING.items()}


def _words(text: str) -> list[str]:
    """A text's words as the echo is counted: lower-case, figures split at their separators."""
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text.lower())


def copies(said: str, old: str) -> bool:
    """Whether a sentence copies ECHO_WORDS or more words in a row of the old one."""
    old_words = _words(old)
    runs = {tuple(old_words[i:i + ECHO_WORDS]) for i in range(len(old_words) - ECHO_WORDS + 1)}
    words = _words(said)
    return any(tuple(words[i:i + ECHO_WORDS]) in runs for i in range(len(words) - ECHO_WORDS + 1))


def figures(text: str) -> list[str]:
    """The figures a text says, in any order."""
    return sorted(re.findall(r"\d+", text))


def _lower_first(text: str) -> str:
    """The scope's preposition lower-cased, as it goes after the price."""
    return text[:1].lower() + text[1:]


def _prices(body: str):
    """Where each sum of money of a sentence starts ("ES-800 USD 13.900": the model's number is no price)."""
    at = 0
    while m := _MONEY_AT.search(body, at):
        if not re.search(r"[\w-]$", body[:m.start()]):
            yield m.start()
        at = m.start() + 1


def _split(text: str, language: str) -> tuple[str, str, str, str] | None:
    """A priced sentence opened by a scope as (scope, subject and verb, price, tail after a comma), or None."""
    body = text.strip().rstrip(".")
    scope_re = _SCOPE_RE.get(language)
    if not scope_re or not scope_re.match(body):
        return None
    labelled = _LABEL.match(body)
    if labelled and MIN_LABEL_WORDS <= len(labelled.group("scope").split()) <= LABEL_WORDS \
            and _MONEY_AT.search(labelled.group("rest")) and not scope_re.match(labelled.group("rest")):
        # "For the two pangas: two 8,000 lb lifts, BZD 38,900 installed": what is priced says the scope after it
        first, _, tail = labelled.group("rest").partition(", ")
        return labelled.group("scope"), "", first, tail
    for at in _prices(body):  # "Con 2.000.000 € de RC profesional, AXA se mantiene en 3.640 €": the sum after the verb
        parts = _parts(body[:at], body[at:], language)
        if parts:
            return parts
    return None


def _parts(pre: str, rest: str, language: str) -> tuple[str, str, str, str] | None:
    """The scope and the subject with its verb before a sum, the sum and the tail after it, or None."""
    price, _, tail = rest.partition(", ")
    if language == "de":
        m = _DE_INVERTED.match(pre.rstrip())
        if not m:
            return None
        scope, core = m.group("scope"), f"{m.group('s')} {m.group('v')}{m.group('p') or ''}"
    elif re.search(r",\s", pre):
        scope, core = re.split(r",\s(?!.*,\s)", pre, flags=re.S)  # a line break in the scope is no second split
    else:
        # the subject starts at the first determiner or pronoun after the scope's own first words
        det = _SUBJECT_RE[language]
        starts = [s for s in det.finditer(pre)
                  if any(not det.fullmatch(w) for w in pre[:s.start()].split()[1:])]
        if not starts:
            return None
        scope, core = pre[:starts[0].start()], pre[starts[0].start():]
    scope, core = _ASIDE.sub("", scope.strip(" ,")), core.strip(" ,")
    if not core or len(scope.split()) < 2 or _MONEY_AT.search(core) or ":" in core + scope or _DANGLING.search(scope):
        return None
    return scope, core, price.strip(), tail.strip()


def _moved(text: str, language: str, plain: bool, revised: bool) -> str:
    """The sentence with its scope after the price; with `plain`, the verb that runs into the price said as "is"."""
    parts = _split(text, language)
    if parts is None:
        return ""
    scope, core, price, tail = parts
    if not core:  # a labelled scope: its price leads, no verb to say
        if plain:
            return ""
        return f"{price[:1].upper()}{price[1:]} {_lower_first(scope)}" + (f", {tail}" if tail else "") + "."
    if plain:
        pattern, is_, is_now = _PRICING_RE[language]
        verb = pattern.search(core)
        plural = language == "en" and verb and re.match(r"\s*(?:are|remain|cost|total|come|work|drop|fall|amount|stay)\b",
                                                        verb.group(0))  # "Hoods and boots are ...": "are"
        say = (is_now if revised else is_).replace("is", "are", 1) if plural else (is_now if revised else is_)
        core, n = pattern.subn(" " + say, core)
        if not n:
            return ""
        core = re.sub(r"\s+", " ", core).strip()
    said = f"{core[:1].upper()}{core[1:]} {price} {_lower_first(scope)}" + (f", {tail}" if tail else "")
    return said + "."


def retold(text: str, old: str, language: str) -> str:
    """The rep's old sentence said as standing.py says it, or with its scope after the price when that pastes it."""
    held = standing(text, language)
    if not copies(held, old) or language not in _SCOPE:
        return held
    revised = bool(REVISED_RE[language].search(text))
    for plain in (False, True):
        # the value it replaced ("instead of the 40") is not said again: recap.py takes it out of every line
        said = _moved(unreplaced(text), language, plain, revised)
        said = standing(said, language) if said and not plain and not revised else said
        if said and not copies(said, old) and figures(said) == figures(unreplaced(text)):
            return said
    return held

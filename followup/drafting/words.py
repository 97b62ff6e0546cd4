"""Words of the four languages drafts are written in: stop words, crude stems, "is this about the same thing"."""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from followup.drafting.memo import memo
from followup.text.dates import EN_MONTH_CUTS, SHORT_DAYS, day_names, month_names

# Words are compared on their first letters only ("Geräte"/"Geräten", "remote"/"remotely").
STEM_CHARS = 6


# Function words in the drafting languages: no content word of a point.
STOP = set("""a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having
he her here hers him his how i if in into is it its itself just let me more most my no nor not now of off on
once only or other our ours out over own same she should so some such than that the their theirs them then there
these they this those through to too under until up very was we were what when where which while who whom why
will with would you your yours today tomorrow yesterday week next last send sending sent call called please
thanks thank get got need needs want wants like know let's back soon still us i'll we'll i'm we're you're it's
able also going go make sure one two first new think look looking quick question questions email note
der die das den dem des ein eine einen einem einer und oder aber wir sie ihr ihre ich sich mit für von auf bei
aus nach zu zum zur ist sind war kann können könnten wer wie was wann wo ob noch auch nicht schon gibt es man
werden wird wurde würde würden über im am um an in ins vom haben hat hatte sein
le la les un une des du de et ou mais nous vous ils elle est sont pour par avec sur dans pas plus que qui quoi
quand comment est-ce votre notre leur ce cette ces il on se sa son ses peut pouvez pourriez
el la los las un una unos unas y o pero nosotros usted ustedes es son para por con en que qué cómo cuándo
se su sus nos podemos puede pueden hay del al lo le""".split())


# An aside in brackets with the space before it.
PAREN = re.compile(r"\s*\([^()]{0,120}\)")
# An amount with its tax or net word, at the end of the words before a bracket: "€ 35.700 inkl. MwSt.", "40%".
_AMOUNT_END = re.compile(r"(?:[$€£]\s?\d[\d.,'’ ]*|\b[A-Z]{2,4}\$?\s?\d[\d.,'’ ]*|\d[\d.,'’ ]*\s?(?:€|\$|£|%|[A-Z]{3}\b))"
                         r"(?:\s*(?:inkl|incl|exkl|excl|zzgl|plus|\+)\.?\s*(?:MwSt|USt|VAT|GST|IVA|TVA)\.?|"
                         r"\s*(?:HT|TTC|netto|net|brutto|total|gesamt))?\s*$")
_MONEY_IN = re.compile(r"[$€£]\s?\d|\d\s?[$€£]|\b[A-Z]{2,4}\$?\s?\d|\d\s?[A-Z]{3}\b")


def unbracketed(text: str) -> str:
    """Text without its asides in brackets, but for the bracket right after an amount that gives another amount or
    says what the amount is for ("Anticipo 40% (USD 25.936)", "Gesamtpreis € 35.700 (Steg + Plattform)")."""
    def aside(m: re.Match[str]) -> str:
        inner = m.group(0).strip()[1:-1]
        after_amount = _AMOUNT_END.search(text[:m.start()])
        keep = after_amount and (_MONEY_IN.search(inner) or ("+" in inner and not re.search(r"\d", inner))
                                 or counted_thing(inner))  # "USD 13,110 (200 helmets)": what the sum buys
        return m.group(0) if keep else ""
    return PAREN.sub(aside, text)


_LANG_WORDS = {
    "de": set("und ich wir nicht sie der die das ist mit für auf ein eine zu uns ihr ihre bitte danke haben "
              "können gerne wäre würde noch auch".split()),
    "fr": set("et je nous vous le la les est pour pas un une des avec sur merci bonjour notre votre ce cette "
              "serait pouvez aussi très".split()),
    "es": set("y yo nosotros usted el la los las es para por un una con que gracias hola nuestro nuestra su "
              "podría puede también muy".split()),
    "en": set("and i we you the is for not a an with on to our your please thanks hi could would can also "
              "this that".split()),
}


def _common_words(texts: Sequence[str]) -> Counter[str]:
    """How many of the texts' words are common words of each language."""
    counts: Counter[str] = Counter()
    for text in texts:
        for word in re.findall(r"[^\W\d_]+", text.lower()):
            for lang, words in _LANG_WORDS.items():
                if word in words:
                    counts[lang] += 1
    return counts


def _by_letters(texts: Sequence[str]) -> str | None:
    """The language whose own letters the texts hold (at least MIN_LETTERS, twice any other's), or None."""
    letters = Counter({lang: len(pattern.findall(" ".join(texts))) for lang, pattern in _LETTERS.items()})
    (lang, n), (_, m) = letters.most_common(2)
    return lang if n >= MIN_LETTERS and n >= 2 * m else None


def says_language(texts: Sequence[str]) -> bool:
    """Whether the texts hold enough to tell their language ("passt. Auftrag." does not)."""
    return sum(_common_words(texts).values()) >= FEW_WORDS or _by_letters(texts) is not None


def detect_language(texts: Sequence[str]) -> str:
    """en, de, fr or es: the language most of the given texts' common words belong to."""
    counts = _common_words(texts)
    if sum(counts.values()) < FEW_WORDS:
        # a terse call note ("1er contact tél. ... Hésite presse manuelle vs motorisée"): its letters decide
        lang = _by_letters(texts)
        if lang:
            return lang
    if not counts:
        return "en"
    lang, n = counts.most_common(1)[0]
    return lang if lang != "en" and n > counts["en"] * 1.2 else "en"


# Below this many common words a text says little of its language; at least MIN_LETTERS letters only one language
# writes (twice any other's) decide then.
FEW_WORDS = 4
MIN_LETTERS = 3
_LETTERS = {"de": re.compile(r"[äöüß]", re.I), "fr": re.compile(r"[éèêàçùâîôë]|\b(?:1er|1ère)\b", re.I),
            "es": re.compile(r"[ñ¿¡]|\b\w*[áíóú]\w*\b", re.I)}


# Month names in every drafting language; of the other spellings only Austrian "jänner".
ANY_MONTH = {*month_names("en", "de", "fr", "es", spellings=False), "jänner"}
# One count of a thing, the whole of a bracket after a sum: "200 helmets", "4 Türme", "6 postes", "40 paneles".
_COUNTED = re.compile(r"\d[\d,.']*\s+(?P<w>[^\W\d_]{3,}(?:\s+[^\W\d_]{3,}){0,2})")
# Words after such a count that make it a day, a time or the same sum measured again, not what the sum buys.
_NOT_COUNTED = {*ANY_MONTH, *{m[:n] for m in ANY_MONTH for n in (3, 4)}, "uhr", "heures", "horas", "percent", "prozent",
                "cent", "por", "pro", "per", "each", "chacun", "cada", "net", "netto", "gross", "brutto", "vat", "gst",
                "tax", "mwst", "tva", "iva", "incl", "excl", "inkl", "exkl", "ttc"}


def counted_thing(inner: str) -> bool:
    """Whether a bracket's text is one count of a thing ("200 helmets"), not a day, a time or a tax."""
    m = _COUNTED.fullmatch(inner.strip())
    return bool(m) and not set(m.group("w").lower().split()) & _NOT_COUNTED


# English month names cut to three letters ("sept" is four).
MONTH3 = {cut for cut in EN_MONTH_CUTS if len(cut) == 3}


_ALIASES = {"wk": "week", "wks": "week", "yr": "year", "yrs": "year", "mo": "month", "mos": "month",
            "appt": "appointment", "approx": "about", "info": "information", "docs": "document"}


@memo
def content(text: str) -> set[str]:
    """The content words of a text, crudely stemmed, for "is this about the same thing" tests."""
    words = set()
    for w in re.findall(r"[^\W\d_]{2,}", text.lower()):
        w = _ALIASES.get(w, w)
        if w in STOP or len(w) < 3:
            continue
        if w[:3] in MONTH3 and (len(w) == 3 or w in MONTH_DAY_WORDS):
            words.add(w[:3])
            continue
        for suffix in ("ly", "ing", "ed", "es", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        words.add(w[:STEM_CHARS])  # a crude stem that also serves German, French and Spanish endings
    return words


# A word, with its inner apostrophes and hyphens.
TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


# English weekday and month names and their short forms: no content word of a point.
MONTH_DAY_WORDS = {*day_names("en"), *month_names("en"), *MONTH3, *(cut for cut in SHORT_DAYS["en"] if len(cut) == 3)}


def shared_words(words: set[str], other: set[str]) -> int:
    """How many of words the other text shares, a German or Romance ending aside ("Jahre" ~ "Jahren")."""
    return sum(1 for w in words if w in other or (len(w) >= 4 and any(
        len(o) >= 4 and (o.startswith(w) or w.startswith(o)) for o in other)))


_DATE_END = re.compile(r"\b\d{1,2}\.\d{1,2}\.$")


def trim_end(text: str, marks: str = " .!;:,") -> str:
    """A clause without the closing marks given, except the dot a German date ends in ("Start zum 01.02.")."""
    text = text.strip().rstrip(marks.replace(".", ""))
    return text if _DATE_END.search(text) else text.rstrip(marks)


# The rep saying they will find something out: "I'll check with our forwarder", "je vous confirme", "le confirmo".
# A call note reporting the promise to find out that the rep made on the call ("told him I'd check", "said we'd come
# back to her", "ihr gesagt, ich kläre das", "lui ai dit que je vérifierais", "le dije que lo averiguaría").
_TOLD_WILL = (r"(?:(?:told|said|promised)\s+(?:\w+\s+){0,2}(?:I'd|I would|we'd|we would|to)\s+(?:\w+\s+)?(?:check|confirm|"
              r"find out|look into|ask|get back|come back|let (?:him|her|them) know)|"
              r"(?:gesagt|zugesagt|versprochen),?\s+(?:dass\s+)?(?:ich|wir)\s+(?:das\s+|es\s+)?(?:kläre|prüfe|frage|"
              r"melde|klären|prüfen|nachfrage)|(?:zugesagt|versprochen),?\s+(?:das\s+|es\s+)?(?:zu\s+klären|zu\s+prüfen|"
              r"nachzufragen|abzuklären)|"
              r"(?:dit|promis)\s+(?:\w+\s+){0,2}(?:que je|que nous|de)\s+(?:(?:lui|leur|vous)\s+)?(?:vérifierais|"
              r"vérifierions|me renseignerais|reviendrais|confirmerais|vérifier|me renseigner|revenir)|"
              r"(?:dije|prometí|quedé)\s+(?:\w+\s+){0,2}(?:que|en|a)\s+(?:(?:lo|le|se lo)\s+)?(?:verificaría|comprobaría|"
              r"averiguaría|consultaría|confirmaría|verificar|comprobar|averiguar|consultar|confirmar))")
_FIND_OUT = re.compile(r"\b(?:(?:i'll|i will|we'll|we will|i'm going to|let me)\s+(?:\w+\s+){0,2}(?:confirm|check|find out|"
                       r"look into|ask|get back to you|come back to you|let you know)|(?:i'm|i am|we're|we are)\s+"
                       r"(?:still\s+)?(?:checking|confirming|asking)|(?:i'll|we'll)\s+get\s+(?:\w+\s+){1,5}from|"
                       r"ich (?:kläre|prüfe|frage|melde mich)|(?:klär|kläre|prüf|prüfe|frag|frage)\s+ich|"
                       r"(?:lo |se lo )?(?:consulto|pregunto|averiguo|reviso)\s+(?:con|a|en)\b|je (?:me renseigne|demande à)|"
                       r"(?:checking|to check|will check) with|"
                       r"(?:ich|wir) (?:werde|werden)\s+(?:\w+\s+){0,3}(?:klären|prüfen|nachfragen|bestätigen)|"
                       r"je (?:vérifie|vérifierai|confirme|confirmerai|reviens vers vous|vais vérifier|vais confirmer)|"
                       r"(?:le|lo|se lo) (?:confirmo|confirmaré)|compruebo|averiguo|voy a (?:confirmar|comprobar|"
                       r"averiguar|consultar)|" + _TOLD_WILL + r")\b", re.I)
# An answer given in the same breath ("yes", a figure): the sentence answers, whatever else it promises.
_GIVEN = re.compile(r"\b(?:yes|no|ja|nein|oui|non|sí)\b|\d", re.I)


def defers_answer(sentence: str) -> bool:
    """Whether a rep's sentence only promises to find the answer out: it answers no question yet."""
    return bool(_FIND_OUT.search(sentence)) and not _GIVEN.search(_FIND_OUT.split(sentence)[0])


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\d*\b")  # "OCR", "SEO"; "Q1" is a date
_NOT_NAMES = {"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "MXN", "COP", "PLN", "SEK", "NOK", "DKK", "OK", "PS", "FYI", "ASAP",
              "AM", "PM", "NB", "CC", "TBD", "ETA", "VAT", "TVA", "IVA", "MWST"}  # currencies and everyday shorthand


def misses_acronym(question: str, reply: str) -> bool:
    """Whether the question names a thing by its acronym ("OCR", "SEO") that the reply never names: a reply about
    the same pages or site is no answer to it."""
    # an acronym in an aside ("store cycle records (the EHO wants records)?") is no part of what is asked
    wanted = {a for a in _ACRONYM.findall(PAREN.sub("", question)) if not a.isdigit() and a not in _NOT_NAMES}
    return bool(wanted) and not any(re.search(rf"\b{a}\b", reply, re.I) for a in wanted)


# A word after a note's verb that says how, not what ("email only", "call instead"): no object to promise.
MANNER = {"only", "instead", "preferred", "pref", "please", "if", "when", "or", "and", "but", "not", "ok", "fine"}


# A modifier that needs its noun ("21-day", "two-week", "12-monatige"), and the articles that open such a phrase.
MODIFIER_END = re.compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-[^\W\d_]+$", re.I)
# Articles that may open such a modifier's phrase.
ARTICLES = {"a", "an", "the", "un", "une", "ein", "eine", "einen", "einer", "una", "le", "la", "der", "die", "das"}


# A call note's label in front of a question it records ("Q permits from Dept of Marine Resources?", "Q: lease?").
NOTE_Q_LABEL = re.compile(r"^(?:Q|Qn|Question)\s*[:.]?\s+(?=[a-z])")

# A thing a note names without its article ("Wants sample report", "needs revised quote"): one of it, said with "a".
BARE_THING = re.compile(r"^\s+((?:revised|written|sample|new|second|final|detailed|updated|formal|firm|fixed|short|"
                        r"quick|free|proper|separate|quote|proposal|contract|draft|demo|site visit|visit|callback|"
                        r"call|meeting|discount|brochure|catalogue|plan|schedule|estimate|breakdown|template|copy|"
                        r"reference|trial|report|price list|invoice)\b)(?!s\b)")


# What a note's "asked" may be followed by as it stands: a question word, a preposition, someone asked.
_ASKED_AS_IS = re.compile(r"^\s+(?:if|whether|about|for|to|what|how|when|why|where|which|who|me|us|you|him|her|them|"
                          r"that|again|twice|already|after|before|on|in|at|by)\b", re.I)


def asked_what(verb: str, rest: str) -> str:
    """What a note's "asked" is followed by, as a rep writes it: "asked re FAA Part 107" -> "asked about FAA Part
    107", "asked 10% discount" -> "asked for a 10% discount"; any other verb's rest as it is."""
    if verb not in ("asked", "asks"):
        return rest
    rest = re.sub(r"^\s+(?:re|abt|re:)\s+", " about ", rest, flags=re.I)
    if not rest.strip() or _ASKED_AS_IS.match(rest):
        return rest
    return " for a" + rest if re.match(r"\s+\d+\s?%", rest) else " for" + rest

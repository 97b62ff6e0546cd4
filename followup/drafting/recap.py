"""The recap: the rep's offer whole, note shorthand cut to its figures, answers without "told him", no old value."""
from __future__ import annotations

import re

from followup.drafting.cutting import shorten
from followup.drafting.figures import FORMERLY, REPLACED
from followup.drafting.items import Item, State
from followup.drafting.past import without_past_condition
from followup.drafting.reading import COLLEAGUE
from followup.drafting.restatedays import restate_dates
from followup.drafting.restating import expand_shorthand, swap_note
from followup.drafting.shorthand import spell_out
from followup.drafting.staledays import stale_words, without_source_day
from followup.drafting.words import PAREN, content, trim_end, unbracketed
from followup.text.dates import month_prefixes

# Answers given on a call, restated in the "As I mentioned" sentence: at most this many, each of this many words
# (more is cut at a clause boundary) and, without a figure, at least MIN_ANSWER_WORDS.
MAX_ANSWERS = 3


def _cap(text: str) -> str:
    """First letter upper-case."""
    return text[:1].upper() + text[1:] if text else text


def full_sentence(text: str) -> str:
    """Capitalised, ending in one full stop (or the question mark it had)."""
    text = _cap(text.strip().strip(" ,;:"))
    return text if text.endswith((".", "!", "?")) else text + "."


ANSWER_WORDS, MIN_ANSWER_WORDS = 12, 4


# A note's shorthand clause longer than this is cut to the words around its figures (copying 8 words in a row
# from a source is an echo, not a recap).
CLAUSE_WORDS = 7


# A cut clause of the rep's may grow to this many words to keep every figure it holds.
FIGURES_SPAN_WORDS = 12


def unnamed(text: str, names: set[str]) -> str:
    """A line without the colleagues a note named ("Diego aprueba 15%" -> "15%"); "" when a name stays in it."""
    if not names:
        return text
    text = COLLEAGUE.sub(lambda m: m.group(0)[:m.start("name") - m.start()] if m.group("name") in names else m.group(0), text)
    text = PAREN.sub(lambda m: "" if any(n in m.group(0) for n in names) else m.group(0), text)
    return "" if any(re.search(rf"\b{re.escape(n)}\b", text) for n in names) else text


# An English month, cut or whole ("Feb", "Sept", "January").
_EN_MONTH = month_prefixes("en", tail="[a-z]*")
# "drops from £650 to £590", "von 6,50 auf 5,90", "de 1,92 à 1,85": the value it moved from is out of force.
_FROM_TO = re.compile(r"\b(?:from|von|de|del)\s+(?:[$€£]\s?)?\d[\d.,'’\u202f]*(?:\s?(?:€|EUR|\$|£|%|CHF|HT|GBP|USD))?"
                      rf"(?:\s+(?:{_EN_MONTH})\.?)?\s+"  # "from 1 Feb to 18 Jan"
                      r"(?=(?:to|auf|à|a)\s+(?:[$€£]\s?)?\d)", re.I)


# A line opened by what it replaces, up to its comma: "Instead of $4,200 upfront, you can lease ...".
_FRONTED_INSTEAD = re.compile(r"^(?:instead of|rather than|statt|anstatt|au lieu de|au lieu d'|plutôt que|en lugar de|"
                              r"en vez de)\s+(?:[^,]|,(?=\d)){1,40},\s*", re.I)


def unreplaced(text: str) -> str:
    """A recap or action line without the value it says was replaced."""
    out = _FROM_TO.sub("", REPLACED.sub("", _FRONTED_INSTEAD.sub("", FORMERLY.sub("", text))))
    return _cap(out) if text[:1].isupper() else out


def clause(item: Item, state: State, window: bool = True, force: bool = False) -> str:
    """A note's or rep email's shorthand as a clause ("Revised quote $4,200" -> "revised quote $4,200")."""
    text = trim_end(item.quote)
    text = re.sub(r"^(?:so|and|also|ok|okay|btw)\b[,\s]*", "", text, flags=re.I)
    text = unbracketed(text)
    if item.direction == "note":
        # "Neu angeboten: 129 CHF", "Besoin : 2 agents", "... 4,60 EUR angeboten": the note's label is no part of it
        text = OFFER_LABEL.sub("", _OFFER_TAIL.sub(r"\g<unit>", text))
        gave = _GAVE.search(text)
        if gave:
            # "Price 9 x 2,350 = EUR 21,150, gave him EUR 20,700 as round figure": the figure given is in force
            lead = text[:re.search(r"\d", text).start()].rstrip(" :")
            text = f"{lead} {gave.group('new')}".strip()
        if state.language in THIRD_PERSON:
            # "Er schickt die Liste bis Freitag": the customer's own doing, in the third person, cannot be said to them;
            # "Il a eu des blattes, contrôle prévu le 17 décembre": the part after it still can
            parts = re.split(r",\s+", text)
            parts[:1] = [_as_you(parts[0], state.language)] if parts else []
            while parts and _HE_SHE.match(parts[0]):
                parts.pop(0)
            # "Comenta que igual vuelve a 3 ...": the customer's words reported with no subject said, to the end
            cut = next((n for n, part in enumerate(parts) if _BARE_FRAME.match(part)), len(parts))
            text = ", ".join(parts[:cut])
        if reported_about(text, state.language) or len(text.split()) < 2:
            return ""  # reported about the customer, or a lone word ("Ertl (Bäckerei Ertl)"): nothing to restate
        text = _FRAME_LEAD.sub("", text)  # "Er sagt, Start in zwei Wochen wäre ideal": what was said, not who said it
        if len(text.split()) < 2:
            return ""  # reported about the customer, or a lone word ("Ertl (Bäckerei Ertl)"): nothing to restate
        if state.language == "en":
            text = _NAMED_FRAME.sub("", text)  # "Thandi says she'll sign": what she said, turned to "you'll sign"
        text = spell_out(unsaid(swap_note(expand_shorthand(text), state.language)), state.language)
    text = restate_dates(text, item.at, state.tz, state.today, state.language) if state.tz else text
    text = without_past_condition(text, item.at.date(), state.today)
    text = stale_words(text, item.at.date(), state.today)  # "this week" said last week; a day declined
    text = without_source_day(text, item.quote, item.at.date(), state.today)  # "this afternoon", weeks on
    text = re.sub(r"^[^:\d]{0,40}:\s+(?=\S)", "", text) if force else text  # "bonne nouvelle : ..."
    text = _window(text, force=force) if window else text
    if len(text) > 1 and text[1:2].islower() and not named(text.split()[0].strip(",:;"), state):
        return text[0].lower() + text[1:]
    return text


# A note's frame for what the customer said, by their name, before "she"/"he"/"they": "Thandi says she'll sign".
_NAMED_FRAME = re.compile(r"^[A-Z][a-z]+\s+(?:says|said|mentioned|confirmed|thinks|reckons|told me)(?:\s+that)?\s+"
                          r"(?=(?:she|he|they)\b)")


def named(word: str, state: State) -> bool:
    """Whether a capitalised word is a name: some source writes it with its capital in mid-sentence ("Our technician
    Sipho can come"), so it keeps its capital at the start of a clause too."""
    return word[:1].isupper() and any(re.search(rf"(?<=[\w,] ){re.escape(word)}\b", i.quote) for i in state.items)


# A note's label for what was offered or needed, before or after the figure: never restated to the customer.
_OFFER_WORD = (r"(?:neu\s+|new(?:ly)?\s+|nouveau\s+|nuevo\s+)?(?:angeboten|angebot|offered|offer|quoted|quote|proposed|"
               r"proposé|propos[ée]e?|offert|ofrecido|ofertado|oferta|propuesto|besoin|bedarf|needs?|necesita|"
               r"benötigt)")
# A note line's lead saying what was offered or needed ("Offered: ...", "Angebot: ...").
OFFER_LABEL = re.compile(rf"^{_OFFER_WORD}\s?:\s+(?=\S)", re.I)
_OFFER_TAIL = re.compile(r"(?<=\d)(?P<unit>(?:\s?[^\s\d]+)?)\s+(?:angeboten|offered|quoted|proposé|ofrecido)\s*$", re.I)


# A note's figure worked out, then the one given to the customer instead ("= EUR 21,150, gave him EUR 20,700 ...").
_GAVE = re.compile(r"\d\s*[,;]\s*(?:gave|offered|quoted|told) (?:him|her|them)\s+(?:a |an )?"
                   r"(?P<new>(?:[A-Z]{3}\s?|[$€£])?\d[\d,.' ]*\d(?:\s?(?:[A-Z]{3}\b|[$€£]))?)")


def _window(text: str, size: int = CLAUSE_WORDS, force: bool = False) -> str:
    """A long shorthand clause cut to the run of words that holds its figures, so it is not copied whole."""
    words = text.split()
    if len(words) <= size:
        return text
    key = [bool(re.search(r"\d|[$€£%]", w)) for w in words]
    if sum(key) == 0:
        return _trim_function_words(" ".join(words[:size]))
    first, last = key.index(True), len(key) - 1 - key[::-1].index(True)
    if force and size < last - first + 1 <= FIGURES_SPAN_WORDS:
        size = last - first + 1  # "before February 20 ... approved by January 8": both days, not one cut away
    # an amount weighs more than a count: "CHF 38'400" is the point of "18 Personen in drei Gruppen à 6 ... 38'400"
    weight = [3 if k and (_AMOUNT_WORD.search(w) or (n + 1 < len(words) and _AMOUNT_WORD.fullmatch(
        words[n + 1].strip(",.;:")))) or (k and n and _AMOUNT_WORD.fullmatch(words[n - 1].strip(",.;:"))) else int(k)
              for n, (w, k) in enumerate(zip(words, key))]
    best = max(range(len(words) - size + 1), key=lambda i: (sum(weight[i:i + size]), -i))
    if sum(key[best:best + size]) < sum(key) and not force:
        return text  # the figures are spread out: keep them all (the rep's own sentence is cut all the same)
    end = best + size
    if end < len(words) and re.fullmatch(r"[\d.,'’]*\d", words[end - 1]) and _is_unit(words[end]):
        end += 1  # "for 12 | weeks": a figure keeps its unit, and the window stays short of a copied run
        best += 0 if key[best] else 1
    # a figure is never cut in two: "12 | 400 CHF", "bis zum 10. | Dezember", "$ | 9 540"
    while end < len(words) and re.search(r"\d[.,'’]?$", words[end - 1]) and _FIGURE_TAIL.fullmatch(
            words[end].strip(",;:")):
        end += 1
    while best > 0 and key[best] and (_AMOUNT_WORD.fullmatch(words[best - 1].strip(",;:")) or re.fullmatch(
            rf"(?:{_EN_MONTH})\.?", words[best - 1], re.I)):
        best -= 1  # "$ 9 540", "March | 31": what makes the figure an amount or a date comes along
    out = _trim_function_words(" ".join(words[best:end]).strip(" ,;:"))
    # "installation takes 2 days and the barn": a trailing part without a figure is a cut scrap
    tail = re.search(r"\s+(?:and|und|et|y|with|mit|avec|con)\s+(?:the|a|der|die|das|le|la|les|el|los|las)?\s*"
                     r"[^\d\s]+$", out)
    return out[:tail.start()] if tail and len(out[:tail.start()].split()) >= 3 else out


# A word that makes a figure an amount: a currency sign or code.
_AMOUNT_WORD = re.compile(r"[$€£¥]|\b(?:usd|eur|chf|gbp|cad|aud|mxn|cop|pln|sek|nok|dkk|euros?|dollars?)\b", re.I)
# What may follow a figure and belongs to it: a thousands group, a currency, a month, a tax label.
_FIGURE_TAIL = re.compile(r"\d{3}(?:[.,]\d+)?|[$€£¥%]|usd|eur|chf|gbp|ht|ttc|netto|brutto|\+|iva|"
                          # a month: "mai" and "ene" only whole ("mail", "energy"), "juin" and "août" too; "fév" as
                          # French notes cut février, "aout" is août without its accent
                          rf"{month_prefixes('en', 'de', 'fr', 'es', whole=('mai', 'ene', 'juin', 'août'))}|fév\w*|aout",
                          re.I)


_DANGLING = {"the", "a", "an", "in", "of", "to", "for", "and", "with", "on", "at", "by", "or", "if", "is", "are",
             "de", "la", "le", "les", "du", "des", "et", "à", "der", "die", "das", "den", "und", "mit", "für", "von",
             "el", "los", "las", "y", "en", "con", "para", "por", "que", "un", "une", "una", "ein", "eine"}


def _is_unit(word: str) -> bool:
    """Whether the word after a figure is its unit ("weeks", "Monate", "mois"), not a function word."""
    w = word.strip(",.;:").lower()
    return w.isalpha() and w not in _DANGLING and len(w) <= 12


def _trim_function_words(text: str) -> str:
    """A cut clause without a dangling article or preposition at its end."""
    words = text.split()
    while len(words) > 1 and words[-1].lower().strip(",;:") in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:")


# A note clause opening with the rep's yes, after who was told and a topic label ("yes, wet-strength paper + varnish",
# "ASG : oui, synchro via interface officielle", "hab gesagt ja, Allrad-Silofahrzeug", "le dije que sí, cargamos
# glosario"): the answer to what the customer asked on the call.
_YES_ANSWER = re.compile(r"^(?P<label>[^\W\d_][\w -]{0,28}\s?:\s*)?(?P<lead>(?:I )?told (?:him|her|them)\s+|"
                         r"(?:ich )?hab(?:e)?(?: ich)?(?: ihm| ihr| ihnen)? gesagt,?\s+|(?:je )?(?:lui|leur) ai dit"
                         r"(?: que)?\s+|(?:se lo |le )dije(?: que)?\s+)?(?P<yes>yes|yep|oui|ja|sí)\b[,.:]?\s*(?P<rest>.*)$",
                         re.I)


# The tail of a yes-answer saying it was told or what the rep does next ("..., dit sur place", "..., ihm gesagt",
# "incl. fu w/ spec sheet"): the note's record, not the answer.
_SAID_TAIL = re.compile(r"(?:,\s*|\s+-\s+)(?:(?:je )?(?:lui |leur )?(?:ai )?dit|(?:hab(?:e)? )?(?:ihm |ihr |ihnen )?gesagt|"
                        r"(?:se lo |le )?dije|told (?:him|her|them)|said so|confirmed)\b.*$|"
                        r"\s*(?:incl\.?\s+)?\b(?:fu|f/u|follow[- ]?up)\b.*$", re.I)


def _yes_answer(item: Item, state: State) -> str:
    """A note's yes-answer as a clause ("yes, wet-strength paper + varnish"), "" when it is none or says nothing."""
    m = _YES_ANSWER.match(PAREN.sub("", item.quote).strip().rstrip(" ."))
    if not m or not re.search(r"[^\W\d_]{3,}", m.group("rest")) or re.search(r"\b(?:il|elle|er|él|ella)\b",
                                                                              m.group("rest")):
        return ""  # "Blocage départs : oui", "oui, elle accepte": no point the customer can read
    rest = _SAID_TAIL.sub("", m.group("rest")).strip(" ,;")
    if re.fullmatch(r"(?:we|I)\s+[a-z]+", rest):  # "Cert of cleaning for NEA -> yes, we issue": the verb's object
        rest = f"{rest} the {_object_before(item, state)}" if _object_before(item, state) else ""  # is the note's
    if not re.search(r"[^\W\d_]{3,}", rest):
        return ""
    text = f"{m.group('label') or ''}{m.group('yes')}, {shorten(rest, ANSWER_WORDS)}"
    return text[0].lower() + text[1:] if text[1:2].islower() else text


def _object_before(item: Item, state: State) -> str:
    """The note's topic just before an answer cut from it at an arrow ("Cert of cleaning for NEA"), or ""."""
    same = [i for i in state.items if (i.source_kind, i.source_id) == (item.source_kind, item.source_id)]
    k = next((n for n, i in enumerate(same) if i is item), 0)
    before = same[k - 1].quote.strip().rstrip(".") if k else ""
    return before[:1].lower() + before[1:] if before and "?" not in before and len(before.split()) <= 8 else ""


# A call note saying a question was answered on the call ("told", "explained", "is included").
_ANSWERED_NOTE = re.compile(r"\b(told|explained|confirmed|answered|clarified|walked \w+ through|went over|"
                            r"said (?:yes|no)|is included|are included|covered)\b", re.I)


def told_answers(state: State) -> list[Item]:
    """Note sentences that answered a customer's question (told on the call), oldest first."""
    out = []
    asked = [q for q in state.items if q.direction == "inbound" and q.kind in ("question", "request", "constraint")]
    for item in state.items:
        if item.kind != "answer" or item.internal or item.direction != "note" or item.status != "open":
            continue
        if _ANSWERED_NOTE.search(item.quote) or _yes_answer(item, state) or any(
                q.at < item.at and content(q.quote) & content(item.quote) for q in asked):
            out.append(item)
    return out


def answer_text(item: Item, state: State) -> str:
    """What a call note says the rep told the customer, as a clause for "As I mentioned, ..."."""
    arrow = item.kind == "answer" and item.direction == "note" and re.search(r"→|->|=>|\s>\s", item.quote)
    if said := (item.text if arrow else "") or _yes_answer(item, state):  # "NEA cert -> yes, we issue": paired.py
        return said
    text = clause(item, state, window=False)
    # "Confirmed to her: ..." (turned to "your" by the pronoun swap): who was told is no part of the answer
    text = re.sub(r"^(?:told|explained|confirmed|clarified|mentioned)(?: to)? (?:him|her|them|you|your|client|customer)"
                  r"\s*:\s*", "", text, flags=re.I)
    text = re.sub(r"(?:[,;]\s*|\s+and\s+)told (?:you|him|her|them)(?:\s+(?:on (?:the )?call|by phone))?"
                  r"(?:\s+and\s+told (?:you|him|her|them))*\s*$", "", text, flags=re.I)  # "..., told him"
    if re.match(r"^told (?:your\b|(?:you|him|her|them)\s*$)", text, re.I) or (
            state.language != "en" and re.search(r"\b(?:il|elle|er|él|ella)\b", text)):
        return ""  # "Told her price and ...", "il est d'accord": the customer's side, not what the rep answered
    text = re.sub(r"^(?:told|explained|confirmed|clarified|mentioned)(?: to)? (?:him|her|them|you|client|customer)"
                  r"(?: that)?\s+", "", text, flags=re.I)
    text = re.sub(r"^(?:answered|clarified)\b[^:]*:\s*", "", text, flags=re.I)
    text = re.sub(r"^(?:you )?said (?:yes|no)\b[,:;.]?\s*", "", text, flags=re.I)
    confirmed = re.match(r"^(?:you |he |she |they )?asked (?:if|whether) (?P<x>.+?)\s*(?:[-–—:>→=.]+\s*)?"
                         r"(?:said |told (?:you|him|her|them) )?(?:yes|yep)$", text, re.I)
    if confirmed:
        text = confirmed.group("x")  # "asked if we can file before Dec 18 - said yes": we can
    elif not text or re.match(r"^(?:you )?(?:asked|asks|wanted to know|wants to know)\b", text, re.I):
        return ""  # the customer's question is no answer the rep gave: never "As I mentioned, asked if ..."
    if SAID_LEAD.match(text.strip()) and not re.search(r"\d", text):
        return ""  # "lui ai donné le tarif": the note records that it was said, the figure is elsewhere
    text = unsaid(text)
    rest = re.sub(r"\b(?:told|called|emailed|on (?:the )?call|by phone|via email|on the phone)\b", " ", text, flags=re.I)
    if not re.sub(r"\b[A-ZÀ-Ý][\w'’-]*\b|[\W_]", "", rest):
        return ""  # "Told Tomasz on call": the note's record that it was said, not what was said
    if not re.search(r"\d", text):
        text = shorten(text, ANSWER_WORDS)
        if len(text.split()) < MIN_ANSWER_WORDS:
            return ""  # "daily or hourly": a scrap of shorthand, not an answer a customer can read
        return text[0].lower() + text[1:] if len(text) > 1 and text[1:2].islower() else text
    text = _window(text)
    return text[0].lower() + text[1:] if len(text) > 1 and text[1:2].islower() else text


# How a note says the rep told the customer: "hab ich bestätigt", "se lo dije", "je lui ai dit": not for the customer.
_SAID_MARK = re.compile(r",\s*(?:bestätigt|confirmé|confirmado|confirmed)\s*[.!]?$|,?\s*(?:hab(?:e)? ich (?:bestätigt|"
                        r"gesagt|erklärt|zugesagt)|hab(?:e)? ich (?:ihm|ihr|ihnen) (?:bestätigt|gesagt|erklärt|zugesagt)|"
                        r"(?:so )?gesagt|"
                        r"se lo (?:dije|confirmé|expliqué)|le (?:dije|confirmé|expliqué)|"
                        r"je (?:le )?lui ai (?:expliqué|montré)|je (?:le )?lui ai (?:dit|confirmé)|[-–]\s*dit|"
                        r"told (?:him|her|them))\s*[.!]?$", re.I)


# The rep reporting what they told the customer, before the figure or answer itself: "je lui ai annoncé" (any French
# past participle), "habe ihr", "le ofrecí", "told him".
SAID_LEAD = re.compile(r"^(?:(?:ich )?hab(?:e)?(?: ich)?(?: (?:ihm|ihr|ihnen))?|(?:je |on |nous )?(?:l[ea] |l')?"
                       r"(?:lui|leur) (?:ai|avons|a) (?:[^\W\d_]+é|dit|écrit|promis)(?: que| qu')?|"
                       r"j'ai (?:dit|confirmé|indiqué|répondu)"
                       r"(?: que)?|(?:se lo |se la |le |les )(?:dije|di|comenté|expliqué|confirmé|indiqué|ofrecí|mandé|"
                       r"envié|pasé|propuse|coticé|cotizé|adelanté)(?: que)?|(?:I )?(?:told|quoted) (?:him|her|them|you)"
                       r"(?: that)?)\s+", re.I)

# The customer's words reported in a German, French or Spanish note ("Ertl sagt, 36 Monate sind ihr zu lang", "il dit
# que"): what follows speaks of the customer in the third person and cannot be said to them as it stands.
_REPORTED_FRAME = re.compile(r"(?:^|[,;:]\s*)(?:[^\W\d_]+ )?(?:sagt|sagte|meint|meinte|dit|disait|a dit|"
                             r"dice|dijo|comenta|comentó)\b(?:,| que| qu'| dass)?", re.I)
# English notes are turned word by word (restating.swap_note); these languages are not
THIRD_PERSON = {"de": r"\b(?:er|sie|ihm|ihr|ihn|sein|seine|ihre)\b", "fr": r"\b(?:il|elle|lui|son|sa|ses)\b",
                "es": r"\b(?:él|ella)\b"}


# A German, French or Spanish note clause whose subject is the customer as "he" or "she" (English is turned word by
# word elsewhere; German "Sie" may be the polite "you" and is left alone).
_HE_SHE = re.compile(r"^(?:er|il|elle|ils|elles|él|ella|ellos|ellas)\s+(?!(?:sagt|meint|dit|dice|comenta)\b)\w", re.I)
# What the customer has done, in a note's third person and a perfect tense ("Ils ont racheté un labo à Libourne", "Er
# hat zwei Filialen übernommen", "Ella ha comprado la nave"): news of theirs, said to them as "you" when nothing else
# in the clause speaks of them in the third person.
_HAS_DONE = {"fr": (re.compile(r"^(?:il|elle)\s+a\s+|^(?:ils|elles)\s+ont\s+", re.I), "vous avez "),
             "de": (re.compile(r"^er\s+hat\s+|^sie\s+haben\s+", re.I), "Sie haben "),
             "es": (re.compile(r"^(?:él|ella)\s+ha\s+|^(?:ellos|ellas)\s+han\s+", re.I), "ha ")}
_THEIR_MORE = {"fr": r"\b(?:il|elle|ils|elles|lui|son|sa|ses|leurs?|eux)\b", "de": THIRD_PERSON["de"],
               "es": r"\b(?:él|ella|ellos|ellas|su|sus|le|les)\b"}
# A participle ends the verb: "racheté", "übernommen", "comprado" ("Il a 3 sites" has none and is no news of theirs).
_PARTICIPLE = {"fr": r"^\S+(?:é|ée|és|ées|i|is|it|u|us|ert|ait)\b", "de": r"\b(?:ge\w+[tn]|\w+(?:iert|en))\b",
               "es": r"^\S+(?:ado|ido|to|cho)\b"}
# The note's record of the call itself ("Il a dit ok", "Elle a appelé", "Er hat gefragt"): not news of theirs.
_TOLD_US = re.compile(r"\b(?:dit|appelé|rappelé|téléphoné|écrit|demandé|confirmé|répondu|gesagt|angerufen|gefragt|"
                      r"geschrieben|bestätigt|geantwortet|dicho|llamado|preguntado|escrito|confirmado|respondido)\b", re.I)


def _as_you(part: str, language: str) -> str:
    """A note clause of what the customer has done, said to them ("Ils ont racheté ..." -> "vous avez racheté ..."); the
    clause as it was otherwise."""
    lead, you = _HAS_DONE.get(language, (None, ""))
    m = lead.match(part) if lead else None
    if not m or re.search(_THEIR_MORE[language], part[m.end():], re.I) or _TOLD_US.search(part[m.end():]) or \
            not re.search(_PARTICIPLE[language], part[m.end():], re.I):
        return part
    return you + part[m.end():]


# The frame of a reported clause with nothing in the third person after it: "Er sagt, ...", "Il dit que ...".
_FRAME_LEAD = re.compile(r"^(?:er|sie|il|elle|él|ella)\s+(?:sagt|meinte?|dit|disait|dice|dijo|comenta|comentó)"
                         r"(?:,\s*|\s+(?:dass|que|qu')\s*)", re.I)


# A reporting verb opening a clause with no subject (Spanish drops it, notes drop it in any language): "comenta que",
# "meint,", "dit que".
_BARE_FRAME = re.compile(r"^(?:comenta|comentó|dice|dijo|cree|piensa|sagt|meint|meinte|glaubt|dit|pense|trouve|"
                         r"estime)(?:,|\s+(?:que|qu'|dass))", re.I)


def unsaid(text: str) -> str:
    """A note's answer without the words saying the rep gave it ("12 bis 14 Wochen" of "hab 12 bis 14 Wochen
    gesagt")."""
    out = SAID_LEAD.sub("", _SAID_MARK.sub("", trim_end(text, " .")))
    if out != trim_end(text, " ."):
        out = re.sub(r"^qu'(?=\w)", "", out)  # "je lui ai dit qu'on garde 18 600 €": "on garde 18 600 €"
    label = re.match(r"([^:\d]{1,40}?\s?:\s+)(?=\S)", out)  # "Prix : je lui ai proposé 23 200 €": the label stays
    if label and SAID_LEAD.match(out[label.end():]):
        out = label.group(1) + SAID_LEAD.sub("", out[label.end():], count=1)
    return out if len(out.split()) >= 2 else text


def reported_about(text: str, language: str) -> bool:
    """Whether a note's clause reports the customer's words about them in the third person ("er sagt, 36 Monate
    sind ihm zu lang"): such a clause is left out of the draft rather than sent half turned."""
    frame = _REPORTED_FRAME.search(text) if language in THIRD_PERSON else None
    return bool(frame and re.search(THIRD_PERSON[language], text[frame.end():], re.I))

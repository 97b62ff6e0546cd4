"""What the customer's newest email still asks for or changes, in a form no other rule read ("Kyle will handle it
from here", "we don't need the 40 ft, the 35 ft is fine", "mein Sohn Jonas übernimmt ab jetzt die Bestellungen"):
each such sentence is said back in the rep's words ("I've noted that you don't need the 40 ft, the 35 ft is
fine."), unless the rep wrote since, a later note took it up, or the draft already says it.

The class is read by sentence structure, not by phrase: a statement (no question) whose verb is a modal, a wish, a
future or a replacement ("will", "need", "instead", "übernimmt", "ne pourra pas", "en vez de"), or an imperative
asking the rep to do something. It is said only when it can be turned to reported speech (restating.py in English,
reported.py in German, French and Spanish; reportback.py for an imperative change and a third person's news) without
pasting ECHO_RUN words of the customer's own run. A message the customer forwards and points to ("see below from my
son") is part of their newest email's text (endorsed.py), so its asks are read here too."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.backref import leans_back
from followup.drafting.cutting import shorten
from followup.drafting.days import resolve_due
from followup.drafting.followed import contact_wish
from followup.drafting.items import Item
from followup.drafting.reading import PLEASANTRY
from followup.drafting.relayed import asked_indirectly
from followup.drafting.relayedasks import hangs_on_answer, points_below
from followup.drafting.reportback import bidden, reported_news
from followup.drafting.reported import customer_said
from followup.drafting.restating import restate
from followup.drafting.saidback import before_bidding, leans_on_before, rep_promise, unturned
from followup.drafting.sentences import Source, sentence_spans
from followup.drafting.words import ANY_MONTH, content
from followup.text.auto_reply import detect_auto_reply

# The verb of an ask or a change, per language: modals, wishes, the future, a refusal of a time, a replacement, or
# the rep bidden to act; a closed class of grammar words, never the thing asked for.
_ASKS = {
    "en": r"\b(?:will|shall|need|needs|want|wants|would like|prefer|prefers|can|can't|cannot|won't|must|should|"
          r"is fine|are fine|keen|instead|rather than|from now on|from here|take over|takes over|handles?|please|"
          r"now|only|no longer|any more|anymore|also)\b|'ll\b|'d like\b|,\s*not\b",
    "de": r"\b(?:wird|werden|übernimmt|übernehmen|braucht|brauchen|möchte|möchten|will|wollen|soll|sollen|muss|müssen|"
          r"statt|anstatt|stattdessen|reicht|genügt|bitte|ab sofort|ab jetzt|kümmert sich|nicht vor|erst ab|jetzt|nun|nur|"
          r"nicht mehr|doch|auch|kann|können)\b",
    "fr": r"\b(?:va|vont|veut|veulent|voudrait|voudrions|souhaite|souhaitons|aimerions|aimerait|faut|besoin|"
          r"pourra|pourrons|peut|préfér\w+|plutôt|au lieu|suffit|suffira|merci de|prière de|s'occupe\w*|reprend\w*|"
          r"désormais|dorénavant|pas avant|maintenant|seulement|aussi|finalement|plus que)\b",
    "es": r"\b(?:va a|van a|vamos a|quiere|queremos|querría\w*|necesit\w+|prefer\w+|podr\w+|podemos|puede|en vez de|"
          r"en lugar de|basta|alcanza|está bien|se encarga\w*|se ocupa\w*|por favor|a partir de ahora|no antes|ahora|"
          r"solo|sólo|ya no|también|al final|finalmente)\b",
}
_ASKS_RE = {lang: re.compile(rx, re.I) for lang, rx in _ASKS.items()}
# The customer's own pleasantry of the future ("we'll be in touch", "I'll let you know"): no ask to say back.
_OWN_COURTESY = re.compile(r"\b(?:in touch|let you know|get back to you|look forward|hear from you|nos vemos|"
                           r"melde mich|melden uns|vous tiens au courant|reviens vers vous|le aviso|les aviso)\b", re.I)
ECHO_RUN = 8  # words in a row copied from the customer that make a line an echo (issue 14's measure)
LONG_LINE_WORDS = 20  # a line said back may run this long before it is cut at a clause end
# Share of a sentence's content words a later note repeats: the note took it up, nothing is left to say back.
SETTLED_SHARE = 0.5
# A question reported in a statement ("Dylan's mum has asked whether ...", "sie fragt, ob", "demande si"): a question.
_REPORTED_ASK = re.compile(r"\b(?:ask\w*|wonder\w*|fragt\w*|gefragt|demand\w*|pregunt\w*)\s*,?\s+(?:whether|if|ob|si)\b",
                           re.I)
# A refusal: said of a day, the day is out of force and its new one is what the draft says.
_DECLINED = re.compile(r"n['’]t\b|\b(?:not|no longer|any ?more|nicht|kein\w*|ne|n['’]|pas|plus|no|ya no)\b", re.I)
# How they came to it, before the subject ("After discussion with owner we ...", "Nach Rücksprache ..."): not said.
_LEAD = re.compile(r"^(?:after|following|having|nach|après|tras|después de)\b[^,.]*?(?:,\s*|\s+)"
                   r"(?=(?:you|Sie|vous|usted|ustedes)\b)", re.I)
MIN_CLAUSE_WORDS = 4  # a first clause shorter than this lost its object: the line is left out
MAX_LATEST = 2  # at most this many lines said back, so the rest of the recap keeps its room


def _words(text: str) -> list[str]:
    """Lower-case words for the echo test."""
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text.lower())


def echoes(line: str, source: str, run: int = ECHO_RUN) -> bool:
    """Whether a line copies `run` words in a row from a source."""
    src, said = _words(source), _words(line)
    grams = {tuple(src[k:k + run]) for k in range(len(src) - run + 1)}
    return any(tuple(said[k:k + run]) in grams for k in range(len(said) - run + 1))


# Words of the writer or the reader, per language: a sentence with none ("Kyle will handle it from here") needs no
# turning, its reported form is its own words.
_PERSONS = {
    "en": r"\b(?:i|me|my|mine|we|us|our|ours|you|your|yours)\b|\b(?:i|we|you)['’]",
    "de": r"\b(?:ich|mich|mir|mein\w*|wir|uns|unser\w*|sie|ihnen|ihr\w*|du|dich|dir|dein\w*|euch|euer)\b",
    "fr": r"\b(?:je|me|moi|mon|ma|mes|nous|notre|nos|vous|votre|vos|tu|te|toi|ton|ta|tes)\b|\b[jmt]['’]",
    "es": r"\b(?:yo|me|mí|mi|mis|nosotr\w+|nos|nuestr\w+|usted\w*|su|sus|tú|te|ti|tu|tus|vosotr\w+|os|vuestr\w+)\b",
}
# The pronouns and possessives of the writer and the reader, per language (_PERSONS).
PERSONS_RE = {lang: re.compile(rx, re.I) for lang, rx in _PERSONS.items()}
# An imperative or a bare verb-less line has no subject to report: only a sentence with a finite verb is said as is.
_BARE_LEAD = re.compile(r"^(?:please|bitte|merci|por favor|make|send|take|go|let|kindly)\b", re.I)


# A thing asked for with only "please" ("Invoices to Nene Valley Haulage Ltd please"): its head a plural, a count or
# an article, never a verb ("Send the invoices ... please" is an imperative, read above).
_EN_THING_PLEASE = re.compile(r"^(?P<thing>(?:the|a|an|all|both|\d[\d,.]*|[A-Za-z]+s)\s[^,;:]+?),?\s+please[.!]?$", re.I)


def turned(sentence: str, language: str) -> str:
    """The customer's sentence in the rep's words ("you'd like ...", "Ihr Sohn übernimmt ..."), or ""."""
    s = re.sub(r"^(?:but|however|also|and|so|aber|allerdings|auch|und|par contre|cependant|mais|aussi|et|pero|además|y|"
               r"eso sí)\s*,?\s+", "", sentence.strip(), flags=re.I)
    bid = bidden(s, language)  # "Make it 1,350 t instead" -> "you'd like me to make it 1,350 t instead"
    if bid:
        return bid
    asked = _EN_THING_PLEASE.match(s) if language == "en" else None
    if asked and not is_clause(asked.group("thing"), language):
        thing = re.sub(r"\b(?:me|us|my|our)\b", lambda w: _EN_TURN[w.group(0).lower()], asked.group("thing"),
                       flags=re.I)
        return f"you'd like {thing[:1].lower()}{thing[1:]}"  # their "please" said as their wish
    if not PERSONS_RE[language].search(s) and not _BARE_LEAD.match(s) and len(_words(s)) < ECHO_RUN:
        return s[:1].lower() + s[1:] if s[1:2].islower() and not re.match(r"[A-ZÀ-Þ]\w+\s+(?:will|wird|va|se)\b", s) \
            else s  # a third person's news is reported in its own words; a name keeps its capital
    if language == "en":
        line = restate(s, "inbound", "request") or restate(s, "inbound", "constraint")
        return line if re.match(r"(?:you|your|I'll|I will)\b", line) else _turn_en(s)
    if language not in _ASKS:
        return ""
    # a third person's news too long to say as is: reported speech, its verb shifted ("die Lieferung könne ...")
    news = "" if PERSONS_RE[language].search(s) else reported_news(s, language)
    return customer_said(s, language) or (news if news and not echoes(news, s) else "")


# The writer's words turned to the reader's, English ("we can fit only 280 lockers" -> "you can fit only 280 lockers").
_EN_TURN = {"i": "you", "me": "you", "my": "your", "mine": "yours", "we": "you", "us": "you", "our": "your",
            "ours": "yours", "am": "are", "i'm": "you're", "we're": "you're", "i've": "you've", "we've": "you've",
            "i'd": "you'd", "we'd": "you'd", "i'll": "you'll", "we'll": "you'll", "myself": "yourself",
            "ourselves": "yourselves"}
# The rep in the customer's sentence ("can you", "your offer"): turning it would need the rep's own answer, not said.
_TO_REP = re.compile(r"\b(?:you|your|yours|you're|you've|you'll|you'd)\b", re.I)


def _turn_en(sentence: str) -> str:
    """An English statement of their side turned word by word ("we", "our" -> "you", "your"), or "" if it names the rep."""
    if _TO_REP.search(sentence) or not re.search(r"\b(?:i|me|my|we|us|our)\b|\b(?:i|we)['’]", sentence, re.I) \
            or _BARE_LEAD.match(sentence):
        return ""
    out = re.sub(r"\b(?:i|me|my|mine|we|us|our|ours|am|myself|ourselves)\b(?!['’])|\b(?:i|we)['’](?:m|re|ve|d|ll)\b",
                 lambda m: _EN_TURN.get(m.group(0).lower().replace("’", "'"), m.group(0)), sentence, flags=re.I)
    out = re.sub(r"\byou was\b", "you were", out)
    # a name keeps its capital ("Dylan's mum", "Kyle Brand will ..."), as does an acronym; "Delivery", "You" do not
    name = re.match(r"[A-Z][\w-]*['’]s\b|[A-Z][\w-]*\s+[A-Z]|[A-Z][a-z]*[A-Z]|[A-Z]{2}", out)
    return out[:1].lower() + out[1:] if out[:1].isupper() and not name else out


def customer_emails(ordered: Sequence[Source], tz: str) -> list[Source]:
    """The customer's emails in time order, out-of-office replies left out."""
    return [s for s in ordered if s.direction == "inbound" and s.kind == "message" and not detect_auto_reply(
        auto_submitted=False, subject=s.subject, text=s.text or "", sent_at=s.at, tz=tz or "UTC").is_auto]


def newest_unanswered(ordered: Sequence[Source], tz: str) -> Source | None:
    """The customer's newest email (not an out-of-office) when the rep has not written since; None otherwise."""
    inbound = customer_emails(ordered, tz)
    if not inbound or any(s.direction == "outbound" and s.at > inbound[-1].at for s in ordered):
        return None
    return inbound[-1]


def latest_asks(items: list[Item], ordered: Sequence[Source], cleaned: dict, language: str, tz: str = "UTC") \
        -> list[Item]:
    """The items with the open asks and changes of the customer's newest email (not an out-of-office) as "latest"."""
    if language not in _ASKS_RE:
        return items
    src = newest_unanswered(ordered, tz)
    if src is None:
        return items  # the rep has written since: whatever it asked was taken up there
    later = set().union(*[content(cleaned[(s.kind, s.id)]) for s in ordered if s.at > src.at])
    text = cleaned[(src.kind, src.id)]
    held = [i.quote for i in items if (i.source_kind, i.source_id) == (src.kind, src.id) and i.quote and i.text
            and i.status == "open"]
    added: list[Item] = []
    for start, end, _, _ in sentence_spans(text, "inbound"):
        quote = text[start:end].strip()
        if quote.endswith(("?", ":")) or PLEASANTRY.match(quote) or _OWN_COURTESY.search(quote) \
                or not _ASKS_RE[language].search(quote) or asked_indirectly(quote, language) \
                or _REPORTED_ASK.search(quote) or points_below(quote) or hangs_on_answer(quote):
            continue  # a question, asked or reported, has its slot; a lead-in before a list is no point
        if leans_back(quote, language) or contact_wish(quote, src.at, tz):
            continue  # "if we get answers on those": names nothing; "flick me an email": the rep just does it
        if any(h in quote or quote in h for h in held):
            continue  # another rule already holds this sentence ("please send the deposit invoice": a request)
        if _DECLINED.search(quote) and (resolve_due(quote, src.at, tz) is not None or _named_day(quote)):
            continue  # a day turned down ("Sept 16 doesn't work anymore"): redated.py takes it out, never said back
        words = content(quote)
        if not words or len(words & later) >= SETTLED_SHARE * len(words):
            continue  # a later note speaks to it
        line = _LEAD.sub("", turned(quote, language))  # "after measuring the rooms, you can fit ...": the news only
        if line and len(line.split()) > LONG_LINE_WORDS:
            line = shorten(line, LONG_LINE_WORDS)
        if line and echoes(line, text):
            line = _clause(line)  # the part before a clause break turns fewer of their words into a copied run
            line = line if is_clause(line, language) else ""  # "change of plan again though": a lead-in, no point
        if not line or echoes(line, text) or not _figures_whole(line, quote):
            continue  # a figure the turn cut or glued ("do you$92" of "$92,000") is never said
        line = rep_promise(quote, language) or before_bidding(line, language) or line  # (saidback.py)
        if leans_on_before(line, language) or unturned(line, language):
            continue  # a fragment out of context, or their bidding pasted back behind "Notiert:" (saidback.py)
        added.append(Item(kind="latest", text=line.rstrip(" .;,"), quote=quote, source_kind=src.kind,
                          source_id=src.id, at=src.at, direction="inbound"))
    return items + added


def _named_day(quote: str) -> bool:
    """Whether a sentence names a day by its number and month ("le mardi 5 janvier", "am 3. März")."""
    return any(w in ANY_MONTH for w in re.findall(r"\d{1,2}\.?\s+([^\W\d_]+)", quote.lower()))


def _figures_whole(line: str, quote: str) -> bool:
    """Whether every figure of a line stands in the quote as a whole figure, and none is glued to a word."""
    if re.search(r"[^\W\d_][$€£]", line):
        return False
    return all(re.search(rf"(?<![\d.,']){re.escape(n)}(?![\d]|[.,']\d)", quote)
               for n in re.findall(r"\d(?:[\d,.']*\d)?", line))


def _clause(line: str) -> str:
    """The first clause of a line, up to a comma, a dash or a reason ("because", "weil", "car", "porque"), or ""."""
    m = re.search(r"\s*(?:,|\s[-–—]\s|\s(?:because|as|since|weil|da|denn|car|parce que|puisque|porque|ya que)\s)", line)
    return line[:m.start()] if m and len(line[:m.start()].split()) >= MIN_CLAUSE_WORDS else ""


# An English line with a finite verb: an auxiliary or a subject pronoun before a verb ("you talked", "Kyle will").
_EN_VERB = re.compile(r"\b(?:is|are|was|were|will|would|can|could|must|should|shall|may|need|needs|want|wants|has|"
                      r"have|had|does|do|did|don't|doesn't|can't|won't|cannot)\b|['’](?:ll|re|ve|d|s)\b|"
                      r"\b(?:you|they|he|she)\s+(?:\w+ly\s+|only\s+|also\s+|now\s+|still\s+|just\s+)?[a-z]+", re.I)


def is_clause(line: str, language: str) -> bool:
    """Whether a line said back has its verb (English; a turned line in German, French or Spanish always has)."""
    return language != "en" or bool(_EN_VERB.search(line))


def unsaid(latest: list[Item], said: str) -> list[Item]:
    """The latest asks whose content the draft does not say yet, at most MAX_LATEST of them."""
    have = content(said) | set(re.findall(r"\d+", said))
    out = []
    for item in latest:
        words = content(item.text) | set(re.findall(r"\d+", item.text))
        if words and len(words - have) * 2 > len(words):
            out.append(item)
            have |= words
    return out[:MAX_LATEST]


__all__ = ["echoes", "is_clause", "latest_asks", "turned", "unsaid"]

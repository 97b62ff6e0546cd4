"""The frame of a draft: its greeting (the line the rep last opened an email to this customer with, where there is
one) and its closing line (the customer's stated preference honoured).

A rep who wrote "Sehr geehrter Herr Petersen," or "Dear Mr Banda," keeps that register in the next email; a draft
that greets the same customer with "Hallo Jens," or "Hi Chikondi," has to be rewritten before it is sent. Where the
rep never wrote to the customer, a formal greeting by title and surname is used when a source names the customer so
("Besuch bei Frau Weber", "Visite avec Mme Diop", "Dear Mr Phiri" from the customer) and the draft is in German,
French or Spanish (written with Sie, vous, usted) or the customer wrote formally; otherwise the draft greets by
first name in the rep's habit (`voice.py`).
"""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.callback import timed_call
from followup.drafting.calltime import call_time, close_time, named_part
from followup.drafting.items import Item, State
from followup.drafting.names import fold, is_own_name, name_words
from followup.drafting.people import signer
from followup.drafting.phrases import PHRASES
from followup.drafting.register import is_informal
from followup.drafting.sentences import Source
from followup.drafting.turn import fitting_close

# A greeting is a short line of its own; a longer first line is the message itself ("Sr. Briceño: 780 m² ...").
MAX_GREETING_WORDS = 6

_OPENER = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings|kia ora|namaste|"
    r"hallo|guten (?:tag|morgen|abend)|liebe[rs]?|sehr geehrte[rs]?|grüß gott|grüezi|moin|servus|"
    r"bonjour|bonsoir|salut|chère?s?|madame|monsieur|"
    r"hola|estimad[oa]s?|buen(?:os|as) (?:días|tardes|noches)|apreciad[oa])\b", re.I)
# A customer named with a title in a source ("Frau Weber", "M. Ben Salah", "Sra. Ondo"), by the title's form.
_MALE = r"(?:Mr\.?|Mister|Herrn?|Hr\.|M\.|Monsieur|Sr\.|Señor|Senhor|Pfarrer|Pfr\.|Pastor)"
_FEMALE = r"(?:Mrs\.?|Ms\.?|Miss|Frau|Fr\.|Mme\.?|Madame|Sra\.|Señora|Senhora)"
# The customer's own greeting to the rep with a title: they write formally ("Dear Mr Phiri,", "Dear Sir,").
_FORMAL_OPENER = re.compile(r"^(?:dear|good (?:morning|afternoon|day))\s+(?:mr|mrs|ms|miss|dr|sir|madam)\b|"
                            r"^(?:sehr geehrte|estimad[oa]|madame|monsieur)\b", re.I)
_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|dr|prof|sir|madam|herr|frau|m|mme|mlle|madame|monsieur|docteur|maître|"
                    r"sr|sra|srta|don|doña|ing|lic|arq|pfarrer|pfr|pastor|mag|mmag|dipl\.-ing|dkfm)\.?[,:!]?$", re.I)
# A German title the customer's own name carries that the formal greeting keeps ("Guten Tag Herr Pfarrer Lechner,",
# an Austrian "Herr Mag. Huber", "Frau DI Berger").
# Academic titles between the title and the name ("Frau Mag. Pichler", "Herrn Dr. Wolfgang Brandl", "Ing. Téllez").
_ACADEMIC = r"(?:(?:Dr|Prof|Mag|MMag|Ing|Dipl\.-Ing|DI|Lic|Arq)\.?\s+)*"
_KEPT_TITLE = re.compile(r"^(?:Pfarrer|Pastor|Dr\.|Prof\.|Mag\.|MMag\.|DI|Dipl\.-Ing\.|Ing\.)$")


def _names(text: str) -> list[str]:
    """The words of a greeting that may name someone: letters, not a title ("Dear Mr. Matsumoto," -> Matsumoto)."""
    return [w for w in re.findall(r"[^\W\d_][\w'’-]*\.?", text) if not _TITLE.match(w)]


def is_greeting(line: str, customer_name: str) -> bool:
    """Whether a first line greets this customer on its own line: a greeting word or only the customer's name (with
    titles), then , : or !; any name in it is one of the customer's (not a colleague the rep wrote to)."""
    text = line.strip()
    if not text or len(text.split()) > MAX_GREETING_WORDS or re.search(r"\d", text):
        return False
    bare = " ".join(w for w in text.rstrip(",:!").split() if not _TITLE.match(w))
    if re.search(r"[.?;]", bare):
        return False  # a sentence has begun ("Sr. Briceño: 780 m² ...", "Thanks. See below")
    if not bare:
        return True  # "Madame,", "Sir,": a title alone
    opener = _OPENER.match(bare)
    rest = _names(bare[opener.end():] if opener else bare)
    # compared without marks: a rep greets "Mr Hai" where the customer signs "Nguyễn Văn Hải"
    own = name_words(customer_name)
    named = [w for w in rest if w[0].isupper()]
    if not named:
        # "Dear Sir," / "Madame," keep the rep's formal register; a bare "Hello," where a name is known does not
        return bool(opener) and (not own or any(_TITLE.match(w) for w in text.rstrip(",:!").split()))
    # a short form of the customer's own name is theirs too ("Hola Yami:" to Yamilé, "Hi Dan," to Daniel)
    return not own or any(is_own_name(fold(w).rstrip("."), own) for w in named)


def rep_greeting(sources: Sequence[Source], customer_name: str) -> str:
    """The greeting line of the rep's newest email to the customer that opens with one, or "" when there is none: a
    sent email, or the rep's email a customer's reply quotes below it (sync may hold no sent mail)."""
    for src in sorted(sources, key=lambda s: s.at, reverse=True):
        text = src.text if src.direction == "outbound" else src.replied if src.direction == "inbound" else ""
        if src.kind != "message" or not text:
            continue
        first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        if is_greeting(first, customer_name):
            return _writers_part(first, sources, customer_name)
    return ""


def _writers_part(greeting: str, sources: Sequence[Source], customer_name: str) -> str:
    """A greeting of two people ("Dear Dimitra, dear Mr Alexiou,") cut to the customer's own part ("Dear Mr
    Alexiou,") where the customer signed the newest email alone: the draft answers the one who wrote."""
    parts = re.split(r",\s+(?=(?i:dear|hi|hello|hallo|liebe[rs]?|sehr geehrte[rs]?|guten tag|bonjour|cher|chère|"
                     r"madame|monsieur|hola|estimad[oa])\b)", greeting.rstrip(",:! "))
    inbound = [s for s in sources if s.kind == "message" and s.direction == "inbound"]
    if len(parts) < 2 or not inbound:
        return greeting
    own, wrote = name_words(customer_name), name_words(signer(max(inbound, key=lambda s: s.at).text or ""))
    mine = [p for p in parts if {fold(w) for w in _names(p)} & own]
    if len(mine) != 1 or not own & wrote or len(own & wrote) < min(2, len(own)):
        # the other one greeted wrote the newest email alone ("Dear Ms Mureșan, dear Professor Pop," and Prof. Vlad
        # Pop signs): the draft answers them
        mine = [p for p in parts if len({fold(w) for w in _names(p)} & wrote) >= 1] if wrote and not own & wrote else []
        if len(mine) != 1:
            return greeting
    end = greeting.rstrip()[-1:] if greeting.rstrip()[-1:] in ",:!" else ","
    return mine[0][:1].upper() + mine[0][1:] + end


def _surnames(customer_name: str) -> list[str]:
    """The customer's surname candidates, longest first ("Hichem Ben Salah" -> "Ben Salah", "Salah")."""
    words = [w for w in (customer_name or "").split() if not _TITLE.match(w)]
    return [" ".join(words[i:]) for i in range(1, len(words))]


def formal_greeting(sources: Sequence[Source], customer_name: str, language: str) -> str:
    """A greeting by title and surname where a source names the customer with a title and the register is formal
    (a German, French or Spanish draft, or a customer who wrote "Dear Mr ..."); "" otherwise."""
    p = PHRASES.get(language, PHRASES["en"])
    if language == "en" and not any(
            src.direction == "inbound" and _FORMAL_OPENER.match(next(
                (ln.strip() for ln in (src.text or "").splitlines() if ln.strip()), "")) for src in sources):
        return ""
    words = [w for w in (customer_name or "").split() if not _TITLE.match(w)]
    for surname in _surnames(customer_name):
        # a note names them whole ("M. Ousmane Diop", "Herrn Dr. Wolfgang Brandl"): the given names may come between
        given = re.escape(" ".join(words[:len(words) - len(surname.split())]))
        for src in sorted(sources, key=lambda s: s.at, reverse=True):
            if src.direction == "outbound":
                continue
            for title, key in ((_MALE, "formal_m"), (_FEMALE, "formal_f")):
                if re.search(rf"(?<![\w.]){title}\s+{_ACADEMIC}(?:{given}\s+)?{re.escape(surname)}\b",
                             src.text or ""):
                    kept = [w for w in (customer_name or "").split() if _KEPT_TITLE.match(w)] if language == "de" else []
                    return p[key].format(name=" ".join([*kept, surname]))
    female = note_gender(sources, customer_name, language)
    female = role_gender(sources, customer_name, language) if female is None else female
    if female is None or not _surnames(customer_name):
        return ""
    kept = [w for w in (customer_name or "").split() if _KEPT_TITLE.match(w)] if language == "de" else []
    return p["formal_f" if female else "formal_m"].format(name=" ".join([*kept, _surnames(customer_name)[0]]))


# A role noun's ending that says its bearer's gender, by language (German "Kassierin"/"Vorsitzender", French
# "Trésorière"/"Directeur", Spanish "Coordinadora"/"Tesorero"): feminine first, then masculine. Not Spanish "-ada": a
# note opens "Llamada Daniela Restrepo" (a call, not a role).
_ROLE_ENDS = {"de": (r"\w{3,}(?:rin|ntin|stin|rtin|ztin)", r"\w{3,}(?:ender|tor|ent|ant|ist|wart|führer)"),
              "fr": (r"\w{3,}(?:trice|ière|ente|ante|euse)", r"\w{3,}(?:teur|ier|ent|ant|eur)"),
              "es": (r"\w{3,}(?:ora|era|enta)", r"\w{3,}(?:or|ero)")}


def role_gender(sources: Sequence[Source], customer_name: str, language: str) -> bool | None:
    """Whether a role noun beside the customer's full name says a woman (True) or a man (False): written before it
    ("Inhaberin Sabine Reichert") or on the signature line under it ("Doris Wyss / Kassierin"); None when none does
    or they disagree."""
    words = [w for w in (customer_name or "").split() if not _TITLE.match(w)]
    if language not in _ROLE_ENDS or len(words) < 2:
        return None
    full = r"\s+".join(re.escape(w) for w in words)
    found = set()
    for src in sources:
        if src.direction == "outbound":
            continue
        for female, ending in zip((True, False), _ROLE_ENDS[language]):
            role = rf"(?:\d+\.\s*)?(?-i:[A-ZÀ-Ý]){ending}"
            if re.search(rf"(?<![\w-]){role}[ \t]+{full}\b|^\s*{full}\s*\n\s*{role}\b", src.text or "", re.M):
                found.add(female)
    return found.pop() if len(found) == 1 else None


# A call note's pronoun for the person it is about, by language: German "Sie" with a verb in the singular ("Sie fragt
# nach", not "Sie wollen") or "Er"; French "elle" or "il" (not the impersonal "il faut", "il y a").
# A note's shorthand writes the pronoun small after a colon or an arrow ("Probeessen: sie schlägt Mi 14.6. vor").
_SHE = {"de": re.compile(r"(?:(?:^|[.;:!?>\-–]\s*|\b(?:und|aber|dann|doch)\s+)Sie|(?:[:;]|->)\s*sie)\s+(?!sind\b)"
                         r"[a-zäöüß]+(?<![^e]n)(?<!en)\b", re.M),
        "fr": re.compile(r"\b[Ee]lle\s+(?!s'agit)\S")}
_HE = {"de": re.compile(r"(?:^|[.;:!?>\-–]\s*|\b(?:und|aber|dann|doch)\s+)Er\s+[a-zäöüß]", re.M),
       "fr": re.compile(r"\b[Ii]l\s+(?!y\b|faut\b|reste\b|manque\b|s'agit\b|vaut\b|semble\b|paraît\b|"
                        r"est (?:possible|prévu|convenu|temps|important|question)\b)\S")}


def note_gender(sources: Sequence[Source], customer_name: str, language: str) -> bool | None:
    """Whether the call notes about the customer speak of a woman (True) or a man (False), by their pronouns, in
    German and French; None when they say nothing, say both, or call the customer by first name alone (the rep is on
    first-name terms: "Tel Antoine 10h15", "Antoine rappelle")."""
    if language not in _SHE:
        return None
    words = [w for w in (customer_name or "").split() if not _TITLE.match(w)]
    if len(words) < 2:
        return None
    notes = [s.text or "" for s in sources if s.kind == "note" and s.direction != "outbound"]
    first, rest = re.escape(words[0]), r"\s+".join(re.escape(w) for w in words[1:])
    if any(re.search(rf"\b{first}\b(?!\s+{rest})", text) for text in notes):
        return None
    initials = "".join(w[0] for w in words if w[0].isupper())  # "MH will erst 6 Filialen testen"
    about = [text for text in notes if re.search(rf"\b{first}\s+{rest}\b|\b{re.escape(words[-1])}\b|"
                                                  rf"\b{re.escape(initials)}\b", text)]
    she = sum(len(_SHE[language].findall(text)) for text in about)
    he = sum(len(_HE[language].findall(text)) for text in about)
    return (she > 0) if bool(she) != bool(he) else None


# An hour the customer wants the call after or before, per language ("after 3pm", "après 16h", "nach 16 Uhr",
# "después de las 4"): the close says it back as it was said.
_CALL_AT = {"en": r"\b(after|before) (\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)",
            "fr": r"\b(après|avant) (\d{1,2}\s?h(?:\s?\d{2})?)",
            "de": r"\b(nach|vor|ab) (\d{1,2}(?::\d{2})?\s?Uhr)",
            "es": r"\b(después de|antes de) (las \d{1,2}(?::\d{2})?)"}


# A German noun right after the hour names what the customer does then ("ab 14 Uhr Unterricht", "nach 18 Uhr
# Training"), unless it is the call itself ("nach 17 Uhr Rückruf").
_BUSY_AFTER = {"de": r"\s+(?-i:[A-ZÄÖÜ])(?!(?:Rückruf|Anruf|Telefon|Bescheid)\b)\w+"}


# The customer saying they will call the rep ("I'll call you in the afternoon", "Te llamo yo mejor por la tarde", "je
# vous rappelle", "ich rufe Sie morgen an"): the rep waits for that call instead of promising one.
_CALLS_BACK = re.compile(
    r"\b(?:i'?ll|i will|i'?m going to|let me)\s+(?:give you a (?:call|ring)|call|ring|phone)(?:\s+you)?\b|"
    r"\bich\s+(?:rufe|melde mich)\b(?:\s+(?:Sie|dich|euch|bei (?:Ihnen|dir)))?[^.!?]{0,40}?\b(?:an|telefonisch)\b|"
    r"\bje\s+(?:vous|te|t')\s*(?:rappelle|appelle|appellerai|rappellerai|téléphone)\b|"
    r"\b(?:(?:yo\s+)?(?:te|le|les|os)\s+(?:llamo|llamaré|telefoneo)\s+yo|yo\s+(?:te|le|les|os)\s+(?:llamo|llamaré))\b",
    re.I)


# A call the customer does not want, by language ("pas d'appel le matin", "keine Anrufe vormittags", "no me llames por
# la mañana"): a time said with it is when not to call, never a call to promise.
_NO_CALL = re.compile(r"\b(?:pas d'appels?|ne pas (?:m'|nous |l')?appeler|n'appelez pas|aucun appel|keine (?:Anrufe|Telefonate)|"
                      r"nicht anrufen|bitte nicht (?:vor|nach|am|morgens|vormittags)|no (?:me |le |nos )?llam(?:e|en|es|ar|éis)|"
                      r"sin llamadas|nada de llamadas|ninguna llamada)\b", re.I)


def closing_line(state: State, p: dict, stored: Sequence[dict] = ()) -> tuple[str, Item | None]:
    """The closing line honouring the customer's stated preference, with the item it honours: one the conversation
    states (a note's too), else the time of day stored on the customer (`stored`: {"value", "quote"} each); a
    customer who said they will call is waited for ("Quedo a la espera de tu llamada por la tarde.")."""
    for item in reversed(state.open("preference")):
        if item.direction == "inbound" and _CALLS_BACK.search(item.quote):
            when = call_time(item.quote, state.language) or named_part(item.quote, state.language)
            return p["await_call"].format(x=f" {when}" if when else ""), item
        q = item.quote.lower()
        if re.search(r"email (?:is|works) better|prefer(?:s)? email|(?:don't|do not) call|no calls|"
                     r"email\s*(?:>|over|rather than|instead of|better than)\s*(?:phone|call)|"
                     r"prefiere (?:el |por )?correo|préfère (?:l'e-mail|le mail|par mail)|lieber per (?:e-)?mail|"
                     r"nur (?:per )?e-?mail", q):
            return p["email_only"], item
        if _NO_CALL.search(item.quote):
            continue  # "Pas d'appel le matin": the part of the day named is the one no call may come in
        m = re.search(_CALL_AT.get(state.language, _CALL_AT["en"]), item.quote, re.I)
        if m and re.match(_BUSY_AFTER.get(state.language, "(?!)"), item.quote[m.end():]):
            m = None  # "ab 14 Uhr Unterricht": the hour the customer is busy from, not the call's
        # the part of the day asked for, not the one the customer is busy in ("in the morning, afternoon I am at
        # the ponds"), said as they said it where the close can carry it ("en soirée", "am Abend")
        when = (f"{m.group(1).lower()} {m.group(2).rstrip('.')}" if m else
                call_time(item.quote, state.language) or call_time(item.quote, "en"))
        if when:
            # a call the same or a newer email asks for names its day too ("a call Thursday, after 2 pm")
            calls = [c for c in state.open("callback") if c.at >= item.at]
            return p["call_at"].format(x=timed_call(calls[0].text, when, state.language) if calls else when), item
    # a one-off call the newest email asks for ("could you call me Thursday morning"): the rep's promise to call then
    for item in state.open("callback"):
        return p["call_at"].format(x=item.text), item
    # said in an older thread and stored with its quote by the wish reader, the newest first
    times = [pref for pref in stored if str(pref.get("value", "")).startswith("time:")]
    for pref in reversed(times):
        when = close_time([pref["value"]], pref.get("quote") or "", state.language)
        if when:
            return p["call_at"].format(x=when), None
    return fitting_close(state, p), None


def plain_greeting(word: str, name: str | None, customer_name: str, state: State, p: dict) -> str:
    """The greeting when the rep never greeted this customer and no title is known: by first name ("Hallo Jens,"),
    but a formal German draft greets by full name ("Guten Tag Monika Haas,"), as "Hallo Monika" with Sie mixes
    registers."""
    if not name:
        return p["greeting_none"]
    full = " ".join(w for w in (customer_name or "").split() if not _TITLE.match(w))
    if state.language == "de" and not is_informal(state) and len(full.split()) >= 2 and name in full.split():
        return f"Guten Tag {full},"
    return f"{word} {name},"

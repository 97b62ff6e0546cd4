"""The other people on the customer's side: a colleague who writes part of a message ("Lucas, Rafael here.", "hier
Petra Lang, Buchhaltung", "Soy Wilber Castillo"), or whose question the customer passes on by name ("My colleague from
finance, Bence Tóth, also has questions:", "mi compañero de sistemas, Iván Robles, pregunta si ...").

Each open question is theirs or the customer's; the draft greets a colleague who wrote and still waits for an answer
beside the customer (addressing.py: "Hi Fernanda and Rafael,", "Sehr geehrter Herr Huber, sehr geehrte Frau Lang,") and
says whose question a slot is ("On the questions from Bence Tóth:"). Names come from the customer's own text only and
are checked to be a short run of capitalised words: a mailbox's bytes never choose a greeting by themselves.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from followup.drafting.items import Item, Person
from followup.drafting.names import TITLE, fold
from followup.drafting.relayed import held_by
from followup.drafting.sentences import Source

# A person's name as a customer writes it: an optional title, then one to three capitalised words.
# (and "Prof. Vlad Pop" signing: an academic title that says no gender)
# "Frau Mag. Pichler" too, and the Italian "Prof.ssa Bianchi", "Dott. Ferri"
_TITLES = rf"(?:(?:{TITLE}|Prof\.ssa|Dott\.ssa|Dott\.|Prof\.?|Professor)(?:\s+(?:Dr|Prof|Mag|MMag|Ing|DI)\.?)*)"
# (Latin Extended-A letters too: "Aydın", "Doğan", "Dvořák", "Şahin")
_WORD = r"[A-ZÀ-ÝŁŚŻĆŃŞŠŽČŘĞİ][a-zà-ÿąćęłńóśźżőűışğčřšžěůňťď'’-]+"
_NAME = rf"(?P<n>(?:{_TITLES}\s+)?{_WORD}(?:\s+{_WORD}){{0,2}})"
_NAME_AFTER = _NAME.replace("?P<n>", "?P<a>")
# The opening of a part a colleague writes: a greeting to the rep first, or the rep's name alone ("Lucas, ").
_GREET = r"(?:(?i:hi|hello|hey|dear|hallo|guten tag|sehr geehrte[rs]?|bonjour|hola|buenas tardes|buenos días|" \
         r"estimad[oa])\b[^,:\n]{0,30}[,:]\s*|(?:(?:Frau|Herr|Madame|Monsieur|Mr\.?|Mrs\.?|Ms\.?|Sr\.|Sra\.)\s+)?" \
         r"[A-ZÀ-Ý][\w'’-]+,\s*)?"
# A colleague introducing themselves: "Rafael here", "I am Dmytro Savchuk", "hier Petra Lang", "Patrick Roy ici",
# "Soy Wilber Castillo", "Ezequiel acá"; or a greeting followed by the name alone ("Bonjour Madame Sarda, Claire Fabre.").
_INTRO = re.compile(
    rf"^{_GREET}(?:{_NAME}\s+(?i:here|hier|ici|aquí|acá)\b|(?i:this is|I am|I'm|my name is|hier ist|hier|ich bin|"
    rf"mein Name ist|ici|je suis|c'est|soy|aquí|habla|le escribe|te escribe|mi nombre es)\s+{_NAME_AFTER}\b)")
_NAMED_ALONE = re.compile(rf"^(?i:hi|hello|dear|hallo|guten tag|bonjour|hola|buenas tardes|buenos días)\b[^,:\n]{{0,30}}"
                          rf"[,:]\s*(?P<n>{_WORD}\s+{_WORD})\.\s")
# A customer passing on a named colleague's question: "..., Bence Tóth, also has questions:", "Frau Lang fragt, ob".
_ROLE = (r"(?i:my|our|mein|meine|unser|unsere|mon|ma|notre|mi|nuestr[oa])\s+(?i:business\s+)?(?i:partner|partnerin|"
         r"geschäftspartner|geschäftspartnerin|associate|boss|manager|colleague|kollegin|kollege|chef|chefin|"
         r"associée?|collègue|patronne|patron|socia|socio|compañer[oa]|colega|jef[ea])\s+")
# Any role of theirs before the name, up to three words ("Our buyer Fernanda", "Unser Einkäufer Herr Koller", "Der
# Eigentümervertreter Dr. Wallner": after "the" a title must follow): a capitalised word there is a German noun.
_OWN_ROLE = (r"\b(?:(?i:our|my|mein|meine|unser|unsere|notre|mon|ma|nuestr[oa]|mi)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,?\s+"
             rf"(?={_TITLES}\s|[A-ZÀ-Ý])|(?i:the|der|die|le|la|el)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+,?\s+"
             rf"(?={_TITLES}\s))")
# An adverb, conjunction, pronoun or possessive opening a sentence is no name ("Pero pregunta si", "Ella pregunta si").
_NOT_ADVERB = (r"(?!(?i:además|también|außerdem|zudem|übrigens|dann|und|aber|aussi|ensuite|puis|et|mais|then|and|but|"
               r"so|y|pero|ella|él|ellos|ellas|elle|il|ils|elles|er|sie|she|he|they|mein|meine|unser|unsere|my|our|"
               r"mon|ma|notre|mi|nuestr[oa])\b)")
# Who the colleague is, said after their name ("Dwayne, our controls tech,", "Andrés, de sistemas,", "Herr Schmitz vom
# Einkauf", "Ravi (our maintenance supervisor)").
_APPOSITION = (r"(?:,\s+(?i:our|my|unser\w*|mein\w*|notre|nos|mon|ma|de|du|del|de la|nuestr[oa]|mi|who|der|die|qui|"
               r"que|quien)\s+[^,?.!\n]{2,40},|"
               r"\s+(?:vom|von der|aus der|aus dem|from|of|who)\s+[^,?.!\n]{2,30}?(?=\s+(?:fragt|asks?|asked|wants))|"
               r"\s*\([^()\n]{2,40}\))?")
_RELAY = re.compile(
    rf"(?:^|(?<=[.!?] )|(?<=[.!?]  )|,\s*|\b(?:colleague|Kollegin|Kollege|collègue|compañer[oa]|colega)\s+|\b{_ROLE}|"
    rf"{_OWN_ROLE}){_NOT_ADVERB}{_NAME}{_APPOSITION},?\s+(?:also\s+|auch\s+|aussi\s+|también\s+)?(?:has (?:a |some "
    r"|two |three )?questions?|asks|asked|ask(?= if| whether|:)|is asking|wants to know|would like to know|"
    r"fragt|möchte wissen|hat (?:noch )?(?:eine )?Fragen?|(?:me |nous )?demande|(?:me |nous )?pose|voudrait savoir|"
    r"aimerait savoir|pregunta|quiere saber|tiene (?:una )?preguntas?)\b(?:\s+aussi|\s+también|\s+auch)?|"
    # the verb first: "Außerdem fragt meine Kollegin Frau Mag. Pichler, ob ...", "Además pregunta mi compañera Ana si"
    rf"\b(?:fragt|pregunta)\s+(?:auch\s+|también\s+)?(?:meine?|unsere?|mi|nuestr[oa])\s+(?:Kollegin|Kollege|Chefin|Chef|"
    rf"compañer[oa]|colega|jef[ea])\s+{_NAME.replace('?P<n>', '?P<v>')},?\s+(?=ob|si)\b", re.M)
# Words that open a sentence in capitals and name nobody ("I am Happy to ...", "Hier Ist ...").
_NOT_NAMES = {"sorry", "happy", "glad", "back", "still", "out", "here", "the", "our", "we", "not", "very", "also",
              "away", "leaving", "writing", "working", "on", "in", "at", "from", "a", "an", "ok", "fine"}
# Words that say a colleague is a woman or a man: titles, role nouns (German compounds too: "Fuhrparkleiter",
# "Küchenchefin"), pronouns around their name.
_FEMALE = re.compile(r"\b(?:she|her|Mrs\.?|Ms\.?|Frau|Kollegin|[\wäöü]*[Ll]eiterin|[\wäöü]*[Cc]hefin|Mitarbeiterin|"
                     r"Mme|Madame|directrice|"
                     r"bride|wife|Braut|Ehefrau|(?:future )?mariée|épouse|novia|esposa|"
                     r"associée|compañera|directora|jefa|Sra\.|Señora|coordinadora|técnica|ingeniera)\b", re.I)
_MALE = re.compile(r"\b(?:he|him|his|Mr\.?|Herr|Kollege|[\wäöü]*[Ll]eiter|[\wäöü]*[Cc]hef|M\.|"
                   r"Monsieur|directeur|associé|compañero|"
                   r"groom|husband|Bräutigam|Ehemann|(?:futur )?marié|époux|mari|novio|esposo|marido|"
                   r"director|jefe|Sr\.|Señor|coordenador|coordinador|técnico|ingeniero)\b", re.I)
# How near its name a gendered word has to stand (a signature's role line included).
GENDER_WINDOW = 60
_TITLE_WORD = re.compile(rf"^{_TITLES}$")
# A title that says a degree or post, not whether its bearer is a woman or a man.
_ACADEMIC_TITLE = re.compile(r"^(?:Dr\.?|Prof\.?|Professor|Ing\.)$")


def _valid(name: str, customer_name: str, rep_name: str) -> bool:
    """Whether a name found in the text is someone else's: not the customer's, not the rep's, not an ordinary word."""
    words = [w for w in name.split() if not _TITLE_WORD.match(w)]
    if not words or any(w.lower() in _NOT_NAMES for w in words):
        return False
    own = {fold(w) for w in re.findall(r"[^\W\d_]+", f"{customer_name} {rep_name}")}
    if len(words) >= 2 and not any(_same_first(w, customer_name) or _same_first(w, rep_name) for w in words[:-1]):
        return not any(fold(w) in own for w in words[:-1])  # "Selin Aydın" signing for Deniz Aydın: another Aydın
    return not any(fold(w) in own for w in words)


def _same_first(word: str, full_name: str) -> bool:
    """Whether a word is a person's first name or a short form of it ("Dan" of "Daniel Okoro")."""
    first = next((fold(w) for w in full_name.split() if not _TITLE_WORD.match(w)), "")
    word = fold(word)
    return bool(first) and (word == first or len(word) >= 3 and (first.startswith(word) or word.startswith(first)))


def _gender(name: str, text: str) -> bool | None:
    """True for a woman, False for a man, None when nothing near their name says so (another person's title, "Hi Mr
    Lenz, this is Daniel", says nothing about them)."""
    title = name.split()[0]
    if _TITLE_WORD.match(title) and not _ACADEMIC_TITLE.match(title):  # "Prof. Pop" says no gender
        return bool(_FEMALE.match(title))
    near = ""
    for word in name.split():
        for m in re.finditer(re.escape(word), text):
            near += " " + text[max(0, m.start() - GENDER_WINDOW):m.end() + GENDER_WINDOW]
    near = re.sub(rf"{_TITLES}\s+{_WORD}", " ", near)
    female, male = bool(_FEMALE.search(near)), bool(_MALE.search(near))
    return female if female != male else None


def _whole(name: str, text: str) -> str:
    """A first name with the surname the message signs it with elsewhere ("Daniel" -> "Daniel Okoro")."""
    if len(name.split()) > 1:
        return name
    m = re.search(rf"(?m)^{re.escape(name)}\s+({_WORD})\s*$", text)
    return f"{name} {m.group(1)}" if m else name


# Where a message's own text ends: a quoted line or the header of the message it replies to.
_QUOTE_HEAD = re.compile(r"^\s*(?:>|-{2,}\s*(?:original|urspr|message d'origine|mensaje original)|(?:de|from|von|fra)\s*:|"
                         r"(?:le|on|am|el|il giorno) .{4,80}(?:wrote|écrit|schrieb|escribió|scritto)\b)", re.I | re.M)
# A line that is only a name with its title ("Lukas Frei", "Dr. Andrea Meier"): how a message is signed.
_SIGNED = re.compile(rf"^(?:{_TITLES}\s+)?(?P<n>{_WORD}(?:\s+{_WORD}){{1,2}})\s*$")
# The words of a closing line ("Freundliche Grüsse", "Bien cordialement,", "Saludos,").
_CLOSING = re.compile(r"\b(?:gr[üu](?:ß|ss)e?n?|gruß|regards|wishes|thanks|cheers|best|cordialement|salutations|merci|"
                      r"saludos|atentamente|un saludo|abrazo|feiertage|wochenende|ostern|weihnachten|holidays|weekend|"
                      r"easter|christmas|fêtes|vacances|fiestas|navidad)\b", re.I)  # "Schöne Feiertage" above the name
# How many lines from the end of its own text a message's signed name may stand (name, role, company, phone).
SIGNATURE_LINES = 6


def signer(text: str) -> str:
    """The full name a message is signed with ("Angela Ruiz" above her role and phone), "" when none."""
    own = (text or "")[:m.start()] if (m := _QUOTE_HEAD.search(text or "")) else (text or "")
    lines = [ln.strip() for ln in own.strip().splitlines()]
    for k in range(max(1, len(lines) - SIGNATURE_LINES), len(lines)):  # the first such line: the role and
        m = _SIGNED.match(lines[k])  # company lines under it ("Cedar Lake County") name no one
        if m and not _CLOSING.search(lines[k]) and (not lines[k - 1] or lines[k - 1].endswith(",")
                                                    or _CLOSING.search(lines[k - 1])):  # after a closing or a blank
            return m.group("n")
    return ""


def parts(text: str, customer_name: str, rep_name: str = "") -> list[tuple[int, Person]]:
    """Where in a customer's message a colleague's own part starts, with the colleague; [] when the customer wrote it
    all. A part runs from the paragraph that introduces them to the next such paragraph or the end; a message signed
    by a colleague and introducing no one is theirs from the top."""
    out: list[tuple[int, Person]] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text or ""):
        body = para.group(0).strip()
        m = _INTRO.match(body) or _NAMED_ALONE.match(body)
        key = "n" if m is not None and m.group("n") else "a"
        if m is None or not _valid(m.group(key), customer_name, rep_name):
            continue
        before = text[:para.start()].rstrip().rsplit("\n", 1)[-1].strip()  # a greeting line of its own
        opening = (before + " " if re.search(r"[,:]$", before) and len(before.split()) <= 6 else "") + body[:m.start(key)]
        formal = bool(_FORMAL_OPENING.search(opening))
        name = _whole(m.group(key), text[para.start():])
        out.append((para.start(), Person(name, True, formal, _gender(name, text[para.start():]))))
    name = signer(text)
    if not out and name and _valid(name, customer_name, rep_name):
        opening = next((ln.strip() for ln in (text or "").splitlines() if ln.strip()), "")
        # "Grüezi Herr Brunner" is formal, "Kevin," is not; a greeting word alone ("Bonjour,") is the formal default
        formal = bool(_FORMAL_OPENING.search(opening)) or opening.rstrip(",:!").lower() in _BARE
        out.append((0, Person(name, True, formal, _gender(name, text))))
    return out


# A greeting that addresses its reader formally ("Grüezi Herr Brunner", "Estimado", "Sehr geehrte").
_FORMAL_OPENING = re.compile(r"\b(?:Frau|Herr|Madame|Monsieur|Mr|Mrs|Ms|Dr|Sr|Sra|Ing|sehr geehrte|estimad)\b", re.I)


# The titles of a woman, as _TITLES and a note's short forms write them.
_WOMAN = {"mrs", "ms", "frau", "fr", "mme", "madame", "sra", "señora"}


def titled_gender(name: str, texts: Sequence[str], customer_name: str = "") -> bool | None:
    """Whether any source names this person's surname with a woman's or a man's title ("Hr. Lindner (Kämmerei)",
    "Mme Caron (RH)"); None when none does, or both do. A surname the customer shares ("Selin Aydın" beside Deniz
    Aydın) counts only with the first name: "Hr. Aydın" is the customer."""
    words = [w for w in name.split() if not _TITLE_WORD.match(w)]
    if len(words) < 2:
        return None
    shared = fold(words[-1]) in {fold(w) for w in customer_name.split()}
    said = {m.group(1).split()[0].rstrip(".").lower() in _WOMAN for t in texts for m in re.finditer(
        rf"\b({_TITLES}|Hr\.|Fr\.|Hrn\.)\s+(?:(?:Dr|Prof|Mag)\.\s+)?(?:{re.escape(words[0])}\s+){'' if shared else '?'}"
        rf"{re.escape(words[-1])}\b", t)}
    return said.pop() if len(said) == 1 else None


def relayed(text: str, customer_name: str, rep_name: str = "") -> list[tuple[int, int, Person]]:
    """The spans of a customer's message that pass on a named colleague's question: the sentence naming them, and the
    list after it when it ends in a colon; each with the colleague."""
    out = []
    for m in _RELAY.finditer(text or ""):
        # "Mein Partner Jonas fragt": the name is Jonas, never "Mein Partner Jonas"
        who = re.sub(rf"^{_ROLE}", "", m.group("n") or m.group("v"))
        if not who or not _valid(who, customer_name, rep_name):
            continue
        stop = re.search(r"[.?!](?=\s)|\n", text[m.end():] + "\n")
        end = m.end() + stop.end()
        if re.match(r"\s*:\s*$", text[m.end():end]) or text[m.end():end].rstrip().endswith(":"):
            # the list the lead announces: its bullet lines, blank lines between them
            tail = re.match(r"(?:\s*\n\s*[-*•\d][^\n]*)+", text[end - 1:])
            end += tail.end() - 1 if tail else 0
        out.append((m.start(), end, Person(who, False, False, _gender(who, text))))
    return out


def _where(quote: str, text: str) -> int:
    """Where a point's quote stands in its message: found as written, else (a relayed question asked anew) the middle
    spot of its words (a common word, "eine", may stand earlier, in another sentence); -1 when nowhere."""
    at = text.find(quote[:40])
    if at >= 0:
        return at
    words = re.findall(r"[^\W\d_]{4,}", quote.lower())
    spots = [m.start() for w in words for m in [re.search(re.escape(w), text.lower())] if m]
    return sorted(spots)[len(spots) // 2] if words and len(spots) >= MATCH_SHARE * len(words) else -1


# The share of a relayed question's words its relaying sentence must hold.
MATCH_SHARE = 0.7


def with_askers(items: Sequence[Item], sources: Sequence[Source], customer_name: str, rep_name: str = "") -> list[Item]:
    """Each customer's question or request marked with the colleague whose it is (Item.asker), where it is not the
    customer's own."""
    texts = {s.id: s.text or "" for s in sources if s.kind == "message" and s.direction == "inbound"}
    found = {sid: (parts(t, customer_name, rep_name), relayed(t, customer_name, rep_name)) for sid, t in texts.items()}
    greeted = _greeted(sources)
    every = [s.text or "" for s in sources]
    found = {sid: ([(at, p if p.female is not None else replace(p, female=titled_gender(p.name, every, customer_name)))
                    for at, p in own], rel) for sid, (own, rel) in found.items()}
    out = []
    for item in items:
        own = found.get(item.source_id) if item.source_kind == "message" and item.direction == "inbound" else None
        if own and (own[0] or own[1]):
            at = _where(item.quote, texts[item.source_id])
            who = next((p for s, e, p in own[1]  # a question asked anew: its words may stand earlier too
                        if s <= at < e or held_by(item.quote, texts[item.source_id][s:e], MATCH_SHARE)), None)
            who = who or next((p for s, p in reversed(own[0]) if 0 <= s <= at), None)
            if who is not None:
                # the rep already greets them by first name ("Bonjour Camille et Hugo,"): so does the draft
                item = replace(item, asker=replace(who, formal=False) if who.wrote and _first(who.name) in greeted
                               else who)
        out.append(item)
    return out


def _greeted(sources: Sequence[Source]) -> set[str]:
    """The names in the greeting lines of the rep's own emails ("Bonjour Camille et Hugo," -> Camille, Hugo)."""
    out: set[str] = set()
    for src in sources:
        if src.kind == "message" and src.direction == "outbound":
            first = next((ln.strip() for ln in (src.text or "").splitlines() if ln.strip()), "")
            if len(first.split()) <= MAX_GREETING_WORDS and first.endswith((",", ":", "!")):
                out |= set(re.findall(_WORD, first))
    return out


# A greeting is a short line of its own ("Bonjour Camille et Hugo,", "Hola Florencia, hola Ezequiel:").
MAX_GREETING_WORDS = 8


def _first(name: str) -> str:
    """A name without its title, first word ("Bence Tóth" -> "Bence")."""
    return [w for w in name.split() if not _TITLE_WORD.match(w)][0]


# A colleague saying the customer is away ("Gabriela está de vacaciones", "Anna is on holiday this week", "Frau
# Berger ist im Urlaub", "Mme Roux est en congés"): {n} is one of the customer's names.
_AWAY = (r"\b{n}\b[^.!?\n]{{0,25}}\b(?:is|'s|ist|est|está|se encuentra)\s+(?:\w+\s+){{0,3}}?(?:on (?:holiday|leave|"
         r"vacation|annual leave|parental leave|sick leave)|away|out of (?:the )?office|off sick|im Urlaub|in den "
         r"(?:\w+)?ferien|abwesend|krank|nicht im (?:Haus|Büro)|en (?:congés?|vacances|arrêt maladie)|absente?|de "
         r"(?:vacaciones|viaje|baja|licencia|permiso)|fuera de la oficina)")


# A greeting word alone, without the customer's name ("Hello,").
_BARE = {"hi", "hello", "hey", "dear", "hallo", "bonjour", "hola", "guten tag"}


def customer_away(sources: Sequence[Source], customer_name: str) -> bool:
    """Whether the customer's newest email is a colleague's own, written because the customer is away."""
    newest = max((s for s in sources if s.kind == "message" and s.direction == "inbound"), key=lambda s: s.at,
                 default=None)
    if newest is None or not parts(newest.text or "", customer_name):
        return False
    names = [re.escape(w) for w in (customer_name or "").split() if len(w) > 1 and not _TITLE_WORD.match(w)]
    return bool(names) and bool(re.search(_AWAY.format(n="(?:" + "|".join(names) + ")"), newest.text or "", re.I))


# A call note's opening naming who called or was called ("Llamó Núria (admin ...)", "Call with Priya:", "Anruf von Frau
# Lenz", "Appel de Julie", "Tom called").
_CALLER = re.compile(rf"^(?:(?i:llamó|llamada (?:de|con)|call(?:ed)? (?:from|with|by)|anruf (?:von|mit)|telefonat mit|"
                     rf"tel\. mit|appel (?:de|avec)|a appelé)\s+{_NAME}|"
                     rf"{_NAME_AFTER}\s+(?i:called|rang|rief an|hat angerufen|a appelé|"
                     rf"llamó|ha llamado)\b)")


def note_caller(sources: Sequence[Source], customer_name: str, rep_name: str = "") -> Person | None:
    """The colleague the newest source, a call note, was a call with, where the customer's own emails name them (the
    customer handed them over: "Núria lleva todo lo administrativo"); None otherwise."""
    newest = max(sources, key=lambda s: s.at, default=None)
    if newest is None or newest.kind != "note":
        return None
    m = _CALLER.match((newest.text or "").strip())
    name = m.group("n") or m.group("a") if m else ""
    if not name or not _valid(name, customer_name, rep_name):
        return None
    first = _first(name)
    emails = [s.text or "" for s in sources if s.kind == "message" and s.direction == "inbound"]
    if not any(re.search(rf"\b{re.escape(first)}\b", text) for text in emails):
        return None
    every = [s.text or "" for s in sources]
    return Person(name, True, False, _gender(name, newest.text or "") if _gender(name, newest.text or "") is not None
                  else titled_gender(name, every, customer_name))

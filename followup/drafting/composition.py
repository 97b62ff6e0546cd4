"""Write the follow-up from the conversation state, in the rep's voice and the customer's language.

A draft is: greeting by first name, an opening tied to the last real interaction, a one-to-three sentence recap
in reported speech, what the rep will do and by when, each open question addressed (an answer slot
`[[answer: ...]]` when no source holds the answer), a close that honours the customer's stated preference, and
the rep's usual sign-off. Only the framing words below are fixed; every point comes from the state, so nothing
here can carry another customer's text (SPEC invariants 5, 6 and 8).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from followup.drafting.conversation import Item, State, Voice, drop_dates, restate
from followup.drafting.profile import RepProfile, first_name
from followup.exceptions import NothingToDraft

# Boomerang's study of 40M emails: replies peak at 75-100 words; the draft stays within these bounds.
MIN_WORDS = 50
MAX_WORDS = 125
MAX_RECAP_SENTENCES = 3
# Facts merged into one recap sentence ("you need X, your budget is Y and Z").
MAX_RECAP_FACTS = 3
# A restated fact this short ("you need") lost its object: it is left out.
MIN_FACT_WORDS = 3
# Terms in force restated in the "To confirm" sentence.
MAX_TERMS = 4
_MONEY = re.compile(r"[$€£¥]|\b(?:usd|eur|chf|gbp|mxn|cop|€)\b|\d\s?%|\b\d{1,3}(?:[.,' ]\d{3})+\b", re.I)
# Answers given on a call, restated in the "As I mentioned" sentence: at most this many, each of this many words
# (more is cut at a clause boundary) and, without a figure, at least MIN_ANSWER_WORDS.
MAX_ANSWERS = 3
ANSWER_WORDS = 12
MIN_ANSWER_WORDS = 4
# A note's shorthand clause longer than this is cut to the words around its figures (copying 8 words in a row
# from a source is an echo, not a recap).
CLAUSE_WORDS = 7
# A question this short ("24 months leasing?", "Meetingraum?") gets the sentence before it, which says what it is about.
SHORT_QUESTION_WORDS = 4
# The rep's own sentences restated from their emails (the offer in force), each whole up to REP_LINE_WORDS.
MAX_REP_LINES = 2
REP_LINE_WORDS = 24
SLOT_RE = re.compile(r"\[\[\s*answer\s*:\s*(?P<q>[^\]]*?)\s*\]\]", re.I)

PHRASES = {
    "en": {
        "greeting": "Hi", "greeting_none": "Hello,", "sign_off": "Best,",
        "call": "Thanks for the call{when}.", "meeting": "Thanks for meeting with me{when}.",
        "email": "Thanks for your note{when}.", "chase": "I wanted to follow up on my last email.",
        "new": "Thanks for taking the time to talk{when}.",
        "recap": "As we discussed, {x}.", "noted": "I've noted that {x}.", "terms": "To confirm, {x}.",
        "answer": "As I mentioned, {x}.", "step": "As agreed, {x}.", "slot_lead": "On your question:",
        "close": "Let me know if anything has changed on your side.",
        "close_more": "Happy to go through any of it whenever suits you.",
        "call_pm": "I'll call you in the afternoon.", "call_am": "I'll call you in the morning.",
        "call_at": "I'll call you {x}.", "email_only": "I'll keep to email, as you prefer.",
        "and": "and", "subject_new": "Following up on our call",
    },
    "de": {
        "greeting": "Hallo", "greeting_none": "Guten Tag,", "sign_off": "Viele Grüße",
        "call": "Danke für das Gespräch{when}.", "meeting": "Danke für das Treffen{when}.",
        "email": "Danke für Ihre Nachricht{when}.", "chase": "Ich wollte mich noch einmal zu meiner letzten "
                                                            "E-Mail melden.",
        "new": "Danke, dass Sie sich{when} Zeit genommen haben.",
        "recap": "Wie besprochen: {x}.", "noted": "Notiert: {x}.", "terms": "Zur Bestätigung: {x}.",
        "answer": "Wie erwähnt: {x}.", "step": "Wie vereinbart: {x}.", "slot_lead": "Zu Ihrer Frage:",
        "close": "Sagen Sie mir gern Bescheid, falls sich bei Ihnen etwas geändert hat.",
        "close_more": "Ich gehe alles gern mit Ihnen durch, wann immer es Ihnen passt.",
        "call_pm": "Ich rufe Sie am Nachmittag an.", "call_am": "Ich rufe Sie am Vormittag an.",
        "call_at": "Ich rufe Sie {x} an.", "email_only": "Ich bleibe wie gewünscht bei E-Mail.",
        "and": "und", "subject_new": "Unser Gespräch",
    },
    "fr": {
        "greeting": "Bonjour", "greeting_none": "Bonjour,", "sign_off": "Cordialement,",
        "call": "Merci pour notre échange{when}.", "meeting": "Merci pour notre rencontre{when}.",
        "email": "Merci pour votre message{when}.", "chase": "Je me permets de revenir vers vous suite à mon "
                                                             "dernier message.",
        "new": "Merci d'avoir pris le temps d'échanger{when}.",
        "recap": "Comme convenu : {x}.", "noted": "C'est noté : {x}.", "terms": "Pour confirmer : {x}.",
        "answer": "Comme indiqué : {x}.", "step": "Comme convenu : {x}.", "slot_lead": "Concernant votre question :",
        "close": "N'hésitez pas à me dire si quelque chose a changé de votre côté.",
        "close_more": "Je reste à votre disposition pour en parler quand cela vous convient.",
        "call_pm": "Je vous appellerai dans l'après-midi.", "call_am": "Je vous appellerai dans la matinée.",
        "call_at": "Je vous appellerai {x}.", "email_only": "Je continue par e-mail, comme vous le préférez.",
        "and": "et", "subject_new": "Suite à notre échange",
    },
    "es": {
        "greeting": "Hola", "greeting_none": "Hola,", "sign_off": "Saludos,",
        "call": "Gracias por la llamada{when}.", "meeting": "Gracias por la reunión{when}.",
        "email": "Gracias por su mensaje{when}.", "chase": "Quería hacer seguimiento de mi último correo.",
        "new": "Gracias por su tiempo{when}.",
        "recap": "Como hablamos: {x}.", "noted": "Tomo nota: {x}.", "terms": "Para confirmar: {x}.",
        "answer": "Como le comenté: {x}.", "step": "Como acordamos: {x}.", "slot_lead": "Sobre su pregunta:",
        "close": "Avíseme si algo ha cambiado por su parte.",
        "close_more": "Con gusto lo revisamos juntos cuando le venga bien.",
        "call_pm": "Le llamaré por la tarde.", "call_am": "Le llamaré por la mañana.",
        "call_at": "Le llamaré {x}.", "email_only": "Seguiré por correo, como prefiere.",
        "and": "y", "subject_new": "Seguimiento de nuestra conversación",
    },
}


@dataclass(frozen=True)
class Composed:
    """A composed follow-up, the state items it restates, and their sources."""

    subject: str
    body: str
    items: tuple[Item, ...]
    sources: tuple[dict, ...]
    slots: tuple[str, ...]
    language: str = "en"


def slots(body: str) -> list[str]:
    """The unfilled answer slots of a body, as written ("[[answer: ...]]")."""
    return [m.group(0) for m in SLOT_RE.finditer(body or "")]


def _cap(text: str) -> str:
    """First letter upper-case."""
    return text[:1].upper() + text[1:] if text else text


def _sentence(text: str) -> str:
    """Capitalised, ending in one full stop (or the question mark it had)."""
    text = _cap(text.strip().rstrip(" ,;:"))
    return text if text.endswith((".", "!", "?")) else text + "."


def _join(parts: list[str], word: str) -> str:
    """"a", "a and b", "a, b and c"; an article opening a later part is lower-cased ("und den Liefertermin")."""
    parts = parts[:1] + [re.sub(r"^(?:Den|Der|Die|Das|Dem|Ein|Eine|Le|La|Les|Un|Une|El|Los|Las|Una|The|A|An)\b",
                                lambda m: m.group(0).lower(), p) for p in parts[1:]]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {word} " + parts[-1]


def _words(text: str) -> int:
    """Words as a reader counts them."""
    return len(re.findall(r"\S+", text))


def _rep_actions(state: State) -> tuple[list[tuple[str, Item]], list[tuple[str, Item]]]:
    """(what the rep will do, open questions to answer), each with the item it comes from."""
    actions: list[tuple[str, Item]] = []
    questions: list[tuple[str, Item]] = []
    seen: set[str] = set()
    for item in state.open("commitment", "question", "request"):
        if item.internal:
            continue
        text = item.text
        if item.kind == "commitment" and text:
            line = text  # its day is already restated in place against the draft's day
        elif item.direction == "inbound" and text.startswith("I'll "):
            line = text
        elif item.kind == "question":
            full = (restate(item.quote, item.direction, item.kind) if state.language == "en" else "") \
                if item.direction == "inbound" else item.text
            q = (full or item.quote).rstrip("?. ")
            before = _PAREN.sub("", _before(state, item)).strip() if item.direction == "inbound" else ""
            if "?" in before or len(before.split()) < 4:
                before = ""  # another question or a scrap of shorthand says nothing about this one
            if before and (len(q.split()) <= SHORT_QUESTION_WORDS or (len(q.split()) <= 8 and re.search(
                    r"\b(?:that|this|it|those|these|cela|ça|eso|esto|elle|il|ella|él|ihm|ihn)\b|\b(?:das|dies|es)\b(?!\s+[A-ZÄÖÜ])",
                    " ".join(q.split()[:4]), re.I))):
                q = f"{q}? ({drop_dates(before)}"  # "what does that add": the rep needs what "that" is
            questions.append((f"[[answer: {q}{')' if '? (' in q else '?'}]]", item))
            continue
        else:
            continue
        key = line.lower()
        if key not in seen:
            seen.add(key)
            actions.append((line, item))
    # one promise per thing: the newest wins when two restate the same action
    return actions, questions


def _before(state: State, item: Item) -> str:
    """The sentence the customer wrote just before a question, from the same message."""
    prior = [i for i in state.items if i.source_id == item.source_id and i.source_kind == item.source_kind
             and i.direction == item.direction]
    k = next((n for n, i in enumerate(prior) if i is item), 0)
    if not k or prior[k - 1].status == "superseded" or prior[k - 1].internal:
        return ""  # a replaced figure or a signature line is no context to show
    return prior[k - 1].quote.rstrip(" .")


def _close(state: State, p: dict) -> tuple[str, Item | None]:
    """The closing line honouring the customer's stated preference, with the item it honours."""
    for item in reversed(state.open("preference")):
        q = item.quote.lower()
        if re.search(r"email (?:is|works) better|prefer(?:s)? email|(?:don't|do not) call|no calls|"
                     r"email\s*(?:>|over|rather than|instead of|better than)\s*(?:phone|call)", q):
            return p["email_only"], item
        m = re.search(r"\b(after|before) (\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)", item.quote, re.I)
        if m and state.language == "en":
            return p["call_at"].format(x=f"{m.group(1).lower()} {m.group(2).rstrip('.')}"), item
        if re.search(r"later in the day|afternoon|mornings? (?:are|is) (?:busy|bad)|evening", q):
            return p["call_pm"], item
        if re.search(r"mornings? (?:are|is) (?:better|best)|in the morning|afternoons? (?:are|is) (?:busy|bad)", q):
            return p["call_am"], item
    return p["close"], None


def compose_state(state: State, *, customer_name: str, thread_subject: str, rep: RepProfile,
                  voice: Voice | None = None, max_words: int = MAX_WORDS) -> Composed:
    """Draft the follow-up a good rep would send now; NothingToDraft when nothing is open."""
    from followup.drafting.profile import reply_subject

    p = PHRASES.get(state.language, PHRASES["en"])
    voice = voice or Voice()
    name = first_name(customer_name) or state.name  # a call header names a customer we have no name for
    greeting_word = voice.greeting if state.language == "en" else p["greeting"]
    greeting = f"{greeting_word} {name}," if name else p["greeting_none"]
    english = state.language == "en"

    used: list[Item] = []
    last = state.last or {}
    when = f" {last['when']}" if last.get("when") else ""
    has_messages = any(i.source_kind == "message" for i in state.items)
    if last.get("direction") == "note":
        opening = p["meeting" if last.get("kind") == "meeting" else ("call" if has_messages else "new")]
        opening = opening.format(when=when) if "{when}" in opening else opening
        if not has_messages and last.get("kind") == "meeting":
            opening = p["meeting"].format(when=when)
    elif last.get("direction") == "inbound":
        opening = p["email"].format(when=when)
    else:
        opening = p["chase"]

    # the recap: what the customer told us, the terms in force, answers given on a call, the newest next step
    facts = [i for i in state.open("constraint", "request", "term")
             if i.text and i.direction in ("inbound", "note")
             and (not english or i.text.lower().startswith(("you", "your")))]
    # the rep's own figures in force: those of the newest rep email that states any
    priced_out = _newest([t for t in state.open("term") if t.direction == "outbound" and _MONEY.search(t.quote)])
    terms = [i for i in state.open("term") if not i.internal and i not in facts
             and (i.direction != "outbound" or i is _newest(state.open("term"))
                  or (priced_out is not None and i.source_id == priced_out.source_id
                      and i.source_kind == priced_out.source_kind and _MONEY.search(i.quote)))]
    answers = [a for a in _answers(state) if a not in terms]
    from followup.drafting.conversation import _PLEASANTRY
    # a pleasantry is no next step ("thank you for the meeting today"), a bare "you need" says nothing
    steps = [s for s in state.open("next_step") if not s.internal and not _PLEASANTRY.match(s.quote.strip())
             and not re.match(r"^(?:lovely|nice|great|good|pleased) to (?:meet|see|talk)", s.quote.strip(), re.I)]
    facts = [f for f in facts if len(re.findall(r"[^\W\d_]+|\d+", f.text)) >= MIN_FACT_WORDS]
    recap: list[str] = []
    said = [i for i in facts if i.direction == "note"][-MAX_RECAP_FACTS:]
    told = [i for i in facts if i.direction == "inbound"][-MAX_RECAP_FACTS:]
    if said:
        recap.append(p["recap"].format(x=_join([i.text for i in said], p["and"])))
        used += said
    if told:
        recap.append(p["noted"].format(x=_join([i.text for i in told], p["and"])))
        used += told
    mine = [t for t in state.open("term", "commitment") if t.direction == "outbound" and not t.internal
            and t.kind == "term"]
    mine = sorted(sorted(mine, key=lambda t: -t.at.timestamp())[:MAX_REP_LINES], key=lambda t: t.at)
    rep_lines = [x for x in (_rep_line(t, state) for t in mine) if x]
    if rep_lines:
        # the rep's own offer in force, in the rep's own words: a sentence each, never cut to a fragment
        recap += rep_lines
        used += [t for t in mine if _rep_line(t, state)]
    # the customer's own words in German, French or Spanish are only said when they could be turned to them
    terms = [t for t in terms if t.direction != "outbound" and (t.text or t.direction != "inbound")]
    if terms:
        # figures first, newest first: the numbers in force are what the customer decides on
        ranked = sorted(terms, key=lambda t: (not _MONEY.search(t.quote), t.direction == "outbound",
                                              -t.at.timestamp(), -terms.index(t)))
        chosen = sorted(ranked[:MAX_TERMS], key=terms.index)
        # the rep's own sentences are cut to their figures: restating them whole would only echo
        texts = [t.text if english and t.text and not t.text.lower().startswith(("you ", "i "))
                 and t.direction != "outbound" else _clause(t, state, force=t.direction == "outbound")
                 for t in chosen]
        if any(texts):
            recap.append(p["terms"].format(x=_join([t for t in texts if t], p["and"])))
            used += [t for t, x in zip(chosen, texts) if x]
    picked = answers[-MAX_ANSWERS:]
    texts = [_answer_text(a, state) for a in picked]
    if any(texts):
        recap.append(p["answer"].format(x=_join([t for t in texts if t], p["and"])))
        used += [a for a, t in zip(picked, texts) if t]
    if steps:
        s = steps[-1]
        text = (s.text if english else "") or _clause(s, state)
        text = re.sub(r"^(?:next(?: step)?s?|nächster (?:schritt|termin)|prochaine étape|siguiente paso|"
                      r"próximo paso)\s*[:-]\s*", "", text, flags=re.I)
        if text and not text.startswith("I'll"):
            recap.append(p["step"].format(x=text))
            used.append(s)
        elif text:
            recap.append(_sentence(text))
            used.append(s)
    actions, questions = _rep_actions(state)
    close, pref = _close(state, p)
    if pref is not None:
        used.append(pref)
    action_lines = [_sentence(a) for a, _ in actions]
    used += [i for _, i in actions]
    slot_lines = [s for s, _ in questions]
    used += [i for _, i in questions]
    if not recap and not action_lines and not slot_lines:
        raise NothingToDraft("nothing open: no question, request, commitment, term or next step to restate")

    hidden = {i.hidden for i in state.items if i.hidden}
    recap = [r for r in (_unreplaced(_unnamed(r, hidden)) for r in recap) if r]
    action_lines = [a for a in (_unreplaced(_unnamed(a, hidden)) for a in action_lines) if a]

    def render(recap_lines: list[str], acts: list[str], extra: bool) -> str:
        """The body from its parts."""
        paras = [greeting, " ".join([opening, *recap_lines])]
        if acts:
            paras.append(" ".join(acts))
        if slot_lines:
            paras.append(" ".join([p["slot_lead"], *slot_lines]) if len(slot_lines) == 1 else
                         "\n".join(slot_lines))
        paras.append(" ".join([close, p["close_more"]]) if extra else close)
        sign = [voice.sign_off if english else p["sign_off"]]
        signature = rep.signature.strip()
        lines = signature.splitlines()
        if rep.name.strip() and not (lines and rep.name.strip() in lines[0]):
            sign.append(rep.name.strip())
        if signature:
            sign.append(signature)
        paras.append("\n".join(sign))
        return "\n\n".join(paras).strip() + "\n"

    def counted(body: str) -> int:
        """Words of the message proper: greeting to close, without the signature block."""
        return _words(body.rsplit("\n\n", 1)[0])

    body = render(recap, action_lines, False)
    while counted(body) > max_words and (len(recap) > 1 or len(action_lines) > 1):
        if len(recap) > 1:
            recap.pop()
        else:
            action_lines.pop()
        body = render(recap, action_lines, False)
    if counted(body) < MIN_WORDS:
        body = render(recap, action_lines, True)
    subject = reply_subject(thread_subject) if thread_subject else (
        f"{p['subject_new']}: {state.topic}" if state.topic else p["subject_new"])
    sources = []
    seen: set[tuple] = set()
    for item in used:
        key = (item.source_kind, item.source_id, item.quote)
        if key not in seen:
            seen.add(key)
            sources.append({"kind": item.source_kind, "id": item.source_id, "quote": item.quote})
    return Composed(subject=subject, body=body, items=tuple(used), sources=tuple(sources),
                    slots=tuple(slots(body)), language=state.language)


# What a clause says was replaced ("18 % au lieu de 20", "5,90 € statt 6,50"): the old value is never restated.
_REPLACED = re.compile(r"\s*\(?\b(?:instead of|rather than|statt|anstatt|anstelle von|au lieu de|au lieu d'|plutôt que|"
                       r"en lugar de|en vez de)\s+(?:(?:on|the|en|le|la|el|am|dem)\s+)?[^\s,;.)]+(?:[,.'’]\d+)*\)?", re.I)


def _unnamed(text: str, names: set[str]) -> str:
    """A line without the colleagues a note named ("Diego aprueba 15%" -> "15%"); "" when a name stays in it."""
    from followup.drafting.conversation import _COLLEAGUE
    if not names:
        return text
    text = _COLLEAGUE.sub(lambda m: m.group(0)[:m.start("name") - m.start()] if m.group("name") in names
                          else m.group(0), text)
    text = _PAREN.sub(lambda m: "" if any(n in m.group(0) for n in names) else m.group(0), text)
    return "" if any(re.search(rf"\b{re.escape(n)}\b", text) for n in names) else text


def _unreplaced(text: str) -> str:
    """A recap or action line without the value it says was replaced."""
    return _REPLACED.sub("", text)


def _same_language(text: str, language: str) -> bool:
    """Whether a note is written in the customer's language (so its words can be sent to them)."""
    from followup.drafting.conversation import detect_language
    return detect_language([text]) == language


def _clause(item: Item, state: State, window: bool = True, force: bool = False) -> str:
    """A note's or rep email's shorthand as a clause ("Revised quote $4,200" -> "revised quote $4,200")."""
    from followup.drafting.conversation import _SWAP_NOTE, _swap, restate_dates
    text = item.quote.strip().rstrip(" .;:,")
    text = re.sub(r"^(?:so|and|also|ok|okay|btw)\b[,\s]*", "", text, flags=re.I)
    text = _PAREN.sub("", text)
    if item.direction == "note":
        from followup.drafting.conversation import expand_shorthand
        text = _unsaid(_swap(expand_shorthand(text), _SWAP_NOTE))
    text = restate_dates(text, item.at, state.tz, state.today, state.language) if state.tz else text
    text = re.sub(r"^[^:\d]{0,40}:\s+(?=\S)", "", text) if force else text  # "bonne nouvelle : ..."
    text = _window(text, force=force) if window else text
    return text[0].lower() + text[1:] if len(text) > 1 and text[1:2].islower() else text


# A sentence that hands over an attachment: said once, never again in a follow-up.
_ATTACHED = re.compile(
    r"^(?:(?:as promised|wie versprochen|comme promis|como prometí|como le comenté(?: por teléfono)?|"
    r"following our (?:call|meeting)|suite à notre [\w-]+|como hablamos)[,\s]*)?"
    r"(?:here(?:'s| is| are)|attached (?:is|are)|please find attached|i(?:'ve| have) attached|enclosed (?:is|are)|"
    r"anbei|im anhang|ci-joint|veuillez trouver ci-joint|je vous joins|voici|te adjunto|le adjunto|adjunto|"
    r"te comparto|le comparto|aquí tiene|aquí está)\b", re.I)


def _rep_line(item: Item, state: State) -> str:
    """One of the rep's own emailed sentences as a sentence of the follow-up: its figures kept with what they price,
    a passed day dropped, a parenthesis kept only when it holds a figure."""
    from followup.drafting.conversation import _shorten, restate_dates
    text = re.sub(r"\s*\((?![^()]*\d)[^()]{0,120}\)", "", item.quote.strip())
    text = re.sub(r"^(?:so|and|also|ok|okay|btw|und|also|et|alors|y|pues|bonne nouvelle|good news|great news|"
                  r"as discussed|as promised|wie besprochen|wie versprochen|comme convenu|comme promis|"
                  r"como hablamos|como acordamos|como prometí)\b[,:\s]*", "", text, flags=re.I)
    sent = _ATTACHED.match(text)
    if sent:
        # "Here is our proposal: $4,200 a year": the figure is still in force, the attachment was sent long ago
        rest = text[sent.end():]
        text = rest.split(":", 1)[1].strip() if ":" in rest else ""
    text = re.split(r"\s+[–—]\s+|\s+-\s+(?=[^\d])|,?\s*¿", text)[0]
    if text.rstrip().endswith("?"):
        head = re.split(r",\s+(?=[^,]*\?$)", text)
        text = head[0] if len(head) > 1 else ""  # "..., does that work for you?": the offer without the question
    text = restate_dates(text, item.at, state.tz, state.today, state.language) if state.tz else text
    text = _shorten(text.rstrip(" .;:,!?"), REP_LINE_WORDS)
    if len(re.findall(r"[^\W\d_]{2,}", text)) < 2:
        return ""
    return _sentence(text)


def _window(text: str, size: int = CLAUSE_WORDS, force: bool = False) -> str:
    """A long shorthand clause cut to the run of words that holds its figures, so it is not copied whole."""
    words = text.split()
    if len(words) <= size:
        return text
    key = [bool(re.search(r"\d|[$€£%]", w)) for w in words]
    if sum(key) == 0:
        return _trim_function_words(" ".join(words[:size]))
    best = max(range(len(words) - size + 1), key=lambda i: (sum(key[i:i + size]), -i))
    if sum(key[best:best + size]) < sum(key) and not force:
        return text  # the figures are spread out: keep them all (the rep's own sentence is cut all the same)
    end = best + size
    if end < len(words) and re.fullmatch(r"[\d.,'’]*\d", words[end - 1]) and _is_unit(words[end]):
        end += 1  # "for 12 | weeks": a figure keeps its unit, and the window stays short of a copied run
        best += 0 if key[best] else 1
    return _trim_function_words(" ".join(words[best:end]).strip(" ,;:"))


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


def _newest(items: list[Item]) -> Item | None:
    """The newest of some items."""
    return max(items, key=lambda i: i.at) if items else None


def framing_texts(language: str) -> tuple[str, ...]:
    """The fixed words a draft in this language may use beyond its sources (for the grounding check)."""
    from followup.drafting.conversation import _FOREIGN_SWAP
    return tuple(PHRASES.get(language, PHRASES["en"]).values()) + (" ".join(_FOREIGN_SWAP.get(language, {}).values()),
                                                                   "You You're You'll You've You'd Your")


def _answers(state: State) -> list[Item]:
    """Note sentences that answered a customer's question (told on the call), oldest first."""
    from followup.drafting.conversation import _ANSWERED_NOTE, _content
    out = []
    asked = [q for q in state.items if q.direction == "inbound" and q.kind in ("question", "request", "constraint")]
    for item in state.items:
        if item.kind != "answer" or item.internal or item.direction != "note" or item.status != "open":
            continue
        if _ANSWERED_NOTE.search(item.quote) or any(q.at < item.at and _content(q.quote) & _content(item.quote)
                                                    for q in asked):
            out.append(item)
    return out


def _answer_text(item: Item, state: State) -> str:
    """What a call note says the rep told the customer, as a clause for "As I mentioned, ..."."""
    text = _clause(item, state, window=False)
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
    if _SAID_LEAD.match(text.strip()) and not re.search(r"\d", text):
        return ""  # "lui ai donné le tarif": the note records that it was said, the figure is elsewhere
    text = _unsaid(text)
    rest = re.sub(r"\b(?:told|called|emailed|on (?:the )?call|by phone|via email|on the phone)\b", " ", text, flags=re.I)
    if not re.sub(r"\b[A-ZÀ-Ý][\w'’-]*\b|[\W_]", "", rest):
        return ""  # "Told Tomasz on call": the note's record that it was said, not what was said
    if not re.search(r"\d", text):
        from followup.drafting.conversation import _shorten
        text = _shorten(text, ANSWER_WORDS)
        if len(text.split()) < MIN_ANSWER_WORDS:
            return ""  # "daily or hourly": a scrap of shorthand, not an answer a customer can read
        return text[0].lower() + text[1:] if len(text) > 1 and text[1:2].islower() else text
    text = _window(text)
    return text[0].lower() + text[1:] if len(text) > 1 and text[1:2].islower() else text


# How a note says the rep told the customer: "hab ich bestätigt", "se lo dije", "je lui ai dit": not for the customer.
_SAID_MARK = re.compile(r",\s*(?:bestätigt|confirmé|confirmado|confirmed)\s*[.!]?$|,?\s*(?:hab(?:e)? ich (?:bestätigt|gesagt|erklärt|zugesagt)|(?:so )?gesagt|"
                        r"se lo (?:dije|confirmé|expliqué)|le (?:dije|confirmé|expliqué)|je (?:le )?lui ai expliqué|je (?:le )?lui ai (?:dit|confirmé)|[-–]\s*dit|"
                        r"told (?:him|her|them))\s*[.!]?$", re.I)
_SAID_LEAD = re.compile(r"^(?:hab(?:e)?(?: ich)?|ich hab(?:e)?|(?:je )?lui ai (?:dit|confirmé|indiqué|donné|expliqué)(?: que)?|"
                        r"j'ai (?:dit|confirmé|indiqué|répondu)(?: que)?|le (?:dije|confirmé|expliqué|comenté)(?: que)?)\s+",
                        re.I)


def _unsaid(text: str) -> str:
    """A note's answer without the words saying the rep gave it ("12 bis 14 Wochen" of "hab 12 bis 14 Wochen
    gesagt")."""
    out = _SAID_LEAD.sub("", _SAID_MARK.sub("", text.strip().rstrip(" .")))
    return out if len(out.split()) >= 2 else text


_PAREN = re.compile(r"\s*\([^()]{0,120}\)")

__all__ = ["Composed", "MAX_WORDS", "MIN_WORDS", "PHRASES", "SLOT_RE", "compose_state", "restate", "slots"]

"""What a sentence or call-note clause is: a call header, an internal aside, a question asked on the call (answered
or not), a colleague or another customer named, the customer's stated preference."""
from __future__ import annotations

import re
from typing import Sequence

from followup.drafting.owedfigure import PRICED_LATER
from followup.drafting.reported import COMMIT as _FOREIGN_COMMIT
from followup.drafting.secret import SECRET_WORDS
from followup.drafting.sentences import AMOUNT, COMMIT_WORDS, TIME_RANGE, Source, classify
from followup.drafting.tagged import untagged
from followup.drafting.whasked import ASKED_LEAD, CLAUSE_AFTER, NO_COMMIT, WH_LEAD
from followup.drafting.words import MONTH_DAY_WORDS, PAREN, TOKEN
from followup.text.call_time import asks_call_time

# A sentence longer than this is pasted prose, not a point a short follow-up restates.
MAX_SENTENCE_WORDS = 45


PLEASANTRY = re.compile(  # a sentence of thanks or small talk alone: no point to restate
    r"^(?:and |oh |also )?(?:thanks|thank you|many thanks|much appreciated|appreciate(?:d)?|i appreciate|"
    r"we appreciate|great (?:talking|chatting|speaking|meeting|to (?:talk|chat|speak|meet))|"
    r"(?:it was )?(?:nice|good|lovely|a pleasure) (?:talking|chatting|speaking|meeting|to (?:talk|chat|speak|meet))|"
    r"hope (?:you|all|this|your|that)|i hope (?:you|all|this|your)|looking forward|we look forward|gracias|danke|"
    r"i look forward|have a (?:great|good|nice|lovely)|enjoy (?:your|the)|sorry for the|vielen dank|ich hoffe|"
    # "merci (aussi) de me donner ...": a request, no thanks
    r"merci(?!\s+(?:aussi\s+|également\s+)?d(?:e\s+(?:bien\s+)?(?:nous |me |m')?|')(?!votre|vos|ton|l'|cette)"
    r"\w+(?:er|ir|re)\b)|j'espère|espero que|"
    # "Trevor, budget meeting went well.": how their own meeting went is news, no step agreed with the rep
    r"(?:[^\W\d_]+,\s+)?(?:the |our |my )?(?:[^\W\d_]+\s+){0,2}(?:meeting|call|visit|demo|review) went (?:well|great|fine))\b",
    re.I)


# Call-note shorthand that records the call itself, not a point of it ("Call with X, 11:00-11:35").
_NOTE_HEADER = re.compile(
    r"^(?:(?:1st|2nd|3rd|[4-9]th|first|second|third|1er|1re|2e|2ème|3e|premier|première|deuxième|troisième|"
    r"[1-9]\.|erste[rs]?|zweite[rs]?|dritte[rs]?|[1-9][ªa]|primera|segunda|tercera)\s+)?"
    r"(?:(?:phone |video |zoom |teams |quick |short |intro |discovery |follow-?up )?(?:call|meeting|chat|mtg)"
    r"(?: with| w/| w)\b|(?:talked|spoke|speaking|met|chatted) (?:to|with)\b|(?:called|rang|phoned|met)\b"
    r"|(?:call|meeting|mtg|notes?)\s*[:-]|left (?:a )?(?:voicemail|vm|message)"
    r"|(?:appel|rdv|réunion|visio|parlé (?:à|avec)|eu \w+ au (?:tél|téléphone)|llamada|reunión|hablé con|"
    r"anruf|telefonat|gespräch mit|termin mit|telefoniert mit)\b)", re.I)


# Internal asides in a call note: never told to the customer.
INTERNAL = re.compile(
    r"^(?:internal|intern\b|note to self|nts|fyi|nb|todo|to do|reminder|remember|checked with|asked \w+ (?:in|from) |"
    r"approved\b|ok'?d\b|signed off\b|genehmigt\b|validé\b|aprobado\b|"
    r"per \w+|ping \w+|cc \w+|loop in|flag(?:ged)? (?:to|for)|escalat|crm|update crm|log(?:ged)?\b)", re.I)


_PREFERENCE = re.compile(
    r"\b(call (?:me )?(?:later|in the (?:morning|afternoon|evening)|after|before|on)|later in the day|"
    r"mornings? (?:are|is) (?:busy|bad|better|best)|afternoons? (?:are|is) (?:busy|bad|better|best)|"
    r"email (?:is|works) better|prefer (?:email|phone|a call|calls|text)|best (?:time|way) to reach|"
    r"(?:don't|do not) call|text me|reach me|prefers? (?:email|phone|calls?|texts?|a call)|"
    # a channel the customer would rather be reached on ("Prefers WhatsApp voice notes", "Er will nur E-Mail"): the
    # rep's to honour, never a point to tell them back
    r"prefers? (?:whatsapp|sms|signal|telegram|voice (?:notes|messages)|e-mail)|(?:will|möchte) nur (?:per )?e-?mail|"
    r"nur (?:per )?e-?mail|pr[ée]f[èe]re (?:whatsapp|les sms|être contacté)|prefiere (?:whatsapp|mensajes)|"
    r"email\s*(?:>|over|rather than|instead of|better than)\s*(?:phone|calls?)|call (?:me |him |her |"
    r"them )?back (?:after|before|in the|on|later)|"
    # the same in a German, French or Spanish note or email ("Il préfère être appelé après 16h")
    r"pr[ée]f[èe]re (?:être )?(?:appel[ée]e?|l'e-mail|le mail|le téléphone)|appel(?:er|ez)-(?:moi|le|la) (?:après|avant)|"
    r"lieber (?:per e-mail|per mail|telefonisch|am (?:vor|nach)mittag)|(?:anrufen|erreichbar) (?:nach|vor|ab) \d|"
    r"(?:nach|vor|ab) \d{1,2}(?::\d{2})? uhr (?:anrufen|erreichbar)|"
    r"prefiere (?:que (?:le|la) llamen|(?:el )?correo|una llamada|por correo)|llamar(?:le|la)? (?:después|antes) de las)",
    re.I)


TERM_NOUN = re.compile(  # the nouns of a commercial term: a price, a fee, a discount, a plan
    r"\b(quote|price|pricing|premium|rate|fee|fees|cost|costs|discount|deposit|down payment|budget|salary|"
    r"offer|proposal|estimate|retainer|deductible|coverage|term|terms|seats?|licen[cs]es?|plan|package|"
    r"commission|invoice|payment|total|apr|rent|preis|angebot|prix|offre|devis|precio|oferta|presupuesto)\b", re.I)


# Words saying a figure or term was revised ("updated", "instead", "neu", "nueva").
REVISION = re.compile(r"\b(revised|updated|new|instead|now|corrected|lowered|reduced|final|adjusted|"
                      r"came (?:back|down)|overaged|neu|nouveau|nouvelle|nuevo|nueva)\b", re.I)

# Words that say a thing went or is done; German "here is" too ("wie besprochen erhalten Sie ...", not "morgen ...")
KEPT = re.compile(r"\b(attached|attaching|here is|here's|here are|enclosed|sent|emailed|forwarded|shared|"
                  r"please find|find below|herewith|voici|ci-dessous|vous trouverez|pi[eè]ce jointe|im anhang|"
                  r"beigef[üu]gt|hier (?:ist|sind)|en adjunto|(?:te|le|les) (?:paso|dejo)|aqu[ií] (?:tienes|tiene)|"
                  r"as promised|comme promis|wie versprochen|como (?:le )?prometí|"
                  r"done|booked|scheduled|confirmed|anbei|ci-joint|adjunto|"
                  r"geschickt|verschickt|gesendet|erledigt|envoyé|envoyée|transmis|fait|enviado|enviada|mandado|"
                  r"mandada|hecho|(?<!morgen )erhalten sie(?![^.]*\b(?:morgen|bis|nächst\w*|demnächst|noch)\b))\b", re.I)


# A later customer message that says an earlier statement no longer holds ("the connection works now").
OVERTAKEN = re.compile(r"\b(works now|working now|is now|are now|now works|already|no longer|resolved|fixed|sorted|"
                       r"done|changed|instead|actually|update:|not anymore|any more)\b", re.I)


# "Te paso la propuesta: 10 técnicos, ... 4.800 €", "Je vous envoie l'offre : ...": the content handed over in the
# same sentence, after a colon, or the list its colon opens ("Tal como hablamos, le paso el presupuesto ...:"); done in
# that email, no promise for later.
_HANDOVER = re.compile(r"\b(?:paso|envío|mando|adjunto|envoie|transmets|joins|schicke|sende|confirmo|confirme|bestätige)\b"
                       r"[^:.!?]{0,90}:(?:\s*\S|$)", re.I)  # "Le confirmo la cotización: ...": the quote itself


# The customer taking time and the ball ("I need a few days to go through it", "I'll come back to you"): no request
# and no agreed step; said back it reads "As agreed, you'll come back to me."
_THEIR_TURN = re.compile(r"^(?:so |and |but )?(?:i|we)(?:'ll| will| need| needs)\s+(?:(?:a few|some|a couple of|"
                         r"more|\d+)\s+(?:more\s+)?(?:days?|weeks?|time)\b|(?:come|get) back to you|be in touch|revert)|"
                         r"^give (?:me|us) (?:a|some|a few|\d+) (?:more )?(?:days?|weeks?|time)\b", re.I)


def sentence_kind(sentence: str, direction: str, after: str = "") -> str | None:
    """The state kind of one sentence (`after`: the text after it), or None when it is no point to keep."""
    s = untagged(sentence.strip()) if direction == "inbound" else sentence.strip()  # "..., ¿vale?" asks nothing
    if direction == "inbound" and "?" not in s and _THEIR_TURN.match(s):
        return None
    asked_time = _PREFERENCE.search(s) or asks_call_time(s)
    if direction == "inbound" and asked_time:
        return "preference"
    if direction == "note" and asked_time and not COMMIT_WORDS.search(s):
        return "preference"
    if direction in ("outbound", "note") and (_FOREIGN_COMMIT.search(s) or PRICED_LATER.search(s)) and "?" not in s \
            and not _HANDOVER.search(s + after[:1] if direction == "outbound" else s):
        return "commitment"
    kind = classify(s, direction)
    if kind in ("figure", "date"):
        return "term" if AMOUNT.search(s) or TERM_NOUN.search(s) else ("constraint" if kind == "date" else "term")
    if kind == "request" and direction == "note":
        return "constraint"
    if kind in ("request", None) and direction == "inbound" and _ASKING.match(s):
        return "question"  # "Also can you invoice quarterly instead of monthly": asked, only without its "?"
    return kind


# A request put as a question ("can you ...", "könnten Sie ...", "pourriez-vous ...", "¿puede ...").
_ASKING = re.compile(r"^(?:(?:also|and|und|et|y|aussi|auch|también)\s*,?\s+)?(?:can|could|would|will) you\b|"
                     r"^(?:(?:also|und|auch)\s+)?(?:können|könnten|würden) sie\b|"
                     r"^(?:(?:et|aussi)\s+)?(?:pourriez|pouvez|pourrais|peux)-(?:vous|tu)\b|"
                     r"^(?:(?:y|también)\s+)?¿?(?:puede|podría|pueden|podrían|podés|puedes|podrías)\b", re.I)


# A note clause's lead naming the call or the person called ("Tel. Frau Schubert", "Llamé a Andrés").
CALL_LEAD = re.compile(r"^(?:tel\.?|phone|called|call|rang|llamé|llamada|hablé|appel|appelé|anruf|telefonat|"
                       r"telefoniert|gespräch|visit|visite|rappel|rückruf|besuch|visita|meeting|rdv|"
                       r"reunión|réunion|termin)\b", re.I)


# Words a lead naming the customer may carry: a title, and that they called again ("Schmidt nochmal", "don Óscar
# otra vez", "Bishnu again").
_LEAD_EXTRA = {"dr", "mr", "mrs", "ms", "frau", "herr", "sr", "sra", "mme", "monsieur", "madame", "don", "doña",
               "again", "nochmal", "wieder", "erneut", "otra", "vez", "nuevo", "encore", "nouveau", "back"}


def is_customer(words: str, customer_name: str) -> bool:
    """Whether a note's lead only names the customer ("Dr. Gil", "Frau Schubert", "Carmen")."""
    names = {w.lower() for w in re.findall(r"[^\W\d_]{2,}", customer_name or "")}
    said = [w.lower() for w in re.findall(r"[^\W\d_]{2,}", words)
            if w.lower() not in _LEAD_EXTRA]
    return bool(names and said and set(said) <= names)


def is_note_header(sentence: str) -> bool:
    """A note's first line naming the call itself ("Call with Max, 11:00-11:35", "Talked to Max")."""
    s = sentence.strip()
    if (TIME_RANGE.search(s) and len(s.split()) <= 6) or (
            re.search(r"\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\s?h\b", s) and len(s.split()) <= 4 and not re.search(
                r"\b(?:by|until|at|before|after|bis|um|vor|avant|à|après|antes|a las|hasta)\b", s, re.I)):
        return True  # "Owen call 2:50-3:15", "Telefonat Krüger 14:00-14:25"
    bare = re.sub(r"\(\w+(?:\s\w+)?\)", " ", s)  # "(new)", "(nouveau)": a tag on the header, not more of it
    return bool(_NOTE_HEADER.match(s)) and (
        len(re.findall(r"\w\S*", bare)) <= 8 or bool(re.search(r"\d{1,2}:\d{2}", s)))


# A note's header naming a call, a meeting, or a check with a colleague that spoke to nobody at the customer.
_CALL_WORDS = re.compile(r"\b(call(?:ed)?|phoned?|rang|t[ée]l|video ?call|zoom|teams|anruf|ruft an|telefonat|telefoniert|"
                         r"videoanruf|appel(?:é|ée)?|t[ée]l[ée]phone|llamada|llam[éó]|videollamada)\b", re.I)
_MET_WORDS = r"met|meeting|mtg|lunch|coffee|visit|showing|tour|on site|onsite|in person"
_MEETING_FIRST_LINE = re.compile(rf"\b({_MET_WORDS})\b", re.I)
# in the header only: "Visite école ...", "Besuch OG Laatsch", "RDV sur place"; later in a note these name the next
# appointment ("Nueva fecha de visita: jueves 14"), not what the note records
_MEETING_HEADER = re.compile(rf"\b({_MET_WORDS}|besuch|treffen|termin vor ort|rencontre|visite|rdv|reunión|visita)\b",
                             re.I)
_TOLD = re.compile(r"\b(?:told|informed|let) (?:him|her|them|[A-Z][a-z]+)\b|\b(?:hab(?:e)? (?:ihm|ihr)|je lui ai|le dije)\b")
_INTERNAL_NOTE = re.compile(r"^\s*(?:checked|internal|intern|interne|interno|note to self|memo|nachgefragt|geklärt|"
                            r"vérifié|revisado|consulté)\b", re.I)


# A note of news the customer has still to hear ("Huber noch nicht informiert", "Pas encore prévenu le client",
# "Confirmer à Dr Sow", "TODO email Priya", "must send it out"): it records no talk with them.
_UNTOLD = re.compile(r"\b(?:(?:noch )?nicht informiert|not (?:yet )?(?:told|informed)|pas encore (?:prévenu|informé|dit)|"
                     r"(?:todavía|aún) no (?:le |les )?(?:avisé|dije|informé)|confirmer à|bestätigen an|todo\b|"
                     r"must send)", re.I)


def untold(note_text: str) -> bool:
    """Whether a note holds news the customer has still to hear, with no call or visit in it."""
    first = (note_text or "").strip().split("\n", 1)[0]
    return bool(_UNTOLD.search(note_text or "")) and not (
        _CALL_WORDS.search(note_text) or _TOLD.search(note_text) or _MEETING_FIRST_LINE.search(first))


def interaction_kind(note_text: str) -> str:
    """What a call note records: a call, a meeting, or "internal" (a check with a colleague, no customer spoken to).
    The note's header decides ("1st call w/ Kila ... crew inducted on site" is a call); the first line otherwise."""
    first = (note_text or "").strip().split("\n", 1)[0]
    header = re.split(r"(?<=[^\d\s])\.\s|:\s|\s[-–]\s|;", first, maxsplit=1)[0]
    if _INTERNAL_NOTE.match(header) and not (_CALL_WORDS.search(note_text) or _TOLD.search(note_text)):
        return "internal"  # "Checked with Greta: ... Told Tomasz on call." did reach the customer
    if _CALL_WORDS.search(header):
        return "call"
    if _MEETING_HEADER.search(header) or _MEETING_FIRST_LINE.search(first):
        return "meeting"
    return "call"


# Leaks a restated clause must never carry: a phone number or a signature line's separators.
# (a price's "@" is a unit price, "2,800 badges @ EUR 1.95", never an address)
LEAK = re.compile(r"\b\d{3}[-.\s]\d{4}\b|\+\d[\d\s]{6,}|\s[|·]\s|\n|@(?!\s?(?:[$€£¥]|[A-Z]{3}\s?)?\d)", re.I)


# An automatic reply (out of office): says nothing about the deal, names other people.
AUTO_REPLY = re.compile(
    r"\b(out of (?:the )?office|automatic reply|auto-?reply|limited access to (?:my )?e-?mail|"
    r"abwesend|automatische antwort|absente? du bureau|réponse automatique|"
    r"fuera de la oficina|respuesta automática)\b", re.I)


# A colleague named in a note as deciding or checking ("Diego aprueba 15%", "Stacy approved ..."): internal. A word
# after a day's number is its month ("Start Mon 17 May agreed", "Termin 18. Mai bestätigt"), never a person.
COLLEAGUE = re.compile(
    r"(?:^|[:,;(]\s*|\s)(?<!\d\s)(?<!\d\.\s)(?P<name>[A-ZÀ-Ý][a-zà-ÿ]{2,})\s+(?:approved|approves|ok'?d|okayed|says|said|checks|checked|"
    r"is checking|will check|confirmed|agreed|signed off|aprueba|aprobó|dice|dijo|revisa|confirma|confirmó|"
    r"relit|valide|a validé|dit|a dit|vérifie|confirme|a confirmé|genehmigt|hat genehmigt|sagt|meint|prüft|"
    r"bestätigt|hat bestätigt|gibt frei)\b")


# The words of a note clause that say nobody knows yet, not what about.
TOPIC_OF = re.compile(r"\b(?:no answer|still|yet|from|need|needs|check|ask|team|muss|fragen|voir|avec|demander|"
                      r"preguntar|consultar)\b", re.I)


# A note's answer right after its question: yes or no, or a figure.
YES_NO = re.compile(r"^[\s>→-]*(?:ja|nein|yes|yep|no|nope|oui|non|sí|si|\d)\b", re.I)


# Capitalised words that start a note sentence before "approved"/"says" without being anyone's name.
_NOT_NAMES = {"budget", "price", "pricing", "discount", "rate", "quote", "offer", "board", "boss", "team", "legal",
              "finance", "management", "it", "ops", "sales", "customer", "client", "she", "he", "they", "we",
              "preis", "rabatt", "angebot", "chef", "kunde", "kundin", "prix", "remise", "devis", "cliente",
              "precio", "descuento", "presupuesto", "jefe", "direction", "dirección", "direktion", "installer",
              "uhr", "termin", "datum", "lieferung", "lieferzeit", "vorführung", "demo", "heure", "hora"}


def colleague(name: str, ordered: Sequence[Source]) -> bool:
    """Whether a capitalised word before "approved" is a person's name: not a common noun, never written in
    lower case in the sources."""
    low = name.lower()
    # a word set per source, not a pattern per name: built patterns would crowd the regex cache out
    return low not in _NOT_NAMES and not any(low in set(TOKEN.findall(s.text or "")) for s in ordered)


# A question in a note that the rep asks (a colleague, themselves): "dürfen wir ... nennen?", "can we ...?".
OUR_QUESTION = re.compile(r"\b(?:we|wir|nous|on|nosotros|podemos|können wir|dürfen wir|can we|may we|should we|"
                          r"i|ich|je)\b", re.I)


# The customer named in a call note's header: "Call with Dana 10:00", "Talked to Dana", "Spoke with Dana, ...".
_HEADER_NAME = re.compile(
    r"^(?i:(?:phone |video |zoom |teams |quick |short |intro |discovery |follow-?up )?call with|talked (?:to|with)|"
    r"spoke (?:to|with)|chatted with|anruf (?:mit|von)|telefonat mit|gespräch mit|telefoniert mit|"
    r"appel avec|parlé (?:à|avec)|llamada con|hablé con)\s+(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]{1,30})"
    r"(?=\s*(?:$|[,.;:(–—-]|\d|(?:re|about|on|at|today|yesterday|this|for|regarding)\b))")


# Capitalised words a header may carry that are no one's first name.
_NOT_A_NAME = {"the", "team", "client", "customer", "prospect", "legal", "sales", "support", "finance", "procurement",
               "it", "ops", "billing", "accounts", "buyer", "owner", "them", "him", "her", "everyone", "all",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def name_from_headers(ordered: Sequence[Source]) -> str:
    """The customer's first name when every call-note header naming someone names the same one person, else ""."""
    names = set()
    for src in ordered:
        if src.direction != "note":
            continue
        first_line = re.split(r"(?<=[.!?])\s+|\n", (src.text or "").strip(), maxsplit=1)[0]
        m = _HEADER_NAME.match(first_line.strip())
        if m and m.group("name").lower() not in _NOT_A_NAME and colleague(m.group("name"), ordered):
            names.add(m.group("name"))
    return names.pop() if len(names) == 1 else ""


# What follows a question in the same note when the rep answered it on the call.
_ANSWERED_NEXT = re.compile(r"^\s*(?:[-–—:>→=]+\s*)?(?:told|explained|confirmed|answered|clarified|said (?:yes|no)|"
                            r"hab(?:e)?\b|ich hab|j'ai (?:dit|répondu|confirmé|indiqué|expliqué)|je lui ai|le dije|"
                            r"le confirmé|le expliqué|le comenté|"
                            r"yes|yep|no\b|nope|ja\b|nein\b|oui\b|non\b|sí\b|si\b|it is|it's|they are|"
                            r"gesagt|erklärt|bestätigt|dit|expliqué|confirmé|dije|expliqué|confirmé)", re.I)


_INDIRECT = re.compile(r"^(?P<subj>(?!(?:i|we|you|he|she|they|it|there)\b)[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+"
                       r"(?P<aux>is|are|can|could|will|would|does|do|has|have|should)\s+(?P<rest>\S.*)$", re.I)


def inverted(clause: str) -> str:
    """An indirect yes/no question as a direct one: "SSO is included" -> "is SSO included"."""
    we = re.match(r"^we\s+(?P<verb>[^\W\d_]+)\b(?P<rest>.*)$", clause, re.I)
    if we:  # "we offer a discount" -> "do we offer a discount"
        aux = we.group("verb").lower() in ("is", "are", "can", "could", "will", "would", "do", "does", "have",
                                           "should", "need", "must")
        return (f"{we.group('verb')} we{we.group('rest')}" if aux
                else f"do we {we.group('verb')}{we.group('rest')}")
    m = _INDIRECT.match(clause)
    if not m or re.search(r"\b(?:is|are|can|could|will|would|does|do|has|have|should)\b", m.group("subj"), re.I):
        return clause
    return f"{m.group('aux').lower()} {m.group('subj')} {m.group('rest')}"


# The next clause of a note giving the answer, then saying it was told: " - 30 % bei Bestellung, hab ihm gesagt".
_TOLD_AFTER = re.compile(r"^\s*[-–—:>→=]+\s*[^.;?]{1,60}?,\s*(?:hab(?:e)?(?: ich)? (?:ihm|ihr|ihnen|es) gesagt|"
                         r"told (?:him|her|them)|je (?:lui|leur) ai dit|(?:se )?l[eo] dije|said so)\b", re.I)


# A bare yes right after a question in a note: " - said yes.", ". Yes."
SAID_YES = re.compile(r"^\s*(?:[-–—:>→=.]+\s*)?(?:said |told (?:him|her|them) )?(?:yes|yep|ja|oui|"
                      r"sí)\b\s*[.!]?\s*(?=$|\n|[A-Z])",
                      re.I)


# An answer after the note's arrow that does not put the question off ("-> Aufpreis ca. 90 € pro Fenster").
_ARROW_ANSWER = re.compile(r"^\s*(?:→|->|=>)\s*(?![^.;]*(?:\?|\bcheck(?!ed\b)|\bask\b|klären|prüfen|fragen|weiß nicht|"
                           r"à voir|vérifier|demander|no sé|consultar|preguntar|tbc|tbd|to confirm))\S", re.I)


# A dash then a figure on the same clause after what was asked ("Sie fragt nach Absaugung - Filteranlage 2.100 €
# extra"): the answer given on the call, unless it only puts the question off.
_DASH_FIGURE = re.compile(r"^\s*[-–—]\s*(?![^.;]*(?:\?|\bcheck(?!ed\b)|\bask\b|klären|prüfen|fragen|weiß nicht|à voir|vérifier|"
                          r"demander|no sé|consultar|preguntar|tbc|tbd|to confirm))[^.;?\n]*\d", re.I)


def asked_open(quote: str, first: str, after: str):
    """The match of "asked if" opening a note sentence whose answer the note does not give; False when it does."""
    q = re.sub(rf"^{re.escape(first)}\s+(?=\w)", "", quote.strip()) if first else quote.strip()
    m = ASKED_LEAD.match(q)
    if m is None:
        return None
    rest = q[m.end():]
    if WH_LEAD.search(m.group(0)) and CLAUSE_AFTER.match(after):
        return False  # "asked where the servers are - EU, Frankfurt": a wh-question's answer needs no yes or figure
    if re.search(r"\s[-–—>→]+\s|;|:\s*(?:yes|no|ja|nein|oui|non|sí)\b|,\s*(?:told|said|confirmed)\b", rest, re.I) \
            or _ANSWERED_NEXT.match(after.lstrip(" .")) or _TOLD_AFTER.match(after) or _ARROW_ANSWER.match(after) \
            or _DASH_FIGURE.match(after):
        return False
    # the match as if on the quote itself: the question is what follows it
    return re.match(r"^\s*.*?" + re.escape(m.group(0)), quote)


# Clauses of a call note that are the rep's own business: never said to the customer, never an answer.
INTERNAL_ANY = re.compile(
    r"\b(told [A-Z]\.?(?=\W|$)|checked w(?:ith|/)|ok'?d\b|approved it|crm|"
    # "internal:", "keep internal", "internal only", not a thing's part ("log to internal memory", "internal diameter")
    r"internal(?=\s*[:(!-]|\s*$|\s+(?:only|note|use|info|pricing|price|margin|cost|discussion|approval)\b)|"
    r"(?:keep|kept|stays?|is)\s+internal|"
    r"don'?t (?:share|mention|tell|promise|commit|quote)|(?:hasn'?t|haven'?t|has not|have not) (?:answered|replied|"
    r"come back|gotten back)|not for (?:the )?client|wants this closed|quota|commissions?\b|"
    r"nicht weitergeben|intern\b|ne pas (?:partager|dire|mentionner)|no (?:compartir|decir|mencionar)|"
    # what the rep has not told the customer yet ("6 semanas de importación, no se lo he dicho"): never said now
    r"(?:haven'?t|have not|didn'?t|did not) (?:yet )?(?:told|tell|mentioned|mention) (?:her|him|them)\b|"
    r"no se lo (?:he|hemos) dicho|no se lo dije|(?:ihr|ihm|ihnen) (?:noch )?nicht gesagt|"
    r"ne (?:le )?(?:lui|leur) ai pas (?:encore )?dit|"
    r"(?:" + SECRET_WORDS + r")\b)|!!", re.I)


# A note clause saying the rep does not know yet: the question stays open (an answer slot), nothing is said.
UNSURE = re.compile(
    r"\b(didn'?t (?:promise|cover|get to|ask)|not asked|not covered|need \w+ to confirm|kläre? ich|muss ich \w+ \w+ klären|"
    r"nicht besprochen|pas abordé|je n'ai pas l'info|lo consulto|no lo hablamos|not sure|need to check|"
    r"needs? checking|to check|check w(?:ith|/)|didn'?t have an answer|no answer|don'?t know|dunno|tbd|tbc|"
    r"still waiting|waiting (?:on|for)|no reply yet|haven'?t heard|pas de réponse|keine antwort|sin respuesta|no response|"
    r"ask (?:the |our )?\w+(?: desk| team)?\b|find out|unverified|guess|no idea|"
    r"keine ahnung|aucune idée|aucune idee|ni idea|sin idea|no tengo idea|"
    r"weiß ich nicht|weiss ich nicht|nicht sicher|kann ich nicht bestätigen|noch offen|noch nicht|pas encore|"
    r"todavía no|aún no|klären|nachfragen|prüfen|"
    r"pas sûr|pas tranché|à voir|voir avec|je ne peux pas confirmer|(?:à |a )?vérifier|je ne sais pas|demander à|à confirmer|"
    r"no sé|averigu\w*|no estoy segur|no puedo confirmar|pendiente|consultar con|preguntar a|por confirmar|verificar|"
    + NO_COMMIT + ")", re.I)


_NAME_CONTEXT = re.compile(
    r"\b(?:by|with|w/|[cm]/|per|from|ask|asked|told|for|at|in|mit|von|bei|avec|par|chez|pour|con|por|para|de)\s+"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)"
    r"|(?P<firm>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?\s+(?:Farms?|Brewing|Inc|LLC|GmbH|AG|Ltd|Co|Corp|Group|"
    r"Partners|SA|SL|SAS|SARL|Holdings|Industries|Logistics|Foods|Academy|School|College|University|Hospital|"
    r"Clinic|Utilities|Bank|Hotel|Restaurant|Winery|Dental|Medical|Labs?|Schule|Klinik|Hôtel|École|Clínica|"
    r"Colegio))\b")


# A model ("KS-200") and its price in one clause: an offer, whose "mit ..." names what the model comes with.
_PRODUCT_PRICED = re.compile(r"\b[A-Z]{1,4}-?\d[\w-]*\b.*(?:\d\s?(?:€|EUR|CHF)|\b(?:€|EUR|CHF)\s?\d)")


# Languages a note may say a document is written in ("in Vietnamese", "auf Englisch", "en néerlandais").
_LANGUAGES = set("""english german french spanish italian portuguese dutch flemish polish czech slovak hungarian romanian
bulgarian greek turkish russian ukrainian arabic hebrew persian farsi hindi urdu bengali chinese mandarin cantonese
japanese korean vietnamese thai indonesian malay tagalog filipino swahili danish swedish norwegian finnish estonian
latvian lithuanian croatian serbian slovenian catalan basque galician welsh irish afrikaans zulu englisch deutsch
französisch spanisch italienisch niederländisch polnisch türkisch russisch""".split())


def visible_words(ordered: Sequence[Source], cleaned: dict, customer_name: str) -> set[str]:
    """Words the customer has seen or written: what a note may name without leaking someone else."""
    words = {w.lower() for w in re.findall(r"[\w'’-]+", customer_name or "")}
    for src in ordered:
        if src.direction != "note":
            words |= {w.lower() for w in re.findall(r"[\w'’-]+", src.text or "")}
    return words


def names_unknown(clause: str, visible: set[str], language: str) -> bool:
    """Whether a note clause names a person or firm the customer's own emails never mention (a colleague, another
    customer): such a clause is internal."""
    for m in _NAME_CONTEXT.finditer(PAREN.sub("", clause)):
        name = m.group("name") or m.group("firm")
        words = [w.lower() for w in re.findall(r"[\w'’-]+", name)]
        if all(w in MONTH_DAY_WORDS for w in words):
            continue
        if re.fullmatch(r"[A-ZÀ-Ý]{2,3}", name) or re.search(r"\d", name):
            continue  # "valid in PT", "per VAT", "interested in OG-4": an abbreviation or a model, not a person
        if all(w in _LANGUAGES for w in words):
            continue  # "contract draft in Vietnamese and English": a language, not a person or a firm
        if language == "de" and m.group("name") and not re.match(r"(?:mit|von|bei|by|with|per|ask|told)\b|[wm]/",
                                                                    m.group(0), re.I):
            continue  # German nouns are capitalised: only a name after "mit"/"von"/"bei" counts
        if language == "de" and m.group(0).lower().startswith("mit") and _PRODUCT_PRICED.search(clause):
            continue  # "KS-200 Schälmaschine mit Dampfmodul, 23.800 €": what the priced model comes with
        if not all(w in visible for w in words):
            return True
    return False


# Asking the rep to send something, in German, French or Spanish: one shared word with a later reply answers it.
ASK_SEND = re.compile(r"\b(?:pourriez|pouvez)-vous (?:m'|nous )?(?:envoyer|transmettre|faire parvenir)|"
                      r"(?:können|könnten) sie (?:mir|uns)\b[^?]{0,60}\b(?:schicken|senden|zukommen lassen)|"
                      r"(?:puede|podría|pueden|podrían)(?:n)? (?:enviarme|enviarnos|mandarme|mandarnos|pasarme)", re.I)
